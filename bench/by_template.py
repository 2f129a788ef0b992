"""Recall per category on some templates of a score.py report (e.g. only photos and ID cards).

    .venv/bin/python ../shared/bench/score.py --truth ../shared/bench/dev --out /tmp/out \\
        --json /tmp/score.json --batch ".venv/bin/redactor batch {indir} -o {outdir}"
    .venv/bin/python bench/by_template.py /tmp/score.json idcard idcard_photo letter_photo

Prints, for the images of the given templates, each category's items, how many were made
unrecoverable (sensitive) or covered (harmless), and the rate.  Values are never printed.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    report = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    templates = set(argv[1:])
    images = [im for im in report["per_image"] if im["template"] in templates]
    total, redacted = Counter(), Counter()
    for image in images:
        for item in image["items"]:
            key = (item["kind"], item["category"])
            total[key] += 1
            redacted[key] += bool(item["redacted"])
    print(f"{len(images)} images of {', '.join(sorted(templates))}")
    for kind in ("sensitive", "harmless"):
        label = "recall" if kind == "sensitive" else "covered"
        n = sum(v for (k, _), v in total.items() if k == kind)
        r = sum(v for (k, _), v in redacted.items() if k == kind)
        if n:
            print(f"{kind:9}  {'all':18} {n:5} {r:5}  {label} {r / n:.3f}")
        for (k, category), count in sorted(total.items()):
            if k == kind:
                print(f"{kind:9}  {category:18} {count:5} {redacted[(k, category)]:5}  {label} "
                      f"{redacted[(k, category)] / count:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
