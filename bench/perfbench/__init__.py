"""The performance benchmark behind ``bench/run``: time and memory of apply and scan.

``report`` is pure Python (medians, ratios, targets, extrapolation, the table and the
JSON document), so the tests in ``tests/bench`` check it without running anything.
``processes`` starts and measures the child processes; ``cli`` puts the run together.
None of them imports pyarrow: see ``processes``.
"""
