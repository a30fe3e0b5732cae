#!/usr/bin/env bash
# Runs on a GPU machine without internet access, from the project root: installs the wheels carried in WHEEL_DIR
# (made by tools/fetch-wheels.sh on a machine with a package index) into /tmp/site, then runs the notebooks' `cuda` cells with nbdev_test (extra arguments
# go to nbdev_test). Data the cells need travels in the ignored .data/ folder (see nbs/tutorials/01_cskd.ipynb,
# "Running the GPU cells").
# Usage (after copying the project with its `.whl` and `.data` folders to the GPU machine):
#   bash tools/run-cuda-tests.sh .whl --path nbs/tutorials/01_cskd.ipynb
#   FLAGS="cuda slow" bash tools/run-cuda-tests.sh .whl ...     # also the slow cells
#   RUN_NB=1 bash tools/run-cuda-tests.sh .whl nbs/tutorials/01_cskd.ipynb   # execute in place and keep the outputs
set -euo pipefail
whl=${1:?usage: run-cuda-tests.sh WHEEL_DIR [nbdev_test args | notebooks with RUN_NB=1]}; shift
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site "$whl"/*.whl
export PYTHONPATH=$PWD:/tmp/site${PYTHONPATH:+:$PYTHONPATH} PATH=/tmp/site/bin:$PATH PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
python3 -c "import torch, torchvision, nbdev, fastcore; print('torch', torch.__version__, 'torchvision', torchvision.__version__, 'nbdev', nbdev.__version__, 'fastcore', fastcore.__version__)"
if [ -n "${RUN_NB:-}" ]; then
  python3 tools/run_nb.py "$@" --flags "${FLAGS:-cuda}"
  if [ -n "${OUT:-}" ]; then for nb in "$@"; do mkdir -p "$OUT/$(dirname "$nb")"; cp "$nb" "$OUT/$nb"; done; fi
else
  nbdev_test --flags "${FLAGS:-cuda}" --do_print --timing "$@"
fi
