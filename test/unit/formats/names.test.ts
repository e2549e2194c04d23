/** Each format's name spec: the definitions, references and includes it finds, with their exact ranges. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { locRange, namesOf } from '../../../server/src/service/names';
import { open } from '../../helpers';
import type { ConfigDocument } from '../../../server/src/service';

/** `kind name @line:col-col` for every definition and reference, in document order. */
function summary(doc: ConfigDocument): { defs: string[]; refs: string[]; includes: string[] } {
  const n = namesOf(doc)!;
  const at = (loc: Parameters<typeof locRange>[0]) => {
    const r = locRange(loc);
    return `${r.start.line}:${r.start.character}-${r.end.character}`;
  };
  return {
    defs: n.defs.map((d) => `${d.kind} ${d.name} @${at(d)}${d.scope ? ` in ${d.scope.keyword}` : ''}`),
    refs: n.refs.map((r) => `${r.kinds.join('|')} ${r.name} @${at(r)}`),
    includes: n.includes.map((i) => `${i.pattern} @${at(i)}`),
  };
}

describe('names: HAProxy', () => {
  it('finds proxies, named sections, ACLs and every kind of reference', async () => {
    const doc = await open(
      'haproxy',
      [
        'defaults base', //                                                    0
        '  mode http', //                                                      1
        'userlist admins', //                                                  2
        '  user bob insecure-password x', //                                   3
        'resolvers dns', //                                                    4
        'peers mesh', //                                                       5
        '  table t1 type ip size 1m', //                                       6
        'cache c1', //                                                         7
        'frontend www from base', //                                           8
        '  acl is_api path_beg /api', //                                      9
        '  use_backend api if is_api !{ src 10.0.0.1 } || LOCALHOST', //       10
        '  http-request auth if !{ http_auth(admins) }', //                    11
        '  http-request track-sc0 src table mesh/t1', //                       12
        '  use_backend %[req.hdr(host)]', //                                   13
        '  default_backend app', //                                            14
        'backend api', //                                                      15
        '  stick-table type ip size 1m peers mesh', //                         16
        '  http-request cache-use c1 if { nbsrv(app) gt 0 }', //               17
        '  server s1 10.0.0.1:80 resolvers dns', //                            18
        'listen app', //                                                       19
        '  bind :81', //                                                       20
      ].join('\n') + '\n',
    );
    const s = summary(doc);
    assert.deepEqual(s.defs, [
      'defaults base @0:9-13',
      'userlist admins @2:9-15',
      'resolvers dns @4:10-13',
      'peers mesh @5:6-10',
      'table mesh/t1 @6:8-10',
      'cache c1 @7:6-8',
      'frontend www @8:9-12',
      'acl is_api @9:6-12 in frontend',
      'backend api @15:8-11',
      'table api @15:8-11',
      'frontend app @19:7-10',
      'backend app @19:7-10',
    ]);
    assert.deepEqual(s.refs, [
      'defaults base @8:18-22',
      'backend api @10:14-17',
      'acl is_api @10:21-27',
      'acl LOCALHOST @10:49-58',
      'userlist admins @11:36-42',
      'table mesh/t1 @12:35-42',
      'backend app @14:18-21',
      'peers mesh @16:36-40',
      'cache c1 @17:25-27',
      'backend app @17:39-42',
      'resolvers dns @18:34-37',
    ]);
    assert.deepEqual([...namesOf(doc)!.dynamic], ['backend']);
    doc.dispose();
  });
});

describe('names: keepalived', () => {
  it('finds scripts, instances, groups and tracked objects, and include globs', async () => {
    const doc = await open(
      'keepalived',
      [
        'include /etc/keepalived/conf.d/*.conf', //                            0
        'vrrp_script chk {', //                                                 1
        '  script "/bin/true"', //                                              2
        '}', //                                                                 3
        'vrrp_instance VI_1 {', //                                              4
        '  track_script {', //                                                  5
        '    chk weight 2', //                                                  6
        '  }', //                                                               7
        '}', //                                                                 8
        'vrrp_sync_group G {', //                                               9
        '  group {', //                                                         10
        '    VI_1', //                                                          11
        '  }', //                                                               12
        '}', //                                                                 13
        'virtual_server_group web {', //                                        14
        '}', //                                                                 15
        'virtual_server group web {', //                                        16
        '}', //                                                                 17
      ].join('\n') + '\n',
    );
    const s = summary(doc);
    assert.deepEqual(s.defs, ['vrrp_script chk @1:12-15', 'vrrp_instance VI_1 @4:14-18', 'virtual_server_group web @14:21-24']);
    assert.deepEqual(s.refs, ['vrrp_script chk @6:4-7', 'vrrp_instance VI_1 @11:4-8', 'virtual_server_group web @16:21-24']);
    assert.deepEqual(s.includes, ['/etc/keepalived/conf.d/*.conf @0:8-37']);
    doc.dispose();
  });
  it('finds includes at any depth and in every spelling, the ones haconf check follows too', async () => {
    const text = 'include a.conf\nvrrp_instance VI_1 {\n  includem b/*.conf\n  virtual_ipaddress {\n    includer "c d.conf"\n  }\n}\ninclude_check x\n';
    const doc = await open('keepalived', text);
    assert.deepEqual(summary(doc).includes, ['a.conf @0:8-14', 'b/*.conf @2:11-19', 'c d.conf @4:14-22']);
    const { includeStatements } = await import('../../../server/src/cli/includes');
    assert.deepEqual(
      includeStatements(doc).map((r) => `${r.pattern} in ${r.inside?.keyword ?? '(top)'}`),
      ['a.conf in (top)', 'b/*.conf in vrrp_instance', 'c d.conf in virtual_ipaddress'],
    );
    doc.dispose();
  });
});

describe('names: DRBD, corosync, Ceph', () => {
  it('DRBD: resources, hosts scoped to their resource, host references, includes', async () => {
    const doc = await open(
      'drbd',
      'include "drbd.d/*.res";\nresource r0 {\n  on alice { address 10.0.0.1:7789; }\n  connection { host alice; host bob address 10.0.0.3:7789; }\n  connection-mesh { hosts alice carol; }\n}\n',
    );
    const s = summary(doc);
    assert.deepEqual(s.defs, ['resource r0 @1:9-11', 'host alice @2:5-10 in resource']);
    assert.deepEqual(s.refs, ['host alice @3:20-25', 'host alice @4:26-31', 'host carol @4:32-37']);
    assert.deepEqual(s.includes, ['drbd.d/*.res @0:9-21']);
    doc.dispose();
  });

  it('corosync: node names', async () => {
    const doc = await open('corosync', 'nodelist {\n  node {\n    name: alice\n    nodeid: 1\n  }\n}\n');
    assert.deepEqual(summary(doc).defs, ['node alice @2:10-15']);
    doc.dispose();
  });

  it('Ceph: sections', async () => {
    const doc = await open('ceph', '[global]\nfsid = 1\n[osd.3]\nhost = a\n');
    assert.deepEqual(summary(doc).defs, ['section global @0:1-7', 'section osd.3 @2:1-6']);
    doc.dispose();
  });
});
