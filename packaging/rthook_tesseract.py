"""PyInstaller runtime hook: point Tesseract at the bundled language data.

The OCR stage finds the bundled binary at <bundle>/tesseract/tesseract[.exe];
this makes that binary read <bundle>/tesseract/tessdata (ind, eng, osd and the
tsv config), whatever TESSDATA_PREFIX the user's environment holds.
"""

import os
import sys

_bundle = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
_tessdata = os.path.join(_bundle, "tesseract", "tessdata")
if os.path.isdir(_tessdata):
    os.environ["TESSDATA_PREFIX"] = _tessdata
