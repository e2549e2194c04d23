#!/usr/bin/env node
// Builds each format's schema data (server/src/formats/<format>/schema.json) from the upstream keyword census
// (../shared/census by default, or the folder given as the first argument) and the facts the tools report about
// themselves (tools/data/, captured by tools/tool-facts.mjs). Facts only: keyword names, argument shapes, value
// types, ranges, units, defaults, deprecations and flags, each keyword with its source.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as T from './schema-types.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--check`: compare with the committed files instead of writing them (exit 1 when one differs)
const check = process.argv.includes('--check');
const census = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'census'));
let stale = 0;
if (!fs.existsSync(census)) {
  console.error(`gen-schema: no census at ${census}`);
  process.exit(2);
}
const data = (file) => JSON.parse(fs.readFileSync(path.join(root, 'tools', 'data', file), 'utf8'));

function readTsv(file) {
  const [header, ...rows] = fs.readFileSync(path.join(census, file), 'utf8').split('\n').filter((l) => l.trim());
  const cols = header.split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
}

/** Field order in the JSON: the census facts, then the typed facts, then where they come from. */
const ORDER = ['name', 'args', 'rangeDefault', 'flags', 'type', 'values', 'min', 'max', 'unit', 'default', 'level', 'deprecated', 'replacement', 'source', 'versions'];
const ordered = (e) => Object.fromEntries(ORDER.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));

/**
 * inputs: [{file, version}], newest first. `opts.type(row, context, isBlock)` gives the typed facts of a row;
 * `opts.extra` lists keywords to add (tool facts, older forms the tool still reads), each with its own source.
 */
function build(format, inputs, provenance, isSection, opts = {}) {
  const { keep = () => true, nested = true, type = () => undefined, extra = [], replacements = {} } = opts;
  const contexts = {};
  const sections = new Set();
  for (const { file, version } of inputs) {
    const rows = readTsv(file).filter(keep);
    const ctxNames = new Set(rows.flatMap((r) => r.context.split('/')));
    const ctxPaths = new Set(rows.map((r) => r.context));
    // a keyword another row of the same context calls a section is a block in every row
    const blockRows = new Set(rows.filter((r) => isSection(r, ctxNames)).map((r) => `${r.context} ${r.keyword}`));
    for (const row of rows) {
      const ctx = row.context || '?';
      const block = isSection(row, ctxNames);
      if (block) sections.add(row.keyword);
      const list = (contexts[ctx] ??= []);
      let entry = list.find((k) => k.name === row.keyword && (k.args ?? '') === (row.args_or_type || ''));
      if (!entry) {
        entry = { name: row.keyword };
        if (row.args_or_type) entry.args = row.args_or_type;
        if (row.range_default) entry.rangeDefault = row.range_default;
        if (row.flags) entry.flags = row.flags;
        entry.source = row.source;
        entry.versions = [];
        T.put(entry, type(row, ctx, block || blockRows.has(`${row.context} ${row.keyword}`) || ctxPaths.has(`${ctx === '(top)' ? '' : `${ctx}/`}${row.keyword}`)));
        list.push(entry);
      }
      if (!entry.versions.includes(version)) entry.versions.push(version);
    }
  }
  for (const x of extra) {
    const list = (contexts[x.context] ??= []);
    let entry = list.find((k) => k.name === x.keyword);
    // the tool knows a keyword the census gives only for another version: the tool's version has it too
    if (entry && x.version && !list.some((k) => k.name === x.keyword && k.versions?.includes(x.version))) entry.versions.push(x.version);
    if (!entry) {
      entry = { name: x.keyword, args: x.args, flags: x.flags, source: x.source, versions: x.versions };
      if (x.type === 'block' && !entry.type) entry.type = 'block';
      list.push(entry);
    }
    // tool facts complete a census entry the census left untyped
    if (!entry.type) T.put(entry, x.facts);
    if (x.type === 'block') sections.add(x.keyword);
  }
  // Context path components open blocks too (keepalived `real_server`, corosync `interface`, DRBD `on`).
  for (const ctx of nested ? Object.keys(contexts) : []) {
    for (const part of ctx.split('/')) if (/^[A-Za-z_][\w-]*$/.test(part) && !part.includes(':')) sections.add(part);
  }
  for (const list of Object.values(contexts)) {
    for (const e of list) {
      if (/(^|,)deprecated(,|$)/.test(e.flags ?? '')) {
        e.deprecated = true;
        if (replacements[e.name]) e.replacement = replacements[e.name];
      }
    }
    list.sort((a, b) => a.name.localeCompare(b.name));
    list.splice(0, list.length, ...list.map(ordered));
  }
  const sorted = Object.fromEntries(Object.entries(contexts).sort(([a], [b]) => a.localeCompare(b)));
  const out = {
    provenance,
    versions: inputs.map((i) => i.version),
    sectionKeywords: [...sections].sort(),
    contexts: sorted,
  };
  const file = path.join(root, 'server', 'src', 'formats', format, 'schema.json');
  const text = JSON.stringify(out, null, 1) + '\n';
  const all = Object.values(contexts).flat();
  const typed = all.filter((k) => k.type).length;
  if (check) {
    const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
    if (!same) stale++;
    console.log(`${format}: ${path.relative(root, file)} ${same ? 'is up to date' : 'DIFFERS from what the census and tools/data give'}`);
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`${format}: ${all.length} keywords in ${Object.keys(contexts).length} contexts, ${typed} typed -> ${path.relative(root, file)}`);
}

