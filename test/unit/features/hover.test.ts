import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { hover } from '../../../server/src/service/features/hover';
import { open } from '../../helpers';

/** The hover's Markdown at the first occurrence of `needle` in `text` (offset `at` into it), or null. */
async function hoverAt(format: string, text: string, needle: string, at = 1): Promise<{ value: string; range: unknown } | null> {
  const doc = await open(format, text);
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const h = hover(doc, doc.textDocument.positionAt(offset + at));
  if (!h) return null;
  return { value: (h.contents as { value: string }).value, range: h.range };
}

const HAPROXY = `global
    daemon
frontend www
    bind :443 ssl crt /etc/haproxy/site.pem
    default_backend app
backend app
    balance roundrobin
    option httpchk GET /health
    server web1 10.0.0.1:80 check
`;

describe('hover', () => {
  it('haproxy: a directive shows its signatures, contexts, default, the notes and the docs link', async () => {
    const h = await hoverAt('haproxy', HAPROXY, 'balance');
    assert.ok(h);
    assert.deepEqual(h.range, { start: { line: 6, character: 4 }, end: { line: 6, character: 11 } });
    const v = h.value;
    assert.ok(v.startsWith('**`balance`** · HAProxy directive'), v);
    assert.ok(v.includes('```haproxy\nbalance <algorithm> [ <arguments> ]\nbalance url_param <param> [check_post]\n```'), v);
    assert.ok(v.includes('In: `backend`, `defaults`, `listen`'), v);
    assert.ok(v.includes('Default: `2`'), v);
    assert.ok(v.includes('---\n**From the course notes**'), v);
    assert.ok(v.includes('**Load-balancing algorithms: static vs dynamic**: Static algorithms: round-robin'), v);
    assert.ok(v.endsWith('[HAProxy documentation](https://docs.haproxy.org/3.2/configuration.html#4.2-balance)'), v);
  });

  it('haproxy: a multi-word keyword, from either word', async () => {
    for (const word of ['option', 'httpchk']) {
      const h = await hoverAt('haproxy', HAPROXY, word);
      assert.ok(h, word);
      assert.deepEqual(h.range, { start: { line: 7, character: 4 }, end: { line: 7, character: 18 } });
      assert.ok(h.value.startsWith('**`option httpchk`** · HAProxy directive'), h.value);
      assert.ok(h.value.includes('\noption httpchk <method> <uri>\n'), h.value);
      assert.ok(h.value.includes('**Health checks**'), h.value);
      assert.ok(h.value.includes('(https://docs.haproxy.org/3.2/configuration.html#4.2-option%20httpchk)'), h.value);
    }
  });

  it('haproxy: values a directive takes (algorithm, bind and server options)', async () => {
    const rr = await hoverAt('haproxy', HAPROXY, 'roundrobin');
    assert.ok(rr);
    assert.ok(rr.value.startsWith('**`roundrobin`** · HAProxy value of `balance`'), rr.value);
    assert.ok(rr.value.includes('```haproxy\nbalance roundrobin\n```'), rr.value);
    assert.ok(rr.value.includes('**Load-balancing algorithms: static vs dynamic**'), rr.value);
    const ssl = await hoverAt('haproxy', HAPROXY, 'ssl');
    assert.ok(ssl?.value.includes('**HAProxy and SSL**'), ssl?.value);
    assert.ok(ssl?.value.includes('#5.1-ssl)'), ssl?.value);
    const check = await hoverAt('haproxy', HAPROXY, 'check');
    assert.ok(check?.value.includes('#5.2-check)'), check?.value);
    // A section keyword, with the proxies chapter.
    const fe = await hoverAt('haproxy', HAPROXY, 'frontend');
    assert.ok(fe?.value.includes('In: the top level'), fe?.value);
    assert.ok(fe?.value.includes('`frontend` opens a section'), fe?.value);
    assert.ok(fe?.value.includes('**HAProxy frontend and backend**'), fe?.value);
    assert.ok(fe?.value.endsWith('(https://docs.haproxy.org/3.2/configuration.html#4)'), fe?.value);
  });

  it('no hover on names, values, unknown keywords or blank space', async () => {
    assert.equal(await hoverAt('haproxy', HAPROXY, 'web1'), null);
    assert.equal(await hoverAt('haproxy', HAPROXY, '10.0.0.1'), null);
    assert.equal(await hoverAt('haproxy', HAPROXY, 'app\n', 1), null);
    assert.equal(await hoverAt('haproxy', 'frontend www\n    frobnicate 1\n', 'frobnicate'), null);
    assert.equal(await hoverAt('haproxy', 'frontend www\n\n    bind :80\n', '\n\n', 1), null);
  });

  const KEEPALIVED = `vrrp_instance VI_1 {
    state MASTER
    priority 100
    virtual_router_id 51
    virtual_ipaddress {
        10.0.0.100
    }
}
virtual_server 10.0.0.100 80 {
    lb_kind NAT
    real_server 10.0.0.2 80 {
        weight 1
    }
}
`;

  it('keepalived: range, context path, block signature and notes', async () => {
    const p = await hoverAt('keepalived', KEEPALIVED, 'priority');
    assert.ok(p);
    assert.ok(p.value.startsWith('**`priority`** · keepalived directive\n\n```keepalived\npriority 100\n```\n\nIn: `vrrp_instance`  \nType: integer, 1 to 255'), p.value);
    assert.ok(p.value.includes('**keepalived and VRRP**: keepalived is a kind of layer 4 load balancer'), p.value);
    assert.ok(p.value.endsWith('[keepalived documentation](https://github.com/acassen/keepalived/blob/master/doc/man/man5/keepalived.conf.5.in)'), p.value);
    const rs = await hoverAt('keepalived', KEEPALIVED, 'real_server');
    assert.ok(rs?.value.includes('```keepalived\nreal_server <IPADDR> [<PORT>] { … }\n```'), rs?.value);
    assert.ok(rs?.value.includes('In: `virtual_server`'), rs?.value);
    assert.ok(rs?.value.includes('**IPVS (IP Virtual Server)**'), rs?.value);
    const kind = await hoverAt('keepalived', KEEPALIVED, 'lb_kind');
    assert.ok(kind?.value.includes('**IPVS modes: NAT, tunneling, direct routing**: Via NAT'), kind?.value);
    // The addresses inside virtual_ipaddress are not keywords.
    assert.equal(await hoverAt('keepalived', KEEPALIVED, '10.0.0.100\n'), null);
  });

  it('corosync: key signature, default, quorum notes and the votequorum(5) link', async () => {
    const text = 'totem {\n    version: 2\n    token: 3000\n}\nquorum {\n    provider: corosync_votequorum\n    two_node: 1\n}\n';
    const token = await hoverAt('corosync', text, 'token');
    assert.ok(token);
    assert.ok(token.value.includes('```corosync\ntoken: uint32\n```\n\nIn: `totem`  \nType: integer, 0 to 4294967295  \nDefault: `3000`'), token.value);
    assert.ok(token.value.includes('**The Totem Single Ring Protocol**'), token.value);
    assert.ok(token.value.endsWith('(https://manpages.debian.org/bookworm/corosync/corosync.conf.5.en.html)'), token.value);
    const two = await hoverAt('corosync', text, 'two_node');
    assert.ok(two?.value.includes('**Quorum**: Quorum is the minimum number of votes'), two?.value);
    assert.ok(two?.value.endsWith('(https://manpages.debian.org/bookworm/corosync/votequorum.5.en.html)'), two?.value);
    const totem = await hoverAt('corosync', text, 'totem');
    assert.ok(totem?.value.includes('```corosync\ntotem { … }\n```'), totem?.value);
    assert.ok(totem?.value.includes('**High availability (HA)**'), totem?.value);
  });

  it('drbd: statements in their block, protocols and fencing from the notes', async () => {
    const text = 'resource r0 {\n  net {\n    protocol C;\n    fencing resource-only;\n  }\n  on alice {\n    address 10.0.0.1:7788;\n  }\n}\n';
    const proto = await hoverAt('drbd', text, 'protocol');
    assert.ok(proto);
    assert.ok(proto.value.startsWith('**`protocol`** · DRBD directive\n\n```drbd\nprotocol name [handler{A|B|C}];\n```\n\nIn: `net`'), proto.value);
    assert.ok(proto.value.includes('Type: one of `A`, `B`, `C`'), proto.value);
    // units and defaults from drbdsetup xml-help
    const timeout = await hoverAt('drbd', 'resource r0 {\n  net {\n    timeout 60;\n  }\n}\n', 'timeout');
    assert.ok(timeout?.value.includes('Type: duration, 1 to 600, in 1/10 seconds  \nDefault: `60`'), timeout?.value);
    assert.ok(proto.value.includes('**DRBD replication protocols A, B, C**: Protocol A is asynchronous'), proto.value);
    assert.ok(proto.value.endsWith('[DRBD documentation](https://linbit.com/man/v9/?linbitman=drbd.conf.5.html)'), proto.value);
    const fencing = await hoverAt('drbd', text, 'fencing');
    assert.ok(fencing?.value.includes('**Fencing (STONITH)**'), fencing?.value);
    const address = await hoverAt('drbd', text, 'address');
    assert.ok(address?.value.includes('In: `on`'), address?.value);
    assert.ok(address?.value.includes('port 7788'), address?.value);
    const net = await hoverAt('drbd', text, 'net');
    assert.ok(net?.value.includes('```drbd\nnet { … }\n```'), net?.value);
    assert.ok(!net?.value.includes('In:'), net?.value);
  });

  it('ceph: option names in any spelling, type, level, default, and section headers', async () => {
    const text = '[global]\nfsid = 6e0f8d3c-1d2b-4c5e-9f00-0123456789ab\nmon host = 10.0.0.1\nosd-pool-default-size = 3\n[osd.3]\npublic_network = 10.0.0.0/24\n';
    const size = await hoverAt('ceph', text, 'osd-pool-default-size', 5);
    assert.ok(size);
    assert.deepEqual(size.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 21 } });
    assert.ok(
      size.value.startsWith(
        '**`osd_pool_default_size`** · Ceph directive\n\n```ceph\nosd_pool_default_size = <uint>\n```\n\nType: integer, 0 to 10  \nDefault: `3`  \nLevel: advanced  \nRead by: mon',
      ),
      size.value,
    );
    assert.ok(size.value.includes('**Placement groups and pools**'), size.value);
    assert.ok(size.value.endsWith('(https://docs.ceph.com/en/quincy/rados/configuration/pool-pg-config-ref/#confval-osd_pool_default_size)'), size.value);
    const mon = await hoverAt('ceph', text, 'mon host', 5);
    assert.ok(mon?.value.startsWith('**`mon_host`**'), mon?.value);
    assert.ok(mon?.value.includes('**Inside a Ceph cluster: MON, MGR, OSD, RGW, MDS**'), mon?.value);
    // Options are not scoped by section: no 'In:' line.
    assert.ok(!mon?.value.includes('In:'), mon?.value);
    const pub = await hoverAt('ceph', text, 'public_network');
    assert.ok(pub?.value.includes('**Ceph public network and cluster network**'), pub?.value);
    assert.ok(pub?.value.includes('#confval-public_network)'), pub?.value);
    const osd = await hoverAt('ceph', text, 'osd.3');
    assert.ok(osd?.value.startsWith('**`osd`** · Ceph section\n\n```ceph\n[osd]\n```'), osd?.value);
    assert.ok(osd?.value.endsWith('(https://docs.ceph.com/en/quincy/rados/configuration/ceph-conf/#configuration-sections)'), osd?.value);
    assert.equal(await hoverAt('ceph', text, '10.0.0.1'), null);
  });
});
