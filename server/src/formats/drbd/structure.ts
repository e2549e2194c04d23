/**
 * Where a missing '}' leaves drbdadm. Its parser reads a file front to back: every '}' closes the innermost open
 * block, so the lines after a lost brace belong to the block it should have closed, and drbdadm stops at the first
 * keyword that may not stand there ("Parse error: 'an option keyword' expected, but got 'on'"). Only a `resource` or
 * `common` section still open at the end of the file is closed for it. Tree-sitter's recovery does not always
 * nest the lines the same way, so the file's last unbalanced section is read again here, block by block, with
 * drbdadm's tokens (scanner.ts) and the sections each block of drbdadm's parser takes (drbd-utils 9.22,
 * user/v9/drbdadm_parser.c). Only run when the braces do not balance.
 */
import { scan, type Token } from './scanner';

type Kind = 'resource' | 'common' | 'global' | 'host' | 'stacked' | 'volume' | 'connection-volume' | 'connection' | 'path' | 'mesh' | 'proxy-on' | 'options' | 'any';

/** The keywords that make up drbdadm's structure (blocks, host statements): what may stand where is judged for
 * these only; any other word is an option name, which the schema check judges. */
const STRUCTURAL = new Set([
  'global', 'common', 'resource', 'on', 'stacked-on-top-of', 'floating', '_this_host', 'volume', 'device', 'disk', 'meta-disk',
  'flexible-meta-disk', 'address', 'node-id', 'connection', 'connection-mesh', 'path', 'host', 'hosts', 'net', 'startup', 'handlers',
  'options', 'syncer', 'proxy', 'include', 'inside', 'outside', 'skip',
]);

const RESOURCE = ['on', 'stacked-on-top-of', 'floating', '_this_host', 'disk', 'net', 'syncer', 'startup', 'handlers', 'proxy', 'device', 'meta-disk', 'flexible-meta-disk', 'volume', 'options', 'connection', 'connection-mesh', 'skip'];
const ALLOWED: Record<Kind, ReadonlySet<string> | undefined> = {
  resource: new Set(RESOURCE),
  common: new Set(RESOURCE.filter((k) => !['on', 'stacked-on-top-of', 'floating', '_this_host'].includes(k))),
  global: new Set(),
  host: new Set(['disk', 'device', 'meta-disk', 'flexible-meta-disk', 'address', 'proxy', 'volume', 'node-id', 'options', 'skip']),
  stacked: new Set(['device', 'address', 'proxy', 'volume', 'node-id']),
  volume: new Set(['device', 'disk', 'meta-disk', 'flexible-meta-disk', 'skip']),
  'connection-volume': new Set(['disk']),
  connection: new Set(['host', 'address', '_this_host', 'net', 'skip', 'disk', 'volume', 'path']),
  path: new Set(['host', 'address', '_this_host']),
  mesh: new Set(['hosts', 'net']),
  'proxy-on': new Set(['inside', 'outside', 'options']),
  options: new Set(),
  any: undefined,
};

const NAMES: Record<Kind, string> = {
  resource: 'a resource', common: "'common'", global: "'global'", host: 'a host section', stacked: "'stacked-on-top-of'", volume: 'a volume',
  'connection-volume': "a connection's volume", connection: 'a connection', path: 'a path', mesh: 'a connection-mesh', 'proxy-on': 'a proxy section',
  options: 'an options section', any: 'a section',
};

function kindOf(keyword: string, args: readonly Token[], parent: Kind | undefined): Kind {
  switch (keyword) {
    case 'resource':
      return 'resource';
    case 'common':
      return 'common';
    case 'global':
      return 'global';
    case 'on':
    case 'floating':
    case '_this_host':
      return 'host';
    case 'stacked-on-top-of':
      return 'stacked';
    case 'volume':
      return parent === 'connection' ? 'connection-volume' : 'volume';
    case 'connection':
      return 'connection';
    case 'path':
      return 'path';
    case 'connection-mesh':
      return 'mesh';
    case 'host':
      return 'proxy-on';
    case 'proxy':
      return args[0]?.text === 'on' ? 'proxy-on' : 'any';
    case 'disk':
    case 'net':
    case 'syncer':
    case 'startup':
    case 'handlers':
    case 'options':
      return parent === 'proxy-on' ? 'any' : 'options';
  }
  return 'any';
}

