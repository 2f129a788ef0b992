"""What the export check reports on correct covered copies: read alone, and beside what the first pass saw.

    .venv/bin/python bench/check_alarms.py ../shared/bench/dev_browser [--limit N]

Every image of the folder (not its `.labels.png`) is analysed, covered and checked twice in-process: once
alone, once beside the first pass's words and covers (`verify.original_of`).  On copies the benchmark
scores as covered, what the check still reports is mostly false alarms (a car model in a sheet, a salary
beside a covered account); the figure to watch is the second count.  Only masked previews are printed.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from redactor.config import Config
from redactor.load import load_path
from redactor.pipeline import analyse, render
from redactor.testing import isolate_user_settings
from redactor.verify import check_image, original_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    isolate_user_settings()
    images = sorted(p for p in args.folder.glob("*.png") if not p.name.endswith(".labels.png"))
    images = images[:args.limit] if args.limit else images
    alone_total = beside_total = 0
    for path in images:
        analysis = analyse(load_path(path), Config())
        covered = render(analysis)
        alone = check_image(covered, Config(), cores=1)
        beside = check_image(covered, Config(), original=original_of(analysis), cores=1)
        alone_total, beside_total = alone_total + len(alone), beside_total + len(beside)
        if alone or beside:
            print(f"{path.name}: alone {[f.preview for f in alone]}; beside the first pass {[f.preview for f in beside]}",
                  flush=True)
    print(f"check_alarms alone={alone_total} beside_first_pass={beside_total} images={len(images)}")


if __name__ == "__main__":
    main()
