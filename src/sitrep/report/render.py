"""Render a Brief as Markdown or as one self-contained HTML file (figures inlined); PDF lives in report.pdf."""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from sitrep.errors import UsageError
from sitrep.report import text
from sitrep.report.brief import Brief, Citation, TypeRow

__all__ = ["FORMATS", "format_for", "render_html", "render_markdown", "write_report"]

FORMATS = ("md", "html", "pdf")
_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}


def format_for(output: str | Path | None, fmt: str | None) -> str:
    """The format asked for, else the one the output's suffix names, else Markdown (for stdout)."""
    if fmt:
        f = fmt.lower().lstrip(".")
        f = {"markdown": "md", "htm": "html"}.get(f, f)
        if f not in FORMATS:
            raise UsageError(f"unknown report format {fmt!r}: use md, html or pdf")
        return f
    if output is None or str(output) == "-":
        return "md"
    suffix = Path(output).suffix.lower()
    if suffix not in _SUFFIXES:
        raise UsageError(f"cannot tell the format from {str(output)!r}: name it .md, .html or .pdf, or give --format")
    return _SUFFIXES[suffix]


# -- shared wording ---------------------------------------------------------------------------------------------
def title(b: Brief) -> str:
    return f"Situation report: {b.scope.area}"


def period_line(b: Brief) -> str:
    p, q = b.scope.period, b.scope.previous
    return (f"{p.label()} ({p.days} days), compared with the previous {q.days} days ({q.label()}). "
            f"Generated {b.generated:%Y-%m-%d %H:%M} from the store {Path(b.store).name}.")


def _n(k: int, one: str, many: str | None = None) -> str:
    return f"{k:,} {one if k == 1 else (many or one + 's')}"


def headline(b: Brief) -> str:
    now, before = b.totals.current, b.totals.previous
    if b.empty:
        s = f"No event in {b.scope.area} is stored with a date in this period"
        s += "." if before.events else f", nor in the previous {b.scope.previous.days} days."
        if before.events:
            s += (f" The previous {b.scope.previous.days} days had {_n(before.events, 'event')} and "
                  f"{_n(before.fatalities, 'fatality', 'fatalities')}.")
        return s
    s = f"{_n(now.events, 'event')} and {_n(now.fatalities, 'fatality', 'fatalities')} in {b.scope.area}"
    if before.events:
        s += (f", against {_n(before.events, 'event')} and {_n(before.fatalities, 'fatality', 'fatalities')} in the "
              f"previous {b.scope.previous.days} days ({text.change(now.events, before.events)} events, "
              f"{text.change(now.fatalities, before.fatalities)} fatalities).")
    else:
        s += f"; no event is stored for the previous {b.scope.previous.days} days."
    if now.best or now.high:
        s += f" UCDP estimates of deaths: low {now.low:,}, best {now.best:,}, high {now.high:,}."
    return s


def _cell(now: int, before: int) -> str:
    return f"{now:,} ({text.change(now, before)})"


def type_cells(r: TypeRow) -> list[str]:
    c, p = r.current, r.previous
    return [_cell(c.events, p.events), _cell(c.fatalities, p.fatalities), _cell(c.low, p.low),
            _cell(c.best, p.best), _cell(c.high, p.high)]


TYPE_HEADERS = ["Event type", "Events", "Fatalities", "UCDP low", "UCDP best", "UCDP high"]
ACTOR_HEADERS = ["Actor", "Events", "As actor 1", "Fatalities in these events", "First seen", "Last seen"]


