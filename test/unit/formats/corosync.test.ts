import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { diagnose, documentSymbols, foldingRanges } from '../../../server/src/service';
import { errors, open, sexp, withoutSemantic } from '../../helpers';

const CONF = `# two-node cluster
totem {
    version: 2
    cluster_name: web
    transport: knet
    interface {
        linknumber: 0
    }
}

nodelist {
    node {
        ring0_addr: 10.0.0.1
        name: alice
        nodeid: 1
    }
    node {
        ring0_addr: fe80::2
        name: bob
        nodeid: 2
    }
}

quorum {
    provider: corosync_votequorum
    two_node: 1
}
`;

describe('corosync grammar and mapping', () => {
  it('parses key: value inside nested braces with no error', async () => {
    const doc = await open('corosync', CONF);
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    const totem = doc.model.nodes[0];
    assert.equal(totem.keyword, 'totem');
    assert.deepEqual(totem.children.map((c) => c.keyword), ['version', 'cluster_name', 'transport', 'interface']);
    assert.equal(totem.children[0].args[0].value, '2');
    // An IPv6 address keeps its colons: only the first ':' separates key and value.
    const bob = doc.model.nodes[1].children[1];
    assert.equal(bob.children[0].args[0].value, 'fe80::2');
  });

  it('outlines nodes by name and nodeid', async () => {
    const doc = await open('corosync', CONF);
    const symbols = documentSymbols(doc);
    assert.deepEqual(symbols.map((s) => s.name), ['totem', 'nodelist', 'quorum']);
    assert.deepEqual(symbols[1].children!.map((s) => `${s.name} (${s.detail})`), ['node alice (nodeid 1)', 'node bob (nodeid 2)']);
    assert.deepEqual(symbols[0].children!.map((s) => s.name), ['interface']);
  });

  it('folds every section, keeping the closing brace visible', async () => {
    const doc = await open('corosync', CONF);
    const folds = foldingRanges(doc).map((f) => `${f.startLine + 1}-${f.endLine + 1}`);
    assert.deepEqual(folds, ['2-8', '6-7', '11-21', '12-15', '17-20', '24-26']);
  });

  it('names the block that is never closed', async () => {
    const doc = await open('corosync', 'totem {\n  version: 2\n\nlogging {\n  to_syslog: yes\n}\n');
    const diags = errors(diagnose(doc));
    assert.equal(diags.length, 2, JSON.stringify(diags));
    assert.equal(diags[0].message, "block 'totem' opened on line 1 is never closed");
    assert.equal(diags[0].range.start.line, 0);
    // And where corosync -t notices it, on the file's last line: "parser error: FILE:6: Missing closing brace".
    assert.equal(diags[1].message, "the file ends before block 'totem' is closed: a '}' is missing");
    assert.equal(diags[1].range.start.line, 5);
  });

  it('blames the inner block whose closing brace went missing, by indentation', async () => {
    const doc = await open('corosync', 'totem {\n  version: 2\n  interface {\n    linknumber: 0\n}\nquorum {\n  provider: corosync_votequorum\n}\n');
    const diags = errors(diagnose(doc));
    assert.equal(diags.length, 2, JSON.stringify(diags));
    assert.equal(diags[0].message, "block 'interface' opened on line 3 is never closed");
    assert.equal(diags[0].range.start.line, 2);
    assert.equal(diags[1].range.start.line, 7);
    // The line corosync names is the last one, blank lines and comments included (and the last without a newline).
    for (const [text, line] of [
      ['totem {\n  version: 2\n\n\n', 3],
      ['totem {\n  version: 2\n# end\n  \n', 3],
      ['totem {\n  version: 2', 1],
    ] as const) {
      const d = await open('corosync', text);
      assert.deepEqual(
        errors(diagnose(d)).filter((x) => x.message.startsWith('the file ends')).map((x) => x.range.start.line),
        [line],
        text,
      );
      d.dispose();
    }
    // Closed blocks: nothing at the end.
    const closed = await open('corosync', CONF);
    assert.deepEqual(errors(diagnose(closed)).filter((x) => x.code === 'syntax.unclosed-block'), []);
    closed.dispose();
  });

  it('explains a line that is not key: value', async () => {
    const doc = await open('corosync', 'totem {\n  version 2\n}\n');
    const diags = errors(diagnose(doc));
    assert.equal(diags.length, 1, JSON.stringify(diags));
    assert.match(diags[0].message, /'version 2' is neither 'key: value'/);
    assert.equal(diags[0].range.start.line, 1);
  });

  it('reports a stray closing brace', async () => {
    const doc = await open('corosync', 'totem {\n  version: 2\n}\n}\n');
    const diags = errors(diagnose(doc));
    assert.equal(diags.length, 1, JSON.stringify(diags));
    assert.equal(diags[0].code, 'syntax.unmatched-brace');
    assert.equal(diags[0].range.start.line, 3);
  });

  it('a logging subsection without the key that names it: logger_subsys needs subsys, logging_daemon name', async () => {
    const text = 'logging {\n  to_syslog: yes\n  logger_subsys {\n    debug: on\n  }\n  logging_daemon {\n    debug: on\n  }\n}\n';
    const doc = await open('corosync', text);
    const diags = errors(withoutSemantic(doc, diagnose(doc)));
    doc.dispose();
    // corosync -t names the subsection's closing brace: "parser error: FILE:5: No subsys key in logger_subsys directive".
    assert.deepEqual(
      diags.map((d) => [d.code, d.range.start.line]),
      [
        ['syntax.logging-subsection-key', 4],
        ['syntax.logging-subsection-key', 7],
      ],
    );
    assert.match(diags[0].message, /logger_subsys has no 'subsys' key/);
    assert.match(diags[1].message, /logging_daemon has no 'name' key/);
    // With the key (even empty, which corosync -t takes), or outside the logging section (which corosync does not
    // look at): nothing.
    for (const ok of [
      'logging {\n  logger_subsys {\n    subsys: QUORUM\n    debug: on\n  }\n  logging_daemon {\n    name: corosync\n  }\n}\n',
      'logging {\n  logger_subsys {\n    subsys:\n  }\n}\n',
      'quorum {\n  logger_subsys {\n    debug: on\n  }\n}\nlogger_subsys {\n  debug: on\n}\n',
    ]) {
      const d = await open('corosync', ok);
      assert.deepEqual(errors(withoutSemantic(d, diagnose(d))), [], ok);
      d.dispose();
    }
  });

  it('accepts a last line without a newline', async () => {
    const doc = await open('corosync', 'totem {\n  version: 2\n}');
    assert.equal(withoutSemantic(doc, diagnose(doc)).length, 0, sexp(doc));
  });
});
