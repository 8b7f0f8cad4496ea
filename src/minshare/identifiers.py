"""Check digits of Australian identifiers: validate, and make valid ones for tests.

Each ``is_valid_*`` takes the digits (separators already removed) and says whether
the check digit holds. Each ``make_*`` draws a valid identifier from a seeded
``random.Random``, so samples and tests are reproducible.
"""

from __future__ import annotations

import random

_TFN_WEIGHTS_9 = (1, 4, 3, 7, 5, 8, 6, 9, 10)
_TFN_WEIGHTS_8 = (10, 7, 8, 4, 6, 3, 5, 1)
_ABN_WEIGHTS = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
_ACN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 1)
_MEDICARE_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)
_CRN_WEIGHTS = (512, 256, 128, 64, 32, 16, 8, 4, 2)
_CRN_LETTERS = "XVTSLKJHCBA"
IHI_PREFIX = "800360"
HPI_I_PREFIX = "800361"
HPI_O_PREFIX = "800362"


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True))


def is_valid_tfn(digits: str) -> bool:
    """A Tax File Number: 9 digits (or the older 8) with a modulus-11 check."""
    if not digits.isdigit() or not digits.isascii():
        return False
    if len(digits) == 9:
        return _weighted(digits, _TFN_WEIGHTS_9) % 11 == 0
    if len(digits) == 8:
        return _weighted(digits, _TFN_WEIGHTS_8) % 11 == 0
    return False


def is_valid_abn(digits: str) -> bool:
    """An Australian Business Number: 11 digits, modulus 89 after taking 1 from the first."""
    if len(digits) != 11 or not digits.isdigit() or not digits.isascii() or digits[0] == "0":
        return False
    adjusted = str(int(digits[0]) - 1) + digits[1:]
    return _weighted(adjusted, _ABN_WEIGHTS) % 89 == 0


def _acn_check(first8: str) -> int:
    return (10 - _weighted(first8, _ACN_WEIGHTS) % 10) % 10


def is_valid_acn(digits: str) -> bool:
    """An Australian Company Number: 9 digits, modulus-10 complement check."""
    if len(digits) != 9 or not digits.isdigit() or not digits.isascii():
        return False
    return _acn_check(digits[:8]) == int(digits[8])


def is_valid_medicare(digits: str) -> bool:
    """A Medicare card number: 10 digits (8 + check + issue), or 11 with the IRN.

    The first digit is 2 to 6; the IRN, when present, is 1 to 9.
    """
    if len(digits) not in (10, 11) or not digits.isdigit() or not digits.isascii():
        return False
    if digits[0] not in "23456" or digits[9] == "0":
        return False
    if len(digits) == 11 and digits[10] == "0":
        return False
    return _weighted(digits[:8], _MEDICARE_WEIGHTS) % 10 == int(digits[8])


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) check used by cards and healthcare identifiers."""
    if not digits.isdigit() or not digits.isascii():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def is_valid_ihi(digits: str) -> bool:
    """An Individual Healthcare Identifier: 16 digits, prefix 800360, Luhn."""
    return len(digits) == 16 and digits.startswith(IHI_PREFIX) and luhn_ok(digits)


def is_valid_hpi(digits: str) -> bool:
    """A healthcare provider identifier (HPI-I 800361 or HPI-O 800362): 16 digits, Luhn."""
    return len(digits) == 16 and digits.startswith((HPI_I_PREFIX, HPI_O_PREFIX)) and luhn_ok(digits)


def is_valid_crn(value: str) -> bool:
    """A Centrelink Customer Reference Number: 9 digits and a check letter."""
    if len(value) != 10 or not value[:9].isdigit() or not value[:9].isascii():
        return False
    return _CRN_LETTERS[_weighted(value[:9], _CRN_WEIGHTS) % 11] == value[9].upper()


# -- generators ------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_tfn(rng: random.Random) -> str:
    """A valid 9-digit TFN."""
    while True:
        head = str(rng.randrange(1, 10)) + _digits(rng, 7)
        # the last weight is 10; solve 10*d = -partial (mod 11) for d in 0..9
        partial = _weighted(head, _TFN_WEIGHTS_9[:8])
        for d in range(10):
            if (partial + 10 * d) % 11 == 0:
                return head + str(d)


def make_abn(rng: random.Random) -> str:
    """A valid ABN."""
    while True:
        candidate = str(rng.randrange(1, 10)) + _digits(rng, 10)
        if is_valid_abn(candidate):
            return candidate


def make_acn(rng: random.Random) -> str:
    """A valid ACN."""
    head = _digits(rng, 8)
    return head + str(_acn_check(head))


def make_medicare(rng: random.Random, *, with_irn: bool = True) -> str:
    """A valid Medicare number: 10 digits, or 11 with an IRN."""
    head = str(rng.randrange(2, 7)) + _digits(rng, 7)
    check = _weighted(head, _MEDICARE_WEIGHTS) % 10
    number = head + str(check) + str(rng.randrange(1, 10))
    return number + str(rng.randrange(1, 10)) if with_irn else number


def _luhn_complete(head: str) -> str:
    for d in range(10):
        if luhn_ok(head + str(d)):
            return head + str(d)
    raise AssertionError("unreachable: one Luhn digit always fits")


def make_ihi(rng: random.Random) -> str:
    """A valid IHI."""
    return _luhn_complete(IHI_PREFIX + _digits(rng, 9))


def make_crn(rng: random.Random) -> str:
    """A valid CRN."""
    head = str(rng.randrange(1, 10)) + _digits(rng, 8)
    return head + _CRN_LETTERS[_weighted(head, _CRN_WEIGHTS) % 11]