// keepalived top-level keywords whose body is a block of free-form lines rather than keywords.
const kaBlocks = /^(static_ipaddress|static_routes|static_rules|virtual_server_group|linkbeat_interfaces|interface_up_down_delays|garp_group|track_group)$/;
const flagged = (row) => /(^|,)section(,|$)/.test(row.flags);
const censusNote = 'Keywords, argument synopses, census ranges/defaults/flags and versions: the keyword census (shared/census), which names each row\'s upstream source (the `source` field).';
const typesNote = 'Typed facts (type, values, min, max, unit, default, level, deprecated, replacement): tools/schema-types.mjs, from the census fact strings';
const docNote = 'Documentation links: the format\'s hover spec (formats/<id>/hover.ts).';

const hapLive = data('haproxy-keywords.json');

/**
 * What `haproxy -dKall` of the installed HAProxy registers beyond the census of its version: rule actions (`X*` is a
 * prefix: `track-sc*` is track-sc0..2, `sc-set-gpt0*` is sc-set-gpt0(<sc-id>)), server and global keywords. A keyword
 * the census has for another version gets the tool's version; one the census lacks is added for every version (its
 * `versions` left out), as the tool's report says nothing about the others. Left out: `usesrc` (registered, but only
 * valid after `source`) and the crt-list section (lines of a separate file).
 */
function haproxyLiveExtras(live) {
  const out = [];
  const source = `${live.tool} (tools/data/haproxy-keywords.json)`;
  const add = (context, keyword, facts) => out.push({ context, keyword, version: live.version, flags: 'not-in-configuration.txt', source, facts });
  for (const [ruleset, names] of Object.entries(live.actions)) {
    for (const n of names) {
      const base = n.replace(/\*$/, '');
      if (base === 'track-sc' && n.endsWith('*')) for (const i of [0, 1, 2]) add(`action:${ruleset}`, `track-sc${i}`);
      else add(`action:${ruleset}`, base);
    }
  }
  for (const [name, argc] of Object.entries(live.server)) if (name !== 'usesrc') add('server', name, argc === 0 ? { type: 'flag' } : undefined);
  for (const [name, argc] of Object.entries(live.bind)) add('bind', name, argc === 0 ? { type: 'flag' } : undefined);
  for (const name of live.sections.global) add('global', name);
  return out;
}
build('haproxy', [{ file: 'haproxy.tsv', version: '3.2' }, { file: 'haproxy-2.6.tsv', version: '2.6' }],
  `${censusNote} Upstream: HAProxy 3.2.0 doc/configuration.txt and HAProxy 2.6.12 (Debian bookworm) doc/configuration.txt. ` +
  `${typesNote} (configuration.txt argument placeholders, §2.5 time and size formats) and ${hapLive.tool} (tools/data/haproxy-keywords.json: ` +
  `which bind and server options take no argument); replacements of deprecated keywords from configuration.txt 3.2. ${docNote}`,
  (r) => r.context === '(top)',
  {
    nested: false,
    type: (row, ctx) => T.haproxyType(row, ctx, hapLive) && { ...T.haproxyFacts(row.range_default), ...T.haproxyType(row, ctx, hapLive) },
    replacements: T.HAPROXY_REPLACEMENTS,
    extra: haproxyLiveExtras(hapLive),
  });

