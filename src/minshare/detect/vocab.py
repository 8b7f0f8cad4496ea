"""Value vocabularies: people's names, places, and the words of sensitive categories.

Given names and surnames come from two pip-installed sources that have nothing to do with
the Faker lists our synthetic samples are drawn from, so that detection scores on the samples
are honest: the US Census Bureau's 1990 name frequency files (shipped by the ``names``
package: 88,799 surnames, 5,494 given names) and Jörg Michael's international first-name
dictionary (shipped by ``gender-guesser``: about 45,000 given names from 50 countries).
Licences: ``names`` is MIT; gender-guesser's dictionary is GFDL data in a GPLv3 package, read
as data only and optional (without it the census names are used alone); ``pycountry`` is
LGPL. Countries and their states or provinces come from ``pycountry`` (ISO 3166). The short lists
below are written here: they are words, not data about anyone.

Every lookup compares *folded* text (:func:`fold`): accents removed, case folded,
apostrophes dropped, so "O'Brien", "OBRIEN" and "obrien" are one name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (word lists read best as prose)."""
    return frozenset(text.split())


_APOSTROPHES = str.maketrans("", "", "'`\u2019\u00b4")


def fold(text: str) -> str:
    """``text`` without accents, apostrophes or case, for dictionary lookups."""
    if text.isascii():
        return text.translate(_APOSTROPHES).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_APOSTROPHES).casefold()


@cache
def surnames() -> frozenset[str]:
    """Folded surnames (US Census 1990, every surname with 100 or more bearers)."""
    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    return frozenset(fold(line.split(maxsplit=1)[0]) for line in text.splitlines() if line)


@cache
def given_names() -> frozenset[str]:
    """Folded given names: US Census 1990 plus gender-guesser's international dictionary."""
    folded: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        text = resources.files("names").joinpath(name).read_text(encoding="ascii")
        folded.update(fold(line.split(maxsplit=1)[0]) for line in text.splitlines() if line)
    try:
        data = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
        text = data.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        # the dictionary is GFDL data in a GPL package: a build may leave it out, and the
        # census names alone still find most given names
        text = ""
    for line in text.splitlines():
        # "M  Aaron      ..." lines; '#' comments and '=' equivalence lines are skipped
        if not line or line[0] in "#=":
            continue
        parts = line.split(maxsplit=2)
        if len(parts) < 2:
            continue
        name = parts[1]
        if "+" in name:  # "Abd+al": written with a space, a hyphen or nothing
            folded.update(fold(name.replace("+", joiner)) for joiner in ("", "-"))
            folded.update(fold(part) for part in name.split("+"))
        else:
            folded.add(fold(name))
    return frozenset(w for w in folded if len(w) > 1)


def is_given_name(token: str) -> bool:
    return fold(token) in given_names()


def is_surname(token: str) -> bool:
    return fold(token) in surnames()


def is_name_word(token: str) -> bool:
    """Whether a word is a known given name or surname (hyphenated parts each checked)."""
    folded = fold(token.strip(".,"))
    if folded in given_names() or folded in surnames():
        return True
    parts = [p for p in folded.split("-") if p]
    return len(parts) > 1 and all(p in surnames() or p in given_names() for p in parts)


# -- organisations, so that a business name is not taken for a person -------------------

ORG_WORDS = words(
    """
    pty ltd limited inc incorporated llc llp plc corp corporation co company companies group
    holdings trust trustee trustees partners partnership associates services service solutions
    consulting consultants consultancy enterprises enterprise industries international global
    systems technologies technology tech studio studios agency foundation association club
    society council department bank cafe restaurant hotel motel bar pub store stores shop mart
    market markets supplies supply constructions construction builders building plumbing
    electrical engineering engineers accountants accounting lawyers legal law medical dental
    clinic centre center pharmacy transport logistics cleaning landscaping painting realty
    homes fitness auto motors repairs hair beauty catering takeaway childcare physio
    architects media design marketing farm farms pastoral wines winery imports exports
    trading traders investments properties property developments finance financial capital
    ventures productions network networks labs laboratories health care carpentry tiling
    plastering grocers fashions cabs consulting electrics security insurance school academy
    university college institute church ministries fund superannuation
    """
)
ORG_MARKERS = re.compile(r"&|\b(?:and sons|and co|the trustee|family trust)\b", re.IGNORECASE)

