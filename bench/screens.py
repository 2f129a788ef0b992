"""Screenshots people post, rendered by headless Chromium with glyph-exact labels for score.py.

    .venv/bin/pip install -e '.[bench]'                 # playwright, the Python driver only (no browser download)
    sudo apt install chromium                          # Debian's browser, used through executable_path
    .venv/bin/python bench/screens.py --out /tmp/screens [--seed 1] [--per-kind 3]
    python ../shared/bench/score.py --truth /tmp/screens --out /tmp/screens_out \\
        --batch ".venv/bin/redactor batch {indir} -o {outdir}"

Kinds of screen (each a template below, its values drawn at random from made-up lists):
mobile chats (light and dark, one-to-one and group), bank transfer proofs on a phone, a staff
profile page at 125-150 % scaling, a staff system in a browser window (tab, internal address,
bookmarks, signed-in user), a web mail with a classified subject, and a desktop team chat with
tokens wrapped over several lines; a staff system's employee table with the signed-in user in the top
bar, a village app's resident list, a group chat of @mentions (names and numbers), and server settings
in a dark monospace box (private addresses, hosts, keys), and a transfer proof whose labels sit above
their values (an account number grouped in fours beside the bank's name).

Labels follow the benchmark format (`truth.json` plus a 16-bit label map per image): the page is
shot twice, the second time with every labelled text transparent, and a character's pixels are
the changed pixels inside the box the browser gives that character.  Menu items, headings and
buttons are labelled harmless (`ui_text`) so that covering them counts as a false positive.
"""
from __future__ import annotations

import argparse
import html
import json
import random
from pathlib import Path

import numpy as np
from PIL import Image

CHROMIUM = "/usr/bin/chromium"

GIVEN = ["Ayu", "Bayu", "Citra", "Dimas", "Eko", "Fitri", "Galih", "Hesti", "Irfan", "Joko", "Kartika", "Lestari",
         "Mulyadi", "Nuraini", "Oki", "Puspa", "Rahmat", "Rina", "Sutrisno", "Tiara", "Umar", "Vina", "Wulan",
         "Yogi", "Zaenal", "Arif", "Bambang", "Dewi", "Fajar", "Handoko", "Indah", "Krisna", "Marlina", "Novita",
         "Purnomo", "Ratna", "Setyo", "Teguh", "Wahyu", "Yuliani", "Rizky", "Ferdi", "Ardiansyah", "Robert",
         "Maria", "Yohanes", "Agnes", "Kornelius", "Theresia", "Ikhsan", "Rofiq", "Syarifah", "Nurul"]
FAMILY = ["Saputra", "Wijayanti", "Hidayat", "Pratama", "Nugroho", "Lubis", "Siregar", "Harahap", "Simanjuntak",
          "Wibowo", "Kusuma", "Rahayu", "Setiawan", "Susanti", "Firmansyah", "Manurung", "Pangaribuan", "Tanjung",
          "Rahman", "Hasibuan", "Sinaga", "Nainggolan", "Purba", "Marpaung", "Kurniawan", "Permana", "Gunadi",
          "Sembiring", "Ginting", "Tarigan", "Mahendra", "Prasetyo", "Suryani", "Ramadhan", "Handayani",
          "Sitorus", "Pardede", "Lumbantobing", "Wardhana", "Iskandar", "Maharani", "Syahputra", "Rosyidah"]
TITLES_AFTER = ["S.E.", "S.T.", "S.Kom.", "S.Sos.", "M.Si.", "M.M.", "S.H.", "S.Pd.", "A.Md."]
STREETS = ["Jl. Melati", "Jl. Kenanga", "Jl. Cempaka Putih", "Jl. Raya Bogor", "Jl. Diponegoro", "Jl. Sisingamangaraja",
           "Jl. Kaliurang", "Gg. Mawar", "Jl. Veteran", "Jl. Pemuda", "Perum Griya Asri Blok C"]
PLACES = [("Kel. Sukamaju", "Kec. Cibeunying", "Kota Bandung"), ("Desa Tegalrejo", "Kec. Sawangan", "Kab. Magelang"),
          ("Kel. Pasar Baru", "Kec. Medan Kota", "Kota Medan"), ("Desa Sumberagung", "Kec. Jetis", "Kab. Bantul"),
          ("Kel. Tamalanrea", "Kec. Tamalanrea", "Kota Makassar"), ("Dusun Krajan", "Desa Wringin", "Kab. Bondowoso")]
BANKS = ["BRI", "BNI", "Mandiri", "BCA", "BSI", "Bank Jatim", "Bank DKI", "BTN"]
SYSTEMS = ["e-Sidak", "e-Lakip", "e-Monev", "e-Absensi", "e-Retribusi", "e-Kinsatu", "SIMPATEN", "SI-MONIK",
           "SIPANDU", "SIMLITABMAS", "e-Dupak", "SI-RANTI", "SIMPEL", "e-Perjadin"]
WORDS = ["Garuda", "Merapi", "Kenari", "Cendana", "Rajawali", "Semeru", "Mawar", "Jatayu", "Bromo", "Kancil"]
JOBS = ["Analis Kepegawaian", "Pranata Komputer", "Arsiparis Ahli Muda", "Pengelola Keuangan", "Kepala Seksi",
        "Penata Laporan Keuangan", "Pengadministrasi Umum"]
AGENCIES = ["bkpsdm.contohkab.go.id", "dinkes.contohkota.go.id", "setda.contohprov.go.id", "bappeda.contohkab.go.id"]


