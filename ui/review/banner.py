"""The banner above the image: what was found, what the verdict means, what the file carried.

It never calls an image safe while the analysis runs or after it failed: then it says so, and that
only the boxes the user draws will be covered."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject

from .. import metadata_note
from ..categories import count_phrase
from ..messages import verdict_warning
from ..widgets import Banner


class ReviewBanner(QObject):
    def __init__(self, banner: Banner, session, parent: QObject,  # noqa: ANN001 - ReviewSession
                 save_waiting: Callable[[], str] = lambda: "") -> None:
        super().__init__(parent)
        self.banner = banner
        self.session = session
        self.save_waiting = save_waiting  # Save was pressed while the image is being read: what to say

    def action_text(self) -> str:
        if self.session.analysis_error:
            return self.tr("Try again")
        doc = self.session.doc
        if doc is not None and doc.verdict.kind == "identity_card":
            return self.tr("Watermark for one purpose…")
        return ""

    def refresh(self) -> None:
        session, doc = self.session, self.session.doc
        if doc is None:  # the first file is being read: say what the wait is for
            if session.busy:
                self.banner.show_message("info", session.busy_text)
            return
        # What the file carries besides its pixels is known as soon as it opens; say it at once.
        meta = doc.loaded.metadata_found
        meta_note = metadata_note.opening_note(meta)
        location = metadata_note.carries_location(meta)
        if session.opening:  # `doc` is still the previous image: say what is being opened, nothing about it
            self.banner.show_message("info", session.busy_text or self.tr("Opening the image…"))
            return
        if session.busy or not doc.analysed:
            title = self.tr("Looking for personal data…") if session.busy else self.tr("Opening the image…")
            text = self.tr("This takes a moment. The image stays on this computer.")
            text = self.save_waiting() or text
            self.banner.show_message("warn" if location else "info", title, " ".join(filter(None, [meta_note, text])))
            return
        if session.analysis_error:
            self.banner.show_message("warn", self.tr("Automatic detection did not run"),
                                     session.analysis_error + "\n" +
                                     self.tr("Drag on the image to cover what must not be seen, then save.") +
                                     ("\n" + meta_note if meta_note else ""),
                                     self.action_text())
            return
        self._show_findings(doc, meta_note, location)

    def _show_findings(self, doc, meta_note: str, location: bool) -> None:  # noqa: ANN001 - ReviewDocument
        counts = doc.enabled_counts()
        # Unticked, or deleted from the list: either way the value stays readable in the copy.
        left_visible = sum(1 for r in doc.regions.values() if not r.enabled) + doc.deleted_found()
        if counts:
            title = self.tr("Found: %s — covered") % count_phrase(counts)
        elif doc.regions or left_visible:
            title = self.tr("Nothing will be covered")
        else:
            title = self.tr("No personal data found")
        extra = []
        if left_visible:
            extra.append(self.tr("%n item(s) left visible by you.", "", left_visible))
        if doc.verdict.discouraged:
            level = "danger"
            extra.insert(0, verdict_warning(doc.verdict.kind))
        elif not counts:
            level = "warn" if location or left_visible else "info"  # found values left readable: a warning
            if location and not doc.regions and not left_visible:
                title = self.tr("The file records where it was taken")
                extra.append(self.tr("No personal data was found in the picture itself."))
            extra.append(self.tr("Check the image yourself before posting; drag on it to cover anything missed."))
        else:
            level = "ok"
            extra.append(self.tr("Check the result before sharing: hold Space to compare with the original."))
        if meta_note:
            # After the verdict's warning (if any), before the advice: location comes high up.
            extra.insert(1 if level == "danger" else 0, meta_note)
        self.banner.show_message(level, title, " ".join(extra), self.action_text())
