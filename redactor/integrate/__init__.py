"""File-manager integration: right-click "Redact…" and "Redact automatically".

    redactor integrate install   [--desktop auto|gnome,kde,xfce,cinnamon|all] [--dry-run]
    redactor integrate uninstall
    redactor integrate status
    redactor integrate install --export-reg redactor.reg   (Windows: a .reg file instead)

Everything is per user and needs no administrator rights. `uninstall` removes
exactly what `install` added. The functions install(), uninstall() and
status() are also what the settings dialog calls.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

# The options live with the command line's, which builds its parser without importing this package.
from redactor.cli_args import INTEGRATE_DESCRIPTION as DESCRIPTION
from redactor.cli_args import INTEGRATE_PLATFORMS as PLATFORMS
from redactor.cli_args import add_integrate_arguments as add_arguments
from redactor.i18n import _
from redactor.integrate import linux, macos, windows
from redactor.integrate.common import (
    Context,
    current_platform,
    detect_language,
    find_launcher,
)

__all__ = ["main", "run", "add_arguments", "install", "uninstall", "status", "is_installed", "make_context"]



def make_context(
    *,
    home: str | os.PathLike[str] | None = None,
    platform: str | None = None,
    command: str | None = None,
    language: str | None = None,
    dry_run: bool = False,
    out: Callable[[str], None] = print,
    env: dict[str, str] | None = None,
) -> Context:
    platform = platform or current_platform()
    env = dict(os.environ if env is None else env)
    if home is not None:
        # A different home means a different tree: the caller's XDG paths
        # belong to the real home, so use the defaults under the new one.
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
            env.pop(var, None)
        home_path = Path(home).expanduser().absolute()
    else:
        home_path = Path.home()
    return Context(
        home=home_path,
        env=env,
        platform=platform,
        launcher=find_launcher(command, platform=platform, windowed=platform == "windows"),
        language=language or detect_language(env),
        dry_run=dry_run,
        out=out,
    )


def _desktops(choice: str, ctx: Context) -> list[str]:
    choice = choice.strip().lower()
    if choice == "all":
        return list(linux.DESKTOPS)
    if choice == "auto":
        return linux.detect_desktops(ctx.env)
    picked = [d.strip() for d in choice.split(",") if d.strip()]
    unknown = [d for d in picked if d not in linux.DESKTOPS]
    if unknown:
        raise ValueError(f"unknown desktop: {', '.join(unknown)} (choose from {', '.join(linux.DESKTOPS)}, auto, all)")
    return picked


def install(
    ctx: Context,
    desktops: str = "auto",
    registry: windows.Registry | None = None,
) -> int:
    if ctx.platform == "windows":
        return windows.install(ctx, registry or windows.WinRegistry())
    if ctx.platform == "macos":
        return macos.install(ctx)
    return linux.install(ctx, _desktops(desktops, ctx))


def uninstall(ctx: Context, registry: windows.Registry | None = None) -> int:
    if ctx.platform == "windows":
        return windows.uninstall(ctx, registry or windows.WinRegistry())
    if ctx.platform == "macos":
        return macos.uninstall(ctx)
    return linux.uninstall(ctx)


def status(ctx: Context, registry: windows.Registry | None = None) -> list[tuple[str, str, str]]:
    if ctx.platform == "windows":
        return windows.status(ctx, registry or windows.WinRegistry())
    if ctx.platform == "macos":
        return macos.status(ctx)
    return linux.status(ctx)


def is_installed(ctx: Context | None = None, registry: windows.Registry | None = None) -> bool:
    """True when any file-manager entry is in place (for the settings checkbox)."""
    ctx = ctx or make_context(out=lambda _m: None)
    rows = status(ctx, registry)
    menus = [r for r in rows if r[0] != "app"]
    return any(state.startswith("installed") or state == "outdated" for _c, state, _p in menus)


def _parser() -> argparse.ArgumentParser:
    return add_arguments(argparse.ArgumentParser(prog="redactor integrate", description=_(DESCRIPTION)))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for `python -m redactor.integrate …`; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    return run(args, parser)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Carry out parsed `integrate` arguments (see `add_arguments`)."""
    platform = None if args.platform == "auto" else args.platform
    if args.export_reg:
        platform = "windows"
    ctx = make_context(
        home=args.home,
        platform=platform,
        command=args.launcher_command,
        language=None if args.lang == "auto" else args.lang,
        dry_run=args.dry_run,
    )

    try:
        if args.export_reg:
            if args.action == "status":
                parser.error(_("--export-reg goes with install or uninstall"))
            text = windows.reg_text(ctx, remove=args.action == "uninstall")
            if args.dry_run:
                print(text.replace("\r\n", "\n"), end="")
                return 0
            windows.write_reg(Path(args.export_reg), text)
            print(_("wrote {file}; double-click it on Windows to import").format(file=args.export_reg))
            return 0

        if args.action == "status":
            rows = status(ctx)
            width = max(len(r[0]) for r in rows)
            for component, state, where in rows:
                print(f"{component:<{width}}  {state:<10}  {where}")
            return 0
        if args.action == "install":
            code = install(ctx, args.desktop)
            if code == 0 and not args.dry_run:
                print(_("Done. Right-click an image in your file manager and choose Redact… or "
                        "Redact automatically (GNOME Files: under Scripts).") if ctx.platform == "linux" else
                      _("Done. Right-click an image in your file manager and choose Redact… or "
                        "Redact automatically."))
            return code
        code = uninstall(ctx)
        if code == 0 and not args.dry_run:
            print(_("Removed the file-manager entries."))
        return code
    except SystemExit as exc:
        return int(exc.code or 0)
    except ValueError as exc:
        print(f"redactor integrate: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"redactor integrate: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
