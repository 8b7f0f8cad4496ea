"""Places by how much they say: administrative areas, and postcodes found without a name.

A local government area ("City of Sydney", "Blacktown (C)", "Shire of Broome"), an SA2 or
SA3, a region, district or electorate holds thousands of people: beside a finer place of a
person (a street address, a postcode, a suburb) it adds nothing that identifies, and in a
table with no people it is where something is. It is flagged only in a table about people
that has no finer place (a table of places with no people has none personal:
:mod:`minshare.detect.context`), or when a name says it is the person's own council area
(``LGA``, ``RES_LGA``): a release may drop the finer places and keep that one.

Four digits in the postcode ranges are many other things (a birth weight of 3450 grams, a
count, a code), so a postcode found by its values alone, with no name to say so, must agree
with the table's other places: each suburb with (nearly always) one postcode, each state
with the postcodes of its range, an address that ends with it. With no other place in the
table, the values must spread over the states as a nation's postcodes do (four states or
more), not bunch in the eastern ranges as a measurement does.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from minshare.detect import recognizers as rec
from minshare.detect import vocab
from minshare.detect.findings import ColumnFinding, EntityFinding
from minshare.detect.names import name_hints
from minshare.detect.profile import ColumnValues

_COARSE_NAME = re.compile(
    r"(?:^|_)(?:lga|lgas|local_?gov\w*|council|municipality|municipal|shire|sa_?[1-4]|region|"
    r"regions|regional|district|lhd|hhs|phn|electorate|electoral|ced|sed|division|remoteness|"
    r"gccsa|sua|ucl|sos|health_?service)(?:_|$)"
)
_FINER = frozenset({"ADDRESS", "AU_POSTCODE"})
# The first digit of a postcode and the state it belongs to (2 and 26xx: NSW and the ACT)
_STATE_DIGITS = {
    "nsw": "2", "new south wales": "2", "act": "2", "australian capital territory": "2",
    "vic": "3", "victoria": "3", "qld": "4", "queensland": "4", "sa": "5",
    "south australia": "5", "wa": "6", "western australia": "6", "tas": "7", "tasmania": "7",
    "nt": "0", "northern territory": "0",
}  # fmt: skip


def is_coarse_area(values: ColumnValues) -> bool:
    """An administrative area: named as one (LGA, SA3, region...) or written as one."""
    if _COARSE_NAME.search(name_hints(values.name).normalised):
        return True
    return values.n > 0 and values.share_where(lambda v: bool(vocab.AREA_NAME.search(v))) >= 0.5


_LGA = re.compile(r"(?:^|_)(?:lga|local_?gov\w*_?area)(?:_|$)")
_NOT_HOME = re.compile(
    r"(?:^|_)(?:code|cd|id|no|num|property|prop|site|premises|office|accident|crash|incident|"
    r"event|service|provider|venue|host|work|employer)(?:_|$)"
)


def _home_council(values: ColumnValues) -> bool:
    """A person's local government area by name (LGA, RES_LGA): a release may drop the finer
    places and keep it, so it is reported with them. A council's code, a property's, a
    site's or an event's LGA, and regions and districts of a service, are not a home."""
    normalised = name_hints(values.name).normalised
    if not _LGA.search(normalised) or _NOT_HOME.search(normalised):
        return False
    return values.numeric_share < 0.5


def _broad(values: ColumnValues) -> bool:
    """States and countries: wider than the areas, so no finer place."""
    places = vocab.AU_STATES | vocab.countries() | vocab.us_states()
    return values.share_where(lambda v: vocab.fold(v) in places) >= 0.9


def coarse_areas(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """The findings of a table about people, with administrative areas made not personal
    unless they are the finest place the table gives of a person."""
    coarse = [
        f.kind == "LOCATION" and is_coarse_area(values) and not _home_council(values)
        for values, f in columns
    ]
    finer = any(
        not is_coarse and (f.kind in _FINER or (f.kind == "LOCATION" and not _broad(v)))
        for (v, f), is_coarse in zip(columns, coarse, strict=True)
    )
    return [
        f if not is_coarse or not finer else f.not_personal()
        for (_, f), is_coarse in zip(columns, coarse, strict=True)
    ]


# -- postcodes found by their values alone --------------------------------------------------


def as_postcode(value: str, pad: bool) -> str:
    """A value read as a postcode: an integer's or a text's leading zero put back (800 is
    0800)."""
    return value.zfill(4) if pad else rec.zero_kept(value)


def _agrees_with(postcodes: ColumnValues, other: ColumnValues) -> bool | None:
    """Whether a column of postcodes fits another column of places (None: cannot tell)."""
    pad = postcodes.is_integer_type
    pairs = [
        (as_postcode(p, pad), o)
        for p, o in zip(postcodes.rows, other.rows, strict=True)
        if p is not None and o is not None
    ]
    if len(pairs) < 10:
        return None
    states = [_STATE_DIGITS.get(vocab.fold(o)) for _, o in pairs]
    if sum(s is not None for s in states) >= 0.9 * len(pairs):
        fits = sum(s is not None and p[:1] == s for (p, _), s in zip(pairs, states, strict=True))
        return fits >= 0.8 * len(pairs)
    if other.median_words >= 3:  # an address: the postcode may be written at its end
        if sum(o.rstrip().endswith(p) for p, o in pairs) >= 0.5 * len(pairs):
            return True
        return _in_addresses_states(pairs) or None
    if other.median_length <= 3 or _broad(other):
        return None  # another country's states, or countries: each has many postcodes
    by_place: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for p, o in pairs:
        by_place[vocab.fold(o)][p] += 1
    repeated = [c for c in by_place.values() if sum(c.values()) >= 2]
    if sum(sum(c.values()) for c in repeated) < 0.5 * len(pairs):
        return None  # places seldom repeat: nothing to compare
    modal = sum(c.most_common(1)[0][1] for c in repeated)
    return modal >= 0.8 * sum(sum(c.values()) for c in repeated)


ADDRESS_STATES = 0.5  # of the addresses beside postcodes, those ending with their state
STATES_FIT = 0.9  # of those, the ones whose state the postcode's first digit is


def _in_addresses_states(pairs: Sequence[tuple[str, str]]) -> bool:
    """Whether postcodes fit the states their addresses end with ("... OAKEY QLD" and
    4401): an address written without its postcode still says the state."""
    stated = [
        (postcode, state)
        for postcode, address in pairs
        if (words := address.split())
        and (state := _STATE_DIGITS.get(vocab.fold(words[-1]).strip(".,"))) is not None
    ]
    if len(stated) < ADDRESS_STATES * len(pairs):
        return False
    return sum(p[:1] == state for p, state in stated) >= STATES_FIT * len(stated)


_PLACE_WORDS = re.compile(r"^[A-Z][A-Za-z'\-.]+(?: [A-Z][A-Za-z'\-.]+){0,3}$")


def _place_words(values: ColumnValues) -> bool:
    """Words that could be a suburb's name, in any case ("PENRITH", "mount druitt"), and no
    organisation's."""
    if not name_hints(values.name).generic or values.n < 10:
        return False
    if _place_word_share(values) < 0.9:
        return False
    return values.share_where(vocab.names_a_body) < 0.2


