/** Schema diagnostics: unknown, misplaced, deprecated and version-dependent keywords, per format. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { registry } from '../../../server/src/formats';
import { diagnose, schemaDiagnostics, type SchemaCheckOptions } from '../../../server/src/service';
import { editDistance, selectVersion, suggest } from '../../../server/src/service/features/schemaDiagnostics';
import { grammarWasmPath } from '../../../server/src/service/parsers';
import { corpus, describeDiags, errors, open, SKIP_NO_SHARED } from '../../helpers';

async function check(format: string, text: string, opts: SchemaCheckOptions = {}): Promise<Diagnostic[]> {
  const doc = await open(format, text);
  const out = schemaDiagnostics(doc, opts);
  doc.dispose();
  return out;
}

const brief = (d: Diagnostic) => ({ line: d.range.start.line, from: d.range.start.character, to: d.range.end.character, severity: d.severity, code: d.code, message: d.message });

describe('schema diagnostics: HAProxy', () => {
  it('reports an unknown keyword with a did-you-mean and the suggestion in data', async () => {
    const [d, ...rest] = await check('haproxy', 'backend app\n  balanse roundrobin\n');
    assert.equal(rest.length, 0);
    assert.deepEqual(brief(d), { line: 1, from: 2, to: 9, severity: 1, code: 'schema.unknown-keyword', message: "unknown keyword 'balanse' in 'backend app'; did you mean 'balance'?" });
    assert.deepEqual(d.data, { suggestions: ['balance'] });
  });

  it('names where a misplaced keyword belongs: a warning between proxies, an error elsewhere (as haproxy -c)', async () => {
    const ds = await check('haproxy', 'global\n  bind :80\nbackend app\n  bind :80\n');
    assert.deepEqual(ds.map(brief), [
      { line: 1, from: 2, to: 6, severity: 1, code: 'schema.wrong-section', message: "'bind' is not allowed in the global section; it belongs in frontend, listen, log-forward, peers" },
      { line: 3, from: 2, to: 6, severity: 2, code: 'schema.wrong-section', message: "'bind' is not allowed in a backend; it belongs in frontend, listen, log-forward, peers" },
    ]);
  });

  it("makes 'server', 'server-template' and 'default-server' in a frontend an error (haproxy -c refuses them) and 'balance' there a warning", async () => {
    const ds = await check('haproxy', 'frontend f\n  server s 10.0.0.1:80\n  server-template w 3 10.0.0.2:80\n  default-server check\n  balance roundrobin\nbackend b\n  server s 10.0.0.1:80\n');
    assert.deepEqual(ds.filter((d) => d.code === 'schema.wrong-section').map((d) => `${d.range.start.line}:${d.severity}`), ['1:1', '2:1', '3:1', '4:2']);
  });

  it('checks the second word of multi-word keywords and the action after http-request', async () => {
    const ds = await check('haproxy', 'backend app\n  option httpchek\n  timeout conect 5s\n  http-request set-headr X y\n  http-request set-var(txn.x) str(1)\n  http-request lua.foo\n  no option redispatch\n');
    assert.deepEqual(ds.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.code]), [
      [1, 2, 17, 'schema.unknown-keyword'],
      [2, 2, 16, 'schema.unknown-keyword'],
      [3, 15, 24, 'schema.unknown-keyword'],
    ]);
    assert.match(ds[0].message, /^unknown keyword 'option httpchek' in 'backend app'; did you mean 'option httpchk'/);
    assert.match(ds[1].message, /did you mean 'timeout connect'/);
    assert.match(ds[2].message, /^unknown action 'set-headr' for 'http-request' in 'backend app'; did you mean 'set-header'/);
  });

  it('warns about a deprecated keyword with its replacement', async () => {
    const [d] = await check('haproxy', 'backend app\n  transparent\n');
    assert.deepEqual(brief(d), { line: 1, from: 2, to: 13, severity: 2, code: 'schema.deprecated', message: "'transparent' is deprecated; use 'option transparent' instead" });
    assert.deepEqual(d.data, { replacement: 'option transparent' });
  });

  it('checks against the selected version', async () => {
    const text = 'global\n  maxconn 10\ndefaults\n  log-profile x\n';
    assert.deepEqual(await check('haproxy', text), []);
    const ds = await check('haproxy', text, { versions: { haproxy: '2.6' } });
    assert.deepEqual(ds.map(brief), [{ line: 3, from: 2, to: 13, severity: 1, code: 'schema.version', message: "'log-profile' needs HAProxy 3.2; this file is checked against 2.6" }]);
    // 2.6.12 selects 2.6.
    assert.equal((await check('haproxy', text, { versions: { haproxy: '2.6.12' } })).length, 1);
  });

  it('only warns inside .if / .endif (the branch HAProxy reads is not known)', async () => {
    const ds = await check('haproxy', '.if version_atleast(3.1)\ntraces\n  trace all sink stderr\n.endif\nglobal\n  maxconn 1\n', { versions: { haproxy: '2.6' } });
    assert.ok(ds.length > 0);
    assert.deepEqual(errors(ds), []);
  });

  it('is silent on a valid file', async () => {
    const text = 'global\n  maxconn 100\n  log stdout format raw local0\ndefaults\n  mode http\n  timeout connect 5s\n  option httplog\nfrontend www\n  bind :80\n  http-request set-header X-Fwd 1\n  tcp-request content accept\n  default_backend app\nbackend app\n  balance roundrobin\n  option httpchk GET /\n  no option redispatch\n  server s1 10.0.0.1:80 check\n';
    assert.deepEqual(await check('haproxy', text), []);
    assert.deepEqual(await check('haproxy', text, { versions: { haproxy: '2.6' } }), []);
  });
});

describe('schema diagnostics: keepalived', () => {
  it('reports an unknown keyword in a block, and is silent inside address lists', async () => {
    const ds = await check('keepalived', 'vrrp_instance VI_1 {\n    state MASTER\n    priorty 100\n    virtual_ipaddress {\n        10.0.0.1/24 dev eth0\n    }\n}\n');
    assert.deepEqual(ds.map(brief), [{ line: 2, from: 4, to: 11, severity: 1, code: 'schema.unknown-keyword', message: "unknown keyword 'priorty' in 'vrrp_instance VI_1'; did you mean 'priority'?" }]);
  });

  it('reports a keyword of another block', async () => {
    const [d] = await check('keepalived', 'global_defs {\n    virtual_router_id 51\n}\n');
    assert.equal(d.code, 'schema.wrong-section');
    assert.match(d.message, /^'virtual_router_id' is not allowed in a global_defs block; it belongs in vrrp_instance/);
  });

  it('checks against the selected version', async () => {
    const data = registry.get('keepalived')!.schema.contexts;
    const newer = Object.entries(data).flatMap(([ctx, list]) => list.filter((k) => k.versions && !k.versions.includes('2.2.7') && ctx === 'global_defs'))[0];
    assert.ok(newer, 'a global_defs keyword 2.2.7 lacks');
    const text = `global_defs {\n    ${newer.name} 1\n}\n`;
    assert.deepEqual(errors(await check('keepalived', text)), []);
    const ds = await check('keepalived', text, { versions: { keepalived: '2.2.7' } });
    assert.deepEqual(ds.map((d) => [d.code, d.message]), [['schema.version', `'${newer.name}' needs keepalived 2.4; this file is checked against 2.2.7`]]);
  });
});

describe('schema diagnostics: corosync, DRBD, Ceph', () => {
  it('corosync: an unknown key is a warning (corosync -t accepts it); ring0_addr is ringX_addr', async () => {
    const ds = await check('corosync', 'totem {\n    version: 2\n    cluster_nme: c\n}\nnodelist {\n    node {\n        ring0_addr: a\n        nodeid: 1\n    }\n}\n');
    assert.deepEqual(ds.map(brief), [{ line: 2, from: 4, to: 15, severity: 2, code: 'schema.unknown-keyword', message: "unknown key 'cluster_nme' in 'totem'; did you mean 'cluster_name'?" }]);
  });

  it('DRBD: an unknown option is an error; the drbdsetup options the census lacks are known', async () => {
    const ds = await check('drbd', 'resource r0 {\n  net {\n    protocl C;\n    congestion-fill 1M;\n  }\n  disk {\n    c-fill-target 1M;\n  }\n}\n');
    assert.deepEqual(ds.map(brief), [{ line: 2, from: 4, to: 11, severity: 1, code: 'schema.unknown-keyword', message: "unknown keyword 'protocl' in 'net'; did you mean 'protocol'?" }]);
  });

  it('Ceph: an unknown option is a warning with a loose suggestion; any spelling of a known one is silent', async () => {
    const ds = await check('ceph', '[global]\nmon host = a\nmon_host = b\nosd-pool-default-size = 3\nosd pool default siz = 3\ndebug ms = 1\n');
    assert.deepEqual(ds.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.severity, d.code]), [[4, 0, 20, 2, 'schema.unknown-keyword']]);
    assert.match(ds[0].message, /^unknown option 'osd_pool_default_siz' in 'global'; did you mean 'osd_pool_default_size'/);
  });
});

describe('schema diagnostics: helpers', () => {
  it('edit distance, suggestions, version selection', () => {
    assert.equal(editDistance('balanse', 'balance'), 1);
    assert.equal(editDistance('abc', 'xyz', 1), 2);
    assert.deepEqual(suggest('balanse', ['balance', 'bind', 'backlog']), ['balance']);
    assert.deepEqual(suggest('zzz', ['balance']), []);
    assert.equal(selectVersion(['3.2', '2.6'], undefined), '3.2');
    assert.equal(selectVersion(['3.2', '2.6'], '2.6.12'), '2.6');
    assert.equal(selectVersion(['2.4', '2.2.7'], '2.2.7'), '2.2.7');
    assert.equal(selectVersion(['3.2', '2.6'], '1.8'), undefined);
  });
});

const VERSIONS_INSTALLED = { haproxy: '2.6', keepalived: '2.2.7' };

describe('schema diagnostics: corpus under the installed tools (HAProxy 2.6, keepalived 2.2.7)', { skip: SKIP_NO_SHARED }, () => {
  for (const format of registry.formats) {
    const built = fs.existsSync(grammarWasmPath(format.id));
    it(`${format.id}: every accepted file gets no error`, { skip: built ? false : 'grammar not built' }, async () => {
      const bad: string[] = [];
      for (const e of corpus().filter((c) => c.format === format.id && c.accepted)) {
        const doc = await open(format.id, fs.readFileSync(e.path, 'utf8'), `file:///corpus/${e.file.split('/').pop()}`);
        const errs = errors(diagnose(doc, { versions: VERSIONS_INSTALLED }));
        if (errs.length) bad.push(`${e.file}\n${describeDiags(errs)}`);
        doc.dispose();
      }
      assert.deepEqual(bad, []);
    });
  }

  it('reports the unknown keywords of rejected files on the line the tool names', async () => {
    // The rejections whose reason is an unknown keyword that the schema data can know (wurfl-data-file is a build
    // option the census lists: not reported, as it may be compiled in).
    const expected: Record<string, number> = {
      'haproxy__haproxy__examples__games.cfg': 3,
      'haproxy__haproxy__examples__keylog-test.cfg': 48,
      'haproxy__haproxy__tests__conf__test-hash-preseve-affinity.cfg': 30,
      'acassen__keepalived__doc__samples__keepalived.conf.vrrp.lvs_syncd': 4,
      'acassen__keepalived__doc__keepalived.conf.SYNOPSIS': 1,
    };
    const entries = corpus().filter((e) => e.file.split('/').pop()! in expected);
    assert.equal(entries.length, Object.keys(expected).length);
    for (const e of entries) {
      const name = e.file.split('/').pop()!;
      const doc = await open(e.format, fs.readFileSync(e.path, 'utf8'));
      const lines = errors(schemaDiagnostics(doc, { versions: VERSIONS_INSTALLED })).map((d) => d.range.start.line + 1);
      assert.ok(lines.includes(expected[name]), `${name}: expected an error on line ${expected[name]}, got ${lines.join(', ')}`);
      doc.dispose();
    }
  });
});
