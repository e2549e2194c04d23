// PLACEHOLDER: being written (grammar + format folder); replace this whole file.
import type { FormatDetection } from '../../service/format';
export const drbdDetection: FormatDetection = { id: 'drbd', displayName: 'drbd', fileNames: [], pathPatterns: [], sniff: () => 0 };
