"""Session 40's feasibility of a learned proposer of events the rules do not make (issue 13 step 8; docs/events.md,
"Session 40"): each sentence of each file is coded as `eventscope evaluate` codes it, with the decision trace on, and
kept as a record of features read from what the pipeline already has (speakers and quotes from the attribution
rules, actor mentions with their kinds, sectors and countries, the rules' events and dropped candidates by type and
gate, valence words, content lemmas, the page as the coder reads it), the gold PLOVER types of the sentence, the types
the rules coded there, and the scorer's units of the article (rules' and gold). scripts/learned_fit.py fits and
counts on them.

    PYTHONPATH=src python scripts/learned_census.py /tmp/train.pkl ../shared/realnews/dev.jsonl:tune \
        tests/articles/{analysis,...,uspolitics}.jsonl tests/articles/offtopic*.jsonl ../shared/gold/plv_train.jsonl
    PYTHONPATH=src python scripts/learned_census.py /tmp/eval.pkl ../shared/realnews/dev.jsonl:check \
        tests/articles/heldout*.jsonl tests/articles/controls_lead19.jsonl

FILE:split reads one half of whole hand-coded articles. Nothing is printed but the number of articles read: the
records keep sentence offsets, never text, so a held-out file's records give counts only (learned_fit.py prints
counts).
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from spacy.tokens import Doc

from eventscope.context import DocumentContext
from eventscope.evaluate import load_gold
from eventscope.evaluate_articles import (
    Side,
    Unit,
    coded_side,
    coded_units,
    is_article_gold,
    load_article_gold,
    split_articles,
)
from eventscope.events.attribution import document_quotes, find_attributions, quote_speakers
from eventscope.events.trace import DecisionTrace
from eventscope.events.valence import valence_lexicon
from eventscope.pipeline import Coder
from eventscope.records import Article

QUOTES = set('"“”‘’«»')


class CensusCoder(Coder):
    """The coder, keeping the last document context it built (the speakers and mentions the records read)."""

    last: DocumentContext | None = None

    def context(self, article: Article, doc: Doc) -> DocumentContext:
        self.last = super().context(article, doc)
        return self.last


def sentence_records(coder: CensusCoder, article: Article, gold_units: list[Unit], political: bool,
                     label: str) -> dict[str, object]:
    doc = coder.nlp(article.text)
    trace = DecisionTrace(coder.ontology)
    coded = coder.code_doc(article, doc, trace)
    ctx = coder.last
    assert ctx is not None
    ec = coder.event_coder
    lemmas = ec._correct_lemmas(doc)
    sentences = ctx.sentences
    furniture = [ctx.in_furniture(s.start_char, s.end_char) for s in sentences]
    attributions = [[] if f else find_attributions(s, ec.patterns.attribution, lemmas) for s, f in zip(sentences, furniture)]
    quoted = quote_speakers(sentences, ec.patterns.attribution, lemmas,
                            lambda s: ctx.in_furniture(s.start_char, s.end_char), article.text, attributions,
                            document_quotes(ctx), ec.speech.quotes)
    val = valence_lexicon()
    rule_units = [u for e in coded.events for u in coded_units(e)]
    records: list[dict[str, object]] = []
    mentions = sorted(ctx.mentions, key=lambda m: m.token_start)
    for i, s in enumerate(sentences):
        feats: dict[str, float] = {"bias": 1.0}
        text = article.text[s.start_char:s.end_char]
        if furniture[i]:
            feats["furniture"] = 1.0
        if any(ch in QUOTES for ch in text):
            feats["quote"] = 1.0
        speakers = [a for a in attributions[i] if a.speaking]
        if speakers:
            feats["speaker"] = 1.0
        if any(a.reporting_only and not a.speaks for a in attributions[i]):
            feats["reporter"] = 1.0
        if i in quoted:
            feats["quoted_speaker"] = 1.0
        ms = [m for m in mentions if s.start <= m.token_start < s.end]
        feats[f"nm{min(len(ms), 4)}"] = 1.0
        countries = {m.actor.country for m in ms if m.actor.country}
        feats[f"nc{min(len(countries), 3)}"] = 1.0
        for m in ms:
            feats[f"kind:{m.actor.kind}"] = 1.0
            for sec in m.actor.sectors[:1]:
                feats[f"sec:{sec}"] = 1.0
        evs = [e for e in coded.events if e.sentence_index == i]
        rule_types = {e.event.plover for e in evs if e.event.plover}
        for kind in rule_types:
            feats[f"rule:{kind}"] = 1.0
        for e in evs:
            feats[f"rk:{(e.rule or '').split(':')[0]}"] = 1.0
        feats[f"nr{min(len(evs), 3)}"] = 1.0
        for d in trace.dropped:
            if d.sentence_index == i and d.plover:
                feats[f"drop:{d.plover}"] = 1.0
                feats[f"dg:{d.gate}"] = 1.0
                feats[f"drop:{d.plover}:{d.gate}"] = 1.0
        neg = pos = 0
        lo = 0.0
        negated = False
        for tok in s:
            lem = lemmas[tok.i]
            if tok.dep_ == "neg":
                negated = True
            if tok.is_alpha and not tok.is_stop and tok.pos_ in ("VERB", "NOUN", "ADJ", "ADV"):
                feats[f"lem:{lem}"] = 1.0
            r = val.get(tok.lower_)
            if r is not None:
                lo = min(lo, r)
                if r <= -1.5:
                    neg += 1
                elif r >= 1.5:
                    pos += 1
        feats["root:" + lemmas[s.root.i]] = 1.0
        feats[f"neg{min(neg, 3)}"] = 1.0
        feats[f"pos{min(pos, 3)}"] = 1.0
        feats[f"lo{int(lo)}"] = 1.0
        if negated:
            feats["negated"] = 1.0
        feats[f"sidx{min(i, 3)}"] = 1.0
        # the page as the coder reads it (never the gold's kind): political or not, whole article, how many events
        feats["page_political" if trace.political else "page_other"] = 1.0
        if trace.whole_article:
            feats["whole"] = 1.0
        n_ev = len(coded.events)
        feats[f"page_ev{0 if n_ev == 0 else 1 if n_ev < 3 else 2 if n_ev < 6 else 3}"] = 1.0
        if spk_found := [m for a in speakers for h in a.heads for m in ms if m.token_start <= h.i < m.token_end]:
            feats["speaker_actor"] = 1.0
            if spk_found[0].actor.country:
                feats["speaker_country"] = 1.0
        # proposal actors: a rule event's pair, else the speaker and another mention, else the first two mentions
        src = tgt = None
        if evs:
            e = evs[0]
            src = e.source[0] if e.source else None
            tgt = e.target[0] if e.target else None
        else:
            spk = None
            heads = [h for a in speakers for h in a.heads] or (list(quoted[i].heads) if i in quoted else [])
            for h in heads:
                spk = next((m for m in mentions if m.token_start <= h.i < m.token_end), None)
                if spk:
                    break
            if spk is not None:
                src = spk.actor
                tgt = next((m.actor for m in ms if m.actor.code != spk.actor.code), None)
            elif ms:
                src = ms[0].actor
                tgt = next((m.actor for m in ms[1:] if m.actor.code != src.code), None)
        gold_types = {u.plover for u in gold_units if u.start < s.end_char and s.start_char < u.end}
        records.append({"feats": feats, "gold": gold_types, "rule": rule_types, "start": s.start_char,
                        "end": s.end_char, "trig": s.start_char, "src": coded_side(src), "tgt": coded_side(tgt)})
    return {"label": label, "id": article.id, "political": political, "sents": records, "rule_units": rule_units,
            "gold_units": list(gold_units)}


def main() -> None:
    out = Path(sys.argv[1])
    coder = CensusCoder()
    data: list[dict[str, object]] = []
    for spec in sys.argv[2:]:
        path, _, split = spec.partition(":")
        p = Path(path)
        label = p.stem + (f":{split}" if split else "")
        if is_article_gold(p):
            for g in split_articles(load_article_gold(p), split or None):
                data.append(sentence_records(coder, g.article, list(g.events), g.political, label))
        else:
            sents, _ = load_gold(p)
            for gs in sents:
                if not gs.text.strip():
                    continue
                units = [] if gs.no_event or not gs.plover else [
                    Unit(start=0, end=len(gs.text), plover=gs.plover, source=Side(None, None),
                         target=Side(None, None), modality="asserted", trigger_start=0, trigger="", cameo="",
                         sentence=gs.text, date=None)]
                data.append(sentence_records(coder, Article(id=gs.id, text=gs.text), units, True, label))
        print(label, len(data), file=sys.stderr)
    out.write_bytes(pickle.dumps(data))


if __name__ == "__main__":
    main()
