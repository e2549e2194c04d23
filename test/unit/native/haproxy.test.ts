import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { brief, fixture, parsed, tool } from './fixtures';

describe('native: haproxy -c', () => {
  it('runs haproxy -c -dr -f FILE (argument array)', () => {
    assert.deepEqual(tool('haproxy').prepare('/x/haproxy.cfg', { tmpDir: '/tmp' }).args, ['-c', '-dr', '-f', '/x/haproxy.cfg']);
    assert.equal(tool('haproxy').format, 'haproxy');
    assert.equal(tool('haproxy').source, 'haproxy -c');
  });

  it('reads each ALERT and WARNING at its line, drops the notices and the closing summaries', () => {
    assert.deepEqual(brief(parsed('haproxy', 'errors.cfg')), [
      "12 E unknown keyword 'optoin' in 'frontend' section; did you mean 'option' maybe ?",
      "13 E error detected while parsing switching rule : no such ACL : 'missing_acl'.",
      "17 E balance only supports 'roundrobin', 'static-rr', 'leastconn', 'source', 'uri', 'url_param', 'hdr(name)' and 'rdp-cookie(name)' options.",
      "18 E 'server app/a1' : weight of server a1 is not within 0 and 256 (700)..",
      "19 W 'bind-process' has no effect, is deprecated, and will be removed in version 2.7.",
    ]);
  });

  it('ranges cover the line trimmed to its text, with the source set', () => {
    const d = parsed('haproxy', 'errors.cfg')[0];
    const { text } = fixture('haproxy', 'errors.cfg');
    const line = text.split('\n')[11];
    assert.deepEqual(d.range, { start: { line: 11, character: 4 }, end: { line: 11, character: line.trimEnd().length } });
    assert.equal(d.source, 'haproxy -c');
  });

  it('a server name that does not resolve is a host-dependent warning on a valid file', () => {
    const diags = parsed('haproxy', 'valid.cfg');
    assert.equal(diags.length, 1);
    assert.equal(diags[0].severity, 2);
    assert.equal(diags[0].range.start.line, 16);
    assert.equal(diags[0].code, 'host-dependent');
    assert.match(diags[0].message, /could not resolve address 'app2\.haconf\.invalid'/);
  });

  it('exit 2 (nothing to listen on) is a warning, not an error', () => {
    assert.deepEqual(brief(parsed('haproxy', 'nolistener.cfg')), ['1 W Configuration file has no error but will not start (no listener) => exit(2).']);
  });

  it('a non-zero exit without a readable message still gives one error at line 1', () => {
    const diags = tool('haproxy').parse({ stdout: '', stderr: '[ALERT]    (1) : config : Fatal errors found in configuration.\n', code: 1 }, '/x/h.cfg', 'global\n');
    assert.deepEqual(brief(diags), ['1 E haproxy -c rejected the file (exit 1): Fatal errors found in configuration.']);
  });

  it('a line of another file stays in the message, at line 1', () => {
    const diags = tool('haproxy').parse(
      { stdout: '', stderr: "[ALERT]    (1) : config : parsing [/etc/haproxy/other.cfg:7] : unknown keyword 'x' in 'global' section\n", code: 1 },
      '/x/haproxy.cfg',
      'global\n',
    );
    assert.deepEqual(brief(diags), ["1 E /etc/haproxy/other.cfg:7: unknown keyword 'x' in 'global' section"]);
  });
});
