/** HAProxy semantic checks (server/src/formats/haproxy/semantic.ts): each rule fires where it should, stays silent
 * where HAProxy is content, and picks the severity `haproxy -c` (2.6) gives the same mistake. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { diagnose, type WorkspaceView } from '../../../server/src/service';
import { haproxySemantic } from '../../../server/src/formats/haproxy/semantic';
import { conceptById } from '../../../server/src/knowledge';
import { open } from '../../helpers';
import { Rng } from '../../agreement/mutate';

const SEV = ['', 'error', 'warning', 'information', 'hint'];

/** The semantic findings of a text: `line:code:severity` (line 1-based). */
async function findings(text: string, code?: string): Promise<string[]> {
  const doc = await open('haproxy', text);
  const out = diagnose(doc)
    .filter((d) => String(d.code).startsWith('haproxy.') && (!code || d.code === code))
    .map((d) => `${d.range.start.line + 1}:${String(d.code)}:${SEV[d.severity!]}`);
  doc.dispose();
  return out;
}

async function diagnostics(text: string, code: string): Promise<Diagnostic[]> {
  const doc = await open('haproxy', text);
  const out = diagnose(doc).filter((d) => d.code === code);
  doc.dispose();
  return out;
}

/** Defaults that silence the timeout check, so that each test sees only what it is about. */
const DEFAULTS = 'defaults\n  mode http\n  timeout connect 5s\n  timeout client 30s\n  timeout server 30s\n';

describe('haproxy semantic rules: metadata', () => {
  it('have unique haproxy.* codes, a description and a known concept', () => {
    const codes = haproxySemantic.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const r of haproxySemantic) {
      assert.match(r.code, /^haproxy\.[a-z0-9-]+$/);
      assert.ok(r.description.length > 10, r.code);
      if (r.concept) assert.ok(conceptById(r.concept), `${r.code}: unknown concept ${r.concept}`);
    }
  });
});

describe('haproxy.duplicate-proxy', () => {
  it('reports two frontends (and a listen and a backend) with one name, as an error with the first one related', async () => {
    const text = `${DEFAULTS}frontend www\n  bind :80\nfrontend www\n  bind :81\nlisten app\n  bind :82\nbackend app\n`;
    assert.deepEqual(await findings(text, 'haproxy.duplicate-proxy'), ['8:haproxy.duplicate-proxy:error', '12:haproxy.duplicate-proxy:error']);
    const [d] = await diagnostics(text, 'haproxy.duplicate-proxy');
    assert.match(d.message, /frontend 'www' has the same name as frontend 'www' on line 6/);
    assert.equal(d.relatedInformation![0].location.range.start.line, 5);
    assert.equal(d.range.start.character, 'frontend '.length, 'underlines the name');
  });

  it('accepts a frontend and a backend sharing a name', async () => {
    assert.deepEqual(await findings(`${DEFAULTS}frontend app\n  bind :80\n  default_backend app\nbackend app\n`, 'haproxy.duplicate-proxy'), []);
  });

  it('reports repeated peers and cache names as errors and a repeated userlist as a warning', async () => {
    const text = 'peers p\npeers p\ncache c\n  total-max-size 4\ncache c\n  total-max-size 4\nuserlist u\nuserlist u\n';
    assert.deepEqual(await findings(text, 'haproxy.duplicate-proxy'), [
      '2:haproxy.duplicate-proxy:error',
      '5:haproxy.duplicate-proxy:error',
      '8:haproxy.duplicate-proxy:warning',
    ]);
  });

  it('makes it a warning when one of them is inside an .if block', async () => {
    const text = `${DEFAULTS}.if defined(A)\nbackend b\n.else\nbackend b\n.endif\n`;
    assert.deepEqual(await findings(text, 'haproxy.duplicate-proxy'), ['9:haproxy.duplicate-proxy:warning']);
  });
});

