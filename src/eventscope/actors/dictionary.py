"""Actor dictionaries: the data files beside this module, loaded and validated once.

Data says what (countries, leaders with tenures, sector words, organisations, groups, news media);
the resolver decides how to find them in a parse. Users add or replace entries with their own YAML
files (`--actors FILE`, EVENTSCOPE_ACTORS), in the same shapes as the bundled ones.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, RootModel, StringConstraints, model_validator

from eventscope.datafiles import CountryCode, DataModel, Lemma, Word, load_data_file, load_table_file
from eventscope.errors import DataFileError
from eventscope.ontology import load_ontology

__all__ = [
    "ActorDictionary",
    "BorderNouns",
    "Country",
    "DictionaryError",
    "NamedActor",
    "Person",
    "SectorTerm",
    "Tenure",
    "UserActorFile",
    "check_dictionary",
    "load_actor_dictionary",
]

DATA_PACKAGE = "eventscope.actors"
KINDS = ("state", "person", "organization", "group")
NAMED_FILES = (("organizations.yaml", "organization"), ("groups.yaml", "group"), ("media.yaml", "organization"))


class DictionaryError(DataFileError):
    """A dictionary file is malformed; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class BorderNouns:
    """The border nouns ("border", "line of control"), and the many-word ones by their first word: a border is looked
    for at every word of every role path, so a word is compared with only the entries it can begin."""

    words: frozenset[str] = frozenset()
    phrases: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, entries: Iterable[str]) -> BorderNouns:
        words = frozenset(entries)
        by_first: defaultdict[str, list[tuple[str, ...]]] = defaultdict(list)
        for entry in sorted(words):
            split = tuple(entry.split())
            if len(split) > 1:
                by_first[split[0]].append(split)
        return cls(words, {first: tuple(entries) for first, entries in by_first.items()})


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    seats: tuple[tuple[str, str], ...]  # (seat name, sector it stands for, "" for the state as a whole)


class PartyLabels(DataModel):
    """A party letter and a place after a name ("(R-Ohio)"): the country and sector of a legislator."""

    letters: frozenset[str]
    country: CountryCode
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
        """Who the office belongs to: the organisation (by name: the EU's bodies share a code), else the country."""
        return self.organization.name if self.organization is not None else self.country

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

    def incoming_on(self, day: date | None, within: int) -> Tenure | None:
        """The term that starts at most `within` days after `day` (a leader elected, not yet sworn in)."""
        if day is None or within <= 0:
            return None
        coming = [tenure for tenure in self.tenures if 0 < (tenure.start - day).days <= within]
        return min(coming, key=lambda tenure: tenure.start) if coming else None

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

    @property
    def reason(self) -> str:
        """The reason of an actor it names: its file's stem and its name ("organizations: Red Cross")."""
        return f"{self.source.split('.')[0]}: {self.name}"


