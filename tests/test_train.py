"""`sitrep train`: a type model learnt from coded events, saved, loaded, and consulted by the coder."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sitrep.clean.boilerplate import clean_article
from sitrep.coding.learned import TypeModel, features, load_type_model, train_from_acled, type_model_path
from sitrep.errors import InputError, UsageError
from sitrep.model import Article
from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

# Notes written for the test in ACLED's style; what a user's own export holds
_KINDS = {
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"):
        "On {d} March 2023, militants attacked the army camp in Town{n} with heavy weapons from a distance.",
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"):
        "On {d} March 2023, a vehicle struck a landmine near Town{n}. The device was planted by militants.",
    ("Battles", "Armed clash"):
        "On {d} March 2023, soldiers clashed with militants near Town{n}. The fighting lasted hours.",
    ("Violence against civilians", "Attack"):
        "On {d} March 2023, gunmen attacked villagers in Town{n}, killing two farmers.",
}


def _export(path: Path, per_kind: int = 12) -> Path:
    cols = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
            "location", "latitude", "longitude", "fatalities", "notes"]
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        n = 0
        for (etype, sub), note in _KINDS.items():
            for k in range(per_kind):
                n += 1
                w.writerow([f"XYZ{n}", f"2023-03-{k % 27 + 1:02d}", etype, sub, "A", "B", "Niger", "Tillaberi",
                            "Town", "14.2", "1.4", "0", note.format(d=k % 27 + 1, n=k)])
    return path


def test_model_learns_saves_and_loads(tmp_path: Path) -> None:
    assert "heavy weapons" in features("Militants used heavy weapons at 3 camps")
    summary = train_from_acled([_export(tmp_path / "coded.csv")], out=tmp_path / "m.npz", holdout=0.25)
    assert summary["events"] == 48 and summary["holdout_events"] == 12
    assert summary["holdout_sub_event_type_accuracy"] >= 0.9
    model = load_type_model(tmp_path / "m.npz")
    assert isinstance(model, TypeModel)
    etype, sub, p = model.best("Insurgents attacked a base with heavy weapons from a distance.")
    assert (etype, sub) == ("Explosions/Remote violence", "Shelling/artillery/missile attack") and p > 0.9
    assert load_type_model("none") is None and type_model_path("off") is None


def test_training_needs_coded_events_and_a_model_file_must_be_one(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("event_id_cnty,event_date,event_type,sub_event_type,notes\n", encoding="utf-8")
    with pytest.raises(UsageError):
        train_from_acled([empty], out=tmp_path / "m.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not numpy")
    with pytest.raises(InputError, match="bad.npz"):
        load_type_model(bad)


def test_the_coder_follows_a_confident_model_on_what_its_rules_found(tmp_path: Path) -> None:
    train_from_acled([_export(tmp_path / "coded.csv", per_kind=30)], out=tmp_path / "m.npz", holdout=0)
    # the rules read "attacked the army camp" as a battle; the user's coding calls this shelling
    text = "On 5 March 2023, militants attacked the army camp in Gao with heavy weapons from a distance."
    ruled = _code(Settings(workers=1, type_model="none"), text)
    learned = _code(Settings(workers=1, type_model=str(tmp_path / "m.npz")), text)
    assert len(ruled) == len(learned) == 1  # the model never adds or drops an event
    assert ruled[0].event_type == "Battles"
    assert learned[0].sub_event_type == "Shelling/artillery/missile attack"
    rule = next(e.rule for e in learned[0].evidence if e.field == "event_type")
    assert rule.startswith("model:") and ":trigger:" in rule  # the label is the model's, the evidence the trigger's
    assert _code(Settings(workers=1, type_model=str(tmp_path / "m.npz")),
                 "The ministry said the weather in Gao was fine and markets were open on Monday.") == []


def _code(settings: Settings, text: str) -> list:  # type: ignore[type-arg]
    art = clean_article(Article(id="", text=text, published=date(2023, 3, 6), path="t"))
    assert isinstance(art, Article)
    return Pipeline(settings)(art).events


def test_cli_train_json(tmp_path: Path) -> None:
    src = _export(tmp_path / "coded.csv")
    out = subprocess.run([sys.executable, "-m", "sitrep.cli", "train", str(src), "--out", str(tmp_path / "m.npz"),
                          "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert summary["model"].endswith("m.npz") and (tmp_path / "m.npz").exists()
    missing = subprocess.run([sys.executable, "-m", "sitrep.cli", "train", str(tmp_path / "nope.csv")],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode != 0 and "nope.csv" in missing.stderr
