"""Column decisions: names, values and shape together, on small made-up tables."""

from __future__ import annotations

import datetime as dt
import random

import pyarrow as pa
import pytest
from detect_support import kind as _kind

from minshare.detect import ColumnFinding, scan_table
from minshare.detect.names import name_hints, normalise
from minshare.identifiers import make_abn, make_crn, make_medicare

GIVEN = [
    "Olivia", "Liam", "Mei", "Arjun", "Fatima", "Noah", "Linh", "Mohammed", "Sofia", "Jack",
    "Priya", "Lucas", "Aisha", "Thomas", "Grace", "Daniel", "Chloe", "Omar", "Ruby", "Ethan",
    "Isla", "Wei", "Hannah", "Samuel", "Zara", "Oscar", "Amelia", "Leo", "Maya", "Henry",
]  # fmt: skip
FAMILY = [
    "Smith", "Nguyen", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Singh", "Tran",
    "Martin", "Anderson", "Thompson", "White", "Walker", "Harris", "Lee", "Ryan", "Kelly",
    "King", "Wright", "Patel", "Chen", "Murphy", "Robinson", "Clarke", "Young", "Mitchell",
    "Campbell", "Hughes", "Kaur",
]  # fmt: skip
SUBURBS = ["Parramatta", "Footscray", "Inala", "Glenorchy", "Belconnen", "Casuarina", "Dandenong"]


def _people(n: int, seed: int = 0) -> dict[str, list[str | None]]:
    rng = random.Random(seed)
    today = dt.date(2026, 1, 1)
    rows: dict[str, list[str | None]] = {k: [] for k in ("given", "family", "dob", "paid", "sex")}
    for _ in range(n):
        rows["given"].append(rng.choice(GIVEN))
        rows["family"].append(rng.choice(FAMILY))
        rows["dob"].append((today - dt.timedelta(days=rng.randint(18 * 365, 90 * 365))).isoformat())
        rows["paid"].append((today - dt.timedelta(days=rng.randint(0, 500))).isoformat())
        rows["sex"].append(rng.choice("MF"))
    return rows


def _one(column: str, values: list, *, rows: int | None = None) -> ColumnFinding:  # type: ignore[type-arg]
    return scan_table(pa.table({column: values})).columns[0]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("GIVEN_NM", "given_nm"),
        ("givenName", "given_name"),
        ("first-name", "first_name"),
        ("Date Of Birth", "date_of_birth"),
        ("DATE_OF_BIRTH", "date_of_birth"),
        ("IPAddress", "ip_address"),
        ("CVV2", "cvv_2"),
        ("users[].address.city", "users_address_city"),
        ("\ufeffNumber", "number"),
        ("Net Income (f/n)", "net_income_fn"),  # per fortnight
        # an officer, written short after what they do to a record; "off" alone is not one
        ("ALLOC_OFF", "alloc_officer"),
        ("IssuingOffrId", "issuing_officer_id"),
        ("OFF_CODE", "off_code"),
        ("DaysOff", "days_off"),
    ],
)
def test_names_are_normalised(name: str, words: str) -> None:
    assert normalise(name) == words


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("GIVEN_NM", "PERSON"),
        ("givenName", "PERSON"),
        ("first-name", "PERSON"),
        ("FAMILY_NM", "PERSON"),
        ("dob", "DATE_OF_BIRTH"),
        ("DATE_OF_BIRTH", "DATE_OF_BIRTH"),
        ("BirthDate", "DATE_OF_BIRTH"),
        ("RES_ADDR", "ADDRESS"),
        ("res_pcode", "AU_POSTCODE"),
        ("owner_pc", "AU_POSTCODE"),  # whose postcode, by the owner's role
        ("APPLICANT_PC", "AU_POSTCODE"),
        ("MOB_NO", "PHONE_NUMBER"),
        ("mobilePhone", "PHONE_NUMBER"),
        ("TAX_FILE_NO", "AU_TFN"),
        ("tfn", "AU_TFN"),
        ("CRN", "AU_CRN"),
        ("SEX_CD", "GENDER"),
        ("EMAIL_ADDR", "EMAIL_ADDRESS"),
        ("INDIG_STATUS", "ETHNICITY"),
        ("PRINCIPAL_DIAG", "HEALTH"),
        # a slash inside a header is no nested path's: the whole name is read
        ("Net Income (f/n)", "INCOME"),
        ("Hospitalised (Y/N)", "HEALTH"),
        ("address/city", "LOCATION"),
        ("CORPS_MUSTERING", "OCCUPATION"),  # a member's corps (Army) or mustering (RAAF)
    ],
)
def test_name_hints(name: str, entity: str) -> None:
    assert name_hints(name).has(entity)