class Page:
    """Builds one page's HTML with labelled spans."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    @staticmethod
    def s(category: str, text: str) -> str:
        return f'<span data-k="sensitive" data-c="{category}">{html.escape(text)}</span>'

    @staticmethod
    def h(category: str, text: str) -> str:
        return f'<span data-k="harmless" data-c="{category}">{html.escape(text)}</span>'

    @staticmethod
    def i(category: str, text: str) -> str:
        return f'<span data-k="ignore" data-c="{category}">{html.escape(text)}</span>'

    def name(self, titled: bool = False) -> str:
        r = self.rng
        parts = [r.choice(GIVEN)] + r.sample(FAMILY, r.choice([1, 1, 2]))
        name = " ".join(parts)
        if titled and r.random() < 0.5:
            name += ", " + r.choice(TITLES_AFTER)
        return name

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def nik(self) -> str:
        r = self.rng
        day = r.randint(1, 28) + (40 if r.random() < 0.5 else 0)
        return f"{r.choice(['32', '33', '35', '12', '73', '34'])}{r.randint(1, 30):02d}{r.randint(1, 20):02d}" \
               f"{day:02d}{r.randint(1, 12):02d}{r.randint(60, 99):02d}{r.randint(1, 9999):04d}"

    def nip(self) -> str:
        r = self.rng
        return f"19{r.randint(65, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" \
               f"20{r.randint(5, 20):02d}{r.randint(1, 12):02d}{r.randint(1, 2)}{r.randint(1, 20):03d}"

    def phone(self) -> str:
        r = self.rng
        body = f"8{r.choice('1235789')}{r.randint(1, 9)}-{self.digits(4)}-{self.digits(r.choice([3, 4]))}"
        return r.choice(["0", "+62 "]) + body

    def email(self, name: str) -> str:
        r = self.rng
        first, last = name.split(",")[0].split()[0].lower(), name.split(",")[0].split()[-1].lower()
        user = r.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{r.randint(10, 99)}", f"{last}.{first}"])
        return f"{user}@{r.choice(['gmail.com', 'yahoo.co.id'] + AGENCIES[:2])}"

    def account(self) -> str:
        n = self.rng.choice([10, 10, 13, 15])
        acct = self.digits(n)
        if self.rng.random() < 0.3 and n == 10:
            acct = f"{acct[:3]}-{acct[3:6]}-{acct[6:]}"
        return acct

    def password(self) -> str:
        r = self.rng
        return r.choice(WORDS) + r.choice(["_", "!", "#", "@", "."]) + str(r.randint(2015, 2026)) + r.choice(["", "#", "!"])

    def address(self) -> str:
        r = self.rng
        kel, kec, city = r.choice(PLACES)
        return f"{r.choice(STREETS)} No. {r.randint(1, 120)}, RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}, " \
               f"{kel}, {kec}, {city}"

    def price(self) -> str:
        return "Rp" + f"{self.rng.randint(10, 9000) * 1000:,}".replace(",", ".")

    def date(self) -> str:
        r = self.rng
        months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
        return f"{r.randint(1, 28):02d} {r.choice(months)} 2025"

    def time(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"

    def system(self) -> str:
        return self.rng.choice(SYSTEMS)


BASE_CSS = """
* { box-sizing: border-box; margin: 0; padding: 0; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; }
"""

# ----------------------------------------------------------------------------- templates


def mobile_chat(p: Page, dark: bool, group: bool):
    r = p.rng
    bg, fg = ("#0b141a", "#e9edef") if dark else ("#efeae2", "#111b21")
    inc, out = ("#202c33", "#005c4b") if dark else ("#ffffff", "#d9fdd3")
    head = "#202c33" if dark else "#008069"
    contact = p.name()
    members = [p.name() for _ in range(3)]
    title = p.h("ui_text", r.choice(["Grup Bidang Umum", "Tim Pengadaan 2025", "Staf Kecamatan"])) if group \
        else p.s("person_name", contact)
    sub = "Anda, " + ", ".join(m.split()[0] for m in members) if group else "online"
    bubbles = []
    lines = [
        lambda: f"Pak, ini NIK saya {p.s('nik', p.nik())}",
        lambda: f"pw nya {p.s('credential', p.password())} ya pak",
        lambda: f"sandinya {p.s('credential', p.password())}",
        lambda: f"Akun {p.system()}: {p.i('username', p.name().split()[0].lower() + str(r.randint(1, 99)))} / "
                f"{p.s('credential', p.password())}",
        lambda: f"Transfer ke {r.choice(BANKS)} {p.s('bank_account', p.account())} a.n. "
                f"{p.s('person_name', p.name().upper())}",
        lambda: f"Alamat kirim: {p.s('address', p.address())}",
        lambda: f"Nomor HP istri saya {p.s('phone', p.phone())}",
        lambda: "Rapat koordinasi jam 09.00 di aula ya",
        lambda: f"Totalnya {p.h('price', p.price())} sudah termasuk ongkir",
        lambda: f"Kirim ke email {p.s('email', p.email(contact))} saja",
        lambda: f"Siap, terima kasih Bu {p.s('person_name', contact.split()[0])}",
        lambda: f"Rekening {p.s('bank_account', p.account())} {r.choice(BANKS)}",
        lambda: "Baik, nanti saya cek dulu",
        lambda: f"Ini KK nya {p.s('kk', p.nik())}",
    ]
    chosen = r.sample(lines, 8)
    for k, make in enumerate(chosen):
        mine = k % 3 == 1
        sender = ""
        if group and not mine:
            if r.random() < 0.3:
                sender = f'<div class="snd" style="color:#d3a">{p.s("phone", p.phone())}</div>'
            else:
                sender = f'<div class="snd">{p.s("person_name", r.choice(members))}</div>'
        bubbles.append(f'<div class="b {"o" if mine else "i"}">{sender}<div>{make()}</div>'
                       f'<div class="t">{p.h("time", p.time())}</div></div>')
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; width:100%; font-size:15px; }}
    .top {{ background:{head}; color:#fff; height:60px; display:flex; align-items:center; padding:0 10px; gap:10px; }}
    .av {{ width:38px; height:38px; border-radius:50%; background:#8aa; }}
    .nm {{ font-size:17px; font-weight:500; }} .sub {{ font-size:12.5px; opacity:.85; }}
    .list {{ padding:10px 10px; display:flex; flex-direction:column; gap:6px; }}
    .b {{ max-width:82%; padding:6px 8px 4px 9px; border-radius:8px; line-height:1.35; overflow-wrap:anywhere; }}
    .i {{ background:{inc}; align-self:flex-start; }} .o {{ background:{out}; align-self:flex-end; }}
    .t {{ font-size:11px; opacity:.6; text-align:right; }}
    .snd {{ font-size:13px; font-weight:600; color:#1fa855; }}
    .in {{ position:fixed; bottom:0; left:0; right:0; height:56px; background:{head if dark else '#f0f2f5'}; }}
    """
    body = f"""<div class="top"><span style="font-size:22px">&#8592;</span><div class="av"></div>
      <div><div class="nm">{title}</div><div class="sub">{html.escape(sub)}</div></div></div>
      <div class="list">{''.join(bubbles)}</div><div class="in"></div>"""
    return css, body


