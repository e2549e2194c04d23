/**
 * A seeded mutation generator: from a configuration file the real tool accepts, it makes broken variants the way
 * people break them (a brace deleted or doubled, a keyword misspelt or moved to another section, a number out of
 * range, an address broken, a ';', ':' or '=' dropped, a quote left open, ...). The same seed gives the same mutants.
 * It reads the text lexically (lines, words, braces), not with haconf's parser, so that it shares no blind spot with it.
 */

/** A small, fast, seeded PRNG (mulberry32): reproducible on every machine. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

/** A seed per (run seed, file): a string hash mixed into the run's seed. */
export function seedFor(seed: number, key: string): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface Mutant {
  format: string;
  /** The source file (corpus path relative to the corpus folder). */
  source: string;
  op: string;
  /** 1-based line of the mutant where the change is. */
  line: number;
  /** What was done, for the report. */
  detail: string;
  text: string;
}

type Edit = { lines: string[]; line: number; detail: string } | undefined;
type Op = (ctx: Ctx, rng: Rng) => Edit;

/** The lexical view of a file that the operators share. */
interface Ctx {
  format: string;
  lines: string[];
  /** Indexes of lines that hold a directive (not blank, not a comment, not a lone brace). */
  directives: number[];
  /** Per line, the block or section it is in (the index of the line that opened it; -1 top level). */
  owner: number[];
  /** Per line, whether it opens a block or section. */
  opens: boolean[];
  /** Lines that are a lone closing brace. */
  closers: number[];
}

const HAPROXY_SECTIONS = /^(global|defaults|frontend|backend|listen|userlist|peers|resolvers|mailers|program|http-errors|ring|cache|fcgi-app|crt-store|traces|log-forward)\b/;

function isComment(format: string, t: string): boolean {
  return t.startsWith('#') || (format === 'ceph' && t.startsWith(';'));
}

function analyse(format: string, text: string): Ctx {
  const lines = text.split('\n');
  const owner: number[] = [];
  const opens: boolean[] = [];
  const directives: number[] = [];
  const closers: number[] = [];
  const stack: number[] = [];
  let section = -1;
  lines.forEach((raw, i) => {
    const t = raw.trim();
    const code = t.replace(/\s#.*$/, '');
    if (format === 'haproxy' || format === 'ceph') {
      const header = format === 'haproxy' ? HAPROXY_SECTIONS.test(raw) : /^\s*\[/.test(raw);
      if (header) section = i;
      owner.push(header ? -1 : section);
      opens.push(header);
    } else {
      owner.push(stack.length ? stack[stack.length - 1] : -1);
      const o = (code.match(/\{/g) ?? []).length;
      const c = (code.match(/\}/g) ?? []).length;
      opens.push(o > c);
      if (o > c) stack.push(i);
      else for (let k = 0; k < c - o; k++) stack.pop();
      if (/^\}\s*;?$/.test(code)) closers.push(i);
    }
    if (t && !isComment(format, t) && !/^[{}];?$/.test(t)) directives.push(i);
  });
  return { format, lines, directives, owner, opens, closers };
}

/** The keyword of a directive line and where it is: [start, end) in the line. */
function keywordSpan(format: string, line: string): [number, number] | undefined {
  const m = (format === 'corosync' ? /^(\s*)([A-Za-z_][\w.-]*)\s*:/ : format === 'ceph' ? /^(\s*)([A-Za-z_][\w .-]*?)\s*=/ : /^(\s*)([A-Za-z_][\w.-]*)/).exec(line);
  return m ? [m[1].length, m[1].length + m[2].length] : undefined;
}

function misspell(word: string, rng: Rng): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let tries = 0; tries < 10; tries++) {
    const i = rng.int(word.length);
    let w: string;
    switch (rng.int(4)) {
      case 0:
        if (i + 1 >= word.length || word[i] === word[i + 1]) continue;
        w = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        break;
      case 1:
        if (word.length < 4) continue;
        w = word.slice(0, i) + word.slice(i + 1);
        break;
      case 2:
        w = word.slice(0, i) + word[i] + word.slice(i);
        break;
      default:
        w = word.slice(0, i) + rng.pick(letters.split('').filter((c) => c !== word[i].toLowerCase())) + word.slice(i + 1);
    }
    if (w !== word && /^[A-Za-z_]/.test(w)) return w;
  }
  return word + 'x';
}

function pickLine(ctx: Ctx, rng: Rng, ok: (i: number) => boolean): number | undefined {
  const cands = ctx.directives.filter(ok);
  return cands.length ? rng.pick(cands) : undefined;
}

function replaceAt(lines: string[], i: number, line: string): string[] {
  const out = [...lines];
  out[i] = line;
  return out;
}