@dataclass(frozen=True)
class ActorDictionary:
    countries: dict[str, Country]
    sector_codes: dict[str, str]
    sector_terms: dict[str, SectorTerm]  # lower-cased text -> term
    former_words: frozenset[str]
    stateless_words: frozenset[str]  # "international observers": no country from the story around them
    local_words: frozenset[str]  # "local aid groups": of the place they work in (sectors.yaml)
    aid_bodies: frozenset[str]  # "aid groups": of no state unless their own words say (sectors.yaml)
    advocacy_bodies: frozenset[str]  # "rights groups": of no state in a story of several states (sectors.yaml)
    kin_words: frozenset[str]  # "Serb", "ethnic": a people's word, not its state's (sectors.yaml kin_peoples)
    place_prepositions: frozenset[str]
    named_place_words: frozenset[str]  # "Cesar Chavez Plaza": a place called after a person
    motion_words: frozenset[str]
    telling_words: frozenset[str]  # "..., saying": what follows is told (sectors.yaml)
    meeting_words: frozenset[str]  # "held talks in Geneva": a place named where they meet is no visitor's
    people: tuple[Person, ...]
    named: tuple[NamedActor, ...]
    non_actors: tuple[str, ...]  # places and things whose names contain country words
    honorifics: frozenset[str] = frozenset()  # "Mrs", "Dr": a person follows (titles.yaml)
    given_name_honorifics: frozenset[str] = frozenset()  # "Sir Keir": a given name follows (titles.yaml)
    allegiance_words: frozenset[str] = frozenset()  # "fighters loyal to X" are X's side (sectors.yaml)
    outsider_nouns: frozenset[str] = frozenset()  # "refugees", "diplomats": not of where they are (sectors.yaml)
    dwelling_words: frozenset[str] = frozenset()  # "people living in Greek camps" are where they live (sectors.yaml)
    side_nouns: frozenset[str] = frozenset()  # "villagers on the Kyrgyz side" are of that side's state (sectors.yaml)
    stance_prefixes: frozenset[str] = frozenset()  # "pro-Russian separatists": a stance, not an origin (sectors.yaml)
    office_prefixes: frozenset[str] = frozenset()  # "co-leader": the office is still a leader's (sectors.yaml)
    lookalike_nouns: frozenset[str] = frozenset()  # "a Kim Jong Un double" is no Kim (sectors.yaml)
    origin_words: frozenset[str] = frozenset()  # "tourists who flew in from Peru" are Peru's (sectors.yaml)
    counterpart_words: frozenset[str] = frozenset()  # "his counterpart" is of the other side (sectors.yaml)
    state_relations: frozenset[str] = frozenset()  # "its allies", "Chile's neighbours": other states (sectors.yaml)
    posted_offices: frozenset[str] = frozenset()  # "the ambassador to Japan": Japan is the host (sectors.yaml)
    posting_prepositions: frozenset[str] = frozenset()  # "to", "in" after a posted office (sectors.yaml)
    membership_nouns: frozenset[str] = frozenset()  # "urged members", "the allies": a body of states' (sectors.yaml)
    state_rule_nouns: frozenset[str] = frozenset()  # "the juntas": in the plural, several states (sectors.yaml)
    region_wholes: frozenset[str] = frozenset()  # "European governments": the region as one, bare (sectors.yaml)
    abstract_offices: frozenset[str] = frozenset()  # "demanded justice": a thing, not a judge (sectors.yaml)
    contest_offices: frozenset[str] = frozenset()  # "fellow judge Ann Ode" on a show: no court's (sectors.yaml)
    court_words: frozenset[str] = frozenset()  # words that tell of a court: its judges are a court's (sectors.yaml)
    court_judges: frozenset[str] = frozenset()  # "a federal judge": a bench's word in the judge's phrase (sectors.yaml)
    contest_words: frozenset[str] = frozenset()  # words that tell of a contest, a show or a sport (sectors.yaml)
    contest_juries: frozenset[str] = frozenset()  # "the race jury" at a cup: no court's (sectors.yaml)
    contest_jury_words: frozenset[str] = frozenset()  # words of a cup or a championship, whose jury it is (sectors.yaml)
    contest_names: frozenset[str] = frozenset()  # "the Nations Cup": a contest's name, no body (sectors.yaml)
    contest_titles: frozenset[str] = frozenset()  # "Miss Venezuela": a contestant, no state (sectors.yaml)
    contender_nouns: frozenset[str] = frozenset()  # "Doha's bid", "club Mulhouse": a place's name for a contender
    contender_aims: frozenset[str] = frozenset()  # "a bid to host": the only aims a contender's noun may name
    club_offices: frozenset[str] = frozenset()  # "Basel's president": a club's office, no state's (sectors.yaml)
    club_words: frozenset[str] = frozenset()  # words that tell of a club: its offices above are the club's
    private_people: frozenset[str] = frozenset()  # "Chinese palaeontologists": a country's people, no state
    private_people_suffixes: tuple[str, ...] = ()  # ... and nouns so ending (sectors.yaml)
    lasting_rule_nouns: frozenset[str] = frozenset()  # "Mali's junta ... the junta": one state's (sectors.yaml)
    about_prepositions: frozenset[str] = frozenset()  # "protested against X": X is what the act is about (sectors.yaml)
    answered_clause_marks: frozenset[str] = frozenset()  # "protested when X ...": what the act answers (sectors.yaml)
    threat_condition_marks: frozenset[str] = frozenset()  # "would act if X ...": X is threatened (sectors.yaml)
    border_nouns: BorderNouns = BorderNouns()  # "near the border with X": X is where, not who (sectors.yaml)
    border_target_roots: frozenset[str] = frozenset()  # "massed troops on the X border": X is acted on (sectors.yaml)
    regional_chambers: frozenset[str] = frozenset()  # "the Ohio House": a region's legislature (sectors.yaml)
    regional_armies: frozenset[str] = frozenset()  # "the Shan State Army": a region's armed group (sectors.yaml)
    international_names: tuple[str, ...] = ()  # "the World ... Organization": of no one state (sectors.yaml)
    intergovernmental_heads: frozenset[str] = frozenset()  # "... Agency" of such a name: a body of states (sectors.yaml)
    unaddressed_appeals: tuple[str, ...] = ()  # CAMEO codes of appeals for aid: no implied target (sectors.yaml)
    emergency_measures: tuple[str, ...] = ()  # CAMEO codes of curfews, states of emergency: no place target (sectors.yaml)
    offered_help: tuple[str, ...] = ()  # CAMEO codes of help pledged: to the article's country (sectors.yaml)
    joined_offers: tuple[str, ...] = ()  # CAMEO codes of offers: to the parties of a joined verb (sectors.yaml)
    coup_objects: frozenset[str] = frozenset()  # "staged a coup", "grabbed power": no implied target (sectors.yaml)
    organization_words: frozenset[str] = frozenset()  # "Union", "Party": a name holding one is an organisation
    # "the Patriotic Liberation Army" REB, "the Socialist Alliance" PTY: what an unknown name's words say (titles.yaml)
    organization_kinds: tuple[OrganizationKind, ...] = ()
    party_labels: PartyLabels | None = None  # "(R-Ohio)" after a legislator's name (titles.yaml)
    armed_sectors: frozenset[str] = frozenset()  # "Hamas fighters" are Hamas (sectors.yaml)
    # "the leader of <a party>" is the party's: office sectors -> the prepositions naming the body (sectors.yaml)
    office_bodies: dict[str, frozenset[str]] = field(default_factory=dict)
    # a thing acted on that stands for an actor ("the bill" for a legislature): head lemma -> sector (sectors.yaml)
    thing_sectors: dict[str, str] = field(default_factory=dict)
    polity_nouns: frozenset[str] = frozenset()  # "the state", "the city": a polity acted on by words is its government
    # "a court spokesman", "union leaders": office words that take the sector of the body before them (sectors.yaml)
    body_offices: frozenset[str] = frozenset()
    # "defence officials", "military spokesman": a describing word before such an office names its body (sectors.yaml)
    body_words: dict[str, str] = field(default_factory=dict)
    state_led_bodies: dict[str, str] = field(default_factory=dict)  # "the Saudi-led coalition" MIL (sectors.yaml)
    member_collectives: frozenset[str] = frozenset()  # "a coalition of rebel groups" REB (sectors.yaml)
    protest_crowds: frozenset[str] = frozenset()  # a crowd hit where a protest is told is PRO (sectors.yaml)
    protest_crowd_roots: frozenset[str] = frozenset()  # CAMEO roots of the force that hits it (sectors.yaml)
    incoming_days: int = 0  # a leader-elect this many days before his term is coded with its office (sectors.yaml)
    caucus: LegislativeCaucus | None = None  # "Senate Democrats" are legislators (sectors.yaml)
    police_officers: PoliceOfficers | None = None  # "Officers fired tear gas" after police: COP (sectors.yaml)
    creeds: tuple[Creed, ...] = ()  # "Islamists", "Muslims" in an event are PTY, REL (sectors.yaml)
    lone_attackers: LoneAttackers | None = None  # "a gunman" in a story of no armed cause is a criminal (sectors.yaml)
    name_titles: dict[str, str] = field(default_factory=dict)  # "Father Tom Ode" is a cleric (titles.yaml)
    # "Commerce Secretary X" is of the country of the Commerce Department named before (titles.yaml)
    portfolio_bodies: dict[str, frozenset[str]] = field(default_factory=dict)
    voice_titles: frozenset[str] = frozenset()  # "Spokesman Ode said Moscow ...": Moscow's voice (titles.yaml)
    national_titles: dict[str, str] = field(default_factory=dict)  # "the shadow chancellor" is GBR's (titles.yaml)
    # "High Commissioner Ann Ode" serves the international body named before (titles.yaml)
    body_officer_titles: frozenset[str] = frozenset()
    protesting_sectors: frozenset[str] = frozenset()  # sources of a protest that become PRO (sectors.yaml)
    leading_verbs: frozenset[str] = frozenset()  # "Ann Ode, who leads the opposition" (sectors.yaml)
    party_names: frozenset[str] = frozenset()  # "the Conservative leader": a party's office (sectors.yaml)
    party_offices: frozenset[str] = frozenset()  # the offices party_names make a party's (sectors.yaml)
    membership_words: frozenset[str] = frozenset()  # "Ann Ode, a member of the party" (sectors.yaml)
    member_bodies: frozenset[str] = frozenset()  # "a Union of Chess Clubs" is of its members' kind (sectors.yaml)
    private_bodies: frozenset[str] = frozenset()  # "the federation's president" holds no state office (sectors.yaml)
    named_speakers: frozenset[str] = frozenset()  # "a Nestwell spokesman" is Nestwell's (sectors.yaml)
    private_parties: frozenset[str] = frozenset()  # "walked out of the firm's offices": no state aimed at (sectors.yaml)
    side_sectors: frozenset[str] = frozenset()  # "opposition MPs" are the opposition's (sectors.yaml)
    # "the Kuntur party ... Kuntur": a name written with these bodies' words is the body alone too (sectors.yaml)
    named_body_sectors: frozenset[str] = frozenset()
    crowd_sectors: frozenset[str] = frozenset()  # "representatives of the protesters" are no crowd (sectors.yaml)
    office_seeking: frozenset[str] = frozenset()  # "ran for governor": an office sought names no one (sectors.yaml)
    # "Envoy X" of a listed leader: a post no sitting head or minister holds, so X's office now (sectors.yaml)
    appointed_offices: frozenset[str] = frozenset()
    second_words: frozenset[str] = frozenset()  # "his deputy" is of the possessor's sector (sectors.yaml seconds)
    problems: tuple[str, ...] = field(default=())  # non-fatal findings for `eventscope data check`

    @cached_property
    def country_rows(self) -> dict[str, int]:
        """Each country's row in countries.tsv: a demonym two states share is the first one's when neither is named."""
        return {code: row for row, code in enumerate(self.countries)}

    def code_for(self, country: str | None, sectors: Iterable[str]) -> str:
        """CAMEO-style code: country then sector codes, e.g. RUS + [MIL] -> RUSMIL."""
        return (country or "") + "".join(self.sector_codes.get(sector, sector) for sector in sectors)


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _cells(value: Any) -> Any:
    """A "|"-separated table cell (or a YAML list) as a tuple of its parts."""
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split("|") if part.strip())
    return value


