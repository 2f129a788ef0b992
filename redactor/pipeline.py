"""The whole pipeline: load → OCR → detect → cover → export.

`analyse` stops before covering so the app can show findings for review;
`redact_file` runs everything and writes the output.
"""
from __future__ import annotations

import copy
import re
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from PIL import Image

from .cells import unread_cells
from .config import Config, cores_for_one_image
from .cover import apply_cover
from .detect import detect
from .errors import AnalysisTimeout, DetectorError, ExportError, OcrError, fail_closed
from .export import FORMATS, ExportResult, covered_boxes, default_export_format, default_output_path, save_image
from .findings import NO_VERDICT, Box, Finding, Verdict, VerdictKind, outcome_of
from .ink import ink_plane, trim_to_ink, trim_words_to_ink, unread_ink_around, widen_to_ink
from .load import LoadedImage, load_bytes, load_path
from .ocr import Engine, OcrResult, get_engine, run_ocr
from .ocr.faint import reread_faint
from .ocr.reread import reread as reread_top_bars
from .seethrough import find_faint_text, find_see_through_boxes

@dataclass
class Analysis:
    loaded: LoadedImage
    findings: list[Finding]
    verdict: Verdict = NO_VERDICT
    ocr: OcrResult | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def image(self) -> Image.Image:
        return self.loaded.image

    @property
    def metadata_removed(self) -> tuple[str, ...]:
        return self.loaded.metadata_found

    @property
    def outcome(self) -> str:
        """covered, nothing_found or needs_review: see `redactor.findings.outcome_of`."""
        return outcome_of(self.verdict, sum(1 for f in self.findings if f.enabled))


@dataclass(frozen=True)
class RedactionResult:
    source: Path | None
    output: ExportResult
    analysis: Analysis


def _cores(cores: int | None) -> int:
    return max(1, cores or cores_for_one_image())


# What cameras and scanners save; screenshots are PNG (a JPEG or WebP screenshot is checked as a photo).
CAMERA_FORMATS = ("JPEG", "MPO", "HEIF", "HEIC", "AVIF", "WEBP", "TIFF")
# A page's edge this many degrees or more off the image's axes stands askew: photographed or scanned turned.
ASKEW_DEGREES = 2.0
# Sharp edges around an askew page, as a share of the area around it, above which it is a photo shown on
# a screen: a chat's photo viewer saved as a JPEG screenshot has the sender's name and the caption there
# (0.0035 with one name over the photo), a table has next to none.  Read as a photo, only the page would be
# read and the screen's text around it left as it is.
SCREEN_AROUND_EDGES = 0.002


def _most_askew_edge(quad) -> float:  # noqa: ANN001 - corners (tl, tr, br, bl)
    """How many degrees the page's edge furthest off the image's axes stands off them.  A page photographed
    from one side is a trapezoid: its top edge may lie level while its sides lean (and its rows of text
    with them, more the further down the page)."""
    import math

    degrees = []
    for (x0, y0), (x1, y1) in zip(quad, [*quad[1:], quad[0]]):
        angle = abs(math.degrees(math.atan2(y1 - y0, x1 - x0))) % 90
        degrees.append(min(angle, 90 - angle))
    return max(degrees)


def _askew_page(loaded: LoadedImage):
    """The corners of a page standing askew in a camera-format image that has no sensor grain (a phone
    that smooths its photos, a scan saved turned), or None.  A screenshot's windows stand square, and a
    photo on a screen has the screen's text around it."""
    if loaded.source_format not in CAMERA_FORMATS:
        return None
    quad = _find_page(loaded.image)
    if quad is None:
        return None
    from .visual.rectify import edge_share_outside

    if _most_askew_edge(quad) < ASKEW_DEGREES:
        return None
    with fail_closed("page detection"):
        around = edge_share_outside(loaded.image, quad)
    return quad if around <= SCREEN_AROUND_EDGES else None