def transfer_receipt(p: Page, dark: bool, group: bool):
    r = p.rng
    sender, payee = p.name().upper(), p.name().upper()
    bank = r.choice(BANKS)
    rows = [
        ("Nama Penerima", p.s("person_name", payee)),
        ("Bank Tujuan", p.h("ui_text", r.choice(["BANK RAKYAT INDONESIA", "BANK NEGARA INDONESIA", "BANK MANDIRI"]))),
        (r.choice(["No. Rekening", "Rekening Tujuan", "Ke Rekening"]), p.s("bank_account", p.account())),
        ("Nominal", p.h("price", p.price())),
        ("Biaya Admin", p.h("price", "Rp0" if r.random() < 0.5 else "Rp2.500")),
        ("Berita", p.h("ui_text", r.choice(["bayar arisan", "cicilan motor", "uang kos", "-"]))),
        ("Sumber Dana", f"{p.s('person_name', sender)}<br>{p.s('bank_account', p.account())}"),
        ("No. Referensi", p.h("reference_no", p.digits(12))),
        ("Waktu Transaksi", f"{p.h('date', p.date())} {p.h('time', p.time())} WIB"),
    ]
    if r.random() < 0.5:
        rows.insert(3, ("Dari Rekening", p.s("bank_account", p.account())))
    bg, fg, card = ("#121212", "#eee", "#1e1e1e") if dark else ("#f2f4f7", "#1b1b1b", "#fff")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-size:14px; }}
    .hd {{ background:#0060af; color:#fff; padding:16px; font-size:17px; font-weight:600; }}
    .ok {{ text-align:center; padding:20px 0 8px; }}
    .chk {{ width:56px; height:56px; border-radius:50%; background:#1faa59; margin:0 auto 10px; color:#fff;
            font-size:34px; line-height:56px; }}
    .amt {{ font-size:26px; font-weight:700; margin-top:6px; }}
    .card {{ background:{card}; margin:12px; border-radius:10px; padding:6px 14px; }}
    .row {{ display:flex; justify-content:space-between; padding:10px 0; border-bottom:1px solid #8883; gap:12px; }}
    .row .l {{ color:#888; white-space:nowrap; }} .row .v {{ text-align:right; font-weight:600; }}
    """
    items = "".join(f'<div class="row"><div class="l">{p.h("ui_text", lab)}</div><div class="v">{val}</div></div>'
                    for lab, val in rows)
    body = f"""<div class="hd">{p.h('ui_text', bank + ' Mobile')}</div>
      <div class="ok"><div class="chk">&#10003;</div><div>{p.h('ui_text', 'Transfer Berhasil')}</div>
      <div class="amt">{p.h('price', p.price())}</div></div><div class="card">{items}</div>"""
    return css, body


def profile(p: Page, dark: bool, group: bool):
    r = p.rng
    who = p.name(titled=True)
    kel, kec, city = r.choice(PLACES)
    pairs = [
        ("Nama Lengkap", p.s("person_name", who)), ("NIP", p.s("nip", p.nip())), ("NIK", p.s("nik", p.nik())),
        # (the place of birth is personal data of its own; the sex is neither to cover nor to keep)
        ("Tempat Lahir", p.s("birth_date", city.replace("Kota ", "").replace("Kab. ", ""))),
        ("Tanggal Lahir", p.s("birth_date", p.date().replace("2025", str(r.randint(1965, 1999))))),
        ("Jenis Kelamin", p.i("sex", r.choice(["Laki-laki", "Perempuan"]))),
        ("Alamat", p.s("address", p.address())), ("No. HP", p.s("phone", p.phone())),
        ("Email", p.s("email", p.email(who))), ("Jabatan", p.h("ui_text", "Analis Kepegawaian Ahli Muda")),
        ("Unit Kerja", p.h("ui_text", "Bidang Mutasi dan Promosi")), ("NPWP", p.s("npwp", "{}.{}.{}.{}-{}.{}".format(
            p.digits(2), p.digits(3), p.digits(3), p.digits(1), p.digits(3), p.digits(3)))),
        ("No. Rekening Gaji", p.s("bank_account", p.account())),
    ]
    bg, fg, card = ("#15171c", "#ddd", "#1f232b") if dark else ("#f4f6f9", "#222", "#fff")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-size:14px; display:flex; height:100vh; }}
    .side {{ width:220px; background:#1e293b; color:#cbd5e1; padding:14px; }}
    .side .it {{ padding:9px 6px; }}
    .main {{ flex:1; }}
    .bar {{ height:54px; background:{card}; display:flex; align-items:center; justify-content:flex-end;
            padding:0 18px; gap:10px; border-bottom:1px solid #8883; }}
    .av {{ width:32px; height:32px; border-radius:50%; background:#6b8afd; color:#fff; text-align:center;
           line-height:32px; font-size:13px; }}
    .card {{ background:{card}; margin:18px; border-radius:8px; padding:16px 22px; }}
    table {{ border-collapse:collapse; width:100%; }} td {{ padding:7px 6px; vertical-align:top; }}
    td.k {{ width:190px; color:#888; }}
    """
    initials = "".join(w[0] for w in who.split(",")[0].split()[:2])
    menu = "".join(f'<div class="it">{p.h("ui_text", m)}</div>' for m in
                   ["Beranda", "Profil Pegawai", "Riwayat Jabatan", "Riwayat Pendidikan", "Dokumen", "Pengaturan"])
    table = "".join(f'<tr><td class="k">{p.h("ui_text", k)}</td><td>: {v}</td></tr>' for k, v in pairs)
    body = f"""<div class="side"><div style="font-weight:700;font-size:17px;margin-bottom:12px">
      {p.s('internal_system', p.system())}</div>{menu}</div>
      <div class="main"><div class="bar"><div class="av">{initials}</div>
      <div>{p.s('person_name', who.split(',')[0])}</div><div>&#9662;</div></div>
      <div class="card"><div style="font-size:19px;margin-bottom:10px">{p.h('ui_text', 'Data Pribadi')}</div>
      <table>{table}</table></div></div>"""
    return css, body


def staff_system(p: Page, dark: bool, group: bool):
    r = p.rng
    system = p.system()
    user = p.name()
    host = r.choice(["kinerja", "simpeg", "eoffice", "portal", "absensi"]) + "." + r.choice(AGENCIES).split(".", 1)[1]
    path = r.choice(["/kinerja/harian", "/admin/pegawai?page=2", "/laporan/bulanan.php?id=" + p.digits(4), "/dashboard"])
    url = r.choice(["https://", "http://", ""]) + host + path
    if r.random() < 0.3:
        url = f"http://10.{r.randint(1, 250)}.{r.randint(1, 250)}.{r.randint(2, 250)}:{r.choice([8080, 8443, 3000])}{path}"
    acts = ["Menyusun laporan kegiatan", "Rapat koordinasi anggaran", "Verifikasi berkas usulan", "Input data presensi",
            "Monitoring kegiatan lapangan", "Mengikuti bimbingan teknis"]
    rows = "".join(f"<tr><td>{k + 1}</td><td>{p.h('date', p.date())}</td><td>{a}</td><td>{r.randint(1, 5)} jam</td>"
                   f"<td>{p.h('ui_text', 'Disetujui')}</td></tr>" for k, a in enumerate(r.sample(acts, 5)))
    bg, fg, card = ("#111827", "#e5e7eb", "#1f2937") if dark else ("#f3f4f6", "#111", "#fff")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-size:14px; }}
    .tabs {{ background:#dee1e6; height:40px; display:flex; align-items:flex-end; padding-left:8px; gap:2px; }}
    .tab {{ background:#fff; border-radius:8px 8px 0 0; padding:9px 14px; width:230px; font-size:12.5px; color:#222;
            white-space:nowrap; overflow:hidden; }}
    .tab.off {{ background:transparent; }}
    .addr {{ background:#fff; height:44px; display:flex; align-items:center; padding:0 10px; gap:14px; color:#555; }}
    .omni {{ flex:1; background:#f1f3f4; border-radius:16px; padding:7px 16px; color:#222; font-size:14px; }}
    .bm {{ background:#fff; height:30px; display:flex; align-items:center; gap:18px; padding:0 14px; font-size:12.5px;
           color:#333; border-bottom:1px solid #ccc; }}
    .app {{ background:#0f766e; color:#fff; height:52px; display:flex; align-items:center; padding:0 18px; gap:14px; }}
    .app .sp {{ flex:1; }} .av {{ width:30px; height:30px; border-radius:50%; background:#fde68a; }}
    .btn {{ border:1px solid #fff8; border-radius:5px; padding:4px 10px; font-size:13px; }}
    .wrap {{ display:flex; }} .side {{ width:210px; background:{card}; min-height:600px; padding:12px; }}
    .side div {{ padding:8px 4px; }}
    .main {{ flex:1; padding:18px; }} table {{ width:100%; border-collapse:collapse; background:{card}; }}
    th, td {{ text-align:left; padding:8px; border-bottom:1px solid #8884; }}
    """
    menu = "".join(f'<div>{p.h("ui_text", m)}</div>' for m in
                   ["Dashboard", "Kinerja Harian", "Kinerja Bulanan", "Rekap Presensi", "Pengaturan Akun"])
    boss = p.name(titled=True)
    body = f"""<div class="tabs"><div class="tab">{p.s('internal_system', system)} | {p.h('ui_text', 'Kinerja Harian')}</div>
      <div class="tab off">{p.h('ui_text', 'Google')}</div></div>
      <div class="addr"><span>&#8592;</span><span>&#8594;</span><span>&#8635;</span>
      <div class="omni">{p.s('internal_url', url)}</div></div>
      <div class="bm">{''.join(p.h('ui_text', b) for b in ['Intranet', 'Webmail', 'JDIH', 'LPSE', 'Berita'])}</div>
      <div class="app"><b style="font-size:17px">{p.s('internal_system', system)}</b><span class="sp"></span>
      <div class="av"></div><span>{p.s('person_name', user)}</span><span class="btn">{p.h('ui_text', 'Keluar')}</span></div>
      <div class="wrap"><div class="side">{menu}</div><div class="main">
      <div style="font-size:20px;margin-bottom:8px">{p.h('ui_text', 'Kinerja Harian')}</div>
      <div style="margin-bottom:10px">Atasan Langsung: {p.s('person_name', boss)} &middot; NIP {p.s('nip', p.nip())}</div>
      <table><tr><th>No</th><th>Tanggal</th><th>Kegiatan</th><th>Durasi</th><th>Status</th></tr>{rows}</table>
      </div></div>"""
    return css, body


def mail(p: Page, dark: bool, group: bool):
    r = p.rng
    sender = p.name(titled=r.random() < 0.3)
    to = p.name()
    mark = r.choice(["SANGAT RAHASIA", "RAHASIA", "TERBATAS"])
    subject = f"[{p.s('classification', mark)}] " + r.choice(["Nota Dinas hasil audit", "Data usulan mutasi pegawai",
                                                             "Laporan pemeriksaan khusus"])
    bg, fg = ("#1b1b1f", "#ddd") if dark else ("#fff", "#202124")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-size:14px; display:flex; }}
    .side {{ width:230px; padding:14px; }} .side div {{ padding:7px 10px; border-radius:0 14px 14px 0; }}
    .main {{ flex:1; padding:18px 26px; }} .subj {{ font-size:21px; margin-bottom:16px; }}
    .from {{ display:flex; gap:10px; align-items:center; margin-bottom:18px; }}
    .av {{ width:38px; height:38px; border-radius:50%; background:#a78bfa; }}
    .muted {{ color:#888; font-size:12.5px; }} p {{ margin:10px 0; line-height:1.5; max-width:760px; }}
    """
    menu = "".join(f'<div>{p.h("ui_text", m)}</div>' for m in ["Kotak Masuk", "Berbintang", "Terkirim", "Draf", "Spam"])
    body = f"""<div class="side">{menu}</div><div class="main"><div class="subj">{subject}</div>
      <div class="from"><div class="av"></div><div><b>{p.s('person_name', sender)}</b>
      &lt;{p.s('email', p.email(sender))}&gt;<div class="muted">kepada {p.s('person_name', to)}
      &lt;{p.s('email', p.email(to))}&gt;</div></div></div>
      <p>Yth. Bapak/Ibu,</p><p>Terlampir data pegawai atas nama {p.s('person_name', p.name(titled=True))}
      NIP {p.s('nip', p.nip())} untuk ditindaklanjuti. Mohon tidak disebarluaskan.</p>
      <p>Konfirmasi dapat melalui {p.s('phone', p.phone())} pada jam kerja.</p>
      <p>Salam,<br>{p.s('person_name', sender)}</p></div>"""
    return css, body


def team_chat(p: Page, dark: bool, group: bool):
    r = p.rng

    def token() -> tuple[str, str]:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        rnd = lambda n: "".join(r.choice(alnum) for _ in range(n))  # noqa: E731
        kind = r.choice(["slack", "github", "jwt", "aws", "gitlab"])
        if kind == "slack":
            return "token bot", f"xoxb-{p.digits(12)}-{p.digits(13)}-{rnd(24)}"
        if kind == "github":
            return "token repo", "ghp_" + rnd(36)
        if kind == "gitlab":
            return "token CI", "glpat-" + rnd(20)
        if kind == "aws":
            return "access key", "AKIA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
        return "JWT nya", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rnd(60) + "." + rnd(43)

    msgs = []
    for k in range(5):
        who = p.name()
        if k in (1, 3):
            label, tok = token()
            text = f"ini {label}: <span style='word-break:break-all'>{p.s('credential', tok)}</span>"
        elif k == 2:
            text = f"server staging di {p.s('internal_url', f'http://192.168.{r.randint(0, 99)}.{r.randint(2, 250)}:8080/api')}"
        else:
            text = r.choice(["oke sudah saya deploy ke staging", "nanti sore kita review ya", "sip, makasih"])
        msgs.append(f'<div class="m"><div class="av"></div><div><b>{p.s("person_name", who)}</b> '
                    f'<span class="t">{p.h("time", p.time())}</span><div class="x">{text}</div></div></div>')
    bg, fg, side = ("#1a1d21", "#d1d2d3", "#19171d") if dark else ("#fff", "#1d1c1d", "#3f0e40")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-size:15px; display:flex; }}
    .side {{ width:240px; background:{side}; color:#ccc; min-height:100vh; padding:14px; }}
    .side div {{ padding:5px 4px; }}
    .main {{ flex:1; padding:12px 20px; max-width:620px; }}
    .m {{ display:flex; gap:10px; margin:12px 0; }} .av {{ width:36px; height:36px; border-radius:6px; background:#e8912d; flex:none; }}
    .t {{ color:#888; font-size:12px; }} .x {{ line-height:1.45; }}
    """
    chans = "".join(f'<div>{p.h("ui_text", c)}</div>' for c in ["# umum", "# deploy", "# helpdesk", "# random"])
    body = f'<div class="side">{chans}</div><div class="main">{"".join(msgs)}</div>'
    return css, body


def staff_list(p: Page, dark: bool, group: bool):
    """A staff system's employee table (e-Kinerja, SIMPEG): the signed-in user beside an avatar in the
    top bar, a sidebar with the system's name, and one row per employee."""
    r = p.rng
    system = p.system()
    user = p.name()
    rows = []
    for k in range(6):
        who = p.name(titled=r.random() < 0.3)
        contact = (f"{p.s('email', p.email(who))}<br><span class='m'>{p.s('phone', p.phone())}</span>"
                   if r.random() < 0.5 else p.s("phone", p.phone()))
        rows.append(f"<tr><td>{k + 1}</td><td>{p.s('person_name', who)}<br><span class='m'>NIP "
                    f"{p.s('nip', p.nip())}</span></td><td>{p.h('ui_text', r.choice(JOBS))}</td><td>{contact}</td>"
                    f"<td>{p.h('ui_text', r.choice(['Aktif', 'Cuti', 'Tugas Belajar']))}</td>"
                    f"<td><span class='b'>{p.h('ui_text', 'Detail')}</span></td></tr>")
    bg, fg, card, bar = ("#0f172a", "#e2e8f0", "#1e293b", "#1e3a8a") if dark else ("#f1f5f9", "#0f172a", "#fff", "#1d4ed8")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-size:13.5px; }}
    .top {{ background:{bar}; color:#fff; height:50px; display:flex; align-items:center; padding:0 18px; gap:14px; }}
    .top .sp {{ flex:1; }} .av {{ width:30px; height:30px; border-radius:50%; background:#f9a8d4; }}
    .wrap {{ display:flex; }} .side {{ width:200px; background:{card}; min-height:640px; padding:10px 12px; }}
    .side div {{ padding:8px 2px; }} .main {{ flex:1; padding:16px 20px; }}
    table {{ width:100%; border-collapse:collapse; background:{card}; }}
    th, td {{ text-align:left; padding:7px 8px; border-bottom:1px solid #8884; vertical-align:top; }}
    .m {{ color:#888; font-size:12px; }} .b {{ background:#2563eb; color:#fff; border-radius:4px; padding:2px 8px; }}
    """
    menu = "".join(f'<div>{p.h("ui_text", m)}</div>' for m in
                   ["Beranda", "Data Pegawai", "Kinerja Harian", "Rekap Presensi", "Laporan", "Pengaturan"])
    body = f"""<div class="top"><b style="font-size:17px">{p.s('internal_system', system)}</b>
      <span>{p.h('ui_text', 'Beranda')}</span><span>{p.h('ui_text', 'Bantuan')}</span><span class="sp"></span>
      <span>&#128276;</span><div class="av"></div><span>{p.s('person_name', user)} &#9662;</span></div>
      <div class="wrap"><div class="side">{menu}</div><div class="main">
      <div style="font-size:19px;margin-bottom:10px">{p.h('ui_text', 'Data Pegawai')}</div>
      <table><tr><th>No</th><th>Nama / NIP</th><th>Jabatan</th><th>Kontak</th><th>Status</th><th>Aksi</th></tr>
      {''.join(rows)}</table></div></div>"""
    return css, body


def village_app(p: Page, dark: bool, group: bool):
    """A village administration app on a phone: a resident list, each card with the name, NIK, the
    address in RT/RW, Dusun and Desa parts, and a phone number."""
    r = p.rng
    cards = []
    for _ in range(4):
        kel, kec, city = r.choice(PLACES)
        rt = f"RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}"
        addr = r.choice([f"{rt}, Dusun {r.choice(['Krajan', 'Sumber', 'Kidul', 'Wetan'])}",
                         f"{r.choice(STREETS)} No. {r.randint(1, 90)}, {rt}"])
        cards.append(f"""<div class="c"><div class="n">{p.s('person_name', p.name().upper())}</div>
          <div>NIK: {p.s('nik', p.nik())}</div><div>{p.s('address', addr)}</div>
          <div>{p.h('ui_text', 'HP')}: {p.s('phone', p.phone())}</div>
          <div class="tag">{p.h('ui_text', r.choice(['Kepala Keluarga', 'Anggota', 'Penerima BLT']))}</div></div>""")
    bg, fg, card = ("#111", "#eee", "#1d1d1d") if dark else ("#eef2f0", "#1b1b1b", "#fff")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-size:14px; }}
    .hd {{ background:#15803d; color:#fff; padding:14px 16px; font-size:17px; font-weight:600; }}
    .sr {{ margin:10px 12px; background:{card}; border-radius:20px; padding:8px 14px; color:#888; }}
    .c {{ background:{card}; margin:10px 12px; border-radius:10px; padding:10px 14px; line-height:1.5; }}
    .n {{ font-weight:700; font-size:15px; }} .tag {{ color:#15803d; font-size:12px; }}
    """
    body = f"""<div class="hd">{p.h('ui_text', 'Data Penduduk')} &middot; {p.h('ui_text', 'Desa ' + r.choice(['Sukamaju', 'Tegalrejo', 'Sumberagung']))}</div>
      <div class="sr">{p.h('ui_text', 'Cari nama atau NIK')}</div>{''.join(cards)}"""
    return css, body


def mention_chat(p: Page, dark: bool, group: bool):
    """A group chat where people are called by @mention: saved contacts by name, others by number."""
    r = p.rng
    members = [p.name() for _ in range(4)]
    bg, fg = ("#0b141a", "#e9edef") if dark else ("#efeae2", "#111b21")
    inc, out, head = ("#202c33", "#005c4b", "#202c33") if dark else ("#ffffff", "#d9fdd3", "#008069")

    def mention() -> str:
        if r.random() < 0.35:
            digits = "62" + p.phone().replace("+62 ", "").lstrip("0").replace("-", "")
            return f'<span class="at">@{p.s("phone", digits)}</span>'
        who = r.choice(members)
        return f'<span class="at">@{p.s("person_name", who if r.random() < 0.5 else who.split()[0])}</span>'

    lines = [lambda: f"{mention()} tolong dicek laporan kinerjanya",
             lambda: f"{mention()} {mention()} besok rapat jam 9 di aula",
             lambda: f"Siap {mention()}, sudah saya kirim",
             lambda: f"{mention()} NIP nya {p.s('nip', p.nip())} ya",
             lambda: f"Mohon {mention()} segera upload SKP",
             lambda: "Baik, terima kasih semuanya"]
    bubbles = []
    for k, make in enumerate(r.sample(lines, 5)):
        mine = k % 3 == 2
        sender = "" if mine else f'<div class="snd">{p.s("person_name", r.choice(members))}</div>'
        bubbles.append(f'<div class="b {"o" if mine else "i"}">{sender}<div>{make()}</div>'
                       f'<div class="t">{p.h("time", p.time())}</div></div>')
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; width:100%; font-size:15px; }}
    .top {{ background:{head}; color:#fff; height:60px; display:flex; align-items:center; padding:0 10px; gap:10px; }}
    .av {{ width:38px; height:38px; border-radius:50%; background:#8aa; }}
    .list {{ padding:10px; display:flex; flex-direction:column; gap:6px; }}
    .b {{ max-width:82%; padding:6px 8px 4px 9px; border-radius:8px; line-height:1.35; }}
    .i {{ background:{inc}; align-self:flex-start; }} .o {{ background:{out}; align-self:flex-end; }}
    .t {{ font-size:11px; opacity:.6; text-align:right; }} .snd {{ font-size:13px; font-weight:600; color:#e5427f; }}
    .at {{ color:{'#53bdeb' if dark else '#027eb5'}; }}
    """
    body = f"""<div class="top"><div class="av"></div><div><div style="font-size:17px">
      {p.h('ui_text', r.choice(['Tim Kinerja Bidang', 'ASN Kecamatan', 'Pokja Pengadaan']))}</div>
      <div style="font-size:12.5px;opacity:.85">{p.h('ui_text', str(r.randint(12, 80)) + ' anggota')}</div></div></div>
      <div class="list">{''.join(bubbles)}</div>"""
    return css, body


def code_settings(p: Page, dark: bool, group: bool):
    """An admin page showing a server's settings in a monospace box: private addresses, hosts and keys."""
    r = p.rng
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    ip = f"10.{r.randint(0, 99)}.{r.randint(0, 250)}.{r.randint(2, 250)}"
    lines = [
        ("APP_ENV", p.h("ui_text", "production")),
        ("DB_HOST", p.s("internal_url", ip)),
        ("DB_PASSWORD", p.s("credential", p.password())),
        ("REDIS_HOST", p.s("internal_url", f"172.{r.randint(16, 31)}.{r.randint(0, 250)}.{r.randint(2, 250)}")),
        ("API_URL", p.s("internal_url", f"http://192.168.{r.randint(0, 99)}.{r.randint(2, 250)}:8080/api")),
        ("GITLAB_TOKEN", p.s("credential", "glpat-" + "".join(r.choice(alnum) for _ in range(20)))),
        ("QUEUE_CONNECTION", p.h("ui_text", "redis")),
    ]
    code = "<br>".join(f"{k}={v}" for k, v in lines)
    bg, fg = ("#0d1117", "#c9d1d9") if dark else ("#f6f8fa", "#24292f")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-size:14px; padding:20px 28px; }}
    pre, .code {{ font-family:'DejaVu Sans Mono', 'Liberation Mono', monospace; background:#161b22; color:#e6edf3;
                  border-radius:6px; padding:14px 18px; line-height:1.6; font-size:13px; max-width:720px; }}
    h2 {{ font-size:20px; margin-bottom:12px; font-weight:500; }} p {{ margin:10px 0; }}
    """
    body = f"""<h2>{p.h('ui_text', 'Konfigurasi Server')} {p.s('internal_system', p.system())}</h2>
      <p>Dikirim oleh {p.s('person_name', p.name())} pada {p.h('date', p.date())}</p>
      <div class="code">{code}</div>"""
    return css, body


def transfer_stacked(p: Page, dark: bool, group: bool):
    """A transfer proof whose labels sit above their values (BRImo, e-wallets): sender and recipient
    cards with the bank and a grouped account number on one line, and a details list."""
    r = p.rng
    sender, payee = p.name(), p.name()
    bank_from, bank_to = r.choice(BANKS), r.choice(BANKS)

    def grouped() -> str:
        digits = p.digits(r.choice([10, 13, 15]))
        return r.choice([" ".join(digits[i:i + 4] for i in range(0, len(digits), 4)),
                         f"{digits[:4]}-{digits[4:6]}-{digits[6:12]}-{digits[12:]}".rstrip("-"), digits])

    def party(title: str, who: str, bank: str) -> str:
        return (f'<div class="p"><div class="l">{p.h("ui_text", title)}</div>'
                f'<div class="n">{p.s("person_name", who if r.random() < 0.6 else who.upper())}</div>'
                f'<div class="a">{p.h("ui_text", bank)} &bull; {p.s("bank_account", grouped())}</div></div>')

    details = [("ID Transaksi", p.h("reference_no", p.digits(16))), ("Tanggal", p.h("date", p.date())),
               ("Jumlah", p.h("price", p.price())), ("Biaya", p.h("price", "Rp0")),
               ("Catatan", p.h("ui_text", r.choice(["iuran kas", "bayar kontrakan", "-", "titipan"])))]
    bg, fg, card = ("#101418", "#e8eaed", "#1c2127") if dark else ("#f5f7fa", "#1f2933", "#fff")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-size:14px; }}
    .hd {{ background:#00529c; color:#fff; padding:14px 16px; font-size:17px; font-weight:600; }}
    .st {{ text-align:center; padding:18px 0 6px; font-size:16px; font-weight:600; color:#1faa59; }}
    .amt {{ text-align:center; font-size:27px; font-weight:700; padding-bottom:10px; }}
    .p, .d {{ background:{card}; margin:10px 12px; border-radius:10px; padding:12px 14px; }}
    .l {{ color:#8a94a0; font-size:12.5px; margin-bottom:4px; }} .n {{ font-weight:700; font-size:15.5px; }}
    .a {{ color:#8a94a0; margin-top:3px; }}
    .row {{ display:flex; justify-content:space-between; padding:8px 0; }}
    """
    rows = "".join(f'<div class="row"><div class="l">{p.h("ui_text", k)}</div><div>{v}</div></div>'
                   for k, v in details)
    body = f"""<div class="hd">{p.h('ui_text', r.choice(['BRImo', 'Livin', 'BNI Mobile', 'DANA']))}</div>
      <div class="st">{p.h('ui_text', 'Transaksi Berhasil')}</div><div class="amt">{p.h('price', p.price())}</div>
      {party('Sumber Dana', sender, bank_from)}{party('Penerima', payee, bank_to)}<div class="d">{rows}</div>"""
    return css, body


KINDS = {
    # name: (template, css viewport, device scale factors, dark variants, group variants)
    "mobile_chat": (mobile_chat, (390, 844), (2.0, 2.75, 3.0), True, True),
    "transfer_receipt": (transfer_receipt, (390, 844), (2.0, 2.75, 3.0), True, False),
    "profile_scaled": (profile, (1280, 720), (1.25, 1.5), True, False),
    "staff_system": (staff_system, (1366, 768), (1.0, 1.25), True, False),
    "mail_classified": (mail, (1366, 768), (1.0,), True, False),
    "team_chat": (team_chat, (1280, 720), (1.0, 1.25), True, False),
    "staff_list": (staff_list, (1366, 768), (1.0, 1.25, 1.5), True, False),
    "village_app": (village_app, (390, 844), (2.0, 2.75, 3.0), True, False),
    "mention_chat": (mention_chat, (390, 844), (2.0, 2.75, 3.0), True, True),
    "code_settings": (code_settings, (1280, 720), (1.0, 1.25), True, False),
    "transfer_stacked": (transfer_stacked, (390, 844), (2.0, 2.75, 3.0), True, False),
}

COLLECT_JS = """
() => {
  const out = [];
  for (const el of document.querySelectorAll('[data-k]')) {
    const chars = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      for (let i = 0; i < node.length; i++) {
        if (/\\s/.test(node.data[i])) continue;
        const range = document.createRange();
        range.setStart(node, i); range.setEnd(node, i + 1);
        const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
        if (rects.length) chars.push([rects[0].x, rects[0].y, rects[0].width, rects[0].height]);
      }
    }
    out.push({kind: el.dataset.k, category: el.dataset.c, text: el.textContent, chars});
  }
  return out;
}
"""
HIDE_CSS = "[data-k], [data-k] * { color: transparent !important; -webkit-text-fill-color: transparent !important;" \
           " text-shadow: none !important; }"


def render(out: Path, seed: int, per_kind: int, kinds: list[str] | None = None) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    images = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for kind, (template, viewport, scales, darkable, groupable) in KINDS.items():
            if kinds and kind not in kinds:
                continue
            for n in range(per_kind):
                rng = random.Random(f"{seed}-{kind}-{n}")
                dark = darkable and n % 2 == 1
                group = groupable and n % 3 != 0
                scale = scales[n % len(scales)]
                css, body = template(Page(rng), dark, group)
                page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]},
                                        device_scale_factor=scale)
                page.set_content(f"<html><head><meta charset='utf-8'><style>{css}</style></head>"
                                 f"<body>{body}</body></html>")
                items = page.evaluate(COLLECT_JS)
                shot = np.asarray(Image.open(_png(page.screenshot())).convert("RGB"))
                page.add_style_tag(content=HIDE_CSS)
                bare = np.asarray(Image.open(_png(page.screenshot())).convert("RGB"))
                page.close()
                name = f"scr_{len(images):03d}_{kind}"
                images.append(_label(out, name, kind, shot, bare, items, scale))
        browser.close()
    (out / "truth.json").write_text(json.dumps({"format": "pii-redaction-bench/1", "profile": "screens",
                                                "seed": seed, "images": images}, indent=1), encoding="utf-8")
    print(f"{len(images)} images in {out}")


def _png(data: bytes):
    import io

    return io.BytesIO(data)


def _label(out: Path, name: str, kind: str, shot: np.ndarray, bare: np.ndarray, items: list, scale: float) -> dict:
    height, width = shot.shape[:2]
    ink = np.abs(shot.astype(np.int16) - bare.astype(np.int16)).max(axis=2) > 24
    labels = np.zeros((height, width), np.uint16)
    entries, next_char = [], 1
    for item_id, item in enumerate(items, start=1):
        ids, ys, xs = [], [], []
        for x, y, w, h in item["chars"]:
            x0, y0 = max(0, int(x * scale)), max(0, int(y * scale))
            x1, y1 = min(width, int(np.ceil((x + w) * scale))), min(height, int(np.ceil((y + h) * scale)))
            cell = ink[y0:y1, x0:x1] & (labels[y0:y1, x0:x1] == 0)
            if not cell.any():
                continue
            labels[y0:y1, x0:x1][cell] = next_char
            ids.append(next_char)
            cy, cx = np.nonzero(cell)
            ys += [y0 + cy.min(), y0 + cy.max()]
            xs += [x0 + cx.min(), x0 + cx.max()]
            next_char += 1
        if not ids:
            continue
        bbox = [int(min(xs)), int(min(ys)), int(max(xs) - min(xs) + 1), int(max(ys) - min(ys) + 1)]
        entries.append({"id": item_id, "kind": item["kind"], "category": item["category"],
                        "text": item["text"], "chars": ids, "bbox": bbox})
    Image.fromarray(shot).save(out / f"{name}.png")
    Image.fromarray(labels).save(out / f"{name}.labels.png")
    return {"name": name, "image": f"{name}.png", "labels": f"{name}.labels.png", "template": kind,
            "width": width, "height": height, "device_scale_factor": scale, "items": entries}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-kind", type=int, default=3)
    ap.add_argument("--kinds", nargs="+", choices=sorted(KINDS), help="only these kinds of screen")
    args = ap.parse_args()
    render(args.out, args.seed, args.per_kind, args.kinds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
