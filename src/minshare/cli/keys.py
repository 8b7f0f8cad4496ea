"""``minshare keys``: make key sets."""

from __future__ import annotations

from pathlib import Path

import click

from minshare.cli import options
from minshare.cli.render import emit_json
from minshare.errors import ExitStatus


@click.group("keys")
def keys_group() -> None:
    """Make a sender's or a recipient's keys."""


def _report(folder: str, written: list[Path], key_id: str, as_json: bool) -> int:
    if as_json:
        emit_json({"folder": folder, "files": [str(p) for p in written], "key_id": key_id})
    else:
        for path in written:
            click.echo(f"wrote {path}")
        click.echo(f"key id {key_id}")
    return ExitStatus.SUCCESS


@keys_group.command("init")
@click.argument("folder", type=click.Path(file_okay=False, path_type=str))
@options.json_output
def keys_init(folder: str, as_json: bool) -> int:
    """Make a sender's key set in FOLDER.

    Writes signing.key (Ed25519, mode 0600), signing.pub, and pseudonym.secret
    (32 random bytes, mode 0600). Existing keys are never overwritten.

    \b
    Example:
      minshare keys init keys/
    """
    from minshare.keys import SIGNING_PUB, init_sender_keys, load_signer_public_key, public_key_id

    written = init_sender_keys(folder)
    key_id = public_key_id(load_signer_public_key(Path(folder) / SIGNING_PUB))
    return _report(folder, written, key_id, as_json)


@keys_group.command("recipient")
@click.argument("folder", type=click.Path(file_okay=False, path_type=str))
@options.json_output
def keys_recipient(folder: str, as_json: bool) -> int:
    """Make a recipient's X25519 key pair in FOLDER.

    Writes recipient.key (mode 0600; keep it) and recipient.pub (send it to the
    sharing agency, which names it in its policy).

    \b
    Example:
      minshare keys recipient recipient/
    """
    from minshare.keys import (
        RECIPIENT_PUB,
        init_recipient_keys,
        load_recipient_public_key,
        public_key_id,
    )

    written = init_recipient_keys(folder)
    key_id = public_key_id(load_recipient_public_key(Path(folder) / RECIPIENT_PUB))
    return _report(folder, written, key_id, as_json)
