"""Stores for the web tests: the bundled sample corpus plus one article whose headline and text carry markup."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.pipeline import Pipeline
from sitrep.settings import Settings
from sitrep.store.db import Store

EVIL = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\">"
EVIL_ARTICLE = {
    "title": f"Gunmen kill seven herders near Tahoua {EVIL}",
    "text": ("Gunmen killed seven herders near Tahoua in Niger on Sunday, local officials said. "
             f"A witness said the attackers shouted {EVIL} before fleeing on motorbikes."),
    "published": "2024-04-29",
    "outlet": f"The <b>Evil</b> Gazette {EVIL}",
    "url": "javascript:window.__pwned=1",
}


def build_sample_store(path: Path) -> Path:
    """The sample corpus and the malicious article, ingested into a new store at `path` (closed after)."""
    from sitrep.cli import sample_dir

    extra = path.parent / "evil.jsonl"
    extra.write_text(json.dumps(EVIL_ARTICLE) + "\n", encoding="utf-8")
    with Store.open(path) as store:
        Pipeline(Settings(workers=1)).ingest([sample_dir(), extra], store)
    return path
