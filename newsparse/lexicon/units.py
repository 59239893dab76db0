"""Units of money and measure: the words and signs around a number, and the code newsparse reports.

>>> UNIT_WORDS["dlrs"], UNIT_WORDS["h.k. dlrs"], UNIT_WORDS["kilometres"], UNIT_WORDS["cubic feet"]
(('USD', 'money'), ('HKD', 'money'), ('km', 'measure'), ('ft3', 'measure'))
>>> CURRENCY_SIGNS["€"], CURRENCY_SIGNS["us$"], UNIT_WORDS["percentage points"]
('EUR', 'USD', ('percentage points', 'percent'))

Money is an ISO 4217 code; a currency with no code in use today is its word, singular (``franc``,
``mark``, ``ecu``). Measures are SI-like symbols (``km``, ``t`` for tonnes, ``bbl/d``), durations
``years``/``months``/``weeks``/``days``/``hours``/``minutes``/``s``.
"""

from __future__ import annotations

#: Currency signs and prefixes before (or right after) a number: "$2.5 billion", "€40", "US$ 3", "Rs 500", "100₾",
#: "Rp 1,000", "GH¢1.42", "N2.4 trillion" (the naira's N, glued to a sum), "Tk 12,500", "E£ 4.2 billion", "kr 75"
#: (a crown: whose, the story's country tells), "4.40 zł", "Nu 5.20" (ngultrum), "MK500 million" (Malawian kwacha),
#: "Sh13.2 million" and "KSh 400,000" (Kenyan shillings; "Sh" is Uganda's or Tanzania's in a story from there), "KD 24.5
#: billion" (Kuwaiti dinars), "QR50m", "JD5 million", "Dhs 400".
CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "us $": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "c$": "CAD", "c $": "CAD", "hk $": "HKD", "nz $": "NZD", "nt $": "TWD",
    "u.s $": "USD", "u.s. $": "USD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
    "r$": "BRL", "nt$": "TWD", "mx$": "MXN", "rs": "INR", "rs.": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
    "₾": "GEL", "₱": "PHP", "₦": "NGN", "₴": "UAH", "₫": "VND", "₪": "ILS", "฿": "THB", "元": "CNY", "₡": "CRC",
    "₭": "LAK", "ரூ": "LKR",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "cny": "CNY", "rmb": "CNY", "hkd": "HKD",
    "aud": "AUD", "cad": "CAD", "nzd": "NZD", "sgd": "SGD", "inr": "INR", "sek": "SEK", "nok": "NOK",
    "dkk": "DKK", "zar": "ZAR", "brl": "BRL", "mxn": "MXN", "rub": "RUB", "krw": "KRW",
    "aed": "AED", "sar": "SAR", "qar": "QAR", "kwd": "KWD", "egp": "EGP", "try": "TRY", "pln": "PLN", "czk": "CZK",
    "huf": "HUF", "ils": "ILS", "pkr": "PKR", "bdt": "BDT", "thb": "THB", "idr": "IDR", "myr": "MYR", "ngn": "NGN",
    "kes": "KES", "ksh": "KES", "dh": "AED", "rm": "MYR", "r": "ZAR", "rp": "IDR", "rp.": "IDR", "gh¢": "GHS",
    "gh₵": "GHS", "ghs": "GHS", "₵": "GHS", "n": "NGN", "tk": "BDT", "tk.": "BDT", "npr": "NPR", "vnd": "VND",
    "e£": "EGP", "le": "EGP", "kr": "SEK", "kr.": "SEK", "zł": "PLN", "kč": "CZK", "j$": "JMD", "tt$": "TTD",
    "ec$": "XCD", "bz$": "BZD", "sh": "KES", "shs": "KES", "sh.": "KES", "ush": "UGX", "tsh": "TZS", "kd": "KWD",
    "qr": "QAR", "jd": "JOD", "dhs": "AED", "mad": "MAD", "fj$": "FJD", "f$": "FJD", "n$": "NAD", "g$": "GYD",
    "l$": "LRD", "bds$": "BBD", "si$": "SBD", "bt": "THB", "bt.": "THB", "nu": "BTN", "nu.": "BTN", "mk": "MWK",
    "rf": "MVR", "rwf": "RWF", "frw": "RWF", "₸": "KZT", "₲": "PYG", "֏": "AMD", "cfaf": "XOF", "fcfa": "XOF",
    "byn": "BYN", "bs": "BOB", "bs.": "BOB", "ro": "OMR", "cve": "CVE", "mkd": "MKD", "kgs": "KGS",
    "dop": "DOP", "rd$": "DOP", "s/": "PEN", "s/.": "PEN",
}

