/**
 * How DRBD configuration is formatted: one level per `{ }` block; the body of a `skip { }` block is indented but its
 * words are kept as written (drbdadm ignores them, and the model does not hold them).
 */
import type { FormattingSpec } from '../../service/format';

export const drbdFormatting: FormattingSpec = {
  indentSectionBodies: true,
};
