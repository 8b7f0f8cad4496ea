"""``minshare policy``: lint policies, and show what a change to one lets out."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from minshare.cli import options
from minshare.cli.render import emit_findings, emit_json, github_annotation, styled
from minshare.errors import ExitStatus

if TYPE_CHECKING:
    from minshare.io import ReadOptions


@click.group("policy")
def policy_group() -> None:
    """Lint policies and review changes to them."""


@policy_group.command("lint")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option(
    "--data",
    type=click.Path(path_type=str),
    help="A sample of the dataset: columns the policy and the data disagree on are reported.",
)
@options.input_format
@options.read_options
@options.report_format
def policy_lint(
    files: tuple[str, ...],
    data: str | None,
    input_format: str | None,
    read: ReadOptions,
    report_format: str,
    as_json: bool,
) -> int:
    """Check policy files: schema, and mistakes a valid policy can still hold.

    Reports a justification that says nothing, a kept column whose name says it is
    an identifier, a recipient key that does not load, a pseudonymisation domain no
    other column in the folder's policies uses, and (with --data) columns the policy
    and the data disagree on. Exits 3 when a file is not a valid policy, 1 when
    there are errors, 0 otherwise (warnings included).

    \b
    Examples:
      minshare policy lint policies/*.yaml
      minshare policy lint policies/clients.yaml --data samples/clients.csv --format github
      minshare policy lint policies/clients.yaml --data postgresql://db/agency --table clients
    """
    from minshare.lint import lint

    report = lint(files, data=data, input_format=input_format, read=read)
    count = len(files)
    if report.invalid:
        summary = "not ok: a policy file is not valid"
    elif report.ok:
        summary = f"ok: {count} {'policy' if count == 1 else 'policies'}"
    else:
        summary = "not ok: errors found"
    emit_findings(
        report.findings,
        "json" if as_json else report_format,
        ok=report.ok,
        summary=summary,
        extra={"policies": [str(p.path) for p in report.policies]},
    )
    if report.invalid:
        return ExitStatus.POLICY
    return ExitStatus.SUCCESS if report.ok else ExitStatus.REFUSED


@policy_group.command("diff")
@click.argument("old")
@click.argument("new")
@click.option(
    "--allow-weakening",
    is_flag=True,
    help="Exit 0 even when the change weakens what leaves (after a review has approved it).",
)
@options.report_format
def policy_diff(
    old: str, new: str, allow_weakening: bool, report_format: str, as_json: bool
) -> int:
    """Show what changing policy OLD to NEW adds to or takes from what leaves.

    Each change, per purpose and column, is marked WEAKENING when the recipient could
    learn more afterwards (drop to anything, pseudonymise or encrypt to keep or mask,
    a finer generalisation, a new column, purpose, recipient or agreement, unlisted
    columns dropped instead of refused, a lower privacy target). OLD and NEW are files,
    or git:REVISION:PATH. Exits 1 when anything weakens, unless --allow-weakening.

    \b
    Examples:
      minshare policy diff git:origin/main:policies/clients.yaml policies/clients.yaml
      minshare policy diff old.yaml new.yaml --format github
    """
    from minshare.policydiff import as_findings, diff_policies, load_policy_ref

    before, after = load_policy_ref(old), load_policy_ref(new)
    changes = diff_policies(before, after)
    weakening = any(c.weakening for c in changes)
    fmt = "json" if as_json else report_format
    if fmt == "json":
        emit_json({"weakening": weakening, "changes": [c.as_dict() for c in changes]})
    elif fmt == "github":
        for finding in as_findings(changes, after.path):
            click.echo(github_annotation(finding))
    else:
        for c in changes:
            mark = styled("WEAKENING", False) if c.weakening else "          "
            column = f" {c.column}" if c.column else ""
            click.echo(f"{mark} {c.purpose}{column}: {c.before} -> {c.after} ({c.reason})")
        total = sum(c.weakening for c in changes)
        click.echo(f"{len(changes)} changes, {total} weakening" if changes else "no changes")
    if weakening and not allow_weakening:
        return ExitStatus.REFUSED
    return ExitStatus.SUCCESS