export interface StructureProblem {
  /** Offset and length of the word drbdadm stops at. */
  at: number;
  length: number;
  message: string;
}

export interface Structure {
  /** Whether drbdadm reads the unbalanced part to the end (only a resource or common left open). */
  accepted: boolean;
  /** The keyword it stops at, when one stands where it may not. */
  problem?: StructureProblem;
}

/** The offset of the section the braces never close: the last place the depth went from 0 to 1 and stayed above. */
function lastUnclosed(text: string): number | undefined {
  let depth = 0;
  let statement = 0;
  let opened: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (ch === '"') {
      const m = /^"([^"\\\n]|\\[^\n])*"?/.exec(text.slice(i, i + 4096));
      i += (m ? m[0].length : 1) - 1;
    } else if (ch === '{') {
      if (depth === 0) opened = statement;
      depth++;
    } else if (ch === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        opened = undefined;
        statement = i + 1;
      }
    } else if (ch === ';' && depth === 0) statement = i + 1;
  }
  return depth > 0 ? opened : undefined;
}

let last: { text: string; result: Structure | undefined } | undefined;

/** How drbdadm reads the part of `text` whose braces do not balance; undefined when they balance (or a '}' is extra). */
export function unbalancedStructure(text: string): Structure | undefined {
  if (last?.text === text) return last.result;
  const result = compute(text);
  last = { text, result };
  return result;
}

function compute(text: string): Structure | undefined {
  const from = lastUnclosed(text);
  if (from === undefined) return undefined;
  const toks = scan(text, from);
  const stack: { kind: Kind; token: Token }[] = [];
  for (let i = 0; i < toks.length; ) {
    const t = toks[i];
    if (t.text === '}') {
      stack.pop();
      i++;
      // The section closed after all (drbdadm reads the braces differently from the count above): no verdict.
      if (!stack.length) return undefined;
      continue;
    }
    if (t.text === ';') {
      i++;
      continue;
    }
    // The statement: its words up to ';' or '{' (or a '}' that ends it early).
    let j = i + 1;
    while (j < toks.length && toks[j].text !== ';' && toks[j].text !== '{' && toks[j].text !== '}') j++;
    const end = toks[j]?.text;
    // A statement the file ends in: drbdadm wants its ';' (the syntax check names it).
    if (end === undefined) return { accepted: false };
    const parent = stack[stack.length - 1]?.kind;
    if (parent) {
      const allowed = ALLOWED[parent];
      const misplaced = allowed && ((STRUCTURAL.has(t.text) && !allowed.has(t.text)) || (end === '{' && (parent === 'options' || parent === 'global')));
      if (misplaced) {
        const open = stack[stack.length - 1].token;
        return {
          accepted: false,
          problem: {
            at: t.at,
            length: t.text.length,
            message: `'${t.text}' cannot stand in ${NAMES[parent]}: drbdadm reads it as part of '${open.text}' (line ${lineOf(text, open.at)}), so a '}' is missing before it`,
          },
        };
      }
    }
    if (t.text === 'skip') {
      // drbdadm skips everything up to the matching '}'.
      let k = i + 1;
      while (k < toks.length && toks[k].text !== '{') k++;
      let level = 0;
      for (; k < toks.length; k++) {
        if (toks[k].text === '{') level++;
        else if (toks[k].text === '}' && --level === 0) break;
      }
      i = k + 1;
      continue;
    }
    if (end === '{') stack.push({ kind: kindOf(t.text, toks.slice(i + 1, j), parent), token: t });
    i = end === '{' || end === ';' ? j + 1 : j;
  }
  // At the end of the file: drbdadm closes a resource or common section left open, nothing else (the syntax check
  // names the block).
  const open = stack[stack.length - 1];
  return { accepted: !open || (stack.length === 1 && (open.kind === 'resource' || open.kind === 'common')) };
}

function lineOf(text: string, at: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
