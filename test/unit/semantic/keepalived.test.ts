/** keepalived semantic checks (server/src/formats/keepalived/semantic.ts): each rule fires where it should, stays
 * silent where keepalived is content, and picks the severity `keepalived -t` (2.2.7) gives the same mistake. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnose } from '../../../server/src/service';
import { keepalivedSemantic } from '../../../server/src/formats/keepalived/semantic';
import { conceptById } from '../../../server/src/knowledge';
import { open } from '../../helpers';

const SEV = ['', 'error', 'warning', 'information', 'hint'];

async function diagnostics(text: string, code?: string): Promise<Diagnostic[]> {
  const doc = await open('keepalived', text);
  const out = diagnose(doc).filter((d) => String(d.code).startsWith('keepalived.') && (!code || d.code === code));
  doc.dispose();
  return out;
}

/** The semantic findings of a text: `line:code:severity` (line 1-based). */
async function findings(text: string, code?: string): Promise<string[]> {
  return (await diagnostics(text, code)).map((d) => `${d.range.start.line + 1}:${String(d.code)}:${SEV[d.severity!]}`);
}

/** A complete instance; `extra` lines go inside it. */
function instance(name: string, opts: { iface?: string; vrid?: string; priority?: string; vip?: string; extra?: string[] } = {}): string {
  const lines = [`vrrp_instance ${name} {`];
  if (opts.iface !== '') lines.push(`    interface ${opts.iface ?? 'eth0'}`);
  if (opts.vrid !== '') lines.push(`    virtual_router_id ${opts.vrid ?? '51'}`);
  if (opts.priority !== '') lines.push(`    priority ${opts.priority ?? '100'}`);
  lines.push(...(opts.extra ?? []));
  if (opts.vip !== '') lines.push('    virtual_ipaddress {', `        ${opts.vip ?? '10.0.0.100/24'}`, '    }');
  lines.push('}');
  return lines.join('\n') + '\n';
}

describe('keepalived semantic rules: metadata', () => {
  it('have unique keepalived.* codes, a description and a known concept', () => {
    const codes = keepalivedSemantic.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const r of keepalivedSemantic) {
      assert.match(r.code, /^keepalived\.[a-z0-9-]+$/);
      assert.ok(r.description.length > 10, r.code);
      if (r.concept) assert.ok(conceptById(r.concept), `${r.code}: unknown concept ${r.concept}`);
    }
  });
});

describe('keepalived: what a vrrp_instance needs', () => {
  it('gives a complete instance no finding', async () => {
    assert.deepEqual(await findings(instance('VI_1')), []);
  });

  it('reports a missing interface and virtual_router_id as errors on the instance name', async () => {
    const text = instance('VI_1', { iface: '', vrid: '' });
    assert.deepEqual(await findings(text), ['1:keepalived.vrrp-missing-interface:error', '1:keepalived.vrrp-missing-vrid:error']);
    const [d] = await diagnostics(text, 'keepalived.vrrp-missing-interface');
    assert.equal(d.range.start.character, 'vrrp_instance '.length);
  });

  it("accepts no interface when global_defs sets 'default_interface'", async () => {
    const text = 'global_defs {\n    default_interface eth1\n}\n' + instance('VI_1', { iface: '' });
    assert.deepEqual(await findings(text, 'keepalived.vrrp-missing-interface'), []);
  });

  it('notes a missing priority (100, or 255 for MASTER) as information', async () => {
    const text = instance('VI_1', { priority: '' }) + instance('VI_2', { vrid: '52', priority: '', extra: ['    state MASTER'] });
    assert.deepEqual(await findings(text), ['1:keepalived.vrrp-default-priority:information', '8:keepalived.vrrp-default-priority:information']);
    const diags = await diagnostics(text, 'keepalived.vrrp-default-priority');
    assert.match(diags[0].message, /keepalived uses 100/);
    assert.match(diags[1].message, /keepalived uses 255/);
  });

  it('reports an instance without a virtual IP address as an error (keepalived -t: "No VIP specified")', async () => {
    assert.deepEqual(await findings(instance('VI_1', { vip: '' })), ['1:keepalived.vrrp-no-vip:error']);
    const excludedOnly = instance('VI_1', { vip: '', extra: ['    virtual_ipaddress_excluded {', '        10.0.0.9', '    }'] });
    assert.deepEqual(await findings(excludedOnly), ['1:keepalived.vrrp-no-vip:error']);
    assert.deepEqual(await findings(instance('VI_1'), 'keepalived.vrrp-no-vip'), []);
  });

  it('says nothing of what an include or a $NAME definition in the instance may supply', async () => {
    const text = 'vrrp_instance VI_1 {\n    include /etc/keepalived/vi_1.conf\n}\n$COMMON=interface eth0\nvrrp_instance VI_2 {\n    $COMMON\n    virtual_router_id 52\n    priority 100\n    virtual_ipaddress {\n        10.0.0.2\n    }\n}\n';
    assert.deepEqual(await findings(text), []);
  });
});

