/**
 * Schema coverage, measured against the upstream keyword census (../shared/census): every census keyword of each
 * category is in the schema (for its version) and offered by completion where it is written; every schema keyword
 * has a documentation link; the typed share of each format stays at least what it is. The figures are printed as a
 * table (and kept in the README's "Schema coverage" section).
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { after, describe, it } from 'node:test';
import type { CompletionList } from 'vscode-languageserver-types';
import { registry } from '../../server/src/formats';
import { completion } from '../../server/src/service';
import { VALUE_TYPES, type KeywordInfo } from '../../server/src/service/schema';
import { open, ROOT, sharedDir } from '../helpers';

const shared = sharedDir();
const censusDir = shared && path.join(shared, 'census');
const SKIP = censusDir && fs.existsSync(censusDir) ? false : 'skipped: the keyword census (../shared/census) is not present in this clone';

interface Row {
  context: string;
  keyword: string;
  args: string;
  rangeDefault: string;
  flags: string;
}

function census(file: string): Row[] {
  const [header, ...lines] = fs.readFileSync(path.join(censusDir!, file), 'utf8').split('\n').filter((l) => l.trim());
  const cols = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const get = (c: string) => (cells[cols.indexOf(c)] ?? '').trim();
    return { context: get('context'), keyword: get('keyword'), args: get('args_or_type'), rangeDefault: get('range_default'), flags: get('flags') };
  });
}

/** Completion labels at the '|' of `text` (cached per text). */
const completionCache = new Map<string, Set<string>>();
async function offered(format: string, text: string): Promise<Set<string>> {
  const key = `${format}\u0000${text}`;
  let set = completionCache.get(key);
  if (!set) {
    const offset = text.indexOf('|');
    const doc = await open(format, text.slice(0, offset) + text.slice(offset + 1));
    try {
      const list = completion(doc, doc.textDocument.positionAt(offset), {}) as CompletionList;
      set = new Set(list.items.map((i) => i.label));
    } finally {
      doc.dispose();
    }
    completionCache.set(key, set);
  }
  return set;
}

interface Category {
  format: string;
  /** What the category is, as the table shows it. */
  name: string;
  /** The census file and the schema version it describes. */
  file: string;
  version?: string;
  rows: (r: Row) => boolean;
  /** The schema context a row's keyword is looked up in (default: the row's context). */
  schemaContext?(r: Row): string;
  /** The completion request that must offer the row's keyword: a text with '|' and the label expected. */
  complete(r: Row): { text: string; label: string } | undefined;
}

