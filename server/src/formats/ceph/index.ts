/** ceph.conf: `[section]` headers, each with the `name = value` lines up to the next header. */
import { DiagnosticSeverity, SymbolKind, type Diagnostic } from 'vscode-languageserver-types';
import type { FormatDefinition, SyntaxMessage, SyntaxProblem } from '../../service/format';
import type { ConfigModel, ConfigNode } from '../../service/model';
import { loadSchema } from '../../service/schema';
import type { DocumentSource, TextSource } from '../../service/text';
import { snippet } from '../../service/features/syntax';
import { cephDetection } from './detect';
import { cephCompletion } from './completion';
import { cephHover } from './hover';
import { cephCheck } from './check';
import { cephSemantic } from './semantic';
import { cephFormatting } from './formatting';
import { cephNames } from './names';


const DAEMON_TYPES = new Set(['mon', 'osd', 'mds', 'mgr', 'client']);

function short(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** What a section applies to: `[global]` everything, `[osd]` every OSD, `[osd.3]` one daemon. */
function sectionDetail(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === 'global') return 'all daemons and clients';
  const dot = trimmed.indexOf('.');
  const type = dot < 0 ? trimmed : trimmed.slice(0, dot);
  if (!DAEMON_TYPES.has(type)) return undefined;
  if (dot < 0) return type === 'client' ? 'all clients' : `all ${type} daemons`;
  return type === 'client' ? `client ${trimmed.slice(dot + 1)}` : `${type} daemon ${trimmed.slice(dot + 1)}`;
}

function diag(range: Diagnostic['range'], code: string, message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Error): Diagnostic {
  return { range, severity, source: 'haconf', code, message };
}

export const ceph: FormatDefinition = {
  ...cephDetection,
  completion: cephCompletion,
  hover: cephHover,
  check: cephCheck,
  semantic: cephSemantic,
  formatting: cephFormatting,
  names: cephNames,
  lineComments: ['#', ';'],
  get schema() {
    return loadSchema('ceph');
  },
  tree: {
    sections: ['section'],
    blocks: [],
    directives: ['entry'],
    comments: ['comment'],
  },

  symbol(node: ConfigNode) {
    if (node.kind !== 'section') return undefined;
    const detail = sectionDetail(node.keyword);
    const kind = node.keyword.includes('.') ? SymbolKind.Object : SymbolKind.Namespace;
    return { name: `[${node.keyword}]`, detail, kind };
  },

  syntaxMessage(p: SyntaxProblem): SyntaxMessage | undefined {
    const lineStart = p.text.lastIndexOf('\n', p.node.startIndex - 1) + 1;
    const lineEnd = p.text.indexOf('\n', p.node.startIndex);
    const line = p.text.slice(lineStart, lineEnd < 0 ? p.text.length : lineEnd).trim();
    // `mon d[ata = 1`: the '[' ends the name and seems to open a section header.
    if (/^[^[=]+\[[^=]*=/.test(line)) {
      return { code: 'syntax.bracket-in-name', message: `'${short(line.slice(0, line.indexOf('=')).trim())}' holds a '[': an option name cannot` };
    }
    if (p.what === 'missing') {
      if (p.node.type === '=') {
        // The name runs to the end of the line (or to a comment), where the '=' went missing.
        const name = p.text.slice(lineStart, p.node.startIndex).trim();
        return { code: 'syntax.not-key-value', message: `'${short(name)}' has no '=': a Ceph option needs 'name = value'` };
      }
      if (p.node.type === ']') return { code: 'syntax.unclosed-bracket', message: "missing ']' to close the section name" };
      return undefined;
    }
    const text = snippet(p);
    const node = p.node;
    // What the line holds before the ERROR.
    const before = p.text.slice(lineStart, node.startIndex).trim();
    if (!text && before) {
      // An ERROR with no text: a line break where the line was not over (a name whose '=' is on the next line).
      return { code: 'syntax.not-key-value', message: `'${short(before)}' has no '=' on its line: a Ceph option needs 'name = value' on one line` };
    }
    if (/^\[\s*\]/.test(text)) return { code: 'syntax.empty-section-name', message: "empty section name '[]'" };
    if (text.startsWith('=') && !before) {
      return { code: 'syntax.no-option-name', message: `'${short(line)}' has no option name before '='` };
    }
    if (/^\[[^\]]*\]$/.test(before)) {
      return { code: 'syntax.after-header', message: `unexpected '${text}' after the section header: only a comment may follow ']' on its line` };
    }
    if (/^[^=]*=\s*("([^"\\]|\\.)*"|'([^'\\]|\\.)*')$/.test(before)) {
      return {
        code: 'syntax.after-quoted-value',
        message: `unexpected '${text}' after the quoted value: a quoted value must be the whole value (only a comment may follow it)`,
      };
    }
    if (text && !text.includes('=') && !text.startsWith('[')) {
      return { code: 'syntax.not-key-value', message: `'${short(line)}' has no '=': a Ceph option needs 'name = value'` };
    }
    return undefined;
  },

  structuralDiagnostics(model: ConfigModel, text: DocumentSource): Diagnostic[] {
    const out: Diagnostic[] = [];
    // ceph-conf takes a file that is one single `name = value` line, but no option before the first section otherwise.
    const loose = model.nodes.filter((n) => n.kind === 'directive');
    if (loose.length && model.nodes.length > 1) {
      for (const n of loose) {
        out.push(diag(n.keywordRange, 'ceph.outside-section', `'${short(n.keyword)}' comes before any [section]: ceph-conf rejects an option outside a section (put it under [global])`));
      }
    }
    // This runs on every edit: arguments are read as text (no Arg objects) and ranges made only for what is found.
    const quotes = (n: ConfigNode) => {
      for (let i = 0; i < n.argCount; i++) if (isUnterminated(n.argText(i))) out.push(unterminated(n.args[i], text));
    };
    for (const n of model.nodes) {
      if (n.kind === 'directive') {
        quotes(n);
        continue;
      }
      // The header's '[' must start its line: what comes before the keyword on its line is '[', or blanks and '['.
      const kw = n.anchor.offset + n.ks;
      let ls = kw;
      while (ls > 0 && ls > kw - 200) {
        const c = text.charCodeAt(ls - 1);
        if (c === 10 || c === 13) break;
        ls--;
      }
      const before = text.slice(ls, kw);
      const bracket = before.indexOf('[');
      if (bracket > 0 && !before.slice(0, bracket).trim()) {
        const line = text.lineText(n.keywordRange.start.line);
        out.push(
          diag(
            { start: { line: n.keywordRange.start.line, character: 0 }, end: { line: n.keywordRange.start.line, character: line.trimEnd().length } },
            'ceph.indented-header',
            `section header '[${short(n.keyword)}]' is indented: ceph-conf only takes a '[' at the start of the line`,
          ),
        );
      }
      for (const e of n.children) quotes(e);
    }
    // Since Octopus (15) ceph-conf and the daemons parse the file with a grammar (src/common/ConfUtils.cc) in which an
    // option or a header ends with a line break, and blanks alone are no line: they refuse a last line without its
    // newline (a last comment line may go without) and a line of only blanks before the first section. Only the
    // file's ends are read here, not the whole text.
    const final = finalLineProblem(text);
    if (final) out.push(diag(final.range, 'ceph.no-final-newline', final.message));
    const first = model.nodes.find((n) => n.kind === 'section' || n.kind === 'directive');
    const lead = leadingBlankLine(text, first?.startIndex ?? text.length);
    if (lead !== undefined && lead.line !== final?.range.start.line) {
      out.push(
        diag(
          { start: { line: lead.line, character: 0 }, end: { line: lead.line, character: lead.length } },
          'ceph.blank-line-before-section',
          'this line holds only spaces or tabs before the first section: ceph-conf (Octopus and later) rejects it; make it an empty line',
        ),
      );
    }
    return out;
  },
};

