import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { detection } from '../../../server/src/formats/detection';
import { haproxyDetection } from '../../../server/src/formats/haproxy/detect';
import { unmatchedQuote } from '../../../server/src/formats/haproxy';
import { diagnose, documentSymbols, foldingRanges, syntaxDiagnostics } from '../../../server/src/service';
import { allComments } from '../../../server/src/service/document';
import { Rng } from '../../agreement/mutate';
import { snapshot, type ConfigNode } from '../../../server/src/service/model';
import { parserFor } from '../../../server/src/service/parsers';
import { loadSchema } from '../../../server/src/service/schema';
import { ROOT, SKIP_NO_SHARED, corpus, describeDiags, errors, open, sexp, sharedDir, verdictLine } from '../../helpers';

const CONF = `# load balancer
global
    log /dev/log local0
    maxconn 4096   # per process

defaults
    mode http
    timeout client 30s

frontend www
    bind :80
    bind :443 ssl crt /etc/haproxy/site.pem alpn h2,http/1.1
    acl is_api path_beg /api
    use_backend api if is_api
    default_backend web

backend web
    balance roundrobin
    server web1 10.0.0.1:8080 check
    server web2 10.0.0.2:8080 check backup

backend api
    server api1 10.0.1.1:9000

listen stats
    bind :8404
    stats enable
`;

const lines = (folds: { startLine: number; endLine: number }[]) => folds.map((f) => `${f.startLine + 1}-${f.endLine + 1}`);