describe('keepalived.duplicate-vrid', () => {
  it('reports one virtual_router_id used twice on one interface as an error, pointing at the first', async () => {
    const text = instance('VI_1') + instance('VI_2', { vip: '10.0.0.101/24' });
    assert.deepEqual(await findings(text), ['11:keepalived.duplicate-vrid:error']);
    const [d] = await diagnostics(text);
    assert.match(d.message, /like vrrp_instance 'VI_1' \(line 1\)/);
    assert.equal(d.relatedInformation![0].location.range.start.line, 2);
  });

  it('accepts the same id on another interface, for the other address family, or for another host', async () => {
    const text =
      instance('VI_1') +
      instance('VI_2', { iface: 'eth1' }) +
      instance('VI_3', { vip: 'fd00::1/64' }) +
      '@lb1 ' +
      instance('VI_4', { iface: 'eth2' }) +
      '@lb2 ' +
      instance('VI_5', { iface: 'eth2' });
    assert.deepEqual(await findings(text, 'keepalived.duplicate-vrid'), []);
  });
});

describe('keepalived.nopreempt-master', () => {
  it("warns about 'nopreempt' with state MASTER", async () => {
    assert.deepEqual(await findings(instance('VI_1', { extra: ['    state MASTER', '    nopreempt'] })), ['6:keepalived.nopreempt-master:warning']);
  });

  it('accepts nopreempt with state BACKUP', async () => {
    assert.deepEqual(await findings(instance('VI_1', { extra: ['    state BACKUP', '    nopreempt'] })), []);
  });
});

describe('keepalived.auth-pass-truncated and keepalived.auth-vrrp3', () => {
  const auth = (pass: string) => ['    authentication {', '        auth_type PASS', `        auth_pass ${pass}`, '    }'];

  it('reports an auth_pass longer than 8 characters as an error (keepalived -t: "Truncating auth_pass") and names what is kept', async () => {
    const text = instance('VI_1', { extra: auth('secret-password') });
    assert.deepEqual(await findings(text), ['7:keepalived.auth-pass-truncated:error']);
    assert.match((await diagnostics(text))[0].message, /uses only 'secret-p'/);
  });

  it('accepts 8 characters', async () => {
    assert.deepEqual(await findings(instance('VI_1', { extra: auth('12345678') })), []);
  });

  it('reports authentication under VRRP version 3, from global_defs or the instance (keepalived -t: "does not support authentication")', async () => {
    const global = 'global_defs {\n    vrrp_version 3\n}\n' + instance('VI_1', { extra: auth('secret') });
    assert.deepEqual(await findings(global), ['8:keepalived.auth-vrrp3:error']);
    const own = instance('VI_1', { extra: ['    version 3', ...auth('secret')] });
    assert.deepEqual(await findings(own), ['6:keepalived.auth-vrrp3:error']);
  });

  it('accepts authentication under version 2, also when the instance overrides a global version 3', async () => {
    assert.deepEqual(await findings(instance('VI_1', { extra: auth('secret') })), []);
    const text = 'global_defs {\n    vrrp_version 3\n}\n' + instance('VI_1', { extra: ['    version 2', ...auth('secret')] });
    assert.deepEqual(await findings(text), []);
  });
});

