"""Read files, directories, globs and stdin into Articles (or Rejects), one document at a time."""

from __future__ import annotations

import csv
import email.utils
import glob
import html as htmllib
import io
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from sitrep.errors import ParseError, SitrepError
from sitrep.ingest.encoding import decode_bytes, detect_encoding, normalise_newlines
from sitrep.model import Article, Reject

__all__ = [
    "DATE_KEYS",
    "OUTLET_KEYS",
    "TEXT_KEYS",
    "TITLE_KEYS",
    "URL_KEYS",
    "html_to_text",
    "iter_documents",
    "parse_date",
    "record_article",
]

# Field names of records (JSON, JSONL, CSV), in order of preference; matched case-insensitively.
TEXT_KEYS: tuple[str, ...] = (
    "text",
    "maintext",
    "content",
    "body",
    "article",
    "doc_text",
    "full_text",
    "fulltext",
    "articlebody",
    "body_text",
    "story_text",
    "notes",  # an ACLED export's own text (read last: a news record's "notes" yields to its "text")
)
TITLE_KEYS: tuple[str, ...] = ("title", "headline")
DATE_KEYS: tuple[str, ...] = (
    "date_publish",
    "published",
    "dct",
    "date",
    "publication_date",
    "pub_date",
    "published_at",
    "publishedat",
    "datepublished",
    "date_published",
    "publish_date",
    "pubdate",
    "event_date",  # an ACLED export's: its notes are read as published on the event's day
)
URL_KEYS: tuple[str, ...] = ("url", "uri", "link")
# A record's own identifier (news-please's "id", a CSV's "doc_id", a feed item's guid): kept with the article and
# each event's sources, so that an exported event leads back to the user's record, not only to sitrep's hash.
ID_KEYS: tuple[str, ...] = ("id", "doc_id", "docid", "document_id", "article_id", "record_id", "uuid", "guid", "_id",
                            "event_id_cnty")  # (ACLED's event id: an exported event leads back to the coded row)
OUTLET_KEYS: tuple[str, ...] = ("source_domain", "outlet", "source", "site_name", "sitename", "publisher")

TEXT_EXT = frozenset({"", ".txt", ".md", ".markdown", ".text"})
HTML_EXT = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSON_EXT = frozenset({".json"})
JSONL_EXT = frozenset({".jsonl", ".ndjson"})
FEED_EXT = frozenset({".xml", ".rss", ".atom"})
CSV_EXT = frozenset({".csv", ".tsv"})

STDIN = "<stdin>"
_HEAD = 65_536
_SIDECAR_MAX = 1_000_000
_NULL_STRINGS = frozenset({"", "none", "null", "nan", "nat", "n/a", "-"})
_GLOB_CHARS = re.compile(r"[*?\[]")
_HTML_TAG = re.compile(
    r"<\s*(?:!doctype|html|head|body|div|p|article|main|section|span|h[1-6]|a|br|meta|title|table)\b", re.I
)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"""^\s*<\?xml[^>]*\?>""")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")
_WS = re.compile(r"[ \t\u00a0]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_HOSTLIKE = re.compile(r"^www\.[\w-]+(?:\.[\w-]+)+$", re.I)
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(.+)$", re.I)

_DATE_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d",
    "%Y/%m/%d %H:%M:%S",
    "%Y.%m.%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b. %d, %Y",
    "%A, %B %d, %Y",
    "%d.%m.%Y",
)
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],  # no "2 days ago" resolved against today
}
# Languages dateparser tries (all of them is ten times slower per date).
_DATEPARSER_LANGUAGES = ("en", "fr", "es", "pt", "de", "it", "nl", "ar", "ru", "uk", "tr")
_MIN_YEAR = 1900


@dataclass(frozen=True, slots=True)
class _Options:
    text_column: str | None
    max_bytes: int
    published: date | None
    outlet: str | None
    url: str | None
    date_column: str | None = None


# --------------------------------------------------------------------------------------------------- public


