"""`sitrep serve`: the HTTP API (FastAPI) and the offline web dashboard, both over `sitrep.query`."""

from __future__ import annotations

from sitrep.web.app import create_app

__all__ = ["create_app"]
