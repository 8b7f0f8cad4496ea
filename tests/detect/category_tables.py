"""Labelled tables for the kinds of column an independent evaluation found hard.

Each table is in the shape of an Australian agency extract (court lodgements, library loans,
emergency presentations, an electoral roll, school enrolments, superannuation members, staff,
vehicle registrations, program participants, police incidents) or of a table that only looks
personal (counts and rates by sex, age band and Indigenous status; a catalogue of books; a
register of businesses). Columns are labelled with DESIGN.md's entity names and a tier, and
written as CSV (all text), typed Parquet, JSON Lines or CSV without a header.

The values come from lists written here, much wider than the vocabularies in
``minshare.detect.vocab``: family names of many cultures (Aboriginal and Torres Strait
Islander, Vietnamese, Chinese, Indian, Arabic, Greek, Italian, Pacific and others), dates of
birth in a dozen forms, identifiers of people next to identifiers of rows and events.

Run it to print scores, with and without column names::

    python tests/detect/category_tables.py            # both
    python tests/detect/category_tables.py --details  # and every column that went wrong
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from minshare import identifiers

TODAY = dt.date.today()

# -- pools ---------------------------------------------------------------------------------

FAMILY_BY_CULTURE: dict[str, tuple[str, ...]] = {
    "aboriginal_tsi": (
        "Yunupingu", "Mundine", "Gurruwiwi", "Namatjira", "Bani", "Mosby", "Nona", "Marika",
        "Wunungmurra", "Goolagong", "Djerrkura", "Mabo", "Passi", "Tabuai", "Elu",
        "Dhamarrandji", "Bukulatjpi", "Gaykamangu", "Garrawurra", "Ganambarr", "Munungurr",
        "Wanambi", "Maymuru", "Burarrwanga", "Thaiday", "Ahmat", "Akiba", "Waia", "Nakata",
        "Anau", "Dorante", "Tamwoy", "Wymarra", "Ghee", "Whap", "Tjapaltjarri",
        "Tjungurrayi", "Napaljarri", "Nungarrayi", "Jagamara", "Jampijinpa", "Jupurrurla",
        "Kngwarreye", "Petyarre", "Tjakamarra", "Briggs", "Cooper", "Lingiari", "Pitjara",
        "Dhurrkay", "Guyula", "Marawili", "Wirrpanda", "Yirrkala", "Bonson", "Ross",
    ),
    "vietnamese": (
        "Nguyen", "Tran", "Le", "Pham", "Huynh", "Hoang", "Phan", "Vu", "Vo", "Dang", "Bui",
        "Do", "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh", "Lam", "Mai", "Trinh", "Luong",
        "Quach", "Doan", "Thai", "Cao", "Kieu", "Tieu",
    ),
    "chinese": (
        "Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
        "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie",
        "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong",
        "Yuan", "Pan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Ding", "Ren",
        "Shen", "Yao", "Cui", "Zhong", "Tan", "Wong", "Chan", "Cheung", "Leung", "Ng", "Lau",
        "Yip", "Chow", "Kwok", "Tsang", "Fung", "Tse", "Mak", "Yeung", "Lo",
    ),
    "indian": (
        "Patel", "Sharma", "Singh", "Gupta", "Iyer", "Kumar", "Reddy", "Nair", "Menon",
        "Pillai", "Rao", "Das", "Bose", "Chatterjee", "Banerjee", "Mukherjee", "Agarwal",
        "Joshi", "Mehta", "Shah", "Desai", "Verma", "Mishra", "Pandey", "Tiwari", "Yadav",
        "Chauhan", "Malhotra", "Kapoor", "Khanna", "Bhatia", "Sethi", "Gill", "Sandhu",
        "Dhillon", "Grewal", "Sidhu", "Krishnan", "Subramanian", "Venkatesh", "Raghavan",
        "Iyengar", "Naidu", "Kulkarni", "Deshpande", "Patil", "Jadhav", "Kaur",
    ),
    "arabic": (
        "Haddad", "Khoury", "Nasser", "Hassan", "Hussein", "Ibrahim", "Mansour", "Saleh",
        "Aziz", "Khalil", "Abboud", "Awad", "Farah", "Habib", "Hamdan", "Issa", "Jaber",
        "Karam", "Nassar", "Rahman", "Saad", "Sabbagh", "Shehadeh", "Tannous", "Youssef",
        "Zaher", "El-Masri", "Al-Hakim", "Bazzi", "Chahine", "Dib", "Fakhoury", "Ghanem",
    ),
    "greek": (
        "Papadopoulos", "Georgiou", "Nikolaou", "Papadakis", "Konstantinidis", "Dimitriou",
        "Ioannou", "Christodoulou", "Vlahos", "Karagiannis", "Economou", "Stavropoulos",
        "Pappas", "Alexiou", "Kouris", "Makris", "Mavros", "Spanos", "Theodorou", "Zervas",
        "Kyriakou", "Panagiotou", "Antoniou", "Vasilakis",
    ),
    "italian": (
        "Rossi", "Bianchi", "Russo", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci",
        "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
        "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro",
        "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone",
    ),
    "pacific": (
        "Tuilagi", "Faleolo", "Taufa", "Fifita", "Havili", "Tuipulotu", "Vainikolo", "Fonoti",
        "Lealaiauloto", "Tupou", "Taumalolo", "Moala", "Latu", "Fuimaono", "Leota", "Sapolu",
        "Tagaloa", "Aumua", "Falaniko", "Faamausili", "Pouono", "Tamapua", "Vaifale",
        "Naufahu", "Piutau", "Lolohea", "Hufanga", "Vunipola", "Koroibete", "Radradra",
        "Nadolo", "Tuivasa", "Waqa", "Naivalu", "Rokocoko", "Tuqiri", "Sailor", "Fonua",
    ),
    "other": (
        "Kowalski", "Nowak", "Wisniewski", "Yilmaz", "Demir", "Kaya", "Petrovic", "Jovanovic",
        "Nikolic", "Horvat", "Kovac", "Novak", "Okafor", "Mensah", "Adeyemi", "Okonkwo",
        "Abubakar", "Mohamud", "Abdi", "Warsame", "Hosseini", "Ahmadi", "Rahimi", "Karimi",
        "Nakamura", "Tanaka", "Suzuki", "Kim", "Park", "Choi", "Jung", "Kang", "Santos",
        "Reyes", "Cruz", "Bautista", "Mendoza", "Fernando", "Perera", "Jayasinghe",
        "Wickramasinghe", "Bandara", "Gunawardena", "Thapa", "Gurung", "Shrestha", "Tamang",
    ),
    # spelling variants and names deliberately left out of minshare's vocabularies, so that
    # the value-shape evidence for unfamiliar family names is tested too
    "unlisted": (
        "Djiniyini", "Bunduck", "Jabaljari", "Tjupurrurla", "Nangari", "Napanangka",
        "Nampitjinpa", "Baira", "Kepa", "Nawia", "Pabai", "Sagigi", "Wasaga", "Aloiai",
        "Alofaituli", "Faalogo", "Fiaola", "Ieremia", "Laulala", "Leituala", "Mealamu",
        "Pesamino", "Tuitavake", "Vaeluaga", "Feao", "Tuikolovatu", "Halaifonua", "Lokotui",
        "Veainu", "Fekitoa", "Vulivuli", "Waisea", "Ratuvou", "Burarrwanga", "Garrkali",
    ),
    "anglo": (
        "Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White",
        "Martin", "Anderson", "Thompson", "Walker", "Harris", "Ryan", "Kelly", "O'Brien",
        "McDonald", "Murphy", "Campbell", "Stewart", "Mitchell", "Robinson", "Clarke",
        "Hughes", "Edwards", "Turner", "Collins", "Morris", "Fitzgerald", "Sullivan",
    ),
}  # fmt: skip
GIVEN_POOL: tuple[str, ...] = (
    "Djalu", "Jirra", "Marlee", "Kirra", "Yindi", "Jarrah", "Tanika", "Alinta", "Bindi",
    "Linh", "Thanh", "Huong", "Minh", "Duc", "Phuong", "Quynh", "Khoa", "Tuan",
    "Wei", "Xiaoming", "Jing", "Hao", "Yan", "Lei", "Mei", "Zihan", "Yuxuan",
    "Arjun", "Priya", "Rahul", "Anjali", "Vikram", "Deepika", "Sanjay", "Lakshmi", "Harpreet",
    "Omar", "Fatima", "Youssef", "Layla", "Karim", "Nour", "Rania", "Tariq", "Samira",
    "Nikos", "Eleni", "Giorgos", "Despina", "Dimitra", "Kostas",
    "Giulia", "Marco", "Francesca", "Luca", "Alessandro", "Chiara",
    "Sione", "Mele", "Tevita", "Losana", "Salote", "Viliami", "Ana", "Semisi",
    "Olivia", "Jack", "Charlotte", "William", "Amelia", "Noah", "Isla", "Oliver", "Mia",
    "Grace", "Lachlan", "Matilda", "Cooper", "Ruby", "Harrison", "Zoe", "Hamish",
)  # fmt: skip

SUBURBS = (
    "Parramatta", "Blacktown", "Liverpool", "Penrith", "Campbelltown", "Bankstown",
    "Hurstville", "Chatswood", "Ryde", "Hornsby", "Dubbo", "Orange", "Bathurst",
    "Wagga Wagga", "Tamworth", "Armidale", "Lismore", "Ballina", "Geelong", "Ballarat",
    "Bendigo", "Shepparton", "Mildura", "Wodonga", "Frankston", "Dandenong", "Footscray",
    "Sunshine", "Werribee", "Toowoomba", "Cairns", "Townsville", "Mackay", "Rockhampton",
    "Bundaberg", "Ipswich", "Logan Central", "Redcliffe", "Caboolture", "Gympie",
    "Elizabeth", "Salisbury", "Mawson Lakes", "Gawler", "Whyalla", "Joondalup",
    "Rockingham", "Mandurah", "Bunbury", "Geraldton", "Kalgoorlie", "Launceston",
    "Devonport", "Burnie", "Glenorchy", "Casuarina", "Palmerston", "Katherine",
    "Belconnen", "Tuggeranong", "Gungahlin", "Woden", "St Kilda", "Surry Hills",
    "Mount Druitt", "Port Macquarie", "Coffs Harbour", "Alice Springs", "Mount Isa",
)  # fmt: skip
DIVISIONS = (
    "Bennelong", "Barton", "Chifley", "Fowler", "Grayndler", "Kingsford Smith", "Reid",
    "Watson", "Wentworth", "Cook", "Hughes", "Mackellar", "Warringah", "Bradfield",
    "Berowra", "Mitchell", "Greenway", "Lindsay", "Macarthur", "Werriwa", "Blaxland",
    "Banks", "McMahon", "Hume", "Gilmore", "Whitlam", "Cunningham", "Paterson",
    "Shortland", "Hunter", "Lyne", "Cowper", "Page", "Richmond", "Parkes", "Calare",
    "Farrer", "Aston", "Bruce", "Calwell", "Chisholm", "Deakin", "Dunkley", "Flinders",
    "Gellibrand", "Goldstein", "Gorton", "Higgins", "Holt", "Hotham", "Isaacs", "Kooyong",
    "Lalor", "Menzies", "Monash", "Scullin", "Wills", "Fraser", "Hawke", "Casey",
)  # fmt: skip
POSTCODES = (
    "2000", "2010", "2067", "2150", "2170", "2200", "2560", "2750", "2770", "2830",
    "3000", "3011", "3030", "3175", "3199", "3350", "3550", "4000", "4077", "4350",
    "4810", "4870", "5000", "5108", "5112", "6000", "6027", "6168", "7000", "7250",
    "0800", "0810", "0870", "2600", "2614", "2902",
)  # fmt: skip
BUSINESSES = (
    "Nguyen Bakery", "Patel Pharmacy", "Harbour View Cafe", "Rossi Smash Repairs",
    "Tran Brothers Plumbing", "Khoury Lawyers", "Sunrise Childcare Centre",
    "Georgiou Constructions Pty Ltd", "Coastal Tyres", "Singh Transport", "Blue Gum Nursery",
    "Lee & Chan Accountants", "Mundine Fitness", "Westside Panel Beaters", "Golden Wok",
    "Faleolo Removals", "Haddad Motors", "Riverside Dental", "Bianchi Tiling",
    "Southern Cross Security", "Greenfield Landscaping", "Wang Imports", "Sharma Medical",
    "Northside Barber", "Pacific Island Grocers", "Kangaroo Valley Wines",
)  # fmt: skip
BOOKS = (
    "The Secret River", "Cloudstreet", "Breath", "Jasper Jones", "The Slap",
    "Boy Swallows Universe", "The Dry", "Picnic at Hanging Rock", "My Brilliant Career",
    "The Harp in the South", "Dark Emu", "Too Much Lip", "The Yield", "Carpentaria", "Benang",
    "The Book Thief", "The Thorn Birds", "Lantana Lane", "The Narrow Road to the Deep North",
    "Bridge of Clay", "The Rosie Project", "The Dressmaker", "Shantaram", "The Lucky Country",
    "Tomorrow, When the War Began", "Possum Magic", "Where Is the Green Sheep?",
    "The Very Hungry Caterpillar", "Matilda", "Harry Potter and the Philosopher's Stone",
    "The Hobbit", "Pride and Prejudice", "A Fortunate Life", "Mao's Last Dancer",
    "The Arsonist", "Eggshell Skull", "Atomic Habits", "Sapiens", "Educated", "Becoming",
    "The Midnight Library", "Normal People", "Where the Crawdads Sing", "Lessons in Chemistry",
    "Tell Me Why", "Growing Up Aboriginal in Australia", "The Happiest Man on Earth",
    "Working Class Man", "Hydra", "The Silent Patient",
)  # fmt: skip
MAKES = (
    "Toyota", "Mazda", "Hyundai", "Ford", "Kia", "Mitsubishi", "Nissan", "Holden", "Subaru",
    "Volkswagen", "Honda", "Isuzu", "Suzuki", "Tesla", "BMW", "Mercedes-Benz", "Audi", "MG",
)  # fmt: skip
COURTS = (
    "Downing Centre Local Court", "Parramatta Local Court", "Blacktown Local Court",
    "Penrith Local Court", "District Court of NSW", "Parramatta Children's Court",
    "Melbourne Magistrates' Court", "Brisbane Magistrates Court", "Supreme Court of Victoria",
    "Darwin Local Court", "ACT Magistrates Court", "Newcastle Local Court",
)  # fmt: skip
HOSPITALS = (
    "Royal Prince Alfred Hospital", "Westmead Hospital", "Liverpool Hospital",
    "St Vincent's Hospital", "Royal Melbourne Hospital", "The Alfred",
    "Princess Alexandra Hospital", "Royal Adelaide Hospital", "Fiona Stanley Hospital",
    "Royal Hobart Hospital", "Royal Darwin Hospital", "Canberra Hospital",
    "Townsville University Hospital",
)  # fmt: skip
OFFENCES = (
    "Assault occasioning actual bodily harm", "Common assault",
    "Drive with prescribed concentration of alcohol", "Breach of bail",
    "Contravene apprehended violence order", "Stealing from person",
    "Break and enter dwelling and steal", "Possess prohibited drug", "Supply prohibited drug",
    "Drive while disqualified", "Malicious damage to property",
    "Resist officer in execution of duty", "Shoplifting", "Fraud", "Robbery in company",
    "Sexual assault", "Stalking or intimidation", "Use offensive language in public place",
    "Goods in custody", "Drive whilst suspended",
    "Dangerous driving occasioning grievous bodily harm", "Possess unregistered firearm",
    "Affray", "Trespass", "Obtain property by deception", "Armed robbery", "Manslaughter",
    "Recklessly cause grievous bodily harm", "Breach community correction order",
)  # fmt: skip
SHORT_OFFENCES = (
    "Theft", "Burglary", "Assault", "Robbery", "Fraud", "Drug possession", "Drink driving",
    "Property damage", "Arson", "Homicide", "Harassment", "Trespass", "Shoplifting",
    "Vandalism", "Weapons offence", "Public order offence", "Traffic offence",
)  # fmt: skip
PROBLEMS = (
    "chest pain", "fractured wrist", "suicidal ideation", "shortness of breath", "abdominal pain",
    "headache", "fever", "laceration to hand", "back pain", "vomiting", "dizziness",
    "allergic reaction", "asthma exacerbation", "overdose", "syncope", "seizure",
    "ankle injury", "head injury", "rash", "cough", "urinary retention", "palpitations",
    "anxiety", "self harm", "alcohol intoxication", "eye pain", "burns to arm", "dog bite",
    "sore throat", "collapse", "hypoglycaemia", "psychosis", "nose bleed",
)  # fmt: skip
DIAGNOSES = (
    "Fracture of distal radius", "Acute appendicitis", "Pneumonia, unspecified",
    "Acute myocardial infarction", "Gastroenteritis", "Cellulitis of lower limb",
    "Asthma, unspecified", "Urinary tract infection", "Migraine", "Concussion",
    "Sprain of ankle", "Depressive episode", "Alcohol withdrawal", "Renal colic",
    "Chest pain, unspecified", "Syncope and collapse", "Open wound of hand",
    "Anaphylaxis", "Atrial fibrillation", "Type 2 diabetes with ketoacidosis",
    "Viral infection, unspecified", "Head injury", "Epileptic seizure", "Dehydration",
)  # fmt: skip
JOBS = (
    "Policy Officer", "Senior Policy Officer", "Data Analyst", "Executive Assistant",
    "Director", "Assistant Director", "Program Manager", "Graduate", "Legal Officer",
    "Senior Legal Officer", "Finance Officer", "Procurement Officer", "ICT Support Officer",
    "Project Officer", "Communications Adviser", "Statistician", "Economist",
    "Records Manager", "Case Manager", "Team Leader", "Customer Service Officer",
    "Senior Engineer", "HR Adviser", "Business Analyst",
)  # fmt: skip
RELIGIONS = (
    "Catholic", "Anglican", "No religion", "Islam", "Buddhism", "Hinduism", "Uniting Church",
    "Greek Orthodox", "Presbyterian", "Sikhism", "Judaism", "Baptist", "Not stated",
)  # fmt: skip
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# -- values ---------------------------------------------------------------------------------


def family(rng: random.Random) -> str:
    culture = rng.choice(tuple(FAMILY_BY_CULTURE))
    return rng.choice(FAMILY_BY_CULTURE[culture])


def given(rng: random.Random) -> str:
    return rng.choice(GIVEN_POOL)


def birth(rng: random.Random, youngest: int = 0, oldest: int = 95) -> dt.date:
    age_days = rng.randint(youngest * 365 + 10, oldest * 365)
    return TODAY - dt.timedelta(days=age_days)


def recent(rng: random.Random, years: float = 2.0) -> dt.date:
    return TODAY - dt.timedelta(days=rng.randint(0, int(years * 365)))


def future(rng: random.Random, years: float = 1.0) -> dt.date:
    return TODAY + dt.timedelta(days=rng.randint(1, int(years * 365)))


DATE_FORMATS: dict[str, Callable[[dt.date], str]] = {
    "iso": lambda d: d.isoformat(),
    "dd/mm/yyyy": lambda d: d.strftime("%d/%m/%Y"),
    "d/m/yyyy": lambda d: f"{d.day}/{d.month}/{d.year}",
    "m/d/yyyy": lambda d: f"{d.month}/{d.day}/{d.year}",
    "d-mon-yyyy": lambda d: f"{d.day}-{MONTHS[d.month - 1]}-{d.year}",
    "dd-mon-yyyy": lambda d: d.strftime("%d-") + MONTHS[d.month - 1] + d.strftime("-%Y"),
    "d mon yyyy": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "yyyymmdd": lambda d: d.strftime("%Y%m%d"),
    "ddmmyyyy": lambda d: d.strftime("%d%m%Y"),
    "dd.mm.yyyy": lambda d: d.strftime("%d.%m.%Y"),
}


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def company_abn(rng: random.Random) -> str:
    """A company's ABN: its ACN after the two check digits that make the ABN valid."""
    acn = identifiers.make_acn(rng)
    return next(p + acn for p in map(str, range(10, 100)) if identifiers.is_valid_abn(p + acn))


