"""Situation reports: a Brief gathered from the store through sitrep.query, rendered as Markdown, HTML or PDF."""

from __future__ import annotations

from sitrep.report.brief import Brief, build_brief
from sitrep.report.render import FORMATS, format_for, render_html, render_markdown, write_report

__all__ = ["FORMATS", "Brief", "build_brief", "format_for", "render_html", "render_markdown", "write_report"]
