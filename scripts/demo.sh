#!/usr/bin/env bash
# Sets everything up, then runs the main job: trace an example under the ground-truth tracer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/python -m training trace examples/classroom.py --actions step_over*6,step_into*3,step_out
