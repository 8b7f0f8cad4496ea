"""The CLI reference (docs/cli.md), generated from each command's --help.

    python -m minshare.cli.reference > docs/cli.md

A test regenerates it and compares, so the reference cannot drift from the code.
"""

from __future__ import annotations

import click

from minshare.cli import cli

_HEADER = """\
# Command reference

Generated from `minshare --help` by `python -m minshare.cli.reference > docs/cli.md`
(`make docs`); a test keeps it in step with the code. Exit codes, for every command: `0` success,
`1` the answer is no, `2` usage, `3` invalid policy, `4` invalid input data, `5` key problem,
`74` the output could not be written, `70` unexpected error, `130` interrupted.
"""


def _commands(
    group: click.Group, ctx: click.Context, prefix: str
) -> list[tuple[str, click.Context]]:
    found = []
    for name in sorted(group.list_commands(ctx)):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        sub = click.Context(
            command, info_name=name, parent=ctx, terminal_width=100, max_content_width=100
        )
        found.append((f"{prefix} {name}", sub))
        if isinstance(command, click.Group):
            found.extend(_commands(command, sub, f"{prefix} {name}"))
    return found


def render() -> str:
    """The reference: the top-level help, then every command's, each in its own section."""
    settings = {**cli.context_settings, "terminal_width": 100, "max_content_width": 100}
    root = click.Context(cli, info_name="minshare", **settings)
    sections = [_HEADER, "## minshare\n", "```", root.get_help(), "```\n"]
    for path, ctx in _commands(cli, root, "minshare"):
        sections += [f"## {path}\n", "```", ctx.get_help(), "```\n"]
    return "\n".join(sections)


if __name__ == "__main__":
    click.echo(render(), nl=False)
