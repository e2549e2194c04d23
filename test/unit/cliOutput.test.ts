/** `haconf check` output formats (text, json, sarif, github), the --severity threshold and the exit codes. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../server/src/cli/main';
import { escapeGithubData, escapeGithubProperty, githubLines, toSarif } from '../../server/src/cli/formats';
import { describeCode } from '../../server/src/cli/rules';

async function run(args: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await main(args, { write: (s) => void (out += s) }, { write: (s) => void (err += s) });
    return { code, out, err };
  } finally {
    process.chdir(before);
  }
}

/** A two-node cluster's nodelist and quorum, so that the files below are complete configurations. */
const NODES =
  'nodelist {\n    node {\n        name: a\n        nodeid: 1\n        ring0_addr: 10.0.0.1\n    }\n    node {\n        name: b\n        nodeid: 2\n        ring0_addr: 10.0.0.2\n    }\n}\n' +
  'quorum {\n    provider: corosync_votequorum\n    two_node: 1\n}\n';
/** A syntax error (line 3) and nothing else. */
const BROKEN = `totem {\n    version: 2\n    cluster_name web\n}\n${NODES}`;
/** Only a warning: corosync ignores keys it does not know. */
const WARNED = `totem {\n    version: 2\n    cluster_name: web\n    frobnicate: 1\n}\n${NODES}`;
const CLEAN = `totem {\n    version: 2\n    cluster_name: web\n}\n${NODES}`;

// ---- SARIF 2.1.0 schema: from the @microsoft/jest-sarif devDependency, validated with ajv (draft-04) ----
interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string }[] | null;
}
function sarifValidator(): Validator | string {
  let Ajv: new (opts: object) => { compile(schema: object): Validator };
  let schema: object;
  try {
    // Loaded by name at run time: both are devDependencies that an old checkout may not have installed yet.
    const load = require as (id: string) => unknown;
    Ajv = load('ajv-draft-04') as typeof Ajv;
    schema = load('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
  } catch (e) {
    return `skipped: the SARIF schema or ajv-draft-04 is not installed (npm ci installs them): ${(e as Error).message.split('\n')[0]}`;
  }
  // The published schema has a pattern JavaScript only reads without the u flag; formats (uri) are checked below.
  return new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false }).compile(schema);
}
const validator = sarifValidator();

function assertValidSarif(log: unknown): void {
  if (typeof validator === 'string') return;
  const ok = validator(log);
  assert.ok(ok, JSON.stringify(validator.errors?.slice(0, 5), null, 1));
}

/** What SARIF 2.1.0 requires whatever the validator: checked even when the schema is not installed. */
function assertSarifShape(log: any): void {
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'haconf');
  assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+/);
  const ids = run.tool.driver.rules.map((r: any) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const r of run.tool.driver.rules) assert.ok(r.shortDescription.text.length > 0);
  for (const res of run.results) {
    assert.equal(ids[res.ruleIndex], res.ruleId);
    assert.ok(['error', 'warning', 'note', 'none'].includes(res.level));
    assert.equal(typeof res.message.text, 'string');
    const loc = res.locations[0].physicalLocation;
    assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
    assert.ok(loc.region.endLine >= loc.region.startLine);
    if (loc.artifactLocation.uriBaseId) {
      assert.ok(run.originalUriBaseIds[loc.artifactLocation.uriBaseId].uri.endsWith('/'));
      assert.ok(!loc.artifactLocation.uri.startsWith('/'), 'a relative reference');
    } else assert.match(loc.artifactLocation.uri, /^file:\/\//);
  }
}

