"""The country a place name's spelling suggests (geo/spelling.py), on made-up names written for the project."""

import itertools
from types import SimpleNamespace

from sitrep.geo.spelling import SpellingModel, country_from_spelling

_ROOTS = ["ka", "lo", "mi", "su", "pe", "ra", "no", "bi", "tu", "go", "ze", "fa"]


def _names(pattern: str) -> list[str]:
    return [pattern.format(a + b) for a, b in itertools.permutations(_ROOTS, 2)]


def _toy_gazetteer() -> SimpleNamespace:
    # three "focus" countries whose villages end or begin alike, and the rest of the world's English-looking towns
    rows = []
    for cc, patterns in {"BF": ["{}tenga", "{}ghin"], "ML": ["{}bougou", "{}koro"], "NE": ["Dan {}", "{}wa"],
                         "US": ["{}field", "{}ville", "{}wood"], "GB": ["{}ton", "{}bury", "{}ford"]}.items():
        for p in patterns:
            rows += [(None, n.title(), cc, None, None, None, 0.0, 0.0, 0, "place") for n in _names(p)]
    return SimpleNamespace(places=SimpleNamespace(rows=rows), focus=frozenset({"BF", "ML", "NE"}), memo={})


def test_a_name_spelled_like_one_focus_countrys_villages_gets_its_country() -> None:
    gaz = _toy_gazetteer()
    assert country_from_spelling(gaz, "Wexotenga")[0] == "BF"  # type: ignore[arg-type,index]
    assert country_from_spelling(gaz, "Huxibougou")[0] == "ML"  # type: ignore[arg-type,index]
    assert country_from_spelling(gaz, "Dan Huxi")[0] == "NE"  # type: ignore[arg-type,index]
    cc, p = country_from_spelling(gaz, "Wexotenga")  # type: ignore[arg-type,misc]
    assert 0.5 <= p <= 1.0
    # the world's other towns are a class of their own: an English name is no village of the focus
    assert country_from_spelling(gaz, "Springfield") is None  # type: ignore[arg-type]
    assert country_from_spelling(gaz, "Huxiton") is None  # type: ignore[arg-type]
    # no imported countries, no model
    assert country_from_spelling(SimpleNamespace(focus=frozenset(), memo={}), "Wexotenga") is None  # type: ignore[arg-type]


def test_the_neighbours_of_the_imported_countries_are_near_ones() -> None:
    from sitrep.geo.spelling import _neighbours

    near = _neighbours(frozenset({"ML", "NE", "BF"}))
    assert {"NG", "DZ", "TD"} <= near and "FR" not in near and "US" not in near and "JP" not in near
