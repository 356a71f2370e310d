"""Picking out what the assertions of the real-parse role tests look at: an event of a type, its actors'
words or countries."""

from collections.abc import Sequence

from eventscope.records import Actor, Event, EventDraft


def word_token(doc, word: str):
    """The first token of `doc` whose text is `word` (for unit tests of a rule that reads one word)."""
    return next(t for t in doc if t.text == word)


def only(events: list[Event], plover: str) -> Event:
    """The first event of PLOVER type `plover` (the test fails, listing what was found, when there is none)."""
    found = [e for e in events if e.event.plover == plover]
    assert found, f"no {plover} event in {[(e.event.plover, e.trigger.text) for e in events]}"
    return found[0]


def texts(actors: list[Actor]) -> list[str]:
    return [a.text for a in actors]


def countries(actors: list[Actor]) -> list[str]:
    """The actors' countries, sorted, leaving out those with none."""
    return sorted(a.country for a in actors if a.country)


def the_only(events: Sequence[Event | EventDraft], plover: str) -> Event | EventDraft:
    """The one event of PLOVER type `plover` (the test fails, listing what was found, unless there is exactly one)."""
    found = [e for e in events if e.event.plover == plover]
    assert len(found) == 1, [(e.event.plover, e.trigger.text) for e in events]
    return found[0]


def countries_in_order(actors: list[Actor]) -> list[str | None]:
    """The actors' countries in role order, None for an actor with none."""
    return [a.country for a in actors]


def coded_types(coder, text: str) -> set[str]:
    """The PLOVER types of the events coded in `text`."""
    return {e.event.plover for e in coder.code_text(text).events}


def coded_dyads(coder, text: str, plover: str) -> list[tuple[str | None, str | None]]:
    """(source country, target country) of each event of PLOVER type `plover` coded in `text`, None for a side
    with no actor."""
    return [(e.source[0].country if e.source else None, e.target[0].country if e.target else None)
            for e in coder.code_text(text).events if e.event.plover == plover]


def names(actors: list[Actor], code: str | None) -> bool:
    """An actor of the side is of that country, or is that actor (an IGO by its code: IGOEU); the whole code,
    never a part ("UN" is in "TUN")."""
    return code is not None and any(code in (a.country, a.code) for a in actors)


def family_scores(coder, cases: list[dict], wanted: set[str]) -> tuple[float, float, list[str]]:
    """For a paraphrase set's cases of one family ({text, source, target}), each coded alone: the share coded with
    an event of a `wanted` PLOVER type, the share with such an event whose source and target name the case's
    countries, and the sentences with none (with the types they got instead)."""
    found = dyads = 0
    failures = []
    for case in cases:
        events = coder.code_text(case["text"]).events
        hits = [e for e in events if e.event.plover in wanted]
        found += bool(hits)
        dyads += any(names(e.source, case["source"]) and names(e.target, case["target"]) for e in hits)
        if not hits:
            failures.append(f"{case['text']} -> {[e.event.plover for e in events]}")
    return found / len(cases), dyads / len(cases), failures


def families_found(coder, cases: dict[str, list[dict]], families: list[str]) -> tuple[float, float, list[str]]:
    """`family_scores` over several families of a paraphrase set, each family's cases wanting its own type: how many
    cases were found, how many with both countries right (counts, not shares), and the sentences missed."""
    found = dyads = 0.0
    failures: list[str] = []
    for family in families:
        share, dyad_share, missed = family_scores(coder, cases[family], {family})
        found += share * len(cases[family])
        dyads += dyad_share * len(cases[family])
        failures += missed
    return found, dyads, failures


def assert_families_floors(coder, cases: dict[str, list[dict]], families: list[str],
                           floors: tuple[float, float]) -> None:
    """Over all `families` of a paraphrase set (`families_found`), the share of cases found and the share with both
    countries right are at least `floors`; a failure lists the sentences missed."""
    found, dyads, failures = families_found(coder, cases, families)
    total = sum(len(cases[family]) for family in families)
    assert found / total >= floors[0], f"found {found / total:.2f}; missed:\n" + "\n".join(failures)
    assert dyads / total >= floors[1], f"dyads right {dyads / total:.2f}"


def no_event_share(coder, cases: list[dict]) -> tuple[float, list[str]]:
    """For a paraphrase set's near misses, each coded alone: the share coded with no PLOVER event, and the
    sentences that got one."""
    coded = [case["text"] for case in cases if any(e.event.plover for e in coder.code_text(case["text"]).events)]
    return 1 - len(coded) / len(cases), coded


def assert_family_floors(coder, cases: list[dict], wanted: set[str], floors: tuple[float, float], label: str) -> None:
    """The shares of `family_scores` (type found, and with both countries right) are at least `floors`; a failure
    lists the sentences missed."""
    found, dyads, failures = family_scores(coder, cases, wanted)
    assert found >= floors[0], f"{label} found {found:.2f}; missed:\n" + "\n".join(failures)
    assert dyads >= floors[1], f"{label} dyads right {dyads:.2f}"


