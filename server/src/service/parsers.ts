/**
 * Loads web-tree-sitter and the formats' grammars (each a .wasm built from grammars/<format>/grammar.js).
 * Grammars load lazily, once each, the first time a document of that format is opened.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as TreeSitter from 'web-tree-sitter';
import { packageRoot } from './paths';

export { packageRoot } from './paths';

// Loaded with require so that bundlers pick web-tree-sitter's CommonJS build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Language, Parser } = require('web-tree-sitter') as typeof TreeSitter;
type Language = TreeSitter.Language;
type Parser = TreeSitter.Parser;

export function grammarWasmPath(grammar: string): string {
  return path.join(packageRoot(), 'grammars', grammar, `tree-sitter-${grammar}.wasm`);
}

let init: Promise<void> | undefined;
function initRuntime(): Promise<void> {
  if (!init) {
    const bundled = path.join(packageRoot(), 'dist', 'tree-sitter.wasm');
    const wasm = fs.existsSync(bundled) ? bundled : path.join(packageRoot(), 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm');
    init = Parser.init({ locateFile: () => wasm } as never);
  }
  return init;
}

const languages = new Map<string, Promise<Language>>();

export async function loadLanguage(wasmPath: string): Promise<Language> {
  let lang = languages.get(wasmPath);
  if (!lang) {
    lang = initRuntime().then(() => Language.load(fs.readFileSync(wasmPath)));
    languages.set(wasmPath, lang);
    lang.catch(() => languages.delete(wasmPath));
  }
  return lang;
}

const parsers = new Map<string, Parser>();

/** One parser per grammar, reused: parsing is synchronous, so a parser is never shared by two parses at once. */
export async function parserFor(grammar: string): Promise<Parser> {
  let parser = parsers.get(grammar);
  if (!parser) {
    const lang = await loadLanguage(grammarWasmPath(grammar));
    parser = parsers.get(grammar);
    if (!parser) {
      parser = new Parser();
      parser.setLanguage(lang);
      parsers.set(grammar, parser);
    }
  }
  return parser;
}
