/** Hover on a reference: which object it names and the first lines of its definition, from this file or another. */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../document';
import { locRange, otherPlaces, targetAt, type NavWorkspace } from '../names';

/** How many lines of the definition the preview shows. */
export const PREVIEW_LINES = 8;

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function fence(lang: string, lines: string[], more: boolean): string {
  const body = lines.map((l) => l.replace(/\s+$/, '')).join('\n');
  const ticks = body.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${body}${more ? '\n…' : ''}\n${ticks}`;
}

/** The hover of a reference, or null when the position holds no reference. */
export function referenceHover(doc: ConfigDocument, pos: Position, ws?: NavWorkspace): Hover | null {
  const target = targetAt(doc, pos);
  if (!target?.hit.ref) return null;
  const ref = target.hit.ref;
  const spec = target.names.spec;
  const label = spec.kinds[ref.kinds[0]]?.label ?? ref.kinds[0];
  const range = locRange(ref);
  const parts: string[] = [];
  const def = target.defs[0];
  if (def) {
    const start = def.node.range.start.line;
    const end = def.node.range.end.line;
    const last = Math.min(end, start + PREVIEW_LINES - 1);
    const lines: string[] = [];
    for (let l = start; l <= last; l++) lines.push(doc.textDocument.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }).replace(/\r?\n$/, ''));
    parts.push(`**${label}** \`${ref.name}\` · line ${start + 1}`, fence(doc.format.id, lines, end > last));
  } else {
    const other = otherPlaces(target, doc.uri, ws).find((o) => o.defs.length);
    if (other) {
      const d = other.defs[0];
      const lines = ws?.lines?.(other.uri, d.range.start.line, d.range.start.line + PREVIEW_LINES - 1);
      parts.push(`**${label}** \`${ref.name}\` · ${fileName(other.uri)} line ${d.range.start.line + 1}`);
      if (lines?.length) parts.push(fence(doc.format.id, lines, lines.length >= PREVIEW_LINES));
    } else if (spec.kinds[ref.kinds[0]]?.builtins?.has(ref.name)) {
      parts.push(`**${label}** \`${ref.name}\` · predefined`);
    } else {
      parts.push(`**${label}** \`${ref.name}\` · not defined in this configuration`);
    }
  }
  return { contents: { kind: 'markdown', value: parts.join('\n\n') }, range };
}
