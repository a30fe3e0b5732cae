#!/usr/bin/env python
"""Train a tutorial-3 variant along both data paths with its crops and flips drawn from another random stream.

Tutorial 3 pairs each seed's decoded-cache run with its DataLoader run; the two draw their random crops and flips from
different streams (the cache: one generator per epoch, `epoch_generator(seed, epoch, 'augment')`; the DataLoader: one
seed per batch, `seed_for(seed, epoch, 'batch<k>')`). This check salts both (purpose + '-<salt>'), so each path draws
other crops and flips than the tutorial's runs with everything else equal, and prints the four arms side by side: how
far two sets of seeds of one path differ when only the draws change. Run from the project root, with the tutorial's
runs in place (commit first: the runs record the commit):

    python tools/stream_check.py --method byot --salt b     # 24 runs of about a minute, two at a time
"""
import argparse, json, sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

RUNS = Path('nbs/tutorials/runs/pbc')
SCHEDULE = dict(data='.data/pbc200', img_size=64, stem='imagenet', arch='resnet18', width=32, epochs=20, batch_size=64,
                schedule='onecycle', lr=0.1, wd=5e-4, preset='quick', crop_pad=8, progress='off', device='cpu',
                test_last_only=True)                    # tutorial 3's FOLDER_SCHEDULE, from the project root

def arm(path:str, method:str, salt:str, seeds:tuple) -> list[dict]:
    "One path's runs with its augmentation stream salted (in this worker process only)."
    import selfkd_nb.data.loader as L
    from selfkd_nb.commands.study import run_study
    if path == 'cache':
        g0 = L.epoch_generator
        L.epoch_generator = lambda seed, epoch, purpose='', device='cpu': g0(seed, epoch, f'{purpose}-{salt}', device)
        v = {f'{method} stream {salt}': dict(method=method)}
    else:
        s0 = L.seed_for
        L.seed_for = lambda seed, epoch, purpose='': s0(seed, epoch, f'{purpose}-{salt}')
        v = {f'{method} files stream {salt}': dict(method=method, resident='off', workers=0)}
    return run_study(v, seeds=seeds, out=str(RUNS), schedule=SCHEDULE, workers=1, threads=1)

def top1(label:str, seed:int) -> float:
    from selfkd_nb.commands.study import run_dir, _row
    d = run_dir(RUNS, label, seed)
    return _row(label, seed, json.loads((d/'summary.json').read_text()), d)['top1']

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--method', default='byot', choices=('ce', 'cskd', 'byot'))
    p.add_argument('--salt', default='b')
    p.add_argument('--seeds', type=int, default=12, help='seeds 0..N-1 (tutorial 3 has 12)')
    a = p.parse_args()
    if not ((Path('.data/pbc200')/'train').is_dir() and (RUNS/a.method/'seed0'/'config.json').is_file()):
        sys.exit("stream_check: run tutorial 3 first (its .data/pbc200 and runs/pbc)")
    have = json.loads((RUNS/a.method/'seed0'/'config.json').read_text())       # tutorial 3's own run of the method
    differ = {k: (v, have.get(k)) for k, v in SCHEDULE.items()
              if k not in ('data', 'progress', 'device') and have.get(k) != v}
    if differ or (Path('nbs/tutorials')/have['data']).resolve() != Path(SCHEDULE['data']).resolve():
        sys.exit(f"stream_check: SCHEDULE is not tutorial 3's FOLDER_SCHEDULE any more ({differ or have['data']}): "
                 "make them the same")
    from selfkd_nb.commands.study import mean_std
    seeds, m, s = tuple(range(a.seeds)), a.method, a.salt
    with ProcessPoolExecutor(2, mp_context=get_context('spawn')) as ex:
        list(ex.map(arm, ('cache', 'files'), (m, m), (s, s), (seeds, seeds)))
    arms = {'cache': m, 'DataLoader': f'{m} files', f'cache, stream {s}': f'{m} stream {s}',
            f'DataLoader, stream {s}': f'{m} files stream {s}'}
    t = {k: [top1(v, i) for i in seeds] for k, v in arms.items()}
    print(f"{m}, PBC 64 px, seeds 0-{a.seeds - 1}: test top-1 (last epoch, deepest head)")
    for k, x in t.items(): print(f"{k:>24} {mean_std(x)[0]:.4f} ± {mean_std(x)[1]:.4f}")
    print("paired differences (points): mean ± SE, seeds ahead")
    out = {}
    for x, y in [('cache', 'DataLoader'), (f'cache, stream {s}', f'DataLoader, stream {s}'),
                 ('cache', f'cache, stream {s}'), ('DataLoader', f'DataLoader, stream {s}')]:
        d = [100 * (u - v) for u, v in zip(t[x], t[y])]
        mu, sd = mean_std(d)
        out[f'{x} - {y}'] = dict(mean=mu, se=sd / len(d) ** .5, ahead=sum(v > 0 for v in d), n=len(d))
        print(f"{x + ' - ' + y:>50} {out[f'{x} - {y}']['mean']:+.2f} ± {out[f'{x} - {y}']['se']:.2f}"
              f"  {out[f'{x} - {y}']['ahead']} of {len(d)}")
    Path('nbs/tutorials/results').mkdir(exist_ok=True)
    Path(f'nbs/tutorials/results/cpu_folders_stream_{m}_{s}.json').write_text(json.dumps(dict(
        method=m, salt=s, seeds=list(seeds), top1=t, paired=out), indent=1))