@pytest.mark.parametrize("name", ["business_name", "COMPANY_NM", "ORG_NM", "TRADING_NAME"])
def test_organisation_names_do_not_hint_a_person(name: str) -> None:
    assert not name_hints(name).has("PERSON")


@pytest.mark.parametrize("name", ["PRAC_PC", "SITE_PC", "pc"])
def test_a_pc_of_no_ones_is_no_postcode_hint(name: str) -> None:
    # a practice's or a site's postcode is theirs; a bare PC may be a computer or a per cent
    assert not name_hints(name).has("AU_POSTCODE")


@pytest.mark.parametrize("name", ["race_no", "RACE_NUMBER", "raceNo", "race_meeting", "RaceDate"])
def test_a_races_number_or_day_is_no_ethnicity_hint(name: str) -> None:
    # a race run at a meeting: its number, its day, its venue
    assert not name_hints(name).has("ETHNICITY")


@pytest.mark.parametrize("name", ["race", "RACE_CD", "race_desc", "race_ethnicity"])
def test_a_persons_race_is_an_ethnicity_hint(name: str) -> None:
    assert name_hints(name).has("ETHNICITY")


@pytest.mark.parametrize("name", ["DRV_AUTH", "driver_authority_no", "TaxiAuthorisation"])
def test_a_drivers_authority_is_held_by_the_driver(name: str) -> None:
    assert name_hints(name).held


@pytest.mark.parametrize("name", ["AUTH_CODE", "auth", "authority"])
def test_an_authority_alone_is_no_ones(name: str) -> None:
    # a payment's authorisation code, a council
    assert not name_hints(name).held


@pytest.mark.parametrize("name", ["PRIOR_YR_INC", "LAST_FY_INC", "prev_year_income"])
def test_the_income_of_a_year_before_is_an_income_hint(name: str) -> None:
    assert name_hints(name).has("INCOME")


@pytest.mark.parametrize("name", ["INCOME_YEAR", "income_period", "INCOME_DT", "INC_FY"])
def test_the_period_an_income_is_for_is_no_income_hint(name: str) -> None:
    assert not name_hints(name).has("INCOME")


@pytest.mark.parametrize("name", ["IND_STAT", "ind_status", "INDSTAT", "IndStatus"])
def test_indigenous_status_abbreviated_is_an_ethnicity_hint(name: str) -> None:
    # the AIHW's and the states' short name for Indigenous status
    assert name_hints(name).has("ETHNICITY")


@pytest.mark.parametrize("name", ["rent_pw", "HRS_PW", "board_pw"])
def test_a_sum_per_week_is_no_password_hint(name: str) -> None:
    # rent per week, hours per week; a user's pw is still a password
    assert not name_hints(name).has("PASSWORD")
    assert name_hints("user_pw").has("PASSWORD")


def test_phone_country_code_is_not_a_phone_hint() -> None:
    assert not name_hints("TelephoneCountryCode").has("PHONE_NUMBER")


def test_names_by_name_and_by_values_alone() -> None:
    rows = _people(300)
    assert _kind(_one("GIVEN_NM", rows["given"])) == "PERSON"
    assert _kind(_one("column_2", rows["family"])) == "PERSON"
    full = [f"{g} {f}" for g, f in zip(rows["given"], rows["family"], strict=True)]
    assert _kind(_one("col7", full)) == "PERSON"


def test_business_names_are_not_people_even_on_surnames() -> None:
    rng = random.Random(4)
    kinds = ("{f} Plumbing Pty Ltd", "{f} & {g} Lawyers", "The {f} Family Trust", "{f} Holdings")
    values = [
        rng.choice(kinds).format(f=rng.choice(FAMILY), g=rng.choice(FAMILY)) for _ in range(300)
    ]
    values += [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(30)]  # sole traders
    finding = _one("ENTITY_NM", values)
    assert not finding.personal, finding.entities


def test_a_few_colours_are_not_surnames() -> None:
    rng = random.Random(5)
    colours = ["Black", "Brown", "Green", "White", "Grey", "Red", "Blue"]
    assert not _one("column_3", [rng.choice(colours) for _ in range(200)]).personal


def test_dates_of_birth_are_told_from_event_dates() -> None:
    rows = _people(400)
    assert _kind(_one("F1", rows["dob"])) == "DATE_OF_BIRTH"
    assert _kind(_one("BIRTH_DT", rows["dob"])) == "DATE_OF_BIRTH"
    assert not _one("PMT_DT", rows["paid"]).personal
    assert not _one("F2", rows["paid"]).personal
    # under a name that says date of birth, recent dates are a birth register's newborns
    assert _kind(_one("DOB", rows["paid"])) == "DATE_OF_BIRTH"
    typed = pa.array([dt.date.fromisoformat(v) for v in rows["dob"]], pa.date32())
    assert _kind(_one("X3", typed)) == "DATE_OF_BIRTH"