const misspellKeyword: Op = (ctx, rng) => {
  const i = pickLine(ctx, rng, (i) => !!keywordSpan(ctx.format, ctx.lines[i]) && !(ctx.format === 'ceph' && ctx.opens[i]));
  if (i === undefined) return undefined;
  const [s, e] = keywordSpan(ctx.format, ctx.lines[i])!;
  const word = ctx.lines[i].slice(s, e);
  const w = misspell(word, rng);
  return { lines: replaceAt(ctx.lines, i, ctx.lines[i].slice(0, s) + w + ctx.lines[i].slice(e)), line: i + 1, detail: `'${word}' -> '${w}'` };
};

const deleteLine: Op = (ctx, rng) => {
  const i = pickLine(ctx, rng, (i) => !ctx.opens[i]);
  if (i === undefined) return undefined;
  const out = [...ctx.lines];
  out.splice(i, 1);
  return { lines: out, line: Math.min(i + 1, out.length), detail: `deleted '${ctx.lines[i].trim()}'` };
};

const duplicateLine: Op = (ctx, rng) => {
  const i = pickLine(ctx, rng, (i) => !ctx.opens[i]);
  if (i === undefined) return undefined;
  const out = [...ctx.lines];
  out.splice(i + 1, 0, ctx.lines[i]);
  return { lines: out, line: i + 2, detail: `duplicated '${ctx.lines[i].trim()}'` };
};

const moveKeyword: Op = (ctx, rng) => {
  const i = pickLine(ctx, rng, (i) => !ctx.opens[i] && ctx.owner[i] !== -2);
  if (i === undefined) return undefined;
  const targets = ctx.directives.filter((j) => ctx.owner[j] !== ctx.owner[i] && (ctx.format === 'haproxy' || ctx.format === 'ceph' ? ctx.opens[j] || !ctx.opens[j] : true));
  // Insert right after a line of another block or section (or after its opening line).
  const places = targets.map((j) => ({ after: j, owner: ctx.opens[j] ? j : ctx.owner[j] })).filter((p) => p.owner !== ctx.owner[i]);
  if (!places.length) return undefined;
  const p = rng.pick(places);
  const indent = ctx.opens[p.after] ? (/^\s*/.exec(ctx.lines[p.after])![0] + '    ') : /^\s*/.exec(ctx.lines[p.after])![0];
  const moved = indent + ctx.lines[i].trim();
  const out = [...ctx.lines];
  out.splice(i, 1);
  const at = p.after > i ? p.after : p.after + 1;
  out.splice(at, 0, moved);
  const where = p.owner === -1 ? 'the top level' : `'${ctx.lines[p.owner].trim().replace(/\s*\{$/, '')}'`;
  return { lines: out, line: at + 1, detail: `moved '${ctx.lines[i].trim()}' (line ${i + 1}) into ${where}` };
};

const NUMBER = /(?<![\w.:/-])\d+(?![\w.:/])/g;
const numberOutOfRange: Op = (ctx, rng) => {
  const cands: [number, number, string][] = [];
  for (const i of ctx.directives) {
    const line = ctx.lines[i];
    const ks = keywordSpan(ctx.format, line);
    const from = ks ? ks[1] : 0;
    const hash = line.indexOf('#', from);
    for (const m of line.slice(from, hash < 0 ? undefined : hash).matchAll(NUMBER)) cands.push([i, from + m.index!, m[0]]);
  }
  if (!cands.length) return undefined;
  const [i, at, num] = rng.pick(cands);
  const repl = rng.pick(['-1', '99999999999', '4294967296', '70000']);
  const line = ctx.lines[i];
  return { lines: replaceAt(ctx.lines, i, line.slice(0, at) + repl + line.slice(at + num.length)), line: i + 1, detail: `${num} -> ${repl}` };
};

const IPV4 = /\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g;
const breakAddress: Op = (ctx, rng) => {
  const cands: [number, RegExpMatchArray][] = [];
  for (const i of ctx.directives) for (const m of ctx.lines[i].matchAll(IPV4)) cands.push([i, m]);
  if (!cands.length) return undefined;
  const [i, m] = rng.pick(cands);
  const parts = m.slice(1, 5);
  let broken: string;
  switch (rng.int(3)) {
    case 0: {
      const k = rng.int(4);
      parts[k] = rng.pick(['256', '999']);
      broken = parts.join('.');
      break;
    }
    case 1:
      broken = parts.slice(0, 3).join('.');
      break;
    default:
      broken = `${parts.join('.')}.${rng.int(250) + 1}`;
  }
  const line = ctx.lines[i];
  let after = line.slice(m.index! + m[0].length);
  // Sometimes the port after the address instead.
  const port = /^:(\d+)/.exec(after);
  if (port && rng.int(3) === 0) {
    const p = rng.pick(['99999', '65536', 'http']);
    after = `:${p}` + after.slice(port[0].length);
    return { lines: replaceAt(ctx.lines, i, line.slice(0, m.index!) + m[0] + after), line: i + 1, detail: `port ${port[1]} -> ${p}` };
  }
  return { lines: replaceAt(ctx.lines, i, line.slice(0, m.index!) + broken + after), line: i + 1, detail: `${m[0]} -> ${broken}` };
};