describe('keepalived.ah-master and keepalived.vrrp-script-no-script', () => {
  const ah = ['    authentication {', '        auth_type AH', '        auth_pass secret', '    }'];
  it('reports auth_type AH on an instance that starts as MASTER below priority 255', async () => {
    assert.deepEqual(await findings(instance('VI_1', { extra: ['    state MASTER', ...ah] })), ['7:keepalived.ah-master:error']);
  });
  it('accepts AH on a BACKUP, on the address owner (255), and PASS on a MASTER', async () => {
    assert.deepEqual(await findings(instance('VI_1', { extra: ['    state BACKUP', ...ah] })), []);
    assert.deepEqual(await findings(instance('VI_1', { priority: '255', extra: ['    state MASTER', ...ah] })), []);
    assert.deepEqual(await findings(instance('VI_1', { extra: ['    state MASTER', ...ah.map((l) => l.replace('AH', 'PASS'))] })), []);
  });
  it("reports a vrrp_script without 'script', not one with it", async () => {
    assert.deepEqual(await findings('vrrp_script chk {\n    interval 2\n}\n'), ['1:keepalived.vrrp-script-no-script:error']);
    assert.deepEqual(await findings('global_defs {\n    enable_script_security\n}\nvrrp_script chk {\n    script /bin/true\n    interval 2\n}\n'), []);
  });
});

describe('keepalived.unicast-self', () => {
  it('warns about a unicast_peer that is the unicast_src_ip', async () => {
    const text = instance('VI_1', { extra: ['    unicast_src_ip 10.0.0.1', '    unicast_peer {', '        10.0.0.1', '        10.0.0.2', '    }'] });
    assert.deepEqual(await findings(text), ['7:keepalived.unicast-self:warning']);
  });

  it('accepts peers that are other addresses', async () => {
    const text = instance('VI_1', { extra: ['    unicast_src_ip 10.0.0.1', '    unicast_peer {', '        10.0.0.2', '    }'] });
    assert.deepEqual(await findings(text), []);
  });
});

