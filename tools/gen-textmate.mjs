#!/usr/bin/env node
// Generates each format's TextMate grammar (grammars/<format>/<format>.tmLanguage.json) and VS Code language
// configuration (grammars/<format>/language-configuration.json). Keyword lists come from the schema data
// (server/src/formats/<format>/schema.json), never by hand. `--check` fails when a committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const schema = (f) => JSON.parse(fs.readFileSync(path.join(root, 'server/src/formats', f, 'schema.json'), 'utf8'));
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const words = (list) => [...new Set(list)].filter((w) => /^[\w.@:-]+$/.test(w)).sort((a, b) => b.length - a.length || a.localeCompare(b));
const alt = (list) => words(list).map(esc).join('|');
const keywordsOf = (s, pred = () => true) =>
  Object.entries(s.contexts).flatMap(([ctx, list]) => (pred(ctx) ? list.map((k) => k.name) : []));

const number = { name: 'constant.numeric.haconf', match: '(?<![\\w.:-])-?\\d+(\\.\\d+)?(us|ms|s|m|h|d|k|K|m|M|g|G|t|T|B|KB|MB|GB|KiB|MiB|GiB|%)?(?![\\w.:-])' };
const ipv4 = { name: 'constant.other.address.haconf', match: '(?<![\\w.])\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?(:\\d+)?(?![\\w.])' };
const dq = (extra = []) => ({ name: 'string.quoted.double.haconf', begin: '"', end: '"|$', patterns: [{ name: 'constant.character.escape.haconf', match: '\\\\.' }, ...extra] });
const sq = { name: 'string.quoted.single.haconf', begin: "'", end: "'|$" };
const hashComment = (prefix = '#') => ({ name: 'comment.line.number-sign.haconf', match: `(?<=^|\\s)${prefix}.*$` });

