"""Linux desktops: GNOME Files, KDE Dolphin, Xfce Thunar, Cinnamon Nemo, and a
.desktop entry so every file manager offers Redactor under "Open With".

Every file is written for the current user only, under XDG_DATA_HOME and
XDG_CONFIG_HOME. Thunar keeps all custom actions in one uca.xml, so ours are
spliced into the text of that file and spliced out again by their unique-id,
leaving the user's own actions byte for byte as they were.
"""

from __future__ import annotations

import re
import shlex
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Mapping
from xml.sax.saxutils import escape as xml_escape

from redactor.integrate.common import (
    APP_ID,
    APP_NAME,
    IMAGE_EXTENSIONS,
    IMAGE_MIME_TYPES,
    LABELS,
    MARKER,
    Context,
    Manifest,
    atomic_write,
    desktop_exec,
    ensure_dir,
    glib_command,
    icon_bytes,
    keyfile_value,
    labels,
)

DESKTOPS = ("gnome", "kde", "xfce", "cinnamon")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
THUNAR_IDS = {"review": "redactor-review-1", "auto": "redactor-auto-1"}


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
# File contents
# --------------------------------------------------------------------------


def _localized(key: str, field: str) -> list[str]:
    lines = [f"{key}={keyfile_value(LABELS['en'][field])}"]
    for lang, table in LABELS.items():
        if lang != "en":
            lines.append(f"{key}[{lang}]={keyfile_value(table[field])}")
    return lines


