#!/usr/bin/env python
"""Execute notebooks in place and keep their outputs (the stored outputs are the docs).

Cells flagged with settings.ini's `tst_flags` (notest cuda slow) are skipped, as `nbdev_test` does,
unless their flag is given with `--flags`. Stops at the first failing cell and leaves the file unchanged.

    python tools/run_nb.py nbs/02_sampler.ipynb [more.ipynb ...] [--flags "slow"]
"""
import argparse, os, sys, time
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from nbdev.config import get_config
from nbdev.process import extract_directives
from fastcore.xtras import working_directory

def run_nb(fn, force_flags=(), store=True):
    fn = Path(fn).absolute()
    skip = set(get_config().tst_flags.split()) - set(force_flags)
    nb = read_nb(fn)
    def _skip(cell):
        if cell.cell_type != 'code': return True
        from fastcore.basics import AttrDict
        d = extract_directives(AttrDict(source=cell.source, cell_type='code'), remove=False)
        if d.get('eval:', [''])[0].lower() == 'false': return True
        if skip & d.keys():
            return True
        return 'nbdev.nbdev_export()' in cell.source      # the notebooks' own export cell: not when executing them
    sh = CaptureShell(fn, mpl_format='png')   # 1x figures: the stored outputs are the docs, keep them small
    t = time.time()
    try:
        with working_directory(fn.parent): sh.run_all(nb, exc_stop=True, preproc=_skip)
    except BaseException:
        sys.stderr.write(sh.prettytb(fname=fn) + '\n')
        return False
    if store: write_nb(nb, fn)
    print(f'{fn.name}: ran in {time.time()-t:.1f}s' + (', outputs stored' if store else ', outputs not stored (--no-store)'))
    return True

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('notebooks', nargs='+')
    p.add_argument('--flags', default='', help='space-separated flags whose cells should run too')
    p.add_argument('--no-store', action='store_true', help='run the cells but leave the notebook as it is (e.g. to train a study\'s runs while its prose is being edited)')
    a = p.parse_args()
    ok = all([run_nb(f, a.flags.split(), not a.no_store) for f in a.notebooks])
    sys.exit(0 if ok else 1)
