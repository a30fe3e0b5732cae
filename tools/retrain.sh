#!/usr/bin/env bash
# Retrain every stored CPU study from one commit, in order, one notebook at a time (the machine stays quiet for the
# cells that time things: tutorial 4's method costs, tutorial 3's cache against the DataLoader). Finished runs are
# reused, so after an interruption the same command continues where it stopped. Run it from the project root, on a
# clean, committed tree:   nohup bash tools/retrain.sh > retrain.log 2>&1 &
# To start at a later step (the earlier ones stored and committed): bash tools/retrain.sh --from nbs/tutorials/01_cskd.ipynb
# Steps: the boards (tutorial 4, trained without storing, runs committed as they finish), then tutorial 4 stored
# (its cost cell runs alone), then the notebooks that read the board's runs, then the folder and transfer studies.
# Afterwards: read the outputs, write the prose that quotes them, `nbdev_clean`, run nbs/index.ipynb and
# `python tools/make_readme.py`, commit.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -z "$(git status --porcelain -- selfkd_nb nbs/*.ipynb nbs/*/*.ipynb)" ] || {
  echo "retrain: commit the notebooks and the package first (every stored number must come from committed code)"; exit 1; }
FROM=""; [ "${1:-}" = "--from" ] && FROM="$2"
if [ -n "$FROM" ]; then grep -q -- "^step $FROM " "$0" || { echo "retrain: --from $FROM is not one of the steps below"; exit 1; }; fi
step() {                                  # a notebook (run and stored) or a script; skipped until --from's step
  [ -n "$FROM" ] && [ "$1" != "$FROM" ] && { echo "== skip $*"; return; }; FROM=""
  echo "== $(date -u +%H:%M:%S) $*"
  case "$1" in *.ipynb) python tools/run_nb.py "$@";; *) python "$@";; esac; }
[ -n "$FROM" ] || { echo "== $(date -u +%H:%M:%S) the main job"; python tools/main_job.py; }   # README's main job, alone: 3 minutes
step nbs/tutorials/04_leaderboard.ipynb --flags slow --no-store    # the boards: hours
step nbs/tutorials/04_leaderboard.ipynb --flags slow               # stored: runs reused, costs measured alone
step nbs/methods/07i_ddgsd.ipynb --flags slow                      # reads the board's DDGSD and CE runs
step nbs/methods/07p_mixskd.ipynb --flags slow                     # one lr step below the board's grid: 4 runs
step nbs/tutorials/01_cskd.ipynb --flags slow                      # the board's runs + its crop study (6 runs)
step nbs/tutorials/02_byot.ipynb --flags slow                      # the board's BYOT runs and ablations
step nbs/commands/15_predict.ipynb --flags slow                    # early exit on the board's BYOT runs
step nbs/tutorials/03_folders.ipynb --flags slow                   # PBC: 72 runs (12 seeds), cache against DataLoader
step tools/stream_check.py --method byot --salt b                   # 24 runs that tutorial 3's reading quotes
step nbs/tutorials/05_transfer.ipynb --flags slow --no-store       # CIFAR-10 pretraining, then the fine-tunes
step nbs/tutorials/05_transfer.ipynb --flags slow                  # stored: its opening figure reads every run
nbdev_clean
echo "== $(date -u +%H:%M:%S) done: now the prose, nbs/index.ipynb and README (see the top of this file)"
