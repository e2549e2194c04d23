import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { InsertTextFormat, type CompletionItem, type CompletionList, type Range, type TextEdit } from 'vscode-languageserver-types';
import { completion } from '../../../server/src/service';
import { fuzzyScore, normalise } from '../../../server/src/service/features/completion';
import { open, sharedDir } from '../../helpers';

/** Completion at the '|' of `text`. */
async function at(format: string, text: string, triggerCharacter?: string): Promise<CompletionList> {
  const offset = text.indexOf('|');
  assert.ok(offset >= 0, 'the text marks the cursor with |');
  const doc = await open(format, text.slice(0, offset) + text.slice(offset + 1));
  try {
    return completion(doc, doc.textDocument.positionAt(offset), { triggerCharacter });
  } finally {
    doc.dispose();
  }
}

const labels = (l: CompletionList) => l.items.map((i) => i.label);
const item = (l: CompletionList, label: string): CompletionItem => {
  const hit = l.items.find((i) => i.label === label);
  assert.ok(hit, `no item '${label}' in ${labels(l).slice(0, 40).join(', ')}`);
  return hit;
};
const edit = (i: CompletionItem) => i.textEdit as TextEdit;
const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

describe('completion: HAProxy', () => {
  const CFG = `global
    daemon

frontend www
    bind :80
    acl is_api path_beg /api
    acl is_admin src 10.0.0.0/8
    use_backend api if is_api
    |

backend app
    server web1 10.0.0.1:80 check

listen api
    bind :81
`;

  it('offers the keywords of the section, section keywords after them, and not those of other sections', async () => {
    const l = await at('haproxy', CFG);
    const names = labels(l);
    for (const k of ['bind', 'use_backend', 'default_backend', 'acl', 'option', 'timeout', 'backend']) assert.ok(names.includes(k), k);
    // `balance` and `server` are backend keywords; `daemon` a global one.
    for (const k of ['balance', 'server', 'daemon']) assert.ok(!names.includes(k), k);
    assert.ok(item(l, 'bind').sortText! < item(l, 'backend').sortText!, 'section keywords sort after the section\'s own');
  });

  it('offers backend keywords in a backend and global ones in global', async () => {
    const backend = labels(await at('haproxy', 'backend app\n    |\n'));
    assert.ok(backend.includes('balance') && backend.includes('server') && !backend.includes('bind') && !backend.includes('daemon'));
    const global = labels(await at('haproxy', 'global\n    |\n'));
    assert.ok(global.includes('daemon') && global.includes('maxconn') && !global.includes('balance'));
  });

  it('offers section keywords with the snippets at the top, a generic form without one', async () => {
    const l = await at('haproxy', '|');
    assert.deepEqual(labels(l).sort().slice(0, 4), ['acme', 'backend', 'cache', 'crt-store']);
    const backend = item(l, 'backend');
    assert.equal(backend.insertTextFormat, InsertTextFormat.Snippet);
    assert.match(edit(backend).newText, /^backend \$\{1:app\}\n {4}mode \$\{2\|http,tcp\|\}/);
    assert.equal(edit(item(l, 'cache')).newText, 'cache ${1:name}\n$0');
    assert.equal(edit(item(l, 'traces')).newText, 'traces\n$0');
  });

  it('replaces the partly typed word', async () => {
    const l = await at('haproxy', 'backend app\n    bal|\n');
    assert.deepEqual(edit(item(l, 'balance')).range, range(1, 4, 1, 7));
  });

  it('offers balance algorithms, modes, option names and timeout kinds', async () => {
    assert.deepEqual(labels(await at('haproxy', 'backend app\n    balance |\n')).sort(), [
      'first', 'hash', 'leastconn', 'log-hash', 'random', 'rdp-cookie', 'roundrobin', 'source', 'static-rr', 'sticky', 'uri', 'url_param',
    ]);
    const mode = await at('haproxy', 'backend app\n    mode ht|\n');
    assert.deepEqual(labels(mode), ['tcp', 'http', 'log', 'spop']);
    assert.deepEqual(edit(item(mode, 'http')).range, range(1, 9, 1, 11));
    const option = labels(await at('haproxy', 'backend app\n    option |\n'));
    assert.ok(option.includes('httpchk') && option.includes('redispatch') && !option.includes('httplog'), 'backend options only');
    assert.ok(labels(await at('haproxy', 'frontend f\n    no option |\n')).includes('httplog'), "after 'no option'");
    const timeout = labels(await at('haproxy', 'backend app\n    timeout |\n'));
    assert.ok(timeout.includes('connect') && timeout.includes('server') && !timeout.includes('client'));
    // The first word of a multi-word keyword is offered once, at the keyword position.
    const kw = await at('haproxy', 'defaults\n    tim|\n');
    assert.equal(labels(kw).filter((n) => n === 'timeout').length, 1);
    assert.equal(edit(item(kw, 'timeout')).newText, 'timeout ');
  });

  it('offers backends after use_backend and default_backend', async () => {
    const l = await at('haproxy', CFG.replace('    |', '    default_backend |'));
    assert.deepEqual(labels(l), ['app', 'api']);
    assert.equal(item(l, 'app').detail, 'backend');
    assert.deepEqual(labels(await at('haproxy', CFG.replace('    |', '    use_backend a|'))), ['app', 'api']);
  });

  it('offers the ACLs of the same proxy after if/unless, also after !', async () => {
    assert.deepEqual(labels(await at('haproxy', CFG.replace('    |', '    http-request deny if |'))), ['is_api', 'is_admin']);
    const neg = await at('haproxy', CFG.replace('    |', '    use_backend app unless is_api !is_|'));
    assert.deepEqual(labels(neg), ['is_api', 'is_admin']);
    assert.deepEqual(edit(item(neg, 'is_admin')).range, range(8, 35, 8, 38));
    // Not the ACLs of another proxy.
    assert.deepEqual(labels(await at('haproxy', 'frontend a\n    acl x src 1.2.3.4\nfrontend b\n    http-request deny if |\n')), []);
  });

  it('completes mid-line: only what is before the cursor counts', async () => {
    const l = await at('haproxy', 'backend app\n    balance |roundrobin\n');
    assert.ok(labels(l).includes('leastconn'));
    const kw = await at('haproxy', 'backend app\n    ba| roundrobin\n');
    assert.deepEqual(edit(item(kw, 'balance')).range, range(1, 4, 1, 6));
  });

  it('offers nothing in a comment, and nothing when a space is only indentation', async () => {
    assert.deepEqual(labels(await at('haproxy', 'backend app\n    # bal|\n')), []);
    assert.deepEqual(labels(await at('haproxy', 'backend app\n    |\n', ' ')), []);
    assert.ok(labels(await at('haproxy', 'backend app\n    balance |\n', ' ')).includes('roundrobin'));
  });
});

