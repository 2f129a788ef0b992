"""Harmless pages: what an agency's communication team really posts, where every cover is a false positive.

    .venv/bin/pip install -e '.[bench]'                 # playwright, driving Debian's chromium (see screens.py)
    .venv/bin/python bench/harmless.py [--seed 1] [--per-kind 2] [--out DIR] [--kinds KIND ...]

Each kind of page is rendered by headless Chromium at 100 % or 125 % (a receipt also as a phone photo:
tilted, blurred, JPEG-compressed) and redacted in-process; every area the output covers is listed with
its category, detector and masked preview.  The pages hold public things only: an agency's announcement
with its office address, hotline and website; a news portal with its menu and headlines; an event
poster; a public service page with office hours and a call centre; a menu-rich portal with buttons and
region names; a district statistics infographic; an agency's social post; an English product page;
a shop's receipt.

`--controls` renders each page once more with one personal item written into it (a contact person's
name and mobile number, a member's name on a receipt...), and counts the pages where that item adds a
cover: the harmless pages must not be made clean by rules that would also uncover real personal data.

Last lines: `harmless_covered=N pages=M` (the figure to bring to 0) and, with --controls,
`personal_covered=K/M`.
"""
from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageFilter

from screens import CHROMIUM

from redactor.config import Config
from redactor.cover import regions_for
from redactor.load import load_path
from redactor.pipeline import analyse, render as render_output
from redactor.testing import isolate_user_settings

REGIONS = [("Kabupaten Sleman", "Kecamatan Depok", "Daerah Istimewa Yogyakarta"),
           ("Kota Bandung", "Kecamatan Coblong", "Jawa Barat"),
           ("Kabupaten Banyuwangi", "Kecamatan Genteng", "Jawa Timur"),
           ("Kota Makassar", "Kecamatan Tamalanrea", "Sulawesi Selatan"),
           ("Kabupaten Deli Serdang", "Kecamatan Lubuk Pakam", "Sumatera Utara")]
AGENCIES = [("Dinas Komunikasi dan Informatika", "DISKOMINFO", "diskominfo"),
            ("Badan Kepegawaian dan Pengembangan SDM", "BKPSDM", "bkpsdm"),
            ("Dinas Kependudukan dan Pencatatan Sipil", "DISDUKCAPIL", "disdukcapil"),
            ("Dinas Kesehatan", "DINKES", "dinkes"),
            ("Badan Pendapatan Daerah", "BAPENDA", "bapenda")]
STREETS = ["Jl. Diponegoro No. 12", "Jl. Jenderal Sudirman No. 45", "Jl. Ahmad Yani No. 7", "Jl. Pahlawan No. 1",
           "Jl. Raya Tajem Km 3", "Jl. Veteran No. 18"]
DISTRICTS = ["Depok", "Mlati", "Gamping", "Godean", "Ngaglik", "Kalasan", "Berbah", "Prambanan", "Seyegan",
             "Minggir", "Turi", "Pakem", "Cangkringan", "Tempel"]
PEOPLE = [("Rahmat Hidayat", "0812-3456-7890"), ("Siti Rahmawati", "0813 2211 4455"),
          ("Bambang Setiawan", "0857-1122-3344"), ("Dewi Kartika Sari", "0821 9988 7766")]
FONT = "font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif;"


class Pick:
    """The random choices of one page."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.region, self.district, self.province = rng.choice(REGIONS)
        self.agency, self.short, self.host = rng.choice(AGENCIES)
        self.place = self.region.split(" ", 1)[1].lower().replace(" ", "")
        self.site = f"{self.host}.{self.place}{'kab' if self.region.startswith('Kab') else 'kota'}.go.id"
        self.street = rng.choice(STREETS)
        self.day = rng.randint(1, 28)
        self.month = rng.choice(["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                                 "September", "Oktober", "November", "Desember"])
        self.year = rng.choice([2025, 2026])
        self.hotline = rng.choice(["1500-123", "(0274) 868800", "0800-1-123456", "112", "(022) 4230707"])
        self.person = rng.choice(PEOPLE)

    @property
    def date(self) -> str:
        return f"{self.day} {self.month} {self.year}"


def announcement(p: Pick, personal: bool) -> tuple[str, tuple[int, int]]:
    contact = (f"<p>Narahubung: {p.person[0]} ({p.person[1]})</p>" if personal else "")
    return f"""
