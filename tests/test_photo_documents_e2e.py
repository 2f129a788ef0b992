"""End to end with real Tesseract on photographed documents: an ATM slip with a masked card number, a
family card (KK) whose member table holds every personal attribute, a health-insurance card that prints
its number and holder without labels, and a letter addressed to a position.  The tests draw the
documents, photograph them (table margin, soft focus, grain, JPEG), and check every value comes out
black while labels, headings, amounts and positions stay as they were.
"""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from redactor.config import Config
from test_documents_e2e import Document, _photographed, assert_black, assert_visible, run, stacked_fields

pytestmark = pytest.mark.usefixtures("tesseract")


def test_atm_slip_accounts_and_name_covered_the_masked_card_and_amount_readable(tmp_path):
    """A masked card number's last digits stand right above the source account: they are not joined
    into one number, and the account, the destination and the name are covered."""
    doc = Document(Image.new("RGB", (520, 620), (246, 244, 236)))
    doc.text((160, 30), "BANK BNI", size=20, mono=True, key="bank")
    doc.text((30, 80), "TRANSFER ANTAR BANK", size=20, mono=True, key="title")
    rows = [("NO. KARTU", "5221 84** **** 8066", "card"), ("DARI REK", "8439150008", "src"),
            ("KE REK", "4608377835337", "dst"), ("NAMA", "GALIH SEMBIRING", "name"),
            ("JUMLAH", "RP 2.438.000", "amount")]
    y = 140
    for label, value, key in rows:
        doc.text((30, y), f"{label:<10}:", size=20, mono=True, key=label)
        doc.text((200, y), value, size=20, mono=True, key=key)
        y += 44
    doc = _photographed(doc, seed=3)
    _, out = run(doc, tmp_path, name="slip.jpg", config=Config(), quality=80)
    for key in ("src", "dst", "name"):
        assert_black(doc, out, key)
    for key in ("amount", "title", "NAMA"):
        assert_visible(doc, out, key)
    left, top, right, bottom = doc.boxes["card"]
    tail = (right - (right - left) // 5, top, right, bottom)  # "8066"
    doc.boxes["card tail"] = tail
    assert_visible(doc, out, "card tail")


def family_card() -> Document:
    doc = Document(Image.new("RGB", (1360, 700), (250, 248, 240)))
    draw = ImageDraw.Draw(doc.image)
    doc.text((520, 20), "KARTU KELUARGA", size=28, bold=True, key="title")
    doc.text((30, 80), "Nama Kepala Keluarga", size=16, key="head label")
    doc.text((240, 80), ":", size=16)
    doc.text((252, 80), "BAMBANG SUSANTO", size=16, key="head")
    doc.text((30, 110), "Alamat", size=16, key="address label")
    doc.text((240, 110), ":", size=16)
    doc.text((252, 110), "JL. MELATI NO. 12", size=16, key="address")
    doc.text((700, 80), "Desa/Kelurahan", size=16, key="village label")
    doc.text((880, 80), ":", size=16)
    doc.text((892, 80), "SUKAJADI", size=16, key="village")
    doc.text((700, 110), "Kabupaten/Kota", size=16, key="regency label")
    doc.text((880, 110), ": SLEMAN", size=16)
    xs = [30, 70, 290, 480, 610, 730, 850, 950, 1130, 1330]
    heads = ["No", "Nama Lengkap", "NIK", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "Agama", "Pendidikan",
             "Jenis Pekerjaan"]
    top = 170
    draw.rectangle((xs[0], top, xs[-1], top + 40 + 3 * 36), outline=(60, 60, 60), width=2)
    for x in xs[1:-1]:
        draw.line([(x, top), (x, top + 40 + 3 * 36)], fill=(60, 60, 60), width=1)
    draw.line([(xs[0], top + 40), (xs[-1], top + 40)], fill=(60, 60, 60), width=2)
    for x, head in zip(xs, heads):
        doc.text((x + 6, top + 12), head, size=14, bold=True, key=head)
    members = [["1", "BAMBANG SUSANTO", "3404071203780011", "LAKI-LAKI", "SLEMAN", "12-03-1978", "ISLAM",
                "SLTA/SEDERAJAT", "WIRASWASTA"],
               ["2", "SRI WAHYUNI", "3404075508820002", "PEREMPUAN", "KLATEN", "15-08-1982", "ISLAM",
                "SLTA/SEDERAJAT", "GURU"],
               ["3", "DIMAS SUSANTO", "3404070110090003", "LAKI-LAKI", "SLEMAN", "01-10-2009", "ISLAM",
                "SLTP/SEDERAJAT", "PELAJAR/MAHASISWA"]]
    for n, member in enumerate(members):
        y = top + 50 + n * 36
        for column, (x, value) in enumerate(zip(xs, member)):
            doc.text((x + 6, y), value, size=14, key=f"{n}:{column}")
    doc.text((30, 400), "Dikeluarkan Tanggal :", size=16, key="issued label")
    doc.text((220, 400), "06-03-2019", size=16, key="issued")
    doc.text((820, 440), "KEPALA DINAS KEPENDUDUKAN DAN", size=15, bold=True, key="office")
    doc.text((820, 462), "PENCATATAN SIPIL KABUPATEN SLEMAN", size=15, bold=True, key="office 2")
    return doc


def test_family_card_photographed_members_covered_headers_and_issue_date_readable(tmp_path):
    doc = _photographed(family_card(), seed=7)
    _, out = run(doc, tmp_path, name="kk.jpg", config=Config(), quality=85)
    for n in range(3):
        for column in range(1, 9):  # name, NIK, sex, birthplace, birth date, religion, schooling, work
            assert_black(doc, out, f"{n}:{column}")
    for key in ("head", "address", "village"):
        assert_black(doc, out, key)
    for key in ("title", "Nama Lengkap", "NIK", "Jenis Kelamin", "Agama", "Pendidikan", "Jenis Pekerjaan",
                "issued label", "issued", "office", "office 2", "regency label"):
        assert_visible(doc, out, key)


def test_health_card_number_and_holder_without_labels(tmp_path):
    """A KIS card prints its number and holder alone on their lines; its heading is white on green and
    often not read, the clinic's label says what the card is."""
    doc = Document(Image.new("RGB", (900, 560), (236, 244, 238)))
    ImageDraw.Draw(doc.image).rectangle((0, 0, 900, 100), fill=(0, 120, 80))
    doc.text((40, 30), "BPJS Kesehatan", size=32, bold=True, fill=(255, 255, 255))
    doc.text((50, 150), "0001 3387 20554", size=30, bold=True, key="number")
    doc.text((50, 210), "RATNA KUSUMAWATI", size=30, bold=True, key="holder")
    doc.text((50, 290), "Tgl. Lahir", size=20, key="birth label")
    doc.text((240, 290), ":", size=22, bold=True)
    doc.text((256, 290), "14-11-1992", size=22, bold=True, key="birth")
    doc.text((50, 340), "Faskes Tingkat I", size=20, key="clinic label")
    doc.text((240, 340), ":", size=22, bold=True)
    doc.text((256, 340), "PUSKESMAS JETIS", size=22, bold=True, key="clinic")
    doc.text((50, 480), "Kartu ini berlaku selama peserta membayar iuran", size=16, key="footer")
    doc = _photographed(doc, seed=11)
    _, out = run(doc, tmp_path, name="kis.jpg", config=Config(), quality=85)
    for key in ("number", "holder", "birth", "clinic"):
        assert_black(doc, out, key)
    for key in ("birth label", "clinic label", "footer"):
        assert_visible(doc, out, key)


def test_letter_to_a_position_keeps_it_readable_the_signer_and_nip_covered(tmp_path):
    doc = Document(Image.new("RGB", (900, 1000), (255, 255, 255)))
    doc.text((230, 30), "PEMERINTAH KABUPATEN SLEMAN", size=22, bold=True, key="letterhead")
    doc.text((40, 120), "Perihal : Undangan Rapat Koordinasi", size=18, key="subject")
    doc.text((40, 180), "Kepada", size=18)
    doc.text((40, 210), "Yth. Sekretaris Jenderal Kementerian Dalam Negeri", size=18, key="addressee")
    doc.text((40, 240), "di Jakarta", size=18)
    doc.text((40, 300), "Dengan hormat, bersama ini kami mohon kehadiran Bapak pada rapat koordinasi.", size=16,
             key="body")
    doc.text((500, 420), "KEPALA DINAS PENDIDIKAN,", size=17, bold=True, key="position")
    doc.text((500, 540), "MULYADI SINAGA, S.T., M.M.", size=18, bold=True, key="signer")
    doc.text((500, 566), "Pembina Utama Muda", size=17, key="rank")
    doc.text((500, 592), "NIP.", size=17, key="nip label")
    doc.text((545, 592), "19861218 201508 1 020", size=17, key="nip")
    doc = _photographed(doc, seed=2)
    _, out = run(doc, tmp_path, name="letter.jpg", config=Config(), quality=85)
    for key in ("signer", "nip"):
        assert_black(doc, out, key)
    for key in ("letterhead", "subject", "addressee", "body", "position", "rank"):
        assert_visible(doc, out, key)


def _turned_on_a_table(doc: Document, degrees: float, room: float, table_colour, interpolation):  # noqa: ANN001
    """The page turned by `degrees` in the middle of a square table `room` times its longer side, and each
    key's box as the upright box around its turned corners."""
    import cv2
    import numpy as np

    w, h = doc.image.size
    side = int(room * max(w, h))
    table = Image.new("RGB", (side, side), table_colour)
    dx, dy = (side - w) // 2, (side - h) // 2
    table.paste(doc.image, (dx, dy))
    turn = cv2.getRotationMatrix2D((side / 2, side / 2), degrees, 1.0)
    turned = cv2.warpAffine(np.asarray(table), turn, (side, side), flags=interpolation, borderValue=table_colour)
    boxes = {}
    for key, (left, top, right, bottom) in doc.boxes.items():
        corners = np.array([[left + dx, top + dy, 1], [right + dx, top + dy, 1], [right + dx, bottom + dy, 1],
                            [left + dx, bottom + dy, 1]], float) @ turn.T
        boxes[key] = (int(corners[:, 0].min()), int(corners[:, 1].min()), int(np.ceil(corners[:, 0].max())),
                      int(np.ceil(corners[:, 1].max())))
    return turned, boxes


def _tilted(doc: Document, degrees: float, seed: int) -> Document:
    """The page turned by `degrees` on a dark table, as a phone held a little askew shoots it; every
    key's box becomes the upright box around its turned corners."""
    import cv2
    import numpy as np
    from PIL import ImageFilter

    turned, boxes = _turned_on_a_table(doc, degrees, 1.25, (52, 62, 84), cv2.INTER_LINEAR)
    side = turned.shape[0]
    pixels = np.asarray(Image.fromarray(turned).filter(ImageFilter.GaussianBlur(0.9))).astype(np.float32)
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:side, 0:side].astype(np.float32)
    light = 1.03 - 0.25 * np.hypot(xx - 0.3 * side, yy - 0.2 * side) / side  # a lamp above one corner
    grain = rng.normal(0, 6, (side // 3 + 1, side // 3 + 1)).astype(np.float32)
    grain = np.kron(grain, np.ones((3, 3), np.float32))[:side, :side, None]
    pixels = pixels * light[..., None] + grain + rng.normal(0, 2, pixels.shape)
    doc.image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    doc.boxes = boxes
    return doc


def _gone(doc: Document, out, key: str) -> bool:
    """What is left in the upright box around a value no longer follows what was there (the test a
    reader of that box would make: little variation, or little correlation with the original)."""
    import numpy as np

    left, top, right, bottom = doc.boxes[key]
    before = np.asarray(doc.image.convert("L")).astype(float)[top:bottom, left:right]
    after = out[top:bottom, left:right].mean(axis=-1)
    if after.std() < 4:
        return True
    return abs(np.corrcoef(before.ravel(), after.ravel())[0, 1]) < 0.35


def _transfer_proof() -> Document:
    """A bank app's transfer proof, upright: a title, the amount, then each label over its value."""
    doc = Document(Image.new("RGB", (640, 900), (255, 255, 255)))
    doc.text((40, 40), "Transaksi Berhasil", size=28, bold=True, fill=(20, 140, 60), key="title")
    doc.text((40, 95), "Rp 1.250.000", size=40, bold=True, key="amount")
    rows = [("Dari", "MULYADI SETIAWAN LUBIS", "sender"), ("Rekening Sumber", "7549 8956 4891 546", "src"),
            ("Penerima", "IRFAN WIBOWO SAPUTRA", "receiver"), ("Bank Tujuan", "BANK JATIM", "bank")]
    stacked_fields(doc, rows, top=200, value_size=26)
    return doc


def test_a_tilted_transfer_proof_has_each_values_upright_box_covered_and_its_labels_readable(tmp_path):
    """Photographed askew, each value runs uphill: covered along its slope only, its upright box would
    still show background beside the strip.  The cover fills that box, but not over the labels above
    and below the value."""
    doc = _transfer_proof()
    doc = _tilted(doc, 5.0, seed=2)
    _, out = run(doc, tmp_path, name="proof.jpg", config=Config(), quality=85)
    # A long name turned 5 degrees: covered along its slope only, its upright box still reads as not gone.
    assert _gone(doc, out, "receiver")
    for key in ("amount", "bank", "Dari", "Rekening Sumber", "Penerima", "Bank Tujuan"):
        assert_visible(doc, out, key)


def test_a_tilted_passport_page_keeps_its_small_labels_readable_when_ocr_does_not_read_them(tmp_path):
    """The bilingual labels over a passport's values are printed small and grey, and on a photo OCR often
    does not read them at all.  Found by their ink, they bound the values' covers as read labels do:
    each value's upright box is covered, each label's is not."""
    doc = Document(Image.new("RGB", (1100, 800), (232, 236, 228)))
    draw = ImageDraw.Draw(doc.image)
    draw.rectangle((40, 140, 290, 470), fill=(190, 190, 200))
    draw.ellipse((100, 190, 230, 330), fill=(214, 184, 160))
    draw.rectangle((80, 330, 250, 470), fill=(60, 60, 80))
    doc.text((420, 40), "REPUBLIK INDONESIA", size=28, bold=True, fill=(40, 40, 90), key="state")
    doc.text((470, 84), "PASPOR / PASSPORT", size=18, fill=(40, 40, 90), key="kind")
    fields = [("Surname / Nama keluarga", "WIBOWO", "surname"), ("Given names / Nama depan", "RATNA KARTIKA", "given"),
              ("Nationality / Kewarganegaraan", "INDONESIA", "nationality"),
              ("Date of birth / Tanggal lahir", "14 AUG 1988", "birth")]
    y = 140
    for label, value, key in fields:
        doc.text((330, y), label, size=13, fill=(110, 110, 120), key=label)
        doc.text((330, y + 24), value, size=26, bold=True, key=key)
        y += 70
    lines = ["P<IDNWIBOWO<<RATNA<KARTIKA<<<<<<<<<<<<<<<<<<", "X4821937<9IDN8808143F3308143<<<<<<<<<<<<<<00"]
    for i, line in enumerate(lines):
        doc.text((40, 640 + 48 * i), line, size=28, mono=True, key=f"mrz{i}")
    doc = _tilted(doc, 4.0, seed=5)
    _, out = run(doc, tmp_path, name="passport.jpg", config=Config(), quality=88)
    for key in ("surname", "given", "birth", "mrz0", "mrz1"):
        assert _gone(doc, out, key), key
    for key in ("Surname / Nama keluarga", "Given names / Nama depan", "Nationality / Kewarganegaraan",
                "Date of birth / Tanggal lahir", "nationality", "state"):
        assert not _gone(doc, out, key), key


def test_a_page_turned_askew_with_no_sensor_grain_is_still_straightened_as_a_photo(tmp_path):
    """A phone that smooths its photos, or a scan saved turned, leaves no grain: the page standing askew
    on its background still says it is a photographed page, to be straightened before it is read."""
    import cv2
    import numpy as np

    doc = _transfer_proof()
    turned, doc.boxes = _turned_on_a_table(doc, 9.0, 1.3, (70, 80, 100), cv2.INTER_CUBIC)
    doc.image = Image.fromarray(turned)
    _, out = run(doc, tmp_path, name="proof.jpg", config=Config(), quality=95)
    grey = np.asarray(doc.image.convert("L"))
    for key in ("sender", "src", "receiver"):
        left, top, right, bottom = doc.boxes[key]
        dark = grey[top:bottom, left:right] < 90  # the value's bold ink, not its grey label's
        covered = (out[top:bottom, left:right] == 0).all(axis=-1)
        assert dark.sum() > 300 and covered[dark].mean() > 0.98, key
    for key in ("amount", "bank", "Rekening Sumber", "Bank Tujuan"):
        assert not _gone(doc, out, key), key


def _shot_from_one_side(doc: Document, table_colour=(60, 60, 64)) -> Document:
    """The page photographed from its left, a little above: a trapezoid whose top edge lies within a degree
    and a half of level while its left side leans five degrees and its bottom edge four; no grain (a phone
    that smooths its photos).  Every key's box becomes the upright box around its warped corners."""
    import cv2
    import numpy as np

    w, h = doc.image.size
    margin = 160
    page = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    shot = np.float32([[margin, margin], [margin + w, margin + 0.026 * w],  # 1.5 degrees
                       [margin + w - 0.02 * h, margin + 0.9 * h + 0.07 * w],  # 4 degrees
                       [margin + 0.085 * h, margin + 0.9 * h]])
    warp = cv2.getPerspectiveTransform(page, shot)
    size = (w + 2 * margin, int(0.9 * h + 0.07 * w) + 2 * margin)
    image = cv2.warpPerspective(np.asarray(doc.image.convert("RGB")), warp, size, flags=cv2.INTER_CUBIC,
                                borderValue=table_colour)
    boxes = {}
    for key, (left, top, right, bottom) in doc.boxes.items():
        corners = cv2.perspectiveTransform(np.float32([[[left, top], [right, top], [right, bottom], [left, bottom]]]),
                                           warp)[0]
        boxes[key] = (int(corners[:, 0].min()), int(corners[:, 1].min()), int(np.ceil(corners[:, 0].max())),
                      int(np.ceil(corners[:, 1].max())))
    doc.image, doc.boxes = Image.fromarray(image), boxes
    return doc


def _aid_recipients() -> Document:
    """A village's list of aid recipients: a wide table whose last columns are each recipient's address."""
    doc = Document(Image.new("RGB", (1800, 700), (250, 250, 248)))
    doc.text((600, 40), "DAFTAR PENERIMA BANTUAN LANGSUNG TUNAI", size=30, bold=True, key="title")
    columns = [(40, "No"), (110, "Nama"), (520, "NIK"), (850, "Dusun"), (1080, "RT/RW"), (1240, "Desa"),
               (1450, "Jumlah")]
    draw = ImageDraw.Draw(doc.image)
    for x, title in columns:
        doc.text((x, 130), title, size=24, bold=True, key=title)
    rows = [("Siti Rahmawati", "3404124909741149", "Kebonagung", "003/004", "Sukamaju", "Rp3.703.000"),
            ("Yohanes Pardede", "3404176707669019", "Margodadi", "009/001", "Sidorejo", "Rp6.827.000"),
            ("Dewi Anggraini", "3404040405634127", "Tegalsari", "001/006", "Wonokerto", "Rp6.490.000"),
            ("Bambang Sutrisno", "3404125001726819", "Banyuurip", "007/005", "Candirejo", "Rp1.931.000"),
            ("Rina Marpaung", "3404111001706511", "Sumberagung", "003/007", "Girikerto", "Rp2.988.000"),
            ("Agus Setiawan", "3404031502850004", "Ngepringan", "002/003", "Wonosari", "Rp3.277.000")]
    y = 190
    for n, row in enumerate(rows):
        draw.line((30, y - 12, 1760, y - 12), fill=(60, 60, 60), width=2)
        doc.text((40, y), str(n + 1), size=24)
        for (x, _), value, key in zip(columns[1:], row, ("name", "nik", "dusun", "rtrw", "desa", "amount")):
            doc.text((x, y), value, size=24, key=f"{key}{n}")
        y += 70
    return doc


def test_a_page_shot_from_one_side_with_a_level_top_edge_is_still_straightened(tmp_path):
    """Photographed from one side, a page is a trapezoid: its top edge may lie level while its sides and
    lower rows lean.  Read as it stands, a wide table's rows drift across each other and its address columns
    were left readable; any edge off the axes by two degrees says the page stands askew."""
    doc = _shot_from_one_side(_aid_recipients())
    _, out = run(doc, tmp_path, name="recipients.jpg", config=Config(), quality=92)
    for n in range(6):
        for key in ("name", "nik", "dusun", "rtrw", "desa"):
            assert _gone(doc, out, f"{key}{n}"), f"{key}{n}"
    for key in ("title", "Nama", "Dusun", "Desa", "Jumlah", "amount0", "amount3"):
        assert not _gone(doc, out, key), key


def test_a_photo_viewer_screenshot_with_a_page_askew_in_its_photo_is_read_whole(tmp_path):
    """A chat's photo viewer saved as a JPEG screenshot: no grain, and the photo shows a page standing
    askew.  The sender's name and number over the photo are the screen's text: the image is read as a
    screenshot, whole, not cut down to the page in the photo."""
    screen = Document(Image.new("RGB", (1080, 2000), (0, 0, 0)))
    screen.text((140, 50), "Budi Santoso", size=40, fill=(255, 255, 255), key="sender")
    screen.text((140, 110), "+62 812-3456-7890", size=30, fill=(255, 255, 255), key="phone")
    page = Document(Image.new("RGB", (760, 1000), (250, 250, 245)))
    page.text((40, 40), "SURAT KETERANGAN", size=40, bold=True)
    for i in range(14):
        page.text((40, 130 + 55 * i), "Lorem ipsum dolor sit amet konsekuen", size=28)
    turned = page.image.rotate(6, expand=True, fillcolor=(60, 50, 45))
    photo = Image.new("RGB", (1080, 1400), (60, 50, 45))
    photo.paste(turned, ((photo.width - turned.width) // 2, (photo.height - turned.height) // 2))
    screen.image.paste(photo, (0, 400))
    _, out = run(screen, tmp_path, name="viewer.jpg", config=Config(), quality=90)
    assert_black(screen, out, "sender")
    assert_black(screen, out, "phone")


def _faded_receipt(logo: bool = False) -> Document:
    """A shop's thermal receipt kept for weeks: the items still black, the header (the company's tax
    number) and the member's lines faded to a pale grey that a first reading of the photo leaves out.
    With `logo`, the shop's logo (a black square with a white letter) is printed left of the header."""
    doc = Document(Image.new("RGB", (560 if logo else 460, 760), (250, 249, 245)))
    pale, dark = (188, 188, 192), (50, 50, 50)
    x = 100 if logo else 0
    if logo:
        draw = ImageDraw.Draw(doc.image)
        draw.rectangle((12, 24, 92, 108), fill=(20, 20, 20))
        draw.ellipse((24, 38, 80, 94), outline=(250, 249, 245), width=7)
        draw.line((44, 50, 44, 82), fill=(250, 249, 245), width=7)
    doc.text((x + 70, 30), "TOKO SERBA MURAH", size=21, mono=True, fill=pale, key="store")
    doc.text((x + 40, 56), "NPWP :", size=21, mono=True, fill=pale, key="npwp_label")
    doc.text((x + 120, 56), "31.417.592.6-535.000", size=21, mono=True, fill=pale, key="npwp")
    doc.text((x + 40, 82), "JL. PAHLAWAN NO. 77 MALANG", size=21, mono=True, fill=pale, key="street")
    y = 150
    for item, price in (("GULA PASIR 1KG", "17,500"), ("MINYAK GORENG 2L", "38,900"), ("KOPI SACHET 10S", "12,000"),
                        ("TOTAL", "68,400")):
        doc.text((20, y), item, size=21, mono=True, fill=dark, key=item)
        doc.text((440, y), price, size=21, mono=True, fill=dark, right=True)
        y += 30
    doc.text((20, y + 40), "Member", size=21, mono=True, fill=pale, key="member_label")
    doc.text((110, y + 40), ": HANDOKO SETIAWAN", size=21, mono=True, fill=pale)
    doc.boxes["member"] = (doc.boxes[": HANDOKO SETIAWAN"][0] + 20, *doc.boxes.pop(": HANDOKO SETIAWAN")[1:])
    doc.text((20, y + 68), "No. HP", size=21, mono=True, fill=pale, key="phone_label")
    doc.text((110, y + 68), ": 0813-5527-9046", size=21, mono=True, fill=pale)
    doc.boxes["phone"] = (doc.boxes[": 0813-5527-9046"][0] + 20, *doc.boxes.pop(": 0813-5527-9046")[1:])
    doc.text((60, y + 130), "TERIMA KASIH ATAS KUNJUNGAN ANDA", size=21, mono=True, fill=pale, key="thanks")
    return doc


def test_a_faded_receipts_pale_tax_number_and_members_phone_are_read_again_and_covered(tmp_path):
    """The pale lines are found as ink no word was read on, read again enlarged and stretched, and what
    they hold is covered; the shop's name, the items, the labels and the greeting stay readable."""
    doc = _photographed(_faded_receipt(), seed=5)
    _, out = run(doc, tmp_path, name="receipt.jpg", config=Config(), quality=85)
    for key in ("npwp", "phone"):
        assert_black(doc, out, key)
    for key in ("store", "GULA PASIR 1KG", "TOTAL", "thanks", "npwp_label", "phone_label"):
        assert_visible(doc, out, key)


def test_a_faded_receipt_header_beside_the_shops_black_logo_is_read_again_without_the_logo(tmp_path):
    """The logo is no part of the pale lines beside it: read with them, its black would take the level
    stretch and leave the pale tax number grey and unread."""
    doc = _photographed(_faded_receipt(logo=True), seed=5)
    _, out = run(doc, tmp_path, name="receipt.jpg", config=Config(), quality=85)
    assert_black(doc, out, "npwp")
    for key in ("store", "GULA PASIR 1KG", "TOTAL", "npwp_label"):
        assert_visible(doc, out, key)


def _staff_table() -> Document:
    """A staff system's list as a monitor shows it: rows set close, a NIP, a name and a position in each."""
    doc = Document(Image.new("RGB", (1100, 520), (250, 250, 250)))
    doc.text((40, 30), "Data Pegawai", size=28, bold=True, key="title")
    for x, title in ((40, "No"), (100, "NIP"), (400, "Nama"), (760, "Jabatan")):
        doc.text((x, 90), title, size=20, bold=True, key=title)
    rows = [("198403152009031004", "Rahmat Hidayat", "Pengelola Keuangan"),
            ("197711202005012003", "Sri Wahyuni Lubis", "Arsiparis Terampil"),
            ("199001082015032001", "Dewi Kartika Sari", "Kepala Seksi Kurikulum"),
            ("198512302010011002", "Budi Santoso Nasution", "Pengelola Keuangan"),
            ("196809141994031005", "Agus Salim Harahap", "Kepala Sub Bagian Umum"),
            ("199203172019022004", "Fitri Handayani", "Arsiparis Terampil")]
    y = 130
    for n, (number, name, position) in enumerate(rows):
        doc.text((40, y), str(n + 1), size=20, key=f"no{n}")
        doc.text((100, y), number, size=20, key=f"nip{n}")
        doc.text((400, y), name, size=20, key=f"name{n}")
        doc.text((760, y), position, size=19, key=f"position{n}")
        y += 36
    return doc


def test_a_tilted_staff_tables_nips_and_names_have_their_upright_boxes_covered(tmp_path):
    """Rows set close on a tilted photo: a NIP's neighbours above and below are NIPs, covered anyway, and no
    longer stop its cover short of the upright box a reader sees around it; the positions beside stay."""
    doc = _tilted(_staff_table(), 6.0, seed=4)
    _, out = run(doc, tmp_path, name="staff.jpg", config=Config(), quality=85)
    gone = [key for key in doc.boxes if key.startswith(("nip", "name")) and _gone(doc, out, key)]
    assert len(gone) == 12, sorted(set(k for k in doc.boxes if k.startswith(("nip", "name"))) - set(gone))
    for key in ("title", "NIP", "Nama", "Jabatan", "position0", "position2", "position4"):
        assert_visible(doc, out, key)


def _staff_list_with_two_line_cells() -> Document:
    """An official list of staff as printed in an annex: each "Nama / NIP" cell holds the name over the NIP,
    ruled, beside the rank and the position on one line each, set at the middle of the row."""
    doc = Document(Image.new("RGB", (1500, 760), (250, 250, 248)))
    draw = ImageDraw.Draw(doc.image)
    doc.text((420, 30), "DAFTAR NAMA PEGAWAI PESERTA BIMBINGAN TEKNIS", size=26, bold=True, key="title")
    edges = (40, 110, 620, 960, 1460)
    for x, title in zip(edges, ("No", "Nama / NIP", "Pangkat / Gol.", "Jabatan")):
        doc.text((x + 14, 104), title, size=22, bold=True, key=title)
    rows = [("Rina Gunadi Ramadhan, S.T.", "198011112006092013", "Penata Tk. I / III.d", "Arsiparis"),
            ("Citra Lumbantobing Iskandar, S.Kom.", "199903242019012006", "Penata / III.c", "Bendahara"),
            ("Eko Kusuma", "199405112016102006", "Pengatur / II.c", "Perencana Ahli Muda"),
            ("Nuraini Ginting Siregar", "198505222014011016", "Pengatur / II.c", "Bendahara"),
            ("Yohanes Purba", "197612032002121004", "Penata Muda / III.a", "Analis Kepegawaian")]
    top = 90
    draw.rectangle((edges[0], top, edges[-1], top + 50), outline=(40, 40, 40), width=2)
    y = top + 50
    for n, (name, nip, rank, position) in enumerate(rows):
        draw.rectangle((edges[0], y, edges[-1], y + 96), outline=(40, 40, 40), width=2)
        doc.text((edges[0] + 14, y + 34), str(n + 1), size=22)
        doc.text((edges[1] + 14, y + 22), name, size=22, key=f"name{n}")
        doc.text((edges[1] + 14, y + 50), f"NIP. {nip}", size=22)
        doc.boxes[f"nip{n}"] = (doc.boxes[f"NIP. {nip}"][0] + 60, *doc.boxes.pop(f"NIP. {nip}")[1:])
        doc.text((edges[2] + 14, y + 34), rank, size=22, key=f"rank{n}")
        doc.text((edges[3] + 14, y + 34), position, size=22, key=f"position{n}")
        y += 96
    for x in edges:
        draw.line((x, top, x, y), fill=(40, 40, 40), width=2)
    return doc


def test_a_photographed_staff_lists_two_line_cells_have_each_name_and_nip_covered(tmp_path):
    """A photographed staff list whose cells hold a name over its NIP beside cells of one line: every name
    and NIP covered, the ranks and positions left readable, with the second reading of two-line cells in
    the pipeline (the join it mends, two lines read as one line of scraps, is made in test_ocr_stacked)."""
    doc = _tilted(_staff_list_with_two_line_cells(), 3.0, seed=7)
    _, out = run(doc, tmp_path, name="staff.jpg", config=Config(), quality=88)
    missed = [key for key in doc.boxes if key.startswith(("name", "nip")) and not _gone(doc, out, key)]
    assert not missed, missed
    for key in ("title", "Nama / NIP", "Jabatan", "rank0", "position0", "rank2", "position3"):
        assert not _gone(doc, out, key), key