def case_title(rng: random.Random) -> str:
    party = rng.choice(
        ["Police", "R", "DPP (Cth)", "DPP", "Commissioner of Police", "Regina", "State of NSW"]
    )
    name = family(rng)
    name = rng.choice([name.upper(), name, f"{name.upper()}, {given(rng)}", f"{given(rng)} {name}"])
    return f"{party} v {name}"


def plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    form = rng.choice(["LLLDDL", "DLLDDL", "LLDDLL", "LLLDDD"])
    return "".join(rng.choice(letters) if c == "L" else str(rng.randint(0, 9)) for c in form)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


# -- tables -----------------------------------------------------------------------------------


@dataclass
class Col:
    """One labelled column: its name, label (DESIGN.md entity or NONE), tier and values."""

    name: str
    label: str
    tier: str  # direct | quasi | sensitive | none | ambiguous
    values: list[Any]
    arrow: pa.DataType | None = None  # Parquet type; None: string


@dataclass
class Table:
    file: str
    columns: list[Col] = field(default_factory=list)
    header: bool = True

    def add(
        self, name: str, label: str, tier: str, values: list[Any], arrow: pa.DataType | None = None
    ) -> None:
        self.columns.append(Col(name, label, tier, values, arrow))


def _maybe_blank(rng: random.Random, values: list[Any], p: float) -> list[Any]:
    return [None if rng.random() < p else v for v in values]


