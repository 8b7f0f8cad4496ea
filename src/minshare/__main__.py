"""``python -m minshare``: the same as the ``minshare`` command."""

from minshare.cli import main

main()
