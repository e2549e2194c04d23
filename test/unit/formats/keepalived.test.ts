import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { ConfigDocument, diagnose, documentSymbols, foldingRanges } from '../../../server/src/service';
import { registry } from '../../../server/src/formats';
import { snapshot, type ConfigNode } from '../../../server/src/service/model';
import { keepalivedDetection } from '../../../server/src/formats/keepalived/detect';
import { detection } from '../../../server/src/formats/detection';
import { grammarWasmPath, loadLanguage } from '../../../server/src/service/parsers';
import { corpus, describeDiags, errors, open, ROOT, sexp, SKIP_NO_SHARED } from '../../helpers';

const CONF = `! Configuration File for keepalived
global_defs {
   notification_email {
     admin@example.com
   }
   router_id LVS_DEVEL
}

vrrp_script chk_haproxy {
    script "/usr/bin/killall -0 haproxy"   # cheaper than pidof
    interval 2
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    @lb1 priority 150
    @^lb1 priority 100
    authentication {
        auth_type PASS
        auth_pass secret
    }
    virtual_ipaddress {
        10.0.0.1/24 dev eth0 label eth0:1
    }
    track_script {
        chk_haproxy
    }
    notify_master "/etc/keepalived/notify.sh MASTER"
}

virtual_server 10.0.0.1 80 {
    lb_algo rr
    lb_kind NAT
    protocol TCP
    real_server 10.0.0.2 80 {
        weight 1
        HTTP_GET {
            url {
              path /health
              status_code 200
            }
            connect_timeout 3
        }
    }
}
`;

/** keyword, condition, args (values) and children of a model, for compact assertions. */
function shape(nodes: readonly ConfigNode[]): unknown[] {
  return nodes.map((n) => {
    const head = [n.condition ? `${n.condition.text} ` : '', n.keyword, ...n.args.map((a) => ` ${a.value}`)].join('');
    return n.children.length ? [head, shape(n.children)] : head;
  });
}