describe('keepalived LVS checks', () => {
  const vs = (kind: string, rsPort: string, checker = true) =>
    [
      'virtual_server 10.0.0.100 80 {',
      `    lb_kind ${kind}`,
      '    protocol TCP',
      '    lb_algo rr',
      `    real_server 10.0.1.1 ${rsPort} {`,
      ...(checker ? ['        TCP_CHECK {', '            connect_timeout 3', '        }'] : ['        weight 1']),
      '    }',
      '}',
      '',
    ].join('\n');

  it('warns about a real_server port that differs from the virtual_server port under DR and TUN', async () => {
    assert.deepEqual(await findings(vs('DR', '8080')), ['5:keepalived.lvs-port-mismatch:warning']);
    assert.deepEqual(await findings(vs('TUN', '8080')), ['5:keepalived.lvs-port-mismatch:warning']);
    const [d] = await diagnostics(vs('DR', '8080'));
    assert.equal(d.range.start.character, '    real_server 10.0.1.1 '.length, 'underlines the port');
  });

  it('accepts a port change under NAT, and the same port under DR', async () => {
    assert.deepEqual(await findings(vs('NAT', '8080')), []);
    assert.deepEqual(await findings(vs('DR', '80')), []);
  });

  it('warns about a real_server without a health checker', async () => {
    assert.deepEqual(await findings(vs('NAT', '80', false)), ['5:keepalived.real-server-no-checker:warning']);
  });

  const lines = (...l: string[]) => l.join('\n') + '\n';
  const rs = ['    real_server 10.0.1.1 80 {', '        TCP_CHECK {', '            connect_timeout 3', '        }', '    }'];

  it('reports a virtual_server without real servers, protocol, scheduler or forwarding method as errors', async () => {
    assert.deepEqual(await findings(lines('virtual_server 10.0.0.100 80 {', '    protocol TCP', '    lb_algo rr', '    lb_kind NAT', '}')), ['1:keepalived.virtual-server-incomplete:error']);
    const text = lines('virtual_server 10.0.0.100 80 {', ...rs, '}');
    assert.deepEqual(await findings(text), ['1:keepalived.virtual-server-incomplete:error', '1:keepalived.virtual-server-incomplete:error', '1:keepalived.virtual-server-incomplete:error']);
    const messages = (await diagnostics(text)).map((d) => d.message).join('\n');
    assert.match(messages, /no 'protocol'/);
    assert.match(messages, /no scheduler/);
    assert.match(messages, /no forwarding method/);
    // a group of addresses needs a protocol as well
    const group = lines('virtual_server_group G {', '    10.0.0.1 80', '}', 'virtual_server group G {', '    lb_algo rr', '    lb_kind NAT', ...rs, '}');
    assert.deepEqual(await findings(group, 'keepalived.virtual-server-incomplete'), ['4:keepalived.virtual-server-incomplete:error']);
  });

  it('accepts fwmark servers and fwmark groups without protocol, real servers with their own lvs_method, and includes', async () => {
    const code = 'keepalived.virtual-server-incomplete';
    assert.deepEqual(await findings(lines('virtual_server fwmark 1 {', '    lb_algo rr', '    lb_kind DR', ...rs, '}'), code), []);
    assert.deepEqual(await findings(lines('virtual_server_group G {', '    fwmark 1', '}', 'virtual_server group G {', '    lb_algo rr', '    lb_kind DR', ...rs, '}'), code), []);
    const own = lines('virtual_server 10.0.0.100 80 {', '    protocol TCP', '    lvs_sched rr', '    real_server 10.0.1.1 80 {', '        lvs_method DR', '        TCP_CHECK {', '        }', '    }', '}');
    assert.deepEqual(await findings(own, code), []);
    assert.deepEqual(await findings(lines('virtual_server 10.0.0.100 80 {', '    include /etc/keepalived/vs.conf', '}'), code), []);
  });

  it('reports a protocol on a virtual_server addressed by firewall mark (or a group of marks), not on one by address', async () => {
    const code = 'keepalived.fwmark-protocol';
    assert.deepEqual(await findings(lines('virtual_server fwmark 1 {', '    protocol TCP', '    lb_algo rr', '    lb_kind DR', ...rs, '}'), code), ['2:keepalived.fwmark-protocol:error']);
    const marks = lines('virtual_server_group G {', '    fwmark 1', '}', 'virtual_server group G {', '    protocol TCP', '    lb_algo rr', '    lb_kind DR', ...rs, '}');
    assert.deepEqual(await findings(marks, code), ['5:keepalived.fwmark-protocol:error']);
    assert.deepEqual(await findings(lines('virtual_server 10.0.0.1 80 {', '    protocol TCP', '    lb_algo rr', '    lb_kind DR', ...rs, '}'), code), []);
  });

  it("reports a MISC_CHECK without misc_path at the line that closes it", async () => {
    const text = lines('virtual_server 10.0.0.100 80 {', '    protocol TCP', '    lb_algo rr', '    lb_kind NAT', '    real_server 10.0.1.1 80 {', '        MISC_CHECK {', '            misc_timeout 3', '        }', '    }', '}');
    assert.deepEqual(await findings(text, 'keepalived.checker-no-path'), ['8:keepalived.checker-no-path:error']);
    assert.deepEqual(await findings(text.replace('misc_timeout 3', 'misc_path /bin/true'), 'keepalived.checker-no-path'), []);
  });

  it('reports an HTTP_GET url without path at the line that closes it, not one with a path', async () => {
    const url = (line: string) => lines('virtual_server 10.0.0.100 80 {', '    real_server 10.0.1.1 80 {', '        HTTP_GET {', '            url {', `                ${line}`, '            }', '        }', '    }', '}');
    assert.deepEqual(await findings(url('status_code 200'), 'keepalived.checker-no-path'), ['6:keepalived.checker-no-path:error']);
    assert.deepEqual(await findings(url('path /health'), 'keepalived.checker-no-path'), []);
  });
});

