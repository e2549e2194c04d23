/** corosync.conf: `key: value` lines inside nested `name { ... }` sections. */
import { SymbolKind } from 'vscode-languageserver-types';
import type { FormatDefinition, SyntaxMessage, SyntaxProblem } from '../../service/format';
import type { ConfigNode } from '../../service/model';
import { loadSchema } from '../../service/schema';
import { snippet } from '../../service/features/syntax';
import { corosyncDetection } from './detect';
import { corosyncCompletion } from './completion';
import { corosyncHover } from './hover';
import { corosyncCheck, corosyncNodeDiagnostics } from './check';
import { corosyncSemantic } from './semantic';
import { corosyncFormatting } from './formatting';
import { corosyncNames } from './names';

export const corosync: FormatDefinition = {
  ...corosyncDetection,
  completion: corosyncCompletion,
  hover: corosyncHover,
  check: corosyncCheck,
  semantic: corosyncSemantic,
  formatting: corosyncFormatting,
  names: corosyncNames,
  // Per top-level node, kept while an edit leaves the node alone.
  nodeDiagnostics: corosyncNodeDiagnostics,
  lineComments: ['#'],
  get schema() {
    return loadSchema('corosync');
  },
  tree: {
    sections: [],
    blocks: ['block'],
    directives: ['directive'],
    comments: ['comment'],
  },

  symbol(node: ConfigNode, parents: readonly ConfigNode[]) {
    if (node.kind === 'block') {
      // Nodes of the nodelist are best known by their name or address.
      if (node.keyword === 'node' && parents[parents.length - 1]?.keyword === 'nodelist') {
        const pick = (k: string) => node.children.find((c) => c.keyword === k)?.args[0]?.value;
        const name = pick('name') ?? pick('ring0_addr');
        const id = pick('nodeid');
        return { name: name ? `node ${name}` : 'node', detail: id ? `nodeid ${id}` : undefined, kind: SymbolKind.Object };
      }
      return { name: node.keyword, kind: parents.length ? SymbolKind.Struct : SymbolKind.Namespace };
    }
    return undefined;
  },

  syntaxMessage(p: SyntaxProblem): SyntaxMessage | undefined {
    if (p.what !== 'error') return undefined;
    const text = snippet(p);
    if (text && !text.includes(':') && !text.includes('{') && !text.startsWith('}') && !text.startsWith('#')) {
      return {
        code: 'syntax.not-key-value',
        message: `'${text}' is neither 'key: value' nor a section opening 'name {' nor a closing '}'`,
      };
    }
    return undefined;
  },
};
