/** DRBD semantic checks (formats/drbd/semantic.ts): each rule fires on a mistake and stays silent on the fix. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnose, type WorkspaceView } from '../../../server/src/service';
import { open } from '../../helpers';

async function check(text: string, workspace?: WorkspaceView, uri = 'file:///etc/drbd.d/r0.res'): Promise<Diagnostic[]> {
  const doc = await open('drbd', text, uri);
  const diags = diagnose(doc, { workspace });
  doc.dispose();
  return diags;
}

const find = (diags: Diagnostic[], code: string) => diags.filter((d) => d.code === code);

/** A two-host resource; `body` goes inside it, `hosts` replace the default `on` sections. */
function res(name: string, opts: { body?: string; port?: number; minor?: number; hosts?: string } = {}): string {
  const port = opts.port ?? 7789;
  const hosts =
    opts.hosts ??
    `  on alice {\n    address 10.0.0.1:${port};\n  }\n  on bob {\n    address 10.0.0.2:${port};\n  }\n`;
  return `resource ${name} {\n  device minor ${opts.minor ?? 1};\n  disk /dev/sdb1;\n  meta-disk internal;\n${opts.body ?? ''}${hosts}}\n`;
}

/** A fake workspace index: `resource` definitions in other files. */
function workspace(defs: { name: string; uri: string; line: number }[]): WorkspaceView {
  return {
    shared: true,
    definitions: (kind) =>
      kind === 'resource'
        ? defs.map((d) => ({ name: d.name, uri: d.uri, range: { start: { line: d.line, character: 9 }, end: { line: d.line, character: 9 + d.name.length } } }))
        : [],
    referenceCount: () => 0,
  };
}

