import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { mergeDiagnostics, shiftForEdits } from '../../../server/src/native/merge';

const E: DiagnosticSeverity = DiagnosticSeverity.Error;
const W: DiagnosticSeverity = DiagnosticSeverity.Warning;

function diag(line: number, message: string, severity: DiagnosticSeverity, source: string, extra: Partial<Diagnostic> = {}, cols: [number, number] = [0, 10]): Diagnostic {
  return { range: { start: { line, character: cols[0] }, end: { line, character: cols[1] } }, severity, source, message, ...extra };
}
const own = (line: number, message: string, severity: DiagnosticSeverity = E, extra: Partial<Diagnostic> = {}, cols?: [number, number]) =>
  diag(line, message, severity, 'haconf', extra, cols);
const tool = (line: number, message: string, severity: DiagnosticSeverity = E) => diag(line, message, severity, 'haproxy -c', {}, [2, 30]);

describe('mergeDiagnostics', () => {
  it('keeps one diagnostic where both report an error on one line: haconf range, code and data, the tool words added', () => {
    const mine = own(4, "unknown keyword 'balanse'", E, { code: 'schema.unknown-keyword', data: { suggestions: ['balance'] } }, [4, 11]);
    const merged = mergeDiagnostics([mine], [tool(4, "unknown keyword 'balanse' in 'backend' section; did you mean 'balance' maybe ?")]);
    assert.equal(merged.length, 1);
    const [m] = merged;
    assert.equal(m.source, 'haconf');
    assert.equal(m.code, 'schema.unknown-keyword');
    assert.deepEqual(m.range, mine.range);
    assert.deepEqual((m.data as { suggestions: string[] }).suggestions, ['balance']);
    assert.deepEqual((m.data as { nativeSources: string[] }).nativeSources, ['haproxy -c']);
    assert.equal(m.message, "unknown keyword 'balanse' (haproxy -c: unknown keyword 'balanse' in 'backend' section; did you mean 'balance' maybe ?)");
    assert.equal(mine.message, "unknown keyword 'balanse'", 'the input is not modified');
  });

  it("keeps the tool's diagnostic as it is where haconf has nothing on that line", () => {
    const t = tool(7, "'server' : invalid address: 'web1:80x'");
    const merged = mergeDiagnostics([own(2, 'something else')], [t]);
    assert.equal(merged.length, 2);
    assert.deepEqual(merged[1], t);
    assert.deepEqual(merged.map((d) => d.range.start.line), [2, 7]);
  });

  it('keeps both when severities differ on one line (likely different problems)', () => {
    const merged = mergeDiagnostics([own(3, "'reqadd' is deprecated", W)], [tool(3, 'parsing error', E)]);
    assert.equal(merged.length, 2);
    assert.deepEqual(merged.map((d) => d.source).sort(), ['haconf', 'haproxy -c']);
  });

  it('merges two warnings on one line too', () => {
    const merged = mergeDiagnostics([own(9, 'deprecated', W)], [tool(9, "'option httpclose' is deprecated", W)]);
    assert.equal(merged.length, 1);
    assert.match(merged[0].message, /^deprecated \(haproxy -c: 'option httpclose' is deprecated\)$/);
  });

  it('drops repeated tool diagnostics and folds several tool messages into the first haconf diagnostic of the line', () => {
    const merged = mergeDiagnostics(
      [own(1, 'first'), own(1, 'second', E, {}, [12, 14])],
      [tool(1, 'a'), tool(1, 'a'), tool(1, 'b'), tool(2, 'c'), tool(2, 'c')],
    );
    assert.deepEqual(
      merged.map((d) => d.message),
      ['first (haproxy -c: a; haproxy -c: b)', 'second', 'c'],
    );
  });

  it('puts multi-line tool messages on one line and orders the result by position', () => {
    const merged = mergeDiagnostics([own(5, 'x', E, {}, [6, 8]), own(0, 'y', W)], [tool(5, 'line one\n   line two'), tool(1, 'z', W)]);
    assert.deepEqual(
      merged.map((d) => `${d.range.start.line}:${d.message}`),
      ['0:y', '1:z', '5:x (haproxy -c: line one line two)'],
    );
  });

  it('returns haconf diagnostics unchanged (a copy) when the tool said nothing', () => {
    const list = [own(0, 'a')];
    const merged = mergeDiagnostics(list, []);
    assert.deepEqual(merged, list);
    assert.notEqual(merged, list);
  });

  it('leaves data of another shape alone', () => {
    const merged = mergeDiagnostics([own(0, 'a', E, { data: ['x'] })], [tool(0, 'b')]);
    assert.deepEqual(merged[0].data, ['x']);
  });
});

describe('shiftForEdits', () => {
  const list = [tool(2, 'two'), tool(5, 'five'), tool(9, 'nine')];
  const at = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
  const lines = (l: Diagnostic[]) => l.map((d) => `${d.range.start.line}:${d.message}`);

  it('drops the diagnostics on an edited line and keeps the others in place for a same-line edit', () => {
    assert.deepEqual(lines(shiftForEdits(list, [{ range: at(5, 3, 5, 3), text: 'x' }])), ['2:two', '9:nine']);
  });

  it('moves the diagnostics below an inserted line break', () => {
    assert.deepEqual(lines(shiftForEdits(list, [{ range: at(5, 8, 5, 8), text: '\n  ' }])), ['2:two', '10:nine']);
  });

  it('keeps a line whose text only moved: whole lines inserted above it or deleted before it', () => {
    assert.deepEqual(lines(shiftForEdits(list, [{ range: at(5, 0, 5, 0), text: 'a\nb\n' }])), ['2:two', '7:five', '11:nine']);
    assert.deepEqual(lines(shiftForEdits(list, [{ range: at(3, 0, 5, 0), text: '' }])), ['2:two', '3:five', '7:nine']);
    // A line joined to an inserted text that does not end a line is edited.
    assert.deepEqual(lines(shiftForEdits(list, [{ range: at(3, 0, 5, 0), text: 'x' }])), ['2:two', '7:nine']);
  });

  it('drops every diagnostic in a deleted block and applies changes in order', () => {
    const out = shiftForEdits(list, [
      { range: at(4, 2, 6, 1), text: '' }, // joins lines 4..6: 'five' dropped, 'nine' moves to 7
      { range: at(0, 0, 0, 0), text: '# head\n' }, // everything moves down one
    ]);
    assert.deepEqual(lines(out), ['3:two', '8:nine']);
    assert.equal(out[1].range.end.line, 8);
    assert.equal(out[1].range.start.character, 2, 'the columns are kept');
  });

  it('drops everything when the whole text is replaced', () => {
    assert.deepEqual(shiftForEdits(list, [{ text: 'new text' }]), []);
  });
});