def court_lodgements(rng: random.Random, n: int = 500) -> Table:
    t = Table("court_lodgements.csv")
    t.add(
        "CASE_NO", "NONE", "none", [f"{rng.randint(2019, 2025)}/{digits(rng, 8)}" for _ in range(n)]
    )
    t.add("CASE_TITLE", "PERSON", "direct", [case_title(rng) for _ in range(n)])
    t.add("COURT", "NONE", "none", [rng.choice(COURTS) for _ in range(n)])
    t.add(
        "COURT_ROOM",
        "NONE",
        "none",
        [f"Court {rng.randint(1, 14)}{rng.choice(['', '', 'A'])}" for _ in range(n)],
    )
    t.add("LISTING_DATE", "NONE", "none", [DATE_FORMATS["d/m/yyyy"](recent(rng)) for _ in range(n)])
    t.add("DEF_SURNAME", "PERSON", "direct", [family(rng).upper() for _ in range(n)])
    t.add(
        "DOB_DDMMYYYY",
        "DATE_OF_BIRTH",
        "quasi",
        [DATE_FORMATS["ddmmyyyy"](birth(rng, 10, 80)) for _ in range(n)],
    )
    t.add("SEX", "GENDER", "quasi", [rng.choice("MMMFFX") for _ in range(n)])
    t.add(
        "CHARGES",
        "CRIMINAL_RECORD",
        "sensitive",
        ["; ".join(rng.sample(OFFENCES, rng.randint(1, 3))) for _ in range(n)],
    )
    t.add(
        "PLEA",
        "NONE",
        "ambiguous",
        [rng.choice(["Guilty", "Not guilty", "No plea"]) for _ in range(n)],
    )
    t.add("RES_POSTCODE", "AU_POSTCODE", "quasi", [rng.choice(POSTCODES) for _ in range(n)])
    t.add("ATSI", "ETHNICITY", "sensitive", [rng.choice("NNNNY") for _ in range(n)])
    return t


