/**
 * A parsed configuration document: its text, its tree-sitter tree and its model, updated incrementally.
 *
 * On a one-range edit the tree is re-parsed incrementally and only the top-level sections or blocks that the edit or
 * tree-sitter's changed ranges touch are mapped again; the others are kept (shifted when lines moved).
 */
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Node as SyntaxNode, Parser, Tree } from 'web-tree-sitter';
import type { FormatDefinition } from './format';
import { NodeSlot, walkModel, type ConfigModel, type ConfigNode, type LineTable } from './model';
import { TreeMapper, type EditInfo } from './treeMap';
import { parserFor } from './parsers';
import { PieceText, type DocumentSource, type TextSource } from './text';

export interface DocumentLimits {
  /** Files larger than this (in characters) are not parsed. */
  maxChars: number;
  /** A parse that takes longer than this is abandoned (milliseconds). */
  parseBudgetMs: number;
}

export const DEFAULT_LIMITS: DocumentLimits = { maxChars: 5 * 1024 * 1024, parseBudgetMs: 3000 };

const EMPTY_MODEL: ConfigModel = { nodes: [], comments: [] };

/** Why a document was not parsed, as a diagnostic at the top of the file, or undefined when it can be parsed. */
export function guardDiagnostic(text: TextSource, limits: DocumentLimits): Diagnostic | undefined {
  const top: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (text.length > limits.maxChars) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    return {
      range: top,
      severity: DiagnosticSeverity.Warning,
      source: 'haconf',
      code: 'file.too-large',
      message: `This file is ${mb(text.length)} MB; haconf only analyses files up to ${mb(limits.maxChars)} MB, so it is not checked.`,
    };
  }
  if (looksBinary(text)) {
    return {
      range: top,
      severity: DiagnosticSeverity.Error,
      source: 'haconf',
      code: 'file.binary',
      message: 'This file holds binary data (NUL or control bytes), not configuration text, so it is not checked.',
    };
  }
  return undefined;
}

