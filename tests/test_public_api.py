"""The public surface: sorted, complete __all__; every setting documented."""

from __future__ import annotations

import sitrep
from sitrep.settings import SETTINGS, Settings


def test_all_is_sorted_and_importable() -> None:
    assert list(sitrep.__all__) == sorted(sitrep.__all__)
    for name in sitrep.__all__:
        assert hasattr(sitrep, name), name


def test_every_public_class_is_exported() -> None:
    public = {n for n, v in vars(sitrep).items() if not n.startswith("_") and isinstance(v, type)}
    assert public <= set(sitrep.__all__)


def test_settings_declared_once_with_help() -> None:
    fields = set(Settings.__dataclass_fields__)
    declared = {s.name for s in SETTINGS}
    assert fields == declared
    for s in SETTINGS:
        assert s.help.strip(), s.name
        assert getattr(Settings(), s.name) == s.default, s.name
