// PLACEHOLDER: being written (grammar + format folder); replace this whole file.
import type { FormatDetection } from '../../service/format';
export const cephDetection: FormatDetection = { id: 'ceph', displayName: 'ceph', fileNames: [], pathPatterns: [], sniff: () => 0 };
