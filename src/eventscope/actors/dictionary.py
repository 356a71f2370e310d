"""Actor dictionaries: the data files beside this module, loaded and validated once.

Data says what (countries, leaders with tenures, sector words, organisations, groups, news media);
the resolver decides how to find them in a parse. Users add or replace entries with their own YAML
files (`--actors FILE`, EVENTSCOPE_ACTORS), in the same shapes as the bundled ones.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from eventscope.datafiles import YAMLError, load_yaml
from eventscope.errors import DataFileError

__all__ = [
    "ActorDictionary",
    "Country",
    "DictionaryError",
    "NamedActor",
    "Person",
    "SectorTerm",
    "Tenure",
    "check_dictionary",
    "load_actor_dictionary",
]

DATA_PACKAGE = "eventscope.actors"
NON_STATE_COUNTRIES = ("IGO", "NGO", "MNC", "UNK")
KINDS = ("state", "person", "organization", "group")
# Offices that make a person part of their country's government (GOV) while they hold them.
NAMED_FILES = (("organizations.yaml", "organization"), ("groups.yaml", "group"), ("media.yaml", "organization"))


class DictionaryError(DataFileError):
    """A dictionary file is malformed; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    seats: tuple[tuple[str, str], ...]  # (seat name, sector it stands for)


@dataclass(frozen=True, slots=True)
class PartyLabels:
    """A party letter and a place after a name ("(R-Ohio)"): the country and sector of a legislator."""

    letters: frozenset[str]
    country: str
    sector: str


@dataclass(frozen=True, slots=True)
class SectorTerm:
    text: str
    sector: str
    person: bool  # a title or role of one person ("president") rather than a body ("government")


@dataclass(frozen=True, slots=True)
class Tenure:
    country: str
    office: str
    start: date
    end: date | None  # None: still in office
    organization: NamedActor | None = None  # an office of an IGO ("UN secretary-general"), not of a state

    @property
    def holder(self) -> str:
        """Who the office belongs to: the organisation's code, else the country."""
        return self.organization.code if self.organization is not None else self.country

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def rank(self) -> int:
        """Heads of state and government outrank ministers (0 is highest)."""
        return _OFFICE_RANK.get(self.office, 9)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    tenures: tuple[Tenure, ...]

    @property
    def home_country(self) -> str:
        # a former UN chief is still a national of his state: the latest state office, else the latest office
        state_tenures = [tenure for tenure in self.tenures if tenure.organization is None]
        return (state_tenures or list(self.tenures))[-1].country

    def office_on(self, day: date | None) -> Tenure | None:
        """The office held on `day`; without a date, the latest office held."""
        if day is None:
            return max(self.tenures, key=lambda tenure: tenure.start)
        holding = [tenure for tenure in self.tenures if tenure.covers(day)]
        # Heads of state and government outrank ministers when offices overlap.
        return min(holding, key=lambda tenure: tenure.rank) if holding else None

    def last_in_office(self, day: date | None) -> date | None:
        """The last day in office up to `day` (`day` itself while in office; any day when None); None if the
        first term starts after `day`."""
        ends = [min(day, tenure.end or day) if day else (tenure.end or date.max)
                for tenure in self.tenures if day is None or tenure.start <= day]
        return max(ends, default=None)


_OFFICE_RANK = {"president": 0, "supreme leader": 0, "king": 0, "prime minister": 1, "chancellor": 1}


