"""What the command line and the reports call things, in the user's language (see `redactor.i18n`).

Engine keys (categories, verdicts, statuses, metadata kinds) stay English in JSON; people read these.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping

from .categories import category, known
from .errors import MESSAGES, RedactorError
from .findings import COVERED, FAILED, NEEDS_REVIEW, NOTHING_FOUND, VerdictKind
from .i18n import N_, _, ngettext
from .i18n import language as i18n_language

# The words for each verdict, the same in the command line, the reports, the review window, the batch window
# and the guard's notifications.  English and Indonesian side by side, like the category names.
VERDICT_MESSAGES: dict[VerdictKind, dict[str, dict[str, str]]] = {
    VerdictKind.INTERNAL_SYSTEM: {
        "line": {"en": "screenshot of an internal system: better not posted at all, even redacted",
                 "id": "tangkapan layar sistem internal: sebaiknya tidak diunggah sama sekali, meskipun sudah disensor"},
        "short": {"en": "internal system screen: better not posted",
                  "id": "layar sistem internal: sebaiknya tidak diunggah"},
        "banner": {"en": "This looks like a screenshot of an internal government system. Posting it is discouraged "
                         "even after covering: menus, names and layout still reveal how the system works.",
                   "id": "Ini tampak seperti tangkapan layar sistem internal pemerintah. Sebaiknya tidak diunggah "
                         "walaupun sudah ditutup: menu, nama, dan tata letak tetap memperlihatkan cara kerja sistem."},
        "alert": {"en": "Screenshot of an internal system in {name}",
                  "id": "Tangkapan layar sistem internal di {name}"},
    },
    VerdictKind.CLASSIFIED_DOCUMENT: {
        "line": {"en": "classified document: do not post it, even redacted",
                 "id": "dokumen berklasifikasi: jangan diunggah, meskipun sudah disensor"},
        "short": {"en": "classified document: must not be posted", "id": "dokumen rahasia: tidak boleh diunggah"},
        "banner": {"en": "This looks like a classified document (it carries a security marking). It must not be "
                         "posted, even with parts covered.",
                   "id": "Ini tampak seperti dokumen rahasia (ada tanda klasifikasi keamanan). Dokumen ini tidak "
                         "boleh diunggah, walaupun sebagian sudah ditutup."},
        "alert": {"en": "Classified document in {name}", "id": "Dokumen rahasia di {name}"},
    },
    VerdictKind.IDENTITY_CARD: {
        "line": {"en": "identity document: better not posted at all, even redacted",
                 "id": "dokumen identitas: sebaiknya tidak diunggah sama sekali, meskipun sudah disensor"},
        "short": {"en": "identity card: do not post", "id": "kartu identitas: jangan diunggah"},
        "banner": {"en": "This looks like an identity card. Do not post identity cards publicly, even covered.",
                   "id": "Ini tampak seperti kartu identitas. Jangan unggah kartu identitas ke publik, "
                         "walaupun sudah ditutup."},
        "alert": {"en": "Identity card in {name}", "id": "Kartu identitas di {name}"},
    },
    VerdictKind.POORLY_READ: {
        "line": {"en": "most of the text could not be read reliably: look over the copy before posting it",
                 "id": "sebagian besar teks tidak terbaca dengan baik: periksa salinannya sebelum diunggah"},
        "short": {"en": "text hard to read: check by eye", "id": "teks sulit dibaca: periksa sendiri"},
        "banner": {"en": "Most of the text in this image could not be read reliably (blurred, faint, too small or "
                         "turned), so some personal data may not have been found. Look over the copy and draw a "
                         "box over anything still readable before posting it.",
                   "id": "Sebagian besar teks pada gambar ini tidak terbaca dengan baik (buram, pudar, terlalu kecil "
                         "atau terbalik), sehingga mungkin ada data pribadi yang belum ditemukan. Periksa salinannya "
                         "dan tutup sendiri bagian yang masih terbaca sebelum diunggah."},
        "alert": {"en": "Text hard to read in {name}: check it by eye", "id": "Teks sulit dibaca di {name}: periksa sendiri"},
    },
}


def verdict_message(kind: str, form: str = "line", language: str | None = None) -> str:
    """`form`: line (command line, reports), short (a batch row), banner (review window), alert (notification).

    `language`: en or id; None: the command line's.  A kind without words (none) gives "".
    """
    texts = VERDICT_MESSAGES.get(VerdictKind(kind))
    if texts is None:
        return ""
    forms = texts[form]
    return forms.get(language or i18n_language(), forms["en"])


# The verdict on each file, in the same words in the batch table, the per-file lines and the reports' notes.
STATUS_TEXT = {COVERED: N_("covered"), NOTHING_FOUND: N_("nothing found"), NEEDS_REVIEW: N_("needs checking"),
               FAILED: N_("FAILED")}


def category_name(category_id: str) -> str:
    """The category's name from the registry, in the command line's language."""
    return category(category_id).name(i18n_language())


def verdict_text(kind: str) -> str:
    return verdict_message(kind, "line") or kind


def status_text(status: str) -> str:
    return _(STATUS_TEXT[status]) if status in STATUS_TEXT else status


def metadata_line(kinds) -> str:
    registry, language = known(), i18n_language()
    names = [registry.metadata_name(k, language) for k in kinds if k != "exif" or len(kinds) == 1]
    return ", ".join(names) if names else _("none found")


def report_note(status: str, verdict: str, still_readable: bool = False) -> str:
    """A report row's verdict for people, with the reason a copy needs checking."""
    if status == NEEDS_REVIEW:
        reason = verdict_text(verdict) if verdict != "none" else ""
        if still_readable:
            reason = "; ".join(filter(None, [reason, _("data still readable in the output")]))
        return f"{status_text(status)}: {reason}"
    return status_text(status)


