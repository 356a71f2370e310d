"""Scoring the coder on whole articles coded by hand (files shaped like ../shared/realnews/dev.jsonl).

One JSON object a line: `{"id", "text", "published"?, "title"?, "url"?, "political"?, "events": [{"sentence",
"trigger", "plover", "cameo", "source": {"text", "code"} | null, "target": ..., "modality", "date",
"location"}]}`. The rules follow the end of ../shared/realnews/CODEBOOK.md:

- A coded event matches a gold event of the same article when its evidence sentence overlaps the gold
  sentence and its PLOVER type is the gold type (level `event`); for level `dyad` the source and target
  countries must also be equal (the first three letters of the codes; IGO and NGO count as countries, a bare
  sector such as `COP` has no country, a missing actor is no country); for level `record` the first sector of
  each side and the modality must be equal too.
- Joint acts (CONSULT, AGREE, COOPERATE) match in either direction.
- A coded event with several sources or targets stands for one event per (source, target) pair, as the
  codebook codes "The US and Britain condemned Russia" as two events.
- Every coded event counts, including plain statements that have no PLOVER type: they never match, so they
  are false alarms, as they would be for any scorer that reads the records.
- Each gold event matches at most one coded event and the other way round (greedy, nearest trigger first).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cache
from pathlib import Path

from eventscope.dates import codebook_date
from eventscope.evaluate import gold_lines, gold_record
from eventscope.ontology import load_ontology
from eventscope.records import Actor, Article, CodedArticle, Event

__all__ = [
    "ArticleGold",
    "ArticleReport",
    "LEVELS",
    "Scores",
    "Unit",
    "WholeArticleReport",
    "is_article_gold",
    "load_article_gold",
    "render_article_report",
    "score_articles",
    "split_articles",
]

LEVELS: tuple[str, ...] = ("event", "dyad", "record")
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Code prefixes that are organisations, not sectors: they count as the actor's "country".
# Sector codes of the codebook that the actor dictionary does not list as sector words.
EXTRA_SECTOR_CODES = frozenset({"MED", "PRO"})


class ArticleGoldError(ValueError):
    """A whole-article gold file cannot be read."""


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a dyad as the scorer sees it: country (or IGO/NGO) and first sector."""

    country: str | None
    sector: str | None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Unit:
    """One scorable event: a gold event, or one (source, target) pair of a coded event."""

    start: int  # the sentence's character span in the article text
    end: int
    plover: str | None
    source: Side
    target: Side
    modality: str
    trigger_start: int
    trigger: str
    cameo: str
    sentence: str
    date: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleGold:
    article: Article
    political: bool
    events: tuple[Unit, ...]


@dataclass
class Scores:
    matched_predicted: int = 0
    matched_gold: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Scores) -> None:
        self.matched_predicted += other.matched_predicted
        self.matched_gold += other.matched_gold
        self.predicted += other.predicted
        self.gold += other.gold

    def to_json(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "matched": self.matched_gold, "predicted": self.predicted, "gold": self.gold}


@dataclass
class ArticleReport:
    id: str
    political: bool
    levels: dict[str, Scores]
    misses: list[Unit] = field(default_factory=list)  # gold events with no event-level match
    false_alarms: list[Unit] = field(default_factory=list)  # coded events with no event-level match
    wrong_dyads: list[tuple[Unit, Unit]] = field(default_factory=list)  # (gold, coded) matched as events only
    # (gold, coded) matched as events whose date or modality differ: what the record level and the date score miss
    wrong_when: list[tuple[Unit, Unit]] = field(default_factory=list)
    dates_right: int = 0
    dates_scored: int = 0


@dataclass
class WholeArticleReport:
    articles: list[ArticleReport]
    levels: dict[str, Scores]
    coded_events: int
    with_source_country: int
    false_events_per_non_political: float | None
    dates_right: int
    dates_scored: int

    def to_json(self) -> dict[str, object]:
        return {
            "articles": len(self.articles),
            "levels": {level: scores.to_json() for level, scores in self.levels.items()},
            "coded_events": self.coded_events,
            "share_with_source_country": round(self.with_source_country / self.coded_events, 3)
            if self.coded_events else 0.0,
            "false_events_per_non_political_article": self.false_events_per_non_political,
            "date_accuracy_on_matched": round(self.dates_right / self.dates_scored, 3) if self.dates_scored else None,
            "per_article": [
                {"id": a.id, "political": a.political, **{lvl: a.levels[lvl].to_json() for lvl in LEVELS}}
                for a in self.articles
            ],
        }


