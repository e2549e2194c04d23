/**
 * The large-file fast paths give exactly the model the tree walk gives, on every corpus file and benchmark input:
 * TreeSpec.flatDirectives (directive lines split with the grammar's own word token instead of walking every word
 * node) and TreeSpec.lineSections (a clean tree's line sections read from their text, line by line), the latter on
 * mutated copies too.
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
import { mappingStats } from '../../server/src/service/treeMap';
import { corpus, sharedDir } from '../helpers';
import { Rng } from '../agreement/mutate';

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

/** The same text opened with a fast path and without it gives the same model, comments and diagnostics. */
async function sameAsWalked(format: FormatDefinition, walked: FormatDefinition, name: string, text: string): Promise<void> {
  const a = await ConfigDocument.create(format, `file:///${name}`, text);
  const b = await ConfigDocument.create(walked, `file:///${name}`, text);
  assert.deepEqual(snapshot(a.model.nodes), snapshot(b.model.nodes), name);
  assert.deepEqual(allComments(a.model), allComments(b.model), `${name}: comments`);
  assert.deepEqual(diagnose(a), diagnose(b), `${name}: diagnostics`);
  a.dispose();
  b.dispose();
}

describe('flat directives map like the tree walk', () => {
  for (const format of FORMATS.filter((f) => f.tree.flatDirectives)) {
    const walked: FormatDefinition = { ...format, tree: { ...format.tree, flatDirectives: undefined } };
    // Broken lines must fall back to the walk and agree too.
    const samples: Array<[string, string]> = [
      ['edge cases', 'global\n  log "a b" \'c d\' e\\ f # comment\n  x"y z"w\n  unterminated "quote\n\tk\tv\r\n  tail#nospace\n'],
      ...inputs(format.id),
    ];
    it(`${format.id}: ${samples.length} inputs`, async () => {
      for (const [name, text] of samples) await sameAsWalked(format, walked, name, text);
    });
  }
});

/** `count` copies of `text`, each with a few random edits made of the characters that line reading must get right. */
function mutants(text: string, seed: number, count: number): string[] {
  const rng = new Rng(seed);
  const pieces = [' ', '\t', '\n', '\r\n', '#', '"', "'", '\\', '.if', '.endif', 'backend x\n', '  server s 1.2.3.4:80\n', 'x', '\f', '\v', '\u00e9', '  '];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = text;
    for (let k = 1 + rng.int(4); k > 0; k--) {
      const at = rng.int(t.length + 1);
      const cut = rng.int(3) === 0 ? rng.int(8) : 0;
      t = t.slice(0, at) + rng.pick(pieces) + t.slice(at + cut);
    }
    out.push(t);
  }
  return out;
}

describe('line sections map like the tree walk', () => {
  for (const format of FORMATS.filter((f) => f.tree.lineSections)) {
    const walked: FormatDefinition = { ...format, tree: { ...format.tree, lineSections: undefined } };
    const samples: Array<[string, string]> = [
      ['edge cases', 'global\n  log "a b" \'c d\' e\\ f # comment\n  x"y z"w\n\tk\tv\r\n  tail#nospace\n.if defined(X)\nfrontend f # c\n  bind :80   \n  .if x\n  .iffy 1\n  .endif\n\n# last\n   '],
      ['no final newline', 'backend b\n  server s 1.2.3.4:80 check'],
      ['trailing blanks', 'backend b\n  server s x  \t'],
      ['comment at the end', 'backend b\n  server s x # end'],
      ['header comment', 'backend b # c\n\n\n  mode http\n'],
      ['CRLF', 'backend b\r\n  # c\r\n  mode http # d\r\n  .if x\r\n  .endif\r\n'],
      ...inputs(format.id),
    ];
    it(`${format.id}: ${samples.length} inputs, and mutated copies of the corpus`, async () => {
      const before = mappingStats.linesRead;
      for (const [name, text] of samples) await sameAsWalked(format, walked, name, text);
      // The reading must have been used (most of these files have no syntax error), or the comparison proves nothing.
      assert.ok(mappingStats.linesRead - before > 100, `sections read from their text: ${mappingStats.linesRead - before}`);
      const files = corpus().filter((e) => e.format === format.id);
      let seed = 1;
      for (const e of files) {
        const text = fs.readFileSync(e.path, 'utf8');
        for (const [i, t] of mutants(text, seed++, 4).entries()) await sameAsWalked(format, walked, `${e.file} (mutant ${i})`, t);
      }
    });
  }
});
