/** What hover needs to know about keepalived: block signatures, the keepalived.conf(5) link. */
import type { HoverSpec } from '../../service/format';
import type { ConfigNode } from '../../service/model';
import type { KeywordInfo } from '../../service/schema';

/** keepalived.conf(5), as the keepalived project publishes it (it has no per-keyword anchors). */
export const KEEPALIVED_MAN = 'https://github.com/acassen/keepalived/blob/master/doc/man/man5/keepalived.conf.5.in';

export const keepalivedHover: HoverSpec = {
  signature(info: KeywordInfo, node: ConfigNode): string {
    const text = info.args ? `${info.name} ${info.args}` : info.name;
    return node.kind === 'block' && node.keyword === info.name ? `${text} { … }` : text;
  },
  docUrl: () => KEEPALIVED_MAN,
};
