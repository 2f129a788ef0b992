"""Office documents and forms people post, rendered by headless Chromium with glyph-exact labels for score.py,
flat (a scan) and as a simulated phone photo (perspective, uneven light, blur, sensor noise, JPEG).

    .venv/bin/python bench/documents.py --out /tmp/docs [--seed 1] [--per-kind 2]
    python ../shared/bench/score.py --truth /tmp/docs --out /tmp/docs_out \\
        --batch ".venv/bin/redactor batch {indir} -o {outdir}"

Kinds of page (values drawn at random from the made-up lists in `screens.py`): a village's certificate of
residence (surat keterangan), a family-card-like table, a list of aid recipients with address columns, a
staff list with NIP, a health-insurance card, a vaccination certificate, a training certificate, a
disposition sheet and a parcel receipt whose values stand under their labels.  Letterheads, headings, office
lines and reference numbers are labelled harmless, so covering them counts as a false positive.
"""
from __future__ import annotations

import argparse
import io
import json
import random
from pathlib import Path

import numpy as np
from PIL import Image

from screens import BASE_CSS, CHROMIUM, COLLECT_JS, FAMILY, GIVEN, HIDE_CSS, PLACES, STREETS, Page, _label, _png

REGENCIES = [("KABUPATEN CIANJUR", "Cianjur", "(0263) 261"), ("KABUPATEN MAGELANG", "Mungkid", "(0293) 788"),
             ("KABUPATEN BANTUL", "Bantul", "(0274) 367"), ("KABUPATEN BONDOWOSO", "Bondowoso", "(0332) 421"),
             ("KABUPATEN SLEMAN", "Sleman", "(0274) 868")]
DUSUN = ["Krajan", "Sidomulyo", "Karanganyar", "Ngemplak", "Sukorejo", "Tegalsari", "Gondang", "Kebonagung"]
DESA = ["Sukamaju", "Tegalrejo", "Sumberagung", "Wringin", "Margodadi", "Banyuurip", "Jatimulyo", "Sidoharjo"]
KEC = ["Cibeber", "Sawangan", "Jetis", "Pakem", "Tempuran", "Grabag", "Sewon", "Tenggarang"]
JOBS = ["Petani", "Wiraswasta", "Buruh Harian Lepas", "Mengurus Rumah Tangga", "Pelajar/Mahasiswa", "Karyawan Swasta"]
RANKS = ["Penata Muda / III.a", "Penata / III.c", "Penata Tk. I / III.d", "Pembina / IV.a", "Pengatur / II.c"]
POSTS = ["Analis Kepegawaian", "Pranata Komputer", "Kepala Subbagian Umum", "Bendahara", "Pengelola Keuangan",
         "Arsiparis", "Perencana Ahli Muda"]
FASKES = ["Puskesmas Jetis", "Klinik Pratama Sehat Sentosa", "Puskesmas Tempuran", "dr. Praktik Mandiri"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def birth(p: Page) -> str:
    r = p.rng
    return f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(1955, 2010)}"


def long_date(p: Page, year: int = 2025) -> str:
    return f"{p.rng.randint(1, 28)} {p.rng.choice(MONTHS)} {year}"


def landline(p: Page) -> str:
    r = p.rng
    return f"({r.choice(['021', '022', '0274', '031', '0361'])}) {p.digits(3)}{r.choice(['', '-', ' '])}{p.digits(4)}"


def letterhead(p: Page, office: str) -> tuple[str, str]:
    regency, town, code = p.rng.choice(REGENCIES)
    head = f"""<div class="kop"><div class="logo"></div><div class="kt">
      <div>{p.h('ui_text', 'PEMERINTAH ' + regency)}</div><div class="big">{'<br>'.join(p.h('ui_text', part) for part in office.split('<br>'))}</div>
      <div class="sm">Jalan Raya {town} No. {p.rng.randint(1, 200)} Telp. {p.h('public_phone', code + str(p.rng.randint(100, 999)))}
      Kode Pos {p.rng.randint(50000, 69999)}</div></div></div><hr class="kh">"""
    return head, town


