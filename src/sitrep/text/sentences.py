"""Split clean article text into sentences with character offsets (rule-based, abbreviation-aware)."""

from __future__ import annotations

import re

from sitrep.model import Sentence

__all__ = ["is_abbreviation", "split_sentences"]

# Tokens that end in a period without ending a sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm brig gov sen rep pres st jr sr rev fr
    no nos vol fig est approx incl excl dept univ inc ltd co corp bros vs etc al jan feb mar apr jun jul aug sep sept
    oct nov dec u.s u.n u.k e.g i.e a.m p.m mt ft
    """.split()
)

# A candidate boundary: sentence-final punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"""([.!?…]+)(["'”’»)\]]*)(\s+)""")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_NEXT_STARTS_SENTENCE = re.compile(r"""["'“‘«(\[]*[A-Z0-9À-Ý]""")


def is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    token = text[start:dot].lower()
    if not token:
        return False
    if token in _ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha():  # an initial: "J. Smith"
        return True
    if "." in token and all(len(p) <= 2 for p in token.split(".")):  # "U.S", "a.m"
        return True
    return False


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct_start = m.start(1)
        nxt = m.end()
        if nxt >= end:
            break
        if not _NEXT_STARTS_SENTENCE.match(text, nxt):
            continue
        if m.group(1) == "." and is_abbreviation(text, punct_start):
            # "U.S. troops" does not end; "in the U.S. The ..." is ambiguous: keep together unless the
            # next word is a typical sentence opener.
            nxt_word = re.match(r"\w+", text[nxt:end])
            if not (nxt_word and nxt_word.group(0) in _OPENERS):
                continue
        spans.append((cur, m.end(2)))
        cur = nxt
    if cur < end:
        spans.append((cur, end))
    return spans


_OPENERS = frozenset({"The", "A", "An", "He", "She", "It", "They", "We", "In", "On", "At", "But", "This", "That"})

# a clause that tells another happening, joined to the one before by a semicolon or "and"/"while" ("Gunmen killed
# seven civilians in Gorgadji on Tuesday, and a separate attack on Wednesday killed five VDP near Arbinda"; "...; in
# another attack, ..."): a sentence of its own, as a writer of two sentences would have told it
_SEPARATE_CLAUSE = re.compile(r"(?:;|,[ \t]*(?:and|while|whereas)|[ \t]and)[ \t]+(?=(?:in[ \t]+)?(?:a|another)[ \t]+"
                              r"(?:separate|second|different|later)[ \t]+(?:attacks?|incidents?|raids?|ambush(?:es)?|"
                              r"assaults?|clash(?:es)?|strikes?|bombings?|explosions?|blasts?)\b|in[ \t]+another[ \t]+"
                              r"(?:attack|incident|raid|ambush|assault|clash)\b)", re.IGNORECASE)


# what a clause split off must tell to stand alone: a deed and a place of its own ("... killed five VDP near Arbinda");
# one with no place ("gunmen killed three herders in the same area", "a second attack on the post on Monday killed
# four soldiers") or no deed ("charged with murder and a second assault count") stays with the clause before
_CLAUSE_DEED = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left|leaving|attacked|struck|hit|"
                          r"targeted|claimed|abducted|kidnapped|ambushed|stormed|raided)\b", re.IGNORECASE)
_CLAUSE_PLACE = re.compile(r"\b(?:in|near|at|outside|around)\s+(?:the\s+(?:village|town|commune|localit(?:y|ies)|"
                           r"district|region|department|province)\s+of\s+)?(?-i:[A-Z])(?!(?i:same|other)\b)",
                           re.IGNORECASE)
_NEXT_CLAUSE_END = re.compile(r"[;.]")


def _split_clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A sentence's span cut before each clause that tells a separate happening (`_SEPARATE_CLAUSE`)."""
    spans, cur = [], s
    for m in _SEPARATE_CLAUSE.finditer(text, s, e):
        end = (n.start() if (n := _NEXT_CLAUSE_END.search(text, m.end(), e)) else e)
        if m.start() - cur >= 20 and _CLAUSE_DEED.search(text, m.end(), end) \
                and _CLAUSE_PLACE.search(text, m.end(), end):
            spans.append((cur, m.start() + (1 if text[m.start()] == ";" else 0)))
            cur = m.end()
    spans.append((cur, e))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`; paragraph breaks always end a sentence. Offsets index into `text`."""
    out: list[Sentence] = []
    pos = 0
    bounds: list[tuple[int, int]] = []
    for m in _PARAGRAPH.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    for p_start, p_end in bounds:
        for s, e in (c for sp in _split_paragraph(text, p_start, p_end) for c in _split_clauses(text, *sp)):
            # trim whitespace
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(Sentence(index=len(out), start=s, end=e, text=text[s:e]))
    return out
