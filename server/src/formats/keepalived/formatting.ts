/**
 * How keepalived.conf is formatted: one level per `{ }` block. Quoted strings, `$NAME=value` definitions (with their
 * continued lines), `include` paths and `~SEQ(...)` parameters are nodes' text and keep their blanks.
 */
import type { FormattingSpec } from '../../service/format';

export const keepalivedFormatting: FormattingSpec = {
  indentSectionBodies: true,
};
