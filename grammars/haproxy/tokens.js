/**
 * HAProxy's word token, shared by grammar.js (the tree-sitter grammar) and the language server's tree mapping
 * (server/src/formats/haproxy), which splits directive lines with it instead of walking every word node: one
 * definition, so the two can never disagree (a unit test checks this over the corpus and the benchmark files too).
 *
 * One word: unquoted characters, backslash escapes, "double-quoted" and 'single-quoted' parts, in any sequence;
 * a backslash at the end of the line is kept as a character.
 */
const WORD = /([^ \t\n\r\f\v#"'\\]|\\[^\r\n]|"([^"\\\r\n]|\\[^\r\n])*"|'[^'\r\n]*')+\\?|\\/;

module.exports = { WORD };
