/**
 * keepalived's words, shared by grammar.js (the tree-sitter grammar) and the language server's tree mapping
 * (server/src/formats/keepalived), which splits directive lines with ARGUMENT instead of walking every word node:
 * one definition, so the two cannot disagree (a unit test checks this over the corpus).
 *
 * As keepalived reads a line (lib/parser.c): words are separated by blanks (space, tab, CR, LF, FF, VT only);
 * '"' starts a quoted word that runs to the next '"'; '#' and '!' start a comment anywhere outside quotes unless
 * escaped ('\#'); '{' and '}' end the line; `${NAME}` is replaced before braces are looked for.
 *
 * The alternatives are written for both regex engines: tree-sitter takes the longest match, JavaScript the first
 * alternative that matches, so `${NAME}` comes before the single character '$'.
 */

// A ${NAME} or ${NAME params} use inside a word.
const BRACED_USE = '\\$\\{[A-Za-z_][A-Za-z0-9_]*( +[0-9]+)*\\}';
const BLANK = '[ \\t\\n\\r\\f\\v]';
const NOT_BLANK = ' \\t\\n\\r\\f\\v';
// One character of a word: not blank, quote, brace or comment start; a backslash escapes the next character.
const WORD_CHAR = `(${BRACED_USE}|[^${NOT_BLANK}"{}#!\\\\]|\\\\[^${NOT_BLANK}{}]?)`;
const WORD_CHAR_NO_DOLLAR = `(${BRACED_USE}|[^${NOT_BLANK}"{}#!\\\\$]|\\\\[^${NOT_BLANK}{}]?)`;
// After a leading `$NAME`, a word may go on with anything but '=' (`$NAME=` starts a definition).
const WORD_CHAR_AFTER_NAME = `(${BRACED_USE}|[^${NOT_BLANK}"{}#!\\\\A-Za-z0-9_=]|\\\\[^${NOT_BLANK}{}]?)`;
const WORD_BODY = `${WORD_CHAR_NO_DOLLAR}${WORD_CHAR}*|\\$[A-Za-z0-9_]*(${WORD_CHAR_AFTER_NAME}${WORD_CHAR}*)?`;
// A word that starts with "include" but is not one of the include keywords (include, includer, ... includea).
const WORD_CHAR_NOT_RMWBA = `(${BRACED_USE}|[^${NOT_BLANK}"{}#!\\\\rmwba]|\\\\[^${NOT_BLANK}{}]?)`;
const INCLUDE_LIKE_WORD_BODY = `include([rmwba]${WORD_CHAR}+|${WORD_CHAR_NOT_RMWBA}${WORD_CHAR}*)`;
// Double-quoted; an unterminated quote runs to the end of the line.
const STRING_BODY = '"([^"\\\\\\n]|\\\\[^\\n])*"?';

/** One argument (or keyword) of a directive as the grammar lexes it; a leading '@' (a condition) does not split. */
const ARGUMENT = new RegExp(`(?!@)(${STRING_BODY}|${WORD_BODY})`);

module.exports = { BLANK, WORD_CHAR, WORD_BODY, INCLUDE_LIKE_WORD_BODY, STRING_BODY, ARGUMENT };
