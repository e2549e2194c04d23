import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { detection } from '../../../server/src/formats/detection';
import { drbdDetection } from '../../../server/src/formats/drbd/detect';
import { diagnose, documentSymbols, foldingRanges } from '../../../server/src/service';
import { SKIP_NO_SHARED, corpus, countProblems, describeDiags, errors, open, sexp, verdictLine, withoutSemantic } from '../../helpers';

const CONF = `# two nodes, DRBD 9
include "drbd.d/*.res";

global {
    usage-count no;
}

common {
    handlers {
        fence-peer "/usr/lib/drbd/crm-fence-peer.9.sh";
    }
    disk { on-io-error detach; }
}

resource r0 {
    protocol C;
    volume 0 {
        device /dev/drbd0;
        disk /dev/sdb1;
        meta-disk internal;
    }
    on alice {
        node-id 0;
        address 10.0.0.1:7789;
    }
    on bob {
        node-id 1;
        address ipv6 [fd00::2]:7789;   # the second site
    }
    connection "alice-bob" {
        host alice address 10.0.0.1:7789 via proxy on alice {
            inside 127.0.0.1:7790;
        }
        net { protocol C; }
    }
}
`;

async function diags(text: string): Promise<string[]> {
  const doc = await open('drbd', text);
  return errors(diagnose(doc)).map((d) => `${d.range.start.line + 1}: ${d.message}`);
}


describe('drbd grammar and mapping', () => {
  it('parses statements, blocks, strings, addresses and include with no error', async () => {
    const doc = await open('drbd', CONF);
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(
      doc.model.nodes.map((n) => `${n.kind}:${n.keyword}`),
      ['directive:include', 'block:global', 'block:common', 'block:resource'],
    );
    assert.equal(doc.model.nodes[0].args[0].value, 'drbd.d/*.res');
    assert.equal(doc.model.nodes[0].args[0].text, '"drbd.d/*.res"');
    const handlers = doc.model.nodes[2].children[0];
    assert.equal(handlers.children[0].keyword, 'fence-peer');
    assert.equal(handlers.children[0].args[0].value, '/usr/lib/drbd/crm-fence-peer.9.sh');
    const r0 = doc.model.nodes[3];
    assert.deepEqual(r0.args.map((a) => a.value), ['r0']);
    assert.deepEqual(r0.children.map((c) => c.keyword), ['protocol', 'volume', 'on', 'on', 'connection']);
    assert.deepEqual(r0.children[1].children.map((c) => `${c.keyword} ${c.args.map((a) => a.value).join(' ')}`), [
      'device /dev/drbd0',
      'disk /dev/sdb1',
      'meta-disk internal',
    ]);
    assert.deepEqual(r0.children[3].children[1].args.map((a) => a.value), ['ipv6', '[fd00::2]:7789']);
    const conn = r0.children[4];
    assert.equal(conn.args[0].value, 'alice-bob');
    const host = conn.children[0];
    assert.equal(host.kind, 'block');
    assert.deepEqual(host.args.map((a) => a.value), ['alice', 'address', '10.0.0.1:7789', 'via', 'proxy', 'on', 'alice']);
  });

  it('accepts a brace on the next line, 8.4 sections and a skipped block with any tokens', async () => {
    const text =
      'resource r0\n# the brace comes next\n{\n  syncer { al-extents 257; }\n  on alice { address 10.0.0.1:7789; }\n}\n' +
      'skip resource old {\n  whatever = goes { here }\n  "and ; here"\n}\n' +
      'resource r1 { volume 0 { device minor 1; disk /dev/foo; } floating 10.0.0.3:7706 { node-id 2; } }\n';
    const doc = await open('drbd', text);
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(doc.model.nodes.map((n) => `${n.keyword} ${n.args.map((a) => a.value).join(' ')}`), ['resource r0', 'skip resource old', 'resource r1']);
    assert.deepEqual(doc.model.nodes[0].children.map((c) => c.keyword), ['syncer', 'on']);
    assert.equal(doc.model.nodes[1].children.length, 0);
    assert.deepEqual(doc.model.nodes[2].children.map((c) => c.keyword), ['volume', 'floating']);
    assert.equal(withoutSemantic(doc, diagnose(doc)).length, 0);
    // drbdadm 9.22 reads the 8.4 `syncer` options that moved elsewhere, but not 8.3's `rate` ("'a syncer option
    // keyword' expected, but got 'rate'")
    const old = await open('drbd', 'resource r0 {\n  syncer { rate 25M; verify-alg sha1; }\n}\n');
    assert.deepEqual(withoutSemantic(old, diagnose(old)).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), ['schema.unknown-keyword 1:11']);
  });

  it('takes a # anywhere as a comment and accepts a last line without a newline', async () => {
    const doc = await open('drbd', 'global { usage-count no; } # trailing\nresource r0 {\n  protocol C; # why\n}');
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.equal(doc.model.nodes[1].children[0].args.length, 1);
    assert.equal(withoutSemantic(doc, diagnose(doc)).length, 0);
  });

  it('outlines resources, hosts with their address, volumes and sections, not statements', async () => {
    const doc = await open('drbd', CONF);
    const symbols = documentSymbols(doc);
    assert.deepEqual(symbols.map((s) => s.name), ['global', 'common', 'resource r0']);
    assert.deepEqual(symbols[1].children!.map((s) => s.name), ['handlers', 'disk']);
    const r0 = symbols[2].children!;
    assert.deepEqual(r0.map((s) => (s.detail ? `${s.name} (${s.detail})` : s.name)), [
      'volume 0',
      'on alice (10.0.0.1:7789)',
      'on bob (ipv6 [fd00::2]:7789)',
      'connection alice-bob',
    ]);
    assert.deepEqual(r0[3].children!.map((s) => s.name), ['host alice address 10.0.0.1:7789 via proxy on alice', 'net']);
  });

  it('folds every block, keeping the closing brace visible', async () => {
    const doc = await open('drbd', CONF);
    const folds = foldingRanges(doc).map((f) => `${f.startLine + 1}-${f.endLine + 1}`);
    assert.deepEqual(folds, ['4-5', '8-12', '9-10', '15-35', '17-20', '22-24', '26-28', '30-34', '31-32']);
  });
});

