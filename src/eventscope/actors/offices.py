"""A leader named in an act told as background is coded in the office held when the act happened.

The resolver codes a leader of the leaders file by the office held on the publication date, and one out of office
then as an elite (`ELI`). The codebook codes a person by "the code of their role at the time" of the act: "In 1984
Thatcher refused to meet the miners" is GBRGOV in an article of 2013, though she was out of office when it was
written. Once the when stage has dated an event (or called it historical), this step codes such a leader, and
the mentions that refer back to one ("she"), by the office that covers the event's date; an undated act told as
background, by the latest office held before publication, unless the words call the person a former one.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date

from eventscope.actors.dictionary import ActorDictionary, Person, Tenure
from eventscope.records import Actor, EventDraft

ELITE = "ELI"


class OfficesAtTheTime:
    """Recodes out-of-office leaders in dated or background acts (module docstring). Build once per process."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.people: dict[str, Person] = {person.name: person for person in dictionary.people}

    def recode(self, draft: EventDraft, when: dict[str, object], published: date | None) -> None:
        """Recodes, in place, the leaders among `draft`'s sources and targets; `when` is what the when stage says
        of the event (date, date_precision and, for background, modality)."""
        day = when.get("date")
        precision = str(when.get("date_precision") or "unknown")
        historical = when.get("modality", draft.modality) == "historical"
        for role in (draft.source, draft.target):
            for index, actor in enumerate(role):
                person = self._out_of_office(actor)
                if person is None:
                    continue
                tenure = (_office_during(person, day, precision) if isinstance(day, date) and precision != "unknown"
                          else _last_office_before(person, published) if historical and not _called_former(actor)
                          else None)
                if tenure is not None:
                    role[index] = self._in_office(actor, tenure)

    def _out_of_office(self, actor: Actor) -> Person | None:
        """The leaders-file person an actor is, when the resolver coded them as out of office (an elite)."""
        if actor.kind != "person" or ELITE not in actor.sectors:
            return None
        return self.people.get(actor.name)

    def _in_office(self, actor: Actor, tenure: Tenure) -> Actor:
        organization = tenure.organization
        sectors = list(organization.sectors) if organization is not None else ["GOV"]
        code = organization.code if organization is not None else self.dictionary.code_for(tenure.country, sectors)
        return actor.revised(country=tenure.country, sectors=sectors, code=code,
                             reason=f"{actor.reason}; in office then: {tenure.office} {tenure.start}..{tenure.end or 'now'}")


def _called_former(actor: Actor) -> bool:
    """Whether the words named the person a former office holder ("former Prime Minister X": the resolver says so)."""
    return "(former)" in actor.reason


def _office_during(person: Person, day: date, precision: str) -> Tenure | None:
    """The highest office held on `day`, or for a month or year date, at any time in that month or year; None when
    the date falls outside every term (or within two terms of different offices: which one acted is not known)."""
    if precision == "day":
        return person.office_on(day)
    first, last = _period(day, precision)
    held = [tenure for tenure in person.tenures if tenure.start <= last and (tenure.end is None or first <= tenure.end)]
    return _one_office(held)


def _last_office_before(person: Person, published: date | None) -> Tenure | None:
    """The latest office held before publication (an undated act told as background)."""
    if published is None:
        return None
    before = [tenure for tenure in person.tenures if tenure.start <= published]
    return max(before, key=lambda tenure: tenure.start) if before else None


def _period(day: date, precision: str) -> tuple[date, date]:
    if precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return date(day.year, 1, 1), date(day.year, 12, 31)


def _one_office(held: Iterable[Tenure]) -> Tenure | None:
    tenures = list(held)
    if not tenures:
        return None
    holders = {(tenure.holder, tenure.organization is None) for tenure in tenures}
    return min(tenures, key=lambda tenure: tenure.rank) if len(holders) == 1 else None