<div style="{FONT} width:760px; margin:0; padding:28px 36px; background:#f4f8fb;">
 <div style="display:flex; align-items:center; gap:16px; border-bottom:4px solid #0b5394; padding-bottom:12px;">
  <div style="width:64px; height:64px; border-radius:50%; background:#0b5394; color:white; font-weight:bold;
       display:flex; align-items:center; justify-content:center;">{p.short[:3]}</div>
  <div><div style="font-size:15px; font-weight:bold;">PEMERINTAH {p.region.upper()}</div>
   <div style="font-size:20px; font-weight:bold; color:#0b5394;">{p.agency.upper()}</div>
   <div style="font-size:12px;">{p.street}, {p.district}, {p.region} &middot; Telepon {p.hotline} &middot; Laman {p.site}</div></div>
 </div>
 <h1 style="text-align:center; font-size:30px; color:#b45f06; margin:22px 0 4px;">PENGUMUMAN</h1>
 <h2 style="text-align:center; font-size:18px; margin:0 0 18px;">Nomor: 800/{p.day * 37}/{p.short}/{p.year}</h2>
 <p style="font-size:15px;">Dalam rangka peningkatan pelayanan publik, {p.agency} {p.region} menyampaikan
   bahwa pelayanan tatap muka pada hari Sabtu, {p.date} ditiadakan karena pemeliharaan jaringan.
   Layanan daring tetap dapat diakses melalui laman {p.site}.</p>
 <table style="font-size:15px; border-collapse:collapse; margin:12px 0;">
  <tr><td style="padding:4px 12px 4px 0;">Hari / Tanggal</td><td>: Sabtu, {p.date}</td></tr>
  <tr><td style="padding:4px 12px 4px 0;">Waktu</td><td>: 08.00 &ndash; 15.00 WIB</td></tr>
  <tr><td style="padding:4px 12px 4px 0;">Tempat</td><td>: Mal Pelayanan Publik {p.region}</td></tr>
 </table>
 {contact}
 <p style="font-size:15px;">Informasi lebih lanjut hubungi Call Center {p.hotline} atau Instagram @{p.host}{p.place}.</p>
 <p style="font-size:15px; margin-top:26px;">Atas perhatian dan pengertiannya, kami ucapkan terima kasih.</p>
 <div style="margin-top:18px; background:#0b5394; color:white; padding:10px; text-align:center; font-size:14px;">
  #MelayaniDenganHati &nbsp; | &nbsp; {p.site} &nbsp; | &nbsp; Hotline {p.hotline}</div>
</div>""", (832, 760)


def news(p: Pick, personal: bool) -> tuple[str, tuple[int, int]]:
    menu = ["Beranda", "Profil", "Berita", "Layanan", "PPID", "Galeri", "Agenda", "Kontak"]
    heads = [f"Bupati Resmikan Jembatan Gantung di {p.rng.choice(DISTRICTS)}",
             f"Vaksinasi Anak Serentak di {p.rng.randint(12, 40)} Puskesmas",
             f"Festival Kuliner Nusantara Digelar Akhir Pekan Ini",
             f"Pendaftaran Beasiswa Daerah Dibuka hingga {p.date}"]
    quote = (f"<p>Warga yang ingin melapor dapat menghubungi {p.person[0]} di {p.person[1]}.</p>" if personal else "")
    return f"""
