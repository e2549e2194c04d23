/** The captured tool outputs under test/fixtures/native/<tool>/ (tools/capture-native-fixtures.mjs made them). */
import * as fs from 'fs';
import * as path from 'path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { nativeTools, type NativeRun, type NativeTool } from '../../../server/src/native';
import { ROOT } from '../../helpers';

export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'native');

export function tool(id: string): NativeTool {
  const t = Object.values(nativeTools).find((x) => x.id === id);
  if (!t) throw new Error(`no native tool ${id}`);
  return t;
}

/** The input text and the captured run of a fixture. */
export function fixture(toolId: string, name: string): { text: string; run: NativeRun; args: string[] } {
  const dir = path.join(FIXTURES, toolId);
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  const out = JSON.parse(fs.readFileSync(path.join(dir, `${name}.out.json`), 'utf8'));
  return { text, run: { stdout: out.stdout, stderr: out.stderr, code: out.code }, args: out.args };
}

/** Parses a fixture's captured output as the adapter would (the file named as the tool was given it). */
export function parsed(toolId: string, name: string): Diagnostic[] {
  const { text, run } = fixture(toolId, name);
  return tool(toolId).parse(run, `/fixture/${name}`, text);
}

/** `LINE SEVERITY message` for each diagnostic (line 1-based, E/W/I), to compare in one assertion. */
export function brief(diags: Diagnostic[]): string[] {
  const sev = (s?: DiagnosticSeverity) => (s === DiagnosticSeverity.Error ? 'E' : s === DiagnosticSeverity.Warning ? 'W' : 'I');
  return diags.map((d) => `${d.range.start.line + 1} ${sev(d.severity)} ${d.message}`);
}
