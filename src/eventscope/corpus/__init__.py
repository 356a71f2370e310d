"""The corpus run: sources in, a filled database out, on local processes or on Ray, with one skeleton.

    run        run_corpus (the skeleton), LocalEngine, ingest(), the run's summary and batch writer
    processor  DocumentProcessor: prepare -> skip known -> code -> store rows, the same in every engine
    local      the process pool of the local engine
    shards     Parquet shards of coded articles (the Ray engine's output, loadable into the store)

The source readers are in `eventscope.ingest`; the Ray engine itself is in `eventscope.scale.ray`.
"""
