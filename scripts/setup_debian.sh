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
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0  # Qt
  xvfb xauth                                           # app screenshots without a display
  desktop-file-utils                                   # checks the Linux right-click entries
  libimage-exiftool-perl                               # metadata verification
  libnotify-bin                                        # desktop notifications
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
echo "Redactor is installed in .venv (run: .venv/bin/redactor --help)"
