/** What hover needs to know about DRBD: its flat schema contexts, `;`-terminated signatures, the drbd.conf(5) link. */
import type { HoverSpec } from '../../service/format';
import type { ConfigNode } from '../../service/model';
import type { KeywordInfo } from '../../service/schema';

export const DRBD_MAN = 'https://linbit.com/man/v9/?linbitman=drbd.conf.5.html';

export const drbdHover: HoverSpec = {
  // The schema lists every block keyword under '(section)' and a statement under its innermost block (`net`, `on`).
  contextPath(parents: readonly ConfigNode[], node: ConfigNode): string {
    return node.kind === 'block' || !parents.length ? '(section)' : parents[parents.length - 1].keyword;
  },
  signature(info: KeywordInfo, node: ConfigNode): string {
    const text = info.args ? `${info.name} ${info.args}` : info.name;
    return node.kind === 'block' && node.keyword === info.name ? `${text} { … }` : `${text};`;
  },
  docUrl: () => DRBD_MAN,
};