describe('drbd syntax errors', () => {
  it("reports a missing ';' after the statement, and nothing on the next lines", async () => {
    const doc = await open('drbd', 'resource r0 {\n  protocol C\n  device /dev/drbd0;\n  meta-disk internal;\n}\n');
    const list = errors(diagnose(doc));
    assert.deepEqual(list.map((d) => `${d.range.start.line + 1}: ${d.message}`), ["2: missing ';' after 'protocol C'"]);
    assert.equal(list[0].code, 'syntax.missing-semicolon');
    assert.match(sexp(doc), /\(statement keyword: \(option\) argument: \(word\)\) \(MISSING ";"\)/);
    // The next statements are whole.
    assert.deepEqual(doc.model.nodes[0].children.map((c) => c.keyword), ['protocol', 'device', 'meta-disk']);
  });

  it("reports a missing ';' before a '}' on the same line and before a comment", async () => {
    assert.deepEqual(await diags('resource r0 {\n  disk { on-io-error detach }\n  net { protocol C; } # ok\n  on a { address 10.0.0.1:7789 # here\n  }\n}\n'), [
      "2: missing ';' after 'on-io-error detach'",
      "4: missing ';' after 'address 10.0.0.1:7789'",
    ]);
  });

  it('names the block that is never closed: a warning for the last resource, which drbdadm closes at the end', async () => {
    const text = 'global { usage-count no; }\nresource r0 {\n  net {\n    protocol C;\n  }\n  on alice {\n    address 10.0.0.1:7789;\n  }\n';
    // drbdadm 9.22 -c FILE dump all accepts this file: the end of the file closes the resource.
    const all = diagnose(await open('drbd', text));
    assert.deepEqual(
      all.filter((d) => d.code === 'syntax.unclosed-block').map((d) => `${d.range.start.line + 1} ${d.severity}: ${d.message}`),
      ["2 2: block 'resource r0' opened on line 2 is never closed (drbdadm closes it at the end of the file)"],
    );
    // A 'global' section left open is an error (drbdadm rejects it), and so is an inner block.
    assert.deepEqual(await diags('global {\n  usage-count no;\n'), ["1: block 'global' opened on line 1 is never closed"]);
    assert.deepEqual(await diags('resource r0 {\n  on alice {\n    address 10.0.0.1:7789;\n'), ["2: block 'on alice' opened on line 2 is never closed"]);
  });

  it('blames the inner block whose closing brace went missing, by indentation', async () => {
    assert.deepEqual(await diags('resource r0 {\n  net {\n    protocol C;\n  on alice {\n    address 10.0.0.1:7789;\n  }\n}\nresource r1 {\n}\n'), [
      "2: block 'net' opened on line 2 is never closed",
      // ... and where drbdadm, reading on inside 'net', stops (drbdadm 9.22: "'an option keyword' expected, but got 'on'")
      "4: 'on' cannot stand in an options section: drbdadm reads it as part of 'net' (line 2), so a '}' is missing before it",
    ]);
  });

  it("takes `device \"...` with a quote never closed as no device, as drbdadm does: a warning, unless a host is left without one", async () => {
    const text = (where: string) =>
      `resource r0 {\n  disk /dev/sdb1;\n  meta-disk internal;\n  stacked-on-top-of low {\n    ${where === 'stacked' ? 'device "/dev/drbd10;' : 'device minor 10;'}\n    node-id 0;\n  }\n` +
      `  on carol {\n    ${where === 'on' ? 'device "/dev/drbd10;' : 'device minor 10;'}\n    node-id 1;\n    address 10.0.0.3:7788;\n  }\n}\nresource low {\n  device minor 1;\n  disk /dev/sdc1;\n  meta-disk internal;\n` +
      `  on alice { node-id 0; address 10.0.0.1:7789; }\n  on bob { node-id 1; address 10.0.0.2:7789; }\n}\n`;
    assert.deepEqual(await diags(text('stacked')), []);
    const doc = await open('drbd', text('stacked'));
    assert.deepEqual(diagnose(doc).filter((d) => d.code === 'syntax.unterminated-string').map((d) => d.severity), [2]);
    doc.dispose();
    assert.deepEqual((await diags(text('on'))).map((d) => d.split(':')[0]), ['8']);
  });

  it("reads a file with a lost '}' as drbdadm does: an error where a keyword lands in a block that cannot take it", async () => {
    const text = (body: string) => `resource r0 {\n  device minor 1;\n  disk /dev/sdb1;\n  meta-disk internal;\n${body}}\n`;
    const hosts = '  on alice {\n    node-id 0;\n    address 10.0.0.1:7789;\n  }\n  on bob {\n    node-id 1;\n    address 10.0.0.2:7789;\n  }\n';
    // The '}' of 'disk' lost: 'on alice' lands in the options section (line 8).
    const lost = text(`  disk {\n    on-io-error detach;\n${hosts}`);
    assert.deepEqual((await diags(lost)).filter((d) => d.startsWith('7:')), ["7: 'on' cannot stand in an options section: drbdadm reads it as part of 'disk' (line 5), so a '}' is missing before it"]);
    // The '}' of the last host lost: the resource's '}' closes it and drbdadm closes the resource at the end: accepted.
    const last = text(hosts.replace(/  \}\n$/, ''));
    assert.deepEqual(await diags(last), []);
    const doc = await open('drbd', last);
    assert.deepEqual(diagnose(doc).filter((d) => d.code === 'syntax.unclosed-block').map((d) => d.severity), [2]);
    doc.dispose();
  });

  it('names the open block when the file ends in the middle of a statement', async () => {
    assert.deepEqual(await diags('resource r0 {\n  protocol C'), ["1: block 'resource r0' opened on line 1 is never closed"]);
  });

  it("reports a stray '}'", async () => {
    const doc = await open('drbd', 'resource r0 {\n  protocol C;\n}\n}\n');
    const list = errors(diagnose(doc));
    assert.deepEqual(list.map((d) => `${d.range.start.line + 1}: ${d.code}`), ['4: syntax.unmatched-brace']);
  });

  it('reports an unterminated quoted string in a statement once, and in a block header', async () => {
    assert.deepEqual(await diags('resource r0 {\n  net { shared-secret "abc; }\n  on "bob {\n    address 10.0.0.2:7789;\n  }\n}\n'), [
      `2: unterminated quoted string '"abc;': missing closing '"' (and the ';' after it)`,
      `3: unterminated quoted string '"bob': missing closing '"'`,
    ]);
  });

  it("takes only 'inside' and 'outside' in a DRBD Proxy endpoint (drbdadm: \"'inside | outside' expected\")", async () => {
    const text =
      'resource r0 {\n  device /dev/drbd1;\n  disk /dev/sda1;\n  meta-disk internal;\n' +
      '  on alice {\n    node-id 0;\n    address 10.0.0.1:7789;\n  }\n  on bob {\n    node-id 1;\n    address 10.0.0.2:7789;\n' +
      '    proxy on bob {\n      inside 10.0.0.7:7789;\n      outside 10.0.0.8:7789;\n      memlimit 1M;\n    }\n  }\n' +
      '  proxy {\n    memlimit 128M;\n  }\n' +
      '  connection {\n    host alice address 10.0.0.1:7800 via proxy on alice {\n      inside 10.0.0.5:7800;\n      outside 10.0.0.5:7801;\n      net { protocol A; }\n    }\n    host bob address 10.0.0.2:7800;\n  }\n}\n';
    const found = (await diags(text)).filter((d) => d.includes('DRBD Proxy endpoint'));
    assert.deepEqual(found, [
      "15: 'memlimit' cannot stand in 'proxy on bob': a DRBD Proxy endpoint takes only 'inside' and 'outside' (drbdadm: \"'inside | outside' expected\")",
      "25: 'net' cannot stand in 'host alice address 10.0.0.1:7800 via proxy on alice': a DRBD Proxy endpoint takes only 'inside' and 'outside' (drbdadm: \"'inside | outside' expected\")",
    ]);
  });

  it("reports an empty statement (a stray ';')", async () => {
    assert.deepEqual(await diags('resource r0 {\n  protocol C;;\n}\n'), [
      "2: unexpected ';': there is no statement before it (drbdadm rejects an empty statement)",
    ]);
  });

  it('reports a statement that runs over two lines (drbdadm reads on, haconf wants one line)', async () => {
    assert.deepEqual(await diags('resource r0 {\n  on alice { node-id 0; }\n  tiebreaker no\n  ;\n}\n'), [
      "3: 'tiebreaker no' goes on past the end of its line: end it with ';' on that line",
    ]);
  });

  it("reports a block keyword without its '{'", async () => {
    const list = await diags('resource r0 {\n  on alice\n    address 10.0.0.1:7789;\n  }\n}\n');
    assert.equal(list[0], "2: missing '{' after 'on alice': 'on' opens a block");
  });

  it('reports what cannot stand at the top level', async () => {
    assert.deepEqual(await diags('blacklist {\n  devnode "^drbd[0-9]+";\n}\nresource r0 { }\n'), [
      "1: 'blacklist' cannot stand at the top level of a DRBD configuration: only global, common, resource, skip, include and require-drbd-module-version-* can",
    ]);
    // Not for the statements error recovery lifts out of a block that is still open.
    assert.deepEqual(await diags('resource r0 {\n  handlers { x "a}"; }\n  protocol C;\n  disk x'), [
      "1: block 'resource r0' opened on line 1 is never closed",
      "4: missing ';' after 'disk x'",
    ]);
  });
});