def gap_lines(b: Brief) -> list[str]:
    g = b.gaps
    out = []
    if not b.empty:
        out.append(f"Placed only at the country: {_n(g.country_only, 'event')}; only at a region: "
                   f"{_n(g.region_only, 'event')} (drawn hollow on the map); without coordinates: "
                   f"{_n(g.no_coordinates, 'event')}.")
        out.append(f"Dated only to within a week or a few days: {_n(g.week_precision, 'event')}; to a month or "
                   f"vaguer: {_n(g.month_precision, 'event')}.")
        out.append(f"Not dated by their sources (only bounded by the date of a claim or a report): "
                   f"{_n(g.date_bounded, 'event')}" + (":" if g.date_bounded_events else "."))
    out.append(f"Stored for {b.scope.area} with no date at all, and so in no period: {_n(g.undated, 'event')}.")
    out.append(f"Articles published in the period (all places): {g.articles_published:,}, of which "
               f"{g.articles_without_event:,} gave no event. Stored articles with no publication date, whose "
               f"relative dates could not be anchored: {g.articles_undated:,}.")
    if g.rejects:
        parts = "; ".join(f"{stage}: {reason} ({n:,})" for stage, reason, n in g.rejects[:8])
        more = f"; and {len(g.rejects) - 8} other reasons" if len(g.rejects) > 8 else ""
        out.append(f"Documents rejected at ingest (all periods and places; a rejected document has neither): "
                   f"{g.rejected:,} — {parts}{more}.")
    else:
        out.append("Documents rejected at ingest (all periods and places): none.")
    return out


def map_caption(b: Brief) -> str:
    km = b.map_cell * 111
    return (f"{_n(b.mapped, 'event')} drawn, placed below the country level; {_n(b.gaps.country_only, 'event')} "
            f"placed only at the country {'is' if b.gaps.country_only == 1 else 'are'} not. Marker area grows with "
            f"fatalities; events of one type less than about {km:,.0f} km apart share a marker; hollow markers are "
            "events placed only at a region.")


def _dates(a: object, b: object) -> tuple[str, str]:
    return text.short_day(a), text.short_day(b)  # type: ignore[arg-type]


