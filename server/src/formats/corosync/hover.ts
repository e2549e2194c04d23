/** What hover needs to know about corosync: `key: value` signatures, the corosync.conf(5) and votequorum(5) links. */
import type { HoverSpec } from '../../service/format';
import type { ConfigNode } from '../../service/model';
import type { KeywordInfo } from '../../service/schema';

/** The man pages as Debian publishes them: the quorum keys are in votequorum(5), the rest in corosync.conf(5). */
const MAN = 'https://manpages.debian.org/bookworm/corosync';

export const corosyncHover: HoverSpec = {
  signature(info: KeywordInfo, node: ConfigNode): string {
    if (node.kind === 'block' && node.keyword === info.name) return `${info.name} { … }`;
    return `${info.name}: ${info.args && !info.args.startsWith('section') ? info.args : '<value>'}`;
  },
  docUrl(info: KeywordInfo, context: string): string {
    const quorum = context === 'quorum' || context.startsWith('quorum/') || /votequorum/.test(info.source ?? '');
    return quorum ? `${MAN}/votequorum.5.en.html` : `${MAN}/corosync.conf.5.en.html`;
  },
};
