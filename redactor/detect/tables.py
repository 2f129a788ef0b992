"""Tables: header rows (several cells that are labels) and the column each cell below belongs to."""
from __future__ import annotations

import re
from statistics import median
from typing import Sequence

from . import text as T
from .labels import INLINE_ONLY, is_a_control
from .layout import Row, Segment
from .lexicon import is_ordinary_word, words
from .page import PANEL_GAP, Candidate, Page
from .recognizer import Recognizer


# Column headers that head a table even without a recognizer's label (regular expressions).
_COMMON_HEADER = re.compile(r"(?i)(" + "|".join(words("labels", "column_headers")) + ")")
_OTHER_HEADER = re.compile(r"(?i)(?:" + "|".join(words("labels", "other_column_headers")) + ")")
# A form's note in brackets after a caption ("Nama lengkap (beserta gelar)"), its bracket perhaps unclosed.
_CAPTION_NOTE = re.compile(r"\s*\([^()]*\)?\s*$")
# The row-number column's header glued to the next one by OCR ("No Nama / NIP").
_ROW_NUMBER_HEADER = re.compile(r"(?i)^(?:no\.?|#)\s+(?=\S)")


def is_other_header(text: str) -> bool:
    """A column header that names no personal value: a row number, a job, a status, an action."""
    return bool(_OTHER_HEADER.fullmatch(text.strip(" :.|")))


def header_text(text: str) -> str:
    """A header's words without the row-number column's header OCR glued in front ("No Kecamatan")."""
    return _ROW_NUMBER_HEADER.sub("", text.strip(" :.|"))


# Headers of a part of someone's address ("Dusun", "RT/RW", "Kecamatan"), and of a column that makes
# a table one about people ("Nama", "NIK").
ADDRESS_COLUMN = re.compile(r"(?i)(" + "|".join(words("labels", "address_columns")) + ")")
ATTRIBUTE_COLUMN = re.compile(r"(?i)(" + "|".join(words("labels", "attribute_columns")) + ")")
_PERSON_COLUMN = re.compile(r"(?i)(" + "|".join(words("labels", "person_columns")) + ")")
# A header naming an office, a service or a business ("Nama Puskesmas", "Unit Layanan"): a table of places.
_PLACE_COLUMN = re.compile(r"(?i)(?<!\w)(?:" + "|".join(words("labels", "place_columns")) + r")(?!\w)")
# A header over whole addresses ("Alamat", "Alamat Rumah", "Domisili"), not over a part such as "Kecamatan".
HOME_COLUMN = re.compile(r"(?i)(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                               for w in words("labels", "home_address_fields")) + ")")
# A header that says its addresses are where someone lives ("Alamat Rumah", "Domisili", "Tempat Tinggal"):
# homes even in a table that also names an office or a business.
# (the bare caption, the lexicon's first home-address field, and the words built on it say nothing of who
# lives there)
_BARE_ADDRESS_CAPTION = words("labels", "home_address_fields")[0]
RESIDENCE_COLUMN = re.compile(r"(?i)(?<!\w)(?:" + "|".join(
    re.escape(w) for w in words("labels", "residence_words") if _BARE_ADDRESS_CAPTION not in w)
    + r")(?!\w)(?!\s+sakit)")
# A header that counts or measures ("Jumlah Desa"): figures under it, however its other words read.
COUNT_COLUMN = re.compile(r"(?i)(?:" + "|".join(words("labels", "count_columns")) + r")\b")
# A figure in a table of statistics: a count ("130.442", "12") or a share ("94,1 %", its sign read "Yo" or
# "Ye"), perhaps with a unit ("12 km"); no ID is this short.
_FIGURE = re.compile(r"(?:\d{1,3}(?:[.,]\d{3})+|\d{1,6})(?:[.,]\d+)?(?:\s?%|\s?[^\W\d_]{1,2})?")
_PAGER = re.compile(r"(?i)\b(?:" + "|".join(words("labels", "pager_lines")) + r")\b")


