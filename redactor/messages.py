"""What the command line and the reports call things, in the user's language (see `redactor.i18n`).

Engine keys (categories, verdicts, statuses, metadata kinds) stay English in JSON; people read these.
"""
from __future__ import annotations

from .categories import category, known
from .findings import COVERED, FAILED, NEEDS_REVIEW, NOTHING_FOUND, VerdictKind
from .i18n import N_, _
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


# The engine's errors start with one of these; the rest (a size, a reason in brackets) stays as it is.
ENGINE_MESSAGES = [
    N_("not an image Redactor can read"),
    N_("broken or truncated image"),
    N_("empty file"),
    N_("no such file"),
    N_("permission denied"),
    N_("is a folder, not an image"),
    N_("not an image (it is text)"),
    N_("image too large"),
    N_("file too large"),
    N_("not a regular file"),
    N_("cannot read file"),
    N_("output would overwrite the original"),
    N_("output folder does not exist"),
    N_("cannot write to"),
    N_("could not write"),
    N_("Tesseract OCR is not installed"),
    N_("OCR timed out after"),
    N_("OCR failed"),
    N_("broken or damaged PDF"),
    N_("the PDF is password-protected"),
    N_("not supported: SVG is a drawing, not a photo or screenshot; export it as PNG first"),
    N_("out of memory while processing this image"),
    N_("the output could not be checked"),
]


def engine_message(text: str) -> str:
    """An engine error in the user's language: its known start translated, its details as they are."""
    for prefix in ENGINE_MESSAGES:
        if text.startswith(prefix):
            return _(prefix) + text[len(prefix):]
    return text
