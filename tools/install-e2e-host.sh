#!/usr/bin/env bash
# Installs the real VS Code host the end-to-end tests run in (test/e2e/run-code-server.mjs), offline-friendly and
# idempotent:
#   - Debian packages: chromium (the browser Playwright drives), ripgrep (seeds @vscode/ripgrep's download cache),
#     libkrb5-dev (headers the `kerberos` native module builds against); `apt-get update` runs only when one is missing;
#   - code-server 4.100.3 from npm (bundles VS Code 1.100.3; the newest release whose engines.node accepts Node 20),
#     installed locally into ${HACONF_E2E_HOST:-$HOME/.cache/haconf-e2e-host}, outside the repository.
# A second run with everything in place returns in well under a second.
#
# Usage: bash tools/install-e2e-host.sh            (HACONF_E2E_HOST=/some/dir to install elsewhere)
# See /work/shared/notes/vscode-host-offline.md (or the lead's notes) for why each workaround is needed.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# What @vscode/ripgrep 1.15.11 (code-server 4.100.3's) downloads in its postinstall; seeded from Debian's rg instead.
RIPGREP_CACHE=vscode-ripgrep-cache-1.15.11
RIPGREP_VERSION=v13.0.0-10
HOST_DIR="${HACONF_E2E_HOST:-$HOME/.cache/haconf-e2e-host}"
APT_PACKAGES=(chromium ripgrep libkrb5-dev)

say() { printf 'install-e2e-host: %s\n' "$*"; }
die() { printf 'install-e2e-host: error: %s\n' "$*" >&2; exit 1; }

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); fi
fi

installed_version() {
  local pkg="$HOST_DIR/node_modules/code-server/package.json"
  [ -x "$HOST_DIR/node_modules/.bin/code-server" ] && [ -f "$pkg" ] || return 1
  node -e 'process.stdout.write(require(process.argv[1]).version)' "$pkg" 2>/dev/null
}

# 1. Debian packages.
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get: install them by hand"
  say "apt: installing ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "apt: ${APT_PACKAGES[*]} already installed"
fi
command -v chromium >/dev/null 2>&1 || die "chromium is not on PATH after installing it"
command -v rg >/dev/null 2>&1 || die "rg (ripgrep) is not on PATH after installing it"

# 2. code-server.
if [ "$(installed_version || true)" = "$CODE_SERVER_VERSION" ]; then
  say "code-server $CODE_SERVER_VERSION already installed in $HOST_DIR"
  exit 0
fi

command -v node >/dev/null 2>&1 || die "node is not on PATH"
command -v npm >/dev/null 2>&1 || die "npm is not on PATH"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node $node_major is too old: code-server $CODE_SERVER_VERSION needs Node 20"

mkdir -p "$HOST_DIR"
[ -f "$HOST_DIR/package.json" ] || printf '{ "name": "haconf-e2e-host", "private": true }\n' >"$HOST_DIR/package.json"

# Fix 1: @vscode/ripgrep's postinstall would download ripgrep from GitHub; it looks in $TMPDIR/<cache>/ first.
case "$(uname -m)" in
  x86_64 | amd64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64 | arm64) rg_target=aarch64-unknown-linux-musl ;;
  *) die "no ripgrep cache seeding for architecture $(uname -m)" ;;
esac
export TMPDIR="$HOST_DIR/tmp"
mkdir -p "$TMPDIR/$RIPGREP_CACHE"
rg_tarball="$TMPDIR/$RIPGREP_CACHE/ripgrep-$RIPGREP_VERSION-$rg_target.tar.gz"
if [ ! -s "$rg_tarball" ]; then
  rg_bin="$(command -v rg)"
  tar czf "$rg_tarball" -C "$(dirname "$rg_bin")" "$(basename "$rg_bin")"
fi

# Fix 2: node-pty's install runs `npx node-gyp`; npm here is configured `yes = false`, which makes npx refuse.
export npm_config_yes=true
# Fix 3 (libkrb5-dev for `kerberos`) was handled by apt above.

say "npm: installing code-server@$CODE_SERVER_VERSION into $HOST_DIR (about a minute, ~300 MB)"
start=$(date +%s)
log="$HOST_DIR/install.log"
if ! (cd "$HOST_DIR" && npm install "code-server@$CODE_SERVER_VERSION" --unsafe-perm --no-audit --no-fund >"$log" 2>&1); then
  tail -n 40 "$log" >&2
  die "npm install failed; full log in $log"
fi

got="$(installed_version || true)"
[ "$got" = "$CODE_SERVER_VERSION" ] || die "code-server binary missing or wrong version ('$got') after install; see $log"
"$HOST_DIR/node_modules/.bin/code-server" --version >/dev/null 2>&1 || die "code-server --version fails; see $log"
say "code-server $got installed in $HOST_DIR in $(($(date +%s) - start)) s"
