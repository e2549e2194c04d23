/**
 * What one configuration format contributes. Each format lives in its own folder under server/src/formats/ and
 * exports one FormatDefinition; feature code only ever talks to this interface.
 */
import type { DocumentSource, TextSource } from './text';
import type { Diagnostic, FoldingRange, Position, SymbolKind } from 'vscode-languageserver-types';
import type { Node as TSNode } from 'web-tree-sitter';
import type { Anchor, ConfigModel, ConfigNode } from './model';
import type { FormatSchema, KeywordInfo } from './schema';
import type { KeywordSpec } from './values/specs';
import type { SemanticRule } from './features/semantic';

/** How the format's tree-sitter node types map onto the model. Fields are read by name: `keyword`, `argument`,
 * `condition`; braces are the anonymous `{` and `}` children of a block. */
export interface TreeSpec {
  sections: readonly string[];
  blocks: readonly string[];
  directives: readonly string[];
  comments: readonly string[];
  /** Node types whose children belong to the enclosing level (e.g. a grouping node). */
  transparent?: readonly string[];
  /**
   * Directives the mapping splits into words itself instead of walking their word nodes: the tree gives the
   * directive's extent, `word` (the grammar's own word token, from a module both share) splits it, a `commentStart`
   * character starts a trailing comment. Walking every word node across the wasm boundary is most of the cost of
   * mapping a large file. A directive whose text does not split cleanly falls back to the tree walk.
   */
  flatDirectives?: {
    types: readonly string[];
    word: RegExp;
    blank: RegExp;
    commentStart?: string;
    /**
     * What the word token makes of a run of plain characters, for reading words without it: the run is a whole word
     * where it stops at one of `ends` (or at the end of the text), and the token decides where it stops at one of
     * `escapes`. Every character below 128 that is neither may only be a plain one, and every character of 128 and
     * above is one. A unit test checks the two readings against each other.
     */
    plain?: { ends: string; escapes: string };
  };
  /**
   * Sections whose body is one node per line, as the grammar makes them (HAProxy). When the tree has no error, the
   * mapping reads such a section from its text with the flat directives' tokens instead of visiting each line's
   * node: on a large file those visits are most of the mapping's calls into WebAssembly. What the grammar decides
   * is restated here, and a unit test checks the reading against the tree walk over the corpus and mutated copies:
   * - `lineTypes`: the node type of a line by its first word (HAProxy's `.if` lines are `conditional`); any other
   *   line is a `directive`;
   * - `newline`: the line types whose node ends after its line's newline (otherwise at its last word);
   * - `sectionKeywords`: first words that start a section of their own. A line that has one, or anything else the
   *   reading does not expect, sends the section back to the tree walk.
   * - `document`: the whole file is such sections and lines, with comments and blank lines, and nothing else at the
   *   top level (the first of `types` is the section's). A document is then read from its text alone when it opens,
   *   and its tree is made afterwards (ConfigDocument.completeTree): where the reading fails, the file is parsed
   *   first as any other.
   */
  lineSections?: {
    types: readonly string[];
    document?: boolean;
    directive: string;
    lineTypes: Readonly<Record<string, string>>;
    newline: readonly string[];
    sectionKeywords: readonly string[];
  };
}

export interface SymbolInfo {
  name: string;
  detail?: string;
  kind: SymbolKind;
}

/** A syntax problem the tree shows: an ERROR node, or a MISSING token. */
export interface SyntaxProblem {
  /** `missing` for a MISSING token, `error` for an ERROR node. */
  what: 'missing' | 'error';
  /** The tree-sitter node (ERROR or MISSING). */
  node: TSNode;
  /** The document text. */
  text: string;
  /** The model node that encloses the problem, innermost last. */
  enclosing: readonly ConfigNode[];
}

export interface SyntaxMessage {
  message: string;
  code: string;
  /** `warning` for what the tool itself tolerates (default: error). */
  severity?: 'error' | 'warning';
}

