#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 118
#define LARGE_STATE_COUNT 42
#define SYMBOL_COUNT 29
#define ALIAS_COUNT 1
#define TOKEN_COUNT 16
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 3
#define MAX_ALIAS_SEQUENCE_LENGTH 20
#define PRODUCTION_ID_COUNT 32

enum {
  anon_sym_LBRACE = 1,
  anon_sym_RBRACE = 2,
  anon_sym_EQ = 3,
  sym_word = 4,
  sym__include_keyword = 5,
  sym__include_like_word = 6,
  sym_string = 7,
  sym_condition = 8,
  sym__sequence_keyword = 9,
  sym__sequence_parameters = 10,
  sym__definition_value = 11,
  sym__path = 12,
  sym__open_on_next_line = 13,
  sym_comment = 14,
  sym__newline = 15,
  sym_config = 16,
  sym__item = 17,
  sym__statement = 18,
  sym__header = 19,
  sym_directive = 20,
  sym_block = 21,
  sym_definition = 22,
  sym_include = 23,
  sym_sequence = 24,
  sym__sequence_body = 25,
  sym__argument = 26,
  aux_sym_config_repeat1 = 27,
  aux_sym__header_repeat1 = 28,
  alias_sym_variable = 29,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [anon_sym_EQ] = "=",
  [sym_word] = "word",
  [sym__include_keyword] = "keyword",
  [sym__include_like_word] = "keyword",
  [sym_string] = "string",
  [sym_condition] = "condition",
  [sym__sequence_keyword] = "macro",
  [sym__sequence_parameters] = "parameters",
  [sym__definition_value] = "value",
  [sym__path] = "path",
  [sym__open_on_next_line] = "{",
  [sym_comment] = "comment",
  [sym__newline] = "_newline",
  [sym_config] = "config",
  [sym__item] = "_item",
  [sym__statement] = "_statement",
  [sym__header] = "_header",
  [sym_directive] = "directive",
  [sym_block] = "block",
  [sym_definition] = "definition",
  [sym_include] = "include",
  [sym_sequence] = "sequence",
  [sym__sequence_body] = "_sequence_body",
  [sym__argument] = "_argument",
  [aux_sym_config_repeat1] = "config_repeat1",
  [aux_sym__header_repeat1] = "_header_repeat1",
  [alias_sym_variable] = "variable",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [anon_sym_EQ] = anon_sym_EQ,
  [sym_word] = sym_word,
  [sym__include_keyword] = sym__include_keyword,
  [sym__include_like_word] = sym__include_keyword,
  [sym_string] = sym_string,
  [sym_condition] = sym_condition,
  [sym__sequence_keyword] = sym__sequence_keyword,
  [sym__sequence_parameters] = sym__sequence_parameters,
  [sym__definition_value] = sym__definition_value,
  [sym__path] = sym__path,
  [sym__open_on_next_line] = anon_sym_LBRACE,
  [sym_comment] = sym_comment,
  [sym__newline] = sym__newline,
  [sym_config] = sym_config,
  [sym__item] = sym__item,
  [sym__statement] = sym__statement,
  [sym__header] = sym__header,
  [sym_directive] = sym_directive,
  [sym_block] = sym_block,
  [sym_definition] = sym_definition,
  [sym_include] = sym_include,
  [sym_sequence] = sym_sequence,
  [sym__sequence_body] = sym__sequence_body,
  [sym__argument] = sym__argument,
  [aux_sym_config_repeat1] = aux_sym_config_repeat1,
  [aux_sym__header_repeat1] = aux_sym__header_repeat1,
  [alias_sym_variable] = alias_sym_variable,
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
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [sym_word] = {
    .visible = true,
    .named = true,
  },
  [sym__include_keyword] = {
    .visible = true,
    .named = true,
  },
  [sym__include_like_word] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym_condition] = {
    .visible = true,
    .named = true,
  },
  [sym__sequence_keyword] = {
    .visible = true,
    .named = true,
  },
  [sym__sequence_parameters] = {
    .visible = true,
    .named = true,
  },
  [sym__definition_value] = {
    .visible = true,
    .named = true,
  },
  [sym__path] = {
    .visible = true,
    .named = true,
  },
  [sym__open_on_next_line] = {
    .visible = true,
    .named = false,
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
  [sym__statement] = {
    .visible = false,
    .named = true,
  },
  [sym__header] = {
    .visible = false,
    .named = true,
  },
  [sym_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_block] = {
    .visible = true,
    .named = true,
  },
  [sym_definition] = {
    .visible = true,
    .named = true,
  },
  [sym_include] = {
    .visible = true,
    .named = true,
  },
  [sym_sequence] = {
    .visible = true,
    .named = true,
  },
  [sym__sequence_body] = {
    .visible = false,
    .named = true,
  },
  [sym__argument] = {
    .visible = false,
    .named = true,
  },
  [aux_sym_config_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__header_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_variable] = {
    .visible = true,
    .named = true,
  },
};

enum {
  field_argument = 1,
  field_condition = 2,
  field_keyword = 3,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_condition] = "condition",
  [field_keyword] = "keyword",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 0, .length = 1},
  [3] = {.index = 1, .length = 3},
  [4] = {.index = 0, .length = 1},
  [5] = {.index = 4, .length = 2},
  [6] = {.index = 4, .length = 2},
  [7] = {.index = 6, .length = 2},
  [8] = {.index = 6, .length = 2},
  [9] = {.index = 8, .length = 2},
  [10] = {.index = 10, .length = 3},
  [11] = {.index = 6, .length = 2},
  [12] = {.index = 13, .length = 3},
  [13] = {.index = 13, .length = 3},
  [14] = {.index = 16, .length = 4},
  [15] = {.index = 20, .length = 3},
  [16] = {.index = 23, .length = 4},
  [17] = {.index = 27, .length = 5},
  [18] = {.index = 32, .length = 5},
  [19] = {.index = 37, .length = 6},
  [20] = {.index = 43, .length = 6},
  [21] = {.index = 49, .length = 7},
  [22] = {.index = 56, .length = 7},
  [23] = {.index = 63, .length = 8},
  [24] = {.index = 71, .length = 8},
  [25] = {.index = 79, .length = 9},
  [26] = {.index = 88, .length = 9},
  [27] = {.index = 97, .length = 1},
  [28] = {.index = 98, .length = 10},
  [29] = {.index = 108, .length = 10},
  [30] = {.index = 118, .length = 2},
  [31] = {.index = 120, .length = 11},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_keyword, 0},
  [1] =
    {field_argument, 0, .inherited = true},
    {field_condition, 0, .inherited = true},
    {field_keyword, 0, .inherited = true},
  [4] =
    {field_argument, 1},
    {field_keyword, 0},
  [6] =
    {field_condition, 0},
    {field_keyword, 1},
  [8] =
    {field_argument, 2},
    {field_keyword, 0},
  [10] =
    {field_argument, 1},
    {field_argument, 2},
    {field_keyword, 0},
  [13] =
    {field_argument, 2},
    {field_condition, 0},
    {field_keyword, 1},
  [16] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_keyword, 0},
  [20] =
    {field_argument, 3},
    {field_condition, 0},
    {field_keyword, 1},
  [23] =
    {field_argument, 2},
    {field_argument, 3},
    {field_condition, 0},
    {field_keyword, 1},
  [27] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_keyword, 0},
  [32] =
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_condition, 0},
    {field_keyword, 1},
  [37] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_keyword, 0},
  [43] =
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_condition, 0},
    {field_keyword, 1},
  [49] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_keyword, 0},
  [56] =
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_condition, 0},
    {field_keyword, 1},
  [63] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_keyword, 0},
  [71] =
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_condition, 0},
    {field_keyword, 1},
  [79] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_argument, 8},
    {field_keyword, 0},
  [88] =
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_argument, 8},
    {field_condition, 0},
    {field_keyword, 1},
  [97] =
    {field_argument, 0},
  [98] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_argument, 8},
    {field_argument, 9, .inherited = true},
    {field_keyword, 0},
  [108] =
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_argument, 8},
    {field_argument, 9},
    {field_condition, 0},
    {field_keyword, 1},
  [118] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [120] =
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_argument, 8},
    {field_argument, 9},
    {field_argument, 10, .inherited = true},
    {field_condition, 0},
    {field_keyword, 1},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [1] = {
    [0] = sym__include_keyword,
  },
  [4] = {
    [0] = alias_sym_variable,
  },
  [5] = {
    [0] = sym__include_keyword,
  },
  [7] = {
    [1] = sym__include_keyword,
  },
  [9] = {
    [0] = alias_sym_variable,
  },
  [10] = {
    [0] = sym__include_keyword,
  },
  [11] = {
    [1] = alias_sym_variable,
  },
  [12] = {
    [1] = sym__include_keyword,
  },
  [14] = {
    [0] = sym__include_keyword,
  },
  [15] = {
    [1] = alias_sym_variable,
  },
  [16] = {
    [1] = sym__include_keyword,
  },
  [17] = {
    [0] = sym__include_keyword,
  },
  [18] = {
    [1] = sym__include_keyword,
  },
  [19] = {
    [0] = sym__include_keyword,
  },
  [20] = {
    [1] = sym__include_keyword,
  },
  [21] = {
    [0] = sym__include_keyword,
  },
  [22] = {
    [1] = sym__include_keyword,
  },
  [23] = {
    [0] = sym__include_keyword,
  },
  [24] = {
    [1] = sym__include_keyword,
  },
  [25] = {
    [0] = sym__include_keyword,
  },
  [26] = {
    [1] = sym__include_keyword,
  },
  [28] = {
    [0] = sym__include_keyword,
  },
  [29] = {
    [1] = sym__include_keyword,
  },
  [31] = {
    [1] = sym__include_keyword,
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
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 90,
  [91] = 91,
  [92] = 92,
  [93] = 93,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
};

