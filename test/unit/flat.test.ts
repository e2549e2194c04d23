/**
 * The large-file fast path (TreeSpec.flatDirectives: directive lines split with the grammar's own word token instead
 * of walking every word node) gives exactly the model the tree walk gives, on every corpus file and benchmark input.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { FORMATS } from '../../server/src/formats';
import { ConfigDocument, diagnose } from '../../server/src/service';
import { allComments } from '../../server/src/service/document';
import type { FormatDefinition } from '../../server/src/service/format';
import { snapshot } from '../../server/src/service/model';
import { corpus, sharedDir } from '../helpers';

const inputs = (id: string): Array<[string, string]> => {
  const out: Array<[string, string]> = corpus()
    .filter((e) => e.format === id)
    .map((e) => [e.file, fs.readFileSync(e.path, 'utf8')]);
  const shared = sharedDir();
  if (id === 'haproxy' && shared) {
    for (const f of ['large-valid.cfg', 'large-mixed.cfg']) out.push([f, fs.readFileSync(path.join(shared, 'bench', f), 'utf8')]);
  }
  return out;
};

describe('flat directives map like the tree walk', () => {
  for (const format of FORMATS.filter((f) => f.tree.flatDirectives)) {
    const walked: FormatDefinition = { ...format, tree: { ...format.tree, flatDirectives: undefined } };
    // Broken lines must fall back to the walk and agree too.
    const samples: Array<[string, string]> = [
      ['edge cases', 'global\n  log "a b" \'c d\' e\\ f # comment\n  x"y z"w\n  unterminated "quote\n\tk\tv\r\n  tail#nospace\n'],
      ...inputs(format.id),
    ];
    it(`${format.id}: ${samples.length} inputs`, async () => {
      for (const [name, text] of samples) {
        const a = await ConfigDocument.create(format, `file:///${name}`, text);
        const b = await ConfigDocument.create(walked, `file:///${name}`, text);
        assert.deepEqual(snapshot(a.model.nodes), snapshot(b.model.nodes), name);
        assert.deepEqual(allComments(a.model), allComments(b.model), `${name}: comments`);
        assert.deepEqual(diagnose(a), diagnose(b), `${name}: diagnostics`);
        a.dispose();
        b.dispose();
      }
    });
  }
});