# -- words that are capitalised in running text but are not names -------------------------

NOT_NAMES_IN_TEXT = words(
    """
    the this that these those his her he she they them their our we you your it its and but or
    for with from to at on in of by as an a is was are be been has have had not no yes
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december new north south east west
    street road avenue park hill court place bay beach lake river mount port saint st centre
    center hospital health service services department office bank church school university
    college australia australian government council club house unit level suite shop ward
    client customer patient nominee landlord tenant partner daughter son sister brother
    mother father wife husband friend neighbour carer doctor dr gp nurse team manager
    medical medicare centrelink mr mrs ms miss mx prof sir dame rev please called call
    email emailed phone phoned rang spoke advised reviewed updated received sent
    lane way drive crescent court close parade terrace highway grove gardens square reserve
    creek valley island heights point ridge wharf bridge station oval stadium library hall
    springs falls beach harbour bay downs plains hills forest vale waters gully
    """
)

# -- honorifics, sex and gender --------------------------------------------------------------

HONORIFICS = words("mr mrs ms miss mx dr prof sir dame rev fr lady lord madam mister master hon")
GENDER_VALUES = words(
    """
    m f male female man woman men women boy girl x u o other unknown not stated notstated
    males females persons
    non-binary nonbinary non binary intersex indeterminate unspecified trans transgender
    prefer not to say gender diverse genderqueer agender
    """
) | frozenset(
    {
        "not stated",
        "non binary",
        "prefer not to say",
        "gender diverse",
        "not known",
        "another term",
        "different term",
    }
)
SEX_CORE = frozenset({"m", "f", "male", "female", "man", "woman"})

# -- places -----------------------------------------------------------------------------------

AU_STATES = frozenset(
    {
        "nsw", "vic", "qld", "sa", "wa", "tas", "nt", "act",
        "new south wales", "victoria", "queensland", "south australia", "western australia",
        "tasmania", "northern territory", "australian capital territory",
    }
)  # fmt: skip


@cache
def countries() -> frozenset[str]:
    """Folded country names and ISO 3166 codes (two and three letters)."""
    import pycountry

    found: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name", "alpha_2", "alpha_3"):
            value = getattr(country, attr, None)
            if value:
                found.add(fold(value))
        found.add(fold(country.name.split(",")[0]))
    found.update({"usa", "uk", "united states of america", "england", "scotland", "wales"})
    return frozenset(found)


@cache
def us_states() -> frozenset[str]:
    """Folded names and postal codes of the states of the United States."""
    import pycountry

    found: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.country_code != "US":
            continue
        found.add(fold(sub.name))
        found.add(fold(sub.code.split("-", 1)[1]))
    return frozenset(found)


@cache
def subdivisions() -> frozenset[str]:
    """Folded names and codes of states, provinces and regions (ISO 3166-2), Australia's too."""
    import pycountry

    found: set[str] = set(AU_STATES)
    for sub in pycountry.subdivisions:
        found.add(fold(sub.name))
        found.add(fold(sub.code.split("-", 1)[1]))
    return frozenset(found)


STREET_TYPES = words(
    """
    street st road rd avenue ave av drive dr crescent cres cr court ct place pl parade pde
    close cl terrace tce highway hwy way lane ln boulevard blvd bvd circuit cct cir esplanade
    esp grove gr gve square sq walk track mews rise row loop link glade green grn heights hts
    parkway pkwy promenade prom quay vista view chase gardens gdns ridge circle alley arcade
    strasse straße str rue via calle avenida viale ulica utca gasse gata gatan vej vegen
    weg laan straat plaza pike trail trl broadway junction rua avda praca praça piazza largo
    corso camino carrer ul ulica út utca
    """
)
UNIT_WORDS = words("unit u apt apartment flat level lvl suite ste shop lot villa")
PO_BOX = re.compile(
    r"^\s*(?:p\.?\s?o\.?|post\s+office|g\.?p\.?o\.?|locked)\s*(?:box|bag)\b", re.IGNORECASE
)

# -- sensitive categories and other quasi-identifying vocabularies -----------------------------