def app_desktop_entry(ctx: Context) -> str:
    """~/.local/share/applications/redactor.desktop: launcher and "Open With"."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        *_localized("GenericName", "app_generic"),
        *_localized("Comment", "app_comment"),
        f"Icon={APP_ID}",
        "Exec=" + desktop_exec(ctx.launcher.review()),
        "Terminal=false",
        "Categories=Graphics;2DGraphics;RasterGraphics;",
        "MimeType=" + "".join(m + ";" for m in IMAGE_MIME_TYPES),
        "Keywords=redact;privacy;screenshot;metadata;sensor;",
        "StartupNotify=true",
        "Actions=redact-auto;",
        f"{MARKER}=app",
        "",
        "[Desktop Action redact-auto]",
        *_localized("Name", "auto"),
        f"Icon={APP_ID}",
        "Exec=" + desktop_exec(ctx.launcher.auto()),
        "",
    ]
    return "\n".join(lines)


def kde_service_menu(ctx: Context) -> str:
    """Dolphin service menu (KF5 5.85+ and KF6 read kio/servicemenus)."""
    lines = [
        "[Desktop Entry]",
        "Type=Service",
        f"Name={APP_NAME}",
        "MimeType=" + "".join(m + ";" for m in IMAGE_MIME_TYPES),
        "X-KDE-ServiceTypes=KonqPopupMenu/Plugin",
        "Actions=redactReview;redactAuto;",
        "X-KDE-Priority=TopLevel",
        f"{MARKER}=kde",
        "",
        "[Desktop Action redactReview]",
        *_localized("Name", "review"),
        f"Icon={APP_ID}",
        "Exec=" + desktop_exec(ctx.launcher.review()),
        "",
        "[Desktop Action redactAuto]",
        *_localized("Name", "auto"),
        f"Icon={APP_ID}",
        "Exec=" + desktop_exec(ctx.launcher.auto()),
        "",
    ]
    return "\n".join(lines)


def nemo_action(ctx: Context, which: str) -> str:
    argv = ctx.launcher.review() if which == "review" else ctx.launcher.auto()
    tip = "review_tip" if which == "review" else "auto_tip"
    lines = [
        "[Nemo Action]",
        "Active=true",
        *_localized("Name", which),
        *_localized("Comment", tip),
        f"Icon-Name={APP_ID}",
        # Quote=double: Nemo wraps each path in "..." and escapes " and \ in it.
        "Exec=" + glib_command(argv),
        "Selection=NotNone",
        "Mimetypes=" + "".join(m + ";" for m in IMAGE_MIME_TYPES),
        "Quote=double",
        "Terminal=false",
        f"{MARKER}=cinnamon",
        "",
    ]
    return "\n".join(lines)


NAUTILUS_SCRIPT = """#!/bin/sh
# {label}: Redactor file-manager action for GNOME Files.
# Installed by "redactor integrate install"; removed by "redactor integrate uninstall".
# {marker}: gnome-{which}
# GNOME Files passes the selected files as arguments, relative to the folder
# it runs the script in, and also one per line in
# NAUTILUS_SCRIPT_SELECTED_FILE_PATHS.  The arguments are exact; the lines are
# not (a name with a newline in it arrives as two lines, the second possibly
# an unselected file), so they are used only when there are no arguments, and
# only when every line is an existing file.
if [ "$#" -gt 0 ]; then
    here=$(pwd)
    for f do
        shift
        case $f in
            /*) set -- "$@" "$f" ;;
            *) set -- "$@" "$here/$f" ;;
        esac
    done
elif [ -n "${{NAUTILUS_SCRIPT_SELECTED_FILE_PATHS:-}}" ]; then
    set -f
    old_ifs=$IFS
    IFS='
'
    set -- $NAUTILUS_SCRIPT_SELECTED_FILE_PATHS
    IFS=$old_ifs
    set +f
    for f do
        if [ ! -e "$f" ]; then
            echo "Redactor: a selected name cannot be read safely (it contains a line break); rename it" >&2
            exit 2
        fi
    done
fi
exec {command} "$@"
"""


def nautilus_script(ctx: Context, which: str, language: str) -> str:
    argv = ctx.launcher.review() if which == "review" else ctx.launcher.auto()
    return NAUTILUS_SCRIPT.format(
        label=labels(language)[which],
        marker=MARKER,
        which=which,
        command=shlex.join(argv),
    )


def thunar_action_xml(ctx: Context, which: str) -> str:
    argv = ctx.launcher.review() if which == "review" else ctx.launcher.auto()
    tip = "review_tip" if which == "review" else "auto_tip"
    parts = ["<action>", f"\t<icon>{APP_ID}</icon>"]
    parts.append(f"\t<name>{xml_escape(LABELS['en'][which])}</name>")
    for lang, table in LABELS.items():
        if lang != "en":
            parts.append(f'\t<name xml:lang="{lang}">{xml_escape(table[which])}</name>')
    parts += [
        f"\t<unique-id>{THUNAR_IDS[which]}</unique-id>",
        f"\t<command>{xml_escape(glib_command(argv))}</command>",
        f"\t<description>{xml_escape(LABELS['en'][tip])}</description>",
    ]
    for lang, table in LABELS.items():
        if lang != "en":
            parts.append(
                f'\t<description xml:lang="{lang}">{xml_escape(table[tip])}</description>'
            )
    patterns = ";".join(f"*.{e};*.{e.upper()}" for e in IMAGE_EXTENSIONS)
    parts += [
        f"\t<patterns>{patterns}</patterns>",
    ]
    if which == "review":
        parts.append("\t<startup-notify/>")  # a window opens; the automatic one has none
    parts += ["\t<image-files/>", "</action>"]
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------
# uca.xml splicing
# --------------------------------------------------------------------------

EMPTY_UCA = '<?xml version="1.0" encoding="UTF-8"?>\n<actions>\n</actions>\n'
_ACTION_RE = re.compile(r"[ \t]*<action\b[^>]*>.*?</action>[ \t]*(?:\r?\n)?", re.DOTALL)
_UID_RE = re.compile(r"<unique-id>\s*([^<]*?)\s*</unique-id>")


class UcaError(Exception):
    """uca.xml exists but is not a file we can safely edit."""


def uca_remove(text: str, ids: set[str]) -> tuple[str, int]:
    """Cut out the <action> elements whose unique-id is in ids."""
    removed = 0

    def keep_or_drop(match: re.Match[str]) -> str:
        nonlocal removed
        uid = _UID_RE.search(match.group(0))
        if uid and uid.group(1) in ids:
            removed += 1
            return ""
        return match.group(0)

    return _ACTION_RE.sub(keep_or_drop, text), removed


def uca_insert(text: str, block: str) -> str:
    """Put block just before the final </actions>.

    When </actions> starts its line (after optional indentation) the block goes
    at the start of that line; when it shares a line with other elements
    (Thunar itself writes the whole file on one line) the block goes right
    before it. Either way uca_remove() takes out exactly the inserted text.
    """
    at = text.rfind("</actions>")
    if at < 0:
        raise UcaError("no </actions> element")
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip() == "":
        at = line_start
    return text[:at] + block + text[at:]


_XML_DECL_RE = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


def uca_parse(text: str) -> ET.Element:
    """Parse uca.xml. Thunar writes its declaration as <?xml encoding="UTF-8"
    version="1.0"?>, which GMarkup accepts but a strict parser rejects, so the
    declaration is dropped before parsing."""
    return ET.fromstring(_XML_DECL_RE.sub("", text, count=1).encode("utf-8"))


def uca_check(text: str) -> None:
    try:
        root = uca_parse(text)
    except ET.ParseError as exc:
        raise UcaError(f"not well-formed XML ({exc})") from exc
    if root.tag != "actions":
        raise UcaError("root element is not <actions>")


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


def uca_path(ctx: Context) -> Path:
    return ctx.config_home / "Thunar" / "uca.xml"


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
        status = max(status, _install_thunar(ctx, manifest))

    if not ctx.dry_run and not ctx.unsafe(manifest.path):
        manifest.save()
        _refresh(ctx, desktops)
    return status


def _install_thunar(ctx: Context, manifest: Manifest) -> int:
    path = uca_path(ctx)
    reason = ctx.unsafe(path)
    if reason:
        ctx.note(f"skipped Thunar: {reason}")
        return 1
    existed = path.exists()
    if existed:
        original = path.read_text(encoding="utf-8")
        try:
            uca_check(original)
        except UcaError as exc:
            ctx.note(f"skipped Thunar: {path} is {exc}; left it untouched")
            return 1
    else:
        original = EMPTY_UCA
    text, _ = uca_remove(original, set(THUNAR_IDS.values()))
    block = thunar_action_xml(ctx, "review") + thunar_action_xml(ctx, "auto")
    text = uca_insert(text, block)
    uca_check(text)
    if ctx.dry_run:
        ctx.note(f"would merge 2 actions into {path}")
        return 0
    if not existed:
        ensure_dir(path.parent, manifest)
        manifest.flags["uca_created"] = True
    mode = (path.stat().st_mode & 0o777) if existed else 0o644
    atomic_write(path, text, mode)
    # uca.xml is the user's file too: it is never listed for removal, only
    # edited by unique-id (and deleted on uninstall only if we created it).
    ctx.note(f"merged 2 actions into {path}")
    return 0


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
    status = _uninstall_thunar(ctx, manifest)

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


def _uninstall_thunar(ctx: Context, manifest: Manifest) -> int:
    path = uca_path(ctx)
    manifest.files.pop(str(path), None)
    if not path.exists():
        return 0
    reason = ctx.unsafe(path)
    if reason:
        ctx.note(f"left {path}: {reason}")
        return 1
    text = path.read_text(encoding="utf-8")
    new_text, removed = uca_remove(text, set(THUNAR_IDS.values()))
    if removed == 0:
        return 0
    if ctx.dry_run:
        ctx.note(f"would remove {removed} actions from {path}")
        return 0
    try:
        uca_check(new_text)
    except UcaError as exc:
        ctx.note(f"left {path} untouched: removing our actions would make it {exc}")
        return 1
    if manifest.flags.get("uca_created") and _no_actions(new_text):
        path.unlink()
        ctx.note(f"removed {path}")
    else:
        atomic_write(path, new_text, path.stat().st_mode & 0o777)
        ctx.note(f"removed {removed} actions from {path}")
    return 0


def _no_actions(text: str) -> bool:
    return len(uca_parse(text)) == 0


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
    uca = uca_path(ctx)
    if uca.exists():
        text = uca.read_text(encoding="utf-8", errors="replace")
        found = {m.group(1) for m in _UID_RE.finditer(text)} & set(THUNAR_IDS.values())
        state = "installed" if len(found) == len(THUNAR_IDS) else (
            "partly installed" if found else "missing"
        )
    else:
        state = "missing"
    rows.append(("xfce", state, str(uca)))
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