describe('haproxy.duplicate-server', () => {
  it('reports a server name used twice in one backend', async () => {
    const text = `${DEFAULTS}backend b\n  server s1 10.0.0.1:80 check\n  server s1 10.0.0.2:80 check\n`;
    assert.deepEqual(await findings(text, 'haproxy.duplicate-server'), ['8:haproxy.duplicate-server:error']);
  });

  it('accepts one server name in two backends', async () => {
    const text = `${DEFAULTS}backend a\n  server s1 10.0.0.1:80\nbackend b\n  server s1 10.0.0.2:80\n`;
    assert.deepEqual(await findings(text, 'haproxy.duplicate-server'), []);
  });
});

describe('haproxy.no-bind', () => {
  it('warns about a frontend and a listen without bind', async () => {
    const text = `${DEFAULTS}frontend f\n  default_backend b\nlisten l\n  server s 10.0.0.1:80\nbackend b\n`;
    assert.deepEqual(await findings(text, 'haproxy.no-bind'), ['6:haproxy.no-bind:warning', '8:haproxy.no-bind:warning']);
  });

  it('is silent for a frontend with a bind, a disabled one, and a backend', async () => {
    const text = `${DEFAULTS}frontend f\n  bind :80\nfrontend off\n  disabled\nbackend b\n`;
    assert.deepEqual(await findings(text, 'haproxy.no-bind'), []);
  });
});

describe('haproxy.route-loop', () => {
  it('reports a listen or backend routing to itself (haproxy -c: "loop detected for default_backend"), not a frontend', async () => {
    const text = `${DEFAULTS}listen l\n  bind :80\n  use_backend l if { path /x }\n  default_backend l\n  server s 10.0.0.1:80\nbackend b\n  default_backend b\n  server s 10.0.0.2:80\nfrontend f\n  bind :81\n  default_backend f2\nfrontend f2\n  bind :82\n  default_backend b\n`;
    assert.deepEqual(await findings(text, 'haproxy.route-loop'), ['8:haproxy.route-loop:error', '9:haproxy.route-loop:error', '12:haproxy.route-loop:error']);
    const [d] = await diagnostics(text, 'haproxy.route-loop');
    assert.match(d.message, /use_backend sends listen 'l' to itself/);
  });

  it('is a warning inside an .if block, and silent for a route to another backend', async () => {
    const text = `${DEFAULTS}listen l\n  bind :80\n.if defined(X)\n  default_backend l\n.endif\n  server s 10.0.0.1:80\nlisten m\n  bind :81\n  default_backend l\n`;
    assert.deepEqual(await findings(text, 'haproxy.route-loop'), ['9:haproxy.route-loop:warning']);
  });
});