DOC_CSS = BASE_CSS + """
body { background:#fff; color:#111; font-family:'Liberation Serif','DejaVu Serif',serif; font-size:16px; padding:36px 56px; }
.kop { display:flex; align-items:center; gap:18px; text-align:center; } .kt { flex:1; font-weight:bold; font-size:17px; }
.logo { width:70px; height:80px; background:#2b6cb0; border-radius:8px 8px 35px 35px; }
.big { font-size:21px; } .sm { font-size:13px; font-weight:normal; }
hr.kh { border:0; border-top:3px double #000; margin:8px 0 14px; }
.title { text-align:center; font-weight:bold; text-decoration:underline; font-size:18px; margin-top:10px; }
.no { text-align:center; margin-bottom:14px; }
table.f td { padding:2px 6px; vertical-align:top; } table.f td:first-child { width:190px; padding-left:30px; }
table.g { border-collapse:collapse; width:100%; font-size:14px; } table.g th, table.g td { border:1px solid #000; padding:4px 6px; }
table.g th { background:#eee; }
p { margin:10px 0; line-height:1.5; text-align:justify; }
.sign { margin-left:58%; margin-top:18px; line-height:1.5; } .sign .n { margin-top:60px; font-weight:bold; text-decoration:underline; }
"""


def surat_keterangan(p: Page):
    r = p.rng
    head, town = letterhead(p, f"KECAMATAN {r.choice(KEC).upper()}<br>DESA {r.choice(DESA).upper()}")
    who = p.name()
    kel = r.choice(DESA)
    rows = [("Nama", p.s("person_name", who.upper() if r.random() < 0.5 else who)),
            ("NIK", p.s("nik", p.nik())),
            ("Tempat/Tgl. Lahir", p.s("birth_date", f"{town}, {birth(p)}")),
            ("Jenis Kelamin", r.choice(["Laki-laki", "Perempuan"])),
            ("Pekerjaan", r.choice(JOBS)),
            ("Alamat", p.s("address", f"Dusun {r.choice(DUSUN)} RT {r.randint(1, 9):03d} RW {r.randint(1, 9):03d}") + "<br>"
             + p.s("address", f"Desa {kel}, Kec. {r.choice(KEC)}, Kab. {town}"))]
    if r.random() < 0.6:
        rows.append(("Telp. Rumah", p.s("phone", landline(p))))
    fields = "".join(f"<tr><td>{k}</td><td>:</td><td>{v}</td></tr>" for k, v in rows)
    boss = p.name()
    body = f"""{head}<div class="title">{p.h('ui_text', 'SURAT KETERANGAN DOMISILI')}</div>
      <div class="no">Nomor: {p.h('reference_no', f'470/{r.randint(10, 300)}/{r.choice(["DS", "PEM"])}/2025')}</div>
      <p>Yang bertanda tangan di bawah ini Kepala Desa {kel}, Kecamatan {r.choice(KEC)}, menerangkan dengan
      sebenarnya bahwa:</p><table class="f">{fields}</table>
      <p>Orang tersebut di atas benar berdomisili di wilayah kami. Surat keterangan ini dibuat untuk
      keperluan {r.choice(['melamar pekerjaan', 'pengurusan beasiswa', 'pembukaan rekening bank'])}.</p>
      <div class="sign">{town}, {p.h('date', long_date(p))}<br>Kepala Desa {kel}
      <div class="n">{p.s('person_name', boss.upper())}</div></div>"""
    return DOC_CSS, body


