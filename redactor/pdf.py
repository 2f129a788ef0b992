"""PDF in, safe PDF out: every page rendered, read, covered, and written back as an image only.

Pages are rendered by PDFium (pypdfium2); nothing else ever parses the input PDF.  A page's own
text layer gives exact character boxes, which are fed to detection in the shape OCR produces, so
a memo made by a word processor is read without OCR error; a scanned page, and any page that
carries pictures or annotations (where text can sit outside the text layer), is read by OCR as
well.  The output holds one picture per page and nothing else: no text layer, no document
properties, no attachments, forms, scripts or links, with each page the size it had.
"""
from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from PIL import Image

from .config import Config
from .errors import ExportError, InputError, RedactorError, RefusedInput
from .findings import NO_VERDICT, Box, Verdict
from .load import LoadedImage, read_input
from .ocr import OcrResult, Word

# 200 dpi: 10 pt text has capitals ~20 px tall, what Tesseract reads best, and an A4 page is 3.9 MP.
RENDER_DPI = 200
MAX_PAGES = 500
# A poster-sized page is rendered at a lower resolution rather than as a gigapixel picture.
MAX_PAGE_PIXELS = 40_000_000
# A page whose text layer has fewer letters than this is treated as a scan.
MIN_TEXT_CHARS = 20
# A picture at least this tall and wide (points) can hold a line of text of its own (a clipped ID
# number, a stamp, a pasted screenshot): a page that has one is read by OCR too, however small a share.
MIN_PICTURE_PT = (20.0, 6.0)
JPEG_QUALITY = 90
TEXT_LAYER_CONF = 99.0

# What an input PDF carries beside its pages; the output has none of it.
PDF_EXTRAS = ("pdf_info", "attachments", "forms", "scripts", "annotations", "text_layer")


def is_pdf(path: str | Path) -> bool:
    """By content, not by name: PDF readers accept the header anywhere in the first kilobyte."""
    try:
        with open(path, "rb") as handle:
            return b"%PDF-" in handle.read(1024)
    except OSError:
        return False


def output_path(path: Path, out_dir: Path | None = None) -> Path:
    return (out_dir if out_dir is not None else path.parent) / f"{path.stem}.redacted.pdf"


@dataclass
class PdfPage:
    """One rendered page: the picture, its size in points, and its own text when it has any."""

    index: int
    image: Image.Image
    size: tuple[float, float]          # width, height in points, as the page is displayed
    text_layer: OcrResult | None       # words from the page's text, in pixels of `image`; None: scanned
    needs_ocr: bool                    # no usable text layer, or pictures/annotations beside it
    annotations: bool = False          # links, comments, form widgets (drawn into the picture, then gone)


@dataclass
class PdfSource:
    """An opened input PDF. Close it (or use `with`) to release PDFium's copy."""

    name: str
    document: object                   # pypdfium2.PdfDocument
    extras: tuple[str, ...] = ()
    _closed: bool = field(default=False, repr=False)

    def __len__(self) -> int:
        return len(self.document)

    def __enter__(self) -> "PdfSource":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.document.close()

    def page(self, index: int, dpi: int = RENDER_DPI) -> PdfPage:
        try:
            return _render_page(self.document, index, dpi)
        except RedactorError:
            raise
        except MemoryError:
            raise RefusedInput("page_too_large", page=index + 1) from None
        except Exception as exc:  # a page that fails fails the document
            raise InputError("page_not_rendered", page=index + 1, reason=_short(exc)) from None

    def pages(self, dpi: int = RENDER_DPI) -> Iterator[PdfPage]:
        for index in range(len(self)):
            yield self.page(index, dpi)


def open_pdf(path: str | Path) -> PdfSource:
    path = Path(path)
    return open_pdf_bytes(read_input(path), name=path.name)


def open_pdf_bytes(data: bytes, name: str = "") -> PdfSource:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise RefusedInput("pdf_encrypted") from None
        raise InputError("broken_pdf", reason=_short(exc)) from None
    except Exception as exc:
        raise InputError("broken_pdf", reason=_short(exc)) from None
    try:
        count = len(document)
        if count == 0:
            raise InputError("pdf_no_pages")
        if count > MAX_PAGES:
            raise RefusedInput("pdf_too_many_pages", count=count, limit=MAX_PAGES)
        extras = _extras(document)
        # Form fields are drawn with their values, as a reader shows them: the values must be seen to be covered.
        if document.get_formtype():
            document.init_forms()
    except InputError:
        document.close()
        raise
    except Exception as exc:
        document.close()
        raise InputError("broken_pdf", reason=_short(exc)) from None
    return PdfSource(name=name, document=document, extras=extras)


