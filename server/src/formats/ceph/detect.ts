/** How a Ceph configuration is recognised: ceph.conf, *.conf under /etc/ceph/, or `[global]` with Ceph options. */
import type { FormatDetection } from '../../service/format';

const HEADER = /^\[(global|(mon|osd|mds|mgr|client)(\.[^\]\s]+)?)\][ \t]*([#;].*)?$/m;
const DAEMON_HEADER = /^[ \t]*\[(mon|osd|mds|mgr|client)\.[^\]\s]+\][ \t]*$/m;
/** Options no other INI file has; a key matches with spaces, underscores or dashes between its words. */
const CEPH_KEYS = new RegExp(
  '^[ \\t]*(' +
    [
      'fsid',
      'mon[ _-]+host',
      'mon[ _-]+initial[ _-]+members',
      'mon[ _-]+addr',
      'auth[ _-]+(cluster|service|client)[ _-]+required',
      'osd[ _-]+pool[ _-]+default[ _-]+[a-z_ -]+',
      'osd[ _-]+(journal|data|objectstore|crush|mkfs|memory)[ _-]*[a-z_ -]*',
      'filestore[ _-]+[a-z_ -]+',
      'bluestore[ _-]+[a-z_ -]+',
      'rgw[ _-]+[a-z_ -]+',
      'rbd[ _-]+(cache|default)[a-z_ -]*',
      'mon[ _-]+(data|allow|osd|pg|max|clock|warn|cluster)[a-z_ -]*',
      'ms[ _-]+(bind|type|die|nocrc)[a-z_ -]*',
      'cephx[a-z_ -]*',
      'keyring',
    ].join('|') +
    ')[ \\t]*=',
  'gim',
);

export const cephDetection: FormatDetection = {
  id: 'ceph',
  displayName: 'Ceph',
  fileNames: ['ceph.conf'],
  pathPatterns: [/(^|\/)etc\/ceph\/[^/]*\.conf$/],
  sniff(text) {
    // An INI file whose sections are not Ceph's is not a ceph.conf, whatever its keys.
    if (!HEADER.test(text)) return 0;
    const keys = new Set<string>();
    for (const m of text.matchAll(CEPH_KEYS)) {
      keys.add(m[1].toLowerCase().replace(/[ _-]+/g, '_'));
      if (keys.size >= 3) break;
    }
    if (!keys.size) return DAEMON_HEADER.test(text) ? 0.4 : 0.1;
    let score = 0.6 + 0.1 * (keys.size - 1);
    if (DAEMON_HEADER.test(text) || /^\[global\]/m.test(text)) score += 0.2;
    return Math.min(score, 1);
  },
};
