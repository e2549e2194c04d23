/** Format recognition only (names, paths, content), for the client: no grammars and no schemas. */
import { FormatRegistry } from '../service/registry';
import { cephDetection } from './ceph/detect';
import { corosyncDetection } from './corosync/detect';
import { drbdDetection } from './drbd/detect';
import { haproxyDetection } from './haproxy/detect';
import { keepalivedDetection } from './keepalived/detect';

export const detection = new FormatRegistry([haproxyDetection, keepalivedDetection, corosyncDetection, drbdDetection, cephDetection]);