describe('DRBD semantic checks', () => {
  it('a well-formed two-host resource has no diagnostics', async () => {
    assert.deepEqual(await check(res('r0')), []);
  });

  it('drbd.hosts: a resource with one host, or none', async () => {
    const one = find(await check(res('r0', { hosts: '  on alice {\n    address 10.0.0.1:7789;\n    node-id 0;\n  }\n' })), 'drbd.hosts');
    assert.equal(one.length, 1);
    assert.equal(one[0].severity, 2);
    assert.match(one[0].message, /resource r0 has only one host/);
    const none = find(await check(res('r0', { hosts: '' })), 'drbd.hosts');
    assert.match(none[0].message, /names no host/);
    const floating = res('r0', { hosts: '  floating 10.0.0.1:7789 {\n    node-id 0;\n  }\n  floating 10.0.0.2:7789 {\n    node-id 1;\n  }\n' });
    assert.deepEqual(find(await check(floating), 'drbd.hosts'), []);
  });

  it('drbd.duplicate-device: a minor used twice on one host, across resources and across volumes', async () => {
    const across = find(await check(res('r0') + res('r1', { port: 7790 })), 'drbd.duplicate-device');
    assert.equal(across.length, 1);
    assert.equal(across[0].severity, 1);
    assert.match(across[0].message, /minor 1 on host alice is already used by resource r0/);
    assert.equal(across[0].range.start.line, 12);
    // /dev/drbd1 is minor 1 too.
    const path = find(await check(res('r0') + res('r1', { port: 7790 }).replace('device minor 1', 'device /dev/drbd1')), 'drbd.duplicate-device');
    assert.equal(path.length, 1);
    const volumes = res('r0', { body: '  volume 0 {\n    device minor 3;\n  }\n  volume 1 {\n    device minor 3;\n    disk /dev/sdc1;\n  }\n' });
    const inOne = find(await check(volumes), 'drbd.duplicate-device');
    assert.equal(inOne.length, 1);
    assert.match(inOne[0].message, /another volume of resource r0/);
  });

  it('drbd.duplicate-device: silent for different minors, and for one minor on different hosts', async () => {
    assert.deepEqual(find(await check(res('r0') + res('r1', { port: 7790, minor: 2 })), 'drbd.duplicate-device'), []);
    const otherHosts = res('r1', { port: 7790, hosts: '  on carol {\n    address 10.0.0.3:7790;\n  }\n  on dave {\n    address 10.0.0.4:7790;\n  }\n' });
    assert.deepEqual(find(await check(res('r0') + otherHosts), 'drbd.duplicate-device'), []);
  });

  it('drbd.duplicate-address: one address:port in two resources', async () => {
    const d = find(await check(res('r0') + res('r1', { minor: 2 })), 'drbd.duplicate-address');
    assert.equal(d.length, 2);
    assert.equal(d[0].severity, 1);
    assert.match(d[0].message, /10\.0\.0\.1:7789 is already used by resource r0/);
    assert.deepEqual(find(await check(res('r0') + res('r1', { minor: 2, port: 7790 })), 'drbd.duplicate-address'), []);
  });

  it('drbd.node-id: three hosts without node-id, a mix, one host, and a duplicate', async () => {
    const three = '  on a {\n    address 10.0.0.1:7789;\n  }\n  on b {\n    address 10.0.0.2:7789;\n  }\n  on c {\n    address 10.0.0.3:7789;\n  }\n  connection-mesh {\n    hosts a b c;\n  }\n';
    const d = find(await check(res('r0', { hosts: three })), 'drbd.node-id');
    assert.equal(d.length, 3);
    assert.equal(d[0].severity, 1);
    assert.match(d[0].message, /on a has no node-id, which DRBD 9 needs because the resource has 3 hosts/);
    const mixed = find(await check(res('r0', { hosts: '  on alice {\n    address 10.0.0.1:7789;\n    node-id 0;\n  }\n  on bob {\n    address 10.0.0.2:7789;\n  }\n' })), 'drbd.node-id');
    assert.equal(mixed.length, 1);
    assert.match(mixed[0].message, /on bob has no node-id.*other hosts of the resource have one/);
    const single = find(await check(res('r0', { hosts: '  on alice {\n    address 10.0.0.1:7789;\n  }\n' })), 'drbd.node-id');
    assert.match(single[0].message, /single host/);
    const dup = find(await check(res('r0', { hosts: '  on alice {\n    address 10.0.0.1:7789;\n    node-id 1;\n  }\n  on bob {\n    address 10.0.0.2:7789;\n    node-id 1;\n  }\n' })), 'drbd.node-id');
    assert.equal(dup.length, 1);
    assert.match(dup[0].message, /node-id 1 is also another host's/);
  });

  it('drbd.node-id: silent for two hosts without node-id (DRBD 8.4 style) and for distinct node-ids', async () => {
    assert.deepEqual(find(await check(res('r0')), 'drbd.node-id'), []);
    const ids = '  on a {\n    address 10.0.0.1:7789;\n    node-id 0;\n  }\n  on b {\n    address 10.0.0.2:7789;\n    node-id 1;\n  }\n  on c {\n    address 10.0.0.3:7789;\n    node-id 2;\n  }\n  connection-mesh {\n    hosts a b c;\n  }\n';
    assert.deepEqual(find(await check(res('r0', { hosts: ids })), 'drbd.node-id'), []);
    assert.deepEqual(find(await check(res('r0', { hosts: ids })), 'drbd.connections'), []);
  });

  it('drbd.connections: more than two hosts with no connection-mesh', async () => {
    const ids = '  on a {\n    address 10.0.0.1:7789;\n    node-id 0;\n  }\n  on b {\n    address 10.0.0.2:7789;\n    node-id 1;\n  }\n  on c {\n    address 10.0.0.3:7789;\n    node-id 2;\n  }\n';
    const d = find(await check(res('r0', { hosts: ids })), 'drbd.connections');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 2);
  });

  it('drbd.dual-primary: allow-two-primaries over protocol A and without fencing', async () => {
    const d = find(await check(res('r0', { body: '  net {\n    protocol A;\n    allow-two-primaries yes;\n  }\n' })), 'drbd.dual-primary');
    assert.equal(d.length, 2);
    const protocol = d.find((x) => /protocol A/.test(x.message))!;
    assert.match(protocol.message, /course notes: DRBD replication protocols A, B, C/);
    const fencing = d.find((x) => /without fencing/.test(x.message))!;
    assert.match(fencing.message, /course notes: Fencing \(STONITH\)/);
    assert.equal(fencing.severity, 2);
  });

  it('drbd.dual-primary: inherited from common, and silent with protocol C and resource-and-stonith', async () => {
    const common = 'common {\n  net {\n    allow-two-primaries;\n    protocol B;\n  }\n}\n';
    const d = find(await check(common + res('r0')), 'drbd.dual-primary');
    assert.equal(d.length, 2);
    const ok = res('r0', { body: '  net {\n    protocol C;\n    allow-two-primaries yes;\n    fencing resource-and-stonith;\n  }\n' });
    assert.deepEqual(find(await check(ok), 'drbd.dual-primary'), []);
    // DRBD 8.4 keeps fencing in disk; protocol C is the default.
    const v84 = res('r0', { body: '  net {\n    allow-two-primaries yes;\n  }\n  disk {\n    fencing resource-and-stonith;\n  }\n' });
    assert.deepEqual(find(await check(v84), 'drbd.dual-primary'), []);
    assert.deepEqual(find(await check(res('r0', { body: '  net {\n    allow-two-primaries no;\n    protocol A;\n  }\n' })), 'drbd.dual-primary'), []);
  });

  it('drbd.dual-primary: only information when another file of the set may hold the fencing', async () => {
    const d = find(await check(res('r0', { body: '  net {\n    allow-two-primaries yes;\n  }\n' }), workspace([])), 'drbd.dual-primary');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 3);
  });

  it('drbd.path: relative device, disk and meta-disk paths', async () => {
    const text = 'resource r0 {\n  device drbd1;\n  disk sdb1;\n  meta-disk md0;\n  on alice {\n    address 10.0.0.1:7789;\n  }\n  on bob {\n    address 10.0.0.2:7789;\n  }\n}\n';
    const d = find(await check(text), 'drbd.path');
    assert.deepEqual(d.map((x) => x.message.split(' is ')[0]), ["device 'drbd1'", "disk 'sdb1'", "meta-disk 'md0'"]);
    assert.equal(d[0].severity, 2);
    const ok = 'resource r0 {\n  device /dev/drbd_r0 minor 1;\n  disk none;\n  meta-disk internal;\n  on alice {\n    address 10.0.0.1:7789;\n  }\n  on bob {\n    address 10.0.0.2:7789;\n  }\n}\n';
    assert.deepEqual(find(await check(ok), 'drbd.path'), []);
  });

  it('drbd.duplicate-resource: a resource name twice in one file', async () => {
    const d = find(await check(res('r0') + res('r0', { port: 7790, minor: 2 })), 'drbd.duplicate-resource');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 1);
    assert.match(d[0].message, /resource r0 is defined twice in this file/);
    assert.equal(d[0].relatedInformation?.[0].location.range.start.line, 0);
  });

  it('drbd.duplicate-resource: a resource name another file of the set defines (workspace view)', async () => {
    const ws = workspace([
      { name: 'r0', uri: 'file:///etc/drbd.d/old.res', line: 4 },
      { name: 'r0', uri: 'file:///etc/drbd.d/r0.res', line: 0 },
    ]);
    const d = find(await check(res('r0'), ws), 'drbd.duplicate-resource');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /also defined in old\.res/);
    assert.equal(d[0].relatedInformation?.[0].location.uri, 'file:///etc/drbd.d/old.res');
    assert.equal(d[0].relatedInformation?.[0].location.range.start.line, 4);
    // Its own definition in the index is not a duplicate; nor is another name.
    assert.deepEqual(find(await check(res('r0'), workspace([{ name: 'r0', uri: 'file:///etc/drbd.d/r0.res', line: 0 }])), 'drbd.duplicate-resource'), []);
    assert.deepEqual(find(await check(res('r0'), workspace([{ name: 'r1', uri: 'file:///etc/drbd.d/r1.res', line: 0 }])), 'drbd.duplicate-resource'), []);
  });

  it('recomputes after an edit inside one resource', async () => {
    const doc = await open('drbd', res('r0') + res('r1', { port: 7790, minor: 2 }));
    assert.deepEqual(find(diagnose(doc), 'drbd.duplicate-device'), []);
    // r1's minor 2 -> 1
    const line = 12;
    doc.update([{ range: { start: { line, character: 15 }, end: { line, character: 16 } }, text: '1' }], 1);
    assert.equal(find(diagnose(doc), 'drbd.duplicate-device').length, 1);
    doc.dispose();
  });
});

