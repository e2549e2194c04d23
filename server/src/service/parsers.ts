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

/**
 * Runs tree-sitter's wasm with V8's baseline compiler only (Liftoff), unless HACONF_WASM_TIERUP=1. Measured on the
 * 24,000-line HAProxy benchmark file: optimising tier-up makes a warm full parse about 30% faster (55 vs 80 ms) but
 * makes the first parse in a fresh process more than twice as slow (about 290 vs 120 ms, the optimising compiler
 * runs meanwhile) and costs about 20 MB more peak memory. An editor parses a file in full once, on open, and then
 * incrementally, so the first parse and the memory matter more. Must run before the first wasm module compiles.
 * The server and the CLI have set it already, before they loaded their bundles, so that their code caches are written
 * and read under the same flags (bin/server-v8-flags.js); setting it again changes nothing.
 */
export function configureWasmCompiler(): void {
  if (process.env.HACONF_WASM_TIERUP === '1') return;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('v8') as typeof import('v8')).setFlagsFromString('--liftoff-only');
  } catch {
    /* a host without the flag keeps its default */
  }
}

let init: Promise<void> | undefined;
function initRuntime(): Promise<void> {
  if (!init) {
    configureWasmCompiler();
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