@pytest.mark.parametrize(
    "name", ["Listing Date", "planted_date", "INSTALL_DT", "First Registered", "LAST_SEEN_DT"]
)
def test_a_name_that_says_which_date_is_not_read_as_a_birth(name: str) -> None:
    rows = _people(400)
    assert _kind(_one(name, rows["dob"])) != "DATE_OF_BIRTH"


@pytest.mark.parametrize("name", ["CH_DT1", "ATTR07", "MOTHER_DATE", "client_dt", "OWNER_FIRST_DT"])
def test_a_cryptic_name_or_a_persons_date_is_read_by_its_values(name: str) -> None:
    rows = _people(400)
    assert _kind(_one(name, rows["dob"])) == "DATE_OF_BIRTH"


def test_day_first_and_month_first_dates() -> None:
    rows = _people(300, seed=2)
    day_first = [dt.date.fromisoformat(v).strftime("%d/%m/%Y") for v in rows["dob"]]
    month_first = [dt.date.fromisoformat(v).strftime("%m/%d/%Y") for v in rows["dob"]]
    assert _kind(_one("c1", day_first)) == "DATE_OF_BIRTH"
    assert _kind(_one("c1", month_first)) == "DATE_OF_BIRTH"


def test_unknown_among_numbers_is_no_value() -> None:
    from minshare.detect.profile import ColumnValues

    rows = _people(300, seed=3)
    rng = random.Random(3)
    forms = ("%d/%m/%Y", "%d/%m/%y", "%d-%b-%y", "%Y-%m-%d", "%d.%m.%Y")
    written = [dt.date.fromisoformat(v).strftime(rng.choice(forms)) for v in rows["dob"]]
    # a third of the parties' dates of birth not known, said in words
    dobs = [
        v if rng.random() < 0.68 else rng.choice(["unknown", "Unknown", "UNK"]) for v in written
    ]
    assert _kind(_one("PARTY_DOB", dobs)) == "DATE_OF_BIRTH"
    col = ColumnValues.from_array("PCODE", pa.array(["2000", "unknown", "3000", None, "n/k"]))
    assert sorted(col.counts) == ["2000", "3000"]
    assert col.rows == ("2000", None, "3000", None, None)
    # among words, "Unknown" is an answer of its own
    sexes = ColumnValues.from_array("SEX", pa.array(["Male", "Female", "Unknown", "2"]))
    assert "Unknown" in sexes.counts


def test_gender_codes() -> None:
    rng = random.Random(6)
    assert _kind(_one("SX", [rng.choice("MFXU") for _ in range(200)])) == "GENDER"
    assert _kind(_one("gender", [rng.choice(["female", "male"]) for _ in range(200)])) == "GENDER"
    assert _kind(_one("SEX", [rng.choice("1239") for _ in range(200)])) == "GENDER"
    assert not _one("STATUS", [rng.choice("1239") for _ in range(200)]).personal


def test_postcodes_need_a_name_or_the_shape_of_addresses() -> None:
    rng = random.Random(7)
    codes = ["2000", "2150", "3000", "3175", "4000", "4077", "2600", "0800", "5000", "6000"]
    values = [rng.choice(codes) for _ in range(300)]
    assert _kind(_one("RES_PCODE", values)) == "AU_POSTCODE"
    anzsic = [rng.choice(["0142", "3011", "4511", "6932", "7000", "9511"]) for _ in range(300)]
    assert not _one("ANZSIC_CODE", anzsic).personal


def test_identifiers_by_value_under_opaque_names() -> None:
    rng = random.Random(8)
    assert _kind(_one("X1", [make_crn(rng) for _ in range(200)])) == "AU_CRN"
    assert _kind(_one("X2", [make_abn(rng) for _ in range(200)])) == "AU_ABN"
    # a misleading name: Medicare numbers under "card_no"
    assert _kind(_one("card_no", [make_medicare(rng) for _ in range(200)])) == "AU_MEDICARE"


def test_a_debtors_number_is_a_persons_under_its_name() -> None:
    # a fines agency's enforcement orders: each debtor's number on each of their orders
    rng = random.Random(9)
    debtors = [f"FD{rng.randint(100_000, 120_000):07d}" for _ in range(600)]
    orders = [rng.choice(debtors) for _ in range(1500)]
    assert _kind(_one("DEBTOR_ID", orders)) == "ID"
    assert not _one("BATCH_ID", orders).personal


