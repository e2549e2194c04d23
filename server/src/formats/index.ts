/** The formats haconf knows. Adding a format means adding its folder and one line here. */
import type { FormatDefinition } from '../service/format';
import { FormatRegistry } from '../service/registry';
import { ceph } from './ceph';
import { corosync } from './corosync';
import { drbd } from './drbd';
import { haproxy } from './haproxy';
import { keepalived } from './keepalived';

export const FORMATS: readonly FormatDefinition[] = [haproxy, keepalived, corosync, drbd, ceph];

export const registry = new FormatRegistry<FormatDefinition>(FORMATS);