class Headers:
    """The labels of every recognizer that may head a column or stand before a value on its own."""

    def __init__(self, recognizers: Sequence[Recognizer]):
        # (a label that names a value only on one kind of page, "Catatan" on a patient's record, heads no
        # column of every page)
        self.recs = [r for r in recognizers if r.label_regex is not None and not r.inline and r.page_kind is None]

    def starts_with_label(self, text: str) -> bool:
        return any(r.label_regex.match(text) and r.category != "address" for r in self.recs)

    def _a_lone_label(self, row: Row) -> bool:
        """`row` is one field's label alone, the whole of it ("Anamnesa", "Keluhan Utama" over a doctor's note):
        a label over its value, however close under a grid's last row it stands, not a wrapped cell's line."""
        text = row.segments[0].text.strip().rstrip(":").strip() if len(row.segments) == 1 else ""
        return bool(text) and any(r.label_regex.fullmatch(text) and r.category != "address" for r in self.recs)

    def opens_a_field(self, text: str) -> bool:
        """`text` starts with any field's label, an address's too."""
        return any(r.label_regex.match(text) for r in self.recs)

    def is_empty_field(self, text: str) -> bool:
        """`text` is a field's label with no value, one word (misread) before it ("USEP PASS :")."""
        text = text.strip(" :.|")
        if not text or len(text.split()) > 3:
            return False
        return any(not text[m.end():].strip(" :.|") and len(text[:m.start()].split()) <= 1
                   for r in self.recs for m in r.label_regex.finditer(text))

    def find_table_columns(self, page: Page) -> None:
        """Find header rows (several cells that are labels) and give every cell below its header.

        Cells that OCR glued together across a column boundary are split at
        the boundary first, so each value meets its own header.
        """
        headers: list[Segment] = []
        bounds: list[tuple[float, float, Segment]] = []
        last_bottom = 0
        stacked: set[int] = set()  # rows below a header row that were its captions' second lines
        filled_rows = 0  # how many rows under the last header row had cells in its columns
        first_cells = 0  # how many cells the first of them had
        widest = 0.0  # the widest gap yet between two of the table's rows (or its header and first row)
        one_row = False  # the last header row is a form grid's row of labels: it heads one row of values
        numbered: dict[int, bool] = {}  # row -> it is fields side by side with a number (see `_fields_side_by_side`)
        for row in page.rows:
            if row.index in stacked:
                continue
            if headers and ((_a_form_field(_under_the_table(row, headers), headers) and not _fills_the_columns(row, headers))
                            or self._a_field_under_the_first_column(row, headers, bounds)):
                headers = []  # "Dikeluarkan Tanggal : …" under a family card's table: the table has ended
            if headers and _another_tables_header(row, headers):
                headers = []  # "No | Uraian | … | Aksi" under "No | Nama | … | Aksi": the next section's table
            # A table's captions OCR glued two and three at a time ("Tempat Lahir Tanggal Lahir NIK",
            # "Agama Alamat Jalan"): no piece is a caption alone, but split they all are.
            row.segments = self._glued_captions_split(row) or row.segments
            labelled = [] if self._fields_side_by_side(page, row, numbered) else [
                s for s in row.segments if self.is_header_cell(s) and not _labels_beside(row, s)
                and not self._field_over_a_field(page, row, s) and not _a_menu_item(page, row, s, self.is_header)]
            # A staff table's other headers ("Jabatan", "Status", "Aksi") count once a label heads a column.
            others = [s for s in row.segments if s not in labelled and is_other_header(s.text)
                      and not self._field_over_a_field(page, row, s)] if labelled else []
            if (labelled or others) and any(_holds_a_value(s) for s in row.segments if s not in labelled and s not in others):
                labelled, others = [], []  # a date or a long number beside cells that read as captions is a table's row
            if len(labelled) == 2 and not others and self._one_label(labelled) and not _each_over_a_value(page, row, labelled):
                labelled = []  # "Place of birth | Tempat lahir": one label in two languages, not two columns
            if (labelled or others) and not any(_letters(s.text) >= 3 for s in labelled + others):
                labelled, others = [], []  # scraps OCR read in an icon bar ("a.n." | "Kk"): a table has a caption in words
            # (a row of labels opens a form's next fields only after a row of values, and a lone one only in a
            # form's grid: right under a table's header row, or alone among a wide table's columns, it is a
            # row's cell set higher than the rest, "BPJS" over its card number; a grid's row of labels that headed
            # its one row of values is done with, but the grid's next row of labels still opens fields: "Cell |
            # 0ffice phone", one label OCR misread)
            if (len(labelled) + len(others) >= 2 and len(labelled) + len(others) >= 0.4 * len(row.segments)) or (
                    (headers or one_row) and filled_rows and labelled and self._labels_a_form_row(row)
                    and not (len(row.segments) == 1 and len(headers) >= 4)
                    and not (headers and _wrapped_cells_line(page, _under_the_table(row, headers))
                             and not self._a_lone_label(row))
                    and not _repeats_its_caption(labelled, bounds)):
                as_read = row.segments
                row.segments = self._split_header_cells(row)
                below = self._stack_header_lines(page, row)
                for index in (row.index - 1, row.index, row.index + 1):
                    numbered.pop(index, None)  # (their cells may have changed)
                body = _body(page, row, max([row.index, *below]))
                if (body or below) and not self._a_form_under(page, body):
                    stacked.update(below)
                    page.header_rows.update([row.index, *below])
                    # Labels right after one row of values under labels: a form laid out in a grid ("Provinsi |
                    # Kabupaten/Kota" over two choices, then "Desa/Kelurahan | Nama" over two more), each row
                    # of labels over its one row of values; a form's next caption or button is none of them.
                    one_row = bool(headers) and filled_rows == 1
                    headers, filled_rows, widest = row.segments, 0, 0.0
                    last_bottom = max([row.box.bottom] + [page.rows[i].box.bottom for i in below])
                    bounds = _column_bounds(headers, body)
                    if any(_PERSON_COLUMN.fullmatch(header_text(s.text)) and not _PLACE_COLUMN.search(s.text)
                           and not _figures_only(s, body, bounds) for s in row.segments):
                        page.person_header_rows.add(row.index)
                    elif any(_PLACE_COLUMN.search(s.text) for s in row.segments):
                        page.place_header_rows.add(row.index)
                    continue
                # Captions with no row under them head nothing: the last line of a form's fields set side by
                # side ("Kelurahan | Sukamaju | Nama Ibu | IRFAN WIBOWO"), its values among them; nor do a
                # page's tabs over a form of labels and their values ("Data Utama | Alamat | Kontak").
                row.segments = as_read
                numbered.pop(row.index, None)
            if not headers:
                continue
            if _PAGER.search(" ".join(s.text for s in row.segments)):
                headers = []  # "Halaman 1 dari 23 … Menampilkan 1 - 20 dari 450": the pager under the table's last row
                continue
            height = median(s.height for s in row.segments)
            if row.box.top - last_bottom > 6 * max(height, headers[0].height) or self._a_heading_past(row, last_bottom, widest,
                                                                                                 filled_rows, height,
                                                                                                 headers[0].height):
                headers = []
                continue
            if filled_rows == 1 and first_cells == len(headers) and len(row.segments) > len(headers):
                # A grid of a few captions over one row of as many values ("PNR | Tanggal" over the code and the
                # date), then a row of more cells than it has columns (a flight's times and stops): the grid
                # is done with, and its columns no longer part the lines below ("1. MS YULIANI PANGARIBUAN
                # MAHENDRA" had been cut in two under them).
                headers = []
                continue
            row.segments = _split_at_columns(row, bounds)
            numbered.pop(row.index, None)
            aligned = 0
            for seg in row.segments:
                header = _column_for(seg, bounds)
                if header is not None and (self.is_header(header) or is_other_header(header.text)
                                           or self._whole_caption(header.text)):
                    page.columns.setdefault(row.index, {})[seg.index] = header
                    aligned += 1
            if aligned:
                widest = max(widest, row.box.top - last_bottom)
                last_bottom, filled_rows = row.box.bottom, filled_rows + 1
                if filled_rows == 1:
                    first_cells = len(row.segments)
                # (a grid's row of labels heads its one row of values, and the lines those values wrap onto)
                if one_row and not self._values_wrap_on(page, row):
                    headers = []

    def _a_field_under_the_first_column(self, row: Row, headers: Sequence[Segment],
                                        bounds: list[tuple[float, float, Segment]]) -> bool:
        """A label and its value, the row's two cells, the label under the table's first column and not its
        caption ("Nama | Ardiansyah Sitorus", "No. Ponsel | +62 …" under a booking's "Detail Kontak", after
        its table of passengers headed "No | Nama Penumpang | NIK"): a form's field under the table, its
        value far right of the label and under another column, not a row of the table.  A label that starts
        in the second column's values is a line of that column's cell ("NIP" under a decree's name, flush
        left under a centred "Nama / NIP", the rank's second line beside it)."""
        if len(row.segments) != 2 or not headers:
            return False
        label, value = row.segments
        first = min(headers, key=lambda h: h.box.left)
        return (self.is_header_cell(label) and not self.is_header(value)
                and abs(label.box.left - first.box.left) <= 2 * max(label.height, first.height)
                and (not bounds or label.box.left < bounds[0][1])
                # (a value: a name's words, a number, an address; one bare word beside a label is as likely the
                # next caption of a form's grid of labels over their values, "Alasan | Lamanya")
                and (len(value.text.split()) >= 2 or bool(re.search(r"[\d@]", value.text)))
                # (the row right under a grid's captions is their row of values: "BPJS Kesehatan | I10 …" under
                # "Penjamin | Kode ICD-10")
                and all(h.row != row.index - 1 for h in headers)
                and header_text(label.text) != header_text(first.text)
                and not re.search(r"\d", label.text))

    @staticmethod
    def _a_heading_past(row: Row, last_bottom: float, widest: float, filled_rows: int, height: float,
                        table_height: float) -> bool:
        """`row` is one piece alone (a heading, a note) set well apart from the table's rows: farther than two
        lines of text and than two and a half times the widest gap yet between them.  The next card's
        heading under a form's grid of labels ("Persetujuan" under "Alamat Cuti | No. HP" and its two lines)
        opens other fields, no row of that grid.  A scrap OCR made of a photo's noise (boxed a few pixels
        high, "atm.") is no heading: the rows of a photographed sheet OCR missed are gaps, not the table's end."""
        gap = row.box.top - last_bottom
        # (the card's own buttons beside its heading do not make it a row: "A. Tanah / Bangunan | + Tambah")
        pieces = [s for s in row.segments if not is_a_control(s.text, most_words=3)]
        piece = pieces[0].text if len(pieces) == 1 else ""
        return (filled_rows >= 1 and len(pieces) == 1 and height >= HEADING_HEIGHT * table_height
                and sum(ch.isalpha() for ch in piece) >= 2 and gap > max(2 * height, 2.5 * widest))

    def _values_wrap_on(self, page: Page, row: Row) -> bool:
        """The next row stands right under `row`, at a line's spacing, with no label in it: the values of
        `row` wrap onto it ("GG. MAWAR NO 76, …, DESA" over "WRINGIN, KAB. BONDOWOSO, 67159")."""
        if row.index + 1 >= len(page.rows):
            return False
        below = page.rows[row.index + 1]
        height = median(w.box.height for s in row.segments for w in s.words)
        return below.box.top - row.box.bottom <= 0.5 * height \
            and not any(self.is_header(s) or self.starts_with_label(s.text) for s in below.segments)

    def _glued_captions_split(self, row: Row) -> list[Segment] | None:
        """`row`'s cells when it is a table's captions read in fewer pieces than it has cells (else None): three
        pieces or more, none holding a figure or a colon (a value, or a form's label and its value), that split
        after each leading label and at the cells' gaps make two more cells at least, three of them captions
        or more and most of them."""
        if len(row.segments) < 3 or any(re.search(r"[\d:]", s.text) for s in row.segments):
            return None
        split = self._split_header_cells(row)
        if len(split) < len(row.segments) + 2:
            return None
        captions = [s for s in split if self.is_header_cell(s)]
        return split if len(captions) >= 3 and len(captions) >= 0.6 * len(split) else None

    def _stack_header_lines(self, page: Page, row: Row) -> list[int]:
        """Captions a narrow column wraps onto two lines ("Tanggal" / "Lahir", "Nama" / "Lengkap") join the
        header row: a browser centres a one-line caption between the two lines of its neighbour, so OCR sorts
        the pieces onto the rows just above and below the header row, or reads the second line as a row of
        its own right under it.  A piece stacked over or under a caption, or two pieces stacked over each
        other, join when together they make a whole label or column header and hold no digit; a row below
        joins only when every piece of it does (a row of values under a caption is no caption).  The header
        row's cells change in place; the indices of the rows below that were taken whole are returned."""
        cells = row.segments
        if not cells:
            return []
        height = median(c.height for c in cells)
        left, right = min(c.box.left for c in cells) - 2 * height, max(c.box.right for c in cells) + 2 * height

        def beside(seg: Segment) -> bool:
            # Another panel's text on the caption lines' rows, a panel's gap off the table's captions: a side
            # menu's item, a preview's line.  It neither joins the captions nor keeps their lines a row of values.
            gap = PANEL_GAP * height
            return seg.box.right < min(c.box.left for c in cells) - gap or seg.box.left > max(c.box.right for c in cells) + gap

        def near(other: Row, above: bool) -> bool:
            gap = (row.box.top - other.box.bottom) if above else (other.box.top - row.box.bottom)
            return gap <= 0.6 * height

        def pieces(index: int, above: bool) -> list[Segment]:
            if not 0 <= index < len(page.rows) or index in page.header_rows and not above:
                return []
            other = page.rows[index]
            if not other.segments or not near(other, above):
                return []
            return [s for s in other.segments if left <= s.box.left and s.box.right <= right
                    and _a_caption_piece(s, height)]

        ups, downs = pieces(row.index - 1, True), pieces(row.index + 1, False)
        if not ups and not downs:
            return []
        merged: dict[int, list] = {}  # cell's index -> its words over and under it
        new_cells: list[list] = []
        taken_below: set[int] = set()
        used: set[int] = set()
        for k, cell in enumerate(cells):
            up = next((p for p in ups if id(p) not in used and _stands_over(p, cell)), None)
            down = next((p for p in downs if id(p) not in used and _stands_over(p, cell)), None)
            for words in ([*up.words, *cell.words, *down.words] if up and down else None,
                          [*up.words, *cell.words] if up else None, [*cell.words, *down.words] if down else None):
                if words and self._whole_caption(" ".join(w.text for w in words)):
                    merged[k] = words
                    used.update(id(p) for p in (up, down) if p is not None and p.words[0] in words)
                    break
        for up in ups:
            down = next((p for p in downs if id(p) not in used and _stands_over(up, p)), None)
            if id(up) in used or down is None or any(_stands_over(down, c) for c in cells):
                continue
            if self._whole_caption(f"{up.text} {down.text}"):
                new_cells.append([*up.words, *down.words])
                used.update((id(up), id(down)))
        below = page.rows[row.index + 1] if downs else None
        if below is not None and any(id(s) in used for s in below.segments):
            # Once the row below holds a caption's second line, the other pieces stacked two by two over
            # it join too, though they make no caption we know ("Instansi / Unit" over "Kerja", "Nomor"
            # over "WhatsApp aktif"): left out, they were read as a row of the table's body, and the
            # column between them lost its values to its neighbours.
            # (beyond the header row's own cells too: a table's last captions may all wrap)
            above = page.rows[row.index - 1].segments if ups else []
            pairs: list[tuple[Segment, Segment]] | None = []
            for down in below.segments:
                if id(down) in used or beside(down):
                    continue
                up = next((p for p in above if id(p) not in used and _stands_over(p, down)), None)
                if up is None or not all(_a_caption_piece(p, height) for p in (up, down)) or any(
                        _stands_over(down, c) or _stands_over(up, c) for c in cells):
                    pairs = None
                    break
                pairs.append((up, down))
            for up, down in pairs or ():
                new_cells.append([*up.words, *down.words])
                used.update((id(up), id(down)))
        if below is not None and all(id(s) in used for s in below.segments):
            taken_below.add(below.index)
        elif below is not None and all(id(s) in used or beside(s) for s in below.segments):
            # The captions' second lines beside another panel's line: the captions join the header, the rest
            # stays a row of its own.
            _keep_only(below, [s for s in below.segments if id(s) not in used])
        elif below is not None:
            # Part of the row under it is no caption: it is a row of its own, and nothing of it joins.
            drop = {id(s) for s in below.segments}
            merged = {k: w for k, w in merged.items() if not any(id(s) in drop and s.words[0] in w for s in below.segments)}
            new_cells = [w for w in new_cells if not any(s.words[0] in w for s in below.segments)]
        if not merged and not new_cells:
            return []
        if ups:
            # The captions' first lines over the header row are captions too, not labels of what stands beside
            # them ("Alamat" over "Email" before "Status e-" over "Sertifikat"): the row is a header row, or,
            # with another panel's text on it, keeps only that text.
            above_row = page.rows[row.index - 1]
            taken = [s for s in above_row.segments if any(s.words[0] in ws for ws in [*merged.values(), *new_cells])]
            rest = [s for s in above_row.segments if s not in taken]
            if taken and not rest:
                page.header_rows.add(above_row.index)
            elif taken and all(beside(s) for s in rest):
                _keep_only(above_row, rest)
        words = [merged.get(k, c.words) for k, c in enumerate(cells)] + new_cells
        words.sort(key=lambda ws: min(w.box.left for w in ws))
        row.segments = [Segment(words=ws, row=row.index, index=i) for i, ws in enumerate(words)]
        return sorted(taken_below)

    def _whole_caption(self, text: str) -> bool:
        """`text` is whole captions only, not a label with more after it: one label or column header, a
        form's note in brackets after it ("Nama lengkap (beserta gelar)"), two of them joined by a slash
        ("Tgl. Lahir / Umur"), or captions of narrow columns OCR read as one ("JK Tgl. Lahir")."""
        text = _CAPTION_NOTE.sub("", header_text(text))
        parts = [w for w in re.split(r"\s+|(?<=\S)(?=/)|(?<=/)(?=\S)", text) if w]
        if not parts or len(parts) > 8:
            return False
        # (whether parts[:i] can be cut into whole captions, left to right)
        whole = [True] + [False] * len(parts)
        for end in range(1, len(parts) + 1):
            for start in range(end):
                if whole[start] and (parts[start:end] == ["/"] or self._one_caption(" ".join(parts[start:end]))):
                    whole[end] = True
                    break
        return whole[-1] and any(p != "/" for p in parts)

    def _one_caption(self, text: str) -> bool:
        return any(r.label_regex.fullmatch(text) for r in self.recs) or any(
            p.fullmatch(text) for p in (_COMMON_HEADER, _OTHER_HEADER, ADDRESS_COLUMN, ATTRIBUTE_COLUMN))

    def _fields_side_by_side(self, page: Page, row: Row, numbered: dict[int, bool]) -> bool:
        """Label, value, label, value across the whole row, a number among the values ("NIP | 1982… | Status |
        K/1", "Jabatan | Pengelola Keuangan | No. Rekening | 4090…"): fields of a form side by side, where a
        table's header row holds captions only.  A row of the same form close above or below such a row
        is one too when each of its cells starts at one of that row's cells' edges ("Alamat | DUSUN KIDUL |
        Provinsi | JAWA TENGAH" a few lines under "Nomor KK | 3313… | Desa/Kelurahan | …" on a family card's
        page): its value may read as a label ("Dusun …") and its labels may be none we know."""
        def numbered_fields(index: int) -> bool:
            if index not in numbered:
                numbered[index] = self._numbered_fields(page.rows[index])
            return numbered[index]

        if numbered_fields(row.index):
            return True
        cells = row.segments
        if len(cells) < 2:
            return False
        for step in (-1, 1, -2, 2, -3, 3):
            index = row.index + step
            if 0 <= index < len(page.rows) and numbered_fields(index):
                edges = [s.box.left for s in page.rows[index].segments]
                return all(any(abs(c.box.left - e) <= 0.5 * c.height for e in edges) for c in cells)
        return False

    def _numbered_fields(self, row: Row) -> bool:
        cells = row.segments
        if len(cells) < 4 or len(cells) % 2:
            return False
        labels, values = cells[0::2], cells[1::2]
        return (all(self.is_header(c) or is_other_header(c.text) for c in labels)
                and not any(self.is_header(v) or is_other_header(v.text) for v in values)
                and any(re.search(r"\d{4}", v.text) for v in values))

    def _field_over_a_field(self, page: Page, row: Row, seg: Segment) -> bool:
        """A label with its value beside it, and under it, at its left edge, the next field's label: one
        field of a form set out in columns ("Nama | BUDI | NPWP | 12.345…" over "NIP | 1985…"), whose
        colons OCR dropped, not a table's header over a column of values."""
        beside = [s for s in row.segments if s.box.left > seg.box.right]
        if not beside or self.is_header(min(beside, key=lambda s: s.box.left)):
            return False
        value = min(beside, key=lambda s: s.box.left)
        # (a value, not the next caption of a grid of labels over values: "NPWP (15 digit) | NPWP 16 Digit")
        its_value = not self.opens_a_field(value.text) and not is_other_header(value.text.strip(" :.|"))
        bottom = row.box.bottom
        for below in page.rows[row.index + 1:row.index + 4]:
            if below.box.top - bottom > 3 * seg.height:
                return False
            under = [s for s in below.segments if abs(s.box.left - seg.box.left) <= seg.height]
            if under and len(below.segments) == 1 and _label_wrapped_onto(seg, under[0], bottom):
                bottom = below.box.bottom  # the label's second line ("Dokter" / "Pemeriksa"): the field goes on
                continue
            if under:
                text = under[0].text.strip(" :.|")
                if (self.is_header(under[0]) or is_other_header(text)) and not INLINE_ONLY.match(text):
                    return True
                # A field whose label no recognizer knows ("EFIN Aktif | 7520…", its value at the same edge):
                # the form goes on, so the next field's label may still tell.
                # (a label's words, a digit at most where OCR misread a letter: "EF1N"; not a value of a grid)
                if not (its_value and sum(ch.isdigit() for ch in text) <= 1 and any(
                        s is not under[0] and abs(s.box.left - value.box.left) <= seg.height for s in below.segments)):
                    return False
            bottom = below.box.bottom
        return False

    def _a_form_under(self, page: Page, body: Sequence[Segment]) -> bool:
        """The first row under a row of captions is a field's label and its value ("NPWP (15 digit) |
        9972…", "Nama | HESTI SURYANI"): a form starts there, which the captions do not head.  A first cell
        that names only numbers, beside no number, is a value that reads like a label: the captions' own (a
        grid of labels over input boxes, "Penjamin | Kode ICD-10" over "BPJS Kesehatan | I10 Essential …")."""
        if not body:
            return False
        first = [s for s in page.rows[body[0].row].segments]
        if len(first) == 2 and self._names_only_numbers(first[0].text) and len(re.findall(r"\d", first[1].text)) < 5:
            return False
        return (len(first) == 2 and self.is_header(first[0])
                and not self.opens_a_field(first[1].text) and not is_other_header(first[1].text.strip(" :.|")))

    def _names_only_numbers(self, text: str) -> bool:
        """Every label `text` opens is a number's ("BPJS Kesehatan", "NIK")."""
        kinds = {r.kind for r in self.recs if r.label_regex.match(text.strip(" :.|"))}
        return bool(kinds) and kinds <= {"digits"}

    def _labels_a_form_row(self, row: Row) -> bool:
        """Under a table's header, a row of short captions without a digit, one of them a field's label
        ("Bank account (IBAN) | Employee ID"): a form laid out in a grid, each row of labels over its
        values.  It heads the rows under it, not the labels above it."""
        # (a 0 or 1 against a letter is an O or an l that OCR misread: "0ffice phone"; a label whose own name
        # holds a number, "Kode ICD-10", is a caption all the same)
        return all(len(s.text.split()) <= 4 and not s.text.lstrip().startswith(":")
                   and (not re.search(r"\d", re.sub(r"(?<=[A-Za-z])[01]|[01](?=[A-Za-z])", "", s.text))
                        or any(r.label_regex.fullmatch(s.text.strip(" :.|")) for r in self.recs)) for s in row.segments)

    def _one_label(self, cells: list[Segment]) -> bool:
        """Every cell is a label of one and the same kind of value, whichever pack's language names it
        ("Surname | Nama keluarga": the English and the Indonesian name label are two recognizers)."""
        kinds = [{r.category for r in self.recs if r.label_regex.search(c.text)} for c in cells]
        # (a holder's attribute has no recognizer: "Sex | Jenis kelamin" over one letter is one label too)
        return bool(set.intersection(*kinds)) or all(ATTRIBUTE_COLUMN.fullmatch(c.text.strip(" :.|")) for c in cells)

    def _split_header_cells(self, row: Row) -> list[Segment]:
        """Header cells OCR glued together ("Tempat Lahir Tanggal Lahir Agama"): split after each leading label."""
        out: list[Segment] = []
        for seg in row.segments:
            words = list(seg.words)
            while words:
                # (a dash or a bar OCR read from a column rule opens the rest: "— Tempat Lahir")
                skip = next((i for i, w in enumerate(words) if re.search(r"\w", w.text)), len(words))
                text = " ".join(w.text for w in words[skip:])
                cut = max((m.end() for rec in self.recs if (m := rec.label_regex.match(text))), default=0)
                if cut:
                    cut += sum(len(w.text) + 1 for w in words[:skip])
                text = " ".join(w.text for w in words)
                taken, pos = 0, 0
                for i, word in enumerate(words):
                    pos += len(word.text) + (1 if i else 0)
                    if pos >= cut:
                        taken = i + 1
                        break
                rest = " ".join(w.text for w in words[taken:]).lstrip(" —–-|")
                glued = 0 < taken < len(words) and (
                    any(rec.label_regex.match(rest) for rec in self.recs)
                    or words[taken].box.left - words[taken - 1].box.right > 1.2 * words[taken].box.height
                    or _a_cell_gap(words, taken))
                if cut == 0:
                    # A caption no recognizer knows, glued to the next across a cell's gap ("NIPD  JK  NISN" of
                    # narrow columns): each caption heads its own column, so the label among them meets its cells.
                    # (A space as wide as the words are high is no space inside a caption; on a shrunk copy the
                    # blurred captions are boxed taller than they are, and their cells' gaps come out that narrow.)
                    taken = next((i for i in range(1, len(words))
                                  if words[i].box.left - words[i - 1].box.right > CAPTION_GAP * words[i].box.height), 0)
                    glued = taken > 0
                if not glued:
                    # "Alamat Pemegang" is one header: only a second label (or a cell gap) starts another.
                    out.append(Segment(words=words, row=row.index, index=len(out)))
                    break
                out.append(Segment(words=words[:taken], row=row.index, index=len(out)))
                words = words[taken:]
        return out

    def is_header_cell(self, seg: Segment) -> bool:
        """A label that can head a table column.  A cell opening with a label that names only what
        follows it on its line counts when it is that label alone: on a transfer proof
        "Bank Tujuan | BANK MANDIRI" is a field and its value, not a header labelling every cell below."""
        if not self.is_header(seg):
            return False
        text = seg.text.strip(" :.|")
        return not INLINE_ONLY.match(text) or bool(INLINE_ONLY.fullmatch(text))

    def is_header(self, seg: Segment) -> bool:
        text = seg.text.strip(" :.|—–")  # (a column rule read as a dash beside the header)
        if self._is_header_text(text):
            return True
        # A form's note in brackets after the caption ("NIP (khusus ASN)"), as in `_whole_caption`.
        noted = _CAPTION_NOTE.sub("", text)
        if noted != text and self._is_header_text(noted):
            return True
        bare = _ROW_NUMBER_HEADER.sub("", text)  # "No Nama / NIP" (but "No. Polisi" is one label)
        return bare != text and self._is_header_text(bare)

    def _is_header_text(self, text: str) -> bool:
        if not text or len(text) > 40:
            return False
        # (a label and one more word is a caption, "Nama Ayah"; a label and a long number is a field and its
        # value, "MRN E806608445", not a header over the rows below)
        if len(text.split()) <= 4 and any((m := r.label_regex.match(text)) and len(text[m.end():].split()) <= 1
                                          and not _A_VALUE.search(text[m.end():]) for r in self.recs):
            return True
        return any(r.label_regex.fullmatch(text) for r in self.recs) or bool(
            _COMMON_HEADER.fullmatch(text)) or bool(ADDRESS_COLUMN.fullmatch(text)) or bool(ATTRIBUTE_COLUMN.fullmatch(text))


