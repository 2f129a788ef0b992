#!/bin/sh
# Build the one-folder Linux app with PyInstaller, then run the bundled binary
# on a sample image with a PATH that has no system Tesseract.
#
#   packaging/build_linux.sh            (from the repository root; uses .venv)
#
# Output: dist/redactor/redactor, plus dist/redactor-linux-x86_64.tar.gz
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-"$ROOT/.venv/bin/python"}
WORK="$ROOT/build/pyinstaller"
DIST="$ROOT/dist"
SRC="$WORK/src"

cd "$ROOT"
# PyInstaller comes from the `bundle` extra (its verified version range); it is a build tool only.
"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install --quiet -e "$ROOT[bundle]"
echo "PyInstaller $("$PY" -m PyInstaller --version)"

# A plain (non-editable) copy of the package, so ui/ and patterns/ sit at
# redactor/ui and redactor/patterns where PyInstaller can see them.
rm -rf "$SRC"
"$PY" -m pip install --quiet --no-deps --target "$SRC" "$ROOT"

start=$(date +%s)
# PYTHONPATH: PyInstaller's helper processes must import this copy too, not
# the editable install in the venv (which maps ui/ and patterns/ on the fly).
# Run from the work folder: with the repository as the current directory,
# `python -m` would import ./redactor (without ui/ and patterns/) first.
cd "$WORK"
PYTHONPATH="$SRC" REDACTOR_SRC="$SRC" "$PY" -m PyInstaller --noconfirm --clean \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/redactor.spec"
end=$(date +%s)
echo "build took $((end - start)) s"

APP="$DIST/redactor"
test -x "$APP/redactor"
test -f "$APP/_internal/redactor/ocr/tessdata/ind.traineddata"   # OCR in process, data shipped
du -sh "$APP"

# Smoke test: the bundle on its own (no system tesseract on PATH, no venv).
SAMPLE_DIR=$(mktemp -d)
trap 'rm -rf "$SAMPLE_DIR"' EXIT
"$PY" - "$SAMPLE_DIR/sample card.png" <<'PYEOF'
import sys
from PIL import Image, ImageDraw, ImageFont
img = Image.new("RGB", (1000, 220), "white")
d = ImageDraw.Draw(img)
try:
    font = ImageFont.truetype("DejaVuSans.ttf", 32)
except OSError:
    font = ImageFont.load_default(size=32)
d.text((30, 40), "Email: budi.santoso@example.com", fill="black", font=font)
d.text((30, 120), "NIK: 3174 0512 0690 0003", fill="black", font=font)
img.save(sys.argv[1])
PYEOF

env -i HOME="$HOME" PATH=/nonexistent "$APP/redactor" --help >/dev/null
if [ -x "$APP/_internal/tesseract/tesseract" ]; then   # the program, bundled only where tesserocr is missing
    echo "--- bundled tesseract program"
    LD_LIBRARY_PATH="$APP/_internal" TESSDATA_PREFIX="$APP/_internal/tesseract/tessdata" \
        "$APP/_internal/tesseract/tesseract" --list-langs
fi
echo "--- redact with the bundle"
set +e
env -i HOME="$HOME" PATH=/nonexistent LANG=C.UTF-8 "$APP/redactor" redact "$SAMPLE_DIR/sample card.png"
rc=$?
set -e
echo "exit code: $rc"
ls -l "$SAMPLE_DIR"
test -s "$SAMPLE_DIR/sample card.redacted.png"
echo "OK: $SAMPLE_DIR/sample card.redacted.png written by the bundled app"

# Stronger, where allowed (root with mount namespaces): hide the system
# Tesseract and its library, so only the bundled copy can do the work.
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 && unshare -m true 2>/dev/null; then
    echo "--- again with the system tesseract and libtesseract hidden"
    rm -f "$SAMPLE_DIR/sample card.redacted.png"
    unshare -m sh -c '
        for f in /usr/bin/tesseract /usr/local/bin/tesseract /lib/*/libtesseract.so.* /usr/lib/*/libtesseract.so.*; do
            [ -e "$f" ] && mount --bind /dev/null "$f"
        done
        if tesseract_out=$(/usr/bin/tesseract --version 2>&1); then
            echo "system tesseract still runs: $tesseract_out" >&2
            exit 1
        fi
        env -i HOME="$HOME" PATH=/nonexistent LANG=C.UTF-8 "$1" redact "$2"
    ' sh "$APP/redactor" "$SAMPLE_DIR/sample card.png" || true
    test -s "$SAMPLE_DIR/sample card.redacted.png"
    echo "OK: the bundle works with no system Tesseract"
fi

# The window: the bundled app opens the sample on a private X server (Qt's xcb platform, as on a
# desktop), shows its findings, and quits on Ctrl+Q.
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
    echo "--- the window on Xvfb"
    FIFO="$SAMPLE_DIR/displayfd"
    mkfifo "$FIFO"
    Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$FIFO" >/dev/null 2>&1 &
    XVFB_PID=$!
    DISPLAY_NUMBER=$(head -n 1 "$FIFO")
    trap 'kill "$XVFB_PID" 2>/dev/null; rm -rf "$SAMPLE_DIR"' EXIT
    mkdir -m 700 "$SAMPLE_DIR/runtime"
    env -i HOME="$SAMPLE_DIR" PATH=/nonexistent LANG=C.UTF-8 DISPLAY=":$DISPLAY_NUMBER" QT_QPA_PLATFORM=xcb \
        XDG_RUNTIME_DIR="$SAMPLE_DIR/runtime" "$APP/redactor" gui "$SAMPLE_DIR/sample card.png" \
        >"$SAMPLE_DIR/gui.log" 2>&1 &
    GUI_PID=$!
    window=""
    for _ in $(seq 1 120); do
        window=$(DISPLAY=":$DISPLAY_NUMBER" xdotool search --onlyvisible --name "Redactor" 2>/dev/null | head -n 1) || true
        [ -n "$window" ] && break
        kill -0 "$GUI_PID" 2>/dev/null || break
        sleep 0.5
    done
    if [ -z "$window" ]; then
        cat "$SAMPLE_DIR/gui.log" >&2
        echo "FAIL: no window from the bundled app" >&2
        exit 1
    fi
    sleep 8   # the sample is read and its findings listed
    DISPLAY=":$DISPLAY_NUMBER" xdotool getwindowname "$window"
    if command -v import >/dev/null; then
        DISPLAY=":$DISPLAY_NUMBER" import -window root "$DIST/gui-smoke.png" && echo "screenshot: $DIST/gui-smoke.png"
    fi
    DISPLAY=":$DISPLAY_NUMBER" xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q
    gui_rc=0
    wait "$GUI_PID" || gui_rc=$?
    kill "$XVFB_PID" 2>/dev/null || true
    if [ "$gui_rc" != 0 ] || grep -qi "traceback\|could not load the qt platform plugin" "$SAMPLE_DIR/gui.log"; then
        cat "$SAMPLE_DIR/gui.log" >&2
        echo "FAIL: the bundled window exited with $gui_rc" >&2
        exit 1
    fi
    echo "OK: the bundled window opened the sample and quit cleanly"
fi

tar -C "$DIST" -czf "$DIST/redactor-linux-$(uname -m).tar.gz" redactor
ls -lh "$DIST/redactor-linux-$(uname -m).tar.gz"
