; ceph.conf highlights (tree-sitter-ceph). Each node gets one capture: the value patterns exclude one another.

(comment) @comment

; [global], [osd], [osd.3], [client.rgw.gateway-1]
(section
  keyword: (name) @type)

["[" "]"] @punctuation.bracket

; osd pool default size = 3
(entry
  keyword: (key) @property)

"=" @operator

((value) @number
  (#match? @number "^-?[0-9]+(\\.[0-9]+)?([kKmMgGtTpP]i?[bB]?)?$"))

((value) @constant.builtin
  (#match? @constant.builtin "^(true|false|yes|no|on|off|True|False)$"))

((value) @string
  (#not-match? @string "^(-?[0-9]+(\\.[0-9]+)?([kKmMgGtTpP]i?[bB]?)?|true|false|yes|no|on|off|True|False)$"))

(string) @string

(unterminated_string) @string
