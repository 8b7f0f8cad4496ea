"""Columns of personal traits: sex and gender, sensitive categories, and other vocabularies.

Each finder here looks for a column whose values come from a closed vocabulary -- "M"/"F",
"Aboriginal"/"Torres Strait Islander", ICD-10 codes, religions, blood groups, star signs --
and says so when nearly all of them do. Sensitive information (health, racial or ethnic
origin, religion, sexual orientation, criminal record: Privacy Act s 6) is found by those
values or, where a column could hold anything, by its name. Health problems and offences
written in words ("fractured wrist", "suicidal ideation", "Breach of bail") are found by
their words -- illnesses, injuries and symptoms by word and by medical word-stem, offences by
the words and phrases courts and police use -- and a yes/no indicator (Y/N, true/false) by a
name that says what it indicates (DISABILITY_IND, ATSI_IND, LGBTIQ, ORGAN_DONOR), declined
answers ("Prefer not to say") among them. Medicines (WHO ATC codes, PBS item codes,
generic names) are health information under a name that says medicine; the legal status of
a mental health patient (involuntary, a treatment order) is too, and so is a decision to
donate organs. Court outcomes and sentences ("Convicted", "Good behaviour bond", "Detention
order") are criminal records when some of them are words only a court uses ("Dismissed"
and "Withdrawn" alone are an employer's or an application's); reasons that mix convictions,
bankruptcy and illness (a juror's disqualification) are sensitive as a whole. A marital
status needs its own words ("Single" alone is also a birth's plurality), and country of
birth, citizenship and language are cultural background whatever their values.

A value that names an organisation ("Vietnamese Community Association Inc", "Sudanese
Women's Network", "Cancer Council NSW") is no one's trait, whatever its words: a column
mostly of them holds none of these categories.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from minshare.detect import vocab
from minshare.detect.hinted import name_only
from minshare.detect.names import NameHints, name_words
from minshare.detect.people import Candidate, country_share
from minshare.detect.profile import LIST_SEPARATOR, ColumnValues
from minshare.detect.text import DATE_IN_TEXT


def _folded_share(col: ColumnValues, words: frozenset[str]) -> float:
    return col.share_where(lambda v: vocab.fold(v).strip(".") in words)


def _any_word_share(col: ColumnValues, words: frozenset[str]) -> float:
    """The share of values that are, or hold as a word, one of ``words`` (folded)."""
    return col.share_with_word(words)


# The words of a body's name (an association, a centre), and of a practice's: a service or a
# clinic is named for whom it serves ("Harbour Aboriginal Health Service")
_BODY_NAMES = vocab.BODY_WORDS | vocab.words("service services clinic")


def _names_organisation(col: ColumnValues, value: str) -> bool:
    """Whether a value names an organisation (one of :data:`_BODY_NAMES`, read from the
    column's cached words)."""
    return not col.words[value].isdisjoint(_BODY_NAMES)


def _trait_share(col: ColumnValues, words: frozenset[str]) -> float:
    """:func:`_any_word_share` without the values that name organisations ("Lebanese Muslim
    Association" is no one's religion or origin)."""
    return col.share_where(
        lambda v: not col.words[v].isdisjoint(words) and not _names_organisation(col, v)
    )


ORGANISATIONS = 0.5  # a column this much made of organisations' names holds no one's traits
_INDIGENOUS = "(?i)" + vocab.INDIGENOUS.pattern  # the peoples' names, for RE2
MIN_FAITHS = 0.2  # of a column's values, those naming a faith, before "None" and "Not stated" count


def _religion_share(col: ColumnValues) -> float:
    """The share of values that are religions, "None" and "Not stated" among them only beside
    faiths ("None identified" in a column of disabilities is no one's religion)."""
    faiths = _trait_share(col, vocab.FAITHS)
    return _trait_share(col, vocab.RELIGIONS) if faiths >= MIN_FAITHS else faiths


# The levels of adjustment a school makes for a student's disability (the NCCD's): quality
# differentiated teaching practice (QDTP, a level no other scale has), supplementary,
# substantial, extensive, or none
_ADJUSTMENTS = vocab.words("qdtp supp subs ext supplementary substantial extensive nil none") | {
    "quality differentiated teaching practice"
}


def _adjustment_share(col: ColumnValues) -> float:
    """The share of values that are the NCCD's levels of adjustment, QDTP among them (asked
    of RE2 first: every column of words is read for it)."""
    if not col.matching(r"(?i)^\s*qdtp\s*$"):
        return 0.0
    return col.share_where(lambda v: vocab.fold(v) in _ADJUSTMENTS)


def _of(col: ColumnValues, share: float, what: str) -> str:
    return f"{share * col.n:.0f} of {col.n} non-null sampled values are {what}"


MAX_SEX_CODES = 12  # distinct values of a column of one-character sex codes (and words), at most


def gender_candidate(col: ColumnValues, hints: NameHints) -> Candidate | None:
    """GENDER for sex or gender codes and words."""
    if col.n == 0:
        return None
    share = col.share_where(_is_gender)
    core = any(part in vocab.SEX_CORE for v in col.distinct for part in vocab.fold(v).split("/"))
    hinted = hints.has("GENDER")
    spellings = len({vocab.fold(v) for v in col.distinct})  # "Male", "MALE", "male": one
    if share >= 0.9 and core and (hinted or spellings <= 12):
        score = 0.9 + 0.08 * hinted
        return Candidate(
            "GENDER", score, _of(col, share, "sex or gender values") + hints.note("GENDER")
        )
    # (the ABS's 1, 2, 3, 9 and the letters M, F, X, U may share a column, merged systems',
    # and the words too)
    coded = col.share_where(lambda v: len(v.strip()) == 1 or _is_gender(v))
    if hinted and col.n_distinct <= MAX_SEX_CODES and coded >= 0.9:
        return Candidate(
            "GENDER",
            0.75,
            _of(col, coded, "one-character codes or sex words") + hints.note("GENDER"),
        )
    if hints.strength("GENDER") >= 1.0 and col.n_distinct <= 12 and col.numeric_share < 0.5:
        return name_only(col, hints, "GENDER", 0.6)  # answers in a survey's own words
    return None


def _is_gender(value: str) -> bool:
    """A sex or gender value, or one written two ways ("Man/Male", "Woman/Female")."""
    folded = vocab.fold(value).strip(".")
    return folded in vocab.GENDER_VALUES or all(
        part.strip() in vocab.GENDER_VALUES for part in folded.split("/")
    )


def _vocabulary(
    col: ColumnValues,
    hints: NameHints,
    entity: str,
    share: float,
    what: str,
    *,
    need: float,
    need_hinted: float,
    min_distinct: int,
    score: float,
) -> Candidate | None:
    hinted = hints.has(entity)
    if share >= (need_hinted if hinted else need) and (hinted or col.n_distinct >= min_distinct):
        return Candidate(
            entity, min(0.99, score + 0.08 * hinted), _of(col, share, what) + hints.note(entity)
        )
    return None


def vocabulary_candidates(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """Honorifics, star signs, marital status and the sensitive categories, by their words.

    A column of organisations' names (community associations, church schools, health
    charities) holds none of them, whatever words the names are made of.
    """
    if col.n == 0:
        return
    if col.numeric_share > 0.5:
        # Indigenous status as the ABS codes (1, 2, 3, 4, 9), some rows written in words
        # ("Neither", "Aboriginal"): the words say what the codes are
        if col.matching(_INDIGENOUS):  # by RE2: many numbers are read on every scan
            yield from _ethnicity(col, hints)
        return
    if col.share_where(lambda v: _names_organisation(col, v)) >= ORGANISATIONS:
        return
    checks: list[tuple[str, Callable[[], float], str, float, float, int, float]] = [
        (
            "HONORIFIC",
            lambda: _folded_share(col, vocab.HONORIFICS),
            "honorifics (which reveal sex)",
            0.9,
            0.7,
            2,
            0.85,
        ),
        (
            "ZODIAC_SIGN",
            lambda: _folded_share(col, vocab.ZODIAC),
            "star signs (derived from dates of birth)",
            0.9,
            0.7,
            3,
            0.8,
        ),
        (
            "MARITAL_STATUS",
            lambda: _marital_share(col, hints),
            "marital status words",
            0.8,
            0.5,
            3,
            0.8,
        ),
        ("RELIGION", lambda: _religion_share(col), "religions", 0.7, 0.4, 3, 0.85),
        (
            "HEALTH",
            lambda: _adjustment_share(col),
            "levels of adjustment for a student's disability (QDTP, supplementary...)",
            0.9,
            0.9,
            3,
            0.75,
        ),
        (
            "SEXUAL_ORIENTATION",
            lambda: _orientation_share(col),
            "sexual orientations (or declined answers beside them)",
            0.7,
            0.4,
            2,
            0.85,
        ),
    ]
    if hints.strength("MARITAL_STATUS") >= 1.0 and 2 <= col.n_distinct <= 20:
        codes = col.share_matching(r"^[A-Za-z]{1,3}$")
        # M, S, D, W, SEP, DF; or codes beside the words of another system ("Married", "W")
        words = _marital_share(col, hints) if codes < 0.9 else 0.0
        if codes >= 0.9 or (codes >= 0.2 and codes + words >= 0.8):
            what = "short codes under a name of marital status" + (" or its words" if words else "")
            yield Candidate(
                "MARITAL_STATUS",
                0.75,
                _of(col, codes + words, what) + hints.note("MARITAL_STATUS"),
            )
            return
    for entity, share_of, what, need, need_hinted, min_distinct, score in checks:
        found = _vocabulary(
            col, hints, entity, share_of(), what,
            need=need, need_hinted=need_hinted, min_distinct=min_distinct, score=score,
        )  # fmt: skip
        if found:
            yield found
    health = list(_health(col, hints))
    criminal = list(_criminal(col, hints))
    yield from health
    if not health:
        yield from _lab_tests(col, hints)
        yield from _test_results(col, hints)
        yield from _dispatch_codes(col, hints)
    yield from _mental_health_status(col, hints)
    yield from _fitness(col, hints)
    if not health:
        yield from _duty_restrictions(col, hints)
    yield from _ethnicity(col, hints)
    yield from criminal
    if not criminal:
        yield from _police_checks(col, hints)
    if not health and not criminal:
        yield from _legal_or_health_reasons(col, hints)
    yield from _declared(col, hints)
    yield from _concession(col, hints)
    yield from _payments(col, hints)
    yield from _vulnerability(col, hints)
    yield from _maltreatment(col, hints)
    yield from _service(col, hints)


# The branches of the Australian Defence Force and its ranks as they are written (PTE, WO2,
# FLTLT): a member's service and rank are what they do, as an occupation is
_SERVICE_BRANCHES = vocab.words(
    "army ran raaf navy adf airforce australianarmy royalaustraliannavy royalaustralianairforce"
)
_SERVICE_RANKS = vocab.words(
    """
    pte lcpl cpl sgt ssgt wo wo1 wo2 lt capt maj ltcol col brig majgen ltgen gen ab ls po cpo
    midn asblt sblt ltcdr cdr cmdr lac lacw ac acw cfn sig spr gnr tpr fsgt sqnldr flgoff
    fltlt plt pltoff wgcdr gpcapt aircdre rsm
    """
)


def _service(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """OCCUPATION for the branch of the Defence Force a member served in, or their rank."""
    if col.n == 0 or col.n_distinct < 3 or col.n_distinct > 40:
        return
    folded = {v: _folded_phrase(v).replace(" ", "") for v in col.distinct}
    branches = col.share_where(lambda v: folded[v] in _SERVICE_BRANCHES)
    ranks = col.share_where(lambda v: folded[v] in _SERVICE_RANKS)
    if branches >= 0.9:
        what = "branches of the Defence Force a member served in"
        yield Candidate("OCCUPATION", 0.7, _of(col, branches, what) + hints.note("OCCUPATION"))
    elif ranks >= 0.8 and sum(folded[v] in _SERVICE_RANKS for v in col.distinct) >= 5:
        what = "Defence Force ranks"
        yield Candidate("OCCUPATION", 0.75, _of(col, ranks, what) + hints.note("OCCUPATION"))


def _lab_tests(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """The pathology tests a person had ("eGFR", "Troponin I (hs)", "Lithium level"): what
    was looked for says what the person may have."""
    if col.n_distinct < 4 or (col.median_words > 4 and col.share_matching(";") < 0.5):
        return  # notes, unless they are lists of tests
    share = col.share_where(_are_lab_tests)
    if share >= 0.6:
        what = "pathology tests (eGFR, HbA1c, troponin...)"
        yield Candidate("HEALTH", 0.75, _of(col, share, what) + hints.note("HEALTH"))


# What a test found in a person ("Positive", "Not detected", "Confirmed negative", "Reactive"),
# under a name that says a result or nothing; "Dilute" and "Refused" are a sample's results too
_TEST_RESULT = re.compile(
    r"(?i)^(?:(?:confirmed|presumptive|preliminary|weak|strong)\s+)?"
    r"(?:(?P<pos>positive|detected|reactive)|(?P<neg>negative|not\s+detected|non[-\s]?negative|"
    r"non[-\s]?reactive|nil\s+detected)|inconclusive|indeterminate|equivocal|invalid|dilute|"
    r"pending|refused|not\s+tested|not\s+done)\b"
)
_RESULT_NAME = vocab.words("result results outcome test tested screen screening status finding")
MAX_RESULTS = 15  # different results: more make a column of something else


def _test_results(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """HEALTH for the results of a person's tests (a urine screen, a swab, a pathology
    test): positive and negative results both, under a name of a result or an opaque one.
    A survey's "Positive" feedback has a name of its own (FEEDBACK, SENTIMENT)."""
    words = set(hints.normalised.split("_"))
    if not (words <= _RESULT_NAME or hints.generic or hints.has("HEALTH")):
        return
    if not 2 <= col.n_distinct <= MAX_RESULTS:
        return
    matches = {v: _TEST_RESULT.match(v.strip()) for v in col.distinct}
    share = col.share_where(lambda v: matches[v] is not None)
    positive = any(m and m["pos"] for m in matches.values())
    negative = any(m and m["neg"] for m in matches.values())
    if share >= 0.8 and positive and negative:
        what = "test results (positive, negative, not detected...)"
        yield Candidate("HEALTH", 0.75, _of(col, share, what) + hints.note("HEALTH"))


# A triple-zero call's dispatch determinant (the Medical Priority Dispatch System's): the
# chief complaint (01 to 37), the level (O, A to E) and a suffix: 10D04 is chest pain, with
# a clammy patient
_DISPATCH_CODE = r"(?i)^(?:0[1-9]|[12]\d|3[0-7])[oa-e]\d{2}[a-z]?$"
MIN_DETERMINANTS = 5  # different codes, at least: a few such codes are anything's


def _dispatch_codes(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """HEALTH for a call's dispatch determinants: what the caller said was wrong."""
    if col.n_distinct < MIN_DETERMINANTS:
        return
    share = col.share_matching(_DISPATCH_CODE)
    codes = col.matching(_DISPATCH_CODE)
    if (
        share >= 0.9
        and len({v[:2] for v in codes}) >= 3
        and len({v[2].lower() for v in codes}) >= 3
    ):
        what = "dispatch determinants (a chief complaint, a level, a suffix: 10D04)"
        yield Candidate("HEALTH", 0.7, _of(col, share, what) + hints.note("HEALTH"))


# A national police check's outcome: nothing to disclose ("No disclosable court outcomes",
# NDCO, NDO), or what was disclosed ("Disclosable outcome - traffic offences", DO-REVIEWED);
# a Working with Children Check's clearance or bar ("Clearance granted", "Barred", "Interim
# bar", "Bar - no further contact", a "Negative notice")
_NOTHING_DISCLOSED = re.compile(
    r"(?i)^(?:(?:no\s+disclosable(?:\s+court)?\s+outcomes?|ndc?o)\b|(?:clear|cleared)$|"
    r"clearance\s+(?:granted|issued)$)"
)
_DISCLOSED = re.compile(
    r"(?i)^(?:dc?o\b|(?:.*\W)?(?<!no\s)disclosable(?:\s+court)?\s+outcomes?\b|"
    r"(?:interim\s+)?(?:bar|barred|negative\s+notice)(?:\s*[-\u2013:]\s*[a-z][a-z ]{0,40})?$)"
)
POLICE_CHECKS = 0.6  # of a column's values, the outcomes of police checks
# A day written after a value ("Cleared 14/03/2023", "Cleared - 2024-03-01", "(on 3 May 2024)")
_DATED = re.compile(rf"\s*[-\u2013:,(]?\s*(?:on\s+)?(?:{DATE_IN_TEXT})\)?$")


def _police_checks(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """CRIMINAL_RECORD for the outcomes of police checks, whatever the column's name: both a
    check with nothing to disclose ("No disclosable outcomes", "Cleared") and one that
    disclosed something ("Cleared - disclosable outcomes noted", "Barred") must be there."""
    # (an outcome with the day it was given: "Cleared 14/03/2023")
    outcomes = {v: _DATED.sub("", v).strip(" .") for v in col.distinct}
    if not 2 <= len(set(outcomes.values())) <= MAX_RESULTS * 4:
        return
    nothing = [v for v in col.distinct if _NOTHING_DISCLOSED.match(outcomes[v])]
    disclosed = [v for v in col.distinct if v not in nothing and _DISCLOSED.match(outcomes[v])]
    share = col.count(nothing + disclosed) / col.n
    if share >= POLICE_CHECKS and nothing and disclosed:
        what = "outcomes of police or working with children checks (cleared or not)"
        yield Candidate(
            "CRIMINAL_RECORD", 0.8, _of(col, share, what) + hints.note("CRIMINAL_RECORD")
        )


_TEST_LIST = re.compile(r"\s*[;,]\s*")
MAX_TESTS = 12  # tests on one request; more parts than this make a note


def _are_lab_tests(value: str) -> bool:
    """A test, or a request's list of them ("Troponin; CRP; FBC"), half the parts tests."""
    parts = [part for part in _TEST_LIST.split(value) if part]
    if not parts or len(parts) > MAX_TESTS:
        return False
    return sum(map(_is_lab_test, parts)) >= max(1, len(parts) / 2)


def _is_lab_test(value: str) -> bool:
    words = vocab.fold(value).replace("(", " ").replace(")", " ").split()
    if not words or len(words) > 4:
        return False
    return words[0] in vocab.LAB_TESTS or vocab.fold(value) in vocab.LAB_TESTS


def _orientation_share(col: ColumnValues) -> float:
    """The share of values that are sexual orientations, counting declined answers ("Prefer
    not to say"), when at least two orientations are there: one alone is a coincidence of
    words ("Straight line" and "Diminishing value", depreciation methods)."""
    seen = {w for parts in col.words.values() for w in parts & vocab.SEXUAL_ORIENTATIONS}
    if len(seen) < 2:
        return 0.0
    core = _trait_share(col, vocab.SEXUAL_ORIENTATIONS)
    if core < 0.3:
        return core
    return core + col.share_where(lambda v: vocab.fold(v).strip(".") in vocab.NON_ANSWERS)


# Categories a column's name can say it indicates (LGBTIQ, RELIGIOUS, DV_FLAG, PENS_CONC):
# yes/no answers and declined ones under such a name are the category itself
_DECLARED = ("SEXUAL_ORIENTATION", "RELIGION", "VULNERABILITY", "CONCESSION")


def _declared(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """The category a name says a yes/no column indicates (``LGBTIQ``: Yes, No, Prefer not
    to say)."""
    for entity in _DECLARED:
        if hints.strength(entity) < 1.0:
            continue
        flags = _flags(col)
        if flags >= 0.95:
            what = "yes/no answers (some declined)"
            yield Candidate(entity, 0.8, _of(col, flags, what) + hints.note(entity))
        elif entity == "VULNERABILITY" and (rated := col.share_where(_rating)) >= 0.9:
            what = "ratings of the risk (low, medium, high)"  # SELF_HARM_RISK
            yield Candidate(entity, 0.75, _of(col, rated, what) + hints.note(entity))


_RATINGS = vocab.words(
    "nil none low lower minimal moderate medium mod high higher elevated severe extreme "
    "critical imminent unknown unassessed"
)


def _rating(value: str) -> bool:
    """A rating of a risk, and what it calls for after it ("HIGH - constant observation")."""
    first = re.split(r"[\s\-:(/]+", vocab.fold(value).strip(), maxsplit=1)[0]
    return first in _RATINGS or vocab.fold(value).strip() in ("not assessed", "very high")


def _names_vulnerability(col: ColumnValues, value: str) -> bool:
    return not col.words[value].isdisjoint(vocab.VULNERABILITY_WORDS) or (
        vocab.VULNERABILITY_PHRASES.search(vocab.fold(value)) is not None
    )


SERVICES = 0.6  # of a column's values, names of services or facilities
PROGRAMMES = 0.5  # of them, names with a word only a service's or a programme's has
# Words only a service's, a programme's or a body's name has: "Mental health" and "Financial
# hardship" are circumstances, though a clinic may be called "Mental Health" and a firm
# "Financial"; "Denture Scheme" and "Youth Homelessness Program" are what an agency runs
_SERVICE_WORDS = (
    vocab.BODY_WORDS
    | vocab.FACILITY_WORDS
    | vocab.words(
        "service services clinic centre center hospital program programme agency unit team "
        "scheme schedule initiative outreach shelter refuge hub helpline office"
    )
)
_UNFLAGGED = vocab.NIL_ANSWERS | {"n"}
_UNSAID = _UNFLAGGED | vocab.NON_ANSWERS | {"y", "yes"}


def _names_a_service(value: str) -> bool:
    return not _SERVICE_WORDS.isdisjoint(vocab.folded_words(value))


def _services(col: ColumnValues) -> bool:
    """Whether a column names services, programmes or the bodies that run them: half its
    values have a word only their names have, or most are bodies' names and one a service's."""
    if col.share_where(_names_a_service) >= PROGRAMMES:
        return True
    return col.share_where(vocab.names_a_body) >= SERVICES and any(
        map(_names_a_service, col.distinct)
    )


CIRCUMSTANCES = 0.2  # of the answers, those that name circumstances of two kinds or more
HOUSED = 0.1  # of them, under a name of a vulnerability or of where a person lives
# A person's housing or living situation (HOUSING_STATUS, ACCOM_TYPE, LIVING_SITUATION)
_HOUSING = re.compile(
    r"(?:^|_)(?:(?:housing|accom\w*)_?(?:status|situation|sit|type|tenure|arr\w*)|"
    r"living_?(?:situation|sit|arr\w*))(?:_|$)"
)


def _vulnerability(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """VULNERABILITY for the circumstances a service records a person in: family and
    domestic violence, homelessness, addiction, abuse ("Priority - DFV", "Homelessness" as
    a reason for hardship, beside "Illness" and "Disability"). Two kinds of them (one of
    them a vulnerability) among a short list of values are proof, and one under a name that
    says so; a few such values among many others are not ("Family violence" among a legal
    aid grant's matter types is a kind of case), but under a name of where a person lives
    (``HOUSING_STATUS``) a tenth of the answers are enough.
    """
    if col.n == 0 or col.median_words > PROSE_WORDS or col.n_distinct > MAX_OUTCOMES:
        return
    if not any(_names_vulnerability(col, v) for v in col.distinct):
        return
    if _services(col):
        return  # "Drug and Alcohol Service", "Women's Health Centre": the kinds of a service
    if _HOSPITAL_UNIT.search(hints.normalised) and hints.strength("VULNERABILITY") < 1.0:
        return  # a site or a team named for what it does ("Darwin Youth Shelter"): a workplace

    def circumstance(value: str) -> bool:
        # beside a vulnerability, an illness or a disability is another reason of the kind
        return _names_vulnerability(col, value) or _health_value(col, value)

    named = [v for v in col.distinct if circumstance(v)]
    found = col.share_where(circumstance)
    # of the answers that are not "N" or "None": a flag, unraised for most people
    answered = _answered_share(col)
    share = found / answered if answered else 0.0
    hinted = hints.strength("VULNERABILITY") >= 1.0
    # where a person lives or sleeps: homelessness is one answer of many (private rental,
    # public housing, living with family), a few in ten
    least = HOUSED if _HOUSING.search(hints.normalised) else CIRCUMSTANCES
    if (len(named) >= 2 and share >= least) or (hinted and share >= HOUSED):
        what = "circumstances such as family violence, homelessness or addiction"
        evidence = _of(col, found, what)
        if answered < 1.0:
            evidence += f", among {answered * col.n:.0f} answers other than N or None"
        yield Candidate(
            "VULNERABILITY", 0.75 + 0.1 * hinted, evidence + hints.note("VULNERABILITY")
        )


# The kinds of harm a child protection or an elder abuse service records of a person
# ("Neglect", "Physical;Emotional", "Sexual abuse", "Financial"): neglect is harm's alone,
# and the others are its kinds only beside it (a wellbeing survey's domains are physical,
# emotional and social)
_HARM_KINDS = vocab.words("neglect physical emotional sexual psychological financial")
_HARMED = vocab.words("abuse harm")
_HARM_PARTS = re.compile(r"\s*(?:[;,/&+|]|\band\b)\s*")
MALTREATMENT = 0.9  # of a column's answers, kinds of harm
MIN_HARMS = 3  # different kinds among them, neglect one


def _harms(value: str) -> frozenset[str]:
    """The kinds of harm a value names, each part of it one ("Neglect;Emotional"), or none."""
    kinds = set()
    for part in _HARM_PARTS.split(vocab.fold(value).strip()):
        words = part.split()
        if len(words) == 2 and words[1] in _HARMED:
            words = words[:1]  # "Sexual abuse", "Emotional harm"
        if len(words) != 1 or words[0] not in _HARM_KINDS:
            return frozenset()
        kinds.add(words[0])
    return frozenset(kinds)


def _maltreatment(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """VULNERABILITY for the kinds of abuse a person suffered or is at risk of ("Neglect",
    "Physical", "Emotional", "Sexual", several in one value): nearly all the answers, three
    kinds at least and neglect among them, whatever the column is called."""
    if col.n == 0 or col.n_distinct > MAX_OUTCOMES:
        return
    harms = {v: _harms(v) for v in col.distinct}
    seen = frozenset().union(*harms.values())
    if len(seen) < MIN_HARMS or "neglect" not in seen:
        return
    answered = _answered_share(col)
    found = col.share_where(lambda v: bool(harms[v]))
    if answered and found / answered >= MALTREATMENT:
        what = f"kinds of abuse or neglect ({', '.join(sorted(seen))})"
        yield Candidate(
            "VULNERABILITY",
            0.8 + 0.1 * (hints.strength("VULNERABILITY") >= 1.0),
            _of(col, found, what) + hints.note("VULNERABILITY"),
        )


# Codes only a concession card or pension is written as (a carer or a pensioner may be
# something else)
_CONCESSION_SPECIFIC = vocab.words("pcc hcc cshc lihcc dva tpi")
_NONE_HELD = vocab.words("none nil n/a na -") | vocab.NON_ANSWERS
# A veteran's health card by its colour (DVA's Gold, White and Orange cards), under a card's name
_CARD = re.compile(r"(?:^|_)cards?(?:_|$)")
_DVA_COLOURS = vocab.words("gold white orange")
_DVA_CARDS = _DVA_COLOURS | vocab.words("g w o")


def _concession(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """CONCESSION for the concession card or pension a person holds ("Health Care Card",
    "DVA Gold Card", "PCC"), or a yes/no answer under a name that says which: what a person
    receives from the state, a quasi-identifier on its own account.

    Card names in full are proof enough; codes ("PENSIONER", "HCC", "DVA TPI") need a name
    that speaks of concessions, or three or more of them with one that only a card is.
    Yes/no answers under such a name (PENS_CONC) are :func:`_declared`'s.
    """
    if col.n == 0 or col.n_distinct > 40 or col.numeric_share > 0.2:
        return
    if _CARD.search(hints.normalised):
        colours = col.share_where(lambda v: _folded_phrase(v) in _DVA_CARDS)
        seen = {_folded_phrase(v) for v in col.distinct} & _DVA_COLOURS
        if colours >= 0.9 and len(seen) >= 2:
            what = "the colours of veterans' health cards (Gold, White, Orange)"
            yield Candidate("CONCESSION", 0.75, _of(col, colours, what))
            return
    words = col.words
    cards = col.share_where(lambda v: _folded_phrase(v) in vocab.CONCESSION_CARDS)
    seen = {_folded_phrase(v) for v in col.distinct} & vocab.CONCESSION_CARDS
    if cards >= 0.6 and len(seen) >= 2:
        what = "concession cards (Pensioner Concession Card, Health Care Card...)"
        yield Candidate("CONCESSION", 0.85, _of(col, cards, what) + hints.note("CONCESSION"))
        return
    hinted = hints.strength("CONCESSION") >= 1.0
    vocabulary = vocab.CONCESSION_CODES | vocab.CONCESSION_CARDS
    if hinted:
        vocabulary |= vocab.CONCESSION_SHORT

    def coded(value: str) -> bool:
        parts = words[value] - {_folded_phrase(value)}
        return (bool(parts) and parts <= vocabulary) or _folded_phrase(value) in vocabulary

    codes = col.share_where(coded)
    held = col.share_where(lambda v: _folded_phrase(v) in _NONE_HELD)
    kinds = {_folded_phrase(v) for v in col.distinct if coded(v)}
    specific = any(not words[v].isdisjoint(_CONCESSION_SPECIFIC) for v in col.distinct)
    if (
        codes >= 0.5
        and codes + held >= 0.9
        and ((hinted and len(kinds) >= 2) or (len(kinds) >= 3 and specific))
    ):
        what = "concession card or pension codes"
        yield Candidate("CONCESSION", 0.8, _of(col, codes, what) + hints.note("CONCESSION"))


# Payments received together ("Wages + FTB", "DSP/Rent Assistance")
_TOGETHER = re.compile(r"\s*(?:\+|/|;|,|\bplus\b|\bwith\b)\s*")
# Beside a government's payments: what else a person lives on, or the card they hold
_OTHER_MEANS = vocab.INCOME_SOURCES | vocab.CONCESSION_CARDS
PAYMENTS = 0.5  # of a column's values, a government's payments at least
PAYMENTS_OR_INCOME = 0.9  # of a column's values, those, other income or concession cards
MIN_PAYMENTS = 3  # different payments, at least
_SHORT_CODE = r"^[A-Za-z]{2,4}$"
CODED_PAYMENTS = 0.95  # of a column's values, short codes, to be read as payments' codes
CODED_PAYMENTS_KNOWN = 0.6  # of those, the payments' codes known


def _payments(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """INCOME for the income support a person receives ("Disability Support Pension",
    "JobSeeker Payment", "FTB A & B"), with what else they live on ("Wages", "Self-funded
    retiree") or the concession card they hold beside, several of the payments at least:
    what a person lives on is a quasi-identifier, and a pension for a disability or a
    carer's says more."""
    if col.n_distinct > 60 or col.numeric_share > 0.2:
        return

    def parts(value: str) -> list[str]:
        whole = _folded_phrase(value)
        if whole in vocab.GOVERNMENT_PAYMENTS or whole in vocab.INCOME_SOURCES:
            return [whole]
        return [_folded_phrase(p) for p in _TOGETHER.split(value) if p.strip()]

    def paid(value: str) -> bool:
        split = parts(value)
        return any(p in vocab.GOVERNMENT_PAYMENTS for p in split) and all(
            p in vocab.GOVERNMENT_PAYMENTS or p in _OTHER_MEANS for p in split
        )

    payments = col.share_where(paid)
    if payments < PAYMENTS:
        return
    income = col.share_where(lambda v: all(p in _OTHER_MEANS for p in parts(v)))
    kinds = {p for v in col.distinct if paid(v) for p in parts(v)} & vocab.GOVERNMENT_PAYMENTS
    # the payments' short codes (JSP, DSP, PPS): the codes beside them are other payments'
    coded = col.share_matching(_SHORT_CODE) >= CODED_PAYMENTS and payments >= CODED_PAYMENTS_KNOWN
    if (payments + income < PAYMENTS_OR_INCOME and not coded) or len(kinds) < MIN_PAYMENTS:
        return
    what = "government payments a person receives (Age Pension, JobSeeker Payment...)"
    if income:
        what += ", other income or concession cards beside them"
    yield Candidate("INCOME", 0.75, _of(col, payments + income, what) + hints.note("INCOME"))


def _folded_phrase(value: str) -> str:
    return " ".join(vocab.fold(value).replace("-", " ").replace("(", " ").replace(")", " ").split())


# A plurality of birth ("Single", "Twins") or a count of births is not a marital status
_NOT_MARITAL = re.compile(
    r"(?:^|_)(?:plurality|multiple\w*|multiples|birth_?order|twins?|triplets?|gestation\w*|"
    r"births?|baby|babies|infant|neonat\w*|delivery|confinement)(?:_|$)"
)


def _marital_share(col: ColumnValues, hints: NameHints) -> float:
    """The share of values that are marital status words.

    Without a name that says marital status, "single" alone proves nothing (a single birth,
    a single room): two or more of the words only a marital status uses must be there.
    """
    if _NOT_MARITAL.search(hints.normalised) and not hints.has("MARITAL_STATUS"):
        return 0.0
    share = _any_word_share(col, vocab.MARITAL)
    if hints.has("MARITAL_STATUS"):
        return share
    core = {w for parts in col.words.values() for w in parts & vocab.MARITAL_CORE}
    return share if len(core) >= 2 else 0.0


_LEGAL_OR_MENTAL = re.compile(r"(?:^|_)(?:legal|mha|mh|mental\w*|psych\w*)(?:_|$)")


def _mental_health_status(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """HEALTH for the legal status of a mental health patient (involuntary, a community
    treatment order): the words of mental health acts, with one that only they use, or
    "involuntary" under a name that says legal or mental health status (a redundancy can
    be involuntary too)."""
    if col.median_words > PROSE_WORDS or col.n_distinct > 40:
        return
    share = col.share_where(lambda v: vocab.MENTAL_HEALTH_ORDERS.search(v) is not None)
    if share < 0.7:
        return
    core = any(vocab.MENTAL_HEALTH_ORDERS_CORE.search(v) for v in col.distinct)
    involuntary = any("involuntary" in vocab.fold(v) for v in col.distinct)
    if core or (involuntary and _LEGAL_OR_MENTAL.search(hints.normalised)):
        what = "legal statuses under a mental health act (involuntary, treatment orders)"
        yield Candidate("HEALTH", 0.8, _of(col, share, what) + hints.note("HEALTH"))


# A verdict on a person's fitness for work or duty, as a medical certificate or a fitness
# assessment gives it: "Fit", "Temporarily unfit", "Fit with restrictions" (or "w/"),
# "Unfit for work", "Fit for modified duties", "No capacity for work", "Reduced hours" (a
# certificate of capacity), "Restricted" (an emergency service's medical); a qualifier may
# follow, after a dash, in brackets or from a day ("Fit - conditions", "FIT-NO-INWATER",
# "Reduced hours (max 15 hrs/wk)", "Fit for normal duties from review date")
_FITNESS = re.compile(
    r"^(?:(?:(?:temporarily|permanently|currently|provisionally|conditionally|partially|not)"
    r"\s+)?(?:fit|unfit)(?:\s+(?:for\s+(?:[a-z\-]+\s+){0,2}(?:duty|duties|work|sea|service|"
    r"deployment|flying|driving|employment|role)|(?:with\s+|w/\s*)(?:restrictions?|conditions?|"
    r"limitations?|modifications?|adjustments?)))?"
    r"|(?:no|nil|partial|full|reduced)\s+(?:work\s+)?capacity(?:\s+for\s+(?:[a-z\-]+\s+)"
    r"{0,2}(?:duty|duties|work|employment))?"
    r"|(?:reduced|restricted|modified|graduated)\s+(?:hours|duties)|(?:un)?restricted"
    # fit on conditions, as a licensing authority's medical review writes it ("COND")
    r"|cond|conditional)"
    r"(?:\s*[-\u2013:]\s*[a-z][a-z \-]{0,30}|\s*\([^()]{1,30}\)"
    r"|\s+(?:from|until|pending)\s.{1,30})?$"
)
# Of these, the verdicts that say something is wrong (a clean bill alone says little)
_UNFIT = re.compile(
    r"\bunfit\b|\bwith\s|\bw/|\b(?:no|nil|partial|reduced)\s+(?:work\s+)?capacity|modified"
    r"|\b(?:reduced|restricted|graduated)\s+(?:hours|duties)|^restricted\b"
)
_FIT = re.compile(r"\b(?:un)?fit\b|\bcapacity\b|\b(?:hours|duties)$")
FITNESS = 0.8  # of a column's values, verdicts on fitness for work
MAX_FITNESS = 20  # distinct verdicts at most


def _a_verdict(value: str) -> bool:
    return _FITNESS.match(vocab.fold(value).strip(" .")) is not None


def _fitness(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """HEALTH for verdicts on a person's fitness for work, sea or duty (a seafarer's medical
    certificate, a worker's certificate of capacity): a health assessment's outcome. At
    least two verdicts, one of them that something is wrong; an asset's "fit for purpose"
    is no one's health."""
    if col.n_distinct > MAX_FITNESS or col.median_words > PROSE_WORDS:
        return
    verdicts = [v for v in col.distinct if _a_verdict(v)]
    if len(verdicts) < 2 or not any(_UNFIT.search(vocab.fold(v)) for v in verdicts):
        return
    # "Restricted" and "Unrestricted" alone are a licence's or a record's access
    if not any(_FIT.search(vocab.fold(v)) for v in verdicts):
        return
    share = col.count(verdicts) / col.n
    if share >= FITNESS:
        what = "verdicts on fitness for work or duty (fit, unfit, fit with restrictions)"
        yield Candidate("HEALTH", 0.8, _of(col, share, what) + hints.note("HEALTH"))


# The restrictions a doctor puts on a person's duties after an injury or a medical
# examination ("No lifting > 10kg", "Seated duties only", "Spectacles must be worn"): each
# says what must not, or only, be done ...
_RESTRICTS = re.compile(
    r"^(?:no|not\s+to|avoid|limited|limit|max(?:imum)?|only|must|seated|sedentary|alternate|"
    r"frequent|restricted|light|modified|reduced|graduated|one-handed)\b|\bmust\b|\bonly$"
)
# ... and what a body does or needs: how it lifts, bends or sits, a limb, glasses, a
# hearing aid, medicine, rest
_BODY_AT_WORK = vocab.words(
    "lifting lift lifts carrying carry bending bend kneeling squatting twisting reaching "
    "gripping grip pushing pulling standing sitting sit stand walking stairs climbing "
    "ladder ladders heights aloft overhead hand hands arm arms leg legs back shoulder "
    "shoulders wrist wrists knee knees neck sling spectacles glasses lenses hearing "
    "medication medicine rest breaks seated one-handed weight-bearing keyboard vibration"
)
RESTRICTIONS = 0.6  # of a column's values, restrictions on duties
MIN_BODILY = 2  # distinct restrictions, at least, that speak of a body at work


def _a_restriction(value: str) -> bool:
    folded = vocab.fold(value).strip(" .")
    return " " in folded and _RESTRICTS.search(folded) is not None


def _duty_restrictions(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """HEALTH for the restrictions a medical certificate puts on a person's duties (a
    return-to-work plan, a seafarer's certificate): what a body must not do, or only do.
    Conditions on a licence or on premises rarely speak of a body at work."""
    if col.median_words > PROSE_WORDS or col.numeric_share > 0.5:
        return
    restrictions = [v for v in col.distinct if _a_restriction(v)]
    bodily = sum(1 for v in restrictions if not col.words[v].isdisjoint(_BODY_AT_WORK))
    share = col.count(restrictions) / col.n if col.n else 0.0
    if share >= RESTRICTIONS and bodily >= MIN_BODILY:
        what = "restrictions on a person's duties (no lifting, seated duties only)"
        yield Candidate("HEALTH", 0.75, _of(col, share, what) + hints.note("HEALTH"))


# A medicine and its strength: "Amlodipine 5mg", "Buprenorphine/naloxone 8/2mg", "0.05% cream"
_DOSE = re.compile(
    r"^[^\W\d_][\w\-/]{4,}(?:\s[^\W\d_][\w\-/]*){0,2}\s\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?\s?"
    r"(?:mg|mcg|µg|ug|g|ml|iu|units?|%|micrograms?|milligrams?)(?:\s|/|$)",
    re.IGNORECASE,
)


def _is_medicine(value: str) -> bool:
    if vocab.ATC_CODE.match(value) or vocab.PBS_ITEM.match(value) or _DOSE.match(value):
        return True
    first = vocab.fold(value.split(maxsplit=1)[0]).strip(".,()") if value.strip() else ""
    return any(
        len(part) > 4 and (part in vocab.DRUG_NAMES or part.endswith(vocab.DRUG_ENDINGS))
        for part in first.split("/")  # combinations: "tenofovir/emtricitabine"
    )


def medicine_share(col: ColumnValues) -> float:
    """The share of values that are medicines: ATC or PBS item codes, or generic names."""
    if col.n == 0 or col.numeric_share > 0.5:
        return 0.0
    return col.share_where(_is_medicine)


_YEAR_CODED = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)[A-Z]$")
# The words of an approval's, a licence's or a permit's number: 22929W under PHARM_APPROVAL or
# PBS_APPROVAL_NO is a pharmacy's approval to supply, shaped like a PBS item
_GRANTED = re.compile(
    r"(?:^|_)(?:approval|approved|licen[cs]e|permit|registration|accreditation)(?:_|$)"
)


def medicine_candidate(col: ColumnValues, hints: NameHints, *, named: bool) -> Candidate | None:
    """HEALTH for medicines a person was dispensed, under a name that says medicine (or, with
    ``named`` false, in a table about people: :mod:`minshare.detect.held`)."""
    if _GRANTED.search(hints.normalised):
        return None
    share = medicine_share(col)
    if share < (0.5 if named else 0.7) or col.n_distinct < 3:
        return None
    if sum(_YEAR_CODED.match(v) is not None for v in col.distinct) >= 0.8 * col.n_distinct:
        return None  # 2025F, 2023R: elections or terms by their year, not PBS items
    what = "medicines (ATC or PBS item codes, or generic names)"
    return Candidate("HEALTH", 0.85 if named else 0.7, _of(col, share, what) + hints.note("HEALTH"))


_FLAGS = frozenset({"y", "n", "yes", "no", "true", "false", "t", "f", "0", "1", "u", "unknown"})


# Answers between yes and no, a risk's or a case's ("Suspected" beside "Y" and "N")
_HEDGED = frozenset({"suspected", "possible", "probable", "alleged", "confirmed", "unconfirmed"})


def _flags(col: ColumnValues) -> float:
    """The share of values that are yes/no indicators (Y/N, true/false, 0/1), declined,
    undecided and hedged answers among them ("Prefer not to say", "Undecided",
    "Suspected")."""
    if col.n_distinct > 6:
        return 0.0
    flags = col.share_where(lambda v: vocab.fold(v) in _FLAGS)
    if flags < 0.5:
        return 0.0  # mostly other words: not an indicator
    return col.share_where(_a_flag)


def _a_flag(value: str) -> bool:
    """A yes/no answer, or a declined, undecided or hedged one: not a count (2 injured)."""
    folded = vocab.fold(value).strip(".")
    return folded in _FLAGS or folded in vocab.NON_ANSWERS or folded in _HEDGED


_HEALTH_WORDS = vocab.HEALTH_WORDS | vocab.HEALTH_MORE
BODY_PARTS = 0.7  # of a column's values, parts of the body to be where injuries are
MIN_BODY_PARTS = 4  # different parts at least: "Back" alone is no body's


PROSE_WORDS = 12  # values this long are notes: the free-text look decides them
SENTENCE_WORDS = 5  # values this long say what they are about: a name cannot make them health


# A poisons schedule ("Schedule 8 - opioids", "S4D benzodiazepines"): the class of medicines a
# permit or a licence allows, not what a person takes
_SCHEDULE = re.compile(r"(?i)\b(?:schedule|sch|s)\s?[2-9][a-z]?\b")


def _health_share(col: ColumnValues) -> float:
    if col.median_words > PROSE_WORDS:
        return col.share_with_word(vocab.HEALTH_WORDS)  # a note that names a condition
    return col.share_where(lambda v: _health_value(col, v))


# The groups a disability is recorded by (the ABS's, the NDIS's and agencies' own): the words
# they are written with, and the words that tell which group a value is
_DISABILITY_WORDS = vocab.words(
    "intellectual psychiatric psychosocial physical learning hearing deaf deafness vision "
    "visual sensory acquired brain injury impairment autism autistic asd developmental delay "
    "medical condition neurological cognitive speech spinal cord stroke blind blindness low "
    "multiple none other not stated unknown nil specific global chronic illness mental health "
    "disability disabilities and or with "
    # their short forms and other words: an acquired brain injury, a foetal alcohol spectrum
    # disorder, a mobility or a hearing impairment
    "abi fasd mobility impaired "
    # a service's codes for them: vision and hearing impaired, mobility, a physical disability,
    # dementia, frailty ("VI;MOB", "HI", "DEM")
    "vi hi mob pd dem dementia frail frailty "
    # the four categories schools report students' disability in ("Social/Emotional")
    "social emotional "
    # a flag's answers, and its yes before the group ("Y - hearing", "N", "UNK")
    "y yes n no u unk"
)
_DISABILITY_GROUPS = {
    "intellectual": "intellectual",
    "psychiatric": "psychosocial",
    "psychosocial": "psychosocial",
    "sensory": "sensory",
    "hearing": "sensory",
    "deaf": "sensory",
    "vision": "sensory",
    "visual": "sensory",
    "learning": "learning",
    "physical": "physical",
    "neurological": "neurological",
    "cognitive": "cognitive",
    "autism": "autism",
    "autistic": "autism",
    "brain": "acquired brain injury",
    "abi": "acquired brain injury",
    "asd": "autism",
    "fasd": "developmental",
    "developmental": "developmental",
    "mobility": "physical",
    "vi": "sensory",
    "hi": "sensory",
    "mob": "physical",
    "pd": "physical",
    "dem": "cognitive",
    "dementia": "cognitive",
    "emotional": "social-emotional",
}
DISABILITY_GROUPS = 4  # different groups among a column's values, at least
FLAGGED_GROUPS = 2  # or, each after a flag's yes ("Y - mobility", "Y - hearing impairment")
DISABILITY_VALUES = 0.8  # of a column's values, those written only in the groups' words


def _of_disability_groups(value: str) -> bool:
    words = vocab.folded_words(value)
    return bool(words) and all(w in _DISABILITY_WORDS for w in words)


def _disability_groups(col: ColumnValues) -> tuple[set[str], float]:
    """The disability groups a column records ("Intellectual", "Psychosocial", "Sensory -
    vision", "Acquired brain injury") and the share of its values written in their words,
    when nearly all are and four groups or more are among them (two, each after a flag's
    yes: "Y - mobility", "Y - hearing impairment"); otherwise none. One group alone
    ("Physical", "Learning") is anything's."""
    share = col.share_where(_of_disability_groups)
    if col.n_distinct < DISABILITY_GROUPS or share < DISABILITY_VALUES:
        return set(), share
    groups = _groups_of(col.distinct)
    # after a flag's yes, a group names what the person has (not after its no)
    flagged = _groups_of(v for v in col.distinct if vocab.YES_BEFORE.match(v))
    if len(flagged) >= FLAGGED_GROUPS:
        return groups, share
    return (groups if len(groups) >= DISABILITY_GROUPS else set()), share


def _groups_of(values: Iterable[str]) -> set[str]:
    return {
        group
        for value in values
        for word in vocab.folded_words(value)
        if (group := _DISABILITY_GROUPS.get(word))
    }


MIN_ANSWERED = 20  # values, at least, that name a condition beside the nil answers
ANSWERED = 0.7  # of the values that are not nil answers, those that name a condition


def _answered_share(col: ColumnValues) -> float:
    """The share of a column's answers that are not "None identified", "Nil" or a flag's
    "N": the people who have something to record."""
    return col.share_where(lambda v: vocab.fold(v).strip(" .") not in _UNFLAGGED)


def _said_share(col: ColumnValues) -> float:
    """The share of a column's answers that say what a person has to record: not a nil
    answer, nor a bare "Y" or a declined answer, which say nothing of what."""
    return col.share_where(lambda v: vocab.fold(v).strip(" .") not in _UNSAID)


def _answered(col: ColumnValues, words: float) -> bool:
    """Conditions in most of the answers that say what a person has ("None identified",
    "Nil", a flag's "N" or "Y" and declined answers aside): a column of disabilities,
    allergies or life support equipment where most people have none to record (or a justice
    history's statuses, most people none)."""
    answered = _said_share(col)
    return (
        col.n_distinct >= 3
        and words * col.n >= MIN_ANSWERED
        and answered > 0
        and words / answered >= ANSWERED
    )


# A party named for what happened to them: an injured worker is a complainant, not an injury
_INJURED_PARTY = re.compile(
    r"(?i)\binjured\s+(?:worker|workers|person|persons|people|party|parties|employee|employees)\b"
)


def _health_value(col: ColumnValues, value: str) -> bool:
    words = col.words[value]
    if _INJURED_PARTY.search(value):
        words = frozenset(w for w in words if not w.startswith("injured"))
    named = _names_health(words) or vocab.DEVELOPMENTAL.search(value) is not None
    return named and not _SCHEDULE.search(value)


def _names_health(words: frozenset[str]) -> bool:
    """A condition, a treatment or a specialty among a value's words ("Prostatectomy",
    "Urology", "Tonsillitis"): a word of the vocabulary, or its stem or ending."""
    return not words.isdisjoint(_HEALTH_WORDS) or any(
        w.startswith(vocab.HEALTH_STEMS) or w.endswith(vocab.HEALTH_ENDINGS) for w in words
    )


# Where in a hospital: a ward or a unit houses many conditions under one specialty's name (an
# outpatient clinic's name is the patient's condition: "Diabetes clinic")
_HOSPITAL_UNIT = re.compile(
    r"(?:^|_)(?:ward|wards|unit|dept|department|team|campus|site|bed|theatre|facility|"
    r"hospital)(?:_|$)"
)


_RHESUS = re.compile(r"(?:rhd?)?(pos(?:itive)?|\+ve|neg(?:ative)?|-ve|\+|-)$")


def _is_blood_group(value: str) -> bool:
    """A blood group, its rhesus factor as a sign or a word ("O+", "A NEG", "AB Positive",
    "A Rh+", "O RhD neg")."""
    return _blood_group(value) in vocab.BLOOD_TYPES


def _blood_group(value: str) -> str:
    text = value.replace(" ", "").lower()
    return _RHESUS.sub(lambda m: "+" if m.group(1)[0] in "p+" else "-", text)


BLOOD_GROUPS = 0.5  # of a column's values, blood groups at least
BLOOD_OR_NONE = 0.9  # of a column's values, blood groups or no answer ("unknown")


def _o_or_ab(col: ColumnValues) -> bool:
    """Whether some of a column's blood groups are O or AB: grades and ratings (A+, B-)
    share the letters of the others, and a people's blood is never A and B alone."""
    groups = (_blood_group(v) for v in col.distinct)
    return any(g in vocab.BLOOD_TYPES and g.startswith(("o", "ab")) for g in groups)


# A code and what it codes, as a registry writes a site or a diagnosis ("C50.9 Breast")
_ICD10_DESCRIBED = r"^[A-Z]\d{2}(?:\.\d{1,4})?\s+\p{Lu}\p{Ll}"
_ICD10_LEADING = re.compile(r"^[A-Z]\d{2}(?:\.\d{1,4})?\s+[A-Z]")  # the same, for re
CODED = 0.3  # of a column's values, ICD-10 codes, to read the rest as the conditions coded
_ANY_CASE = "(?i)"  # codes typed in small letters too, as a claims system may keep them


def _an_icd10(value: str) -> bool:
    """Whether a value is an ICD-10 code, alone or before what it codes."""
    return _ICD10_LEADING.match(value) is not None or vocab.ICD10.match(value) is not None


# Diagnoses listed in one cell ("G35;Q90.9", "F32.1 | F10.2"), each an ICD-10 code
_ONE_ICD10 = vocab.ICD10.pattern.strip("^$")
_ICD10_LIST = rf"^{_ONE_ICD10}(?:\s*[;|]\s*{_ONE_ICD10})+$"


# Names under which a yes/no answer is a person's health, though other values are not
# (INJURY_FLAG, MED_ESCORT_FLG, NDIS_Ptcpt, DIS_IND): an injury, a medical need, a disability
_HEALTH_FLAG = name_words(
    r"injur(?:y|ies|ed)|medical|med|health|ndis|impairment|dis_?(?:ind|flg|flag)"
)


def _health(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    hinted = hints.has("HEALTH")
    strong = hints.strength("HEALTH") >= 1.0  # DIAG, DISABILITY; not PROBLEM or COMPLAINT
    # codes typed in small letters too ("s13.4" beside "S13.4"), as a claims system takes them
    icd = (
        col.share_matching(_ANY_CASE + vocab.ICD10.pattern)
        + col.share_matching(_ANY_CASE + _ICD10_LIST)
        + col.share_matching(_ICD10_DESCRIBED)
    )
    dotted = col.share_matching(r"(?i)^[A-Z]\d{2}\.\d")
    if icd >= 0.8 and col.n_distinct >= 3 and (strong or dotted >= 0.2):
        score = 0.8 + 0.1 * strong + 0.08 * min(1.0, dotted * 2)
        yield Candidate(
            "HEALTH", score, _of(col, icd, "ICD-10 diagnosis codes") + hints.note("HEALTH")
        )
        return
    if icd >= CODED and dotted >= 0.2 and col.n_distinct >= 3:
        # codes where a clinician knew one, conditions in words where not ("F20.9",
        # "schizophrenia", "type 2 diabetes")
        coded = icd + col.share_where(lambda v: not _an_icd10(v) and _health_value(col, v))
        if coded >= 0.8:
            what = "ICD-10 diagnosis codes or the conditions they name"
            yield Candidate(
                "HEALTH", 0.8 + 0.1 * strong, _of(col, coded, what) + hints.note("HEALTH")
            )
            return
    if hinted and (medicine := medicine_candidate(col, hints, named=True)) is not None:
        yield medicine
        return
    blood = col.share_where(_is_blood_group)
    unanswered = col.share_where(lambda v: vocab.fold(v).strip(" .") in vocab.NON_ANSWERS)
    if blood >= BLOOD_GROUPS and blood + unanswered >= BLOOD_OR_NONE and _o_or_ab(col):
        yield Candidate("HEALTH", 0.9, _of(col, blood, "blood groups") + hints.note("HEALTH"))
        return
    parts = col.share_where(vocab.is_body_part) if col.median_words <= 3 else 0.0
    if parts >= BODY_PARTS and col.n_distinct >= MIN_BODY_PARTS:
        what = "parts of the body, as an injury's site is coded"
        yield Candidate("HEALTH", 0.7 + 0.2 * hinted, _of(col, parts, what) + hints.note("HEALTH"))
        return
    groups, share = _disability_groups(col)
    if groups:
        what = f"disability groups ({', '.join(sorted(groups)[:3])}...)"
        yield Candidate(
            "HEALTH", 0.75 + 0.15 * hinted, _of(col, share, what) + hints.note("HEALTH")
        )
        return
    # a ward, a clinic or a team named for its specialty is the hospital's (WARD: Oncology), and
    # a programme or a service named for its care is the agency's ("Adult General Dental Program")
    unit = _HOSPITAL_UNIT.search(hints.normalised) and not hinted
    words = 0.0 if unit or _services(col) else _health_share(col)
    if (words >= 0.5 and col.n_distinct >= 3) or (hinted and words >= 0.2) or _answered(col, words):
        yield Candidate(
            "HEALTH",
            0.7 + 0.2 * hinted,
            _of(col, words, "illnesses, injuries, symptoms or treatments") + hints.note("HEALTH"),
        )
        return
    flagged = _HEALTH_FLAG.search(hints.normalised)
    if not (strong or flagged):
        return
    flags = _flags(col)
    if flags >= 0.95 and (strong or all(_a_flag(v) for v in col.distinct)):
        what = "yes/no indicators"
        note = hints.note("HEALTH")
        if flagged and not note:
            note = f"; name hint '{flagged.group().strip('_')}'"
        yield Candidate("HEALTH", 0.75, _of(col, flags, what) + note)
    elif (
        strong
        and col.numeric_share < 0.5
        and not (words == 0 and col.median_words >= SENTENCE_WORDS)
        and not _numbered_records(col)
    ):
        # sentences with no word of health under CONDITION are a licence's conditions
        yield name_only(col, hints, "HEALTH", 0.6)


NUMBERED = 0.9  # of a column's values, different codes of five digits or more


def _numbered_records(col: ColumnValues) -> bool:
    """Whether nearly every value is a different code of five digits or more: the numbers of
    records (PDC_EPI_NO, a perinatal data collection's episodes), whatever word of health
    their name holds."""
    return col.distinct_ratio >= NUMBERED and col.share_matching(r"\d{5}") >= NUMBERED


# A place of birth is a country of birth when its values are countries (a hospital or a
# town of birth is a place)
_BIRTHPLACE = re.compile(r"(?:^|_)(?:place_?of_?birth|birth_?place|birthplace|pob)(?:_|$)")


FEW_INDIGENOUS = 0.01  # of a column's values, Indigenous ones among "Neither" and "Not stated"
# A code before its answer, as extracts write a code list's values ("4 - Neither", "9. Not
# stated", "2: TSI")
_CODE_BEFORE = re.compile(r"^\d{1,2}\s*[-:.)]\s*(?=[a-z])")


def _answer(value: str) -> str:
    """A code list's answer, without its code ("4 - Neither": "neither"; "4": "4")."""
    return _CODE_BEFORE.sub("", vocab.fold(value).strip(".").strip())


FEW_LANGUAGES = 0.1  # of a column's values, languages among answers of "No"
LANGUAGES_OR_NIL = 0.9  # of a column's values, languages and "No" together
MIN_LANGUAGES = 5  # different languages


def _nil_share(col: ColumnValues) -> float:
    """The share of "No", "Nil" and a flag's "N"."""
    return col.share_where(lambda v: vocab.fold(v).strip(" .") in _UNFLAGGED)


def _languages(col: ColumnValues) -> int:
    """How many different values name a language."""
    return sum(not col.words[v].isdisjoint(vocab.LANGUAGES) for v in col.distinct)


def _ethnicity(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    if _BIRTHPLACE.search(hints.normalised):
        countries = country_share(col)
        if countries >= 0.6:
            what = "countries, under a name that says place of birth"
            yield Candidate("ETHNICITY", 0.96, _of(col, countries, what) + hints.note("LOCATION"))
            return
    hinted = hints.has("ETHNICITY")
    indigenous = col.share_where(
        lambda v: vocab.INDIGENOUS.search(v) is not None and not _names_organisation(col, v)
    )
    # (written among the ABS's codes, the words may be fewer: most rows are codes)
    few = indigenous >= FEW_INDIGENOUS or col.numeric_share > 0.5
    if few and indigenous < 0.3 and indigenous * col.n >= 3 and not hinted:
        # "Aboriginal", "Both" and "Torres Strait Islander" among many "Neither" (about one
        # Australian in thirty is Aboriginal or Torres Strait Islander: a staff list's share)
        others = col.share_where(lambda v: _answer(v) in vocab.INDIGENOUS_OTHERS)
        indigenous = indigenous if indigenous + others < 0.9 else indigenous + others
    if indigenous >= 0.3 or (hinted and indigenous >= 0.05):
        what = "Indigenous status values (standard AIHW categories)"
        yield Candidate(
            "ETHNICITY", 0.9 + 0.05 * hinted, _of(col, indigenous, what) + hints.note("ETHNICITY")
        )
        return
    nationalities = _trait_share(col, vocab.NATIONALITIES | vocab.LANGUAGES)
    if (nationalities >= 0.7 and col.n_distinct >= 3) or (hinted and nationalities >= 0.4):
        what = "nationalities, ethnic groups or languages"
        yield Candidate(
            "ETHNICITY", 0.8 + 0.1 * hinted, _of(col, nationalities, what) + hints.note("ETHNICITY")
        )
        return
    said = nationalities + _nil_share(col) if nationalities >= FEW_LANGUAGES else 0.0
    if said >= LANGUAGES_OR_NIL and _languages(col) >= MIN_LANGUAGES:
        # the languages an interpreter is needed in, "No" on the other rows: several
        # languages, each a person's (one language and "No" is a service's offer)
        what = "languages (an interpreter's, say), or no"
        yield Candidate("ETHNICITY", 0.75, _of(col, said, what) + hints.note("ETHNICITY"))
        return
    # a nationality written as a country or a people, row by row ("Iran", "Sudanese")
    countries = country_share(col, codes=False)
    if nationalities >= 0.1 and countries >= 0.1 and nationalities + countries >= 0.8:
        what = "countries and nationalities, written either way"
        share = min(1.0, nationalities + countries)
        yield Candidate("ETHNICITY", 0.8, _of(col, share, what) + hints.note("ETHNICITY"))
        return
    background = col.share_where(lambda v: _SPEAKING.search(v) is not None)
    if background >= 0.7:
        what = "English- or non-English-speaking backgrounds"
        yield Candidate("ETHNICITY", 0.85, _of(col, background, what) + hints.note("ETHNICITY"))
        return
    if not hinted:
        return
    flags = _flags(col)  # before countries: "NO" is Norway's code too
    if flags >= 0.95:
        what = "yes/no indicators"
        yield Candidate("ETHNICITY", 0.8, _of(col, flags, what) + hints.note("ETHNICITY"))
        return
    countries = country_share(col)
    if countries >= 0.6:
        what = "countries (of birth or citizenship, as the name says)"
        yield Candidate("ETHNICITY", 0.96, _of(col, countries, what) + hints.note("ETHNICITY"))
    else:
        yield name_only(col, hints, "ETHNICITY", 0.7)


_SPEAKING = re.compile(
    r"\b(?:non[- ]?)?english[- ]speaking\b|\b(?:nesb|esb|cald)\b|culturally and linguistically",
    re.IGNORECASE,
)


def _items(col: ColumnValues) -> int:
    """The distinct items of values that list several ("Curfew 9pm-6am; Place restriction")."""
    return len({item for v in col.distinct for item in LIST_SEPARATOR.split(v.strip())})


def _item_words(col: ColumnValues) -> float:
    """The median length in words of the longest item of a value, for values that list
    several ("Crimes Act 1900 s 112; Road Transport Act 2013 s 110": two charges, not a
    note)."""
    lengths = sorted(max(len(i.split()) for i in LIST_SEPARATOR.split(v)) for v in col.distinct)
    return float(lengths[len(lengths) // 2]) if lengths else 0.0


def _offence_share(col: ColumnValues) -> float:
    def test(value: str) -> bool:
        return not col.words[value].isdisjoint(vocab.OFFENCE_CORE) or bool(
            vocab.OFFENCE_PHRASES.search(value)
        )

    return col.share_where(test)


MAX_OUTCOMES = 200  # a column of court outcomes or of reasons has no more distinct values


def _outcome_share(col: ColumnValues) -> tuple[float, float]:
    """The shares of values that are court outcomes or sentences, and of those only a court
    gives ("Convicted", "Good behaviour bond"; "Dismissed" and "Withdrawn" are also an
    employer's or an application's)."""
    core = col.share_where(lambda v: vocab.COURT_OUTCOMES_CORE.search(v) is not None)
    more = col.share_where(
        lambda v: (
            vocab.COURT_OUTCOMES_CORE.search(v) is not None
            or vocab.COURT_OUTCOMES_MORE.search(v) is not None
        )
    )
    return more, core


def _criminal_share(col: ColumnValues) -> tuple[float, bool]:
    """The share of values that are offences, charges, court outcomes or sentences, and
    whether some of them are of the words only offences and courts use."""
    offences = _offence_share(col)
    if col.n_distinct > MAX_OUTCOMES and _items(col) > MAX_OUTCOMES:
        return offences, offences > 0  # outcomes and sentences are a short list
    outcomes, core = _outcome_share(col)
    if outcomes == 0:
        return offences, offences > 0
    both = col.share_where(
        lambda v: _names_offence(col, v) or vocab.COURT_OUTCOMES_MORE.search(v) is not None
    )
    return both, offences > 0 or core >= TELLING


TELLING = 0.2  # of the outcomes, those in words only a court uses, to say they are a court's


def _names_offence(col: ColumnValues, value: str) -> bool:
    """An offence or a court's outcome in the words only offences and courts use."""
    return (
        not col.words[value].isdisjoint(vocab.OFFENCE_CORE)
        or vocab.OFFENCE_PHRASES.search(value) is not None
        or vocab.COURT_OUTCOMES_CORE.search(value) is not None
    )


def _criminal(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """CRIMINAL_RECORD for offences, charges, court outcomes and sentences written in words."""
    if col.median_words > PROSE_WORDS and _item_words(col) > PROSE_WORDS:
        return  # notes that mention an offence are free text, redacted rather than dropped
    hinted = hints.has("CRIMINAL_RECORD")
    share, telling = _criminal_share(col)
    # of the answers that are not "N", "Nil" or a bare "Y": a status most people have none of
    # ("Parole", "In custody - remand" among many "N")
    said = _said_share(col)
    flagged = said < 1.0 and _answered(col, share)
    if flagged and not telling:
        # the words only courts use, told among the answers rather than the rows
        telling = _outcome_share(col)[1] >= TELLING * said
    if ((share >= 0.5 or flagged) and col.n_distinct >= 3 and telling) or (hinted and share >= 0.2):
        what = "offences, charges, court outcomes or sentences"
        evidence = _of(col, share, what)
        if flagged and share < 0.5:
            evidence += f", among {said * col.n:.0f} answers other than N, Nil or a bare Y"
        yield Candidate(
            "CRIMINAL_RECORD", 0.75 + 0.2 * hinted, evidence + hints.note("CRIMINAL_RECORD")
        )


def _legal_or_health_reasons(col: ColumnValues, hints: NameHints) -> Iterator[Candidate]:
    """Reasons that mix convictions, bankruptcy and illness (a juror's disqualification, an
    exemption): sensitive as a whole though neither kind fills the column alone."""
    if col.median_words > PROSE_WORDS or not 3 <= col.n_distinct <= MAX_OUTCOMES:
        return
    if _HOSPITAL_UNIT.search(hints.normalised) or _services(col):
        return  # WARD: Oncology, Orthopaedics; the hospital's (and a programme's name)
    criminal, _ = _criminal_share(col)
    health = _health_share(col)
    if criminal < 0.15 and health < 0.15:
        return
    either = col.share_where(
        lambda v: (
            _names_offence(col, v)
            or vocab.LEGAL_DISABILITY.search(v) is not None
            or _health_value(col, v)
        )
    )
    if either < 0.5:
        return
    entity = "CRIMINAL_RECORD" if criminal >= health else "HEALTH"
    what = "convictions, sentences, bankruptcy or illnesses"
    yield Candidate(entity, 0.7, _of(col, either, what) + hints.note(entity))
