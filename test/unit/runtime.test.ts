/**
 * The pinned web-tree-sitter runtime loads haconf's own ABI-14 grammars and, in the same process, the prebuilt
 * grammars of tree-sitter-wasms (used for short embedded snippets such as a shell command in a config string).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import type * as TreeSitter from 'web-tree-sitter';
import { FORMATS } from '../../server/src/formats';
import { grammarWasmPath, loadLanguage, parserFor } from '../../server/src/service/parsers';
import { ROOT } from '../helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Parser, Query } = require('web-tree-sitter') as typeof TreeSitter;

describe('web-tree-sitter runtime', () => {
  it('is pinned to 0.25.x', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.match(pkg.dependencies['web-tree-sitter'], /^0\.25\.\d+$/);
  });

  for (const format of FORMATS) {
    it(`loads the ${format.id} grammar (ABI 14), parses, and compiles its highlights query`, async (t) => {
      if (!fs.existsSync(grammarWasmPath(format.id))) return t.skip('grammar not built');
      const lang = await loadLanguage(grammarWasmPath(format.id));
      assert.equal(lang.abiVersion, 14);
      const parser = await parserFor(format.id);
      const tree = parser.parse('# a comment\n')!;
      assert.equal(tree.rootNode.type, 'config');
      assert.equal(tree.rootNode.hasError, false);
      tree.delete();
      const highlights = path.join(ROOT, 'grammars', format.id, 'queries', 'highlights.scm');
      assert.ok(fs.existsSync(highlights), 'queries/highlights.scm exists');
      const query = new Query(lang, fs.readFileSync(highlights, 'utf8'));
      assert.ok(query.captureNames.length > 0);
      query.delete();
      // The node types the tree mapping relies on exist in the grammar.
      const types = new Set(JSON.parse(fs.readFileSync(path.join(ROOT, 'grammars', format.id, 'src', 'node-types.json'), 'utf8')).map((n: { type: string }) => n.type));
      for (const t of [...format.tree.sections, ...format.tree.blocks, ...format.tree.directives, ...format.tree.comments]) {
        assert.ok(types.has(t), `${format.id}: node type '${t}' from the tree spec is in node-types.json`);
      }
    });
  }

  it('loads tree-sitter-wasms grammars alongside haconf grammars', async () => {
    await parserFor(FORMATS[0].id);
    for (const name of ['bash', 'json', 'toml']) {
      const lang = await loadLanguage(path.join(ROOT, 'node_modules', 'tree-sitter-wasms', 'out', `tree-sitter-${name}.wasm`));
      const parser = new Parser();
      parser.setLanguage(lang);
      const sample = { bash: 'pidof haproxy || exit 1', json: '{"a": [1, 2]}', toml: 'a = "b"\n' }[name]!;
      const tree = parser.parse(sample)!;
      assert.equal(tree.rootNode.hasError, false, `${name}: ${tree.rootNode.toString()}`);
      tree.delete();
      parser.delete();
    }
  });
});
