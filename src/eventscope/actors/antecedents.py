"""What a pronoun with no mention of its own refers to, among the actor mentions before it.

"he / she" refer to a person; "they / them / their" to people or a body of them named with a plural
noun or as a group ("Libyan militants ... They later seized"); "it / its" to one state, organisation or
group. The most salient candidate wins: the last one that was a subject in this or the previous sentence
(a reader follows the subject, not the last noun: "militants beheaded 21 Christians ... along the
country's coast. They ..."), else the nearest one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventscope.records import ActorMention

__all__ = ["PERSON_PRONOUNS", "PLURAL_PRONOUNS", "QUANTIFIER_PRONOUNS", "SINGULAR_PRONOUNS", "antecedent"]

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
SINGULAR_PRONOUNS = frozenset({"it", "its", "itself"})
# Quantifiers standing alone for people named before ("Most senators were silent, but many praised the plan"):
# plural, like "they".
QUANTIFIER_PRONOUNS = frozenset({"many", "some", "most", "several", "others", "few", "both"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _agrees(pronoun: str, mention: ActorMention, head: Token) -> bool:
    if pronoun in PERSON_PRONOUNS:
        return mention.actor.kind == "person"
    if mention.actor.kind == "person":
        return False
    plural = head.tag_ in _PLURAL_TAGS
    if pronoun in PLURAL_PRONOUNS or pronoun in QUANTIFIER_PRONOUNS:
        return plural or mention.actor.kind in ("group", "organization")
    if pronoun in SINGULAR_PRONOUNS:
        return not plural
    return True  # "we", "our": whoever speaks


def _is_subject(head: Token) -> bool:
    if head.dep_ == "poss":  # "the army's troops advanced": the possessor leads the subject
        head = head.head
    return head.dep_ in _SUBJECT_DEPS


def antecedent(pronoun: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The mention `pronoun` refers to, among `mentions` (in text order), in its own sentence before it or
    in the previous one; None when no mention agrees with it."""
    word = pronoun.text.lower()
    doc = pronoun.doc
    sentence_start = pronoun.sent.start
    previous_start = doc[sentence_start - 1].sent.start if sentence_start > 0 else 0
    candidates = [m for m in mentions if previous_start <= m.token_start and m.token_end <= pronoun.i
                  and m.head != pronoun.i and _agrees(word, m, doc[m.head])]
    if not candidates:
        return None
    subjects = [m for m in candidates if _is_subject(doc[m.head])]
    return subjects[-1] if subjects else candidates[-1]
