/** Ceph semantic checks (formats/ceph/semantic.ts): each rule fires on a mistake and stays silent on the fix. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnose } from '../../../server/src/service';
import { open } from '../../helpers';

async function check(text: string): Promise<Diagnostic[]> {
  const doc = await open('ceph', text, 'file:///etc/ceph/ceph.conf');
  const diags = diagnose(doc);
  doc.dispose();
  return diags;
}

const find = (diags: Diagnostic[], code: string) => diags.filter((d) => d.code === code);

const GOOD = [
  '[global]',
  'fsid = a7f64266-0894-4f1e-a635-d0aeaca0e993',
  'mon host = [v2:10.0.0.1:3300/0,v1:10.0.0.1:6789/0], 10.0.0.2, 10.0.0.3:6789',
  'public network = 10.0.0.0/24',
  'cluster network = 10.1.0.0/24',
  'auth cluster required = cephx',
  'osd pool default size = 3',
  'osd pool default min size = 2',
  'osd pool default pg num = 128',
  'osd pool default pgp num = 128',
  '[osd]',
  'osd max backfills = 2',
  '[osd.3]',
  'host = node3',
  '[mon.a]',
  'mon data = /var/lib/ceph/mon/ceph-a',
  '[client.rgw.gw1]',
  'rgw frontends = beast port=7480',
  '',
].join('\n');

/** GOOD with `line` (0-based) replaced, or `extra` lines added to [global]. */
function variant(opts: { replace?: [string, string]; global?: string[]; append?: string[] }): string {
  let text = GOOD;
  if (opts.replace) text = text.replace(opts.replace[0], opts.replace[1]);
  if (opts.global) text = text.replace('[global]\n', `[global]\n${opts.global.join('\n')}\n`);
  if (opts.append) text += `${opts.append.join('\n')}\n`;
  return text;
}