describe('haproxy grammar and mapping', () => {
  it('parses sections and directives with no error', async () => {
    const doc = await open('haproxy', CONF);
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    const nodes = doc.model.nodes;
    assert.deepEqual(
      nodes.map((n) => `${n.kind}:${n.keyword}${n.args.length ? ' ' + n.args.map((a) => a.value).join(' ') : ''}`),
      ['section:global', 'section:defaults', 'section:frontend www', 'section:backend web', 'section:backend api', 'section:listen stats'],
    );
    assert.deepEqual(nodes[2].children.map((c) => c.keyword), ['bind', 'bind', 'acl', 'use_backend', 'default_backend']);
    assert.deepEqual(nodes[2].children[1].args.map((a) => a.value), [':443', 'ssl', 'crt', '/etc/haproxy/site.pem', 'alpn', 'h2,http/1.1']);
    // The comment after `maxconn 4096` is not an argument.
    assert.deepEqual(nodes[0].children[1].args.map((a) => a.value), ['4096']);
    assert.deepEqual(allComments(doc.model).map((c) => c.start.line + 1), [1, 4]);
    // A section's range ends at its last directive, not at the blank line after it.
    assert.deepEqual(nodes[3].range, { start: { line: 16, character: 0 }, end: { line: 19, character: 42 } });
    assert.deepEqual(nodes[3].children[1].range, { start: { line: 18, character: 4 }, end: { line: 18, character: 35 } });
  });

  it('splits words as HAProxy does: quotes, escapes, comments', async () => {
    const doc = await open(
      'haproxy',
      [
        'global',
        `  setenv A "x y"z 'a "b' c\\ d e\\#f g#comment h`,
        '  presetenv B "say \\"hi\\"" \'$HOME\' "${HOME}"',
        '  setenv C trailing\\',
        '',
      ].join('\n'),
    );
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    const [a, b, c] = doc.model.nodes[0].children;
    assert.deepEqual(a.args.map((x) => x.text), ['A', '"x y"z', `'a "b'`, 'c\\ d', 'e\\#f', 'g']);
    assert.deepEqual(a.args.map((x) => x.value), ['A', 'x yz', 'a "b', 'c d', 'e#f', 'g']);
    assert.deepEqual(b.args.map((x) => x.value), ['B', 'say "hi"', '$HOME', '${HOME}']);
    assert.deepEqual(c.args.map((x) => x.text), ['C', 'trailing\\']);
    assert.deepEqual(allComments(doc.model).map((r) => r.start), [{ line: 1, character: 36 }]);
  });

  it('keeps ACL braces and conditions as words, and section keywords after the first word as arguments', async () => {
    const doc = await open(
      'haproxy',
      'frontend f\n  use_backend backend if { req.ssl_sni -m end .com } !local\n  http-request deny unless { src 10.0.0.0/8 }\nbackend backend\n',
    );
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(doc.model.nodes.map((n) => n.keyword), ['frontend', 'backend']);
    const [use, deny] = doc.model.nodes[0].children;
    assert.deepEqual(use.args.map((a) => a.value), ['backend', 'if', '{', 'req.ssl_sni', '-m', 'end', '.com', '}', '!local']);
    assert.deepEqual(deny.args.map((a) => a.value), ['deny', 'unless', '{', 'src', '10.0.0.0/8', '}']);
  });

  it('opens a section only on a section keyword at the start of a line (indented or not)', async () => {
    const doc = await open('haproxy', 'maxconn 10\n  frontend a\n\tbind :80\n\tbackend-ish x\n   backend b\nfrontend2 c\n');
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    // A line before any section is a top-level directive.
    assert.deepEqual(doc.model.nodes.map((n) => `${n.kind}:${n.keyword}`), ['directive:maxconn', 'section:frontend', 'section:backend']);
    assert.deepEqual(doc.model.nodes[1].children.map((c) => c.keyword), ['bind', 'backend-ish']);
    assert.deepEqual(doc.model.nodes[2].children.map((c) => c.keyword), ['frontend2']);
  });

  it('knows every section keyword of the schema', async () => {
    const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'grammars/haproxy/src/grammar.json'), 'utf8'));
    const inGrammar: string[] = grammar.rules.section.content.members[0].content.content.members.map((m: { value: string }) => m.value);
    assert.deepEqual([...inGrammar].sort(), [...loadSchema('haproxy').sectionKeywords].sort());
    const text = inGrammar.map((k) => `${k} x\n  key value\n`).join('');
    const doc = await open('haproxy', text);
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(doc.model.nodes.map((n) => n.keyword), inGrammar);
    assert.ok(doc.model.nodes.every((n) => n.kind === 'section' && n.children.length === 1));
  });

  it('maps .if/.elif/.else/.endif and .notice lines as conditional nodes, at the top level and in sections', async () => {
    const doc = await open('haproxy', '.if defined(HAPROXY_MWORKER)\nglobal\n  .notice "master mode"\n  master-worker\n.endif\n');
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    const [cond, global] = doc.model.nodes;
    assert.equal(cond.type, 'conditional');
    assert.equal(cond.kind, 'directive');
    assert.deepEqual([cond.keyword, cond.args[0].value], ['.if', 'defined(HAPROXY_MWORKER)']);
    assert.deepEqual(global.children.map((c) => `${c.type}:${c.keyword}`), ['conditional:.notice', 'directive:master-worker', 'conditional:.endif']);
    assert.equal(global.children[0].args[0].value, 'master mode');
  });

  it('accepts CRLF line ends, a last line without newline, and empty input', async () => {
    const doc = await open('haproxy', 'frontend a\r\n  bind :80\r\n  mode http');
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(doc.model.nodes[0].children.map((c) => [c.keyword, ...c.args.map((a) => a.value)]), [['bind', ':80'], ['mode', 'http']]);
    assert.deepEqual(diagnose(await open('haproxy', '')), []);
    assert.deepEqual(diagnose(await open('haproxy', '\n\n# only a comment')), []);
  });

  it('parses a line of thousands of words', async () => {
    const words = Array.from({ length: 3000 }, (_, i) => `/p${i}`);
    const doc = await open('haproxy', `frontend a\n  acl long path_beg ${words.join(' ')}\n  bind :80\n`);
    assert.equal(doc.tree!.rootNode.hasError, false);
    const [acl, bind] = doc.model.nodes[0].children;
    assert.equal(acl.args.length, 3002);
    assert.equal(acl.args[3001].value, '/p2999');
    assert.equal(bind.keyword, 'bind');
  });
});

