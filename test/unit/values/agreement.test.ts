/**
 * Checks added or retuned after measuring agreement with the real tools (test/agreement): each case is what
 * haproxy 2.6.12 -c, drbdadm 9.22 or ceph-conf 16.2 was seen to do with it.
 */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { diagnose } from '../../../server/src/service';
import { nativeTools } from '../../../server/src/native';
import { open, withoutSemantic } from '../../helpers';

async function brief(format: string, text: string, versions?: Record<string, string>): Promise<string[]> {
  const doc = await open(format, text);
  const out = withoutSemantic(doc, diagnose(doc, { versions })).map((d) => `${d.range.start.line + 1} ${d.severity === 1 ? 'E' : 'W'} ${d.code}`);
  doc.dispose();
  return out;
}

const PROXY = 'frontend f\n    bind :8080\n    default_backend b\n';

describe('agreement-driven checks', () => {
  it("haproxy: a proxy keyword in 'defaults' that haproxy refuses there is an error", async () => {
    assert.deepEqual(await brief('haproxy', `defaults\n    mode http\n    server s 127.0.0.1:80\n    bind :80\n${PROXY}backend b\n`), [
      '3 E schema.wrong-section',
      '4 E schema.wrong-section',
    ]);
    // Between proxies it is mostly a warning (haproxy ignores the keyword with a warning: 'balance' in a frontend),
    // but a frontend refuses 'server' outright ("'server' not allowed because frontend 'f' has no backend capability").
    assert.deepEqual(await brief('haproxy', `frontend f\n    bind :8080\n    balance roundrobin\n    default_backend b\nbackend b\n`), ['3 W schema.wrong-section']);
    assert.deepEqual(await brief('haproxy', `frontend f\n    bind :8080\n    server s 127.0.0.1:80\n    default_backend b\nbackend b\n`), ['3 E schema.wrong-section']);
  });

  it("haproxy: server 'rise' and 'fall' must be at least 1", async () => {
    assert.deepEqual(await brief('haproxy', `${PROXY}backend b\n    server s 127.0.0.1:80 check fall -1 rise 0\n    server t 127.0.0.1:81 check fall 3 rise 2\n`), [
      '5 E value.integer-range',
      '5 E value.integer-range',
    ]);
  });

  it('haproxy: a weight or server port of 2^32 or more wraps round in haproxy (accepted): no verdict', async () => {
    assert.deepEqual(await brief('haproxy', `${PROXY}backend b\n    server s 127.0.0.1:4294967296 weight 4294967296\n    server t 127.0.0.1:+4294967296\n    server u 127.0.0.1:70000 weight 300\n`), [
      '7 E value.port-range',
      '7 E value.integer-range',
    ]);
  });

  it('haproxy: the short dotted forms inet_aton reads are addresses, a fifth part is not', async () => {
    assert.deepEqual(await brief('haproxy', `${PROXY}backend b\n    server s 127.0.0:80\n    server t 10.1:80\n    server u 127.0.0.1.5:80\n    server v 10.256.1:80\n`), [
      '7 E value.address',
      '8 E value.address',
    ]);
  });

  it('drbd: an address with a part over 255 is a warning (drbdadm -c accepts it); a bad port stays an error', async () => {
    const res = (addr: string) => `resource r0 {\n  on a {\n    device /dev/drbd0;\n    disk /dev/sda;\n    meta-disk internal;\n    address ${addr};\n    node-id 0;\n  }\n}\n`;
    assert.deepEqual(await brief('drbd', res('256.1.1.1:7789')), ['6 W value.address']);
    assert.deepEqual(await brief('drbd', res('10.0.0.1:70000')), ['6 E value.port-range']);
    assert.deepEqual(await brief('drbd', res('10.0.0:7789')), ['6 E value.address']);
  });

  it('ceph: a bad value is a warning (ceph-conf accepts it; the option keeps its default)', async () => {
    assert.deepEqual(await brief('ceph', '[global]\nosd pool default size = -1\npublic network = 10.0.0.999/24\n'), ['2 W value.integer-range', '3 W value.address']);
  });

  it("keepalived adapter: exit 6 hides other problems' exit 5: the security complaint is a warning, the rest errors", () => {
    const stderr = "(k.conf: Line 16) Unknown keyword 'rie'\nSECURITY VIOLATION - scripts are being executed but script_security not enabled.\n";
    const diags = nativeTools.keepalived.parse({ stdout: '', stderr, code: 6 }, '/x/k.conf', 'x\n'.repeat(20));
    assert.deepEqual(
      diags.map((d) => `${d.range.start.line + 1} ${d.severity}`),
      ['16 1', '1 2'],
    );
  });
});