def test_row_ids_amounts_uuids_and_codes_are_not_personal() -> None:
    import uuid

    rng = random.Random(9)
    table = pa.table(
        {
            "id": list(range(1, 501)),
            "AMT": [f"{rng.uniform(10, 2000):.2f}" for _ in range(500)],
            "TXN_GUID": [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(500)],
            "STAT_CD": [rng.choice("ABCD") for _ in range(500)],
            "LOS_DAYS": [rng.randint(0, 30) for _ in range(500)],
        }
    )
    assert not any(c.personal for c in scan_table(table).columns)


def test_health_and_indigenous_status_are_sensitive() -> None:
    rng = random.Random(10)
    icd = [
        rng.choice(["J18.9", "I21.4", "E11.9", "F32.9", "K35.80", "O80", "Z51.1"])
        for _ in range(200)
    ]
    finding = _one("DX1", icd)
    assert finding.category == "sensitive" and _kind(finding) == "HEALTH"
    status = [
        rng.choice(["Aboriginal", "Torres Strait Islander", "Neither", "Not stated"])
        for _ in range(200)
    ]
    assert _one("column_9", status).category == "sensitive"


def test_free_text_with_personal_information_in_some_rows() -> None:
    rng = random.Random(11)
    notes = []
    for i in range(300):
        if i % 4 == 0:
            notes.append(
                f"Spoke with {rng.choice(GIVEN)} {rng.choice(FAMILY)} "
                f"on 04{rng.randrange(10**8):08d}."
            )
        else:
            notes.append(
                rng.choice(
                    [
                        "Reviewed the claim, no change to the rate.",
                        "Letter sent about the annual review.",
                    ]
                )
            )
    finding = _one("CASE_NOTE_TXT", notes)
    assert finding.category == "free_text"
    assert {e.type for e in finding.entities} >= {"PERSON", "PHONE_NUMBER"}
    plain = [
        rng.choice(["Payment of $250.00 processed on 12/03/2025.", "Income estimate updated."])
        for _ in range(300)
    ]
    assert not _one("OUTCOME_TXT", plain).personal


def test_a_logs_details_with_a_persons_in_some_rows_are_free_text() -> None:
    # an audit log's details: mostly a few words, some the terms of a search for a person
    # or the change made to their phone
    rng = random.Random("details")
    canned = ["SSO", "Password", "MFA push", "Relationship updated", "Photo ID", "GP records"]
    details = []
    for i in range(300):
        if i % 5 == 0:
            details.append(f"surname='{rng.choice(FAMILY).upper()}' dob=0{i % 9 + 1}/03/1961")
        elif i % 5 == 1:
            details.append(f"Mob_Ph changed to 04{rng.randrange(10**8):08d}")
        else:
            details.append(rng.choice(canned) + f" {rng.randrange(100)}" * (i % 2))
    finding = _one("DETAIL", details)
    assert finding.category == "free_text", finding
    assert {e.type for e in finding.entities} >= {"PERSON", "PHONE_NUMBER"}
    # a few such rows among many are not enough; nor are the details alone, a phone on
    # some rows and a word on the others
    few = [d if i % 20 == 0 else f"{rng.choice(canned)} {i}" for i, d in enumerate(details)]
    assert _one("DETAIL", few).category != "free_text"
    alone = [f"04{rng.randrange(10**8):08d}" if i % 5 == 0 else f"{rng.choice(canned)} {i}"
             for i in range(300)]  # fmt: skip
    assert _one("DETAIL", alone).category != "free_text"


def test_messages_ending_on_an_organisations_word_are_still_free_text() -> None:
    # a web form's messages: many end on "referral", "clinic" or "school", as an
    # organisation's name does, but they are sentences; a caller's name or phone in a few
    rng = random.Random("messages")
    canned = [
        "What are the opening hours for the Inala clinic?",
        "Can I get the flu vaccine at a council clinic",
        "When does the program come to our school",
        "Is the Logan dental clinic wheelchair accessible",
        "Do I need a concession card for public dental",
    ]
    messages = []
    for i in range(300):
        if i % 3 == 0:
            messages.append(
                f"Please call me back on 04{rng.randrange(10**8):08d} about my dental referral"
            )
        elif i % 3 == 1:
            messages.append(
                "My child had a big swelling after her needle at school. "
                f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
            )
        else:
            messages.append(rng.choice(canned))
    finding = _one("msg", messages)
    assert finding.category == "free_text", finding
    assert {e.type for e in finding.entities} >= {"PERSON", "PHONE_NUMBER"}
    # organisations' names, "of the" among them and named for people: no sentences
    bodies = [
        f"{rng.choice(['Friends of the', 'Trustees of the'])} "
        f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} "
        f"{rng.choice(['Memorial Foundation Inc', 'Library Trust', 'Scholarship Fund Ltd'])}"
        for _ in range(300)
    ]
    assert _one("org", bodies).category != "free_text"


