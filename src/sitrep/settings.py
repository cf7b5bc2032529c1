"""Every setting sitrep has, declared once with its default and help; one frozen object passed explicitly."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["SETTINGS", "Setting", "Settings"]


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    env: str | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "sitrep.duckdb", "Path of the DuckDB store.", "SITREP_DB"),
    Setting("db_memory", "48MB", "DuckDB's memory for a store opened to write (ingest): a fixed buffer cache, so "
            "memory stays flat however large the store grows; pages beyond it are read from the file again.",
            "SITREP_DB_MEMORY"),
    Setting("db_read_memory", "256MB", "DuckDB's memory for a store opened read-only (queries, exports, reports); "
            "large sorts spill to disk beyond it. The dashboard, serving many requests at once, takes 1GB.",
            "SITREP_DB_READ_MEMORY"),
    Setting("max_file_bytes", 20_000_000, "Files larger than this are rejected (stage ingest, reason too large).",
            "SITREP_MAX_FILE_BYTES"),
    Setting("min_text_chars", 20, "Documents with less clean text than this are rejected (stage clean); a wire flash "
            "or a coder's note can be one short sentence ('4 soldiers abducted and 3 killed.')."),
    Setting("gazetteer", None, "Directory of an imported gazetteer index used beside the bundled default.", "SITREP_GAZETTEER"),
    Setting("type_model", None, "An event-type model learnt from the user's coded events (sitrep train); 'none' "
            "for the rules only. Default: type-model.npz in the user data directory, when it exists.",
            "SITREP_TYPE_MODEL"),
    Setting("min_population", 500, "Smallest population of a bundled GeoNames place (500, 1000, 5000 or 15000)."),
    Setting("batch_size", 64, "Articles processed and written per transaction."),
    Setting("workers", 0, "Processes for the analysis stages (0 = all cores).", "SITREP_WORKERS"),
)


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "sitrep.duckdb"
    db_memory: str = "48MB"
    db_read_memory: str = "256MB"
    max_file_bytes: int = 20_000_000
    min_text_chars: int = 20
    gazetteer: str | None = None
    type_model: str | None = None
    min_population: int = 500
    batch_size: int = 64
    workers: int = 0

    @classmethod
    def from_env(cls, **overrides: Any) -> "Settings":
        """Defaults, then environment variables, then explicit overrides (None means 'not given')."""
        values: dict[str, Any] = {}
        for s in SETTINGS:
            if s.env and os.environ.get(s.env):
                values[s.name] = type(s.default)(os.environ[s.env]) if s.default is not None else os.environ[s.env]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)

    @property
    def db_path(self) -> Path:
        return Path(self.db)
