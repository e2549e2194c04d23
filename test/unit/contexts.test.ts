/** One context resolution for hover and the value checks (service/contexts.ts), with the formats' own overrides. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { registry } from '../../server/src/formats';
import { contextPathOf, defaultContextPath, valueContextOf } from '../../server/src/service/contexts';
import { walkModel, type ConfigNode } from '../../server/src/service/model';
import { open } from '../helpers';

/** The value-check and hover contexts of every node of a text, as `keyword value-context hover-context`. */
async function contexts(formatId: string, text: string): Promise<string[]> {
  const doc = await open(formatId, text);
  const format = registry.get(formatId)!;
  const out: string[] = [];
  walkModel(doc.model.nodes, (node: ConfigNode, parents: readonly ConfigNode[]) => {
    out.push(`${node.keyword} ${valueContextOf(format, parents)} ${contextPathOf(format, parents, node) ?? '-'}`);
  });
  doc.dispose();
  return out;
}

describe('context resolution', () => {
  it('joins the enclosing sections and blocks, skipping directives, or says (top)', async () => {
    const doc = await open('keepalived', 'vrrp_instance VI_1 {\n    authentication {\n        auth_type PASS\n    }\n}\n');
    const auth = doc.model.nodes[0].children[0];
    assert.equal(defaultContextPath([]), '(top)');
    assert.equal(defaultContextPath([doc.model.nodes[0], auth]), 'vrrp_instance/authentication');
    assert.equal(defaultContextPath([doc.model.nodes[0], auth.children[0]]), 'vrrp_instance');
    doc.dispose();
  });

  it('gives hover and the value checks the same context where the format has no rule of its own', async () => {
    assert.deepEqual(await contexts('keepalived', 'vrrp_instance VI_1 {\n    authentication {\n        auth_type PASS\n    }\n}\n'), [
      'vrrp_instance (top) (top)',
      'authentication vrrp_instance vrrp_instance',
      'auth_type vrrp_instance/authentication vrrp_instance/authentication',
    ]);
    assert.deepEqual(await contexts('corosync', 'totem {\n    interface {\n        linknumber: 0\n    }\n}\n'), [
      'totem (top) (top)',
      'interface totem totem',
      'linknumber totem/interface totem/interface',
    ]);
    // HAProxy: sections do not nest, and `.if` lines are directives, so the section is the context
    assert.deepEqual(await contexts('haproxy', 'frontend www\n    .if defined(X)\n    bind :80\n    .endif\n'), [
      'frontend (top) (top)',
      '.if frontend frontend',
      'bind frontend frontend',
      '.endif frontend frontend',
    ]);
  });

  it('keeps the formats’ own rules: DRBD hovers in the innermost block, Ceph options are anywhere', async () => {
    assert.deepEqual(await contexts('drbd', 'resource r0 {\n    net {\n        protocol C;\n    }\n}\n'), [
      'resource (top) (section)',
      'net resource (section)',
      'protocol resource/net net',
    ]);
    assert.deepEqual(await contexts('ceph', '[global]\nfsid = 6e0f8d3c-1d2b-4c5e-9f00-0123456789ab\n'), ['global  (section)', 'fsid  -']);
  });
});
