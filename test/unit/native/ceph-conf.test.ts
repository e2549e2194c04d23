import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { brief, parsed, tool } from './fixtures';

describe('native: ceph-conf', () => {
  it('runs ceph-conf -c FILE -L', () => {
    assert.deepEqual(tool('ceph-conf').prepare('/x/ceph.conf', { tmpDir: '/tmp' }).args, ['-c', '/x/ceph.conf', '-L']);
    assert.equal(tool('ceph-conf').format, 'ceph');
  });

  it('reads "in line N" of its parse errors', () => {
    assert.deepEqual(brief(parsed('ceph-conf', 'no-equals.conf')), ["3 E parse error: expected '<eoi>' in line 3 at position 1"]);
    assert.deepEqual(brief(parsed('ceph-conf', 'unclosed-section.conf')), ['4 E parse error: expected \'"]"\' in line 4 at position 7']);
    assert.deepEqual(brief(parsed('ceph-conf', 'no-final-newline.conf')), ["2 E parse error: expected '<empty_line>' in line 2 at position 44"]);
  });

  it('a valid file (unknown options included: ceph-conf does not check them) gives nothing', () => {
    assert.deepEqual(parsed('ceph-conf', 'valid.conf'), []);
  });

  it('drops the time stamp of its log lines and keeps the reason over the summary', () => {
    const stderr =
      '2026-11-25T14:38:50.413+0000 7f8b6901ed80 -1 Errors while parsing config file!\n2026-11-25T14:38:50.413+0000 7f8b6901ed80 -1 can\'t open x.conf: (13) Permission denied\n';
    assert.deepEqual(brief(tool('ceph-conf').parse({ stdout: '', stderr, code: 1 }, '/x/x.conf', '[global]\n')), ["1 E can't open x.conf: (13) Permission denied"]);
  });
});
