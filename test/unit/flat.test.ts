/**
 * The large-file fast paths give exactly the model the tree walk gives, on every corpus file and benchmark input:
 * TreeSpec.flatDirectives (directive lines split with the grammar's own word token instead of walking every word
 * node) and TreeSpec.lineSections (a clean tree's line sections read from their text, line by line, and a whole
 * document read from its text before it is parsed), the latter on mutated copies too. Whatever a document reading
 * accepts, the parser must accept: its tree, made afterwards, has no error.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { FORMATS } from '../../server/src/formats';
import { ConfigDocument, diagnose } from '../../server/src/service';
import { allComments, DEFAULT_LIMITS } from '../../server/src/service/document';
import type { FormatDefinition } from '../../server/src/service/format';
import { snapshot } from '../../server/src/service/model';
import { mappingStats, plainTable, wordEnd } from '../../server/src/service/treeMap';
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

/**
 * The same text opened with a fast path and without it gives the same model, comments and diagnostics. True when
 * `format` read it from its text alone (before parsing); its tree, made then, must have no error.
 */
async function sameAsWalked(format: FormatDefinition, walked: FormatDefinition, name: string, text: string): Promise<boolean> {
  const before = mappingStats.documentsRead;
  const a = await ConfigDocument.create(format, `file:///${name}`, text);
  const read = mappingStats.documentsRead > before;
  const b = await ConfigDocument.create(walked, `file:///${name}`, text);
  assert.deepEqual(snapshot(a.model.nodes), snapshot(b.model.nodes), name);
  assert.deepEqual(allComments(a.model), allComments(b.model), `${name}: comments`);
  assert.deepEqual(diagnose(a), diagnose(b), `${name}: diagnostics`);
  if (read) {
    // Made now: the diagnostics above came from the reading alone.
    assert.equal(a.completeTree(), false, `${name}: read from its text, but its tree changed the diagnostics`);
    assert.equal(a.tree?.rootNode.hasError, false, `${name}: read from its text, but its tree has an error`);
    assert.deepEqual(snapshot(a.model.nodes), snapshot(b.model.nodes), `${name}: after the tree was made`);
  }
  a.dispose();
  b.dispose();
  return read;
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
    // The sections of a clean tree read from their text, but the document parsed first (as after an edit).
    const sectionsOnly: FormatDefinition = { ...format, tree: { ...format.tree, lineSections: { ...format.tree.lineSections!, document: false } } };
    const samples: Array<[string, string]> = [
      ['edge cases', 'global\n  log "a b" \'c d\' e\\ f # comment\n  x"y z"w\n\tk\tv\r\n  tail#nospace\n.if defined(X)\nfrontend f # c\n  bind :80   \n  .if x\n  .iffy 1\n  .endif\n\n# last\n   '],
      ['no final newline', 'backend b\n  server s 1.2.3.4:80 check'],
      ['trailing blanks', 'backend b\n  server s x  \t'],
      ['comment at the end', 'backend b\n  server s x # end'],
      ['header comment', 'backend b # c\n\n\n  mode http\n'],
      ['CRLF', 'backend b\r\n  # c\r\n  mode http # d\r\n  .if x\r\n  .endif\r\n'],
      ['top-level lines', '# head\n\n.if defined(X) # c\nglobal\n.endif\n  \n.notice "hi"\nfoo bar\n# tail\n'],
      ['top-level line at the end', '.if x\n.endif'],
      ['section keyword as argument', 'backend b\n  use_backend backend\n  backend2 x\nfrontend\n'],
      ['blank sections', 'global\nbackend a\n\n\nbackend b\n   \t\n'],
      ['unterminated quote', 'backend b\n  server s "x\nfrontend f\n'],
      ['a section keyword indented', 'backend b\n  mode http\n   listen l\n  mode tcp\n'],
      // Characters the reading leaves to the parser: tree-sitter skips a byte-order mark and reads NUL as an error.
      ['byte-order mark', '\ufeffglobal\n  maxconn 10\n'],
      ['NUL', 'global\n  log \0 x\n'],
      ['lone surrogate', 'global\n  description \ud800 x\n'],
      ['surrogate pair', 'global\n  description \ud83d\ude00 ok\n'],
      ['only comments and blanks', '\n# a\n\n  # b   \n'],
      ['empty', ''],
      ...inputs(format.id),
    ];
    const accepted = new Set(corpus().filter((e) => e.format === format.id && e.accepted).map((e) => e.file));
    it(`${format.id}: ${samples.length} inputs, and mutated copies of the corpus`, async () => {
      const before = mappingStats.linesRead;
      for (const [name, text] of samples) {
        const read = await sameAsWalked(format, walked, name, text);
        // What the real tool accepts is read from its text alone (the fast path that makes the first diagnostics
        // come sooner), and so are the benchmark inputs.
        if (accepted.has(name) || name.startsWith('large-')) assert.ok(read, `${name}: not read from its text`);
        await sameAsWalked(sectionsOnly, walked, `${name} (parsed first)`, text);
      }
      // The reading must have been used (most of these files have no syntax error), or the comparison proves nothing.
      assert.ok(mappingStats.linesRead - before > 100, `sections read from their text: ${mappingStats.linesRead - before}`);
      const files = corpus().filter((e) => e.format === format.id);
      let seed = 1;
      let read = 0;
      let all = 0;
      for (const e of files) {
        const text = fs.readFileSync(e.path, 'utf8');
        for (const [i, t] of mutants(text, seed++, 4).entries()) {
          all++;
          if (await sameAsWalked(format, walked, `${e.file} (mutant ${i})`, t)) read++;
          await sameAsWalked(sectionsOnly, walked, `${e.file} (mutant ${i}, parsed first)`, t);
        }
      }
      // Mutants with an unmatched quote are parsed first; most are not.
      assert.ok(read > all / 3, `mutants read from their text: ${read} of ${all}`);
    });
  }
});