<div style="{FONT} width:1180px; background:white;">
 <div style="background:#1c4587; color:white; padding:10px 24px; display:flex; justify-content:space-between;">
  <b style="font-size:22px;">Portal Berita {p.region}</b><span>Senin, {p.date} &nbsp; Cari &#128269;</span></div>
 <div style="background:#e8eef7; padding:10px 24px; display:flex; gap:26px; font-size:15px;">
  {''.join(f'<span>{m}</span>' for m in menu)}</div>
 <div style="display:flex; gap:28px; padding:20px 24px;">
  <div style="flex:2;">
   <div style="color:#888; font-size:13px;">Berita &rsaquo; Pemerintahan</div>
   <h1 style="font-size:30px; margin:8px 0;">{heads[0]}</h1>
   <div style="color:#666; font-size:13px;">Diterbitkan {p.date} 10.15 WIB &middot; Dibaca 1.245 kali</div>
   <div style="height:240px; background:linear-gradient(120deg,#8fb3d9,#d9e7f5); margin:14px 0;"></div>
   <p style="font-size:16px; line-height:1.5;">Pemerintah {p.region} meresmikan jembatan gantung yang
    menghubungkan dua desa di {p.district}. Jembatan sepanjang 84 meter ini dibangun dengan Dana Alokasi
    Khusus tahun {p.year - 1} dan diharapkan memperlancar akses warga ke sekolah dan pasar.</p>
   {quote}
   <p style="font-size:16px; line-height:1.5;">Pembangunan dikerjakan selama enam bulan oleh Dinas Pekerjaan
    Umum dan Penataan Ruang. Warga menyambut baik jembatan baru tersebut.</p>
   <div style="margin-top:10px;"><button>Bagikan</button> <button>Cetak</button> <button>Salin Tautan</button></div>
  </div>
  <div style="flex:1; font-size:15px;">
   <h3 style="border-bottom:2px solid #1c4587;">Berita Terpopuler</h3>
   {''.join(f'<p>{i + 1}. {h}</p>' for i, h in enumerate(heads[1:]))}
   <h3 style="border-bottom:2px solid #1c4587;">Tautan</h3>
   <p>Layanan Aspirasi dan Pengaduan Online Rakyat (LAPOR!)</p><p>Satu Data {p.region}</p><p>JDIH</p>
  </div>
 </div>
 <div style="background:#222; color:#ccc; padding:14px 24px; font-size:13px;">
  &copy; {p.year} {p.agency} {p.region} &middot; {p.street} &middot; Telp. {p.hotline}</div>
</div>""", (1180, 900)


def poster(p: Pick, personal: bool) -> tuple[str, tuple[int, int]]:
    extra = f"<div>Pendaftaran: {p.person[0]} &middot; {p.person[1]}</div>" if personal else ""
    return f"""
<div style="{FONT} width:720px; height:960px; background:linear-gradient(160deg,#f6b26b,#e06666); color:#2b2b2b;
     padding:40px; box-sizing:border-box; text-align:center;">
 <div style="font-size:16px; letter-spacing:2px;">{p.agency.upper()} &middot; {p.region.upper()}</div>
 <div style="font-size:20px; margin-top:6px;">mempersembahkan</div>
 <div style="font-size:58px; font-weight:900; color:white; margin:30px 0 0; text-shadow:2px 2px #7f3f00;">
  FESTIVAL UMKM</div>
 <div style="font-size:42px; font-weight:900; color:#fff2cc;">&amp; PASAR RAKYAT</div>
 <div style="font-size:22px; margin:26px 0;">Bazar produk lokal &middot; Lomba mewarnai &middot; Panggung seni</div>
 <div style="background:white; border-radius:18px; padding:18px; margin:0 50px; font-size:20px; text-align:left;">
  <div>&#128197; Sabtu &ndash; Minggu, {p.date}</div><div>&#128339; 08.00 &ndash; 21.00 WIB</div>
  <div>&#128205; Alun-Alun {p.region.split(' ', 1)[1]}, {p.street}</div>{extra}</div>
 <div style="font-size:26px; font-weight:bold; margin-top:34px; color:white;">GRATIS &amp; TERBUKA UNTUK UMUM</div>
 <div style="font-size:18px; margin-top:30px;">Info: Hotline {p.hotline} &middot; {p.site}</div>
 <div style="font-size:18px; margin-top:8px;">IG @{p.host}{p.place} &middot; FB {p.agency} {p.region}</div>
