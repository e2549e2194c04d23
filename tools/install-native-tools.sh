#!/usr/bin/env bash
# Installs the real configuration checkers that haconf's native validators run and its agreement tests compare with:
# haproxy, keepalived, corosync, drbd-utils (drbdadm), ceph-common (ceph-conf), plus iproute2 (`ip`, for the
# agreement sandbox's dummy interfaces). Debian packages, through apt-get, only those missing; `apt-get update` runs
# only when one is. Installing them starts no daemon in a container without systemd. Idempotent.
set -euo pipefail
PACKAGES=(haproxy keepalived corosync drbd-utils ceph-common iproute2)
SUDO=()
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=(sudo); fi
missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "native tools: ${PACKAGES[*]} already installed"
  exit 0
fi
command -v apt-get >/dev/null 2>&1 || { echo "native tools: missing ${missing[*]} and no apt-get: install them by hand" >&2; exit 1; }
echo "native tools: apt: installing ${missing[*]}"
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for c in haproxy keepalived corosync drbdadm ceph-conf; do
  command -v "$c" >/dev/null 2>&1 || PATH="$PATH:/usr/sbin:/sbin" command -v "$c" >/dev/null 2>&1 || { echo "native tools: $c is not on PATH after installing" >&2; exit 1; }
done