def iter_documents(
    sources: Iterable[str | Path],
    *,
    text_column: str | None = None,
    max_bytes: int = 20_000_000,
    published: date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    date_column: str | None = None,
) -> Iterator[Article | Reject]:
    """Yield one Article per readable document and one Reject (stage "ingest") per unreadable one.

    A source is a file, a directory (recursive, sorted, hidden entries skipped), a glob pattern, or "-" for
    stdin. Never raises for a bad document. `published`, `outlet` and `url`, when given, replace the
    metadata of every article. `text_column` and `date_column` name the field of a record (CSV, JSON, JSONL)
    that holds the text and the publication date, where its name is none of TEXT_KEYS / DATE_KEYS. For JSONL
    and CSV/TSV files, which are streamed, `max_bytes` limits each record instead of the whole file.
    """
    opts = _Options(text_column, max_bytes, published, outlet, url, date_column)
    for source in sources:
        try:
            for item in _expand(source):
                if isinstance(item, Reject):
                    yield item
                elif item == "-":
                    yield from _guard(STDIN, _read_stdin(opts))
                else:
                    yield from _guard(str(item), _read_path(Path(item), opts))
        except OSError as e:  # a folder or pattern that cannot be listed
            yield Reject(str(source), "ingest", f"cannot read: {e.strerror or e}")


def parse_date(value: object) -> date | None:
    """Parse a publication date from a record, feed or page; None when empty; ValueError when unparseable.

    Tries ISO 8601, common fixed formats, RFC 822 (RSS) and finally dateparser (absolute dates only).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        return _epoch(float(value))
    s = " ".join(str(value).split())
    if s.lower() in _NULL_STRINGS:
        return None
    if s.isdigit() and len(s) in (10, 13):
        return _epoch(float(s))
    d = _parse_date_str(s)
    if d.year < _MIN_YEAR:
        raise ValueError(s)
    return d


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities resolved, block elements as paragraphs."""
    s = fragment.strip()
    if not s:
        return ""
    if "<" not in s:
        return _tidy(htmllib.unescape(s))
    try:
        root = lxml_html.fragment_fromstring(s, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(htmllib.unescape(re.sub(r"<[^>]*>", " ", s)))
    for el in list(root.iter("script", "style", "noscript", "iframe", "figure", "figcaption")):
        el.drop_tree()
    for el in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"):
        el.tail = "\n\n" + (el.tail or "")
    for el in root.iter("br"):
        el.tail = "\n" + (el.tail or "")
    return _tidy(root.text_content())


# ------------------------------------------------------------------------------------------------ sources


def _expand(source: str | Path) -> Iterator[Path | str | Reject]:
    s = str(source)
    if s == "-":
        yield "-"
        return
    p = Path(s)
    if p.is_dir():
        yield from _walk(p)
    elif p.exists():
        if p.is_file():
            yield p
        else:
            yield Reject(s, "ingest", "not a regular file")
    elif _GLOB_CHARS.search(s):
        matches = sorted(glob.iglob(s, recursive=True))
        if not matches:
            yield Reject(s, "ingest", "no files match the pattern")
        for m in matches:
            mp = Path(m)
            if mp.is_dir():
                if not s.endswith(("**", "**/")):  # "dir/**" also lists every file below: do not read twice
                    yield from _walk(mp)
            elif mp.is_file() and not _is_sidecar(mp):
                yield mp
    else:
        yield Reject(s, "ingest", "no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            p = Path(dirpath, name)
            if not name.startswith(".") and p.is_file() and not _is_sidecar(p):
                yield p


def _is_sidecar(p: Path) -> bool:
    """A FILE.txt.json or FILE.json beside a plain-text FILE.txt holds its metadata; it is not a document."""
    if p.suffix.lower() != ".json":
        return False
    base = p.with_suffix("")
    if base.suffix.lower() in TEXT_EXT and base.is_file():
        return True
    return any(p.with_suffix(ext).is_file() for ext in (".txt", ".md"))


def _guard(path: str, docs: Iterator[Article | Reject]) -> Iterator[Article | Reject]:
    """Turn a whole-file failure into a Reject; records already yielded stay yielded."""
    try:
        yield from docs
    except SitrepError as e:
        yield Reject(path, "ingest", e.reason)
    except OSError as e:
        yield Reject(path, "ingest", f"cannot read: {e.strerror or e}")


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size} bytes > limit {limit})"


# -------------------------------------------------------------------------------------------------- files


