/**
 * HAProxy configuration (haproxy.cfg): sections (`global`, `defaults`, `frontend www`, `backend app`, ...) whose body
 * runs until the next section keyword, made of one-line directives; `.if` / `.elif` / `.else` / `.endif` lines
 * (`conditional` nodes) may appear anywhere and are paired here, not in the grammar.
 */
import { DiagnosticSeverity, FoldingRangeKind, SymbolKind, type Diagnostic, type FoldingRange, type Position } from 'vscode-languageserver-types';
import type { FormatDefinition, SymbolInfo, SyntaxMessage, SyntaxProblem } from '../../service/format';
import { type ConfigModel, type ConfigNode } from '../../service/model';
import { CONDITIONAL_KEYWORDS, SECTION_KEYWORDS, WORD, WORD_PLAIN } from '../../../../grammars/haproxy/tokens';
import { loadSchema } from '../../service/schema';
import type { TextSource } from '../../service/text';
import { snippet } from '../../service/features/syntax';
import { conditionalLines } from '../../service/conditionals';
import { haproxyDetection } from './detect';
import { haproxyCompletion } from './completion';
import { haproxyHover } from './hover';
import { haproxyCheck } from './check';
import { haproxyFormatting } from './formatting';
import { haproxySemantic } from './semantic';
import { haproxyNames } from './names';

/** Section kinds by keyword; the rest are Namespace. */
const SECTION_KIND: Record<string, SymbolKind> = {
  global: SymbolKind.Module,
  defaults: SymbolKind.Module,
  frontend: SymbolKind.Interface,
  backend: SymbolKind.Class,
  listen: SymbolKind.Class,
};

/** Directives worth an outline entry: keyword -> kind. Their name is `keyword first-argument`. */
const NAMED_DIRECTIVES: Record<string, SymbolKind> = {
  server: SymbolKind.Object,
  'server-template': SymbolKind.Object,
  bind: SymbolKind.Field,
  acl: SymbolKind.Boolean,
  use_backend: SymbolKind.Event,
  default_backend: SymbolKind.Event,
  peer: SymbolKind.Object,
  nameserver: SymbolKind.Object,
  mailer: SymbolKind.Object,
  user: SymbolKind.Key,
  group: SymbolKind.Key,
};

/** Directives whose entry only counts inside these sections (`user`/`group` are also global settings). */
const ONLY_IN: Record<string, readonly string[]> = {
  user: ['userlist'],
  group: ['userlist'],
  server: ['backend', 'listen', 'peers', 'ring'],
};

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function symbol(node: ConfigNode, parents: readonly ConfigNode[]): SymbolInfo | undefined {
  if (node.kind === 'section') {
    const [first, ...rest] = node.args;
    return {
      name: first ? `${node.keyword} ${first.value}` : node.keyword,
      detail: rest.length ? shorten(rest.map((a) => a.text).join(' ')) : undefined,
      kind: SECTION_KIND[node.keyword] ?? SymbolKind.Namespace,
    };
  }
  if (node.type !== 'directive' || !parents.length) return undefined;
  const kind = NAMED_DIRECTIVES[node.keyword];
  if (kind === undefined || !node.args.length) return undefined;
  const section = parents[parents.length - 1].keyword;
  const only = ONLY_IN[node.keyword];
  if (only && !only.includes(section)) return undefined;
  const [first, ...rest] = node.args;
  let detail: string | undefined;
  if (node.keyword === 'server' || node.keyword === 'peer' || node.keyword === 'nameserver' || node.keyword === 'mailer') {
    // The address, and whether the server is checked or a backup.
    const flags = rest.slice(1).map((a) => a.value).filter((v) => v === 'check' || v === 'backup' || v === 'disabled' || v === 'ssl');
    detail = rest[0] ? [rest[0].value, ...flags].join(' ') : undefined;
  } else if (node.keyword === 'user') {
    // Never a password: only the groups.
    const groups = rest.findIndex((a) => a.value === 'groups');
    detail = groups >= 0 && rest[groups + 1] ? `groups ${rest[groups + 1].value}` : undefined;
  } else if (node.keyword === 'server-template') {
    detail = rest.map((a) => a.value).slice(0, 2).join(' ') || undefined;
  } else {
    detail = rest.length ? shorten(rest.map((a) => a.text).join(' ')) : undefined;
  }
  return { name: `${node.keyword} ${first.value}`, detail, kind };
}

