/** What the schema diagnostics need to know about corosync. */
import type { TextSource } from '../../service/text';
import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver-types';
import type { CheckSpec } from '../../service/format';
import { nodeLabel, type ConfigNode } from '../../service/model';
import { unclosedBlock } from '../../service/features/syntax';
import { corosyncSpec } from './values';

/** The logging options corosync.conf(5) allows in a `logger_subsys` block as well. */
const LOGGING = ['debug', 'to_syslog', 'to_logfile', 'to_stderr', 'logfile', 'logfile_priority', 'syslog_facility', 'syslog_priority', 'timestamp', 'fileline', 'function_name'];

export const corosyncCheck: CheckSpec = {
  values: { spec: corosyncSpec },
  // `corosync -t` accepts unknown keys and keys in the wrong section: a warning at most.
  unknown: 'warning',
  types: ['block', 'directive'],
  noun: 'key',
  // `ring0_addr`, `ring1_addr`, ... are the census's `ringX_addr`.
  canonicalKeyword: (keyword) => keyword.replace(/^ring\d+_addr$/, 'ringX_addr'),
  supplement: {
    'logging/logger_subsys': LOGGING,
    // corosync-qdevice(8): the sections and keys of `quorum { device { ... } }`.
    'quorum/device': ['model', 'net', 'heuristics', 'votes', 'timeout', 'sync_timeout'],
  },
};

/** The key corosync's parser demands in each subsection of the top-level `logging` section (coroparse: "No subsys key
 * in logger_subsys directive", "No name key in logging_daemon directive"; corosync -t 3.1.7 names the subsection's
 * closing brace). Elsewhere (a `logger_subsys` at the top level or in another section) corosync does not look. */
const LOGGING_SUBSECTION_KEY: Record<string, string> = { logger_subsys: 'subsys', logging_daemon: 'name' };

/** Per top-level node (FormatDefinition.nodeDiagnostics): a block still open at the end of the file, and a `logging`
 * subsection without the key that names it. */
export function corosyncNodeDiagnostics(top: ConfigNode, text: TextSource, positionAt: (offset: number) => Position): Diagnostic[] {
  if (top.kind !== 'block') return [];
  const out: Diagnostic[] = [];
  if (!top.close) out.push(endOfFileInside(top, text, positionAt));
  if (top.keyword === 'logging') loggingSubsections(top, out);
  return out;
}

/**
 * A top-level block never closed runs to the end of the file, where corosync notices it: "parser error: FILE:LINE:
 * Missing closing brace", LINE being the file's last line. The syntax diagnostics blame the block whose '}' went
 * missing, on its opening line; this names the line corosync names. The node ends where the file does, so an edit
 * there replaces it and the line is worked out again.
 */
function endOfFileInside(top: ConfigNode, text: TextSource, positionAt: (offset: number) => Position): Diagnostic {
  const end = top.endIndex;
  const last = positionAt(end > 0 && text.charCodeAt(end - 1) === 10 ? end - 1 : end);
  const open = unclosedBlock([top]) ?? top;
  return {
    range: { start: { line: last.line, character: 0 }, end: last },
    severity: DiagnosticSeverity.Error,
    source: 'haconf',
    code: 'syntax.unclosed-block',
    // No line numbers in the message: it is kept while edits above the node move it.
    message: `the file ends before block '${nodeLabel(open)}' is closed: a '}' is missing`,
  };
}

function loggingSubsections(top: ConfigNode, out: Diagnostic[]): void {
  for (const sub of top.children) {
    const key = sub.kind === 'block' ? LOGGING_SUBSECTION_KEY[sub.keyword] : undefined;
    if (!key || sub.children.some((c) => c.kind === 'directive' && c.keyword === key)) continue;
    out.push({
      range: sub.close ?? sub.keywordRange,
      severity: DiagnosticSeverity.Error,
      source: 'haconf',
      code: 'syntax.logging-subsection-key',
      message:
        key === 'subsys'
          ? "this logger_subsys has no 'subsys' key: corosync refuses a logger_subsys section that does not name the subsystem it configures (e.g. subsys: QUORUM)"
          : "this logging_daemon has no 'name' key: corosync refuses a logging_daemon section that does not name the daemon it configures",
    });
  }
}
