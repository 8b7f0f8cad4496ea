"""What a table's rows are about: people, organisations and things, or no one can tell.

A postcode, a suburb, an amount of wages or a medicine's code is personal information only
when it describes a person. So the table decides, from its columns' findings, what each row
is about:

* **people**, when some column only a person has: a date of birth, a government identifier
  of a person (TFN, CRN, Medicare, IHI, passport, driver licence; under no name, numbers
  written as CRNs are, in a table of four columns or more), an identifier given to a person
  (CLIENT_NO, a USI), a link to a person's own page or photograph, or the names of the
  people the rows are about -- a given and a family name, a column named for them
  (``TENANT_NAME``, ``DECEASED``, ``NEXT_OF_KIN``), or, with no name, a column of many
  different people's names (the staff who sign are few). The name of a staff member or an
  official who signed, inspected or decided (``INSPECTOR``, ``APPROVED_BY``, ``CORONER``,
  ``PROVIDER_NAME``) is a person too, but says nothing about whom the rows describe: a road
  inspector's name does not make a road asset register a table of people. Neither does a
  vehicle's plate, nor a licence number in no driver licence format (a liquor or a builder's
  licence is a business's too);
* **people** too, in an access log: its users' logins beside what they did (VIEW, UPDATE),
  whatever it calls the records they touched (an ``ENTITY`` there is a kind of record);
* **organisations or things**, otherwise, when a column names or numbers many of them: the
  names of schools, associations, businesses or hospitals (their words: Inc, Ltd,
  Association, School...), an ABN or an ACN, or a column named for a school, a supplier, a
  product, a vessel, a property, a meter or a site -- unless four or more columns are
  traits of a person (an injured worker's injury, age, sex and occupation beside the
  employer's name), or some are beside a phone number, an e-mail or an address (a patient's
  age, sex and complaint beside the caller's phone and the pickup address, in a table that
  also names the hospital): a breakdown of a school's counts by sex, age group and
  Indigenous status has fewer traits and no one's phone;
* **people** again, with nothing of the kind, when some column holds contact details (an
  organisation has them too, but without an organisation in the table they are a person's),
  free text, or traits of a person (sex, age, health, origin, income, occupation...);
* **no one** can tell, otherwise.

Three kinds of table are about things whatever their columns read as: a reference table led
by a code, with the dates its codes take effect and lapse (``EFF_FROM``: its descriptions of
injuries or offences describe no one), a list of medicines led by their codes, each with its
name and class, and a table of four columns or more whose only trace of a person is a
``DOB`` of dates all in the last three years (a budget line's approval).

A table about organisations or things has no quasi-identifier and no sensitive information
of a person (its places are the organisations', its wages a business's, its medicines a
pharmacy's stock); its direct identifiers stay as they are. Medicines and vaccines (a PBS
or ATC code, a brand such as Comirnaty) are health information of a person only in a table
about people: they are not evidence of one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from minshare import identifiers
from minshare.detect import vocab
from minshare.detect.dates import all_recent, parse_text_dates
from minshare.detect.findings import FREE_TEXT, QUASI_IDENTIFIER, SENSITIVE, ColumnFinding
from minshare.detect.held import MIN_CRNS, modal_share, users_acts, written_as_crns
from minshare.detect.hinted import is_plate_column
from minshare.detect.names import name_hints, opaque_name
from minshare.detect.profile import ColumnValues
from minshare.detect.recognizers import URL, compact
from minshare.detect.traits import medicine_share


class Subject(Enum):
    """What the rows of a table are about."""

    PEOPLE = "people"
    THINGS = "things"  # organisations, places, products, assets
    UNKNOWN = "unknown"


# Entities only a person has (a business has a TFN too, but a table of businesses carries
# their ABNs)
_ONLY_A_PERSON = frozenset(
    {
        "DATE_OF_BIRTH", "DATE_OF_DEATH", "AU_TFN", "AU_CRN", "AU_MEDICARE", "AU_IHI",
        "AU_PASSPORT", "AU_DRIVERS_LICENCE", "US_SSN", "ID", "URL",
    }
)  # fmt: skip
# Entities a person has that an organisation may have too, and traits of a person (in a
# table of schools, "sex" is a breakdown of counts)
_OF_A_PERSON = frozenset(
    {
        "EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS", "IP_ADDRESS", "BANK_ACCOUNT", "AU_BSB",
        "CREDIT_CARD", "IBAN_CODE", "USERNAME", "PASSWORD", "USER_AGENT", "AGE", "ETHNICITY",
        "RELIGION", "SEXUAL_ORIENTATION", "CRIMINAL_RECORD", "HEALTH", "INCOME", "OCCUPATION",
        "GENDER", "HONORIFIC", "MARITAL_STATUS", "BODY_MEASUREMENT", "ZODIAC_SIGN",
        "CONCESSION", "VULNERABILITY",
    }
)  # fmt: skip
# Traits of a person: breakdowns of an organisation's counts (by sex, by age group, by
# Indigenous status) have some, a table of people described by its traits (an injured
# worker's injury, age, sex and occupation, beside the employer's name) has more
_TRAITS = frozenset(
    {
        "GENDER", "AGE", "HEALTH", "ETHNICITY", "RELIGION", "SEXUAL_ORIENTATION",
        "CRIMINAL_RECORD", "OCCUPATION", "MARITAL_STATUS", "HONORIFIC", "BODY_MEASUREMENT",
        "ZODIAC_SIGN", "INCOME", "CONCESSION", "VULNERABILITY",
    }
)  # fmt: skip
MANY_TRAITS = 4
_CONTACT = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS"})
BUSINESS_NUMBERS = frozenset({"AU_ABN", "AU_ACN"})  # the numbers a business is registered under

# Words that name or number a thing (beside the thing's own word: SCHOOL_NAME, METER_ID)
_NAMING = re.compile(
    r"name|nm|names|id|no|num|number|nbr|code|cd|ref|key|description|desc|title|label|"
    r"identifier|legal|trading|registered|full|short|official|main|of|serial|sn|nmi|tag|reg|"
    r"registration"
)
# Several distinct organisations or things (an attribute such as "the hospital" has few)
MIN_THINGS = 10
MIN_THING_SHARE = 0.04
ORGANISATIONS = 0.5  # of a column's values, names of organisations or facilities
MANY_PEOPLE = 0.3  # of a column's values, distinct people's names (the rows' people)


def is_product(values: ColumnValues) -> bool:
    """Medicines or vaccines (codes, generic names, brands): a pharmacy's stock as readily as
    a person's treatment."""
    if values.n == 0:
        return False
    if medicine_share(values) >= 0.5:
        return True
    return values.share_where(lambda v: vocab.VACCINE.search(v) is not None) >= 0.5


