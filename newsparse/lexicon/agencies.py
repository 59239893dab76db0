"""News agencies and outlets as datelines and sign-offs name them.

>>> AGENCY_NAMES["ap"], AGENCY_NAMES["reuter"]
('AP', 'Reuters')
"""

from __future__ import annotations

#: Credit as written (lower case) -> the name newsparse reports: "(Reuters)", "(AP)", "REUTER".
AGENCY_NAMES: dict[str, str] = {
    "reuters": "Reuters",
    "reuter": "Reuters",
    "ap": "AP",
    "the associated press": "AP",
    "associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "upi": "UPI",
    "united press international": "UPI",
    "cnn": "CNN",
    "bloomberg": "Bloomberg",
    "xinhua": "Xinhua",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "tass": "TASS",
    "itar-tass": "ITAR-TASS",
    "interfax": "Interfax",
    "pti": "PTI",
    "dhns": "DHNS",
    "ens": "ENS",
    "express news service": "ENS",
    "tnn": "TNN",
    "ians": "IANS",
    "ani": "ANI",
    "uni": "UNI",
    "yonhap": "Yonhap",
    "anadolu": "Anadolu",
    "aa": "AA",
    "rhc": "RHC",
    "ips": "IPS",
    "cp": "CP",
    "the canadian press": "CP",
    "aap": "AAP",
    "pa": "PA",
    "bbc": "BBC",
    "nyt": "NYT",
    "wsj": "WSJ",
    "jta": "JTA",
    "app": "APP",
    "mena": "MENA",
    "irna": "IRNA",
    "wam": "WAM",
    "spa": "SPA",
    "bernama": "Bernama",
    "antara": "Antara",
    "jiji": "Jiji",
    "kcna": "KCNA",
    "ria novosti": "RIA Novosti",
    "ria": "RIA",
    "sputnik": "Sputnik",
    "belga": "Belga",
    "anp": "ANP",
    "apa": "APA",
    "pap": "PAP",
    "ctk": "CTK",
    "lusa": "Lusa",
    "ana": "ANA",
    "vna": "VNA",
    "pna": "PNA",
    "cna": "CNA",
    "kuna": "KUNA",
    "nan": "NAN",
    "gna": "GNA",
    "qna": "QNA",
    "bss": "BSS",
    "sana": "SANA",
    "cmc": "CMC",
    "ptinews": "PTI",
    "prnewswire": "PRNewswire",
    "pr newswire": "PR Newswire",
    "business wire": "Business Wire",
    "globe newswire": "GLOBE NEWSWIRE",
    "marketwatch": "MarketWatch",
    "cbs": "CBS",
    "nbc": "NBC",
    "abc": "ABC",
    "npr": "NPR",
}

#: Words a newspaper's name ends in, which make a line over the headline and its byline its masthead, and a dash
#: before a name at the story's end its sign-off: "The Harbour Tribune", "— Buenos Aires Times".
OUTLET_NOUNS: frozenset[str] = frozenset("""
    courier herald times post gazette tribune journal chronicle echo press star record register observer
    dispatch examiner enquirer inquirer sentinel bulletin advertiser argus courant globe ledger monitor reporter
    telegraph mail express mirror standard guardian independent daily weekly news review citizen voice
    """.split())

#: Words of the role under or after a byline's names: "Staff Writer", "AP Business Writer",
#: "Senior Economics Correspondent", "Bureau Chief". A name part made only of these is no author.
BYLINE_ROLE_WORDS: frozenset[str] = frozenset(
    """
    staff writer writers reporter reporters correspondent correspondents editor editors contributor contributing
    columnist senior political chief special bureau foreign national news desk photographer the business economics
    economic financial finance markets sports science health technology tech environment energy legal diplomatic
    congressional investigative associate assistant deputy managing executive international
    metro city local regional state education entertainment culture arts travel food opinion global europe
    asia africa americas middle east producer anchor analyst commentator freelance freelancer guest
    contributors journalist journalists team of and for in at
    """.split()
)

#: Words that make a credit in parentheses an outlet's: "(GLOBE NEWSWIRE)", "(Kyodo News)".
AGENCY_WORDS: frozenset[str] = frozenset(
    "news newswire newswires wire press presse agency service network radio television tv broadcasting".split()
)

#: First words of the labels that open a story like a place and are none (folded):
#: "EXCLUSIVE —", "UPDATE —", "FILE - In this photo", "EDITOR'S NOTE —", "ANALYSIS —", "WATCH:".
NOT_PLACES: frozenset[str] = frozenset(
    """
    exclusive breaking update updated updates editor's editors note file watch analysis opinion photos photo
    video correction clarification advisory urgent flash bulletin alert editorial commentary review factbox
    explainer insight listen live read related see warning spoiler sponsored advertisement interview
    transcript q fact graphic graphics chart poll column comment letters obituary developing refile corrected
    feature special report explains top story politics election news
    """.split()
)

#: Publisher names for agency sign-offs and credits: "Reuter" signs off a Reuters story.
PUBLISHER_NAMES: dict[str, str] = {
    "reuters": "Reuters",
    "reuter": "Reuters",
    "ap": "Associated Press",
    "the associated press": "Associated Press",
    "associated press": "Associated Press",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "upi": "United Press International",
    "usa today": "USA Today",
    "the new york times": "The New York Times",
    "the washington post": "The Washington Post",
    "the wall street journal": "The Wall Street Journal",
    "bloomberg news": "Bloomberg News",
    "cp": "The Canadian Press",
    "the canadian press": "The Canadian Press",
    "canadian press": "The Canadian Press",
}