_CURRENCY: dict[str, tuple[str, ...]] = {
    "USD": ("dollar", "dollars", "dlr", "dlrs", "u.s. dollar", "u.s. dollars", "u.s. dlr", "u.s. dlrs", "us dollar",
            "us dollars", "american dollars", "greenbacks", "bucks", "usd"),
    "CAD": ("canadian dollar", "canadian dollars", "canadian dlr", "canadian dlrs", "cad"),
    "AUD": ("australian dollar", "australian dollars", "australian dlr", "australian dlrs", "aud"),
    "NZD": ("new zealand dollar", "new zealand dollars", "new zealand dlrs", "n.z. dlrs", "nzd"),
    "HKD": ("hong kong dollar", "hong kong dollars", "hong kong dlrs", "h.k. dlrs", "h.k. dollars", "hk dlrs",
            "hk dollars", "hkd"),
    "SGD": ("singapore dollar", "singapore dollars", "singapore dlrs", "sgd"),
    "TWD": ("taiwan dollar", "taiwan dollars", "taiwan dlrs", "new taiwan dollars", "twd"),
    "FJD": ("fijian dollar", "fijian dollars", "fiji dollars", "fjd"),
    "JMD": ("jamaican dollar", "jamaican dollars", "jmd"),
    "TTD": ("trinidad and tobago dollars", "tt dollars", "ttd"),
    "XCD": ("eastern caribbean dollars", "ec dollars", "xcd"),
    "BZD": ("belize dollars", "bzd"),
    "NAD": ("namibian dollar", "namibian dollars", "nad"),
    "BSD": ("bahamian dollars", "bsd"),
    "BBD": ("barbados dollars", "barbadian dollars", "bbd"),
    "LRD": ("liberian dollars", "lrd"),
    "GYD": ("guyanese dollars", "guyana dollars", "gyd"),
    "SBD": ("solomon islands dollars", "sbd"),
    "BND": ("brunei dollars", "bnd"),
    "BTN": ("ngultrum", "ngultrums", "btn"),
    "MVR": ("rufiyaa", "mvr"),
    "MWK": ("malawian kwacha", "malawi kwacha", "mwk"),
    "RWF": ("rwandan franc", "rwandan francs", "rwf"),
    "EUR": ("euro", "euros", "eur"),
    "GBP": ("sterling", "stg", "pounds sterling", "pound sterling", "stg pounds", "gbp", "british pounds",
            "british pound"),
    "JPY": ("yen", "jpy", "japanese yen"),
    "CNY": ("yuan", "renminbi", "rmb", "cny", "chinese yuan"),
    "INR": ("rupee", "rupees", "indian rupees", "inr"),
    "PKR": ("pakistani rupees", "pakistan rupees", "pkr"),
    "LKR": ("sri lankan rupees", "lkr"),
    "CHF": ("swiss franc", "swiss francs", "chf"),
    "RUB": ("rouble", "roubles", "ruble", "rubles", "rub", "russian roubles", "russian rubles"),
    "BYN": ("belarusian roubles", "belarusian rubles", "belarusian rouble", "belarusian ruble", "byn"),
    "MXN": ("peso", "pesos", "mexican peso", "mexican pesos", "mxn"),
    "KRW": ("south korean won", "krw"),
    "ZAR": ("rand", "zar", "south african rand"),
    "CRC": ("colones", "costa rican colones", "costa rican colon"),
    "BRL": ("reais", "brazilian reais", "brl"),
    "TRY": ("lira", "liras", "turkish lira", "turkish liras"),
    "ITL": ("lire", "italian lire", "italian lira"),
    "ESP": ("peseta", "pesetas"),
    "NLG": ("guilder", "guilders", "dutch guilders"),
    "FIM": ("markka", "markkaa", "finnish markka", "finnish markkaa"),
    "SEK": ("krona", "kronor", "swedish crowns", "swedish kronor", "sek"),
    "NOK": ("norwegian crowns", "norwegian kroner", "norwegian krone", "nok", "krone", "kroner"),
    "DKK": ("danish crowns", "danish kroner", "danish krone", "dkk"),
    "GEL": ("lari",),
    "SAR": ("riyal", "riyals", "saudi riyal", "saudi riyals", "sar"),
    "AED": ("dirham", "dirhams", "uae dirhams", "emirati dirhams", "aed"),
    "MAD": ("moroccan dirham", "moroccan dirhams", "mad"),
    "ILS": ("shekel", "shekels", "new israeli shekels", "ils"),
    "THB": ("baht", "thai baht", "thb"),
    "MYR": ("ringgit", "malaysian ringgit", "malaysian dollars", "malaysian dlrs", "myr"),
    "IDR": ("rupiah", "indonesian rupiah", "idr"),
    "NGN": ("naira", "nigerian naira", "ngn"),
    "PHP": ("philippine peso", "philippine pesos", "php"),
    "ARS": ("argentine peso", "argentine pesos", "ars"),
    "CLP": ("chilean peso", "chilean pesos", "clp"),
    "COP": ("colombian peso", "colombian pesos", "cop"),
    "EGP": ("egyptian pound", "egyptian pounds", "egp"),
    "XOF": ("cfa francs", "cfa franc", "xof"),
    "PLN": ("zloty", "zlotys", "zlotych", "polish zlotys", "pln", "złoty", "złotys", "zł"),
    "KES": ("kenyan shilling", "kenyan shillings", "kenya shillings", "kenya shilling", "kes"),
    "CZK": ("koruna", "korunas", "czech crowns", "czech korunas", "czk", "kč"),
    "VND": ("dong", "vietnamese dong", "vnd"),
    "BDT": ("taka", "bangladeshi taka", "bdt"),
    "NPR": ("nepalese rupees", "nepali rupees", "npr"),
    "GHS": ("cedi", "cedis", "ghana cedis", "ghanaian cedis", "ghs"),
    "UGX": ("ugandan shillings", "ugandan shilling", "uganda shillings", "uganda shilling", "ugx"),
    "TZS": ("tanzanian shillings", "tanzanian shilling", "tanzania shillings", "tanzania shilling",
            "tzs"),
    "HUF": ("forint", "forints", "huf"),
    "UAH": ("hryvnia", "hryvnias", "uah"),
    "BTC": ("bitcoin", "bitcoins", "btc"),
    "ZMW": ("kwacha", "zambian kwacha", "zmw"),
    "ETB": ("birr", "ethiopian birr", "etb"),
    "BWP": ("pula", "botswana pula", "bwp"),
    "MZN": ("metical", "meticais", "mozambican meticais", "mzn"),
    "AOA": ("kwanza", "kwanzas", "angolan kwanzas", "aoa"),
    "KZT": ("tenge", "kazakh tenge", "kzt"),
    "RON": ("lei", "leu", "romanian lei", "ron"),
    "BGN": ("leva", "lev", "bulgarian leva", "bgn"),
    "MMK": ("kyat", "kyats", "mmk"),
    "KHR": ("riel", "riels", "khr"),
    "PEN": ("soles", "peruvian soles", "pen"),
    "PYG": ("guaranies", "guaraníes", "guaranis", "guaraní", "guarani", "pyg"),
    "GTQ": ("quetzales", "quetzals", "gtq"),
    "HNL": ("lempiras", "hnl"),
    "NIO": ("cordobas", "córdobas", "nio"),
    "LAK": ("kip", "lao kip", "lak"),
    "MNT": ("tugrik", "tugriks", "togrog", "mnt"),
    "ISK": ("krónur", "kronur", "króna", "icelandic krona", "icelandic kronur", "icelandic krónur", "isk"),
    "BOB": ("bolivianos", "boliviano"),
    "AMD": ("dram", "drams", "armenian drams", "amd"),
    "AZN": ("manat", "manats", "azerbaijani manat", "azn"),
    "TJS": ("somoni", "somonis", "tjs"),
    "AFN": ("afghani", "afghanis", "afn"),
    "GMD": ("dalasi", "dalasis", "gmd"),
    "SLE": ("leone", "leones", "sle"),
    "MGA": ("ariary", "mga"),
    "MRU": ("ouguiya", "ouguiyas", "mru"),
    "RSD": ("serbian dinars", "serbian dinar", "rsd"),
    "IQD": ("iraqi dinars", "iraqi dinar", "iqd"),
    "DZD": ("algerian dinars", "algerian dinar", "dzd"),
    "TND": ("tunisian dinars", "tunisian dinar", "tnd"),
    "IRR": ("iranian rials", "iranian rial", "irr"),
    "OMR": ("omani rials", "omani rial", "omr"),
    "UZS": ("soums", "soum", "uzbek soums", "uzs"),
    "CVE": ("cape verdean escudos", "cape verde escudos", "cve"),
    "MKD": ("denar", "denars", "macedonian denars", "mkd"),
    "KGS": ("som", "soms", "kyrgyz soms", "kgs"),
    "DOP": ("dominican pesos", "dominican peso", "dop"),
    "franc": ("franc", "francs", "french franc", "french francs", "belgian franc", "belgian francs"),
    "mark": ("marks", "german marks", "west german marks", "deutsche marks", "deutschemarks"),
    "ecu": ("ecu", "ecus", "european currency units"),
}
#: ISO 4217 codes read before a sum in capitals, as well as after it: "ETB 145", "LAK 18.4 trillion" (not in lower
#: case before or after: "all", "top", "pen" are words).
CURRENCY_CODES: frozenset[str] = frozenset(code for code in _CURRENCY if len(code) == 3 and code.isalpha()
                                           and code.isupper())
