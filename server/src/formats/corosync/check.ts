/** What the schema diagnostics need to know about corosync. */
import type { CheckSpec } from '../../service/format';
import { corosyncSpec } from './values';

/** The logging options corosync.conf(5) allows in a `logger_subsys` block as well. */
const LOGGING = ['debug', 'to_syslog', 'to_logfile', 'to_stderr', 'logfile', 'logfile_priority', 'syslog_facility', 'syslog_priority', 'timestamp', 'fileline', 'function_name'];

export const corosyncCheck: CheckSpec = {
  values: { spec: corosyncSpec },
  // `corosync -t` accepts unknown keys and keys in the wrong section: a warning at most.
  unknown: 'warning',
  types: ['block', 'directive'],
  noun: 'key',
  // `ring0_addr`, `ring1_addr`, ... are the census's `ringX_addr`.
  canonicalKeyword: (keyword) => keyword.replace(/^ring\d+_addr$/, 'ringX_addr'),
  supplement: {
    'logging/logger_subsys': LOGGING,
    // corosync-qdevice(8): the sections and keys of `quorum { device { ... } }`.
    'quorum/device': ['model', 'net', 'heuristics', 'votes', 'timeout', 'sync_timeout'],
  },
};
