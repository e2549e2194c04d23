/**
 * How drbdadm's scanner (drbd-utils 9.22, user/v9/drbdadm_scanner.fl) cuts a word into tokens, for the checks that
 * depend on the token drbdadm sees rather than on the text: where its parser wants an integer it takes only a
 * number of at most 8 digits with an optional K, M, G or s (a longer run of digits, or `-1`, is a string); where it
 * wants an IPv4 address only four dot-separated groups of 1 to 3 digits (`10.0.0` and `10.0.0.1.5` are not one; a
 * host name is not one either). The scanner takes the longest match and, of equally long ones, its first rule:
 * operators, keywords, module versions (`1.2.3`), IPv4 and IPv6 addresses, numbers, quoted strings, strings.
 */

export type TokenKind = 'op' | 'keyword' | 'kmodvers' | 'ipv4' | 'ipv6' | 'integer' | 'string' | 'long-string' | 'else';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset in the scanned text. */
  at: number;
}

/** The words drbdadm's scanner returns as keyword tokens (of the same length, a keyword beats a string). */
const KEYWORDS = new Set(
  (
    'on stacked-on-top-of floating no net yes ask via skip disk host hosts port proxy minor inside volume cmd-timeout-short ' +
    'cmd-timeout-medium cmd-timeout-long syncer device global common options outside address startup include handlers connection ' +
    'outside-address connection-mesh minor-count disable-ip-verification udev-always-use-vnr dialog-refresh resource meta-disk ' +
    'flexible-meta-disk node-id usage-count _this_host _remote_host _peer_node_id _cstate _unknown template-file path tiebreaker ' +
    'sci ssocks sdp ipv4 ipv6 require-drbd-module-version-eq require-drbd-module-version-ne require-drbd-module-version-gt ' +
    'require-drbd-module-version-ge require-drbd-module-version-lt require-drbd-module-version-le'
  ).split(' '),
);

const HEX4 = '[0-9a-fA-F]{1,4}';
const IPV4 = '(?:[0-9]{1,3}\\.){3}[0-9]{1,3}';
const STRING_CHARS = '[a-zA-Z0-9/._-]';
const DIGIT = /[0-9]/;
const WORD = new RegExp(STRING_CHARS);
/** The scanner's rules after operators and keywords, in its order, each with the characters it can start with. */
const RULES: [TokenKind, RegExp, RegExp][] = [
  ['kmodvers', /[0-9]+\.[0-9]+\.[0-9]+/y, DIGIT],
  ['ipv4', new RegExp(IPV4, 'y'), DIGIT],
  ['ipv6', new RegExp(`(?:(?:(?:${HEX4}:){0,5}${HEX4})?:(?:${HEX4})?:(?:${HEX4}(?::${HEX4}){0,5})?(?:%${STRING_CHARS}{1,128})?|::[fF]{4}:${IPV4})`, 'y'), /[0-9a-fA-F:]/],
  ['integer', /[0-9]{1,8}[MKGs]?/y, DIGIT],
  ['string', /"(?:[^"\\\n]|\\[^\n]){0,255}"/y, /"/],
  ['string', new RegExp(`${STRING_CHARS}{1,128}`, 'y'), WORD],
  ['long-string', new RegExp(`${STRING_CHARS}{129}`, 'y'), WORD],
];

/** The tokens drbdadm reads from `text` from offset `from` on (blanks and comments skipped). */
export function scan(text: string, from = 0): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
      i++;
      continue;
    }
    if (ch === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    let best: Token | undefined;
    if ('{};[]:'.includes(ch)) best = { kind: 'op', text: ch, at: i };
    for (const [kind, re, first] of RULES) {
      if (!first.test(ch)) continue;
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m[0].length > (best?.text.length ?? 0)) best = { kind, text: m[0], at: i };
    }
    if (best?.kind === 'string' && KEYWORDS.has(best.text)) best.kind = 'keyword';
    if (!best) best = { kind: 'else', text: ch, at: i };
    out.push(best);
    i += best.text.length;
  }
  return out;
}

/** The tokens of a statement's arguments (each scanned on its own: blanks separate tokens), with their argument. */
export function scanArgs(args: readonly string[]): (Token & { arg: number })[] {
  const out: (Token & { arg: number })[] = [];
  args.forEach((a, arg) => {
    for (const t of scan(a)) out.push({ ...t, arg });
  });
  return out;
}

/** Whether drbdadm reads `word` as one integer token (at most 8 digits, an optional K, M, G or s). */
export function isIntegerToken(word: string): boolean {
  const t = scan(word);
  return t.length === 1 && t[0].kind === 'integer';
}

/** drbdadm's reading of an integer token with its K/M/G/s suffix (powers of 1024; s: sectors of 512 bytes). */
export function integerValue(word: string): number {
  const m = /^(\d+)([MKGs]?)$/.exec(word);
  if (!m) return NaN;
  const mult: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, s: 512 };
  return Number(m[1]) * mult[m[2]];
}
