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
their values (an account number grouped in fours beside the bank's name); a public-service app's request
at a 150 % text size, its long address and e-mail wrapping; a school's student table wider than the window,
a marketplace order's shipping address, an official travel order in a PDF viewer and a hospital's lab result;
an Indonesian web mail thread with several signatures, a training's registrations in a spreadsheet filled by
an online form, and a community health centre's registration queue; a bill paid from a phone (electricity,
health insurance, water, internet, phone credit), a phone chat at a large font with forwarded accounts, shared
locations, contact cards and quoted replies, and a family card's detail page in a population system; a civil-service
applicant's registration profile, a tax portal's taxpayer profile and a mobile attendance app with its GPS location;
a public complaint portal's ticket seen by the agency's officer, a food-delivery order on its way with the driver's
plate and the note that finds the house, and a video meeting with its participants list and a chat holding a
passcode and an internal link; an electronic traffic ticket or a vehicle-tax page (plate, owner, licence, chassis and
engine numbers), a civil servants' pension app on a phone and a school's student data or report page; a hospital
system's patient registration (record, NIK and BPJS numbers, diagnosis with its ICD-10 code, the doctor's note), a
bank account statement on a phone or in internet banking, and a government e-office inbox with a classified
letter's details and its disposition trail;
a national health insurance app's digital card with the family on it and the visit history, a social-assistance
lookup's results (masked on the public site, in full on the agency's page) and a social-media direct-message
thread in which a citizen sends an agency's account their name, NIK, address, phone and a photo of their KTP;
the civil service's personal-data app on a phone (NIK, family card, NPWP, BPJS, birth, address, spouse and
children), a decree's attachment listing civil servants by name and NIP in
a PDF viewer, and an electronic leave request with a sick leave's diagnosis and the approvers' names and NIPs.
an employment social-security app on a phone (membership number, NIK, birth date, the heirs; the employer and
the balance public), a vaccination certificate in a health app with its QR code, and a government webmail
reading a forwarded classified memo with a pasted list of employees (names, NIPs, phones) and a signature.
QR codes are labelled as pictures: the whole box of the code is one character.
A domestic flight's e-ticket in a web mail or a travel site (booking code, passengers' names after their titles,
ticket numbers, NIK or passport, the booker's contact), the digital population-ID app on a phone (its card, family
list and QR code), and a ride-hailing or food-delivery trip receipt in the app or its e-mail (a home address as the
pickup, the driver's name and plate, the rider's phone, the card's last digits).
A webinar's attendance list in the organiser's e-certificate system (participants' names as typed, NIPs, e-mails
and WhatsApp numbers in a table of wrapped cells) beside the certificate's preview with a name and NIP, a map app
on a phone (a day's timeline starting and ending at 'Rumah' with its address, a friend's shared live location,
a saved home with its coordinates and plus code), and a procurement system's (SPSE) vendor page (the company's
NPWP, the owners' and board's names, NIKs and addresses, the contact's mobile and e-mail; the NIB, tender codes
and values public).
A state official's wealth report (e-LHKPN) being filled in (the official's NIK, NIP, birth, home address, the
spouse's and children's NIKs and births, land with its certificate number, vehicles with their plates, bank
accounts; the agency, headings, asset categories, amounts and reporting year public), and a school admission
(PPDB) portal's registration summary on a desktop or a phone (the child's NISN, NIK, family card, birth, the
parents' names, NIKs and phones, the address with RT/RW, the registration number and its QR code; the chosen
schools public).

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

    @staticmethod
    def pic(category: str, markup: str) -> str:
        """A sensitive picture (a QR code's SVG): labelled as one character, its whole box."""
        return f'<span data-k="sensitive" data-c="{category}" data-pic="1" style="display:inline-block">{markup}</span>'

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
        # A real NIP's appointment (TMT) comes 18 years or more after its birth date: civil servants
        # are appointed as adults, and the validator rejects an appointment before age 17.
        r = self.rng
        born = r.randint(1965, 1999)
        appointed = r.randint(max(2005, born + 18), max(2005, born + 18, 2020))
        return f"{born}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" \
               f"{appointed}{r.randint(1, 12):02d}{r.randint(1, 2)}{r.randint(1, 20):03d}"

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


def service_request(p: Page, dark: bool, group: bool):
    """A public-service app on a phone (civil registry, licences) showing one request at a 150 % text size:
    each label over its value, the applicant's long address and e-mail wrapping over two or three lines,
    the request number, date and status public, the officer who handled it named at the bottom."""
    r = p.rng
    name = p.name()
    kel, kec, city = r.choice(PLACES)
    address = f"{r.choice(STREETS)} No. {r.randint(1, 120)}, RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}, " \
              f"{kel}, {kec}, {city}"
    born = f"{r.choice(['Bandung', 'Magelang', 'Medan', 'Bantul', 'Makassar'])}, {p.date()[:-5]} {r.randint(1965, 2000)}"
    fields = [("Nama Pemohon", p.s("person_name", name.upper() if r.random() < 0.5 else name)),
              ("NIK", p.s("nik", p.nik())), ("Nomor KK", p.s("kk", p.nik())),
              ("Tempat/Tgl. Lahir", p.s("birth_date", born)), ("Alamat", p.s("address", address)),
              ("No. HP/WA", p.s("phone", p.phone())), ("Email", p.s("email", p.email(name)))]
    rows = "".join(f'<div class="f"><div class="l">{p.h("ui_text", k)}</div><div class="v">{v}</div></div>'
                   for k, v in fields)
    service = r.choice(["Permohonan Akta Kelahiran", "Pindah Datang", "Perubahan KK", "Surat Keterangan Usaha"])
    bg, fg, card, muted = ("#101418", "#e6e9ec", "#1b2127", "#9aa4ad") if dark else ("#f3f5f7", "#1c2227", "#fff", "#66717b")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:21px; }}
    .hd {{ background:#0b5cad; color:#fff; padding:16px; font-size:22px; font-weight:600; }}
    .c {{ background:{card}; margin:12px; border-radius:12px; padding:14px 16px; }}
    .f {{ margin-bottom:12px; }} .l {{ color:{muted}; font-size:17px; }} .v {{ font-weight:600; overflow-wrap:anywhere; }}
    .st {{ display:inline-block; background:#e7f6ec; color:#137333; border-radius:14px; padding:2px 10px; font-size:17px; }}
    .sub {{ color:{muted}; font-size:17px; }}
    """
    officer = p.name(titled=True)
    body = f"""<div class="hd">{p.h('ui_text', 'Detail Permohonan')}</div>
      <div class="c"><div class="sub">{p.h('ui_text', service)}</div>
      <div>{p.h('ui_text', 'No.')} {p.h('reference_no', f"REG-{r.randint(2024, 2025)}{r.randint(10000, 99999)}")}</div>
      <div class="sub">{p.h('date', p.date())}</div><span class="st">{p.h('ui_text', r.choice(['Selesai', 'Diproses', 'Menunggu Verifikasi']))}</span></div>
      <div class="c">{rows}</div>
      <div class="c"><div class="l">{p.h('ui_text', 'Diverifikasi oleh')}</div><div class="v">{p.s('person_name', officer)}</div></div>"""
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


# ----------------------------------------------------------------------------- kinds of page the first set lacked
# Pages seen in the wild that the templates above do not draw: English account pages, a performance (SKP)
# system with the employee in a sidebar, a web-mail inbox, a spreadsheet of staff, a desktop chat list and
# a bank receipt at a large font scale.  Each page picks one of several font families.

FONTS = ["'DejaVu Sans', sans-serif", "'Liberation Sans', Arial, sans-serif", "'Nimbus Sans', sans-serif",
         "'URW Gothic', sans-serif", "'Liberation Sans Narrow', sans-serif", "'DejaVu Sans Condensed', sans-serif"]
EN_GIVEN = ["James", "Emily", "Michael", "Sarah", "David", "Olivia", "Daniel", "Sophie", "Thomas", "Hannah",
            "Lukas", "Marie", "Pierre", "Chloe", "Matteo", "Giulia", "Liam", "Ava", "Noah", "Grace"]
EN_FAMILY = ["Johnson", "Williams", "Brown", "Miller", "Anderson", "Taylor", "Thompson", "Harris", "Clarke",
             "Schneider", "Fischer", "Weber", "Dubois", "Moreau", "Rossi", "Bianchi", "O'Connor", "Murphy",
             "Van der Berg", "Jansen"]
EN_STREETS = ["Maple Avenue", "Oak Street", "Cedar Lane", "Lincoln Road", "Park Boulevard", "Hillside Drive",
              "Church Street", "Baker Street", "Kingsway", "Elm Court"]
EN_CITIES = [("Springfield, IL", "62704"), ("Austin, TX", "78701"), ("Portland, OR", "97205"),
             ("Columbus, OH", "43215"), ("Madison, WI", "53703"), ("Raleigh, NC", "27601")]
EU_CITIES = ["10115 Berlin", "75011 Paris", "1012 AB Amsterdam", "20121 Milano", "80331 München", "1050 Bruxelles"]


def _font(p: Page) -> str:
    return p.rng.choice(FONTS)


def _en_name(p: Page) -> str:
    return f"{p.rng.choice(EN_GIVEN)} {p.rng.choice(EN_FAMILY)}"


def _iban(p: Page) -> str:
    """A made-up IBAN with a correct mod-97 check, grouped in fours as banks print it."""
    r = p.rng
    country, bban = r.choice([("DE", p.digits(18)), ("NL", r.choice(["ABNA", "INGB", "RABO"]) + p.digits(10)),
                              ("GB", r.choice(["NWBK", "BARC", "MIDL"]) + p.digits(14)), ("FR", p.digits(23))])
    number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    code = f"{country}{98 - number % 97:02d}{bban}"
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


def _ssn(p: Page) -> str:
    r = p.rng
    return f"{r.randint(101, 665):03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999):04d}"


def _us_phone(p: Page) -> str:
    r = p.rng
    # (area codes in use: an unassigned one is no valid number)
    area = r.choice([212, 213, 303, 312, 404, 415, 503, 512, 602, 617, 646, 702, 713, 718, 804, 919])
    exchange, line = r.randint(201, 989), p.digits(4)
    return r.choice([f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}", f"+1 {area} {exchange} {line}",
                     f"+1 ({area}) {exchange}-{line}"])


def _eu_phone(p: Page) -> str:
    r = p.rng
    return r.choice([f"+44 20 {r.randint(7000, 8999)} {p.digits(4)}", f"+49 30 {p.digits(8)}",
                     f"+33 1 {p.digits(2)} {p.digits(2)} {p.digits(2)} {p.digits(2)}",
                     f"+31 6 {p.digits(4)} {p.digits(4)}", f"+39 02 {p.digits(4)} {p.digits(4)}"])


def english_account(p: Page, dark: bool, group: bool):
    """An English account page of a web service: a confidentiality banner, a URL carrying a reset token,
    and a personal-information form (SSN, IBAN, US and international phones, a US address)."""
    r = p.rng
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    who = _en_name(p)
    first, last = who.split()[0], who.split()[-1]
    host = r.choice(["portal.northwind-hr.com", "app.contoso-payroll.io", "my.fabrikam-benefits.com"])
    param = r.choice(["token", "reset_token", "access_token", "key"])
    secret = "".join(r.choice(alnum) for _ in range(r.choice([24, 32, 40])))
    url = f"https://{host}/account/{r.choice(['verify', 'reset', 'settings'])}?{param}="
    city, zipcode = r.choice(EN_CITIES)
    street = f"{r.randint(100, 9899)} {r.choice(EN_STREETS)}" + r.choice(["", f", Apt {r.randint(1, 40)}{r.choice('ABC')}"])
    mark = r.choice(["CONFIDENTIAL", "INTERNAL ONLY", "STRICTLY CONFIDENTIAL", "FOR INTERNAL USE ONLY"])
    email_user = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.randint(10, 99)}"]).lower().replace("'", "").replace(" ", "")
    fields = [
        ("Full name", p.s("person_name", who)),
        ("Date of birth", p.s("birth_date", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1958, 2001)}")),
        (r.choice(["Social Security Number", "SSN"]), p.s("national_id", _ssn(p))),
        ("Email address", p.s("email", f"{email_user}@{r.choice(['gmail.com', 'outlook.com', 'yahoo.com'])}")),
        (r.choice(["Mobile phone", "Phone", "Cell"]), p.s("phone", _us_phone(p))),
        (r.choice(["Work phone", "Alternate phone", "Office phone"]), p.s("phone", _eu_phone(p))),
        ("Street address", p.s("address", street)),
        ("City, State, ZIP", p.s("address", f"{city} {zipcode}")),
        (r.choice(["IBAN", "Bank account (IBAN)"]), p.s("bank_account", _iban(p))),
        ("Employee ID", p.s("national_id", r.choice(["E", "EMP-", "HR"]) + p.digits(6))),
    ]
    bg, fg, card, muted = ("#121417", "#e6e6e6", "#1c1f24", "#9aa0a6") if dark else ("#f6f7f9", "#1f2328", "#fff", "#667085")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14px; }}
    .addr {{ background:{'#2b2f36' if dark else '#fff'}; height:44px; display:flex; align-items:center; padding:0 12px;
             gap:14px; color:{muted}; border-bottom:1px solid #8883; }}
    .omni {{ flex:1; background:{'#1f2329' if dark else '#f1f3f4'}; border-radius:16px; padding:7px 16px; color:{fg};
             white-space:nowrap; overflow:hidden; }}
    .banner {{ background:#b42318; color:#fff; text-align:center; font-weight:700; letter-spacing:1px; padding:5px; font-size:12.5px; }}
    .nav {{ display:flex; align-items:center; gap:22px; padding:0 24px; height:54px; background:{card};
            border-bottom:1px solid #8883; }} .nav .sp {{ flex:1; }}
    .wrap {{ display:flex; gap:24px; padding:22px 28px; }}
    .menu {{ width:200px; }} .menu div {{ padding:8px 10px; border-radius:6px; }}
    .card {{ flex:1; background:{card}; border:1px solid #8883; border-radius:10px; padding:20px 26px; max-width:760px; }}
    h1 {{ font-size:21px; font-weight:600; margin-bottom:4px; }} .muted {{ color:{muted}; font-size:12.5px; }}
    .grid {{ display:grid; grid-template-columns:1fr 1fr; gap:14px 22px; margin-top:18px; }}
    .f label {{ display:block; color:{muted}; font-size:12.5px; margin-bottom:4px; }}
    .f .v {{ border:1px solid #8885; border-radius:6px; padding:7px 10px; min-height:34px; }}
    .btns {{ margin-top:20px; display:flex; gap:10px; }}
    .btn {{ padding:8px 16px; border-radius:6px; background:#2563eb; color:#fff; }}
    .btn.g {{ background:transparent; border:1px solid #8886; color:{fg}; }}
    """
    grid = "".join(f'<div class="f"><label>{p.h("ui_text", k)}</label><div class="v">{v}</div></div>' for k, v in fields)
    menu = "".join(f'<div>{p.h("ui_text", m)}</div>' for m in
                   ["Overview", "Personal information", "Payroll", "Benefits", "Documents", "Security"])
    body = f"""<div class="addr"><span>&#8592;</span><span>&#8594;</span><span>&#8635;</span>
      <div class="omni">{p.h('ui_text', url)}{p.s('credential', secret)}</div></div>
      <div class="banner">{p.s('classification', mark)}</div>
      <div class="nav"><b>{p.h('ui_text', r.choice(['Northwind HR', 'Contoso Payroll', 'Fabrikam Benefits']))}</b>
      <span class="sp"></span><span>{p.h('ui_text', 'Help')}</span><span>{p.s('person_name', who)}</span></div>
      <div class="wrap"><div class="menu">{menu}</div><div class="card">
      <h1>{p.h('ui_text', 'Personal information')}</h1>
      <div class="muted">{p.h('ui_text', 'Last updated')} {p.h('date', f"{r.choice(['Mar', 'Jun', 'Oct'])} {r.randint(1, 28)}, 2025")}</div>
      <div class="grid">{grid}</div>
      <div class="btns"><span class="btn">{p.h('ui_text', 'Save changes')}</span><span class="btn g">{p.h('ui_text', 'Cancel')}</span></div>
      </div></div>"""
    return css, body


def skp_system(p: Page, dark: bool, group: bool):
    """A performance system (e-Kinerja, SKP) in a browser: the employee's card in the sidebar (name, NIP,
    position), the appraiser beside the period, and the work plan."""
    r = p.rng
    system = r.choice(["e-Kinerja", "e-SKP", "SIKERJA", "e-Lapkin", "SIMKINERJA"])
    who, boss = p.name(titled=r.random() < 0.4), p.name(titled=True)
    host = r.choice(["kinerja", "eskp", "skp"]) + "." + r.choice(AGENCIES).split(".", 1)[1]
    plans = ["Tersusunnya laporan kinerja unit", "Terlaksananya verifikasi usulan mutasi", "Terkelolanya arsip dinamis",
             "Tersedianya data kepegawaian mutakhir", "Terselenggaranya rapat koordinasi"]
    rows = "".join(f"<tr><td>{k + 1}</td><td>{p.h('ui_text', pl)}</td><td>{r.randint(1, 12)} {p.h('ui_text', 'Laporan')}</td>"
                   f"<td>{p.h('ui_text', r.choice(['Sesuai', 'Di atas ekspektasi']))}</td></tr>"
                   for k, pl in enumerate(r.sample(plans, 4)))
    bg, fg, card, side = ("#0f1115", "#e5e7eb", "#1a1d23", "#14171c") if dark else ("#f4f6f8", "#1f2937", "#fff", "#fff")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14px; }}
    .tabs {{ background:#dee1e6; height:38px; display:flex; align-items:flex-end; padding-left:8px; }}
    .tab {{ background:#fff; border-radius:8px 8px 0 0; padding:9px 14px; width:240px; font-size:12.5px; color:#222;
            white-space:nowrap; overflow:hidden; }}
    .addr {{ background:#fff; height:40px; display:flex; align-items:center; padding:0 12px; gap:12px; color:#555; }}
    .omni {{ flex:1; background:#f1f3f4; border-radius:16px; padding:6px 16px; color:#222; }}
    .wrap {{ display:flex; }}
    .side {{ width:250px; background:{side}; min-height:700px; border-right:1px solid #8883; }}
    .prof {{ padding:18px 16px; text-align:center; border-bottom:1px solid #8883; line-height:1.5; }}
    .av {{ width:64px; height:64px; border-radius:50%; background:#94a3b8; margin:0 auto 8px; }}
    .prof .n {{ font-weight:700; }} .prof .s {{ font-size:12.5px; color:#888; }}
    .side .it {{ padding:9px 18px; }}
    .main {{ flex:1; padding:18px 22px; }}
    .card {{ background:{card}; border-radius:8px; padding:14px 18px; margin-bottom:14px; border:1px solid #8882; }}
    table {{ width:100%; border-collapse:collapse; }} th, td {{ text-align:left; padding:7px 8px; border-bottom:1px solid #8883; }}
    .kv td:first-child {{ width:200px; color:#888; }}
    """
    menu = "".join(f'<div class="it">{p.h("ui_text", m)}</div>' for m in
                   ["Dashboard", "SKP Tahunan", "Rencana Aksi", "Realisasi", "Penilaian Perilaku", "Cetak SKP"])
    position = r.choice(JOBS)
    body = f"""<div class="tabs"><div class="tab">{p.s('internal_system', system)} - {p.h('ui_text', 'Sasaran Kinerja Pegawai')}</div></div>
      <div class="addr"><span>&#8592;</span><span>&#8635;</span><div class="omni">{p.s('internal_url', 'https://' + host + '/skp/' + p.digits(5))}</div></div>
      <div class="wrap"><div class="side"><div class="prof"><div class="av"></div>
      <div class="n">{p.s('person_name', who)}</div><div class="s">{p.s('nip', p.nip())}</div>
      <div class="s">{p.h('ui_text', position)}</div></div>{menu}</div>
      <div class="main"><div style="font-size:20px;margin-bottom:12px">{p.h('ui_text', 'Sasaran Kinerja Pegawai')} {p.h('date', str(r.choice([2024, 2025])))}</div>
      <div class="card"><table class="kv">
      <tr><td>{p.h('ui_text', 'Pegawai yang Dinilai')}</td><td>{p.s('person_name', who)}</td></tr>
      <tr><td>{p.h('ui_text', 'NIP')}</td><td>{p.s('nip', p.nip())}</td></tr>
      <tr><td>{p.h('ui_text', 'Jabatan')}</td><td>{p.h('ui_text', position)}</td></tr>
      <tr><td>{p.h('ui_text', 'Pejabat Penilai')}</td><td>{p.s('person_name', boss)}</td></tr>
      <tr><td>{p.h('ui_text', 'Periode')}</td><td>{p.h('date', '1 Januari')} - {p.h('date', '31 Desember')}</td></tr></table></div>
      <div class="card"><table><tr><th>No</th><th>{p.h('ui_text', 'Rencana Hasil Kerja')}</th><th>Target</th><th>{p.h('ui_text', 'Predikat')}</th></tr>{rows}</table></div>
      </div></div>"""
    return css, body


def mail_inbox(p: Page, dark: bool, group: bool):
    """A web-mail inbox list: senders' names, subjects and the start of each message, with the account
    owner's address in the corner."""
    r = p.rng
    owner = p.name()
    rows = []
    snippets = [lambda: f"Berikut saya kirimkan NIK {p.s('nik', p.nik())} untuk pendaftaran",
                lambda: f"Mohon dihubungi di {p.s('phone', p.phone())} setelah jam kantor",
                lambda: "Terlampir undangan rapat koordinasi minggu depan",
                lambda: f"Rekening {r.choice(BANKS)} {p.s('bank_account', p.account())} untuk pencairan honor",
                lambda: "Please find attached the signed agreement",
                lambda: "Dengan hormat, bersama ini kami sampaikan",
                lambda: f"Password sementara Anda: {p.s('credential', p.password())}"]
    subjects = ["Data pegawai usulan mutasi", "Undangan Rapat", "Pencairan honor kegiatan", "Re: Berkas SKP",
                "Fwd: Surat Tugas", "Meeting notes", "Akun baru", "Konfirmasi pendaftaran"]
    for k in range(9):
        sender = r.random()
        if sender < 0.65:
            who = p.s("person_name", p.name())
        elif sender < 0.8:
            who = p.s("email", p.email(p.name()))
        else:
            who = p.h("ui_text", r.choice(["BKN", "Tokopedia", "LinkedIn", "Google", "noreply", "Biro Umum"]))
        subject = r.choice(subjects)
        if r.random() < 0.15:
            subject = f"[{p.s('classification', r.choice(['RAHASIA', 'SANGAT RAHASIA', 'TERBATAS']))}] {subject}"
        else:
            subject = p.h("ui_text", subject)
        unread = " u" if r.random() < 0.4 else ""
        rows.append(f'<div class="r{unread}"><span class="ck"></span><span class="fr">{who}</span>'
                    f'<span class="sj">{subject} <span class="sn">- {r.choice(snippets)()}</span></span>'
                    f'<span class="dt">{p.h("date", p.date()[:6]) if r.random() < 0.6 else p.h("time", p.time())}</span></div>')
    bg, fg, line, muted = ("#1f1f1f", "#e3e3e3", "#333", "#9aa0a6") if dark else ("#f6f8fc", "#1f1f1f", "#e5e7eb", "#5f6368")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14px; }}
    .top {{ height:60px; display:flex; align-items:center; gap:18px; padding:0 18px; }}
    .srch {{ flex:1; max-width:700px; background:{'#2d2f31' if dark else '#e9eef6'}; border-radius:24px; padding:11px 20px; color:{muted}; }}
    .sp {{ flex:1; }} .acct {{ color:{muted}; font-size:12.5px; }}
    .av {{ width:32px; height:32px; border-radius:50%; background:#f59e0b; }}
    .wrap {{ display:flex; }} .side {{ width:220px; padding:8px 10px; }}
    .side div {{ padding:7px 14px; border-radius:16px; }}
    .list {{ flex:1; background:{'#121212' if dark else '#fff'}; border-radius:14px; margin-right:14px; overflow:hidden; }}
    .r {{ display:flex; align-items:center; gap:12px; padding:0 14px; height:40px; border-bottom:1px solid {line};
          white-space:nowrap; }}
    .r.u {{ font-weight:700; }} .ck {{ width:14px; height:14px; border:2px solid #8888; border-radius:2px; flex:none; }}
    .fr {{ width:190px; overflow:hidden; text-overflow:ellipsis; flex:none; }}
    .sj {{ flex:1; overflow:hidden; text-overflow:ellipsis; }} .sn {{ color:{muted}; font-weight:400; }}
    .dt {{ width:60px; text-align:right; font-size:12.5px; flex:none; }}
    """
    menu = "".join(f'<div>{p.h("ui_text", m)}</div>' for m in ["Kotak Masuk", "Berbintang", "Ditunda", "Terkirim", "Draf"])
    body = f"""<div class="top"><b style="font-size:20px">{p.h('ui_text', 'Mail')}</b>
      <div class="srch">{p.h('ui_text', 'Telusuri email')}</div><span class="sp"></span>
      <span class="acct">{p.s('email', p.email(owner))}</span><div class="av"></div></div>
      <div class="wrap"><div class="side">{menu}</div><div class="list">{''.join(rows)}</div></div>"""
    return css, body


def sheet_staff(p: Page, dark: bool, group: bool):
    """A spreadsheet of staff in a browser (Google Sheets, Excel Online): the formula bar shows the chosen
    cell, grey column letters and row numbers frame the grid, long cells are clipped by the next one."""
    r = p.rng
    headers = ["No", "Nama", "NIK", "NIP", "Jabatan", "No. HP", "Alamat"]
    body_rows = []
    first_nik = None
    for k in range(12):
        kel, kec, city = r.choice(PLACES)
        nik = p.nik()
        first_nik = first_nik or nik
        cells = [p.h("count", str(k + 1)), p.s("person_name", p.name(titled=r.random() < 0.2)), p.s("nik", nik),
                 p.s("nip", p.nip()), p.h("ui_text", r.choice(JOBS)), p.s("phone", p.phone().replace("-", "")),
                 p.s("address", f"{r.choice(STREETS)} No. {r.randint(1, 99)} {kel}")]
        body_rows.append(f"<tr><th>{k + 2}</th>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    letters = "".join(f"<th>{c}</th>" for c in "ABCDEFG")
    head = "<tr><th>1</th>" + "".join(f"<td class='h'>{p.h('ui_text', h)}</td>" for h in headers) + "</tr>"
    grid_bg, fg, frame = ("#1e1e1e", "#e8eaed", "#2a2a2a") if dark else ("#fff", "#202124", "#f8f9fa")
    css = BASE_CSS + f"""
    body {{ background:{grid_bg}; color:{fg}; font-family:{_font(p)}; font-size:13px; }}
    .menu {{ height:56px; display:flex; align-items:center; gap:14px; padding:0 14px; background:{frame}; }}
    .doc {{ font-size:17px; }} .mi {{ font-size:13px; color:#888; margin-right:10px; }}
    .fx {{ height:30px; display:flex; align-items:center; border-top:1px solid #8884; border-bottom:1px solid #8884; }}
    .fx .ref {{ width:90px; padding-left:10px; border-right:1px solid #8884; }} .fx .v {{ padding-left:10px; }}
    table {{ border-collapse:collapse; table-layout:fixed; width:1202px; }}
    th {{ background:{frame}; color:#888; font-weight:400; font-size:11.5px; border:1px solid #8884; height:22px; }}
    tr th:first-child {{ width:38px; }}
    td {{ border:1px solid #8883; padding:2px 4px; height:23px; white-space:nowrap; overflow:hidden; max-width:0; }}
    td.h {{ font-weight:700; }}
    col.a {{ width:34px; }} col.b {{ width:190px; }} col.c {{ width:150px; }} col.d {{ width:170px; }}
    col.e {{ width:170px; }} col.f {{ width:150px; }} col.g {{ width:250px; }}
    .tabs {{ position:fixed; bottom:0; left:0; right:0; height:36px; background:{frame}; display:flex; gap:16px;
             align-items:center; padding:0 50px; border-top:1px solid #8884; }}
    """
    title = r.choice(["Data Pegawai 2025", "Rekap ASN Bidang", "Daftar Peserta Bimtek", "DUK Pegawai"])
    body = f"""<div class="menu"><div><div class="doc">{p.h('ui_text', title)}</div>
      <div>{''.join(f'<span class="mi">{p.h("ui_text", m)}</span>' for m in ['File', 'Edit', 'Lihat', 'Sisipkan', 'Format', 'Data'])}</div></div></div>
      <div class="fx"><span class="ref">{p.h('ui_text', 'C2')}</span><span class="v">{p.s('nik', first_nik)}</span></div>
      <table><colgroup><col style="width:38px"><col class="a"><col class="b"><col class="c"><col class="d"><col class="e">
      <col class="f"><col class="g"></colgroup><tr><th></th>{letters}</tr>{head}{''.join(body_rows)}</table>
      <div class="tabs"><span>{p.h('ui_text', 'Sheet1')}</span><span>{p.h('ui_text', 'Rekap')}</span></div>"""
    return css, body


def wa_desktop_list(p: Page, dark: bool, group: bool):
    """WhatsApp on the desktop: the chat list (contacts by name or by number, the last message with its
    sender in groups) beside an open one-to-one chat."""
    r = p.rng
    contact = p.name()
    previews = [lambda: "Oke siap", lambda: "Terima kasih banyak", lambda: "&#128247; Foto",
                lambda: f"NIK nya {p.s('nik', p.nik())}", lambda: f"No rek {p.s('bank_account', p.account())}",
                lambda: "Besok jam 8 ya", lambda: f"Hubungi {p.s('phone', p.phone())}", lambda: "Baik bu"]
    items = []
    for k in range(8):
        kind = r.random()
        if kind < 0.55:
            title = p.s("person_name", p.name() if r.random() < 0.7 else p.name().split()[0])
            sender = ""
        elif kind < 0.75:
            title = p.s("phone", p.phone())
            sender = ""
        else:
            title = p.h("ui_text", r.choice(["Grup Bidang Umum", "Keluarga Besar", "ASN Kecamatan", "Info Dinas"]))
            sender = f"{p.s('person_name', p.name().split()[0])}: "
        items.append(f'<div class="it"><div class="av"></div><div class="tx"><div class="t1"><span class="nm">{title}</span>'
                     f'<span class="tm">{p.h("time", p.time())}</span></div><div class="pv">{sender}{r.choice(previews)()}</div></div></div>')
    msgs = [f"Selamat pagi pak, saya {p.s('person_name', p.name())} dari bagian umum",
            f"Bisa kirim ke {p.s('email', p.email(contact))}?",
            f"Nomor saya yang baru {p.s('phone', p.phone())}",
            "Siap, nanti sore saya kirim",
            f"Alamatnya {p.s('address', p.address())}"]
    bubbles = "".join(f'<div class="b {"o" if k % 2 else "i"}">{m}<span class="t">{p.h("time", p.time())}</span></div>'
                      for k, m in enumerate(r.sample(msgs, 4)))
    bg, fg, pane, chat, inc, out, muted = (("#111b21", "#e9edef", "#111b21", "#0b141a", "#202c33", "#005c4b", "#8696a0")
                                           if dark else ("#fff", "#111b21", "#fff", "#efeae2", "#fff", "#d9fdd3", "#667781"))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14.5px; display:flex; height:100vh; }}
    .left {{ width:420px; background:{pane}; border-right:1px solid #8883; }}
    .hd {{ height:60px; display:flex; align-items:center; padding:0 16px; font-size:21px; font-weight:700; }}
    .sr {{ margin:0 12px 8px; background:{'#202c33' if dark else '#f0f2f5'}; border-radius:8px; padding:8px 14px; color:{muted}; }}
    .it {{ display:flex; gap:12px; padding:0 14px; height:70px; align-items:center; }}
    .av {{ width:46px; height:46px; border-radius:50%; background:#8aa; flex:none; }}
    .tx {{ flex:1; border-bottom:1px solid #8882; height:70px; display:flex; flex-direction:column; justify-content:center; min-width:0; }}
    .t1 {{ display:flex; justify-content:space-between; }} .nm {{ font-size:16px; }}
    .tm {{ font-size:12px; color:{muted}; }} .pv {{ color:{muted}; white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }}
    .right {{ flex:1; background:{chat}; display:flex; flex-direction:column; }}
    .ch {{ height:60px; background:{'#202c33' if dark else '#f0f2f5'}; display:flex; align-items:center; gap:12px; padding:0 16px; }}
    .msgs {{ padding:16px 60px; display:flex; flex-direction:column; gap:8px; }}
    .b {{ max-width:65%; padding:6px 9px; border-radius:8px; line-height:1.4; }}
    .i {{ background:{inc}; align-self:flex-start; }} .o {{ background:{out}; align-self:flex-end; }}
    .t {{ font-size:11px; color:{muted}; margin-left:10px; }}
    """
    body = f"""<div class="left"><div class="hd">{p.h('ui_text', 'Chat')}</div><div class="sr">{p.h('ui_text', 'Cari atau mulai chat baru')}</div>
      {''.join(items)}</div><div class="right"><div class="ch"><div class="av" style="width:40px;height:40px"></div>
      <span>{p.s('person_name', contact)}</span></div><div class="msgs">{bubbles}</div></div>"""
    return css, body


def receipt_large_font(p: Page, dark: bool, group: bool):
    """A bank's transfer receipt on a phone whose font scale is 150 %: long names and labels wrap, values
    drop under their labels or onto two lines."""
    r = p.rng
    bank = r.choice(BANKS)
    payee = p.name().upper() if r.random() < 0.7 else p.name()
    sender = p.name().upper()
    rows = [
        (r.choice(["Nama Penerima", "Penerima"]), p.s("person_name", payee)),
        (r.choice(["No. Rek. Tujuan", "Rekening Tujuan", "Ke Rekening", "No Rekening"]), p.s("bank_account", p.account())),
        ("Bank", p.h("ui_text", r.choice(["BANK RAKYAT INDONESIA", "BANK CENTRAL ASIA", "BANK SYARIAH INDONESIA"]))),
        (r.choice(["Nama Pengirim", "Dari"]), p.s("person_name", sender)),
        (r.choice(["Rekening Sumber", "Dari Rekening", "No. Rek"]), p.s("bank_account", p.account())),
        ("Jumlah", p.h("price", p.price())),
        ("Keterangan", p.h("ui_text", r.choice(["Pembayaran", "Transfer", "bayar iuran"]))),
        ("No. Ref", p.h("reference_no", p.digits(r.choice([12, 14])))),
        ("Tanggal", f"{p.h('date', p.date())} {p.h('time', p.time())}"),
    ]
    stacked = r.random() < 0.5
    bg, fg, card, muted = ("#111", "#eee", "#1d1d1d", "#9a9a9a") if dark else ("#eef1f5", "#161616", "#fff", "#6b7280")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:21px; }}
    .hd {{ background:{r.choice(['#005e6a', '#003d79', '#f37021', '#00529c'])}; color:#fff; padding:18px; font-size:24px; font-weight:700; }}
    .ok {{ text-align:center; padding:16px 0 4px; font-weight:700; color:#16a34a; }}
    .amt {{ text-align:center; font-size:33px; font-weight:800; padding-bottom:8px; }}
    .card {{ background:{card}; margin:10px; border-radius:12px; padding:4px 14px; }}
    .row {{ padding:10px 0; border-bottom:1px solid #8883; }}
    .row.lr {{ display:flex; justify-content:space-between; gap:14px; }}
    .l {{ color:{muted}; }} .lr .l {{ flex:none; max-width:45%; }} .lr .v {{ text-align:right; font-weight:600; }}
    .st .v {{ font-weight:600; margin-top:2px; }}
    """
    items = "".join(f'<div class="row {"st" if stacked else "lr"}"><div class="l">{p.h("ui_text", k)}</div>'
                    f'<div class="v">{v}</div></div>' for k, v in rows)
    body = f"""<div class="hd">{p.h('ui_text', bank)}</div><div class="ok">{p.h('ui_text', 'Transfer Berhasil')}</div>
      <div class="amt">{p.h('price', p.price())}</div><div class="card">{items}</div>"""
    return css, body


# ----------------------------------------------------------------------------- kinds written as a held-out proxy
# Pages people post that none of the kinds above draw: an e-wallet's transaction history (names and account
# numbers in every row, merchants and amounts public), a Telegram-like group chat on a desktop at 125-150 %
# scaling where addresses and passwords are typed in free text, a form's individual response (question over
# answer), and a national health-insurance app's member card and visit history.

MERCHANTS = ["Warung Makan Sederhana", "Indomaret Sukajadi", "Alfamart Cibaduyut", "Toko Berkah Jaya",
             "Apotek Kimia Farma", "Kopi Kenangan", "SPBU 34.401.02", "Bakso Pak Kumis", "Toko Bangunan Sinar Abadi"]
WALLETS = ["GoPay", "OVO", "DANA", "ShopeePay", "LinkAja"]
FACILITIES = ["Puskesmas Sukajadi", "Puskesmas Tegalrejo", "Klinik Pratama Husada", "dr. Praktik Mandiri Sejahtera",
              "Puskesmas Medan Kota"]
HOSPITALS = ["RSUD Kota Bandung", "RSUP Dr. Sardjito", "RS Islam Sultan Agung", "RSUD Dr. Pirngadi", "RS Bhayangkara"]
DIAGNOSES = ["Hipertensi esensial (I10)", "Diabetes melitus tipe 2 (E11.9)", "Dispepsia (K30)",
             "Infeksi saluran napas atas (J06.9)", "Gastroenteritis (A09)", "Asma (J45.9)"]


def _msisdn(p: Page) -> str:
    """A mobile number as e-wallets show it: 08xx-xxxx-xxxx, 08xxxxxxxxxx or +62 8xx xxxx xxxx."""
    r = p.rng
    body = f"8{r.choice('1235789')}{r.randint(1, 9)}{p.digits(4)}{p.digits(r.choice([3, 4]))}"
    return r.choice([f"0{body}", f"0{body[:3]}-{body[3:7]}-{body[7:]}", f"+62 {body[:3]} {body[3:7]} {body[7:]}",
                     f"62{body}"])


def _home(p: Page, casual: bool = False) -> str:
    """An address as people type it: street or housing estate, RT/RW in several spellings, village,
    district and city, sometimes a postal code; in chat often in lower case."""
    r = p.rng
    kel, kec, city = r.choice(PLACES)
    rt, rw = r.randint(1, 15), r.randint(1, 12)
    rtrw = r.choice([f"RT {rt:02d}/RW {rw:02d}", f"RT.{rt:03d}/RW.{rw:03d}", f"RT {rt} RW {rw}", f"rt {rt}/rw {rw}"])
    street = r.choice([f"{r.choice(STREETS)} No. {r.randint(1, 150)}", f"{r.choice(STREETS)} no {r.randint(1, 150)}",
                       f"Perum Bumi {r.choice(['Asri', 'Indah', 'Permai'])} Blok {r.choice('ABCDE')}{r.randint(1, 9)} No. {r.randint(1, 40)}",
                       f"Komplek {r.choice(['Griya', 'Taman', 'Villa'])} {r.choice(['Mas', 'Sari', 'Hijau'])} Blok {r.choice('ABCDE')}-{r.randint(1, 30)}"])
    parts = [street, rtrw, kel, kec, city]
    if r.random() < 0.4:
        parts.append(str(r.randint(10110, 99999)))
    text = ", ".join(parts) if r.random() < 0.7 else " ".join(parts)
    return text.lower() if casual and r.random() < 0.4 else text


def _secret(p: Page) -> str:
    """A password as staff set them: a word with digits and a symbol, an agency name with a year, leetspeak."""
    r = p.rng
    word = r.choice(WORDS + ["dinkes", "bappeda", "sekretariat", "admin", "operator", "kecamatan", "bidang"])
    return r.choice([f"{word.capitalize()}{r.randint(2019, 2026)}!", f"{word.lower()}{r.randint(100, 999)}",
                     f"{word.capitalize()}@{r.randint(10, 99)}#", word.replace("a", "@").replace("o", "0").capitalize()
                     + str(r.randint(1, 99)), f"{word.upper()}_{r.randint(2020, 2026)}"])


def ewallet_history(p: Page, dark: bool, group: bool):
    """A mobile-banking or e-wallet transaction history: the holder's account at the top, then rows grouped
    by day, each naming the other party (in capitals, or by phone number for wallet transfers) with the bank
    and account number under it; merchants, amounts and times are public."""
    r = p.rng
    holder = p.name().upper()
    app = r.choice(["BRImo", "Livin' by Mandiri", "BCA mobile", "BNI Mobile Banking", "DANA", "GoPay"])
    rows = []
    for day in range(3):
        rows.append(f'<div class="day">{p.h("date", p.date())}</div>')
        for _ in range(r.choice([2, 3])):
            kind = r.random()
            if kind < 0.35:
                title = f'{p.h("ui_text", r.choice(["Transfer ke", "Trf ke", "Kirim ke"]))} {p.s("person_name", p.name().upper())}'
                sub = f'{p.h("ui_text", r.choice(BANKS))} &bull; {p.s("bank_account", p.account())}'
                amount = "-" + p.price()
            elif kind < 0.6:
                title = f'{p.h("ui_text", r.choice(["Transfer dari", "Terima dari", "Dana masuk dari"]))} {p.s("person_name", p.name().upper())}'
                sub = (f'{p.h("ui_text", r.choice(WALLETS))} &bull; {p.s("phone", _msisdn(p))}' if r.random() < 0.5
                       else f'{p.h("ui_text", r.choice(BANKS))} &bull; {p.s("bank_account", p.account())}')
                amount = "+" + p.price()
            elif kind < 0.8:
                title = f'{p.h("ui_text", "QRIS")} {p.h("ui_text", r.choice(MERCHANTS))}'
                sub = f'{p.h("ui_text", "Ref")} {p.h("reference_no", p.digits(12))}'
                amount = "-" + p.price()
            else:
                title = p.h("ui_text", f"Top Up {r.choice(WALLETS)}")
                sub = p.s("phone", _msisdn(p))
                amount = "-" + p.price()
            rows.append(f'<div class="it"><div class="ic"></div><div class="tx"><div class="ti">{title}</div>'
                        f'<div class="sb">{sub}</div></div><div class="am {"in" if amount[0] == "+" else ""}">'
                        f'{p.h("price", amount)}<div class="tm">{p.h("time", p.time())}</div></div></div>')
    bg, fg, card, muted = ("#0f1115", "#e8eaed", "#1a1d23", "#9aa0a6") if dark else ("#f4f6f8", "#1b1f24", "#fff", "#6b7280")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14px; }}
    .hd {{ background:{r.choice(['#00529c', '#005e6a', '#118eea', '#00aa13'])}; color:#fff; padding:14px 16px 18px; }}
    .hd .t {{ font-size:18px; font-weight:600; margin-bottom:12px; }}
    .acct {{ background:#ffffff22; border-radius:10px; padding:10px 12px; line-height:1.45; }}
    .flt {{ display:flex; gap:8px; padding:10px 12px; }} .flt > span {{ border:1px solid #8886; border-radius:14px; padding:3px 10px; font-size:12.5px; }}
    .day {{ padding:10px 16px 4px; color:{muted}; font-size:12.5px; font-weight:600; }}
    .it {{ display:flex; gap:10px; align-items:center; background:{card}; padding:10px 14px; border-bottom:1px solid #8882; }}
    .ic {{ width:34px; height:34px; border-radius:50%; background:#cbd5e1; flex:none; }}
    .tx {{ flex:1; min-width:0; }} .ti {{ font-weight:600; }} .sb {{ color:{muted}; font-size:12.5px; margin-top:2px; }}
    .am {{ text-align:right; font-weight:600; white-space:nowrap; }} .am.in {{ color:#16a34a; }}
    .tm {{ color:{muted}; font-size:11.5px; font-weight:400; }}
    """
    acct_line = (p.s("phone", _msisdn(p)) if app in ("DANA", "GoPay") else
                 f'{p.h("ui_text", r.choice(["Tabungan", "Rekening Utama", "TabunganKu"]))} {p.s("bank_account", p.account())}')
    body = f"""<div class="hd"><div class="t">{p.h('ui_text', r.choice(['Riwayat Transaksi', 'Mutasi Rekening', 'Aktivitas']))}</div>
      <div class="acct"><div>{p.h('ui_text', app)}</div><div><b>{p.s('person_name', holder)}</b></div><div>{acct_line}</div></div></div>
      <div class="flt"><span>{p.h('ui_text', 'Semua')}</span><span>{p.h('ui_text', 'Masuk')}</span><span>{p.h('ui_text', 'Keluar')}</span>
      <span>{p.h('ui_text', '30 hari terakhir')}</span></div>{''.join(rows)}"""
    return css, body


def telegram_group(p: Page, dark: bool, group: bool):
    """A Telegram-like group chat on a desktop at 125-150 % scaling: coloured sender names, a reply that
    quotes an earlier message, a forwarded message, and addresses and credentials typed in free text."""
    r = p.rng
    members = [p.name() for _ in range(5)]
    sysname = p.system()
    user = p.name().split()[0].lower() + r.choice(["", ".", "_"]) + str(r.randint(1, 99))
    texts = [
        lambda: f"alamat kantor sementara pindah ke {p.s('address', _home(p))} mulai senin ya",
        lambda: f"Paket tolong dikirim ke rumah saya saja: {p.s('address', _home(p, casual=True))}",
        lambda: f"login {p.s('internal_system', sysname)} pakai {p.i('username', user)} / {p.s('credential', _secret(p))}",
        lambda: f"password email dinas sementara {p.s('credential', _secret(p))} nanti diganti sendiri",
        lambda: f"wifi aula: {p.i('ssid', r.choice(['AULA_LT2', 'Dinas-Guest', 'SEKRE 5G']))} pass {p.s('credential', _secret(p))}",
        lambda: f"user: {p.i('username', user)}<br>pass: {p.s('credential', _secret(p))}",
        lambda: "Baik pak, segera saya laksanakan",
        lambda: f"Yang belum kumpul laporan: {p.s('person_name', r.choice(members))} dan {p.s('person_name', r.choice(members))}",
        lambda: f"hubungi Pak {p.s('person_name', r.choice(members).split()[0])}",
        lambda: f"Rapat dipindah ke {p.h('ui_text', 'Ruang Rapat Lt. 3')} jam {p.h('time', p.time())}",
        lambda: f"kalau ada kendala WA ke {p.s('phone', _msisdn(p))}",
    ]
    colors = ["#e17076", "#7bc862", "#65aadd", "#a695e7", "#ee7aae", "#6ec9cb", "#faa774"]
    msgs = []
    for k, make in enumerate(r.sample(texts, 7)):
        who = r.choice(members)
        extra = ""
        if k == 2:
            quoted = r.choice(members)
            extra = (f'<div class="rp"><div style="color:{r.choice(colors)}">{p.s("person_name", quoted)}</div>'
                     f'<div class="q">{p.h("ui_text", r.choice(["Pak, akunnya apa ya?", "Alamatnya di mana bu?", "Sudah dikirim?"]))}</div></div>')
        if k == 4:
            extra = f'<div class="fw">{p.h("ui_text", "Diteruskan dari")} {p.s("person_name", r.choice(members))}</div>'
        msgs.append(f'<div class="m"><div class="av" style="background:{r.choice(colors)}"></div><div class="b">'
                    f'<div class="sn" style="color:{r.choice(colors)}">{p.s("person_name", who)}</div>{extra}'
                    f'<div>{make()}</div><div class="t">{p.h("time", p.time())}</div></div></div>')
    chats = "".join(f'<div class="c"><div class="av"></div><div><div class="cn">{p.h("ui_text", g)}</div>'
                    f'<div class="cp">{p.h("ui_text", r.choice(["Foto", "Stiker", "ok siap", "Dokumen"]))}</div></div></div>'
                    for g in r.sample(["Info Kepegawaian", "Panitia HUT RI", "Bidang Anggaran", "Musrenbang 2025",
                                       "Operator SIMPEG", "Arisan Kantor"], 5))
    bg, fg, pane, bub, muted = (("#0e1621", "#f5f5f5", "#17212b", "#182533", "#6d7f8f") if dark
                                else ("#e6ebee", "#000", "#fff", "#fff", "#707579"))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14px; display:flex; height:100vh; }}
    .left {{ width:300px; background:{pane}; border-right:1px solid #8883; }}
    .sr {{ margin:10px; background:{'#242f3d' if dark else '#f1f1f1'}; border-radius:16px; padding:7px 14px; color:{muted}; }}
    .c {{ display:flex; gap:10px; padding:8px 12px; align-items:center; }} .c .av {{ width:44px; height:44px; border-radius:50%; background:#8ab; }}
    .cn {{ font-weight:600; }} .cp {{ color:{muted}; font-size:13px; }}
    .right {{ flex:1; display:flex; flex-direction:column; }}
    .top {{ background:{pane}; padding:8px 16px; border-bottom:1px solid #8883; }} .top .s {{ color:{muted}; font-size:13px; }}
    .msgs {{ padding:10px 18px; display:flex; flex-direction:column; gap:8px; }}
    .m {{ display:flex; gap:8px; align-items:flex-end; }} .m .av {{ width:34px; height:34px; border-radius:50%; flex:none; }}
    .b {{ background:{bub}; border-radius:12px; padding:6px 10px; max-width:560px; line-height:1.4; overflow-wrap:anywhere; }}
    .sn {{ font-weight:600; font-size:13.5px; }} .t {{ color:{muted}; font-size:11.5px; text-align:right; }}
    .rp {{ border-left:2px solid #4fa3e0; padding-left:7px; margin:2px 0 4px; font-size:13px; }} .q {{ color:{muted}; }}
    .fw {{ color:#4fa3e0; font-size:13px; }}
    """
    title = r.choice(["Panitia Musrenbang 2025", "Operator SIMPEG", "Bidang Anggaran", "Info Kepegawaian"])
    body = f"""<div class="left"><div class="sr">{p.h('ui_text', 'Search')}</div>{chats}</div>
      <div class="right"><div class="top"><div><b>{p.h('ui_text', title)}</b></div>
      <div class="s">{p.h('count', f"{r.randint(12, 240)} members")}</div></div><div class="msgs">{''.join(msgs)}</div></div>"""
    return css, body


def form_response(p: Page, dark: bool, group: bool):
    """One response of an online form (Google-Forms-like) opened from its Responses tab: the responder's
    e-mail at the top, then each question over its answer; the questions and choices are public."""
    r = p.rng
    name = p.name()
    kel, kec, city = r.choice(PLACES)
    title = r.choice(["Pendaftaran Bantuan UMKM 2025", "Pendataan Calon Penerima BLT Desa", "Formulir Peserta Bimtek",
                      "Pendaftaran Vaksinasi Lansia", "Data Relawan Posyandu"])
    questions = [
        (r.choice(["Nama Lengkap", "Nama lengkap (sesuai KTP)", "Nama"]), p.s("person_name", name if r.random() < 0.6 else name.upper())),
        (r.choice(["NIK", "NIK (16 digit)", "Nomor Induk Kependudukan"]), p.s("nik", p.nik())),
        (r.choice(["Nomor WhatsApp", "No. HP/WA aktif", "Nomor HP"]), p.s("phone", _msisdn(p))),
        (r.choice(["Alamat Lengkap", "Alamat domisili", "Alamat (sesuai KTP)"]), p.s("address", _home(p))),
        (r.choice(["Tanggal Lahir", "Tanggal lahir"]), p.s("birth_date", f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1955, 2002)}")),
        (r.choice(["Jenis Usaha", "Pekerjaan"]), p.h("ui_text", r.choice(["Kuliner", "Petani", "Pedagang", "Ibu Rumah Tangga", "Jasa"]))),
        (r.choice(["Kecamatan", "Kecamatan domisili"]), p.h("ui_text", kec.replace("Kec. ", ""))),
    ]
    if r.random() < 0.5:
        questions.insert(3, ("Nomor KK", p.s("kk", p.nik())))
    cards = "".join(f'<div class="q"><div class="qt">{p.h("ui_text", q)} <span class="rq">*</span></div>'
                    f'<div class="an">{a}</div></div>' for q, a in questions)
    bg, fg, card, muted, accent = (("#1f1f1f", "#e3e3e3", "#2d2e30", "#9aa0a6", "#a58ce6") if dark
                                   else ("#f0ebf8", "#202124", "#fff", "#5f6368", "#673ab7"))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14px; }}
    .bar {{ background:{card}; height:56px; display:flex; align-items:center; padding:0 20px; gap:14px; border-bottom:1px solid #8883; }}
    .bar .sp {{ flex:1; }} .tabs {{ display:flex; justify-content:center; gap:28px; background:{card}; padding-bottom:8px; }}
    .tabs .on {{ color:{accent}; border-bottom:3px solid {accent}; padding-bottom:6px; }}
    .col {{ width:720px; margin:14px auto; }}
    .card {{ background:{card}; border-radius:8px; padding:16px 22px; margin-bottom:12px; border:1px solid #8883; }}
    .nav {{ display:flex; align-items:center; gap:14px; }} .top {{ border-top:8px solid {accent}; }}
    .q {{ background:{card}; border-radius:8px; padding:16px 22px; margin-bottom:10px; border:1px solid #8883; }}
    .qt {{ font-size:15px; margin-bottom:12px; }} .rq {{ color:#d93025; }}
    .an {{ border-bottom:1px dotted {muted}; padding-bottom:6px; width:70%; }}
    .muted {{ color:{muted}; font-size:12.5px; }}
    """
    total = r.randint(30, 400)
    body = f"""<div class="bar"><b style="font-size:18px">{p.h('ui_text', title)}</b><span class="sp"></span>
      <span>{p.h('ui_text', 'Kirim')}</span></div>
      <div class="tabs"><span>{p.h('ui_text', 'Pertanyaan')}</span><span class="on">{p.h('ui_text', 'Respons')} {p.h('count', str(total))}</span>
      <span>{p.h('ui_text', 'Setelan')}</span></div>
      <div class="col"><div class="card"><div class="nav"><span>{p.h('ui_text', 'Ringkasan')}</span><span>{p.h('ui_text', 'Pertanyaan')}</span>
      <span><b>{p.h('ui_text', 'Individual')}</b></span><span class="sp"></span>
      <span>&#8249; {p.h('count', str(r.randint(1, total)))} {p.h('ui_text', 'dari')} {p.h('count', str(total))} &#8250;</span></div></div>
      <div class="card top"><div>{p.h('ui_text', title)}</div><div class="muted">{p.s('email', p.email(name))}</div>
      <div class="muted">{p.h('ui_text', 'Dikirim')} {p.h('date', p.date())} {p.h('time', p.time())}</div></div>
      {cards}</div>"""
    return css, body


def health_app(p: Page, dark: bool, group: bool):
    """A national health-insurance app on a phone: the member card (card number, NIK, birth date, first-level
    facility), family members on the same card, and the visit history with hospital and diagnosis."""
    r = p.rng
    holder = p.name()
    card_no = "000" + p.digits(10)
    family = []
    for rel in r.sample(["Istri", "Suami", "Anak", "Anak"], 2):
        family.append(f'<div class="fm"><div><b>{p.s("person_name", p.name().upper())}</b></div>'
                      f'<div class="mu">{p.h("ui_text", rel)} &bull; {p.s("bpjs", "000" + p.digits(10))}</div>'
                      f'<div class="mu">{p.h("ui_text", "Status")}: {p.h("ui_text", r.choice(["Aktif", "Tidak Aktif"]))}</div></div>')
    visits = "".join(f'<div class="vs"><div class="mu">{p.h("date", p.date())}</div><div><b>{p.h("ui_text", r.choice(HOSPITALS))}</b></div>'
                     f'<div>{p.h("ui_text", r.choice(["Poli Penyakit Dalam", "Poli Umum", "Poli Jantung", "IGD"]))}</div>'
                     f'<div class="mu">{p.h("ui_text", "Diagnosa")}: {p.s("medical", r.choice(DIAGNOSES))}</div></div>'
                     for _ in range(2))
    born = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(1955, 2000)}"
    fields = [("No. Kartu", p.s("bpjs", card_no)), ("NIK", p.s("nik", p.nik())), ("Tgl. Lahir", p.s("birth_date", born)),
              ("Faskes Tingkat 1", p.s("medical", r.choice(FACILITIES))),
              ("Kelas", p.h("ui_text", r.choice(["Kelas 1", "Kelas 2", "Kelas 3"]))),
              ("Segmen", p.h("ui_text", r.choice(["PPU - PNS Daerah", "PBI APBN", "PBPU Mandiri"])))]
    rows = "".join(f'<div class="kv"><span class="mu">{p.h("ui_text", k)}</span><span>{v}</span></div>' for k, v in fields)
    bg, fg, card, muted = ("#0f1412", "#e7ece9", "#1a211d", "#98a39c") if dark else ("#eef5f1", "#17201b", "#fff", "#66756c")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14px; }}
    .hd {{ background:#00a651; color:#fff; padding:14px 16px; font-size:17px; font-weight:600; }}
    .kt {{ margin:12px; border-radius:12px; padding:14px; color:#fff; background:linear-gradient(135deg,#0b7a3e,#17a865); line-height:1.5; }}
    .kt .nm {{ font-size:17px; font-weight:700; }}
    .kv {{ display:flex; justify-content:space-between; gap:10px; padding:6px 0; border-bottom:1px solid #8882; }}
    .sec {{ background:{card}; margin:12px; border-radius:10px; padding:10px 14px; }}
    .sec h3 {{ font-size:15px; margin-bottom:6px; }} .mu {{ color:{muted}; font-size:12.5px; }}
    .fm, .vs {{ padding:8px 0; border-bottom:1px solid #8882; line-height:1.4; }}
    """
    body = f"""<div class="hd">{p.h('ui_text', 'Kartu Peserta')}</div>
      <div class="kt"><div>{p.h('ui_text', 'KARTU INDONESIA SEHAT')}</div><div class="nm">{p.s('person_name', holder.upper())}</div>
      <div>{p.s('bpjs', ' '.join([card_no[:4], card_no[4:8], card_no[8:]]))}</div></div>
      <div class="sec">{rows}</div>
      <div class="sec"><h3>{p.h('ui_text', 'Anggota Keluarga')}</h3>{''.join(family)}</div>
      <div class="sec"><h3>{p.h('ui_text', 'Riwayat Pelayanan')}</h3>{visits}</div>"""
    return css, body


# ----------------------------------------------------------------------------- a second held-out proxy
# More pages civil servants post, written without looking at how the engine reads them: the SKP appraisal
# form of a performance system (the appraised employee beside the appraiser, rank and unit in rows, coloured
# rating chips), a salary slip opened in a browser's PDF viewer (the file named after the NIP, a serif
# page, earnings and deductions, the treasurer's signature), WhatsApp on the desktop with a contact's info
# panel open (phone and about in light grey, common groups, block and report buttons naming the contact),
# and an English e-mail thread whose signature blocks carry mobile numbers and addresses.

RANKS = ["Pengatur / II.c", "Penata Muda / III.a", "Penata Muda Tk. I / III.b", "Penata / III.c",
         "Penata Tk. I / III.d", "Pembina / IV.a", "Pembina Tk. I / IV.b"]
UNITS = ["Bidang Pengembangan SDM", "Subbagian Umum dan Kepegawaian", "Bidang Anggaran", "Seksi Pelayanan Kesehatan",
         "Bagian Organisasi", "Bidang Mutasi dan Promosi"]
ABOUTS = ["Sibuk", "Hanya WA penting", "Di kantor", "Alhamdulillah", "Slow respon jam kerja", "Available",
          "Tetap semangat!", "Rapat"]


def skp_appraisal(p: Page, dark: bool, group: bool):
    """An e-Kinerja appraisal (Evaluasi SKP) page: the signed-in user with their NIP in the top bar, then the
    form's two columns, the appraised employee beside the appraiser (name, NIP, rank, position, unit), the
    ratings as coloured chips, and the appraiser's note."""
    r = p.rng
    system = r.choice(["e-Kinerja", "e-Kinerja BKN", "SIMPEG Kinerja", "e-SKP"])
    user, boss = p.name(titled=r.random() < 0.5), p.name(titled=True)
    user_nip = p.nip()
    rows = [("NAMA", p.s("person_name", user.upper() if r.random() < 0.5 else user), p.s("person_name", boss)),
            ("NIP", p.s("nip", user_nip), p.s("nip", p.nip())),
            ("PANGKAT / GOL. RUANG", p.i("rank", r.choice(RANKS)), p.i("rank", r.choice(RANKS[3:]))),
            ("JABATAN", p.h("ui_text", r.choice(JOBS)), p.h("ui_text", r.choice(["Kepala Bidang", "Sekretaris", "Kepala Bagian"]))),
            ("UNIT KERJA", p.h("ui_text", r.choice(UNITS)), p.h("ui_text", r.choice(UNITS)))]
    form = "".join(f"<tr><td class='n'>{k + 1}</td><td class='k'>{p.h('ui_text', lab)}</td><td>{a}</td>"
                   f"<td class='n'>{k + 1}</td><td class='k'>{p.h('ui_text', lab)}</td><td>{b}</td></tr>"
                   for k, (lab, a, b) in enumerate(rows))
    chips = {"Di Atas Ekspektasi": "#16a34a", "Sesuai Ekspektasi": "#2563eb", "Di Bawah Ekspektasi": "#dc2626"}
    rating = "".join(f"<tr><td>{p.h('ui_text', what)}</td><td><span class='chip' style='background:{chips[c]}'>"
                     f"{p.h('ui_text', c)}</span></td></tr>"
                     for what, c in [("Rating Hasil Kerja", r.choice(list(chips))),
                                     ("Rating Perilaku Kerja", r.choice(list(chips)))])
    bg, fg, card, muted = ("#12151a", "#e4e7eb", "#1b1f26", "#8b95a1") if dark else ("#eef1f5", "#1f2933", "#fff", "#7b8794")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:13.5px; }}
    .top {{ height:58px; background:{'#1b1f26' if dark else '#fff'}; display:flex; align-items:center; gap:14px;
            padding:0 22px; border-bottom:1px solid #8883; }}
    .top .sp {{ flex:1; }} .av {{ width:36px; height:36px; border-radius:50%; background:#f4a261; }}
    .who {{ line-height:1.3; }} .who .s {{ color:{muted}; font-size:12px; }}
    .logo {{ font-weight:800; font-size:18px; color:#0e7490; }}
    .crumb {{ padding:12px 24px; color:{muted}; font-size:12.5px; }}
    .card {{ background:{card}; margin:0 24px 16px; border-radius:8px; padding:16px 20px; border:1px solid #8882; }}
    h2 {{ font-size:17px; font-weight:600; margin-bottom:12px; }}
    table {{ border-collapse:collapse; width:100%; }}
    .form td, .form th {{ border:1px solid #8885; padding:6px 8px; text-align:left; }}
    .form th {{ background:{'#243040' if dark else '#e8f1f8'}; font-size:12.5px; }}
    .form td.n {{ width:28px; text-align:center; }} .form td.k {{ width:150px; color:{muted}; font-size:12.5px; }}
    .rate td {{ padding:8px 4px; border-bottom:1px solid #8882; }}
    .chip {{ color:#fff; border-radius:12px; padding:3px 10px; font-size:12px; font-weight:600; }}
    .note {{ border:1px solid #8884; border-radius:6px; padding:10px; min-height:60px; line-height:1.5; }}
    .btn {{ display:inline-block; padding:7px 14px; border-radius:6px; background:#0e7490; color:#fff; margin-right:8px; }}
    """
    period = f"{p.h('date', '1 Januari ' + str(r.choice([2024, 2025])))} s.d. {p.h('date', '31 Desember')}"
    body = f"""<div class="top"><span class="logo">{p.s('internal_system', system)}</span>
      <span>{p.h('ui_text', 'Dashboard')}</span><span>{p.h('ui_text', 'SKP')}</span><span>{p.h('ui_text', 'Evaluasi')}</span>
      <span class="sp"></span><span>&#128276;</span><div class="av"></div>
      <div class="who"><div>{p.s('person_name', user)}</div><div class="s">{p.s('nip', user_nip)}</div></div></div>
      <div class="crumb">{p.h('ui_text', 'Beranda')} / {p.h('ui_text', 'Evaluasi Kinerja')} / {p.h('ui_text', 'Triwulan ' + r.choice(['I', 'II', 'III', 'IV']))}</div>
      <div class="card"><h2>{p.h('ui_text', 'Evaluasi Kinerja Pegawai')}</h2><div style="margin-bottom:10px">{p.h('ui_text', 'Periode')}: {period}</div>
      <table class="form"><tr><th>{p.h('ui_text', 'NO')}</th><th colspan="2">{p.h('ui_text', 'PEGAWAI YANG DINILAI')}</th>
      <th>{p.h('ui_text', 'NO')}</th><th colspan="2">{p.h('ui_text', 'PEJABAT PENILAI KINERJA')}</th></tr>{form}</table></div>
      <div class="card"><table class="rate">{rating}</table>
      <div style="margin:12px 0 6px;color:{muted}">{p.h('ui_text', 'Catatan Pejabat Penilai')}</div>
      <div class="note">{p.h('ui_text', r.choice(['Pertahankan kinerja dan tingkatkan ketepatan waktu laporan.', 'Perlu peningkatan koordinasi dengan tim.', 'Kinerja baik.']))}</div>
      <div style="margin-top:12px"><span class="btn">{p.h('ui_text', 'Simpan')}</span><span class="btn" style="background:#64748b">{p.h('ui_text', 'Kembali')}</span></div></div>"""
    return css, body


def salary_slip(p: Page, dark: bool, group: bool):
    """A civil servant's salary slip opened in a browser's PDF viewer: the file named after the NIP in the
    dark toolbar, a serif page with the employee's particulars in two columns (name, NIP, rank, NPWP, the
    bank account the salary goes to), earnings and deductions, and the treasurer who signs it."""
    r = p.rng
    who, treasurer = p.name(titled=r.random() < 0.3), p.name(titled=r.random() < 0.5)
    nip = p.nip()
    kab = r.choice(["KABUPATEN MAGELANG", "KOTA MEDAN", "KABUPATEN BANTUL", "KOTA MAKASSAR", "KABUPATEN BONDOWOSO"])
    month = r.choice(["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"])
    npwp = "{}.{}.{}.{}-{}.{}".format(p.digits(2), p.digits(3), p.digits(3), p.digits(1), p.digits(3), p.digits(3))
    left = [("Nama", p.s("person_name", who.upper() if r.random() < 0.6 else who)), ("NIP", p.s("nip", nip)),
            ("Pangkat/Gol", p.i("rank", r.choice(RANKS))), ("Jabatan", p.h("ui_text", r.choice(JOBS)))]
    right = [("NPWP", p.s("npwp", npwp)), ("Status", p.i("marital", r.choice(["K/0", "K/1", "K/2", "TK/0"]))),
             ("Bank", p.h("ui_text", r.choice(["Bank Jateng", "Bank Sumut", "BPD DIY", "Bank Jatim", "BRI"]))),
             ("No. Rekening", p.s("bank_account", p.account()))]

    def kv(pairs):
        return "".join(f"<tr><td class='k'>{p.h('ui_text', k)}</td><td>:</td><td>{v}</td></tr>" for k, v in pairs)

    def money(n: int) -> str:
        return f"{n:,}".replace(",", ".")

    base = r.randint(2900, 4800) * 1000
    gains = [("Gaji Pokok", base), ("Tunjangan Istri/Suami", base // 10), ("Tunjangan Anak", base // 50),
             ("Tunjangan Umum/Fungsional", r.randint(185, 540) * 1000), ("Tunjangan Beras", 289680)]
    cuts = [("Iuran Wajib Pegawai 8%", base * 8 // 100), ("BPJS Kesehatan 1%", base // 100),
            ("PPh Pasal 21", r.randint(0, 90) * 1000), ("Potongan Korpri", 10000)]
    net = sum(v for _, v in gains) - sum(v for _, v in cuts)
    earn = "".join(f"<tr><td>{p.h('ui_text', k)}</td><td class='m'>{p.i('amount', money(v))}</td></tr>" for k, v in gains)
    ded = "".join(f"<tr><td>{p.h('ui_text', k)}</td><td class='m'>{p.i('amount', money(v))}</td></tr>" for k, v in cuts)
    viewer = "#525659"
    css = BASE_CSS + f"""
    body {{ background:{viewer}; font-size:13px; }}
    .bar {{ height:48px; background:#323639; color:#f1f1f1; display:flex; align-items:center; gap:16px; padding:0 16px;
            font-family:'DejaVu Sans', sans-serif; font-size:13.5px; }}
    .bar .sp {{ flex:1; }} .pg {{ background:#191b1c; padding:3px 8px; border-radius:2px; }}
    .page {{ background:#fff; color:#111; width:760px; margin:18px auto; padding:34px 44px;
             font-family:'Liberation Serif', 'DejaVu Serif', 'Times New Roman', serif; font-size:14px; }}
    .hd {{ text-align:center; font-weight:700; line-height:1.35; border-bottom:3px double #000; padding-bottom:8px; }}
    .ttl {{ text-align:center; font-weight:700; margin:12px 0 2px; text-decoration:underline; }}
    .per {{ text-align:center; margin-bottom:14px; }}
    .two {{ display:flex; gap:26px; }} .two table {{ flex:1; }} td {{ padding:2px 4px; vertical-align:top; }}
    td.k {{ width:100px; }} .sec {{ font-weight:700; margin:14px 0 4px; border-bottom:1px solid #000; }}
    td.m {{ text-align:right; width:130px; }} table {{ border-collapse:collapse; width:100%; }}
    .net {{ font-weight:700; border-top:1px solid #000; }}
    .sign {{ margin-top:24px; margin-left:430px; line-height:1.45; }}
    """
    file_name = f"{p.h('ui_text', r.choice(['slip_gaji_', 'SlipGaji_', 'gaji_' + month.lower() + '_']))}{p.s('nip', nip)}{p.h('ui_text', '.pdf')}"
    body = f"""<div class="bar"><span>&#9776;</span><span>{file_name}</span><span class="sp"></span>
      <span class="pg">{p.h('count', '1')}</span><span>/ {p.h('count', '1')}</span><span>&#8212;</span><span>{p.h('count', '100%')}</span>
      <span>+</span><span class="sp"></span><span>&#10515;</span><span>&#128438;</span><span>&#8942;</span></div>
      <div class="page"><div class="hd">{p.h('ui_text', 'PEMERINTAH ' + kab)}<br>{p.h('ui_text', 'BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH')}</div>
      <div class="ttl">{p.h('ui_text', 'SLIP GAJI PEGAWAI NEGERI SIPIL')}</div>
      <div class="per">{p.h('ui_text', 'Bulan')} {p.h('date', month + ' ' + str(r.choice([2024, 2025])))}</div>
      <div class="two"><table>{kv(left)}</table><table>{kv(right)}</table></div>
      <div class="two"><div style="flex:1"><div class="sec">{p.h('ui_text', 'PENGHASILAN')}</div><table>{earn}</table></div>
      <div style="flex:1"><div class="sec">{p.h('ui_text', 'POTONGAN')}</div><table>{ded}</table></div></div>
      <table style="margin-top:10px"><tr class="net"><td>{p.h('ui_text', 'JUMLAH BERSIH DITERIMA')}</td><td class="m">{p.i('amount', money(net))}</td></tr></table>
      <div class="sign">{p.h('ui_text', kab.title().replace('Kabupaten', 'Kab.'))}, {p.h('date', '01 ' + month)}<br>{p.h('ui_text', 'Bendahara Pengeluaran')}<br><br><br>
      <u>{p.s('person_name', treasurer)}</u><br>{p.h('ui_text', 'NIP.')} {p.s('nip', p.nip())}</div></div>"""
    return css, body


def wa_contact_info(p: Page, dark: bool, group: bool):
    """WhatsApp on the desktop with a contact's info panel open beside the chat: the name (or, for a number
    not saved, the number with the name the person chose after a tilde), the phone and the about line in
    light grey, the groups in common, and the block and report buttons naming the contact."""
    r = p.rng
    contact = p.name()
    saved = r.random() < 0.6
    # (WhatsApp shows every number in its international form, grouped by dashes)
    phone = f"+62 8{r.choice('1235789')}{r.randint(1, 9)}-{p.digits(4)}-{p.digits(r.choice([3, 4]))}"
    chats = []
    for _ in range(6):
        if r.random() < 0.6:
            title = p.s("person_name", p.name())
        else:
            title = p.h("ui_text", r.choice(["Grup Bidang Umum", "ASN Kecamatan", "Info Dinas", "Keluarga Besar", "Panitia 17an"]))
        chats.append(f'<div class="it"><div class="av"></div><div class="tx"><div class="t1">{title}'
                     f'<span class="tm">{p.h("time", p.time())}</span></div>'
                     f'<div class="pv">{p.h("ui_text", r.choice(["Oke", "Siap pak", "Foto", "Terima kasih", "Baik"]))}</div></div></div>')
    msgs = [f"Pak, ini data yang diminta: NIP {p.s('nip', p.nip())}", "Baik, terima kasih bu",
            f"Kalau mendesak telepon saja ke {p.s('phone', _msisdn(p))}", "Siap, sudah saya teruskan",
            f"Email saya {p.s('email', p.email(contact))}"]
    bubbles = "".join(f'<div class="b {"o" if k % 2 else "i"}">{m}<span class="t">{p.h("time", p.time())}</span></div>'
                      for k, m in enumerate(r.sample(msgs, 4)))
    head_title = p.s("person_name", contact) if saved else p.s("phone", phone)
    if saved:
        ident = (f'<div class="big">{p.s("person_name", contact)}</div><div class="ph">{p.s("phone", phone)}</div>')
    else:
        ident = (f'<div class="big">{p.s("phone", phone)}</div><div class="ph">~{p.s("person_name", contact.split()[0] + " " + contact.split()[-1])}</div>')
    groups = "".join(f'<div class="g"><div class="av" style="width:40px;height:40px"></div><div><div>{p.h("ui_text", g)}</div>'
                     f'<div class="mu">{p.h("ui_text", "Anda")}, {p.s("person_name", p.name().split()[0])}, {p.s("person_name", p.name().split()[0])}</div></div></div>'
                     for g in r.sample(["Grup Bidang Umum", "ASN Kecamatan", "Info Kepegawaian", "Panitia Musrenbang"], 2))
    first = contact.split()[0]
    bg, fg, pane, chat, inc, out, muted, line = (("#111b21", "#e9edef", "#111b21", "#0b141a", "#202c33", "#005c4b", "#8696a0", "#222d34")
                                                 if dark else ("#fff", "#111b21", "#fff", "#efeae2", "#fff", "#d9fdd3", "#667781", "#e9edef"))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14.5px; display:flex; height:100vh; }}
    .left {{ width:340px; background:{pane}; border-right:1px solid {line}; }}
    .hd {{ height:60px; display:flex; align-items:center; padding:0 16px; font-size:20px; font-weight:700; }}
    .it {{ display:flex; gap:12px; padding:0 12px; height:68px; align-items:center; }}
    .av {{ width:46px; height:46px; border-radius:50%; background:#8aa; flex:none; }}
    .tx {{ flex:1; border-bottom:1px solid {line}; height:68px; display:flex; flex-direction:column; justify-content:center; min-width:0; }}
    .t1 {{ display:flex; justify-content:space-between; font-size:15.5px; }} .tm {{ font-size:12px; color:{muted}; }}
    .pv {{ color:{muted}; font-size:13.5px; }}
    .mid {{ flex:1; background:{chat}; display:flex; flex-direction:column; }}
    .ch {{ height:60px; background:{'#202c33' if dark else '#f0f2f5'}; display:flex; align-items:center; gap:12px; padding:0 16px; }}
    .msgs {{ padding:16px 40px; display:flex; flex-direction:column; gap:8px; }}
    .b {{ max-width:75%; padding:6px 9px; border-radius:8px; line-height:1.4; }}
    .i {{ background:{inc}; align-self:flex-start; }} .o {{ background:{out}; align-self:flex-end; }}
    .t {{ font-size:11px; color:{muted}; margin-left:10px; }}
    .info {{ width:380px; background:{'#111b21' if dark else '#f0f2f5'}; border-left:1px solid {line}; overflow:hidden; }}
    .ih {{ height:60px; display:flex; align-items:center; gap:22px; padding:0 20px; background:{'#202c33' if dark else '#f0f2f5'}; }}
    .sec {{ background:{pane}; margin-bottom:10px; padding:14px 26px; }}
    .ctr {{ text-align:center; }} .bigav {{ width:150px; height:150px; border-radius:50%; background:#9bb; margin:8px auto 14px; }}
    .big {{ font-size:22px; }} .ph {{ color:{muted}; font-size:16px; margin-top:4px; }}
    .lab {{ color:{muted}; font-size:13.5px; margin-bottom:6px; }}
    .g {{ display:flex; gap:12px; align-items:center; padding:8px 0; }} .mu {{ color:{muted}; font-size:13px; }}
    .red {{ color:#ea0038; padding:6px 0; }}
    """
    body = f"""<div class="left"><div class="hd">{p.h('ui_text', 'Chat')}</div>{''.join(chats)}</div>
      <div class="mid"><div class="ch"><div class="av" style="width:40px;height:40px"></div><div>{head_title}
      <div class="mu">{p.h('ui_text', 'klik di sini untuk info kontak')}</div></div></div><div class="msgs">{bubbles}</div></div>
      <div class="info"><div class="ih"><span>&#10005;</span><span>{p.h('ui_text', 'Info kontak')}</span></div>
      <div class="sec ctr"><div class="bigav"></div>{ident}</div>
      <div class="sec"><div class="lab">{p.h('ui_text', 'Info')}</div><div>{p.i('about', r.choice(ABOUTS))}</div>
      <div class="mu" style="margin-top:4px">{p.h('date', p.date())}</div></div>
      <div class="sec"><div class="lab">{p.h('ui_text', 'Media, tautan, dan dokumen')} {p.h('count', str(r.randint(3, 90)))}</div></div>
      <div class="sec"><div class="lab">{p.h('count', '2')} {p.h('ui_text', 'grup yang sama')}</div>{groups}</div>
      <div class="sec"><div class="red">&#8856; {p.h('ui_text', 'Blokir')} {p.s('person_name', first if saved else contact.split()[0])}</div>
      <div class="red">&#128078; {p.h('ui_text', 'Laporkan')} {p.s('person_name', first if saved else contact.split()[0])}</div></div></div>"""
    return css, body


def mail_signature(p: Page, dark: bool, group: bool):
    """An English e-mail thread in a web mail: the reply with its sender, recipients and copy, the sender's
    signature block (name, title, organisation, mobile and office numbers, address), the quoted message
    below with its own signature, and the public confidentiality notice at the foot."""
    r = p.rng
    me, them, cc = _en_name(p), _en_name(p), _en_name(p)

    def addr(name: str, domain: str) -> str:
        first, last = name.split()[0], name.split()[-1]
        user = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}"]).lower().replace("'", "").replace(" ", "")
        return f"{user}@{domain}"

    dom_me = r.choice(["northwind-consulting.com", "contoso.org", "fabrikam.co.uk"])
    dom_them = r.choice(["worldbank-partner.org", "undp-example.org", "giz-example.de", "adb-example.org"])
    city, zipcode = r.choice(EN_CITIES)

    def signature(name: str, domain: str, mobile: str, office: str) -> str:
        title = r.choice(["Senior Program Officer", "Project Manager", "Consultant, Public Finance", "Team Lead, Digital Services"])
        org = r.choice(["Northwind Consulting", "Contoso Foundation", "Fabrikam Partners"])
        street = f"{r.randint(10, 980)} {r.choice(EN_STREETS)}" + r.choice(["", f", Suite {r.randint(100, 900)}"])
        return (f'<div class="sig"><b>{p.s("person_name", name)}</b><br>{p.h("ui_text", title)}<br>{p.h("ui_text", org)}<br>'
                f'{p.h("ui_text", "M:")} {p.s("phone", mobile)} | {p.h("ui_text", "T:")} {p.s("phone", office)}<br>'
                f'{p.h("ui_text", "E:")} {p.s("email", addr(name, domain))}<br>'
                f'{p.s("address", street)}, {p.s("address", f"{city} {zipcode}")}</div>')

    me_mail, them_mail, cc_mail = addr(me, dom_me), addr(them, dom_them), addr(cc, dom_them)
    subject = r.choice(["Re: Draft TOR for the capacity building workshop", "Re: Follow-up on the data sharing agreement",
                        "RE: Budget revision - Q3"])
    mark = r.choice(["", f"[{p.s('classification', r.choice(['CONFIDENTIAL', 'INTERNAL']))}] "])
    day = f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu'])}, {r.randint(1, 28)} {r.choice(['Mar', 'Apr', 'May'])} 2025"
    bg, fg, card, muted = ("#1b1b1f", "#e3e3e3", "#26262b", "#9aa0a6") if dark else ("#f3f2f1", "#242424", "#fff", "#616161")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14px; display:flex; }}
    .side {{ width:210px; padding:14px 10px; }} .side div {{ padding:7px 12px; border-radius:4px; }}
    .main {{ flex:1; padding:16px 22px; }}
    .subj {{ font-size:19px; font-weight:600; margin-bottom:12px; }}
    .msg {{ background:{card}; border-radius:6px; padding:16px 20px; margin-bottom:12px; max-width:880px; }}
    .hdr {{ display:flex; gap:12px; align-items:flex-start; margin-bottom:14px; }}
    .av {{ width:40px; height:40px; border-radius:50%; background:#0f6cbd; color:#fff; flex:none; }}
    .mu {{ color:{muted}; font-size:12.5px; line-height:1.5; }} p {{ margin:8px 0; line-height:1.5; }}
    .sig {{ margin-top:14px; color:{muted}; font-size:13px; line-height:1.45; }}
    .q {{ border-left:3px solid #8886; padding-left:12px; margin-top:16px; color:{muted}; }}
    .note {{ margin-top:16px; font-size:11px; color:{muted}; line-height:1.4; }}
    """
    menu = "".join(f'<div>{p.h("ui_text", m)}</div>' for m in ["Inbox", "Drafts", "Sent Items", "Archive", "Deleted Items"])
    body = f"""<div class="side">{menu}</div><div class="main"><div class="subj">{mark}{p.h('ui_text', subject)}</div>
      <div class="msg"><div class="hdr"><div class="av"></div><div><b>{p.s('person_name', me)}</b> &lt;{p.s('email', me_mail)}&gt;
      <div class="mu">{p.h('ui_text', 'To:')} {p.s('person_name', them)} &lt;{p.s('email', them_mail)}&gt;<br>
      {p.h('ui_text', 'Cc:')} {p.s('person_name', cc)} &lt;{p.s('email', cc_mail)}&gt;<br>{p.h('date', day)} {p.h('time', p.time())}</div></div></div>
      <p>{p.h('ui_text', 'Dear')} {p.s('person_name', them.split()[0])},</p>
      <p>Thank you for the comments. I have revised section 3 and attached the updated version. Could we have a short call on Thursday?</p>
      <p>Best regards,</p>{signature(me, dom_me, _us_phone(p), _eu_phone(p))}
      <div class="q"><div>{p.h('ui_text', 'On')} {p.h('date', day)}, {p.s('person_name', them)} &lt;{p.s('email', them_mail)}&gt; {p.h('ui_text', 'wrote:')}</div>
      <p>Please find our comments on the draft attached. The participant list with contact numbers will follow.</p>
      {signature(them, dom_them, _eu_phone(p), _us_phone(p))}</div>
      <div class="note">{p.h('ui_text', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}</div></div></div>"""
    return css, body


# ----------------------------------------------------------------------------- a second held-out proxy
# Pages written before the engine was run on them, as people post them: a mobile banking app's transfer
# proof with the sender and the recipient as two blocks (BRImo, Livin'), a chat app's group info on a phone
# (the description naming an admin and a number, members saved and unsaved), a village administration
# app's resident table on a desktop, and a national civil-service profile at 125-150 % scaling, its fields
# laid out as cards (label over value).

BANK_NAMES = ["BANK BRI", "BANK MANDIRI", "BANK BNI", "BCA", "BANK SYARIAH INDONESIA", "BANK JATENG", "BANK BJB"]
JOBS_VILLAGE = ["PETANI/PEKEBUN", "WIRASWASTA", "MENGURUS RUMAH TANGGA", "PELAJAR/MAHASISWA", "KARYAWAN SWASTA",
                "BURUH HARIAN LEPAS", "PEDAGANG", "BELUM/TIDAK BEKERJA"]


def _bri_account(p: Page) -> str:
    """A BRI account as its app prints it (0123-01-012345-50-1) or another bank's, plain or in fours."""
    r = p.rng
    if r.random() < 0.4:
        return f"{p.digits(4)}-{p.digits(2)}-{p.digits(6)}-{p.digits(2)}-{r.randint(0, 9)}"
    acct = p.digits(r.choice([10, 13]))
    return " ".join(acct[i:i + 4] for i in range(0, len(acct), 4)) if r.random() < 0.4 else acct


def bank_proof_blocks(p: Page, dark: bool, group: bool):
    """A mobile banking transfer proof (BRImo, Livin' style): a tick and the amount, then the sender and the
    recipient as two blocks (name in capitals, bank and account under it), the fee and total, a free note
    that often names someone, the reference number and the time, and the share and done buttons."""
    r = p.rng
    app, colour = r.choice([("BRImo", "#00529c"), ("Livin' by Mandiri", "#003d79"), ("BNI Mobile", "#f15a23"),
                            ("BSI Mobile", "#00a39d")])
    sender, payee = p.name().upper(), p.name().upper()
    to_wallet = r.random() < 0.25
    if to_wallet:
        wallet = r.choice(WALLETS)
        payee_line = f'{p.h("ui_text", wallet)} &bull; {p.s("phone", _msisdn(p))}'
    else:
        payee_line = f'{p.h("ui_text", r.choice(BANK_NAMES))} &bull; {p.s("bank_account", _bri_account(p))}'
    sender_line = f'{p.h("ui_text", r.choice(BANK_NAMES[:3]))} &bull; {p.s("bank_account", _bri_account(p))}'
    note_to = p.name().split()[0]
    note = r.choice([p.h("ui_text", "-"), p.h("ui_text", r.choice(["bayar kos", "arisan RT", "cicilan", "uang makan"])),
                     f'{p.h("ui_text", r.choice(["titipan", "transfer", "utk"]))} {p.s("person_name", note_to)}',
                     f'{p.h("ui_text", "kembalian dari")} {p.s("person_name", note_to)} {p.s("phone", _msisdn(p))}'])
    fee = r.choice(["Rp0", "Rp2.500", "Rp6.500"])
    amount = p.price()
    bg, fg, card, muted = ("#101418", "#e8eaed", "#1b2026", "#9aa0a6") if dark else ("#eef2f6", "#1b1f24", "#fff", "#6b7280")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14px; }}
    .hd {{ background:{colour}; color:#fff; padding:14px 16px; display:flex; align-items:center; gap:12px; }}
    .hd .t {{ font-size:17px; font-weight:600; }}
    .ok {{ text-align:center; padding:18px 0 6px; }}
    .chk {{ width:52px; height:52px; border-radius:50%; background:#22c55e; margin:0 auto 8px; color:#fff; font-size:30px; line-height:52px; }}
    .st {{ font-size:16px; font-weight:600; }} .amt {{ font-size:27px; font-weight:700; margin:6px 0 2px; }}
    .mu {{ color:{muted}; font-size:12.5px; }}
    .card {{ background:{card}; margin:12px; border-radius:12px; padding:12px 14px; }}
    .party {{ display:flex; gap:12px; align-items:center; padding:8px 0; }}
    .ini {{ width:40px; height:40px; border-radius:50%; background:{colour}; color:#fff; text-align:center; line-height:40px; font-weight:700; flex:none; }}
    .nm {{ font-weight:700; }} .cap {{ color:{muted}; font-size:12px; margin-bottom:2px; }}
    .line {{ border-top:1px dashed #8886; margin:6px 0; }}
    .kv {{ display:flex; justify-content:space-between; padding:7px 0; gap:12px; }} .kv .v {{ text-align:right; font-weight:600; }}
    .btns {{ display:flex; gap:10px; margin:14px 12px; }}
    .btns > div {{ flex:1; text-align:center; padding:11px; border-radius:10px; border:1px solid {colour}; color:{colour}; font-weight:600; }}
    .btns > div.f {{ background:{colour}; color:#fff; }}
    """

    def party(caption: str, name: str, line: str) -> str:
        initials = "".join(w[0] for w in name.split()[:2])
        return (f'<div class="party"><div class="ini">{p.i("initials", initials)}</div><div>'
                f'<div class="cap">{p.h("ui_text", caption)}</div><div class="nm">{p.s("person_name", name)}</div>'
                f'<div class="mu">{line}</div></div></div>')

    kv = [("Nominal", p.h("price", amount)), ("Biaya Admin", p.h("price", fee)), ("Total", p.h("price", amount)),
          ("Catatan", note), (r.choice(["No. Ref", "Nomor Referensi", "ID Transaksi"]), p.h("reference_no", p.digits(r.choice([12, 16])))),
          ("Metode", p.h("ui_text", r.choice(["BI-FAST", "Transfer Online", "Sesama Bank"]))),
          ("Tanggal", f'{p.h("date", p.date())}, {p.h("time", p.time())} WIB')]
    rows = "".join(f'<div class="kv"><div class="mu">{p.h("ui_text", k)}</div><div class="v">{v}</div></div>' for k, v in kv)
    body = f"""<div class="hd"><span>&#8592;</span><span class="t">{p.h('ui_text', app)}</span></div>
      <div class="ok"><div class="chk">&#10003;</div><div class="st">{p.h('ui_text', r.choice(['Transaksi Berhasil', 'Transfer Berhasil!']))}</div>
      <div class="amt">{p.h('price', amount)}</div><div class="mu">{p.h('date', p.date())} &bull; {p.h('time', p.time())} WIB</div></div>
      <div class="card">{party(r.choice(['Penerima', 'Tujuan']), payee, payee_line)}<div class="line"></div>
      {party(r.choice(['Sumber Dana', 'Pengirim', 'Dari']), sender, sender_line)}</div>
      <div class="card">{rows}</div>
      <div class="btns"><div>{p.h('ui_text', 'Bagikan')}</div><div class="f">{p.h('ui_text', 'Selesai')}</div></div>"""
    return css, body


def group_info(p: Page, dark: bool, group: bool):
    """A chat app's group info on a phone: the group's name and member count, a description naming the admin
    with a number, who made the group, then the members: "Anda", saved contacts with their about line, and
    numbers no one saved with the name their owner chose after a tilde; admins marked."""
    r = p.rng
    gname = r.choice(["ASN Bidang Mutasi 2025", "Operator SIMPEG Kab.", "Paguyuban RT 05", "Wali Murid Kelas 4B",
                      "Tim Teknis Pengadaan", "Alumni Diklat PIM IV"])
    admin = p.name()
    admin_first = admin.split()[0]
    desc_phone = _msisdn(p)
    members = []
    for k in range(r.choice([6, 7])):
        if k == 0:
            members.append((p.h("ui_text", "Anda"), p.i("about", r.choice(ABOUTS)), True))
        elif r.random() < 0.55:
            who = admin if k == 1 else p.name()
            members.append((p.s("person_name", who), p.i("about", r.choice(ABOUTS)), k == 1))
        else:
            push = p.name().split()[0] if r.random() < 0.6 else p.name()
            members.append((p.s("phone", _msisdn(p)), f'~{p.s("person_name", push)}', False))
    bg, fg, pane, muted, accent = ("#0b141a", "#e9edef", "#111b21", "#8696a0", "#00a884") if dark else \
        ("#f0f2f5", "#111b21", "#fff", "#667781", "#008069")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:15px; }}
    .top {{ display:flex; gap:18px; padding:14px 16px; align-items:center; background:{pane}; }}
    .sec {{ background:{pane}; margin-bottom:8px; padding:12px 18px; }}
    .ctr {{ text-align:center; }} .big {{ width:96px; height:96px; border-radius:50%; background:#8fb3c4; margin:4px auto 10px; }}
    .gn {{ font-size:21px; }} .mu {{ color:{muted}; font-size:13.5px; }}
    .m {{ display:flex; gap:12px; align-items:center; padding:9px 0; }}
    .av {{ width:40px; height:40px; border-radius:50%; background:#b9c7cf; flex:none; }}
    .mt {{ flex:1; min-width:0; }} .ab {{ color:{muted}; font-size:13px; white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }}
    .adm {{ color:{accent}; font-size:11.5px; border:1px solid {accent}; border-radius:4px; padding:1px 5px; white-space:nowrap; }}
    .lab {{ color:{accent}; font-size:14px; margin-bottom:6px; }}
    """
    rows = "".join(f'<div class="m"><div class="av"></div><div class="mt"><div>{who}</div><div class="ab">{about}</div></div>'
                   f'{"<span class=adm>" + p.h("ui_text", "Admin grup") + "</span>" if is_admin else ""}</div>'
                   for who, about, is_admin in members)
    made = f'{p.h("ui_text", "Dibuat oleh")} {p.s("person_name", admin_first) if r.random() < 0.5 else p.s("phone", _msisdn(p))}' \
           f', {p.h("date", p.date().replace("2025", str(r.randint(2019, 2024))))}'
    desc = r.choice([f'{p.h("ui_text", "Info & koordinasi. Admin:")} {p.s("person_name", admin_first)} {p.s("phone", desc_phone)}',
                     f'{p.h("ui_text", "Pertanyaan hubungi")} {"Bu " if r.random() < 0.5 else ""}{p.s("person_name", admin_first)} '
                     f'{p.h("ui_text", "(WA)")} {p.s("phone", desc_phone)}'])
    body = f"""<div class="top"><span>&#8592;</span><span style="flex:1"></span><span>&#8942;</span></div>
      <div class="sec ctr"><div class="big"></div><div class="gn">{p.h('ui_text', gname)}</div>
      <div class="mu">{p.h('ui_text', 'Grup')} &middot; {p.h('count', str(r.randint(12, 240)))} {p.h('ui_text', 'anggota')}</div></div>
      <div class="sec"><div>{desc}</div><div class="mu" style="margin-top:6px">{made}</div></div>
      <div class="sec"><div class="lab">{p.h('count', str(len(members) + r.randint(5, 80)))} {p.h('ui_text', 'anggota')}</div>{rows}</div>"""
    return css, body


def village_residents(p: Page, dark: bool, group: bool):
    """A village administration app (OpenSID-like) on a desktop: the village's name and the signed-in
    operator in the top bar, a menu down the left, and the resident table: NIK, family card number, name in
    capitals, place and date of birth, sex, address as RT/RW and hamlet, occupation, and action buttons.
    (The sex and the occupation are an identity card's attributes: neither to cover nor to keep.)"""
    r = p.rng
    village = r.choice(["Sukamaju", "Tegalrejo", "Sumberagung", "Wringin", "Mekarsari"])
    operator = p.name()
    rows = []
    for k in range(r.choice([6, 7])):
        born = f"{r.choice(['MAGELANG', 'BANTUL', 'SLEMAN', 'BANDUNG', 'MEDAN', 'BONDOWOSO'])}, " \
               f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(1950, 2015)}"
        addr = f"RT {r.randint(1, 12):03d} / RW {r.randint(1, 6):03d} DUSUN {r.choice(['KRAJAN', 'SUMBER', 'KIDUL', 'WETAN', 'NGASEM'])}"
        rows.append(f"<tr><td>{p.h('count', str(k + 1))}</td><td><span class='b e'>{p.h('ui_text', 'Ubah')}</span>"
                    f"<span class='b d'>{p.h('ui_text', 'Hapus')}</span></td>"
                    f"<td>{p.s('nik', p.nik())}</td><td>{p.s('kk', p.nik())}</td><td>{p.s('person_name', p.name().upper())}</td>"
                    f"<td>{p.s('birth_date', born)}</td><td>{p.i('sex', r.choice(['LAKI-LAKI', 'PEREMPUAN']))}</td>"
                    f"<td>{p.s('address', addr)}</td><td>{p.i('occupation', r.choice(JOBS_VILLAGE))}</td></tr>")
    bg, fg, card, muted, head = ("#16191d", "#dde1e6", "#1f2329", "#9aa3ad", "#262c33") if dark else \
        ("#ecf0f5", "#333", "#fff", "#777", "#f4f6f8")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:12.5px; display:flex; height:100vh; }}
    .side {{ width:200px; background:#222d32; color:#b8c7ce; flex:none; }}
    .side .brand {{ background:#367fa9; color:#fff; padding:14px 12px; font-size:15px; font-weight:600; }}
    .side .it {{ padding:9px 14px; }} .side .on {{ background:#1e282c; color:#fff; border-left:3px solid #3c8dbc; }}
    .main {{ flex:1; min-width:0; }}
    .bar {{ height:48px; background:#3c8dbc; color:#fff; display:flex; align-items:center; padding:0 16px; gap:12px; }}
    .bar .sp {{ flex:1; }}
    .box {{ background:{card}; margin:14px; border-top:3px solid #3c8dbc; padding:10px 12px; }}
    h3 {{ font-size:17px; font-weight:400; margin:12px 14px 0; }}
    .tools > span {{ display:inline-block; padding:5px 10px; margin:0 6px 10px 0; border-radius:3px; background:#00a65a; color:#fff; }}
    table {{ border-collapse:collapse; width:100%; }}
    th, td {{ border:1px solid #8884; padding:5px 6px; text-align:left; white-space:nowrap; }}
    th {{ background:{head}; }}
    .b {{ display:inline-block; padding:2px 6px; border-radius:3px; color:#fff; font-size:11px; margin-right:3px; }}
    .b.e {{ background:#f39c12; }} .b.d {{ background:#dd4b39; }}
    """
    menu = "".join(f'<div class="it{" on" if m == "Penduduk" else ""}">{p.h("ui_text", m)}</div>' for m in
                   ["Beranda", "Info Desa", "Kependudukan", "Penduduk", "Keluarga", "Rumah Tangga", "Surat", "Analisis", "Bantuan"])
    heads = "".join(f"<th>{p.h('ui_text', h)}</th>" for h in
                    ["No", "Aksi", "NIK", "No. KK", "Nama", "Tempat / Tanggal Lahir", "Jenis Kelamin", "Alamat", "Pekerjaan"])
    body = f"""<div class="side"><div class="brand">{p.h('ui_text', 'Desa ' + village)}</div>{menu}</div>
      <div class="main"><div class="bar"><span>&#9776;</span><span class="sp"></span><span>{p.s('person_name', operator)}</span></div>
      <h3>{p.h('ui_text', 'Data Penduduk')}</h3>
      <div class="box"><div class="tools"><span>{p.h('ui_text', 'Tambah Penduduk')}</span><span style="background:#3c8dbc">{p.h('ui_text', 'Cetak')}</span>
      <span style="background:#605ca8">{p.h('ui_text', 'Unduh')}</span></div>
      <div style="overflow-x:auto"><table><tr>{heads}</tr>{''.join(rows)}</table></div></div></div>"""
    return css, body


def asn_profile_cards(p: Page, dark: bool, group: bool):
    """A national civil-service profile (SIASN-like) in a browser at 125-150 % scaling: the app's name and the
    agency in the top bar, the signed-in user's photo, name with degrees and NIP in a card, then the personal
    data as a grid of fields, each label over its value (NIK, place and date of birth, religion, e-mail,
    mobile number, address, NPWP, BPJS), and the position's fields (public)."""
    r = p.rng
    who = p.name(titled=True)
    nip = p.nip()
    kel, kec, city = r.choice(PLACES)
    born_place = city.replace("Kota ", "").replace("Kab. ", "")
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober"]
    born = f"{born_place}, {r.randint(1, 28)} {r.choice(months)} {nip[:4]}"
    system = r.choice(["SIASN", "SIASN BKN", "MySAPK", "SIMPEG"])
    npwp = "{}.{}.{}.{}-{}.{}".format(p.digits(2), p.digits(3), p.digits(3), p.digits(1), p.digits(3), p.digits(3))
    personal = [("NIK", p.s("nik", p.nik())), ("Tempat, Tanggal Lahir", p.s("birth_date", born)),
                ("Jenis Kelamin", p.i("sex", r.choice(["Laki-laki", "Perempuan"]))),
                ("Agama", p.i("religion", r.choice(["Islam", "Kristen", "Katolik", "Hindu"]))),
                ("Email", p.s("email", p.email(who))), ("Nomor HP", p.s("phone", _msisdn(p))),
                ("Alamat", p.s("address", _home(p))), ("NPWP", p.s("npwp", npwp)),
                ("No. BPJS", p.s("bpjs", "0" + p.digits(12)))]
    job = [("Jabatan", p.h("ui_text", r.choice(JOBS))), ("Unit Organisasi", p.h("ui_text", r.choice(UNITS))),
           ("Pangkat/Golongan", p.i("rank", r.choice(RANKS))), ("Jenis Pegawai", p.h("ui_text", "PNS Daerah"))]
    bg, fg, card, muted, line = ("#121417", "#e6e8eb", "#1c1f24", "#98a2ad", "#2c3138") if dark else \
        ("#f3f5f8", "#1f2937", "#fff", "#6b7280", "#e5e7eb")

    def grid(fields):
        return "".join(f'<div class="f"><div class="l">{p.h("ui_text", k)}</div><div class="v">{v}</div></div>' for k, v in fields)

    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:13px; }}
    .top {{ height:52px; background:{card}; border-bottom:1px solid {line}; display:flex; align-items:center; gap:12px; padding:0 20px; }}
    .logo {{ font-weight:800; font-size:17px; color:#1d4ed8; }} .ag {{ color:{muted}; font-size:12.5px; }}
    .sp {{ flex:1; }} .av {{ width:30px; height:30px; border-radius:50%; background:#94a3b8; }}
    .wrap {{ display:flex; gap:16px; padding:16px 20px; }}
    .card {{ background:{card}; border:1px solid {line}; border-radius:10px; padding:16px; }}
    .me {{ width:260px; text-align:center; flex:none; }} .ph {{ width:96px; height:120px; background:#cbd5e1; margin:0 auto 10px; border-radius:6px; }}
    .nm {{ font-weight:700; font-size:14.5px; line-height:1.35; }} .nip {{ color:{muted}; margin-top:4px; }}
    .chip {{ display:inline-block; margin-top:8px; padding:2px 10px; border-radius:10px; background:#dcfce7; color:#166534; font-size:11.5px; }}
    .tabs {{ display:flex; gap:18px; border-bottom:1px solid {line}; margin-bottom:12px; }}
    .tabs span {{ padding:6px 0; color:{muted}; }} .tabs span.on {{ color:#1d4ed8; border-bottom:2px solid #1d4ed8; }}
    .grid {{ display:grid; grid-template-columns:repeat(3, 1fr); gap:12px 18px; }}
    .f .l {{ color:{muted}; font-size:11.5px; margin-bottom:3px; }} .f .v {{ font-weight:600; }}
    h4 {{ font-size:13.5px; margin:14px 0 8px; }}
    """
    body = f"""<div class="top"><span class="logo">{p.s('internal_system', system)}</span>
      <span class="ag">{p.h('ui_text', r.choice(['Badan Kepegawaian Negara', 'Pemerintah Kabupaten Magelang', 'Pemerintah Kota Medan']))}</span>
      <span class="sp"></span><span>&#128276;</span><div class="av"></div><span>{p.s('person_name', who.split(',')[0])}</span></div>
      <div class="wrap"><div class="card me"><div class="ph"></div><div class="nm">{p.s('person_name', who)}</div>
      <div class="nip">{p.h('ui_text', 'NIP')} {p.s('nip', nip)}</div><span class="chip">{p.h('ui_text', 'Aktif')}</span></div>
      <div class="card" style="flex:1"><div class="tabs"><span class="on">{p.h('ui_text', 'Data Utama')}</span>
      <span>{p.h('ui_text', 'Data Pribadi')}</span><span>{p.h('ui_text', 'Riwayat')}</span><span>{p.h('ui_text', 'Dokumen')}</span></div>
      <h4>{p.h('ui_text', 'Data Pribadi')}</h4><div class="grid">{grid(personal)}</div>
      <h4>{p.h('ui_text', 'Data Jabatan')}</h4><div class="grid">{grid(job)}</div></div></div>"""
    return css, body


# ----------------------------------------------------------------------------- a third held-out proxy
# Pages written before the engine was run on them: a school's student table in the national school database
# (Dapodik), wider than the window; a marketplace order's detail on a phone with the shipping address and the
# courier's last tracking event naming who took the parcel; an official travel order (SPPD) opened in a
# browser's PDF viewer, scrolled, with the people travelling along and the signing head; and a hospital
# information system's laboratory result with the patient's particulars and the doctors.

SCHOOLS = ["SD NEGERI 2 SUKAMAJU", "SD NEGERI 1 TEGALREJO", "SMP NEGERI 3 MAGELANG", "SD INPRES MEDAN KOTA",
           "SMP NEGERI 1 JETIS", "SD MUHAMMADIYAH WRINGIN"]
BIRTH_TOWNS = ["MAGELANG", "BANTUL", "SLEMAN", "BANDUNG", "MEDAN", "BONDOWOSO", "MAKASSAR", "KLATEN"]
PROVINCES = {"Kota Bandung": ("JAWA BARAT", "40121"), "Kab. Magelang": ("JAWA TENGAH", "56482"),
             "Kota Medan": ("SUMATERA UTARA", "20212"), "Kab. Bantul": ("DI YOGYAKARTA", "55781"),
             "Kota Makassar": ("SULAWESI SELATAN", "90245"), "Kab. Bondowoso": ("JAWA TIMUR", "68271")}
SHOPS = ["Toko Berkah Official", "Grosir ATK Murah", "Sumber Elektronik", "Batik Sekar Arum", "Rumah Herbal Sehat"]
PRODUCTS = [("Kabel Data USB-C 1m Fast Charging", "Hitam"), ("Map Plastik Kancing Folio isi 12", "Biru"),
            ("Kemeja Batik Pria Lengan Panjang", "L"), ("Madu Hutan Asli 500 gr", "500 gr"),
            ("Tinta Printer 664 Original Set", "4 warna"), ("Flashdisk 32GB USB 3.0", "32GB")]
LENGTH_WORDS = ["nol", "satu", "dua", "tiga", "empat"]
COURIERS = ["J&T Express", "SiCepat REG", "JNE Reguler", "AnterAja", "SPX Standard"]
LAB_TESTS = [("HEMATOLOGI", [("Hemoglobin", "g/dL", "13.0 - 17.0"), ("Leukosit", "10^3/uL", "4.0 - 10.0"),
                             ("Trombosit", "10^3/uL", "150 - 400"), ("Hematokrit", "%", "40 - 50")]),
             ("KIMIA KLINIK", [("Glukosa Darah Puasa", "mg/dL", "70 - 100"), ("HbA1c", "%", "< 5.7"),
                               ("Kolesterol Total", "mg/dL", "< 200"), ("Ureum", "mg/dL", "15 - 40"),
                               ("Kreatinin", "mg/dL", "0.6 - 1.2"), ("SGPT", "U/L", "< 41")])]


def dapodik_students(p: Page, dark: bool, group: bool):
    """A school's student list in the national school database application (Dapodik) in a browser: the
    school and its public school number in the header, the signed-in operator's e-mail, tabs, and a grid
    wider than the window (name in capitals, the school's own student number, sex, NISN, place and date of
    birth, NIK, religion, address, mother's name), a paging bar under it."""
    r = p.rng
    school = r.choice(SCHOOLS)
    operator = p.name()
    first, last = operator.split()[0].lower(), operator.split()[-1].lower()
    op_mail = f"{r.choice([first + '.' + last, first + str(r.randint(10, 99)), 'op.' + first])}@{r.choice(['gmail.com', 'yahoo.co.id'])}"
    junior = school.startswith("SMP")
    rows = []
    for k in range(r.choice([9, 10, 11])):
        born_year = r.randint(2010, 2013) if junior else r.randint(2013, 2018)
        kel, kec, city = r.choice(PLACES)
        addr = r.choice([f"DUSUN {r.choice(['KRAJAN', 'SUMBER', 'KIDUL', 'WETAN'])} RT {r.randint(1, 12):03d} RW {r.randint(1, 6):03d}",
                         f"{r.choice(STREETS).upper()} NO. {r.randint(1, 90)}",
                         f"{kel.upper()} RT {r.randint(1, 12)}/{r.randint(1, 9)}"])
        mother = f"{r.choice(GIVEN)} {r.choice(FAMILY)}".upper() if r.random() < 0.6 else r.choice(GIVEN).upper()
        rows.append(
            f"<tr><td><input type='checkbox'></td><td>{p.h('count', str(k + 1))}</td>"
            f"<td>{p.s('person_name', p.name().upper())}</td><td>{p.i('student_no', str(r.randint(1000, 2999)))}</td>"
            f"<td>{p.i('sex', r.choice(['L', 'P']))}</td><td>{p.s('id_number', '00' + p.digits(8) if r.random() < 0.5 else '3' + p.digits(9))}</td>"
            f"<td>{p.s('birth_date', r.choice(BIRTH_TOWNS))}</td>"
            f"<td>{p.s('birth_date', f'{born_year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}')}</td>"
            f"<td>{p.s('nik', p.nik())}</td><td>{p.i('religion', r.choice(['Islam', 'Islam', 'Kristen', 'Katholik', 'Hindu']))}</td>"
            f"<td>{p.s('address', addr)}</td><td>{p.s('person_name', mother)}</td></tr>")
    bg, fg, grid, head, stripe, muted = (("#1b1e22", "#dfe3e8", "#22262b", "#2c3238", "#262a30", "#9aa3ad") if dark else
                                         ("#dfe8f1", "#222", "#fff", "#e8eef5", "#f5f8fb", "#666"))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:'Liberation Sans', Arial, sans-serif; font-size:12px; }}
    .hd {{ height:56px; background:linear-gradient(#1f5fa8, #174a86); color:#fff; display:flex; align-items:center; gap:14px; padding:0 14px; }}
    .hd .app {{ font-size:19px; font-weight:700; }} .hd .sc {{ line-height:1.3; }} .hd .sp {{ flex:1; }}
    .hd .u {{ text-align:right; line-height:1.3; font-size:12px; }}
    .menu {{ background:{head}; display:flex; gap:2px; padding:4px 8px 0; border-bottom:1px solid #8886; }}
    .menu > span {{ padding:6px 14px; border-radius:4px 4px 0 0; }} .menu > .on {{ background:{grid}; font-weight:700; }}
    .tb {{ background:{grid}; padding:6px 8px; display:flex; gap:6px; border-bottom:1px solid #8884; }}
    .tb > span {{ border:1px solid #8886; border-radius:3px; padding:3px 9px; background:{head}; }}
    .tb > .sp {{ flex:1; border:none; background:none; }}
    .box {{ background:{grid}; overflow-x:auto; overflow-y:hidden; }}
    table {{ border-collapse:collapse; white-space:nowrap; }}
    th {{ background:{head}; font-weight:700; text-align:left; padding:5px 8px; border:1px solid #8885; }}
    td {{ padding:4px 8px; border-right:1px solid #8883; }} tr:nth-child(odd) td {{ background:{stripe}; }}
    .pg {{ background:{head}; padding:5px 10px; display:flex; gap:12px; align-items:center; border-top:1px solid #8885; }}
    .pg .sp {{ flex:1; }} .mu {{ color:{muted}; }}
    """
    heads = "".join(f"<th>{p.h('ui_text', h) if h else ''}</th>" for h in
                    ["", "No", "Nama", "NIPD", "JK", "NISN", "Tempat Lahir", "Tanggal Lahir", "NIK", "Agama",
                     "Alamat Jalan", "Nama Ibu Kandung"])
    total = r.randint(120, 640)
    body = f"""<div class="hd"><span class="app">{p.h('ui_text', 'Dapodik')}</span><span class="mu" style="color:#cfe0f5">{p.h('ui_text', 'v2025.c')}</span>
      <div class="sc"><b>{p.h('ui_text', school)}</b><br>{p.h('ui_text', 'NPSN')}: {p.h('reference_no', str(r.randint(20200000, 20599999)))}</div>
      <span class="sp"></span><div class="u">{p.h('ui_text', 'Operator Sekolah')}<br>{p.s('email', op_mail)}</div><span>&#9662;</span></div>
      <div class="menu"><span>{p.h('ui_text', 'Beranda')}</span><span>{p.h('ui_text', 'Sekolah')}</span><span>{p.h('ui_text', 'GTK')}</span>
      <span class="on">{p.h('ui_text', 'Peserta Didik')}</span><span>{p.h('ui_text', 'Rombongan Belajar')}</span><span>{p.h('ui_text', 'Sarpras')}</span>
      <span>{p.h('ui_text', 'Validasi')}</span><span>{p.h('ui_text', 'Sinkronisasi')}</span></div>
      <div class="tb"><span>{p.h('ui_text', 'Tambah')}</span><span>{p.h('ui_text', 'Ubah')}</span><span>{p.h('ui_text', 'Registrasi Keluar')}</span>
      <span>{p.h('ui_text', 'Unduh Excel')}</span><span class="sp"></span><span style="width:220px;color:#888">{p.h('ui_text', 'Cari nama / NISN')}</span></div>
      <div class="box"><table><tr>{heads}</tr>{''.join(rows)}</table></div>
      <div class="pg"><span>&#171; &#8249;</span><span>{p.h('ui_text', 'Halaman')} {p.h('count', '1')} {p.h('ui_text', 'dari')} {p.h('count', str(total // 20 + 1))}</span>
      <span>&#8250; &#187;</span><span class="sp"></span><span>{p.h('ui_text', 'Menampilkan')} {p.h('count', '1 - 20')} {p.h('ui_text', 'dari')} {p.h('count', str(total))}</span></div>"""
    return css, body


def marketplace_order(p: Page, dark: bool, group: bool):
    """A marketplace app's order detail on a phone (Shopee, Tokopedia style): the status, the courier and
    tracking number with the last tracking event (which names who received the parcel), the shipping
    address block (recipient, phone, street, and the district line in capitals with the postal code), the
    shop and the item, the price breakdown, the order number and times, and the buttons."""
    r = p.rng
    buyer = p.name()
    kel, kec, city = r.choice(PLACES)
    province, postcode = PROVINCES[city]
    street = r.choice([f"{r.choice(STREETS)} No. {r.randint(1, 150)}, RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}",
                       f"Perum {r.choice(['Griya', 'Bumi', 'Taman'])} {r.choice(['Asri', 'Indah', 'Permai'])} Blok {r.choice('ABCDE')}{r.randint(1, 9)} No. {r.randint(1, 40)}",
                       f"{r.choice(STREETS)} Gg. {r.choice(['Mawar', 'Anggrek', 'Kenari'])} No. {r.randint(1, 60)} (pagar hijau)"])
    district = f"{city.replace('Kab. ', 'KAB. ').replace('Kota ', 'KOTA ').upper()} - {kec.replace('Kec. ', '').upper()}, {province}, ID {postcode}"
    # (the marketplace shows the number in its international form, grouped by spaces)
    body_no = f"8{r.choice('1235789')}{r.randint(1, 9)}{p.digits(4)}{p.digits(4)}"
    phone = r.choice([f"(+62) {body_no[:3]} {body_no[3:7]} {body_no[7:]}", f"(+62) {body_no}", f"0{body_no}"])
    shopee = r.random() < 0.5
    colour = "#ee4d2d" if shopee else "#03ac0e"
    receiver = r.choice([buyer.split()[0].upper(), buyer.upper(), p.name().split()[0].upper()])
    product, variant = r.choice(PRODUCTS)
    price = r.randint(15, 450) * 1000

    def rp(n: int) -> str:
        return "Rp" + f"{n:,}".replace(",", ".")

    ship, fee = r.choice([0, 9000, 12000, 18500]), r.choice([1000, 2000, 2500])
    resi = r.choice(["JP", "JT", "SPXID0", "CGK"]) + p.digits(r.choice([10, 12]))
    order_no = f"25{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
    when = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-2025 {p.time()}"
    event = r.choice([f'{p.h("ui_text", "Pesanan tiba di alamat tujuan. diterima oleh")} {p.s("person_name", receiver)}',
                      f'[{p.h("ui_text", city.replace("Kab. ", "").replace("Kota ", "").upper())}] {p.h("ui_text", "Paket telah diterima oleh")} '
                      f'{p.s("person_name", receiver)} {p.h("ui_text", "(Yang bersangkutan)")}',
                      p.h("ui_text", "Kurir sedang menuju alamat tujuan")])
    bg, fg, card, muted = ("#121212", "#e8e8e8", "#1e1e1e", "#9e9e9e") if dark else ("#f5f5f5", "#222", "#fff", "#757575")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:13.5px; }}
    .hd {{ background:{card}; height:52px; display:flex; align-items:center; gap:16px; padding:0 14px; font-size:17px; border-bottom:1px solid #8883; }}
    .hd .sp {{ flex:1; }} .hd .ic {{ color:{colour}; font-size:20px; }}
    .st {{ background:{'#26a69a' if shopee else '#03ac0e'}; color:#fff; padding:14px 16px; line-height:1.45; }}
    .st b {{ font-size:15px; }}
    .sec {{ background:{card}; margin-top:8px; padding:12px 16px; }}
    .ttl {{ font-size:14.5px; font-weight:600; margin-bottom:6px; display:flex; justify-content:space-between; }}
    .ttl a {{ color:{colour}; font-weight:400; font-size:13px; }}
    .mu {{ color:{muted}; font-size:12.5px; line-height:1.5; }} .gr {{ color:#26a69a; }}
    .ad {{ line-height:1.5; }} .ad .nm {{ font-weight:600; }}
    .it {{ display:flex; gap:10px; }} .img {{ width:64px; height:64px; background:#cfd8dc; border-radius:4px; flex:none; }}
    .kv {{ display:flex; justify-content:space-between; padding:3px 0; }} .tot {{ font-weight:700; color:{colour}; }}
    .btns {{ display:flex; gap:8px; padding:12px 16px; background:{card}; margin-top:8px; }}
    .btns > span {{ flex:1; text-align:center; padding:10px; border:1px solid #8886; border-radius:4px; }}
    .btns > .f {{ background:{colour}; color:#fff; border-color:{colour}; }}
    """
    if shopee:
        address = (f'<div class="ad"><span class="nm">{p.s("person_name", buyer)}</span> | {p.s("phone", phone)}<br>'
                   f'{p.s("address", street)}<br>{p.s("address", district)}</div>')
    else:
        address = (f'<div class="ad"><div class="nm">{p.s("person_name", buyer)}</div><div>{p.s("phone", phone)}</div>'
                   f'<div>{p.s("address", street + ", " + kel.replace("Kel. ", "").replace("Desa ", ""))}</div><div>{p.s("address", district)}</div></div>')
    status = r.choice(["Pesanan Selesai", "Pesanan Telah Dikirim", "Sedang Dikirim"])
    rows = [("Subtotal Produk", rp(price)), ("Subtotal Pengiriman", rp(ship)), ("Biaya Layanan", rp(fee))]
    money = "".join(f'<div class="kv"><span class="mu">{p.h("ui_text", k)}</span><span>{p.h("price", v)}</span></div>' for k, v in rows)
    body = f"""<div class="hd"><span>&#8592;</span><span>{p.h('ui_text', 'Rincian Pesanan')}</span><span class="sp"></span><span class="ic">&#8942;</span></div>
      <div class="st"><b>{p.h('ui_text', status)}</b><br>{p.h('ui_text', 'Terima kasih telah berbelanja. Beri penilaian untuk produk ini.')}</div>
      <div class="sec"><div class="ttl">{p.h('ui_text', 'Informasi Pengiriman')}<a>{p.h('ui_text', 'LIHAT')}</a></div>
      <div>{p.h('ui_text', r.choice(COURIERS))}: {p.i('tracking_no', resi)}</div>
      <div class="mu gr">{event}</div><div class="mu">{p.h('date', when)}</div></div>
      <div class="sec"><div class="ttl">{p.h('ui_text', 'Alamat Pengiriman')}</div>{address}</div>
      <div class="sec"><div class="ttl">{p.h('ui_text', r.choice(SHOPS))}<a>{p.h('ui_text', 'Kunjungi Toko')} &#8250;</a></div>
      <div class="it"><div class="img"></div><div style="flex:1"><div>{p.h('ui_text', product)}</div>
      <div class="mu">{p.h('ui_text', 'Variasi')}: {p.h('ui_text', variant)}</div>
      <div class="kv"><span class="mu">x{p.h('count', '1')}</span><span>{p.h('price', rp(price))}</span></div></div></div></div>
      <div class="sec">{money}<div class="kv"><span>{p.h('ui_text', 'Total Pesanan')}</span><span class="tot">{p.h('price', rp(price + ship + fee))}</span></div>
      <div class="mu">{p.h('ui_text', 'Metode Pembayaran')}: {p.h('ui_text', r.choice(['COD (Bayar di Tempat)', 'ShopeePay', 'Transfer Bank BRI', 'GoPay']))}</div></div>
      <div class="sec"><div class="kv"><span>{p.h('ui_text', 'No. Pesanan')}</span><span>{p.h('reference_no', order_no)} <span style="color:{colour}">{p.h('ui_text', 'SALIN')}</span></span></div>
      <div class="kv mu"><span>{p.h('ui_text', 'Waktu Pemesanan')}</span><span>{p.h('date', when)}</span></div></div>
      <div class="btns"><span>{p.h('ui_text', 'Hubungi Penjual')}</span><span class="f">{p.h('ui_text', 'Beli Lagi')}</span></div>"""
    return css, body


def sppd_letter(p: Page, dark: bool, group: bool):
    """An official travel order (Surat Perintah Perjalanan Dinas) opened in a browser's PDF viewer and scrolled
    down a little: the letterhead (public), the numbered form (the official giving the order, the traveller's
    name and NIP, rank, position, purpose, transport, places and dates, the people travelling along with
    their birth dates, the budget line), and the head of office who signs it with name, rank and NIP."""
    r = p.rng
    who = p.name(titled=r.random() < 0.4)
    head = p.name(titled=True)
    kab, town = r.choice([("KABUPATEN MAGELANG", "Mungkid"), ("KOTA MEDAN", "Medan"), ("KABUPATEN BANTUL", "Bantul"),
                          ("KOTA MAKASSAR", "Makassar"), ("KABUPATEN BONDOWOSO", "Bondowoso")])
    office = r.choice(["BADAN PERENCANAAN PEMBANGUNAN DAERAH", "DINAS KESEHATAN", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM",
                       "DINAS PENDIDIKAN DAN KEBUDAYAAN"])
    short = {"BADAN PERENCANAAN PEMBANGUNAN DAERAH": "Bappeda", "DINAS KESEHATAN": "Dinkes",
             "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM": "BKPSDM", "DINAS PENDIDIKAN DAN KEBUDAYAAN": "Disdikbud"}[office]
    number = f"090/{r.randint(100, 999)}/{short}/{r.choice(['V', 'VI', 'VII', 'VIII'])}/2025"
    dest = r.choice(["Jakarta", "Semarang", "Surabaya", "Yogyakarta", "Bandung", "Denpasar"])
    day = r.randint(2, 20)
    month = r.choice(["Mei", "Juni", "Juli", "Agustus"])
    length = r.randint(2, 4)
    followers = []
    for _ in range(r.choice([1, 2, 2, 3])):
        born = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(1968, 1998)}"
        followers.append((p.name(titled=r.random() < 0.3), born, r.choice(["Staf", "Analis", "Pengemudi", "Pranata Komputer"])))
    purpose = r.choice([f"Menghadiri Rapat Koordinasi Teknis Perencanaan Pembangunan di {dest}",
                        f"Konsultasi penyusunan formasi ASN ke Kementerian PANRB di {dest}",
                        f"Mengikuti Bimbingan Teknis Pengelolaan Keuangan Daerah di {dest}"])
    nip = p.nip()

    def row(no: str, label: str, value: str) -> str:
        return f"<tr><td class='n'>{no}</td><td class='l'>{label}</td><td>{value}</td></tr>"

    fl = "".join(f"<tr><td class='c'>{k + 1}.</td><td>{p.s('person_name', n)}</td><td class='c'>{p.s('birth_date', b)}</td>"
                 f"<td>{p.h('ui_text', j)}</td></tr>" for k, (n, b, j) in enumerate(followers))
    rows = "".join([
        row("1.", p.h("ui_text", "Pejabat yang memberi perintah"), p.h("ui_text", f"Kepala {office.title().replace('Dan', 'dan')}")),
        row("2.", p.h("ui_text", "Nama / NIP Pegawai yang diperintah"), f"{p.s('person_name', who)}<br>{p.h('ui_text', 'NIP.')} {p.s('nip', nip)}"),
        row("3.", f"{p.h('ui_text', 'a. Pangkat dan Golongan')}<br>{p.h('ui_text', 'b. Jabatan / Instansi')}<br>{p.h('ui_text', 'c. Tingkat Biaya Perjalanan Dinas')}",
            f"{p.i('rank', r.choice(RANKS))}<br>{p.h('ui_text', r.choice(JOBS))}<br>{p.h('ui_text', r.choice(['B', 'C']))}"),
        row("4.", p.h("ui_text", "Maksud Perjalanan Dinas"), p.h("ui_text", purpose)),
        row("5.", p.h("ui_text", "Alat angkutan yang dipergunakan"), p.h("ui_text", r.choice(["Kendaraan Dinas", "Pesawat Udara", "Kereta Api"]))),
        row("6.", f"{p.h('ui_text', 'a. Tempat berangkat')}<br>{p.h('ui_text', 'b. Tempat tujuan')}", f"{p.h('ui_text', town)}<br>{p.h('ui_text', dest)}"),
        row("7.", f"{p.h('ui_text', 'a. Lamanya Perjalanan Dinas')}<br>{p.h('ui_text', 'b. Tanggal berangkat')}<br>{p.h('ui_text', 'c. Tanggal harus kembali')}",
            f"{p.h('ui_text', str(length) + ' (' + LENGTH_WORDS[length] + ') hari')}<br>{p.h('date', f'{day} {month} 2025')}<br>"
            f"{p.h('date', f'{day + length - 1} {month} 2025')}"),
        row("8.", p.h("ui_text", "Pengikut: Nama"),
            f"<table class='in'><tr><th></th><th>{p.h('ui_text', 'Nama')}</th><th>{p.h('ui_text', 'Tanggal Lahir')}</th><th>{p.h('ui_text', 'Keterangan')}</th></tr>{fl}</table>"),
        row("9.", f"{p.h('ui_text', 'Pembebanan Anggaran')}<br>{p.h('ui_text', 'a. Instansi')}<br>{p.h('ui_text', 'b. Akun')}",
            f"<br>{p.h('ui_text', office.title().replace('Dan', 'dan'))}<br>{p.h('reference_no', '5.1.02.04.01.0001')}"),
        row("10.", p.h("ui_text", "Keterangan lain-lain"), p.h("ui_text", "-")),
    ])
    file_name = r.choice([f"{p.h('ui_text', 'SPPD_')}{p.s('person_name', who.split(',')[0].replace(' ', '_'))}{p.h('ui_text', '.pdf')}",
                          p.h("ui_text", f"SPPD-{number.split('/')[1]}-2025.pdf"), p.h("ui_text", "cetak_sppd.pdf")])
    scroll = r.choice([0, 70, 140])
    css = BASE_CSS + f"""
    body {{ background:#525659; font-size:13px; overflow:hidden; }}
    .bar {{ position:fixed; top:0; left:0; right:0; z-index:2; height:48px; background:#323639; color:#f1f1f1; display:flex;
            align-items:center; gap:16px; padding:0 16px; font-family:'DejaVu Sans', sans-serif; font-size:13.5px; }}
    .bar .sp {{ flex:1; }} .pg {{ background:#191b1c; padding:3px 8px; border-radius:2px; }}
    .page {{ background:#fff; color:#111; width:800px; margin:{48 + 14 - scroll}px auto 0; padding:34px 50px;
             font-family:'Liberation Serif', 'DejaVu Serif', 'Times New Roman', serif; font-size:14px; }}
    .kop {{ text-align:center; line-height:1.3; border-bottom:3px double #000; padding-bottom:6px; }}
    .kop .b1 {{ font-size:16px; font-weight:700; }} .kop .b2 {{ font-size:18px; font-weight:700; }} .kop .a {{ font-size:12px; }}
    .ttl {{ text-align:center; font-weight:700; margin-top:12px; text-decoration:underline; }} .no {{ text-align:center; margin-bottom:10px; }}
    table.f {{ border-collapse:collapse; width:100%; }} table.f > tbody > tr > td {{ border:1px solid #000; padding:3px 6px; vertical-align:top; line-height:1.4; }}
    td.n {{ width:34px; text-align:center; }} td.l {{ width:290px; }}
    table.in {{ border-collapse:collapse; width:100%; }} table.in th, table.in td {{ border:none; padding:1px 4px; text-align:left; font-weight:400; }}
    td.c {{ text-align:center; }}
    .sign {{ margin:18px 0 0 440px; line-height:1.45; }}
    """
    body = f"""<div class="bar"><span>&#9776;</span><span>{file_name}</span><span class="sp"></span>
      <span class="pg">{p.h('count', '1')}</span><span>/ {p.h('count', '2')}</span><span>&#8212;</span><span>{p.h('count', '100%')}</span>
      <span>+</span><span class="sp"></span><span>&#10515;</span><span>&#128438;</span><span>&#8942;</span></div>
      <div class="page"><div class="kop"><div class="b1">{p.h('ui_text', 'PEMERINTAH ' + kab)}</div><div class="b2">{p.h('ui_text', office)}</div>
      <div class="a">{p.h('ui_text', f'Jalan {r.choice(["Soekarno-Hatta", "Pemuda", "Diponegoro"])} Nomor {r.randint(1, 80)} Telepon (0{r.randint(21, 99)}) {p.digits(6)} Kode Pos {r.randint(20111, 68299)}')}</div></div>
      <div class="ttl">{p.h('ui_text', 'SURAT PERINTAH PERJALANAN DINAS')}</div><div class="no">{p.h('ui_text', 'Nomor')}: {p.h('reference_no', number)}</div>
      <table class="f">{rows}</table>
      <div class="sign">{p.h('ui_text', 'Dikeluarkan di')} : {p.h('ui_text', town)}<br>{p.h('ui_text', 'Pada tanggal')} : {p.h('date', f'{day - 1} {month} 2025')}<br>
      <b>{p.h('ui_text', 'KEPALA ' + office)},</b><br><br><br><br>
      <b><u>{p.s('person_name', head)}</u></b><br>{p.i('rank', r.choice(['Pembina Utama Muda', 'Pembina Tk. I', 'Pembina Utama Madya']))}<br>
      {p.h('ui_text', 'NIP.')} {p.s('nip', p.nip())}</div></div>"""
    return css, body


def lab_result(p: Page, dark: bool, group: bool):
    """A hospital information system's laboratory result in a browser: the system's top bar with the signed-in
    lab officer, the patient's particulars in two columns (medical record number, name with its courtesy
    prefix, birth date and age, address, insurance number, the referring doctor, the clinical diagnosis),
    the results table (tests, units and reference ranges public; the values themselves neither to cover nor
    to keep), and who validated and answers for the result."""
    r = p.rng
    patient = p.name()
    female = r.random() < 0.5
    prefix = r.choice(["Ny.", "Nn."]) if female else r.choice(["Tn.", "Sdr."])
    born_year = r.randint(1950, 2000)
    born = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{born_year}"
    rm = r.choice([f"{p.digits(2)}-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}", "00" + p.digits(4), p.digits(6), p.digits(8)])
    doctor, pk, analyst, officer = p.name(), p.name(), p.name(), p.name()
    hospital = r.choice(["RSUD Tidar Kota Magelang", "RSUD Panembahan Senopati", "RSUD Dr. Pirngadi", "RSUD Kota Makassar",
                         "RS PKU Muhammadiyah Bantul"])
    diag = r.choice(DIAGNOSES)
    left = [("No. RM", p.s("medical", rm)), ("Nama Pasien", f"{prefix} {p.s('person_name', patient.upper())}"),
            ("Tgl. Lahir / Umur", f"{p.s('birth_date', born)} / {p.i('age', f'{2025 - born_year} Th')}"),
            ("Jenis Kelamin", p.i("sex", "Perempuan" if female else "Laki-laki")),
            ("Alamat", p.s("address", _home(p)))]
    right = [("Penjamin", f"{p.h('ui_text', 'BPJS Kesehatan')} - {p.s('bpjs', '000' + p.digits(10))}"),
             ("Dokter Pengirim", f"dr. {p.s('person_name', doctor + ', ' + r.choice(['Sp.PD', 'Sp.A', 'Sp.JP', 'Sp.OG']))}"),
             ("Ruang / Poli", p.h("ui_text", r.choice(["Poli Penyakit Dalam", "Poli Anak", "Poli Jantung", "Rawat Inap Melati"]))),
             ("No. Lab", p.h("reference_no", f"LAB{r.randint(2501, 2512)}{p.digits(6)}")),
             ("Diagnosa Klinis", p.s("medical", diag))]

    def kv(pairs):
        return "".join(f"<tr><td class='k'>{p.h('ui_text', k)}</td><td>:</td><td>{v}</td></tr>" for k, v in pairs)

    results = []
    for section, tests in LAB_TESTS:
        results.append(f"<tr class='sec'><td colspan='5'>{p.h('ui_text', section)}</td></tr>")
        for name, unit, ref in r.sample(tests, min(len(tests), r.choice([3, 4]))):
            value = f"{r.uniform(0.5, 250):.1f}"
            flag = r.choice(["", "", "H", "L"])
            results.append(f"<tr><td>{p.h('ui_text', name)}</td><td class='v'>{p.i('lab_value', value)}</td>"
                           f"<td>{p.h('ui_text', unit)}</td><td>{p.h('ui_text', ref)}</td>"
                           f"<td class='fl'>{p.i('lab_value', flag) if flag else ''}</td></tr>")
    bg, fg, card, muted, bar = (("#14171a", "#e2e6ea", "#1d2125", "#98a1aa", "#0c4a6e") if dark else
                                ("#eef2f5", "#1e2328", "#fff", "#6b7580", "#0e7490"))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:13px; }}
    .top {{ height:48px; background:{bar}; color:#fff; display:flex; align-items:center; gap:14px; padding:0 16px; }}
    .top .app {{ font-weight:700; font-size:16px; }} .top .sp {{ flex:1; }}
    .av {{ width:28px; height:28px; border-radius:50%; background:#a5f3fc; }}
    .wrap {{ display:flex; }} .side {{ width:190px; background:{card}; min-height:720px; padding:10px 0; border-right:1px solid #8883; }}
    .side div {{ padding:8px 16px; }} .side .on {{ background:#0e749022; border-left:3px solid #0e7490; }}
    .main {{ flex:1; padding:14px 18px; }}
    .card {{ background:{card}; border-radius:6px; padding:12px 16px; margin-bottom:12px; border:1px solid #8882; }}
    .ttl {{ display:flex; align-items:center; gap:10px; font-size:17px; margin-bottom:10px; }} .ttl .sp {{ flex:1; }}
    .btn {{ font-size:12.5px; padding:5px 12px; border-radius:4px; background:#0e7490; color:#fff; }}
    .btn.o {{ background:none; color:{fg}; border:1px solid #8886; }}
    .two {{ display:flex; gap:30px; }} .two table {{ flex:1; }}
    table {{ border-collapse:collapse; }} td {{ padding:3px 5px; vertical-align:top; }} td.k {{ width:130px; color:{muted}; }}
    table.res {{ width:100%; }} table.res th {{ text-align:left; padding:6px 8px; border-bottom:2px solid #8886; }}
    table.res td {{ padding:5px 8px; border-bottom:1px solid #8883; }} tr.sec td {{ font-weight:700; background:#8881; }}
    td.v {{ font-weight:600; }} td.fl {{ color:#dc2626; font-weight:700; }}
    .foot {{ display:flex; gap:40px; margin-top:12px; }} .mu {{ color:{muted}; }}
    """
    menu = "".join(f'<div class="{"on" if m == "Hasil Lab" else ""}">{p.h("ui_text", m)}</div>' for m in
                   ["Dashboard", "Pendaftaran", "Permintaan Lab", "Hasil Lab", "Sampel", "Laporan", "Master Data"])
    body = f"""<div class="top"><span class="app">{p.i('system', r.choice(['SIMRS', 'SIMRS Khanza', 'SIM-RS', 'LIS']))}</span>
      <span>{p.h('ui_text', hospital)}</span><span class="sp"></span><span>&#128276;</span><div class="av"></div>
      <span>{p.s('person_name', officer)}</span><span>&#9662;</span></div>
      <div class="wrap"><div class="side">{menu}</div><div class="main">
      <div class="ttl"><span>{p.h('ui_text', 'Hasil Pemeriksaan Laboratorium')}</span><span class="sp"></span>
      <span class="btn o">{p.h('ui_text', 'Kembali')}</span><span class="btn">{p.h('ui_text', 'Cetak')}</span></div>
      <div class="card"><div class="two"><table>{kv(left)}</table><table>{kv(right)}</table></div></div>
      <div class="card"><table class="res"><tr><th>{p.h('ui_text', 'Pemeriksaan')}</th><th>{p.h('ui_text', 'Hasil')}</th>
      <th>{p.h('ui_text', 'Satuan')}</th><th>{p.h('ui_text', 'Nilai Rujukan')}</th><th>{p.h('ui_text', 'Ket.')}</th></tr>{''.join(results)}</table>
      <div class="foot"><div><span class="mu">{p.h('ui_text', 'Validator')}:</span> {p.s('person_name', analyst + ', A.Md.AK')}</div>
      <div><span class="mu">{p.h('ui_text', 'Penanggung Jawab')}:</span> dr. {p.s('person_name', pk + ', Sp.PK')}</div>
      <div class="mu">{p.h('ui_text', 'Divalidasi')} {p.h('date', p.date())} {p.h('time', p.time())}</div></div></div></div></div>"""
    return css, body



# ----------------------------------------------------------------------------- a third held-out proxy
# Pages written before the engine was run on them: an Indonesian web mail thread (earlier messages folded to
# one line, each reply signed in an office's way, the quoted message under "menulis:", attachments named
# after people), a spreadsheet of a training's registrations collected by an online form (wrapped header
# captions, wrapped cells, alternating row colours, numbers typed every which way), and a community health
# centre's registration desk (the patient called now, the day's queue with record and insurance numbers).

UNITS = ["Bidang Pengembangan Kompetensi", "Subbag Umum dan Kepegawaian", "Bidang Mutasi dan Promosi",
         "Seksi Pelayanan Kesehatan", "Bidang Data dan Informasi"]
OFFICES = ["BKPSDM Kabupaten Magelang", "Dinas Kesehatan Kota Medan", "Bappeda Kabupaten Bantul",
           "Dinas Pendidikan Kota Makassar", "BKPSDM Kabupaten Bondowoso"]
DAYS_ID = ["Sen", "Sel", "Rab", "Kam", "Jum"]
MONTHS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def _mail_user(p: Page, name: str) -> str:
    r = p.rng
    bare = name.split(",")[0].lower().split()
    user = r.choice([f"{bare[0]}.{bare[-1]}", f"{bare[0]}{bare[-1]}", f"{bare[0]}{r.randint(70, 99)}", f"{bare[0][0]}{bare[-1]}"])
    return f"{user}@{r.choice(['gmail.com', 'yahoo.co.id', 'bkpsdm.contohkab.go.id', 'dinkes.contohkota.go.id'])}"


def _attachment(p: Page, name: str) -> str:
    """An attachment's chip: a person's papers named after them, in the ways people name files."""
    r = p.rng
    kind = r.choice(["SPT", "KTP", "SK_Pangkat", "Ijazah", "Sertifikat"])
    words = name.split(",")[0].split()
    joiner = r.choice(["_", "_", " ", "-"])
    ext = r.choice([".pdf", ".pdf", ".jpg", ".png"])
    return (f'{p.h("ui_text", kind + joiner)}{p.s("person_name", joiner.join(words))}{p.h("ui_text", ext)}')


def mail_thread_id(p: Page, dark: bool, group: bool):
    """An Indonesian web mail's thread (Gmail-like, in Bahasa Indonesia): the subject, earlier messages folded
    to one line (sender, first words, date), the last two messages open: sender and address, "kepada saya",
    the body naming a participant with their NIP and a number to confirm by, the sender's signature in an
    office's way (name with degrees, position, unit, office, HP/WA, sometimes the NIP), attachments named
    after people, and the quoted earlier message under "Pada … menulis:"."""
    r = p.rng
    me, a, b, c = p.name(), p.name(titled=True), p.name(titled=True), p.name()
    a_mail, b_mail, c_mail = _mail_user(p, a), _mail_user(p, b), _mail_user(p, c)
    office = r.choice(OFFICES)
    subject = r.choice(["Permohonan data peserta Bimtek SIASN Tahun 2025", "Usulan kenaikan pangkat periode Oktober 2025",
                        "Konfirmasi peserta Pelatihan Kepemimpinan Pengawas", "Perbaikan data SKP pegawai"])
    day = r.randint(2, 27)
    month = r.choice(MONTHS_ID[3:10])
    participant = p.name(titled=r.random() < 0.4)

    def signature(name: str, with_nip: bool) -> str:
        lines = [f'<b>{p.s("person_name", name)}</b>', p.h("ui_text", r.choice(JOBS)), p.h("ui_text", r.choice(UNITS)),
                 p.h("ui_text", office)]
        contact = r.choice(["HP/WA", "WA", "Hp.", "No. HP"])
        lines.append(f'{p.h("ui_text", contact + ":")} {p.s("phone", p.phone())}')
        if with_nip:
            lines.insert(1, f'{p.h("ui_text", "NIP.")} {p.s("nip", p.nip())}')
        return f'<div class="sig">{p.h("ui_text", r.choice(["Salam,", "Hormat kami,", "Terima kasih,"]))}<br><br>' + "<br>".join(lines) + "</div>"

    folded = "".join(
        f'<div class="fold"><span class="who">{p.s("person_name", n.split(",")[0])}</span>'
        f'<span class="snip">{p.h("ui_text", t)}</span><span class="dt">{p.h("date", f"{day - k - 1} {month}")}</span></div>'
        for k, (n, t) in enumerate([(c, "Baik Pak, kami tunggu datanya paling lambat hari Jumat. Terima kasih"),
                                    (b, "Mohon izin Bapak/Ibu, terlampir kami sampaikan surat permohonan")]))
    body_a = (f'<p>{p.h("ui_text", "Yth.")} {p.h("ui_text", r.choice(["Bapak", "Ibu"]))} {p.s("person_name", b.split(",")[0].split()[0])},</p>'
              f'<p>Bersama ini kami sampaikan usulan peserta atas nama {p.s("person_name", participant)} '
              f'(NIP {p.s("nip", p.nip())}). Apabila ada kekurangan berkas mohon dapat menghubungi yang bersangkutan '
              f'di nomor {p.s("phone", p.phone())}.</p>')
    atts = "".join(f'<span class="att"><span class="ic">&#128206;</span><span>{_attachment(p, n)}</span></span>' for n in [participant, a][:r.choice([1, 2])])
    when_a = f"{r.choice(DAYS_ID)}, {day} {month} 2025, {p.time().replace(':', '.')}"
    when_b = f"{r.choice(DAYS_ID)}, {day - 1} {month} 2025 pukul {p.time().replace(':', '.')}"
    bg, fg, card, muted, line = (("#1f1f1f", "#e3e3e3", "#2a2a2a", "#9aa0a6", "#3c4043") if dark
                                 else ("#f6f8fc", "#1f1f1f", "#fff", "#5f6368", "#e0e0e0"))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:14px; }}
    .top {{ height:64px; display:flex; align-items:center; gap:16px; padding:0 16px; }}
    .logo {{ font-size:21px; width:200px; }} .search {{ flex:1; max-width:720px; height:46px; border-radius:24px; background:{'#303134' if dark else '#eaf1fb'};
             display:flex; align-items:center; padding:0 20px; color:{muted}; }}
    .av {{ width:32px; height:32px; border-radius:50%; background:#7b1fa2; color:#fff; display:flex; align-items:center; justify-content:center; }}
    .wrap {{ display:flex; }} .nav {{ width:230px; padding:0 10px; }}
    .nav div {{ padding:7px 16px; border-radius:16px; display:flex; justify-content:space-between; }} .nav .on {{ background:{'#41331c' if dark else '#d3e3fd'}; font-weight:700; }}
    .compose {{ display:inline-block; padding:16px 22px !important; border-radius:16px; background:{'#2a3b4c' if dark else '#c2e7ff'}; margin-bottom:10px; }}
    .main {{ flex:1; background:{card}; border-radius:16px; margin-right:16px; padding:14px 24px 20px 24px; height:680px; overflow:hidden; }}
    .subj {{ font-size:21px; margin:6px 0 14px 50px; }} .chip {{ font-size:12px; background:{line}; border-radius:4px; padding:1px 6px; margin-left:8px; }}
    .fold {{ display:flex; gap:16px; padding:9px 0 9px 50px; border-bottom:1px solid {line}; white-space:nowrap; overflow:hidden; }}
    .fold .who {{ font-weight:700; width:170px; flex:none; overflow:hidden; }} .fold .snip {{ color:{muted}; flex:1; overflow:hidden; }}
    .fold .dt {{ color:{muted}; font-size:12.5px; }}
    .msg {{ padding:14px 0 6px 50px; position:relative; border-bottom:1px solid {line}; }}
    .msg .pic {{ position:absolute; left:0; top:16px; width:40px; height:40px; border-radius:50%; background:#0b8043; }}
    .head {{ display:flex; justify-content:space-between; }} .from b {{ font-size:14px; }} .from .ad {{ color:{muted}; font-size:12.5px; }}
    .to {{ color:{muted}; font-size:12.5px; }} .when {{ color:{muted}; font-size:12.5px; }}
    p {{ margin:10px 0; line-height:1.5; max-width:820px; }}
    .sig {{ color:{muted}; font-size:13px; line-height:1.45; margin:8px 0; }}
    .att {{ display:inline-flex; gap:6px; border:1px solid {line}; border-radius:6px; padding:8px 12px; margin:8px 10px 8px 0; font-size:13px; }}
    .q {{ border-left:1px solid {muted}; padding-left:10px; color:{muted}; margin-top:8px; }}
    """
    nav = "".join(f'<div class="{"on" if k == 0 else ""}">{p.h("ui_text", m)}<span>{p.h("count", n) if n else ""}</span></div>'
                  for k, (m, n) in enumerate([("Kotak Masuk", str(r.randint(120, 2400))), ("Berbintang", ""), ("Ditunda", ""),
                                              ("Terkirim", ""), ("Draf", str(r.randint(1, 9)))]))
    body = f"""<div class="top"><span class="logo">&#9776; {p.h('ui_text', 'Gmail')}</span>
      <div class="search">{p.h('ui_text', 'Telusuri email')}</div><span style="flex:1"></span><div class="av">{p.i('initial', me[0])}</div></div>
      <div class="wrap"><div class="nav"><div class="compose">&#9998; {p.h('ui_text', 'Tulis')}</div>{nav}</div>
      <div class="main"><div class="subj">{p.h('ui_text', subject)}<span class="chip">{p.h('ui_text', 'Kotak Masuk')}</span></div>
      {folded}
      <div class="msg"><div class="pic"></div><div class="head"><div class="from"><b>{p.s('person_name', a.split(',')[0])}</b>
      <span class="ad">&lt;{p.s('email', a_mail)}&gt;</span></div><span class="when">{p.h('date', when_a)}</span></div>
      <div class="to">{p.h('ui_text', 'kepada saya,')} {p.s('person_name', c.split()[0])} &#9662;</div>
      {body_a}{signature(a, r.random() < 0.5)}<div>{atts}</div>
      <div class="q"><div>{p.h('ui_text', 'Pada')} {p.h('date', when_b)} {p.s('person_name', b.split(',')[0])} &lt;{p.s('email', b_mail)}&gt; {p.h('ui_text', 'menulis:')}</div>
      <p>{p.h('ui_text', 'Mohon izin Bapak/Ibu, terlampir kami sampaikan surat permohonan data peserta. Kami tunggu balasannya.')}</p>
      {signature(b, r.random() < 0.5)}</div></div></div></div>"""
    return css, body


def training_sheet(p: Page, dark: bool, group: bool):
    """A spreadsheet of a training's registrations, filled by an online form (Google Sheets' "(Jawaban)"
    sheet): the form's questions as wrapped header captions on a coloured header row, alternating row
    colours, text wrapping on so a long name or office breaks over two lines in its cell, and numbers typed
    as each registrant typed them (a phone with or without +62, spaces or dashes; a NIP or "-" for non-civil
    servants).  The formula bar shows the chosen cell."""
    r = p.rng
    captions = ["Timestamp", "Alamat email", "Nama lengkap (beserta gelar)", "NIK", "NIP (khusus ASN)",
                "Instansi / Unit Kerja", "Nomor WhatsApp aktif"]
    rows_html = []
    chosen = None
    for k in range(r.randint(9, 12)):
        name = p.name(titled=r.random() < 0.5)
        if r.random() < 0.25:
            name = name.upper()
        nik = p.nik()
        body_no = f"8{r.choice('1235789')}{r.randint(1, 9)}{p.digits(4)}{p.digits(r.choice([3, 4]))}"
        phone = r.choice([f"0{body_no}", f"+62{body_no}", f"62{body_no}", f"0{body_no[:3]} {body_no[3:7]} {body_no[7:]}",
                          f"0{body_no[:3]}-{body_no[3:7]}-{body_no[7:]}"])
        nip = p.s("nip", p.nip()) if r.random() < 0.75 else p.h("ui_text", "-")
        stamp = f"{r.randint(1, 28)}/{r.randint(5, 7)}/2025 {r.randint(7, 22)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        office = r.choice(["Puskesmas Sawangan", "SDN 2 Tegalrejo", "Kecamatan Jetis", "Dinas Kesehatan",
                           "RSUD dr. Soeselo", "Kelurahan Pasar Baru", "BKPSDM", "Dinas Pendidikan dan Kebudayaan"])
        cells = [p.h("date", stamp), p.s("email", _mail_user(p, name)), p.s("person_name", name), p.s("nik", nik), nip,
                 p.h("ui_text", office), p.s("phone", phone)]
        chosen = chosen or nik
        rows_html.append(f"<tr><th>{k + 2}</th>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head_bg, stripe = r.choice([("#356854", "#e7f9ef"), ("#5b3f86", "#f3e8fd"), ("#1c4587", "#e8f0fe"), ("#bf9000", "#fff2cc")])
    grid_bg, fg, frame = ("#1e1e1e", "#e8eaed", "#2a2a2a") if dark else ("#fff", "#202124", "#f8f9fa")
    if dark:
        stripe = "#2b2f33"
    title = r.choice(["Pendaftaran Pelatihan Dasar SIASN (Jawaban)", "Daftar Peserta Bimtek Penyusunan SKP 2025 (Jawaban)",
                      "Registrasi Peserta Workshop Pengadaan Barang/Jasa (Jawaban)"])
    css = BASE_CSS + f"""
    body {{ background:{grid_bg}; color:{fg}; font-family:{_font(p)}; font-size:13px; }}
    .menu {{ height:64px; display:flex; align-items:center; gap:12px; padding:0 14px; background:{frame}; }}
    .doc {{ font-size:18px; }} .mi {{ font-size:13.5px; margin-right:12px; }}
    .share {{ margin-left:auto; background:#c2e7ff; color:#001d35; border-radius:18px; padding:9px 18px; }}
    .tool {{ height:40px; background:{frame}; display:flex; align-items:center; gap:18px; padding:0 16px; color:#888; border-top:1px solid #8883; }}
    .fx {{ height:30px; display:flex; align-items:center; border-bottom:1px solid #8884; border-top:1px solid #8884; }}
    .fx .ref {{ width:90px; padding-left:10px; border-right:1px solid #8884; }} .fx .v {{ padding-left:10px; }}
    table {{ border-collapse:collapse; table-layout:fixed; }}
    th {{ background:{frame}; color:#888; font-weight:400; font-size:11px; border:1px solid #8884; height:20px; }}
    td {{ border:1px solid #8883; padding:2px 4px; vertical-align:bottom; line-height:1.25; word-wrap:break-word; overflow:hidden; }}
    tr.h td {{ background:{head_bg}; color:#fff; font-weight:700; vertical-align:middle; }}
    tr:nth-child(2n+3) td {{ background:{stripe}; }}
    """
    widths = [120, 190, 160, 140, 150, 150, 130]
    cols = "<col style='width:40px'>" + "".join(f"<col style='width:{w}px'>" for w in widths)
    letters = "<tr><th></th>" + "".join(f"<th>{c}</th>" for c in "ABCDEFG") + "</tr>"
    head = "<tr class='h'><th>1</th>" + "".join(f"<td>{p.h('ui_text', c)}</td>" for c in captions) + "</tr>"
    menu = "".join(f'<span class="mi">{p.h("ui_text", m)}</span>' for m in ["File", "Edit", "Lihat", "Sisipkan", "Format", "Data", "Alat", "Bantuan"])
    body = f"""<div class="menu"><div><div class="doc">{p.h('ui_text', title)}</div><div>{menu}</div></div>
      <span class="share">{p.h('ui_text', 'Bagikan')}</span></div>
      <div class="tool">&#8630; &#8631; &#128424; <span>{p.h('count', '100%')}</span> <span>{p.h('ui_text', 'Rp')}</span> <span>%</span> <span>{p.h('ui_text', 'Default')}</span></div>
      <div class="fx"><span class="ref">{p.h('ui_text', 'D2')}</span><span class="v">{p.s('nik', chosen)}</span></div>
      <table>{cols}{letters}{head}{''.join(rows_html)}</table>"""
    return css, body


def puskesmas_queue(p: Page, dark: bool, group: bool):
    """A community health centre's registration desk in its web system: the patient being called now (queue
    number, name, clinic), the day's queue as a table (queue number, time, medical record number, patient's
    name, sex, birth date and age, short address, clinic, payer and the insurance card number, status as a
    coloured pill, a call button), and the desk officer signed in at the top."""
    r = p.rng
    centre = r.choice(["Puskesmas Sawangan", "Puskesmas Medan Kota", "Puskesmas Jetis I", "Puskesmas Tamalanrea",
                       "Puskesmas Wringin"])
    officer = p.name()
    clinics = ["Poli Umum", "Poli Gigi", "Poli KIA/KB", "Poli Lansia", "Poli MTBS"]
    rows_html, called = [], None
    start_h, start_m = 7, r.randint(30, 55)
    for k in range(r.randint(8, 11)):
        name = p.name().upper() if r.random() < 0.7 else p.name()
        sex = r.choice(["L", "P"])
        year = r.randint(1945, 2022)
        born = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{year}"
        age = f"{2025 - year} th"
        kel, kec, city = r.choice(PLACES)
        addr = r.choice([f"{kel.replace('Kel. ', '').replace('Desa ', '')} RT {r.randint(1, 9):02d}/{r.randint(1, 9):02d}",
                         f"{r.choice(STREETS)} No. {r.randint(1, 90)}", f"Dsn. {r.choice(['Krajan', 'Ngasem', 'Kidul', 'Wetan'])} RT {r.randint(1, 9):02d}"])
        rm = f"{r.randint(0, 9):02d}.{r.randint(0, 99):02d}.{r.randint(0, 99):02d}"
        clinic = r.choice(clinics)
        bpjs = r.random() < 0.7
        card = f"000{p.digits(10)}" if bpjs else "-"
        status = ["Selesai", "Selesai", "Dilayani", "Dipanggil"][k] if k < 4 else "Menunggu"
        minute = start_m + 4 * k
        when = f"{start_h + minute // 60:02d}:{minute % 60:02d}"
        queue_no = f"{clinic.split()[1][0]}-{k + 1:03d}"
        if status == "Dipanggil":
            called = (queue_no, name, clinic)
        pill = {"Selesai": "#9e9e9e", "Dilayani": "#1e88e5", "Dipanggil": "#f4511e", "Menunggu": "#43a047"}[status]
        cells = [p.h("count", queue_no), p.h("time", when), p.s("medical", rm), p.s("person_name", name), p.i("sex", sex),
                 f'{p.s("birth_date", born)}<br><span class="mu">{p.i("age", age)}</span>', p.s("address", addr), p.h("ui_text", clinic),
                 f'{p.h("ui_text", "BPJS" if bpjs else "Umum")}<br><span class="mu">{p.s("bpjs", card) if bpjs else p.h("ui_text", card)}</span>',
                 f'<span class="pill" style="background:{pill}">{p.h("ui_text", status)}</span>',
                 f'<span class="btn">{p.h("ui_text", "Panggil")}</span>']
        rows_html.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    bg, fg, card_bg, muted, line = (("#161b22", "#e6edf3", "#21262d", "#8b949e", "#30363d") if dark
                                    else ("#f4f6f9", "#212529", "#fff", "#6c757d", "#dee2e6"))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:13px; }}
    .top {{ height:54px; background:#00796b; color:#fff; display:flex; align-items:center; gap:16px; padding:0 18px; }}
    .top .app {{ font-size:18px; font-weight:700; }} .top .sp {{ flex:1; }}
    .wrap {{ display:flex; }} .side {{ width:200px; background:{card_bg}; min-height:720px; padding-top:10px; border-right:1px solid {line}; }}
    .side div {{ padding:10px 18px; }} .side .on {{ background:#00796b22; border-left:3px solid #00796b; font-weight:700; }}
    .main {{ flex:1; padding:14px 18px; }}
    .now {{ display:flex; gap:24px; align-items:center; background:{card_bg}; border:1px solid {line}; border-radius:6px; padding:12px 18px; margin-bottom:12px; }}
    .now .no {{ font-size:34px; font-weight:700; color:#f4511e; }} .now .nm {{ font-size:19px; font-weight:700; }}
    .filt {{ display:flex; gap:14px; margin-bottom:10px; align-items:center; }}
    .filt span {{ border:1px solid {line}; border-radius:4px; padding:5px 10px; background:{card_bg}; }}
    table {{ border-collapse:collapse; width:100%; background:{card_bg}; }}
    th {{ text-align:left; padding:7px 6px; border-bottom:2px solid {line}; font-size:12.5px; }}
    td {{ padding:5px 6px; border-bottom:1px solid {line}; vertical-align:middle; line-height:1.3; }}
    .mu {{ color:{muted}; font-size:11.5px; }}
    .pill {{ color:#fff; border-radius:10px; padding:2px 9px; font-size:11.5px; }}
    .btn {{ border:1px solid #00796b; color:#00796b; border-radius:4px; padding:3px 8px; font-size:12px; }}
    """
    heads = ["Antrian", "Jam", "No. RM", "Nama Pasien", "JK", "Tgl. Lahir / Umur", "Alamat", "Poli", "Penjamin", "Status", ""]
    side = "".join(f'<div class="{"on" if k == 1 else ""}">{p.h("ui_text", m)}</div>'
                   for k, m in enumerate(["Beranda", "Pendaftaran", "Antrian Poli", "Rekam Medis", "Farmasi", "Laporan"]))
    now = ""
    if called:
        now = (f'<div class="now"><div><div class="mu">{p.h("ui_text", "Sedang dipanggil")}</div><div class="no">{p.h("count", called[0])}</div></div>'
               f'<div><div class="nm">{p.s("person_name", called[1])}</div><div>{p.h("ui_text", called[2])}</div></div>'
               f'<span style="flex:1"></span><span class="btn">{p.h("ui_text", "Panggil Ulang")}</span><span class="btn">{p.h("ui_text", "Lewati")}</span></div>')
    body = f"""<div class="top"><span class="app">{p.i('system', 'ePuskesmas')}</span><span>{p.h('ui_text', centre)}</span><span class="sp"></span>
      <span>{p.h('ui_text', 'Loket Pendaftaran')}</span><span>&#128100; {p.s('person_name', officer)}</span></div>
      <div class="wrap"><div class="side">{side}</div><div class="main">{now}
      <div class="filt"><b>{p.h('ui_text', 'Antrian Hari Ini')}</b><span>{p.h('date', p.date())}</span><span>{p.h('ui_text', 'Semua Poli')} &#9662;</span>
      <span>{p.h('ui_text', 'Cari nama / No. RM / NIK')}</span></div>
      <table><tr>{''.join(f'<th>{p.h("ui_text", h) if h else ""}</th>' for h in heads)}</tr>{''.join(rows_html)}</table></div></div>"""
    return css, body


# ----------------------------------------------------------------------------- complaint tickets, courier orders, meetings

COMPLAINT_PORTALS = [("LAPOR!", "#e53935"), ("SP4N-LAPOR!", "#c62828"), ("Aduan Warga", "#1565c0"), ("SIPP Online", "#2e7d32"),
                     ("e-Pengaduan", "#6a1b9a")]
COMPLAINT_AGENCIES = ["Dinas Kependudukan dan Pencatatan Sipil Kabupaten Magelang", "Dinas Sosial Kota Medan",
                      "BPJS Kesehatan Cabang Bantul", "Dinas Pekerjaan Umum Kota Makassar", "Kantor Pertanahan Kota Bandung",
                      "Dinas Perhubungan Kabupaten Bondowoso", "Badan Kepegawaian Daerah Provinsi Jawa Tengah"]
COMPLAINT_TOPICS = ["Administrasi Kependudukan", "Bantuan Sosial", "Infrastruktur Jalan", "Layanan Kesehatan",
                    "Pertanahan", "Kepegawaian", "Perhubungan"]
RESTAURANTS = ["Ayam Geprek Bensu", "Bakso Pak Kumis", "Warung Makan Bu Tini", "Sate Khas Senayan", "Mie Gacoan",
               "Kopi Kenangan", "Nasi Goreng Kambing Kebon Sirih", "Martabak Bangka Asli", "Soto Ayam Lamongan Cak Har"]
MENU_ITEMS = ["Paket Geprek + Es Teh", "Bakso Urat Jumbo", "Nasi Goreng Spesial", "Es Kopi Susu Gula Aren",
              "Sate Ayam 10 tusuk", "Mie Pedas Level 2", "Martabak Manis Coklat Keju", "Soto Ayam + Nasi", "Teh Manis Dingin"]
VEHICLES = ["Honda Vario 125 Hitam", "Yamaha NMAX Putih", "Honda Beat Merah", "Suzuki Nex Biru", "Yamaha Mio Abu-abu",
            "Toyota Avanza Silver", "Daihatsu Xenia Hitam"]
HOME_NOTES = ["rumah pagar hijau", "pagar hitam depan warung", "sebelah masjid, cat kuning", "rumah pojok no. 12 pintu coklat",
              "masuk gang kedua kiri, rumah lantai 2", "titip satpam ya", "depan pos ronda, pagar besi biru"]


def _plate(p: Page) -> str:
    r = p.rng
    return f"{r.choice(['B', 'D', 'AB', 'AA', 'BK', 'DD', 'L', 'N'])} {r.randint(1, 9999)} {''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(r.choice([2, 3])))}"


def complaint_ticket(p: Page, dark: bool, group: bool):
    """A public complaint portal's ticket (LAPOR!-like) as the agency's officer sees it: the portal and the
    officer signed in, the ticket's number, status, topic and the agency it was sent to (all public), the
    reporter's card (name, phone, e-mail, address, with the label spellings portals use), the complaint's
    text in the reporter's own words mentioning a NIK, a KK or a bank account, the officer's reply and the
    disposition trail.  The reporter's card sits right of the text, left of it, or above it."""
    r = p.rng
    portal, colour = r.choice(COMPLAINT_PORTALS)
    agency = r.choice(COMPLAINT_AGENCIES)
    reporter, officer = p.name(), p.name(titled=True)
    ticket = r.choice([f"#{p.digits(7)}", f"LAPOR-25{r.randint(1, 12):02d}{p.digits(5)}", f"TKT/{r.randint(100, 999)}/2025",
                       f"ADU-{p.digits(6)}"])
    nik, acct = p.nik(), p.account()
    bank = r.choice(BANKS)
    mention = r.choice([
        f'Saya sudah mengajukan perubahan data KTP sejak 3 bulan lalu dengan NIK {p.s("nik", nik)} tetapi sampai sekarang belum selesai. Mohon ditindaklanjuti.',
        f'Bantuan sosial bulan ini belum masuk ke rekening {bank} {p.s("bank_account", acct)} atas nama saya. NIK {p.s("nik", nik)}. Mohon dicek.',
        f'Jalan di depan rumah saya rusak parah dan sering terjadi kecelakaan. Data saya NIK: {p.s("nik", nik)}. Terima kasih.',
        f'Kartu KIS ibu saya tidak aktif padahal iuran rutin dibayar. No. KK {p.s("kk", p.nik())}, NIK ibu {p.s("nik", nik)}.',
        f'Uang ganti rugi pembebasan lahan belum ditransfer ke rek. {p.s("bank_account", acct)} ({bank}). Mohon kejelasan.',
        f'Tunjangan saya dipotong tanpa pemberitahuan. NIP {p.s("nip", p.nip())}, rekening gaji {bank} {p.s("bank_account", acct)}.',
    ])
    home = _home(p)
    email = p.email(reporter)
    phone = _msisdn(p)
    labels = r.choice([
        ("Nama Pelapor", "No. Telepon", "Email", "Alamat"), ("Pelapor", "No. HP", "E-mail", "Alamat Pelapor"),
        ("Nama", "Nomor Ponsel", "Surel", "Domisili"), ("Nama Lengkap", "Kontak", "Alamat Email", "Alamat"),
        ("Reporter", "Phone", "Email", "Address")])
    who = [(labels[0], p.s("person_name", reporter)), (labels[1], p.s("phone", phone)), (labels[2], p.s("email", email)),
           (labels[3], p.s("address", home))]
    if r.random() < 0.5:
        who.insert(1, ("Identitas", p.h("ui_text", r.choice(["Terverifikasi", "Tidak Rahasia", "Publik"]))))
    stacked = r.random() < 0.5
    if stacked:
        card = "".join(f'<div class="st"><div class="l">{p.h("ui_text", lab)}</div><div class="v">{val}</div></div>' for lab, val in who)
    else:
        card = "<table class='kv'>" + "".join(f"<tr><td class='l'>{p.h('ui_text', lab)}</td><td>{val}</td></tr>" for lab, val in who) + "</table>"
    status = r.choice(["Diproses", "Menunggu Tindak Lanjut", "Didisposisikan", "Selesai", "Verifikasi"])
    when = f"{p.h('date', p.date())} {p.h('time', p.time())}"
    unit = r.choice(["Bidang Pelayanan", "Bidang Pendaftaran Penduduk", "Sekretariat", "UPT Pelayanan", "Bidang Data dan Informasi"])
    trail = [f'<li>{p.h("date", p.date())} &middot; {p.h("ui_text", "Laporan diteruskan ke")} {p.h("ui_text", agency)}</li>',
             f'<li>{p.h("date", p.date())} &middot; {p.h("ui_text", "Didisposisikan ke")} {p.h("ui_text", unit)}</li>']
    if r.random() < 0.6:
        trail.append(f'<li>{p.h("date", p.date())} &middot; {p.h("ui_text", "Ditanggapi oleh")} {p.s("person_name", officer)}</li>')
    reply = r.choice(["Terima kasih atas laporan Saudara. Laporan sedang kami verifikasi dan akan ditindaklanjuti paling lambat 5 hari kerja.",
                      "Mohon maaf atas ketidaknyamanannya. Data Saudara sudah kami teruskan ke bidang terkait.",
                      "Laporan Saudara telah kami terima dan sedang dalam proses penanganan."])
    reply_by = p.s("person_name", officer) if r.random() < 0.5 else p.h("ui_text", "Admin " + agency.split(" ")[0])
    bg, fg, panel, muted, line = (("#16191d", "#e3e6ea", "#1f2328", "#9aa1a9", "#30363d") if dark else
                                  ("#f4f6f9", "#23272b", "#fff", "#6b7280", "#e3e6ea"))
    side = r.choice(["right", "left", "top"])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{r.choice([13, 13.5, 14])}px; }}
    .top {{ height:52px; background:{colour}; color:#fff; display:flex; align-items:center; gap:18px; padding:0 18px; }}
    .top .app {{ font-size:18px; font-weight:800; }} .top .sp {{ flex:1; }} .top .m {{ opacity:.9; }}
    .wrap {{ display:flex; gap:16px; padding:14px 18px; flex-direction:{'row' if side == 'right' else 'row-reverse' if side == 'left' else 'column-reverse'}; }}
    .main {{ flex:1; }} .side {{ width:{'100%' if side == 'top' else '360px'}; flex:none; }}
    .box {{ background:{panel}; border:1px solid {line}; border-radius:6px; padding:12px 14px; margin-bottom:12px; }}
    .box h3 {{ font-size:14px; margin-bottom:8px; }} .mu {{ color:{muted}; }}
    .tag {{ display:inline-block; padding:2px 8px; border-radius:10px; background:{colour}22; color:{colour}; font-size:12px; margin-right:6px; }}
    .txt {{ line-height:1.55; }}
    table.kv td {{ padding:4px 10px 4px 0; vertical-align:top; }} table.kv .l {{ color:{muted}; white-space:nowrap; width:120px; }}
    .st {{ padding:4px 0; }} .st .l {{ color:{muted}; font-size:.88em; }}
    ul.tr {{ list-style:none; }} ul.tr li {{ padding:4px 0; border-left:2px solid {colour}; padding-left:10px; margin-left:4px; }}
    .btn {{ display:inline-block; padding:6px 12px; border-radius:4px; background:{colour}; color:#fff; margin-right:6px; }}
    """
    body = f"""<div class="top"><span class="app">{p.h('ui_text', portal)}</span><span class="m">{p.h('ui_text', 'Dasbor Instansi')}</span>
      <span class="m">{p.h('ui_text', 'Laporan Masuk')}</span><span class="sp"></span><span>{p.h('ui_text', agency.split(' Kabupaten')[0].split(' Kota')[0])}</span>
      <span>&#128100; {p.s('person_name', officer)}</span></div>
      <div class="wrap"><div class="main">
      <div class="box"><h3>{p.h('ui_text', 'Laporan')} {p.h('reference_no', ticket)}</h3>
      <div><span class="tag">{p.h('ui_text', status)}</span><span class="tag">{p.h('ui_text', r.choice(COMPLAINT_TOPICS))}</span>
      <span class="mu">{when}</span></div>
      <div class="mu" style="margin-top:6px">{p.h('ui_text', 'Instansi Tujuan')}: {p.h('ui_text', agency)}</div>
      <div class="txt" style="margin-top:10px"><b>{p.h('ui_text', r.choice(['Isi Laporan', 'Uraian Pengaduan', 'Detail Laporan']))}</b><br>{mention}</div></div>
      <div class="box"><h3>{p.h('ui_text', 'Tanggapan')}</h3><div class="mu">{reply_by}</div><div class="txt">{p.h('ui_text', reply)}</div></div>
      <div><span class="btn">{p.h('ui_text', 'Tindak Lanjut')}</span><span class="btn">{p.h('ui_text', 'Disposisi')}</span>
      <span class="btn">{p.h('ui_text', 'Selesaikan')}</span></div></div>
      <div class="side"><div class="box"><h3>{p.h('ui_text', r.choice(['Data Pelapor', 'Identitas Pelapor', 'Informasi Pelapor']))}</h3>{card}</div>
      <div class="box"><h3>{p.h('ui_text', 'Riwayat')}</h3><ul class="tr">{''.join(trail)}</ul></div></div></div>"""
    return css, body


def courier_order(p: Page, dark: bool, group: bool):
    """A ride-hailing food or parcel order on a phone (GoFood/GrabFood/ShopeeFood-like) while the driver is on
    the way: a map, the driver's card (name, plate, vehicle, rating), the restaurant (public) and its menu
    items, where it goes (the customer's name and phone, the delivery address and the note people write to
    find the house), the prices, the order number, and a line of chat with the driver."""
    r = p.rng
    app, colour = r.choice([("GoFood", "#00aa13"), ("GrabFood", "#00b14f"), ("ShopeeFood", "#ee4d2d"), ("Maxim", "#f5a623")])
    driver, customer = p.name(), p.name()
    plate = _plate(p)
    resto = r.choice(RESTAURANTS)
    branch = r.choice(["Kaliurang", "Dago", "Sudirman", "Panakkukang", "Pemuda", "Ring Road"])
    items = r.sample(MENU_ITEMS, r.randint(1, 3))
    note = r.choice(HOME_NOTES)
    home = _home(p, casual=r.random() < 0.3)
    phone = _msisdn(p)
    english = r.random() < 0.3
    L = (lambda id_, en: en if english else id_)
    status = r.choice([L("Driver menuju lokasimu", "Driver is on the way"), L("Pesanan sedang diantar", "Your order is being delivered"),
                       L("Driver sedang membeli pesananmu", "Driver is buying your order")])
    size = r.choice([13, 14, 15])
    bg, fg, card, muted = ("#101214", "#e9ecef", "#1b1e22", "#9aa0a6") if dark else ("#f3f5f8", "#1d2025", "#fff", "#6b7280")

    def rp(n: int) -> str:
        return "Rp" + f"{n:,}".replace(",", ".")
    prices = [r.randint(12, 60) * 1000 for _ in items]
    fee, ship = r.choice([2000, 3000, 4000]), r.choice([8000, 10000, 12000, 15000])
    order_no = r.choice(["F-", "A-", "GF-"]) + p.digits(r.choice([9, 10]))
    food = "".join(f'<div class="kv"><span>{p.h("count", str(r.randint(1, 3)))}x {p.h("ui_text", it)}</span><span>{p.h("price", rp(pr))}</span></div>'
                   for it, pr in zip(items, prices))
    dest_label = r.choice([L("Antar ke", "Deliver to"), L("Alamat Pengantaran", "Delivery address"), L("Lokasi Tujuan", "Destination")])
    note_label = r.choice([L("Catatan", "Note"), L("Catatan untuk driver", "Note to driver"), L("Detail alamat", "Address details")])
    inline_name = r.random() < 0.5
    who = (f'<div><span class="b">{p.s("person_name", customer)}</span> &middot; {p.s("phone", phone)}</div>' if inline_name else
           f'<div class="b">{p.s("person_name", customer)}</div><div class="mu">{p.s("phone", phone)}</div>')
    chat = r.choice([f'{p.h("ui_text", L("Sesuai aplikasi ya kak", "Following the app, ok"))}',
                     f'{p.h("ui_text", L("Sudah di depan, kak", "I am outside"))}',
                     f'{p.h("ui_text", L("Pesanan sudah saya ambil", "Picked up your order"))}'])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .map {{ height:210px; background:{'#2a2f35' if dark else '#e6eadf'}; position:relative; overflow:hidden; }}
    .road {{ position:absolute; background:{'#3b424a' if dark else '#fff'}; }}
    .hd {{ position:absolute; top:10px; left:10px; right:10px; display:flex; gap:10px; align-items:center; }}
    .hd .bk {{ background:{card}; border-radius:50%; width:34px; height:34px; text-align:center; line-height:34px; }}
    .sheet {{ background:{card}; border-radius:16px 16px 0 0; margin-top:-14px; position:relative; padding:14px 16px; }}
    .stt {{ font-size:1.2em; font-weight:700; }} .mu {{ color:{muted}; }} .b {{ font-weight:600; }}
    .drv {{ display:flex; gap:12px; align-items:center; padding:12px 0; border-bottom:1px solid #8883; }}
    .av {{ width:46px; height:46px; border-radius:50%; background:#9ab; flex:none; }}
    .pl {{ font-weight:700; letter-spacing:.5px; }}
    .sec {{ padding:10px 0; border-bottom:1px solid #8883; line-height:1.45; }}
    .sec .t {{ color:{muted}; font-size:.86em; margin-bottom:2px; }}
    .kv {{ display:flex; justify-content:space-between; padding:2px 0; }}
    .cb {{ background:{colour}22; border-radius:10px; padding:7px 10px; margin-top:8px; }}
    .btns {{ display:flex; gap:10px; margin-top:12px; }} .btns > span {{ flex:1; text-align:center; padding:10px; border-radius:20px; border:1px solid {colour}; color:{colour}; }}
    """
    roads = "".join(f'<div class="road" style="left:{r.randint(0, 300)}px;top:0;width:{r.randint(8, 14)}px;height:210px"></div>' for _ in range(2)) + \
        "".join(f'<div class="road" style="top:{r.randint(40, 190)}px;left:0;height:{r.randint(8, 14)}px;width:390px"></div>' for _ in range(2))
    plate_first = r.random() < 0.5
    drv_line = (f'<div class="pl">{p.s("plate", plate)}</div><div class="mu">{p.h("ui_text", r.choice(VEHICLES))}</div><div>{p.s("person_name", driver)} &#9733; {p.h("count", f"4.{r.randint(6, 9)}")}</div>'
                if plate_first else
                f'<div class="b">{p.s("person_name", driver)}</div><div class="mu">{p.h("ui_text", r.choice(VEHICLES))} &middot; &#9733; {p.h("count", f"4.{r.randint(6, 9)}")}</div><div class="pl">{p.s("plate", plate)}</div>')
    body = f"""<div class="map">{roads}<div class="hd"><span class="bk">&#8592;</span></div></div>
      <div class="sheet"><div class="stt">{p.h('ui_text', status)}</div><div class="mu">{p.h('ui_text', L('Tiba dalam', 'Arriving in'))} {p.h('count', str(r.randint(5, 25)))} {p.h('ui_text', L('menit', 'min'))}</div>
      <div class="drv"><div class="av"></div><div style="flex:1">{drv_line}</div><div style="color:{colour};font-size:22px">&#9742;</div></div>
      <div class="sec"><div class="t">{p.h('ui_text', L('Diambil dari', 'Pick-up'))}</div><div class="b">{p.h('ui_text', resto)} &ndash; {p.h('ui_text', branch)}</div></div>
      <div class="sec"><div class="t">{p.h('ui_text', dest_label)}</div>{who}<div>{p.s('address', home)}</div>
      <div class="mu">{p.h('ui_text', note_label)}: {p.s('address', note)}</div></div>
      <div class="sec"><div class="t">{p.h('ui_text', L('Rincian pesanan', 'Order details'))}</div>{food}
      <div class="kv mu"><span>{p.h('ui_text', L('Ongkos kirim', 'Delivery fee'))}</span><span>{p.h('price', rp(ship))}</span></div>
      <div class="kv mu"><span>{p.h('ui_text', L('Biaya layanan', 'Service fee'))}</span><span>{p.h('price', rp(fee))}</span></div>
      <div class="kv b"><span>{p.h('ui_text', 'Total')}</span><span>{p.h('price', rp(sum(prices) + fee + ship))}</span></div></div>
      <div class="sec mu"><div class="kv"><span>{p.h('ui_text', L('ID Pesanan', 'Order ID'))}</span><span>{p.h('reference_no', order_no)}</span></div></div>
      <div class="cb"><span class="b">{p.h('ui_text', L('Pesan dari driver', 'Message from driver'))}</span><br>{chat}</div>
      <div class="btns"><span>{p.h('ui_text', L('Chat', 'Chat'))}</span><span>{p.h('ui_text', L('Bantuan', 'Help'))}</span></div></div>"""
    return css, body


def _meeting_id(p: Page) -> str:
    """A meeting's ID as the apps print it: 10 or 11 digits in groups of three and four."""
    d = p.digits(p.rng.choice([10, 11]))
    return f"{d[:3]} {d[3:7]} {d[7:]}"


def meeting_panel(p: Page, dark: bool, group: bool):
    """A video meeting on a desktop (Zoom/Meet-like): the meeting's title, a grid of video tiles captioned with
    people's names (sometimes with their agency), the participants list (names, some with their e-mail
    addresses, host and "me" tags), the chat where someone pasted the meeting's ID and passcode and an
    internal system's link, and the toolbar.  Menu items, buttons and the title stay visible."""
    r = p.rng
    zoom = r.random() < 0.5
    english = r.random() < 0.4
    L = (lambda id_, en: en if english else id_)
    people = [p.name(titled=r.random() < 0.3) for _ in range(r.randint(5, 8))]
    units = ["Bappeda", "BKPSDM", "Dinkes", "Diskominfo", "Setda", "Inspektorat", "BPKAD"]
    title = r.choice(["Rapat Koordinasi Evaluasi SAKIP 2025", "Pembahasan RKA Perubahan", "Sosialisasi SPBE",
                      "Rapat Persiapan Bimtek Operator", "Monev Triwulan III"])
    mid, code = _meeting_id(p), r.choice([p.digits(6), _secret(p), "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))])
    host = r.choice(AGENCIES)
    system = r.choice(SYSTEMS).lower()
    internal = r.choice([f"http://192.168.{r.randint(0, 99)}.{r.randint(2, 250)}/{system}/login",
                         f"https://{system}.{host}/admin",
                         f"http://10.{r.randint(0, 40)}.{r.randint(0, 250)}.{r.randint(2, 250)}:8080/{system}",
                         f"https://intranet.{host}/{system}/dashboard"])
    join = (f"https://us0{r.randint(2, 6)}web.zoom.us/j/{mid.replace(' ', '')}" if zoom else
            f"https://meet.google.com/{''.join(r.choice('abcdefghijkmnopqrstuvwxyz') for _ in range(3))}-"
            f"{''.join(r.choice('abcdefghijkmnopqrstuvwxyz') for _ in range(4))}-{''.join(r.choice('abcdefghijkmnopqrstuvwxyz') for _ in range(3))}")
    me = r.choice(people)

    def tag(n: str) -> str:
        return f'{p.s("person_name", n)}' + (f' {p.h("ui_text", "- " + r.choice(units))}' if r.random() < 0.35 else "")
    tiles = "".join(f'<div class="tile"><div class="cap">{tag(n)}</div></div>' for n in people[:r.choice([4, 6])])
    plist = []
    for k, n in enumerate(people):
        extra = " " + p.h("ui_text", L("(Tuan Rumah)", "(Host)")) if k == 0 else (" " + p.h("ui_text", L("(Saya)", "(Me)")) if n == me else "")
        mail = f'<div class="mu sm">{p.s("email", p.email(n))}</div>' if r.random() < 0.6 else ""
        plist.append(f'<div class="pp"><div class="av">{html.escape(n[0])}</div><div style="flex:1"><div>{p.s("person_name", n)}{extra}</div>{mail}</div>'
                     f'<span class="ic">&#9679;</span></div>')
    sender, sender2 = people[0], r.choice(people[1:])
    to_all = L("ke Semua Orang", "to Everyone")
    msgs = [
        (sender, f'{p.h("ui_text", L("Topik", "Topic"))}: {p.h("ui_text", title)}<br>{p.h("ui_text", L("ID Rapat", "Meeting ID"))}: {p.i("meeting_id", mid)}<br>'
                 f'{p.h("ui_text", L("Kode Sandi", "Passcode"))}: {p.s("credential", code)}'),
        (sender2, f'{p.h("ui_text", L("Link bergabung", "Join link"))}: {p.i("meeting_link", join)}'),
        (sender, f'{p.h("ui_text", r.choice([L("Silakan isi daftar hadir di", "Please sign in at"), L("Bahan paparan bisa diunduh di", "Slides are at"), "Login dulu ke"]))} {p.s("internal_url", internal)}'),
        (r.choice(people[1:]), p.h("ui_text", r.choice([L("Izin, suara putus-putus", "Sorry, audio is breaking up"), L("Baik, terima kasih", "OK, thank you"),
                                                     L("Mohon slide diperbesar", "Please zoom the slide")]))),
    ]
    if r.random() < 0.5:
        msgs.append((r.choice(people[1:]), f'{p.h("ui_text", L("Akun operator", "Operator account"))}: {p.i("username", "operator" + str(r.randint(1, 30)))} / {p.s("credential", _secret(p))}'))
    r.shuffle(msgs)
    start = r.randint(8 * 60, 14 * 60)
    times = [f"{(start + m) // 60:02d}:{(start + m) % 60:02d}" for m in sorted(r.sample(range(0, 50), len(msgs)))]
    chat = "".join(f'<div class="msg"><div class="mu sm">{p.h("time", at)} {p.h("ui_text", L("Dari", "From"))} {p.s("person_name", who)} {p.h("ui_text", to_all)}:</div>'
                   f'<div class="tx">{text}</div></div>' for at, (who, text) in zip(times, msgs))
    bg, fg, panel, muted, tile = (("#1a1a1a", "#e8e8e8", "#242424", "#a0a0a0", "#333") if dark or zoom and r.random() < 0.5 else
                                  ("#f1f3f4", "#202124", "#fff", "#5f6368", "#3c4043"))
    accent = "#0b5cff" if zoom else "#1a73e8"
    buttons = [L("Bisukan", "Mute"), L("Mulai Video", "Start Video"), L("Peserta", "Participants"), L("Obrolan", "Chat"),
               L("Bagikan Layar", "Share Screen"), L("Rekam", "Record"), L("Reaksi", "Reactions")]
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{r.choice([12.5, 13, 13.5])}px; height:100vh; display:flex; flex-direction:column; }}
    .top {{ height:36px; display:flex; align-items:center; gap:12px; padding:0 14px; border-bottom:1px solid #8883; }}
    .top .sp {{ flex:1; }}
    .mid {{ flex:1; display:flex; min-height:0; }}
    .grid {{ flex:1; display:grid; grid-template-columns:repeat({r.choice([2, 3])}, 1fr); gap:6px; padding:8px; }}
    .tile {{ background:{tile}; border-radius:6px; position:relative; min-height:120px; }}
    .cap {{ position:absolute; left:6px; bottom:6px; background:#000a; color:#fff; padding:2px 6px; border-radius:3px; font-size:12px; }}
    .side {{ width:330px; background:{panel}; border-left:1px solid #8883; display:flex; flex-direction:column; min-height:0; }}
    .side h4 {{ padding:8px 12px; font-size:13px; border-bottom:1px solid #8883; }}
    .plist {{ padding:4px 10px; overflow:hidden; max-height:{r.choice([230, 270, 300])}px; }}
    .pp {{ display:flex; gap:8px; align-items:center; padding:4px 0; }}
    .av {{ width:26px; height:26px; border-radius:50%; background:{accent}; color:#fff; text-align:center; line-height:26px; font-size:12px; flex:none; }}
    .ic {{ font-size:11px; opacity:.6; }} .mu {{ color:{muted}; }} .sm {{ font-size:11px; }}
    .chat {{ flex:1; padding:6px 12px; overflow:hidden; }} .msg {{ margin-bottom:8px; }} .tx {{ overflow-wrap:anywhere; line-height:1.4; }}
    .in {{ margin:8px 12px; border:1px solid #8885; border-radius:4px; padding:6px; color:{muted}; }}
    .bar {{ height:54px; display:flex; align-items:center; justify-content:center; gap:22px; background:{'#111' if zoom else panel}; color:{'#ddd' if zoom else fg}; }}
    .bar .end {{ background:#e02828; color:#fff; padding:6px 12px; border-radius:6px; }}
    """
    body = f"""<div class="top"><span>{p.h('ui_text', 'Zoom Meeting' if zoom else 'Google Meet')}</span><span class="mu">{p.h('ui_text', title)}</span>
      <span class="sp"></span><span class="mu">{p.h('ui_text', L('Tampilan', 'View'))}</span></div>
      <div class="mid"><div class="grid">{tiles}</div>
      <div class="side"><h4>{p.h('ui_text', L('Peserta', 'Participants'))} ({p.h('count', str(len(people)))})</h4><div class="plist">{''.join(plist)}</div>
      <h4>{p.h('ui_text', L('Obrolan Rapat', 'Meeting Chat'))}</h4><div class="chat">{chat}</div>
      <div class="in">{p.h('ui_text', L('Ketik pesan di sini...', 'Type message here...'))}</div></div></div>
      <div class="bar">{''.join(f'<span>{p.h("ui_text", b)}</span>' for b in buttons)}<span class="end">{p.h('ui_text', L('Keluar', 'Leave'))}</span></div>"""
    return css, body


def _bill_fields(p: Page, english: bool) -> tuple[str, list[tuple[str, str]]]:
    """One bill's fields as a payment app prints them: the product, then (label, labelled value) rows."""
    r = p.rng
    name = p.s("person_name", p.name().upper())
    kind = r.choice(["pln_token", "pln_bill", "bpjs", "pdam", "internet", "pulsa"])
    period = f"{r.choice(['OKT', 'NOV', 'DES'])}{r.choice(['24', '25'])}" if r.random() < 0.5 else \
        f"{r.choice(['Oktober', 'November', 'Desember'])} 2025"
    if kind == "pln_token":
        token = "-".join(p.digits(4) for _ in range(5)) if r.random() < 0.6 else " ".join(p.digits(4) for _ in range(5))
        return "PLN Prabayar" if not english else "PLN Prepaid Token", [
            ("No. Meter" if not english else "Meter Number", p.s("id_number", p.digits(11))),
            ("ID Pelanggan" if not english else "Customer ID", p.s("id_number", f"{r.randint(1, 5)}{p.digits(11)}")),
            ("Nama" if not english else "Name", name),
            ("Tarif/Daya" if not english else "Rate/Power", p.h("ui_text", r.choice(["R1/900 VA", "R1/1300 VA", "R1M/900 VA", "R1/2200 VA"]))),
            ("Jumlah kWh" if not english else "kWh", p.h("count", f"{r.randint(20, 300)},{r.randint(1, 9)}")),
            ("Token" if english else r.choice(["Token", "No. Token", "Stroom/Token"]), p.i("token", token)),
        ]
    if kind == "pln_bill":
        start = r.randint(1000, 90000)
        return "PLN Pascabayar" if not english else "PLN Postpaid", [
            ("ID Pelanggan" if not english else "Customer ID", p.s("id_number", f"{r.randint(1, 5)}{p.digits(11)}")),
            ("Nama" if not english else "Name", name),
            ("Tarif/Daya" if not english else "Rate/Power", p.h("ui_text", r.choice(["R1/1300 VA", "R1/2200 VA", "B1/3500 VA"]))),
            ("Periode" if not english else "Period", p.h("date", period)),
            ("Stand Meter" if not english else "Meter Reading", p.h("count", f"{start:08d}-{start + r.randint(80, 400):08d}")),
        ]
    if kind == "bpjs":
        return "BPJS Kesehatan", [
            (r.choice(["No. VA", "Nomor Virtual Account", "No. Peserta"]) if not english else "VA Number",
             p.s("bpjs", "88888" + p.digits(11))),
            ("Nama" if not english else "Name", name),
            ("Jumlah Peserta" if not english else "Members", p.h("count", f"{r.randint(1, 6)} {'Orang' if not english else 'persons'}")),
            ("Periode" if not english else "Period", p.h("date", period)),
            ("Cabang" if not english else "Branch", p.h("ui_text", r.choice(["JAKARTA PUSAT", "BANDUNG", "MAGELANG", "MEDAN", "MAKASSAR"]))),
        ]
    if kind == "pdam":
        return r.choice(["PDAM Tirta Kahuripan", "PDAM Tirtanadi", "Perumda Air Minum Tirtawening", "PDAM Tirta Marta"]), [
            ("No. Pelanggan" if not english else "Customer Number",
             p.s("id_number", r.choice([p.digits(8), p.digits(10), f"{r.randint(1, 9):02d}.{r.randint(1, 99):02d}.{p.digits(5)}"]))),
            ("Nama" if not english else "Name", name),
            ("Alamat" if not english else "Address",
             p.s("address", f"{r.choice(STREETS).upper()} NO {r.randint(1, 120)} RT {r.randint(1, 12):02d}/{r.randint(1, 9):02d}")),
            ("Periode" if not english else "Period", p.h("date", period)),
            ("Pemakaian" if not english else "Usage", p.h("count", f"{r.randint(8, 60)} m3")),
        ]
    if kind == "internet":
        return r.choice(["IndiHome", "Telkom", "Biznet Home", "MyRepublic"]), [
            ("No. Pelanggan" if not english else "Customer Number", p.s("id_number", f"1{r.choice(['22', '31', '41'])}{p.digits(9)}")),
            ("Nama" if not english else "Name", name),
            ("Periode" if not english else "Period", p.h("date", period)),
        ]
    return r.choice(["Pulsa Telkomsel", "Paket Data XL", "Pulsa Indosat", "Paket Data Telkomsel"]), [
        ("Nomor HP" if not english else "Phone Number", p.s("phone", _msisdn(p))),
        ("Nominal" if not english else "Denomination", p.h("price", r.choice(["50.000", "100.000", "25.000"]))),
        ("SN", p.i("serial", p.digits(20))),
    ]


def bill_payment(p: Page, dark: bool, group: bool):
    """A bill paid from a phone's banking or e-wallet app (electricity token or bill, health insurance, water,
    internet, phone credit): a tick and the amount, then the bill's fields (the customer number and the name
    the utility holds, a water bill's address, a health-insurance virtual account), the source of funds
    shown masked as the apps do, a reference number and the time.  Labels left of their values or above
    them; the app in Indonesian or in English."""
    r = p.rng
    english = r.random() < 0.35
    app, colour = r.choice([("BRImo", "#00529c"), ("Livin' by Mandiri", "#003d79"), ("BCA mobile", "#005eaa"),
                            ("DANA", "#118eea"), ("GoPay", "#00aa13"), ("ShopeePay", "#ee4d2d"), ("BNI Mobile", "#f15a23")])
    product, fields = _bill_fields(p, english)
    source = (p.i("masked_account", f"{r.choice(['Tabungan', 'BritAma', 'Tahapan'])} •••• {p.digits(4)}")
              if app not in ("DANA", "GoPay", "ShopeePay") else p.h("ui_text", f"Saldo {app}" if not english else f"{app} Balance"))
    price = p.price()
    when = f"{p.h('date', p.date())}, {p.h('time', p.time())} WIB"
    rows = [("Produk" if not english else "Product", p.h("ui_text", product))] + fields + [
        ("Sumber Dana" if not english else "Source of Funds", source),
        ("Biaya Admin" if not english else "Admin Fee", p.h("price", r.choice(["Rp2.500", "Rp3.000", "Rp0", "Rp1.000"]))),
        ("No. Referensi" if not english else "Reference No.", p.h("reference_no", p.digits(r.choice([12, 16])))),
        ("Waktu" if not english else "Date", when),
    ]
    stacked = r.random() < 0.4
    bg, fg, card, muted = ("#101214", "#e9ecef", "#1b1e22", "#9aa0a6") if dark else ("#f3f5f8", "#1d2025", "#fff", "#6b7280")
    size = r.choice([13.5, 14, 15, 16.5])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .hd {{ background:{colour}; color:#fff; height:54px; display:flex; align-items:center; gap:14px; padding:0 14px; font-size:17px; font-weight:600; }}
    .ok {{ text-align:center; padding:18px 0 10px; }}
    .chk {{ width:54px; height:54px; border-radius:50%; background:#1faa59; margin:0 auto 8px; color:#fff; font-size:32px; line-height:54px; }}
    .amt {{ font-size:25px; font-weight:700; margin-top:4px; }} .mu {{ color:{muted}; }}
    .card {{ background:{card}; margin:10px 12px; border-radius:12px; padding:4px 14px; }}
    .row {{ display:flex; justify-content:space-between; gap:14px; padding:9px 0; border-bottom:1px dashed #8884; }}
    .row .l {{ color:{muted}; white-space:nowrap; }} .row .v {{ text-align:right; font-weight:600; overflow-wrap:anywhere; }}
    .st {{ padding:8px 0; border-bottom:1px solid #8883; }} .st .l {{ color:{muted}; font-size:.86em; }} .st .v {{ font-weight:600; margin-top:2px; overflow-wrap:anywhere; }}
    .btns {{ display:flex; gap:10px; margin:14px 12px; }} .btns span {{ flex:1; text-align:center; padding:11px; border-radius:22px; border:1px solid {colour}; }}
    .btns .pri {{ background:{colour}; color:#fff; }}
    """
    if stacked:
        items = "".join(f'<div class="st"><div class="l">{p.h("ui_text", lab)}</div><div class="v">{val}</div></div>' for lab, val in rows)
    else:
        items = "".join(f'<div class="row"><div class="l">{p.h("ui_text", lab)}</div><div class="v">{val}</div></div>' for lab, val in rows)
    done = "Pembayaran Berhasil" if not english else "Payment Successful"
    body = f"""<div class="hd"><span>&#10005;</span><span>{p.h('ui_text', app)}</span></div>
      <div class="ok"><div class="chk">&#10003;</div><div>{p.h('ui_text', done)}</div>
      <div class="amt">{p.h('price', price)}</div><div class="mu">{when}</div></div>
      <div class="card">{items}</div>
      <div class="btns"><span>{p.h('ui_text', 'Bagikan' if not english else 'Share')}</span>
      <span class="pri">{p.h('ui_text', 'Selesai' if not english else 'Done')}</span></div>"""
    return css, body


def chat_shared_items(p: Page, dark: bool, group: bool):
    """A phone chat at a large system font (125-150 %) where people send more than text: a forwarded account
    (the NIP as user name, a password and the system's internal login address), a shared location whose card
    shows the street address, a contact card, a reply quoting an earlier message, an address typed over
    several lines, a document named after a person and a voice note.  The app's own words in Indonesian or
    in English."""
    r = p.rng
    english = r.random() < 0.35
    t = (lambda en, idn: en if english else idn)
    scale = r.choice([1.25, 1.35, 1.5])
    bg, fg, inc, out, head, muted, quote = (
        ("#0b141a", "#e9edef", "#202c33", "#005c4b", "#202c33", "#8696a0", "#ffffff14") if dark else
        ("#efeae2", "#111b21", "#ffffff", "#d9fdd3", "#008069", "#667781", "#0000000d"))
    others = [p.name() for _ in range(3)]
    title = (p.h("ui_text", r.choice(["Operator SIMPEG Kab.", "Grup Kelurahan Sukamaju", "Admin Kepegawaian 2025",
                                       "Keluarga Besar Bidang PKP"])) if group else p.s("person_name", others[0]))
    kel, kec, city = r.choice(PLACES)

    def sender(k: int) -> str:
        if not group:
            return ""
        if r.random() < 0.25:
            return f'<div class="snd" style="color:#d3a">{p.s("phone", _msisdn(p))}</div>'
        return f'<div class="snd">{p.s("person_name", others[k % len(others)])}</div>'

    def forwarded() -> str:
        system = p.system()
        host = f"{system.lower().replace('-', '')}.{r.choice(AGENCIES[:3]).split('.', 1)[1]}"
        user = p.s("nip", p.nip()) if r.random() < 0.6 else p.s("email", _mail_user(p, p.name()))
        return (f'<div class="fw">&#10150; {p.h("ui_text", t("Forwarded", "Diteruskan"))}</div>'
                f'<div>{p.h("ui_text", "Akun " + system)} {p.s("person_name", p.name(titled=True))}</div>'
                f'<div>{p.h("ui_text", r.choice(["Username", "User", "Nama pengguna"]))} : {user}</div>'
                f'<div>{p.h("ui_text", r.choice(["Password", "Pass", "Kata sandi"]))} : {p.s("credential", _secret(p))}</div>'
                f'<div>{p.h("ui_text", "Link")} : {p.s("internal_url", "https://" + host + r.choice(["/login", "/auth/masuk", "/admin"]))}</div>'
                f'<div>{p.h("ui_text", r.choice(["Mohon segera ganti password", "Jangan disebar ya", "Harap diganti setelah login"]))}</div>')

    def location() -> str:
        zip_code = r.randint(10110, 99999)
        street = f"{r.choice(STREETS)} No.{r.randint(1, 150)}"
        rtrw = f"RT.{r.randint(1, 12)}/RW.{r.randint(1, 9)}"
        text = f"{street}, {rtrw}, {kel.split(' ', 1)[1]}, {kec}, {city}, {zip_code}"
        return (f'<div class="map"><span>&#128205;</span></div>'
                f'<div class="pl">{p.h("ui_text", t("Shared location", r.choice(["Lokasi", "Lokasi yang dibagikan"])))}</div>'
                f'<div class="ad">{p.s("address", text)}</div>')

    def contact() -> str:
        who = p.name()
        extra = f'<div class="mu">{p.s("phone", _msisdn(p))}</div>' if r.random() < 0.4 else ""
        return (f'<div class="vc"><div class="av"></div><div><b>{p.s("person_name", who)}</b>{extra}</div></div>'
                f'<div class="vb"><span>{p.h("ui_text", t("Message", "Kirim pesan"))}</span>'
                f'<span>{p.h("ui_text", t("Add contact", "Simpan kontak"))}</span></div>')

    def reply() -> str:
        quoted = r.choice([f"NIK nya {p.s('nik', p.nik())} ya", f"no hp {p.s('phone', _msisdn(p))}",
                           f"rek {r.choice(BANKS)} {p.s('bank_account', p.account())}"])
        who = p.s("person_name", others[1]) if group else p.h("ui_text", t("You", "Anda"))
        return (f'<div class="qt"><div class="qn">{who}</div><div>{quoted}</div></div>'
                f'<div>{r.choice(["sudah saya input pak", "ini benar ya bu?", "oke sudah masuk", "siap"])}</div>')

    def typed_address() -> str:
        rt, rw = r.randint(1, 15), r.randint(1, 12)
        lines = [f"{r.choice(STREETS)} no {r.randint(1, 120)}", r.choice([f"RT {rt:02d} RW {rw:02d}", f"rt {rt}/rw {rw}"]),
                 f"{kel}, {kec}", f"{city} {r.randint(10110, 99999)}"]
        text = "<br>".join(html.escape(line) for line in lines)
        return (f'<div>{p.h("ui_text", r.choice(["Alamat lengkap:", "alamat rumah sy:", "Alamat pengiriman"]))}</div>'
                f'<div><span data-k="sensitive" data-c="address">{text}</span></div>')

    def document() -> str:
        who = p.name().split(",")[0]
        joiner = r.choice(["_", " ", "-"])
        return (f'<div class="doc"><div class="pdf">PDF</div><div><div>'
                f'{p.h("ui_text", r.choice(["KTP", "KK", "SK_CPNS", "Ijazah"]) + joiner)}{p.s("person_name", joiner.join(who.split()))}'
                f'{p.h("ui_text", ".pdf")}</div><div class="mu">{p.h("ui_text", f"{r.randint(1, 4)} " + t("pages", "halaman") + f" • {r.randint(90, 900)} kB")}</div></div></div>')

    def voice() -> str:
        return f'<div class="vn">&#9654; <span class="wave"></span> {p.h("time", f"0:{r.randint(3, 59):02d}")}</div>'

    def plain() -> str:
        return p.h("ui_text", r.choice(["Baik pak, terima kasih", "mohon dibantu ya", "Siap laksanakan",
                                         "nanti sore saya ke kantor", "Wa'alaikumsalam", "oke ditunggu"]))

    chosen = [forwarded, location] + r.sample([contact, reply, typed_address, document, voice, plain], 4)
    r.shuffle(chosen)
    bubbles = [f'<div class="day">{p.h("ui_text", t("TODAY", "HARI INI"))}</div>']
    for k, make in enumerate(chosen):
        mine = k % 3 == 2
        snd = "" if mine else sender(k)
        bubbles.append(f'<div class="b {"o" if mine else "i"}">{snd}{make()}<div class="t">{p.h("time", p.time())}'
                       f'{" &#10003;&#10003;" if mine else ""}</div></div>')
    fs = 15 * scale
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{fs:.1f}px; }}
    .top {{ background:{head}; color:#fff; height:{56 * scale:.0f}px; display:flex; align-items:center; padding:0 10px; gap:10px; }}
    .top .av {{ width:36px; height:36px; border-radius:50%; background:#8aa; flex:none; }}
    .nm {{ font-size:{17 * scale:.1f}px; font-weight:600; white-space:nowrap; overflow:hidden; text-overflow:ellipsis; max-width:250px; }}
    .list {{ padding:8px 9px; display:flex; flex-direction:column; gap:6px; }}
    .day {{ align-self:center; background:{inc}; color:{muted}; border-radius:7px; padding:3px 10px; font-size:.8em; }}
    .b {{ max-width:86%; padding:5px 8px 3px 9px; border-radius:8px; line-height:1.3; overflow-wrap:anywhere; }}
    .i {{ background:{inc}; align-self:flex-start; }} .o {{ background:{out}; align-self:flex-end; }}
    .t {{ font-size:.72em; color:{muted}; text-align:right; }} .mu {{ color:{muted}; font-size:.85em; }}
    .snd {{ font-size:.88em; font-weight:600; color:#1fa855; }}
    .fw {{ color:{muted}; font-style:italic; font-size:.85em; }}
    .map {{ width:250px; height:110px; background:#c9d7c3; border-radius:6px; text-align:center; line-height:110px; font-size:28px; }}
    .pl {{ font-weight:600; margin-top:4px; }} .ad {{ color:{muted}; font-size:.88em; }}
    .vc {{ display:flex; gap:10px; align-items:center; padding:4px 0 6px; }} .vc .av {{ width:40px; height:40px; border-radius:50%; background:#9ab; flex:none; }}
    .vb {{ display:flex; border-top:1px solid #8884; }} .vb span {{ flex:1; text-align:center; color:#00a884; padding:6px 4px; }}
    .qt {{ background:{quote}; border-left:4px solid #06cf9c; border-radius:5px; padding:3px 7px; margin-bottom:3px; font-size:.88em; }}
    .qn {{ color:#06cf9c; font-weight:600; }}
    .doc {{ display:flex; gap:8px; align-items:center; background:{quote}; border-radius:6px; padding:7px; }}
    .pdf {{ background:#e53935; color:#fff; font-size:11px; font-weight:700; padding:8px 5px; border-radius:3px; }}
    .vn {{ display:flex; align-items:center; gap:8px; min-width:200px; }} .wave {{ flex:1; height:3px; background:{muted}; }}
    .in {{ position:fixed; bottom:0; left:0; right:0; height:58px; background:{head if dark else '#f0f2f5'}; }}
    """
    sub = (t("tap here for group info", "ketuk di sini untuk info grup") if group else t("online", "online"))
    body = f"""<div class="top"><span style="font-size:22px">&#8592;</span><div class="av"></div>
      <div><div class="nm">{title}</div><div style="font-size:.8em">{p.h('ui_text', sub)}</div></div></div>
      <div class="list">{''.join(bubbles)}</div><div class="in"></div>"""
    return css, body


def kk_detail(p: Page, dark: bool, group: bool):
    """A family card's detail page in a population administration system (SIAK- or OpenSID-like) in a browser at
    100-150 % scaling: the card's header as label-colon-value fields in two columns (card number, head of the
    family, the street address, then RT/RW, village, district, regency, province and postal code as fields of
    their own), and the members' table (NIK, name, sex, place and date of birth, religion, education,
    occupation, relation to the head, father's and mother's names).  Place of birth, religion, education and
    occupation are a card's attributes: neither to cover nor to keep."""
    r = p.rng
    kel, kec, city = r.choice(PLACES)
    province = {"Kota Bandung": "JAWA BARAT", "Kab. Magelang": "JAWA TENGAH", "Kota Medan": "SUMATERA UTARA",
                "Kab. Bantul": "DI YOGYAKARTA", "Kota Makassar": "SULAWESI SELATAN", "Kab. Bondowoso": "JAWA TIMUR"}[city]
    family = r.choice(FAMILY).upper()
    head_name = f"{r.choice(GIVEN).upper()} {family}"
    spouse = f"{r.choice(GIVEN).upper()} {r.choice(FAMILY).upper()}"
    kk = p.nik()
    street = r.choice([f"{r.choice(STREETS).upper()} NO. {r.randint(1, 150)}", f"DUSUN {r.choice(['KRAJAN', 'NGASEM', 'KIDUL', 'WETAN'])}",
                       f"PERUM {r.choice(['GRIYA ASRI', 'BUMI INDAH', 'TAMAN SARI'])} BLOK {r.choice('ABCDE')}{r.randint(1, 9)} NO. {r.randint(1, 40)}"])
    members = [(head_name, "KEPALA KELUARGA", "LAKI-LAKI", r.randint(1960, 1990)),
               (spouse, "ISTRI", "PEREMPUAN", r.randint(1962, 1992))]
    for _ in range(r.randint(1, 4)):
        members.append((f"{r.choice(GIVEN).upper()} {family}" if r.random() < 0.6 else f"{r.choice(GIVEN).upper()} {r.choice(FAMILY).upper()}",
                        "ANAK", r.choice(["LAKI-LAKI", "PEREMPUAN"]), r.randint(1995, 2022)))
    elders = (f"{r.choice(GIVEN).upper()} {r.choice(FAMILY).upper()}", f"{r.choice(GIVEN).upper()} {r.choice(FAMILY).upper()}")
    places = ["MAGELANG", "BANTUL", "SLEMAN", "BANDUNG", "MEDAN", "BONDOWOSO", "JAKARTA", "MAKASSAR"]
    rows = []
    for k, (name, relation, sex, year) in enumerate(members, start=1):
        born = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{year}"
        if relation == "ANAK":
            father, mother = head_name, spouse
        else:
            father, mother = elders if relation == "KEPALA KELUARGA" else (f"{r.choice(GIVEN).upper()} {r.choice(FAMILY).upper()}",
                                                                          f"{r.choice(GIVEN).upper()} {r.choice(FAMILY).upper()}")
        school = r.choice(["SLTA/SEDERAJAT", "DIPLOMA IV/STRATA I", "SLTP/SEDERAJAT", "TAMAT SD/SEDERAJAT", "TIDAK/BELUM SEKOLAH"])
        job = r.choice(JOBS_VILLAGE + ["PEGAWAI NEGERI SIPIL (PNS)"])
        cells = [p.h("count", str(k)), p.s("nik", p.nik()), p.s("person_name", name), p.i("sex", sex), p.i("birth_place", r.choice(places)),
                 p.s("birth_date", born), p.i("religion", r.choice(["ISLAM", "KRISTEN", "KATOLIK", "HINDU"])), p.i("education", school),
                 p.i("occupation", job), p.i("relation", relation), p.s("person_name", father), p.s("person_name", mother)]
        rows.append([f"<td>{c}</td>" for c in cells])
    heads = ["No", "NIK", "Nama Lengkap", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "Agama", "Pendidikan",
             "Jenis Pekerjaan", "Hubungan", "Nama Ayah", "Nama Ibu"]
    # Some systems leave religion and education to a second tab, so the parents' names fit on the screen.
    shown = [k for k in range(len(heads)) if r.random() < 0.5 or heads[k] not in ("Agama", "Pendidikan")]
    rows = ["<tr>" + "".join(cells[k] for k in shown) + "</tr>" for cells in rows]
    heads = [heads[k] for k in shown]
    operator = p.name()
    bg, fg, card, muted, line, head_bg = (("#15181c", "#dfe3e8", "#1e2227", "#9aa3ad", "#343a40", "#262b31") if dark else
                                          ("#f0f2f5", "#2b2f33", "#fff", "#6c757d", "#dee2e6", "#f5f7f9"))
    accent = r.choice(["#1565c0", "#2e7d32", "#6a1b9a", "#00838f"])
    fields_left = [("Nomor KK", p.s("kk", kk)), ("Nama Kepala Keluarga", p.s("person_name", head_name)),
                   ("Alamat", p.s("address", street)), ("RT/RW", p.i("rt_rw", f"{r.randint(1, 12):03d}/{r.randint(1, 9):03d}"))]
    fields_right = [("Desa/Kelurahan", p.i("village", kel.split(" ", 1)[1].upper())), ("Kecamatan", p.i("district", kec.split(" ", 1)[1].upper())),
                    ("Kabupaten/Kota", p.i("regency", city.upper().replace("KAB. ", "").replace("KOTA ", ""))),
                    ("Provinsi", p.i("province", province)), ("Kode Pos", p.i("postal_code", str(r.randint(10110, 99999))))]

    def field_table(pairs):
        return "<table class='f'>" + "".join(f"<tr><td class='fl'>{p.h('ui_text', lab)}</td><td>:</td><td><b>{val}</b></td></tr>"
                                            for lab, val in pairs) + "</table>"
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:12.5px; }}
    .top {{ height:50px; background:{accent}; color:#fff; display:flex; align-items:center; gap:14px; padding:0 16px; }}
    .top .app {{ font-size:16px; font-weight:700; }} .top .sp {{ flex:1; }}
    .crumb {{ padding:10px 18px; color:{muted}; }}
    .card {{ background:{card}; margin:0 16px 12px; border:1px solid {line}; border-radius:4px; }}
    .card h4 {{ font-size:14px; padding:9px 12px; border-bottom:1px solid {line}; display:flex; gap:8px; align-items:center; }}
    .card h4 .sp {{ flex:1; }} .bt {{ font-weight:400; font-size:12px; color:#fff; background:{accent}; border-radius:3px; padding:4px 9px; }}
    .cols {{ display:flex; gap:40px; padding:8px 12px; }}
    table.f td {{ padding:3px 6px 3px 0; vertical-align:top; }} .fl {{ color:{muted}; width:150px; }}
    .wide {{ overflow:hidden; }}
    table.m {{ border-collapse:collapse; width:100%; }}
    table.m th {{ background:{head_bg}; text-align:left; padding:6px 5px; border:1px solid {line}; font-size:11.5px; }}
    table.m td {{ padding:5px; border:1px solid {line}; white-space:nowrap; }}
    """
    body = f"""<div class="top"><span class="app">{p.h('ui_text', r.choice(['SIAK Terpusat', 'OpenSID', 'SIPADU Desa']))}</span>
      <span>{p.h('ui_text', 'Desa ' + kel.split(' ', 1)[1])}</span><span class="sp"></span><span>&#128100; {p.s('person_name', operator)}</span></div>
      <div class="crumb">{p.h('ui_text', 'Beranda / Kependudukan / Data Keluarga / Rincian Keluarga')}</div>
      <div class="card"><h4>{p.h('ui_text', 'Rincian Kartu Keluarga')}<span class="sp"></span><span class="bt">{p.h('ui_text', 'Cetak KK')}</span>
      <span class="bt">{p.h('ui_text', 'Tambah Anggota')}</span></h4>
      <div class="cols">{field_table(fields_left)}{field_table(fields_right)}</div></div>
      <div class="card"><h4>{p.h('ui_text', 'Daftar Anggota Keluarga')}</h4><div class="wide">
      <table class="m"><tr>{''.join(f'<th>{p.h("ui_text", h)}</th>' for h in heads)}</tr>{''.join(rows)}</table></div></div>"""
    return css, body


# ----------------------------------------------------------------------------- a fifth held-out proxy
# Pages written before the engine was run on them: a civil-service applicant's registration profile
# (SSCASN-like), a tax portal's taxpayer profile (DJP Online- or Coretax-like) and a mobile attendance app with
# the location it took at check-in.

MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
UNIVERSITIES = ["Universitas Gadjah Mada", "Universitas Padjadjaran", "Universitas Sumatera Utara", "Universitas Hasanuddin",
                "Universitas Negeri Yogyakarta", "Politeknik Negeri Bandung", "Universitas Terbuka", "UIN Sunan Kalijaga"]
MAJORS = ["S-1 Teknik Informatika", "S-1 Akuntansi", "D-III Keperawatan", "S-1 Ilmu Hukum", "S-1 Pendidikan Guru SD",
          "S-1 Kesehatan Masyarakat", "D-IV Administrasi Publik", "S-1 Sistem Informasi"]
KLU = [("96999", "AKTIVITAS JASA PERORANGAN LAINNYA YTDL"), ("84111", "AKTIVITAS PEMERINTAHAN UMUM"),
       ("47111", "PERDAGANGAN ECERAN BERBAGAI MACAM BARANG YANG UTAMANYA MAKANAN"), ("00000", "PEGAWAI NEGERI SIPIL"),
       ("85220", "PENDIDIKAN MENENGAH UMUM/SEKOLAH MENENGAH ATAS"), ("56102", "RUMAH MAKAN")]
TAX_OFFICES = ["KPP Pratama Bandung Cibeunying", "KPP Pratama Magelang", "KPP Pratama Medan Kota", "KPP Pratama Bantul",
               "KPP Pratama Makassar Utara", "KPP Pratama Bondowoso"]
OFFICES = ["Dinas Komunikasi dan Informatika", "Badan Kepegawaian dan Pengembangan SDM", "Dinas Kesehatan",
           "Badan Perencanaan Pembangunan Daerah", "Kecamatan Sukamaju", "Sekretariat Daerah"]
COORDS = {"Kota Bandung": (-6.91, 107.61), "Kab. Magelang": (-7.59, 110.22), "Kota Medan": (3.59, 98.67),
          "Kab. Bantul": (-7.89, 110.33), "Kota Makassar": (-5.14, 119.43), "Kab. Bondowoso": (-7.91, 113.82)}


def _born(p: Page, year: int) -> tuple[str, str]:
    """A birth town and a birth date as forms print them (12-03-1995, 12/03/1995, 12 Maret 1995)."""
    r = p.rng
    day, month = r.randint(1, 28), r.randint(1, 12)
    town = r.choice(BIRTH_TOWNS + ["JAKARTA", "SURABAYA"])
    town = town if r.random() < 0.5 else town.title()
    date = r.choice([f"{day:02d}-{month:02d}-{year}", f"{day:02d}/{month:02d}/{year}", f"{day} {MONTHS_ID[month - 1]} {year}"])
    return town, date


def sscasn_profile(p: Page, dark: bool, group: bool):
    """A CPNS/PPPK applicant's registration profile on a national selection portal (SSCASN-like) at desktop
    scale 100-150 %: the portal's menu and the signed-in applicant, a registration number, then the biodata
    (NIK, family card number, name, place and date of birth, sex, religion, the address split into street,
    RT/RW, village and district or written whole, education, e-mail, mobile number and the mother's name).
    Labels left of their values or above read-only input boxes; label spellings vary."""
    r = p.rng
    who = p.name().upper() if r.random() < 0.5 else p.name()
    mother = p.name()
    mother = mother.upper() if who.isupper() else mother
    year = r.randint(1990, 2002)
    town, date = _born(p, year)
    kel, kec, city = r.choice(PLACES)
    rt, rw = r.randint(1, 15), r.randint(1, 12)
    street = f"{r.choice(STREETS)} No. {r.randint(1, 150)}"
    split = r.random() < 0.6
    birth_together = r.random() < 0.5
    fields = [(r.choice(["NIK", "Nomor Induk Kependudukan", "NIK (KTP)"]), p.s("nik", p.nik())),
              (r.choice(["No. KK", "Nomor KK", "Nomor Kartu Keluarga"]), p.s("kk", p.nik())),
              (r.choice(["Nama Lengkap", "Nama", "Nama (sesuai KTP)"]), p.s("person_name", who))]
    if birth_together:
        fields.append((r.choice(["Tempat, Tanggal Lahir", "Tempat/Tgl. Lahir", "Tempat / Tanggal Lahir"]),
                       p.s("birth_date", f"{town}, {date}")))
    else:
        fields += [("Tempat Lahir", p.s("birth_date", town)), ("Tanggal Lahir", p.s("birth_date", date))]
    fields += [("Jenis Kelamin", p.i("sex", r.choice(["Laki-laki", "Perempuan", "PRIA", "WANITA"]))),
               ("Agama", p.i("religion", r.choice(["Islam", "Kristen", "Katolik", "Hindu", "Buddha"]))),
               (r.choice(["Status Perkawinan", "Status Kawin"]), p.i("marital", r.choice(["Belum Kawin", "Kawin"])))]
    if split:
        fields += [(r.choice(["Alamat", "Alamat Domisili", "Alamat sesuai KTP"]), p.s("address", street)),
                   ("RT/RW", p.i("rt_rw", r.choice([f"{rt:03d}/{rw:03d}", f"{rt:02d} / {rw:02d}"]))),
                   (r.choice(["Kelurahan/Desa", "Desa/Kelurahan", "Kelurahan"]), p.i("village", kel.split(" ", 1)[1])),
                   ("Kecamatan", p.i("district", kec.split(" ", 1)[1])),
                   (r.choice(["Kabupaten/Kota", "Kab/Kota"]), p.i("regency", city)),
                   ("Kode Pos", p.i("postal_code", str(r.randint(10110, 99999))))]
    else:
        rtrw = r.choice([f"RT {rt:02d}/RW {rw:02d}", f"RT.{rt:03d}/RW.{rw:03d}", f"RT {rt} RW {rw}"])
        fields.append((r.choice(["Alamat", "Alamat Domisili", "Alamat Lengkap"]),
                       p.s("address", f"{street}, {rtrw}, {kel}, {kec}, {city}")))
    fields += [(r.choice(["Pendidikan Terakhir", "Jenjang Pendidikan", "Program Studi"]), p.i("education", r.choice(MAJORS))),
               (r.choice(["Institusi Pendidikan", "Perguruan Tinggi", "Nama Sekolah/PT"]), p.i("education", r.choice(UNIVERSITIES))),
               ("IPK", p.i("education", f"3,{r.randint(10, 99)}")),
               (r.choice(["Email", "E-mail", "Alamat Email"]), p.s("email", _mail_user(p, who.title()))),
               (r.choice(["No. HP", "Nomor Handphone", "No. Telepon/HP", "Nomor HP"]), p.s("phone", _msisdn(p))),
               (r.choice(["Nama Ibu Kandung", "Nama Ibu"]), p.s("person_name", mother))]
    reg_no = f"{r.choice(['25', '24'])}{p.digits(2)}{r.randint(1, 9)}{p.digits(13)}"
    stacked = r.random() < 0.4
    accent = r.choice(["#0b5ed7", "#0f766e", "#1e3a8a", "#b45309"])
    bg, fg, card, muted, line, box = (("#111418", "#e5e7eb", "#1a1e24", "#9ca3af", "#2e343c", "#222830") if dark else
                                      ("#eef2f6", "#1f2937", "#fff", "#6b7280", "#e2e8f0", "#f8fafc"))
    menu = ["Beranda", "Biodata", "Pendaftaran", "Unggah Dokumen", "Resume", "Cetak Kartu"]
    if stacked:
        form = "<div class='grid'>" + "".join(
            f"<div class='fs'><div class='l'>{p.h('ui_text', lab)}</div><div class='in'>{val}</div></div>" for lab, val in fields) + "</div>"
    else:
        half = (len(fields) + 1) // 2
        form = "<div class='two'>" + "".join(
            "<table class='f'>" + "".join(f"<tr><td class='l'>{p.h('ui_text', lab)}</td><td>:</td><td>{val}</td></tr>"
                                          for lab, val in part) + "</table>" for part in (fields[:half], fields[half:])) + "</div>"
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:13px; }}
    .top {{ height:56px; background:{accent}; color:#fff; display:flex; align-items:center; gap:16px; padding:0 22px; }}
    .logo {{ font-weight:800; font-size:18px; }} .sub {{ font-size:11.5px; opacity:.85; }} .sp {{ flex:1; }}
    .av {{ width:30px; height:30px; border-radius:50%; background:#ffffff66; }}
    .wrap {{ display:flex; gap:16px; padding:16px 22px; }}
    .side {{ width:200px; flex:none; background:{card}; border:1px solid {line}; border-radius:8px; padding:8px 0; }}
    .side div {{ padding:8px 16px; color:{muted}; }} .side .on {{ color:{accent}; font-weight:700; border-left:3px solid {accent}; }}
    .main {{ flex:1; background:{card}; border:1px solid {line}; border-radius:8px; padding:14px 18px; }}
    h3 {{ font-size:16px; margin-bottom:4px; }} .reg {{ color:{muted}; margin-bottom:10px; }}
    .note {{ background:#fef3c7; color:#92400e; border-radius:6px; padding:7px 10px; margin-bottom:12px; font-size:12px; }}
    .two {{ display:flex; gap:30px; }} table.f td {{ padding:4px 6px 4px 0; vertical-align:top; }}
    table.f .l {{ color:{muted}; width:170px; }}
    .grid {{ display:grid; grid-template-columns:repeat(3, 1fr); gap:10px 16px; }}
    .fs .l {{ color:{muted}; font-size:11.5px; margin-bottom:3px; }}
    .fs .in {{ background:{box}; border:1px solid {line}; border-radius:5px; padding:6px 8px; min-height:30px; overflow-wrap:anywhere; }}
    """
    body = f"""<div class="top"><div><div class="logo">{p.h('ui_text', r.choice(['SSCASN', 'SSCASN BKN', 'Portal CASN']))}</div>
      <div class="sub">{p.h('ui_text', 'Sistem Seleksi Calon Aparatur Sipil Negara')}</div></div><span class="sp"></span>
      <span>{p.h('ui_text', r.choice(['Seleksi CPNS 2024', 'Seleksi PPPK 2024', 'Seleksi CPNS 2025']))}</span><div class="av"></div>
      <span>{p.s('person_name', who)}</span></div>
      <div class="wrap"><div class="side">{''.join(f"<div class='{'on' if m == 'Biodata' else ''}'>{p.h('ui_text', m)}</div>" for m in menu)}</div>
      <div class="main"><h3>{p.h('ui_text', r.choice(['Biodata Pelamar', 'Data Diri', 'Profil Pendaftar']))}</h3>
      <div class="reg">{p.h('ui_text', r.choice(['No. Pendaftaran', 'Nomor Peserta', 'No. Registrasi']))}: {p.i('registration_no', reg_no)}</div>
      <div class="note">{p.h('ui_text', 'Pastikan data yang Anda isi sesuai dengan KTP dan Kartu Keluarga.')}</div>
      {form}</div></div>"""
    return css, body


def _npwp15(p: Page) -> str:
    return "{}.{}.{}.{}-{}.{}".format(p.digits(2), p.digits(3), p.digits(3), p.digits(1), p.digits(3), p.digits(3))


def tax_profile(p: Page, dark: bool, group: bool):
    """A tax portal's taxpayer profile (DJP Online- or Coretax-like) in a browser: the signed-in taxpayer's NPWP
    and name in the top bar, then the profile: the 15-digit NPWP (dotted or bare) and the 16-digit one (the NIK
    for a person), the NIK, name, address, e-mail, mobile number, the business classification (KLU, a public
    code list), the registered tax office (public) and the EFIN, the number that lets its holder reset the
    account.  A form of label-colon rows or a grid of labels over values."""
    r = p.rng
    who = p.name().upper()
    nik = p.nik()
    npwp15 = _npwp15(p)
    npwp15_shown = npwp15 if r.random() < 0.7 else npwp15.replace(".", "").replace("-", "")
    npwp16 = nik if r.random() < 0.7 else "0" + npwp15.replace(".", "").replace("-", "")
    klu_code, klu_name = r.choice(KLU)
    efin = p.digits(10)
    coretax = r.random() < 0.4
    home = _home(p).upper() if r.random() < 0.6 else _home(p)
    fields = [(r.choice(["NPWP", "NPWP 15 Digit", "NPWP (15 digit)"]), p.s("npwp", npwp15_shown)),
              (r.choice(["NPWP 16 Digit", "NPWP16", "NPWP (16 digit)"]), p.s("npwp", npwp16)),
              (r.choice(["NIK", "NIK/NPWP", "Nomor Identitas (NIK)"]), p.s("nik", nik)),
              (r.choice(["Nama", "Nama Wajib Pajak", "Nama WP"]), p.s("person_name", who)),
              (r.choice(["Alamat", "Alamat Domisili", "Alamat Tempat Tinggal"]), p.s("address", home)),
              (r.choice(["Email", "Alamat Email", "E-mail"]), p.s("email", _mail_user(p, who.title()))),
              (r.choice(["No. Handphone", "Nomor HP", "Nomor Telepon Seluler"]), p.s("phone", _msisdn(p))),
              (r.choice(["KLU", "Kode KLU", "Klasifikasi Lapangan Usaha"]), p.h("klu", f"{klu_code} - {klu_name}")),
              (r.choice(["KPP Terdaftar", "KPP Administrasi", "Unit Kerja Terdaftar"]), p.h("ui_text", r.choice(TAX_OFFICES))),
              (r.choice(["Jenis Wajib Pajak", "Jenis WP"]), p.h("ui_text", "Orang Pribadi")),
              (r.choice(["Status", "Status WP"]), p.h("ui_text", r.choice(["Aktif", "Aktif - Non PKP"]))),
              (r.choice(["Tanggal Terdaftar", "Tgl. Daftar"]), p.h("date", f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(2008, 2022)}")),
              (r.choice(["EFIN", "Nomor EFIN", "EFIN Aktif"]), p.s("credential", efin))]
    if r.random() < 0.5:
        # Portals order these fields their own way; the 15-digit NPWP stays first.
        rest = fields[1:]
        r.shuffle(rest)
        fields = fields[:1] + rest
    grid = r.random() < 0.45
    accent = "#1f4e8c" if not coretax else r.choice(["#0d3b66", "#b8860b"])
    bg, fg, card, muted, line = (("#101317", "#e4e7eb", "#191d22", "#9aa3ad", "#2c3138") if dark else
                                 ("#f2f4f7", "#222831", "#fff", "#667085", "#dfe3e8"))
    if grid:
        form = "<div class='grid'>" + "".join(
            f"<div><div class='gl'>{p.h('ui_text', lab)}</div><div class='gv'>{val}</div></div>" for lab, val in fields) + "</div>"
    else:
        form = "<table class='f'>" + "".join(
            f"<tr><td class='l'>{p.h('ui_text', lab)}</td><td>:</td><td class='v'>{val}</td></tr>" for lab, val in fields) + "</table>"
    menu = (["Profil", "Lapor", "Bayar", "Layanan", "Logout"] if not coretax else
            ["Portal Saya", "Surat Pemberitahuan (SPT)", "Pembayaran", "Buku Besar", "Layanan Wajib Pajak"])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:13px; }}
    .top {{ height:54px; background:{accent}; color:#fff; display:flex; align-items:center; gap:18px; padding:0 22px; }}
    .logo {{ font-weight:800; font-size:18px; margin-right:14px; }} .sp {{ flex:1; }}
    .who {{ text-align:right; font-size:12px; line-height:1.35; }}
    .wrap {{ padding:16px 22px; }}
    .card {{ background:{card}; border:1px solid {line}; border-radius:6px; }}
    .card h4 {{ padding:10px 14px; border-bottom:1px solid {line}; font-size:14px; }}
    .tabs {{ display:flex; gap:20px; padding:8px 14px 0; border-bottom:1px solid {line}; }}
    .tabs span {{ padding-bottom:7px; color:{muted}; }} .tabs .on {{ color:{accent}; border-bottom:2px solid {accent}; font-weight:700; }}
    table.f {{ margin:10px 14px 14px; }} table.f td {{ padding:5px 8px 5px 0; vertical-align:top; }}
    table.f .l {{ color:{muted}; width:220px; }} table.f .v {{ font-weight:600; }}
    .grid {{ display:grid; grid-template-columns:repeat(3, 1fr); gap:12px 20px; padding:12px 14px 16px; }}
    .gl {{ color:{muted}; font-size:11.5px; margin-bottom:3px; }} .gv {{ font-weight:600; overflow-wrap:anywhere; }}
    .btn {{ display:inline-block; margin:0 14px 14px; padding:6px 14px; border-radius:4px; background:{accent}; color:#fff; }}
    """
    top_id = p.s("npwp", npwp15) if not coretax else p.s("npwp", npwp16)
    body = f"""<div class="top"><span class="logo">{p.h('ui_text', 'DJP Online' if not coretax else 'Coretax DJP')}</span>
      {''.join(f"<span>{p.h('ui_text', m)}</span>" for m in menu)}<span class="sp"></span>
      <div class="who"><div>{top_id}</div><div>{p.s('person_name', who)}</div></div></div>
      <div class="wrap"><div class="card"><h4>{p.h('ui_text', r.choice(['Profil Wajib Pajak', 'Data Profil', 'Informasi Umum Wajib Pajak']))}</h4>
      <div class="tabs"><span class="on">{p.h('ui_text', 'Data Utama')}</span><span>{p.h('ui_text', 'Alamat')}</span>
      <span>{p.h('ui_text', 'Kontak')}</span><span>{p.h('ui_text', 'Anggota Keluarga')}</span></div>
      {form}<span class="btn">{p.h('ui_text', r.choice(['Ubah Profil', 'Perbarui Data', 'Simpan']))}</span></div></div>"""
    return css, body


def presensi_mobile(p: Page, dark: bool, group: bool):
    """A civil servant's attendance app on a phone (device scale 2-3): the app and the agency (public), the
    employee's card (name, NIP, unit), today's check-in and check-out times, the location card with the GPS
    coordinates the phone took and the street address worked out from them, the distance from the office
    (whose name is public), and the last days' history.  In Indonesian or English; coordinates on one line or
    as latitude and longitude apart."""
    r = p.rng
    english = r.random() < 0.3
    t = (lambda en, idn: en if english else idn)
    who = p.name(titled=r.random() < 0.4)
    kel, kec, city = r.choice(PLACES)
    lat0, lon0 = COORDS[city]
    lat, lon = lat0 + r.uniform(-0.05, 0.05), lon0 + r.uniform(-0.05, 0.05)
    digits = r.choice([5, 6, 7])
    office = f"{r.choice(OFFICES)} {city}"
    app = r.choice(["e-Presensi", "SIAP Absen", "Presensi ASN", "e-Absensi", "MyASN Presensi"])
    street = f"{r.choice(STREETS)} No.{r.randint(1, 150)}"
    address = r.choice([f"{street}, {kel.split(' ', 1)[1]}, {kec}, {city}",
                        f"{street}, RT.{r.randint(1, 12):03d}/RW.{r.randint(1, 9):03d}, {kel}, {kec}, {city}, {r.randint(10110, 99999)}",
                        f"{street}, {kel}, {city}"])
    if r.random() < 0.5:
        coords = p.s("location", f"{lat:.{digits}f}, {lon:.{digits}f}")
    else:
        coords = (f"{p.h('ui_text', r.choice(['Lat', 'Latitude']))}: {p.s('location', f'{lat:.{digits}f}')} &nbsp; "
                  f"{p.h('ui_text', r.choice(['Long', 'Lng', 'Longitude']))}: {p.s('location', f'{lon:.{digits}f}')}")
    inside = r.random() < 0.6
    distance = f"{r.randint(5, 95)} m" if inside else f"{r.uniform(1.2, 14):.1f} km"
    status = (t("Inside the office area", "Di dalam area kantor") if inside else
              t("Outside the office area (WFH)", "Di luar area kantor (WFA)"))
    late = r.random() < 0.3
    check_in = f"{r.choice([7, 8] if late else [6, 7])}:{r.randint(0, 59):02d}"
    check_in = check_in.rjust(5, "0")
    check_out = r.choice(["--:--", f"{r.randint(15, 17)}:{r.randint(0, 59):02d}"])
    unit = r.choice(UNITS) if r.random() < 0.6 else r.choice(OFFICES)
    days = []
    for k in range(r.randint(3, 4)):
        d = f"{r.randint(1, 28):02d} {r.choice(MONTHS_ID)[:3]} 2025"
        days.append(f"<div class='h'><div><b>{p.h('date', d)}</b><div class='mu'>{p.h('ui_text', r.choice([t('On time', 'Tepat Waktu'), t('Late', 'Terlambat'), 'WFA']))}</div></div>"
                    f"<div class='tm'>{p.h('time', f'0{r.randint(6, 7)}:{r.randint(0, 59):02d}')} – {p.h('time', f'{r.randint(15, 17)}:{r.randint(0, 59):02d}')}</div></div>")
    accent = r.choice(["#0e7490", "#1d4ed8", "#15803d", "#9a3412", "#6d28d9"])
    bg, fg, card, muted = ("#0f1214", "#e8eaed", "#1b1f23", "#9aa0a6") if dark else ("#f1f4f8", "#1d2025", "#fff", "#6b7280")
    size = r.choice([13, 14, 15])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .hd {{ background:{accent}; color:#fff; padding:12px 16px 40px; }}
    .hd .ap {{ font-weight:700; font-size:17px; }} .hd .ag {{ font-size:.85em; opacity:.9; }}
    .me {{ background:{card}; margin:-30px 12px 10px; border-radius:12px; padding:12px; display:flex; gap:12px; box-shadow:0 1px 4px #0002; }}
    .av {{ width:48px; height:48px; border-radius:50%; background:#94a3b8; flex:none; }}
    .nm {{ font-weight:700; }} .mu {{ color:{muted}; font-size:.86em; }}
    .card {{ background:{card}; margin:0 12px 10px; border-radius:12px; padding:12px; }}
    .times {{ display:flex; }} .times > div {{ flex:1; text-align:center; }} .big {{ font-size:1.6em; font-weight:700; }}
    .map {{ height:96px; border-radius:8px; background:repeating-linear-gradient(45deg,#cfe3d4,#cfe3d4 12px,#dbeadf 12px,#dbeadf 24px);
            display:flex; align-items:center; justify-content:center; font-size:26px; margin-bottom:8px; }}
    .row {{ margin-top:6px; overflow-wrap:anywhere; }}
    .btn {{ background:{accent}; color:#fff; text-align:center; border-radius:22px; padding:11px; margin:4px 12px 10px; font-weight:700; }}
    .h {{ display:flex; justify-content:space-between; padding:7px 0; border-bottom:1px solid #8883; }} .tm {{ font-weight:600; }}
    .nav {{ display:flex; justify-content:space-around; padding:8px 0; background:{card}; color:{muted}; font-size:.8em; }}
    """
    body = f"""<div class="hd"><div class="ap">{p.h('ui_text', app)}</div><div class="ag">{p.h('ui_text', 'Pemerintah ' + city)}</div></div>
      <div class="me"><div class="av"></div><div><div class="nm">{p.s('person_name', who)}</div>
      <div class="mu">{p.h('ui_text', 'NIP')} {p.s('nip', p.nip())}</div><div class="mu">{p.i('unit', unit)}</div></div></div>
      <div class="card"><div class="mu">{p.h('date', p.date())}</div><div class="times">
      <div><div class="mu">{p.h('ui_text', t('Check in', 'Masuk'))}</div><div class="big">{p.h('time', check_in)}</div></div>
      <div><div class="mu">{p.h('ui_text', t('Check out', 'Pulang'))}</div><div class="big">{p.h('time', check_out)}</div></div></div></div>
      <div class="card"><div class="map">&#128205;</div>
      <div class="mu">{p.h('ui_text', t('Your location', r.choice(['Lokasi Anda', 'Lokasi Saat Ini', 'Posisi Anda'])))}</div>
      <div class="row">{coords}</div><div class="row">{p.s('address', address)}</div>
      <div class="row mu">{p.h('ui_text', t('Office', 'Kantor'))}: {p.h('public_place', office)}</div>
      <div class="row mu">{p.h('ui_text', t('Distance', 'Jarak'))}: {p.h('count', distance)} · {p.h('ui_text', status)}</div></div>
      <div class="btn">{p.h('ui_text', t('Check out now', 'Absen Pulang') if check_out == '--:--' else t('Done for today', 'Presensi Selesai'))}</div>
      <div class="card"><b>{p.h('ui_text', t('History', 'Riwayat Presensi'))}</b>{''.join(days)}</div>
      <div class="nav"><span>{p.h('ui_text', t('Home', 'Beranda'))}</span><span>{p.h('ui_text', t('History', 'Riwayat'))}</span>
      <span>{p.h('ui_text', t('Leave', 'Izin'))}</span><span>{p.h('ui_text', t('Profile', 'Profil'))}</span></div>"""
    return css, body


# ----------------------------------------------------------------------------- vehicles, pensions, schools
# Three more pages people post, written without looking at how the engine reads them: an electronic traffic
# ticket or a vehicle-tax page of a regional Samsat, a civil servants' pension and savings app on a phone,
# and a school's student data or report page.

WMI = ["MH1", "MH3", "MHK", "MHF", "MH8", "MHR", "MHY", "MJB"]
ENGINE_PREFIXES = ["JFZ1E", "JM11E", "E3R2E", "G3E4E", "1NR", "3SZ", "K15B", "KF41E", "JBK1E"]
VEHICLE_MODELS = [("HONDA", "VARIO 125", "SEPEDA MOTOR"), ("YAMAHA", "NMAX 155", "SEPEDA MOTOR"),
                  ("HONDA", "BEAT CBS", "SEPEDA MOTOR"), ("TOYOTA", "AVANZA 1.3 G", "MINIBUS"),
                  ("DAIHATSU", "XENIA 1.3 R", "MINIBUS"), ("SUZUKI", "CARRY PICK UP", "PICK UP"),
                  ("MITSUBISHI", "XPANDER ULTIMATE", "MINIBUS"), ("HONDA", "SCOOPY", "SEPEDA MOTOR")]
COLOURS = ["HITAM", "PUTIH", "MERAH", "ABU-ABU METALIK", "SILVER METALIK", "BIRU", "HITAM DOFF"]
OFFENCES = [("Pasal 287 ayat (1)", "Melanggar rambu lalu lintas"), ("Pasal 281", "Tidak memiliki SIM"),
            ("Pasal 291 ayat (1)", "Tidak menggunakan helm SNI"), ("Pasal 287 ayat (2)", "Menerobos lampu merah"),
            ("Pasal 283", "Menggunakan ponsel saat mengemudi"), ("Pasal 288 ayat (1)", "Tidak membawa STNK"),
            ("Pasal 106 ayat (6)", "Tidak menggunakan sabuk keselamatan")]
POLICE_UNITS = ["Satlantas Polrestabes Bandung", "Satlantas Polresta Yogyakarta", "Ditlantas Polda Sumut",
                "Satlantas Polres Magelang", "Satlantas Polrestabes Makassar", "Subdit Gakkum Ditlantas Polda Jatim"]
SAMSATS = ["Samsat Kota Bandung I Pajajaran", "Samsat Kab. Magelang", "Samsat Medan Utara", "Samsat Bantul",
           "Samsat Makassar I", "Samsat Bondowoso"]
COURTS = ["Kejaksaan Negeri Kota Bandung", "Kejaksaan Negeri Kab. Magelang", "Kejaksaan Negeri Medan",
          "Kejaksaan Negeri Bantul", "Kejaksaan Negeri Makassar"]


def _chassis(p: Page) -> str:
    """A vehicle identification number as a registration prints it: a maker's code and 14 letters and digits."""
    r = p.rng
    return r.choice(WMI) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + p.digits(8)


def _engine(p: Page) -> str:
    r = p.rng
    return r.choice(ENGINE_PREFIXES) + r.choice(["", "-", ""]) + p.digits(r.choice([6, 7]))


def _sim(p: Page) -> str:
    """A driving licence's number: twelve digits printed in fours, or fourteen in one run."""
    r = p.rng
    d = p.digits(r.choice([12, 12, 14]))
    return r.choice([d, f"{d[:4]}-{d[4:8]}-{d[8:]}", f"{d[:4]} {d[4:8]} {d[8:]}"])


def etilang_ticket(p: Page, dark: bool, group: bool):
    """An electronic traffic ticket (e-Tilang, ETLE) or a regional vehicle-tax page (Samsat online) in a
    browser: the service's header, the plate, the owner's name, NIK and address, the driver's licence
    number, the chassis and engine numbers, the vehicle's make, type, colour and year (public), the offence
    or the tax items with their amounts, the due date, the payment code and the police unit or Samsat office
    (public).  Label spellings, the form's shape and the order of its parts vary."""
    r = p.rng
    tax = r.random() < 0.45
    english = r.random() < 0.15
    L = (lambda id_, en: en if english else id_)
    owner = p.name().upper() if r.random() < 0.7 else p.name()
    make, model, body_type = r.choice(VEHICLE_MODELS)
    year = r.randint(2009, 2023)
    plate = _plate(p)
    plate = plate if r.random() < 0.6 else plate.replace(" ", "-" if r.random() < 0.3 else " ")
    home = _home(p).upper() if r.random() < 0.6 else _home(p)
    rp = (lambda n: "Rp " + f"{n:,}".replace(",", "."))
    fields = [(r.choice([L("Nomor Polisi", "Plate number"), "No. Polisi", "No. Pol", "TNKB", L("Nopol", "Registration")]), p.s("plate", plate)),
              (r.choice([L("Nama Pemilik", "Owner"), L("Nama Pemilik Kendaraan", "Registered owner"), "Pemilik", "Atas Nama"]),
               p.s("person_name", owner)),
              (r.choice(["NIK Pemilik", "NIK", "No. KTP", L("No. Identitas", "ID number")]), p.s("nik", p.nik())),
              (r.choice([L("Alamat", "Address"), L("Alamat Pemilik", "Owner's address"), "Alamat Sesuai STNK"]), p.s("address", home)),
              (r.choice([L("Merk / Type", "Make / Model"), "Merek/Tipe", "Merk - Tipe"]), p.h("ui_text", f"{make} / {model}")),
              (r.choice(["Jenis", "Jenis Kendaraan", L("Model", "Body type")]), p.h("ui_text", body_type)),
              (r.choice([L("Tahun Pembuatan", "Year"), "Thn. Buat", "Tahun"]), p.h("count", str(year))),
              (r.choice([L("Warna", "Colour"), "Warna Kendaraan"]), p.h("ui_text", r.choice(COLOURS))),
              (r.choice([L("No. Rangka", "Chassis number"), "Nomor Rangka", "No. Rangka/NIK", "No Rangka"]),
               p.s("vehicle_id", _chassis(p))),
              (r.choice([L("No. Mesin", "Engine number"), "Nomor Mesin", "No Mesin"]), p.s("vehicle_id", _engine(p)))]
    if not tax:
        fields.insert(2, (r.choice([L("No. SIM", "Licence number"), "Nomor SIM", "SIM Pengemudi"]), p.s("id_number", _sim(p))))
        if r.random() < 0.4:
            driver = p.name().upper()
            fields.insert(2, (r.choice(["Nama Pengemudi", L("Pelanggar", "Offender"), "Nama Pelanggar"]), p.s("person_name", driver)))
    if r.random() < 0.4:
        rest = fields[2:]
        r.shuffle(rest)
        fields = fields[:2] + rest
    if tax:
        pkb, swd = r.randint(18, 480) * 10000 + r.choice([0, 500, 2500]), r.choice([35000, 143000, 163000])
        late = r.random() < 0.4
        fine = r.randint(2, 40) * 1000 if late else 0
        items = [(L("PKB Pokok", "Vehicle tax"), pkb), (L("SWDKLLJ Pokok", "Road accident fund"), swd)]
        if late:
            items += [(L("Denda PKB", "Late tax fine"), fine), (L("Denda SWDKLLJ", "Late fund fine"), r.choice([32000, 100000]))]
        if r.random() < 0.5:
            items.append((L("PNBP STNK", "Registration fee"), r.choice([100000, 200000])))
        money = "".join(f"<tr><td>{p.h('ui_text', k)}</td><td class='n'>{p.h('price', rp(v))}</td></tr>" for k, v in items)
        money += f"<tr class='tot'><td>{p.h('ui_text', L('Total Bayar', 'Total due'))}</td><td class='n'>{p.h('price', rp(sum(v for _, v in items)))}</td></tr>"
        extra = [(L("Masa Berlaku Pajak", "Tax valid until"), p.h("date", f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.choice([2025, 2026])}")),
                 (L("Masa Berlaku STNK", "Registration valid until"), p.h("date", f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(2026, 2029)}")),
                 (L("Kode Bayar", "Payment code"), p.h("reference_no", p.digits(r.choice([12, 16])))),
                 (L("Kantor Samsat", "Samsat office"), p.h("ui_text", r.choice(SAMSATS)))]
        title = r.choice([L("Informasi Pajak Kendaraan", "Vehicle tax information"), L("Cek Pajak Kendaraan Bermotor", "Vehicle tax check"),
                          L("Rincian PKB", "Tax details")])
        service = r.choice(["SAMBARA", "e-Samsat", "SIGNAL", "Samsat Online Nasional", "SAKPOLE", "Info Pajak Kendaraan"])
    else:
        article, what = r.choice(OFFENCES)
        fine = r.choice([250000, 500000, 750000, 1000000])
        money = (f"<tr><td>{p.h('ui_text', L('Denda Maksimal', 'Maximum fine'))}</td><td class='n'>{p.h('price', rp(fine))}</td></tr>"
                 f"<tr class='tot'><td>{p.h('ui_text', L('Titipan Denda', 'Fine deposit'))}</td><td class='n'>{p.h('price', rp(fine))}</td></tr>")
        extra = [(L("No. Register Tilang", "Ticket number"), p.h("reference_no", r.choice(["E", "B", "Z"]) + p.digits(r.choice([7, 10])))),
                 (L("Pelanggaran", "Offence"), p.h("ui_text", f"{article} UU 22/2009 – {what}")),
                 (L("Tanggal Pelanggaran", "Date of offence"), f"{p.h('date', p.date())} {p.h('time', p.time())}"),
                 (L("Lokasi", "Location"), p.i("public_place", f"{r.choice(STREETS)} - {r.choice(PLACES)[2]}")),
                 (L("Unit Penindak", "Issuing unit"), p.h("ui_text", r.choice(POLICE_UNITS))),
                 (L("Sidang / Kejaksaan", "Court"), p.h("ui_text", r.choice(COURTS))),
                 (L("Kode BRIVA", "Payment code (BRIVA)"), p.h("reference_no", p.digits(15)))]
        title = r.choice([L("Konfirmasi Pelanggaran", "Offence confirmation"), L("Detail Tilang Elektronik", "Electronic ticket details"),
                          L("Surat Tilang", "Traffic ticket")])
        service = r.choice(["ETLE Nasional", "e-Tilang", "ETLE Polda", "Tilang Elektronik", "Korlantas Polri"])
    status = r.choice([L("Belum Bayar", "Unpaid"), L("Menunggu Pembayaran", "Awaiting payment"), L("Lunas", "Paid"),
                       L("Terkonfirmasi", "Confirmed")])
    grid = r.random() < 0.4
    accent = r.choice(["#0b3d91", "#1d4ed8", "#b91c1c", "#0f766e", "#374151"])
    bg, fg, card, muted, line = (("#0f1216", "#e5e7eb", "#181c22", "#9ca3af", "#2b313a") if dark else
                                 ("#f3f4f6", "#1f2937", "#fff", "#6b7280", "#e5e7eb"))
    if grid:
        form = "<div class='grid'>" + "".join(
            f"<div><div class='gl'>{p.h('ui_text', lab)}</div><div class='gv'>{val}</div></div>" for lab, val in fields) + "</div>"
    else:
        colon = r.choice([":", ""])
        form = "<table class='f'>" + "".join(
            f"<tr><td class='l'>{p.h('ui_text', lab)}</td><td>{colon}</td><td class='v'>{val}</td></tr>" for lab, val in fields) + "</table>"
    extra_rows = "<table class='f'>" + "".join(
        f"<tr><td class='l'>{p.h('ui_text', lab)}</td><td>:</td><td class='v'>{val}</td></tr>" for lab, val in extra) + "</table>"
    side_first = r.random() < 0.5
    plate_bg, plate_fg = ("#fff", "#111") if tax and r.random() < 0.5 else ("#111", "#fff")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{r.choice([13, 13.5, 14])}px; }}
    .top {{ height:56px; background:{accent}; color:#fff; display:flex; align-items:center; gap:20px; padding:0 22px; }}
    .logo {{ font-weight:800; font-size:18px; }} .sp {{ flex:1; }} .top .m {{ opacity:.9; }}
    .wrap {{ display:flex; gap:16px; padding:16px 22px; flex-direction:{'row-reverse' if side_first else 'row'}; }}
    .main {{ flex:1; }} .side {{ width:340px; flex:none; }}
    .card {{ background:{card}; border:1px solid {line}; border-radius:8px; margin-bottom:14px; }}
    .card h4 {{ padding:10px 14px; border-bottom:1px solid {line}; font-size:14px; display:flex; justify-content:space-between; }}
    .badge {{ font-size:12px; padding:2px 10px; border-radius:10px; background:{accent}22; color:{accent}; }}
    table.f {{ margin:8px 14px 12px; }} table.f td {{ padding:4px 8px 4px 0; vertical-align:top; }}
    table.f .l {{ color:{muted}; width:170px; }} table.f .v {{ font-weight:600; }}
    .grid {{ display:grid; grid-template-columns:repeat(3, 1fr); gap:12px 18px; padding:12px 14px 14px; }}
    .gl {{ color:{muted}; font-size:11.5px; margin-bottom:3px; }} .gv {{ font-weight:600; overflow-wrap:anywhere; }}
    table.m {{ width:calc(100% - 28px); margin:8px 14px 12px; border-collapse:collapse; }}
    table.m td {{ padding:6px 0; border-bottom:1px solid {line}; }} table.m .n {{ text-align:right; }}
    table.m .tot td {{ font-weight:800; border-bottom:none; }}
    .btn {{ display:block; margin:0 14px 14px; padding:9px; border-radius:6px; background:{accent}; color:#fff; text-align:center; font-weight:700; }}
    .plate {{ margin:12px 14px 4px; display:inline-block; background:{plate_bg}; color:{plate_fg}; border:2px solid #555; border-radius:4px; padding:6px 14px; font-size:20px; font-weight:800; letter-spacing:1px; }}
    """
    menu = ([L("Beranda", "Home"), L("Cek Pajak", "Check tax"), L("Bayar", "Pay"), L("Riwayat", "History"), L("Bantuan", "Help")] if tax else
            [L("Beranda", "Home"), L("Cek Data", "Check"), L("Konfirmasi", "Confirm"), L("Pembayaran", "Payment"), "FAQ"])
    body = f"""<div class="top"><span class="logo">{p.h('ui_text', service)}</span>{''.join(f"<span class='m'>{p.h('ui_text', m)}</span>" for m in menu)}
      <span class="sp"></span><span class="m">{p.h('ui_text', L('Masuk', 'Sign in') if r.random() < 0.5 else L('Keluar', 'Sign out'))}</span></div>
      <div class="wrap"><div class="main"><div class="card"><h4><span>{p.h('ui_text', title)}</span><span class="badge">{p.h('ui_text', status)}</span></h4>
      <div class="plate">{p.s('plate', plate)}</div>
      {form}</div>
      <div class="card"><h4><span>{p.h('ui_text', L('Keterangan', 'Details'))}</span></h4>{extra_rows}</div></div>
      <div class="side"><div class="card"><h4><span>{p.h('ui_text', L('Rincian Pembayaran', 'Payment'))}</span></h4><table class="m">{money}</table>
      <span class="btn">{p.h('ui_text', L('Bayar Sekarang', 'Pay now') if status != L('Lunas', 'Paid') else L('Cetak Bukti', 'Print receipt'))}</span></div>
      <div class="card"><h4><span>{p.h('ui_text', L('Perhatian', 'Note'))}</span></h4><div style="padding:10px 14px;line-height:1.5">
      {p.h('ui_text', L('Pembayaran dapat dilakukan melalui bank persepsi, kantor pos atau aplikasi mobile banking.', 'Pay at a partner bank, a post office or in a mobile banking app.'))}</div></div></div></div>"""
    return css, body


PENSION_APPS = [("TASPEN Mobile", "#0a5aa8"), ("Andal Care", "#00796b"), ("Pensiunku", "#1e40af"), ("SI-PENSIUN", "#7c2d12"),
                ("My Taspen", "#0369a1"), ("Dapenku ASN", "#4d7c0f")]
PENSION_OFFICES = ["KC Bandung", "KC Yogyakarta", "KC Medan", "KCU Jakarta", "KC Makassar", "KC Jember"]


def _notas(p: Page) -> str:
    """A participant's savings and insurance number (NOTAS) as a pension fund prints it: a run of digits,
    sometimes dotted in groups."""
    r = p.rng
    d = p.digits(r.choice([11, 13, 14]))
    return r.choice([d, f"{d[:2]}.{d[2:6]}.{d[6:]}", f"{d[:4]} {d[4:8]} {d[8:]}"])


def pension_app(p: Page, dark: bool, group: bool):
    """A civil servants' pension and old-age savings app on a phone (TASPEN-like) at device scale 2-3: a
    greeting with the participant's name, a card with the NOTAS (participant number) and the NIP, the savings
    balance and the monthly pension (amounts, public-ish), the menu tiles, then the participant's data (name,
    NIP, NOTAS, pension number, birth date, the paying bank's name with the account number, mobile number,
    e-mail, the agency and the branch office, public) and the last payments.  Labels beside or above values."""
    r = p.rng
    app, accent = r.choice(PENSION_APPS)
    english = r.random() < 0.15
    L = (lambda id_, en: en if english else id_)
    who = p.name(titled=r.random() < 0.3)
    shown = who.upper() if r.random() < 0.5 else who
    retired = r.random() < 0.6
    nip = p.nip()
    notas = _notas(p)
    year = int(nip[:4])
    born = r.choice([f"{int(nip[6:8]):02d}-{nip[4:6]}-{year}", f"{int(nip[6:8])} {MONTHS_ID[int(nip[4:6]) - 1]} {year}",
                     f"{nip[6:8]}/{nip[4:6]}/{year}"])
    bank = r.choice(BANK_NAMES + ["BANK MANTAP", "BTPN"])
    rp = (lambda n: "Rp " + f"{n:,}".replace(",", "."))
    pension = r.randint(180, 520) * 10000 + r.randint(0, 99) * 100
    balance = r.randint(3, 90) * 1000000 + r.randint(0, 999) * 1000
    fields = [(r.choice([L("Nama Peserta", "Participant"), L("Nama", "Name"), L("Nama Lengkap", "Full name")]), p.s("person_name", shown)),
              ("NIP", p.s("nip", nip if r.random() < 0.7 else f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}")),
              (r.choice(["NOTAS", "No. Peserta (NOTAS)", L("Nomor Peserta", "Participant number")]), p.s("id_number", notas)),
              (r.choice([L("Tanggal Lahir", "Date of birth"), "Tgl. Lahir", L("Tgl Lahir", "Born")]), p.s("birth_date", born)),
              (r.choice([L("Instansi", "Agency"), L("Instansi Terakhir", "Last agency"), "Satker"]), p.h("ui_text", "Pemerintah " + r.choice(PLACES)[2])),
              (r.choice([L("Kantor Cabang", "Branch"), "Kantor Layanan"]), p.h("ui_text", r.choice(PENSION_OFFICES))),
              (r.choice([L("Bank Bayar", "Paying bank"), L("Bank Penerima", "Bank"), "Mitra Bayar"]), p.h("ui_text", bank)),
              (r.choice([L("No. Rekening", "Account number"), L("Nomor Rekening", "Account"), "Rekening"]), p.s("bank_account", p.account())),
              (r.choice([L("No. HP", "Mobile"), L("Nomor Handphone", "Phone"), "No. Telepon"]), p.s("phone", _msisdn(p))),
              (r.choice(["Email", "E-mail"]), p.s("email", _mail_user(p, who)))]
    if retired:
        fields.insert(3, (r.choice([L("Nomor Pensiun", "Pension number"), "NOPEN", "No. Pensiun"]), p.s("id_number", p.digits(r.choice([10, 12])))))
        fields.insert(5, (r.choice([L("TMT Pensiun", "Retired since"), L("Mulai Pensiun", "Pension from")]), p.i("date", f"01-{r.randint(1, 12):02d}-{r.randint(2015, 2025)}")))
    if r.random() < 0.35:
        fields.append((r.choice([L("Alamat", "Address"), L("Alamat Domisili", "Home address")]), p.s("address", _home(p))))
    stacked = r.random() < 0.5
    if stacked:
        rows = "".join(f"<div class='st'><div class='mu'>{p.h('ui_text', k)}</div><div class='b'>{v}</div></div>" for k, v in fields)
    else:
        rows = "".join(f"<div class='kv'><span class='mu'>{p.h('ui_text', k)}</span><span class='b'>{v}</span></div>" for k, v in fields)
    months = r.sample(MONTHS_ID, 3)
    payments = "".join(f"<div class='kv'><span>{p.h('ui_text', L('Pensiun Bulan', 'Pension for'))} {p.h('date', f'{m} 2025')}</span>"
                       f"<span class='b'>{p.h('price', rp(pension))}</span></div>" for m in months)
    tiles = [L("Info Pensiun", "Pension"), L("Klaim THT", "Claims"), L("Otentikasi", "Verify"), L("Riwayat Bayar", "Payments"),
             L("Simulasi", "Simulation"), L("Kantor Cabang", "Branches"), L("Pengaduan", "Help"), L("Lainnya", "More")]
    greet = r.choice([L("Selamat pagi,", "Good morning,"), L("Halo,", "Hello,"), L("Selamat datang,", "Welcome,")])
    card_id = r.choice(["notas", "nip"])
    size = r.choice([13, 14, 15])
    bg, fg, card, muted = ("#0f1215", "#e8eaed", "#1b1f24", "#9aa0a6") if dark else ("#f2f5f9", "#1b1f24", "#fff", "#6b7280")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .hd {{ background:{accent}; color:#fff; padding:14px 16px 52px; }} .hd .ap {{ font-size:.85em; opacity:.85; }}
    .hd .nm {{ font-size:1.15em; font-weight:700; }}
    .kt {{ margin:-42px 14px 12px; border-radius:14px; padding:14px; color:#fff; background:linear-gradient(135deg,{accent},#0008); line-height:1.5; }}
    .kt .big {{ font-size:1.45em; font-weight:800; }} .kt .sm {{ font-size:.82em; opacity:.85; }}
    .tiles {{ display:grid; grid-template-columns:repeat(4, 1fr); gap:10px; margin:0 14px 12px; text-align:center; font-size:.78em; }}
    .tiles .ic {{ width:40px; height:40px; border-radius:12px; background:{accent}22; margin:0 auto 4px; }}
    .sec {{ background:{card}; margin:0 14px 12px; border-radius:12px; padding:10px 14px; }}
    .sec h3 {{ font-size:1em; margin-bottom:6px; }} .mu {{ color:{muted}; }} .b {{ font-weight:600; }}
    .kv {{ display:flex; justify-content:space-between; gap:12px; padding:6px 0; border-bottom:1px solid #8882; }}
    .kv .b {{ text-align:right; overflow-wrap:anywhere; }}
    .st {{ padding:6px 0; border-bottom:1px solid #8882; overflow-wrap:anywhere; }} .st .mu {{ font-size:.85em; }}
    .nav {{ display:flex; justify-content:space-around; padding:8px 0; background:{card}; color:{muted}; font-size:.78em; }}
    """
    card_line = (f"<div class='sm'>{p.h('ui_text', 'NOTAS')}</div><div class='big'>{p.s('id_number', notas)}</div>" if card_id == "notas" else
                 f"<div class='sm'>{p.h('ui_text', 'NIP')}</div><div class='big'>{p.s('nip', nip)}</div>")
    money = (f"<div class='sm'>{p.h('ui_text', L('Pensiun Bulan Ini', 'This month'))}</div><div class='b'>{p.h('price', rp(pension))}</div>" if retired else
             f"<div class='sm'>{p.h('ui_text', L('Saldo Tabungan Hari Tua', 'Old-age savings'))}</div><div class='b'>{p.h('price', rp(balance))}</div>")
    body = f"""<div class="hd"><div class="ap">{p.h('ui_text', app)}</div><div>{p.h('ui_text', greet)}</div><div class="nm">{p.s('person_name', shown)}</div></div>
      <div class="kt">{card_line}{money}</div>
      <div class="tiles">{''.join(f"<div><div class='ic'></div>{p.h('ui_text', t)}</div>" for t in tiles)}</div>
      <div class="sec"><h3>{p.h('ui_text', r.choice([L('Data Peserta', 'Participant data'), L('Profil Saya', 'My profile'), L('Informasi Peserta', 'Participant details')]))}</h3>{rows}</div>
      <div class="sec"><h3>{p.h('ui_text', L('Pembayaran Terakhir', 'Last payments'))}</h3>{payments}</div>
      <div class="nav"><span>{p.h('ui_text', L('Beranda', 'Home'))}</span><span>{p.h('ui_text', L('Riwayat', 'History'))}</span>
      <span>{p.h('ui_text', L('Notifikasi', 'Inbox'))}</span><span>{p.h('ui_text', L('Akun', 'Account'))}</span></div>"""
    return css, body


SUBJECTS = ["Pendidikan Agama dan Budi Pekerti", "Pendidikan Pancasila", "Bahasa Indonesia", "Matematika", "Ilmu Pengetahuan Alam",
            "Ilmu Pengetahuan Sosial", "Bahasa Inggris", "Seni Budaya", "PJOK", "Informatika", "Bahasa Jawa"]
PARENT_JOBS = ["Wiraswasta", "PNS", "Petani", "Karyawan Swasta", "Buruh", "Pedagang", "Mengurus Rumah Tangga", "TNI/Polri"]


def school_report(p: Page, dark: bool, group: bool):
    """A school's student data or report page in a browser (e-Rapor, PPDB, school admin): the application's
    name, the school with its NPSN and the signed-in operator or homeroom teacher (public), then the student's
    identity (name, NISN, NIS, NIK, place and date of birth, sex, religion, the father's, mother's or
    guardian's names and jobs, address, parent's phone) as a label-colon table or a grid of fields, and, on a
    report page, the grades table.  Layout, label spellings, colours and scale vary."""
    r = p.rng
    kind = r.choice(["rapor", "ppdb", "profile"])
    family = r.choice(FAMILY)
    student = f"{r.choice(GIVEN)} {r.choice(GIVEN)} {family}" if r.random() < 0.4 else f"{r.choice(GIVEN)} {family}"
    father, mother = f"{r.choice(GIVEN)} {family}", p.name()
    caps = r.random() < 0.5
    up = (lambda s: s.upper() if caps else s)
    teacher = p.name(titled=True)
    school = r.choice(SCHOOLS + ["SMA NEGERI 1 BANTUL", "SMK NEGERI 2 MEDAN", "MTs NEGERI 1 MAGELANG"])
    npsn = p.digits(8)
    year = r.randint(2008, 2019)
    town, date = _born(p, year)
    nisn = "00" + p.digits(8) if r.random() < 0.6 else "3" + p.digits(9)
    birth_together = r.random() < 0.6
    fields = [(r.choice(["Nama Peserta Didik", "Nama Lengkap", "Nama Siswa", "Nama"]), p.s("person_name", up(student))),
              ("NISN", p.s("id_number", nisn)),
              (r.choice(["NIS", "NIPD", "No. Induk"]), p.i("school_no", p.digits(r.choice([4, 5, 9])))),
              (r.choice(["NIK", "NIK Siswa", "No. KTP/NIK"]), p.s("nik", p.nik()))]
    if birth_together:
        fields.append((r.choice(["Tempat, Tanggal Lahir", "Tempat/Tgl Lahir", "TTL"]), p.s("birth_date", f"{up(town)}, {date}")))
    else:
        fields += [("Tempat Lahir", p.i("birth_place", up(town))), ("Tanggal Lahir", p.s("birth_date", date))]
    fields += [("Jenis Kelamin", p.i("sex", r.choice(["Laki-laki", "Perempuan", "L", "P"]))),
               ("Agama", p.i("religion", r.choice(["Islam", "Kristen", "Katolik", "Hindu", "Buddha"]))),
               (r.choice(["Nama Ayah", "Nama Ayah Kandung"]), p.s("person_name", up(father))),
               (r.choice(["Pekerjaan Ayah"]), p.i("occupation", r.choice(PARENT_JOBS))),
               (r.choice(["Nama Ibu", "Nama Ibu Kandung"]), p.s("person_name", up(mother))),
               ("Pekerjaan Ibu", p.i("occupation", r.choice(PARENT_JOBS)))]
    if r.random() < 0.3:
        fields.append((r.choice(["Nama Wali", "Wali Murid"]), p.s("person_name", up(p.name()))))
    fields += [(r.choice(["Alamat", "Alamat Peserta Didik", "Alamat Rumah", "Alamat Tempat Tinggal"]), p.s("address", _home(p))),
               (r.choice(["No. HP Orang Tua", "No. Telp/HP", "Nomor HP Wali", "Telepon Orang Tua"]), p.s("phone", _msisdn(p)))]
    if kind == "ppdb" and r.random() < 0.6:
        fields.append((r.choice(["No. KK", "Nomor KK"]), p.s("kk", p.nik())))
    if r.random() < 0.35:
        fields.append((r.choice(["Email", "E-mail"]), p.s("email", _mail_user(p, student))))
    grid = r.random() < 0.4
    accent = r.choice(["#1565c0", "#2e7d32", "#6a1b9a", "#c62828", "#00838f"])
    bg, fg, card, muted, line = (("#101316", "#e6e8eb", "#1a1e23", "#9aa1a9", "#2c323a") if dark else
                                 ("#f4f6f8", "#212529", "#fff", "#6c757d", "#dee2e6"))
    if grid:
        form = "<div class='grid'>" + "".join(
            f"<div><div class='gl'>{p.h('ui_text', lab)}</div><div class='gv'>{val}</div></div>" for lab, val in fields) + "</div>"
    else:
        half = (len(fields) + 1) // 2 if r.random() < 0.5 else len(fields)
        form = "<div class='two'>" + "".join(
            "<table class='f'>" + "".join(f"<tr><td class='l'>{p.h('ui_text', lab)}</td><td>:</td><td>{val}</td></tr>" for lab, val in part)
            + "</table>" for part in (fields[:half], fields[half:]) if part) + "</div>"
    grades = ""
    if kind == "rapor":
        rows = []
        for k, subj in enumerate(r.sample(SUBJECTS, r.randint(5, 7)), start=1):
            score = r.randint(72, 96)
            rows.append(f"<tr><td>{p.h('count', str(k))}</td><td>{p.h('ui_text', subj)}</td><td>{p.i('grade', str(score))}</td>"
                        f"<td>{p.i('grade', r.choice(['Menunjukkan penguasaan yang baik', 'Perlu bimbingan dalam beberapa materi', 'Sangat baik']))}</td></tr>")
        grades = (f"<div class='card'><h4>{p.h('ui_text', r.choice(['Nilai Rapor', 'Capaian Kompetensi', 'Nilai Akhir Semester']))}</h4>"
                  f"<table class='g'><tr><th>{p.h('ui_text', 'No')}</th><th>{p.h('ui_text', 'Mata Pelajaran')}</th><th>{p.h('ui_text', 'Nilai')}</th>"
                  f"<th>{p.h('ui_text', 'Deskripsi')}</th></tr>{''.join(rows)}</table></div>")
    app = {"rapor": r.choice(["e-Rapor SD", "e-Rapor SMP", "e-Rapor SMA", "Rapor Digital"]),
           "ppdb": r.choice(["PPDB Online", "SPMB Kota", "PPDB Jalur Zonasi"]),
           "profile": r.choice(["Sistem Informasi Sekolah", "SIAKAD Sekolah", "Dapodik Web"])}[kind]
    title = {"rapor": r.choice(["Identitas Peserta Didik", "Data Siswa"]), "ppdb": r.choice(["Formulir Pendaftaran", "Biodata Calon Peserta Didik"]),
             "profile": r.choice(["Profil Siswa", "Detail Peserta Didik"])}[kind]
    semester = f"{p.h('ui_text', 'Kelas')} {p.h('ui_text', r.choice(['IV A', 'V B', 'VII C', 'VIII A', 'X IPA 2', 'XI-3']))} &middot; " \
               f"{p.h('ui_text', r.choice(['Semester Ganjil', 'Semester Genap']))} {p.h('ui_text', '2025/2026')}"
    teacher_line = (f"<div class='mu'>{p.h('ui_text', r.choice(['Wali Kelas', 'Guru Kelas', 'Operator']))}: {p.h('public_name', teacher)}</div>"
                    if kind != "ppdb" else f"<div class='mu'>{p.h('ui_text', 'No. Pendaftaran')}: {p.h('reference_no', f'PPDB-2025-{p.digits(5)}')}</div>")
    menu = ["Beranda", "Data Siswa", "Nilai", "Cetak Rapor", "Pengaturan"] if kind != "ppdb" else ["Beranda", "Pendaftaran", "Unggah Berkas", "Pengumuman", "Cetak Bukti"]
    on = menu[1] if kind != "rapor" else menu[r.choice([1, 2])]
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{r.choice([12.5, 13, 14])}px; }}
    .top {{ height:54px; background:{accent}; color:#fff; display:flex; align-items:center; gap:16px; padding:0 20px; }}
    .logo {{ font-weight:800; font-size:17px; }} .sc {{ font-size:12px; opacity:.9; }} .sp {{ flex:1; }}
    .wrap {{ display:flex; gap:16px; padding:14px 20px; }}
    .side {{ width:190px; flex:none; background:{card}; border:1px solid {line}; border-radius:6px; padding:6px 0; }}
    .side div {{ padding:8px 14px; color:{muted}; }} .side .on {{ color:{accent}; font-weight:700; border-left:3px solid {accent}; }}
    .main {{ flex:1; min-width:0; }}
    .card {{ background:{card}; border:1px solid {line}; border-radius:6px; margin-bottom:12px; }}
    .card h4 {{ padding:9px 14px; border-bottom:1px solid {line}; font-size:14px; }}
    .head {{ padding:8px 14px; line-height:1.5; }}
    .two {{ display:flex; gap:26px; padding:8px 14px 12px; }} table.f td {{ padding:3px 6px 3px 0; vertical-align:top; }}
    table.f .l {{ color:{muted}; width:160px; }}
    .grid {{ display:grid; grid-template-columns:repeat(3, 1fr); gap:10px 16px; padding:10px 14px 14px; }}
    .gl {{ color:{muted}; font-size:11.5px; margin-bottom:2px; }} .gv {{ font-weight:600; overflow-wrap:anywhere; }}
    table.g {{ width:calc(100% - 28px); margin:8px 14px 12px; border-collapse:collapse; }}
    table.g th, table.g td {{ border:1px solid {line}; padding:4px 6px; text-align:left; }}
    .mu {{ color:{muted}; }}
    """
    body = f"""<div class="top"><span class="logo">{p.h('ui_text', app)}</span><span class="sc">{p.h('ui_text', school)} &middot; {p.h('ui_text', 'NPSN')} {p.h('reference_no', npsn)}</span>
      <span class="sp"></span><span>{p.h('ui_text', r.choice(['Tahun Pelajaran 2025/2026', 'TP 2025/2026']))}</span>
      <span>&#128100; {p.h('public_name', teacher) if kind != 'ppdb' else p.s('person_name', up(student))}</span></div>
      <div class="wrap"><div class="side">{''.join(f"<div class='{'on' if m == on else ''}'>{p.h('ui_text', m)}</div>" for m in menu)}</div>
      <div class="main"><div class="card"><h4>{p.h('ui_text', title)}</h4><div class="head">{semester}{teacher_line}</div>{form}</div>{grades}</div></div>"""
    return css, body


# ----------------------------------------------------------------------------- a seventh held-out proxy
# Pages written before the engine was run on them: a hospital information system's patient registration
# (SIMRS-like), a bank account statement (mutasi rekening) on a phone or in internet banking, and a
# government e-office inbox with its disposition sheet (naskah dinas).

POLYCLINICS = ["Poli Penyakit Dalam", "Poli Anak", "Poli Saraf", "Poli Mata", "Poli Bedah Umum", "Poli Kandungan",
               "Poli Jantung", "Poli THT", "Poli Kulit dan Kelamin", "Instalasi Gawat Darurat"]
ICD10 = [("I10", "Essential (primary) hypertension", "Hipertensi esensial"),
         ("E11.9", "Type 2 diabetes mellitus without complications", "Diabetes melitus tipe 2 tanpa komplikasi"),
         ("J18.9", "Pneumonia, unspecified", "Pneumonia, tidak spesifik"),
         ("K29.7", "Gastritis, unspecified", "Gastritis"), ("A01.0", "Typhoid fever", "Demam tifoid"),
         ("N39.0", "Urinary tract infection", "Infeksi saluran kemih"), ("G43.9", "Migraine, unspecified", "Migren"),
         ("O80", "Single spontaneous delivery", "Persalinan spontan tunggal"),
         ("A90", "Dengue fever", "Demam dengue"), ("M54.5", "Low back pain", "Nyeri punggung bawah"),
         ("H25.9", "Senile cataract, unspecified", "Katarak senilis"), ("F32.9", "Depressive episode, unspecified", "Episode depresi")]
DOCTOR_NOTES = ["Pasien mengeluh nyeri dada kiri menjalar ke lengan sejak 2 hari",
                "Demam naik turun 4 hari, mual, nafsu makan menurun",
                "Kontrol rutin, gula darah puasa masih tinggi, lanjut metformin 2x500 mg",
                "Batuk berdahak 1 minggu, sesak saat malam hari, riwayat merokok",
                "Pusing berdenyut sebelah kiri, riwayat hipertensi tidak minum obat teratur",
                "Nyeri pinggang setelah mengangkat beban, rujuk fisioterapi",
                "Pandangan kabur kedua mata, rencana operasi katarak OD",
                "Sulit tidur dan cemas berlebihan sejak 3 bulan, konsul psikiatri"]
SIMRS_APPS = ["SIMRS", "SIMRS Khanza", "SIM-RS", "SIMRS GOS", "eHospital", "SIMRS v3.2"]
HOSPITAL_NAMES = ["RSUD Sleman", "RSUD Kota Bandung", "RSUD dr. Soetomo", "RSU Kabupaten Bantul", "RSUD Tidar Magelang",
                  "RS Bhayangkara Medan", "RSUD Daya Makassar", "RSUD dr. Koesnadi Bondowoso"]
RELATIONS = ["Suami", "Istri", "Anak", "Orang Tua", "Saudara", "Ayah", "Ibu"]


def simrs_registration(p: Page, dark: bool, group: bool):
    """A hospital information system's patient registration and record screen: the hospital and the
    registration officer signed in at the top, the patient's identity (medical record number, NIK, BPJS card
    number, name with a courtesy prefix, birth place and date, address, phone, the person responsible with
    their phone), the visit (polyclinic and doctor, both public; the payer), and the medical part (diagnosis
    with its ICD-10 code and the doctor's note).  The form is two label-colon columns, stacked boxes or one
    long table; label spellings, fonts, colours and scale vary."""
    r = p.rng
    patient = p.name()
    patient = patient.upper() if r.random() < 0.5 else patient
    female = r.random() < 0.5
    prefix = r.choice(["Ny.", "Nn.", "An."]) if female else r.choice(["Tn.", "Sdr.", "An."])
    year = r.randint(1948, 2020)
    town, date = _born(p, year)
    rm = r.choice([p.digits(6), f"{r.randint(0, 99):02d}-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}",
                   f"{r.randint(0, 99):02d}.{r.randint(0, 99):02d}.{r.randint(0, 99):02d}", "0" + p.digits(7)])
    bpjs = "000" + p.digits(10)
    carer, carer_rel = p.name(), r.choice(RELATIONS)
    doctor = p.name()
    poli = r.choice(POLYCLINICS)
    hospital = r.choice(HOSPITAL_NAMES)
    officer = p.name()
    code, en, idn = r.choice(ICD10)
    diag_text = r.choice([f"{code} - {idn}", f"{code} {en}", f"[{code}] {idn}", f"{idn} ({code})"])
    note = r.choice(DOCTOR_NOTES)
    payer = r.choice(["BPJS Kesehatan", "BPJS Kesehatan (PBI)", "JKN Mandiri", "Umum", "Asuransi Lain"])
    visit = f"{r.choice(['RJ', 'REG', 'RWJ'])}{r.randint(2501, 2512)}{p.digits(5)}"
    L = lambda *names: r.choice(names)  # noqa: E731  a field's label as this system spells it
    identity = [
        (L("No. RM", "No. Rekam Medis", "Nomor RM", "No.RM"), p.s("medical", rm)),
        (L("NIK", "No. KTP", "NIK / No. KTP"), p.s("nik", p.nik())),
        (L("No. BPJS", "No. Kartu BPJS", "No. Peserta JKN", "Nomor Kartu"), p.s("bpjs", bpjs)),
        (L("Nama Pasien", "Nama Lengkap", "Nama"), f"{p.h('ui_text', prefix)} {p.s('person_name', patient)}"),
        (L("Tempat / Tgl Lahir", "Tempat, Tanggal Lahir", "TTL"), p.s("birth_date", f"{town}, {date}")),
        (L("Umur", "Usia"), p.i("age", f"{2025 - year} Th {r.randint(0, 11)} Bln")),
        (L("Jenis Kelamin", "JK", "Kelamin"), p.i("sex", r.choice(["P", "Perempuan"]) if female else r.choice(["L", "Laki-laki"]))),
        (L("Alamat", "Alamat Pasien", "Alamat Lengkap"), p.s("address", _home(p))),
        (L("No. Telp", "No. HP", "Telepon", "No. HP/WA"), p.s("phone", _msisdn(p))),
        (L("Penanggung Jawab", "Nama Keluarga", "Pj. Pasien"),
         f"{p.s('person_name', carer)} ({p.i('relation', carer_rel)})"),
        (L("Telp. Penanggung Jawab", "No. HP Keluarga", "Kontak Darurat"), p.s("phone", _msisdn(p))),
    ]
    visit_rows = [
        (L("No. Registrasi", "No. Rawat", "No. Kunjungan"), p.i("registration_no", visit)),
        (L("Tgl. Registrasi", "Tanggal Masuk", "Tgl Kunjungan"), f"{p.h('date', p.date())} {p.h('time', p.time())}"),
        (L("Poliklinik", "Poli Tujuan", "Unit", "Klinik"), p.h("ui_text", poli)),
        (L("Dokter", "DPJP", "Dokter Pemeriksa"), f"{p.h('ui_text', 'dr.')} {p.h('public_name', doctor)}"
         f"{p.h('ui_text', ', ' + r.choice(['Sp.PD', 'Sp.A', 'Sp.N', 'Sp.M', 'Sp.B', 'Sp.OG', 'Sp.JP']))}" if r.random() < 0.7
         else f"{p.h('ui_text', 'dr.')} {p.h('public_name', doctor)}"),
        (L("Cara Bayar", "Penjamin", "Jenis Pasien"), p.h("ui_text", payer)),
        (L("Diagnosa (ICD-10)", "Diagnosis Utama", "Kode ICD-10", "Diagnosa"), p.s("medical", diag_text)),
        (L("Catatan Dokter", "Anamnesa", "Keluhan Utama", "Catatan"), p.s("medical", note)),
    ]
    layout = r.choice(["two", "boxes", "long"])
    accent = r.choice(["#0d9488", "#2563eb", "#15803d", "#7c3aed", "#0f766e", "#b91c1c"])
    bg, fg, card, muted, line = (("#131619", "#e4e7eb", "#1c2024", "#9ca3af", "#2f353b") if dark else
                                 ("#eef1f5", "#1f2429", "#fff", "#6b7280", "#dde3ea"))

    def kv(pairs):
        colon = r.choice([":", ":", ""])
        return "<table class='kv'>" + "".join(
            f"<tr><td class='k'>{p.h('ui_text', k)}</td><td class='c'>{colon}</td><td>{v}</td></tr>" for k, v in pairs) + "</table>"

    if layout == "two":
        form = (f"<div class='card'><h3>{p.h('ui_text', L('Data Pasien', 'Identitas Pasien', 'Data Sosial Pasien'))}</h3>"
                f"<div class='two'>{kv(identity[:6])}{kv(identity[6:])}</div></div>"
                f"<div class='card'><h3>{p.h('ui_text', L('Data Kunjungan', 'Registrasi', 'Pelayanan'))}</h3>{kv(visit_rows)}</div>")
    elif layout == "boxes":
        def boxes(pairs):
            return "<div class='grid'>" + "".join(
                f"<div class='fs'><div class='l'>{p.h('ui_text', k)}</div><div class='in'>{v}</div></div>" for k, v in pairs) + "</div>"
        form = (f"<div class='card'><h3>{p.h('ui_text', L('Data Pasien', 'Identitas Pasien'))}</h3>{boxes(identity)}</div>"
                f"<div class='card'><h3>{p.h('ui_text', L('Kunjungan', 'Pemeriksaan'))}</h3>{boxes(visit_rows)}</div>")
    else:
        form = f"<div class='card'>{kv(identity + visit_rows)}</div>"
    app = r.choice(SIMRS_APPS)
    size = r.choice([12.5, 13, 13.5, 14])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .top {{ height:50px; background:{accent}; color:#fff; display:flex; align-items:center; gap:14px; padding:0 16px; }}
    .top .app {{ font-weight:800; font-size:17px; }} .top .sp {{ flex:1; }}
    .wrap {{ display:flex; }} .side {{ width:{r.choice([180, 200, 220])}px; background:{card}; min-height:900px; padding-top:8px; border-right:1px solid {line}; }}
    .side div {{ padding:8px 16px; }} .side .on {{ background:{accent}22; border-left:3px solid {accent}; font-weight:700; }}
    .main {{ flex:1; padding:14px 18px; }}
    .ttl {{ display:flex; gap:10px; align-items:center; font-size:17px; margin-bottom:10px; }} .ttl .sp {{ flex:1; }}
    .btn {{ font-size:12.5px; padding:5px 12px; border-radius:4px; background:{accent}; color:#fff; }}
    .btn.o {{ background:none; color:{fg}; border:1px solid {line}; }}
    .card {{ background:{card}; border:1px solid {line}; border-radius:6px; padding:10px 16px; margin-bottom:12px; }}
    .card h3 {{ font-size:14px; margin-bottom:8px; color:{accent}; }}
    .two {{ display:flex; gap:28px; }} .two table {{ flex:1; }}
    table.kv {{ border-collapse:collapse; }} table.kv td {{ padding:4px 6px; vertical-align:top; }}
    td.k {{ width:{r.choice([130, 150, 170])}px; color:{muted}; }} td.c {{ width:8px; }}
    .grid {{ display:grid; grid-template-columns:repeat({r.choice([2, 3])}, 1fr); gap:10px 16px; }}
    .fs .l {{ font-size:.86em; color:{muted}; margin-bottom:3px; }}
    .fs .in {{ border:1px solid {line}; border-radius:4px; padding:6px 8px; min-height:30px; background:{bg}; }}
    """
    menu = ["Dashboard", "Pendaftaran", "Rawat Jalan", "Rawat Inap", "IGD", "Rekam Medis", "Farmasi", "Kasir", "Laporan"]
    side = "".join(f'<div class="{"on" if m == "Pendaftaran" else ""}">{p.h("ui_text", m)}</div>' for m in menu)
    who = (f"{p.s('person_name', officer)}" if r.random() < 0.6 else
           f"{p.s('person_name', officer)} <span style='opacity:.8'>({p.h('ui_text', 'Petugas Pendaftaran')})</span>")
    body = f"""<div class="top"><span class="app">{p.i('system', app)}</span><span>{p.h('ui_text', hospital)}</span>
      <span class="sp"></span><span>&#128276;</span><span>&#128100; {who}</span></div>
      <div class="wrap"><div class="side">{side}</div><div class="main">
      <div class="ttl"><span>{p.h('ui_text', L('Pendaftaran Pasien', 'Registrasi Rawat Jalan', 'Detail Pasien', 'Data Rekam Medis'))}</span>
      <span class="sp"></span><span class="btn o">{p.h('ui_text', 'Kembali')}</span><span class="btn o">{p.h('ui_text', 'Cetak Kartu')}</span>
      <span class="btn">{p.h('ui_text', 'Simpan')}</span></div>{form}</div></div>"""
    return css, body


BANK_APPS = [("BRImo", "#00529c"), ("Livin' by Mandiri", "#003d79"), ("BCA mobile", "#005eb8"), ("BNI Mobile Banking", "#f15a22"),
             ("BSI Mobile", "#00a39d"), ("JConnect Mobile", "#1b3f8b"), ("KlikBCA Individual", "#0060af"),
             ("Internet Banking BRI", "#00529c"), ("Mandiri Internet Banking", "#003d79"), ("BNI Internet Banking", "#f15a22")]
BRANCHES = ["KCP Sudirman", "KC Bandung Asia Afrika", "KCP Magelang Tidar", "KC Medan Balai Kota", "KCP Bantul",
            "KC Makassar Somba Opu", "Unit Bondowoso Kota"]
DESCRIPTIONS_OUT = ["TRSF E-BANKING DB", "TRANSFER KE", "TRF BIFAST KE", "Transfer Online ke", "PEMINDAHBUKUAN KE", "SKN KE"]
DESCRIPTIONS_IN = ["TRSF E-BANKING CR", "TRANSFER DARI", "TRF BIFAST DARI", "Transfer Masuk dari", "SETORAN DARI", "KR OTOMATIS DARI"]
PUBLIC_ENTRIES = ["BIAYA ADM", "BUNGA", "PAJAK BUNGA", "TARIK TUNAI ATM", "PEMBAYARAN PLN", "BAYAR BPJS KES", "PULSA TELKOMSEL",
                  "QRIS INDOMARET", "GAJI PNS", "TPP BULAN INI", "BIAYA KARTU DEBIT", "TOP UP GOPAY", "QRIS KOPI KENANGAN"]


def bank_statement(p: Page, dark: bool, group: bool, desktop: bool = False):
    """A bank account statement (mutasi rekening) in a mobile banking app or in internet banking on a
    desktop: the owner's name and account number in the header (with the branch and the period, public),
    then the transactions: each a date, a description naming the other party (a name in capitals, often with
    their bank and account number), an amount with debit or credit, and on the desktop a running balance.
    Amounts, dates, fees and merchants are public; names and account numbers are covered."""
    r = p.rng
    app, colour = r.choice(BANK_APPS[6:] if desktop else BANK_APPS[:6])
    owner = p.name().upper()
    acct = r.choice([p.account(), _bri_account(p)])
    branch = r.choice(BRANCHES)
    month = r.randint(1, 12)
    period = f"01/{month:02d}/2025 - {r.randint(25, 28)}/{month:02d}/2025"
    balance = r.randint(2_000, 40_000) * 1000
    money = lambda v: f"{v:,.2f}" if desktop else "Rp " + f"{v:,}".replace(",", ".")  # noqa: E731

    def party_text():
        """A counterparty as banks print it: a name, sometimes its bank code and account number."""
        name = p.name().upper()
        if r.random() < 0.3:
            name = name[:r.randint(14, 20)].rstrip()
        bits = [p.s("person_name", name)]
        if r.random() < 0.6:
            bits = [p.h("ui_text", r.choice(BANKS).upper()), p.s("bank_account", p.account())] + bits
        return " ".join(bits)

    rows = []
    for _ in range(r.randint(7, 10) if desktop else r.randint(6, 8)):
        day = f"{r.randint(1, 28):02d}/{month:02d}"
        kind = r.random()
        if kind < 0.32:
            desc = f"{p.h('ui_text', r.choice(DESCRIPTIONS_OUT))} {party_text()}"
            amount, credit = r.randint(50, 5000) * 1000, False
        elif kind < 0.6:
            desc = f"{p.h('ui_text', r.choice(DESCRIPTIONS_IN))} {party_text()}"
            amount, credit = r.randint(50, 8000) * 1000, True
        else:
            entry = r.choice(PUBLIC_ENTRIES)
            desc = p.h("ui_text", entry)
            if r.random() < 0.4:
                desc += f" {p.i('reference_no', p.digits(r.choice([6, 8, 12])))}"
            credit = entry.startswith(("BUNGA", "GAJI", "TPP"))
            amount = r.choice([6500, 2500, 12500]) if entry.startswith(("BIAYA", "PAJAK")) else r.randint(20, 5000) * 1000
        balance += amount if credit else -amount
        rows.append((day, desc, amount, credit, balance))
    if desktop:
        head = ["Tanggal", "Keterangan", "Cabang", "Mutasi", "Saldo"]
        table = "".join(
            f"<tr><td>{p.h('date', day)}</td><td class='d'>{desc}</td><td>{p.h('count', r.choice(['0000', '0998', '0312']))}</td>"
            f"<td class='n'>{p.h('price', money(amount))} {p.h('ui_text', 'CR' if credit else 'DB')}</td>"
            f"<td class='n'>{p.h('price', money(bal))}</td></tr>" for day, desc, amount, credit, bal in rows)
        owner_block = (f"<table class='hd'><tr><td>{p.h('ui_text', r.choice(['No. Rekening', 'Nomor Rekening', 'Rekening']))}</td><td>:</td>"
                       f"<td>{p.s('bank_account', acct)}</td><td class='gap'></td><td>{p.h('ui_text', 'Periode')}</td><td>:</td><td>{p.h('date', period)}</td></tr>"
                       f"<tr><td>{p.h('ui_text', r.choice(['Nama', 'Nama Pemilik', 'Atas Nama']))}</td><td>:</td><td>{p.s('person_name', owner)}</td>"
                       f"<td class='gap'></td><td>{p.h('ui_text', 'Mata Uang')}</td><td>:</td><td>{p.h('ui_text', 'IDR')}</td></tr>"
                       f"<tr><td>{p.h('ui_text', 'Cabang')}</td><td>:</td><td>{p.h('ui_text', branch)}</td></tr></table>")
        css = BASE_CSS + f"""
        body {{ background:{'#15181c' if dark else '#f3f5f8'}; color:{'#e5e7eb' if dark else '#1f2328'}; font-family:{_font(p)}; font-size:{r.choice([12.5, 13, 13.5])}px; }}
        .top {{ height:56px; background:{colour}; color:#fff; display:flex; align-items:center; gap:18px; padding:0 20px; }}
        .top .app {{ font-weight:800; font-size:18px; }} .top .sp {{ flex:1; }}
        .wrap {{ display:flex; }} .side {{ width:210px; padding:10px 0; background:{'#1d2126' if dark else '#fff'}; min-height:800px; }}
        .side div {{ padding:8px 18px; }} .side .on {{ font-weight:700; border-left:3px solid {colour}; }}
        .main {{ flex:1; padding:16px 20px; }} h2 {{ font-size:17px; margin-bottom:10px; }}
        table.hd td {{ padding:3px 6px; }} td.gap {{ width:60px; }}
        table.tx {{ width:100%; border-collapse:collapse; margin-top:12px; background:{'#1d2126' if dark else '#fff'}; }}
        table.tx th {{ background:{colour}; color:#fff; padding:7px 8px; text-align:left; }}
        table.tx td {{ padding:6px 8px; border-bottom:1px solid #8883; vertical-align:top; }}
        td.n {{ text-align:right; white-space:nowrap; }} td.d {{ max-width:{r.choice([300, 360, 420])}px; }}
        """
        menu = ["Beranda", "Informasi Rekening", "Mutasi Rekening", "Transfer", "Pembayaran", "Pembelian", "Logout"]
        side = "".join(f'<div class="{"on" if m == "Mutasi Rekening" else ""}">{p.h("ui_text", m)}</div>' for m in menu)
        body = f"""<div class="top"><span class="app">{p.h('ui_text', app)}</span><span class="sp"></span>
          <span>{p.h('ui_text', r.choice(['Selamat datang,', 'Halo,']))} {p.s('person_name', owner.title() if r.random() < 0.5 else owner)}</span></div>
          <div class="wrap"><div class="side">{side}</div><div class="main"><h2>{p.h('ui_text', r.choice(['Mutasi Rekening', 'Rekening Koran', 'Informasi Mutasi']))}</h2>
          {owner_block}<table class="tx"><tr>{''.join(f'<th>{p.h("ui_text", h)}</th>' for h in head)}</tr>{table}</table></div></div>"""
        return css, body
    items = []
    for day, desc, amount, credit, _ in rows:
        items.append(f"<div class='it'><div class='tx'><div class='dt'>{p.h('date', day + '/2025')}</div><div class='ds'>{desc}</div></div>"
                     f"<div class='am {'cr' if credit else ''}'>{p.h('price', ('+' if credit else '-') + money(amount))}</div></div>")
    bg, fg, card, muted = ("#0f1115", "#e8eaed", "#1a1d23", "#9aa0a6") if dark else ("#f4f6f8", "#1b1f24", "#fff", "#6b7280")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{r.choice([13, 14, 15])}px; }}
    .hd {{ background:{colour}; color:#fff; padding:14px 16px 16px; }} .hd .t {{ font-size:17px; font-weight:700; margin-bottom:10px; }}
    .acct {{ background:#ffffff22; border-radius:10px; padding:10px 12px; line-height:1.5; }} .acct .mu {{ opacity:.85; font-size:.88em; }}
    .per {{ padding:10px 16px; color:{muted}; font-size:.9em; display:flex; justify-content:space-between; }}
    .it {{ display:flex; gap:10px; background:{card}; padding:10px 14px; border-bottom:1px solid #8882; }}
    .tx {{ flex:1; min-width:0; }} .dt {{ color:{muted}; font-size:.85em; }} .ds {{ font-weight:600; overflow-wrap:anywhere; }}
    .am {{ white-space:nowrap; font-weight:700; color:#dc2626; }} .am.cr {{ color:#16a34a; }}
    """
    body = f"""<div class="hd"><div class="t">{p.h('ui_text', r.choice(['Mutasi Rekening', 'Mutasi', 'Riwayat Mutasi']))}</div>
      <div class="acct"><div class="mu">{p.h('ui_text', r.choice(['Rekening Sumber', 'Tabungan', 'Rekening']))}</div>
      <div><b>{p.s('person_name', owner)}</b></div><div>{p.s('bank_account', acct)}</div>
      <div class="mu">{p.h('ui_text', branch)}</div></div></div>
      <div class="per"><span>{p.h('date', period)}</span><span>{p.h('ui_text', 'Filter')}</span></div>{''.join(items)}"""
    return css, body


def bank_statement_web(p: Page, dark: bool, group: bool):
    """The same statement in internet banking on a desktop: a header table and a transactions table with a balance."""
    return bank_statement(p, dark, group, desktop=True)


EOFFICE_APPS = [("SRIKANDI", False), ("TNDE", False), ("SIMADIS", True), ("e-Surat Dinas", True), ("SI-NADIN", True),
                ("e-Dispo", True), ("SIPERSURATAN", True)]
LETTER_SUBJECTS = ["Undangan Rapat Koordinasi Penyusunan Renja 2026", "Permohonan Data Pegawai untuk Mutasi",
                   "Laporan Hasil Pemeriksaan Inspektorat", "Usulan Kenaikan Pangkat Periode April",
                   "Penyampaian Hasil Audit Keuangan", "Undangan Sosialisasi Aplikasi Presensi",
                   "Nota Dinas Penetapan Tim Kerja", "Permohonan Narasumber Bimbingan Teknis",
                   "Hasil Klarifikasi Pengaduan Masyarakat", "Rencana Penataan Jabatan Fungsional"]
DISPOSITION_NOTES = ["Untuk ditindaklanjuti", "Mohon dipelajari dan disiapkan bahan", "Hadiri dan laporkan",
                     "Koordinasikan dengan bidang terkait", "Untuk diketahui", "Siapkan jawaban"]
POSITIONS = ["Kepala Badan", "Sekretaris", "Kepala Bidang Mutasi", "Kepala Subbagian Umum", "Analis SDM Aparatur",
             "Kepala Bidang Anggaran", "Pranata Komputer Ahli Muda", "Inspektur Pembantu Wilayah II"]


def eoffice_inbox(p: Page, dark: bool, group: bool):
    """A government e-office (tata naskah dinas elektronik) inbox with one letter open: the system's name in
    the header (a national app is public, an agency's own system an internal marker), the signed-in officer in
    the sidebar with their NIP and position, the inbox list (sender office, subject, a classification mark,
    the date), and the open letter's details: agenda and letter numbers, classification, urgency, the
    sender and the recipients named with their NIP, and the disposition trail."""
    r = p.rng
    app, internal = r.choice(EOFFICE_APPS)
    app_span = p.s("internal_system", app) if internal else p.i("system", app)
    office = r.choice(OFFICES)
    city = r.choice(PLACES)[2]
    me, my_nip, my_post = p.name(titled=True), p.nip(), r.choice(POSITIONS)
    mark = r.choice(["RAHASIA", "Rahasia", "TERBATAS", "Terbatas", "SANGAT RAHASIA"])
    sender, sender_nip = p.name(titled=True), p.nip()
    recipients = [(p.name(titled=r.random() < 0.4), p.nip(), r.choice(POSITIONS)) for _ in range(r.randint(2, 3))]
    code = r.choice(["800", "005", "900", "700", "094", "800.1.11.1"])
    unit_code = r.choice(["BKPSDM", "Setda", "Bappeda", "Inspektorat", "Diskominfo"])
    letter_no = r.choice([f"{code}/{r.randint(10, 999)}/{unit_code}/2025", f"B-{r.randint(100, 999)}/{unit_code}/{code}/XI/2025",
                          f"{code}/{r.randint(1, 999):03d}/{r.randint(1, 30)}/2025"])
    agenda = r.choice([f"{r.randint(100, 3000)}", f"AG-{r.randint(1000, 9999)}", f"{r.randint(1, 999):04d}/SM/2025"])

    def classification(text):
        return p.s("classification", text) if text.upper() in ("RAHASIA", "TERBATAS", "SANGAT RAHASIA") else p.i("classification", text)

    inbox = []
    for k in range(r.randint(5, 7)):
        cls = mark if k == 0 else r.choice(["Biasa", "Biasa", "Biasa", "Terbatas", "Rahasia"])
        subject = LETTER_SUBJECTS[0] if k == 0 else r.choice(LETTER_SUBJECTS)
        frm = r.choice(OFFICES) + " " + city if r.random() < 0.6 else None
        frm_html = p.h("ui_text", frm) if frm else p.s("person_name", p.name(titled=True))
        inbox.append(f"<div class='row {'sel' if k == 0 else ''}'><div class='fr'>{frm_html}</div>"
                     f"<div class='sj'><span class='cl'>{classification(cls)}</span> {p.h('ui_text', subject)}</div>"
                     f"<div class='dt'>{p.h('date', p.date())}</div></div>")
    urgency = r.choice(["Biasa", "Segera", "Sangat Segera", "Penting"])
    L = lambda *names: r.choice(names)  # noqa: E731
    detail = [
        (L("No. Agenda", "Nomor Agenda", "Agenda"), p.i("reference_no", agenda)),
        (L("Nomor Surat", "No. Surat", "Nomor Naskah"), p.i("reference_no", letter_no)),
        (L("Tanggal Surat", "Tgl. Naskah"), p.h("date", p.date())),
        (L("Sifat", "Klasifikasi Keamanan", "Tingkat Keamanan"), classification(mark)),
        (L("Urgensi", "Derajat", "Kecepatan"), p.h("ui_text", urgency)),
        (L("Hal", "Perihal"), p.h("ui_text", LETTER_SUBJECTS[0])),
        (L("Pengirim", "Dari", "Asal Naskah"), f"{p.s('person_name', sender)}<br><span class='mu'>{p.h('ui_text', 'NIP')} "
                                                 f"{p.s('nip', sender_nip)}</span>"),
        (L("Kepada", "Tujuan", "Penerima"), "<br>".join(
            f"{p.s('person_name', n)} <span class='mu'>({p.h('ui_text', pos)})</span>" for n, _, pos in recipients[:2])),
    ]
    trail = []
    for n, nip, pos in recipients:
        trail.append(f"<tr><td>{p.h('date', p.date())} {p.h('time', p.time())}</td>"
                     f"<td>{p.s('person_name', n)}<div class='mu'>{p.h('ui_text', 'NIP.')} {p.s('nip', nip)}</div></td>"
                     f"<td>{p.h('ui_text', pos)}</td><td>{p.h('ui_text', r.choice(DISPOSITION_NOTES))}</td></tr>")
    accent = r.choice(["#1e40af", "#0f766e", "#9a3412", "#4338ca", "#166534"])
    bg, fg, card, muted, line = (("#121417", "#e4e6ea", "#1b1e22", "#9aa0a8", "#2d3238") if dark else
                                 ("#f2f4f7", "#1f2328", "#fff", "#6b7280", "#e1e5ea"))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{r.choice([12.5, 13, 13.5])}px; }}
    .top {{ height:52px; background:{accent}; color:#fff; display:flex; align-items:center; gap:14px; padding:0 18px; }}
    .top .app {{ font-weight:800; font-size:18px; }} .top .sp {{ flex:1; }} .top .o {{ opacity:.9; }}
    .wrap {{ display:flex; }} .side {{ width:{r.choice([210, 230])}px; flex:none; background:{card}; border-right:1px solid {line}; min-height:900px; }}
    .me {{ padding:14px 16px; border-bottom:1px solid {line}; }} .me .nm {{ font-weight:700; }}
    .av {{ width:40px; height:40px; border-radius:50%; background:#94a3b8; margin-bottom:6px; }}
    .side .m {{ padding:8px 16px; }} .side .on {{ background:{accent}22; border-left:3px solid {accent}; font-weight:700; }}
    .list {{ width:{r.choice([340, 380])}px; flex:none; border-right:1px solid {line}; }}
    .row {{ padding:9px 12px; border-bottom:1px solid {line}; }} .row.sel {{ background:{accent}18; }}
    .fr {{ font-weight:600; }} .sj {{ margin-top:2px; }} .dt {{ color:{muted}; font-size:.86em; margin-top:2px; }}
    .cl {{ font-size:.8em; font-weight:700; padding:1px 6px; border-radius:3px; border:1px solid #dc262688; color:#dc2626; }}
    .main {{ flex:1; padding:14px 18px; }} .mu {{ color:{muted}; font-size:.9em; }}
    .card {{ background:{card}; border:1px solid {line}; border-radius:6px; padding:10px 14px; margin-bottom:12px; }}
    .card h3 {{ font-size:14px; margin-bottom:8px; }}
    table {{ border-collapse:collapse; }} td {{ padding:4px 8px 4px 0; vertical-align:top; }} td.k {{ width:130px; color:{muted}; }}
    table.tr {{ width:100%; }} table.tr th {{ text-align:left; border-bottom:2px solid {line}; padding:5px 8px 5px 0; }}
    table.tr td {{ border-bottom:1px solid {line}; padding:5px 8px 5px 0; }}
    .btn {{ display:inline-block; padding:6px 12px; border-radius:4px; background:{accent}; color:#fff; margin-right:6px; }}
    """
    menu = ["Beranda", "Naskah Masuk", "Naskah Keluar", "Disposisi", "Tembusan", "Arsip", "Pengaturan"]
    side = "".join(f'<div class="m {"on" if m == "Naskah Masuk" else ""}">{p.h("ui_text", m)}</div>' for m in menu)
    detail_html = "".join(f"<tr><td class='k'>{p.h('ui_text', k)}</td><td>{v}</td></tr>" for k, v in detail)
    body = f"""<div class="top"><span class="app">{app_span}</span><span class="o">{p.h('ui_text', office + ' ' + city)}</span>
      <span class="sp"></span><span>&#128276;</span></div>
      <div class="wrap"><div class="side"><div class="me"><div class="av"></div><div class="nm">{p.s('person_name', me)}</div>
      <div class="mu">{p.h('ui_text', 'NIP')} {p.s('nip', my_nip)}</div><div class="mu">{p.h('ui_text', my_post)}</div></div>{side}</div>
      <div class="list">{''.join(inbox)}</div>
      <div class="main"><div class="card"><h3>{p.h('ui_text', L('Detail Naskah', 'Informasi Surat', 'Detail Surat Masuk'))}</h3>
      <table>{detail_html}</table></div>
      <div class="card"><h3>{p.h('ui_text', L('Riwayat Disposisi', 'Alur Disposisi', 'Lembar Disposisi'))}</h3>
      <table class="tr"><tr><th>{p.h('ui_text', 'Waktu')}</th><th>{p.h('ui_text', 'Penerima')}</th><th>{p.h('ui_text', 'Jabatan')}</th>
      <th>{p.h('ui_text', 'Isi Disposisi')}</th></tr>{''.join(trail)}</table></div>
      <div><span class="btn">{p.h('ui_text', 'Disposisi')}</span><span class="btn">{p.h('ui_text', 'Teruskan')}</span>
      <span class="btn">{p.h('ui_text', 'Balas')}</span></div></div></div>"""
    return css, body


def patient_portal(p: Page, dark: bool, group: bool):
    """An English patient portal (MyChart-like) in a browser: the signed-in patient in the header, a
    demographics card (DOB, MRN, insurance member ID, phones, address, emergency contact), the problem
    list with ICD-10 codes (medical data), and the next appointment. The clinic, its doctors and the
    menus are public."""
    r = p.rng
    who = _en_name(p)
    first, last = who.split()[0], who.split()[-1]
    contact = _en_name(p)
    city, zipcode = r.choice(EN_CITIES)
    street = f"{r.randint(100, 9899)} {r.choice(EN_STREETS)}" + r.choice(["", f", Apt {r.randint(1, 40)}{r.choice('ABC')}", f" Unit {r.randint(1, 300)}"])
    clinic = r.choice(["Riverside Health", "Lakeview Medical Group", "Summit Family Clinic", "Bayside Community Health"])
    doctor = f"Dr. {r.choice(EN_GIVEN)} {r.choice(EN_FAMILY)}"
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    y, m, d = r.randint(1950, 2002), r.randint(1, 12), r.randint(1, 28)
    dob = r.choice([f"{m:02d}/{d:02d}/{y}", f"{months[m - 1]} {d}, {y}", f"{months[m - 1][:3]} {d}, {y}"])
    mrn_prefix = r.choice(["", "MRN ", ""])
    mrn = r.choice(["", "E"]) + p.digits(r.choice([7, 8, 9]))
    member = r.choice(["XEH", "W", "ZGP", "MBR"]) + p.digits(r.choice([8, 9, 10]))
    problems = r.sample([("Type 2 diabetes mellitus without complications", "E11.9"),
                         ("Essential (primary) hypertension", "I10"), ("Major depressive disorder, single episode", "F32.9"),
                         ("Asthma, mild intermittent", "J45.20"), ("Chronic kidney disease, stage 3", "N18.30"),
                         ("Hypothyroidism, unspecified", "E03.9"), ("Generalized anxiety disorder", "F41.1")], 3)
    email_user = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{r.randint(10, 99)}"]).lower().replace("'", "").replace(" ", "")
    fields = [
        ("Legal name", p.s("person_name", who)),
        (r.choice(["Date of birth", "DOB", "Birth date"]), p.s("birth_date", dob)),
        (r.choice(["MRN", "Medical record number", "Patient ID"]), p.h("ui_text", mrn_prefix) + p.s("id_number", mrn)),
        (r.choice(["Member ID", "Insurance member ID", "Subscriber ID"]), p.s("id_number", member)),
        (r.choice(["Home phone", "Mobile", "Cell phone"]), p.s("phone", _us_phone(p))),
        (r.choice(["Email", "E-mail address"]), p.s("email", f"{email_user}@{r.choice(['gmail.com', 'icloud.com', 'hotmail.com'])}")),
        ("Address", p.s("address", street) + "<br>" + p.s("address", f"{city} {zipcode}")),
        (r.choice(["Emergency contact", "Next of kin"]), p.s("person_name", contact) + " &middot; " + p.s("phone", _us_phone(p))),
    ]
    bg, fg, card, muted, accent = (("#111827", "#e5e7eb", "#1f2937", "#9ca3af", "#60a5fa") if dark
                                   else ("#f3f4f6", "#111827", "#fff", "#6b7280", "#1d4ed8"))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{r.choice([13.5, 14, 15])}px; }}
    .top {{ height:56px; background:{accent}; color:#fff; display:flex; align-items:center; padding:0 24px; gap:26px; }}
    .top .sp {{ flex:1; }} .top b {{ font-size:17px; }}
    .wrap {{ display:flex; gap:22px; padding:20px 26px; }}
    .menu {{ width:190px; }} .menu div {{ padding:8px 10px; border-radius:6px; }}
    .col {{ flex:1; display:flex; flex-direction:column; gap:16px; max-width:900px; }}
    .card {{ background:{card}; border:1px solid #8883; border-radius:10px; padding:16px 22px; }}
    h2 {{ font-size:16px; margin-bottom:10px; }}
    table {{ border-collapse:collapse; width:100%; }} td {{ padding:5px 8px 5px 0; vertical-align:top; }}
    td.k {{ color:{muted}; width:{r.choice([170, 200, 230])}px; }}
    .pr div {{ padding:5px 0; border-bottom:1px solid #8882; }} .code {{ color:{muted}; }}
    """
    rows = "".join(f'<tr><td class="k">{p.h("ui_text", k)}</td><td>{v}</td></tr>' for k, v in fields)
    probs = "".join(f'<div>{p.s("medical", name)} <span class="code">({p.s("medical", code)})</span></div>'
                    for name, code in problems)
    menu = "".join(f'<div>{p.h("ui_text", m)}</div>' for m in
                   ["Visits", "Messages", "Test results", "Medications", "Billing", "Personal information"])
    when = f"{r.choice(months)} {r.randint(1, 28)}, 2026 at {r.randint(8, 11)}:{r.choice(['00', '15', '30', '45'])} AM"
    body = f"""<div class="top"><b>{p.h('ui_text', clinic)}</b><span>{p.h('ui_text', 'MyHealth')}</span>
      <span class="sp"></span><span>{p.h('ui_text', 'Welcome,')} {p.s('person_name', first)}</span>
      <span>{p.h('ui_text', 'Log out')}</span></div>
      <div class="wrap"><div class="menu">{menu}</div><div class="col">
      <div class="card"><h2>{p.h('ui_text', 'Patient demographics')}</h2><table>{rows}</table></div>
      <div class="card pr"><h2>{p.h('ui_text', 'Problem list')}</h2>{probs}</div>
      <div class="card"><h2>{p.h('ui_text', 'Upcoming appointment')}</h2>
      <div>{p.h('ui_text', when)} &middot; {p.i('person_name', doctor)} &middot; {p.h('ui_text', r.choice(['Family Medicine', 'Cardiology', 'Endocrinology']))}</div></div>
      </div></div>"""
    return css, body


def workspace_chat(p: Page, dark: bool, group: bool):
    """An English workspace chat (Slack/Teams-like) of a support team: people's names at the head of
    their messages, a customer's phone, e-mail and street address pasted from a ticket, a password and
    a cloud key pasted "for a minute", a ticket link. Channel names, times, reactions stay public."""
    r = p.rng
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    rnd = lambda n: "".join(r.choice(alnum) for _ in range(n))  # noqa: E731
    people = [_en_name(p) for _ in range(3)]
    customer = _en_name(p)
    city, zipcode = r.choice(EN_CITIES)
    street = f"{r.randint(100, 9899)} {r.choice(EN_STREETS)}"
    cust_mail = customer.split()[0].lower() + "." + customer.split()[-1].lower().replace("'", "").replace(" ", "") + \
        "@" + r.choice(["gmail.com", "yahoo.com", "outlook.com"])
    pw = r.choice(["Summer", "Welcome", "Falcon", "Harbor", "Winter"]) + r.choice(["!", "#", "@", "$"]) + str(r.randint(2019, 2026))
    key = r.choice(["AKIA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)),
                    "ghp_" + rnd(36), f"xoxb-{p.digits(12)}-{p.digits(13)}-{rnd(24)}", "sk_live_" + rnd(24)])
    ticket = f"https://support.{r.choice(['acme', 'globex', 'initech'])}.com/tickets/{p.digits(6)}"
    lines = [
        (people[0], f"{p.h('ui_text', 'Customer called again about the refund, ticket')} {p.i('ui_text', ticket)}"),
        (people[1], f"{p.h('ui_text', r.choice(['Can you send me their details?', 'who is it?', 'Details pls']))}"),
        (people[0], f"{p.s('person_name', customer)}, {p.s('phone', _us_phone(p))}, {p.s('email', cust_mail)}"),
        (people[0], f"{p.h('ui_text', r.choice(['ship to', 'new address:', 'address on file:']))} "
                    f"{p.s('address', street)}, {p.s('address', f'{city} {zipcode}')}"),
        (people[2], f"{p.h('ui_text', r.choice(['admin login for the refund tool is', 'the shared account pw is', 'password for the portal:']))} "
                    f"{p.s('credential', pw)} {p.h('ui_text', r.choice(['(change it after)', 'pls delete', '']))}"),
        (people[2], f"{p.h('ui_text', r.choice(['and the API key', 'key for the script', 'token']))} "
                    f"<span style='word-break:break-all'>{p.s('credential', key)}</span>"),
        (people[1], p.h('ui_text', r.choice(['thanks, on it', 'done, refund issued', 'got it 👍']))),
    ]
    msgs = []
    prev = None
    for who, text in lines:
        head = "" if who == prev else (f'<div class="av">{who[0]}</div><div><b>{p.s("person_name", who)}</b> '
                                       f'<span class="t">{p.h("time", f"{r.randint(9, 11)}:{r.randint(10, 59)} AM")}</span>')
        msgs.append(f'<div class="m">{head}<div class="x">{text}</div>{"</div>" if head else ""}</div>' if head
                    else f'<div class="m cont"><div class="x">{text}</div></div>')
        prev = who
    bg, fg, side = ("#1a1d21", "#d1d2d3", "#19171d") if dark else ("#fff", "#1d1c1d", r.choice(["#3f0e40", "#1f2a44", "#264653"]))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{r.choice([14, 15])}px; display:flex; }}
    .side {{ width:230px; background:{side}; color:#ddd; min-height:100vh; padding:14px; }}
    .side div {{ padding:5px 4px; }}
    .main {{ flex:1; padding:12px 20px; max-width:{r.choice([640, 760, 880])}px; }}
    .hd {{ font-weight:700; padding:6px 0 10px; border-bottom:1px solid #8883; }}
    .m {{ display:flex; gap:10px; margin:10px 0; }} .m.cont {{ margin:2px 0 2px 46px; }}
    .av {{ width:36px; height:36px; border-radius:6px; background:#2e86ab; color:#fff; flex:none; text-align:center;
           line-height:36px; font-weight:700; }}
    .t {{ color:#888; font-size:12px; }} .x {{ line-height:1.45; }}
    """
    chans = "".join(f'<div>{p.h("ui_text", c)}</div>' for c in ["# general", "# support-escalations", "# billing", "# random"])
    body = f'<div class="side">{chans}</div><div class="main"><div class="hd">{p.h("ui_text", "# support-escalations")}</div>{"".join(msgs)}</div>'
    return css, body


def chat_pasted_list(p: Page, dark: bool, group: bool):
    """A staff group's chat where a list was pasted into a bubble: participants of a training or a meeting
    with their NIP and mobile numbers, one per line in the writer's own format, a reminder naming who has
    not sent their data yet, and replies.  The group's name, the training's name and the times are public."""
    r = p.rng
    bg, fg = ("#0b141a", "#e9edef") if dark else ("#efeae2", "#111b21")
    inc, out = ("#202c33", "#005c4b") if dark else ("#ffffff", "#d9fdd3")
    head = "#202c33" if dark else "#008069"
    admin = p.name()
    event = r.choice(["Diklat PIM IV Angkatan 3", "Bimtek SIPD 2025", "Rakor Kepegawaian Triwulan II",
                      "Pelatihan Dasar CPNS Gel. 2", "Sosialisasi e-Kinerja"])
    style = r.choice(["slash", "dash", "paren", "labelled"])
    entries = []
    for k in range(r.choice([4, 5, 6])):
        who = p.name(titled=True)
        nip, hp = p.nip(), p.phone()
        if style == "slash":
            line = f"{k + 1}. {p.s('person_name', who)} / {p.s('nip', nip)} / {p.s('phone', hp)}"
        elif style == "dash":
            line = f"{k + 1}. {p.s('person_name', who.upper())} - NIP. {p.s('nip', nip)} - {p.s('phone', hp)}"
        elif style == "paren":
            line = f"{k + 1}) {p.s('person_name', who)} (NIP {p.s('nip', nip)}) HP {p.s('phone', hp)}"
        else:
            line = (f"{k + 1}. Nama: {p.s('person_name', who)}<br>&nbsp;&nbsp;&nbsp;&nbsp;NIP: {p.s('nip', nip)}"
                    f"<br>&nbsp;&nbsp;&nbsp;&nbsp;HP: {p.s('phone', hp)}")
        entries.append(line)
    missing = [p.name() for _ in range(3)]
    bubbles = [
        ("i", p.s("person_name", admin),
         f"{p.h('ui_text', r.choice(['Assalamualaikum.', 'Selamat pagi Bapak/Ibu.', 'Yth. rekan-rekan,']))} "
         f"{p.h('ui_text', 'Berikut daftar peserta')} {p.h('ui_text', event)}:<br>" + "<br>".join(entries)),
        ("i", p.s("person_name", admin),
         f"{p.h('ui_text', r.choice(['Yang belum kirim data:', 'Mohon segera melengkapi berkas:', 'Belum absen:']))} "
         + ", ".join(p.s("person_name", m) for m in missing)),
        ("o", "", p.h("ui_text", r.choice(["Siap, terima kasih", "Baik pak, segera", "Hadir"]))),
        ("i", p.s("person_name", p.name()), p.h("ui_text", r.choice(["Siap laksanakan", "Terima kasih infonya", "Noted pak"]))),
    ]
    html_bubbles = []
    for side, sender, text in bubbles:
        snd = f'<div class="snd">{sender}</div>' if sender else ""
        html_bubbles.append(f'<div class="b {side}">{snd}<div>{text}</div><div class="t">{p.h("time", p.time())}</div></div>')
    title = p.h("ui_text", r.choice(["Info Kepegawaian BKPSDM", "Grup Diklat 2025", "ASN Dinkes Kota", "Staf Setda"]))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; width:100%; font-size:{r.choice([14.5, 15, 16])}px; font-family:{_font(p)}; }}
    .top {{ background:{head}; color:#fff; height:60px; display:flex; align-items:center; padding:0 10px; gap:10px; }}
    .av {{ width:38px; height:38px; border-radius:50%; background:#8aa; }}
    .nm {{ font-size:17px; font-weight:500; }} .sub {{ font-size:12.5px; opacity:.85; }}
    .list {{ padding:10px 10px; display:flex; flex-direction:column; gap:6px; }}
    .b {{ max-width:88%; padding:6px 8px 4px 9px; border-radius:8px; line-height:1.4; overflow-wrap:anywhere; }}
    .i {{ background:{inc}; align-self:flex-start; }} .o {{ background:{out}; align-self:flex-end; }}
    .t {{ font-size:11px; opacity:.6; text-align:right; }}
    .snd {{ font-size:13px; font-weight:600; color:{r.choice(['#1fa855', '#d3a', '#e67e22', '#3b82f6'])}; }}
    """
    body = f"""<div class="top"><span style="font-size:22px">&#8592;</span><div class="av"></div>
      <div><div class="nm">{title}</div><div class="sub">{p.h('ui_text', str(r.randint(40, 250)) + ' anggota')}</div></div></div>
      <div class="list">{''.join(html_bubbles)}</div>"""
    return css, body


def social_post_comments(p: Page, dark: bool, group: bool):
    """A citizen's complaint posted on an agency's public social-media page, seen on a phone: the poster
    gives their NIK, their address and a WhatsApp number in the post; people comment under it by name, one
    with a phone number; the agency's account answers.  The agency, the counts and the buttons are public."""
    r = p.rng
    poster = p.name()
    agency = r.choice(["Disdukcapil Kota Bandung", "Dinas Kesehatan Kab. Magelang", "Pemkot Makassar",
                       "BPJS Kesehatan Cabang Medan", "Samsat Bantul"])
    complaint = r.choice([
        f"Min, KTP saya sudah 3 bulan belum jadi. NIK {p.s('nik', p.nik())}, alamat {p.s('address', p.address())}. "
        f"Mohon dibantu, WA saya {p.s('phone', p.phone())}",
        f"Tolong dicek min, data BPJS saya tidak aktif padahal iuran lancar. No kartu {p.s('bpjs', '000' + p.digits(10))}, "
        f"a.n. {p.s('person_name', poster)}. Hub {p.s('phone', p.phone())}",
        f"Jalan depan rumah saya rusak parah sudah setahun, {p.s('address', p.address())}. "
        f"Kalau perlu survei hubungi {p.s('phone', p.phone())}",
    ])
    commenters = [p.name() for _ in range(3)]
    comments = [
        (commenters[0], p.h("ui_text", r.choice(["Sama min, saya juga belum", "Betul, di tempat saya juga", "Semangat kak"]))),
        (commenters[1], f"{p.h('ui_text', r.choice(['Coba hubungi saya kak', 'Saya bisa bantu urus, WA', 'Japri ya']))} "
                        f"{p.s('phone', p.phone())}"),
        (commenters[2], p.h("ui_text", r.choice(["Pelayanan lambat sekali", "Kapan bisa selesai ya", "Ikut pantau"]))),
    ]
    reply = (f"{p.h('ui_text', 'Halo kak')} {p.s('person_name', poster.split()[0])}, "
             f"{p.h('ui_text', r.choice(['mohon maaf atas ketidaknyamanannya, data sudah kami teruskan ke bidang terkait.', 'silakan datang ke loket 3 dengan membawa KK asli.', 'laporan sudah kami terima dan akan segera ditindaklanjuti.']))}")
    bg, fg, card, muted = ("#18191a", "#e4e6eb", "#242526", "#b0b3b8") if dark else ("#f0f2f5", "#050505", "#fff", "#65676b")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{r.choice([14.5, 15, 16])}px; }}
    .top {{ background:{card}; height:52px; display:flex; align-items:center; padding:0 12px; gap:12px; font-weight:700;
            border-bottom:1px solid #8883; }}
    .post {{ background:{card}; margin-top:8px; padding:12px; }}
    .hd {{ display:flex; gap:10px; align-items:center; margin-bottom:8px; }}
    .av {{ width:40px; height:40px; border-radius:50%; background:#9ab; flex:none; }}
    .sm {{ color:{muted}; font-size:12.5px; }}
    .x {{ line-height:1.4; }}
    .bar {{ display:flex; justify-content:space-around; color:{muted}; padding:8px 0; border-top:1px solid #8883;
            margin-top:10px; font-weight:600; font-size:14px; }}
    .c {{ display:flex; gap:8px; margin:8px 12px; }} .c .av {{ width:32px; height:32px; }}
    .cb {{ background:{'#3a3b3c' if dark else '#f0f2f5'}; border-radius:16px; padding:7px 12px; line-height:1.35; }}
    .cb b {{ display:block; font-size:13.5px; }}
    .ac {{ color:{muted}; font-size:12px; margin:2px 0 0 12px; }}
    """
    cmts = "".join(f'<div class="c"><div class="av"></div><div><div class="cb"><b>{p.s("person_name", who)}</b>{text}</div>'
                   f'<div class="ac">{p.h("ui_text", str(r.randint(1, 23)) + " j")} &nbsp; {p.h("ui_text", "Suka")} &nbsp; '
                   f'{p.h("ui_text", "Balas")}</div></div></div>' for who, text in comments)
    cmts += (f'<div class="c"><div class="av" style="background:#2563eb"></div><div><div class="cb">'
             f'<b>{p.h("ui_text", agency)}</b>{reply}</div><div class="ac">{p.h("ui_text", "1 j")} &nbsp; '
             f'{p.h("ui_text", "Suka")} &nbsp; {p.h("ui_text", "Balas")}</div></div></div>')
    body = f"""<div class="top"><span>&#8592;</span>{p.h('ui_text', agency)}</div>
      <div class="post"><div class="hd"><div class="av"></div><div><b>{p.s('person_name', poster)}</b>
      <div class="sm">{p.h('ui_text', str(r.randint(2, 20)) + ' jam')} &middot; {p.h('ui_text', 'Publik')}</div></div></div>
      <div class="x">{complaint}</div>
      <div class="sm" style="margin-top:8px">{p.h('ui_text', str(r.randint(5, 300)) + ' suka')} &middot; {p.h('ui_text', str(r.randint(3, 80)) + ' komentar')}</div>
      <div class="bar"><span>{p.h('ui_text', 'Suka')}</span><span>{p.h('ui_text', 'Komentari')}</span><span>{p.h('ui_text', 'Bagikan')}</span></div></div>
      {cmts}"""
    return css, body


# ----------------------------------------------------------------------------- a citizen's side of services
# Pages a citizen or an agency's service desk posts: the national health insurance app's digital card with the
# family on it and the visit history, a social-assistance lookup's results, and a direct-message thread in
# which a citizen sends an agency's account their identity to get help.

JKN_APPS = [("Mobile JKN", "#0a7d3b"), ("JKN Mobile", "#00913f"), ("Kartu JKN", "#0b6e4f")]
JKN_SEGMENTS = ["PPU - PNS Daerah", "PPU - PNS Pusat", "PBI APBN", "PBI APBD", "PBPU - Mandiri", "PPU - Swasta"]
JKN_VISIT_PLACES = FACILITIES + HOSPITALS + ["RSUD Tidar Magelang", "RS Panti Rapih", "Klinik Utama Mata Sehat"]


def _jkn_card(p: Page) -> str:
    return "000" + p.digits(10)


def jkn_mobile_card(p: Page, dark: bool, group: bool):
    """A national health insurance app (Mobile JKN-like) on a phone at device scale 2-3: the digital card (the
    13-digit card number, grouped or not, the holder's name, NIK and birth date, the first-level facility and the
    class; the project covers the facility as medical data, so it is neither rewarded nor penalised here), the family members registered on the card with their card numbers and relation, and the
    visit history: the date, the facility (public), the polyclinic and the diagnosis (medical).  Labels beside
    or above their values, in several spellings."""
    r = p.rng
    app, accent = r.choice(JKN_APPS)
    holder = p.name()
    shown = holder.upper() if r.random() < 0.6 else holder
    card = _jkn_card(p)
    card_shown = r.choice([card, " ".join([card[:4], card[4:8], card[8:12], card[12:]]), f"{card[:4]} {card[4:]}"])
    year = r.randint(1960, 2000)
    born = r.choice([f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{year}", f"{r.randint(1, 28)} {r.choice(MONTHS_ID)} {year}",
                     f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{year}"])
    facility = r.choice(FACILITIES)
    fields = [(r.choice(["No. Kartu", "Nomor Kartu", "No. Kartu JKN", "Nomor Peserta"]), p.s("bpjs", card)),
              (r.choice(["Nama", "Nama Peserta"]), p.s("person_name", shown)),
              ("NIK", p.s("nik", p.nik())),
              (r.choice(["Tgl. Lahir", "Tanggal Lahir", "Tgl Lahir"]), p.s("birth_date", born)),
              (r.choice(["Faskes Tingkat I", "Faskes Tingkat 1", "FKTP", "Faskes 1"]), p.i("medical", facility)),
              (r.choice(["Kelas", "Kelas Rawat", "Hak Kelas"]), p.h("ui_text", r.choice(["Kelas I", "Kelas II", "Kelas III", "KELAS 1"]))),
              (r.choice(["Segmen", "Jenis Peserta"]), p.h("ui_text", r.choice(JKN_SEGMENTS))),
              ("Status", p.h("ui_text", r.choice(["AKTIF", "Aktif"])))]
    r.shuffle(fields[2:4])
    stacked = r.random() < 0.5
    if stacked:
        rows = "".join(f"<div class='st'><div class='mu'>{p.h('ui_text', k)}</div><div class='b'>{v}</div></div>" for k, v in fields)
    else:
        rows = "".join(f"<div class='kv'><span class='mu'>{p.h('ui_text', k)}</span><span class='b'>{v}</span></div>" for k, v in fields)
    family = []
    for relation in ["Peserta"] + r.sample(["Istri", "Suami", "Anak", "Anak", "Anak"], r.choice([2, 3])):
        who = shown if relation == "Peserta" else p.name()
        who = who.upper() if shown.isupper() else who
        number = card if relation == "Peserta" else _jkn_card(p)
        family.append(f"<div class='fm'><div class='av'></div><div><div class='b'>{p.s('person_name', who)}</div>"
                      f"<div class='mu'>{p.s('bpjs', number)} &middot; {p.h('ui_text', relation)}</div></div>"
                      f"<span class='chip'>{p.h('ui_text', r.choice(['AKTIF', 'Aktif']))}</span></div>")
    visits = []
    for _ in range(r.choice([2, 3])):
        code, _english, condition = r.choice(ICD10)
        diagnosis = r.choice([f"{condition} ({code})", f"{code} - {condition}", condition, f"{code} {condition.upper()}"])
        place = r.choice(JKN_VISIT_PLACES)
        shown_place = p.i("medical", place) if place == facility else p.h("ui_text", place)  # (labelled as the card's)
        clinic = r.choice(POLYCLINICS + ["Poli Umum", "Poli Gigi"])
        visits.append(f"<div class='vs'><div class='mu'>{p.h('date', p.date())} &middot; {p.h('ui_text', r.choice(['Rawat Jalan', 'RJTP', 'RJTL']))}</div>"
                      f"<div class='b'>{shown_place}</div><div>{p.i('medical', clinic)}</div>"
                      f"<div><span class='mu'>{p.h('ui_text', r.choice(['Diagnosa', 'Diagnosis', 'Dx']))}:</span> {p.s('medical', diagnosis)}</div></div>")
    # The app shows its screens one at a time: the card with two of them below it, as far as the phone shows.
    sections = {"data": f"<div class='sec'><h3>{p.h('ui_text', r.choice(['Data Peserta', 'Informasi Peserta', 'Detail Kepesertaan']))}</h3>{rows}</div>",
                "family": f"<div class='sec'><h3>{p.h('ui_text', r.choice(['Peserta Terdaftar', 'Anggota Keluarga', 'Daftar Keluarga']))}</h3>{''.join(family)}</div>",
                "visits": f"<div class='sec'><h3>{p.h('ui_text', r.choice(['Riwayat Pelayanan', 'Riwayat Kunjungan']))}</h3>{''.join(visits)}</div>"}
    shown_sections = r.choice([("data", "family"), ("family", "visits"), ("data", "visits"), ("visits", "family")])
    size = r.choice([13, 14, 15])
    bg, fg, box, muted = ("#0e1411", "#e6ece8", "#18201b", "#9aa7a0") if dark else ("#f1f6f3", "#15201a", "#fff", "#64736a")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .hd {{ background:{accent}; color:#fff; padding:12px 16px; display:flex; gap:12px; align-items:center; font-size:1.15em; font-weight:600; }}
    .kt {{ margin:12px; border-radius:14px; padding:14px 16px; color:#fff; line-height:1.45;
           background:linear-gradient(120deg,{accent},#1d4ed8cc); }}
    .kt .top {{ display:flex; justify-content:space-between; font-size:.8em; opacity:.9; }}
    .kt .no {{ font-size:1.35em; font-weight:700; letter-spacing:1px; margin-top:10px; }}
    .kt .nm {{ font-size:1.05em; font-weight:600; }} .kt .sm {{ font-size:.82em; opacity:.9; }}
    .sec {{ background:{box}; margin:0 12px 12px; border-radius:12px; padding:10px 14px; }}
    .sec h3 {{ font-size:1em; margin-bottom:6px; }} .mu {{ color:{muted}; }} .b {{ font-weight:600; }}
    .kv {{ display:flex; justify-content:space-between; gap:12px; padding:6px 0; border-bottom:1px solid #8882; }}
    .kv .b {{ text-align:right; }}
    .st {{ padding:5px 0; border-bottom:1px solid #8882; }} .st .mu {{ font-size:.85em; }}
    .fm {{ display:flex; gap:10px; align-items:center; padding:7px 0; border-bottom:1px solid #8882; }}
    .fm .av {{ width:34px; height:34px; border-radius:50%; background:{accent}33; flex:none; }}
    .fm .chip {{ margin-left:auto; font-size:.75em; color:{accent}; border:1px solid {accent}; border-radius:10px; padding:1px 8px; }}
    .vs {{ padding:8px 0; border-bottom:1px solid #8882; line-height:1.4; }}
    """
    body = f"""<div class="hd"><span>&#8592;</span>{p.h('ui_text', r.choice(['Kartu Digital', 'Kartu Peserta', 'Info Peserta']))}</div>
      <div class="kt"><div class="top"><span>{p.h('ui_text', 'BPJS Kesehatan')}</span><span>{p.h('ui_text', 'KIS')}</span></div>
      <div class="no">{p.s('bpjs', card_shown)}</div><div class="nm">{p.s('person_name', shown)}</div>
      <div class="sm">{p.h('ui_text', 'Faskes Tk. I')}: {p.i('medical', facility)}</div></div>
      {''.join(sections[k] for k in shown_sections)}"""
    return css, body


BANSOS_PROGRAMS = ["PKH", "BPNT", "BLT BBM", "PBI-JK", "BST", "BLT El Nino", "Sembako", "PIP", "ATENSI YAPI"]
BANSOS_STATUS = ["YA", "TIDAK", "Sudah Disalurkan", "Proses Bank Himbara", "Ditetapkan", "Tidak Layak"]
BANSOS_PERIODS = ["JANUARI - MARET 2025", "APRIL - JUNI 2025", "Tahap 1 2025", "Tahap 2 2025", "Okt - Des 2024", "2025"]


def _masked_nik(p: Page) -> str:
    nik = p.nik()
    keep = p.rng.choice([4, 6])
    return p.rng.choice([nik[:keep] + "*" * (16 - keep - 4) + nik[-4:], nik[:keep] + "X" * (16 - keep)])


def _masked_name(p: Page, name: str) -> str:
    """A recipient's name as the public lookup shows it: the first and last two letters of each word."""
    return " ".join(w[:2] + "*" * max(1, len(w) - 4) + w[-2:] if len(w) > 4 else w[0] + "*" * (len(w) - 1)
                    for w in name.upper().split())


def bansos_check(p: Page, dark: bool, group: bool):
    """A social-assistance lookup (cek bansos, DTKS-like) in a browser: the site's address and header (public),
    the search form with the province and regency chosen (public), the district and village, and the name typed
    in the name field (personal), a captcha, then the results table: number, name (masked on the public site, in
    full in the agency's DTKS page), NIK (masked or in full), age, the village, the programme, its status and
    period (public).  Some pages add the recipient's address.  A district or a village beside a person is a part
    of their address the project covers on identity papers: neither rewarded nor penalised here, as elsewhere."""
    r = p.rng
    kel, kec, city = r.choice(PLACES)
    province = PROVINCES[city][0]
    internal = r.random() < 0.5
    site = "siks.kemensos.go.id/dtks/cari" if internal else r.choice(["cekbansos.kemensos.go.id", "cekbansos.kemensos.go.id/#hasil"])
    rows_n = r.choice([3, 4, 5, 6])
    household = r.sample(FAMILY, 1)[0]
    people = [f"{r.choice(GIVEN)} {household if r.random() < 0.5 else r.choice(FAMILY)}" for _ in range(rows_n)]
    typed = people[0] if r.random() < 0.7 else people[0].split()[0]
    with_address = internal and r.random() < 0.6
    heads = ["No", "Nama", "NIK"] + (["Alamat"] if with_address else []) + ["Umur", "Kelurahan/Desa", "Bansos", "Status", "Periode"]
    body_rows = []
    for n, who in enumerate(people, start=1):
        name_cell = p.s("person_name", who.upper()) if internal or r.random() < 0.2 else p.i("person_name", _masked_name(p, who))
        nik_cell = p.s("nik", p.nik()) if internal else p.i("nik", _masked_nik(p))
        cells = [p.h("ui_text", str(n)), name_cell, nik_cell]
        if with_address:
            cells.append(p.s("address", r.choice([f"{r.choice(STREETS).upper()} NO {r.randint(1, 90)} RT {r.randint(1, 12):03d} RW {r.randint(1, 9):03d}",
                                                  f"DUSUN {r.choice(['KRAJAN', 'SUMBER', 'NGASEM', 'KARANGREJO'])} RT {r.randint(1, 9):02d}/RW {r.randint(1, 6):02d}"])))
        cells += [p.i("age", str(r.randint(19, 88))), p.i("village", kel.split(". ", 1)[-1].upper()),
                  p.h("ui_text", r.choice(BANSOS_PROGRAMS)), p.h("ui_text", r.choice(BANSOS_STATUS)),
                  p.h("date", r.choice(BANSOS_PERIODS))]
        body_rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    selects = [("Provinsi", p.h("ui_text", province)), ("Kabupaten/Kota", p.h("ui_text", city.upper())),
               ("Kecamatan", p.i("district", kec.split(". ", 1)[-1].upper())), ("Desa/Kelurahan", p.i("village", kel.split(". ", 1)[-1].upper()))]
    form = "".join(f"<label><div class='lb'>{p.h('ui_text', k)}</div><div class='sel'>{v}<span>&#9662;</span></div></label>"
                   for k, v in selects)
    name_label = r.choice(["Nama PM (Penerima Manfaat)", "Nama Penerima Manfaat", "Nama Sesuai KTP", "Nama"])
    form += (f"<label class='wide'><div class='lb'>{p.h('ui_text', name_label)}</div><div class='in'>{p.s('person_name', typed.upper())}</div></label>"
             f"<label><div class='lb'>{p.h('ui_text', 'Kode Captcha')}</div><div class='in'>{p.i('captcha', ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ23456789') for _ in range(5)))}</div></label>")
    size = r.choice([13, 14, 15])
    bg, fg, box, muted, line = ("#121417", "#e5e7eb", "#1c1f24", "#9ca3af", "#333a44") if dark else ("#f3f5f8", "#1f2937", "#fff", "#6b7280", "#d9dee5")
    accent = r.choice(["#c62828", "#1565c0", "#00695c"])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .br {{ background:{'#2b2e33' if dark else '#dee1e6'}; padding:6px 10px; display:flex; gap:10px; align-items:center; font-size:13px; }}
    .br .u {{ flex:1; background:{box}; border-radius:14px; padding:4px 14px; color:{muted}; }}
    .hd {{ background:{accent}; color:#fff; padding:12px 24px; font-size:1.2em; font-weight:700; }}
    .hd small {{ display:block; font-size:.65em; font-weight:400; opacity:.9; }}
    .card {{ background:{box}; margin:14px 24px; border-radius:8px; padding:14px 18px; border:1px solid {line}; }}
    .card h3 {{ font-size:1.05em; margin-bottom:10px; }}
    .form {{ display:grid; grid-template-columns:repeat(3, 1fr); gap:10px 16px; }}
    .form .wide {{ grid-column:span 2; }} .lb {{ font-size:.85em; color:{muted}; margin-bottom:3px; }}
    .sel, .in {{ border:1px solid {line}; border-radius:5px; padding:6px 10px; display:flex; justify-content:space-between; }}
    .btn {{ display:inline-block; background:{accent}; color:#fff; border-radius:5px; padding:7px 22px; margin-top:12px; font-weight:700; }}
    table {{ border-collapse:collapse; width:100%; }}
    th {{ background:{accent}; color:#fff; text-align:left; padding:7px 8px; font-size:.9em; }}
    td {{ border-bottom:1px solid {line}; padding:7px 8px; vertical-align:top; }}
    .note {{ font-size:.82em; color:{muted}; margin-top:8px; }}
    """
    title = "Data Terpadu Kesejahteraan Sosial" if internal else r.choice(["Cek Bansos", "Cek Penerima Bantuan Sosial"])
    body = f"""<div class="br"><span>&#8592; &#8594; &#8635;</span><span class="u">{p.h('ui_text', site)}</span></div>
      <div class="hd">{p.h('ui_text', title)}<small>{p.h('ui_text', 'Kementerian Sosial Republik Indonesia')}</small></div>
      <div class="card"><h3>{p.h('ui_text', r.choice(['Pencarian Data', 'Cari Data Penerima', 'Wilayah PM']))}</h3><div class="form">{form}</div>
      <span class="btn">{p.h('ui_text', r.choice(['CARI DATA', 'Cari', 'Tampilkan']))}</span></div>
      <div class="card"><h3>{p.h('ui_text', r.choice(['Hasil Pencarian', 'Data Penerima Manfaat']))} ({p.h('ui_text', str(rows_n))} {p.h('ui_text', 'data')})</h3>
      <table><tr>{''.join(f"<th>{p.h('ui_text', h)}</th>" for h in heads)}</tr>{''.join(body_rows)}</table>
      <div class="note">{p.h('ui_text', r.choice(['Data bersumber dari DTKS yang ditetapkan Menteri Sosial.', 'Jika data tidak sesuai, silakan ajukan sanggahan melalui aplikasi.']))}</div></div>"""
    return css, body


DM_AGENCIES = [("disdukcapil.kotabandung", "Disdukcapil Kota Bandung"), ("dinsos_kabmagelang", "Dinas Sosial Kab. Magelang"),
               ("bpjskesehatan_medan", "BPJS Kesehatan Medan"), ("pemkab.bantul", "Pemkab Bantul"),
               ("samsat.makassar", "Samsat Makassar"), ("dukcapil_bondowoso", "Dukcapil Bondowoso")]


def social_dm(p: Page, dark: bool, group: bool):
    """A social-media direct-message thread on a phone at device scale 2-3 (Instagram- or X-like, light or dark),
    seen from an agency's account: the citizen's display name and handle in the header, then their messages in
    everyday Indonesian ("alamat sy di ...", "no wa 08..") giving their full name, NIK, address and phone, a
    photo of their KTP with a caption, and the agency's replies.  The agency's name, times and buttons are public."""
    r = p.rng
    handle, agency = r.choice(DM_AGENCIES)
    citizen = p.name()
    first = citizen.split()[0]
    user = f"{first.lower()}{r.choice(['_', '.', ''])}{citizen.split()[-1].lower()[:r.choice([3, 5, 8])]}{r.randint(0, 99) if r.random() < 0.6 else ''}"
    nik, phone, home = p.nik(), _msisdn(p), _home(p, casual=True)
    topic = r.choice([("ktp", "e-KTP sy blm jadi2 min, udh 3 bln"), ("bansos", "sy kok ga dapet bansos lg ya min"),
                      ("bpjs", "bpjs sy dinonaktifkan min padahal ga pernah telat"), ("kk", "mau tanya min cara ganti alamat di KK gmn")])
    theirs = [
        p.h("ui_text", r.choice(["Permisi min", "Assalamualaikum min", "Halo min", "min tolong"])) + " " + p.h("ui_text", topic[1]),
        r.choice([f"nama lengkap: {p.s('person_name', citizen)}", f"nama sy {p.s('person_name', citizen)}",
                  f"a.n. {p.s('person_name', citizen.upper())}"]),
        r.choice([f"NIK {p.s('nik', nik)}", f"nik: {p.s('nik', nik)}", f"ini nik sy {p.s('nik', nik)}"]),
        r.choice([f"alamat sy di {p.s('address', home)}", f"alamat: {p.s('address', home)}", f"domisili {p.s('address', home)}"]),
        r.choice([f"no wa {p.s('phone', phone)}", f"hp/wa: {p.s('phone', phone)}", f"kalo bisa hubungi sy di {p.s('phone', phone)} ya min"]),
    ]
    r.shuffle(theirs[1:5])
    caption = r.choice(["ini foto ktp sy min", "foto ktp nya min", "ktp sy yg lama", "ini ktp sm kk nya"])
    replies = [r.choice(["Halo kak, terima kasih sudah menghubungi kami.", "Selamat siang kak, dengan senang hati kami bantu."]),
               r.choice(["Mohon ditunggu ya kak, data sedang kami cek ke bidang terkait.", "Baik kak, laporan kakak sudah kami teruskan.",
                         "Silakan datang ke loket pelayanan dengan membawa KK asli ya kak."])]
    thread = [("in", theirs[0]), ("out", p.h("ui_text", replies[0]) + " " + p.h("ui_text", "Boleh dibantu nama lengkap, NIK dan alamatnya?"))]
    thread += [("in", t) for t in theirs[1:]]
    thread.append(("photo", p.h("ui_text", caption)))
    thread.append(("out", p.h("ui_text", replies[1])))
    thread.append(("in", p.h("ui_text", r.choice(["ok min makasih", "siap min, ditunggu ya", "mksh min"]))))
    insta = r.random() < 0.5
    bg, fg, muted = ("#000", "#f5f5f5", "#a8a8a8") if dark else ("#fff", "#0f1419", "#737373")
    theirs_bg = ("#262626" if dark else "#efefef") if insta else ("#2f3336" if dark else "#eff3f4")
    ours_bg = "#3797f0" if insta else "#1d9bf0"
    start = minute = r.randint(7 * 60, 20 * 60)
    bubbles = []
    for side, text in thread:
        if side == "photo":
            bubbles.append(f'<div class="m in"><div class="ph"><div class="ktp">{p.h("ui_text", "PROVINSI " + r.choice(["JAWA BARAT", "JAWA TENGAH", "SUMATERA UTARA"]))}</div></div>'
                           f'<div class="bb">{text}</div></div>')
        else:
            bubbles.append(f'<div class="m {side}"><div class="bb">{text}</div></div>')
        if r.random() < 0.25:
            minute += r.randint(3, 90)
            bubbles.append(f'<div class="tm">{p.h("time", f"{minute // 60 % 24:02d}:{minute % 60:02d}")}</div>')
    size = r.choice([14.5, 15, 16])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .top {{ display:flex; align-items:center; gap:10px; padding:10px 12px; border-bottom:1px solid #8883; }}
    .top .av {{ width:34px; height:34px; border-radius:50%; background:linear-gradient(45deg,#f58529,#dd2a7b); flex:none; }}
    .top .nm {{ font-weight:700; }} .top .hn {{ font-size:12.5px; color:{muted}; }}
    .top .ic {{ margin-left:auto; color:{muted}; letter-spacing:10px; }}
    .list {{ display:flex; flex-direction:column; gap:4px; padding:10px 12px; }}
    .m {{ display:flex; flex-direction:column; max-width:78%; }} .m.in {{ align-self:flex-start; }} .m.out {{ align-self:flex-end; }}
    .bb {{ padding:8px 13px; border-radius:{'20px' if insta else '18px'}; line-height:1.35; overflow-wrap:anywhere; }}
    .in .bb {{ background:{theirs_bg}; }} .out .bb {{ background:{ours_bg}; color:#fff; }}
    .ph {{ width:220px; height:140px; border-radius:14px; background:linear-gradient(135deg,#7aa6d8,#c7dbef); margin-bottom:3px; padding:8px; }}
    .ktp {{ font-size:9px; color:#123; font-weight:700; text-align:center; }}
    .tm {{ text-align:center; color:{muted}; font-size:11.5px; margin:6px 0; }}
    .sn {{ text-align:right; color:{muted}; font-size:11.5px; }}
    .bar {{ margin:8px 12px; border:1px solid #8884; border-radius:22px; padding:9px 16px; color:{muted}; }}
    """
    seen = r.choice(["Dilihat", "Seen", "Dibaca"])
    body = f"""<div class="top"><span>&#8592;</span><div class="av"></div><div><div class="nm">{p.s('person_name', citizen)}</div>
      <div class="hn">{p.i('handle', '@' + user if not insta else user)}</div></div><span class="ic">&#9742;</span></div>
      <div class="tm">{p.h('ui_text', r.choice(['Hari ini', 'Kemarin', 'Sen']))} {p.h('time', f"{start // 60:02d}:{start % 60:02d}")}</div>
      <div class="list">{''.join(bubbles)}<div class="sn">{p.h('ui_text', seen)}</div></div>
      <div class="bar">{p.h('ui_text', r.choice(['Kirim pesan...', 'Message...', 'Tulis pesan']))}</div>"""
    return css, body


# ----------------------------------------------------------------------------- civil-service papers
# Pages written before the engine was run on them: the civil service's own personal-data app on a phone (every
# number a civil servant has, the spouse and the children), a decree's attachment listing civil servants in a PDF
# viewer, and an electronic leave request with its approvals.

FRONT_TITLES = ["Dr.", "Ir.", "dr.", "Drs.", "Hj.", "H."]
GOLONGAN = [("Pengatur", "II/c"), ("Pengatur Tk. I", "II/d"), ("Penata Muda", "III/a"), ("Penata Muda Tk. I", "III/b"),
            ("Penata", "III/c"), ("Penata Tk. I", "III/d"), ("Pembina", "IV/a"), ("Pembina Tk. I", "IV/b")]
POSTS = ["Analis Kebijakan Ahli Muda", "Pranata Komputer Ahli Pertama", "Perencana Ahli Muda", "Arsiparis Terampil",
         "Penata Kelola Sistem dan Teknologi Informasi", "Pengelola Layanan Operasional", "Guru Ahli Pertama",
         "Perawat Terampil", "Bidan Ahli Pertama", "Auditor Ahli Muda", "Kepala Seksi Pemerintahan", "Lurah"]
WORK_UNITS = ["Dinas Pendidikan", "Dinas Kesehatan", "Sekretariat Daerah", "Inspektorat", "Kecamatan Mertoyudan",
              "Badan Kepegawaian dan Pengembangan SDM", "Dinas Pekerjaan Umum dan Penataan Ruang", "RSUD Tidar",
              "Puskesmas Sawangan", "Bappeda"]
REGIONS = [("Kabupaten Magelang", "BUPATI MAGELANG"), ("Kota Medan", "WALI KOTA MEDAN"), ("Kabupaten Bantul", "BUPATI BANTUL"),
           ("Kota Makassar", "WALI KOTA MAKASSAR"), ("Kabupaten Bondowoso", "BUPATI BONDOWOSO"),
           ("Provinsi Jawa Tengah", "GUBERNUR JAWA TENGAH")]


def _front_titled(p: Page) -> tuple[str, str]:
    """A civil servant's name as their records print it: sometimes a title before it, often degrees after it."""
    r = p.rng
    front = r.choice(FRONT_TITLES) if r.random() < 0.3 else ""
    name = " ".join([r.choice(GIVEN)] + r.sample(FAMILY, r.choice([1, 1, 2])))
    if r.random() < 0.7:
        name += ", " + ", ".join(r.sample(TITLES_AFTER, r.choice([1, 1, 2])))
    return front, name


def _nip_shown(p: Page, nip: str) -> str:
    """A NIP run together or spaced as decrees print it (19870512 201001 1 003)."""
    return nip if p.rng.random() < 0.55 else f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def _date_of(p: Page, year: int, style: int | None = None) -> str:
    r = p.rng
    day, month = r.randint(1, 28), r.randint(1, 12)
    style = r.randint(0, 3) if style is None else style
    return [f"{day:02d}-{month:02d}-{year}", f"{day:02d}/{month:02d}/{year}", f"{day} {MONTHS_ID[month - 1]} {year}",
            f"{year}-{month:02d}-{day:02d}"][style]


def mysapk_profile(p: Page, dark: bool, group: bool):
    """The civil service's personal-data app (MySAPK / SIASN mobile-like) on a phone at device scale 2-3: the
    employee's photo, name with titles and degrees and NIP at the top, then the personal data (NIK, family card,
    NPWP, BPJS, place and date of birth, address, phone, e-mail), the employment data (agency, unit, rank and
    golongan, position: public) and the family (spouse and children with their birth dates).  Labels beside or
    above their values; sections as cards or as an open accordion."""
    r = p.rng
    app = r.choice(["MySAPK", "SIASN Mobile", "MySIASN", "Profil ASN"])
    front, who = _front_titled(p)
    nip = p.nip()
    year = int(nip[:4])
    birth_town = r.choice(BIRTH_TOWNS + ["JAKARTA", "SURABAYA", "PADANG"])
    birth_town = birth_town if r.random() < 0.4 else birth_town.title()
    born = f"{int(nip[6:8])} {MONTHS_ID[int(nip[4:6]) - 1]} {year}" if r.random() < 0.5 else f"{nip[6:8]}-{nip[4:6]}-{year}"
    npwp = r.choice(["{}.{}.{}.{}-{}.{}".format(p.digits(2), p.digits(3), p.digits(3), p.digits(1), p.digits(3), p.digits(3)),
                     p.nik()])
    rank, gol = r.choice(GOLONGAN)
    region = r.choice(REGIONS)[0]
    name_line = (f"{p.i('title', front)} " if front else "") + p.s("person_name", who)
    dual = r.random() < 0.5
    personal = [
        (r.choice(["NIK", "Nomor Induk Kependudukan", "No. NIK"]), p.s("nik", p.nik())),
        (r.choice(["No. KK", "Nomor KK", "Nomor Kartu Keluarga"]), p.s("kk", p.nik())),
        ("NPWP", p.s("npwp", npwp)),
        (r.choice(["No. BPJS", "BPJS Kesehatan", "No. BPJS Kesehatan", "Nomor BPJS"]), p.s("bpjs", "000" + p.digits(10))),
    ]
    if dual:
        personal += [(r.choice(["Tempat Lahir", "Tempat lahir"]), p.s("birth_date", birth_town)),
                     (r.choice(["Tanggal Lahir", "Tgl. Lahir", "Tanggal lahir"]), p.s("birth_date", born))]
    else:
        personal.append((r.choice(["Tempat, Tanggal Lahir", "Tempat/Tgl. Lahir", "TTL"]), p.s("birth_date", f"{birth_town}, {born}")))
    personal += [
        ("Jenis Kelamin", p.i("sex", r.choice(["Laki-laki", "Perempuan", "Pria", "Wanita"]))),
        ("Agama", p.i("religion", r.choice(["Islam", "Kristen", "Katolik", "Hindu", "Buddha"]))),
        (r.choice(["Status Perkawinan", "Status Kawin"]), p.i("marital", "Menikah")),
        (r.choice(["Alamat", "Alamat Domisili", "Alamat Rumah"]), p.s("address", _home(p))),
        (r.choice(["No. HP", "Nomor HP", "Telepon", "No. Handphone"]), p.s("phone", _msisdn(p))),
        (r.choice(["Email", "E-mail", "Email Pribadi"]), p.s("email", _mail_user(p, who))),
    ]
    job = [
        (r.choice(["Instansi Induk", "Instansi"]), p.h("ui_text", "Pemerintah " + region)),
        (r.choice(["Unit Kerja", "Unit Organisasi", "Satuan Kerja"]), p.h("ui_text", r.choice(WORK_UNITS))),
        (r.choice(["Pangkat/Golongan", "Golongan Ruang", "Pangkat / Gol."]), p.h("ui_text", f"{rank} ({gol})" if r.random() < 0.5 else f"{gol} - {rank}")),
        ("Jabatan", p.h("ui_text", r.choice(POSTS))),
        (r.choice(["TMT Golongan", "TMT Pangkat"]), p.h("date", f"01-{r.choice(['04', '10'])}-{r.randint(2015, 2025)}")),
        (r.choice(["Jenis Pegawai", "Status Kepegawaian"]), p.h("ui_text", r.choice(["PNS", "PNS Daerah", "PPPK"]))),
    ]
    spouse = p.name(titled=r.random() < 0.3)
    family = [(r.choice(["Istri", "Suami", "Pasangan"]), spouse, _date_of(p, r.randint(year - 4, year + 4)))]
    for _ in range(r.randint(1, 3)):
        family.append((r.choice(["Anak Kandung", "Anak", "Anak ke-" + str(len(family))]), p.name(),
                       _date_of(p, r.randint(max(year + 22, 2000), 2023))))
    stacked = r.random() < 0.5
    size = r.choice([13, 14, 15, 16])
    accent = r.choice(["#1e3a8a", "#0b5ed7", "#0f766e", "#7c2d12", "#1d4ed8"])
    bg, fg, card, muted, line = ("#0e1116", "#e6e8eb", "#191d23", "#9aa3ad", "#2a3039") if dark else \
        ("#eef2f7", "#1b2430", "#fff", "#6b7280", "#e5e9f0")

    def fields(items):
        if stacked:
            return "".join(f"<div class='st'><div class='mu'>{p.h('ui_text', k)}</div><div class='b'>{v}</div></div>" for k, v in items)
        return "".join(f"<div class='kv'><span class='mu'>{p.h('ui_text', k)}</span><span class='b'>{v}</span></div>" for k, v in items)

    fam_rows = []
    for rel, nm, bd in family:
        if r.random() < 0.5:
            fam_rows.append(f"<div class='fm'><div class='b'>{p.s('person_name', nm)}</div><div class='mu'>{p.h('ui_text', rel)}"
                            f" &middot; {p.s('birth_date', bd)}</div></div>")
        else:
            fam_rows.append(f"<div class='fm'><div class='kv'><span class='mu'>{p.h('ui_text', rel)}</span><span class='b'>{p.s('person_name', nm)}</span></div>"
                            f"<div class='kv'><span class='mu'>{p.h('ui_text', 'Tanggal Lahir')}</span><span>{p.s('birth_date', bd)}</span></div></div>")
    sections = [(r.choice(["Data Pribadi", "Data Utama", "Identitas"]), fields(personal)),
                (r.choice(["Data Kepegawaian", "Data Jabatan", "Kepegawaian"]), fields(job)),
                (r.choice(["Data Keluarga", "Keluarga", "Susunan Keluarga"]), "".join(fam_rows))]
    if r.random() < 0.4:
        sections[1], sections[2] = sections[2], sections[1]
    accordion = r.random() < 0.5
    # Scrolled down, as people share it to show their family or their numbers: the header has gone by.
    scrolled = r.choice([0, 0, 260, 420])
    secs = "".join(f"<div class='sec'><h3>{p.h('ui_text', t)}{'<span class=ch>&#8963;</span>' if accordion else ''}</h3>{c}</div>" for t, c in sections)
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .sb {{ height:24px; background:{accent}; color:#fff; font-size:11px; display:flex; justify-content:space-between; padding:4px 14px; }}
    .view {{ height:calc(100vh - 24px); overflow:hidden; }}
    .hd {{ background:{accent}; color:#fff; padding:8px 14px 16px; }} .hd .t {{ display:flex; gap:12px; align-items:center; font-weight:700; }}
    .me {{ display:flex; gap:12px; align-items:center; margin-top:12px; }}
    .ph {{ width:64px; height:80px; border-radius:8px; background:#cbd5e1; flex:none; }}
    .me .nm {{ font-weight:700; font-size:1.08em; line-height:1.3; }} .me .ni {{ opacity:.9; font-size:.9em; margin-top:3px; }}
    .chip {{ display:inline-block; margin-top:5px; font-size:.75em; padding:1px 8px; border-radius:9px; background:#ffffff33; }}
    .sec {{ background:{card}; margin:10px 12px; border-radius:12px; padding:10px 14px; }}
    .sec h3 {{ font-size:1em; margin-bottom:4px; color:{accent if not dark else '#93c5fd'}; display:flex; justify-content:space-between; }}
    .mu {{ color:{muted}; }} .b {{ font-weight:600; }}
    .kv {{ display:flex; justify-content:space-between; gap:12px; padding:6px 0; border-bottom:1px solid {line}; }}
    .kv .b, .kv span:last-child {{ text-align:right; overflow-wrap:anywhere; }} .kv > .mu {{ flex:0 0 auto; max-width:42%; }}
    .st {{ padding:6px 0; border-bottom:1px solid {line}; overflow-wrap:anywhere; }} .st .mu {{ font-size:.84em; }}
    .fm {{ padding:6px 0; border-bottom:1px solid {line}; }} .fm .mu {{ font-size:.88em; }}
    .nav {{ position:fixed; bottom:0; left:0; right:0; display:flex; justify-content:space-around; padding:8px 0; background:{card};
            color:{muted}; font-size:.75em; border-top:1px solid {line}; }}
    """
    body = f"""<div class="sb"><span>{p.h('time', p.time())}</span><span>{p.h('ui_text', '4G')} {p.h('count', str(r.randint(20, 99)) + '%')}</span></div>
      <div class="view"><div style="margin-top:-{scrolled}px"><div class="hd"><div class="t"><span>&#8592;</span>{p.i('system', app)}</div>
      <div class="me"><div class="ph"></div><div><div class="nm">{name_line}</div>
      <div class="ni">{p.h('ui_text', 'NIP')} {p.s('nip', _nip_shown(p, nip))}</div><span class="chip">{p.h('ui_text', r.choice(['Aktif', 'PNS', 'Terverifikasi']))}</span></div></div></div>
      {secs}</div></div>
      <div class="nav"><span>{p.h('ui_text', 'Beranda')}</span><span>{p.h('ui_text', 'Layanan')}</span><span>{p.h('ui_text', 'Notifikasi')}</span><span>{p.h('ui_text', 'Profil')}</span></div>"""
    return css, body


def sk_attachment_pdf(p: Page, dark: bool, group: bool):
    """A decree's attachment (LAMPIRAN KEPUTUSAN ... NOMOR ...) opened in a PDF viewer (the browser's own, a
    pdf.js toolbar or a desktop reader) at 100-150 %: the attachment's heading block, the list's title, then a
    ruled table (No, name and NIP stacked in one cell, rank and golongan, position, work unit, sometimes place
    and date of birth, a remark) and the signing official's block with their name, rank and NIP."""
    r = p.rng
    region, head = r.choice(REGIONS)
    about = r.choice(["KENAIKAN PANGKAT PEGAWAI NEGERI SIPIL PERIODE APRIL 2025", "PENGANGKATAN DALAM JABATAN FUNGSIONAL",
                      "PEMINDAHAN PEGAWAI NEGERI SIPIL DI LINGKUNGAN PEMERINTAH " + region.upper(),
                      "PEMBERIAN TAMBAHAN PENGHASILAN PEGAWAI", "PENETAPAN TIM PENGELOLA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK"])
    number = r.choice([f"800/{r.randint(10, 999)}/Kep/{r.randint(1, 30)}/2025", f"821.2/{r.randint(100, 999)}/BKPSDM/2025",
                       f"188.45/{r.randint(100, 999)}/KEP/2025", f"{r.randint(100, 999)} TAHUN 2025"])
    when = f"{r.randint(1, 28)} {r.choice(MONTHS_ID)} 2025"
    birth_col = r.random() < 0.5
    rows = []
    for k in range(r.randint(4, 7)):
        front, who = _front_titled(p)
        nip = p.nip()
        rank, gol = r.choice(GOLONGAN)
        nip_prefix = r.choice(["NIP. ", "NIP ", ""])
        name_cell = ((f"{p.i('title', front)} " if front else "") + p.s("person_name", who if r.random() < 0.6 else who.upper())
                     + f"<br>{p.h('ui_text', nip_prefix.strip()) + ' ' if nip_prefix else ''}{p.s('nip', _nip_shown(p, nip))}")
        rank_cell = r.choice([f"{p.h('ui_text', rank)}<br>{p.h('ui_text', gol)}", p.h("ui_text", f"{rank}, {gol}"), p.h("ui_text", gol)])
        cells = [p.h("count", f"{k + 1}."), name_cell, rank_cell, p.h("ui_text", r.choice(POSTS)), p.h("ui_text", r.choice(WORK_UNITS))]
        if birth_col:
            town = r.choice(BIRTH_TOWNS).title()
            cells.insert(2, f"{p.s('birth_date', town)},<br>{p.s('birth_date', f'{nip[6:8]}-{nip[4:6]}-{nip[:4]}')}")
        cells.append(p.h("ui_text", r.choice(["-", "", "Reguler", "Pilihan"])))
        rows.append("<tr>" + "".join(f"<td{' class=c' if j == 0 else ''}>{c}</td>" for j, c in enumerate(cells)) + "</tr>")
    heads = ["NO", r.choice(["NAMA / NIP", "NAMA DAN NIP", "Nama / NIP"]), r.choice(["PANGKAT/GOL. RUANG", "PANGKAT / GOL", "Pangkat/Gol"]),
             "JABATAN", r.choice(["UNIT KERJA", "UNIT KERJA / INSTANSI", "Unit Kerja"])]
    if birth_col:
        heads.insert(2, r.choice(["TEMPAT/TGL LAHIR", "TEMPAT, TANGGAL LAHIR", "Tempat/Tgl. Lahir"]))
    heads.append(r.choice(["KET", "KETERANGAN"]))
    numbered = r.random() < 0.5
    head_row = "<tr>" + "".join(f"<th>{p.h('ui_text', h)}</th>" for h in heads) + "</tr>"
    if numbered:
        head_row += "<tr class='nums'>" + "".join(f"<th>{p.h('count', str(j + 1))}</th>" for j in range(len(heads))) + "</tr>"
    signer_front, signer = _front_titled(p)
    signer_rank = r.choice(["Pembina Utama Muda", "Pembina Utama Madya", "Pembina Tk. I"])
    on_behalf = r.random() < 0.6
    sign_title = (f"{p.h('ui_text', 'a.n. ' + head)},<br>{p.h('ui_text', r.choice(['SEKRETARIS DAERAH,', 'KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM,']))}"
                  if on_behalf else p.h("ui_text", r.choice(["KEPALA BADAN KEPEGAWAIAN DAERAH,", "KEPALA BKPSDM,", "SEKRETARIS DAERAH,"])))
    signer_html = (f"{p.i('title', signer_front)} " if signer_front else "") + p.s("person_name", signer if r.random() < 0.5 else signer.upper())
    zoom = r.choice([1.0, 1.1, 1.25, 1.5])
    viewer = r.choice(["chrome", "pdfjs", "reader"])
    scroll = r.choice([0, 40, 120, 200]) if zoom > 1.2 else r.choice([0, 40])
    file_name = p.h("ui_text", r.choice([f"Lampiran_SK_{number.split('/')[1] if '/' in number else r.randint(10, 99)}.pdf",
                                        "LAMPIRAN SK KP APRIL 2025.pdf", "lampiran-keputusan.pdf", "SK_Bupati_signed.pdf"]))
    pct = p.h("count", f"{int(zoom * 100)}%")
    if viewer == "chrome":
        bar_css = ".bar { background:#323639; color:#f1f1f1; height:48px; } .pg { background:#191b1c; padding:3px 8px; }"
        bar = (f"<span>&#9776;</span><span>{file_name}</span><span class='sp'></span><span class='pg'>{p.h('count', '1')}</span>"
               f"<span>/ {p.h('count', '2')}</span><span>&#8212;</span><span class='pg'>{pct}</span><span>+</span><span class='sp'></span>"
               f"<span>&#10515;</span><span>&#128438;</span><span>&#8942;</span>")
        bg = "#525659"
    elif viewer == "pdfjs":
        bar_css = (".bar { background:#f9f9fa; color:#0c0c0d; height:36px; border-bottom:1px solid #b8b8b8; font-size:12.5px; }"
                   " .pg { background:#fff; border:1px solid #bbb; padding:1px 6px; }")
        bar = (f"<span>&#9776;</span><span>&#128269;</span><span>&#8593;</span><span>&#8595;</span><span class='pg'>{p.h('count', '1')}</span>"
               f"<span>{p.h('ui_text', 'dari')} {p.h('count', '2')}</span><span class='sp'></span><span>&#8722;</span><span>+</span>"
               f"<span class='pg'>{pct} &#9662;</span><span class='sp'></span><span>&#128438;</span><span>&#10515;</span><span>&#187;</span>")
        bg = "#d4d4d7"
    else:
        bar_css = (".bar { background:#f3f3f3; color:#222; height:64px; flex-wrap:wrap; border-bottom:1px solid #ccc; align-content:center;"
                   " font-size:12.5px; } .pg { background:#fff; border:1px solid #aaa; padding:1px 6px; } .menu { width:100%; display:flex; gap:16px; }")
        bar = (f"<div class='menu'>{''.join(p.h('ui_text', m) + ' ' for m in ['File', 'Edit', 'View', 'Window', 'Help'])}</div>"
               f"<span>{p.h('ui_text', 'Home')}</span><span>{p.h('ui_text', 'Tools')}</span><span>{file_name}</span><span class='sp'></span>"
               f"<span class='pg'>{p.h('count', '1')}</span><span>/ {p.h('count', '2')}</span><span class='pg'>{pct}</span>")
        bg = "#e5e5e5"
    font = r.choice(["'Liberation Serif', 'Times New Roman', serif", "'DejaVu Serif', serif", "'Liberation Sans', Arial, sans-serif",
                     "'Nimbus Roman', serif"])
    css = BASE_CSS + f"""
    body {{ background:{bg}; font-size:13px; overflow:hidden; }}
    .bar {{ position:fixed; top:0; left:0; right:0; z-index:2; display:flex; align-items:center; gap:14px; padding:0 14px;
            font-family:'DejaVu Sans', sans-serif; font-size:13.5px; }} .bar .sp {{ flex:1; }}
    {bar_css}
    .page {{ background:#fff; color:#111; width:{int(1000 * 1.0)}px; margin:{70 - scroll}px auto 0; padding:40px 48px; zoom:{zoom};
             font-family:{font}; font-size:{r.choice([11.5, 12, 12.5])}px; box-shadow:0 0 6px #0005; }}
    .lamp {{ margin-left:{r.choice([520, 560, 600])}px; line-height:1.4; }} .lamp td {{ padding:0 4px 0 0; vertical-align:top; }}
    .ttl {{ text-align:center; font-weight:700; margin:16px 0 10px; line-height:1.4; }}
    table.t {{ border-collapse:collapse; width:100%; }} table.t th, table.t td {{ border:1px solid #000; padding:3px 5px; vertical-align:top; line-height:1.35; }}
    table.t th {{ background:{r.choice(['#fff', '#e5e7eb', '#d9e2f3'])}; font-weight:700; text-align:center; }}
    table.t tr.nums th {{ font-weight:400; font-size:.85em; background:#fff; }} td.c {{ text-align:center; }}
    .sign {{ margin:20px 0 0 {r.choice([560, 600, 620])}px; line-height:1.45; }}
    """
    lamp_rows = [("LAMPIRAN", p.h("ui_text", "KEPUTUSAN " + head)), ("NOMOR", p.i("reference_no", number)),
                 ("TANGGAL", p.h("date", when)), ("TENTANG", p.h("ui_text", about))]
    lamp = "".join(f"<tr><td>{p.h('ui_text', k)}</td><td>:</td><td>{v}</td></tr>" for k, v in lamp_rows)
    title = r.choice([f"DAFTAR NAMA PEGAWAI NEGERI SIPIL YANG {'DIBERIKAN KENAIKAN PANGKAT' if 'PANGKAT' in about else 'DITETAPKAN'}",
                      "DAFTAR NAMA PEGAWAI", f"DAFTAR {about}"])
    body = f"""<div class="bar">{bar}</div>
      <div class="page"><table class="lamp">{lamp}</table>
      <div class="ttl">{p.h('ui_text', title)}<br>{p.h('ui_text', 'DI LINGKUNGAN PEMERINTAH ' + region.upper())}</div>
      <table class="t">{head_row}{''.join(rows)}</table>
      <div class="sign">{sign_title}<br><br><br><br><b><u>{signer_html}</u></b><br>{p.h('ui_text', signer_rank)}<br>
      {p.h('ui_text', 'NIP.')} {p.s('nip', _nip_shown(p, p.nip()))}</div></div>"""
    return css, body


SICK_REASONS = ["Rawat inap karena Demam Berdarah Dengue (DBD)", "Pemulihan pasca operasi usus buntu (apendisitis)",
                "Sakit tifus, istirahat total sesuai surat keterangan dokter", "Hipertensi dan vertigo, dianjurkan istirahat",
                "Patah tulang lengan kanan akibat kecelakaan", "Gejala tipes dan maag kronis", "Operasi katarak mata kiri",
                "Opname di RSUD karena pneumonia"]
OTHER_REASONS = {"Cuti Tahunan": ["Keperluan keluarga", "Mudik Lebaran ke kampung halaman", "Mengurus keperluan pribadi",
                                  "Liburan bersama keluarga"],
                 "Cuti Alasan Penting": ["Menghadiri pernikahan saudara kandung", "Orang tua meninggal dunia",
                                         "Mendampingi istri melahirkan"],
                 "Cuti Besar": ["Menunaikan ibadah haji", "Ibadah umrah"]}


def leave_request(p: Page, dark: bool, group: bool):
    """An electronic leave request (e-Cuti) in a browser, seen by the approving superior: the app with the
    signed-in officer, a side menu, then the request as cards or as the official leave form (I. DATA PEGAWAI,
    II. JENIS CUTI, III. ALASAN CUTI, ...): the applicant's name, NIP, position and unit (public), the leave
    type and dates (public), the reason (a sick leave's diagnosis is medical), the address during the leave
    and a phone, the direct superior's and the authorising official's names and NIPs, and the approval trail."""
    r = p.rng
    app = r.choice(["e-Cuti", "SI-CUTI", "SIMPEG | Layanan Cuti", "e-Leave ASN", "SIAP Cuti"])
    region = r.choice(REGIONS)[0]
    me = p.name(titled=True)
    applicant, nip = p.name(titled=r.random() < 0.5), p.nip()
    boss, boss_nip = p.name(titled=True), p.nip()
    chief, chief_nip = p.name(titled=True), p.nip()
    kind = r.choice(["Cuti Sakit", "Cuti Sakit", "Cuti Tahunan", "Cuti Alasan Penting", "Cuti Besar"])
    reason = p.s("medical", r.choice(SICK_REASONS)) if kind == "Cuti Sakit" else p.h("ui_text", r.choice(OTHER_REASONS[kind]))
    days = r.randint(2, 14)
    start = r.randint(1, 14)
    month = r.choice(MONTHS_ID)
    period = f"{start} {month} 2025 s.d. {start + days - 1} {month} 2025" if r.random() < 0.5 else \
        f"{start:02d}-{MONTHS_ID.index(month) + 1:02d}-2025 s/d {start + days - 1:02d}-{MONTHS_ID.index(month) + 1:02d}-2025"
    rank, gol = r.choice(GOLONGAN)
    post = r.choice(POSTS)
    unit = r.choice(WORK_UNITS)
    address = _home(p)
    phone = _msisdn(p)
    L = lambda *names: r.choice(names)  # noqa: E731
    status = r.choice(["Menunggu Persetujuan", "Disetujui Atasan", "Diproses", "Disetujui"])
    accent = r.choice(["#0f766e", "#1d4ed8", "#9333ea", "#b45309", "#047857"])
    bg, fg, card, muted, line = (("#111418", "#e3e6ea", "#1a1e23", "#9aa1a9", "#2c3239") if dark else
                                 ("#f4f6f9", "#1f2937", "#fff", "#6b7280", "#e2e6eb"))
    official = r.random() < 0.5
    if official:
        def sec(title, inner):
            return f"<tr><th colspan='4'>{p.h('ui_text', title)}</th></tr>{inner}"
        types = ["Cuti Tahunan", "Cuti Besar", "Cuti Sakit", "Cuti Melahirkan", "Cuti Alasan Penting", "Cuti di Luar Tanggungan Negara"]
        type_rows = "".join(
            f"<tr><td>{p.h('count', str(2 * k + 1) + '.')} {p.h('ui_text', t)}</td><td class='x'>{'&#10004;' if t == kind else ''}</td>"
            f"<td>{p.h('count', str(2 * k + 2) + '.')} {p.h('ui_text', u)}</td><td class='x'>{'&#10004;' if u == kind else ''}</td></tr>"
            for k, (t, u) in enumerate(zip(types[::2], types[1::2])))
        content = f"""<table class='form'>
          {sec('I. DATA PEGAWAI', f"<tr><td class='k'>{p.h('ui_text', 'Nama')}</td><td>{p.s('person_name', applicant)}</td><td class='k'>{p.h('ui_text', 'NIP')}</td><td>{p.s('nip', nip)}</td></tr>"
               f"<tr><td class='k'>{p.h('ui_text', 'Jabatan')}</td><td>{p.h('ui_text', post)}</td><td class='k'>{p.h('ui_text', 'Masa Kerja')}</td><td>{p.h('ui_text', str(r.randint(2, 25)) + ' Tahun ' + str(r.randint(0, 11)) + ' Bulan')}</td></tr>"
               f"<tr><td class='k'>{p.h('ui_text', 'Unit Kerja')}</td><td colspan='3'>{p.h('ui_text', unit + ' ' + region)}</td></tr>")}
          {sec('II. JENIS CUTI YANG DIAMBIL', type_rows)}
          {sec('III. ALASAN CUTI', f"<tr><td colspan='4'>{reason}</td></tr>")}
          {sec('IV. LAMANYA CUTI', f"<tr><td class='k'>{p.h('ui_text', 'Selama')}</td><td>{p.h('ui_text', str(days) + ' (hari)')}</td><td class='k'>{p.h('ui_text', 'Tanggal')}</td><td>{p.h('date', period)}</td></tr>")}
          {sec('V. ALAMAT SELAMA MENJALANKAN CUTI', f"<tr><td colspan='2'>{p.s('address', address)}</td><td class='k'>{p.h('ui_text', 'Telp')}</td><td>{p.s('phone', phone)}</td></tr>")}
          {sec('VI. PERTIMBANGAN ATASAN LANGSUNG', f"<tr><td class='k'>{p.h('ui_text', 'DISETUJUI')} &#10004;</td><td colspan='3'>{p.s('person_name', boss)}<br>{p.h('ui_text', 'NIP.')} {p.s('nip', boss_nip)}</td></tr>")}
          {sec('VII. KEPUTUSAN PEJABAT YANG BERWENANG MEMBERIKAN CUTI', f"<tr><td class='k'>{p.h('ui_text', 'DISETUJUI')}</td><td colspan='3'>{p.s('person_name', chief)}<br>{p.h('ui_text', 'NIP.')} {p.s('nip', chief_nip)}</td></tr>")}
        </table>"""
    else:
        fields = [(L("Nama Pegawai", "Nama", "Pemohon"), p.s("person_name", applicant)),
                  ("NIP", p.s("nip", _nip_shown(p, nip))),
                  (L("Pangkat/Gol", "Golongan"), p.h("ui_text", f"{rank} ({gol})")),
                  ("Jabatan", p.h("ui_text", post)), (L("Unit Kerja", "OPD"), p.h("ui_text", unit)),
                  (L("Jenis Cuti", "Jenis"), p.h("ui_text", kind)),
                  (L("Alasan Cuti", "Alasan", "Keterangan"), reason),
                  (L("Lama Cuti", "Lamanya"), p.h("ui_text", f"{days} hari kerja")),
                  (L("Tanggal Cuti", "Periode"), p.h("date", period)),
                  (L("Alamat Selama Cuti", "Alamat selama menjalankan cuti", "Alamat Cuti"), p.s("address", address)),
                  (L("No. Telepon", "No. HP", "Telepon yang dapat dihubungi"), p.s("phone", phone))]
        grid = "".join(f"<div class='f'><div class='l'>{p.h('ui_text', k)}</div><div class='v'>{v}</div></div>" for k, v in fields)
        attach = (f"<div class='att'>&#128206; {p.h('ui_text', 'Surat_Keterangan_Dokter_')}{p.s('person_name', applicant.split(',')[0].split()[0])}{p.h('ui_text', '.pdf')}</div>"
                  if kind == "Cuti Sakit" and r.random() < 0.6 else "")
        approvers = [(L("Atasan Langsung", "Atasan"), boss, boss_nip), (L("Pejabat Berwenang", "Pejabat yang Berwenang"), chief, chief_nip)]
        appr = "".join(f"<div class='f'><div class='l'>{p.h('ui_text', k)}</div><div class='v'>{p.s('person_name', n)}"
                       f"<div class='mu'>{p.h('ui_text', 'NIP')} {p.s('nip', ni)}</div></div></div>" for k, n, ni in approvers)
        trail = (f"<div class='tl'><b>{p.h('ui_text', 'Diajukan')}</b> {p.h('date', p.date())} {p.h('time', p.time())}</div>"
                 f"<div class='tl'><b>{p.h('ui_text', L('Disetujui atasan', 'Diverifikasi'))}</b> {p.h('ui_text', 'oleh')} {p.s('person_name', boss.split(',')[0])} "
                 f"&middot; {p.h('date', p.date())} {p.h('time', p.time())}</div>")
        content = f"""<div class='card'><h3>{p.h('ui_text', L('Detail Pengajuan Cuti', 'Data Permohonan Cuti'))}<span class='chip'>{p.h('ui_text', status)}</span></h3>
          <div class='grid'>{grid}</div>{attach}</div>
          <div class='card'><h3>{p.h('ui_text', 'Persetujuan')}</h3><div class='grid'>{appr}</div>{trail}</div>"""
    balance = "".join(f"<tr><td>{p.h('ui_text', y)}</td><td>{p.h('count', str(r.randint(0, 12)))}</td></tr>" for y in ["N", "N-1", "N-2"])
    menu = ["Dashboard", "Pengajuan Cuti", "Persetujuan", "Riwayat Cuti", "Rekap", "Pengaturan"]
    side = "".join(f"<div class='m {'on' if m == 'Persetujuan' else ''}'>{p.h('ui_text', m)}</div>" for m in menu)
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{r.choice([12.5, 13, 13.5, 14])}px; }}
    .top {{ height:50px; background:{accent}; color:#fff; display:flex; align-items:center; gap:14px; padding:0 18px; }}
    .top .app {{ font-weight:800; font-size:17px; }} .top .sp {{ flex:1; }} .av {{ width:28px; height:28px; border-radius:50%; background:#cbd5e1; }}
    .wrap {{ display:flex; }} .side {{ width:{r.choice([190, 210, 230])}px; flex:none; background:{card}; border-right:1px solid {line}; min-height:900px; padding-top:8px; }}
    .side .m {{ padding:9px 18px; }} .side .on {{ background:{accent}22; border-left:3px solid {accent}; font-weight:700; }}
    .main {{ flex:1; padding:14px 20px; }} .crumb {{ color:{muted}; margin-bottom:10px; }}
    .card {{ background:{card}; border:1px solid {line}; border-radius:8px; padding:12px 16px; margin-bottom:12px; }}
    .card h3 {{ font-size:14.5px; margin-bottom:10px; display:flex; gap:10px; align-items:center; }}
    .chip {{ font-size:11px; font-weight:600; padding:2px 8px; border-radius:10px; background:#fef3c7; color:#92400e; }}
    .grid {{ display:grid; grid-template-columns:repeat({r.choice([2, 3])}, 1fr); gap:10px 20px; }}
    .f .l {{ color:{muted}; font-size:.86em; margin-bottom:2px; }} .f .v {{ font-weight:600; overflow-wrap:anywhere; }} .mu {{ color:{muted}; font-weight:400; }}
    .att {{ margin-top:10px; color:{accent}; }} .tl {{ margin-top:8px; padding-left:10px; border-left:3px solid {accent}; }}
    table.form {{ border-collapse:collapse; width:100%; background:{card}; }}
    table.form th {{ text-align:left; background:{accent}22; padding:5px 8px; border:1px solid {line}; }}
    table.form td {{ border:1px solid {line}; padding:5px 8px; vertical-align:top; }} td.k {{ color:{muted}; width:120px; }} td.x {{ width:40px; text-align:center; }}
    .row2 {{ display:flex; gap:16px; align-items:flex-start; }} .row2 > :first-child {{ flex:1; }}
    table.bal {{ border-collapse:collapse; }} table.bal td {{ border:1px solid {line}; padding:4px 10px; }}
    .btn {{ display:inline-block; padding:7px 14px; border-radius:5px; background:{accent}; color:#fff; margin-right:6px; }}
    .btn.o {{ background:transparent; color:{fg}; border:1px solid {line}; }}
    """
    body = f"""<div class="top"><span class="app">{p.i('system', app)}</span><span>{p.h('ui_text', 'Pemerintah ' + region)}</span><span class="sp"></span>
      <span>&#128276;</span><div class="av"></div><span>{p.s('person_name', me.split(',')[0])}</span></div>
      <div class="wrap"><div class="side">{side}</div><div class="main">
      <div class="crumb">{p.h('ui_text', 'Persetujuan')} / {p.h('ui_text', 'Detail')}</div>
      <div class="row2"><div>{content}</div>
      <div class="card"><h3>{p.h('ui_text', 'Sisa Cuti Tahunan')}</h3><table class="bal">{balance}</table></div></div>
      <div><span class="btn">{p.h('ui_text', 'Setujui')}</span><span class="btn o">{p.h('ui_text', 'Tangguhkan')}</span>
      <span class="btn o">{p.h('ui_text', 'Tolak')}</span></div></div></div>"""
    return css, body



def _qr_svg(p: Page, text: str, size: int) -> str:
    """A real QR code of `text` as inline SVG `size` CSS px wide (zxing-cpp writes it, as the apps draw theirs)."""
    import zxingcpp

    svg = zxingcpp.write_barcode_to_svg(zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode))
    svg = svg[svg.index("<svg"):]
    width = int(svg.split('width="', 1)[1].split('"', 1)[0])
    return svg.replace(f'width="{width}" height="{width}"',
                       f'width="{size}" height="{size}" viewBox="0 0 {width} {width}" shape-rendering="crispEdges"', 1)


JMO_PROGRAMS = [("JHT", "Jaminan Hari Tua"), ("JKK", "Jaminan Kecelakaan Kerja"), ("JKM", "Jaminan Kematian"),
                ("JP", "Jaminan Pensiun"), ("JKP", "Jaminan Kehilangan Pekerjaan")]
EMPLOYERS = ["PT Sinar Abadi Logistik", "PT Mitra Karya Nusantara", "CV Berkah Teknik Mandiri", "PT Bank Pembangunan Daerah",
             "Koperasi Karyawan Sejahtera", "PT Indo Pangan Lestari Tbk", "RSU Kasih Ibu", "PT Garuda Prima Konstruksi"]


def bpjs_tk_app(p: Page, dark: bool, group: bool):
    """An employment social-security app (JMO-like) on a phone at device scale 2-3: a greeting with the
    member's name, the digital card (KPJ number, name, NIK, birth date), the JHT balance and the programmes
    (public amounts and names), the participation data (employer: public, the date joined, status) and the
    heirs (ahli waris) with their relation and sometimes birth date.  Labels beside or above their values."""
    r = p.rng
    app = r.choice(["JMO", "Jamsostek Mobile", "BPJSTKU"])
    who = p.name()
    shown = who.upper() if r.random() < 0.6 else who
    kpj = r.choice(["0", "1", "2"]) + p.digits(10)
    kpj_shown = r.choice([kpj, f"{kpj[:4]} {kpj[4:8]} {kpj[8:]}", f"{kpj[:2]}.{kpj[2:5]}.{kpj[5:]}"])
    year = r.randint(1968, 2001)
    born = r.choice([f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{year}", f"{r.randint(1, 28)} {MONTHS_ID[r.randint(0, 11)]} {year}",
                     f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{year}"])
    employer = r.choice(EMPLOYERS)
    balance = "Rp " + f"{r.randint(2, 180) * 1000000 + r.randint(0, 999) * 1000 + r.randint(0, 999):,}".replace(",", ".")
    L = lambda *names: r.choice(names)  # noqa: E731
    data = [(L("Nomor KPJ", "No. KPJ", "KPJ", "No. Kepesertaan"), p.s("id_number", kpj_shown)),
            (L("Nama", "Nama Lengkap", "Nama Peserta"), p.s("person_name", shown)),
            (L("NIK", "No. NIK", "Nomor Identitas"), p.s("nik", p.nik())),
            (L("Tanggal Lahir", "Tgl. Lahir", "Tgl Lahir"), p.s("birth_date", born)),
            (L("Perusahaan", "Pemberi Kerja", "Nama Perusahaan"), p.h("ui_text", employer)),
            (L("Tgl. Kepesertaan", "Tanggal Kepesertaan", "Mulai Kepesertaan"), p.h("date", p.date())),
            (L("Status", "Status Kepesertaan"), p.h("ui_text", L("Aktif", "AKTIF", "Aktif - Penerima Upah")))]
    if r.random() < 0.5:
        data.append((L("No. HP", "Nomor Ponsel"), p.s("phone", _msisdn(p))))
    if r.random() < 0.4:
        data.append((L("Email", "E-mail"), p.s("email", _mail_user(p, who))))
    stacked = r.random() < 0.5

    def fields(items):
        if stacked:
            return "".join(f"<div class='st'><div class='mu'>{p.h('ui_text', k)}</div><div class='b'>{v}</div></div>" for k, v in items)
        return "".join(f"<div class='kv'><span class='mu'>{p.h('ui_text', k)}</span><span class='b'>{v}</span></div>" for k, v in items)

    heirs = []
    for relation in r.sample(["Istri", "Suami", "Anak", "Anak", "Orang Tua", "Anak Kandung"], r.choice([2, 3])):
        heir = p.name()
        heir = heir.upper() if shown.isupper() else heir
        extra = f" &middot; {p.s('birth_date', _date_of(p, r.randint(1965, 2020)))}" if r.random() < 0.5 else ""
        heirs.append(f"<div class='fm'><div class='av'></div><div><div class='b'>{p.s('person_name', heir)}</div>"
                     f"<div class='mu'>{p.h('ui_text', relation)}{extra}</div></div></div>")
    progs = "".join(f"<div class='pg'><b>{p.h('ui_text', code)}</b><div class='mu'>{p.h('ui_text', full)}</div></div>"
                    for code, full in r.sample(JMO_PROGRAMS, r.choice([3, 4])))
    sections = {
        "data": f"<div class='sec'><h3>{p.h('ui_text', L('Data Peserta', 'Profil Peserta', 'Informasi Kepesertaan'))}</h3>{fields(data)}</div>",
        "heirs": f"<div class='sec'><h3>{p.h('ui_text', L('Ahli Waris', 'Data Ahli Waris', 'Daftar Ahli Waris'))}</h3>{''.join(heirs)}</div>",
        "progs": f"<div class='sec'><h3>{p.h('ui_text', L('Program Anda', 'Program Kepesertaan'))}</h3><div class='pgs'>{progs}</div></div>"}
    order = r.choice([("data", "heirs"), ("progs", "data"), ("data", "progs", "heirs"), ("heirs", "data")])
    size = r.choice([13, 14, 15])
    accent = r.choice(["#0a6b3d", "#128c4a", "#0b5e8a", "#00703c"])
    bg, fg, box, muted = ("#0f1412", "#e5ece8", "#18201c", "#9aa7a0") if dark else ("#eef4f0", "#14201a", "#fff", "#637269")
    scrolled = r.choice([0, 0, 180])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .sb {{ height:24px; background:{accent}; color:#fff; font-size:11px; display:flex; justify-content:space-between; padding:4px 14px; }}
    .view {{ height:calc(100vh - 24px); overflow:hidden; }} .in {{ margin-top:-{scrolled}px; }}
    .hd {{ background:{accent}; color:#fff; padding:10px 16px 18px; }} .hd .t {{ display:flex; justify-content:space-between; font-weight:700; }}
    .hd .hi {{ margin-top:10px; font-size:1.05em; }}
    .kt {{ margin:-8px 12px 12px; border-radius:14px; padding:14px 16px; color:#fff; line-height:1.45;
           background:linear-gradient(135deg,#1d8f55,#0b4f7a); box-shadow:0 2px 8px #0003; }}
    .kt .top {{ display:flex; justify-content:space-between; font-size:.8em; opacity:.95; }}
    .kt .no {{ font-size:1.3em; font-weight:700; letter-spacing:1px; margin-top:10px; }} .kt .nm {{ font-weight:600; }}
    .kt .sm {{ font-size:.82em; opacity:.9; }}
    .bal {{ margin:0 12px 12px; background:{box}; border-radius:12px; padding:12px 14px; display:flex; justify-content:space-between; align-items:center; }}
    .bal .v {{ font-size:1.25em; font-weight:700; color:{accent if not dark else '#4ade80'}; }}
    .sec {{ background:{box}; margin:0 12px 12px; border-radius:12px; padding:10px 14px; }}
    .sec h3 {{ font-size:1em; margin-bottom:6px; }} .mu {{ color:{muted}; }} .b {{ font-weight:600; }}
    .kv {{ display:flex; justify-content:space-between; gap:12px; padding:6px 0; border-bottom:1px solid #8882; }}
    .kv .b {{ text-align:right; overflow-wrap:anywhere; }}
    .st {{ padding:5px 0; border-bottom:1px solid #8882; }} .st .mu {{ font-size:.85em; }}
    .fm {{ display:flex; gap:10px; align-items:center; padding:7px 0; border-bottom:1px solid #8882; }}
    .fm .av {{ width:32px; height:32px; border-radius:50%; background:{accent}33; flex:none; }}
    .pgs {{ display:grid; grid-template-columns:1fr 1fr; gap:8px; }} .pg {{ border:1px solid #8884; border-radius:8px; padding:6px 8px; font-size:.9em; }}
    .nav {{ position:fixed; bottom:0; left:0; right:0; background:{box}; display:flex; justify-content:space-around; padding:8px 0; font-size:.75em; border-top:1px solid #8883; }}
    """
    nav = "".join(f"<span>{p.h('ui_text', m)}</span>" for m in ["Beranda", "Layanan", "Riwayat", "Akun"])
    body = f"""<div class="sb"><span>{p.h('time', p.time())}</span><span>&#9679;&#9679; 4G</span></div><div class="view"><div class="in">
      <div class="hd"><div class="t"><span>{p.h('ui_text', app)}</span><span>&#128276;</span></div>
      <div class="hi">{p.h('ui_text', L('Halo,', 'Selamat datang,', 'Hai'))} {p.s('person_name', who.split()[0] if r.random() < 0.5 else who)}</div></div>
      <div class="kt"><div class="top"><span>{p.h('ui_text', 'BPJS Ketenagakerjaan')}</span><span>{p.h('ui_text', L('Kartu Digital', 'e-KPJ'))}</span></div>
      <div class="no">{p.s('id_number', kpj_shown)}</div><div class="nm">{p.s('person_name', shown)}</div>
      <div class="sm">{p.h('ui_text', employer)}</div></div>
      <div class="bal"><div><div class="mu">{p.h('ui_text', L('Saldo JHT', 'Total Saldo JHT', 'Saldo Jaminan Hari Tua'))}</div>
      <div class="v">{p.h('amount', balance)}</div><div class="mu">{p.h('ui_text', 'per')} {p.h('date', p.date())}</div></div>
      <span class="mu">{p.h('ui_text', L('Lihat Rincian', 'Detail'))} &#8250;</span></div>
      {''.join(sections[k] for k in order)}</div></div><div class="nav">{nav}</div>"""
    return css, body


VACCINES = ["Sinovac", "CoronaVac", "AstraZeneca", "Pfizer", "Moderna", "Sinopharm", "Novavax", "Zifivax", "IndoVac",
            "Janssen"]
VACCINE_PLACES = ["Puskesmas Sukajadi", "RSUD Tidar", "Klinik Pratama Husada", "Gedung Serbaguna Kodim 0705",
                  "RS Bhayangkara", "Puskesmas Kecamatan Jetis", "GOR Satria", "Kantor Kecamatan Sawangan"]


def vaccine_certificate(p: Page, dark: bool, group: bool):
    """A vaccination certificate or card in a health app (SatuSehat / PeduliLindungi-like) on a phone at
    device scale 2-3: the holder's name, NIK (in full or partly masked) and birth date, the certificate's
    number, the QR code that carries the record, and the doses (vaccine, dose, date, facility).  The name of
    a vaccine, the dose and the place are the project's medical data when beside a person: neither rewarded
    nor penalised here; the dates of a dose and the app's menus stay visible."""
    r = p.rng
    who = p.name()
    shown = who.upper() if r.random() < 0.5 else who
    nik = p.nik()
    masked = r.random() < 0.3
    nik_html = p.i("nik", nik[:4] + "*" * 8 + nik[-4:]) if masked else p.s("nik", nik)
    year = r.randint(1950, 2010)
    born = r.choice([f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{year}", f"{r.randint(1, 28)} {MONTHS_ID[r.randint(0, 11)]} {year}",
                     f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"])
    cert = r.choice(["CR" + p.digits(9), "SV-" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
                     p.digits(3) + "-" + p.digits(4) + "-" + p.digits(5)])
    L = lambda *names: r.choice(names)  # noqa: E731
    doses = []
    first = r.randint(2021, 2022)
    for n, label in enumerate(r.choice([["Dosis 1", "Dosis 2"], ["Dosis 1", "Dosis 2", "Dosis 3 (Booster)"],
                                        ["Dosis Pertama", "Dosis Kedua", "Booster 1", "Booster 2"]])):
        doses.append((label, r.choice(VACCINES), f"{r.randint(1, 28):02d} {MONTHS_ID[r.randint(0, 11)]} {first + n // 2}",
                      r.choice(VACCINE_PLACES)))
    qr = _qr_svg(p, f"HC1:{p.digits(12)}{who.replace(' ', '')[:8].upper()}{p.digits(10)}", r.choice([150, 170, 190]))
    fields = [(L("Nama", "Nama Lengkap"), p.s("person_name", shown)),
              ("NIK", nik_html),
              (L("Tanggal Lahir", "Tgl. Lahir", "Tanggal lahir"), p.s("birth_date", born)),
              (L("No. Sertifikat", "Nomor Sertifikat", "ID Sertifikat"), p.s("id_number", cert))]
    stacked = r.random() < 0.6
    if stacked:
        rows = "".join(f"<div class='st'><div class='mu'>{p.h('ui_text', k)}</div><div class='b'>{v}</div></div>" for k, v in fields)
    else:
        rows = "".join(f"<div class='kv'><span class='mu'>{p.h('ui_text', k)}</span><span class='b'>{v}</span></div>" for k, v in fields)
    dose_rows = "".join(
        f"<div class='ds'><div class='b'>{p.h('ui_text', label)}</div>"
        f"<div>{p.i('medical', vaccine)} &middot; {p.h('date', when)}</div><div class='mu'>{p.i('medical', place)}</div></div>"
        for label, vaccine, when, place in doses)
    last = doses[-1]
    title = L("Sertifikat Vaksinasi", "Sertifikat Vaksin COVID-19", "Kartu Vaksin", "Status Vaksinasi")
    size = r.choice([13, 14, 15])
    accent = r.choice(["#0d9488", "#2563eb", "#16a34a", "#0891b2"])
    bg, fg, box, muted = ("#0f1315", "#e5e9ec", "#192024", "#98a3ab") if dark else ("#f1f5f7", "#162027", "#fff", "#66737c")
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .sb {{ height:24px; color:{fg}; font-size:11px; display:flex; justify-content:space-between; padding:4px 14px; }}
    .hd {{ padding:8px 16px; display:flex; gap:14px; align-items:center; font-weight:700; font-size:1.1em; }}
    .cert {{ margin:6px 14px 12px; background:{box}; border-radius:16px; padding:16px; text-align:center; border-top:6px solid {accent}; }}
    .cert .ok {{ color:{accent}; font-weight:700; font-size:1.05em; }} .cert .dz {{ font-size:.9em; margin:2px 0 10px; }}
    .qr {{ display:inline-block; background:#fff; padding:6px; border-radius:6px; }} .qr svg {{ display:block; }}
    .sec {{ background:{box}; margin:0 14px 12px; border-radius:12px; padding:10px 14px; text-align:left; }}
    .sec h3 {{ font-size:1em; margin-bottom:6px; }} .mu {{ color:{muted}; }} .b {{ font-weight:600; }}
    .kv {{ display:flex; justify-content:space-between; gap:12px; padding:6px 0; border-bottom:1px solid #8882; }}
    .kv .b {{ text-align:right; overflow-wrap:anywhere; }}
    .st {{ padding:5px 0; border-bottom:1px solid #8882; }} .st .mu {{ font-size:.85em; }}
    .ds {{ padding:7px 0; border-bottom:1px solid #8882; line-height:1.4; }}
    .btn {{ display:block; margin:0 14px; text-align:center; background:{accent}; color:#fff; border-radius:10px; padding:10px; font-weight:600; }}
    """
    head = (f"<div class='cert'><div class='ok'>{p.h('ui_text', L('Vaksinasi Lengkap', 'Sudah Vaksin', 'Terverifikasi'))}</div>"
            f"<div class='dz'>{p.h('ui_text', last[0])} &middot; {p.h('date', last[2])}</div>"
            f"<div class='qr'>{p.pic('qr_code', qr)}</div>"
            f"<div class='b' style='margin-top:8px'>{p.s('person_name', shown)}</div></div>")
    data = f"<div class='sec'><h3>{p.h('ui_text', L('Data Penerima', 'Informasi Pribadi', 'Data Diri'))}</h3>{rows}</div>"
    history = f"<div class='sec'><h3>{p.h('ui_text', L('Riwayat Vaksinasi', 'Detail Vaksinasi'))}</h3>{dose_rows}</div>"
    parts = r.choice([[head, data, history], [head, history], [data, head], [head, data]])
    body = f"""<div class="sb"><span>{p.h('time', p.time())}</span><span>&#9679;&#9679; 4G 82%</span></div>
      <div class="hd"><span>&#8592;</span>{p.h('ui_text', title)}</div>{''.join(parts)}
      <span class="btn">{p.h('ui_text', L('Unduh Sertifikat', 'Bagikan', 'Simpan PDF'))}</span>"""
    return css, body


WEBMAIL_FOLDERS = ["Kotak Masuk", "Terkirim", "Draf", "Sampah", "Spam", "Arsip"]
WEBMAIL_OWN = ["Nota Dinas", "Undangan", "Laporan", "Kepegawaian", "Surat Edaran"]
MEMO_SUBJECTS = ["Penyampaian Data Pegawai Calon Peserta Diklat PIM", "Usulan Pegawai Tugas Belajar Tahun 2026",
                 "Daftar Pegawai Terdampak Penataan Jabatan", "Data Pegawai Penerima Sanksi Disiplin",
                 "Nominasi Tim Pemeriksa Khusus", "Daftar Pegawai Belum Melengkapi LHKPN"]


def gov_webmail(p: Page, dark: bool, group: bool):
    """A government webmail (Zimbra-like, in Bahasa Indonesia) with a message open in the reading pane: the
    mail host and the agency's domain (public), the folder tree and the menus, the message list (senders by
    name), and a memo (Nota Dinas) forwarded inside the agency: its RAHASIA / Terbatas marking, the
    forwarded header, the memo's heading (to and from by position: public), a list of employees pasted in the
    body (name, NIP, phone; as a table or as lines) and the sender's signature block (name, NIP, position,
    mobile; the office's phone stays).  A person's e-mail address names them (ayu.saputra@…): personal; an
    office's address (sekretariat@…, bkpsdm@…) is public, but the project covers every address unless the
    agency lists its public ones (`visible_terms`): neither rewarded nor penalised.  The webmail's own address
    (mail.…) is a staff system's door, which the project covers as internal."""
    r = p.rng
    domain = r.choice(["magelangkab.go.id", "medan.go.id", "bantulkab.go.id", "jatengprov.go.id", "bondowosokab.go.id",
                       "makassarkota.go.id"])
    host = f"mail.{domain}"
    office = r.choice(["BKPSDM", "Inspektorat", "Sekretariat Daerah", "Dinas Kominfo", "Bappeda", "Dinas Kesehatan"])
    office_box = r.choice(["sekretariat", "bkpsdm", "inspektorat", "kominfo", "umum", "kepegawaian"])
    me = p.name()
    sender_front, sender = _front_titled(p)
    fwd_front, fwd_from = _front_titled(p)
    mark = r.choice(["RAHASIA", "Rahasia", "TERBATAS", "Terbatas", "SANGAT RAHASIA"])
    subject = r.choice(MEMO_SUBJECTS)

    def addr(name):
        bare = name.split(",")[0].lower().split()
        return f"{r.choice([f'{bare[0]}.{bare[-1]}', f'{bare[0]}{bare[-1]}', f'{bare[0][0]}{bare[-1]}', bare[0]])}@{domain}"

    def mark_html(text):
        return p.s("classification", text)

    L = lambda *names: r.choice(names)  # noqa: E731
    folders = "".join(f"<div class='f {'on' if k == 0 else ''}'>{p.h('ui_text', name)}"
                      + (f" <b>({p.h('count', str(r.randint(2, 40)))})</b>" if k == 0 else "") + "</div>"
                      for k, name in enumerate(WEBMAIL_FOLDERS))
    folders += f"<div class='fh'>{p.h('ui_text', 'Folder')}</div>" + "".join(
        f"<div class='f'>&#9656; {p.h('ui_text', name)}</div>" for name in r.sample(WEBMAIL_OWN, 3))
    listing = []
    for k in range(r.randint(6, 9)):
        who = sender if k == 0 else (p.name(titled=r.random() < 0.3) if r.random() < 0.7 else None)
        who_html = p.s("person_name", who) if who else p.i("email", f"{office_box}@{domain}")
        subj = f"Fwd: {subject}" if k == 0 else L(*LETTER_SUBJECTS)
        listing.append(f"<div class='it {'sel' if k == 0 else ''}'><div class='tp'><b>{who_html}</b>"
                       f"<span class='mu'>{p.h('date', p.date()) if k else p.h('time', p.time())}</span></div>"
                       f"<div class='sj'>{p.h('ui_text', subj)}</div></div>")
    staff = []
    for _ in range(r.randint(3, 6)):
        front, nm = _front_titled(p)
        staff.append((nm, _nip_shown(p, p.nip()), _msisdn(p), r.choice(POSTS)))
    as_table = r.random() < 0.55
    if as_table:
        head = ["No", "Nama", "NIP", "Jabatan", L("No. HP", "Telepon", "HP/WA")]
        rows = "".join(f"<tr><td>{p.h('ui_text', str(n))}</td><td>{p.s('person_name', nm)}</td><td>{p.s('nip', nip)}</td>"
                       f"<td>{p.h('ui_text', post)}</td><td>{p.s('phone', ph)}</td></tr>"
                       for n, (nm, nip, ph, post) in enumerate(staff, start=1))
        heads = "".join(f"<th>{p.h('ui_text', h)}</th>" for h in head)
        pasted = f"<table class='t'><tr>{heads}</tr>{rows}</table>"
    else:
        sep = L(" - ", " / ", ", ")
        pasted = "".join(f"<div>{p.h('ui_text', f'{n}.')} {p.s('person_name', nm)}{sep}{p.h('ui_text', 'NIP')} {p.s('nip', nip)}"
                         f"{sep}{p.s('phone', ph)}</div>" for n, (nm, nip, ph, post) in enumerate(staff, start=1))
    memo_no = f"{r.choice(['800', '094', '700', '870'])}/{r.randint(10, 999)}/{office.split()[0]}/2025"
    memo = [("Yth.", p.h("ui_text", f"{L('Kepala', 'Sekretaris')} {r.choice(WORK_UNITS)}")),
            ("Dari", p.h("ui_text", L("Kepala Bidang Mutasi", "Inspektur Pembantu Wilayah II", "Sekretaris"))),
            (L("Sifat", "Klasifikasi"), mark_html(mark)),
            ("Nomor", p.i("reference_no", memo_no)),
            ("Tanggal", p.h("date", p.date())),
            (L("Hal", "Perihal"), p.h("ui_text", subject))]
    memo_html = "".join(f"<tr><td class='k'>{p.h('ui_text', k)}</td><td>:</td><td>{v}</td></tr>" for k, v in memo)
    sig_post = r.choice(POSTS)
    sig = [f"<div>{p.h('ui_text', L('Salam,', 'Hormat kami,', 'Terima kasih,'))}</div><br>",
           f"<div><b>{(p.i('title', sender_front) + ' ') if sender_front else ''}{p.s('person_name', sender)}</b></div>",
           f"<div>{p.h('ui_text', 'NIP.')} {p.s('nip', _nip_shown(p, p.nip()))}</div>",
           f"<div>{p.h('ui_text', sig_post)}</div>",
           f"<div>{p.h('ui_text', office + ' ' + L('Pemerintah Daerah', 'Pemda', ''))}</div>"]
    if r.random() < 0.6:
        sig.append(f"<div>{p.h('ui_text', L('Telp.', 'Telp', 'Kantor'))} {p.h('phone', f'(0{r.randint(21, 29)}{r.randint(1, 9)}) {r.randint(300000, 899999)}')}"
                   f" {p.h('ui_text', '/ HP')} {p.s('phone', _msisdn(p))}</div>")
    else:
        sig.append(f"<div>{p.h('ui_text', L('HP/WA:', 'Hp.', 'WA:'))} {p.s('phone', _msisdn(p))}</div>")
    fwd_block = (f"<div class='fw'>{p.h('ui_text', '----- Pesan yang Diteruskan -----' if r.random() < 0.5 else '---------- Forwarded message ----------')}<br>"
                 f"{p.h('ui_text', L('Dari:', 'From:'))} {p.s('person_name', fwd_from)} &lt;{p.s('email', addr(fwd_from))}&gt;<br>"
                 f"{p.h('ui_text', L('Kepada:', 'To:'))} {p.i('email', f'{office_box}@{domain}')}<br>"
                 f"{p.h('ui_text', L('Terkirim:', 'Sent:', 'Tanggal:'))} {p.h('date', p.date())} {p.h('time', p.time())}<br>"
                 f"{p.h('ui_text', L('Subjek:', 'Subject:'))} [{mark_html(mark)}] {p.h('ui_text', subject)}</div>")
    intro = L("Bersama ini kami teruskan nota dinas berikut untuk ditindaklanjuti.",
              "Mohon arahan Bapak/Ibu atas daftar pegawai di bawah ini.",
              "Berikut kami sampaikan data pegawai dimaksud, mohon dijaga kerahasiaannya.")
    to_list = [me] + [p.name() for _ in range(r.randint(0, 2))]
    accent = r.choice(["#1f5fa8", "#0b6e4f", "#5b3fa8", "#2f4f7f"])
    bg, fg, card, muted, line = (("#15181c", "#e3e6ea", "#1d2126", "#9aa1a9", "#2e333a") if dark else
                                 ("#eef1f5", "#1e242b", "#fff", "#69737e", "#d6dce3"))
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{r.choice([12.5, 13, 13.5])}px; }}
    .br {{ background:{'#2b2e33' if dark else '#dee1e6'}; padding:5px 10px; display:flex; gap:10px; font-size:12.5px; }}
    .br .u {{ flex:1; background:{card}; border-radius:14px; padding:3px 14px; color:{muted}; }}
    .top {{ height:46px; background:{accent}; color:#fff; display:flex; align-items:center; gap:18px; padding:0 16px; }}
    .top .lg {{ font-weight:800; font-size:17px; }} .top .sr {{ flex:1; max-width:420px; background:#fff3; border-radius:4px; padding:4px 10px; }}
    .top .sp {{ flex:1; }}
    .tabs {{ display:flex; gap:4px; background:{card}; border-bottom:1px solid {line}; padding:0 12px; }}
    .tabs span {{ padding:7px 14px; }} .tabs .on {{ border-bottom:3px solid {accent}; font-weight:700; }}
    .wrap {{ display:flex; }} .side {{ width:{r.choice([170, 190])}px; flex:none; background:{card}; border-right:1px solid {line}; min-height:900px; padding-top:6px; }}
    .side .f {{ padding:5px 14px; }} .side .on {{ background:{accent}22; font-weight:700; }} .side .fh {{ padding:10px 14px 3px; color:{muted}; font-size:.85em; }}
    .list {{ width:{r.choice([290, 320])}px; flex:none; border-right:1px solid {line}; background:{card}; }}
    .it {{ padding:7px 10px; border-bottom:1px solid {line}; }} .it.sel {{ background:{accent}22; }}
    .tp {{ display:flex; justify-content:space-between; gap:6px; }} .sj {{ margin-top:2px; white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }}
    .read {{ flex:1; padding:12px 18px; background:{card}; }} .read h2 {{ font-size:15.5px; margin-bottom:8px; }}
    .mh {{ border-bottom:1px solid {line}; padding-bottom:8px; margin-bottom:10px; line-height:1.5; }} .mu {{ color:{muted}; }}
    .fw {{ color:{muted}; margin:10px 0; line-height:1.5; }}
    .memo {{ border:1px solid {line}; padding:10px 14px; margin:8px 0; }} .memo .tt {{ text-align:center; font-weight:700; text-decoration:underline; margin-bottom:6px; }}
    .memo td {{ padding:1px 6px 1px 0; vertical-align:top; }} .memo td.k {{ width:70px; }}
    .mark {{ text-align:center; color:#c62828; font-weight:800; letter-spacing:2px; margin-bottom:4px; }}
    table.t {{ border-collapse:collapse; margin:8px 0; }} table.t td, table.t th {{ border:1px solid {line}; padding:3px 8px; text-align:left; }}
    .body {{ line-height:1.55; }} table {{ font-size:inherit; }}
    """
    tabs = "".join(f"<span class='{'on' if t == 'Surat' else ''}'>{p.h('ui_text', t)}</span>"
                   for t in ["Surat", "Kontak", "Kalender", "Tugas", "Briefcase", "Preferensi"])
    body = f"""<div class="br"><span>&#8592; &#8594; &#8635;</span><span class="u">{p.s('internal_url', f'https://{host}/#1')}</span></div>
      <div class="top"><span class="lg">{p.h('ui_text', L('Zimbra', 'Webmail'))} {p.h('ui_text', domain)}</span><span class="sr">{p.h('ui_text', 'Cari')}</span>
      <span class="sp"></span><span>{p.s('person_name', me)}</span></div>
      <div class="tabs">{tabs}</div>
      <div class="wrap"><div class="side">{folders}</div><div class="list">{''.join(listing)}</div>
      <div class="read"><h2>{p.h('ui_text', 'Fwd:')} [{mark_html(mark)}] {p.h('ui_text', subject)}</h2>
      <div class="mh">{p.h('ui_text', L('Dari:', 'Pengirim:'))} <b>{p.s('person_name', sender)}</b> &lt;{p.s('email', addr(sender))}&gt;<br>
      {p.h('ui_text', 'Kepada:')} {'; '.join(p.s('person_name', t) for t in to_list)}<br>
      {p.h('ui_text', 'Cc:')} {p.i('email', f'{office_box}@{domain}')}<br>
      <span class="mu">{p.h('date', p.date())} {p.h('time', p.time())}</span></div>
      <div class="body">{p.h('ui_text', L('Yth. Bapak/Ibu,', 'Selamat siang,', 'Dengan hormat,'))}<br>{p.h('ui_text', intro)}
      {fwd_block}
      <div class="memo"><div class="mark">{mark_html(mark.upper())}</div><div class="tt">{p.h('ui_text', 'NOTA DINAS')}</div><table>{memo_html}</table></div>
      {pasted}<br>{''.join(sig)}</div></div></div>"""
    return css, body


# ----------------------------------------------------------------------------- travel, identity and trips
# Pages written before the engine was run on them: a domestic flight's e-ticket (in a web mail or a travel site),
# the digital population-ID app on a phone with its card, family list and QR code, and a ride-hailing or
# food-delivery trip receipt (in the app or its e-mail).

AIRLINES = [("Garuda Indonesia", "GA", "126", "#0b4a6f"), ("Citilink", "QG", "888", "#2d9b3a"), ("Lion Air", "JT", "990", "#d6262b"),
            ("Batik Air", "ID", "938", "#7a1b2e"), ("Super Air Jet", "IU", "512", "#e4342a"), ("Pelita Air", "IP", "343", "#1d3f8f"),
            ("Sriwijaya Air", "SJ", "977", "#1a56a0"), ("Indonesia AirAsia", "QZ", "975", "#e31837")]
AIRPORTS = [("CGK", "Jakarta", "Soekarno-Hatta", "Terminal 3"), ("DPS", "Denpasar", "I Gusti Ngurah Rai", "Domestik"),
            ("KNO", "Medan", "Kualanamu", "Terminal 1"), ("UPG", "Makassar", "Sultan Hasanuddin", "Terminal 1"),
            ("YIA", "Yogyakarta", "Yogyakarta International", "Terminal 1"), ("SUB", "Surabaya", "Juanda", "Terminal 1"),
            ("BPN", "Balikpapan", "Sultan Aji Muhammad Sulaiman", "Terminal 1"), ("HLP", "Jakarta", "Halim Perdanakusuma", "Terminal 1"),
            ("PLM", "Palembang", "Sultan Mahmud Badaruddin II", "Terminal 1"), ("KJT", "Majalengka", "Kertajati", "Terminal 1"),
            ("PKU", "Pekanbaru", "Sultan Syarif Kasim II", "Terminal 1"), ("LOP", "Lombok", "Zainuddin Abdul Madjid", "Terminal 1")]
TRAVEL_SITES = [("Traveloka", "#0194f3"), ("tiket.com", "#0064d2"), ("Pegipegi", "#f15a22"), ("NusaTrip", "#0a7cc1")]
FARE_CLASSES = ["Ekonomi", "Economy", "Ekonomi (Promo)", "Bisnis", "Economy Flex", "Super Saver"]


def _code_svg(text: str, fmt: str, width: int, height: int | None = None) -> str:
    """A real, readable QR code or barcode (zxing-cpp, already a dependency) inlined as SVG at a CSS width."""
    import re

    import zxingcpp

    svg = zxingcpp.write_barcode_to_svg(zxingcpp.create_barcode(text, getattr(zxingcpp.BarcodeFormat, fmt)))
    svg = svg[svg.index("<svg"):]
    w, h = (int(v) for v in re.search(r'width="(\d+)" height="(\d+)"', svg).groups())
    height = height or round(width * h / w)
    return svg.replace(f'width="{w}" height="{h}"', f'viewBox="0 0 {w} {h}" width="{width}" height="{height}" '
                                                    f'preserveAspectRatio="none" shape-rendering="crispEdges"', 1)


def _pnr(p: Page) -> str:
    """An airline booking code: six letters and digits, at least one letter (no 0/O or 1/I, as airlines avoid them)."""
    r = p.rng
    while True:
        code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if any(c.isalpha() for c in code) and any(c.isdigit() for c in code) or r.random() < 0.3:
            return code


def _passport_id(p: Page) -> str:
    return p.rng.choice("ABCEX") + p.digits(7)


def flight_eticket(p: Page, dark: bool, group: bool):
    """A domestic flight's e-ticket as people screenshot it on a desktop: either the airline's or a travel site's
    confirmation e-mail in a web mail, or the travel site's e-ticket page.  The booking code (PNR), each passenger's
    name after a title (Tn./Ny./Nn., MR/MRS/MS), their ticket number and the NIK (or, for some, a passport
    number) a domestic booking asks for, and the booker's contact name, phone and e-mail are personal; the
    airline, flight number, route, airports, terminals, times, baggage, fare class and price stay visible.  Some
    e-tickets carry a web check-in barcode holding the booking (covered as a code; it has no text to score)."""
    r = p.rng
    airline, code, prefix, colour = r.choice(AIRLINES)
    site, site_colour = r.choice(TRAVEL_SITES)
    via_site = r.random() < 0.5
    english = r.random() < 0.35
    L = (lambda id_, en: en if english else id_)
    origin, dest = r.sample(AIRPORTS, 2)
    flight_no = f"{code} {r.randint(100, 799)}" if r.random() < 0.6 else f"{code}-{r.randint(100, 799)}"
    dep_h, dep_m = r.randint(5, 20), r.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55])
    dur = r.randint(75, 200)
    arr = dep_h * 60 + dep_m + dur + r.choice([0, 60, 0])
    day = f"{r.choice(['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'])}, {r.randint(1, 28)} {r.choice(MONTHS_ID)} 2026"
    pnr = _pnr(p)
    pax_n = r.choice([1, 1, 2, 2, 3])
    passengers = []
    booker = p.name()
    for k in range(pax_n):
        who = booker if k == 0 and r.random() < 0.7 else p.name()
        male = who.split()[0] in {"Bayu", "Dimas", "Eko", "Galih", "Irfan", "Joko", "Mulyadi", "Oki", "Rahmat", "Sutrisno",
                                  "Umar", "Yogi", "Zaenal", "Arif", "Bambang", "Fajar", "Handoko", "Krisna", "Purnomo",
                                  "Setyo", "Teguh", "Wahyu", "Rizky", "Ferdi", "Ardiansyah", "Robert", "Yohanes",
                                  "Kornelius", "Ikhsan", "Rofiq"}
        title = (("MR" if male else r.choice(["MRS", "MS"])) if english or r.random() < 0.4 else ("Tn." if male else r.choice(["Ny.", "Nn."])))
        upper = r.random() < 0.6
        shown = who.upper() if upper else who
        ident = ("passport", _passport_id(p)) if r.random() < 0.15 else ("nik", p.nik())
        ticket = f"{prefix}-{p.digits(10)}" if r.random() < 0.5 else f"{prefix}{p.digits(10)}"
        passengers.append((title, shown, ident, ticket))
    phone, mail = (_msisdn(p), p.email(booker))
    bag = r.choice(["20 kg", "15 kg", "7 kg kabin", "20 kg + 7 kg kabin", "0 kg"])
    fare = r.randint(6, 30) * 100000 + r.choice([0, 25000, 50000, 75000])
    tax = r.randint(5, 15) * 10000
    total = (fare + tax) * pax_n

    def rp(n: int) -> str:
        return "Rp " + f"{n:,}".replace(",", ".")
    bg, fg, card, muted, line = (("#131417", "#e7e9ec", "#1c1e22", "#9aa0a8", "#34373d") if dark else
                                 ("#f2f4f7", "#1f2328", "#fff", "#667085", "#e1e5ea"))
    pnr_label = r.choice([L("Kode Booking", "Booking Code"), "PNR", L("Kode Pemesanan (PNR)", "Airline Booking Code (PNR)"),
                          L("Kode Booking Maskapai", "Airline Booking Code")])
    ident_head = r.choice([L("No. Identitas", "ID Number"), "NIK / Paspor", L("Nomor KTP/Paspor", "ID/Passport No.")])
    ticket_head = r.choice([L("Nomor Tiket", "Ticket Number"), L("No. E-tiket", "E-ticket No."), L("No. Tiket", "Ticket No.")])
    rows = []
    stacked_pax = r.random() < 0.4
    for n, (title, shown, (kind, ident), ticket) in enumerate(passengers, start=1):
        if stacked_pax:
            rows.append(f"<div class='px'><div class='pn'>{n}. {html.escape(title)} {p.s('person_name', shown)}</div>"
                        f"<div class='mu'>{p.h('ui_text', ident_head)}: {p.s(kind, ident)} &nbsp;&middot;&nbsp; {p.h('ui_text', ticket_head)}: "
                        f"{p.s('ticket_number', ticket)}</div><div class='mu'>{p.h('ui_text', L('Bagasi', 'Baggage'))}: {p.h('ui_text', bag)}</div></div>")
        else:
            rows.append(f"<tr><td>{n}</td><td>{html.escape(title)} {p.s('person_name', shown)}</td><td>{p.s(kind, ident)}</td>"
                        f"<td>{p.s('ticket_number', ticket)}</td><td>{p.h('ui_text', bag)}</td></tr>")
    if stacked_pax:
        pax = "".join(rows)
    else:
        heads = ["No", L("Nama Penumpang", "Passenger Name"), ident_head, ticket_head, L("Bagasi", "Baggage")]
        cells = "".join("<th>" + p.h("ui_text", h) + "</th>" for h in heads)
        pax = f"<table class='t'><tr>{cells}</tr>{''.join(rows)}</table>"
    arr_s = f"{arr // 60 % 24:02d}:{arr % 60:02d}"
    flight = f"""<div class="fl"><div class="al"><div class="b">{p.h('ui_text', airline)}</div><div class="mu">{p.h('ui_text', flight_no)}</div>
      <div class="mu">{p.h('ui_text', r.choice(FARE_CLASSES))}</div></div>
      <div class="ap"><div class="tm">{p.h('time', f'{dep_h:02d}:{dep_m:02d}')}</div><div class="b">{p.h('ui_text', f'{origin[1]} ({origin[0]})')}</div>
      <div class="mu">{p.h('ui_text', origin[2])}</div><div class="mu">{p.h('ui_text', origin[3])}</div></div>
      <div class="du mu">{p.h('ui_text', f'{dur // 60}j {dur % 60}m')}<br>&#9992;&#xFE0E; {p.h('ui_text', L('Langsung', 'Direct'))}</div>
      <div class="ap"><div class="tm">{p.h('time', arr_s)}</div><div class="b">{p.h('ui_text', f'{dest[1]} ({dest[0]})')}</div>
      <div class="mu">{p.h('ui_text', dest[2])}</div><div class="mu">{p.h('ui_text', dest[3])}</div></div></div>"""
    contact = [(L("Nama", "Name"), p.s("person_name", booker)), (L("No. Ponsel", "Mobile Number"), p.s("phone", phone)),
               ("Email", p.s("email", mail))]
    contact_html = "".join(f"<div class='kv'><span class='mu'>{p.h('ui_text', k)}</span><span>{v}</span></div>" for k, v in contact)
    barcode = ""
    if r.random() < 0.4:
        first = passengers[0][1].split(",")[0].upper().split()
        data = f"M1{first[-1]}/{first[0]} {passengers[0][0].rstrip('.').upper()} E{pnr} {origin[0]}{dest[0]}{code} {flight_no[-3:]} 123Y012A0001 100"
        symbology = r.choice(['QRCode', 'PDF417'])
        barcode = (f"<div class='bc'>{p.pic('qr_code' if symbology == 'QRCode' else 'barcode', _code_svg(data, symbology, 150))}"
                   f"<div class='mu'>{p.h('ui_text', L('Tunjukkan saat check-in', 'Show at check-in'))}</div></div>")
    ticket_box = f"""<div class="tk"><div class="hd" style="background:{colour}"><span>{p.h('ui_text', L('E-tiket', 'E-ticket'))}</span>
      <span class="sp"></span><span>{p.h('ui_text', airline)}</span></div>
      <div class="pad"><div class="row"><div><div class="mu">{p.h('ui_text', pnr_label)}</div><div class="pnr">{p.s('booking_code', pnr)}</div></div>
      <div><div class="mu">{p.h('ui_text', L('Tanggal', 'Date'))}</div><div class="b">{p.h('date', day)}</div></div>{barcode}</div>
      {flight}<h4>{p.h('ui_text', L('Detail Penumpang', 'Passenger Details'))}</h4>{pax}
      <h4>{p.h('ui_text', L('Detail Kontak', 'Contact Details'))}</h4>{contact_html}
      <h4>{p.h('ui_text', L('Rincian Harga', 'Price Details'))}</h4>
      <div class='kv'><span class='mu'>{p.h('ui_text', L('Tarif dasar', 'Base fare'))} x{pax_n}</span><span>{p.h('price', rp(fare * pax_n))}</span></div>
      <div class='kv'><span class='mu'>{p.h('ui_text', L('Pajak & biaya', 'Taxes & fees'))}</span><span>{p.h('price', rp(tax * pax_n))}</span></div>
      <div class='kv b'><span>{p.h('ui_text', 'Total')}</span><span>{p.h('price', rp(total))}</span></div>
      <div class="mu sm">{p.h('ui_text', L('Harap tiba di bandara 90 menit sebelum keberangkatan dan bawa KTP asli.',
                                             'Please arrive 90 minutes before departure with your original ID.'))}</div></div></div>"""
    size = r.choice([12.5, 13, 14])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .mu {{ color:{muted}; }} .b {{ font-weight:600; }} .sm {{ font-size:.85em; margin-top:10px; }}
    .top {{ display:flex; align-items:center; gap:14px; padding:8px 16px; border-bottom:1px solid {line}; }}
    .top .lg {{ font-weight:700; font-size:1.3em; }} .top .sr {{ flex:1; max-width:560px; background:{card}; border-radius:20px; padding:8px 16px; color:{muted}; }}
    .wrap {{ display:flex; }} .nav {{ width:190px; padding:10px 12px; line-height:2.1; flex:none; }}
    .main {{ flex:1; padding:12px 20px; overflow:hidden; height:700px; }}
    .subj {{ font-size:1.35em; margin-bottom:8px; }} .from {{ display:flex; gap:10px; align-items:center; margin-bottom:12px; }}
    .from .av {{ width:36px; height:36px; border-radius:50%; background:{colour}; flex:none; }}
    .tk {{ background:{card}; border:1px solid {line}; border-radius:8px; max-width:760px; overflow:hidden; }}
    .tk .hd {{ color:#fff; padding:10px 16px; display:flex; font-weight:700; }} .sp {{ flex:1; }}
    .pad {{ padding:12px 16px; }} .row {{ display:flex; gap:40px; align-items:flex-start; }} .bc {{ margin-left:auto; text-align:center; }}
    .pnr {{ font-size:1.6em; font-weight:700; letter-spacing:2px; color:{colour if not dark else '#8ec5ff'}; }}
    .fl {{ display:flex; gap:26px; align-items:flex-start; margin:12px 0; padding:10px 0; border-top:1px dashed {line}; border-bottom:1px dashed {line}; }}
    .fl .al {{ width:150px; }} .fl .tm {{ font-size:1.3em; font-weight:700; }} .fl .du {{ text-align:center; padding-top:8px; }}
    h4 {{ margin:10px 0 5px; font-size:1em; }}
    table.t {{ border-collapse:collapse; width:100%; }} .t th {{ text-align:left; color:{muted}; font-weight:600; border-bottom:1px solid {line}; padding:4px 6px; }}
    .t td {{ padding:5px 6px; border-bottom:1px solid {line}; }}
    .px {{ padding:5px 0; border-bottom:1px solid {line}; }} .pn {{ font-weight:600; }}
    .kv {{ display:flex; justify-content:space-between; max-width:520px; padding:2px 0; }}
    .br {{ background:{'#2b2e33' if dark else '#dee1e6'}; padding:6px 10px; display:flex; gap:10px; font-size:13px; }}
    .br .u {{ flex:1; background:{card}; border-radius:14px; padding:4px 14px; color:{muted}; }}
    .sh {{ background:{site_colour}; color:#fff; padding:12px 24px; font-weight:700; font-size:1.2em; }}
    .page {{ padding:14px 24px; }}
    """
    if via_site and r.random() < 0.5:
        order_no = p.digits(r.choice([9, 10]))
        body = f"""<div class="br"><span>&#8592; &#8594; &#8635;</span><span class="u">{p.h('ui_text', site.lower().replace(' ', '') + ('' if '.' in site else '.com') + '/my-booking')}</span></div>
          <div class="sh">{p.h('ui_text', site)}</div><div class="page"><div class="mu">{p.h('ui_text', L('Pesanan Saya', 'My Bookings'))} &rsaquo;
          {p.h('ui_text', L('No. Pesanan', 'Order ID'))} {p.i('reference_no', order_no)}</div><h3 style="margin:8px 0">{p.h('ui_text', L('E-tiket Pesawat', 'Flight E-ticket'))}</h3>{ticket_box}</div>"""
    else:
        sender = site if via_site else airline
        subject = r.choice([L(f"E-tiket {sender}: {origin[0]} - {dest[0]}, {day}", f"Your e-ticket: {origin[0]} - {dest[0]}, {day}"),
                            L(f"Konfirmasi Pemesanan {airline}", f"{airline} Booking Confirmation"),
                            L(f"[{sender}] E-tiket Anda sudah terbit", f"[{sender}] Your e-ticket is issued")])
        folders = ["Kotak Masuk", "Berbintang", "Terkirim", "Draf", "Semua Email"] if not english else ["Inbox", "Starred", "Sent", "Drafts", "All Mail"]
        body = f"""<div class="top"><span class="lg">{p.h('ui_text', r.choice(['Gmail', 'Mail', 'Outlook']))}</span>
          <span class="sr">{p.h('ui_text', L('Telusuri email', 'Search mail'))}</span><span class="sp"></span><span>&#128100; {p.s('email', mail)}</span></div>
          <div class="wrap"><div class="nav">{'<br>'.join(p.h('ui_text', f) for f in folders)}</div>
          <div class="main"><div class="subj">{p.h('ui_text', subject)}</div>
          <div class="from"><div class="av"></div><div><span class="b">{p.h('ui_text', sender)}</span>
          <span class="mu">&lt;{p.h('ui_text', f"noreply@{sender.lower().replace(' ', '')}{'' if '.' in sender else '.co.id'}")}&gt;</span><br>
          <span class="mu">{p.h('ui_text', L('kepada saya', 'to me'))}</span></div></div>
          <p style="margin-bottom:10px">{p.h('ui_text', L('Halo', 'Hi'))} {p.s('person_name', booker.split()[0] if r.random() < 0.5 else booker)},
          {p.h('ui_text', L('pemesanan Anda telah dikonfirmasi.', 'your booking is confirmed.'))}</p>{ticket_box}</div></div>"""
    return css, body


RELIGIONS = ["ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA"]
KTP_JOBS = ["KARYAWAN SWASTA", "PEGAWAI NEGERI SIPIL", "WIRASWASTA", "PELAJAR/MAHASISWA", "MENGURUS RUMAH TANGGA", "GURU",
            "PETANI/PEKEBUN", "BURUH HARIAN LEPAS", "PERAWAT", "BELUM/TIDAK BEKERJA"]


def ikd_digital_id(p: Page, dark: bool, group: bool):
    """The digital population-ID app (Identitas Kependudukan Digital-like) on a phone at device scale 2-3: the
    card view (NIK, name, birth place and date, sex, blood group, the street address with RT/RW, village, district,
    religion, marital status, job, nationality, valid-until) drawn like a KTP with a portrait, or the same data as
    a list of fields; the family card (KK number, the head, each member's name, NIK and relation); and the QR code
    the app shows to be scanned (covered as a code: a real, readable QR with no text to score).  As on other
    identity papers here, the village, district, birth place, religion, status and job are a card's attributes:
    neither rewarded nor penalised; the street, NIK, names, dates of birth and KK number are personal."""
    r = p.rng
    kel, kec, city = r.choice(PLACES)
    province = PROVINCES[city][0]
    head = p.name().upper()
    nik, kk = p.nik(), p.nik()
    year = r.randint(1962, 2004)
    birth_place = r.choice(["MAGELANG", "BANDUNG", "MEDAN", "BANTUL", "SLEMAN", "MAKASSAR", "BONDOWOSO", "JAKARTA", "SURABAYA"])
    born = r.choice([f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{year}", f"{r.randint(1, 28):02d} {r.choice(MONTHS_ID).upper()} {year}"])
    street = r.choice([f"{r.choice(STREETS).upper()} NO. {r.randint(1, 150)}", f"DUSUN {r.choice(['KRAJAN', 'NGASEM', 'KIDUL', 'WETAN'])}",
                       f"PERUM {r.choice(['GRIYA ASRI', 'BUMI INDAH', 'TAMAN SARI'])} BLOK {r.choice('ABCDE')}{r.randint(1, 9)} NO. {r.randint(1, 40)}"])
    rtrw = f"{r.randint(1, 15):03d}/{r.randint(1, 12):03d}"
    sex = r.choice(["LAKI-LAKI", "PEREMPUAN"])
    fields = [("NIK", p.s("nik", nik)), ("Nama", p.s("person_name", head)),
              (r.choice(["Tempat/Tgl Lahir", "Tempat, Tanggal Lahir"]), f"{p.i('birth_place', birth_place + ',')} {p.s('birth_date', born)}"),
              ("Jenis Kelamin", p.i("sex", sex)), ("Gol. Darah", p.i("blood_type", r.choice(["A", "B", "O", "AB", "-"]))),
              ("Alamat", p.s("address", street)), ("RT/RW", p.i("rt_rw", rtrw)),
              (r.choice(["Kel/Desa", "Kelurahan/Desa"]), p.i("village", kel.split(" ", 1)[1].upper())),
              ("Kecamatan", p.i("district", kec.split(" ", 1)[1].upper())),
              ("Agama", p.i("religion", r.choice(RELIGIONS))),
              (r.choice(["Status Perkawinan", "Status Kawin"]), p.i("marital", r.choice(["KAWIN", "BELUM KAWIN", "CERAI HIDUP"]))),
              ("Pekerjaan", p.i("occupation", r.choice(KTP_JOBS))), ("Kewarganegaraan", p.h("ui_text", "WNI")),
              ("Berlaku Hingga", p.h("ui_text", "SEUMUR HIDUP"))]
    accent = r.choice(["#1e4fa3", "#0d47a1", "#1565c0"])
    bg, fg, box, muted = ("#0f1115", "#e8eaee", "#1a1d23", "#9aa1ab") if dark else ("#eef2f8", "#1b2430", "#fff", "#66707d")
    screen = r.choice(["card", "card", "list", "family", "qr"])
    title = {"card": r.choice(["KTP Digital", "Identitas Digital", "Kartu Tanda Penduduk"]), "list": r.choice(["Data Diri", "Biodata Penduduk"]),
             "family": r.choice(["Kartu Keluarga", "Data Keluarga"]), "qr": r.choice(["QR Code", "Tunjukkan QR Code"])}[screen]
    qr = _code_svg(f"https://ikd.dukcapil.go.id/v/{nik[:6]}{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(14))}",
                   "QRCode", r.choice([96, 120, 200]) if screen != "qr" else r.choice([200, 230]))
    if screen == "card":
        kv = "".join(f"<tr><td class='k'>{p.h('ui_text', k)}</td><td>:</td><td>{v}</td></tr>" for k, v in fields[1:])
        content = f"""<div class="ktp"><div class="kh">{p.h('ui_text', 'PROVINSI ' + province)}<br>{p.h('ui_text', city.upper())}</div>
          <div class="kn">{p.h('ui_text', 'NIK')} : {p.s('nik', nik)}</div>
          <div class="kb"><table>{kv}</table><div class="ph"><div class="face"></div><div class="mu2">{p.h('ui_text', city.upper().replace('KAB. ', '').replace('KOTA ', ''))}</div></div></div></div>
          <div class="qrb">{p.pic('qr_code', qr) if r.random() < 0.6 else ''}<div class="mu">{p.h('ui_text', r.choice(['Pindai untuk verifikasi', 'Scan QR untuk verifikasi data']))}</div></div>"""
    elif screen == "list":
        content = "<div class='sec'>" + "".join(f"<div class='st'><div class='mu'>{p.h('ui_text', k)}</div><div class='b'>{v}</div></div>"
                                                 for k, v in fields) + "</div>"
    elif screen == "family":
        family = head.split()[-1]
        members = [(head, "KEPALA KELUARGA", nik), (f"{r.choice(GIVEN).upper()} {r.choice(FAMILY).upper()}", "ISTRI" if sex == "LAKI-LAKI" else "SUAMI", p.nik())]
        members += [(f"{r.choice(GIVEN).upper()} {family}", "ANAK", p.nik()) for _ in range(r.randint(1, 3))]
        cards = "".join(f"<div class='fm'><div class='av'></div><div><div class='b'>{p.s('person_name', who)}</div>"
                        f"<div class='mu'>{p.h('ui_text', 'NIK')} {p.s('nik', number)}</div><div class='rel'>{p.i('relation', relation)}</div></div></div>"
                        for who, relation, number in members)
        content = f"""<div class="sec"><div class="mu">{p.h('ui_text', r.choice(['Nomor KK', 'No. Kartu Keluarga', 'No. KK']))}</div>
          <div class="big">{p.s('kk', kk)}</div><div class="mu">{p.h('ui_text', 'Kepala Keluarga')}</div><div class="b">{p.s('person_name', head)}</div>
          <div class="mu">{p.h('ui_text', 'Alamat')}</div><div>{p.s('address', street)} {p.h('ui_text', 'RT/RW')} {p.i('rt_rw', rtrw)}</div></div>
          <div class="sec"><h3>{p.h('ui_text', r.choice(['Anggota Keluarga', 'Daftar Anggota']))} ({p.h('count', str(len(members)))})</h3>{cards}</div>"""
    else:
        content = f"""<div class="sec c"><div class="b">{p.s('person_name', head)}</div><div class="mu">{p.h('ui_text', 'NIK')} {p.s('nik', nik)}</div>
          <div class="qrbig">{p.pic('qr_code', qr)}</div><div class="mu">{p.h('ui_text', r.choice(['QR Code berlaku 60 detik', 'Perbarui QR', 'Tunjukkan QR ini kepada petugas']))}</div>
          <div class="btn">{p.h('ui_text', r.choice(['Perbarui', 'Refresh QR']))}</div></div>"""
    tabs = ["Beranda", "Dokumen", "QR", "Akun"]
    size = r.choice([13, 14, 15])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .sb {{ display:flex; justify-content:space-between; padding:4px 14px; font-size:12px; }}
    .hd {{ background:{accent}; color:#fff; padding:12px 16px; display:flex; gap:12px; align-items:center; font-size:1.1em; font-weight:600; }}
    .mu {{ color:{muted}; }} .b {{ font-weight:600; }}
    .ktp {{ margin:12px; border-radius:10px; padding:10px 10px 12px; color:#10263f; font-size:.72em; line-height:1.35;
            background:linear-gradient(160deg,#bfe0f7,#e4f2fb 45%,#a9d3f0); box-shadow:0 1px 4px #0003; }}
    .kh {{ text-align:center; font-weight:700; font-size:1.1em; }} .kn {{ font-weight:700; font-size:1.25em; margin:4px 0; }}
    .kb {{ display:flex; gap:6px; }} .kb table {{ border-collapse:collapse; flex:1; color:inherit; font-size:inherit; }} .kb td {{ padding:0 3px 0 0; vertical-align:top; }}
    .kb .k {{ white-space:nowrap; }}
    .ph {{ width:78px; flex:none; text-align:center; }} .face {{ width:74px; height:96px; background:linear-gradient(#d23 0 100%); border-radius:3px;
            background:radial-gradient(circle at 50% 38%, #e9c8a8 0 20px, transparent 21px), radial-gradient(ellipse at 50% 110%, #334 0 36px, transparent 37px), #c62828; }}
    .mu2 {{ font-size:.9em; margin-top:2px; }}
    .qrb {{ text-align:center; margin:6px 12px; }} .qrbig {{ margin:14px auto; }}
    .sec {{ background:{box}; margin:12px; border-radius:12px; padding:10px 14px; }} .sec.c {{ text-align:center; }}
    .sec h3 {{ font-size:1em; margin-bottom:6px; }} .big {{ font-size:1.3em; font-weight:700; letter-spacing:1px; margin-bottom:6px; }}
    .st {{ padding:5px 0; border-bottom:1px solid #8882; }} .st .mu {{ font-size:.85em; }}
    .fm {{ display:flex; gap:10px; align-items:center; padding:7px 0; border-bottom:1px solid #8882; }}
    .fm .av {{ width:34px; height:34px; border-radius:50%; background:{accent}33; flex:none; }}
    .rel {{ font-size:.8em; color:{accent if not dark else '#8ab4f8'}; }}
    .btn {{ display:inline-block; background:{accent}; color:#fff; border-radius:18px; padding:7px 22px; margin-top:10px; }}
    .nav {{ position:fixed; bottom:0; left:0; right:0; display:flex; justify-content:space-around; padding:8px 0; background:{box}; border-top:1px solid #8883; font-size:.8em; }}
    """
    body = f"""<div class="sb"><span>{p.h('time', p.time())}</span><span>&#9679;&#9679;&#9679; 4G &#9646;</span></div>
      <div class="hd"><span>&#8592;</span>{p.h('ui_text', title)}</div>
      <div class="mu" style="padding:8px 14px 0">{p.h('ui_text', r.choice(['Identitas Kependudukan Digital', 'IKD - Dukcapil Kemendagri', 'Dokumen Kependudukan']))}</div>
      {content}<div class="nav">{''.join(f'<span>{p.h("ui_text", t)}</span>' for t in tabs)}</div>"""
    return css, body


RIDE_APPS = [("Gojek", "GoRide", "GoCar", "#00aa13"), ("Grab", "GrabBike", "GrabCar", "#00b14f"), ("Maxim", "Maxim Bike", "Maxim Car", "#f5a623"),
             ("inDrive", "inDrive Moto", "inDrive Car", "#6fbf1f")]
PUBLIC_PLACES = ["Stasiun Tugu Yogyakarta", "Bandara Internasional Yogyakarta", "Kantor Bupati Magelang", "RSUD Kota Bandung",
                 "Stasiun Bandung", "Terminal Terpadu Amplas", "Mal Ciputra Seraya", "Pasar Beringharjo", "Balai Kota Medan",
                 "Universitas Hasanuddin", "Stasiun Gambir", "Trans Studio Mall Makassar", "Alun-alun Bondowoso",
                 "Kantor Dinas Kependudukan dan Pencatatan Sipil", "Lippo Plaza Jember", "Gedung Sate"]
CARD_BRANDS = ["Visa", "Mastercard", "JCB", "BCA Debit"]


def ride_receipt(p: Page, dark: bool, group: bool):
    """A ride-hailing or food-delivery trip receipt on a phone at device scale 2-3, in the app's trip detail or in
    the receipt e-mail opened in a mail app: the pickup (a home address, sometimes with a note), the drop-off (a
    public place, or the home on the way back), the driver's name and plate, the rider's name, phone and e-mail
    and the payment card's last four digits are personal; the app, fare and its parts, the date and times,
    distance, duration, trip ID, the vehicle's model and the public places stay visible."""
    r = p.rng
    app, bike, car, colour = r.choice(RIDE_APPS)
    food = r.random() < 0.25
    english = r.random() < 0.3
    L = (lambda id_, en: en if english else id_)
    service = r.choice(RESTAURANTS) if food else r.choice([bike, car])
    rider, driver = p.name(), p.name()
    home = _home(p, casual=r.random() < 0.2)
    place = r.choice(PUBLIC_PLACES)
    towards_home = not food and r.random() < 0.3
    pickup, dropoff = ((p.h("ui_text", place), p.s("address", home)) if towards_home else
                       (p.s("address", home), p.h("ui_text", place)))
    if food:
        pickup = p.h("ui_text", service + " - " + r.choice(["Kaliurang", "Dago", "Sudirman", "Panakkukang"]))
        dropoff = p.s("address", home)
    plate = _plate(p)
    vehicle = r.choice(VEHICLES)
    km = f"{r.randint(1, 24)},{r.randint(0, 9)} km"
    mins = f"{r.randint(6, 55)} {L('mnt', 'min')}"
    t0 = r.randint(6 * 60, 21 * 60)
    t1 = t0 + r.randint(8, 50)
    when = f"{r.randint(1, 28)} {r.choice(MONTHS_ID)} 2026"
    fare = r.randint(8, 90) * 1000 + r.choice([0, 500])
    fee = r.choice([1000, 2000, 3000, 4000])
    disc = r.choice([0, 0, 5000, 10000])
    total = fare + fee - disc

    def rp(n: int) -> str:
        return "Rp" + f"{n:,}".replace(",", ".")
    card = r.random() < 0.5
    last4 = p.digits(4)
    payment = (f"{p.h('ui_text', r.choice(CARD_BRANDS))} &bull;&bull;&bull;&bull; {p.s('card_number', last4)}" if card else
               p.h("ui_text", r.choice(WALLETS + ["Tunai", "Cash"])))
    trip_id = r.choice(["RB-", "A-", "F-", "GC-"]) + p.digits(r.choice([9, 12]))
    stops_html = f"""<div class="rt"><div class="dot g"></div><div><div class="mu">{p.h('ui_text', L('Lokasi jemput', 'Pick-up') if not food else L('Diambil dari', 'Picked up from'))} &middot; {p.h('time', f'{t0 // 60:02d}:{t0 % 60:02d}')}</div>
      <div>{pickup}</div></div></div>
      <div class="rt"><div class="dot o"></div><div><div class="mu">{p.h('ui_text', L('Tujuan', 'Drop-off') if not food else L('Diantar ke', 'Delivered to'))} &middot; {p.h('time', f'{t1 // 60:02d}:{t1 % 60:02d}')}</div>
      <div>{dropoff}</div></div></div>"""
    if r.random() < 0.3:
        stops_html += f"<div class='mu sm'>{p.h('ui_text', L('Catatan', 'Note'))}: {p.s('address', r.choice(HOME_NOTES))}</div>"
    driver_html = f"""<div class="dr"><div class="av"></div><div style="flex:1"><div class="b">{p.s('person_name', driver)}</div>
      <div class="mu">{p.h('ui_text', vehicle)} &middot; {p.s('plate', plate)}</div></div><div class="mu">&#9733; {p.h('count', f'4.{r.randint(6, 9)}')}</div></div>"""
    fares = [(L("Tarif perjalanan", "Trip fare") if not food else L("Harga makanan", "Food"), rp(fare)),
             (L("Biaya jasa aplikasi", "Platform fee"), rp(fee))]
    if disc:
        fares.append((L("Diskon", "Discount"), "-" + rp(disc)))
    fare_html = "".join(f"<div class='kv'><span class='mu'>{p.h('ui_text', k)}</span><span>{p.h('price', v)}</span></div>" for k, v in fares)
    fare_html += f"<div class='kv b'><span>{p.h('ui_text', L('Total dibayar', 'Total paid'))}</span><span>{p.h('price', rp(total))}</span></div>"
    fare_html += f"<div class='kv'><span class='mu'>{p.h('ui_text', L('Metode pembayaran', 'Payment method'))}</span><span>{payment}</span></div>"
    rider_html = ""
    if r.random() < 0.6:
        rider_html = f"""<div class="sec"><div class="t">{p.h('ui_text', L('Penumpang', 'Passenger') if not food else L('Pemesan', 'Customer'))}</div>
          <div class="b">{p.s('person_name', rider)}</div><div class="mu">{p.s('phone', _msisdn(p))}</div></div>"""
    bg, fg, card_bg, muted = ("#111315", "#e8eaed", "#1c1f22", "#9aa0a6") if dark else ("#f4f5f7", "#1d2025", "#fff", "#6b7280")
    as_mail = r.random() < 0.45
    if as_mail:
        mail = p.email(rider)
        head = f"""<div class="mt"><span>&#8592;</span><span class="sp"></span><span>&#9733;</span><span>&#8942;</span></div>
          <div class="subj">{p.h('ui_text', r.choice([L(f'Struk perjalanan {service} kamu', f'Your {app} e-receipt'),
                                                        L(f'Terima kasih sudah pakai {app}', f'Thanks for riding with {app}')]))}</div>
          <div class="from"><div class="av2" style="background:{colour}"></div><div><span class="b">{p.h('ui_text', app)}</span> <span class="mu">{p.h('ui_text', when)}</span><br>
          <span class="mu">{p.h('ui_text', L('kepada', 'to'))} {p.s('email', mail)}</span></div></div>
          <div class="brand" style="background:{colour}">{p.h('ui_text', app)}</div>
          <div class="sec"><div>{p.h('ui_text', L('Hai', 'Hi'))} {p.s('person_name', rider.split()[0])},</div>
          <div class="mu">{p.h('ui_text', L('Terima kasih telah menggunakan layanan kami.', 'Thanks for using our service.'))}</div></div>"""
    else:
        head = f"""<div class="hd" style="background:{colour}"><span>&#8592;</span>{p.h('ui_text', L('Detail perjalanan', 'Trip details') if not food else L('Detail pesanan', 'Order details'))}</div>
          <div class="map"><div class="route"></div></div>"""
    size = r.choice([13, 14, 15])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .mu {{ color:{muted}; }} .b {{ font-weight:600; }} .sm {{ font-size:.88em; padding-left:22px; }} .sp {{ flex:1; }}
    .hd {{ color:#fff; padding:12px 16px; display:flex; gap:12px; align-items:center; font-size:1.1em; font-weight:600; }}
    .map {{ height:170px; background:{'#2a2f35' if dark else '#e6eadf'}; position:relative; }}
    .route {{ position:absolute; left:60px; top:40px; width:240px; height:90px; border:4px solid {colour}; border-left:none; border-bottom:none; border-radius:0 30px 0 0; }}
    .mt {{ display:flex; gap:18px; padding:12px 16px; font-size:1.2em; }}
    .subj {{ font-size:1.25em; padding:0 16px 8px; }} .from {{ display:flex; gap:10px; padding:4px 16px 10px; align-items:center; font-size:.9em; }}
    .av2 {{ width:34px; height:34px; border-radius:50%; flex:none; }}
    .brand {{ color:#fff; font-weight:700; font-size:1.3em; padding:12px 16px; margin:0 12px; border-radius:8px 8px 0 0; }}
    .sec {{ background:{card_bg}; margin:0 12px 10px; border-radius:10px; padding:10px 14px; line-height:1.45; }}
    .sec .t {{ color:{muted}; font-size:.86em; margin-bottom:2px; }} .sec h4 {{ margin-bottom:6px; }}
    .rt {{ display:flex; gap:10px; padding:4px 0; }} .dot {{ width:12px; height:12px; border-radius:50%; margin-top:4px; flex:none; }}
    .dot.g {{ background:#16a34a; }} .dot.o {{ background:#ea580c; }}
    .dr {{ display:flex; gap:10px; align-items:center; }} .dr .av {{ width:40px; height:40px; border-radius:50%; background:#9ab; flex:none; }}
    .kv {{ display:flex; justify-content:space-between; gap:10px; padding:2px 0; }}
    """
    summary = f"""<div class="sec"><div class="kv"><span class="b">{p.h('ui_text', service)}</span><span class="b">{p.h('price', rp(total))}</span></div>
      <div class="mu">{p.h('date', when)} &middot; {p.h('ui_text', km)} &middot; {p.h('ui_text', mins)}</div></div>"""
    body = f"""{head}{summary}<div class="sec">{stops_html}</div><div class="sec"><div class="t">{p.h('ui_text', L('Pengemudi', 'Driver') if not food else L('Driver', 'Driver'))}</div>{driver_html}</div>
      {rider_html}<div class="sec"><h4>{p.h('ui_text', L('Rincian pembayaran', 'Payment details'))}</h4>{fare_html}</div>
      <div class="sec mu"><div class="kv"><span>{p.h('ui_text', L('ID Perjalanan', 'Trip ID') if not food else L('ID Pesanan', 'Order ID'))}</span><span>{p.h('reference_no', trip_id)}</span></div></div>"""
    return css, body


WEBINAR_TOPICS = ["Penguatan Budaya Kerja BerAKHLAK bagi ASN", "Penyusunan SKP Berbasis Kinerja Tahun 2025",
                  "Literasi Digital dan Keamanan Data Pribadi", "Manajemen Arsip Dinamis di Era SRIKANDI",
                  "Pengelolaan Barang Milik Daerah", "Implementasi SPBE di Lingkungan Pemerintah Daerah",
                  "Pencegahan Gratifikasi dan Benturan Kepentingan"]
WEBINAR_HOSTS = ["BPSDM Provinsi Jawa Tengah", "Pusbangkom ASN", "BKPSDM Kabupaten Magelang", "Diskominfo Kota Medan",
                 "Balai Diklat Keagamaan Semarang", "Inspektorat Kabupaten Bantul"]
WEBINAR_APPS = [("e-Sertifikat", "#0f766e"), ("SiDiklat", "#1d4ed8"), ("LMS Pusbangkom", "#7c3aed"), ("Ruang Webinar", "#be123c"),
                ("SIMPEG Diklat", "#0369a1")]
INSTANSI = ["Dinas Pendidikan Kab. Magelang", "RSUD Tidar", "Kecamatan Mertoyudan", "Bappeda Kota Medan", "Dinas Kesehatan",
            "Inspektorat Daerah", "Sekretariat DPRD", "Puskesmas Sawangan I", "SMP Negeri 3 Magelang", "Kantor Kemenag Bantul",
            "Dinas Sosial Kab. Bondowoso", "BPKAD Kota Makassar"]


def webinar_attendance(p: Page, dark: bool, group: bool):
    """A webinar's attendance list (daftar hadir) in the organiser's e-certificate or learning system at
    100-125 %: the system, the event's title, host, date and JP (public), then a table of the participants as
    they typed themselves into the registration form -- the name in mixed case, sometimes with degrees, the NIP
    run together, spaced, or a dash for a non-civil-servant, the agency (public), the e-mail and WhatsApp number
    (personal), the check-in time, the certificate's number and status (public).  Beside it, on most pages, the
    e-certificate's preview with the chosen participant's name and NIP in large type under 'diberikan kepada'."""
    r = p.rng
    app, accent = r.choice(WEBINAR_APPS)
    topic, host = r.choice(WEBINAR_TOPICS), r.choice(WEBINAR_HOSTS)
    day = f"{r.randint(1, 28)} {r.choice(MONTHS_ID)} 2025"
    jp = r.choice([2, 3, 4])
    cert_base = f"{r.randint(100, 899)}/{r.choice(['SERT', 'BPSDM', 'WEB', 'DIKLAT'])}/{r.choice(['V', 'VI', 'IX', 'XI'])}/2025"
    preview = r.random() < 0.65
    rows_n = r.randint(6, 9) if not preview else r.randint(5, 8)
    rows, chosen = [], None
    for k in range(rows_n):
        front, who = _front_titled(p)
        shown = r.choice([who, who, who.upper(), who.lower(), who.title()])
        if r.random() < 0.25 and "," not in shown:
            shown += ", " + r.choice(TITLES_AFTER)
        asn = r.random() < 0.8
        nip = p.nip()
        nip_cell = p.s("nip", _nip_shown(p, nip)) if asn else p.h("ui_text", r.choice(["-", "Non ASN", "Honorer", "-"]))
        if asn and r.random() < 0.15:
            nip_cell = p.s("nip", nip[:8] + " " + nip[8:])
        mail = p.email(who) if r.random() < 0.8 else _mail_user(p, who)
        if r.random() < 0.2:
            mail = mail.upper() if r.random() < 0.3 else mail.capitalize()
        phone = _msisdn(p)
        seen = f"{r.randint(8, 9):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        status = r.choice(["Terkirim", "Terkirim", "Belum", "Diunduh", "Menunggu evaluasi"])
        name_cell = (f"{p.i('title', front)} " if front else "") + p.s("person_name", shown)
        cells = [p.h("count", str(k + 1)), name_cell, nip_cell, p.h("ui_text", r.choice(INSTANSI)),
                 p.s("email", mail), p.s("phone", phone), p.h("time", seen),
                 f"<span class='st {'ok' if status != 'Belum' else 'no'}'>{p.h('ui_text', status)}</span>"]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if chosen is None and asn:
            chosen = (front, shown, nip, k + 1)
    heads = ["No", r.choice(["Nama Lengkap", "Nama Peserta", "Nama (sesuai sertifikat)"]), r.choice(["NIP", "NIP/NIPPPK", "NIP"]),
             r.choice(["Instansi", "Unit Kerja", "Asal Instansi"]), r.choice(["Email", "E-mail", "Alamat Email"]),
             r.choice(["No. WA", "No. HP/WA", "WhatsApp"]), r.choice(["Check-in", "Waktu Hadir", "Jam Absen"]),
             r.choice(["Sertifikat", "Status e-Sertifikat"])]
    bg, fg, box, muted, line = ("#0f1115", "#e6e8eb", "#171a20", "#9aa3af", "#2c323c") if dark else ("#f1f4f8", "#1f2933", "#fff", "#667085", "#dde3ea")
    size = r.choice([12.5, 13, 14])
    menu = ["Dashboard", "Kegiatan", "Peserta", "Daftar Hadir", "Evaluasi", "Sertifikat", "Laporan"]
    admin = p.name()
    cert_html = ""
    if preview and chosen:
        front, shown, nip, no = chosen
        serif = r.choice(["'Liberation Serif', serif", "'DejaVu Serif', serif", "'URW Bookman', serif", "'Nimbus Roman', serif"])
        cert_html = f"""<div class="cert"><div class="cb"><div class="ch">{p.h('ui_text', host.upper())}</div>
          <div class="ct">{p.h('ui_text', r.choice(['SERTIFIKAT', 'PIAGAM PENGHARGAAN', 'E-SERTIFIKAT']))}</div>
          <div class="cn">{p.h('ui_text', 'Nomor:')} {p.h('reference_no', f'{no:03d}/' + cert_base)}</div>
          <div class="cs">{p.h('ui_text', r.choice(['diberikan kepada', 'Diberikan kepada:', 'dengan ini menerangkan bahwa']))}</div>
          <div class="cw" style="font-family:{serif}">{(p.i('title', front) + ' ') if front else ''}{p.s('person_name', shown)}</div>
          <div class="cp">{p.h('ui_text', 'NIP.')} {p.s('nip', _nip_shown(p, nip))}</div>
          <div class="cs">{p.h('ui_text', 'sebagai PESERTA dalam kegiatan Webinar')}<br><b>{p.h('ui_text', topic)}</b><br>
          {p.h('ui_text', 'yang diselenggarakan pada')} {p.h('date', day)} ({p.h('count', str(jp))} {p.h('ui_text', 'JP')})</div>
          <div class="sg">{p.h('ui_text', r.choice(['Kepala Badan,', 'Ketua Panitia,', 'Kepala Pusat,']))}<br><span class="qr"></span><br>
          {p.s('person_name', p.name(titled=True))}</div></div>
          <div class="cact"><span class="btn">&#10515; {p.h('ui_text', 'Unduh PDF')}</span> <span class="btn ghost">&#9993; {p.h('ui_text', 'Kirim ulang')}</span></div></div>"""
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; display:flex; min-height:100vh; }}
    .side {{ width:190px; flex:none; background:{'#12151b' if dark else '#1f2937'}; color:#cbd5e1; padding:14px 0; }}
    .side .lg {{ color:#fff; font-weight:700; font-size:1.15em; padding:0 16px 14px; }} .side .lg i {{ color:{accent}; font-style:normal; }}
    .side div.m {{ padding:8px 16px; }} .side div.m.on {{ background:{accent}; color:#fff; }}
    .main {{ flex:1; min-width:0; }}
    .top {{ background:{box}; border-bottom:1px solid {line}; padding:10px 20px; display:flex; gap:12px; align-items:center; }}
    .top .sp {{ flex:1; }} .av {{ width:28px; height:28px; border-radius:50%; background:{accent}; }}
    .ev {{ padding:12px 20px 4px; }} .ev h2 {{ font-size:1.2em; margin-bottom:4px; }} .mu {{ color:{muted}; }}
    .wrap {{ display:flex; gap:14px; padding:8px 20px; align-items:flex-start; }}
    .card {{ background:{box}; border:1px solid {line}; border-radius:8px; padding:10px; flex:1; min-width:0; }}
    .tools {{ display:flex; gap:8px; margin-bottom:8px; align-items:center; }} .srch {{ border:1px solid {line}; border-radius:5px; padding:4px 10px; width:200px; color:{muted}; }}
    table {{ border-collapse:collapse; width:100%; table-layout:fixed; }}
    th {{ text-align:left; font-size:.86em; color:{muted}; border-bottom:2px solid {line}; padding:6px 5px; }}
    td {{ border-bottom:1px solid {line}; padding:6px 5px; vertical-align:top; overflow-wrap:anywhere; line-height:1.3; }}
    th:nth-child(1) {{ width:30px; }} th:nth-child(7), td:nth-child(7) {{ text-align:right; width:78px; white-space:nowrap; }}
    th:nth-child(3) {{ width:{r.choice([150, 160, 175])}px; }} th:nth-child(6) {{ width:{r.choice([118, 128, 140])}px; }} th:nth-child(8) {{ width:100px; }}
    .st {{ font-size:.85em; border-radius:10px; padding:1px 7px; }} .st.ok {{ background:#16a34a22; color:#16a34a; }} .st.no {{ background:#dc262622; color:#dc2626; }}
    .cert {{ width:{r.choice([330, 360, 390])}px; flex:none; }}
    .cb {{ background:#fffdf5; color:#222; border:6px double {accent}; padding:14px 16px; text-align:center; line-height:1.4; }}
    .ch {{ font-size:.8em; letter-spacing:1px; }} .ct {{ font-size:1.5em; font-weight:700; color:{accent}; letter-spacing:2px; margin:4px 0; }}
    .cn {{ font-size:.78em; }} .cs {{ font-size:.85em; margin:6px 0; }} .cw {{ font-size:1.35em; font-weight:700; margin-top:4px; }}
    .cp {{ font-size:.95em; }} .sg {{ font-size:.8em; margin-top:8px; text-align:right; }}
    .qr {{ display:inline-block; width:40px; height:40px; background:repeating-linear-gradient(90deg,#222 0 3px,#fff 3px 6px); margin:4px 0; }}
    .cact {{ margin-top:8px; display:flex; gap:8px; }} .btn {{ background:{accent}; color:#fff; border-radius:5px; padding:5px 12px; }}
    .btn.ghost {{ background:transparent; color:{accent}; border:1px solid {accent}; }}
    """
    body = f"""<div class="side"><div class="lg"><i>&#9673;</i> {p.h('ui_text', app)}</div>
      {''.join(f"<div class='m{' on' if m == 'Daftar Hadir' else ''}'>{p.h('ui_text', m)}</div>" for m in menu)}</div>
      <div class="main"><div class="top"><span>&#9776;</span><span class="mu">{p.h('ui_text', 'Kegiatan')} / {p.h('ui_text', 'Daftar Hadir')}</span><span class="sp"></span>
      <span class="av"></span><span>{p.s('person_name', admin.split()[0] + ' ' + admin.split()[-1])}</span>
      <span class="mu">{p.h('ui_text', r.choice(['Admin', 'Operator', 'Panitia']))}</span></div>
      <div class="ev"><h2>{p.h('ui_text', 'Webinar ' + topic)}</h2><div class="mu">{p.h('ui_text', host)} &middot; {p.h('date', day)} &middot;
      {p.h('time', r.choice(['08.30 - 12.00 WIB', '09.00 - 11.30 WIB', '13.00 - 15.30 WIB']))} &middot; {p.h('ui_text', 'Zoom Meeting')} &middot;
      {p.h('count', str(r.randint(120, 980)))} {p.h('ui_text', 'peserta hadir')}</div></div>
      <div class="wrap"><div class="card"><div class="tools"><span class="srch">&#9906; {p.h('ui_text', 'Cari peserta...')}</span>
      <span class="btn">&#10515; {p.h('ui_text', 'Ekspor Excel')}</span><span class="mu">{p.h('ui_text', 'Tampilkan')} {p.h('count', '10')}</span></div>
      <table><tr>{''.join(f"<th>{p.h('ui_text', h)}</th>" for h in heads)}</tr>{''.join(rows)}</table></div>{cert_html}</div></div>"""
    return css, body


MAP_APPS = [("Maps", "#1a73e8"), ("Peta", "#1a73e8"), ("Waze", "#33ccff")]
MAP_PLACES = [("Kantor Bupati Magelang", "Kantor pemerintahan"), ("Masjid Agung Al-Falah", "Masjid"), ("Indomaret Sukajadi", "Minimarket"),
              ("RSUD Kota Bandung", "Rumah sakit"), ("Pasar Beringharjo", "Pasar tradisional"), ("Stasiun Tugu Yogyakarta", "Stasiun kereta"),
              ("Alun-alun Bondowoso", "Taman"), ("SMP Negeri 3 Magelang", "Sekolah"), ("Kopi Kenangan Dago", "Kedai kopi"),
              ("Balai Kota Medan", "Kantor pemerintahan"), ("Gedung Sate", "Kantor pemerintahan"), ("Puskesmas Sawangan I", "Puskesmas")]


def _plus_code(p: Page) -> str:
    r = p.rng
    chars = "23456789CFGHJMPQRVWX"
    return "".join(r.choice(chars) for _ in range(4)) + "+" + "".join(r.choice(chars) for _ in range(r.choice([2, 3])))


def map_location(p: Page, dark: bool, group: bool):
    """A map app on a phone at device scale 2-3, light or dark: a day of the location timeline (the home, labelled
    'Rumah' with its street address, then the public places visited, the times, the ways of travel and the
    distances), a friend's live location shared with the user (their name, 'near' a street address, when it was
    updated, the battery) or a saved place 'Rumah' opened from the list.  The home's address, its coordinates or
    plus code and the people's names are personal; the app's controls, the public places, their kinds and the
    times stay visible."""
    r = p.rng
    app, accent = r.choice(MAP_APPS)
    mode = r.choice(["timeline", "timeline", "share", "saved"])
    english = r.random() < 0.3
    L = (lambda id_, en: en if english else id_)
    kel, kec, city = r.choice(PLACES)
    lat, lon = COORDS.get(city, (-7.0, 110.4))
    lat += r.uniform(-0.05, 0.05)
    lon += r.uniform(-0.05, 0.05)
    street = f"{r.choice(STREETS)} No.{r.choice(['', ' '])}{r.randint(1, 150)}"
    home_full = r.choice([f"{street}, {kel.split('. ', 1)[-1]}, {kec}, {city}", f"{street}, RT.{r.randint(1, 12):02d}/RW.{r.randint(1, 9):02d}, {kel}, {kec}",
                          f"{street}, {kel.split('. ', 1)[-1]}, {city} {r.randint(10110, 99999)}"])
    coords = f"{lat:.{r.choice([5, 6, 7])}f}, {lon:.{r.choice([5, 6, 7])}f}"
    bg, fg, card, muted, line = ("#1f1f1f", "#e3e3e3", "#2b2b2b", "#a8a8a8", "#3c3c3c") if dark else ("#ffffff", "#1f1f1f", "#ffffff", "#5f6368", "#e0e0e0")
    mapbg = "#242f3e" if dark else "#e8eaed"
    road = "#38414e" if dark else "#ffffff"
    parts = []
    if mode == "timeline":
        when = f"{r.choice(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'])}, {r.randint(1, 28)} {r.choice(MONTHS_ID)} 2025"
        stops = r.sample(MAP_PLACES, r.randint(2, 3))
        t = r.randint(6 * 60, 8 * 60)

        def hm(m: int) -> str:
            return f"{m // 60:02d}.{m % 60:02d}"
        parts.append(f"<div class='day'><span>&#8249;</span><b>{p.h('date', when)}</b><span>&#8250;</span></div>"
                     f"<div class='sum mu'>{p.h('ui_text', str(len(stops) + 1) + ' ' + L('tempat', 'places'))} &middot; {p.h('ui_text', f'{r.randint(8, 40)},{r.randint(0, 9)} km')}</div>")
        home_label = r.choice([L("Rumah", "Home"), L("Rumah", "Home"), "Rumah Bapak", "Kost"])
        parts.append(f"<div class='st'><div class='ic home'>&#8962;</div><div class='tx'><div class='b'>{p.h('ui_text', home_label)}</div>"
                     f"<div class='mu'>{p.s('address', home_full)}</div></div><div class='tm mu'>{p.h('time', L('s.d. ', 'until ') + hm(t))}</div></div>")
        for name, kind in stops:
            move = r.choice([(L("Mengemudi", "Driving"), "<i class='mi'></i>"), (L("Bersepeda motor", "Motorcycling"), "<i class='mi'></i>"), (L("Berjalan", "Walking"), "<i class='mi w'></i>")])
            dur = r.randint(6, 45)
            parts.append(f"<div class='mv mu'><span class='ln'></span>{move[1]} {p.h('ui_text', move[0])} &middot; {p.h('ui_text', f'{r.randint(1, 15)},{r.randint(0, 9)} km')} &middot; {p.h('ui_text', f'{dur} mnt')}</div>")
            t += dur
            t2 = t + r.randint(20, 240)
            parts.append(f"<div class='st'><div class='ic'>&#9679;</div><div class='tx'><div class='b'>{p.h('ui_text', name)}</div>"
                         f"<div class='mu'>{p.h('ui_text', kind)}</div></div><div class='tm mu'>{p.h('time', hm(t) + ' - ' + hm(t2))}</div></div>")
            t = t2
        if r.random() < 0.6:
            parts.append(f"<div class='mv mu'><span class='ln'></span><i class='mi'></i> {p.h('ui_text', L('Mengemudi', 'Driving'))} &middot; {p.h('ui_text', f'{r.randint(20, 50)} mnt')}</div>"
                         f"<div class='st'><div class='ic home'>&#8962;</div><div class='tx'><div class='b'>{p.h('ui_text', home_label)}</div>"
                         f"<div class='mu'>{p.s('address', street + ', ' + kel.split('. ', 1)[-1])}</div></div><div class='tm mu'>{p.h('time', L('sejak ', 'from ') + hm(t + 30))}</div></div>")
        title = L("Linimasa", "Timeline")
    elif mode == "share":
        friend = p.name()
        until = f"{r.randint(12, 22)}.{r.choice(['00', '15', '30', '45'])}"
        parts.append(f"<div class='who'><div class='ava'>{p.h('ui_text', friend[0])}</div><div class='tx'><div class='b big'>{p.s('person_name', friend)}</div>"
                     f"<div class='mu'>{p.h('ui_text', L('Berbagi lokasi secara real-time', 'Sharing location in real time'))}</div></div></div>"
                     f"<div class='row'><span class='mu'>&#9679;</span><div>{p.h('ui_text', L('Dekat', 'Near'))} {p.s('address', home_full)}</div></div>"
                     f"<div class='row mu'><i class='mi'></i> {p.h('ui_text', L('Diperbarui', 'Updated'))} {p.h('ui_text', r.choice([L('baru saja', 'just now'), L(f'{r.randint(2, 30)} mnt lalu', f'{r.randint(2, 30)} min ago')]))}"
                     f" &middot; <i class='mi b'></i> {p.h('count', f'{r.randint(5, 99)}%')}</div>"
                     f"<div class='row mu'><i class='mi'></i> {p.h('ui_text', L('Hingga', 'Until'))} {p.h('time', until)}</div>")
        if r.random() < 0.5:
            parts.append(f"<div class='row mu'><i class='mi p'></i> {p.s('location', coords)}</div>")
        parts.append("<div class='acts'>" + "".join(f"<span class='pill'>{p.h('ui_text', a)}</span>" for a in
                                                    [L("Rute", "Directions"), L("Notifikasi", "Notify"), L("Hapus", "Remove")]) + "</div>")
        title = L("Berbagi lokasi", "Location sharing")
    else:
        owner = p.name()
        parts.append(f"<div class='who'><div class='ic home'>&#8962;</div><div class='tx'><div class='b big'>{p.h('ui_text', L('Rumah', 'Home'))}</div>"
                     f"<div class='mu'>{p.h('ui_text', L('Tempat yang Anda simpan', 'Your saved place'))}</div></div></div>"
                     "<div class='acts'>" + "".join(f"<span class='pill'>{p.h('ui_text', a)}</span>" for a in
                                                    [L("Rute", "Directions"), L("Mulai", "Start"), L("Bagikan", "Share"), L("Edit", "Edit")]) + "</div>"
                     f"<div class='row'><i class='mi p'></i><div>{p.s('address', home_full)}</div></div>"
                     f"<div class='row'><i class='mi'></i><div>{p.s('location', _plus_code(p) + ' ' + kel.split('. ', 1)[-1] + ', ' + city.split(' ', 1)[-1])}</div></div>"
                     f"<div class='row'><span class='mu'>&#8853;</span><div>{p.s('location', coords)}</div></div>"
                     f"<div class='row'><i class='mi w'></i><div>{p.h('ui_text', L('Disimpan oleh', 'Saved by'))} {p.s('person_name', owner)}</div></div>")
        title = L("Tempat tersimpan", "Saved")
    pin = f"<div class='pin' style='left:{r.randint(120, 250)}px; top:{r.randint(60, 150)}px'></div>"
    labels = "".join(f"<div class='ml' style='left:{r.randint(10, 260)}px; top:{r.randint(20, 220)}px'>{p.h('ui_text', n)}</div>"
                     for n, _ in r.sample(MAP_PLACES, 2))
    streets_lbl = f"<div class='ml rd' style='left:{r.randint(20, 200)}px; top:{r.randint(100, 200)}px'>{p.i('street', r.choice(STREETS))}</div>"
    size = r.choice([14, 15, 16])
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{r.choice(["'Roboto', 'DejaVu Sans', sans-serif", _font(p)])}; font-size:{size}px; }}
    .status {{ display:flex; justify-content:space-between; padding:6px 18px; font-size:.85em; background:{mapbg}; }}
    .map {{ height:{r.choice([260, 300, 340])}px; background:{mapbg}; position:relative; overflow:hidden; }}
    .map .r1 {{ position:absolute; left:-20px; top:120px; width:460px; height:14px; background:{road}; transform:rotate(-12deg); }}
    .map .r2 {{ position:absolute; left:180px; top:-20px; width:12px; height:380px; background:{road}; transform:rotate(8deg); }}
    .map .tr {{ position:absolute; left:60px; top:70px; width:220px; height:130px; border:4px solid {accent}; border-radius:40px 0 60px 0; border-left:none; }}
    .pin {{ position:absolute; width:22px; height:22px; border-radius:50% 50% 50% 0; background:#ea4335; transform:rotate(-45deg); }}
    .ml {{ position:absolute; font-size:.72em; color:{'#9aa0a6' if dark else '#5f6368'}; white-space:nowrap; }} .ml.rd {{ transform:rotate(-12deg); }}
    .search {{ position:absolute; left:12px; right:12px; top:10px; background:{card}; border-radius:24px; padding:10px 16px; box-shadow:0 1px 4px #0004;
              display:flex; gap:10px; color:{muted}; }}
    .sheet {{ background:{card}; border-radius:16px 16px 0 0; margin-top:-16px; position:relative; padding:8px 16px 16px; }}
    .grab {{ width:36px; height:4px; background:{line}; border-radius:2px; margin:0 auto 10px; }}
    .ttl {{ font-size:1.2em; font-weight:600; margin-bottom:6px; }}
    .mu {{ color:{muted}; }} .b {{ font-weight:600; }} .big {{ font-size:1.15em; }}
    .day {{ display:flex; justify-content:space-between; padding:4px 0; }} .sum {{ font-size:.88em; margin-bottom:6px; }}
    .st {{ display:flex; gap:10px; align-items:flex-start; padding:7px 0; }} .st .tx {{ flex:1; min-width:0; line-height:1.3; }}
    .tm {{ font-size:.85em; text-align:right; white-space:nowrap; }}
    .ic {{ width:28px; height:28px; border-radius:50%; background:{accent}; color:#fff; text-align:center; line-height:28px; flex:none; font-size:.8em; }}
    .ic.home {{ background:#34a853; font-size:1em; }}
    .mv {{ font-size:.85em; padding:2px 0 2px 12px; border-left:3px dotted {line}; margin-left:13px; }}
    .who {{ display:flex; gap:12px; align-items:center; padding:6px 0 10px; }} .who .tx {{ line-height:1.35; }}
    .ava {{ width:44px; height:44px; border-radius:50%; background:{accent}; color:#fff; text-align:center; line-height:44px; font-size:1.2em; flex:none; }}
    .row {{ display:flex; gap:12px; padding:7px 0; border-top:1px solid {line}; line-height:1.35; }}
    .mi {{ display:inline-block; width:14px; height:14px; border-radius:4px; background:{muted}; vertical-align:-2px; flex:none; }}
    .mi.w {{ border-radius:50%; }} .mi.b {{ width:20px; height:10px; border-radius:2px; }} .mi.p {{ border-radius:50% 50% 50% 0; background:#ea4335; transform:rotate(-45deg); margin-top:3px; }}
    .acts {{ display:flex; gap:8px; padding:8px 0; flex-wrap:wrap; }} .pill {{ border:1px solid {line}; border-radius:16px; padding:5px 12px; color:{accent}; font-size:.9em; }}
    """
    body = f"""<div class="status"><span>{p.h('time', p.time())}</span><span>&#9679;&#9679;&#9679; 4G <i class='mi b'></i></span></div>
      <div class="map"><div class="r1"></div><div class="r2"></div>{'<div class="tr"></div>' if mode == 'timeline' else ''}{labels}{streets_lbl}{pin}
      <div class="search">&#9906; <span>{p.h('ui_text', L('Telusuri di sini', 'Search here'))}</span></div></div>
      <div class="sheet"><div class="grab"></div><div class="ttl">{p.h('ui_text', title)}</div>{''.join(parts)}</div>"""
    return css, body


LPSE_SITES = [("LPSE Kabupaten Magelang", "lpse.magelangkab.go.id"), ("LPSE Kota Medan", "lpse.pemkomedan.go.id"),
              ("LPSE Kabupaten Bantul", "lpse.bantulkab.go.id"), ("LPSE Provinsi Jawa Barat", "lpse.jabarprov.go.id"),
              ("LPSE Kota Makassar", "lpse.makassarkota.go.id")]
COMPANIES = ["CV. Karya Mandiri Sejahtera", "PT. Bumi Konstruksi Nusantara", "CV. Tunas Abadi", "PT. Sinar Teknologi Informatika",
             "CV. Berkah Jaya Konsultan", "PT. Multi Sarana Utama", "CV. Cahaya Gemilang", "CV. Rekayasa Mitra Utama"]
TENDERS = ["Pembangunan Jalan Lingkungan Desa Sumberagung", "Pengadaan Perangkat Komputer Dinas Kominfo",
           "Rehabilitasi Gedung Puskesmas Sawangan I", "Jasa Konsultansi Pengawasan Jembatan Kali Progo",
           "Pengadaan Alat Tulis Kantor Sekretariat Daerah", "Belanja Modal Jaringan Internet Kantor Kecamatan",
           "Pemeliharaan Saluran Irigasi Tersier"]


UI = "ui_text"


def lpse_vendor(p: Page, dark: bool, group: bool):
    """A procurement system's (SPSE, LPSE) vendor page in a browser at 100-150 %, as the vendor's admin or a
    procurement officer sees it: the site (public), the company's identity (name, form, NIB and tender codes,
    all public; its NPWP personal as a small firm's is its owner's, the office address and phone unscored),
    then the tabs' tables: the owners (name, KTP number -- a NIK, address, shares) and the board (name, NIK,
    position, since when), the contact person's name, mobile number and e-mail, and the tender history (public
    packages, their values and codes).  SPSE's grey panels, labels right-aligned before a colon, long names
    and addresses wrapping in narrow cells, and values in the capitals the vendor typed."""
    r = p.rng
    site, host = r.choice(LPSE_SITES)
    company = r.choice(COMPANIES)
    upper = r.random() < 0.4
    U = (lambda s: s.upper() if upper else s)
    kel, kec, city = r.choice(PLACES)
    office = f"{r.choice(STREETS)} No. {r.randint(1, 120)}, {kel}, {kec}, {city}"
    owners = [(p.name(), p.nik(), _home(p), r.choice([40, 50, 60, 100])) for _ in range(r.randint(1, 2))]
    board = [(owners[0][0], owners[0][1], r.choice(["Direktur", "Direktur Utama", "Persero Aktif"]))] + \
            [(p.name(), p.nik(), r.choice(["Komisaris", "Persero Komanditer", "Wakil Direktur"])) for _ in range(r.randint(1, 2))]
    contact = board[0][0] if r.random() < 0.5 else p.name()
    tab = r.choice(["Pemilik", "Pengurus", "Identitas"])
    tabs = ["Identitas Perusahaan", "Izin Usaha", "Akta", "Pemilik", "Pengurus", "Tenaga Ahli", "Peralatan", "Pengalaman", "Pajak"]
    idrows = [("Nama Perusahaan", p.h("ui_text", U(company))), ("Bentuk Usaha", p.h("ui_text", company.split(".")[0] if "." in company else "CV")),
              ("NPWP", p.s("npwp", _npwp15(p))), ("NIB", p.h("reference_no", p.digits(13))),
              ("Alamat", p.i("address", U(office))), ("Kabupaten/Kota", p.h("ui_text", U(city))),
              ("Telepon", p.i("phone", f"({r.choice(['0274', '0293', '061', '022', '0411'])}) {p.digits(6)}")),
              ("Email", p.i("email", r.choice(["cv.", "pt.", "admin."]) + company.split()[-1].lower() + "@gmail.com")),
              ("Kontak Person", p.s("person_name", U(contact))), ("No. HP Kontak", p.s("phone", _msisdn(p))),
              ("Email Kontak", p.s("email", p.email(contact)))]
    kv = "".join(f"<tr><th>{p.h('ui_text', k)}</th><td class='c'>:</td><td>{v}</td></tr>" for k, v in idrows)
    own_rows = "".join(f"<tr><td>{p.s('person_name', U(n))}</td><td>{p.s('nik', k)}</td><td>{p.s('address', U(a))}</td>"
                       f"<td class='rt'>{p.h('count', str(s))}</td><td class='rt'>{p.h('ui_text', r.choice(['Lembar', '%']))}</td></tr>" for n, k, a, s in owners)
    board_rows = "".join(f"<tr><td>{p.s('person_name', U(n))}</td><td>{p.h('ui_text', r.choice(['KTP', 'KTP']))}</td><td>{p.s('nik', k)}</td>"
                         f"<td>{p.h('ui_text', j)}</td><td>{p.h('date', _date_of(p, r.randint(2012, 2023)))}</td>"
                         f"<td>{p.h('ui_text', r.choice(['Sampai sekarang', '-', _date_of(p, 2027)]))}</td></tr>" for n, k, j in board)
    tender_rows = "".join(f"<tr><td>{p.h('reference_no', str(r.randint(10000000, 99999999)))}</td><td>{p.h('ui_text', t)}</td>"
                          f"<td class='rt'>{p.h('price', 'Rp ' + f'{r.randint(150, 9500) * 1000000 + r.randint(0, 999) * 1000:,}'.replace(',', '.') + ',00')}</td>"
                          f"<td>{p.h('ui_text', r.choice(['Pemenang', 'Evaluasi', 'Tidak Lulus', 'Kontrak']))}</td></tr>" for t in r.sample(TENDERS, r.randint(2, 3)))
    size = r.choice([12, 13, 13.5])
    accent = r.choice(["#b71c1c", "#0d47a1", "#1b5e20", "#4a148c"])
    user = p.name()
    officer = r.random() < 0.4
    css = BASE_CSS + f"""
    body {{ background:#eceff1; color:#333; font-family:{r.choice(["'Liberation Sans', Arial, sans-serif", "'DejaVu Sans', sans-serif", "'Nimbus Sans', sans-serif"])}; font-size:{size}px; }}
    .br {{ background:#dee1e6; padding:6px 10px; display:flex; gap:10px; align-items:center; font-size:13px; }}
    .br .u {{ flex:1; background:#fff; border-radius:14px; padding:4px 14px; color:#555; }}
    .hd {{ background:{accent}; color:#fff; padding:10px 24px; display:flex; align-items:center; gap:12px; }}
    .hd .lg {{ font-size:1.35em; font-weight:700; }} .hd .sp {{ flex:1; }} .hd small {{ display:block; font-size:.75em; opacity:.85; }}
    .nav {{ background:#fff; border-bottom:1px solid #ccc; padding:0 24px; display:flex; gap:2px; }}
    .nav > span {{ padding:9px 12px; }} .nav > span.on {{ border-bottom:3px solid {accent}; font-weight:700; }}
    .box {{ margin:12px 24px; background:#fff; border:1px solid #ccd; border-radius:3px; }}
    .box h3 {{ background:#f5f5f5; border-bottom:1px solid #ddd; padding:7px 12px; font-size:1em; }}
    .in {{ padding:10px 12px; }} .tabs {{ display:flex; flex-wrap:wrap; gap:3px; margin-bottom:10px; }}
    .tabs > span {{ border:1px solid #ccc; border-bottom:none; padding:5px 9px; background:#f7f7f7; border-radius:3px 3px 0 0; }}
    .tabs > span.on {{ background:{accent}; color:#fff; }}
    table.kv th {{ text-align:right; font-weight:700; width:170px; padding:4px 6px; vertical-align:top; }} table.kv td {{ padding:4px 4px; vertical-align:top; }}
    table.kv td.c {{ width:8px; }}
    table.g {{ border-collapse:collapse; width:100%; margin-bottom:6px; }} table.g th {{ background:#e3e7ea; text-align:left; padding:5px 6px; border:1px solid #ccd; }}
    table.g td {{ border:1px solid #dde; padding:5px 6px; vertical-align:top; }} table.g tr:nth-child(odd) td {{ background:#fafbfc; }}
    td.rt {{ text-align:right; }} .cols {{ display:flex; gap:12px; }} .cols > div {{ flex:1; min-width:0; }}
    .lk {{ display:inline-block; width:9px; height:10px; background:#666; border-radius:2px; vertical-align:-1px; }} .lk.u {{ background:#fff; border-radius:50% 50% 2px 2px; }}
    .al {{ background:#fff8e1; border:1px solid #ffe082; padding:6px 10px; margin-bottom:8px; font-size:.92em; }}
    """
    own_tbl = (f"<table class='g'><tr>{''.join(f'<th>{p.h(UI, h)}</th>' for h in ['Nama', 'No. KTP', 'Alamat', 'Saham', 'Satuan'])}</tr>{own_rows}</table>")
    board_tbl = (f"<table class='g'><tr>{''.join(f'<th>{p.h(UI, h)}</th>' for h in ['Nama', 'Jenis ID', 'No. Identitas', 'Jabatan', 'Menjabat Sejak', 'Sampai'])}</tr>{board_rows}</table>")
    tender_tbl = (f"<table class='g'><tr>{''.join(f'<th>{p.h(UI, h)}</th>' for h in ['Kode Tender', 'Nama Paket', 'Nilai HPS', 'Status'])}</tr>{tender_rows}</table>")
    first, second = (own_tbl, board_tbl) if tab == "Pemilik" else (board_tbl, own_tbl)
    layout = r.choice(["stack", "cols"])
    ident = f"<table class='kv'>{kv}</table>"
    if layout == "cols":
        content = f"<div class='cols'><div>{ident}</div><div>{first}</div></div>{second}{tender_tbl}"
    else:
        content = f"{ident}{first}{second}{tender_tbl}"
    role = p.h("ui_text", r.choice(["Pokja Pemilihan", "PPK", "Admin Agency"])) if officer else p.h("ui_text", "Penyedia")
    body = f"""<div class="br"><span>&#8592; &#8594; &#8635;</span><span class="u"><i class='lk'></i> {p.h('ui_text', 'https://' + host + '/eproc4/' + ('rekanan/' + str(r.randint(1000000, 99999999)) + '/detail' if officer else 'rekanan/edit'))}</span></div>
      <div class="hd"><span class="lg">{p.h('ui_text', 'SPSE')}</span><div>{p.h('ui_text', site)}<small>{p.h('ui_text', 'Sistem Pengadaan Secara Elektronik')} {p.h('version', 'v4.5u' + str(r.randint(20220101, 20251231)))}</small></div>
      <span class="sp"></span><span><i class='lk u'></i> {p.s('person_name', U(user))}</span><span>({role})</span><span>{p.h('ui_text', 'Logout')}</span></div>
      <div class="nav">{''.join(f"<span class='{'on' if m == 'Data Penyedia' else ''}'>{p.h('ui_text', m)}</span>" for m in ['Beranda', 'Paket Baru', 'Data Penyedia', 'Inbox', 'Log Akses', 'Ganti Password'])}</div>
      <div class="box"><h3>{p.h('ui_text', 'Data Penyedia')} &raquo; {p.h('ui_text', U(company))}</h3><div class="in">
      <div class="al">{p.h('ui_text', r.choice(['Pastikan data sesuai dokumen asli sebelum mengikuti tender.', 'Data ini terintegrasi dengan SIKaP.', 'Perubahan data akan diverifikasi oleh LPSE.']))}</div>
      <div class="tabs">{''.join(f"<span class='{'on' if t.startswith(tab) else ''}'>{p.h('ui_text', t)}</span>" for t in tabs)}</div>{content}</div></div>"""
    return css, body


# ----------------------------------------------------------------------------- an eighth held-out proxy
# Pages written before the engine was run on them: a state official's wealth report (e-LHKPN) being filled
# in, and a school admission (PPDB) portal's registration summary on a desktop or a phone.

LHKPN_AGENCIES = ["Pemerintah Kabupaten Magelang", "Pemerintah Kota Medan", "Kementerian Keuangan", "Pemerintah Provinsi Jawa Tengah",
                  "Badan Pertanahan Nasional", "Pemerintah Kabupaten Bantul", "Kementerian Kesehatan", "Pemerintah Kota Makassar"]
LHKPN_POSTS = ["Kepala Dinas", "Sekretaris Dinas", "Kepala Bidang Anggaran", "Camat", "Kepala Bagian Pengadaan Barang dan Jasa",
               "Pejabat Pembuat Komitmen", "Auditor Ahli Madya", "Kepala Kantor Pertanahan", "Bendahara Pengeluaran"]
LAND_ORIGINS = ["HASIL SENDIRI", "WARISAN", "HIBAH TANPA AKTA", "HASIL SENDIRI", "HIBAH DENGAN AKTA"]
LAND_USES = ["TEMPAT TINGGAL", "DISEWAKAN", "PERTANIAN / PERKEBUNAN", "TIDAK ADA"]
CASH_KINDS = ["TABUNGAN", "GIRO", "DEPOSITO", "TABUNGAN"]


def _land_cert(p: Page) -> str:
    """A land certificate's number as reports copy it: a title's kind and number, or the land office's long code."""
    r = p.rng
    return r.choice([f"SHM No. {p.digits(r.choice([4, 5]))}", f"{r.randint(10, 34):02d}.{r.randint(1, 30):02d}.{r.randint(1, 20):02d}."
                     f"{r.randint(1, 20):02d}.1.{p.digits(5)}", f"{p.digits(5)}/{r.choice(['Sukamaju', 'Tegalrejo', 'Wringin', 'Jetis'])}",
                     f"SHGB No. {p.digits(4)}", p.digits(r.choice([5, 6]))])


def lhkpn_report(p: Page, dark: bool, group: bool):
    """A state official's wealth report (e-LHKPN-like) in a browser at 100-150 %, as the official sees it while
    filling it in: the system's header with the reporting year and the signed-in official, the form's steps,
    then two or three of its parts -- the personal data (NIK, NIP, birth place and date, home address in its
    fields, phone, e-mail, the agency and position public), the family (spouse and children with their NIK,
    birth place and date), the land and buildings (location and address, certificate number, owner), the
    vehicles (make and model public, plate number, owner) and cash (bank public, account number, holder).  The
    asset categories, headings and amounts stay readable; owners are often 'PN YANG BERSANGKUTAN' (public)."""
    r = p.rng
    caps = r.random() < 0.6
    U = (lambda s: s.upper() if caps else s)
    front, who = _front_titled(p)
    nip = p.nip()
    year = int(nip[:4])
    town, born = _born(p, year)
    agency = r.choice(LHKPN_AGENCIES)
    report_year = r.choice([2024, 2025])
    spouse = p.name()
    kids = [p.name() for _ in range(r.randint(1, 3))]
    kel, kec, city = r.choice(PLACES)
    prov = PROVINCES.get(city, ("JAWA TENGAH", "50000"))[0]
    street = f"{r.choice(STREETS)} No. {r.randint(1, 150)}" + (f" RT {r.randint(1, 15):03d} RW {r.randint(1, 12):03d}" if r.random() < 0.7 else "")
    rp = (lambda n: "Rp " + f"{n:,}".replace(",", "."))
    owner = (lambda n: p.h("ui_text", "PN YANG BERSANGKUTAN") if r.random() < 0.4 else p.s("person_name", U(n)))

    personal = [("Nama Lengkap", (p.i("title", front) + " " if front else "") + p.s("person_name", U(who))),
                (r.choice(["NIK", "Nomor Induk Kependudukan"]), p.s("nik", p.nik())),
                (r.choice(["NIP / NRP", "NIP", "NIP/NRP/NIK Pegawai"]), p.s("nip", _nip_shown(p, nip))),
                ("Tempat Lahir", p.s("birth_date", U(town))),
                ("Tanggal Lahir", p.s("birth_date", born)),
                ("Jenis Kelamin", p.i("sex", U(r.choice(["Laki-laki", "Perempuan"])))),
                (r.choice(["Status Perkawinan", "Status Kawin"]), p.i("marital", U("Kawin"))),
                (r.choice(["Alamat Rumah", "Alamat Tempat Tinggal", "Alamat Sesuai KTP"]), p.s("address", U(street))),
                ("Kelurahan / Desa", p.i("village", U(kel.split(". ", 1)[-1]))),
                ("Kecamatan", p.i("district", U(kec.split(". ", 1)[-1]))),
                ("Kabupaten / Kota", p.i("regency", U(city))),
                ("Provinsi", p.i("province", prov if caps else prov.title())),
                (r.choice(["No. Handphone", "Nomor HP", "No. HP"]), p.s("phone", _msisdn(p))),
                (r.choice(["Email Pribadi", "Email", "Alamat Email"]), p.s("email", _mail_user(p, who))),
                (r.choice(["Lembaga", "Instansi"]), p.h("ui_text", agency)),
                ("Jabatan", p.h("ui_text", r.choice(LHKPN_POSTS)))]
    family = [(spouse, r.choice(["ISTRI", "SUAMI"]), r.randint(year - 5, year + 5), r.choice(["MENGURUS RUMAH TANGGA", "PNS", "WIRASWASTA", "GURU"]))]
    family += [(k, "ANAK TANGGUNGAN" if r.random() < 0.7 else "ANAK BUKAN TANGGUNGAN", r.randint(max(year + 23, 1995), 2022),
                r.choice(["PELAJAR/MAHASISWA", "BELUM BEKERJA", "PELAJAR"])) for k in kids]
    fam_rows = []
    for n, (nm, rel, by, job) in enumerate(family, start=1):
        t2, d2 = _born(p, by)
        fam_rows.append(f"<tr><td>{p.h('count', str(n))}</td><td>{p.s('person_name', U(nm))}</td><td>{p.h('ui_text', rel if caps else rel.title())}</td>"
                        f"<td>{p.s('nik', p.nik())}</td><td>{p.s('birth_date', U(t2))}, {p.s('birth_date', d2)}</td>"
                        f"<td>{p.i('occupation', job if caps else job.title())}</td><td class='ak'>{p.h('ui_text', 'Edit')} {p.h('ui_text', 'Hapus')}</td></tr>")
    land_rows = []
    for n in range(1, r.randint(1, 3) + 1):
        lk, lc, lcity = r.choice(PLACES)
        addr = f"{r.choice(STREETS)} No. {r.randint(1, 150)}, {lk}, {lc}, {lcity}"
        area = f"{r.randint(72, 900)} m2 / {r.choice([0, r.randint(36, 250)])} m2"
        land_rows.append(
            f"<tr><td>{p.h('count', str(n))}</td><td><div class='lb'>{p.h('ui_text', 'Lokasi')}:</div>{p.s('address', U(addr))}"
            f"<div class='lb'>{p.h('ui_text', 'Luas Tanah / Bangunan')}: {p.h('count', area)}</div></td>"
            f"<td><div>{p.h('ui_text', 'Jenis Bukti')}: {p.h('ui_text', r.choice(['SERTIFIKAT', 'SERTIPIKAT', 'AKTA JUAL BELI', 'GIRIK']))}</div>"
            f"<div>{p.h('ui_text', r.choice(['Nomor Bukti', 'No. Sertifikat', 'Nomor']))}: {p.s('id_number', _land_cert(p))}</div>"
            f"<div>{p.h('ui_text', 'Atas Nama')}: {owner(r.choice([who, spouse]))}</div>"
            f"<div>{p.h('ui_text', 'Asal Usul')}: {p.h('ui_text', r.choice(LAND_ORIGINS))}</div>"
            f"<div>{p.h('ui_text', 'Pemanfaatan')}: {p.h('ui_text', r.choice(LAND_USES))}</div></td>"
            f"<td class='rt'>{p.h('price', rp(r.randint(80, 2500) * 1000000))}</td><td class='ak'>{p.h('ui_text', 'Edit')}</td></tr>")
    car_rows = []
    for n in range(1, r.randint(1, 3) + 1):
        make, model, kind = r.choice(VEHICLE_MODELS)
        car_rows.append(
            f"<tr><td>{p.h('count', str(n))}</td><td>{p.h('ui_text', 'MOBIL' if kind != 'SEPEDA MOTOR' else 'MOTOR')}, {p.h('ui_text', make)} {p.h('ui_text', model)}</td>"
            f"<td>{p.h('count', str(r.randint(2008, 2024)))}</td><td>{p.s('plate', _plate(p))}</td><td>{owner(r.choice([who, spouse] + kids))}</td>"
            f"<td>{p.h('ui_text', r.choice(LAND_ORIGINS))}</td><td class='rt'>{p.h('price', rp(r.randint(8, 450) * 1000000))}</td>"
            f"<td class='ak'>{p.h('ui_text', 'Edit')}</td></tr>")
    cash_rows = []
    for n in range(1, r.randint(1, 3) + 1):
        cash_rows.append(
            f"<tr><td>{p.h('count', str(n))}</td><td>{p.h('ui_text', r.choice(CASH_KINDS))}</td><td>{p.h('ui_text', r.choice(BANK_NAMES))}</td>"
            f"<td>{p.s('bank_account', _bri_account(p))}</td><td>{owner(r.choice([who, spouse]))}</td>"
            f"<td class='rt'>{p.h('price', rp(r.randint(1, 900) * 100000 + r.randint(0, 99) * 1000))}</td><td class='ak'>{p.h('ui_text', 'Edit')}</td></tr>")

    def table(heads, rows):
        return f"<table class='g'><tr>{''.join(f'<th>{p.h(UI, h)}</th>' for h in heads)}</tr>{''.join(rows)}</table>"

    stacked_kv = r.random() < 0.35
    if stacked_kv:
        pers_html = "<div class='grid'>" + "".join(f"<div><div class='gl'>{p.h('ui_text', k)}</div><div class='gv'>{v}</div></div>" for k, v in personal) + "</div>"
    else:
        half = (len(personal) + 1) // 2
        pers_html = "<div class='two'>" + "".join(
            "<table class='kv'>" + "".join(f"<tr><th>{p.h('ui_text', k)}</th><td class='c'>:</td><td>{v}</td></tr>" for k, v in part) + "</table>"
            for part in (personal[:half], personal[half:])) + "</div>"
    parts = {
        "pribadi": ("I. " + r.choice(["DATA PRIBADI", "Data Pribadi", "IDENTITAS PENYELENGGARA NEGARA"]), pers_html),
        "keluarga": ("II. " + r.choice(["DATA KELUARGA", "Data Keluarga Inti"]),
                     table(["No", "Nama", "Hubungan", "NIK", "Tempat, Tanggal Lahir", "Pekerjaan", "Aksi"], fam_rows)),
        "tanah": ("A. " + r.choice(["TANAH DAN BANGUNAN", "Tanah / Bangunan"]),
                  table(["No", "Uraian", "Kepemilikan", "Nilai Estimasi Saat Pelaporan", "Aksi"], land_rows)),
        "mobil": ("B. " + r.choice(["ALAT TRANSPORTASI DAN MESIN", "Alat Transportasi"]),
                  table(["No", "Uraian", "Tahun", r.choice(["No. Polisi", "Nomor Registrasi / Plat", "Nopol"]), "Atas Nama", "Asal Usul", "Nilai Estimasi", "Aksi"], car_rows)),
        "kas": ("E. " + r.choice(["KAS DAN SETARA KAS", "Kas / Setara Kas"]),
                table(["No", "Jenis", "Bank / Lembaga Penyimpan", r.choice(["Nomor Rekening", "No. Rekening"]), "Atas Nama Rekening", "Saldo", "Aksi"], cash_rows)),
    }
    order = r.choice([["pribadi", "keluarga"], ["keluarga", "tanah"], ["tanah", "mobil", "kas"], ["pribadi", "keluarga", "tanah"],
                      ["mobil", "kas"], ["keluarga", "tanah", "mobil"]])
    steps = ["Data Pribadi", "Data Keluarga", "Jabatan", "Harta", "Hutang", "Penerimaan", "Pengeluaran", "Lampiran", "Review & Kirim"]
    on = "Harta" if order[0] in ("tanah", "mobil", "kas") else ("Data Pribadi" if order[0] == "pribadi" else "Data Keluarga")
    accent = r.choice(["#b71c1c", "#8b0000", "#0d47a1", "#1b5e20"])
    bg, fg, card, muted, line = (("#121417", "#e4e6e9", "#1c1f24", "#9aa1a9", "#30353c") if dark else
                                 ("#eef0f3", "#24292f", "#fff", "#6a737d", "#d8dde3"))
    size = r.choice([12, 12.5, 13, 14])
    sums = "".join(f"<div class='sm'><div class='mu'>{p.h('ui_text', k)}</div><div class='b'>{p.h('price', rp(v))}</div></div>" for k, v in
                   [("Total Harta", r.randint(300, 9000) * 1000000), ("Total Hutang", r.randint(0, 900) * 1000000),
                    ("Total Harta Kekayaan", r.randint(200, 8000) * 1000000)])
    secs = "".join(f"<div class='card'><h4>{p.h('ui_text', parts[k][0])}<span class='add'>{p.h('ui_text', '+ Tambah')}</span></h4>{parts[k][1]}</div>" for k in order)
    css = BASE_CSS + f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .br {{ background:{'#2b2e33' if dark else '#dee1e6'}; padding:6px 10px; display:flex; gap:10px; font-size:13px; }}
    .br .u {{ flex:1; background:{card}; border-radius:14px; padding:3px 14px; color:{muted}; }}
    .top {{ height:52px; background:{accent}; color:#fff; display:flex; align-items:center; gap:14px; padding:0 22px; }}
    .top .lg {{ font-weight:800; font-size:18px; }} .top small {{ display:block; font-size:11px; opacity:.85; }} .sp {{ flex:1; }}
    .steps {{ display:flex; gap:4px; padding:8px 22px; background:{card}; border-bottom:1px solid {line}; flex-wrap:wrap; }}
    .steps span {{ padding:5px 10px; border-radius:14px; color:{muted}; }} .steps span.on {{ background:{accent}; color:#fff; }}
    .wrap {{ padding:10px 22px; }} .sums {{ display:flex; gap:12px; margin-bottom:10px; }}
    .sm {{ flex:1; background:{card}; border:1px solid {line}; border-radius:6px; padding:8px 12px; }}
    .card {{ background:{card}; border:1px solid {line}; border-radius:6px; margin-bottom:10px; }}
    .card h4 {{ padding:8px 12px; border-bottom:1px solid {line}; font-size:1.02em; display:flex; justify-content:space-between; }}
    .add {{ font-weight:400; color:{accent if not dark else '#ff8a80'}; }}
    .two {{ display:flex; gap:24px; padding:8px 12px; }} table.kv th {{ text-align:left; font-weight:400; color:{muted}; width:170px; padding:3px 4px; vertical-align:top; }}
    table.kv td {{ padding:3px 4px; vertical-align:top; }} table.kv td.c {{ width:8px; }}
    .grid {{ display:grid; grid-template-columns:repeat(4, 1fr); gap:8px 14px; padding:8px 12px 12px; }}
    .gl {{ color:{muted}; font-size:.88em; }} .gv {{ font-weight:600; overflow-wrap:anywhere; border:1px solid {line}; border-radius:4px; padding:3px 6px; min-height:1.6em; }}
    table.g {{ border-collapse:collapse; width:calc(100% - 24px); margin:8px 12px 10px; }}
    table.g th {{ background:{'#262a30' if dark else '#f1f3f5'}; text-align:left; padding:5px 6px; border:1px solid {line}; }}
    table.g td {{ border:1px solid {line}; padding:5px 6px; vertical-align:top; }} td.rt {{ text-align:right; white-space:nowrap; }}
    td.ak {{ color:{accent if not dark else '#ff8a80'}; white-space:nowrap; }} .lb {{ color:{muted}; }}
    .mu {{ color:{muted}; }} .b {{ font-weight:700; }}
    """
    body = f"""<div class="br"><span>&#8592; &#8594; &#8635;</span><span class="u">{p.h('ui_text', 'https://elhkpn.kpk.go.id/portal/filing/entry/' + p.digits(6))}</span></div>
      <div class="top"><span class="lg">{p.h('ui_text', 'e-LHKPN')}</span><div>{p.h('ui_text', 'Laporan Harta Kekayaan Penyelenggara Negara')}
      <small>{p.h('ui_text', r.choice(['Jenis Laporan: Periodik', 'Laporan Periodik', 'Khusus, Awal Menjabat']))} &middot; {p.h('ui_text', 'Tahun Pelaporan')} {p.h('count', str(report_year))}</small></div>
      <span class="sp"></span><span>&#128100; {p.s('person_name', U(who))}</span><span>{p.h('ui_text', 'Keluar')}</span></div>
      <div class="steps">{''.join(f"<span class='{'on' if s == on else ''}'>{p.h('ui_text', s)}</span>" for s in steps)}</div>
      <div class="wrap">{sums if on == 'Harta' and r.random() < 0.6 else ''}{secs}</div>"""
    return css, body


PPDB_PORTALS = [("PPDB Online", "#1565c0"), ("SPMB Kota", "#2e7d32"), ("PPDB Jatim", "#0d47a1"), ("PPDB Kabupaten", "#6a1b9a"),
                ("Sistem Penerimaan Murid Baru", "#00838f"), ("PPDB SD/SMP", "#c62828")]
PPDB_ROUTES = ["Zonasi", "Domisili", "Afirmasi", "Prestasi Akademik", "Perpindahan Tugas Orang Tua", "Prestasi Non Akademik"]
PPDB_SCHOOLS = ["SMP NEGERI 1 MAGELANG", "SMP NEGERI 2 MERTOYUDAN", "SMP NEGERI 3 BANTUL", "SMP NEGERI 5 MEDAN",
                "SMA NEGERI 1 SLEMAN", "SMA NEGERI 3 BANDUNG", "SMP NEGERI 8 MAKASSAR", "SD NEGERI 1 TEGALREJO",
                "SMA NEGERI 2 BONDOWOSO", "SMK NEGERI 1 KLATEN"]
PPDB_FROM = ["SD NEGERI 2 SUKAMAJU", "SD NEGERI 1 TEGALREJO", "SD INPRES MEDAN KOTA", "MI MUHAMMADIYAH JETIS",
             "SMP NEGERI 1 JETIS", "SD IT AL-HIKMAH", "TK PERTIWI WRINGIN"]


def ppdb_registration(p: Page, dark: bool, group: bool):
    """A school admission (PPDB, SPMB) portal's registration summary (bukti pendaftaran) as a parent screenshots
    it, on a desktop at 100-150 % or on a phone (about 400 px wide at device scale 2-3): the portal and the
    admission route (public), the registration number and its QR code, the child's name, NISN, NIK, family card
    number, birth place and date and former school (public), the parents' names, NIKs and phone numbers, the
    home address with RT/RW, its distance to the school, and the chosen schools (public) with their NPSN and
    the status.  Labels beside or above their values; values often in capitals as the school database keeps them."""
    r = p.rng
    mobile = r.random() < 0.5
    portal, accent = r.choice(PPDB_PORTALS)
    region = r.choice(REGIONS)[0]
    caps = r.random() < 0.6
    U = (lambda s: s.upper() if caps else s)
    family = r.choice(FAMILY)
    child = f"{r.choice(GIVEN)} {r.choice(GIVEN)} {family}" if r.random() < 0.4 else f"{r.choice(GIVEN)} {family}"
    father, mother = f"{r.choice(GIVEN)} {family}", p.name()
    year = r.randint(2010, 2019)
    town, date = _born(p, year)
    nisn = "00" + p.digits(8) if r.random() < 0.6 else "3" + p.digits(9)
    reg = r.choice([f"{r.choice(['2025', '2026'])}-{p.digits(2)}-{p.digits(5)}", f"PPDB{p.digits(10)}", f"{p.digits(4)}.{p.digits(4)}.{p.digits(4)}",
                    f"REG-{r.choice(['SMP', 'SMA', 'SD'])}-{p.digits(6)}"])
    route = r.choice(PPDB_ROUTES)
    L = lambda *names: r.choice(names)  # noqa: E731
    birth_together = r.random() < 0.5
    childf = [(L("Nama Lengkap", "Nama Calon Peserta Didik", "Nama Siswa", "Nama"), p.s("person_name", U(child))),
              ("NISN", p.s("id_number", nisn)),
              (L("NIK", "NIK Siswa", "NIK Calon Murid"), p.s("nik", p.nik())),
              (L("No. KK", "Nomor KK", "Nomor Kartu Keluarga"), p.s("kk", p.nik()))]
    if birth_together:
        childf.append((L("Tempat, Tanggal Lahir", "Tempat/Tgl. Lahir", "TTL"), p.s("birth_date", f"{U(town)}, {date}")))
    else:
        childf += [("Tempat Lahir", p.s("birth_date", U(town))), ("Tanggal Lahir", p.s("birth_date", date))]
    childf += [("Jenis Kelamin", p.i("sex", U(r.choice(["Laki-laki", "Perempuan"])))),
               (L("Asal Sekolah", "Sekolah Asal"), p.h("ui_text", r.choice(PPDB_FROM)))]
    kel, kec, city = r.choice(PLACES)
    rt, rw = r.randint(1, 15), r.randint(1, 12)
    street = r.choice([f"{r.choice(STREETS)} No. {r.randint(1, 150)}", f"Dusun {r.choice(['Krajan', 'Ngentak', 'Karanganyar', 'Sidomulyo'])}",
                       f"Perum {r.choice(['Griya', 'Bumi'])} {r.choice(['Asri', 'Permai'])} Blok {r.choice('ABCD')}{r.randint(1, 9)} No. {r.randint(1, 40)}"])
    split_addr = r.random() < 0.5
    if split_addr:
        addrf = [(L("Alamat", "Alamat Tempat Tinggal", "Alamat Domisili"), p.s("address", U(street))),
                 ("RT / RW", p.i("rt_rw", f"{rt:03d} / {rw:03d}" if r.random() < 0.5 else f"{rt:02d}/{rw:02d}")),
                 (L("Kelurahan/Desa", "Desa/Kelurahan"), p.i("village", U(kel.split(". ", 1)[-1]))),
                 ("Kecamatan", p.i("district", U(kec.split(". ", 1)[-1]))),
                 (L("Kabupaten/Kota", "Kota/Kab."), p.i("regency", U(city)))]
    else:
        addrf = [(L("Alamat", "Alamat Tempat Tinggal", "Alamat Sesuai KK"),
                  p.s("address", U(f"{street}, {r.choice(['RT', 'Rt.'])} {rt:02d} {r.choice(['RW', '/RW', 'Rw.'])} {rw:02d}, {kel}, {kec}, {city}")))]
    addrf.append((L("Jarak ke Sekolah", "Jarak Domisili"), p.h("count", f"{r.randint(150, 4800):,} m".replace(",", "."))))
    parentf = [(L("Nama Ayah", "Nama Ayah Kandung"), p.s("person_name", U(father))),
               (L("NIK Ayah", "NIK Ayah Kandung"), p.s("nik", p.nik())),
               (L("Nama Ibu", "Nama Ibu Kandung"), p.s("person_name", U(mother))),
               ("NIK Ibu", p.s("nik", p.nik())),
               (L("No. HP Orang Tua", "No. HP/WA", "Nomor WhatsApp", "No. Telepon Orang Tua"), p.s("phone", _msisdn(p)))]
    if r.random() < 0.4:
        parentf.insert(2, (L("No. HP Ayah", "Telepon Ayah"), p.s("phone", _msisdn(p))))
    if r.random() < 0.3:
        parentf.append((L("Email", "Email Orang Tua"), p.s("email", _mail_user(p, father))))
    schools = r.sample(PPDB_SCHOOLS, r.randint(1, 3))
    status = L("Terverifikasi", "Menunggu Verifikasi", "Diterima", "Dalam Proses")
    qr = _qr_svg(p, f"https://ppdb.example/cek/{reg}", r.choice([96, 110, 130]) if not mobile else r.choice([110, 140]))
    bg, fg, card, muted, line = (("#101316", "#e6e8eb", "#1a1e23", "#9aa1a9", "#2c323a") if dark else
                                 ("#f2f5f8", "#1f2933", "#fff", "#66717d", "#dde3ea"))
    stacked = mobile and r.random() < 0.6

    def fields(items):
        if stacked:
            return "".join(f"<div class='st'><div class='mu'>{p.h('ui_text', k)}</div><div class='b'>{v}</div></div>" for k, v in items)
        if mobile:
            return "".join(f"<div class='kv'><span class='mu'>{p.h('ui_text', k)}</span><span class='b'>{v}</span></div>" for k, v in items)
        return "<table class='f'>" + "".join(f"<tr><td class='l'>{p.h('ui_text', k)}</td><td>:</td><td class='b'>{v}</td></tr>" for k, v in items) + "</table>"

    if mobile:
        choice_html = "".join(f"<div class='ch'><div class='mu'>{p.h('ui_text', 'Pilihan ' + str(n))}</div><div class='b'>{p.h('ui_text', s)}</div>"
                              f"<div class='mu'>{p.h('ui_text', 'NPSN')} {p.h('reference_no', p.digits(8))} &middot; {p.h('count', str(r.randint(150, 4800)) + ' m')}</div></div>"
                              for n, s in enumerate(schools, start=1))
    else:
        choice_html = ("<table class='g'><tr>" + "".join(f"<th>{p.h('ui_text', h)}</th>" for h in ["Pilihan", "Sekolah", "NPSN", "Jarak", "Status"]) + "</tr>"
                       + "".join(f"<tr><td>{p.h('count', str(n))}</td><td>{p.h('ui_text', s)}</td><td>{p.h('reference_no', p.digits(8))}</td>"
                                 f"<td>{p.h('count', str(r.randint(150, 4800)) + ' m')}</td><td>{p.h('ui_text', status if n == 1 else '-')}</td></tr>"
                                 for n, s in enumerate(schools, start=1)) + "</table>")
    regbox = (f"<div class='reg'><div class='qr'>{p.pic('qr_code', qr)}</div><div><div class='mu'>{p.h('ui_text', L('Nomor Pendaftaran', 'No. Pendaftaran', 'No. Registrasi'))}</div>"
              f"<div class='rn'>{p.s('id_number', reg)}</div><div class='mu'>{p.h('ui_text', 'Jalur')}: {p.h('ui_text', route)}</div>"
              f"<div class='pill'>{p.h('ui_text', status)}</div></div></div>")
    sections = [(L("Data Calon Peserta Didik", "Data Siswa", "Identitas Calon Murid"), fields(childf)),
                (L("Alamat Tempat Tinggal", "Data Domisili", "Alamat"), fields(addrf)),
                (L("Data Orang Tua / Wali", "Data Orang Tua", "Orang Tua/Wali"), fields(parentf)),
                (L("Pilihan Sekolah", "Sekolah Tujuan", "Pilihan Sekolah Tujuan"), choice_html)]
    title = L("Bukti Pendaftaran", "Ringkasan Pendaftaran", "Resume Pendaftaran", "Tanda Bukti Pendaftaran")
    size = r.choice([13, 14, 15]) if mobile else r.choice([12.5, 13, 14])
    common = f"""
    body {{ background:{bg}; color:{fg}; font-family:{_font(p)}; font-size:{size}px; }}
    .mu {{ color:{muted}; }} .b {{ font-weight:600; }}
    .card {{ background:{card}; border:1px solid {line}; border-radius:8px; margin-bottom:10px; }}
    .card h4 {{ padding:8px 12px; border-bottom:1px solid {line}; font-size:1em; color:{accent if not dark else '#90caf9'}; }}
    .reg {{ display:flex; gap:14px; align-items:center; padding:10px 12px; }} .qr {{ background:#fff; padding:5px; border-radius:4px; }} .qr svg {{ display:block; }}
    .rn {{ font-size:1.35em; font-weight:800; letter-spacing:.5px; margin:2px 0; }}
    .pill {{ display:inline-block; margin-top:4px; padding:2px 10px; border-radius:10px; background:{accent}; color:#fff; font-size:.85em; }}
    """
    if mobile:
        css = BASE_CSS + common + f"""
        .sb {{ height:24px; background:{accent}; color:#fff; font-size:11px; display:flex; justify-content:space-between; padding:4px 14px; }}
        .hd {{ background:{accent}; color:#fff; padding:8px 14px 12px; }} .hd .t {{ font-weight:700; font-size:1.08em; }} .hd small {{ display:block; opacity:.85; }}
        .view {{ padding:10px 10px 60px; }}
        .kv {{ display:flex; justify-content:space-between; gap:12px; padding:6px 12px; border-bottom:1px solid {line}; }}
        .kv .b {{ text-align:right; overflow-wrap:anywhere; }} .kv > .mu {{ flex:0 0 auto; max-width:44%; }}
        .st {{ padding:5px 12px; border-bottom:1px solid {line}; overflow-wrap:anywhere; }} .st .mu {{ font-size:.84em; }}
        .ch {{ padding:6px 12px; border-bottom:1px solid {line}; }}
        .btn {{ position:fixed; bottom:0; left:0; right:0; background:{card}; border-top:1px solid {line}; padding:8px 12px; display:flex; gap:8px; }}
        .btn span {{ flex:1; text-align:center; padding:8px; border-radius:8px; background:{accent}; color:#fff; font-weight:600; }}
        """
        scrolled = r.choice([0, 0, 180, 380])
        body = f"""<div class="sb"><span>{p.h('time', p.time())}</span><span>{p.h('ui_text', '4G')} {p.h('count', str(r.randint(20, 99)) + '%')}</span></div>
          <div class="hd"><div class="t">&#8592; {p.h('ui_text', title)}</div><small>{p.h('ui_text', portal)} {p.h('ui_text', region)} {p.h('ui_text', '2025/2026')}</small></div>
          <div style="height:calc(100vh - 140px); overflow:hidden"><div class="view" style="margin-top:-{scrolled}px"><div class="card">{regbox}</div>
          {''.join(f"<div class='card'><h4>{p.h('ui_text', t)}</h4>{c}</div>" for t, c in sections)}</div></div>
          <div class="btn"><span>{p.h('ui_text', L('Unduh Bukti', 'Cetak Bukti'))}</span><span>{p.h('ui_text', L('Bagikan', 'Kembali'))}</span></div>"""
        return css, body, ((400, 860), r.choice([2.0, 2.75, 3.0]))
    css = BASE_CSS + common + f"""
    .top {{ height:54px; background:{accent}; color:#fff; display:flex; align-items:center; gap:16px; padding:0 22px; }}
    .top .lg {{ font-weight:800; font-size:17px; }} .top small {{ display:block; font-size:11px; opacity:.85; }} .sp {{ flex:1; }}
    .nav {{ background:{card}; border-bottom:1px solid {line}; padding:0 22px; display:flex; gap:4px; }} .nav span {{ padding:9px 12px; color:{muted}; }}
    .nav span.on {{ color:{accent if not dark else '#90caf9'}; border-bottom:3px solid {accent}; font-weight:700; }}
    .wrap {{ padding:12px 22px; }} .ttl {{ font-size:1.25em; font-weight:700; margin-bottom:8px; }}
    .cols {{ display:grid; grid-template-columns:{r.choice(['1fr 1fr', '3fr 2fr'])}; gap:12px; }}
    table.f {{ margin:6px 12px 10px; }} table.f td {{ padding:3px 6px 3px 0; vertical-align:top; }} table.f .l {{ color:{muted}; width:{r.choice([150, 170])}px; }}
    table.g {{ width:calc(100% - 24px); margin:8px 12px 12px; border-collapse:collapse; }}
    table.g th, table.g td {{ border:1px solid {line}; padding:4px 6px; text-align:left; }}
    """
    left = [sections[0], sections[1]] if r.random() < 0.5 else [sections[0], sections[2]]
    right = [s for s in sections if s not in left]
    box = (lambda t, c: f"<div class='card'><h4>{p.h('ui_text', t)}</h4>{c}</div>")
    menu = ["Beranda", "Pendaftaran", "Unggah Berkas", "Pengumuman", "Cek Status"]
    body = f"""<div class="top"><span class="lg">{p.h('ui_text', portal)}</span><div>{p.h('ui_text', region)}<small>{p.h('ui_text', 'Tahun Ajaran 2025/2026')}</small></div>
      <span class="sp"></span><span>&#128100; {p.s('person_name', U(child)) if r.random() < 0.6 else p.s('id_number', nisn)}</span><span>{p.h('ui_text', 'Keluar')}</span></div>
      <div class="nav">{''.join(f"<span class='{'on' if m == 'Pendaftaran' else ''}'>{p.h('ui_text', m)}</span>" for m in menu)}</div>
      <div class="wrap"><div class="ttl">{p.h('ui_text', title)}</div><div class="cols"><div><div class="card">{regbox}</div>{''.join(box(t, c) for t, c in left)}</div>
      <div>{''.join(box(t, c) for t, c in right)}</div></div></div>"""
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
    "english_account": (english_account, (1366, 768), (1.0, 1.25, 1.5), True, False),
    "skp_system": (skp_system, (1366, 768), (1.0, 1.25, 1.5), True, False),
    "mail_inbox": (mail_inbox, (1366, 768), (1.0, 1.25), True, False),
    "sheet_staff": (sheet_staff, (1366, 768), (1.0, 1.25), True, False),
    "wa_desktop_list": (wa_desktop_list, (1366, 768), (1.0, 1.25), True, False),
    "receipt_large_font": (receipt_large_font, (390, 844), (2.0, 2.75, 3.0), True, False),
    "service_request": (service_request, (390, 844), (2.0, 2.75, 3.0), True, False),
    "ewallet_history": (ewallet_history, (390, 844), (2.0, 2.75, 3.0), True, False),
    "telegram_group": (telegram_group, (1280, 720), (1.25, 1.5), True, False),
    "form_response": (form_response, (1366, 768), (1.0, 1.25, 1.5), True, False),
    "health_app": (health_app, (390, 844), (2.0, 2.75, 3.0), True, False),
    "skp_appraisal": (skp_appraisal, (1366, 768), (1.0, 1.25, 1.5), True, False),
    "salary_slip": (salary_slip, (1280, 800), (1.0, 1.25, 1.5), False, False),
    "wa_contact_info": (wa_contact_info, (1440, 800), (1.0, 1.25), True, False),
    "mail_signature": (mail_signature, (1366, 768), (1.0, 1.25, 1.5), True, False),
    "bank_proof_blocks": (bank_proof_blocks, (390, 844), (2.0, 2.75, 3.0), True, False),
    "group_info": (group_info, (390, 844), (2.0, 2.75, 3.0), True, False),
    "village_residents": (village_residents, (1366, 768), (1.0, 1.25), True, False),
    "asn_profile_cards": (asn_profile_cards, (1280, 720), (1.25, 1.5), True, False),
    "dapodik_students": (dapodik_students, (1366, 768), (1.0, 1.25), True, False),
    "marketplace_order": (marketplace_order, (390, 844), (2.0, 2.75, 3.0), True, False),
    "sppd_letter": (sppd_letter, (1280, 800), (1.0, 1.25), False, False),
    "lab_result": (lab_result, (1366, 768), (1.0, 1.25, 1.5), True, False),
    "mail_thread_id": (mail_thread_id, (1366, 768), (1.0, 1.25), True, False),
    "training_sheet": (training_sheet, (1366, 768), (1.0, 1.25), True, False),
    "puskesmas_queue": (puskesmas_queue, (1366, 768), (1.0, 1.25), True, False),
    "complaint_ticket": (complaint_ticket, (1366, 768), (1.0, 1.25), True, False),
    "courier_order": (courier_order, (390, 844), (2.0, 2.75, 3.0), True, False),
    "meeting_panel": (meeting_panel, (1366, 768), (1.0, 1.25), True, False),
    "bill_payment": (bill_payment, (390, 844), (2.0, 2.75, 3.0), True, False),
    "chat_shared_items": (chat_shared_items, (390, 844), (2.0, 2.75, 3.0), True, True),
    "kk_detail": (kk_detail, (1280, 720), (1.0, 1.25, 1.5), True, False),
    "sscasn_profile": (sscasn_profile, (1366, 768), (1.0, 1.25, 1.5), True, False),
    "tax_profile": (tax_profile, (1366, 768), (1.0, 1.25, 1.5), True, False),
    "presensi_mobile": (presensi_mobile, (390, 844), (2.0, 2.75, 3.0), True, False),
    "etilang_ticket": (etilang_ticket, (1366, 768), (1.0, 1.25, 1.5), True, False),
    "pension_app": (pension_app, (390, 844), (2.0, 2.75, 3.0), True, False),
    "school_report": (school_report, (1366, 768), (1.0, 1.25), True, False),
    "simrs_registration": (simrs_registration, (1366, 768), (1.0, 1.25, 1.5), True, False),
    "bank_statement": (bank_statement, (390, 844), (2.0, 2.75, 3.0), True, False),
    "bank_statement_web": (bank_statement_web, (1366, 768), (1.0, 1.25), True, False),
    "eoffice_inbox": (eoffice_inbox, (1440, 800), (1.0, 1.25), True, False),
    "patient_portal": (patient_portal, (1366, 768), (1.0, 1.25), True, False),
    "workspace_chat": (workspace_chat, (1280, 720), (1.0, 1.25), True, False),
    "chat_pasted_list": (chat_pasted_list, (390, 844), (2.0, 2.75, 3.0), True, False),
    "social_post_comments": (social_post_comments, (390, 844), (2.0, 2.75, 3.0), True, False),
    "jkn_mobile_card": (jkn_mobile_card, (390, 844), (2.0, 2.75, 3.0), True, False),
    "bansos_check": (bansos_check, (1366, 768), (1.0, 1.25), True, False),
    "social_dm": (social_dm, (390, 844), (2.0, 2.75, 3.0), True, False),
    "mysapk_profile": (mysapk_profile, (390, 844), (2.0, 2.75, 3.0), True, False),
    "sk_attachment_pdf": (sk_attachment_pdf, (1366, 768), (1.0, 1.25), False, False),
    "leave_request": (leave_request, (1366, 768), (1.0, 1.25), True, False),
    "bpjs_tk_app": (bpjs_tk_app, (390, 844), (2.0, 2.75, 3.0), True, False),
    "vaccine_certificate": (vaccine_certificate, (390, 844), (2.0, 2.75, 3.0), True, False),
    "gov_webmail": (gov_webmail, (1536, 864), (1.0, 1.25), True, False),
    "flight_eticket": (flight_eticket, (1366, 768), (1.0, 1.25), True, False),
    "ikd_digital_id": (ikd_digital_id, (390, 844), (2.0, 2.75, 3.0), True, False),
    "ride_receipt": (ride_receipt, (390, 844), (2.0, 2.75, 3.0), True, False),
    "webinar_attendance": (webinar_attendance, (1366, 768), (1.0, 1.25), True, False),
    "map_location": (map_location, (390, 844), (2.0, 2.75, 3.0), True, False),
    "lpse_vendor": (lpse_vendor, (1366, 768), (1.0, 1.25, 1.5), False, False),
    "lhkpn_report": (lhkpn_report, (1366, 768), (1.0, 1.25, 1.5), True, False),
    # A template may return a third item, (viewport, scale), when it draws its page on a phone as well.
    "ppdb_registration": (ppdb_registration, (1366, 768), (1.0, 1.25, 1.5), True, False),
}

COLLECT_JS = """
() => {
  // What of a character the page shows: its box cut by every ancestor that clips its overflow (a
  // spreadsheet cell, a list column).  A character clipped away entirely is not on the screen at all.
  const clips = (el) => {
    const out = [];
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
      const st = getComputedStyle(a);
      if (st.overflowX !== 'visible' || st.overflowY !== 'visible') out.push(a.getBoundingClientRect());
    }
    return out;
  };
  const cut = (r, cs) => {
    let x0 = r.x, y0 = r.y, x1 = r.x + r.width, y1 = r.y + r.height;
    for (const c of cs) {
      x0 = Math.max(x0, c.left); y0 = Math.max(y0, c.top); x1 = Math.min(x1, c.right); y1 = Math.min(y1, c.bottom);
    }
    return [x0, y0, x1 - x0, y1 - y0];
  };
  const out = [];
  for (const el of document.querySelectorAll('[data-k]')) {
    const chars = [];
    const cs = clips(el);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      for (let i = 0; i < node.length; i++) {
        if (/\\s/.test(node.data[i])) continue;
        const range = document.createRange();
        range.setStart(node, i); range.setEnd(node, i + 1);
        const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
        if (!rects.length) continue;
        const seen = cut(rects[0], cs);
        if (seen[2] > 0.5 && seen[3] > 0.5) chars.push(seen);
      }
    }
    if (el.dataset.pic) {
      const seen = cut(el.getBoundingClientRect(), cs);
      if (seen[2] > 0.5 && seen[3] > 0.5) chars.push(seen);
    }
    out.push({kind: el.dataset.k, category: el.dataset.c, text: el.dataset.pic ? el.dataset.c : el.textContent, chars});
  }
  return out;
}
"""
HIDE_CSS = "[data-k], [data-k] * { color: transparent !important; -webkit-text-fill-color: transparent !important;" \
           " text-shadow: none !important; } [data-pic] svg { visibility: hidden !important; }"


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
                drawn = template(Page(rng), dark, group)
                css, body = drawn[:2]
                size, scale = drawn[2] if len(drawn) > 2 else (viewport, scale)
                page = browser.new_page(viewport={"width": size[0], "height": size[1]},
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
