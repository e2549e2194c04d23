#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 44
#define LARGE_STATE_COUNT 22
#define SYMBOL_COUNT 13
#define ALIAS_COUNT 1
#define TOKEN_COUNT 8
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 2
#define MAX_ALIAS_SEQUENCE_LENGTH 20
#define PRODUCTION_ID_COUNT 4

enum {
  anon_sym_LBRACE = 1,
  anon_sym_RBRACE = 2,
  anon_sym_COLON = 3,
  sym_identifier = 4,
  sym_value = 5,
  sym_comment = 6,
  sym__newline = 7,
  sym_config = 8,
  sym__item = 9,
  sym_block = 10,
  sym_directive = 11,
  aux_sym_config_repeat1 = 12,
  alias_sym_key = 13,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [anon_sym_COLON] = ":",
  [sym_identifier] = "name",
  [sym_value] = "value",
  [sym_comment] = "comment",
  [sym__newline] = "_newline",
  [sym_config] = "config",
  [sym__item] = "_item",
  [sym_block] = "block",
  [sym_directive] = "directive",
  [aux_sym_config_repeat1] = "config_repeat1",
  [alias_sym_key] = "key",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [anon_sym_COLON] = anon_sym_COLON,
  [sym_identifier] = sym_identifier,
  [sym_value] = sym_value,
  [sym_comment] = sym_comment,
  [sym__newline] = sym__newline,
  [sym_config] = sym_config,
  [sym__item] = sym__item,
  [sym_block] = sym_block,
  [sym_directive] = sym_directive,
  [aux_sym_config_repeat1] = aux_sym_config_repeat1,
  [alias_sym_key] = alias_sym_key,
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
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [sym_identifier] = {
    .visible = true,
    .named = true,
  },
  [sym_value] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym__newline] = {
    .visible = false,
    .named = true,
  },
  [sym_config] = {
    .visible = true,
    .named = true,
  },
  [sym__item] = {
    .visible = false,
    .named = true,
  },
  [sym_block] = {
    .visible = true,
    .named = true,
  },
  [sym_directive] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_config_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_key] = {
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
  [2] = {.index = 0, .length = 1},
  [3] = {.index = 1, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_keyword, 0},
  [1] =
    {field_argument, 2},
    {field_keyword, 0},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [1] = {
    [0] = alias_sym_key,
  },
  [3] = {
    [0] = alias_sym_key,
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
  [43] = 43,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(3);
      if (lookahead == '\n') ADVANCE(13);
      if (lookahead == '#') ADVANCE(12);
      if (lookahead == ':') ADVANCE(6);
      if (lookahead == '{') ADVANCE(4);
      if (lookahead == '}') ADVANCE(5);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(0)
      END_STATE();
    case 1:
      if (eof) ADVANCE(3);
      if (lookahead == '\n') ADVANCE(13);
      if (lookahead == '#') ADVANCE(12);
      if (lookahead == '}') ADVANCE(5);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(7);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(1)
      if (lookahead != 0 &&
          lookahead != ':' &&
          lookahead != '{') ADVANCE(8);
      END_STATE();
    case 2:
      if (eof) ADVANCE(3);
      if (lookahead == '\n') ADVANCE(13);
      if (lookahead == '#') ADVANCE(11);
      if (lookahead == '}') ADVANCE(11);
      if (lookahead == ':' ||
          lookahead == '{') ADVANCE(11);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(9);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(2)
      if (lookahead != 0) ADVANCE(10);
      END_STATE();
    case 3:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 4:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 5:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 6:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 7:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(7);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != ':' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(8);
      END_STATE();
    case 8:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '#' &&
          lookahead != ':' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(8);
      END_STATE();
    case 9:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '#') ADVANCE(11);
      if (lookahead == '}') ADVANCE(11);
      if (lookahead == ':' ||
          lookahead == '{') ADVANCE(11);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(9);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(9);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(10);
      END_STATE();
    case 10:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == '#' ||
          lookahead == ':' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(11);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(10);
      END_STATE();
    case 11:
      ACCEPT_TOKEN(sym_value);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(11);
      END_STATE();
    case 12:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(12);
      END_STATE();
    case 13:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 1},
  [2] = {.lex_state = 1},
  [3] = {.lex_state = 1},
  [4] = {.lex_state = 1},
  [5] = {.lex_state = 1},
  [6] = {.lex_state = 1},
  [7] = {.lex_state = 1},
  [8] = {.lex_state = 1},
  [9] = {.lex_state = 1},
  [10] = {.lex_state = 1},
  [11] = {.lex_state = 1},
  [12] = {.lex_state = 1},
  [13] = {.lex_state = 1},
  [14] = {.lex_state = 1},
  [15] = {.lex_state = 1},
  [16] = {.lex_state = 1},
  [17] = {.lex_state = 1},
  [18] = {.lex_state = 1},
  [19] = {.lex_state = 1},
  [20] = {.lex_state = 1},
  [21] = {.lex_state = 1},
  [22] = {.lex_state = 2},
  [23] = {.lex_state = 1},
  [24] = {.lex_state = 1},
  [25] = {.lex_state = 1},
  [26] = {.lex_state = 1},
  [27] = {.lex_state = 1},
  [28] = {.lex_state = 1},
  [29] = {.lex_state = 1},
  [30] = {.lex_state = 1},
  [31] = {.lex_state = 1},
  [32] = {.lex_state = 1},
  [33] = {.lex_state = 1},
  [34] = {.lex_state = 1},
  [35] = {.lex_state = 1},
  [36] = {.lex_state = 1},
  [37] = {.lex_state = 1},
  [38] = {.lex_state = 1},
  [39] = {.lex_state = 1},
  [40] = {.lex_state = 1},
  [41] = {.lex_state = 1},
  [42] = {.lex_state = 0},
  [43] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [sym_comment] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
  },
  [1] = {
    [sym_config] = STATE(43),
    [sym__item] = STATE(5),
    [sym_block] = STATE(5),
    [sym_directive] = STATE(5),
    [aux_sym_config_repeat1] = STATE(5),
    [ts_builtin_sym_end] = ACTIONS(3),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(7),
    [sym__newline] = ACTIONS(7),
  },
  [2] = {
    [sym__item] = STATE(2),
    [sym_block] = STATE(2),
    [sym_directive] = STATE(2),
    [aux_sym_config_repeat1] = STATE(2),
    [ts_builtin_sym_end] = ACTIONS(9),
    [anon_sym_RBRACE] = ACTIONS(11),
    [sym_identifier] = ACTIONS(13),
    [sym_comment] = ACTIONS(16),
    [sym__newline] = ACTIONS(16),
  },
  [3] = {
    [sym__item] = STATE(2),
    [sym_block] = STATE(2),
    [sym_directive] = STATE(2),
    [aux_sym_config_repeat1] = STATE(2),
    [anon_sym_RBRACE] = ACTIONS(19),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(21),
    [sym__newline] = ACTIONS(21),
  },
  [4] = {
    [sym__item] = STATE(3),
    [sym_block] = STATE(3),
    [sym_directive] = STATE(3),
    [aux_sym_config_repeat1] = STATE(3),
    [anon_sym_RBRACE] = ACTIONS(23),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(25),
    [sym__newline] = ACTIONS(25),
  },
  [5] = {
    [sym__item] = STATE(2),
    [sym_block] = STATE(2),
    [sym_directive] = STATE(2),
    [aux_sym_config_repeat1] = STATE(2),
    [ts_builtin_sym_end] = ACTIONS(27),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(21),
    [sym__newline] = ACTIONS(21),
  },
  [6] = {
    [sym__item] = STATE(7),
    [sym_block] = STATE(7),
    [sym_directive] = STATE(7),
    [anon_sym_RBRACE] = ACTIONS(29),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(31),
    [sym__newline] = ACTIONS(31),
  },
  [7] = {
    [sym__item] = STATE(4),
    [sym_block] = STATE(4),
    [sym_directive] = STATE(4),
    [anon_sym_RBRACE] = ACTIONS(33),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(35),
    [sym__newline] = ACTIONS(35),
  },
  [8] = {
    [sym__item] = STATE(11),
    [sym_block] = STATE(11),
    [sym_directive] = STATE(11),
    [anon_sym_RBRACE] = ACTIONS(37),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(39),
    [sym__newline] = ACTIONS(39),
  },
  [9] = {
    [sym__item] = STATE(20),
    [sym_block] = STATE(20),
    [sym_directive] = STATE(20),
    [anon_sym_RBRACE] = ACTIONS(41),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(43),
    [sym__newline] = ACTIONS(43),
  },
  [10] = {
    [sym__item] = STATE(8),
    [sym_block] = STATE(8),
    [sym_directive] = STATE(8),
    [anon_sym_RBRACE] = ACTIONS(45),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(47),
    [sym__newline] = ACTIONS(47),
  },
  [11] = {
    [sym__item] = STATE(13),
    [sym_block] = STATE(13),
    [sym_directive] = STATE(13),
    [anon_sym_RBRACE] = ACTIONS(49),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(51),
    [sym__newline] = ACTIONS(51),
  },
  [12] = {
    [sym__item] = STATE(6),
    [sym_block] = STATE(6),
    [sym_directive] = STATE(6),
    [anon_sym_RBRACE] = ACTIONS(53),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(55),
    [sym__newline] = ACTIONS(55),
  },
  [13] = {
    [sym__item] = STATE(15),
    [sym_block] = STATE(15),
    [sym_directive] = STATE(15),
    [anon_sym_RBRACE] = ACTIONS(57),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(59),
    [sym__newline] = ACTIONS(59),
  },
  [14] = {
    [sym__item] = STATE(12),
    [sym_block] = STATE(12),
    [sym_directive] = STATE(12),
    [anon_sym_RBRACE] = ACTIONS(61),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(63),
    [sym__newline] = ACTIONS(63),
  },
  [15] = {
    [sym__item] = STATE(17),
    [sym_block] = STATE(17),
    [sym_directive] = STATE(17),
    [anon_sym_RBRACE] = ACTIONS(65),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(67),
    [sym__newline] = ACTIONS(67),
  },
  [16] = {
    [sym__item] = STATE(14),
    [sym_block] = STATE(14),
    [sym_directive] = STATE(14),
    [anon_sym_RBRACE] = ACTIONS(69),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(71),
    [sym__newline] = ACTIONS(71),
  },
  [17] = {
    [sym__item] = STATE(19),
    [sym_block] = STATE(19),
    [sym_directive] = STATE(19),
    [anon_sym_RBRACE] = ACTIONS(73),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(75),
    [sym__newline] = ACTIONS(75),
  },
  [18] = {
    [sym__item] = STATE(16),
    [sym_block] = STATE(16),
    [sym_directive] = STATE(16),
    [anon_sym_RBRACE] = ACTIONS(77),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(79),
    [sym__newline] = ACTIONS(79),
  },
  [19] = {
    [sym__item] = STATE(21),
    [sym_block] = STATE(21),
    [sym_directive] = STATE(21),
    [anon_sym_RBRACE] = ACTIONS(81),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(83),
    [sym__newline] = ACTIONS(83),
  },
  [20] = {
    [sym__item] = STATE(18),
    [sym_block] = STATE(18),
    [sym_directive] = STATE(18),
    [anon_sym_RBRACE] = ACTIONS(85),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(87),
    [sym__newline] = ACTIONS(87),
  },
  [21] = {
    [sym__item] = STATE(9),
    [sym_block] = STATE(9),
    [sym_directive] = STATE(9),
    [anon_sym_RBRACE] = ACTIONS(89),
    [sym_identifier] = ACTIONS(5),
    [sym_comment] = ACTIONS(91),
    [sym__newline] = ACTIONS(91),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 3,
    ACTIONS(93), 1,
      ts_builtin_sym_end,
    ACTIONS(97), 1,
      sym_value,
    ACTIONS(95), 4,
      anon_sym_RBRACE,
      sym_identifier,
      sym_comment,
      sym__newline,
  [13] = 2,
    ACTIONS(99), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(101), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [23] = 2,
    ACTIONS(103), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(105), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [33] = 2,
    ACTIONS(107), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(109), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [43] = 2,
    ACTIONS(111), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(113), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [53] = 2,
    ACTIONS(115), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(117), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [63] = 2,
    ACTIONS(119), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(121), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [73] = 2,
    ACTIONS(123), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(125), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [83] = 2,
    ACTIONS(127), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(129), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [93] = 2,
    ACTIONS(131), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(133), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [103] = 2,
    ACTIONS(135), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(137), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [113] = 2,
    ACTIONS(139), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(141), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [123] = 2,
    ACTIONS(143), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(145), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [133] = 2,
    ACTIONS(147), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(149), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [143] = 2,
    ACTIONS(151), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(153), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [153] = 2,
    ACTIONS(155), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(157), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [163] = 2,
    ACTIONS(159), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(161), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [173] = 2,
    ACTIONS(163), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(165), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [183] = 2,
    ACTIONS(167), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(169), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [193] = 2,
    ACTIONS(171), 2,
      ts_builtin_sym_end,
      sym_identifier,
    ACTIONS(173), 3,
      anon_sym_RBRACE,
      sym_comment,
      sym__newline,
  [203] = 2,
    ACTIONS(175), 1,
      anon_sym_LBRACE,
    ACTIONS(177), 1,
      anon_sym_COLON,
  [210] = 1,
    ACTIONS(179), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(22)] = 0,
  [SMALL_STATE(23)] = 13,
  [SMALL_STATE(24)] = 23,
  [SMALL_STATE(25)] = 33,
  [SMALL_STATE(26)] = 43,
  [SMALL_STATE(27)] = 53,
  [SMALL_STATE(28)] = 63,
  [SMALL_STATE(29)] = 73,
  [SMALL_STATE(30)] = 83,
  [SMALL_STATE(31)] = 93,
  [SMALL_STATE(32)] = 103,
  [SMALL_STATE(33)] = 113,
  [SMALL_STATE(34)] = 123,
  [SMALL_STATE(35)] = 133,
  [SMALL_STATE(36)] = 143,
  [SMALL_STATE(37)] = 153,
  [SMALL_STATE(38)] = 163,
  [SMALL_STATE(39)] = 173,
  [SMALL_STATE(40)] = 183,
  [SMALL_STATE(41)] = 193,
  [SMALL_STATE(42)] = 203,
  [SMALL_STATE(43)] = 210,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [9] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2),
  [11] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2),
  [13] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(42),
  [16] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(2),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(41),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 1),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [31] = {.entry = {.count = 1, .reusable = false}}, SHIFT(7),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [45] = {.entry = {.count = 1, .reusable = false}}, SHIFT(39),
  [47] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [49] = {.entry = {.count = 1, .reusable = false}}, SHIFT(35),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [53] = {.entry = {.count = 1, .reusable = false}}, SHIFT(34),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(6),
  [57] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [59] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [61] = {.entry = {.count = 1, .reusable = false}}, SHIFT(32),
  [63] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(31),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(17),
  [69] = {.entry = {.count = 1, .reusable = false}}, SHIFT(30),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(14),
  [73] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [75] = {.entry = {.count = 1, .reusable = false}}, SHIFT(19),
  [77] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [79] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [81] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [83] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [85] = {.entry = {.count = 1, .reusable = false}}, SHIFT(26),
  [87] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [89] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [91] = {.entry = {.count = 1, .reusable = false}}, SHIFT(9),
  [93] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, .production_id = 1),
  [95] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 2, .production_id = 1),
  [97] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [99] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 4, .production_id = 2),
  [101] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 4, .production_id = 2),
  [103] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 10, .production_id = 2),
  [105] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 10, .production_id = 2),
  [107] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 11, .production_id = 2),
  [109] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 11, .production_id = 2),
  [111] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 12, .production_id = 2),
  [113] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 12, .production_id = 2),
  [115] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 9, .production_id = 2),
  [117] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 9, .production_id = 2),
  [119] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 13, .production_id = 2),
  [121] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 13, .production_id = 2),
  [123] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 8, .production_id = 2),
  [125] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 8, .production_id = 2),
  [127] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 14, .production_id = 2),
  [129] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 14, .production_id = 2),
  [131] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 7, .production_id = 2),
  [133] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 7, .production_id = 2),
  [135] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 15, .production_id = 2),
  [137] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 15, .production_id = 2),
  [139] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 6, .production_id = 2),
  [141] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 6, .production_id = 2),
  [143] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 16, .production_id = 2),
  [145] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 16, .production_id = 2),
  [147] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 5, .production_id = 2),
  [149] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 5, .production_id = 2),
  [151] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 17, .production_id = 2),
  [153] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 17, .production_id = 2),
  [155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, .production_id = 3),
  [157] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 3, .production_id = 3),
  [159] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 18, .production_id = 2),
  [161] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 18, .production_id = 2),
  [163] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 3, .production_id = 2),
  [165] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 3, .production_id = 2),
  [167] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 19, .production_id = 2),
  [169] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 19, .production_id = 2),
  [171] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 20, .production_id = 2),
  [173] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 20, .production_id = 2),
  [175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [179] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
};

#ifdef __cplusplus
extern "C" {
#endif
#ifdef _WIN32
#define extern __declspec(dllexport)
#endif

extern const TSLanguage *tree_sitter_corosync(void) {
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