# A form's field: a label of words, then a colon ("Dikeluarkan Tanggal : 06-03-2019", "Kode Pos : 32830").
_FIELD_LABEL = re.compile(r"^[^\W\d_][^\W\d_ ./]*(?:[ ./]+[^\W\d_]+){0,4}\.?\s?:(?:\s|$)")


def _another_tables_header(row, headers: Sequence[Segment]) -> bool:  # noqa: ANN001 - a page's Row
    """A row under a table that opens and closes with the table's first and last captions around captions of
    its own, and holds no figure ("No | Uraian | Kepemilikan | Nilai | Aksi" under "No | Nama | Hubungan | NIK |
    Aksi"): the header of the next table a form sets in the same frame (a wealth report's family, then its
    land), which ends this one.  Its rows are not this table's, nor its cells cut at this table's columns."""
    if len(headers) < 3 or len(row.segments) < 3:
        return False
    texts = [s.text.strip(" :.|").lower() for s in row.segments]
    captions = [h.text.strip(" :.|").lower() for h in headers]
    if any(re.search(r"\d", t) or not t or len(t.split()) > 4 for t in texts):
        return False
    opens = texts[0] == captions[0] or texts[0].split()[0] == captions[0]
    # (the row-number caption and the next OCR glued: "No Uraian")
    middle = ([texts[0].split(None, 1)[1]] if texts[0] != captions[0] and opens else []) + texts[1:-1]
    own = [t for t in middle if t not in captions and header_text(t).lower() not in captions]
    return opens and texts[-1] == captions[-1] and len(own) >= 2


