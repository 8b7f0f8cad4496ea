"""Each recognizer accepts valid identifiers and rejects the same ones with a digit changed."""

from __future__ import annotations

import random
from collections.abc import Callable

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minshare.detect import recognizers as rec
from minshare.detect import scan_table, text
from minshare.identifiers import make_abn, make_acn, make_crn, make_ihi, make_medicare, make_tfn

RNG_SEEDS = range(40)


def _mutate(value: str, rng: random.Random, validate: Callable[[str], bool]) -> str:
    """The value with one digit changed so that the check digit no longer holds."""
    positions = [i for i, ch in enumerate(value) if ch.isdigit()]
    for _ in range(100):
        i = rng.choice(positions)
        changed = value[:i] + str((int(value[i]) + rng.randint(1, 9)) % 10) + value[i + 1 :]
        if not validate(rec.compact(changed)):
            return changed
    raise AssertionError("no single-digit change broke the check")


def _checksum(entity: str) -> rec.Checksum:
    return next(c for c in rec.CHECKSUMS if c.entity == entity)


def _card(rng: random.Random) -> str:
    head = rng.choice(["4", "51", "52", "37", "6011"])
    length = 15 if head == "37" else 16
    body = head + "".join(str(rng.randrange(10)) for _ in range(length - len(head) - 1))
    return next(body + str(d) for d in range(10) if rec.is_valid_card(body + str(d)))


MAKERS: dict[str, Callable[[random.Random], str]] = {
    "AU_TFN": make_tfn,
    "AU_ABN": make_abn,
    "AU_ACN": make_acn,
    "AU_MEDICARE": make_medicare,
    "AU_IHI": make_ihi,
    "AU_CRN": make_crn,
    "CREDIT_CARD": _card,
}


@pytest.mark.parametrize("entity", sorted(MAKERS))
def test_checksum_recognizers_accept_valid_and_reject_one_digit_changed(entity: str) -> None:
    import re

    checksum = _checksum(entity)
    shape = re.compile(checksum.shape)
    for seed in RNG_SEEDS:
        rng = random.Random(seed)
        valid = MAKERS[entity](rng)
        assert shape.match(valid), valid
        assert checksum.validate(rec.compact(valid))
        invalid = _mutate(valid, rng, checksum.validate)
        assert not checksum.validate(rec.compact(invalid))


def test_written_forms_are_compacted_before_the_check() -> None:
    rng = random.Random(3)
    tfn, abn, medicare = make_tfn(rng), make_abn(rng), make_medicare(rng)
    assert _checksum("AU_TFN").validate(rec.compact(f"{tfn[:3]} {tfn[3:6]} {tfn[6:]}"))
    assert _checksum("AU_ABN").validate(rec.compact(f"{abn[:2]} {abn[2:5]} {abn[5:8]} {abn[8:]}"))
    assert _checksum("AU_MEDICARE").validate(
        rec.compact(f"{medicare[:4]} {medicare[4:9]} {medicare[9:]}")
    )


def test_tfn_of_eight_digits() -> None:
    # the older 8-digit form; weights 10 7 8 4 6 3 5 1, modulus 11
    assert _checksum("AU_TFN").validate("81854402")
    assert not _checksum("AU_TFN").validate("81854403")


def test_ihi_needs_its_prefix_and_hpi_o_is_not_a_person() -> None:
    rng = random.Random(5)
    ihi = make_ihi(rng)
    assert rec.is_valid_ihi(ihi)
    organisation = "800362" + ihi[6:]
    assert not rec.is_valid_ihi(organisation)  # HPI-O identifies an organisation
    # an HPI-I names a practitioner: a person's ID, but no patient's IHI
    body = "800361" + ihi[6:-1]
    practitioner = next(body + str(d) for d in range(10) if rec.luhn_ok(body + str(d)))
    assert rec.is_valid_hpi_i(practitioner)
    assert not rec.is_valid_ihi(practitioner)
    assert not rec.is_valid_hpi_i(organisation)


def test_healthcare_identifiers_are_not_cards() -> None:
    assert not rec.is_valid_card(make_ihi(random.Random(1)))


