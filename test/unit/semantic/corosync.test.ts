/** corosync semantic checks (formats/corosync/semantic.ts): each rule fires on a mistake and stays silent on the fix. */
import { strict as assert } from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnose } from '../../../server/src/service';
import { open } from '../../helpers';

interface NodeSpec {
  id?: number | string;
  name?: string;
  rings?: string[];
  extra?: string;
}

/** A corosync.conf: `totem` lines, nodes, `quorum` lines (without provider, which is added). */
function conf(opts: { totem?: string[]; nodes?: NodeSpec[] | null; quorum?: string[] | null; device?: boolean }): string {
  const totem = opts.totem ?? ['version: 2', 'cluster_name: c1'];
  let text = `totem {\n${totem.map((l) => `  ${l}\n`).join('')}}\n`;
  if (opts.nodes !== null) {
    const nodes = opts.nodes ?? [
      { id: 1, name: 'a', rings: ['10.0.0.1'] },
      { id: 2, name: 'b', rings: ['10.0.0.2'] },
      { id: 3, name: 'c', rings: ['10.0.0.3'] },
    ];
    text += 'nodelist {\n';
    for (const n of nodes) {
      text += '  node {\n';
      (n.rings ?? []).forEach((r, i) => (text += `    ring${i}_addr: ${r}\n`));
      if (n.id !== undefined) text += `    nodeid: ${n.id}\n`;
      if (n.name) text += `    name: ${n.name}\n`;
      if (n.extra) text += `    ${n.extra}\n`;
      text += '  }\n';
    }
    text += '}\n';
  }
  if (opts.quorum !== null) {
    const q = ['provider: corosync_votequorum', ...(opts.quorum ?? [])];
    text += `quorum {\n${q.map((l) => `  ${l}\n`).join('')}${opts.device ? '  device {\n    model: net\n    net {\n      host: 10.0.0.9\n    }\n  }\n' : ''}}\n`;
  }
  return text;
}

async function check(text: string): Promise<Diagnostic[]> {
  const doc = await open('corosync', text);
  const diags = diagnose(doc);
  doc.dispose();
  return diags;
}

function find(diags: Diagnostic[], code: string): Diagnostic[] {
  return diags.filter((d) => d.code === code);
}

const two = (extra: Partial<NodeSpec>[] = [{}, {}]): NodeSpec[] => [
  { id: 1, name: 'a', rings: ['10.0.0.1'], ...extra[0] },
  { id: 2, name: 'b', rings: ['10.0.0.2'], ...extra[1] },
];

