import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { cephDetection } from '../../../server/src/formats/ceph/detect';
import { detection } from '../../../server/src/formats/detection';
import { diagnose, syntaxDiagnostics, documentSymbols, foldingRanges } from '../../../server/src/service';
import { SKIP_NO_SHARED, corpus, countProblems, describeDiags, errors, open, sexp, verdictLine } from '../../helpers';

const CONF = `# cluster-wide
[global]
fsid = 6f0a3a68-36d7-4e3b-8f3d-5b0f6f1d2a11
mon host = [v2:10.0.0.1:3300,v1:10.0.0.1:6789]   ; the monitors
osd_pool_default_size = 3
	osd pool default min size = 2
log file = "/var/log/ceph/$cluster-$name.log"  # quoted
rbd default features =

[osd]
osd memory target = 4G

[osd.3]
host = storage-3
mon initial members = a,\\
    b

[client.rgw.gateway-1]
rgw frontends = beast port=8080
`;

async function diags(text: string): Promise<string[]> {
  const doc = await open('ceph', text);
  return errors(diagnose(doc)).map((d) => `${d.range.start.line + 1}: ${d.message}`);
}


describe('ceph grammar and mapping', () => {
  it('parses sections and multi-word name = value entries with no error', async () => {
    const doc = await open('ceph', CONF);
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(doc.model.nodes.map((n) => `${n.kind}:${n.keyword}`), [
      'section:global',
      'section:osd',
      'section:osd.3',
      'section:client.rgw.gateway-1',
    ]);
    const global = doc.model.nodes[0];
    assert.deepEqual(
      global.children.map((e) => [e.keyword, ...e.args.map((a) => a.value)]),
      [
        ['fsid', '6f0a3a68-36d7-4e3b-8f3d-5b0f6f1d2a11'],
        ['mon host', '[v2:10.0.0.1:3300,v1:10.0.0.1:6789]'],
        ['osd_pool_default_size', '3'],
        ['osd pool default min size', '2'],
        ['log file', '/var/log/ceph/$cluster-$name.log'],
        ['rbd default features'],
      ],
    );
    // One argument: the whole value as written, trimmed, quotes kept in the text.
    assert.equal(global.children[4].args[0].text, '"/var/log/ceph/$cluster-$name.log"');
    assert.equal(doc.model.nodes[3].children[0].args[0].value, 'beast port=8080');
    // A trailing backslash continues the value on the next line.
    const members = doc.model.nodes[2].children[1];
    assert.equal(members.keyword, 'mon initial members');
    assert.equal(members.args.length, 1);
    assert.match(members.args[0].text, /^a,\\\n\s+b$/);
  });

  it('takes # and ; as comments, also after a value or a header', async () => {
    const doc = await open('ceph', '; top\n[global] # all\nx = 1 ; one\n# y = 2\ny = a \\; b\n');
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(doc.model.nodes[0].children.map((e) => `${e.keyword}=${e.args[0].text}`), ['x=1', 'y=a \\; b']);
    assert.equal(syntaxDiagnostics(doc).length, 0);
  });

  it('maps an option before any section as a directive (and accepts a file that is that one line)', async () => {
    const doc = await open('ceph', 'fsid = 6f0a3a68-36d7-4e3b-8f3d-5b0f6f1d2a11\n');
    assert.deepEqual(doc.model.nodes.map((n) => `${n.kind}:${n.keyword}`), ['directive:fsid']);
    assert.equal(diagnose(doc).length, 0);
  });

  it('outlines sections with what they apply to, not entries', async () => {
    const doc = await open('ceph', CONF);
    assert.deepEqual(
      documentSymbols(doc).map((s) => `${s.name} (${s.detail})`),
      ['[global] (all daemons and clients)', '[osd] (all osd daemons)', '[osd.3] (osd daemon 3)', '[client.rgw.gateway-1] (client rgw.gateway-1)'],
    );
    assert.ok(documentSymbols(doc).every((s) => !s.children?.length));
  });

  it('folds each section up to its last entry', async () => {
    const doc = await open('ceph', CONF);
    const folds = foldingRanges(doc).map((f) => `${f.startLine + 1}-${f.endLine + 1}`);
    assert.deepEqual(folds, ['2-8', '10-11', '13-16', '18-19']);
  });
});