describe('drbd.host-storage', () => {
  it("is an error for an 'on' host without device or disk, here or at the resource level", async () => {
    const text = 'resource r0 {\n  on alice { node-id 0; disk /dev/sdb1; address 10.0.0.1:7789; meta-disk internal; }\n  on bob { node-id 1; device /dev/drbd0; disk /dev/sdb1; address 10.0.0.2:7789; meta-disk internal; }\n}\n';
    const found = find(await check(text), 'drbd.host-storage');
    assert.deepEqual(found.map((d) => [d.range.start.line, d.severity]), [[1, 1]]);
    assert.match(found[0].message, /no 'device'/);
  });

  it('stays silent when the resource level or a volume gives them, or for disk none', async () => {
    const level = 'resource r0 {\n  device /dev/drbd0;\n  disk /dev/sdb1;\n  meta-disk internal;\n  on alice { node-id 0; address 10.0.0.1:7789; }\n  on bob { node-id 1; address 10.0.0.2:7789; }\n}\n';
    assert.deepEqual(find(await check(level), 'drbd.host-storage'), []);
    const volumes = 'resource r0 {\n  on alice { node-id 0; address 10.0.0.1:7789; volume 0 { device /dev/drbd0; disk /dev/sdb1; meta-disk internal; } }\n  on bob { node-id 1; address 10.0.0.2:7789; volume 0 { device /dev/drbd0; disk none; } }\n}\n';
    assert.deepEqual(find(await check(volumes), 'drbd.host-storage'), []);
    // drbdadm 9.22 takes a volume without a disk (the agreement run showed it): not judged.
    assert.deepEqual(find(await check(volumes.replace(' disk none;', '')), 'drbd.host-storage'), []);
  });
});

