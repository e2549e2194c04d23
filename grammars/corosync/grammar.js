/**
 * Tree-sitter grammar for corosync.conf (corosync 3).
 *
 * corosync reads the file line by line: a line that holds '{' opens a section named by what comes before it, a
 * line with ':' is `key: value` (the value is the rest of the line, trimmed), a line holding '}' closes the
 * section, and a line starting with '#' is a comment. Newlines are therefore significant here.
 */

// Zero or more `item`s, the first `n` as direct children: tree-sitter builds a plain `repeat` as a chain of hidden
// nodes, one per item, which costs parse time and tree memory on a large file. (Each grammar keeps its own copy of
// this helper, so that it builds on its own.)
function unrolled(item, n = 16) {
  let rule = repeat(item);
  for (let i = 0; i < n; i++) rule = optional(seq(item, rule));
  return rule;
}

module.exports = grammar({
  name: 'corosync',

  extras: () => [/[ \t\r\f\v]/],

  rules: {
    config: ($) => repeat($._item),

    _item: ($) => choice($.block, $.directive, $.comment, $._newline),

    block: ($) =>
      seq(field('keyword', alias($.identifier, $.name)), '{', unrolled($._item), '}'),

    // The value runs to the end of the line, so a directive ends there; the newline is an item of its own.
    directive: ($) => seq(field('keyword', alias($.identifier, $.key)), ':', optional(field('argument', $.value))),

    identifier: () => /[^\s{}:#]+/,

    // The rest of the line, as corosync takes it (a '#' after a value is part of the value).
    value: () => token(prec(1, /[^\s][^\n]*/)),

    comment: () => token(seq('#', /[^\n]*/)),

    _newline: () => /\n/,
  },
});