/** How a format is recognised. Kept apart from the rest (formats/<id>/detect.ts) so the client can use it without
 * loading schemas. */
export interface FormatDetection {
  /** The language id, also the grammar folder's name. */
  id: string;
  displayName: string;
  /** File names (lower case) that always mean this format. */
  fileNames: readonly string[];
  /** Path patterns (tested against a '/'-separated path) that mean this format. */
  pathPatterns: readonly RegExp[];
  /** How strongly a text looks like this format: 0 (not at all) to 1 (certainly). */
  sniff(text: string): number;
}

export interface FormatDefinition extends FormatDetection {
  /** The line comment prefixes, for the client's language configuration. */
  lineComments: readonly string[];
  tree: TreeSpec;
  schema: FormatSchema;
  /** The outline entry for a node, or undefined to leave it (and its children) out of the outline. */
  symbol(node: ConfigNode, parents: readonly ConfigNode[]): SymbolInfo | undefined;
  /** A message in the format's own terms for a syntax problem, or undefined for the generic one. */
  syntaxMessage?(problem: SyntaxProblem): SyntaxMessage | undefined;
  /**
   * Lines that open, continue and close a region the tool may skip, and that pair up like brackets without nesting
   * in the model (HAProxy `.if`, `.elif` / `.else`, `.endif`). The schema and value checks only warn inside such a
   * region; the formatter gives `else` and `close` lines the indentation of their `open` line; a format's own checks
   * pair them (service/conditionals.ts lists them per top-level node for all of these).
   */
  conditional?(node: ConfigNode): 'open' | 'else' | 'close' | undefined;
  /** Folding ranges the model's sections and blocks do not give (e.g. HAProxy `.if` ... `.endif`). */
  extraFoldingRanges?: (model: ConfigModel, text: DocumentSource) => FoldingRange[];
  /**
   * Structural problems the grammar accepts but the real tool rejects (e.g. an `.if` without `.endif`). It runs on
   * every check, so it reads the text in parts (`text`, never joined into one string: see text.ts).
   */
  structuralDiagnostics?: (model: ConfigModel, text: DocumentSource) => Diagnostic[];
  /**
   * Problems of one top-level node (and what it holds) that the grammar accepts but the tool rejects, in absolute
   * ranges. The syntax diagnostics run it once per top-level node and keep the result while an edit leaves the node
   * alone, so it is the place for checks that would otherwise scan the whole file on every keystroke. Its errors
   * count as syntax errors (the other checks then only warn).
   */
  // A function property, not a method, so that TypeScript checks the parameter types strictly: `text` is read
  // through TextSource (slice, charCodeAt, indexOf), never indexed like a string.
  nodeDiagnostics?: (node: ConfigNode, text: TextSource, positionAt: (offset: number) => Position) => Diagnostic[];
  /** What completion needs to know about the format; without it the format offers no completion. */
  completion?: CompletionSpec;
  /** What hover needs to know about the format; without it hover uses the defaults of HoverSpec. */
  hover?: HoverSpec;
  /** What the schema diagnostics need to know; without it the format's keywords are not checked. */
  check?: CheckSpec;
  /** The semantic checks (formats/<id>/semantic.ts): the cluster mistakes a valid-looking file can hold. */
  semantic?: readonly SemanticRule[];
  /** What document formatting needs to know (formats/<id>/formatting.ts); without it the format is not formatted. */
  formatting?: FormattingSpec;
  /** The format's named objects, their references and its includes (formats/<id>/names.ts): navigation, rename,
   * workspace symbols and the undefined/unused checks. */
  names?: NameSpec;
}

/**
 * What a format contributes to formatting (service/features/formatting.ts). Indentation comes from the model's
 * nesting; the text of every keyword, argument and comment is kept as written, only the blanks around them change.
 */
