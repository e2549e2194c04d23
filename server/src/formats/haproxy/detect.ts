// PLACEHOLDER: being written (grammar + format folder); replace this whole file.
import type { FormatDetection } from '../../service/format';
export const haproxyDetection: FormatDetection = { id: 'haproxy', displayName: 'haproxy', fileNames: [], pathPatterns: [], sniff: () => 0 };