describe('Ceph semantic checks', () => {
  it('a well-formed configuration has no diagnostics', async () => {
    assert.deepEqual(await check(GOOD), []);
  });

  it('ceph.section-name: sections no daemon reads', async () => {
    const d = find(await check(variant({ append: ['[osds]', 'x = 1', '[osd.a]', '[mon.]', '[client.rgw.gw2]'] })), 'ceph.section-name');
    assert.equal(d.length, 3);
    assert.match(d[0].message, /\[osds\] is never read: 'osds' is no daemon type/);
    assert.match(d[1].message, /OSD ids are numbers \(osd\.3\), not 'a'/);
    assert.match(d[2].message, /'' is not a valid mon id/);
    assert.equal(d[0].severity, 2);
  });

  it('ceph.duplicate-key: one option twice in a section, whatever its spelling, and across same-named sections', async () => {
    const d = find(await check(variant({ global: ['osd_pool_default_size = 2'], append: ['[osd]', 'osd-max-backfills = 4'] })), 'ceph.duplicate-key');
    assert.equal(d.length, 2);
    assert.match(d[0].message, /'osd pool default size' is already set in \[global\] as 'osd_pool_default_size' \(spaces, '_' and '-' are the same in option names\): Ceph keeps only the last value/);
    assert.match(d[1].message, /'osd-max-backfills' is already set in \[osd\] as 'osd max backfills'/);
    assert.equal(d[1].relatedInformation?.[0].location.range.start.line, 12);
    // Ceph merges sections of one name: the second [osd] repeats the first one's option.
    const merged = find(await check(variant({ append: ['[osd]', 'osd_max_backfills = 3'] })), 'ceph.duplicate-key');
    assert.equal(merged.length, 1);
    assert.match(merged[0].message, /'osd_max_backfills' is already set in \[osd\] as 'osd max backfills'/);
    // The same option in different sections is fine.
    assert.deepEqual(find(await check(variant({ append: ['[osd.4]', 'osd max backfills = 1'] })), 'ceph.duplicate-key'), []);
  });

  it('ceph.daemon-option: an OSD option under [mon], a monitor option under [osd] (hints)', async () => {
    const d = find(await check(variant({ append: ['[mon]', 'osd max backfills = 1', 'mon allow pool delete = true', '[osd]', 'mon allow pool delete = true'] })), 'ceph.daemon-option');
    assert.equal(d.length, 2);
    assert.equal(d[0].severity, 4);
    assert.match(d[0].message, /'osd_max_backfills' is read by OSDs, not by monitors/);
    assert.match(d[1].message, /'mon_allow_pool_delete' is read by monitors, not by OSDs/);
    // Options every daemon reads (mon_host, keyring) and client options in client sections are silent.
    assert.deepEqual(find(await check(variant({ append: ['[mon]', 'mon host = 10.0.0.1', '[client]', 'rbd cache = true'] })), 'ceph.daemon-option'), []);
  });

  it('ceph.fsid: a malformed fsid is the value check; an all-zero one and a second, different one are this rule', async () => {
    const malformed = await check(variant({ replace: ['fsid = a7f64266-0894-4f1e-a635-d0aeaca0e993', 'fsid = cluster-1'] }));
    assert.equal(find(malformed, 'value.uuid').length, 1);
    assert.deepEqual(find(malformed, 'ceph.fsid'), []);
    const zero = find(await check(variant({ replace: ['fsid = a7f64266-0894-4f1e-a635-d0aeaca0e993', 'fsid = 00000000-0000-0000-0000-000000000000'] })), 'ceph.fsid');
    assert.match(zero[0].message, /all-zero UUID/);
    const two = find(await check(variant({ append: ['[mon.b]', 'fsid = 11111111-2222-3333-4444-555555555555'] })), 'ceph.fsid');
    assert.equal(two.length, 1);
    assert.match(two[0].message, /differs from the fsid a7f64266/);
    assert.match(two[0].message, /course notes: Ceph fsid/);
  });

  it('ceph.mon-host: a monitor twice, swapped v1/v2 ports, an address outside public_network, two monitors', async () => {
    const dup = find(await check(variant({ replace: ['10.0.0.2, 10.0.0.3:6789', '10.0.0.2, 10.0.0.2'] })), 'ceph.mon-host');
    assert.ok(dup.some((d) => /lists 10\.0\.0\.2 twice/.test(d.message)));
    const swapped = find(await check(variant({ replace: ['[v2:10.0.0.1:3300/0,v1:10.0.0.1:6789/0]', '[v2:10.0.0.1:6789/0,v1:10.0.0.1:3300/0]'] })), 'ceph.mon-host');
    assert.equal(swapped.length, 2);
    assert.match(swapped[0].message, /the v2 protocol listens on 3300/);
    const outside = find(await check(variant({ replace: ['10.0.0.3:6789', '192.168.1.3:6789'] })), 'ceph.mon-host');
    assert.equal(outside.length, 1);
    assert.match(outside[0].message, /monitor address 192\.168\.1\.3 is outside public_network 10\.0\.0\.0\/24/);
    const pair = find(await check(variant({ replace: [', 10.0.0.3:6789', ''] })), 'ceph.mon-host');
    assert.equal(pair.length, 1);
    assert.match(pair[0].message, /two monitors/);
    assert.match(pair[0].message, /course notes: Quorum/);
    // IPv6 monitors inside an IPv6 public network; host names are not judged.
    const v6 = '[global]\nmon host = [v2:[fd00::1]:3300,v1:[fd00::1]:6789], [fd00::2]:6789, mon3.example\npublic network = fd00::/64\n';
    assert.deepEqual(find(await check(v6), 'ceph.mon-host'), []);
  });

  it('ceph.networks: a cluster network equal to the public one, or without one', async () => {
    const same = find(await check(variant({ replace: ['cluster network = 10.1.0.0/24', 'cluster network = 10.0.0.0/24'] })), 'ceph.networks');
    assert.equal(same.length, 1);
    assert.equal(same[0].severity, 3);
    assert.match(same[0].message, /course notes: Ceph public network and cluster network/);
    const alone = find(await check(variant({ replace: ['public network = 10.0.0.0/24\n', ''] })), 'ceph.networks');
    assert.equal(alone.length, 1);
    assert.equal(alone[0].severity, 2);
    // A malformed network is the value check's.
    const bad = await check(variant({ replace: ['cluster network = 10.1.0.0/24', 'cluster network = 10.1.0.0/40'] }));
    assert.equal(find(bad, 'value.address').length, 1);
    assert.deepEqual(find(bad, 'ceph.networks'), []);
  });

  it('ceph.auth-none: CephX turned off', async () => {
    const d = find(await check(variant({ replace: ['auth cluster required = cephx', 'auth cluster required = none'], global: ['auth_client_required = none'] })), 'ceph.auth-none');
    assert.equal(d.length, 2);
    assert.match(d[0].message, /auth_client_required = none: clients do not check the cluster's identity/);
    assert.match(d[1].message, /course notes: CephX authentication/);
  });

  it('ceph.pool-size: size below min_size, size 2, min_size 1', async () => {
    const below = find(await check(variant({ replace: ['osd pool default size = 3', 'osd pool default size = 1'] })), 'ceph.pool-size');
    assert.equal(below.length, 1);
    assert.match(below[0].message, /osd_pool_default_size 1 is below osd_pool_default_min_size 2/);
    const two = find(await check(variant({ replace: ['osd pool default min size = 2', 'osd pool default min size = 1'] }).replace('default size = 3', 'default size = 2')), 'ceph.pool-size');
    assert.equal(two.length, 2);
    assert.match(two[0].message, /keep two copies/);
    assert.match(two[1].message, /min_size 1/);
    // min_size in [mon] is compared with size from [global].
    const mon = find(await check(variant({ append: ['[mon]', 'osd pool default min size = 4'] })), 'ceph.pool-size');
    assert.deepEqual(mon, []);
  });

  it('ceph.pg-num: not a power of two, beyond mon_max_pool_pg_num, pgp_num apart, and a hint outside 32..4096', async () => {
    const pow = find(await check(variant({ replace: ['pg num = 128', 'pg num = 100'] }).replace('pgp num = 128', 'pgp num = 100')), 'ceph.pg-num');
    assert.equal(pow.length, 2);
    assert.match(pow[0].message, /100 is not a power of two.*use 64 or 128/);
    const off = find(
      await check(variant({ replace: ['pg num = 128', 'pg num = 100'], global: ['mon_warn_on_pool_pg_num_not_power_of_two = false'] }).replace('pgp num = 128', 'pgp num = 100')),
      'ceph.pg-num',
    );
    assert.deepEqual(off, []);
    const pgp = find(await check(variant({ replace: ['pgp num = 128', 'pgp num = 64'] })), 'ceph.pg-num');
    assert.equal(pgp.length, 1);
    assert.match(pgp[0].message, /pgp_num 64 differs from osd_pool_default_pg_num 128/);
    const small = find(await check(variant({ replace: ['pg num = 128', 'pg num = 8'] }).replace('pgp num = 128', 'pgp num = 0')), 'ceph.pg-num');
    assert.equal(small.length, 1);
    assert.equal(small[0].severity, 4);
    assert.match(small[0].message, /course notes recommend 32, 64 or 128/);
    const huge = find(await check(variant({ replace: ['pg num = 128', 'pg num = 131072'] }).replace('pgp num = 128', 'pgp num = 0')), 'ceph.pg-num');
    assert.match(huge[0].message, /outside 1\.\.65536/);
  });

  it('ceph.deprecated: auth_supported, civetweb, and FileStore options (one warning, then hints)', async () => {
    const d = find(
      await check(variant({ global: ['auth supported = cephx'], append: ['[osd]', 'osd journal size = 1024', 'filestore max sync interval = 5', '[client.rgw.gw2]', 'rgw frontends = civetweb port=80'] })),
      'ceph.deprecated',
    );
    assert.equal(d.length, 4);
    assert.match(d[0].message, /'auth_supported' is deprecated/);
    const filestore = d.filter((x) => /FileStore/.test(x.message));
    assert.deepEqual(filestore.map((x) => x.severity), [2, 4]);
    assert.match(filestore[0].message, /and 1 more FileStore option in this file/);
    assert.ok(d.some((x) => /civetweb frontend is deprecated/.test(x.message)));
    // The schema checks do not report deprecations for Ceph, so nothing is said twice.
    assert.deepEqual(find(await check(variant({ global: ['auth supported = cephx'] })), 'schema.deprecated'), []);
  });

  it('keeps its findings in step with edits', async () => {
    const doc = await open('ceph', GOOD);
    assert.deepEqual(diagnose(doc), []);
    // osd pool default size = 3 -> 1 (line 6)
    doc.update([{ range: { start: { line: 6, character: 24 }, end: { line: 6, character: 25 } }, text: '1' }], 1);
    assert.equal(find(diagnose(doc), 'ceph.pool-size').length, 1);
    doc.update([{ range: { start: { line: 6, character: 24 }, end: { line: 6, character: 25 } }, text: '3' }], 2);
    assert.deepEqual(diagnose(doc), []);
    doc.dispose();
  });
});