</div>""", (720, 960)


def service_page(p: Pick, personal: bool) -> tuple[str, tuple[int, int]]:
    rows = [("Senin &ndash; Kamis", "08.00 &ndash; 15.30 WIB"), ("Jumat", "08.00 &ndash; 11.00 WIB"),
            ("Sabtu, Minggu, hari libur", "Tutup")]
    extra = (f"<tr><td>Petugas piket</td><td>{p.person[0]}, HP {p.person[1]}</td></tr>" if personal else "")
    return f"""
<div style="{FONT} width:1100px; background:#fafafa;">
 <div style="background:white; border-bottom:1px solid #ddd; padding:12px 24px; display:flex; gap:22px; font-size:15px;">
  <b style="color:#38761d; font-size:18px;">{p.short} {p.region.split(' ', 1)[1]}</b><span>Beranda</span>
  <span>Layanan</span><span>Persyaratan</span><span>Pengaduan</span><span>Survei Kepuasan</span>
  <span style="margin-left:auto;">Masuk</span></div>
 <div style="padding:22px 32px;">
  <h1 style="font-size:26px;">Layanan Penerbitan Akta Kelahiran</h1>
  <p style="font-size:15px;">Persyaratan: formulir F-2.01, surat keterangan lahir dari rumah sakit atau bidan,
   Kartu Keluarga dan KTP-el kedua orang tua, buku nikah. Layanan ini tidak dipungut biaya.</p>
  <h2 style="font-size:20px;">Jam Pelayanan</h2>
  <table style="font-size:15px; border-collapse:collapse;" cellpadding="6" border="1">
   <tr style="background:#d9ead3;"><th>Hari</th><th>Jam</th></tr>
   {''.join(f'<tr><td>{d}</td><td>{h}</td></tr>' for d, h in rows)}</table>
  <h2 style="font-size:20px;">Kontak</h2>
  <table style="font-size:15px;" cellpadding="4">
   <tr><td>Alamat kantor</td><td>{p.street}, {p.district}, {p.region}</td></tr>
   <tr><td>Call Center</td><td>{p.hotline}</td></tr>
   <tr><td>Laman</td><td>https://{p.site}</td></tr>{extra}
  </table>
  <div style="margin-top:18px;"><button style="padding:8px 16px;">Ajukan Permohonan</button>
   <button style="padding:8px 16px;">Unduh Formulir</button> <button style="padding:8px 16px;">Cek Status</button></div>
 </div></div>""", (1100, 820)


def portal(p: Pick, personal: bool) -> tuple[str, tuple[int, int]]:
    side = ["Profil", "Visi dan Misi", "Struktur Organisasi", "Tugas dan Fungsi", "Maklumat Pelayanan",
            "Standar Pelayanan", "Informasi Publik", "Regulasi", "Galeri Foto", "Hubungi Kami"]
    cards = [("Survei Kepuasan Masyarakat", "Nilai IKM triwulan III: 88,2 (Sangat Baik)", "Isi Survei"),
             ("Pengaduan Masyarakat", "Sampaikan keluhan melalui SP4N-LAPOR!", "Buat Pengaduan"),
             ("Data Statistik Sektoral", f"Satu Data {p.region}", "Lihat Data"),
             ("Agenda Kegiatan", f"Rapat Koordinasi Pelayanan Publik, {p.date}", "Selengkapnya")]
    extra = f"<p>Kepala Seksi Pelayanan: {p.person[0]}</p>" if personal else ""
    return f"""