const figures: string[][] = [];
after(() => {
  if (!figures.length) return;
  const widths = figures[0].map((_, i) => Math.max(...figures.map((r) => r[i].length)));
  console.log(['', 'Schema coverage against the census', ...figures.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  '))].join('\n'));
});

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

// ---- HAProxy

const PROXIES = ['defaults', 'frontend', 'backend', 'listen'];
/** Completion at a keyword position of a section, with the first words of a multi-word keyword typed. */
function haproxyKeyword(section: string, keyword: string): { text: string; label: string } {
  const words = keyword.split(' ');
  const typed = words.slice(0, -1).join(' ');
  return { text: `${section === '(top)' ? '' : `${section} x\n    `}${typed ? `${typed} ` : ''}|\n`, label: words[words.length - 1] };
}
const hapSection = (r: Row) => (r.context === 'defaults' ? 'defaults' : r.context);

function haproxyCategories(file: string, version: string): Category[] {
  // Only a registered section is a place to complete in (the census's `stick-table` context is a chapter of
  // configuration.txt, not a section: its `table` keyword is written in `peers`).
  const sections = new Set(census(file).filter((r) => r.context === '(top)').map((r) => r.keyword));
  const cat = (name: string, rows: (r: Row) => boolean, complete: Category['complete']): Category => ({ format: 'haproxy', name: `${name} (${version})`, file, version, rows, complete });
  const action = (ruleset: string) => (r: Row) => r.context === `action:${ruleset}`;
  const actionCompletion = (r: Row) => ({ text: `frontend x\n    ${r.context.slice('action:'.length)} |\n`, label: r.keyword.replace(/\(<[^>]*>\)$/, '') });
  const isProxy = (r: Row) => PROXIES.includes(r.context);
  return [
    cat('sections', (r) => r.context === '(top)', (r) => haproxyKeyword('(top)', r.keyword)),
    cat('global', (r) => r.context === 'global', (r) => haproxyKeyword('global', r.keyword)),
    cat('proxy keywords', (r) => isProxy(r) && !/^(option|timeout) /.test(r.keyword), (r) => haproxyKeyword(hapSection(r), r.keyword)),
    cat('option', (r) => (isProxy(r) || r.context === '?') && r.keyword.startsWith('option '), (r) => haproxyKeyword(r.context === '?' ? 'defaults' : hapSection(r), r.keyword)),
    cat('timeout', (r) => isProxy(r) && r.keyword.startsWith('timeout '), (r) => haproxyKeyword(hapSection(r), r.keyword)),
    cat('bind', (r) => r.context === 'bind', (r) => ({ text: 'frontend x\n    bind :80 |\n', label: r.keyword })),
    cat('server', (r) => r.context === 'server', (r) => ({ text: 'backend x\n    server s 10.0.0.1:80 |\n', label: r.keyword })),
    cat('balance', (r) => r.context === 'backend/balance', (r) => ({ text: 'backend x\n    balance |\n', label: r.keyword.replace(/\(<[^>]*>\)$/, '') })),
    cat('http-request actions', action('http-request'), actionCompletion),
    cat('tcp-request actions', (r) => r.context.startsWith('action:tcp-request '), actionCompletion),
    cat('other actions', (r) => r.context.startsWith('action:') && !r.context.startsWith('action:tcp-request ') && r.context !== 'action:http-request', actionCompletion),
    cat('other sections\' keywords', (r) => !['(top)', 'global', '?', 'bind', 'server', 'backend/balance', ...PROXIES].includes(r.context) && !r.context.startsWith('action:'), (r) =>
      sections.has(r.context) ? haproxyKeyword(r.context, r.keyword) : undefined),
  ];
}

// ---- keepalived

/** A block path written out (`virtual_server/real_server` -> nested blocks) with the cursor inside. */
function kaNested(context: string): string {
  if (context === '(top)') return '|\n';
  const parts = context.split('/');
  const open = parts.map((p) => `${p} ${p === 'virtual_server' || p === 'real_server' ? '10.0.0.1 80 ' : p === 'vrrp_instance' || p === 'vrrp_script' ? 'X ' : ''}{\n`).join('');
  return `${open}|\n${'}\n'.repeat(parts.length)}`;
}

function keepalivedCategories(file: string, version: string): Category[] {
  return [
    {
      format: 'keepalived',
      name: `all keywords (${version})`,
      file,
      version,
      // the census row 'instance' is a word of the man page's prose, not a keyword (tools/gen-schema.mjs)
      rows: (r) => !(r.context === '(top)' && r.keyword === 'instance'),
      complete: (r) => ({ text: kaNested(r.context), label: r.keyword }),
    },
  ];
}

// ---- corosync

function corosyncCategory(name: string, contexts: string[]): Category {
  return {
    format: 'corosync',
    name,
    file: 'corosync.tsv',
    rows: (r) => contexts.includes(r.context),
    complete: (r) => {
      const parts = r.context === '(top)' ? [] : r.context.split('/');
      return { text: `${parts.map((p) => `${p} {\n`).join('')}|\n${'}\n'.repeat(parts.length)}`, label: r.keyword };
    },
  };
}

// ---- DRBD

function drbdText(context: string): string {
  switch (context) {
    case '(section)':
      return 'resource r0 {\n    |\n}\n';
    case 'global':
      return 'global {\n    |\n}\n';
    case 'disk(peer-device-options)':
      return 'resource r0 {\n    disk {\n        |\n    }\n}\n';
    case 'path':
      return 'resource r0 {\n    connection {\n        path {\n            |\n        }\n    }\n}\n';
    case 'on':
      return 'resource r0 {\n    on alice {\n        |\n    }\n}\n';
    default:
      return `resource r0 {\n    ${context} {\n        |\n    }\n}\n`;
  }
}

const TOP_DRBD = ['global', 'common', 'resource'];
const drbdCategory: Category = {
  format: 'drbd',
  name: 'sections and options (9)',
  file: 'drbd.tsv',
  rows: () => true,
  complete: (r) => {
    // `require-drbd-module-version-{eq,ne,...}` names six keywords at once
    if (r.keyword.includes('{')) return undefined;
    if (r.context === '(section)' && TOP_DRBD.includes(r.keyword)) return { text: '|\n', label: r.keyword };
    return { text: drbdText(r.context), label: r.keyword };
  },
};

// ---- Ceph

const cephCategory: Category = {
  format: 'ceph',
  name: 'options (quincy)',
  file: 'ceph.tsv',
  rows: () => true,
  schemaContext: (r) => r.context,
  complete: (r) => (r.context === '(section)' ? undefined : { text: '[global]\n|\n', label: r.keyword }),
};

// Without the census there is nothing to measure: the tests below say they were skipped.
const CATEGORIES: Category[] = SKIP ? [] : [
  ...haproxyCategories('haproxy.tsv', '3.2'),
  ...haproxyCategories('haproxy-2.6.tsv', '2.6'),
  ...keepalivedCategories('keepalived.tsv', '2.4'),
  ...keepalivedCategories('keepalived-2.2.7.tsv', '2.2.7'),
  corosyncCategory('totem, interface', ['totem', 'totem/interface', 'totem/interface/member']),
  corosyncCategory('nodelist/node', ['nodelist', 'nodelist/node']),
  corosyncCategory('quorum (votequorum)', ['quorum', 'quorum/device']),
  corosyncCategory('logging', ['logging', 'logging/logger_subsys', 'logging/logging_daemon']),
  corosyncCategory('system, nozzle, resources', ['system', 'nozzle', 'resources', 'resources/system', 'resources/process']),
  corosyncCategory('sections and other keys', ['(top)', 'uidgid', 'pload']),
  drbdCategory,
  cephCategory,
];

function schemaEntries(format: string, context: string, keyword: string): KeywordInfo[] {
  return (registry.get(format)!.schema.contexts[context] ?? []).filter((k) => k.name === keyword);
}

describe('schema data is generated', { skip: SKIP }, () => {
  it('every schema.json is what tools/gen-schema.mjs makes of the census and tools/data', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'tools', 'gen-schema.mjs'), '--check', censusDir!], { encoding: 'utf8', timeout: 120000 });
    assert.equal(r.status, 0, `${r.stdout}${r.stderr}(run node tools/gen-schema.mjs)`);
  });
});