/** A NUL anywhere in the first 64 KiB, or more than 10% control characters there. */
export function looksBinary(text: TextSource): boolean {
  const sample = text.slice(0, 65536);
  if (sample.includes('\0')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** The schema and value diagnostics of a top-level node, relative to its anchor, for the options they were made with. */
export interface CachedCheck {
  key: string;
  /** As found in a file without syntax errors; diagnose() makes errors warnings when the file has some. */
  diagnostics: Array<{ diagnostic: Omit<Diagnostic, 'range'>; s: number; e: number }>;
  /** How many of `diagnostics`, from the start, are the schema check's (the rest are the value checks'). */
  schemaCount: number;
  /** The diagnostics as diagnose() last reported them: used again while the node stands where it stood then. */
  placed?: { at: Placement; brokenTree: boolean; syntaxErrors: boolean; list: Diagnostic[] };
}

/** Where a node's anchor stands: its line and character. A node that an edit did not touch and whose anchor has the
 * same placement has every position inside it unchanged (its offset may have moved: typing earlier on another line
 * moves offsets, not lines). */
export type Placement = Position;

export function placementOf(doc: ConfigDocument, node: ConfigNode): Placement {
  return doc.textDocument.positionAt(node.anchor.offset);
}

export function samePlacement(a: Placement, b: Placement): boolean {
  return a.line === b.line && a.character === b.character;
}

/** diagnose()'s per-node results (ConfigDocument.checkCache). */
const CHECKS = new NodeSlot<CachedCheck>();

export class ConfigDocument {
  /** diagnose()'s per-node results: a node an edit did not touch is the same object, and keeps them (on the node: a
   * node belongs to one document). */
  readonly checkCache = CHECKS;
  /** Set when the document is not parsed (too large, binary, or a parse that ran out of time). */
  guard: Diagnostic | undefined;
  private parsedTree: Tree | null = null;
  /** The model was read from the text alone (TreeSpec.lineSections `document`) and the tree is still to be made. */
  private treePending = false;
  model: ConfigModel = EMPTY_MODEL;
  /** @internal how the last one-range edit was mapped: around the edit only, or over every top-level node (tests). */
  lastRemap: 'around' | 'all' | undefined;
  /** The top-level comments' offsets (start and end, in pairs), beside model.comments. */
  private commentSpans: readonly number[] = [];
  /** The line table (the text store itself, which edits change in place), shared by every node's anchor. */
  private readonly lines: LineTable;

  private constructor(
    readonly format: FormatDefinition,
    /** The text, in pieces (see text.ts), with its line table. */
    readonly textDocument: PieceText,
    private readonly parser: Parser,
    private readonly limits: DocumentLimits,
  ) {
    this.lines = textDocument;
  }

  static async create(
    format: FormatDefinition,
    uri: string,
    text: string,
    version = 0,
    limits: DocumentLimits = DEFAULT_LIMITS,
  ): Promise<ConfigDocument> {
    const parser = await parserFor(format.id);
    const doc = new ConfigDocument(format, new PieceText(uri, format.id, version, text), parser, limits);
    doc.reparseAll(text);
    return doc;
  }

  /**
   * The syntax tree. A document read from its text when it opened has none until it is first asked for, or until
   * completeTree() makes it: reading the tree first there would delay the first diagnostics by the whole parse.
   */
  get tree(): Tree | null {
    if (this.treePending) this.completeTree();
    return this.parsedTree;
  }

  /** The text was parsed (or read) into a model: not guarded, not timed out. */
  get parsed(): boolean {
    return !this.guard && (this.treePending || this.parsedTree !== null);
  }

  /** The tree has an error (one still to be made has none: its text read without one). */
  get treeHasError(): boolean {
    return !this.treePending && !!this.parsedTree?.rootNode.hasError;
  }

  /**
   * Makes the tree of a document whose model was read from its text, if it is not made yet. True when that changed
   * what diagnose() reports: the parse ran out of time, or the tree has an error that the reading did not see (which
   * the unit tests say never happens; the model is then mapped from the tree).
   */
  completeTree(): boolean {
    if (!this.treePending) return false;
    this.treePending = false;
    const tree = this.parse();
    if (!tree) {
      this.model = EMPTY_MODEL;
      this.guard = timeoutDiagnostic(this.limits);
      return true;
    }
    this.parsedTree = tree;
    if (!tree.rootNode.hasError) return false;
    this.model = this.mapAll(tree);
    return true;
  }

  get uri(): string {
    return this.textDocument.uri;
  }
  get version(): number {
    return this.textDocument.version;
  }
  /** The whole text as one string: joined from the pieces once per version, when asked for. What runs on every edit
   * reads `source` instead. */
  get text(): string {
    return this.textDocument.getText();
  }
  /** The text, read piece by piece. */
  get source(): DocumentSource {
    return this.textDocument;
  }

  /** Applies LSP content changes (in order) and brings tree and model up to date. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    if (changes.length === 1 && 'range' in changes[0] && !this.guard && this.tree) {
      this.updateOne(changes[0], version);
      return;
    }
    this.textDocument.update(changes, version);
    this.reparseAll();
  }

  dispose(): void {
    this.parsedTree?.delete();
    this.parsedTree = null;
    this.treePending = false;
  }

  /** Parses the whole text (`text` when the caller has it as one string) or, with `old`, what the edit changed. */
  private parse(text?: string, old?: Tree | null): Tree | null {
    const deadline = Date.now() + this.limits.parseBudgetMs;
    try {
      return this.parser.parse(text ?? this.textDocument.read, old ?? null, { progressCallback: () => Date.now() > deadline });
    } catch {
      return null;
    }
  }

  private reparseAll(text?: string): void {
    this.dispose();
    this.model = EMPTY_MODEL;
    this.guard = guardDiagnostic(this.textDocument, this.limits);
    if (this.guard) return;
    const read = this.readText();
    if (read) {
      this.model = read;
      this.treePending = true;
      return;
    }
    const tree = (this.parsedTree = this.parse(text));
    if (!tree) {
      this.guard = timeoutDiagnostic(this.limits);
      return;
    }
    this.model = this.mapAll(tree);
  }

  /** The model read from the text alone, where the format's tree spec allows it and the text reads cleanly. */
  private readText(): ConfigModel | undefined {
    if (!this.format.tree.lineSections?.document) return undefined;
    const mapper = new TreeMapper(this.format.tree, this.textDocument, this.lines);
    const nodes = mapper.readDocument();
    if (!nodes) return undefined;
    this.commentSpans = mapper.topLevelCommentSpans;
    return { nodes, comments: mapper.topLevelComments };
  }

  /** A mapper for `tree` (after `edit`, when there was one). */
  private mapperFor(tree: Tree, edit?: EditInfo): TreeMapper {
    const mapper = new TreeMapper(this.format.tree, this.textDocument, this.lines, edit);
    mapper.clean = !tree.rootNode.hasError;
    return mapper;
  }

  /**
   * The model from a walk over every top-level node of `tree`; after an edit, the old nodes it left whole are kept
   * (see keepable()).
   */
  private mapAll(tree: Tree, edit?: EditInfo): ConfigModel {
    const mapper = this.mapperFor(tree, edit);
    const keep = mapper.keepable(this.model.nodes, true);
    const nodes: ConfigNode[] = [];
    const c = tree.walk();
    try {
      if (c.gotoFirstChild()) {
        do mapper.keepOrMapTopLevel(c, nodes, keep);
        while (c.gotoNextSibling());
      }
    } finally {
      c.delete();
    }
    this.commentSpans = mapper.topLevelCommentSpans;
    return { nodes, comments: mapper.topLevelComments };
  }

  private updateOne(change: TextDocumentContentChangeEvent & { range: Range }, version: number): void {
    const before = this.textDocument;
    const start = before.offsetAt(change.range.start);
    const oldEnd = before.offsetAt(change.range.end);
    const newEnd = start + change.text.length;
    const startPos = before.positionAt(start);
    const oldEndPos = before.positionAt(oldEnd);
    this.textDocument.update([change], version);
    const newEndPos = this.textDocument.positionAt(newEnd);
    const text = this.textDocument;

    // Whether the file is binary only changes with its first 64 KiB.
    this.guard = start < 65536 || text.length > this.limits.maxChars ? guardDiagnostic(text, this.limits) : undefined;
    if (this.guard) {
      this.parsedTree?.delete();
      this.parsedTree = null;
      this.model = EMPTY_MODEL;
      return;
    }
    const oldTree = this.parsedTree!;
    oldTree.edit({
      startIndex: start,
      oldEndIndex: oldEnd,
      newEndIndex: newEnd,
      startPosition: { row: startPos.line, column: startPos.character },
      oldEndPosition: { row: oldEndPos.line, column: oldEndPos.character },
      newEndPosition: { row: newEndPos.line, column: newEndPos.character },
    });
    const tree = this.parse(undefined, oldTree);
    if (!tree) {
      oldTree.delete();
      this.parsedTree = null;
      this.model = EMPTY_MODEL;
      this.guard = timeoutDiagnostic(this.limits);
      return;
    }
    const changed = oldTree.getChangedRanges(tree);
    oldTree.delete();
    this.parsedTree = tree;

    // Sections, blocks and top-level directives the edit did not touch are kept, at any depth.
    const edit = { start, oldEnd, delta: newEnd - oldEnd, changed };
    const around = this.remapAround(tree, edit, newEnd);
    this.lastRemap = around ? 'around' : 'all';
    this.model = around ?? this.mapAll(tree, edit);
  }

  /**
   * The new model from a walk over the top-level nodes around the edit only: the ones wholly before it and after it
   * (and outside what tree-sitter reports changed) are kept without visiting the tree, those after it moved by the
   * edit's length. A walk over every top-level node of a 24,000-line file crosses into WebAssembly thousands of times
   * (about 2 ms of each keystroke). Undefined when the new tree does not line up with the kept nodes at either end of
   * the walk: the caller then walks everything.
   */
  private remapAround(tree: Tree, edit: EditInfo, newEnd: number): ConfigModel | undefined {
    const old = this.model.nodes;
    const n = old.length;
    if (!n || this.commentSpans.length !== 2 * this.model.comments.length) return undefined;
    let lo = edit.start;
    let hi = newEnd;
    for (const r of edit.changed) {
      lo = Math.min(lo, r.startIndex);
      hi = Math.max(hi, r.endIndex);
    }
    // Kept before: ends before anything changed (offsets there did not move). Kept after: starts after the edit's old
    // end, and after anything changed once moved.
    let a = 0;
    while (a < n && old[a].endIndex < lo) a++;
    let b = n;
    while (b > a && old[b - 1].startIndex > edit.oldEnd && old[b - 1].startIndex + edit.delta > hi) b--;
    const prefixEnd = a > 0 ? old[a - 1].endIndex : 0;
    const suffixStart = b < n ? old[b].startIndex + edit.delta : Infinity;
    const mapper = this.mapperFor(tree, edit);
    const root = tree.rootNode;
    const keep = mapper.keepable(old.slice(a, b), true);
    const middle: ConfigNode[] = [];
    // Node by node, from the sibling after the last kept node (the child-for-offset lookups of web-tree-sitter 0.25 give
    // up after looking into a hidden node, so the walk starts from that node itself).
    let node: SyntaxNode | null;
    if (a === 0) node = root.firstChild;
    else {
      const last = old[a - 1];
      let at = root.descendantForIndex(last.startIndex, last.endIndex);
      if (!at) return undefined;
      while (at.parent && at.parent.id !== root.id && at.parent.startIndex === at.startIndex && at.parent.endIndex === at.endIndex) at = at.parent;
      // It must be a child of the root, as it was (not inside an ERROR node that now spans more).
      if (at.parent?.id !== root.id || at.startIndex !== last.startIndex || at.endIndex !== last.endIndex || at.type !== last.type) return undefined;
      node = at.nextSibling;
    }
    if (node && node.startIndex < prefixEnd) return undefined;
    while (node && node.startIndex < suffixStart) {
      const c = node.walk();
      try {
        mapper.keepOrMapTopLevel(c, middle, keep);
      } finally {
        c.delete();
      }
      node = node.nextSibling;
    }
    // The walk must end exactly on the first kept node after the edit (or at the end of the tree).
    if (b < n) {
      const next = old[b];
      if (!node || node.startIndex !== suffixStart || node.endIndex !== next.endIndex + edit.delta || node.type !== next.type) return undefined;
    } else if (node) return undefined;
    // The kept nodes after the edit move with it.
    const oldSuffixStart = b < n ? old[b].startIndex : Infinity;
    for (let i = b; i < n; i++) old[i].anchor.rel += edit.delta;
    // Top-level comments: before the walk as they were, after it moved (their positions worked out again).
    const spans: number[] = [];
    const comments: Range[] = [];
    const before = this.commentSpans;
    const kept = this.model.comments;
    let k = 0;
    for (; k < before.length && before[k] < prefixEnd; k += 2) {
      spans.push(before[k], before[k + 1]);
      comments.push(kept[k / 2]);
    }
    const walked = mapper.topLevelCommentSpans;
    for (let j = 0; j < walked.length; j += 2) {
      spans.push(walked[j], walked[j + 1]);
      comments.push(mapper.topLevelComments[j / 2]);
    }
    for (; k < before.length; k += 2) {
      if (before[k] < oldSuffixStart) continue;
      const s = before[k] + edit.delta;
      const e = before[k + 1] + edit.delta;
      spans.push(s, e);
      comments.push({ start: this.lines.positionAt(s), end: this.lines.positionAt(e) });
    }
    this.commentSpans = spans;
    return { nodes: [...old.slice(0, a), ...middle, ...old.slice(b)], comments };
  }

}

function timeoutDiagnostic(limits: DocumentLimits): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: 'haconf',
    code: 'file.parse-timeout',
    message: `Parsing this file took longer than ${limits.parseBudgetMs} ms, so it is not checked.`,
  };
}

/** Every comment of a model, top-level and inside nodes, in document order. */
export function allComments(model: ConfigModel): Range[] {
  const out = [...model.comments];
  walkModel(model.nodes, (n) => {
    const comments = n.comments;
    if (comments) out.push(...comments);
  });
  return out.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
}