def _extras(document) -> tuple[str, ...]:
    import pypdfium2.raw as pdfium_c

    found = []
    try:
        if any(str(v).strip() for v in document.get_metadata_dict(skip_empty=True).values()):
            found.append("pdf_info")
    except Exception:
        found.append("pdf_info")
    if pdfium_c.FPDFDoc_GetAttachmentCount(document) > 0:
        found.append("attachments")
    if document.get_formtype():
        found.append("forms")
    if pdfium_c.FPDFDoc_GetJavaScriptActionCount(document) > 0:
        found.append("scripts")
    return tuple(found)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:100] or type(exc).__name__


def _render_page(document, index: int, dpi: int) -> PdfPage:
    page = document[index]
    try:
        width_pt, height_pt = page.get_size()
        scale = min(dpi / 72.0, 0.999 * (MAX_PAGE_PIXELS / max(1.0, width_pt * height_pt)) ** 0.5)
        bitmap = page.render(scale=scale, may_draw_forms=True)
        image = bitmap.to_pil()
        image = Image.frombytes("RGB", image.size, image.convert("RGB").tobytes())
        bitmap.close()
        width, height = page.get_size()
        if page.get_rotation() in (90, 270):
            width, height = height, width
        textpage = page.get_textpage()
        try:
            words = _text_layer_words(page, textpage, image.size)
        finally:
            textpage.close()
        letters = sum(sum(ch.isalnum() for ch in w.text) for w in words)
        text_layer = OcrResult(words=tuple(words), width=image.width, height=image.height) if letters else None
        annotations, drawn = _annotations(page)
        needs_ocr = letters < MIN_TEXT_CHARS or drawn or _has_picture(page)
        return PdfPage(index=index, image=image, size=(float(width), float(height)),
                       text_layer=text_layer, needs_ocr=needs_ocr, annotations=annotations)
    finally:
        page.close()


def _annotations(page) -> tuple[bool, bool]:
    """(any annotations, any that draw something: form fields, notes, stamps, free text).

    A link draws nothing; the others can put text on the page that is not in its text layer.
    """
    import pypdfium2.raw as pdfium_c

    count = pdfium_c.FPDFPage_GetAnnotCount(page)
    drawn = False
    for i in range(count):
        annot = pdfium_c.FPDFPage_GetAnnot(page, i)
        if not annot:
            drawn = True
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) not in (pdfium_c.FPDF_ANNOT_LINK, pdfium_c.FPDF_ANNOT_POPUP):
                drawn = True
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return count > 0, drawn


def _has_picture(page) -> bool:
    import pypdfium2.raw as pdfium_c

    min_width, min_height = MIN_PICTURE_PT
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        if right - left >= min_width and top - bottom >= min_height:
            return True
    return False


def _page_to_pixels(page, size: tuple[int, int]) -> Callable[[float, float], tuple[float, float]]:
    """PDFium's own page-to-device mapping (crop box and rotation included), as an affine map in floats."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    fine = 16  # PDFium returns whole device pixels: measure on a 16x larger device for sub-pixel precision
    width, height = size[0] * fine, size[1] * fine
    x, y = ctypes.c_int(), ctypes.c_int()

    def device(px: float, py: float) -> tuple[float, float]:
        pdfium_c.FPDF_PageToDevice(page, 0, 0, width, height, 0, px, py, x, y)
        return x.value / fine, y.value / fine

    span = 1000.0
    ox, oy = device(0.0, 0.0)
    ax, ay = device(span, 0.0)
    bx, by = device(0.0, span)
    a, b = (ax - ox) / span, (bx - ox) / span
    c, d = (ay - oy) / span, (by - oy) / span
    return lambda px, py: (ox + a * px + b * py, oy + c * px + d * py)


def _text_layer_words(page, textpage, size: tuple[int, int]) -> list[Word]:
    """Words with their pixel boxes from the page's text, grouped into lines as OCR groups them."""
    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    if count <= 0:
        return []
    to_pixels = _page_to_pixels(page, size)
    words: list[Word] = []
    line_id = 0
    current: list[tuple[str, float, float, float, float]] = []  # char, left, top, right, bottom (pixels)

    def flush() -> None:
        if current:
            text = "".join(ch for ch, *_ in current)
            box = Box.from_edges(min(c[1] for c in current), min(c[2] for c in current),
                                 max(c[3] for c in current), max(c[4] for c in current))
            if text.strip() and box.area:
                words.append(Word(text=text, box=box, conf=TEXT_LAYER_CONF, line_id=line_id))
            current.clear()

    previous = None
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        ch = chr(code) if 0 < code < 0x110000 else " "
        if ch in "\r\n":
            flush()
            if words and words[-1].line_id == line_id:
                line_id += 1
            previous = None
            continue
        if ch.isspace() or not ch.isprintable():
            flush()
            continue
        # Loose boxes span the font's full height (like an OCR word box); tight ones give the ink's sides.
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        ink_left, _, ink_right, _ = textpage.get_charbox(i, loose=False)
        corners = [to_pixels(px, py) for px, py in ((ink_left, bottom), (ink_right, bottom),
                                                     (ink_left, top), (ink_right, top))]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        box = (ch, min(xs), min(ys), max(xs), max(ys))
        if previous is not None:
            line_height = max(1.0, previous[4] - previous[2])
            same_line = abs(box[2] - previous[2]) < 0.5 * line_height
            gap = box[1] - previous[3]
            if not same_line or gap > 3 * line_height:  # another line, or the next column of a table
                flush()
                if words and words[-1].line_id == line_id:
                    line_id += 1
            elif gap > 0.5 * line_height:  # spacing without a space character
                flush()
        current.append(box)
        previous = box
    flush()
    return words


