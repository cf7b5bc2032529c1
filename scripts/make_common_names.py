"""Build src/sitrep/data/common_names.txt: the place names that are also ordinary English words ("mobile",
"reading", "split", "plateau"), which `sitrep.text.truecase` must not capitalise when it restores the capitals of
a text written all in lower case. Run once by a developer; nothing is downloaded at run time.

    pip install english-words          # Webster's 2nd International word list (public domain), MIT package
    SITREP_GAZETTEER=DIR python scripts/make_common_names.py [--extra WORD ...]

The names considered are those truecasing may capitalise: the name keys of countries, first-level units and
places of 100,000 people or more in the gazetteer the process loads (the bundled default, plus an import when
SITREP_GAZETTEER points at one; the file shipped was built with the West Africa GeoNames dumps imported). A
one-word name is kept in the list when the dictionary has it in lower case (a plural counts) and not also with a
capital ("mobile", "reading"); names of several words are not listed ("new york city" is no ordinary phrase).
The dictionary lists some names in lower case only ("brazil", the wood): those stay uncapitalised, a place
missed rather than a word made a place; countries are capitalised whatever the list says. `--extra` adds words that Webster lists with a capital too but news writes in lower case far more often.
"""

from __future__ import annotations

import argparse
from pathlib import Path

# Listed by Webster with a capital too, but in news far more often ordinary words (checked by hand).
EXTRA = ("bat bath delta male mono nice tape van maritime oriental sol tuba tor pali dor mon nan sal tai ting "
         "chin amen afar bon pueblo rio south eastern gold gulf phoenix victor sam san metro").split()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--extra", nargs="*", default=EXTRA)
    ap.add_argument("-o", "--output", default=str(Path(__file__).resolve().parents[1] / "src/sitrep/data/common_names.txt"))
    args = ap.parse_args()
    from english_words import get_english_words_set

    from sitrep.settings import Settings
    from sitrep.text.truecase import candidate_keys
    from sitrep.geo.gazetteer import Gazetteer

    words = get_english_words_set(["web2"], lower=False)
    lower = {w for w in words if w.islower()}
    capital = {w.lower() for w in words if w[:1].isupper()}

    def ordinary(word: str) -> bool:
        """In the dictionary in lower case, itself or as the stem of an inflection ("simmering": a district of
        Vienna; "tapes", "tapered"), and not with a capital."""
        forms = {word}
        for end, add in (("s", ""), ("es", ""), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                         ("d", ""), ("er", ""), ("ers", ""), ("ly", ""), ("ings", "")):
            if word.endswith(end) and len(word) - len(end) >= 3:
                forms.add(word[: -len(end)] + add)
                if end in ("ing", "ed") and len(word) > len(end) + 1 and word[-len(end) - 1] == word[-len(end) - 2]:
                    forms.add(word[: -len(end) - 1])  # "running", "stopped"
        return any(f in lower for f in forms) and word not in capital

    keys = candidate_keys(Gazetteer.load(Settings()), exclude=frozenset())
    common = sorted({k for k in keys if " " not in k and ordinary(k)} | set(args.extra))
    header = ("# Place names that are ordinary English words, not capitalised by sitrep.text.truecase.\n"
              "# Built by scripts/make_common_names.py (Webster's 2nd International via the english-words package).\n")
    Path(args.output).write_text(header + "\n".join(common) + "\n", encoding="utf-8")
    print(f"{len(common)} names -> {args.output}")


if __name__ == "__main__":
    main()
