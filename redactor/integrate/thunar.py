"""Xfce Thunar: its custom actions all live in one uca.xml, the user's own among them.

Ours are spliced into the text of that file and spliced out again by their unique-id, leaving the
user's own actions byte for byte as they were; a file that is not well-formed is left untouched.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from redactor.integrate.common import Context, Manifest, atomic_write, ensure_dir
from redactor.integrate.linux_entries import THUNAR_IDS, thunar_action_xml

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


def uca_path(ctx: Context) -> Path:
    return ctx.config_home / "Thunar" / "uca.xml"


def install_thunar(ctx: Context, manifest: Manifest) -> int:
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



def uninstall_thunar(ctx: Context, manifest: Manifest) -> int:
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



def thunar_status(ctx: Context) -> tuple[str, str, str]:
    """The (component, state, path) row of the Thunar actions."""
    uca = uca_path(ctx)
    if uca.exists():
        text = uca.read_text(encoding="utf-8", errors="replace")
        found = {m.group(1) for m in _UID_RE.finditer(text)} & set(THUNAR_IDS.values())
        state = "installed" if len(found) == len(THUNAR_IDS) else (
            "partly installed" if found else "missing"
        )
    else:
        state = "missing"
    return ("xfce", state, str(uca))
