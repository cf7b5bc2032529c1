"""Find direct quotes (curly, straight, guillemets, block quotes) and attribute each to its speaker."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sitrep.model import Quote, Sentence

__all__ = ["MIN_QUOTE_WORDS", "find_quotes", "unquote_scare_verbs"]

# Quoted spans shorter than this are scare quotes ("news agency", "illegal") and are skipped.
MIN_QUOTE_WORDS = 4

_PARAGRAPH = re.compile(r"[^\n]+")
# a deed's verb set in scare quotes inside a sentence: 'the army said it had "neutralised" about 100 terrorists',
# "were 'eliminated' by the troops": the writer's distance from the word, still the deed told (a past participle
# between words, not a quoted name or title at a sentence's edge)
_SCARE_VERB = re.compile(r"(?<=\w )([\"“‘'])([a-z]+(?:ed|t))([\"”’'])(?= \w)")


# a word quoted as another's, in doubt: "described as", "so-called", "what the army called"
_WORD_DOUBTED_BEFORE = re.compile(r"\b(?:described\s+as|so-called|called|termed|dubbed|labell?ed(?:\s+as)?|"
                                  r"referred\s+to\s+as)\s+$", re.IGNORECASE)


def unquote_scare_verbs(text: str) -> tuple[str, list[int]]:
    """The text with the quote marks around a scare-quoted verb (`_SCARE_VERB`) taken out, the same length: the two
    marks become spaces at the end of the paragraph ('had "neutralised" about 100' -> 'had neutralised about 100'),
    as patterns read the word's neighbours a space away; and, for each of its characters, where it stood in the text."""
    origin = list(range(len(text)))
    for m in reversed(list(_SCARE_VERB.finditer(text))):
        if (m.group(1) == "'") != (m.group(3) == "'"):
            continue  # (an apostrophe on one side only: "the fighters' 'armed' men" is no pair of quotes)
        if _WORD_DOUBTED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # (a word doubted: "the 20 men the army described as 'neutralised' terrorists were civilians")
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        text = text[:m.start()] + m.group(2) + text[m.end():end] + "  " + text[end:]
        origin = (origin[:m.start()] + origin[m.start(2):m.end(2)] + origin[m.end():end] + [origin[end - 1]] * 2
                  + origin[end:])
    return text, origin


_OPENER = re.compile(r"[“«„\"]")
_CURLY_CLOSE = re.compile(r"[”“\"]")
_WORD = re.compile(r"[^\W_][\w’'-]*")