describe('corosync semantic checks', () => {
  it('a well-formed three-node cluster has no semantic findings', async () => {
    const diags = await check(conf({}));
    assert.deepEqual(diags, []);
  });

  it('corosync.no-nodelist: no nodelist is an error whatever the transport (corosync 3 finds itself there)', async () => {
    const knet = find(await check(conf({ nodes: null })), 'corosync.no-nodelist');
    assert.equal(knet.length, 1);
    assert.equal(knet[0].severity, 1);
    assert.match(knet[0].message, /knet transport \(corosync 3's default\) needs one/);
    // corosync -t 3.1.7: "No interfaces defined" (udpu), "No valid name found for local host" (udp), on any host.
    for (const transport of ['udpu', 'udp']) {
      const d = find(await check(conf({ totem: ['version: 2', 'cluster_name: c', `transport: ${transport}`], nodes: null })), 'corosync.no-nodelist');
      assert.equal(d.length, 1);
      assert.equal(d[0].severity, 1);
      assert.match(d[0].message, /for every transport/);
    }
    assert.equal(find(await check(conf({ nodes: [] })), 'corosync.no-nodelist')[0].severity, 1, 'an empty nodelist');
    assert.deepEqual(find(await check(conf({})), 'corosync.no-nodelist'), []);
  });

  it('corosync.node-address: a nodelist none of whose nodes has a ringX_addr', async () => {
    const d = find(await check(conf({ nodes: two([{ rings: [] }, { rings: [] }]), quorum: ['two_node: 1'] })), 'corosync.node-address');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 1);
    assert.equal(d[0].range.start.line, 4, 'on the nodelist');
    assert.match(d[0].message, /none of the nodelist's 2 nodes has an address/);
    // One node with an address (ring1 only is enough for corosync -t): silent here; link-count warns about the other.
    assert.deepEqual(find(await check(conf({ nodes: two([{}, { rings: [] }]), quorum: ['two_node: 1'] })), 'corosync.node-address'), []);
    const ring1 = conf({ nodes: two([{ rings: [] }, { rings: [] }]), quorum: ['two_node: 1'] }).replace('nodeid: 1', 'ring1_addr: 10.1.0.1\n    nodeid: 1');
    assert.deepEqual(find(await check(ring1), 'corosync.node-address'), []);
    assert.deepEqual(find(await check(conf({})), 'corosync.node-address'), []);
  });

  it('corosync.nodeid: a missing nodeid under knet and a duplicate nodeid are errors', async () => {
    const missing = find(await check(conf({ nodes: two([{}, { id: undefined }]), quorum: ['two_node: 1'] })), 'corosync.nodeid');
    assert.equal(missing.length, 1);
    assert.equal(missing[0].severity, 1);
    assert.match(missing[0].message, /node '10\.0\.0\.2' has no nodeid/);
    const dup = find(await check(conf({ nodes: two([{}, { id: 1 }]), quorum: ['two_node: 1'] })), 'corosync.nodeid');
    assert.equal(dup.length, 1);
    assert.match(dup[0].message, /nodeid 1 is also the nodeid of another node/);
    assert.equal(dup[0].relatedInformation?.[0].location.range.start.line, 7);
    const zero = find(await check(conf({ nodes: two([{}, { id: 0 }]), quorum: ['two_node: 1'] })), 'corosync.nodeid');
    assert.match(zero[0].message, /no valid nodeid/);
  });

  it('corosync.nodeid: under udpu a missing nodeid is only a hint; distinct nodeids are silent', async () => {
    const udpu = find(
      await check(conf({ totem: ['version: 2', 'cluster_name: c', 'transport: udpu'], nodes: two([{}, { id: undefined }]), quorum: ['two_node: 1'] })),
      'corosync.nodeid',
    );
    assert.equal(udpu[0].severity, 4);
    assert.deepEqual(find(await check(conf({ nodes: two(), quorum: ['two_node: 1'] })), 'corosync.nodeid'), []);
  });

  it('corosync.duplicate-node-address: the same ring0_addr or name on two nodes', async () => {
    const d = find(await check(conf({ nodes: two([{}, { rings: ['10.0.0.1'], name: 'a' }]), quorum: ['two_node: 1'] })), 'corosync.duplicate-node-address');
    assert.equal(d.length, 2);
    assert.match(d[0].message, /ring0_addr 10\.0\.0\.1 is already another node's/);
    assert.match(d[1].message, /name a is already another node's/);
    assert.deepEqual(find(await check(conf({ nodes: two(), quorum: ['two_node: 1'] })), 'corosync.duplicate-node-address'), []);
  });

  it('corosync.link-address-family: IPv4 and IPv6 on one link is an error; host names are left alone', async () => {
    const mixed = find(
      await check(conf({ nodes: two([{ rings: ['10.0.0.1', '10.1.0.1'] }, { rings: ['10.0.0.2', 'fd00::2'] }]), quorum: ['two_node: 1'] })),
      'corosync.link-address-family',
    );
    assert.equal(mixed.length, 1);
    assert.equal(mixed[0].severity, 1);
    assert.match(mixed[0].message, /link 1 mixes address families: this node's ring1_addr is IPv6 but another node's is IPv4/);
    const names = find(
      await check(conf({ nodes: two([{ rings: ['10.0.0.1', 'a-hb'] }, { rings: ['10.0.0.2', 'fd00::2'] }]), quorum: ['two_node: 1'] })),
      'corosync.link-address-family',
    );
    assert.deepEqual(names, []);
  });

  it('corosync.link-count: nodes with different links, and a multi-link nodelist with a nameless node', async () => {
    const count = find(await check(conf({ nodes: two([{ rings: ['10.0.0.1', '10.1.0.1'] }, {}]), quorum: ['two_node: 1'] })), 'corosync.link-count');
    assert.equal(count.length, 1);
    assert.match(count[0].message, /this node has link\(s\) 0 but the first node has 0,1/);
    const names = find(
      await check(conf({ nodes: two([{ rings: ['10.0.0.1', '10.1.0.1'] }, { rings: ['10.0.0.2', '10.1.0.2'], name: '' }]), quorum: ['two_node: 1'] })),
      'corosync.link-count',
    );
    assert.equal(names.length, 1);
    assert.match(names[0].message, /every node needs a 'name'/);
    const ok = find(
      await check(conf({ nodes: two([{ rings: ['10.0.0.1', '10.1.0.1'] }, { rings: ['10.0.0.2', '10.1.0.2'] }]), quorum: ['two_node: 1'] })),
      'corosync.link-count',
    );
    assert.deepEqual(ok, []);
    // A node with no ringX_addr at all passes corosync -t: only a warning.
    const none = find(await check(conf({ nodes: two([{}, { rings: [] }]), quorum: ['two_node: 1'] })), 'corosync.link-count');
    assert.deepEqual(none.map((d) => d.severity), [DiagnosticSeverity.Warning]);
  });

  it('corosync.crypto-transport: crypto or secauth with udpu is an error; a cipher needs a hash', async () => {
    const udpu = find(
      await check(conf({ totem: ['version: 2', 'cluster_name: c', 'transport: udpu', 'crypto_cipher: aes256', 'crypto_hash: sha256'] })),
      'corosync.crypto-transport',
    );
    assert.equal(udpu.length, 2);
    assert.equal(udpu[0].severity, 1);
    assert.match(udpu[0].message, /crypto_cipher is only supported by the knet transport/);
    const secauth = find(await check(conf({ totem: ['version: 2', 'cluster_name: c', 'transport: udp', 'secauth: on'] })), 'corosync.crypto-transport');
    assert.match(secauth[0].message, /secauth: on turns encryption on/);
    const noHash = find(await check(conf({ totem: ['version: 2', 'cluster_name: c', 'crypto_cipher: aes256'] })), 'corosync.crypto-transport');
    assert.match(noHash[0].message, /needs a crypto_hash other than none/);
    const knet = find(
      await check(conf({ totem: ['version: 2', 'cluster_name: c', 'transport: knet', 'crypto_cipher: aes256', 'crypto_hash: sha256'] })),
      'corosync.crypto-transport',
    );
    assert.deepEqual(knet, []);
    const none = find(
      await check(conf({ totem: ['version: 2', 'cluster_name: c', 'transport: udpu', 'crypto_cipher: none', 'crypto_hash: none', 'secauth: off'] })),
      'corosync.crypto-transport',
    );
    assert.deepEqual(none, []);
  });

  it('corosync.totem-version: a totem without version is an error (a wrong version is the value check)', async () => {
    const missing = find(await check(conf({ totem: ['cluster_name: c'] })), 'corosync.totem-version');
    assert.equal(missing.length, 1);
    assert.equal(missing[0].severity, 1);
    // No totem section at all (a misspelt 'totem'): corosync -t "can only parse version 2 configurations".
    const none = find(await check(conf({}).replace('totem {', 'tottem {')), 'corosync.totem-version');
    assert.equal(none.length, 1);
    assert.equal(none[0].severity, 1);
    assert.match(none[0].message, /there is no totem section/);
    assert.equal(none[0].range.start.line, 0);
    const logging = find(await check('logging {\n  to_syslog: yes\n}\n'), 'corosync.totem-version');
    assert.match(logging[0].message, /there is no totem section/);
    assert.deepEqual(find(await check(''), 'corosync.totem-version'), [], 'not on an empty file');
    // A version read in a nested block is not totem's (corosync -t refuses it); one on a line that does not parse
    // may be (see below).
    const nested = find(await check(conf({ totem: ['cluster_name: c', 'interface {', '  version: 2', '}'] })), 'corosync.totem-version');
    assert.equal(nested.length, 1);
    assert.match(nested[0].message, /totem has no 'version: 2'/);
    const wrong = await check(conf({ totem: ['version: 3', 'cluster_name: c'] }));
    assert.deepEqual(find(wrong, 'corosync.totem-version'), []);
    assert.ok(wrong.some((d) => d.code === 'value.enum' && d.severity === 1), 'version: 3 is still reported by the value check');
  });

  it('corosync.consensus: consensus not greater than token', async () => {
    const d = find(await check(conf({ totem: ['version: 2', 'cluster_name: c', 'token: 3000', 'consensus: 3000'] })), 'corosync.consensus');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 2);
    assert.match(d[0].message, /consensus 3000 ms is not greater than token 3000 ms.*here 3600/);
    assert.deepEqual(find(await check(conf({ totem: ['version: 2', 'cluster_name: c', 'token: 3000', 'consensus: 3600'] })), 'corosync.consensus'), []);
    assert.deepEqual(find(await check(conf({ totem: ['version: 2', 'cluster_name: c', 'consensus: 100'] })), 'corosync.consensus'), []);
  });

  it('corosync.cluster-name: a totem without cluster_name', async () => {
    const d = find(await check(conf({ totem: ['version: 2'] })), 'corosync.cluster-name');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 2);
    assert.deepEqual(find(await check(conf({})), 'corosync.cluster-name'), []);
  });

  it('corosync.two-node: two_node: 1 with three nodes; silent with two', async () => {
    const d = find(await check(conf({ quorum: ['two_node: 1'] })), 'corosync.two-node');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /the nodelist has 3/);
    assert.match(d[0].message, /course notes: Quorum/);
    assert.deepEqual(find(await check(conf({ nodes: two(), quorum: ['two_node: 1'] })), 'corosync.two-node'), []);
  });

  it('corosync.even-nodes: four nodes, or two without two_node, with no quorum device', async () => {
    const four: NodeSpec[] = [1, 2, 3, 4].map((i) => ({ id: i, name: `n${i}`, rings: [`10.0.0.${i}`] }));
    const d = find(await check(conf({ nodes: four })), 'corosync.even-nodes');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /4 votes and no quorum device/);
    const pair = find(await check(conf({ nodes: two() })), 'corosync.even-nodes');
    assert.match(pair[0].message, /two nodes with neither two_node: 1 nor a quorum device/);
    assert.deepEqual(find(await check(conf({ nodes: four, device: true })), 'corosync.even-nodes'), []);
    assert.deepEqual(find(await check(conf({ nodes: four, quorum: ['auto_tie_breaker: 1'] })), 'corosync.even-nodes'), []);
    assert.deepEqual(find(await check(conf({ nodes: two(), quorum: ['two_node: 1'] })), 'corosync.even-nodes'), []);
    assert.deepEqual(find(await check(conf({})), 'corosync.even-nodes'), []);
    // Votes count, not nodes: four nodes, one of them with 2 votes, is 5 votes.
    const weighted = four.map((n, i) => (i === 0 ? { ...n, extra: 'quorum_votes: 2' } : n));
    assert.deepEqual(find(await check(conf({ nodes: weighted })), 'corosync.even-nodes'), []);
  });

  it('corosync.expected-votes: expected_votes that disagree with the nodelist', async () => {
    const d = find(await check(conf({ quorum: ['expected_votes: 5'] })), 'corosync.expected-votes');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /expected_votes: 5 but the nodelist's 3 nodes carry 3 votes/);
    assert.deepEqual(find(await check(conf({ quorum: ['expected_votes: 3'] })), 'corosync.expected-votes'), []);
    // A quorum device brings votes of its own.
    assert.deepEqual(find(await check(conf({ quorum: ['expected_votes: 5'], device: true })), 'corosync.expected-votes'), []);
  });

  it('does not call a key or section missing when its line is there but does not parse', async () => {
    const diags = await check(conf({ totem: ['version 2', 'cluster_name c'] }));
    assert.ok(diags.some((d) => d.code === 'syntax.not-key-value'));
    assert.deepEqual(find(diags, 'corosync.cluster-name'), []);
    assert.deepEqual(find(diags, 'corosync.totem-version'), []);
    const nodelist = await check(conf({ nodes: null }).replace('quorum {', 'nodelist\nquorum {'));
    assert.deepEqual(find(nodelist, 'corosync.no-nodelist'), []);
    // A nodelist read inside another section is not the top-level one corosync looks for.
    const inside = await check(conf({}).replace(/nodelist \{[^]*?\n\}\n/, '').replace('quorum {', 'quorum {\n  nodelist {\n    node {\n      ring0_addr: 10.0.0.1\n    }\n  }'));
    assert.equal(find(inside, 'corosync.no-nodelist').length, 1);
  });

  it('a suppression comment silences a semantic finding by its code', async () => {
    const text = conf({ totem: ['version: 2'] }).replace('totem {', '# haconf-ignore: corosync.cluster-name\ntotem {');
    assert.deepEqual(find(await check(text), 'corosync.cluster-name'), []);
  });
});