def _repeats_its_caption(labelled: Sequence[Segment], bounds: list[tuple[float, float, Segment]]) -> bool:
    """The one label of a row is a word of its own column's caption: a line of that column's cell ("NIP" on
    its own line under a decree's name, in the "Nama / NIP" column), not the next row of a form's labels."""
    if len(labelled) != 1 or not bounds:
        return False
    header = _column_for(labelled[0], bounds)
    return header is not None and labelled[0].text.strip(" :.|").lower() in re.split(r"[\s/,&]+", header.text.lower())


def _label_wrapped_onto(label: Segment, below: Segment, bottom: float) -> bool:
    """`below` is the second line of a label a narrow column wrapped ("Dokter" / "Pemeriksa", "Penanggung" /
    "Jawab"): one or two words and no figure alone on their row, right under the label at line spacing."""
    return (1 <= len(below.text.split()) <= 2 and not re.search(r"\d", below.text)
            and below.box.top - bottom <= 0.8 * label.height and below.height <= 1.3 * label.height)


# The space between two captions of a header row read as one piece, in the words' heights, that parts two cells.
CAPTION_GAP = 1.0


def _a_cell_gap(words: Sequence, at: int) -> bool:
    """The space before `words[at]` is a cell's edge among the spaces of a header row OCR read as one piece:
    at least twice the widest space inside the label before it and twice the row's usual space.  (A shrunk,
    recompressed screenshot's bold headers are boxed far taller than they are, so the space measured against
    a word's height looks like one between two words: "No. Paspor Negara Tujuan …".)"""
    gaps = [b.box.left - a.box.right for a, b in zip(words, words[1:])]
    others = gaps[:at - 1] + gaps[at:]
    if len(others) < 3:
        return False  # too few spaces to tell a usual one
    gap = gaps[at - 1]
    return gap >= 2 * max(1.0, median(others)) and gap >= 2 * max(gaps[:at - 1], default=0) \
        and gap >= 0.5 * words[at].box.height


