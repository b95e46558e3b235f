#!/usr/bin/env bash
# Runs every test: TypeScript (typecheck, build, vitest) and Python (pytest under training/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
npm test
.venv/bin/python -m pytest training -q
