"""Tests of the ingest stage: decoding bytes, and reading files, directories, globs and stdin into Articles/Rejects."""

from __future__ import annotations

import codecs
import contextlib
import io
import itertools
import json
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import BinaryInput, DecodingError, EmptyInput, SitrepError
from sitrep.ingest import decode_bytes, html_to_text, iter_documents, parse_date
from sitrep.ingest.readers import TEXT_KEYS
from sitrep.model import Article, Reject

DATA = Path(__file__).parent / "data" / "ingest"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64


# ----------------------------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Tillabéri".encode("latin-1"), "Tillabéri"),
        (
            "Attack near Tillabéri, in Niger. The café was closed.".encode("latin-1"),
            "Attack near Tillabéri, in Niger. The café was closed.",
        ),
        (
            "Les forces armées ont été attaquées à Ségou.".encode("latin-1"),
            "Les forces armées ont été attaquées à Ségou.",
        ),
        (
            "He said \u201cno\u201d \u2014 the army\u2019s chief.".encode("cp1252"),
            "He said \u201cno\u201d \u2014 the army\u2019s chief.",
        ),
        ("Tillabéri".encode(), "Tillabéri"),
        (codecs.BOM_UTF8 + "Tillabéri".encode(), "Tillabéri"),
        ("Attack in Tillabéri\r\nsecond line".encode("utf-16"), "Attack in Tillabéri\nsecond line"),
        ("Attack in Tillabéri, second line".encode("utf-16-le"), "Attack in Tillabéri, second line"),
        ("Attack in Tillabéri, second line".encode("utf-16-be"), "Attack in Tillabéri, second line"),
        (
            "Атака на конвой в Нигере: погибли 23 военнослужащих.".encode("cp1251"),
            "Атака на конвой в Нигере: погибли 23 военнослужащих.",
        ),
        (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
    ],
    ids=[
        "latin1-word",
        "latin1",
        "latin1-french",
        "cp1252-smart-quotes",
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "utf16le",
        "utf16be",
        "cp1251",
        "newlines",
    ],
)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "x.txt") == expected


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyInput, "empty file"),
        (b" \n\t\r\n ", EmptyInput, "only whitespace"),
        ("  \n".encode("utf-16"), EmptyInput, "only whitespace"),
        (PNG, BinaryInput, "PNG image"),
        (b"PK\x03\x04\x14\x00\x00\x00", BinaryInput, "zip"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", BinaryInput, "PDF"),
        (b"abc\x00def", BinaryInput, "NUL"),
        (bytes(range(1, 8)) * 20, BinaryInput, "control characters"),
    ],
)
def test_decode_bytes_refuses(data: bytes, error: type[SitrepError], words: str) -> None:
    with pytest.raises(error) as info:
        decode_bytes(data, "bad.bin")
    assert words in info.value.reason
    assert info.value.path == "bad.bin"


def test_decoding_error_is_an_input_error() -> None:
    assert issubclass(DecodingError, SitrepError)


# -------------------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-03-16 10:21:00", date(2017, 3, 16)),
        ("2017-03-16", date(2017, 3, 16)),
        ("2024-03-23T10:00:00Z", date(2024, 3, 23)),
        ("2024-03-16T18:00:00+01:00", date(2024, 3, 16)),
        ("Sat, 23 Mar 2024 09:30:00 GMT", date(2024, 3, 23)),
        ("April 10, 2017", date(2017, 4, 10)),
        ("10 March 2023", date(2023, 3, 10)),
        ("16 mars 2017", date(2017, 3, 16)),
        (1489659660, date(2017, 3, 16)),
        (None, None),
        ("None", None),
        ("", None),
    ],
)
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["sometime last spring", "yesterday", "0001-01-01", "March 2017", "xyz"])
def test_parse_date_refuses(value: str) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


def test_html_to_text_keeps_paragraphs() -> None:
    assert (
        html_to_text("<p>One <b>two</b>.</p><p>Three &amp; four.</p><script>x()</script>")
        == "One two.\n\nThree & four."
    )
    assert html_to_text("Plain &amp; simple") == "Plain & simple"


# ------------------------------------------------------------------------------------------------ readers