function syntaxMessage(p: SyntaxProblem): SyntaxMessage | undefined {
  if (p.what !== 'error') return undefined;
  // Words cannot fail otherwise: an ERROR here is a quote that its word does not close before the end of the line.
  const lineStart = p.text.lastIndexOf('\n', p.node.startIndex - 1) + 1;
  const at = unmatchedQuote(p.text.slice(lineStart, lineEnd(p.text, p.node.startIndex)));
  if (at === undefined) return undefined;
  const quote = p.text[lineStart + at];
  return { code: 'syntax.unterminated-string', message: `unterminated quoted string: missing closing ${quote} after '${snippet(p)}'` };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** Where the quote that is never closed starts on a line, as HAProxy splits words; undefined when every quote closes. */
export function unmatchedQuote(line: string): number | undefined {
  let quote = '';
  let at = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === "'") {
      if (ch === "'") quote = '';
    } else if (ch === '\\') {
      i++;
    } else if (quote === '"') {
      if (ch === '"') quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      at = i;
    } else if (ch === '#') {
      break;
    }
  }
  return quote ? at : undefined;
}

/** The `.if` ... `.endif` lines in document order (kept per top-level node by service/conditionals.ts). */
function conditionals(model: ConfigModel): ConfigNode[] {
  const out: ConfigNode[] = [];
  const nodes = model.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const lines = conditionalLines(haproxy, nodes[i]);
    for (let j = 0; j < lines.length; j++) out.push(lines[j]);
  }
  return out;
}

/** `.if`, `.elif` / `.else` and `.endif` lines (`.notice` and the other message lines are no part of a region): which
 * branch HAProxy reads (`.if version_atleast(3.1)`) is not known here. */
function conditional(node: ConfigNode): 'open' | 'else' | 'close' | undefined {
  if (node.type !== 'conditional') return undefined;
  switch (node.keyword) {
    case '.if':
      return 'open';
    case '.elif':
    case '.else':
      return 'else';
    case '.endif':
      return 'close';
    default:
      return undefined;
  }
}

interface OpenIf {
  node: ConfigNode;
  /** The line of the branch that is open (`.if`, `.elif` or `.else`). */
  branchLine: number;
  sawElse: boolean;
}

/** Walks the `.if` structure, calling back for each branch that ends and for each problem. */
function walkConditionals(
  model: ConfigModel,
  onBranch: (startLine: number, endLine: number) => void,
  onProblem: (node: ConfigNode, message: string, code: string) => void,
): void {
  const stack: OpenIf[] = [];
  for (const node of conditionals(model)) {
    const line = node.range.start.line;
    const top = stack[stack.length - 1];
    switch (node.keyword) {
      case '.if':
        stack.push({ node, branchLine: line, sawElse: false });
        break;
      case '.elif':
      case '.else':
        if (!top) {
          onProblem(node, `lone '${node.keyword}' with no matching '.if'`, 'syntax.conditional-unmatched');
        } else if (top.sawElse) {
          onProblem(node, `'${node.keyword}' after '.else' is not permitted`, 'syntax.conditional-after-else');
        } else {
          onBranch(top.branchLine, line);
          top.branchLine = line;
          top.sawElse = node.keyword === '.else';
        }
        break;
      case '.endif':
        if (!top) {
          onProblem(node, "lone '.endif' with no matching '.if'", 'syntax.conditional-unmatched');
        } else {
          onBranch(top.branchLine, line);
          stack.pop();
        }
        break;
      default:
        break;
    }
  }
  for (const open of stack) {
    onProblem(open.node, `'.if' opened on line ${open.node.range.start.line + 1} is never closed by '.endif'`, 'syntax.conditional-unclosed');
  }
}

