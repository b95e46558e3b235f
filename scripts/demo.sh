#!/usr/bin/env bash
# Sets everything up, then runs the main job: the shipped model predicts each stop of an
# example program while real debugpy runs it, side by side, with per-step verdicts and
# accuracy (no VS Code needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
npm run -s build
node dist/cli.js compare examples/classroom.py --actions 'step_over*4,step_into*6,step_out,step_over*6' "$@"
