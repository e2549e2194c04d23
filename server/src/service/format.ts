/**
 * What one configuration format contributes. Each format lives in its own folder under server/src/formats/ and
 * exports one FormatDefinition; feature code only ever talks to this interface.
 */
import type { Diagnostic, FoldingRange, SymbolKind } from 'vscode-languageserver-types';
import type { Node as TSNode } from 'web-tree-sitter';
import type { ConfigModel, ConfigNode } from './model';
import type { FormatSchema } from './schema';

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
  flatDirectives?: { types: readonly string[]; word: RegExp; blank: RegExp; commentStart?: string };
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
  /** Folding ranges the model's sections and blocks do not give (e.g. HAProxy `.if` ... `.endif`). */
  extraFoldingRanges?(model: ConfigModel, text: string): FoldingRange[];
  /** Structural problems the grammar accepts but the real tool rejects (e.g. an `.if` without `.endif`). */
  structuralDiagnostics?(model: ConfigModel, text: string): Diagnostic[];
}
