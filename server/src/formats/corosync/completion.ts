/** What completion knows about corosync: nested sections as contexts, `key: value` lines, enum values. */
import type { CompletionSpec } from '../../service/format';

const YES_NO = ['yes', 'no'];
const ON_OFF = ['on', 'off'];
const ZERO_ONE = ['0', '1'];
const PRIORITIES = ['alert', 'crit', 'debug', 'emerg', 'err', 'info', 'notice', 'warning'];

export const corosyncCompletion: CompletionSpec = {
  statementBreaks: '{}',
  separator: ':',
  keywordSuffix: ': ',
  blockSnippet: (keyword) => `${keyword} {\n\t$0\n}`,
  booleans: YES_NO,
  // corosync.conf(5) values the census does not record.
  values: {
    transport: ['knet', 'udp', 'udpu'],
    knet_transport: ['udp', 'sctp'],
    link_mode: ['passive', 'active', 'rr'],
    ip_version: ['ipv4', 'ipv6', 'ipv4-6', 'ipv6-4'],
    crypto_cipher: ['none', 'aes256', 'aes192', 'aes128'],
    crypto_hash: ['none', 'md5', 'sha1', 'sha256', 'sha384', 'sha512'],
    crypto_model: ['nss', 'openssl'],
    knet_compression_model: ['none', 'zlib', 'lz4', 'lz4hc', 'lzo2', 'lzma', 'bzip2', 'zstd'],
    secauth: ON_OFF,
    block_unlisted_ips: YES_NO,
    clear_node_high_bit: YES_NO,
    provider: ['corosync_votequorum'],
    two_node: ZERO_ONE,
    wait_for_all: ZERO_ONE,
    last_man_standing: ZERO_ONE,
    auto_tie_breaker: ZERO_ONE,
    allow_downscale: ZERO_ONE,
    expected_votes_tracking: ZERO_ONE,
    to_syslog: YES_NO,
    to_stderr: YES_NO,
    to_logfile: YES_NO,
    debug: ['on', 'off', 'trace'],
    timestamp: ['on', 'off', 'hires'],
    fileline: ON_OFF,
    function_name: ON_OFF,
    logfile_priority: PRIORITIES,
    syslog_priority: PRIORITIES,
    syslog_facility: ['daemon', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7'],
  },
};
