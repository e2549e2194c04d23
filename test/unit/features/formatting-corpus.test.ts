/**
 * Formatting properties over the whole corpus (../shared/corpus) and over seeded mutations of it (indentation and
 * blanks scrambled, braces and separators deleted, tokens and lines shuffled):
 * - only whitespace changes: the sequence of non-blank tokens is the same, every edit replaces blanks with blanks;
 * - nothing is lost, and the model (keywords, arguments, nesting) of the result is the model of the input;
 * - formatting is idempotent;
 * - a document with a syntax error is refused (no edits) and one without is not;
 * - range formatting leaves the text outside its lines alone;
 * - a file the real tool accepts still gets no error diagnostic once formatted.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { registry } from '../../../server/src/formats';
import { diagnose, formatEdits, type ConfigDocument, type FormatOptions } from '../../../server/src/service';
import { applyEdits } from '../../../server/src/service/features/formatting';
import { walkModel } from '../../../server/src/service/model';
import { corpus, describeDiags, errors, open, SKIP_NO_SHARED } from '../../helpers';

const entries = corpus().filter((e) => registry.get(e.format)?.formatting);
const tokens = (t: string) => t.split(/\s+/).filter(Boolean);

/** Keywords, arguments and nesting: what the tool reads, which formatting must not change. */
function shape(doc: ConfigDocument): string[] {
  const out: string[] = [];
  // corosync trims the blanks at the end of a line, which its model keeps in the value.
  const trimmed = doc.format.formatting?.trimmedLastArgument;
  walkModel(doc.model.nodes, (node, parents) => {
    const args: string[] = [];
    for (let i = 0; i < node.argCount; i++) args.push(trimmed && i === node.argCount - 1 ? node.argText(i).replace(/[ \t]*\r?$/, '') : node.argText(i));
    out.push(`${parents.length} ${node.kind} ${node.condition?.text ?? ''} ${node.keyword} | ${args.join(' | ')}`);
  });
  return out;
}

/** A small seeded PRNG (mulberry32), so that a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (text: string, r: () => number) => string;
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const blanks = (r: () => number) => pick(r, ['', ' ', '  ', '\t', ' \t ', '        ']);

const MUTATIONS: Record<string, Mutation> = {
  'random indentation': (text, r) =>
    text
      .split('\n')
      .map((l) => (r() < 0.6 ? blanks(r) + l.replace(/^[ \t]+/, '') : l))
      .join('\n'),
  'random blanks and blank lines': (text, r) =>
    text
      .split('\n')
      .map((l) => {
        let line = l.replace(/[ \t]+/g, (m) => (r() < 0.5 ? m + blanks(r) : m));
        if (r() < 0.3) line += blanks(r);
        if (r() < 0.15) line += '\n'.repeat(1 + Math.floor(r() * 4)) + blanks(r);
        return line;
      })
      .join(r() < 0.2 ? '\r\n' : '\n'),
  'deleted braces and separators': (text, r) => {
    const spots = [...text.matchAll(/[{};:=\]"]/g)].map((m) => m.index!);
    let out = text;
    for (let k = 0; k < 3 && spots.length; k++) {
      const at = spots.splice(Math.floor(r() * spots.length), 1)[0];
      out = out.slice(0, at) + ' ' + out.slice(at + 1);
    }
    return out;
  },
  'shuffled tokens and lines': (text, r) => {
    const lines = text.split('\n');
    for (let k = 0; k < 4 && lines.length > 1; k++) {
      const i = Math.floor(r() * lines.length);
      if (r() < 0.5) {
        const words = lines[i].split(/([ \t]+)/);
        for (let w = words.length - 1; w > 0; w--) {
          const j = Math.floor(r() * (w + 1));
          [words[w], words[j]] = [words[j], words[w]];
        }
        lines[i] = words.join('');
      } else {
        const j = Math.floor(r() * lines.length);
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
    }
    return lines.join('\n');
  },
};

const OPTIONS: readonly FormatOptions[] = [
  { tabSize: 4, insertSpaces: true },
  { tabSize: 2, insertSpaces: false, maxBlankLines: 1 },
  { tabSize: 2, insertSpaces: true, indentSectionBodies: false, maxBlankLines: 0 },
];

/** Checks every property on one text; returns whether it was formatted (not refused). */
async function check(format: string, text: string, name: string, options: FormatOptions, r: () => number): Promise<boolean> {
  const doc = await open(format, text, `file:///corpus/${name}`);
  try {
    const result = formatEdits(doc, options);
    assert.equal(!!result.refused, !!doc.tree?.rootNode.hasError || !!doc.guard, `${name}: refused '${result.refused}' but the tree has ${doc.tree?.rootNode.hasError ? 'an' : 'no'} error`);
    if (result.refused) {
      assert.deepEqual(result.edits, [], `${name}: edits for a refused document`);
      return false;
    }
    for (const e of result.edits) {
      const old = text.slice(doc.textDocument.offsetAt(e.range.start), doc.textDocument.offsetAt(e.range.end));
      assert.ok(/^\s*$/.test(old) && /^\s*$/.test(e.newText), `${name}: an edit changes more than blanks: ${JSON.stringify(old)} -> ${JSON.stringify(e.newText)}`);
    }
    const formatted = applyEdits(text, doc.textDocument, result.edits);
    assert.deepEqual(tokens(formatted), tokens(text), `${name}: the tokens changed`);
    const again = await open(format, formatted, `file:///corpus/${name}`);
    try {
      const second = formatEdits(again, options);
      assert.equal(second.refused, undefined, `${name}: the formatted text is refused: ${second.refused}`);
      assert.equal(applyEdits(formatted, again.textDocument, second.edits), formatted, `${name}: not idempotent`);
      assert.deepEqual(shape(again), shape(doc), `${name}: the model changed`);
    } finally {
      again.dispose();
    }
    // A random range: the text before its first line and after its last line stays as it was.
    const lines = doc.textDocument.lineCount;
    const a = Math.floor(r() * lines);
    const b = Math.min(lines - 1, a + Math.floor(r() * 12));
    const range: Range = { start: { line: a, character: 0 }, end: { line: b, character: 1 } };
    const ranged = applyEdits(text, doc.textDocument, formatEdits(doc, options, range).edits);
    const head = text.slice(0, doc.textDocument.offsetAt({ line: a, character: 0 }));
    const tail = text.slice(doc.textDocument.offsetAt({ line: b + 1, character: 0 }));
    assert.ok(ranged.startsWith(head) && ranged.endsWith(tail), `${name}: range formatting of lines ${a}-${b} changed text outside them`);
    assert.deepEqual(tokens(ranged), tokens(text), `${name}: range formatting changed the tokens`);
    return true;
  } finally {
    doc.dispose();
  }
}