@dataclass(frozen=True, slots=True)
class NamedActor:
    """An organisation, armed or political group, or news medium known by name."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sectors: tuple[str, ...]
    code: str
    kind: str
    source: str  # the file it came from, for `reason` and for error messages


@dataclass(frozen=True)
class ActorDictionary:
    countries: dict[str, Country]
    sector_codes: dict[str, str]
    sector_terms: dict[str, SectorTerm]  # lower-cased text -> term
    former_words: frozenset[str]
    person_pronouns: frozenset[str]
    leader_pair_phrases: tuple[str, ...]
    place_prepositions: frozenset[str]
    motion_words: frozenset[str]
    people: tuple[Person, ...]
    named: tuple[NamedActor, ...]
    non_actors: tuple[str, ...]  # places and things whose names contain country words
    honorifics: frozenset[str] = frozenset()  # "Mrs", "Dr": a person follows (titles.yaml)
    organization_words: frozenset[str] = frozenset()  # "Union", "Party": a name holding one is an organisation
    party_labels: PartyLabels | None = None  # "(R-Ohio)" after a legislator's name (titles.yaml)
    problems: tuple[str, ...] = field(default=())  # non-fatal findings for `eventscope data check`

    def code_for(self, country: str | None, sectors: Iterable[str]) -> str:
        """CAMEO-style code: country then sector codes, e.g. RUS + [MIL] -> RUSMIL."""
        return (country or "") + "".join(self.sector_codes.get(sector, sector) for sector in sectors)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _read_data(name: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def _tsv_rows(text: str, source: str, columns: Sequence[str]) -> Iterable[tuple[int, dict[str, str]]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    if reader.fieldnames is None or list(reader.fieldnames) != list(columns):
        raise DictionaryError(f"{source}: header must be {' / '.join(columns)}, got {reader.fieldnames}")
    for number, row in enumerate(reader, start=2):
        if None in row or any(value is None for value in row.values()):
            raise DictionaryError(f"{source}: row {number} has the wrong number of columns: {row}")
        yield number, {key: value.strip() for key, value in row.items()}


def _parse_countries(text: str, source: str) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for number, row in _tsv_rows(text, source, ("code", "name", "aliases", "demonyms", "seats")):
        code = row["code"]
        if len(code) != 3 or not code.isupper():
            raise DictionaryError(f"{source}: row {number}: country code must be 3 capitals, got {code!r}")
        if code in countries:
            raise DictionaryError(f"{source}: row {number}: duplicate country {code}")
        seats = []
        for seat in _split(row["seats"]):
            place, _, sector = seat.partition("=")
            seats.append((place.strip(), sector.strip() or "GOV"))
        countries[code] = Country(code, row["name"], _split(row["aliases"]), _split(row["demonyms"]), tuple(seats))
    return countries


def _parse_date(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise DictionaryError(f"{where}: bad date {value!r} (want YYYY-MM-DD)") from error


def _parse_leaders(rows: Iterable[tuple[str, dict[str, str]]], offices: set[str],
                   organizations: dict[str, NamedActor], organization_offices: set[str]) -> list[Person]:
    """Rows (where, {country, office, name, start, end, aliases}) -> people, one per name. The country
    cell may instead hold the code of a named organisation (IGOUNO): the office is then the organisation's."""
    by_name: dict[str, tuple[list[str], list[Tenure]]] = {}
    for where, row in rows:
        office = row["office"].lower()
        organization = organizations.get(row["country"])
        if office not in offices and not (organization is not None and office in organization_offices):
            raise DictionaryError(f"{where}: unknown office {row['office']!r}; offices are GOV titles in sectors.yaml"
                                  " (and organization_offices for an organisation's leaders)")
        start = _parse_date(row["start"], where)
        end = _parse_date(row["end"], where) if row.get("end") else None
        if end is not None and end < start:
            raise DictionaryError(f"{where}: tenure ends before it starts")
        aliases, tenures = by_name.setdefault(row["name"], ([], []))
        aliases.extend(alias for alias in _split(row.get("aliases")) if alias not in aliases)
        country = (organization.country or "IGO") if organization is not None else row["country"]
        tenures.append(Tenure(country, office, start, end, organization))
    return [
        Person(name, tuple(aliases), tuple(sorted(tenures, key=lambda tenure: tenure.start)))
        for name, (aliases, tenures) in by_name.items()
    ]


def _named_entries(entries: Any, source: str, default_kind: str, sector_codes: dict[str, str]) -> list[NamedActor]:
    if not isinstance(entries, list):
        raise DictionaryError(f"{source}: expected a list of entries")
    named = []
    for number, entry in enumerate(entries, start=1):
        where = f"{source}: entry {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise DictionaryError(f"{where}: each entry needs a name")
        unknown_keys = set(entry) - {"name", "aliases", "country", "sectors", "code", "kind"}
        if unknown_keys:
            raise DictionaryError(f"{where} ({entry['name']}): unknown keys {sorted(unknown_keys)}")
        sectors = tuple(entry.get("sectors") or ())
        bad = [sector for sector in sectors if sector not in sector_codes]
        if bad:
            raise DictionaryError(f"{where} ({entry['name']}): unknown sectors {bad}")
        kind = entry.get("kind", default_kind)
        if kind not in KINDS:
            raise DictionaryError(f"{where} ({entry['name']}): kind must be one of {KINDS}")
        country = entry.get("country")
        if country is not None and (not isinstance(country, str) or len(country) != 3 or not country.isupper()):
            raise DictionaryError(f"{where} ({entry['name']}): country must be a 3-letter code")
        # The first sector is the primary one: a state news agency (JRN, GOV) codes as CHNMED.
        code = entry.get("code") or (country or "") + (sector_codes[sectors[0]] if sectors else "")
        aliases = tuple(str(alias) for alias in entry.get("aliases") or ())
        named.append(NamedActor(entry["name"], aliases, country, sectors, str(code), kind, source))
    return named


