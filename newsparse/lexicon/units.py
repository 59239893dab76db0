"""Units of money and measure: what follows or precedes a number, and the code newsparse reports.

>>> CURRENCY_WORDS["dlrs"], CURRENCY_SYMBOLS["€"], MEASURE_WORDS["kilometres"]
('USD', 'EUR', 'km')
"""

from __future__ import annotations

#: Currency signs before a number: "$2.5 billion", "€40", "US$ 3", "HK$10", "Rs 500".
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "c$": "CAD",
    "a$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL", "rs": "INR", "rs.": "INR", "₩": "KRW",
    "₽": "RUB", "₺": "TRY", "chf": "CHF", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
}
#: Currency words after a number: "31 mln dlrs", "40 euros", "H.K. dlrs", "five yuan", "10 stg".
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD", "u.s. dollars": "USD", "u.s. dlrs": "USD",
    "us dollars": "USD", "canadian dollars": "CAD", "canadian dlrs": "CAD", "australian dollars": "AUD",
    "australian dlrs": "AUD", "australian dlr": "AUD", "new zealand dollars": "NZD", "new zealand dlrs": "NZD",
    "hong kong dollars": "HKD", "h.k. dlrs": "HKD", "hk dlrs": "HKD", "singapore dollars": "SGD",
    "singapore dlrs": "SGD", "taiwan dollars": "TWD", "taiwan dlrs": "TWD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "stg": "GBP",
    "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "swiss francs": "CHF", "swiss franc": "CHF", "roubles": "RUB", "rubles": "RUB", "ruble": "RUB",
    "rouble": "RUB", "pesos": "MXN", "mexican pesos": "MXN", "won": "KRW", "rand": "ZAR", "lire": "ITL",
    "lira": "TRY", "pesetas": "ESP", "peseta": "ESP", "guilders": "NLG", "guilder": "NLG",
    "marks": "mark", "mark": "mark", "francs": "franc", "franc": "franc", "ecus": "ecu", "ecu": "ecu",
    "crowns": "crown", "kronor": "SEK", "krona": "SEK", "bitcoin": "BTC", "bitcoins": "BTC",
}
#: Cents: "25 cts", "50 cents" (money in hundredths of the currency).
CENT_WORDS: frozenset[str] = frozenset({"cts", "ct", "cents", "cent"})
#: Percent: "12%", "12 percent", "12 per cent", "7-3/8 pct", "3 percentage points".
PERCENT_WORDS: frozenset[str] = frozenset({"%", "percent", "per cent", "pct", "per-cent", "percentage points",
                                           "percentage point"})
#: Measures -> code: "5,000 miles", "130 gallons", "90 fahrenheit", "30 km/h", "200,000 bpd".
MEASURE_WORDS: dict[str, str] = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "cm": "cm", "centimetres": "cm",
    "centimeters": "cm", "mm": "mm", "millimetres": "mm", "millimeters": "mm", "mile": "mi", "miles": "mi",
    "mi": "mi", "yard": "yd", "yards": "yd", "foot": "ft", "feet": "ft", "ft": "ft", "inch": "in",
    "inches": "in", "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
    "gram": "g", "grams": "g", "g": "g", "mg": "mg", "milligrams": "mg", "lb": "lb", "lbs": "lb",
    "pound-mass": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz", "tonne": "t", "tonnes": "t",
    "metric tons": "t", "metric tonnes": "t", "ton": "ton", "tons": "ton", "litre": "l", "litres": "l",
    "liter": "l", "liters": "l", "ml": "ml", "millilitres": "ml", "milliliters": "ml", "gallon": "gal",
    "gallons": "gal", "gal": "gal", "barrel": "bbl", "barrels": "bbl", "bbl": "bbl", "bpd": "bbl/d",
    "barrels per day": "bbl/d", "barrels a day": "bbl/d", "b/d": "bbl/d", "acre": "acre", "acres": "acre",
    "hectare": "ha", "hectares": "ha", "ha": "ha", "sq km": "km2", "square kilometres": "km2",
    "square kilometers": "km2", "km2": "km2", "sq miles": "mi2", "square miles": "mi2", "sq mi": "mi2",
    "square metres": "m2", "square meters": "m2", "sq m": "m2", "km/h": "km/h", "kph": "km/h",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "mph": "mph", "miles per hour": "mph",
    "°c": "°C", "degrees celsius": "°C", "celsius": "°C", "degrees c": "°C", "°f": "°F",
    "degrees fahrenheit": "°F", "fahrenheit": "°F", "degrees f": "°F", "mw": "MW", "megawatts": "MW",
    "kw": "kW", "kilowatts": "kW", "gw": "GW", "gigawatts": "GW", "kwh": "kWh",
}
#: Durations -> code: "three years", "30 days", "a 10-year plan".
DURATION_WORDS: dict[str, str] = {
    "year": "years", "years": "years", "yr": "years", "yrs": "years", "month": "months", "months": "months",
    "mths": "months", "week": "weeks", "weeks": "weeks", "day": "days", "days": "days", "hour": "hours",
    "hours": "hours", "hrs": "hours", "minute": "minutes", "minutes": "minutes", "mins": "minutes",
    "second": "s", "seconds": "s", "decade": "decades", "decades": "decades",
}
