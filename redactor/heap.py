"""One malloc heap for every thread of a process that analyses images (glibc on Linux).

glibc gives a thread that allocates while another one does an arena of its own, and what is freed
in an arena stays with that arena for its later requests.  An analysis runs its OCR bands, the
models' loaders and the face network on different threads, so each keeps the peak of its own stage:
a fresh `redactor redact` of a dense screenshot held 462 MB where one shared heap holds 396 MB, for
the same CPU time (small requests are served by each thread's cache without the heap's lock).

The page's large arrays (a 3840x2160 plane is 8-33 MB) come from that heap too and stay in it when freed,
up to TRIM_THRESHOLD at its top, for the next stage and the next image: glibc otherwise maps each one afresh
from the system (above a threshold it raises only up to 32 MB) and gives it back when freed, and every page
of it is faulted in and zeroed again.  A fresh `redactor redact` spent 0.1-0.3 s of system CPU on that.
"""
from __future__ import annotations

import ctypes
import sys

_M_ARENA_MAX = -8  # mallopt's parameter numbers in glibc's malloc.h
_M_MMAP_THRESHOLD = -3
_M_TRIM_THRESHOLD = -1
# Requests at least this large are mapped from the system on their own (a 108 MP photo's planes).
MMAP_THRESHOLD = 256 << 20
# Free memory the heap keeps at its top rather than giving it back.
TRIM_THRESHOLD = 128 << 20


def share_one_heap() -> None:
    """Make every thread started from now on allocate from the main heap, which keeps what is freed for the
    next request (glibc only; else nothing)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt(_M_ARENA_MAX, 1)
    mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
