"""Currency signs and codes before a number, the sign of a negative one, and whose currency a sign or word several
countries share stands for (pesos, rupees, crowns, the won, the rand's R and the naira's N).

>>> sign_and_currency("It paid US$3 and Rp 1,000.", 11, 0), sign_and_currency("It paid US$3 and Rp 1,000.", 20, 0)
((8, '', 'USD'), (17, '', 'IDR'))
>>> glued_sum("LAGOS - Petrol rose to N500.", "NGN", 23, 27), glued_sum("N95 masks sold out.", "NGN", 0, 3)
(True, False)
"""

from __future__ import annotations

import re

from ..lexicon.units import CENT_WORDS, CURRENCY_CODES, CURRENCY_SIGNS, UNIT_WORDS
from ..pattern_cache import compile_pattern, longest_first
from ..zone_lines import DATELINE_START

#: The ISO codes read before a sum: every code the lexicon names a currency by, and the signs' ('RMB' for the yuan).
_CODES_BEFORE = CURRENCY_CODES | {code.upper() for code in CURRENCY_SIGNS if len(code) == 3 and code.isalpha()}
# A currency sign or code just before a number (and its spaces): "$", "US$", "U.S.$", "HK$", "C$", "J$", "TT$",
# "FJ$", "c $" (tokenised text), "€ ", "Rs.", "Bt", "EUR ", "KSh ", "Sh" ('Sh13.2 million'), "KD ", "S/" (the sol).
CURRENCY_BEFORE = compile_pattern(
    r"(?:(?:US|U\.S\.|NZ|HK|AU|CA|NT|MX|TT|EC|BZ|FJ|BDS|SI|RD|[ACSRJFNGL])\$|(?:us|hk|nz|nt|u\.s\.?)[ \t]\$(?=[ \t])"
    r"|[cC][ \t]\$|GH[¢₵]|E£|[$€£¥₹₩₽₺₾₱₦₴₫₪฿₡₭₵₸₲֏]|Rs\.?|Rp\.?|Tk\.?|Bt\.?|Nu\.?|MK|Rf|Rwf|FRw|CFAF|FCFA"
    r"|BYN|Bs\.?|kr\.?|LE|S/\.?"
    r"|" + "|".join(sorted(_CODES_BEFORE)) + r"|[KUT]?Sh(?:s|\.)?|Dhs?|RM|KD|QR|JD|SR|RO)[ \t]{0,2}$|[RNKP]$")
# ('RM250 million', 'R15 billion', 'N500 billion': the rand's R and the naira's N glued to a sum, and only one with a
# scale or grouped thousands: see glued_sum)
_SYMBOLS = "$€£¥₹₩₽₺₾₱₦₴₫₪฿₡₭₵₸₲֏"
#: Last characters of a currency sign or code, to look for one only where it can end: "$", "USD", "Rs.".
_CURRENCY_LAST = frozenset(_SYMBOLS + ".sDRPYFBKLNWEGTFZhSMp¢krtufABCHIJOQUVX/")  # (and the last letter of every code)
#: Characters before a hyphen that make it part of a word or number, not a minus: "COVID-19", "62%-32%".
_NOT_BEFORE_SIGN = frozenset(".,/:'’@#&=^*%\\-−+")

#: Each place a cue pattern finds (lower case), to the currency it tells: 'manila' -> PHP (filled by
#: ``_country_cues``; a place tells one currency whatever the table: 'Seychelles' is SCR for rupees and for 'SR').
_CODES_BY_CUE: dict[str, str] = {}


def _country_cues(codes: dict[str, str]) -> re.Pattern[str]:
    """A pattern for the places in ``codes`` (as written, or in capitals: 'Manila', 'MANILA'), whose currencies
    ``by_country`` then reads from ``_CODES_BY_CUE``."""
    _CODES_BY_CUE.update((cue.lower(), code) for cue, code in codes.items())
    return compile_pattern(r"\b(" + "|".join(f"{cue}|{cue.upper()}" for cue in codes) + ")")