def family_table(p: Page):
    r = p.rng
    head_name = p.name()
    family = head_name.split()[-1]
    members = [(head_name, "Kepala Keluarga")] + [
        (f"{r.choice(GIVEN)} {r.choice([family, r.choice(FAMILY)])}", rel) for rel in ["Istri", "Anak", "Anak"]]
    trs = "".join(
        f"<tr><td>{i + 1}</td><td>{p.s('person_name', n.upper())}</td><td>{p.s('nik', p.nik())}</td>"
        f"<td>{r.choice(['LAKI-LAKI', 'PEREMPUAN'])}</td><td>{p.s('birth_date', r.choice(PLACES)[2].split()[-1].upper())}</td>"
        f"<td>{p.s('birth_date', birth(p))}</td><td>ISLAM</td><td>{rel.upper()}</td></tr>"
        for i, (n, rel) in enumerate(members))
    kel, kec, city = r.choice(PLACES)
    fields = [("Nama Kepala Keluarga", p.s("person_name", head_name.upper())),
              ("Alamat", p.s("address", f"{r.choice(STREETS).upper()} NO. {r.randint(1, 99)}")),
              ("RT/RW", p.s("address", f"{r.randint(1, 9):03d}/{r.randint(1, 9):03d}")),
              ("Desa/Kelurahan", p.s("address", kel.split(' ', 1)[1].upper())),
              ("Kecamatan", p.s("address", kec.split(' ', 1)[1].upper())),
              ("Kabupaten/Kota", city.upper())]
    info = "".join(f"<tr><td>{k}</td><td>:</td><td>{v}</td></tr>" for k, v in fields)
    body = f"""<div class="title" style="text-decoration:none;font-size:24px">{p.h('ui_text', 'KARTU KELUARGA')}</div>
      <div class="no">No. {p.s('kk', p.nik())}</div><table class="f">{info}</table><br>
      <table class="g"><tr><th>No</th><th>Nama Lengkap</th><th>NIK</th><th>Jenis Kelamin</th><th>Tempat Lahir</th>
      <th>Tanggal Lahir</th><th>Agama</th><th>Status Hubungan</th></tr>{trs}</table>"""
    return DOC_CSS, body


def recipient_table(p: Page):
    r = p.rng
    head, town = letterhead(p, f"DESA {r.choice(DESA).upper()}")
    kec = r.choice(KEC)
    trs = "".join(
        f"<tr><td>{i + 1}</td><td>{p.s('person_name', p.name())}</td><td>{p.s('nik', p.nik())}</td>"
        f"<td>{p.s('address', r.choice(DUSUN))}</td><td>{p.s('address', f'{r.randint(1, 9):03d}/{r.randint(1, 9):03d}')}</td>"
        f"<td>{p.s('address', r.choice(DESA))}</td><td>{p.s('address', kec)}</td><td>{p.h('price', p.price())}</td></tr>"
        for i in range(6))
    body = f"""{head}<div class="title">{p.h('ui_text', 'DAFTAR PENERIMA BANTUAN LANGSUNG TUNAI DANA DESA')}</div>
      <div class="no">{p.h('ui_text', 'Tahap ' + r.choice(['I', 'II', 'III']) + ' Tahun 2025')}</div>
      <table class="g"><tr><th>No</th><th>Nama</th><th>NIK</th><th>Dusun</th><th>RT/RW</th><th>Desa</th>
      <th>Kecamatan</th><th>Jumlah</th></tr>{trs}</table>"""
    return DOC_CSS, body


def staff_list(p: Page):
    r = p.rng
    head, town = letterhead(p, "BADAN KEPEGAWAIAN DAN PENGEMBANGAN<br>SUMBER DAYA MANUSIA")
    phone_col = r.random() < 0.5
    trs = "".join(
        f"<tr><td>{i + 1}</td><td>{p.s('person_name', p.name(titled=True))}<br>NIP. {p.s('nip', p.nip())}</td>"
        f"<td>{r.choice(RANKS)}</td><td>{r.choice(POSTS)}</td>"
        + (f"<td>{p.s('phone', p.phone())}</td>" if phone_col else "") + "</tr>"
        for i in range(6))
    body = f"""{head}<div class="title">{p.h('ui_text', 'DAFTAR NAMA PEGAWAI PESERTA BIMBINGAN TEKNIS')}</div><br>
      <table class="g"><tr><th>No</th><th>Nama / NIP</th><th>Pangkat / Gol.</th><th>Jabatan</th>
      {'<th>No. HP</th>' if phone_col else ''}</tr>{trs}</table>"""
    return DOC_CSS, body


