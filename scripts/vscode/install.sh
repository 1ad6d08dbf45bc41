#!/usr/bin/env bash
# Installs what the real-VS Code integration tests need: Debian packages,
# code-server 4.100.3 (VS Code 1.100.3 + its Node extension host) in
# .vscode-test/code-server/, and playwright-core in the project.
# Idempotent: every step checks first and skips what is already in place.
# See ../shared/docs/real-vscode.md (beside the project) for why each step looks the way it does.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# Pinned by code-server 4.100.3's npm-shrinkwrap (lib/vscode); names its cache folder.
RIPGREP_NPM_VERSION=1.15.11
RIPGREP_PREBUILT=v13.0.0-10
# The release built against Chromium 156, the version Debian 12 ships (CDP drift stays small).
PLAYWRIGHT_CORE_VERSION=1.64.1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CS_DIR="$ROOT/.vscode-test/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"
VSCODE_DIR="$CS_PKG/lib/vscode"

log() { printf '[vscode:install] %s\n' "$*"; }
die() { printf '[vscode:install] ERROR: %s\n' "$*" >&2; exit 1; }

# Runs one named step and prints how long it took.
step() {
  local name="$1"; shift
  local t0=$SECONDS
  log "== $name"
  "$@"
  log "== $name: done in $((SECONDS - t0)) s"
}

# Root on CI and the dev machines; sudo elsewhere.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

APT_PACKAGES=(build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev
  libsecret-1-dev ripgrep chromium)

apt_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    # Status, not just the exit code: a removed package with leftover config still "exists".
    dpkg -s "$p" 2>/dev/null | grep -qx 'Status: install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "all apt packages present"
    return
  fi
  log "installing: ${missing[*]}"
  as_root apt-get update -qq
  # No recommends: chromium's pull in desktop services a headless run never uses.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  [ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after apt-get install"
  command -v rg >/dev/null || die "rg missing after apt-get install"
}

ripgrep_cache() {
  local arch target tmp cache tarball
  arch="$(node -p process.arch)"
  case "$arch" in
    x64) target=x86_64-unknown-linux-musl ;;
    arm64) target=aarch64-unknown-linux-musl ;;
    *) die "no ripgrep cache recipe for arch $arch" ;;
  esac
  # @vscode/ripgrep's postinstall looks in os.tmpdir() before it tries GitHub (unreachable here).
  tmp="$(node -p 'require("node:os").tmpdir()')"
  cache="$tmp/vscode-ripgrep-cache-$RIPGREP_NPM_VERSION"
  tarball="$cache/ripgrep-$RIPGREP_PREBUILT-$target.tar.gz"
  if [ -s "$tarball" ] && tar tzf "$tarball" | grep -qx 'rg'; then
    log "ripgrep cache present: $tarball"
    return
  fi
  mkdir -p "$cache"
  local stage; stage="$(mktemp -d)"
  cp "$(command -v rg)" "$stage/rg"
  # The postinstall extracts the archive into bin/ and expects rg at its root.
  tar czf "$tarball" -C "$stage" rg
  rm -rf "$stage"
  log "wrote $tarball"
}

# Loads each native module code-server needs on Linux; non-zero if one is unbuilt.
verify_native() {
  [ -f "$CS_PKG/package.json" ] || return 1
  # code-server itself requires argon2 at start-up; it builds from source here (no prebuilt download).
  (cd "$CS_PKG" && node -e '
    try { require("argon2"); console.log("  ok   argon2"); }
    catch (e) { console.log("  FAIL argon2: " + String(e.message).split("\n")[0]); process.exit(1); }
  ') || return 1
  (cd "$VSCODE_DIR" && node -e '
    const { execFileSync } = require("node:child_process");
    const mods = ["node-pty", "kerberos", "@vscode/spdlog", "native-watchdog", "@parcel/watcher", "@vscode/deviceid"];
    let bad = 0;
    for (const m of mods) {
      try { require(m); console.log("  ok   " + m); }
      catch (e) { bad++; console.log("  FAIL " + m + ": " + String(e.message).split("\n")[0]); }
    }
    try {
      const rg = require("@vscode/ripgrep").rgPath;
      console.log("  ok   @vscode/ripgrep: " + execFileSync(rg, ["--version"]).toString().split("\n")[0]);
    } catch (e) { bad++; console.log("  FAIL @vscode/ripgrep: " + String(e.message).split("\n")[0]); }
    process.exit(bad ? 1 : 0);
  ')
}

code_server() {
  local have=""
  [ -f "$CS_PKG/package.json" ] && have="$(node -p "require('$CS_PKG/package.json').version")"
  if [ "$have" = "$CODE_SERVER_VERSION" ] && verify_native >/dev/null 2>&1; then
    log "code-server $have already installed with its native modules"
    return
  fi
  [ -n "$have" ] && log "found code-server '$have' (incomplete or other version): reinstalling"
  rm -rf "$CS_DIR/node_modules" "$CS_DIR/package-lock.json"
  mkdir -p "$CS_DIR"
  # Own package.json so the ~300 MB never touches the project's dependencies.
  [ -f "$CS_DIR/package.json" ] || printf '{\n  "name": "claimlens-code-server",\n  "private": true\n}\n' >"$CS_DIR/package.json"
  # yes=true: node-pty's postinstall runs `npx node-gyp`, which otherwise refuses its prompt.
  # --unsafe-perm: code-server's postinstall exits early as root without it (npm 11 warns it is unknown).
  # --foreground-scripts: show the native builds as they run instead of a silent 3-minute pause.
  (cd "$CS_DIR" && npm_config_yes=true npm install --unsafe-perm --foreground-scripts \
    --no-audit --no-fund --save-exact "code-server@$CODE_SERVER_VERSION")
  log "checking native modules"
  verify_native || die "code-server installed but native modules are not built (see the FAIL lines above and the npm output)"
}

playwright_core() {
  cd "$ROOT"
  if ! node -e 'process.exit(require("./package.json").devDependencies?.["playwright-core"] ? 0 : 1)'; then
    # No browser download: the tests drive Debian's /usr/bin/chromium.
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install -D --no-audit --no-fund "playwright-core@$PLAYWRIGHT_CORE_VERSION"
  elif [ ! -f node_modules/playwright-core/package.json ]; then
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund
  fi
  log "playwright-core $(node -p 'require("playwright-core/package.json").version')"
}

T0=$SECONDS
step "apt packages" apt_packages
step "ripgrep cache" ripgrep_cache
step "code-server $CODE_SERVER_VERSION" code_server
step "playwright-core" playwright_core
log "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
log "all done in $((SECONDS - T0)) s"