@pytest.mark.parametrize(
    ("address", "private"),
    [
        ("10.4.17.201", True),
        ("172.20.0.9", True),
        (" 192.168.1.20 ", True),
        ("fd12:3456:789a::1", True),
        ("172.32.0.9", False),  # past 172.16/12
        ("203.0.113.7", False),
        ("127.0.0.1", False),  # the machine itself, no network's device
        ("10.4.17", False),
    ],
)
def test_a_private_network_address_is_told_by_its_range(address: str, private: bool) -> None:
    assert rec.is_private_address(address) is private


def _luhn_completed(body: str) -> str:
    return next(body + str(d) for d in range(10) if rec.luhn_ok(body + str(d)))


def test_a_librarys_borrower_barcodes_are_ids_and_its_items_are_nothing() -> None:
    # Codabar library barcodes: fourteen digits, 2 for a borrower's and 3 for an item's, the
    # library's code after it, a Luhn check digit; neither is a payment card
    rng = random.Random("library")
    for head, personal in (("21160", True), ("31160", False)):
        codes = [_luhn_completed(head + f"{rng.randrange(10**8):08d}") for _ in range(300)]
        finding = scan_table(pa.table({"column_3": codes})).columns[0]
        assert finding.personal is personal, (head, finding)
        if personal:
            assert finding.best is not None and finding.best.type == "ID"
            assert "library card" in finding.best.evidence


@pytest.mark.parametrize(
    ("head", "length", "card"),
    [
        ("37", 15, True),  # American Express
        ("37", 16, False),
        ("3530", 16, True),  # JCB
        ("35", 15, False),  # a phone's IMEI: its maker's code from 35, Luhn too
        ("3512", 16, False),  # below JCB's range
        ("36", 14, True),  # Diners Club
        ("36", 15, False),
        ("21160", 14, False),  # a library's borrower barcode (Codabar, Luhn)
        ("31160", 14, False),  # and an item's
        ("2221", 16, True),  # Mastercard's 2-series
        ("2221", 14, False),
        ("4", 16, True),  # Visa
        ("53", 16, True),  # Mastercard
        ("6011", 16, True),  # Discover
        ("7", 16, False),  # no scheme's first digit
        ("1", 15, False),
    ],
)
def test_a_card_has_a_length_its_scheme_issues(head: str, length: int, card: bool) -> None:
    rng = random.Random(f"{head} {length}")
    for _ in range(20):
        body = head + "".join(str(rng.randrange(10)) for _ in range(length - len(head) - 1))
        assert rec.is_valid_card(_luhn_completed(body)) is card


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("GB82WEST12345698765432", True),
        ("GB82 WEST 1234 5698 7654 32", True),
        ("DE89370400440532013000", True),
        ("GB82WEST12345698765433", False),
        ("DE89370400440532013001", False),
    ],
)
def test_iban(value: str, valid: bool) -> None:
    assert rec.is_valid_iban(rec.compact(value)) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [("123-45-6789", True), ("000-12-3456", False), ("666-12-3456", False), ("900-12-3456", False)],
)
def test_ssn(value: str, valid: bool) -> None:
    assert rec.SSN.check(value) is valid


@pytest.mark.parametrize(
    ("value", "strict", "valid"),
    [
        ("0412 345 678", True, True),
        ("+61 412 345 678", True, True),
        ("(02) 9876 5432", True, True),
        ("0398765432", True, True),
        ("212-555-1111", True, True),  # North American, written with separators
        ("412345678", True, False),  # no trunk prefix: could be any 9-digit code
        ("412345678", False, True),  # ... but a mobile when the column is named as phones
        ("234567891", True, False),
        ("0012", True, False),
        ("1234 5678 9012 3456", True, False),
    ],
)
def test_phones(value: str, strict: bool, valid: bool) -> None:
    assert rec.is_phone(value, strict=strict) is valid


@pytest.mark.parametrize(
    ("value", "valid", "street"),
    [
        ("2000", True, True),
        ("0800", True, True),
        ("0200", True, False),  # ANU post office boxes
        ("1234", True, False),  # NSW post office boxes
        ("9726", True, False),
        ("0100", False, False),
        ("800", False, False),  # written without its leading zero
        ("12345", False, False),
        ("20a0", False, False),
    ],
)
def test_postcodes(value: str, valid: bool, street: bool) -> None:
    assert rec.is_au_postcode(value) is valid
    assert rec.is_street_postcode(value) is street


