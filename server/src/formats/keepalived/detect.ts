// PLACEHOLDER: being written (grammar + format folder); replace this whole file.
import type { FormatDetection } from '../../service/format';
export const keepalivedDetection: FormatDetection = { id: 'keepalived', displayName: 'keepalived', fileNames: [], pathPatterns: [], sniff: () => 0 };
