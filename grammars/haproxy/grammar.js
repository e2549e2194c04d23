/**
 * Tree-sitter grammar for HAProxy configuration files (haproxy.cfg).
 *
 * HAProxy reads its configuration line by line and splits each line into words (tools.c `parse_line`):
 * - words are separated by blanks (space, tab, CR, FF, VT); `#` starts a comment anywhere outside quotes, even inside a
 *   word (`b#x` is the word `b`);
 * - a backslash escapes the next character (`\ `, `\#`, `\"`, ...); a trailing backslash is kept as is;
 * - double quotes group words and allow backslash escapes and `$VAR` / `${VAR}` inside; single quotes group words
 *   literally; one word may mix quoted and unquoted parts (`foo"bar baz"qux`); an unmatched quote is an error, the
 *   only one this grammar shows (as an ERROR up to the end of the line). The other word-level errors (bad `\x` escape,
 *   bad `$` reference, more than 64 words) are checked in server/src/formats/haproxy/index.ts.
 * The first word of a line is the keyword. A line whose keyword is a section keyword (`global`, `defaults`,
 * `frontend`, `backend`, `listen`, `userlist`, `peers`, `resolvers`, ...) starts a section whose body runs until the
 * next section keyword. `.if` / `.elif` / `.else` / `.endif` and `.notice` / `.warning` / `.alert` / `.diag` are
 * lines of their own (`conditional`), at the top level or inside a section; their pairing is checked outside the
 * grammar.
 *
 * Newlines are explicit tokens. A directive takes every word up to the end of its line and that line's newline; blank
 * lines are newline items of their own, and the last line needs no newline.
 *
 * Section and conditional keywords are keywords of the line-initial word token (`_keyword_word`, the grammar's `word`
 * for keyword extraction). Later words are a different token (`word`) of higher lexical precedence: after a word,
 * where a new section could follow once the directive is reduced, the lexer still prefers `word`, so
 * `use_backend backend` keeps `backend` as an argument, while a line-initial `backend` opens a section.
 */

// One word, the section keywords and the conditional keywords (see tokens.js, shared with the language server's
// tree mapping).
const { WORD, SECTION_KEYWORDS, CONDITIONAL_KEYWORDS } = require('./tokens.js');

/**
 * Zero or more `item`s, the first `unrolled` of them as direct children of the enclosing node: tree-sitter builds a
 * `repeat` as a binary tree of hidden nodes, one per item, and those nodes are a good part of the parse time and of
 * the tree's memory on a large file. Spelled out, a directive of up to `unrolled` words, or a section of up to
 * `unrolled` lines, is one node; longer ones repeat past that. `argument` names the items as the field `argument`.
 */
function unrolledRepeat(item, unrolled, argument) {
  const one = argument ? field('argument', item) : item;
  let rule = repeat(one);
  for (let i = 0; i < unrolled; i++) rule = optional(seq(one, rule));
  return rule;
}
const words = (word, unrolled) => unrolledRepeat(word, unrolled, true);

const UNROLLED = 12;
// A section's lines: 16 spelled out took the 24,000-line benchmark file's tree from 4.7 to 3.5 MB and its full parse
// from 73 to 65 ms; 24 measured the same there and makes parser.c a third larger, 32 exceeds the generator's limit.
const LINES_UNROLLED = 16;

module.exports = grammar({
  name: 'haproxy',

  extras: () => [/[ \t\f\v\r]/],

  // Keyword extraction: the lexer reads a line-initial word, then looks it up among the section and conditional
  // keywords (a much smaller lexer than one that spells out every keyword).
  word: ($) => $._keyword_word,

  rules: {
    config: ($) => repeat(choice($.section, $._line_item)),

    _line_item: ($) => choice($.directive, $.conditional, $.comment, $._newline),

    section: ($) =>
      prec.right(
        seq(
          field('keyword', alias(choice(...SECTION_KEYWORDS), $.section_keyword)),
          words($.word, UNROLLED),
          unrolledRepeat($._line_item, LINES_UNROLLED, false),
        ),
      ),

    // A directive takes its line's newline too (when there is one: the last line may lack it), so that a section's
    // body holds one node per line rather than two.
    directive: ($) =>
      prec.right(seq(field('keyword', alias($._keyword_word, $.keyword)), words($.word, UNROLLED), optional($._newline))),

    conditional: ($) =>
      prec.right(seq(field('keyword', alias(choice(...CONDITIONAL_KEYWORDS), $.conditional_keyword)), words($.word, UNROLLED))),

    // A line's first word; also the keyword-extraction token that the section and conditional keywords are read as.
    _keyword_word: () => WORD,

    // Any later word: lexically above `_keyword_word`, so that `use_backend backend` does not open a section.
    word: () => token(prec(1, WORD)),

    comment: () => token(seq('#', /[^\n]*/)),

    _newline: () => /\n/,
  },
});
