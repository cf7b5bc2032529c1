"""Turn the bytes of a document into text: refuse empty and binary input, detect UTF-8/UTF-16/Western encodings."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from sitrep.errors import BinaryInput, DecodingError, EmptyInput

__all__ = ["decode_bytes", "detect_encoding", "normalise_newlines", "repair_mojibake"]

# Signatures of common binary formats: (magic prefix, what it is).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive or Office document"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "executable"),
    (b"MZ\x90\x00", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 control bytes that never occur in text (tab, newlines, form feed, escape are allowed).
_CONTROL = (
    frozenset(range(0x00, 0x09)) | frozenset((0x0E, 0x0F)) | frozenset(range(0x10, 0x1B)) | frozenset(range(0x1C, 0x20))
)
_CONTROL_BYTES = bytes(sorted(_CONTROL))
_CONTROL_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CONTROL)) + "]")
_CONTROL_SHARE = 0.05  # above this share of control bytes a file is binary
_SAMPLE = 65_536

# Bytes 0x80-0x9F: smart quotes and dashes in Windows-1252, invisible C1 controls in Latin-1.
_C1 = re.compile(rb"[\x80-\x9f]")
# What Windows-1252 shows for bytes 0x80-0x9F (five of them are undefined): typographic quotes, dashes, etc.
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
# Characters beyond ASCII that a Western (Windows-1252) text plausibly contains, besides letters and 0xA0-0xBF.
_WESTERN_EXTRA = frozenset(_CP1252_HIGH)
_WESTERN_MAX_SHARE = 0.3  # at most this share of letters may be non-ASCII in real Western text

_NEWLINES = re.compile(r"\r\n?|\u2028|\x85")


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler "sitrep-cp1252": stray bytes in a UTF-8 stream read as Windows-1252 (else Latin-1)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error("sitrep-cp1252", _cp1252_fallback)


# UTF-8 bytes that were decoded as Windows-1252 (or Latin-1): "â€™" for "’", "Ã©" for "é", "Â " for a no-break space.
# The lead character fixes how many continuation characters follow, as in UTF-8 itself.
_CONT = f"[\u0080-\u00bf{_CP1252_HIGH}\ufffd]"
_MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}")


def _unmangle(m: re.Match[str]) -> str:
    raw = bytearray()
    for ch in m.group(0):
        if ch == "\ufffd":
            raw.append(0x9D)  # the byte cp1252 cannot show; in "â€\ufffd" it is the closing quote U+201D
        elif ord(ch) < 0x100:
            raw.append(ord(ch))
        else:
            raw += ch.encode("cp1252")
    try:
        out = raw.decode("utf-8")
    except UnicodeDecodeError:
        return m.group(0)
    # a real repair gives a letter of an alphabet or typographic punctuation, never a CJK or private-use character
    cp = ord(out)
    return out if cp <= 0x7FF or 0x2000 <= cp <= 0x20CF or 0x2100 <= cp <= 0x214F else m.group(0)


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 text that was decoded as Windows-1252 ("â€™" -> "’"); return the text and how many were fixed."""
    if not _MOJIBAKE.search(text):
        return text, 0
    count = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal count
        out = _unmangle(m)
        count += out != m.group(0)
        return out

    return _MOJIBAKE.sub(fix, text), count


def normalise_newlines(text: str) -> str:
    """Turn CRLF, CR, NEL and LINE SEPARATOR into \\n; PARAGRAPH SEPARATOR into a blank line."""
    return _NEWLINES.sub("\n", text).replace("\u2029", "\n\n")


def _utf16_pattern(sample: bytes) -> str | None:
    """Guess BOM-less UTF-16 from the NUL bytes that ASCII characters leave in every other position."""
    n = len(sample) - len(sample) % 2
    if n < 8:
        return None
    pairs = n // 2
    even_nul = sample[0:n:2].count(0)
    odd_nul = sample[1:n:2].count(0)
    if odd_nul >= 0.3 * pairs and even_nul <= 0.05 * pairs:
        return "utf-16-le"
    if even_nul >= 0.3 * pairs and odd_nul <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _check_magic(sample: bytes, path: str) -> None:
    for magic, what in _MAGIC:
        if sample.startswith(magic):
            raise BinaryInput(f"binary file ({what}), not text", path=path)


