/** What the schema diagnostics need to know about DRBD. */
import type { CheckSpec } from '../../service/format';
import { drbdSpec } from './values';

/** `drbdsetup xml-help attach` and `xml-help peer-device-options` (drbd-utils 9.22): the options of a `disk` block. */
const DISK = [
  'size', 'on-io-error', 'disk-barrier', 'disk-flushes', 'disk-drain', 'md-flushes', 'resync-after', 'al-extents',
  'al-updates', 'discard-zeroes-if-aligned', 'disable-write-same', 'disk-timeout', 'read-balancing',
  'rs-discard-granularity', 'resync-rate', 'c-plan-ahead', 'c-delay-target', 'c-fill-target', 'c-max-rate',
  'c-min-rate', 'bitmap',
];
/** `drbdsetup xml-help new-peer` and `xml-help connect` (drbd-utils 9.22): the options of a `net` block. */
const NET = [
  'transport', 'protocol', 'timeout', 'max-epoch-size', 'connect-int', 'ping-int', 'sndbuf-size', 'rcvbuf-size',
  'ko-count', 'allow-two-primaries', 'cram-hmac-alg', 'shared-secret', 'after-sb-0pri', 'after-sb-1pri',
  'after-sb-2pri', 'always-asbp', 'rr-conflict', 'ping-timeout', 'data-integrity-alg', 'tcp-cork', 'on-congestion',
  'congestion-fill', 'congestion-extents', 'csums-alg', 'csums-after-crash-only', 'verify-alg', 'use-rle',
  'socket-check-timeout', 'fencing', 'max-buffers', 'allow-remote-read', 'tentative', 'discard-my-data',
];
/** `drbdsetup xml-help resource-options` (drbd-utils 9.22): the options of an `options` block. */
const OPTIONS = [
  'cpu-mask', 'on-no-data-accessible', 'auto-promote', 'peer-ack-window', 'peer-ack-delay', 'twopc-timeout',
  'twopc-retry-timeout', 'auto-promote-timeout', 'max-io-depth', 'quorum', 'on-no-quorum',
  'quorum-minimum-redundancy', 'on-suspended-primary-outdated',
];

const TOP = new Set(['global', 'common', 'resource']);

export const drbdCheck: CheckSpec = {
  values: { spec: drbdSpec },
  // `drbdadm` stops at an option keyword it does not know ("Parse error: 'an option keyword' expected").
  unknown: 'error',
  types: ['block', 'statement'],
  // What else stands at the top level is the format's structural check (`'x' cannot stand at the top level`); `_this_host`, `_cstate`
  // and their kin are the internal keywords of `drbdadm dump` output, which drbdadm partly reads back.
  skip: (node, parents) => node.type === 'skip_block' || (!parents.length && !TOP.has(node.keyword)) || node.keyword.startsWith('_'),
  // What drbdadm 9.22 accepts beyond the census: the drbdsetup option lists above; the sections drbd.conf(5) allows
  // in a resource, a host and a connection (`proxy` for DRBD Proxy; `syncer` and `protocol`, 8.4 forms drbdadm 9
  // still reads, as the corpus shows); and
  // `disk` (peer-device options), `net` and `volume` inside `connection` / `connection-mesh`.
  supplement: {
    disk: DISK,
    'disk(peer-device-options)': DISK,
    net: NET,
    options: OPTIONS,
    '(section)': ['proxy', 'syncer', 'protocol'],
    on: ['proxy'],
    connection: ['disk', 'net', 'volume'],
    'connection-mesh': ['net'],
  },
};
