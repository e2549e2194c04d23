/** Value checks: exact messages per validator and per format. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { checkModelValues } from '../../../server/src/service/values/check';
import * as T from '../../../server/src/service/values/types';
import { parseCephFact } from '../../../server/src/formats/ceph/values';
import { parseDrbdFact } from '../../../server/src/formats/drbd/values';
import { parseKeepalivedFact } from '../../../server/src/formats/keepalived/values';
import { open } from '../../helpers';
import { Rng } from '../../agreement/mutate';

describe('values: validators', () => {
  it('IPv4 / IPv6 / CIDR', () => {
    assert.equal(T.ipv4('10.0.0.1', 'x'), undefined);
    assert.equal(T.ipv4('10.0.0.256', 'x'), "x: '10.0.0.256' is not a valid IPv4 address");
    for (const ok of ['::1', 'fe80::1%eth0', '2001:db8::', '::ffff:10.0.0.1', '1:2:3:4:5:6:7:8']) assert.equal(T.ipv6(ok, 'x'), undefined, ok);
    for (const bad of ['1:2:3:4:5:6:7:8:9', '1::2::3', ':1:2', 'g::1']) assert.equal(T.ipv6(bad, 'x'), `x: '${bad}' is not a valid IPv6 address`, bad);
    assert.equal(T.cidr('10.0.0.0/24', 'x'), undefined);
    assert.equal(T.cidr('fd00::/64', 'x'), undefined);
    assert.equal(T.cidr('10.0.0.0/33', 'x'), "x: prefix length '33' must be between 0 and 32");
    assert.equal(T.cidr('10.0.0/8', 'x'), "x: '10.0.0' is not a valid IP address");
  });
  it('ports and port ranges', () => {
    assert.equal(T.port('80', 'p'), undefined);
    assert.equal(T.port('0', 'p'), 'p: port 0 must be between 1 and 65535');
    assert.equal(T.port('0', 'p', 0), undefined);
    assert.equal(T.port('65536', 'p'), 'p: port 65536 must be between 1 and 65535');
    assert.equal(T.port('http', 'p'), "p: 'http' is not a port number");
    assert.equal(T.portRange('8000-8010', 'p'), undefined);
    assert.equal(T.portRange('8010-8000', 'p'), "p: port range '8010-8000' ends before it starts");
  });
  it('address:port', () => {
    for (const ok of ['10.0.0.1:80', '[::1]:80', 'db.example.com:5432', ':80', '*:80']) assert.equal(T.addressPort(ok, 'a'), undefined, ok);
    assert.equal(T.addressPort('10.0.0.1', 'a', { portRequired: true }), "a: '10.0.0.1' has no port (expected address:port)");
    assert.equal(T.addressPort('1.2.3.4.5:80', 'a'), "a: '1.2.3.4.5' is not a valid IPv4 address");
    assert.equal(T.addressPort('[::1]:99999', 'a'), 'a: port 99999 must be between 1 and 65535');
  });
  it('numbers, enums, booleans', () => {
    assert.equal(T.integer('300', 'priority', 1, 255), 'priority must be between 1 and 255');
    assert.equal(T.integer('1.5', 'priority', 1, 255), "priority must be an integer, not '1.5'");
    assert.equal(T.integer('7', 'n', 8), 'n must be at least 8, not 7');
    assert.equal(T.decimal('0.5', 'advert_int', 0.01, 255), undefined);
    assert.equal(T.decimal('abc', 'advert_int', 0.01, 255), "advert_int must be a number, not 'abc'");
    assert.equal(T.enumValue('master', 'state', ['MASTER', 'BACKUP']), "state must be one of MASTER, BACKUP, not 'master'");
    assert.equal(T.enumValue('tcp', 'protocol', ['TCP', 'UDP'], true), undefined);
    assert.equal(T.boolean('maybe', 'b', T.BOOLEANS.drbd), "b must be yes, no, not 'maybe'");
    assert.equal(T.boolean('1', 'b', T.BOOLEANS.ceph, true), undefined);
    assert.equal(T.boolean('TRUE', 'b', T.BOOLEANS.ceph, true), undefined);
  });
  it('durations and sizes', () => {
    for (const ok of ['10', '10ms', '30s', '5m', '1h', '2d', '100us']) assert.equal(T.haproxyDuration(ok, 't'), undefined, ok);
    assert.equal(T.haproxyDuration('30x', 'timeout client'), "timeout client: unknown time unit 'x' in '30x' (use us, ms, s, m, h or d)");
    assert.equal(T.haproxyDuration('1.5s', 't'), "t: '1.5s' is not a time (an integer with an optional unit us, ms, s, m, h or d); unexpected '.'");
    assert.equal(T.haproxyDuration('100000d', 't'), "t: '100000d' is too long (at most 2147483647 ms, about 24.8 days)");
    assert.equal(T.cephSeconds('1h 30m', 's'), undefined);
    assert.equal(T.cephSeconds('soon', 's'), "s must be a time span such as 30, 30s, 5m or 1h, not 'soon'");
    assert.equal(T.parseSize('4G'), 4 * 1024 ** 3);
    assert.equal(T.parseSize('4GiB'), 4 * 1024 ** 3);
    assert.equal(T.size('4 MB', 's'), undefined);
    assert.equal(T.size('4X', 's'), "s must be a size such as 4096, 64K, 4G or 4GiB, not '4X'");
  });
  it('UUID and Ceph address vectors', () => {
    assert.equal(T.uuid('a7f64266-0894-4f1e-a635-d0aeaca0e993', 'fsid'), undefined);
    assert.equal(T.uuid('a7f64266-0894-4f1e-a635', 'fsid'), "fsid: 'a7f64266-0894-4f1e-a635' is not a valid UUID (like 01234567-89ab-cdef-0123-456789abcdef)");
    for (const ok of ['[v2:1.2.3.4:3300,v1:1.2.3.4:6789]', '10.0.0.1,10.0.0.2 10.0.0.3', 'mon1.example.com:6789', '[::1]:6789', '[v2:[::1]:3300,v1:[::1]:6789]', '10.0.0.1:6789/0'])
      assert.equal(T.cephAddrvec(ok, 'mon_host'), undefined, ok);
    assert.equal(T.cephAddrvec('[v2:1.2.3.4:3300,v1:1.2.3.4:6789', 'mon_host'), "mon_host: unbalanced '[' in '[v2:1.2.3.4:3300,v1:1.2.3.4:6789'");
    assert.equal(T.cephAddrvec('[v3:1.2.3.4:3300]', 'mon_host'), "mon_host: unknown address type in 'v3:1.2.3.4:3300' (expected v1:, v2: or any:)");
    assert.equal(T.cephAddrvec('10.0.0.300', 'mon_host'), "mon_host: '10.0.0.300' is not a valid IPv4 address");
  });
});

describe('values: schema fact parsers', () => {
  it('keepalived', () => {
    assert.deepEqual(parseKeepalivedFact('uint[1..255]'), { kind: 'int', min: 1, max: 255 });
    // symbolic bounds: the constant where known, else the parser type's own range (read_unsigned: 0..UINT_MAX)
    assert.deepEqual(parseKeepalivedFact('int[-1..BFD_TTL_MAX]; default=0'), { kind: 'int', min: -1, max: 255 });
    assert.deepEqual(parseKeepalivedFact('uint[1..LVS_MAX_TIMEOUT]; default=6'), { kind: 'int', min: 1, max: 2678400 });
    assert.deepEqual(parseKeepalivedFact('uint[1..SOME_LIMIT]'), { kind: 'int', min: 1, max: 4294967295 });
    assert.deepEqual(parseKeepalivedFact('int[-1..max_priority]'), { kind: 'int', min: -1, max: 2147483647 });
    assert.deepEqual(parseKeepalivedFact('decimal[0.01..255]'), { kind: 'decimal', min: 0.01, max: 255 });
    assert.deepEqual(parseKeepalivedFact('words{MASTER|BACKUP}'), { kind: 'enum', values: ['MASTER', 'BACKUP'], ignoreCase: true });
    assert.equal(parseKeepalivedFact('bool(optional true|false|on|off|yes|no)')?.kind, 'bool');
    assert.equal(parseKeepalivedFact('default=weight'), undefined);
  });
  it('DRBD', () => {
    assert.deepEqual(parseDrbdFact('name [handler{A|B|C}]', undefined), { kind: 'enum', values: ['A', 'B', 'C'], ignoreCase: true });
    assert.deepEqual(parseDrbdFact('size [numeric]', 'range=0..10485760; default=0; unit=bytes'), { kind: 'drbd-number', min: 0, max: 10485760, unitBytes: 1, symbols: undefined });
  });
  it('Ceph', () => {
    assert.deepEqual(parseCephFact('uint', 'level=advanced; default=3; range=0..10'), { kind: 'ceph-int', unsigned: true, min: 0, max: 10 });
    assert.deepEqual(parseCephFact('str', 'level=advanced; enum=aio|spdk'), { kind: 'enum', values: ['aio', 'spdk'] });
    assert.equal(parseCephFact('str', 'level=advanced'), undefined);
  });
});

/** The value problems of a text, as `line:col message [code]`. */
async function problems(format: string, text: string): Promise<string[]> {
  const doc = await open(format, text);
  const d = checkModelValues(doc.model.nodes, doc.format);
  doc.dispose();
  return d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message} [${x.code}]`);
}

describe('values: keepalived', () => {
  it('priority, virtual_router_id, state, advert_int', async () => {
    const text = 'vrrp_instance VI_1 {\n  state master\n  virtual_router_id 0\n  priority 300\n  advert_int 0.001\n  interface eth0\n}\n';
    assert.deepEqual(await problems('keepalived', text), [
      "2:9 state must be one of MASTER, BACKUP, not 'master' [value.enum]",
      '3:21 virtual_router_id must be between 1 and 255 [value.integer-range]',
      '4:12 priority must be between 1 and 255 [value.integer-range]',
      '5:14 advert_int must be between 0.01 and 255 [value.integer-range]',
    ]);
  });
  it('accepts priority 255, a host condition, and $DEFINES', async () => {
    assert.deepEqual(await problems('keepalived', '$P=100\nvrrp_instance VI_1 {\n  priority 255\n  @lb1 priority 150\n  priority $P\n}\n'), []);
  });
  it('addresses, ports, schedulers', async () => {
    const text =
      'vrrp_instance VI_1 {\n  unicast_peer {\n    10.0.0.300\n  }\n  virtual_ipaddress {\n    10.0.0.1/33 dev eth0\n  }\n}\n' +
      'virtual_server 10.0.0.1 70000 {\n  lb_algo RR\n  real_server 10.0.0.2 80 {\n    weight 1\n  }\n}\n';
    assert.deepEqual(await problems('keepalived', text), [
      "3:5 unicast peer: '10.0.0.300' is not a valid IP address [value.address]",
      "6:5 virtual address: prefix length '33' must be between 0 and 32 [value.address]",
      '9:25 virtual_server: port 70000 must be between 1 and 65535 [value.port-range]',
      "10:11 lb_algo must be one of rr, wrr, lc, wlc, lblc, sh, mh, dh, fo, ovf, lblcr, sed, nq, twos, not 'RR' [value.enum]",
    ]);
  });
  it('schema facts: booleans and script weights', async () => {
    const text = 'vrrp_script chk {\n  script "/bin/true"\n  weight 300\n}\nglobal_defs {\n  vrrp_strict maybe\n  script_user root\n}\n';
    assert.deepEqual(await problems('keepalived', text), ['3:10 weight must be between -253 and 253 [value.integer-range]']);
  });
});

describe('values: keepalived LVS timers, addresses and groups', () => {
  const vs = (body: string, rs = '', checker = '') =>
    `virtual_server 10.0.0.1 80 {\n  protocol TCP\n${body}  real_server 10.0.0.2 80 {\n${rs}    TCP_CHECK {\n${checker}    }\n  }\n}\n`;
  it('timers: negative, too large, too many decimals, not a number', async () => {
    assert.deepEqual(await problems('keepalived', vs('  delay_loop -1\n', '    delay_before_retry 1.0000001\n', '      connect_timeout 99999999999\n      warmup 3x\n')), [
      '3:14 delay_loop must not be negative, not -1 [value.number]',
      "5:24 delay_before_retry: '1.0000001' has more than 6 decimal places (keepalived counts in microseconds) [value.number]",
      '7:23 connect_timeout must be between 0.000001 and 4294.967295 seconds, not 99999999999 [value.number]',
      "8:14 warmup must be a number of seconds, not '3x' [value.number]",
    ]);
  });
  it('timers: what keepalived takes', async () => {
    assert.deepEqual(await problems('keepalived', vs('  delay_loop 6\n  delay_before_retry 0\n', '    warmup 0.5\n', '      connect_timeout 4294.967295\n      delay_loop $D\n')), []);
  });
  it('persistence_timeout beyond LVS_MAX_TIMEOUT, checker uint beyond UINT_MAX', async () => {
    assert.deepEqual(await problems('keepalived', vs('  persistence_timeout 4294967296\n', '', '      retry 4294967296\n')), [
      '3:23 persistence_timeout must be between 1 and 2678400 [value.integer-range]',
      '6:13 retry must be between 0 and 4294967295 [value.integer-range]',
    ]);
    assert.deepEqual(await problems('keepalived', vs('  persistence_timeout 2678400\n', '', '      retry 4294967295\n')), []);
  });
  it('connect_ip, bindto, sorry_server, smtp_server', async () => {
    const text =
      'global_defs {\n  smtp_server 192.168.200.256 25\n}\n' +
      vs('  sorry_server 10.0.0.1.5 80\n', '', '      connect_ip 172.16.1\n      bindto fe80::1::2\n');
    assert.deepEqual(await problems('keepalived', text), [
      "2:15 smtp_server: '192.168.200.256' is neither an IP address nor a host name [value.address]",
      "6:16 sorry_server: '10.0.0.1.5' is not a valid IP address [value.address]",
      "9:18 connect_ip: '172.16.1' is not a valid IP address [value.address]",
      "10:14 bindto: 'fe80::1::2' is not a valid IP address [value.address]",
    ]);
  });
  it('smtp_server takes host names and the short forms getaddrinfo reads; sorry_server port 0', async () => {
    for (const host of ['mail.example.com', '127.1', '10.0.0.1', '::1', 'smtp-relay'])
      assert.deepEqual(await problems('keepalived', `global_defs {\n  smtp_server ${host}\n}\n`), [], host);
    assert.deepEqual(await problems('keepalived', vs('  sorry_server 10.0.0.9 0\n', '', '      connect_ip 10.0.0.2\n')), []);
  });
  it('track_script and track_interface lines: weight N [reverse]', async () => {
    const vi = (lines: string) => `vrrp_instance VI_1 {\n  track_script {\n${lines}  }\n  track_interface {\n    eth0 weight 10 noreverse\n  }\n}\n`;
    assert.deepEqual(await problems('keepalived', vi('    chk XYZ 2\n    chk2 weight 300\n    chk3 weight\n')), [
      "3:9 unknown option 'XYZ': a tracked line takes only 'weight N' [reverse|noreverse] [value.enum]",
      '4:17 weight must be between -253 and 253 [value.integer-range]',
      '5:10 weight needs a value [value.arity]',
      "8:20 unknown weight option 'noreverse' (use reverse) [value.enum]",
    ]);
    const ok = 'vrrp_instance VI_1 {\n  track_script {\n    chk\n    chk2 weight -20 reverse\n    chk3 weight 5 noreverse\n  }\n  track_interface {\n    eth0\n    eth1 weight 10 reverse\n  }\n}\n';
    assert.deepEqual(await problems('keepalived', ok), []);
  });
  it('url status_code and digest', async () => {
    const url = (lines: string) => `virtual_server 10.0.0.1 80 {\n  real_server 10.0.0.2 80 {\n    HTTP_GET {\n      url {\n${lines}      }\n    }\n  }\n}\n`;
    assert.deepEqual(await problems('keepalived', url('        status_code 200 70000 500-404\n        digest 640205b7b0fc66c1ea91c463fac6334\n')), [
      "5:25 status_code: '70000' is not an HTTP status code or range (100-599, like 200 or 200-299) [value.integer-range]",
      "5:31 status_code: '500-404' is not an HTTP status code or range (100-599, like 200 or 200-299) [value.integer-range]",
      "6:16 digest must be an MD5 sum (32 hexadecimal digits), not '640205b7b0fc66c1ea91c463fac6334' [value.number]",
    ]);
    assert.deepEqual(await problems('keepalived', url('        status_code 200 300-399 599\n        digest 640205b7b0fc66c1ea91c463fac6334d\n')), []);
  });
  it('virtual_server_group lines: address [port], fwmark N', async () => {
    const bad = 'virtual_server_group G {\n  10.0.0.2.8 80\n  10.0.0.1 70000\n  retry 3\n  fwmark -1\n  fwmark 2 inet4\n}\n';
    assert.deepEqual(await problems('keepalived', bad), [
      "2:3 virtual_server_group: '10.0.0.2.8' is not a valid IP address [value.address]",
      '3:12 virtual_server_group: port 70000 must be between 1 and 65535 [value.port-range]',
      "4:3 virtual_server_group: 'retry' is not a valid IP address [value.address]",
      '5:10 fwmark must be between 0 and 4294967295 [value.integer-range]',
      "6:12 fwmark family must be one of inet, inet6, not 'inet4' [value.enum]",
    ]);
    const good = 'virtual_server_group G {\n  10.0.0.1 80\n  192.168.200.3-10 80\n  10.1.0.0/24 0\n  fd00::1 443\n  fwmark 1\n  fwmark 2 inet6\n  @lb1 10.0.0.9 80\n}\n';
    assert.deepEqual(await problems('keepalived', good), []);
  });
});

describe('values: HAProxy', () => {
  it('bind ports, timeouts, balance, mode, server weight', async () => {
    const text =
      'defaults\n  mode foo\n  timeout client 30x\n  timeout server\n' +
      'frontend f\n  bind :65536\n  bind :80,1.2.3.4:8010-8000 ssl crt /x.pem\n  bind 1.2.3.4\n' +
      'backend b\n  balance fastest\n  server s1 10.0.0.1:65536 check weight 257 inter 2x\n  server s2 10.0.0.2:80-90\n';
    assert.deepEqual(await problems('haproxy', text), [
      "2:8 mode must be one of tcp, http, log, spop, not 'foo' [value.enum]",
      "3:18 timeout client: unknown time unit 'x' in '30x' (use us, ms, s, m, h or d) [value.duration]",
      '4:3 timeout needs 2 arguments [value.arity]',
      '6:8 bind: port 65536 must be between 1 and 65535 [value.port-range]',
      "7:8 bind: port range '8010-8000' ends before it starts [value.port-range]",
      "8:8 bind: '1.2.3.4' has no port (expected address:port) [value.port-range]",
      "10:11 balance must be one of first, hash, hdr(<name>), leastconn, log-hash, random(<draws>), rdp-cookie(<name>), roundrobin, source, static-rr, sticky, uri, url_param, not 'fastest' [value.enum]",
      '11:13 server: port 65536 must be between 0 and 65535 [value.port-range]',
      '11:41 server weight must be between 0 and 256 [value.integer-range]',
      "11:51 inter: unknown time unit 'x' in '2x' (use us, ms, s, m, h or d) [value.duration]",
      '12:13 server: a port range (80-90) is not allowed in a server address [value.port-range]',
    ]);
  });
  it('accepts what haproxy 2.6 accepts', async () => {
    const text =
      'frontend f\n  bind :::80\n  bind ipv4@*:8080,ipv6@[::]:8443\n  bind unix@/run/h.sock\n  bind /run/x.sock\n  bind "${ADDR}:${PORT}"\n  timeout client 0\n' +
      'backend b\n  balance\n  balance hdr(host)\n  balance random(2)\n  server s 10.0.0.1:0\n  server t db.example:+1 weight 256\n  server u /run/s.sock\n';
    assert.deepEqual(await problems('haproxy', text), []);
  });
});

describe('values: HAProxy log, stats, socket modes, server option addresses and wrapped numbers', () => {
  it('rejects what haproxy 2.6 -c rejects', async () => {
    const text =
      'global\n  log 127.0.0.1.133 local0\n  log 127.0.0.1:http local0\n  log maybe\n  log 127.0.0.1 local9\n  log 127.0.0.1 local0 foo\n  log global\n' +
      '  stats uri /\n  stats socket /run/h.sock mode 0668 level admin\n' +
      'frontend f\n  bind /run/f.sock mode 99\n' +
      'backend b\n  source 1.2.3.256\n  server s 10.0.0.1:80 socks4 127.0.0.1:65536 source 10.0.0.9:http addr 1.2.3.4.5\n' +
      '  server t 10.0.0.2:80 weight 99999999999 fall 2147483648\n';
    assert.deepEqual(await problems('haproxy', text), [
      "2:7 log: '127.0.0.1.133' is not a valid IPv4 address [value.address]",
      "3:7 log: 'http' is not a port number [value.port-range]",
      "4:7 'log maybe' needs a syslog facility (kern, user, mail, daemon, ..., local0 to local7) [value.arity]",
      "5:17 unknown log facility 'local9' (expected one of kern, user, mail, daemon, auth, syslog, lpr, news, uucp, cron, auth2, ftp, ntp, audit, alert, cron2, local0, local1, local2, local3, local4, local5, local6, local7) [value.enum]",
      "6:24 unknown log level 'foo' (expected one of emerg, alert, crit, err, warning, notice, info, debug) [value.enum]",
      "7:7 'log global' only works in a proxy section: in 'global' give a log target and a facility [value.enum]",
      "8:9 in 'global', 'stats' takes 'maxconn', 'socket', 'timeout', 'bind-process', not 'uri' (the other stats settings belong in a frontend, backend or listen) [value.enum]",
      "9:33 'mode' takes an octal file mode (digits 0 to 7, like 0660), not '0668' [value.number]",
      "11:25 'mode' takes an octal file mode (digits 0 to 7, like 0660), not '99' [value.number]",
      "13:10 source: '1.2.3.256' is not a valid IPv4 address [value.address]",
      '14:31 socks4: port 65536 must be between 1 and 65535 [value.port-range]',
      "14:54 source: 'http' is not a port number [value.port-range]",
      "14:73 addr: '1.2.3.4.5' is not a valid IPv4 address [value.address]",
      '15:31 server weight must be between 0 and 256 (haproxy reads it as 1215752191) [value.integer-range]',
      '15:48 server fall must be at least 1, not 2147483648 (haproxy reads 2147483648 as -2147483648) [value.integer-range]',
    ]);
  });
  it('accepts what haproxy 2.6 -c accepts', async () => {
    const text =
      'global\n  log 127.0.0.1:0 local0\n  log 10.1 local0\n  log stdout format raw daemon\n  log /dev/log len 100 local0 info notice\n  log ring@r local0\n' +
      '  stats socket /run/h.sock mode 0660 level admin\n  stats socket /run/i.sock mode -1\n  stats timeout 10s\n  stats maxconn 10\n' +
      'defaults\n  log global\n' +
      'frontend f\n  bind /run/f.sock mode 600\n' +
      'backend b\n  source 10.0.0.1:1024-65535\n  server s 10.0.0.1:80 socks4 127.0.0.1:1080 source 10.0.0.9 addr 10.0.0.3\n' +
      '  server t 10.0.0.2:+70000 weight 4294967552 fall 4294967297 rise 99999999999\n';
    assert.deepEqual(await problems('haproxy', text), []);
  });
});

describe('values: HAProxy ACL address patterns and redirect rules', () => {
  it('rejects what haproxy 2.6 -c rejects', async () => {
    const text =
      'frontend f\n  acl a src 192.256.200.150/32 10.0.0.1\n  acl b dst -m ip 10.0.0.1.5\n  acl c hdr_ip(x) 10.0.0.0/33\n  acl d req.hdr(x) -m ip 1.2.3.4/1.2.3.256\n' +
      '  redirect prefix /x code 304\n  redirect bogus /x\n';
    assert.deepEqual(await problems('haproxy', text), [
      "2:13 acl a: '256' is out of range in the address '192.256.200.150' (at most 255); the patterns of 'src' are IP addresses [value.address]",
      "3:19 acl b: '10.0.0.1.5' has 5 parts: an IPv4 address has at most 4; with '-m ip' the patterns are IP addresses [value.address]",
      "4:19 acl c: mask /33 is over 32 bits; the patterns of 'hdr_ip' are IP addresses [value.address]",
      "5:26 acl d: mask '1.2.3.256' is not an IPv4 address; with '-m ip' the patterns are IP addresses [value.address]",
      "6:27 redirect code must be one of 301, 302, 303, 307, 308, not '304' [value.enum]",
      "7:12 redirect takes code, prefix, location, scheme, set-cookie, clear-cookie (each with a value), drop-query, ignore-empty, append-slash or a condition, not 'bogus' [value.enum]",
    ]);
  });
  it('accepts what haproxy 2.6 -c accepts', async () => {
    const text =
      'frontend f\n  acl a src 10.1 12345 4294967295 1.16777215 010.1.1.1/8 10.0.0.0/255.255.0.0 ::1 fe80::/10 localhost\n  acl b src -m str 300.0.0.1\n' +
      '  acl c hdr(x) 300.0.0.1\n  acl d req_ssl_ver 3\n  acl e src -f /etc/haproxy/allow.lst 10.0.0.1\n' +
      '  redirect code 301 location /x drop-query if { path /y }\n  redirect scheme https unless { ssl_fc }\n';
    assert.deepEqual(await problems('haproxy', text), []);
  });
});

describe('values: HAProxy SSL version patterns, tcp-check ports and set-status codes', () => {
  it('rejects what haproxy 2.6 -c rejects', async () => {
    const text =
      'frontend f\n  acl a req_ssl_ver 99999999999 3.65536 3. .3 3.1.2 0x10\n  acl b req.ssl_ver 3:65536 : gt 99999 3.0-x\n' +
      'backend b\n  tcp-check connect port 0\n  tcp-check connect port 65536\n  tcp-check connect port -1 send-proxy\n  tcp-check connect port 1a\n' +
      '  http-response set-status 99\n  http-after-response set-status 4294967296 reason x\n  http-after-response set-status abc\n';
    assert.deepEqual(await problems('haproxy', text), [
      "2:21 acl a: '99999999999' is not a dotted version (a number or major.minor, each at most 65535, e.g. 3.1) [value.version]",
      "2:33 acl a: '3.65536' is not a dotted version (a number or major.minor, each at most 65535, e.g. 3.1) [value.version]",
      "2:41 acl a: '3.' is not a dotted version (a number or major.minor, each at most 65535, e.g. 3.1) [value.version]",
      "2:44 acl a: '.3' is not a dotted version (a number or major.minor, each at most 65535, e.g. 3.1) [value.version]",
      "2:47 acl a: '3.1.2' is not a dotted version (a number or major.minor, each at most 65535, e.g. 3.1) [value.version]",
      "2:53 acl a: '0x10' is not a dotted version (a number or major.minor, each at most 65535, e.g. 3.1) [value.version]",
      "3:21 acl b: '3:65536' is not a range of dotted versions (lo:hi or lo-hi, either end may be left out; each a number or major.minor at most 65535) [value.version]",
      "3:29 acl b: ':' is not a range of dotted versions (lo:hi or lo-hi, either end may be left out; each a number or major.minor at most 65535) [value.version]",
      "3:34 acl b: '99999' is not a dotted version (a number or major.minor, each at most 65535, e.g. 3.1) [value.version]",
      "3:40 acl b: '3.0-x' is not a range of dotted versions (lo:hi or lo-hi, either end may be left out; each a number or major.minor at most 65535) [value.version]",
      '5:26 tcp-check connect: port 0 is out of range (1 to 65535) [value.port-range]',
      '6:26 tcp-check connect: port 65536 is out of range (1 to 65535) [value.port-range]',
      "7:26 tcp-check connect: '-1' is neither a port (1 to 65535) nor a sample expression (whose fetch name starts with a letter) [value.port-range]",
      "8:26 tcp-check connect: '1a' is neither a port (1 to 65535) nor a sample expression (whose fetch name starts with a letter) [value.port-range]",
      "9:28 set-status needs an HTTP status code from 100 to 999, not '99' [value.integer-range]",
      "10:34 set-status needs an HTTP status code from 100 to 999, not '4294967296' (haproxy reads it as 0) [value.integer-range]",
      "11:34 set-status needs an HTTP status code from 100 to 999, not 'abc' [value.integer-range]",
    ]);
  });
  it("reads a tcp-check connect port after options that take a value, as haproxy 2.6 -c does (and not a 'port' that is a comment)", async () => {
    // haproxy 2.6 -c: "'tcp-check connect' : expects a valid TCP port (from range 1 to 65535) or a sample expression,
    // got 0" for the first line; the second passes.
    const text = 'backend b\n  tcp-check connect comment port port 0\n  tcp-check connect comment port port 80 sni port\n';
    assert.deepEqual(await problems('haproxy', text), ['2:39 tcp-check connect: port 0 is out of range (1 to 65535) [value.port-range]']);
  });
  it('accepts what haproxy 2.6 -c accepts', async () => {
    const text =
      'frontend f\n  acl a req_ssl_ver 3 3.1 65535.65535 3.1:3.3 :3 3: 3.1: 3.0-3.1 3- lt 3 le 3.1 eq 3 gt\n  acl b req.ssl_ver -m str whatever\n' +
      'backend b\n  tcp-check connect port 9004\n  tcp-check connect port 65535 ssl\n  tcp-check connect port src_port\n  tcp-check connect\n  tcp-check send PING\n' +
      '  http-response set-status 418 reason "teapot"\n  http-response set-status 4294967714\n  http-after-response set-status 999 if { status 200 }\n  http-response set-status ${CODE}\n';
    assert.deepEqual(await problems('haproxy', text), []);
  });
});

describe('values: HAProxy section names', () => {
  it("rejects a proxy, peers or userlist name with a character haproxy 2.6 -c refuses, and accepts '.', '_', '-', ':'", async () => {
    const text = 'frontend www.example.net:8002/x\n  bind :80\nbackend a+b\npeers p@1\nuserlist ok_list-1.a:b\nbackend app-1.a_b:c\ndefaults d/x\nlisten "${NAME}"\n';
    assert.deepEqual(await problems('haproxy', text), [
      "1:10 character '/' is not allowed in a frontend name: use letters, digits, '.', '_', '-' and ':' [value.enum]",
      "3:9 character '+' is not allowed in a backend name: use letters, digits, '.', '_', '-' and ':' [value.enum]",
      "4:7 character '@' is not allowed in a peers name: use letters, digits, '.', '_', '-' and ':' [value.enum]",
    ]);
  });
});

describe('values: corosync', () => {
  it('transport, integers, logging words', async () => {
    const text =
      'totem {\n  version: 3\n  transport: UDPU\n  token: 3000ms\n  crypto_cipher: aes512\n  interface {\n    knet_link_priority: 300\n  }\n}\n' +
      'logging {\n  to_syslog: on\n  timestamp: yes\n}\nquorum {\n  two_node: yes\n}\n';
    assert.deepEqual(await problems('corosync', text), [
      "2:12 version must be one of 2, not '3' [value.enum]",
      "3:14 transport must be one of udpu, udp, knet, not 'UDPU' [value.enum]",
      "4:10 token must be an integer, not '3000ms' [value.number]",
      "5:18 crypto_cipher must be one of none, aes256, aes192, aes128, not 'aes512' [value.enum]",
      '7:25 knet_link_priority must be between 0 and 255 [value.integer-range]',
      "12:14 timestamp must be one of on, off, hires, not 'yes' [value.enum]",
      "15:13 two_node must be an integer, not 'yes' [value.number]",
    ]);
    assert.deepEqual(await problems('corosync', 'nodelist {\n  node {\n    ring0_addr: 10.0.0.300\n    ring1_addr: alice.example\n  }\n}\n'), [
      "3:17 ring0_addr: '10.0.0.300' is not a valid IPv4 address [value.address]",
    ]);
  });

  it('crypto model, system switches, syslog facility and priorities as corosync -t 3.1.7 reads them', async () => {
    const text =
      'totem {\n  crypto_model: NSS\n}\nsystem {\n  qb_ipc_type: shm\n  sched_rr: on\n  move_to_root_cgroup: auto\n  allow_knet_handle_fallback: 1\n}\n' +
      'logging {\n  syslog_facility: local3\n  syslog_priority: ERR\n  logfile_priority: trace\n  logger_subsys {\n    syslog_facility: DAEMON\n  }\n}\n';
    assert.deepEqual(await problems('corosync', text), [
      "2:17 crypto_model must be one of nss, openssl, not 'NSS' [value.enum]",
      "6:13 sched_rr must be one of yes, no, not 'on' [value.enum]",
      "8:31 allow_knet_handle_fallback must be one of yes, no, not '1' [value.enum]",
      "13:21 logfile_priority must be one of emerg, alert, crit, err, error, warning, notice, info, debug, not 'trace' [value.enum]",
      "15:22 syslog_facility must be one of auth, authpriv, cron, daemon, ftp, kern, lpr, mail, news, syslog, user, uucp, local0, local1, local2, local3, local4, local5, local6, local7, not 'DAEMON' [value.enum]",
    ]);
  });
});

describe('values: DRBD', () => {
  it('protocol, ranges with units, booleans, handlers, address', async () => {
    const text =
      'resource r0 {\n  net {\n    protocol D;\n    ping-timeout 0;\n    sndbuf-size 20M;\n    allow-two-primaries maybe;\n    after-sb-0pri foo;\n  }\n' +
      '  disk {\n    c-min-rate 5G;\n    resync-rate 100M;\n    al-extents 70000;\n    resync-after r1/0;\n  }\n  options {\n    quorum majority;\n    quorum 40;\n  }\n' +
      '  on alice {\n    address 10.0.0.1;\n  }\n}\n';
    assert.deepEqual(await problems('drbd', text), [
      "3:14 protocol must be one of A, B, C, not 'D' [value.enum]",
      '4:18 ping-timeout must be between 1 and 300 [value.integer-range]',
      '5:17 sndbuf-size must be between 0 and 10485760 (20M is 20971520 bytes) [value.integer-range]',
      "6:25 allow-two-primaries must be yes, no, not 'maybe' [value.boolean]",
      "7:19 after-sb-0pri must be one of disconnect, discard-younger-primary, discard-older-primary, discard-zero-changes, discard-least-changes, discard-local, discard-remote, not 'foo' [value.enum]",
      '10:16 c-min-rate must be between 0 and 4194304 (5G is 5242880 units of 1024 bytes) [value.integer-range]',
      '17:12 quorum must be between 1 and 32 [value.integer-range]',
      '20:13 address has no port: drbdadm wants address:port (e.g. 10.0.0.1:7789) [value.port-range]',
    ]);
  });
});

describe('values: Ceph', () => {
  it('types by option name, any section, spaces and dashes as underscores', async () => {
    const text =
      '[global]\nfsid = a7f64266-0894-4f1e-a635\nosd pool default size = abc\nmon host = [v2:1.2.3.4:3300,v1:1.2.3.4:6789] 10.0.0.300\n' +
      'public network = 10.0.0.0/33\nauth-allow-insecure-global-id-reclaim = maybe\n[osd.3]\nosd_max_backfills = 2\nbdev_type = floppy\nms bind port min = 6800\n';
    assert.deepEqual(await problems('ceph', text), [
      "2:8 fsid: 'a7f64266-0894-4f1e-a635' is not a valid UUID (like 01234567-89ab-cdef-0123-456789abcdef) [value.uuid]",
      "3:25 osd_pool_default_size must be an integer, not 'abc' [value.number]",
      "4:12 mon_host: '10.0.0.300' is not a valid IPv4 address [value.address]",
      "5:18 public_network: prefix length '33' must be between 0 and 32 [value.address]",
      "6:41 auth_allow_insecure_global_id_reclaim must be true, false, yes, no or a number, not 'maybe' [value.boolean]",
      "9:13 bdev_type must be one of aio, spdk, pmem, hm_smr, not 'floppy' [value.enum]",
    ]);
  });
});

describe('address scanners', () => {
  // The definitions they implement, written as plainly as possible.
  const ipv4 = (v: string) => {
    const parts = v.split('.');
    return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
  };
  const shortIpv4 = (h: string) => {
    const parts = h.split('.');
    if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^\d{1,10}$/.test(p) && (p === '0' || !p.startsWith('0')))) return false;
    const n = parts.map(Number);
    return n.slice(0, -1).every((x) => x <= 255) && n[n.length - 1] <= (parts.length === 2 ? 0xffffff : 0xffff);
  };

  it('isIPv4 and isShortIPv4 agree with their definitions on fixed cases and 20,000 random strings', () => {
    const fixed = ['1.2.3.4', '255.255.255.255', '256.1.1.1', '01.2.3.4', '1.2.3', '1.2.3.4.', '.1.2.3', '1..2.3', '', '1.2.3.4a', '0.0.0.0', '1234.1.1.1', '10.1', '10.0', '10.01', '0.1', '10.16777215', '10.16777216', '10.1.65535', '10.1.65536', '256.1', '1.2.3.4.5'];
    const random = new Rng(3);
    const ALPHABET = '0123456789....a';
    const strings = Array.from({ length: 20000 }, () => Array.from({ length: random.int(16) }, () => random.pick([...ALPHABET])).join(''));
    let valid = 0;
    for (const v of [...fixed, ...strings]) {
      assert.equal(T.isIPv4(v), ipv4(v), `isIPv4(${JSON.stringify(v)})`);
      assert.equal(T.isShortIPv4(v), shortIpv4(v), `isShortIPv4(${JSON.stringify(v)})`);
      if (ipv4(v) || shortIpv4(v)) valid++;
    }
    assert.ok(valid > 200, `${valid} valid addresses among the cases`);
  });
});
