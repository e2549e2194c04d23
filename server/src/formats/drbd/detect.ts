/** How a DRBD configuration is recognised: drbd.conf, global_common.conf, *.res, anything under drbd.d/. */
import type { FormatDetection } from '../../service/format';

const RESOURCE = /^\s*resource\s+("[^"\n]*"|[\w.-]+)\s*(\{|$)/m;
const SECTION = /^\s*(global|common)\s*\{/m;
const HOST = /^\s*(on\s+("[^"\n]*"|[\w.-]+)|floating\s+(ipv[46]\s+)?\S+|_this_host|stacked-on-top-of\s+\S+)\s*\{/m;
const STATEMENT =
  /^\s*(device\s+(minor\s+\d+|"?\/dev\/drbd)|protocol\s+[ABC]\s*;|meta-disk\s+\S+\s*;|disk\s+("?\/dev\/\S+|none)\s*;|address\s+(ipv[46]\s+)?\S+:\d+\s*;|node-id\s+\d+\s*;|usage-count\s+(yes|no|ask)\s*;)/m;
const DRBD_WORDS =
  /^\s*(meta-disk|usage-count|udev-always-use-vnr|disable-ip-verification|on-io-error|after-sb-[012]pri|cram-hmac-alg|resync-rate|al-extents|c-plan-ahead|fence-peer|wfc-timeout|connection-mesh|on-no-quorum|disk-flushes|md-flushes)\b/m;
const INCLUDE = /^\s*include\s+"?[^\s;"]*(drbd\.d\/|\.res\b|global_common\.conf)/m;

export const drbdDetection: FormatDetection = {
  id: 'drbd',
  displayName: 'DRBD',
  fileNames: ['drbd.conf', 'global_common.conf'],
  pathPatterns: [/\.res$/i, /(^|\/)drbd\.d\/[^/]+$/],
  sniff(text) {
    if (INCLUDE.test(text)) return 0.9;
    const resource = RESOURCE.test(text);
    const section = SECTION.test(text);
    // Without a resource or a global/common block, a file is not DRBD whatever its statements look like.
    if (!resource && !section) return 0;
    let score = resource ? 0.4 : 0.3;
    if (HOST.test(text)) score += 0.3;
    if (STATEMENT.test(text)) score += 0.3;
    if (DRBD_WORDS.test(text)) score += 0.2;
    return Math.min(score, 1);
  },
};
