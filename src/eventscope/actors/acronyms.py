"""A body's acronym in a story about another country: the letters name a body of that country only.

Letters are short and reused: a group listed with its acronym for one state ("the XPF", a rebel army of one
country) written in a story that names places of other states and never that one is another body with the same
letters (a prosecuting authority, a party). Bodies of no one state (the UN, NATO) keep their letters everywhere,
and a body named once in full is the listed one in the whole story.
"""

from __future__ import annotations

from collections.abc import Collection

from eventscope.actors.dictionary import ActorDictionary, NamedActor
from eventscope.records import ActorMention

__all__ = ["ForeignAcronyms"]


def _is_acronym(alias: str) -> bool:
    return 2 <= len(alias) <= 6 and alias.isalpha() and alias.isupper()


class ForeignAcronyms:
    """The acronyms of the dictionary's bodies of one state, and the rule that unlinks them in other states' stories."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.by_letters: dict[str, NamedActor] = {}
        for actor in dictionary.named:
            if actor.country in dictionary.countries:
                spelled = {name.upper() for name in (actor.name, *actor.aliases) if not name.isupper()}
                for alias in actor.aliases:
                    if _is_acronym(alias) and alias not in spelled:  # ("HAMAS" is a name in capitals)
                        self.by_letters.setdefault(alias, actor)

    def unlink(self, mentions: list[ActorMention], place_countries: Collection[str]) -> list[ActorMention]:
        """`mentions` with each one-state body known only by its acronym (and the words that refer back to it)
        made an unknown organisation, where the story's places and other actors name other states but not its
        own; the rest as they are."""
        if not place_countries:
            return mentions  # (a story that says where it is nowhere: the letters may well be the listed body)
        by_name: dict[str, list[ActorMention]] = {}
        for mention in mentions:
            by_name.setdefault(mention.actor.name, []).append(mention)
        told = set(place_countries)
        suspects: dict[str, tuple[NamedActor, str]] = {}
        for name, group in by_name.items():
            listed = self._listed(group[0])
            if listed is not None and all(self._listed(m) == listed or m.actor.origin == "coreference" for m in group):
                suspects[name] = (listed, next(letters for m in group if (letters := self._letters(m))))
            else:
                told.update(m.actor.country for m in group if m.actor.country)
        unlinked = {name for name, (listed, _) in suspects.items() if listed.country not in told}
        if not unlinked:
            return mentions
        return [self._unknown(m, *suspects[m.actor.name]) if m.actor.name in unlinked else m for m in mentions]

    def _listed(self, mention: ActorMention) -> NamedActor | None:
        """The one-state body the mention names by its acronym, else None."""
        listed = self.by_letters.get(self._letters(mention) or "")
        return listed if listed is not None and listed.name == mention.actor.name else None

    @staticmethod
    def _letters(mention: ActorMention) -> str | None:
        """The acronym the mention is written as ("the NPA" -> "NPA"), else None."""
        words = mention.actor.text.split()
        if not words or len(words) > 2 or (len(words) == 2 and words[0].lower() != "the"):
            return None
        return words[-1] if _is_acronym(words[-1]) else None

    @staticmethod
    def _unknown(mention: ActorMention, listed: NamedActor, letters: str) -> ActorMention:
        actor = mention.actor
        reason = f"acronym of {listed.name} ({listed.country}), a state the story names nowhere"
        return ActorMention(actor.revised(name=letters, country=None, sectors=[], code="", kind="organization",
                                          reason=reason, origin="entity"),
                            mention.token_start, mention.token_end, mention.head)