Cells = Annotated[tuple[Word, ...], BeforeValidator(_cells)]


class CountryRow(DataModel):
    """A row of countries.tsv."""

    code: CountryCode
    name: Name
    aliases: Cells
    demonyms: Cells
    seats: Cells  # "Kremlin", or "Pentagon=MIL" for a seat with a sector of its own (else the bare country)


class LeaderRow(DataModel):
    """A row of leaders.tsv, or an entry of a user file's `leaders` (there `aliases` may be a list)."""

    country: Name  # ISO alpha-3, or the code of an organisation of organizations.yaml (IGOUNO)
    office: Annotated[str, AfterValidator(str.lower)]
    name: Name
    start: date
    end: Annotated[date | None, BeforeValidator(lambda value: value or None)] = None
    aliases: Cells = ()

    @model_validator(mode="after")
    def _in_order(self) -> LeaderRow:
        if self.end is not None and self.end < self.start:
            raise ValueError("the tenure ends before it starts")
        return self


class NamedEntry(DataModel):
    """An organisation, group or news medium (organizations.yaml, groups.yaml, media.yaml, users' files)."""

    name: Name
    aliases: tuple[Word, ...] = ()
    country: CountryCode | None = None
    sectors: tuple[str, ...] = ()
    code: str | None = None  # else the country and the first sector's code
    kind: Literal["state", "person", "organization", "group"] | None = None  # else the file's kind