# A sidebar's items: this many of them above the item and one below, at its left edge, each a short caption.
_MENU_ITEMS_ABOVE = 2


def _a_menu_item(page: Page, row: Row, seg: Segment, is_header) -> bool:  # noqa: ANN001 - Headers.is_header
    """An item of a sidebar's menu ("Rekam Medis" between "IGD" and "Farmasi") that a label's words
    happen to spell, level with a form's field ("Nama Lengkap | Sdr. ROBERT MARPAUNG"): the first cell of
    its row, a panel's width apart from the rest, in a column of short captions above and below it, and
    beside it a value among the captions (a table's header row holds captions only).  It heads no table
    column, and the form's labels beside it stay labels."""
    if seg.index != 0 or len(row.segments) < 2:
        return False
    nxt = row.segments[1]
    if nxt.box.left - seg.box.right <= PANEL_GAP * max(seg.height, nxt.height):
        return False
    if all(is_header(s) or is_other_header(s.text) for s in row.segments[1:]):
        return False

    def items(step: int) -> int:
        count, current = 0, seg
        while True:
            other = page.neighbour(current, "above" if step < 0 else "below")
            if (other is None or abs(other.box.left - seg.box.left) > seg.height
                    or abs(other.box.top - current.box.top) > 4 * seg.height
                    or len(other.text.split()) > 3 or re.search(r"\d", other.text)
                    or page.neighbour(other, "left") is not None):
                return count
            count, current = count + 1, other

    return items(-1) >= _MENU_ITEMS_ABOVE and items(1) >= 1


def _labels_beside(row: Row, seg: Segment) -> bool:
    """A label whose value follows it on its line after a colon ("Desa/Kelurahan | : SIDOHARJO"): a form's
    field, set in two columns, not a table's header over the cells below."""
    if seg.text.rstrip().endswith(":"):
        return True
    after = [s for s in row.segments if s.box.left > seg.box.left]
    return bool(after) and min(after, key=lambda s: s.box.left).text.lstrip().startswith(":")


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _each_over_a_value(page: Page, row: Row, cells: list[Segment]) -> bool:
    """On the next row, a value of its own under each of `cells`: two fields of a form laid out in a grid
    ("Cell | Office phone"), not a label beside its translation ("Place of birth | Tempat lahir" over one
    value)."""
    if row.index + 1 >= len(page.rows):
        return False
    below = page.rows[row.index + 1].segments
    return all(any(abs(s.box.left - c.box.left) <= 2 * c.height for s in below) for c in cells)


# A label read less surely than this and boxed this many times as tall as the table's headers is a mark
# OCR read off a button or a picture ("tanu:" off a row's "Ubah | Hapus" buttons), no form's field.
UNSURE_LABEL = 50
TALL_LABEL = 2.0


def _wrapped_cells_line(page: Page, row: Row) -> bool:
    """Every cell of `row` goes on from a cell of the table's row above, right under it at a line's spacing
    and at its edge, and the row above had more cells: the next line of cells a narrow table wraps ("Dinas Kesehat" / "an" under "Unit
    Kerja"), not a row of a form's next labels, though a piece reads as one ("an", "Nama")."""
    def goes_on(seg: Segment) -> bool:
        above = page.neighbour(seg, "above")
        if above is None or page.header_of(above) is None:
            return False
        height = max(seg.height, above.height)  # (a line in small letters, "an", is boxed lower and shorter)
        if _would_have_fitted(page, page.header_of(above), above, seg):
            return False  # the next row of a grid's labels ("Nama" had room beside "KAB. BANTUL")
        return -0.2 * height <= seg.box.top - above.box.bottom <= 0.9 * height and (
            abs(seg.box.left - above.box.left) <= 0.8 * height or abs(seg.box.right - above.box.right) <= 0.8 * height)
    return bool(row.segments) and all(goes_on(s) and _fewer_columns(page, row.index, page.neighbour(s, "above").row)
                                      for s in row.segments)


def _fewer_columns(page: Page, row: int, above: int) -> bool:
    """Row `row` holds fewer cells in the table than row `above`: the lines a row's longer cells wrap onto,
    its one-line cells (a number, a time) ended above.  A table's next row fills them again."""
    columns = list(page.columns.get(above, {}).values())
    if not columns:
        return False
    headers = page.rows[columns[0].row].segments  # (all the captions: a time's or a status's too)
    return len(_under_the_table(page.rows[row], headers).segments) < len(_under_the_table(page.rows[above], headers).segments)


def _under_the_table(row: Row, headers: Sequence[Segment]) -> Row:
    """`row` without another panel's text beside the table, a panel's gap off its captions (a preview's
    "Nomor: 001/…" or "Diberikan kepada:" beside a list's rows is no form's field under the table)."""
    height = median(h.height for h in headers)
    left = min(h.box.left for h in headers) - PANEL_GAP * height
    right = max(h.box.right for h in headers) + PANEL_GAP * height
    inside = [s for s in row.segments if s.box.right >= left and s.box.left <= right]
    return row if len(inside) == len(row.segments) else Row(index=row.index, segments=inside)