def test_clinical_notes_stay_health_and_report_a_phone_in_their_text() -> None:
    rng = random.Random(12)
    notes = []
    for i in range(300):
        note = rng.choice(
            [
                "Asthma review, inhaler technique checked.",
                "Type 2 diabetes, HbA1c discussed and diet reviewed.",
                "Anxiety, referred to a psychologist.",
                "Chronic back pain, physiotherapy plan agreed.",
            ]
        )
        if i % 4 == 0:
            note += f" Call her daughter on 04{rng.randrange(10**8):08d}."
        notes.append(note)
    finding = _one("clinical_notes", notes)
    assert finding.category == "sensitive" and _kind(finding) == "HEALTH"
    assert finding.identifiers_in_text == ("PHONE_NUMBER",)
    quiet = _one("clinical_notes", [n.split(" Call")[0] for n in notes])
    assert _kind(quiet) == "HEALTH" and quiet.identifiers_in_text == ()


def test_aggregate_tables_are_not_personal() -> None:
    rows = [
        (p, a, s, str(random.Random(i).randint(5, 900)))
        for i, (p, a, s) in enumerate(
            (p, a, s)
            for p in ("2000", "3000", "4000", "0800")
            for a in ("0-17", "18-64", "65+")
            for s in ("Males", "Females", "Persons")
        )
    ]
    table = pa.table(
        {
            "PCODE": [r[0] for r in rows],
            "AGE_GRP": [r[1] for r in rows],
            "SEX": [r[2] for r in rows],
            "N_CLIENTS": [r[3] for r in rows],
        }
    )
    assert not any(c.personal for c in scan_table(table).columns)


def test_places_in_a_register_of_things_are_not_personal() -> None:
    rng = random.Random(14)
    n = 200
    table = pa.table(
        {
            "ASSET_ID": [f"RA-{i:06d}" for i in range(n)],
            "SUBURB": [rng.choice(SUBURBS) for _ in range(n)],
            "SEG_LEN_M": [rng.randint(10, 3000) for _ in range(n)],
            "COND": [rng.randint(1, 5) for _ in range(n)],
            "INSPECTOR": [f"{rng.choice(GIVEN)[0]}. {rng.choice(FAMILY)}" for _ in range(n)],
        }
    )
    found = {c.name: c for c in scan_table(table).columns}
    assert _kind(found["INSPECTOR"]) == "PERSON"
    assert not found["SUBURB"].personal


@pytest.mark.parametrize(
    ("third", "kind"),
    [
        (["NSW", "VIC", "QLD", "TAS", "ACT", "NT"], "LOCATION"),
        # a few status words, each written often, are no places
        (["PAID", "REVIEW", "COURT", "WAIVED"], None),
        # nor are fisheries, however many, where none is a town or a country
        (
            [
                "Ocean Trawl",
                "Estuary General",
                "Lobster",
                "Pipi",
                "Abalone",
                "Spanner Crab",
                "Sea Urchin",
                "Ocean Haul",
                "Estuary Prawn Trawl",
                "OCEAN TRAP AND LINE",
            ],
            None,
        ),
    ],
)
def test_suburbs_beside_an_address_block(third: list[str], kind: str | None) -> None:
    rng = random.Random(12)
    n = 200
    table = pa.table(
        {
            "column_1": [f"{rng.randint(1, 200)} {rng.choice(FAMILY)} Street" for _ in range(n)],
            "column_2": [rng.choice(SUBURBS) for _ in range(n)],
            "column_3": [rng.choice(third) for _ in range(n)],
        }
    )
    kinds = [_kind(c) for c in scan_table(table).columns]
    assert kinds == ["ADDRESS", "LOCATION", kind]


def test_an_empty_column_is_judged_by_its_name_only_softly() -> None:
    finding = _one("TFN", pa.array([None] * 10, pa.string()))
    assert finding.personal and finding.best is not None and finding.best.score <= 0.3
    assert finding.null_fraction == 1.0
    assert not _one("NOTES", pa.array([None] * 10, pa.string())).personal