describe('haproxy.server-ssl-verify', () => {
  // Each case checked with haproxy 2.6 -c ("verify is enabled by default but no CA file specified").
  const at = async (global: string, defaults: string, backend: string) =>
    findings(`${global}defaults\n  mode tcp\n  timeout connect 1s\n  timeout client 1s\n  timeout server 1s\n${defaults}backend b\n${backend}`, 'haproxy.server-ssl-verify');

  it('reports a server reached over SSL that verifies its certificate without a ca-file', async () => {
    assert.deepEqual(await at('', '', '  server s 10.0.0.1:443 ssl\n'), ['7:haproxy.server-ssl-verify:error']);
    assert.deepEqual(await at('', '', '  server s 10.0.0.1:443 check-ssl\n'), ['7:haproxy.server-ssl-verify:error']);
    assert.deepEqual(await at('', '', '  server-template s 3 10.0.0.1:443 ssl\n'), ['7:haproxy.server-ssl-verify:error']);
    assert.deepEqual(await at('', '', '  option tcp-check\n  tcp-check connect port 443 ssl\n  server s 10.0.0.1:443\n'), ['9:haproxy.server-ssl-verify:error']);
    assert.deepEqual(await at('', '  default-server ssl\n', '  server s 10.0.0.1:443\n'), ['8:haproxy.server-ssl-verify:error']);
    // A default-server line applies to the servers after it only.
    assert.deepEqual(await at('', '', '  server s 10.0.0.1:443 ssl\n  default-server verify none\n'), ['7:haproxy.server-ssl-verify:error']);
    assert.deepEqual(await at('global\n  ssl-server-verify none\n', '', '  server s 10.0.0.1:443 ssl verify required\n'), ['9:haproxy.server-ssl-verify:error']);
    assert.deepEqual(await at('', '', '  server s 10.0.0.1:443 ssl verify none\n  server t 10.0.0.2:443 ssl\n'), ['8:haproxy.server-ssl-verify:error']);
    const text = 'defaults\n  mode tcp\nbackend b\n  server s 10.0.0.1:443 ssl\n';
    const [d] = await diagnostics(text, 'haproxy.server-ssl-verify');
    assert.match(d.message, /server 's' is reached over SSL and verifies its certificate \(the default\) but has no 'ca-file'/);
  });

  it("accepts 'verify none', a ca-file, ssl-server-verify none, and servers without SSL", async () => {
    for (const [global, defaults, backend] of [
      ['', '', '  server s 10.0.0.1:443 ssl verify none\n'],
      ['', '', '  server s 10.0.0.1:443 ssl ca-file /etc/ssl/certs/ca-certificates.crt\n'],
      ['', '', '  server s 10.0.0.1:443 ssl ca-file @system-ca\n'],
      ['', '  default-server ssl verify none\n', '  server s 10.0.0.1:443\n'],
      ['', '  default-server ca-file /etc/ssl/certs/ca-certificates.crt\n', '  server s 10.0.0.1:443 ssl\n'],
      ['', '', '  default-server verify none\n  server s 10.0.0.1:443 ssl\n'],
      ['', '  default-server ssl\n', '  default-server verify none\n  server s 10.0.0.1:443\n'],
      ['global\n  ssl-server-verify none\n', '', '  server s 10.0.0.1:443 ssl\n'],
      ['global\n  ssl-server-verify required\n', '', '  server s 10.0.0.1:443 ssl verify none\n'],
      ['', '', '  server s 10.0.0.1:443 ssl no-ssl\n'],
      ['', '', '  server s 10.0.0.1:443 check-ssl no-check-ssl check\n'],
      ['', '', '  default-server ssl\n  server s 10.0.0.1:443 verify none\n'],
      ['', '', '  server s 10.0.0.1:80 alpn ssl\n'], // 'ssl' is the value of alpn here
    ]) {
      assert.deepEqual(await at(global, defaults, backend), [], JSON.stringify([global, defaults, backend]));
    }
  });
});

describe('haproxy.mode-mismatch', () => {
  it('reports an http frontend whose default_backend and use_backend are tcp backends', async () => {
    const text = `${DEFAULTS}frontend f\n  bind :80\n  use_backend t if { path /x }\n  default_backend t\nbackend t\n  mode tcp\n`;
    assert.deepEqual(await findings(text, 'haproxy.mode-mismatch'), ['8:haproxy.mode-mismatch:error', '9:haproxy.mode-mismatch:error']);
    const [d] = await diagnostics(text, 'haproxy.mode-mismatch');
    assert.match(d.message, /backend 't', which works in tcp mode \(its 'mode tcp' on line 11\)/);
  });

  it('takes the mode from the last defaults before each section, and from named defaults with "from"', async () => {
    const text = [
      'defaults web',
      '  mode http',
      'defaults raw',
      '  mode tcp',
      'frontend f from web', // http, from the named defaults
      '  bind :80',
      '  default_backend b',
      'backend b', // tcp: the last defaults before it
      '',
    ].join('\n');
    assert.deepEqual(await findings(text, 'haproxy.mode-mismatch'), ['7:haproxy.mode-mismatch:error']);
  });

  it('accepts tcp to http, http to http, and a backend name built per request', async () => {
    const text = `${DEFAULTS}frontend t\n  mode tcp\n  bind :81\n  default_backend h\nfrontend h\n  bind :80\n  use_backend %[req.hdr(host)]\n  default_backend h\nbackend h\n`;
    assert.deepEqual(await findings(text, 'haproxy.mode-mismatch'), []);
  });
});

