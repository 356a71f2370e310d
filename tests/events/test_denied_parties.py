"""Parties a list denies ("Kenya, but not Uganda, condemned Sudan"; "Neither Kenya nor Uganda"; "condemned Sudan but
not Ethiopia"): each is a party of the act negated, in an event of its own, not of the act told (events/pairs.py
`denied_party`, EventCoder's `_denied_parties`). Invented sentences, each read as a whole article."""

import pytest

CASES = [
    # (text, PLOVER type, asserted pairs, negated pairs)
    ("Kenya, but not Uganda, condemned Sudan over the shelling.", "ACCUSE", {("KEN", "SDN")}, {("UGA", "SDN")}),
    ("Neither Kenya nor Uganda condemned Sudan over the shelling.", "ACCUSE", set(), {("KEN", "SDN"), ("UGA", "SDN")}),
    ("Russian troops attacked Ukraine but not Moldova.", "ASSAULT", {("RUS", "UKR")}, {("RUS", "MDA")}),
    ("Kenya condemned Sudan but not Ethiopia for the border clashes.", "ACCUSE", {("KEN", "SDN")}, {("KEN", "ETH")}),
    # no denial: "not only ... but also", "not least"
    ("Not only Kenya but also Uganda condemned Sudan over the shelling.", "ACCUSE", {("KEN", "SDN"), ("UGA", "SDN")},
     set()),
    ("Britain condemned not only Russia but also Belarus.", "ACCUSE", {("GBR", "RUS"), ("GBR", "BLR")}, set()),
]


def pairs_by_modality(events, plover):
    found: dict[str, set] = {"asserted": set(), "negated": set()}
    for event in events:
        if event.event.plover != plover or event.modality not in found:
            continue
        found[event.modality] |= {(s.country, t.country) for s in event.source for t in event.target}
    return found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "asserted", "negated"), CASES)
def test_a_denied_party_is_a_party_of_the_act_negated(article, text, plover, asserted, negated):
    found = pairs_by_modality(article.code_text(text).events, plover)
    assert found["asserted"] == asserted
    assert found["negated"] == negated
