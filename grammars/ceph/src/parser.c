#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 33
#define LARGE_STATE_COUNT 3
#define SYMBOL_COUNT 23
#define ALIAS_COUNT 0
#define TOKEN_COUNT 13
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 2
#define MAX_ALIAS_SEQUENCE_LENGTH 4
#define PRODUCTION_ID_COUNT 5

enum {
  anon_sym_LBRACK = 1,
  aux_sym__header_token1 = 2,
  anon_sym_RBRACK = 3,
  anon_sym_EQ = 4,
  sym_key = 5,
  sym_value = 6,
  aux_sym_string_token1 = 7,
  aux_sym_string_token2 = 8,
  aux_sym_unterminated_string_token1 = 9,
  aux_sym_unterminated_string_token2 = 10,
  sym__newline = 11,
  sym_comment = 12,
  sym_config = 13,
  sym_section = 14,
  sym__header = 15,
  sym_entry = 16,
  sym__line = 17,
  sym__last_line = 18,
  sym_string = 19,
  sym_unterminated_string = 20,
  aux_sym_config_repeat1 = 21,
  aux_sym_config_repeat2 = 22,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_LBRACK] = "[",
  [aux_sym__header_token1] = "name",
  [anon_sym_RBRACK] = "]",
  [anon_sym_EQ] = "=",
  [sym_key] = "key",
  [sym_value] = "value",
  [aux_sym_string_token1] = "string_token1",
  [aux_sym_string_token2] = "string_token2",
  [aux_sym_unterminated_string_token1] = "unterminated_string_token1",
  [aux_sym_unterminated_string_token2] = "unterminated_string_token2",
  [sym__newline] = "_newline",
  [sym_comment] = "comment",
  [sym_config] = "config",
  [sym_section] = "section",
  [sym__header] = "_header",
  [sym_entry] = "entry",
  [sym__line] = "_line",
  [sym__last_line] = "_last_line",
  [sym_string] = "string",
  [sym_unterminated_string] = "unterminated_string",
  [aux_sym_config_repeat1] = "config_repeat1",
  [aux_sym_config_repeat2] = "config_repeat2",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_LBRACK] = anon_sym_LBRACK,
  [aux_sym__header_token1] = aux_sym__header_token1,
  [anon_sym_RBRACK] = anon_sym_RBRACK,
  [anon_sym_EQ] = anon_sym_EQ,
  [sym_key] = sym_key,
  [sym_value] = sym_value,
  [aux_sym_string_token1] = aux_sym_string_token1,
  [aux_sym_string_token2] = aux_sym_string_token2,
  [aux_sym_unterminated_string_token1] = aux_sym_unterminated_string_token1,
  [aux_sym_unterminated_string_token2] = aux_sym_unterminated_string_token2,
  [sym__newline] = sym__newline,
  [sym_comment] = sym_comment,
  [sym_config] = sym_config,
  [sym_section] = sym_section,
  [sym__header] = sym__header,
  [sym_entry] = sym_entry,
  [sym__line] = sym__line,
  [sym__last_line] = sym__last_line,
  [sym_string] = sym_string,
  [sym_unterminated_string] = sym_unterminated_string,
  [aux_sym_config_repeat1] = aux_sym_config_repeat1,
  [aux_sym_config_repeat2] = aux_sym_config_repeat2,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_LBRACK] = {
    .visible = true,
    .named = false,
  },
  [aux_sym__header_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_RBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [sym_key] = {
    .visible = true,
    .named = true,
  },
  [sym_value] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_string_token1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_string_token2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_unterminated_string_token1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_unterminated_string_token2] = {
    .visible = false,
    .named = false,
  },
  [sym__newline] = {
    .visible = false,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_config] = {
    .visible = true,
    .named = true,
  },
  [sym_section] = {
    .visible = true,
    .named = true,
  },
  [sym__header] = {
    .visible = false,
    .named = true,
  },
  [sym_entry] = {
    .visible = true,
    .named = true,
  },
  [sym__line] = {
    .visible = false,
    .named = true,
  },
  [sym__last_line] = {
    .visible = false,
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
  [aux_sym_config_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_config_repeat2] = {
    .visible = false,
    .named = false,
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
  [3] = {.index = 2, .length = 1},
  [4] = {.index = 3, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_keyword, 0, .inherited = true},
  [1] =
    {field_keyword, 0},
  [2] =
    {field_keyword, 1},
  [3] =
    {field_argument, 2},
    {field_keyword, 0},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
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
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(23);
      if (lookahead == '\n') ADVANCE(43);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == '\'') ADVANCE(41);
      if (lookahead == '=') ADVANCE(28);
      if (lookahead == '[') ADVANCE(24);
      if (lookahead == '\\') SKIP(20)
      if (lookahead == ']') ADVANCE(27);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(44);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(0)
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(43);
      if (lookahead == '\r') SKIP(3)
      if (lookahead == '[') ADVANCE(24);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(44);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(29);
      if (lookahead != 0 &&
          lookahead != '=') ADVANCE(30);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(43);
      if (lookahead == '"') ADVANCE(31);
      if (lookahead == '\'') ADVANCE(33);
      if (lookahead == '[') ADVANCE(34);
      if (lookahead == '\\') ADVANCE(6);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(44);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(32);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(2);
      if (lookahead != 0) ADVANCE(34);
      END_STATE();
    case 3:
      if (lookahead == '\n') ADVANCE(43);
      if (lookahead == '[') ADVANCE(24);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(44);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(29);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(3)
      if (lookahead != 0 &&
          lookahead != '=') ADVANCE(30);
      END_STATE();
    case 4:
      if (lookahead == '\n') SKIP(3)
      if (lookahead == '\r') ADVANCE(30);
      if (lookahead != 0) ADVANCE(30);
      END_STATE();
    case 5:
      if (lookahead == '\n') ADVANCE(32);
      END_STATE();
    case 6:
      if (lookahead == '\n') ADVANCE(32);
      if (lookahead == '\r') ADVANCE(5);
      if (lookahead != 0) ADVANCE(34);
      END_STATE();
    case 7:
      if (lookahead == '\n') ADVANCE(13);
      END_STATE();
    case 8:
      if (lookahead == '\n') ADVANCE(13);
      if (lookahead == '\r') ADVANCE(37);
      if (lookahead != 0) ADVANCE(31);
      END_STATE();
    case 9:
      if (lookahead == '\n') ADVANCE(13);
      if (lookahead == '\r') ADVANCE(40);
      if (lookahead != 0) ADVANCE(33);
      END_STATE();
    case 10:
      if (lookahead == '\n') ADVANCE(13);
      if (lookahead == '\r') ADVANCE(7);
      if (lookahead != 0) ADVANCE(34);
      END_STATE();
    case 11:
      if (lookahead == '\n') SKIP(12)
      if (lookahead == '\r') ADVANCE(26);
      if (lookahead != 0) ADVANCE(26);
      END_STATE();
    case 12:
      if (lookahead == '\\') ADVANCE(11);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(12)
      if ((11 <= lookahead && lookahead <= '\r')) ADVANCE(25);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != ']') ADVANCE(26);
      END_STATE();
    case 13:
      if (lookahead == '\\') ADVANCE(10);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';') ADVANCE(34);
      END_STATE();
    case 14:
      if (lookahead == '\\') ADVANCE(17);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '=' &&
          lookahead != '[') ADVANCE(30);
      END_STATE();
    case 15:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(38);
      END_STATE();
    case 16:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(41);
      END_STATE();
    case 17:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(30);
      END_STATE();
    case 18:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(26);
      END_STATE();
    case 19:
      if (eof) ADVANCE(23);
      if (lookahead == '\n') SKIP(0)
      END_STATE();
    case 20:
      if (eof) ADVANCE(23);
      if (lookahead == '\n') SKIP(0)
      if (lookahead == '\r') SKIP(19)
      END_STATE();
    case 21:
      if (eof) ADVANCE(23);
      if (lookahead == '\n') ADVANCE(43);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == '\'') ADVANCE(41);
      if (lookahead == '[') ADVANCE(34);
      if (lookahead == '\\') ADVANCE(6);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(44);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(32);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(21)
      if (lookahead != 0) ADVANCE(34);
      END_STATE();
    case 22:
      if (eof) ADVANCE(23);
      if (lookahead == '\n') ADVANCE(43);
      if (lookahead == '[') ADVANCE(24);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(44);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(29);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(22)
      if (lookahead != 0 &&
          lookahead != '=') ADVANCE(30);
      END_STATE();
    case 23:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 24:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 25:
      ACCEPT_TOKEN(aux_sym__header_token1);
      if (lookahead == '\\') ADVANCE(11);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(25);
      if ((11 <= lookahead && lookahead <= '\r')) ADVANCE(25);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != ']') ADVANCE(26);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(aux_sym__header_token1);
      if (lookahead == '\\') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != ']') ADVANCE(26);
      END_STATE();
    case 27:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(29);
      if (lookahead != 0 &&
          (lookahead < '\n' || '\r' < lookahead) &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '=' &&
          lookahead != '[') ADVANCE(30);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == '\\') ADVANCE(17);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '=' &&
          lookahead != '[') ADVANCE(30);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '"') ADVANCE(34);
      if (lookahead == '\\') ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(39);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';') ADVANCE(31);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '"') ADVANCE(31);
      if (lookahead == '\'') ADVANCE(33);
      if (lookahead == '[') ADVANCE(34);
      if (lookahead == '\\') ADVANCE(6);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(32);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(2);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';') ADVANCE(34);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '\'') ADVANCE(34);
      if (lookahead == '\\') ADVANCE(9);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';') ADVANCE(33);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '\\') ADVANCE(10);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';') ADVANCE(34);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(aux_sym_string_token1);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(aux_sym_string_token2);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(aux_sym_unterminated_string_token1);
      if (lookahead == '\n') ADVANCE(13);
      if (lookahead == '"') ADVANCE(35);
      if (lookahead == '\\') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '#' &&
          lookahead != ';') ADVANCE(38);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(aux_sym_unterminated_string_token1);
      if (lookahead == '"') ADVANCE(35);
      if (lookahead == '\\') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';') ADVANCE(38);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(aux_sym_unterminated_string_token1);
      if (lookahead == '"') ADVANCE(34);
      if (lookahead == '\\') ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(39);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';') ADVANCE(31);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(aux_sym_unterminated_string_token2);
      if (lookahead == '\n') ADVANCE(13);
      if (lookahead == '\'') ADVANCE(36);
      if (lookahead == '\\') ADVANCE(16);
      if (lookahead != 0 &&
          lookahead != '#' &&
          lookahead != ';') ADVANCE(41);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(aux_sym_unterminated_string_token2);
      if (lookahead == '\'') ADVANCE(36);
      if (lookahead == '\\') ADVANCE(16);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';') ADVANCE(41);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(aux_sym_unterminated_string_token2);
      if (lookahead == '\'') ADVANCE(34);
      if (lookahead == '\\') ADVANCE(9);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '#' &&
          lookahead != ';') ADVANCE(33);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(44);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 22},
  [2] = {.lex_state = 22},
  [3] = {.lex_state = 21},
  [4] = {.lex_state = 22},
  [5] = {.lex_state = 22},
  [6] = {.lex_state = 22},
  [7] = {.lex_state = 0},
  [8] = {.lex_state = 0},
  [9] = {.lex_state = 0},
  [10] = {.lex_state = 0},
  [11] = {.lex_state = 0},
  [12] = {.lex_state = 22},
  [13] = {.lex_state = 22},
  [14] = {.lex_state = 0},
  [15] = {.lex_state = 0},
  [16] = {.lex_state = 0},
  [17] = {.lex_state = 0},
  [18] = {.lex_state = 0},
  [19] = {.lex_state = 0},
  [20] = {.lex_state = 0},
  [21] = {.lex_state = 0},
  [22] = {.lex_state = 0},
  [23] = {.lex_state = 0},
  [24] = {.lex_state = 0},
  [25] = {.lex_state = 0},
  [26] = {.lex_state = 0},
  [27] = {.lex_state = 0},
  [28] = {.lex_state = 0},
  [29] = {.lex_state = 12},
  [30] = {.lex_state = 0},
  [31] = {.lex_state = 0},
  [32] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_LBRACK] = ACTIONS(1),
    [anon_sym_RBRACK] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [aux_sym_string_token1] = ACTIONS(1),
    [aux_sym_string_token2] = ACTIONS(1),
    [aux_sym_unterminated_string_token1] = ACTIONS(1),
    [aux_sym_unterminated_string_token2] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
    [sym_comment] = ACTIONS(1),
  },
  [1] = {
    [sym_config] = STATE(27),
    [sym_section] = STATE(11),
    [sym__header] = STATE(22),
    [sym_entry] = STATE(16),
    [sym__line] = STATE(2),
    [sym__last_line] = STATE(10),
    [aux_sym_config_repeat1] = STATE(2),
    [aux_sym_config_repeat2] = STATE(11),
    [ts_builtin_sym_end] = ACTIONS(3),
    [anon_sym_LBRACK] = ACTIONS(5),
    [sym_key] = ACTIONS(7),
    [sym__newline] = ACTIONS(9),
    [sym_comment] = ACTIONS(11),
  },
  [2] = {
    [sym_section] = STATE(7),
    [sym__header] = STATE(22),
    [sym_entry] = STATE(16),
    [sym__line] = STATE(6),
    [sym__last_line] = STATE(8),
    [aux_sym_config_repeat1] = STATE(6),
    [aux_sym_config_repeat2] = STATE(7),
    [ts_builtin_sym_end] = ACTIONS(13),
    [anon_sym_LBRACK] = ACTIONS(5),
    [sym_key] = ACTIONS(7),
    [sym__newline] = ACTIONS(15),
    [sym_comment] = ACTIONS(11),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 6,
    ACTIONS(17), 1,
      ts_builtin_sym_end,
    ACTIONS(21), 1,
      sym_value,
    ACTIONS(23), 2,
      aux_sym_string_token1,
      aux_sym_string_token2,
    ACTIONS(25), 2,
      aux_sym_unterminated_string_token1,
      aux_sym_unterminated_string_token2,
    STATE(17), 2,
      sym_string,
      sym_unterminated_string,
    ACTIONS(19), 3,
      anon_sym_LBRACK,
      sym__newline,
      sym_comment,
  [24] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym__newline,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    ACTIONS(29), 1,
      anon_sym_LBRACK,
    STATE(16), 1,
      sym_entry,
    STATE(26), 1,
      sym__last_line,
    STATE(6), 2,
      sym__line,
      aux_sym_config_repeat1,
  [50] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(31), 1,
      ts_builtin_sym_end,
    ACTIONS(33), 1,
      anon_sym_LBRACK,
    ACTIONS(35), 1,
      sym__newline,
    STATE(16), 1,
      sym_entry,
    STATE(24), 1,
      sym__last_line,
    STATE(4), 2,
      sym__line,
      aux_sym_config_repeat1,
  [76] = 7,
    ACTIONS(37), 1,
      ts_builtin_sym_end,
    ACTIONS(39), 1,
      anon_sym_LBRACK,
    ACTIONS(41), 1,
      sym_key,
    ACTIONS(44), 1,
      sym__newline,
    ACTIONS(47), 1,
      sym_comment,
    STATE(25), 1,
      sym_entry,
    STATE(6), 2,
      sym__line,
      aux_sym_config_repeat1,
  [99] = 4,
    ACTIONS(50), 1,
      ts_builtin_sym_end,
    ACTIONS(52), 1,
      anon_sym_LBRACK,
    STATE(22), 1,
      sym__header,
    STATE(14), 2,
      sym_section,
      aux_sym_config_repeat2,
  [113] = 4,
    ACTIONS(50), 1,
      ts_builtin_sym_end,
    ACTIONS(52), 1,
      anon_sym_LBRACK,
    STATE(22), 1,
      sym__header,
    STATE(9), 2,
      sym_section,
      aux_sym_config_repeat2,
  [127] = 4,
    ACTIONS(52), 1,
      anon_sym_LBRACK,
    ACTIONS(54), 1,
      ts_builtin_sym_end,
    STATE(22), 1,
      sym__header,
    STATE(14), 2,
      sym_section,
      aux_sym_config_repeat2,
  [141] = 4,
    ACTIONS(13), 1,
      ts_builtin_sym_end,
    ACTIONS(52), 1,
      anon_sym_LBRACK,
    STATE(22), 1,
      sym__header,
    STATE(7), 2,
      sym_section,
      aux_sym_config_repeat2,
  [155] = 4,
    ACTIONS(13), 1,
      ts_builtin_sym_end,
    ACTIONS(52), 1,
      anon_sym_LBRACK,
    STATE(22), 1,
      sym__header,
    STATE(14), 2,
      sym_section,
      aux_sym_config_repeat2,
  [169] = 2,
    ACTIONS(56), 2,
      ts_builtin_sym_end,
      sym_key,
    ACTIONS(58), 3,
      anon_sym_LBRACK,
      sym__newline,
      sym_comment,
  [179] = 2,
    ACTIONS(60), 2,
      ts_builtin_sym_end,
      sym_key,
    ACTIONS(62), 3,
      anon_sym_LBRACK,
      sym__newline,
      sym_comment,
  [189] = 4,
    ACTIONS(64), 1,
      ts_builtin_sym_end,
    ACTIONS(66), 1,
      anon_sym_LBRACK,
    STATE(22), 1,
      sym__header,
    STATE(14), 2,
      sym_section,
      aux_sym_config_repeat2,
  [203] = 2,
    ACTIONS(71), 1,
      sym_comment,
    ACTIONS(69), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [212] = 3,
    ACTIONS(75), 1,
      sym__newline,
    ACTIONS(77), 1,
      sym_comment,
    ACTIONS(73), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [223] = 1,
    ACTIONS(79), 4,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
      sym_comment,
  [230] = 1,
    ACTIONS(81), 4,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
      sym_comment,
  [237] = 1,
    ACTIONS(83), 4,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
      sym_comment,
  [244] = 2,
    ACTIONS(87), 1,
      sym__newline,
    ACTIONS(85), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [252] = 2,
    ACTIONS(75), 1,
      sym__newline,
    ACTIONS(73), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [260] = 2,
    ACTIONS(91), 1,
      sym__newline,
    ACTIONS(89), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [268] = 1,
    ACTIONS(93), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [274] = 1,
    ACTIONS(27), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [279] = 2,
    ACTIONS(75), 1,
      sym__newline,
    ACTIONS(95), 1,
      sym_comment,
  [286] = 1,
    ACTIONS(97), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [291] = 1,
    ACTIONS(99), 1,
      ts_builtin_sym_end,
  [295] = 1,
    ACTIONS(101), 1,
      anon_sym_EQ,
  [299] = 1,
    ACTIONS(103), 1,
      aux_sym__header_token1,
  [303] = 1,
    ACTIONS(105), 1,
      anon_sym_RBRACK,
  [307] = 1,
    ACTIONS(75), 1,
      sym__newline,
  [311] = 1,
    ACTIONS(87), 1,
      sym__newline,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(3)] = 0,
  [SMALL_STATE(4)] = 24,
  [SMALL_STATE(5)] = 50,
  [SMALL_STATE(6)] = 76,
  [SMALL_STATE(7)] = 99,
  [SMALL_STATE(8)] = 113,
  [SMALL_STATE(9)] = 127,
  [SMALL_STATE(10)] = 141,
  [SMALL_STATE(11)] = 155,
  [SMALL_STATE(12)] = 169,
  [SMALL_STATE(13)] = 179,
  [SMALL_STATE(14)] = 189,
  [SMALL_STATE(15)] = 203,
  [SMALL_STATE(16)] = 212,
  [SMALL_STATE(17)] = 223,
  [SMALL_STATE(18)] = 230,
  [SMALL_STATE(19)] = 237,
  [SMALL_STATE(20)] = 244,
  [SMALL_STATE(21)] = 252,
  [SMALL_STATE(22)] = 260,
  [SMALL_STATE(23)] = 268,
  [SMALL_STATE(24)] = 274,
  [SMALL_STATE(25)] = 279,
  [SMALL_STATE(26)] = 286,
  [SMALL_STATE(27)] = 291,
  [SMALL_STATE(28)] = 295,
  [SMALL_STATE(29)] = 299,
  [SMALL_STATE(30)] = 303,
  [SMALL_STATE(31)] = 307,
  [SMALL_STATE(32)] = 311,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 0),
  [5] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [13] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 1),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(6),
  [17] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 2, .production_id = 2),
  [19] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry, 2, .production_id = 2),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(19),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 3, .production_id = 1),
  [29] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 3, .production_id = 1),
  [31] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 2, .production_id = 1),
  [33] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 2, .production_id = 1),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [37] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2),
  [39] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2),
  [41] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(28),
  [44] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(6),
  [47] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(31),
  [50] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 2),
  [52] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [54] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 3),
  [56] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__line, 3),
  [58] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__line, 3),
  [60] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__line, 2),
  [62] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__line, 2),
  [64] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_config_repeat2, 2),
  [66] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat2, 2), SHIFT_REPEAT(29),
  [69] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 3, .production_id = 3),
  [71] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [73] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__last_line, 1),
  [75] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [79] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 3, .production_id = 4),
  [81] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 1),
  [83] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unterminated_string, 1),
  [85] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__last_line, 2),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [89] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 1, .production_id = 1),
  [91] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [93] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 4, .production_id = 3),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [97] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 4, .production_id = 1),
  [99] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
};

#ifdef __cplusplus
extern "C" {
#endif
#ifdef _WIN32
#define extern __declspec(dllexport)
#endif

extern const TSLanguage *tree_sitter_ceph(void) {
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