#: Whose peso a bare "pesos" is, by the place the story names last before it: "Colombia", "Chilean",
#: "BUENOS AIRES" (Mexico's when it names none).
_PESO_CODES = {"Mexic": "MXN", "Colombia": "COP", "Bogot": "COP", "Chile": "CLP", "Argentin": "ARS",
               "Buenos Aires": "ARS", "Philippin": "PHP", "Filipino": "PHP", "Manila": "PHP", "Urugua": "UYU",
               "Montevideo": "UYU", "Cuba": "CUP", "Havana": "CUP", "Dominican": "DOP", "Santo Domingo": "DOP"}
PESO_COUNTRY = _country_cues(_PESO_CODES)
#: Whose rupee "Rs 500" or "500 rupees" is: "ISLAMABAD (APP)", "Sri Lanka" (India's when none, or India named
#: last).
_RUPEE_CODES = {"India": "INR", "New Delhi": "INR", "Mumbai": "INR", "Pakistan": "PKR", "Islamabad": "PKR",
                "Karachi": "PKR", "Lahore": "PKR", "Rawalpindi": "PKR", "Peshawar": "PKR", "Sindh": "PKR",
                "Balochistan": "PKR", "Quetta": "PKR", "Faisalabad": "PKR", "Multan": "PKR", "Sri Lanka": "LKR",
                "Colombo": "LKR", "Nepal": "NPR", "Kathmandu": "NPR", "Mauritius": "MUR", "Port Louis": "MUR",
                "Seychelles": "SCR", "Victoria, Seychelles": "SCR"}
RUPEE_COUNTRY = _country_cues(_RUPEE_CODES)
#: The won, when the story names Korea: "It costs 500 won." (a bare "won" is read only after a scale elsewhere).
_WON_CODES = {"Korea": "KRW", "Seoul": "KRW"}
WON_COUNTRY = _country_cues(_WON_CODES)
#: Whose crown "kr 75", "75 kroner" or "75 crowns" is: "Copenhagen", "Norway", "Prague" (Sweden's for "kr" when
#: none is named, Norway's for "kroner", the word itself for "crowns").
_CROWN_CODES = {"Denmark": "DKK", "Danish": "DKK", "Copenhagen": "DKK", "Norw": "NOK", "Oslo": "NOK",
                "Sweden": "SEK", "Swedish": "SEK", "Stockholm": "SEK", "Iceland": "ISK", "Reykjav": "ISK",
                "Czech": "CZK", "Prague": "CZK", "Faroe": "DKK", "Faroese": "DKK", "Tórshavn": "DKK", "Torshavn": "DKK",
                "Greenland": "DKK", "Nuuk": "DKK"}
CROWN_COUNTRY = _country_cues(_CROWN_CODES)
#: Whose shilling "Sh 500" is: "Kampala", "Tanzania" (Kenya's when none is named).
_SHILLING_CODES = {"Kenya": "KES", "Nairobi": "KES", "Mombasa": "KES", "Uganda": "UGX", "Kampala": "UGX",
                   "Tanzania": "TZS", "Dar es Salaam": "TZS", "Dodoma": "TZS"}
SHILLING_COUNTRY = _country_cues(_SHILLING_CODES)
#: Whose franc "500 francs" is: "Swiss", "Geneva", "Senegal", "Kigali" (the word itself, a franc of old, when none is
#: named: "francs" in a Paris story of 1987).
_FRANC_CODES = {"Switzerland": "CHF", "Swiss": "CHF", "Zurich": "CHF", "Zürich": "CHF", "Geneva": "CHF", "Basel": "CHF",
                "Lausanne": "CHF", "CFA": "XOF", "Senegal": "XOF", "Dakar": "XOF", "Ivory Coast": "XOF",
                "Abidjan": "XOF", "Bamako": "XOF", "Burkina": "XOF", "Ouagadougou": "XOF", "Niamey": "XOF",
                "Cotonou": "XOF", "Togo": "XOF", "Lomé": "XOF", "Cameroon": "XAF", "Yaoundé": "XAF", "Douala": "XAF",
                "Gabon": "XAF", "Libreville": "XAF", "N'Djamena": "XAF", "Rwanda": "RWF", "Kigali": "RWF",
                "Burundi": "BIF", "Bujumbura": "BIF", "Conakry": "GNF", "Kinshasa": "CDF"}  # (capitals for the
