/**
 * `haproxy -c -dr -f FILE`: HAProxy's own configuration check. `-dr` makes a server host name that does not resolve a
 * warning instead of an error (the machine running the editor rarely resolves the cluster's names). Exit 0 valid
 * (maybe with warnings), 1 errors, 2 valid but nothing to listen on. Its lines:
 *   [ALERT]    (pid) : config : parsing [FILE:LINE] : message
 *   [WARNING]  (pid) : config : [FILE:LINE] : 'server be/s1' : message
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { NativeTool } from '../types';
import { outputLines, sameFile, toDiagnostics, unexplained, type Finding } from '../parse';

const LEVEL = /^\[(ALERT|WARNING|NOTICE|INFO|DIAG)\]\s*(?:\(\d+\)\s*)?:\s*(?:config\s*:\s*)?(.*)$/;
const WHERE = /^(?:parsing\s*)?\[(.+?):(\d+)\]\s*:?\s*(.*)$/;
/** The closing summaries, said after the real messages. */
const SUMMARY = /^(Error\(s\) found in configuration file|Fatal errors found in configuration)/;
const SOURCE = 'haproxy -c';
const HOST = [/could not resolve address/i, /unable to stat/i, /No such file or directory/i, /unable to load/i, /cannot (open|access)/i];

export const haproxy: NativeTool = {
  id: 'haproxy',
  format: 'haproxy',
  source: SOURCE,
  command: 'haproxy',
  install: 'sudo apt install haproxy (Debian, Ubuntu) or sudo dnf install haproxy (Fedora, RHEL)',
  prepare(file) {
    return { args: ['-c', '-dr', '-f', file] };
  },
  parse(run, file, text) {
    const findings: Finding[] = [];
    const summaries: string[] = [];
    let last: Finding | undefined;
    for (const raw of outputLines(`${run.stderr}\n${run.stdout}`)) {
      const m = LEVEL.exec(raw);
      if (!m) {
        if (/^Configuration file is valid|^Warnings were found/.test(raw)) continue;
        if (/no listener\) => exit\(2\)/.test(raw)) {
          findings.push({ message: raw.trim(), severity: DiagnosticSeverity.Warning });
          last = undefined;
        } else if (last && /^\s/.test(raw)) last.message += `\n${raw.trim()}`;
        else summaries.push(raw.trim());
        continue;
      }
      last = undefined;
      const [, level, rest] = m;
      if (level === 'NOTICE' || level === 'INFO' || level === 'DIAG') continue;
      if (SUMMARY.test(rest)) {
        summaries.push(rest);
        continue;
      }
      const severity = level === 'ALERT' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
      const w = WHERE.exec(rest);
      last = w
        ? sameFile(w[1], file)
          ? { line: Number(w[2]), message: w[3], severity }
          : { message: `${w[1]}:${w[2]}: ${w[3]}`, severity }
        : { message: rest, severity };
      findings.push(last);
    }
    if (run.code !== 0 && run.code !== 2 && !findings.some((f) => f.severity === DiagnosticSeverity.Error)) {
      findings.push(unexplained('haproxy -c', run.code, summaries.at(-1)));
    }
    return toDiagnostics(findings, text, SOURCE, HOST);
  },
};
