/** Quoting rules shared by the formats (a format whose rules differ resolves its own values). */

/** Removes quotes and resolves backslash escapes: `"a b"` -> `a b`, `'x'` -> `x`, `a\ b` -> `a b`. */
export function unquote(text: string): string {
  // Most values have no quote and no backslash: a scan, not a regular expression (this runs for every argument).
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 92) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote === "'") {
      if (ch === "'") quote = '';
      else out += ch;
    } else if (ch === '\\' && i + 1 < text.length) {
      const next = text[++i];
      out += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next;
    } else if (quote === '"') {
      if (ch === '"') quote = '';
      else out += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else {
      out += ch;
    }
  }
  return out;
}
