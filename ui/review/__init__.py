"""The review window, in parts: `window` puts together `actions` (every command, once), `layout`
(the widgets), `session` (the image and its background work), `editing`, `banner` and `export`."""
from ..image_convert import pil_to_qimage, qimage_to_png
from ..messages import describe_error
from .window import MainWindow

__all__ = ["MainWindow", "describe_error", "pil_to_qimage", "qimage_to_png"]
