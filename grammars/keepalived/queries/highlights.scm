; keepalived.conf highlights (tree-sitter-keepalived)

(comment) @comment

; `@lb1 priority 150`: a line that applies on one host only
(condition) @attribute

; Blocks: vrrp_instance, virtual_server, real_server, HTTP_GET, virtual_ipaddress ...
(block
  keyword: (keyword) @type)

(block
  argument: (word) @constant
  (#not-match? @constant "^[-+]?[0-9]"))

; Directives: state MASTER, priority 150, ...
(directive
  keyword: (keyword) @property)

; $NAME=value definitions and $NAME / ${NAME} uses
(definition
  keyword: (variable) @variable)

(definition
  argument: (value) @string)

((word) @variable
  (#match? @variable "^\\$"))

((keyword) @variable
  (#match? @variable "^\\$"))

; include FILE
(include
  keyword: (keyword) @keyword)

(path) @string.special

; ~SEQ(var, start, step, end) / ~LST(...)
(macro) @function.macro

(parameters) @variable.parameter

(string) @string

((word) @number
  (#match? @number "^[-+]?[0-9]+(\\.[0-9]+)?$"))

((word) @boolean
  (#match? @boolean "^(on|off|true|false|yes|no)$"))

((word) @constant.builtin
  (#match? @constant.builtin "^(MASTER|BACKUP|PASS|AH|NAT|DR|TUN|TCP|UDP|SCTP)$"))

"=" @operator

[
  "{"
  "}"
] @punctuation.bracket
