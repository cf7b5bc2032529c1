"""Shared fixtures: the ../shared folder (skipped when absent), fresh stores, the seeds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", ROOT.parent / "shared"))
# the suite measures the rules: a type model the user trained (sitrep train) is not consulted unless a test
# names one
os.environ["SITREP_TYPE_MODEL"] = "none"
# nor a gazetteer the user imported (SITREP_GAZETTEER, or the user data directory where `sitrep gazetteer import`
# writes by default): the tests that need an import write their own small GeoNames files and name the index
os.environ["SITREP_GAZETTEER"] = "none"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    d = shared_dir / "seeds"
    if not d.is_dir():
        pytest.skip("../shared/seeds is absent")
    return d
