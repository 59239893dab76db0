"""What a sports or foreign desk calls a person by their country: "the Ukrainian", "the Spaniard", "the Scot",
and the words that tie a person to that country where they are named ("Ukraine's Kateryna Bondar", "Carlos
Ruiz of Spain", "Kateryna Bondar (UKR)").

>>> "spaniard" in DEMONYMS, COUNTRY_DEMONYMS["spain"], COUNTRY_DEMONYMS["france"]
(True, ('spaniard',), ('frenchman', 'frenchwoman'))
"""

from __future__ import annotations

#: Each demonym a person is called by, with the words (lower case) that name its country: the country, its
#: adjective, and its three-letter sports code (IOC/FIFA), as "(UKR)" after an athlete's name.
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "ukrainian": ("ukraine", "ukrainian", "ukr"),
    "spaniard": ("spain", "spanish", "esp"),
    "portuguese": ("portugal", "portuguese", "por"),
    "frenchman": ("france", "french", "fra"),
    "frenchwoman": ("france", "french", "fra"),
    "german": ("germany", "german", "ger"),
    "italian": ("italy", "italian", "ita"),
    "dutchman": ("netherlands", "dutch", "holland", "ned"),
    "dutchwoman": ("netherlands", "dutch", "holland", "ned"),
    "belgian": ("belgium", "belgian", "bel"),
    "swiss": ("switzerland", "swiss", "sui"),
    "austrian": ("austria", "austrian", "aut"),
    "serb": ("serbia", "serbian", "srb"),
    "croat": ("croatia", "croatian", "cro"),
    "pole": ("poland", "polish", "pol"),
    "czech": ("czechia", "czech", "cze"),
    "russian": ("russia", "russian", "rus"),
    "norwegian": ("norway", "norwegian", "nor"),
    "swede": ("sweden", "swedish", "swe"),
    "dane": ("denmark", "danish", "den"),
    "finn": ("finland", "finnish", "fin"),
    "greek": ("greece", "greek", "gre"),
    "turk": ("turkey", "turkish", "türkiye", "tur"),
    "scot": ("scotland", "scottish", "sco"),
    "welshman": ("wales", "welsh", "wal"),
    "irishman": ("ireland", "irish", "irl"),
    "englishman": ("england", "english", "eng"),
    "briton": ("britain", "british", "gbr"),
    "american": ("american", "usa"),
    "canadian": ("canada", "canadian", "can"),
    "australian": ("australia", "australian", "aus"),
    "argentine": ("argentina", "argentine", "argentinian", "arg"),
    "argentinian": ("argentina", "argentine", "argentinian", "arg"),
    "brazilian": ("brazil", "brazilian", "bra"),
    "chilean": ("chile", "chilean", "chi"),
    "colombian": ("colombia", "colombian", "col"),
    "mexican": ("mexico", "mexican", "mex"),
    "uruguayan": ("uruguay", "uruguayan", "uru"),
    "japanese": ("japan", "japanese", "jpn"),
    "chinese": ("china", "chinese", "chn"),
    "korean": ("korea", "korean", "kor"),
    "indian": ("india", "indian", "ind"),
    "kenyan": ("kenya", "kenyan", "ken"),
    "nigerian": ("nigeria", "nigerian", "ngr"),
    "ghanaian": ("ghana", "ghanaian", "gha"),
    "ethiopian": ("ethiopia", "ethiopian", "eth"),
    "moroccan": ("morocco", "moroccan", "mar"),
    "egyptian": ("egypt", "egyptian", "egy"),
    "jamaican": ("jamaica", "jamaican", "jam"),
    "kazakh": ("kazakhstan", "kazakh", "kaz"),
    "belarusian": ("belarus", "belarusian", "blr"),
    "romanian": ("romania", "romanian", "rou"),
    "bulgarian": ("bulgaria", "bulgarian", "bul"),
    "hungarian": ("hungary", "hungarian", "hun"),
    "slovak": ("slovakia", "slovak", "svk"),
    "slovenian": ("slovenia", "slovenian", "slo"),
    "georgian": ("georgia", "georgian", "geo"),
    "israeli": ("israel", "israeli", "isr"),
    "iranian": ("iran", "iranian", "iri"),
    "senegalese": ("senegal", "senegalese", "sen"),
    "cameroonian": ("cameroon", "cameroonian", "cmr"),
    "algerian": ("algeria", "algerian", "alg"),
    "tunisian": ("tunisia", "tunisian", "tun"),
    "ivorian": ("ivory coast", "ivorian", "civ"),
    "kiwi": ("new zealand", "nzl"),
    "south african": ("south africa", "south african", "rsa"),
}
#: The demonyms a person may be called by: 'the Spaniard', 'the Ukrainian'.
DEMONYMS: frozenset[str] = frozenset(demonym for demonym in _COUNTRIES if " " not in demonym)
#: Each word naming a country (lower case), to the demonyms its people go by: "spain" -> ("spaniard",).
COUNTRY_DEMONYMS: dict[str, tuple[str, ...]] = {}
for _demonym, _words in _COUNTRIES.items():
    for _word in _words:
        COUNTRY_DEMONYMS[_word] = (*COUNTRY_DEMONYMS.get(_word, ()), _demonym)