describe('completion: keepalived', () => {
  const CONF = `vrrp_script chk_haproxy {
    script "killall -0 haproxy"
}
vrrp_script chk_web {
    script "curl -f http://localhost/"
}
vrrp_instance VI_1 {
    |
}
virtual_server 10.0.0.10 80 {
    real_server 10.0.0.1 80 {
    }
}
`;

  it('offers the vrrp_instance keywords, with block snippets', async () => {
    const l = await at('keepalived', CONF);
    const names = labels(l);
    for (const k of ['state', 'priority', 'virtual_router_id', 'authentication', 'track_script']) assert.ok(names.includes(k), k);
    for (const k of ['lb_algo', 'router_id', 'vrrp_instance']) assert.ok(!names.includes(k), k);
    assert.equal(edit(item(l, 'authentication')).newText, 'authentication {\n\t$0\n}');
    assert.equal(item(l, 'track_script').insertTextFormat, InsertTextFormat.Snippet);
  });

  it('offers top-level blocks with the snippets file, and nested contexts by path', async () => {
    const top = await at('keepalived', 'vrrp|\n');
    assert.match(edit(item(top, 'vrrp_instance')).newText, /^vrrp_instance \$\{1:VI_1\} \{\n {4}state \$\{2\|MASTER,BACKUP\|\}/);
    assert.ok(labels(top).includes('global_defs') && !labels(top).includes('state'));
    const check = labels(await at('keepalived', CONF.replace('    |\n', '').replace('    real_server 10.0.0.1 80 {\n', '    real_server 10.0.0.1 80 {\n        HTTP_GET {\n            |\n        }\n')));
    assert.ok(check.includes('url') && check.includes('connect_timeout') && !check.includes('state'));
    const auth = labels(await at('keepalived', 'vrrp_instance VI_1 {\n    authentication {\n        |\n    }\n}\n'));
    assert.deepEqual(auth.sort(), ['auth_pass', 'auth_type']);
  });

  it('offers state, auth_type, lb_algo and lb_kind values', async () => {
    assert.deepEqual(labels(await at('keepalived', CONF.replace('    |', '    state |'))), ['MASTER', 'BACKUP']);
    assert.deepEqual(labels(await at('keepalived', 'vrrp_instance VI_1 {\n    authentication {\n        auth_type |\n    }\n}\n')).sort(), ['AH', 'PASS']);
    assert.deepEqual(labels(await at('keepalived', 'virtual_server 10.0.0.10 80 {\n    lb_kind |\n}\n')), ['NAT', 'DR', 'TUN']);
    assert.ok(labels(await at('keepalived', 'virtual_server 10.0.0.10 80 {\n    lb_algo w|\n}\n')).includes('wrr'));
  });

  it('offers vrrp_script names inside track_script, and after a condition', async () => {
    const l = await at('keepalived', CONF.replace('    |', '    track_script {\n        chk|\n    }'));
    assert.deepEqual(labels(l), ['chk_haproxy', 'chk_web']);
    assert.equal(item(l, 'chk_web').detail, 'vrrp_script');
    assert.deepEqual(edit(item(l, 'chk_web')).range, range(8, 8, 8, 11));
    assert.deepEqual(labels(await at('keepalived', CONF.replace('    |', '    @lb1 state |'))), ['MASTER', 'BACKUP']);
  });
});

describe('completion: corosync', () => {
  it('offers the keywords of totem, totem/interface and nodelist/node', async () => {
    const totem = await at('corosync', 'totem {\n    cl|\n}\n');
    assert.ok(labels(totem).includes('cluster_name') && labels(totem).includes('transport') && !labels(totem).includes('provider'));
    assert.equal(edit(item(totem, 'cluster_name')).newText, 'cluster_name: ');
    assert.deepEqual(edit(item(totem, 'cluster_name')).range, range(1, 4, 1, 6));
    assert.equal(edit(item(totem, 'interface')).newText, 'interface {\n\t$0\n}');
    const iface = labels(await at('corosync', 'totem {\n    interface {\n        |\n    }\n}\n'));
    assert.ok(iface.includes('linknumber') && !iface.includes('transport'));
    const node = labels(await at('corosync', 'nodelist {\n    node {\n        |\n    }\n}\n'));
    assert.deepEqual(node.sort(), ['name', 'nodeid', 'quorum_votes', 'ringX_addr']);
  });

  it('offers the top-level sections with snippets', async () => {
    const l = await at('corosync', '|');
    assert.deepEqual(labels(l).sort(), ['logging', 'nodelist', 'nozzle', 'pload', 'quorum', 'resources', 'system', 'totem', 'uidgid']);
    assert.match(edit(item(l, 'totem')).newText, /^totem \{\n {4}version: 2/);
  });

  it('offers transport values and booleans after the colon', async () => {
    assert.deepEqual(labels(await at('corosync', 'totem {\n    transport: |\n}\n')), ['knet', 'udp', 'udpu']);
    // corosync -t 3.1.7 takes yes/no and on/off for the to_* keys
    const l = await at('corosync', 'logging {\n    to_syslog: y|\n}\n');
    assert.deepEqual(labels(l), ['yes', 'no', 'on', 'off']);
    assert.deepEqual(edit(item(l, 'yes')).range, range(1, 15, 1, 16));
    // values from the typed schema facts
    assert.ok(labels(await at('corosync', 'logging {\n    syslog_facility: |\n}\n')).includes('local0'));
    assert.deepEqual(labels(await at('corosync', 'system {\n    qb_ipc_type: |\n}\n')), ['native', 'shm', 'socket']);
  });
});

describe('completion: DRBD', () => {
  const RES = `resource r0 {
    |
}
resource r1 {
    on alice {
        address 10.0.0.1:7789;
    }
}
`;

  it('offers sections and volume settings in a resource, the net options in net', async () => {
    const l = await at('drbd', RES);
    const names = labels(l);
    for (const k of ['net', 'disk', 'on', 'volume', 'device', 'meta-disk', 'handlers', 'startup', 'options']) assert.ok(names.includes(k), k);
    for (const k of ['resource', 'global', 'protocol', 'after-sb-0pri']) assert.ok(!names.includes(k), k);
    assert.match(edit(item(l, 'on')).newText, /^on \$\{1:host\} \{\n {4}node-id/);
    assert.equal(edit(item(l, 'handlers')).newText, 'handlers {\n\t$0\n}');
    const net = labels(await at('drbd', 'resource r0 {\n    net {\n        pro|\n    }\n}\n'));
    assert.ok(net.includes('protocol') && net.includes('after-sb-0pri') && !net.includes('al-extents'));
    const top = labels(await at('drbd', '|'));
    assert.deepEqual(top.sort(), ['common', 'global', 'resource']);
  });

  it('offers protocol and enum option values, yes/no for booleans', async () => {
    assert.deepEqual(labels(await at('drbd', 'resource r0 {\n    net {\n        protocol |\n    }\n}\n')), ['A', 'B', 'C']);
    // After a ';' on the same line: a new statement.
    assert.deepEqual(labels(await at('drbd', 'resource r0 {\n    net { protocol C; fencing |\n    }\n}\n')), ['dont-care', 'resource-only', 'resource-and-stonith']);
    assert.deepEqual(labels(await at('drbd', 'resource r0 {\n    disk {\n        md-flushes |\n    }\n}\n')), ['yes', 'no']);
    // a number or a symbol (drbdsetup xml-help resource-options: quorum)
    assert.deepEqual(labels(await at('drbd', 'resource r0 {\n    options {\n        quorum |\n    }\n}\n')), ['off', 'majority', 'all']);
  });

  it('offers resource names after stacked-on-top-of', async () => {
    const l = await at('drbd', RES.replace('    |', '    stacked-on-top-of |'));
    assert.deepEqual(labels(l), ['r0', 'r1']);
    assert.equal(item(l, 'r1').detail, 'resource');
  });
});

describe('completion: Ceph', () => {
  it('finds options whatever the separator, in the spelling the file uses', async () => {
    const spaced = await at('ceph', '[global]\nmon host = 10.0.0.1\nosd pool def|\n');
    assert.equal(spaced.isIncomplete, true);
    const size = item(spaced, 'osd pool default size');
    assert.equal(edit(size).newText, 'osd pool default size = ');
    assert.deepEqual(edit(size).range, range(2, 0, 2, 12));
    assert.equal(size.filterText, 'osd pool def');
    const under = await at('ceph', '[global]\nosd_pool_def|\n');
    assert.ok(labels(under).includes('osd_pool_default_size'));
    assert.ok(labels(await at('ceph', '[osd]\nosd-pool-default-s|\n')).includes('osd_pool_default_size'));
    // No typed separator: the file's own style.
    assert.ok(labels(await at('ceph', '[global]\nmon host = 10.0.0.1\npublic network = 10.0.0.0/24\nosd|\n')).includes('osd pool default size'));
    // Word prefixes in order.
    assert.ok(labels(await at('ceph', '[global]\nosd_def_size|\n')).includes('osd_pool_default_size'));
  });

  it('offers every option in any section, basic ones first', async () => {
    const l = await at('ceph', '[client.rgw.a]\n|\n');
    assert.ok(l.items.length > 1500, String(l.items.length));
    assert.ok(labels(l).includes('rgw_frontends') && labels(l).includes('osd_memory_target') && labels(l).includes('mon_host'));
    const basic = item(l, 'mon_host').sortText!;
    const advanced = item(l, 'osd_pool_default_size').sortText!;
    assert.ok(basic < advanced, `${basic} < ${advanced}`);
  });

  it('offers section headers with their snippets', async () => {
    const l = await at('ceph', '[gl|\n');
    assert.deepEqual(labels(l), ['[global]']);
    assert.match(edit(item(l, '[global]')).newText, /^\[global\]\nfsid = /);
    const top = labels(await at('ceph', '|'));
    assert.ok(top.includes('[osd]') && top.includes('[client.rgw]') && top.includes('[mon]'));
  });

  it('offers booleans, enums and auth methods after the =', async () => {
    assert.deepEqual(labels(await at('ceph', '[global]\nauth cluster required = |\n')), ['cephx', 'none']);
    assert.deepEqual(labels(await at('ceph', '[global]\nauth_client_required = c|\n')), ['cephx', 'none']);
    assert.deepEqual(labels(await at('ceph', '[global]\nlog to syslog = |\n')), ['true', 'false']);
    assert.deepEqual(labels(await at('ceph', '[osd]\nosd objectstore = |\n')), ['bluestore', 'filestore', 'memstore', 'kstore', 'seastore', 'cyanstore']);
  });

  it('matches loosely', () => {
    assert.equal(normalise('osd pool-default_size'), 'osd_pool_default_size');
    assert.equal(fuzzyScore('osd_pool_default_size', 'osd_pool_def'), 0);
    assert.equal(fuzzyScore('osd_pool_default_size', 'osd_def_size'), 1);
    assert.equal(fuzzyScore('osd_pool_default_size', 'default_size'), 1);
    assert.equal(fuzzyScore('osd_pool_default_size', 'mon'), -1);
  });
});

// Its speed is measured by `npm run bench` (target: 5 ms), not asserted here.
describe('completion on the 24,000-line HAProxy file', () => {
  const file = sharedDir() && path.join(sharedDir()!, 'bench', 'large-valid.cfg');
  it('offers the backend keywords in the last backend', { skip: !file || !fs.existsSync(file) ? 'no ../shared/bench' : false }, async () => {
    const text = fs.readFileSync(file!, 'utf8');
    const doc = await open('haproxy', text);
    const at = text.lastIndexOf('\nbackend ');
    const line = doc.textDocument.positionAt(at + 1).line + 1;
    const l = completion(doc, { line, character: 4 });
    assert.ok(l.items.some((it) => it.label === 'balance'));
    assert.ok(!l.items.some((it) => it.label === 'bind'), 'bind is not a backend keyword');
    doc.dispose();
  });
});
