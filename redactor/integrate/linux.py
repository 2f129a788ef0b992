"""Linux desktops: GNOME Files, KDE Dolphin, Xfce Thunar, Cinnamon Nemo, and a
.desktop entry so every file manager offers Redactor under "Open With".

Every file is written for the current user only, under XDG_DATA_HOME and
XDG_CONFIG_HOME, and recorded in a manifest so uninstall removes exactly that.
What the files say is `linux_entries`; Thunar's shared uca.xml is `thunar`.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Mapping

from redactor.integrate.common import (
    APP_ID,
    LABELS,
    MARKER,
    Context,
    Manifest,
    atomic_write,
    ensure_dir,
    icon_bytes,
    labels,
)
from redactor.integrate.linux_entries import app_desktop_entry, kde_service_menu, nautilus_script, nemo_action
from redactor.integrate.thunar import install_thunar, thunar_status, uca_parse, uca_path, uninstall_thunar  # noqa: F401

DESKTOPS = ("gnome", "kde", "xfce", "cinnamon")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class Planned:
    path: Path
    content: bytes
    mode: int
    component: str


def manifest_path(ctx: Context) -> Path:
    return ctx.data_home / APP_ID / "integration.json"


def detect_desktops(
    env: Mapping[str, str], which: Callable[[str], str | None] | None = None
) -> list[str]:
    """Desktops to install for with --desktop auto.

    The running desktop (XDG_CURRENT_DESKTOP) plus every file manager found
    on PATH; when nothing is recognised, all of them.
    """
    which = which or shutil.which
    found: list[str] = []
    current = (env.get("XDG_CURRENT_DESKTOP", "") + ":" + env.get("DESKTOP_SESSION", "")).lower()
    hints = {
        "gnome": ("gnome", "unity", "ubuntu", "pantheon", "budgie"),
        "kde": ("kde", "plasma"),
        "xfce": ("xfce",),
        "cinnamon": ("cinnamon",),
    }
    for desktop, words in hints.items():
        if any(w in current for w in words):
            found.append(desktop)
    managers = {"gnome": "nautilus", "kde": "dolphin", "xfce": "thunar", "cinnamon": "nemo"}
    for desktop, program in managers.items():
        if desktop not in found and which(program):
            found.append(desktop)
    return found or list(DESKTOPS)


# --------------------------------------------------------------------------
# Install / uninstall / status
# --------------------------------------------------------------------------


def plan(ctx: Context, desktops: list[str]) -> list[Planned]:
    """Every plain file an install writes (uca.xml is handled apart)."""
    data = ctx.data_home
    out: list[Planned] = [
        Planned(
            data / "applications" / f"{APP_ID}.desktop",
            app_desktop_entry(ctx).encode(),
            0o644,
            "app",
        )
    ]
    for size in ICON_SIZES:
        out.append(
            Planned(
                data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
                icon_bytes(f"{APP_ID}-{size}.png"),
                0o644,
                "app",
            )
        )
    out.append(
        Planned(
            data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
            icon_bytes(f"{APP_ID}.svg"),
            0o644,
            "app",
        )
    )
    if "gnome" in desktops:
        table = labels(ctx.language)
        for which in ("review", "auto"):
            out.append(
                Planned(
                    data / "nautilus" / "scripts" / table[which],
                    nautilus_script(ctx, which, ctx.language).encode(),
                    0o755,
                    "gnome",
                )
            )
    if "kde" in desktops:
        # KF6 refuses service menus without the executable bit.
        out.append(
            Planned(
                data / "kio" / "servicemenus" / f"{APP_ID}.desktop",
                kde_service_menu(ctx).encode(),
                0o755,
                "kde",
            )
        )
    if "cinnamon" in desktops:
        for which, stem in (("review", "redact"), ("auto", "redact-auto")):
            out.append(
                Planned(
                    data / "nemo" / "actions" / f"{APP_ID}-{stem}.nemo_action",
                    nemo_action(ctx, which).encode(),
                    0o644,
                    "cinnamon",
                )
            )
    return out


def install(ctx: Context, desktops: list[str]) -> int:
    manifest = Manifest(manifest_path(ctx))
    planned = plan(ctx, desktops)
    # Drop files of an earlier install that this one no longer writes (for
    # example a GNOME script whose name followed another language).
    wanted = {str(p.path) for p in planned}
    for old, component in list(manifest.files.items()):
        if old == str(uca_path(ctx)):
            continue
        if old not in wanted and (component in desktops or component == "app"):
            _remove_file(ctx, Path(old), manifest)

    status = 0
    for item in planned:
        if ctx.dry_run:
            ctx.note(f"would write {item.path} (mode {item.mode:o})")
            continue
        reason = ctx.unsafe(item.path)
        if reason:
            ctx.note(f"skipped {item.path}: {reason}")
            status = 1
            continue
        ensure_dir(item.path.parent, manifest)
        atomic_write(item.path, item.content, item.mode)
        manifest.files[str(item.path)] = item.component
        ctx.note(f"wrote {item.path}")

    if "xfce" in desktops:
        status = max(status, install_thunar(ctx, manifest))

    if not ctx.dry_run and not ctx.unsafe(manifest.path):
        manifest.save()
        _refresh(ctx, desktops)
    return status


def _remove_file(ctx: Context, path: Path, manifest: Manifest) -> None:
    manifest.files.pop(str(path), None)
    if ctx.dry_run:
        ctx.note(f"would remove {path}")
        return
    try:
        path.unlink()
        ctx.note(f"removed {path}")
    except FileNotFoundError:
        pass


def _is_ours(path: Path) -> bool:
    try:
        return MARKER.encode() in path.read_bytes()
    except OSError:
        return False


def _known_paths(ctx: Context) -> list[tuple[Path, str]]:
    """Every path any install could have written, in every language."""
    paths: dict[Path, str] = {}
    for lang in LABELS:
        for item in plan(replace(ctx, language=lang, actions=[]), list(DESKTOPS)):
            paths[item.path] = item.component
    return list(paths.items())


def uninstall(ctx: Context) -> int:
    manifest = Manifest(manifest_path(ctx))
    # The manifest only says which of the paths an install writes were written: it lives in the user's
    # home, so a path it lists that no install writes (`/etc/shadow`) is never touched, and every path is
    # removed only when it is verifiably ours (our marker inside, or our exact icon) and not reached
    # through a link.
    known = dict(_known_paths(ctx))
    targets: dict[Path, str] = {}
    for path, component in known.items():
        if path.is_symlink() or not path.is_file():
            continue
        reason = ctx.unsafe(path)
        if reason:
            ctx.note(f"left {path}: {reason}")
            continue
        if _is_ours(path) or _is_our_icon(path):
            targets[path] = component
    for listed in manifest.files:
        if Path(listed) not in known and Path(listed) != uca_path(ctx):
            ctx.note(f"left {listed}: not a file Redactor writes")
    uca = uca_path(ctx)
    targets.pop(uca, None)

    for path in sorted(targets):
        _remove_file(ctx, path, manifest)
    status = uninstall_thunar(ctx, manifest)

    if ctx.dry_run:
        return status
    manifest_file = manifest_path(ctx)
    if manifest_file.exists() and not ctx.unsafe(manifest_file):
        manifest_file.unlink()
    manifest.remove_empty_dirs(ctx)
    _refresh(ctx, list(DESKTOPS))
    return status


def _is_our_icon(path: Path) -> bool:
    if "/icons/hicolor/" not in path.as_posix():
        return False
    if path.suffix == ".svg":
        name = f"{APP_ID}.svg"
    else:
        name = f"{APP_ID}-{path.parent.parent.name.split('x')[0]}.png"
    try:
        return path.read_bytes() == icon_bytes(name)
    except OSError:
        return False


def status(ctx: Context) -> list[tuple[str, str, str]]:
    """(component, state, path) rows: state is installed / outdated / missing."""
    rows: list[tuple[str, str, str]] = []
    manifest = Manifest(manifest_path(ctx))
    recorded = set(manifest.files)
    seen: set[Path] = set()
    for item in plan(ctx, list(DESKTOPS)):
        seen.add(item.path)
        if not item.path.exists():
            state = "missing"
        elif item.path.read_bytes() == item.content and (
            item.path.stat().st_mode & 0o777
        ) == item.mode:
            state = "installed"
        else:
            state = "outdated"
        if "/icons/" in item.path.as_posix() and item.path.name != f"{APP_ID}.svg":
            continue  # one row for the icon set is enough
        rows.append((item.component, state, str(item.path)))
    for extra in sorted(recorded - {str(p) for p in seen} - {str(uca_path(ctx))}):
        rows.append((manifest.files[extra], "installed (other language)", extra))
    rows.append(thunar_status(ctx))
    return rows


def _refresh(ctx: Context, desktops: list[str]) -> None:
    """Ask desktops to pick up the change now; all optional."""
    apps = ctx.data_home / "applications"
    if (apps / "mimeinfo.cache").exists():
        # Only refresh a cache the user already has; never create one.
        ctx.refresh(["update-desktop-database", str(apps)])
    if "kde" in desktops:
        ctx.refresh(["kbuildsycoca6"])
        ctx.refresh(["kbuildsycoca5"])