<div style="{FONT} width:1280px; background:#eef2f7; display:flex;">
 <div style="width:250px; background:#073763; color:white; padding:18px; font-size:15px; min-height:760px;">
  <b style="font-size:18px;">{p.short}</b><br><span style="font-size:12px;">{p.region}</span>
  {''.join(f'<div style="padding:9px 0; border-bottom:1px solid #0b5394;">{s}</div>' for s in side)}</div>
 <div style="flex:1; padding:22px 30px;">
  <div style="display:flex; justify-content:space-between; font-size:14px;"><span>Beranda &rsaquo; Layanan Publik</span>
   <span>Bahasa Indonesia | English &nbsp; <button>Masuk</button> <button>Daftar</button></span></div>
  <h1 style="font-size:28px;">Selamat Datang di Portal Layanan {p.agency}</h1>
  <p style="font-size:16px;">{p.region}, {p.province}</p>{extra}
  <div style="display:grid; grid-template-columns:1fr 1fr; gap:18px;">
   {''.join(f'<div style="background:white; border-radius:8px; padding:16px;"><h3>{t}</h3><p>{d}</p><button>{b}</button></div>' for t, d, b in cards)}
  </div>
  <p style="font-size:14px; color:#555; margin-top:20px;">Wilayah layanan: {', '.join(p.rng.sample(DISTRICTS, 6))}.</p>
 </div></div>""", (1280, 800)


def statistics(p: Pick, personal: bool) -> tuple[str, tuple[int, int]]:
    districts = p.rng.sample(DISTRICTS, 8)
    rows = "".join(f"<tr><td>{i + 1}</td><td>{d}</td><td>{p.rng.randint(3, 12)}</td>"
                   f"<td>{p.rng.randint(20, 140):,}.{p.rng.randint(100, 999)}</td><td>{p.rng.randint(60, 99)},{p.rng.randint(0, 9)} %</td></tr>"
                   for i, d in enumerate(districts))
    extra = f"<p>Sumber data diolah oleh {p.person[0]}, NIP 19850312 201001 1 004</p>" if personal else ""
    return f"""
<div style="{FONT} width:900px; background:white; padding:26px; box-sizing:border-box;">
 <h1 style="color:#134f5c; font-size:26px; margin:0;">Jumlah Penduduk dan Cakupan KTP-el per Kecamatan</h1>
 <div style="font-size:15px; color:#555;">{p.region} &middot; Semester I {p.year}</div>
 <table style="width:100%; font-size:15px; border-collapse:collapse; margin-top:16px;" border="1" cellpadding="6">
  <tr style="background:#134f5c; color:white;"><th>No</th><th>Kecamatan</th><th>Jumlah Desa</th><th>Penduduk</th>
   <th>Cakupan KTP-el</th></tr>{rows}</table>
 {extra}
 <p style="font-size:13px; color:#666;">Sumber: {p.agency} {p.region}. Data per 30 Juni {p.year}.</p>
</div>""", (900, 640)


def social_post(p: Pick, personal: bool) -> tuple[str, tuple[int, int]]:
    extra = f"<br>Hubungi {p.person[0]} {p.person[1]}" if personal else ""
    return f"""
<div style="{FONT} width:480px; background:white; border:1px solid #ddd;">
 <div style="display:flex; align-items:center; gap:10px; padding:10px;">
  <div style="width:36px; height:36px; border-radius:50%; background:#e69138;"></div>
  <div><b>{p.host}{p.place}</b> &#10004;<br><span style="font-size:12px; color:#777;">{p.region}</span></div>
  <span style="margin-left:auto;">&middot;&middot;&middot;</span></div>
 <div style="height:300px; background:#0b5394; color:white; font-size:30px; font-weight:bold; display:flex;
      align-items:center; justify-content:center; text-align:center;">AYO CEK<br>KESEHATAN GRATIS<br>DI PUSKESMAS</div>
 <div style="padding:10px; font-size:14px;">&#9825; &#128172; &#10148;<br><b>1.284 suka</b><br>
  <b>{p.host}{p.place}</b> Program Cek Kesehatan Gratis dibuka mulai {p.date} di seluruh puskesmas
  {p.region}. Bawa KTP-el dan datang pada jam pelayanan. Info: {p.hotline}{extra}
  <br><span style="color:#00376b;">#CekKesehatanGratis #{p.short}Melayani</span>
  <br><span style="color:#777;">Lihat semua 86 komentar</span><br><span style="font-size:11px; color:#777;">2 JAM YANG LALU</span>
 </div></div>""", (480, 620)


def english_page(p: Pick, personal: bool) -> tuple[str, tuple[int, int]]:
    extra = f"<p>Your account manager: {p.person[0]}, +62 {p.person[1][1:]}</p>" if personal else ""
    return f"""