def assert_no_event_floor(coder, cases: list[dict], floor: float) -> None:
    """The share of near misses coded with no PLOVER event (`no_event_share`) is at least `floor`; a failure lists
    the sentences that got one."""
    share, coded = no_event_share(coder, cases)
    assert share >= floor, f"no-event share {share:.2f}; coded:\n" + "\n".join(coded)


JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # matched in either direction, as the scorer does
Pair = tuple[str | None, str | None]


def coded_pairs(events: Sequence[Event], plover: str) -> set[Pair]:
    """The (source, target) country pairs of the events of one type, both ways for a joint type: every pair of an
    event is one event for the codebook."""
    found: set[Pair] = set()
    for event in events:
        if event.event.plover != plover:
            continue
        for source in event.source or [None]:
            for target in event.target or [None]:
                pair = (source.country if source else None, target.country if target else None)
                found |= {pair, pair[::-1]} if plover in JOINT_TYPES else {pair}
    return found


def pair_shares(coder, cases: dict[str, list[dict]]) -> tuple[float, float, float, list[str]]:
    """What a pipeline finds of a set of cases ({"PARTIES": [...], "NEAR": [...]}, each {plover, pairs, text}):
    the shares of expected pairs found, of PARTIES texts with every expected pair, and of NEAR texts with no
    pair beyond those allowed; and a line per failure."""
    found = wanted = whole = 0
    failures: list[str] = []
    for case in cases["PARTIES"]:
        expected = {(s, t) for s, t in case["pairs"]}
        pairs = coded_pairs(coder.code_text(case["text"]).events, case["plover"])
        found += len(expected & pairs)
        wanted += len(expected)
        whole += expected <= pairs
        if not expected <= pairs:
            failures.append(f"{case['text']} missing {sorted(expected - pairs, key=str)}")
    clean = 0
    for case in cases["NEAR"]:
        allowed = {(s, t) for s, t in case["pairs"]}
        extra = coded_pairs(coder.code_text(case["text"]).events, case["plover"]) - allowed
        if case["plover"] in JOINT_TYPES:
            extra -= {pair[::-1] for pair in allowed}
        clean += not extra
        if extra:
            failures.append(f"{case['text']} extra {sorted(extra, key=str)}")
    return found / wanted, whole / len(cases["PARTIES"]), clean / len(cases["NEAR"]), failures


def assert_pair_floors(coder, cases: dict[str, list[dict]], pair_floor: float, case_floor: float,
                       near_floor: float) -> None:
    """The shares of `pair_shares` are at least their floors; a failure lists every case that missed."""
    pairs, whole, near, failures = pair_shares(coder, cases)
    report = "\n".join(failures)
    assert pairs >= pair_floor, f"pairs found {pairs:.2f}\n{report}"
    assert whole >= case_floor, f"texts with every pair {whole:.2f}\n{report}"
    assert near >= near_floor, f"near misses clean {near:.2f}\n{report}"


def judged(coder, text: str, plover: str, source: str | None, target: str | None) -> bool:
    """Whether `text`, coded, has an event of PLOVER type `plover` whose first source is of country `source` (any,
    when None) and whose first target is of country `target` (None: no target)."""
    return any(e.event.plover == plover and (source is None or (e.source and e.source[0].country == source))
               and (e.target[0].country if e.target else None) == target for e in coder.code_text(text).events)


JUDGEMENTS = ("ACCUSE", "SUPPORT")


def assert_judgement_case(article, case: dict) -> None:
    """A judgement case of speech_judgement_cases.yaml or quoted_speech_cases.yaml coded as it says: `type` the PLOVER type wanted, with a word
    of `by` in its source and of `of` in its target (None: not checked); `type` None: no ACCUSE or SUPPORT, or none of
    type `none` when given."""
    found = [(e.event.plover, " ".join(a.text for a in e.source), " ".join(a.text for a in e.target))
             for e in article.code_text(case["text"]).events if e.event.plover in JUDGEMENTS]
    if case["type"] is None:
        assert not [f for f in found if f[0] == case.get("none", f[0])], found
        return
    assert not [f for f in found if f[0] == case.get("none")], found
    assert any(plover == case["type"] and (case["by"] is None or case["by"] in source)
               and (case["of"] is None or case["of"] in target) for plover, source, target in found), found


def assert_families_have_near_misses(cases: dict[str, list[dict]]) -> None:
    """Each family of a judgement case file (speech_judgement_cases.yaml, quoted_speech_cases.yaml) has a case wanted and a near miss."""
    for family, found in cases.items():
        assert any(case["type"] for case in found), family
        assert any(case["type"] is None for case in found), family
