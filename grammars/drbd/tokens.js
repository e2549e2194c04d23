/**
 * DRBD's argument tokens, shared by grammar.js (the tree-sitter grammar) and the language server's tree mapping
 * (server/src/formats/drbd), which splits statements with them instead of walking every word node: one definition,
 * so the two cannot disagree (test/unit/flat.test.ts checks it over the corpus).
 */

// A bare word: anything up to white space, a brace, ';', '#' (a comment starts anywhere) or a quote.
const WORD = /[^\s{};#"]+/;

// A double-quoted string on one line, with backslash escapes.
const STRING = /"([^"\\\n]|\\[^\n])*"/;

// A quote that is not closed on its line, up to a brace (so that the block structure survives) or the line's end.
const UNTERMINATED_STRING = /"([^"\\\n{}]|\\[^\n])*/;

// Any one argument, as the lexer takes it (a closed string wins over an unterminated one: it is always longer).
const ARG = new RegExp(`${WORD.source}|${STRING.source}|${UNTERMINATED_STRING.source}`);

module.exports = { WORD, STRING, UNTERMINATED_STRING, ARG };