describe('haproxy.missing-timeout', () => {
  it("warns about a frontend without 'timeout client' and a backend with servers without connect/server", async () => {
    const text = 'frontend f\n  bind :80\n  default_backend b\nbackend b\n  server s 10.0.0.1:80\n';
    assert.deepEqual(await findings(text, 'haproxy.missing-timeout'), ['1:haproxy.missing-timeout:warning', '4:haproxy.missing-timeout:warning']);
    const diags = await diagnostics(text, 'haproxy.missing-timeout');
    assert.match(diags[0].message, /no 'timeout client'/);
    assert.match(diags[1].message, /no 'timeout connect', 'timeout server'/);
  });

  it('counts the defaults, a zero value as missing, a tunnel timeout in tcp mode, and skips backends without servers', async () => {
    assert.deepEqual(await findings(`${DEFAULTS}frontend f\n  bind :80\nbackend b\n  server s 10.0.0.1:80\n`, 'haproxy.missing-timeout'), []);
    assert.deepEqual(await findings('backend empty\n  timeout connect 0\n', 'haproxy.missing-timeout'), []);
    const tcp = 'defaults\n  mode tcp\n  timeout connect 5s\nbackend b\n  timeout tunnel 1h\n  server s 10.0.0.1:80\n';
    assert.deepEqual(await findings(tcp, 'haproxy.missing-timeout'), []);
    const zero = `${DEFAULTS}frontend f\n  bind :80\n  timeout client 0\n`;
    assert.deepEqual(await findings(zero, 'haproxy.missing-timeout'), ['6:haproxy.missing-timeout:warning']);
  });
});

describe('haproxy: a configuration split across files', () => {
  const shared: WorkspaceView = { shared: true, definitions: () => [], referenceCount: () => 0 };
  it('does not judge timeouts and modes that a defaults section of another file may set', async () => {
    const text = 'frontend f\n  bind :80\n  option httplog\n  default_backend b\nbackend b\n  server s 10.0.0.1:80\n';
    const doc = await open('haproxy', text);
    const codes = (opts: { workspace?: WorkspaceView }) => diagnose(doc, opts).map((d) => String(d.code)).filter((c) => /timeout|tcp-mode|mode-mismatch/.test(c));
    assert.ok(codes({}).includes('haproxy.missing-timeout'));
    assert.deepEqual(codes({ workspace: shared }), []);
    doc.dispose();
  });

  it('still judges the proxies under a defaults section of the file itself', async () => {
    const doc = await open('haproxy', 'defaults\n  mode http\nfrontend f\n  bind :80\n');
    assert.deepEqual(diagnose(doc, { workspace: shared }).filter((d) => d.code === 'haproxy.missing-timeout').length, 1);
    doc.dispose();
  });
});

