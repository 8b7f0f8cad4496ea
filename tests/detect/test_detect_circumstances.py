"""A person's circumstances, told by their column's name in a table about people.

Household size, living arrangements, a visa subclass, the kind of an income, family violence
flags and a supervision level are few values that say nothing alone: the name and the table
decide, and the same names in a table of schools or facilities are no one's.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from category_tables import birth, family, given
from detect_support import found, kind

from minshare.detect.findings import QUASI_IDENTIFIER, SENSITIVE
from minshare.detect.names import name_hints
from minshare.identifiers import make_abn

N = 300


def _clients(rng: random.Random) -> dict[str, list[Any]]:
    return {
        "CLIENT_NAME": [f"{given(rng)} {family(rng)}" for _ in range(N)],
        "DOB": [birth(rng, 18, 90).isoformat() for _ in range(N)],
    }


_CIRCUMSTANCES: list[tuple[str, list[Any], str]] = [
    ("HH_SIZE", [1, 2, 3, 4, 5, 6, 8], "HOUSEHOLD"),
    ("livesAlone", ["true", "false"], "HOUSEHOLD"),
    ("living_arr", ["Lives alone", "Lives with spouse", "Lives with family", "Other"], "HOUSEHOLD"),
    ("NUM_DEPENDANTS", [0, 1, 2, 3], "HOUSEHOLD"),
    ("VISA_SUBCLASS", ["189", "820", "202", "186", "200", "866"], "RESIDENCY"),
    ("INCOME_TYPE", ["Age Pension", "Wages", "Carer Payment", "Nil income"], "INCOME"),
    ("HH_INCOME_BAND", ["<$40,000", "$40,000-$70,000", ">$100,000"], "INCOME"),
    ("income_src", ["Centrelink", "Age pension", "Wages", "Super", "None"], "INCOME"),
    ("hardship_reason", ["Unemployment", "Relationship breakdown", "Illness"], "VULNERABILITY"),
    ("gambling_type", ["Pokies (EGMs)", "Keno", "Online casino", "Lotteries"], "VULNERABILITY"),
    ("court_order", ["Supervision order", "Interim order", "Temporary care"], "VULNERABILITY"),
    ("PRIORITY_POP", ["MSM", "PWID", "Young person <25", "None"], "VULNERABILITY"),
    ("PRIORITY_GRP", ["General", "Residential aged care", "Child in care (OOHC)"], "VULNERABILITY"),
    ("RISK_RATING", ["low", "Medium", "HIGH"], "VULNERABILITY"),
    # a family violence risk assessment's score, a plain number
    ("RISK_SCORE", [5, 9, 14, 18, 24, 27, 29, 35], "VULNERABILITY"),
    ("risk_flag", ["Y", "N"], "VULNERABILITY"),
    ("Vuln", ["ELD", "CHILD<5", "MOB", "MED-DEP", "PWD", "LANG", "ELD;MOB"], "VULNERABILITY"),
    ("EM_FLAG", ["Y", "N"], "CRIMINAL_RECORD"),
    ("SUPVN_LEVEL", ["Low", "Medium", "High", "Intensive"], "CRIMINAL_RECORD"),
    ("bail_status", ["Granted", "Refused", "Dispensed with", "Continued"], "CRIMINAL_RECORD"),
    ("MEDICAL_CLASS", ["MEC 1", "MEC 2", "MEC 3", "MEC 4"], "HEALTH"),
    ("med_class", ["MEC 1", "MEC 2", "MEC 3", "MEC 4"], "HEALTH"),
    ("Salary Band", ["<$60k", "$60k-$80k", "$80k-$100k", "$100k+"], "INCOME"),
    ("MedicalAssessment", ["Fit", "Fit - review in 12 months", "Pending"], "HEALTH"),
    ("wpi_pct", [0, 5, 9, 14, 18, 22, 31], "HEALTH"),
    ("AIR_STATUS", ["Up to date", "Not up to date", "Exempt"], "HEALTH"),
    ("AdjustmentLevel", ["None", "Supplementary", "Substantial", "Extensive"], "HEALTH"),
    ("Security Rating", ["Low", "Medium", "High", "Maximum"], "CRIMINAL_RECORD"),
    ("forensic_hx", ["Y", "N"], "CRIMINAL_RECORD"),
    ("POLICE_CHK", ["Cleared", "Pending", "Not cleared"], "CRIMINAL_RECORD"),
    ("POL_CHK", ["Clear", "Pending", "Not cleared"], "CRIMINAL_RECORD"),
    ("WWCC_STAT", ["Cleared", "Application in progress", "Expired"], "CRIMINAL_RECORD"),
    ("CUSTODY_FLAG", ["Y", "N", "U"], "CRIMINAL_RECORD"),
    ("PRIOR_CUSTODY", ["N", "Y", "Currently in custody", "Released 2018"], "CRIMINAL_RECORD"),
    ("OFFENCE_CAT", ["DV", "ASSLT", "STALK", "CSA", "HOMIC-FAM", "ROBB"], "CRIMINAL_RECORD"),
    ("OFF_CD", ["MS12", "MS14", "BT03", "BT07", "LJ01"], "CRIMINAL_RECORD"),
    ("anzsoc_cd", ["0211", "0491", "1041", "0131", "1511"], "CRIMINAL_RECORD"),
    # a young person's most serious offence, in the national standard's codes
    ("most_serious_off", ["1313", "0841", "0211", "0611", "1531"], "CRIMINAL_RECORD"),
    ("MSO", ["1313", "0841", "0211", "0611", "1531"], "CRIMINAL_RECORD"),
    (
        "CP_INVOLVE",
        ["Past involvement", "Current CPO", "Unknown", "Interim order"],
        "VULNERABILITY",
    ),
    (
        "offence",
        ["S01 Travel without valid ticket", "S02 Fail to tap on", "S11"],
        "CRIMINAL_RECORD",
    ),
    ("OOHC", ["N", "Y", "Kinship care", "Foster care", "Residential care"], "VULNERABILITY"),
    ("safety_flag", ["N", "Y", "ADDR_SUPPRESSED"], "VULNERABILITY"),
    ("Highest_School_Level", ["Year 12", "Year 11", "Year 10", "Year 9 or below"], "EDUCATION"),
    ("parent_ed", ["Bachelor or above", "Diploma", "Certificate I-IV", "Year 12"], "EDUCATION"),
    ("YearsSchooling", [0, 3, 6, 8, 10, 12], "EDUCATION"),
    ("qualification", ["Cert IV Env Health", "BSc (Env Health)", "Grad Dip PH"], "EDUCATION"),
    ("Labour_Force_Status", ["01", "02", "03", "04"], "EMPLOYMENT"),
    ("employment_status", ["Full-time", "Part-time", "Casual", "Contract"], "EMPLOYMENT"),
    ("Qual", ["Diploma of ECEC", "Cert III ECEC", "Bachelor of Education"], "EDUCATION"),
    ("ATI_band", ["<$80,000", "$80,000-$100,000", "$100,000-$120,000", ">$120,000"], "INCOME"),
    ("Medical Attention", ["Hospital ED", "GP", "Ambulance", "First aid only", "None"], "HEALTH"),
    ("UnionMember", [True, False], "TRADE_UNION"),
    ("union_dues", ["Y", "N"], "TRADE_UNION"),
]
_SENSITIVE_ONES = {"VULNERABILITY", "CRIMINAL_RECORD", "TRADE_UNION", "HEALTH"}


@pytest.mark.parametrize(("name", "kinds", "entity"), _CIRCUMSTANCES)
def test_a_circumstance_named_in_a_table_about_people_is_found(
    name: str, kinds: list[Any], entity: str
) -> None:
    rng = random.Random(name)
    table = _clients(rng) | {name: [rng.choice(kinds) for _ in range(N)]}
    finding = found(table)[name]
    assert finding.personal, finding
    assert kind(finding) == entity, finding
    expected = SENSITIVE if entity in _SENSITIVE_ONES else QUASI_IDENTIFIER
    assert finding.category == expected
    assert finding.best is not None
    assert "decided by the column name" in finding.best.evidence
    assert "in a table about people" in finding.best.evidence


def test_the_same_names_in_a_table_of_schools_are_no_ones() -> None:
    rng = random.Random("schools")
    schools = [f"{family(rng)} {rng.choice(['Public School', 'High School'])}" for _ in range(60)]
    table = {
        "SCHOOL_NAME": [rng.choice(schools) for _ in range(N)],
        "HH_SIZE": [rng.randint(1, 7) for _ in range(N)],
        "RISK_RATING": [rng.choice(["Low", "Medium", "High"]) for _ in range(N)],
        "VISA_SUBCLASS": [rng.choice(["500", "590"]) for _ in range(N)],
    }
    findings = found(table)
    for name in ("HH_SIZE", "RISK_RATING", "VISA_SUBCLASS"):
        assert not findings[name].personal, findings[name]


@pytest.mark.parametrize(
    ("name", "values"),
    [
        # a facility's or a property's rating, beside its client's name, is not the client's
        ("FACILITY_RISK_RATING", ["Low", "Medium", "High"]),
        ("PROPERTY_RISK_LEVEL", ["Low", "Medium", "High"]),
        # many different values are amounts or identifiers, not a circumstance
        ("HOUSEHOLD_INCOME_AMT", None),
        # a date about a visa is an event's date, as a police check's is
        ("VISA_EXPIRY", None),
        ("Police Check Date", None),
        ("OFFENCE_CODE_DATE", None),
    ],
)
def test_names_that_give_the_circumstance_to_something_else_are_not_read_so(
    name: str, values: list[str] | None
) -> None:
    rng = random.Random(name)
    if values is None and name.endswith("AMT"):
        column: list[Any] = [round(rng.uniform(20_000, 180_000), 2) for _ in range(N)]
    elif values is None:
        column = [f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(N)]
    else:
        column = [rng.choice(values) for _ in range(N)]
    finding = found(_clients(rng) | {name: column})[name]
    assert kind(finding) not in ("HOUSEHOLD", "RESIDENCY", "VULNERABILITY", "CRIMINAL_RECORD")


def test_a_course_code_is_not_the_person_s_education() -> None:
    rng = random.Random("course")
    table = _clients(rng) | {
        "qualification_code": [rng.choice(["CHC30121", "BSB40120", "UEE30820"]) for _ in range(N)],
        "QUAL_TITLE": [rng.choice(["Cert III Carpentry", "Cert III Plumbing"]) for _ in range(N)],
        "credit_union": [
            rng.choice(["Bankwest", "Beyond Bank", "Teachers Mutual"]) for _ in range(N)
        ],
    }
    findings = found(table)
    assert kind(findings["qualification_code"]) != "EDUCATION", findings["qualification_code"]
    assert kind(findings["QUAL_TITLE"]) != "EDUCATION", findings["QUAL_TITLE"]
    assert kind(findings["credit_union"]) != "TRADE_UNION", findings["credit_union"]


def test_a_jobs_employment_type_is_the_jobs() -> None:
    rng = random.Random("employment type")
    table = _clients(rng) | {"employment_type": [rng.choice(["FT", "PT", "CT"]) for _ in range(N)]}
    assert not found(table)["employment_type"].personal


_UNIONS = ["CPSU", "HSU", "ANMF", "United Workers Union", "AEU", "Health Services Union"]


def test_unions_named_row_by_row_are_found_whatever_the_column_is_called() -> None:
    rng = random.Random("unions")
    deductions = [rng.choice(_UNIONS) if rng.random() < 0.3 else None for _ in range(N)]
    finding = found(_clients(rng) | {"attr_7": deductions})["attr_7"]
    assert kind(finding) == "TRADE_UNION", finding
    assert finding.category == SENSITIVE
    assert finding.best is not None
    assert "trade unions" in finding.best.evidence


def test_the_hourly_rate_of_a_panel_of_sole_traders_is_their_price() -> None:
    # practitioners on a panel trade under an ABN: the rate they charge is no one's income
    rng = random.Random("panel")
    rates = [f"{rng.uniform(90, 220):.2f}" for _ in range(N)]
    panel = _clients(rng) | {
        "ABN": [make_abn(rng) for _ in range(N)],
        "GST_REG": [rng.choice("YN") for _ in range(N)],
        "HOURLY_RATE": rates,
    }
    assert not found(panel)["HOURLY_RATE"].personal
    # an employee's rate, and an apprentice's wage rate beside the employer's ABN, are pay
    assert kind(found(_clients(rng) | {"HOURLY_RATE": rates})["HOURLY_RATE"]) == "INCOME"
    assert kind(found(panel | {"wage_rate_hr": rates})["wage_rate_hr"]) == "INCOME"


def test_maritime_and_emergency_services_unions_are_unions() -> None:
    # a port authority's payroll: the seafarers', officers' and marine engineers' unions
    rng = random.Random("maritime unions")
    unions = ["MUA", "AMOU", "AIMPE", "FBEU", "UFU", "AFPA", None, None]
    finding = found(_clients(rng) | {"c11": [rng.choice(unions) for _ in range(N)]})["c11"]
    assert kind(finding) == "TRADE_UNION", finding


@pytest.mark.parametrize(
    "unions",
    [
        ["USU", "AWU", "USU", "N"],  # a council's: the United Services Union
        ["PSA", "N", "ASU", "CPSU", "Y - PSA", "N"],  # a member's N, a deduction's yes
    ],
)
def test_unions_beside_a_members_no_are_unions_without_a_name(unions: list[str]) -> None:
    rng = random.Random(" ".join(unions))
    finding = found(_clients(rng) | {"c12": [rng.choice(unions) for _ in range(N)]})["c12"]
    assert kind(finding) == "TRADE_UNION", finding


def test_a_deductions_union_and_amount_is_a_union() -> None:
    # a payroll writes the union and the fee it took ("NSWTF 33.49"), or nothing ("0.00")
    rng = random.Random("union fees")
    unions = ["NSWTF", "PSA", "IEU", "CPSU"]
    fees = [
        f"{rng.choice(unions)} {rng.uniform(12, 40):.2f}" if rng.random() < 0.6 else "0.00"
        for _ in range(N)
    ]
    finding = found(_clients(rng) | {"UNION_DED": fees})["UNION_DED"]
    assert kind(finding) == "TRADE_UNION", finding
    assert finding.best is not None
    assert "(4 unions)" in finding.best.evidence
    # a school's teachers, all in the one union
    fees = [f"NSWTF {rng.uniform(12, 40):.2f}" if rng.random() < 0.6 else "0.00" for _ in range(N)]
    assert kind(found(_clients(rng) | {"X_08": fees})["X_08"]) == "TRADE_UNION"


def test_one_union_of_a_departments_staff_is_a_union() -> None:
    # the public service's union on the rows of its members, the others blank
    rng = random.Random("one union")
    dues = [rng.choice(["CPSU", None]) for _ in range(N)]
    assert kind(found(_clients(rng) | {"DED_03": dues})["DED_03"]) == "TRADE_UNION"
    # an acronym of three letters alone is as often another code's (PSA, ETU, ASU)
    codes = [rng.choice(["ASU", None]) for _ in range(N)]
    assert kind(found(_clients(rng) | {"DED_04": codes})["DED_04"]) != "TRADE_UNION"


def test_unions_among_a_payrolls_other_deductions_are_unions() -> None:
    # a payroll's deduction codes: two unions' dues beside salary sacrifice, super, a charity
    rng = random.Random("deductions")
    codes = ["PSA", "CPSU", "CPSU-NSW", "SALSAC", "SUPER-VOL", "CHARITY", "NONE", None, None]
    finding = found(_clients(rng) | {"PAYDED_CD": [rng.choice(codes) for _ in range(N)]})
    assert kind(finding["PAYDED_CD"]) == "TRADE_UNION", finding["PAYDED_CD"]
    # one union's acronym among the deductions may be another code's; other codes beside
    # two unions' say nothing of payroll (a roster's, a hospital's)
    for others in (["PSA", "SALSAC", "SUPER-VOL", "CHARITY"], ["PSA", "AEU", "RN", "EN", "AIN"]):
        codes = [rng.choice(others) for _ in range(N)]
        finding = found(_clients(rng) | {"c09": codes})
        assert kind(finding["c09"]) != "TRADE_UNION", (others, finding["c09"])


def test_queenslands_union_named_alone_with_its_fee_is_a_union() -> None:
    # Together (Queensland's public sector union) written with and without its code
    rng = random.Random("together")
    unions = ["AWU", "UWU Qld", "TU-TOGETHER", "TOGETHER"]
    fees = [f"{rng.choice(unions)} {rng.uniform(20, 48):.2f}" for _ in range(N)]
    assert kind(found(_clients(rng) | {"UNION_DED": fees})["UNION_DED"]) == "TRADE_UNION"


def test_a_payrolls_code_of_a_union_deduction_is_a_union() -> None:
    # "TU-" says a deduction paid to a union, whichever ("Together" is Queensland's)
    rng = random.Random("deduction codes")
    codes = ["TU-CPSU", "TU-ASU", "TU-TOGETHER", "TU-PSA", None, None, None]
    finding = found(_clients(rng) | {"payroll_ded": [rng.choice(codes) for _ in range(N)]})
    assert kind(finding["payroll_ded"]) == "TRADE_UNION"
    # a roster's Tuesday shifts are no union's
    shifts = ["TU-AM", "TU-PM", None]
    finding = found(_clients(rng) | {"shift_cd": [rng.choice(shifts) for _ in range(N)]})
    assert kind(finding["shift_cd"]) != "TRADE_UNION"


def test_a_pathology_tests_readings_are_no_union() -> None:
    # the prostate-specific antigen test and its reading: a union's acronym and a number
    rng = random.Random("psa")
    readings = [f"PSA {rng.uniform(0.2, 9.9):.1f}" for _ in range(N)]
    assert kind(found(_clients(rng) | {"c12": readings})["c12"]) == "HEALTH"


def test_a_register_of_unions_is_no_ones_membership() -> None:
    rng = random.Random("register")
    table = {
        "union_name": [_UNIONS[i % len(_UNIONS)] for i in range(N)],
        "registered_office": [
            f"{rng.randint(1, 400)} Queen St Melbourne VIC 3000" for _ in range(N)
        ],
        "members": [rng.randint(2_000, 150_000) for _ in range(N)],
    }
    assert not found(table)["union_name"].personal


def test_a_column_something_else_found_keeps_its_finding() -> None:
    rng = random.Random("dv")
    table = _clients(rng) | {"fv_flag": [rng.choice(["Y", "N"]) for _ in range(N)]}
    finding = found(table)["fv_flag"]
    assert kind(finding) == "VULNERABILITY"
    assert finding.best is not None
    assert "yes/no" in finding.best.evidence  # read by its values under the name, not decided


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("breastfeeding", ["Fully", "Partially", "Not breastfeeding"]),
        ("epds_score", list(range(0, 25))),
        ("ats_cat", ["1", "2", "3", "4", "5"]),
        ("CT_NG_RESULT", ["CT- NG-", "CT+ NG-", "CT- NG+", "Not tested"]),
        ("PREP_STATUS", ["On PrEP - daily", "Not interested", "Commenced today"]),
        ("injectingStatus", ["Never injected", "Current injector", "Not stated"]),
        ("COVID_DOSES", [0, 1, 2, 3, 4]),
        # the alcohol and other drug treatment data set's items, as numeric codes
        ("PDC", [1101, 1201, 2101, 3101, 3103, 9101]),  # the principal drug of concern
        ("MTT", [1, 2, 3, 4, 5, 6, 7, 8]),  # the main treatment type
        ("INJ_STAT", [1, 2, 3, 4, 9]),  # whether the client injects
        # an aged care assessment's cognition and frailty; a worker's vaccinations
        ("Cog_Status", ["No impairment", "Mild", "Moderate", "Severe"]),
        ("Frailty_Scr", [1, 2, 3, 4, 5, 6, 7, 8, 9]),
        ("Vacc_Status", ["Up to date", "Overdue", "Exempt"]),
    ],
)
def test_health_is_known_by_more_of_its_names(name: str, values: list[Any]) -> None:
    rng = random.Random(name)
    finding = found(_clients(rng) | {name: [rng.choice(values) for _ in range(N)]})[name]
    assert kind(finding) == "HEALTH", finding


@pytest.mark.parametrize(
    ("name", "values", "entity"),
    [
        ("SILENT_FLG", ["N", "N", "n", "No", "Y"], "VULNERABILITY"),  # a silent elector
        ("address_suppressed", ["false", "false", "true"], "VULNERABILITY"),
        ("ROSH_FLAG", ["Y", "N", "Yes", "No"], "VULNERABILITY"),  # risk of significant harm
        ("LSIR_BAND", ["LOW", "MEDIUM", "HIGH", "Med-High"], "CRIMINAL_RECORD"),
        ("parole_status", ["Granted", "Refused", "Revoked", "Deferred"], "CRIMINAL_RECORD"),
        ("SEC_CLASS", ["A1", "A2", "B1", "B2", "C1", "C2", "D1"], "CRIMINAL_RECORD"),
        ("cp_flag", ["Y", "N", "N", "N"], "VULNERABILITY"),  # a child protection history
        ("CARE_LEAVER", ["Y", "N", "U"], "VULNERABILITY"),
        ("refugee", ["Y", "N", "N"], "VULNERABILITY"),
        ("DSP", ["Y", "N", "N"], "HEALTH"),  # a disability support pension
        ("sh_risk", ["Low", "Medium", "High"], "HEALTH"),
        ("AOD", ["Y", "N", "N"], "HEALTH"),
        ("alcohol_use", ["Nil", "Low", "Harmful"], "HEALTH"),
        ("interp_reqd", ["Y", "N", "N", "N"], "ETHNICITY"),  # a language other than English
        ("needs_interpreter", ["true", "false", "false"], "ETHNICITY"),
    ],
)
def test_safety_and_reoffending_are_known_by_their_names(
    name: str, values: list[str], entity: str
) -> None:
    rng = random.Random(name)
    finding = found(_clients(rng) | {name: [rng.choice(values) for _ in range(N)]})[name]
    assert kind(finding) == entity, finding


def test_a_parole_officer_and_a_parole_unit_are_not_a_record() -> None:
    rng = random.Random("officer")
    officers = [f"{given(rng)} {family(rng)}" for _ in range(12)]
    units = ["Metro North", "Metro South", "Hunter", "Western", "Riverina"]
    table = _clients(rng) | {
        "PAROLE_OFFICER": [rng.choice(officers) for _ in range(N)],
        "PAROLE_UNIT": [rng.choice(units) for _ in range(N)],
    }
    findings = found(table)
    assert kind(findings["PAROLE_OFFICER"]) == "PERSON"
    assert not findings["PAROLE_UNIT"].personal


def test_a_risk_rating_beside_the_business_s_own_name_is_the_premises() -> None:
    rng = random.Random("premises")
    table = _clients(rng) | {
        "business_name": [f"{family(rng)} Tattoo Studio" for _ in range(N)],
        "risk_rating": [rng.choice(["Low", "Medium", "High"]) for _ in range(N)],
    }
    assert not found(table)["risk_rating"].personal


@pytest.mark.parametrize(
    "name", ["HrlyRate", "payee_ati", "PAYER_ATI", "ATI", "adjusted_taxable_income"]
)
def test_an_hourly_rate_and_an_adjusted_taxable_income_are_income(name: str) -> None:
    rng = random.Random(name)
    hourly = name == "HrlyRate"
    amounts = [
        f"{rng.uniform(25, 60):.2f}" if hourly else str(rng.randint(20, 200) * 1000)
        for _ in range(N)
    ]
    assert kind(found(_clients(rng) | {name: amounts})[name]) == "INCOME"


def test_where_an_income_comes_from_is_no_income() -> None:
    # the payer of an income (an employer) is no amount; a payer's own income is
    assert not name_hints("INCOME_PAYER").has("INCOME")
    assert not name_hints("INCOME_SOURCE").has("INCOME")
    assert name_hints("PAYER_ATI").has("INCOME")


_VERDICTS = [
    ["Fit", "Fit with restrictions", "Temporarily unfit", "Permanently unfit"],
    ["Fit for pre-injury duties", "Fit for modified duties", "Unfit for work"],
    ["No capacity for work", "Partial capacity", "Full capacity for pre-injury duties"],
    # with a qualifier after a dash, in brackets or from a day
    ["Fit", "Fit - conditions", "Unfit - review"],
    ["Unfit for work", "Reduced hours (max 15 hrs/wk)", "Fit for normal duties from review date"],
    # an emergency service's medical: restricted, or fit but not in the water
    ["FIT", "Fit", "RESTRICTED", "FIT-NO-INWATER"],
    ["Fit", "Fit w/ conditions", "Fit - no flood rescue", "Temporarily unfit"],
    # a licensing authority's medical review: fit, fit on conditions, unfit
    ["FIT", "COND", "COND", "UNFIT", "fit", "FIT"],
]


@pytest.mark.parametrize("verdicts", _VERDICTS)
@pytest.mark.parametrize("name", ["OUTCOME", "column_7"])
def test_verdicts_on_fitness_for_work_are_health(verdicts: list[str], name: str) -> None:
    rng = random.Random(f"{name} {verdicts[0]}")
    table = _clients(rng) | {name: [rng.choice(verdicts) for _ in range(N)]}
    assert kind(found(table)[name]) == "HEALTH"


@pytest.mark.parametrize(
    "values",
    [
        ["Fit for purpose", "Not fit for purpose", "Unfit for purpose"],  # an asset's condition
        ["Fit - minor wear", "Fit - as new", "Fit - serviced"],  # an asset's, qualified
        ["Fit", "Fit", "Fit"],  # a clean bill alone
        ["Fit", "Pending", "Not required", "Booked", "Cancelled"],
        ["Restricted", "Unrestricted", "Restricted"],  # a licence's or a file's access
        ["Cond", "Conditional", "Unconditional"],  # an offer's or a sale's terms
    ],
)
def test_an_assets_fitness_or_a_clean_bill_alone_is_not_health(values: list[str]) -> None:
    rng = random.Random(values[1])
    table = _clients(rng) | {"OUTCOME": [rng.choice(values) for _ in range(N)]}
    assert kind(found(table)["OUTCOME"]) != "HEALTH"


_RESTRICTIONS = [
    ["No lifting > 10kg", "Seated duties only", "No ladders or heights", "Max 4 hrs per day"],
    [
        "Spectacles must be worn",
        "Hearing aids must be worn",
        "Near-coastal only",
        "Not to work alone",
    ],
    ["Avoid repetitive bending", "Limited use of left hand", "Frequent rest breaks", "No driving"],
]


@pytest.mark.parametrize("restrictions", _RESTRICTIONS)
@pytest.mark.parametrize("name", ["RESTRICTIONS", "column_7"])
def test_restrictions_on_a_persons_duties_are_health(restrictions: list[str], name: str) -> None:
    # most people have none: the restrictions decide among the ones written
    rng = random.Random(f"{name} {restrictions[0]}")
    values = [rng.choice(restrictions) if rng.random() < 0.4 else None for _ in range(N)]
    assert kind(found(_clients(rng) | {name: values})[name]) == "HEALTH"


@pytest.mark.parametrize(
    "values",
    [
        # a driver licence's conditions, a venue's, a bail's: no body at work
        ["Automatic transmission only", "No passengers after 11pm", "Must display P plates"],
        ["No amplified music after 10pm", "Trading hours 9am-5pm only", "No outdoor seating"],
        ["Not to contact victim", "No alcohol", "Must reside at approved address"],
        ["No lifting > 10kg", "No parking on verge", "No access after dark"],  # one alone
    ],
)
def test_conditions_that_restrict_no_body_are_not_health(values: list[str]) -> None:
    rng = random.Random(values[0])
    table = _clients(rng) | {"column_9": [rng.choice(values) for _ in range(N)]}
    assert kind(found(table)["column_9"]) != "HEALTH"


def test_circumstances_called_health_or_hardship_are_vulnerabilities() -> None:
    # "Mental health" and "Financial hardship" name no clinic or firm
    rng = random.Random("vulnerability")
    kinds = ["Mental health"] * 3 + ["Financial hardship"] * 2 + ["Family violence", "Homelessness"]
    table = _clients(rng) | {"Vulnerability": [rng.choice(kinds) for _ in range(N)]}
    assert kind(found(table)["Vulnerability"]) == "VULNERABILITY"


def test_a_flag_raised_for_few_is_read_by_the_ones_raised() -> None:
    # "N" for most people, a circumstance for the rest
    rng = random.Random("safety flag")
    raised = ["Family violence", "Suicide risk", "Homelessness risk", "Staff safety risk"]
    flags = [rng.choice(raised) if rng.random() < 0.2 else "N" for _ in range(N)]
    finding = found(_clients(rng) | {"SafetyFlag": flags})["SafetyFlag"]
    assert kind(finding) == "VULNERABILITY"
    assert finding.best is not None and "answers other than N or None" in finding.best.evidence


def test_an_interpreters_code_is_no_ones_language() -> None:
    # which interpreter: a booking's, not a need for one
    rng = random.Random("interpreters")
    codes = [f"INT-{c}" for c in "ABCDEFGH"]
    finding = found(_clients(rng) | {"interpreter": [rng.choice(codes) for _ in range(N)]})
    assert not finding["interpreter"].personal


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("resting_hr", lambda rng: str(rng.randint(45, 95))),
        ("beep_level", lambda rng: f"{rng.uniform(6, 14):.1f}"),
        ("grip_strength", lambda rng: str(rng.randint(20, 60))),
        # a dose dispensed, a driver's blood alcohol: more readings than codes
        ("DOSE_MG", lambda rng: f"{rng.uniform(5, 180):.1f}"),
        # an opioid's daily dose in morphine milligram equivalents, and its 90 days' average
        ("MME_DAILY", lambda rng: f"{rng.uniform(5, 400):.1f}"),
        ("MME_90D_AVG", lambda rng: f"{rng.uniform(5, 400):.1f}"),
        ("BAC", lambda rng: f"{rng.uniform(0.02, 0.3):.3f}"),
        ("blood_alcohol", lambda rng: f"{rng.uniform(0.02, 0.3):.3f}"),
    ],
)
def test_a_persons_readings_and_doses_are_health(name: str, make: Any) -> None:
    rng = random.Random(name)
    finding = found(_clients(rng) | {name: [make(rng) for _ in range(N)]})[name]
    assert kind(finding) == "HEALTH", finding


def test_an_adults_guardianship_and_financial_management_are_a_vulnerability() -> None:
    rng = random.Random("guardianship")
    orders = [
        "Guardianship", "Interim guardianship", "Financial admin", "Guardianship & Admin",
        "Enduring POA revoked",
    ]  # fmt: skip
    finding = found(_clients(rng) | {"ORDER_TYPE": [rng.choice(orders) for _ in range(N)]})
    assert kind(finding["ORDER_TYPE"]) == "VULNERABILITY"
    # proof of address and of identity, as documents sighted are coded, are no one's order
    sighted = [rng.choice(["POA", "POI", "Passport", "Licence"]) for _ in range(N)]
    assert not found(_clients(rng) | {"DOC_SIGHTED": sighted})["DOC_SIGHTED"].personal


def test_a_childs_care_and_protection_orders_are_a_vulnerability() -> None:
    rng = random.Random("care orders")
    statuses = [
        "Temporary care arrangement", "Voluntary out-of-home care", "Supervision order",
        "Interim order - PR Minister", "Section 90 variation", "PR to Minister until 18",
        "Emergency care and protection",
    ]  # fmt: skip
    finding = found(_clients(rng) | {"LEGAL_STATUS": [rng.choice(statuses) for _ in range(N)]})
    assert kind(finding["LEGAL_STATUS"]) == "VULNERABILITY"
    # a grant round's programs for children in care are services, no child's status
    providers = [f"{family(rng)} Family Services Inc" for _ in range(40)]
    programs = ["Out-of-home care services", "Care and protection services", "Youth services"]
    funding = {
        "ORGANISATION": [rng.choice(providers) for _ in range(N)],
        "PROGRAM": [rng.choice(programs) for _ in range(N)],
        "FUNDING_AMT": [f"{rng.uniform(1e4, 1e6):.2f}" for _ in range(N)],
    }
    assert not found(funding)["PROGRAM"].personal
