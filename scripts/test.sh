#!/usr/bin/env bash
# Runs every test: TypeScript (typecheck, build, vitest), Python (pytest under training/), and
# the end-to-end test of the packaged extension in a real VS Code (code-server + chromium;
# the first run installs them under .cache/e2e/, ~3 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
npm test
.venv/bin/python -m pytest training -q
test/e2e/run.sh