describe('formatting over the corpus', { skip: SKIP_NO_SHARED }, () => {
  for (const format of registry.formats.filter((f) => f.formatting)) {
    const files = entries.filter((e) => e.format === format.id);
    it(`${format.id}: every file (${files.length}) keeps its tokens and model, and formats idempotently`, async () => {
      assert.ok(files.length > 0);
      const r = rng(1);
      let formatted = 0;
      for (const e of files) {
        const text = fs.readFileSync(e.path, 'utf8');
        for (const options of OPTIONS) if (await check(format.id, text, e.file, options, r)) formatted++;
        if (!e.accepted) continue;
        // A file the real tool accepts keeps getting no error once formatted.
        const doc = await open(format.id, text, `file:///corpus/${e.file}`);
        const out = applyEdits(text, doc.textDocument, formatEdits(doc, OPTIONS[0]).edits);
        doc.dispose();
        const after = await open(format.id, out, `file:///corpus/${e.file}`);
        const errs = errors(diagnose(after));
        after.dispose();
        assert.deepEqual(errs, [], `${e.file}: errors once formatted:\n${describeDiags(errs)}`);
      }
      // Only the few corpus files with a syntax error are refused.
      assert.ok(formatted >= files.length * OPTIONS.length * 0.8, `${format.id}: only ${formatted} formatted`);
    });

    for (const [what, mutate] of Object.entries(MUTATIONS)) {
      it(`${format.id}: ${what} (seeded)`, async () => {
        let seed = 0;
        let formatted = 0;
        for (const e of files) {
          const text = fs.readFileSync(e.path, 'utf8');
          seed++;
          const r = rng(seed * 7919 + what.length);
          const mutated = mutate(text, r);
          if (await check(format.id, mutated, `${e.file} (${what}, seed ${seed})`, pick(r, OPTIONS), r)) formatted++;
        }
        assert.ok(files.length > 0);
        // Scrambled blanks leave files well-formed: those must be formatted, not refused.
        if (what.startsWith('random')) assert.ok(formatted >= files.length * 0.8, `${format.id}: only ${formatted} of ${files.length} formatted`);
      });
    }
  }
});