describe('haproxy outline and folding', () => {
  it('outlines sections by keyword and name, with servers, binds, ACLs and routing', async () => {
    const doc = await open('haproxy', CONF);
    const symbols = documentSymbols(doc);
    assert.deepEqual(symbols.map((s) => s.name), ['global', 'defaults', 'frontend www', 'backend web', 'backend api', 'listen stats']);
    assert.deepEqual(symbols[0].children, []);
    assert.deepEqual(
      symbols[2].children!.map((s) => `${s.name} | ${s.detail ?? ''}`),
      ['bind :80 | ', 'bind :443 | ssl crt /etc/haproxy/site.pem alpn h2,http/1.1', 'acl is_api | path_beg /api', 'use_backend api | if is_api', 'default_backend web | '],
    );
    assert.deepEqual(symbols[3].children!.map((s) => `${s.name} | ${s.detail}`), ['server web1 | 10.0.0.1:8080 check', 'server web2 | 10.0.0.2:8080 check backup']);
    assert.deepEqual(symbols[5].children!.map((s) => s.name), ['bind :8404']);
    // Clicking a section selects `frontend www`.
    assert.deepEqual(symbols[2].selectionRange, { start: { line: 9, character: 0 }, end: { line: 9, character: 12 } });
  });

  it('names defaults sections and other sections by their name', async () => {
    const doc = await open('haproxy', 'defaults base\n  mode http\ndefaults tcp from base\n  mode tcp\nuserlist admins\n  user alice password x groups ops\n  group ops users alice\npeers mypeers\n  peer lb1 10.0.0.1:1024\nresolvers dns\n  nameserver ns1 10.0.0.53:53\n');
    const symbols = documentSymbols(doc);
    assert.deepEqual(
      symbols.map((s) => `${s.name}${s.detail ? ` (${s.detail})` : ''}: ${s.children!.map((c) => `${c.name} ${c.detail ?? ''}`.trim()).join(', ')}`),
      ['defaults base: ', 'defaults tcp (from base): ', 'userlist admins: user alice groups ops, group ops users alice', 'peers mypeers: peer lb1 10.0.0.1:1024', 'resolvers dns: nameserver ns1 10.0.0.53:53'],
    );
  });

  it('folds sections and each branch of .if blocks', async () => {
    const text = [
      'global', //                 1
      '  maxconn 10', //           2
      '.if defined(A)', //         3
      '  nbthread 4', //           4
      '  nbthread 5', //           5
      '.elif defined(B)', //       6
      '  nbthread 2', //           7
      '.else', //                  8
      '.endif', //                 9
      '', //                       10
      'frontend f', //             11
      '  bind :80', //             12
      '',
    ].join('\n');
    const doc = await open('haproxy', text);
    // No problem but the semantic one the short sample has (no 'timeout client').
    assert.deepEqual(diagnose(doc).map((d) => d.code), ['haproxy.missing-timeout']);
    // global runs to its last line (the .endif); each branch folds up to the line before the next branch (the empty
    // .else branch does not fold).
    assert.deepEqual(lines(foldingRanges(doc)), ['1-9', '3-5', '6-7', '11-12']);
  });
});