export interface FormattingSpec {
  /** Whether the body of a section without braces (HAProxy `backend app`, Ceph `[global]`) is indented one level
   * (the `indentSectionBodies` option overrides it). Bodies of brace blocks always are. */
  indentSectionBodies: boolean;
  /** The tool trims the blanks at the end of a line's last argument (corosync's `key: value`), so trailing blanks
   * inside it may go. Otherwise an argument's blanks are kept, even at the end of a line (HAProxy `\ `). */
  trimmedLastArgument?: boolean;
}

/** Where a name is written: offsets relative to a node's anchor, so that it moves with the node. Definitions,
 * references and includes carry these fields themselves (a separate object each cost 0.3 MB on a large file). */
export interface NameLoc {
  anchor: Anchor;
  s: number;
  e: number;
}

/** A named object a node defines (`backend app`, `vrrp_script chk`, `on alice`). */
/** Its NameLoc fields: exactly the name as written. */
export interface NameDefinition extends NameLoc {
  kind: string;
  name: string;
  /** The node that defines it (its first lines are the hover preview). */
  node: ConfigNode;
  /** For a scoped kind: the section or block the name lives in. */
  scope?: ConfigNode;
  /** A scoped name every scope of the file sees (an ACL of a `defaults` section). */
  inherited?: boolean;
  /** Never reported as unused (a `listen` section is a backend and a frontend at once). */
  keep?: boolean;
  /** The name cannot be renamed from here (it is not written as one word, e.g. a peers table `peers/table`). */
  fixed?: boolean;
}

/** A place that names an object of one of `kinds` (`use_backend app`, `if !is_api`, `track_script { chk }`). */
export interface NameReference extends NameLoc {
  kinds: readonly string[];
  name: string;
  node: ConfigNode;
  /** For a scoped kind: the section or block the reference stands in. */
  scope?: ConfigNode;
  /** The tool does not reject the file when the name is missing: report at most a warning. */
  soft?: boolean;
}

/** An include (`include /etc/keepalived/conf.d/*.conf`, DRBD `include "drbd.d/*.res";`) at any depth: a path or a
 * glob (`*`, `?`, `[...]`, `{a,b}`) relative to the including file's folder. The one list of includes: `haconf check`
 * follows it on disk and the workspace index in the workspace. */
export interface NameInclude extends NameLoc {
  pattern: string;
  node: ConfigNode;
}

/** What one top-level node contributes; `dynamic` lists kinds it names in a way only known at run time (an HAProxy
 * `use_backend %[...]`), which makes every definition of those kinds possibly used. */
export interface NodeNames {
  defs: NameDefinition[];
  refs: NameReference[];
  includes: NameInclude[];
  dynamic: string[];
  /** The node holds a region the tool may skip (HAProxy `.if`): missing names are then only warnings. */
  uncertain?: boolean;
}

export interface NameKindSpec {
  /** How the kind is called in messages and hovers: `backend`, `ACL`, `vrrp_script`. */
  label: string;
  symbol: SymbolKind;
  /** Names resolve within their scope (plus inherited ones), never across files (HAProxy ACLs, DRBD hosts). */
  scoped?: boolean;
  /** The severity of a reference that finds no definition (`error` only where the real tool rejects the file);
   * absent: not checked. */
  undefinedSeverity?: 'error' | 'warning';
  /** Report a definition no reference uses (a hint, shown faded). */
  unused?: boolean;
  /** Names that exist without a definition (HAProxy's predefined ACLs `TRUE`, `LOCALHOST`, ...). */
  builtins?: ReadonlySet<string>;
  /** What a new name must look like (rename); default: no blanks, quotes, braces, `#` or `;`. */
  pattern?: RegExp;
}

export interface NameSpec {
  kinds: Readonly<Record<string, NameKindSpec>>;
  /** The definitions, references and includes of one top-level node (called once per node object). */
  extract(top: ConfigNode, out: NodeNames): void;
  /** Every file of the format in one directory belongs to one configuration (`haproxy -f DIR`). */
  directorySet?: boolean;
}

