#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 65
#define LARGE_STATE_COUNT 3
#define SYMBOL_COUNT 23
#define ALIAS_COUNT 0
#define TOKEN_COUNT 13
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 2
#define MAX_ALIAS_SEQUENCE_LENGTH 20
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
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
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
  [7] = {.lex_state = 22},
  [8] = {.lex_state = 22},
  [9] = {.lex_state = 22},
  [10] = {.lex_state = 22},
  [11] = {.lex_state = 22},
  [12] = {.lex_state = 22},
  [13] = {.lex_state = 22},
  [14] = {.lex_state = 22},
  [15] = {.lex_state = 22},
  [16] = {.lex_state = 22},
  [17] = {.lex_state = 22},
  [18] = {.lex_state = 22},
  [19] = {.lex_state = 22},
  [20] = {.lex_state = 22},
  [21] = {.lex_state = 22},
  [22] = {.lex_state = 22},
  [23] = {.lex_state = 0},
  [24] = {.lex_state = 22},
  [25] = {.lex_state = 0},
  [26] = {.lex_state = 0},
  [27] = {.lex_state = 0},
  [28] = {.lex_state = 0},
  [29] = {.lex_state = 22},
  [30] = {.lex_state = 0},
  [31] = {.lex_state = 0},
  [32] = {.lex_state = 0},
  [33] = {.lex_state = 0},
  [34] = {.lex_state = 0},
  [35] = {.lex_state = 0},
  [36] = {.lex_state = 0},
  [37] = {.lex_state = 0},
  [38] = {.lex_state = 0},
  [39] = {.lex_state = 0},
  [40] = {.lex_state = 0},
  [41] = {.lex_state = 0},
  [42] = {.lex_state = 0},
  [43] = {.lex_state = 0},
  [44] = {.lex_state = 0},
  [45] = {.lex_state = 0},
  [46] = {.lex_state = 0},
  [47] = {.lex_state = 0},
  [48] = {.lex_state = 0},
  [49] = {.lex_state = 0},
  [50] = {.lex_state = 0},
  [51] = {.lex_state = 0},
  [52] = {.lex_state = 0},
  [53] = {.lex_state = 0},
  [54] = {.lex_state = 0},
  [55] = {.lex_state = 0},
  [56] = {.lex_state = 0},
  [57] = {.lex_state = 0},
  [58] = {.lex_state = 0},
  [59] = {.lex_state = 0},
  [60] = {.lex_state = 0},
  [61] = {.lex_state = 0},
  [62] = {.lex_state = 12},
  [63] = {.lex_state = 0},
  [64] = {.lex_state = 0},
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
    [sym_config] = STATE(60),
    [sym_section] = STATE(30),
    [sym__header] = STATE(39),
    [sym_entry] = STATE(35),
    [sym__line] = STATE(2),
    [sym__last_line] = STATE(26),
    [aux_sym_config_repeat1] = STATE(2),
    [aux_sym_config_repeat2] = STATE(30),
    [ts_builtin_sym_end] = ACTIONS(3),
    [anon_sym_LBRACK] = ACTIONS(5),
    [sym_key] = ACTIONS(7),
    [sym__newline] = ACTIONS(9),
    [sym_comment] = ACTIONS(11),
  },
  [2] = {
    [sym_section] = STATE(28),
    [sym__header] = STATE(39),
    [sym_entry] = STATE(35),
    [sym__line] = STATE(18),
    [sym__last_line] = STATE(27),
    [aux_sym_config_repeat1] = STATE(18),
    [aux_sym_config_repeat2] = STATE(28),
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
    STATE(34), 2,
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
    STATE(35), 1,
      sym_entry,
    STATE(48), 1,
      sym__last_line,
    STATE(18), 2,
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
    STATE(35), 1,
      sym_entry,
    STATE(50), 1,
      sym__last_line,
    STATE(4), 2,
      sym__line,
      aux_sym_config_repeat1,
  [76] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(37), 1,
      ts_builtin_sym_end,
    ACTIONS(39), 1,
      anon_sym_LBRACK,
    ACTIONS(41), 1,
      sym__newline,
    STATE(22), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(56), 1,
      sym__last_line,
  [101] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(43), 1,
      ts_builtin_sym_end,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(47), 1,
      sym__newline,
    STATE(12), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(57), 1,
      sym__last_line,
  [126] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(49), 1,
      ts_builtin_sym_end,
    ACTIONS(51), 1,
      anon_sym_LBRACK,
    ACTIONS(53), 1,
      sym__newline,
    STATE(11), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(47), 1,
      sym__last_line,
  [151] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(55), 1,
      ts_builtin_sym_end,
    ACTIONS(57), 1,
      anon_sym_LBRACK,
    ACTIONS(59), 1,
      sym__newline,
    STATE(8), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(45), 1,
      sym__last_line,
  [176] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(61), 1,
      ts_builtin_sym_end,
    ACTIONS(63), 1,
      anon_sym_LBRACK,
    ACTIONS(65), 1,
      sym__newline,
    STATE(14), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(42), 1,
      sym__last_line,
  [201] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(67), 1,
      ts_builtin_sym_end,
    ACTIONS(69), 1,
      anon_sym_LBRACK,
    ACTIONS(71), 1,
      sym__newline,
    STATE(20), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(49), 1,
      sym__last_line,
  [226] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(73), 1,
      ts_builtin_sym_end,
    ACTIONS(75), 1,
      anon_sym_LBRACK,
    ACTIONS(77), 1,
      sym__newline,
    STATE(19), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(58), 1,
      sym__last_line,
  [251] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(79), 1,
      ts_builtin_sym_end,
    ACTIONS(81), 1,
      anon_sym_LBRACK,
    ACTIONS(83), 1,
      sym__newline,
    STATE(10), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(44), 1,
      sym__last_line,
  [276] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(85), 1,
      ts_builtin_sym_end,
    ACTIONS(87), 1,
      anon_sym_LBRACK,
    ACTIONS(89), 1,
      sym__newline,
    STATE(21), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(46), 1,
      sym__last_line,
  [301] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(91), 1,
      ts_builtin_sym_end,
    ACTIONS(93), 1,
      anon_sym_LBRACK,
    ACTIONS(95), 1,
      sym__newline,
    STATE(9), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(43), 1,
      sym__last_line,
  [326] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(97), 1,
      ts_builtin_sym_end,
    ACTIONS(99), 1,
      anon_sym_LBRACK,
    ACTIONS(101), 1,
      sym__newline,
    STATE(17), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(41), 1,
      sym__last_line,
  [351] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(103), 1,
      ts_builtin_sym_end,
    ACTIONS(105), 1,
      anon_sym_LBRACK,
    ACTIONS(107), 1,
      sym__newline,
    STATE(7), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(55), 1,
      sym__last_line,
  [376] = 7,
    ACTIONS(109), 1,
      ts_builtin_sym_end,
    ACTIONS(111), 1,
      anon_sym_LBRACK,
    ACTIONS(113), 1,
      sym_key,
    ACTIONS(116), 1,
      sym__newline,
    ACTIONS(119), 1,
      sym_comment,
    STATE(52), 1,
      sym_entry,
    STATE(18), 2,
      sym__line,
      aux_sym_config_repeat1,
  [399] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(122), 1,
      ts_builtin_sym_end,
    ACTIONS(124), 1,
      anon_sym_LBRACK,
    ACTIONS(126), 1,
      sym__newline,
    STATE(5), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(54), 1,
      sym__last_line,
  [424] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(128), 1,
      ts_builtin_sym_end,
    ACTIONS(130), 1,
      anon_sym_LBRACK,
    ACTIONS(132), 1,
      sym__newline,
    STATE(16), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(51), 1,
      sym__last_line,
  [449] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(134), 1,
      ts_builtin_sym_end,
    ACTIONS(136), 1,
      anon_sym_LBRACK,
    ACTIONS(138), 1,
      sym__newline,
    STATE(15), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(53), 1,
      sym__last_line,
  [474] = 8,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(11), 1,
      sym_comment,
    ACTIONS(140), 1,
      ts_builtin_sym_end,
    ACTIONS(142), 1,
      anon_sym_LBRACK,
    ACTIONS(144), 1,
      sym__newline,
    STATE(13), 1,
      sym__line,
    STATE(35), 1,
      sym_entry,
    STATE(40), 1,
      sym__last_line,
  [499] = 4,
    ACTIONS(146), 1,
      ts_builtin_sym_end,
    ACTIONS(148), 1,
      anon_sym_LBRACK,
    STATE(39), 1,
      sym__header,
    STATE(23), 2,
      sym_section,
      aux_sym_config_repeat2,
  [513] = 2,
    ACTIONS(151), 2,
      ts_builtin_sym_end,
      sym_key,
    ACTIONS(153), 3,
      anon_sym_LBRACK,
      sym__newline,
      sym_comment,
  [523] = 4,
    ACTIONS(155), 1,
      ts_builtin_sym_end,
    ACTIONS(157), 1,
      anon_sym_LBRACK,
    STATE(39), 1,
      sym__header,
    STATE(23), 2,
      sym_section,
      aux_sym_config_repeat2,
  [537] = 4,
    ACTIONS(13), 1,
      ts_builtin_sym_end,
    ACTIONS(157), 1,
      anon_sym_LBRACK,
    STATE(39), 1,
      sym__header,
    STATE(28), 2,
      sym_section,
      aux_sym_config_repeat2,
  [551] = 4,
    ACTIONS(157), 1,
      anon_sym_LBRACK,
    ACTIONS(159), 1,
      ts_builtin_sym_end,
    STATE(39), 1,
      sym__header,
    STATE(25), 2,
      sym_section,
      aux_sym_config_repeat2,
  [565] = 4,
    ACTIONS(157), 1,
      anon_sym_LBRACK,
    ACTIONS(159), 1,
      ts_builtin_sym_end,
    STATE(39), 1,
      sym__header,
    STATE(23), 2,
      sym_section,
      aux_sym_config_repeat2,
  [579] = 2,
    ACTIONS(161), 2,
      ts_builtin_sym_end,
      sym_key,
    ACTIONS(163), 3,
      anon_sym_LBRACK,
      sym__newline,
      sym_comment,
  [589] = 4,
    ACTIONS(13), 1,
      ts_builtin_sym_end,
    ACTIONS(157), 1,
      anon_sym_LBRACK,
    STATE(39), 1,
      sym__header,
    STATE(23), 2,
      sym_section,
      aux_sym_config_repeat2,
  [603] = 2,
    ACTIONS(167), 1,
      sym_comment,
    ACTIONS(165), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [612] = 1,
    ACTIONS(169), 4,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
      sym_comment,
  [619] = 1,
    ACTIONS(171), 4,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
      sym_comment,
  [626] = 1,
    ACTIONS(173), 4,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
      sym_comment,
  [633] = 3,
    ACTIONS(177), 1,
      sym__newline,
    ACTIONS(179), 1,
      sym_comment,
    ACTIONS(175), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [644] = 1,
    ACTIONS(181), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [650] = 2,
    ACTIONS(177), 1,
      sym__newline,
    ACTIONS(175), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [658] = 2,
    ACTIONS(185), 1,
      sym__newline,
    ACTIONS(183), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [666] = 2,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(187), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [674] = 1,
    ACTIONS(79), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [679] = 1,
    ACTIONS(103), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [684] = 1,
    ACTIONS(85), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [689] = 1,
    ACTIONS(55), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [694] = 1,
    ACTIONS(61), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [699] = 1,
    ACTIONS(49), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [704] = 1,
    ACTIONS(134), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [709] = 1,
    ACTIONS(67), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [714] = 1,
    ACTIONS(191), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [719] = 1,
    ACTIONS(128), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [724] = 1,
    ACTIONS(27), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [729] = 1,
    ACTIONS(97), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [734] = 2,
    ACTIONS(177), 1,
      sym__newline,
    ACTIONS(193), 1,
      sym_comment,
  [741] = 1,
    ACTIONS(91), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [746] = 1,
    ACTIONS(31), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [751] = 1,
    ACTIONS(43), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [756] = 1,
    ACTIONS(140), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [761] = 1,
    ACTIONS(73), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [766] = 1,
    ACTIONS(122), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [771] = 1,
    ACTIONS(195), 1,
      anon_sym_RBRACK,
  [775] = 1,
    ACTIONS(197), 1,
      ts_builtin_sym_end,
  [779] = 1,
    ACTIONS(177), 1,
      sym__newline,
  [783] = 1,
    ACTIONS(199), 1,
      aux_sym__header_token1,
  [787] = 1,
    ACTIONS(201), 1,
      anon_sym_EQ,
  [791] = 1,
    ACTIONS(185), 1,
      sym__newline,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(3)] = 0,
  [SMALL_STATE(4)] = 24,
  [SMALL_STATE(5)] = 50,
  [SMALL_STATE(6)] = 76,
  [SMALL_STATE(7)] = 101,
  [SMALL_STATE(8)] = 126,
  [SMALL_STATE(9)] = 151,
  [SMALL_STATE(10)] = 176,
  [SMALL_STATE(11)] = 201,
  [SMALL_STATE(12)] = 226,
  [SMALL_STATE(13)] = 251,
  [SMALL_STATE(14)] = 276,
  [SMALL_STATE(15)] = 301,
  [SMALL_STATE(16)] = 326,
  [SMALL_STATE(17)] = 351,
  [SMALL_STATE(18)] = 376,
  [SMALL_STATE(19)] = 399,
  [SMALL_STATE(20)] = 424,
  [SMALL_STATE(21)] = 449,
  [SMALL_STATE(22)] = 474,
  [SMALL_STATE(23)] = 499,
  [SMALL_STATE(24)] = 513,
  [SMALL_STATE(25)] = 523,
  [SMALL_STATE(26)] = 537,
  [SMALL_STATE(27)] = 551,
  [SMALL_STATE(28)] = 565,
  [SMALL_STATE(29)] = 579,
  [SMALL_STATE(30)] = 589,
  [SMALL_STATE(31)] = 603,
  [SMALL_STATE(32)] = 612,
  [SMALL_STATE(33)] = 619,
  [SMALL_STATE(34)] = 626,
  [SMALL_STATE(35)] = 633,
  [SMALL_STATE(36)] = 644,
  [SMALL_STATE(37)] = 650,
  [SMALL_STATE(38)] = 658,
  [SMALL_STATE(39)] = 666,
  [SMALL_STATE(40)] = 674,
  [SMALL_STATE(41)] = 679,
  [SMALL_STATE(42)] = 684,
  [SMALL_STATE(43)] = 689,
  [SMALL_STATE(44)] = 694,
  [SMALL_STATE(45)] = 699,
  [SMALL_STATE(46)] = 704,
  [SMALL_STATE(47)] = 709,
  [SMALL_STATE(48)] = 714,
  [SMALL_STATE(49)] = 719,
  [SMALL_STATE(50)] = 724,
  [SMALL_STATE(51)] = 729,
  [SMALL_STATE(52)] = 734,
  [SMALL_STATE(53)] = 741,
  [SMALL_STATE(54)] = 746,
  [SMALL_STATE(55)] = 751,
  [SMALL_STATE(56)] = 756,
  [SMALL_STATE(57)] = 761,
  [SMALL_STATE(58)] = 766,
  [SMALL_STATE(59)] = 771,
  [SMALL_STATE(60)] = 775,
  [SMALL_STATE(61)] = 779,
  [SMALL_STATE(62)] = 783,
  [SMALL_STATE(63)] = 787,
  [SMALL_STATE(64)] = 791,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 0),
  [5] = {.entry = {.count = 1, .reusable = false}}, SHIFT(62),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [13] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 1),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [17] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 2, .production_id = 2),
  [19] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry, 2, .production_id = 2),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(32),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 19, .production_id = 1),
  [29] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 19, .production_id = 1),
  [31] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 18, .production_id = 1),
  [33] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 18, .production_id = 1),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [37] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 2, .production_id = 1),
  [39] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 2, .production_id = 1),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [43] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 15, .production_id = 1),
  [45] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 15, .production_id = 1),
  [47] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [49] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 10, .production_id = 1),
  [51] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 10, .production_id = 1),
  [53] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [55] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 9, .production_id = 1),
  [57] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 9, .production_id = 1),
  [59] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 5, .production_id = 1),
  [63] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 5, .production_id = 1),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(14),
  [67] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 11, .production_id = 1),
  [69] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 11, .production_id = 1),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [73] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 16, .production_id = 1),
  [75] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 16, .production_id = 1),
  [77] = {.entry = {.count = 1, .reusable = false}}, SHIFT(19),
  [79] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 4, .production_id = 1),
  [81] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 4, .production_id = 1),
  [83] = {.entry = {.count = 1, .reusable = false}}, SHIFT(10),
  [85] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 6, .production_id = 1),
  [87] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 6, .production_id = 1),
  [89] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [91] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 8, .production_id = 1),
  [93] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 8, .production_id = 1),
  [95] = {.entry = {.count = 1, .reusable = false}}, SHIFT(9),
  [97] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 13, .production_id = 1),
  [99] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 13, .production_id = 1),
  [101] = {.entry = {.count = 1, .reusable = false}}, SHIFT(17),
  [103] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 14, .production_id = 1),
  [105] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 14, .production_id = 1),
  [107] = {.entry = {.count = 1, .reusable = false}}, SHIFT(7),
  [109] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2),
  [111] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2),
  [113] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(63),
  [116] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(18),
  [119] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(61),
  [122] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 17, .production_id = 1),
  [124] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 17, .production_id = 1),
  [126] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [128] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 12, .production_id = 1),
  [130] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 12, .production_id = 1),
  [132] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [134] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 7, .production_id = 1),
  [136] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 7, .production_id = 1),
  [138] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [140] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 3, .production_id = 1),
  [142] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 3, .production_id = 1),
  [144] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [146] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_config_repeat2, 2),
  [148] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat2, 2), SHIFT_REPEAT(62),
  [151] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__line, 3),
  [153] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__line, 3),
  [155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 3),
  [157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [159] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 2),
  [161] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__line, 2),
  [163] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__line, 2),
  [165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 3, .production_id = 3),
  [167] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [169] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unterminated_string, 1),
  [171] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 1),
  [173] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 3, .production_id = 4),
  [175] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__last_line, 1),
  [177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [179] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [181] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 4, .production_id = 3),
  [183] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__last_line, 2),
  [185] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [187] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 1, .production_id = 1),
  [189] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [191] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 20, .production_id = 1),
  [193] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [195] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [197] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [199] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [201] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
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
