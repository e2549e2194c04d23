/** What completion knows about keepalived: nested blocks as contexts, enum values, tracked script names. */
import type { CompletionSpec } from '../../service/format';

/** Blocks the schema does not list as section keywords: lists of addresses, routes and tracked objects. */
const LIST_BLOCKS = new Set([
  'virtual_ipaddress', 'virtual_ipaddress_excluded', 'virtual_routes', 'virtual_rules', 'track_script', 'track_interface',
  'track_process', 'track_file', 'track_bfd', 'unicast_peer', 'group',
]);

const LVS_SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'sh', 'mh', 'dh', 'fo', 'ovf', 'lblcr', 'sed', 'nq', 'twos'];
const LVS_METHODS = ['NAT', 'DR', 'TUN'];

export const keepalivedCompletion: CompletionSpec = {
  statementBreaks: '{}',
  leadingWord: /^@/,
  isBlock: (name, schema) => schema.sectionKeywords.includes(name) || LIST_BLOCKS.has(name),
  blockSnippet: (keyword, name) => (name ? `${keyword} \${1:${name}} {\n\t$0\n}` : `${keyword} {\n\t$0\n}`),
  booleans: ['true', 'false'],
  values: { lb_algo: LVS_SCHEDULERS, lb_kind: LVS_METHODS, lvs_method: LVS_METHODS },
  references: [
    { what: 'vrrp_script', inBlock: ['track_script'], definedBy: ['vrrp_script'], scope: 'top' },
    { what: 'vrrp_track_process', inBlock: ['track_process'], definedBy: ['vrrp_track_process'], scope: 'top' },
    { what: 'vrrp_instance', inBlock: ['group'], definedBy: ['vrrp_instance'], scope: 'top' },
  ],
};
