"""One process's share of a corpus run: RawDocuments -> prepared Articles -> coded articles -> store rows.

The local pool (corpus/local.py) and the Ray engine (scale/ray.py) both run this very object, so both give
the same articles, events and ids.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyarrow as pa

from eventscope import store
from eventscope.ingest.clean import InputError
from eventscope.ingest.document import RawDocument, prepare
from eventscope.ingest.minhash import minhash_signature
from eventscope.records import Article, CodedArticle, Reject
from eventscope.settings import IngestOptions, Settings

if TYPE_CHECKING:
    from eventscope.pipeline import Coder

__all__ = ["Coded", "DocumentProcessor", "Known", "Outcome", "StoreBatch", "Stored", "store_batch"]


@dataclass(frozen=True, slots=True)
class Coded:
    coded: CodedArticle
    signature: bytes  # MinHash of the clean text, for near-duplicate detection (store/stories.py)


@dataclass(frozen=True, slots=True)
class Known:
    """An article already in the database (same clean text): nothing to do."""

    article_id: str
    origin: str


Outcome = Coded | Known | Reject


@dataclass(frozen=True, slots=True)
class Stored:
    """A coded article whose rows are in its StoreBatch's tables: only what the caller counts."""

    article_id: str
    num_events: int


@dataclass(frozen=True, slots=True)
class StoreBatch:
    """One batch ready for the store: what became of each document, in input order, and the Arrow rows
    (store.batch_tables) of its coded articles, an article met twice in the batch written once."""

    outcomes: list[Stored | Known | Reject]
    tables: dict[str, pa.Table]

    @property
    def rejects(self) -> list[Reject]:
        return [outcome for outcome in self.outcomes if isinstance(outcome, Reject)]


def store_batch(outcomes: Sequence[Outcome]) -> StoreBatch:
    """Flatten a batch's outcomes into store rows (rejects stay outcomes: the caller adds its own)."""
    first: dict[str, Coded] = {}
    light: list[Stored | Known | Reject] = []
    for outcome in outcomes:
        if isinstance(outcome, Coded):
            first.setdefault(outcome.coded.article.id, outcome)
            light.append(Stored(outcome.coded.article.id, len(outcome.coded.events)))
        else:
            light.append(outcome)
    tables = store.batch_tables([c.coded for c in first.values()], (), [c.signature for c in first.values()])
    del tables["rejects"]
    return StoreBatch(light, tables)


# Young-generation collections once per this many new container objects, not Python's 700: coding makes and drops
# millions of Token and record objects, nearly none in cycles (bench corpus: ~430 collections, 0.11 CPU s -> ~25, 0.04 s).
_YOUNG_COLLECTION_THRESHOLD = 5000

# Any short English news sentence: it only has to pass every step once.
_WARM_UP_TEXT = "The foreign ministers of Kenya and Ghana met in Accra on Monday to discuss trade and security."


class DocumentProcessor:
    """prepare -> skip known -> code, for one process. Used as a context manager (`with DocumentProcessor(...) as
    processor:`): building the coder settles the collector for coding (`_settle_collector`), and leaving the block,
    errors included, gives the caller back the collector as it was (`release_collector`)."""

    def __init__(self, settings: Settings, options: IngestOptions, known_ids: frozenset[str] = frozenset()) -> None:
        self.settings = settings
        self.options = options
        self.known_ids = known_ids
        self._coder: Coder | None = None
        self._thresholds: tuple[int, int, int] | None = None  # the collector's own, while `_settle_collector` holds

    @property
    def coder(self) -> Coder:
        """Built on first use: a run over articles that are all stored already never loads the model."""
        if self._coder is None:
            from eventscope.pipeline import Coder

            self._coder = Coder(self.settings)
            self._settle_collector()
        return self._coder

    def _settle_collector(self) -> None:
        """The model, dictionaries and matchers live as long as the process: frozen, the cyclic collector no longer
        walks their 300,000 objects at every full collection (about 0.3 CPU s of a 153-article ingest, 1.5% of it;
        bare spaCy has none of them to walk); and it collects the young generation less often.
        `release_collector` undoes both."""
        gc.freeze()
        if self._thresholds is None:
            self._thresholds = gc.get_threshold()
            gc.set_threshold(max(_YOUNG_COLLECTION_THRESHOLD, self._thresholds[0]), *self._thresholds[1:])

    def __enter__(self) -> DocumentProcessor:
        return self

    def __exit__(self, *_: object) -> None:
        self.release_collector()

    def release_collector(self) -> None:
        """The collector as it was before the coder was built (the caller may live on: a notebook, a test run); nothing
        when `_settle_collector` never ran (a caller's own frozen objects stay frozen)."""
        if self._thresholds is None:
            return
        gc.unfreeze()
        gc.set_threshold(*self._thresholds)
        self._thresholds = None

    def warm_up(self) -> None:
        """Load the model and run one short document through every step, so the libraries' lazy set-up
        (language profiles, the parser's first batch, Arrow) is done here; forked workers inherit it."""
        store_batch(self.process([RawDocument(origin="warm-up", content=_WARM_UP_TEXT)]))
        self._settle_collector()  # (the lazy set-up's objects frozen too: forked workers' collections never copy their pages)

    def process(self, documents: Sequence[RawDocument]) -> list[Outcome]:
        outcomes: list[Outcome | Article] = []
        for document in documents:
            try:
                article = prepare(document, self.options)
            except InputError as error:
                outcomes.append(Reject(origin=document.origin, reason=error.reason, detail=str(error)))
                continue
            except Exception as error:  # noqa: BLE001 - an extractor failing on one hostile page must not stop the run
                outcomes.append(Reject(origin=document.origin, reason="unreadable",
                                       detail=f"{document.origin}: {type(error).__name__}: {error}"))
                continue
            outcomes.append(Known(article.id, article.origin or "") if article.id in self.known_ids else article)
        to_code = [item for item in outcomes if isinstance(item, Article)]
        coded = iter(self._code(to_code) if to_code else [])
        results: list[Outcome] = []
        for item in outcomes:
            if not isinstance(item, Article):
                results.append(item)
                continue
            result = next(coded)
            if isinstance(result, CodedArticle):
                results.append(Coded(result, minhash_signature(item.text)))
            else:
                results.append(Reject(origin=item.origin or item.id, reason="coding_error", detail=result))
        return results

    def _code(self, articles: list[Article]) -> list[CodedArticle | str]:
        """Code a batch, in order; if a stage fails on some article, code one by one so only that article is
        lost (its entry is then the error message)."""
        coder = self.coder  # set-up errors (a missing model) are not article errors: let them through
        try:
            return list(coder.code(articles))
        except Exception:  # noqa: BLE001 - a bug in one stage must not stop a corpus run
            pass
        results: list[CodedArticle | str] = []
        for article in articles:
            try:
                results.extend(coder.code([article]))
            except Exception as error:  # noqa: BLE001
                results.append(f"{type(error).__name__}: {error}"[:500])
        return results
