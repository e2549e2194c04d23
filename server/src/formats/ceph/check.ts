/** What the schema diagnostics need to know about Ceph. */
import type { CheckSpec } from '../../service/format';
import { cephOptionName } from './hover';
import { cephSpec } from './values';

export const cephCheck: CheckSpec = {
  // Values: any option may stand in any section, so the context plays no part. ceph-conf and the daemons accept a
  // value they cannot parse (the option keeps its default): a warning.
  values: { spec: (schema, _context, keyword) => cephSpec(schema, keyword), context: () => '', severity: 'warning' },
  // ceph-conf accepts any option name (the daemons ignore unknown ones): a warning, matched loosely.
  unknown: 'warning',
  noun: 'option',
  // Section names are free ([client.rgw.gateway1]); only options are checked.
  types: ['entry'],
  canonicalKeyword: cephOptionName,
  // `debug_<subsystem>` options come from src/common/subsys.h, not the option tables; `mon_addr` and `host` are the
  // per-daemon settings of a `[mon.a]` section (doc/rados/configuration/mon-config-ref).
  skip: (node) => /^debug_/.test(cephOptionName(node.keyword)),
  supplement: { '*': ['mon_addr', 'host'] },
};