describe('drbd detection', () => {
  it('recognises drbd file names and paths', () => {
    assert.equal(detection.fromPath('/etc/drbd.conf')?.id, 'drbd');
    assert.equal(detection.fromPath('/etc/drbd.d/global_common.conf')?.id, 'drbd');
    assert.equal(detection.fromPath('/etc/drbd.d/r0.res')?.id, 'drbd');
    assert.equal(detection.fromPath('file:///home/me/cluster/drbd.d/site-a')?.id, 'drbd');
    assert.equal(detection.fromPath('/srv/backup.res')?.id, 'drbd');
  });

  it('sniffs small drbd texts', () => {
    assert.ok(drbdDetection.sniff('resource r0 {\n  on alice {\n    device /dev/drbd0;\n  }\n}\n') >= 0.7);
    assert.ok(drbdDetection.sniff('resource r0 {\n  protocol C;\n  meta-disk internal;\n}\n') >= 0.7);
    assert.ok(drbdDetection.sniff('include "drbd.d/*.res";\n') >= 0.7);
    assert.ok(drbdDetection.sniff('global {\n  usage-count no;\n}\ncommon {\n  net { protocol C; }\n}\n') >= 0.7);
    assert.equal(drbdDetection.sniff('global_defs {\n  router_id lb1\n}\n'), 0);
    assert.equal(drbdDetection.sniff('totem {\n  version: 2\n}\n'), 0);
    assert.equal(drbdDetection.sniff('[global]\nfsid = 1\n'), 0);
  });

  it('scores every drbd corpus file >= 0.7 and every file of the other formats < 0.5', { skip: SKIP_NO_SHARED }, () => {
    const bad: string[] = [];
    for (const e of corpus()) {
      const score = drbdDetection.sniff(fs.readFileSync(e.path, 'utf8').slice(0, 32768));
      // multipath/drbd.conf is a multipath.conf fragment that the corpus keeps as a genuine error.
      if (e.format === 'drbd' && !e.file.includes('multipath') ? score < 0.7 : e.format !== 'drbd' && score >= 0.5) bad.push(`${e.file}=${score}`);
    }
    assert.deepEqual(bad, []);
  });
});