describe('haproxy.http-in-tcp-mode', () => {
  it('warns about HTTP options and rules in a tcp proxy, and notes connection options that do nothing', async () => {
    const text = [
      'defaults',
      '  timeout connect 5s',
      '  timeout client 5s',
      '  timeout server 5s',
      'listen db', // no mode: tcp
      '  bind :3306',
      '  option httplog',
      '  option forwardfor',
      '  option http-server-close',
      '  http-request deny if { src 10.0.0.0/8 }',
      '  balance uri',
      '  cookie SRV insert',
      '  stats enable',
      '  option tcp-check',
      '  server s 10.0.0.1:3306 check',
      '',
    ].join('\n');
    assert.deepEqual(await findings(text, 'haproxy.http-in-tcp-mode'), [
      '7:haproxy.http-in-tcp-mode:warning',
      '8:haproxy.http-in-tcp-mode:warning',
      '9:haproxy.http-in-tcp-mode:information',
      '10:haproxy.http-in-tcp-mode:warning',
      '11:haproxy.http-in-tcp-mode:warning',
      '12:haproxy.http-in-tcp-mode:warning',
      '13:haproxy.http-in-tcp-mode:warning',
    ]);
    const [d] = await diagnostics(text, 'haproxy.http-in-tcp-mode');
    assert.match(d.message, /listen 'db' has no mode, so it is in tcp mode: HAProxy falls back to 'option tcplog'/);
  });

  it('reports HTTP options a tcp proxy takes from its defaults, once, on its mode line', async () => {
    const text = `defaults\n  mode http\n  option httplog\n  option forwardfor\n  timeout connect 5s\n  timeout client 5s\n  timeout server 5s\nlisten db\n  mode tcp\n  bind :3306\n`;
    assert.deepEqual(await findings(text, 'haproxy.http-in-tcp-mode'), ['9:haproxy.http-in-tcp-mode:warning']);
    const [d] = await diagnostics(text, 'haproxy.http-in-tcp-mode');
    assert.match(d.message, /takes 'option httplog', 'option forwardfor' from its defaults/);
    assert.equal(d.relatedInformation!.length, 2);
  });

  it("is silent in http mode, and when the tcp proxy sets its own log format or says 'no option'", async () => {
    assert.deepEqual(await findings(`${DEFAULTS}frontend f\n  bind :80\n  option httplog\n  http-request deny\n`, 'haproxy.http-in-tcp-mode'), []);
    const text = `defaults\n  mode http\n  option httplog\n  option http-buffer-request\nlisten db\n  mode tcp\n  bind :3306\n  option tcplog\n  no option http-buffer-request\n`;
    assert.deepEqual(await findings(text, 'haproxy.http-in-tcp-mode'), []);
  });
});

describe('haproxy.bind-conflict', () => {
  it("treats ':80', '*:80' and '0.0.0.0:80' as one address, across and within sections, and port ranges as overlapping", async () => {
    const text = `${DEFAULTS}frontend a\n  bind :80\nfrontend b\n  bind *:80\n  bind 0.0.0.0:8000-8010\nlisten c\n  bind 0.0.0.0:8005\n`;
    assert.deepEqual(await findings(text, 'haproxy.bind-conflict'), ['9:haproxy.bind-conflict:warning', '12:haproxy.bind-conflict:warning']);
    const [d] = await diagnostics(text, 'haproxy.bind-conflict');
    assert.match(d.message, /'\*:80' is already bound by frontend 'a' \(':80' on line 7\)/);
  });

  it('compares wide port ranges with single ports and with other ranges of the same address only', async () => {
    const text = `${DEFAULTS}frontend a\n  bind :10000-20000\nfrontend b\n  bind 10.0.0.1:15000-15010\n  bind :15000\n  bind 0.0.0.0:19000-30000\n`;
    assert.deepEqual(await findings(text, 'haproxy.bind-conflict'), ['10:haproxy.bind-conflict:warning', '11:haproxy.bind-conflict:warning']);
    const wide = `${DEFAULTS}frontend a\n  bind :15000\nfrontend b\n  bind :10000-20000\n`;
    assert.deepEqual(await findings(wide, 'haproxy.bind-conflict'), ['9:haproxy.bind-conflict:warning']);
  });

  it('accepts different ports, different addresses, IPv6 beside IPv4, and other namespaces', async () => {
    const text = `${DEFAULTS}frontend a\n  bind :80\n  bind :::80 v6only\nfrontend b\n  bind 10.0.0.1:80\n  bind :443\nfrontend c\n  bind :80 namespace blue\n`;
    assert.deepEqual(await findings(text, 'haproxy.bind-conflict'), []);
  });
});

