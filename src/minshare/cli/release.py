"""Commands on the release path: apply, check, verify, decrypt."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from minshare.cli import options
from minshare.cli.render import emit_findings, emit_json, say, styled, write_page
from minshare.errors import ExitStatus

if TYPE_CHECKING:
    from minshare.io import ReadOptions


@click.command("apply")
@click.argument("data", type=click.Path(path_type=str))
@options.policy
@options.purpose
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=str),
    help="The minimised file to write, or a database table: postgresql://HOST/DB#SCHEMA.TABLE, "
    "sqlite:///PATH#TABLE (created in one transaction; needs --manifest).",
)
@options.keys
@click.option(
    "--manifest",
    "manifest_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="Where to write the signed manifest (default: OUTPUT.manifest.json).",
)
@options.input_format
@options.output_format
@options.read_options
@options.replace_table
@options.escape_formulas
@options.quiet
@click.option(
    "--jobs",
    type=click.IntRange(min=0),
    help="Worker processes for the per-value work (0: none). Default: one per core but one, "
    "up to 4, for inputs of 32 MB or more on 3 cores or more. The output is the same either way.",
)
@options.json_output
def apply_command(
    data: str,
    policy_path: str,
    purpose: str,
    output: str,
    keys_dir: str | None,
    manifest_path: str | None,
    input_format: str | None,
    output_format: str | None,
    read: ReadOptions,
    replace: bool,
    escape_formulas: bool,
    quiet: bool,
    jobs: int | None,
    as_json: bool,
) -> int:
    """Apply a purpose's rules to DATA and write OUTPUT with a signed manifest.

    Nothing is written when the run fails or the policy refuses it. DATA may be -
    (standard input, with --input-format), and so may OUTPUT (standard output, with
    --output-format and --manifest): it is written only once the run has succeeded.
    Either may be a database table (docs/databases.md).

    \b
    Examples:
      minshare apply samples/clients.csv --policy policies/clients.yaml \\
          --purpose research -o out/clients.parquet --keys keys/
      minshare apply postgresql://db.agency/payments --table clients \\
          --policy policies/clients.yaml --purpose research --keys keys/ \\
          -o postgresql://db.agency/shared#research.clients --manifest clients.manifest.json
    """
    from minshare.cli.progress import ProgressBar
    from minshare.pipeline import apply

    with ProgressBar("apply", quiet=quiet) as bar:
        release = apply(
            data,
            policy=policy_path,
            purpose=purpose,
            output=output,
            keys=keys_dir,
            manifest=manifest_path,
            input_format=input_format,
            output_format=output_format,
            read=read,
            escape_formulas=escape_formulas,
            workers=jobs,
            progress=bar,
            replace=replace,
        )
    for warning in release.warnings:
        say(f"minshare: warning: {warning.reason}")
    if as_json:
        emit_json(
            {
                "output": str(release.output_path),
                "manifest": str(release.manifest_path),
                "rows_in": release.rows_in,
                "rows_out": release.rows_out,
                "columns": [
                    {
                        "name": c.name,
                        "action": c.rule.action,
                        "output": c.name if c.transform else None,
                    }
                    for c in release.columns
                ],
                "warnings": [w.as_dict() for w in release.warnings],
            }
        )
        return ExitStatus.SUCCESS
    leaving = sum(1 for c in release.columns if c.transform is not None)
    if str(release.output_path) == "-":
        say(f"wrote {release.rows_out:,} rows to standard output and {release.manifest_path}")
        return ExitStatus.SUCCESS
    click.echo(
        f"wrote {release.output_path} ({release.rows_out:,} rows, {leaving} of "
        f"{len(release.columns)} columns) and {release.manifest_path}"
    )
    for c in release.columns:
        click.echo(f"  {c.name:<24} {c.rule.action}")
    return ExitStatus.SUCCESS


@click.command("check")
@click.argument("data", type=click.Path(path_type=str))
@options.policy
@options.purpose
@click.option(
    "--keys",
    "keys_dir",
    type=click.Path(file_okay=False, path_type=str),
    help="Also check the sender's key folder (CI runners usually have none).",
)
@options.input_format
@options.read_options
@options.report_format
def check_command(
    data: str,
    policy_path: str,
    purpose: str,
    keys_dir: str | None,
    input_format: str | None,
    read: ReadOptions,
    report_format: str,
    as_json: bool,
) -> int:
    """Check DATA against a purpose's rules as 'apply' would, writing nothing.

    Exits 0 when apply would run, 1 when it would refuse. Each finding names the
    policy line to change; --format github turns them into annotations on it.

    \b
    Example (in CI):
      minshare check samples/clients.csv --policy policies/clients.yaml \\
          --purpose research --format github
    """
    from minshare.pipeline import check

    report = check(
        data,
        policy=policy_path,
        purpose=purpose,
        input_format=input_format,
        keys=keys_dir,
        read=read,
    )
    emit_findings(
        report.findings,
        "json" if as_json else report_format,
        ok=report.ok,
        summary="ok: apply would run" if report.ok else "not ok: apply would refuse",
    )
    return ExitStatus.SUCCESS if report.ok else ExitStatus.REFUSED


@click.command("verify")
@click.argument("manifest", type=click.Path(path_type=str))
@click.option(
    "--data",
    type=click.Path(path_type=str),
    help="The released data file, or folder of Parquet parts (default: the one the manifest "
    "names, beside the manifest). A release written to a database table: its database's "
    "URI, with the credentials the recorded one lacks (default: the URI and table recorded).",
)
@options.signer_key
@click.option(
    "--policy",
    "policy_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="The policy the release claims; checked against its recorded hash.",
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="Also write the audit as a self-contained HTML page (offline, printable).",
)
@options.quiet
@click.option(
    "--no-rescan",
    is_flag=True,
    help="Skip scanning the released data for direct identifiers (signature, hashes, schema).",
)
@options.json_output
def verify_command(
    manifest: str,
    data: str | None,
    signer_key: str | None,
    policy_path: str | None,
    html_path: str | None,
    quiet: bool,
    no_rescan: bool,
    as_json: bool,
) -> int:
    """Check a release: signature, data file hash and rows, columns, policy, and a re-scan.

    The re-scan fails when a column that leaves in the clear (kept without a
    justification, generalised, masked or redacted) still holds direct identifiers.
    Exits 0 only when every check passes.

    \b
    Example:
      minshare verify out/clients.parquet.manifest.json --signer-key keys/signing.pub
    """
    from minshare.audit import verify
    from minshare.cli.progress import ProgressBar

    with ProgressBar("verify", quiet=quiet) as bar:
        report = verify(
            manifest,
            data=data,
            signer_key=signer_key,
            policy=policy_path,
            rescan=not no_rescan,
            progress=bar,
        )
    if html_path is not None:
        from minshare.html import verify_report
        from minshare.manifest import read_manifest

        write_page(html_path, verify_report(report, read_manifest(manifest)))
    if as_json:
        emit_json({"ok": report.ok, "checks": [c.as_dict() for c in report.checks]})
    else:
        for c in report.checks:
            click.echo(f"{styled('pass' if c.ok else 'FAIL', c.ok)}  {c.name:<10} {c.detail}")
        click.echo(styled("verified" if report.ok else "NOT verified", report.ok))
    if report.ok and not report.signer_pinned:
        say("minshare: warning: the signer is not pinned; pass --signer-key to check who signed")
    return ExitStatus.SUCCESS if report.ok else ExitStatus.REFUSED


@click.command("decrypt")
@click.argument("data", type=click.Path(path_type=str))
@click.option(
    "--key",
    "key_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="The recipient's private key (recipient.key).",
)
@click.option(
    "--manifest",
    "manifest_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="The release's signed manifest.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=str),
    help="The file to write, or a database table (URI#TABLE, created in one transaction).",
)
@options.signer_key
@options.output_format
@options.replace_table
@options.escape_formulas
@options.quiet
@options.json_output
def decrypt_command(
    data: str,
    key_path: str,
    manifest_path: str,
    output: str,
    signer_key: str | None,
    output_format: str | None,
    replace: bool,
    escape_formulas: bool,
    quiet: bool,
    as_json: bool,
) -> int:
    """Decrypt the encrypted columns of a release you received.

    The manifest's signature and the data file's hash are checked first. DATA may be
    a folder of Parquet parts (a release written by Spark), or the database table of a
    release written to one (its URI); OUTPUT is one file, or a database table.

    \b
    Example:
      minshare decrypt out/clients.parquet --key recipient/recipient.key \\
          --manifest out/clients.parquet.manifest.json -o clients-plain.parquet
    """
    from minshare.cli.progress import ProgressBar
    from minshare.recipient import decrypt

    with ProgressBar("decrypt", quiet=quiet) as bar:
        result = decrypt(
            data,
            key=key_path,
            manifest=manifest_path,
            output=output,
            signer_key=signer_key,
            output_format=output_format,
            escape_formulas=escape_formulas,
            progress=bar,
            replace=replace,
        )
    if as_json:
        emit_json(
            {"output": str(result.output_path), "rows": result.rows, "decrypted": result.columns}
        )
    else:
        decrypted = ", ".join(result.columns) or "no columns were encrypted"
        click.echo(f"wrote {result.output_path} ({result.rows:,} rows; decrypted: {decrypted})")
    return ExitStatus.SUCCESS
