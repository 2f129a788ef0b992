<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Actions</name>
    <message>
        <location filename="../review/actions.py" line="38"/>
        <source>&amp;Open image…</source>
        <translation>&amp;Buka gambar…</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="39"/>
        <source>Open an image</source>
        <translation>Buka gambar</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="40"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="41"/>
        <source>&amp;Paste image</source>
        <translation>&amp;Tempel gambar</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="42"/>
        <source>Paste a screenshot from the clipboard</source>
        <translation>Tempel tangkapan layar dari papan klip</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="43"/>
        <source>Paste</source>
        <translation>Tempel</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="44"/>
        <source>Paste a screenshot</source>
        <translation>Tempel tangkapan layar</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="45"/>
        <source>&amp;Save safe copy</source>
        <translation>&amp;Simpan salinan aman</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="46"/>
        <source>Save a safe copy beside the original</source>
        <translation>Simpan salinan aman di samping berkas asli</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="47"/>
        <source>Save the safe copy beside the original</source>
        <translation>Simpan salinan aman di samping berkas asli</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="48"/>
        <source>Save safe copy &amp;as…</source>
        <translation>Simpan salinan aman se&amp;bagai…</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="49"/>
        <source>Choose where to save the safe copy</source>
        <translation>Pilih tempat menyimpan salinan aman</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="50"/>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="51"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="52"/>
        <source>Copy the safe image, to paste into a chat or post</source>
        <translation>Salin gambar aman untuk ditempel di obrolan atau unggahan</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="53"/>
        <source>Copy the safe image</source>
        <translation>Salin gambar aman</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="54"/>
        <source>&amp;Watermark for one purpose…</source>
        <translation>&amp;Watermark untuk satu keperluan…</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="55"/>
        <source>Write who an ID-card copy is for across it, so it cannot be reused</source>
        <translation>Tulis untuk siapa salinan kartu identitas ini di atasnya, agar tidak dapat dipakai ulang</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="56"/>
        <source>&amp;Many files…</source>
        <translation>Ba&amp;nyak berkas…</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="57"/>
        <source>Cover personal data in many files at once</source>
        <translation>Tutup data pribadi di banyak berkas sekaligus</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="58"/>
        <location filename="../review/actions.py" line="59"/>
        <source>Many files</source>
        <translation>Banyak berkas</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="60"/>
        <source>&amp;Close image</source>
        <translation>&amp;Tutup gambar</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="61"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="63"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="63"/>
        <location filename="../review/actions.py" line="64"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="65"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="65"/>
        <location filename="../review/actions.py" line="66"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="67"/>
        <source>&amp;Delete box</source>
        <translation>&amp;Hapus kotak</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="68"/>
        <source>Delete the selected box</source>
        <translation>Hapus kotak terpilih</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="69"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="70"/>
        <source>Select &amp;all boxes</source>
        <translation>Pilih &amp;semua kotak</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="72"/>
        <source>&amp;Scan again</source>
        <translation>&amp;Pindai ulang</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="73"/>
        <source>S&amp;ettings…</source>
        <translation>P&amp;engaturan…</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="74"/>
        <location filename="../review/actions.py" line="75"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="77"/>
        <source>&amp;Draw boxes</source>
        <translation>&amp;Gambar kotak</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="78"/>
        <source>Drag on the image to cover more</source>
        <translation>Seret pada gambar untuk menutup bagian lain</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="79"/>
        <source>Draw</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="79"/>
        <source>Draw boxes</source>
        <translation>Gambar kotak</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="81"/>
        <source>&amp;Edit boxes</source>
        <translation>&amp;Ubah kotak</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="82"/>
        <source>Click a box to pick it, drag its edges to make it larger, drag a box you drew to move it</source>
        <translation>Klik kotak untuk memilihnya, seret tepinya untuk memperbesar, seret kotak buatan Anda untuk memindahkannya</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="84"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="85"/>
        <source>Edit boxes</source>
        <translation>Ubah kotak</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="86"/>
        <source>&amp;Move the view</source>
        <translation>&amp;Geser tampilan</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="87"/>
        <source>Drag to move around the image</source>
        <translation>Seret untuk menggeser gambar</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="88"/>
        <source>Move</source>
        <translation>Geser</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="88"/>
        <source>Move the view</source>
        <translation>Geser tampilan</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="90"/>
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="91"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="92"/>
        <source>Larger</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="93"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="94"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="95"/>
        <source>Smaller</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="96"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Sesuaikan dengan jendela</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="97"/>
        <source>Fit to window</source>
        <translation>Sesuaikan dengan jendela</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="98"/>
        <source>Fit</source>
        <translation>Pas layar</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="99"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Ukuran asli</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="100"/>
        <source>Before/after</source>
        <translation>Lihat asli</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="101"/>
        <source>Show the original; hold Space for a quick look</source>
        <translation>Tampilkan gambar asli; tahan Spasi untuk melihat sekilas</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="103"/>
        <source>Show &amp;outlines</source>
        <translation>Tampilkan &amp;garis kotak</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="106"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="107"/>
        <source>&amp;About Redactor</source>
        <translation>&amp;Tentang Redactor</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="114"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="116"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="118"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="123"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="123"/>
        <source>Next box</source>
        <translation>Kotak berikutnya</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="124"/>
        <source>Arrow keys</source>
        <translation>Tombol panah</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="124"/>
        <source>Move the selected box you drew (Shift: faster)</source>
        <translation>Pindahkan kotak buatan Anda yang terpilih (Shift: lebih cepat)</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="125"/>
        <source>Space (hold)</source>
        <translation>Spasi (tahan)</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="125"/>
        <source>Show the original</source>
        <translation>Tampilkan gambar asli</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="126"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../review/actions.py" line="126"/>
        <source>Cancel drawing</source>
        <translation>Batalkan menggambar</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../batch_window.py" line="223"/>
        <source>Many files — Redactor</source>
        <translation>Banyak berkas — Redactor</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="224"/>
        <source>Cover personal data in many files</source>
        <translation>Tutup data pribadi di banyak berkas</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="225"/>
        <source>Each file gets a safe copy; the originals are never changed. Double-click a row to review that file yourself.</source>
        <translation>Setiap berkas mendapat salinan aman; berkas asli tidak pernah diubah. Klik dua kali sebuah baris untuk memeriksa berkas itu sendiri.</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="227"/>
        <source>Drop files or folders here, or add them with the buttons below.</source>
        <translation>Tarik berkas atau folder ke sini, atau tambahkan dengan tombol di bawah.</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="228"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="228"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="228"/>
        <source>Found</source>
        <translation>Ditemukan</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="229"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="230"/>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="231"/>
        <source>Add folder…</source>
        <translation>Tambah folder…</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="232"/>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="233"/>
        <source>Cover with:</source>
        <translation>Tutup dengan:</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="236"/>
        <source>Save to:</source>
        <translation>Simpan ke:</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="237"/>
        <source>Beside each original</source>
        <translation>Di samping berkas asli</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="238"/>
        <location filename="../batch_window.py" line="310"/>
        <source>A folder…</source>
        <translation>Sebuah folder…</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="239"/>
        <source>Open output folder</source>
        <translation>Buka folder hasil</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="240"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="241"/>
        <source>Make safe copies</source>
        <translation>Buat salinan aman</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="250"/>
        <source>Add files</source>
        <translation>Tambah berkas</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="251"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff *.heic *.heif);;All files (*)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff *.heic *.heif);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="258"/>
        <source>Add folder</source>
        <translation>Tambah folder</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="298"/>
        <source>Save safe copies in</source>
        <translation>Simpan salinan aman di</translation>
    </message>
    <message numerus="yes">
        <location filename="../batch_window.py" line="341"/>
        <source>Working on %n file(s) with every processor core…</source>
        <translation>
            <numerusform>Mengerjakan %n berkas dengan semua inti prosesor…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="347"/>
        <source>Stopping after the files already in progress…</source>
        <translation>Berhenti setelah berkas yang sedang dikerjakan selesai…</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="366"/>
        <source>%1 of %2 files done</source>
        <translation>%1 dari %2 berkas selesai</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="381"/>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="389"/>
        <source>location removed (GPS)</source>
        <translation>lokasi dihapus (GPS)</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="390"/>
        <source>hidden details removed</source>
        <translation>detail tersembunyi dihapus</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="414"/>
        <source>The batch stopped: %s</source>
        <translation>Proses berhenti: %s</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="424"/>
        <source>Could not write the report: %s</source>
        <translation>Laporan tidak dapat ditulis: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../batch_window.py" line="426"/>
        <source>%n safe copy(ies) made,</source>
        <translation>
            <numerusform>%n salinan aman dibuat,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../batch_window.py" line="426"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n gagal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../batch_window.py" line="428"/>
        <source>%n copy(ies) need a look: better not posted at all.</source>
        <translation>
            <numerusform>%n salinan perlu diperiksa: sebaiknya tidak diunggah sama sekali.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="430"/>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="432"/>
        <source>Report: %s</source>
        <translation>Laporan: %s</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="450"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="450"/>
        <source>Covered</source>
        <translation>Sudah ditutup</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="450"/>
        <source>Needs a look</source>
        <translation>Perlu diperiksa</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="450"/>
        <source>Working…</source>
        <translation>Sedang dikerjakan…</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="451"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="451"/>
        <source>Nothing found</source>
        <translation>Tidak ada temuan</translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="451"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../batch_window.py" line="477"/>
        <source>%n file(s) ready.</source>
        <translation>
            <numerusform>%n berkas siap.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../batch_window.py" line="478"/>
        <source>Files stay on this computer; every processor core is used.</source>
        <translation>Berkas tetap di komputer ini; semua inti prosesor dipakai.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../document.py" line="157"/>
        <source>Box drawn by you</source>
        <translation>Kotak buatan Anda</translation>
    </message>
    <message>
        <location filename="../document.py" line="203"/>
        <source>Automatic detection</source>
        <translation>Deteksi otomatis</translation>
    </message>
    <message>
        <location filename="../document.py" line="222"/>
        <source>Draw box</source>
        <translation>Gambar kotak</translation>
    </message>
    <message>
        <location filename="../document.py" line="235"/>
        <source>Delete box</source>
        <translation>Hapus kotak</translation>
    </message>
    <message>
        <location filename="../document.py" line="246"/>
        <source>Cover</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../document.py" line="246"/>
        <source>Leave visible</source>
        <translation>Biarkan terlihat</translation>
    </message>
    <message>
        <location filename="../document.py" line="265"/>
        <source>Move or resize box</source>
        <translation>Pindah atau ubah ukuran kotak</translation>
    </message>
    <message>
        <location filename="../document.py" line="289"/>
        <source>Change style</source>
        <translation>Ganti gaya</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../messages.py" line="24"/>
        <source>the file is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <location filename="../messages.py" line="22"/>
        <source>the file no longer exists</source>
        <translation>berkas sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../messages.py" line="23"/>
        <source>no permission to read the file</source>
        <translation>tidak ada izin untuk membaca berkas</translation>
    </message>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>this is a folder, not an image</source>
        <translation>ini folder, bukan gambar</translation>
    </message>
    <message>
        <location filename="../messages.py" line="26"/>
        <source>cannot read file ({reason})</source>
        <translation>berkas tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="27"/>
        <source>not an image Redactor can read (unknown or unsupported format)</source>
        <translation>bukan gambar yang dapat dibaca Redactor (format tidak dikenal atau tidak didukung)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>broken or damaged PDF ({reason})</source>
        <translation>PDF rusak ({reason})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="32"/>
        <source>the PDF has no pages</source>
        <translation>PDF ini tidak punya halaman</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>page {page} cannot be rendered ({reason})</source>
        <translation>halaman {page} tidak dapat ditampilkan ({reason})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>the image has no pixels</source>
        <translation>gambar ini tidak memiliki piksel</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35"/>
        <source>not a regular file (a pipe or a device); save the image to a file first</source>
        <translation>bukan berkas biasa (pipe atau perangkat); simpan dulu gambarnya sebagai berkas</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>file too large ({size_mb} MB)</source>
        <translation>berkas terlalu besar ({size_mb} MB)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>the image is too large ({width}x{height}, limit {limit_mp} MP)</source>
        <translation>gambar terlalu besar ({width}x{height}, batas {limit_mp} MP)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="39"/>
        <source>image too large (possible decompression bomb)</source>
        <translation>gambar terlalu besar (kemungkinan bom dekompresi)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="40"/>
        <source>the file claims an image of {width}x{height} in only {size} bytes (a broken or hostile file)</source>
        <translation>berkas mengaku berisi gambar {width}x{height} dalam hanya {size} bita (berkas rusak atau berbahaya)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>the image is {width}x{height}, more than {ratio} times longer than wide; cut it into pages first</source>
        <translation>gambar berukuran {width}x{height}, lebih dari {ratio} kali lebih panjang daripada lebarnya; potong dulu menjadi beberapa halaman</translation>
    </message>
    <message>
        <location filename="../messages.py" line="44"/>
        <source>this is an animation ({frames} frames); Redactor covers still images only: save the frame you want to post as PNG first</source>
        <translation>ini gambar animasi ({frames} bingkai); Redactor hanya menutup gambar diam: simpan dulu bingkai yang ingin diunggah sebagai PNG</translation>
    </message>
    <message>
        <location filename="../messages.py" line="46"/>
        <source>this image has {frames} pages; Redactor covers one page at a time: save the page you want to post as PNG first</source>
        <translation>gambar ini berisi {frames} halaman; Redactor menutup satu halaman sekali jalan: simpan dulu halaman yang ingin diunggah sebagai PNG</translation>
    </message>
    <message>
        <location filename="../messages.py" line="48"/>
        <source>decoding took longer than {seconds} s (a broken or hostile file)</source>
        <translation>membuka gambar lebih lama dari {seconds} detik (berkas rusak atau berbahaya)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>image too large to decode in memory</source>
        <translation>gambar terlalu besar untuk dibuka di memori</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>this is a text file, not an image</source>
        <translation>ini berkas teks, bukan gambar</translation>
    </message>
    <message>
        <location filename="../messages.py" line="51"/>
        <source>not supported: SVG is a drawing, not a photo or screenshot; export it as PNG first</source>
        <translation>tidak didukung: SVG adalah gambar vektor, bukan foto atau tangkapan layar; ekspor dulu sebagai PNG</translation>
    </message>
    <message>
        <location filename="../messages.py" line="53"/>
        <source>the PDF is password-protected (encrypted): open it, save a copy without the password, and redact that</source>
        <translation>PDF dilindungi kata sandi (terenkripsi): buka, simpan salinan tanpa kata sandi, lalu sensor salinan itu</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>the PDF has {count} pages; at most {limit} are redacted at once</source>
        <translation>PDF ini punya {count} halaman; paling banyak {limit} halaman disensor sekaligus</translation>
    </message>
    <message>
        <location filename="../messages.py" line="57"/>
        <source>page {page} is too large to render in memory</source>
        <translation>halaman {page} terlalu besar untuk ditampilkan di memori</translation>
    </message>
    <message>
        <location filename="../messages.py" line="58"/>
        <source>Tesseract OCR is not installed; {hint}</source>
        <translation>Tesseract OCR belum terpasang; {hint}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="59"/>
        <source>Tesseract has no language data for {languages}; {hint}</source>
        <translation>Tesseract tidak punya data bahasa untuk {languages}; {hint}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="60"/>
        <source>OCR failed ({reason})</source>
        <translation>OCR gagal ({reason})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="61"/>
        <source>OCR timed out after {seconds} s</source>
        <translation>OCR melewati batas waktu setelah {seconds} detik</translation>
    </message>
    <message>
        <location filename="../messages.py" line="62"/>
        <source>{what} failed ({reason})</source>
        <translation>deteksi gagal: {what} ({reason})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="63"/>
        <source>{what} is not installed ({reason})</source>
        <translation>belum terpasang: {what} ({reason})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="64"/>
        <source>analysis took longer than {seconds} s and was stopped (nothing was written; analysis_timeout in the settings allows more)</source>
        <translation>analisis lebih lama dari {seconds} detik dan dihentikan (tidak ada yang ditulis; analysis_timeout di pengaturan memberi waktu lebih)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66"/>
        <source>out of memory while processing this image</source>
        <translation>memori habis saat memproses gambar ini</translation>
    </message>
    <message>
        <location filename="../messages.py" line="67"/>
        <source>the analysis stopped unexpectedly ({reason}); nothing was called safe, try again</source>
        <translation>analisis berhenti tiba-tiba ({reason}); tidak ada yang dinyatakan aman, coba lagi</translation>
    </message>
    <message>
        <location filename="../messages.py" line="69"/>
        <source>the output could not be checked ({reason})</source>
        <translation>hasil tidak dapat diperiksa ({reason})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="71"/>
        <source>output folder does not exist: {folder}</source>
        <translation>folder hasil tidak ada: {folder}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="72"/>
        <source>cannot write to {folder} ({reason})</source>
        <translation>tidak dapat menulis ke {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="73"/>
        <source>could not write {name} ({reason})</source>
        <translation>gagal menulis {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>a PDF is redacted into a PDF: give an output name ending in .pdf</source>
        <translation>PDF disensor menjadi PDF: beri nama hasil yang berakhiran .pdf</translation>
    </message>
    <message>
        <location filename="../messages.py" line="76"/>
        <source>the saved file does not read back; it was not kept ({reason})</source>
        <translation>salinan yang ditulis tidak dapat dibaca ulang, jadi tidak disimpan ({reason})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="77"/>
        <source>the saved file still carries metadata; it was not kept ({kinds})</source>
        <translation>salinan yang ditulis masih memuat metadata, jadi tidak disimpan ({kinds})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="79"/>
        <source>the saved file has the wrong size; it was not kept ({size}, not {expected})</source>
        <translation>ukuran salinan yang ditulis tidak sesuai, jadi tidak disimpan ({size}, bukan {expected})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="84"/>
        <source>the saved PDF has the wrong number of pages; it was not kept ({count}, not {expected})</source>
        <translation>jumlah halaman PDF yang ditulis tidak sesuai, jadi tidak disimpan ({count}, bukan {expected})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="86"/>
        <source>the saved PDF still carries hidden details; it was not kept ({extras})</source>
        <translation>PDF yang ditulis masih memuat detail tersembunyi, jadi tidak disimpan ({extras})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="88"/>
        <source>the saved PDF does not read back; it was not kept ({reason})</source>
        <translation>PDF yang ditulis tidak dapat dibaca ulang, jadi tidak disimpan ({reason})</translation>
    </message>
    <message>
        <location filename="../messages.py" line="90"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="70"/>
        <source>this would overwrite the original; choose another name</source>
        <translation>ini akan menimpa berkas asli; pilih nama lain</translation>
    </message>
    <message>
        <location filename="../messages.py" line="29"/>
        <source>the image is broken or cut off: open it and save it again, or take the screenshot again</source>
        <translation>gambar rusak atau terpotong: buka lalu simpan lagi gambarnya, atau ambil ulang tangkapan layarnya</translation>
    </message>
    <message>
        <location filename="../messages.py" line="81"/>
        <source>a covered area is not covered in the saved file; it was not kept</source>
        <translation>ada bagian yang seharusnya ditutup tetapi tidak tertutup di salinan, jadi salinan tidak disimpan</translation>
    </message>
    <message>
        <location filename="../messages.py" line="83"/>
        <source>the saved file differs from what was written; it was not kept</source>
        <translation>isi salinan berbeda dari yang ditulis, jadi tidak disimpan</translation>
    </message>
    <message>
        <location filename="../messages.py" line="127"/>
        <source>The image is too large for the memory available.</source>
        <translation>Gambar terlalu besar untuk memori yang tersedia.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="128"/>
        <source>Something went wrong (%s). Please try again.</source>
        <translation>Terjadi kesalahan (%s). Silakan coba lagi.</translation>
    </message>
</context>
<context>
    <name>ExportCheck</name>
    <message>
        <location filename="../export_check.py" line="105"/>
        <location filename="../export_check.py" line="107"/>
        <source>Checking the copy…</source>
        <translation>Memeriksa salinan…</translation>
    </message>
    <message>
        <location filename="../export_check.py" line="108"/>
        <source>Reading it again, as anyone receiving it could, to make sure no data is still readable.</source>
        <translation>Salinan dibaca ulang, seperti yang bisa dilakukan siapa pun yang menerimanya, untuk memastikan tidak ada data yang masih terbaca.</translation>
    </message>
    <message>
        <location filename="../export_check.py" line="127"/>
        <source>Checked: only what you chose to show is readable</source>
        <translation>Diperiksa: hanya yang Anda pilih untuk ditampilkan yang terbaca</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_check.py" line="128"/>
        <source>%n value(s) found on the image, switched off or deleted, can be read in the copy.</source>
        <translation>
            <numerusform>%n data yang ditemukan di gambar, dimatikan atau dihapus, dapat dibaca di salinan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_check.py" line="135"/>
        <source>Checked: no data still readable</source>
        <translation>Diperiksa: tidak ada data yang masih terbaca</translation>
    </message>
    <message>
        <location filename="../export_check.py" line="136"/>
        <source>The copy was read again the way anyone could read it (%s s).</source>
        <translation>Salinan sudah dibaca ulang seperti yang bisa dilakukan siapa pun (%s dtk).</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_check.py" line="148"/>
        <source>Checked: %n item(s) still readable in the copy</source>
        <translation>
            <numerusform>Diperiksa: %n data masih terbaca di salinan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_check.py" line="150"/>
        <source>Cover them and export again, or delete the copy if it was already shared.</source>
        <translation>Tutupi lalu ekspor ulang, atau hapus salinan itu bila sudah terlanjur dibagikan.</translation>
    </message>
    <message>
        <location filename="../export_check.py" line="151"/>
        <source>Cover them</source>
        <translation>Tutupi</translation>
    </message>
    <message>
        <location filename="../export_check.py" line="162"/>
        <source>The copy could not be checked</source>
        <translation>Salinan tidak dapat diperiksa</translation>
    </message>
    <message>
        <location filename="../export_check.py" line="175"/>
        <source>Cover what the check found</source>
        <translation>Tutupi temuan pemeriksaan</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../review/export.py" line="78"/>
        <source>Still reading the image. The safe copy will be saved as soon as the personal data in it is covered.</source>
        <translation>Gambar masih dibaca. Salinan aman akan disimpan begitu data pribadi di dalamnya sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="91"/>
        <source>Not saved: the image could not be checked for personal data. Cover it by hand, then save.</source>
        <translation>Belum disimpan: gambar tidak dapat diperiksa untuk data pribadi. Tutup sendiri bagian yang perlu, lalu simpan.</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="98"/>
        <source>The safe copy will be saved as soon as the personal data is covered, then Redactor will quit.</source>
        <translation>Salinan aman akan disimpan begitu data pribadi sudah ditutup, lalu Redactor akan keluar.</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="100"/>
        <source>The safe copy will be saved as soon as the personal data is covered.</source>
        <translation>Salinan aman akan disimpan begitu data pribadi sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="112"/>
        <source>“%s” is still being checked for personal data.</source>
        <translation>“%s” masih diperiksa untuk mencari data pribadi.</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="113"/>
        <source>The safe copy is not saved yet</source>
        <translation>Salinan aman belum disimpan</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="115"/>
        <source>Save it as soon as the data is covered and then quit, or quit without saving?</source>
        <translation>Simpan begitu data sudah ditutup lalu keluar, atau keluar tanpa menyimpan?</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="118"/>
        <source>Save, then quit</source>
        <translation>Simpan, lalu keluar</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="119"/>
        <source>Quit without saving</source>
        <translation>Keluar tanpa menyimpan</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="162"/>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="162"/>
        <source>JPEG image (*.jpg)</source>
        <translation>Gambar JPEG (*.jpg)</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="162"/>
        <source>WebP image (*.webp)</source>
        <translation>Gambar WebP (*.webp)</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="164"/>
        <source>Save safe copy as</source>
        <translation>Simpan salinan aman sebagai</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="199"/>
        <source>Still saving “%s”…</source>
        <translation>Masih menyimpan “%s”…</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="210"/>
        <source>Saving the safe copy…</source>
        <translation>Menyimpan salinan aman…</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="235"/>
        <source>Could not save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="248"/>
        <source>Saved, but not quit: the check of the copy needs you. See the message above the image.</source>
        <translation>Sudah disimpan, tetapi belum keluar: pemeriksaan salinan perlu Anda lihat. Baca pesan di atas gambar.</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="258"/>
        <source>Saved “%s”</source>
        <translation>Tersimpan “%s”</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="258"/>
        <source>Show in folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="261"/>
        <source>Saved to %s</source>
        <translation>Disimpan ke %s</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="275"/>
        <source>Copied — paste it into your chat or post</source>
        <translation>Tersalin — tempelkan ke obrolan atau unggahan Anda</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="275"/>
        <source>Copied — %s</source>
        <translation>Tersalin — %s</translation>
    </message>
    <message>
        <location filename="../review/export.py" line="326"/>
        <source>Covered. Drag the safe copy out again.</source>
        <translation>Sudah ditutupi. Seret lagi salinan aman ke luar.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../panel.py" line="81"/>
        <location filename="../panel.py" line="82"/>
        <source>What will be covered</source>
        <translation>Yang akan ditutup</translation>
    </message>
    <message>
        <location filename="../panel.py" line="83"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../panel.py" line="85"/>
        <source>Untick what may stay visible. Drag on the image to add a box; Delete removes the selected box.</source>
        <translation>Hapus centang pada yang boleh tetap terlihat. Seret pada gambar untuk menambah kotak; tombol Delete menghapus kotak terpilih.</translation>
    </message>
    <message>
        <location filename="../panel.py" line="91"/>
        <source>Looking for personal data…</source>
        <translation>Mencari data pribadi…</translation>
    </message>
    <message>
        <location filename="../panel.py" line="93"/>
        <source>You deleted every box: nothing will be covered. Undo (Ctrl+Z) brings them back.</source>
        <translation>Anda menghapus semua kotak: tidak ada yang akan ditutup. Urungkan (Ctrl+Z) untuk mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../panel.py" line="96"/>
        <source>Nothing to cover was found. Drag on the image to cover anything yourself.</source>
        <translation>Tidak ada yang perlu ditutup. Seret pada gambar untuk menutup bagian mana pun.</translation>
    </message>
    <message>
        <location filename="../panel.py" line="147"/>
        <source>Drawn by you</source>
        <translation>Buatan Anda</translation>
    </message>
    <message>
        <location filename="../panel.py" line="155"/>
        <source>Tick or untick all of these at once</source>
        <translation>Centang atau hapus centang semuanya sekaligus</translation>
    </message>
    <message>
        <location filename="../panel.py" line="163"/>
        <source>Box %d</source>
        <translation>Kotak %d</translation>
    </message>
    <message>
        <location filename="../panel.py" line="156"/>
        <source>How sure the scan is that this is %s</source>
        <translation>Seberapa yakin pemindaian bahwa ini %s</translation>
    </message>
    <message>
        <location filename="../panel.py" line="157"/>
        <source>Ticked: covered in the safe copy. Unticked: left visible.</source>
        <translation>Dicentang: ditutup di salinan aman. Tidak dicentang: tetap terlihat.</translation>
    </message>
</context>
<context>
    <name>GuardController</name>
    <message>
        <location filename="../guard_controller.py" line="87"/>
        <source>&amp;Guard</source>
        <translation>&amp;Penjaga</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="88"/>
        <source>Guard new screenshots and downloads</source>
        <translation>Jaga tangkapan layar dan unduhan baru</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="89"/>
        <source>Check new images in the screenshot and download folders and the clipboard, and warn when one holds personal data</source>
        <translation>Periksa gambar baru di folder tangkapan layar dan unduhan serta papan klip, dan beri peringatan bila ada data pribadi</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="91"/>
        <source>Also save a covered copy beside each</source>
        <translation>Simpan juga salinan tertutup di sebelahnya</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="92"/>
        <source>Start the guard at login</source>
        <translation>Jalankan penjaga saat masuk (login)</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="93"/>
        <source>Open Redactor</source>
        <translation>Buka Redactor</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="94"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="95"/>
        <source>Redactor guard is on</source>
        <translation>Penjaga Redactor aktif</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="115"/>
        <source>The guard could not start: %s</source>
        <translation>Penjaga tidak dapat dijalankan: %s</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="122"/>
        <source>the clipboard only</source>
        <translation>papan klip saja</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="123"/>
        <source>Guard on, watching %s</source>
        <translation>Penjaga aktif, memantau %s</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="146"/>
        <source>Start at login could not be changed: %s</source>
        <translation>Pengaturan jalan saat login tidak dapat diubah: %s</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="181"/>
        <location filename="../guard_controller.py" line="196"/>
        <source>the copied image</source>
        <translation>gambar yang disalin</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="183"/>
        <source>Personal data in %s</source>
        <translation>Data pribadi di %s</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="186"/>
        <source>Covered copy saved: %s</source>
        <translation>Salinan tertutup disimpan: %s</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="187"/>
        <source>Click to review.</source>
        <translation>Klik untuk memeriksa.</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="193"/>
        <source>Review</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="197"/>
        <source>Guard: %s was not checked (%s)</source>
        <translation>Penjaga: %s tidak diperiksa (%s)</translation>
    </message>
    <message>
        <location filename="../guard_controller.py" line="209"/>
        <source>copied image</source>
        <translation>gambar yang disalin</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../review/window.py" line="118"/>
        <source>Image with covered areas</source>
        <translation>Gambar dengan bagian yang ditutup</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="123"/>
        <source>Before/after</source>
        <translation>Lihat asli</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="117"/>
        <source>Open &amp;recent</source>
        <translation>Buka berkas &amp;terakhir</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="119"/>
        <source>How found data is covered in this image. A black box is the safest.</source>
        <translation>Cara data yang ditemukan ditutup pada gambar ini. Kotak hitam paling aman.</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="124"/>
        <source>ORIGINAL</source>
        <translation>ASLI</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="125"/>
        <source>The original image: nothing is covered here. Release Space (or press O) to see the safe copy.</source>
        <translation>Gambar asli: belum ada yang ditutup di sini. Lepaskan Spasi (atau tekan O) untuk melihat salinan aman.</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="126"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="381"/>
        <source>Or drag this button into a chat, an e-mail or a folder to share the safe image as a file.</source>
        <translation>Atau seret tombol ini ke obrolan, email, atau folder untuk membagikan gambar aman sebagai berkas.</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="128"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="136"/>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="147"/>
        <source>Open image</source>
        <translation>Buka gambar</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="196"/>
        <location filename="../review/window.py" line="241"/>
        <source>pasted image</source>
        <translation>gambar tempelan</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="198"/>
        <source>The clipboard holds no image. Copy a screenshot first.</source>
        <translation>Papan klip tidak berisi gambar. Salin tangkapan layar terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="207"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="208"/>
        <source>Your changes to “%s” are not saved yet. Save a safe copy first?</source>
        <translation>Perubahan pada “%s” belum disimpan. Simpan salinan aman terlebih dahulu?</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="249"/>
        <source>Cannot open this file</source>
        <translation>Berkas ini tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="250"/>
        <source>Redactor cannot open “%1”:
%2</source>
        <translation>Redactor tidak dapat membuka “%1”:
%2</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="300"/>
        <source>Text recognition is not available</source>
        <translation>Pengenalan teks tidak tersedia</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="301"/>
        <source>Redactor needs the free Tesseract OCR program to find text such as NIK and phone numbers.</source>
        <translation>Redactor memerlukan program gratis Tesseract OCR untuk menemukan teks seperti NIK dan nomor HP.</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="303"/>
        <source>To fix it: %s.

Until then you can still cover parts of the image by dragging boxes on it.</source>
        <translation>Cara memperbaikinya: %s.

Sementara itu Anda tetap dapat menutup bagian gambar dengan menyeret kotak di atasnya.</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="320"/>
        <source>Text recognition (Tesseract OCR) is not ready, so NIK and phone numbers cannot be found automatically.</source>
        <translation>Pengenalan teks (Tesseract OCR) belum siap, jadi NIK dan nomor HP tidak dapat ditemukan otomatis.</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="379"/>
        <source>Copy and drag out work once the personal data in the image is found and covered.</source>
        <translation>Salin dan seret keluar dapat dipakai setelah data pribadi di gambar ditemukan dan ditutup.</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="399"/>
        <source>Saved to %s</source>
        <translation>Disimpan ke %s</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="457"/>
        <source>dropped image</source>
        <translation>gambar yang ditarik</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="459"/>
        <source>That is a link to a page on the internet, not a file. Save the image to this computer first, then drop the saved file.</source>
        <translation>Itu tautan ke halaman di internet, bukan berkas. Simpan dulu gambarnya ke komputer ini, lalu tarik berkas yang sudah disimpan ke sini.</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="493"/>
        <source>Clear list</source>
        <translation>Kosongkan daftar</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="495"/>
        <source>No recent files</source>
        <translation>Belum ada berkas</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="148"/>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff *.heic *.heif *.pdf);;All files (*)</source>
        <translation>Gambar dan PDF (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff *.heic *.heif *.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="508"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="513"/>
        <source>About Redactor</source>
        <translation>Tentang Redactor</translation>
    </message>
    <message>
        <location filename="../review/window.py" line="514"/>
        <source>&lt;b&gt;Redactor %s&lt;/b&gt;&lt;br&gt;Makes a screenshot or document photo safe to post: finds personal data, covers it for good and removes hidden details such as GPS location.&lt;br&gt;&lt;br&gt;Everything happens on this computer.</source>
        <translation>&lt;b&gt;Redactor %s&lt;/b&gt;&lt;br&gt;Membuat tangkapan layar atau foto dokumen aman diunggah: menemukan data pribadi, menutupnya secara permanen, dan menghapus detail tersembunyi seperti lokasi GPS.&lt;br&gt;&lt;br&gt;Semua proses terjadi di komputer ini.</translation>
    </message>
</context>
<context>
    <name>MetadataNote</name>
    <message>
        <location filename="../metadata_note.py" line="40"/>
        <source>The file records where it was taken (GPS location).</source>
        <translation>Berkas ini menyimpan tempat foto diambil (lokasi GPS).</translation>
    </message>
    <message>
        <location filename="../metadata_note.py" line="42"/>
        <source>It also carries: %s.</source>
        <translation>Berkas ini juga memuat: %s.</translation>
    </message>
    <message>
        <location filename="../metadata_note.py" line="43"/>
        <source>The safe copy leaves all of this out: share the safe copy, never the original file.</source>
        <translation>Salinan aman tidak memuat semua itu: bagikan salinan aman, jangan berkas aslinya.</translation>
    </message>
    <message>
        <location filename="../metadata_note.py" line="45"/>
        <source>Hidden details in the file: %s. The safe copy leaves them out.</source>
        <translation>Detail tersembunyi dalam berkas: %s. Salinan aman tidak memuatnya.</translation>
    </message>
    <message>
        <location filename="../metadata_note.py" line="53"/>
        <source>The copy holds only pixels: no location, camera or other hidden details.</source>
        <translation>Salinan hanya berisi piksel: tanpa lokasi, kamera, atau detail tersembunyi lain.</translation>
    </message>
    <message>
        <location filename="../metadata_note.py" line="55"/>
        <source>Hidden details removed: %s.</source>
        <translation>Detail tersembunyi yang dihapus: %s.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <location filename="../pdf_pages.py" line="48"/>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="52"/>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="53"/>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="90"/>
        <source>Opening the PDF…</source>
        <translation>Membuka PDF…</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="157"/>
        <source>Save safe PDF as</source>
        <translation>Simpan PDF aman sebagai</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="158"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Previews</name>
    <message>
        <location filename="../categories.py" line="64"/>
        <source>ID photo</source>
        <translation>Pas foto</translation>
    </message>
    <message>
        <location filename="../categories.py" line="65"/>
        <source>Signature area</source>
        <translation>Area tanda tangan</translation>
    </message>
    <message>
        <location filename="../categories.py" line="66"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../categories.py" line="67"/>
        <source>Stamp</source>
        <translation>Stempel</translation>
    </message>
    <message>
        <location filename="../categories.py" line="68"/>
        <source>See-through box</source>
        <translation>Kotak tembus pandang</translation>
    </message>
    <message>
        <location filename="../categories.py" line="71"/>
        <source>(not decoded)</source>
        <translation>(tidak terbaca)</translation>
    </message>
    <message>
        <location filename="../categories.py" line="72"/>
        <source>(unread)</source>
        <translation>(tidak terbaca)</translation>
    </message>
    <message>
        <location filename="../categories.py" line="81"/>
        <source>Face</source>
        <translation>Wajah</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../qt_strings.py" line="104"/>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih semua</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="105"/>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="106"/>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt_strings.py" line="39"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa kembali nama foldernya.</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="40"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa kembali nama berkasnya.</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="41"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="42"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="43"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="44"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Lihat di:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="45"/>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="46"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="47"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="48"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="49"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari perubahan.
Tetap hapus?</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="50"/>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="51"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="52"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="53"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="54"/>
        <source>Change to detail view mode</source>
        <translation>Tampilkan rincian</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="55"/>
        <source>Change to list view mode</source>
        <translation>Tampilkan sebagai daftar</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="56"/>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="57"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="58"/>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="59"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="60"/>
        <source>Detail View</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="61"/>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="62"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="63"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="64"/>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="65"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="66"/>
        <source>Find Directory</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="67"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="68"/>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="69"/>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="70"/>
        <source>Go to the parent directory</source>
        <translation>Naik ke folder induk</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="71"/>
        <source>List View</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="72"/>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="73"/>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="74"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="75"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="76"/>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="77"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="78"/>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="79"/>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="80"/>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="81"/>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../qt_strings.py" line="82"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="83"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="84"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="85"/>
        <source>My Computer</source>
        <translation>Komputer saya</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="86"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="87"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="88"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../qt_strings.py" line="32"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="33"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="34"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="35"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="36"/>
        <source>Close without Saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../qt_strings.py" line="89"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="90"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="91"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="92"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="93"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="94"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="95"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../qt_strings.py" line="37"/>
        <source>Show Details...</source>
        <translation>Tampilkan rincian…</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="38"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../qt_strings.py" line="14"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="16"/>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="17"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="18"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="19"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="20"/>
        <source>Discard</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="21"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="22"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="23"/>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="25"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="26"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="27"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan ke bawaan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="28"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="29"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="30"/>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="31"/>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../qt_strings.py" line="96"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="97"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="99"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="100"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="101"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="102"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="103"/>
        <source>Copy &amp;Link Location</source>
        <translation>Salin alamat &amp;tautan</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../review/banner.py" line="27"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="30"/>
        <source>Watermark for one purpose…</source>
        <translation>Watermark untuk satu keperluan…</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="44"/>
        <location filename="../review/banner.py" line="47"/>
        <source>Opening the image…</source>
        <translation>Membuka gambar…</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="47"/>
        <source>Looking for personal data…</source>
        <translation>Mencari data pribadi…</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="48"/>
        <source>This takes a moment. The image stays on this computer.</source>
        <translation>Ini butuh sebentar. Gambar tetap di komputer ini.</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="53"/>
        <source>Automatic detection did not run</source>
        <translation>Deteksi otomatis tidak berjalan</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="55"/>
        <source>Drag on the image to cover what must not be seen, then save.</source>
        <translation>Seret pada gambar untuk menutup yang tidak boleh terlihat, lalu simpan.</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="66"/>
        <source>Found: %s — covered</source>
        <translation>Ditemukan: %s — sudah ditutup</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="68"/>
        <source>Nothing will be covered</source>
        <translation>Tidak ada yang akan ditutup</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="70"/>
        <source>No personal data found</source>
        <translation>Tidak ditemukan data pribadi</translation>
    </message>
    <message numerus="yes">
        <location filename="../review/banner.py" line="73"/>
        <source>%n item(s) left visible by you.</source>
        <translation>
            <numerusform>%n temuan Anda biarkan terlihat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="80"/>
        <source>The file records where it was taken</source>
        <translation>Berkas ini menyimpan tempat foto diambil</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="81"/>
        <source>No personal data was found in the picture itself.</source>
        <translation>Tidak ada data pribadi yang ditemukan pada gambarnya.</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="82"/>
        <source>Check the image yourself before posting; drag on it to cover anything missed.</source>
        <translation>Periksa sendiri gambar sebelum diunggah; seret di atasnya untuk menutup yang terlewat.</translation>
    </message>
    <message>
        <location filename="../review/banner.py" line="85"/>
        <source>Check the result before sharing: hold Space to compare with the original.</source>
        <translation>Periksa hasilnya sebelum dibagikan: tahan Spasi untuk membandingkan dengan aslinya.</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <location filename="../review/editing.py" line="53"/>
        <source>Move boxes</source>
        <translation>Pindahkan kotak</translation>
    </message>
    <message>
        <location filename="../review/editing.py" line="124"/>
        <source>A found box stays over its value. With Edit, drag its edges to make it larger; to leave the value visible, untick it in the list.</source>
        <translation>Kotak temuan tetap menutupi datanya. Dengan Ubah, seret tepinya untuk memperbesar; agar data tetap terlihat, hapus centangnya di daftar.</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../review/session.py" line="121"/>
        <location filename="../review/session.py" line="130"/>
        <source>Opening the image…</source>
        <translation>Membuka gambar…</translation>
    </message>
    <message>
        <location filename="../review/session.py" line="193"/>
        <source>Looking for personal data…</source>
        <translation>Mencari data pribadi…</translation>
    </message>
</context>
<context>
    <name>SaveNames</name>
    <message>
        <location filename="../save_names.py" line="39"/>
        <source>redacted</source>
        <translation>disensor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="68"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="84"/>
        <location filename="../settings_dialog.py" line="90"/>
        <source>Same as the computer</source>
        <translation>Sama dengan komputer</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="88"/>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="91"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="92"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="94"/>
        <source>Appearance:</source>
        <translation>Tampilan:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="99"/>
        <source>Cover with:</source>
        <translation>Tutup dengan:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="100"/>
        <source>A black box is the safest choice. Blur and pixelate here never use the hidden text, but they look as if something could be read.</source>
        <translation>Kotak hitam adalah pilihan paling aman. Buram dan piksel di sini tidak pernah memakai teks yang ditutup, tetapi terlihat seolah masih bisa dibaca.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="107"/>
        <source>Save safe copies</source>
        <translation>Simpan salinan aman</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="110"/>
        <source>Beside the original, as NAME.redacted.png (a photo: .jpg)</source>
        <translation>Di samping berkas asli, sebagai NAMA.redacted.png (foto: .jpg)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="111"/>
        <source>In this folder:</source>
        <translation>Di folder ini:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="114"/>
        <source>Choose a folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="115"/>
        <location filename="../settings_dialog.py" line="218"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="125"/>
        <source>Add “%s” to the right-click menu of image files</source>
        <translation>Tambahkan “%s” ke menu klik kanan berkas gambar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="131"/>
        <source>Not available in this installation.</source>
        <translation>Tidak tersedia di instalasi ini.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="134"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>Find and cover these kinds of data:</source>
        <translation>Temukan dan tutup jenis data berikut:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="153"/>
        <source>Found automatically</source>
        <translation>Dicari otomatis</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="154"/>
        <source>Tesseract program:</source>
        <translation>Program Tesseract:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="157"/>
        <source>The one that comes with Redactor</source>
        <translation>Bawaan Redactor</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="158"/>
        <location filename="../settings_dialog.py" line="263"/>
        <source>Language data folder</source>
        <translation>Folder data bahasa</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="159"/>
        <source>Language data folder:</source>
        <translation>Folder data bahasa:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="171"/>
        <source>What to find</source>
        <translation>Yang dicari</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="177"/>
        <location filename="../settings_dialog.py" line="186"/>
        <source>Always cover</source>
        <translation>Selalu tutup</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="180"/>
        <source>Words always covered wherever they appear, one per line: your own name, your office, internal server names.</source>
        <translation>Kata yang selalu ditutup di mana pun muncul, satu per baris: nama Anda, kantor Anda, nama server internal.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="185"/>
        <source>e.g. Budi Santoso
Biro Umum
intranet.kemenxyz.go.id</source>
        <translation>mis. Budi Santoso
Biro Umum
intranet.kemenxyz.go.id</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="188"/>
        <location filename="../settings_dialog.py" line="199"/>
        <source>Always leave visible</source>
        <translation>Selalu biarkan terlihat</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="191"/>
        <source>Public details that may stay visible wherever they appear, one per line: your office&apos;s hotline, the agency&apos;s name, your own public contact. They are still listed after a scan, unticked. A word on both lists is covered.</source>
        <translation>Keterangan publik yang boleh tetap terlihat di mana pun muncul, satu per baris: nomor layanan kantor Anda, nama instansi, kontak publik Anda sendiri. Setelah pemindaian, keterangan ini tetap tercantum di daftar, tanpa centang. Kata yang ada di kedua daftar tetap ditutup.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="197"/>
        <source>e.g. 0811-1500-123
humas@kominfo.go.id
Dinas Komunikasi dan Informatika</source>
        <translation>mis. 0811-1500-123
humas@kominfo.go.id
Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="201"/>
        <source>Your lists</source>
        <translation>Daftar Anda</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="209"/>
        <source>Save safe copies in</source>
        <translation>Simpan salinan aman di</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="226"/>
        <source>Tesseract program</source>
        <translation>Program Tesseract</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="227"/>
        <source>Programs (tesseract.exe tesseract);;All files (*)</source>
        <translation>Program (tesseract.exe tesseract);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="237"/>
        <source>This folder does not exist.</source>
        <translation>Folder ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="243"/>
        <source>This folder has no %s. Choose the folder that holds the .traineddata files (it is often called tessdata).</source>
        <translation>Folder ini tidak berisi %s. Pilih folder yang berisi berkas .traineddata (biasanya bernama tessdata).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>Text is read with the language data that comes with Redactor. Choose a folder of your own to use other models or languages.</source>
        <translation>Teks dibaca dengan data bahasa bawaan Redactor. Pilih folder Anda sendiri untuk memakai model atau bahasa lain.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="258"/>
        <source>Ready: this folder holds the languages used (%s).</source>
        <translation>Siap: folder ini berisi bahasa yang dipakai (%s).</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="306"/>
        <source>Right-click menu</source>
        <translation>Menu klik kanan</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="307"/>
        <source>The right-click menu could not be changed:
%s</source>
        <translation>Menu klik kanan tidak dapat diubah:
%s</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../start_page.py" line="180"/>
        <source>Drop a screenshot or photo here</source>
        <translation>Tarik tangkapan layar atau foto ke sini</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="181"/>
        <source>Redactor finds personal data and covers it. Paste with Ctrl+V, or open a file.</source>
        <translation>Redactor menemukan data pribadi lalu menutupnya. Tempel dengan Ctrl+V, atau buka berkas.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="182"/>
        <source>Open image…</source>
        <translation>Buka gambar…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="183"/>
        <source>Paste</source>
        <translation>Tempel</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="184"/>
        <source>Many files…</source>
        <translation>Banyak berkas…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="185"/>
        <source>Drop or paste</source>
        <translation>Tarik atau tempel</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="185"/>
        <source>Drag a screenshot or photo here, or paste one with Ctrl+V.</source>
        <translation>Tarik tangkapan layar atau foto ke sini, atau tempel dengan Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="186"/>
        <source>Check the boxes</source>
        <translation>Periksa kotaknya</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="186"/>
        <source>Black boxes cover what was found. Untick what may stay; drag on the image to cover more.</source>
        <translation>Kotak hitam menutup yang ditemukan. Hapus centang yang boleh tetap terlihat; tarik di gambar untuk menutup bagian lain.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="188"/>
        <source>Save or copy</source>
        <translation>Simpan atau salin</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="188"/>
        <source>Save the safe copy, or copy it straight into a chat. The original file is never changed.</source>
        <translation>Simpan salinan aman, atau salin langsung ke obrolan. Berkas asli tidak pernah diubah.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="193"/>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Pintasan papan ketik (F1)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="194"/>
        <source>Recent files</source>
        <translation>Berkas terakhir</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="195"/>
        <location filename="../start_page.py" line="226"/>
        <source>Clear list</source>
        <translation>Kosongkan daftar</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="196"/>
        <source>Forget the recent files (the files themselves stay where they are)</source>
        <translation>Lupakan daftar berkas terakhir (berkasnya sendiri tetap di tempatnya)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="197"/>
        <source>Files you open will be listed here.</source>
        <translation>Berkas yang Anda buka akan tercantum di sini.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="198"/>
        <source>Everything happens on this computer. Nothing is uploaded.</source>
        <translation>Semua proses terjadi di komputer ini. Tidak ada yang diunggah.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="223"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="224"/>
        <source>Remove from list</source>
        <translation>Hapus dari daftar</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../categories.py" line="20"/>
        <source>Black box (safest)</source>
        <translation>Kotak hitam (paling aman)</translation>
    </message>
    <message>
        <location filename="../categories.py" line="21"/>
        <location filename="../categories.py" line="29"/>
        <source>Blur</source>
        <translation>Buram</translation>
    </message>
    <message>
        <location filename="../categories.py" line="22"/>
        <location filename="../categories.py" line="30"/>
        <source>Pixelate</source>
        <translation>Pikselasi</translation>
    </message>
    <message>
        <location filename="../categories.py" line="23"/>
        <source>Fill with background colour</source>
        <translation>Isi dengan warna latar</translation>
    </message>
    <message>
        <location filename="../categories.py" line="31"/>
        <source>Background colour</source>
        <translation>Warna latar</translation>
    </message>
    <message>
        <location filename="../categories.py" line="28"/>
        <source>Black box</source>
        <translation>Kotak hitam</translation>
    </message>
</context>
<context>
    <name>WatermarkDialog</name>
    <message>
        <location filename="../watermark_dialog.py" line="49"/>
        <source>Watermark for one purpose</source>
        <translation>Watermark untuk satu keperluan</translation>
    </message>
    <message>
        <location filename="../watermark_dialog.py" line="53"/>
        <source>Write who this copy is for and why. The text is repeated across the whole card, so a leaked copy cannot be used for anything else.</source>
        <translation>Tulis untuk siapa dan untuk apa salinan ini. Teksnya diulang di seluruh kartu, sehingga salinan yang bocor tidak dapat dipakai untuk keperluan lain.</translation>
    </message>
    <message>
        <location filename="../watermark_dialog.py" line="62"/>
        <source>Only for </source>
        <translation>Hanya untuk </translation>
    </message>
    <message>
        <location filename="../watermark_dialog.py" line="63"/>
        <source>e.g. Only for CPNS registration at BKN</source>
        <translation>mis. Hanya untuk pendaftaran CPNS BKN</translation>
    </message>
    <message>
        <location filename="../watermark_dialog.py" line="64"/>
        <source>Purpose:</source>
        <translation>Keperluan:</translation>
    </message>
    <message>
        <location filename="../watermark_dialog.py" line="65"/>
        <source>Add today&apos;s date (%s)</source>
        <translation>Tambahkan tanggal hari ini (%s)</translation>
    </message>
    <message>
        <location filename="../watermark_dialog.py" line="69"/>
        <source>Also cover:</source>
        <translation>Tutup juga:</translation>
    </message>
    <message>
        <location filename="../watermark_dialog.py" line="159"/>
        <source>Save the watermarked copy</source>
        <translation>Simpan salinan ber-watermark</translation>
    </message>
    <message>
        <location filename="../watermark_dialog.py" line="160"/>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>Gambar PNG (*.png);;Gambar JPEG (*.jpg)</translation>
    </message>
    <message>
        <location filename="../watermark_dialog.py" line="174"/>
        <source>Saving the watermarked copy…</source>
        <translation>Menyimpan salinan ber-watermark…</translation>
    </message>
    <message>
        <location filename="../watermark_dialog.py" line="193"/>
        <source>Could not save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
</context>
</TS>