def _place_word_share(values: ColumnValues) -> float:
    return values.share_where(lambda v: _PLACE_WORDS.match(v.title()) is not None)


def _australian(values: ColumnValues) -> float:
    pad = values.is_integer_type
    return values.share_where(lambda v: rec.is_au_postcode(as_postcode(v, pad)))


def _national(values: ColumnValues) -> bool:
    """Postcodes of four states or more, as a nation's are; measurements bunch in three."""
    pad = values.is_integer_type
    firsts = Counter(
        as_postcode(v, pad)[:1]
        for v in values.rows
        if v is not None and rec.is_au_postcode(as_postcode(v, pad))
    )
    total = sum(firsts.values())
    states = [d for d in "0234567" if total and firsts[d] >= 0.02 * total]
    return len(states) >= 4


ONE_STATE = 0.9  # of a column's postcodes, those of one state: a state agency's people
MIN_POSTCODES = 20  # different postcodes of one state, at least, to tell from other numbers
CLUSTERED = 0.7  # of the different values numbers drawn evenly would give, people's at most


def _one_states(values: ColumnValues) -> bool:
    """Postcodes of one state, nearly all, written in four digits, many different and not
    all a time of day (their last two digits go past 59): the homes of a state agency's staff
    or clients. (Three digits of one range are codes, unless the table says otherwise.)

    People live where others do: their postcodes come back far more often than numbers drawn
    evenly over the same range (a measure, an amount), which repeat only by chance."""
    postcodes = [v for v in values.matching(r"^\d{4}$") if rec.is_au_postcode(v)]
    if len(postcodes) < MIN_POSTCODES or all(int(p[2:]) < 60 for p in postcodes):
        return False
    firsts = Counter[str]()
    for postcode in postcodes:
        firsts[postcode[:1]] += values.counts[postcode]
    state, rows = firsts.most_common(1)[0]
    if rows < ONE_STATE * (values.n - values.counts.get(rec.NO_POSTCODE, 0)):
        return False
    numbers = [int(p) for p in postcodes if p[:1] == state]
    span = max(numbers) - min(numbers) + 1
    even = span * (1 - math.exp(-rows / span))  # different values of numbers drawn evenly
    return len(numbers) <= CLUSTERED * even


_CONTACTS = frozenset({"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"})


def unnamed_postcodes(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """The findings, with postcodes found by values alone kept only where the table agrees:
    beside places they fit, of four states or more, or, beside people's names, of one state."""
    # people by their names or by their telephones and e-mail addresses (a caller's)
    named = any(finding.kind in _CONTACTS for _, finding in columns)
    places = [
        values
        for values, finding in columns
        if finding.kind in ("LOCATION", "ADDRESS")
        or set(name_hints(values.name).entities) & {"LOCATION", "ADDRESS"}
    ]
    result = []
    suburbs: dict[int, ColumnValues] = {}  # unnamed places a postcode beside agreed with
    for i, (values, finding) in enumerate(columns):
        if (
            finding.kind != "AU_POSTCODE"
            or name_hints(values.name).has("AU_POSTCODE")
            or _australian(values) < 0.8  # another country's postal codes: not in question
        ):
            result.append(finding)
            continue
        # a headerless file's suburb, found by nothing yet, sits beside its postcode
        beside = {}
        for j in (i - 1, i + 1):
            if not 0 <= j < len(columns) or columns[j][1].personal:
                continue
            other = columns[j][0]
            if all(other is not place for place in places) and _place_words(other):
                beside[j] = other
        verdicts = [_agrees_with(values, other) for other in places if other is not values]
        for j, other in beside.items():
            verdicts.append(agreed := _agrees_with(values, other))
            if agreed:
                suburbs[j] = other
        told = [v for v in verdicts if v is not None]
        supported = any(told) if told else _national(values) or (named and _one_states(values))
        result.append(finding if supported else finding.not_personal())
    for j, other in suburbs.items():
        what = "are place names, each with its own postcode in the column beside"
        entity = EntityFinding("LOCATION", 0.7, other.tally(_place_word_share(other), what))
        result[j] = result[j].found_as(entity)
    return result