def _a_form_field(row: Row, headers: Sequence[Segment] = ()) -> bool:
    """A row that opens with a form's field label and its colon (in the label's cell or the next one,
    "No. Kartu | : 0001…"): a table's rows never do."""
    if not row.segments:
        return False
    opening = row.segments[0]
    if headers and max(w.conf for w in opening.words) < UNSURE_LABEL \
            and opening.height >= TALL_LABEL * median(h.height for h in headers):
        return False
    first = opening.text.strip(" |")
    if len(row.segments) > 1 and row.segments[1].text.lstrip(" |").startswith(":"):
        first += " :"
    return bool(_FIELD_LABEL.match(first))


def _fills_the_columns(row: Row, headers: Sequence[Segment]) -> bool:
    """The row's words stand under most of the headers: a table's row whose first cell only looks like a
    field's label (a spreadsheet's clipped name "Setyo Nainggolan Kurni:"), not a form's field under the
    table ("Dikeluarkan Tanggal : 12-02-2020")."""
    if len(headers) < 3:
        return False
    cuts = sorted(h.box.left - 1.5 * h.height for h in headers)
    under = {sum(1 for c in cuts[1:] if w.box.left >= c) for seg in row.segments for w in seg.words}
    return len(under) >= max(3, 0.6 * len(headers))


# A date ("24-05-1988", "03/08/1962") or a run of six digits or more (a record's or a card's number).
_A_VALUE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\b|\d{6,}")


def _holds_a_value(seg: Segment) -> bool:
    """A cell holding a date or a long number: a row of a table, where the header row holds captions only
    ("24-05-1988 | Poli | BPJS", a patient's row whose clinic and payer read like captions)."""
    return bool(_A_VALUE.search(seg.text))


# The most lines a table cell's value is read over: a name with its degrees, an e-mail broken four times.
CELL_LINES = 6


# A heading that ends a table is at least this high, in the table's captions' heights.
HEADING_HEIGHT = 0.6


# A line under a cell this near, in the gap between the cell and the row above it, is the table's next row.
ROW_PITCH_SHARE = 0.75


# The room a word needs on a cell's line besides its own width, in the text's heights: the space before it and
# both cells' padding to the next column, with a margin (a caption centred over its column stands a little right
# of the column's edge).
WRAP_ROOM = 2.5


def _would_have_fitted(page: Page, header: Segment, line: Segment, below: Segment) -> bool:
    """`below`, set flush left under `line` in a column, is no line the cell wrapped onto: its first word would
    have fitted on `line`, well short of the next column's caption ("SUMBERAGUNG" over a form's "Kode Captcha"
    and its "Tampilkan" button under a lookup's grid of fields).  A cell wraps a word only when it has no room
    left; in the table's last column nothing tells the room, and a line set flush right is read as before."""
    if abs(below.box.left - line.box.left) > 0.8 * max(line.height, below.height):
        return False
    right = [h for h in page.rows[header.row].segments if h.box.left > header.box.right]
    if not right:
        return False
    edge = min(h.box.left for h in right)
    height = max(line.height, below.height)
    return line.box.right + below.words[0].box.width + WRAP_ROOM * height <= edge


def cell_lines(page: Page, seg: Segment) -> list[Segment]:
    """`seg` and the lines its value wraps onto in its table cell: under it in its column (under the same
    header), at a line's spacing (a table's next row stands further down, past its cells' padding), starting
    or ending where it does, in its type size.  Just `seg` outside a table's columns."""
    header = page.header_of(seg)
    lines, first_gap = [seg], None
    # How far the row above stands in this column: a line no nearer than most of that is the table's next row,
    # however close a table sets its rows, and it is only OCR that missed that row's short cells (its number).
    above = page.neighbour(seg, "above")
    pitch = seg.box.top - above.box.bottom if above is not None and page.header_of(above) is header else None
    while header is not None and len(lines) < CELL_LINES:
        last = lines[-1]
        below = page.neighbour(last, "below")
        if below is None or page.header_of(below) is not header:
            break
        # (a line in small letters, "an", is boxed lower and shorter; one of descenders, "ta.go.id", taller)
        height = max(last.height, below.height)
        gap = below.box.top - last.box.bottom
        if not (-0.2 * height <= gap <= 1.2 * height and 0.6 <= below.height / max(1.0, last.height) <= 1.67):
            break
        if first_gap is not None and gap > first_gap + 0.3 * height:
            break  # the cell's lines stand evenly; the next row's first line further down
        first_gap = gap if first_gap is None else first_gap
        if pitch is not None and pitch > 0 and gap >= ROW_PITCH_SHARE * pitch:
            break
        if abs(below.box.left - last.box.left) > 0.8 * height and abs(below.box.right - last.box.right) > 0.8 * height:
            break
        if _would_have_fitted(page, header, last, below):
            break  # a caption or a button of its own under the cell: its first word had room on the line above
        if not _fewer_columns(page, below.row, seg.row):
            break  # a table's next row at a line's spacing: every column goes on
        lines.append(below)
    return lines


def _keep_only(row: Row, segments: list[Segment]) -> None:
    """`row` holds only `segments` (in their order), numbered afresh."""
    row.segments = [Segment(words=s.words, row=row.index, index=i, after_rule=s.after_rule) for i, s in enumerate(segments)]


def _a_caption_piece(seg: Segment, height: float) -> bool:
    """A line of a caption wrapped in its cell: no digit, as tall as the header row's captions."""
    return not re.search(r"\d", seg.text) and 0.7 <= seg.height / height <= 1.4


def _stands_over(a: Segment, b: Segment) -> bool:
    """`a` and `b` share most of the narrower one's width: one stands over the other in a column."""
    shared = min(a.box.right, b.box.right) - max(a.box.left, b.box.left)
    return shared >= 0.5 * min(a.box.width, b.box.width)


def _body(page: Page, header_row: Row, last: int | None = None) -> list[Segment]:
    """The cells of the rows under a header row (whose captions' second lines end on row `last`), up to the
    first wide vertical gap (the table's end)."""
    last = header_row.index if last is None else last
    out, bottom = [], page.rows[last].box.bottom
    for row in page.rows[last + 1:last + 61]:
        height = median(s.height for s in row.segments)
        if row.box.top - bottom > 6 * height or (_a_form_field(_under_the_table(row, header_row.segments), header_row.segments)
                                                 and not _fills_the_columns(row, header_row.segments)):
            break
        out.extend(row.segments)
        bottom = row.box.bottom
    return out


def _column_bounds(headers: list[Segment], body: Sequence[Segment] = ()) -> list[tuple[float, float, Segment]]:
    """Each header's column as [left, right).  A column ends a little before the next header starts:
    values are often wider than their header ("No. HP" over "62 855 1518 6124") and may start a few
    pixels left of it.  A header centred over its column starts well right of the column's edge,
    though: when text on two rows or more starts before that cut and runs on under the header, the
    column ends in the last clear vertical gap before the next header instead."""
    ordered = sorted(headers, key=lambda h: h.box.left)
    body = _without_its_foot(_across_no_columns(_of_the_texts_size(body), ordered), ordered)
    words = [w for seg in body for w in seg.words]
    runs = _runs(body)
    cuts = []
    for a, b in zip([None, *ordered], ordered):
        near = b.box.left - 1.5 * b.height
        lo = a.box.left if a is not None else float("-inf")
        starting = {row for row, left, right in runs if lo <= left < near}
        running = {row for row, left, right in runs if left < near and right >= b.box.left + 0.5 * b.height}
        # Most rows, not a few: under a centred header nearly every value runs on; a few long cells that
        # overflow into the next one (a spreadsheet's clipped names) do not move the column's edge.
        under = len(running) >= 2 and len(running) >= 0.5 * len(starting)
        if a is not None and not under:
            # Values set flush left in a wide column under a centred header ("Nama / NIP" over names, "NIP"
            # and degrees on lines of their own): most rows start at one edge past the previous header's end,
            # though few run on under this header.
            under = _a_shared_edge([left for row, left, _ in runs if a.box.right < left < near], b.height,
                                   len(starting))
        if a is None:
            # The first column starts like the others, a little before its header, or at the last gap
            # before it when its values run on under it: a sidebar's menu left of a form is no cell of it.
            gap = _last_gap(float("-inf"), near, words) if under else None
            cuts.append(gap if gap is not None else float("-inf") if under else near)
            continue
        gap = _last_gap(a.box.left, near, words) if under and near > a.box.right else None
        cuts.append(gap if gap is not None else near)
    return [(cuts[i], cuts[i + 1] if i + 1 < len(cuts) else float("inf"), h) for i, h in enumerate(ordered)]