const badValue: Op = (ctx, rng) => {
  const cands: [number, number, string][] = [];
  for (const i of ctx.directives) {
    if (ctx.opens[i]) continue;
    const line = ctx.lines[i];
    const ks = keywordSpan(ctx.format, line);
    if (!ks) continue;
    const m = /^(\s*[:=]?\s*)([A-Za-z][\w-]*)(?=\s*(;|$|\s))/.exec(line.slice(ks[1]));
    if (m) cands.push([i, ks[1] + m[1].length, m[2]]);
  }
  if (!cands.length) return undefined;
  const [i, at, word] = rng.pick(cands);
  const repl = rng.pick(['bogus', 'maybe', 'XYZ']);
  const line = ctx.lines[i];
  return { lines: replaceAt(ctx.lines, i, line.slice(0, at) + repl + line.slice(at + word.length)), line: i + 1, detail: `value '${word}' -> '${repl}'` };
};

const openQuote: Op = (ctx, rng) => {
  const i = pickLine(ctx, rng, (i) => !ctx.opens[i] && !ctx.lines[i].includes('"') && /\s\S/.test(ctx.lines[i].trim()));
  if (i === undefined) return undefined;
  const line = ctx.lines[i];
  const ks = keywordSpan(ctx.format, line) ?? [0, 0];
  const rest = line.slice(ks[1]);
  const m = /\S/.exec(rest.replace(/^\s*[:=]/, (x) => ' '.repeat(x.length)));
  if (!m) return undefined;
  const at = ks[1] + m.index;
  return { lines: replaceAt(ctx.lines, i, line.slice(0, at) + '"' + line.slice(at)), line: i + 1, detail: 'opened a quote that is never closed' };
};