def _parse_sectors(data: Any, source: str) -> tuple[dict[str, str], dict[str, SectorTerm], list[str]]:
    codes = dict(data["codes"])
    terms: dict[str, SectorTerm] = {}
    problems: list[str] = []
    for sector, groups in data["terms"].items():
        if sector not in codes:
            raise DictionaryError(f"{source}: sector {sector} has terms but no code")
        for group_name, words in groups.items():
            if group_name not in ("people", "groups"):
                raise DictionaryError(f"{source}: {sector}: term group must be people or groups, got {group_name}")
            for word in words:
                for form in (word, *_plurals(word)):
                    key = form.lower()
                    known = terms.get(key)
                    if known is not None and known.sector != sector:
                        problems.append(f"{source}: {form!r} is in both {known.sector} and {sector}")
                        continue
                    if known is None or form == word:
                        terms[key] = SectorTerm(form, sector, group_name == "people" and form == word)
    return codes, terms, problems


def _add_titles(data: Any, terms: dict[str, SectorTerm], source: str) -> list[str]:
    """The offices and abbreviated titles of titles.yaml, added to the sector words."""
    problems: list[str] = []
    for sector, words in (data.get("offices") or {}).items():
        for word in words:
            for form in (word, *_plurals(word)):
                known = terms.get(form.lower())
                if known is not None and known.sector != sector:
                    problems.append(f"{source}: {form!r} is in both {known.sector} and {sector}")
                elif known is None:
                    terms[form.lower()] = SectorTerm(form, sector, form == word)
    for short, full in (data.get("abbreviations") or {}).items():
        term = terms.get(str(full).lower())
        if term is None:
            raise DictionaryError(f"{source}: abbreviation {short!r} stands for {full!r}, which is no sector word")
        terms.setdefault(str(short).lower(), SectorTerm(term.text, term.sector, True))
    return problems


def _plurals(word: str) -> tuple[str, ...]:
    """Regular English plurals of the last word ("prime minister" -> "prime ministers")."""
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    if not last.isalpha() or last.endswith("s") or last.endswith("men") or last.endswith("people"):
        return ()
    if last.endswith("man"):
        return (prefix + last[:-3] + "men",)
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return (prefix + last[:-1] + "ies",)
    if last.endswith(("ch", "sh", "x")):
        return (prefix + last + "es",)
    if last.endswith("child"):
        return (prefix + last + "ren",)
    return (prefix + last + "s",)


def _parse_non_actors(data: Any, source: str) -> tuple[str, ...]:
    if not isinstance(data, list) or not all(isinstance(item, str) and item.strip() for item in data):
        raise DictionaryError(f"{source}: expected a list of names")
    return tuple(data)


def _leader_rows_tsv(text: str, source: str) -> Iterable[tuple[str, dict[str, str]]]:
    for number, row in _tsv_rows(text, source, ("country", "office", "name", "start", "end", "aliases")):
        yield f"{source}: row {number}", row


def _load_user_file(path: Path) -> dict[str, Any]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise DictionaryError(f"{path}: cannot read actor file: {error.strerror or error}") from error
    except YAMLError as error:
        raise DictionaryError(f"{path}: not valid YAML: {error}") from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DictionaryError(f"{path}: expected a mapping with keys organizations, groups, media, leaders")
    unknown = set(data) - {"organizations", "groups", "media", "leaders"}
    if unknown:
        raise DictionaryError(f"{path}: unknown keys {sorted(unknown)}; use organizations, groups, media, leaders")
    return data


def _validate(dictionary: ActorDictionary) -> list[str]:
    """Cross-file checks: unknown country codes, duplicate names, overlapping tenures."""
    problems: list[str] = []
    known_countries = set(dictionary.countries) | set(NON_STATE_COUNTRIES)
    for person in dictionary.people:
        for tenure in person.tenures:
            if tenure.country not in known_countries:
                problems.append(f"leaders: {person.name}: unknown country {tenure.country}")
    for actor in dictionary.named:
        if actor.country is not None and actor.country not in known_countries:
            problems.append(f"{actor.source}: {actor.name}: unknown country {actor.country}")
    # One holder per office and country at a time (a day of overlap at a handover is normal).
    holders: dict[tuple[str, str], list[tuple[Tenure, str]]] = {}
    for person in dictionary.people:
        for tenure in person.tenures:
            holders.setdefault((tenure.holder, tenure.office), []).append((tenure, person.name))
    for (country, office), tenures in holders.items():
        tenures.sort(key=lambda item: item[0].start)
        for (before, before_name), (after, after_name) in zip(tenures, tenures[1:]):
            if before.end is None or (after.start - before.end).days < -1:
                problems.append(
                    f"leaders: {country} {office}: {before_name} ({before.start}..{before.end or 'now'}) overlaps "
                    f"{after_name} (from {after.start})"
                )
    # The same surface form naming two different actors is ambiguous.
    owners: dict[str, str] = {}
    surfaces: list[tuple[str, str]] = []
    for country in dictionary.countries.values():
        surfaces += [(alias, f"country {country.code}") for alias in (country.name, *country.aliases)]
        surfaces += [(seat, f"seat of {country.code}") for seat, _ in country.seats]
    surfaces += [(alias, f"person {p.name}") for p in dictionary.people for alias in (p.name, *p.aliases)]
    surfaces += [(alias, f"{a.source} {a.name}") for a in dictionary.named for alias in (a.name, *a.aliases)]
    for surface, owner in surfaces:
        previous = owners.setdefault(surface, owner)
        # Leaders may share a surname ("Aliyev", "Bush"): the resolver picks one by the date.
        if previous != owner and not (previous.startswith("person ") and owner.startswith("person ")):
            problems.append(f"{surface!r} names both {previous} and {owner}")
    return problems