describe('keepalived grammar and mapping', () => {
  it('parses blocks, directives, conditions and quoted strings with no error', async () => {
    const doc = await open('keepalived', CONF);
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    // The sample runs a script without enable_script_security: the one semantic finding it has.
    assert.deepEqual(diagnose(doc).map((d) => d.code), ['keepalived.script-security']);
    const [globalDefs, script, vi, vs] = doc.model.nodes;
    assert.deepEqual(shape([globalDefs]), [['global_defs', [['notification_email', ['admin@example.com']], 'router_id LVS_DEVEL']]]);
    // Quotes are removed from the value, kept in the text; the trailing comment is not an argument.
    assert.equal(script.children[0].keyword, 'script');
    assert.equal(script.children[0].args.length, 1);
    assert.equal(script.children[0].args[0].value, '/usr/bin/killall -0 haproxy');
    assert.equal(script.children[0].args[0].text, '"/usr/bin/killall -0 haproxy"');
    // `@lb1 priority 150`: the condition is apart from the keyword.
    const prios = vi.children.filter((c) => c.keyword === 'priority');
    assert.deepEqual(
      prios.map((p) => [p.condition?.text, p.args[0].value]),
      [
        ['@lb1', '150'],
        ['@^lb1', '100'],
      ],
    );
    assert.equal(prios[0].condition!.range.start.line, 17);
    assert.equal(prios[0].keywordRange.start.character, 9);
    // Free-form value blocks hold directives whose keyword is the first word.
    const vip = vi.children.find((c) => c.keyword === 'virtual_ipaddress')!;
    assert.deepEqual(shape(vip.children), ['10.0.0.1/24 dev eth0 label eth0:1']);
    assert.deepEqual(shape(vs.children.slice(3)), [
      ['real_server 10.0.0.2 80', ['weight 1', ['HTTP_GET', [['url', ['path /health', 'status_code 200']], 'connect_timeout 3']]]],
    ]);
  });

  it("reads braces as keepalived does: '{' on a later line, one-line blocks, '}' after content", async () => {
    const text = [
      'vrrp_instance VI_1',
      '# the brace may come later, after blank and comment lines',
      '',
      '  \t',
      '{ state MASTER',
      '    virtual_ipaddress { 10.0.0.1/24 dev eth0 label eth0:1 }',
      '    interface eth0 } vrrp_instance VI_2 { interface eth1',
      '}',
      'vrrp_sync_group G1 { group { VI_1 VI_2 } }',
      '',
    ].join('\n');
    const doc = await open('keepalived', text);
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(shape(doc.model.nodes), [
      ['vrrp_instance VI_1', ['state MASTER', ['virtual_ipaddress', ['10.0.0.1/24 dev eth0 label eth0:1']], 'interface eth0']],
      ['vrrp_instance VI_2', ['interface eth1']],
      ['vrrp_sync_group G1', [['group', ['VI_1 VI_2']]]],
    ]);
    const vi1 = doc.model.nodes[0];
    assert.equal(vi1.close!.start.line, 6);
    assert.equal(vi1.close!.start.character, 19);
  });

  it('maps $NAME=value definitions, uses, ~SEQ lines and include', async () => {
    const text = [
      '$IF=eth0',
      '$PRIO=100 # a comment ends the value',
      '$COMMON=\\',
      '    advert_int 1 \\',
      '    interface ${IF}',
      '',
      'include /etc/keepalived/conf.d/{a,b}.conf',
      'includer /etc/keepalived/opt/*.conf',
      'vrrp_instance VI_1 {',
      '    $COMMON',
      '    priority $PRIO',
      '    virtual_ipaddress {',
      '        ~SEQ(S, 0, 3) 10.0.${S}.1/24',
      '        ~LST({IP, IP1}, {10,1},{20,4}) 192.168.${IP}.${IP1}',
      '    }',
      '}',
      'global_defs { include_check readable }',
      '',
    ].join('\n');
    const doc = await open('keepalived', text);
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(errors(diagnose(doc)), []);
    const [ifDef, prioDef, common, inc, incr, vi, gd] = doc.model.nodes;
    assert.deepEqual([ifDef.type, ifDef.keyword, ifDef.args.map((a) => a.text)], ['definition', '$IF', ['eth0']]);
    assert.deepEqual(prioDef.args.map((a) => a.text), ['100']);
    assert.equal(common.keyword, '$COMMON');
    assert.equal(common.args[0].text, '\\\n    advert_int 1 \\\n    interface ${IF}');
    assert.equal(common.range.end.line, 4);
    assert.deepEqual([inc.type, inc.keyword, inc.args.map((a) => a.text)], ['include', 'include', ['/etc/keepalived/conf.d/{a,b}.conf']]);
    assert.deepEqual([incr.type, incr.keyword, incr.args.map((a) => a.text)], ['include', 'includer', ['/etc/keepalived/opt/*.conf']]);
    assert.deepEqual(shape(vi.children.slice(0, 2)), ['$COMMON', 'priority $PRIO']);
    const seqs = vi.children[2].children;
    assert.deepEqual(
      seqs.map((s) => [s.type, s.keyword, s.args[0].text, s.children[0].keyword]),
      [
        ['sequence', '~SEQ', '(S, 0, 3)', '10.0.${S}.1/24'],
        ['sequence', '~LST', '({IP, IP1}, {10,1},{20,4})', '192.168.${IP}.${IP1}'],
      ],
    );
    // `include_check` is an ordinary keyword, not an include.
    assert.deepEqual([gd.children[0].type, gd.children[0].keyword], ['directive', 'include_check']);
  });

  it("treats '#' and '!' as comments anywhere outside quotes, unless escaped", async () => {
    const doc = await open('keepalived', 'global_defs {\n  router_id a#b\n  smtp_server x!y\n  auth "p#q" r\\#s\n}\n');
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(shape(doc.model.nodes[0].children), ['router_id a', 'smtp_server x', 'auth p#q r#s']);
  });

  it('takes a quoted first word as the keyword, and splits words at quotes as keepalived does', async () => {
    const doc = await open('keepalived', 'vrrp_instance VI_1 {\n    "state" MASTER\n    notify "/bin/a b" x"y z"w\n}\n');
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    const [state, notify] = doc.model.nodes[0].children;
    assert.equal(state.keyword, '"state"');
    assert.deepEqual(notify.args.map((a) => a.value), ['/bin/a b', 'x', 'y z', 'w']);
  });

  it('accepts CRLF line ends, tabs and a last line without a newline', async () => {
    const doc = await open('keepalived', 'vrrp_instance VI_1 {\r\n\tstate MASTER\r\n\tinterface eth0\r\n}');
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(shape(doc.model.nodes), [['vrrp_instance VI_1', ['state MASTER', 'interface eth0']]]);
  });
});

