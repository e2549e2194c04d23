/**
 * How corosync.conf is formatted: one level per `name { }` section. A value after `key:` is kept as written, except
 * for blanks at its end: corosync trims them.
 */
import type { FormattingSpec } from '../../service/format';

export const corosyncFormatting: FormattingSpec = {
  indentSectionBodies: true,
  trimmedLastArgument: true,
};
