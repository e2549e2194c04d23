; DRBD highlights (tree-sitter-drbd): drbd.conf, global_common.conf, *.res.
; Each node gets one capture: the argument patterns exclude one another.

(comment) @comment

; Blocks: resource, on, volume, connection, net, disk, handlers, ...
(block
  keyword: (keyword) @keyword)

; Their names: resource r0, on alice, volume 0, floating 10.0.0.1:7789
(block
  argument: (word) @type)

(block
  argument: (string) @type)

; skip { ... }: a block drbdadm ignores
(skip_block
  keyword: (keyword) @keyword)

(skipped) @comment

; Statements: protocol C; device /dev/drbd0; meta-disk internal; include "drbd.d/*.res";
((statement
  keyword: (option) @keyword.import)
  (#eq? @keyword.import "include"))

((statement
  keyword: (option) @property)
  (#not-eq? @property "include"))

(statement
  argument: (word) @number
  (#match? @number "^[0-9]+[kKmMgGsS]?$"))

(statement
  argument: (word) @constant.builtin
  (#match? @constant.builtin "^(yes|no|internal|minor|ipv4|ipv6|ssocks|sdp|sci|on|off)$"))

(statement
  argument: (word) @string.special
  (#match? @string.special "^(/|\\[|[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+)"))

(string) @string

(unterminated_string) @string

["{" "}"] @punctuation.bracket

";" @punctuation.delimiter
