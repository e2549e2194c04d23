/**
 * Hover: on a keyword (directive, block or section keyword, a multi-word keyword such as HAProxy's `option httpchk`,
 * or a value a directive's own schema context lists, such as `roundrobin` after `balance`), Markdown with the
 * keyword's signature, where it is allowed, its range and default, the course-notes concepts that explain it, and a
 * link to the upstream documentation. Format-specific parts come from the FormatDefinition's hooks.
 */
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import { conceptsFor } from '../../knowledge';
import type { ConfigDocument } from '../document';
import type { FormatDefinition } from '../format';
import type { ConfigNode } from '../model';
import type { FormatSchema, KeywordInfo, ValueType } from '../schema';
import { enclosingAt } from './syntax';
import { contextPathOf } from '../contexts';

/** At most this many words make one keyword (`tcp-request content`, `option httpchk`, `timeout http-request`). */
const MAX_KEYWORD_WORDS = 3;

interface Found {
  name: string;
  /** The entries that apply where the keyword is (all of them when none is in the context). */
  entries: KeywordInfo[];
  /** The schema context of the first entry. */
  entryContext: string;
  /** Every context that lists the keyword, in schema order. */
  contexts: string[];
}

/** Schema contexts that name no place a keyword may be written: the census's unplaced keywords, and '(section)', the
 * list of section keywords. */
const isPlace = (context: string) => !context.startsWith('?') && context !== '(section)';

function lookup(schema: FormatSchema, name: string, context: string | undefined, contextFilter?: (c: string) => boolean): Found | undefined {
  const hits: { context: string; info: KeywordInfo }[] = [];
  for (const [ctx, list] of Object.entries(schema.contexts)) {
    if (contextFilter && !contextFilter(ctx)) continue;
    for (const info of list) if (info.name === name) hits.push({ context: ctx, info });
  }
  if (!hits.length) {
    if (contextFilter || !schema.sectionKeywords.includes(name)) return undefined;
    return { name, entries: [{ name }], entryContext: '(top)', contexts: [] };
  }
  const here = context === undefined ? [] : hits.filter((h) => h.context === context);
  const primary = here.length ? here : hits;
  return {
    name,
    entries: primary.map((h) => h.info),
    entryContext: primary[0].context,
    contexts: [...new Set(hits.map((h) => h.context))].filter(isPlace),
  };
}

function contextName(context: string): string {
  return context === '(top)' ? 'the top level' : `\`${context}\``;
}

/** Range, default and level, from `rangeDefault` such as `level=advanced; default=3; range=0..10` or `uint[1..255]`. */
function rangeFacts(rangeDefault: string | undefined): string[] {
  if (!rangeDefault) return [];
  const out: string[] = [];
  for (const part of rangeDefault.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(default|range|level)=(.*)$/.exec(part);
    if (!m) out.push(`Values: \`${part}\``);
    else if (m[1] === 'level') out.push(`Level: ${m[2]}`);
    else out.push(`${m[1] === 'default' ? 'Default' : 'Range'}: \`${m[2].trim()}\``);
  }
  return out;
}

const TYPE_NAMES: Partial<Record<ValueType, string>> = {
  int: 'integer', decimal: 'number', size: 'size', duration: 'duration', enum: 'one of', bool: 'boolean', ipv4: 'IPv4 address',
  ipv6: 'IPv6 address', ip: 'IP address', address: 'address or host name', 'address-port': 'address:port', cidr: 'network (address/prefix)',
  port: 'port', name: 'name', path: 'path', text: 'text', uuid: 'UUID', flag: 'no value (a flag)',
};

/** The typed facts of a keyword (type, range, unit, default, level, deprecation) as hover lines; [] when untyped. */
export function typeFacts(info: KeywordInfo): string[] {
  if (!info.type || info.type === 'block') return [];
  const out: string[] = [];
  const bits: string[] = [TYPE_NAMES[info.type] ?? info.type];
  const values = info.values?.map((v) => `\`${v}\``).join(', ');
  if (info.type === 'enum' && values) bits[0] = `one of ${values}`;
  else if (info.type === 'bool' && values) bits.push(values);
  else if (values) bits.push(`or ${values}`);
  if (info.min !== undefined && info.max !== undefined) bits.push(`${info.min} to ${info.max}`);
  else if (info.min !== undefined) bits.push(`at least ${info.min}`);
  else if (info.max !== undefined) bits.push(`at most ${info.max}`);
  if (info.unit) bits.push(`in ${info.unit}`);
  out.push(`Type: ${bits.join(', ')}`);
  if (info.default !== undefined) out.push(`Default: \`${info.default}\``);
  if (info.level) out.push(`Level: ${info.level}`);
  return out;
}

/** The flags a user cares about: deprecation, build conditions, the daemons that read an option, when it applies. */
function flagFacts(flags: string | undefined): string[] {
  if (!flags) return [];
  const out: string[] = [];
  for (const f of flags.split(',').map((p) => p.trim())) {
    if (f === 'deprecated') out.push('Deprecated');
    else if (f === 'legacy-form') out.push('An older form the tool still reads');
    else if (f.startsWith('build-cond:')) out.push(`Only when built with \`${f.slice('build-cond:'.length).replace(/^defined\s+/, '')}\``);
    else if (f.startsWith('services=')) out.push(`Read by: ${f.slice('services='.length).split('|').join(', ')}`);
    else if (f.startsWith('flags=')) out.push(`Applies: ${f.slice('flags='.length).split('|').join(', ')}`);
  }
  return out;
}

