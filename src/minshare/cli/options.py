"""Click options that several commands share, defined once."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

import click

from minshare.io import DEFAULT_MAX_ROW_BYTES, FORMATS

F = TypeVar("F", bound=Callable[..., Any])

json_output = click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON document on stdout instead of text."
)
policy = click.option(
    "--policy",
    "policy_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="The policy file (YAML).",
)
purpose = click.option("--purpose", required=True, help="The purpose in the policy to apply.")
keys = click.option(
    "--keys",
    "keys_dir",
    envvar="MINSHARE_KEYS",
    type=click.Path(file_okay=False, path_type=str),
    help="The sender's key folder (from 'minshare keys init'); default $MINSHARE_KEYS.",
)
input_format = click.option(
    "--input-format",
    type=click.Choice(FORMATS),
    help="Read the input as this format instead of guessing from its extension.",
)
output_format = click.option(
    "--output-format",
    type=click.Choice(FORMATS),
    help="Write the output as this format instead of guessing from its extension.",
)
signer_key = click.option(
    "--signer-key",
    type=click.Path(dir_okay=False, path_type=str),
    help="The sender's signing public key (signing.pub) to pin the signature to.",
)


def _byte_size(text: str) -> int:
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    value = text.strip().lower().removesuffix("b").removesuffix("i")
    scale = units.get(value[-1:], 1)
    number = value[:-1] if value[-1:] in units else value
    try:
        size = int(float(number) * scale)
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a size such as 1048576, 512k or 64M") from None
    if size < DEFAULT_MAX_ROW_BYTES:
        raise click.BadParameter(f"must be at least {DEFAULT_MAX_ROW_BYTES:,} bytes (1M)")
    return size


def read_options(command: F) -> F:
    """--encoding, --max-row-bytes and --no-header for text, --table and --query for a
    database, given to the command as ``read``."""

    @functools.wraps(command)
    def with_read(
        *args: Any,
        encoding: str | None,
        max_row_bytes: int,
        no_header: bool,
        table: str | None,
        query: str | None,
        **kwargs: Any,
    ) -> Any:
        from minshare.io import ReadOptions

        read = ReadOptions(encoding, max_row_bytes, not no_header, table=table, query=query)
        return command(*args, read=read, **kwargs)

    wrapped: Any = click.option(
        "--query",
        metavar="SQL",
        help="Database input: read what this query returns (one SELECT) instead of a table. "
        "The manifest records its text.",
    )(with_read)
    wrapped = click.option(
        "--table",
        metavar="NAME",
        help="Database input (postgresql://..., sqlite:...): the table or view to read, "
        "NAME or SCHEMA.NAME (or write DATA as URI#NAME).",
    )(wrapped)
    wrapped = click.option(
        "--no-header",
        is_flag=True,
        help="CSV/TSV: the first row is data, not column names; columns are column_1, column_2...",
    )(wrapped)
    wrapped = click.option(
        "--max-row-bytes",
        "max_row_bytes",
        metavar="SIZE",
        default=str(DEFAULT_MAX_ROW_BYTES),
        callback=lambda ctx, param, value: _byte_size(value),
        show_default="1M",
        help="The longest row a text file may hold (1048576, 64M...); memory grows with it.",
    )(wrapped)
    return cast(
        F,
        click.option(
            "--encoding",
            help="The text input's encoding (latin-1, cp1252, utf-16...). "
            "Default: UTF-8, or as the file's byte-order mark says.",
        )(wrapped),
    )


replace_table = click.option(
    "--replace",
    is_flag=True,
    help="Database output: replace the table when it exists (in the run's transaction, so a "
    "failed run keeps the old one). Without it, an existing table is refused.",
)
escape_formulas = click.option(
    "--escape-formulas",
    is_flag=True,
    help="In CSV/TSV output, put an apostrophe before text that a spreadsheet would run as a "
    "formula (=, +, -, @ ...). Numbers and phone numbers are left alone.",
)


REPORT_FORMATS = ("text", "json", "github")


def report_format(command: F) -> F:
    """--format text|json|github, with --json kept as its short form."""
    command = click.option(
        "--json", "as_json", is_flag=True, help="Print one JSON document on stdout (--format json)."
    )(command)
    return click.option(
        "--format",
        "report_format",
        type=click.Choice(REPORT_FORMATS),
        default="text",
        show_default=True,
        help="text for people, json for pipelines, github for GitHub Actions annotations "
        "on the policy lines to fix.",
    )(command)


quiet = click.option(
    "--quiet", is_flag=True, help="No progress bar (it shows only on a terminal, after a second)."
)
