"""Strip non-news lines from articles: comment prompts, captions, credits, sign-offs, footers, repeated headlines."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

from sitrep.ingest.encoding import repair_mojibake
from sitrep.ingest.readers import parse_date
from sitrep.model import Article, Reject, Removed
from sitrep.text.dateline import dateline_span

__all__ = ["LEADING_JUNK", "RULES", "SECTION_END", "classify_line", "clean_article", "clean_text", "content_hash"]

Rule = tuple[re.Pattern[str], str]

_I = re.IGNORECASE

# News agencies and picture agencies that sign off or credit a story on a line of their own.
_AGENCIES = (
    r"(?:dpa|afp|ap|reuters|xinhua|anadolu(?: agency)?|aa|efe|epa(?:-efe)?|ansa|upi|tass|ria novosti|sputnik|kyodo|"
    r"yonhap|pti|ani|ians|bss|apa|epd|kna|sda|ats|belga|anp|aps|mena|nan|getty images|shutterstock|alamy|"
    r"(?:the )?associated press|agence france[- ]presse|bloomberg|bbc|cnn|al ?jazeera|imago|picture alliance|"
    r"keystone|sipa|abaca)"
)
# A line with one of these verbs is a sentence, not a reference or sign-off line.
_NO_VERB = (
    r"(?!.*\b(?:said|says|say|told|tells|killed|claimed|claims|reported|reports that|revealed|showed|shows|found|"
    r"was|were|is|are|has|have|had|will|would|could|did|does|added|announced|confirmed)\b)"
)
_SOURCE_NAME = (
    rf"(?:{_AGENCIES}|agencies|websites?|internet|social media|own research|"
    r"[\w.-]+\.(?:com|org|net|info|de|fr|uk|ng|ne|ml|bf))"
)
_SOCIAL = (
    r"(?:facebook|twitter|x|whatsapp|e-?mail|linkedin|telegram|reddit|pinterest|messenger|instagram|print|"
    r"copy link|tweet|share)"
)


def _rule(pattern: str, reason: str) -> Rule:
    return re.compile(pattern, _I), reason


# Each rule matches a whole paragraph (after leading junk is stripped). First match wins.
RULES: list[Rule] = [
    # comment sections
    _rule(r"^(?:\d+\s+)?comments?(?:\s*\(\d+\))?\s*[:.]?$", "comment prompt"),
    _rule(r"^please let us know if you.{0,40}comment\w*.{0,20}$", "comment prompt"),
    _rule(
        r"^(?:leave|post|add|write|view|show|hide|read|see|load) (?:a |all |the |your |more )?(?:\d+ )?"
        r"(?:comments?|replies)\b.{0,40}$",
        "comment prompt",
    ),
    _rule(r"^join the (?:conversation|discussion|debate)\b.{0,60}$", "comment prompt"),
    _rule(
        r"^(?:comments are|commenting is|comments have been) (?:now )?(?:closed|disabled|turned off)\b.{0,60}$",
        "comment prompt",
    ),
    _rule(
        r"^(?=.{0,140}$)(?:you must|please) (?:be )?(?:log(?:ged)? in|sign(?:ed)? in|register)\b.*\bcomment.*$",
        "comment prompt",
    ),
    # newsletters and subscriptions
    _rule(r"^(?=.{0,140}$)sign up\b.*$", "newsletter prompt"),
    _rule(r"^(?=.{0,120}$)subscribe\b.*$", "newsletter prompt"),
    _rule(r"^(?=.{0,160}$)(?:get|receive) (?:our|the) .{0,60}newsletters?\b.*$", "newsletter prompt"),
    # sharing and social media
    _rule(r"^share (?:this|the) (?:article|story|post|page|video)\b.{0,40}$", "share prompt"),
    _rule(rf"^share(?: on| via| to)? {_SOCIAL}\b.{{0,40}}$", "share prompt"),
    _rule(rf"^{_SOCIAL}(?:\s*[|/·•,]?\s*{_SOCIAL})*$", "share prompt"),
    _rule(r"^follow (?:us|me|@\w+)\b.{0,80}$", "social media prompt"),
    _rule(
        r"^(?=.{0,120}$)follow\b.*\bon (?:twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok|whatsapp|"
        r"google news|threads|bluesky)\b.*$",
        "social media prompt",
    ),
    _rule(
        r"^(?=.{0,120}$)stay (?:up to date|tuned|connected|informed|with [^.!?]{1,30} (?:for|on))\b.*$",
        "social media prompt",
    ),
    # links to other stories
    _rule(
        r"^(?:read more|more|related|see also|also read|read also|read next|recommended|more on this story|"
        r"more from [^.!?]{1,40}|most read|most popular|trending(?: now)?|you may also like|you might also like|"
        r"editor'?s picks?|top stories|latest news|more stories|further reading|"
        r"related (?:articles?|stories|coverage|content|news|topics|links?))\s*[:.»>|…-]*$",
        "related link",
    ),
    _rule(
        r"^(?:read more|related|see also|also read|read also|read next|more on this story|"
        r"related (?:articles?|stories|coverage|content|news))\s*[:»>|…-]\s*.{0,200}$",
        "related link",
    ),
    _rule(r"^(?=.{0,160}$)(?:read|click|tap) (?:more|here)\b.*$", "related link"),
    # advertising
    _rule(
        r"^(?:advertisement|advertising|advert|ad|anzeige|publicité|sponsored(?: content| links?)?|"
        r"paid (?:content|post|partner content)|promoted(?: content| stories)?|partner content)\s*[:.\-–—]?$",
        "advertisement",
    ),
    _rule(
        r"^(?:scroll (?:down )?to continue(?: with content| reading)?|story continues below(?: advertisement)?|"
        r"article continues (?:below|after (?:this )?advertisement)|continue reading(?: below| the main story)?|"
        r"skip (?:to main content|advert(?:isement)?|ad)|ad feedback|report (?:this )?ad)\.?$",
        "advertisement",
    ),
    # a line that is only an agency name: a sign-off ("dpa", "(Reuters)", "AFP/dpa")
    _rule(rf"^[(\[]?\s*{_AGENCIES}(?:\s*[/,&+]\s*{_AGENCIES})*\s*[)\]]?\s*[.:]?$", "agency sign-off"),
    # photo captions and credits
    _rule(
        r"^(?:photos?|images?|pictures?|video|gallery|enlarge(?: this)? (?:image|photo)|view (?:gallery|image|photo)|"
        r"open image in gallery|expand)$",
        "photo caption",
    ),
    _rule(r"^(?:image|photo|slide|picture) \d+ (?:of|/) \d+$", "photo caption"),
    _rule(r"^(?=.{0,400}$).*\s(?:photos?|\(photos?\))$", "photo caption"),
    _rule(r"^(?=.{0,250}$)(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:copyright\s*)?(?:\d{4}\b|by\b)", "copyright notice"),
    _rule(rf"^(?=.{{0,150}}$)(?=©|\(c\))"  # the cheap test first, then no verb anywhere
          rf"{_NO_VERB}(?:©|\(c\)\s*(?=[^)]*/))", "photo credit"),
    _rule(r"^(?=.{0,120}$)(?:.*\b)?all rights reserved\.?$", "copyright notice"),
    _rule(
        r"^(?=.{0,250}$)(?:photo|photograph|image|picture|pictured|credit|credits|photo credit|image credit|"
        r"image source|media caption|image caption|caption|video caption|file photo|source image|illustration)\s*[:,|]",
        "photo caption",
    ),
    _rule(r"^\((?:photos?|images?|pictures?|credit|file)\b[^)]{0,150}\)\.?$", "photo credit"),
    _rule(
        r"^(?=.{0,400}$).*\((?:photos?|images?|pictures?)(?: by|:| credit| courtesy)\b[^)]{0,150}\)\.?$",
        "photo caption",
    ),
    _rule(r"^(?=.{0,160}$)[^.!?]*getty images\b[^.!?]{0,40}$", "photo credit"),
    _rule(rf"^(?=[^/.!?:;]{{1,60}}/)[^/.!?:;]{{1,60}}(?:/[^/.!?:;]{{1,40}}){{0,3}}/\s*{_AGENCIES}(?:\s*/[^/.!?]{{1,30}})?$", "photo credit"),
    _rule(rf"^\(?{_AGENCIES}(?:[ -]?(?:photos?|images|pictures))?\s*/\s*[^.!?/]{{1,60}}\)?$", "photo credit"),
    # agency sign-offs, bylines
    _rule(
        r"^\((?:(?:additional )?reporting|writing|editing|compiled|translated)(?: and \w+)? by\b[^)]{0,250}\)\.?$",
        "agency sign-off",
    ),
    _rule(
        rf"^(?=.{{0,120}}$)(?=(?:additional )?(?:reporting|writing|editing|compiled|translated|edited) )"
        rf"{_NO_VERB}(?:(?:additional )?reporting|writing|editing|compiled|translated|edited)"
        rf"(?: and (?:reporting|writing|editing))? by [^.!?]{{1,80}}(?:;\s*\w+(?: \w+)? by [^.!?]{{1,80}})*\.?$",
        "agency sign-off",
    ),
    (
        re.compile(
            r"^[Bb][Yy] [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? (?:and|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?"
            r"(?:\s*[,|]\s*[A-Z][\w .'’-]{0,40})?$"
        ),
        "byline",
    ),
    # source and reference footers
    _rule(r"^(?:source|quelle)\s*:\s*.{0,150}$", "source footer"),
    _rule(r"^(?:sources?|quelle)\s+(?:\S+\s+){0,2}\S*[\d./-]\S*$", "source footer"),
    _rule(
        rf"^(?:sources?|quelle)(?:\s*[:|-]?\s*{_SOURCE_NAME}(?:\s*(?:[,;/&+]|\band\b)\s*{_SOURCE_NAME})*)?\s*\.?$",
        "source footer",
    ),
    (  # "Report in the Washington Post": a noun, a preposition and a name (capitalised words), nothing else
        re.compile(
            r"^(?=.{0,80}$)(?i:report|reports|reporting|article|story|interview|commentary|analysis|op-ed|column|"
            r"editorial|video|podcast|with material|with reporting|material|information|based on (?:a )?reports?) "
            r"(?i:in|on|by|from|at|of|via)(?: (?i:the|an?))? "
            r"(?:[A-Z0-9][\w.&'’-]*(?: (?:of|and|for|the|&) )?\s*){1,6}\.?$"
        ),
        "reference line",
    ),
    _rule(
        r"^(?=.{0,200}$)(?:this (?:article|story|report|piece) (?:was|is|has been) )?(?:originally|first) "
        r"(?:published|appeared|posted)\b.*$",
        "footer",
    ),
    _rule(r"^tagged\s*:?\s+[^.!?]{0,200}$", "tag list"),
    _rule(
        r"^(?:topics?|tags?|filed under|categories|category|keywords|more about|related topics)\s*:.{0,250}$",
        "tag list",
    ),
    _rule(
        r"^(?=.{0,80}$)(?:published|posted|updated|last updated|first published|last modified)\s*(?:on|at)?\s*:?\s*"
        r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|an? )[^!?]*$",
        "timestamp line",
    ),
    _rule(
        r"^(?:on\s+|this (?:story|article|report) (?:is|was) (?:from|published on)\s+)?"
        r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        r"[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:,?\s*(?:at\s*)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
        r"(?:\s*[a-z]{2,4})?)?\s*[|]?$",
        "timestamp line",
    ),
    # a label or a byline and the day, apart: "Statement | 22 July 2025", "By Sudan Daily staff | 28 October 2025",
    # "Press release • March 5, 2026"
    _rule(
        r"^(?=.{0,100}$)[^|•·.!?:;\d]{1,60}\s*[|•·]\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
        r"(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*$",
        "timestamp line",
    ),
    # page furniture
    _rule(
        r"^(?:\d+\s*(?:min(?:ute)?s?)\s*read|reading time\s*:?.{0,20}|listen to (?:this )?(?:article|story).{0,30}|"
        r"print(?: this)?(?: article| page)?|e-?mail (?:this|to a friend).{0,20}|save(?: article| for later)?|"
        r"bookmark|audio|listen)$",
        "page furniture",
    ),
    _rule(
        r"^(?=.{0,200}$)(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|"
        r"please enable javascript|javascript is (?:disabled|required)|your browser does not support|"
        r"loading(?:\.\.\.|…)?$|this content is not available|this video (?:is|has been) (?:unavailable|removed)).*$",
        "page furniture",
    ),
]

# A paragraph that opens a comment section or a list of other stories: when it comes in the second half of
# an article, it and everything after it are removed.
SECTION_END: list[Rule] = [
    _rule(r"^(?:\d+\s+)?comments?(?:\s*\(\d+\))?\s*[:.]?$", "comment section"),
    _rule(
        r"^(?:leave|post|add|write|view|show|read|load) (?:a |all |the |your )?(?:\d+ )?comments?\b.{0,40}$",
        "comment section",
    ),
    _rule(r"^(?:comments are|commenting is) (?:now )?(?:closed|disabled)\b.{0,60}$", "comment section"),
    _rule(
        r"^(?:most read|most popular|you may also like|you might also like|recommended for you|more stories|"
        r"top stories|trending now)\s*[:.]?$",
        "list of other stories",
    ),
]

# Junk at the start of a paragraph: ": ", "| ", "» ", bullets, a dash followed by a space.
LEADING_JUNK = re.compile(r"^(?:[:;|>»•·*▪►■×✕]+|[-–—]+(?=\s))\s*")

_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_TERMINAL = re.compile(r"""[.!?:;"”’'»)\]]$""")
_SENTENCE = re.compile(r"""[a-z]{2}\.(?=\s|$|["”’'»)\]])""")  # a full stop after a word: a sentence, not a headline
_NORM_DROP = re.compile(r"[^\w ]+")
_HEADLINE_MAX = 250
_SECTION_FROM = 0.5  # a section end only counts in the second half of the text
_DUPLICATE_MIN = 40
_WRAP_MAX = 100  # hard-wrapped lines are at most this long
_STAMP_PREFIX = re.compile(
    r"^(?:(?:last )?(?:published|posted|updated|modified|first published)\s*(?:on|at)?\s*:?\s*|on\s+|"
    r"this (?:story|article|report) (?:is|was) (?:from|published on)\s+)",
    _I,
)
_STAMP_TIME = re.compile(r"(?:\bat\s*)?\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4}\b)?", _I)


