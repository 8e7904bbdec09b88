#!/usr/bin/env bash
# SpamAssassin and rspamd on the same dev folders as Vigil (../shared/peers; offline, local rules).
#   bash scripts/peers-email.sh              rules only, whole dev set
#   bash scripts/peers-email.sh --bayes N    also: Bayes trained on Vigil's CV training folds (all
#                                            but fold N of .vigil/cv/cv-email-group-folds.csv, written
#                                            by `npm run cv:email`), scored on fold N
#   bash scripts/peers-email.sh --bayes-source [PEER]
#                                            leave one source out, as `npm run cv:email -- --mode source`:
#                                            for every source folder, Bayes trained on all the others,
#                                            scored on it (one CSV per held-out source; PEER = rspamd
#                                            or spamassassin, default both)
# Results: .vigil/peers/*.csv and one JSON line each in .vigil/peers/*.json. Takes minutes (SA is
# CPU-bound: ~0.1 CPU-s per message). Skips (exit 0) when ../shared/data or ../shared/peers is absent.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${VIGIL_DATA:-$root/../shared/data}"
peers="${VIGIL_PEERS:-$root/../shared/peers}"
dev="$data/email/dev"
if [[ ! -d "$dev/malicious" || ! -x "$(command -v bash)" || ! -f "$peers/spamassassin.sh" ]]; then
  echo "skipped: $dev or $peers not found"; exit 0
fi
out="$root/.vigil/peers"; mkdir -p "$out"
jobs="${JOBS:-$(nproc)}"
# Bayes on Vigil's folds: symlinks named by their corpus id, test = the rows whose column COL of the
# folds CSV (file,label,source,fold) equals HELD, train = the rest; then each PEER scores the test side.
bayes_split() { # FOLDS COL HELD NAME PEERS...
  local folds="$1" col="$2" held="$3" name="$4"; shift 4
  local work; work="$(mktemp -d /tmp/vigil-peer-split.XXXXXX)"
  mkdir -p "$work"/{train,test}/{malicious,benign}
  tail -n +2 "$folds" | while IFS=, read -r file label source f; do
    local key="$f"; [[ "$col" == source ]] && key="$source"
    local side=train; [[ "$key" == "$held" ]] && side=test
    ln -s "$(cd "$root" && realpath "$file")" "$work/$side/$label/${source}__$(basename "$file")"
  done
  for peer in "$@"; do
    bash "$peers/$peer.sh" --malicious "$work/test/malicious" --benign "$work/test/benign" \
      --train-dir-malicious "$work/train/malicious" --train-dir-benign "$work/train/benign" \
      --jobs "$jobs" --out "$out/$peer-$name.csv" | tail -1 | tee "$out/$peer-$name.json"
  done
  rm -rf "$work"
}
if [[ "${1:-}" == "--bayes-source" ]]; then
  folds="$root/.vigil/cv/cv-email-source-folds.csv"
  [[ -f "$folds" ]] || { echo "run npm run cv:email -- --mode source first ($folds missing)"; exit 2; }
  # shellcheck disable=SC2086
  for held in $(tail -n +2 "$folds" | cut -d, -f3 | sort -u); do bayes_split "$folds" source "$held" "bayes-source-$held" ${2:-rspamd spamassassin}; done
elif [[ "${1:-}" == "--bayes" ]]; then
  fold="${2:?fold number}"
  folds="$root/.vigil/cv/cv-email-group-folds.csv"
  [[ -f "$folds" ]] || { echo "run npm run cv:email first ($folds missing)"; exit 2; }
  bayes_split "$folds" fold "$fold" "bayes-fold$fold" rspamd spamassassin
else
  for peer in rspamd spamassassin; do
    bash "$peers/$peer.sh" --malicious "$dev/malicious" --benign "$dev/benign" --jobs "$jobs" \
      --out "$out/$peer.csv" | tail -1 | tee "$out/$peer.json"
  done
fi
