/**
 * Tree-sitter grammar for DRBD configuration (drbd.conf, global_common.conf, *.res; drbd-utils 8.4 and 9).
 *
 * drbdadm's scanner ignores white space and reads `;`-terminated statements (`protocol C;`, `address
 * 10.0.0.1:7789;`) and brace blocks (`resource r0 { ... }`, `on alice { ... }`, `disk { ... }`). `#` starts a
 * comment anywhere, to the end of the line; strings are double-quoted, with backslash escapes, on one line.
 *
 * Real files put one statement on a line, so newlines are tokens here: a statement ends on its own line, and a
 * line that lacks its `;` comes out as a MISSING ";" right after the statement instead of running into the next
 * line (a statement that drbdadm would read over several lines is an error here). The newline is an anonymous,
 * visible '\n' token, not a hidden `_newline`: error recovery charges less for skipping a hidden token than for
 * inserting a MISSING one, and would join the two lines. A block's `{` may still sit on the next line
 * (`resource r0\n{`), through a token that takes the newline (and comments) with it. `skip ... { ... }` comments
 * a whole block out: drbdadm skips any tokens in it, so its body is kept as raw, balanced tokens.
 *
 * The argument tokens live in tokens.js, shared with the language server's flat statement splitting.
 */
const { WORD, STRING, UNTERMINATED_STRING } = require('./tokens.js');


// Zero or more `item`s, the first `n` as direct children: tree-sitter builds a plain `repeat` as a chain of hidden
// nodes, one per item, which costs parse time and tree memory on a large file. (Each grammar keeps its own copy of
// this helper, so that it builds on its own.)
function unrolled(item, n = 16) {
  let rule = repeat(item);
  for (let i = 0; i < n; i++) rule = optional(seq(item, rule));
  return rule;
}

module.exports = grammar({
  name: 'drbd',

  extras: () => [/[ \t\r\f\v]/],

  // No keyword extraction (`word:`): with it, every block and statement starts with the keyword-capture token, which
  // tree-sitter will not reuse across an edit where `skip` may also start an item, so a one-character edit re-parsed
  // the whole file (50 ms for 24,000 lines, against 5.6 ms without). `skip` still wins over a bare word of the same
  // length (a literal beats a pattern), and is a word wherever it cannot start a block.


  rules: {
    config: ($) => repeat($._item),

    block: ($) =>
      seq(
        field('keyword', alias($.word, $.keyword)),
        unrolled(field('argument', $._arg), 6),
        choice('{', alias($._newline_brace, '{')),
        unrolled($._item),
        '}',
      ),

    // The ';' belongs to the enclosing level, so a missing one is a MISSING ";" right after the statement.
    statement: ($) => seq(field('keyword', alias($.word, $.option)), unrolled(field('argument', $._arg), 6)),

    skip_block: ($) =>
      seq(
        field('keyword', alias('skip', $.keyword)),
        repeat(field('argument', $._arg)),
        choice('{', alias($._newline_brace, '{')),
        repeat($._skipped),
        '}',
      ),

    // After the rules that hold '}' and ';': error recovery tries MISSING tokens in the order they were declared,
    // and a missing '}' at the end of the file must be tried before a missing newline.
    _item: ($) => choice($.block, $.skip_block, seq($.statement, ';'), $.comment, '\n'),

    _skipped: ($) => choice(alias($.word, $.skipped), $.string, ';', $.comment, '\n', seq('{', repeat($._skipped), '}')),

    _arg: ($) => choice($.word, $.string, $.unterminated_string),

    word: () => WORD,

    string: () => STRING,

    // A quote that is not closed on its line: kept as an argument (up to a brace, so the block structure
    // survives) so that the message can name it; the statement then lacks its ';' on that line.
    unterminated_string: () => UNTERMINATED_STRING,

    comment: () => token(seq('#', /[^\n]*/)),

    _newline_brace: () => /(#[^\n]*)?(\n[ \t\r\f\v]*(#[^\n]*)?)*\n[ \t\r\f\v]*\{/,
  },
});
