"""A keyword gate for sets of regexes: run a pattern only on texts that contain one of the literal strings every
match of it starts with. The strings are read from the pattern itself (its parse tree), so the gate can never
skip a pattern that would have matched; one Aho-Corasick pass finds which patterns are worth running.

Python's `re` tries every alternative of a `\\b(?:attack|ambush|…)` pattern at every word of a sentence; with
twenty such patterns that was two thirds of the event coder's time, while most sentences contain the opening
letters of two or three of them at most.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import ahocorasick

try:  # Python 3.11+
    import re._constants as _C  # type: ignore[import-not-found]
    import re._parser as _P  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

__all__ = ["KeywordGate", "literal_needles", "literal_prefixes"]

_MIN_PREFIX = 3  # shorter openings would let almost every text through


def literal_prefixes(pattern: str, flags: int = 0) -> set[str] | None:
    """Literal strings one of which every match of `pattern` starts with (zero-width assertions skipped), or
    None when that cannot be said (an alternative opens with a character class, an optional part, a case-
    insensitive group, or fewer than three literal characters)."""
    return _firsts(list(_P.parse(pattern, flags)), "")


def _firsts(items: list, acc: str) -> set[str] | None:  # type: ignore[type-arg]
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is _C.LITERAL:
            acc += chr(av)
            i += 1
            continue
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):  # \b, lookarounds: consume nothing
            i += 1
            continue
        if op is _C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                break
            return _firsts(list(av[3]) + items[i + 1:], acc)
        if op is _C.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                got = _firsts(list(branch) + items[i + 1:], acc)
                if got is None:
                    return None
                out |= got
            return out
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:  # at least once: the match starts with its body
            return _firsts(list(av[2]), acc)
        break
    return {acc} if len(acc) >= _MIN_PREFIX else None


def literal_needles(pattern: str, flags: int = 0) -> set[str] | None:
    """Literal strings one of which every match of `pattern` contains somewhere (not only at its start), or None
    when that cannot be said: the fallback of the gate for patterns whose openings vary ("(?:\\d+|two) ... found
    dead" always holds "found dead")."""
    return _needles(list(_P.parse(pattern, flags)))


def _needles(items: list) -> set[str] | None:  # type: ignore[type-arg]
    """The needles of a sequence: every element of it is in each match, so any one element's needles will do; the
    element whose shortest needle is longest is taken (the most telling). A run of literals counts as one element;
    zero-width items (\\b, lookarounds) do not break a run."""
    best: set[str] | None = None
    run = ""

    def take(got: set[str] | None) -> None:
        nonlocal best
        if got and (best is None or min(map(len, got)) > min(map(len, best))):
            best = got

    for op, av in items:
        if op is _C.LITERAL:
            run += chr(av)
            continue
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue
        take({run} if len(run) >= _MIN_PREFIX else None)
        run = ""
        if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE:
            take(_needles(list(av[3])))
        elif op is _C.BRANCH:
            branches = [_needles(list(b)) for b in av[1]]
            take(set().union(*branches) if all(branches) else None)  # type: ignore[arg-type]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            take(_needles(list(av[2])))
    take({run} if len(run) >= _MIN_PREFIX else None)
    return best


class KeywordGate:
    """Which of some named patterns can match a text. `patterns`: name → pattern, searched in lower-cased text
    without IGNORECASE (the gate compares literally); a None or case-insensitive pattern is always a candidate."""

    def __init__(self, patterns: Mapping[str, re.Pattern[str] | None]) -> None:
        self.always: frozenset[str] = frozenset()
        by_prefix: dict[str, set[str]] = {}
        always: set[str] = set()
        for name, p in patterns.items():
            prefixes = None
            if p is not None and not p.flags & re.IGNORECASE:
                prefixes = literal_prefixes(p.pattern, p.flags) or literal_needles(p.pattern, p.flags)
            if prefixes is None:
                always.add(name)
                continue
            for s in prefixes:
                by_prefix.setdefault(s, set()).add(name)
        self.always = frozenset(always)
        self._automaton = ahocorasick.Automaton()
        for s, names in by_prefix.items():
            self._automaton.add_word(s, frozenset(names))
        self._empty = not by_prefix
        if not self._empty:
            self._automaton.make_automaton()

    def candidates(self, text: str) -> set[str]:
        """Names of the patterns that may match `text` (a superset of those that do)."""
        out = set(self.always)
        if not self._empty:
            for _end, names in self._automaton.iter(text):
                out |= names
        return out

    def gated(self, names: Iterable[str]) -> int:
        """How many of `names` the gate can skip (for tests and diagnostics)."""
        return sum(1 for n in names if n not in self.always)
