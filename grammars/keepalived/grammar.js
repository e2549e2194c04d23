/**
 * Tree-sitter grammar for keepalived.conf (keepalived 2.x).
 *
 * How keepalived reads the file (lib/parser.c, read_line / decomment / alloc_strvec_r):
 * - A line is a list of words separated by blanks; a word in double quotes may hold blanks ("..." has no escapes
 *   for the tokenizer; a handler may re-read the raw line with backslash escapes).
 * - '#' and '!' start a comment anywhere outside double quotes, unless escaped as '\#' or '\!'.
 * - Every '{' and '}' outside double quotes ends the line it is on: `vrrp_instance VI_1 { state MASTER }` is read as
 *   the four lines `vrrp_instance VI_1`, `{`, `state MASTER`, `}`. So a '{' may also stand on a later line than its
 *   keyword, and a block may be written on one line or closed after content on the same line.
 * - A block is `keyword args {` ... `}`; its lines are directives whose keyword is the first word (also inside
 *   free-form value blocks such as virtual_ipaddress).
 * - `@id` (or `@^id`, negated) before a line makes it conditional on the config id: field `condition`.
 * - `$NAME=value` defines a parameter (the value is the rest of the line; a final '\' continues it on the next
 *   line). Mapped as node `definition`: keyword `$NAME`, the whole value as one argument. `$NAME` and `${NAME}` in
 *   words are uses.
 * - `~SEQ(var, start, step, end) text`, `~SEQx(...)` and `~LST(...)` repeat the rest of the line: node `sequence`,
 *   keyword `~SEQ`, argument `(var, start, step, end)`, and the repeated statement as its child.
 * - `include FILE` (also includer/includem/includew/includeb/includea) takes the rest of the line as a glob: node
 *   `include`, argument = the path.
 * Newlines are therefore significant: a directive ends at the end of its line or at a brace.
 * The word and string tokens live in tokens.js, shared with the language server.
 */

const { WORD_BODY, INCLUDE_LIKE_WORD_BODY, STRING_BODY } = require('./tokens');

const INLINE_SPACE = /[ \t\f\v\r]/;

// A tail that never matches (it ends in U+FFFF), only there to make the lexer read on over the blanks, comments
// and newlines after a word, up to the next character that counts. The parser decides that `keyword args` is a
// directive, not a block, from the token after it: a '{' on a later line is one long token. For an incremental
// re-parse to see an edit in between, the last word of the line must have looked that far ahead.
const LOOKAHEAD = '(([ \\t\\f\\v\\r]*([#!][^\\n]*)?\\n)*[ \\t\\f\\v\\r]*\\uFFFF)?';

// Rest-of-line values: chunks separated by inline blanks, so that trailing blanks stay outside the node.
// (An unterminated quote runs to the end of the line; the format reports it.)
const VALUE_CHUNK = '([^ \\t\\n\\r\\f\\v#!"\\\\]|"([^"\\\\\\n]|\\\\[^\\n])*"?|\\\\[^\\n]|\\\\\\r?\\n)';
const DEFINITION_VALUE = new RegExp(`${VALUE_CHUNK}+([ \\t\\f\\v\\r]+${VALUE_CHUNK}+)*`);
const PATH_CHUNK = '([^ \\t\\n\\r\\f\\v#!\\\\]|\\\\[^\\n])';
const PATH = new RegExp(`${PATH_CHUNK}+([ \\t\\f\\v\\r]+${PATH_CHUNK}+)*`);


// Zero or more `item`s, the first `n` as direct children: tree-sitter builds a plain `repeat` as a chain of hidden
// nodes, one per item, which costs parse time and tree memory on a large file. (Each grammar keeps its own copy of
// this helper, so that it builds on its own.)
function unrolled(item, n = 16) {
  let rule = repeat(item);
  for (let i = 0; i < n; i++) rule = optional(seq(item, rule));
  return rule;
}

module.exports = grammar({
  name: 'keepalived',

  extras: ($) => [INLINE_SPACE, $.comment],

  rules: {
    config: ($) => repeat($._item),

    _item: ($) => choice($._statement, $._newline),

    _statement: ($) => choice($.block, $.directive, $.definition, $.include, $.sequence),

    // keyword args... — shared by directive and block so that the parser decides at the end of the header.
    _header: ($) =>
      prec.right(
        seq(
          optional(field('condition', $.condition)),
          // keepalived also takes a quoted first word ("state" MASTER): the keyword then keeps its quotes.
          field('keyword', alias(choice($.word, $._include_like_word, $.string), $.keyword)),
          unrolled(field('argument', $._argument), 8),
        ),
      ),

    directive: ($) => $._header,

    block: ($) => seq($._header, choice('{', alias($._open_on_next_line, '{')), unrolled($._item), '}'),

    definition: ($) =>
      seq(
        optional(field('condition', $.condition)),
        field('keyword', alias($.word, $.variable)),
        token.immediate(prec(5, '=')),
        optional(field('argument', alias($._definition_value, $.value))),
      ),

    include: ($) =>
      seq(
        optional(field('condition', $.condition)),
        field('keyword', alias($._include_keyword, $.keyword)),
        optional(field('argument', alias($._path, $.path))),
      ),

    sequence: ($) =>
      prec.right(
        seq(
          optional(field('condition', $.condition)),
          field('keyword', alias($._sequence_keyword, $.macro)),
          field('argument', alias($._sequence_parameters, $.parameters)),
          optional($._sequence_body),
        ),
      ),

    // What a sequence repeats: a statement without its own condition.
    _sequence_body: ($) => choice($.directive, $.block, $.sequence),

    _argument: ($) => choice($.word, $.string),

    word: () => token(new RegExp(`(${WORD_BODY})${LOOKAHEAD}`)),

    // `include` and its variants includer, includem, includew, includeb, includea (the keyword must stand alone:
    // `include_check` is an ordinary keyword, lexed by _include_like_word, which wins over _include_keyword).
    _include_keyword: () => token(prec(2, /include[rmwba]?/)),
    _include_like_word: () => token(prec(3, new RegExp(`${INCLUDE_LIKE_WORD_BODY}${LOOKAHEAD}`))),

    // Double-quoted; an unterminated quote runs to the end of the line (reported by the format, not the parser).
    string: () => token(new RegExp(`${STRING_BODY}${LOOKAHEAD}`)),

    condition: () => token(prec(3, /@\^?[^\s#!]*/)),

    _sequence_keyword: () => token(prec(3, /~(SEQx?|LST)/)),

    _sequence_parameters: () => token(/\([^)\n]*\)/),

    _definition_value: () => token(prec(1, DEFINITION_VALUE)),

    _path: () => token(prec(1, PATH)),

    // A '{' on a later line than its block's keyword (blank and comment lines may come between).
    _open_on_next_line: () => token(prec(1, /\n([ \t\f\v\r]*([#!][^\n]*)?\n)*[ \t\f\v\r]*\{/)),

    comment: () => token(prec(-1, /[#!][^\n]*/)),

    _newline: () => /\n/,
  },
});
