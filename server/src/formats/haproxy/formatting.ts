/**
 * How haproxy.cfg is formatted: section headers at column 0, their bodies one level in. `.if` / `.elif` / `.else` /
 * `.endif` lines stay at the level of the lines around them (their content is not nested deeper): HAProxy reads them
 * anywhere, a `.if` may even enclose whole sections, so nesting them would fight the sections' own indentation. An
 * `.elif`, `.else` or `.endif` takes the indentation of its `.if`.
 */
import type { FormattingSpec } from '../../service/format';

export const haproxyFormatting: FormattingSpec = {
  indentSectionBodies: true,
};
