#!/usr/bin/env bash
# Install everything Redactor needs on Debian/Ubuntu: Tesseract with Indonesian and
# English data, the libraries Qt needs, a virtual environment with the project.
# Safe to run again.  Uses sudo when not run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(
  tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng   # OCR
  python3-venv python3-pip                             # virtual environment
  fonts-dejavu-core                                    # fonts the tests and samples render with
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0  # Qt
  # Qt's xcb platform plugin (the app on an X11 desktop): what `ldd` lists for
  # PySide6/Qt/plugins/platforms/libqxcb.so and libQt6XcbQpa.so.6
  libx11-6 libx11-xcb1 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
  libxcb-util1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
  xvfb xauth x11-utils xdotool                         # the app on a virtual display (tests, screenshots)
  desktop-file-utils                                   # checks the Linux right-click entries
  libimage-exiftool-perl                               # metadata verification
  libnotify-bin                                        # desktop notifications
  strace                                               # proves a redaction writes no file but its output
)
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
# An editable install runs the checkout's own sources. Compile them once, as pip does for an installed
# copy: where the environment forbids writing bytecode (PYTHONDONTWRITEBYTECODE), every fresh process
# would otherwise compile each module it imports again (about 0.25 s of CPU per `redactor redact`).
.venv/bin/python -m compileall -q redactor ui >/dev/null
echo "Redactor is installed in .venv (run: .venv/bin/redactor --help)"
