import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { CONCEPTS, conceptsFor } from '../../server/src/knowledge';
import { registry } from '../../server/src/formats';
import { walkModel } from '../../server/src/service/model';
import { allKeywords } from '../../server/src/service/schema';
import { hover } from '../../server/src/service/features/hover';
import { open } from '../helpers';

/** One file per format that uses every keyword and section header the knowledge base names, where it belongs. */
const FIXTURES: Record<string, string> = {
  haproxy: `global
    daemon
defaults
    mode http
    errorfile 503 /etc/haproxy/errors/503.http
    hash-type consistent
http-errors site
    errorfile 404 /etc/haproxy/errors/404.http
frontend www
    bind :443 ssl crt /etc/haproxy/site.pem
    acl internal src 10.0.0.0/8
    use_backend app if internal
    default_backend app
    errorfiles site
backend app
    balance roundrobin
    balance static-rr
    balance leastconn
    balance source
    balance first
    balance uri
    balance url_param id
    balance hdr(host)
    balance random
    balance hash path
    balance rdp-cookie
    option httpchk GET /health
    option tcp-check
    http-check expect status 200
    server web1 10.0.0.1:443 check ssl verify required
listen stats
    bind :8404
    server s1 10.0.0.2:80
`,
  keepalived: `global_defs {
    router_id lb1
}
vrrp_sync_group G1 {
    group {
        VI_1
    }
}
vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    nopreempt
    preempt_delay 10
    virtual_ipaddress {
        10.0.0.100
    }
}
virtual_server_group VSG {
    10.0.0.100 80
}
virtual_server 10.0.0.100 80 {
    lb_algo rr
    lvs_sched wrr
    lb_kind NAT
    lvs_method DR
    protocol TCP
    real_server 10.0.0.2 80 {
        weight 1
    }
}
`,
  corosync: `totem {
    version: 2
    cluster_name: web
    transport: knet
    token: 3000
    token_retransmits_before_loss_const: 4
    consensus: 3600
    link_mode: passive
    interface {
        linknumber: 0
    }
}
nodelist {
    node {
        name: alice
        nodeid: 1
    }
}
quorum {
    provider: corosync_votequorum
    expected_votes: 2
    two_node: 1
    wait_for_all: 1
    last_man_standing: 1
    auto_tie_breaker: 1
}
`,
  drbd: `resource r0 {
  net {
    protocol C;
    fencing resource-only;
  }
  handlers {
    fence-peer "/usr/lib/drbd/crm-fence-peer.9.sh";
    unfence-peer "/usr/lib/drbd/crm-unfence-peer.9.sh";
  }
  volume 0 {
    device /dev/drbd0;
    disk /dev/sdb1;
    meta-disk internal;
  }
  on alice {
    disk /dev/sdb1;
    address 10.0.0.1:7788;
  }
  connection {
    host alice port 7788;
  }
}
`,
  ceph: `[global]
fsid = 6e0f8d3c-1d2b-4c5e-9f00-0123456789ab
mon host = 10.0.0.1
mon_initial_members = alice
public network = 10.0.0.0/24
cluster-network = 10.1.0.0/24
public_addr = 10.0.0.5
cluster_addr = 10.1.0.5
auth_cluster_required = cephx
auth_service_required = cephx
auth_client_required = cephx
auth_supported = cephx
keyring = /etc/ceph/ceph.client.admin.keyring
osd pool default size = 3
osd_pool_default_min_size = 2
osd_pool_default_pg_num = 128
osd_pool_default_pgp_num = 128
osd_crush_chooseleaf_type = 1
[mon]
[mgr]
[osd.0]
[mds]
[client]
rbd_cache = true
rgw_frontends = beast port=8080
`,
};

const TYPOS = /Crosync|Qourum|MetaDaata|Pacemeker|neeeds|\bkeepalive\b|craetes|acroos|handels|Swithces|supprot|actualy|thong/i;

describe('course-notes knowledge base', () => {
  it('has unique ids and titles, and every concept has an explanation and keywords', () => {
    const ids = CONCEPTS.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(' ')}`);
    const titles = CONCEPTS.map((c) => c.title);
    assert.equal(new Set(titles).size, titles.length);
    for (const c of CONCEPTS) {
      assert.match(c.id, /^[a-z0-9-]+$/, c.id);
      assert.ok(c.explanation.length > 40, c.id);
      assert.ok(c.keywords.length > 0, c.id);
    }
    assert.ok(CONCEPTS.length >= 25, `${CONCEPTS.length} concepts`);
  });

  it('has none of the notes’ typos', () => {
    for (const c of CONCEPTS) {
      assert.doesNotMatch(c.title, TYPOS, c.id);
      assert.doesNotMatch(c.explanation, TYPOS, c.id);
    }
  });

  it('names only keywords the formats know', () => {
    for (const c of CONCEPTS) {
      for (const ref of c.keywords) {
        const format = registry.get(ref.format);
        assert.ok(format, `${c.id}: no format ${ref.format}`);
        assert.ok(allKeywords(format.schema).includes(ref.keyword), `${c.id}: ${ref.format} has no keyword '${ref.keyword}'`);
        assert.ok(conceptsFor(ref.format, ref.keyword, ref.context).includes(c), `${c.id}: lookup of ${ref.keyword}`);
      }
    }
  });

  it('reaches every concept from the hover of a keyword or section header', async () => {
    const reached = new Map<string, string>();
    const byTitle = new Map(CONCEPTS.map((c) => [c.title, c.id]));
    for (const [formatId, text] of Object.entries(FIXTURES)) {
      const doc = await open(formatId, text);
      const positions: number[] = [];
      walkModel(doc.model.nodes, (node) => {
        positions.push(doc.textDocument.offsetAt(node.keywordRange.start));
        for (const a of node.args) positions.push(a.startIndex);
      });
      for (const offset of positions) {
        const h = hover(doc, doc.textDocument.positionAt(offset));
        if (!h) continue;
        const value = (h.contents as { value: string }).value;
        const notes = value.split('**From the course notes**')[1] ?? '';
        for (const m of notes.matchAll(/^\*\*(.+?)\*\*: /gm)) {
          const id = byTitle.get(m[1]);
          assert.ok(id, `unknown concept title '${m[1]}'`);
          if (!reached.has(id)) reached.set(id, `${formatId} '${text.slice(offset, text.indexOf('\n', offset))}'`);
        }
      }
    }
    const missing = CONCEPTS.filter((c) => !reached.has(c.id)).map((c) => c.id);
    assert.deepEqual(missing, [], `concepts no hover shows: ${missing.join(', ')}`);
  });
});
