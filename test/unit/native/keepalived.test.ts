import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { brief, parsed, tool } from './fixtures';

describe('native: keepalived -t', () => {
  it('runs keepalived -t -f FILE', () => {
    assert.deepEqual(tool('keepalived').prepare('/x/keepalived.conf', { tmpDir: '/tmp' }).args, ['-t', '-f', '/x/keepalived.conf']);
    assert.equal(tool('keepalived').source, 'keepalived -t');
  });

  it('reads (FILE: Line N) and (Line N) messages once each, bare ones at line 1', () => {
    assert.deepEqual(brief(parsed('keepalived', 'errors.conf')), [
      "15 E Extra '}' found",
      "15 E Unknown keyword '}'",
      "6 E (VI_1) unknown state 'PRIMARY', defaulting to BACKUP",
      "8 E number '300' outside range [1, 255]",
      "8 E (VI_1): VRID '300' not valid - must be between 1 & 255",
      "10 E Unknown keyword 'advert_intt'",
      '1 E (VI_1) the virtual router id must be set',
    ]);
  });

  it('an interface the machine lacks is a host-dependent warning', () => {
    const diags = parsed('keepalived', 'nointerface.conf');
    assert.deepEqual(
      diags.map((d) => [d.range.start.line, d.severity, d.code]),
      [
        [2, 2, 'host-dependent'],
        [0, 2, 'host-dependent'],
      ],
    );
    assert.match(diags[0].message, /interface haconf-none0 for vrrp_instance VI_1 doesn't exist/);
  });

  it('a valid file gives nothing', () => {
    assert.deepEqual(parsed('keepalived', 'valid.conf'), []);
  });

  it('messages said with exit 0 are warnings', () => {
    const diags = tool('keepalived').parse({ stdout: '', stderr: '(k.conf: Line 2) something odd\n', code: 0 }, '/x/k.conf', 'a\nb\n');
    assert.deepEqual(brief(diags), ['2 W something odd']);
  });
});
