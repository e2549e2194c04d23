/**
 * `corosync -t -c FILE`: corosync parses the file and checks the totem, nodelist and quorum settings, then exits.
 * Exit 0 OK, 8 error, 7 the log file could not be opened. Parser errors name the line
 * (`parser error: FILE:LINE: message`); later checks print a log line with no line number
 * (`Mon DD HH:MM:SS.mmm error [MAIN ] parse error in config: message`) to the log targets the file configures, so a
 * file that logs only to a file may be rejected without a word on stderr.
 * It must find this machine in the nodelist and, with crypto on, read /etc/corosync/authkey: on another machine these
 * are reported but marked host-dependent (warnings).
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { NativeTool } from '../types';
import { outputLines, sameFile, toDiagnostics, unexplained, type Finding } from '../parse';

const SOURCE = 'corosync -t';
const PARSER = /^parser error:\s*(.+?):(\d+):\s*(.*)$/;
const LOG = /^(?:\w{3}\s+\d+\s+[\d:.]+\s+)?(emerg|alert|crit|error|warning|notice|info|debug|trace)\s+\[[^\]]*\]\s*(.*)$/;
const HOST = [/No valid name found for local host/i, /authkey/i, /could not open/i, /can'?t open/i, /No such file or directory/i];

export const corosync: NativeTool = {
  id: 'corosync',
  format: 'corosync',
  source: SOURCE,
  command: 'corosync',
  install: 'sudo apt install corosync (Debian, Ubuntu) or sudo dnf install corosync (Fedora, RHEL)',
  prepare(file) {
    return { args: ['-t', '-c', file] };
  },
  parse(run, file, text) {
    const findings: Finding[] = [];
    for (const raw of outputLines(`${run.stderr}\n${run.stdout}`)) {
      const line = raw.trim();
      const p = PARSER.exec(line);
      if (p) {
        if (sameFile(p[1], file)) findings.push({ line: Number(p[2]), message: p[3], severity: DiagnosticSeverity.Error });
        else findings.push({ message: `${p[1]}:${p[2]}: ${p[3]}`, severity: DiagnosticSeverity.Error });
        continue;
      }
      const l = LOG.exec(line);
      const level = l?.[1] ?? (/error/i.test(line) ? 'error' : 'warning');
      const message = l ? l[2] : line;
      if (/Corosync Cluster Engine exiting/.test(message)) continue;
      if (!/^(emerg|alert|crit|error|warning)$/.test(level)) continue;
      findings.push({ message, severity: level === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error });
    }
    if (run.code !== 0 && !findings.some((f) => f.severity === DiagnosticSeverity.Error)) {
      findings.push(
        unexplained(SOURCE, run.code, run.code === 7 ? 'the log file it configures could not be opened' : 'its message went to the log targets the file configures, not to stderr'),
      );
    }
    return toDiagnostics(findings, text, SOURCE, HOST);
  },
};
