#!/usr/bin/env bash
# Reproduces the shipped model from scratch, resumably (docs/training.md):
#   1. generate the corpus (our own generator; never public benchmarks)
#   2. train the tokenizer, 3. build the token datasets,
#   4. train in three stages (each resumes from runs/default/ckpt.pt and is a no-op once the
#      checkpoint is past it): 0-8500 and 8500-10300 on one cosine, then 10300-17300 on fresh
#      trajectories of the same programs with a new warmup and a decay to 5% of its peak,
#   5. export to models/default and evaluate on the held-out test split.
# Each stage is skipped when its output exists; delete it to redo the stage.
# Environment: NICE (default -10 when root).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
PY=.venv/bin/python
TCMALLOC=/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4
PRIO=()
[ "$(id -u)" = 0 ] && PRIO=(nice -n "${NICE:--10}")

[ -f data/gen/stats.json ] || $PY -m training generate --n 114638 --seed 1 --out data/gen --workers 2
[ -f data/tokenizer.json ] || $PY -m training tokenizer --data data/gen --out data/tokenizer.json --vocab 2048 --programs 20000
[ -f data/ds/train/info.json ] || $PY -m training dataset --data data/gen --tokenizer data/tokenizer.json --out data/ds --seed 0
# the same training programs with other sampled trajectories; the held-out windows stay those of data/ds
if [ ! -f data/ds-b/train/info.json ]; then
  $PY -m training dataset --data data/gen --tokenizer data/tokenizer.json --out data/ds-b --seed 2 --splits train
  ln -sfn ../ds/val data/ds-b/val
fi

# Training is CPU bound: 2 threads, tcmalloc (2x faster than glibc malloc here), passive OpenMP
# waiting (less waste when other processes compete for the two cores).
train() {
  OMP_WAIT_POLICY=PASSIVE LD_PRELOAD=$TCMALLOC "${PRIO[@]}" $PY -m training train --out runs/default \
    --eval-every 500 --eval-windows 512 "$@"
}
train --data data/ds --steps 8500
train --data data/ds --steps 10300
train --data data/ds-b --steps 17300 --lr 3e-4 --warmup 200 --min-lr-ratio 0.05 --schedule-from 10300

$PY -m training golden --tokenizer data/tokenizer.json
$PY -m training export --run runs/default --tokenizer data/tokenizer.json --out models/default --recipe docs/data-recipe.json
$PY -m training eval --model models/default --data data/gen --write-manifest
$PY -m training.greedy_ref --model models/default --out test/golden/greedy.json
