/** What completion knows about DRBD: which sections nest where, enum options, resource names. */
import type { CompletionContext, CompletionSpec } from '../../service/format';

const TOP = ['global', 'common', 'resource'];
const NOT_IN_RESOURCE = ['global', 'common', 'resource', 'require-drbd-module-version-{eq,ne,gt,ge,lt,le}'];

export const drbdCompletion: CompletionSpec = {
  statementBreaks: '{};',
  contexts(blocks, schema): CompletionContext {
    const inner = blocks[blocks.length - 1]?.keyword;
    switch (inner) {
      case undefined:
        return { paths: ['(section)'], only: TOP };
      case 'resource':
      case 'common':
        // Sections, and the volume settings a resource may give directly (its implicit volume 0).
        return { paths: ['(section)', 'volume'], exclude: NOT_IN_RESOURCE };
      case 'on':
      case 'floating':
      case 'stacked-on-top-of':
        return { paths: ['on', 'volume'], include: ['volume'] };
      case 'disk':
        return { paths: [['disk', 'disk(peer-device-options)']] };
      case 'connection':
        return { paths: ['connection'], include: ['path', 'net'] };
      default:
        return { paths: schema.contexts[inner] ? [inner] : [] };
    }
  },
  blockSnippet: (keyword, name) => (name ? `${keyword} \${1:${name}} {\n\t$0\n}` : `${keyword} {\n\t$0\n}`),
  booleans: ['yes', 'no'],
  references: [{ what: 'resource', afterKeyword: { keywords: ['stacked-on-top-of', 'resync-after'], arg: 0 }, definedBy: ['resource'], scope: 'top' }],
};