def _check_binary(sample: bytes, path: str) -> None:
    if b"\x00" in sample:
        raise BinaryInput("binary file (contains NUL bytes), not text", path=path)
    if sample:
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if controls / len(sample) > _CONTROL_SHARE:
            raise BinaryInput(f"binary file ({controls / len(sample):.0%} control characters), not text", path=path)


def _utf8_ok(data: bytes, partial: bool) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        # a sample cut inside a multi-byte character is still UTF-8
        return partial and e.reason == "unexpected end of data" and e.start >= len(data) - 3
    return True


def _looks_western(text: str) -> bool:
    """True when a Windows-1252 reading looks like Western-European text, not mojibake of another script."""
    letters = 0
    foreign = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ord(ch) > 0x7F:
                foreign += 1
        elif ord(ch) > 0x7F and ch not in _WESTERN_EXTRA and not (0xA0 <= ord(ch) <= 0xBF) and ch not in "\u00d7\u00f7":
            return False
    if letters == 0:
        return True
    return foreign / letters <= _WESTERN_MAX_SHARE


def detect_encoding(sample: bytes, path: str, *, partial: bool = False, hint: str | None = None) -> str:
    """Name the codec for `sample` (the whole document, or its head when `partial`), or raise an InputError.

    `hint` is an encoding the document declares (HTML meta charset, XML declaration); it is used only when
    the bytes are not UTF-8.
    """
    if not sample.strip():
        raise EmptyInput("empty file" if not sample else "file contains only whitespace", path=path)
    _check_magic(sample, path)
    for bom, codec in _BOMS:
        if sample.startswith(bom):
            return codec
    utf16 = _utf16_pattern(sample[:_SAMPLE])
    if utf16 is not None:
        head = sample[: min(len(sample), _SAMPLE) // 2 * 2]
        try:
            head.decode(utf16)
        except UnicodeDecodeError as e:
            if not ((partial or len(sample) > _SAMPLE) and e.reason == "unexpected end of data"):
                utf16 = None
        if utf16 is not None and (partial or len(sample) % 2 == 0):
            return utf16
    _check_binary(sample[:_SAMPLE], path)
    if _utf8_ok(sample, partial):
        return "utf-8"
    if hint:
        try:
            declared: str | None = codecs.lookup(hint).name
        except LookupError:
            declared = None
        if declared and declared not in ("utf-8", "utf-16", "utf-32", "ascii"):
            try:
                sample.decode(declared)
            except UnicodeDecodeError:
                pass
            else:
                return "cp1252" if declared == "latin-1" and _C1.search(sample) else declared
    # Western text first: charset-normalizer mislabels short Latin-1/cp1252 text (cp1250, cp1006, ...).
    try:
        western = sample.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _looks_western(western[:_SAMPLE]):
        return "cp1252"  # identical to Latin-1 for 0xA0-0xFF; smart quotes for 0x80-0x9F
    best = charset_normalizer.from_bytes(sample).best()
    if best is not None:
        codec = codecs.lookup(best.encoding).name
        if codec == "latin-1" and western is not None:
            return "cp1252"
        return codec
    if western is not None:
        return "cp1252"
    raise DecodingError("cannot decode: not UTF-8, UTF-16 or any encoding charset-normalizer recognises", path=path)


def decode_bytes(data: bytes, path: str, *, hint: str | None = None) -> str:
    """Decode a whole document to text with \\n newlines; raise EmptyInput, BinaryInput or DecodingError."""
    codec = detect_encoding(data, path, hint=hint)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        raise DecodingError(f"cannot decode as {codec}: {e.reason} at byte {e.start}", path=path) from e
    except LookupError as e:  # pragma: no cover - codec names come from codecs.lookup
        raise DecodingError(f"unknown encoding {codec!r}", path=path) from e
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise EmptyInput("file contains only whitespace", path=path)
    head = text[:_SAMPLE]
    controls = len(_CONTROL_CHARS.findall(head))
    if controls / len(head) > _CONTROL_SHARE:
        raise BinaryInput(f"binary file ({controls / len(head):.0%} control characters), not text", path=path)
    return normalise_newlines(text)
