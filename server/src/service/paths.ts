/** Where haconf's files are at run time: the folder that holds package.json and grammars/. */
import * as fs from 'fs';
import * as path from 'path';

let root: string | undefined;

/** The folder that holds package.json and grammars/ (the extension or package root). */
export function packageRoot(): string {
  if (root) return root;
  if (process.env.HACONF_ROOT) return (root = process.env.HACONF_ROOT);
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'grammars')) && fs.existsSync(path.join(dir, 'package.json'))) return (root = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`haconf: cannot find the grammars folder above ${__dirname}`);
    dir = up;
  }
}