describe('drbd.duplicate-statement', () => {
  it("is an error for a host's statement or a resource's section given twice, and a path with three endpoints", async () => {
    const twice = res('r0', { hosts: '  on alice {\n    address 10.0.0.1:7789;\n    address 10.0.0.1:7790;\n  }\n  on bob {\n    address 10.0.0.2:7789;\n  }\n' });
    assert.deepEqual(find(await check(twice), 'drbd.duplicate-statement').map((d) => [d.range.start.line, d.severity]), [[6, 1]]);
    const nets = res('r0', { body: '  net { protocol C; }\n  net { protocol C; }\n' });
    assert.deepEqual(find(await check(nets), 'drbd.duplicate-statement').map((d) => d.range.start.line), [5]);
    const three = res('r0', { body: '  connection {\n    path {\n      host alice address 10.0.0.1:7790;\n      host bob address 10.0.0.2:7790;\n      host bob address 10.0.0.2:7791;\n    }\n  }\n' });
    assert.deepEqual(find(await check(three), 'drbd.duplicate-statement').map((d) => d.range.start.line), [8]);
  });
  it('stays silent on one of each, and on two endpoints per path', async () => {
    assert.deepEqual(find(await check(res('r0', { body: '  net { protocol C; }\n  disk { on-io-error detach; }\n' })), 'drbd.duplicate-statement'), []);
    const two = res('r0', { body: '  connection {\n    path {\n      host alice address 10.0.0.1:7790;\n      host bob address 10.0.0.2:7790;\n    }\n  }\n' });
    assert.deepEqual(find(await check(two), 'drbd.duplicate-statement'), []);
    const one = two.replace('      host bob address 10.0.0.2:7790;\n', '');
    assert.deepEqual(find(await check(one), 'drbd.duplicate-statement').map((d) => d.range.start.line), [5]);
  });
});