@cache
def _bare_sectors() -> frozenset[str]:
    """Codes that open a gold code with no country ("COP"): sectors, but not the organisation codes ("IGO",
    "NGO"), which stand in the country slot."""
    # Imported here: the dictionary is only needed to tell sectors from countries in gold codes.
    from eventscope.actors import load_actor_dictionary

    sectors = load_actor_dictionary().sector_codes
    codes = frozenset(sectors) | frozenset(sectors.values()) | EXTRA_SECTOR_CODES
    return codes - load_ontology().organization_codes


def _body(rest: str) -> str | None:
    """The organisation an IGO/NGO code names, where a country code has its first sector: the first three letters
    of its name, after a sector put after a two-letter name is taken off ("IGOEUGOV" and "IGOAUNGO" are the EU and
    the AU, as the codebook's "IGOEU" and "IGOAU"; "IGOUNOREF" stays the UN)."""
    if len(rest) > 3 and rest[-3:] in _bare_sectors() | load_ontology().organization_codes:  # "NGO" is a sector too
        rest = rest[:-3]
    return rest[:3] or None


def gold_side(actor: object, bare_sectors: frozenset[str]) -> Side:
    """Country and first sector of a gold actor `{"text", "code"}` (or null)."""
    if not isinstance(actor, dict) or not isinstance(actor.get("code"), str) or not actor["code"].strip():
        return Side(None, None)
    code = actor["code"].strip().upper()
    text = str(actor.get("text") or "")
    prefix = code[:3]
    if prefix in bare_sectors:
        return Side(None, prefix, text)
    if prefix in load_ontology().organization_codes:
        return Side(prefix, _body(code[3:]), text)
    return Side(prefix, code[3:6] or None, text)


def coded_side(actor: Actor | None) -> Side:
    """Country and first sector of a coded actor."""
    if actor is None:
        return Side(None, None)
    code = actor.code.upper()
    country = actor.country or None
    if country and code.startswith(country) and country in load_ontology().organization_codes:
        sector = _body(code[len(country):])
    elif country and code.startswith(country):
        sector = code[len(country):len(country) + 3] or None
    else:
        sector = actor.sectors[0] if actor.sectors else (code[:3] or None)
    return Side(country, sector, actor.text)


def is_article_gold(path: Path) -> bool:
    """Whether a JSONL file holds whole articles (events carry a `sentence`) rather than gold sentences."""
    try:
        with Path(path).open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    events = record.get("events") or []
                    return bool(events) and isinstance(events[0], dict) and "sentence" in events[0] or (
                        "political" in record)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError):
        return False
    return False


def _published(value: object) -> Date | None:
    if isinstance(value, str):
        try:
            return Date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def load_article_gold(path: Path) -> list[ArticleGold]:
    lines = gold_lines(path, ArticleGoldError)
    bare = _bare_sectors()
    articles: list[ArticleGold] = []
    for number, line in lines:
        try:
            record = gold_record(line)
            text = record["text"]
            article = Article(id=str(record.get("id") or number), text=text, title=record.get("title"),
                              url=record.get("url"), published=_published(record.get("published")))
            units = tuple(_gold_unit(text, event, bare) for event in record.get("events") or [])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise ArticleGoldError(f"{path}: line {number}: {error}") from None
        articles.append(ArticleGold(article, bool(record.get("political", True)), units))
    if not articles:
        raise ArticleGoldError(f"{path}: no articles")
    return articles


def _gold_unit(text: str, event: dict, bare: frozenset[str]) -> Unit:
    sentence = event["sentence"]
    start = text.find(sentence)
    if start < 0:
        raise ValueError(f"gold sentence not in the article text: {sentence[:60]!r}")
    trigger = str(event.get("trigger") or "")
    offset = text.find(trigger, start, start + len(sentence)) if trigger else -1
    return Unit(start=start, end=start + len(sentence), plover=event.get("plover"),
                source=gold_side(event.get("source"), bare), target=gold_side(event.get("target"), bare),
                modality=str(event.get("modality") or "asserted"), trigger_start=offset if offset >= 0 else start,
                trigger=trigger, cameo=str(event.get("cameo") or ""), sentence=sentence, date=event.get("date"))


