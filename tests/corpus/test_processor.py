"""The document processor: prepare, skip stored articles, and lose only the article a stage fails on."""

import contextlib
import gc

from eventscope.corpus.local import process_batches
from eventscope.corpus.processor import Coded, DocumentProcessor, Known, Stored, store_batch
from eventscope.ingest import IngestOptions, RawDocument
from eventscope.records import Article, CodedArticle, Reject
from eventscope.settings import Settings

GOOD = "Kenya and Uganda signed a border agreement in Nairobi on Monday, officials said."
POISON = "This sentence makes the fake coder fail."


class FakeCoder:
    """Stands in for pipeline.Coder: no model, fails on the poison text."""

    def code(self, articles):
        for article in articles:
            if article.text == POISON:
                raise RuntimeError("stage bug")
            yield CodedArticle(article=article)


def processor(known=frozenset()):
    processor = DocumentProcessor(Settings(), IngestOptions(), known)
    processor._coder = FakeCoder()
    return processor


def test_outcomes_keep_input_order_and_kinds():
    docs = [RawDocument(origin="1", content=GOOD), RawDocument(origin="2", content=""),
            RawDocument(origin="3", content=GOOD)]
    outcomes = processor(frozenset({Article.make_id(GOOD + " Again.")})).process(
        docs + [RawDocument(origin="4", content=GOOD + " Again.")])
    assert [type(o) for o in outcomes] == [Coded, Reject, Coded, Known]
    assert [outcomes[0].coded.article.origin, outcomes[2].coded.article.origin] == ["1", "3"]
    assert outcomes[1].reason == "empty"
    assert len(outcomes[0].signature) == 128 * 4


def test_a_failing_article_is_rejected_alone():
    docs = [RawDocument(origin="a", content=GOOD), RawDocument(origin="b", content=POISON)]
    good, bad = processor().process(docs)
    assert isinstance(good, Coded) and good.coded.article.origin == "a"
    assert isinstance(bad, Reject) and bad.reason == "coding_error" and "stage bug" in bad.detail


def test_a_store_batch_keeps_outcomes_in_order_and_rows_once_per_article():
    docs = [RawDocument(origin="1", content=GOOD), RawDocument(origin="2", content=""),
            RawDocument(origin="3", content=GOOD), RawDocument(origin="4", content=GOOD + " Again.")]
    batch = store_batch(processor(frozenset({Article.make_id(GOOD + " Again.")})).process(docs))
    assert [type(o) for o in batch.outcomes] == [Stored, Reject, Stored, Known]
    assert batch.outcomes[0] == batch.outcomes[2] == Stored(Article.make_id(GOOD), 0)
    assert batch.tables["articles"].column("origin").to_pylist() == ["1"]  # the first copy is the one stored
    assert len(batch.tables["articles"].column("minhash")[0].as_py()) == 128 * 4
    assert [r.reason for r in batch.rejects] == ["empty"]
    assert "rejects" not in batch.tables  # the caller writes rejects with those it read itself


def test_the_collector_is_as_before_once_the_processor_is_done(monkeypatch):
    # building the coder freezes what is alive and collects the young generation less often; leaving the `with`
    # block, errors included, undoes both (the caller may live on: a notebook, a test run)
    monkeypatch.setattr("eventscope.pipeline.Coder", lambda settings: FakeCoder())
    thresholds = gc.get_threshold()
    for failing in (False, True):
        with contextlib.suppress(RuntimeError), DocumentProcessor(Settings(), IngestOptions()) as processor:
            processor.warm_up()
            assert gc.get_freeze_count() > 0 and gc.get_threshold()[0] >= 5000
            if failing:
                raise RuntimeError("a batch failed")
        assert gc.get_freeze_count() == 0 and gc.get_threshold() == thresholds


def test_a_run_of_batches_gives_the_collector_back_too(monkeypatch):
    monkeypatch.setattr("eventscope.pipeline.Coder", lambda settings: FakeCoder())
    thresholds = gc.get_threshold()
    batches = [[RawDocument(origin="1", content=GOOD)], [RawDocument(origin="2", content=POISON)]]
    assert len(list(process_batches(batches, Settings(), IngestOptions()))) == 2
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == thresholds