/**
 * What a format contributes to the schema diagnostics (unknown, misplaced, deprecated and version-dependent
 * keywords). Where the keyword is looked up comes from the completion contexts (service/contexts.ts).
 */
/** What a format contributes to the value checks (service/values). */
export interface ValueCheckSpec {
  /** The typed spec of a keyword's arguments in a schema context, or undefined when its values are not checked. */
  spec(schema: FormatSchema, contextPath: string, keyword: string): KeywordSpec | undefined;
  /** The context path a node's enclosing nodes give (default: the sections' and blocks' keywords joined by '/'). */
  context?(parents: readonly ConfigNode[]): string;
  /** Whether section and block headers have values to check too (keepalived `virtual_server IP PORT`). */
  sections?: boolean;
  /** The severity of a bad value: `error` (default) where the tool rejects the file, `warning` where it accepts it
   * anyway (Ceph replaces a value it cannot parse with the option's default). */
  severity?: 'error' | 'warning';
}

export interface CheckSpec {
  /** The value checks (arguments' types, ranges, enums). */
  values?: ValueCheckSpec;
  /** How the real tool treats an unknown keyword: `error` when it rejects the file, `warning` when it only complains
   * or ignores it (corosync, Ceph). */
  unknown: 'error' | 'warning';
  /** How it treats a keyword it knows but not where it is written (`places`: the contexts that list it). Default: as
   * `unknown`. `keyword` is the keyword as the schema spells it. */
  misplaced?: 'error' | 'warning' | ((parents: readonly ConfigNode[], places: readonly string[], keyword: string) => 'error' | 'warning');
  /** The model node types to check (default: every section, block and directive). */
  types?: readonly string[];
  /** Keywords never reported, by context path ('*': anywhere): what the tool accepts but the schema data lacks. */
  supplement?: Readonly<Record<string, readonly string[]>>;
  /** Schema contexts that name values, not places a keyword may be written (their keywords are never "allowed
   * elsewhere"). Contexts starting with '?' or '(' or holding ':' never are places. */
  valueContexts?: readonly string[];
  /** Keywords whose first argument names an action from a schema context (HAProxy `http-request` ->
   * `action:http-request`). */
  actions?: Readonly<Record<string, string>>;
  /** Action words the schema does not list one by one (HAProxy `lua.<name>`). */
  actionPattern?: RegExp;
  /** The replacement of a deprecated keyword, when the schema data (`KeywordInfo.replacement`) does not name it. */
  replacements?: Readonly<Record<string, string>>;
  /** The keyword as the schema spells it (Ceph `mon host` is `mon_host`). */
  canonicalKeyword?(keyword: string): string;
  /** Whether a node is not to be checked at all (and its children not either). */
  skip?(node: ConfigNode, parents: readonly ConfigNode[]): boolean;
  /** How the place is named in a message: `'backend app'`, `'vrrp_instance VI_1'`. Default: the innermost block's
   * keyword and arguments, quoted, or 'the top level'. */
  placeName?(parents: readonly ConfigNode[]): string;
  /** What a keyword is called in messages: `option` (Ceph), `key` (corosync). Default: `keyword`. */
  noun?: string;
  /** The product name in version messages ("needs HAProxy 3.2"). Default: the display name. */
  product?: string;
}

/** What a format contributes to hover: small hooks; the feature itself never asks which format it is. */
export interface HoverSpec {
  /**
   * The schema context a node stands in, from its enclosing sections and blocks (outermost first): a key of
   * `schema.contexts` such as `frontend` or `virtual_server/real_server`, or undefined when the format does not scope
   * keywords by where they are (any context's entry applies). Default: the parents' keywords joined with '/', or
   * '(top)' at the top level.
   */
  contextPath?(parents: readonly ConfigNode[], node: ConfigNode): string | undefined;
  /** The keyword as the schema spells it, for a keyword as written (Ceph's `mon host` is `mon_host`). */
  canonicalKeyword?(keyword: string, node: ConfigNode): string;
  /** How a keyword is written with its arguments. Default: the name, a space, the arguments. */
  signature?(info: KeywordInfo, node: ConfigNode): string;
  /** The upstream documentation of a keyword found in schema context `context`. */
  docUrl?(info: KeywordInfo, context: string): string | undefined;
}