class NamedFile(RootModel[list[NamedEntry]]):
    pass


class NonActorsFile(RootModel[list[Name]]):
    """non_actors.yaml: names of places and things that contain a country word."""


class SectorTerms(DataModel):
    people: list[str] = []  # titles and roles of one person ("president")
    groups: list[str] = []  # bodies and collectives ("government")


class LegislativeCaucus(DataModel):
    """sectors.yaml legislative_caucus: what makes a party's members a legislature's ("Senate Democrats")."""

    words: frozenset[Lemma] = frozenset()  # a legislature's words before the party's name or after "in"
    verbs: frozenset[Lemma] = frozenset()  # "Democrats who control the Senate"
    lawmaking: frozenset[Lemma] = frozenset()  # "Republicans blocked the bill": words of lawmaking in the sentence
    lawmaking_reach: int = 0  # ... or in this many sentences before or after it


class LoneAttackers(DataModel):
    """sectors.yaml lone_attackers: one attacker is a criminal unless the story names an armed cause."""

    words: frozenset[Lemma] = frozenset()  # singular heads ("a gunman")
    armed_cause: frozenset[Lemma] = frozenset()  # lemmas of a story's words that tie violence to an armed cause


class Creed(DataModel):
    """sectors.yaml creeds: groups named by their creed ("Islamists", "Muslims") in a coded event are of a sector."""

    sector: str
    armed: bool = False  # also in acts of armed force
    words: frozenset[Lemma] = frozenset()


class PoliceOfficers(DataModel):
    """sectors.yaml police_officers: "officers" in a story of the police are the police's."""

    words: frozenset[Lemma] = frozenset()
    sentences: int = 2
    seconds: frozenset[Lemma] = frozenset()  # "deputies" in a story with ...
    chiefs: frozenset[Lemma] = frozenset()  # ... a sheriff are his, no legislators


