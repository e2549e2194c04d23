/**
 * `haconf format [--check|--write] [--lang ID] [--indent tab|N] [--max-blank-lines N] [--no-indent-sections] FILE...`:
 * the language service's formatting on the command line. By default the formatted text goes to stdout; --check
 * only says which files would change (exit 1 when one would), --write rewrites them in place.
 * Exit codes: 0 done (or nothing to change), 1 --check found a file to change, 2 usage, I/O error or a file that
 * cannot be formatted (a syntax error, an unknown format).
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { registry } from '../formats';
import { formatText, openDocument, type FormatOptions } from '../service';
import { ioMessage } from './io';

interface Output {
  write(s: string): void;
}

export const FORMAT_USAGE = `usage: haconf format [--check | --write] [--lang ${registry.ids.join('|')}]
                     [--indent tab|N] [--max-blank-lines N] [--no-indent-sections] FILE...

Formats HAProxy, keepalived, corosync, DRBD and Ceph configuration files: indentation by nesting, one space
between words, no trailing blanks, at most N blank lines in a row (default 2), one final line break. Only
whitespace changes. The formatted text goes to stdout, unless --write (rewrite the files) or --check (list
the files that would change; exit status 1 when there is one). Indentation is 4 spaces unless --indent says
otherwise; --no-indent-sections leaves HAProxy and Ceph section bodies at column 0.
A file with a syntax error is not formatted (exit status 2).`;

export async function formatMain(args: string[], out: Output, err: Output): Promise<number> {
  let mode: 'print' | 'check' | 'write' = 'print';
  let lang: string | undefined;
  const options: FormatOptions = { tabSize: 4, insertSpaces: true };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string): string => (a.startsWith(`${name}=`) ? a.slice(name.length + 1) : args[++i] ?? '');
    if (a === '--help' || a === '-h') {
      out.write(FORMAT_USAGE + '\n');
      return 0;
    } else if (a === '--check' || a === '--write') {
      const want = a === '--check' ? 'check' : 'write';
      if (mode !== 'print' && mode !== want) {
        err.write('haconf: --check and --write exclude each other\n');
        return 2;
      }
      mode = want;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      lang = value('--lang');
      if (!registry.get(lang)) {
        err.write(`haconf: --lang must be one of ${registry.ids.join(', ')}, not '${lang}'\n`);
        return 2;
      }
    } else if (a === '--indent' || a.startsWith('--indent=')) {
      const v = value('--indent');
      if (v === 'tab') options.indent = 'tab';
      else if (/^[1-9]$|^1[0-6]$/.test(v)) options.indent = Number(v);
      else {
        err.write(`haconf: --indent must be 'tab' or a number of spaces (1-16), not '${v}'\n`);
        return 2;
      }
    } else if (a === '--max-blank-lines' || a.startsWith('--max-blank-lines=')) {
      const v = value('--max-blank-lines');
      if (!/^\d+$/.test(v)) {
        err.write(`haconf: --max-blank-lines must be a number, not '${v}'\n`);
        return 2;
      }
      options.maxBlankLines = Number(v);
    } else if (a === '--no-indent-sections') {
      options.indentSectionBodies = false;
    } else if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      err.write(`haconf: unknown option '${a}'\n${FORMAT_USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (!files.length) {
    err.write(`haconf: no files given\n${FORMAT_USAGE}\n`);
    return 2;
  }

  let failed = false;
  let changed = false;
  for (const file of files) {
    let text: string;
    try {
      if (fs.statSync(file).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      err.write(`${file}: ${ioMessage(e)}\n`);
      failed = true;
      continue;
    }
    const doc = await openDocument(registry, pathToFileURL(path.resolve(file)).href, text, { formatId: lang });
    if (!doc) {
      err.write(`${file}: cannot tell which format this is; pass --lang\n`);
      failed = true;
      continue;
    }
    const result = formatText(doc, options);
    doc.dispose();
    if (result.refused) {
      err.write(`${file}: not formatted: ${result.refused}\n`);
      failed = true;
      continue;
    }
    const differs = result.text !== text;
    if (differs) changed = true;
    if (mode === 'print') out.write(result.text);
    else if (mode === 'check') {
      if (differs) out.write(`${file}: would be reformatted\n`);
    } else if (differs) {
      try {
        fs.writeFileSync(file, result.text);
        out.write(`${file}: formatted\n`);
      } catch (e) {
        err.write(`${file}: ${ioMessage(e)}\n`);
        failed = true;
      }
    }
  }
  if (failed) return 2;
  return mode === 'check' && changed ? 1 : 0;
}