build('keepalived', [{ file: 'keepalived.tsv', version: '2.4' }, { file: 'keepalived-2.2.7.tsv', version: '2.2.7' }],
  `${censusNote} Upstream: keepalived master (v2.4.3-30) and v2.2.7 parser sources (handlers' read_*_strvec ranges) and keepalived.conf(5). ` +
  `${typesNote} (parser ranges, words and booleans; keepalived.conf(5) synopsis placeholders). ${docNote}`,
  (r, contexts) => r.context === '(top)' && (kaBlocks.test(r.keyword) || contexts.has(r.keyword)),
  {
    // The census has one row ('instance') taken from the man page's prose, not a keyword.
    keep: (r) => !(r.context === '(top)' && r.keyword === 'instance'),
    type: (row, _ctx, block) => T.keepalivedType(row, block),
  });

build('corosync', [{ file: 'corosync.tsv', version: '3' }],
  `${censusNote} Upstream: corosync main (v3.1.10-24): corosync.conf(5), votequorum(5), exec/coroparse.c. ` +
  `${typesNote} (coroparse.c integer widths and ranges) and corosync.conf(5) / votequorum(5) for the keys coroparse.c stores as strings. ${docNote}`,
  flagged,
  { type: (row, ctx, block) => (ctx.startsWith('cmap:') ? undefined : T.corosyncType(row, ctx, block)) });

const drbdLive = data('drbdsetup-options.json');
const drbdOpts = new Map();
// `_name` is the connection's name, which drbdadm takes from the section, not an option written in a file
for (const [cmd, options] of Object.entries(drbdLive.commands)) for (const o of options) if (!o.name.startsWith('_')) drbdOpts.set(`${drbdLive.sections[cmd]} ${o.name}`, o);
build('drbd', [{ file: 'drbd.tsv', version: '9' }],
  `${censusNote} Upstream: drbd-utils v9.34 documentation (drbd.conf.xml.in, drbdsetup-options.xml) with types from drbdsetup 9.22 xml-help. ` +
  `${typesNote}, ${drbdLive.tool} (tools/data/drbdsetup-options.json: every option of attach, peer-device-options, new-peer, connect and ` +
  `resource-options with its type, range, unit and default, including those the census lacks), and drbd.conf(5) for drbdadm's own keywords; ` +
  `the DRBD 8.4 forms drbdadm 9.22 still reads (flag legacy-form) were checked with drbdadm 9.22 dump. ${docNote}`,
  flagged,
  {
    type: (row, ctx) => T.drbdType(row, ctx, drbdOpts),
    extra: [
      ...[...drbdOpts].map(([key, o]) => {
        const [context, keyword] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
        return { context, keyword, args: `[${o.type}]`, flags: 'drbdsetup-option', source: drbdLive.tool, versions: ['9'], facts: T.drbdOption(o) };
      }),
      ...T.DRBD_84_FORMS.map((f) => {
        const opt = [...drbdOpts].find(([k]) => k.endsWith(` ${f.keyword}`))?.[1];
        const facts = f.type ? { type: f.type, values: f.values } : opt ? T.drbdOption(opt) : f.keyword === 'after' ? { type: 'name' } : undefined;
        return { ...f, flags: 'legacy-form', source: 'drbdadm 9.22 (drbd-utils 9.22.0) dump', versions: ['9'], facts };
      }),
    ],
  });

build('ceph', [{ file: 'ceph.tsv', version: '17' }],
  `${censusNote} Upstream: Ceph quincy (17.2.x) src/common/options/*.yaml.in. ` +
  `${typesNote} (the options' YAML type, level, default, min/max and enum_values; network-config-ref.rst and mon-lookup-dns.rst for the address options typed str). ${docNote}`,
  flagged, { nested: false, type: (row) => T.cephType(row) });
if (stale) process.exit(1);