# countries whose names start others' or people's: Niger, Mali, Chad, Benin, Guinea, Bern)
FRANC_COUNTRY = _country_cues(_FRANC_CODES)
#: Whose dinar "4.8 billion dinars" (and "2,300 DA", the Algerian's) is: "Tunisia", "ALGIERS" (the word itself when the
#: story names none).
_DINAR_CODES = {"Tunisia": "TND", "Tunis": "TND", "Sfax": "TND", "Algeria": "DZD", "Algiers": "DZD", "Oran": "DZD",
                "Constantine": "DZD", "Libya": "LYD", "Tripoli": "LYD", "Benghazi": "LYD", "Iraq": "IQD",
                "Baghdad": "IQD", "Basra": "IQD", "Erbil": "IQD", "Jordan": "JOD", "Amman": "JOD", "Kuwait": "KWD",
                "Bahrain": "BHD", "Manama": "BHD", "Serbia": "RSD", "Belgrade": "RSD"}
DINAR_COUNTRY = _country_cues(_DINAR_CODES)
#: Whose "DA" after a sum is: Algeria's dinar, only where the story names Algeria ('2,300 DA' in an Algiers story).
_DA_CODES = {cue: code for cue, code in _DINAR_CODES.items() if code == "DZD"}
DA_COUNTRY = _country_cues(_DA_CODES)
#: Whose rial "62 million rials" is: Oman's in a Muscat story (the word itself when the story names none).
_RIAL_CODES = {"Oman": "OMR", "Muscat": "OMR", "Salalah": "OMR", "Iran": "IRR", "Tehran": "IRR", "Yemen": "YER",
               "Sanaa": "YER", "Aden": "YER"}
RIAL_COUNTRY = _country_cues(_RIAL_CODES)
#: Whose escudo "86 million escudos" is: Cape Verde's in a Praia story (the word itself when the story names none).
_ESCUDO_CODES = {"Cape Verde": "CVE", "Cabo Verde": "CVE", "Praia": "CVE", "Mindelo": "CVE"}
ESCUDO_COUNTRY = _country_cues(_ESCUDO_CODES)
#: Whose rouble "2.40 roubles" is: Belarus's in a Minsk story (Russia's when the story names neither).
_ROUBLE_CODES = {"Belarus": "BYN", "Minsk": "BYN", "Russia": "RUB", "Moscow": "RUB"}
ROUBLE_COUNTRY = _country_cues(_ROUBLE_CODES)
#: Whose "Bs" before a sum is: Venezuela's bolívar in a Caracas story (Bolivia's boliviano when the story names
#: neither).
_BS_CODES = {"Venezuela": "VES", "Caracas": "VES", "Maracaibo": "VES", "Bolivia": "BOB", "La Paz": "BOB"}
BS_COUNTRY = _country_cues(_BS_CODES)
#: Whose CFA franc "2.3 billion CFA francs" or "CFAF 12,500" is: the central African one in "Cameroon", "Gabon" (the
#: west African one when the story names neither).
_CFA_CODES = {cue: code for cue, code in _FRANC_CODES.items() if code in ("XOF", "XAF") and cue != "CFA"} | {
    "Congo": "XAF", "Brazzaville": "XAF", "Chad": "XAF", "Equatorial Guinea": "XAF", "Malabo": "XAF", "Bangui": "XAF",
    "Central African": "XAF", "Senegalese": "XOF", "Ivorian": "XOF", "Malian": "XOF", "Niger": "XOF",
    "Benin": "XOF", "Guinea-Bissau": "XOF"}
CFA_COUNTRY = _country_cues(_CFA_CODES)
#: Whose dirham "500 dirhams" is: "Morocco", "RABAT" (the Emirates' when none is named).
_DIRHAM_CODES = {"Morocc": "MAD", "Rabat": "MAD", "Casablanca": "MAD", "Marrakesh": "MAD", "Marrakech": "MAD",
                 "Tangier": "MAD", "Fez": "MAD", "Emirat": "AED", "UAE": "AED", "Dubai": "AED", "Abu Dhabi": "AED",
                 "Sharjah": "AED"}