describe('haproxy syntax errors', () => {
  it('counts a word-level problem (a bad \\x escape) as a syntax error, in the syntax list, and follows it through edits', async () => {
    const doc = await open('haproxy', 'backend app\n  balanse roundrobin\n  http-request set-header X "\\xZZ"\n');
    assert.deepEqual(syntaxDiagnostics(doc).map((d) => `${d.range.start.line}:${d.code}`), ['2:syntax.bad-hex-escape']);
    // With a syntax error in the file, what would be an error elsewhere is only a warning.
    assert.equal(diagnose(doc).find((d) => d.code === 'schema.unknown-keyword')?.severity, 2);
    doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# moved\n' }], 2);
    assert.deepEqual(syntaxDiagnostics(doc).map((d) => `${d.range.start.line}:${d.range.start.character}:${d.code}`), ['3:29:syntax.bad-hex-escape']);
    doc.dispose();
  });

  it('reports an unmatched double quote on its line, and the next lines still parse', async () => {
    const doc = await open('haproxy', 'frontend www\n  bind :80\n  http-request set-header X-Foo "bar\n  default_backend web\nbackend web\n  server s1 10.0.0.1:80\n');
    const diags = errors(diagnose(doc));
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].message, `unterminated quoted string: missing closing " after '"bar'`);
    assert.equal(diags[0].code, 'syntax.unterminated-string');
    assert.deepEqual(diags[0].range, { start: { line: 2, character: 32 }, end: { line: 2, character: 36 } });
    assert.deepEqual(doc.model.nodes.map((n) => n.keyword), ['frontend', 'backend']);
    assert.deepEqual(doc.model.nodes[0].children.map((c) => c.keyword), ['bind', 'http-request', 'default_backend']);
  });

  it('reports an unmatched single quote, also on the last line without newline', async () => {
    const doc = await open('haproxy', "global\n  log-tag 'my tag");
    const diags = errors(diagnose(doc));
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].message, `unterminated quoted string: missing closing ' after ''my tag'`);
    assert.equal(diags[0].range.start.line, 1);
  });

  it('reports an unmatched quote in a section header and in a keyword', async () => {
    const doc = await open('haproxy', 'frontend "www\n  bind :80\nbackend b\n  "server s1 10.0.0.1:80\n');
    const diags = errors(diagnose(doc));
    assert.deepEqual(diags.map((d) => `${d.range.start.line + 1}: ${d.message}`), [
      `1: unterminated quoted string: missing closing " after '"www'`,
      `4: unterminated quoted string: missing closing " after '"server s1 10.0.0.1:80'`,
    ]);
    assert.deepEqual(doc.model.nodes.map((n) => n.keyword), ['frontend', 'backend']);
  });

  it('does not take a quote in a comment or an escaped quote for an open string', async () => {
    const doc = await open('haproxy', 'global\n  log-tag a\\"b # don\'t\n  setenv X \'a\\\'\n');
    assert.deepEqual(diagnose(doc), [], sexp(doc));
    assert.deepEqual(doc.model.nodes[0].children.map((c) => c.args.map((a) => a.value)), [['a"b'], ['X', 'a\\']]);
  });

  it('pairs .if with .endif', async () => {
    const doc = await open('haproxy', 'global\n.if defined(A)\n  maxconn 1\nfrontend f\n  bind :80\n');
    const diags = errors(diagnose(doc));
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].message, "'.if' opened on line 2 is never closed by '.endif'");
    assert.equal(diags[0].code, 'syntax.conditional-unclosed');
    assert.deepEqual(diags[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
  });

  it('reports a lone .endif, .else or .elif, and a branch after .else', async () => {
    const doc = await open('haproxy', 'frontend f\n  .endif\n  .else\n  .elif 1\n.if 1\n.else\n.else\n.elif 0\n.endif\n.if 0\n.if 1\n.endif\n.endif\n');
    assert.deepEqual(
      errors(diagnose(doc)).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`),
      [
        "2:3 lone '.endif' with no matching '.if'",
        "3:3 lone '.else' with no matching '.if'",
        "4:3 lone '.elif' with no matching '.if'",
        "7:1 '.else' after '.else' is not permitted",
        "8:1 '.elif' after '.else' is not permitted",
      ],
    );
  });

  it('reports bad \\x escapes and bad variables inside double quotes, as HAProxy splits words', async () => {
    const lines = [
      'global',
      '  setenv A "${HOME}" "$HOME" ${NOT_EXPANDED "\\$" \'$1\' $1 \\x41 \'\\x4\' "${X-d}" "${X[*]}"',
      '  setenv B "cost: $5"',
      '  setenv C "${HOME" x',
      '  setenv D \\x4g',
      '  setenv E "${HOME[1]}"',
      '  setenv F "${X-default"',
      '  # a comment may say "$" or \\x',
      '',
    ];
    const doc = await open('haproxy', lines.join('\n'));
    assert.equal(doc.tree!.rootNode.hasError, false, sexp(doc));
    assert.deepEqual(
      errors(diagnose(doc)).map((d) => `${d.range.start.line + 1}:${d.range.start.character}-${d.range.end.character} ${d.code}`),
      ['3:18-20 syntax.bad-variable', '4:12-18 syntax.unclosed-variable', '5:11-14 syntax.bad-hex-escape', '6:18-19 syntax.bad-variable', '7:12-23 syntax.unclosed-variable'],
    );
    assert.equal(
      errors(diagnose(doc))[0].message,
      "forbidden first char in environment variable name: inside double quotes '$' starts a variable name (a letter or '_'); write '\\$' for a '$'",
    );
    assert.equal(errors(diagnose(doc))[1].message, "unmatched brace in environment variable name: '${HOME' needs a closing '}'");
    assert.equal(errors(diagnose(doc))[2].message, "truncated or invalid hexadecimal sequence '\\x4': '\\x' takes two hexadecimal digits");
  });

  it('reports a line of more than 64 words', async () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `/p${i}`).join(' ');
    // keyword + name + criterion + 61 values = 64 words: accepted; one more is not.
    const doc = await open('haproxy', `frontend a\n  acl ok path_beg ${words(61)}\n  acl ko path_beg ${words(62)}\n`);
    const diags = errors(diagnose(doc));
    assert.equal(diags.length, 1, describeDiags(diags));
    assert.equal(diags[0].message, 'too many words: HAProxy reads at most 64 words on a line, this one has 65');
    assert.equal(diags[0].range.start.line, 2);
    assert.equal(doc.text.split('\n')[2].slice(diags[0].range.start.character, diags[0].range.end.character), '/p61');
  });

  it('reports a sample expression without its fetch method or with a parenthesis too many, and leaves good ones alone', async () => {
    const doc = await open(
      'haproxy',
      'frontend a\n  bind :80\n  http-request deny if { (arg) }\n  http-request add-header x %[(arg)]\n  http-request add-header y %[hdr(arg))]\n  http-request add-header z %[hdr(a),ipmask(2))]\n' +
        '  http-request add-header ok1 %[req.hdr(host),lower,map_str(/etc/h.map)]\n  http-request add-header ok2 "%[src] %%[x]"\n  http-request deny if { src 10.0.0.1 } || { path_beg /x }\n  # %[(arg)]\n  http-request set-var(txn.a) str("(x)")\n',
    );
    const diags = errors(diagnose(doc)).filter((d) => d.code === 'syntax.sample-expression');
    assert.deepEqual(
      diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.slice(0, 48)}`),
      [
        '3:26 missing fetch method: an ACL expression starts w',
        "4:29 missing fetch method: '%[' starts with the name ",
        "5:39 expected ']' after 'hdr(arg)', but found ')': a ",
        "6:47 expected ']' after 'hdr(a),ipmask(2)', but found",
      ],
    );
    doc.dispose();
  });

  it('finds the unquoted position of an unmatched quote as HAProxy does', () => {
    assert.equal(unmatchedQuote('bind :80 "abc'), 9);
    assert.equal(unmatchedQuote(`a "it's" 'x`), 9);
    assert.equal(unmatchedQuote('a \\" b'), undefined);
    assert.equal(unmatchedQuote('a # "b'), undefined);
    assert.equal(unmatchedQuote(`a '\\'`), undefined);
  });
});

