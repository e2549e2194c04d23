/** What hover needs to know about HAProxy: signatures of balance algorithms, links into docs.haproxy.org. */
import type { HoverSpec } from '../../service/format';
import type { ConfigNode } from '../../service/model';
import { loadSchema, type KeywordInfo } from '../../service/schema';

/** Where the top-level sections are described in configuration.html. */
const SECTION_CHAPTERS: Record<string, string> = { global: '3', defaults: '4', frontend: '4', backend: '4', listen: '4' };

/**
 * The keyword's entry in docs.haproxy.org's configuration manual: anchors are `<chapter>-<keyword>` (spaces as %20),
 * with the chapter the census source names (`§4.1/4.2` is the matrix, then the reference: the last one counts; a
 * name after it, as in `§4.2 balance`, is the entry that describes the keyword).
 */
export function haproxyDocUrl(info: KeywordInfo): string {
  const source = info.source ?? '';
  const version = /debian:haproxy_(\d+\.\d+)/.exec(source)?.[1] ?? loadSchema('haproxy').versions[0];
  const base = `https://docs.haproxy.org/${version}/configuration.html`;
  const m = /§\s*([\d.]+(?:\/[\d.]+)*)(?:\s+(\S.*))?$/.exec(source);
  if (!m) {
    const chapter = SECTION_CHAPTERS[info.name];
    return chapter ? `${base}#${chapter}` : base;
  }
  const chapter = m[1].split('/').pop()!;
  return `${base}#${chapter}-${encodeURIComponent(m[2]?.trim() ?? info.name)}`;
}

export const haproxyHover: HoverSpec = {
  signature(info: KeywordInfo, node: ConfigNode): string {
    // A balance algorithm's entry describes its argument as 'algorithm': show it as written after its directive.
    if (info.args === 'algorithm') return `${node.keyword} ${info.name}`;
    return info.args ? `${info.name} ${info.args}` : info.name;
  },
  docUrl: haproxyDocUrl,
};