const grammars = {
  haproxy() {
    const s = schema('haproxy');
    const sections = s.sectionKeywords;
    const kws = keywordsOf(s, (c) => !c.startsWith('action:') && !['(top)', '?'].includes(c) && !c.includes('/'));
    const envVar = { name: 'variable.other.environment.haconf', match: '\\$\\{[A-Za-z_][A-Za-z0-9_]*(-[^}]*)?\\}' };
    return {
      patterns: [
        { include: '#comment' },
        { name: 'keyword.control.conditional.haconf', match: '^\\s*\\.(if|elif|else|endif|notice|warning|alert|diag)\\b' },
        {
          match: `^\\s*(${alt(sections)})(?=\\s|$)(?:[ \\t]+([^\\s#]+))?`,
          captures: { 1: { name: 'storage.type.section.haconf' }, 2: { name: 'entity.name.section.haconf' } },
        },
        { match: `^\\s*(no\\s+)?(option|timeout|stats|http-request|http-response|http-after-response|tcp-request|tcp-response|http-check|tcp-check)\\s+([\\w.-]+)`, captures: { 1: { name: 'keyword.operator.haconf' }, 2: { name: 'keyword.other.haconf' }, 3: { name: 'support.function.haconf' } } },
        { match: `^\\s*(${alt(kws)})(?=\\s|$)`, captures: { 1: { name: 'keyword.other.haconf' } } },
        { name: 'keyword.operator.logical.haconf', match: '(?<=\\s)(if|unless|or|\\|\\||!)(?=\\s)' },
        envVar,
        dq([envVar]),
        sq,
        ipv4,
        number,
      ],
      repository: { comment: hashComment() },
    };
  },
  keepalived() {
    const s = schema('keepalived');
    const blocks = [...s.sectionKeywords, 'virtual_ipaddress', 'virtual_ipaddress_excluded', 'virtual_routes', 'virtual_rules', 'track_interface', 'track_script', 'track_process', 'track_file', 'track_bfd', 'unicast_peer', 'authentication', 'group'];
    const kws = keywordsOf(s);
    return {
      patterns: [
        { name: 'comment.line.haconf', match: '(?<=^|\\s)[#!].*$' },
        { name: 'keyword.control.directive.haconf', match: '^\\s*(include)\\b' },
        { name: 'meta.condition.haconf', match: '^\\s*(@\\^?[\\w.-]+)', captures: { 1: { name: 'keyword.control.condition.haconf' } } },
        { name: 'variable.other.definition.haconf', match: '^\\s*(\\$[A-Za-z_]\\w*)\\s*=', captures: { 1: { name: 'variable.other.haconf' } } },
        { match: `(?<=^|\\s)(${alt(blocks)})(?=\\s|\\{|$)(?:[ \\t]+([^\\s{#!]+))?`, captures: { 1: { name: 'storage.type.block.haconf' }, 2: { name: 'entity.name.section.haconf' } } },
        { match: `^\\s*(${alt(kws)})(?=\\s|$)`, captures: { 1: { name: 'keyword.other.haconf' } } },
        { name: 'constant.language.haconf', match: '(?<=\\s)(MASTER|BACKUP|PASS|AH|NAT|DR|TUN|TCP|UDP|SCTP|rr|wrr|lc|wlc|lblc|lblcr|dh|sh|sed|nq|on|off|yes|no|true|false)(?=\\s|$)' },
        { name: 'variable.other.haconf', match: '\\$\\{?[A-Za-z_]\\w*\\}?' },
        { name: 'punctuation.section.block.haconf', match: '[{}]' },
        dq(),
        ipv4,
        number,
      ],
    };
  },
  corosync() {
    const s = schema('corosync');
    const kws = keywordsOf(s, (c) => !c.startsWith('cmap:'));
    return {
      patterns: [
        { name: 'comment.line.number-sign.haconf', match: '^\\s*#.*$' },
        { match: '^\\s*([^\\s{}:#]+)\\s*(\\{)', captures: { 1: { name: 'entity.name.section.haconf' }, 2: { name: 'punctuation.section.block.begin.haconf' } } },
        { match: `^\\s*(${alt(kws)})\\s*(:)`, captures: { 1: { name: 'support.type.property-name.haconf' }, 2: { name: 'punctuation.separator.key-value.haconf' } } },
        { match: '^\\s*([^\\s{}:#]+)\\s*(:)', captures: { 1: { name: 'variable.other.property.haconf' }, 2: { name: 'punctuation.separator.key-value.haconf' } } },
        { match: '(?<=:)\\s*(yes|no|on|off|knet|udp|udpu|corosync_votequorum|passive|active|none|aes256|aes192|aes128|sha1|sha256|sha384|sha512|md5)\\s*$', captures: { 1: { name: 'constant.language.haconf' } } },
        { name: 'punctuation.section.block.end.haconf', match: '\\}' },
        ipv4,
        number,
      ],
    };
  },
  drbd() {
    const s = schema('drbd');
    const sections = s.sectionKeywords.filter((w) => !w.includes('{'));
    const kws = keywordsOf(s, (c) => c !== '(section)');
    return {
      patterns: [
        hashComment(),
        { name: 'keyword.control.directive.haconf', match: '(?<=^|\\s)include(?=\\s)' },
        { match: `(?<=^|\\s|;|\\{)(${alt(sections)})(?=\\s|\\{|$)(?:[ \\t]+([^\\s{;#]+))?(?=\\s*\\{)`, captures: { 1: { name: 'storage.type.section.haconf' }, 2: { name: 'entity.name.section.haconf' } } },
        { match: `(?<=^|\\s|;|\\{)(${alt(kws)})(?=\\s|;|$)`, captures: { 1: { name: 'keyword.other.haconf' } } },
        { name: 'constant.language.haconf', match: '(?<=\\s)(A|B|C|internal|yes|no|detach|pass_on|call-local-io-error|resource-only|resource-and-stonith|dont-care|disconnect|ipv4|ipv6|ssocks|sdp)(?=\\s*;)' },
        { name: 'punctuation.terminator.statement.haconf', match: ';' },
        { name: 'punctuation.section.block.haconf', match: '[{}]' },
        dq(),
        ipv4,
        number,
      ],
    };
  },
  ceph() {
    const s = schema('ceph');
    const options = keywordsOf(s, (c) => c !== '(section)');
    // Spaces, underscores and dashes in option names are the same to Ceph.
    const optionAlt = words(options).map((o) => o.split(/[_ -]/).map(esc).join('[ _-]')).join('|');
    return {
      patterns: [
        { name: 'comment.line.haconf', match: '^\\s*[#;].*$' },
        { match: '^(\\[)([^\\]]*)(\\])', captures: { 1: { name: 'punctuation.definition.section.haconf' }, 2: { name: 'entity.name.section.haconf' }, 3: { name: 'punctuation.definition.section.haconf' } } },
        { match: `^\\s*(${optionAlt})\\s*(=)`, captures: { 1: { name: 'support.type.property-name.haconf' }, 2: { name: 'keyword.operator.assignment.haconf' } } },
        { match: '^\\s*([^=#;\\[]+?)\\s*(=)', captures: { 1: { name: 'variable.other.property.haconf' }, 2: { name: 'keyword.operator.assignment.haconf' } } },
        { name: 'comment.line.haconf', match: '(?<=\\s)[#;].*$' },
        { match: '(?<==)\\s*(true|false|yes|no|cephx|none|bluestore|filestore)\\s*$', captures: { 1: { name: 'constant.language.haconf' } } },
        dq(),
        ipv4,
        number,
      ],
    };
  },
};