CARD_CSS = BASE_CSS + """
body { background:#d9dde3; padding:30px; font-family:'Liberation Sans','DejaVu Sans',sans-serif; }
.card { width:640px; border-radius:18px; background:linear-gradient(135deg,#e7f6ec,#fff 60%,#dff0f7); padding:22px 28px;
        box-shadow:0 2px 8px #0004; color:#123; }
.top { display:flex; justify-content:space-between; font-weight:bold; color:#0a7a3a; font-size:20px; }
.kis { color:#b0131e; font-size:15px; } .l { font-size:12px; color:#456; margin-top:9px; } .v { font-size:17px; font-weight:bold; }
.row2 { display:flex; gap:40px; }
"""


def insurance_card(p: Page):
    r = p.rng
    stacked = r.random() < 0.5
    vals = [("No. Kartu", p.s("bpjs", "0001" + p.digits(9))), ("Nama", p.s("person_name", p.name().upper())),
            ("NIK", p.s("nik", p.nik())), ("Tanggal Lahir", p.s("birth_date", birth(p))),
            ("Faskes Tingkat I", p.s("address", r.choice(FASKES).upper()))]
    if stacked:
        fields = "".join(f'<div class="l">{k}</div><div class="v">{v}</div>' for k, v in vals)
    else:
        fields = "<table>" + "".join(f'<tr><td class="l" style="width:150px">{k}</td><td>:</td><td class="v">{v}</td></tr>'
                                     for k, v in vals) + "</table>"
    body = f"""<div class="card"><div class="top"><span>{p.h('ui_text', 'BPJS Kesehatan')}</span>
      <span class="kis">{p.h('ui_text', 'KARTU INDONESIA SEHAT')}</span></div>{fields}</div>"""
    return CARD_CSS, body


def vaccination_certificate(p: Page):
    r = p.rng
    vaccine = r.choice(["Sinovac", "AstraZeneca", "Pfizer", "Moderna"])
    doses = "".join(f'<tr><td>Dosis {k}</td><td>{vaccine}</td><td>{p.h("date", long_date(p, 2021 + k // 3))}</td></tr>'
                    for k in (1, 2, 3))
    body = f"""<div class="card" style="width:720px;background:#fff"><div class="top" style="color:#1d4e89">
      <span>{p.h('ui_text', 'SERTIFIKAT VAKSINASI COVID-19')}</span></div>
      <div class="l">Nama</div><div class="v">{p.s('person_name', p.name().upper())}</div>
      <div class="row2"><div><div class="l">NIK</div><div class="v">{p.s('nik', p.nik())}</div></div>
      <div><div class="l">Tanggal Lahir</div><div class="v">{p.s('birth_date', birth(p))}</div></div></div>
      <table style="margin-top:14px;font-size:15px" cellpadding="4"><tr><th align="left">Vaksinasi</th>
      <th align="left">Jenis Vaksin</th><th align="left">Tanggal</th></tr>{doses}</table>
      <div class="l">{p.h('ui_text', 'Diterbitkan oleh Kementerian Kesehatan Republik Indonesia')}</div></div>"""
    return CARD_CSS, body


def training_certificate(p: Page):
    r = p.rng
    who = p.name(titled=True)
    boss = p.name(titled=True)
    body = f"""<div style="border:10px double #8a6d1c;padding:40px;text-align:center">
      <div style="font-size:40px;font-weight:bold;color:#8a6d1c">{p.h('ui_text', 'SERTIFIKAT')}</div>
      <div>Nomor: {p.h('reference_no', f'800/{r.randint(100, 999)}/BPSDM/2025')}</div><br>
      <div>diberikan kepada:</div><div style="font-size:30px;font-weight:bold;margin:8px">{p.s('person_name', who)}</div>
      <div>NIP. {p.s('nip', p.nip())}</div><br>
      <div>sebagai <b>PESERTA</b> Pelatihan {r.choice(['Kepemimpinan Pengawas', 'Dasar CPNS', 'Pengadaan Barang/Jasa'])}
      yang diselenggarakan pada tanggal {p.h('date', long_date(p))}</div>
      <div class="sign" style="text-align:center">Kepala Badan,<div class="n">{p.s('person_name', boss)}</div>
      NIP. {p.s('nip', p.nip())}</div></div>"""
    return DOC_CSS, body