<div style="{FONT} width:1200px; background:white;">
 <div style="display:flex; gap:28px; padding:14px 30px; border-bottom:1px solid #eee; font-size:15px;">
  <b style="font-size:20px;">CloudDesk</b><span>Product</span><span>Solutions</span><span>Pricing</span>
  <span>Resources</span><span>Contact Sales</span><span style="margin-left:auto;">Sign in</span><button>Get started</button></div>
 <div style="padding:50px 30px; text-align:center;">
  <h1 style="font-size:44px; margin:0;">Digital Services for Local Government</h1>
  <p style="font-size:19px; color:#555;">Serve citizens faster with online forms, queues and payments.</p>
  <button style="font-size:17px; padding:10px 22px;">Start Free Trial</button> <button style="font-size:17px; padding:10px 22px;">Book a Demo</button>
 </div>{extra}
 <div style="display:flex; gap:20px; padding:0 30px 30px;">
  <div style="flex:1; background:#f3f6fc; padding:16px;"><h3>Online Forms</h3><p>Build accessible forms in minutes.</p></div>
  <div style="flex:1; background:#f3f6fc; padding:16px;"><h3>Smart Queues</h3><p>Cut waiting times at service counters.</p></div>
  <div style="flex:1; background:#f3f6fc; padding:16px;"><h3>Secure Payments</h3><p>Accept QRIS, cards and bank transfers.</p></div>
 </div>
 <div style="background:#111; color:#bbb; padding:16px 30px; font-size:13px;">&copy; {p.year} CloudDesk Inc. &middot;
  Privacy Policy &middot; Terms of Service &middot; Status &middot; Careers &middot; Follow us on LinkedIn</div>
</div>""", (1200, 700)


def receipt(p: Pick, personal: bool) -> tuple[str, tuple[int, int]]:
    items = p.rng.sample([("AQUA 600ML", 3500), ("INDOMIE GORENG", 3100), ("TEH BOTOL SOSRO", 4500),
                          ("ROTI TAWAR SARI", 15500), ("SABUN LIFEBUOY 75G", 4200), ("KOPI KAPAL API", 1500),
                          ("SUSU ULTRA 250ML", 6500), ("GULA PASIR 1KG", 17500)], 5)
    lines = "".join(f"<tr><td>{n}</td><td>{q}</td><td style='text-align:right'>{v:,}</td>"
                    f"<td style='text-align:right'>{q * v:,}</td></tr>".replace(",", ".")
                    for (n, v), q in zip(items, [1, 2, 1, 3, 1]))
    total = sum(v * q for (_, v), q in zip(items, [1, 2, 1, 3, 1]))
    member = f"<div>MEMBER: {p.person[0].upper()}</div><div>HP: {p.person[1]}</div>" if personal else ""
    store = p.rng.choice(["TOKO SUMBER REJEKI", "MINIMARKET BERKAH JAYA", "TOSERBA MAKMUR"])
    return f"""
<div style="font-family:'DejaVu Sans Mono', monospace; width:380px; background:#fdfdf8; padding:18px; font-size:13px;">
 <div style="text-align:center;"><b>{store}</b><br>{p.street}<br>{p.district}, {p.region.upper()}<br>
  NPWP 01.234.567.8-901.000</div>
 <div>{p.day:02d}.08.{p.year % 100}-19:59/KSR01/0042</div>
 <div>--------------------------------------</div>
 <table style="width:100%; font-size:13px;"><tr><td>Item Name</td><td>Qty</td><td>Price</td><td>Total</td></tr>{lines}</table>
 <div>--------------------------------------</div>
 <div>TOTAL : {total:,}</div><div>TUNAI : {total + 5000:,}</div><div>KEMBALI : 5,000</div>{member}
 <div>--------------------------------------</div>
 <div style="text-align:center;">*** WIFI GRATIS ***<br>SSID : {store.split()[0]}-FREE<br>USER ID : freewifi<br>
  LAYANAN KONSUMEN SMS 0811 1500 280<br>TERIMA KASIH ATAS KUNJUNGAN ANDA<br>BARANG YANG SUDAH DIBELI<br>
  TIDAK DAPAT DIKEMBALIKAN<br>POS Kasir Ver. 2.1.0</div>