describe('haproxy incremental updates', () => {
  it('equal a fresh parse when section headers, quotes and .if lines come and go', async () => {
    let text = CONF;
    const doc = await open('haproxy', text);
    const pieces = ['backend z\n', 'frontend', '"', "'", '#', '\n', '.if 1\n', '.endif\n', ' x', 'global\n'];
    const random = new Rng(7);
    const rand = () => random.next();
    const positionAt = (t: string, offset: number) => {
      const before = t.slice(0, offset).split('\n');
      return { line: before.length - 1, character: before[before.length - 1].length };
    };
    for (let step = 0; step < 80; step++) {
      const start = Math.floor(rand() * (text.length + 1));
      const end = rand() < 0.3 ? Math.min(text.length, start + Math.floor(rand() * 12)) : start;
      const insert = rand() < 0.8 ? pieces[Math.floor(rand() * pieces.length)] : '';
      const range: Range = { start: positionAt(text, start), end: positionAt(text, end) };
      text = text.slice(0, start) + insert + text.slice(end);
      doc.update([{ range, text: insert }], step + 1);
      const fresh = await open('haproxy', text);
      const where = `step ${step}: ${JSON.stringify({ start, end, insert })}`;
      assert.deepEqual(snapshot(doc.model.nodes), snapshot(fresh.model.nodes), where);
      assert.deepEqual(diagnose(doc), diagnose(fresh), where);
      assert.deepEqual(foldingRanges(doc), foldingRanges(fresh), where);
      fresh.dispose();
    }
    doc.dispose();
  });
});

describe('haproxy highlights query', () => {
  it('compiles against the grammar and captures keywords, names, strings and numbers', async () => {
    const parser = await parserFor('haproxy');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Query } = require('web-tree-sitter');
    const query = new Query(parser.language, fs.readFileSync(path.join(ROOT, 'grammars/haproxy/queries/highlights.scm'), 'utf8'));
    const tree = parser.parse('frontend www # x\n  timeout client 30s\n  use_backend b if { ssl_fc }\n  http-request set-header X "a b"\n.if defined(X)\n')!;
    const got = (query.captures(tree.rootNode) as { name: string; node: { text: string } }[]).map((c) => `${c.name}:${c.node.text}`);
    for (const want of ['keyword:frontend', 'type:www', 'comment:# x', 'property:timeout', 'number:30s', 'operator:if', 'punctuation.bracket:{', 'string:"a b"', 'keyword:.if']) {
      assert.ok(got.includes(want), `${want} not in ${got.join(', ')}`);
    }
    tree.delete();
  });
});