def load_actor_dictionary(extra_paths: Sequence[Path] = ()) -> ActorDictionary:
    """The bundled dictionaries, with the users' files applied over them (later entries win)."""
    return _load(tuple(Path(path) for path in extra_paths))


@cache
def _load(extra_paths: tuple[Path, ...]) -> ActorDictionary:
    countries = _parse_countries(_read_data("countries.tsv"), "countries.tsv")
    sectors_data = load_yaml(_read_data("sectors.yaml"))
    sector_codes, sector_terms, problems = _parse_sectors(sectors_data, "sectors.yaml")
    titles = load_yaml(_read_data("titles.yaml"))
    problems += _add_titles(titles, sector_terms, "titles.yaml")
    offices = {text for text, term in sector_terms.items() if term.sector == "GOV" and term.person}
    leader_rows = list(_leader_rows_tsv(_read_data("leaders.tsv"), "leaders.tsv"))
    named: list[NamedActor] = []
    for file_name, kind in NAMED_FILES:
        named += _named_entries(load_yaml(_read_data(file_name)), file_name, kind, sector_codes)
    for path in extra_paths:
        user = _load_user_file(path)
        for key, kind in (("organizations", "organization"), ("groups", "group"), ("media", "organization")):
            named += _named_entries(user.get(key) or [], f"{path}:{key}", kind, sector_codes)
        for number, row in enumerate(user.get("leaders") or [], start=1):
            if not isinstance(row, dict) or not {"country", "office", "name", "start"} <= set(row):
                raise DictionaryError(f"{path}: leaders entry {number} needs country, office, name, start")
            # aliases may be a YAML list or a "|"-separated string, as in leaders.tsv
            leader_rows.append((f"{path}: leaders entry {number}",
                                {k: "|".join(map(str, v)) if isinstance(v, list) else str(v or "") for k, v in row.items()}))
    # A user entry with the same name replaces the bundled one.
    named = list({actor.name: actor for actor in named}.values())
    organizations = {actor.code: actor for actor in named if actor.country in NON_STATE_COUNTRIES}
    dictionary = ActorDictionary(
        countries=countries,
        sector_codes=sector_codes,
        sector_terms=sector_terms,
        former_words=frozenset(word.lower() for word in sectors_data.get("former", ())),
        person_pronouns=frozenset(word.lower() for word in sectors_data["pronouns"]["person"]),
        leader_pair_phrases=tuple(sectors_data.get("leaders_pair", ())),
        place_prepositions=frozenset(sectors_data.get("place_prepositions", ())),
        motion_words=frozenset(sectors_data.get("motion_words", ())),
        people=tuple(_parse_leaders(leader_rows, offices, organizations,
                                    {office.lower() for office in sectors_data.get("organization_offices", ())})),
        named=tuple(named),
        non_actors=_parse_non_actors(load_yaml(_read_data("non_actors.yaml")), "non_actors.yaml"),
        honorifics=frozenset(str(word).lower() for word in titles.get("honorifics") or ()),
        organization_words=frozenset(str(word).lower() for word in titles.get("organization_words") or ()),
        party_labels=PartyLabels(frozenset(titles["party_labels"]["letters"]), titles["party_labels"]["country"],
                                 titles["party_labels"]["sector"]),
    )
    problems += _validate(dictionary)
    return ActorDictionary(**{**dictionary.__dict__, "problems": tuple(problems)})


def check_dictionary(extra_paths: Sequence[Path] = ()) -> list[str]:
    """Every problem found in the data files (empty when they are clean); raises DictionaryError if unloadable."""
    return list(load_actor_dictionary(extra_paths).problems)
