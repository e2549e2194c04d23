/**
 * The course-notes knowledge base: the concepts of the user's LPIC-306 notes ("High Availability and Storage
 * Clusters", shared/course-notes/LPIC-306-notes.md), in the notes' own terms with their typos corrected, each tied to
 * the configuration keywords and section headers it explains. Hover shows a concept on each of its keywords.
 *
 * Left out, as nothing in the five formats configures them: Octavia (LB as a service), GlusterFS, rsync/NFS, the
 * install commands, and the storage-access/RAID/single-node topics the notes only list in their index.
 */

/** A keyword (directive, block or section header) a concept explains. */
export interface ConceptKeyword {
  /** The format id: haproxy, keepalived, corosync, drbd, ceph. */
  format: string;
  /** The keyword as the schema spells it (Ceph options with underscores, HAProxy multi-word keywords with spaces). */
  keyword: string;
  /**
   * Where the keyword must appear for the concept to apply: a schema context name (`backend`, `vrrp_instance`) or,
   * for a value of a directive, that directive's keyword (`balance` for `roundrobin`). Absent: anywhere.
   */
  context?: string;
}

export interface Concept {
  id: string;
  title: string;
  /** A few sentences, in the notes' terms. */
  explanation: string;
  keywords: ConceptKeyword[];
}

