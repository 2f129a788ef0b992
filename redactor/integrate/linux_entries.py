"""What each Linux file manager's entry says: the .desktop entry ("Open With"), the KDE service menu,
the Cinnamon actions, the GNOME Files scripts and the Thunar actions, as text to write.

Pure functions of the install context; `linux` decides where they go and writes them.
"""

from __future__ import annotations

import shlex
from xml.sax.saxutils import escape as xml_escape

from redactor.integrate.common import (
    APP_ID,
    APP_NAME,
    IMAGE_EXTENSIONS,
    IMAGE_MIME_TYPES,
    LABELS,
    MARKER,
    Context,
    desktop_exec,
    glib_command,
    keyfile_value,
    labels,
)

THUNAR_IDS = {"review": "redactor-review-1", "auto": "redactor-auto-1"}


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
