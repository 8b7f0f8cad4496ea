"""Value vocabularies: people's names, places, and the words of sensitive categories.

Given names and surnames come from two pip-installed sources that have nothing to do with
the Faker lists our synthetic samples are drawn from, so that detection scores on the samples
are honest: the US Census Bureau's 1990 name frequency files (shipped by the ``names``
package: 88,799 surnames, 5,494 given names) and Jörg Michael's international first-name
dictionary (shipped by ``gender-guesser``: about 45,000 given names from 50 countries).
Licences: ``names`` is MIT; gender-guesser's dictionary is GFDL data in a GPLv3 package, read
as data only and optional (without it the census names are used alone); ``pycountry`` is
LGPL. Countries and their states or provinces come from ``pycountry`` (ISO 3166). Australia's
suburbs, towns and localities are GeoNames' populated places of 500 people or more (CC BY 4.0),
kept in ``data/au_localities.txt`` (``tools/au-localities`` writes it). The short lists
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


def folded_words(text: str) -> list[str]:
    """The words of ``text``, folded (:func:`fold`), split at anything but a letter."""
    return [word for word in re.split(r"[^a-z]+", fold(text)) if word]


# Family names common in Australia that the 1990 US census never counted: Aboriginal
# (Yolngu clan names, the Central Desert's skin names written as surnames, and others) and
# Torres Strait Islander family names, Samoan, Tongan, Fijian and Maori, South Sudanese,
# Somali, East and West African, Sri Lankan, Nepali, Indian, Lebanese, Greek and Turkish
# ones. Names, not people.
FAMILY_NAMES_MORE = words(
    """
    yunupingu gurruwiwi marika wunungmurra wununmurra dhamarrandji gumbula garrawurra
    ganambarr munungurr mununggurr mununggurritj wanambi maymuru burarrwanga marawili
    wirrpanda dhurrkay guyula gaykamangu bukulatjpi djerrkura gumana ngurruwutthun gondarra
    garawirrtja djupuduwuy mamarika lalara wurramara wurramarrba amagula tipiloura
    puruntatameri kerinaiua tipungwuti munkara portaminni puautjimi pilakui tjapaltjarri
    tjungurrayi tjakamarra tjampitjinpa tjupurrula jampijinpa jupurrurla jakamarra japaljarri
    jungarrayi japangardi jangala nungarrayi napaljarri nakamarra napangardi nampijinpa
    nangala napurrurla nungurrayi petyarre kngwarreye kngwarraye pwerle mpetyane kemarre
    perrurle penangke namatjira mundine goolagong lingiari mabo thaiday ahmat bani mosby nona
    passi tabuai elu akiba waia nakata anau dorante tamwoy wymarra ghee whap gela mye tapim
    warusam zaro laza mooka mairu kaddy loban idagi tatipata wanganeen ngalkin rigney tjilari
    kantawara tjamiwa kunoth bropho coolwell
    tuilagi faleolo fuimaono leota sapolu tagaloa aumua falaniko faamausili pouono tamapua
    vaifale lealaiauloto fonoti tupou tuimavave seiuli sopoaga lauaki afamasaga aiono
    amituanai asiata fepuleai lefiti leiataua lemalu malietoa mauga soliai taulapapa toleafoa
    tuiasosopo tuiloma uelese tauiliili fiso ioane iosefa matagi salavea sefo taufahema
    tapusoa tuala tuiasau tuitupou vaega leavasa mulitalo leilua leuluai seumanufagai alapati
    aufai fanene fatialofa pulu saena tuatagaloa tuimalealiifano vaai vaotuua lemi leaupepe
    taufa fifita havili tuipulotu vainikolo taumalolo moala latu naufahu piutau lolohea maafu
    hufanga vunipola fonua fakatava fusitua helu kaufusi kioa koloamatangi lolo mafi otai
    taione taualupe vake vea veikune vete folau fukofuka hopoate kauhalalalo lisiate palu paea
    sika takele tuimoala vaipulu hingano faleafa funaki hala kupu latukefu pahulu tapueluelu
    tatafu tongauiha afeaki fonokalafi fakaosi koroibete radradra nadolo waqa naivalu
    rokocoko tuqiri tuivasa ratuva nakarawa cakau qarase bainimarama rabuka naisoro vunibaka
    volavola vatubua matavesi nayacalevu naholo tuwai koroi lewaravu ravouvou tikoisuva
    veitayaki yabaki nasilasila goneva delasau domoni kunatani murimurivalu nakaidawa
    seruvakula vakatawa ngata parata tipoki tamarua ngaro pokino turei waititi tuhiwai
    rangihuna whaanga tawhiri tapsell paewai tukaki pomare ruatapu tamihana tapiata karaka
    nikora
    mohamud warsame abdi hirsi jama dahir abdullahi garang majok mabior akol malual ajak
    kuol nyok aguer makuei okonkwo adeyemi abubakar chukwu nwosu eze
    wickramasinghe jayasinghe bandara gunawardena rajapaksa dissanayake ekanayake herath
    jayawardena kumara liyanage ranasinghe senanayake weerasinghe wijesinghe
    shrestha gurung tamang thapa adhikari bhattarai poudel khadka karki sherpa
    mohammadi yilmaz konstantinou nikolaidis kyriakou panagiotou vasilakis konstantinidis
    theodorou kouris mavros ioannou nikolaou papageorgiou oikonomou
    bamblett hookey naden watego kickett wenitong dhalulu hippi ahwang
    ravulo tangitau lauina aperahama sio
    tesfaye tesfay abebe nkosi moyo juma bol mwangi mutua mutasa nyuon bamiloye osuntokun
    faloye morawo kolade ilupeju ngugi elkheir
    chami rahme hamoud zreika darwiche chahine hamze elachi zubaidi
    tsakalos kostopoulos katsaros tsoukalas tsiolis lambropoulos manoli
    chaudhary nadkarni venkatesan venkataraman bhattacharyya swaminathan ganguly jha
    """
)

# Given names common in Australia that neither dictionary knows: from Aboriginal languages
# (Kirra, Jarrah, Jedda), Tongan and Samoan, South Sudanese, East and West African, Indian,
# Greek, Chinese and Vietnamese families, and Australian spellings. Names, not people.
GIVEN_NAMES_MORE = words(
    """
    kirra jarrah jedda lowanna tjarra bindi alinta mundara allira kalinda marlee yindi jirra
    talara tarni kirrily tanika narelle tayla tahlia shontae dakoda
    sione viliami tevita losana salote semisi fetu litia seini siosaia mele lupe ofa taniela
    malakai mosese tomasi ioane pita tasi lagi
    kwame tendai fatuma achol ngozi chinedu chidi achieng chipo nyandeng nyibol nyadol akech
    awut nyadak nyaruot mandisa chinwe abeba anjolaoluwa aanuoluwapo
    kavya ananya ishaan manpreet aarav akshay janani devansh harleen amandeep nachiket darsh
    dakshesh girindra
    yianni yiannis toula zihan nhien
    """
)


@cache
def surnames() -> frozenset[str]:
    """Folded surnames: US Census 1990 (every surname with 100 or more bearers) and ours."""
    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    census = {fold(line.split(maxsplit=1)[0]) for line in text.splitlines() if line}
    return frozenset(census | FAMILY_NAMES_MORE)


@cache
def given_names() -> frozenset[str]:
    """Folded given names: US Census 1990, gender-guesser's international dictionary and ours."""
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
    return frozenset(w for w in folded | GIVEN_NAMES_MORE if len(w) > 1)


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
    sons bros brothers holdings trust trustee trustees partners partnership associates
    services service solutions
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
    university college institute church ministries fund superannuation agents rentals leasing
    funerals chapel removals chemist chemists
    """
)
ORG_MARKERS = re.compile(r"&|\b(?:and sons|and co|the trustee|family trust)\b", re.IGNORECASE)
# Words that make a value an organisation's or an institution's name whatever else it
# says ("Vietnamese Community Association Inc", "Sudanese Women's Network", "Cancer Council
# NSW", "Lebanese Muslim Association"): legal forms and the words for bodies. Kept narrow:
# a health problem, an offence or a religion is never written with one of them.
BODY_WORDS = words(
    """
    inc incorporated ltd limited pty association assoc foundation council society trust
    network club cooperative co-operative coop co-op alliance federation league committee
    corporation institute mosque synagogue school college university hospital brigade guild
    lobby centre center academy fellowship mission collective organisation organization
    """
)


# Facilities and sites an agency keeps registers of ("Parramatta Depot", "Prospect Reservoir")
FACILITY_WORDS = words(
    """
    depot reservoir hall library museum gallery pool aquatic stadium arena terminal wharf
    jetty airport plant works substation pump tower dam weir tip landfill
    """
)


# Words that end the name of a part of an organisation ("Ballina SES Unit", "Lismore City
# Unit", "Penrith Comms Team", "Bankstown Branch"); "Unit" opens an address's flat instead
_PART_WORDS = words("unit branch team")


def names_a_body(value: str) -> bool:
    """Whether a value reads as a business's, an association's, an institution's or a
    facility's name ("Nguyen Bakery", "Westmead Hospital", "Prospect Reservoir"), or a
    part of one ("Ballina SES Unit"): looser than :data:`BODY_WORDS` alone, for telling
    whole columns of them."""
    split = value.split()
    if len(split) >= 2 and fold(split[-1]).strip(".,()'\"") in _PART_WORDS:
        return True
    return any(
        (w := fold(word).strip(".,()'\"")) in BODY_WORDS
        or w in ORG_WORDS
        or w in INSTITUTION_WORDS
        or w in FACILITY_WORDS
        for word in split
    )


# Offices and roles an organisation gives as a contact ("Intake Officer", "Reception",
# "Practice Manager"): a desk, not a person
ROLE_WORDS = words(
    """
    officer office manager reception receptionist intake liaison coordinator desk team unit
    service services on-call oncall after-hours afterhours duty enquiries enquiry
    administrator admin supervisor secretary clerk helpdesk switchboard triage hotline
    helpline inbox mailbox
    """
)

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
    ave av rd cres ct pl pde hwy tce cl cct gr blvd esp
    casino airport terminal rank interchange
    """
)