def test_as_dict_is_the_design_shape() -> None:
    rng = random.Random(13)
    result = scan_table(
        pa.table({"TAX_FILE_NO": [None, *(make_crn(rng) for _ in range(9))]}), name="x.csv"
    )
    document = result.as_dict()
    assert document["version"] == 1
    assert set(document["dataset"]) == {"path", "format", "rows_sampled", "rows_total"}
    (column,) = document["columns"]
    assert set(column) == {"name", "data_type", "personal", "category", "entities", "null_fraction"}
    assert column["data_type"] == "string"
    assert column["null_fraction"] == 0.1
    for entity in column["entities"]:
        assert set(entity) == {"type", "score", "evidence"}
        assert 0.0 <= entity["score"] <= 1.0


# -- user names -------------------------------------------------------------------------------


def _login(rng: random.Random) -> str:
    """A user name as agencies issue them, made of the holder's names."""
    first, last = rng.choice(GIVEN).lower(), rng.choice(FAMILY).lower()
    form = rng.choice(["dotted", "initial", "trailing", "mainframe", "numbered", "given"])
    if form == "dotted":
        return f"{first}.{last}"
    if form == "given":
        return rng.choice([f"{first}.{last[0]}", f"{first}{rng.randint(10, 999)}"])
    if form == "initial":
        return first[0] + last
    if form == "trailing":
        return last + first[0]
    if form == "mainframe":
        return (last[:6] + first[0]).upper()
    return f"{first[0]}{last}{rng.randint(1, 9)}"


@pytest.mark.parametrize("name", ["acct", "LOGGED_BY", "column_7", "remoteUser"])
def test_user_names_made_of_peoples_names_are_found_whatever_the_column_is_called(
    name: str,
) -> None:
    rng = random.Random(name)
    finding = _one(name, [_login(rng) for _ in range(300)])
    assert finding.personal and _kind(finding) == "USERNAME", finding
    assert finding.best is not None and "user names made of a person's names" in (
        finding.best.evidence
    )


def test_user_names_after_a_windows_domain_are_user_names() -> None:
    # "DVA\JNOLAN", "AGENCY\mthompson": a login as a Windows domain writes it
    rng = random.Random("domain logins")
    values = [rng.choice(["AGENCY", "DVA"]) + "\\" + _login(rng) for _ in range(300)]
    finding = _one("ASSIGNED_TO", values)
    assert _kind(finding) == "USERNAME", finding


def _email(rng: random.Random) -> str:
    first, last = rng.choice(GIVEN).lower(), rng.choice(FAMILY).lower()
    return f"{first}.{last}@{rng.choice(['harbourlaw', 'redgumconveyancing'])}.com.au"


def test_a_portals_users_signing_in_by_user_name_or_e_mail_are_user_names() -> None:
    # 40% user names, 45% e-mail addresses: neither alone makes half the column
    rng = random.Random("portal users")
    values = [
        rng.choices([_login(rng), _email(rng), rng.choice(["SYSTEM", "svc_batch"])], [8, 9, 3])[0]
        for _ in range(400)
    ]
    finding = _one("user", values)
    assert _kind(finding) == "USERNAME", finding
    assert finding.best is not None and "or e-mail addresses" in finding.best.evidence


def test_a_librarys_users_signing_in_by_user_name_or_member_number_are_user_names() -> None:
    # 35% user names, 45% member numbers (a check letter after some), the rest guests
    rng = random.Random("library users")
    member = [
        lambda: str(rng.randrange(10**7, 10**8)),
        lambda: f"{rng.randrange(10**7, 10**8)}{rng.choice('AB')}",
    ]
    values = [
        rng.choices([_login(rng), rng.choice(member)(), "guest"], [7, 9, 4])[0] for _ in range(400)
    ]
    finding = _one("attr12", values)
    assert _kind(finding) == "USERNAME", finding
    assert finding.best is not None and "members' numbers" in finding.best.evidence
    # numbers most of all are the members' numbers, no user names
    values = [rng.choices([_login(rng), rng.choice(member)()], [3, 7])[0] for _ in range(400)]
    assert _kind(_one("attr12", values)) != "USERNAME"


LONG_FAMILY = [
    "Villanueva", "Gallagher", "Fitzgerald", "Kowalski", "Yamamoto", "Richardson", "Whitfield",
    "Pemberton", "Mohammadi", "Rasmussen", "Hutchinson", "Abernethy",
]  # fmt: skip


def _cut_login(rng: random.Random) -> str:
    """An older directory's user name: an initial and a surname, cut to eight letters."""
    return (rng.choice(GIVEN)[0] + rng.choice(LONG_FAMILY))[:8].lower()


