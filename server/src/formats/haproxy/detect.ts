import type { FormatDetection } from '../../service/format';

/** A proxy section header: `frontend www`, `backend app`, `listen stats`. */
const PROXY_SECTION = /^[ \t]*(frontend|backend|listen)[ \t]+[^\s#{]+[ \t]*(#.*)?$/m;
/** `global`, `traces` or `defaults` alone on a line (or `defaults NAME`). */
const GLOBAL_SECTION = /^[ \t]*(global|traces|defaults([ \t]+[^\s#{]+)?)[ \t]*(#.*)?$/m;
/** HAProxy's conditional blocks: `.if defined(X)`, `.if version_atleast(2.4)`. */
const CONDITIONAL = /^[ \t]*\.(if|elif)[ \t]+!?(defined|feature|streq|strneq|strstr|version_atleast|version_before|enabled)\(/m;
/** Both `global` and `defaults`: a little more certain. */
const BOTH_GLOBAL_AND_DEFAULTS = [/^[ \t]*global[ \t]*(#.*)?$/m, /^[ \t]*defaults\b/m];
/** Other section headers. */
const OTHER_SECTION = /^[ \t]*(userlist|peers|resolvers|mailers|http-errors|ring|log-forward|fcgi-app|crt-store|cache|program)[ \t]+[^\s#{]+[ \t]*(#.*)?$/m;
/** Directives only HAProxy writes this way. */
const DIRECTIVES =
  /^[ \t]*(bind[ \t]+\S*:\d+|server[ \t]+\S+[ \t]+\S+|mode[ \t]+(http|tcp)\b|balance[ \t]+(roundrobin|leastconn|source|static-rr|first|uri|hdr)|timeout[ \t]+(client|server|connect|http-request|queue|tunnel)[ \t]|default_backend[ \t]|use_backend[ \t]|option[ \t]+(httplog|tcplog|forwardfor|dontlognull|http-server-close|redispatch|httpchk)\b|http-(request|response)[ \t]+\S|acl[ \t]+\S+[ \t]+\S|stats[ \t]+(socket|uri|enable)\b|maxconn[ \t]+\d+[ \t]*$|log[ \t]+(global|stdout|stderr|\/dev\/log|\S+[ \t]+local[0-7])\b|trace[ \t]+\S+[ \t]+(sink|verbosity|level|start|event)\b)/m;
/** Lines that end with an opening brace, `key: value` or `key = value` lines, `[section]` headers: other formats. */
const FOREIGN = /^[ \t]*([\w.-]+([ \t]+[^\s{]+)*[ \t]*\{[ \t]*$|[\w-]+:[ \t]|[\w.-]+([ \t]+[\w.-]+){0,4}[ \t]*=|\[[^\]]+\][ \t]*$)/gm;

export const haproxyDetection: FormatDetection = {
  id: 'haproxy',
  displayName: 'HAProxy',
  fileNames: ['haproxy.cfg'],
  pathPatterns: [/\/etc\/haproxy\/(.+\/)?[^/]+\.cfg$/, /(^|\/)haproxy\/[^/]+\.cfg$/, /(^|\/)haproxy[^/]*\.cfg$/i],
  sniff(text) {
    let score = 0;
    if (PROXY_SECTION.test(text)) score += 0.5;
    if (GLOBAL_SECTION.test(text)) score += BOTH_GLOBAL_AND_DEFAULTS.every((re) => re.test(text)) ? 0.4 : 0.3;
    else if (OTHER_SECTION.test(text)) score += 0.2;
    if (CONDITIONAL.test(text)) score += 0.3;
    if (score === 0) return 0;
    if (DIRECTIVES.test(text)) score += 0.3;
    // Brace blocks, `key: value` / `key = value` lines and `[section]` headers belong to the other formats.
    const foreign = text.match(FOREIGN)?.length ?? 0;
    if (foreign >= 3) score -= 0.5;
    else if (foreign) score -= 0.1 * foreign;
    return Math.max(0, Math.min(score, 1));
  },
};
