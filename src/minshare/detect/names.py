"""Column-name hints: what a column's name suggests it holds.

Agency extracts abbreviate (``GIVEN_NM``, ``DOB``, ``RES_PCODE``, ``MOB_NO``), mix case and
separator styles (``givenName``, ``first-name``, ``Date Of Birth``) and nest
(``users[].address.street``). A name is split into lower-case words first, so every style
reads the same: ``givenName`` and ``GIVEN_NM`` both become ``given_name``/``given_nm``.

Names glued together without a separator (``SEXCD``, ``INDIGSTAT``) are read again with a
known suffix split off when they give no hint as written. An identifier of people is a
person's role (client, patient, member, borrower, elector...) with an identifier word (id,
no, number, ref, code, barcode...), in any abbreviation; so is the number of a case, a
claim, a complaint or a matter about a person, which the person quotes and is known by. The
identifiers of rows, records, episodes, transactions, events, lines, invoices and batches are
not people's.

Officials, health practitioners, relatives and holders name people too (``PROVIDER_NAME``,
``CORONER``, ``NEXT_OF_KIN``, ``LICENCE_HOLDER``), though a provider or an owner may be an
organisation: the values decide. A place of a thing or a document (``PLATE_STATE``,
``ISSUING_STATE``, ``CAMERA_LOCATION``: :attr:`NameHints.of_thing`) is no one's place, a
coordinate is never a telephone number, and a name can say that a column names or numbers
the organisation or thing a row is about (``SCHOOL_NAME``, ``METER_ID``:
:attr:`NameHints.thing`, read with the table by :mod:`minshare.detect.subject`).

A licence that is not a driver's (a boat's, a firearm's) names an ID. Country of birth,
citizenship, nationality and language are cultural background (ETHNICITY, as the ABS
reads them), never a residence. A name can also say it holds an identifier given to a
person without a role (``DVA_FILE_NO``, ``VISA_GRANT_NUMBER``, ``MAC_ID``:
:attr:`NameHints.held`), which the table then decides (:mod:`minshare.detect.held`).

A hint only suggests: the column decision weighs it against the values, so a misleading name
(``TFN`` over numbers that fail the checksum) does not make a finding by itself, except for
kinds whose values cannot be checked (passwords, card security codes...). Evidence quotes the
part of the name that matched, which is one of the words listed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_CAMEL = re.compile(
    r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])"
)
_NOT_WORD = re.compile(r"[^0-9A-Za-z]+")
_ACRONYMS = re.compile(r"([A-Z]{2,})s(?![a-z])")  # the plural of an acronym: IDs, DOBs, ABNs
_FORTNIGHT = re.compile(r"(?i)(?<![a-z])f/n(?![a-z])")  # "Net Income (f/n)": per fortnight


# An officer, written short after what they do to a record (ALLOC_OFF, RESP_OFFR,
# ISSUING_OFF): "off" alone is an offence's, or time off
_OFFICER_SHORT = re.compile(
    r"(?:^|(?<=_))((?:alloc|allocated|assigned|asgn|resp|responsible|issuing|iss|arresting|arr|"
    r"investigating|inv|reporting|attending|duty|field|case)_)?(off|offr)(?=_|$)"
)


def _officer(match: re.Match[str]) -> str:
    doing, word = match.group(1), match.group(2)
    return f"{doing}officer" if doing else ("officer" if word == "offr" else match.group(0))


def normalise(name: str) -> str:
    """``name`` as lower-case words joined by ``_``: ``givenName`` -> ``given_name``."""
    # ChildDOBs: child_dob; "Net Income (f/n)": net_income_fn
    singular = _ACRONYMS.sub(r"\1", _FORTNIGHT.sub("fn", name.strip().lstrip("\ufeff")))
    spaced = _CAMEL.sub("_", singular)
    words = "_".join(part for part in _NOT_WORD.split(spaced.lower()) if part)
    return _OFFICER_SHORT.sub(_officer, words)


_STEP = re.compile(r"[A-Za-z_][A-Za-z0-9_]+")


def _leaf(name: str) -> str:
    """The last step of a nested path (``users[].address.street`` -> ``street``). A slash
    leads a step only when a word follows it: ``Net Income (f/n)`` and ``Hospitalised
    (Y/N)`` are one name each."""
    for separator in (".", "/", "]"):
        if separator in name:
            step = name.rsplit(separator, 1)[1]
            if separator != "/" or _STEP.fullmatch(step.strip()):
                name = step or name
    return name


# An employer, and as it is written short (EMPLR_ABN, EMPR_ACN; EMP is an employee)
_EMPLOYER = r"employer|emplr|empr"

# Words of a name that say the column is about something other than a person.
_NOT_PERSON = (
    r"business|company|companies|co|org|organisation|organization|trading|entity|"
    rf"{_EMPLOYER}|firm|"
    r"vendor|supplier|provider|product|item|file|ward|hospital|facility|school|suburb|street|road|"
    r"city|town|place|locality|region|state|country|program|programme|course|service|project|"
    r"team|dept|department|agency|brand|model|species|drug|medication|diagnosis|test|field|"
    r"column|table|host|domain|site|event|category|type|group|unit|branch|bank|store|shop|"
    r"venue|account|user|file|list|station|device|app|application|role|plan|scheme|fund|"
    r"campus|club|team|industry|sector|occupation|job|activity|breed|file|path|class|"
    r"relationship|relation|vessel|boat|ship|yacht|craft|hull|camera|meter|asset|tongue|"
    r"dogs?|pets?|animals?|horses?|livestock"
)


@dataclass(frozen=True)
class Hint:
    """A name pattern and the entity it suggests; ``strength`` 1 is decisive, 0.5 weak."""

    entity: str
    pattern: re.Pattern[str]
    strength: float


def name_words(pattern: str) -> re.Pattern[str]:
    """A pattern matching ``pattern`` as whole words of a normalised name (``_``-separated)."""
    return re.compile(rf"(?:^|_)(?:{pattern})(?:_|$)")


# People a table keeps records about, and the words for the identifier given to each: a
# role and an identifier word together (CLIENT_NO, borrowerBarcode, SUPER_MBR_NO) name an
# opaque per-person identifier. Rows, records, episodes, transactions, events, lines, invoices
# and batches are not people, so their identifiers are not here.
_PERSON_ROLES = (
    r"client|clnt|customer|cust|person|pers|patient|pat|pt|member|mbr|memb|participant|ptcp|"
    r"student|stud|stu|pupil|learner|employee|emp|empl|staff|worker|elector|voter|borrower|"
    r"patron|applicant|appl|claimant|debtor|beneficiary|benef|recipient|recip|tenant|offender|"
    r"defendant|accused|prisoner|inmate|detainee|card_?holder|account_?holder|holder|"
    r"resident|consumer|individual|subscriber|insured|policy_?holder|taxpayer|child|carer|"
    r"citizen|contact|youth|victim|witness|donor|card|library_?card|super_?member|jobseeker|"
    r"job_?seeker|enrolee|enrollee|trainee|apprentice|athlete|ath|registrant|licensee|licencee|"
    r"payroll|payee|user|volunteer|yp|young_?person|cyp|candidate|cand|nominee|reader|analyst|"
    # their abbreviations without vowels (PTCPNT_ID, JSK_NO, CHLD_ID, OFFNDR_ID, WKR_REF)
    r"ptcpnt|prtcpnt|prtcp|jsk|jskr|bene|tnt|offndr|chld|clmt|indiv|wkr|vol|vlntr|dnr|rdr|usr"
)
_ID_WORDS = (
    r"id|no|num|nbr|numb|number|ref|reference|key|identifier|ident|uid|guid|code|barcode|"
    r"bar_?code|card|card_?(?:no|num|number)|ur|urn|mrn|account|acct|ticket|tkt"
)

# Cultural and linguistic background as the ABS reads it: country of birth, citizenship,
# nationality, language spoken at home (ETHNICITY, not LOCATION, whatever the values are)
_BACKGROUND = (
    r"cob|(?:country|cntry|ctry)_?(?:of_?)?birth|birth_?(?:country|cntry|ctry)|citizenship\w*|"
    r"citizen_?(?:country|status)|citz|ctzn\w*|nationality|nationalities|"
    r"language\w*|lang|lote|"
    r"(?:passport|travel_?doc\w*)_?(?:country|cntry|ctry|nation\w*)|"
    r"(?:main|home|first|preferred|pref)_?lang\w*|lang_?(?:spoken|home|at_?home)|mother_?tongue"
)

# A patient's observations (a heart rate, a saturation, a coma score) and a newborn's weight:
# measures of one body, however many values they take (minshare.detect.hinted)
_VITAL_SIGNS = (
    r"obs_?(?:hr|bp|rr|temp|sp_?o_?2|sats?|pulse|gcs|bgl)|heart_?rate|pulse|pulse_?rate|"
    r"blood_?pressure|bp_?(?:sys|dia)\w*|systolic|diastolic|resp(?:iratory)?_?rate|sp_?o_?2|"
    r"o_?2_?sats?|gcs|gcs_?(?:score|total)|glasgow\w*|bgl|blood_?glucose|"
    # a dose taken (an opioid's in morphine milligram equivalents: MME_DAILY), a driver's
    # blood or breath alcohol concentration
    r"dose|dosage|dose_?(?:mg|ml|mcg|amt|qty)|mme|ome|omedd|mme_?(?:daily|day|per_?day)|"
    r"bac|brac|breath_?alcohol\w*|blood_?alcohol\w*|"
    r"obx_5(?:_\d{1,2})*"  # an HL7 observation's value: a test's result
)
_BIRTH_WEIGHT = r"birth_?(?:wt|wgt|weight)\w*|bwt\w*"
_GESTATION = r"gestation\w*|gest_?(?:wks|weeks|age)"

_HINTS: tuple[tuple[str, str, float], ...] = (
    ("AU_TFN", r"tfn|tax_?file(?:_?(?:no|num|number|nbr))?|taxfile(?:number)?", 1.0),
    ("AU_ABN", r"abn|australian_?business_?(?:no|num|number)|business_?number", 1.0),
    ("AU_ACN", r"acn|arbn|company_?(?:no|num|number)", 1.0),
    (
        "AU_CRN",
        r"crn|centrelink(?:_?(?:no|num|number|ref|id))?|cust(?:omer)?_?ref(?:erence)?(?:_?(?:no|num|number))?",
        1.0,
    ),
    ("AU_MEDICARE", r"medicare(?:_?(?:no|num|number|card|nbr))?|mcare|mdcr|mc_?no", 1.0),
    ("AU_IHI", r"ihi|healthcare_?id(?:entifier)?|health_?id", 1.0),
    ("AU_BSB", r"bsb(?:_?(?:no|num|number|code))?", 1.0),
    (
        "BANK_ACCOUNT",
        r"acct(?:_?(?:no|num|nbr|number))?|acc_?(?:no|num|nbr|number)|account_?(?:no|num|nbr|number)|bank_?acc(?:ount)?(?:_?(?:no|num|number))?|accountnumber|(?:dd|direct_?debit|debit|nominated|refund|payee|payment)_?acc(?:ount|t)?(?:_?(?:no|num|nbr|number))?",
        1.0,
    ),
    (
        "AU_PASSPORT",
        r"passport(?:_?(?:no|num|nbr|number|id))?|ppt(?:_?(?:no|num))?|pass_?no|"
        r"(?:travel|trvl)_?doc(?:ument)?(?:_?(?:no|num|nbr|number|id))?",
        1.0,
    ),
    (
        "AU_DRIVERS_LICENCE",
        r"licen[cs]e(?:_?(?:no|num|nbr|number|id))?|lic(?:_?(?:no|num|nbr))?|dl(?:_?(?:no|num|nbr))?|drivers?(?:_?licen[cs]e)?|driving(?:_?licen[cs]e)?|driverslicen[cs]e",
        0.8,
    ),
    (
        "CREDIT_CARD",
        r"cc(?:_?(?:no|num|nbr|number|n))?|ccn|credit_?card(?:_?(?:no|num|number))?|card(?:_?(?:no|num|nbr|number))?|cardnumber|ccnumber|pan|cvv_?2?|cvc_?2?|csc|card_?security(?:_?code)?|cc_?exp(?:ires|iry)?|card_?exp(?:iry|ires)?|expiry|exp_?date",
        0.9,
    ),
    (
        "IP_ADDRESS",
        r"ip|ip_?addr(?:ess)?|ipv[46](?:_?addr(?:ess)?)?|ipaddress|client_?ip|remote_?addr|src_?ip|source_?ip",
        1.0,
    ),
    ("EMAIL_ADDRESS", r"e_?mail(?:_?(?:addr|address|id))?|emailaddress|email_?addr|mail", 1.0),
    (
        "PHONE_NUMBER",
        r"phone(?:_?(?:no|num|nbr|number))?|ph(?:_?(?:no|num|nbr))?|tel(?:_?(?:no|num))?|telephone(?:_?(?:no|num|number))?|mobile(?:_?(?:no|num|number|phone))?|mob(?:_?(?:no|num|ph))?|cell(?:_?(?:no|num|phone))?|cellphone|fax(?:_?(?:no|num))?|landline|contact_?(?:no|num|number|ph|phone)|telephonenumber|phonenumber",
        1.0,
    ),
    (
        "PERSON",
        r"(?:given|first|fore|middle|last|family|sur|maiden|christian|preferred|pref|nick|full|legal|other|middle)_?(?:name|nm|nme|names)s?|^(?:preferred|pref)$|known_?as|aka|surname|forename|givenname|firstname|lastname|fname|lname|gname|mname|fullname|surnames|nombre|nombres|apellidos?|vorname|nachname|prenom|nom|maiden|mothers_?maiden|(?:client|customer|cust|person|patient|pt|member|mbr|contact|applicant|claimant|employee|emp|staff|student|owner|ownr|holder|nominee|carer|parent|mother|father|guardian|spouse|partner|proprietor|director|resident|tenant|landlord|recipient|beneficiary|author|signatory|worker|doctor|gp|referrer|next_?of_?kin|nok|emerg(?:ency)?_?contact|account_?holder|insured|child|kin|witness|victim|offender)_?(?:name|nm|nme|full_?name)|contact_?person|person|persons|people|full_?nm",
        1.0,
    ),
    (
        "PERSON",
        r"(?:pat|patient|pt|client|clnt|cust|customer|person|member|mbr|emp|staff|student|applicant|payee|payer|contact)_?(?:fn|gn|sn|ln|fnm|gnm|snm|lnm)",
        1.0,
    ),
    (
        "PERSON",
        r"inspector|officer|public_?officer|director|proprietor|owner|account_?holder|card_?holder|policy_?holder|assessor|case_?worker|caseworker|case_?manager|clinician|practitioner|interviewer|respondent|approver|approved_?by|signatory|signed_?by|entered_?by|created_?by|assigned_?to|payee|payer|applicant|claimant|nominee|recipient|beneficiary|next_?of_?kin|nok|guardian|carer|referrer|referred_?by|author|witness|victim|defendant|plaintiff",
        0.9,
    ),
    # Officials, health practitioners, relatives and holders: their columns hold people's
    # names (the values decide: a provider or an owner may be an organisation too)
    (
        "PERSON",
        r"provider|servicing_?provider|rendering_?provider|referring_?(?:provider|doctor|practitioner)|prescriber|treating_?(?:doctor|practitioner|clinician|specialist)|doctor|gp|physician|surgeon|specialist|psychologist|psychiatrist|nurse|midwife|pharmacist|dentist|counsellor|social_?worker|youth_?worker|support_?worker|coroner|magistrate|judge|judicial_?officer|presiding_?officer|registrar|relative|kin|spouse|parent|mother|father|executor|attorney|power_?of_?attorney|emerg(?:ency)?_?contact|holder|licensee|licencee|permit_?holder|registered_?owner|lessee|lessor|landlord|tenant|occupant|deceased|juror|debtor|donor|operator|registered_?operator|keeper",
        0.9,
    ),
    ("PERSON", r"names?|nm|nme", 0.6),
    (
        "DATE_OF_BIRTH",
        r"dob|d_?o_?b|birth(?:_?(?:dt|date|dte|day|yr|year|yyyy))?|born|bday|birthday|birthdate|bdate|bdt|brth(?:_?(?:dt|yr))?|date_?of_?birth|dte_?of_?birth|birth_?dt|yob|y_?o_?b|yr_?of_?birth|year_?of_?birth|birthyear|byear|b_?yr|tob",
        1.0,
    ),
    (
        "DATE_OF_DEATH",
        r"dod|date_?of_?death|dte_?of_?death|dt_?of_?death|death_?(?:date|dt|dte)|deathdate|"
        r"died(?:_?(?:on|date|dt))?|deceased_?(?:date|dt|on)|date_?deceased",
        1.0,
    ),
    (
        "AGE",
        r"age|age_?(?:yrs|years|at_?\w+|band|group|grp|range|cat|category|bracket)|ages|yrs_?old|age_?in_?years",
        1.0,
    ),
    (
        "GENDER",
        r"sex|gender|gndr|sex_?(?:cd|code|desc)|gender_?(?:cd|code|identity|desc)|sex_?at_?birth|"
        r"pronouns?|preferred_?pronouns?",
        1.0,
    ),
    ("HONORIFIC", r"title|salutation|honorific|prefix|name_?title|courtesy_?title", 0.7),
    (
        "ADDRESS",
        r"addr|address|adr|street|str_?addr|address_?line_?\d*|addr_?(?:line_?)?\d*|line_?1|res_?addr|postal_?addr(?:ess)?|mail(?:ing)?_?addr(?:ess)?|home_?addr(?:ess)?|street_?addr(?:ess)?|streetaddress|residential_?addr(?:ess)?|location_?address|street_?(?:no|number|name|line)",
        1.0,
    ),
    (
        "LOCATION",
        r"suburb|sbrb|city|town|locality|lga|municipality|state|state_?full|statefull|state_?(?:cd|code|name)|province|county|country|cntry|ctry|country_?full|countryfull|residence|res_?(?:state|country|city|town)|location|loc|place_?of_?residence|home_?town|country_?of_?residence|cob|country_?of_?birth|birth_?country|birth_?place|place_?of_?birth|place_?of_?death|death_?place|place_?of_?(?:usual_?)?residence|usual_?residence",
        0.8,
    ),
    (
        "LOCATION",
        r"division|electorate|electoral_?(?:division|district)?|ced|sed|district|"
        r"local_?government(?:_?area)?|lgas?|council_?area|"
        r"sa_?[1-4](?:_?(?:name|nm|code|cd))?|neighbourhood|neighborhood",
        0.6,
    ),
    (
        "AU_POSTCODE",
        r"postcode|post_?code|pcode|p_?code|postal_?code|zip|zip_?code|zipcode|post_?cd|postal_?cd|res_?pcode|"
        r"(?:res|resi|resid|home|mail|mailing|postal|post|cust|client|clnt|pers|curr|prev)_?pc|"
        # a person's postcode, by the role that says whose (OWNER_PC, APPLICANT_PC)
        rf"(?:{_PERSON_ROLES}|owner|applicant)_?pc",
        1.0,
    ),
    ("URL", r"url|uri|website|web_?site|homepage|home_?page|web_?address|profile_?url|link", 0.8),
    ("IBAN_CODE", r"iban", 1.0),
    (
        "US_SSN",
        r"ssn|social_?security(?:_?(?:no|num|number))?|sin|nino|national_?id|nationalid|national_?ident\w*|nid|tin|tax_?id|id_?number|identity_?(?:no|number|card)|personal_?id(?:entifier)?|citizen_?id",
        0.9,
    ),
    (
        "ID",
        rf"(?:{_PERSON_ROLES})_?(?:{_ID_WORDS})|urn|mrn|umrn|slk|slk_?581|statistical_?linkage_?key|pid|cid|ident|identity(?:_?(?:no|num|number))?|usi|unique_?student_?(?:id|identifier|no|num|number)|chessn|chess_?(?:no|num|number)|oshc_?(?:policy|member(?:ship)?)?_?(?:no|num|nbr|number|id)|bpay_?(?:crn|ref\w*|customer_?ref\w*)|biller_?(?:crn|customer_?ref\w*)|(?:serv(?:icing)?_?|ref(?:erring)?_?|rend(?:ering)?_?)?(?:prov(?:ider)?|prvdr)_?(?:no|num|nbr|number|id)|ur_?(?:no|num|nbr|number)|medical_?record_?(?:no|num|nbr|number)?|med_?rec_?(?:no|num)?|hosp(?:ital)?_?(?:mrn|urn)",
        1.0,
    ),
    (
        "USERNAME",
        r"user_?name|username|login|login_?(?:id|name)|user_?id|userid|screen_?name|handle|nick_?name|nickname|alias|account_?name|"
        # a log's user, as its own column names it (USR, usr_id)
        r"usr|usr_?(?:id|name|nm)",
        0.9,
    ),
    (
        "PASSWORD",
        r"password|passwd|pwd|pass_?word|pin|pin_?code|secret|passphrase|pass_?hash|password_?hash|pw",
        1.0,
    ),
    (
        "OCCUPATION",
        r"occupation|occ|job|job_?title|jobtitle|position|profession|designation|corps|mustering|anzsco(?:_?(?:code|cd))?|occ_?(?:code|cd)|emp_?title|employment_?title|job_?role|title|role|rank",
        0.8,
    ),
    (
        "INCOME",
        r"wage_?rate|salary|salaries|income|incm|wage|wages|earnings|remuneration|pay_?rate|annual_?pay|gross_?pay|net_?pay|taxable_?income|salary_?in_?\w+|income_?\w+|annual_?salary|hourly_?rate|stipend\w*|(?:annual|base|gross|net|yearly|current)_?sal|sal_?(?:amt|amount|pa|rate|annual|ann|yearly)|"
        r"(?:fortnightly|weekly|monthly|daily)_?(?:rate|pay)|allowances|hrly_?rate|hr_?rate|"
        # an income a means test assessed (ASSESSED_INC_FN), a salary's base (ANNUAL_BASE)
        r"(?:assessed|assessable)_?inc(?:ome)?|annual_?base|"
        # "inc" for income after whose it is or before the period it is for (HH_INC_WK,
        # EST_INC_FN, GROSS_INC_PA), and an annual salary (ANN_SAL); alone, an incident's
        r"(?:hh|hhld|hsehold|household|gross|net|est|estimated|fam|family|assessed|partner|spouse)_?inc|"
        # a farmer's income from work off the farm, which a drought payment's means test counts
        r"off_?farm_?inc|"
        r"inc_?(?:wk|pw|fn|fnt|pf|pa|ann|mth|pm)|ann_?sal|"
        # the income of a year before (PRIOR_YR_INC, LAST_FY_INC)
        r"(?:prior|prev|previous|last|curr|current)_?(?:yr|year|fy)_?inc|"
        r"(?:weekly|wkly|wk|fortnightly|fnly|fn|monthly|mthly|annual|ann|yearly|yrly)_?inc|"
        r"inc_?(?:weekly|fortnight|fortnightly|monthly|annual|yearly)|taxable_?inc|"
        # a means test's total income (a table's total of many people's is a table of counts;
        # TOTAL_INC, alone, counts incidents)
        r"(?:tot|total)_?income|gross_?(?:wkly|wk|weekly|fn|fnly|fortnightly|pa|annual)|"
        # a worker's pre-injury average weekly earnings, on which compensation is paid
        r"piawe|pre_?injury_?(?:earnings|awe|wage\w*)|"
        # adjusted taxable income, as family assistance and child support assess it
        r"ati|(?:payer|payee|parent|partner|family|combined|est|estimated)_?ati|"
        r"adjusted_?taxable_?income|"
        r"(?:net_?|tot_?|total_?)?assets|assets_?(?:amt|amount|value|total)|net_?worth|"
        # the pension or benefit a person is paid, by the fortnight or the week
        r"(?:fn|fnly|fortnightly|pf|wk|pw|wkly|weekly)_?(?:benefit|pension)_?(?:amt|amount|rate)?|"
        r"(?:benefit|pension)_?(?:amt|amount|rate)(?:_?(?:fn|pf|wk|pw))?",
        1.0,
    ),
    (
        "BODY_MEASUREMENT",
        r"weight|height|wt|ht|kg|kgs|kilograms|grams?|gms|pounds|lbs|centimeters|centimetres|feet|feet_?inches|inches|bmi|waist|body_?mass",
        0.8,
    ),
    (
        "VEHICLE",
        r"vehicle|rego|registration_?(?:no|plate|number)|plate|licen[cs]e_?plate|number_?plate|car|vin|make_?model|vrn",
        0.8,
    ),
    ("USER_AGENT", r"user_?agent|useragent|browser(?:_?user_?agent)?|ua", 0.9),
    ("ZODIAC_SIGN", r"zodiac|tropical_?zodiac|star_?sign|starsign|horoscope", 1.0),
    (
        "MARITAL_STATUS",
        r"marital(?:_?status)?|relationship_?status|civil_?status|married|mrtl\w*|mar_?stat?",
        1.0,
    ),
    (
        "HEALTH",
        r"diag\w*|dx|icd(?:_?10)?(?:_?(?:am|cm))?|condition|med_?conds?|disease|illness|disability|medication|medications|medicine|medicines|meds|drug|prescription|rx|"
        f"{_GESTATION}|"
        r"parity|gravid\w*|apgar\w*|procedure|treatment|symptom|symptomatic|asymptomatic|med_?clear\w*|medical_?clear\w*|med_?std|medical_?(?:std|standard)\w*|allerg\w*|blood_?(?:type|group)|bloodtype|mental\w*|mbs(?:_?item)?|r?pbs(?:_?item)?|atc(?:_?(?:code|cd))?|dispens(?:e|ed|ing|ary)?|clinical|cause_?of_?death|pregnan\w*|preg|hiv|vaccin\w*|immunis\w*|principal_?diag|health_?condition|disab\w*|proc_?(?:cd|code)|achi(?:_?(?:cd|code))?|k_?10|k_?6|kessler|phq_?9|gad_?7|psych\w*|distress|organs?|organ_?don\w*|tissue_?don\w*|(?:organ|tissue)s?_?(?:and_?tissue_?)?(?:donor|donation|consent)\w*|consent_?to_?donate|donation_?(?:decision|consent|intent\w*|wishes)|donor_?(?:decision|consent|status|intent\w*|registration|wishes)|life_?support\w*|med(?:ical)?_?cool\w*|dialysis|nccd\w*|"
        r"mh|mmse|moca|cognitive_?(?:score|screen\w*|test|assessment|impair\w*)|cog_?imp\w*|"
        # the equal employment return's disability question (EEO_DIS, beside EEO_ATSI)
        r"eeo_?dis\w*|"
        # cognition and frailty as an aged care assessment records them; a vaccination status
        r"cog_?(?:status|stat|score|scr)|cognition|frail\w*|vacc|vax|vacc_?stat\w*|vax_?stat\w*|"
        # a fitness assessment's readings
        r"resting_?(?:hr|heart_?rate|pulse)|hr_?rest\w*|(?:beep|bleep)_?(?:test|level|score)|"
        r"grip_?strength|"
        # a concussion's history and its screen (SCAT5); eyesight and a breath test's alcohol
        r"concussions?|scat_?5|eyesight\w*|visual_?acuity|colou?r_?vision|"
        r"breath_?test\w*|"
        r"dementia\w*|immun|smoker|smokers|smoking\w*|tobacco|hcv\w*|hbv\w*|bbv\w*|hep_?[abc]\w*|hepatitis\w*|stis?|"
        r"wheelchair\w*|mobility_?(?:aid|aids|device|impair\w*)|walking_?aids?|"
        r"hearing_?(?:loss|impair\w*|aids?|level)|deaf\w*|vision_?(?:loss|impair\w*)|"
        r"blindness|legally_?blind|low_?vision|body_?parts?|bodypart|part_?of_?body|injury_?(?:site|location|nature)|"
        r"bod(?:y|ily)_?(?:location|loc|site|region|area|system)|"
        f"{_VITAL_SIGNS}|{_BIRTH_WEIGHT}|"
        r"hospitali[sz]ed|admitted_?to_?hospital|manner_?of_?death|death_?(?:cause|category|cat|manner)|"
        r"morphology|histolog\w*|icd_?o\w*|tumou?r\w*|tnm\w*|"
        r"nature_?of_?injury|diet|dietary\w*|diet_?(?:needs|requirements|reqs|code|type)|"
        r"falls?_?risk|falls|fobt\w*|ifobt\w*|bowel_?screen\w*|breast_?screen\w*|mammo\w*|"
        r"cervical_?screen\w*|trauma\w*|torture|pgsi\w*|problem_?gambling\w*|para_?class\w*|"
        r"breast_?feed\w*|breastfed|epds\w*|edinburgh\w*|ats|ats_?cat\w*|"
        r"triage_?(?:cat\w*|score|code|level)|"
        r"influenza|flu|flu_?(?:vacc\w*|vax\w*|shot|jab|dose\w*)|"
        r"covid_?(?:doses?|vacc\w*|vax\w*|status|test\w*|result)|pertussis\w*|measles|mmr|"
        r"dtpa|hpv|varicella|chlamydia|gonorrh\w*|syphilis|naat|ct_?ng\w*|"
        r"(?:hiv_?)?prep_?status|hiv_?prep|inject\w*|ivdu|pwid|drugs|other_?drugs|"
        r"drug_?use\w*|substances?(?:_?(?:use|of_?concern))?|alcohol_?(?:use|consumption|intake)|"
        # the alcohol and other drug treatment data set's items: the principal and other drugs
        # of concern, the main treatment type, how the drug is used, whether it is injected
        r"pdc|odc\w*|(?:principal|other)_?drugs?\w*|drugs?_?of_?concern|mtt|main_?treat\w*|"
        r"method_?of_?use|inj_?(?:stat\w*|use|drug\w*|hx)|"
        # a drug found in a body
        r"analyte\w*|toxicolog\w*|"
        r"tb|tb_?(?:screen\w*|result|status|test)|tuberculosis\w*|igra|mantoux",
        1.0,
    ),
    (
        "ETHNICITY",
        # (not a race's number, day or meeting: a race run at a meeting)
        r"ethnic\w*|race(?!_?(?:no|num|nbr|number|id|date|dt|day|meeting|venue|course|"
        r"distance|dist|time|class|grade|result|results|card|field|start|club)(?:_|$))|"
        r"indig\w*|indigenous_?status|ind_?stat(?:us)?|atsi|atsi_?\w+|abtsi|abtsi_?\w+|"
        r"aboriginal\w*|torres\w*|"
        r"first_?nations?|koori|tsi|cald|lbote|nesb|ancestry|name_?set|nameset|"
        r"cultural_?(?:bg|background|identity|group)|"
        rf"{_BACKGROUND}",
        1.0,
    ),
    (
        "HEALTH",
        r"problem|problems|complaint|complaints|presenting\w*|pres_?prob\w*|symptoms?|"
        r"injur\w*|ailment|impairment|medical\w*|health|reason_?for_?(?:visit|presentation|"
        r"attendance|admission|referral)|triage_?desc\w*|"
        r"special_?(?:needs|requirements|reqs|req)|(?:support|care|additional|access|"
        r"accessibility|assistance|mobility)_?needs",
        0.6,
    ),
    ("RELIGION", r"religion|relig\w*|faith|denomination|religious_?affiliation", 1.0),
    (
        "VULNERABILITY",
        r"vulnerab\w*|vuln|dv|fdv|dfv|fv|(?:family|fam|domestic|dom)_?viol(?:ence)?|homeless\w*|"
        r"rough_?sleep\w*|hardship\w*|at_?risk|avo|avos|dvo|fvo|ivo|advo|apvo|"
        r"apprehended_?violence\w*|intervention_?orders?|protection_?orders?|"
        r"self_?harm\w*|suicid\w*|abuse|abuse_?risk|elder_?abuse|neglect|"
        # the markers that put an application first (PRIORITY_FLAGS: "DV;HMLS;INTERP")
        r"priority_?(?:flags?|markers?|factors?)",
        1.0,
    ),
    (
        "CONCESSION",
        r"concession\w*|conc|conc_?(?:card|type|status|flag|holder|cd|code)|pens_?conc\w*|"
        r"pensioner\w*|pension_?(?:card|type)|hcc\w*|pcc|cshc|lihcc|seniors_?card|"
        r"health_?care_?card\w*|dva_?card\w*|gold_?card|card_?holder|cardholder",
        1.0,
    ),
    ("SEXUAL_ORIENTATION", r"sexual\w*|orientation|lgb\w*", 1.0),
    (
        "CRIMINAL_RECORD",
        r"criminal\w*|conviction\w*|offender|prior_?off(?:en[cs]es?)?|priors|police_?check|"
        r"criminal_?history|crim_?hist\w*|crim_?hx|criminal_?hx|crim_?rec(?:ord)?s?|crim_?discl\w*",
        1.0,
    ),
    (
        "CRIMINAL_RECORD",
        r"offence\w*|offense\w*|charge|charges|charge_?desc\w*|sentence|sentenc\w*|penalty|"
        r"law_?part\w*|plea|verdict|conviction",
        0.6,
    ),
)
HINTS: tuple[Hint, ...] = tuple(Hint(e, name_words(p), s) for e, p, s in _HINTS)
VITAL_SIGNS = name_words(_VITAL_SIGNS)
# BP alone is a blood pressure only when the values are one (120/80): elsewhere a business
# partner or basis points
BLOOD_PRESSURE = name_words(r"bp|b_p|bld_?press\w*")
BIRTH_WEIGHT = name_words(_BIRTH_WEIGHT)
GESTATION = name_words(_GESTATION)
# An age counted in months (AGE_AT_ADMIN_MTHS: a child's at a vaccination), not years
IN_MONTHS = name_words(r"mths|months|mos|mnths")

# Names that say "not personal": row numbers, codes, counts and other statistics.
_ROW_ID = name_words(
    r"id|row|row_?id|row_?num(?:ber)?|record_?id|rec_?id|index|idx|seq|sequence|line|number|no|"
    r"num|nbr|key|pk|uuid|guid|\w+_?uuid|\w+_?guid|episode_?id|event_?id|transaction_?id|txn_?id|"
    r"claim_?id|case_?id|order_?id|invoice_?(?:no|id)|batch_?id"
)
_AGGREGATE = name_words(
    r"count|cnt|total|totals|sum|mean|avg|average|median|pct|percent|percentage|proportion|"
    r"ratio|rate|freq|frequency|std|stddev|sd|min|max|share|estimate|est|population|"
    r"persons|households|number_?of|num_?of|n|volume|amount|amt|balance|cost|price|value|"
    r"fee|fees|payment|pmt|score|index|days|los|headcount|quantity|qty|ratio|remote_?ratio"
)
_CODE = name_words(
    r"code|cd|anzsic|category|cat|type|class|flag|ind|status|level|grade|size|currency|ccy|curr|kind|"
    r"mode|method|means|channel"
)
_ORG = name_words(
    rf"business|company|co|org|organisation|organization|{_EMPLOYER}|firm|vendor|"
    r"supplier|trading|"
    r"entity|agency|provider|facility|fac|hospital|institution|branch|court|courtroom|court_?room|"
    r"tribunal|registry|station|stn|venue|library|school|campus|clinic|college|university|pharmacy"
)
# Someone who sits on or serves a body, named last (TRIBUNAL_MEMBER, BOARD_CHAIR, COURT_OFFICER):
# the column names a person, though it names the body too
_SOMEONE_AT = re.compile(
    r"(?:^|_)(?:members?|officers?|conciliators?|mediators?|commissioners?|adjudicators?|"
    r"arbitrators?|panell?ists?|chair|chairperson|president|delegate|coach|mentor)$"
)
# Where a business is, or who it is: a place or a number of these is not a person's
# (OFFICE_POSTCODE, SITE_SUBURB), though their staff are people (SITE_MANAGER)
_BUSINESS_SIDE = name_words(
    r"office|site|workplace|outlet|depot|store|merchant|retailer|dealer|dealership|contractor|"
    r"tenderer|practice|surgery|club|clubs|association|assoc|society|charity|church|parish"
)
# Where someone works (WORK_LOCATION, WORK_SUBURB): the employer's place, as a workplace's is;
# their work phone and e-mail stay theirs
_PLACE_OF_WORK = re.compile(
    r"(?:^|_)work_?(?:loc|location|suburb|site|town|city|state|pcode|postcode|base|region)(?:_|$)"
)
# "prac" is a practice or a practitioner: a place or a line under it is the practice's
# (PRAC_ADDR, PRAC_PH), its other columns may be the practitioner's (PRAC_GIVEN, PRAC_ID)
_PRAC = name_words(r"prac")
_PLACE_OR_LINE = frozenset({"ADDRESS", "LOCATION", "AU_POSTCODE", "PHONE_NUMBER"})
_EVENT_DATE = name_words(
    r"admit|admission|adm|sep|separation|discharge|pmt|payment|paid|start|end|from|to|created|"
    r"updated|modified|registration|registered|reg|event|txn|transaction|service|visit|"
    r"appointment|appt|effective|expiry|issue|issued|lodg\w*|claim|report|reported|period|"
    r"month|year|week|quarter|fy|dttm|timestamp|ts|time|death|dod|deceased|referral|"
    r"commence\w*|cease\w*|closed|opened|received|sent|due|last|first|work_?year"
)
_NOT_PERSON_WORDS = name_words(_NOT_PERSON)
DESCRIBES_OTHER = _NOT_PERSON_WORDS  # names that say a column describes a thing
# A principal is a person (a school's); a principal place of business or address is a business's
_PRINCIPAL = r"principal(?!_?(?:addr\w*|place\w*|office|business|premises|ppb|pob)(?:_|$))"
_PERSON_ROLE = name_words(
    rf"owner|ownr|director|contact|person|officer|proprietor|manager|secretary|partner|{_PRINCIPAL}|"
    r"representative|rep|signatory|employee|staff|member|holder|nominee|applicant|given|family|"
    r"first|last|surname|full|supervisor|coordinator|lead|worker|nurse|doctor|gp|pharmacist|"
    r"clinician|practitioner|prescriber|agent|broker|provider|coroner|magistrate|judge|referrer|"
    r"kin|guardian|licensee|licencee|tenant|debtor|donor|deceased|juror|witness|registrar|"
    r"doctor|physician|specialist|victim|complainant|injured|caller|claimant|patient|client"
)
_STATISTIC = name_words(
    r"mean|median|avg|average|total|sum|pct|percent|rate|count|cnt|std|min|max|n"
)
_ANY_ID = re.compile(r"(?:\w+_)?(?:id|no|num|nbr|key|ref)")
_PHONE_NOT = name_words(r"country_?code|code|ext|extension|type|ind|flag|prefix|area_?code|cc")
_CARD_NOT = name_words(r"type|brand|kind|issuer|network|scheme")
# Licences that are not to drive: a boat's, a firearm's, a builder's (ID, not a driver licence)
_OTHER_LICENCE = name_words(
    r"boat\w*|marine|vessel|watercraft|pwc|jet_?ski|firearms?|fa|guns?|weapons?|shooters?|"
    r"fishing|fish|angling|hunting|game|security|crowd|builders?|building|trade|trades|"
    r"electrical|electrician|plumb\w*|gas|liquor|gaming|wagering|pilot|aviation|aircraft|"
    r"wwc|wwcc|working_?with_?children|blue_?card|real_?estate|agent|broker|practis\w*|"
    r"practic\w*|radio|amateur|explosives?|pest|asbestos|forklift|crane|rigging|scaffold\w*|"
    r"agency|business|company|dealer\w*|trader|premises|venue|operator"
)
_LICENCE_DEALING = name_words(
    r"record|application|app|transaction|txn|receipt|invoice|payment|batch|notice|event|"
    r"request|lodgement|renewal|fee|class|type|status|cond\w*|endorsement|expiry|suspension"
)
_BACKGROUND_WORDS = name_words(_BACKGROUND)
_HEALTH_RECORD = re.compile(
    r"(?:^|_)(?:dispens\w*|prescription|rx|script|procedure|treatment|vaccin\w*|immunis\w*|"
    r"clinical)"
    r"_(?:\w+_)?(?:id|no|num|nbr|number|key|ref|seq)$"
)

# The identifiers an agency gives a person, named by what they are (a file, a licence, a
# grant of a visa...) or by an identifier word beside whose or which scheme's they are
# (MAC_ID, DVA_FILE_NO). Read together with the table: see minshare.detect.held.
_HELD_NOUNS = name_words(
    r"file|licen[cs]e|lic|registration|regn|reg|permit|card|account|acct|member|"
    r"membership|mbr|client|clnt|visa|passport|certificate|cert|concession|pension|badge|"
    r"wwcc|wwc|blue_?card|naati|"
    # the person a record is about, named alone over their number (LICENSEE: 42350209)
    r"licensee|licencee|holder|borrower|patron|customer|cust"
)
# The period a figure is for (INCOME_YEAR, INCOME_PERIOD), not the figure
_PERIOD = name_words(r"year|yr|fy|period|month|quarter|qtr|week|date|dt")


def _period_after(text: str, said: str) -> bool:
    """Whether a name names a period after the words that said what it holds: the period a
    figure is for (INCOME_YEAR), where a period before them says which figure
    (PRIOR_YR_INC: the income of the year before)."""
    at = text.find(said)
    return (
        any(m.start() >= at + len(said) for m in _PERIOD.finditer(text))
        if at >= 0
        else bool(_PERIOD.search(text))
    )


_SOURCE = name_words(r"src|source|sources|provider|payer")  # where an income comes from
# A bound of a scale's or a schedule's range (EARNINGS_FROM, INCOME_THRESHOLD): no one's income
_BOUND = name_words(r"from|to(?!_?date)|lower|upper|threshold|thresholds|floor|ceiling|cap|limit")
_ID_WORD = name_words(r"id|ident|identifier|no|nbr|num|numb|number|ref|reference|key|uid|urn")
# Numbers given to people whatever else the name says (a veteran's service number, an
# interpreter's NAATI number, an overseas student's confirmation of enrolment, a migration
# agent's registration number)
_HELD_PHRASES = name_words(
    r"service_?(?:no|num|nbr|number)|regimental_?(?:no|num|nbr|number)|pmkeys\w*|pm_?key_?s\w*|"
    r"visa_?grant\w*|id_?doc\w*|identity_?doc\w*|id_?document\w*|naati\w*|hpi_?i|hpii|"
    # a passport, or the document of identity given in its place
    r"travel_?doc\w*_?(?:no|num|nbr|number|id)|"
    r"co_?e(?:_?(?:no|num|nbr|number|code|cd|id|ref))?|e_?coe\w*|marn|mara_?(?:no|number)|"
    # police's numbers for a person: a criminal records office number, the central names index
    r"cro_?(?:no|num|nbr|number|id)?|cni(?:_?(?:no|num|nbr|number))?|"
    # an NDIS participant's number (a provider's is registered under a name of its own), and
    # a worker screening clearance, as a working with children check is
    r"(?<!provider_)(?<!prov_)ndis_?(?:no|num|nbr|number|id)|worker_?screen\w*|"
    # the case a contact caught it from (INDEX_CASE_NO): a notified person, not an index's
    r"index_?(?:case|patient|client)_?(?:no|num|nbr|number|id|ref)|"
    # a taxi or hire car driver's authority to drive for hire, issued to the person
    r"(?:drv|drvr|driver|drivers|taxi)_?(?:auth|authority|authorisation|authorization)\w*"
)
# Corrections' master index number of an offender (MIN, PRISONER_MIN; SUBJ_MIN, the one an
# access log's user looked up): the whole name, since elsewhere "min" is a minimum or minutes
# (MIN_SALARY, DURATION_MIN)
_MASTER_INDEX = re.compile(
    r"^(?:(?:prisoner|offender|inmate|detainee|prison|subj|subject|target)_?)?"
    r"min(?:_?(?:no|num|nbr|number|id))?$"
)
# Identifiers of rows, records, events and dealings, not of the people in them
_PER_RECORD = name_words(
    r"row|rec|record|records|line|seq|sequence|index|idx|transaction|trans|txn|tx|event|evt|note|notes|"
    r"contract|invoice|inv|episode|epi|batch|receipt|rcpt|"
    r"payment|pmt|paymt|pymt|pay|paid|remittance|remit|verif\w*|verification|confirmation|incident|attend|"
    r"pos|posn|position|dealing|debt|title|job|ticket|booking|bkg|bkng|appointment|appt|visit|"
    r"separation|sep|encounter|attendance|message|msg|doc|document|request|req|submission|"
    r"lodgement|lodgment|response|resp|survey|sample|specimen|test|lab|"
    r"report|rpt|session|log|audit|entry|version|ver|trip|journey|shipment|tracking|consignment|"
    r"call|enquiry|inquiry|referral|service|activity|task|hearing|"
    r"alert|alarm|transfer|policy|accession|"
    r"draw|prize|lottery|raffle|disp|assessment|assess|valuation|objection|exhibit|"
    r"tender|purchase|po|requisition|reading|measurement|observation|obs|result|image|photo|"
    r"page|isbn|issn|doi|remittance|eft|bpay|cheque|chq|voucher|form|question|docket|"
    r"dispens\w*|prescription|rx|script|supply|delivery|procedure|treatment|vaccination|"
    r"immunisation|assessment|assmt|asmt|consult\w*|interview|placement|instalment|allocation|"
    r"shift|roster|order|notice|notification|notif|bond|nomination|"
    r"autopsy|post_?mortem|inspection|insp|presentation|pres|payslip|"
    r"enrolment|enrollment|enrol|agreement|administration|reception|warrant|screen|screening|"
    r"psr|arrangement|arr|approval|duties|duty|return|trial|"
    # a card payment's, as its gateway and the bank settling it number it
    r"gateway|settlement|settle|token"
)
# Things and organisations, and words that say the column is about an identifier, not one
_NOT_HELD = name_words(
    # a business's numbers, whoever holds them (HOLDER_ACN: a company)
    r"abn|acn|"
    r"sensor|device|meter|asset|equipment|machine|plant|vehicle|vin|fleet|site|station|"
    r"facility|hospital|school|campus|provider|supplier|vendor|business|company|co|org|"
    rf"organisation|organization|{_EMPLOYER}|agency|branch|office|store|shop|outlet|"
    r"premises|"
    r"property|prop|parcel|lot|road|segment|product|item|building|room|bed|ward|unit|course|"
    r"subject|program|programme|project|fund|scheme|dataset|table|column|field|system|"
    r"sys|source|src|external|ext|internal|legacy|old|new|alt|alternate|unique|local|global|"
    r"primary|secondary|parent|group|team|dept|department|division|region|area|zone|lga|"
    r"postcode|location|loc|date|dt|dte|time|ts|timestamp|expiry|exp|expires|issue|issued|"
    r"start|end|from|to|valid|year|yr|month|type|class|category|cat|status|stat|flag|ind|"
    r"desc|description|name|nm|count|cnt|amount|amt|fee|value|score|level|grade|code|cd|"
    r"hash|checksum|check|digit|suffix|prefix|format|length|len|mask|masked|last|first|"
    r"serial|imei|sim|bank|route|stop|bus|flight|seat|folio|volume|dp|sensor_?\w+|"
    r"hull|hin|vessel|boat|camera|cam|plate|rego|inc|incorporation|incorp|association|assoc|prov|"
    r"police"  # a police event's number, not the person's (CNI and CRO numbers are held)
)
# A place or property of a thing or a document, not of a person: a plate's or a permit's
# state of issue, a camera's or a meter's location (PLATE_STATE, ISSUING_STATE, CAMERA_LOCATION);
# a driver licence's state is where its holder lives (a licence moves with them)
_OF_THING = re.compile(
    r"(?:^|_)(?:plate|rego|vehicle|veh|vessel|boat|hull|camera|cam|meter|asset|device|sensor|"
    r"issu\w*|jurisdiction|port|ramp|jetty|wharf|marina|mooring|berth|appliance|callsign|"
    r"call_?sign)(?:_|$)"
    r"|(?:^|_)(?:permit|passport)_(?:\w+_)?(?:state|country|st)(?:_|$)"
)
# The names of people who act on a record rather than being what it is about: staff,
# officials, practitioners, contacts of an organisation
_ACTING = re.compile(
    r"(?:^|_)(?:officer|inspector|assessor|approver|approved|entered|created|assigned|signed|"
    r"signatory|author|clinician|practitioner|provider|prescriber|doctor|gp|physician|"
    r"surgeon|specialist|nurse|midwife|pharmacist|dentist|psychologist|psychiatrist|"
    r"counsellor|referrer|referred|referring|treating|case_?worker|caseworker|case_?manager|"
    r"mgr|mngr|informant|arresting|charging|prosecutor|prosecuting|attending|crew|staff|"
    r"officers|paramedics?|ceo|cfo|chief_?executive\w*|convenor|convener|facilitator|"
    r"delegate|solicitor|lawyer|barrister|counsel|advocate|oic|"
    r"worker|coroner|magistrate|judge|judicial|registrar|interviewer|contact|director|"
    rf"proprietor|manager|secretary|{_PRINCIPAL}|supervisor|coordinator|reviewer|auditor|agent|"
    r"broker|representative|rep|observer|examiner|investigator|ranger|responsible|treasurer|"
    r"president|chair|chairperson|public_?officer|certifier|certifying|conciliator|mediator|"
    r"adjudicator|arbitrator|panell?ist|coach|mentor|planner|analyst|steward|"
    # a thing supersedes or replaces another: SUPERSEDED_BY names a code, not a person
    r"(?<!superseded_)(?<!replaced_)(?<!supersedes_)by)(?:_|$)"
)
# Coordinates: never a telephone number, whatever their digits
_COORDINATE = name_words(
    r"lat|lon|lng|long|latitude|longitude|easting|northing|coord\w*|x_?coord|y_?coord|geo_?\w*|"
    r"gps|elevation|altitude|bearing"
)
# Names of a column that names or numbers the organisation or thing a row is about: a
# school, a supplier, a product, a vessel, a property, a meter (read with the values and
# the table: minshare.detect.subject)
_THING = name_words(
    r"school|college|hospital|facility|business|company|organisation|organization|org|"
    rf"entity|supplier|vendor|contractor|tenderer|merchant|retailer|{_EMPLOYER}|"
    r"grantee|"
    r"club|association|assoc|charity|institution|agency|centre|center|practice|pharmacy|"
    r"product|item|stock|sku|vessel|boat|ship|property|lot|parcel|meter|asset|site|"
    r"station|plant|equipment|device|sensor|camera|road|segment|bridge|building|venue|"
    r"outlet|store|shop|depot|brand|manufacturer|model|nmi|mirn|hin|position|posn"
)
# The holder an organisation's number or telephone is named for (EMPLOYER_ABN, SUPPLIER_ACN,
# CLINIC_PH), and the holders that are people as often (a contractor's or an interpreter's
# ABN is a sole trader's, an owner's phone may be their own)
_ORG_HOLDER = name_words(
    rf"{_EMPLOYER}|supplier|vendor|company|co|org|organisation|organization|business|"
    r"firm|entity|gp|"
    r"agency|provider|station|club|association|assoc|charity|school|college|clinic|hospital|"
    r"pharmacy|facility|fac|practice|surgery|depot|store|outlet|retailer|merchant|dealer|insurer|"
    r"council|tenderer|trading|institution|operator|manufacturer|distributor|wholesaler|sponsor|"
    r"fund|scheme|super|superannuation|lessor|lodger|installer|builder|financier|lender|bank|"
    r"mortgagee|mtgee"
)
_PERSON_HOLDER = name_words(
    r"contractor|subcontractor|interpreter|artist|driver|producer|farmer|trader|sole|"
    r"individual|owner|proprietor|licensee|licencee|applicant|person|personal|private|home|"
    r"mobile|mob|cell|after_?hours|ah|contact|manager|officer|director|rep|representative|"
    r"agent|broker|worker|staff|member|client|patient|carer|payee|claimant|direct|dd"
)
# An office's line: a fax, a switchboard (no person's number)
_OFFICE_LINE = name_words(r"fax|facsimile|switchboard|switch|reception|enquiries|enquiry|helpline")
# Animals: a dog's name, sex and date of birth are no one's (an owner's are: PET_OWNER); not
# "cat", which names a category far more often than an animal (OFFENCE_CAT)
_ANIMAL = name_words(
    r"dogs?|pets?|animals?|canine|feline|horses?|equine|livestock|puppy|puppies|kitten|"
    r"kittens|stallion|gelding"
)
_VEHICLE_NOT = name_words(
    r"state|country|jurisdiction|st|status|stat|flag|ind|count|cnt|fee|fees|amount|amt|class|"
    r"make|model|colou?r|body|type|kind|fuel|year|yr|category|cat|seats|cyl\w*|engine"
)
_DATED = name_words(
    r"expiry|expires|exp|date|dt|dte|due|renewal|renewed|issued|from|to|start|end|period|"
    r"month|year|yr|fy|days|time|ts"
)
_RELATION = name_words(r"relationship|relation|rel|relationship_?type|relation_?type")
_DOB_NOT = name_words(
    r"place|country|city|town|weight|wt|wgt|grams?|kg|length|gest\w*|apgar\w*|order|plurality|"
    r"state|location|cert\w*|registration|reg|"
    r"time|tm|hour|hr|facility|fac|hospital|code|cd|type|method|mode|attendant|count|cnt"
)
# Weights and sizes of things: a catch, a load, a parcel (not a body)
_BODY_NOT = name_words(
    r"retained|discarded|catch|landed|load|loaded|cargo|gross|net|tare|payload|freight|parcel|"
    r"package|consignment|product|stock|harvest|yield|waste|axle|vehicle|species|fish|feed|"
    r"bale|bin|container|shipment|total|tot|sum"
)


@dataclass(frozen=True)
class NameHints:
    """What a column name suggests: entities with strengths, and "not personal" signals."""

    name: str
    normalised: str
    entities: dict[str, tuple[float, str]]  # entity -> (strength, the words that matched)
    row_id: bool
    aggregate: bool
    code: bool
    organisation: bool
    event_date: bool
    held: str = ""  # the words naming an identifier a person holds (MAC_ID, DVA_FILE_NO)
    of_thing: bool = False  # a thing's or a document's place (PLATE_STATE, CAMERA_LOCATION)
    coordinate: bool = False  # a latitude, longitude or other coordinate
    thing: bool = False  # names an organisation or thing (SCHOOL_NAME, METER_ID, SUPPLIER)
    animal: bool = False  # describes an animal (DOG_NAME, PET_DOB), not its owner
    acting: bool = False  # names someone who acts on the record (INSPECTOR, APPROVED_BY)
    role: bool = False  # names a person by their role (OWNER_NAME, APPLICANT_DOB)
    of_organisation: bool = False  # an organisation's number or line (EMPLOYER_ABN, FAX)

    def strength(self, entity: str) -> float:
        found = self.entities.get(entity)
        return found[0] if found else 0.0

    def matched(self, entity: str) -> str:
        found = self.entities.get(entity)
        return found[1] if found else ""

    def has(self, entity: str) -> bool:
        return entity in self.entities

    def note(self, entity: str) -> str:
        """``"; name hint 'tax_file'"`` for evidence, or nothing when the name gave no hint."""
        words = self.matched(entity)
        return f"; name hint '{words}'" if words else ""

    @property
    def says_other(self) -> bool:
        """A name that says the column holds something other than a person's trait: a code,
        a statistic, a row's number, an event's date, or an organisation's or a thing's."""
        return (
            self.code
            or self.aggregate
            or self.row_id
            or self.event_date
            or self.organisation
            or self.of_thing
        )

    @property
    def generic(self) -> bool:
        """A name such as ``column_3``, ``f12`` or ``ATTR_C`` that says nothing about the
        values."""
        return not self.entities and _GENERIC.fullmatch(self.normalised) is not None


# A name of a column by its place alone: a number (column_3, f12), or a letter after a word
# for a field (ATTR_C, COL_B, UDF_1)
_GENERIC = re.compile(
    r"(?:col(?:umn)?|field|fld|f|c|v|var|x|q|attr|attribute|unnamed)?_?\d*"
    r"|(?:col(?:umn)?|field|fld|var|attr|attrib|attribute|udf|custom)_?(?:[a-z]|\d+)"
)
# A word that ends in one of these was written without a separator: SEXCD, INDIGSTAT
_GLUED = re.compile(
    r"^([a-z]{3,}?)(cd|code|id|no|num|nbr|number|ind|flag|stat|status|dt|date|desc|nm|name|"
    r"yr|year|key|ref|type|grp|group|band)$"
)


def unglue(text: str) -> str:
    """``sexcd`` -> ``sex_cd``: each normalised word split before a glued-on suffix."""
    return "_".join(
        f"{m.group(1)}_{m.group(2)}" if (m := _GLUED.match(word)) else word
        for word in text.split("_")
    )


# HL7 version 2's fields, as lab and hospital feeds name their columns (PID_5, OBX-5, PID.7):
# a segment and a field number, and a component's after it (PID_5_1)
_HL7_FIELD = re.compile(r"(pid|nk1|pv1|obr|obx|orc|dg1|al1)_(\d{1,2})(?:_\d{1,2})*")
_HL7_FIELDS = {
    # the patient: identifiers, names, birth, sex, race, address, phones, marital status,
    # religion, account, licence, ethnic group, citizenship, nationality, death
    "pid": {
        2: "ID", 3: "ID", 4: "ID", 5: "PERSON", 6: "PERSON", 7: "DATE_OF_BIRTH", 8: "GENDER",
        9: "PERSON", 10: "ETHNICITY", 11: "ADDRESS", 13: "PHONE_NUMBER", 14: "PHONE_NUMBER",
        16: "MARITAL_STATUS", 17: "RELIGION", 18: "ID", 19: "ID", 20: "AU_DRIVERS_LICENCE",
        22: "ETHNICITY", 26: "ETHNICITY", 28: "ETHNICITY", 29: "DATE_OF_DEATH",
    },
    "nk1": {2: "PERSON", 4: "ADDRESS", 5: "PHONE_NUMBER", 6: "PHONE_NUMBER"},  # next of kin
    "pv1": {7: "PERSON", 8: "PERSON", 9: "PERSON", 17: "PERSON"},  # the visit's doctors
    # an order: the service asked for, clinical information, the reason, its doctors
    "obr": {4: "HEALTH", 13: "HEALTH", 16: "PERSON", 31: "HEALTH", 32: "PERSON", 34: "PERSON"},
    "obx": {3: "HEALTH", 5: "HEALTH", 8: "HEALTH"},  # what was observed, its value, its flag
    "orc": {12: "PERSON"},  # the ordering provider
    "dg1": {3: "HEALTH", 4: "HEALTH"},  # a diagnosis's code and description
    "al1": {3: "HEALTH"},  # an allergen
}  # fmt: skip


def _hl7_hint(text: str) -> dict[str, tuple[float, str]] | None:
    """The entity an HL7 field holds (``pid_5``: the patient's name), or {} for another field
    of a segment (``obx_6``: units), or None for a name that is no HL7 field."""
    m = _HL7_FIELD.fullmatch(text)
    if m is None:
        return None
    entity = _HL7_FIELDS[m.group(1)].get(int(m.group(2)))
    return {entity: (1.0, text)} if entity else {}


@cache
def name_hints(name: str) -> NameHints:
    """The hints in a column's name (a nested path is read by its last step first).

    A name that gives no hint as written is read again with glued-on suffixes split off
    (``GENDERCODE`` as ``gender_code``). An HL7 field's name (``PID_5``, ``OBX-5``) says
    what the standard puts in it, and nothing else.
    """
    leaf = normalise(_leaf(name))
    full = normalise(name)
    hl7 = _hl7_hint(leaf)
    found: dict[str, tuple[float, str]] = hl7 if hl7 is not None else {}
    for text in (leaf, full, unglue(leaf)) if hl7 is None else ():
        for hint in HINTS:
            if hint.entity in found:
                continue
            m = hint.pattern.search(text)
            if m:
                found[hint.entity] = (hint.strength, m.group(0).strip("_"))
        if found:
            if text != full:
                leaf = text
            break
    text = leaf or full
    placed = not _PLACE_OR_LINE.isdisjoint(found)  # (before a business's place is pruned)
    _prune(found, text)
    return NameHints(
        name=name,
        normalised=text,
        entities=found,
        row_id=not found
        and (_ROW_ID.fullmatch(text) is not None or _ANY_ID.fullmatch(text) is not None),
        aggregate=_AGGREGATE.search(text) is not None,
        code=_CODE.search(text) is not None,
        organisation=_SOMEONE_AT.search(text) is None
        and (
            _ORG.search(text) is not None
            or (_BUSINESS_SIDE.search(text) is not None and _PERSON_ROLE.search(text) is None)
            or _PLACE_OF_WORK.search(text) is not None
            or (_PRAC.search(text) is not None and placed)
        ),
        event_date=_EVENT_DATE.search(text) is not None,
        held=_held_identifier(text),
        of_thing=_OF_THING.search(text) is not None,
        coordinate=_COORDINATE.search(text) is not None,
        thing=_THING.search(text) is not None,
        animal=_ANIMAL.search(text) is not None and _PERSON_ROLE.search(text) is None,
        acting=_ACTING.search(text) is not None,
        role=_PERSON_ROLE.search(text) is not None,
        of_organisation=_PERSON_HOLDER.search(text) is None
        and (_ORG_HOLDER.search(text) is not None or _OFFICE_LINE.search(text) is not None),
    )


# A registration's number in the registers of births, deaths and marriages is one person's,
# though stamped with its year as a record's reference is
_REGISTRATION = name_words(r"reg|regn|registration|registrations")


# The words of a document's or an event's number: what a year-stamped reference is made for
_DOCUMENT = name_words(
    r"ref|reference|refs|notification|notice|application|appl|app|cert|"
    r"certificate|record|rec|pcr|report|incident|order|booking|request|ticket"
)
# A person's dealings with an agency, numbered however they are (CAN-2024-195604, 2025/00416069):
# a case, a claim, a complaint, a matter; an application they made, their estate or will, a
# review they asked for (an order, a notice, a notification, a bond are documents: the rows')
_MATTER_WORDS = r"case|claim|clm|complaint|cmpl|cmplnt|matter"
# A permit is issued to one person, and a file is kept on one: their numbers and references
# (PERMIT_NO, FILE_REF) are theirs however they are written
_ONE_PERSONS = name_words(r"permit|file")
_DEALINGS = (
    r"application|app|appl|estate|will|review|"
    # what an agency gives or arranges for one person: an infringement they are served, a
    # grant or a loan made to them, their plan, their admission, a conference held for them
    r"infringement|grant|loan|plan|admission|adm|conference|conf"
)
_MATTER = name_words(_MATTER_WORDS + "|" + _DEALINGS)
# A matter named alone, as the one a record relates to (CLM, RELATED_CLAIM), or after the
# abbreviation of a jurisdiction or a unit (COR_CASE, SIU_CLAIM): its number
_MATTER_ONLY = re.compile(
    rf"(?:(?:related|linked|parent|prev|previous|orig|original|assoc|associated|[a-z]{{2,4}})_)?"
    rf"(?:{_MATTER_WORDS})"
)


def stamped_for_a_record(normalised: str, year_stamped: bool) -> bool:
    """Whether a column of references stamped with their year (``LA/20/62385``) is a
    record's numbers under this name: a name that says it numbers a document or an event
    (a certificate, a report); not a registration's, a permit's or a file's, a number only a
    person is given, or one a name gives to a person (``CLIENT_NO``: a client's number may
    carry the year they came), nor a case's, a claim's, a complaint's, a matter's or an
    application's, which is its person's. An unexplained ``CP_ID`` stamped with a year may
    be a person's, and stays one."""
    return (
        year_stamped
        and _DOCUMENT.search(normalised) is not None
        and not _MATTER.search(normalised)
        and not _ONE_PERSONS.search(normalised)
        and not _REGISTRATION.search(normalised)
        and not always_held(normalised)
        and not _PERSON_ROLE.search(normalised)
    )


def names_a_matter(normalised: str) -> bool:
    """Whether a name is of a person's case, claim, complaint or matter (``siuCaseNo``), or
    of another dealing numbered for one person (an application, an estate, a review):
    a register of them lists them in the order they were opened, so their numbers may count
    up with the rows and still be the person's."""
    return _MATTER.search(normalised) is not None


def names_a_registration(normalised: str) -> bool:
    """Whether a name is of a registration's number (``REG_NO``): a register numbers its
    people in the order they registered, so their numbers may count up with the rows."""
    return _REGISTRATION.search(normalised) is not None


def always_held(normalised: str) -> bool:
    """Whether a name is of a number only a person is given, whatever else it says
    (SERVICE_NO, PMKEYS, VISA_GRANT_NO): it may come back on each of their records."""
    return _HELD_PHRASES.search(normalised) is not None or bool(_MASTER_INDEX.match(normalised))


def _held_identifier(text: str) -> str:
    """The words of a name that say it holds an identifier given to a person, or "".

    A kind of identifier (file, licence, registration, permit, card, visa...) says
    so; a bare identifier word (ID, NO, REF) only beside another word saying whose or which
    scheme's (MAC_ID, PERS_ID): ``reference_no`` alone could be anything's. A name with a
    word of rows, events, transactions or documents (EPISODE_ID, PAYMENT_NO, ORDER_NO,
    ALERT_ID, NOTICE_NO; but an application's, a loan's or a grant's number is its
    person's) or of things
    (ASSET_ID, SUPPLIER_NO), or that is about an identifier (LICENCE_TYPE, CARD_EXPIRY), is
    no person's identifier.
    """
    if always_held(text):
        return text
    if _PER_RECORD.search(text) or _NOT_HELD.search(text) or _ORG.search(text):
        return ""
    if _BUSINESS_SIDE.search(text) and not _PERSON_ROLE.search(text):
        return ""
    if _HELD_NOUNS.search(text) or _MATTER_ONLY.fullmatch(text):
        return text
    if _ID_WORD.search(text) is None:
        return ""
    words = [w for w in text.split("_") if w]
    others = [w for w in words if not _ID_WORD.fullmatch(w) and not w.isdigit() and len(w) > 1]
    return text if others else ""


# An entity hint, and the words beside it that say the column is about something else
# A condition that is a thing's: a building's, a road's, an asset's rating
_CONDITION_OF_THING = re.compile(
    r"(?:^|_)condition_?(?:rating|score|index|grade|class|code|cd)(?:_|$)|"
    r"(?:^|_)(?:asset|building|property|road|pavement|structural|bridge|vehicle|plant|"
    r"equipment|stock)_?condition"
)
# Where a competition or a conference is held, a vehicle's or a stop's access: a thing's
_EVENT_PLACE = name_words(r"event|competition|tournament|championship|conference|games|meet")
_ACCESS_OF_THING = name_words(r"boarding|accessible|accessibility|access")
_BODILY = name_words(r"body|bodily|injury|injured|wound|pain")  # where on a body, not a place
# A passport's country is its holder's nationality (ETHNICITY), not the passport's number
_PASSPORT_NOT = name_words(r"passport_?(?:country|cntry|ctry|nation\w*)")
# A general ledger's accounts are an agency's books, not a bank's customers
_LEDGER = name_words(r"ledger|gl|general_?ledger|coa|chart_?of_?accounts|cost_?(?:centre|center)")
# A position's number in an establishment (POSITION_NO, REPORTS_TO_POSN): no occupation
_POSITION_NUMBER = re.compile(
    r"(?:^|_)(?:position|posn|pos)_?(?:no|num|nbr|number|id|ref|code|cd)(?:_|$)|"
    r"(?:^|_)reports?_?to(?:_\w+)?_(?:position|posn|pos)(?:_|$)"
)
# What kind of place a row is at (LOC_TYPE: "Home", "Hotel", "Training"), not where
_KIND_OF_PLACE = re.compile(r"(?:^|_)(?:type|kind|category|cat)$")
# A sum per week (RENT_PW, INC_PW, HRS_PW): "pw" after an amount or hours, not a password
_PER_WEEK = name_words(
    r"(?:rent|income|inc|wage|wages|pay|salary|sal|amt|amount|cost|fee|fees|board|rate|hrs|"
    r"hours|earnings|benefit|allowance|payment|pmt|instal\w*|repay\w*|dollars|aud)_?pw"
)
_CONTRADICTED = (
    ("AU_PASSPORT", _PASSPORT_NOT),
    ("PASSWORD", _PER_WEEK),
    ("LOCATION", _KIND_OF_PLACE),
    ("OCCUPATION", _POSITION_NUMBER),
    ("BANK_ACCOUNT", _LEDGER),
    ("HEALTH", _CONDITION_OF_THING),
    ("HEALTH", _ACCESS_OF_THING),
    ("LOCATION", _EVENT_PLACE),
    ("LOCATION", _BODILY),
    ("CREDIT_CARD", _CARD_NOT),
    ("DATE_OF_BIRTH", _DOB_NOT),
    ("BODY_MEASUREMENT", _BODY_NOT),
)


def _prune(found: dict[str, tuple[float, str]], text: str) -> None:
    """Drop hints that another word in the name contradicts."""
    if "PERSON" in found and _RELATION.search(text):
        del found["PERSON"]  # NOK_RELATIONSHIP: how someone is related, not who
    weak_person = "PERSON" in found and found["PERSON"][0] < 1.0
    if weak_person and _NOT_PERSON_WORDS.search(text) and not _PERSON_ROLE.search(text):
        del found["PERSON"]  # WARD_NAME, PRODUCT_NM; but COMPANY_DIRECTOR is a person
    elif weak_person and "LOCATION" in found and not _PERSON_ROLE.search(text):
        del found["PERSON"]  # CED_NAME, LGA_NAME: the name of a place
    if "PERSON" in found and _ORG.search(text) and not _PERSON_ROLE.search(text):
        del found["PERSON"]  # BUSINESS_NAME; but BUSINESS_OWNER_NAME names a person
    if "PHONE_NUMBER" in found and (_PHONE_NOT.search(text) or _COORDINATE.search(text)):
        del found["PHONE_NUMBER"]
    for entity, contradiction in _CONTRADICTED:
        if entity in found and contradiction.search(text):
            del found[entity]  # CARD_TYPE, BIRTH_PLACE, RETAINED_KG (a catch's weight)
    business = (
        _ORG.search(text)
        or _BUSINESS_SIDE.search(text)
        or _OF_THING.search(text)
        or _PRAC.search(text)
        or _PLACE_OF_WORK.search(text)
    )
    if "LOCATION" in found and business:
        del found["LOCATION"]
    if "HEALTH" in found and _HEALTH_RECORD.search(text):
        del found["HEALTH"]  # DISPENSING_ID, PRESCRIPTION_NO: a record's number, not health
    if "AU_POSTCODE" in found and business:
        del found["AU_POSTCODE"]  # SUPPLIER_POSTCODE, EMPLOYER_PCODE: a business's place
    ethnicity = found.get("ETHNICITY")
    if ethnicity and "LOCATION" in found and _BACKGROUND_WORDS.fullmatch(ethnicity[1]):
        del found["LOCATION"]  # COUNTRY_OF_BIRTH, CITIZENSHIP: background, not residence
    if "AU_DRIVERS_LICENCE" in found and _LICENCE_DEALING.search(text):
        del found["AU_DRIVERS_LICENCE"]  # LICENCE_APPLICATION_NO: a dealing about a licence
    if "AU_DRIVERS_LICENCE" in found and _OTHER_LICENCE.search(text):
        del found["AU_DRIVERS_LICENCE"]  # a boat, firearm or builder's licence: held, not driven
        if not (_ORG.search(text) or _BUSINESS_SIDE.search(text)):
            found.setdefault("ID", (1.0, text))  # but an agency's licence is the agency's
    if "CREDIT_CARD" in found and "VEHICLE" in found:
        del found["CREDIT_CARD"]  # REGO_EXPIRY is not a card's expiry
    if "VEHICLE" in found and _VEHICLE_NOT.search(text):
        del found["VEHICLE"]  # REGO_STATE, PLATE_STATUS: about a registration, not the plate
    if "VEHICLE" in found and _DATED.search(text):
        del found["VEHICLE"]  # REGO_EXPIRY: a date about a registration, not the vehicle
    if "INCOME" in found and (
        _CODE.search(text)
        or _period_after(text, found["INCOME"][1])
        # (PAYER_ATI is the payer's own income: the source word is part of what said income)
        or _SOURCE.search(text.replace(found["INCOME"][1], "_"))
        or _BOUND.search(text)
    ):
        del found["INCOME"]
    if "EMAIL_ADDRESS" in found and found["EMAIL_ADDRESS"][1] == "mail" and "ADDRESS" in found:
        del found["EMAIL_ADDRESS"]  # MAIL_ADDR is a postal address
    if "ADDRESS" in found and re.search(
        r"(?:^|_)(?:e_?mail|ip|mac|web|url|wallet|memory|hex|email)(?:_|$)", text
    ):
        del found["ADDRESS"]
    if _STATISTIC.search(text):
        for entity in ("AGE", "INCOME", "BODY_MEASUREMENT"):
            # MEDIAN_AGE, AVG_INCOME: statistics of many people; but HOURLY_RATE is a wage
            if entity in found and _STATISTIC.search(text.replace(found[entity][1], "_")):
                del found[entity]
    if "AGE" in found and re.search(
        r"(?:^|_)(?:page|usage|stage|mileage|percentage|storage|image)", text
    ):
        del found["AGE"]
    if "HONORIFIC" in found and "OCCUPATION" in found and found["OCCUPATION"][1] != "title":
        del found["HONORIFIC"]


def opaque_name(name: str) -> bool:
    """A name that says nothing of its values: ``column_3``, or three letters or fewer
    (``F12``, ``XR``) that are no hint of anything."""
    hints = name_hints(name)
    if hints.generic:
        return True
    letters = re.sub(r"[^a-z]", "", hints.normalised)
    said = hints.entities or hints.held or hints.row_id or hints.aggregate or hints.code
    return not said and not hints.organisation and not hints.event_date and len(letters) <= 3