describe('keepalived incremental re-parse', { skip: SKIP_NO_SHARED }, () => {
  // Whether `keyword args` is a directive or a block header can depend on a '{' lines below (blank and comment lines
  // may come between): an edit there must reach the header, so that the re-parsed tree equals a fresh parse. The
  // pieces inserted here make such edits likely (the generic incremental test uses fewer files and other pieces).
  const PIECES = ['{', '}', '\n', ' ', '#', '!', '"', 'x', '\n{', '\n  {\n', '\n# c\n', '$X=', '@lb1 ', '\\', '~SEQ(i,1,2) ', 'include a{b}\n'];
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const position = (text: string, offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - before.lastIndexOf('\n') - 1 };
  };
  const files = corpus().filter((e) => e.format === 'keepalived');
  it(`equals a fresh parse after 50 random edits of each corpus file (${files.length})`, async () => {
    for (const [i, entry] of files.entries()) {
      const rand = random(7000 + i);
      let text = fs.readFileSync(entry.path, 'utf8');
      const doc = await open('keepalived', text);
      for (let step = 0; step < 50; step++) {
        const start = Math.floor(rand() * (text.length + 1));
        const end = rand() < 0.5 ? start : Math.min(text.length, start + 1 + Math.floor(rand() * 12));
        const insert = rand() < 0.8 ? PIECES[Math.floor(rand() * PIECES.length)] : '';
        doc.update([{ range: { start: position(text, start), end: position(text, end) }, text: insert }], step + 1);
        text = text.slice(0, start) + insert + text.slice(end);
        const fresh = await open('keepalived', text);
        const where = `${path.basename(entry.file)} step ${step}: ${JSON.stringify({ start, end, insert })}`;
        assert.equal(doc.tree!.rootNode.toString(), fresh.tree!.rootNode.toString(), where);
        assert.deepEqual(snapshot(doc.model.nodes), snapshot(fresh.model.nodes), where);
        fresh.dispose();
      }
      doc.dispose();
    }
  });
});

describe('keepalived flat directive split', () => {
  // The mapping splits plain directives with tokens.js ARGUMENT instead of walking their word nodes: the model must
  // be the same either way.
  const format = registry.get('keepalived')!;
  const walking = { ...format, tree: { ...format.tree, flatDirectives: undefined } };
  const texts = [
    CONF,
    'a "b c"d e#f\nx $A=b ${C}d $E$F ${G 1 2}\nx \\#a \\ b\\\nx \u00a0y\na "b\n"q" r\nx ab!c\nx @a b\np \\{a\n',
    ...(SKIP_NO_SHARED ? [] : corpus().filter((e) => e.format === 'keepalived').map((e) => fs.readFileSync(e.path, 'utf8'))),
  ];
  it(`gives the model the tree walk gives (${texts.length} texts)`, async () => {
    for (const text of texts) {
      const flat = await ConfigDocument.create(format, 'file:///a.conf', text);
      const walked = await ConfigDocument.create(walking, 'file:///a.conf', text);
      assert.deepEqual(snapshot(flat.model.nodes), snapshot(walked.model.nodes), text.slice(0, 200));
      flat.dispose();
      walked.dispose();
    }
  });
});

