/** What the schema diagnostics need to know about keepalived. */
import type { CheckSpec } from '../../service/format';
import { keepalivedSpec } from './values';

export const keepalivedCheck: CheckSpec = {
  // Values: block headers carry values too (`virtual_server 10.0.0.1 80`).
  values: { spec: keepalivedSpec, sections: true },
  // `keepalived -t` reports "Unknown keyword" and fails the check.
  unknown: 'error',
  types: ['block', 'directive'],
  // `$NAME` alone on a line expands a definition: what it stands for is not known here.
  skip: (node) => node.keyword.startsWith('$'),
};