class SectorsFile(DataModel):
    """sectors.yaml: the sector codes and the words for each sector."""

    codes: dict[str, str]
    terms: dict[str, SectorTerms]
    organization_offices: list[Lemma] = []
    former: list[Lemma] = []
    stateless: list[Lemma] = []
    international_names: list[str] = []
    intergovernmental_heads: list[Lemma] = []
    local_words: list[Lemma] = []
    aid_bodies: list[Lemma] = []
    advocacy_bodies: list[Lemma] = []
    kin_peoples: list[str] = []
    stance_prefixes: list[Lemma] = []
    office_prefixes: list[Lemma] = []
    lookalikes: list[Lemma] = []
    outsiders: list[str] = []
    allegiance: list[Lemma] = []
    dwelling: list[Lemma] = []
    side_nouns: list[Lemma] = []
    origin: list[Lemma] = []
    counterparts: list[str] = []
    state_relations: list[Lemma] = []
    posted_offices: list[Lemma] = []
    posting_prepositions: list[str] = []
    membership_nouns: list[Lemma] = []
    state_rule_nouns: list[Lemma] = []
    region_wholes: list[Lemma] = []
    abstract_offices: list[Lemma] = []
    contest_offices: list[Lemma] = []
    court_words: list[Lemma] = []
    court_judges: list[Lemma] = []
    contest_words: list[Lemma] = []
    contest_juries: list[Lemma] = []
    contest_jury_words: list[Lemma] = []
    contest_names: list[Lemma] = []
    contest_titles: list[Lemma] = []
    contender_nouns: list[Lemma] = []
    contender_aims: list[Lemma] = []
    club_offices: list[Lemma] = []
    club_words: list[Lemma] = []
    private_people: list[Lemma] = []
    private_people_suffixes: list[Lemma] = []
    lasting_rule_nouns: list[Lemma] = []
    about_prepositions: list[Lemma] = []
    answered_clause_marks: list[Lemma] = []
    threat_condition_marks: list[Lemma] = []
    border_nouns: list[str] = []
    border_target_roots: list[str] = []
    regional_chambers: list[Lemma] = []
    regional_armies: list[Lemma] = []
    unaddressed_appeals: list[str] = []
    emergency_measures: list[str] = []
    offered_help: list[str] = []
    joined_offers: list[str] = []
    coup_objects: list[Lemma] = []
    armed_sectors: list[str] = []
    office_bodies: dict[str, list[str]] = {}
    thing_sectors: dict[str, list[Lemma]] = {}
    polity_nouns: list[Lemma] = []
    body_offices: list[Lemma] = []
    body_words: dict[str, list[Lemma]] = {}
    state_led_bodies: dict[str, list[Lemma]] = {}
    member_collectives: list[Lemma] = []
    protest_crowds: list[Lemma] = []
    protest_crowd_roots: list[str] = []
    incoming_days: int = 0
    legislative_caucus: LegislativeCaucus = LegislativeCaucus()
    lone_attackers: LoneAttackers = LoneAttackers()
    creeds: list[Creed] = []
    police_officers: PoliceOfficers = PoliceOfficers()
    protesting_sectors: list[str] = []
    leading_verbs: list[Lemma] = []
    party_names: list[str] = []
    party_offices: list[Lemma] = []
    membership_words: list[Lemma] = []
    member_bodies: list[Lemma] = []
    private_bodies: list[Lemma] = []
    named_speakers: list[Lemma] = []
    private_parties: list[Lemma] = []
    side_sectors: list[str] = []
    named_body_sectors: list[str] = []
    office_seeking: list[Lemma] = []
    appointed_offices: list[Lemma] = []
    crowd_sectors: list[str] = []
    seconds: list[Lemma] = []
    place_prepositions: list[str] = []
    named_place_words: list[Lemma] = []
    motion_words: list[str] = []
    telling_words: list[str] = []
    meeting_words: list[str] = []

    @model_validator(mode="after")
    def _terms_have_codes(self) -> SectorsFile:
        missing = sorted(set(self.terms) - set(self.codes))
        if missing:
            raise ValueError(f"sectors {missing} have terms but no code")
        unknown = sorted((set(self.armed_sectors) | set(self.office_bodies) | set(self.thing_sectors)
                          | set(self.body_words) | set(self.state_led_bodies)
                          | {creed.sector for creed in self.creeds})
                         - set(self.codes))
        if unknown:
            raise ValueError(f"sectors {unknown} have no code")
        return self


class OrganizationKind(DataModel):
    """titles.yaml organization_kinds: words in an unknown organisation's name that say its sector."""

    sector: str
    words: frozenset[Lemma] = frozenset()
    heads: frozenset[Lemma] = frozenset()


class TitlesFile(DataModel):
    """titles.yaml: abbreviated titles, honorifics, more offices and the party labels after a name."""

    abbreviations: dict[Lemma, Lemma] = {}
    honorifics: frozenset[Lemma] = frozenset()
    given_name_honorifics: frozenset[Lemma] = frozenset()
    voice_titles: frozenset[Lemma] = frozenset()
    national_titles: dict[CountryCode, list[str]] = {}
    body_officer_titles: frozenset[str] = frozenset()
    organization_words: frozenset[Lemma] = frozenset()
    organization_kinds: list[OrganizationKind] = []
    offices: dict[str, list[str]] = {}
    name_titles: dict[Lemma, str] = {}
    portfolio_bodies: dict[Lemma, frozenset[Lemma]] = {}
    party_labels: PartyLabels


