/**
 * The schema against the live tools, where they are installed: `drbdsetup xml-help` (option types, ranges, units,
 * defaults), `haproxy -dKall` (registered keywords and actions), and `drbdadm dump` (the DRBD 8.4 forms the schema
 * says drbdadm 9 still reads). The captured tool facts in tools/data/ must be what the installed tool says when it is
 * the same version.
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it } from 'node:test';
import { registry } from '../../server/src/formats';
import type { KeywordInfo } from '../../server/src/service/schema';
import { diagnose } from '../../server/src/service';
import { open, ROOT } from '../helpers';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const skipUnless = (tool: string) => (has(tool) ? false : `skipped: ${tool} is not installed here`);

// tools/*.mjs are ES modules; this test is compiled to CommonJS, whose `import()` would become `require()`.
const esmImport = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<Record<string, (...a: unknown[]) => unknown>>;
const tool = (name: string) => esmImport(path.join(ROOT, 'tools', name));
const data = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'tools', 'data', file), 'utf8'));

function entries(format: string, context: string, name: string): KeywordInfo[] {
  return (registry.get(format)!.schema.contexts[context] ?? []).filter((k) => k.name === name);
}

describe('schema against drbdsetup xml-help', { skip: skipUnless('drbdsetup') }, () => {
  it('has every option with the type, range, unit and default drbdsetup gives', async () => {
    const facts = await tool('tool-facts.mjs');
    const types = await tool('schema-types.mjs');
    const live = facts.captureDrbd() as { tool: string; sections: Record<string, string>; commands: Record<string, { name: string }[]> };
    assert.ok(live, 'drbdsetup xml-help gave nothing');
    const committed = data('drbdsetup-options.json');
    if (committed.tool === live.tool) assert.deepEqual(live, committed, 'tools/data/drbdsetup-options.json is stale: run node tools/tool-facts.mjs');
    let n = 0;
    for (const [cmd, options] of Object.entries(live.commands)) {
      for (const opt of options) {
        if (opt.name.startsWith('_')) continue;
        const context = live.sections[cmd];
        const [info] = entries('drbd', context, opt.name);
        assert.ok(info, `${context} ${opt.name} (drbdsetup xml-help ${cmd}) is not in the DRBD schema`);
        const want = types.drbdOption(opt) as Partial<KeywordInfo>;
        for (const k of ['type', 'min', 'max', 'unit', 'default'] as const) {
          if (want[k] !== undefined) assert.deepEqual(info[k], want[k], `${context} ${opt.name}: ${k}`);
        }
        n++;
      }
    }
    assert.ok(n >= 60, `only ${n} options`);
  });
});

describe('schema against haproxy -dKall', { skip: skipUnless('haproxy') }, () => {
  it('knows every keyword, option and action the installed HAProxy registers, for its version', async () => {
    const facts = await tool('tool-facts.mjs');
    const live = facts.captureHaproxy() as {
      tool: string;
      version: string;
      sections: Record<string, string[]>;
      bind: Record<string, number>;
      server: Record<string, number>;
      options: Record<string, string[]>;
      actions: Record<string, string[]>;
    };
    assert.ok(live, 'haproxy -dKall gave nothing');
    const committed = data('haproxy-keywords.json');
    if (committed.tool === live.tool) assert.deepEqual(live, committed, 'tools/data/haproxy-keywords.json is stale: run node tools/tool-facts.mjs');
    const schema = registry.get('haproxy')!.schema;
    const version = schema.versions.includes(live.version) ? live.version : undefined;
    const known = (context: string, pred: (k: KeywordInfo) => boolean) =>
      (schema.contexts[context] ?? []).some((k) => pred(k) && (!version || !k.versions || k.versions.includes(version)));
    const missing: string[] = [];
    // `usesrc` is registered but only valid after `source`
    for (const name of Object.keys(live.server)) if (name !== 'usesrc' && !known('server', (k) => k.name === name)) missing.push(`server ${name}`);
    for (const name of Object.keys(live.bind)) if (!known('bind', (k) => k.name === name)) missing.push(`bind ${name}`);
    for (const name of Object.keys(live.options)) {
      if (!['defaults', 'frontend', 'backend', 'listen', '?'].some((c) => known(c, (k) => k.name === `option ${name}`))) missing.push(`option ${name}`);
    }
    for (const [ruleset, names] of Object.entries(live.actions)) {
      for (const n of names) {
        const base = n.replace(/\*$/, '');
        if (!known(`action:${ruleset}`, (k) => (n.endsWith('*') ? k.name.startsWith(base) : k.name === base))) missing.push(`${ruleset} ${n}`);
      }
    }
    for (const name of live.sections.global) if (!known('global', (k) => k.name === name)) missing.push(`global ${name}`);
    // proxy keywords: the first word of a multi-word keyword counts (`timeout`, `tcp-request`); the directives HAProxy
    // registers only to reject them (clitimeout, contimeout, srvtimeout: "not supported anymore since HAProxy 2.1")
    // are rightly unknown
    const removed = new Set(['clitimeout', 'contimeout', 'srvtimeout']);
    for (const name of live.sections.listen) {
      if (removed.has(name)) continue;
      if (!['defaults', 'frontend', 'backend', 'listen'].some((c) => known(c, (k) => k.name === name || k.name.startsWith(`${name} `)))) missing.push(`proxy ${name}`);
    }
    assert.deepEqual(missing, [], `registered by ${live.tool} but not in the schema${version ? ` for ${version}` : ''}`);
    // bind and server options that take no argument are flags in the schema
    for (const [ctx, table] of [['bind', live.bind], ['server', live.server]] as const) {
      for (const [name, argc] of Object.entries(table)) {
        if (argc !== 0 || name === 'usesrc') continue;
        const infos = (schema.contexts[ctx] ?? []).filter((k) => k.name === name);
        assert.ok(infos.some((k) => k.type === 'flag' || !k.args), `${ctx} ${name} takes no argument (${live.tool})`);
      }
    }
  });
});

describe('DRBD 8.4 forms against drbdadm', { skip: skipUnless('drbdadm') }, () => {
  /** A value drbdadm accepts for each 8.4 form the schema lists. */
  const SAMPLE: Record<string, string> = {
    'syncer al-extents': 'al-extents 257;',
    'syncer verify-alg': 'verify-alg sha1;',
    'syncer csums-alg': 'csums-alg md5;',
    'syncer cpu-mask': 'cpu-mask 1;',
    'syncer use-rle': 'use-rle yes;',
    'syncer resync-after': 'resync-after r1;',
    'syncer after': 'after r1;',
    'syncer on-no-data-accessible': 'on-no-data-accessible io-error;',
    '(section) syncer': 'syncer { }',
    '(section) protocol': 'protocol C;',
    'volume flexible-meta-disk': 'flexible-meta-disk internal;',
    'startup become-primary-on': 'startup { become-primary-on both; }',
  };
  const HOSTS = 'on a { device /dev/drbd0; disk /dev/sdb1; address 10.0.0.1:7788; meta-disk internal; } on b { device /dev/drbd0; disk /dev/sdb1; address 10.0.0.2:7788; meta-disk internal; }';
  const dump = (body: string): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-drbd-'));
    const file = path.join(dir, 'r0.res');
    fs.writeFileSync(file, `resource r0 { ${body} ${HOSTS} }\n`);
    try {
      const r = spawnSync('drbdadm', ['-c', file, 'dump', 'all'], { encoding: 'utf8', timeout: 20000 });
      return `${r.stdout}${r.stderr}`;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('drbdadm reads every 8.4 form the schema lists, and rejects what the schema leaves out', () => {
    const schema = registry.get('drbd')!.schema;
    const forms = Object.entries(schema.contexts).flatMap(([ctx, list]) => list.filter((k) => /(^|,)legacy-form(,|$)/.test(k.flags ?? '')).map((k) => `${ctx} ${k.name}`));
    assert.ok(forms.length >= 10, forms.join(', '));
    for (const form of forms) {
      const sample = SAMPLE[form];
      assert.ok(sample, `no sample value for ${form}`);
      const body = form.startsWith('syncer ') ? `syncer { ${sample} }` : sample;
      const out = dump(body);
      assert.doesNotMatch(out, /Parse error|unknown|not allowed/i, `${form}: ${out}`);
    }
    // 8.3's syncer rate is gone: the oracle does reject things
    assert.match(dump('syncer { rate 10M; }'), /Parse error/);
  });
});