def _last_row(body: Sequence[Segment], headers: Sequence[Segment]) -> int | None:
    """The last row of the body with cells under two columns or more (None: no such row).  The lines of one
    column after it are under the table (an attendance list's "Bandung, 9 Desember 2026", its signer's name
    and "NIP. …"): no cells, and their words would close the gap that parts two columns."""
    columns: dict[int, set[int]] = {}
    for seg in body:
        for run in _word_runs(seg):
            left = run[0].box.left
            columns.setdefault(seg.row, set()).add(sum(h.box.left - 1.5 * h.height <= left for h in headers))
    rows = [row for row, under in columns.items() if len(under) >= 2]
    return max(rows) if rows else None


def _without_its_foot(body: Sequence[Segment], headers: Sequence[Segment]) -> list[Segment]:
    """The body less the lines under the table (see `_last_row`)."""
    last = _last_row(body, headers)
    return list(body) if last is None else [seg for seg in body if seg.row <= last]


# A word boxed this many times as high as the table's words is no cell's: a photographed page's picture, stamp
# or block of rules read as one word ("one" boxed over the whole foot of a table).
PICTURE_WORD_HEIGHT = 3.0


def _of_the_texts_size(body: Sequence[Segment]) -> list[Segment]:
    """The body's segments less the words boxed far taller than its text, which would cross every column."""
    heights = [w.box.height for seg in body for w in seg.words]
    if not heights:
        return list(body)
    limit = PICTURE_WORD_HEIGHT * median(heights)
    return [part for seg in body if (part := _with_words(seg, [w for w in seg.words if w.box.height <= limit]))]


def _across_no_columns(body: Sequence[Segment], headers: Sequence[Segment]) -> list[Segment]:
    """The body's cells, less the rows holding a run of words that reaches past two headers' starts (a
    source line or a note under the table, "Sumber: Dinas Kependudukan …") and the marks OCR made of the
    grid's lines ("—", "|"): neither is a cell, and either would hide the gaps between columns."""
    starts = [h.box.left for h in headers]
    across = {seg.row for seg in body for run in _word_runs(seg)
              if sum(run[0].box.left < x < max(w.box.right for w in run) for x in starts) >= 2}
    return [part for seg in body if seg.row not in across
            and (part := _with_words(seg, [w for w in seg.words if any(ch.isalnum() for ch in w.text)]))]


def _with_words(seg: Segment, kept: list) -> Segment | None:
    """`seg` with only the words `kept` (itself when all are; None when none is)."""
    if len(kept) == len(seg.words):
        return seg
    return Segment(words=kept, row=seg.row, index=seg.index) if kept else None


def _word_runs(seg: Segment) -> list[list]:
    """The words of `seg` in runs set no wider apart than a space between two words of one value."""
    runs, right = [[seg.words[0]]], seg.words[0].box.right
    for w in seg.words[1:]:
        if w.box.left - right > 0.55 * w.box.height:
            runs.append([])
        runs[-1].append(w)
        right = max(right, w.box.right)
    return runs


def _runs(body: Sequence[Segment]) -> list[tuple[int, float, float]]:
    """(row, left, right) of each run of words set no wider apart than a space between two words of
    one value: "Galih Wibowo Setiawan" is one run; a row number and the value of the next cell are two."""
    return [(seg.row, run[0].box.left, max(w.box.right for w in run)) for seg in body for run in _word_runs(seg)]


def _a_shared_edge(lefts: Sequence[float], height: float, rows: int) -> bool:
    """Three or more of `lefts`, and half of the `rows` at least, start within half a line's height of one
    another: the left edge of a column's values."""
    return any(sum(abs(other - left) <= 0.5 * height for other in lefts) >= max(3, 0.5 * rows) for left in lefts)


def _last_gap(lo: float, hi: float, words: Sequence) -> float | None:
    """The middle of the last stretch of [lo, hi] that no word crosses and that is wider than a space
    between two words (None: there is none, or no words to tell)."""
    inside = [w for w in words if w.box.right > lo and w.box.left < hi]
    if not inside:
        return None
    least = 0.75 * median(w.box.height for w in inside)
    best, x = None, lo
    for left, right in sorted((w.box.left, w.box.right) for w in inside):
        if left - x >= least:
            best = (x + left) / 2
        x = max(x, right)
    return best


def _split_at_columns(row: Row, bounds: list[tuple[float, float, Segment]]) -> list[Segment]:

    def column(word, after) -> int:  # (`after`: the next word of its segment, or None)
        first_lo, _, first = bounds[0]
        if first_lo > float("-inf") and word.box.right <= first.box.left - 0.5 * first.height:
            return -1  # ends before the first header starts: a spreadsheet's own row numbers left of the table
        for i, (lo, hi, header) in enumerate(bounds):
            if word.box.left < hi:
                if (i > 0 and after is not None and word.text.rstrip(".").isdigit()
                        and word.box.right < header.box.left <= after.box.left + 0.5 * header.height):
                    # A number that ends before this column's header starts, read glued to a word that
                    # starts under it, is the column's before it: a row's number set right in a narrow
                    # "No" column ("1 T712MPC" under "No | Nopol"), a value's last group ("… 2 | 013").
                    return i - 1
                return i
        return len(bounds) - 1

    out: list[Segment] = []
    for seg in row.segments:
        groups: list[list] = []
        current = None
        for k, word in enumerate(seg.words):
            c = column(word, seg.words[k + 1] if k + 1 < len(seg.words) else None)
            if c != current:
                groups.append([])
                current = c
            groups[-1].append(word)
        for group in groups:
            out.append(Segment(words=group, row=row.index, index=len(out)))
    return out


def _figures_only(header: Segment, body: Sequence[Segment], bounds: list[tuple[float, float, Segment]]) -> bool:
    """Every cell under `header` is a figure: a "Penduduk" column of a table of figures per district counts
    people, it names none, so it makes no table one about people."""
    cells = [c.text.strip(" |") for c in body if _column_for(c, bounds) is header and any(ch.isalnum() for ch in c.text)]
    # (a cell may hold the next column's figure too, read glued on: "117.857 90,7 %"; a grid line's mark is no cell)
    return bool(cells) and all(_FIGURE.fullmatch(part) for c in cells for part in re.split(r"\s+(?=\d)", c))


def _column_for(seg: Segment, bounds: list[tuple[float, float, Segment]]) -> Segment | None:
    left = seg.words[0].box.left
    for lo, hi, header in bounds:
        if left < hi:
            return header if left >= lo else None
    return None


# The plain words of the headers over columns that hold no one's particulars ("keterangan", "status"): a
# clipped header that could be the start of one of them ("Ke", "St") vouches for nothing.
_OTHER_HEADER_WORDS = tuple(m.group().lower() for pattern in words("labels", "other_column_headers")
                            if (m := re.match(r"[A-Za-z]+", pattern)))


def clipped_column(page: Page, recs: Sequence[Recognizer]) -> list[Candidate]:
    """The cells of a table's last column cut off by the edge of a table scrolled to the right (a village
    system's resident list, a school's student grid wider than the window): every row shows the first one to
    six characters of its value, all ending at the same edge ("RT" of "RT 009 / RW 006 DUSUN KIDUL"), and the
    header only its start ("Al" of "Alamat").  Such a piece is no recognizer's value, yet it is the start of a
    resident's particulars: when the header's visible start opens a sensitive field's label (and no harmless
    column's caption), each cell's visible part is covered, under the label's category."""
    out: list[Candidate] = []
    for header_row in sorted(page.header_rows):
        body = [r for r in sorted(page.columns) if r > header_row
                and any(h.row == header_row for h in page.columns[r].values())]
        if len(body) < 3:
            continue
        cells = [_last_cell(page.rows[r]) for r in body]
        height = median(seg.height for seg, _ in cells)
        edge = median(seg.words[-1].box.right for seg, _ in cells)
        at_edge = [(seg, first) for seg, first in cells if abs(seg.words[-1].box.right - edge) <= 0.3 * height]
        if len(at_edge) < max(3, 0.6 * len(cells)):
            continue
        lefts = [seg.words[first].box.left for seg, first in at_edge]
        if max(lefts) - min(lefts) > 0.6 * height:
            continue  # cells of one column start at its edge; right-aligned values of several lengths do not
        left = min(lefts)
        caption = [w for s in page.rows[header_row].segments for w in s.words
                   if w.box.left >= left - height and w.box.right <= edge + height]
        if not caption or abs(caption[-1].box.right - edge) > 0.5 * height:
            continue  # a whole caption ending before its cells ("TMT" over dates) is no clipped one
        category_ = _label_opened_by(" ".join(w.text for w in caption), recs)
        if category_ is None:
            continue
        for seg, first in at_edge:
            start = seg.start_of(seg.words[first])
            out.append(Candidate(category_, seg, start, len(seg.text), 0.6, "clipped_column", seg.text[start:]))
    return out