describe('agreement-driven checks: corosync addresses', () => {
  it('reads a short dotted ringX_addr as inet_aton does (corosync -t accepts 10.16.35), and still rejects a bad one', async () => {
    const conf = (addr: string) =>
      `totem {\n  version: 2\n  cluster_name: c\n}\nnodelist {\n  node {\n    ring0_addr: ${addr}\n    nodeid: 1\n  }\n  node {\n    ring0_addr: 10.0.0.2\n    nodeid: 2\n  }\n}\nquorum {\n  provider: corosync_votequorum\n  two_node: 1\n}\n`;
    assert.deepEqual(await brief('corosync', conf('10.16.35')), []);
    assert.deepEqual(await brief('corosync', conf('10.16.35.300')), ['7 E value.address']);
  });
});

describe('agreement-driven checks: DRBD node-id', () => {
  it('takes 0 to 32 as drbdadm 9.22 does (33 is out of range)', async () => {
    const res = (id: string) =>
      `resource r0 {\n  on alice { node-id ${id}; device /dev/drbd0; disk /dev/sdb1; address 10.0.0.1:7789; meta-disk internal; }\n  on bob { node-id 1; device /dev/drbd0; disk /dev/sdb1; address 10.0.0.2:7789; meta-disk internal; }\n}\n`;
    assert.deepEqual(await brief('drbd', res('32')), []);
    assert.deepEqual(await brief('drbd', res('33')), ['2 E value.range']);
    assert.deepEqual(await brief('drbd', res('x')), ['2 E value.number']);
  });
});

describe('agreement-driven checks: DRBD tokens as drbdadm reads them', () => {
  const two = (a: string, b = '') =>
    `resource r0 {\n  on alice { node-id 0; device /dev/drbd0; disk /dev/sdb1; address ${a}; meta-disk internal; }\n  on bob { node-id 1; device /dev/drbd0; disk /dev/sdb1; address 10.0.0.2:7789; meta-disk internal; }\n${b}}\n`;
  it('an integer is at most 8 digits (a longer one, or -1, is a string to drbdadm: "TK_INTEGER expected")', async () => {
    const res = (v: string) =>
      `resource r0 {\n  volume ${v} { device minor 1; disk /dev/sdb1; meta-disk internal; }\n  on alice { node-id 0; address 10.0.0.1:7789; }\n  on bob { node-id 1; address 10.0.0.2:7789; }\n}\n`;
    for (const ok of ['0', '12345678']) assert.deepEqual(await brief('drbd', res(ok)), [], ok);
    for (const bad of ['-1', '123456789', '4294967296']) assert.deepEqual(await brief('drbd', res(bad)), ['2 E value.number'], bad);
    assert.deepEqual(await brief('drbd', res('0').replace('minor 1', 'minor 99999999999')), ['2 E value.number']);
    assert.deepEqual(await brief('drbd', res('0').replace('node-id 0', 'node-id 4294967296')), ['3 E value.number']);
  });
  it('an address is an IPv4 address token (no host name, no fifth or missing part) with a port from 1 to 65535', async () => {
    for (const ok of ['10.0.0.1:7789', 'ipv4 10.0.0.1:7789', 'ipv6 [fd00::1]:7789', 'ipv6 [fe80::1%eth0]:7789', 'ssocks 10.0.0.1:7789']) {
      assert.deepEqual(await brief('drbd', two(ok)), [], ok);
    }
    for (const bad of ['10.0.0:7789', '10.0.0.1.5:7789', 'alice.example.com:7789', 'bogus 10.0.0.1:7789', '[fd00::1]:7789', 'ipv4 10.0.0:7789']) {
      assert.deepEqual(await brief('drbd', two(bad)), ['2 E value.address'], bad);
    }
    for (const bad of ['10.0.0.1:65536', '10.0.0.1:0', '10.0.0.1:http']) assert.deepEqual((await brief('drbd', two(bad))).slice(0, 1), [bad.endsWith('http') ? '2 E value.number' : '2 E value.port-range'], bad);
  });
  it('checks the addresses of connection hosts, proxies and floating hosts too', async () => {
    const conn = (a: string) => two('10.0.0.1:7789', `  connection {\n    host alice address ${a};\n    host bob address 10.0.0.2:7790;\n  }\n`);
    assert.deepEqual(await brief('drbd', conn('10.0.0.1:7790')), []);
    assert.deepEqual(await brief('drbd', conn('10.0.0.1:99999')), ['5 E value.port-range']);
    assert.deepEqual(await brief('drbd', conn('10.0.0:7790')), ['5 E value.address']);
    const floating = (a: string) =>
      `resource r0 {\n  device minor 1; disk /dev/sdb1; meta-disk internal;\n  floating ${a} { node-id 0; }\n  floating 10.0.0.2:7789 { node-id 1; }\n}\n`;
    assert.deepEqual(await brief('drbd', floating('10.0.0.1:7789')), []);
    assert.deepEqual(await brief('drbd', floating('10.0.0.1.7:7789')), ['3 E value.address']);
  });
  it('usage-count, startup timeouts and device names as drbdadm checks them', async () => {
    const g = (v: string) => `global {\n  usage-count ${v};\n}\n`;
    assert.deepEqual(await brief('drbd', g('ask')), []);
    assert.deepEqual(await brief('drbd', g('maybe')), ['2 E value.enum']);
    const s = (v: string) => two('10.0.0.1:7789', `  startup {\n    wfc-timeout ${v};\n  }\n`);
    assert.deepEqual(await brief('drbd', s('300000')), []);
    assert.deepEqual(await brief('drbd', s('300001')), ['5 E value.integer-range']);
    // At the resource level drbdadm checks the name; in a host section only on that host: a warning there.
    const d = (v: string) => `resource r0 {\n  device ${v};\n  disk /dev/sdb1;\n  meta-disk internal;\n  on alice { node-id 0; address 10.0.0.1:7789; }\n  on bob { node-id 1; address 10.0.0.2:7789; device ${v}; }\n}\n`;
    assert.deepEqual(await brief('drbd', d('/dev/drbd1')), []);
    assert.deepEqual(await brief('drbd', d('drbd1 minor 1')), []);
    assert.deepEqual(await brief('drbd', d('/dev/sdc minor 1')), ['2 E value.device', '6 W value.device']);
  });
});

