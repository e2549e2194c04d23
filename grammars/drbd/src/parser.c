#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 43
#define LARGE_STATE_COUNT 3
#define SYMBOL_COUNT 21
#define ALIAS_COUNT 2
#define TOKEN_COUNT 11
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 2
#define MAX_ALIAS_SEQUENCE_LENGTH 5
#define PRODUCTION_ID_COUNT 10

enum {
  anon_sym_LBRACE = 1,
  anon_sym_RBRACE = 2,
  anon_sym_skip = 3,
  anon_sym_SEMI = 4,
  anon_sym_LF = 5,
  sym_word = 6,
  sym_string = 7,
  sym_unterminated_string = 8,
  sym_comment = 9,
  sym__newline_brace = 10,
  sym_config = 11,
  sym_block = 12,
  sym_statement = 13,
  sym_skip_block = 14,
  sym__item = 15,
  sym__skipped = 16,
  sym__arg = 17,
  aux_sym_config_repeat1 = 18,
  aux_sym_block_repeat1 = 19,
  aux_sym_skip_block_repeat1 = 20,
  alias_sym_option = 21,
  alias_sym_skipped = 22,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [anon_sym_skip] = "keyword",
  [anon_sym_SEMI] = ";",
  [anon_sym_LF] = "\n",
  [sym_word] = "word",
  [sym_string] = "string",
  [sym_unterminated_string] = "unterminated_string",
  [sym_comment] = "comment",
  [sym__newline_brace] = "{",
  [sym_config] = "config",
  [sym_block] = "block",
  [sym_statement] = "statement",
  [sym_skip_block] = "skip_block",
  [sym__item] = "_item",
  [sym__skipped] = "_skipped",
  [sym__arg] = "_arg",
  [aux_sym_config_repeat1] = "config_repeat1",
  [aux_sym_block_repeat1] = "block_repeat1",
  [aux_sym_skip_block_repeat1] = "skip_block_repeat1",
  [alias_sym_option] = "option",
  [alias_sym_skipped] = "skipped",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [anon_sym_skip] = anon_sym_skip,
  [anon_sym_SEMI] = anon_sym_SEMI,
  [anon_sym_LF] = anon_sym_LF,
  [sym_word] = sym_word,
  [sym_string] = sym_string,
  [sym_unterminated_string] = sym_unterminated_string,
  [sym_comment] = sym_comment,
  [sym__newline_brace] = anon_sym_LBRACE,
  [sym_config] = sym_config,
  [sym_block] = sym_block,
  [sym_statement] = sym_statement,
  [sym_skip_block] = sym_skip_block,
  [sym__item] = sym__item,
  [sym__skipped] = sym__skipped,
  [sym__arg] = sym__arg,
  [aux_sym_config_repeat1] = aux_sym_config_repeat1,
  [aux_sym_block_repeat1] = aux_sym_block_repeat1,
  [aux_sym_skip_block_repeat1] = aux_sym_skip_block_repeat1,
  [alias_sym_option] = alias_sym_option,
  [alias_sym_skipped] = alias_sym_skipped,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_skip] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SEMI] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LF] = {
    .visible = true,
    .named = false,
  },
  [sym_word] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym_unterminated_string] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym__newline_brace] = {
    .visible = true,
    .named = false,
  },
  [sym_config] = {
    .visible = true,
    .named = true,
  },
  [sym_block] = {
    .visible = true,
    .named = true,
  },
  [sym_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_skip_block] = {
    .visible = true,
    .named = true,
  },
  [sym__item] = {
    .visible = false,
    .named = true,
  },
  [sym__skipped] = {
    .visible = false,
    .named = true,
  },
  [sym__arg] = {
    .visible = false,
    .named = true,
  },
  [aux_sym_config_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_skip_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_option] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_skipped] = {
    .visible = true,
    .named = true,
  },
};

