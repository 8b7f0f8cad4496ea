"""Click options that several commands share, defined once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from minshare.io import FORMATS

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