def _by_path(docs: list[Article | Reject], root: Path) -> dict[str, Article | Reject]:
    out: dict[str, Article | Reject] = {}
    for d in docs:
        assert d.path is not None
        key = Path(d.path.split(":line")[0].split("#")[0]).relative_to(root).as_posix()
        suffix = d.path[len(str(root / key)) :]
        out[key + suffix] = d
    return out


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """The text fixtures plus generated binary and legacy-encoded files, in a fresh directory."""
    root = tmp_path / "in"
    shutil.copytree(DATA, root)
    (root / "image.png").write_bytes(PNG)
    (root / "latin1.txt").write_bytes(
        "Soldiers were deployed to Tillabéri after the attack on Monday, officials said.".encode("latin-1")
    )
    (root / "smart.txt").write_bytes(
        "The minister said \u201cwe will not leave\u201d \u2014 the army\u2019s chief agreed on Friday.".encode(
            "cp1252"
        )
    )
    (root / "utf16.txt").write_bytes(
        "Gunmen killed five villagers near Ménaka on Sunday, residents said.\r\n".encode("utf-16")
    )
    (root / ".hidden.txt").write_text("A hidden file must not be read at all, whatever it holds inside.")
    (root / ".git").mkdir()
    (root / ".git" / "config.txt").write_text("A file inside a hidden folder is skipped as well as hidden files.")
    (root / "sub").mkdir()
    (root / "sub" / "nested.md").write_text(
        "A nested markdown file about clashes in Gao is read from the subfolder too."
    )
    return root


def test_directory_of_mixed_files(corpus: Path) -> None:
    docs = list(iter_documents([corpus]))
    got = _by_path(docs, corpus)
    articles = {k: v for k, v in got.items() if isinstance(v, Article)}
    rejects = {k: v for k, v in got.items() if isinstance(v, Reject)}

    assert set(articles) == {
        "article.html",
        "atom.xml#item 1",
        "feed.xml#item 1",
        "latin1.txt",
        "records.csv:line 2",
        "records.csv:line 3",
        "records.json#item 1",
        "records.jsonl:line 1",
        "records.jsonl:line 4",
        "report.txt",
        "smart.txt",
        "sub/nested.md",
        "utf16.txt",
    }
    assert {k: v.reason for k, v in rejects.items()} == {
        "broken.html": "HTML has no extractable main text",
        "empty.txt": "empty file",
        "feed.xml#item 2": "feed item has no text (no description, content or summary)",
        "image.png": "binary file (PNG image), not text",
        "not_a_feed.xml": "XML is not an RSS or Atom feed (root element <catalog>)",
        "not_html.html": "HTML has no extractable main text (no HTML markup in the file)",
        "notext.csv": (f"no text column in the CSV header: none of {', '.join(TEXT_KEYS)} (columns: headline, when); "
                       "name the column with --text-column"),
        "records.json#item 2": (
            f"record has no text field (looked for {', '.join(TEXT_KEYS)}; fields: date_publish, title)"
        ),
        "records.jsonl:line 2": "invalid JSON: Expecting ',' delimiter (column 66)",
    }
    assert all(r.stage == "ingest" for r in rejects.values())
    # sidecar metadata is used, and the sidecar itself is not read as a document
    assert "report.txt.json" not in got
    for a in articles.values():
        assert isinstance(a, Article)
        assert a.id == "" and a.text == "" and a.raw_text.strip()
    # order is sorted and deterministic
    assert [d.path for d in docs] == [d.path for d in iter_documents([corpus])]


def test_text_files_and_encodings(corpus: Path) -> None:
    got = _by_path(list(iter_documents([corpus])), corpus)
    assert got["latin1.txt"].raw_text.startswith("Soldiers were deployed to Tillabéri")  # type: ignore[union-attr]
    assert "\u201cwe will not leave\u201d \u2014 the army\u2019s" in got["smart.txt"].raw_text  # type: ignore[union-attr]
    assert got["utf16.txt"].raw_text == "Gunmen killed five villagers near Ménaka on Sunday, residents said.\n"  # type: ignore[union-attr]
    report = got["report.txt"]
    assert isinstance(report, Article)
    assert (report.title, report.published, report.outlet, report.url) == (
        "Four soldiers killed near Tillaberi",
        date(2024, 3, 19),
        "Example Wire",
        "https://example.org/tillaberi-attack",
    )
    nested = got["sub/nested.md"]
    assert isinstance(nested, Article) and nested.title is None and nested.published is None