@pytest.mark.parametrize(
    ("shape", "good", "bad"),
    [
        (rec.EMAIL, "ruby.winters@outlook.com", "ruby.winters@outlook"),
        (rec.IPV4, "192.168.10.254", "192.168.10.256"),
        (rec.IPV6, "2001:db8::8a2e:370:7334", "2001:db8"),
        (rec.BSB, "062-000", "0620-00"),
        (rec.BSB_AND_ACCOUNT, "062-911 49626881", "062-911-4962"),
        (rec.BSB_AND_ACCOUNT, "BSB 063-889 Acc 927605087", "0412 345 678"),
        (rec.BSB_AND_ACCOUNT, "032-226 / 90213356", "062911496268811"),
        (rec.PASSPORT, "PA1234567", "PA12345"),
        (rec.SLK, "MTHLI010119801", "MTHLI310219801"),
        (rec.WWCC, "WWC8402259V", "WWC840225V"),
        (rec.WWCC, "wwc 0123456 e", "WWC0123456X"),
        (rec.NDIS, "431234567", "441234567"),
        (rec.NDIS, "435 468 684", "4354 68 684"),  # in threes, as a form prints it
        (rec.MY_AGED_CARE, "AC12345678", "AC1234567"),
        (rec.MY_AGED_CARE, "ac 12345678", "AB12345678"),
        (rec.NAATI, "CPN4G7XAB", "CPN4G7XA"),
        (rec.NAATI, "CPNCLKUF3", "CPX4G7XAB"),
        (rec.UUID, "0c898791-6efc-4410-983d-c1346e1cb390", "0c898791-6efc-4410-983d"),
    ],
)
def test_shapes(shape: rec.Shape, good: str, bad: str) -> None:
    import re

    def accepts(value: str) -> bool:
        return re.match(shape.shape, value) is not None and shape.check(value)

    assert accepts(good)
    assert not accepts(bad)


# -- the same identifiers inside free text -------------------------------------------------------


