// PLACEHOLDER: being written (grammar + format folder); replace this whole file.
import type { FormatDefinition } from '../../service/format';
import type { FormatSchema } from '../../service/schema';
import { cephDetection } from './detect';
import schemaData from './schema.json';
export const ceph: FormatDefinition = {
  ...cephDetection,
  lineComments: ['#'],
  schema: schemaData as FormatSchema,
  tree: { sections: [], blocks: [], directives: [], comments: ['comment'] },
  symbol: () => undefined,
};
