"""``minshare policy``: work with policy files."""

from __future__ import annotations

import click

from minshare.cli import options
from minshare.cli.render import emit_json
from minshare.errors import ExitStatus


@click.group("policy")
def policy_group() -> None:
    """Validate policies."""


@policy_group.command("lint")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@options.json_output
def policy_lint(files: tuple[str, ...], as_json: bool) -> int:
    """Validate each policy file: its keys, actions, options and purposes.

    The first invalid file stops the run with exit code 3 and names the line and key.

    \b
    Example:
      minshare policy lint policies/*.yaml
    """
    from minshare.policy import load_policy

    checked = []
    for path in files:
        policy = load_policy(path)
        checked.append({"path": path, "purposes": list(policy.purposes), "sha256": policy.sha256})
    if as_json:
        emit_json({"ok": True, "policies": checked, "findings": []})
    else:
        for item in checked:
            click.echo(f"ok  {item['path']}  (purposes: {', '.join(item['purposes'])})")
    return ExitStatus.SUCCESS
