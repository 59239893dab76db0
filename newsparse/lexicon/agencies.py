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
    "ians": "IANS",
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
}

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
}