def split_articles(articles: Sequence[ArticleGold], split: str | None) -> list[ArticleGold]:
    """`tune`: the articles at even line indexes (0, 2, 4, ...); `check`: the odd ones; None: all."""
    if split is None or split == "all":
        return list(articles)
    parity = 0 if split == "tune" else 1
    return [a for index, a in enumerate(articles) if index % 2 == parity]


def halves_arguments(description: str | None, details: str) -> argparse.Namespace:
    """The command line of a development script over whole hand-coded articles: the gold file, `--split` (as
    `eventscope evaluate`) and `--details` (`details` says what it prints), which prints article text and so is
    refused on any half but the tuning one (the checking half stands in for held-out articles)."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path, help="whole hand-coded articles (JSONL), e.g. ../shared/realnews/dev.jsonl")
    parser.add_argument("--split", choices=["all", "tune", "check"], default="all",
                        help="all articles, the tuning half or the checking half (as `eventscope evaluate`)")
    parser.add_argument("--details", action="store_true",
                        help=f"also print {details} (prints article text: never on a held-out half)")
    args = parser.parse_args()
    if args.details and args.split != "tune":
        parser.error("--details prints the articles' text: only with --split tune (the check half is held out)")
    return args


def _coded_date(event: Event) -> str | None:
    # The codebook's form: to its precision, and null for the publication date standing in for an undated event.
    return codebook_date(event)


def coded_units(event: Event) -> list[Unit]:
    sources: list[Actor | None] = [*event.source] or [None]
    targets: list[Actor | None] = [*event.target] or [None]
    return [
        Unit(start=event.evidence.start, end=event.evidence.end, plover=event.event.plover,
             source=coded_side(source), target=coded_side(target), modality=event.modality,
             trigger_start=event.trigger.start, trigger=event.trigger.text, cameo=event.event.cameo,
             sentence=event.evidence.text, date=_coded_date(event))
        for source in sources for target in targets
    ]


def _same_event(gold: Unit, coded: Unit) -> bool:
    return gold.plover == coded.plover and coded.start < gold.end and gold.start < coded.end


def _same_pair(gold: Unit, coded: Unit, attribute: str) -> bool:
    def key(side: Side) -> str | None:
        return getattr(side, attribute)

    forward = key(gold.source) == key(coded.source) and key(gold.target) == key(coded.target)
    if forward or gold.plover not in JOINT_TYPES:
        return forward
    return key(gold.source) == key(coded.target) and key(gold.target) == key(coded.source)


def matches(level: str, gold: Unit, coded: Unit) -> bool:
    if not _same_event(gold, coded):
        return False
    if level == "event":
        return True
    if not _same_pair(gold, coded, "country"):
        return False
    return level == "dyad" or (_same_pair(gold, coded, "sector") and gold.modality == coded.modality)


def _match(level: str, gold: Sequence[Unit], coded: Sequence[Unit]) -> dict[int, int]:
    """Greedy one-to-one matching, nearest trigger first: gold index -> coded index."""
    pairs = sorted(
        (abs(g.trigger_start - c.trigger_start), gi, ci)
        for gi, g in enumerate(gold) for ci, c in enumerate(coded) if matches(level, g, c)
    )
    taken_gold: dict[int, int] = {}
    taken_coded: set[int] = set()
    for _, gi, ci in pairs:
        if gi not in taken_gold and ci not in taken_coded:
            taken_gold[gi] = ci
            taken_coded.add(ci)
    return taken_gold


def score_article(gold: ArticleGold, events: Iterable[Event]) -> ArticleReport:
    coded = [unit for event in events for unit in coded_units(event)]
    report = ArticleReport(id=gold.article.id, political=gold.political, levels={})
    for level in LEVELS:
        matched = _match(level, gold.events, coded)
        report.levels[level] = Scores(len(matched), len(matched), len(coded), len(gold.events))
        if level == "event":
            event_matches = matched
            report.misses = [g for gi, g in enumerate(gold.events) if gi not in matched]
            used = set(matched.values())
            report.false_alarms = [c for ci, c in enumerate(coded) if ci not in used]
            for gi, ci in matched.items():
                if gold.events[gi].date is not None or coded[ci].date is not None:
                    report.dates_scored += 1
                    report.dates_right += gold.events[gi].date == coded[ci].date
            report.wrong_when = [(gold.events[gi], coded[ci]) for gi, ci in sorted(matched.items())
                                 if gold.events[gi].date != coded[ci].date
                                 or gold.events[gi].modality != coded[ci].modality]
        elif level == "dyad":
            report.wrong_dyads = [(gold.events[gi], coded[ci]) for gi, ci in event_matches.items()
                                  if gi not in matched]
    return report


def score_articles(gold: Sequence[ArticleGold], coded: Sequence[CodedArticle]) -> WholeArticleReport:
    if len(gold) != len(coded):
        raise ValueError("one coded article per gold article is needed")
    reports = [score_article(g, c.events) for g, c in zip(gold, coded)]
    totals = {level: Scores() for level in LEVELS}
    for report in reports:
        for level in LEVELS:
            totals[level].add(report.levels[level])
    events = [e for c in coded for e in c.events]
    non_political = [r for r in reports if not r.political]
    return WholeArticleReport(
        articles=reports,
        levels=totals,
        coded_events=len(events),
        with_source_country=sum(1 for e in events if any(a.country for a in e.source)),
        false_events_per_non_political=round(
            sum(r.levels["event"].predicted - r.levels["event"].matched_predicted for r in non_political)
            / len(non_political), 2) if non_political else None,
        dates_right=sum(r.dates_right for r in reports),
        dates_scored=sum(r.dates_scored for r in reports),
    )


def _side(side: Side) -> str:
    return f"{side.country or '-'}{side.sector or ''}"


def describe(unit: Unit) -> str:
    return (f"{unit.plover or 'NONE'} {unit.cameo} '{unit.trigger}' {_side(unit.source)}->{_side(unit.target)} "
            f"{unit.modality} | {unit.sentence[:140]!r}")


def render_article_report(report: WholeArticleReport, details: bool = False) -> str:
    """Per-article rows (and details on request) first, the overall scores last, where a terminal's tail shows them."""
    lines = [f"  {'article':<24} {'gold':>5} {'coded':>6} {'event F1':>9} {'dyad F1':>8} {'record F1':>9}"]
    for a in report.articles:
        lines.append(f"  {a.id[:24]:<24} {a.levels['event'].gold:>5} {a.levels['event'].predicted:>6} "
                     f"{a.levels['event'].f1:>9.3f} {a.levels['dyad'].f1:>8.3f} {a.levels['record'].f1:>9.3f}")
    if details:
        for a in report.articles:
            if not (a.misses or a.false_alarms or a.wrong_dyads or a.wrong_when):
                continue
            lines.append(f"== {a.id}")
            lines += [f"  miss   {describe(u)}" for u in a.misses]
            lines += [f"  false  {describe(u)}" for u in a.false_alarms]
            lines += [f"  dyad   gold {_side(g.source)}->{_side(g.target)} coded {describe(c)}"
                      for g, c in a.wrong_dyads]
            lines += [f"  date   gold {g.date or 'null'} {g.modality} coded {c.date or 'null'} {c.modality} "
                      f"'{c.trigger}' | {c.sentence[:140]!r}" for g, c in a.wrong_when]
    share = f"{report.with_source_country / report.coded_events:.0%}" if report.coded_events else "-"
    # The level table scores one row per coded source-target pair, so its "coded" is larger when events list actors.
    pairs = report.levels["event"].predicted if "event" in report.levels else report.coded_events
    lines.append(f"articles: {len(report.articles)}   coded events: {report.coded_events} "
                 f"({pairs} source-target pairs scored below)   with a source country: {share}")
    if report.false_events_per_non_political is not None:
        lines.append(f"false events per non-political article: {report.false_events_per_non_political}")
    if report.dates_scored:
        lines.append(f"dates right on matched events: {report.dates_right}/{report.dates_scored}")
    lines.append(f"  {'level':<8} {'prec':>6} {'recall':>6} {'f1':>6} {'matched':>8} {'coded':>6} {'gold':>5}")
    for level, s in report.levels.items():
        lines.append(f"  {level:<8} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.matched_gold:>8} "
                     f"{s.predicted:>6} {s.gold:>5}")
    return "\n".join(lines)