NATIONALITIES = words(
    """
    aboriginal indigenous afghan albanian algerian american argentine argentinian armenian
    australian austrian bangladeshi belgian bosnian brazilian british bulgarian burmese
    cambodian canadian chilean chinese colombian croatian cuban cypriot czech danish dutch
    egyptian english eritrean estonian ethiopian fijian filipino finnish french german ghanaian
    greek hispanic latino latina hungarian icelandic indian indonesian iranian iraqi irish
    israeli italian japanese jordanian kenyan korean kurdish laotian latvian lebanese libyan
    lithuanian macedonian malaysian maltese maori mauritian mexican mongolian moroccan nepalese
    nigerian norwegian pakistani palestinian peruvian polish portuguese romanian russian
    samoan saudi scottish serbian sierra singaporean slovak slovakian slovenian somali
    south-african spanish sri sinhalese sudanese swedish swiss syrian taiwanese tamil thai
    tongan turkish ukrainian uruguayan venezuelan vietnamese welsh zimbabwean asian african
    european caucasian anglo anglo-australian anglo-celtic arab arabic hmong hazara punjabi
    sikh pacific islander melanesian polynesian micronesian greenlandic faroese
    """
)
RELIGIONS = words(
    """
    catholic roman anglican uniting presbyterian baptist lutheran methodist pentecostal
    orthodox christian christianity buddhist buddhism muslim islam islamic hindu hinduism
    jewish judaism sikh sikhism atheist agnostic secular jehovah mormon latter-day bahai
    taoist taoism shinto jain jainism protestant evangelical adventist salvation quaker
    """
) | frozenset({"no religion", "not stated", "none"})
SEXUAL_ORIENTATIONS = words(
    """
    heterosexual straight gay lesbian bisexual queer asexual pansexual homosexual questioning
    """
)
MARITAL = words(
    """
    married single divorced widowed widow widower separated de facto defacto partnered
    unmarried engaged never
    """
)
BLOOD_TYPES = words("a+ a- b+ b- ab+ ab- o+ o-")
ZODIAC = words(
    """
    aries taurus gemini cancer leo virgo libra scorpio sagittarius capricorn aquarius pisces
    """
)
HEALTH_WORDS = words(
    """
    diabetes asthma cancer carcinoma tumour tumor leukaemia leukemia lymphoma melanoma
    depression depressive anxiety schizophrenia bipolar psychosis dementia alzheimer
    alzheimers parkinson parkinsons epilepsy stroke hypertension cardiac heart angina
    infarction arrhythmia fibrillation copd emphysema bronchitis pneumonia influenza covid
    covid-19 hiv aids hepatitis tuberculosis sepsis infection fracture arthritis
    osteoarthritis osteoporosis obesity autism adhd dyslexia disability pregnancy pregnant
    miscarriage abortion renal kidney liver cirrhosis dialysis chemotherapy surgery
    appendicitis cellulitis dehydration syndrome disorder disease chronic acute injury
    allergy allergic anaemia anemia migraine insomnia eczema psoriasis glaucoma cataract
    substance alcohol addiction overdose suicide self-harm
    """
)
OCCUPATION_WORDS = words(
    """
    engineer manager analyst nurse teacher officer assistant clerk accountant developer
    scientist technician technologist director consultant administrator coordinator
    specialist designer architect auditor operator supervisor executive programmer
    librarian lecturer professor tutor therapist psychologist pharmacist physician doctor
    surgeon dentist paramedic electrician plumber carpenter mechanic driver labourer laborer
    chef cook waiter waitress cleaner receptionist secretary salesperson representative
    agent broker advisor adviser planner inspector journalist editor writer artist
    photographer lawyer solicitor barrister paralegal economist statistician researcher
    student retired unemployed homemaker farmer worker builder painter gardener attendant
    cashier buyer marketer strategist associate intern apprentice trainee lead head chief
    president vice senior junior principal staff ceo cfo cto vp
    """
)
INDIGENOUS = re.compile(r"aborig|torres strait|indigenous|first nations|atsi\b", re.IGNORECASE)
ICD10 = re.compile(r"^[A-Z]\d{2}(?:\.\d{1,4}|\d{1,2})?[A-Z]?$")