def test_user_names_cut_to_eight_letters_are_user_names() -> None:
    # "hfitzger", "pvillanu": an initial and a long surname, cut as older directories cut them
    rng = random.Random("cut logins")
    finding = _one("column_10", [_cut_login(rng) for _ in range(300)])
    assert _kind(finding) == "USERNAME", finding
    # eight-letter suburbs written in one case are places, not users cut short
    suburbs = ["ashfield", "armidale", "beaufort", "brighton", "balmoral", "bathurst",
               "birkdale", "blackall", "brockman", "bradbury", "bellevue", "atherton"]  # fmt: skip
    assert _kind(_one("column_10", [rng.choice(suburbs) for _ in range(300)])) != "USERNAME"


def test_user_names_of_a_surname_cut_to_five_and_a_given_name_to_three_are_user_names() -> None:
    # "murphmic", "oseimab": a registry's staff logons
    rng = random.Random("surname given logons")
    logons = [
        (rng.choice(FAMILY)[:5] + rng.choice(GIVEN)[:3]).lower().replace(" ", "")
        for _ in range(160)
    ]
    assert _kind(_one("column_7", logons)) == "USERNAME"
    # a register's statuses in one case are no one's, though some split so by chance
    statuses = ["clerical", "transfer", "reviewed", "approved", "pending", "declined"]
    assert _kind(_one("column_7", [rng.choice(statuses) for _ in range(160)])) != "USERNAME"


def test_a_logs_staff_beside_the_accounts_that_act_most_are_user_names() -> None:
    # a circulation log: self-check kiosks and a returns chute act on 60% of the rows, staff
    # (each acting a few times) on the rest
    rng = random.Random("kiosks")
    kiosks = ["SELFCHK01", "SELFCHK02", "SELFCHK07", "SIP2-KIOSK", "RETBIN"]
    values = [rng.choice(kiosks) if rng.random() < 0.6 else _login(rng) for _ in range(1000)]
    finding = _one("column_10", values)
    assert _kind(finding) == "USERNAME", finding
    assert finding.best is not None and "beside 5 busy accounts" in finding.best.evidence
    # the rest mostly codes, a few users among them: not a users' column
    codes = [f"{rng.choice(['BSB', 'CHC', 'HLT'])}{rng.randrange(100, 999)}" for _ in range(60)]
    values = [
        rng.choice(kiosks)
        if rng.random() < 0.5
        else rng.choices([_login(rng), rng.choice(codes)], [3, 7])[0]
        for _ in range(1000)
    ]
    assert _kind(_one("column_10", values)) != "USERNAME"


def test_users_signing_in_by_name_e_mail_or_card_are_user_names() -> None:
    # a catalogue's log: users by e-mail (40%), by their card's barcode (30%), by a user name
    # (15%), and anonymous
    rng = random.Random("catalogue users")
    card = lambda: f"2116{rng.randrange(10**9, 10**10)}"  # noqa: E731
    values = [
        rng.choices([_email(rng), card(), _login(rng), "anonymous"], [8, 6, 3, 3])[0]
        for _ in range(1000)
    ]
    finding = _one("column_3", values)
    assert _kind(finding) == "USERNAME", finding
    assert finding.best is not None and (
        "or e-mail addresses or members' numbers" in finding.best.evidence
    )
    # a user name in twenty is chance among e-mail addresses, numbers and a kiosk's account
    values = [
        rng.choices([_email(rng), card(), _login(rng), "OPAC-KIOSK"], [8, 8, 1, 3])[0]
        for _ in range(1000)
    ]
    assert _kind(_one("column_3", values)) != "USERNAME"


def test_e_mail_addresses_among_words_are_not_user_names() -> None:
    rng = random.Random("mail and words")
    statuses = ["pending", "approved", "declined", "withdrawn", "lapsed", "closed", "open"]
    values = [rng.choice([_email(rng), rng.choice(statuses)]) for _ in range(400)]
    assert _kind(_one("user", values)) != "USERNAME"


@pytest.mark.parametrize(
    "values",
    [
        # surnames and suburbs written alone are names and places, not user names
        ["brown", "smith", "nguyen", "penrith", "kelly", "walker", "harris", "young", "ryan"],
        # status words and codes, however they split
        ["pending", "approved", "declined", "withdrawn", "lapsed", "closed", "open", "review"],
        ["R834", "X12", "BSB200", "ICT101", "CHC33015", "BSBTEC201", "HLT54115", "TAE40116"],
        # electorates are named after people, and are written as names
        ["Bennelong", "Wentworth", "Chifley", "Farrer", "Bradfield", "Hughes", "Macarthur"],
        # one word numbered: a crew's or a bay's codes, not users
        [f"CREW{n}" for n in range(10, 90)],
        # status words after a domain
        ["AGENCY\\pending", "AGENCY\\approved", "AGENCY\\closed", "AGENCY\\lapsed"],
    ],
)
def test_words_codes_and_names_alone_are_not_user_names(values: list[str]) -> None:
    rng = random.Random(0)
    finding = _one("acct", [rng.choice(values) for _ in range(300)])
    assert _kind(finding) != "USERNAME", finding


