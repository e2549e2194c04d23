/** How a keepalived configuration is recognised: keepalived.conf (and its samples), /etc/keepalived/, content. */
import type { FormatDetection } from '../../service/format';

/** Blocks only keepalived has, opened on their line (a `{` on the next line is allowed too). */
const STRONG_BLOCK =
  /^[ \t]*(@\^?\S+[ \t]+)?(vrrp_instance|vrrp_sync_group|vrrp_script|vrrp_track_process|vrrp_track_file|virtual_server_group|global_defs|static_ipaddress|static_routes|static_rules|linkbeat_interfaces|garp_group|bfd_instance)\b[^\n{]*(\{|$)/m;
const VIRTUAL_SERVER = /^[ \t]*(@\^?\S+[ \t]+)?virtual_server[ \t]+(\S+[ \t]+\d+|fwmark[ \t]+\d+|group[ \t]+\S+)[ \t]*(\{|$)/m;
const REAL_SERVER = /^[ \t]*(@\^?\S+[ \t]+)?real_server[ \t]+\S+([ \t]+\d+)?[ \t]*(\{|$)/m;
/** Directives with keepalived's own names, written `keyword value` (no ':' or '='). */
const DIRECTIVE =
  /^[ \t]*(virtual_router_id|advert_int|virtual_ipaddress|track_script|track_interface|unicast_peer|unicast_src_ip|auth_type|auth_pass|notification_email(_from)?|smtp_server|router_id|lvs_sched|lb_algo|lb_kind|lvs_method|delay_loop|persistence_timeout|connect_timeout|nb_get_retry|notify_master|notify_backup|enable_script_security|script_user|HTTP_GET|SSL_GET|TCP_CHECK|MISC_CHECK)\b(?![ \t]*[:=])/m;
/** `key: value`, `key = value`, `[section]` and `;`-terminated lines belong to the other formats. */
const FOREIGN = /^[ \t]*([\w.-]+[ \t]*[:=](?!=)|\[[^\]\n]+\][ \t]*$|[^#!\n]*;[ \t]*$)/gm;

export const keepalivedDetection: FormatDetection = {
  id: 'keepalived',
  displayName: 'keepalived',
  fileNames: ['keepalived.conf'],
  pathPatterns: [/\/etc\/keepalived\/(.+\/)?[^/]+\.conf$/, /(^|\/)keepalived\.conf\.[^/]+$/, /(^|\/)keepalived\/(.+\/)?[^/]+\.conf$/],
  sniff(text) {
    let score = 0;
    if (STRONG_BLOCK.test(text)) score += 0.6;
    const vs = VIRTUAL_SERVER.test(text);
    const rs = REAL_SERVER.test(text);
    if (vs && rs) score += 0.6;
    else if (vs || rs) score += 0.3;
    if (score === 0) return 0;
    if (DIRECTIVE.test(text)) score += 0.3;
    const foreign = text.match(FOREIGN)?.length ?? 0;
    if (foreign >= 3) score -= 0.5;
    else score -= 0.1 * foreign;
    return Math.max(0, Math.min(score, 1));
  },
};
