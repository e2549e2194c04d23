/**
 * One line on what each diagnostic code means, for SARIF's rule table (and anyone who wants the list). Semantic
 * rules describe themselves (SemanticRule.description); the other codes are listed here, and a code this table does
 * not know is described by its family (`syntax.`, `schema.`, `value.`, a format's own prefix).
 */
import { registry } from '../formats';

const KNOWN: Record<string, string> = {
  // The file as a whole.
  'file.too-large': 'The file is larger than haconf analyses, so it was not checked.',
  'file.binary': 'The file holds binary data, not configuration text.',
  'file.parse-timeout': 'Parsing the file took too long, so it was not checked.',
  // Syntax.
  'syntax.unexpected': 'Text the format cannot read at this place.',
  'syntax.missing': 'A token the format requires is missing.',
  'syntax.unterminated-string': 'A quoted string is never closed.',
  'syntax.unclosed-block': 'A block is opened but never closed.',
  'syntax.unmatched-brace': "A closing '}' with no block open.",
  'syntax.unexpected-brace': "An opening '{' with no block keyword before it.",
  'syntax.missing-brace': "A '{' or '}' is missing.",
  'syntax.missing-open-brace': "A block keyword without its '{'.",
  'syntax.missing-semicolon': "A statement not ended by ';'.",
  'syntax.not-key-value': "A line that is neither 'key: value' nor a section opening or closing.",
  'syntax.unclosed-bracket': "A section header whose '[' is never closed.",
  'syntax.bracket-in-name': 'A bracket inside a section name.',
  'syntax.empty-section-name': 'A section header with no name.',
  'syntax.no-option-name': "A line with '=' but no option name before it.",
  'syntax.after-header': 'Text after a section header on the same line.',
  'syntax.after-quoted-value': 'Text after a quoted value on the same line.',
  'syntax.bad-hex-escape': 'An invalid hexadecimal escape in a quoted string.',
  'syntax.bad-variable': 'A malformed variable definition or reference.',
  'syntax.unclosed-variable': 'A variable reference that is never closed.',
  'syntax.lone-condition': 'A condition prefix with no statement after it.',
  'syntax.bad-sequence': 'A malformed ~SEQ or ~LST repetition line.',
  'syntax.too-many-words': 'A statement with more words than the format allows.',
  'syntax.statement-over-lines': 'A statement that runs over several lines where the format ends it at the line end.',
  'syntax.empty-statement': "A statement with nothing before its ';'.",
  'syntax.conditional-unmatched': "An '.elif', '.else' or '.endif' with no matching '.if'.",
  'syntax.conditional-after-else': "An '.elif' or '.else' after the '.else' of its '.if'.",
  'syntax.conditional-unclosed': "An '.if' that is never closed by '.endif'.",
  // Keywords.
  'schema.unknown-keyword': 'A keyword the tool does not know, with the likely intended one.',
  'schema.wrong-section': 'A known keyword written in a section or block where it is not allowed.',
  'schema.deprecated': 'A deprecated keyword, with its replacement where there is one.',
  'schema.version': 'A keyword the selected tool version does not have.',
  // Values.
  'value.address': 'An invalid IP address, network or host:port.',
  'value.port-range': 'A port number out of range.',
  'value.integer-range': 'A number out of the range the keyword accepts.',
  'value.number': 'A value that must be a number and is not.',
  'value.enum': 'A value that is not one of those the keyword accepts.',
  'value.boolean': 'A value that must be a yes/no value and is not.',
  'value.uuid': 'A value that must be a UUID and is not.',
  'value.duration': 'An invalid duration.',
  'value.size': 'An invalid size.',
  'value.arity': 'A keyword with too few or too many arguments.',
  // Format-specific structure.
  'ceph.outside-section': 'A Ceph option before any [section].',
  'ceph.indented-header': 'An indented [section] header, which ceph-conf does not read as one.',
  'ceph.no-final-newline': 'A last line without a newline (or of only blanks), which ceph-conf rejects since Octopus (15).',
  'ceph.blank-line-before-section': 'A line of only blanks before the first section, which ceph-conf rejects since Octopus (15).',
  'drbd.top-level': 'A DRBD statement that cannot stand at the top level.',
  // Includes (haconf check).
  'include.not-found': 'An include whose file, or whose pattern\'s folder, does not exist.',
  'include.no-match': 'An include pattern that matches no file.',
  'include.not-a-file': 'An include that names a folder instead of a file.',
  'include.not-followed': 'An include haconf cannot follow (its path uses a variable).',
  'include.fragment': 'A file included inside a block: only its syntax is checked on its own.',
  'include.too-deep': 'Includes nested deeper than haconf follows.',
  // haconf itself.
  'internal.rule-failed': 'A haconf check failed on the file and was skipped.',
};

const FAMILIES: [string, string][] = [
  ['syntax.', 'A syntax error: the tool cannot read this text.'],
  ['schema.', 'A keyword problem: unknown, misplaced, deprecated or not in the selected version.'],
  ['value.', 'A value the keyword does not accept.'],
  ['include.', 'A problem with an included file.'],
  ['file.', 'The file could not be analysed.'],
];

let semantic: Map<string, string> | undefined;

/** A short description of what a diagnostic code reports. */
export function describeCode(code: string): string {
  const known = KNOWN[code];
  if (known) return known;
  semantic ??= new Map(registry.formats.flatMap((f) => (f.semantic ?? []).map((r) => [r.code, r.description] as [string, string])));
  const rule = semantic.get(code);
  if (rule) return rule;
  for (const [prefix, text] of FAMILIES) if (code.startsWith(prefix)) return text;
  const format = registry.get(code.slice(0, code.indexOf('.')));
  if (format) return `A ${format.displayName} configuration problem (${code.slice(code.indexOf('.') + 1).replace(/-/g, ' ')}).`;
  return `haconf check '${code}'.`;
}
