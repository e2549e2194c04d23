/** Every snippet, expanded with its default choices, is a valid file of its language: no syntax error. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { diagnose } from '../../server/src/service';
import { describeDiags, errors, open, ROOT, withoutSemantic } from '../helpers';

/** Expands a snippet body the way an editor does when the user accepts every default. */
export function expand(body: string[]): string {
  let text = body.join('\n');
  for (let i = 0; i < 5; i++) {
    text = text
      .replace(/\$\{\d+:([^{}]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
      .replace(/\$UUID/g, '6f0a3a68-36d7-4e3b-8f3d-5b0f6f1d2a11')
      .replace(/\$\d+/g, '');
  }
  return text + '\n';
}

/** Snippets of inner blocks are checked inside the block they belong in. */
const PARENT: Record<string, Record<string, string>> = {
  drbd: { on: 'resource r0 {', net: 'resource r0 {', disk: 'resource r0 {' },
  corosync: { node: 'nodelist {' },
};

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('snippets', () => {
  it('are contributed for every language', () => {
    const langs = pkg.contributes.languages.map((l: { id: string }) => l.id).sort();
    assert.deepEqual(pkg.contributes.snippets.map((s: { language: string }) => s.language).sort(), langs);
  });
  for (const { language, path: file } of pkg.contributes.snippets as Array<{ language: string; path: string }>) {
    const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, { prefix: string; body: string[]; description: string }>;
    for (const [name, s] of Object.entries(snippets)) {
      it(`${language}: '${name}' expands to valid ${language}`, async () => {
        assert.ok(s.description, 'has a description');
        const parent = PARENT[language]?.[name];
        const text = parent ? `${parent}\n${expand(s.body)}}\n` : expand(s.body);
        assert.ok(!/\$\{|\$\d/.test(text), `unexpanded placeholder in:\n${text}`);
        const doc = await open(language, text);
        // A snippet is a fragment, not a whole configuration: only its syntax, keywords and values are judged (the
        // objects it names, such as the backend of a frontend, are defined elsewhere).
        const diags = errors(withoutSemantic(doc, diagnose(doc))).filter((d) => !/\.undefined-/.test(String(d.code)));
        assert.deepEqual(diags, [], `${describeDiags(diags)}\n${text}`);
        doc.dispose();
      });
    }
  }
});
