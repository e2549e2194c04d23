/**
 * Where a keyword stands, in schema terms: the schema contexts whose keywords are valid inside a chain of sections
 * and blocks. Completion (the keywords to offer at the cursor), hover (the context a keyword is looked up in) and the
 * schema diagnostics (whether a keyword is allowed where it is written) all ask this one module.
 */
import type { CompletionContext, FormatDefinition } from './format';
import type { ConfigNode } from './model';
import type { FormatSchema, KeywordInfo } from './schema';

/** Lower case, with spaces, underscores and dashes all one '_' (how Ceph reads option names). */
export function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '_');
}

/**
 * The blocks' keywords joined by '/', dropping leading ones until the schema has the context (unless `strict`:
 * then only the whole path counts); '(top)' outside any block.
 */
export function defaultContext(blocks: readonly ConfigNode[], schema: FormatSchema, strict = false): CompletionContext {
  if (!blocks.length) return { paths: ['(top)'] };
  const keys = blocks.map((b) => b.keyword);
  for (let i = 0; i < (strict ? 1 : keys.length); i++) {
    const path = keys.slice(i).join('/');
    if (schema.contexts[path]) return { paths: [path] };
  }
  return { paths: [] };
}

/**
 * The schema contexts whose keywords are valid directly inside `blocks` (the enclosing sections and blocks,
 * outermost first): the format's CompletionSpec.contexts hook, or the default. `strict` (used by checks, which must
 * not guess) keeps the default from falling back to a shorter path: a list block such as keepalived's
 * `vrrp_instance { track_file { ... } }` is then no context at all rather than the top-level `track_file` block.
 */
export function keywordContext(format: FormatDefinition, blocks: readonly ConfigNode[], strict = false): CompletionContext {
  const spec = format.completion;
  return spec?.contexts ? spec.contexts(blocks, format.schema) : defaultContext(blocks, format.schema, strict);
}

/**
 * The schema context path of the sections and blocks around a node (outermost first): their keywords joined by '/'
 * (`vrrp_instance/authentication`), or '(top)' outside any. The default of hover and of the value checks; a format
 * whose schema is laid out otherwise says so in its own hook (DRBD's hover: the innermost block; HAProxy's values:
 * the section).
 */
export function defaultContextPath(parents: readonly ConfigNode[]): string {
  let path = '';
  for (const p of parents) if (p.kind !== 'directive') path = path ? `${path}/${p.keyword}` : p.keyword;
  return path || '(top)';
}

/** The schema context the value checks look a node's keyword up in: the format's `check.values.context`, or the
 * default path. */
export function valueContextOf(format: FormatDefinition, parents: readonly ConfigNode[]): string {
  const own = format.check?.values?.context;
  return own ? own(parents) : defaultContextPath(parents);
}

/** The single schema context a node is looked up in for hover (undefined: the format does not scope keywords). */
export function contextPathOf(format: FormatDefinition, parents: readonly ConfigNode[], node: ConfigNode): string | undefined {
  const spec = format.hover;
  return spec?.contextPath ? spec.contextPath(parents, node) : defaultContextPath(parents);
}

const indexCache = new WeakMap<FormatDefinition, Map<string, KeywordInfo[]>>();

/** Every keyword of the format by name (fuzzy formats such as Ceph: by normalised name), across all contexts. */
export function keywordIndex(format: FormatDefinition): Map<string, KeywordInfo[]> {
  let index = indexCache.get(format);
  if (!index) {
    index = new Map();
    const fuzzy = !!format.completion?.fuzzy;
    for (const list of Object.values(format.schema.contexts)) {
      for (const k of list) {
        const key = fuzzy ? normalise(k.name) : k.name;
        const infos = index.get(key);
        if (infos) infos.push(k);
        else index.set(key, [k]);
      }
    }
    indexCache.set(format, index);
  }
  return index;
}