/** The last line when ceph-conf refuses it for want of a newline: an option, a header or blanks with no line break
 * after them ('\r' counts as one). A last line that is only a comment is accepted. */
function finalLineProblem(text: DocumentSource): { range: Diagnostic['range']; message: string } | undefined {
  // The text after the last LF (a lone CR is no line break to ceph-conf).
  let from = text.length;
  while (from > 0 && text.charCodeAt(from - 1) !== 10) from--;
  const last = text.slice(from, text.length);
  const row = text.lineCount - 1 - (last.match(/\r(?!$)/g)?.length ?? 0);
  if (!last || /\r$/.test(last) || /^[ \t]*[#;]/.test(last)) return undefined;
  const range = { start: { line: row, character: 0 }, end: { line: row, character: last.length } };
  return last.trim()
    ? { range, message: 'the last line has no newline at its end: ceph-conf and the daemons (Octopus 15 and later) reject the file; end it with a line break' }
    : { range, message: 'the file ends in a line of only spaces or tabs with no newline: ceph-conf (Octopus 15 and later) rejects it; remove the blanks' };
}

/** The first line of only blanks before `end` (the first section or option), with its row and length. */
function leadingBlankLine(text: TextSource, end: number): { line: number; length: number } | undefined {
  let row = 0;
  for (let start = 0; start < end; row++) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const line = text.slice(start, stop).replace(/\r$/, '');
    if (line && /^[ \t]+$/.test(line)) return { line: row, length: line.length };
    if (nl < 0) break;
    start = nl + 1;
  }
  return undefined;
}


/** A value that opens a quote it does not close (the grammar's `unterminated_string`). */
function isUnterminated(text: string): boolean {
  return /^["']/.test(text) && !/^("([^"\n#;\\]|\\[^\n])*"|'([^'\n#;\\]|\\[^\n])*')$/.test(text);
}

function unterminated(a: { text: string; range: Diagnostic['range'] }, text: DocumentSource): Diagnostic {
  const q = a.text[0];
  // The quoted text stops at a '#' or ';' (a comment starts there, quotes or not) or at the end of the line.
  const next = text.lineText(a.range.end.line)[a.range.end.character];
  const hint = next === '#' || next === ';' ? ` ('${next}' starts a comment even inside quotes: escape it as '\\${next}')` : '';
  return diag(a.range, 'syntax.unterminated-string', `unterminated quoted string ${q}${short(a.text.slice(1))}: missing closing ${q}${hint}`);
}