static inline bool sym__definition_value_character_set_1(int32_t c) {
  return (c < ')'
    ? (c < ' '
      ? (c < '\t'
        ? c == 0
        : c <= '\f')
      : (c <= '!' || (c >= '#' && c <= '$')))
    : (c <= ')' || (c < '}'
      ? (c < '{'
        ? c == '\\'
        : c <= '{')
      : (c <= '}' || c == 65535))));
}

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(94);
      if (lookahead == '\n') ADVANCE(434);
      if (lookahead == '"') ADVANCE(362);
      if (lookahead == '$') ADVANCE(306);
      if (lookahead == '(') ADVANCE(348);
      if (lookahead == '=') ADVANCE(97);
      if (lookahead == '@') ADVANCE(200);
      if (lookahead == '\\') ADVANCE(99);
      if (lookahead == 'i') ADVANCE(312);
      if (lookahead == '{') ADVANCE(341);
      if (lookahead == '}') ADVANCE(341);
      if (lookahead == '~') ADVANCE(302);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(432);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(88)
      if (lookahead != 0) ADVANCE(315);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(1);
      if (lookahead == '{') ADVANCE(431);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(2);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(1);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(1);
      if (lookahead != 0) ADVANCE(2);
      END_STATE();
    case 3:
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(241);
      if (lookahead != 0) ADVANCE(386);
      END_STATE();
    case 4:
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(239);
      if (lookahead == ')') ADVANCE(389);
      if (lookahead != 0) ADVANCE(374);
      END_STATE();
    case 5:
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(237);
      if (lookahead == ')') ADVANCE(386);
      if (lookahead != 0) ADVANCE(371);
      END_STATE();
    case 6:
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(243);
      if (lookahead != 0) ADVANCE(389);
      END_STATE();
    case 7:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == ' ') ADVANCE(7);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(3);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(19);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(276);
      if (lookahead != 0) ADVANCE(386);
      END_STATE();
    case 8:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == ' ') ADVANCE(8);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(386);
      if (lookahead == '\\') ADVANCE(5);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(20);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(278);
      if (lookahead != 0) ADVANCE(371);
      END_STATE();
    case 9:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == ' ') ADVANCE(9);
      if (lookahead == '\\') ADVANCE(28);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(23);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(399);
      if (lookahead != 0) ADVANCE(428);
      END_STATE();
    case 10:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == ' ') ADVANCE(12);
      if (lookahead == '}') ADVANCE(134);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(10);
      if (lookahead != 0) ADVANCE(27);
      END_STATE();
    case 11:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == ' ') ADVANCE(12);
      if (lookahead == '}') ADVANCE(134);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(11);
      if (lookahead != 0) ADVANCE(27);
      END_STATE();
    case 12:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == ' ') ADVANCE(12);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(10);
      if (lookahead != 0) ADVANCE(27);
      END_STATE();
    case 13:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == 65535) ADVANCE(337);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0) ADVANCE(337);
      END_STATE();
    case 14:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == 65535) ADVANCE(341);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0) ADVANCE(341);
      END_STATE();
    case 15:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(341);
      if (lookahead == '\\') ADVANCE(33);
      if (lookahead == 65535) ADVANCE(353);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(20);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(15);
      if (lookahead != 0) ADVANCE(353);
      END_STATE();
    case 16:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(386);
      if (lookahead == '\\') ADVANCE(5);
      if (lookahead == 65535) ADVANCE(371);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(20);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0) ADVANCE(371);
      END_STATE();
    case 17:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(386);
      if (lookahead == '\\') ADVANCE(5);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(20);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead != 0) ADVANCE(371);
      END_STATE();
    case 18:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(3);
      if (lookahead == 65535) ADVANCE(386);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead != 0) ADVANCE(386);
      END_STATE();
    case 19:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(3);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0) ADVANCE(386);
      END_STATE();
    case 20:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == ')') ADVANCE(230);
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 21:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == 65535) ADVANCE(425);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0) ADVANCE(425);
      END_STATE();
    case 22:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '\\') ADVANCE(28);
      if (lookahead == 65535) ADVANCE(428);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(22);
      if (lookahead != 0) ADVANCE(428);
      END_STATE();
    case 23:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '\\') ADVANCE(28);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(23);
      if (lookahead != 0) ADVANCE(428);
      END_STATE();
    case 24:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == 65535) ADVANCE(98);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      END_STATE();
    case 25:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == 65535) ADVANCE(141);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(25);
      if (lookahead != 0) ADVANCE(27);
      END_STATE();
    case 26:
      if (lookahead == '\n') ADVANCE(24);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(11);
      if (lookahead != 0) ADVANCE(27);
      END_STATE();
    case 27:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead != 0) ADVANCE(27);
      END_STATE();
    case 28:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead != 0) ADVANCE(428);
      END_STATE();
    case 29:
      if (lookahead == '\n') ADVANCE(337);
      if (lookahead == '\r') ADVANCE(269);
      if (lookahead != 0) ADVANCE(362);
      END_STATE();
    case 30:
      if (lookahead == '\n') ADVANCE(337);
      if (lookahead == '\r') ADVANCE(244);
      if (lookahead != 0) ADVANCE(341);
      END_STATE();
    case 31:
      if (lookahead == '\n') ADVANCE(337);
      if (lookahead == '\r') ADVANCE(245);
      if (lookahead != 0) ADVANCE(346);
      END_STATE();
    case 32:
      if (lookahead == '\n') ADVANCE(337);
      if (lookahead == '\r') ADVANCE(247);
      if (lookahead == ')') ADVANCE(346);
      if (lookahead != 0) ADVANCE(356);
      END_STATE();
    case 33:
      if (lookahead == '\n') ADVANCE(337);
      if (lookahead == '\r') ADVANCE(246);
      if (lookahead == ')') ADVANCE(341);
      if (lookahead != 0) ADVANCE(353);
      END_STATE();
    case 34:
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == 65535) ADVANCE(337);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(39);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(34);
      if (lookahead != 0) ADVANCE(337);
      END_STATE();
    case 35:
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == 65535) ADVANCE(425);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(39);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(35);
      if (lookahead != 0) ADVANCE(425);
      END_STATE();
    case 36:
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead == 65535) ADVANCE(193);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(39);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(36);
      END_STATE();
    case 37:
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead == 65535) ADVANCE(199);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(39);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(37);
      if (lookahead != 0) ADVANCE(39);
      END_STATE();
    case 38:
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead != 0) ADVANCE(195);
      END_STATE();
    case 39:
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead != 0) ADVANCE(39);
      END_STATE();
    case 40:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(42);
      if (lookahead == '}') ADVANCE(167);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(40);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 41:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(42);
      if (lookahead == '}') ADVANCE(167);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 42:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(42);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(40);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 43:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(43);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(58);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(48);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(251);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 44:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(44);
      if (lookahead == '\\') ADVANCE(55);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(391);
      if (lookahead != 0) ADVANCE(396);
      END_STATE();
    case 45:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == 65535) ADVANCE(150);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(45);
      if (lookahead != 0) ADVANCE(337);
      END_STATE();
    case 46:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == 65535) ADVANCE(150);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(46);
      if (lookahead != 0) ADVANCE(341);
      END_STATE();
    case 47:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(58);
      if (lookahead == 65535) ADVANCE(159);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 48:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(58);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(48);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 49:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == 65535) ADVANCE(150);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(49);
      if (lookahead != 0) ADVANCE(425);
      END_STATE();
    case 50:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\\') ADVANCE(55);
      if (lookahead == 65535) ADVANCE(178);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(50);
      if (lookahead != 0) ADVANCE(396);
      END_STATE();
    case 51:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\\') ADVANCE(55);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(51);
      if (lookahead != 0) ADVANCE(396);
      END_STATE();
    case 52:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == 65535) ADVANCE(150);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(52);
      END_STATE();
    case 53:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == 65535) ADVANCE(185);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(53);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 54:
      if (lookahead == '\n') ADVANCE(52);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 55:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead != 0) ADVANCE(396);
      END_STATE();
    case 56:
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 57:
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '\r') ADVANCE(266);
      if (lookahead != 0) ADVANCE(258);
      END_STATE();
    case 58:
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '\r') ADVANCE(268);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 59:
      if (lookahead == '\n') ADVANCE(334);
      if (lookahead == '\r') ADVANCE(271);
      if (lookahead != 0) ADVANCE(379);
      END_STATE();
    case 60:
      if (lookahead == '\n') ADVANCE(334);
      if (lookahead == '\r') ADVANCE(270);
      if (lookahead != 0) ADVANCE(364);
      END_STATE();
    case 61:
      if (lookahead == ' ') ADVANCE(61);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 62:
      if (lookahead == ' ') ADVANCE(62);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(341);
      if (lookahead == '\\') ADVANCE(33);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(80);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(353);
      END_STATE();
    case 63:
      if (lookahead == ' ') ADVANCE(65);
      if (lookahead == '}') ADVANCE(132);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(63);
      END_STATE();
    case 64:
      if (lookahead == ' ') ADVANCE(65);
      if (lookahead == '}') ADVANCE(132);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(64);
      END_STATE();
    case 65:
      if (lookahead == ' ') ADVANCE(65);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(63);
      END_STATE();
    case 66:
      if (lookahead == ' ') ADVANCE(66);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(81);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(397);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 67:
      if (lookahead == ' ') ADVANCE(67);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(74);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(286);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 68:
      if (lookahead == ' ') ADVANCE(68);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(291);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 69:
      if (lookahead == ' ') ADVANCE(71);
      if (lookahead == '}') ADVANCE(173);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(69);
      END_STATE();
    case 70:
      if (lookahead == ' ') ADVANCE(71);
      if (lookahead == '}') ADVANCE(173);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(70);
      END_STATE();
    case 71:
      if (lookahead == ' ') ADVANCE(71);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(69);
      END_STATE();
    case 72:
      if (lookahead == ' ') ADVANCE(72);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(81);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(401);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 73:
      if (lookahead == ' ') ADVANCE(73);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(74);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(296);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 74:
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(74);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 75:
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(75);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 76:
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(341);
      if (lookahead == '\\') ADVANCE(33);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(80);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(76);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(353);
      END_STATE();
    case 77:
      if (lookahead == '"') ADVANCE(194);
      if (lookahead == '$') ADVANCE(117);
      if (lookahead == '\\') ADVANCE(110);
      if (lookahead == 'i') ADVANCE(127);
      if (lookahead == '~') ADVANCE(113);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(432);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(77)
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 78:
      if (lookahead == '"') ADVANCE(194);
      if (lookahead == '$') ADVANCE(117);
      if (lookahead == '\\') ADVANCE(110);
      if (lookahead == 'i') ADVANCE(128);
      if (lookahead == '~') ADVANCE(113);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(432);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(78)
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 79:
      if (lookahead == '(') ADVANCE(80);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(432);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(79)
      END_STATE();
    case 80:
      if (lookahead == ')') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(80);
      END_STATE();
    case 81:
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(81);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 82:
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(64);
      END_STATE();
    case 83:
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(70);
      END_STATE();
    case 84:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(194);
      END_STATE();
    case 85:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(403);
      END_STATE();
    case 86:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(425);
      END_STATE();
    case 87:
      if (lookahead != 0 &&
          lookahead != '\r') ADVANCE(337);
      if (lookahead == '\r') ADVANCE(390);
      END_STATE();
    case 88:
      if (eof) ADVANCE(94);
      if (lookahead == '\n') ADVANCE(434);
      if (lookahead == '"') ADVANCE(362);
      if (lookahead == '$') ADVANCE(306);
      if (lookahead == '(') ADVANCE(348);
      if (lookahead == '@') ADVANCE(200);
      if (lookahead == '\\') ADVANCE(99);
      if (lookahead == 'i') ADVANCE(312);
      if (lookahead == '{') ADVANCE(341);
      if (lookahead == '}') ADVANCE(341);
      if (lookahead == '~') ADVANCE(302);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(432);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(88)
      if (lookahead != 0) ADVANCE(315);
      END_STATE();
    case 89:
      if (eof) ADVANCE(94);
      if (lookahead == '\n') ADVANCE(434);
      if (lookahead == '"') ADVANCE(194);
      if (lookahead == '$') ADVANCE(117);
      if (lookahead == '=') ADVANCE(97);
      if (lookahead == '@') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(110);
      if (lookahead == 'i') ADVANCE(127);
      if (lookahead == '{') ADVANCE(95);
      if (lookahead == '}') ADVANCE(96);
      if (lookahead == '~') ADVANCE(113);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(432);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(90)
      if (lookahead != 0) ADVANCE(132);
      END_STATE();
    case 90:
      if (eof) ADVANCE(94);
      if (lookahead == '\n') ADVANCE(434);
      if (lookahead == '"') ADVANCE(194);
      if (lookahead == '$') ADVANCE(117);
      if (lookahead == '@') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(110);
      if (lookahead == 'i') ADVANCE(127);
      if (lookahead == '{') ADVANCE(95);
      if (lookahead == '}') ADVANCE(96);
      if (lookahead == '~') ADVANCE(113);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(432);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(90)
      if (lookahead != 0) ADVANCE(132);
      END_STATE();
    case 91:
      if (eof) ADVANCE(94);
      if (lookahead == '\n') ADVANCE(433);
      if (lookahead == '"') ADVANCE(362);
      if (lookahead == '$') ADVANCE(331);
      if (lookahead == '@') ADVANCE(200);
      if (lookahead == '\\') ADVANCE(106);
      if (lookahead == 'i') ADVANCE(327);
      if (lookahead == '{') ADVANCE(337);
      if (lookahead == '}') ADVANCE(337);
      if (lookahead == '~') ADVANCE(319);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(432);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(91)
      if (lookahead != 0) ADVANCE(330);
      END_STATE();
    case 92:
      if (eof) ADVANCE(94);
      if (lookahead == '\n') ADVANCE(433);
      if (lookahead == '"') ADVANCE(194);
      if (lookahead == '$') ADVANCE(117);
      if (lookahead == '@') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(110);
      if (lookahead == 'i') ADVANCE(127);
      if (lookahead == '}') ADVANCE(96);
      if (lookahead == '~') ADVANCE(113);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(432);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(92)
      if (lookahead != 0 &&
          lookahead != '{') ADVANCE(132);
      END_STATE();
    case 93:
      if (eof) ADVANCE(94);
      if (lookahead == '\n') ADVANCE(433);
      if (lookahead == '"') ADVANCE(403);
      if (lookahead == '$') ADVANCE(409);
      if (lookahead == '@') ADVANCE(211);
      if (lookahead == '\\') ADVANCE(111);
      if (lookahead == 'i') ADVANCE(415);
      if (lookahead == '{') ADVANCE(425);
      if (lookahead == '}') ADVANCE(425);
      if (lookahead == '~') ADVANCE(405);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(432);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(93)
      if (lookahead != 0) ADVANCE(418);
      END_STATE();
    case 94:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(sym_word);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(232);
      if (lookahead == '"') ADVANCE(315);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(357);
      if (lookahead == 65535) ADVANCE(315);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(381);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(338);
      if (lookahead != 0) ADVANCE(315);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\f' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(315);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(357);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(381);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(338);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(234);
      if (!sym__definition_value_character_set_1(lookahead)) ADVANCE(348);
      if (lookahead == '$') ADVANCE(347);
      if (lookahead == ')') ADVANCE(315);
      if (lookahead == '\\') ADVANCE(360);
      if (lookahead == 65535) ADVANCE(348);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(366);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(353);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(351);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(235);
      if (!sym__definition_value_character_set_1(lookahead)) ADVANCE(350);
      if (lookahead == '$') ADVANCE(349);
      if (lookahead == ')') ADVANCE(317);
      if (lookahead == '\\') ADVANCE(361);
      if (lookahead == 65535) ADVANCE(350);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(368);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(356);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(354);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(240);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\f' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(381);
      if (lookahead == '$') ADVANCE(380);
      if (lookahead == '\\') ADVANCE(375);
      if (lookahead == 65535) ADVANCE(381);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(381);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(386);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(384);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(236);
      if (!sym__definition_value_character_set_1(lookahead)) ADVANCE(366);
      if (lookahead == '$') ADVANCE(365);
      if (lookahead == ')') ADVANCE(381);
      if (lookahead == '\\') ADVANCE(377);
      if (lookahead == 65535) ADVANCE(366);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(366);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(371);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(369);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(238);
      if (!sym__definition_value_character_set_1(lookahead)) ADVANCE(368);
      if (lookahead == '$') ADVANCE(367);
      if (lookahead == ')') ADVANCE(383);
      if (lookahead == '\\') ADVANCE(378);
      if (lookahead == 65535) ADVANCE(368);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(368);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(374);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(372);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(231);
      if (lookahead == '"') ADVANCE(330);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(359);
      if (lookahead == 65535) ADVANCE(330);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(381);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(333);
      if (lookahead != 0) ADVANCE(330);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(231);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\f' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(330);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(359);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(381);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(333);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(233);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\f' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(317);
      if (lookahead == '$') ADVANCE(316);
      if (lookahead == '\\') ADVANCE(358);
      if (lookahead == 65535) ADVANCE(317);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(383);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(346);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(343);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '\r') ADVANCE(242);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\f' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(383);
      if (lookahead == '$') ADVANCE(382);
      if (lookahead == '\\') ADVANCE(376);
      if (lookahead == 65535) ADVANCE(383);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(383);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(389);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(387);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '"') ADVANCE(132);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 65535) ADVANCE(132);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(134);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '"') ADVANCE(418);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(429);
      if (lookahead == 65535) ADVANCE(418);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(420);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(421);
      if (lookahead != 0) ADVANCE(418);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == 'E') ADVANCE(114);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == 'L') ADVANCE(115);
      if (lookahead == 'S') ADVANCE(112);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == 'Q') ADVANCE(228);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == 'S') ADVANCE(116);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == 'T') ADVANCE(227);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(110);
      if (lookahead == '{') ADVANCE(82);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '=' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(110);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '=' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'c') ADVANCE(125);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'c') ADVANCE(126);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'd') ADVANCE(124);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'd') ADVANCE(123);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'e') ADVANCE(136);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'e') ADVANCE(145);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'l') ADVANCE(129);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'l') ADVANCE(130);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'n') ADVANCE(119);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'n') ADVANCE(120);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'u') ADVANCE(121);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 'u') ADVANCE(122);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == '{') ADVANCE(82);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(132);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(133);
      if (lookahead == '\\') ADVANCE(138);
      if (lookahead == '{') ADVANCE(26);
      if (lookahead == 65535) ADVANCE(134);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (lookahead == '"' ||
          lookahead == '}') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(25);
      if (lookahead != 0) ADVANCE(134);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(133);
      if (lookahead == '\\') ADVANCE(138);
      if (lookahead == 65535) ADVANCE(134);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(25);
      if (lookahead != 0) ADVANCE(134);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(172);
      if (lookahead == '\\') ADVANCE(182);
      if (lookahead == 65535) ADVANCE(173);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(173);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '$') ADVANCE(172);
      if (lookahead == '\\') ADVANCE(160);
      if (lookahead == 65535) ADVANCE(173);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      if (lookahead == 'a' ||
          lookahead == 'b' ||
          lookahead == 'm' ||
          lookahead == 'r' ||
          lookahead == 'w') ADVANCE(135);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(173);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(132);
      if (lookahead == '$') ADVANCE(131);
      if (lookahead == '\\') ADVANCE(137);
      if (lookahead == 65535) ADVANCE(132);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(134);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(24);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(134);
      if (lookahead == '$') ADVANCE(133);
      if (lookahead == '\\') ADVANCE(138);
      if (lookahead == 65535) ADVANCE(134);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(134);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(25);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(418);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(429);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(420);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(421);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(420);
      if (lookahead == '$') ADVANCE(419);
      if (lookahead == '\\') ADVANCE(430);
      if (lookahead == 65535) ADVANCE(420);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(420);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(428);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(426);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead != 0) ADVANCE(27);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(sym__include_keyword);
      if (lookahead == '$') ADVANCE(164);
      if (lookahead == '\\') ADVANCE(186);
      if (lookahead == 65535) ADVANCE(165);
      if (lookahead == 'a' ||
          lookahead == 'b' ||
          lookahead == 'm' ||
          lookahead == 'r' ||
          lookahead == 'w') ADVANCE(143);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(165);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(sym__include_keyword);
      if (lookahead == '$') ADVANCE(164);
      if (lookahead == '\\') ADVANCE(187);
      if (lookahead == 65535) ADVANCE(165);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(165);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(sym__include_keyword);
      if (lookahead == '$') ADVANCE(172);
      if (lookahead == '\\') ADVANCE(182);
      if (lookahead == 65535) ADVANCE(173);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(173);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(sym__include_keyword);
      if (lookahead == '$') ADVANCE(172);
      if (lookahead == '\\') ADVANCE(160);
      if (lookahead == 65535) ADVANCE(173);
      if (lookahead == 'a' ||
          lookahead == 'b' ||
          lookahead == 'm' ||
          lookahead == 'r' ||
          lookahead == 'w') ADVANCE(144);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(173);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym__include_keyword);
      if (lookahead == '$') ADVANCE(174);
      if (lookahead == '\\') ADVANCE(191);
      if (lookahead == 65535) ADVANCE(175);
      if (lookahead == 'a' ||
          lookahead == 'b' ||
          lookahead == 'm' ||
          lookahead == 'r' ||
          lookahead == 'w') ADVANCE(147);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(175);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym__include_keyword);
      if (lookahead == '$') ADVANCE(174);
      if (lookahead == '\\') ADVANCE(192);
      if (lookahead == 65535) ADVANCE(175);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(175);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(sym__include_keyword);
      if (lookahead == '$') ADVANCE(176);
      if (lookahead == '\\') ADVANCE(184);
      if (lookahead == 65535) ADVANCE(177);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(177);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(sym__include_keyword);
      if (lookahead == '$') ADVANCE(176);
      if (lookahead == '\\') ADVANCE(163);
      if (lookahead == 65535) ADVANCE(177);
      if (lookahead == 'a' ||
          lookahead == 'b' ||
          lookahead == 'm' ||
          lookahead == 'r' ||
          lookahead == 'w') ADVANCE(148);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(177);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(sym__include_like_word);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(169);
      if (lookahead == '$') ADVANCE(164);
      if (lookahead == '\\') ADVANCE(187);
      if (lookahead == 65535) ADVANCE(165);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(167);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(46);
      if (lookahead != 0 &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(165);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(169);
      if (lookahead == '$') ADVANCE(168);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == 65535) ADVANCE(169);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(157);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(255);
      if (lookahead != 0 &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(169);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(169);
      if (lookahead == '$') ADVANCE(174);
      if (lookahead == '\\') ADVANCE(192);
      if (lookahead == 65535) ADVANCE(175);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(167);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(45);
      if (lookahead != 0 &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(175);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '$') ADVANCE(154);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '{') ADVANCE(260);
      if (lookahead == '}') ADVANCE(261);
      if (lookahead == 65535) ADVANCE(155);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead != 0) ADVANCE(155);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '$') ADVANCE(154);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == 65535) ADVANCE(155);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(261);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead != 0) ADVANCE(155);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '$') ADVANCE(156);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '{') ADVANCE(257);
      if (lookahead == '}') ADVANCE(258);
      if (lookahead == 65535) ADVANCE(157);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(256);
      if (lookahead != 0) ADVANCE(157);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '$') ADVANCE(156);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == 65535) ADVANCE(157);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(256);
      if (lookahead != 0) ADVANCE(157);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(57);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(258);
      if (lookahead != 0) ADVANCE(258);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(58);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(48);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(173);
      if (lookahead == '$') ADVANCE(172);
      if (lookahead == '\\') ADVANCE(182);
      if (lookahead == 65535) ADVANCE(173);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(167);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead != 0 &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(173);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(157);
      if (lookahead == '$') ADVANCE(154);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == 65535) ADVANCE(155);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(167);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(261);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead != 0) ADVANCE(155);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(157);
      if (lookahead == '$') ADVANCE(156);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == 65535) ADVANCE(157);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(157);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(256);
      if (lookahead != 0) ADVANCE(157);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(177);
      if (lookahead == '$') ADVANCE(176);
      if (lookahead == '\\') ADVANCE(183);
      if (lookahead == 65535) ADVANCE(177);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(171);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(393);
      if (lookahead != 0 &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(177);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(164);
      if (lookahead == '\\') ADVANCE(187);
      if (lookahead == '{') ADVANCE(340);
      if (lookahead == 65535) ADVANCE(165);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(46);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '}') ADVANCE(165);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(164);
      if (lookahead == '\\') ADVANCE(187);
      if (lookahead == 65535) ADVANCE(165);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(46);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(165);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(166);
      if (lookahead == '\\') ADVANCE(179);
      if (lookahead == '{') ADVANCE(54);
      if (lookahead == 65535) ADVANCE(167);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (lookahead == '"' ||
          lookahead == '}') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(53);
      if (lookahead != 0) ADVANCE(167);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(166);
      if (lookahead == '\\') ADVANCE(179);
      if (lookahead == 65535) ADVANCE(167);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(53);
      if (lookahead != 0) ADVANCE(167);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(168);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '{') ADVANCE(345);
      if (lookahead == 65535) ADVANCE(169);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(255);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '}') ADVANCE(169);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(168);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == 65535) ADVANCE(169);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(255);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(169);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(170);
      if (lookahead == '\\') ADVANCE(181);
      if (lookahead == '{') ADVANCE(395);
      if (lookahead == 65535) ADVANCE(171);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (lookahead == '"' ||
          lookahead == '}') ADVANCE(396);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(50);
      if (lookahead != 0) ADVANCE(171);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(170);
      if (lookahead == '\\') ADVANCE(181);
      if (lookahead == 65535) ADVANCE(171);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(396);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(50);
      if (lookahead != 0) ADVANCE(171);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(172);
      if (lookahead == '\\') ADVANCE(182);
      if (lookahead == '{') ADVANCE(83);
      if (lookahead == 65535) ADVANCE(173);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '}') ADVANCE(173);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(172);
      if (lookahead == '\\') ADVANCE(182);
      if (lookahead == 65535) ADVANCE(173);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(173);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(174);
      if (lookahead == '\\') ADVANCE(192);
      if (lookahead == '{') ADVANCE(336);
      if (lookahead == 65535) ADVANCE(175);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(45);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '}') ADVANCE(175);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(174);
      if (lookahead == '\\') ADVANCE(192);
      if (lookahead == 65535) ADVANCE(175);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(45);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(175);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(176);
      if (lookahead == '\\') ADVANCE(184);
      if (lookahead == '{') ADVANCE(424);
      if (lookahead == 65535) ADVANCE(177);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(49);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '}') ADVANCE(177);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '$') ADVANCE(176);
      if (lookahead == '\\') ADVANCE(184);
      if (lookahead == 65535) ADVANCE(177);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(49);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(177);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\\') ADVANCE(55);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(51);
      if (lookahead != 0) ADVANCE(396);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(167);
      if (lookahead == '$') ADVANCE(166);
      if (lookahead == '\\') ADVANCE(179);
      if (lookahead == 65535) ADVANCE(167);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(167);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(53);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(171);
      if (lookahead == '$') ADVANCE(170);
      if (lookahead == '\\') ADVANCE(181);
      if (lookahead == 65535) ADVANCE(171);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(167);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(396);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(50);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(171);
      if (lookahead == '$') ADVANCE(170);
      if (lookahead == '\\') ADVANCE(180);
      if (lookahead == 65535) ADVANCE(171);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(171);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(396);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(394);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(173);
      if (lookahead == '$') ADVANCE(172);
      if (lookahead == '\\') ADVANCE(182);
      if (lookahead == 65535) ADVANCE(173);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(167);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(52);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(177);
      if (lookahead == '$') ADVANCE(176);
      if (lookahead == '\\') ADVANCE(184);
      if (lookahead == 65535) ADVANCE(177);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(167);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(49);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(177);
      if (lookahead == '$') ADVANCE(176);
      if (lookahead == '\\') ADVANCE(183);
      if (lookahead == 65535) ADVANCE(177);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(171);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(393);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '\r') ADVANCE(263);
      if (lookahead == '"') ADVANCE(165);
      if (lookahead == '$') ADVANCE(164);
      if (lookahead == '\\') ADVANCE(151);
      if (lookahead == 65535) ADVANCE(165);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(155);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(254);
      if (lookahead != 0 &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(165);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '\r') ADVANCE(263);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\f' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(165);
      if (lookahead == '$') ADVANCE(164);
      if (lookahead == '\\') ADVANCE(151);
      if (lookahead == 65535) ADVANCE(165);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(155);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(254);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '\r') ADVANCE(267);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\f' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(155);
      if (lookahead == '$') ADVANCE(154);
      if (lookahead == '\\') ADVANCE(161);
      if (lookahead == 65535) ADVANCE(155);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(155);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(261);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(259);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '\r') ADVANCE(264);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\f' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(169);
      if (lookahead == '$') ADVANCE(168);
      if (lookahead == '\\') ADVANCE(152);
      if (lookahead == 65535) ADVANCE(169);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(157);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(255);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '\r') ADVANCE(265);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\f' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(157);
      if (lookahead == '$') ADVANCE(156);
      if (lookahead == '\\') ADVANCE(162);
      if (lookahead == 65535) ADVANCE(157);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(157);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(256);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '\r') ADVANCE(262);
      if (lookahead == '"') ADVANCE(175);
      if (lookahead == '$') ADVANCE(174);
      if (lookahead == '\\') ADVANCE(153);
      if (lookahead == 65535) ADVANCE(175);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(155);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(253);
      if (lookahead != 0 &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(175);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym__include_like_word);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '\r') ADVANCE(262);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\f' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(175);
      if (lookahead == '$') ADVANCE(174);
      if (lookahead == '\\') ADVANCE(153);
      if (lookahead == 65535) ADVANCE(175);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(155);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(253);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym_string);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead == '"') ADVANCE(197);
      if (lookahead == '\\') ADVANCE(84);
      if (lookahead == 65535) ADVANCE(194);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(195);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(194);
      if (lookahead != 0) ADVANCE(194);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead == '"') ADVANCE(198);
      if (lookahead == '\\') ADVANCE(38);
      if (lookahead == 65535) ADVANCE(195);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(195);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(195);
      if (lookahead != 0) ADVANCE(195);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead == '"') ADVANCE(422);
      if (lookahead == '\\') ADVANCE(85);
      if (lookahead == 65535) ADVANCE(403);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(195);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(196);
      if (lookahead != 0) ADVANCE(403);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead == 65535) ADVANCE(193);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(39);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(36);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead == 65535) ADVANCE(199);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(39);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(37);
      if (lookahead != 0) ADVANCE(39);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '\n') ADVANCE(36);
      if (lookahead != 0) ADVANCE(39);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '"') ADVANCE(206);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '\\') ADVANCE(221);
      if (lookahead == '^') ADVANCE(202);
      if (lookahead == 65535) ADVANCE(202);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(206);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(204);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(202);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '"') ADVANCE(206);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '\\') ADVANCE(221);
      if (lookahead == '{') ADVANCE(205);
      if (lookahead == '}') ADVANCE(206);
      if (lookahead == 65535) ADVANCE(202);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(204);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(202);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '"') ADVANCE(206);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '\\') ADVANCE(221);
      if (lookahead == 65535) ADVANCE(202);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(206);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(204);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(202);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '"') ADVANCE(206);
      if (lookahead == '\\') ADVANCE(224);
      if (lookahead == '}') ADVANCE(202);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(206);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(206);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '"') ADVANCE(206);
      if (lookahead == '\\') ADVANCE(224);
      if (lookahead == 65535) ADVANCE(206);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(204);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(206);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '"') ADVANCE(206);
      if (lookahead == '\\') ADVANCE(224);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(206);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(206);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '"') ADVANCE(206);
      if (lookahead == '\\') ADVANCE(224);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(206);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(206);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '"') ADVANCE(202);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '\\') ADVANCE(221);
      if (lookahead == 65535) ADVANCE(202);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(206);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(204);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(202);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '$') ADVANCE(209);
      if (lookahead == '\\') ADVANCE(222);
      if (lookahead == '^') ADVANCE(210);
      if (lookahead == 65535) ADVANCE(210);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(219);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(226);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(210);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '$') ADVANCE(209);
      if (lookahead == '\\') ADVANCE(222);
      if (lookahead == '{') ADVANCE(220);
      if (lookahead == 65535) ADVANCE(210);
      if (lookahead == '"' ||
          lookahead == '}') ADVANCE(226);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(219);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(210);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '$') ADVANCE(209);
      if (lookahead == '\\') ADVANCE(222);
      if (lookahead == 65535) ADVANCE(210);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(219);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(226);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(210);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '$') ADVANCE(212);
      if (lookahead == '\\') ADVANCE(223);
      if (lookahead == '^') ADVANCE(213);
      if (lookahead == 65535) ADVANCE(213);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(215);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(217);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(213);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '$') ADVANCE(212);
      if (lookahead == '\\') ADVANCE(223);
      if (lookahead == '{') ADVANCE(216);
      if (lookahead == 65535) ADVANCE(213);
      if (lookahead == '"' ||
          lookahead == '}') ADVANCE(217);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(215);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(213);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '$') ADVANCE(212);
      if (lookahead == '\\') ADVANCE(223);
      if (lookahead == 65535) ADVANCE(213);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(215);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(217);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead)) ADVANCE(213);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '\\') ADVANCE(225);
      if (lookahead == '}') ADVANCE(213);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(217);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(217);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '\\') ADVANCE(225);
      if (lookahead == 65535) ADVANCE(217);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(215);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(217);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '\\') ADVANCE(225);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(217);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(217);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '\\') ADVANCE(225);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(217);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(217);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == '}') ADVANCE(210);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(226);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead == 65535) ADVANCE(226);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(219);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(226);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym_condition);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(226);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(202);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '\\') ADVANCE(207);
      if (lookahead == 65535) ADVANCE(202);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(206);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(204);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(210);
      if (lookahead == '$') ADVANCE(209);
      if (lookahead == '\\') ADVANCE(222);
      if (lookahead == 65535) ADVANCE(210);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(226);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(219);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(213);
      if (lookahead == '$') ADVANCE(212);
      if (lookahead == '\\') ADVANCE(223);
      if (lookahead == 65535) ADVANCE(213);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(217);
      if (lookahead == 11 ||
          lookahead == '\f') ADVANCE(215);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(206);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(217);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_condition);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(226);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym__sequence_keyword);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym__sequence_keyword);
      if (lookahead == 'x') ADVANCE(227);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__sequence_parameters);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym__sequence_parameters);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead != 0) ADVANCE(27);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == 65535) ADVANCE(337);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == 65535) ADVANCE(341);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (lookahead == 65535) ADVANCE(346);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(343);
      if (lookahead != 0) ADVANCE(346);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(341);
      if (lookahead == '\\') ADVANCE(33);
      if (lookahead == 65535) ADVANCE(353);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(15);
      if (lookahead != 0 &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(353);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(32);
      if (lookahead == 65535) ADVANCE(356);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(354);
      if (lookahead != 0) ADVANCE(356);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(386);
      if (lookahead == '\\') ADVANCE(5);
      if (lookahead == 65535) ADVANCE(371);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(371);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(386);
      if (lookahead == '\\') ADVANCE(5);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead != 0 &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(371);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == 65535) ADVANCE(374);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(372);
      if (lookahead != 0) ADVANCE(374);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(4);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(374);
      if (lookahead != 0) ADVANCE(374);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(3);
      if (lookahead == 65535) ADVANCE(386);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead != 0 &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(386);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(3);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(386);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(6);
      if (lookahead == 65535) ADVANCE(389);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(387);
      if (lookahead != 0) ADVANCE(389);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(333);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(6);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(389);
      if (lookahead != 0) ADVANCE(389);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(337);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(75);
      if (lookahead != 0 &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(337);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(346);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(346);
      if (lookahead != 0) ADVANCE(346);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(337);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(341);
      if (lookahead == '\\') ADVANCE(33);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(76);
      if (lookahead != 0 &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(353);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(337);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(32);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(356);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(356);
      if (lookahead != 0) ADVANCE(356);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(250);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(57);
      if (lookahead == '}') ADVANCE(157);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(258);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(248);
      if (lookahead != 0) ADVANCE(258);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(250);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(57);
      if (lookahead == '}') ADVANCE(157);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(258);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(249);
      if (lookahead != 0) ADVANCE(258);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(250);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(57);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(258);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(248);
      if (lookahead != 0) ADVANCE(258);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(43);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(58);
      if (lookahead == '}') ADVANCE(155);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(48);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(251);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(43);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(58);
      if (lookahead == '}') ADVANCE(155);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(48);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(252);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == 65535) ADVANCE(150);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(45);
      if (lookahead != 0) ADVANCE(337);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == 65535) ADVANCE(150);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(46);
      if (lookahead != 0) ADVANCE(341);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (lookahead == 65535) ADVANCE(150);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(255);
      if (lookahead != 0) ADVANCE(346);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(57);
      if (lookahead == 65535) ADVANCE(158);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(256);
      if (lookahead != 0) ADVANCE(258);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(57);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(258);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(249);
      if (lookahead != 0) ADVANCE(258);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(57);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(258);
      if (lookahead != 0) ADVANCE(258);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(58);
      if (lookahead == 65535) ADVANCE(159);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(58);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(48);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(252);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(58);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(48);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == 65535) ADVANCE(150);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(45);
      if (lookahead != 0) ADVANCE(337);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == 65535) ADVANCE(150);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(46);
      if (lookahead != 0) ADVANCE(341);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (lookahead == 65535) ADVANCE(150);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(255);
      if (lookahead != 0) ADVANCE(346);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(57);
      if (lookahead == 65535) ADVANCE(158);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(256);
      if (lookahead != 0) ADVANCE(258);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(57);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(258);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(258);
      if (lookahead != 0) ADVANCE(258);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(58);
      if (lookahead == 65535) ADVANCE(159);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(253);
      if (lookahead == '"') ADVANCE(258);
      if (lookahead == '\\') ADVANCE(58);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(48);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(334);
      if (lookahead == '"') ADVANCE(342);
      if (lookahead == '\\') ADVANCE(29);
      if (lookahead == 65535) ADVANCE(362);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(379);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(362);
      if (lookahead != 0) ADVANCE(362);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(334);
      if (lookahead == '"') ADVANCE(364);
      if (lookahead == '\\') ADVANCE(60);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(364);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(364);
      if (lookahead != 0) ADVANCE(364);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '\n') ADVANCE(334);
      if (lookahead == '"') ADVANCE(363);
      if (lookahead == '\\') ADVANCE(59);
      if (lookahead == 65535) ADVANCE(379);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(379);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(379);
      if (lookahead != 0) ADVANCE(379);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(61);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == '}') ADVANCE(315);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(61);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == '}') ADVANCE(315);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(273);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(62);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(341);
      if (lookahead == '\\') ADVANCE(33);
      if (lookahead == '}') ADVANCE(348);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(353);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(62);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(341);
      if (lookahead == '\\') ADVANCE(33);
      if (lookahead == '}') ADVANCE(348);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(275);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(353);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(7);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(3);
      if (lookahead == '}') ADVANCE(381);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(19);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(386);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(7);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(3);
      if (lookahead == '}') ADVANCE(381);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(19);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(277);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(386);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(8);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(386);
      if (lookahead == '\\') ADVANCE(5);
      if (lookahead == '}') ADVANCE(366);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(371);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(8);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(386);
      if (lookahead == '\\') ADVANCE(5);
      if (lookahead == '}') ADVANCE(366);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(279);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(371);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(282);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (lookahead == '}') ADVANCE(317);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(346);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(346);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(346);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(282);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (lookahead == '}') ADVANCE(317);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(346);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(346);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(281);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(346);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(282);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(346);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(346);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(346);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(285);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(32);
      if (lookahead == '}') ADVANCE(350);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(356);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(356);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(283);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(356);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(285);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(32);
      if (lookahead == '}') ADVANCE(350);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(356);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(356);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(284);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(356);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(285);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(32);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(356);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(356);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(283);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(356);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(67);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == '}') ADVANCE(330);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(74);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(286);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(67);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == '}') ADVANCE(330);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(74);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(287);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(290);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '}') ADVANCE(368);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(374);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(288);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(374);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(290);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '}') ADVANCE(368);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(374);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(289);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(374);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(290);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(4);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(374);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(288);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(374);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(68);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == '}') ADVANCE(165);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(291);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(68);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == '}') ADVANCE(165);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(292);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(295);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(6);
      if (lookahead == '}') ADVANCE(383);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(389);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(293);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(389);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(295);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(6);
      if (lookahead == '}') ADVANCE(383);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(389);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(294);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(389);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(295);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(6);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(389);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(293);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(389);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(73);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == '}') ADVANCE(175);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(74);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(296);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(73);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == '}') ADVANCE(175);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(74);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(300);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (lookahead == '}') ADVANCE(169);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(346);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(346);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(346);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(300);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (lookahead == '}') ADVANCE(169);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(346);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(346);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(299);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(346);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == ' ') ADVANCE(300);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(346);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(346);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(346);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == 'E') ADVANCE(303);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == 'L') ADVANCE(304);
      if (lookahead == 'S') ADVANCE(301);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == 'Q') ADVANCE(228);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == 'S') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == 'T') ADVANCE(227);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(99);
      if (lookahead == '{') ADVANCE(339);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '=' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(307);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(99);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '=' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(307);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 'c') ADVANCE(311);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 'd') ADVANCE(310);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 'e') ADVANCE(142);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 'l') ADVANCE(313);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 'n') ADVANCE(308);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 'u') ADVANCE(309);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == '{') ADVANCE(339);
      if (lookahead == '}') ADVANCE(341);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(316);
      if (lookahead == '\\') ADVANCE(108);
      if (lookahead == '{') ADVANCE(344);
      if (lookahead == '}') ADVANCE(346);
      if (lookahead == 65535) ADVANCE(317);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(343);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(317);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(316);
      if (lookahead == '\\') ADVANCE(108);
      if (lookahead == 65535) ADVANCE(317);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(346);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(343);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(317);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == 'E') ADVANCE(320);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == 'L') ADVANCE(321);
      if (lookahead == 'S') ADVANCE(318);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == 'Q') ADVANCE(228);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == 'S') ADVANCE(322);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == 'T') ADVANCE(227);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 'c') ADVANCE(326);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 'd') ADVANCE(325);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 'e') ADVANCE(146);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 'l') ADVANCE(328);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 'n') ADVANCE(323);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 'u') ADVANCE(324);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == '{') ADVANCE(335);
      if (lookahead == '}') ADVANCE(337);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(106);
      if (lookahead == '{') ADVANCE(335);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '=' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(332);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(106);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '=' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(332);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == 65535) ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == 65535) ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(34);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(74);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(287);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(74);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(74);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(337);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == 65535) ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(75);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(273);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(75);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(292);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(30);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(75);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(341);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (lookahead == 65535) ADVANCE(346);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(364);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(342);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(346);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (lookahead == 65535) ADVANCE(346);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(343);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(346);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(346);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(346);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(281);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(346);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(346);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(346);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(299);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(346);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(31);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(346);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(346);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(346);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == '$') ADVANCE(347);
      if (lookahead == ')') ADVANCE(315);
      if (lookahead == '\\') ADVANCE(101);
      if (lookahead == '{') ADVANCE(352);
      if (lookahead == '}') ADVANCE(353);
      if (lookahead == 65535) ADVANCE(348);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(348);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == '$') ADVANCE(347);
      if (lookahead == ')') ADVANCE(315);
      if (lookahead == '\\') ADVANCE(101);
      if (lookahead == 65535) ADVANCE(348);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(353);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(348);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == '$') ADVANCE(349);
      if (lookahead == ')') ADVANCE(317);
      if (lookahead == '\\') ADVANCE(102);
      if (lookahead == '{') ADVANCE(355);
      if (lookahead == '}') ADVANCE(356);
      if (lookahead == 65535) ADVANCE(350);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(354);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(350);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == '$') ADVANCE(349);
      if (lookahead == ')') ADVANCE(317);
      if (lookahead == '\\') ADVANCE(102);
      if (lookahead == 65535) ADVANCE(350);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(356);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(354);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(350);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(341);
      if (lookahead == '\\') ADVANCE(33);
      if (lookahead == 65535) ADVANCE(353);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(353);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(341);
      if (lookahead == '\\') ADVANCE(33);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(76);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(275);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(353);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(341);
      if (lookahead == '\\') ADVANCE(33);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(76);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(353);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(32);
      if (lookahead == 65535) ADVANCE(356);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(354);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(356);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(32);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(356);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(356);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(284);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(356);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(356);
      if (lookahead == ')') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(32);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(356);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(356);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(356);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(317);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(100);
      if (lookahead == 65535) ADVANCE(315);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(341);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(315);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(317);
      if (lookahead == '$') ADVANCE(316);
      if (lookahead == '\\') ADVANCE(108);
      if (lookahead == 65535) ADVANCE(317);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(383);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(346);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(343);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(317);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(317);
      if (lookahead == '$') ADVANCE(329);
      if (lookahead == '\\') ADVANCE(107);
      if (lookahead == 65535) ADVANCE(330);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(337);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(330);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(350);
      if (lookahead == '$') ADVANCE(347);
      if (lookahead == ')') ADVANCE(315);
      if (lookahead == '\\') ADVANCE(101);
      if (lookahead == 65535) ADVANCE(348);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(353);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(348);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(350);
      if (lookahead == '$') ADVANCE(349);
      if (lookahead == ')') ADVANCE(317);
      if (lookahead == '\\') ADVANCE(102);
      if (lookahead == 65535) ADVANCE(350);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(368);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(356);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(354);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(350);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(342);
      if (lookahead == '\\') ADVANCE(29);
      if (lookahead == 65535) ADVANCE(362);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(379);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(362);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(362);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(364);
      if (lookahead == '\\') ADVANCE(60);
      if (lookahead == 65535) ADVANCE(364);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(364);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(363);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(364);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(364);
      if (lookahead == '\\') ADVANCE(60);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(364);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(364);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(364);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == '$') ADVANCE(365);
      if (lookahead == ')') ADVANCE(381);
      if (lookahead == '\\') ADVANCE(104);
      if (lookahead == '{') ADVANCE(370);
      if (lookahead == '}') ADVANCE(371);
      if (lookahead == 65535) ADVANCE(366);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(366);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == '$') ADVANCE(365);
      if (lookahead == ')') ADVANCE(381);
      if (lookahead == '\\') ADVANCE(104);
      if (lookahead == 65535) ADVANCE(366);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(371);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(366);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == '$') ADVANCE(367);
      if (lookahead == ')') ADVANCE(383);
      if (lookahead == '\\') ADVANCE(105);
      if (lookahead == '{') ADVANCE(373);
      if (lookahead == '}') ADVANCE(374);
      if (lookahead == 65535) ADVANCE(368);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(372);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(368);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == '$') ADVANCE(367);
      if (lookahead == ')') ADVANCE(383);
      if (lookahead == '\\') ADVANCE(105);
      if (lookahead == 65535) ADVANCE(368);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(374);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(372);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(368);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(386);
      if (lookahead == '\\') ADVANCE(5);
      if (lookahead == 65535) ADVANCE(371);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(371);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(386);
      if (lookahead == '\\') ADVANCE(5);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(17);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(279);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(371);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(386);
      if (lookahead == '\\') ADVANCE(5);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(371);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == 65535) ADVANCE(374);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(372);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(374);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(4);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(374);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(289);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(374);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(374);
      if (lookahead == ')') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(4);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(374);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(374);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(374);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(383);
      if (lookahead == '$') ADVANCE(380);
      if (lookahead == '\\') ADVANCE(103);
      if (lookahead == 65535) ADVANCE(381);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(386);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(381);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(383);
      if (lookahead == '$') ADVANCE(382);
      if (lookahead == '\\') ADVANCE(109);
      if (lookahead == 65535) ADVANCE(383);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(383);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(389);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(387);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(383);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(368);
      if (lookahead == '$') ADVANCE(365);
      if (lookahead == ')') ADVANCE(381);
      if (lookahead == '\\') ADVANCE(104);
      if (lookahead == 65535) ADVANCE(366);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(371);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(366);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(368);
      if (lookahead == '$') ADVANCE(367);
      if (lookahead == ')') ADVANCE(383);
      if (lookahead == '\\') ADVANCE(105);
      if (lookahead == 65535) ADVANCE(368);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(368);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(374);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(372);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(368);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(363);
      if (lookahead == '\\') ADVANCE(59);
      if (lookahead == 65535) ADVANCE(379);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(379);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(379);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(379);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '$') ADVANCE(380);
      if (lookahead == '\\') ADVANCE(103);
      if (lookahead == '{') ADVANCE(385);
      if (lookahead == '}') ADVANCE(386);
      if (lookahead == 65535) ADVANCE(381);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(381);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '$') ADVANCE(380);
      if (lookahead == '\\') ADVANCE(103);
      if (lookahead == 65535) ADVANCE(381);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(386);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(381);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '$') ADVANCE(382);
      if (lookahead == '\\') ADVANCE(109);
      if (lookahead == '{') ADVANCE(388);
      if (lookahead == '}') ADVANCE(389);
      if (lookahead == 65535) ADVANCE(383);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(387);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(383);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '$') ADVANCE(382);
      if (lookahead == '\\') ADVANCE(109);
      if (lookahead == 65535) ADVANCE(383);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(389);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(387);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(383);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(3);
      if (lookahead == 65535) ADVANCE(386);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(386);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(3);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(19);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(277);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(386);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(3);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(386);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(6);
      if (lookahead == 65535) ADVANCE(389);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(387);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(389);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(6);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(389);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(294);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(389);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead == '"') ADVANCE(389);
      if (lookahead == '\\') ADVANCE(6);
      if (('!' <= lookahead && lookahead <= '#')) ADVANCE(389);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(389);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(389);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym__definition_value);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          (lookahead < 11 || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead) &&
          lookahead != '\\') ADVANCE(337);
      if (lookahead == '"') ADVANCE(346);
      if (lookahead == '\\') ADVANCE(87);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(74);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(44);
      if (lookahead == '\\') ADVANCE(55);
      if (lookahead == '}') ADVANCE(171);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(391);
      if (lookahead != 0) ADVANCE(396);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == ' ') ADVANCE(44);
      if (lookahead == '\\') ADVANCE(55);
      if (lookahead == '}') ADVANCE(171);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r')) ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(392);
      if (lookahead != 0) ADVANCE(396);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == 65535) ADVANCE(150);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(49);
      if (lookahead != 0) ADVANCE(425);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\\') ADVANCE(55);
      if (lookahead == 65535) ADVANCE(178);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(50);
      if (lookahead != 0) ADVANCE(396);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\\') ADVANCE(55);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(51);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(392);
      if (lookahead != 0) ADVANCE(396);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\n') ADVANCE(52);
      if (lookahead == '\\') ADVANCE(55);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(56);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(51);
      if (lookahead != 0) ADVANCE(396);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ' ') ADVANCE(66);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == '}') ADVANCE(418);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(81);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(397);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ' ') ADVANCE(66);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == '}') ADVANCE(418);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(81);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(398);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ' ') ADVANCE(9);
      if (lookahead == '\\') ADVANCE(28);
      if (lookahead == '}') ADVANCE(420);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(23);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(399);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(428);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ' ') ADVANCE(9);
      if (lookahead == '\\') ADVANCE(28);
      if (lookahead == '}') ADVANCE(420);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(23);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(400);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(428);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ' ') ADVANCE(72);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == '}') ADVANCE(177);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(81);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(401);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == ' ') ADVANCE(72);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == '}') ADVANCE(177);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r')) ADVANCE(81);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(402);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '"') ADVANCE(422);
      if (lookahead == '\\') ADVANCE(85);
      if (lookahead == 65535) ADVANCE(403);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(196);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(403);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == 'E') ADVANCE(406);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == 'L') ADVANCE(407);
      if (lookahead == 'S') ADVANCE(404);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == 'Q') ADVANCE(228);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == 'S') ADVANCE(408);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == 'T') ADVANCE(227);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(111);
      if (lookahead == '{') ADVANCE(423);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '=' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(111);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '=' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 'c') ADVANCE(414);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 'd') ADVANCE(413);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 'e') ADVANCE(149);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 'l') ADVANCE(416);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 'n') ADVANCE(411);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 'u') ADVANCE(412);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == '{') ADVANCE(423);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(418);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(419);
      if (lookahead == '\\') ADVANCE(140);
      if (lookahead == '{') ADVANCE(427);
      if (lookahead == 65535) ADVANCE(420);
      if (lookahead == '"' ||
          lookahead == '}') ADVANCE(428);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(22);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(420);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '$') ADVANCE(419);
      if (lookahead == '\\') ADVANCE(140);
      if (lookahead == 65535) ADVANCE(420);
      if (lookahead == '"' ||
          lookahead == '{' ||
          lookahead == '}') ADVANCE(428);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(22);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '!' || '#' < lookahead)) ADVANCE(420);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == 65535) ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == 65535) ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(35);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(81);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(398);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(81);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(402);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\\') ADVANCE(86);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(81);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(425);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\\') ADVANCE(28);
      if (lookahead == 65535) ADVANCE(428);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(22);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(428);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\\') ADVANCE(28);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(23);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(400);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(428);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(sym__path);
      if (lookahead == '\\') ADVANCE(28);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(23);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '!' &&
          lookahead != '#') ADVANCE(428);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(sym__path);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(418);
      if (lookahead == '$') ADVANCE(417);
      if (lookahead == '\\') ADVANCE(139);
      if (lookahead == 65535) ADVANCE(418);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(425);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(21);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(sym__path);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '#' &&
          lookahead != '$' &&
          lookahead != '\\' &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != 65535) ADVANCE(420);
      if (lookahead == '$') ADVANCE(419);
      if (lookahead == '\\') ADVANCE(140);
      if (lookahead == 65535) ADVANCE(420);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(428);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(22);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(sym__open_on_next_line);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(432);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(sym__newline);
      if (lookahead == '\n') ADVANCE(1);
      if (lookahead == '{') ADVANCE(431);
      if (lookahead == '!' ||
          lookahead == '#') ADVANCE(2);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(1);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 92},
  [2] = {.lex_state = 92},
  [3] = {.lex_state = 92},
  [4] = {.lex_state = 92},
  [5] = {.lex_state = 92},
  [6] = {.lex_state = 92},
  [7] = {.lex_state = 92},
  [8] = {.lex_state = 92},
  [9] = {.lex_state = 92},
  [10] = {.lex_state = 92},
  [11] = {.lex_state = 92},
  [12] = {.lex_state = 92},
  [13] = {.lex_state = 92},
  [14] = {.lex_state = 92},
  [15] = {.lex_state = 92},
  [16] = {.lex_state = 92},
  [17] = {.lex_state = 92},
  [18] = {.lex_state = 92},
  [19] = {.lex_state = 92},
  [20] = {.lex_state = 92},
  [21] = {.lex_state = 92},
  [22] = {.lex_state = 92},
  [23] = {.lex_state = 92},
  [24] = {.lex_state = 92},
  [25] = {.lex_state = 92},
  [26] = {.lex_state = 92},
  [27] = {.lex_state = 92},
  [28] = {.lex_state = 92},
  [29] = {.lex_state = 92},
  [30] = {.lex_state = 92},
  [31] = {.lex_state = 92},
  [32] = {.lex_state = 92},
  [33] = {.lex_state = 92},
  [34] = {.lex_state = 92},
  [35] = {.lex_state = 92},
  [36] = {.lex_state = 92},
  [37] = {.lex_state = 92},
  [38] = {.lex_state = 92},
  [39] = {.lex_state = 92},
  [40] = {.lex_state = 92},
  [41] = {.lex_state = 92},
  [42] = {.lex_state = 90},
  [43] = {.lex_state = 90},
  [44] = {.lex_state = 90},
  [45] = {.lex_state = 89},
  [46] = {.lex_state = 89},
  [47] = {.lex_state = 90},
  [48] = {.lex_state = 90},
  [49] = {.lex_state = 90},
  [50] = {.lex_state = 90},
  [51] = {.lex_state = 90},
  [52] = {.lex_state = 90},
  [53] = {.lex_state = 90},
  [54] = {.lex_state = 90},
  [55] = {.lex_state = 90},
  [56] = {.lex_state = 90},
  [57] = {.lex_state = 90},
  [58] = {.lex_state = 90},
  [59] = {.lex_state = 90},
  [60] = {.lex_state = 90},
  [61] = {.lex_state = 90},
  [62] = {.lex_state = 90},
  [63] = {.lex_state = 90},
  [64] = {.lex_state = 90},
  [65] = {.lex_state = 90},
  [66] = {.lex_state = 90},
  [67] = {.lex_state = 91},
  [68] = {.lex_state = 93},
  [69] = {.lex_state = 93},
  [70] = {.lex_state = 91},
  [71] = {.lex_state = 92},
  [72] = {.lex_state = 92},
  [73] = {.lex_state = 92},
  [74] = {.lex_state = 92},
  [75] = {.lex_state = 92},
  [76] = {.lex_state = 92},
  [77] = {.lex_state = 92},
  [78] = {.lex_state = 92},
  [79] = {.lex_state = 92},
  [80] = {.lex_state = 92},
  [81] = {.lex_state = 92},
  [82] = {.lex_state = 92},
  [83] = {.lex_state = 92},
  [84] = {.lex_state = 92},
  [85] = {.lex_state = 92},
  [86] = {.lex_state = 92},
  [87] = {.lex_state = 92},
  [88] = {.lex_state = 92},
  [89] = {.lex_state = 92},
  [90] = {.lex_state = 92},
  [91] = {.lex_state = 92},
  [92] = {.lex_state = 92},
  [93] = {.lex_state = 92},
  [94] = {.lex_state = 92},
  [95] = {.lex_state = 92},
  [96] = {.lex_state = 92},
  [97] = {.lex_state = 92},
  [98] = {.lex_state = 92},
  [99] = {.lex_state = 92},
  [100] = {.lex_state = 92},
  [101] = {.lex_state = 92},
  [102] = {.lex_state = 92},
  [103] = {.lex_state = 92},
  [104] = {.lex_state = 92},
  [105] = {.lex_state = 92},
  [106] = {.lex_state = 92},
  [107] = {.lex_state = 92},
  [108] = {.lex_state = 92},
  [109] = {.lex_state = 92},
  [110] = {.lex_state = 92},
  [111] = {.lex_state = 92},
  [112] = {.lex_state = 92},
  [113] = {.lex_state = 77},
  [114] = {.lex_state = 78},
  [115] = {.lex_state = 0},
  [116] = {.lex_state = 79},
  [117] = {.lex_state = 79},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [sym_word] = ACTIONS(1),
    [sym__include_keyword] = ACTIONS(1),
    [sym__include_like_word] = ACTIONS(1),
    [sym_string] = ACTIONS(1),
    [sym_condition] = ACTIONS(1),
    [sym__sequence_keyword] = ACTIONS(1),
    [sym__sequence_parameters] = ACTIONS(1),
    [sym__definition_value] = ACTIONS(1),
    [sym__path] = ACTIONS(1),
    [sym__open_on_next_line] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(1),
  },
  [1] = {
    [sym_config] = STATE(115),
    [sym__item] = STATE(4),
    [sym__statement] = STATE(4),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(4),
    [sym_block] = STATE(4),
    [sym_definition] = STATE(4),
    [sym_include] = STATE(4),
    [sym_sequence] = STATE(4),
    [aux_sym_config_repeat1] = STATE(4),
    [ts_builtin_sym_end] = ACTIONS(5),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(17),
  },
  [2] = {
    [sym__item] = STATE(2),
    [sym__statement] = STATE(2),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(2),
    [sym_block] = STATE(2),
    [sym_definition] = STATE(2),
    [sym_include] = STATE(2),
    [sym_sequence] = STATE(2),
    [aux_sym_config_repeat1] = STATE(2),
    [ts_builtin_sym_end] = ACTIONS(19),
    [anon_sym_RBRACE] = ACTIONS(19),
    [sym_word] = ACTIONS(21),
    [sym__include_keyword] = ACTIONS(24),
    [sym__include_like_word] = ACTIONS(27),
    [sym_string] = ACTIONS(27),
    [sym_condition] = ACTIONS(30),
    [sym__sequence_keyword] = ACTIONS(33),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(36),
  },
  [3] = {
    [sym__item] = STATE(6),
    [sym__statement] = STATE(6),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(6),
    [sym_block] = STATE(6),
    [sym_definition] = STATE(6),
    [sym_include] = STATE(6),
    [sym_sequence] = STATE(6),
    [aux_sym_config_repeat1] = STATE(6),
    [anon_sym_RBRACE] = ACTIONS(39),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(41),
  },
  [4] = {
    [sym__item] = STATE(2),
    [sym__statement] = STATE(2),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(2),
    [sym_block] = STATE(2),
    [sym_definition] = STATE(2),
    [sym_include] = STATE(2),
    [sym_sequence] = STATE(2),
    [aux_sym_config_repeat1] = STATE(2),
    [ts_builtin_sym_end] = ACTIONS(43),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(45),
  },
  [5] = {
    [sym__item] = STATE(2),
    [sym__statement] = STATE(2),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(2),
    [sym_block] = STATE(2),
    [sym_definition] = STATE(2),
    [sym_include] = STATE(2),
    [sym_sequence] = STATE(2),
    [aux_sym_config_repeat1] = STATE(2),
    [anon_sym_RBRACE] = ACTIONS(47),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(45),
  },
  [6] = {
    [sym__item] = STATE(2),
    [sym__statement] = STATE(2),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(2),
    [sym_block] = STATE(2),
    [sym_definition] = STATE(2),
    [sym_include] = STATE(2),
    [sym_sequence] = STATE(2),
    [aux_sym_config_repeat1] = STATE(2),
    [anon_sym_RBRACE] = ACTIONS(49),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(45),
  },
  [7] = {
    [sym__item] = STATE(5),
    [sym__statement] = STATE(5),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(5),
    [sym_block] = STATE(5),
    [sym_definition] = STATE(5),
    [sym_include] = STATE(5),
    [sym_sequence] = STATE(5),
    [aux_sym_config_repeat1] = STATE(5),
    [anon_sym_RBRACE] = ACTIONS(51),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(53),
  },
  [8] = {
    [sym__item] = STATE(22),
    [sym__statement] = STATE(22),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(22),
    [sym_block] = STATE(22),
    [sym_definition] = STATE(22),
    [sym_include] = STATE(22),
    [sym_sequence] = STATE(22),
    [anon_sym_RBRACE] = ACTIONS(55),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(57),
  },
  [9] = {
    [sym__item] = STATE(25),
    [sym__statement] = STATE(25),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(25),
    [sym_block] = STATE(25),
    [sym_definition] = STATE(25),
    [sym_include] = STATE(25),
    [sym_sequence] = STATE(25),
    [anon_sym_RBRACE] = ACTIONS(59),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(61),
  },
  [10] = {
    [sym__item] = STATE(8),
    [sym__statement] = STATE(8),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(8),
    [sym_block] = STATE(8),
    [sym_definition] = STATE(8),
    [sym_include] = STATE(8),
    [sym_sequence] = STATE(8),
    [anon_sym_RBRACE] = ACTIONS(63),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(65),
  },
  [11] = {
    [sym__item] = STATE(28),
    [sym__statement] = STATE(28),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(28),
    [sym_block] = STATE(28),
    [sym_definition] = STATE(28),
    [sym_include] = STATE(28),
    [sym_sequence] = STATE(28),
    [anon_sym_RBRACE] = ACTIONS(67),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(69),
  },
  [12] = {
    [sym__item] = STATE(17),
    [sym__statement] = STATE(17),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(17),
    [sym_block] = STATE(17),
    [sym_definition] = STATE(17),
    [sym_include] = STATE(17),
    [sym_sequence] = STATE(17),
    [anon_sym_RBRACE] = ACTIONS(71),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(73),
  },
  [13] = {
    [sym__item] = STATE(35),
    [sym__statement] = STATE(35),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(35),
    [sym_block] = STATE(35),
    [sym_definition] = STATE(35),
    [sym_include] = STATE(35),
    [sym_sequence] = STATE(35),
    [anon_sym_RBRACE] = ACTIONS(75),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(77),
  },
  [14] = {
    [sym__item] = STATE(12),
    [sym__statement] = STATE(12),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(12),
    [sym_block] = STATE(12),
    [sym_definition] = STATE(12),
    [sym_include] = STATE(12),
    [sym_sequence] = STATE(12),
    [anon_sym_RBRACE] = ACTIONS(79),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(81),
  },
  [15] = {
    [sym__item] = STATE(10),
    [sym__statement] = STATE(10),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(10),
    [sym_block] = STATE(10),
    [sym_definition] = STATE(10),
    [sym_include] = STATE(10),
    [sym_sequence] = STATE(10),
    [anon_sym_RBRACE] = ACTIONS(83),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(85),
  },
  [16] = {
    [sym__item] = STATE(7),
    [sym__statement] = STATE(7),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(7),
    [sym_block] = STATE(7),
    [sym_definition] = STATE(7),
    [sym_include] = STATE(7),
    [sym_sequence] = STATE(7),
    [anon_sym_RBRACE] = ACTIONS(87),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(89),
  },
  [17] = {
    [sym__item] = STATE(29),
    [sym__statement] = STATE(29),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(29),
    [sym_block] = STATE(29),
    [sym_definition] = STATE(29),
    [sym_include] = STATE(29),
    [sym_sequence] = STATE(29),
    [anon_sym_RBRACE] = ACTIONS(91),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(93),
  },
  [18] = {
    [sym__item] = STATE(30),
    [sym__statement] = STATE(30),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(30),
    [sym_block] = STATE(30),
    [sym_definition] = STATE(30),
    [sym_include] = STATE(30),
    [sym_sequence] = STATE(30),
    [anon_sym_RBRACE] = ACTIONS(95),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(97),
  },
  [19] = {
    [sym__item] = STATE(32),
    [sym__statement] = STATE(32),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(32),
    [sym_block] = STATE(32),
    [sym_definition] = STATE(32),
    [sym_include] = STATE(32),
    [sym_sequence] = STATE(32),
    [anon_sym_RBRACE] = ACTIONS(99),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(101),
  },
  [20] = {
    [sym__item] = STATE(11),
    [sym__statement] = STATE(11),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(11),
    [sym_block] = STATE(11),
    [sym_definition] = STATE(11),
    [sym_include] = STATE(11),
    [sym_sequence] = STATE(11),
    [anon_sym_RBRACE] = ACTIONS(103),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(105),
  },
  [21] = {
    [sym__item] = STATE(3),
    [sym__statement] = STATE(3),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(3),
    [sym_block] = STATE(3),
    [sym_definition] = STATE(3),
    [sym_include] = STATE(3),
    [sym_sequence] = STATE(3),
    [anon_sym_RBRACE] = ACTIONS(107),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(109),
  },
  [22] = {
    [sym__item] = STATE(39),
    [sym__statement] = STATE(39),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(39),
    [sym_block] = STATE(39),
    [sym_definition] = STATE(39),
    [sym_include] = STATE(39),
    [sym_sequence] = STATE(39),
    [anon_sym_RBRACE] = ACTIONS(111),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(113),
  },
  [23] = {
    [sym__item] = STATE(14),
    [sym__statement] = STATE(14),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(14),
    [sym_block] = STATE(14),
    [sym_definition] = STATE(14),
    [sym_include] = STATE(14),
    [sym_sequence] = STATE(14),
    [anon_sym_RBRACE] = ACTIONS(115),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(117),
  },
  [24] = {
    [sym__item] = STATE(15),
    [sym__statement] = STATE(15),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(15),
    [sym_block] = STATE(15),
    [sym_definition] = STATE(15),
    [sym_include] = STATE(15),
    [sym_sequence] = STATE(15),
    [anon_sym_RBRACE] = ACTIONS(119),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(121),
  },
  [25] = {
    [sym__item] = STATE(16),
    [sym__statement] = STATE(16),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(16),
    [sym_block] = STATE(16),
    [sym_definition] = STATE(16),
    [sym_include] = STATE(16),
    [sym_sequence] = STATE(16),
    [anon_sym_RBRACE] = ACTIONS(123),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(125),
  },
  [26] = {
    [sym__item] = STATE(13),
    [sym__statement] = STATE(13),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(13),
    [sym_block] = STATE(13),
    [sym_definition] = STATE(13),
    [sym_include] = STATE(13),
    [sym_sequence] = STATE(13),
    [anon_sym_RBRACE] = ACTIONS(127),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(129),
  },
  [27] = {
    [sym__item] = STATE(21),
    [sym__statement] = STATE(21),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(21),
    [sym_block] = STATE(21),
    [sym_definition] = STATE(21),
    [sym_include] = STATE(21),
    [sym_sequence] = STATE(21),
    [anon_sym_RBRACE] = ACTIONS(131),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(133),
  },
  [28] = {
    [sym__item] = STATE(23),
    [sym__statement] = STATE(23),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(23),
    [sym_block] = STATE(23),
    [sym_definition] = STATE(23),
    [sym_include] = STATE(23),
    [sym_sequence] = STATE(23),
    [anon_sym_RBRACE] = ACTIONS(135),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(137),
  },
  [29] = {
    [sym__item] = STATE(37),
    [sym__statement] = STATE(37),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(37),
    [sym_block] = STATE(37),
    [sym_definition] = STATE(37),
    [sym_include] = STATE(37),
    [sym_sequence] = STATE(37),
    [anon_sym_RBRACE] = ACTIONS(139),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(141),
  },
  [30] = {
    [sym__item] = STATE(38),
    [sym__statement] = STATE(38),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(38),
    [sym_block] = STATE(38),
    [sym_definition] = STATE(38),
    [sym_include] = STATE(38),
    [sym_sequence] = STATE(38),
    [anon_sym_RBRACE] = ACTIONS(143),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(145),
  },
  [31] = {
    [sym__item] = STATE(27),
    [sym__statement] = STATE(27),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(27),
    [sym_block] = STATE(27),
    [sym_definition] = STATE(27),
    [sym_include] = STATE(27),
    [sym_sequence] = STATE(27),
    [anon_sym_RBRACE] = ACTIONS(147),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(149),
  },
  [32] = {
    [sym__item] = STATE(33),
    [sym__statement] = STATE(33),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(33),
    [sym_block] = STATE(33),
    [sym_definition] = STATE(33),
    [sym_include] = STATE(33),
    [sym_sequence] = STATE(33),
    [anon_sym_RBRACE] = ACTIONS(151),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(153),
  },
  [33] = {
    [sym__item] = STATE(20),
    [sym__statement] = STATE(20),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(20),
    [sym_block] = STATE(20),
    [sym_definition] = STATE(20),
    [sym_include] = STATE(20),
    [sym_sequence] = STATE(20),
    [anon_sym_RBRACE] = ACTIONS(155),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(157),
  },
  [34] = {
    [sym__item] = STATE(9),
    [sym__statement] = STATE(9),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(9),
    [sym_block] = STATE(9),
    [sym_definition] = STATE(9),
    [sym_include] = STATE(9),
    [sym_sequence] = STATE(9),
    [anon_sym_RBRACE] = ACTIONS(159),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(161),
  },
  [35] = {
    [sym__item] = STATE(24),
    [sym__statement] = STATE(24),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(24),
    [sym_block] = STATE(24),
    [sym_definition] = STATE(24),
    [sym_include] = STATE(24),
    [sym_sequence] = STATE(24),
    [anon_sym_RBRACE] = ACTIONS(163),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(165),
  },
  [36] = {
    [sym__item] = STATE(31),
    [sym__statement] = STATE(31),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(31),
    [sym_block] = STATE(31),
    [sym_definition] = STATE(31),
    [sym_include] = STATE(31),
    [sym_sequence] = STATE(31),
    [anon_sym_RBRACE] = ACTIONS(167),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(169),
  },
  [37] = {
    [sym__item] = STATE(34),
    [sym__statement] = STATE(34),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(34),
    [sym_block] = STATE(34),
    [sym_definition] = STATE(34),
    [sym_include] = STATE(34),
    [sym_sequence] = STATE(34),
    [anon_sym_RBRACE] = ACTIONS(171),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(173),
  },
  [38] = {
    [sym__item] = STATE(26),
    [sym__statement] = STATE(26),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(26),
    [sym_block] = STATE(26),
    [sym_definition] = STATE(26),
    [sym_include] = STATE(26),
    [sym_sequence] = STATE(26),
    [anon_sym_RBRACE] = ACTIONS(175),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(177),
  },
  [39] = {
    [sym__item] = STATE(36),
    [sym__statement] = STATE(36),
    [sym__header] = STATE(66),
    [sym_directive] = STATE(36),
    [sym_block] = STATE(36),
    [sym_definition] = STATE(36),
    [sym_include] = STATE(36),
    [sym_sequence] = STATE(36),
    [anon_sym_RBRACE] = ACTIONS(179),
    [sym_word] = ACTIONS(7),
    [sym__include_keyword] = ACTIONS(9),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(13),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(181),
  },
  [40] = {
    [sym__header] = STATE(66),
    [sym_directive] = STATE(95),
    [sym_block] = STATE(95),
    [sym_sequence] = STATE(95),
    [sym__sequence_body] = STATE(95),
    [ts_builtin_sym_end] = ACTIONS(183),
    [anon_sym_RBRACE] = ACTIONS(183),
    [sym_word] = ACTIONS(185),
    [sym__include_keyword] = ACTIONS(187),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(189),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(183),
  },
  [41] = {
    [sym__header] = STATE(66),
    [sym_directive] = STATE(71),
    [sym_block] = STATE(71),
    [sym_sequence] = STATE(71),
    [sym__sequence_body] = STATE(71),
    [ts_builtin_sym_end] = ACTIONS(191),
    [anon_sym_RBRACE] = ACTIONS(191),
    [sym_word] = ACTIONS(185),
    [sym__include_keyword] = ACTIONS(193),
    [sym__include_like_word] = ACTIONS(11),
    [sym_string] = ACTIONS(11),
    [sym_condition] = ACTIONS(189),
    [sym__sequence_keyword] = ACTIONS(15),
    [sym_comment] = ACTIONS(3),
    [sym__newline] = ACTIONS(191),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(197), 1,
      sym_word,
    ACTIONS(202), 1,
      sym_string,
    STATE(42), 1,
      aux_sym__header_repeat1,
    STATE(65), 1,
      sym__argument,
    ACTIONS(200), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(195), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [29] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(207), 1,
      sym_word,
    ACTIONS(211), 1,
      sym_string,
    STATE(42), 1,
      aux_sym__header_repeat1,
    STATE(65), 1,
      sym__argument,
    ACTIONS(209), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(205), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [58] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(207), 1,
      sym_word,
    ACTIONS(211), 1,
      sym_string,
    STATE(47), 1,
      aux_sym__header_repeat1,
    STATE(65), 1,
      sym__argument,
    ACTIONS(215), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(213), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [87] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(219), 1,
      anon_sym_EQ,
    ACTIONS(221), 1,
      sym_word,
    ACTIONS(225), 1,
      sym_string,
    STATE(56), 1,
      sym__argument,
    ACTIONS(223), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(217), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [116] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(229), 1,
      anon_sym_EQ,
    ACTIONS(231), 1,
      sym_word,
    ACTIONS(235), 1,
      sym_string,
    STATE(49), 1,
      sym__argument,
    ACTIONS(233), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(227), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [145] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(207), 1,
      sym_word,
    ACTIONS(211), 1,
      sym_string,
    STATE(42), 1,
      aux_sym__header_repeat1,
    STATE(65), 1,
      sym__argument,
    ACTIONS(239), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(237), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [174] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(207), 1,
      sym_word,
    ACTIONS(211), 1,
      sym_string,
    STATE(43), 1,
      aux_sym__header_repeat1,
    STATE(65), 1,
      sym__argument,
    ACTIONS(243), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(241), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [203] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(247), 1,
      sym_word,
    ACTIONS(251), 1,
      sym_string,
    STATE(57), 1,
      sym__argument,
    ACTIONS(249), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(245), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [229] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(255), 1,
      sym_word,
    ACTIONS(259), 1,
      sym_string,
    STATE(64), 1,
      sym__argument,
    ACTIONS(257), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(253), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [255] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(263), 1,
      sym_word,
    ACTIONS(267), 1,
      sym_string,
    STATE(53), 1,
      sym__argument,
    ACTIONS(265), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(261), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [281] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(271), 1,
      sym_word,
    ACTIONS(275), 1,
      sym_string,
    STATE(54), 1,
      sym__argument,
    ACTIONS(273), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(269), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [307] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(279), 1,
      sym_word,
    ACTIONS(283), 1,
      sym_string,
    STATE(59), 1,
      sym__argument,
    ACTIONS(281), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(277), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [333] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(287), 1,
      sym_word,
    ACTIONS(291), 1,
      sym_string,
    STATE(50), 1,
      sym__argument,
    ACTIONS(289), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(285), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [359] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(295), 1,
      sym_word,
    ACTIONS(299), 1,
      sym_string,
    STATE(51), 1,
      sym__argument,
    ACTIONS(297), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(293), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [385] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      sym_word,
    ACTIONS(307), 1,
      sym_string,
    STATE(63), 1,
      sym__argument,
    ACTIONS(305), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(301), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [411] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(311), 1,
      sym_word,
    ACTIONS(315), 1,
      sym_string,
    STATE(60), 1,
      sym__argument,
    ACTIONS(313), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(309), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [437] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(319), 1,
      sym_word,
    ACTIONS(323), 1,
      sym_string,
    STATE(55), 1,
      sym__argument,
    ACTIONS(321), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(317), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [463] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(327), 1,
      sym_word,
    ACTIONS(331), 1,
      sym_string,
    STATE(44), 1,
      sym__argument,
    ACTIONS(329), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(325), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [489] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(335), 1,
      sym_word,
    ACTIONS(339), 1,
      sym_string,
    STATE(52), 1,
      sym__argument,
    ACTIONS(337), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(333), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [515] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(231), 1,
      sym_word,
    ACTIONS(235), 1,
      sym_string,
    STATE(49), 1,
      sym__argument,
    ACTIONS(233), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(227), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [541] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(221), 1,
      sym_word,
    ACTIONS(225), 1,
      sym_string,
    STATE(56), 1,
      sym__argument,
    ACTIONS(223), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(217), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [567] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(343), 1,
      sym_word,
    ACTIONS(347), 1,
      sym_string,
    STATE(58), 1,
      sym__argument,
    ACTIONS(345), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(341), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [593] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(351), 1,
      sym_word,
    ACTIONS(355), 1,
      sym_string,
    STATE(48), 1,
      sym__argument,
    ACTIONS(353), 2,
      sym__include_keyword,
      sym__newline,
    ACTIONS(349), 7,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [619] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(359), 3,
      sym_word,
      sym__include_keyword,
      sym__newline,
    ACTIONS(357), 8,
      ts_builtin_sym_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__open_on_next_line,
  [638] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(363), 1,
      anon_sym_LBRACE,
    ACTIONS(367), 1,
      sym__open_on_next_line,
    ACTIONS(365), 3,
      sym_word,
      sym__include_keyword,
      sym__newline,
    ACTIONS(361), 6,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
  [661] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(373), 1,
      sym__definition_value,
    ACTIONS(371), 4,
      anon_sym_RBRACE,
      sym_word,
      sym__include_keyword,
      sym_string,
    ACTIONS(369), 5,
      ts_builtin_sym_end,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [681] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(379), 1,
      sym__path,
    ACTIONS(377), 4,
      anon_sym_RBRACE,
      sym_word,
      sym__include_keyword,
      sym_string,
    ACTIONS(375), 5,
      ts_builtin_sym_end,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [701] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(385), 1,
      sym__path,
    ACTIONS(383), 4,
      anon_sym_RBRACE,
      sym_word,
      sym__include_keyword,
      sym_string,
    ACTIONS(381), 5,
      ts_builtin_sym_end,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [721] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(391), 1,
      sym__definition_value,
    ACTIONS(389), 4,
      anon_sym_RBRACE,
      sym_word,
      sym__include_keyword,
      sym_string,
    ACTIONS(387), 5,
      ts_builtin_sym_end,
      sym__include_like_word,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [741] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(395), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(393), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [758] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(399), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(397), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [775] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(403), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(401), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [792] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(407), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(405), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [809] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(411), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(409), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [826] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(407), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(405), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [843] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(403), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(401), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [860] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(415), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(413), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [877] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(419), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(417), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [894] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(423), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(421), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [911] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(419), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(417), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [928] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(423), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(421), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [945] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(427), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(425), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [962] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(431), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(429), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [979] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(427), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(425), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [996] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(431), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(429), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1013] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(435), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(433), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1030] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(439), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(437), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1047] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(435), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(433), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1064] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(439), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(437), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1081] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(443), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(441), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1098] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(399), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(397), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1115] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(443), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(441), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1132] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(411), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(409), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1149] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(447), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(445), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1166] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(451), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(449), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1183] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(455), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(453), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1200] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(451), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(449), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1217] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(459), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(457), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1234] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(463), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(461), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1251] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(459), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(457), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1268] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(463), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(461), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1285] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(415), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(413), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1302] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(467), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(465), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1319] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(471), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(469), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1336] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(467), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(465), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1353] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(475), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(473), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1370] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(479), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(477), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1387] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(483), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(481), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1404] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(479), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(477), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1421] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(487), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(485), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1438] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(483), 2,
      sym_word,
      sym__include_keyword,
    ACTIONS(481), 7,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      sym__include_like_word,
      sym_string,
      sym_condition,
      sym__sequence_keyword,
      sym__newline,
  [1455] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(489), 1,
      sym_word,
    ACTIONS(491), 1,
      sym__include_keyword,
    ACTIONS(495), 1,
      sym__sequence_keyword,
    ACTIONS(493), 2,
      sym__include_like_word,
      sym_string,
  [1472] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(495), 1,
      sym__sequence_keyword,
    ACTIONS(497), 1,
      sym_word,
    ACTIONS(493), 2,
      sym__include_like_word,
      sym_string,
  [1486] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(499), 1,
      ts_builtin_sym_end,
  [1493] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(501), 1,
      sym__sequence_parameters,
  [1500] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(503), 1,
      sym__sequence_parameters,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(42)] = 0,
  [SMALL_STATE(43)] = 29,
  [SMALL_STATE(44)] = 58,
  [SMALL_STATE(45)] = 87,
  [SMALL_STATE(46)] = 116,
  [SMALL_STATE(47)] = 145,
  [SMALL_STATE(48)] = 174,
  [SMALL_STATE(49)] = 203,
  [SMALL_STATE(50)] = 229,
  [SMALL_STATE(51)] = 255,
  [SMALL_STATE(52)] = 281,
  [SMALL_STATE(53)] = 307,
  [SMALL_STATE(54)] = 333,
  [SMALL_STATE(55)] = 359,
  [SMALL_STATE(56)] = 385,
  [SMALL_STATE(57)] = 411,
  [SMALL_STATE(58)] = 437,
  [SMALL_STATE(59)] = 463,
  [SMALL_STATE(60)] = 489,
  [SMALL_STATE(61)] = 515,
  [SMALL_STATE(62)] = 541,
  [SMALL_STATE(63)] = 567,
  [SMALL_STATE(64)] = 593,
  [SMALL_STATE(65)] = 619,
  [SMALL_STATE(66)] = 638,
  [SMALL_STATE(67)] = 661,
  [SMALL_STATE(68)] = 681,
  [SMALL_STATE(69)] = 701,
  [SMALL_STATE(70)] = 721,
  [SMALL_STATE(71)] = 741,
  [SMALL_STATE(72)] = 758,
  [SMALL_STATE(73)] = 775,
  [SMALL_STATE(74)] = 792,
  [SMALL_STATE(75)] = 809,
  [SMALL_STATE(76)] = 826,
  [SMALL_STATE(77)] = 843,
  [SMALL_STATE(78)] = 860,
  [SMALL_STATE(79)] = 877,
  [SMALL_STATE(80)] = 894,
  [SMALL_STATE(81)] = 911,
  [SMALL_STATE(82)] = 928,
  [SMALL_STATE(83)] = 945,
  [SMALL_STATE(84)] = 962,
  [SMALL_STATE(85)] = 979,
  [SMALL_STATE(86)] = 996,
  [SMALL_STATE(87)] = 1013,
  [SMALL_STATE(88)] = 1030,
  [SMALL_STATE(89)] = 1047,
  [SMALL_STATE(90)] = 1064,
  [SMALL_STATE(91)] = 1081,
  [SMALL_STATE(92)] = 1098,
  [SMALL_STATE(93)] = 1115,
  [SMALL_STATE(94)] = 1132,
  [SMALL_STATE(95)] = 1149,
  [SMALL_STATE(96)] = 1166,
  [SMALL_STATE(97)] = 1183,
  [SMALL_STATE(98)] = 1200,
  [SMALL_STATE(99)] = 1217,
  [SMALL_STATE(100)] = 1234,
  [SMALL_STATE(101)] = 1251,
  [SMALL_STATE(102)] = 1268,
  [SMALL_STATE(103)] = 1285,
  [SMALL_STATE(104)] = 1302,
  [SMALL_STATE(105)] = 1319,
  [SMALL_STATE(106)] = 1336,
  [SMALL_STATE(107)] = 1353,
  [SMALL_STATE(108)] = 1370,
  [SMALL_STATE(109)] = 1387,
  [SMALL_STATE(110)] = 1404,
  [SMALL_STATE(111)] = 1421,
  [SMALL_STATE(112)] = 1438,
  [SMALL_STATE(113)] = 1455,
  [SMALL_STATE(114)] = 1472,
  [SMALL_STATE(115)] = 1486,
  [SMALL_STATE(116)] = 1493,
  [SMALL_STATE(117)] = 1500,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 0),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(45),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(68),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [19] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2),
  [21] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(45),
  [24] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(68),
  [27] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(62),
  [30] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(113),
  [33] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(117),
  [36] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(2),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [43] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 1),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [51] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [55] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [59] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [61] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [65] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [67] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [69] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [71] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [75] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [85] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [91] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [93] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [97] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [99] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [117] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [129] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [135] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [141] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [143] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [145] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [151] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [153] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [155] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [159] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [163] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [165] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [167] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [169] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [171] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [173] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [179] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [181] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [183] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sequence, 3, .production_id = 13),
  [185] = {.entry = {.count = 1, .reusable = false}}, SHIFT(62),
  [187] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sequence, 3, .production_id = 13),
  [189] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [191] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sequence, 2, .production_id = 6),
  [193] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sequence, 2, .production_id = 6),
  [195] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__header_repeat1, 2, .production_id = 30),
  [197] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__header_repeat1, 2, .production_id = 30), SHIFT_REPEAT(65),
  [200] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__header_repeat1, 2, .production_id = 30),
  [202] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__header_repeat1, 2, .production_id = 30), SHIFT_REPEAT(65),
  [205] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 11, .production_id = 31),
  [207] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [209] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 11, .production_id = 31),
  [211] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [213] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 9, .production_id = 25),
  [215] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 9, .production_id = 25),
  [217] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 1, .production_id = 1),
  [219] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [221] = {.entry = {.count = 1, .reusable = false}}, SHIFT(56),
  [223] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 1, .production_id = 1),
  [225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 2, .production_id = 7),
  [229] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [231] = {.entry = {.count = 1, .reusable = false}}, SHIFT(49),
  [233] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 2, .production_id = 7),
  [235] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [237] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 10, .production_id = 28),
  [239] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 10, .production_id = 28),
  [241] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 10, .production_id = 29),
  [243] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 10, .production_id = 29),
  [245] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 3, .production_id = 12),
  [247] = {.entry = {.count = 1, .reusable = false}}, SHIFT(57),
  [249] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 3, .production_id = 12),
  [251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 8, .production_id = 24),
  [255] = {.entry = {.count = 1, .reusable = false}}, SHIFT(64),
  [257] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 8, .production_id = 24),
  [259] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [261] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 6, .production_id = 19),
  [263] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [265] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 6, .production_id = 19),
  [267] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [269] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 6, .production_id = 20),
  [271] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [273] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 6, .production_id = 20),
  [275] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 7, .production_id = 21),
  [279] = {.entry = {.count = 1, .reusable = false}}, SHIFT(59),
  [281] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 7, .production_id = 21),
  [283] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [285] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 7, .production_id = 22),
  [287] = {.entry = {.count = 1, .reusable = false}}, SHIFT(50),
  [289] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 7, .production_id = 22),
  [291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [293] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 5, .production_id = 17),
  [295] = {.entry = {.count = 1, .reusable = false}}, SHIFT(51),
  [297] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 5, .production_id = 17),
  [299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [301] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 2, .production_id = 5),
  [303] = {.entry = {.count = 1, .reusable = false}}, SHIFT(63),
  [305] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 2, .production_id = 5),
  [307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [309] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 4, .production_id = 16),
  [311] = {.entry = {.count = 1, .reusable = false}}, SHIFT(60),
  [313] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 4, .production_id = 16),
  [315] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [317] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 4, .production_id = 14),
  [319] = {.entry = {.count = 1, .reusable = false}}, SHIFT(55),
  [321] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 4, .production_id = 14),
  [323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [325] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 8, .production_id = 23),
  [327] = {.entry = {.count = 1, .reusable = false}}, SHIFT(44),
  [329] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 8, .production_id = 23),
  [331] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [333] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 5, .production_id = 18),
  [335] = {.entry = {.count = 1, .reusable = false}}, SHIFT(52),
  [337] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 5, .production_id = 18),
  [339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [341] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 3, .production_id = 10),
  [343] = {.entry = {.count = 1, .reusable = false}}, SHIFT(58),
  [345] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 3, .production_id = 10),
  [347] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [349] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__header, 9, .production_id = 26),
  [351] = {.entry = {.count = 1, .reusable = false}}, SHIFT(48),
  [353] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__header, 9, .production_id = 26),
  [355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [357] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__header_repeat1, 1, .production_id = 27),
  [359] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__header_repeat1, 1, .production_id = 27),
  [361] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 1, .production_id = 3),
  [363] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [365] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 1, .production_id = 3),
  [367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [369] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_definition, 3, .production_id = 11),
  [371] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_definition, 3, .production_id = 11),
  [373] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include, 1, .production_id = 2),
  [377] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_include, 1, .production_id = 2),
  [379] = {.entry = {.count = 1, .reusable = false}}, SHIFT(111),
  [381] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include, 2, .production_id = 8),
  [383] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_include, 2, .production_id = 8),
  [385] = {.entry = {.count = 1, .reusable = false}}, SHIFT(105),
  [387] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_definition, 2, .production_id = 4),
  [389] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_definition, 2, .production_id = 4),
  [391] = {.entry = {.count = 1, .reusable = false}}, SHIFT(107),
  [393] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sequence, 3, .production_id = 6),
  [395] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sequence, 3, .production_id = 6),
  [397] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 14, .production_id = 3),
  [399] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 14, .production_id = 3),
  [401] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 9, .production_id = 3),
  [403] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 9, .production_id = 3),
  [405] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 10, .production_id = 3),
  [407] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 10, .production_id = 3),
  [409] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 8, .production_id = 3),
  [411] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 8, .production_id = 3),
  [413] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 20, .production_id = 3),
  [415] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 20, .production_id = 3),
  [417] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 7, .production_id = 3),
  [419] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 7, .production_id = 3),
  [421] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 11, .production_id = 3),
  [423] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 11, .production_id = 3),
  [425] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 6, .production_id = 3),
  [427] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 6, .production_id = 3),
  [429] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 12, .production_id = 3),
  [431] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 12, .production_id = 3),
  [433] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 5, .production_id = 3),
  [435] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 5, .production_id = 3),
  [437] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 13, .production_id = 3),
  [439] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 13, .production_id = 3),
  [441] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 4, .production_id = 3),
  [443] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 4, .production_id = 3),
  [445] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sequence, 4, .production_id = 13),
  [447] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sequence, 4, .production_id = 13),
  [449] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 15, .production_id = 3),
  [451] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 15, .production_id = 3),
  [453] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_definition, 4, .production_id = 15),
  [455] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_definition, 4, .production_id = 15),
  [457] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 3, .production_id = 3),
  [459] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 3, .production_id = 3),
  [461] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 16, .production_id = 3),
  [463] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 16, .production_id = 3),
  [465] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 17, .production_id = 3),
  [467] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 17, .production_id = 3),
  [469] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include, 3, .production_id = 13),
  [471] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_include, 3, .production_id = 13),
  [473] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_definition, 3, .production_id = 9),
  [475] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_definition, 3, .production_id = 9),
  [477] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 18, .production_id = 3),
  [479] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 18, .production_id = 3),
  [481] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 19, .production_id = 3),
  [483] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 19, .production_id = 3),
  [485] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include, 2, .production_id = 6),
  [487] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_include, 2, .production_id = 6),
  [489] = {.entry = {.count = 1, .reusable = false}}, SHIFT(46),
  [491] = {.entry = {.count = 1, .reusable = false}}, SHIFT(69),
  [493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [497] = {.entry = {.count = 1, .reusable = false}}, SHIFT(61),
  [499] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [501] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
};

#ifdef __cplusplus
extern "C" {
#endif
#ifdef _WIN32
#define extern __declspec(dllexport)
#endif

extern const TSLanguage *tree_sitter_keepalived(void) {
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
