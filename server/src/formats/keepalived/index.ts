/**
 * keepalived.conf: `keyword args` lines inside nested `keyword args { ... }` blocks, with `@id` conditional lines,
 * `$NAME=value` definitions, `~SEQ(...)` / `~LST(...)` repeated lines and `include FILE`.
 */
import { DiagnosticSeverity, SymbolKind, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { FormatDefinition, SymbolInfo, SyntaxMessage, SyntaxProblem } from '../../service/format';
import { nodeLabel, walkModel, type ConfigNode } from '../../service/model';
import { loadSchema } from '../../service/schema';
import { snippet } from '../../service/features/syntax';
import { ARGUMENT } from '../../../../grammars/keepalived/tokens';
import { keepalivedDetection } from './detect';
import { keepalivedCompletion } from './completion';
import { keepalivedHover } from './hover';
import { keepalivedCheck } from './check';
import { keepalivedFormatting } from './formatting';
import { keepalivedSemantic } from './semantic';
import { keepalivedNames } from './names';

/** Top-level keywords that always open a block: without a '{' keepalived reads their body as top-level lines. */
let topBlocks: Set<string> | undefined;
function isTopBlock(keyword: string): boolean {
  if (!topBlocks) {
    const schema = loadSchema('keepalived');
    topBlocks = new Set((schema.contexts['(top)'] ?? []).map((k) => k.name).filter((name) => schema.sectionKeywords.includes(name)));
  }
  return topBlocks.has(keyword);
}

/** The schema's keywords by context path (`vrrp_instance`, `virtual_server/real_server`, `(top)`). */
let contextKeywords: Map<string, Set<string>> | undefined;
function keywordsOf(path: string): Set<string> | undefined {
  if (!contextKeywords) {
    contextKeywords = new Map();
    for (const [ctx, list] of Object.entries(loadSchema('keepalived').contexts)) contextKeywords.set(ctx, new Set(list.map((k) => k.name)));
  }
  return contextKeywords.get(path);
}

/**
 * In a top-level block that is never closed: the first line whose keyword does not belong where the braces put it
 * but to a block around it (or the top level), where keepalived notices the missing '}' ("There are 1 missing '}'s",
 * or "Unknown keyword" inside global_defs).
 */
function strayKeyword(top: ConfigNode): { node: ConfigNode; owner: string; open: ConfigNode } | undefined {
  let found: { node: ConfigNode; owner: string; open: ConfigNode } | undefined;
  walkModel([top], (node, parents) => {
    if (found) return false;
    if (!parents.length || (node.type !== 'directive' && node.type !== 'block') || node.condition || node.keyword.startsWith('$')) return true;
    const paths = parents.map((_, i) => parents.slice(0, i + 1).map((p) => p.keyword).join('/'));
    const own = keywordsOf(paths[paths.length - 1]);
    // In a block of values (addresses, names, group entries) only a block can be out of place.
    if (own ? own.has(node.keyword) : node.kind !== 'block') return true;
    for (let i = paths.length - 2; i >= -1; i--) {
      if (keywordsOf(i < 0 ? '(top)' : paths[i])?.has(node.keyword)) {
        found = { node, owner: i < 0 ? 'the top level' : `'${parents[i].keyword}'`, open: parents[parents.length - 1] };
        return false;
      }
    }
    return true;
  });
  return found;
}

/** Health checkers of a real_server. */
const CHECKERS = /^(HTTP_GET|SSL_GET|TCP_CHECK|SMTP_CHECK|MISC_CHECK|DNS_CHECK|PING_CHECK|UDP_CHECK|FILE_CHECK|BFD_CHECK)$/;

const TOP_KINDS: Record<string, SymbolKind> = {
  global_defs: SymbolKind.Namespace,
  vrrp_instance: SymbolKind.Object,
  vrrp_sync_group: SymbolKind.Array,
  virtual_server: SymbolKind.Class,
  virtual_server_group: SymbolKind.Array,
  vrrp_script: SymbolKind.Function,
  vrrp_track_process: SymbolKind.Function,
  vrrp_track_file: SymbolKind.Function,
  track_file: SymbolKind.Function,
  garp_group: SymbolKind.Array,
  bfd_instance: SymbolKind.Object,
};

/** The first argument of the first child directive named `keyword` (quotes removed). */
function childValue(node: ConfigNode, ...keywords: string[]): string | undefined {
  for (const k of keywords) {
    const hit = node.children.find((c) => c.kind === 'directive' && c.keyword === k && c.args.length);
    if (hit) return hit.args[0].value;
  }
  return undefined;
}

function details(parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length ? kept.join(' · ') : undefined;
}

function blockDetail(node: ConfigNode): string | undefined {
  const cond = node.condition ? node.condition.text : undefined;
  switch (node.keyword) {
    case 'vrrp_instance': {
      const vrid = childValue(node, 'virtual_router_id');
      return details([cond, childValue(node, 'state'), childValue(node, 'interface'), vrid && `vrid ${vrid}`]);
    }
    case 'virtual_server':
      return details([
        cond,
        childValue(node, 'lb_algo', 'lvs_sched'),
        childValue(node, 'lb_kind', 'lvs_method'),
        childValue(node, 'protocol'),
      ]);
    case 'real_server': {
      const weight = childValue(node, 'weight');
      return details([cond, weight && `weight ${weight}`]);
    }
    case 'url':
      return details([cond, childValue(node, 'path')]);
    case 'vrrp_script':
      return details([cond, childValue(node, 'script')]);
    default:
      return cond;
  }
}

/** Whether a word that starts with '"' has its closing quote (a backslash escapes the next character). */
function quoteClosed(text: string): boolean {
  if (!text.startsWith('"')) return true;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return true;
  }
  return false;
}

