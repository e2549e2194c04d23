#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 78
#define LARGE_STATE_COUNT 77
#define SYMBOL_COUNT 41
#define ALIAS_COUNT 0
#define TOKEN_COUNT 33
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 2
#define MAX_ALIAS_SEQUENCE_LENGTH 15
#define PRODUCTION_ID_COUNT 17

enum {
  sym__keyword_word = 1,
  anon_sym_acme = 2,
  anon_sym_backend = 3,
  anon_sym_cache = 4,
  anon_sym_crt_DASHstore = 5,
  anon_sym_defaults = 6,
  anon_sym_fcgi_DASHapp = 7,
  anon_sym_frontend = 8,
  anon_sym_global = 9,
  anon_sym_http_DASHerrors = 10,
  anon_sym_listen = 11,
  anon_sym_log_DASHforward = 12,
  anon_sym_log_DASHprofile = 13,
  anon_sym_mailers = 14,
  anon_sym_namespace_list = 15,
  anon_sym_peers = 16,
  anon_sym_program = 17,
  anon_sym_resolvers = 18,
  anon_sym_ring = 19,
  anon_sym_traces = 20,
  anon_sym_userlist = 21,
  anon_sym_DOTif = 22,
  anon_sym_DOTelif = 23,
  anon_sym_DOTelse = 24,
  anon_sym_DOTendif = 25,
  anon_sym_DOTnotice = 26,
  anon_sym_DOTwarning = 27,
  anon_sym_DOTalert = 28,
  anon_sym_DOTdiag = 29,
  sym_word = 30,
  sym_comment = 31,
  sym__newline = 32,
  sym_config = 33,
  sym__line_item = 34,
  sym_section = 35,
  sym_directive = 36,
  sym_conditional = 37,
  aux_sym_config_repeat1 = 38,
  aux_sym_section_repeat1 = 39,
  aux_sym_section_repeat2 = 40,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym__keyword_word] = "keyword",
  [anon_sym_acme] = "section_keyword",
  [anon_sym_backend] = "section_keyword",
  [anon_sym_cache] = "section_keyword",
  [anon_sym_crt_DASHstore] = "section_keyword",
  [anon_sym_defaults] = "section_keyword",
  [anon_sym_fcgi_DASHapp] = "section_keyword",
  [anon_sym_frontend] = "section_keyword",
  [anon_sym_global] = "section_keyword",
  [anon_sym_http_DASHerrors] = "section_keyword",
  [anon_sym_listen] = "section_keyword",
  [anon_sym_log_DASHforward] = "section_keyword",
  [anon_sym_log_DASHprofile] = "section_keyword",
  [anon_sym_mailers] = "section_keyword",
  [anon_sym_namespace_list] = "section_keyword",
  [anon_sym_peers] = "section_keyword",
  [anon_sym_program] = "section_keyword",
  [anon_sym_resolvers] = "section_keyword",
  [anon_sym_ring] = "section_keyword",
  [anon_sym_traces] = "section_keyword",
  [anon_sym_userlist] = "section_keyword",
  [anon_sym_DOTif] = "conditional_keyword",
  [anon_sym_DOTelif] = "conditional_keyword",
  [anon_sym_DOTelse] = "conditional_keyword",
  [anon_sym_DOTendif] = "conditional_keyword",
  [anon_sym_DOTnotice] = "conditional_keyword",
  [anon_sym_DOTwarning] = "conditional_keyword",
  [anon_sym_DOTalert] = "conditional_keyword",
  [anon_sym_DOTdiag] = "conditional_keyword",
  [sym_word] = "word",
  [sym_comment] = "comment",
  [sym__newline] = "_newline",
  [sym_config] = "config",
  [sym__line_item] = "_line_item",
  [sym_section] = "section",
  [sym_directive] = "directive",
  [sym_conditional] = "conditional",
  [aux_sym_config_repeat1] = "config_repeat1",
  [aux_sym_section_repeat1] = "section_repeat1",
  [aux_sym_section_repeat2] = "section_repeat2",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym__keyword_word] = sym__keyword_word,
  [anon_sym_acme] = anon_sym_acme,
  [anon_sym_backend] = anon_sym_acme,
  [anon_sym_cache] = anon_sym_acme,
  [anon_sym_crt_DASHstore] = anon_sym_acme,
  [anon_sym_defaults] = anon_sym_acme,
  [anon_sym_fcgi_DASHapp] = anon_sym_acme,
  [anon_sym_frontend] = anon_sym_acme,
  [anon_sym_global] = anon_sym_acme,
  [anon_sym_http_DASHerrors] = anon_sym_acme,
  [anon_sym_listen] = anon_sym_acme,
  [anon_sym_log_DASHforward] = anon_sym_acme,
  [anon_sym_log_DASHprofile] = anon_sym_acme,
  [anon_sym_mailers] = anon_sym_acme,
  [anon_sym_namespace_list] = anon_sym_acme,
  [anon_sym_peers] = anon_sym_acme,
  [anon_sym_program] = anon_sym_acme,
  [anon_sym_resolvers] = anon_sym_acme,
  [anon_sym_ring] = anon_sym_acme,
  [anon_sym_traces] = anon_sym_acme,
  [anon_sym_userlist] = anon_sym_acme,
  [anon_sym_DOTif] = anon_sym_DOTif,
  [anon_sym_DOTelif] = anon_sym_DOTif,
  [anon_sym_DOTelse] = anon_sym_DOTif,
  [anon_sym_DOTendif] = anon_sym_DOTif,
  [anon_sym_DOTnotice] = anon_sym_DOTif,
  [anon_sym_DOTwarning] = anon_sym_DOTif,
  [anon_sym_DOTalert] = anon_sym_DOTif,
  [anon_sym_DOTdiag] = anon_sym_DOTif,
  [sym_word] = sym_word,
  [sym_comment] = sym_comment,
  [sym__newline] = sym__newline,
  [sym_config] = sym_config,
  [sym__line_item] = sym__line_item,
  [sym_section] = sym_section,
  [sym_directive] = sym_directive,
  [sym_conditional] = sym_conditional,
  [aux_sym_config_repeat1] = aux_sym_config_repeat1,
  [aux_sym_section_repeat1] = aux_sym_section_repeat1,
  [aux_sym_section_repeat2] = aux_sym_section_repeat2,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym__keyword_word] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_acme] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_backend] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_cache] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_crt_DASHstore] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_defaults] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_fcgi_DASHapp] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_frontend] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_global] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_http_DASHerrors] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_listen] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_log_DASHforward] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_log_DASHprofile] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_mailers] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_namespace_list] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_peers] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_program] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_resolvers] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_ring] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_traces] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_userlist] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOTif] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOTelif] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOTelse] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOTendif] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOTnotice] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOTwarning] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOTalert] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOTdiag] = {
    .visible = true,
    .named = true,
  },
  [sym_word] = {
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
  [sym__line_item] = {
    .visible = false,
    .named = true,
  },
  [sym_section] = {
    .visible = true,
    .named = true,
  },
  [sym_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_conditional] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_config_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_section_repeat2] = {
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
  [2] = {.index = 1, .length = 2},
  [3] = {.index = 3, .length = 3},
  [4] = {.index = 6, .length = 4},
  [5] = {.index = 10, .length = 5},
  [6] = {.index = 15, .length = 6},
  [7] = {.index = 21, .length = 7},
  [8] = {.index = 28, .length = 8},
  [9] = {.index = 36, .length = 9},
  [10] = {.index = 45, .length = 10},
  [11] = {.index = 55, .length = 11},
  [12] = {.index = 66, .length = 12},
  [13] = {.index = 78, .length = 13},
  [14] = {.index = 91, .length = 1},
  [15] = {.index = 92, .length = 14},
  [16] = {.index = 106, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_keyword, 0},
  [1] =
    {field_argument, 1},
    {field_keyword, 0},
  [3] =
    {field_argument, 1},
    {field_argument, 2},
    {field_keyword, 0},
  [6] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_keyword, 0},
  [10] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_keyword, 0},
  [15] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_keyword, 0},
  [21] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_keyword, 0},
  [28] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_keyword, 0},
  [36] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_argument, 8},
    {field_keyword, 0},
  [45] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_argument, 8},
    {field_argument, 9},
    {field_keyword, 0},
  [55] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_argument, 8},
    {field_argument, 9},
    {field_argument, 10},
    {field_keyword, 0},
  [66] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_argument, 8},
    {field_argument, 9},
    {field_argument, 10},
    {field_argument, 11},
    {field_keyword, 0},
  [78] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_argument, 8},
    {field_argument, 9},
    {field_argument, 10},
    {field_argument, 11},
    {field_argument, 12},
    {field_keyword, 0},
  [91] =
    {field_argument, 0},
  [92] =
    {field_argument, 1},
    {field_argument, 2},
    {field_argument, 3},
    {field_argument, 4},
    {field_argument, 5},
    {field_argument, 6},
    {field_argument, 7},
    {field_argument, 8},
    {field_argument, 9},
    {field_argument, 10},
    {field_argument, 11},
    {field_argument, 12},
    {field_argument, 13, .inherited = true},
    {field_keyword, 0},
  [106] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
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
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(8);
      if (lookahead == '\n') ADVANCE(72);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '#') ADVANCE(71);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '.') ADVANCE(46);
      if (lookahead == '\\') ADVANCE(70);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(0)
      if (lookahead != 0) ADVANCE(69);
      END_STATE();
    case 1:
      if (lookahead == '"') ADVANCE(69);
      if (lookahead == '\\') ADVANCE(5);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1);
      END_STATE();
    case 2:
      if (lookahead == '"') ADVANCE(44);
      if (lookahead == '\\') ADVANCE(6);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(2);
      END_STATE();
    case 3:
      if (lookahead == '\'') ADVANCE(69);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(3);
      END_STATE();
    case 4:
      if (lookahead == '\'') ADVANCE(44);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(4);
      END_STATE();
    case 5:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1);
      END_STATE();
    case 6:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(2);
      END_STATE();
    case 7:
      if (eof) ADVANCE(8);
      if (lookahead == '\n') ADVANCE(72);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '#') ADVANCE(71);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '.') ADVANCE(17);
      if (lookahead == '\\') ADVANCE(45);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(7)
      if (lookahead != 0) ADVANCE(44);
      END_STATE();
    case 8:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 9:
      ACCEPT_TOKEN(anon_sym_DOTif);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 10:
      ACCEPT_TOKEN(anon_sym_DOTelif);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 11:
      ACCEPT_TOKEN(anon_sym_DOTelse);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 12:
      ACCEPT_TOKEN(anon_sym_DOTendif);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 13:
      ACCEPT_TOKEN(anon_sym_DOTnotice);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 14:
      ACCEPT_TOKEN(anon_sym_DOTwarning);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 15:
      ACCEPT_TOKEN(anon_sym_DOTalert);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 16:
      ACCEPT_TOKEN(anon_sym_DOTdiag);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 17:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'a') ADVANCE(35);
      if (lookahead == 'd') ADVANCE(32);
      if (lookahead == 'e') ADVANCE(36);
      if (lookahead == 'i') ADVANCE(25);
      if (lookahead == 'n') ADVANCE(39);
      if (lookahead == 'w') ADVANCE(18);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 18:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'a') ADVANCE(40);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 19:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'a') ADVANCE(28);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 20:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'c') ADVANCE(23);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 21:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'd') ADVANCE(34);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 22:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'e') ADVANCE(11);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 23:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'e') ADVANCE(13);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 24:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'e') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 25:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'f') ADVANCE(9);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'f') ADVANCE(10);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 27:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'f') ADVANCE(12);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'g') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'g') ADVANCE(14);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'i') ADVANCE(20);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'i') ADVANCE(26);
      if (lookahead == 's') ADVANCE(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'i') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'i') ADVANCE(37);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'i') ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'l') ADVANCE(24);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'l') ADVANCE(31);
      if (lookahead == 'n') ADVANCE(21);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'n') ADVANCE(29);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'n') ADVANCE(33);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'o') ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'r') ADVANCE(38);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 'r') ADVANCE(42);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 't') ADVANCE(15);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead == 't') ADVANCE(30);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead == '"') ADVANCE(2);
      if (lookahead == '\'') ADVANCE(4);
      if (lookahead == '\\') ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(44);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(sym__keyword_word);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(44);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'a') ADVANCE(60);
      if (lookahead == 'd') ADVANCE(58);
      if (lookahead == 'e') ADVANCE(61);
      if (lookahead == 'i') ADVANCE(53);
      if (lookahead == 'n') ADVANCE(64);
      if (lookahead == 'w') ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'a') ADVANCE(65);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'a') ADVANCE(54);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'c') ADVANCE(51);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'd') ADVANCE(56);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'e') ADVANCE(69);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'e') ADVANCE(66);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'f') ADVANCE(69);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'g') ADVANCE(69);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'i') ADVANCE(53);
      if (lookahead == 's') ADVANCE(51);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'i') ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'i') ADVANCE(49);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'i') ADVANCE(48);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'i') ADVANCE(62);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'l') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'l') ADVANCE(55);
      if (lookahead == 'n') ADVANCE(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'n') ADVANCE(54);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'n') ADVANCE(59);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'o') ADVANCE(68);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'r') ADVANCE(63);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 'r') ADVANCE(67);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 't') ADVANCE(69);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead == 't') ADVANCE(57);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(1);
      if (lookahead == '\'') ADVANCE(3);
      if (lookahead == '\\') ADVANCE(70);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '#') ADVANCE(69);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(sym_word);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(69);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(71);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    default:
      return false;
  }
}