DIRHAM_COUNTRY = _country_cues(_DIRHAM_CODES)
# A crown named with its country, which later bare crowns in the story are: "Norwegian crowns", "Danish kroner".
CROWN_NAMED = compile_pattern(r"\b(Norwegian|Swedish|Danish|Icelandic|Czech)[ \t]+(?:crowns?|kroner|kronor|krona"
                              r"|krone)\b")
# A pound named with its country, which later bare pounds in the story are: "38 Egyptian pounds" (group 1).
POUND_NAMED = compile_pattern(r"\b(Egyptian|Lebanese|Syrian|Sudanese)[ \t]+pounds?\b")
#: The currencies several nations call by one word, each with how a story names the nation's and its code.
_NAMED_BY_NATION: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {
    "crown": (CROWN_NAMED, {"Norwegian": "NOK", "Swedish": "SEK", "Danish": "DKK", "Icelandic": "ISK",
                            "Czech": "CZK"}),
    "pound": (POUND_NAMED, {"Egyptian": "EGP", "Lebanese": "LBP", "Syrian": "SYP", "Sudanese": "SDG"}),
}


def named_by_nation(word: str, text: str, start: int) -> str | None:
    """The ``word`` ('crown', 'pound') the story named with its nation last before ``start``: NOK after '12.8 billion
    Norwegian crowns', which a place named since ('Poland, Denmark and France remained the largest buyers') does not
    change; EGP after '38 Egyptian pounds a kilo', for '29 pounds a year earlier'; None when it named none."""
    pattern, nations = _NAMED_BY_NATION[word]
    found = pattern.findall(text, max(0, start - _COUNTRY_CONTEXT), start)
    return nations[found[-1]] if found else None


#: Whose kwacha, kina or kyat a "K" glued to a sum or a bare "kwacha" is: "Lilongwe", "Zambia" (a "K" sum needs one
#: of them named; a bare "kwacha" is Zambia's when none is).
_K_CODES = {"Malawi": "MWK", "Lilongwe": "MWK", "Blantyre": "MWK", "Zambia": "ZMW", "Lusaka": "ZMW",
            "Copperbelt": "ZMW", "Kitwe": "ZMW", "Ndola": "ZMW", "Papua New Guinea": "PGK", "Port Moresby": "PGK",
            "Myanmar": "MMK", "Yangon": "MMK", "Naypyitaw": "MMK"}
K_COUNTRY = _country_cues(_K_CODES)
#: Whose "P" or "SR" glued to a sum is: Botswana's pula in a Gaborone story, the Philippine peso in a Manila one (as
#: Philippine papers write it: 'P2.1 billion'), Saudi Arabia's riyal in a Riyadh one (the Seychelles' rupee in a
#: Victoria one); no sum where none of them is named ('P5 nations', 'SR 520').
_P_CODES = {"Botswana": "BWP", "Gaborone": "BWP", "Francistown": "BWP", "Philippines": "PHP", "Philippine": "PHP",
            "Manila": "PHP", "Cebu": "PHP", "Davao": "PHP", "Quezon City": "PHP", "Filipino": "PHP"}
_SR_CODES = {"Saudi": "SAR", "Riyadh": "SAR", "Jeddah": "SAR", "Dammam": "SAR", "Mecca": "SAR", "Seychelles": "SCR"}
#: The signs whose currency the story's country tells, by the sign: "K", "P", "SR".
_SIGN_COUNTRIES = {"K": K_COUNTRY, "P": _country_cues(_P_CODES), "SR": _country_cues(_SR_CODES)}
#: The countries of the rand, the naira and the "K", "P" and "SR" currencies, which a sum glued to its sign with no
#: scale needs named before it: "R95" in a Johannesburg story, "N500" in a Lagos one, "K500" in a Lilongwe one.
_GLUED_SIGN_CODES = {"South Africa": "ZAR", "Johannesburg": "ZAR", "Cape Town": "ZAR", "Pretoria": "ZAR",
                     "Durban": "ZAR", "Nigeria": "NGN", "Lagos": "NGN", "Abuja": "NGN", "Kano": "NGN", **_K_CODES,
                     **_P_CODES, **_SR_CODES}