def _found(finder: Callable[[str], object], sentence: str) -> list[tuple[str, str]]:
    return [(sentence[s.start : s.end], s.entity) for s in finder(sentence)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", range(10))
def test_text_finds_valid_identifiers_and_not_mutated_ones(seed: int) -> None:
    rng = random.Random(seed)
    tfn, crn, medicare, ihi = make_tfn(rng), make_crn(rng), make_medicare(rng), make_ihi(rng)
    sentence = f"TFN {tfn}, CRN {crn}, Medicare {medicare}, IHI {ihi}."
    found = {entity: value for value, entity in _found(text.find_identifiers, sentence)}
    assert found == {"AU_TFN": tfn, "AU_CRN": crn, "AU_MEDICARE": medicare, "AU_IHI": ihi}
    broken_tfn = _mutate(tfn, rng, rec.CHECKSUMS[0].validate)
    assert _found(text.find_identifiers, f"reference {broken_tfn} only") == []


def test_text_finds_phones_addresses_names_and_announced_numbers() -> None:
    sentence = (
        "Spoke with daughter Mia Nguyen on 0412 345 678; client moved to Unit 4/27 King Rd, "
        "Redfern NSW 2016. Licence number AC432223, passport PA1234567, BSB 062-000, "
        "DOB 12/03/1980."
    )
    found = set()
    for finder in text.FINDERS.values():
        found.update(_found(finder, sentence))
    assert ("Mia Nguyen", "PERSON") in found
    assert ("0412 345 678", "PHONE_NUMBER") in found
    assert ("Unit 4/27 King Rd, Redfern NSW 2016", "ADDRESS") in found
    assert ("AC432223", "AU_DRIVERS_LICENCE") in found
    assert ("PA1234567", "AU_PASSPORT") in found
    assert ("062-000", "AU_BSB") in found
    assert ("12/03/1980", "DATE_OF_BIRTH") in found


def test_text_finds_names_and_births_given_as_a_fields_value() -> None:
    # a log's search terms and a record's changes: "field=value" or "Field: value"
    found = set(_found(text.find_announced, "surname='MÜLLER' dob=28/01/1942"))
    assert found == {("MÜLLER", "PERSON"), ("28/01/1942", "DATE_OF_BIRTH")}
    assert _found(text.find_announced, "Given names: Thi Mai") == [("Thi Mai", "PERSON")]
    # a name's field with no name in it gives none
    assert _found(text.find_announced, "the surname field was blank; first name: required") == []


def test_text_names_need_a_given_name_and_a_surname_or_a_title() -> None:
    assert _found(text.find_names, "Reviewed income statement, no change.") == []
    assert _found(text.find_names, "Medical certificate received from Headspace.") == []
    assert _found(text.find_names, "GP Dr Okonkwo sent a letter.") == [("Okonkwo", "PERSON")]
    assert _found(text.find_names, "Seen by Dr. Nguyen today.") == [("Nguyen", "PERSON")]


@pytest.mark.parametrize(
    "place",
    [
        # a drive, then its suburb after a comma: no doctor
        "Home visit at 126 Park Dr, Port Augusta.",
        "Cnr Old Northern Pde & Showground Dr, Punchbowl",
        # a given name that names a street before its type
        "Cnr Campbell Ave & Merrylands St, Kogarah",
        "Cnr High Hwy & Rose Ave, Granville",
        # a casino's taxi rank
        "Star Casino taxi rank",
    ],
)
def test_streets_and_places_in_text_are_no_names(place: str) -> None:
    assert _found(text.find_names, place) == []


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_finders_never_fail_and_spans_lie_inside_the_text(sentence: str) -> None:
    for finder in text.FINDERS.values():
        for span in finder(sentence):
            assert 0 <= span.start < span.end <= len(sentence)


@pytest.mark.parametrize(
    ("value", "year"),
    [
        ("2023/698123", 2023),
        ("LA/20/62385", 2020),
        ("PCR-2024-3676035", 2024),
        ("COR 2022 647037", 2022),
        ("WC2021967259", 2021),
        ("YJC/2022/2368", 2022),
        ("BK202503101", 2025),
        # dates, timestamps and plain numbers carry no reference's year
        ("12/05/2023", None),
        ("2023-05-12", None),
        ("2024-01-16T20:09:37", None),
        ("2023698123", None),
        ("AB/20", None),
        ("NX123456", None),
        ("LA/99/62385", 1999),
        ("LA/60/62385", None),  # 1960: before any such register
    ],
)
def test_the_year_a_reference_carries(value: str, year: int | None) -> None:
    assert rec.stamped_year(value, 2026) == year


@pytest.mark.parametrize(
    ("value", "year"),
    [("HCR23-41409", 2023), ("WL24-010231", 2024), ("ABC99-12345", 1999), ("X45-123", None),
     ("RF15", None), ("HCR23-41409-2", None)],
)  # fmt: skip
def test_two_digits_glued_to_a_prefix_are_a_year_when_asked(value: str, year: int | None) -> None:
    assert rec.stamped_year(value, 2026, glued_short=True) == year
    assert rec.stamped_year(value, 2026) is None  # (weaker evidence: only when asked)


def test_two_digits_glued_to_a_prefix_stamp_a_column_over_two_years_at_least() -> None:
    rng = random.Random(4)
    clients = [f"HCR{rng.randint(15, 23)}-{rng.randint(0, 99999):05d}" for _ in range(200)]
    assert rec.year_stamped(clients, 2026, glued_short=True)
    assert not rec.year_stamped(clients, 2026)
    receipts = [
        f"R24-{rng.randint(0, 9999999):07d}" for _ in range(200)
    ]  # one "year": a series' number
    assert not rec.year_stamped(receipts, 2026, glued_short=True)


def test_a_column_is_year_stamped_over_a_few_years_only() -> None:
    rng = random.Random(3)
    refs = [f"VOC-{rng.randint(20, 24)}-{rng.randint(0, 99999):05d}" for _ in range(200)]
    assert rec.year_stamped(refs, 2026)
    # codes whose four digits happen to fall among the years spread over far more of them
    codes = [f"AB{rng.randint(1000, 9999)}{rng.randint(100, 999)}" for _ in range(400)]
    assert not rec.year_stamped(codes, 2026)
