#!/usr/bin/env python
"""Run README's main job (`selfkd_train` with its defaults) in a fresh folder, on a quiet machine, and store what it
printed, its wall time and where it ran in nbs/tutorials/results/main_job.json (README's "What the main job printed").

    python tools/main_job.py
"""
import json, subprocess, sys, tempfile, time
from pathlib import Path
from selfkd_nb.core import machine

root = Path(__file__).resolve().parent.parent
commit = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=root, capture_output=True, text=True).stdout.strip()
with tempfile.TemporaryDirectory() as d:
    t = time.time()
    r = subprocess.run(['selfkd_train'], cwd=d, capture_output=True, text=True)
    wall = time.time() - t
if r.returncode: sys.exit(f"main_job: selfkd_train failed ({r.returncode}):\n{r.stderr}")
out = root/'nbs'/'tutorials'/'results'/'main_job.json'
out.parent.mkdir(exist_ok=True)
out.write_text(json.dumps(dict(output=r.stdout, wall_s=round(wall, 1), machine=machine(), commit=commit), indent=1) + '\n')
print(f"{out}: {wall/60:.1f} min, {machine()}, commit {commit}")
