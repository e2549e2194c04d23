/**
 * `keepalived -t -f FILE` (--config-test): keepalived reads the configuration as its parent and child processes
 * would and says what it does not like. Exit 0 OK, 4 fatal (often an interface the host does not have), 5 config
 * errors, 6 only script-security complaints. Its lines: `(FILE: Line N) message`, `(Line N) message` (the main file),
 * or a bare message; the same message often comes once per subsystem.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { NativeTool } from '../types';
import { outputLines, sameFile, toDiagnostics, unexplained, type Finding } from '../parse';

const SOURCE = 'keepalived -t';
/** The script-security complaints (exit 6). */
export const SECURITY = /SECURITY VIOLATION|script_security|enable_script_security|insecure|unsafe.*script|script.*unsafe/i;
const WHERE = /^\((?:(.+?): )?Line (\d+)\)\s*(.*)$/;
/** Messages about the machine, not the file: its interfaces and its users. */
const HOST = [/interface \S+ .*doesn'?t exist/i, /Non-existent interface/i, /Unknown interface/i, /default user/i, /No such file or directory/i];

export const keepalived: NativeTool = {
  id: 'keepalived',
  format: 'keepalived',
  source: SOURCE,
  command: 'keepalived',
  install: 'sudo apt install keepalived (Debian, Ubuntu) or sudo dnf install keepalived (Fedora, RHEL)',
  prepare(file) {
    return { args: ['-t', '-f', file] };
  },
  parse(run, file, text) {
    // Exit 6 is said for script-security complaints (scripts would run as root), and then hides the other problems'
    // exit 5: the complaints themselves are warnings, the rest errors as with exit 5.
    const failed = run.code !== 0;
    const severity = (message: string): DiagnosticSeverity =>
      /^WARNING\b/i.test(message) || SECURITY.test(message) || !failed ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
    const findings: Finding[] = [];
    for (const raw of outputLines(`${run.stderr}\n${run.stdout}`)) {
      const line = raw.trim();
      const w = WHERE.exec(line);
      if (!w) {
        findings.push({ message: line, severity: severity(line) });
        continue;
      }
      const [, printed, n, message] = w;
      if (printed === undefined || sameFile(printed, file)) findings.push({ line: Number(n), message, severity: severity(message) });
      else findings.push({ message: `${printed}:${n}: ${message}`, severity: severity(message) });
    }
    if (failed && findings.length === 0) findings.push(unexplained(SOURCE, run.code, undefined));
    return toDiagnostics(findings, text, SOURCE, HOST);
  },
};
