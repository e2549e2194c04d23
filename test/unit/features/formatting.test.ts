/** Document and range formatting, per format, with its options, its edits and its refusals. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import { formatEdits, formatText, indentUnit, type FormatOptions } from '../../../server/src/service';
import { applyEdits } from '../../../server/src/service/features/formatting';
import { open } from '../../helpers';

const FOUR: FormatOptions = { tabSize: 4, insertSpaces: true };

async function fmt(format: string, text: string, options: FormatOptions = FOUR): Promise<string> {
  const doc = await open(format, text);
  try {
    const r = formatText(doc, options);
    assert.equal(r.refused, undefined, `refused: ${r.refused}`);
    // Formatting is idempotent.
    const again = await open(format, r.text);
    try {
      assert.equal(formatText(again, options).text, r.text, 'formatting the result again changes it');
    } finally {
      again.dispose();
    }
    return r.text;
  } finally {
    doc.dispose();
  }
}

async function edits(format: string, text: string, options: FormatOptions = FOUR, range?: Parameters<typeof formatEdits>[2]) {
  const doc = await open(format, text);
  try {
    const r = formatEdits(doc, options, range);
    return { ...r, result: applyEdits(text, doc.textDocument, r.edits) };
  } finally {
    doc.dispose();
  }
}

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('formatting: HAProxy', () => {
  it('puts section headers at column 0 and indents their bodies one level', async () => {
    const text = lines('  global', 'log stdout  format raw', '\t\tmaxconn   100', 'frontend   www', '   bind :80', 'default_backend app');
    assert.equal(await fmt('haproxy', text), lines('global', '    log stdout format raw', '    maxconn 100', 'frontend www', '    bind :80', '    default_backend app'));
  });

  it('keeps quoted words, escaped spaces and the blanks before a trailing comment', async () => {
    const text = lines('backend app', 'http-request set-header X  "a   b"  if  TRUE', "  acl x  path_beg  '/a  b'", '  option httpchk GET /a\\ \\ b   # check  it  ', '  server s1   10.0.0.1:80\t\tcheck\t# first');
    assert.equal(
      await fmt('haproxy', text),
      lines('backend app', '    http-request set-header X "a   b" if TRUE', "    acl x path_beg '/a  b'", '    option httpchk GET /a\\ \\ b   # check  it', '    server s1 10.0.0.1:80 check\t# first'),
    );
  });

  it('keeps an escaped space at the end of a line', async () => {
    const text = 'backend app\n  http-request set-var(txn.x) str(a\\ ) \n';
    // The blank after the backslash is part of the word; the one after it is trailing and goes.
    assert.equal(await fmt('haproxy', text), 'backend app\n    http-request set-var(txn.x) str(a\\ )\n');
  });

  it('gives .if/.elif/.else/.endif the level of the lines around them, and the closing lines that of their .if', async () => {
    const text = lines('.if defined(A)', 'global', '  .if feature(OPENSSL)', '    ssl-default-bind-options no-sslv3', '      .elif defined(B)', '  maxconn 10', '.else', '  maxconn 20', '        .endif', '.endif');
    assert.equal(
      await fmt('haproxy', text),
      lines('.if defined(A)', 'global', '    .if feature(OPENSSL)', '    ssl-default-bind-options no-sslv3', '    .elif defined(B)', '    maxconn 10', '    .else', '    maxconn 20', '    .endif', '.endif'),
    );
  });

  it('indents a comment like the line after it, or like the lines before it when a blank line follows', async () => {
    const text = lines('# top', 'global', '# about maxconn', '  maxconn 10', '      # commented out: nbthread 4', '', '#----', '# backend', '#----', 'backend app', '  server a 1.2.3.4:80', '# last words');
    assert.equal(
      await fmt('haproxy', text),
      lines('# top', 'global', '    # about maxconn', '    maxconn 10', '    # commented out: nbthread 4', '', '#----', '# backend', '#----', 'backend app', '    server a 1.2.3.4:80', '    # last words'),
    );
  });

  it('gives a comment standing apart between blank lines the indentation of the next line of code', async () => {
    const text = lines('global', '  maxconn 10', '', '# about the backend', '', '  # more', 'backend app', '  server a 1.2.3.4:80', '', '    # notes', '');
    assert.equal(await fmt('haproxy', text), lines('global', '    maxconn 10', '', '# about the backend', '', '# more', 'backend app', '    server a 1.2.3.4:80', '', '    # notes'));
    // Without blank lines kept, a comment goes with the line it ends up on.
    assert.equal(await fmt('haproxy', lines('backend a', '  server a 1.2.3.4:80', '  # gone', '', 'backend b'), { ...FOUR, maxBlankLines: 0 }), lines('backend a', '    server a 1.2.3.4:80', '# gone', 'backend b'));
    const k = lines('vrrp_instance X {', '  state MASTER', '', '# trailing notes', '', '}');
    assert.equal(await fmt('keepalived', k), lines('vrrp_instance X {', '    state MASTER', '', '    # trailing notes', '', '}'));
  });

  it('shrinks runs of blank lines, drops them at both ends of the file and ends it with one line break', async () => {
    const text = '\n\n  \nglobal\n  maxconn 1\n\n\n\n\n\nbackend b\n\n  server a 1.2.3.4:80\n   \n\n\n';
    assert.equal(await fmt('haproxy', text), 'global\n    maxconn 1\n\n\nbackend b\n\n    server a 1.2.3.4:80\n');
    assert.equal(await fmt('haproxy', 'global\n  maxconn 1'), 'global\n    maxconn 1\n');
    assert.equal(await fmt('haproxy', text, { ...FOUR, maxBlankLines: 1 }), 'global\n    maxconn 1\n\nbackend b\n\n    server a 1.2.3.4:80\n');
    assert.equal(await fmt('haproxy', '\n  \n\n'), '');
  });

  it('keeps CRLF line breaks', async () => {
    assert.equal(await fmt('haproxy', 'global\r\n maxconn  1   \r\n\r\n\r\n\r\n\r\nbackend b\r\n  server a 1.2.3.4:80'), 'global\r\n    maxconn 1\r\n\r\n\r\nbackend b\r\n    server a 1.2.3.4:80\r\n');
  });
});

describe('formatting: keepalived', () => {
  it('indents nested blocks, a brace on its own line, a closing brace, and keeps strings and conditions', async () => {
    const text = lines(
      'global_defs {',
      'router_id   LVS1',
      '   notification_email {',
      'ops@example.com',
      '     }',
      '}',
      '! a bang comment',
      'vrrp_instance VI_1',
      '{',
      '  state    MASTER',
      '  @lb1   priority 150',
      '      # before the close',
      '   authentication { auth_pass "a  b" }',
      '  }',
    );
    assert.equal(
      await fmt('keepalived', text),
      lines(
        'global_defs {',
        '    router_id LVS1',
        '    notification_email {',
        '        ops@example.com',
        '    }',
        '}',
        '! a bang comment',
        'vrrp_instance VI_1',
        '{',
        '    state MASTER',
        '    @lb1 priority 150',
        '    # before the close',
        '    authentication { auth_pass "a  b" }',
        '}',
      ),
    );
  });

  it('keeps a definition value, with its continued line, exactly', async () => {
    const text = '$IF=eth0   # x\n$ADDRS=10.0.0.1   10.0.0.2 \\\n      10.0.0.3\nvrrp_instance X {\n interface $IF\n}\n';
    assert.equal(await fmt('keepalived', text), '$IF=eth0   # x\n$ADDRS=10.0.0.1   10.0.0.2 \\\n      10.0.0.3\nvrrp_instance X {\n    interface $IF\n}\n');
  });

  it('keeps the blanks after a trailing backslash and the blank line a continuation ends', async () => {
    const text = '$A=x \\\n\n\n\n\nvrrp_instance X {\n  state MASTER\\   \n}\n';
    assert.equal(await fmt('keepalived', text), '$A=x \\\n\n\n\nvrrp_instance X {\n    state MASTER\\   \n}\n');
    assert.equal(await fmt('ceph', '[g]\n  k = v\\\n\n'), '[g]\n    k = v\\\n\n');
  });

  it('indents the block a ~SEQ line repeats', async () => {
    const text = 'virtual_server 10.0.0.1 80 {\n~SEQ(i, 1, 1, 3)   real_server 10.0.0.$i 80 {\nweight   1\n}\n}\n';
    assert.equal(await fmt('keepalived', text), 'virtual_server 10.0.0.1 80 {\n    ~SEQ(i, 1, 1, 3) real_server 10.0.0.$i 80 {\n        weight 1\n    }\n}\n');
  });
});

describe('formatting: corosync', () => {
  it('indents sections, keeps values as written but trims their trailing blanks', async () => {
    const text = lines('totem {', 'version:   2', '  cluster_name:  my   cluster   ', '\tinterface {', '  # the ring', 'linknumber: 0', '}', '}');
    assert.equal(await fmt('corosync', text), lines('totem {', '    version: 2', '    cluster_name: my   cluster', '    interface {', '        # the ring', '        linknumber: 0', '    }', '}'));
  });

  it('indents the line after a value that holds the CR of a CR LF', async () => {
    assert.equal(await fmt('corosync', 'totem {\r\nversion: 2 \t\r\n  cluster_name: a\r\n}\r\n'), 'totem {\r\n    version: 2\r\n    cluster_name: a\r\n}\r\n');
  });
});

describe('formatting: DRBD', () => {
  it('indents blocks, keeps strings, the blank before ";" and the body of a skip block', async () => {
    const text = lines('resource r0', '{', 'protocol   C ;', '  on alice {', 'disk  "/dev/a  b";', '  address 10.0.0.1:7789;   # replication', '}', '  skip {', '     foo  "a  b" ;', '  }', '}');
    assert.equal(
      await fmt('drbd', text),
      lines('resource r0', '{', '    protocol C ;', '    on alice {', '        disk "/dev/a  b";', '        address 10.0.0.1:7789;   # replication', '    }', '    skip {', '        foo  "a  b" ;', '    }', '}'),
    );
  });
});

describe('formatting: Ceph', () => {
  it('puts headers at column 0, indents entries, keeps names and values as written', async () => {
    const text = lines('  [global]', 'fsid = 1234', '   mon  host   =   a,  b   ; hosts', '', '[osd.0]', '\tosd journal size=1024', 'key = "x  y"', 'k2 = a \\', '   b');
    assert.equal(await fmt('ceph', text), lines('[global]', '    fsid = 1234', '    mon  host = a,  b   ; hosts', '', '[osd.0]', '    osd journal size=1024', '    key = "x  y"', '    k2 = a \\', '   b'));
  });

  it('leaves entries at column 0 when section bodies are not indented', async () => {
    assert.equal(await fmt('ceph', '[global]\n    fsid = 1\n', { ...FOUR, indentSectionBodies: false }), '[global]\nfsid = 1\n');
  });
});

describe('formatting options', () => {
  it("takes the indent from the editor's options unless `indent` overrides it", async () => {
    assert.equal(indentUnit({ tabSize: 2, insertSpaces: true }), '  ');
    assert.equal(indentUnit({ tabSize: 8, insertSpaces: false }), '\t');
    assert.equal(indentUnit({ tabSize: 2, insertSpaces: true, indent: 'tab' }), '\t');
    assert.equal(indentUnit({ tabSize: 8, insertSpaces: false, indent: 3 }), '   ');
    assert.equal(await fmt('corosync', 'a {\nb {\nc: 1\n}\n}\n', { tabSize: 2, insertSpaces: false }), 'a {\n\tb {\n\t\tc: 1\n\t}\n}\n');
    assert.equal(await fmt('corosync', 'a {\nc: 1\n}\n', { tabSize: 2, insertSpaces: true }), 'a {\n  c: 1\n}\n');
  });
});

describe('formatting edits', () => {
  it('are per line and only touch the runs of blanks that change', async () => {
    const text = 'global\n    maxconn 1\nlog  stdout format raw\n    nbthread 2\n';
    const r = await edits('haproxy', text);
    assert.deepEqual(r.edits, [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '    ' },
      { range: { start: { line: 2, character: 3 }, end: { line: 2, character: 5 } }, newText: ' ' },
    ] satisfies TextEdit[]);
  });

  it('are none for a formatted file', async () => {
    const r = await edits('keepalived', 'vrrp_instance X {\n    state MASTER\n}\n');
    assert.deepEqual(r.edits, []);
  });

  it('for a range change only its lines, indented by their place in the whole file', async () => {
    const text = 'global\nmaxconn 1\nnbthread   2\n\n\n\n\nlog stdout  format raw\nbackend b\nserver a 1.2.3.4:80\n';
    const r = await edits('haproxy', text, FOUR, { start: { line: 2, character: 3 }, end: { line: 6, character: 0 } });
    assert.equal(r.result, 'global\nmaxconn 1\n    nbthread 2\n\n\n\nlog stdout  format raw\nbackend b\nserver a 1.2.3.4:80\n');
    const inner = await edits('corosync', 'a {\nb {\nc:  1\nd: 2\n}\n}\n', FOUR, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
    assert.equal(inner.result, 'a {\nb {\n        c: 1\nd: 2\n}\n}\n');
  });
});

describe('formatting refuses', () => {
  it('a file with a syntax error, saying where, and gives no edits', async () => {
    for (const [format, text, line] of [
      ['keepalived', 'vrrp_instance X {\n  state MASTER\n', 3],
      ['drbd', 'resource r0 {\n  protocol C\n}\n', 2],
      ['haproxy', 'backend b\n  server a "x\n', 2],
      ['corosync', 'totem {\n  version 2\n}\n', 2],
      ['ceph', '[global]\nfsid\n', 2],
    ] as const) {
      const r = await edits(format, text);
      assert.deepEqual(r.edits, [], format);
      assert.match(r.refused ?? '', new RegExp(`syntax error on line ${line}\\b`), format);
    }
  });

  it('a file too large to parse', async () => {
    const { ConfigDocument } = await import('../../../server/src/service');
    const { registry } = await import('../../../server/src/formats');
    const doc = await ConfigDocument.create(registry.get('haproxy')!, 'file:///x.cfg', 'global\n maxconn 1\n'.repeat(10), 0, { maxChars: 20, parseBudgetMs: 1000 });
    const r = formatEdits(doc, FOUR);
    assert.deepEqual(r.edits, []);
    assert.match(r.refused ?? '', /only analyses files up to/);
  });
});