def test_html_metadata(corpus: Path) -> None:
    a = _by_path(list(iter_documents([corpus / "article.html"])), corpus)["article.html"]
    assert isinstance(a, Article)
    assert a.title == "Convoy ambushed near Teguey"
    assert a.published == date(2024, 3, 23)
    assert a.outlet == "Example News"
    assert a.url == "https://news.example.com/niger/convoy-ambush"
    assert "23 soldiers were killed" in a.raw_text
    assert "Home" not in a.raw_text and "Copyright" not in a.raw_text  # navigation and footer are not main text


def test_json_jsonl_csv_metadata(corpus: Path) -> None:
    got = _by_path(list(iter_documents([corpus])), corpus)
    rec = got["records.json#item 1"]
    assert isinstance(rec, Article)
    assert (rec.title, rec.published, rec.outlet, rec.url) == (
        "Mali army says it repelled attack on Sevare base",
        date(2017, 3, 16),
        "example.net",
        "https://www.example.net/mali-sevare",
    )
    line1 = got["records.jsonl:line 1"]
    assert isinstance(line1, Article)
    assert line1.published == date(2022, 6, 10) and line1.outlet == "example.com"  # host of the archived URL
    line4 = got["records.jsonl:line 4"]
    assert isinstance(line4, Article)
    assert line4.published is None
    assert line4.warnings == ["unparseable publication date 'sometime last spring'"]
    row2 = got["records.csv:line 2"]
    assert isinstance(row2, Article)
    assert (row2.title, row2.published, row2.outlet, row2.url) == (
        "Drone strike reported in Kidal",
        date(2023, 10, 2),
        "Example Daily",
        "https://example.com/kidal",
    )
    row3 = got["records.csv:line 3"]
    assert isinstance(row3, Article)
    assert (
        row3.raw_text
        == "Authorities extended the night curfew in Ouagadougou by two weeks.\nThe measure follows a series of attacks."
    )
    assert row3.published == date(2023, 3, 10) and row3.outlet is None and row3.url is None


def test_feeds(corpus: Path) -> None:
    got = _by_path(list(iter_documents([corpus / "feed.xml", corpus / "atom.xml"])), corpus)
    rss = got["feed.xml#item 1"]
    assert isinstance(rss, Article)
    assert (
        rss.raw_text
        == "Islamic State fighters ambushed a military convoy near Tillaberi, the army said.\n\nTwenty-three soldiers were killed."
    )
    assert (rss.title, rss.published, rss.outlet, rss.url) == (
        "Attack on convoy near Tillaberi",
        date(2024, 3, 23),
        "Sahel Monitor",
        "https://sahel.example.org/2024/03/convoy",
    )
    atom = got["atom.xml#item 1"]
    assert isinstance(atom, Article)
    assert atom.title == "Junta revokes military agreement"
    assert atom.published == date(2024, 3, 16)
    assert atom.url == "https://atom.example.com/junta-revokes"
    assert atom.raw_text.startswith("Niger's junta revoked")


def test_invalid_xml(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rss"
    bad.write_text("<rss><channel><item><title>x</title></chan")
    (d,) = list(iter_documents([bad]))
    assert isinstance(d, Reject)
    assert d.reason.startswith(("invalid XML", "feed has no items", "feed item has no text"))


def test_missing_source_glob_and_overrides(corpus: Path) -> None:
    docs = list(iter_documents([corpus / "nope.txt", str(corpus / "*.jsonl"), str(corpus / "*.nothing")]))
    assert isinstance(docs[0], Reject) and docs[0].reason == "no such file or directory"
    assert [d.path for d in docs[1:-1]] == [f"{corpus}/records.jsonl:line {n}" for n in (1, 2, 4)]
    assert isinstance(docs[-1], Reject) and docs[-1].reason == "no files match the pattern"

    over = [
        d
        for d in iter_documents(
            [str(corpus / "**" / "*.md"), corpus / "records.jsonl"],
            published=date(2024, 4, 20),
            outlet="dpa",
            url="https://x.example/",
        )
        if isinstance(d, Article)
    ]
    assert len(over) == 3
    assert all((a.published, a.outlet, a.url) == (date(2024, 4, 20), "dpa", "https://x.example/") for a in over)
    assert all(not a.warnings for a in over)  # the unparseable date is overridden, not warned about


def test_max_bytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 500)
    (d,) = list(iter_documents([big], max_bytes=100))
    assert isinstance(d, Reject) and d.reason == "too large (500 bytes > limit 100)"
    lines = tmp_path / "big.jsonl"
    lines.write_text(json.dumps({"text": "y" * 300}) + "\n" + json.dumps({"text": "short text of a record"}) + "\n")
    docs = list(iter_documents([lines], max_bytes=100))
    assert isinstance(docs[0], Reject) and docs[0].path.endswith("big.jsonl:line 1") and "too large" in docs[0].reason
    assert isinstance(docs[1], Article) and docs[1].raw_text == "short text of a record"