GLUED_SIGN_COUNTRY = _country_cues(_GLUED_SIGN_CODES)
#: The currencies a sign glued to a sum with no scale stands for only where glued_sum says so.
GLUED_SIGN_CURRENCIES = frozenset(_GLUED_SIGN_CODES.values())
#: How far back a place is looked for.
_COUNTRY_CONTEXT = 3000
# A thing a code like "N95" or "R2" names: "N95 masks", "the R2 road" (no sum, even in a Lagos story).
NAMED_BY_CODE = compile_pattern(r"[ \t-]+(?:masks?|respirators?|roads?|highway|motorway|expressway|route|bus|line)\b",
                                re.IGNORECASE)


# The first term of a split and the word joining it to the second, hyphenated: "14-of-" in "14-of-21 shooting",
# "6-for-" in "went 6-for-9".
SPLIT_JOIN_BEFORE = compile_pattern(r"[0-9]-(?:of|for)-$")
# The second term of a split and a stock split after it, which makes the terms a ratio of shares, not counts: "1
# reverse split" in "a 5-for-1 reverse split".
STOCK_SPLIT_AFTER = compile_pattern(r"[0-9]+[ \t]+(?:reverse[ \t]+)?(?:stock[ \t]+|share[ \t]+)?splits?\b",
                                    re.IGNORECASE)


def split_second_term(text: str, pos: int) -> bool:
    """Whether the digits at ``pos`` are the second term of a hyphenated split of counts: '21' in '14-of-21 shooting',
    '9' in 'went 6-for-9' (not '1' in 'a 5-for-1 reverse split')."""
    return SPLIT_JOIN_BEFORE.search(text, max(0, pos - 8), pos) is not None \
        and STOCK_SPLIT_AFTER.match(text, pos) is None


def sign_and_currency(text: str, pos: int, floor: int) -> tuple[int, str, str | None] | None:
    """Read backwards from the first digit: a sign ("-10C", "−5") and a currency sign ("$ 48", "US$3",
    "c $ 16.4"). None when a hyphen glues the number to a word ("F-35", "COVID-19"); the second share of a
    split is no negative number ("62%-32%"), nor a split's second term ("14-of-21")."""
    sign = ""
    if pos > floor and text[pos - 1] in "-−+":
        before = text[pos - 2] if pos - 1 > floor else " "
        if before == "%" and text[pos - 1] == "-":
            pass  # the second share of a split, no minus: '52%-48%'
        elif before == "r" and text.endswith(("near-", "Near-"), floor, pos):
            pass  # a qualifier glued on: 'a near-4 per cent drop'
        elif before in "rf" and split_second_term(text, pos):
            pass  # the second term of a shooting split: '14-of-21', '6-for-9'
        elif before.isalnum() or before in _NOT_BEFORE_SIGN or (not before.isascii() and _combining(before)):
            return None
        elif not (before in " \t" and pos - 2 > floor and text[pos - 3].isdigit()):  # not "40 -50": a range
            sign, pos = text[pos - 1], pos - 1
    last = pos - 1
    while last >= floor and last > pos - 3 and text[last] in " \t":
        last -= 1
    if last < floor or text[last] not in _CURRENCY_LAST:
        return pos, sign, None
    m = CURRENCY_BEFORE.search(text, max(floor, pos - 8), pos)
    if m is None or (m.start() > floor and text[m.start() - 1].isalnum()):
        symbol = text[last]  # "LLC $35,458": the sign alone
        return (last, sign, CURRENCY_SIGNS[symbol]) if symbol in _SYMBOLS else (pos, sign, None)
    code = m.group().strip()
    if code in _SIGN_COUNTRIES:  # a kwacha, a pula or a riyal, whose country the story names: 'K1.3 trillion' in a
        currency = by_country(text, m.start(), _SIGN_COUNTRIES[code], None)  # Lilongwe story (else no sum: 'K2',
        return (m.start(), sign, currency) if currency is not None else None  # 'the P5 nations', 'SR 520')
    return m.start(), sign, CURRENCY_SIGNS.get(" ".join(code.lower().split())) \
        or (code if code in CURRENCY_CODES else "USD")