describe('haconf check output', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-cli-out-'));
    fs.mkdirSync(path.join(dir, 'etc', 'corosync'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'etc', 'corosync', 'corosync.conf'), BROKEN);
    fs.writeFileSync(path.join(dir, 'warned.conf'), WARNED);
    fs.writeFileSync(path.join(dir, 'clean.conf'), CLEAN);
    fs.writeFileSync(path.join(dir, 'odd, name:1.conf'), BROKEN);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('github', () => {
    it('escapes %, CR and LF in messages, and also , and : in properties', () => {
      assert.equal(escapeGithubData('100% a\r\nb: c, d'), '100%25 a%0D%0Ab: c, d');
      assert.equal(escapeGithubProperty('a,b:c%d\ne'), 'a%2Cb%3Ac%25d%0Ae');
      // '%' first: an escape is never escaped again.
      assert.equal(escapeGithubData('%0A'), '%250A');
    });

    it('prints one annotation per problem with file, line, col, endLine, endColumn and the code as title', async () => {
      const r = await run(['check', '--format', 'github', path.join('etc', 'corosync', 'corosync.conf')], dir);
      assert.equal(r.code, 1);
      assert.equal(
        r.out,
        "::error file=etc/corosync/corosync.conf,line=3,col=5,endLine=3,endColumn=20,title=syntax.not-key-value::'cluster_name web' is neither 'key: value' nor a section opening 'name {' nor a closing '}'\n",
      );
    });

    it('escapes a file name with , and : and a message with a line break', () => {
      const lines = githubLines(
        [
          {
            file: path.join(dir, 'odd, name:1.conf'),
            diagnostics: [
              { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 2, code: 'x.y', message: 'two\nlines 50%' },
              { range: { start: { line: 1, character: 2 }, end: { line: 3, character: 1 } }, severity: 3, message: 'note' },
            ],
          },
        ],
        { cwd: dir, version: '0.1.0' },
      );
      assert.deepEqual(lines, [
        '::warning file=odd%2C name%3A1.conf,line=1,col=1,endLine=1,endColumn=1,title=x.y::two%0Alines 50%25',
        '::notice file=odd%2C name%3A1.conf,line=2,col=3,endLine=4,endColumn=1,title=haconf::note',
      ]);
    });

    it('reports a file it cannot read as an error annotation and exits 2', async () => {
      const r = await run(['check', '--format=github', 'missing.cfg'], dir);
      assert.equal(r.code, 2);
      assert.match(r.out, /^::error file=missing\.cfg,title=haconf::missing\.cfg: no such file or directory$/m);
    });
  });

  describe('sarif', () => {
    it('is a SARIF 2.1.0 log with rules for the codes found and results with 1-based regions', async () => {
      const r = await run(['check', '--format', 'sarif', path.join('etc', 'corosync', 'corosync.conf'), 'warned.conf', 'clean.conf'], dir);
      assert.equal(r.code, 1);
      const log = JSON.parse(r.out);
      assertSarifShape(log);
      assertValidSarif(log);
      const run0 = log.runs[0];
      assert.equal(run0.tool.driver.name, 'haconf');
      assert.deepEqual(
        run0.tool.driver.rules.map((x: any) => x.id),
        ['syntax.not-key-value', 'schema.unknown-keyword'],
      );
      assert.equal(run0.tool.driver.rules[0].shortDescription.text, describeCode('syntax.not-key-value'));
      const [syntax, unknown] = run0.results;
      assert.equal(syntax.ruleId, 'syntax.not-key-value');
      assert.equal(syntax.level, 'error');
      assert.deepEqual(syntax.locations[0].physicalLocation, {
        artifactLocation: { uri: 'etc/corosync/corosync.conf', uriBaseId: '%SRCROOT%' },
        region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 21 },
      });
      assert.equal(unknown.level, 'warning');
      assert.equal(unknown.locations[0].physicalLocation.artifactLocation.uri, 'warned.conf');
      assert.equal(run0.originalUriBaseIds['%SRCROOT%'].uri, new URL(`file://${dir}/`).href);
      assert.equal(run0.invocations[0].executionSuccessful, true);
    });

    it('percent-encodes relative URIs, uses absolute file URIs outside the working folder, and lists unreadable files', () => {
      const outside = path.join(os.tmpdir(), 'elsewhere', 'haproxy.cfg');
      const log: any = toSarif(
        [
          { file: path.join(dir, 'odd, name:1.conf'), diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, severity: 4, code: 'value.enum', message: 'm' }] },
          { file: outside, diagnostics: [{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 2 } }, severity: 1, code: 'value.enum', message: 'n' }] },
          { file: 'gone.cfg', diagnostics: [], error: 'no such file or directory' },
        ],
        { cwd: dir, version: '0.1.0' },
      );
      assertSarifShape(log);
      assertValidSarif(log);
      const [a, b] = log.runs[0].results;
      assert.equal(a.level, 'note');
      assert.equal(a.locations[0].physicalLocation.artifactLocation.uri, 'odd%2C%20name%3A1.conf');
      assert.equal(b.locations[0].physicalLocation.artifactLocation.uri, `file://${outside}`);
      assert.equal(b.locations[0].physicalLocation.artifactLocation.uriBaseId, undefined);
      assert.equal(log.runs[0].tool.driver.rules.length, 1, 'one rule per code');
      assert.equal(log.runs[0].invocations[0].executionSuccessful, false);
      assert.match(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /gone\.cfg: no such file/);
    });

    it('validates against the SARIF 2.1.0 JSON schema, which rejects a broken log', async (t) => {
      if (typeof validator === 'string') return t.skip(validator);
      const r = await run(['check', '--format', 'sarif', '--severity', 'warning', '.'], dir);
      assert.equal(r.code, 1);
      assert.ok(validator(JSON.parse(r.out)), JSON.stringify(validator.errors?.slice(0, 5)));
      assert.equal(validator({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] }), false);
      assert.equal(validator({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a' }, region: { startLine: 0 } } }] }] }] }), false);
    });
  });

  describe('json', () => {
    it('keeps one object per file with 1-based positions', async () => {
      const r = await run(['check', '--format', 'json', 'warned.conf'], dir);
      assert.equal(r.code, 0);
      const [f] = JSON.parse(r.out);
      assert.equal(f.format, 'corosync');
      assert.deepEqual(
        f.diagnostics.map((d: any) => [d.line, d.column, d.endLine, d.endColumn, d.severity, d.code]),
        [[4, 5, 4, 15, 'warning', 'schema.unknown-keyword']],
      );
    });
  });

  describe('--severity and exit codes', () => {
    it('exits 0 on warnings by default and 1 with --severity warning', async () => {
      assert.equal((await run(['check', 'warned.conf'], dir)).code, 0);
      assert.equal((await run(['check', '--severity', 'warning', 'warned.conf'], dir)).code, 1);
      assert.equal((await run(['check', '--severity=error', 'warned.conf'], dir)).code, 0);
      assert.equal((await run(['check', '--severity', 'warning', 'clean.conf'], dir)).code, 0);
      assert.equal((await run(['check', '--severity', 'warning', path.join('etc', 'corosync', 'corosync.conf')], dir)).code, 1);
    });

    it('prints the same problems whatever the threshold', async () => {
      const a = await run(['check', 'warned.conf'], dir);
      const b = await run(['check', '--severity', 'warning', 'warned.conf'], dir);
      assert.equal(a.out, b.out);
      assert.match(a.out, /^warned\.conf:4:5: warning: unknown key 'frobnicate'/);
    });

    it('exits 2 for a bad --severity or --format, naming the choices', async () => {
      const s = await run(['check', '--severity', 'info', 'clean.conf'], dir);
      assert.equal(s.code, 2);
      assert.match(s.err, /--severity must be error or warning, not 'info'/);
      const f = await run(['check', '--format', 'xml', 'clean.conf'], dir);
      assert.equal(f.code, 2);
      assert.match(f.err, /--format must be one of text, json, sarif, github/);
    });

    it('an I/O error wins over problems: exit 2', async () => {
      const r = await run(['check', 'warned.conf', path.join('etc', 'corosync', 'corosync.conf'), 'nope.conf'], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /nope\.conf: no such file or directory/);
      assert.match(r.out, /corosync\.conf:3:5: error:/);
    });
  });

  it('describes every code it can meet, with a family fallback', () => {
    assert.match(describeCode('include.not-found'), /include/i);
    assert.match(describeCode('syntax.some-new-code'), /syntax/i);
    assert.match(describeCode('value.whatever'), /value/i);
    assert.match(describeCode('ceph.some-rule'), /Ceph/);
    assert.equal(describeCode('nonsense'), "haconf check 'nonsense'.");
  });
});