const names = { haproxy: 'HAProxy', keepalived: 'keepalived', corosync: 'corosync', drbd: 'DRBD', ceph: 'Ceph' };
const comments = { haproxy: '#', keepalived: '#', corosync: '#', drbd: '#', ceph: '#' };
const braces = { haproxy: false, keepalived: true, corosync: true, drbd: true, ceph: false };

function languageConfiguration(f) {
  const brackets = braces[f] ? [['{', '}']] : [];
  if (f === 'ceph') brackets.push(['[', ']']);
  const pairs = [...brackets.map(([open, close]) => ({ open, close })), { open: '"', close: '"', notIn: ['string', 'comment'] }];
  if (f === 'haproxy') pairs.push({ open: "'", close: "'", notIn: ['string', 'comment'] }, { open: '{', close: '}' });
  const folding =
    f === 'haproxy'
      ? { markers: { start: '^\\s*\\.if\\b', end: '^\\s*\\.endif\\b' } }
      : f === 'ceph'
        ? { markers: { start: '^\\[', end: '^(?=\\[)' } }
        : { markers: { start: '\\{\\s*(#.*)?$', end: '^\\s*\\}' } };
  const cfg = {
    comments: { lineComment: comments[f] },
    brackets,
    autoClosingPairs: pairs,
    surroundingPairs: pairs.map(({ open, close }) => [open, close]),
    folding,
    wordPattern: f === 'ceph' ? '[\\w.-]+' : '[^\\s{};#"\']+',
  };
  if (braces[f]) cfg.indentationRules = { increaseIndentPattern: '\\{\\s*(#.*)?$', decreaseIndentPattern: '^\\s*\\}' };
  if (f === 'haproxy') {
    const sections = schema('haproxy').sectionKeywords.map(esc).join('|');
    cfg.onEnterRules = [{ beforeText: `^\\s*(${sections})(\\s.*)?$`, action: { indent: 'indent' } }];
  }
  return cfg;
}

let stale = 0;
for (const [f, make] of Object.entries(grammars)) {
  const g = { $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json', name: names[f], scopeName: `source.${f}`, comment: `Generated by tools/gen-textmate.mjs from server/src/formats/${f}/schema.json; do not edit.`, ...make() };
  const outputs = {
    [path.join(root, 'grammars', f, `${f}.tmLanguage.json`)]: JSON.stringify(g, null, 2) + '\n',
    [path.join(root, 'grammars', f, 'language-configuration.json')]: JSON.stringify(languageConfiguration(f), null, 2) + '\n',
  };
  for (const [file, text] of Object.entries(outputs)) {
    if (check) {
      const cur = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (cur !== text) {
        console.error(`stale: ${path.relative(root, file)} (run node tools/gen-textmate.mjs)`);
        stale++;
      }
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
}
if (check && stale) process.exit(1);
console.log(check ? 'TextMate grammars are up to date' : 'wrote TextMate grammars and language configurations');
