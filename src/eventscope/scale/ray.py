"""The ingest pipeline on Ray Data: the local engine's document processor, one per actor, writing Parquet shards.

    items (a lazy stream of RawDocument | Reject, as the ingest sources yield them)
        -> windows of `window` items -> ray.data.from_items
        -> map_batches(ShardCoder, ActorPoolStrategy): one DocumentProcessor per actor, built in __init__
           (spaCy model, dictionaries, ingest options); per batch: prepare -> skip known -> code
        -> each batch of `shard_size` items written as one shard set (see eventscope.corpus.shards)

The driver reads the stream a window at a time, so memory stays bounded however long the input is;
inside a window Ray Data streams batches to the actors. Each actor runs the very object the local
process pool runs (`eventscope.corpus.processor.DocumentProcessor`), and ids are content hashes, so the
same input gives the same articles, events and ids on either engine. `RayEngine` plugs this into the one
corpus run (`eventscope.corpus.run.run_corpus`), as `LocalEngine` does the process pool.

Importing this module does not import Ray; `run_ray_ingest` does, and raises `MissingExtra` with the
install hint when the `ray` extra is absent.
"""

from __future__ import annotations

import logging
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventscope import store
from eventscope.corpus.processor import Coded
from eventscope.corpus.run import IngestSummary, Item, run_corpus
from eventscope.corpus.shards import ShardPaths, write_shard
from eventscope.ingest.document import RawDocument
from eventscope.records import Reject
from eventscope.scale import require_ray
from eventscope.settings import IngestOptions, Settings

__all__ = ["RayEngine", "ShardCoder", "ingest_with_ray", "run_ray_ingest"]

DEFAULT_WINDOW = 4096
DEFAULT_SHARD_SIZE = 256


class ShardCoder:
    """A Ray Data actor: one DocumentProcessor (model, dictionaries, ingest options) per actor, built once;
    each batch of documents is prepared, coded and written as one shard set."""

    def __init__(self, settings: Settings, out_dir: str, options: IngestOptions, known_ids: frozenset[str]) -> None:
        from eventscope.corpus.processor import DocumentProcessor  # loads spaCy: only inside the actor

        # (no `with`: the processor and the collector settings it makes last as long as the actor's own process)
        self.processor = DocumentProcessor(settings, options, known_ids)
        _ = self.processor.coder  # build the Coder now, once per actor, not inside the first batch
        self.out_dir = out_dir

    def __call__(self, batch: pa.Table) -> pa.Table:
        items: list[Item] = [pickle.loads(payload) for payload in batch.column("payload").to_pylist()]
        position = batch.column("position")[0].as_py()
        rejects = [item for item in items if isinstance(item, Reject)]
        coded: dict[str, Coded] = {}
        known = 0
        for outcome in self.processor.process([item for item in items if isinstance(item, RawDocument)]):
            if isinstance(outcome, Reject):
                rejects.append(outcome)
            elif isinstance(outcome, Coded):
                coded.setdefault(outcome.coded.article.id, outcome)  # the same text twice is one article
            else:
                known += 1  # stored by an earlier run
        paths = write_shard(
            self.out_dir, [c.coded for c in coded.values()], rejects, [c.signature for c in coded.values()], position
        )
        # The manifest: one row per shard file, and the count of skipped known articles.
        return pa.table({
            "table": [*paths, "known"],
            "path": [*(str(p) for p in paths.values()), ""],
            "count": [0] * len(paths) + [known],
        })


@contextmanager
def _ray_session(address: str | None, num_cpus: int | None) -> Iterator[Any]:
    """Connect to a cluster at `address`, or start a local one; shut down only what we started."""
    ray = require_ray()
    if ray.is_initialized():
        yield ray
        return
    ray.init(address=address, num_cpus=num_cpus if address is None else None,
             include_dashboard=False, logging_level=logging.WARNING, log_to_driver=False)
    try:
        yield ray
    finally:
        ray.shutdown()


def _windows(items: Iterable[Item], size: int) -> Iterator[tuple[int, list[Item]]]:
    """Consecutive lists of at most `size` items, with the input position of each list's first item."""
    iterator, position = iter(items), 0
    while window := list(islice(iterator, size)):
        yield position, window
        position += len(window)