class UserActorFile(DataModel):
    """A user's actor file (--actors): named actors and leaders, in the shapes of the bundled files."""

    organizations: list[NamedEntry] = []
    groups: list[NamedEntry] = []
    media: list[NamedEntry] = []
    leaders: list[LeaderRow] = []


USER_LISTS = ("organizations", "groups", "media", "leaders")


def _data_path(name: str) -> Path:
    return Path(str(resources.files(DATA_PACKAGE).joinpath(name)))


def _parse_countries(rows: list[tuple[int, CountryRow]], source: str) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for number, row in rows:
        if row.code in countries:
            raise DictionaryError(f"{source}: line {number}: code: duplicate country {row.code}")
        seats = []
        for seat in row.seats:
            place, _, sector = seat.partition("=")
            seats.append((place.strip(), sector.strip()))
        countries[row.code] = Country(row.code, row.name, row.aliases, row.demonyms, tuple(seats))
    return countries


def _parse_leaders(rows: Iterable[tuple[str, LeaderRow]], offices: set[str],
                   organizations: dict[str, NamedActor], organization_offices: set[str]) -> list[Person]:
    """Rows (where, row) -> people, one per name. The country cell may instead hold the code of a named
    organisation (IGOUNO): the office is then the organisation's."""
    by_name: dict[str, tuple[list[str], list[Tenure]]] = {}
    for where, row in rows:
        organization = organizations.get(row.country)
        if row.office not in offices and not (organization is not None and row.office in organization_offices):
            raise DictionaryError(f"{where}: office: unknown office {row.office!r}; offices are GOV titles in "
                                  "sectors.yaml (and organization_offices for an organisation's leaders)")
        aliases, tenures = by_name.setdefault(row.name, ([], []))
        aliases.extend(alias for alias in row.aliases if alias not in aliases)
        country = (organization.country or "IGO") if organization is not None else row.country
        tenures.append(Tenure(country, row.office, row.start, row.end, organization))
    return [
        Person(name, tuple(aliases), tuple(sorted(tenures, key=lambda tenure: tenure.start)))
        for name, (aliases, tenures) in by_name.items()
    ]


def _named_entries(entries: list[NamedEntry], source: str, where: str, default_kind: str,
                   sector_codes: dict[str, str]) -> list[NamedActor]:
    named = []
    for number, entry in enumerate(entries, start=1):
        bad = [sector for sector in entry.sectors if sector not in sector_codes]
        if bad:
            raise DictionaryError(f"{where}: entry {number}: sectors: unknown sectors {bad} (see sectors.yaml)")
        # The first sector is the primary one: a state news agency (JRN, GOV) codes as CHNMED.
        code = entry.code or (entry.country or "") + (sector_codes[entry.sectors[0]] if entry.sectors else "")
        named.append(NamedActor(entry.name, entry.aliases, entry.country, entry.sectors, code,
                                entry.kind or default_kind, source))
    return named


def _parse_sectors(data: SectorsFile, source: str) -> tuple[dict[str, str], dict[str, SectorTerm], list[str]]:
    terms: dict[str, SectorTerm] = {}
    problems: list[str] = []
    # a form written out decides its sector: "attackers" (an armed group) is not the plural of "attacker" (CRM)
    written = {word.lower() for groups in data.terms.values() for word in (*groups.people, *groups.groups)}
    for sector, groups in data.terms.items():
        for group_name, words in (("people", groups.people), ("groups", groups.groups)):
            for word in words:
                for form in (word, *_plurals(word)):
                    key = form.lower()
                    if form != word and key in written:
                        continue
                    known = terms.get(key)
                    if known is not None and known.sector != sector:
                        problems.append(f"{source}: {form!r} is in both {known.sector} and {sector}")
                        continue
                    if known is None or form == word:
                        terms[key] = SectorTerm(form, sector, group_name == "people" and form == word)
    return dict(data.codes), terms, problems


def _add_titles(data: TitlesFile, terms: dict[str, SectorTerm], source: str) -> list[str]:
    """The offices and abbreviated titles of titles.yaml, added to the sector words."""
    problems: list[str] = []
    for sector, words in data.offices.items():
        for word in words:
            for form in (word, *_plurals(word)):
                known = terms.get(form.lower())
                if known is not None and known.sector != sector:
                    problems.append(f"{source}: {form!r} is in both {known.sector} and {sector}")
                elif known is None:
                    terms[form.lower()] = SectorTerm(form, sector, form == word)
    for short, full in data.abbreviations.items():
        term = terms.get(full)
        if term is None:
            raise DictionaryError(f"{source}: abbreviations.{short}: {full!r} is no sector word")
        terms.setdefault(short, SectorTerm(term.text, term.sector, True))
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