describe('drbd.connection-host', () => {
  it("is an error for a connection host with no 'on' section, address or not", async () => {
    const text = res('r0', { body: '  connection {\n    host alice address 10.0.0.1:7790;\n    host carol address 10.0.0.3:7790;\n  }\n' });
    const found = find(await check(text), 'drbd.connection-host');
    assert.deepEqual(found.map((d) => [d.range.start.line, d.severity]), [[6, 1]]);
    assert.match(found[0].message, /'carol'/);
  });
  it("stays silent on known hosts, short names, and a stacked resource's lower hosts", async () => {
    const text = res('r0', { body: '  connection {\n    host alice.example.com address 10.0.0.1:7790;\n    host bob port 7791;\n  }\n' });
    assert.deepEqual(find(await check(text), 'drbd.connection-host'), []);
    const stacked =
      res('low') +
      'resource up {\n  stacked-on-top-of low { device minor 9; node-id 0; }\n  on carol { device minor 9; disk /dev/sdb1; meta-disk internal; node-id 1; address 10.0.0.3:7788; }\n' +
      '  connection {\n    host alice address 10.0.0.1:7800;\n    host carol address 10.0.0.3:7800;\n  }\n}\n';
    assert.deepEqual(find(await check(stacked), 'drbd.connection-host'), []);
    assert.equal(find(await check(stacked.replace('host alice address', 'host dave address')), 'drbd.connection-host').length, 1);
  });
});

describe('drbd.volumes', () => {
  const hosts = (a: string, b: string) =>
    `resource r0 {\n  on alice {\n    node-id 0;\n    address 10.0.0.1:7789;\n${a}  }\n  on bob {\n    node-id 1;\n    address 10.0.0.2:7789;\n${b}  }\n}\n`;
  const vol = (n: number, body = 'device minor 1; disk /dev/sdb1; meta-disk internal;') => `    volume ${n} { ${body} }\n`;
  it("is an error for a volume without device, or with a meta-disk but no disk, and for different volume numbers", async () => {
    const noDisk = hosts(vol(0, 'device minor 1; meta-disk internal;'), vol(0));
    assert.deepEqual(find(await check(noDisk), 'drbd.volumes').map((d) => [d.range.start.line, d.severity]), [[1, 1]]);
    assert.match(find(await check(noDisk), 'drbd.volumes')[0].message, /'disk'/);
    assert.match(find(await check(hosts(vol(0, 'disk /dev/sdb1;'), vol(0))), 'drbd.volumes')[0].message, /'device'/);
    assert.deepEqual(find(await check(hosts(vol(70000), vol(0))), 'drbd.volumes').map((d) => d.range.start.line), [6]);
  });
  it("keeps an implicit volume 0 and a 'volume 0' section apart, as drbdadm does: each must be complete", async () => {
    const both = (extra: string) =>
      `resource r0 {\n  on alice {\n    node-id 0;\n    address 10.0.0.1:7789;\n${extra}${vol(0)}  }\n  on bob {\n    node-id 1;\n    address 10.0.0.2:7789;\n${extra}${vol(0)}  }\n}\n`;
    assert.match(find(await check(both('    meta-disk internal;\n')), 'drbd.volumes')[0].message, /'device'/);
    assert.deepEqual(find(await check(both('    device minor 3;\n    disk /dev/sdd1;\n')), 'drbd.volumes'), []);
  });
  it('stays silent on complete, matching volumes, a diskless volume, and volumes from the resource level', async () => {
    assert.deepEqual(find(await check(hosts(vol(0) + vol(1, 'device minor 2; disk /dev/sdc1;'), vol(0) + vol(1, 'device minor 2; disk none;'))), 'drbd.volumes'), []);
    assert.deepEqual(find(await check(hosts(vol(0, 'device minor 1;'), vol(0))), 'drbd.volumes'), []);
    const level = `resource r0 {\n${vol(0)}  on alice { node-id 0; address 10.0.0.1:7789; }\n  on bob { node-id 1; address 10.0.0.2:7789; }\n}\n`;
    assert.deepEqual(find(await check(level), 'drbd.volumes'), []);
  });
});