def library_loans(rng: random.Random, n: int = 600) -> Table:
    t = Table("library_loans.parquet")
    borrowers = [f"2{digits(rng, 12)}" for _ in range(n // 3)]
    borrowers = [b + luhn_digit(b) for b in borrowers]
    yob = {b: birth(rng, 5, 90).year for b in borrowers}
    pc = {b: int(rng.choice(POSTCODES)) for b in borrowers}
    chosen = [rng.choice(borrowers) for _ in range(n)]
    start = rng.randint(10_000, 90_000)
    t.add("loan_id", "NONE", "none", list(range(start, start + n)), pa.int64())
    t.add("borrowerBarcode", "ID", "direct", chosen)
    t.add("title", "NONE", "none", [rng.choice(BOOKS) for _ in range(n)])
    t.add("isbn", "NONE", "none", [f"978{digits(rng, 10)}" for _ in range(n)])
    loans = [recent(rng, 1) for _ in range(n)]
    t.add("loan_date", "NONE", "none", loans, pa.date32())
    t.add("due_date", "NONE", "none", [d + dt.timedelta(days=21) for d in loans], pa.date32())
    t.add(
        "branch",
        "NONE",
        "none",
        [
            rng.choice(["Civic", "Belconnen", "Dickson", "Kingston", "Woden"]) + " Library"
            for _ in range(n)
        ],
    )
    t.add("borrower_yob", "DATE_OF_BIRTH", "quasi", [yob[b] for b in chosen], pa.int16())
    t.add("borrower_postcode", "AU_POSTCODE", "quasi", [pc[b] for b in chosen], pa.int32())
    t.add("overdue", "NONE", "none", [rng.random() < 0.2 for _ in range(n)], pa.bool_())
    t.add(
        "fine_amt",
        "NONE",
        "none",
        [round(rng.choice([0, 0, 0, 0.5, 1.2, 3.0]), 2) for _ in range(n)],
        pa.float64(),
    )
    return t


def ed_presentations(rng: random.Random, n: int = 700) -> Table:
    t = Table("ed_presentations.csv")
    patients = [digits(rng, 7) for _ in range(n // 2)]
    info = {
        p: (birth(rng), rng.choice("1112229"), rng.choice("44444441239"), rng.choice(POSTCODES))
        for p in patients
    }
    chosen = [rng.choice(patients) for _ in range(n)]
    t.add("EPISODE_ID", "NONE", "none", [f"E{digits(rng, 9)}" for _ in range(n)])
    t.add("MRN", "ID", "direct", chosen)
    t.add(
        "ARRIVAL_DTTM",
        "NONE",
        "none",
        [
            f"{recent(rng).isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
            for _ in range(n)
        ],
    )
    t.add("HOSPITAL", "NONE", "none", [rng.choice(HOSPITALS) for _ in range(n)])
    t.add("TRIAGE_CAT", "NONE", "ambiguous", [str(rng.randint(1, 5)) for _ in range(n)])
    t.add("PRES_PROBLEM", "HEALTH", "sensitive", [rng.choice(PROBLEMS) for _ in range(n)])
    t.add("DIAG_DESC", "HEALTH", "sensitive", [rng.choice(DIAGNOSES) for _ in range(n)])
    t.add("SEX_CD", "GENDER", "quasi", [info[p][1] for p in chosen])
    t.add("INDIG_STAT", "ETHNICITY", "sensitive", [info[p][2] for p in chosen])
    t.add("DOB", "DATE_OF_BIRTH", "quasi", [DATE_FORMATS["d/m/yyyy"](info[p][0]) for p in chosen])
    t.add("POSTCODE", "AU_POSTCODE", "quasi", [info[p][3] for p in chosen])
    t.add("DISABILITY_IND", "HEALTH", "sensitive", [rng.choice("NNNNNY") for _ in range(n)])
    t.add("LOS_MINS", "NONE", "none", [str(rng.randint(20, 900)) for _ in range(n)])
    return t


def electoral_roll(rng: random.Random, n: int = 600) -> Table:
    t = Table("electoral_roll.csv")
    t.add("ELECTOR_ID", "ID", "direct", [digits(rng, 9) for _ in range(n)])
    t.add("SURNAME", "PERSON", "direct", [family(rng).upper() for _ in range(n)])
    t.add(
        "GIVEN_NAMES",
        "PERSON",
        "direct",
        [given(rng) + (f" {given(rng)}" if rng.random() < 0.4 else "") for _ in range(n)],
    )
    t.add("yob", "DATE_OF_BIRTH", "quasi", [str(birth(rng, 18, 95).year) for _ in range(n)])
    t.add("DIVISION", "LOCATION", "quasi", [rng.choice(DIVISIONS[:40]) for _ in range(n)])
    t.add("ENROLMENT_DT", "NONE", "none", [recent(rng, 12).isoformat() for _ in range(n)])
    return t


def student_enrolments(rng: random.Random, n: int = 500) -> Table:
    t = Table("student_enrolments.parquet")
    t.add("studentId", "ID", "direct", [f"S{digits(rng, 7)}" for _ in range(n)])
    t.add("familyName", "PERSON", "direct", [family(rng) for _ in range(n)])
    t.add("givenName", "PERSON", "direct", [given(rng) for _ in range(n)])
    t.add(
        "dateOfBirth",
        "DATE_OF_BIRTH",
        "quasi",
        [int(birth(rng, 5, 18).strftime("%Y%m%d")) for _ in range(n)],
        pa.int32(),
    )
    t.add("genderCd", "GENDER", "quasi", [rng.choice([1, 1, 2, 2, 3]) for _ in range(n)], pa.int8())
    t.add(
        "atsi",
        "ETHNICITY",
        "sensitive",
        [rng.choice([4, 4, 4, 4, 1, 2, 3, 9]) for _ in range(n)],
        pa.int8(),
    )
    t.add(
        "schoolName",
        "NONE",
        "none",
        [
            rng.choice(
                [
                    "Gungahlin College",
                    "Lyneham High School",
                    "Dickson College",
                    "Amaroo School",
                    "Telopea Park School",
                    "Melrose High School",
                    "Canberra High School",
                ]
            )
            for _ in range(n)
        ],
    )
    t.add("yearLevel", "NONE", "none", [rng.randint(0, 12) for _ in range(n)], pa.int8())
    t.add(
        "religion",
        "RELIGION",
        "sensitive",
        _maybe_blank(rng, [rng.choice(RELIGIONS) for _ in range(n)], 0.1),
    )
    t.add("disability", "HEALTH", "sensitive", [rng.random() < 0.1 for _ in range(n)], pa.bool_())
    t.add("enrolmentStart", "NONE", "none", [recent(rng, 6) for _ in range(n)], pa.date32())
    return t


def super_members(rng: random.Random, n: int = 500) -> Table:
    t = Table("super_members.csv")
    t.add("SUPER_MBR_NO", "ID", "direct", [digits(rng, 10) for _ in range(n)])
    t.add(
        "MEMBER_NAME",
        "PERSON",
        "direct",
        [f"{family(rng).upper()}, {given(rng)}" for _ in range(n)],
    )
    t.add(
        "DOB",
        "DATE_OF_BIRTH",
        "quasi",
        [DATE_FORMATS["m/d/yyyy"](birth(rng, 18, 80)) for _ in range(n)],
    )
    t.add("EMP_ID", "ID", "direct", [f"E{rng.randint(10000, 99999)}" for _ in range(n)])
    t.add("EMPLOYER_NAME", "NONE", "none", [rng.choice(BUSINESSES) for _ in range(n)])
    t.add("BALANCE", "NONE", "none", [f"{rng.uniform(100, 900000):.2f}" for _ in range(n)])
    t.add(
        "JOIN_DATE", "NONE", "none", [DATE_FORMATS["dd/mm/yyyy"](recent(rng, 25)) for _ in range(n)]
    )
    t.add(
        "INVESTMENT_OPTION",
        "NONE",
        "none",
        [
            rng.choice(["Balanced", "Growth", "High Growth", "Conservative", "Cash"])
            for _ in range(n)
        ],
    )
    t.add("TXN_BATCH_ID", "NONE", "none", [f"B{digits(rng, 6)}" for _ in range(n)])
    return t


def hr_staff(rng: random.Random, n: int = 400) -> Table:
    t = Table("hr_staff.jsonl")
    t.add("staffNo", "ID", "direct", [rng.randint(100000, 999999) for _ in range(n)], pa.int64())
    t.add("surname", "PERSON", "direct", [family(rng) for _ in range(n)])
    t.add("firstName", "PERSON", "direct", [given(rng) for _ in range(n)])
    t.add(
        "birthDate",
        "DATE_OF_BIRTH",
        "quasi",
        [DATE_FORMATS["d-mon-yyyy"](birth(rng, 20, 66)) for _ in range(n)],
    )
    t.add(
        "gender",
        "GENDER",
        "quasi",
        [rng.choice(["Male", "Female", "Female", "Non-binary"]) for _ in range(n)],
    )
    t.add("jobTitle", "OCCUPATION", "quasi", [rng.choice(JOBS) for _ in range(n)])
    t.add(
        "division",
        "NONE",
        "none",
        [
            rng.choice(
                [
                    "Corporate Services",
                    "Policy and Programs",
                    "Digital Services",
                    "Legal and Compliance",
                    "People and Culture",
                    "Finance",
                ]
            )
            for _ in range(n)
        ],
    )
    t.add("salary", "INCOME", "quasi", [rng.randint(60, 220) * 1000 for _ in range(n)], pa.int64())
    t.add("startDate", "NONE", "none", [recent(rng, 15).isoformat() for _ in range(n)])
    return t


def ed_summary(rng: random.Random) -> Table:
    t = Table("ed_summary_by_group.csv")
    rows = [
        (year, region, sex, band, status)
        for year in ("2021", "2022", "2023")
        for region in ("Belconnen", "Gungahlin", "Tuggeranong", "Woden Valley", "North Canberra")
        for sex in ("Male", "Female", "Persons")
        for band in ("0-14", "15-24", "25-44", "45-64", "65+")
        for status in ("Aboriginal and/or Torres Strait Islander", "Non-Indigenous")
    ]
    t.add("YEAR", "NONE", "none", [r[0] for r in rows])
    t.add("SA3_NAME", "NONE", "none", [r[1] for r in rows])
    t.add("SEX", "NONE", "none", [r[2] for r in rows])
    t.add("AGE_BAND", "NONE", "none", [r[3] for r in rows])
    t.add("INDIG_STATUS", "NONE", "none", [r[4] for r in rows])
    t.add("PRESENTATIONS", "NONE", "none", [str(rng.randint(3, 4000)) for _ in rows])
    t.add("RATE_PER_1000", "NONE", "none", [f"{rng.uniform(50, 600):.1f}" for _ in rows])
    t.add("MEAN_LOS_HRS", "NONE", "none", [f"{rng.uniform(2, 9):.2f}" for _ in rows])
    return t


def offenders_by_region(rng: random.Random) -> Table:
    t = Table("offenders_by_region.parquet")
    rows = [
        (region, sex, band, status)
        for region in ("Sydney", "Hunter", "Illawarra", "Riverina", "Far West", "Mid North Coast")
        for sex in (1, 2)
        for band in ("10-17", "18-24", "25-34", "35-49", "50+")
        for status in (1, 2, 9)
    ]
    t.add("region", "NONE", "none", [r[0] for r in rows])
    t.add("sex", "NONE", "none", [r[1] for r in rows], pa.int8())
    t.add("age_band", "NONE", "none", [r[2] for r in rows])
    t.add("indig_status", "NONE", "none", [r[3] for r in rows], pa.int8())
    t.add("offenders", "NONE", "none", [rng.randint(0, 900) for _ in rows], pa.int32())
    t.add("rate_per_100k", "NONE", "none", [rng.uniform(10, 3000) for _ in rows], pa.float64())
    return t


def vehicle_register(rng: random.Random, n: int = 500) -> Table:
    t = Table("vehicle_register.csv")
    t.add("REGO", "ID", "direct", [plate(rng) for _ in range(n)])
    t.add("MAKE", "NONE", "ambiguous", [rng.choice(MAKES) for _ in range(n)])
    t.add(
        "REGO_EXPIRY", "NONE", "none", [DATE_FORMATS["dd/mm/yyyy"](future(rng)) for _ in range(n)]
    )
    t.add("customer_ref", "ID", "direct", [f"C{digits(rng, 8)}" for _ in range(n)])
    t.add("OWNER_SURNAME", "PERSON", "direct", [family(rng).upper() for _ in range(n)])
    t.add("OWNER_GIVEN", "PERSON", "direct", [given(rng).upper() for _ in range(n)])
    # a suburb has its postcode, as in any real extract
    garages = [rng.randrange(len(SUBURBS)) for _ in range(n)]
    t.add("GARAGE_SUBURB", "LOCATION", "quasi", [SUBURBS[g].upper() for g in garages])
    t.add("GARAGE_PCODE", "AU_POSTCODE", "quasi", [POSTCODES[g % len(POSTCODES)] for g in garages])
    t.add("CONCESSION_FLAG", "NONE", "none", [rng.choice("NNNY") for _ in range(n)])
    return t


def program_participants(rng: random.Random, n: int = 500) -> Table:
    t = Table("program_participants.csv")
    people = [digits(rng, 6) for _ in range(n // 2)]
    t.add("participantNo", "ID", "direct", [rng.choice(people) for _ in range(n)])
    t.add("card_id", "ID", "direct", [digits(rng, 10) for _ in range(n)])
    t.add("CLIENT_NO", "ID", "direct", [f"{rng.randint(1, 99999):06d}" for _ in range(n)])
    t.add("member_number", "ID", "direct", [f"MBR-{digits(rng, 6)}" for _ in range(n)])
    t.add("patient_urn", "ID", "direct", [f"UR{digits(rng, 6)}" for _ in range(n)])
    t.add("transaction_id", "NONE", "none", [digits(rng, 10) for _ in range(n)])
    t.add("invoice_no", "NONE", "none", [f"INV{digits(rng, 7)}" for _ in range(n)])
    t.add("claim_no", "NONE", "none", [digits(rng, 8) for _ in range(n)])
    t.add("batch_id", "NONE", "none", [f"{rng.randint(1, 40):04d}" for _ in range(n)])
    t.add("line_no", "NONE", "none", [str(i % 7 + 1) for i in range(n)])
    t.add("event_id", "NONE", "none", [digits(rng, 9) for _ in range(n)])
    t.add("record_id", "NONE", "none", [str(i + 1) for i in range(n)])
    t.add(
        "program_code", "NONE", "none", [rng.choice(["P01", "P02", "P07", "P12"]) for _ in range(n)]
    )
    t.add("amount", "NONE", "none", [f"{rng.uniform(5, 500):.2f}" for _ in range(n)])
    return t


def police_incidents(rng: random.Random, n: int = 500) -> Table:
    t = Table("police_incidents.csv")
    t.add("INCIDENT_NO", "NONE", "none", [f"E{digits(rng, 8)}" for _ in range(n)])
    t.add("OFFENCE", "CRIMINAL_RECORD", "sensitive", [rng.choice(SHORT_OFFENCES) for _ in range(n)])
    t.add("OFFENCE_DESC", "CRIMINAL_RECORD", "sensitive", [rng.choice(OFFENCES) for _ in range(n)])
    t.add("offender_id", "ID", "direct", [f"O{digits(rng, 7)}" for _ in range(n)])
    t.add(
        "INCIDENT_DATE",
        "NONE",
        "none",
        [DATE_FORMATS["dd-mon-yyyy"](recent(rng, 3)) for _ in range(n)],
    )
    t.add("OFFENDER_AGE", "AGE", "quasi", [str(rng.randint(12, 70)) for _ in range(n)])
    t.add("OFFENDER_SEX", "GENDER", "quasi", [rng.choice(["M", "F", "M", "U"]) for _ in range(n)])
    t.add(
        "STATION",
        "NONE",
        "none",
        [
            rng.choice(["Parramatta", "Blacktown", "Penrith", "Bankstown"]) + " Police Station"
            for _ in range(n)
        ],
    )
    return t


def clients_headerless(rng: random.Random, n: int = 400) -> Table:
    t = Table("clients_headerless.csv", header=False)
    t.add("FAMILY", "PERSON", "direct", [family(rng).upper() for _ in range(n)])
    t.add("GIVEN", "PERSON", "direct", [given(rng) for _ in range(n)])
    t.add(
        "DOB", "DATE_OF_BIRTH", "quasi", [DATE_FORMATS["dd/mm/yyyy"](birth(rng)) for _ in range(n)]
    )
    t.add("SEX", "GENDER", "quasi", [rng.choice("MFMFX") for _ in range(n)])
    t.add("PCODE", "AU_POSTCODE", "quasi", [rng.choice(POSTCODES) for _ in range(n)])
    t.add("AMOUNT", "NONE", "none", [f"{rng.uniform(10, 900):.2f}" for _ in range(n)])
    return t


def payments_headerless(rng: random.Random, n: int = 400) -> Table:
    t = Table("payments_headerless.csv", header=False)
    t.add("FAMILY", "PERSON", "direct", [family(rng) for _ in range(n)])
    t.add(
        "DOB",
        "DATE_OF_BIRTH",
        "quasi",
        [DATE_FORMATS["yyyymmdd"](birth(rng, 16, 90)) for _ in range(n)],
    )
    t.add("PAID", "NONE", "none", [DATE_FORMATS["d-mon-yyyy"](recent(rng)) for _ in range(n)])
    t.add("AMOUNT", "NONE", "none", [f"{rng.uniform(10, 900):.2f}" for _ in range(n)])
    return t


def names_only_headerless(rng: random.Random, n: int = 300) -> Table:
    t = Table("family_names_headerless.csv", header=False)
    t.add("FAMILY", "PERSON", "direct", [family(rng) for _ in range(n)])
    return t


def book_catalogue(rng: random.Random, n: int = 300) -> Table:
    t = Table("book_catalogue_headerless.csv", header=False)
    t.add("TITLE", "NONE", "none", [rng.choice(BOOKS) for _ in range(n)])
    t.add("YEAR", "NONE", "none", [str(rng.randint(1950, 2024)) for _ in range(n)])
    t.add("PAGES", "NONE", "none", [str(rng.randint(80, 900)) for _ in range(n)])
    t.add(
        "GENRE",
        "NONE",
        "none",
        [
            rng.choice(["Fiction", "Non-fiction", "Biography", "Children", "Crime"])
            for _ in range(n)
        ],
    )
    t.add("COPIES", "NONE", "none", [str(rng.randint(1, 12)) for _ in range(n)])
    return t


def business_places(rng: random.Random, n: int = 300) -> Table:
    t = Table("business_places_headerless.csv", header=False)
    t.add("BUSINESS", "NONE", "none", [rng.choice(BUSINESSES) for _ in range(n)])
    t.add("SUBURB", "NONE", "none", [rng.choice(SUBURBS) for _ in range(n)])
    t.add("MAKE", "NONE", "none", [rng.choice(MAKES) for _ in range(n)])
    t.add("EMPLOYEES", "NONE", "none", [str(rng.randint(1, 80)) for _ in range(n)])
    return t


def family_by_culture(rng: random.Random, n: int = 100) -> Table:
    """One family-name column per culture, in upper and title case: values must speak."""
    t = Table("family_names_by_culture.parquet")
    for culture, pool in FAMILY_BY_CULTURE.items():
        if culture == "anglo":
            continue
        upper = rng.random() < 0.5
        values = [rng.choice(pool) for _ in range(n)]
        t.add(
            f"last_name_{len(t.columns) + 1}",
            "PERSON",
            "direct",
            [v.upper() if upper else v for v in values],
        )
    return t


def dob_formats(rng: random.Random, n: int = 400) -> Table:
    """Dates of birth in every form, beside event dates in the same forms."""
    t = Table("dob_formats.csv")
    names = {
        "iso": "birth_dt",
        "dd/mm/yyyy": "DOB",
        "d/m/yyyy": "DateOfBirth",
        "m/d/yyyy": "dob_us",
        "d-mon-yyyy": "BIRTH_DATE",
        "yyyymmdd": "DOB_YYYYMMDD",
        "ddmmyyyy": "dob_ddmmyyyy",
        "dd.mm.yyyy": "geburtsdatum_dob",
    }
    for form, name in names.items():
        t.add(name, "DATE_OF_BIRTH", "quasi", [DATE_FORMATS[form](birth(rng)) for _ in range(n)])
    for form in ("d/m/yyyy", "d-mon-yyyy", "yyyymmdd", "ddmmyyyy"):
        t.add(
            f"service_date_{len(t.columns)}",
            "NONE",
            "none",
            [DATE_FORMATS[form](recent(rng, 3)) for _ in range(n)],
        )
    t.add(
        "year_of_birth", "DATE_OF_BIRTH", "quasi", [str(birth(rng, 15, 95).year) for _ in range(n)]
    )
    t.add("financial_year", "NONE", "none", [str(rng.randint(2016, 2025)) for _ in range(n)])
    t.add("reference_no", "NONE", "none", [digits(rng, 8) for _ in range(n)])
    return t


def sex_and_status_codes(rng: random.Random, n: int = 400) -> Table:
    """Sex and Indigenous status as codes, words and booleans, under many name styles."""
    t = Table("sex_status_codes.parquet")
    t.add("person_key", "ID", "direct", [f"P{digits(rng, 8)}" for _ in range(n)])
    t.add("genderCd", "GENDER", "quasi", [rng.choice([1, 2, 3, 9]) for _ in range(n)], pa.int8())
    t.add("SEX_CD", "GENDER", "quasi", [rng.choice(["1", "2", "2", "9"]) for _ in range(n)])
    t.add("sex_code", "GENDER", "quasi", [rng.choice("MFXU") for _ in range(n)])
    t.add(
        "Sex",
        "GENDER",
        "quasi",
        [rng.choice(["Male", "Female", "Another term", "Not stated"]) for _ in range(n)],
    )
    t.add("ATSI_IND", "ETHNICITY", "sensitive", [rng.random() < 0.05 for _ in range(n)], pa.bool_())
    t.add("indig", "ETHNICITY", "sensitive", [rng.random() < 0.05 for _ in range(n)], pa.bool_())
    t.add(
        "indig_stat",
        "ETHNICITY",
        "sensitive",
        [rng.choice([1, 2, 3, 4, 4, 4, 9]) for _ in range(n)],
        pa.int32(),
    )
    t.add(
        "aboriginal_torres_strait",
        "ETHNICITY",
        "sensitive",
        [
            rng.choice(["Aboriginal", "Torres Strait Islander", "Both", "Neither", "Not stated"])
            for _ in range(n)
        ],
    )
    t.add("status_cd", "NONE", "none", [rng.choice([1, 2, 3, 9]) for _ in range(n)], pa.int8())
    t.add("active", "NONE", "none", [rng.random() < 0.8 for _ in range(n)], pa.bool_())
    t.add(
        "DISABILITY_IND", "HEALTH", "sensitive", [rng.random() < 0.1 for _ in range(n)], pa.bool_()
    )
    t.add(
        "postcode",
        "AU_POSTCODE",
        "quasi",
        [int(rng.choice(POSTCODES)) for _ in range(n)],
        pa.int32(),
    )
    return t


def all_tables(seed: int = 20_260_301) -> list[Table]:
    """Every table, each from its own stream of the one seed."""
    makers: Sequence[Callable[[random.Random], Table]] = (
        court_lodgements, library_loans, ed_presentations, electoral_roll, student_enrolments,
        super_members, hr_staff, ed_summary, offenders_by_region, vehicle_register,
        program_participants, police_incidents, clients_headerless, payments_headerless,
        names_only_headerless, book_catalogue, business_places, family_by_culture, dob_formats,
        sex_and_status_codes,
    )  # fmt: skip
    return [make(random.Random(f"{seed}:{make.__name__}")) for make in makers]


# -- files ------------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write(table: Table, folder: Path, *, names_blind: bool = False) -> Path:
    """Write ``table`` into ``folder``; ``names_blind`` names its columns c01, c02..."""
    path = folder / table.file
    names = [
        f"c{i:02d}" if names_blind else col.name for i, col in enumerate(table.columns, start=1)
    ]
    n = len(table.columns[0].values)
    if path.suffix == ".parquet":
        arrays = [pa.array(c.values, type=c.arrow or pa.string()) for c in table.columns]
        pq.write_table(pa.table(dict(zip(names, arrays, strict=True))), path)
    elif path.suffix == ".jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for i in range(n):
                record = {
                    name: (c.values[i] if c.arrow is not None else _text(c.values[i]))
                    for name, c in zip(names, table.columns, strict=True)
                }
                fh.write(json.dumps(record, default=str) + "\n")
    else:
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            if table.header:
                writer.writerow(names)
            for i in range(n):
                writer.writerow([_text(c.values[i]) for c in table.columns])
    return path


# -- scores -----------------------------------------------------------------------------------

ACCEPTED = {
    "ADDRESS": {"ADDRESS", "LOCATION"},
    "AU_POSTCODE": {"AU_POSTCODE", "LOCATION"},
}


@dataclass
class Verdict:
    file: str
    column: str
    label: str
    tier: str
    personal: bool
    entity: str | None

    @property
    def right_type(self) -> bool:
        return self.entity in ACCEPTED.get(self.label, {self.label})


@dataclass
class Report:
    verdicts: list[Verdict]

    def _scored(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.tier != "ambiguous"]

    @property
    def precision(self) -> float:
        flagged = [v for v in self._scored() if v.personal]
        return sum(v.tier != "none" for v in flagged) / len(flagged) if flagged else 1.0

    @property
    def recall(self) -> float:
        truly = [v for v in self._scored() if v.tier != "none"]
        return sum(v.personal for v in truly) / len(truly) if truly else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def direct_caught(self) -> float:
        direct = [v for v in self.verdicts if v.tier == "direct"]
        return sum(v.personal for v in direct) / len(direct) if direct else 1.0

    @property
    def type_accuracy(self) -> float:
        typed = [v for v in self._scored() if v.tier != "none" and v.personal]
        return sum(v.right_type for v in typed) / len(typed) if typed else 1.0

    def wrong(self) -> list[Verdict]:
        return [
            v
            for v in self._scored()
            if v.personal != (v.tier != "none") or (v.personal and not v.right_type)
        ]


def evaluate(*, names_blind: bool = False, tables: list[Table] | None = None) -> Report:
    """Scan every table (written to a temporary folder) and compare with the labels."""
    from minshare.detect import scan

    verdicts: list[Verdict] = []
    with tempfile.TemporaryDirectory() as folder:
        for table in tables if tables is not None else all_tables():
            path = write(table, Path(folder), names_blind=names_blind)
            fmt = "csv" if path.suffix == ".csv" and not table.header else None
            result = scan(path, input_format=fmt)
            for col, finding in zip(table.columns, result.columns, strict=True):
                best = finding.best.type if finding.best else None
                verdicts.append(
                    Verdict(table.file, col.name, col.label, col.tier, finding.personal, best)
                )
    return Report(verdicts)


def main(argv: Sequence[str], tables: list[Table] | None = None) -> int:
    """Print the scores with names visible and hidden (``--details``: every column gone
    wrong), for ``tables`` or this module's own."""
    details = "--details" in argv
    for blind in (False, True):
        report = evaluate(names_blind=blind, tables=tables)
        label = "names hidden " if blind else "names visible"
        print(
            f"{label}: precision {report.precision:.3f} recall {report.recall:.3f} "
            f"F1 {report.f1:.3f} type {report.type_accuracy:.3f} "
            f"direct {report.direct_caught:.3f} ({len(report._scored())} scored)"
        )
        if details:
            for v in report.wrong():
                kind = (
                    "MISS"
                    if v.tier != "none" and not v.personal
                    else ("FP" if v.tier == "none" and v.personal else "TYPE")
                )
                print(f"   {kind:4} {v.file}:{v.column} [{v.label}/{v.tier}] -> {v.entity}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    raise SystemExit(main(sys.argv[1:]))