describe('ceph syntax errors', () => {
  it("reports a line without '=' on that line only", async () => {
    const doc = await open('ceph', '[global]\nosd pool default size 3\nfsid = 1\n');
    assert.deepEqual(
      errors(diagnose(doc)).map((d) => `${d.range.start.line + 1}: ${d.message} [${d.code}]`),
      ["2: 'osd pool default size 3' has no '=': a Ceph option needs 'name = value' [syntax.not-key-value]"],
    );
    assert.match(sexp(doc), /\(entry keyword: \(key\) \(MISSING "="\)\) \(entry keyword: \(key\) argument: \(value\)\)/);
  });

  it("reports a header without ']'", async () => {
    assert.deepEqual(await diags('[global\nfsid = 1\n'), ["1: missing ']' to close the section name"]);
  });

  it('reports an unterminated quote, and a comment character inside quotes', async () => {
    assert.deepEqual(await diags('[global]\nx = "abc\ny = \'a;b\'\nz = 1\n'), [
      '2: unterminated quoted string "abc: missing closing "',
      "3: unterminated quoted string 'a: missing closing ' (';' starts a comment even inside quotes: escape it as '\\;')",
    ]);
  });

  it('reports what follows a quoted value or a header', async () => {
    assert.deepEqual(await diags('[global] extra\nx = "a" b\n'), [
      "1: unexpected 'extra' after the section header: only a comment may follow ']' on its line",
      "2: unexpected 'b' after the quoted value: a quoted value must be the whole value (only a comment may follow it)",
    ]);
  });

  it("reports a name whose '=' is on the next line, and a '[' in a name", async () => {
    assert.deepEqual(await diags('[global]\nfilestore op threads\n= 16\n'), [
      "2: 'filestore op threads' has no '=' on its line: a Ceph option needs 'name = value' on one line",
    ]);
    const list = await diags('[global]\nmon d[ata = /var/lib/ceph\nx = 1\n');
    assert.ok(list.length >= 1);
    assert.ok(list.every((d) => d === "2: 'mon d[ata' holds a '[': an option name cannot"), list.join('\n'));
  });

  it("reports an '=' without a name and an empty section name", async () => {
    assert.deepEqual(await diags('[global]\n= 1\ny = 2\n'), ["2: '= 1' has no option name before '='"]);
    assert.deepEqual(await diags('[]\n'), ["1: empty section name '[]'"]);
  });

  it('reports an option before the first section and an indented header, as ceph-conf does', async () => {
    assert.deepEqual(await diags('fsid = 1\n[global]\nx = 1\n  [osd.1]\ny = 2\n'), [
      "1: 'fsid' comes before any [section]: ceph-conf rejects an option outside a section (put it under [global])",
      "4: section header '[osd.1]' is indented: ceph-conf only takes a '[' at the start of the line",
    ]);
  });

  it('rejects a last line without its newline (ceph-conf since Octopus), except for a last comment or a lone CR', async () => {
    const doc = await open('ceph', '[global]\nx = 1');
    const list = syntaxDiagnostics(doc);
    assert.equal(countProblems(doc), 0, sexp(doc));
    assert.deepEqual(list.map((d) => `${d.range.start.line + 1}: ${d.severity} ${d.code}`), ['2: 1 ceph.no-final-newline']);
    // Blanks with no newline after the last line: "expected '<eoi>'".
    assert.deepEqual(syntaxDiagnostics(await open('ceph', '[global]\nx = 1\n  ')).map((d) => `${d.range.start.line + 1}: ${d.severity} ${d.code}`), ['3: 1 ceph.no-final-newline']);
    for (const ok of ['[global]\nx = 1\n# end', '[global]\nx = 1\n  ; end', '[global]\nx = 1\r', '[global]\nx = 1\n', '', '\n\n']) {
      assert.equal(syntaxDiagnostics(await open('ceph', ok)).length, 0, JSON.stringify(ok));
    }
  });

  it('rejects an indented section header and an unterminated quote, on their lines, also after edits', async () => {
    const text = '[global]\nfsid = 1\n  [osd.3]\nosd data = "/var/lib/ceph # x\n[mon]\n\tkey = \'open\n';
    const doc = await open('ceph', text);
    const show = () => syntaxDiagnostics(doc).map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.code}`);
    assert.deepEqual(show(), ['2:0-9 ceph.indented-header', '3:11-26 syntax.unterminated-string', '5:7-12 syntax.unterminated-string']);
    assert.match(syntaxDiagnostics(doc)[1].message, /'#' starts a comment even inside quotes/);
    // Unindent the header, then indent the last one: the text is read in pieces and by line, not joined.
    doc.update([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }, text: '' }], 2);
    assert.deepEqual(show(), ['3:11-26 syntax.unterminated-string', '5:7-12 syntax.unterminated-string']);
    doc.update([{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: ' \t' }], 3);
    assert.deepEqual(show(), ['3:11-26 syntax.unterminated-string', '4:0-7 ceph.indented-header', '5:7-12 syntax.unterminated-string']);
    doc.dispose();
  });

  it('rejects a line of only blanks before the first section, not one further down', async () => {
    for (const bad of ['  \n[global]\nx = 1\n', '# top\n\t\n[global]\nx = 1\n', '\n \r\n[global]\n']) {
      const list = syntaxDiagnostics(await open('ceph', bad));
      assert.deepEqual(list.map((d) => `${d.severity} ${d.code}`), ['1 ceph.blank-line-before-section'], JSON.stringify(bad));
      assert.equal(list[0].range.start.line, bad.split('\n').findIndex((l) => /^[ \t]+\r?$/.test(l)));
    }
    for (const ok of ['\n\n[global]\nx = 1\n', '  # top\n[global]\nx = 1\n', '[global]\n  \nx = 1\n  \n[osd]\n']) {
      assert.equal(syntaxDiagnostics(await open('ceph', ok)).length, 0, JSON.stringify(ok));
    }
  });
});

describe('ceph detection', () => {
  it('recognises ceph file names and paths', () => {
    assert.equal(detection.fromPath('/etc/ceph/ceph.conf')?.id, 'ceph');
    assert.equal(detection.fromPath('/etc/ceph/backup-cluster.conf')?.id, 'ceph');
    assert.equal(detection.fromPath('file:///home/me/lab/ceph.conf')?.id, 'ceph');
  });

  it('sniffs ceph texts and leaves other INI files alone', () => {
    assert.ok(cephDetection.sniff('[global]\nfsid = 6f0a3a68-36d7-4e3b-8f3d-5b0f6f1d2a11\nmon host = 10.0.0.1\n') >= 0.7);
    assert.ok(cephDetection.sniff('[global]\nosd_pool_default_size = 3\nauth_cluster_required = cephx\n') >= 0.7);
    assert.ok(cephDetection.sniff('[client.admin]\nkeyring = /etc/ceph/ceph.client.admin.keyring\n') >= 0.7);
    const ini = {
      samba: '[global]\n   workgroup = WORKGROUP\n   log file = /var/log/samba/log.%m\n[homes]\n   comment = Home\n',
      mysql: '[client]\nport = 3306\nsocket = /tmp/mysql.sock\n[mysqld]\nkey_buffer_size = 16M\n',
      php: '[PHP]\nengine = On\n',
      systemd: '[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\n',
      git: '[core]\n\tbare = false\n[remote "origin"]\n\turl = x\n',
    };
    for (const [name, text] of Object.entries(ini)) assert.ok(cephDetection.sniff(text) < 0.5, name);
  });

  it('scores every ceph corpus file >= 0.7 and every file of the other formats < 0.5', { skip: SKIP_NO_SHARED }, () => {
    const bad: string[] = [];
    for (const e of corpus()) {
      const score = cephDetection.sniff(fs.readFileSync(e.path, 'utf8').slice(0, 32768));
      if (e.format === 'ceph' ? score < 0.7 : score >= 0.5) bad.push(`${e.file}=${score}`);
    }
    assert.deepEqual(bad, []);
  });
});


describe('ceph corpus', { skip: SKIP_NO_SHARED }, () => {
  const files = corpus().filter((e) => e.format === 'ceph');

  it('has files', () => assert.ok(files.length >= 15, `${files.length} files`));

  it('parses every file; accepted files have no ERROR/MISSING node and no error diagnostic', async () => {
    for (const e of files) {
      const doc = await open('ceph', fs.readFileSync(e.path, 'utf8'), `file:///corpus/${path.basename(e.path)}`);
      assert.ok(doc.tree, `${e.file} parsed`);
      const list = diagnose(doc);
      if (e.accepted) {
        assert.equal(countProblems(doc), 0, `${e.file}\n${sexp(doc)}`);
        assert.deepEqual(errors(list), [], `${e.file}\n${describeDiags(errors(list))}`);
        assert.ok(doc.model.nodes.some((n) => n.kind === 'section'), e.file);
      }
      doc.dispose();
    }
  });

  it('gives a file without a final newline an error on the line ceph-conf names, and no parse problem', async () => {
    for (const e of files.filter((f) => f.category.startsWith('NO-EOF-NEWLINE'))) {
      const doc = await open('ceph', fs.readFileSync(e.path, 'utf8'));
      assert.equal(countProblems(doc), 0, e.file);
      assert.deepEqual(syntaxDiagnostics(doc).map((d) => `${d.range.start.line + 1}:${d.severity}:${d.code}`), [`${verdictLine(e.verdict)}:1:ceph.no-final-newline`]);
      doc.dispose();
    }
  });

  it('measures how many genuine errors get a syntax diagnostic on the line ceph-conf reports', async () => {
    const genuine = files.filter((e) => !e.accepted && e.category.startsWith('CONFIG'));
    let hit = 0;
    const report: string[] = [];
    for (const e of genuine) {
      const doc = await open('ceph', fs.readFileSync(e.path, 'utf8'));
      const line = verdictLine(e.verdict);
      const onLine = errors(diagnose(doc)).some((d) => line !== undefined && d.range.start.line + 1 === line);
      if (onLine) hit++;
      report.push(`${onLine ? 'hit ' : 'miss'} ${path.basename(e.path)}: ${e.verdict.slice(0, 90)}`);
      doc.dispose();
    }
    console.log(`ceph corpus: ${hit}/${genuine.length} genuine errors get a haconf syntax error on the tool's line\n  ${report.join('\n  ')}`);
  });
});