/** Which schema contexts give the keywords at a keyword position. */
export interface CompletionContext {
  /** Schema context paths, in order of priority (keywords of later entries sort after those of earlier ones); a
   * group of paths in one entry shares its priority. */
  paths: readonly (string | readonly string[])[];
  /** Keep only these keyword names. */
  only?: readonly string[];
  /** Leave these keyword names out. */
  exclude?: readonly string[];
  /** Keyword names to add (looked up in the whole schema for their facts). */
  include?: readonly string[];
}

/** A name the file defines, expected at some position (a backend after `use_backend`, an ACL after `if`). */
export interface ReferenceKind {
  /** What the name is, shown as the item's detail: `backend`, `ACL`, `vrrp_script`. */
  what: string;
  /** Expected as argument `arg` (0-based, after the keyword) of one of these keywords... */
  afterKeyword?: { keywords: readonly string[]; arg: number };
  /** ...or as any word after one of these words of the statement (HAProxy `if` / `unless`)... */
  afterWord?: readonly string[];
  /** ...or at a keyword position inside a block with one of these keywords (keepalived `track_script { }`). */
  inBlock?: readonly string[];
  /** The names: the first argument of the nodes with these keywords... */
  definedBy: readonly string[];
  /** ...at the top level of the file, or in the innermost section or block around the cursor. */
  scope: 'top' | 'enclosing';
  /** Characters that may come before the name without being part of it (HAProxy `!`). */
  prefix?: string;
}

/** What a format contributes to completion: data and small hooks; the feature itself never asks which format it is. */
export interface CompletionSpec {
  /** The contexts for a keyword position inside `blocks` (the sections and blocks around the cursor, outermost
   * first). Default: the blocks' keywords joined by '/', dropping leading ones until the schema has the context;
   * '(top)' outside any block. */
  contexts?(blocks: readonly ConfigNode[], schema: FormatSchema): CompletionContext;
  /** Characters that end a statement besides a line break (`{`, `}`, `;`). */
  statementBreaks?: string;
  /** A key/value separator (corosync `:`, Ceph `=`): the keyword is everything before it. */
  separator?: string;
  /** Words that may come before a keyword without being one: keepalived `@host`, HAProxy `no`. */
  leadingWord?: RegExp;
  /** Whether a keyword is a block (or section) opener in a context, when the schema's `section` flag does not say. */
  isBlock?(name: string, schema: FormatSchema): boolean;
  /** The snippet for a block keyword that has none in snippets/<id>.json; `name` is its argument's placeholder. */
  blockSnippet(keyword: string, name: string | undefined): string;
  /** How a block keyword is labelled and looked up in the snippets (Ceph `[global]`). Default: the keyword. */
  blockLabel?(keyword: string): string;
  /** What follows an inserted plain keyword (corosync `: `). */
  keywordSuffix?: string;
  /** The words the format takes for yes and no, offered after a keyword the schema calls boolean. */
  booleans?: readonly string[];
  /** Values the schema does not record, by keyword. */
  values?: Readonly<Record<string, readonly string[]>>;
  /** Keywords whose values are the keyword names of a schema context (HAProxy `balance` -> `backend/balance`):
   * as argument `arg` (default 0), or from it on when `repeat`. */
  valueContexts?: Readonly<Record<string, { context: string; arg?: number; repeat?: boolean }>>;
  references?: readonly ReferenceKind[];
  /** Keywords are matched loosely (spaces, underscores and dashes alike) and filtered by the server (Ceph). */
  fuzzy?: boolean;
  /** The sort rank of a keyword (lower first), e.g. Ceph's basic options before advanced and dev ones. */
  rank?(info: KeywordInfo): number;
}
