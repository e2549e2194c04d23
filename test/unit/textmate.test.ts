/**
 * The TextMate grammars VS Code colours with: generated from the schema data (not stale), valid for Oniguruma (the
 * regex engine VS Code uses) and giving the expected scopes on real lines.
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT } from '../helpers';

const IDS = ['haproxy', 'keepalived', 'corosync', 'drbd', 'ceph'];
let registry: vsctm.Registry;

before(async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const id = scopeName.replace(/^source\./, '');
      if (!IDS.includes(id)) return null;
      const file = path.join(ROOT, 'grammars', id, `${id}.tmLanguage.json`);
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
});

/** The scopes of the token that covers `needle` on `line`. */
async function scopesOf(id: string, line: string, needle: string): Promise<string[]> {
  const grammar = await registry.loadGrammar(`source.${id}`);
  assert.ok(grammar, `grammar ${id} loads`);
  const { tokens } = grammar.tokenizeLine(line, vsctm.INITIAL);
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `'${needle}' in '${line}'`);
  const tok = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  return tok ? tok.scopes : [];
}

describe('TextMate grammars', () => {
  it('are what tools/gen-textmate.mjs generates from the schema data', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'tools/gen-textmate.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('every pattern compiles in Oniguruma', async () => {
    for (const id of IDS) {
      const g = JSON.parse(fs.readFileSync(path.join(ROOT, 'grammars', id, `${id}.tmLanguage.json`), 'utf8'));
      const all: string[] = [];
      const collect = (p: Record<string, unknown>) => {
        for (const k of ['match', 'begin', 'end']) if (typeof p[k] === 'string') all.push(p[k] as string);
        for (const sub of (p.patterns as Record<string, unknown>[] | undefined) ?? []) collect(sub);
      };
      for (const p of g.patterns) collect(p);
      for (const p of Object.values(g.repository ?? {})) collect(p as Record<string, unknown>);
      for (const re of all) assert.doesNotThrow(() => new oniguruma.OnigScanner([re]), `${id}: ${re.slice(0, 80)}`);
    }
  });

  const cases: Array<[string, string, string, string]> = [
    ['haproxy', 'frontend www', 'frontend', 'storage.type.section.haconf'],
    ['haproxy', 'frontend www', 'www', 'entity.name.section.haconf'],
    ['haproxy', '    balance roundrobin', 'balance', 'keyword.other.haconf'],
    ['haproxy', '    option httplog # log requests', '# log', 'comment.line.number-sign.haconf'],
    ['haproxy', '    server web1 "${HOST}" check', '${HOST}', 'variable.other.environment.haconf'],
    ['haproxy', '.if defined(X)', '.if', 'keyword.control.conditional.haconf'],
    ['keepalived', 'vrrp_instance VI_1 {', 'vrrp_instance', 'storage.type.block.haconf'],
    ['keepalived', 'vrrp_instance VI_1 {', 'VI_1', 'entity.name.section.haconf'],
    ['keepalived', '    virtual_router_id 51', 'virtual_router_id', 'keyword.other.haconf'],
    ['keepalived', '    state MASTER', 'MASTER', 'constant.language.haconf'],
    ['keepalived', '! Configuration File', '!', 'comment.line.haconf'],
    ['corosync', 'totem {', 'totem', 'entity.name.section.haconf'],
    ['corosync', '    cluster_name: web', 'cluster_name', 'support.type.property-name.haconf'],
    ['corosync', '    transport: knet', 'knet', 'constant.language.haconf'],
    ['drbd', 'resource r0 {', 'resource', 'storage.type.section.haconf'],
    ['drbd', 'resource r0 {', 'r0', 'entity.name.section.haconf'],
    ['drbd', '    protocol C;', 'protocol', 'keyword.other.haconf'],
    ['drbd', '    protocol C;', ';', 'punctuation.terminator.statement.haconf'],
    ['ceph', '[osd.3]', 'osd.3', 'entity.name.section.haconf'],
    ['ceph', 'osd pool default size = 3', 'osd pool default size', 'support.type.property-name.haconf'],
    ['ceph', 'osd_pool_default_size = 3', 'osd_pool_default_size', 'support.type.property-name.haconf'],
    ['ceph', 'made up option = 3', 'made up option', 'variable.other.property.haconf'],
    ['ceph', '; a comment', '; a', 'comment.line.haconf'],
  ];
  for (const [id, line, needle, scope] of cases) {
    it(`${id}: '${needle}' in '${line.trim()}' is ${scope}`, async () => {
      assert.ok((await scopesOf(id, line, needle)).includes(scope), (await scopesOf(id, line, needle)).join(' '));
    });
  }
});
