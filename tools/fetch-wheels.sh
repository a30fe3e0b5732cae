#!/usr/bin/env bash
# Run on a machine with a package index: downloads the pure-Python wheels that an offline GPU machine lacks to run
# the notebooks (nbdev 2, execnb, fastcore, IPython and their needs), for Python 3.12 (pass another with PYVER=3.11).
# A typical offline GPU machine has torch, torchvision and matplotlib but no nbdev/execnb/fastcore, and no registry.
# Usage, at the project root:
#   echo /.whl/ >> .git/info/exclude      # once: keep the wheels out of git
#   bash tools/fetch-wheels.sh .whl [EXTRA_REQUIREMENT ...]
set -euo pipefail
dest=${1:?usage: fetch-wheels.sh DEST [EXTRA_REQUIREMENT ...]}; shift
mkdir -p "$dest"
python3 -m pip download -q --only-binary=:all: --python-version "${PYVER:-3.12}" --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform any \
  -d "$dest" "nbdev==2.4.14" "execnb==0.1.18" "fastcore==1.14.5" "$@" 2>/dev/null || true
# The GPU image already has these; two versions of one package stop the install, so drop ours.
for p in packaging pyyaml psutil pygments typing_extensions setuptools wheel six certifi idna anyio h11 httpcore httpx build pyproject_hooks; do
  rm -f "$dest"/"$p"-*.whl
done
ls "$dest" | sed 's/-[0-9].*//' | tr '\n' ' '; echo
du -sh "$dest"