function extraFoldingRanges(model: ConfigModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  // Each branch folds up to the line before the next `.elif`, `.else` or `.endif`, which stays visible.
  walkConditionals(
    model,
    (startLine, nextLine) => {
      if (nextLine - 1 > startLine) out.push({ startLine, endLine: nextLine - 1, kind: FoldingRangeKind.Region });
    },
    () => undefined,
  );
  return out;
}

/** HAProxy splits a line into at most this many words (MAX_LINE_ARGS); more is a fatal error. */
export const MAX_LINE_WORDS = 64;

interface LineProblem {
  /** Offsets in the line. */
  start: number;
  end: number;
  code: string;
  message: string;
}

const isHex = (ch: string | undefined) => ch !== undefined && /^[0-9a-fA-F]$/.test(ch);
const isNameStart = (ch: string | undefined) => ch !== undefined && /^[A-Za-z_.]$/.test(ch);
const isNameChar = (ch: string | undefined) => ch !== undefined && /^[A-Za-z0-9_]$/.test(ch);

/**
 * The first problem HAProxy's word splitter (tools.c `parse_line`) finds on a line, besides an unmatched quote (the
 * grammar reports that): a `\x` escape without two hexadecimal digits (outside single quotes), and inside double
 * quotes a `$` not followed by a variable name, a `${` without its `}`, a `[` after the name other than `[*]`.
 */
export function lineProblem(line: string): LineProblem | undefined {
  let squote = false;
  let dquote = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (squote) {
      if (ch === "'") squote = false;
    } else if (ch === '\\') {
      if (line[i + 1] === 'x') {
        if (!isHex(line[i + 2]) || !isHex(line[i + 3])) {
          const end = i + 2 + (isHex(line[i + 2]) ? 1 : 0);
          return {
            start: i,
            end,
            code: 'syntax.bad-hex-escape',
            message: `truncated or invalid hexadecimal sequence '${line.slice(i, end)}': '\\x' takes two hexadecimal digits`,
          };
        }
        i += 3;
      } else if (i + 1 < line.length) {
        i++;
      }
    } else if (dquote) {
      if (ch === '"') dquote = false;
      else if (ch === '$') {
        const problem = variableProblem(line, i);
        if (typeof problem !== 'number') return problem;
        i = problem;
      }
    } else if (ch === '"') {
      dquote = true;
    } else if (ch === "'") {
      squote = true;
    } else if (ch === '#') {
      break;
    }
  }
  return undefined;
}

/** Checks the variable reference at `line[at] === '$'` (inside double quotes): a problem, or where it ends. */
function variableProblem(line: string, at: number): LineProblem | number {
  let j = at + 1;
  const brace = line[j] === '{' ? j++ : -1;
  if (!isNameStart(line[j])) {
    return {
      start: at,
      end: Math.min(line.length, j + 1),
      code: 'syntax.bad-variable',
      message: `forbidden first char in environment variable name: inside double quotes '$' starts a variable name (a letter or '_'); write '\\$' for a '$'`,
    };
  }
  if (line[j] === '.') j++;
  while (isNameChar(line[j])) j++;
  if (brace < 0) return j - 1;
  if (line[j] === '[') {
    if (line[j + 1] !== '*' || line[j + 2] !== ']') {
      return { start: j, end: j + 1, code: 'syntax.bad-variable', message: `truncated or invalid word expansion sequence: after a variable name, '[' can only start '[*]'` };
    }
    j += 3;
  }
  const close = line[j] === '-' ? line.indexOf('}', j) : line[j] === '}' ? j : -1;
  if (close < 0) {
    // Underline the reference up to its closing quote when it has a default value.
    const quote = line[j] === '-' ? line.indexOf('"', j) : j;
    const end = quote < 0 ? line.length : quote;
    return {
      start: at,
      end,
      code: 'syntax.unclosed-variable',
      message: `unmatched brace in environment variable name: '${line.slice(at, end)}' needs a closing '}'`,
    };
  }
  return close;
}

