#!/usr/bin/env python
"""Write README.md from nbs/index.ipynb (Quarto, which nbdev_readme needs, cannot run on our machines).

    python tools/make_readme.py          # write README.md
    python tools/make_readme.py --check  # exit 1 if README.md differs from what index.ipynb gives
Markdown cells are copied; code cells become ```python blocks followed by their text output (a Markdown output, such
as `IPython.display.Markdown(table)`, is copied as Markdown); cells flagged
`#| hide` are left out, cells flagged `#| echo: false` show only their output; `#|` directive lines are dropped.
"""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def render(nb_path=root/'nbs'/'index.ipynb') -> str:
    nb = json.loads(Path(nb_path).read_text())
    out = []
    for c in nb['cells']:
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown': out.append(src.strip()); continue
        if c['cell_type'] != 'code': continue
        lines = src.splitlines()
        dirs = [l for l in lines if l.startswith('#|')]
        if any(d.replace(' ', '').startswith('#|hide') for d in dirs): continue
        code = '\n'.join(l for l in lines if not l.startswith('#|')).strip()
        echo = not any(d.replace(' ', '').startswith('#|echo:false') for d in dirs)
        if code and echo: out.append(f"```python\n{code}\n```")
        text = ''
        for o in c.get('outputs', []):
            if o.get('output_type') == 'stream': text += ''.join(o['text'])
            elif 'data' in o and 'text/markdown' in o['data']: out.append(''.join(o['data']['text/markdown']).strip())
            elif 'data' in o and 'text/plain' in o['data']: text += ''.join(o['data']['text/plain']) + '\n'
        if text.strip(): out.append(f"```\n{text.rstrip()}\n```")
    return '\n\n'.join(out) + '\n'

if __name__ == '__main__':
    md = render()
    readme = root / 'README.md'
    if '--check' in sys.argv:
        if not readme.exists() or readme.read_text() != md:
            sys.exit("README.md differs from nbs/index.ipynb: run `python tools/make_readme.py` and commit it")
        print("README.md agrees with nbs/index.ipynb")
    else:
        readme.write_text(md); print(f"wrote {readme} ({len(md)} chars)")