# -- Markdown ---------------------------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(s: str | None) -> str:
    """Text from the store made inert in Markdown: its special characters backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", s or "").replace("\n", " ")


def _md_refs(nums: Sequence[int]) -> str:
    return "".join(f"\\[{n}\\]" for n in nums)


def _safe_url(url: str | None) -> str | None:
    if url and re.match(r"https?://[^\s<>\"']+$", url):
        return url
    return None


def _md_table(headers: list[str], rows: list[list[str]], align: str) -> list[str]:
    out = ["| " + " | ".join(headers) + " |",
           "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def render_markdown(b: Brief, *, images: dict[str, str] | None = None) -> str:
    """The brief as Markdown; `images` maps 'map' and 'weekly' to image paths to link (none on stdout)."""
    images = images or {}
    L: list[str] = [f"# {md(title(b))}", "", f"*{md(period_line(b))}*", "", "## Headline figures", "", md(headline(b)),
                    ""]
    if not b.empty or b.totals.previous.events:
        rows = [[md(r.event_type)] + type_cells(r) for r in b.by_type]
        rows.append(["**All types**"] + [f"**{c}**" for c in type_cells(b.totals)])
        L += _md_table(TYPE_HEADERS, rows, "lrrrrr")
        L += ["", "In brackets: the change against the previous period.", ""]
    if not b.empty:
        L += ["## Map of the period's events", ""]
        if "map" in images:
            L += [f"![Map of the events]({images['map']})", "", md(map_caption(b)), ""]
        else:
            L += [md(f"{_n(b.mapped, 'event')} can be mapped (placed below the country level), "
                     f"{_n(b.gaps.country_only, 'event')} only at the country. The map comes with a brief written "
                     "to a file (-o brief.md, .html or .pdf)."), ""]
        L += ["## Events and fatalities per week", ""]
        if "weekly" in images:
            L += [f"![Events and fatalities per week]({images['weekly']})", ""]
        L += _md_table(["7 days from", "to", "Events", "Fatalities"],
                       [[text.day(w.start), text.day(w.end), f"{w.events:,}", f"{w.fatalities:,}"] for w in b.weeks],
                       "llrr")
        L += [""]
        L += ["## Key events", "", "Most severe first (fatalities, then wounded and abducted, then sources); "
              "political and strategic developments are listed apart.", ""]
        if b.key_events:
            L += [f"{i}. {md(k.sentence)} {_md_refs(k.citations)}" for i, k in enumerate(b.key_events, 1)]
        else:
            L += ["No violent event, protest or riot in the period."]
        L += ["", "## Political and strategic developments", ""]
        if b.developments:
            for d in b.developments:
                q = f" “{md(d.quote)}”" if d.quote else ""
                L.append(f"- **{md(d.when)} — {md(d.kind)}.** {md(d.sentence)}{q} "
                         f"{_md_refs(d.citations)}")
            if b.developments_total > len(b.developments):
                L += ["", f"{len(b.developments)} of {b.developments_total:,} shown: those with most sources."]
        else:
            L += ["None stored for the period."]
        L += ["", "## Where the sources disagree", ""]
        if b.contradictions:
            for c in b.contradictions:
                vals = "; ".join(f"{md(v.value)} ({md(v.outlet or 'outlet unknown')} \\[{v.citation}\\])"
                                 for v in c.values)
                L.append(f"- **{md(c.event)}** — {md(c.field_label)}: {vals}. Stored: {md(c.stored)}.")
            if b.disputed_events > b.disputed_shown:
                L += ["", f"The {b.disputed_shown} most severe of {b.disputed_events:,} events with "
                      "disagreements are listed."]
        else:
            L += ["No disagreement between sources on the period's events."]
        L += ["", "## Actor activity", ""]
        L += _md_table(ACTOR_HEADERS, [[md(a.actor), f"{a.events:,}", f"{a.initiated:,}", f"{a.fatalities:,}",
                                        *_dates(a.first_seen, a.last_seen)] for a in b.actors], "lrrrll")
        L += ["", "First and last seen: within the period."]
    L += ["", "## What the data cannot say", ""]
    for line in gap_lines(b):
        L.append(f"- {md(line)}")
        if line.startswith("Not dated by their sources"):
            L += [f"  - {md(k.sentence)} {_md_refs(k.citations)}" for k in b.gaps.date_bounded_events]
    if b.citations:
        L += ["", "## Sources", ""]
        for cit in b.citations:
            L.append(_md_citation(cit))
    L += ["", "---"]
    for n in b.notes:
        L += ["", f"*{md(n)}*"]
    L.append("")
    return "\n".join(L)


def _md_citation(c: Citation) -> str:
    s = f"{c.number}. {md(c.label())} — “{md(c.headline())}”"
    url = _safe_url(c.url)
    if url:
        s += f" <{url}>"
    return s + f" (article {c.article_id})"


# -- HTML -------------------------------------------------------------------------------------------------------
_CSS = """
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#222;max-width:52rem;margin:2rem auto;padding:0 1rem;
line-height:1.45;font-size:15px}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.15rem;
margin-top:1.8rem}.period{color:#555;margin:0 0 1rem}.headline{font-size:1.05rem}
.scroll{overflow-x:auto}table{border-collapse:collapse;margin:.6rem 0;font-size:.86rem}th,td{border-bottom:1px solid #e2e2e2;padding:.25rem .6rem;
text-align:left;vertical-align:top}th{background:#f3f3f3}td.n,th.n{text-align:right}.chg{color:#666;font-size:.9em;white-space:nowrap}td.d{white-space:nowrap}.v{white-space:nowrap}
tr.total td{font-weight:bold;border-top:2px solid #999}.swatch{display:inline-block;width:.7em;height:.7em;
border-radius:50%;margin-right:.35em}figure{margin:.8rem 0}figure img{max-width:100%;border:1px solid #ddd}
figcaption,.note{color:#666;font-size:.85rem}ol.key li,ul.dev li{margin:.35rem 0}.ref{font-size:.8em;
text-decoration:none;color:#1a5fa0}q{font-style:italic;color:#444}ol.sources{font-size:.88rem}
details{margin:.4rem 0;font-size:.9rem}footer{margin-top:2rem;color:#666;font-size:.8rem;border-top:1px solid #ccc}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}figure{break-inside:avoid}}
"""


def h(s: object) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def _refs(nums: Sequence[int]) -> str:
    return "".join(f'<a class="ref" href="#src-{n}">[{n}]</a>' for n in nums)


def _table(headers: list[str], rows: list[list[str]], align: str, total: list[str] | None = None) -> str:
    def tr(cells: list[str], tag: str) -> str:
        return "<tr>" + "".join(f'<{tag}{" class=n" if a == "r" else " class=d" if a == "d" else ""}>{c}</{tag}>'
                                for c, a in zip(cells, align)) + "</tr>"

    body = "".join(tr(r, "td") for r in rows)
    if total:
        body += tr(total, "td").replace("<tr>", '<tr class="total">', 1)
    return (f'<div class="scroll"><table><thead>{tr([h(x) for x in headers], "th")}</thead><tbody>{body}</tbody>'
            "</table></div>")


def _html_cells(r: TypeRow) -> list[str]:
    c, p = r.current, r.previous
    return [f'<span class="v">{now:,}</span> <span class="chg">({text.change(now, before)})</span>'
            for now, before in ((c.events, p.events), (c.fatalities, p.fatalities), (c.low, p.low),
                                (c.best, p.best), (c.high, p.high))]


def _img(png: bytes, alt: str) -> str:
    return f'<img alt="{h(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode()}">'


def render_html(b: Brief, *, figures: Callable[[Brief], dict[str, bytes]] | None = None) -> str:
    """The brief as one self-contained HTML file: inline CSS, figures as data: URIs, no script, nothing fetched.
    Every value from the store is HTML-escaped."""
    from sitrep.report.figures import TYPE_COLOURS

    figs = (figures or draw_figures)(b) if not b.empty else {}
    P: list[str] = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
                    '<meta name="viewport" content="width=device-width, initial-scale=1">',
                    f"<title>{h(title(b))}</title><style>{_CSS}</style></head><body>",
                    f"<h1>{h(title(b))}</h1>", f'<p class="period">{h(period_line(b))}</p>',
                    "<h2>Headline figures</h2>", f'<p class="headline">{h(headline(b))}</p>']
    if not b.empty or b.totals.previous.events:
        rows = [[f'<span class="swatch" style="background:{TYPE_COLOURS.get(r.event_type or "", "#555")}"></span>'
                 f"{h(r.event_type)}"] + _html_cells(r) for r in b.by_type]
        P.append(_table(TYPE_HEADERS, rows, "lrrrrr", ["All types"] + _html_cells(b.totals)))
        P.append('<p class="note">In brackets: the change against the previous period.</p>')
    if not b.empty:
        P.append("<h2>Map of the period's events</h2>")
        if "map" in figs:
            P.append(f"<figure>{_img(figs['map'], 'Map of the events')}<figcaption>{h(map_caption(b))}"
                     "</figcaption></figure>")
        P.append("<h2>Events and fatalities per week</h2>")
        if "weekly" in figs:
            P.append(f"<figure>{_img(figs['weekly'], 'Events and fatalities per week')}</figure>")
        P.append("<details><summary>The figures per week</summary>" + _table(
            ["7 days from", "to", "Events", "Fatalities"],
            [[h(text.day(w.start)), h(text.day(w.end)), f"{w.events:,}", f"{w.fatalities:,}"] for w in b.weeks],
            "llrr") + "</details>")
        P.append("<h2>Key events</h2><p class=\"note\">Most severe first (fatalities, then wounded and abducted, "
                 "then sources); political and strategic developments are listed apart.</p>")
        if b.key_events:
            P.append('<ol class="key">' + "".join(f"<li>{h(k.sentence)} {_refs(k.citations)}</li>"
                                                  for k in b.key_events) + "</ol>")
        else:
            P.append("<p>No violent event, protest or riot in the period.</p>")
        P.append("<h2>Political and strategic developments</h2>")
        if b.developments:
            P.append('<ul class="dev">' + "".join(
                f"<li><b>{h(d.when)} — {h(d.kind)}.</b> {h(d.sentence)} "
                + (f"<q>{h(d.quote)}</q> " if d.quote else "") + f"{_refs(d.citations)}</li>"
                for d in b.developments) + "</ul>")
            if b.developments_total > len(b.developments):
                P.append(f'<p class="note">{len(b.developments)} of {b.developments_total:,} shown: those with most '
                         "sources.</p>")
        else:
            P.append("<p>None stored for the period.</p>")
        P.append("<h2>Where the sources disagree</h2>")
        if b.contradictions:
            rows = []
            for c in b.contradictions:
                vals = "<br>".join(f'<span class="v">{h(v.value)} — {h(v.outlet or "outlet unknown")} '
                                   f"{_refs([v.citation])}</span>" for v in c.values)
                rows.append([h(c.event), h(c.field_label), vals, h(c.stored)])
            P.append(_table(["Event", "Field", "Value by source", "Stored"], rows, "llll"))
            if b.disputed_events > b.disputed_shown:
                P.append(f'<p class="note">The {b.disputed_shown} most severe of {b.disputed_events:,} events with '
                         "disagreements are listed.</p>")
        else:
            P.append("<p>No disagreement between sources on the period's events.</p>")
        P.append("<h2>Actor activity</h2>")
        P.append(_table(ACTOR_HEADERS, [[h(a.actor), f"{a.events:,}", f"{a.initiated:,}", f"{a.fatalities:,}",
                                         *map(h, _dates(a.first_seen, a.last_seen))] for a in b.actors], "lrrrdd"))
        P.append('<p class="note">First and last seen: within the period.</p>')
    P.append("<h2>What the data cannot say</h2><ul>")
    lines = gap_lines(b)
    for i, line in enumerate(lines):
        sub = ""
        if line.startswith("Not dated by their sources") and b.gaps.date_bounded_events:
            sub = "<ul>" + "".join(f"<li>{h(k.sentence)} {_refs(k.citations)}</li>"
                                   for k in b.gaps.date_bounded_events) + "</ul>"
        P.append(f"<li>{h(line)}{sub}</li>")
    P.append("</ul>")
    if b.citations:
        P.append('<h2>Sources</h2><ol class="sources">')
        for cit in b.citations:
            url = _safe_url(cit.url)
            head = f"“{h(cit.headline())}”"
            if url:
                head = f'<a href="{h(url)}">{head}</a>'
            P.append(f'<li id="src-{cit.number}">{h(cit.label())} — {head} <span class="note">(article '
                     f"{h(cit.article_id)})</span></li>")
        P.append("</ol>")
    P.append("<footer>" + "".join(f"<p>{h(n)}</p>" for n in b.notes) + "<p>Generated by sitrep; every figure and "
             "sentence comes from the store. Map borders: Natural Earth (public domain).</p></footer>")
    P.append("</body></html>")
    return "\n".join(P) + "\n"


def draw_figures(b: Brief) -> dict[str, bytes]:
    """The map and the weekly chart as PNG bytes (needs matplotlib)."""
    from sitrep.report.figures import event_map, weekly_chart

    return {"map": event_map(b.points, country_code=b.scope.country_code, extent=b.map_extent),
            "weekly": weekly_chart(b.weeks)}


# -- writing ----------------------------------------------------------------------------------------------------
def write_report(b: Brief, output: str | Path | None, fmt: str) -> str | None:
    """Write the brief to `output` in `fmt` and return None, or return the text when `output` is None or '-'
    (Markdown and HTML only). A Markdown file gets its figures as PNG files beside it."""
    to_stdout = output is None or str(output) == "-"
    if fmt == "pdf":
        if to_stdout:
            raise UsageError("a PDF needs an output file: -o brief.pdf")
        from sitrep.report.pdf import render_pdf

        Path(output).write_bytes(render_pdf(b))  # type: ignore[arg-type]
        return None
    if fmt == "html":
        out = render_html(b)
    elif fmt == "md":
        images: dict[str, str] = {}
        if not to_stdout and not b.empty:
            path = Path(output)  # type: ignore[arg-type]
            for name, png in draw_figures(b).items():
                img = path.with_name(f"{path.stem}.{name}.png")
                img.write_bytes(png)
                images[name] = img.name
        out = render_markdown(b, images=images)
    else:
        raise UsageError(f"unknown report format {fmt!r}: use md, html or pdf")
    if to_stdout:
        return out
    Path(output).write_text(out, encoding="utf-8")  # type: ignore[arg-type]
    return None
