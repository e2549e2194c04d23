#!/usr/bin/env node
// Facts the installed tools report about themselves, captured into tools/data/ so that tools/gen-schema.mjs can use
// them on a machine without the tools:
//   drbdsetup xml-help <command>        -> tools/data/drbdsetup-options.json (option types, ranges, defaults, units)
//   haproxy -dKall -q -c -f /dev/null   -> tools/data/haproxy-keywords.json (registered sections, keywords, bind and
//                                          server options with their argument counts, actions per rule set)
// `node tools/tool-facts.mjs` rewrites both files from the tools on PATH (a tool that is missing leaves its file
// alone); `--check` only compares and exits 1 when a file differs from what the tool says now. The parsers are
// exported for the tests, which compare the committed data with the live tools when they are installed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DATA = path.join(root, 'tools', 'data');

/** drbdsetup commands whose options a configuration section holds (drbd.conf(5): `disk`, `net`, `options`). */
export const DRBD_COMMANDS = {
  attach: 'disk',
  'peer-device-options': 'disk(peer-device-options)',
  'new-peer': 'net',
  connect: 'net',
  'resource-options': 'options',
};

function run(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20000 });
  } catch (e) {
    // haproxy -c on /dev/null exits non-zero on some versions but still prints the lists
    if (e && typeof e.stdout === 'string' && e.stdout.length) return e.stdout + (e.stderr ?? '');
    return undefined;
  }
}

/** The options of one `drbdsetup xml-help CMD` output: name, type and the facts given (min, max, default, unit,
 * unit_prefix, handler values, symbols). The `set-defaults` flag is a command-line switch, not an option. */
export function parseDrbdXmlHelp(xml) {
  const out = [];
  for (const m of xml.matchAll(/<option name="([^"]+)" type="([^"]+)">([\s\S]*?)<\/option>/g)) {
    const [, name, type, body] = m;
    if (type === 'flag') continue;
    const opt = { name, type };
    for (const tag of ['min', 'max', 'default', 'unit', 'unit_prefix']) {
      const v = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(body)?.[1];
      if (v !== undefined) opt[tag] = v;
    }
    const handlers = [...body.matchAll(/<handler>([^<]*)<\/handler>/g)].map((h) => h[1]);
    if (handlers.length) opt.handlers = handlers;
    const symbols = [...body.matchAll(/<symbol>([^<]*)<\/symbol>/g)].map((h) => h[1]);
    if (symbols.length) opt.symbols = symbols;
    out.push(opt);
  }
  return out;
}

export function captureDrbd() {
  // drbdsetup --version needs the kernel module; the package says which drbd-utils this is
  const version = run('drbdsetup', ['--version'])?.match(/DRBDADM_VERSION=(\S+)/)?.[1] ??
    run('dpkg-query', ['-W', '-f', '${Version}', 'drbd-utils'])?.replace(/-[^-]*$/, '');
  const commands = {};
  for (const cmd of Object.keys(DRBD_COMMANDS)) {
    const xml = run('drbdsetup', ['xml-help', cmd]);
    if (!xml) return undefined;
    commands[cmd] = parseDrbdXmlHelp(xml);
  }
  return { tool: `drbdsetup xml-help (drbd-utils ${version ?? 'unknown version'})`, sections: DRBD_COMMANDS, commands };
}

/**
 * The "registered configuration keywords" list of `haproxy -dKall`: section names at the start of a line, their
 * keywords indented. Keywords that are options of another keyword are written `bind <addr> NAME [+N]` and `server
 * <name> <addr> NAME [+N]` (+N: the number of arguments it takes), `option NAME [ FE BE HTTP ]`, and rule actions
 * `http-request NAME` (a trailing `*` marks a prefix: `set-var*` is `set-var(<name>)`).
 */
export function parseHaproxyKeywords(text) {
  const start = text.indexOf('# List of registered configuration keywords');
  if (start < 0) return undefined;
  const rest = text.slice(start).split('\n').slice(1);
  const sections = {};
  const bind = {};
  const server = {};
  const options = {};
  const actions = {};
  let section;
  for (const line of rest) {
    if (line.startsWith('#')) break;
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      section = line.trim();
      sections[section] ??= [];
      continue;
    }
    const t = line.trim();
    let m;
    // `bind <addr> ssl crt +1`: a keyword the SSL layer registers
    if ((m = /^bind <addr> (?:\S+ )?([^\s+]\S*)(?: \+(\d+))?$/.exec(t))) bind[m[1]] = Number(m[2] ?? 0);
    else if ((m = /^server <name> <addr> (?:\S+ )?([^\s+]\S*)(?: \+-?(\d+))?$/.exec(t))) server[m[1]] = Number(m[2] ?? 0);
    else if ((m = /^option (\S+)(?: \[ ([^\]]*) \])?$/.exec(t))) options[m[1]] = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
    else if ((m = /^(http-request|http-response|http-after-response|tcp-request (?:connection|session|content)|tcp-response content) (\S+)$/.exec(t)))
      (actions[m[1]] ??= []).push(m[2]);
    else sections[section ?? '?'].push(t);
  }
  for (const list of Object.values(sections)) list.sort();
  for (const list of Object.values(actions)) list.sort();
  return { sections, bind: sorted(bind), server: sorted(server), options: sorted(options), actions };
}

const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

export function captureHaproxy() {
  const version = run('haproxy', ['-v'])?.match(/version (\d+\.\d+\.\d+)/)?.[1];
  const out = run('haproxy', ['-dKall', '-q', '-c', '-f', '/dev/null']);
  const parsed = out && parseHaproxyKeywords(out);
  if (!parsed) return undefined;
  return { tool: `haproxy -dKall (HAProxy ${version ?? 'unknown version'})`, version: version?.replace(/\.\d+$/, ''), ...parsed };
}

export const FILES = { drbd: 'drbdsetup-options.json', haproxy: 'haproxy-keywords.json' };

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let status = 0;
  for (const [what, capture] of [['drbd', captureDrbd], ['haproxy', captureHaproxy]]) {
    const data = capture();
    const file = path.join(DATA, FILES[what]);
    if (!data) {
      console.log(`tool-facts: ${what}: the tool is not installed here; ${path.relative(root, file)} left as it is`);
      continue;
    }
    const text = JSON.stringify(data, null, 1) + '\n';
    if (check) {
      const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
      console.log(`tool-facts: ${what}: ${same ? 'matches' : 'DIFFERS from'} ${data.tool}`);
      if (!same) status = 1;
    } else {
      fs.mkdirSync(DATA, { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`tool-facts: ${what}: ${data.tool} -> ${path.relative(root, file)}`);
    }
  }
  process.exit(status);
}
