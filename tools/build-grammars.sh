#!/usr/bin/env bash
# Rebuild the tree-sitter grammars in grammars/<format>/ from their grammar.js.
#
# Usage:
#   tools/build-grammars.sh [FORMAT...]          regenerate + recompile (all formats by default)
#   tools/build-grammars.sh --check [FORMAT...]  rebuild into a temporary copy and exit 1 if any
#                                                artifact in the working tree differs from it
#
# For each grammars/<fmt>/grammar.js this writes (ABI 14):
#   grammars/<fmt>/src/{parser.c,node-types.json,grammar.json,tree_sitter/parser.h}
#   grammars/<fmt>/tree-sitter-<fmt>.wasm
#
# Works offline on Debian bookworm with Debian packages only (plus `node` on PATH):
#   * There is no tree-sitter CLI in Debian (and `npm i tree-sitter-cli` downloads a binary), so we
#     build a generate-only binary ("tsgen") from the `cli/src/generate` module of Debian's
#     *source* package tree-sitter, with Debian's cargo/rustc and librust-*-dev crates.
#   * parser.c is compiled to wasm with Debian's emscripten.
# The Debian source and the built binary live in a cache outside the repo:
#   ${HAC_TSGEN_CACHE:-$HOME/.cache/haconf-tsgen}
# keyed on the tree-sitter source version + a hash of the crate below, so later runs take seconds.
# Missing Debian packages are installed with apt-get (needs root, or sudo).
#
# Environment:
#   HAC_TSGEN_CACHE       cache directory (default ~/.cache/haconf-tsgen)
#   HAC_TSGEN_TS_VERSION  Debian version of the tree-sitter source package (default 0.20.7-1)
#   HAC_TSGEN_MIRROR      Debian mirror for the source package (default http://deb.debian.org/debian)
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd -P)
GRAMMARS_DIR="$REPO_ROOT/grammars"
CACHE_DIR=${HAC_TSGEN_CACHE:-$HOME/.cache/haconf-tsgen}
TS_DEB_VERSION=${HAC_TSGEN_TS_VERSION:-0.20.7-1}
TS_UPSTREAM_VERSION=${TS_DEB_VERSION%-*}
DEBIAN_MIRROR=${HAC_TSGEN_MIRROR:-http://deb.debian.org/debian}
DEBIAN_SUITE=bookworm
ABI_VERSION=14
# Files compared by --check (relative to grammars/<fmt>/; the .wasm is added per format).
CHECKED_FILES=(src/parser.c src/node-types.json src/grammar.json)

log() { printf '==> %s\n' "$*"; }
die() { printf 'build-grammars: error: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

# ---------------------------------------------------------------------------------------------
# Cleanup of temporary paths (one EXIT trap for everything).
CLEANUP_PATHS=()
cleanup() {
  local p
  for p in "${CLEANUP_PATHS[@]+"${CLEANUP_PATHS[@]}"}"; do rm -rf -- "$p"; done
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
# Debian packages.
APT_UPDATED=0
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    if [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null) != ii* ]]; then
      missing+=("$pkg")
    fi
  done
  ((${#missing[@]})) || return 0
  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || die "missing Debian packages (run as root to install): ${missing[*]}"
    sudo=(sudo)
  fi
  log "installing Debian packages: ${missing[*]}"
  if ((!APT_UPDATED)); then
    "${sudo[@]+"${sudo[@]}"}" apt-get update -q >/dev/null
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]+"${sudo[@]}"}" \
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

EM_CACHE_DIR=
ensure_runtime_tools() {
  command -v node >/dev/null || ensure_packages nodejs
  ensure_packages emscripten
  # Debian's emscripten uses a prebuilt, FROZEN_CACHE in /usr/share/emscripten/cache, but still
  # wants to write a lock file there (fails for non-root). Use a writable cache of our own whose
  # contents point at Debian's prebuilt sysroot.
  local deb_cache=/usr/share/emscripten/cache
  EM_CACHE_DIR="$CACHE_DIR/emcache"
  mkdir -p "$EM_CACHE_DIR/build"
  [[ -e "$EM_CACHE_DIR/sysroot" ]] || ln -sfn "$deb_cache/sysroot" "$EM_CACHE_DIR/sysroot"
  [[ -e "$EM_CACHE_DIR/sysroot_install.stamp" ]] \
    || cp "$deb_cache/sysroot_install.stamp" "$EM_CACHE_DIR/sysroot_install.stamp"
}

TSGEN_BUILD_PACKAGES=(
  cargo rustc dpkg-dev xz-utils pkg-config libtree-sitter-dev
  librust-anyhow-dev librust-indexmap-dev librust-lazy-static-dev librust-log-dev
  librust-regex-dev librust-regex-syntax-dev librust-rustc-hash-dev librust-semver-dev
  librust-serde-dev librust-serde-derive-dev librust-serde-json-dev librust-smallbitvec-dev
  librust-tree-sitter-dev
)

# ---------------------------------------------------------------------------------------------
# The generate-only crate. Its text is part of the cache key.
crate_cargo_toml() {
  # version must be the tree-sitter CLI version: the generate module reads CARGO_PKG_VERSION.
  cat <<EOF
[package]
name = "haconf-tsgen"
version = "$TS_UPSTREAM_VERSION"
edition = "2018"
publish = false

[[bin]]
name = "tsgen"
path = "src/main.rs"

[dependencies]
anyhow = "1"
indexmap = "1"
lazy_static = "1"
log = "0.4"
regex = "1"
regex-syntax = "0.6"
rustc-hash = "1"
semver = "1"
serde = { version = "1", features = ["derive"] }
# preserve_order is essential: rule order in grammar.json decides the start rule.
serde_json = { version = "1", features = ["preserve_order"] }
smallbitvec = "2"
tree-sitter = "0.20"

[profile.release]
debug = false
strip = true
EOF
}

crate_cargo_config() {
  cat <<'EOF'
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "/usr/share/cargo/registry"

[net]
offline = true
EOF
}

crate_build_rs() {
  # RUST_BINDING_VERSION is only used by the (disabled) binding templates; the real CLI takes it
  # from lib/Cargo.toml, so the script bakes in that value.
  cat <<EOF
fn main() {
    println!("cargo:rustc-env=RUST_BINDING_VERSION=$1");
}
EOF
}

crate_main_rs() {
  cat <<'EOF'
// Generate-only tree-sitter CLI: `tsgen <grammar-dir> <abi>` reads <grammar-dir>/grammar.js
// (via `node`) and writes <grammar-dir>/src/{grammar.json,parser.c,node-types.json,tree_sitter/parser.h}.
#[allow(dead_code, unused_imports)]
mod generate;

use std::path::PathBuf;
use std::process::exit;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: tsgen <grammar-dir> <abi-version>");
        exit(2);
    }
    let dir = PathBuf::from(&args[1]);
    let abi: usize = match args[2].parse() {
        Ok(v) => v,
        Err(_) => {
            eprintln!("tsgen: invalid ABI version {:?}", args[2]);
            exit(2);
        }
    };
    // 0.20.7: (repo_path, grammar_path, abi_version, generate_bindings, report_symbol_name)
    if let Err(e) = generate::generate_parser_in_directory(&dir, None, abi, false, None) {
        eprintln!("tsgen: {:#}", e);
        exit(1);
    }
}
EOF
}