describe('keepalived outline and folding', () => {
  it('outlines blocks with names and details, not plain directives', async () => {
    const doc = await open('keepalived', CONF);
    const symbols = documentSymbols(doc);
    const flat = (list: typeof symbols): unknown[] =>
      list.map((s) => (s.children?.length ? [`${s.name}${s.detail ? ` (${s.detail})` : ''}`, flat(s.children)] : `${s.name}${s.detail ? ` (${s.detail})` : ''}`));
    assert.deepEqual(flat(symbols), [
      ['global_defs', ['notification_email']],
      'vrrp_script chk_haproxy (/usr/bin/killall -0 haproxy)',
      ['vrrp_instance VI_1 (MASTER · eth0 · vrid 51)', ['authentication', 'virtual_ipaddress', 'track_script']],
      [
        'virtual_server 10.0.0.1 80 (rr · NAT · TCP)',
        [['real_server 10.0.0.2 80 (weight 1)', [['HTTP_GET', ['url (/health)']]]]],
      ],
    ]);
  });

  it('shows a conditional block with its condition', async () => {
    const doc = await open('keepalived', '@lb1 vrrp_instance VI_1 {\n  state BACKUP\n}\n');
    const [s] = documentSymbols(doc);
    assert.equal(s.name, 'vrrp_instance VI_1');
    assert.equal(s.detail, '@lb1 · BACKUP');
  });

  it('folds every block, keeping the closing brace visible', async () => {
    const doc = await open('keepalived', CONF);
    const folds = foldingRanges(doc).map((f) => `${f.startLine + 1}-${f.endLine + 1}`);
    assert.deepEqual(folds, ['2-6', '3-4', '9-11', '14-30', '20-22', '24-25', '27-28', '33-46', '37-45', '39-44', '40-42']);
  });
});

