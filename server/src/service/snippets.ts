import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from './paths';

/**
 * The block snippets of snippets/<language>.json: the one source for the snippets the VS Code extension contributes
 * and for the completion items the server offers for block keywords.
 */
export interface Snippet {
  name: string;
  /** What the user types: the block keyword (Ceph: the section header, `[global]`). */
  prefix: string;
  description: string;
  /** The body as one snippet string (lines joined with '\n'). */
  body: string;
}

const loaded = new Map<string, ReadonlyMap<string, Snippet>>();

/** A language's snippets by prefix, read once; empty when the language has no snippet file. */
export function loadSnippets(id: string): ReadonlyMap<string, Snippet> {
  let map = loaded.get(id);
  if (!map) {
    const out = new Map<string, Snippet>();
    const file = path.join(packageRoot(), 'snippets', `${id}.json`);
    if (fs.existsSync(file)) {
      const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[]; description?: string }>;
      for (const [name, s] of Object.entries(raw)) {
        const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
        for (const prefix of Array.isArray(s.prefix) ? s.prefix : [s.prefix]) {
          if (!out.has(prefix)) out.set(prefix, { name, prefix, description: s.description ?? '', body });
        }
      }
    }
    map = out;
    loaded.set(id, map);
  }
  return map;
}
