import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { brief, parsed, tool } from './fixtures';

describe('native: corosync -t', () => {
  it('runs corosync -t -c FILE', () => {
    assert.deepEqual(tool('corosync').prepare('/x/corosync.conf', { tmpDir: '/tmp' }).args, ['-t', '-c', '/x/corosync.conf']);
    assert.equal(tool('corosync').source, 'corosync -t');
  });

  it('a parser error names its line', () => {
    assert.deepEqual(brief(parsed('corosync', 'parser-error.conf')), [
      '5 E Value of key "totem.token" is expected to be integer in range (0..4294967295), but "soon" was given',
    ]);
  });

  it('a later check has no line: line 1, without the time stamp and the exit notice', () => {
    assert.deepEqual(brief(parsed('corosync', 'semantic-error.conf')), ['1 E parse error in config: This totem parser can only parse version 2 configurations.']);
  });

  it('not finding this machine in the nodelist is host-dependent', () => {
    const diags = parsed('corosync', 'not-this-host.conf');
    assert.equal(diags.length, 1);
    assert.equal(diags[0].severity, 2);
    assert.equal(diags[0].code, 'host-dependent');
    assert.match(diags[0].message, /No valid name found for local host/);
  });

  it('a valid file gives nothing (its notices are dropped)', () => {
    assert.deepEqual(parsed('corosync', 'valid.conf'), []);
  });

  it('a rejection with nothing on stderr (the log went elsewhere) still gives an error', () => {
    const diags = tool('corosync').parse({ stdout: '', stderr: '', code: 8 }, '/x/c.conf', 'totem {\n}\n');
    assert.equal(diags.length, 1);
    assert.equal(diags[0].severity, 1);
    assert.match(diags[0].message, /^corosync -t rejected the file \(exit 8\): its message went to the log targets/);
  });
});