def test_text_column(tmp_path: Path) -> None:
    f = tmp_path / "t.tsv"
    f.write_text("headline\tstory\nA title\tThe story of the day, told in one sentence.\n")
    (a,) = list(iter_documents([f], text_column="Story"))
    assert (
        isinstance(a, Article) and a.title == "A title" and a.raw_text == "The story of the day, told in one sentence."
    )
    (r,) = list(iter_documents([f], text_column="body_text"))
    assert isinstance(r, Reject) and r.reason == "no column 'body_text' in the CSV header (columns: headline, story)"


def test_date_column(tmp_path: Path) -> None:
    # a coded dataset's rows read as articles: the text and the date under the dataset's own column names
    f = tmp_path / "coded.csv"
    f.write_text("event_date,notes\n03 December 2020,Gunmen attacked a village on Tuesday.\n")
    (a,) = list(iter_documents([f], text_column="notes", date_column="Event_Date"))
    assert isinstance(a, Article) and a.published == date(2020, 12, 3)
    # an ACLED export's own column names are known (the notes read as of their event's date); others are named
    (a,) = list(iter_documents([f]))
    assert isinstance(a, Article) and a.published == date(2020, 12, 3)
    (r,) = list(iter_documents([f], text_column="notes", date_column="when"))
    assert isinstance(r, Reject) and r.reason == "no column 'when' in the CSV header (columns: event_date, notes)"
    g = tmp_path / "summaries.csv"
    g.write_text("occurred,summary\n03 December 2020,Gunmen attacked a village on Tuesday.\n")
    (a,) = list(iter_documents([g], text_column="summary"))
    assert isinstance(a, Article) and a.published is None  # not a publication date unless the user says so
    (r,) = list(iter_documents([g]))
    assert isinstance(r, Reject) and r.reason.endswith("name the column with --text-column")
    j = tmp_path / "coded.jsonl"
    j.write_text('{"notes": "Gunmen attacked a village.", "event_date": "2020-12-03"}\n')
    (a,) = list(iter_documents([j], text_column="notes", date_column="event_date"))
    assert isinstance(a, Article) and a.published == date(2020, 12, 3) and a.warnings == []
    # a record without the named field is read undated, and says so
    (a,) = list(iter_documents([j], text_column="notes", date_column="when"))
    assert isinstance(a, Article) and a.published is None and a.warnings == ["no publication date under 'when'"]


def test_an_acled_export_is_read_as_coded_notes(tmp_path: Path) -> None:
    """An ACLED export read as it is: its notes are the text, published on the event's date, its event id the
    record's; an HXL hashtag row under the header (HDX's exports) is no record; a record's own "text" still wins."""
    f = tmp_path / "acled.csv"
    f.write_text("event_id_cnty,event_date,event_type,location,notes,fatalities\n"
                 "#event+code,#date+occurred,#event+type,#loc+name,#description,#affected+killed\n"
                 'XYZ12,2022-03-03,Battles,Boni,"On 3 March 2022, militants ambushed a convoy near Boni.",5\n'
                 "XYZ13,4 March 2022,Riots,Gao,\"On 4 March 2022, youths burned tyres in Gao.\",0\n")
    docs = list(iter_documents([f]))
    assert all(isinstance(d, Article) for d in docs) and len(docs) == 2
    a, b = docs
    assert (a.raw_text, a.published, a.record_id) == ("On 3 March 2022, militants ambushed a convoy near Boni.",
                                                      date(2022, 3, 3), "XYZ12")
    assert (b.published, b.record_id, b.path) == (date(2022, 3, 4), "XYZ13", f"{f}:line 4")
    g = tmp_path / "news.csv"
    g.write_text("id,date,text,notes\n7,2022-03-05,The article's text.,an editor's note\n")
    (c,) = list(iter_documents([g]))
    assert isinstance(c, Article) and c.raw_text == "The article's text." and c.record_id == "7"


