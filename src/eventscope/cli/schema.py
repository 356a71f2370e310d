"""`eventscope schema`: the JSON Schema of the event record contract."""

from __future__ import annotations

import json

import click

from eventscope.records import CONTRACT_VERSION, Article, Event


@click.command()
@click.option("--record", type=click.Choice(["event", "article"]), default="event", show_default=True,
              help="Which record's schema to print.")
def schema(record: str) -> None:
    """Print the JSON Schema of the event record (contract v1) or of the article record."""
    model = Event if record == "event" else Article
    document = model.model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["title"] = f"eventscope {record} record, contract v{CONTRACT_VERSION}"
    click.echo(json.dumps(document, indent=2))


COMMANDS: list[click.Command] = [schema]