#: Cents: "25 cts", "50 cents", "20 pence", "59.4 US cents" (hundredths of the currency; the number is divided by 100).
CENT_WORDS: dict[str, str] = {"cts": "USD", "ct": "USD", "cents": "USD", "cent": "USD", "pence": "GBP",
                               "penny": "GBP", "us cents": "USD", "u.s. cents": "USD", "euro cents": "EUR",
                               "us cts": "USD", "u.s. cts": "USD"}
#: Currency words read only after a scale word: "1.5 trillion won" (not "39 won").
SCALED_ONLY_CURRENCY: dict[str, str] = {"won": "KRW"}

_PERCENT: dict[str, tuple[str, ...]] = {
    "percent": ("%", "percent", "per cent", "per-cent", "pct", "percentage", "pc"),
    "percentage points": ("percentage points", "percentage point", "percent points", "pct points", "pct pts",
                          "points percentage"),
    "basis points": ("basis points", "basis point", "basis pts", "bps", "bp"),
}

_LENGTHS: dict[str, tuple[str, ...]] = {
    "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
    "m": ("metre", "metres", "meter", "meters"),
    "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    "mi": ("mile", "miles", "mi"),
    "nmi": ("nautical mile", "nautical miles", "nmi"),
    "dm": ("dm", "decimetre", "decimetres", "decimeter", "decimeters"),
    "yd": ("yard", "yards", "yd", "yds", "yarder", "yarders"),  # ('a 48-yarder', a kick or a run)
    "ft": ("foot", "feet", "ft", "footer", "footers"),
    "in": ("inch", "inches"),
}
_MEASURES: dict[str, tuple[str, ...]] = {
    "kg": ("kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
    "g": ("gram", "grams", "gramme", "grammes"),
    "mg": ("mg", "milligram", "milligrams"),
    "µg": ("microgram", "micrograms", "microgramme", "microgrammes", "mcg", "µg", "μg"),
    "lb": ("lb", "lbs", "pound-mass"),
    "stone": ("stone",),  # British body weight, 14 lb: 'lost 820 stone'
    "cwt": ("hundredweight", "cwt"),  # a farm yield's weight: '512 hundredweight an acre'
    "GL": ("gigalitre", "gigalitres", "gigaliter", "gigaliters"),  # a dam's water: 'released 85 gigalitres'
    "ML": ("megalitre", "megalitres", "megaliter", "megaliters"),
    "oz": ("ounce", "ounces", "oz", "troy ounces", "troy ounce"),
    "t": ("tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"),
    "ton": ("ton", "tons", "short tons", "long tons"),
    "l": ("litre", "litres", "liter", "liters"),
    "ml": ("ml", "millilitre", "millilitres", "milliliter", "milliliters"),
    "cl": ("cl", "centilitre", "centilitres", "centiliter", "centiliters"),
    "gal": ("gallon", "gallons", "gal"),
    "bbl": ("barrel", "barrels", "bbl", "bbls"),
    "bbl/d": ("bpd", "b/d", "bbl/d", "barrels per day", "barrels a day", "barrel per day", "barrels of oil a day",
              "barrels of oil per day"),
    "acre": ("acre", "acres"),
    "ha": ("hectare", "hectares", "ha"),
    "rai": ("rai",),  # the land measures of countries the story is from, given as written: '650,000 rai'
    "bigha": ("bigha", "bighas"),
    "feddan": ("feddan", "feddans"),
    "dunam": ("dunam", "dunams", "dunum", "dunums"),
    "km/h": ("km/h", "kmh", "kph", "kmph", "km/hr", "kilometres per hour", "kilometers per hour", "kilometres an hour",
             "kilometers an hour", "km per hour", "km an hour", "kilometre per hour", "kilometer per hour"),
    "mph": ("mph", "miles per hour", "miles an hour", "mile per hour", "mile an hour"),
    "°C": ("°c", "℃", "celsius", "celcius", "centigrade"),
    "°F": ("°f", "℉", "fahrenheit", "farenheit"),
    "K": ("kelvin", "kelvins"),
    "MW": ("mw", "megawatt", "megawatts"),
    "GW": ("gw", "gigawatt", "gigawatts"),
    "kW": ("kw", "kilowatt", "kilowatts"),
    "kWh": ("kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hours"),
    "TWh": ("twh", "terawatt-hours", "terawatt hours"),
    "MWh": ("mwh", "megawatt-hour", "megawatt-hours", "megawatt hours"),
    "GWh": ("gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hours"),
    "W": ("watt", "watts"),
    "mAh": ("mah",),
    "Hz": ("hz", "hertz"), "kHz": ("khz", "kilohertz"), "MHz": ("mhz", "megahertz"), "GHz": ("ghz", "gigahertz"),
    "MB": ("mb", "megabyte", "megabytes"), "GB": ("gb", "gigabyte", "gigabytes"), "TB": ("tb", "terabyte", "terabytes"),
    "TEU": ("teu", "teus", "twenty-foot equivalent units"),
    "t/ha": ("t/ha",),  # (written out, a yield is its tonnes: '2.8 tonnes a hectare' -> t, as a price per unit is
    # its money; so are bushels and quintals, '211 bushels an acre' -> bushels, and a flow of gas, '38.5 million cubic
    # metres a day' -> m3)
    "m/s": ("m/s", "metres per second", "meters per second", "metre per second", "meter per second",
            "metres a second", "meters a second"),
    "mmol/L": ("mmol/l", "mmol per litre", "millimoles per litre", "millimoles per liter"),
    "cm/s": ("cm/s", "centimetres per second", "centimeters per second", "centimetres a second",
             "centimeters a second"),
    "mm/h": ("mm/h", "mm/hr", "millimetres per hour", "millimeters per hour", "millimetres an hour",
             "millimeters an hour", "mm an hour", "mm per hour"),
    "km/s": ("km/s", "kilometres per second", "kilometers per second", "km per second", "kilometres a second",
             "kilometers a second"),
    # an airline's or a railway's traffic, a passenger or a tonne carried one kilometre, given as written: '9.87
    # billion available seat kilometres', '612 million freight tonne kilometres'
    "ASK": ("available seat kilometres", "available seat kilometers", "available seat-kilometres",
            "available seat-kilometers", "seat kilometres", "seat kilometers", "seat-kilometres", "seat-kilometers"),
    "RPK": ("revenue passenger kilometres", "revenue passenger kilometers", "revenue passenger-kilometres",
            "revenue passenger-kilometers", "passenger kilometres", "passenger kilometers", "passenger-kilometres",
            "passenger-kilometers", "passenger miles", "passenger-miles", "revenue passenger miles"),
    "tkm": ("freight tonne kilometres", "freight tonne kilometers", "tonne kilometres", "tonne kilometers",
            "tonne-kilometres", "tonne-kilometers", "ton-miles", "ton miles"),
    "bu/acre": ("bu/acre",),
    "q/ha": ("q/ha",),
    "psi": ("psi", "pounds per square inch"),
    "mg/dL": ("mg/dl", "milligrams per decilitre", "milligrams per deciliter"),
    "acre-ft": ("acre-feet", "acre-foot", "acre feet", "acre foot"),
    "light-years": ("light-year", "light-years", "light year", "light years"),
}
_DURATIONS: dict[str, tuple[str, ...]] = {
    "years": ("year", "years", "yr", "yrs"),
    "months": ("month", "months", "mths"),
    "weeks": ("week", "weeks", "wk", "wks"),
    "days": ("day", "days"),
    "hours": ("hour", "hours", "hr", "hrs"),
    "minutes": ("minute", "minutes", "min", "mins"),
    "s": ("second", "seconds", "sec", "secs"),
    "decades": ("decade", "decades"),
    "centuries": ("century", "centuries"),
}


def _powers() -> dict[str, str]:
    """Areas and volumes from lengths: "square miles", "sq km", "cubic feet", "km cubed", "km^3", "m²"."""
    words: dict[str, str] = {}
    for code, names in _LENGTHS.items():
        base = (*names, code)
        for power, prefixes, suffixes in (
            ("2", ("square", "sq", "sq."), ("squared", "^2", "²", "2")),
            ("3", ("cubic", "cu", "cu."), ("cubed", "^3", "³", "3")),
        ):
            for name in base:
                for prefix in prefixes:
                    words[f"{prefix} {name}"] = code + power
                for suffix in suffixes:
                    joined = f"{name}{suffix}" if suffix[0] in "^²³23" else f"{name} {suffix}"
                    if suffix != power or name == code:  # "km2", "m3"; not "miles2"
                        words[joined] = code + power
    return words


def _temperatures() -> dict[str, str]:
    """"degrees Celsius", "deg celsius", "degree fahrenheit", "degrees F", "° C", "degrees Kelvin"."""
    words: dict[str, str] = {}
    for code, names in (("°C", ("celsius", "celcius", "centigrade", "c")), ("°F", ("fahrenheit", "farenheit", "f")),
                        ("K", ("kelvin",))):
        for name in names:
            for degree in ("degrees", "degree", "deg", "deg.", "°"):
                words[f"{degree} {name}"] = code
    return words


#: Every unit word or phrase after a number (lower case) -> (code, kind): "31 mln dlrs", "12 per cent",
#: "5,000 miles", "three years", "558.1 billion cubic feet".
UNIT_WORDS: dict[str, tuple[str, str]] = {}
for _table, _kind in ((_CURRENCY, "money"), (_PERCENT, "percent"), (_LENGTHS, "measure"), (_MEASURES, "measure"),
                      (_DURATIONS, "duration")):
    for _code, _names in _table.items():
        for _name in _names:
            UNIT_WORDS[_name] = (_code, _kind)
for _name, _code in {**_powers(), **_temperatures()}.items():
    UNIT_WORDS[_name] = (_code, "measure")
for _name, _code in CENT_WORDS.items():
    UNIT_WORDS[_name] = (_code, "money")

#: "pounds": sterling or weight, told apart by the sentence (see figure_units).
AMBIGUOUS_POUNDS: frozenset[str] = frozenset({"pound", "pounds"})
#: Units written right after the digits, case as written: "4.2km", "7.62mm", "-10C", "100kg", "5pc".
ATTACHED_UNITS: dict[str, tuple[str, str]] = {
    "km": ("km", "measure"), "cm": ("cm", "measure"), "mm": ("mm", "measure"), "kg": ("kg", "measure"),
    "mg": ("mg", "measure"), "lb": ("lb", "measure"), "lbs": ("lb", "measure"), "ft": ("ft", "measure"),
    "mph": ("mph", "measure"), "kph": ("km/h", "measure"), "kmph": ("km/h", "measure"), "in": ("in", "measure"),
    "km/h": ("km/h", "measure"), "ml": ("ml", "measure"), "cl": ("cl", "measure"),
    "C": ("°C", "measure"), "F": ("°F", "measure"), "°C": ("°C", "measure"), "°F": ("°F", "measure"),
    "MW": ("MW", "measure"), "GW": ("GW", "measure"), "kW": ("kW", "measure"), "kWh": ("kWh", "measure"),
    "pc": ("percent", "percent"), "p": ("GBP", "money"), "bpd": ("bbl/d", "measure"), "yrs": ("years", "duration"),
    "hrs": ("hours", "duration"), "hr": ("hours", "duration"), "g": ("g", "measure"), "oz": ("oz", "measure"),
    "mcg": ("mcg", "measure"),
    "ha": ("ha", "measure"), "kmh": ("km/h", "measure"), "mins": ("minutes", "duration"),
    "min": ("minutes", "duration"), "bp": ("points", "count"), "bps": ("points", "count"),
    "GB": ("GB", "measure"), "TB": ("TB", "measure"), "MB": ("MB", "measure"), "Hz": ("Hz", "measure"),
    "kHz": ("kHz", "measure"), "MHz": ("MHz", "measure"), "GHz": ("GHz", "measure"), "mAh": ("mAh", "measure"),
    "W": ("W", "measure"), "MWh": ("MWh", "measure"), "GWh": ("GWh", "measure"), "TWh": ("TWh", "measure"),
    "st": ("stone", "measure"),  # '11st 6lb' (read only where no ordinal can be: not '21st')
    "TEU": ("TEU", "measure"), "sec": ("s", "duration"), "secs": ("s", "duration"), "s": ("s", "duration"),
}
#: Words that make an attached or spaced "m" metres rather than millions: "1.8m tall", "the 100m sprint".
METRE_CONTEXT: frozenset[str] = frozenset({
    "tall", "high", "long", "wide", "deep", "away", "above", "below", "across", "sprint", "hurdles", "race",
    "freestyle", "backstroke", "breaststroke", "butterfly", "relay", "dash", "run", "metres", "meters", "individual",
    "medley", "im", "steeplechase",
    "final", "finals", "heat", "heats", "semifinal", "semi-final", "title", "record", "medal", "champion",
    "hurdler", "runner", "swimmer",
    "barrier", "wall", "stretch", "section", "tunnel", "bridge", "pier", "walkway", "boardwalk", "embankment",
    "seawall", "levee", "dyke", "dike", "fence", "runway", "track", "pipeline", "span", "radius", "perimeter",
    "strip", "cliff", "drop", "tower", "mast", "spire", "yacht", "hull", "pool",
})
#: Words right before a glued "m" that make it metres: "He cleared 4.72m", "threw 68.4m".
METRE_BEFORE: frozenset[str] = frozenset({"cleared", "jumped", "leapt", "leaped", "threw", "hurled", "vaulted",
                                          "measuring", "measured"})
#: Race distances a glued "m" after "the" names: "won the 400m", "the 1500m" (never 400 million).
RACE_METRES: frozenset[int] = frozenset({60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
#: Length units that also take "high/long/wide" after them in compound adjectives ("a 776-foot airship").
LENGTH_CODES: frozenset[str] = frozenset(_LENGTHS)
#: The measures given by their code, whatever words the story uses ('12 kilometres' -> km): the ones news annotation
#: names a code for, and the areas, volumes and speeds built as those are ('square feet' -> ft2 as 'sq mi' -> mi2,
#: 'metres per second' -> m/s as km/h). Any other measure is given as the story writes it ('12 hectares' ->
#: hectares, '12 ha' -> ha, '40 megawatts' -> megawatts), as a counted noun is.
CODED_MEASURES: frozenset[str] = frozenset("""km m cm mm dm mi yd ft in kg g mg µg lb oz t ton l ml cl gal bbl bbl/d
    acre m2 km2 mi2 km3 cm3 ft3 °C °F K km/h mph stone
    ft2 yd2 in2 mm2 cm2 dm2 nmi2 m3 yd3 in3 mm3 dm3 mi3 nmi3 m/s km/s cm/s mm/h""".split())