describe('HAProxy findings kept across edits', () => {
  it('name the lines of other nodes as they are after an edit above them', async () => {
    const text = 'global\n  maxconn 100\ndefaults\n  mode tcp\n  timeout connect 5s\n  timeout client 30s\n  timeout server 30s\nlisten db\n  bind :3306\n  option httplog\n  server a 10.0.0.1:3306\n  server a 10.0.0.2:3306\n';
    const doc = await open('haproxy', text);
    const messages = () => diagnose(doc).filter((d) => d.code === 'haproxy.duplicate-server' || d.code === 'haproxy.http-in-tcp-mode').map((d) => `${d.range.start.line}: ${d.message}`);
    const before = messages();
    assert.equal(before.length, 2, before.join('\n'));
    assert.match(before.join('\n'), /from the defaults on line 3\)/);
    assert.match(before.join('\n'), /\(line 11\)/);
    // Lines added in global: the defaults and the listen section are kept as they were, two lines lower.
    doc.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '  nbthread 2\n  nbproc 1\n' }], 2);
    const after = messages().join('\n');
    assert.match(after, /from the defaults on line 5\)/);
    assert.match(after, /\(line 13\)/);
    doc.dispose();
  });
});

describe('HAProxy checks across edits inside sections', () => {
  it('give after each of 200 random line edits what a fresh document gives (patched index, kept findings, reused diagnostics)', async () => {
    const random = new Rng(11);
    const LINES = [
      '  mode http', '  mode tcp', '  use_backend b1', '  use_backend b2 if { path_beg /x }', '  default_backend b3', '  default_backend nowhere',
      '  bind :80', '  bind :443 ssl', '  server s1 10.0.0.1:80 check', '  server s1 10.0.0.2:80', '  server s2 10.0.0.3:80 backup',
      '  timeout server 30s', '  timeout client 0', '  option httplog', '  option forwardfor', '  http-request deny if { src 10.0.0.9 }',
      '  balance uri', '  # a comment', '  acl a1 src 10.0.0.1', '  http-request deny if a1', '  stats enable',
    ];
    const sections = ['defaults\n  mode http\n  timeout connect 5s\n  timeout client 30s\n  timeout server 30s\n'];
    for (let i = 0; i < 4; i++) sections.push(`frontend f${i}\n  bind :${8000 + i}\n  default_backend b${i % 3 + 1}\n  # slot\n  # slot\n`);
    for (let i = 1; i <= 3; i++) sections.push(`backend b${i}\n  server s${i} 10.0.1.${i}:80 check\n  # slot\n  # slot\n`);
    sections.push('listen l1\n  bind :9000\n  mode tcp\n  # slot\n');
    let text = sections.join('');
    const doc = await open('haproxy', text);
    const all = (list: Diagnostic[]) => list.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code)} ${d.message} ${JSON.stringify(d.relatedInformation ?? [])}`);
    for (let step = 0; step < 200; step++) {
      const rows = text.split('\n');
      // An indented line (never a section header), replaced by another directive; now and then a line added above.
      const inner = rows.map((r, i) => (r.startsWith('  ') ? i : -1)).filter((i) => i >= 0);
      const row = random.pick(inner);
      const addAbove = random.next() < 0.15;
      const replacement = random.pick(LINES);
      const change = addAbove
        ? { range: { start: { line: row, character: 0 }, end: { line: row, character: 0 } }, text: `${replacement}\n` }
        : { range: { start: { line: row, character: 0 }, end: { line: row, character: rows[row].length } }, text: replacement };
      doc.update([change], step + 2);
      if (addAbove) rows.splice(row, 0, replacement);
      else rows[row] = replacement;
      text = rows.join('\n');
      const fresh = await open('haproxy', text);
      assert.deepEqual(all(diagnose(doc)), all(diagnose(fresh)), `after step ${step}:\n${text}`);
      fresh.dispose();
    }
    doc.dispose();
  });
});

describe('haproxy.bind-conflict across edits', () => {
  it('gives after each of 150 random edits of bind lines what a fresh document gives (the bind index follows the edits)', async () => {
    // Seeded, so that a failure reproduces.
    const random = new Rng(7);
    const PORTS = [':80', ':443', '*:80', '10.0.0.1:80', ':8080', ':80,:443', '[::]:80', ':9000-9001', 'unix@/run/a.sock'];
    const lines = [`${DEFAULTS}`];
    for (let i = 0; i < 6; i++) lines.push(`${i % 3 === 2 ? 'listen' : 'frontend'} f${i}\n  bind :${8000 + i}\n  bind :${9100 + i}\n`);
    let text = lines.join('');
    const doc = await open('haproxy', text);
    let withConflicts = 0;
    let withRanges = 0;
    let indexedWithConflicts = 0;
    const conflicts = (list: Diagnostic[]) =>
      list.filter((d) => d.code === 'haproxy.bind-conflict').map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
    for (let step = 0; step < 150; step++) {
      // Replace the address of a random bind line (or disable / enable a section now and then).
      const rows = text.split('\n');
      const binds = rows.map((r, i) => (r.startsWith('  bind ') || r.startsWith('  disabled') ? i : -1)).filter((i) => i >= 0);
      const row = random.pick(binds);
      const replacement = random.next() < 0.1 ? '  disabled' : `  bind ${random.pick(PORTS)}`;
      doc.update([{ range: { start: { line: row, character: 0 }, end: { line: row, character: rows[row].length } }, text: replacement }], step + 2);
      rows[row] = replacement;
      text = rows.join('\n');
      const fresh = await open('haproxy', text, 'file:///test/fresh.cfg');
      const now = conflicts(diagnose(doc));
      assert.deepEqual(now, conflicts(diagnose(fresh)), `after step ${step}:\n${text}`);
      fresh.dispose();
      if (now.length) withConflicts++;
      if (text.includes('-9001')) withRanges++;
      else if (now.length) indexedWithConflicts++;
    }
    doc.dispose();
    // The edits reached both ways of checking, with conflicts to report.
    assert.ok(withConflicts > 30 && withRanges > 30 && indexedWithConflicts > 10, `${withConflicts} ${withRanges} ${indexedWithConflicts}`);
  });
});

describe('haproxy.ssl-without-crt', () => {
  it("reports an ssl bind without crt as an error, and as a warning with 'strict-sni'", async () => {
    const text = `${DEFAULTS}frontend a\n  bind :443 ssl\n  bind :8443 ssl strict-sni\n`;
    assert.deepEqual(await findings(text, 'haproxy.ssl-without-crt'), ['7:haproxy.ssl-without-crt:error', '8:haproxy.ssl-without-crt:warning']);
  });

  it("accepts crt, crt-list, default-crt, an 'ssl-f-use' in the section, and 'ssl' as another setting's value", async () => {
    const text = `${DEFAULTS}frontend a\n  bind :443 ssl crt /etc/haproxy/site.pem\n  bind :444 ssl crt-list /etc/haproxy/list\n  bind :445 name ssl\nfrontend b\n  bind :446 ssl\n  ssl-f-use crt /etc/haproxy/b.pem\n`;
    assert.deepEqual(await findings(text, 'haproxy.ssl-without-crt'), []);
  });
});

describe('haproxy.all-backup', () => {
  it("warns when every server of a backend is 'backup' (also through default-server)", async () => {
    const text = `${DEFAULTS}backend a\n  server s1 10.0.0.1:80 check backup\n  server s2 10.0.0.2:80 check backup\nbackend b\n  default-server backup\n  server s1 10.0.0.1:80 check\n`;
    assert.deepEqual(await findings(text, 'haproxy.all-backup'), ['6:haproxy.all-backup:warning', '9:haproxy.all-backup:warning']);
  });

  it('is silent when one server is active', async () => {
    const text = `${DEFAULTS}backend a\n  server s1 10.0.0.1:80 check\n  server s2 10.0.0.2:80 check backup\n`;
    assert.deepEqual(await findings(text, 'haproxy.all-backup'), []);
  });
});

describe('haproxy.no-health-check', () => {
  it("notes a backend with several servers and no 'check'", async () => {
    const text = `${DEFAULTS}backend a\n  server s1 10.0.0.1:80\n  server s2 10.0.0.2:80\n`;
    assert.deepEqual(await findings(text, 'haproxy.no-health-check'), ['6:haproxy.no-health-check:information']);
  });

  it("is silent with 'check' on a server or on default-server (here or in defaults), and for one server", async () => {
    assert.deepEqual(await findings(`${DEFAULTS}backend a\n  server s1 10.0.0.1:80 check\n  server s2 10.0.0.2:80\n`, 'haproxy.no-health-check'), []);
    assert.deepEqual(await findings(`${DEFAULTS}  default-server check\nbackend a\n  server s1 10.0.0.1:80\n  server s2 10.0.0.2:80\n`, 'haproxy.no-health-check'), []);
    assert.deepEqual(await findings(`${DEFAULTS}backend a\n  server s1 10.0.0.1:80\n`, 'haproxy.no-health-check'), []);
  });
});

describe('haproxy semantic checks and the rest of diagnose()', () => {
  it('can be silenced with # haconf-ignore', async () => {
    const text = `${DEFAULTS}backend a\n  server s1 10.0.0.1:80 check\n  # haconf-ignore: haproxy.duplicate-server\n  server s1 10.0.0.2:80 check\n`;
    assert.deepEqual(await findings(text), []);
  });

  it('gives a clean, complete configuration no finding at all', async () => {
    const text = [
      'global',
      '  log /dev/log local0',
      DEFAULTS.trimEnd(),
      '  option httplog',
      'frontend www',
      '  bind :80',
      '  bind :443 ssl crt /etc/haproxy/site.pem',
      '  default_backend app',
      'backend app',
      '  balance roundrobin',
      '  server web1 10.0.0.1:80 check',
      '  server web2 10.0.0.2:80 check',
      '',
    ].join('\n');
    const doc = await open('haproxy', text);
    assert.deepEqual(diagnose(doc).filter((d) => d.severity !== DiagnosticSeverity.Hint), []);
    doc.dispose();
  });

  it('recomputes one section after an edit and keeps the cross-section judgement right', async () => {
    const doc = await open('haproxy', `${DEFAULTS}frontend a\n  bind :80\nfrontend b\n  bind :81\n`);
    assert.deepEqual(diagnose(doc).filter((d) => d.code === 'haproxy.bind-conflict'), []);
    // Line 9 (0-based 8) is '  bind :81': make it ':80'.
    doc.update([{ range: { start: { line: 8, character: 9 }, end: { line: 8, character: 10 } }, text: '0' }], 1);
    assert.deepEqual(diagnose(doc).filter((d) => d.code === 'haproxy.bind-conflict').map((d) => d.range.start.line), [8]);
    doc.update([{ range: { start: { line: 8, character: 9 }, end: { line: 8, character: 10 } }, text: '1' }], 2);
    assert.deepEqual(diagnose(doc).filter((d) => d.code === 'haproxy.bind-conflict'), []);
    doc.dispose();
  });
});

describe('haproxy.anonymous-defaults-rules', () => {
  it('rejects rules in a defaults section without a name (an .if block makes it a warning)', async () => {
    const text = 'defaults\n  mode http\n  http-request deny\n  tcp-request content accept\n.if defined(X)\n  http-response del-header x\n.endif\n';
    assert.deepEqual(await findings(text, 'haproxy.anonymous-defaults-rules'), [
      '3:haproxy.anonymous-defaults-rules:error',
      '4:haproxy.anonymous-defaults-rules:error',
      '6:haproxy.anonymous-defaults-rules:warning',
    ]);
  });
  it('accepts them in a named defaults section and in proxies', async () => {
    const text = 'defaults base\n  mode http\n  http-request deny\n  tcp-request content accept\ndefaults\n  mode http\n  timeout client 1s\nfrontend f from base\n  bind :80\n  http-request deny\n';
    assert.deepEqual(await findings(text, 'haproxy.anonymous-defaults-rules'), []);
  });
});