def _acts_on_the_record(values: ColumnValues) -> bool:
    hints = name_hints(values.name)
    return not hints.generic and hints.acting


def _people_named(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether the table names the people its rows are about: two name columns (a given and
    a family name; staff and officials aside), or one named for them, or one of many
    different people, or a different person on each row at the head of a register."""
    named = [
        values
        for values, finding in columns
        if finding.kind == "PERSON" and not _acts_on_the_record(values)
    ]
    if len(named) >= 2:
        return True
    # with no name to say whose, many different people are the rows' (staff who sign or
    # inspect are few)
    if any(not name_hints(values.name).generic or _many_people(values) for values in named):
        return True
    # a register led by a different person on each row, under a name of a role (a sole
    # trader's PROPRIETOR, a credit representative): staff who act on records are few, and
    # come later (a contractor's manager, a complaint's reporter); a supplier's contact
    # person, beside numbers named as the supplier's (SUPPLIER_ABN), is the supplier's
    if any(_organisations_numbers(values) for values, _ in columns):
        return False
    return any(
        finding.kind == "PERSON" and _each_once(values) for values, finding in columns[:LEADING]
    )


def _bodies_and_their_people(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], bodies: float = ORGANISATIONS
) -> bool:
    """Whether a register led by organisations' names, a different one on each row and
    numbered by their ABNs, names one person each, and describes no one: a clinic's
    principal, a business's contact. The organisations are the rows; the person stays a
    person (a name is a direct identifier in any table)."""
    people = [values for values, finding in columns if finding.kind == "PERSON"]
    # (the person's role there, "Volunteer Coordinator", is the organisation's position)
    traits = {f.kind for _, f in columns if f.kind in _TRAITS} - {"OCCUPATION"}
    return len(people) == 1 and not traits and _of_bodies(columns, bodies)


COMPANIES = 0.75  # of a register's organisations' names, companies' or bodies': few sole traders


def companies_and_their_contacts(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether a register is led by organisations' names, three in four of them a company's or
    a body's, and names one person each, or names people who write from the organisations'
    own domains (:func:`contacts_at_their_bodies`): the premises are the companies', and the
    person their contact. Where more are sole traders, a business's address may be its owner's
    home: so too where businesses are named for their contact ("Farmer Accountants", Emily
    Farmer's), as sole traders' are."""
    bodies = _bodies_and_their_people(columns, COMPANIES) or contacts_at_their_bodies(columns)
    return bodies and not _named_for_their_contacts(columns)


OWN_NAMES = 0.05  # of a register's rows, businesses named for their contact, at most
AT_THEIR_BODIES = 0.5  # of the rows with both, mailboxes or websites named for the row's body
# different domains at least: many organisations' own, not one agency's or a few mail services
MIN_DOMAINS = 10
# The parts of a domain that name no one (its kinds and countries, its mail and web hosts)
_DOMAIN_PARTS = vocab.words("www mail email web com org net edu gov asn id co au nz uk info biz")
# The words of a body's name that any body may have (its legal form, "The Trustee for")
_ANY_BODYS = vocab.words(
    "the and for pty ltd limited inc incorporated trust trustee trading corporation company"
)
STEM = 4  # letters of a body's word that its domain spells (UNIMELB: "melb"ourne)


def contacts_at_their_bodies(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether the table's e-mail addresses or websites are at domains named for the
    organisation on the same row (``kbrown@newhorizonsyouthhousing.org.au`` beside "New
    Horizons Youth Housing Pty Ltd", ``sydney.edu.au`` beside "University of Sydney"), on
    half the rows that have both or more, over many domains, the organisations named before
    anyone: the people the table names are the organisations' contacts, and the rows are the
    organisations. Clients write from a few mail services anyone may use, and one agency's
    staff from its one domain."""
    domains = [
        values
        for values, finding in columns
        if (finding.kind in {"EMAIL_ADDRESS", "URL"} or values.share_matching(URL.shape) >= 0.5)
        and values.n_distinct >= MIN_DOMAINS
    ]
    # (the organisations lead, before anyone named: a register of practitioners names each
    # one's firm after them, and its rows are the practitioners)
    first = next((i for i, (_, f) in enumerate(columns) if f.kind == "PERSON"), len(columns))
    bodies = [v for v, f in columns[:first] if f.kind is None and _named(v)]
    for site, body in ((site, body) for site in domains for body in bodies):
        pairs = [(_domain(d), b) for d, b in zip(site.rows, body.rows, strict=True) if d and b]
        if len({d for d, _ in pairs}) < MIN_DOMAINS:
            continue
        own = sum(_spells_its_body(d, b) for d, b in pairs)
        if own >= AT_THEIR_BODIES * len(pairs):
            return True
    return False


def _domain(value: str) -> str:
    """The words of an e-mail address's or a web address's domain that name whose it is
    (``newhorizonsyouthhousing`` of ``kbrown@newhorizonsyouthhousing.org.au``)."""
    host = value.rpartition("@")[2] if "@" in value else re.sub(r"^[a-z]+://", "", value.lower())
    labels = vocab.folded_words(host.split("/", 1)[0])
    return "".join(label for label in labels if label not in _DOMAIN_PARTS)


def _spells_its_body(domain: str, body: str) -> bool:
    """Whether a domain spells a word of its body's name (``newhorizonsyouthhousing``), or
    its initials, in order (``alsfc``: Aboriginal Legal Service (Fraser Coast))."""
    words = vocab.folded_words(body)
    if any(len(word) >= STEM and word[:STEM] in domain for word in words if word not in _ANY_BODYS):
        return True
    initials = "".join(word[0] for word in words if word not in _LINKING)
    return len(domain) >= INITIALS and domain[:1] == initials[:1] and _in_order(domain, initials)


_LINKING = vocab.words("the of and for")  # words a body's initials skip
INITIALS = 3  # letters, at least, of a domain made of its body's initials


def _in_order(letters: str, within: str) -> bool:
    """Whether ``letters`` are all in ``within``, in the same order."""
    rest = iter(within)
    return all(letter in rest for letter in letters)


def _named_for_their_contacts(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether the contact's family name is in the name of the business on their row in a
    twentieth of the rows or more."""
    person = next((values for values, finding in columns if finding.kind == "PERSON"), None)
    if person is None:
        return False
    names = [values for values, finding in columns if finding.kind is None and _named(values)]
    for values in names:
        pairs = [(p, b) for p, b in zip(person.rows, values.rows, strict=True) if p and b]
        own = sum(_family_word(p) in vocab.folded_words(b) for p, b in pairs)
        if pairs and own >= OWN_NAMES * len(pairs):
            return True
    return False


def _named(values: ColumnValues) -> bool:
    """Whether a column names organisations, some of them bodies."""
    return values.n_distinct >= MIN_THINGS * 2 and values.share_where(vocab.names_a_body) > 0


def _family_word(name: str) -> str:
    words = vocab.folded_words(name)
    return words[-1] if words else ""


LEADING = 3  # the columns that say what a register's rows are
EACH_ONCE = 0.95  # of a column's values, distinct: one a row


def _each_once(values: ColumnValues) -> bool:
    """Many values, nearly each on one row only."""
    return values.n_distinct >= MIN_THINGS * 2 and values.distinct_ratio >= EACH_ONCE


def _many_people(values: ColumnValues) -> bool:
    return values.n_distinct >= MIN_THINGS * 2 and values.distinct_ratio >= MANY_PEOPLE


def names_things(values: ColumnValues, finding: ColumnFinding) -> bool:
    """Whether a column names or numbers many organisations or things: the rows' subject."""
    best = finding.kind
    if best in BUSINESS_NUMBERS or _organisations_numbers(values):
        return True
    if best is not None or values.n < 5:
        return False
    if values.n_distinct < MIN_THINGS or values.distinct_ratio < MIN_THING_SHARE:
        return False
    hints = name_hints(values.name)
    if (hints.thing or hints.organisation) and _names_only(hints.normalised):
        return not hints.entities  # METER_NO, SCHOOL_NAME, SUPPLIER
    if values.numeric_share > 0.5:
        return False
    return values.share_where(vocab.names_a_body) >= ORGANISATIONS


BODIES_EACH = 0.8  # of a register's organisations' names, distinct (two branches may share one)


def _of_bodies(
    columns: Sequence[tuple[ColumnValues, ColumnFinding]], bodies: float = ORGANISATIONS
) -> bool:
    """Whether a register is led by organisations' names, a different one on each row (a
    funded provider, a licensed insurer): its rows are the organisations, and a program's
    or a service's words among their columns ("Specialist FV Case Management") describe
    what they do, not anyone. Their ABNs and ACNs may come before the names, and do not
    count among the leading columns."""
    leading = [(v, f) for v, f in columns if f.kind not in BUSINESS_NUMBERS][:LEADING]
    return any(
        finding.kind is None
        and values.n_distinct >= MIN_THINGS * 2
        and values.distinct_ratio >= BODIES_EACH
        and values.share_where(vocab.names_a_body) >= bodies
        for values, finding in leading
    )


def _organisations_numbers(values: ColumnValues) -> bool:
    """ABNs or ACNs under a name that says they are organisations' (SUPPLIER_ABN): reported
    as no one's, they still say the table is about businesses."""
    if not name_hints(values.name).of_organisation or values.n == 0:
        return False
    return values.share_where(registered_number) >= 0.5


def registered_number(value: str) -> bool:
    """Whether a value is an ABN or an ACN (not a word written in the place of one)."""
    digits = compact(value)
    return identifiers.is_valid_abn(digits) or identifiers.is_valid_acn(digits)


ACNS_INSIDE = 0.75  # of a column's ABNs, those built on an ACN: three in four companies' at least
FEW_COMPANIES = 5  # different ABNs at least, all built on an ACN, to call a column companies'


def companies_abns(values: ColumnValues) -> bool:
    """Whether a column's ABNs are nearly all companies': a company's ABN is its ACN after
    two check digits, and three in four of the column's carry a valid ACN so, where a sole
    trader's or an association's does one time in ten, by chance (a register with a third
    of sole traders among its companies carries about seven in ten)."""
    abns = [d for v in values.distinct if identifiers.is_valid_abn(d := compact(v))]
    if len(abns) < FEW_COMPANIES:
        return False
    inside = sum(identifiers.is_valid_acn(d[2:]) for d in abns)
    # (a few ABNs, every one built on an ACN: an agency's few retailers or insurers, each
    # a company; five sole traders' would all carry one by chance once in 100,000 times)
    return inside == len(abns) or (len(abns) >= MIN_THINGS and inside >= ACNS_INSIDE * len(abns))


def _names_only(normalised: str) -> bool:
    """Whether a name is made of words for a thing and for naming it (SCHOOL_NAME, METER_ID,
    SUPPLIER), not for an attribute of it (COMPANY_LOCATION, COMPANY_SIZE)."""
    words = [w for w in normalised.split("_") if w and not w.isdigit()]
    return bool(words) and all(
        name_hints(w).thing or name_hints(w).organisation or _NAMING.fullmatch(w) for w in words
    )


def _anyones(values: ColumnValues) -> bool:
    """An identifier that a business holds as readily as a person: a vehicle's plate, or a
    licence in no driver licence format (a liquor or a builder's licence)."""
    hints = name_hints(values.name)
    return hints.has("AU_DRIVERS_LICENCE") or is_plate_column(values, hints)


def a_plate(values: ColumnValues, finding: ColumnFinding) -> bool:
    """An ID that is a vehicle's registration plate (REGO, regoPlate)."""
    return finding.kind == "ID" and is_plate_column(values, name_hints(values.name))


_PERSONS_LICENCE = re.compile(r"(?:^|_)(?:driv\w*|dl|dln|drv|holder|holders)(?:_|$)")


def anyones_licence(values: ColumnValues, finding: ColumnFinding) -> bool:
    """A licence in a state licence's shape whose name does not say a driver's or a
    holder's: a bare LICENCE_NO may be a customs broker's, a liquor or a facility's licence,
    held by a business as readily as by a person. A holder's (``holder_lic``) keys the
    things of a register to the people holding them: a firearm's, kept at their home."""
    persons = _PERSONS_LICENCE.search(name_hints(values.name).normalised) is not None
    return finding.kind == "AU_DRIVERS_LICENCE" and not persons


def table_subject(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> Subject:
    """What the rows of a table are about (see the module's description)."""
    kinds = {
        best
        for values, finding in columns
        if (best := finding.kind) is not None
        and not (best == "ID" and (_anyones(values) or _acts_on_the_record(values)))
        and not anyones_licence(values, finding)
    }
    named = _people_named(columns)
    only = kinds & _ONLY_A_PERSON
    if len(columns) >= MIN_COLUMNS and any(_numbered_as_crns(v, f) for v, f in columns):
        only |= {"ID"}  # (held.py reads them as a person's ID, once the rows are people)
    if only == {"DATE_OF_BIRTH"} and not named and _dated_things(columns):
        return Subject.THINGS  # DOB in a budget: a line's date of approval
    if only == {"DATE_OF_BIRTH"} and not named and _things_dated(columns):
        return Subject.THINGS  # a register of stations or assets, and the days they opened
    if named and not only and kinds & BUSINESS_NUMBERS and _bodies_and_their_people(columns):
        return Subject.THINGS
    if not only and contacts_at_their_bodies(columns):
        return Subject.THINGS  # a register of providers, each with its contact
    if only or named:
        return Subject.PEOPLE
    if "USERNAME" in kinds and any(users_acts(values) for values, _ in columns):
        # an access log: what its users did (VIEW, UPDATE) to records, whatever it calls
        # them (ENTITY_KEY names no organisation there)
        return Subject.PEOPLE
    if _a_code_table(columns):
        return Subject.THINGS
    personal = [
        finding
        for values, finding in columns
        if finding.kind is not None and not (finding.kind == "HEALTH" and is_product(values))
    ]
    kinds_found = {finding.kind for finding in personal}
    # a position's title (MANAGER_POSITION) is the establishment's, not a trait of anyone
    traits = {
        finding.kind
        for values, finding in columns
        if finding.kind in _TRAITS
        and not (finding.kind == "OCCUPATION" and name_hints(values.name).thing)
        and not finding.entities[0].by_name_alone
    } & kinds_found
    # a person's traits beside a person's contact details (a patient's age and sex beside
    # the caller's phone and the pickup address) describe people, whatever organisation
    # the table names too (the hospital the patient was taken to): missing them would
    # release a person's health as a hospital's
    # (a contact's role alone, "Office Manager" beside a station's phone, is a directory's)
    described = len(traits) >= MANY_TRAITS or bool(
        traits - {"OCCUPATION"} and kinds_found & _CONTACT
    )
    if _of_bodies(columns) or (not described and any(names_things(v, f) for v, f in columns)):
        return Subject.THINGS
    if _a_few_sites(columns):
        return Subject.THINGS
    if kinds_found == {"OCCUPATION"} and len(columns) >= MIN_COLUMNS:
        return Subject.THINGS  # an establishment's positions: titles, and no one named
    if any(f.category == FREE_TEXT or f.kind in _OF_A_PERSON for f in personal):
        return Subject.PEOPLE
    return Subject.UNKNOWN


def _numbered_as_crns(values: ColumnValues, finding: ColumnFinding) -> bool:
    """Whether a column under no name, or an opaque one, is written as Centrelink writes
    its CRNs, nine digits and a letter, many of them ("428 706 322J"): a person's number,
    whatever its letters, in a table of four columns or more (a payer's and a payee's, in a
    register of child support cases whose other columns are codes, dates and amounts); a
    column of them alone may be anyone's references."""
    return (
        finding.kind is None
        and values.n_distinct >= MIN_CRNS
        and opaque_name(values.name)
        and written_as_crns(values) > 0
    )


def _dated_things(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether a table's dates of birth are all under the bare abbreviation (``DOB``), the
    only thing of a person among many columns, and all in the last few years: a budget
    line's date of approval, a work order's date of booking. No one is born like that."""
    births = [values for values, f in columns if f.kind == "DATE_OF_BIRTH"]
    if not all(name_hints(values.name).normalised == "dob" for values in births):
        return False
    alone = all(f.kind in (None, "DATE_OF_BIRTH") for _, f in columns)
    return alone and len(columns) >= MIN_COLUMNS and all(_recent(values) for values in births)


def _things_dated(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether a table names many things (stations, saleyards, schools) and its only trace
    of a person is dates read as births by their spread alone, under no name of a birth:
    the days its things opened or were acquired. A person described by any trait (a sex,
    an age, a condition) or reached by any contact detail keeps the dates their births."""
    births = [(values, f) for values, f in columns if f.kind == "DATE_OF_BIRTH"]
    if not all(dated_by_its_spread(values, f) for values, f in births):
        return False
    if any(f.kind in _TRAITS or f.kind in _CONTACT for _, f in columns):
        return False
    return any(names_things(values, finding) for values, finding in columns)


def dated_by_its_spread(values: ColumnValues, finding: ColumnFinding) -> bool:
    """A date of birth read from its dates' spread alone, under no name of a birth."""
    return finding.kind == "DATE_OF_BIRTH" and not name_hints(values.name).has("DATE_OF_BIRTH")


MIN_COLUMNS = 4  # a table with this many columns: a DOB alone in it, a CRN-shaped column in it
RECENT_YEARS = 3.0


def _recent(values: ColumnValues) -> bool:
    parsed = values.dates or parse_text_dates(values.distinct)
    return parsed.share >= 0.8 and all_recent(parsed, RECENT_YEARS)


# The dates a code takes effect and lapses (EFF_FROM, VALID_TO): a reference table's
_IN_EFFECT = re.compile(
    r"(?:^|_)(?:eff|effective|valid|validity)_?(?:from|to|start|end|dt|date|until)(?:_|$)"
)


def _a_code_table(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether a table lists codes and what they mean, each in effect from a date: a
    reference table (of offences, of injuries and the body's parts), led by its code, no
    one's record. A table with someone's contact details is not one."""
    hints = [name_hints(values.name) for values, _ in columns]
    if not hints or any(f.kind in _CONTACT for _, f in columns):
        return False
    if hints[0].code and any(_IN_EFFECT.search(h.normalised) for h in hints):
        return True
    return _codes_and_meanings(columns) or _a_formulary(columns)


def _a_formulary(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether a table lists medicines: led by medicines' codes or names, each on a row or a
    few (its forms and strengths), its only other findings what each medicine is (its
    generic name, its class: "Opioid analgesic"). People's dispensings repeat a medicine
    across them, beside whose they are."""
    first, finding = columns[0]
    # (under no name, medicines are read as health only in a table about people)
    if finding.kind not in (None, "HEALTH") or not is_product(first) or not _a_key(first.rows):
        return False
    return all(
        f.kind == "HEALTH" and _told_by(first.rows, values.rows)
        for values, f in columns[1:]
        if f.personal
    )


# what a code's description may be read as: a trait or a condition, never someone's number
_DESCRIBED = frozenset({QUASI_IDENTIFIER, SENSITIVE})
MIN_CODES = 10  # distinct codes, at least, that a list of codes and their meanings holds
CODE_VERSIONS = 5  # rows a code has, on average, at most (a code's versions over time)


def _codes_and_meanings(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether a table, whatever its columns are called, lists codes and what they mean: its
    first column's codes each written always with the same description, and each
    description with the same code, every column found personal told by the code alone
    (an offence's division, a condition's body system), a code on a few rows at most (its
    versions). Where the first column names code sets (DX, WARD), a set and a code are the
    key together. A table of people's records repeats its codes across them, or holds
    something of the person that no code tells (an age, a sex)."""
    first = columns[0][0]
    if columns[0][1].personal or first.n == 0:
        return False
    codes: Sequence[str | None] = first.rows
    rest = columns[1:]
    if not _a_key(codes):
        # a code set's name and then its code (DX, F20.0; TEAM, T03): the two are the key
        if len(columns) < 3:
            return False
        codes = [
            f"{kind}\x1f{code}" if kind and code else None
            for kind, code in zip(first.rows, columns[1][0].rows, strict=False)
        ]
        rest = columns[2:]
        if not _a_key(codes):
            return False
    personal = [values for values, finding in rest if finding.personal]
    described = all(f.category in _DESCRIBED for _, f in columns if f.personal)
    return (
        bool(personal)
        and described
        and all(_told_by(codes, values.rows) for values in personal)
        and any(
            values.n_distinct >= MIN_CODES and _told_by(values.rows, codes) for values in personal
        )
    )


def _a_key(codes: Sequence[str | None]) -> bool:
    """Whether a column's values (or two columns' together) may key a list of codes: ten
    different at least, each on a few rows at most (its versions over time)."""
    written = [code for code in codes if code]
    distinct = len(set(written))
    return distinct >= MIN_CODES and len(written) <= CODE_VERSIONS * distinct


def _told_by(codes: Sequence[str | None], other: Sequence[str | None]) -> bool:
    """Whether each code is written with one value of ``other`` only (the rows the sample
    kept, in the file's order)."""
    pairs = [(c, v) for c, v in zip(codes, other, strict=False) if c and v]
    return bool(pairs) and modal_share(pairs) == 1.0


_PLACE_KINDS = frozenset({"ADDRESS", "LOCATION", "AU_POSTCODE"})


def _a_few_sites(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> bool:
    """Whether a table's only personal columns are places, its addresses a handful written
    again and again: the buildings or venues a series of readings or events is about (nine
    office buildings' monthly energy use), not people's homes, which differ row by row."""
    found = [(values, f) for values, f in columns if f.kind is not None]
    addresses = [values for values, f in found if f.kind == "ADDRESS"]
    return (
        bool(addresses)
        and all(f.kind in _PLACE_KINDS for _, f in found)
        and all(
            values.n >= 5 * MIN_THINGS and values.n_distinct < MIN_THINGS for values in addresses
        )
    )
