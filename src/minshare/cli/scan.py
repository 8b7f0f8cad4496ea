"""``minshare scan``: say which columns hold personal information, and draft a policy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from minshare.cli import options
from minshare.cli.render import emit_json, say, write_page
from minshare.errors import ExitStatus, UsageError

if TYPE_CHECKING:
    from minshare.io import ReadOptions


def _table(result: object) -> list[str]:
    from minshare.detect import ScanResult

    assert isinstance(result, ScanResult)
    total = f" of {result.rows_total:,}" if result.rows_total is not None else ""
    lines = [
        f"{result.path} ({result.format}): {result.rows_sampled:,}{total} rows sampled, "
        f"{len(result.personal_columns)} of {len(result.columns)} columns personal",
        "",
    ]
    width = max([len(c.name) for c in result.columns] + [6])
    lines.append(f"{'column':<{width}}  {'category':<17}  {'entity':<18}  {'score':>5}  evidence")
    for c in result.columns:
        best = c.best
        entity, score, evidence = (
            (best.type, f"{best.score:.2f}", best.evidence) if best else ("-", "", "")
        )
        lines.append(f"{c.name:<{width}}  {c.category:<17}  {entity:<18}  {score:>5}  {evidence}")
    return lines + _privacy_hint(result)


def _privacy_hint(result: object) -> list[str]:
    """A privacy block to suggest when the table holds quasi-identifiers."""
    from minshare.detect import ScanResult

    assert isinstance(result, ScanResult)
    from minshare.detect.nested import top_level

    # risk groups by the file's own columns, not a struct's leaves
    columns = top_level(result.columns)
    quasi = [c.name for c in columns if c.category == "quasi_identifier"]
    sensitive = [c.name for c in columns if c.category == "sensitive"]
    if not quasi:
        return []
    block = f"privacy: {{k_anonymity: 5, quasi_identifiers: [{', '.join(quasi)}]"
    if sensitive:
        block += f", l_diversity: 2, sensitive: [{', '.join(sensitive)}]"
    return [
        "",
        f"Quasi-identifiers identify in combination: {', '.join(quasi)}.",
        "To hold a release to a re-identification target, add to its purpose in the policy:",
        f"    {block}, max_suppression: 0.05}}",
        f"('minshare risk {result.path} -q {','.join(quasi)}' measures the risk as it stands.)",
    ]


@click.command("scan")
@click.argument("data", type=click.Path(path_type=str))
@options.input_format
@options.read_options
@click.option(
    "--sample-size",
    type=click.IntRange(min=10),
    default=1000,
    show_default=True,
    help="Rows sampled, spread over the whole file.",
)
@click.option(
    "--draft-policy",
    "draft_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="Write a draft policy for --purpose to this file.",
)
@click.option("--purpose", help="The purpose the draft policy is for (with --draft-policy).")
@click.option(
    "--basis",
    type=click.Choice(
        [
            "delivery-of-government-services",
            "informing-policy-and-programs",
            "research-and-development",
        ]
    ),
    help="The draft's DATA Act basis, when the purpose's name does not say.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing draft policy file.")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="Also write the findings as a self-contained HTML page (offline, printable).",
)
@options.quiet
@options.json_output
def scan_command(
    data: str,
    input_format: str | None,
    read: ReadOptions,
    sample_size: int,
    draft_path: str | None,
    purpose: str | None,
    basis: str | None,
    force: bool,
    html_path: str | None,
    quiet: bool,
    as_json: bool,
) -> int:
    """Find the columns of DATA that hold personal information, and say why.

    Each column gets a category (direct_identifier, quasi_identifier, sensitive,
    free_text or none), its likely entities with scores, and one line of evidence.
    Works offline; never prints a value from the data.

    \b
    Examples:
      minshare scan samples/clients.csv
      minshare scan samples/clients.csv --json
      minshare scan samples/clients.csv --draft-policy draft.yaml --purpose research
    """
    from minshare.detect import scan

    if (draft_path is None) != (purpose is None):
        raise UsageError("--draft-policy and --purpose go together")
    if draft_path is not None and Path(draft_path).exists() and not force:
        raise UsageError(f"{draft_path}: already exists; pass --force to overwrite it")
    from minshare.cli.progress import ProgressBar

    with ProgressBar("scan", quiet=quiet) as bar:
        result = scan(
            data, input_format=input_format, sample_size=sample_size, progress=bar, read=read
        )
    if result.header is False and read.header:
        say(
            "minshare: warning: the first row looks like data, so the file was read without a "
            "header row; its columns are column_1, column_2... (pass --no-header to say so)"
        )
    if draft_path is not None and purpose is not None:
        from minshare.draft import draft_policy
        from minshare.io import stage

        text = draft_policy(
            data, result, purpose=purpose, basis=basis, input_format=input_format, read=read
        )
        staged = stage(draft_path)
        try:
            staged.temp.write_text(text, encoding="utf-8")
            staged.commit()
        finally:
            staged.discard()
        say(f"wrote the draft policy {draft_path} (purpose {purpose!r}); review it before use")
    if html_path is not None:
        from minshare.html import scan_report

        write_page(html_path, scan_report(result))
    if as_json:
        document = result.as_dict()
        document.pop("version", None)
        emit_json(document)
    else:
        click.echo("\n".join(_table(result)))
    return ExitStatus.SUCCESS