/** Whether a definition value leaves a quote open on one of its lines (keepalived reads each line apart). */
function openQuoteLine(text: string): boolean {
  for (const line of text.split('\n')) {
    let quote = false;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '\\') i++;
      else if (line[i] === '"') quote = !quote;
    }
    if (quote) return true;
  }
  return false;
}

export const keepalived: FormatDefinition = {
  ...keepalivedDetection,
  completion: keepalivedCompletion,
  hover: keepalivedHover,
  check: keepalivedCheck,
  // `include FILE` and its variants, which add checks keepalived makes of what they match (readable, match, ...).
  formatting: keepalivedFormatting,
  semantic: keepalivedSemantic,
  names: keepalivedNames,
  lineComments: ['#', '!'],
  get schema() {
    return loadSchema('keepalived');
  },
  tree: {
    sections: [],
    blocks: ['block'],
    directives: ['directive', 'definition', 'include', 'sequence'],
    comments: ['comment'],
    // Plain directives are split with the grammar's own word token; a line with a condition, a '!' comment or
    // anything else the token does not take falls back to the tree walk.
    flatDirectives: { types: ['directive'], word: ARGUMENT, blank: /[ \t\f\v\r]+/, commentStart: '#' },
  },

  symbol(node: ConfigNode, parents: readonly ConfigNode[]): SymbolInfo | undefined {
    if (node.kind === 'block') {
      let kind: SymbolKind;
      if (!parents.length) kind = TOP_KINDS[node.keyword] ?? SymbolKind.Namespace;
      else if (node.keyword === 'real_server') kind = SymbolKind.Struct;
      else if (CHECKERS.test(node.keyword)) kind = SymbolKind.Event;
      else if (node.args.length) kind = SymbolKind.Struct;
      else kind = SymbolKind.Property;
      return { name: nodeLabel(node), detail: blockDetail(node), kind };
    }
    // A ~SEQ / ~LST line that repeats a block.
    if (node.type === 'sequence') {
      let hasBlock = false;
      walkModel(node.children, (n) => {
        if (n.kind === 'block') hasBlock = true;
      });
      return hasBlock ? { name: nodeLabel(node), kind: SymbolKind.Array } : undefined;
    }
    return undefined;
  },

  syntaxMessage(p: SyntaxProblem): SyntaxMessage | undefined {
    if (p.what === 'missing') {
      // `@lb1` alone on its line: the parser wants the keyword that should follow.
      const prev = p.node.previousSibling;
      if (p.node.type === 'keyword' && prev?.type === 'condition') {
        return { code: 'syntax.lone-condition', message: `condition '${prev.text}' must be followed by a statement on the same line` };
      }
      return undefined;
    }
    const text = snippet(p);
    if (text.startsWith('{')) {
      return { code: 'syntax.unexpected-brace', message: "unexpected '{': no block keyword comes before it" };
    }
    if (/^@\S*$/.test(text)) {
      return { code: 'syntax.lone-condition', message: `condition '${text}' must be followed by a statement on the same line` };
    }
    if (/^~(SEQx?|LST)\b/.test(text)) {
      return {
        code: 'syntax.bad-sequence',
        message: `'${text}': write ${text.startsWith('~LST') ? '~LST(var, value, ...)' : text.slice(0, text.startsWith('~SEQx') ? 5 : 4) + '(var, start, step, end)'} followed by the line to repeat`,
      };
    }
    return undefined;
  },

  // Unterminated strings and block keywords without '{': one top-level node at a time (kept while an edit leaves the
  // node alone).
  nodeDiagnostics(top: ConfigNode): Diagnostic[] {
    const out: Diagnostic[] = [];
    const unterminated = (text: string, range: Range): void => {
      out.push({
        range,
        severity: DiagnosticSeverity.Error,
        source: 'haconf',
        code: 'syntax.unterminated-string',
        message: `unterminated quoted string: missing closing " in '${text.length > 40 ? `${text.slice(0, 39)}…` : text}'`,
      });
    };
    walkModel([top], (node, parents) => {
      if (!quoteClosed(node.keyword)) unterminated(node.keyword, node.keywordRange);
      for (let i = 0; i < node.argCount; i++) {
        const text = node.argText(i);
        const open = node.type === 'include' ? false : node.type === 'definition' ? openQuoteLine(text) : !quoteClosed(text);
        if (open) unterminated(text, node.argRange(i));
      }
      if (node.kind === 'directive' && node.type === 'directive' && !parents.length && !node.condition && isTopBlock(node.keyword)) {
        out.push({
          range: { start: node.keywordRange.start, end: node.range.end },
          severity: DiagnosticSeverity.Error,
          source: 'haconf',
          code: 'syntax.missing-open-brace',
          message: `'${nodeLabel(node)}' opens a block: missing '{'`,
        });
      }
      return true;
    });
    if (top.kind === 'block' && !top.close) {
      const stray = strayKeyword(top);
      if (stray) {
        out.push({
          range: stray.node.keywordRange,
          severity: DiagnosticSeverity.Error,
          source: 'haconf',
          code: 'syntax.missing-close-brace',
          // No line numbers: the diagnostic is kept with the node while edits above it shift it.
          message: `'${stray.node.keyword}' belongs to ${stray.owner}, not inside '${nodeLabel(stray.open)}': a '}' is missing before it`,
        });
      }
    }
    return out;
  },
};
