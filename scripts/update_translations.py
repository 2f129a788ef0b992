"""Refresh the UI translations: collect strings into ui/i18n/*.ts, compile them to .qm.

    .venv/bin/python scripts/update_translations.py

Edit ui/i18n/redactor_id.ts with Qt Linguist (`pyside6-linguist`) or any text
editor, then run this again so the compiled .qm files that ship match it.
redactor_en.ts only holds English plural forms ("1 file" / "2 files").
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "ui" / "i18n"


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found; install PySide6-Essentials in this environment")
    return found


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(I18N / "redactor_id.ts")], check=True)
    subprocess.run([tool("pyside6-lupdate"), *sources, "-pluralonly", "-ts", str(I18N / "redactor_en.ts")], check=True)
    subprocess.run([tool("pyside6-lrelease"), str(I18N / "redactor_id.ts"), str(I18N / "redactor_en.ts")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