def looks_like_photo(loaded: LoadedImage) -> bool:
    """Camera photos (of a page, a card) get perspective and rotation correction; screenshots never.

    Screenshots are full of perfectly flat areas; a camera's sensor noise and
    lighting leave almost none.
    """
    if loaded.source_format not in CAMERA_FORMATS:
        return False
    import numpy as np

    grey = loaded.image.convert("L")  # once, for both tests
    small = np.asarray(grey.resize((256, 256)), dtype=np.float32)
    blocks = small.reshape(32, 8, 32, 8).std(axis=(1, 3))
    if float((blocks < 0.8).mean()) >= 0.35:
        return False
    return _smooth_share_exactly_flat(np.asarray(grey)) < SCREEN_FLAT_SMOOTH


# A dense screenshot saved or forwarded as a JPEG (a spreadsheet, a staff table) has too few empty areas
# for the test above, but where it is smooth it is exactly flat: JPEG keeps an even 8 px block even.  A
# camera's smooth areas carry sensor noise.  Of the smooth blocks, JPEG screenshots of the benchmark pages
# had 0.86 or more exactly flat, 0.62 or more when also shrunk to 55-80 % first; camera photos of pages,
# receipts, cards and scenes 0.49 at most.
SCREEN_FLAT_SMOOTH = 0.56