describe('corosync value checks against corosync -t', { skip: skipUnless('corosync') }, () => {
  /** Keys whose values haconf checks as a closed list, with the section they are written in. */
  const KEYS: [string, string][] = [
    ['totem', 'crypto_model'],
    ['system', 'qb_ipc_type'],
    ['system', 'sched_rr'],
    ['system', 'move_to_root_cgroup'],
    ['system', 'allow_knet_handle_fallback'],
    ['logging', 'syslog_facility'],
    ['logging', 'syslog_priority'],
    ['logging', 'logfile_priority'],
  ];
  const file = (section: string, line: string) => {
    const sections: Record<string, string[]> = { totem: ['version: 2', 'cluster_name: c', 'transport: knet'], logging: ['to_syslog: yes'], system: [] };
    sections[section].push(line);
    return (
      Object.entries(sections).map(([s, lines]) => `${s} {\n${lines.map((l) => `    ${l}\n`).join('')}}\n`).join('') +
      'nodelist {\n    node {\n        ring0_addr: 127.0.0.1\n        nodeid: 1\n        name: a\n    }\n}\nquorum {\n    provider: corosync_votequorum\n}\n'
    );
  };
  const corosyncAccepts = (text: string): boolean => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-corosync-'));
    const conf = path.join(dir, 'corosync.conf');
    fs.writeFileSync(conf, text);
    try {
      const r = spawnSync('corosync', ['-t', '-c', conf], { encoding: 'utf8', timeout: 20000 });
      return r.status === 0 && !/error|invalid|unknown/i.test(`${r.stdout}${r.stderr}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('accepts what corosync accepts and rejects what it rejects', async () => {
    const disagree: string[] = [];
    for (const [section, key] of KEYS) {
      const [info] = entries('corosync', section, key);
      assert.ok(info?.values?.length, `${section} ${key}: no values in the schema`);
      const tries = [...info.values!.slice(0, 3), info.values![0].toUpperCase(), 'bogus'];
      for (const v of tries) {
        const text = file(section, `${key}: ${v}`);
        const doc = await open('corosync', text);
        const ours = !diagnose(doc).some((d) => d.severity === 1);
        doc.dispose();
        const theirs = corosyncAccepts(text);
        if (ours !== theirs) disagree.push(`${section}.${key}: ${v} (corosync ${theirs ? 'accepts' : 'rejects'}, haconf ${ours ? 'accepts' : 'rejects'})`);
      }
    }
    assert.deepEqual(disagree, []);
  });
});
