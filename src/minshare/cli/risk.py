"""``minshare risk``: re-identification risk of a table for its quasi-identifiers."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from minshare.cli import options
from minshare.cli.render import emit_json
from minshare.errors import ExitStatus

if TYPE_CHECKING:
    from minshare.io import ReadOptions


def _names(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(",") if name.strip()]


@click.command("risk")
@click.argument("data", type=click.Path(path_type=str))
@click.option(
    "--quasi-identifiers",
    "-q",
    "quasi_identifiers",
    required=True,
    help="Comma-separated columns that identify in combination (date of birth, postcode, sex...).",
)
@click.option("--sensitive", "-s", help="Comma-separated sensitive columns, for l-diversity.")
@options.input_format
@options.read_options
@options.quiet
@options.json_output
def risk_command(
    data: str,
    quasi_identifiers: str,
    sensitive: str | None,
    input_format: str | None,
    read: ReadOptions,
    quiet: bool,
    as_json: bool,
) -> int:
    """Measure the re-identification risk of DATA: k-anonymity, uniques, l-diversity.

    A class is a distinct combination of the quasi-identifiers' values (a null is a
    value). k-anonymity is the size of the smallest class; a record's prosecutor risk
    is 1 / the size of its class; l-diversity is the fewest distinct sensitive values
    in any class. Streams the file, so memory grows with the classes, not the rows.

    \b
    Examples:
      minshare risk samples/clients.csv -q BIRTH_DT,SEX_CD,RES_PCODE
      minshare risk out.parquet -q DOB,PCODE -s PRINCIPAL_DIAG --json
    """
    from minshare.cli.progress import ProgressBar
    from minshare.risk import risk

    with ProgressBar("risk", quiet=quiet) as bar:
        report = risk(
            data,
            quasi_identifiers=_names(quasi_identifiers),
            sensitive=_names(sensitive),
            input_format=input_format,
            progress=bar,
            read=read,
        )
    if as_json:
        emit_json(report.as_dict())
        return ExitStatus.SUCCESS
    n = report.rows or 1
    from minshare.io import display_name

    name = display_name(data) + (f"#{read.table}" if read.table else "")
    name += " (query)" if read.query else ""
    click.echo(
        f"{name}: {report.rows:,} rows, {report.classes:,} classes over "
        f"{', '.join(report.quasi_identifiers)}"
    )
    click.echo(f"  k-anonymity      {report.k_anonymity}")
    click.echo(
        f"  sample uniques   {report.sample_uniques:,} records ({report.sample_uniques / n:.1%})"
    )
    for threshold, records in report.records_in_classes_below.items():
        click.echo(f"  in classes < {threshold:<3} {records:,} records ({records / n:.1%})")
    click.echo(
        f"  prosecutor risk  max {report.prosecutor_risk_max:.3f}, "
        f"average {report.prosecutor_risk_average:.3f}"
    )
    sizes = ", ".join(f"{label}: {count:,}" for label, count in report.class_sizes.items())
    click.echo(f"  class sizes      {sizes}")
    for name, ell in report.l_diversity.items():
        click.echo(f"  l-diversity      {name}: {ell}")
    return ExitStatus.SUCCESS