const SAMPLE_NAME = /^[A-Za-z0-9_.]+/;

/** Skips `(args)` at line[at] === '(': the offset after its ')', or undefined where the arguments are not plain
 * (quotes, escapes, nested parentheses, the end of the line): no judgement there. */
function skipArgs(line: string, at: number): number | undefined {
  for (let i = at + 1; i < line.length; i++) {
    const ch = line[i];
    if (ch === ')') return i + 1;
    if (ch === '(' || ch === '"' || ch === "'" || ch === '\\' || ch === '[' || ch === ']') return undefined;
  }
  return undefined;
}

/**
 * The problem HAProxy (2.6 -c) finds in the sample expression of `%[` at `line[at]`, in the clear-cut cases only:
 * no fetch name before its arguments ("missing fetch method"), and an extra ')' after the fetch or a converter
 * ("expected ']' after 'hdr(arg)', but found ')'"). A `%%[` is a literal text.
 */
export function sampleProblem(line: string, at: number): { start: number; end: number; message: string } | undefined {
  if (at > 0 && line[at - 1] === '%') return undefined;
  let i = at + 2;
  if (line[i] === '(') return { start: at, end: i + 1, message: "missing fetch method: '%[' starts with the name of a sample fetch (like 'req.hdr(host)'), not with '('" };
  for (;;) {
    const name = SAMPLE_NAME.exec(line.slice(i));
    if (!name) return undefined;
    i += name[0].length;
    if (line[i] === '(') {
      const after = skipArgs(line, i);
      if (after === undefined) return undefined;
      i = after;
    }
    if (line[i] === ']') return undefined;
    if (line[i] === ',') {
      i++;
      continue;
    }
    if (line[i] === ')') return { start: i, end: i + 1, message: `expected ']' after '${line.slice(at + 2, i)}', but found ')': a parenthesis too many in the sample expression` };
    return undefined;
  }
}

/** Where a line may have an escape or variable problem, and where a sample expression starts (lastIndex is set
 * before each use). */
