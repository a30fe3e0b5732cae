#!/usr/bin/env bash
# One command for a GPU machine without internet access (see DEVELOPERS.md, "A GPU machine without internet access").
# From the project root, with the wheels in .whl/ (tools/fetch-wheels.sh) and the data in .data/:
#   bash tools/gpu_run.sh OUT_DIR [MINUTES]        (MINUTES: the time it may take, default 9)
# Writes to OUT_DIR: machine.txt, cuda_cells.log (the lesson notebooks' cuda cells), bench.txt and bench.json
# (selfkd_bench against the references' loop and a bare resident loop, with the ratios), studies.log (the tutorials'
# full-data GPU studies, several runs at a time on the one GPU, finished runs reused) and gpu_runs.tar.gz (the runs'
# small files, to unpack at the project root and commit). SMOKE=1 runs the same steps with tiny settings (on the CPU
# too), to check the command itself.
set -uo pipefail
out=${1:?usage: bash tools/gpu_run.sh OUT_DIR [MINUTES]}; minutes=${2:-9}
t0=$(date +%s); deadline=$((t0 + minutes * 60 - 45))            # 45 s kept for packing
mkdir -p "$out"
left() { echo $(( deadline - $(date +%s) )); }
if [ -d .whl ] && ! python3 -c "import nbdev, execnb, fastcore" 2>/dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
  export PATH=/tmp/site/bin:$PATH PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
fi
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} PYTHONUNBUFFERED=1
{ date -u; python3 -c "import torch, torchvision; print('torch', torch.__version__, 'torchvision', torchvision.__version__)"
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo "no nvidia-smi"; } \
  > "$out/machine.txt" 2>&1
cat "$out/machine.txt"

# 1. The lesson notebooks' cuda cells (the tutorials' are their studies: step 3). A quarter of the time at most.
if [ -z "${SMOKE:-}" ]; then
  : > "$out/cuda_cells.log"
  for nb in $(grep -l '"#| cuda' nbs/*/*.ipynb | grep -v tutorials | grep -v 12_bench); do
    [ "$(left)" -lt 120 ] && break
    echo "== $nb" >> "$out/cuda_cells.log"
    timeout $(( $(left) / 4 )) nbdev_test --flags cuda --path "$nb" --do_print >> "$out/cuda_cells.log" 2>&1 \
      || echo "FAILED $nb" >> "$out/cuda_cells.log"
  done
fi

# 2. The engine against what users would run instead (a quarter of what is left).
bench_args=(--compare --json-out "$out/bench.json" --methods ce,cskd,byot --paths resident,dataloader --amp off,bf16
            --compile off,reduce-overhead)
[ -n "${SMOKE:-}" ] && bench_args=(--compare --json-out "$out/bench.json" --width 8 --img-size 16 --batch-size 16 --steps 3
                                  --warmup 2 --n-train 64 --n-test 32 --methods ce --paths resident --amp off --compile off)
timeout $(( $(left) / 4 )) python3 -c "from selfkd_nb.commands.bench import bench_cli; bench_cli()" "${bench_args[@]}" \
  > "$out/bench.txt" 2>&1 || echo "bench stopped: see bench.txt" >> "$out/bench.txt"

# 3. The tutorials' GPU studies until the deadline (runs not started by then wait for the next session).
runs=nbs/tutorials/runs/gpu; [ -n "${SMOKE:-}" ] && runs=$(mktemp -d)/gpu          # a smoke run keeps its toy runs apart
python3 -c "import sys; from selfkd_nb.commands.study import run_gpu_studies
run_gpu_studies(deadline=float(sys.argv[1]), smoke=bool(sys.argv[2]), runs=sys.argv[3])" "$deadline" "${SMOKE:-}" "$runs" \
  > "$out/studies.log" 2>&1 || echo "studies stopped: see studies.log" >&2

# 4. The runs' small files, for the repository.
find "$runs" -type f \( -name config.json -o -name summary.json -o -name history.csv -o -name train.log \) \
  2>/dev/null | tar czf "$out/gpu_runs.tar.gz" -T -            # unpack at the project root: nbs/tutorials/runs/gpu/...
ls -la "$out"; echo "gpu_run: done in $(( $(date +%s) - t0 )) s"