# ---------------------------------------------------------------------------------------------
# Fetch + unpack the Debian source package into the cache (private apt state: no changes to the
# system's apt sources or lists, no root needed for this step).
fetch_tree_sitter_source() {
  local dest=$1
  local apt_dir="$CACHE_DIR/apt"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/sources.list.d"
  printf 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s %s main\n' \
    "$DEBIAN_MIRROR" "$DEBIAN_SUITE" >"$apt_dir/sources.list"
  local apt_opts=(
    -o "Dir::Etc::SourceList=$apt_dir/sources.list"
    -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
    -o "Dir::State::Lists=$apt_dir/lists"
    -o "Dir::Cache=$apt_dir/cache"
    -o "APT::Sandbox::User=root"
  )
  ((EUID == 0)) || apt_opts+=(-o "Debug::NoLocking=1")
  log "tsgen: fetching Debian source tree-sitter=$TS_DEB_VERSION ($DEBIAN_SUITE)"
  apt-get "${apt_opts[@]}" -q update >"$apt_dir/update.log" 2>&1 \
    || { cat "$apt_dir/update.log" >&2; die "apt-get update (deb-src $DEBIAN_SUITE) failed"; }

  local dl
  dl=$(mktemp -d "$CACHE_DIR/dl.XXXXXX")
  CLEANUP_PATHS+=("$dl")
  (cd "$dl" && apt-get "${apt_opts[@]}" -q source --download-only "tree-sitter=$TS_DEB_VERSION") \
    >"$dl/source.log" 2>&1 \
    || { cat "$dl/source.log" >&2; die "cannot download source tree-sitter=$TS_DEB_VERSION (set HAC_TSGEN_TS_VERSION?)"; }
  (cd "$dl" && dpkg-source -x "tree-sitter_${TS_DEB_VERSION}.dsc" src) >"$dl/unpack.log" 2>&1 \
    || { cat "$dl/unpack.log" >&2; die "dpkg-source -x failed"; }
  [[ -d "$dl/src/cli/src/generate" ]] || die "Debian source has no cli/src/generate"
  rm -rf "$dest"
  mkdir -p "$(dirname "$dest")"
  mv "$dl/src" "$dest"
}

