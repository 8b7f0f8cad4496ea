"""A person's circumstances, which only their column's name can tell.

A household of 4, "Lives alone", a visa subclass of 202, "Wages" as the main income, "Y"
under a family violence flag, "Intensive" under a supervision level: the values are small
numbers, yes/no answers and a handful of words that mean nothing alone. In a table about
people, the column's name says what they are, and each row is someone's:

* ``HOUSEHOLD`` (a quasi-identifier): the household's size or make-up, living
  arrangements, dependants and children counted (HH_SIZE, livesAlone, LIVING_ARR);
* ``RESIDENCY`` (a quasi-identifier): a visa's subclass or stream, a residency or
  migration status (VISA_SUBCLASS; a humanitarian visa says a refugee);
* ``INCOME`` (a quasi-identifier): the kind or band of an income or a salary (INCOME_TYPE,
  HH_INCOME_BAND, SALARY_BAND), where the figure itself is read by its values;
* ``HEALTH`` (sensitive): a medical classification or assessment, an impairment's rating,
  an immunisation status, a hearing loss, a disability's level (MEC 3, "Fit", 14 under
  wpi_pct);
* ``VULNERABILITY`` (sensitive): family violence flags, gambling, child protection and
  care orders, silent electors, a person's priority cohort or risk rating, the reason for
  a hardship application;
* ``CRIMINAL_RECORD`` (sensitive): electronic monitoring, a supervision level, custody,
  remand, a plea, reoffending, bail, a prisoner's security rating, a forensic history, a
  police check's result;
* ``EDUCATION`` and ``EMPLOYMENT`` (quasi-identifiers): the highest school level or
  qualification, years of schooling, an employment or labour-force status;
* ``TRADE_UNION`` (sensitive): membership of a trade union, by a flag or dues under such a
  name, or by unions named row by row under any name;
* ``ETHNICITY``: an interpreter needed (a language other than English at home).

Only a column that nothing else found, with few kinds of value (40 at most: a code list or
flags, not identifiers or amounts), is read so, and only in a table about people: a
school's households or a facility's risk rating are no one's. The evidence says the name
decided (unions named row by row are read by their values, and the evidence says so).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minshare.detect import vocab
from minshare.detect.findings import NAME_ALONE, ColumnFinding, EntityFinding
from minshare.detect.names import name_hints, name_words
from minshare.detect.profile import ColumnValues

MAX_KINDS = 40  # more distinct values than this are identifiers, amounts or free text
SCORE = 0.6  # a name's word, with values that neither support nor contradict it


_CIRCUMSTANCES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "HOUSEHOLD",
        name_words(
            r"household_?(?:size|comp\w*|type|members|count|n|num|no)|"
            r"hh_?(?:size|comp\w*|type|members|n|count|num)|hhsize|"
            r"lives_?alone|living_?alone|living_?arr\w*|living_?situation|"
            r"dependants?|dependents?|(?:n|num|no|number)_?(?:of_?)?(?:dependants?|dependents?)|"
            r"(?:n|num|no|number)_?of_?children|(?:n|num)_?children"
        ),
    ),
    (
        "RESIDENCY",
        name_words(
            r"visa|visa_?(?:subclass|sub_?class|class|type|category|cat|status|stream)|"
            r"visa_?sc|residency(?:_?status)?|resident_?status|migration_?(?:stream|status)|"
            r"migrant_?(?:stream|status|category)|humanitarian\w*"
        ),
    ),
    (
        "INCOME",
        name_words(
            r"(?:hh_?|household_?|personal_?|main_?|primary_?)?income_?(?:type|source|src|band|"
            r"bracket|range|cat|category|grp|group)|(?:main|primary)_?income\w*|"
            r"(?:hh|household)_?income\w*|salary_?(?:band|range|bracket|bands)|"
            r"ati_?(?:band|range|bracket|bands|cat\w*|grp|group)"
        ),
    ),
    (
        "EDUCATION",
        name_words(
            r"highest_?(?:qual\w*|school\w*|level|educ\w*|ed|yr|year)(?:_?(?:level|lvl|cd|code))?|"
            r"(?:school|educ\w*|edu)_?(?:level|lvl|attainment|completed)(?:_?(?:cd|code))?|"
            r"education|educational_?attainment|"
            r"years?_?(?:of_?)?school\w*|yrs_?(?:of_?)?school\w*|schooling|"
            r"parents?_?(?:ed|edu|educ\w*)|parental_?(?:ed|edu|educ\w*)|"
            r"(?:mother|father)s?_?(?:ed|edu|educ\w*)|"
            # a qualification's code or title is a course's (an apprentice trains towards it)
            r"(?:qualifications?|quals?)(?!_?(?:code|cd|id|no|num|title)(?:_|$))|"
            r"qual_?(?:level|lvl|held)"
        ),
    ),
    (
        "EMPLOYMENT",
        name_words(
            r"employment_?(?:status|situation)|emp_?(?:status|stat)|"
            r"labour_?force_?status|labour_?force|lf_?status|work_?status|working_?status|"
            r"employed|unemployed|job_?status"
        ),
    ),
    (
        "TRADE_UNION",
        name_words(
            r"(?<!credit_)(?:union|unions|trade_?unions?|union_?(?:member\w*|mbr\w*|dues|"
            r"fees?|deduct\w*|ded|name|affil\w*|flag|status))"
        ),
    ),
    (
        "HEALTH",
        name_words(
            r"(?:medical|med)_?(?:class\w*|assessment|category|cat|fitness|status|standard)|"
            r"fitness_?to_?(?:drive|work)|impairment\w*|wpi|wpi_?(?:pct|percent|score)|"
            r"(?:immunis|immuniz|vaccin)\w*_?status|air_?status|hearing_?loss|"
            r"vision_?(?:loss|impairment)|disability_?(?:level|type|status)|adjustment_?level|"
            r"medical_?attention\w*|first_?aid\w*|"
            # a disability support pension; drinking, drug use and a risk of self-harm
            r"dsp|disability_?support_?pension|alcohol\w*|aod|drug_?(?:use|misuse|hist\w*)|"
            r"substance_?(?:use|misuse|abuse)\w*|sh_?risk"
        ),
    ),
    (
        "VULNERABILITY",
        name_words(
            r"fv|fv_?\w+|family_?violence\w*|domestic_?violence\w*|gambl\w*|"
            r"court_?orders?|care_?orders?|cp_?orders?|child_?protection\w*|"
            r"care_?(?:arrangement|status)|"
            # a silent elector, an address withheld for safety; a child at risk of
            # significant harm (ROSH)
            r"silent|silentelector\w*|(?:addr|address)_?(?:suppress\w*|withheld)|"
            r"(?:suppressed|withheld)_?(?:addr|address)|"
            r"rosh|significant_?harm|risk_?of_?(?:significant_?)?harm|"
            # a child in out-of-home care; a flag that a person's safety is at risk
            r"oohc|out_?of_?home_?care|safety_?(?:flag|alert|concern|concerns)|"
            r"priority_?(?:pop\w*|group|grp|cohort)|risk_?(?:rating|level|lvl|score|flag|tier|band)|"
            r"hardship_?(?:reason|reasons|type|cat|category|grounds?)|"
            # a child protection history or alert; a care leaver; a refugee
            r"cp_?(?:flag|hist\w*|status|ind|alert|involve\w*)|care_?leaver\w*|refugee\w*|"
            # the vulnerabilities a service records, in its own codes (VULN: ELD, PWD)
            r"vuln|vulns|vulnerab\w*"
        ),
    ),
    (
        "ETHNICITY",
        # an interpreter needed: a language other than English (not the interpreter's name,
        # which is read by its values)
        name_words(r"interp\w*_?(?:req\w*|needed|need|flag|ind|yn)|(?:req|need|needs)_?interp\w*"),
    ),
    (
        "CRIMINAL_RECORD",
        name_words(
            r"em_?(?:flag|status|device|ind)|electronic_?monitor\w*|supvn\w*|"
            r"supervision_?(?:level|lvl|type|order|status)|in_?custody|custody_?status|"
            r"remand\w*|plea|pleas|re_?offend\w*|recidiv\w*|custody_?(?:flag|ind|yn)|"
            # time served before (PRIOR_CUSTODY: "Released 2019", "Currently in custody")
            r"(?:prior|previous|prev|past)_?(?:custody|incarceration|imprisonment|prison)|"
            # the kind of offence a person committed or suffered, in codes of the agency's
            # own (ASSLT, STALK, 13.2): either way a fact of a crime about them
            r"offen[cs]e_?(?:cat|category|type|code|cd|class|group|section|sect)|"
            # or named alone, or described: a fine's offence is its payer's as much
            r"offen[cs]es?|offen[cs]e_?(?:desc|descr|description|details|text)|"
            r"off_?(?:cd|code|cat|type|desc)|"
            # the most serious offence of a custody or a sentence (MSO)
            r"(?:most_?)?serious_?off(?:en[cs]e)?|mso|"
            # the offence's class in the national standard (ANZSOC: 0211, 1411)
            r"anzsoc(?:_?(?:cd|code|div|division|group|subdiv))?|"
            # parole, and the risk of reoffending an LSI-R assessment gives; not the officer,
            # the board or the unit that decide it
            r"parole(?!_?(?:officer|board|office|region|district|unit))\w*|lsi_?r\w*|"
            r"bail|bail_?(?:status|outcome|decision|type|result)|security_?(?:rating|class\w*)|"
            # a prisoner's security classification, written short (SEC_CLASS: A1 to D1)
            r"sec_?(?:class\w*|rating|rtg)|(?:custody|cust)_?class\w*|"
            r"forensic|forensic_?(?:hx|history|flag|status|order\w*)|"
            r"(?:police|pol)_?(?:chk|check|clearance)(?:_?(?:result|outcome|status))?|"
            r"criminal_?history_?(?:check|chk)(?:_?(?:result|outcome|status))?|"
            # a Working with Children Check's outcome: a bar is a finding of risk
            r"(?:wwcc|wwc)_?(?:stat|status|outcome|result)"
        ),
    ),
)


# The terms a position is held on, which only a position has (a person in work may be
# full-time, part-time, casual or on contract too)
_POSITION_TERMS = vocab.words(
    "permanent perm ongoing non nonongoing temporary temp fixed term secondment seconded acting"
)
# The words of a job's tenure: a staff list's employment status is its positions', not a
# labour-force status ("Employed part-time", "Unemployed", "Not in labour force")
_TENURE_WORDS = _POSITION_TERMS | vocab.words(
    "casual cas contract contractor ft pt full part time fulltime parttime f t p"
)
TENURES = 0.9  # of a column's values, made of those words alone
POSITIONS = 0.5  # of them, with a term only a position has


def _positions_tenure(values: ColumnValues) -> bool:
    """Whether a column holds the terms staff positions are held on: nearly every value
    made of a tenure's words alone, half with a term only a position has (permanent,
    ongoing, temporary, secondment), not the full-time, part-time and casual work a client's
    labour-force status may record."""
    tenures = values.share_where(lambda v: set(vocab.folded_words(v)) <= _TENURE_WORDS)
    positional = values.share_where(
        lambda v: not set(vocab.folded_words(v)).isdisjoint(_POSITION_TERMS)
    )
    return tenures >= TENURES and positional >= POSITIONS


def circumstance(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding:
    """The circumstance a column of a table about people records, when its name says which
    and nothing else was found in it (see the module's description)."""
    if values.n == 0:
        return finding
    if values.n_distinct > MAX_KINDS:
        # a deduction for union fees, the union and its amount ("NSWTF 33.49"): as many
        # values as amounts (the amounts first, by RE2)
        if finding.personal or values.share_matching(_UNION_AND_AMOUNT) < SOME_AMOUNTS:
            return finding
        return _union(values, finding)
    if finding.personal:
        # a union's acronym may be a pathology test's too (PSA): among other unions, a union
        return _union(values, finding) if finding.kind == "HEALTH" else finding
    hints = name_hints(values.name)
    for entity, pattern in _CIRCUMSTANCES:
        matched = pattern.search(hints.normalised)
        if matched is None:
            continue
        if _someone_elses(hints.normalised, matched):
            return finding
        if entity == "EMPLOYMENT" and _positions_tenure(values):
            return finding  # "Permanent FT", "Casual", "Secondment": the job's, as FT and PT are
        evidence = (
            f"{NAME_ALONE}: name hint '{matched.group(0).strip('_')}', in a "
            f"table about people; {values.n_distinct} kinds of value among {values.n} "
            "non-null sampled values"
        )
        return finding.found_as(EntityFinding(entity, SCORE, evidence))
    return _union(values, finding)


UNIONS = 0.8  # of a column's answered values, trade unions' names or acronyms
MIN_ONE_UNION = 4  # letters of a union's acronym or name that alone, one union, is enough
_NOT_A_MEMBER = vocab.NIL_ANSWERS | {"-", "n", "not a member", "non-member"}
# a payroll's code of a union deduction before the union it is paid to ("TU-CPSU",
# "UNION - Together"): whatever follows names a union
_UNION_CODE = re.compile(r"^(?:tu|union)\s*[-:/]\s*(?=[a-z]{3})")
# the amount a deduction takes, after the union ("PSA 21.40", "CPSU $18.20"), or alone and
# nothing ("0.00": not a member)
_AMOUNT_AFTER = re.compile(r"\s*[:=]?\s*\$?\s*\d{1,5}(?:\.\d{1,2})?$")
_NOTHING = re.compile(r"^\$?\s*0+(?:\.0+)?$")
_UNION_AND_AMOUNT = r"^[A-Za-z][A-Za-z/ \-]{1,20}\s*[:=]?\s*\$?\s*\d{1,5}(?:\.\d{1,2})?$"
SOME_AMOUNTS = 0.3  # of a column's values, a union and an amount, to be read value by value


UNIONS_AMONG_DEDUCTIONS = 0.2  # of a column of payroll deductions, unions' (two unions or more)
DEDUCTIONS = 0.8  # of the rest of such a column's answered values, other payroll deductions
# The other deductions a payroll takes by code or in words: salary sacrifice, super, a
# charity, a health fund, a lease, parking, a social club, the tax office's
_DEDUCTIONS = vocab.words(
    """
    salsac salary sacrifice super superannuation supervol voluntary charity
    charities giving workplace donation donations novated lease parking carpark car health
    hcf bupa medibank nib fund social club garnishee ato child support csa loan savings
    """
)


def _deduction(value: str) -> bool:
    """Whether a value names a payroll deduction other than a union's ("SALSAC", "Charity")."""
    words = re.split(r"[\s_/-]+", vocab.fold(value).strip())
    return bool(words) and words[0] in _DEDUCTIONS


def _not_a_member(value: str) -> bool:
    return vocab.fold(value) in _NOT_A_MEMBER or _NOTHING.match(value.strip()) is not None


def _union_name(value: str) -> str | None:
    """The trade union a value names, folded, if it names one."""
    value = _AMOUNT_AFTER.sub("", value.strip())
    folded = " ".join(re.sub(r"[^a-z0-9/-]+", " ", vocab.fold(value)).split())
    folded = vocab.YES_BEFORE.sub("", folded)
    coded = _UNION_CODE.match(folded)
    if coded:
        return folded[coded.end() :]
    if folded in vocab.TRADE_UNIONS:
        return folded
    # a union and its branch or division: "CPSU NSW", "CPSU-VIC", "AEU/Vic"
    first = re.split(r"[\s/-]", folded, maxsplit=1)[0]
    return first if first in vocab.TRADE_UNIONS else None


def _union(values: ColumnValues, finding: ColumnFinding) -> ColumnFinding:
    """TRADE_UNION for the unions a table of people names, row by row, whatever the column
    is called (a payroll's deduction for union fees: "CPSU", "HSU", "ANMF")."""
    answered = [v for v in values.distinct if not _not_a_member(v)]
    named = {v: union for v in answered if (union := _union_name(v)) is not None}
    unions = set(named.values())
    if len(named) < 2 and not any(len(union) >= MIN_ONE_UNION for union in unions):
        return finding  # "ASU" alone may be a code; "CPSU" alone is a department's union
    share = values.count(list(named)) / values.count(answered)
    among = ""
    if share < UNIONS:
        # a payroll's deductions: a union's dues beside salary sacrifice, super, a charity
        others = [v for v in answered if v not in named]
        if (
            len(unions) < 2
            or share < UNIONS_AMONG_DEDUCTIONS
            or values.count([v for v in others if _deduction(v)])
            < values.count(others) * DEDUCTIONS
        ):
            return finding
        among = ", the others payroll deductions"
    evidence = (
        f"{share:.0%} of the answered sampled values are trade unions' names or acronyms "
        f"({len(unions)} union{'s' * (len(unions) > 1)}{among}), in a table about people"
    )
    return finding.found_as(EntityFinding("TRADE_UNION", 0.8, evidence))


def _someone_elses(name: str, matched: re.Match[str]) -> bool:
    """Whether the rest of the name gives the circumstance to an organisation or a thing, or
    makes it a date (FACILITY_RISK_LEVEL, PROPERTY_RISK_RATING, VISA_EXPIRY)."""
    rest = (name[: matched.start()] + "_" + name[matched.end() :]).strip("_")
    if not rest:
        return False
    others = name_hints(rest)
    return others.organisation or others.of_thing or others.thing or others.event_date


def circumstances(columns: Sequence[tuple[ColumnValues, ColumnFinding]]) -> list[ColumnFinding]:
    """The findings of a table about people, with the circumstances its names tell found."""
    return [circumstance(values, finding) for values, finding in columns]