</div>""", (420, 700)


# name: (template, render also as a phone photo)
KINDS = {"announcement": (announcement, False), "news": (news, False), "poster": (poster, False),
         "service_page": (service_page, False), "portal": (portal, False), "statistics": (statistics, False),
         "social_post": (social_post, False), "english_page": (english_page, False), "receipt": (receipt, True)}


def as_photo(image: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of a printed page: on a table, a little turned, soft, JPEG-compressed."""
    page = image.convert("RGB")
    table = Image.new("RGB", (int(page.width * 1.25), int(page.height * 1.15)), (92, 74, 60))
    table.paste(page, ((table.width - page.width) // 2, (table.height - page.height) // 2))
    turned = table.rotate(rng.uniform(-3.0, 3.0), resample=Image.BICUBIC, fillcolor=(92, 74, 60))
    soft = turned.filter(ImageFilter.GaussianBlur(0.8))
    buffer = io.BytesIO()
    soft.save(buffer, "JPEG", quality=70)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def render_pages(folder: Path, seed: int, per_kind: int, kinds: list[str] | None, controls: bool) -> list[Path]:
    """Each kind's pages as PNG or JPEG in `folder`; a control's name ends in `_personal`."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for kind, (template, photo) in KINDS.items():
            if kinds and kind not in kinds:
                continue
            for n in range(per_kind):
                for personal in (False, True) if controls else (False,):
                    rng = random.Random(f"{seed}-{kind}-{n}")
                    body, (width, height) = template(Pick(rng), personal)
                    page = browser.new_page(viewport={"width": width, "height": height},
                                            device_scale_factor=(1.0, 1.25)[n % 2])
                    page.set_content(f"<html><head><meta charset='utf-8'><style>body{{margin:0}}</style>"
                                     f"</head><body>{body}</body></html>")
                    shot = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("RGB")
                    page.close()
                    name = f"{kind}_{n}" + ("_photo" if photo and n % 2 == 1 else "") + ("_personal" if personal else "")
                    if photo and n % 2 == 1:
                        target = folder / f"{name}.jpg"
                        as_photo(shot, rng).save(target, quality=92)
                    else:
                        target = folder / f"{name}.png"
                        shot.save(target)
                    out.append(target)
        browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-kind", type=int, default=2)
    ap.add_argument("--kinds", nargs="+", choices=sorted(KINDS))
    ap.add_argument("--controls", action="store_true", help="also each page with one personal item in it")
    ap.add_argument("--out", type=Path, help="keep the rendered pages and the redacted copies here")
    args = ap.parse_args(argv)
    isolate_user_settings()
    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix="redactor-harmless-") as scratch:
        folder = args.out or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        pages = render_pages(folder, args.seed, args.per_kind, args.kinds, args.controls)
        harmless, personal_pages, personal_covered, listing = 0, 0, 0, []
        counts: dict[str, int] = {}
        for path in pages:
            analysis = analyse(load_path(path), Config())
            width, height = analysis.image.size
            covered = [f for f in analysis.findings if f.enabled and regions_for([f], width, height)]
            if args.out:
                render_output(analysis).save(folder / f"{path.stem}.redacted.png")
            twin = path.stem.replace("_personal", "")
            if twin != path.stem:
                # Its twin without the personal item came just before: the item must add covers.
                personal_pages += 1
                personal_covered += len(covered) > counts.get(twin, 0)
                print(f"{path.name}: covered {len(covered)} (a personal item is in it)", flush=True)
                continue
            counts[twin] = len(covered)
            harmless += len(covered)
            print(f"{path.name}: covered {len(covered)}", flush=True)
            listing += [f"  {path.name} {f.category} ({f.detector}) {f.preview!r}" for f in covered]
    if listing:
        print("covered on harmless pages:")
        print("\n".join(listing))
    print(f"time: {time.time() - t0:.1f}s")
    if args.controls:
        print(f"personal_covered={personal_covered}/{personal_pages}")
    print(f"harmless_covered={harmless} pages={len(pages) - personal_pages}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