def _read_path(path: Path, opts: _Options) -> Iterator[Article | Reject]:
    name = str(path)
    ext = path.suffix.lower()
    if ext in JSONL_EXT:
        yield from _read_jsonl_file(path, name, opts)
        return
    if ext in CSV_EXT:
        with path.open("rb") as f:
            yield from _read_csv(f, name, "\t" if ext == ".tsv" else None, opts)
        return
    size = path.stat().st_size
    if size > opts.max_bytes:
        yield Reject(name, "ingest", _too_large(size, opts.max_bytes))
        return
    data = path.read_bytes()
    if ext in HTML_EXT:
        yield _html_article(decode_bytes(data, name, hint=_declared(_CHARSET, data)), name, opts)
    elif ext in JSON_EXT:
        yield from _json_records(decode_bytes(data, name), name, opts)
    elif ext in FEED_EXT:
        yield from _feed_articles(decode_bytes(data, name, hint=_declared(_XML_ENCODING, data)), name, opts)
    else:
        text = decode_bytes(data, name)
        meta, warnings = _sidecar(path) if ext in TEXT_EXT else ({}, [])
        yield _build(text, name, meta, opts, warnings)


def _read_stdin(opts: _Options) -> Iterator[Article | Reject]:
    stream = sys.stdin.buffer
    data = stream.read(opts.max_bytes + 1)
    if len(data) > opts.max_bytes:
        size = len(data)
        while chunk := stream.read(1 << 20):
            size += len(chunk)
        yield Reject(STDIN, "ingest", _too_large(size, opts.max_bytes))
        return
    text = decode_bytes(data, STDIN)
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<?xml", "<rss", "<feed", "<rdf")) and "<html" not in head:
        yield from _feed_articles(text, STDIN, opts)
    elif _HTML_TAG.search(head) and head.startswith("<"):
        yield _html_article(text, STDIN, opts)
    elif head.startswith(("{", "[")):
        try:
            json.loads(text)
        except ValueError:
            yield from _jsonl_lines(
                ((i, line.encode("utf-8")) for i, line in enumerate(text.split("\n"), 1)), STDIN, opts
            )
        else:
            yield from _json_records(text, STDIN, opts)
    else:
        yield _build(text, STDIN, {}, opts)


def _declared(pattern: re.Pattern[bytes], data: bytes) -> str | None:
    m = pattern.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _sidecar(path: Path) -> tuple[Mapping[str, Any], list[str]]:
    for side in (path.with_name(path.name + ".json"), path.with_suffix(".json")):
        if side == path or not side.is_file():
            continue
        try:
            if side.stat().st_size > _SIDECAR_MAX:
                return {}, [f"sidecar {side.name} ignored: larger than {_SIDECAR_MAX} bytes"]
            obj = json.loads(decode_bytes(side.read_bytes(), str(side)))
        except (OSError, ValueError, SitrepError) as e:
            return {}, [f"sidecar {side.name} ignored: {getattr(e, 'reason', e)}"]
        if not isinstance(obj, dict):
            return {}, [f"sidecar {side.name} ignored: not a JSON object"]
        return _lower_keys(obj), []
    return {}, []


# ------------------------------------------------------------------------------------------------ records