def _last_cell(row: Row) -> tuple[Segment, int]:
    """The segment that ends `row` and the index of the first word of its last cell (words set no wider
    apart than a space between two words of one value)."""
    seg = max(row.segments, key=lambda s: s.words[-1].box.right)
    first = len(seg.words) - 1
    while first > 0 and seg.words[first].box.left - seg.words[first - 1].box.right <= 0.55 * seg.words[first].box.height:
        first -= 1
    return seg, first


def _label_opened_by(caption: str, recs: Sequence[Recognizer]) -> str | None:
    """The category of a sensitive field whose label the clipped caption opens ("Al" -> Alamat, "Na" ->
    Nama) or is, or None: two letters at least, and no harmless column's caption it could open as well."""
    caption_words = re.findall(r"[a-z]+", caption.lower())
    key = "".join(caption_words)
    # (the edge may cut the last letter through, and OCR read the rest as another: "Nan" for "Nam")
    cut = key[:-1] if len(key) >= 3 else key
    if len(cut) < 2 or any(word.startswith(key) for word in _OTHER_HEADER_WORDS):
        return None
    for rec in recs:
        for label in rec.labels:
            label_words = re.findall(r"[a-z]+", label.lower())
            # (the caption opens the label, "Al" of "Alamat"; or the label opens the caption in whole words,
            # "Nama" of "Nama Ibu Ka": "Kel" does not open "Kelas")
            if len("".join(label_words)) >= 3 and ("".join(label_words).startswith(cut)
                                                    or caption_words[:len(label_words)] == label_words):
                return rec.category
    return None


def value_columns(page: Page, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The cells of a column of e-mail addresses, of network addresses or of names whose header OCR did not read:
    three or more values of one such category found on rows of one table, starting at one edge, and three
    in five at least of the cells that start at that edge between the first and the last of them found so.
    Every such cell of the value's shape is covered whole, under that category: on a shrunk copy an
    address whose @ was read as a letter ("dewilestarigcontoh.goid"), an IP address with a dot read as a
    space or a dash ("10.41-72.18") or a digit misread ("172.10.4.20" for 172.19…), and one that came
    out as scraps are no recognizer's value, and one found in part leaves its domain's end ("… goid")."""
    out: list[Candidate] = []
    for category, fits, strict, shaped in _COLUMN_VALUES:
        out.extend(_column_cells(page, candidates, category, fits, strict, shaped))
    return out


def _column_cells(page: Page, candidates: Sequence[Candidate], category: str, fits, strict: bool,
                  shaped: bool) -> list[Candidate]:
    """`value_columns` for one category.  A shape as `strict` as an IP address's is no column's caption and
    no word of the next cell: the row right above the first value found and the one right below the last
    are looked at too, and a cell's first word may fit alone.  A shape as narrow as a name in capitals
    (`shaped`) counts among the cells found for the column's share: a queue's patients in capitals and in
    mixed case, of which only the second are found by their shape."""
    found = []
    for cand in candidates:
        if cand.category != category:
            continue
        # (with the lines a value goes on over: a name's cell wrapped onto the next line)
        for seg, start, end in ((cand.segment, cand.start, cand.end), *cand.extra):
            boxes = seg.boxes_for(start, end)
            if boxes:
                found.append((min(b.left for b in boxes), seg.row, seg.height))
    found.sort()
    out: list[Candidate] = []
    taken = 0
    while taken < len(found):
        left, _, height = found[taken]
        column = [f for f in found[taken:] if f[0] - left <= 0.6 * height]
        taken += len(column)
        rows = sorted({r for _, r, _ in column})
        if len(rows) < 3:
            continue
        height = median(h for _, _, h in column)
        edge = median(l for l, _, _ in column)
        cells = []
        for index in range(rows[0], rows[-1] + 1):
            for seg in page.rows[index].segments:
                cell = _cell_from(seg, edge, height)
                if cell is not None:
                    cells.append((seg, *cell))
        held = set(rows) | ({seg.row for seg, start, end in cells if fits(seg.text[start:end])} if shaped else set())
        if len(held) < 0.6 * len({seg.row for seg, _, _ in cells}):
            continue  # values here and there at one edge (a card's fields), not a column of them
        if shaped:
            cells.extend(_more_of_the_shape(page, rows, edge, height, fits))
        if strict:
            for index in (rows[0] - 1, rows[-1] + 1):
                for seg in page.rows[index].segments if 0 <= index < len(page.rows) else ():
                    cell = _cell_from(seg, edge, height)
                    if cell is not None:
                        cells.append((seg, *cell))
        for seg, start, end in cells:
            if not fits(seg.text[start:end]):
                if not strict:
                    continue
                # the next cell set close may have been taken in ("10.41-72.18 QUEUE"): the first word alone
                end = start + len(seg.text[start:end].split()[0])
                if not fits(seg.text[start:end]):
                    continue
            out.append(Candidate(category, seg, start, end, 0.6, f"{category}_column", seg.text[start:end]))
    return out


def _more_of_the_shape(page: Page, rows: list[int], edge: float, height: float, fits) -> list[tuple[Segment, int, int]]:
    """The cells at `edge` above the first row and below the last of a column, as long as they fit its
    shape: the column goes on past the first and the last value found (a queue whose last patients are
    written in capitals).  It ends at the first cell there that does not fit, or after two rows with none."""
    out = []
    for step, index in ((-1, rows[0] - 1), (1, rows[-1] + 1)):
        empty = 0
        while 0 <= index < len(page.rows) and empty <= 2:
            cells = [(seg, *cell) for seg in page.rows[index].segments
                     if (cell := _cell_from(seg, edge, height)) is not None]
            if cells and not all(fits(seg.text[start:end]) for seg, start, end in cells):
                break
            out.extend(cells)
            empty = 0 if cells else empty + 1
            index += step
    return out


def _cell_from(seg: Segment, edge: float, height: float) -> tuple[int, int] | None:
    """The characters of the cell of `seg` that starts at `edge`: its first word within a little of the edge,
    and the words after it no farther apart than a space; None when no word starts there or the cell
    holds no letter or digit."""
    words_ = seg.words
    first = next((i for i, w in enumerate(words_) if abs(w.box.left - edge) <= 0.6 * height), None)
    if first is None:
        return None
    last = first
    while last + 1 < len(words_) and words_[last + 1].box.left - words_[last].box.right <= 0.8 * height:
        last += 1
    start, end = seg.start_of(words_[first]), seg.start_of(words_[last]) + len(words_[last].text)
    return (start, end) if sum(ch.isalnum() for ch in seg.text[start:end]) >= 3 else None


def _address_like(text: str) -> bool:
    """Not a sentence: a mail's subject set at the edge of its From, To and Cc is no address."""
    return sum(len(word) >= 3 and is_ordinary_word(word) for word in text.split()) < 2


def _network_address_like(text: str) -> bool:
    """An IP address as OCR may read it small: six digits or more, its separators dots, commas, colons,
    dashes or spaces, at most one letter (a digit misread); no date, no time."""
    digits = sum(ch.isdigit() for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    return (digits >= 6 and letters <= 1 and all(ch.isalnum() or ch in ".,:- " for ch in text)
            and not T.DATE.fullmatch(text.strip(" .,")) and not re.search(r"\d:\d\d(?!\d)", text))


def _name_in_capitals_like(text: str) -> bool:
    """A name in capitals ("EKO RAHMAN SYAHPUTRA", "SYARIFAH GUNADI, S.KOM."): no small letter, and it could
    be a name (see `could_be_a_name`).  Capitals alone are no sign of a name, so the names kind leaves such a
    cell to its column's header; among names found at one edge, the column says it."""
    from .kinds.names import could_be_a_name  # (the finders import this module)
    return not any(ch.islower() for ch in text) and could_be_a_name(text)


_COLUMN_VALUES = (("email", _address_like, False, False), ("internal_url", _network_address_like, True, False),
                  ("person_name", _name_in_capitals_like, False, True))
