"""Ingest: read files, directories, globs and stdin into Articles, and every unreadable document into a Reject."""

from __future__ import annotations

from sitrep.ingest.encoding import decode_bytes, detect_encoding
from sitrep.ingest.readers import html_to_text, iter_documents, parse_date

__all__ = ["decode_bytes", "detect_encoding", "html_to_text", "iter_documents", "parse_date"]
