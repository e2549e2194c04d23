/**
 * The model's compact storage: what a directive derives instead of keeping (its kind, its children, its content end,
 * its argument count packed with where its offsets start), and the per-node caches (NodeSlot).
 */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { Anchor, ConfigNode, createNode, NodeSlot, NONE, ParentNode, walkModel, type LineTable } from '../../server/src/service/model';
import { open } from '../helpers';

const lines: LineTable = {
  positionAt: (offset) => ({ line: 0, character: offset }),
  slice: () => '',
};

describe('model nodes', () => {
  it('gives a directive its kind and no children from the prototype, and a section its own', () => {
    const a = new Anchor(null, 0, lines);
    const d = createNode('directive', 'directive', a, 0, 5);
    const s = createNode('section', 'section', a, 0, 10);
    assert.ok(!(d instanceof ParentNode) && s instanceof ParentNode);
    assert.equal(d.kind, 'directive');
    assert.equal(d.children, NONE);
    assert.ok(!Object.prototype.hasOwnProperty.call(d, 'kind') && !Object.prototype.hasOwnProperty.call(d, 'children'));
    assert.equal(s.kind, 'section');
    assert.equal(s.children, NONE);
    assert.equal(createNode('block', 'block', a, 0, 10).kind, 'block');
    // The content end of a section is where it was made to end until it is set.
    assert.equal(s.ce, 10);
    s.ce = 7;
    assert.equal(s.ce, 7);
  });

  it('derives a directive\'s content end from its last word, and keeps one set otherwise', () => {
    const a = new Anchor(null, 0, lines);
    const d = new ConfigNode('directive', a, 0, 20);
    d.keyword = 'mode';
    assert.equal(d.ce, 4, 'no arguments: the keyword end');
    d.setSpans(new Int32Array([5, 9, 10, 14]), 0, 2);
    assert.equal(d.ce, 14, 'the last argument end');
    d.ce = 14;
    assert.ok(!Object.prototype.hasOwnProperty.call(d, 'contentEnd'), 'a content end equal to the derived one takes no slot');
    d.ce = 16;
    assert.equal(d.ce, 16);
  });

  it('keeps an argument count over the packed range (a 20,000-word line)', async () => {
    const words = Array.from({ length: 20000 }, (_, i) => `w${i}`);
    for (const [lang, text] of [
      ['haproxy', `global\n    log ${words.join(' ')}\n`],
      ['keepalived', `global_defs {\n  router_id ${words.join(' ')}\n}\n`],
    ] as const) {
      const doc = await open(lang, text);
      let longest: ConfigNode | undefined;
      walkModel(doc.model.nodes, (n) => {
        if (!longest || n.argCount > longest.argCount) longest = n;
      });
      assert.equal(longest!.argCount, 20000, lang);
      assert.equal(longest!.argText(19999), 'w19999', lang);
      assert.equal(longest!.args.length, 20000, lang);
      assert.equal(longest!.args[12345].text, 'w12345', lang);
      doc.dispose();
    }
  });
});

describe('NodeSlot', () => {
  it('keeps each slot\'s value per node, past the four that are fields', () => {
    const slots = Array.from({ length: 7 }, () => new NodeSlot<number>());
    const a = new Anchor(null, 0, lines);
    const nodes = [createNode('section', 'section', a, 0, 1), createNode('directive', 'directive', a, 0, 1)];
    for (const [n, node] of nodes.entries()) {
      for (const slot of slots) assert.equal(slot.get(node), undefined);
      for (const [i, slot] of slots.entries()) slot.set(node, 100 * n + i);
    }
    for (const [n, node] of nodes.entries()) for (const [i, slot] of slots.entries()) assert.equal(slot.get(node), 100 * n + i);
  });
});