describe('drbd corpus', { skip: SKIP_NO_SHARED }, () => {
  const files = corpus().filter((e) => e.format === 'drbd');

  it('has files', () => assert.ok(files.length >= 30, `${files.length} files`));

  it('parses every file; accepted files have no ERROR/MISSING node and no error diagnostic', async () => {
    for (const e of files) {
      const doc = await open('drbd', fs.readFileSync(e.path, 'utf8'), `file:///corpus/${path.basename(e.path)}`);
      assert.ok(doc.tree, `${e.file} parsed`);
      const list = diagnose(doc);
      if (e.accepted) {
        assert.equal(countProblems(doc), 0, `${e.file}\n${sexp(doc)}`);
        assert.deepEqual(errors(list), [], `${e.file}\n${describeDiags(errors(list))}`);
        assert.ok(doc.model.nodes.some((n) => n.kind === 'block'), e.file);
      }
      doc.dispose();
    }
  });

  it('parses the files that are only too new or too old for drbdadm 9.22 with no syntax error', async () => {
    for (const e of files.filter((f) => f.category.startsWith('VERSION'))) {
      const doc = await open('drbd', fs.readFileSync(e.path, 'utf8'));
      assert.equal(countProblems(doc), 0, `${e.file}\n${sexp(doc)}`);
      doc.dispose();
    }
  });

  it('measures how many genuine errors get a syntax diagnostic on the line drbdadm reports', async () => {
    const genuine = files.filter((e) => !e.accepted && e.category.startsWith('CONFIG'));
    let hit = 0;
    const report: string[] = [];
    for (const e of genuine) {
      const doc = await open('drbd', fs.readFileSync(e.path, 'utf8'));
      const line = verdictLine(e.verdict);
      const onLine = errors(diagnose(doc)).some((d) => line !== undefined && d.range.start.line + 1 === line);
      if (onLine) hit++;
      report.push(`${onLine ? 'hit ' : 'miss'} ${path.basename(e.path)}: ${e.verdict.slice(0, 90)}`);
      doc.dispose();
    }
    console.log(`drbd corpus: ${hit}/${genuine.length} genuine errors get a haconf syntax error on the tool's line\n  ${report.join('\n  ')}`);
  });
});