const k = (format: string, keyword: string, context?: string): ConceptKeyword => (context ? { format, keyword, context } : { format, keyword });
const many = (format: string, keywords: string[], context?: string): ConceptKeyword[] => keywords.map((w) => k(format, w, context));

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'ha-definition',
    title: 'High availability (HA)',
    explanation:
      'HA means delivering a configured service with quality and performance, handling different loads and failures with minimum to zero downtime: we care about keeping a service up and real-time. ' +
      'Almost every service can be clustered (databases, storage such as Ceph, hypervisors, containers with k8s, queuing with RabbitMQ), yet most companies have no plan for their disaster time. ' +
      'There is no such thing as restarting a service inside a cluster.',
    keywords: [k('keepalived', 'global_defs'), k('corosync', 'totem'), k('haproxy', 'global')],
  },
  {
    id: 'failover-cluster',
    title: 'Failover cluster and active/passive',
    explanation:
      'A failover cluster is a set of services that work together to maintain HA. ' +
      'An active/passive cluster consists of one active server and one passive standby server, with a third-party load balancer in front.',
    keywords: [k('keepalived', 'vrrp_sync_group'), k('keepalived', 'state', 'vrrp_instance'), k('corosync', 'nodelist')],
  },
  {
    id: 'cluster-engine',
    title: 'Cluster engine: Corosync',
    explanation:
      'When two servers are clustered together they use a cluster engine such as Corosync. Corosync creates a group of systems with additional features for implementing HA within apps; ' +
      'it must be installed on all nodes, and it does not care about the services inside the cluster: it just connects the nodes together. Its configuration file is /etc/corosync/corosync.conf.',
    keywords: [k('corosync', 'totem'), k('corosync', 'nodelist'), k('corosync', 'node', 'nodelist'), k('corosync', 'cluster_name')],
  },
  {
    id: 'totem-protocol',
    title: 'The Totem Single Ring Protocol',
    explanation:
      'Corosync uses the Totem Single Ring Protocol (SRP), which imposes a logical token-passing ring on the network to give reliable delivery of messages, flow control, fault detection and group membership. ' +
      'A node of the cluster may broadcast a message only while it holds the token. Fault detection is based on IP, so a networking problem takes the node offline.',
    keywords: [
      k('corosync', 'totem'),
      ...many('corosync', ['token', 'transport', 'version', 'interface', 'link_mode', 'token_retransmits_before_loss_const', 'consensus'], 'totem'),
    ],
  },
  {
    id: 'quorum',
    title: 'Quorum',
    explanation:
      'Quorum is the minimum number of votes that a distributed transaction has to obtain in order to be allowed to perform an operation in a distributed system. ' +
      'It reduces split brain, and more than 2 systems must be involved. Quorum even decides who is in charge of the cluster (the DC), which holds the CIB.',
    keywords: [k('corosync', 'quorum'), ...many('corosync', ['provider', 'expected_votes', 'two_node', 'wait_for_all', 'last_man_standing', 'auto_tie_breaker'], 'quorum')],
  },
  {
    id: 'pacemaker',
    title: 'Cluster resource manager: Pacemaker',
    explanation:
      'A cluster resource manager manages the resources of a cluster, which are mostly services; its resource agent is aware of the health of its resource. ' +
      'Pacemaker is an HA cluster resource manager that runs on a set of hosts (a cluster of nodes) to preserve integrity and minimize downtime of the desired services, and must be installed on all nodes. ' +
      'A resource is made of 3 parts: standard, provider (sometimes left out, so the standard contacts the agent directly) and agent. ' +
      'First configure the cluster (Corosync), then launch Pacemaker, then integrate the desired service; the pcs CLI helps integrate Corosync and Pacemaker.',
    keywords: [k('corosync', 'cluster_name', 'totem'), k('corosync', 'nodelist'), k('corosync', 'quorum')],
  },
  {
    id: 'pacemaker-features',
    title: 'Pacemaker key features',
    explanation:
      'Pacemaker detects and recovers from node- and service-level failures, ensures data integrity by fencing faulty nodes, supports multiple nodes per cluster and multiple resource interface standards (anything that can be scripted can be clustered), ' +
      'supports practically any redundancy configuration (active/passive, N+1, ...), keeps an automatically replicated configuration that can be updated from any node, and handles relationships between services such as ordering, colocation and anticolocation.',
    keywords: [k('corosync', 'nodelist'), k('corosync', 'quorum')],
  },
  {
    id: 'pacemaker-daemons',
    title: 'Pacemaker daemons and the CIB',
    explanation:
      'pacemaker-based keeps the Cluster Information Base (CIB), an XML representation of the cluster configuration and of the state of all nodes and resources, synchronized across the cluster; it can be changed while the cluster is offline. ' +
      'pacemaker-attrd maintains a database of node attributes (usually recorded in the CIB); pacemaker-schedulerd determines the actions needed to reach the desired state; pacemaker-execd executes resource actions on the local node; ' +
      'pacemaker-fenced handles requests to fence nodes and decides which node runs which fencing device; pacemaker-controld (the DC) is the coordinator that keeps a consistent view of the membership and orchestrates the others.',
    keywords: [k('corosync', 'quorum'), k('corosync', 'nodelist')],
  },
  {
    id: 'pacemaker-constraints',
    title: 'Pacemaker constraints',
    explanation:
      'When two resources on a server depend on each other, use `pcs constraint` to co-locate or order them: an ordering constraint such as "start vip then start website" (kind: mandatory), ' +
      'or a colocation constraint such as "website with vip" (score: INFINITY).',
    keywords: [k('corosync', 'nodelist')],
  },
  {
    id: 'fencing',
    title: 'Fencing (STONITH)',
    explanation:
      'Fencing, also known as STONITH (Shoot The Other Node In The Head), is the ability to ensure that it is not possible for a node to be running a service. ' +
      "It is done with fence devices such as intelligent power switches that cut the target's power, or intelligent network switches that cut the target's access to the local network. " +
      'Pacemaker ensures data integrity by fencing faulty nodes (pacemaker-fenced).',
    keywords: [k('drbd', 'fencing', 'net'), k('drbd', 'fence-peer', 'handlers'), k('drbd', 'unfence-peer', 'handlers'), k('drbd', 'handlers')],
  },
  {
    id: 'load-balancing',
    title: 'Load balancing',
    explanation:
      'Load balancing is the method of distributing network traffic across a pool of resources. Its benefits are app availability, scalability, security (the servers do not face the internet) and performance. ' +
      'In a load balancer the front is where it faces the clients, and the back is where it faces the real servers.',
    keywords: [...many('haproxy', ['frontend', 'backend', 'listen', 'defaults']), k('keepalived', 'virtual_server')],
  },
  {
    id: 'lb-algorithms',
    title: 'Load-balancing algorithms: static vs dynamic',
    explanation:
      'Static algorithms: round-robin, weighted round-robin, and the IP hash method (a client is always answered by the same server). ' +
      'Dynamic algorithms: least connection, weighted least connection, least response time, and resource-based. HAProxy sets them with `balance` (roundrobin, leastconn, ...).',
    keywords: [
      k('haproxy', 'balance'),
      ...many('haproxy', ['roundrobin', 'static-rr', 'leastconn', 'source', 'first', 'uri', 'url_param', 'random', 'hash', 'rdp-cookie'], 'balance'),
      k('haproxy', 'hash-type'),
      k('keepalived', 'lb_algo', 'virtual_server'),
      k('keepalived', 'lvs_sched', 'virtual_server'),
    ],
  },
  {
    id: 'haproxy',
    title: 'HAProxy',
    explanation:
      'HAProxy is very advanced, especially for Apache and HTTP-based apps, and is widely used in enterprise software such as OpenStack; it is better than nginx at load balancing, though nginx is simpler to configure. ' +
      'It works at layer 4 (http://192.168.1.20:80) and layer 7 (it can balance on a path such as http://192.168.1.20:8080/register.name). If only TCP is used, ipvsadm is better than HAProxy.',
    keywords: [k('haproxy', 'mode'), k('haproxy', 'listen'), k('haproxy', 'global')],
  },
  {
    id: 'haproxy-structure',
    title: 'HAProxy frontend and backend',
    explanation:
      'HAProxy consists of frontends and backends. A frontend has `bind` (which port it listens on), `default_backend` (which backend it refers to), ACLs and options. ' +
      'A backend has `balance` (roundrobin, leastconn, ...) and its `server` lines.',
    keywords: [
      ...many('haproxy', ['frontend', 'backend', 'default_backend', 'use_backend']),
      k('haproxy', 'bind', 'frontend'),
      k('haproxy', 'bind', 'listen'),
      k('haproxy', 'server', 'backend'),
      k('haproxy', 'server', 'listen'),
    ],
  },
  {
    id: 'haproxy-acl',
    title: 'Access Control Lists (ACL)',
    explanation: 'An ACL (Access Control List) sets who can access what in a frontend: for example, only internal users can access this server.',
    keywords: [k('haproxy', 'acl')],
  },
  {
    id: 'haproxy-health-check',
    title: 'Health checks',
    explanation: 'HAProxy has a health-check method and understands when a server is down, so traffic stops going to it.',
    keywords: [k('haproxy', 'option httpchk'), k('haproxy', 'check', 'server'), k('haproxy', 'http-check expect'), k('haproxy', 'option tcp-check')],
  },
  {
    id: 'haproxy-ssl',
    title: 'HAProxy and SSL',
    explanation:
      'HAProxy can handle SSL in two ways: the request is encrypted up to HAProxy, which then talks plain HTTP to its servers; ' +
      'or HAProxy decrypts it and encrypts it again with an internal SSL to talk to its servers, which adds overhead.',
    keywords: [k('haproxy', 'ssl', 'bind'), k('haproxy', 'crt', 'bind'), k('haproxy', 'ssl', 'server'), k('haproxy', 'verify', 'server')],
  },
  {
    id: 'haproxy-errors',
    title: 'HAProxy error responses',
    explanation: 'HAProxy can return its own errors to the client: 400, 403, 408, 500, 502, 503, 504.',
    keywords: [k('haproxy', 'errorfile'), k('haproxy', 'http-errors'), k('haproxy', 'errorfiles')],
  },
  {
    id: 'ipvs',
    title: 'IPVS (IP Virtual Server)',
    explanation:
      'IPVS is part of the Linux kernel and implements transport-layer (layer 4) load balancing, for both TCP and UDP. It runs on a host in front of a cluster of real servers and makes their services appear as virtual services on a single IP address. ' +
      'k8s uses it a lot between its controller/API and the kubelets of the nodes; `ipvsadm -L` shows the table.',
    keywords: [k('keepalived', 'virtual_server'), k('keepalived', 'real_server', 'virtual_server'), k('keepalived', 'virtual_server_group'), k('keepalived', 'protocol', 'virtual_server')],
  },
  {
    id: 'ipvs-modes',
    title: 'IPVS modes: NAT, tunneling, direct routing',
    explanation:
      'Via NAT: IP addresses are mapped from one group to another; the LB gets the packets, distributes them, and returns the answers. ' +
      'Via tunneling: the IP datagram is encapsulated within IP datagrams; the LB forwards packets to the servers through tunnels (you create the tunnels yourself) and the servers respond to the user directly. ' +
      'Via direct routing: the LB passes packets to the servers and the servers respond to the user; it is good for internal networks but not used much (NAT is usual there).',
    keywords: [k('keepalived', 'lb_kind'), k('keepalived', 'lvs_method')],
  },
  {
    id: 'keepalived-vrrp',
    title: 'keepalived and VRRP',
    explanation:
      'keepalived is a kind of layer 4 load balancer with VRRP (Virtual Router Redundancy Protocol), which gives a virtual IP that you can define as your main IP. ' +
      'It is good, but just for load balancing: it is mostly used in active/passive situations, not for full clusters.',
    keywords: [
      k('keepalived', 'vrrp_instance'),
      ...many('keepalived', ['virtual_ipaddress', 'virtual_router_id', 'priority', 'state', 'advert_int', 'interface', 'nopreempt'], 'vrrp_instance'),
    ],
  },
  {
    id: 'failed-node-rejoin',
    title: 'A failed node coming back',
    explanation:
      'In a cluster, when a node that was down comes up again it is not given its resources back, since it needs further investigation and is probably unstable. ' +
      'keepalived does not implement this, which is why it is mostly used for load balancing; all Linux services can be clustered with Pacemaker instead.',
    keywords: [...many('keepalived', ['state', 'priority', 'nopreempt', 'preempt_delay'], 'vrrp_instance')],
  },
  {
    id: 'drbd',
    title: 'DRBD (Distributed Replicated Block Device)',
    explanation:
      'DRBD is a block device used to create highly available data clusters by mirroring a whole block device via an assigned network, like a network-based RAID-1, and far more advanced than rsync. ' +
      'You can assign just one partition of a disk to it, before any file system: you mount and format the DRBD device, not the disk. DRBD is now at version 9, and can replicate over InfiniBand instead of TCP/IP.',
    keywords: [k('drbd', 'resource'), k('drbd', 'on'), k('drbd', 'volume'), k('drbd', 'device'), k('drbd', 'meta-disk'), k('drbd', 'disk', 'volume'), k('drbd', 'disk', 'on')],
  },
  {
    id: 'drbd-protocols',
    title: 'DRBD replication protocols A, B, C',
    explanation:
      'Protocol A is asynchronous: a local write on the primary is complete once the local disk write has finished and the replication packet is in the local TCP send buffer. ' +
      'Protocol B is memory synchronous (semi-synchronous): complete once the local disk write has occurred and the packet has reached the peer node. ' +
      'Protocol C is synchronous: complete only after both the local and the remote disk writes are confirmed, so losing a single node is guaranteed not to lose data. Use protocol C in most cases.',
    keywords: [k('drbd', 'protocol', 'net'), k('drbd', 'net')],
  },
  {
    id: 'drbd-port',
    title: 'DRBD network port',
    explanation: 'DRBD replicates over TCP, on port 7788 by convention; each host of a resource gives its replication address and port.',
    keywords: [k('drbd', 'address', 'on'), k('drbd', 'host', 'connection'), k('drbd', 'connection')],
  },
  {
    id: 'ceph',
    title: 'Ceph',
    explanation:
      'Traditional shared storage (HP 3PAR, EMC, QNAP) needed SAN switches, HBA cards and licences, and was expensive; DevOps and cloud computing (OpenStack) wanted an open-source solution, and Ceph was born there. ' +
      'Ceph supports file, block and object storage at once, has a native API for apps, does its own replication (no RAID needed), uses 3 or more nodes, and needs no HBA (CNA cards carry both storage and network). ' +
      'Best practice: ssh-copy-id between Ceph components for agent-less, passwordless communication.',
    keywords: [k('ceph', 'global')],
  },
  {
    id: 'ceph-networks',
    title: 'Ceph public network and cluster network',
    explanation:
      '/etc/ceph/ceph.conf has two sets of networks, which may be the same network or different ones. ' +
      'The cluster network is where cluster configuration and data replication happen; the public network is for all external services such as Kubernetes, apps, OpenStack and VMware.',
    keywords: [...many('ceph', ['public_network', 'cluster_network', 'public_addr', 'cluster_addr'])],
  },
  {
    id: 'ceph-fsid',
    title: 'Ceph fsid',
    explanation: 'Ceph does not give its clusters names: a cluster is identified by its fsid.',
    keywords: [k('ceph', 'fsid')],
  },
  {
    id: 'ceph-storage-types',
    title: 'Ceph storage protocols',
    explanation:
      'Ceph has a protocol for each kind of storage: file storage through MDS (the Metadata Service), block storage through RBD (for VMware, KVM and all hypervisors), and object storage through the RADOS Gateway (an API like Swift or Amazon S3).',
    keywords: [k('ceph', 'mds'), k('ceph', 'client'), k('ceph', 'rbd_cache'), k('ceph', 'rgw_frontends')],
  },
  {
    id: 'ceph-daemons',
    title: 'Inside a Ceph cluster: MON, MGR, OSD, RGW, MDS',
    explanation:
      'Monitors (ceph-mon, `mon host` in ceph.conf) maintain the map of the cluster state, track active and failed nodes, configuration and data placement, and manage authentication; like Corosync they are vital, best kept off the OSD servers and clustered themselves (monmaptool). ' +
      'Managers (ceph-mgr) keep runtime metrics and dashboards; OSDs (ceph-osd, on SSD or HDD) store data and handle replication, erasure coding, recovery and rebalancing; ' +
      'RADOS Gateways (ceph-rgw) provide S3/Swift APIs over HTTP(S); metadata servers (ceph-mds) map the Ceph File System to RADOS objects; iSCSI gateways serve block storage to VMware or Windows Server.',
    keywords: [...many('ceph', ['mon_host', 'mon_initial_members', 'mon', 'mgr', 'osd', 'mds'])],
  },
  {
    id: 'object-storage',
    title: 'Object storage',
    explanation:
      'Object storage is like iCloud or Dropbox: each object has an HTTP address and is reached through an API, not tied to a location. It sits one level above block storage, which suits upload and download. ' +
      'Objects have a payload, metadata and an ID; video and music content is usually object storage, served by the closest or fastest of the replicated servers.',
    keywords: [k('ceph', 'rgw_frontends'), k('ceph', 'client')],
  },
  {
    id: 'ceph-pg-pool',
    title: 'Placement groups and pools',
    explanation:
      'Data is not stored directly on an OSD: it goes into placement groups (PGs), which Ceph assigns to OSDs automatically with the CRUSH algorithm. Best-practice PG counts are 32, 64 or 128. ' +
      'The only thing the admin interacts with is the pool: pools are like namespaces that logically separate resources.',
    keywords: [...many('ceph', ['osd_pool_default_pg_num', 'osd_pool_default_pgp_num', 'osd_pool_default_size', 'osd_pool_default_min_size', 'osd_crush_chooseleaf_type'])],
  },
  {
    id: 'cephx',
    title: 'CephX authentication',
    explanation:
      'Since Ceph is IP-based its security can be compromised, so Ceph uses the CephX authentication system to authenticate users and daemons and to protect against man-in-the-middle attacks. ' +
      "CephX uses shared secret keys: both the client and the monitor cluster keep a copy of the client's secret key.",
    keywords: [...many('ceph', ['auth_cluster_required', 'auth_service_required', 'auth_client_required', 'auth_supported', 'keyring'])],
  },
];
