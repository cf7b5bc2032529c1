"""Render a Brief as PDF with reportlab (pure Python), the figures as images, DejaVu fonts from matplotlib."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from sitrep.errors import UsageError
from sitrep.report.brief import Brief
from sitrep.report.render import (ACTOR_HEADERS, TYPE_HEADERS, _dates, _safe_url, draw_figures, gap_lines,
                                  headline, map_caption, period_line, title, type_cells)

__all__ = ["render_pdf"]


def _require() -> None:
    try:
        import reportlab  # noqa: F401
    except ImportError:
        raise UsageError("a PDF brief needs reportlab: pip install 'sitrep[report]'") from None


def _fonts() -> tuple[str, str, str]:
    """DejaVu Sans (regular, bold, oblique) from matplotlib's data, registered once; Helvetica without it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "SitrepSans" in pdfmetrics.getRegisteredFontNames():
        return "SitrepSans", "SitrepSans-Bold", "SitrepSans-Oblique"
    try:
        import matplotlib

        d = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
        pdfmetrics.registerFont(TTFont("SitrepSans", str(d / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("SitrepSans-Bold", str(d / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("SitrepSans-Oblique", str(d / "DejaVuSans-Oblique.ttf")))
        from reportlab.lib.fonts import addMapping

        addMapping("SitrepSans", 0, 0, "SitrepSans")
        addMapping("SitrepSans", 1, 0, "SitrepSans-Bold")
        addMapping("SitrepSans", 0, 1, "SitrepSans-Oblique")
        addMapping("SitrepSans", 1, 1, "SitrepSans-Bold")
        return "SitrepSans", "SitrepSans-Bold", "SitrepSans-Oblique"
    except (ImportError, OSError):
        return "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


def x(s: object) -> str:
    """Store text made inert in reportlab's paragraph markup."""
    return escape("" if s is None else str(s))


def _refs(nums: Any) -> str:
    return "".join(f'<a href="#src-{n}" color="#1a5fa0">[{n}]</a>' for n in nums)


def render_pdf(b: Brief) -> bytes:
    """The brief as PDF bytes (A4)."""
    _require()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Image, KeepTogether, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    regular, bold, italic = _fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=12.5, spaceAfter=3)
    st = {
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=17, leading=21, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4,
                             textColor=colors.HexColor("#1d2b36")),
        "p": base,
        "note": ParagraphStyle("note", parent=base, fontName=italic, fontSize=8, leading=10.5,
                               textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0),
        "celln": ParagraphStyle("celln", parent=base, fontSize=8, leading=10, spaceAfter=0, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=8, leading=10, spaceAfter=0),
    }
    width = A4[0] - 36 * mm

    def table(headers: list[str], rows: list[list[str]], align: str, widths: list[float],
              total: list[str] | None = None) -> Table:
        data = [[Paragraph(x(c), st["head"]) for c in headers]]
        for r in rows + ([total] if total else []):
            data.append([Paragraph(c, st["celln"] if a == "r" else st["cell"]) for c, a in zip(r, align)])
        t = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
        style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#dddddd")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if total:
            style.append(("LINEABOVE", (0, -1), (-1, -1), 1, colors.HexColor("#888888")))
        t.setStyle(TableStyle(style))
        return t

    def image(png: bytes, w: float) -> Image:
        from PIL import Image as PILImage

        with PILImage.open(io.BytesIO(png)) as im:
            pw, ph = im.size
        return Image(io.BytesIO(png), width=w, height=w * ph / pw)

    story: list[Any] = [Paragraph(x(title(b)), st["h1"]), Paragraph(x(period_line(b)), st["note"]),
                        Paragraph("Headline figures", st["h2"]), Paragraph(x(headline(b)), st["p"])]
    if not b.empty or b.totals.previous.events:
        rows = [[x(r.event_type)] + [x(c) for c in type_cells(r)] for r in b.by_type]
        story.append(table(TYPE_HEADERS, rows, "lrrrrr", [0.3, 0.14, 0.14, 0.14, 0.14, 0.14],
                           ["<b>All types</b>"] + [f"<b>{x(c)}</b>" for c in type_cells(b.totals)]))
        story.append(Paragraph("In brackets: the change against the previous period.", st["note"]))
    if not b.empty:
        figs = draw_figures(b)
        story += [Paragraph("Map of the period's events", st["h2"]), image(figs["map"], width * 0.92),
                  Paragraph(x(map_caption(b)), st["note"])]
        story.append(KeepTogether([Paragraph("Events and fatalities per week", st["h2"]),
                                   image(figs["weekly"], width)]))
        story.append(Paragraph("Key events", st["h2"]))
        story.append(Paragraph("Most severe first (fatalities, then wounded and abducted, then sources); political "
                               "and strategic developments are listed apart.", st["note"]))
        if b.key_events:
            story.append(ListFlowable([ListItem(Paragraph(f"{x(k.sentence)} {_refs(k.citations)}", st["p"]))
                                       for k in b.key_events], bulletType="1", bulletFontName=regular,
                                      bulletFontSize=9))
        else:
            story.append(Paragraph("No violent event, protest or riot in the period.", st["p"]))
        story.append(Paragraph("Political and strategic developments", st["h2"]))
        if b.developments:
            items = []
            for d in b.developments:
                q = f" <i>“{x(d.quote)}”</i>" if d.quote else ""
                items.append(ListItem(Paragraph(f"<b>{x(d.when)} — {x(d.kind)}.</b> "
                                                f"{x(d.sentence)}{q} {_refs(d.citations)}", st["p"])))
            story.append(ListFlowable(items, bulletType="bullet", start="•", bulletFontName=regular))
            if b.developments_total > len(b.developments):
                story.append(Paragraph(f"{len(b.developments)} of {b.developments_total:,} shown: those with most "
                                       "sources.", st["note"]))
        else:
            story.append(Paragraph("None stored for the period.", st["p"]))
        story.append(Paragraph("Where the sources disagree", st["h2"]))
        if b.contradictions:
            rows = [[x(c.event), x(c.field_label),
                     "<br/>".join(f"{x(v.value)} — {x(v.outlet or 'outlet unknown')} {_refs([v.citation])}"
                                  for v in c.values), x(c.stored)] for c in b.contradictions]
            story.append(table(["Event", "Field", "Value by source", "Stored"], rows, "llll",
                               [0.34, 0.2, 0.34, 0.12]))
            if b.disputed_events > b.disputed_shown:
                story.append(Paragraph(f"The {b.disputed_shown} most severe of {b.disputed_events:,} events with "
                                       "disagreements are listed.", st["note"]))
        else:
            story.append(Paragraph("No disagreement between sources on the period's events.", st["p"]))
        story.append(Paragraph("Actor activity", st["h2"]))
        story.append(table(ACTOR_HEADERS, [[x(a.actor), f"{a.events:,}", f"{a.initiated:,}", f"{a.fatalities:,}",
                                            *map(x, _dates(a.first_seen, a.last_seen))] for a in b.actors],
                           "lrrrll", [0.36, 0.09, 0.1, 0.15, 0.15, 0.15]))
        story.append(Paragraph("First and last seen: within the period.", st["note"]))
    story.append(Paragraph("What the data cannot say", st["h2"]))
    items = []
    for line in gap_lines(b):
        body = x(line)
        if line.startswith("Not dated by their sources") and b.gaps.date_bounded_events:
            body += "".join(f"<br/>– {x(k.sentence)} {_refs(k.citations)}" for k in b.gaps.date_bounded_events)
        items.append(ListItem(Paragraph(body, st["p"])))
    story.append(ListFlowable(items, bulletType="bullet", start="•", bulletFontName=regular))
    if b.citations:
        story.append(Paragraph("Sources", st["h2"]))
        for c in b.citations:
            url = _safe_url(c.url)
            head = f"“{x(c.headline())}”"
            if url:
                head = f'<link href="{x(url)}" color="#1a5fa0">{head}</link>'
            story.append(Paragraph(f'<a name="src-{c.number}"/>{c.number}. {x(c.label())} — {head} '
                                   f'<font size="7" color="#666666">(article {x(c.article_id)})</font>', st["p"]))
    story.append(Spacer(1, 6))
    for n in b.notes:
        story.append(Paragraph(x(n), st["note"]))
    story.append(Paragraph("Generated by sitrep; every figure and sentence comes from the store. Map borders: "
                           "Natural Earth (public domain).", st["note"]))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(18 * mm, 10 * mm, title(b)[:110])
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title(b), author="sitrep", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
