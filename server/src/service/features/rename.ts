/**
 * Rename a named object: its definitions and references in the document and, unless the name is scoped to a section,
 * in the other files of its configuration set (one WorkspaceEdit).
 */
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../document';
import { locRange, otherPlaces, targetAt, type NameTarget, type NavWorkspace } from '../names';

/** A new name must be one plain word. */
const DEFAULT_PATTERN = /^[^\s"'`{}#;\\]+$/;

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string } | null;

function renamable(doc: ConfigDocument, target: NameTarget): string | undefined {
  const spec = target.names.spec;
  if ([...target.kinds].some((k) => spec.kinds[k]?.builtins?.has(target.name)) && !target.defs.length) {
    return `'${target.name}' is predefined by the tool and cannot be renamed.`;
  }
  if (target.defs.some((d) => d.fixed) || (target.hit.def?.fixed ?? false)) return `'${target.name}' is not written as one name here and cannot be renamed.`;
  const loc = target.hit.ref ?? target.hit.def!;
  const base = loc.anchor.offset;
  if (doc.text.slice(base + loc.s, base + loc.e) !== target.name) return `'${target.name}' is written with quotes or escapes and cannot be renamed here.`;
  return undefined;
}

/** Whether the name under the cursor can be renamed: its range and text, an error message, or null off a name. */
export function prepareRename(doc: ConfigDocument, pos: Position): PrepareRenameResult {
  const target = targetAt(doc, pos);
  if (!target) return null;
  const why = renamable(doc, target);
  if (why) return { error: why };
  const loc = target.hit.ref ?? target.hit.def!;
  return { range: locRange(loc), placeholder: target.name };
}

/** The edit that renames the object under the cursor to `newName`, or an error message. */
export function rename(doc: ConfigDocument, pos: Position, newName: string, ws?: NavWorkspace): WorkspaceEdit | { error: string } | null {
  const target = targetAt(doc, pos);
  if (!target) return null;
  const why = renamable(doc, target);
  if (why) return { error: why };
  const spec = target.names.spec;
  for (const k of target.kinds) {
    const pattern = spec.kinds[k]?.pattern ?? DEFAULT_PATTERN;
    if (!pattern.test(newName)) return { error: `'${newName}' is not a valid ${spec.kinds[k]?.label ?? k} name.` };
  }
  const changes: Record<string, TextEdit[]> = {};
  const add = (uri: string, range: Range) => {
    const list = (changes[uri] ??= []);
    if (!list.some((e) => e.range.start.line === range.start.line && e.range.start.character === range.start.character)) list.push({ range, newText: newName });
  };
  for (const d of target.defs) add(doc.uri, locRange(d));
  for (const r of target.refs) add(doc.uri, locRange(r));
  for (const o of otherPlaces(target, doc.uri, ws)) {
    for (const d of o.defs) if (!d.fixed) add(o.uri, d.range);
    for (const r of o.refs) add(o.uri, r.range);
  }
  return { changes };
}