# -- honorifics, sex and gender --------------------------------------------------------------

HONORIFICS = words("mr mrs ms miss mx dr prof sir dame rev fr lady lord madam mister master hon")
# Ranks and offices written before a name ("Sgt K. O'Brien", "Snr Const Tran", "Det Insp
# Wong"); stripped only in front of a name, since some are family names too (Major, Judge)
RANKS = words(
    """
    sgt sergeant const constable cst lsc snr senior det detective insp inspector supt
    superintendent prob probationary rn en cn cnc np rm stn off lff sff ff co
    cpl corporal lcpl pte private lt lieut lieutenant capt captain maj major col colonel brig
    brigadier cdr cmdr commander wo ldg ac cr clr councillor revd reverend professor doctor
    judge justice magistrate mag a/sgt s/sgt s/c sc a/insp a/supt coroner deputy state assistant
    associate assoc acting chief registrar a/prof adj emeritus member presiding general principal
    president
    leut ltcdr sblt asblt midn cdre radm vadm adm cpo po ls ab wo1 wo2 ssgt fsgt wof lac lacw
    acw plt pltoff fgoff fltlt sqnldr wgcdr gpcapt aircdre avm 2lt ltcol majgen ltgen rsm
    """
)
GENDER_VALUES = words(
    """
    m f male female man woman men women boy girl x u o other unknown not stated notstated
    males females persons
    non-binary nonbinary non binary intersex indeterminate unspecified trans transgender
    prefer not to say gender diverse genderqueer agender
    she/her he/him they/them she/they he/they they/she they/he any/all
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

# The divisions of the House of Representatives, as at the 2025 election and the names they
# had before their last redistributions. Many are named for people (Parkes, Lalor, Kennedy):
# a column of them is a place, not a list of names.
ELECTORAL_DIVISIONS = frozenset(
    fold(name.replace("_", " "))
    for name in words(
        """
        Banks Barton Bennelong Berowra Blaxland Bradfield Calare Chifley Cook Cowper Cunningham
        Dobell Eden-Monaro Farrer Fowler Gilmore Grayndler Greenway Hughes Hume Hunter
        Kingsford_Smith Lindsay Lyne Macarthur Mackellar Macquarie McMahon Mitchell New_England
        Newcastle North_Sydney Page Parkes Parramatta Paterson Reid Richmond Riverina Robertson
        Shortland Sydney Warringah Watson Wentworth Werriwa Whitlam
        Aston Ballarat Bendigo Bruce Calwell Casey Chisholm Cooper Corangamite Corio Deakin
        Dunkley Flinders Fraser Gellibrand Gippsland Goldstein Gorton Hawke Higgins Holt Hotham
        Indi Isaacs Jagajaga Kooyong La_Trobe Lalor Macnamara Mallee Maribyrnong McEwen
        Melbourne Menzies Monash Nicholls Scullin Wannon Wills Batman Melbourne_Ports Murray
        McMillan
        Blair Bonner Bowman Brisbane Capricornia Dawson Dickson Fadden Fairfax Fisher Flynn Forde
        Griffith Groom Herbert Hinkler Kennedy Leichhardt Lilley Longman Maranoa McPherson
        Moncrieff Moreton Oxley Petrie Rankin Ryan Wide_Bay Wright
        Brand Bullwinkel Burt Canning Cowan Curtin Durack Forrest Fremantle Hasluck Moore
        O'Connor Pearce Perth Stirling Swan Tangney
        Adelaide Barker Boothby Grey Hindmarsh Kingston Makin Mayo Spence Sturt Port_Adelaide
        Wakefield
        Bass Braddon Clark Franklin Lyons Denison
        Bean Canberra Fenner
        Lingiari Solomon
        """
    )
)


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


# "Saint Marys", "St. Marys" and "St Marys" are one suburb, as are "Mount Druitt" and "Mt Druitt"
_LOCALITY_PREFIXES = {"saint": "st", "st.": "st", "mount": "mt", "mt.": "mt"}


def locality_key(name: str) -> str:
    """``name`` folded for a lookup among Australia's localities."""
    first, _, rest = " ".join(fold(name).split()).partition(" ")
    first = _LOCALITY_PREFIXES.get(first, first)
    return f"{first} {rest}" if rest else first


@cache
def au_localities() -> frozenset[str]:
    """Australia's suburbs, towns and localities, by :func:`locality_key`."""
    text = resources.files("minshare.detect").joinpath("data", "au_localities.txt")
    lines = text.read_text(encoding="utf-8").splitlines()
    return frozenset(locality_key(line) for line in lines if line and not line.startswith("#"))


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
# A local government area as councils and the ABS write it: "City of Sydney", "Shire of
# Broome", "Wollondilly Shire Council", "Blacktown (C)" (the ABS's status in brackets)
AREA_NAME = re.compile(
    r"^(?:city|shire|municipality|town|borough|district|region|rural city) of\b|"
    r"\b(?:council|shire|municipality|regional)$|\((?:c|a|s|m|r|t|dc|rc|rcc|b|cgc|ac|rs)\)$",
    re.IGNORECASE,
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
    bhutanese burundian congolese rwandan ugandan tanzanian zambian malawian liberian guinean
    senegalese cameroonian ivorian togolese gambian angolan mozambican namibian tunisian
    yemeni omani emirati qatari kuwaiti bahraini uzbek kazakh tajik turkmen kyrgyz
    azerbaijani georgian belarusian moldovan montenegrin kosovar tibetan bruneian timorese
    papuan ni-vanuatu i-kiribati tuvaluan nauruan bolivian ecuadorian paraguayan guatemalan
    honduran nicaraguan panamanian haitian jamaican salvadoran chadian malian djiboutian
    somalian persian assyrian chaldean yazidi pashtun uyghur rohingya karenni kachin
    """
)
# Languages spoken at home, as the ABS's classification (ASCL) names the common ones in
# Australia: a person's cultural and linguistic background
LANGUAGES = words(
    """
    mandarin cantonese hokkien teochew hakka shanghainese hindi urdu bengali bangla gujarati
    marathi telugu tamil kannada malayalam sinhala sinhalese nepali dari pashto farsi persian
    hazaragi tagalog filipino ilocano cebuano bisaya khmer lao burmese karen thai malay
    indonesian javanese swahili amharic tigrinya oromo dinka nuer hausa yoruba igbo afrikaans
    zulu auslan kriol yolngu yolŋu arrernte pitjantjatjara warlpiri tiwi murrinh-patha
    anindilyakwa creole maltese macedonian croatian serbian bosnian slovenian ukrainian
    russian romanian hungarian czech slovak bulgarian albanian armenian assyrian chaldean
    aramaic hebrew turkish kurdish korean japanese vietnamese spanish portuguese italian
    german french dutch greek arabic english samoan tongan fijian punjabi somali polish
    """
)
FAITHS = words(
    """
    catholic roman anglican uniting presbyterian baptist lutheran methodist pentecostal
    orthodox christian christianity buddhist buddhism muslim islam islamic hindu hinduism
    jewish judaism sikh sikhism atheist agnostic secular jehovah mormon latter-day bahai
    taoist taoism shinto jain jainism protestant evangelical adventist salvation quaker
    brethren mennonite amish amish-mennonite christadelphian christadelphians hutterite coptic
    maronite jehovahs zoroastrian religious hijab niqab burqa kippah yarmulke turban
    """
)
# (and a marriage's rite that is no faith's: "Civil" beside "Catholic" and "Hindu")
RELIGION_NON_ANSWERS = frozenset(
    {"no religion", "not stated", "none", "civil", "civil ceremony", "civil celebrant"}
)
RELIGIONS = FAITHS | RELIGION_NON_ANSWERS
# Australian trade unions as a payroll deduction or a member register writes them: their
# acronyms, and whole names folded. Membership of a trade union is sensitive information.
TRADE_UNIONS = words(
    """
    actu cpsu spsf aeu ieu ieuaa nteu anmf nswnma hsu hacsu asu uwu awu twu etu amwu cfmeu
    cfmmeu mua rtbu sda meaa asmof asmofq apesma psa cpsu-spsf cpsu/spsf fsu aflpa afule
    alhmwu qnmu cepu nswtf qtu sstu amou aimpe fbeu ufu ufua afpa usu
    """
) | frozenset(
    {
        "community and public sector union", "australian education union",
        "independent education union", "national tertiary education union",
        "australian nursing and midwifery federation", "health services union",
        "united workers union", "australian workers union", "transport workers union",
        "electrical trades union", "australian services union",
        "australian manufacturing workers union", "maritime union of australia",
        "rail tram and bus union", "shop distributive and allied employees association",
        "media entertainment and arts alliance", "professionals australia",
        "finance sector union", "police association", "public service association",
        "nurses and midwives association", "australian salaried medical officers federation",
        "construction forestry maritime mining and energy union", "firefighters union",
        "united firefighters union", "ambulance employees australia",
        "australian maritime officers union", "australian institute of marine and power engineers",
        "fire brigade employees union", "australian federal police association",
        "together", "together queensland",
    }
)  # fmt: skip
# Australia's superannuation funds as a payroll names them ("AustralianSuper", "Cbus"): bodies,
# though few of their names have a body's word
SUPER_FUNDS = frozenset(
    {
        "australiansuper", "australian super", "hostplus", "hesta", "unisuper", "rest",
        "rest super", "cbus", "cbus super", "aware super", "australian retirement trust", "art",
        "qsuper", "sunsuper", "caresuper", "care super", "ngs super", "spirit super",
        "vision super", "legalsuper", "legal super", "mine super", "mercer super",
        "colonial first state", "amp", "amp super", "mlc", "bt super", "insignia",
        "csc", "pss", "css", "pssap", "militarysuper", "military super", "commonwealth super",
        "first super", "equip", "equipsuper", "media super", "prime super", "guild super",
        "active super", "telstra super", "tasplan", "statewide super", "hub24", "netwealth",
        "macquarie super", "hesta super", "hostplus super", "smsf", "gesb", "esss", "esuper",
    }
)  # fmt: skip
# Circumstances that make a person vulnerable, as services record them (a priority on a
# housing list, a reason for hardship, a flag): family and domestic violence, homelessness,
# addiction, abuse. Words and phrases, matched in folded values.
VULNERABILITY_WORDS = words(
    """
    dv fdv dfv fv homeless homelessness hmls addiction addictions refugee refugees asylum
    avo avos advo apvo dvo dvos ivo fvio victim-survivor
    """
)
VULNERABILITY_PHRASES = re.compile(
    r"\b(?:family|domestic)(?: and (?:family|domestic))? violence|\bviolence in the home|"
    r"\bescaping violence|\bsleeping rough|\brough sleep\w*|\bsubstance (?:abuse|misuse|use)|"
    r"\bdrug and alcohol|\balcohol and (?:other )?drugs?|\belder abuse|\bsexual assault|"
    r"\bchild (?:abuse|protection)|\bout[- ]of[- ]home care|\bcare leaver|\bgambling harm|"
    # a child's orders: in care and protection, parental responsibility to the Minister
    r"\btemporary care arrangement|\bcare and protection\b|\bparental responsibility|"
    r"\bpr to (?:the )?minister\b|"
    r"\bproblem gambling|\bvictim of (?:crime|violence)|\basylum seeker|"
    r"\bno fixed (?:address|abode)|\bcrisis accommodation|\bemergency accommodation|"
    r"\bwomen'?s refuge|\brefuge\b|\bcouch surfing|\bsleeping in (?:a )?car|"
    # an adult whose capacity is impaired: a guardian or an administrator appointed
    r"\bguardianship\b|\bpower of attorney|\benduring poa\b|\bepoa\b|"
    r"\bfinancial (?:management|admin\w*)\b|\badministration order|\bsubstitute decision"
)
# Concession cards and pensions a person holds (Services Australia's and the Department of
# Veterans' Affairs' cards, a state's seniors card), in full and as abbreviated
CONCESSION_CARDS = frozenset(
    {
        "pensioner concession card", "pension concession card", "health care card",
        "low income health care card", "commonwealth seniors health card", "seniors health card",
        "seniors card", "dva gold card", "dva white card", "dva orange card", "gold card",
        "white card", "veteran gold card", "dva pensioner concession card", "concession card",
        "carer allowance health care card", "foster child health care card",
        "pensioner concession", "healthcare card", "centrelink health care card",
        "companion card",
    }
)  # fmt: skip
CONCESSION_CODES = words(
    """
    pcc hcc cshc lihcc pensioner pension carer dva tpi gold white orange seniors senior veteran
    concession centrelink student tertiary apprentice jobseeker youth dsp austudy abstudy
    """
)
# The income support a person receives (Services Australia's and the Department of Veterans'
# Affairs' payments), in full and as abbreviated
GOVERNMENT_PAYMENTS = frozenset(
    {
        "age pension", "disability support pension", "dsp", "jobseeker", "jobseeker payment",
        "job seeker", "newstart", "newstart allowance", "youth allowance", "austudy",
        "abstudy", "parenting payment", "parenting payment single", "parenting payment partnered",
        "pps", "ppp", "carer payment", "carer allowance", "family tax benefit",
        "family tax benefit a", "family tax benefit b", "ftb", "ftb a", "ftb b", "ftb a & b",
        "ftb a and b", "rent assistance", "commonwealth rent assistance", "special benefit",
        "sickness allowance", "widow allowance", "partner allowance", "mobility allowance",
        "dva pension", "dva service pension", "service pension", "war widow pension",
        "war widows pension", "war widow's pension", "disability pension", "veteran payment",
        "income support supplement", "bereavement allowance", "crisis payment",
        "double orphan pension", "pensioner education supplement", "farm household allowance",
        "partner service pension", "wife pension", "youth allowance student",
        "youth allowance jobseeker", "centrelink", "centrelink benefit", "part pension",
        "full pension", "part age pension", "full age pension", "age pn", "jsp", "yal",
        # a part pension written after the pension, a war widow's under the department paying
        "age pen", "age pen part", "age pension part", "age pen full", "age pension full",
        "war widow", "dva war widow", "dva war widows", "dva disability pension",
    }
)  # fmt: skip
# What else a person lives on, beside a government's payments
INCOME_SOURCES = frozenset(
    {
        "wages", "wage", "salary", "salary wages", "employment", "employed", "self employed",
        "self-employed", "business income", "superannuation", "super", "investments",
        "investment income", "no income", "nil income", "workers compensation", "child support",
        "self-funded", "self funded", "self-funded retiree", "self funded retiree",
        "workers comp", "workcover", "work cover",
    }
    # a partner's or a spouse's pay, which a household lives on ("Partner's wage")
    | {
        f"{whose} {pay}"
        for whose in ("partners", "partner", "spouses", "spouse")  # (folded: no apostrophe)
        for pay in ("wage", "wages", "income", "salary", "employment")
    }
    # wages of a kind of work, either way round ("Wages - casual", "Part time employment")
    | {
        f"{pay} {kind}" if pay_first else f"{kind} {pay}"
        for pay in ("wages", "employment", "work")
        for kind in ("casual", "part time", "full time", "seasonal", "contract")
        for pay_first in (True, False)
    }
)  # fmt: skip
# Their short forms, which only a concession's name makes theirs (a pen, a senior class)
CONCESSION_SHORT = words("pen pens snr sen stu stud")
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
# Words only a marital status uses ("single" is also a birth's plurality, a room's size)
MARITAL_CORE = words(
    "married divorced widowed widow widower separated defacto facto partnered unmarried"
) | frozenset({"de facto", "never married"})
# The legal status of a mental health patient, as mental health acts write it
MENTAL_HEALTH_ORDERS = re.compile(
    r"\b(?:involuntary|voluntary|informal|treatment\s+order|community\s+treatment|cto|"
    r"forensic|assessment\s+order|inpatient|detained|detention|scheduled|mental\s+health\s+act|"
    r"correctional\s+patient|security\s+patient|not\s+stated|unknown|not\s+applicable|other|"
    # electroconvulsive therapy's hearings, an involuntary patient order, assessment under
    # a section of the act
    r"ect|electroconvulsive|ipo|assessment|patient|order)\b",
    re.IGNORECASE,
)
# Of these, the ones nothing but a mental health act uses
MENTAL_HEALTH_ORDERS_CORE = re.compile(
    r"\b(?:treatment\s+order|cto|forensic\s+patient|assessment\s+order|mental\s+health\s+act|"
    r"correctional\s+patient|security\s+patient|involuntary\s+(?:patient|inpatient|treatment)"
    r"|detained\s+under)\b",
    re.IGNORECASE,
)
# Medicines: WHO ATC codes (N06AB06, C10AA), PBS item codes (2622B, 08254K), and the
# endings of the generic names of common medicines
ATC_CODE = re.compile(r"^[A-Z]\d{2}(?:[A-Z]{2}\d{2}|[A-Z]{1,2})$")
PBS_ITEM = re.compile(r"^\d{4,5}[A-Z]$")
DRUG_ENDINGS = (
    "pril", "olol", "sartan", "statin", "azole", "cillin", "mycin", "cycline", "floxacin",
    "oxetine", "pram", "azepam", "azolam", "triptan", "tidine", "formin", "gliptin",
    "glitazone", "parin", "xaban", "gatran", "ciclovir", "navir", "mab", "tinib", "dipine",
    "semide", "thiazide", "lukast", "olone", "asone", "profen", "fenac", "coxib", "codone",
    "orphine", "amine", "tiapine", "zapine", "peridone", "piprazole", "barbital", "xetine",
    "faxine", "triptyline", "pramine", "etamol", "terol", "sonide", "tropium", "thyroxine",
    # levodopa, levetiracetam, donepezil, methotrexate, sofosbuvir and velpatasvir,
    # glecaprevir, dolutegravir, ondansetron, empagliflozin, semaglutide
    "dopa", "racetam", "pezil", "trexate", "buvir", "asvir", "previr", "gravir", "setron",
    "gliflozin", "glutide",
)  # fmt: skip
DRUG_NAMES = words(
    """
    paracetamol ibuprofen aspirin insulin metformin warfarin amoxicillin salbutamol morphine
    oxycodone codeine tramadol diazepam sertraline fluoxetine escitalopram citalopram
    quetiapine olanzapine risperidone lithium methadone buprenorphine naloxone prednisolone
    levothyroxine thyroxine atorvastatin rosuvastatin perindopril ramipril irbesartan
    amlodipine pantoprazole esomeprazole omeprazole clopidogrel apixaban rivaroxaban
    gabapentin pregabalin venlafaxine desvenlafaxine mirtazapine clozapine aripiprazole
    lorazepam temazepam oxazepam naltrexone varenicline allopurinol frusemide furosemide
    hydroxychloroquine sulfasalazine colchicine digoxin spironolactone metoprolol bisoprolol
    carvedilol gliclazide glipizide lamotrigine valproate carbamazepine phenytoin topiramate
    galantamine rivastigmine memantine carbidopa ropinirole pramipexole haloperidol
    paliperidone lurasidone ziprasidone duloxetine paroxetine bupropion zolpidem zopiclone
    melatonin dexamfetamine methylphenidate lisdexamfetamine atomoxetine clonidine guanfacine
    tapentadol fentanyl hydromorphone naproxen meloxicam prednisone hydrocortisone fluticasone
    ipratropium cetirizine loratadine etanercept tacrolimus mycophenolate cyclosporin
    ciclosporin azathioprine tenofovir emtricitabine fingolimod teriflunomide alendronate
    risedronate calcitriol cholecalciferol cyanocobalamin epoetin darbepoetin heparin
    ticagrelor isosorbide amiodarone sotalol verapamil diltiazem cefalexin cephalexin
    trimethoprim nitrofurantoin oseltamivir metoclopramide domperidone loperamide lactulose
    macrogol docusate levonorgestrel estradiol medroxyprogesterone finasteride tamsulosin
    oxybutynin solifenacin mirabegron sildenafil tadalafil latanoprost timolol acamprosate
    disulfiram chlorpromazine clonazepam
    """
)
# How one person stands to another, as a note beside a name says it ("Yong Xu - brother")
RELATIONS = words(
    """
    daughter son sister brother mother father mum dad wife husband partner ex-partner friend
    neighbour nominee landlord landlady tenant carer guardian grandmother grandfather nan
    aunt uncle cousin niece nephew stepfather stepmother fiance fiancee boyfriend girlfriend
    spouse sibling grandson granddaughter de-facto
    """
)
# Parts of the body, as an injury's or a condition's site is coded (Safe Work Australia's
# bodily location): whole values only, since "Head office" and "Back to work" are not
BODY_PARTS = words(
    """
    head face eye eyes ear ears nose mouth jaw teeth tooth skull scalp brain neck throat
    shoulder shoulders arm arms upper-arm elbow elbows forearm forearms wrist wrists hand hands
    finger fingers thumb thumbs chest ribs rib back spine abdomen stomach pelvis groin hip hips
    buttock buttocks leg legs thigh thighs knee knees shin calf ankle ankles foot feet toe toes
    heel trunk torso lungs heart psyche multiple
    """
) | frozenset(
    {
        "lower back", "upper back", "lower limb", "upper limb", "lower limbs", "upper limbs",
        "multiple locations", "multiple body parts", "multiple sites", "internal organs",
        "psychological system", "nervous system", "whole body", "trunk and back", "hand and wrist",
        "neck and shoulder", "head and neck", "eye and face", "foot and ankle",
    }
)  # fmt: skip
_SIDES = re.compile(r"^(?:left|right|l|r|lt|rt|both|bilateral|upper|lower)[ .]+")


def is_body_part(value: str) -> bool:
    """Whether a value names a part of the body ("Knee", "Left hand", "Psyche (mental)")."""
    text = re.sub(r"\s*\(.*\)$", "", fold(value)).strip()
    return text in BODY_PARTS or _SIDES.sub("", text) in BODY_PARTS


# Vaccines by brand (and the word itself): a product, health information only of a person
VACCINE = re.compile(
    r"\b(?:comirnaty|spikevax|vaxzevria|nuvaxovid|novavax|fluad|afluria|vaxigrip|fluarix|"
    r"flucelvax|influvac|gardasil|cervarix|boostrix|adacel|infanrix|hexaxim|priorix|mmr|"
    r"varivax|varilrix|nimenrix|menveo|bexsero|prevenar|pneumovax|shingrix|zostavax|"
    r"engerix|havrix|twinrix|vaqta|rotarix|rotateq|arexvy|abrysvo|qdenga|vaccines?)\b",
    re.IGNORECASE,
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
    measles mumps rubella varicella chickenpox pertussis shingles zoster
    """
)
# A child's development and the senses, as early intervention and disability services record
# them ("Speech delay", "Hearing loss", "Toe walking"), and the aids and adjustments a disability
# asks for ("hearing aid (R)", "Low vision - large print", "Guide dog"): words that are no
# condition alone
DEVELOPMENTAL = re.compile(
    r"(?i)\b(?:(?:speech|language|motor|developmental|global)\s+delay|"
    r"(?:hearing|vision|sight)\s+(?:loss|impair\w*)|feeding\s+difficult\w*|"
    r"sensory\s+processing|toe\s+walking|learning\s+difficult\w*|intellectual\s+disab\w*|"
    r"prematurity|preterm|hearing\s+aids?|cochlear\s+implants?|low\s+vision|legally\s+blind|"
    r"corrective\s+lens\w*|(?:guide|assistance)\s+dogs?|mobility\s+(?:aids?|scooter|impair\w*)|"
    r"walking\s+(?:frame|stick|aid)|grip\s+strength|auslan|deaf|deafness)\b"
)
# Word beginnings that only medicine uses ("fractured", "lacerations", "suicidal"); long
# enough that no suburb or surname starts with one.
HEALTH_STEMS = (
    "fractur", "lacerat", "dislocat", "infect", "pneumon", "suicid", "overdos", "intoxicat",
    "hypoglyc", "hyperglyc", "psychos", "psychot", "psychiat", "depress", "diabet", "appendic",
    "cellulit", "anaphyla", "dehydrat", "haemorrh", "hemorrh", "palpitat", "gastroent",
    "vomit", "diarrh", "nause", "seizur", "epilep", "dementi", "schizo", "arrhythm",
    "fibrillat", "infarct", "carcinom", "lymphom", "leukaem", "leukem", "melanom", "hepatit",
    "arthrit", "osteo", "asthma", "bronchi", "emphysem", "sprain", "concuss", "migrain",
    "hypertens", "hypotens", "anxiet", "injur", "ideation", "syncop", "abdomin", "ketoacid",
    "thrombo", "embol", "ischaem", "ischem", "angina", "neoplas", "malignan", "metasta",
    "obstetric", "pregnan", "postnatal", "antenatal", "dyspnoe", "dyspne", "tachycard",
    "bradycard", "urinary", "renal", "hepatic", "cardiac", "respirat", "neurolog",
    "allerg", "eczem", "dermatit", "conjunctiv", "otitis", "tonsil", "sinusit", "colitis",
    "crohn", "coeliac", "celiac", "haematur", "hematur", "anaem", "anem", "sepsis", "septic",
    "withdrawal", "disabilit", "impairment", "autis", "cerebral", "paralys", "paraleg",
    "quadripleg", "amputat", "dialys", "chemother", "radiother", "physiother", "immunocomp",
    "immunosupp",
)  # fmt: skip
# Word endings only medicine uses: procedures and inflammations
HEALTH_ENDINGS = ("ectomy", "otomy", "ostomy", "plasty", "oscopy", "pexy", "rrhaphy", "itis")
HEALTH_MORE = words(
    """
    pain painful ache aches headache fever cough rash bleed bleeding bleeds bite bites burn
    burns wound wounds swelling swollen breathless breathlessness shortness dizziness dizzy
    collapse collapsed fall falls unwell illness sick sickness ill flu cold virus viral
    convulsion convulsions convulsing febrile syncope injection injections
    bacterial sore lump fainting faint blackout unconscious stroke tia sti std uti copd ckd
    mi dvt pe gord ibs ptsd ocd adhd asd mental psychological wheeze wheezing chest
    intoxication poisoning ingestion sting envenomation organ organs tissue tissues kidneys
    lungs lung cornea corneas pancreas bowel intestines transplant transplants
    extraction extractions denture dentures dental periodontal periodontitis gingivitis caries
    toothache tooth teeth molar molars orthodontic endodontic canal fillings
    cardiology urology gynaecology gynecology ent orthopaedics orthopedics ophthalmology
    neurosurgery oncology paediatrics pediatrics psychiatry dermatology gastroenterology
    endocrinology neurology nephrology rheumatology haematology hematology obstetrics
    otolaryngology colorectal wheelchair wheelchairs crutches rollator 4ww pcr covid
    covid-19 coronavirus sars-cov-2 cpap bipap oxygen ventilator nebuliser nebulizer epipen
    insulin impaired impairment palliative incapacity incapacitated hospitalised hospitalized
    infirmity infirm frailty frail
    differentiated undifferentiated injects inhales sniffs ingests injector injectors injecting
    injected
    hospitalisation hospitalization immunocompromised immunosuppressed anaphylaxis
    penicillin penicillins amoxicillin amoxycillin cephalosporin cephalosporins sulfa sulpha
    sulfonamide sulfonamides sulphonamide sulphonamides codeine morphine nsaid nsaids ibuprofen
    latex peanut peanuts shellfish
    mood trauma traumatic symptom symptoms diagnosed undiagnosed selfharm
    bruise bruises bruised bruising graze grazes abrasion abrasions
    cpr suture sutures sutured bandage bandaged splint splinted ventolin salbutamol
    antihistamine antihistamines obs neuro steri-strip steri-strips steristrips dressing
    dressings aspirin glucose bgl icepack
    cocaine amphetamine amphetamines amphetamine-type methamphetamine methamphetamines
    cannabis cannabinoid cannabinoids thc benzodiazepine benzodiazepines opiate opiates
    opioid opioids heroin mdma ketamine methadone buprenorphine oxycodone fentanyl
    caesarean cesarean c-section lscs vaginal forceps ventouse breech stillborn stillbirth
    liveborn neonatal perinatal episiotomy epidural
    """
) | frozenset(
    {
        "rat positive", "rat negative", "rapid antigen test", "pcr positive", "pcr negative",
        "live born",  # a baby's birth status, beside a stillbirth
        "self harm", "sleep problems", "poor sleep", "trouble sleeping", "sleep disturbance",
        "low hb", "low iron", "low iron stores", "low haemoglobin", "low hemoglobin",
        # a worker's capacity for work, as a certificate of capacity gives it
        "partial capacity", "no capacity", "full capacity", "unfit for work", "fit for work",
        "medical condition", "medical treatment", "medical grounds", "medical exemption",
        "modified duties", "light duties", "suitable duties", "no current work capacity",
        # aids a person needs: a disability, told by what helps with it
        "walking stick", "walking frame", "mobility scooter", "hearing aid", "hearing aids",
        "cochlear implant", "guide dog", "white cane", "oxygen concentrator", "home oxygen",
        "uses cane", "walking cane", "bedbound", "bed bound", "bed-bound", "ndis participant",
        # what first aid did, and where the injured went
        "ice pack", "oral fluids", "recovery position", "first aid", "hospital transfer",
    }
)  # fmt: skip


# Makers of the cars Australians drive: a vehicle's make and model identify no one
CAR_MAKES = words(
    """
    toyota mazda ford holden hyundai kia mitsubishi nissan subaru volkswagen vw honda tesla mg
    byd isuzu suzuki bmw mercedes mercedes-benz audi lexus jeep volvo renault peugeot skoda
    ram ldv gwm haval chery porsche jaguar mini fiat alfa citroen chrysler dodge polestar
    cupra genesis infiniti land range rover landrover yamaha kawasaki ducati harley-davidson
    triumph ktm iveco hino fuso scania kenworth mack
    """
)

# Pathology tests, and the screens, scans and measures of function a clinician orders, as
# requests and results name them (a value's first word, or the whole)
LAB_TESTS = words(
    """
    egfr hba1c psa tsh ft3 ft4 t3 t4 inr aptt crp esr fbc uec eucs elft elfts lft lfts ldl hdl
    troponin haemoglobin hemoglobin hb ferritin creatinine urea glucose bgl cholesterol
    triglycerides lipids lithium vitamin b12 folate hcg beta potassium sodium calcium
    magnesium phosphate albumin bilirubin alt ast ggt alp lipase amylase platelets wcc
    neutrophils lymphocytes mcs pcr chlamydia gonorrhoea gonorrhea syphilis serology d-dimer
    bnp cortisol testosterone oestradiol estradiol prolactin fsh lh iron urinalysis
    culture cultures swab fobt ecg eeg spirometry histology cytology biopsy karyotype
    digoxin valproate carbamazepine phenytoin paracetamol ethanol ammonia lactate
    tft tfts coags coag acr vit bhcg hep urine rna
    mmse moca phq-9 phq9 k10 k-10 dass dass-21 gad-7 gad7 lvef fev1 fvc 6mwt mri x-ray xray
    ultrasound audiogram audiometry scat5 scat-5
    """
)

# Offences, as courts and police write them; a phrase says more than a lone word.
OFFENCE_WORDS = words(
    """
    assault assaulted assaulting theft thefts steal stealing stole stolen burglary burgle
    robbery rob robbed fraud fraudulent deception shoplifting shoplift trespass trespassing
    affray arson homicide murder manslaughter harassment harass stalking stalk intimidation
    intimidate bail avo advo dvo contravene contravention prohibited trafficking traffic
    firearm firearms weapon weapons knife dangerous disqualified unlicensed unregistered
    offensive malicious vandalism graffiti kidnap kidnapping abduction abduct indecent
    indecency rape larceny embezzlement embezzle forgery forge counterfeit laundering
    offence offences offense offenses criminal crime crimes convicted conviction
    possession possess supply cultivate cultivation manufacture bodily grievous wounding
    unlawful unlawfully breach breaches breached escape custody perjury bribery extortion
    blackmail menace menacing threaten threatening threats resist hinder obstruct
    carjacking break enter loiter loitering vagrancy sexual drug drugs narcotic cannabis
    methamphetamine heroin cocaine ice pca dui dwi speeding contraband threat
    """
)
OFFENCE_PHRASES = re.compile(
    r"\b(?:break(?:ing)?,?\s+(?:and|&)\s+enter|bodily\s+harm|prescribed\s+concentration|"
    r"drink[\s-]driv|drug[\s-]driv|goods\s+in\s+custody|apprehended\s+(?:domestic\s+)?"
    r"violence|community\s+correction|good\s+behaviour\s+bond|in\s+company|"
    r"while\s+(?:disqualified|suspended)|whilst\s+(?:disqualified|suspended)|"
    r"execution\s+of\s+duty|public\s+order|offensive\s+(?:language|conduct|behaviour)|"
    r"malicious\s+damage|property\s+damage|damag\w*\s+(?:to\s+)?property|prohibited\s+drug|"
    r"dangerous\s+driving|"
    # a breach of a court's or police's order ("Breach of DVO (respondent)", "Breach bail")
    r"breach\w*\s+(?:of\s+)?(?:an?\s+)?(?:a?dvo|avo|ivo|bail|parole|intervention\s+order|"
    r"protection\s+order|community\s+corrections?\s+order)\b|"
    # a weapon's offence is its possession, carrying or discharge ("Possess unregistered
    # firearm"), not its sale or use, which a dealer's or a club's licence allows
    r"(?:possess\w*|carry\w*|carried|discharg\w*|suppl\w*|armed)\s+(?:\w+\s+){0,3}"
    r"(?:firearms?|weapons?|knife|knives|gun|guns)\b|"
    # the sections of the Acts charges are laid under ("Crimes Act 1900 s 112")
    r"(?:crimes|summary\s+offences|drugs?\s+misuse|misuse\s+of\s+drugs|bail|firearms|"
    r"weapons|cdpv|crimes\s+\(domestic\s+and\s+personal\s+violence\))\s+act|criminal\s+code)",
    re.IGNORECASE,
)
# Court outcomes and sentences: the words only a court uses, and those that others use too
# ("Dismissed" is also an employee's, "Withdrawn" an application's)
COURT_OUTCOMES_CORE = re.compile(
    r"\b(?:convicted|conviction|acquitted|guilty|imprison\w*|custod\w*|sentenced?|"
    r"probation|parole|good\s+behaviou?r|bond\s+without|recognizance|detention\s+order|"
    r"corrections?\s+order|community\s+(?:service|corrections?)\s+order|diversion\w*|prison|"
    r"prisoner|(?:youth|juvenile)\s+detention|"
    r"youth\s+justice|juvenile\s+justice|remand\w*|proven|s\.?\s?10|section\s+10|"
    r"nolle|no\s+conviction|charge\s+proven|fined|curfew|electronic\s+monitoring|"
    r"place\s+restriction|non-association|home\s+detention|"
    # a matter awaiting a criminal court ("Matter before Local Court")
    r"before\s+(?:the\s+)?(?:local|magistrates?'?|district|county|children'?s|youth)\s+court|"
    # the conditions of bail, parole and community orders
    r"report\s+to\s+(?:cco|police|community\s+corrections)|reside\s+at\s+approved|"
    r"not\s+to\s+(?:contact|approach|enter|possess|associate)|abstain\s+from|"
    r"submit\s+to\s+drug\s+test\w*)\b",
    re.IGNORECASE,
)
COURT_OUTCOMES_MORE = re.compile(
    r"\b(?:dismissed|withdrawn|discharged|fine|caution(?:ed)?|charged|charges|adjourned|"
    r"struck\s+out|bond|"
    r"order|no\s+further\s+action|referred|finalised|not\s+proven)\b",
    re.IGNORECASE,
)
# Legal disabilities a court or a register records, beside convictions
LEGAL_DISABILITY = re.compile(r"\b(?:bankrupt\w*|insolven\w*)\b", re.IGNORECASE)
# Answers that decline or defer: no category of their own
NON_ANSWERS = frozenset(
    {
        "prefer not to say", "prefer not to answer", "not stated", "declined", "unknown",
        "don't know", "dont know", "not sure", "unsure", "undecided", "rather not say",
        "other", "not disclosed", "not asked", "declined to answer", "declined to say",
        "refused", "not answered", "no answer",
    }
)  # fmt: skip
# A flag's yes before what it flags ("Y - PSA", "Yes: CPSU", "Y - intellectual")
YES_BEFORE = re.compile(r"(?i)^\s*(?:y|yes)(?:\s*[-:]\s*|\s+)")
# Answers that say there is nothing to record ("None identified", "Nil known"): in a column
# of conditions or allergies, most people's answer
NIL_ANSWERS = frozenset(
    {
        "none", "nil", "no", "n/a", "na", "not applicable", "none identified", "nil identified",
        "none known", "nil known", "none reported", "nil reported", "none declared",
        "nil declared", "none disclosed", "nil disclosed", "no known", "nkda", "nka",
        "no known history", "no history", "nil history", "no prior history", "no record",
        "nil record", "no known record",
    }
)  # fmt: skip
# Of these, a value needs a word that only an offence uses, not "supply" or "drug" alone.
OFFENCE_CORE = OFFENCE_WORDS - words(
    "traffic supply possess possession custody escape enter break drug drugs breach breaches "
    "breached bodily ice cultivate cultivation manufacture threats dangerous sexual resist "
    "hinder obstruct menace unregistered unlicensed forge "
    # what a registry of weapons lists too ("Firearms dealer", "Category B firearm")
    "firearm firearms weapon weapons knife"
)

# Institutions: a court's or hospital's name says where a record was made, not where a
# person lives.
INSTITUTION_WORDS = words(
    """
    court courts courthouse tribunal registry hospital hospitals clinic station police
    library libraries school college university campus centre center prison
    correctional gaol jail magistrates magistrate coroners coroner service services health
    department office
    """
)

# Words that make a run of capitalised words a place: "Mount Druitt", "Surry Hills". The
# first list opens a place's name; the second ends one and is no one's family name; the
# third ends one but is also a family name (Oscar Hill), so it counts only after a word
# that is not a given name.
PLACE_FIRST = words("north south east west upper lower mount mt port st saint cape new old")
PLACE_LAST = words(
    """
    heights hills lakes springs downs plains waters gardens flats heads junction valley beach
    bay creek river village central island islands harbour estate
    """
)
PLACE_LAST_OR_NAME = words("hill park grove ridge vale forest field fields point head lake")
# Particles of family names written as separate words: "De Luca", "Van Der Berg", "Al Hakim"
NAME_PARTICLES = words(
    "de del della dei di da das dos du van von der den ter la le el al bin binti ibn ap mac "
    "mc o bint abu ben dela de'"
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
    president vice senior junior principal staff ceo cfo cto vp leader graduate registrar
    midwife counsellor counselor ranger constable sergeant detective magistrate judge aide
    educator instructor trainer fitter welder machinist storeperson packer courier pilot
    soldier firefighter optometrist physiotherapist dietitian podiatrist radiographer
    sonographer veterinarian vet grazier miner bricklayer plasterer tiler roofer glazier
    landscaper baker butcher barista bartender housekeeper nanny ecologist geologist surveyor
    draftsperson drafter chemist biologist physicist mathematician actuary bookkeeper
    recruiter tester economist statistician psychiatrist pathologist anaesthetist
    radiologist nurse-in-charge carer caseworker case-worker jobseeker pensioner homemaker
    jockey conveyancer official guard controller marshal referee umpire coach timekeeper
    assessor delegate scorer lifeguard volunteer helper mentor commander captain lieutenant
    superintendent commissioner corporal practitioner clinician gp osteopath chiropractor
    audiologist optician orthodontist hygienist prosthetist
    grower breeder producer contractor apiarist beekeeper horticulturalist horticulturist
    orchardist vigneron viticulturist winemaker nurseryperson stockperson jackaroo jillaroo
    deckhand agronomist
    """
)  # (not Shearer, Fisher, Skipper or Forester: family names as often as jobs)
INDIGENOUS = re.compile(
    r"aborig|torres strait|indigenous|first nations|atsi\b|\btsi\b", re.IGNORECASE
)
# The other answers of the Indigenous status question, beside the Indigenous ones: in words,
# as a flag (Y, N, U), or as the ABS codes (1, 2, 3, 4, 9) a form's other rows kept
INDIGENOUS_OTHERS = frozenset(
    {
        "neither", "both", "not stated", "non-indigenous", "non indigenous", "no", "unknown",
        "declined", "not aboriginal or torres strait islander", "not indigenous",
        "neither aboriginal nor torres strait islander", "inadequately described",
        "y", "n", "u", "yes", "unk", "not known", "1", "2", "3", "4", "9",
    }
)  # fmt: skip
ICD10 = re.compile(r"^[A-Z]\d{2}(?:\.\d{1,4}|\d{1,2})?[A-Z]?$")
