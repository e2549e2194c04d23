/**
 * `ceph-conf -c FILE -L`: Ceph's configuration parser reads the file and lists its sections. Exit 0 OK, 1 error.
 * It checks the INI syntax only (a line without `=`, an unclosed `[` or quote, a missing final newline, an indented
 * section header): unknown options and bad values pass. Its words:
 * `global_init: error reading config file. parse error: expected '...' in line N at position M`.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { NativeTool } from '../types';
import { outputLines, toDiagnostics, unexplained, type Finding } from '../parse';

const SOURCE = 'ceph-conf';
const WHERE = /^(.*?)\bin line (\d+)(?: at position (\d+))?(.*)$/;
/** The time stamp and thread id of Ceph's log lines. */
const STAMP = /^\d{4}-\d\d-\d\dT[\d:.]+[+-]\d{4}\s+[0-9a-f]+\s+-?\d+\s+/;

export const cephConf: NativeTool = {
  id: 'ceph-conf',
  format: 'ceph',
  source: SOURCE,
  command: 'ceph-conf',
  install: 'sudo apt install ceph-common (Debian, Ubuntu) or sudo dnf install ceph-common (Fedora, RHEL)',
  prepare(file) {
    // CEPH_ARGS would add options of the user's own; -c names the only file read.
    return { args: ['-c', file, '-L'], env: { CEPH_ARGS: '' } };
  },
  parse(run, _file, text) {
    const findings: Finding[] = [];
    const stderr = outputLines(run.stderr).map((l) => l.replace(STAMP, '').trim());
    for (const line of stderr) {
      if (/^did not load config file/.test(line)) continue;
      const m = /parse error:\s*(.*)$/.exec(line);
      const message = m ? `parse error: ${m[1]}` : line;
      const w = WHERE.exec(message);
      const severity = run.code === 0 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
      findings.push(w ? { line: Number(w[2]), message: message.trim(), severity } : { message, severity });
    }
    // ceph-conf says "Errors while parsing config file!" beside the real reason: keep the reason when there is one.
    const reasons = findings.filter((f) => !/^Errors while parsing config file!?$/.test(f.message));
    const kept = reasons.length ? reasons : findings;
    if (run.code !== 0 && !kept.some((f) => f.severity === DiagnosticSeverity.Error)) kept.push(unexplained(SOURCE, run.code, undefined));
    return toDiagnostics(kept, text, SOURCE);
  },
};