# ----------------------------------------------------------------------------------- analysis


def page_loaded(page: PdfPage, name: str = "") -> LoadedImage:
    return LoadedImage(image=page.image, source_format="PDF", metadata_found=(), name=name)


def analyse_page(page: PdfPage, config: Config = Config(), *, cores: int | None = None, name: str = ""):
    """Detection on one page: from its text layer, from OCR, or both. Fails closed like `analyse`."""
    from .pipeline import analyse

    loaded = page_loaded(page, f"{name} page {page.index + 1}".strip())
    if page.text_layer is None:
        return analyse(loaded, config, cores=cores)
    analysis = analyse(loaded, config, cores=cores, text_layer=page.text_layer)
    if page.needs_ocr:
        # Pictures on the page (a pasted scan, a photo of an ID) carry text the layer does not have.
        scanned = analyse(loaded, config.with_changes(visual=False), cores=cores)
        analysis.findings.extend(scanned.findings)
        if analysis.verdict.kind == "none":
            analysis.verdict = scanned.verdict
        for stage, seconds in scanned.timings.items():
            analysis.timings[stage] = analysis.timings.get(stage, 0.0) + seconds
    return analysis


def review_pages(path: str | Path, config: Config = Config()) -> tuple[list[PdfPage], list[tuple], tuple[str, ...]]:
    """A PDF for review: every page rendered and analysed, as (pages, (findings, verdict) of each page, what
    the file carried besides its pages). Any page that fails fails the document (fail closed)."""
    path = Path(path)
    pages, found = [], []
    with open_pdf(path) as document:
        extras = document.extras
        for page in document.pages():
            analysis = analyse_page(page, config, name=path.name)
            found.append((list(analysis.findings), analysis.verdict))
            pages.append(page)
    return pages, found, extras


def combined_verdict(verdicts: Sequence[Verdict]) -> Verdict:
    order = ("classified_document", "internal_system", "identity_card", "poorly_read")
    for kind in order:
        for verdict in verdicts:
            if verdict.kind == kind:
                return verdict
    return NO_VERDICT


# ------------------------------------------------------------------------------------- output


def encode_pdf(pages: Sequence[tuple[Image.Image, tuple[float, float]]]) -> bytes:
    """An image-only PDF: one JPEG picture per page, each page of the given size in points.

    Pillow's writer, with every document property left out: no Info dictionary, no text, no fonts,
    no annotations, no outline, no scripts.  All pages share one resolution (the lowest any page was
    rendered at), so a page's size is kept to within half a pixel (0.2 pt at 200 dpi).
    """
    if not pages:
        raise ExportError("no pages to write")
    images = []
    resolution = min(image.width * 72.0 / max(width_pt, 1e-6) for image, (width_pt, _) in pages)
    for image, (width_pt, height_pt) in pages:
        target = (max(1, round(width_pt * resolution / 72.0)), max(1, round(height_pt * resolution / 72.0)))
        clean = image if image.mode == "RGB" else image.convert("RGB")
        if clean.size != target:
            clean = clean.resize(target, Image.Resampling.LANCZOS)
        # A fresh image from raw pixels: nothing of a source's info can come along.
        images.append(Image.frombytes("RGB", clean.size, clean.tobytes()))
    buffer = io.BytesIO()
    no_properties = dict.fromkeys(("title", "author", "subject", "keywords", "creator", "producer",
                                   "creationDate", "modDate"))
    try:
        images[0].save(buffer, "PDF", save_all=True, append_images=images[1:], resolution=resolution,
                       quality=JPEG_QUALITY, **no_properties)
    except (OSError, ValueError) as exc:
        raise ExportError(f"could not encode the PDF ({_short(exc)})") from None
    data = buffer.getvalue()
    if not data.rstrip().endswith(b"%%EOF"):
        raise ExportError("the PDF encoder produced a file that does not end at its end marker")
    return data