describe('keepalived: global_defs and sync groups', () => {
  it('reports an empty notification_email block, not one with an address', async () => {
    assert.deepEqual(await findings('global_defs {\n    notification_email {\n    }\n}\n'), ['2:keepalived.empty-notification-email:error']);
    assert.deepEqual(await findings('global_defs {\n    notification_email {\n        root@localhost\n    }\n}\n'), []);
  });

  it('reports an instance listed in two sync groups (or twice in one) and an unknown member as errors', async () => {
    const groups = 'vrrp_sync_group G1 {\n    group {\n        VI_1\n        VI_1\n    }\n}\nvrrp_sync_group G2 {\n    group {\n        VI_1\n        VI_9\n    }\n}\n';
    assert.deepEqual(await findings(groups + instance('VI_1')), [
      '1:keepalived.sync-group-single:error',
      '4:keepalived.sync-group-member-twice:error',
      '9:keepalived.sync-group-member-twice:error',
      '10:keepalived.undefined-vrrp_instance:error',
    ]);
  });

  it('reports a sync group of one instance, not one of two or one with conditional members', async () => {
    const one = 'vrrp_sync_group G1 {\n    group {\n        VI_1\n    }\n}\n' + instance('VI_1');
    assert.deepEqual(await findings(one), ['1:keepalived.sync-group-single:error']);
    const conditional = 'vrrp_sync_group G1 {\n    group {\n        VI_1\n        @lb2 VI_2\n    }\n}\n' + instance('VI_1') + instance('VI_2', { vrid: '52' });
    assert.deepEqual(await findings(conditional, 'keepalived.sync-group-single'), []);
  });

  it('reports a notify script, a track_script entry, a quorum script or a url digest given twice in one block', async () => {
    const vi = instance('VI_1', { extra: ['    notify_backup /bin/a', '    notify_backup /bin/b', '    track_script {', '        chk', '        chk', '    }'] });
    const script = 'global_defs {\n    enable_script_security\n}\nvrrp_script chk {\n    script /bin/true\n}\n';
    assert.deepEqual(await findings(script + vi, 'keepalived.repeated-setting'), ['12:keepalived.repeated-setting:error', '15:keepalived.repeated-setting:error']);
    const url = 'virtual_server 10.0.0.1 80 {\n    real_server 10.0.0.2 80 {\n        HTTP_GET {\n            url {\n                path /\n                digest 640205b7b0fc66c1ea91c463fac6334d\n                digest 640205b7b0fc66c1ea91c463fac6334d\n            }\n        }\n    }\n}\n';
    assert.deepEqual(await findings(url, 'keepalived.repeated-setting'), ['7:keepalived.repeated-setting:error']);
  });

  it('accepts one of each, and repeats for different hosts', async () => {
    const vi = instance('VI_1', { extra: ['    notify_backup /bin/a', '    notify_master /bin/b', '    @lb1 notify_stop /bin/c', '    @lb2 notify_stop /bin/d'] });
    assert.deepEqual(await findings(vi, 'keepalived.repeated-setting'), []);
  });

  it('accepts each instance in one sync group', async () => {
    const groups = 'vrrp_sync_group G1 {\n    group {\n        VI_1\n        VI_2\n    }\n}\n';
    assert.deepEqual(await findings(groups + instance('VI_1') + instance('VI_2', { vrid: '52' })), []);
  });
});

describe('keepalived.script-security', () => {
  const script = 'vrrp_script chk {\n    script "/usr/bin/pgrep haproxy"\n}\n';

  it("warns once, at the first script, when global_defs lacks 'enable_script_security'", async () => {
    const text = script + instance('VI_1', { extra: ['    notify_master /etc/keepalived/master.sh'] });
    assert.deepEqual(await findings(text), ['2:keepalived.script-security:warning']);
    assert.deepEqual(await findings('global_defs {\n    router_id a\n}\n' + script), ['5:keepalived.script-security:warning']);
  });

  it("is silent with 'enable_script_security', without scripts, and when global_defs may be in an included file", async () => {
    assert.deepEqual(await findings('global_defs {\n    enable_script_security\n    script_user keepalived_script\n}\n' + script), []);
    assert.deepEqual(await findings(instance('VI_1')), []);
    assert.deepEqual(await findings('include /etc/keepalived/global.conf\n' + script), []);
    assert.deepEqual(await findings('global_defs {\n    router_id a\n}\n' + script + 'global_defs {\n    enable_script_security\n}\n'), []);
  });
});

describe('keepalived semantic checks and edits', () => {
  it('follow an edit that makes two instances clash, and one that resolves it', async () => {
    const doc = await open('keepalived', instance('VI_1') + instance('VI_2', { vrid: '52' }));
    const dup = () => diagnose(doc).filter((d) => d.code === 'keepalived.duplicate-vrid').length;
    assert.equal(dup(), 0);
    // Line 11 (0-based 10) is '    virtual_router_id 52': make it 51, then 53.
    const digit = { start: { line: 10, character: 23 }, end: { line: 10, character: 24 } };
    doc.update([{ range: digit, text: '1' }], 1);
    assert.equal(dup(), 1);
    doc.update([{ range: digit, text: '3' }], 2);
    assert.equal(dup(), 0);
    doc.dispose();
  });
});
