/**
 * Typed argument specs: what each argument of a keyword may be. Built from the schema's `args` / `rangeDefault` /
 * `flags` strings (the upstream census) where they are reliable, and from small hand-written per-format tables
 * (values/<format>.ts) where the census is silent or heuristic.
 */
import * as T from './types';
import { NONE } from '../model';

export type ValueSpec =
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'decimal'; min?: number; max?: number }
  | { kind: 'enum'; values: readonly string[]; ignoreCase?: boolean }
  | { kind: 'bool'; spellings: readonly string[]; integersToo?: boolean }
  | { kind: 'port'; min?: number }
  | { kind: 'ip' }
  | { kind: 'ipv4' }
  | { kind: 'cidr' }
  | { kind: 'cidr-list' }
  | { kind: 'uuid' }
  | { kind: 'addrvec' }
  | { kind: 'ceph-addr' }
  | { kind: 'haproxy-duration' }
  | { kind: 'ceph-secs' }
  | { kind: 'ceph-int'; unsigned?: boolean; min?: number; max?: number }
  | { kind: 'ceph-float'; min?: number; max?: number }
  | { kind: 'size'; min?: number; max?: number }
  /** DRBD numeric option: a number with an optional K/M/G suffix, in `unit` (bytes, or `unitBytes` per unit). */
  | { kind: 'drbd-number'; min?: number; max?: number; unitBytes?: number; symbols?: readonly string[] };

/** A problem with one argument (`arg` is its index; -1 the keyword itself, -2 the directive as a whole). */
export interface Problem {
  arg: number;
  code: string;
  message: string;
  /** `warning` where the tool accepts the value all the same (default: the format's value severity). */
  severity?: 'warning';
}

export interface KeywordSpec {
  /** Positional argument specs; undefined entries are not checked. */
  args?: readonly (ValueSpec | undefined)[];
  /** The spec of every argument after `args`. */
  rest?: ValueSpec;
  minArgs?: number;
  maxArgs?: number;
  /** Alternatives: the arguments are fine when any alternative accepts them (else the problems of the one that got
   * furthest are reported). */
  alternatives?: readonly KeywordSpec[];
  /** Checks that do not fit positions (HAProxy `server` options). */
  custom?(args: readonly string[], keyword: string): Problem[];
  /** The name used in messages; default the keyword. */
  what?: string;
  /** A spec for the keyword itself, in blocks whose lines are values (keepalived `virtual_ipaddress`). */
  keywordValue?: ValueSpec;
}

/** Checks one value; returns the problem's code (without `value.`) and message, or undefined. */
/** A problem with `code` when there is a message. */
const r = (code: string, message: string | undefined): { code: string; message: string } | undefined => (message ? { code, message } : undefined);

