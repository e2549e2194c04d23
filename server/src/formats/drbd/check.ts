/** What the schema diagnostics need to know about DRBD. */
import type { CheckSpec } from '../../service/format';
import { loadSchema } from '../../service/schema';
import { drbdSpec } from './values';

/** drbdadm reads any net, disk (attach) or resource option in the deprecated `syncer` section and moves it where it
 * belongs (drbdadm_parser.c, parse_options_syncer): drbdadm 9.22 was seen to take max-buffers, on-io-error,
 * auto-promote and protocol there, and to refuse peer-device options (resync-rate, c-max-rate). */
const SYNCER_TAKES = ['net', 'disk', 'options'];
let syncerOptions: string[] | undefined;

const TOP = new Set(['global', 'common', 'resource']);

export const drbdCheck: CheckSpec = {
  values: { spec: drbdSpec },
  // `drbdadm` stops at an option keyword it does not know ("Parse error: 'an option keyword' expected").
  unknown: 'error',
  types: ['block', 'statement'],
  // What else stands at the top level is the format's structural check (`'x' cannot stand at the top level`); `_this_host`, `_cstate`
  // and their kin are the internal keywords of `drbdadm dump` output, which drbdadm partly reads back.
  skip: (node, parents) => node.type === 'skip_block' || (!parents.length && !TOP.has(node.keyword)) || node.keyword.startsWith('_'),
  // What drbdadm 9.22 accepts beyond the schema data (which has every drbdsetup option and the 8.4 forms, see
  // tools/gen-schema.mjs): `proxy` sections for DRBD Proxy in a resource and a host, and `disk` (peer-device
  // options), `net` and `volume` inside `connection` / `connection-mesh`.
  supplement: {
    '(section)': ['proxy'],
    on: ['proxy'],
    connection: ['disk', 'net', 'volume'],
    'connection-mesh': ['net'],
    get syncer() {
      return (syncerOptions ??= SYNCER_TAKES.flatMap((c) => loadSchema('drbd').contexts[c]?.map((k) => k.name) ?? []));
    },
  },
};
