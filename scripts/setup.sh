#!/usr/bin/env bash
# Installs everything this repository needs, from scratch or incrementally:
# Debian packages (when run as root), the Python venv with pinned packages, and npm packages.
# Safe to run again: each step is skipped when its inputs have not changed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STAMPS="$ROOT/.cache/stamps"
mkdir -p "$STAMPS"

stamp_ok() { [ -f "$STAMPS/$1" ] && [ "$(cat "$STAMPS/$1")" = "$2" ]; }

APT_PACKAGES="libtcmalloc-minimal4"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  if ! stamp_ok apt "$APT_PACKAGES"; then
    echo "==> apt-get install $APT_PACKAGES"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $APT_PACKAGES >/dev/null
    echo "$APT_PACKAGES" > "$STAMPS/apt"
  fi
fi

PY=${PYTHON:-python3}
REQ_HASH=$(sha256sum training/requirements.txt | cut -d' ' -f1)
if [ ! -x .venv/bin/python ] || ! stamp_ok pip "$REQ_HASH"; then
  echo "==> Python venv (.venv) with training/requirements.txt"
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  .venv/bin/pip install -q -r training/requirements.txt
  echo "$REQ_HASH" > "$STAMPS/pip"
fi

LOCK_HASH=$(sha256sum package-lock.json | cut -d' ' -f1)  # dependencies only: script edits need no reinstall
if [ ! -d node_modules ] || ! stamp_ok npm "$LOCK_HASH"; then
  echo "==> npm ci"
  # onnxruntime-node (benchmarks only) must not try to fetch CUDA binaries.
  ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund --loglevel=error
  echo "$LOCK_HASH" > "$STAMPS/npm"
fi

# bundled/: debugpy pinned as in training/requirements.txt, installed inside the extension the
# way the official Python Debugger ships it (users then only need Python), and the files the
# real-debugpy backend runs in the debuggee: the tracer's canonicalizer (copied, so there is
# one source) and the helpers from adapter/debugpy/python/.
DEBUGPY_PIN=$(grep -E '^debugpy==' training/requirements.txt)
if [ ! -d bundled/libs/debugpy ] || ! stamp_ok debugpy "$DEBUGPY_PIN"; then
  echo "==> bundled/libs ($DEBUGPY_PIN)"
  rm -rf bundled/libs
  .venv/bin/pip install -q --target bundled/libs --no-deps --no-compile --only-binary=:all: "$DEBUGPY_PIN"
  rm -rf bundled/libs/bin  # console scripts with this machine's interpreter path: not used
  echo "$DEBUGPY_PIN" > "$STAMPS/debugpy"
fi
HELPERS_HASH=$(cat training/canon.py adapter/debugpy/python/*.py | sha256sum | cut -d' ' -f1)
if [ ! -f bundled/python/ndb_canon.py ] || ! stamp_ok bundled-python "$HELPERS_HASH"; then
  echo "==> bundled/python (canonicalizer and debuggee helpers)"
  rm -rf bundled/python
  mkdir -p bundled/python
  cp training/canon.py bundled/python/ndb_canon.py
  cp adapter/debugpy/python/*.py bundled/python/
  echo "$HELPERS_HASH" > "$STAMPS/bundled-python"
fi