def test_semicolon_csv_and_json_wrapper(tmp_path: Path) -> None:
    f = tmp_path / "semi.csv"
    f.write_text("title;content\nT;Some text with a comma, inside it.\n")
    (a,) = list(iter_documents([f]))
    assert isinstance(a, Article) and a.raw_text == "Some text with a comma, inside it."
    w = tmp_path / "newsapi.json"
    w.write_text(
        json.dumps(
            {
                "status": "ok",
                "articles": [
                    {
                        "title": "T",
                        "content": "Body of the article.",
                        "source": {"id": None, "name": "Example Times"},
                        "publishedAt": "2024-03-25T08:00:00Z",
                    },
                ],
            }
        )
    )
    (b,) = list(iter_documents([w]))
    assert isinstance(b, Article) and b.outlet == "Example Times" and b.path.endswith("newsapi.json#item 1")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Stdin:
        buffer = io.BytesIO("Troops clashed with rebels near Goma on Sunday, the army said.".encode("latin-1"))

    monkeypatch.setattr(sys, "stdin", _Stdin())
    (a,) = list(iter_documents(["-"], outlet="stdin test"))
    assert isinstance(a, Article)
    assert a.path == "<stdin>" and a.outlet == "stdin test" and a.raw_text.startswith("Troops clashed")


def test_stdin_sniffs_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Stdin:
        buffer = io.BytesIO(b'{"text": "First record text."}\n{"text": "Second record text."}\n')

    monkeypatch.setattr(sys, "stdin", _Stdin())
    docs = list(iter_documents(["-"]))
    assert [d.path for d in docs] == ["<stdin>:line 1", "<stdin>:line 2"]


def test_unreadable_files_do_not_stop_the_run(tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(PNG)
    (tmp_path / "b.txt").write_text("After the binary file, this text file is still read correctly.")
    docs = list(iter_documents([tmp_path]))
    assert [type(d).__name__ for d in docs] == ["Reject", "Article"]
    assert docs[0].reason.startswith("binary file")  # type: ignore[union-attr]


# ------------------------------------------------------------------------------------------ shared data


def test_news_please_gold_json_loads(shared_dir: Path) -> None:
    data = shared_dir / "eval-data" / "giveme5w1h-gold" / "data"
    files = sorted(data.glob("*.json"))
    if not files:
        pytest.skip("giveme5w1h gold data is absent")
    docs = list(iter_documents(files))
    assert all(isinstance(d, Article) for d in docs)
    raw = json.loads(files[0].read_text(encoding="utf-8"))
    first = docs[0]
    assert isinstance(first, Article)
    assert first.title == raw["title"]
    assert first.url == raw["url"]
    assert first.outlet == raw["publisher"]
    assert first.published is not None and first.published.isoformat() == raw["date_publish"][:10]
    assert first.raw_text.startswith(raw["text"][:50])
    assert not any(d.warnings for d in docs if isinstance(d, Article))  # "None" dates are missing, not unparseable


def test_gva_jsonl_streams(shared_dir: Path) -> None:
    path = shared_dir / "eval-data" / "gva-gun-violence-news-casualties" / "violent_corpus_docs.jsonl"
    if not path.is_file():
        pytest.skip("GVA corpus is absent")
    with contextlib.closing(iter_documents([path])) as stream:
        docs = list(itertools.islice(stream, 50))
    articles = [d for d in docs if isinstance(d, Article)]
    assert len(articles) >= 45
    with path.open(encoding="utf-8") as f:
        first = json.loads(f.readline())
    assert articles[0].title == first["title"]
    assert articles[0].published is not None and articles[0].published.isoformat() == first["dct"]
    assert articles[0].url == first["uri"]
    assert articles[0].path == f"{path}:line 1"