describe('agreement-driven checks: haproxy section lines', () => {
  it("a frontend, listen or backend line takes only 'from <defaults>' after its name", async () => {
    const text = 'defaults d\n    mode http\nfrontend f :8081\n    bind :8080\nlisten l from d\n    bind :8082\nbackend b from d x\nbackend c\nfrontend g from\n    bind :1\n';
    assert.deepEqual(await brief('haproxy', text), ['3 E value.arity', '7 E value.arity', '9 E value.arity']);
    const doc = await open('haproxy', text);
    assert.match(withoutSemantic(doc, diagnose(doc))[0].message, /use 'bind :8081' inside the section/);
    doc.dispose();
  });
});

describe("DRBD: drbdadm's scanner (formats/drbd/scanner.ts)", () => {
  it('cuts words into the tokens drbdadm sees: longest match, then the first rule', async () => {
    const { scan } = await import('../../../server/src/formats/drbd/scanner');
    const kinds = (s: string) => scan(s).map((t) => `${t.kind}:${t.text}`);
    assert.deepEqual(kinds('12345678'), ['integer:12345678']);
    assert.deepEqual(kinds('123456789'), ['string:123456789']);
    assert.deepEqual(kinds('-1'), ['string:-1']);
    assert.deepEqual(kinds('10K'), ['integer:10K']);
    assert.deepEqual(kinds('10.0.0'), ['kmodvers:10.0.0']);
    assert.deepEqual(kinds('10.0.0.1:7789'), ['ipv4:10.0.0.1', 'op::', 'integer:7789']);
    assert.deepEqual(kinds('10.0.0.1.5'), ['string:10.0.0.1.5']);
    assert.deepEqual(kinds('[fe80::1%eth0]:7789'), ['op:[', 'ipv6:fe80::1%eth0', 'op:]', 'op::', 'integer:7789']);
    assert.deepEqual(kinds('on onx # on'), ['keyword:on', 'string:onx']);
  });
});

describe('agreement-driven checks: the DRBD syncer section', () => {
  it('takes any net, disk or resource option (drbdadm moves it), not a peer-device option', async () => {
    const res = (o: string) =>
      `resource r0 {\n  syncer { ${o}; }\n  device minor 1; disk /dev/sdb1; meta-disk internal;\n  on alice { address 10.0.0.1:7789; }\n  on bob { address 10.0.0.2:7789; }\n}\n`;
    for (const ok of ['max-buffers 131072', 'on-io-error detach', 'auto-promote yes', 'al-extents 1000']) assert.deepEqual(await brief('drbd', res(ok)), [], ok);
    assert.deepEqual((await brief('drbd', res('c-max-rate 10M'))).map((d) => d.split(' ').slice(0, 2).join(' ')), ['2 E']);
  });
});
