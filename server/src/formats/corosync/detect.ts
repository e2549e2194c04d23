import type { FormatDetection } from '../../service/format';

const TOP_SECTIONS = /^\s*(totem|nodelist|quorum|logging|system|resources|nozzle|uidgid|pload)\s*\{/m;

export const corosyncDetection: FormatDetection = {
  id: 'corosync',
  displayName: 'corosync',
  fileNames: ['corosync.conf', 'corosync.conf.example', 'corosync.conf.example.udpu'],
  pathPatterns: [/\/etc\/corosync\/[^/]*\.conf$/],
  sniff(text) {
    if (!TOP_SECTIONS.test(text)) return 0;
    let score = 0.4;
    if (/^\s*totem\s*\{/m.test(text)) score += 0.3;
    if (/^\s*(version|cluster_name|transport|ring0_addr|nodeid|provider)\s*:/m.test(text)) score += 0.3;
    return Math.min(score, 1);
  },
};