def content_hash(text: str) -> str:
    """sha256 hex of the text with whitespace normalised (runs of whitespace as one space)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _combined(rules: list[Rule]) -> re.Pattern[str]:
    """All rules as one alternation tried in order at the start of the paragraph (each rule is anchored at ^),
    one named group per rule: one regex call per paragraph instead of one per rule, and the same first match.
    Each rule keeps its own case flag through an inline (?i:...) / (?-i:...) group."""
    parts = []
    for i, (pattern, _reason) in enumerate(rules):
        flag = "i" if pattern.flags & re.IGNORECASE else "-i"
        parts.append(f"(?P<r{i}>(?{flag}:{pattern.pattern}))")
    return re.compile("|".join(parts))


_ALL_RULES = _combined(RULES)


def classify_line(line: str) -> str | None:
    """The reason a paragraph is boilerplate, or None when it is kept."""
    s = LEADING_JUNK.sub("", _SPACES.sub(" ", line).strip()).strip()
    if not s:
        return "empty"
    m = _ALL_RULES.match(s)
    if m is None:
        return None
    return RULES[int(m.lastgroup[1:])][1]  # type: ignore[index]


# what a headline line never holds: a comma, a reporting verb (a lead that lost its full stop: "Nigerien soldiers killed
# 11 terrorists near Tillaberi on Saturday, the defence ministry said")
# (nor a lead's day, "on Sunday", "on 3 May"; nor a mixed-case dateline, "Maiduguri — Suspected ISWAP fighters ...")
_NOT_HEADLINE = re.compile(r",|\b(?:said|says|told|according)\b|\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday|\d)|^\S+(?:\s+\S+)?\s+[—–-]\s", re.IGNORECASE)
_NAME_OR_NUMBER = re.compile(r"(?<!^)(?<![.:!?]\s)\b[A-Z][\w'’-]+|\b\d[\d,.]*\b")


def _retold_headline(line: str, body: str) -> bool:
    """A first line that is a headline the next paragraph retells: a few words, no full stop, comma, reporting verb or
    dateline, and every name and figure in it also in that paragraph ("Clashes leave dozens dead in Menaka" above
    "MENAKA - Fighting between JNIM and the Islamic State near Tidermene in the Menaka region killed at least 20
    fighters"). Read as a sentence it would tell the happening twice; dropped, it loses nothing the body does not
    say (a headline that alone holds a place, "Bandits kill 9 in Katsina", stays)."""
    words = line.split()
    if not 3 <= len(words) <= 14 or line.isupper() or line.rstrip()[-1:] in ".?!)\"”’'»:;-—–" \
            or _NOT_HEADLINE.search(line) or dateline_span(line) is not None:
        return False
    told = [m.group(0).rstrip("’'") for m in _NAME_OR_NUMBER.finditer(line)]
    told = [t[:-2] if t.endswith(("'s", "’s")) else t for t in told]
    return bool(told) and all(t in body for t in told)


def clean_text(raw: str, title: str | None = None) -> tuple[str, list[Removed], str | None]:
    """Clean raw text: (clean text with paragraphs separated by a blank line, what was removed, headline found).

    The headline is returned when the text opens with a repeated headline; the caller decides to use it as title.
    """
    paragraphs = _paragraphs(raw)
    n = len(paragraphs)
    keep = [True] * n
    reasons: list[str | None] = [None] * n
    texts = [LEADING_JUNK.sub("", p).strip() for p in paragraphs]

    # 1. line rules
    for i, t in enumerate(texts):
        reason = classify_line(t) if t else "empty"
        if reason is not None:
            keep[i], reasons[i] = False, reason

    # 2. a comment section or story list in the second half of the text: cut it and all after it
    total = sum(len(t) for t in texts) or 1
    done = 0
    for i, t in enumerate(texts):
        if done / total >= _SECTION_FROM:
            reason = next((r for pattern, r in SECTION_END if pattern.search(t)), None)
            if reason is not None:
                for j in range(i, n):
                    if keep[j]:
                        keep[j], reasons[j] = False, reason
                break
        done += len(t)

    # 3. a headline repeated at the top (a repeated lead *sentence* keeps one copy: it is news)
    headline: str | None = None
    kept = [i for i in range(n) if keep[i]]
    if kept and len(texts[kept[0]]) <= _HEADLINE_MAX:
        first = _norm(texts[kept[0]])
        second = _norm(texts[kept[1]]) if len(kept) > 1 else None
        is_headline = not _SENTENCE.search(texts[kept[0]])
        if first and title and first == _norm(title) and is_headline:
            keep[kept[0]], reasons[kept[0]] = False, "repeated headline"
            if second == first:
                keep[kept[1]], reasons[kept[1]] = False, "repeated headline"
        elif first and second == first:
            keep[kept[1]], reasons[kept[1]] = False, "repeated headline" if is_headline else "duplicate paragraph"
            if is_headline:
                keep[kept[0]], reasons[kept[0]] = False, "repeated headline"
                headline = texts[kept[1]]
        elif first and title is None and is_headline and second is not None and len(kept) > 1 \
                and _retold_headline(texts[kept[0]], texts[kept[1]]):
            keep[kept[0]], reasons[kept[0]] = False, "headline"  # (see `_retold_headline`)
            headline = texts[kept[0]]

    # 4. the same paragraph twice (pull quotes, repeated captions)
    seen: set[str] = set()
    for i in range(n):
        if keep[i]:
            key = _norm(texts[i])
            if len(key) >= _DUPLICATE_MIN and key in seen:
                keep[i], reasons[i] = False, "duplicate paragraph"
            seen.add(key)

    removed = [Removed(paragraphs[i], reasons[i] or "") for i in range(n) if not keep[i] and reasons[i] != "empty"]
    clean = "\n\n".join(texts[i] for i in range(n) if keep[i])
    return clean, removed, headline


def clean_article(article: Article, *, min_chars: int = 20) -> Article | Reject:
    """Fill article.text, .removed, .content_hash and .id; Reject (stage "clean") when too little text is left.

    Also repairs mojibake (with a warning), takes a repeated headline as the title when there is none, and a
    "Published: ..." line's date as the publication date when there is none (with a warning).
    """
    raw, repaired = repair_mojibake(article.raw_text or article.text)
    if article.title:
        article.title = repair_mojibake(article.title)[0]
    clean, removed, headline = clean_text(raw, article.title)
    digest = content_hash(clean)
    if len(clean) < min_chars:
        return Reject(
            article.path or "<unknown>",
            "clean",
            f"no news text after cleaning ({len(clean)} chars)",
            content_hash=digest,
        )
    article.text = clean
    article.removed = removed
    article.content_hash = digest
    article.id = digest[:16]
    if not article.title and headline:
        article.title = headline
    note = f"repaired {repaired} mis-decoded characters (UTF-8 read as Windows-1252)"
    if repaired and note not in article.warnings:
        article.warnings.append(note)
    if article.published is None:
        stamp = next((r.text for r in removed if r.reason == "timestamp line"), None)
        found = _date_from_timestamp(stamp) if stamp else None
        if found is not None:
            article.published = found
            article.warnings.append(f"publication date {found.isoformat()} taken from the text line {stamp!r}")
    return article


# ------------------------------------------------------------------------------------------------ helpers


def _date_from_timestamp(line: str) -> date | None:
    """The date of a "Published: Mar 14, 2013 10:00 AM"-style line, or None."""
    parts = re.split(r"\s*[|•·]\s*", line)
    # (the date after a label or a byline: "Statement | 22 July 2025"; else the first part, "Published: Mar 14 | AFP")
    for part in ([parts[-1]] if len(parts) > 1 and not _STAMP_PREFIX.match(parts[0]) else []) + [parts[0]]:
        s = _STAMP_PREFIX.sub("", part).strip(" -@,")
        s = _STAMP_TIME.sub("", s).strip(" -@,")
        try:
            found = parse_date(s)
        except (ValueError, OverflowError):
            continue
        if found is not None:
            return found
    return None


def _norm(s: str) -> str:
    """Compare headlines ignoring case, punctuation, quotes and leading junk."""
    s = LEADING_JUNK.sub("", s.strip())
    return " ".join(_NORM_DROP.sub(" ", s.casefold()).split())


def _paragraphs(raw: str) -> list[str]:
    """Split raw text into paragraphs: one per line, or one per block when the text is hard-wrapped."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    if _hard_wrapped(blocks):
        return [_join_wrapped(b) for b in blocks]
    return [line for b in blocks for line in b]


def _hard_wrapped(blocks: list[list[str]]) -> bool:
    """True for text wrapped at a fixed width (e-mail, wire copy): paragraphs span lines of about equal width
    that end mid-sentence."""
    inner = [line for b in blocks if len(b) > 1 for line in b[:-1]]
    if len(inner) < 3:
        return False
    width = max(len(line) for line in inner)
    if width > _WRAP_MAX:
        return False
    open_ended = sum(1 for line in inner if not _TERMINAL.search(line))
    even = sum(1 for line in inner if len(line) >= 0.6 * width)
    return open_ended / len(inner) >= 0.6 and even / len(inner) >= 0.8


def _join_wrapped(block: list[str]) -> str:
    out = block[0]
    for line in block[1:]:
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha():
            out += line
        else:
            out += " " + line
    return out
