#!/usr/bin/env bash
# Leave-rounds-out cross-validation of an email model trained with the blind rounds: for each fold
# k (round number mod FOLDS), train `vigil train email` on the whole dev corpus plus every round not
# in fold k (one source folder per round, as `VIGIL_ROUNDS=1 npm run train:email` does), then score
# the rounds of fold k with that model (`scripts/rounds.mjs scan`, in a copy of this build whose
# models/email.json is the fold's model). Needs ../shared/data (VIGIL_DATA overrides) and a built
# tree (npm run build). Writes OUT/f<k>/{model.json,scan.json}; compare with a plain scan of the same
# rounds by `node scripts/rounds.mjs diff`.
#
#   bash scripts/rounds-cv.sh [--folds 5] [--only K] [--through 241] [--out .vigil/rounds-cv]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${VIGIL_DATA:-$root/../shared/data}
folds=5 only= through=241 out=$root/.vigil/rounds-cv
while [ $# -gt 0 ]; do
  case $1 in
    --folds) folds=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --through) through=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: bash scripts/rounds-cv.sh [--folds N] [--only K] [--through R] [--out DIR]" >&2; exit 2 ;;
  esac
done
dev=$data/email/dev
if [ ! -d "$dev/malicious" ] || [ ! -d "$dev/benign" ]; then
  echo "skipped: $dev/{malicious,benign} not found (set VIGIL_DATA)"; exit 0
fi
rounds=$root/bench/fixtures/rounds
for k in $(seq 0 $((folds - 1))); do
  [ -n "$only" ] && [ "$k" != "$only" ] && continue
  f=$out/f$k
  rm -rf "$f" && mkdir -p "$f/malicious" "$f/benign"
  for s in "$dev"/malicious/*/; do ln -s "$s" "$f/malicious/$(basename "$s")"; done
  for s in "$dev"/benign/*/; do ln -s "$s" "$f/benign/$(basename "$s")"; done
  held=()
  for d in "$rounds"/*/; do
    r=$(basename "$d")
    [[ $r =~ ^[0-9]+$ ]] && [ "$r" -le "$through" ] || continue
    if [ $((r % folds)) -eq "$k" ]; then held+=("$d"); continue; fi
    n=$(printf 'round%03d' "$r")
    ln -s "$d/attack" "$f/malicious/$n"
    ln -s "$d/legit" "$f/benign/$n"
  done
  node "$root/bin/vigil.js" train email --malicious "$f/malicious" --benign "$f/benign" \
    --out "$f/model.json" --model-version "rounds-cv-$k" --quiet
  # a copy of this build whose shipped email model is the fold's
  snap=$f/build
  mkdir -p "$snap/models"
  cp -r "$root/dist" "$root/bin" "$root/package.json" "$snap/"
  cp "$root"/models/* "$snap/models/"
  cp "$f/model.json" "$snap/models/email.json"
  ln -s "$root/node_modules" "$snap/node_modules"
  node "$root/scripts/rounds.mjs" scan --root "$snap" --out "$f/scan.json" "${held[@]}"
  rm -rf "$snap"
done
