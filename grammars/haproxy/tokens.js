/**
 * HAProxy's word token, and the keywords that make a line a section header or a conditional line. Shared by
 * grammar.js (the tree-sitter grammar) and the language server's tree mapping (server/src/formats/haproxy), which
 * reads lines with them instead of walking every node: one definition, so the two can never disagree (a unit test
 * checks this over the corpus and the benchmark files too).
 *
 * One word: unquoted characters, backslash escapes, "double-quoted" and 'single-quoted' parts, in any sequence;
 * a backslash at the end of the line is kept as a character.
 */
const WORD = /([^ \t\n\r\f\v#"'\\]|\\[^\r\n]|"([^"\\\r\n]|\\[^\r\n])*"|'[^'\r\n]*')+\\?|\\/;

// What WORD makes of a run of its plain characters, for the language server's reading of lines: the run is the whole
// word where it stops at a blank, a line break, a `#` or the end of the text; at a quote or a backslash WORD decides.
const WORD_PLAIN = { ends: ' \t\n\r\f\v#', escapes: '"\'\\' };

// The section keywords of HAProxy 3.2 (REGISTER_CONFIG_SECTION in src/*.c; a unit test checks this list against
// server/src/formats/haproxy/schema.json).
const SECTION_KEYWORDS = [
  'acme',
  'backend',
  'cache',
  'crt-store',
  'defaults',
  'fcgi-app',
  'frontend',
  'global',
  'http-errors',
  'listen',
  'log-forward',
  'log-profile',
  'mailers',
  'namespace_list',
  'peers',
  'program',
  'resolvers',
  'ring',
  'traces',
  'userlist',
];

// Lines of their own, at the top level or inside a section: `.if` blocks and messages.
const CONDITIONAL_KEYWORDS = ['.if', '.elif', '.else', '.endif', '.notice', '.warning', '.alert', '.diag'];

module.exports = { WORD, WORD_PLAIN, SECTION_KEYWORDS, CONDITIONAL_KEYWORDS };
