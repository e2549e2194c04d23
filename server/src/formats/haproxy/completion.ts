/** What completion knows about HAProxy: sections as contexts, multi-word keywords, values and references. */
import type { CompletionSpec } from '../../service/format';

const ACTIONS = ['http-request', 'http-response', 'http-after-response', 'tcp-request connection', 'tcp-request content', 'tcp-request session', 'tcp-response content', 'quic-initial'];

export const haproxyCompletion: CompletionSpec = {
  // A line in a section takes the section's keywords, and a section keyword starts the next section.
  contexts: (blocks) => (blocks.length ? { paths: [blocks[0].keyword, '(top)'] } : { paths: ['(top)'] }),
  leadingWord: /^(no|default)$/,
  blockSnippet: (keyword, name) => (name ? `${keyword} \${1:${name}}\n$0` : `${keyword}\n$0`),
  valueContexts: {
    balance: { context: 'backend/balance' },
    ...Object.fromEntries(ACTIONS.map((a) => [a, { context: `action:${a}` }])),
    // Server and bind settings after the name and address.
    server: { context: 'server', arg: 2, repeat: true },
    'default-server': { context: 'server', repeat: true },
    bind: { context: 'bind', arg: 1, repeat: true },
  },
  references: [
    { what: 'backend', afterKeyword: { keywords: ['use_backend', 'default_backend'], arg: 0 }, definedBy: ['backend', 'listen'], scope: 'top' },
    { what: 'ACL', afterWord: ['if', 'unless'], definedBy: ['acl'], scope: 'enclosing', prefix: '!' },
    { what: 'server', afterKeyword: { keywords: ['use-server'], arg: 0 }, definedBy: ['server'], scope: 'enclosing' },
  ],
};