def save_pdf(pages: Sequence[tuple[Image.Image, tuple[float, float]]], out_path: Path, *,
             protect: Path | None = None):  # -> export.ExportResult
    """The one way covered pages become a PDF file: `encode_pdf`, written atomically, and read back
    from disk before it takes its name (`check_saved_pdf`)."""
    from .export import write_atomic

    return write_atomic(encode_pdf(pages), Path(out_path), protect=protect,
                        check=lambda written: check_saved_pdf(written, len(pages)))


def encode_pdf_checked(pages: Sequence[tuple[Image.Image, tuple[float, float]]]) -> bytes:
    """`encode_pdf`, with the bytes opened again and checked as `save_pdf` checks its file (see
    `export.encode_checked`); `export.write_encoded` writes them."""
    data = encode_pdf(pages)
    _check_pdf(lambda: open_pdf_bytes(data), len(pages))
    return data


def check_saved_pdf(path: Path, page_count: int) -> None:
    """Raise ExportError unless the written PDF opens, has every page, each page renders, and it
    carries no document properties, attachments, forms or scripts."""
    _check_pdf(lambda: open_pdf(path), page_count)


def _check_pdf(opened: Callable[[], "PdfSource"], page_count: int) -> None:
    try:
        with opened() as saved:
            if len(saved) != page_count:
                raise ExportError("saved_pdf_pages", count=len(saved), expected=page_count)
            if saved.extras:
                raise ExportError("saved_pdf_extras", extras=", ".join(saved.extras))
            for index in range(page_count):
                saved.page(index, dpi=36)  # decodes: a damaged picture fails here
    except InputError as exc:
        raise ExportError("saved_pdf_unreadable", reason=exc) from None


@dataclass
class PdfRedaction:
    """The result of `redact_pdf`, shaped like `pipeline.RedactionResult` (`analysis` sums the pages)."""

    source: Path
    output: object                     # export.ExportResult
    pages: list                        # one pipeline.Analysis per page
    analysis: object                   # pipeline.Analysis over the whole document
    seconds_per_page: float = 0.0


def redact_pdf(path: Path, out_path: Path | None = None, *, config: Config = Config(), style: str | None = None,
               cores: int | None = None, dpi: int = RENDER_DPI) -> PdfRedaction:
    """Render, read, cover and write every page; any page that fails fails the whole document."""
    from .cover import apply_cover
    from .pipeline import Analysis

    path = Path(path)
    start = time.perf_counter()
    covered: list[tuple[Image.Image, tuple[float, float]]] = []
    analyses = []
    text_pages = annotated = 0
    with open_pdf(path) as source:
        for page in source.pages(dpi):
            text_pages += page.text_layer is not None
            annotated += page.annotations
            analysis = analyse_page(page, config, cores=cores, name=path.name)
            picture = apply_cover(page.image, analysis.findings, style or config.style)
            covered.append((picture, page.size))
            # Keep the findings and timings, not the page's pixels: a long document is not held twice.
            analysis.loaded = LoadedImage(image=Image.new("RGB", (1, 1)), source_format="PDF",
                                          metadata_found=(), name=analysis.loaded.name)
            analysis.ocr = None
            analyses.append(analysis)
        extras = source.extras + (("annotations",) if annotated else ()) + (("text_layer",) if text_pages else ())
    target = Path(out_path) if out_path else output_path(path)
    result = save_pdf(covered, target, protect=path)
    seconds = time.perf_counter() - start
    findings = [f for a in analyses for f in a.findings]
    whole = Analysis(loaded=LoadedImage(image=covered[0][0], source_format="PDF", metadata_found=extras,
                                        name=path.name),
                     findings=findings, verdict=combined_verdict([a.verdict for a in analyses]),
                     timings={"pages": float(len(analyses)), "total": seconds})
    return PdfRedaction(source=path, output=result, pages=analyses, analysis=whole,
                        seconds_per_page=seconds / max(1, len(analyses)))