describe('schema coverage against the census', { skip: SKIP }, () => {
  figures.push(['format', 'category', 'census', 'in schema', 'completion', 'typed']);
  for (const c of CATEGORIES) {
    it(`${c.format} ${c.name}: every census keyword is in the schema and offered by completion`, async () => {
      const rows = census(c.file).filter(c.rows);
      assert.ok(rows.length > 0, `no census rows for ${c.name}`);
      const missing: string[] = [];
      const notOffered: string[] = [];
      let typed = 0;
      let completable = 0;
      const seen = new Set<string>();
      for (const r of rows) {
        const key = `${r.context}\u0000${r.keyword}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const entries = schemaEntries(c.format, c.schemaContext?.(r) ?? r.context, r.keyword);
        const here = entries.filter((e) => !c.version || !e.versions || e.versions.includes(c.version));
        if (!here.length) missing.push(`${r.context} ${r.keyword}`);
        if (here.some((e) => e.type)) typed++;
        const want = c.complete(r);
        if (!want) continue;
        completable++;
        if (!(await offered(c.format, want.text)).has(want.label)) notOffered.push(`${r.context} ${r.keyword} (no '${want.label}' at ${JSON.stringify(want.text)})`);
      }
      figures.push([c.format, c.name, String(seen.size), pct(seen.size - missing.length, seen.size), pct(completable - notOffered.length, completable), pct(typed, seen.size)]);
      assert.deepEqual(missing, [], `census keywords missing from the ${c.format} schema`);
      assert.deepEqual(notOffered, [], `census keywords completion does not offer`);
    });
  }
});

/** The typed share each format must keep (the share today, rounded down): a type lost is a test failure. */
const TYPED_FLOOR: Record<string, number> = { haproxy: 0.82, keepalived: 0.87, corosync: 0.99, drbd: 1, ceph: 1 };
/** Schema contexts that list runtime keys, not keywords of the file (corosync's cmap keys). */
const notConfig = (context: string) => context.startsWith('cmap:');

describe('schema data quality', () => {
  it('every keyword of every schema has a documentation link', () => {
    for (const format of registry.formats) {
      const docUrl = format.hover?.docUrl;
      assert.ok(docUrl, `${format.id} has no docUrl`);
      let anchored = 0;
      let n = 0;
      for (const [context, list] of Object.entries(format.schema.contexts)) {
        for (const info of list) {
          const url = docUrl(info, context);
          assert.match(url ?? '', /^https:\/\/\S+$/, `${format.id} ${context} ${info.name}: no documentation link`);
          n++;
          if (url!.includes('#')) anchored++;
        }
      }
      figures.push([format.id, 'doc links', String(n), '100.0%', '', `${pct(anchored, n)} to an anchor`]);
    }
  });

  it('typed facts are well formed, and each format keeps its typed share', () => {
    for (const format of registry.formats) {
      let n = 0;
      let typed = 0;
      for (const [context, list] of Object.entries(format.schema.contexts)) {
        if (notConfig(context)) continue;
        for (const info of list) {
          n++;
          const where = `${format.id} ${context} ${info.name}`;
          if (info.type) {
            typed++;
            assert.ok(VALUE_TYPES.includes(info.type), `${where}: unknown type ${info.type}`);
          }
          if (info.type === 'enum') assert.ok(info.values?.length, `${where}: an enum without values`);
          if (info.min !== undefined && info.max !== undefined) assert.ok(info.min <= info.max, `${where}: min ${info.min} > max ${info.max}`);
          if (info.replacement) assert.ok(info.deprecated, `${where}: a replacement for a keyword that is not deprecated`);
          if (info.deprecated) assert.match(info.flags ?? '', /(^|,)deprecated(,|$)/, where);
        }
      }
      figures.push([format.id, 'typed share (all schema keywords)', String(n), '', '', pct(typed, n)]);
      assert.ok(typed / n >= TYPED_FLOOR[format.id], `${format.id}: ${pct(typed, n)} typed, below ${TYPED_FLOOR[format.id] * 100}%`);
    }
  });

  it('each schema says where each part comes from', () => {
    for (const format of registry.formats) {
      const p = format.schema.provenance;
      assert.match(p, /census/, `${format.id}: the keywords' source`);
      assert.match(p, /tools\/schema-types\.mjs/, `${format.id}: the typed facts' source`);
      assert.match(p, /hover\.ts/, `${format.id}: the doc links' source`);
      for (const list of Object.values(format.schema.contexts)) for (const info of list) assert.ok(info.source, `${format.id} ${info.name}: no source`);
    }
    assert.match(registry.get('drbd')!.schema.provenance, /drbdsetup xml-help .*tools\/data\/drbdsetup-options\.json/);
    assert.match(registry.get('haproxy')!.schema.provenance, /haproxy -dKall .*tools\/data\/haproxy-keywords\.json/);
  });

  it('Ceph: every option has its type, level and (where upstream gives one) default', () => {
    const ceph = registry.get('ceph')!.schema;
    for (const [context, list] of Object.entries(ceph.contexts)) {
      if (context === '(section)') continue;
      for (const info of list) {
        assert.ok(info.type && info.type !== 'block', `${info.name}: no type`);
        assert.match(info.level ?? '', /^(basic|advanced|dev)$/, `${info.name}: no level`);
        if (/(^|;\s*)default=./.test(info.rangeDefault ?? '')) assert.ok(info.default !== undefined, `${info.name}: default not carried over`);
      }
    }
  });

  it('deprecated keywords name their replacement where configuration.txt does', () => {
    const hap = registry.get('haproxy')!.schema;
    const transparent = hap.contexts.backend.find((k) => k.name === 'transparent');
    assert.equal(transparent?.deprecated, true);
    assert.equal(transparent?.replacement, 'option transparent');
    const setMark = hap.contexts['action:http-request'].find((k) => k.name === 'set-mark' && k.deprecated);
    assert.equal(setMark?.replacement, 'set-fc-mark');
  });
});