const deleteOpenBrace: Op = (ctx, rng) => {
  const cands = ctx.lines.map((l, i) => i).filter((i) => ctx.opens[i] && /\{\s*$/.test(ctx.lines[i]));
  if (!cands.length) return undefined;
  const i = rng.pick(cands);
  return { lines: replaceAt(ctx.lines, i, ctx.lines[i].replace(/\s*\{\s*$/, '')), line: i + 1, detail: `deleted '{' of '${ctx.lines[i].trim()}'` };
};

const deleteCloseBrace: Op = (ctx, rng) => {
  if (!ctx.closers.length) return undefined;
  const i = rng.pick(ctx.closers);
  const out = [...ctx.lines];
  out.splice(i, 1);
  return { lines: out, line: Math.min(i + 1, out.length), detail: `deleted the '}' of line ${i + 1}` };
};

const duplicateCloseBrace: Op = (ctx, rng) => {
  if (!ctx.closers.length) return undefined;
  const i = rng.pick(ctx.closers);
  const out = [...ctx.lines];
  out.splice(i + 1, 0, ctx.lines[i]);
  return { lines: out, line: i + 2, detail: `doubled the '}' of line ${i + 1}` };
};

const dropSemicolon: Op = (ctx, rng) => {
  const i = pickLine(ctx, rng, (i) => /;\s*(#.*)?$/.test(ctx.lines[i]) && !/^\s*\}/.test(ctx.lines[i]));
  if (i === undefined) return undefined;
  return { lines: replaceAt(ctx.lines, i, ctx.lines[i].replace(/;(\s*(#.*)?)$/, '$1')), line: i + 1, detail: `dropped the ';' of '${ctx.lines[i].trim()}'` };
};

const dropColon: Op = (ctx, rng) => {
  const i = pickLine(ctx, rng, (i) => /^\s*[\w.-]+\s*:/.test(ctx.lines[i]));
  if (i === undefined) return undefined;
  return { lines: replaceAt(ctx.lines, i, ctx.lines[i].replace(/^(\s*[\w.-]+)\s*:/, '$1')), line: i + 1, detail: `dropped the ':' of '${ctx.lines[i].trim()}'` };
};

const dropEquals: Op = (ctx, rng) => {
  const i = pickLine(ctx, rng, (i) => !ctx.opens[i] && ctx.lines[i].includes('='));
  if (i === undefined) return undefined;
  return { lines: replaceAt(ctx.lines, i, ctx.lines[i].replace(/\s*=\s*/, ' ')), line: i + 1, detail: `dropped the '=' of '${ctx.lines[i].trim()}'` };
};

const uncloseSection: Op = (ctx, rng) => {
  const cands = ctx.lines.map((_, i) => i).filter((i) => /^\s*\[[^\]]*\]/.test(ctx.lines[i]));
  if (!cands.length) return undefined;
  const i = rng.pick(cands);
  return { lines: replaceAt(ctx.lines, i, ctx.lines[i].replace(']', '')), line: i + 1, detail: `dropped the ']' of '${ctx.lines[i].trim()}'` };
};

const indentSection: Op = (ctx, rng) => {
  const cands = ctx.lines.map((_, i) => i).filter((i) => /^\[/.test(ctx.lines[i]));
  if (!cands.length) return undefined;
  const i = rng.pick(cands);
  return { lines: replaceAt(ctx.lines, i, '  ' + ctx.lines[i]), line: i + 1, detail: `indented '${ctx.lines[i].trim()}'` };
};

const dropFinalNewline: Op = (ctx) => {
  if (ctx.lines.length < 2 || ctx.lines[ctx.lines.length - 1] !== '') return undefined;
  const out = [...ctx.lines];
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  return { lines: out, line: out.length, detail: 'removed the final newline' };
};

const deleteSectionHeader: Op = (ctx, rng) => {
  const cands = ctx.lines.map((_, i) => i).filter((i) => ctx.opens[i] && i > 0);
  if (!cands.length) return undefined;
  const i = rng.pick(cands);
  const out = [...ctx.lines];
  out.splice(i, 1);
  return { lines: out, line: Math.min(i + 1, out.length), detail: `deleted the section line '${ctx.lines[i].trim()}': its lines join the section before` };
};

const misspellSection: Op = (ctx, rng) => {
  const cands = ctx.lines.map((_, i) => i).filter((i) => ctx.opens[i] && /^\s*[A-Za-z_][\w.-]*(\s|\{|$)/.test(ctx.lines[i]));
  if (!cands.length) return undefined;
  const i = rng.pick(cands);
  const [s, e] = keywordSpan('haproxy', ctx.lines[i])!;
  const word = ctx.lines[i].slice(s, e);
  const w = misspell(word, rng);
  return { lines: replaceAt(ctx.lines, i, ctx.lines[i].slice(0, s) + w + ctx.lines[i].slice(e)), line: i + 1, detail: `section '${word}' -> '${w}'` };
};

/** The operators that make sense for each format. */
export const OPERATORS: Readonly<Record<string, Readonly<Record<string, Op>>>> = {
  haproxy: { misspellKeyword, deleteLine, duplicateLine, moveKeyword, numberOutOfRange, breakAddress, badValue, openQuote, deleteSectionHeader, misspellSection },
  keepalived: { misspellKeyword, deleteLine, duplicateLine, moveKeyword, numberOutOfRange, breakAddress, badValue, openQuote, deleteOpenBrace, deleteCloseBrace, duplicateCloseBrace, misspellSection },
  corosync: { misspellKeyword, deleteLine, duplicateLine, moveKeyword, numberOutOfRange, breakAddress, badValue, deleteOpenBrace, deleteCloseBrace, duplicateCloseBrace, dropColon, misspellSection },
  drbd: { misspellKeyword, deleteLine, duplicateLine, moveKeyword, numberOutOfRange, breakAddress, badValue, openQuote, deleteOpenBrace, deleteCloseBrace, duplicateCloseBrace, dropSemicolon, misspellSection },
  ceph: { misspellKeyword, deleteLine, duplicateLine, moveKeyword, numberOutOfRange, breakAddress, badValue, openQuote, dropEquals, uncloseSection, indentSection, dropFinalNewline },
};

/** `count` distinct mutants of one file (fewer when the file offers fewer). */
export function mutants(format: string, source: string, text: string, count: number, seed: number): Mutant[] {
  const ops = OPERATORS[format];
  if (!ops) throw new Error(`no mutation operators for ${format}`);
  const names = Object.keys(ops);
  const rng = new Rng(seedFor(seed, source));
  const ctx = analyse(format, text);
  const seen = new Set<string>([text]);
  const out: Mutant[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const op = rng.pick(names);
    const edit = ops[op](ctx, rng);
    if (!edit) continue;
    const t = edit.lines.join('\n');
    if (seen.has(t)) continue;
    seen.add(t);
    out.push({ format, source, op, line: edit.line, detail: edit.detail, text: t });
  }
  return out;
}
