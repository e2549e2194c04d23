/** The disk as the workspace index reads it (the one piece of I/O the index needs). */
import * as fs from 'fs';
import type { FileSource } from '../service';

/** The disk as the workspace index reads it. */
export const diskSource: FileSource = {
  async list(dir) {
    try {
      const list = await fs.promises.readdir(dir, { withFileTypes: true });
      return list.filter((e) => e.isDirectory() || e.isFile()).map((e) => ({ name: e.name, dir: e.isDirectory() }));
    } catch {
      return undefined;
    }
  },
  async read(path, maxBytes) {
    try {
      const st = await fs.promises.stat(path);
      if (!st.isFile() || st.size > maxBytes) return undefined;
      return await fs.promises.readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};


/**
 * The same, with synchronous calls under the promises: for the CLI, which reads one file after another and has
 * nothing else to do meanwhile, so the thread pool's round trips would only add waiting.
 */
export const syncDiskSource: FileSource = {
  async list(dir) {
    try {
      const list = fs.readdirSync(dir, { withFileTypes: true });
      return list.filter((e) => e.isDirectory() || e.isFile()).map((e) => ({ name: e.name, dir: e.isDirectory() }));
    } catch {
      return undefined;
    }
  },
  async read(path, maxBytes) {
    try {
      const st = fs.statSync(path);
      if (!st.isFile() || st.size > maxBytes) return undefined;
      return fs.readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};