def _lower_keys(obj: Mapping[Any, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in obj.items():
        out.setdefault(str(k).strip().lower(), v)
    return out


def _scalar(value: Any) -> str | None:
    """A metadata value as a one-line string, or None when empty."""
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("title") or value.get("id")
    elif isinstance(value, list):
        value = next((v for v in value if v), None)
    if value is None or isinstance(value, Mapping | list):
        return None
    s = " ".join(str(value).split())
    return None if s.lower() in _NULL_STRINGS else s


def _first(rec: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = rec.get(k)
        if v is not None and (not isinstance(v, str) or v.strip().lower() not in _NULL_STRINGS):
            return v
    return None


def _record_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n\n".join(str(v) for v in value if v is not None)
    if isinstance(value, Mapping):
        return ""
    return str(value)


def record_article(obj: Any, where: str) -> Article | Reject:
    """One JSON record (news-please or similar field names) as an Article, or a Reject saying what is missing."""
    return _record_article(obj, where, _Options(None, 20_000_000, None, None, None))


def _record_article(obj: Any, rec_path: str, opts: _Options) -> Article | Reject:
    if not isinstance(obj, Mapping):
        return Reject(rec_path, "ingest", f"record is a JSON {_json_kind(obj)}, not an object")
    rec = _lower_keys(obj)
    keys = (opts.text_column.strip().lower(),) if opts.text_column else TEXT_KEYS
    present = [k for k in keys if k in rec]
    if not present:
        fields = ", ".join(sorted(rec)) or "none"
        return Reject(rec_path, "ingest", f"record has no text field (looked for {', '.join(keys)}; fields: {fields})")
    text = next((t for t in (_record_text(rec[k]) for k in present) if t.strip()), "")
    if not text.strip():
        return Reject(rec_path, "ingest", f"record has an empty text field ({', '.join(present)})")
    return _build(normalise_newlines(text), rec_path, rec, opts)


def _json_kind(obj: Any) -> str:
    return {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}.get(type(obj), "number")


def _json_records(text: str, name: str, opts: _Options) -> Iterator[Article | Reject]:
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise ParseError(f"invalid JSON: {e}") from e
    if isinstance(obj, dict):
        rec = _lower_keys(obj)
        if not any(k in rec for k in ((opts.text_column.lower(),) if opts.text_column else TEXT_KEYS)):
            # a wrapper such as {"articles": [...]} (NewsAPI) or {"data": [...]}
            inner = next(
                (v for v in rec.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)), None
            )
            if inner is not None:
                obj = inner
    if isinstance(obj, dict):
        yield _record_article(obj, name, opts)
    elif isinstance(obj, list):
        if not obj:
            raise ParseError("JSON list is empty")
        for i, item in enumerate(obj, 1):
            yield _record_article(item, f"{name}#item {i}", opts)
    else:
        raise ParseError(f"JSON top level is a {_json_kind(obj)}; expected an object or a list of objects")


def _read_jsonl_file(path: Path, name: str, opts: _Options) -> Iterator[Article | Reject]:
    with path.open("rb") as f:
        head = f.read(_HEAD)
        size = path.stat().st_size
        codec = detect_encoding(head, name, partial=size > len(head))
        f.seek(0)
        if codec.startswith(("utf-16", "utf-32")):
            # records cannot be split on b"\n" in UTF-16: decode the whole file (bounded by max_bytes)
            if size > opts.max_bytes:
                yield Reject(name, "ingest", _too_large(size, opts.max_bytes))
                return
            text = decode_bytes(f.read(), name)
            lines = ((i, line.encode("utf-8")) for i, line in enumerate(text.split("\n"), 1))
            yield from _jsonl_lines(lines, name, opts)
        else:
            yield from _jsonl_lines(_bounded_lines(f, opts.max_bytes), name, opts)


def _bounded_lines(f: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line longer than `limit` (read past, not kept)."""
    for lineno in itertools.count(1):
        line = f.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield lineno, None
        else:
            yield lineno, line


def _jsonl_lines(lines: Iterable[tuple[int, bytes | None]], name: str, opts: _Options) -> Iterator[Article | Reject]:
    seen = False
    for lineno, raw in lines:
        where = f"{name}:line {lineno}"
        if raw is None:
            seen = True
            yield Reject(where, "ingest", f"record too large (more than {opts.max_bytes} bytes)")
            continue
        if not raw.strip():
            continue
        seen = True
        try:
            obj = json.loads(decode_bytes(raw, where).strip())
        except SitrepError as e:
            yield Reject(where, "ingest", e.reason)
            continue
        except json.JSONDecodeError as e:
            yield Reject(where, "ingest", f"invalid JSON: {e.msg} (column {e.colno})")
            continue
        except (ValueError, RecursionError) as e:
            yield Reject(where, "ingest", f"invalid JSON: {e}")
            continue
        yield _record_article(obj, where, opts)
    if not seen:
        raise ParseError("file contains no JSON lines")


def _read_csv(f: IO[bytes], name: str, delimiter: str | None, opts: _Options) -> Iterator[Article | Reject]:
    head = f.read(_HEAD)
    more = bool(f.read(1))
    f.seek(0)
    codec = detect_encoding(head, name, partial=more)
    # a UTF-8 file whose head is clean may still hold stray Windows-1252 bytes further down
    stream = io.TextIOWrapper(f, encoding=codec, errors="sitrep-cp1252" if codec == "utf-8" else "strict", newline="")
    try:
        header_line = stream.readline()
        if delimiter is None:
            delimiter = max((",", ";", "\t", "|"), key=header_line.count)
        csv.field_size_limit(max(csv.field_size_limit(), opts.max_bytes))
        reader = csv.reader(itertools.chain([header_line], stream), delimiter=delimiter)
        try:
            header = [h.strip().lstrip("\ufeff").lower() for h in next(reader)]
        except StopIteration:
            raise ParseError("CSV file has no header row") from None
        keys = (opts.text_column.strip().lower(),) if opts.text_column else TEXT_KEYS
        if not any(k in header for k in keys):
            cols = ", ".join(h for h in header if h) or "none"
            if opts.text_column:
                raise ParseError(f"no column {opts.text_column!r} in the CSV header (columns: {cols})")
            raise ParseError(f"no text column in the CSV header: none of {', '.join(keys)} (columns: {cols}); "
                             f"name the column with --text-column")
        if opts.date_column and opts.date_column.strip().lower() not in header:
            cols = ", ".join(h for h in header if h) or "none"
            raise ParseError(f"no column {opts.date_column!r} in the CSV header (columns: {cols})")
        start = reader.line_num + 1
        hxl_row = True  # the first row may be an HXL hashtag row (HDX's exports: "#date+occurred", "#description")
        while True:
            where = f"{name}:line {start}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield Reject(where, "ingest", f"CSV error: {e}")
                return
            start = reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if hxl_row:
                hxl_row = False
                if all(c.strip().startswith("#") for c in row if c.strip()):
                    continue
            if sum(len(c) for c in row) > opts.max_bytes:
                yield Reject(where, "ingest", f"record too large (more than {opts.max_bytes} characters)")
                continue
            rec = {h: v for h, v in zip(header, row, strict=False) if h}
            yield _record_article(rec, where, opts)
    except UnicodeDecodeError as e:
        raise ParseError(f"cannot decode as {codec} further down the file: {e.reason}") from e
    finally:
        stream.detach()


# ------------------------------------------------------------------------------------------------- HTML


def _html_article(text: str, name: str, opts: _Options) -> Article | Reject:
    import trafilatura  # heavy import: only when there is HTML to read

    if not _HTML_TAG.search(text[:_HEAD]):
        return Reject(name, "ingest", "HTML has no extractable main text (no HTML markup in the file)")
    try:
        doc = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,
                "max_date": date.today().isoformat(),
            },
        )
    except Exception as e:  # noqa: BLE001 - a third-party parser on untrusted input: never let it stop a run
        return Reject(name, "ingest", f"HTML cannot be parsed: {type(e).__name__}: {e}")
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        return Reject(name, "ingest", "HTML has no extractable main text")
    meta = {
        "title": getattr(doc, "title", None),
        "date": getattr(doc, "date", None),
        "outlet": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        "url": getattr(doc, "url", None),
    }
    return _build(normalise_newlines(body), name, meta, opts)


# ------------------------------------------------------------------------------------------------- feeds


def _local(el: Any) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag.split(":")[-1]


def _children(el: Any, *names: str) -> list[Any]:
    return [c for c in el if _local(c) in names]


def _el_text(el: Any) -> str:
    """Text of a feed element: CDATA or escaped HTML, or inline XHTML (Atom type="xhtml")."""
    if len(el) and el.get("type", "").lower() == "xhtml":
        inner = "".join(etree.tostring(c, encoding="unicode") for c in el)
        return html_to_text(inner)
    return html_to_text(el.text or "")


def _feed_articles(text: str, name: str, opts: _Options) -> Iterator[Article | Reject]:
    data = _XML_DECL.sub("", text, count=1).encode("utf-8")
    warnings: list[str] = []
    try:
        root = etree.fromstring(data, _xml_parser(recover=False))
    except etree.XMLSyntaxError as e:
        try:
            root = etree.fromstring(data, _xml_parser(recover=True))
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            raise ParseError(f"invalid XML: {e}") from e
        warnings.append(f"malformed feed XML read in recovery mode ({e})")
    kind = _local(root).lower()
    if kind == "rss":
        channel = next(iter(_children(root, "channel")), None)
        if channel is None:
            raise ParseError("RSS feed has no <channel>")
        items, feed_el = _children(channel, "item"), channel
    elif kind == "rdf":
        feed_el = next(iter(_children(root, "channel")), root)
        items = _children(root, "item")
    elif kind == "feed":
        items, feed_el = _children(root, "entry"), root
    else:
        raise ParseError(f"XML is not an RSS or Atom feed (root element <{_local(root)}>)")
    if not items:
        raise ParseError("feed has no items")
    feed_title = next((_el_text(t) for t in _children(feed_el, "title")), None)
    for i, item in enumerate(items, 1):
        yield _feed_item(item, f"{name}#item {i}", feed_title, opts, list(warnings))


def _xml_parser(*, recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=recover, encoding="utf-8"
    )


def _feed_item(item: Any, where: str, feed_title: str | None, opts: _Options, warnings: list[str]) -> Article | Reject:
    body = ""
    for names in (("encoded",), ("content",), ("description",), ("summary",)):
        for el in _children(item, *names):
            body = _el_text(el)
            if body.strip():
                break
        if body.strip():
            break
    if not body.strip():
        return Reject(where, "ingest", "feed item has no text (no description, content or summary)")
    link = None
    for el in _children(item, "link"):
        href = el.get("href")
        if href and el.get("rel", "alternate") == "alternate":
            link = href
            break
        if not href and el.text and el.text.strip():
            link = el.text.strip()
            break
    guid = next(iter(_children(item, "guid", "id")), None)
    if link is None and guid is not None and (guid.text or "").strip().startswith("http") \
            and guid.get("isPermaLink") != "false":
        link = guid.text.strip()
    when = next(
        (el.text for el in _children(item, "pubDate", "published", "date", "issued", "updated", "modified") if el.text),
        None,
    )
    source_el = next(iter(_children(item, "source")), None)
    source = None
    if source_el is not None:
        source = (source_el.text or "").strip() or next((_el_text(t) for t in _children(source_el, "title")), None)
    meta = {
        "title": next((_el_text(t) for t in _children(item, "title")), None),
        "date": when,
        "outlet": source or feed_title,
        "url": link,
        "id": (guid.text or "").strip() if guid is not None else None,
    }
    return _build(normalise_newlines(body), where, meta, opts, warnings)


# ------------------------------------------------------------------------------------------- the article


def _build(
    text: str, where: str, meta: Mapping[str, Any], opts: _Options, warnings: list[str] | None = None
) -> Article:
    warnings = list(warnings or [])
    url = _scalar(_first(meta, URL_KEYS))
    published: date | None = None
    if opts.published is not None:
        published = opts.published
    else:
        raw_date = _first(meta, (opts.date_column.strip().lower(),) if opts.date_column else DATE_KEYS)
        if opts.date_column and raw_date is None:  # a misspelt --date-column must not leave articles undated unsaid
            warnings.append(f"no publication date under {opts.date_column!r}")
        try:
            published = parse_date(raw_date)
        except (ValueError, OverflowError):
            warnings.append(f"unparseable publication date {_scalar(raw_date) or str(raw_date)!r}")
    return Article(
        id="",
        text="",
        raw_text=text,
        title=_scalar(_first(meta, TITLE_KEYS)),
        published=published,
        outlet=opts.outlet if opts.outlet is not None else _outlet(_scalar(_first(meta, OUTLET_KEYS)), url),
        url=opts.url if opts.url is not None else url,
        path=where,
        record_id=_scalar(_first(meta, ID_KEYS)),
        warnings=warnings,
    )


def _outlet(name: str | None, url: str | None) -> str | None:
    """The outlet as the record names it ("www." dropped from a bare host name), else the host of its URL."""
    if name:
        return name.removeprefix("www.") if _HOSTLIKE.match(name) else name
    return _hostname(url)


def _hostname(url: str | None) -> str | None:
    """The site of a URL, without "www." (web.archive.org captures give the archived site)."""
    if not url:
        return None
    m = _ARCHIVED.match(url)
    if m:
        url = m.group(1)
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def _tidy(text: str) -> str:
    lines = [_WS.sub(" ", line).strip() for line in normalise_newlines(text).split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def _epoch(v: float) -> date:
    if 1e12 <= abs(v) < 1e14:
        v /= 1000.0
    if not 1e8 <= v < 1e11:
        raise ValueError(v)
    return datetime.fromtimestamp(v, tz=UTC).date()


def _parse_date_str(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s).date()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    if len(s) <= 100 and any(ch.isdigit() for ch in s):
        import dateparser  # slow to import: only for the rare date no fixed format reads

        try:
            parsed = dateparser.parse(s, languages=list(_DATEPARSER_LANGUAGES), settings=_DATEPARSER_SETTINGS)
        except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input
            parsed = None
        if isinstance(parsed, datetime):
            return parsed.date()
    raise ValueError(s)
