"""The ``minshare`` command: a thin layer over the library.

Each command parses its arguments, calls one library function and renders the
result. :func:`main` is the one place where exceptions become exit codes.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence

import click

from minshare import __version__
from minshare.cli.keys import keys_group
from minshare.cli.policy import policy_group
from minshare.cli.release import apply_command, check_command, decrypt_command, verify_command
from minshare.cli.risk import risk_command
from minshare.cli.scan import scan_command
from minshare.errors import ExitStatus, MinshareError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="minshare")
@click.option(
    "--traceback", is_flag=True, help="On an unexpected error, print the Python traceback."
)
def cli(traceback: bool) -> None:
    """Minimise a dataset for one permitted purpose, and sign what was released.

    \b
    A typical release:
      minshare keys init keys/
      minshare apply clients.csv --policy policy.yaml --purpose research -o out.parquet --keys keys/
      minshare verify out.parquet.manifest.json --signer-key keys/signing.pub

    Exit codes: 0 success, 1 the answer is no (refused, check or verify failed),
    2 usage, 3 invalid policy, 4 invalid input data, 5 key problem, 74 output not
    written, 70 unexpected error, 130 interrupted.
    """


cli.add_command(scan_command)
cli.add_command(apply_command)
cli.add_command(check_command)
cli.add_command(verify_command)
cli.add_command(decrypt_command)
cli.add_command(risk_command)
cli.add_command(keys_group)
cli.add_command(policy_group)


def _fail(message: str) -> None:
    click.echo(f"minshare: error: {message}", err=True)


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (never raises)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result = cli.main(args=args, prog_name="minshare", standalone_mode=False)
    except click.exceptions.Abort:
        # click turns Ctrl-C into Abort; the output was staged, so nothing was written
        _fail("interrupted; nothing was written")
        return ExitStatus.INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except MinshareError as exc:
        _fail(str(exc))
        return exc.exit_status
    except KeyboardInterrupt:
        _fail("interrupted; nothing was written")
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        return ExitStatus.SUCCESS
    except Exception as exc:
        if "--traceback" in args:
            traceback.print_exc()
        # the message of an unexpected error may quote data; name only its kind
        where = ""
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is not None:
            where = f" at {tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"
        _fail(f"unexpected {type(exc).__name__}{where}; run again with --traceback for details")
        return ExitStatus.INTERNAL
    return int(result or 0)


def main() -> None:
    """The console script's entry point."""
    sys.exit(run())