def disposition(p: Page):
    r = p.rng
    head, town = letterhead(p, "DINAS KOMUNIKASI DAN INFORMATIKA")
    sender = p.name()
    body = f"""{head}<div class="title" style="text-decoration:none">{p.h('ui_text', 'LEMBAR DISPOSISI')}</div><br>
      <table class="g"><tr><td>Surat dari</td><td>{p.s('person_name', sender)}</td><td>Diterima tanggal</td>
      <td>{p.h('date', long_date(p))}</td></tr>
      <tr><td>Alamat pengirim</td><td>{p.s('address', p.address())}</td><td>No. Agenda</td><td>{p.h('reference_no', str(r.randint(100, 999)))}</td></tr>
      <tr><td>Telp. Rumah</td><td>{p.s('phone', landline(p))}</td><td>Sifat</td><td>{p.s('classification', 'Rahasia')}</td></tr>
      <tr><td>Perihal</td><td colspan="3">Permohonan informasi publik</td></tr>
      <tr><td>Diteruskan kepada</td><td colspan="3">Sekretaris / Kabid Informasi Publik</td></tr>
      <tr><td colspan="4" style="height:90px">Isi disposisi: Tindak lanjuti sesuai ketentuan.</td></tr></table>"""
    return DOC_CSS, body


def parcel_receipt(p: Page):
    r = p.rng
    who, to = p.name(), p.name()
    kel, kec, city = r.choice(PLACES)
    body = f"""<div style="width:520px;border:2px solid #000;padding:16px;font-family:'Liberation Mono','DejaVu Sans Mono',monospace">
      <div style="font-weight:bold;font-size:20px">{p.h('ui_text', 'TANDA TERIMA PENGIRIMAN')}</div>
      <div>No. Resi: {p.h('reference_no', 'JP' + p.digits(10))}</div><br>
      <div><b>Pengirim</b></div><div>{p.s('person_name', who.upper())}</div><div>{p.s('phone', p.phone())}</div><br>
      <div><b>Nama Penerima</b></div><div>{p.s('person_name', to.upper())}</div>
      <div><b>Alamat</b></div><div>{p.s('address', f'{r.choice(STREETS)} No. {r.randint(1, 99)}')}</div>
      <div>{p.s('address', f'{kel}, {kec}')}</div><div>{p.s('address', city)}</div><br>
      <div>Berat: 1,{r.randint(1, 9)} kg &nbsp; Ongkir: {p.h('price', p.price())}</div></div>"""
    return DOC_CSS.replace("padding:36px 56px", "padding:30px"), body


KINDS = {
    # name: (template, css viewport)
    "surat_keterangan": (surat_keterangan, (820, 1000)),
    "family_table": (family_table, (1100, 620)),
    "recipient_table": (recipient_table, (1100, 700)),
    "staff_list": (staff_list, (1000, 820)),
    "insurance_card": (insurance_card, (720, 460)),
    "vaccination_certificate": (vaccination_certificate, (800, 520)),
    "training_certificate": (training_certificate, (900, 720)),
    "disposition": (disposition, (960, 700)),
    "parcel_receipt": (parcel_receipt, (600, 600)),
}