def batch_table(reports) -> list[str]:  # noqa: ANN001 - batch.FileReport list
    """The batch's table, one line per file: name, status, how many found, and the details."""
    width = min(40, max((len(Path(r.input).name) for r in reports), default=4))
    statuses = {r.status: status_text(r.status) for r in reports}
    status_width = max([len(_("status")), *map(len, statuses.values())])
    file_word, status_word, found_word, details_word = _("file"), _("status"), _("found"), _("details")
    found_width = max(5, len(found_word))
    lines = [f"{file_word:{width}}  {status_word:{status_width}}  {found_word:>{found_width}}  {details_word}"]
    for r in reports:
        if not r.ok:
            details = error_text(r.error_code, r.error_params, r.error or "")
        else:
            details = ", ".join(f"{category_name(k)} {v}" for k, v in sorted(r.categories.items()))
            if r.status == NEEDS_REVIEW:
                reason = verdict_text(r.verdict) if r.verdict != "none" else _("data still readable in the output")
                details = "; ".join(filter(None, [reason, details]))
        lines.append(f"{Path(r.input).name[:width]:{width}}  {statuses[r.status]:{status_width}}  "
                     f"{sum(r.categories.values()):>{found_width}}  {details}")
    return lines


def batch_summary(reports, out_dir: Path | None) -> str:  # noqa: ANN001 - batch.FileReport list
    safe = sum(r.status in (COVERED, NOTHING_FOUND) for r in reports)
    review = sum(r.status == NEEDS_REVIEW for r in reports)
    failed = sum(not r.ok for r in reports)
    where = (_("in {folder}").format(folder=out_dir) if out_dir is not None
             else _("beside the originals (NAME.redacted.EXT)"))
    parts = [ngettext("Safe copies: {safe} of {total} file, {where}", "Safe copies: {safe} of {total} files, {where}",
                      len(reports)).format(safe=safe, total=len(reports), where=where)]
    if review:
        parts.append(ngettext("{n} needs checking before it is posted, if at all (listed above)",
                              "{n} need checking before they are posted, if at all (listed above)",
                              review).format(n=review))
    if failed:
        parts.append(ngettext("{n} failed (listed above)", "{n} failed (listed above)", failed).format(n=failed))
    return "; ".join(parts)


def error_text(code: str | None, params: Mapping[str, object] | None = None, message: str = "") -> str:
    """An engine error in the user's language, from its code and parameters (a report row keeps both).

    An error raised with a plain sentence rather than a known code is shown as it is.
    """
    template = MESSAGES.get(code or "")
    if template is None:
        return message
    try:
        return _(template).format(**(params or {}))
    except (KeyError, IndexError, ValueError):  # a translation that lost a parameter: English is still right
        return message or template


def describe(error: RedactorError) -> str:
    return error_text(error.code, error.params, str(error))
