/** What completion knows about Ceph: every option in every section, matched loosely, basic options first. */
import type { CompletionContext, CompletionSpec } from '../../service/format';

const TEMPLATE = '<type>.<id> e.g. mon.foo|osd.123|client.smith';
const AUTH = ['cephx', 'none'];
let optionContexts: string[] | undefined;

export const cephCompletion: CompletionSpec = {
  fuzzy: true,
  separator: '=',
  keywordSuffix: ' = ',
  contexts(blocks, schema): CompletionContext {
    optionContexts ??= Object.keys(schema.contexts).filter((c) => c !== '(section)');
    // Outside any section a header comes first; inside one, options do.
    const sections = '(section)';
    return {
      paths: blocks.length ? [optionContexts, sections] : [sections, optionContexts],
      exclude: [TEMPLATE],
      include: ['client.rgw'],
    };
  },
  isBlock: (name) => /^(global|mon|osd|mds|mgr|client)(\..+)?$/.test(name),
  blockLabel: (keyword) => `[${keyword}]`,
  blockSnippet: (keyword) => `[${keyword}]\n$0`,
  booleans: ['true', 'false'],
  values: { auth_client_required: AUTH, auth_cluster_required: AUTH, auth_service_required: AUTH, auth_supported: AUTH },
  rank(info) {
    const level = /level=(\w+)/.exec(info.rangeDefault ?? '')?.[1];
    return level === 'basic' ? 0 : level === 'dev' ? 2 : 1;
  },
};