describe('drbd.endpoint-address', () => {
  const res2 = (hosts: string, body = '') => `resource r0 {\n  device minor 1;\n  disk /dev/sdb1;\n  meta-disk internal;\n${hosts}${body}}\n`;
  const alice = '  on alice { address 10.0.0.1:7789; node-id 0; }\n';
  it('is an error for a connection or mesh host whose address drbdadm cannot tell, and a proxy without outside', async () => {
    const conn = res2(`${alice}  on bob { node-id 1; }\n`, '  connection { host alice; host bob; }\n');
    assert.deepEqual(find(await check(conn), 'drbd.endpoint-address').map((d) => [d.range.start.line, d.severity]), [[6, 1]]);
    const mesh = res2(`${alice}  on bob { node-id 1; }\n`, '  connection-mesh { hosts alice bob; }\n');
    assert.deepEqual(find(await check(mesh), 'drbd.endpoint-address').map((d) => d.range.start.line), [6]);
    const proxy = res2(`${alice}  on bob { node-id 1; address 10.0.0.2:7789; proxy on p { inside 10.0.0.5:7000; } }\n`);
    assert.match(find(await check(proxy), 'drbd.endpoint-address')[0].message, /'outside'/);
  });
  it('stays silent when the connection line gives the address, or the host has one', async () => {
    assert.deepEqual(find(await check(res2(`${alice}  on bob { node-id 1; }\n`, '  connection { host alice; host bob address 10.0.0.2:7789; }\n')), 'drbd.endpoint-address'), []);
    assert.deepEqual(find(await check(res2(`${alice}  on bob { node-id 1; address 10.0.0.2:7789; }\n`, '  connection { host alice; host bob port 7791; }\n')), 'drbd.endpoint-address'), []);
  });
  it('drbd.node-id: needed with connection sections, or when one of two hosts has no address', async () => {
    const noIds = res2('  on alice { address 10.0.0.1:7789; }\n  on bob { address 10.0.0.2:7789; }\n');
    assert.deepEqual(find(await check(noIds), 'drbd.node-id'), []);
    assert.equal(find(await check(noIds.replace('}\n}', '}\n  connection { host alice; host bob; }\n}')), 'drbd.node-id').length, 2);
    assert.equal(find(await check(noIds.replace(' address 10.0.0.2:7789;', '')), 'drbd.node-id').length, 2);
  });
});

describe('drbd.duplicate-statement: a volume device twice', () => {
  const text = (b: string) =>
    `resource r0 {\n  on alice { address 10.0.0.1:7789; node-id 0; volume 0 { ${b} disk /dev/sdb1; } }\n  on bob { address 10.0.0.2:7789; node-id 1; volume 0 { device minor 1; disk /dev/sdb1; } }\n}\n`;
  it('is an error for the same minor twice in one volume, silent for two different ones', async () => {
    assert.equal(find(await check(text('device minor 1; device minor 1;')), 'drbd.duplicate-statement').length, 1);
    assert.deepEqual(find(await check(text('device minor 1; device minor 2;')), 'drbd.duplicate-statement'), []);
  });
});