describe('keepalived syntax messages', () => {
  // Syntax only: the semantic checks (keepalived.*) have their own tests.
  const diagsOf = async (text: string) => errors(diagnose(await open('keepalived', text))).filter((d) => !String(d.code).startsWith('keepalived.'));

  it('names the block that is never closed', async () => {
    const diags = await diagsOf('vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n');
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].message, "block 'vrrp_instance VI_1' opened on line 1 is never closed");
    assert.equal(diags[0].code, 'syntax.unclosed-block');
    assert.equal(diags[0].range.start.line, 0);
  });

  it('blames the inner block whose closing brace went missing, by indentation', async () => {
    const text = [
      'vrrp_instance VI_1 {',
      '    virtual_ipaddress {',
      '        10.0.0.1/24',
      '',
      '}',
      'vrrp_instance VI_2 {',
      '    state BACKUP',
      '}',
      '',
    ].join('\n');
    const diags = await diagsOf(text);
    assert.equal(diags.length, 2, describeDiags(diags));
    assert.equal(diags[0].message, "block 'virtual_ipaddress' opened on line 2 is never closed");
    assert.equal(diags[0].range.start.line, 1);
    // and where keepalived notices it: the first line that belongs further out
    assert.equal(diags[1].code, 'syntax.missing-close-brace');
    assert.equal(diags[1].message, "'vrrp_instance' belongs to the top level, not inside 'vrrp_instance VI_1': a '}' is missing before it");
    assert.equal(diags[1].range.start.line, 5);
  });

  it("finds where keepalived notices a missing '}': a keyword of an outer block, a block inside a list of values", async () => {
    const lines = (diags: { range: { start: { line: number } }; code?: string | number }[]) =>
      diags.filter((d) => d.code === 'syntax.missing-close-brace').map((d) => d.range.start.line + 1);
    const rs = 'virtual_server 10.0.0.1 80 {\n  real_server 10.0.0.2 80 {\n    TCP_CHECK {\n      connect_timeout 3\n  }\n  real_server 10.0.0.3 80 {\n  }\n}\n';
    assert.deepEqual(lines(await diagsOf(rs)), [6]);
    const email = 'global_defs {\n  notification_email {\n    root\n}\nvrrp_instance VI_1 {\n}\n';
    assert.deepEqual(lines(await diagsOf(email)), [5]);
    const group = 'virtual_server_group G {\n  10.0.0.1 80\n\nvirtual_server group G {\n}\n';
    assert.deepEqual(lines(await diagsOf(group)), [4]);
  });

  it("says nothing more when every block is closed, or when nothing out of place follows the open one", async () => {
    const lines = (diags: { code?: string | number }[]) => diags.filter((d) => d.code === 'syntax.missing-close-brace');
    assert.deepEqual(lines(await diagsOf('vrrp_instance VI_1 {\n  virtual_ipaddress {\n    10.0.0.1\n  }\n}\nvrrp_instance VI_2 {\n}\n')), []);
    assert.deepEqual(lines(await diagsOf('vrrp_instance VI_1 {\n  virtual_ipaddress {\n    10.0.0.1\n  }\n  state BACKUP\n')), []);
  });

  it("reports an extra '}' on its line, and nothing after it", async () => {
    const diags = await diagsOf('vrrp_instance VI_1 {\n    state MASTER\n}\n}\nvrrp_instance VI_2 {\n    state BACKUP\n}\n');
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].message, "unexpected '}': no block is open here");
    assert.equal(diags[0].range.start.line, 3);
  });

  it("reports '}' after content that closes the block too early", async () => {
    const diags = await diagsOf('vrrp_instance VI_2 {\n    state BACKUP\n    priority 100 }\n    interface eth0\n}\n');
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].code, 'syntax.unmatched-brace');
    assert.equal(diags[0].range.start.line, 4);
  });

  it('reports an unterminated quote on its line and keeps parsing the next lines', async () => {
    const doc = await open('keepalived', 'vrrp_script chk {\n    script "/usr/bin/killall -0 haproxy\n    interval 2\n}\n');
    const diags = errors(diagnose(doc));
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].message, 'unterminated quoted string: missing closing " in \'"/usr/bin/killall -0 haproxy\'');
    assert.equal(diags[0].range.start.line, 1);
    assert.equal(diags[0].range.start.character, 11);
    assert.deepEqual(shape(doc.model.nodes[0].children).slice(1), ['interval 2']);
  });

  it('reports an unterminated quote in the first word of a line', async () => {
    const diags = await diagsOf('virtual_ipaddress {\n    "10.0.0.1/24 dev eth0\n}\n');
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].message, 'unterminated quoted string: missing closing " in \'"10.0.0.1/24 dev eth0\'');
    assert.equal(diags[0].range.start.line, 1);
  });

  it('reports an unterminated quote in a definition', async () => {
    const diags = await diagsOf('$CMD="/bin/true\nvrrp_script chk {\n  script $CMD\n}\n');
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].code, 'syntax.unterminated-string');
    assert.equal(diags[0].range.start.line, 0);
  });

  it("reports a top-level block keyword without '{' and the stray '}' it leaves", async () => {
    const diags = await diagsOf('vrrp_instance VI_1\n    state MASTER\n    interface eth0\n}\n');
    assert.deepEqual(
      diags.map((d) => `${d.range.start.line + 1}: ${d.message}`),
      ["1: 'vrrp_instance VI_1' opens a block: missing '{'", "4: unexpected '}': no block is open here"],
    );
  });

  it("does not ask for '{' after a conditional header that shares the next block", async () => {
    const diags = await diagsOf('@lb1 vrrp_instance VI_1\n@lb2 vrrp_instance VI_2\n{\n    state MASTER\n}\n');
    assert.deepEqual(diags, []);
  });

  it("reports a '{' that follows no keyword", async () => {
    const diags = await diagsOf('{\nvrrp_instance VI_2 {\n    state BACKUP\n}\n');
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].message, "unexpected '{': no block keyword comes before it");
    assert.equal(diags[0].range.start.line, 0);
  });

  it('reports a condition with nothing after it', async () => {
    const diags = await diagsOf('vrrp_instance VI_1 {\n@lb1\n    state MASTER\n}\n');
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].message, "condition '@lb1' must be followed by a statement on the same line");
    assert.equal(diags[0].range.start.line, 1);
  });

  it('reports a ~SEQ without its parameters', async () => {
    const diags = await diagsOf('virtual_ipaddress {\n    ~SEQ S 1 3 10.0.0.$S\n}\n');
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.match(diags[0].message, /^'~SEQ S 1 3 10\.0\.0\.\$S': write ~SEQ\(var, start, step, end\) followed by the line to repeat$/);
    assert.equal(diags[0].range.start.line, 1);
  });
});