enum {
  field_argument = 1,
  field_keyword = 2,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_keyword] = "keyword",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 1},
  [3] = {.index = 2, .length = 2},
  [4] = {.index = 0, .length = 1},
  [6] = {.index = 4, .length = 2},
  [7] = {.index = 0, .length = 1},
  [8] = {.index = 2, .length = 2},
  [9] = {.index = 2, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_keyword, 0},
  [1] =
    {field_argument, 0},
  [2] =
    {field_argument, 1, .inherited = true},
    {field_keyword, 0},
  [4] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [1] = {
    [0] = alias_sym_option,
  },
  [3] = {
    [0] = alias_sym_option,
  },
  [5] = {
    [0] = alias_sym_skipped,
  },
  [7] = {
    [0] = anon_sym_skip,
  },
  [9] = {
    [0] = anon_sym_skip,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(9);
      if (lookahead == '\n') ADVANCE(14);
      if (lookahead == '"') ADVANCE(22);
      if (lookahead == '#') ADVANCE(23);
      if (lookahead == ';') ADVANCE(13);
      if (lookahead == 's') ADVANCE(16);
      if (lookahead == '{') ADVANCE(10);
      if (lookahead == '}') ADVANCE(11);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(18);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(0)
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(14);
      if (lookahead == '"') ADVANCE(5);
      if (lookahead == '#') ADVANCE(23);
      if (lookahead == ';') ADVANCE(13);
      if (lookahead == '{') ADVANCE(10);
      if (lookahead == '}') ADVANCE(11);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(19);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(1)
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(3);
      if (lookahead == '"') ADVANCE(22);
      if (lookahead == '#') ADVANCE(4);
      if (lookahead == ';') ADVANCE(13);
      if (lookahead == '{') ADVANCE(10);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(19);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(2)
      if (lookahead != 0 &&
          lookahead != '}') ADVANCE(20);
      END_STATE();
    case 3:
      if (lookahead == '\n') ADVANCE(3);
      if (lookahead == '#') ADVANCE(4);
      if (lookahead == '{') ADVANCE(24);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(3);
      END_STATE();
    case 4:
      if (lookahead == '\n') ADVANCE(3);
      if (lookahead != 0) ADVANCE(4);
      END_STATE();
    case 5:
      if (lookahead == '"') ADVANCE(21);
      if (lookahead == '\\') ADVANCE(8);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(5);
      END_STATE();
    case 6:
      if (lookahead == ';') ADVANCE(13);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(6)
      END_STATE();
    case 7:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(22);
      END_STATE();
    case 8:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(5);
      END_STATE();
    case 9:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 10:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 11:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 12:
      ACCEPT_TOKEN(anon_sym_skip);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(20);
      END_STATE();
    case 13:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 14:
      ACCEPT_TOKEN(anon_sym_LF);
      END_STATE();
    case 15:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == 'i') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(20);
      END_STATE();
    case 16:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == 'k') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(20);
      END_STATE();
    case 17:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == 'p') ADVANCE(12);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(20);
      END_STATE();
    case 18:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == 's') ADVANCE(16);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(18);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(20);
      END_STATE();
    case 19:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(20);
      END_STATE();
    case 20:
      ACCEPT_TOKEN(sym_word);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(20);
      END_STATE();
    case 21:
      ACCEPT_TOKEN(sym_string);
      END_STATE();
    case 22:
      ACCEPT_TOKEN(sym_unterminated_string);
      if (lookahead == '"') ADVANCE(21);
      if (lookahead == '\\') ADVANCE(7);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(5);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(22);
      END_STATE();
    case 23:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(23);
      END_STATE();
    case 24:
      ACCEPT_TOKEN(sym__newline_brace);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 0},
  [2] = {.lex_state = 0},
  [3] = {.lex_state = 0},
  [4] = {.lex_state = 0},
  [5] = {.lex_state = 0},
  [6] = {.lex_state = 0},
  [7] = {.lex_state = 0},
  [8] = {.lex_state = 0},
  [9] = {.lex_state = 0},
  [10] = {.lex_state = 1},
  [11] = {.lex_state = 1},
  [12] = {.lex_state = 1},
  [13] = {.lex_state = 1},
  [14] = {.lex_state = 1},
  [15] = {.lex_state = 1},
  [16] = {.lex_state = 1},
  [17] = {.lex_state = 1},
  [18] = {.lex_state = 1},
  [19] = {.lex_state = 2},
  [20] = {.lex_state = 2},
  [21] = {.lex_state = 2},
  [22] = {.lex_state = 2},
  [23] = {.lex_state = 1},
  [24] = {.lex_state = 1},
  [25] = {.lex_state = 2},
  [26] = {.lex_state = 1},
  [27] = {.lex_state = 0},
  [28] = {.lex_state = 0},
  [29] = {.lex_state = 0},
  [30] = {.lex_state = 0},
  [31] = {.lex_state = 2},
  [32] = {.lex_state = 0},
  [33] = {.lex_state = 0},
  [34] = {.lex_state = 0},
  [35] = {.lex_state = 0},
  [36] = {.lex_state = 0},
  [37] = {.lex_state = 0},
  [38] = {.lex_state = 0},
  [39] = {.lex_state = 0},
  [40] = {.lex_state = 0},
  [41] = {.lex_state = 6},
  [42] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [anon_sym_skip] = ACTIONS(1),
    [anon_sym_SEMI] = ACTIONS(1),
    [anon_sym_LF] = ACTIONS(1),
    [sym_word] = ACTIONS(1),
    [sym_string] = ACTIONS(1),
    [sym_unterminated_string] = ACTIONS(1),
    [sym_comment] = ACTIONS(1),
  },
  [1] = {
    [sym_config] = STATE(42),
    [sym_block] = STATE(7),
    [sym_statement] = STATE(41),
    [sym_skip_block] = STATE(7),
    [sym__item] = STATE(7),
    [aux_sym_config_repeat1] = STATE(7),
    [ts_builtin_sym_end] = ACTIONS(3),
    [anon_sym_skip] = ACTIONS(5),
    [anon_sym_LF] = ACTIONS(7),
    [sym_word] = ACTIONS(9),
    [sym_comment] = ACTIONS(7),
  },
  [2] = {
    [sym_block] = STATE(2),
    [sym_statement] = STATE(41),
    [sym_skip_block] = STATE(2),
    [sym__item] = STATE(2),
    [aux_sym_config_repeat1] = STATE(2),
    [ts_builtin_sym_end] = ACTIONS(11),
    [anon_sym_RBRACE] = ACTIONS(13),
    [anon_sym_skip] = ACTIONS(15),
    [anon_sym_LF] = ACTIONS(18),
    [sym_word] = ACTIONS(21),
    [sym_comment] = ACTIONS(18),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 6,
    ACTIONS(5), 1,
      anon_sym_skip,
    ACTIONS(9), 1,
      sym_word,
    ACTIONS(24), 1,
      anon_sym_RBRACE,
    STATE(41), 1,
      sym_statement,
    ACTIONS(26), 2,
      anon_sym_LF,
      sym_comment,
    STATE(9), 4,
      sym_block,
      sym_skip_block,
      sym__item,
      aux_sym_config_repeat1,
  [23] = 6,
    ACTIONS(5), 1,
      anon_sym_skip,
    ACTIONS(9), 1,
      sym_word,
    ACTIONS(28), 1,
      anon_sym_RBRACE,
    STATE(41), 1,
      sym_statement,
    ACTIONS(30), 2,
      anon_sym_LF,
      sym_comment,
    STATE(2), 4,
      sym_block,
      sym_skip_block,
      sym__item,
      aux_sym_config_repeat1,
  [46] = 6,
    ACTIONS(5), 1,
      anon_sym_skip,
    ACTIONS(9), 1,
      sym_word,
    ACTIONS(32), 1,
      anon_sym_RBRACE,
    STATE(41), 1,
      sym_statement,
    ACTIONS(30), 2,
      anon_sym_LF,
      sym_comment,
    STATE(2), 4,
      sym_block,
      sym_skip_block,
      sym__item,
      aux_sym_config_repeat1,
  [69] = 6,
    ACTIONS(5), 1,
      anon_sym_skip,
    ACTIONS(9), 1,
      sym_word,
    ACTIONS(34), 1,
      anon_sym_RBRACE,
    STATE(41), 1,
      sym_statement,
    ACTIONS(36), 2,
      anon_sym_LF,
      sym_comment,
    STATE(4), 4,
      sym_block,
      sym_skip_block,
      sym__item,
      aux_sym_config_repeat1,
  [92] = 6,
    ACTIONS(5), 1,
      anon_sym_skip,
    ACTIONS(9), 1,
      sym_word,
    ACTIONS(38), 1,
      ts_builtin_sym_end,
    STATE(41), 1,
      sym_statement,
    ACTIONS(30), 2,
      anon_sym_LF,
      sym_comment,
    STATE(2), 4,
      sym_block,
      sym_skip_block,
      sym__item,
      aux_sym_config_repeat1,
  [115] = 6,
    ACTIONS(5), 1,
      anon_sym_skip,
    ACTIONS(9), 1,
      sym_word,
    ACTIONS(40), 1,
      anon_sym_RBRACE,
    STATE(41), 1,
      sym_statement,
    ACTIONS(42), 2,
      anon_sym_LF,
      sym_comment,
    STATE(5), 4,
      sym_block,
      sym_skip_block,
      sym__item,
      aux_sym_config_repeat1,
  [138] = 6,
    ACTIONS(5), 1,
      anon_sym_skip,
    ACTIONS(9), 1,
      sym_word,
    ACTIONS(44), 1,
      anon_sym_RBRACE,
    STATE(41), 1,
      sym_statement,
    ACTIONS(30), 2,
      anon_sym_LF,
      sym_comment,
    STATE(2), 4,
      sym_block,
      sym_skip_block,
      sym__item,
      aux_sym_config_repeat1,
  [161] = 5,
    ACTIONS(46), 1,
      anon_sym_LBRACE,
    ACTIONS(48), 1,
      anon_sym_RBRACE,
    ACTIONS(52), 1,
      sym_word,
    STATE(16), 2,
      sym__skipped,
      aux_sym_skip_block_repeat1,
    ACTIONS(50), 4,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [181] = 5,
    ACTIONS(46), 1,
      anon_sym_LBRACE,
    ACTIONS(52), 1,
      sym_word,
    ACTIONS(54), 1,
      anon_sym_RBRACE,
    STATE(18), 2,
      sym__skipped,
      aux_sym_skip_block_repeat1,
    ACTIONS(56), 4,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [201] = 5,
    ACTIONS(46), 1,
      anon_sym_LBRACE,
    ACTIONS(52), 1,
      sym_word,
    ACTIONS(58), 1,
      anon_sym_RBRACE,
    STATE(16), 2,
      sym__skipped,
      aux_sym_skip_block_repeat1,
    ACTIONS(50), 4,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [221] = 5,
    ACTIONS(46), 1,
      anon_sym_LBRACE,
    ACTIONS(52), 1,
      sym_word,
    ACTIONS(60), 1,
      anon_sym_RBRACE,
    STATE(10), 2,
      sym__skipped,
      aux_sym_skip_block_repeat1,
    ACTIONS(62), 4,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [241] = 5,
    ACTIONS(46), 1,
      anon_sym_LBRACE,
    ACTIONS(52), 1,
      sym_word,
    ACTIONS(64), 1,
      anon_sym_RBRACE,
    STATE(15), 2,
      sym__skipped,
      aux_sym_skip_block_repeat1,
    ACTIONS(66), 4,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [261] = 5,
    ACTIONS(46), 1,
      anon_sym_LBRACE,
    ACTIONS(52), 1,
      sym_word,
    ACTIONS(68), 1,
      anon_sym_RBRACE,
    STATE(16), 2,
      sym__skipped,
      aux_sym_skip_block_repeat1,
    ACTIONS(50), 4,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [281] = 5,
    ACTIONS(70), 1,
      anon_sym_LBRACE,
    ACTIONS(73), 1,
      anon_sym_RBRACE,
    ACTIONS(78), 1,
      sym_word,
    STATE(16), 2,
      sym__skipped,
      aux_sym_skip_block_repeat1,
    ACTIONS(75), 4,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [301] = 5,
    ACTIONS(46), 1,
      anon_sym_LBRACE,
    ACTIONS(52), 1,
      sym_word,
    ACTIONS(81), 1,
      anon_sym_RBRACE,
    STATE(12), 2,
      sym__skipped,
      aux_sym_skip_block_repeat1,
    ACTIONS(83), 4,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [321] = 5,
    ACTIONS(46), 1,
      anon_sym_LBRACE,
    ACTIONS(52), 1,
      sym_word,
    ACTIONS(85), 1,
      anon_sym_RBRACE,
    STATE(16), 2,
      sym__skipped,
      aux_sym_skip_block_repeat1,
    ACTIONS(50), 4,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [341] = 7,
    ACTIONS(87), 1,
      anon_sym_LBRACE,
    ACTIONS(89), 1,
      anon_sym_SEMI,
    ACTIONS(91), 1,
      sym_word,
    ACTIONS(95), 1,
      sym__newline_brace,
    STATE(21), 1,
      aux_sym_block_repeat1,
    STATE(31), 1,
      sym__arg,
    ACTIONS(93), 2,
      sym_string,
      sym_unterminated_string,
  [364] = 6,
    ACTIONS(91), 1,
      sym_word,
    ACTIONS(99), 1,
      anon_sym_SEMI,
    STATE(19), 1,
      aux_sym_block_repeat1,
    STATE(31), 1,
      sym__arg,
    ACTIONS(93), 2,
      sym_string,
      sym_unterminated_string,
    ACTIONS(97), 2,
      anon_sym_LBRACE,
      sym__newline_brace,
  [385] = 5,
    ACTIONS(103), 1,
      sym_word,
    STATE(21), 1,
      aux_sym_block_repeat1,
    STATE(31), 1,
      sym__arg,
    ACTIONS(106), 2,
      sym_string,
      sym_unterminated_string,
    ACTIONS(101), 3,
      anon_sym_LBRACE,
      anon_sym_SEMI,
      sym__newline_brace,
  [404] = 6,
    ACTIONS(91), 1,
      sym_word,
    ACTIONS(109), 1,
      anon_sym_LBRACE,
    ACTIONS(111), 1,
      sym__newline_brace,
    STATE(21), 1,
      aux_sym_block_repeat1,
    STATE(31), 1,
      sym__arg,
    ACTIONS(93), 2,
      sym_string,
      sym_unterminated_string,
  [424] = 2,
    ACTIONS(115), 1,
      sym_word,
    ACTIONS(113), 6,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [436] = 2,
    ACTIONS(119), 1,
      sym_word,
    ACTIONS(117), 6,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [448] = 5,
    ACTIONS(91), 1,
      sym_word,
    STATE(22), 1,
      aux_sym_block_repeat1,
    STATE(31), 1,
      sym__arg,
    ACTIONS(93), 2,
      sym_string,
      sym_unterminated_string,
    ACTIONS(121), 2,
      anon_sym_LBRACE,
      sym__newline_brace,
  [466] = 2,
    ACTIONS(125), 1,
      sym_word,
    ACTIONS(123), 6,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_SEMI,
      anon_sym_LF,
      sym_string,
      sym_comment,
  [478] = 2,
    ACTIONS(127), 1,
      ts_builtin_sym_end,
    ACTIONS(129), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [489] = 2,
    ACTIONS(131), 1,
      ts_builtin_sym_end,
    ACTIONS(133), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [500] = 2,
    ACTIONS(135), 1,
      ts_builtin_sym_end,
    ACTIONS(137), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [511] = 2,
    ACTIONS(135), 1,
      ts_builtin_sym_end,
    ACTIONS(137), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [522] = 2,
    ACTIONS(141), 1,
      sym_word,
    ACTIONS(139), 5,
      anon_sym_LBRACE,
      anon_sym_SEMI,
      sym_string,
      sym_unterminated_string,
      sym__newline_brace,
  [533] = 2,
    ACTIONS(143), 1,
      ts_builtin_sym_end,
    ACTIONS(145), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [544] = 2,
    ACTIONS(147), 1,
      ts_builtin_sym_end,
    ACTIONS(149), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [555] = 2,
    ACTIONS(147), 1,
      ts_builtin_sym_end,
    ACTIONS(149), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [566] = 2,
    ACTIONS(151), 1,
      ts_builtin_sym_end,
    ACTIONS(153), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [577] = 2,
    ACTIONS(155), 1,
      ts_builtin_sym_end,
    ACTIONS(157), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [588] = 2,
    ACTIONS(159), 1,
      ts_builtin_sym_end,
    ACTIONS(161), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [599] = 2,
    ACTIONS(159), 1,
      ts_builtin_sym_end,
    ACTIONS(161), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [610] = 2,
    ACTIONS(163), 1,
      ts_builtin_sym_end,
    ACTIONS(165), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [621] = 2,
    ACTIONS(163), 1,
      ts_builtin_sym_end,
    ACTIONS(165), 5,
      anon_sym_RBRACE,
      anon_sym_skip,
      anon_sym_LF,
      sym_word,
      sym_comment,
  [632] = 1,
    ACTIONS(167), 1,
      anon_sym_SEMI,
  [636] = 1,
    ACTIONS(169), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(3)] = 0,
  [SMALL_STATE(4)] = 23,
  [SMALL_STATE(5)] = 46,
  [SMALL_STATE(6)] = 69,
  [SMALL_STATE(7)] = 92,
  [SMALL_STATE(8)] = 115,
  [SMALL_STATE(9)] = 138,
  [SMALL_STATE(10)] = 161,
  [SMALL_STATE(11)] = 181,
  [SMALL_STATE(12)] = 201,
  [SMALL_STATE(13)] = 221,
  [SMALL_STATE(14)] = 241,
  [SMALL_STATE(15)] = 261,
  [SMALL_STATE(16)] = 281,
  [SMALL_STATE(17)] = 301,
  [SMALL_STATE(18)] = 321,
  [SMALL_STATE(19)] = 341,
  [SMALL_STATE(20)] = 364,
  [SMALL_STATE(21)] = 385,
  [SMALL_STATE(22)] = 404,
  [SMALL_STATE(23)] = 424,
  [SMALL_STATE(24)] = 436,
  [SMALL_STATE(25)] = 448,
  [SMALL_STATE(26)] = 466,
  [SMALL_STATE(27)] = 478,
  [SMALL_STATE(28)] = 489,
  [SMALL_STATE(29)] = 500,
  [SMALL_STATE(30)] = 511,
  [SMALL_STATE(31)] = 522,
  [SMALL_STATE(32)] = 533,
  [SMALL_STATE(33)] = 544,
  [SMALL_STATE(34)] = 555,
  [SMALL_STATE(35)] = 566,
  [SMALL_STATE(36)] = 577,
  [SMALL_STATE(37)] = 588,
  [SMALL_STATE(38)] = 599,
  [SMALL_STATE(39)] = 610,
  [SMALL_STATE(40)] = 621,
  [SMALL_STATE(41)] = 632,
  [SMALL_STATE(42)] = 636,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 0),
  [5] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(7),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [11] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2),
  [13] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2),
  [15] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(25),
  [18] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(2),
  [21] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(20),
  [24] = {.entry = {.count = 1, .reusable = false}}, SHIFT(35),
  [26] = {.entry = {.count = 1, .reusable = false}}, SHIFT(9),
  [28] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [30] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [32] = {.entry = {.count = 1, .reusable = false}}, SHIFT(39),
  [34] = {.entry = {.count = 1, .reusable = false}}, SHIFT(34),
  [36] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [38] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 1),
  [40] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [42] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [44] = {.entry = {.count = 1, .reusable = false}}, SHIFT(32),
  [46] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [48] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [50] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [52] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [54] = {.entry = {.count = 1, .reusable = false}}, SHIFT(26),
  [56] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [58] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [60] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [62] = {.entry = {.count = 1, .reusable = false}}, SHIFT(10),
  [64] = {.entry = {.count = 1, .reusable = false}}, SHIFT(30),
  [66] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [68] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [70] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_skip_block_repeat1, 2), SHIFT_REPEAT(11),
  [73] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_skip_block_repeat1, 2),
  [75] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_skip_block_repeat1, 2), SHIFT_REPEAT(16),
  [78] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_skip_block_repeat1, 2), SHIFT_REPEAT(24),
  [81] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [83] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [85] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [87] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [89] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_statement, 2, .production_id = 3),
  [91] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [93] = {.entry = {.count = 1, .reusable = false}}, SHIFT(31),
  [95] = {.entry = {.count = 1, .reusable = false}}, SHIFT(6),
  [97] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [99] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_statement, 1, .production_id = 1),
  [101] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2, .production_id = 6),
  [103] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2, .production_id = 6), SHIFT_REPEAT(31),
  [106] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2, .production_id = 6), SHIFT_REPEAT(31),
  [109] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [111] = {.entry = {.count = 1, .reusable = false}}, SHIFT(14),
  [113] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__skipped, 3),
  [115] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__skipped, 3),
  [117] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__skipped, 1, .production_id = 5),
  [119] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__skipped, 1, .production_id = 5),
  [121] = {.entry = {.count = 1, .reusable = false}}, SHIFT(17),
  [123] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__skipped, 2),
  [125] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__skipped, 2),
  [127] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_skip_block, 4, .production_id = 4),
  [129] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_skip_block, 4, .production_id = 4),
  [131] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__item, 2),
  [133] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__item, 2),
  [135] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_skip_block, 4, .production_id = 8),
  [137] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_skip_block, 4, .production_id = 8),
  [139] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 1, .production_id = 2),
  [141] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 1, .production_id = 2),
  [143] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 4, .production_id = 7),
  [145] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 4, .production_id = 7),
  [147] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 4, .production_id = 9),
  [149] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 4, .production_id = 9),
  [151] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 3, .production_id = 7),
  [153] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 3, .production_id = 7),
  [155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_skip_block, 3, .production_id = 4),
  [157] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_skip_block, 3, .production_id = 4),
  [159] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_skip_block, 5, .production_id = 8),
  [161] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_skip_block, 5, .production_id = 8),
  [163] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 5, .production_id = 9),
  [165] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 5, .production_id = 9),
  [167] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [169] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
};

#ifdef __cplusplus
extern "C" {
#endif
#ifdef _WIN32
#define extern __declspec(dllexport)
#endif

extern const TSLanguage *tree_sitter_drbd(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
