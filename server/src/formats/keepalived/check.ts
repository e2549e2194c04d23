/** What the schema diagnostics need to know about keepalived. */
import type { CheckSpec } from '../../service/format';

export const keepalivedCheck: CheckSpec = {
  // `keepalived -t` reports "Unknown keyword" and fails the check.
  unknown: 'error',
  types: ['block', 'directive'],
  // `$NAME` alone on a line expands a definition: what it stands for is not known here.
  skip: (node) => node.keyword.startsWith('$'),
};
