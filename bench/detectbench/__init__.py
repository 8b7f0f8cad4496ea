"""The detection benchmark behind ``bench/detect``: labels, scoring, engines and report.

``labels`` and ``scoring`` are pure Python and import no detector, so the tests in
``tests/bench`` check the arithmetic without Presidio installed.
"""