def test_exemptions_and_grounds_that_name_a_condition_are_health() -> None:
    rng = random.Random(14)
    reasons = [
        "Immunocompromised - specialist letter", "Medical - anaphylaxis to PEG",
        "Pregnancy - deferred", "Conscientious objection", "Palliative care",
        "Temporary incapacity", "Hospitalised at time of offer",
    ]  # fmt: skip
    table = {**_people(300), "EXEMPTION": [rng.choice(reasons) for _ in range(300)]}
    assert _kind(scan_table(pa.table(table)).columns[-1]) == "HEALTH"
    # a postal vote's grounds: illness and infirmity most often
    grounds = ["ILLNESS", "INFIRMITY", "INFIRMITY", "AWAY FROM DISTRICT", "WORK COMMITMENTS"]
    table = {**_people(300), "GROUND": [rng.choice(grounds) for _ in range(300)]}
    assert _kind(scan_table(pa.table(table)).columns[-1]) == "HEALTH"


@pytest.mark.parametrize(
    "groups",
    [
        ["Intellectual", "Psychosocial", "Sensory - vision", "Sensory - hearing", "Autism",
         "Acquired brain injury", "Physical", "Developmental delay", "None", ""],
        ["Psychiatric", "Medical condition", "Physical", "Intellectual", "Learning",
         "Hearing/deaf", "Acquired brain impairment", "Vision", ""],
        # a flag with the group after its yes
        ["N", "N", "N", "Y - hearing", "Y - physical", "Y - sensory (vision)", "Y - intellectual",
         "Y - psychosocial", "Y", "UNK", ""],
        # three groups after a flag's yes, short forms among them (a young offender's)
        ["N", "N", "U", "Y", "Y - ASD", "Y - FASD", "Y - intellectual"],
        ["N", "N", "Y - intellectual", "Y - psychosocial", "Y - physical"],
        # two groups after a flag's yes (an applicant's adjustments)
        ["N", "N", "N", "Not stated", "Y", "Y - mobility", "Y - hearing impairment"],
        # an acquired brain injury, a mobility or a hearing impairment
        ["N", "Y", "Psychosocial", "ABI", "Intellectual disability", "Mobility",
         "Hearing impaired"],
        # a home service's codes, one or two to a client: vision, hearing, mobility, dementia
        ["VI", "HI", "MOB;HI", "VI;MOB", "DEM", "ABI", "PD", "FRAIL", "-"],
    ],
)  # fmt: skip
def test_disability_groups_are_health_under_any_name(groups: list[str]) -> None:
    rng = random.Random(groups[0])
    found = _one("column_11", [rng.choice(groups) for _ in range(300)])
    assert _kind(found) == "HEALTH"
    assert "disability groups" in found.entities[0].evidence


def test_a_group_or_two_of_those_words_is_no_disability() -> None:
    # a course's modes and a fitness class's kinds share a word or two with disability groups
    rng = random.Random("modes")
    modes = ["Physical", "Online", "Learning", "Blended", "Multiple"]
    assert not _one("column_4", [rng.choice(modes) for _ in range(300)]).personal
    senses = ["Vision", "Hearing", "Physical", "Other", "None"]  # senses alone: one group
    assert not _one("column_4", [rng.choice(senses) for _ in range(300)]).personal
    # and a flag's answers before them are no group
    flagged = ["Y", "N", "UNK", "Y - vision", "Y - hearing", "N - physical"]
    assert not _one("column_4", [rng.choice(flagged) for _ in range(300)]).personal
    # nor are two codes of the short forms alone
    short = ["HI", "VI", "N", "Y"]
    assert not _one("column_4", [rng.choice(short) for _ in range(300)]).personal


def test_a_column_works_out_what_rules_share_once() -> None:
    from minshare.detect.profile import ColumnValues

    col = ColumnValues.from_array("ELECTORATE", pa.array(["Parkes", "Lalor", None]))
    asked: list[int] = []

    def count(c: ColumnValues) -> int:
        asked.append(c.n)
        return c.n

    assert col.remember("count", count) == 2
    assert col.remember("count", count) == 2
    assert asked == [2]


def test_years_between_days_counts_back_as_well_as_forward() -> None:
    from minshare.detect.dates import years_between

    assert years_between(dt.date(1990, 1, 1), dt.date(2020, 1, 1)) == pytest.approx(30, abs=0.01)
    assert years_between(dt.date(2020, 1, 1), dt.date(1990, 1, 1)) == pytest.approx(-30, abs=0.01)
