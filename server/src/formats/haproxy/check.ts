/** What the schema diagnostics need to know about HAProxy: value contexts, action lists, deprecation advice. */
import type { CheckSpec } from '../../service/format';
import { nodeLabel, type ConfigNode } from '../../service/model';
import { haproxySpec } from './values';

const ACTIONS = ['http-request', 'http-response', 'http-after-response', 'tcp-request connection', 'tcp-request content', 'tcp-request session', 'tcp-response content', 'quic-initial'];

const PROXIES = new Set(['defaults', 'frontend', 'backend', 'listen']);

/** Proxy keywords `haproxy -c` (2.6.12) rejects in a `defaults` section ("'bind' not allowed in 'defaults' section.",
 * "'stick-table' is not supported in 'defaults' section."). */
const NOT_IN_DEFAULTS = new Set([
  'bind', 'server', 'server-template', 'dispatch', 'use_backend', 'use-server', 'force-persist', 'ignore-persist', 'stick', 'stick on',
  'stick match', 'stick store-request', 'stick store-response', 'stick-table', 'monitor', 'monitor fail', 'id', 'description',
]);

/** Keywords a proxy without backend capability (a frontend) refuses outright rather than ignoring ("'server' not
 * allowed because frontend 'f' has no backend capability.", haproxy 2.6.12 -c; 'balance', 'cookie' and the like are
 * only ignored, with a warning). */
const NOT_IN_FRONTEND = new Set(['server', 'server-template', 'default-server']);

export const haproxyCheck: CheckSpec = {
  // Values: the section keyword is the context (frontend, backend, ...): the default path, as sections do not nest.
  // Section lines have values too (`frontend NAME [from DEFAULTS]`).
  values: { spec: haproxySpec, sections: true },
  // `haproxy -c` rejects a file with an unknown keyword or a keyword in the wrong section.
  unknown: 'error',
  // Between proxy sections a misplaced keyword is only ignored, with a warning ("'bind' ignored because backend
  // 'app' has no frontend capability", haproxy 2.6.12 -c); in any other section it is an unknown keyword.
  // But a `defaults` section refuses the keywords of a real proxy outright ("'server' not allowed in 'defaults'
  // section."): those haproxy 2.6.12 -c was seen to reject there.
  misplaced: (parents, places, keyword) =>
    parents.length &&
    PROXIES.has(parents[0].keyword) &&
    places.some((p) => PROXIES.has(p)) &&
    !(parents[0].keyword === 'defaults' && NOT_IN_DEFAULTS.has(keyword)) &&
    !(parents[0].keyword === 'frontend' && NOT_IN_FRONTEND.has(keyword))
      ? 'warning'
      : 'error',
  types: ['section', 'directive'],
  valueContexts: ['backend/balance', 'bind', 'server', 'crt-store/load'],
  actions: Object.fromEntries(ACTIONS.map((a) => [a, `action:${a}`])),
  // Actions registered by Lua scripts.
  actionPattern: /^lua\./,
  // The replacements of deprecated keywords are schema data (`replacement`, from configuration.txt 3.2).
  placeName: (parents: readonly ConfigNode[]) => (parents.length ? `'${nodeLabel(parents[0])}'` : 'the top level'),
  product: 'HAProxy',
};