def as_photo(shot: np.ndarray, labels: np.ndarray, rng: random.Random) -> tuple[bytes, np.ndarray]:
    """The page held in front of a phone: a tilted quadrilateral on a desk, uneven light, a little blur and
    sensor noise: the JPEG file's bytes.  The label map takes the same warp (nearest neighbour)."""
    import cv2

    h, w = labels.shape
    scale = 1.6
    pad = int(0.12 * max(w, h) * scale)
    W, H = int(w * scale) + 2 * pad, int(h * scale) + 2 * pad

    def jitter() -> float:
        return rng.uniform(-0.05, 0.05) * max(w, h) * scale

    dst = np.float32([[pad + jitter(), pad + jitter()], [W - pad + jitter(), pad + jitter()],
                      [W - pad + jitter(), H - pad + jitter()], [pad + jitter(), H - pad + jitter()]])
    matrix = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    desk = np.full((H, W, 3), (rng.randint(40, 110),) * 3, np.uint8)
    photo = cv2.warpPerspective(shot, matrix, (W, H), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_TRANSPARENT, dst=desk)
    warped = cv2.warpPerspective(labels, matrix, (W, H), flags=cv2.INTER_NEAREST)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    gx = np.linspace(rng.uniform(0.82, 1.0), rng.uniform(0.9, 1.05), W)[None, :, None]
    photo = np.clip(photo * gx * (0.97 + 0.03 * nrng.random((H, 1, 1))), 0, 255)
    photo = cv2.GaussianBlur(photo.astype(np.uint8), (0, 0), rng.uniform(0.6, 1.1))
    photo = np.clip(photo + nrng.normal(0, 4, photo.shape), 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(photo).save(buf, "JPEG", quality=rng.randint(70, 88))
    return buf.getvalue(), warped


def render(out: Path, seed: int, per_kind: int, photos: bool) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    images = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for kind, (template, viewport) in KINDS.items():
            for n in range(per_kind):
                rng = random.Random(f"{seed}-{kind}-{n}")
                css, body = template(Page(rng))
                page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]}, device_scale_factor=1.5)
                page.set_content(f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>")
                items = page.evaluate(COLLECT_JS)
                shot = np.asarray(Image.open(_png(page.screenshot(full_page=True))).convert("RGB"))
                page.add_style_tag(content=HIDE_CSS)
                bare = np.asarray(Image.open(_png(page.screenshot(full_page=True))).convert("RGB"))
                page.close()
                name = f"doc_{len(images):03d}_{kind}"
                entry = _label(out, name, kind, shot, bare, items, 1.5)
                images.append(entry)
                if photos:
                    labels = np.asarray(Image.open(out / f"{name}.labels.png"))
                    jpeg, warped = as_photo(shot, labels, rng)
                    pname = f"doc_{len(images):03d}_{kind}_photo"
                    # Kept as the phone saves it (a camera's JPEG, not a PNG made of one): the format is what
                    # tells a photo from a screenshot first.
                    (out / f"{pname}.jpg").write_bytes(jpeg)
                    Image.fromarray(warped).save(out / f"{pname}.labels.png")
                    kept = set(np.unique(warped).tolist())
                    pitems = []
                    for item in entry["items"]:
                        chars = [c for c in item["chars"] if c in kept]
                        if not chars:
                            continue
                        ys, xs = np.nonzero(np.isin(warped, chars))
                        pitems.append({**item, "chars": chars, "bbox": [int(xs.min()), int(ys.min()),
                                                                       int(np.ptp(xs) + 1), int(np.ptp(ys) + 1)]})
                    images.append({**entry, "name": pname, "image": f"{pname}.jpg", "labels": f"{pname}.labels.png",
                                   "template": kind + "_photo", "width": warped.shape[1], "height": warped.shape[0],
                                   "items": pitems})
        browser.close()
    (out / "truth.json").write_text(json.dumps({"format": "pii-redaction-bench/1", "profile": "documents",
                                                "seed": seed, "images": images}, indent=1), encoding="utf-8")
    print(f"{len(images)} images in {out}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-kind", type=int, default=2)
    ap.add_argument("--no-photos", action="store_true", help="flat pages only")
    args = ap.parse_args()
    render(args.out, args.seed, args.per_kind, not args.no_photos)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