cargo_toml_version() { # first `version = "..."` of a Cargo.toml
  sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$1" | head -n1
}

TSGEN=
ensure_tsgen() {
  mkdir -p "$CACHE_DIR"
  local src="$CACHE_DIR/src/tree-sitter-$TS_DEB_VERSION"

  # The RUST_BINDING_VERSION baked into build.rs comes from the source, so the key needs the
  # source; keep that value next to the unpacked source to compute the key without it.
  local hash bin
  key_material() {
    local binding=$1
    printf '%s\n' "$TS_DEB_VERSION" "$binding" "$(/usr/bin/rustc --version 2>/dev/null || true)"
    crate_cargo_toml; crate_cargo_config; crate_build_rs "$binding"; crate_main_rs
  }

  if [[ -f "$src/.haconf-complete" ]]; then
    hash=$(key_material "$(cat "$src/.haconf-binding-version")" | sha256sum | cut -c1-16)
    bin="$CACHE_DIR/bin/tsgen-$TS_DEB_VERSION-$hash"
    if [[ -x "$bin" ]]; then
      TSGEN=$bin
      log "tsgen: cached $bin"
      return 0
    fi
  fi

  # Build (serialised across concurrent runs).
  exec 9>"$CACHE_DIR/.lock"
  flock 9
  ensure_packages "${TSGEN_BUILD_PACKAGES[@]}"
  if [[ ! -f "$src/.haconf-complete" ]]; then
    fetch_tree_sitter_source "$src"
    local cli_ver
    cli_ver=$(cargo_toml_version "$src/cli/Cargo.toml")
    [[ "$cli_ver" == "$TS_UPSTREAM_VERSION" ]] \
      || die "source cli/Cargo.toml says $cli_ver, expected $TS_UPSTREAM_VERSION"
    cargo_toml_version "$src/lib/Cargo.toml" >"$src/.haconf-binding-version"
    touch "$src/.haconf-complete"
  fi
  local binding
  binding=$(cat "$src/.haconf-binding-version")
  hash=$(key_material "$binding" | sha256sum | cut -c1-16)
  bin="$CACHE_DIR/bin/tsgen-$TS_DEB_VERSION-$hash"
  if [[ -x "$bin" ]]; then # built by a concurrent run meanwhile
    TSGEN=$bin
    flock -u 9
    return 0
  fi

  local crate="$CACHE_DIR/crate-$TS_DEB_VERSION-$hash"
  rm -rf "$crate"
  mkdir -p "$crate/src" "$crate/.cargo"
  crate_cargo_toml >"$crate/Cargo.toml"
  crate_cargo_config >"$crate/.cargo/config.toml"
  crate_build_rs "$binding" >"$crate/build.rs"
  crate_main_rs >"$crate/src/main.rs"
  cp -a "$src/cli/src/generate" "$crate/src/generate"

  log "tsgen: building with Debian cargo (takes a minute or two; log: $crate/build.log)"
  local t0=$SECONDS
  # Debian's cargo 1.65 + rustc, not a rustup toolchain that may come first on PATH;
  # a private CARGO_HOME keeps ~/.cargo/config out of it.
  if ! (cd "$crate" && env -u RUSTUP_TOOLCHAIN -u RUSTFLAGS -u CARGO_BUILD_TARGET \
        PATH="/usr/bin:/bin:$PATH" RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc \
        CARGO_HOME="$CACHE_DIR/cargo-home" CARGO_TARGET_DIR="$crate/target" \
        /usr/bin/cargo build --release --offline) >"$crate/build.log" 2>&1; then
    tail -n 40 "$crate/build.log" >&2
    die "building tsgen failed (full log: $crate/build.log)"
  fi
  mkdir -p "$CACHE_DIR/bin"
  cp "$crate/target/release/tsgen" "$bin.tmp.$$"
  mv -f "$bin.tmp.$$" "$bin"
  rm -rf "$crate/target" # ~100 MB of intermediates; the binary is all we keep
  log "tsgen: built $bin in $((SECONDS - t0))s"
  TSGEN=$bin
  flock -u 9
}

