/**
 * Tree-sitter grammar for ceph.conf (Ceph 16 and later), after ceph-conf's own INI grammar (src/common/ConfUtils.cc).
 *
 * A file is a run of `[section]` headers, each followed by the `name = value` lines up to the next header. An
 * option name is one or more words separated by blanks (`osd pool default size`, `osd_pool_default_size`); the
 * value runs to the end of the line, or to a `#` / `;` that starts a comment, and may be one "double" or 'single'
 * quoted string. A backslash escapes the next character, and a backslash at the end of a line continues the value on
 * the next one. Lines matter, so newlines are tokens; a line that is not `name = value` comes out as a small error
 * on that line (a MISSING "=" after the name), and a header without `]` as a MISSING "]".
 *
 * What ceph-conf also rejects but the grammar keeps (the format reports it): an option before the first section, an
 * indented header, and a last line without a newline (a quirk of its parser).
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
  name: 'ceph',

  extras: () => [/[ \t\r\f\v]/, /\\\r?\n/],

  rules: {
    config: ($) => seq(repeat($._line), optional($._last_line), repeat($.section)),

    section: ($) => seq($._header, optional(seq($._newline, unrolled($._line), optional($._last_line)))),

    // A rule of its own, so that error recovery can close a header at its line's end with a MISSING "]".
    _header: ($) =>
      seq(
        '[',
        field('keyword', alias(/([^\]\n#;\\ \t]|\\[^\n])([^\]\n#;\\]|\\[^\n])*/, $.name)),
        ']',
        optional($.comment),
      ),

    entry: ($) =>
      seq(field('keyword', $.key), '=', optional(field('argument', choice($.value, $.string, $.unterminated_string)))),

    // Each line ends with a newline, but the file's last line may go without (ceph-conf 16.2 rejects that, the format
    // warns). A line that is not `name = value` cannot run on into the next one (a name is one token), so error
    // recovery repairs it on its own line with a MISSING "=" (or "]").
    _line: ($) => seq(optional($.entry), optional($.comment), $._newline),

    _last_line: ($) => choice(seq($.entry, optional($.comment)), $.comment),

    // Words separated by blanks; no '=', '[', '#' or ';' (unless escaped).
    key: () => /([^\s=\[#;\\]|\\[^\n])+([ \t]+([^\s=\[#;\\]|\\[^\n])+)*/,

    // The rest of the line up to a comment, trimmed; a backslash escapes the next character or the line end. It
    // wins over a key or a '[' where both could start (after '=').
    value: () => token(prec(1, /([^\s#;\\"']|\\[^\r\n]|\\\r?\n)(([^\n#;\\]|\\[^\r\n]|\\\r?\n)*([^\s#;\\]|\\[^\r\n]))?/)),

    // A quoted value holds no unescaped '#' or ';': ceph-conf takes those as the start of a comment there too.
    string: () => choice(/"([^"\n#;\\]|\\[^\n])*"/, /'([^'\n#;\\]|\\[^\n])*'/),

    // A quote that is not closed before the end of the line (or a comment): an error the format reports.
    unterminated_string: () => choice(/"([^"\n#;\\]|\\[^\n])*/, /'([^'\n#;\\]|\\[^\n])*/),

    _newline: () => /\n/,

    comment: () => token(seq(/[#;]/, /[^\n]*/)),
  },
});
