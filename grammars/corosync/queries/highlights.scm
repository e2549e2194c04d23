; corosync.conf highlights (tree-sitter captures for Neovim, Helix, Zed)
(comment) @comment
(block keyword: (name) @type)
(directive keyword: (key) @property)
(directive argument: (value) @string)
((directive argument: (value) @number)
  (#match? @number "^[0-9]+$"))
((directive argument: (value) @boolean)
  (#match? @boolean "^(yes|no|on|off)$"))
":" @punctuation.delimiter
["{" "}"] @punctuation.bracket
