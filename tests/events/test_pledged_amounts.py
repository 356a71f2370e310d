"""An amount of money offered or promised to someone is pledged (AGREE 033), as "pledged $5 million"
is; an office taken away by an authority is coerced (COERCE 172) (invented sentences, real parses)."""

import pytest


def coded(coder, text):
    return [(e.event.cameo, [a.country for a in e.source], [a.country for a in e.target])
            for e in coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Norway offered 12 million dollars to Mozambique for reconstruction.", "NOR", "MOZ"),
        ("Qatar promised 60 million dollars to Lebanon.", "QAT", "LBN"),
    ],
)
def test_an_amount_offered_or_promised_to_someone_is_pledged(article, text, source, target):
    assert ("033", [source], [target]) in coded(article, text)


@pytest.mark.slow
def test_an_office_taken_away_is_coerced(pipeline_coder):
    assert "172" in [c[0] for c in coded(pipeline_coder, "The Bolivian army stripped him of his command.")]
