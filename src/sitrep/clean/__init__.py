"""Clean: strip boilerplate from article text and give each article its content hash and id."""

from __future__ import annotations

from sitrep.clean.boilerplate import RULES, classify_line, clean_article, clean_text, content_hash

__all__ = ["RULES", "classify_line", "clean_article", "clean_text", "content_hash"]