def _smooth_share_exactly_flat(grey) -> float:  # noqa: ANN001 - a numpy array of grey levels
    """Of the image's smooth 8 px blocks (grey spread under 4), the share that is flat (under 0.5), at full
    size (shrinking would blur a camera's noise into flatness).  Large images are sampled by rows of blocks."""
    import numpy as np

    rows, cols = grey.shape[0] // 8, grey.shape[1] // 8
    if rows == 0 or cols == 0:
        return 1.0
    step = max(1, -(-rows * cols // 40_000))  # about 40 000 blocks (2.5 MP) are enough to judge
    blocks = grey[: rows * 8, : cols * 8].reshape(rows, 8, cols, 8)[::step].astype(np.float32)
    spread = blocks.std(axis=(1, 3))
    smooth = int((spread < 4).sum())
    return float((spread < 0.5).sum()) / smooth if smooth else 0.0


def analyse(loaded: LoadedImage, config: Config = Config(), *, cores: int | None = None,
            text_layer: OcrResult | None = None) -> Analysis:
    """OCR and detection on a loaded image. Raises OcrError/DetectorError: fail closed.

    `cores`: how many cores this one image may use (default: every core, as for a single
    image; a batch worker passes 1, the cores being shared out among the workers).
    `text_layer`: words the image's source already knows exactly (a PDF page's own text), in
    OCR's shape; they are read instead of running OCR.
    """
    timings: dict[str, float] = {}
    image = loaded.image
    cores = _cores(cores)
    deadline = Deadline(config.analysis_timeout)
    t0 = time.perf_counter()
    # One checked engine for the page detector (orientation), the page and the stamps alike.
    engine = get_engine(config.lang, config.tesseract_cmd, config.ocr_timeout, config.tessdata)
    if text_layer is None:
        engine.warm(cores)  # one reader per band, its models loading while the image is prepared
    if not config.visual:
        return _read_and_detect(loaded, config, engine, False, None, cores, timings, t0, deadline, text_layer,
                                helper=None)
    # A camera photo gets its page found once: for rectifying, and to know its faces are a card's photo.
    photo = text_layer is None and looks_like_photo(loaded)
    page_quad = _find_page(image) if photo else None
    if text_layer is None and not photo:
        page_quad = _askew_page(loaded)
        photo = page_quad is not None
    face_side = None if photo and page_quad is None else SMALL_FACE_SIDE
    if cores == 1 or image.width * image.height > ONE_STAGE_AT_A_TIME_PIXELS:
        analysis = _read_and_detect(loaded, config, engine, photo, page_quad, cores, timings, t0, deadline, text_layer,
                                    helper=None)
        t4 = time.perf_counter()
        analysis.findings.extend(_pixel_findings(image, config, face_side))
    else:
        with ThreadPoolExecutor(max_workers=1) as pool:
            # Faces, codes and signatures need only the pixels: they run while Tesseract reads.
            pixels = pool.submit(_pixel_findings, image, config, face_side)
            # A fresh process loads the packs and word lists there too, instead of in the first detection.
            warming = pool.submit(warm_detection, config)
            analysis = _read_and_detect(loaded, config, engine, photo, page_quad, cores, timings, t0, deadline, text_layer,
                                        helper=pool, detection_warming=warming)
            t4 = time.perf_counter()
            analysis.findings.extend(pixels.result())
    # A stroke found in the photo inside a table's signature column: the column's cover takes it in.
    analysis.findings[:] = _visual_module().within_columns(analysis.findings)
    timings["visual"] = timings.get("visual", 0.0) + time.perf_counter() - t4
    deadline.check()
    return analysis


# Above this many pixels (a camera photo) the face network does not run beside the page's reading: its
# working memory and the page's straightening, preparation and faint-text planes would be held at once
# (a fresh `redact` of a 12 MP photo peaked at 430 MB that way, against 340 MB one after the other).
# The network still uses both cores through OpenCV, and the page's reading uses both in its bands.
ONE_STAGE_AT_A_TIME_PIXELS = 4_000_000


class Deadline:
    """The whole analysis of one image has `seconds`; each OCR call gets what is left of them.

    A hostile or odd image must end in a clear error, never in a run that does not end.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> int:
        self.check()
        return max(1, int(self.end - time.monotonic()))

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise AnalysisTimeout("analysis_timeout", seconds=f"{self.seconds:g}")

    def bound(self, engine: Engine) -> Engine:
        """The engine with its timeout cut to what is left."""
        left = self.left()
        if left >= engine.timeout:
            return engine
        bounded = copy.copy(engine)
        bounded.timeout = left
        return bounded


# Tesseract's page segmentation: screenshots scatter text over the page, so they are read as sparse text;
# a photographed letter, form or receipt is one column of lines, and read as a column (on the dev
# photos recall rose from 0.974 to 0.991 at the same false-positive rate, and photographed receipts
# gave up store e-mail addresses and hotlines that sparse reading broke into fragments).
SCREEN_PSM = 11
PHOTO_PSM = 4


def _read(page: Image.Image, engine: Engine, cores: int, deadline: Deadline, psm: int = SCREEN_PSM,
          band_done: Callable[[], object] | None = None) -> OcrResult:
    """The page's words, and the words of its stamps (classification marks) each on a line of its own.
    `band_done`: called once, on the thread of the first band read, as soon as it is read."""
    try:
        return _read_within(page, deadline.bound(engine), cores, psm, band_done)
    except OcrError:
        deadline.check()  # stopped by what was left of the whole analysis: say so
        raise


def _read_within(page: Image.Image, engine: Engine, cores: int, psm: int = SCREEN_PSM,
                 band_done: Callable[[], object] | None = None) -> OcrResult:
    try:
        from .visual.stamps import MAX_STAMPS, STAMP_CONFIDENCE, find_stamps, stamp_line, stamp_reading
    except ImportError as exc:
        raise DetectorError("detector_missing", what="stamp reader", reason=exc) from exc
    read: list[tuple[str, Box]] = []

    def read_stamps() -> None:
        if band_done is not None:
            band_done()
        for box in find_stamps(page)[:MAX_STAMPS]:
            read.append((stamp_reading(engine, page, box), box))

    # The stamps need the pixels only: read by the first band's thread done while the other band is read
    # (bands of a page seldom take the same time), they are off the way from the drop to the findings.
    ocr = run_ocr(page, bands=cores, engine=engine, psm=psm, after_bands=read_stamps)
    if psm != SCREEN_PSM:
        ocr = reread_faint(page, ocr, engine)  # a faded receipt's pale header and footer
    ocr = reread_top_bars(page, ocr, engine)  # the signed-in user's name on a coloured bar
    # (red or pink print the page read itself, a chat's sender in its colour, is no stamp: see `stamp_line`)
    stamps = [(*line, STAMP_CONFIDENCE) for reading, box in read
              if (line := stamp_line(reading, box, ocr.words)) is not None]
    return ocr.with_lines(stamps) if stamps else ocr


def _read_faint(sheet: Image.Image, engine: Engine, deadline: Deadline) -> OcrResult:
    try:
        return run_ocr(sheet, bands=1, engine=deadline.bound(engine))
    except OcrError:
        deadline.check()
        raise


def _read_and_detect(loaded: LoadedImage, config: Config, engine: Engine, photo: bool, page_quad, cores: int,
                     timings: dict[str, float], t0: float, deadline: Deadline,
                     text_layer: OcrResult | None = None, *, helper: ThreadPoolExecutor | None,
                     detection_warming: Future | None = None) -> Analysis:
    """`helper`: a thread for the searches that need only the pixels, beside text detection (None: here, after it).
    `detection_warming`: the packs and word lists loading on it (waited for, not loaded twice at once)."""
    image = loaded.image
    rectified = None
    if config.visual and photo:
        rectified = _rectify(image, engine, page_quad, check_upside_down=False)
    page = rectified.image if rectified is not None else image
    t1 = time.perf_counter()
    psm = PHOTO_PSM if photo else SCREEN_PSM
    # Boxes drawn over text and text a level stretch would bring back (under the user's own semi-opaque box,
    # or nearly transparent) need only the pixels.  With a helper thread they start as soon as the first of
    # the page's bands is read, on the core that band leaves free, rather than beside the text detection,
    # whose Python they slowed as much as they took (the interpreter's lock); without one, here after it.
    # The faint text found is read once the page is (its readers are then free: none is made for it).
    searches: list[Future] = []
    page_read = threading.Event()

    def read_faint(sheet: Image.Image) -> OcrResult:
        page_read.wait()
        return _read_faint(sheet, engine, deadline)

    def start_pixel_searches() -> None:
        if not searches:
            searches.append(_beside(helper, find_see_through_boxes, image))
            searches.append(_beside(helper, find_faint_text, image, read_faint))

    try:
        if text_layer is not None:
            ocr = text_layer
        else:
            # (Not on a photo, which may be read again turned: the searches would share its readers.)
            early = start_pixel_searches if helper is not None and not photo else None
            ocr = _read(page, engine, cores, deadline, psm, early)
    finally:
        page_read.set()
    if rectified is not None and not rectified.upside_down_checked and _reads_upside_down(ocr):
        turned = rectified.turned_over()
        turned_ocr = _read(turned.image, engine, cores, deadline, psm)
        if _confident_words(turned_ocr) > _confident_words(ocr):
            rectified, page, ocr = turned, turned.image, turned_ocr
    if rectified is not None and photo and _reads_upside_down(ocr):
        # Still scraps, upright and turned over: the page may lie sideways (a receipt on a table).
        turned = rectified.quarter_turn(engine)
        if turned is not None:
            turned_ocr = _read(turned.image, engine, cores, deadline, psm)
            if _confident_words(turned_ocr) > _confident_words(ocr):
                rectified, page, ocr = turned, turned.image, turned_ocr
    if rectified is None and not photo and text_layer is None and config.visual and _reads_poorly(ocr, page):
        # A scan or screenshot saved sideways or upside down (no EXIF to say so): turn it by its text and
        # read again.  Whole: a page finder would take its table for the page and cut off the header.
        # (A photo was already turned by `_rectify` above.)
        turned = _rectify(image, engine, None)
        if turned is not None and turned.rotation:
            rectified, page = turned, turned.image
            ocr = _read(page, engine, cores, deadline)
    if photo and text_layer is None:
        # A card's value boxed from the label over it down to its own glyphs would sit on the label's line.
        # (Marks are left as read: a colon's two dots are two bands of ink.  So is a word Tesseract is unsure
        # of, a logo's or a stain's scraps, whose box says no more about where text is than its letters do.)
        lettered = [i for i, w in enumerate(ocr.words)
                    if any(ch.isalnum() for ch in w.text) and w.conf >= TRIM_CONFIDENCE]
        trimmed = dict(zip(lettered, trim_words_to_ink(page, [ocr.words[i].box for i in lettered])))
        ocr = replace(ocr, words=tuple(replace(w, box=trimmed.get(i, w.box)) for i, w in enumerate(ocr.words)))
    deadline.check()
    t2 = time.perf_counter()
    timings["ocr"] = t2 - t1
    start_pixel_searches()  # (unless a band started them)
    if detection_warming is not None:
        detection_warming.result()
    with fail_closed("text detection"):  # a recognizer bug must never yield an image called safe
        detection = detect(ocr, pattern_dirs=config.pattern_dirs, own_terms=config.own_terms,
                           disabled=config.disabled_categories, visible_terms=config.visible_terms)
    findings = list(detection.findings)
    read_words = [w.box for w in ocr.words if str(w.text).strip()]
    if rectified is None and not photo and text_layer is None:
        # A screenshot's half-read word: its last glyph too; an address's first word OCR skipped ("Jl.").
        times = [w.box for w in ocr.words if _A_TIME.fullmatch(str(w.text).strip())]
        findings = widen_to_ink(page, findings, read_words, times)
    if photo or rectified is not None:
        plane = ink_plane(page)  # made here, not before the search: a photo's plane is 24 MB
        if photo:
            findings = trim_to_ink(plane, findings)  # a photographed word boxed twice as high as its capitals
            # A cell of a photographed table that OCR read nothing in, in a column whose read cells were found.
            findings += unread_cells(plane, findings, ocr.words)
        if rectified is not None:
            # Labels OCR did not read, close over or under a value, are its neighbours as much as those it read.
            # A word another finding covers is none: on a tilted table a NIP's cover grows over the NIPs
            # above and below it, covered anyway, to the upright box a reader sees around it.
            from .visual.rectify import mostly_inside

            covered = [b for f in findings if f.enabled for b in f.boxes]
            uncovered = [w for w in read_words if not any(mostly_inside(w, b) for b in covered)]
            findings = [rectified.map_finding(f, uncovered + unread)
                        for f, unread in zip(findings, unread_ink_around(plane, findings))]
        del plane
    see_through, faint = searches
    findings.extend(see_through.result())
    findings.extend(faint.result())
    deadline.check()
    t3 = time.perf_counter()
    timings["detect"] = t3 - t2
    if config.visual:
        findings.extend(_layout_findings(page, ocr, rectified, config,
                                         identity_card=detection.verdict.kind == "identity_card"))
        if photo and rectified is not None and text_layer is None:
            findings = _cards_read_alone(page, rectified, findings, config, engine, cores, deadline)
        timings["visual"] = time.perf_counter() - t3 + (t1 - t0)
    verdict = detection.verdict
    if not verdict.discouraged and text_layer is None and _read_unreliably(ocr):
        # Fail closed on the reading too: a page read as scraps is no page found clean, only one not read.
        verdict = Verdict(VerdictKind.POORLY_READ, ("text read unreliably",))
    return Analysis(loaded=loaded, findings=findings, verdict=verdict, ocr=ocr, timings=timings)


def _beside(helper: ThreadPoolExecutor | None, function, *args) -> Future:
    """`function(*args)` on the helper thread, or here and now without one; its error is raised by `result()`."""
    if helper is not None:
        return helper.submit(function, *args)
    done: Future = Future()
    try:
        done.set_result(function(*args))
    except BaseException as exc:  # raised where the result is taken, as from the helper
        done.set_exception(exc)
    return done


# Pattern-pack folders whose recognizers and word lists this process has loaded.
_DETECTION_READY: set[tuple[Path, ...]] = set()
# A line that uses the packs' recognizers and the word lists they consult (names, places, common words).
_WARM_UP_LINE = "Nama: Budi Santoso NIK 3174051206900003 Alamat Jl. Merdeka No. 5 Bandung 0812-3456-7890 budi@example.com"


def warm_detection(config: Config = Config()) -> None:
    """Load the pattern packs and the word lists detection reads on first use (once per process and packs):
    a fresh process does it while its page is read, instead of after."""
    key = tuple(Path(p) for p in config.pattern_dirs)
    if key in _DETECTION_READY:
        return
    from .ocr import Word

    words, left = [], 10
    for text in _WARM_UP_LINE.split():
        words.append(Word(text=text, box=Box(left, 10, 9 * len(text), 14), conf=95.0, line_id=0))
        left += 9 * len(text) + 8
    try:
        detect(OcrResult(words=tuple(words), width=left + 10, height=40), pattern_dirs=config.pattern_dirs,
               own_terms=config.own_terms, disabled=config.disabled_categories, visible_terms=config.visible_terms)
    except Exception:  # noqa: BLE001 - a broken pack says so, with its name, when the page is searched
        return
    _DETECTION_READY.add(key)


# Words read at least this surely have their boxes trimmed to their ink on a photo (see `trim_words_to_ink`).
TRIM_CONFIDENCE = 50
# A word OCR read as a time of day ("9:49", "14.05", its small colon read "9-49"; "9:49AM"): a chat's
# stamp beside a sender's name.
_A_TIME = re.compile(r"\d{1,2}[:.-][0-5]\d(?:[AaPp][Mm])?")


def _confident_words(ocr: OcrResult) -> int:
    return sum(1 for w in ocr.words if w.conf >= 70 and len(w.text) >= 3 and w.text.isalnum())


def _reads_poorly(ocr: OcrResult, page: Image.Image) -> bool:
    """Few confident words for the ink on the page: the text is probably turned."""
    confident = _confident_words(ocr)
    if confident >= 8:
        return False
    import numpy as np

    grey = np.asarray(page.convert("L").resize((200, max(1, round(200 * page.height / page.width)))))
    ink = float((grey < 128).mean())
    return 0.005 < ink < 0.5 and confident < max(3, 0.3 * len(ocr.words))


# Share of confident words below which a photographed page is read again turned over.  On the
# dev photos (letters and cards) upright pages read 0.60-0.73 confident, upside-down ones 0.06-0.18.
UPSIDE_DOWN_SHARE = 0.35


# A page whose words were read mostly unsurely, after every turn tried.  The dev screenshots and photos read
# 0.43-0.73 of their words surely, the real corpus's receipt photos down to 0.24, bench/photos.py's pages down
# to 0.27; a crumpled receipt read all as scraps (0 of 68), a scan's text over an X-ray (2 of 56) and two ID
# cards copied on a page read on its side (0 of 53) under 0.05.  Too few words say nothing (a photo of a scene).
UNRELIABLE_SHARE = 0.15
UNRELIABLE_WORDS = 20


def _read_unreliably(ocr: OcrResult) -> bool:
    return len(ocr.words) >= UNRELIABLE_WORDS and _confident_words(ocr) < UNRELIABLE_SHARE * len(ocr.words)


def _reads_upside_down(ocr: OcrResult) -> bool:
    return _confident_words(ocr) < UPSIDE_DOWN_SHARE * max(1, len(ocr.words))


def _rectify(image: Image.Image, engine: Engine, quad, check_upside_down: bool = True):
    """`quad`: the page's corners as `_find_page` returned them (None: no page in the picture)."""
    try:
        from .visual import rectify_document
    except ImportError:
        return None
    with fail_closed("page detection"):
        return rectify_document(image, engine=engine, check_upside_down=check_upside_down,
                                quad=quad)


def _find_page(image: Image.Image):
    """The page's corners in a photo, or None."""
    try:
        from .visual.rectify import find_page
    except ImportError:
        return None
    with fail_closed("page detection"):
        return find_page(image)


# Faces in screenshots are avatars and profile pictures, at least ~40 px on a 1080p screen, and
# faces in a photo of a document are the card's photo or a picture printed on the page: a
# smaller analysis copy finds them at a sixth of the cost of the setting for photos of people.
SMALL_FACE_SIDE = 1280


def _visual_module():
    try:
        from . import visual
    except ImportError as exc:
        raise DetectorError("detector_missing", what="visual detectors", reason=exc) from exc
    return visual


def _pixel_findings(image: Image.Image, config: Config, face_side: int | None) -> list[Finding]:
    visual = _visual_module()
    disabled = config.disabled_categories
    with fail_closed("visual detection"):
        found = visual.detect_visual(image, faces="face" not in disabled,
                                     codes=not {"qr_code", "barcode"} <= disabled,
                                     signatures="signature" not in disabled,
                                     face_max_side=face_side)
    return [f for f in found if f.category not in disabled]


def _layout_findings(page: Image.Image, ocr: OcrResult, rectified, config: Config,
                     identity_card: bool) -> list[Finding]:
    visual = _visual_module()
    disabled = config.disabled_categories
    with fail_closed("visual detection"):
        # Whole-field card covering only where the text says this is an identity card;
        # a staff table has the same column names.
        layout = visual.layout_findings(page, ocr.words, rectified=rectified,
                                        signatures="signature" not in disabled, card_fields=identity_card)
    return [f for f in layout if f.category not in disabled]


def _cards_read_alone(page: Image.Image, rectified, findings: list[Finding], config: Config, engine: Engine,
                      cores: int, deadline: Deadline) -> list[Finding]:
    """Each identity card laid on a photographed page, read again as a card of its own, turned level by
    its own outline (see `visual.cards`).  Its findings are added to the page's; the page's card layout
    inside it (its portrait, signature and field bands, fitted to the page's level and not the card's)
    gives way to the card's own, when the card reads as an identity card."""
    try:
        from .visual import CARD_DETECTOR, is_identity_card
        from .visual.cards import card_outline_on, cut_card, find_cards, lies_within, overlaps, sharpened
    except ImportError as exc:
        raise DetectorError("detector_missing", what="visual detectors", reason=exc) from exc
    with fail_closed("card detection"):
        cards = find_cards(page)
    outlines = []
    added: list[Finding] = []
    for card in cards:
        image, to_page = cut_card(page, card)
        ocr = _read(image, engine, cores, deadline, PHOTO_PSM)
        if not is_identity_card(ocr.words):
            # A copy's print is soft (toner spread by the copier, then a phone's focus): read it once more
            # with its edges sharpened.
            image = sharpened(image)
            ocr = _read(image, engine, cores, deadline, PHOTO_PSM)
            if not is_identity_card(ocr.words):
                continue
        lettered = [i for i, w in enumerate(ocr.words)
                    if any(ch.isalnum() for ch in w.text) and w.conf >= TRIM_CONFIDENCE]
        trimmed = dict(zip(lettered, trim_words_to_ink(image, [ocr.words[i].box for i in lettered])))
        ocr = replace(ocr, words=tuple(replace(w, box=trimmed.get(i, w.box)) for i, w in enumerate(ocr.words)))
        with fail_closed("text detection"):
            detection = detect(ocr, pattern_dirs=config.pattern_dirs, own_terms=config.own_terms,
                               disabled=config.disabled_categories, visible_terms=config.visible_terms)
        alone = replace(rectified, image=image, to_original_matrix=rectified.to_original_matrix @ to_page)
        read_words = [w.box for w in ocr.words if str(w.text).strip()]
        plane = ink_plane(image)
        found = trim_to_ink(plane, list(detection.findings))
        added += [alone.map_finding(f, read_words + unread) for f, unread in zip(found, unread_ink_around(plane, found))]
        del plane
        layout = _layout_findings(image, ocr, alone, config, identity_card=True)
        added += layout
        outlines.append(card_outline_on(rectified.map_points(card.corners())))
        deadline.check()
    if not outlines:
        return findings
    # The page's portrait, signature strip or field band on a card gives way to the card's own of its kind
    # over it; one the card's reading did not find again stays.
    kept = [f for f in findings if f.detector != CARD_DETECTOR or not any(lies_within(f, o) for o in outlines)
            or not any(g.detector == CARD_DETECTOR and g.category == f.category and overlaps(f, g) for g in added)]
    return kept + added


def render(analysis: Analysis, style: str | None = None, findings: Sequence[Finding] | None = None) -> Image.Image:
    return apply_cover(analysis.image, analysis.findings if findings is None else findings, style or "box")


def output_format(loaded: LoadedImage, out_path: Path | None, fmt: str | None) -> str:
    """`fmt` if the user chose one, else the output name's own type, else a photo stays a photo (see export)."""
    if fmt:
        return fmt.lower()
    suffix = Path(out_path).suffix.lstrip(".").lower() if out_path else ""
    return suffix if suffix in FORMATS else default_export_format(loaded)


def redact_file(path: Path, out_path: Path | None = None, *, config: Config = Config(), fmt: str | None = None,
                style: str | None = None, cores: int | None = None) -> RedactionResult:
    """`fmt`: png, jpg or webp; None: `output_format`'s choice."""
    path = Path(path)
    from . import pdf  # a PDF goes only through PDFium, never through the image loaders

    if pdf.is_pdf(path):
        if out_path is not None and Path(out_path).suffix.lower() != ".pdf":
            raise ExportError("pdf_needs_pdf_output")
        return pdf.redact_pdf(path, out_path, config=config, style=style, cores=cores)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    # The OCR models load in the background while the file is decoded (a fresh process's largest wait).
    get_engine(config.lang, config.tesseract_cmd, config.ocr_timeout, config.tessdata).warm(_cores(cores))
    loaded = load_path(path)
    timings["load"] = time.perf_counter() - t0
    analysis = analyse(loaded, config, cores=cores)
    analysis.timings = {**timings, **analysis.timings}
    t1 = time.perf_counter()
    covered = render(analysis, style or config.style)
    t2 = time.perf_counter()
    fmt = output_format(loaded, out_path, fmt)
    target = Path(out_path) if out_path else default_output_path(path, fmt)
    result = save_image(covered, target, fmt, photo=loaded.lossy, protect=path,
                        covered=covered_boxes(analysis.findings), original=analysis.image)
    t3 = time.perf_counter()
    analysis.timings.update(cover=t2 - t1, export=t3 - t2)
    return RedactionResult(source=path, output=result, analysis=analysis)


def strip_file(path: Path, out_path: Path | None = None, *, fmt: str | None = None) -> RedactionResult:
    """Metadata only: a fresh pixel-only encode, no OCR."""
    path = Path(path)
    loaded = load_path(path)
    fmt = output_format(loaded, out_path, fmt)
    if out_path is None:
        ext = "jpg" if fmt in ("jpg", "jpeg") else fmt
        out_path = path.with_name(f"{path.stem}.clean.{ext}")
    result = save_image(loaded.image, Path(out_path), fmt, photo=loaded.lossy, protect=path)
    return RedactionResult(source=path, output=result, analysis=Analysis(loaded=loaded, findings=[]))


def analyse_bytes(data: bytes, config: Config = Config(), name: str = "clipboard") -> Analysis:
    return analyse(load_bytes(data, name=name), config)


# The warm-up page is as large as a common screenshot: the memory a screenshot's analysis works in (the
# enlarged page, the bands, the searches' planes) is then the process's own before the first image comes.
# After a small page, the first screenshot's analysis faulted in about 80 MB afresh (20 000 page faults,
# 0.15-0.2 s more CPU than the next image); after this one, 1 400-2 000.
WARM_UP_PAGE = (1920, 1080)


def warm_up(config: Config = Config(), cores: int | None = None) -> None:
    """Load what the first image would otherwise wait for: the OCR models of every band, the face
    model, the pattern packs and word lists, and the memory a screenshot's analysis uses. For a window
    that has just opened: it analyses a page drawn here, in memory."""
    from PIL import ImageDraw

    page = Image.new("RGB", WARM_UP_PAGE, "white")
    ImageDraw.Draw(page).text((12, 36), "Budi Santoso  NIK 3174051206900003  budi@example.com", fill="black")
    analyse(LoadedImage(image=page, source_format="PNG", metadata_found=(), name="warm-up"), config, cores=cores)
