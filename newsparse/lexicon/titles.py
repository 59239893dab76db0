"""Honorifics, ranks and office titles that stand before a name, and abbreviations that end in a period.

>>> "gen" in NAME_TITLES, "sen" in NAME_TITLES, "u.s" in ABBREVIATIONS
(True, True, True)
"""

from __future__ import annotations

#: Titles written before a name, lower case without the period: "Gen. Jonathan Vance",
#: "Sen. Ted Cruz", "President Donald Trump", "Mr. Smith", "Secretary of State John Kerry".
NAME_TITLES: frozenset[str] = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady rev fr sr gen lt col maj capt cpl sgt adm cmdr brig
    gov sen rep reps sens atty supt insp det president vice premier chancellor minister secretary
    senator congressman congresswoman representative governor mayor judge justice ambassador general
    colonel major captain admiral lieutenant sergeant commander chief chairman chairwoman chairperson director
    professor doctor father bishop archbishop cardinal pope rabbi imam sheikh king queen prince
    princess emperor speaker leader councilman councilwoman alderman sheriff commissioner attorney
    councilor councillor alderwoman assemblyman assemblywoman assemblymember councilmember trustee supervisor selectman
    executive officer
    cr cllr taoiseach tanaiste tánaiste cdre commodore cdr rear-adm vice-adm rear-admiral vice-admiral lt-gen
    maj-gen brig-gen lt-col comrade alhaji alhaja hon honourable honorable engr pastor prophet datuk dato datin
    tun puan encik seri rt revd treasurer undersecretary acp dcp asp ssp scp sp dsp csp cp aig dig igp inspector
    superintendent constable garda madam mdm madame mme
    smt shri sri shrimati kumari elder mec freeholder del marshal haji hajjah hajah ald amb spc pfc pvt
    collector magistrate tehsildar sarpanch ato woizero weizero weizerit ratu adi kaumātua kaumatua kuia
    """.split()
)

#: Letters after a name that are no part of it: "Jonathan Crewe KC", "Anna Reyes MP", "Tom Lind OBE".
POST_NOMINALS: frozenset[str] = frozenset("kc qc mp msp mla mep mbe obe cbe kbe dbe phd esq bl sc td".split())

#: Abbreviations whose period does not end a sentence ("Mr. Smith", "the U.S. Army", "Jan. 8").
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cpl sgt adm cmdr brig gov sen rep reps sens
    atty supt insp det rev fr no nos vs etc inc corp ltd co bros dept univ assn est approx jan feb
    mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n
    e.u u.s.a d.c n.y l.a a.m p.m i.e e.g ph.d ala ariz ark calif colo conn del fla ga ill ind kan
    kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ald amb spc pfc pvt
    hon cllr engr revd rt smt cdr cdre mdm mme rs ksh shs
    """.split()
)

#: Titles archived newspapers capitalise alone after "the", a role and no name: "the Governor said he would sleep".
CAPITALISED_TITLES: frozenset[str] = frozenset("""
    governor president mayor senator judge justice chancellor minister secretary premier speaker commissioner
    sheriff ambassador congressman congresswoman councilman councilwoman
    """.split())
#: Roles written as initials, a description after 'the' and no name: 'the three-term MLA', 'the MP', 'the CEO'.
ROLE_ACRONYMS: frozenset[str] = frozenset({"MLA", "MP", "MPP", "MSP", "MS", "TD", "MEP", "MCA", "MK", "CEO", "CFO",
                                           "COO", "CTO", "CS", "MD", "MEC"})
#: Words of the portfolios ministers hold, which stand between a title and the name in 'Minister for Transport Ann
#: Lee', 'Senior Minister of State for Home Affairs Tom Reed', 'Secretary for Health and Social Care Ann Lee'.
PORTFOLIO_WORDS: frozenset[str] = frozenset("""
    transport health finance education defence defense justice trade industry manpower labour labor communications
    information environment energy agriculture culture sport sports tourism housing home foreign affairs interior
    development social care women children youth family welfare employment economy economic planning works
    infrastructure immigration security fisheries forestry water resources mines mining land lands local government
    national and the of
    """.split())
