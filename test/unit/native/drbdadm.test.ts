import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { NO_HOST } from '../../../server/src/native/drbdadm';
import { brief, parsed, tool } from './fixtures';

describe('native: drbdadm dump', () => {
  it('runs drbdadm -c FILE dump all as a host no section names', () => {
    const p = tool('drbdadm').prepare('/x/r0.res', { tmpDir: '/tmp' });
    assert.deepEqual(p.args, ['-c', '/x/r0.res', 'dump', 'all']);
    assert.deepEqual(p.env, { __DRBD_NODE__: NO_HOST });
    assert.equal(tool('drbdadm').format, 'drbd');
  });

  it('joins the tab-indented continuation to its parse error', () => {
    assert.deepEqual(brief(parsed('drbdadm', 'missing-semicolon.res')), ["7 E Parse error: ';' expected, but got 'node-id' (TK 277)"]);
    assert.deepEqual(brief(parsed('drbdadm', 'unknown-option.res')), ["4 E Parse error: 'an option keyword' expected, but got 'max-buffer'"]);
  });

  it('reads an absolute path as the checked file', () => {
    assert.deepEqual(brief(parsed('drbdadm', 'no-node-id.res')), ["9 E in resource r0, on bob { ... }: 'node-id' keyword missing."]);
  });

  it('a valid file gives nothing: the dump on stdout and the modinfo chatter are ignored', () => {
    assert.deepEqual(parsed('drbdadm', 'valid.res'), []);
  });
});