describe('keepalived detection', () => {
  it('knows keepalived.conf and the files under /etc/keepalived', () => {
    for (const p of ['/etc/keepalived/keepalived.conf', '/srv/keepalived.conf', '/etc/keepalived/conf.d/vip.conf', '/tmp/keepalived.conf.sample']) {
      assert.equal(detection.fromPath(p)?.id, 'keepalived', p);
    }
    assert.equal(detection.fromPath('/etc/haproxy/haproxy.cfg')?.id, 'haproxy');
  });

  it('sniffs keepalived content', () => {
    assert.ok(keepalivedDetection.sniff(CONF) >= 0.7);
    assert.ok(keepalivedDetection.sniff('vrrp_instance VI_1\n{\n  state MASTER\n  virtual_router_id 5\n}\n') >= 0.7);
    assert.equal(keepalivedDetection.sniff('totem {\n  version: 2\n}\n'), 0);
    assert.equal(keepalivedDetection.sniff('frontend www\n  bind :80\n'), 0);
  });

  it('scores every corpus file of its own format >= 0.7 and of the others < 0.5', { skip: SKIP_NO_SHARED }, () => {
    const low: string[] = [];
    const high: string[] = [];
    for (const e of corpus()) {
      if (e.category.startsWith('NOT-A-CONFIG')) continue;
      const score = keepalivedDetection.sniff(fs.readFileSync(e.path, 'utf8'));
      if (e.format === 'keepalived' && score < 0.7) low.push(`${e.file} ${score}`);
      if (e.format !== 'keepalived' && score >= 0.5) high.push(`${e.file} ${score}`);
    }
    assert.deepEqual(low, []);
    assert.deepEqual(high, []);
  });
});

describe('keepalived highlights query', () => {
  it('compiles against the grammar', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Query } = require('web-tree-sitter');
    const lang = await loadLanguage(grammarWasmPath('keepalived'));
    const source = fs.readFileSync(path.join(ROOT, 'grammars', 'keepalived', 'queries', 'highlights.scm'), 'utf8');
    const query = new Query(lang, source);
    assert.ok(query.captureNames.includes('keyword'));
    query.delete();
  });
});

describe('keepalived corpus', { skip: SKIP_NO_SHARED }, () => {
  const files = corpus().filter((e) => e.format === 'keepalived');

  it('has files', () => assert.ok(files.length >= 20, `${files.length}`));

  for (const e of files) {
    const name = path.basename(e.file);
    it(`${e.accepted ? 'accepted' : `rejected (${e.category || e.verdict})`}: ${name}`, async () => {
      const doc = await open('keepalived', fs.readFileSync(e.path, 'utf8'), `file:///corpus/${name}`);
      assert.ok(doc.tree, 'parsed');
      const diags = diagnose(doc);
      if (e.accepted) {
        assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
        assert.deepEqual(errors(diags), [], describeDiags(diags));
      }
      doc.dispose();
    });
  }

  it('measures syntax errors on the line the real tool names (genuine errors only)', async (t) => {
    let withLine = 0;
    let hit = 0;
    const report: string[] = [];
    for (const e of files.filter((f) => !f.accepted && /CONFIG|syntax/i.test(f.category) && !/NOT-A-CONFIG/.test(f.category))) {
      const m = /^ERROR (\d+) /.exec(e.verdict);
      const doc = await open('keepalived', fs.readFileSync(e.path, 'utf8'));
      const lines = errors(diagnose(doc)).map((d) => d.range.start.line + 1);
      doc.dispose();
      if (!m) {
        report.push(`${path.basename(e.file)}: tool gives no line; haconf errors on [${lines.join(', ')}]`);
        continue;
      }
      withLine++;
      const ok = lines.includes(Number(m[1]));
      if (ok) hit++;
      report.push(`${path.basename(e.file)}: tool line ${m[1]}; haconf errors on [${lines.join(', ')}]${ok ? ' (hit)' : ''}`);
    }
    t.diagnostic(`haconf syntax error on the tool's line: ${hit} of ${withLine}`);
    for (const r of report) t.diagnostic(r);
  });
});

// How fast is the benchmark's business (npm run bench); this only makes sure a large file is parsed and mapped whole,
// and that it does not hang (the test's own time limit).
describe('keepalived large file', () => {
  it('parses and maps a 1 MB file', { timeout: 60_000 }, async () => {
    let text = '';
    for (let i = 0; text.length < 1024 * 1024; i++) text += CONF.replace(/VI_1/g, `VI_${i}`);
    const doc = await open('keepalived', text);
    assert.equal(doc.guard, undefined);
    assert.equal(doc.tree!.rootNode.hasError, false);
    assert.equal(doc.model.nodes.length, (text.match(/^vrrp_instance /gm) ?? []).length * 4);
    doc.dispose();
  });
});