# Verbs that introduce or attribute speech.
_SPEECH_VERBS = frozenset(
    """said says say told tells added adds declared declares stated states explained explains noted notes warned
    warns insisted insists continued continues wrote writes tweeted posted asked asks claimed claims announced
    announces argued argues stressed stresses emphasized emphasised emphasizes emphasises recalled replied
    remarked observed concluded confirmed confirms acknowledged admitted lamented complained urged vowed pledged
    cautioned described describes called calls termed labelled labeled quoted cited reported reports alleged
    denied accused threatened promised suggested responded shouted chanted affirmed maintained contended
    predicted charged""".split()
)
_QUOTING_VERBS = frozenset({"quoted", "cited"})
# Verbs that introduce a statement quoted in the next paragraph ("The ministry issued this statement:").
_STATEMENT_VERBS = frozenset({"issued", "released", "published", "posted", "shared", "read", "sent", "wrote"})
# Reported speech naming a person: "Hansen said", "Neighbor Cesar Hernandez said he ..."
_REPORTED_SPEECH = re.compile(
    r"(?P<name>(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][\w’'-]*)[ ]+){0,3}[A-Z][\w’'-]+),?[ ]+"
    r"(?:said|says|told|added|explained|noted)\b"
)
_NOT_NAMES = frozenset(
    "The A An He She They It We I This That These Those Police Officials Authorities Investigators".split()
)
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
# Words that close the subject of a speech verb when walking back from it.
_CLAUSE_BREAK = frozenset(
    """that when which who whom while after before because as and but if where although though since until
    so then than whether once""".split()
)
# Words between a subject and its verb that are not part of the subject ("he also said", "has told").
_SKIP_BEFORE_VERB = frozenset(
    """also has have had would will later then again further once previously earlier reportedly already
    recently separately subsequently additionally""".split()
)
_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
# Words that end an inverted speaker phrase ("said junta spokesperson X in a statement").
_SPEAKER_STOP = frozenset(
    """who which that in on at during after before while when adding saying told to as because from with via
    late early last this and but said says""".split()
)
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm brig gov sen rep pres st jr sr rev fr no vol
    dept inc ltd co corp vs etc al jan feb mar apr jun jul aug sep sept oct nov dec mt ft""".split()
)
_ORG_WORDS = frozenset(
    """ministry government army paper newspaper journal post times agency office department council military
    junta statement spokesman spokesperson administration pentagon committee commission police force forces
    group""".split()
)
_INTRO_VERBS = "continued|said|added|wrote|stated|declared|explained|noted|warned|insisted|says|adds|writes|" \
    "concluded|told"
_BLOCK_INTRO = re.compile(rf"^(?P<subj>[^:“”\"«»]{{1,80}}?)\s+(?:{_INTRO_VERBS})\b[^:“”\"«»]{{0,60}}:\s*$", re.I)
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|[^\W\d_][\w’'-]*\.?"  # words, with a period that may be an abbreviation or a sentence end
    r"|\d+(?:[.,]\d+)*"
    r"|[,;:()—–]"
    r"|[.!?…]"
)


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    end_of_sentence: bool = False

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass(slots=True)
class _Raw:
    """A quoted span before attribution."""

    start: int  # content offsets
    end: int
    open_at: int  # offset of the opening mark (or of the paragraph for a block quote)
    close_at: int  # offset just after the closing mark; -1 when the quote runs to the paragraph end
    para: int
    block_intro: tuple[int, int] | None = None  # span of "He continued:" for a block quote


def _iter_tokens(text: str, start: int, end: int) -> Iterator[_Tok]:
    """Word and punctuation tokens of text[start:end]; a sentence end marks the token before it."""
    pending: _Tok | None = None
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        if t in ".!?…":
            if pending is not None:
                pending.end_of_sentence = True
            continue
        if pending is not None:
            yield pending
        if t.endswith(".") and len(t) > 1 and t[0].isalpha():
            base = t[:-1]
            if base.lower() in _ABBREVIATIONS or len(base) == 1 or "." in base:
                pending = _Tok(t, m.start(), m.end())
            else:
                pending = _Tok(base, m.start(), m.end() - 1, end_of_sentence=True)
            continue
        pending = _Tok(t, m.start(), m.end())
    if pending is not None:
        yield pending


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return list(_iter_tokens(text, start, end))


def _sentence_before(text: str, lo: int, pos: int) -> list[_Tok]:
    """Tokens of the sentence that runs up to `pos` (from the last sentence end in text[lo:pos])."""
    toks = _tokens(text, max(lo, pos - 300), pos)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].end_of_sentence:
            return toks[i + 1 :]
    return toks


def _sentence_after(text: str, pos: int, hi: int) -> list[_Tok]:
    """Tokens from `pos` to the end of its sentence (within text[:hi])."""
    out: list[_Tok] = []
    for t in _iter_tokens(text, pos, min(hi, pos + 400)):
        out.append(t)
        if t.end_of_sentence:
            break
    return out


def _is_cap(tok: _Tok) -> bool:
    return tok.text[:1].isupper()


def _name_with_title(toks: list[_Tok]) -> list[_Tok]:
    """From "junta spokesperson Col. Maj. Amadou Abdramane" keep "Col. Maj. Amadou Abdramane".

    The trailing run of capitalised words is the name (with its titles); it is kept alone when lower-case
    role words precede it. Otherwise ("a senior U.S. military official") the whole phrase is the speaker.
    """
    if not toks or not _is_cap(toks[-1]):
        return toks
    i = len(toks) - 1
    while i > 0 and _is_cap(toks[i - 1]):
        i -= 1
    if i > 0 and any(t.is_word and not _is_cap(t) for t in toks[:i]):
        return toks[i:]
    return toks


def _after_verb(toks: list[_Tok], k: int) -> list[_Tok]:
    """The speaker phrase after an inverted speech verb: "declared junta spokesperson X." -> tokens of X."""
    out: list[_Tok] = []
    for t in toks[k + 1 :]:
        if not t.is_word or t.lower in _SPEAKER_STOP or len(out) >= 10:
            break
        out.append(t)
        if t.end_of_sentence:
            break
    while out and out[-1].lower in {"a", "an", "the", "of", "for"}:
        out.pop()
    return out


def _quoted_speaker(toks: list[_Tok], k: int) -> list[_Tok] | None:
    """ "X quoted Y as saying" -> Y."""
    out: list[_Tok] = []
    for t in toks[k + 1 :]:
        if t.lower == "as":
            return out or None
        if not t.is_word or len(out) >= 10:
            return None
        out.append(t)
        if t.end_of_sentence:
            return None
    return None


def _is_adverb(tok: _Tok) -> bool:
    return tok.lower.endswith("ly") and len(tok.text) > 4 and not _is_cap(tok)


def _subject_before(toks: list[_Tok], k: int) -> list[_Tok] | None:
    """The subject of the speech verb at `k`, walking back to a clause boundary."""
    j = k - 1
    while j >= 0 and (toks[j].lower in _SKIP_BEFORE_VERB or _is_adverb(toks[j])):
        j -= 1
    if j >= 0 and toks[j].lower in _PASSIVE:
        return None
    out: list[_Tok] = []
    while j >= 0 and len(out) < 8:
        t = toks[j]
        if not t.is_word or t.lower in _CLAUSE_BREAK or t.lower in _SPEECH_VERBS:
            break
        out.append(t)
        j -= 1
    out.reverse()
    return out or None


def _according_to(toks: list[_Tok]) -> list[_Tok] | None:
    for i in range(len(toks) - 1):
        if toks[i].lower == "according" and toks[i + 1].lower == "to":
            out: list[_Tok] = []
            for t in toks[i + 2 :]:
                if not t.is_word or t.lower in _SPEAKER_STOP or len(out) >= 10:
                    break
                out.append(t)
                if t.end_of_sentence:
                    break
            return out or None
    return None


def _attribute_after(text: str, raw: _Raw, hi: int) -> list[_Tok] | None:
    """Speaker from the words after the closing mark: '..., ” declared X.' or '..., ” the paper continued.'"""
    if raw.close_at < 0:
        return None
    toks = _sentence_after(text, raw.close_at, hi)
    if not toks:
        return None
    following = text[raw.close_at : raw.close_at + 3].lstrip()[:1]
    last_inside = text[raw.open_at + 1 : raw.close_at - 1].rstrip()[-1:]
    continues = following in {",", ";", "—", "–", "-"} or following.islower() or last_inside not in ".!?…"
    if not continues and len(toks) > 10:
        return None  # a quote ended with a full stop and a long new sentence follows: not an attribution
    if toks[0].text in ",;—–":
        toks = toks[1:]
    for k, t in enumerate(toks[:10]):
        if t.lower == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to":
            return _according_to(toks[k:])
        if t.lower not in _SPEECH_VERBS:
            continue
        if k == 0 or (k == 1 and toks[0].lower in _SKIP_BEFORE_VERB):
            phrase = _after_verb(toks, k)
            return _name_with_title(phrase) if phrase else None
        if t.lower in _QUOTING_VERBS:
            quoted = _quoted_speaker(toks, k)
            if quoted:
                return quoted
        subject = [x for x in toks[:k] if x.is_word or x.text == ","]
        if "," in (x.text for x in subject):
            subject = subject[: [x.text for x in subject].index(",")]
        subject = [x for x in subject if x.lower not in _SKIP_BEFORE_VERB]
        if subject and not any(x.lower in _CLAUSE_BREAK for x in subject):
            return _name_with_title(subject)
        return None
    return None


def _attribute_before(text: str, raw: _Raw, lo: int) -> list[_Tok] | None:
    """Speaker from the sentence before the opening mark: 'One official described it as a “…'."""
    toks = _sentence_before(text, lo, raw.open_at)
    if not toks:
        return None
    according = _according_to(toks)
    if according:
        return according
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].lower not in _SPEECH_VERBS:
            continue
        if toks[k].lower in _QUOTING_VERBS:
            quoted = _quoted_speaker(toks, k)
            if quoted:
                return quoted
        subject = _subject_before(toks, k)
        if subject:
            return _name_with_title(subject)
        return None
    return None


def _is_closing_curly_open(text: str, i: int, para_end: int) -> bool:
    """A “ used as a closing mark ('activities “, the paper continued')."""
    nxt = i + 1
    while nxt < para_end and text[nxt] == " ":
        nxt += 1
    if nxt >= para_end:
        return True
    if not text[nxt].isalnum() and text[nxt] not in "“\"«‘(":
        return True
    return i > 0 and not text[i - 1].isspace() and text[i + 1 : i + 2].isspace()


def _raw_quotes(text: str, ps: int, pe: int, para: int) -> list[_Raw]:
    """Quoted spans of one paragraph; an unclosed quote runs to the paragraph end and no further."""
    out: list[_Raw] = []
    i = ps
    while True:
        m = _OPENER.search(text, i, pe)
        if not m:
            break
        o = m.start()
        mark = m.group()
        if mark == '"':
            prev = text[o - 1] if o > ps else " "
            if not (prev.isspace() or prev in "([{—–-:") or o + 1 >= pe or text[o + 1].isspace():
                i = o + 1
                continue
        content_start = o + 1
        close = -1
        content_end = pe
        nxt_open = -1
        if mark == "«":
            c = text.find("»", content_start, pe)
            if c >= 0:
                close, content_end = c + 1, c
        elif mark == '"':
            c = text.find('"', content_start, pe)
            if c >= 0:
                close, content_end = c + 1, c
        else:  # “ or „
            for cm in _CURLY_CLOSE.finditer(text, content_start, pe):
                c = cm.start()
                if cm.group() == "“" and not _is_closing_curly_open(text, c, pe):
                    nxt_open = c  # a new opening mark: this quote was never closed
                    content_end = c
                    break
                close, content_end = c + 1, c
                break
        s, e = content_start, content_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
            e -= 1
        if len(_WORD.findall(text, s, e)) >= MIN_QUOTE_WORDS:
            out.append(_Raw(s, e, o, close, para))
        if close >= 0:
            i = close
        elif nxt_open >= 0:
            i = nxt_open
        else:
            break
    return out


def _span(toks: list[_Tok]) -> tuple[int, int]:
    return toks[0].start, toks[-1].end


def _person_like(speaker: str) -> bool:
    last = speaker.split()[-1].lower() if speaker.split() else ""
    return last not in _ORG_WORDS and speaker.lower() not in _PRONOUNS


def find_quotes(text: str, *, sentences: Sequence[Sentence] | None = None) -> list[Quote]:
    """Direct quotes of at least MIN_QUOTE_WORDS words, with their speaker when the text names one.

    Quote offsets cover the quoted words without the marks (and without a trailing comma). The speaker is
    taken from the same sentence: after the quote ('…,” declared X'), or before it ('X described it as a “…').
    A name with a title is preferred to the role in front of it ("Col. Maj. Amadou Abdramane", not "junta
    spokesperson Col. Maj. …"). A pronoun is resolved to a known speaker's name in the same sentence, then to
    the last person quoted; a paragraph introduced by "He continued:" is a block quote of that speaker.
    """
    paras = [m.span() for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    raws: list[_Raw] = []
    for idx, (ps, pe) in enumerate(paras):
        found = _raw_quotes(text, ps, pe, idx)
        if not found and idx > 0:
            intro_s, intro_e = paras[idx - 1]
            intro = text[intro_s:intro_e].strip()
            if (
                _BLOCK_INTRO.match(intro)
                and len(intro.split()) <= 12
                and not _OPENER.search(text, intro_s, intro_e)
                and len(_WORD.findall(text, ps, pe)) >= MIN_QUOTE_WORDS
            ):
                s, e = ps, pe
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                raws.append(_Raw(s, e, s, -1, idx, block_intro=(intro_s, intro_e)))
        raws.extend(found)

    sent_starts = [s.start for s in sentences] if sentences else []
    out: list[Quote] = []
    attributed_after: list[bool] = []
    known_names: dict[str, str] = {}  # surname (lower-case) -> a non-pronoun speaker seen so far
    for n, raw in enumerate(raws):
        ps, pe = paras[raw.para]
        speaker_toks: list[_Tok] | None = None
        after = False
        if raw.block_intro is not None:
            speaker_toks = _intro_speaker(text, raw.block_intro)
        else:
            speaker_toks = _attribute_after(text, raw, pe)
            after = speaker_toks is not None
            if speaker_toks is None:
                speaker_toks = _attribute_before(text, raw, ps)
            if speaker_toks is None and raw.open_at == ps and raw.para > 0:
                intro_span = paras[raw.para - 1]
                if text[intro_span[0] : intro_span[1]].rstrip().endswith(":"):  # 'X issued this statement:'
                    speaker_toks = _intro_speaker(text, intro_span)
        speaker: str | None = None
        s_start = s_end = -1
        if speaker_toks:
            s_start, s_end = _span(speaker_toks)
            speaker = text[s_start:s_end]
        elif n > 0 and _continues_previous(text, raws, n, out, attributed_after[-1]):
            prev = out[-1]
            speaker, s_start, s_end = prev.speaker, prev.speaker_start, prev.speaker_end
        if speaker is not None and speaker.lower() in _PRONOUNS:
            resolved = _resolve_pronoun(text, raw, paras, s_start, known_names, out)
            if resolved:
                speaker, s_start, s_end = resolved
        if speaker is not None and speaker.lower() not in _PRONOUNS and speaker.split():
            known_names[speaker.split()[-1].lower()] = speaker
        sentence = bisect.bisect_right(sent_starts, raw.start) - 1 if sent_starts else -1
        out.append(Quote(raw.start, raw.end, text[raw.start : raw.end], speaker, s_start, s_end, sentence))
        attributed_after.append(after)
    return out


def _intro_speaker(text: str, span: tuple[int, int]) -> list[_Tok] | None:
    """The speaker of a paragraph that introduces a quote: "He continued:", "The ministry issued a statement:"."""
    toks = _tokens(text, *span)
    for k, t in enumerate(toks):
        if t.lower in _SPEECH_VERBS or t.lower in _STATEMENT_VERBS:
            subject = _subject_before(toks, k)
            return _name_with_title(subject) if subject else None
    return None


def _continues_previous(text: str, raws: list[_Raw], n: int, out: list[Quote], prev_after: bool) -> bool:
    """True when quote `n` continues the previous one: in the same paragraph right after its attribution
    ('“…,” he said. “…”'), or the next paragraph of a multi-paragraph quote left open."""
    prev_raw, raw = raws[n - 1], raws[n]
    prev = out[-1]
    if prev.speaker is None:
        return False
    if prev_raw.para == raw.para:
        if not prev_after or prev_raw.close_at < 0:
            return False
        gap = text[prev_raw.close_at : raw.open_at]
        return len(_SENTENCE_END.findall(gap)) <= 1 and len(gap.split()) <= 30
    return prev_raw.close_at < 0 and prev_raw.block_intro is None and raw.para == prev_raw.para + 1 \
        and text[raw.open_at] in "“«„\""


def _resolve_pronoun(
    text: str,
    raw: _Raw,
    paras: list[tuple[int, int]],
    pron_start: int,
    known: dict[str, str],
    out: list[Quote],
) -> tuple[str, int, int] | None:
    """A pronoun speaker resolved to a known speaker named earlier in its sentence; else to the closest person
    named before the quote as a speaker, either of an earlier quote or of reported speech ("Hansen said"),
    within the three paragraphs before it."""
    para_starts = [ps for ps, _ in paras]
    if pron_start >= 0:
        para_start = para_starts[bisect.bisect_right(para_starts, pron_start) - 1]
        for t in reversed(_sentence_before(text, para_start, pron_start)):
            base = t.text.removesuffix("’s").removesuffix("'s")
            if base.lower() in known and _is_cap(t):
                return base, t.start, t.start + len(base)
    lo = max(paras[max(0, raw.para - 3)][0], raw.open_at - 1500)
    best: tuple[str, int, int] | None = None
    for q in reversed(out[-5:]):
        if q.speaker_start < lo:
            break
        if q.speaker and q.speaker.lower() not in _PRONOUNS and _person_like(q.speaker):
            best = (q.speaker, q.speaker_start, q.speaker_end)
            break
    for m in _REPORTED_SPEECH.finditer(text, lo, raw.open_at):
        name = m.group("name")
        if m.start("name") > (best[1] if best else -1) and name.split()[0] not in _NOT_NAMES and _person_like(name):
            best = (name, m.start("name"), m.end("name"))
    return best
