"""Redactor: find personal data in an image, cover it unrecoverably, export a clean copy."""

__version__ = "0.1.0"
