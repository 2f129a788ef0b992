"""PDF in, safe PDF out, end to end with real Tesseract on PDFs the tests make.

One PDF has a text layer (reportlab), with document properties, a link, an attachment and a
script; one is a scan (a rendered picture of text, no text layer).  The output is inspected with
an independent parser (pypdf): image-only, nothing beside the pages, page count and sizes kept,
and the values no longer readable.
"""
from __future__ import annotations

import json
import re

import pytest
from PIL import Image

from conftest import render_lines
from redactor.config import Config
from redactor.errors import InputError
from redactor.ocr import run_ocr
from redactor.pdf import RENDER_DPI, open_pdf, redact_pdf
from redactor.pipeline import redact_file

pypdf = pytest.importorskip("pypdf")
canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas")

pytestmark = pytest.mark.usefixtures("tesseract")

FAST = Config(visual=False)
A4 = (595.2756, 841.8898)
NIK = "3273015507879901"
EMAIL = "siti.rahma@example.org"
PHONE = "0812-3456-7890"


def text_pdf(path, pages=2):
    """A memo as a word processor writes it: real text, properties, a link, an attachment, a script."""
    c = canvas_mod.Canvas(str(path), pagesize=A4)
    c.setTitle("Nota dinas rahasia")
    c.setAuthor("Siti Rahma")
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "NOTA DINAS")
    c.drawString(72, 730, f"NIK: {NIK}")
    c.drawString(72, 710, f"Email: {EMAIL}")
    c.drawString(72, 690, "Rapat koordinasi hari Senin di ruang utama.")
    c.linkURL("https://intranet.example.go.id/", (72, 680, 300, 700))
    for n in range(1, pages):
        c.showPage()
        c.setPageSize((612, 792) if n == 1 else A4)  # a Letter page among A4 ones: each size is kept
        c.setFont("Helvetica", 11)
        c.drawString(72, 700, f"Telp. {PHONE}")
    c.save()
    writer = pypdf.PdfWriter(clone_from=str(path))
    writer.add_attachment("lampiran.txt", b"NIK " + NIK.encode())
    # A document-level script, as a form with a calculation carries one.
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    script = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.alert('hi');")})
    names = writer.root_object.setdefault(NameObject("/Names"), DictionaryObject()).get_object()
    names[NameObject("/JavaScript")] = DictionaryObject({NameObject("/Names"): ArrayObject(
        [TextStringObject("hello"), writer._add_object(script)])})
    writer.write(str(path))
    return path


def scanned_pdf(path):
    """A scanner's PDF: one picture per page and no text at all."""
    rendered = render_lines([f"NIK: {NIK}", f"Email: {EMAIL}", "Rapat hari Senin di ruang utama"],
                            size=40, width=1650, margin=120)
    page = Image.new("RGB", (1654, 2339), "white")
    page.paste(rendered.image, (0, 200))
    page.save(path, "PDF", resolution=200.0)
    return path


def inspect(path):
    reader = pypdf.PdfReader(str(path))
    root = reader.trailer["/Root"]
    return reader, root


def assert_image_only(path):
    reader, root = inspect(path)
    assert "/Info" not in reader.trailer
    for key in ("/Names", "/AcroForm", "/OpenAction", "/AA", "/Outlines", "/Metadata", "/EmbeddedFiles"):
        assert key not in root, key
    for page in reader.pages:
        assert "/Annots" not in page and "/AA" not in page
        assert page.extract_text().strip() == ""
        resources = page["/Resources"]
        assert "/Font" not in resources
        xobjects = resources["/XObject"]
        assert [xobjects[k]["/Subtype"] for k in xobjects] == ["/Image"]
    data = path.read_bytes()
    assert b"/JavaScript" not in data and b"/JS" not in data and b"/URI" not in data
    assert data.rstrip().endswith(b"%%EOF")


def page_text(path, index):
    with open_pdf(path) as document:
        return run_ocr(document.page(index).image).text


def test_text_layer_pdf_is_read_exactly_and_written_image_only(tmp_path):
    source = text_pdf(tmp_path / "memo.pdf", pages=3)
    with open_pdf(source) as document:
        first = document.page(0)
        assert first.text_layer is not None and not first.needs_ocr
        assert {"pdf_info", "attachments", "scripts"} <= set(document.extras)
        words = [w.text for w in first.text_layer.words]
        assert NIK in words and EMAIL in words
        # Exact boxes: the NIK's box sits where reportlab drew it (72 pt from the left, 200 dpi).
        nik = next(w for w in first.text_layer.words if w.text == NIK)
        label = next(w for w in first.text_layer.words if w.text == "NIK:")
        assert abs(label.box.left - 72 * RENDER_DPI / 72) < 4
        assert nik.box.left > label.box.right
    result = redact_file(source, config=FAST)
    assert result.output.path == tmp_path / "memo.redacted.pdf"
    assert {"nik", "email", "phone"} <= {f.category for f in result.analysis.findings}
    assert {"pdf_info", "attachments", "scripts", "annotations"} <= set(result.analysis.metadata_removed)
    assert_image_only(result.output.path)
    reader, _ = inspect(result.output.path)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    assert len(sizes) == 3
    for got, want in zip(sizes, [A4, (612, 792), A4]):
        assert got == pytest.approx(want, abs=0.5)
    first_page = page_text(result.output.path, 0)
    assert "NOTA DINAS" in first_page and "koordinasi" in first_page  # the rest of the page is still there
    digits = re.sub(r"\D", "", first_page)
    assert NIK[:8] not in digits and EMAIL not in first_page
    assert "3456" not in page_text(result.output.path, 1)