const ESCAPE_CANDIDATES = /\\x|\$/g;
const SAMPLE_STARTS = /%\[|\{[ \t]+\(/g;
/** Either of them: most nodes have neither, and are then scanned once. */
const ANY_CANDIDATE = new RegExp(`${ESCAPE_CANDIDATES.source}|${SAMPLE_STARTS.source}`);

/**
 * The word-level problems of one top-level node that HAProxy rejects and the grammar accepts: a bad `\x` escape or
 * variable reference, and more words on a line than HAProxy reads. Run once per top-level node and kept while the
 * node is unchanged.
 */
function nodeDiagnostics(top: ConfigNode, text: TextSource, positionAt: (offset: number) => Position): Diagnostic[] {
  const out: Diagnostic[] = [];
  const from = top.startIndex;
  const body = text.slice(from, top.endIndex);
  if (ANY_CANDIDATE.test(body)) lineProblems(body, from, positionAt, out);
  tooManyWords(top, out);
  return out;
}

/** The escape, variable and sample-expression problems of a node's text (`body`, from offset `from`). */
function lineProblems(body: string, from: number, positionAt: (offset: number) => Position, out: Diagnostic[]): void {
  // Escapes and variables: only lines with a '\\x' or a '$' can have them.
  const candidates = ESCAPE_CANDIDATES;
  candidates.lastIndex = 0;
  for (let m = candidates.exec(body); m; m = candidates.exec(body)) {
    const lineStart = body.lastIndexOf('\n', m.index - 1) + 1;
    const end = lineEnd(body, lineStart);
    candidates.lastIndex = end;
    const problem = lineProblem(body.slice(lineStart, end));
    if (problem) {
      out.push({
        range: { start: positionAt(from + lineStart + problem.start), end: positionAt(from + lineStart + problem.end) },
        severity: DiagnosticSeverity.Error,
        source: 'haconf',
        code: problem.code,
        message: problem.message,
      });
    }
  }
  // Sample expressions: `%[fetch(args),conv(args)]` in log-format strings, `{ fetch args }` anonymous ACLs.
  const samples = SAMPLE_STARTS;
  samples.lastIndex = 0;
  for (let m = samples.exec(body); m; m = samples.exec(body)) {
    const lineStart = body.lastIndexOf('\n', m.index - 1) + 1;
    const line = body.slice(lineStart, lineEnd(body, lineStart));
    if (/^[ \t]*#/.test(line)) continue;
    const problem = m[0] === '%[' ? sampleProblem(line, m.index - lineStart) : { start: m.index - lineStart + m[0].length - 1, end: m.index - lineStart + m[0].length, message: "missing fetch method: an ACL expression starts with the name of a sample fetch (like 'src' or 'req.hdr(host)'), not with '('" };
    if (!problem) continue;
    out.push({
      range: { start: positionAt(from + lineStart + problem.start), end: positionAt(from + lineStart + problem.end) },
      severity: DiagnosticSeverity.Error,
      source: 'haconf',
      code: 'syntax.sample-expression',
      message: problem.message,
    });
  }
}

/** Lines with more words than HAProxy reads, in `node` and under it. */
function tooManyWords(node: ConfigNode, out: Diagnostic[]): void {
  const words = 1 + node.argCount;
  if (words > MAX_LINE_WORDS) {
    out.push({
      range: { start: node.argRange(MAX_LINE_WORDS - 1).start, end: node.argRange(node.argCount - 1).end },
      severity: DiagnosticSeverity.Error,
      source: 'haconf',
      code: 'syntax.too-many-words',
      message: `too many words: HAProxy reads at most ${MAX_LINE_WORDS} words on a line, this one has ${words}`,
    });
  }
  if (node.kind === 'directive') return;
  const kids = node.children;
  for (let i = 0; i < kids.length; i++) tooManyWords(kids[i], out);
}

function structuralDiagnostics(model: ConfigModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  walkConditionals(
    model,
    () => undefined,
    (node, message, code) => {
      out.push({ range: node.keywordRange, severity: DiagnosticSeverity.Error, source: 'haconf', code, message });
    },
  );
  return out;
}

export const haproxy: FormatDefinition = {
  ...haproxyDetection,
  completion: haproxyCompletion,
  hover: haproxyHover,
  check: haproxyCheck,
  conditional,
  formatting: haproxyFormatting,
  semantic: haproxySemantic,
  names: haproxyNames,
  lineComments: ['#'],
  get schema() {
    return loadSchema('haproxy');
  },
  tree: {
    sections: ['section'],
    blocks: [],
    directives: ['directive', 'conditional'],
    comments: ['comment'],
    // Lines are split with the grammar's own word token (grammars/haproxy/tokens.js) rather than by walking every
    // word node: the large-file fast path.
    flatDirectives: { types: ['directive', 'conditional'], word: WORD, blank: /[ \t\f\v\r]+/, commentStart: '#', plain: WORD_PLAIN },
    // A section's lines are read from its text when the tree has no error, and a whole file before its tree is made
    // (the grammar's keyword lists, from the same module): a directive takes its line's newline, a conditional line
    // does not.
    lineSections: {
      types: ['section'],
      // The grammar's top level is sections and the same lines (grammar.js `config`).
      document: true,
      directive: 'directive',
      lineTypes: Object.fromEntries(CONDITIONAL_KEYWORDS.map((k) => [k, 'conditional'])),
      newline: ['directive'],
      sectionKeywords: SECTION_KEYWORDS,
    },
  },
  symbol,
  syntaxMessage,
  extraFoldingRanges,
  structuralDiagnostics,
  nodeDiagnostics,
};