def glued_sum(text: str, currency: str, first: int, end: int) -> bool:
    """Whether a number glued to the rand's R, the naira's N or a kwacha's K with no scale (``text[first:end]``) is a
    sum: it has grouped thousands ('N1,544'), or the story names the country before it and no code-named thing follows
    ('N500' in a Lagos story; never 'N95 masks' or 'the R2 road')."""
    if text[first] not in "RNKPS" or "," in text[first:end]:
        return True
    return by_country(text, first, GLUED_SIGN_COUNTRY, None) == currency and NAMED_BY_CODE.match(text, end) is None


def by_country(text: str, start: int, cues: re.Pattern[str], default: str | None) -> str | None:
    """The currency of the place ``cues`` finds last before ``start`` in its sentence ('Colombia will spend 1.2
    trillion pesos' -> COP), else of the place the story's dateline names ('PORT LOUIS - ... Many came from India.
    Each spent Rs 73,200' -> MUR), else of the place found last before it, else first after it (a headline's sum,
    then 'KAMPALA, Uganda'), else ``default``."""
    found = cues.findall(text, max(0, start - _COUNTRY_CONTEXT), start)
    if found:
        sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        if cues.search(text, sentence, start) is None and (home := _dateline_place(text, cues)) is not None:
            return _CODES_BY_CUE[home.lower()]
        return _CODES_BY_CUE[found[-1].lower()]
    after = cues.search(text, start, start + _COUNTRY_CONTEXT)
    return _CODES_BY_CUE[after.group(1).lower()] if after else default


#: Currency words several countries use: the places that tell whose, and the currency when the story names none
#: (None: the word is left as the unit).
_SHARED_WORDS: dict[str, tuple[re.Pattern[str], str | None]] = {
    **dict.fromkeys(("peso", "pesos"), (PESO_COUNTRY, "MXN")),
    **dict.fromkeys(("rupee", "rupees"), (RUPEE_COUNTRY, "INR")),
    **dict.fromkeys(("krone", "kroner"), (CROWN_COUNTRY, "NOK")),
    **dict.fromkeys(("crown", "crowns"), (CROWN_COUNTRY, None)),
    **dict.fromkeys(("shilling", "shillings"), (SHILLING_COUNTRY, None)),
    **dict.fromkeys(("franc", "francs"), (FRANC_COUNTRY, None)),
    **dict.fromkeys(("dirham", "dirhams"), (DIRHAM_COUNTRY, "AED")),
    "kwacha": (K_COUNTRY, "ZMW"),
    **dict.fromkeys(("cfa franc", "cfa francs"), (CFA_COUNTRY, "XOF")),
    **dict.fromkeys(("dinar", "dinars"), (DINAR_COUNTRY, None)),
    "da": (DA_COUNTRY, None),
    **dict.fromkeys(("rial", "rials"), (RIAL_COUNTRY, None)),
    **dict.fromkeys(("escudo", "escudos"), (ESCUDO_COUNTRY, None)),
    **dict.fromkeys(("rouble", "roubles", "ruble", "rubles"), (ROUBLE_COUNTRY, "RUB")),
}
SHARED_CURRENCY_WORDS = frozenset(_SHARED_WORDS)
#: Signs several countries use, by the code read for them and the sign's first letter: 'Rs', 'kr', 'Sh'.
_SHARED_SIGNS: dict[tuple[str, str], re.Pattern[str]] = {("INR", "R"): RUPEE_COUNTRY, ("SEK", "k"): CROWN_COUNTRY,
                                                         ("KES", "S"): SHILLING_COUNTRY, ("XOF", "C"): CFA_COUNTRY,
                                                         ("XOF", "F"): CFA_COUNTRY, ("BOB", "B"): BS_COUNTRY}


def _dateline_place(text: str, cues: re.Pattern[str]) -> str | None:
    """The place ``cues`` finds in the dateline opening the story's first lines: 'Port Louis' in 'PORT LOUIS
    (Defimedia) - Mauritius will add flights from Mumbai.'; None when no dateline names one."""
    at = 0
    for _ in range(_DATELINE_LINES):
        head = DATELINE_START.match(text, at)
        if head is not None and (place := cues.search(text, at, head.end())) is not None:
            return place.group(1)
        at = text.find("\n", at) + 1
        while 0 < at < len(text) and text[at] == "\n":
            at += 1
        if at <= 0:
            return None
    return None