def test_scanned_pdf_is_read_by_ocr(tmp_path):
    source = scanned_pdf(tmp_path / "scan.pdf")
    with open_pdf(source) as document:
        page = document.page(0)
        assert page.text_layer is None and page.needs_ocr
    result = redact_pdf(source, tmp_path / "scan.redacted.pdf", config=FAST)
    assert {"nik", "email"} <= {f.category for f in result.analysis.findings}
    assert result.seconds_per_page > 0
    assert_image_only(result.output.path)
    text = page_text(result.output.path, 0)
    assert "Rapat" in text
    assert NIK[:8] not in re.sub(r"\D", "", text) and EMAIL not in text


def test_encrypted_and_broken_pdfs_fail_with_one_line(tmp_path, cli):
    source = text_pdf(tmp_path / "memo.pdf", pages=1)
    writer = pypdf.PdfWriter(clone_from=str(source))
    writer.encrypt("rahasia")
    writer.write(str(tmp_path / "locked.pdf"))
    with pytest.raises(InputError, match="password"):
        open_pdf(tmp_path / "locked.pdf")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(source.read_bytes()[:400])
    with pytest.raises(InputError, match="broken or damaged PDF"):
        open_pdf(broken)
    for name, refused_or_unreadable in (("locked.pdf", 4), ("broken.pdf", 3)):
        run = cli("redact", name, "--no-visual", cwd=tmp_path)
        assert run.returncode == refused_or_unreadable
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and name in lines[0], run.stderr
        assert not (tmp_path / name.replace(".pdf", ".redacted.pdf")).exists()


def test_cli_and_batch_take_pdfs(tmp_path, cli):
    folder = tmp_path / "in"
    folder.mkdir()
    text_pdf(folder / "memo.pdf", pages=1)
    scanned_pdf(folder / "scan.pdf")
    run = cli("redact", str(folder / "memo.pdf"), "--no-visual", "--verify", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (folder / "memo.redacted.pdf").is_file()
    assert "checked: no data still readable" in run.stdout
    assert NIK not in run.stdout
    (folder / "memo.redacted.pdf").unlink()
    run = cli("batch", str(folder), "-o", str(tmp_path / "out"), "--no-visual", "--jobs", "1", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    outputs = sorted(r["output"].rsplit("/", 1)[-1] for r in report["results"])
    assert outputs == ["memo.pdf", "scan.pdf"]
    for name in outputs:
        assert_image_only(tmp_path / "out" / name)


def test_pdf_output_name_must_be_a_pdf(tmp_path):
    source = text_pdf(tmp_path / "memo.pdf", pages=1)
    with pytest.raises(Exception, match="ending in .pdf"):
        redact_file(source, tmp_path / "memo.png", config=FAST)
    assert not (tmp_path / "memo.png").exists()


def test_a_page_that_fails_fails_the_document(tmp_path, monkeypatch):
    import redactor.pdf as pdf_module

    source = text_pdf(tmp_path / "memo.pdf", pages=2)
    real = pdf_module._render_page

    def second_page_breaks(document, index, dpi):
        if index == 1:
            raise ValueError("damaged content stream")
        return real(document, index, dpi)

    monkeypatch.setattr(pdf_module, "_render_page", second_page_breaks)
    with pytest.raises(InputError, match="page 2"):
        redact_pdf(source, config=FAST)
    assert not (tmp_path / "memo.redacted.pdf").exists()


def test_poster_sized_page_is_rendered_within_the_pixel_limit(tmp_path):
    from redactor.pdf import MAX_PAGE_PIXELS

    poster = tmp_path / "poster.pdf"
    Image.new("RGB", (400, 300), "white").save(poster, "PDF", resolution=1.0)  # 400 x 300 inches
    with open_pdf(poster) as document:
        page = document.page(0)
    assert page.image.width * page.image.height <= MAX_PAGE_PIXELS
    assert page.size == pytest.approx((28800, 21600))


def test_a_small_picture_beside_a_text_layer_is_read_by_ocr(tmp_path):
    """A memo with real text and a small pasted picture (a clipped ID number, a stamp, a letterhead logo):
    the page renders, and the picture's text is read by OCR and covered, however small a share it takes."""
    snippet = render_lines([f"NIK: {NIK}"], size=40, margin=10).image
    snippet_path = tmp_path / "snippet.png"
    snippet.save(snippet_path)
    source = tmp_path / "memo.pdf"
    c = canvas_mod.Canvas(str(source), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Laporan kegiatan bulanan bagian umum dan kepegawaian.")
    c.drawImage(str(snippet_path), 72, 600, width=250, height=250 * snippet.height / snippet.width)
    c.save()
    with open_pdf(source) as document:
        assert document.page(0).needs_ocr
    result = redact_pdf(source, tmp_path / "memo.redacted.pdf", config=FAST)
    assert "nik" in {f.category for f in result.analysis.findings}
    assert NIK[:8] not in re.sub(r"\D", "", page_text(result.output.path, 0))