describe('a document read from its text', () => {
  const format = FORMATS.find((f) => f.tree.lineSections?.document)!;
  it('is parsed only when its tree is asked for, and edits then like any other', async () => {
    const text = 'global\n  maxconn 100\n\nbackend b\n  server s 1.2.3.4:80\n';
    const before = mappingStats.documentsRead;
    const doc = await ConfigDocument.create(format, 'file:///read.cfg', text, 1);
    assert.equal(mappingStats.documentsRead, before + 1);
    assert.equal(doc.parsed, true);
    assert.equal(doc.treeHasError, false);
    const first = diagnose(doc);
    // An edit makes the tree of the text before it, then parses the edit incrementally.
    doc.update([{ range: { start: { line: 4, character: 21 }, end: { line: 4, character: 21 } }, text: 'x' }], 2);
    assert.equal(doc.lastRemap, 'around');
    assert.equal(doc.completeTree(), false);
    const fresh = await ConfigDocument.create(format, 'file:///read.cfg', doc.text, 2);
    assert.deepEqual(snapshot(doc.model.nodes), snapshot(fresh.model.nodes));
    assert.deepEqual(diagnose(doc), diagnose(fresh));
    assert.notDeepEqual(diagnose(doc), first);
    doc.dispose();
    fresh.dispose();
  });
  it('becomes a timeout diagnostic when its parse runs out of time', async () => {
    const text = 'backend b\n' + '  server s 1.2.3.4:80 check\n'.repeat(20000);
    const doc = await ConfigDocument.create(format, 'file:///slow.cfg', text, 1, { ...DEFAULT_LIMITS, parseBudgetMs: 0 });
    assert.equal(doc.parsed, true);
    assert.ok(diagnose(doc).every((d) => d.source === 'haconf'));
    assert.equal(doc.completeTree(), true);
    assert.equal(doc.parsed, false);
    assert.deepEqual(diagnose(doc).map((d) => d.code), ['file.parse-timeout']);
    doc.dispose();
  });
});

describe('words read from their plain run', () => {
  it('end where the word token ends them, for every format that gives its plain characters', () => {
    const random = new Rng(7);
    const pool = ['a', 'b', 'Z', '0', '-', '%', '{', '(', ' ', '\t', '\n', '\r', '\f', '\v', '#', '"', "'", '\\', 'é', '\u00a0', '€', ';', '=', ':'];
    let formats = 0;
    let fast = 0;
    for (const format of FORMATS) {
      const flat = format.tree?.flatDirectives;
      if (!flat?.plain) continue;
      formats++;
      const token = new RegExp(flat.word.source, 'y');
      const table = plainTable(flat.plain);
      for (let n = 0; n < 3000; n++) {
        let text = '';
        const len = 1 + Math.floor(random.next() * 24);
        // Mostly plain characters, as real lines are, with the others mixed in.
        for (let i = 0; i < len; i++) text += random.next() < 0.6 ? pool[Math.floor(random.next() * 4)] : pool[Math.floor(random.next() * pool.length)];
        for (let p = 0; p < text.length; p++) {
          const expected = wordEnd(text, p, token);
          assert.equal(wordEnd(text, p, token, table), expected, `${format.id}: ${JSON.stringify(text)} at ${p}`);
          if (expected > p && !/["'\\]/.test(text.slice(p, expected + 1))) fast++;
        }
      }
    }
    assert.ok(formats >= 1, 'no format gives its plain characters');
    assert.ok(fast > 1000, 'the plain run was hardly ever the whole word');
  });
});