#: How many lines from the top a dateline is looked for in (a title and a byline may stand before it).
_DATELINE_LINES = 4


def shared_word_currency(text: str, start: int, word: str) -> str | None:
    """Whose currency a word several countries use stands for at ``start``: '1.2 trillion pesos' after 'Colombia'
    -> COP; '8.9 billion crowns' after 'Norwegian crowns' -> NOK; None for 'two crowns' in a story naming none."""
    cues, default = _SHARED_WORDS[word]
    if word in ("crown", "crowns") and (named := named_by_nation("crown", text, start)) is not None:
        return named
    return by_country(text, start, cues, default)


def shared_sign_currency(text: str, start: int, currency: str) -> str:
    """Whose currency a sign several countries use stands for: 'Rs 500 million' in an Islamabad story -> PKR, 'kr 75'
    in a Copenhagen one -> DKK; ``currency`` (read from the sign) when the story names no such place."""
    cues = _SHARED_SIGNS.get((currency, text[start]))
    return (by_country(text, start, cues, currency) or currency) if cues is not None else currency


# The currency an exchange rate is quoted against, after the rate: " to the dollar" in "weakened past 19.2 to the
# dollar", " per euro", " against the U.S. dollar", " won per dollar" (the won, read only with a scale else).
EXCHANGE_RATE_AFTER = compile_pattern(r"(?:[ \t]+won)?[ \t]+(?:per|a|to[ \t]+the|against[ \t]+the)[ \t]+"
                                      r"(?:U\.S\.[ \t]+|US[ \t]+)?"
                                      r"(?P<against>dollar|euro|pound|yen|yuan|franc)\b")
#: The names of currencies (not their codes, nor their cents: 'per cent' names none), each to its code: 'rand' -> ZAR,
#: 'philippine peso' -> PHP.
_CURRENCY_NAMES = {word: code for word, (code, kind) in UNIT_WORDS.items()
                   if kind == "money" and len(word) > 2 and word.upper() not in CURRENCY_CODES
                   and word not in CENT_WORDS} | {"the won": "KRW"}  # ('The won averaged 1,384.5 per dollar': the won
# only after 'the', a verb's past tense else)
# A currency named before an exchange rate, in its sentence: "lira" in "The lira weakened past 34.9 to the dollar".
CURRENCY_NAMED = compile_pattern(r"\b(?:" + "|".join(re.escape(word).replace(r"\ ", r"[ \t]+")
                                                    for word in sorted(_CURRENCY_NAMES, key=longest_first)) + r")\b",
                                 re.IGNORECASE)
#: How far before an exchange rate the currency it is of is looked for.
_RATE_REACH = 160


def exchange_rate_currency(text: str, start: int, end: int) -> str | None:
    """The currency a bare number quoted against another is the rate of: TRY for '34.9' in 'The lira weakened past
    34.9 to the dollar', the one named last before it in its sentence (not the one it is quoted against).

    >>> exchange_rate_currency("The lira weakened past 34.9 to the dollar.", 23, 27)
    'TRY'
    """
    against = EXCHANGE_RATE_AFTER.match(text, end)
    if against is None:
        return None
    floor = max(0, start - _RATE_REACH)
    floor = max(floor, text.rfind(". ", floor, start) + 1, text.rfind("\n", floor, start) + 1)
    quoted = against.group("against")
    for m in reversed(list(CURRENCY_NAMED.finditer(text, floor, start))):
        word = " ".join(m.group().lower().split())
        if word.rstrip("s") == quoted or word.endswith(" " + quoted) or word.endswith(" " + quoted + "s"):
            continue  # (the currency quoted against, named before too: 'the dollar bought 34.9 lira')
        if word in SHARED_CURRENCY_WORDS:
            return shared_word_currency(text, m.start(), word)
        code = _CURRENCY_NAMES[word]
        return code if code.isupper() else None
    return None


def _combining(character: str) -> bool:
    """Whether a character is a combining mark (an accent typed after its letter: 'e\u0301')."""
    import unicodedata  # (only for characters past ASCII: most texts never load it)

    return unicodedata.combining(character) != 0
