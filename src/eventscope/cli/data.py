"""`eventscope data check`: every bundled data file through its schema, then the loaders that check across files,
and the user's own files."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import click

from eventscope.cli.options import actors_option, patterns_option, places_option
from eventscope.errors import DataFileError

COMMANDS: list[click.Command] = []


def bundled_data_files() -> dict[str, Callable[[Path], Any]]:
    """Every data file of the package (its path in the package) -> the loader that validates it against its schema."""
    from eventscope.actors import antecedents, dictionary
    from eventscope.context import ContextFile
    from eventscope.datafiles import load_data_file, load_table_file
    from eventscope.dates import DatesFile
    from eventscope.evaluate import CaseSubtypesFile
    from eventscope.events import answers, confidence, pagekind, patterns, quotes, senses, speech, wordclasses
    from eventscope.geo.gazetteer import PlacesFile, WatersFile
    from eventscope.geo.place_entries import parse_place_entries
    from eventscope.ingest.clean import BoilerplateFile
    from eventscope.ingest.document import LanguageFile
    from eventscope.ontology import ActorTypesFile, CameoRow, PloverFile, RootsFile

    def yaml(model: Any, entries: Any = None) -> Callable[[Path], Any]:
        return lambda path: load_data_file(path, model, entries)

    def table(model: Any) -> Callable[[Path], Any]:
        return lambda path: load_table_file(path, model)

    def waters(path: Path) -> Any:
        return parse_place_entries(load_data_file(path, WatersFile).waters, path.name, "water")

    return {
        "context.yaml": yaml(ContextFile),
        "dates.yaml": yaml(DatesFile),
        "case_subtypes.yaml": yaml(CaseSubtypesFile),
        "actors/coreference.yaml": yaml(antecedents.CoreferenceFile),
        "actors/countries.tsv": table(dictionary.CountryRow),
        "actors/leaders.tsv": table(dictionary.LeaderRow),
        "actors/sectors.yaml": yaml(dictionary.SectorsFile),
        "actors/titles.yaml": yaml(dictionary.TitlesFile),
        "actors/organizations.yaml": yaml(dictionary.NamedFile),
        "actors/groups.yaml": yaml(dictionary.NamedFile),
        "actors/media.yaml": yaml(dictionary.NamedFile),
        "actors/non_actors.yaml": yaml(dictionary.NonActorsFile),
        "events/data/triggers.yaml": yaml(patterns.TriggersFile, "triggers"),
        "events/data/modality.yaml": yaml(patterns.ModalityCues),
        "events/data/attribution.yaml": yaml(patterns.AttributionFile),
        "events/data/contexts.yaml": yaml(patterns.ContextsFile),
        "events/data/roles.yaml": yaml(patterns.RoleWords),
        "events/data/pairs.yaml": yaml(patterns.PairWords),
        "events/data/senses.yaml": yaml(senses.SensesFile, "senses"),
        "events/data/speech.yaml": yaml(speech.SpeechFile),
        "events/data/quotes.yaml": yaml(quotes.QuoteRules),
        "events/data/answers.yaml": yaml(answers.AnswerRules),
        "events/data/confidence.yaml": yaml(confidence.Calibrator),
        "events/data/pagekind.yaml": yaml(pagekind.PageKindFile),
        "events/data/wordclasses.yaml": yaml(wordclasses.WordClassFile),
        "geo/places.yaml": yaml(PlacesFile, "regions"),
        "geo/waters.yaml": waters,
        "ingest/boilerplate.yaml": yaml(BoilerplateFile),
        "ingest/language.yaml": yaml(LanguageFile),
        "ontology/actor_types.yaml": yaml(ActorTypesFile),
        "ontology/cameo.tsv": table(CameoRow),
        "ontology/plover.yaml": yaml(PloverFile),
        "ontology/roots.yaml": yaml(RootsFile),
    }


def _schemas() -> list[str]:
    problems: list[str] = []
    files = bundled_data_files()
    root = Path(str(resources.files("eventscope")))
    for name, load in files.items():
        try:
            load(root / name)
        except (ValueError, OSError) as error:
            problems.append(f"problem: {error}")
    return [f"bundled data files: {len(files)} checked against their schemas", *problems]


def _actors(actor_files: tuple[Path, ...]) -> list[str]:
    from eventscope.actors import load_actor_dictionary

    dictionary = load_actor_dictionary(actor_files)
    leader_countries = {tenure.country for person in dictionary.people for tenure in person.tenures}
    by_file: dict[str, int] = {}
    for actor in dictionary.named:
        by_file[actor.source] = by_file.get(actor.source, 0) + 1
    lines = [f"countries: {len(dictionary.countries)}", f"sector words: {len(dictionary.sector_terms)}",
             f"leaders: {len(dictionary.people)} people, {sum(len(p.tenures) for p in dictionary.people)} tenures, "
             f"{len(leader_countries)} countries"]
    lines += [f"{source}: {count} entries" for source, count in sorted(by_file.items())]
    return lines + [f"problem: actors: {problem}" for problem in dictionary.problems]


def _ontology() -> list[str]:
    from eventscope.ontology import load_ontology

    ontology = load_ontology()
    return [f"ontology: {len(ontology.codes)} CAMEO codes, {len(ontology.plover_types)} PLOVER types, "
            f"{len(ontology.root_groups)} groups of roots"]


def _patterns(pattern_files: tuple[Path, ...]) -> list[str]:
    from eventscope.events import load_patterns
    from eventscope.events.senses import load_senses
    from eventscope.events.speech import load_speech_cues

    patterns = load_patterns(pattern_files)
    load_senses()
    load_speech_cues()
    return [f"trigger patterns: {len(patterns)}"]


def _places(place_files: tuple[Path, ...]) -> list[str]:
    from eventscope.geo.gazetteer import load_place_data, load_user_places

    load_place_data()
    lines = ["places: bundled gazetteer ok"]
    for path in place_files:
        entries, not_places = load_user_places(path)
        lines.append(f"{path.name}: {len(entries)} places, {len(not_places)} names that are no place")
    return lines


def _dates_and_context() -> list[str]:
    from eventscope.context import load_context_rules
    from eventscope.dates import load_date_patterns

    load_date_patterns()
    load_context_rules()
    return ["dates and context rules: ok"]


def _has_no_entries(path: Path) -> bool:
    """Whether a user's YAML file holds nothing: empty, only comments, or a mapping whose lists are all empty. A file
    that cannot be read or is no mapping is not judged here: its loader says what is wrong with it."""
    from eventscope.datafiles import YAMLError, load_yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError):
        return False
    return data is None or (isinstance(data, dict) and not any(value for value in data.values()
                                                              if isinstance(value, list | dict)))


def _empty_user_files(files: dict[str, tuple[Path, ...]]) -> list[str]:
    """A problem for each user file with no entries: it loads, and changes nothing (a wrong or unsaved file?)."""
    return [f"problem: {kind}: {path}: no entries (the file is empty, or its lists are): it would change nothing"
            for kind, paths in files.items() for path in paths if _has_no_entries(path)]


def check_data(actor_files: tuple[Path, ...] = (), pattern_files: tuple[Path, ...] = (),
               place_files: tuple[Path, ...] = ()) -> list[str]:
    """Every data file through its loader; the lines to print, problems as 'problem: ...'."""
    checks: list[tuple[str, Callable[[], list[str]]]] = [
        ("schemas", _schemas),
        ("ontology", _ontology),
        ("actors", lambda: _actors(actor_files)),
        ("patterns", lambda: _patterns(pattern_files)),
        ("places", lambda: _places(place_files)),
        ("dates and context", _dates_and_context),
        ("your files", lambda: _empty_user_files({"actors": actor_files, "patterns": pattern_files,
                                                  "places": place_files})),
    ]
    lines: list[str] = []
    for name, check in checks:
        try:
            lines += check()
        except DataFileError as error:
            lines += [f"problem: {name}: {problem}" for problem in error.every_problem()]
        except (ValueError, OSError) as error:  # (a loader's own ValueError, or a file that cannot be read)
            lines.append(f"problem: {name}: {error}")
    return lines


@click.command("check")
@actors_option
@patterns_option
@places_option
def check_command(actor_files: tuple[Path, ...], pattern_files: tuple[Path, ...],
                  place_files: tuple[Path, ...]) -> None:
    """Validate every data file: the bundled ontology, actors, patterns, places, dates and context rules,
    and your own files given with --actors, --patterns and --places (or EVENTSCOPE_ACTORS, ...).

    Prints what was loaded and every problem found ("file: entry N: field: problem"; a file of yours with no
    entries is one too); exits with status 1 if there is any.
    """
    from eventscope.cli.options import settings_from

    settings = settings_from(actor_files=actor_files, pattern_files=pattern_files, place_files=place_files)
    lines = check_data(settings.actor_files, settings.pattern_files, settings.place_files)
    problems = [line for line in lines if line.startswith("problem: ")]
    for line in lines:
        click.echo(line, err=line in problems)
    if problems:
        raise SystemExit(1)
    click.echo("ok")


@click.group("data")
def data_group() -> None:
    """Validate the data files (dictionaries, patterns, places, ontology)."""


@click.group("dictionaries")
def dictionaries_group() -> None:
    """The former name of `eventscope data` (kept so scripts keep working)."""


data_group.add_command(check_command)
dictionaries_group.add_command(check_command)
COMMANDS.extend([data_group, dictionaries_group])