function signatureOf(format: FormatDefinition, info: KeywordInfo, node: ConfigNode): string {
  if (format.hover?.signature) return format.hover.signature(info, node);
  return info.args ? `${info.name} ${info.args}` : info.name;
}

function render(
  format: FormatDefinition,
  found: Found,
  node: ConfigNode,
  opts: { scoped: boolean; owner?: string; conceptContext?: string },
): string {
  const parts: string[] = [];
  const what = opts.owner ? `value of \`${opts.owner}\`` : node.kind === 'directive' ? 'directive' : node.kind;
  parts.push(`**\`${found.name}\`** · ${format.displayName} ${what}`);
  const sigs = [...new Set(found.entries.map((e) => signatureOf(format, e, node)))];
  parts.push(['```' + format.id, ...sigs, '```'].join('\n'));

  const facts: string[] = [];
  if (opts.owner) facts.push(`In: \`${opts.owner}\``);
  else if (opts.scoped && found.contexts.length) facts.push(`In: ${found.contexts.map(contextName).join(', ')}`);
  const first = found.entries.find((e) => e.type && e.type !== 'block') ?? found.entries.find((e) => e.rangeDefault) ?? found.entries[0];
  const typed = typeFacts(first);
  facts.push(...(typed.length ? typed : rangeFacts(first.rangeDefault)));
  facts.push(...new Set(found.entries.flatMap((e) => flagFacts(e.flags))));
  const replacement = found.entries.find((e) => e.replacement)?.replacement;
  if (replacement) facts.push(`Use instead: \`${replacement}\``);
  if (facts.length) parts.push(facts.join('  \n'));

  if (node.kind !== 'directive' && !opts.owner) {
    parts.push(`\`${found.name}\` opens a ${node.kind}: the lines ${node.kind === 'block' ? 'between its braces' : 'up to the next section header'} configure it.`);
  }

  const concepts = conceptsFor(format.id, found.name, opts.conceptContext);
  if (concepts.length) {
    parts.push('---\n**From the course notes**');
    for (const c of concepts) parts.push(`**${c.title}**: ${c.explanation}`);
  }
  const url = format.hover?.docUrl?.(first, found.entryContext);
  if (url) parts.push(`[${format.displayName} documentation](${url})`);
  return parts.join('\n\n');
}

/** Hover for the keyword under `position`, or null when the position is on nothing the schema knows. */
export function hover(doc: ConfigDocument, position: Position): Hover | null {
  if (!doc.parsed) return null;
  const td = doc.textDocument;
  const offset = td.offsetAt(position);
  const chain = enclosingAt(doc.model.nodes, offset);
  const node = chain[chain.length - 1];
  if (!node || !node.keyword) return null;
  const parents = chain.slice(0, -1);
  const format = doc.format;
  const schema = format.schema;
  const spec = format.hover ?? {};
  const context = contextPathOf(format, parents, node);
  const scoped = context !== undefined;
  const name = spec.canonicalKeyword ? spec.canonicalKeyword(node.keyword, node) : node.keyword;

  const kwStart = td.offsetAt(node.keywordRange.start);
  const kwEnd = td.offsetAt(node.keywordRange.end);
  const argAt = node.args.findIndex((a) => a.startIndex <= offset && offset <= a.endIndex);
  const onKeyword = kwStart <= offset && offset <= kwEnd;
  if (!onKeyword && argAt < 0) return null;

  // The longest keyword that starts with the node's keyword: `option httpchk` before `option`.
  let found: Found | undefined;
  let words = 1;
  for (let n = Math.min(MAX_KEYWORD_WORDS, node.args.length + 1); n >= 1 && !found; n--) {
    const candidate = [name, ...node.args.slice(0, n - 1).map((a) => a.value)].join(' ');
    found = lookup(schema, candidate, context);
    if (found) words = n;
  }
  const hoverRange = (start: number, end: number): Range => ({ start: td.positionAt(start), end: td.positionAt(end) });

  if (found && (onKeyword || argAt < words - 1)) {
    const end = words > 1 ? node.args[words - 2].endIndex : kwEnd;
    return {
      contents: { kind: MarkupKind.Markdown, value: render(format, found, node, { scoped, conceptContext: context }) },
      range: hoverRange(kwStart, end),
    };
  }
  if (!found || argAt < 0 || node.kind !== 'directive') return null;

  // A value the directive's own context lists: `roundrobin` of `balance`, `ssl` of `bind`, `check` of `server`.
  const arg = node.args[argAt];
  const owner = found.name;
  const value = lookup(schema, arg.value, undefined, (c) => c.split(/[/:]/).pop() === owner);
  if (!value) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: render(format, value, node, { scoped, owner, conceptContext: owner }) },
    range: hoverRange(arg.startIndex, arg.endIndex),
  };
}
