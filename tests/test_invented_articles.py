"""Whole articles written for eventscope and coded by hand before the coder was run on them (tests/articles/).

They are a second development set beside ../shared/realnews/dev.jsonl, in its form and under its codebook, and
they ship with the project (they are ours), so the scores below are pinned even where ../shared is absent. Each file
must be well-formed gold (every sentence and trigger found, every type and modality known) and score at least its
floors in tests/quality_floors.yaml (`invented`).
"""

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from eventscope.cli import main
from eventscope.evaluate_articles import load_article_gold
from eventscope.ontology import load_ontology

ARTICLES = Path(__file__).parent / "articles"
FILES = sorted(ARTICLES.glob("*.jsonl"))
FLOORS = yaml.safe_load((Path(__file__).parent / "quality_floors.yaml").read_text(encoding="utf-8")).get("invented", {})
MODALITIES = {"asserted", "negated", "future", "hypothetical", "historical"}


def raw_articles(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_file_is_well_formed_gold(path):
    """The loader finds every gold sentence; each trigger is a word of its sentence, each type a PLOVER type,
    each modality one of the codebook's, each article id unique across the files."""
    assert load_article_gold(path)
    types = set(load_ontology().plover_types)
    for article in raw_articles(path):
        assert article["id"].startswith("inv-"), article["id"]
        for event in article["events"]:
            where = f"{article['id']}: {event['sentence'][:50]!r}"
            assert event["sentence"] in article["text"], where
            # (a trigger split by the words between its parts is written "takes ... to court")
            parts = [part.strip() for part in event["trigger"].split("...")]
            assert all(parts) and all(part in event["sentence"] for part in parts), where
            assert event["plover"] in types, where
            assert event["modality"] in MODALITIES, where
            for side in ("source", "target"):
                if event[side] is not None:
                    assert event[side]["code"] and event[side]["code"] == event[side]["code"].upper(), where
    ids = [a["id"] for p in FILES for a in raw_articles(p)]
    assert len(ids) == len(set(ids))


def test_every_file_has_floors():
    """A new file of articles gets its measured floors in quality_floors.yaml, so that it guards something."""
    assert {p.name for p in FILES} <= set(FLOORS), "add the file's measured scores under `invented`"


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_file_meets_its_floors(path):
    result = CliRunner().invoke(main, ["evaluate", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    scores = {f"{level}.{name}": value for level, values in report["levels"].items() for name, value in values.items()}
    scores["false_events_per_non_political_article"] = report["false_events_per_non_political_article"]
    # ("max_" names a ceiling: the false events of the non-political controls)
    below = {metric: (scores[metric.removeprefix("max_")], bound) for metric, bound in FLOORS[path.name].items()
             if (scores[metric.removeprefix("max_")] > bound if metric.startswith("max_") else scores[metric] < bound)}
    assert not below, f"{path.name}: past the floor or ceiling (score, bound): {below}"