def _validate(dictionary: ActorDictionary) -> list[str]:
    """Cross-file checks: unknown country codes, duplicate names, overlapping tenures."""
    problems: list[str] = []
    known_countries = set(dictionary.countries) | load_ontology().non_state_codes
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
    for (holder, office), tenures in holders.items():
        tenures.sort(key=lambda item: item[0].start)
        for (before, before_name), (after, after_name) in zip(tenures, tenures[1:]):
            if before.end is None or (after.start - before.end).days < -1:
                problems.append(
                    f"leaders: {holder} {office}: {before_name} ({before.start}..{before.end or 'now'}) overlaps "
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
    def bundled(name: str, model: Any) -> Any:
        return load_data_file(_data_path(name), model, error=DictionaryError)

    countries = _parse_countries(load_table_file(_data_path("countries.tsv"), CountryRow, error=DictionaryError),
                                 "countries.tsv")
    sectors: SectorsFile = bundled("sectors.yaml", SectorsFile)
    sector_codes, sector_terms, problems = _parse_sectors(sectors, "sectors.yaml")
    titles: TitlesFile = bundled("titles.yaml", TitlesFile)
    problems += _add_titles(titles, sector_terms, "titles.yaml")
    offices = {text for text, term in sector_terms.items() if term.sector == "GOV" and term.person}
    leader_rows = [(f"leaders.tsv: line {number}", row)
                   for number, row in load_table_file(_data_path("leaders.tsv"), LeaderRow, error=DictionaryError)]
    named: list[NamedActor] = []
    for file_name, kind in NAMED_FILES:
        named += _named_entries(bundled(file_name, NamedFile).root, file_name, file_name, kind, sector_codes)
    for path in extra_paths:
        user = load_data_file(path, UserActorFile, USER_LISTS, origin=str(path), error=DictionaryError)
        for key, kind in (("organizations", "organization"), ("groups", "group"), ("media", "organization")):
            named += _named_entries(getattr(user, key), f"{path}:{key}", f"{path}: {key}", kind, sector_codes)
        leader_rows += [(f"{path}: leaders: entry {number}", row) for number, row in enumerate(user.leaders, start=1)]
    # A user entry with the same name replaces the bundled one.
    named = list({actor.name: actor for actor in named}.values())
    # a leader row names its organisation by code, or by name where bodies share one (the EU's bodies are all the
    # codebook's IGOEU: "European Commission"); a shared code means the first body with it (the Union)
    organizations: dict[str, NamedActor] = {}
    for actor in named:
        if actor.country in load_ontology().non_state_codes:
            organizations.setdefault(actor.code, actor)
            organizations.setdefault(actor.name, actor)
    dictionary = ActorDictionary(
        countries=countries,
        sector_codes=sector_codes,
        sector_terms=sector_terms,
        former_words=frozenset(sectors.former),
        stateless_words=frozenset(sectors.stateless),
        local_words=frozenset(sectors.local_words),
        aid_bodies=frozenset(sectors.aid_bodies),
        advocacy_bodies=frozenset(sectors.advocacy_bodies),
        kin_words=frozenset(sectors.kin_peoples),
        stance_prefixes=frozenset(sectors.stance_prefixes),
        office_prefixes=frozenset(sectors.office_prefixes),
        lookalike_nouns=frozenset(sectors.lookalikes),
        outsider_nouns=frozenset(sectors.outsiders),
        allegiance_words=frozenset(sectors.allegiance),
        dwelling_words=frozenset(sectors.dwelling),
        side_nouns=frozenset(sectors.side_nouns),
        origin_words=frozenset(sectors.origin),
        counterpart_words=frozenset(sectors.counterparts),
        state_relations=frozenset(sectors.state_relations),
        posted_offices=frozenset(sectors.posted_offices),
        posting_prepositions=frozenset(sectors.posting_prepositions),
        membership_nouns=frozenset(sectors.membership_nouns),
        state_rule_nouns=frozenset(sectors.state_rule_nouns),
        region_wholes=frozenset(sectors.region_wholes),
        abstract_offices=frozenset(sectors.abstract_offices),
        contest_offices=frozenset(sectors.contest_offices),
        court_words=frozenset(sectors.court_words),
        court_judges=frozenset(sectors.court_judges),
        contest_words=frozenset(sectors.contest_words),
        contest_juries=frozenset(sectors.contest_juries),
        contest_jury_words=frozenset(sectors.contest_jury_words),
        contest_names=frozenset(sectors.contest_names),
        contest_titles=frozenset(sectors.contest_titles),
        contender_nouns=frozenset(sectors.contender_nouns),
        contender_aims=frozenset(sectors.contender_aims),
        club_offices=frozenset(sectors.club_offices),
        club_words=frozenset(sectors.club_words),
        private_people=frozenset(sectors.private_people),
        private_people_suffixes=tuple(sectors.private_people_suffixes),
        lasting_rule_nouns=frozenset(sectors.lasting_rule_nouns),
        about_prepositions=frozenset(sectors.about_prepositions),
        answered_clause_marks=frozenset(sectors.answered_clause_marks),
        threat_condition_marks=frozenset(sectors.threat_condition_marks),
        border_nouns=BorderNouns.of(sectors.border_nouns),
        border_target_roots=frozenset(sectors.border_target_roots),
        regional_chambers=frozenset(sectors.regional_chambers),
        regional_armies=frozenset(sectors.regional_armies),
        international_names=tuple(sectors.international_names),
        intergovernmental_heads=frozenset(sectors.intergovernmental_heads),
        unaddressed_appeals=tuple(sectors.unaddressed_appeals),
        emergency_measures=tuple(sectors.emergency_measures),
        offered_help=tuple(sectors.offered_help),
        joined_offers=tuple(sectors.joined_offers),
        coup_objects=frozenset(sectors.coup_objects),
        place_prepositions=frozenset(sectors.place_prepositions),
        named_place_words=frozenset(sectors.named_place_words),
        motion_words=frozenset(sectors.motion_words),
        telling_words=frozenset(sectors.telling_words),
        meeting_words=frozenset(sectors.meeting_words),
        people=tuple(_parse_leaders(leader_rows, offices, organizations, set(sectors.organization_offices))),
        named=tuple(named),
        non_actors=tuple(bundled("non_actors.yaml", NonActorsFile).root),
        honorifics=titles.honorifics,
        given_name_honorifics=titles.given_name_honorifics,
        organization_words=titles.organization_words,
        organization_kinds=tuple(titles.organization_kinds),
        party_labels=titles.party_labels,
        armed_sectors=frozenset(sectors.armed_sectors),
        office_bodies={sector: frozenset(preps) for sector, preps in sectors.office_bodies.items()},
        thing_sectors={word: sector for sector, words in sectors.thing_sectors.items() for word in words},
        polity_nouns=frozenset(sectors.polity_nouns),
        body_offices=frozenset(sectors.body_offices),
        body_words={word: sector for sector, words in sectors.body_words.items() for word in words},
        state_led_bodies={word: sector for sector, words in sectors.state_led_bodies.items() for word in words},
        member_collectives=frozenset(sectors.member_collectives),
        protest_crowds=frozenset(sectors.protest_crowds),
        protest_crowd_roots=frozenset(sectors.protest_crowd_roots),
        incoming_days=sectors.incoming_days,
        caucus=sectors.legislative_caucus,
        lone_attackers=sectors.lone_attackers,
        creeds=tuple(sectors.creeds),
        police_officers=sectors.police_officers,
        name_titles=dict(titles.name_titles),
        portfolio_bodies=dict(titles.portfolio_bodies),
        voice_titles=titles.voice_titles,
        national_titles={" ".join(title.lower().split()): country for country, titles_of in
                         titles.national_titles.items() for title in titles_of},
        body_officer_titles=frozenset(" ".join(title.lower().split()) for title in titles.body_officer_titles),
        protesting_sectors=frozenset(sectors.protesting_sectors),
        leading_verbs=frozenset(sectors.leading_verbs),
        party_names=frozenset(" ".join(name.lower().split()) for name in sectors.party_names),
        party_offices=frozenset(sectors.party_offices),
        membership_words=frozenset(sectors.membership_words),
        member_bodies=frozenset(sectors.member_bodies),
        private_bodies=frozenset(sectors.private_bodies),
        named_speakers=frozenset(sectors.named_speakers),
        private_parties=frozenset(sectors.private_parties),
        side_sectors=frozenset(sectors.side_sectors),
        named_body_sectors=frozenset(sectors.named_body_sectors),
        office_seeking=frozenset(sectors.office_seeking),
        appointed_offices=frozenset(sectors.appointed_offices),
        crowd_sectors=frozenset(sectors.crowd_sectors),
        second_words=frozenset(sectors.seconds),
    )
    problems += _validate(dictionary)
    return dataclasses.replace(dictionary, problems=tuple(problems))


def check_dictionary(extra_paths: Sequence[Path] = ()) -> list[str]:
    """Every problem found in the data files (empty when they are clean); raises DictionaryError if unloadable."""
    return list(load_actor_dictionary(extra_paths).problems)
