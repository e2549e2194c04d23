/**
 * A parsed configuration document: its text, its tree-sitter tree and its model, updated incrementally.
 *
 * On a one-range edit the tree is re-parsed incrementally and only the top-level sections or blocks that the edit or
 * tree-sitter's changed ranges touch are mapped again; the others are kept (shifted when lines moved).
 */
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Parser, Tree } from 'web-tree-sitter';
import type { FormatDefinition } from './format';
import { walkModel, type ConfigModel, type ConfigNode, type LineTable } from './model';
import { TreeMapper } from './treeMap';
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

/** Where a node's anchor stands: its offset, line and character. A node that an edit did not touch and whose anchor
 * has the same placement has every position inside it unchanged. */
export interface Placement {
  offset: number;
  line: number;
  character: number;
}

export function placementOf(doc: ConfigDocument, node: ConfigNode): Placement {
  const offset = node.anchor.offset;
  const { line, character } = doc.textDocument.positionAt(offset);
  return { offset, line, character };
}

export function samePlacement(a: Placement, b: Placement): boolean {
  return a.offset === b.offset && a.line === b.line && a.character === b.character;
}

export class ConfigDocument {
  /** diagnose()'s per-node results: a node an edit did not touch is the same object, and keeps them. */
  readonly checkCache = new WeakMap<ConfigNode, CachedCheck>();
  /** Set when the document is not parsed (too large, binary, or a parse that ran out of time). */
  guard: Diagnostic | undefined;
  tree: Tree | null = null;
  model: ConfigModel = EMPTY_MODEL;
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
    if (changes.length === 1 && 'range' in changes[0] && this.tree && !this.guard) {
      this.updateOne(changes[0], version);
      return;
    }
    this.textDocument.update(changes, version);
    this.reparseAll();
  }

  dispose(): void {
    this.tree?.delete();
    this.tree = null;
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
    this.tree?.delete();
    this.tree = null;
    this.model = EMPTY_MODEL;
    this.guard = guardDiagnostic(this.textDocument, this.limits);
    if (this.guard) return;
    this.tree = this.parse(text);
    if (!this.tree) {
      this.guard = timeoutDiagnostic(this.limits);
      return;
    }
    this.model = this.mapAll();
  }

  private mapAll(): ConfigModel {
    const mapper = new TreeMapper(this.format.tree, this.textDocument, this.lines);
    const nodes: ConfigNode[] = [];
    const c = this.tree!.walk();
    try {
      if (c.gotoFirstChild()) {
        do mapper.mapTopLevel(c, nodes);
        while (c.gotoNextSibling());
      }
    } finally {
      c.delete();
    }
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
      this.tree?.delete();
      this.tree = null;
      this.model = EMPTY_MODEL;
      return;
    }
    const oldTree = this.tree!;
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
      this.tree = null;
      this.model = EMPTY_MODEL;
      this.guard = timeoutDiagnostic(this.limits);
      return;
    }
    const changed = oldTree.getChangedRanges(tree);
    oldTree.delete();
    this.tree = tree;

    // Sections, blocks and top-level directives the edit did not touch are kept, at any depth.
    const mapper = new TreeMapper(this.format.tree, text, this.lines, { start, oldEnd, delta: newEnd - oldEnd, changed });
    const keep = mapper.keepable(this.model.nodes, true);
    const nodes: ConfigNode[] = [];
    const c = tree.walk();
    try {
      if (c.gotoFirstChild()) {
        do {
          const prev = keep?.get(c.startIndex);
          if (prev && mapper.reuse(prev, c, c.nodeType, null)) nodes.push(prev);
          else mapper.mapTopLevel(c, nodes, prev);
        } while (c.gotoNextSibling());
      }
    } finally {
      c.delete();
    }
    this.model = { nodes, comments: mapper.topLevelComments };
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
