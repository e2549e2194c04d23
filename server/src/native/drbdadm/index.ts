/**
 * `drbdadm -c FILE dump all`: drbdadm parses the file (and what it includes) and prints it back. Exit 0 OK, 10 error.
 * Its lines: `FILE:LINE: message`, a continuation indented with a tab (`Parse error: ';' expected,` then
 * `\tbut got 'node-id'`). drbdadm also checks the `on HOST` section of this machine (its addresses must be local): the
 * run pretends to be a host that no section names (`__DRBD_NODE__`), so that only the file is checked.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { NativeTool } from '../types';
import { outputLines, sameFile, toDiagnostics, unexplained, type Finding } from '../parse';

const SOURCE = 'drbdadm dump';
const WHERE = /^(.+?):(\d+):\s*(.*)$/;
/** Chatter that is not about the file. */
const NOISE = [/^sh: \d+: modinfo: not found/, /found __DRBD_NODE__ in environment/, /PRETENDING that I am/];
const HOST = [/Could not get drbd-module-version/i, /Module not loaded/i, /Failed to open include file/i, /No such file or directory/i];
/** A host name no `on` section will use. */
export const NO_HOST = 'haconf-check.invalid';

export const drbdadm: NativeTool = {
  id: 'drbdadm',
  format: 'drbd',
  source: SOURCE,
  command: 'drbdadm',
  install: 'sudo apt install drbd-utils (Debian, Ubuntu) or sudo dnf install drbd-utils (Fedora, RHEL)',
  prepare(file) {
    return { args: ['-c', file, 'dump', 'all'], env: { __DRBD_NODE__: NO_HOST } };
  },
  parse(run, file, text) {
    const findings: Finding[] = [];
    let last: Finding | undefined;
    // stdout is the dump itself: only stderr has the messages.
    for (const raw of outputLines(run.stderr)) {
      if (NOISE.some((re) => re.test(raw))) continue;
      if (/^\s/.test(raw) && last) {
        last.message += ` ${raw.trim()}`;
        continue;
      }
      const line = raw.trim();
      const severity = /^warn/i.test(line) || run.code === 0 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
      const w = WHERE.exec(line);
      if (w && /^\d+$/.test(w[2]) && !/\s/.test(w[1])) {
        last = sameFile(w[1], file) ? { line: Number(w[2]), message: w[3], severity } : { message: `${w[1]}:${w[2]}: ${w[3]}`, severity };
      } else last = { message: line, severity };
      findings.push(last);
    }
    if (run.code !== 0 && !findings.some((f) => f.severity === DiagnosticSeverity.Error)) findings.push(unexplained(SOURCE, run.code, undefined));
    return toDiagnostics(findings, text, SOURCE, HOST);
  },
};