# ---------------------------------------------------------------------------------------------
# Build one grammar directory in place.
build_grammar() {
  local fmt=$1 dir=$2
  local t0=$SECONDS
  (cd "$dir" && "$TSGEN" "$dir" "$ABI_VERSION") \
    || die "$fmt: generating the parser failed"
  local name
  name=$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).name)' \
    "$dir/src/grammar.json")
  [[ "$name" == "$fmt" ]] || die "$fmt: grammar name is '$name'; it must equal the directory name '$fmt'"

  (cd "$dir" && EM_CACHE="$EM_CACHE_DIR" emcc -o "tree-sitter-$fmt.wasm" \
      -Os -s WASM=1 -s SIDE_MODULE=2 -s TOTAL_MEMORY=33554432 -s NODEJS_CATCH_EXIT=0 \
      -s "EXPORTED_FUNCTIONS=[\"_tree_sitter_$fmt\"]" \
      -fno-exceptions -fPIC -I src src/parser.c) \
    || die "$fmt: emcc failed"
  chmod 644 "$dir/tree-sitter-$fmt.wasm" # emcc marks it executable
  log "$fmt: src/parser.c ($(wc -c <"$dir/src/parser.c") B), tree-sitter-$fmt.wasm ($(wc -c <"$dir/tree-sitter-$fmt.wasm") B) in $((SECONDS - t0))s"
}

# ---------------------------------------------------------------------------------------------
main() {
  local check=0 formats=() arg
  for arg in "$@"; do
    case $arg in
      --check) check=1 ;;
      -h|--help) usage; exit 0 ;;
      -*) usage >&2; die "unknown option $arg" ;;
      *) formats+=("$arg") ;;
    esac
  done

  if ((${#formats[@]})); then
    for arg in "${formats[@]}"; do
      [[ -f "$GRAMMARS_DIR/$arg/grammar.js" ]] || die "no grammar: grammars/$arg/grammar.js"
    done
  else
    local f
    for f in "$GRAMMARS_DIR"/*/grammar.js; do
      [[ -f "$f" ]] && formats+=("$(basename "$(dirname "$f")")")
    done
    ((${#formats[@]})) || { log "no grammars/*/grammar.js found; nothing to do"; exit 0; }
  fi
  for arg in "${formats[@]}"; do
    [[ "$arg" =~ ^[a-zA-Z_][a-zA-Z0-9_]*$ ]] || die "grammar directory '$arg' is not an identifier"
  done

  ensure_runtime_tools
  ensure_tsgen

  if ((!check)); then
    for arg in "${formats[@]}"; do
      build_grammar "$arg" "$GRAMMARS_DIR/$arg"
    done
    log "built ${#formats[@]} grammar(s): ${formats[*]}"
    return 0
  fi

  # --check: rebuild in a temporary copy of grammars/ (so helper files grammar.js may require
  # are there too), from which the artifacts were removed first, then compare.
  local tmp
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/haconf-grammars-check.XXXXXX")
  CLEANUP_PATHS+=("$tmp")
  cp -a "$GRAMMARS_DIR" "$tmp/grammars"
  local differ=() rel
  for arg in "${formats[@]}"; do
    local copy="$tmp/grammars/$arg"
    rm -rf "$copy/src" "$copy/tree-sitter-$arg.wasm"
    build_grammar "$arg" "$copy"
    for rel in "${CHECKED_FILES[@]}" "tree-sitter-$arg.wasm"; do
      if [[ ! -f "$GRAMMARS_DIR/$arg/$rel" ]]; then
        differ+=("grammars/$arg/$rel (missing)")
      elif ! cmp -s "$copy/$rel" "$GRAMMARS_DIR/$arg/$rel"; then
        differ+=("grammars/$arg/$rel")
      fi
    done
  done
  if ((${#differ[@]})); then
    printf 'build-grammars --check: FAILED; these files differ from a fresh build:\n' >&2
    printf '  %s\n' "${differ[@]}" >&2
    printf 'run tools/build-grammars.sh and commit the result.\n' >&2
    exit 1
  fi
  log "--check: OK (${formats[*]} up to date)"
}

main "$@"