describe('haproxy detection', () => {
  it('recognises haproxy paths', () => {
    for (const p of ['/etc/haproxy/haproxy.cfg', '/etc/haproxy/conf.d/10-web.cfg', 'file:///home/me/lb/haproxy.cfg', '/srv/haproxy-prod.cfg', '/opt/haproxy/edge.cfg']) {
      assert.equal(detection.fromPath(p)?.id, 'haproxy', p);
    }
    for (const p of ['/etc/keepalived/keepalived.conf', '/etc/haproxy/README.md', '/srv/app.cfg']) assert.notEqual(detection.fromPath(p)?.id, 'haproxy', p);
  });

  it('sniffs small haproxy texts', () => {
    assert.ok(haproxyDetection.sniff('frontend www\n  bind :80\n  default_backend web\n') >= 0.7);
    assert.ok(haproxyDetection.sniff('global\n  maxconn 100\n  log stdout local0\ndefaults\n  mode http\n') >= 0.7);
    assert.ok(haproxyDetection.sniff('.if version_atleast(3.1)\ntraces\n  trace h2 sink stderr\n.endif\n') >= 0.7);
    assert.equal(haproxyDetection.sniff('[global]\nfsid = 1\n'), 0);
    assert.equal(haproxyDetection.sniff('global_defs {\n  router_id lb1\n}\n'), 0);
  });

  it('scores every corpus file of haproxy >= 0.7 and of the other formats < 0.5', { skip: SKIP_NO_SHARED }, () => {
    const wrong: string[] = [];
    for (const e of corpus()) {
      const score = haproxyDetection.sniff(fs.readFileSync(e.path, 'utf8').slice(0, 32768));
      if (e.format === 'haproxy' ? score < 0.7 : score >= 0.5) wrong.push(`${e.file}: ${score}`);
    }
    assert.deepEqual(wrong, []);
  });
});


describe('haproxy corpus', { skip: SKIP_NO_SHARED }, () => {
  const files = corpus().filter((e) => e.format === 'haproxy');

  it('has files', () => assert.ok(files.length >= 50, `${files.length} files`));

  it('parses every file; accepted files have no ERROR/MISSING node and no error diagnostic', async () => {
    for (const e of files) {
      const doc = await open('haproxy', fs.readFileSync(e.path, 'utf8'), `file:///corpus/${path.basename(e.path)}`);
      assert.ok(doc.tree, `${e.file} parsed`);
      const diags = diagnose(doc);
      if (e.accepted) {
        assert.equal(doc.tree!.rootNode.hasError, false, `${e.file}\n${describeDiags(diags)}`);
        assert.deepEqual(errors(diags), [], `${e.file}\n${describeDiags(errors(diags))}`);
        assert.ok(doc.model.nodes.some((n: ConfigNode) => n.kind === 'section'), e.file);
      }
      doc.dispose();
    }
  });

  it('measures how many genuine errors get a syntax diagnostic on the line HAProxy reports', async () => {
    const genuine = files.filter((e) => !e.accepted && e.category.startsWith('CONFIG'));
    let hit = 0;
    const report: string[] = [];
    for (const e of genuine) {
      const doc = await open('haproxy', fs.readFileSync(e.path, 'utf8'));
      const line = verdictLine(e.verdict);
      const onLine = errors(diagnose(doc)).some((d) => line !== undefined && d.range.start.line + 1 === line);
      if (onLine) hit++;
      report.push(`${onLine ? 'hit ' : 'miss'} ${path.basename(e.path)}: ${e.verdict.slice(0, 90)}`);
      doc.dispose();
    }
    // Measured, not asserted: these are semantic errors (bad addresses, names, sample expressions).
    console.log(`haproxy corpus: ${hit}/${genuine.length} genuine errors get a haconf syntax error on the tool's line\n  ${report.join('\n  ')}`);
  });

  it('parses the 1 MB benchmark inputs with no syntax error', async () => {
    const dir = sharedDir()!;
    for (const name of ['large-valid.cfg', 'large-mixed.cfg']) {
      const file = path.join(dir, 'bench', name);
      if (!fs.existsSync(file)) continue;
      const doc = await open('haproxy', fs.readFileSync(file, 'utf8'));
      assert.equal(doc.tree!.rootNode.hasError, false, name);
      assert.ok(doc.model.nodes.length > 1000, name);
      doc.dispose();
    }
  });
});
