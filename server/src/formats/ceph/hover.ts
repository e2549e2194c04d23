/** What hover needs to know about Ceph: option names in any spelling, `[type.id]` sections, links into docs.ceph.com. */
import type { HoverSpec } from '../../service/format';
import type { ConfigNode } from '../../service/model';
import type { KeywordInfo } from '../../service/schema';

const DAEMON_TYPES = new Set(['mon', 'osd', 'mds', 'mgr', 'client']);

/** Ceph reads `mon host`, `mon_host` and `mon-host` alike; the schema spells option names with underscores. */
export function cephOptionName(name: string): string {
  return name.trim().replace(/[\s_-]+/g, '_');
}

const CEPH_DOCS = 'https://docs.ceph.com/en/quincy';

/** The configuration reference pages of the Ceph documentation, by option name; their anchors are `confval-<name>`. */
const REF_PAGES: [RegExp, string][] = [
  [/^(public|cluster)_(network|addr)$|^ms_/, 'rados/configuration/network-config-ref/'],
  [/^auth_|^cephx/, 'rados/configuration/auth-config-ref/'],
  [/^osd_pool_default_|^mon_max_pg_per_osd$|^osd_crush_chooseleaf_type$/, 'rados/configuration/pool-pg-config-ref/'],
  [/^mon_|^fsid$/, 'rados/configuration/mon-config-ref/'],
  [/^osd_/, 'rados/configuration/osd-config-ref/'],
  [/^mds_/, 'cephfs/mds-config-ref/'],
  [/^rgw_/, 'radosgw/config-ref/'],
  [/^rbd_/, 'rbd/rbd-config-ref/'],
];

export function cephDocUrl(info: KeywordInfo, context: string): string {
  const general = `${CEPH_DOCS}/rados/configuration/ceph-conf/`;
  if (context === '(section)') return `${general}#configuration-sections`;
  const page = REF_PAGES.find(([re]) => re.test(info.name));
  return page ? `${CEPH_DOCS}/${page[1]}#confval-${info.name}` : general;
}

export const cephHover: HoverSpec = {
  // Options are not scoped by section: any section may set any option. Section headers are listed under '(section)'.
  contextPath(_parents: readonly ConfigNode[], node: ConfigNode): string | undefined {
    return node.kind === 'section' ? '(section)' : undefined;
  },
  canonicalKeyword(keyword: string, node: ConfigNode): string {
    if (node.kind !== 'section') return cephOptionName(keyword);
    // `[osd.3]` is a section of type osd.
    const type = keyword.trim().split('.')[0];
    return DAEMON_TYPES.has(type) ? type : keyword.trim();
  },
  signature(info: KeywordInfo, node: ConfigNode): string {
    return node.kind === 'section' ? `[${info.name}]` : `${info.name} = <${info.args ?? 'value'}>`;
  },
  docUrl: cephDocUrl,
};
