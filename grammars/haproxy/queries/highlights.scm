; haproxy.cfg highlights (tree-sitter captures for Neovim, Helix, Zed)
(comment) @comment

; Section headers: `frontend www`, `backend app`, `global`, `defaults name`.
(section keyword: (section_keyword) @keyword)
(section
  keyword: (section_keyword)
  .
  argument: (word) @type)

; `.if` / `.elif` / `.else` / `.endif` / `.notice` ...
(conditional keyword: (conditional_keyword) @keyword)

(directive keyword: (keyword) @property)

; Words, by their look.
((word) @string
  (#match? @string "^[\"']"))
((word) @number
  (#match? @number "^[0-9]+(\\.[0-9]+)?(us|ms|s|m|h|d|k|K|M|g|G)?$"))
((word) @variable
  (#match? @variable "^\"?\\$\\{?[A-Za-z_]"))
((word) @operator
  (#match? @operator "^(if|unless|!|or|\\|\\|)$"))
((word) @punctuation.bracket
  (#match? @punctuation.bracket "^[{}]$"))
((word) @constant
  (#match? @constant "^-[a-zA-Z]$"))
