/** DRBD: `;`-terminated statements inside nested `keyword [args] { ... }` blocks (drbd.conf, *.res, drbd.d/). */
import { DiagnosticSeverity, SymbolKind, type Diagnostic } from 'vscode-languageserver-types';
import type { Node as TSNode } from 'web-tree-sitter';
import type { FormatDefinition, SyntaxMessage, SyntaxProblem } from '../../service/format';
import { walkModel, type ConfigModel, type ConfigNode } from '../../service/model';
import { loadSchema } from '../../service/schema';
import type { DocumentSource } from '../../service/text';
import { snippet } from '../../service/features/syntax';
import { ARG } from '../../../../grammars/drbd/tokens';
import { drbdDetection } from './detect';
import { drbdCompletion } from './completion';
import { drbdHover } from './hover';
import { drbdCheck } from './check';
import { drbdSemantic } from './semantic';
import { drbdFormatting } from './formatting';
import { drbdNames } from './names';
import { unbalancedStructure } from './structure';


/** Blocks that describe one host of a resource: outlined as objects, with their address as detail. */
const HOST_BLOCKS = new Set(['on', 'floating', 'stacked-on-top-of', '_this_host']);

/** Keywords that only ever open a block: `on alice` without its '{' is a missing brace, not a missing ';'. */
/** The top-level sections of drbd.conf. */
const SECTIONS = new Set(['global', 'common', 'resource', 'skip', 'include']);
const BLOCK_ONLY = new Set([
  'global', 'common', 'resource', 'on', 'floating', 'stacked-on-top-of', 'volume', 'net', 'startup', 'handlers',
  'options', 'connection', 'connection-mesh', 'path', 'syncer', 'proxy', 'plugin', 'skip',
]);

/** What drbdadm accepts at the top level of a file. */
const TOP_LEVEL = /^(global|common|resource|skip|include|require-drbd-module-version-(eq|ne|gt|ge|lt|le))$/;

/** An argument that opens a quote it never closes (the grammar's `unterminated_string`). */
function unterminated(text: string): boolean {
  return text.startsWith('"') && !/^"([^"\\\n]|\\[^\n])*"$/.test(text);
}

