// PLACEHOLDER: being written (grammar + format folder); replace this whole file.
import type { FormatDefinition } from '../../service/format';
import type { FormatSchema } from '../../service/schema';
import { haproxyDetection } from './detect';
import schemaData from './schema.json';
export const haproxy: FormatDefinition = {
  ...haproxyDetection,
  lineComments: ['#'],
  schema: schemaData as FormatSchema,
  tree: { sections: [], blocks: [], directives: [], comments: ['comment'] },
  symbol: () => undefined,
};
