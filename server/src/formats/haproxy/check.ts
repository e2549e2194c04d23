/** What the schema diagnostics need to know about HAProxy: value contexts, action lists, deprecation advice. */
import type { CheckSpec } from '../../service/format';
import { nodeLabel, type ConfigNode } from '../../service/model';
import { haproxySpec } from './values';

const ACTIONS = ['http-request', 'http-response', 'http-after-response', 'tcp-request connection', 'tcp-request content', 'tcp-request session', 'tcp-response content', 'quic-initial'];

const PROXIES = new Set(['defaults', 'frontend', 'backend', 'listen']);

export const haproxyCheck: CheckSpec = {
  // Values: the section keyword is the context (frontend, backend, ...): the default path, as sections do not nest.
  values: { spec: haproxySpec },
  // `haproxy -c` rejects a file with an unknown keyword or a keyword in the wrong section.
  unknown: 'error',
  // Between proxy sections a misplaced keyword is only ignored, with a warning ("'bind' ignored because backend
  // 'app' has no frontend capability", haproxy 2.6.12 -c); in any other section it is an unknown keyword.
  misplaced: (parents, places) =>
    parents.length && PROXIES.has(parents[0].keyword) && places.some((p) => PROXIES.has(p)) ? 'warning' : 'error',
  types: ['section', 'directive'],
  valueContexts: ['backend/balance', 'bind', 'server', 'crt-store/load'],
  actions: Object.fromEntries(ACTIONS.map((a) => [a, `action:${a}`])),
  // Actions registered by Lua scripts.
  actionPattern: /^lua\./,
  // The replacements of deprecated keywords are schema data (`replacement`, from configuration.txt 3.2).
  placeName: (parents: readonly ConfigNode[]) => (parents.length ? `'${nodeLabel(parents[0])}'` : 'the top level'),
  product: 'HAProxy',
  // `.if version_atleast(3.1)` ... `.endif`: which branch HAProxy reads is not known here.
  conditional: (node) => (node.type !== 'conditional' ? undefined : node.keyword === '.if' ? 'open' : node.keyword === '.endif' ? 'close' : undefined),
};
