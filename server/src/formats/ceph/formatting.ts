/**
 * How ceph.conf is formatted: `[section]` headers at column 0 (ceph-conf rejects an indented one), and the
 * `name = value` lines under them one level in, as most ceph.conf files and Ceph's own examples write them (the
 * `indentSectionBodies` option turns that off). Option names and values are kept as written.
 */
import type { FormattingSpec } from '../../service/format';

export const cephFormatting: FormattingSpec = {
  indentSectionBodies: true,
};
