/** Value checks are part of diagnose(): errors in a clean file, warnings where a syntax error makes blocks a guess. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { diagnose } from '../../../server/src/service';
import { open } from '../../helpers';

const KA = `vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 300
    virtual_ipaddress {
        192.168.1.100/24
    }
}
`;

describe('value diagnostics in diagnose()', () => {
  it('reports an out-of-range keepalived priority at its value', async () => {
    const doc = await open('keepalived', KA);
    const d = diagnose(doc).filter((x) => String(x.code).startsWith('value.'));
    assert.deepEqual(
      d.map((x) => [x.range.start.line, x.range.start.character, x.severity, x.code]),
      [[4, 13, 1, 'value.integer-range']],
    );
    assert.match(d[0].message, /priority must be between 1 and 255/);
  });

  it('lowers them to warnings when the file has a syntax error', async () => {
    const doc = await open('keepalived', KA.replace(/\n}\n$/, '\n'));
    const d = diagnose(doc);
    assert.ok(d.some((x) => x.code === 'syntax.unclosed-block' && x.severity === 1));
    assert.deepEqual(d.filter((x) => String(x.code).startsWith('value.')).map((x) => x.severity), [2]);
  });

  it('says nothing about valid values', async () => {
    const doc = await open('keepalived', KA.replace('priority 300', 'priority 150'));
    assert.deepEqual(diagnose(doc), []);
  });
});