function short(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The brace depth at each of the (ascending) offsets, skipping comments and quoted strings. */
function braceDepths(text: string, offsets: readonly number[]): number[] {
  const out: number[] = [];
  let depth = 0;
  let i = 0;
  for (const at of offsets) {
    for (; i < at && i < text.length; i++) {
      const ch = text[i];
      if (ch === '{') depth++;
      else if (ch === '}') depth = Math.max(0, depth - 1);
      else if (ch === '#') {
        const nl = text.indexOf('\n', i);
        i = (nl < 0 ? text.length : nl) - 1;
      } else if (ch === '"') {
        // As the grammar reads it: a closed string, or an unterminated one that stops at a brace or the line's end.
        const rest = text.slice(i, Math.min(text.length, i + 4096));
        const m = /^"([^"\\\n]|\\[^\n])*"/.exec(rest) ?? /^"([^"\\\n{}]|\\[^\n])*/.exec(rest);
        i += (m ? m[0].length : 1) - 1;
      }
    }
    out.push(depth);
  }
  return out;
}

/** The sibling before a node, found by index: web-tree-sitter's previousSibling can go round in a circle between
 * two zero-width MISSING nodes at the same offset. */
function previousSibling(node: TSNode): TSNode | null {
  const siblings = node.parent?.children ?? [];
  const i = siblings.findIndex((c) => c?.id === node.id);
  return i > 0 ? siblings[i - 1] : null;
}

function hostDetail(node: ConfigNode): string | undefined {
  const address = node.children.find((c) => c.kind === 'directive' && c.keyword === 'address');
  if (address && address.args.length) return address.args.map((a) => a.value).join(' ');
  const id = node.children.find((c) => c.kind === 'directive' && c.keyword === 'node-id');
  return id?.args[0] ? `node-id ${id.args[0].value}` : undefined;
}

/** `host NAME [address ...] via proxy on PROXY { ... }` or `proxy on PROXY { ... }`. */
function isProxyEndpoint(node: ConfigNode): boolean {
  if (node.keyword === 'proxy') return node.argCount > 0 && node.argValue(0) === 'on';
  if (node.keyword !== 'host') return false;
  for (let i = 1; i + 1 < node.argCount; i++) if (node.argValue(i) === 'via' && node.argValue(i + 1) === 'proxy') return true;
  return false;
}

export const drbd: FormatDefinition = {
  ...drbdDetection,
  completion: drbdCompletion,
  hover: drbdHover,
  check: drbdCheck,
  semantic: drbdSemantic,
  formatting: drbdFormatting,
  names: drbdNames,
  lineComments: ['#'],
  get schema() {
    return loadSchema('drbd');
  },
  tree: {
    sections: [],
    blocks: ['block', 'skip_block'],
    directives: ['statement'],
    comments: ['comment'],
    // Statements are split with the grammar's own argument token (grammars/drbd/tokens.js) rather than by walking
    // every word node: most of the cost of mapping a large file. Their ';' is a sibling, outside their extent.
    flatDirectives: { types: ['statement'], word: ARG, blank: /[ \t\r\f\v]+/, commentStart: '#' },
  },

  symbol(node: ConfigNode, parents: readonly ConfigNode[]) {
    if (node.kind !== 'block') return undefined;
    const name = [node.keyword, ...node.args.map((a) => (/\s/.test(a.value) ? a.text : a.value))].join(' ');
    if (HOST_BLOCKS.has(node.keyword)) return { name, detail: hostDetail(node), kind: SymbolKind.Object };
    return { name, kind: parents.length ? SymbolKind.Struct : SymbolKind.Namespace };
  },

  syntaxMessage(p: SyntaxProblem): SyntaxMessage | undefined {
    if (p.what === 'missing') {
      // drbdadm's parser closes a `resource` or `common` section left open at the end of the file (but not `global`,
      // nor a block inside one): only a warning then.
      if (p.node.type === '}') {
        const [outer, ...inner] = p.enclosing;
        // How drbdadm reads the unbalanced part (structure.ts) decides; without a verdict there, the tree's view.
        const read = unbalancedStructure(p.text);
        const lastAtEnd = read
          ? read.accepted && !!outer
          : outer && !inner.length && (outer.keyword === 'resource' || outer.keyword === 'common') && !p.text.slice(p.node.endIndex).trim() &&
            // ... and only when no section was swallowed into it (one '}' missing at the end: drbdadm closes the section,
            // whichever of its blocks the indentation says lost its brace)
            !outer.children.some((c) => SECTIONS.has(c.keyword));
        if (lastAtEnd) {
          return {
            code: 'syntax.unclosed-block',
            message: `block '${short(p.text.slice(outer.startIndex, outer.endIndex).split(/[{\n]/)[0].trim())}' opened on line ${outer.range.start.line + 1} is never closed (drbdadm closes it at the end of the file)`,
            severity: 'warning',
          };
        }
        return undefined;
      }
      if (p.node.type !== ';') return undefined;
      // A statement whose quote runs to the end of the line lacks its ';' too: the quote is the real problem.
      const prev = previousSibling(p.node);
      const last = prev?.type === 'statement' ? prev.lastNamedChild : null;
      if (last?.type === 'unterminated_string') {
        // drbdadm reads `device "...` (a quote never closed) as no device at all and goes on with the next line: only
        // a warning here (a host then left without a device is the semantic checks' error).
        if (prev?.childForFieldName('keyword')?.text === 'device' && prev.namedChildren.length === 2) {
          return {
            code: 'syntax.unterminated-string',
            message: `unterminated quoted string '${short(last.text)}': drbdadm skips this device statement, so the device is missing`,
            severity: 'warning',
          };
        }
        return {
          code: 'syntax.unterminated-string',
          message: `unterminated quoted string '${short(last.text)}': missing closing '"' (and the ';' after it)`,
        };
      }
      const keyword = prev?.type === 'statement' ? prev.childForFieldName('keyword')?.text : undefined;
      if (prev && keyword && BLOCK_ONLY.has(keyword)) {
        return { code: 'syntax.missing-brace', message: `missing '{' after '${short(prev.text)}': '${keyword}' opens a block` };
      }
      return undefined;
    }
    const text = snippet(p);
    if (!text) {
      // An ERROR with no text is a line break where the statement was not over (drbdadm reads on; haconf, which
      // wants one statement per line so that a missing ';' stays on its line, does not).
      const lineStart = p.text.lastIndexOf('\n', p.node.startIndex - 1) + 1;
      const line = p.text.slice(lineStart, p.node.startIndex).trim();
      if (line) return { code: 'syntax.statement-over-lines', message: `'${short(line)}' goes on past the end of its line: end it with ';' on that line` };
    }
    // A block still open at the end of the file whose last statement also lacks its ';' (typically while typing):
    // tree-sitter gives up on the whole block, so name it here.
    if (!p.text.slice(p.node.endIndex).trim()) {
      const body = p.text.slice(p.node.startIndex, p.node.endIndex);
      const open = /^([^{}\n]*?)\s*\{/.exec(body);
      if (open && (body.match(/\{/g) ?? []).length > (body.match(/\}/g) ?? []).length) {
        const line = p.node.startPosition.row + 1;
        if (unbalancedStructure(p.text)?.accepted) {
          return { code: 'syntax.unclosed-block', message: `block '${short(open[1])}' opened on line ${line} is never closed (drbdadm closes the section at the end of the file)`, severity: 'warning' };
        }
        return { code: 'syntax.unclosed-block', message: `block '${short(open[1])}' opened on line ${line} is never closed` };
      }
    }
    if (text.startsWith(';')) {
      return { code: 'syntax.empty-statement', message: "unexpected ';': there is no statement before it (drbdadm rejects an empty statement)" };
    }
    if (text.startsWith('{')) {
      return { code: 'syntax.unexpected', message: "unexpected '{': a block needs a keyword before its '{' (e.g. 'disk {')" };
    }
    return undefined;
  },

  // A DRBD Proxy endpoint block (`host NAME ... via proxy on PROXY { }` in a connection, `proxy on PROXY { }` in an
  // `on` section) takes only `inside` and `outside`: drbdadm stops with "Parse error: 'inside | outside' expected, but
  // got 'net'" on anything else. One top-level node at a time (kept while an edit leaves the node alone).
  nodeDiagnostics: (top: ConfigNode): Diagnostic[] => {
    const out: Diagnostic[] = [];
    walkModel([top], (node) => {
      if (node.kind !== 'block') return false;
      if (!isProxyEndpoint(node)) return true;
      for (const c of node.children) {
        if (c.keyword === 'inside' || c.keyword === 'outside' || !c.keyword) continue;
        out.push({
          range: c.keywordRange,
          severity: DiagnosticSeverity.Error,
          source: 'haconf',
          code: 'drbd.proxy-endpoint',
          message: `'${c.keyword}' cannot stand in '${node.keyword} ${node.args.map((a) => a.text).join(' ')}': a DRBD Proxy endpoint takes only 'inside' and 'outside' (drbdadm: "'inside | outside' expected")`,
        });
      }
      return false;
    });
    return out;
  },

  structuralDiagnostics(model: ConfigModel, source: DocumentSource): Diagnostic[] {
    const out: Diagnostic[] = [];
    // drbdadm's brace depth is a scan of the whole text (strings and comments skipped).
    const text = source.joined();
    // The depth at each top-level node, and at the end of the file (one pass).
    const depth = braceDepths(text, [...model.nodes.map((n) => n.startIndex), text.length]);
    let run = false;
    model.nodes.forEach((node, i) => {
      // A node that error recovery lifted out of a block that is still open is not really at the top level; of a run
      // of misplaced nodes (what follows a stray '}'), the first one says it all.
      const misplaced = depth[i] === 0 && !TOP_LEVEL.test(node.keyword);
      const first = misplaced && !run;
      run = misplaced;
      if (first) {
        out.push({
          range: node.keywordRange,
          severity: DiagnosticSeverity.Error,
          source: 'haconf',
          code: 'drbd.top-level',
          message: `'${node.keyword}' cannot stand at the top level of a DRBD configuration: only global, common, resource, skip, include and require-drbd-module-version-* can`,
        });
      }
    });
    // A missing '}': where drbdadm stops reading the part whose braces do not balance (structure.ts).
    const problem = depth[depth.length - 1] > 0 ? unbalancedStructure(text)?.problem : undefined;
    if (problem) {
      const before = text.lastIndexOf('\n', problem.at - 1);
      const line = (text.slice(0, problem.at).match(/\n/g) ?? []).length;
      const start = { line, character: problem.at - before - 1 };
      out.push({
        range: { start, end: { line, character: start.character + problem.length } },
        severity: DiagnosticSeverity.Error,
        source: 'haconf',
        code: 'syntax.unclosed-block',
        message: problem.message,
      });
    }
    // An unterminated quote in a statement is reported with its missing ';' (syntaxMessage); one in a block header
    // (`on "alice {`) leaves no trace in the tree, so it is reported here.
    // It runs on every edit: block arguments are read as text, and ranges made only for what is found.
    walkModel(model.nodes, (node) => {
      if (node.kind !== 'block') return false;
      for (let i = 0; i < node.argCount; i++) {
        const text = node.argText(i);
        if (!unterminated(text)) continue;
        out.push({
          range: node.argRange(i),
          severity: DiagnosticSeverity.Error,
          source: 'haconf',
          code: 'syntax.unterminated-string',
          message: `unterminated quoted string '${short(text)}': missing closing '"'`,
        });
      }
      return true;
    });
    return out;
  },
};