def run_ray_ingest(
    items: Iterable[Item],
    settings: Settings,
    out_dir: Path | str,
    address: str | None = None,
    *,
    workers: int | None = None,
    options: IngestOptions | None = None,
    known_ids: frozenset[str] = frozenset(),
    window: int = DEFAULT_WINDOW,
    shard_size: int = DEFAULT_SHARD_SIZE,
    progress: bool = False,
) -> ShardPaths:
    """Code a stream of documents on Ray; write Parquet shards of articles, events, event_actors and rejects.

    `items` is what the ingest sources yield (RawDocument or Reject). Each actor runs the local engine's
    `eventscope.corpus.processor.DocumentProcessor` (prepare with `options`, skip `known_ids`, code), so both
    engines give the same articles, events and ids. `address` is a Ray cluster address ("auto",
    "ray://host:10001"); None starts a local cluster with `workers` CPUs. `workers` actors code in
    parallel (default: every CPU of the cluster); each window of `window` items starts its actors afresh
    (a model load each), so windows are large. Returns the shard paths;
    `eventscope.store.load_parquet_shards(db, out_dir)` loads them into DuckDB and
    `eventscope.corpus.shards.iter_coded_articles(out_dir)` reads them back as records. An article id
    repeated in two shards is stored once by the loader (its keys ignore repeats).
    """
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    shards = ShardPaths()
    constructor = {
        "settings": settings,
        "out_dir": str(out),
        "options": options or IngestOptions.from_settings(settings),
        "known_ids": known_ids,
    }
    with _ray_session(address, workers) as ray:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = progress
        logging.getLogger("ray.data").setLevel(logging.INFO if progress else logging.ERROR)
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        actors = min(workers or cpus, cpus)  # more actors than CPUs would wait forever for a slot
        for start, window_items in _windows(items, window):
            # Items travel pickled (Ray pickles them anyway, and a mixed stream has no common row shape),
            # with their input position. One block per shard, and each block is one batch (batch_size None),
            # so a shard holds consecutive items and its name sorts in input order.
            blocks = -(-len(window_items) // shard_size)
            rows = [{"position": start + n, "payload": pickle.dumps(item)} for n, item in enumerate(window_items)]
            dataset = ray.data.from_items(rows, override_num_blocks=blocks)
            coded = dataset.map_batches(
                ShardCoder,
                fn_constructor_kwargs=constructor,
                batch_size=None,
                batch_format="pyarrow",
                compute=ray.data.ActorPoolStrategy(size=min(actors, blocks)),
                num_cpus=1,
            )
            for row in coded.take_all():
                if row["table"] == "known":
                    shards.known += row["count"]
                else:
                    shards.add(row["table"], Path(row["path"]))
    return shards


@dataclass
class RayEngine:
    """Codes on Ray Data into Parquet shards (kept in `shard_dir`, else a temporary folder beside the database),
    then loads them into the database in one transaction."""

    settings: Settings
    options: IngestOptions
    address: str | None = None
    workers: int | None = None
    shard_dir: str | Path | None = None
    lock_timeout: float = 60.0
    progress: bool = False

    def code_into(self, db: Path, items: Iterable[Item], known_ids: frozenset[str], summary: IngestSummary,
                  started: float) -> None:
        with _shard_folder(self.shard_dir, beside=db) as out:
            shards = run_ray_ingest(items, self.settings, out, self.address, workers=self.workers,
                                    options=self.options, known_ids=known_ids, progress=self.progress)
            for path in shards.rejects:
                summary.rejects.update(pq.read_table(path, columns=["reason"]).column("reason").to_pylist())
            # The run rebuilds the stories once, after this.
            added = store.load_parquet_shards(db, out, lock_timeout=self.lock_timeout, rebuild=False)
        summary.articles, summary.events, summary.known = added["articles"], added["events"], shards.known


def ingest_with_ray(
    sources: Sequence[str],
    db: str | Path,
    settings: Settings,
    options: IngestOptions,
    *,
    address: str | None = None,
    workers: int | None = None,
    shard_dir: str | Path | None = None,
    lock_timeout: float = 60.0,
    progress: bool = False,
) -> IngestSummary:
    """`eventscope ingest --engine ray`: code the sources on Ray into Parquet shards, load them into the
    database at `db` and rebuild its stories, as the local engine does.

    The shards go to `shard_dir` and stay there (DuckDB can query them in place), or to a temporary folder
    beside the database, removed once loaded. On a multi-node cluster `shard_dir` must be storage that
    every node and this machine share.
    """
    require_ray()  # before reading anything: without the extra, say so at once
    engine = RayEngine(settings, options, address, workers, shard_dir, lock_timeout, progress)
    return run_corpus(sources, db, settings, options, engine, lock_timeout=lock_timeout)


@contextmanager
def _shard_folder(shard_dir: str | Path | None, beside: Path) -> Iterator[Path]:
    if shard_dir is not None:
        yield Path(shard_dir)
        return
    beside.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{beside.name}.shards-", dir=beside.parent) as tmp:
        yield Path(tmp)