export function validate(spec: ValueSpec, v: string, what: string): { code: string; message: string } | undefined {
  switch (spec.kind) {
    case 'int':
      if (!/^[+-]?\d+$/.test(v)) return r('number', T.integer(v, what));
      return r('integer-range', T.integer(v, what, spec.min, spec.max));
    case 'decimal':
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v)) return r('number', T.decimal(v, what));
      return r('integer-range', T.decimal(v, what, spec.min, spec.max));
    case 'enum':
      return r('enum', T.enumValue(v, what, spec.values, spec.ignoreCase));
    case 'bool':
      return r('boolean', T.boolean(v, what, spec.spellings, spec.integersToo));
    case 'port':
      return r('port-range', T.port(v, what, spec.min ?? 1));
    case 'ip':
      return r('address', T.ip(v, what));
    case 'ipv4':
      return r('address', T.ipv4(v, what));
    case 'cidr':
      return r('address', T.cidr(v, what));
    case 'cidr-list':
      for (const item of v.split(/[\s,;]+/).filter(Boolean)) {
        const bad = T.cidr(item, what);
        if (bad) return r('address', bad);
      }
      return undefined;
    case 'uuid':
      return r('uuid', T.uuid(v, what));
    case 'addrvec':
      return r('address', T.cephAddrvec(v, what));
    case 'ceph-addr':
      return r('address', T.cephAddr(v, what));
    case 'haproxy-duration':
      return r('duration', T.haproxyDuration(v, what));
    case 'ceph-secs':
      return r('duration', T.cephSeconds(v, what));
    case 'ceph-int': {
      // strict_si_cast: an integer with an optional SI suffix (K, M, G, T, P, E)
      const m = /^([+-]?\d+)\s*([KMGTPE])?(i?B?)?$/i.exec(v.trim());
      if (!m) return r('number', `${what} must be an integer, not '${v}'`);
      if (spec.unsigned && m[1].startsWith('-')) return r('integer-range', `${what} must not be negative, not ${v}`);
      if (m[2]) return undefined;
      return r('integer-range', T.inRange(Number(m[1]), v, what, spec.min, spec.max));
    }
    case 'ceph-float': {
      const s = v.trim();
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return r('number', `${what} must be a number, not '${v}'`);
      return r('integer-range', T.inRange(Number(s), v, what, spec.min, spec.max));
    }
    case 'size': {
      const bytes = T.parseSize(v);
      if (bytes === undefined) return r('size', T.size(v, what));
      return r('integer-range', T.inRange(bytes, v, what, spec.min, spec.max));
    }
    case 'drbd-number': {
      if (spec.symbols?.includes(v)) return undefined;
      const m = /^(\d+)([kKmMgGsS]?)$/.exec(v);
      if (!m) {
        const sym = spec.symbols?.length ? ` or one of ${spec.symbols.join(', ')}` : '';
        return r('number', `${what} must be a number${sym}, not '${v}'`);
      }
      if (!m[2]) return r('integer-range', T.inRange(Number(m[1]), v, what, spec.min, spec.max));
      if (!spec.unitBytes) return undefined; // a suffix on a non-size value: leave it to drbdadm
      const mult: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, s: 512 };
      const inUnits = (Number(m[1]) * mult[m[2].toLowerCase()]) / spec.unitBytes;
      const bad = T.inRange(inUnits, v, what, spec.min, spec.max);
      return bad ? r('integer-range', `${bad} (${v} is ${inUnits} ${spec.unitBytes === 1 ? 'bytes' : `units of ${spec.unitBytes} bytes`})`) : undefined;
    }
  }
}

/** Checks arguments against a keyword spec; the list is the shared NONE when there are no problems. */
export function checkArgs(spec: KeywordSpec, args: readonly string[], keyword: string): readonly Problem[] {
  if (spec.alternatives) {
    // report the alternative that got furthest (its first problem is at the highest argument)
    let best: readonly Problem[] = NONE;
    let bestAt = -Infinity;
    for (const alt of spec.alternatives) {
      const p = checkArgs(alt, args, keyword);
      if (!p.length) return NONE;
      let at = Infinity;
      for (const x of p) at = Math.min(at, x.arg);
      if (at > bestAt) [best, bestAt] = [p, at];
    }
    return best;
  }
  const what = spec.what ?? keyword;
  if (spec.minArgs !== undefined && args.length < spec.minArgs) {
    return [{ arg: -1, code: 'arity', message: `${what} needs ${spec.minArgs === 1 ? 'a value' : `${spec.minArgs} arguments`}` }];
  }
  let out: Problem[] | undefined;
  if (spec.maxArgs !== undefined && args.length > spec.maxArgs) {
    (out ??= []).push({
      arg: spec.maxArgs,
      code: 'arity',
      message: `${what} takes ${spec.maxArgs === 0 ? 'no arguments' : spec.maxArgs === 1 ? 'one value' : `at most ${spec.maxArgs} arguments`}`,
    });
  }
  const positional = spec.args;
  if (positional || spec.rest) {
    for (let i = 0; i < args.length; i++) {
      const s = positional && i < positional.length ? positional[i] : spec.rest;
      if (!s || skipValue(args[i])) continue;
      const bad = validate(s, args[i], what);
      if (bad) (out ??= []).push({ arg: i, code: bad.code, message: bad.message });
    }
  }
  if (spec.custom) {
    const more = spec.custom(args, keyword);
    if (more.length) {
      if (!out) return more;
      for (const p of more) out.push(p);
    }
  }
  return out ?? NONE;
}

/** Values the tool expands before checking them (environment variables, keepalived `$DEFINES`), and template
 * placeholders (`%mon_addr%`, `{{ var }}`, `@VAR@`) of files that are filled in before use. */
export function skipValue(v: string): boolean {
  if (v === '') return true;
  // A scan for the characters that can start any of them before the pattern (this runs for every argument).
  let marks = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 36) return true; // $
    if (c === 37 || c === 64 || c === 123) marks = true; // % @ {
  }
  return marks && TEMPLATE.test(v);
}
const TEMPLATE = /%\w+%|\{\{|@[A-Z_]+@/;

// ---- parsers of the schema's fact strings ----

export const num = (s: string | undefined): number | undefined => {
  if (s === undefined || s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};