static bool ts_lex_keywords(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (lookahead == 'a') ADVANCE(1);
      if (lookahead == 'b') ADVANCE(2);
      if (lookahead == 'c') ADVANCE(3);
      if (lookahead == 'd') ADVANCE(4);
      if (lookahead == 'f') ADVANCE(5);
      if (lookahead == 'g') ADVANCE(6);
      if (lookahead == 'h') ADVANCE(7);
      if (lookahead == 'l') ADVANCE(8);
      if (lookahead == 'm') ADVANCE(9);
      if (lookahead == 'n') ADVANCE(10);
      if (lookahead == 'p') ADVANCE(11);
      if (lookahead == 'r') ADVANCE(12);
      if (lookahead == 't') ADVANCE(13);
      if (lookahead == 'u') ADVANCE(14);
      if (lookahead == '\t' ||
          (11 <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(0)
      END_STATE();
    case 1:
      if (lookahead == 'c') ADVANCE(15);
      END_STATE();
    case 2:
      if (lookahead == 'a') ADVANCE(16);
      END_STATE();
    case 3:
      if (lookahead == 'a') ADVANCE(17);
      if (lookahead == 'r') ADVANCE(18);
      END_STATE();
    case 4:
      if (lookahead == 'e') ADVANCE(19);
      END_STATE();
    case 5:
      if (lookahead == 'c') ADVANCE(20);
      if (lookahead == 'r') ADVANCE(21);
      END_STATE();
    case 6:
      if (lookahead == 'l') ADVANCE(22);
      END_STATE();
    case 7:
      if (lookahead == 't') ADVANCE(23);
      END_STATE();
    case 8:
      if (lookahead == 'i') ADVANCE(24);
      if (lookahead == 'o') ADVANCE(25);
      END_STATE();
    case 9:
      if (lookahead == 'a') ADVANCE(26);
      END_STATE();
    case 10:
      if (lookahead == 'a') ADVANCE(27);
      END_STATE();
    case 11:
      if (lookahead == 'e') ADVANCE(28);
      if (lookahead == 'r') ADVANCE(29);
      END_STATE();
    case 12:
      if (lookahead == 'e') ADVANCE(30);
      if (lookahead == 'i') ADVANCE(31);
      END_STATE();
    case 13:
      if (lookahead == 'r') ADVANCE(32);
      END_STATE();
    case 14:
      if (lookahead == 's') ADVANCE(33);
      END_STATE();
    case 15:
      if (lookahead == 'm') ADVANCE(34);
      END_STATE();
    case 16:
      if (lookahead == 'c') ADVANCE(35);
      END_STATE();
    case 17:
      if (lookahead == 'c') ADVANCE(36);
      END_STATE();
    case 18:
      if (lookahead == 't') ADVANCE(37);
      END_STATE();
    case 19:
      if (lookahead == 'f') ADVANCE(38);
      END_STATE();
    case 20:
      if (lookahead == 'g') ADVANCE(39);
      END_STATE();
    case 21:
      if (lookahead == 'o') ADVANCE(40);
      END_STATE();
    case 22:
      if (lookahead == 'o') ADVANCE(41);
      END_STATE();
    case 23:
      if (lookahead == 't') ADVANCE(42);
      END_STATE();
    case 24:
      if (lookahead == 's') ADVANCE(43);
      END_STATE();
    case 25:
      if (lookahead == 'g') ADVANCE(44);
      END_STATE();
    case 26:
      if (lookahead == 'i') ADVANCE(45);
      END_STATE();
    case 27:
      if (lookahead == 'm') ADVANCE(46);
      END_STATE();
    case 28:
      if (lookahead == 'e') ADVANCE(47);
      END_STATE();
    case 29:
      if (lookahead == 'o') ADVANCE(48);
      END_STATE();
    case 30:
      if (lookahead == 's') ADVANCE(49);
      END_STATE();
    case 31:
      if (lookahead == 'n') ADVANCE(50);
      END_STATE();
    case 32:
      if (lookahead == 'a') ADVANCE(51);
      END_STATE();
    case 33:
      if (lookahead == 'e') ADVANCE(52);
      END_STATE();
    case 34:
      if (lookahead == 'e') ADVANCE(53);
      END_STATE();
    case 35:
      if (lookahead == 'k') ADVANCE(54);
      END_STATE();
    case 36:
      if (lookahead == 'h') ADVANCE(55);
      END_STATE();
    case 37:
      if (lookahead == '-') ADVANCE(56);
      END_STATE();
    case 38:
      if (lookahead == 'a') ADVANCE(57);
      END_STATE();
    case 39:
      if (lookahead == 'i') ADVANCE(58);
      END_STATE();
    case 40:
      if (lookahead == 'n') ADVANCE(59);
      END_STATE();
    case 41:
      if (lookahead == 'b') ADVANCE(60);
      END_STATE();
    case 42:
      if (lookahead == 'p') ADVANCE(61);
      END_STATE();
    case 43:
      if (lookahead == 't') ADVANCE(62);
      END_STATE();
    case 44:
      if (lookahead == '-') ADVANCE(63);
      END_STATE();
    case 45:
      if (lookahead == 'l') ADVANCE(64);
      END_STATE();
    case 46:
      if (lookahead == 'e') ADVANCE(65);
      END_STATE();
    case 47:
      if (lookahead == 'r') ADVANCE(66);
      END_STATE();
    case 48:
      if (lookahead == 'g') ADVANCE(67);
      END_STATE();
    case 49:
      if (lookahead == 'o') ADVANCE(68);
      END_STATE();
    case 50:
      if (lookahead == 'g') ADVANCE(69);
      END_STATE();
    case 51:
      if (lookahead == 'c') ADVANCE(70);
      END_STATE();
    case 52:
      if (lookahead == 'r') ADVANCE(71);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(anon_sym_acme);
      END_STATE();
    case 54:
      if (lookahead == 'e') ADVANCE(72);
      END_STATE();
    case 55:
      if (lookahead == 'e') ADVANCE(73);
      END_STATE();
    case 56:
      if (lookahead == 's') ADVANCE(74);
      END_STATE();
    case 57:
      if (lookahead == 'u') ADVANCE(75);
      END_STATE();
    case 58:
      if (lookahead == '-') ADVANCE(76);
      END_STATE();
    case 59:
      if (lookahead == 't') ADVANCE(77);
      END_STATE();
    case 60:
      if (lookahead == 'a') ADVANCE(78);
      END_STATE();
    case 61:
      if (lookahead == '-') ADVANCE(79);
      END_STATE();
    case 62:
      if (lookahead == 'e') ADVANCE(80);
      END_STATE();
    case 63:
      if (lookahead == 'f') ADVANCE(81);
      if (lookahead == 'p') ADVANCE(82);
      END_STATE();
    case 64:
      if (lookahead == 'e') ADVANCE(83);
      END_STATE();
    case 65:
      if (lookahead == 's') ADVANCE(84);
      END_STATE();
    case 66:
      if (lookahead == 's') ADVANCE(85);
      END_STATE();
    case 67:
      if (lookahead == 'r') ADVANCE(86);
      END_STATE();
    case 68:
      if (lookahead == 'l') ADVANCE(87);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(anon_sym_ring);
      END_STATE();
    case 70:
      if (lookahead == 'e') ADVANCE(88);
      END_STATE();
    case 71:
      if (lookahead == 'l') ADVANCE(89);
      END_STATE();
    case 72:
      if (lookahead == 'n') ADVANCE(90);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(anon_sym_cache);
      END_STATE();
    case 74:
      if (lookahead == 't') ADVANCE(91);
      END_STATE();
    case 75:
      if (lookahead == 'l') ADVANCE(92);
      END_STATE();
    case 76:
      if (lookahead == 'a') ADVANCE(93);
      END_STATE();
    case 77:
      if (lookahead == 'e') ADVANCE(94);
      END_STATE();
    case 78:
      if (lookahead == 'l') ADVANCE(95);
      END_STATE();
    case 79:
      if (lookahead == 'e') ADVANCE(96);
      END_STATE();
    case 80:
      if (lookahead == 'n') ADVANCE(97);
      END_STATE();
    case 81:
      if (lookahead == 'o') ADVANCE(98);
      END_STATE();
    case 82:
      if (lookahead == 'r') ADVANCE(99);
      END_STATE();
    case 83:
      if (lookahead == 'r') ADVANCE(100);
      END_STATE();
    case 84:
      if (lookahead == 'p') ADVANCE(101);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(anon_sym_peers);
      END_STATE();
    case 86:
      if (lookahead == 'a') ADVANCE(102);
      END_STATE();
    case 87:
      if (lookahead == 'v') ADVANCE(103);
      END_STATE();
    case 88:
      if (lookahead == 's') ADVANCE(104);
      END_STATE();
    case 89:
      if (lookahead == 'i') ADVANCE(105);
      END_STATE();
    case 90:
      if (lookahead == 'd') ADVANCE(106);
      END_STATE();
    case 91:
      if (lookahead == 'o') ADVANCE(107);
      END_STATE();
    case 92:
      if (lookahead == 't') ADVANCE(108);
      END_STATE();
    case 93:
      if (lookahead == 'p') ADVANCE(109);
      END_STATE();
    case 94:
      if (lookahead == 'n') ADVANCE(110);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(anon_sym_global);
      END_STATE();
    case 96:
      if (lookahead == 'r') ADVANCE(111);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(anon_sym_listen);
      END_STATE();
    case 98:
      if (lookahead == 'r') ADVANCE(112);
      END_STATE();
    case 99:
      if (lookahead == 'o') ADVANCE(113);
      END_STATE();
    case 100:
      if (lookahead == 's') ADVANCE(114);
      END_STATE();
    case 101:
      if (lookahead == 'a') ADVANCE(115);
      END_STATE();
    case 102:
      if (lookahead == 'm') ADVANCE(116);
      END_STATE();
    case 103:
      if (lookahead == 'e') ADVANCE(117);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(anon_sym_traces);
      END_STATE();
    case 105:
      if (lookahead == 's') ADVANCE(118);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(anon_sym_backend);
      END_STATE();
    case 107:
      if (lookahead == 'r') ADVANCE(119);
      END_STATE();
    case 108:
      if (lookahead == 's') ADVANCE(120);
      END_STATE();
    case 109:
      if (lookahead == 'p') ADVANCE(121);
      END_STATE();
    case 110:
      if (lookahead == 'd') ADVANCE(122);
      END_STATE();
    case 111:
      if (lookahead == 'r') ADVANCE(123);
      END_STATE();
    case 112:
      if (lookahead == 'w') ADVANCE(124);
      END_STATE();
    case 113:
      if (lookahead == 'f') ADVANCE(125);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(anon_sym_mailers);
      END_STATE();
    case 115:
      if (lookahead == 'c') ADVANCE(126);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(anon_sym_program);
      END_STATE();
    case 117:
      if (lookahead == 'r') ADVANCE(127);
      END_STATE();
    case 118:
      if (lookahead == 't') ADVANCE(128);
      END_STATE();
    case 119:
      if (lookahead == 'e') ADVANCE(129);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(anon_sym_defaults);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_fcgi_DASHapp);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(anon_sym_frontend);
      END_STATE();
    case 123:
      if (lookahead == 'o') ADVANCE(130);
      END_STATE();
    case 124:
      if (lookahead == 'a') ADVANCE(131);
      END_STATE();
    case 125:
      if (lookahead == 'i') ADVANCE(132);
      END_STATE();
    case 126:
      if (lookahead == 'e') ADVANCE(133);
      END_STATE();
    case 127:
      if (lookahead == 's') ADVANCE(134);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(anon_sym_userlist);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(anon_sym_crt_DASHstore);
      END_STATE();
    case 130:
      if (lookahead == 'r') ADVANCE(135);
      END_STATE();
    case 131:
      if (lookahead == 'r') ADVANCE(136);
      END_STATE();
    case 132:
      if (lookahead == 'l') ADVANCE(137);
      END_STATE();
    case 133:
      if (lookahead == '_') ADVANCE(138);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_resolvers);
      END_STATE();
    case 135:
      if (lookahead == 's') ADVANCE(139);
      END_STATE();
    case 136:
      if (lookahead == 'd') ADVANCE(140);
      END_STATE();
    case 137:
      if (lookahead == 'e') ADVANCE(141);
      END_STATE();
    case 138:
      if (lookahead == 'l') ADVANCE(142);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(anon_sym_http_DASHerrors);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(anon_sym_log_DASHforward);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(anon_sym_log_DASHprofile);
      END_STATE();
    case 142:
      if (lookahead == 'i') ADVANCE(143);
      END_STATE();
    case 143:
      if (lookahead == 's') ADVANCE(144);
      END_STATE();
    case 144:
      if (lookahead == 't') ADVANCE(145);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(anon_sym_namespace_list);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 7},
  [2] = {.lex_state = 0},
  [3] = {.lex_state = 0},
  [4] = {.lex_state = 0},
  [5] = {.lex_state = 0},
  [6] = {.lex_state = 0},
  [7] = {.lex_state = 0},
  [8] = {.lex_state = 7},
  [9] = {.lex_state = 0},
  [10] = {.lex_state = 0},
  [11] = {.lex_state = 0},
  [12] = {.lex_state = 0},
  [13] = {.lex_state = 7},
  [14] = {.lex_state = 0},
  [15] = {.lex_state = 0},
  [16] = {.lex_state = 0},
  [17] = {.lex_state = 0},
  [18] = {.lex_state = 7},
  [19] = {.lex_state = 7},
  [20] = {.lex_state = 7},
  [21] = {.lex_state = 7},
  [22] = {.lex_state = 7},
  [23] = {.lex_state = 7},
  [24] = {.lex_state = 7},
  [25] = {.lex_state = 7},
  [26] = {.lex_state = 7},
  [27] = {.lex_state = 7},
  [28] = {.lex_state = 7},
  [29] = {.lex_state = 7},
  [30] = {.lex_state = 7},
  [31] = {.lex_state = 7},
  [32] = {.lex_state = 7},
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
  [62] = {.lex_state = 0},
  [63] = {.lex_state = 7},
  [64] = {.lex_state = 7},
  [65] = {.lex_state = 7},
  [66] = {.lex_state = 7},
  [67] = {.lex_state = 7},
  [68] = {.lex_state = 7},
  [69] = {.lex_state = 7},
  [70] = {.lex_state = 7},
  [71] = {.lex_state = 7},
  [72] = {.lex_state = 7},
  [73] = {.lex_state = 7},
  [74] = {.lex_state = 7},
  [75] = {.lex_state = 7},
  [76] = {.lex_state = 7},
  [77] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym__keyword_word] = ACTIONS(1),
    [anon_sym_acme] = ACTIONS(1),
    [anon_sym_backend] = ACTIONS(1),
    [anon_sym_cache] = ACTIONS(1),
    [anon_sym_crt_DASHstore] = ACTIONS(1),
    [anon_sym_defaults] = ACTIONS(1),
    [anon_sym_fcgi_DASHapp] = ACTIONS(1),
    [anon_sym_frontend] = ACTIONS(1),
    [anon_sym_global] = ACTIONS(1),
    [anon_sym_http_DASHerrors] = ACTIONS(1),
    [anon_sym_listen] = ACTIONS(1),
    [anon_sym_log_DASHforward] = ACTIONS(1),
    [anon_sym_log_DASHprofile] = ACTIONS(1),
    [anon_sym_mailers] = ACTIONS(1),
    [anon_sym_namespace_list] = ACTIONS(1),
    [anon_sym_peers] = ACTIONS(1),
    [anon_sym_program] = ACTIONS(1),
    [anon_sym_resolvers] = ACTIONS(1),
    [anon_sym_ring] = ACTIONS(1),
    [anon_sym_traces] = ACTIONS(1),
    [anon_sym_userlist] = ACTIONS(1),
    [anon_sym_DOTif] = ACTIONS(1),
    [anon_sym_DOTelif] = ACTIONS(1),
    [anon_sym_DOTelse] = ACTIONS(1),
    [anon_sym_DOTendif] = ACTIONS(1),
    [anon_sym_DOTnotice] = ACTIONS(1),
    [anon_sym_DOTwarning] = ACTIONS(1),
    [anon_sym_DOTalert] = ACTIONS(1),
    [anon_sym_DOTdiag] = ACTIONS(1),
    [sym_word] = ACTIONS(1),
    [sym_comment] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
  },
  [1] = {
    [sym_config] = STATE(77),
    [sym__line_item] = STATE(8),
    [sym_section] = STATE(8),
    [sym_directive] = STATE(8),
    [sym_conditional] = STATE(8),
    [aux_sym_config_repeat1] = STATE(8),
    [ts_builtin_sym_end] = ACTIONS(3),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(7),
    [anon_sym_backend] = ACTIONS(7),
    [anon_sym_cache] = ACTIONS(7),
    [anon_sym_crt_DASHstore] = ACTIONS(7),
    [anon_sym_defaults] = ACTIONS(7),
    [anon_sym_fcgi_DASHapp] = ACTIONS(7),
    [anon_sym_frontend] = ACTIONS(7),
    [anon_sym_global] = ACTIONS(7),
    [anon_sym_http_DASHerrors] = ACTIONS(7),
    [anon_sym_listen] = ACTIONS(7),
    [anon_sym_log_DASHforward] = ACTIONS(7),
    [anon_sym_log_DASHprofile] = ACTIONS(7),
    [anon_sym_mailers] = ACTIONS(7),
    [anon_sym_namespace_list] = ACTIONS(7),
    [anon_sym_peers] = ACTIONS(7),
    [anon_sym_program] = ACTIONS(7),
    [anon_sym_resolvers] = ACTIONS(7),
    [anon_sym_ring] = ACTIONS(7),
    [anon_sym_traces] = ACTIONS(7),
    [anon_sym_userlist] = ACTIONS(7),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(11),
    [sym__newline] = ACTIONS(11),
  },
  [2] = {
    [sym__line_item] = STATE(20),
    [sym_directive] = STATE(20),
    [sym_conditional] = STATE(20),
    [aux_sym_section_repeat1] = STATE(37),
    [aux_sym_section_repeat2] = STATE(20),
    [ts_builtin_sym_end] = ACTIONS(13),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(15),
    [anon_sym_backend] = ACTIONS(15),
    [anon_sym_cache] = ACTIONS(15),
    [anon_sym_crt_DASHstore] = ACTIONS(15),
    [anon_sym_defaults] = ACTIONS(15),
    [anon_sym_fcgi_DASHapp] = ACTIONS(15),
    [anon_sym_frontend] = ACTIONS(15),
    [anon_sym_global] = ACTIONS(15),
    [anon_sym_http_DASHerrors] = ACTIONS(15),
    [anon_sym_listen] = ACTIONS(15),
    [anon_sym_log_DASHforward] = ACTIONS(15),
    [anon_sym_log_DASHprofile] = ACTIONS(15),
    [anon_sym_mailers] = ACTIONS(15),
    [anon_sym_namespace_list] = ACTIONS(15),
    [anon_sym_peers] = ACTIONS(15),
    [anon_sym_program] = ACTIONS(15),
    [anon_sym_resolvers] = ACTIONS(15),
    [anon_sym_ring] = ACTIONS(15),
    [anon_sym_traces] = ACTIONS(15),
    [anon_sym_userlist] = ACTIONS(15),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(17),
    [sym_comment] = ACTIONS(19),
    [sym__newline] = ACTIONS(19),
  },
  [3] = {
    [sym__line_item] = STATE(27),
    [sym_directive] = STATE(27),
    [sym_conditional] = STATE(27),
    [aux_sym_section_repeat1] = STATE(2),
    [aux_sym_section_repeat2] = STATE(27),
    [ts_builtin_sym_end] = ACTIONS(21),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(23),
    [anon_sym_backend] = ACTIONS(23),
    [anon_sym_cache] = ACTIONS(23),
    [anon_sym_crt_DASHstore] = ACTIONS(23),
    [anon_sym_defaults] = ACTIONS(23),
    [anon_sym_fcgi_DASHapp] = ACTIONS(23),
    [anon_sym_frontend] = ACTIONS(23),
    [anon_sym_global] = ACTIONS(23),
    [anon_sym_http_DASHerrors] = ACTIONS(23),
    [anon_sym_listen] = ACTIONS(23),
    [anon_sym_log_DASHforward] = ACTIONS(23),
    [anon_sym_log_DASHprofile] = ACTIONS(23),
    [anon_sym_mailers] = ACTIONS(23),
    [anon_sym_namespace_list] = ACTIONS(23),
    [anon_sym_peers] = ACTIONS(23),
    [anon_sym_program] = ACTIONS(23),
    [anon_sym_resolvers] = ACTIONS(23),
    [anon_sym_ring] = ACTIONS(23),
    [anon_sym_traces] = ACTIONS(23),
    [anon_sym_userlist] = ACTIONS(23),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(17),
    [sym_comment] = ACTIONS(25),
    [sym__newline] = ACTIONS(25),
  },
  [4] = {
    [sym__line_item] = STATE(29),
    [sym_directive] = STATE(29),
    [sym_conditional] = STATE(29),
    [aux_sym_section_repeat2] = STATE(29),
    [ts_builtin_sym_end] = ACTIONS(27),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(29),
    [anon_sym_backend] = ACTIONS(29),
    [anon_sym_cache] = ACTIONS(29),
    [anon_sym_crt_DASHstore] = ACTIONS(29),
    [anon_sym_defaults] = ACTIONS(29),
    [anon_sym_fcgi_DASHapp] = ACTIONS(29),
    [anon_sym_frontend] = ACTIONS(29),
    [anon_sym_global] = ACTIONS(29),
    [anon_sym_http_DASHerrors] = ACTIONS(29),
    [anon_sym_listen] = ACTIONS(29),
    [anon_sym_log_DASHforward] = ACTIONS(29),
    [anon_sym_log_DASHprofile] = ACTIONS(29),
    [anon_sym_mailers] = ACTIONS(29),
    [anon_sym_namespace_list] = ACTIONS(29),
    [anon_sym_peers] = ACTIONS(29),
    [anon_sym_program] = ACTIONS(29),
    [anon_sym_resolvers] = ACTIONS(29),
    [anon_sym_ring] = ACTIONS(29),
    [anon_sym_traces] = ACTIONS(29),
    [anon_sym_userlist] = ACTIONS(29),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(31),
    [sym_comment] = ACTIONS(33),
    [sym__newline] = ACTIONS(33),
  },
  [5] = {
    [sym__line_item] = STATE(30),
    [sym_directive] = STATE(30),
    [sym_conditional] = STATE(30),
    [aux_sym_section_repeat2] = STATE(30),
    [ts_builtin_sym_end] = ACTIONS(35),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(37),
    [anon_sym_backend] = ACTIONS(37),
    [anon_sym_cache] = ACTIONS(37),
    [anon_sym_crt_DASHstore] = ACTIONS(37),
    [anon_sym_defaults] = ACTIONS(37),
    [anon_sym_fcgi_DASHapp] = ACTIONS(37),
    [anon_sym_frontend] = ACTIONS(37),
    [anon_sym_global] = ACTIONS(37),
    [anon_sym_http_DASHerrors] = ACTIONS(37),
    [anon_sym_listen] = ACTIONS(37),
    [anon_sym_log_DASHforward] = ACTIONS(37),
    [anon_sym_log_DASHprofile] = ACTIONS(37),
    [anon_sym_mailers] = ACTIONS(37),
    [anon_sym_namespace_list] = ACTIONS(37),
    [anon_sym_peers] = ACTIONS(37),
    [anon_sym_program] = ACTIONS(37),
    [anon_sym_resolvers] = ACTIONS(37),
    [anon_sym_ring] = ACTIONS(37),
    [anon_sym_traces] = ACTIONS(37),
    [anon_sym_userlist] = ACTIONS(37),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(39),
    [sym_comment] = ACTIONS(41),
    [sym__newline] = ACTIONS(41),
  },
  [6] = {
    [sym__line_item] = STATE(32),
    [sym_directive] = STATE(32),
    [sym_conditional] = STATE(32),
    [aux_sym_section_repeat2] = STATE(32),
    [ts_builtin_sym_end] = ACTIONS(43),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(45),
    [anon_sym_backend] = ACTIONS(45),
    [anon_sym_cache] = ACTIONS(45),
    [anon_sym_crt_DASHstore] = ACTIONS(45),
    [anon_sym_defaults] = ACTIONS(45),
    [anon_sym_fcgi_DASHapp] = ACTIONS(45),
    [anon_sym_frontend] = ACTIONS(45),
    [anon_sym_global] = ACTIONS(45),
    [anon_sym_http_DASHerrors] = ACTIONS(45),
    [anon_sym_listen] = ACTIONS(45),
    [anon_sym_log_DASHforward] = ACTIONS(45),
    [anon_sym_log_DASHprofile] = ACTIONS(45),
    [anon_sym_mailers] = ACTIONS(45),
    [anon_sym_namespace_list] = ACTIONS(45),
    [anon_sym_peers] = ACTIONS(45),
    [anon_sym_program] = ACTIONS(45),
    [anon_sym_resolvers] = ACTIONS(45),
    [anon_sym_ring] = ACTIONS(45),
    [anon_sym_traces] = ACTIONS(45),
    [anon_sym_userlist] = ACTIONS(45),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(47),
    [sym_comment] = ACTIONS(49),
    [sym__newline] = ACTIONS(49),
  },
  [7] = {
    [sym__line_item] = STATE(26),
    [sym_directive] = STATE(26),
    [sym_conditional] = STATE(26),
    [aux_sym_section_repeat2] = STATE(26),
    [ts_builtin_sym_end] = ACTIONS(51),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(53),
    [anon_sym_backend] = ACTIONS(53),
    [anon_sym_cache] = ACTIONS(53),
    [anon_sym_crt_DASHstore] = ACTIONS(53),
    [anon_sym_defaults] = ACTIONS(53),
    [anon_sym_fcgi_DASHapp] = ACTIONS(53),
    [anon_sym_frontend] = ACTIONS(53),
    [anon_sym_global] = ACTIONS(53),
    [anon_sym_http_DASHerrors] = ACTIONS(53),
    [anon_sym_listen] = ACTIONS(53),
    [anon_sym_log_DASHforward] = ACTIONS(53),
    [anon_sym_log_DASHprofile] = ACTIONS(53),
    [anon_sym_mailers] = ACTIONS(53),
    [anon_sym_namespace_list] = ACTIONS(53),
    [anon_sym_peers] = ACTIONS(53),
    [anon_sym_program] = ACTIONS(53),
    [anon_sym_resolvers] = ACTIONS(53),
    [anon_sym_ring] = ACTIONS(53),
    [anon_sym_traces] = ACTIONS(53),
    [anon_sym_userlist] = ACTIONS(53),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(55),
    [sym_comment] = ACTIONS(57),
    [sym__newline] = ACTIONS(57),
  },
  [8] = {
    [sym__line_item] = STATE(13),
    [sym_section] = STATE(13),
    [sym_directive] = STATE(13),
    [sym_conditional] = STATE(13),
    [aux_sym_config_repeat1] = STATE(13),
    [ts_builtin_sym_end] = ACTIONS(59),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(7),
    [anon_sym_backend] = ACTIONS(7),
    [anon_sym_cache] = ACTIONS(7),
    [anon_sym_crt_DASHstore] = ACTIONS(7),
    [anon_sym_defaults] = ACTIONS(7),
    [anon_sym_fcgi_DASHapp] = ACTIONS(7),
    [anon_sym_frontend] = ACTIONS(7),
    [anon_sym_global] = ACTIONS(7),
    [anon_sym_http_DASHerrors] = ACTIONS(7),
    [anon_sym_listen] = ACTIONS(7),
    [anon_sym_log_DASHforward] = ACTIONS(7),
    [anon_sym_log_DASHprofile] = ACTIONS(7),
    [anon_sym_mailers] = ACTIONS(7),
    [anon_sym_namespace_list] = ACTIONS(7),
    [anon_sym_peers] = ACTIONS(7),
    [anon_sym_program] = ACTIONS(7),
    [anon_sym_resolvers] = ACTIONS(7),
    [anon_sym_ring] = ACTIONS(7),
    [anon_sym_traces] = ACTIONS(7),
    [anon_sym_userlist] = ACTIONS(7),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(61),
    [sym__newline] = ACTIONS(61),
  },
  [9] = {
    [sym__line_item] = STATE(25),
    [sym_directive] = STATE(25),
    [sym_conditional] = STATE(25),
    [aux_sym_section_repeat2] = STATE(25),
    [ts_builtin_sym_end] = ACTIONS(63),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(65),
    [anon_sym_backend] = ACTIONS(65),
    [anon_sym_cache] = ACTIONS(65),
    [anon_sym_crt_DASHstore] = ACTIONS(65),
    [anon_sym_defaults] = ACTIONS(65),
    [anon_sym_fcgi_DASHapp] = ACTIONS(65),
    [anon_sym_frontend] = ACTIONS(65),
    [anon_sym_global] = ACTIONS(65),
    [anon_sym_http_DASHerrors] = ACTIONS(65),
    [anon_sym_listen] = ACTIONS(65),
    [anon_sym_log_DASHforward] = ACTIONS(65),
    [anon_sym_log_DASHprofile] = ACTIONS(65),
    [anon_sym_mailers] = ACTIONS(65),
    [anon_sym_namespace_list] = ACTIONS(65),
    [anon_sym_peers] = ACTIONS(65),
    [anon_sym_program] = ACTIONS(65),
    [anon_sym_resolvers] = ACTIONS(65),
    [anon_sym_ring] = ACTIONS(65),
    [anon_sym_traces] = ACTIONS(65),
    [anon_sym_userlist] = ACTIONS(65),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(67),
    [sym_comment] = ACTIONS(69),
    [sym__newline] = ACTIONS(69),
  },
  [10] = {
    [sym__line_item] = STATE(24),
    [sym_directive] = STATE(24),
    [sym_conditional] = STATE(24),
    [aux_sym_section_repeat2] = STATE(24),
    [ts_builtin_sym_end] = ACTIONS(71),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(73),
    [anon_sym_backend] = ACTIONS(73),
    [anon_sym_cache] = ACTIONS(73),
    [anon_sym_crt_DASHstore] = ACTIONS(73),
    [anon_sym_defaults] = ACTIONS(73),
    [anon_sym_fcgi_DASHapp] = ACTIONS(73),
    [anon_sym_frontend] = ACTIONS(73),
    [anon_sym_global] = ACTIONS(73),
    [anon_sym_http_DASHerrors] = ACTIONS(73),
    [anon_sym_listen] = ACTIONS(73),
    [anon_sym_log_DASHforward] = ACTIONS(73),
    [anon_sym_log_DASHprofile] = ACTIONS(73),
    [anon_sym_mailers] = ACTIONS(73),
    [anon_sym_namespace_list] = ACTIONS(73),
    [anon_sym_peers] = ACTIONS(73),
    [anon_sym_program] = ACTIONS(73),
    [anon_sym_resolvers] = ACTIONS(73),
    [anon_sym_ring] = ACTIONS(73),
    [anon_sym_traces] = ACTIONS(73),
    [anon_sym_userlist] = ACTIONS(73),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(75),
    [sym_comment] = ACTIONS(77),
    [sym__newline] = ACTIONS(77),
  },
  [11] = {
    [sym__line_item] = STATE(31),
    [sym_directive] = STATE(31),
    [sym_conditional] = STATE(31),
    [aux_sym_section_repeat2] = STATE(31),
    [ts_builtin_sym_end] = ACTIONS(79),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(81),
    [anon_sym_backend] = ACTIONS(81),
    [anon_sym_cache] = ACTIONS(81),
    [anon_sym_crt_DASHstore] = ACTIONS(81),
    [anon_sym_defaults] = ACTIONS(81),
    [anon_sym_fcgi_DASHapp] = ACTIONS(81),
    [anon_sym_frontend] = ACTIONS(81),
    [anon_sym_global] = ACTIONS(81),
    [anon_sym_http_DASHerrors] = ACTIONS(81),
    [anon_sym_listen] = ACTIONS(81),
    [anon_sym_log_DASHforward] = ACTIONS(81),
    [anon_sym_log_DASHprofile] = ACTIONS(81),
    [anon_sym_mailers] = ACTIONS(81),
    [anon_sym_namespace_list] = ACTIONS(81),
    [anon_sym_peers] = ACTIONS(81),
    [anon_sym_program] = ACTIONS(81),
    [anon_sym_resolvers] = ACTIONS(81),
    [anon_sym_ring] = ACTIONS(81),
    [anon_sym_traces] = ACTIONS(81),
    [anon_sym_userlist] = ACTIONS(81),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(83),
    [sym_comment] = ACTIONS(85),
    [sym__newline] = ACTIONS(85),
  },
  [12] = {
    [sym__line_item] = STATE(21),
    [sym_directive] = STATE(21),
    [sym_conditional] = STATE(21),
    [aux_sym_section_repeat2] = STATE(21),
    [ts_builtin_sym_end] = ACTIONS(87),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(89),
    [anon_sym_backend] = ACTIONS(89),
    [anon_sym_cache] = ACTIONS(89),
    [anon_sym_crt_DASHstore] = ACTIONS(89),
    [anon_sym_defaults] = ACTIONS(89),
    [anon_sym_fcgi_DASHapp] = ACTIONS(89),
    [anon_sym_frontend] = ACTIONS(89),
    [anon_sym_global] = ACTIONS(89),
    [anon_sym_http_DASHerrors] = ACTIONS(89),
    [anon_sym_listen] = ACTIONS(89),
    [anon_sym_log_DASHforward] = ACTIONS(89),
    [anon_sym_log_DASHprofile] = ACTIONS(89),
    [anon_sym_mailers] = ACTIONS(89),
    [anon_sym_namespace_list] = ACTIONS(89),
    [anon_sym_peers] = ACTIONS(89),
    [anon_sym_program] = ACTIONS(89),
    [anon_sym_resolvers] = ACTIONS(89),
    [anon_sym_ring] = ACTIONS(89),
    [anon_sym_traces] = ACTIONS(89),
    [anon_sym_userlist] = ACTIONS(89),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(91),
    [sym_comment] = ACTIONS(93),
    [sym__newline] = ACTIONS(93),
  },
  [13] = {
    [sym__line_item] = STATE(13),
    [sym_section] = STATE(13),
    [sym_directive] = STATE(13),
    [sym_conditional] = STATE(13),
    [aux_sym_config_repeat1] = STATE(13),
    [ts_builtin_sym_end] = ACTIONS(95),
    [sym__keyword_word] = ACTIONS(97),
    [anon_sym_acme] = ACTIONS(100),
    [anon_sym_backend] = ACTIONS(100),
    [anon_sym_cache] = ACTIONS(100),
    [anon_sym_crt_DASHstore] = ACTIONS(100),
    [anon_sym_defaults] = ACTIONS(100),
    [anon_sym_fcgi_DASHapp] = ACTIONS(100),
    [anon_sym_frontend] = ACTIONS(100),
    [anon_sym_global] = ACTIONS(100),
    [anon_sym_http_DASHerrors] = ACTIONS(100),
    [anon_sym_listen] = ACTIONS(100),
    [anon_sym_log_DASHforward] = ACTIONS(100),
    [anon_sym_log_DASHprofile] = ACTIONS(100),
    [anon_sym_mailers] = ACTIONS(100),
    [anon_sym_namespace_list] = ACTIONS(100),
    [anon_sym_peers] = ACTIONS(100),
    [anon_sym_program] = ACTIONS(100),
    [anon_sym_resolvers] = ACTIONS(100),
    [anon_sym_ring] = ACTIONS(100),
    [anon_sym_traces] = ACTIONS(100),
    [anon_sym_userlist] = ACTIONS(100),
    [anon_sym_DOTif] = ACTIONS(103),
    [anon_sym_DOTelif] = ACTIONS(103),
    [anon_sym_DOTelse] = ACTIONS(103),
    [anon_sym_DOTendif] = ACTIONS(103),
    [anon_sym_DOTnotice] = ACTIONS(103),
    [anon_sym_DOTwarning] = ACTIONS(103),
    [anon_sym_DOTalert] = ACTIONS(103),
    [anon_sym_DOTdiag] = ACTIONS(103),
    [sym_comment] = ACTIONS(106),
    [sym__newline] = ACTIONS(106),
  },
  [14] = {
    [sym__line_item] = STATE(19),
    [sym_directive] = STATE(19),
    [sym_conditional] = STATE(19),
    [aux_sym_section_repeat2] = STATE(19),
    [ts_builtin_sym_end] = ACTIONS(109),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(111),
    [anon_sym_backend] = ACTIONS(111),
    [anon_sym_cache] = ACTIONS(111),
    [anon_sym_crt_DASHstore] = ACTIONS(111),
    [anon_sym_defaults] = ACTIONS(111),
    [anon_sym_fcgi_DASHapp] = ACTIONS(111),
    [anon_sym_frontend] = ACTIONS(111),
    [anon_sym_global] = ACTIONS(111),
    [anon_sym_http_DASHerrors] = ACTIONS(111),
    [anon_sym_listen] = ACTIONS(111),
    [anon_sym_log_DASHforward] = ACTIONS(111),
    [anon_sym_log_DASHprofile] = ACTIONS(111),
    [anon_sym_mailers] = ACTIONS(111),
    [anon_sym_namespace_list] = ACTIONS(111),
    [anon_sym_peers] = ACTIONS(111),
    [anon_sym_program] = ACTIONS(111),
    [anon_sym_resolvers] = ACTIONS(111),
    [anon_sym_ring] = ACTIONS(111),
    [anon_sym_traces] = ACTIONS(111),
    [anon_sym_userlist] = ACTIONS(111),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(113),
    [sym_comment] = ACTIONS(115),
    [sym__newline] = ACTIONS(115),
  },
  [15] = {
    [sym__line_item] = STATE(28),
    [sym_directive] = STATE(28),
    [sym_conditional] = STATE(28),
    [aux_sym_section_repeat2] = STATE(28),
    [ts_builtin_sym_end] = ACTIONS(117),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(119),
    [anon_sym_backend] = ACTIONS(119),
    [anon_sym_cache] = ACTIONS(119),
    [anon_sym_crt_DASHstore] = ACTIONS(119),
    [anon_sym_defaults] = ACTIONS(119),
    [anon_sym_fcgi_DASHapp] = ACTIONS(119),
    [anon_sym_frontend] = ACTIONS(119),
    [anon_sym_global] = ACTIONS(119),
    [anon_sym_http_DASHerrors] = ACTIONS(119),
    [anon_sym_listen] = ACTIONS(119),
    [anon_sym_log_DASHforward] = ACTIONS(119),
    [anon_sym_log_DASHprofile] = ACTIONS(119),
    [anon_sym_mailers] = ACTIONS(119),
    [anon_sym_namespace_list] = ACTIONS(119),
    [anon_sym_peers] = ACTIONS(119),
    [anon_sym_program] = ACTIONS(119),
    [anon_sym_resolvers] = ACTIONS(119),
    [anon_sym_ring] = ACTIONS(119),
    [anon_sym_traces] = ACTIONS(119),
    [anon_sym_userlist] = ACTIONS(119),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(121),
    [sym_comment] = ACTIONS(123),
    [sym__newline] = ACTIONS(123),
  },
  [16] = {
    [sym__line_item] = STATE(18),
    [sym_directive] = STATE(18),
    [sym_conditional] = STATE(18),
    [aux_sym_section_repeat2] = STATE(18),
    [ts_builtin_sym_end] = ACTIONS(125),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(127),
    [anon_sym_backend] = ACTIONS(127),
    [anon_sym_cache] = ACTIONS(127),
    [anon_sym_crt_DASHstore] = ACTIONS(127),
    [anon_sym_defaults] = ACTIONS(127),
    [anon_sym_fcgi_DASHapp] = ACTIONS(127),
    [anon_sym_frontend] = ACTIONS(127),
    [anon_sym_global] = ACTIONS(127),
    [anon_sym_http_DASHerrors] = ACTIONS(127),
    [anon_sym_listen] = ACTIONS(127),
    [anon_sym_log_DASHforward] = ACTIONS(127),
    [anon_sym_log_DASHprofile] = ACTIONS(127),
    [anon_sym_mailers] = ACTIONS(127),
    [anon_sym_namespace_list] = ACTIONS(127),
    [anon_sym_peers] = ACTIONS(127),
    [anon_sym_program] = ACTIONS(127),
    [anon_sym_resolvers] = ACTIONS(127),
    [anon_sym_ring] = ACTIONS(127),
    [anon_sym_traces] = ACTIONS(127),
    [anon_sym_userlist] = ACTIONS(127),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(129),
    [sym_comment] = ACTIONS(131),
    [sym__newline] = ACTIONS(131),
  },
  [17] = {
    [sym__line_item] = STATE(23),
    [sym_directive] = STATE(23),
    [sym_conditional] = STATE(23),
    [aux_sym_section_repeat2] = STATE(23),
    [ts_builtin_sym_end] = ACTIONS(133),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(135),
    [anon_sym_backend] = ACTIONS(135),
    [anon_sym_cache] = ACTIONS(135),
    [anon_sym_crt_DASHstore] = ACTIONS(135),
    [anon_sym_defaults] = ACTIONS(135),
    [anon_sym_fcgi_DASHapp] = ACTIONS(135),
    [anon_sym_frontend] = ACTIONS(135),
    [anon_sym_global] = ACTIONS(135),
    [anon_sym_http_DASHerrors] = ACTIONS(135),
    [anon_sym_listen] = ACTIONS(135),
    [anon_sym_log_DASHforward] = ACTIONS(135),
    [anon_sym_log_DASHprofile] = ACTIONS(135),
    [anon_sym_mailers] = ACTIONS(135),
    [anon_sym_namespace_list] = ACTIONS(135),
    [anon_sym_peers] = ACTIONS(135),
    [anon_sym_program] = ACTIONS(135),
    [anon_sym_resolvers] = ACTIONS(135),
    [anon_sym_ring] = ACTIONS(135),
    [anon_sym_traces] = ACTIONS(135),
    [anon_sym_userlist] = ACTIONS(135),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_word] = ACTIONS(137),
    [sym_comment] = ACTIONS(139),
    [sym__newline] = ACTIONS(139),
  },
  [18] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(141),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(143),
    [anon_sym_backend] = ACTIONS(143),
    [anon_sym_cache] = ACTIONS(143),
    [anon_sym_crt_DASHstore] = ACTIONS(143),
    [anon_sym_defaults] = ACTIONS(143),
    [anon_sym_fcgi_DASHapp] = ACTIONS(143),
    [anon_sym_frontend] = ACTIONS(143),
    [anon_sym_global] = ACTIONS(143),
    [anon_sym_http_DASHerrors] = ACTIONS(143),
    [anon_sym_listen] = ACTIONS(143),
    [anon_sym_log_DASHforward] = ACTIONS(143),
    [anon_sym_log_DASHprofile] = ACTIONS(143),
    [anon_sym_mailers] = ACTIONS(143),
    [anon_sym_namespace_list] = ACTIONS(143),
    [anon_sym_peers] = ACTIONS(143),
    [anon_sym_program] = ACTIONS(143),
    [anon_sym_resolvers] = ACTIONS(143),
    [anon_sym_ring] = ACTIONS(143),
    [anon_sym_traces] = ACTIONS(143),
    [anon_sym_userlist] = ACTIONS(143),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [19] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(147),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(149),
    [anon_sym_backend] = ACTIONS(149),
    [anon_sym_cache] = ACTIONS(149),
    [anon_sym_crt_DASHstore] = ACTIONS(149),
    [anon_sym_defaults] = ACTIONS(149),
    [anon_sym_fcgi_DASHapp] = ACTIONS(149),
    [anon_sym_frontend] = ACTIONS(149),
    [anon_sym_global] = ACTIONS(149),
    [anon_sym_http_DASHerrors] = ACTIONS(149),
    [anon_sym_listen] = ACTIONS(149),
    [anon_sym_log_DASHforward] = ACTIONS(149),
    [anon_sym_log_DASHprofile] = ACTIONS(149),
    [anon_sym_mailers] = ACTIONS(149),
    [anon_sym_namespace_list] = ACTIONS(149),
    [anon_sym_peers] = ACTIONS(149),
    [anon_sym_program] = ACTIONS(149),
    [anon_sym_resolvers] = ACTIONS(149),
    [anon_sym_ring] = ACTIONS(149),
    [anon_sym_traces] = ACTIONS(149),
    [anon_sym_userlist] = ACTIONS(149),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [20] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(151),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(153),
    [anon_sym_backend] = ACTIONS(153),
    [anon_sym_cache] = ACTIONS(153),
    [anon_sym_crt_DASHstore] = ACTIONS(153),
    [anon_sym_defaults] = ACTIONS(153),
    [anon_sym_fcgi_DASHapp] = ACTIONS(153),
    [anon_sym_frontend] = ACTIONS(153),
    [anon_sym_global] = ACTIONS(153),
    [anon_sym_http_DASHerrors] = ACTIONS(153),
    [anon_sym_listen] = ACTIONS(153),
    [anon_sym_log_DASHforward] = ACTIONS(153),
    [anon_sym_log_DASHprofile] = ACTIONS(153),
    [anon_sym_mailers] = ACTIONS(153),
    [anon_sym_namespace_list] = ACTIONS(153),
    [anon_sym_peers] = ACTIONS(153),
    [anon_sym_program] = ACTIONS(153),
    [anon_sym_resolvers] = ACTIONS(153),
    [anon_sym_ring] = ACTIONS(153),
    [anon_sym_traces] = ACTIONS(153),
    [anon_sym_userlist] = ACTIONS(153),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [21] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(155),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(157),
    [anon_sym_backend] = ACTIONS(157),
    [anon_sym_cache] = ACTIONS(157),
    [anon_sym_crt_DASHstore] = ACTIONS(157),
    [anon_sym_defaults] = ACTIONS(157),
    [anon_sym_fcgi_DASHapp] = ACTIONS(157),
    [anon_sym_frontend] = ACTIONS(157),
    [anon_sym_global] = ACTIONS(157),
    [anon_sym_http_DASHerrors] = ACTIONS(157),
    [anon_sym_listen] = ACTIONS(157),
    [anon_sym_log_DASHforward] = ACTIONS(157),
    [anon_sym_log_DASHprofile] = ACTIONS(157),
    [anon_sym_mailers] = ACTIONS(157),
    [anon_sym_namespace_list] = ACTIONS(157),
    [anon_sym_peers] = ACTIONS(157),
    [anon_sym_program] = ACTIONS(157),
    [anon_sym_resolvers] = ACTIONS(157),
    [anon_sym_ring] = ACTIONS(157),
    [anon_sym_traces] = ACTIONS(157),
    [anon_sym_userlist] = ACTIONS(157),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [22] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(159),
    [sym__keyword_word] = ACTIONS(161),
    [anon_sym_acme] = ACTIONS(164),
    [anon_sym_backend] = ACTIONS(164),
    [anon_sym_cache] = ACTIONS(164),
    [anon_sym_crt_DASHstore] = ACTIONS(164),
    [anon_sym_defaults] = ACTIONS(164),
    [anon_sym_fcgi_DASHapp] = ACTIONS(164),
    [anon_sym_frontend] = ACTIONS(164),
    [anon_sym_global] = ACTIONS(164),
    [anon_sym_http_DASHerrors] = ACTIONS(164),
    [anon_sym_listen] = ACTIONS(164),
    [anon_sym_log_DASHforward] = ACTIONS(164),
    [anon_sym_log_DASHprofile] = ACTIONS(164),
    [anon_sym_mailers] = ACTIONS(164),
    [anon_sym_namespace_list] = ACTIONS(164),
    [anon_sym_peers] = ACTIONS(164),
    [anon_sym_program] = ACTIONS(164),
    [anon_sym_resolvers] = ACTIONS(164),
    [anon_sym_ring] = ACTIONS(164),
    [anon_sym_traces] = ACTIONS(164),
    [anon_sym_userlist] = ACTIONS(164),
    [anon_sym_DOTif] = ACTIONS(166),
    [anon_sym_DOTelif] = ACTIONS(166),
    [anon_sym_DOTelse] = ACTIONS(166),
    [anon_sym_DOTendif] = ACTIONS(166),
    [anon_sym_DOTnotice] = ACTIONS(166),
    [anon_sym_DOTwarning] = ACTIONS(166),
    [anon_sym_DOTalert] = ACTIONS(166),
    [anon_sym_DOTdiag] = ACTIONS(166),
    [sym_comment] = ACTIONS(169),
    [sym__newline] = ACTIONS(169),
  },
  [23] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(172),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(174),
    [anon_sym_backend] = ACTIONS(174),
    [anon_sym_cache] = ACTIONS(174),
    [anon_sym_crt_DASHstore] = ACTIONS(174),
    [anon_sym_defaults] = ACTIONS(174),
    [anon_sym_fcgi_DASHapp] = ACTIONS(174),
    [anon_sym_frontend] = ACTIONS(174),
    [anon_sym_global] = ACTIONS(174),
    [anon_sym_http_DASHerrors] = ACTIONS(174),
    [anon_sym_listen] = ACTIONS(174),
    [anon_sym_log_DASHforward] = ACTIONS(174),
    [anon_sym_log_DASHprofile] = ACTIONS(174),
    [anon_sym_mailers] = ACTIONS(174),
    [anon_sym_namespace_list] = ACTIONS(174),
    [anon_sym_peers] = ACTIONS(174),
    [anon_sym_program] = ACTIONS(174),
    [anon_sym_resolvers] = ACTIONS(174),
    [anon_sym_ring] = ACTIONS(174),
    [anon_sym_traces] = ACTIONS(174),
    [anon_sym_userlist] = ACTIONS(174),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [24] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(176),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(178),
    [anon_sym_backend] = ACTIONS(178),
    [anon_sym_cache] = ACTIONS(178),
    [anon_sym_crt_DASHstore] = ACTIONS(178),
    [anon_sym_defaults] = ACTIONS(178),
    [anon_sym_fcgi_DASHapp] = ACTIONS(178),
    [anon_sym_frontend] = ACTIONS(178),
    [anon_sym_global] = ACTIONS(178),
    [anon_sym_http_DASHerrors] = ACTIONS(178),
    [anon_sym_listen] = ACTIONS(178),
    [anon_sym_log_DASHforward] = ACTIONS(178),
    [anon_sym_log_DASHprofile] = ACTIONS(178),
    [anon_sym_mailers] = ACTIONS(178),
    [anon_sym_namespace_list] = ACTIONS(178),
    [anon_sym_peers] = ACTIONS(178),
    [anon_sym_program] = ACTIONS(178),
    [anon_sym_resolvers] = ACTIONS(178),
    [anon_sym_ring] = ACTIONS(178),
    [anon_sym_traces] = ACTIONS(178),
    [anon_sym_userlist] = ACTIONS(178),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [25] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(180),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(182),
    [anon_sym_backend] = ACTIONS(182),
    [anon_sym_cache] = ACTIONS(182),
    [anon_sym_crt_DASHstore] = ACTIONS(182),
    [anon_sym_defaults] = ACTIONS(182),
    [anon_sym_fcgi_DASHapp] = ACTIONS(182),
    [anon_sym_frontend] = ACTIONS(182),
    [anon_sym_global] = ACTIONS(182),
    [anon_sym_http_DASHerrors] = ACTIONS(182),
    [anon_sym_listen] = ACTIONS(182),
    [anon_sym_log_DASHforward] = ACTIONS(182),
    [anon_sym_log_DASHprofile] = ACTIONS(182),
    [anon_sym_mailers] = ACTIONS(182),
    [anon_sym_namespace_list] = ACTIONS(182),
    [anon_sym_peers] = ACTIONS(182),
    [anon_sym_program] = ACTIONS(182),
    [anon_sym_resolvers] = ACTIONS(182),
    [anon_sym_ring] = ACTIONS(182),
    [anon_sym_traces] = ACTIONS(182),
    [anon_sym_userlist] = ACTIONS(182),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [26] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(184),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(186),
    [anon_sym_backend] = ACTIONS(186),
    [anon_sym_cache] = ACTIONS(186),
    [anon_sym_crt_DASHstore] = ACTIONS(186),
    [anon_sym_defaults] = ACTIONS(186),
    [anon_sym_fcgi_DASHapp] = ACTIONS(186),
    [anon_sym_frontend] = ACTIONS(186),
    [anon_sym_global] = ACTIONS(186),
    [anon_sym_http_DASHerrors] = ACTIONS(186),
    [anon_sym_listen] = ACTIONS(186),
    [anon_sym_log_DASHforward] = ACTIONS(186),
    [anon_sym_log_DASHprofile] = ACTIONS(186),
    [anon_sym_mailers] = ACTIONS(186),
    [anon_sym_namespace_list] = ACTIONS(186),
    [anon_sym_peers] = ACTIONS(186),
    [anon_sym_program] = ACTIONS(186),
    [anon_sym_resolvers] = ACTIONS(186),
    [anon_sym_ring] = ACTIONS(186),
    [anon_sym_traces] = ACTIONS(186),
    [anon_sym_userlist] = ACTIONS(186),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [27] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(188),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(190),
    [anon_sym_backend] = ACTIONS(190),
    [anon_sym_cache] = ACTIONS(190),
    [anon_sym_crt_DASHstore] = ACTIONS(190),
    [anon_sym_defaults] = ACTIONS(190),
    [anon_sym_fcgi_DASHapp] = ACTIONS(190),
    [anon_sym_frontend] = ACTIONS(190),
    [anon_sym_global] = ACTIONS(190),
    [anon_sym_http_DASHerrors] = ACTIONS(190),
    [anon_sym_listen] = ACTIONS(190),
    [anon_sym_log_DASHforward] = ACTIONS(190),
    [anon_sym_log_DASHprofile] = ACTIONS(190),
    [anon_sym_mailers] = ACTIONS(190),
    [anon_sym_namespace_list] = ACTIONS(190),
    [anon_sym_peers] = ACTIONS(190),
    [anon_sym_program] = ACTIONS(190),
    [anon_sym_resolvers] = ACTIONS(190),
    [anon_sym_ring] = ACTIONS(190),
    [anon_sym_traces] = ACTIONS(190),
    [anon_sym_userlist] = ACTIONS(190),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [28] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(192),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(194),
    [anon_sym_backend] = ACTIONS(194),
    [anon_sym_cache] = ACTIONS(194),
    [anon_sym_crt_DASHstore] = ACTIONS(194),
    [anon_sym_defaults] = ACTIONS(194),
    [anon_sym_fcgi_DASHapp] = ACTIONS(194),
    [anon_sym_frontend] = ACTIONS(194),
    [anon_sym_global] = ACTIONS(194),
    [anon_sym_http_DASHerrors] = ACTIONS(194),
    [anon_sym_listen] = ACTIONS(194),
    [anon_sym_log_DASHforward] = ACTIONS(194),
    [anon_sym_log_DASHprofile] = ACTIONS(194),
    [anon_sym_mailers] = ACTIONS(194),
    [anon_sym_namespace_list] = ACTIONS(194),
    [anon_sym_peers] = ACTIONS(194),
    [anon_sym_program] = ACTIONS(194),
    [anon_sym_resolvers] = ACTIONS(194),
    [anon_sym_ring] = ACTIONS(194),
    [anon_sym_traces] = ACTIONS(194),
    [anon_sym_userlist] = ACTIONS(194),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [29] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(196),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(198),
    [anon_sym_backend] = ACTIONS(198),
    [anon_sym_cache] = ACTIONS(198),
    [anon_sym_crt_DASHstore] = ACTIONS(198),
    [anon_sym_defaults] = ACTIONS(198),
    [anon_sym_fcgi_DASHapp] = ACTIONS(198),
    [anon_sym_frontend] = ACTIONS(198),
    [anon_sym_global] = ACTIONS(198),
    [anon_sym_http_DASHerrors] = ACTIONS(198),
    [anon_sym_listen] = ACTIONS(198),
    [anon_sym_log_DASHforward] = ACTIONS(198),
    [anon_sym_log_DASHprofile] = ACTIONS(198),
    [anon_sym_mailers] = ACTIONS(198),
    [anon_sym_namespace_list] = ACTIONS(198),
    [anon_sym_peers] = ACTIONS(198),
    [anon_sym_program] = ACTIONS(198),
    [anon_sym_resolvers] = ACTIONS(198),
    [anon_sym_ring] = ACTIONS(198),
    [anon_sym_traces] = ACTIONS(198),
    [anon_sym_userlist] = ACTIONS(198),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [30] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(200),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(202),
    [anon_sym_backend] = ACTIONS(202),
    [anon_sym_cache] = ACTIONS(202),
    [anon_sym_crt_DASHstore] = ACTIONS(202),
    [anon_sym_defaults] = ACTIONS(202),
    [anon_sym_fcgi_DASHapp] = ACTIONS(202),
    [anon_sym_frontend] = ACTIONS(202),
    [anon_sym_global] = ACTIONS(202),
    [anon_sym_http_DASHerrors] = ACTIONS(202),
    [anon_sym_listen] = ACTIONS(202),
    [anon_sym_log_DASHforward] = ACTIONS(202),
    [anon_sym_log_DASHprofile] = ACTIONS(202),
    [anon_sym_mailers] = ACTIONS(202),
    [anon_sym_namespace_list] = ACTIONS(202),
    [anon_sym_peers] = ACTIONS(202),
    [anon_sym_program] = ACTIONS(202),
    [anon_sym_resolvers] = ACTIONS(202),
    [anon_sym_ring] = ACTIONS(202),
    [anon_sym_traces] = ACTIONS(202),
    [anon_sym_userlist] = ACTIONS(202),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [31] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(204),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(206),
    [anon_sym_backend] = ACTIONS(206),
    [anon_sym_cache] = ACTIONS(206),
    [anon_sym_crt_DASHstore] = ACTIONS(206),
    [anon_sym_defaults] = ACTIONS(206),
    [anon_sym_fcgi_DASHapp] = ACTIONS(206),
    [anon_sym_frontend] = ACTIONS(206),
    [anon_sym_global] = ACTIONS(206),
    [anon_sym_http_DASHerrors] = ACTIONS(206),
    [anon_sym_listen] = ACTIONS(206),
    [anon_sym_log_DASHforward] = ACTIONS(206),
    [anon_sym_log_DASHprofile] = ACTIONS(206),
    [anon_sym_mailers] = ACTIONS(206),
    [anon_sym_namespace_list] = ACTIONS(206),
    [anon_sym_peers] = ACTIONS(206),
    [anon_sym_program] = ACTIONS(206),
    [anon_sym_resolvers] = ACTIONS(206),
    [anon_sym_ring] = ACTIONS(206),
    [anon_sym_traces] = ACTIONS(206),
    [anon_sym_userlist] = ACTIONS(206),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [32] = {
    [sym__line_item] = STATE(22),
    [sym_directive] = STATE(22),
    [sym_conditional] = STATE(22),
    [aux_sym_section_repeat2] = STATE(22),
    [ts_builtin_sym_end] = ACTIONS(208),
    [sym__keyword_word] = ACTIONS(5),
    [anon_sym_acme] = ACTIONS(210),
    [anon_sym_backend] = ACTIONS(210),
    [anon_sym_cache] = ACTIONS(210),
    [anon_sym_crt_DASHstore] = ACTIONS(210),
    [anon_sym_defaults] = ACTIONS(210),
    [anon_sym_fcgi_DASHapp] = ACTIONS(210),
    [anon_sym_frontend] = ACTIONS(210),
    [anon_sym_global] = ACTIONS(210),
    [anon_sym_http_DASHerrors] = ACTIONS(210),
    [anon_sym_listen] = ACTIONS(210),
    [anon_sym_log_DASHforward] = ACTIONS(210),
    [anon_sym_log_DASHprofile] = ACTIONS(210),
    [anon_sym_mailers] = ACTIONS(210),
    [anon_sym_namespace_list] = ACTIONS(210),
    [anon_sym_peers] = ACTIONS(210),
    [anon_sym_program] = ACTIONS(210),
    [anon_sym_resolvers] = ACTIONS(210),
    [anon_sym_ring] = ACTIONS(210),
    [anon_sym_traces] = ACTIONS(210),
    [anon_sym_userlist] = ACTIONS(210),
    [anon_sym_DOTif] = ACTIONS(9),
    [anon_sym_DOTelif] = ACTIONS(9),
    [anon_sym_DOTelse] = ACTIONS(9),
    [anon_sym_DOTendif] = ACTIONS(9),
    [anon_sym_DOTnotice] = ACTIONS(9),
    [anon_sym_DOTwarning] = ACTIONS(9),
    [anon_sym_DOTalert] = ACTIONS(9),
    [anon_sym_DOTdiag] = ACTIONS(9),
    [sym_comment] = ACTIONS(145),
    [sym__newline] = ACTIONS(145),
  },
  [33] = {
    [aux_sym_section_repeat1] = STATE(35),
    [ts_builtin_sym_end] = ACTIONS(212),
    [sym__keyword_word] = ACTIONS(214),
    [anon_sym_acme] = ACTIONS(214),
    [anon_sym_backend] = ACTIONS(214),
    [anon_sym_cache] = ACTIONS(214),
    [anon_sym_crt_DASHstore] = ACTIONS(214),
    [anon_sym_defaults] = ACTIONS(214),
    [anon_sym_fcgi_DASHapp] = ACTIONS(214),
    [anon_sym_frontend] = ACTIONS(214),
    [anon_sym_global] = ACTIONS(214),
    [anon_sym_http_DASHerrors] = ACTIONS(214),
    [anon_sym_listen] = ACTIONS(214),
    [anon_sym_log_DASHforward] = ACTIONS(214),
    [anon_sym_log_DASHprofile] = ACTIONS(214),
    [anon_sym_mailers] = ACTIONS(214),
    [anon_sym_namespace_list] = ACTIONS(214),
    [anon_sym_peers] = ACTIONS(214),
    [anon_sym_program] = ACTIONS(214),
    [anon_sym_resolvers] = ACTIONS(214),
    [anon_sym_ring] = ACTIONS(214),
    [anon_sym_traces] = ACTIONS(214),
    [anon_sym_userlist] = ACTIONS(214),
    [anon_sym_DOTif] = ACTIONS(214),
    [anon_sym_DOTelif] = ACTIONS(214),
    [anon_sym_DOTelse] = ACTIONS(214),
    [anon_sym_DOTendif] = ACTIONS(214),
    [anon_sym_DOTnotice] = ACTIONS(214),
    [anon_sym_DOTwarning] = ACTIONS(214),
    [anon_sym_DOTalert] = ACTIONS(214),
    [anon_sym_DOTdiag] = ACTIONS(214),
    [sym_word] = ACTIONS(17),
    [sym_comment] = ACTIONS(212),
    [sym__newline] = ACTIONS(212),
  },
  [34] = {
    [aux_sym_section_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(216),
    [sym__keyword_word] = ACTIONS(218),
    [anon_sym_acme] = ACTIONS(218),
    [anon_sym_backend] = ACTIONS(218),
    [anon_sym_cache] = ACTIONS(218),
    [anon_sym_crt_DASHstore] = ACTIONS(218),
    [anon_sym_defaults] = ACTIONS(218),
    [anon_sym_fcgi_DASHapp] = ACTIONS(218),
    [anon_sym_frontend] = ACTIONS(218),
    [anon_sym_global] = ACTIONS(218),
    [anon_sym_http_DASHerrors] = ACTIONS(218),
    [anon_sym_listen] = ACTIONS(218),
    [anon_sym_log_DASHforward] = ACTIONS(218),
    [anon_sym_log_DASHprofile] = ACTIONS(218),
    [anon_sym_mailers] = ACTIONS(218),
    [anon_sym_namespace_list] = ACTIONS(218),
    [anon_sym_peers] = ACTIONS(218),
    [anon_sym_program] = ACTIONS(218),
    [anon_sym_resolvers] = ACTIONS(218),
    [anon_sym_ring] = ACTIONS(218),
    [anon_sym_traces] = ACTIONS(218),
    [anon_sym_userlist] = ACTIONS(218),
    [anon_sym_DOTif] = ACTIONS(218),
    [anon_sym_DOTelif] = ACTIONS(218),
    [anon_sym_DOTelse] = ACTIONS(218),
    [anon_sym_DOTendif] = ACTIONS(218),
    [anon_sym_DOTnotice] = ACTIONS(218),
    [anon_sym_DOTwarning] = ACTIONS(218),
    [anon_sym_DOTalert] = ACTIONS(218),
    [anon_sym_DOTdiag] = ACTIONS(218),
    [sym_word] = ACTIONS(17),
    [sym_comment] = ACTIONS(216),
    [sym__newline] = ACTIONS(220),
  },
  [35] = {
    [aux_sym_section_repeat1] = STATE(37),
    [ts_builtin_sym_end] = ACTIONS(222),
    [sym__keyword_word] = ACTIONS(224),
    [anon_sym_acme] = ACTIONS(224),
    [anon_sym_backend] = ACTIONS(224),
    [anon_sym_cache] = ACTIONS(224),
    [anon_sym_crt_DASHstore] = ACTIONS(224),
    [anon_sym_defaults] = ACTIONS(224),
    [anon_sym_fcgi_DASHapp] = ACTIONS(224),
    [anon_sym_frontend] = ACTIONS(224),
    [anon_sym_global] = ACTIONS(224),
    [anon_sym_http_DASHerrors] = ACTIONS(224),
    [anon_sym_listen] = ACTIONS(224),
    [anon_sym_log_DASHforward] = ACTIONS(224),
    [anon_sym_log_DASHprofile] = ACTIONS(224),
    [anon_sym_mailers] = ACTIONS(224),
    [anon_sym_namespace_list] = ACTIONS(224),
    [anon_sym_peers] = ACTIONS(224),
    [anon_sym_program] = ACTIONS(224),
    [anon_sym_resolvers] = ACTIONS(224),
    [anon_sym_ring] = ACTIONS(224),
    [anon_sym_traces] = ACTIONS(224),
    [anon_sym_userlist] = ACTIONS(224),
    [anon_sym_DOTif] = ACTIONS(224),
    [anon_sym_DOTelif] = ACTIONS(224),
    [anon_sym_DOTelse] = ACTIONS(224),
    [anon_sym_DOTendif] = ACTIONS(224),
    [anon_sym_DOTnotice] = ACTIONS(224),
    [anon_sym_DOTwarning] = ACTIONS(224),
    [anon_sym_DOTalert] = ACTIONS(224),
    [anon_sym_DOTdiag] = ACTIONS(224),
    [sym_word] = ACTIONS(17),
    [sym_comment] = ACTIONS(222),
    [sym__newline] = ACTIONS(222),
  },
  [36] = {
    [aux_sym_section_repeat1] = STATE(37),
    [ts_builtin_sym_end] = ACTIONS(226),
    [sym__keyword_word] = ACTIONS(228),
    [anon_sym_acme] = ACTIONS(228),
    [anon_sym_backend] = ACTIONS(228),
    [anon_sym_cache] = ACTIONS(228),
    [anon_sym_crt_DASHstore] = ACTIONS(228),
    [anon_sym_defaults] = ACTIONS(228),
    [anon_sym_fcgi_DASHapp] = ACTIONS(228),
    [anon_sym_frontend] = ACTIONS(228),
    [anon_sym_global] = ACTIONS(228),
    [anon_sym_http_DASHerrors] = ACTIONS(228),
    [anon_sym_listen] = ACTIONS(228),
    [anon_sym_log_DASHforward] = ACTIONS(228),
    [anon_sym_log_DASHprofile] = ACTIONS(228),
    [anon_sym_mailers] = ACTIONS(228),
    [anon_sym_namespace_list] = ACTIONS(228),
    [anon_sym_peers] = ACTIONS(228),
    [anon_sym_program] = ACTIONS(228),
    [anon_sym_resolvers] = ACTIONS(228),
    [anon_sym_ring] = ACTIONS(228),
    [anon_sym_traces] = ACTIONS(228),
    [anon_sym_userlist] = ACTIONS(228),
    [anon_sym_DOTif] = ACTIONS(228),
    [anon_sym_DOTelif] = ACTIONS(228),
    [anon_sym_DOTelse] = ACTIONS(228),
    [anon_sym_DOTendif] = ACTIONS(228),
    [anon_sym_DOTnotice] = ACTIONS(228),
    [anon_sym_DOTwarning] = ACTIONS(228),
    [anon_sym_DOTalert] = ACTIONS(228),
    [anon_sym_DOTdiag] = ACTIONS(228),
    [sym_word] = ACTIONS(17),
    [sym_comment] = ACTIONS(226),
    [sym__newline] = ACTIONS(230),
  },
  [37] = {
    [aux_sym_section_repeat1] = STATE(37),
    [ts_builtin_sym_end] = ACTIONS(232),
    [sym__keyword_word] = ACTIONS(234),
    [anon_sym_acme] = ACTIONS(234),
    [anon_sym_backend] = ACTIONS(234),
    [anon_sym_cache] = ACTIONS(234),
    [anon_sym_crt_DASHstore] = ACTIONS(234),
    [anon_sym_defaults] = ACTIONS(234),
    [anon_sym_fcgi_DASHapp] = ACTIONS(234),
    [anon_sym_frontend] = ACTIONS(234),
    [anon_sym_global] = ACTIONS(234),
    [anon_sym_http_DASHerrors] = ACTIONS(234),
    [anon_sym_listen] = ACTIONS(234),
    [anon_sym_log_DASHforward] = ACTIONS(234),
    [anon_sym_log_DASHprofile] = ACTIONS(234),
    [anon_sym_mailers] = ACTIONS(234),
    [anon_sym_namespace_list] = ACTIONS(234),
    [anon_sym_peers] = ACTIONS(234),
    [anon_sym_program] = ACTIONS(234),
    [anon_sym_resolvers] = ACTIONS(234),
    [anon_sym_ring] = ACTIONS(234),
    [anon_sym_traces] = ACTIONS(234),
    [anon_sym_userlist] = ACTIONS(234),
    [anon_sym_DOTif] = ACTIONS(234),
    [anon_sym_DOTelif] = ACTIONS(234),
    [anon_sym_DOTelse] = ACTIONS(234),
    [anon_sym_DOTendif] = ACTIONS(234),
    [anon_sym_DOTnotice] = ACTIONS(234),
    [anon_sym_DOTwarning] = ACTIONS(234),
    [anon_sym_DOTalert] = ACTIONS(234),
    [anon_sym_DOTdiag] = ACTIONS(234),
    [sym_word] = ACTIONS(236),
    [sym_comment] = ACTIONS(232),
    [sym__newline] = ACTIONS(232),
  },
  [38] = {
    [ts_builtin_sym_end] = ACTIONS(239),
    [sym__keyword_word] = ACTIONS(241),
    [anon_sym_acme] = ACTIONS(241),
    [anon_sym_backend] = ACTIONS(241),
    [anon_sym_cache] = ACTIONS(241),
    [anon_sym_crt_DASHstore] = ACTIONS(241),
    [anon_sym_defaults] = ACTIONS(241),
    [anon_sym_fcgi_DASHapp] = ACTIONS(241),
    [anon_sym_frontend] = ACTIONS(241),
    [anon_sym_global] = ACTIONS(241),
    [anon_sym_http_DASHerrors] = ACTIONS(241),
    [anon_sym_listen] = ACTIONS(241),
    [anon_sym_log_DASHforward] = ACTIONS(241),
    [anon_sym_log_DASHprofile] = ACTIONS(241),
    [anon_sym_mailers] = ACTIONS(241),
    [anon_sym_namespace_list] = ACTIONS(241),
    [anon_sym_peers] = ACTIONS(241),
    [anon_sym_program] = ACTIONS(241),
    [anon_sym_resolvers] = ACTIONS(241),
    [anon_sym_ring] = ACTIONS(241),
    [anon_sym_traces] = ACTIONS(241),
    [anon_sym_userlist] = ACTIONS(241),
    [anon_sym_DOTif] = ACTIONS(241),
    [anon_sym_DOTelif] = ACTIONS(241),
    [anon_sym_DOTelse] = ACTIONS(241),
    [anon_sym_DOTendif] = ACTIONS(241),
    [anon_sym_DOTnotice] = ACTIONS(241),
    [anon_sym_DOTwarning] = ACTIONS(241),
    [anon_sym_DOTalert] = ACTIONS(241),
    [anon_sym_DOTdiag] = ACTIONS(241),
    [sym_word] = ACTIONS(243),
    [sym_comment] = ACTIONS(239),
    [sym__newline] = ACTIONS(245),
  },
  [39] = {
    [ts_builtin_sym_end] = ACTIONS(247),
    [sym__keyword_word] = ACTIONS(249),
    [anon_sym_acme] = ACTIONS(249),
    [anon_sym_backend] = ACTIONS(249),
    [anon_sym_cache] = ACTIONS(249),
    [anon_sym_crt_DASHstore] = ACTIONS(249),
    [anon_sym_defaults] = ACTIONS(249),
    [anon_sym_fcgi_DASHapp] = ACTIONS(249),
    [anon_sym_frontend] = ACTIONS(249),
    [anon_sym_global] = ACTIONS(249),
    [anon_sym_http_DASHerrors] = ACTIONS(249),
    [anon_sym_listen] = ACTIONS(249),
    [anon_sym_log_DASHforward] = ACTIONS(249),
    [anon_sym_log_DASHprofile] = ACTIONS(249),
    [anon_sym_mailers] = ACTIONS(249),
    [anon_sym_namespace_list] = ACTIONS(249),
    [anon_sym_peers] = ACTIONS(249),
    [anon_sym_program] = ACTIONS(249),
    [anon_sym_resolvers] = ACTIONS(249),
    [anon_sym_ring] = ACTIONS(249),
    [anon_sym_traces] = ACTIONS(249),
    [anon_sym_userlist] = ACTIONS(249),
    [anon_sym_DOTif] = ACTIONS(249),
    [anon_sym_DOTelif] = ACTIONS(249),
    [anon_sym_DOTelse] = ACTIONS(249),
    [anon_sym_DOTendif] = ACTIONS(249),
    [anon_sym_DOTnotice] = ACTIONS(249),
    [anon_sym_DOTwarning] = ACTIONS(249),
    [anon_sym_DOTalert] = ACTIONS(249),
    [anon_sym_DOTdiag] = ACTIONS(249),
    [sym_word] = ACTIONS(251),
    [sym_comment] = ACTIONS(247),
    [sym__newline] = ACTIONS(247),
  },
  [40] = {
    [ts_builtin_sym_end] = ACTIONS(253),
    [sym__keyword_word] = ACTIONS(255),
    [anon_sym_acme] = ACTIONS(255),
    [anon_sym_backend] = ACTIONS(255),
    [anon_sym_cache] = ACTIONS(255),
    [anon_sym_crt_DASHstore] = ACTIONS(255),
    [anon_sym_defaults] = ACTIONS(255),
    [anon_sym_fcgi_DASHapp] = ACTIONS(255),
    [anon_sym_frontend] = ACTIONS(255),
    [anon_sym_global] = ACTIONS(255),
    [anon_sym_http_DASHerrors] = ACTIONS(255),
    [anon_sym_listen] = ACTIONS(255),
    [anon_sym_log_DASHforward] = ACTIONS(255),
    [anon_sym_log_DASHprofile] = ACTIONS(255),
    [anon_sym_mailers] = ACTIONS(255),
    [anon_sym_namespace_list] = ACTIONS(255),
    [anon_sym_peers] = ACTIONS(255),
    [anon_sym_program] = ACTIONS(255),
    [anon_sym_resolvers] = ACTIONS(255),
    [anon_sym_ring] = ACTIONS(255),
    [anon_sym_traces] = ACTIONS(255),
    [anon_sym_userlist] = ACTIONS(255),
    [anon_sym_DOTif] = ACTIONS(255),
    [anon_sym_DOTelif] = ACTIONS(255),
    [anon_sym_DOTelse] = ACTIONS(255),
    [anon_sym_DOTendif] = ACTIONS(255),
    [anon_sym_DOTnotice] = ACTIONS(255),
    [anon_sym_DOTwarning] = ACTIONS(255),
    [anon_sym_DOTalert] = ACTIONS(255),
    [anon_sym_DOTdiag] = ACTIONS(255),
    [sym_word] = ACTIONS(257),
    [sym_comment] = ACTIONS(253),
    [sym__newline] = ACTIONS(253),
  },
  [41] = {
    [ts_builtin_sym_end] = ACTIONS(259),
    [sym__keyword_word] = ACTIONS(261),
    [anon_sym_acme] = ACTIONS(261),
    [anon_sym_backend] = ACTIONS(261),
    [anon_sym_cache] = ACTIONS(261),
    [anon_sym_crt_DASHstore] = ACTIONS(261),
    [anon_sym_defaults] = ACTIONS(261),
    [anon_sym_fcgi_DASHapp] = ACTIONS(261),
    [anon_sym_frontend] = ACTIONS(261),
    [anon_sym_global] = ACTIONS(261),
    [anon_sym_http_DASHerrors] = ACTIONS(261),
    [anon_sym_listen] = ACTIONS(261),
    [anon_sym_log_DASHforward] = ACTIONS(261),
    [anon_sym_log_DASHprofile] = ACTIONS(261),
    [anon_sym_mailers] = ACTIONS(261),
    [anon_sym_namespace_list] = ACTIONS(261),
    [anon_sym_peers] = ACTIONS(261),
    [anon_sym_program] = ACTIONS(261),
    [anon_sym_resolvers] = ACTIONS(261),
    [anon_sym_ring] = ACTIONS(261),
    [anon_sym_traces] = ACTIONS(261),
    [anon_sym_userlist] = ACTIONS(261),
    [anon_sym_DOTif] = ACTIONS(261),
    [anon_sym_DOTelif] = ACTIONS(261),
    [anon_sym_DOTelse] = ACTIONS(261),
    [anon_sym_DOTendif] = ACTIONS(261),
    [anon_sym_DOTnotice] = ACTIONS(261),
    [anon_sym_DOTwarning] = ACTIONS(261),
    [anon_sym_DOTalert] = ACTIONS(261),
    [anon_sym_DOTdiag] = ACTIONS(261),
    [sym_word] = ACTIONS(263),
    [sym_comment] = ACTIONS(259),
    [sym__newline] = ACTIONS(259),
  },
  [42] = {
    [ts_builtin_sym_end] = ACTIONS(265),
    [sym__keyword_word] = ACTIONS(267),
    [anon_sym_acme] = ACTIONS(267),
    [anon_sym_backend] = ACTIONS(267),
    [anon_sym_cache] = ACTIONS(267),
    [anon_sym_crt_DASHstore] = ACTIONS(267),
    [anon_sym_defaults] = ACTIONS(267),
    [anon_sym_fcgi_DASHapp] = ACTIONS(267),
    [anon_sym_frontend] = ACTIONS(267),
    [anon_sym_global] = ACTIONS(267),
    [anon_sym_http_DASHerrors] = ACTIONS(267),
    [anon_sym_listen] = ACTIONS(267),
    [anon_sym_log_DASHforward] = ACTIONS(267),
    [anon_sym_log_DASHprofile] = ACTIONS(267),
    [anon_sym_mailers] = ACTIONS(267),
    [anon_sym_namespace_list] = ACTIONS(267),
    [anon_sym_peers] = ACTIONS(267),
    [anon_sym_program] = ACTIONS(267),
    [anon_sym_resolvers] = ACTIONS(267),
    [anon_sym_ring] = ACTIONS(267),
    [anon_sym_traces] = ACTIONS(267),
    [anon_sym_userlist] = ACTIONS(267),
    [anon_sym_DOTif] = ACTIONS(267),
    [anon_sym_DOTelif] = ACTIONS(267),
    [anon_sym_DOTelse] = ACTIONS(267),
    [anon_sym_DOTendif] = ACTIONS(267),
    [anon_sym_DOTnotice] = ACTIONS(267),
    [anon_sym_DOTwarning] = ACTIONS(267),
    [anon_sym_DOTalert] = ACTIONS(267),
    [anon_sym_DOTdiag] = ACTIONS(267),
    [sym_word] = ACTIONS(269),
    [sym_comment] = ACTIONS(265),
    [sym__newline] = ACTIONS(271),
  },
  [43] = {
    [ts_builtin_sym_end] = ACTIONS(273),
    [sym__keyword_word] = ACTIONS(275),
    [anon_sym_acme] = ACTIONS(275),
    [anon_sym_backend] = ACTIONS(275),
    [anon_sym_cache] = ACTIONS(275),
    [anon_sym_crt_DASHstore] = ACTIONS(275),
    [anon_sym_defaults] = ACTIONS(275),
    [anon_sym_fcgi_DASHapp] = ACTIONS(275),
    [anon_sym_frontend] = ACTIONS(275),
    [anon_sym_global] = ACTIONS(275),
    [anon_sym_http_DASHerrors] = ACTIONS(275),
    [anon_sym_listen] = ACTIONS(275),
    [anon_sym_log_DASHforward] = ACTIONS(275),
    [anon_sym_log_DASHprofile] = ACTIONS(275),
    [anon_sym_mailers] = ACTIONS(275),
    [anon_sym_namespace_list] = ACTIONS(275),
    [anon_sym_peers] = ACTIONS(275),
    [anon_sym_program] = ACTIONS(275),
    [anon_sym_resolvers] = ACTIONS(275),
    [anon_sym_ring] = ACTIONS(275),
    [anon_sym_traces] = ACTIONS(275),
    [anon_sym_userlist] = ACTIONS(275),
    [anon_sym_DOTif] = ACTIONS(275),
    [anon_sym_DOTelif] = ACTIONS(275),
    [anon_sym_DOTelse] = ACTIONS(275),
    [anon_sym_DOTendif] = ACTIONS(275),
    [anon_sym_DOTnotice] = ACTIONS(275),
    [anon_sym_DOTwarning] = ACTIONS(275),
    [anon_sym_DOTalert] = ACTIONS(275),
    [anon_sym_DOTdiag] = ACTIONS(275),
    [sym_word] = ACTIONS(277),
    [sym_comment] = ACTIONS(273),
    [sym__newline] = ACTIONS(279),
  },
  [44] = {
    [ts_builtin_sym_end] = ACTIONS(281),
    [sym__keyword_word] = ACTIONS(283),
    [anon_sym_acme] = ACTIONS(283),
    [anon_sym_backend] = ACTIONS(283),
    [anon_sym_cache] = ACTIONS(283),
    [anon_sym_crt_DASHstore] = ACTIONS(283),
    [anon_sym_defaults] = ACTIONS(283),
    [anon_sym_fcgi_DASHapp] = ACTIONS(283),
    [anon_sym_frontend] = ACTIONS(283),
    [anon_sym_global] = ACTIONS(283),
    [anon_sym_http_DASHerrors] = ACTIONS(283),
    [anon_sym_listen] = ACTIONS(283),
    [anon_sym_log_DASHforward] = ACTIONS(283),
    [anon_sym_log_DASHprofile] = ACTIONS(283),
    [anon_sym_mailers] = ACTIONS(283),
    [anon_sym_namespace_list] = ACTIONS(283),
    [anon_sym_peers] = ACTIONS(283),
    [anon_sym_program] = ACTIONS(283),
    [anon_sym_resolvers] = ACTIONS(283),
    [anon_sym_ring] = ACTIONS(283),
    [anon_sym_traces] = ACTIONS(283),
    [anon_sym_userlist] = ACTIONS(283),
    [anon_sym_DOTif] = ACTIONS(283),
    [anon_sym_DOTelif] = ACTIONS(283),
    [anon_sym_DOTelse] = ACTIONS(283),
    [anon_sym_DOTendif] = ACTIONS(283),
    [anon_sym_DOTnotice] = ACTIONS(283),
    [anon_sym_DOTwarning] = ACTIONS(283),
    [anon_sym_DOTalert] = ACTIONS(283),
    [anon_sym_DOTdiag] = ACTIONS(283),
    [sym_word] = ACTIONS(285),
    [sym_comment] = ACTIONS(281),
    [sym__newline] = ACTIONS(281),
  },
  [45] = {
    [ts_builtin_sym_end] = ACTIONS(287),
    [sym__keyword_word] = ACTIONS(289),
    [anon_sym_acme] = ACTIONS(289),
    [anon_sym_backend] = ACTIONS(289),
    [anon_sym_cache] = ACTIONS(289),
    [anon_sym_crt_DASHstore] = ACTIONS(289),
    [anon_sym_defaults] = ACTIONS(289),
    [anon_sym_fcgi_DASHapp] = ACTIONS(289),
    [anon_sym_frontend] = ACTIONS(289),
    [anon_sym_global] = ACTIONS(289),
    [anon_sym_http_DASHerrors] = ACTIONS(289),
    [anon_sym_listen] = ACTIONS(289),
    [anon_sym_log_DASHforward] = ACTIONS(289),
    [anon_sym_log_DASHprofile] = ACTIONS(289),
    [anon_sym_mailers] = ACTIONS(289),
    [anon_sym_namespace_list] = ACTIONS(289),
    [anon_sym_peers] = ACTIONS(289),
    [anon_sym_program] = ACTIONS(289),
    [anon_sym_resolvers] = ACTIONS(289),
    [anon_sym_ring] = ACTIONS(289),
    [anon_sym_traces] = ACTIONS(289),
    [anon_sym_userlist] = ACTIONS(289),
    [anon_sym_DOTif] = ACTIONS(289),
    [anon_sym_DOTelif] = ACTIONS(289),
    [anon_sym_DOTelse] = ACTIONS(289),
    [anon_sym_DOTendif] = ACTIONS(289),
    [anon_sym_DOTnotice] = ACTIONS(289),
    [anon_sym_DOTwarning] = ACTIONS(289),
    [anon_sym_DOTalert] = ACTIONS(289),
    [anon_sym_DOTdiag] = ACTIONS(289),
    [sym_word] = ACTIONS(291),
    [sym_comment] = ACTIONS(287),
    [sym__newline] = ACTIONS(287),
  },
  [46] = {
    [ts_builtin_sym_end] = ACTIONS(293),
    [sym__keyword_word] = ACTIONS(295),
    [anon_sym_acme] = ACTIONS(295),
    [anon_sym_backend] = ACTIONS(295),
    [anon_sym_cache] = ACTIONS(295),
    [anon_sym_crt_DASHstore] = ACTIONS(295),
    [anon_sym_defaults] = ACTIONS(295),
    [anon_sym_fcgi_DASHapp] = ACTIONS(295),
    [anon_sym_frontend] = ACTIONS(295),
    [anon_sym_global] = ACTIONS(295),
    [anon_sym_http_DASHerrors] = ACTIONS(295),
    [anon_sym_listen] = ACTIONS(295),
    [anon_sym_log_DASHforward] = ACTIONS(295),
    [anon_sym_log_DASHprofile] = ACTIONS(295),
    [anon_sym_mailers] = ACTIONS(295),
    [anon_sym_namespace_list] = ACTIONS(295),
    [anon_sym_peers] = ACTIONS(295),
    [anon_sym_program] = ACTIONS(295),
    [anon_sym_resolvers] = ACTIONS(295),
    [anon_sym_ring] = ACTIONS(295),
    [anon_sym_traces] = ACTIONS(295),
    [anon_sym_userlist] = ACTIONS(295),
    [anon_sym_DOTif] = ACTIONS(295),
    [anon_sym_DOTelif] = ACTIONS(295),
    [anon_sym_DOTelse] = ACTIONS(295),
    [anon_sym_DOTendif] = ACTIONS(295),
    [anon_sym_DOTnotice] = ACTIONS(295),
    [anon_sym_DOTwarning] = ACTIONS(295),
    [anon_sym_DOTalert] = ACTIONS(295),
    [anon_sym_DOTdiag] = ACTIONS(295),
    [sym_word] = ACTIONS(297),
    [sym_comment] = ACTIONS(293),
    [sym__newline] = ACTIONS(293),
  },
  [47] = {
    [ts_builtin_sym_end] = ACTIONS(299),
    [sym__keyword_word] = ACTIONS(301),
    [anon_sym_acme] = ACTIONS(301),
    [anon_sym_backend] = ACTIONS(301),
    [anon_sym_cache] = ACTIONS(301),
    [anon_sym_crt_DASHstore] = ACTIONS(301),
    [anon_sym_defaults] = ACTIONS(301),
    [anon_sym_fcgi_DASHapp] = ACTIONS(301),
    [anon_sym_frontend] = ACTIONS(301),
    [anon_sym_global] = ACTIONS(301),
    [anon_sym_http_DASHerrors] = ACTIONS(301),
    [anon_sym_listen] = ACTIONS(301),
    [anon_sym_log_DASHforward] = ACTIONS(301),
    [anon_sym_log_DASHprofile] = ACTIONS(301),
    [anon_sym_mailers] = ACTIONS(301),
    [anon_sym_namespace_list] = ACTIONS(301),
    [anon_sym_peers] = ACTIONS(301),
    [anon_sym_program] = ACTIONS(301),
    [anon_sym_resolvers] = ACTIONS(301),
    [anon_sym_ring] = ACTIONS(301),
    [anon_sym_traces] = ACTIONS(301),
    [anon_sym_userlist] = ACTIONS(301),
    [anon_sym_DOTif] = ACTIONS(301),
    [anon_sym_DOTelif] = ACTIONS(301),
    [anon_sym_DOTelse] = ACTIONS(301),
    [anon_sym_DOTendif] = ACTIONS(301),
    [anon_sym_DOTnotice] = ACTIONS(301),
    [anon_sym_DOTwarning] = ACTIONS(301),
    [anon_sym_DOTalert] = ACTIONS(301),
    [anon_sym_DOTdiag] = ACTIONS(301),
    [sym_word] = ACTIONS(303),
    [sym_comment] = ACTIONS(299),
    [sym__newline] = ACTIONS(305),
  },
  [48] = {
    [ts_builtin_sym_end] = ACTIONS(307),
    [sym__keyword_word] = ACTIONS(309),
    [anon_sym_acme] = ACTIONS(309),
    [anon_sym_backend] = ACTIONS(309),
    [anon_sym_cache] = ACTIONS(309),
    [anon_sym_crt_DASHstore] = ACTIONS(309),
    [anon_sym_defaults] = ACTIONS(309),
    [anon_sym_fcgi_DASHapp] = ACTIONS(309),
    [anon_sym_frontend] = ACTIONS(309),
    [anon_sym_global] = ACTIONS(309),
    [anon_sym_http_DASHerrors] = ACTIONS(309),
    [anon_sym_listen] = ACTIONS(309),
    [anon_sym_log_DASHforward] = ACTIONS(309),
    [anon_sym_log_DASHprofile] = ACTIONS(309),
    [anon_sym_mailers] = ACTIONS(309),
    [anon_sym_namespace_list] = ACTIONS(309),
    [anon_sym_peers] = ACTIONS(309),
    [anon_sym_program] = ACTIONS(309),
    [anon_sym_resolvers] = ACTIONS(309),
    [anon_sym_ring] = ACTIONS(309),
    [anon_sym_traces] = ACTIONS(309),
    [anon_sym_userlist] = ACTIONS(309),
    [anon_sym_DOTif] = ACTIONS(309),
    [anon_sym_DOTelif] = ACTIONS(309),
    [anon_sym_DOTelse] = ACTIONS(309),
    [anon_sym_DOTendif] = ACTIONS(309),
    [anon_sym_DOTnotice] = ACTIONS(309),
    [anon_sym_DOTwarning] = ACTIONS(309),
    [anon_sym_DOTalert] = ACTIONS(309),
    [anon_sym_DOTdiag] = ACTIONS(309),
    [sym_word] = ACTIONS(311),
    [sym_comment] = ACTIONS(307),
    [sym__newline] = ACTIONS(313),
  },
  [49] = {
    [ts_builtin_sym_end] = ACTIONS(315),
    [sym__keyword_word] = ACTIONS(317),
    [anon_sym_acme] = ACTIONS(317),
    [anon_sym_backend] = ACTIONS(317),
    [anon_sym_cache] = ACTIONS(317),
    [anon_sym_crt_DASHstore] = ACTIONS(317),
    [anon_sym_defaults] = ACTIONS(317),
    [anon_sym_fcgi_DASHapp] = ACTIONS(317),
    [anon_sym_frontend] = ACTIONS(317),
    [anon_sym_global] = ACTIONS(317),
    [anon_sym_http_DASHerrors] = ACTIONS(317),
    [anon_sym_listen] = ACTIONS(317),
    [anon_sym_log_DASHforward] = ACTIONS(317),
    [anon_sym_log_DASHprofile] = ACTIONS(317),
    [anon_sym_mailers] = ACTIONS(317),
    [anon_sym_namespace_list] = ACTIONS(317),
    [anon_sym_peers] = ACTIONS(317),
    [anon_sym_program] = ACTIONS(317),
    [anon_sym_resolvers] = ACTIONS(317),
    [anon_sym_ring] = ACTIONS(317),
    [anon_sym_traces] = ACTIONS(317),
    [anon_sym_userlist] = ACTIONS(317),
    [anon_sym_DOTif] = ACTIONS(317),
    [anon_sym_DOTelif] = ACTIONS(317),
    [anon_sym_DOTelse] = ACTIONS(317),
    [anon_sym_DOTendif] = ACTIONS(317),
    [anon_sym_DOTnotice] = ACTIONS(317),
    [anon_sym_DOTwarning] = ACTIONS(317),
    [anon_sym_DOTalert] = ACTIONS(317),
    [anon_sym_DOTdiag] = ACTIONS(317),
    [sym_word] = ACTIONS(319),
    [sym_comment] = ACTIONS(315),
    [sym__newline] = ACTIONS(321),
  },
  [50] = {
    [ts_builtin_sym_end] = ACTIONS(323),
    [sym__keyword_word] = ACTIONS(325),
    [anon_sym_acme] = ACTIONS(325),
    [anon_sym_backend] = ACTIONS(325),
    [anon_sym_cache] = ACTIONS(325),
    [anon_sym_crt_DASHstore] = ACTIONS(325),
    [anon_sym_defaults] = ACTIONS(325),
    [anon_sym_fcgi_DASHapp] = ACTIONS(325),
    [anon_sym_frontend] = ACTIONS(325),
    [anon_sym_global] = ACTIONS(325),
    [anon_sym_http_DASHerrors] = ACTIONS(325),
    [anon_sym_listen] = ACTIONS(325),
    [anon_sym_log_DASHforward] = ACTIONS(325),
    [anon_sym_log_DASHprofile] = ACTIONS(325),
    [anon_sym_mailers] = ACTIONS(325),
    [anon_sym_namespace_list] = ACTIONS(325),
    [anon_sym_peers] = ACTIONS(325),
    [anon_sym_program] = ACTIONS(325),
    [anon_sym_resolvers] = ACTIONS(325),
    [anon_sym_ring] = ACTIONS(325),
    [anon_sym_traces] = ACTIONS(325),
    [anon_sym_userlist] = ACTIONS(325),
    [anon_sym_DOTif] = ACTIONS(325),
    [anon_sym_DOTelif] = ACTIONS(325),
    [anon_sym_DOTelse] = ACTIONS(325),
    [anon_sym_DOTendif] = ACTIONS(325),
    [anon_sym_DOTnotice] = ACTIONS(325),
    [anon_sym_DOTwarning] = ACTIONS(325),
    [anon_sym_DOTalert] = ACTIONS(325),
    [anon_sym_DOTdiag] = ACTIONS(325),
    [sym_word] = ACTIONS(327),
    [sym_comment] = ACTIONS(323),
    [sym__newline] = ACTIONS(323),
  },
  [51] = {
    [ts_builtin_sym_end] = ACTIONS(329),
    [sym__keyword_word] = ACTIONS(331),
    [anon_sym_acme] = ACTIONS(331),
    [anon_sym_backend] = ACTIONS(331),
    [anon_sym_cache] = ACTIONS(331),
    [anon_sym_crt_DASHstore] = ACTIONS(331),
    [anon_sym_defaults] = ACTIONS(331),
    [anon_sym_fcgi_DASHapp] = ACTIONS(331),
    [anon_sym_frontend] = ACTIONS(331),
    [anon_sym_global] = ACTIONS(331),
    [anon_sym_http_DASHerrors] = ACTIONS(331),
    [anon_sym_listen] = ACTIONS(331),
    [anon_sym_log_DASHforward] = ACTIONS(331),
    [anon_sym_log_DASHprofile] = ACTIONS(331),
    [anon_sym_mailers] = ACTIONS(331),
    [anon_sym_namespace_list] = ACTIONS(331),
    [anon_sym_peers] = ACTIONS(331),
    [anon_sym_program] = ACTIONS(331),
    [anon_sym_resolvers] = ACTIONS(331),
    [anon_sym_ring] = ACTIONS(331),
    [anon_sym_traces] = ACTIONS(331),
    [anon_sym_userlist] = ACTIONS(331),
    [anon_sym_DOTif] = ACTIONS(331),
    [anon_sym_DOTelif] = ACTIONS(331),
    [anon_sym_DOTelse] = ACTIONS(331),
    [anon_sym_DOTendif] = ACTIONS(331),
    [anon_sym_DOTnotice] = ACTIONS(331),
    [anon_sym_DOTwarning] = ACTIONS(331),
    [anon_sym_DOTalert] = ACTIONS(331),
    [anon_sym_DOTdiag] = ACTIONS(331),
    [sym_word] = ACTIONS(333),
    [sym_comment] = ACTIONS(329),
    [sym__newline] = ACTIONS(329),
  },
  [52] = {
    [ts_builtin_sym_end] = ACTIONS(335),
    [sym__keyword_word] = ACTIONS(337),
    [anon_sym_acme] = ACTIONS(337),
    [anon_sym_backend] = ACTIONS(337),
    [anon_sym_cache] = ACTIONS(337),
    [anon_sym_crt_DASHstore] = ACTIONS(337),
    [anon_sym_defaults] = ACTIONS(337),
    [anon_sym_fcgi_DASHapp] = ACTIONS(337),
    [anon_sym_frontend] = ACTIONS(337),
    [anon_sym_global] = ACTIONS(337),
    [anon_sym_http_DASHerrors] = ACTIONS(337),
    [anon_sym_listen] = ACTIONS(337),
    [anon_sym_log_DASHforward] = ACTIONS(337),
    [anon_sym_log_DASHprofile] = ACTIONS(337),
    [anon_sym_mailers] = ACTIONS(337),
    [anon_sym_namespace_list] = ACTIONS(337),
    [anon_sym_peers] = ACTIONS(337),
    [anon_sym_program] = ACTIONS(337),
    [anon_sym_resolvers] = ACTIONS(337),
    [anon_sym_ring] = ACTIONS(337),
    [anon_sym_traces] = ACTIONS(337),
    [anon_sym_userlist] = ACTIONS(337),
    [anon_sym_DOTif] = ACTIONS(337),
    [anon_sym_DOTelif] = ACTIONS(337),
    [anon_sym_DOTelse] = ACTIONS(337),
    [anon_sym_DOTendif] = ACTIONS(337),
    [anon_sym_DOTnotice] = ACTIONS(337),
    [anon_sym_DOTwarning] = ACTIONS(337),
    [anon_sym_DOTalert] = ACTIONS(337),
    [anon_sym_DOTdiag] = ACTIONS(337),
    [sym_word] = ACTIONS(339),
    [sym_comment] = ACTIONS(335),
    [sym__newline] = ACTIONS(341),
  },
  [53] = {
    [ts_builtin_sym_end] = ACTIONS(343),
    [sym__keyword_word] = ACTIONS(345),
    [anon_sym_acme] = ACTIONS(345),
    [anon_sym_backend] = ACTIONS(345),
    [anon_sym_cache] = ACTIONS(345),
    [anon_sym_crt_DASHstore] = ACTIONS(345),
    [anon_sym_defaults] = ACTIONS(345),
    [anon_sym_fcgi_DASHapp] = ACTIONS(345),
    [anon_sym_frontend] = ACTIONS(345),
    [anon_sym_global] = ACTIONS(345),
    [anon_sym_http_DASHerrors] = ACTIONS(345),
    [anon_sym_listen] = ACTIONS(345),
    [anon_sym_log_DASHforward] = ACTIONS(345),
    [anon_sym_log_DASHprofile] = ACTIONS(345),
    [anon_sym_mailers] = ACTIONS(345),
    [anon_sym_namespace_list] = ACTIONS(345),
    [anon_sym_peers] = ACTIONS(345),
    [anon_sym_program] = ACTIONS(345),
    [anon_sym_resolvers] = ACTIONS(345),
    [anon_sym_ring] = ACTIONS(345),
    [anon_sym_traces] = ACTIONS(345),
    [anon_sym_userlist] = ACTIONS(345),
    [anon_sym_DOTif] = ACTIONS(345),
    [anon_sym_DOTelif] = ACTIONS(345),
    [anon_sym_DOTelse] = ACTIONS(345),
    [anon_sym_DOTendif] = ACTIONS(345),
    [anon_sym_DOTnotice] = ACTIONS(345),
    [anon_sym_DOTwarning] = ACTIONS(345),
    [anon_sym_DOTalert] = ACTIONS(345),
    [anon_sym_DOTdiag] = ACTIONS(345),
    [sym_word] = ACTIONS(347),
    [sym_comment] = ACTIONS(343),
    [sym__newline] = ACTIONS(343),
  },
  [54] = {
    [ts_builtin_sym_end] = ACTIONS(349),
    [sym__keyword_word] = ACTIONS(351),
    [anon_sym_acme] = ACTIONS(351),
    [anon_sym_backend] = ACTIONS(351),
    [anon_sym_cache] = ACTIONS(351),
    [anon_sym_crt_DASHstore] = ACTIONS(351),
    [anon_sym_defaults] = ACTIONS(351),
    [anon_sym_fcgi_DASHapp] = ACTIONS(351),
    [anon_sym_frontend] = ACTIONS(351),
    [anon_sym_global] = ACTIONS(351),
    [anon_sym_http_DASHerrors] = ACTIONS(351),
    [anon_sym_listen] = ACTIONS(351),
    [anon_sym_log_DASHforward] = ACTIONS(351),
    [anon_sym_log_DASHprofile] = ACTIONS(351),
    [anon_sym_mailers] = ACTIONS(351),
    [anon_sym_namespace_list] = ACTIONS(351),
    [anon_sym_peers] = ACTIONS(351),
    [anon_sym_program] = ACTIONS(351),
    [anon_sym_resolvers] = ACTIONS(351),
    [anon_sym_ring] = ACTIONS(351),
    [anon_sym_traces] = ACTIONS(351),
    [anon_sym_userlist] = ACTIONS(351),
    [anon_sym_DOTif] = ACTIONS(351),
    [anon_sym_DOTelif] = ACTIONS(351),
    [anon_sym_DOTelse] = ACTIONS(351),
    [anon_sym_DOTendif] = ACTIONS(351),
    [anon_sym_DOTnotice] = ACTIONS(351),
    [anon_sym_DOTwarning] = ACTIONS(351),
    [anon_sym_DOTalert] = ACTIONS(351),
    [anon_sym_DOTdiag] = ACTIONS(351),
    [sym_word] = ACTIONS(349),
    [sym_comment] = ACTIONS(349),
    [sym__newline] = ACTIONS(349),
  },
  [55] = {
    [ts_builtin_sym_end] = ACTIONS(353),
    [sym__keyword_word] = ACTIONS(355),
    [anon_sym_acme] = ACTIONS(355),
    [anon_sym_backend] = ACTIONS(355),
    [anon_sym_cache] = ACTIONS(355),
    [anon_sym_crt_DASHstore] = ACTIONS(355),
    [anon_sym_defaults] = ACTIONS(355),
    [anon_sym_fcgi_DASHapp] = ACTIONS(355),
    [anon_sym_frontend] = ACTIONS(355),
    [anon_sym_global] = ACTIONS(355),
    [anon_sym_http_DASHerrors] = ACTIONS(355),
    [anon_sym_listen] = ACTIONS(355),
    [anon_sym_log_DASHforward] = ACTIONS(355),
    [anon_sym_log_DASHprofile] = ACTIONS(355),
    [anon_sym_mailers] = ACTIONS(355),
    [anon_sym_namespace_list] = ACTIONS(355),
    [anon_sym_peers] = ACTIONS(355),
    [anon_sym_program] = ACTIONS(355),
    [anon_sym_resolvers] = ACTIONS(355),
    [anon_sym_ring] = ACTIONS(355),
    [anon_sym_traces] = ACTIONS(355),
    [anon_sym_userlist] = ACTIONS(355),
    [anon_sym_DOTif] = ACTIONS(355),
    [anon_sym_DOTelif] = ACTIONS(355),
    [anon_sym_DOTelse] = ACTIONS(355),
    [anon_sym_DOTendif] = ACTIONS(355),
    [anon_sym_DOTnotice] = ACTIONS(355),
    [anon_sym_DOTwarning] = ACTIONS(355),
    [anon_sym_DOTalert] = ACTIONS(355),
    [anon_sym_DOTdiag] = ACTIONS(355),
    [sym_word] = ACTIONS(357),
    [sym_comment] = ACTIONS(353),
    [sym__newline] = ACTIONS(359),
  },
  [56] = {
    [ts_builtin_sym_end] = ACTIONS(361),
    [sym__keyword_word] = ACTIONS(363),
    [anon_sym_acme] = ACTIONS(363),
    [anon_sym_backend] = ACTIONS(363),
    [anon_sym_cache] = ACTIONS(363),
    [anon_sym_crt_DASHstore] = ACTIONS(363),
    [anon_sym_defaults] = ACTIONS(363),
    [anon_sym_fcgi_DASHapp] = ACTIONS(363),
    [anon_sym_frontend] = ACTIONS(363),
    [anon_sym_global] = ACTIONS(363),
    [anon_sym_http_DASHerrors] = ACTIONS(363),
    [anon_sym_listen] = ACTIONS(363),
    [anon_sym_log_DASHforward] = ACTIONS(363),
    [anon_sym_log_DASHprofile] = ACTIONS(363),
    [anon_sym_mailers] = ACTIONS(363),
    [anon_sym_namespace_list] = ACTIONS(363),
    [anon_sym_peers] = ACTIONS(363),
    [anon_sym_program] = ACTIONS(363),
    [anon_sym_resolvers] = ACTIONS(363),
    [anon_sym_ring] = ACTIONS(363),
    [anon_sym_traces] = ACTIONS(363),
    [anon_sym_userlist] = ACTIONS(363),
    [anon_sym_DOTif] = ACTIONS(363),
    [anon_sym_DOTelif] = ACTIONS(363),
    [anon_sym_DOTelse] = ACTIONS(363),
    [anon_sym_DOTendif] = ACTIONS(363),
    [anon_sym_DOTnotice] = ACTIONS(363),
    [anon_sym_DOTwarning] = ACTIONS(363),
    [anon_sym_DOTalert] = ACTIONS(363),
    [anon_sym_DOTdiag] = ACTIONS(363),
    [sym_word] = ACTIONS(365),
    [sym_comment] = ACTIONS(361),
    [sym__newline] = ACTIONS(361),
  },
  [57] = {
    [ts_builtin_sym_end] = ACTIONS(367),
    [sym__keyword_word] = ACTIONS(369),
    [anon_sym_acme] = ACTIONS(369),
    [anon_sym_backend] = ACTIONS(369),
    [anon_sym_cache] = ACTIONS(369),
    [anon_sym_crt_DASHstore] = ACTIONS(369),
    [anon_sym_defaults] = ACTIONS(369),
    [anon_sym_fcgi_DASHapp] = ACTIONS(369),
    [anon_sym_frontend] = ACTIONS(369),
    [anon_sym_global] = ACTIONS(369),
    [anon_sym_http_DASHerrors] = ACTIONS(369),
    [anon_sym_listen] = ACTIONS(369),
    [anon_sym_log_DASHforward] = ACTIONS(369),
    [anon_sym_log_DASHprofile] = ACTIONS(369),
    [anon_sym_mailers] = ACTIONS(369),
    [anon_sym_namespace_list] = ACTIONS(369),
    [anon_sym_peers] = ACTIONS(369),
    [anon_sym_program] = ACTIONS(369),
    [anon_sym_resolvers] = ACTIONS(369),
    [anon_sym_ring] = ACTIONS(369),
    [anon_sym_traces] = ACTIONS(369),
    [anon_sym_userlist] = ACTIONS(369),
    [anon_sym_DOTif] = ACTIONS(369),
    [anon_sym_DOTelif] = ACTIONS(369),
    [anon_sym_DOTelse] = ACTIONS(369),
    [anon_sym_DOTendif] = ACTIONS(369),
    [anon_sym_DOTnotice] = ACTIONS(369),
    [anon_sym_DOTwarning] = ACTIONS(369),
    [anon_sym_DOTalert] = ACTIONS(369),
    [anon_sym_DOTdiag] = ACTIONS(369),
    [sym_word] = ACTIONS(371),
    [sym_comment] = ACTIONS(367),
    [sym__newline] = ACTIONS(373),
  },
  [58] = {
    [ts_builtin_sym_end] = ACTIONS(375),
    [sym__keyword_word] = ACTIONS(377),
    [anon_sym_acme] = ACTIONS(377),
    [anon_sym_backend] = ACTIONS(377),
    [anon_sym_cache] = ACTIONS(377),
    [anon_sym_crt_DASHstore] = ACTIONS(377),
    [anon_sym_defaults] = ACTIONS(377),
    [anon_sym_fcgi_DASHapp] = ACTIONS(377),
    [anon_sym_frontend] = ACTIONS(377),
    [anon_sym_global] = ACTIONS(377),
    [anon_sym_http_DASHerrors] = ACTIONS(377),
    [anon_sym_listen] = ACTIONS(377),
    [anon_sym_log_DASHforward] = ACTIONS(377),
    [anon_sym_log_DASHprofile] = ACTIONS(377),
    [anon_sym_mailers] = ACTIONS(377),
    [anon_sym_namespace_list] = ACTIONS(377),
    [anon_sym_peers] = ACTIONS(377),
    [anon_sym_program] = ACTIONS(377),
    [anon_sym_resolvers] = ACTIONS(377),
    [anon_sym_ring] = ACTIONS(377),
    [anon_sym_traces] = ACTIONS(377),
    [anon_sym_userlist] = ACTIONS(377),
    [anon_sym_DOTif] = ACTIONS(377),
    [anon_sym_DOTelif] = ACTIONS(377),
    [anon_sym_DOTelse] = ACTIONS(377),
    [anon_sym_DOTendif] = ACTIONS(377),
    [anon_sym_DOTnotice] = ACTIONS(377),
    [anon_sym_DOTwarning] = ACTIONS(377),
    [anon_sym_DOTalert] = ACTIONS(377),
    [anon_sym_DOTdiag] = ACTIONS(377),
    [sym_word] = ACTIONS(379),
    [sym_comment] = ACTIONS(375),
    [sym__newline] = ACTIONS(381),
  },
  [59] = {
    [ts_builtin_sym_end] = ACTIONS(383),
    [sym__keyword_word] = ACTIONS(385),
    [anon_sym_acme] = ACTIONS(385),
    [anon_sym_backend] = ACTIONS(385),
    [anon_sym_cache] = ACTIONS(385),
    [anon_sym_crt_DASHstore] = ACTIONS(385),
    [anon_sym_defaults] = ACTIONS(385),
    [anon_sym_fcgi_DASHapp] = ACTIONS(385),
    [anon_sym_frontend] = ACTIONS(385),
    [anon_sym_global] = ACTIONS(385),
    [anon_sym_http_DASHerrors] = ACTIONS(385),
    [anon_sym_listen] = ACTIONS(385),
    [anon_sym_log_DASHforward] = ACTIONS(385),
    [anon_sym_log_DASHprofile] = ACTIONS(385),
    [anon_sym_mailers] = ACTIONS(385),
    [anon_sym_namespace_list] = ACTIONS(385),
    [anon_sym_peers] = ACTIONS(385),
    [anon_sym_program] = ACTIONS(385),
    [anon_sym_resolvers] = ACTIONS(385),
    [anon_sym_ring] = ACTIONS(385),
    [anon_sym_traces] = ACTIONS(385),
    [anon_sym_userlist] = ACTIONS(385),
    [anon_sym_DOTif] = ACTIONS(385),
    [anon_sym_DOTelif] = ACTIONS(385),
    [anon_sym_DOTelse] = ACTIONS(385),
    [anon_sym_DOTendif] = ACTIONS(385),
    [anon_sym_DOTnotice] = ACTIONS(385),
    [anon_sym_DOTwarning] = ACTIONS(385),
    [anon_sym_DOTalert] = ACTIONS(385),
    [anon_sym_DOTdiag] = ACTIONS(385),
    [sym_word] = ACTIONS(387),
    [sym_comment] = ACTIONS(383),
    [sym__newline] = ACTIONS(383),
  },
  [60] = {
    [ts_builtin_sym_end] = ACTIONS(389),
    [sym__keyword_word] = ACTIONS(391),
    [anon_sym_acme] = ACTIONS(391),
    [anon_sym_backend] = ACTIONS(391),
    [anon_sym_cache] = ACTIONS(391),
    [anon_sym_crt_DASHstore] = ACTIONS(391),
    [anon_sym_defaults] = ACTIONS(391),
    [anon_sym_fcgi_DASHapp] = ACTIONS(391),
    [anon_sym_frontend] = ACTIONS(391),
    [anon_sym_global] = ACTIONS(391),
    [anon_sym_http_DASHerrors] = ACTIONS(391),
    [anon_sym_listen] = ACTIONS(391),
    [anon_sym_log_DASHforward] = ACTIONS(391),
    [anon_sym_log_DASHprofile] = ACTIONS(391),
    [anon_sym_mailers] = ACTIONS(391),
    [anon_sym_namespace_list] = ACTIONS(391),
    [anon_sym_peers] = ACTIONS(391),
    [anon_sym_program] = ACTIONS(391),
    [anon_sym_resolvers] = ACTIONS(391),
    [anon_sym_ring] = ACTIONS(391),
    [anon_sym_traces] = ACTIONS(391),
    [anon_sym_userlist] = ACTIONS(391),
    [anon_sym_DOTif] = ACTIONS(391),
    [anon_sym_DOTelif] = ACTIONS(391),
    [anon_sym_DOTelse] = ACTIONS(391),
    [anon_sym_DOTendif] = ACTIONS(391),
    [anon_sym_DOTnotice] = ACTIONS(391),
    [anon_sym_DOTwarning] = ACTIONS(391),
    [anon_sym_DOTalert] = ACTIONS(391),
    [anon_sym_DOTdiag] = ACTIONS(391),
    [sym_word] = ACTIONS(393),
    [sym_comment] = ACTIONS(389),
    [sym__newline] = ACTIONS(389),
  },
  [61] = {
    [ts_builtin_sym_end] = ACTIONS(395),
    [sym__keyword_word] = ACTIONS(397),
    [anon_sym_acme] = ACTIONS(397),
    [anon_sym_backend] = ACTIONS(397),
    [anon_sym_cache] = ACTIONS(397),
    [anon_sym_crt_DASHstore] = ACTIONS(397),
    [anon_sym_defaults] = ACTIONS(397),
    [anon_sym_fcgi_DASHapp] = ACTIONS(397),
    [anon_sym_frontend] = ACTIONS(397),
    [anon_sym_global] = ACTIONS(397),
    [anon_sym_http_DASHerrors] = ACTIONS(397),
    [anon_sym_listen] = ACTIONS(397),
    [anon_sym_log_DASHforward] = ACTIONS(397),
    [anon_sym_log_DASHprofile] = ACTIONS(397),
    [anon_sym_mailers] = ACTIONS(397),
    [anon_sym_namespace_list] = ACTIONS(397),
    [anon_sym_peers] = ACTIONS(397),
    [anon_sym_program] = ACTIONS(397),
    [anon_sym_resolvers] = ACTIONS(397),
    [anon_sym_ring] = ACTIONS(397),
    [anon_sym_traces] = ACTIONS(397),
    [anon_sym_userlist] = ACTIONS(397),
    [anon_sym_DOTif] = ACTIONS(397),
    [anon_sym_DOTelif] = ACTIONS(397),
    [anon_sym_DOTelse] = ACTIONS(397),
    [anon_sym_DOTendif] = ACTIONS(397),
    [anon_sym_DOTnotice] = ACTIONS(397),
    [anon_sym_DOTwarning] = ACTIONS(397),
    [anon_sym_DOTalert] = ACTIONS(397),
    [anon_sym_DOTdiag] = ACTIONS(397),
    [sym_word] = ACTIONS(399),
    [sym_comment] = ACTIONS(395),
    [sym__newline] = ACTIONS(401),
  },
  [62] = {
    [ts_builtin_sym_end] = ACTIONS(403),
    [sym__keyword_word] = ACTIONS(405),
    [anon_sym_acme] = ACTIONS(405),
    [anon_sym_backend] = ACTIONS(405),
    [anon_sym_cache] = ACTIONS(405),
    [anon_sym_crt_DASHstore] = ACTIONS(405),
    [anon_sym_defaults] = ACTIONS(405),
    [anon_sym_fcgi_DASHapp] = ACTIONS(405),
    [anon_sym_frontend] = ACTIONS(405),
    [anon_sym_global] = ACTIONS(405),
    [anon_sym_http_DASHerrors] = ACTIONS(405),
    [anon_sym_listen] = ACTIONS(405),
    [anon_sym_log_DASHforward] = ACTIONS(405),
    [anon_sym_log_DASHprofile] = ACTIONS(405),
    [anon_sym_mailers] = ACTIONS(405),
    [anon_sym_namespace_list] = ACTIONS(405),
    [anon_sym_peers] = ACTIONS(405),
    [anon_sym_program] = ACTIONS(405),
    [anon_sym_resolvers] = ACTIONS(405),
    [anon_sym_ring] = ACTIONS(405),
    [anon_sym_traces] = ACTIONS(405),
    [anon_sym_userlist] = ACTIONS(405),
    [anon_sym_DOTif] = ACTIONS(405),
    [anon_sym_DOTelif] = ACTIONS(405),
    [anon_sym_DOTelse] = ACTIONS(405),
    [anon_sym_DOTendif] = ACTIONS(405),
    [anon_sym_DOTnotice] = ACTIONS(405),
    [anon_sym_DOTwarning] = ACTIONS(405),
    [anon_sym_DOTalert] = ACTIONS(405),
    [anon_sym_DOTdiag] = ACTIONS(405),
    [sym_word] = ACTIONS(407),
    [sym_comment] = ACTIONS(403),
    [sym__newline] = ACTIONS(409),
  },
  [63] = {
    [ts_builtin_sym_end] = ACTIONS(411),
    [sym__keyword_word] = ACTIONS(413),
    [anon_sym_acme] = ACTIONS(413),
    [anon_sym_backend] = ACTIONS(413),
    [anon_sym_cache] = ACTIONS(413),
    [anon_sym_crt_DASHstore] = ACTIONS(413),
    [anon_sym_defaults] = ACTIONS(413),
    [anon_sym_fcgi_DASHapp] = ACTIONS(413),
    [anon_sym_frontend] = ACTIONS(413),
    [anon_sym_global] = ACTIONS(413),
    [anon_sym_http_DASHerrors] = ACTIONS(413),
    [anon_sym_listen] = ACTIONS(413),
    [anon_sym_log_DASHforward] = ACTIONS(413),
    [anon_sym_log_DASHprofile] = ACTIONS(413),
    [anon_sym_mailers] = ACTIONS(413),
    [anon_sym_namespace_list] = ACTIONS(413),
    [anon_sym_peers] = ACTIONS(413),
    [anon_sym_program] = ACTIONS(413),
    [anon_sym_resolvers] = ACTIONS(413),
    [anon_sym_ring] = ACTIONS(413),
    [anon_sym_traces] = ACTIONS(413),
    [anon_sym_userlist] = ACTIONS(413),
    [anon_sym_DOTif] = ACTIONS(413),
    [anon_sym_DOTelif] = ACTIONS(413),
    [anon_sym_DOTelse] = ACTIONS(413),
    [anon_sym_DOTendif] = ACTIONS(413),
    [anon_sym_DOTnotice] = ACTIONS(413),
    [anon_sym_DOTwarning] = ACTIONS(413),
    [anon_sym_DOTalert] = ACTIONS(413),
    [anon_sym_DOTdiag] = ACTIONS(413),
    [sym_comment] = ACTIONS(411),
    [sym__newline] = ACTIONS(411),
  },
  [64] = {
    [ts_builtin_sym_end] = ACTIONS(415),
    [sym__keyword_word] = ACTIONS(417),
    [anon_sym_acme] = ACTIONS(417),
    [anon_sym_backend] = ACTIONS(417),
    [anon_sym_cache] = ACTIONS(417),
    [anon_sym_crt_DASHstore] = ACTIONS(417),
    [anon_sym_defaults] = ACTIONS(417),
    [anon_sym_fcgi_DASHapp] = ACTIONS(417),
    [anon_sym_frontend] = ACTIONS(417),
    [anon_sym_global] = ACTIONS(417),
    [anon_sym_http_DASHerrors] = ACTIONS(417),
    [anon_sym_listen] = ACTIONS(417),
    [anon_sym_log_DASHforward] = ACTIONS(417),
    [anon_sym_log_DASHprofile] = ACTIONS(417),
    [anon_sym_mailers] = ACTIONS(417),
    [anon_sym_namespace_list] = ACTIONS(417),
    [anon_sym_peers] = ACTIONS(417),
    [anon_sym_program] = ACTIONS(417),
    [anon_sym_resolvers] = ACTIONS(417),
    [anon_sym_ring] = ACTIONS(417),
    [anon_sym_traces] = ACTIONS(417),
    [anon_sym_userlist] = ACTIONS(417),
    [anon_sym_DOTif] = ACTIONS(417),
    [anon_sym_DOTelif] = ACTIONS(417),
    [anon_sym_DOTelse] = ACTIONS(417),
    [anon_sym_DOTendif] = ACTIONS(417),
    [anon_sym_DOTnotice] = ACTIONS(417),
    [anon_sym_DOTwarning] = ACTIONS(417),
    [anon_sym_DOTalert] = ACTIONS(417),
    [anon_sym_DOTdiag] = ACTIONS(417),
    [sym_comment] = ACTIONS(415),
    [sym__newline] = ACTIONS(415),
  },
  [65] = {
    [ts_builtin_sym_end] = ACTIONS(419),
    [sym__keyword_word] = ACTIONS(421),
    [anon_sym_acme] = ACTIONS(421),
    [anon_sym_backend] = ACTIONS(421),
    [anon_sym_cache] = ACTIONS(421),
    [anon_sym_crt_DASHstore] = ACTIONS(421),
    [anon_sym_defaults] = ACTIONS(421),
    [anon_sym_fcgi_DASHapp] = ACTIONS(421),
    [anon_sym_frontend] = ACTIONS(421),
    [anon_sym_global] = ACTIONS(421),
    [anon_sym_http_DASHerrors] = ACTIONS(421),
    [anon_sym_listen] = ACTIONS(421),
    [anon_sym_log_DASHforward] = ACTIONS(421),
    [anon_sym_log_DASHprofile] = ACTIONS(421),
    [anon_sym_mailers] = ACTIONS(421),
    [anon_sym_namespace_list] = ACTIONS(421),
    [anon_sym_peers] = ACTIONS(421),
    [anon_sym_program] = ACTIONS(421),
    [anon_sym_resolvers] = ACTIONS(421),
    [anon_sym_ring] = ACTIONS(421),
    [anon_sym_traces] = ACTIONS(421),
    [anon_sym_userlist] = ACTIONS(421),
    [anon_sym_DOTif] = ACTIONS(421),
    [anon_sym_DOTelif] = ACTIONS(421),
    [anon_sym_DOTelse] = ACTIONS(421),
    [anon_sym_DOTendif] = ACTIONS(421),
    [anon_sym_DOTnotice] = ACTIONS(421),
    [anon_sym_DOTwarning] = ACTIONS(421),
    [anon_sym_DOTalert] = ACTIONS(421),
    [anon_sym_DOTdiag] = ACTIONS(421),
    [sym_comment] = ACTIONS(419),
    [sym__newline] = ACTIONS(419),
  },
  [66] = {
    [ts_builtin_sym_end] = ACTIONS(423),
    [sym__keyword_word] = ACTIONS(425),
    [anon_sym_acme] = ACTIONS(425),
    [anon_sym_backend] = ACTIONS(425),
    [anon_sym_cache] = ACTIONS(425),
    [anon_sym_crt_DASHstore] = ACTIONS(425),
    [anon_sym_defaults] = ACTIONS(425),
    [anon_sym_fcgi_DASHapp] = ACTIONS(425),
    [anon_sym_frontend] = ACTIONS(425),
    [anon_sym_global] = ACTIONS(425),
    [anon_sym_http_DASHerrors] = ACTIONS(425),
    [anon_sym_listen] = ACTIONS(425),
    [anon_sym_log_DASHforward] = ACTIONS(425),
    [anon_sym_log_DASHprofile] = ACTIONS(425),
    [anon_sym_mailers] = ACTIONS(425),
    [anon_sym_namespace_list] = ACTIONS(425),
    [anon_sym_peers] = ACTIONS(425),
    [anon_sym_program] = ACTIONS(425),
    [anon_sym_resolvers] = ACTIONS(425),
    [anon_sym_ring] = ACTIONS(425),
    [anon_sym_traces] = ACTIONS(425),
    [anon_sym_userlist] = ACTIONS(425),
    [anon_sym_DOTif] = ACTIONS(425),
    [anon_sym_DOTelif] = ACTIONS(425),
    [anon_sym_DOTelse] = ACTIONS(425),
    [anon_sym_DOTendif] = ACTIONS(425),
    [anon_sym_DOTnotice] = ACTIONS(425),
    [anon_sym_DOTwarning] = ACTIONS(425),
    [anon_sym_DOTalert] = ACTIONS(425),
    [anon_sym_DOTdiag] = ACTIONS(425),
    [sym_comment] = ACTIONS(423),
    [sym__newline] = ACTIONS(423),
  },
  [67] = {
    [ts_builtin_sym_end] = ACTIONS(427),
    [sym__keyword_word] = ACTIONS(429),
    [anon_sym_acme] = ACTIONS(429),
    [anon_sym_backend] = ACTIONS(429),
    [anon_sym_cache] = ACTIONS(429),
    [anon_sym_crt_DASHstore] = ACTIONS(429),
    [anon_sym_defaults] = ACTIONS(429),
    [anon_sym_fcgi_DASHapp] = ACTIONS(429),
    [anon_sym_frontend] = ACTIONS(429),
    [anon_sym_global] = ACTIONS(429),
    [anon_sym_http_DASHerrors] = ACTIONS(429),
    [anon_sym_listen] = ACTIONS(429),
    [anon_sym_log_DASHforward] = ACTIONS(429),
    [anon_sym_log_DASHprofile] = ACTIONS(429),
    [anon_sym_mailers] = ACTIONS(429),
    [anon_sym_namespace_list] = ACTIONS(429),
    [anon_sym_peers] = ACTIONS(429),
    [anon_sym_program] = ACTIONS(429),
    [anon_sym_resolvers] = ACTIONS(429),
    [anon_sym_ring] = ACTIONS(429),
    [anon_sym_traces] = ACTIONS(429),
    [anon_sym_userlist] = ACTIONS(429),
    [anon_sym_DOTif] = ACTIONS(429),
    [anon_sym_DOTelif] = ACTIONS(429),
    [anon_sym_DOTelse] = ACTIONS(429),
    [anon_sym_DOTendif] = ACTIONS(429),
    [anon_sym_DOTnotice] = ACTIONS(429),
    [anon_sym_DOTwarning] = ACTIONS(429),
    [anon_sym_DOTalert] = ACTIONS(429),
    [anon_sym_DOTdiag] = ACTIONS(429),
    [sym_comment] = ACTIONS(427),
    [sym__newline] = ACTIONS(427),
  },
  [68] = {
    [ts_builtin_sym_end] = ACTIONS(431),
    [sym__keyword_word] = ACTIONS(433),
    [anon_sym_acme] = ACTIONS(433),
    [anon_sym_backend] = ACTIONS(433),
    [anon_sym_cache] = ACTIONS(433),
    [anon_sym_crt_DASHstore] = ACTIONS(433),
    [anon_sym_defaults] = ACTIONS(433),
    [anon_sym_fcgi_DASHapp] = ACTIONS(433),
    [anon_sym_frontend] = ACTIONS(433),
    [anon_sym_global] = ACTIONS(433),
    [anon_sym_http_DASHerrors] = ACTIONS(433),
    [anon_sym_listen] = ACTIONS(433),
    [anon_sym_log_DASHforward] = ACTIONS(433),
    [anon_sym_log_DASHprofile] = ACTIONS(433),
    [anon_sym_mailers] = ACTIONS(433),
    [anon_sym_namespace_list] = ACTIONS(433),
    [anon_sym_peers] = ACTIONS(433),
    [anon_sym_program] = ACTIONS(433),
    [anon_sym_resolvers] = ACTIONS(433),
    [anon_sym_ring] = ACTIONS(433),
    [anon_sym_traces] = ACTIONS(433),
    [anon_sym_userlist] = ACTIONS(433),
    [anon_sym_DOTif] = ACTIONS(433),
    [anon_sym_DOTelif] = ACTIONS(433),
    [anon_sym_DOTelse] = ACTIONS(433),
    [anon_sym_DOTendif] = ACTIONS(433),
    [anon_sym_DOTnotice] = ACTIONS(433),
    [anon_sym_DOTwarning] = ACTIONS(433),
    [anon_sym_DOTalert] = ACTIONS(433),
    [anon_sym_DOTdiag] = ACTIONS(433),
    [sym_comment] = ACTIONS(431),
    [sym__newline] = ACTIONS(431),
  },
  [69] = {
    [ts_builtin_sym_end] = ACTIONS(435),
    [sym__keyword_word] = ACTIONS(437),
    [anon_sym_acme] = ACTIONS(437),
    [anon_sym_backend] = ACTIONS(437),
    [anon_sym_cache] = ACTIONS(437),
    [anon_sym_crt_DASHstore] = ACTIONS(437),
    [anon_sym_defaults] = ACTIONS(437),
    [anon_sym_fcgi_DASHapp] = ACTIONS(437),
    [anon_sym_frontend] = ACTIONS(437),
    [anon_sym_global] = ACTIONS(437),
    [anon_sym_http_DASHerrors] = ACTIONS(437),
    [anon_sym_listen] = ACTIONS(437),
    [anon_sym_log_DASHforward] = ACTIONS(437),
    [anon_sym_log_DASHprofile] = ACTIONS(437),
    [anon_sym_mailers] = ACTIONS(437),
    [anon_sym_namespace_list] = ACTIONS(437),
    [anon_sym_peers] = ACTIONS(437),
    [anon_sym_program] = ACTIONS(437),
    [anon_sym_resolvers] = ACTIONS(437),
    [anon_sym_ring] = ACTIONS(437),
    [anon_sym_traces] = ACTIONS(437),
    [anon_sym_userlist] = ACTIONS(437),
    [anon_sym_DOTif] = ACTIONS(437),
    [anon_sym_DOTelif] = ACTIONS(437),
    [anon_sym_DOTelse] = ACTIONS(437),
    [anon_sym_DOTendif] = ACTIONS(437),
    [anon_sym_DOTnotice] = ACTIONS(437),
    [anon_sym_DOTwarning] = ACTIONS(437),
    [anon_sym_DOTalert] = ACTIONS(437),
    [anon_sym_DOTdiag] = ACTIONS(437),
    [sym_comment] = ACTIONS(435),
    [sym__newline] = ACTIONS(435),
  },
  [70] = {
    [ts_builtin_sym_end] = ACTIONS(439),
    [sym__keyword_word] = ACTIONS(441),
    [anon_sym_acme] = ACTIONS(441),
    [anon_sym_backend] = ACTIONS(441),
    [anon_sym_cache] = ACTIONS(441),
    [anon_sym_crt_DASHstore] = ACTIONS(441),
    [anon_sym_defaults] = ACTIONS(441),
    [anon_sym_fcgi_DASHapp] = ACTIONS(441),
    [anon_sym_frontend] = ACTIONS(441),
    [anon_sym_global] = ACTIONS(441),
    [anon_sym_http_DASHerrors] = ACTIONS(441),
    [anon_sym_listen] = ACTIONS(441),
    [anon_sym_log_DASHforward] = ACTIONS(441),
    [anon_sym_log_DASHprofile] = ACTIONS(441),
    [anon_sym_mailers] = ACTIONS(441),
    [anon_sym_namespace_list] = ACTIONS(441),
    [anon_sym_peers] = ACTIONS(441),
    [anon_sym_program] = ACTIONS(441),
    [anon_sym_resolvers] = ACTIONS(441),
    [anon_sym_ring] = ACTIONS(441),
    [anon_sym_traces] = ACTIONS(441),
    [anon_sym_userlist] = ACTIONS(441),
    [anon_sym_DOTif] = ACTIONS(441),
    [anon_sym_DOTelif] = ACTIONS(441),
    [anon_sym_DOTelse] = ACTIONS(441),
    [anon_sym_DOTendif] = ACTIONS(441),
    [anon_sym_DOTnotice] = ACTIONS(441),
    [anon_sym_DOTwarning] = ACTIONS(441),
    [anon_sym_DOTalert] = ACTIONS(441),
    [anon_sym_DOTdiag] = ACTIONS(441),
    [sym_comment] = ACTIONS(439),
    [sym__newline] = ACTIONS(439),
  },
  [71] = {
    [ts_builtin_sym_end] = ACTIONS(443),
    [sym__keyword_word] = ACTIONS(445),
    [anon_sym_acme] = ACTIONS(445),
    [anon_sym_backend] = ACTIONS(445),
    [anon_sym_cache] = ACTIONS(445),
    [anon_sym_crt_DASHstore] = ACTIONS(445),
    [anon_sym_defaults] = ACTIONS(445),
    [anon_sym_fcgi_DASHapp] = ACTIONS(445),
    [anon_sym_frontend] = ACTIONS(445),
    [anon_sym_global] = ACTIONS(445),
    [anon_sym_http_DASHerrors] = ACTIONS(445),
    [anon_sym_listen] = ACTIONS(445),
    [anon_sym_log_DASHforward] = ACTIONS(445),
    [anon_sym_log_DASHprofile] = ACTIONS(445),
    [anon_sym_mailers] = ACTIONS(445),
    [anon_sym_namespace_list] = ACTIONS(445),
    [anon_sym_peers] = ACTIONS(445),
    [anon_sym_program] = ACTIONS(445),
    [anon_sym_resolvers] = ACTIONS(445),
    [anon_sym_ring] = ACTIONS(445),
    [anon_sym_traces] = ACTIONS(445),
    [anon_sym_userlist] = ACTIONS(445),
    [anon_sym_DOTif] = ACTIONS(445),
    [anon_sym_DOTelif] = ACTIONS(445),
    [anon_sym_DOTelse] = ACTIONS(445),
    [anon_sym_DOTendif] = ACTIONS(445),
    [anon_sym_DOTnotice] = ACTIONS(445),
    [anon_sym_DOTwarning] = ACTIONS(445),
    [anon_sym_DOTalert] = ACTIONS(445),
    [anon_sym_DOTdiag] = ACTIONS(445),
    [sym_comment] = ACTIONS(443),
    [sym__newline] = ACTIONS(443),
  },
  [72] = {
    [ts_builtin_sym_end] = ACTIONS(447),
    [sym__keyword_word] = ACTIONS(449),
    [anon_sym_acme] = ACTIONS(449),
    [anon_sym_backend] = ACTIONS(449),
    [anon_sym_cache] = ACTIONS(449),
    [anon_sym_crt_DASHstore] = ACTIONS(449),
    [anon_sym_defaults] = ACTIONS(449),
    [anon_sym_fcgi_DASHapp] = ACTIONS(449),
    [anon_sym_frontend] = ACTIONS(449),
    [anon_sym_global] = ACTIONS(449),
    [anon_sym_http_DASHerrors] = ACTIONS(449),
    [anon_sym_listen] = ACTIONS(449),
    [anon_sym_log_DASHforward] = ACTIONS(449),
    [anon_sym_log_DASHprofile] = ACTIONS(449),
    [anon_sym_mailers] = ACTIONS(449),
    [anon_sym_namespace_list] = ACTIONS(449),
    [anon_sym_peers] = ACTIONS(449),
    [anon_sym_program] = ACTIONS(449),
    [anon_sym_resolvers] = ACTIONS(449),
    [anon_sym_ring] = ACTIONS(449),
    [anon_sym_traces] = ACTIONS(449),
    [anon_sym_userlist] = ACTIONS(449),
    [anon_sym_DOTif] = ACTIONS(449),
    [anon_sym_DOTelif] = ACTIONS(449),
    [anon_sym_DOTelse] = ACTIONS(449),
    [anon_sym_DOTendif] = ACTIONS(449),
    [anon_sym_DOTnotice] = ACTIONS(449),
    [anon_sym_DOTwarning] = ACTIONS(449),
    [anon_sym_DOTalert] = ACTIONS(449),
    [anon_sym_DOTdiag] = ACTIONS(449),
    [sym_comment] = ACTIONS(447),
    [sym__newline] = ACTIONS(447),
  },
  [73] = {
    [ts_builtin_sym_end] = ACTIONS(451),
    [sym__keyword_word] = ACTIONS(453),
    [anon_sym_acme] = ACTIONS(453),
    [anon_sym_backend] = ACTIONS(453),
    [anon_sym_cache] = ACTIONS(453),
    [anon_sym_crt_DASHstore] = ACTIONS(453),
    [anon_sym_defaults] = ACTIONS(453),
    [anon_sym_fcgi_DASHapp] = ACTIONS(453),
    [anon_sym_frontend] = ACTIONS(453),
    [anon_sym_global] = ACTIONS(453),
    [anon_sym_http_DASHerrors] = ACTIONS(453),
    [anon_sym_listen] = ACTIONS(453),
    [anon_sym_log_DASHforward] = ACTIONS(453),
    [anon_sym_log_DASHprofile] = ACTIONS(453),
    [anon_sym_mailers] = ACTIONS(453),
    [anon_sym_namespace_list] = ACTIONS(453),
    [anon_sym_peers] = ACTIONS(453),
    [anon_sym_program] = ACTIONS(453),
    [anon_sym_resolvers] = ACTIONS(453),
    [anon_sym_ring] = ACTIONS(453),
    [anon_sym_traces] = ACTIONS(453),
    [anon_sym_userlist] = ACTIONS(453),
    [anon_sym_DOTif] = ACTIONS(453),
    [anon_sym_DOTelif] = ACTIONS(453),
    [anon_sym_DOTelse] = ACTIONS(453),
    [anon_sym_DOTendif] = ACTIONS(453),
    [anon_sym_DOTnotice] = ACTIONS(453),
    [anon_sym_DOTwarning] = ACTIONS(453),
    [anon_sym_DOTalert] = ACTIONS(453),
    [anon_sym_DOTdiag] = ACTIONS(453),
    [sym_comment] = ACTIONS(451),
    [sym__newline] = ACTIONS(451),
  },
  [74] = {
    [ts_builtin_sym_end] = ACTIONS(455),
    [sym__keyword_word] = ACTIONS(457),
    [anon_sym_acme] = ACTIONS(457),
    [anon_sym_backend] = ACTIONS(457),
    [anon_sym_cache] = ACTIONS(457),
    [anon_sym_crt_DASHstore] = ACTIONS(457),
    [anon_sym_defaults] = ACTIONS(457),
    [anon_sym_fcgi_DASHapp] = ACTIONS(457),
    [anon_sym_frontend] = ACTIONS(457),
    [anon_sym_global] = ACTIONS(457),
    [anon_sym_http_DASHerrors] = ACTIONS(457),
    [anon_sym_listen] = ACTIONS(457),
    [anon_sym_log_DASHforward] = ACTIONS(457),
    [anon_sym_log_DASHprofile] = ACTIONS(457),
    [anon_sym_mailers] = ACTIONS(457),
    [anon_sym_namespace_list] = ACTIONS(457),
    [anon_sym_peers] = ACTIONS(457),
    [anon_sym_program] = ACTIONS(457),
    [anon_sym_resolvers] = ACTIONS(457),
    [anon_sym_ring] = ACTIONS(457),
    [anon_sym_traces] = ACTIONS(457),
    [anon_sym_userlist] = ACTIONS(457),
    [anon_sym_DOTif] = ACTIONS(457),
    [anon_sym_DOTelif] = ACTIONS(457),
    [anon_sym_DOTelse] = ACTIONS(457),
    [anon_sym_DOTendif] = ACTIONS(457),
    [anon_sym_DOTnotice] = ACTIONS(457),
    [anon_sym_DOTwarning] = ACTIONS(457),
    [anon_sym_DOTalert] = ACTIONS(457),
    [anon_sym_DOTdiag] = ACTIONS(457),
    [sym_comment] = ACTIONS(455),
    [sym__newline] = ACTIONS(455),
  },
  [75] = {
    [ts_builtin_sym_end] = ACTIONS(459),
    [sym__keyword_word] = ACTIONS(461),
    [anon_sym_acme] = ACTIONS(461),
    [anon_sym_backend] = ACTIONS(461),
    [anon_sym_cache] = ACTIONS(461),
    [anon_sym_crt_DASHstore] = ACTIONS(461),
    [anon_sym_defaults] = ACTIONS(461),
    [anon_sym_fcgi_DASHapp] = ACTIONS(461),
    [anon_sym_frontend] = ACTIONS(461),
    [anon_sym_global] = ACTIONS(461),
    [anon_sym_http_DASHerrors] = ACTIONS(461),
    [anon_sym_listen] = ACTIONS(461),
    [anon_sym_log_DASHforward] = ACTIONS(461),
    [anon_sym_log_DASHprofile] = ACTIONS(461),
    [anon_sym_mailers] = ACTIONS(461),
    [anon_sym_namespace_list] = ACTIONS(461),
    [anon_sym_peers] = ACTIONS(461),
    [anon_sym_program] = ACTIONS(461),
    [anon_sym_resolvers] = ACTIONS(461),
    [anon_sym_ring] = ACTIONS(461),
    [anon_sym_traces] = ACTIONS(461),
    [anon_sym_userlist] = ACTIONS(461),
    [anon_sym_DOTif] = ACTIONS(461),
    [anon_sym_DOTelif] = ACTIONS(461),
    [anon_sym_DOTelse] = ACTIONS(461),
    [anon_sym_DOTendif] = ACTIONS(461),
    [anon_sym_DOTnotice] = ACTIONS(461),
    [anon_sym_DOTwarning] = ACTIONS(461),
    [anon_sym_DOTalert] = ACTIONS(461),
    [anon_sym_DOTdiag] = ACTIONS(461),
    [sym_comment] = ACTIONS(459),
    [sym__newline] = ACTIONS(459),
  },
  [76] = {
    [ts_builtin_sym_end] = ACTIONS(463),
    [sym__keyword_word] = ACTIONS(465),
    [anon_sym_acme] = ACTIONS(465),
    [anon_sym_backend] = ACTIONS(465),
    [anon_sym_cache] = ACTIONS(465),
    [anon_sym_crt_DASHstore] = ACTIONS(465),
    [anon_sym_defaults] = ACTIONS(465),
    [anon_sym_fcgi_DASHapp] = ACTIONS(465),
    [anon_sym_frontend] = ACTIONS(465),
    [anon_sym_global] = ACTIONS(465),
    [anon_sym_http_DASHerrors] = ACTIONS(465),
    [anon_sym_listen] = ACTIONS(465),
    [anon_sym_log_DASHforward] = ACTIONS(465),
    [anon_sym_log_DASHprofile] = ACTIONS(465),
    [anon_sym_mailers] = ACTIONS(465),
    [anon_sym_namespace_list] = ACTIONS(465),
    [anon_sym_peers] = ACTIONS(465),
    [anon_sym_program] = ACTIONS(465),
    [anon_sym_resolvers] = ACTIONS(465),
    [anon_sym_ring] = ACTIONS(465),
    [anon_sym_traces] = ACTIONS(465),
    [anon_sym_userlist] = ACTIONS(465),
    [anon_sym_DOTif] = ACTIONS(465),
    [anon_sym_DOTelif] = ACTIONS(465),
    [anon_sym_DOTelse] = ACTIONS(465),
    [anon_sym_DOTendif] = ACTIONS(465),
    [anon_sym_DOTnotice] = ACTIONS(465),
    [anon_sym_DOTwarning] = ACTIONS(465),
    [anon_sym_DOTalert] = ACTIONS(465),
    [anon_sym_DOTdiag] = ACTIONS(465),
    [sym_comment] = ACTIONS(463),
    [sym__newline] = ACTIONS(463),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 1,
    ACTIONS(467), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(77)] = 0,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 0),
  [5] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [13] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 14, .production_id = 15),
  [15] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 14, .production_id = 15),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [21] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 13, .production_id = 13),
  [23] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 13, .production_id = 13),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 8, .production_id = 8),
  [29] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 8, .production_id = 8),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [35] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 1, .production_id = 1),
  [37] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 1, .production_id = 1),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [43] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 7, .production_id = 7),
  [45] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 7, .production_id = 7),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [51] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 9, .production_id = 9),
  [53] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 9, .production_id = 9),
  [55] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [59] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 1),
  [61] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [63] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 2, .production_id = 2),
  [65] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 2, .production_id = 2),
  [67] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [69] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [71] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 10, .production_id = 10),
  [73] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 10, .production_id = 10),
  [75] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [79] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 6, .production_id = 6),
  [81] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 6, .production_id = 6),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [85] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [87] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 11, .production_id = 11),
  [89] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 11, .production_id = 11),
  [91] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [93] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [95] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2),
  [97] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(43),
  [100] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(5),
  [103] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(40),
  [106] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2), SHIFT_REPEAT(13),
  [109] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 3, .production_id = 3),
  [111] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 3, .production_id = 3),
  [113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [117] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 5, .production_id = 5),
  [119] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 5, .production_id = 5),
  [121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [125] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 12, .production_id = 12),
  [127] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 12, .production_id = 12),
  [129] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [133] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 4, .production_id = 4),
  [135] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 4, .production_id = 4),
  [137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [141] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 13, .production_id = 12),
  [143] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 13, .production_id = 12),
  [145] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [147] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 4, .production_id = 3),
  [149] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 4, .production_id = 3),
  [151] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 15, .production_id = 15),
  [153] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 15, .production_id = 15),
  [155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 12, .production_id = 11),
  [157] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 12, .production_id = 11),
  [159] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_section_repeat2, 2),
  [161] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2), SHIFT_REPEAT(43),
  [164] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2),
  [166] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_section_repeat2, 2), SHIFT_REPEAT(40),
  [169] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_section_repeat2, 2), SHIFT_REPEAT(22),
  [172] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 5, .production_id = 4),
  [174] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 5, .production_id = 4),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 11, .production_id = 10),
  [178] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 11, .production_id = 10),
  [180] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 3, .production_id = 2),
  [182] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 3, .production_id = 2),
  [184] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 10, .production_id = 9),
  [186] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 10, .production_id = 9),
  [188] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 14, .production_id = 13),
  [190] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 14, .production_id = 13),
  [192] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 6, .production_id = 5),
  [194] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 6, .production_id = 5),
  [196] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 9, .production_id = 8),
  [198] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 9, .production_id = 8),
  [200] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 2, .production_id = 1),
  [202] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 2, .production_id = 1),
  [204] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 7, .production_id = 6),
  [206] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 7, .production_id = 6),
  [208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 8, .production_id = 7),
  [210] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 8, .production_id = 7),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 13, .production_id = 13),
  [214] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 13, .production_id = 13),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 13, .production_id = 13),
  [218] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 13, .production_id = 13),
  [220] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [222] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 14, .production_id = 15),
  [224] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 14, .production_id = 15),
  [226] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 14, .production_id = 15),
  [228] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 14, .production_id = 15),
  [230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 2, .production_id = 16),
  [234] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_section_repeat1, 2, .production_id = 16),
  [236] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 2, .production_id = 16), SHIFT_REPEAT(54),
  [239] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 7, .production_id = 7),
  [241] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 7, .production_id = 7),
  [243] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [245] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [247] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 10, .production_id = 10),
  [249] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 10, .production_id = 10),
  [251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 1, .production_id = 1),
  [255] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 1, .production_id = 1),
  [257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [259] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 8, .production_id = 8),
  [261] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 8, .production_id = 8),
  [263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [265] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 8, .production_id = 8),
  [267] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 8, .production_id = 8),
  [269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [271] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [273] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 1, .production_id = 1),
  [275] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 1, .production_id = 1),
  [277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [281] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 7, .production_id = 7),
  [283] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 7, .production_id = 7),
  [285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [287] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 2, .production_id = 2),
  [289] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 2, .production_id = 2),
  [291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [293] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 9, .production_id = 9),
  [295] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 9, .production_id = 9),
  [297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [299] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 9, .production_id = 9),
  [301] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 9, .production_id = 9),
  [303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [305] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [307] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, .production_id = 2),
  [309] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 2, .production_id = 2),
  [311] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [315] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 6, .production_id = 6),
  [317] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 6, .production_id = 6),
  [319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [323] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 6, .production_id = 6),
  [325] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 6, .production_id = 6),
  [327] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [329] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 4, .production_id = 4),
  [331] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 4, .production_id = 4),
  [333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [335] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 10, .production_id = 10),
  [337] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 10, .production_id = 10),
  [339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [343] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 3, .production_id = 3),
  [345] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 3, .production_id = 3),
  [347] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [349] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_section_repeat1, 1, .production_id = 14),
  [351] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_section_repeat1, 1, .production_id = 14),
  [353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 5, .production_id = 5),
  [355] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 5, .production_id = 5),
  [357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [359] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [361] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 11, .production_id = 11),
  [363] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 11, .production_id = 11),
  [365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [367] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 11, .production_id = 11),
  [369] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 11, .production_id = 11),
  [371] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [373] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, .production_id = 3),
  [377] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 3, .production_id = 3),
  [379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [381] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 5, .production_id = 5),
  [385] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 5, .production_id = 5),
  [387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [389] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conditional, 12, .production_id = 12),
  [391] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_conditional, 12, .production_id = 12),
  [393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [395] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 12, .production_id = 12),
  [397] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 12, .production_id = 12),
  [399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [403] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 4, .production_id = 4),
  [405] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 4, .production_id = 4),
  [407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [411] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 9, .production_id = 8),
  [413] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 9, .production_id = 8),
  [415] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 4, .production_id = 3),
  [417] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 4, .production_id = 3),
  [419] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 12, .production_id = 11),
  [421] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 12, .production_id = 11),
  [423] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, .production_id = 2),
  [425] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 3, .production_id = 2),
  [427] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 8, .production_id = 7),
  [429] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 8, .production_id = 7),
  [431] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 13, .production_id = 12),
  [433] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 13, .production_id = 12),
  [435] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 11, .production_id = 10),
  [437] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 11, .production_id = 10),
  [439] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 5, .production_id = 4),
  [441] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 5, .production_id = 4),
  [443] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, .production_id = 1),
  [445] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 2, .production_id = 1),
  [447] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 10, .production_id = 9),
  [449] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 10, .production_id = 9),
  [451] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 14, .production_id = 13),
  [453] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 14, .production_id = 13),
  [455] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 7, .production_id = 6),
  [457] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 7, .production_id = 6),
  [459] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 6, .production_id = 5),
  [461] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 6, .production_id = 5),
  [463] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 15, .production_id = 15),
  [465] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 15, .production_id = 15),
  [467] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
};

#ifdef __cplusplus
extern "C" {
#endif
#ifdef _WIN32
#define extern __declspec(dllexport)
#endif

extern const TSLanguage *tree_sitter_haproxy(void) {
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
    .keyword_lex_fn = ts_lex_keywords,
    .keyword_capture_token = sym__keyword_word,
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
