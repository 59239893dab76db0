"""Words that attribute speech: verbs, role nouns and pronouns.

>>> "insisted" in SPEECH_VERBS, "spokeswoman" in ROLE_NOUNS, PRONOUN_GENDER["she"]
(True, True, 'female')
"""

from __future__ import annotations

#: Verbs that introduce or close reported speech, in every form news copy uses
#: ("said", "says", "saying", "told", "tweeted", "wrote in a statement").
_VERB_STEMS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "ask": ("ask", "asks", "asked", "asking"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "rule": ("ruled",),  # ('"The objection is overruled," the judge ruled.'; not 'rules', 'ruling': nouns as often)
    "state": ("state", "states", "stated", "stating"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "note": ("note", "notes", "noted", "noting"),
    "observe": ("observe", "observes", "observed", "observing"),
    "remark": ("remark", "remarks", "remarked", "remarking"),
    "venture": ("ventured", "ventures"),  # ('"Was it the best?" a reporter ventured.'; not 'a venture')
    "reply": ("reply", "replies", "replied", "replying"),
    "respond": ("respond", "responds", "responded", "responding"),
    "react": ("react", "reacts", "reacted", "reacting"),
    "answer": ("answer", "answers", "answered", "answering"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "continue": ("continue", "continues", "continued", "continuing"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "promise": ("promise", "promises", "promised", "promising"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "pledge": ("pledge", "pledges", "pledged", "pledging"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "deny": ("deny", "denies", "denied", "denying"),
    "contend": ("contend", "contends", "contended", "contending"),
    "counter": ("counter", "counters", "countered", "countering"),
    "retort": ("retort", "retorts", "retorted", "retorting"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "joke": ("joke", "jokes", "joked", "joking"),
    "shout": ("shout", "shouts", "shouted", "shouting"),
    "yell": ("yell", "yells", "yelled", "yelling"),
    "bellow": ("bellow", "bellows", "bellowed", "bellowing"),
    "holler": ("holler", "hollers", "hollered", "hollering"),
    "roar": ("roar", "roars", "roared", "roaring"),
    "bark": ("bark", "barks", "barked", "barking"),
    "growl": ("growl", "growls", "growled", "growling"),
    "murmur": ("murmur", "murmurs", "murmured", "murmuring"),
    "mumble": ("mumble", "mumbles", "mumbled", "mumbling"),
    "stammer": ("stammer", "stammers", "stammered", "stammering"),
    "sob": ("sob", "sobs", "sobbed", "sobbing"),
    "scream": ("scream", "screams", "screamed", "screaming"),
    "whisper": ("whisper", "whispers", "whispered", "whispering"),
    "mutter": ("mutter", "mutters", "muttered", "muttering"),
    "cry": ("cry", "cries", "cried", "crying"),
    "exclaim": ("exclaim", "exclaims", "exclaimed", "exclaiming"),
    "proclaim": ("proclaim", "proclaims", "proclaimed", "proclaiming"),
    "boast": ("boast", "boasts", "boasted", "boasting"),
    "brag": ("brag", "brags", "bragged", "bragging"),
    "caution": ("caution", "cautions", "cautioned", "cautioning"),
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises",
                  "emphasised", "emphasising"),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "maintain": ("maintain", "maintains", "maintained", "maintaining"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "repeat": ("repeat", "repeats", "repeated", "repeating"),
    "conclude": ("conclude", "concludes", "concluded", "concluding"),
    "indicate": ("indicate", "indicates", "indicated", "indicating"),  # (translated wire copy: 'X indicó')
    "specify": ("specify", "specifies", "specified", "specifying"),
    "begin": ("begin", "begins", "began", "beginning"),
    "report": ("report", "reports", "reported", "reporting"),
    "quote": ("quote", "quotes", "quoted", "quoting"),
    "describe": ("describe", "describes", "described", "describing"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "accuse": ("accuse", "accuses", "accused", "accusing"),
    "urge": ("urge", "urges", "urged", "urging"),
    "demand": ("demand", "demands", "demanded", "demanding"),
    "plead": ("plead", "pleads", "pleaded", "pled", "pleading"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "tout": ("tout", "touts", "touted", "touting"),
    "lament": ("lament", "laments", "lamented", "lamenting"),
    "muse": ("muse", "muses", "mused", "musing"),
    "wonder": ("wonder", "wonders", "wondered", "wondering"),
    "scoff": ("scoff", "scoffs", "scoffed", "scoffing"),
    "snap": ("snap", "snaps", "snapped", "snapping"),
    "fume": ("fume", "fumes", "fumed", "fuming"),
    "sigh": ("sigh", "sighs", "sighed", "sighing"),
    "laugh": ("laugh", "laughs", "laughed", "laughing"),
    "chant": ("chant", "chants", "chanted", "chanting"),
    "post": ("post", "posts", "posted", "posting"),
    "recount": ("recount", "recounts", "recounted", "recounting"),
    "point out": ("point", "points", "pointed", "pointing"),
    "go on": ("went", "goes"),
    "thunder": ("thunder", "thunders", "thundered", "thundering"),
    "interject": ("interject", "interjects", "interjected", "interjecting"),
    "interrupt": ("interrupt", "interrupts", "interrupted", "interrupting"),
    "counsel": ("counsels", "counseled", "counselled", "counseling"),  # (not "counsel": a lawyer as often)
    "agree": ("agree", "agrees", "agreed", "agreeing"),
    "disagree": ("disagree", "disagrees", "disagreed", "disagreeing"),
    "estimate": ("estimate", "estimates", "estimated", "estimating"),
    "reason": ("reason", "reasons", "reasoned", "reasoning"),
    "posit": ("posit", "posits", "posited", "positing"),
    "tease": ("tease", "teases", "teased", "teasing"),
    "mock": ("mock", "mocks", "mocked", "mocking"),
    "blast": ("blast", "blasts", "blasted", "blasting"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "fire back": ("fired", "fires"),
    "hit back": ("hit", "hits"),
    "rail": ("rail", "rails", "railed", "railing"),
    "press": ("press", "presses", "pressed", "pressing"),
    "riff": ("riff", "riffs", "riffed", "riffing"),
    "chide": ("chide", "chides", "chided", "chiding"),
    "scold": ("scold", "scolds", "scolded", "scolding"),
    "mention": ("mention", "mentions", "mentioned", "mentioning"),
    "opine": ("opine", "opines", "opined", "opining"),
    "elaborate": ("elaborate", "elaborates", "elaborated", "elaborating"),
    "clarify": ("clarify", "clarifies", "clarified", "clarifying"),
    "rebut": ("rebut", "rebuts", "rebutted", "rebutting"),
    "sneer": ("sneer", "sneers", "sneered", "sneering"),
    "gush": ("gush", "gushes", "gushed", "gushing"),
    "rant": ("rant", "rants", "ranted", "ranting"),
    "read": ("reads", "read"),
    "chime in": ("chimed", "chimes"),
    "shoot back": ("shot",),
    "put it": ("put", "puts"),
    "inform": ("inform", "informs", "informed", "informing"),
    "advise": ("advise", "advises", "advised", "advising"),
    "recommend": ("recommend", "recommends", "recommended", "recommending"),
    "propose": ("propose", "proposes", "proposed", "proposing"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "disclose": ("disclose", "discloses", "disclosed", "disclosing"),
    "reflect": ("reflect", "reflects", "reflected", "reflecting"),
    "marvel": ("marvel", "marvels", "marveled", "marvelled", "marveling"),
    "rage": ("rage", "rages", "raged", "raging"),
    "groan": ("groan", "groans", "groaned", "groaning"),
    "grumble": ("grumble", "grumbles", "grumbled", "grumbling"),
    "snipe": ("snipe", "snipes", "sniped", "sniping"),
    "jab": ("jab", "jabs", "jabbed", "jabbing"),
    "needle": ("needle", "needles", "needled", "needling"),
    "intone": ("intone", "intones", "intoned", "intoning"),
    "thank": ("thank", "thanks", "thanked", "thanking"),
    "concur": ("concur", "concurs", "concurred", "concurring"),
    "guess": ("guess", "guesses", "guessed", "guessing"),
    "speculate": ("speculate", "speculates", "speculated", "speculating"),
    "surmise": ("surmise", "surmises", "surmised", "surmising"),
    "summarize": ("summarize", "summarizes", "summarized", "summarizing", "summarise", "summarised"),
    "lecture": ("lecture", "lectures", "lectured", "lecturing"),
    "preach": ("preach", "preaches", "preached", "preaching"),
    "implore": ("implore", "implores", "implored", "imploring"),
    "beg": ("beg", "begs", "begged", "begging"),
    "challenge": ("challenge", "challenges", "challenged", "challenging"),
    "question": ("question", "questions", "questioned", "questioning"),
    "inquire": ("inquire", "inquires", "inquired", "inquiring"),
    "object": ("object", "objects", "objected", "objecting"),
    "protest": ("protest", "protests", "protested", "protesting"),
    "assure": ("assure", "assures", "assured", "assuring"),
    "reassure": ("reassure", "reassures", "reassured", "reassuring"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "shrug": ("shrug", "shrugs", "shrugged", "shrugging"),
    "smile": ("smile", "smiles", "smiled", "smiling"),
    "nod": ("nod", "nods", "nodded", "nodding"),
    "wince": ("wince", "winces", "winced", "wincing"),
    "grin": ("grin", "grins", "grinned", "grinning"),
    "chuckle": ("chuckle", "chuckles", "chuckled", "chuckling"),
    "frown": ("frown", "frowns", "frowned", "frowning"),
    "hedge": ("hedge", "hedges", "hedged", "hedging"),
    "acknowledge in": ("acknowledged",),
    "speak": ("spoke", "speaks", "spoken"),
    "sing": ("sing", "sings", "sang", "singing"),
    "comment": ("comment", "comments", "commented", "commenting"),
    "retaliate": ("retaliate", "retaliates", "retaliated", "retaliating"),
    "echo": ("echo", "echoes", "echoed", "echoing"),
    "correct": ("corrects", "corrected"),
}
#: Bare forms that are far more often nouns in news copy ('the state', 'the report', 'a post').
_NOUN_FORMS = frozenset("state report post quote answer question comment note claim reply tweet".split())
SPEECH_VERBS: frozenset[str] = frozenset(
    form for forms in _VERB_STEMS.values() for form in forms if form not in _NOUN_FORMS
)

#: Speech verbs that take a person as object ('told reporters', 'urged voters'), so what follows them
#: is not their speaker: they never stand inverted as in '"We won," said Lind' or 'Said Lind: "'.
OBJECT_VERBS: frozenset[str] = frozenset(
    """
    tell tells told urge urges urged thank thanks thanked promise promises promised accuse accuses accused
    blast blasts blasted slam slams slammed mock mocks mocked tease teases teased inform informs informed
    advise advises advised assure assures assured reassure reassures reassured implore implores implored
    beg begs begged challenge challenges challenged question questions questioned remind reminds reminded
    put puts
    """.split()
)

#: Verbs of asking that attribute a question to its asker, as a regex alternation: ' she asked.', ' Lind pressed.',
#: ' the host wanted to know.' Its asker is not the one who answers the question next.
ASKING_VERBS = r"asked|asks|pressed|inquired|demanded|wondered|wanted[ \t]+to[ \t]+know|followed[ \t]+up"
#: Verbs of asking that take the one asked as their object, as a regex alternation: 'Holl asked him', 'a guest who
#: was pressed'; the one asked is who answers.
ASKING_OBJECT_VERBS = r"asked|pressed|questioned|challenged"
#: Words opening a question the narrative reports, as a regex alternation: 'asked whether', 'wondered how'.
QUESTION_WORDS = r"whether|if|how|why|what|when|where|who"

#: Kinds of work whose title may follow them: 'In his 2012 book, "An American Son,"', 'Her new novel, The Salt
#: Orchard, is set in Whitby' (a title, no person).
WORK_NOUNS = frozenset("""
    book books novel novels memoir memoirs autobiography biography film films movie documentary column essay op-ed
    article series show program programme podcast album song play poem report study novella collection
    """.split())
#: What a person or body writes and a quote is attributed to: '"...," the statement said', 'the memo states'.
DOCUMENTS = ("statement", "email", "e-mail", "letter", "memo", "memorandum", "release", "post", "tweet", "message",
             "response", "reply", "newsletter", "submission", "petition", "flyer", "leaflet", "notice", "communiqué",
             "communique", "bulletin", "report", "filing", "paper", "briefing", "accounts", "website", "blog",
             "analysis", "bid", "application", "proposal", "motion", "deck", "brief", "document", "brochure",
             "listing", "circular", "affidavit", "plan", "programme", "program", "manifesto", "prospectus",
             "pamphlet", "advisory", "catalogue", "catalog", "update", "summary", "verdict", "judgment", "judgement",
             "ruling", "papers", "return", "minutes", "presentation", "assessment", "announcement", "review",
             "description", "order", "directive", "decree", "guidance", "ordinance", "notification", "gazette")

#: Verbs that quote a fragment as a name for something: 'Trump called the system "rigged"'.
#: They attribute a quotation that follows them in the same sentence, never one before them.
NAMING_VERBS: frozenset[str] = frozenset(
    """
    call calls called calling describe describes described describing dub dubs dubbed dubbing label labels
    labeled labelled labeling labelling brand brands branded branding term terms termed terming deride derides
    derided deriding decry decries decried decrying praise praises praised praising hail hails hailed hailing
    condemn condemns condemned condemning denounce denounces denounced denouncing criticize criticizes criticized
    criticizing criticise criticised criticising slam slams slammed slamming blame blames blamed blaming
    """.split()
)

#: Words that may stand between a speaker and its verb: "Trump has long said", "she later told".
VERB_MODIFIERS: frozenset[str] = frozenset(
    """
    has have had would will also later then again previously once recently repeatedly often frequently
    still even just earlier subsequently quickly simply flatly bluntly privately publicly reportedly
    allegedly famously memorably angrily proudly quietly candidly firmly finally initially immediately
    has since was is himself herself themselves itself
    """.split()
)

#: Kinship nouns, which a possessive ties to their holder: "his brother", "her widower".
KIN_NOUNS: frozenset[str] = frozenset("""
    wife husband son daughter brother sister mother father widow widower niece nephew grandson granddaughter
    grandmother grandfather uncle aunt cousin partner fiancé fiancée
    """.split())

#: A player's positions and standing in a team: roles 'former' makes a past career, no office someone else holds
#: ('The former Scotland prop added:' is the player named before).
PLAYING_ROLES: frozenset[str] = frozenset("""
    striker defender midfielder winger goalkeeper keeper forward prop fly-half scrum-half international player
    quarterback pitcher catcher linebacker fullback flanker skipper
    """.split())

#: Nouns that describe a speaker by role: "the spokesman", "a senior official", "the senator".
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople official officials minister ministers president
    chairman chairwoman chairperson chair director executive secretary senator senators congressman
    congresswoman congressperson representative governor mayor candidate nominee lawmaker lawmakers legislator
    leader leaders ambassador diplomat diplomats general commander officer officers adviser advisor
    aide aides analyst analysts economist economists expert experts lawyer lawyers attorney
    prosecutor judge justice source sources campaign company firm group statement report agency
    ministry department police sheriff chief manager founder owner author professor researcher
    scientist doctor witness resident residents evacuee evacuees tenants voter voters supporter supporters critic
    critics
    activist activists organizer strategist pollster consultant official's commissioner prime
    premier chancellor king queen prince minister's administration government white house pentagon
    trader traders dealer dealers banker bankers investor investors speaker whip
    person people man woman men women member members friend friends neighbor neighbour worker workers
    captain
    student students veteran veterans employee employees staffer staffers volunteer volunteers
    delegate delegates donor donors protester protesters spokespeople insider insiders observer
    observers host anchor reporter staff columnist editor publisher writer email memo letter ad tweet post
    nurse nurses teacher teachers farmer farmers soldier soldiers passenger passengers survivor survivors
    firefighter firefighters parent parents father mother son daughter wife husband brother sister fan fans
    shopkeeper driver drivers pilot pilots coach players detective investigator investigators garda convener
    convenor guard cornerback halfback tailback receiver playmaker
    victim victims patient patients physician surgeon priest pastor rabbi imam relative relatives cousin
    uncle aunt colleague colleagues landlord tenant customer customers shopper shoppers commuter commuters
    villager villagers refugee refugees migrant migrants immigrant immigrants citizen citizens defendant kaumātua
    kaumatua kuia
    juror jurors teenager teenagers retiree retirees goalie boatman fisherman fishermen
    handler builder skier snowboarder climber hiker runner swimmer rower musher trainer breeder jockey groomer carer
    horticulturist roofer landscaper gardener florist butcher barista custodian usher constable technician
    actor actress singer rapper comedian musician artist filmmaker novelist poet entrepreneur businessman
    businesswoman businessperson billionaire manager parishioner congregant worshipper
    winner champion finalist runner-up challenger
    exporter exporters importer importers seller sellers buyer buyers wholesaler wholesalers stallholder stallholders
    hawker hawkers
    negotiator envoy mediator curator principal headteacher head headman headwoman headmaster headmistress
    provost rector treasurer
    auditor ombudsman coroner magistrate barrister solicitor paramedic midwife pharmacist engineer architect
    designer historian epidemiologist virologist psychologist psychiatrist sociologist lecturer co-founder
    councillor councilor councilman councilwoman councilperson councilmember alderman alderwoman widow widower
    plaintiff co-author
    grandmother
    grandfather
    supervisor undersecretary mla mp mpp msp td mep mca meteorologist forecaster climatologist hydrologist
    geologist seismologist volcanologist ecologist biologist chemist physicist statistician demographer criminologist
    pensioner dentist optometrist veterinarian vet plumber electrician mechanic carpenter baker chef waiter waitress
    cashier janitor clerk accountant broker realtor trustee governor-general selectman selectwoman lieutenant
    deckhand bartender lifeguard trooper dispatcher ranger warden chaplain concertmaster conductor undersheriff
    coxswain rancher ranchers assembler assemblers welder welders machinist machinists schoolteacher schoolteachers
    trucker truckers fisherman fishermen logger loggers nanny caregiver caregivers homeowner homeowners renter renters
    motorist motorists cyclist cyclists pedestrian pedestrians bystander bystanders onlooker onlookers spectator
    spectators attendee attendees grandson granddaughter nephew niece stepfather stepmother mom dad homemaker
    contractor contractors laborer laborers labourer labourers dockworker dockworkers steelworker steelworkers
    autoworker autoworkers farmworker farmworkers vendor vendors merchant merchants storekeeper hairdresser stylist
    superintendent superintendents franchisee franchisees deputy deputies lobbyist lobbyists canvasser canvassers
    caucusgoer caucusgoers commentator commentators comptroller assessor bailiff blogger bloggers bundler bundlers
    correspondent correspondents counselor counsellor deacon detainee detainees demonstrator demonstrators foreman
    frontrunner front-runner grower growers guardsman incumbent inmate inmates librarian medic miner miners
    moderator operative operatives pediatrician picketer picketers prisoner prisoners proprietor pundit pundits
    reservist sailor sailors steward superdelegate superdelegates surrogate surrogates therapist unionist airman
    cadet recruit challenger regent consul alumnus freshman sophomore freeholder freeholders
    dishwasher housekeeper receptionist paralegal intern interns apprentice trainee trainees
    taoiseach tánaiste tanaiste vice-president elder elders mec
    fundraiser fundraisers fund-raiser fund-raisers co-chairman co-chairwoman co-chairperson co-chair vice-chairman
    vice-chairwoman vice-chairperson
    respondent respondents oilman oilmen assemblyman assemblywoman assemblymember barber
    promoter promoters marshal referee referees umpire umpires batsman bowler boxer boxers wrestler wrestlers
    sprinter golfer golfers shortstop defenseman wicketkeeper selector selectors stallholder
    stallholders boss right-hander left-hander righty lefty southpaw closer reliever hurler slugger outfielder
    infielder hooker spinner seamer all-rounder
    pupil pupils nun monk journalist journalists photographer photographers producer producers
    client clients patron patrons visitor visitors tourist tourists diner diners traveler travelers traveller
    travellers farmhand farmhands beekeeper beekeepers inspector inspectors sergeant bishop vicar churchwarden
    verger sexton clockmaker watchmaker blacksmith agent agents shareholder shareholders
    reeve goaltender netminder vice-chancellor reader readers listener listeners viewer viewers caller callers
    co-owner co-owners co-host co-hosts co-pilot co-director
    guide guides millwright instructor instructors porter porters sherpa ferryman tutor caretaker mountaineer
    shepherd crofter miner miners ironworker boilermaker angler anglers fisher fishers hunter hunters
    diver divers caver cavers fiddler fiddlers piper pipers drummer drummers guitarist guitarists violinist
    violinists cellist cellists pianist pianists dancer dancers busker buskers painter painters sculptor sculptors
    potter potters weaver weavers tailor seamstress cobbler jeweller jeweler grocer peddler optician surveyor
    archaeologist botanist astronomer archivist trapper trappers herder herders surfer surfers courier couriers
    cabbie cabbies trawlerman birder birders birdwatcher birdwatchers campaigner campaigners pilgrim pilgrims
    forager foragers gamekeeper ghillie stablehand farrier bricklayer glazier juggler thatcher drover vulcaniser
    vulcanizer stonemason chiropodist podiatrist physiotherapist osteopath chiropractor radiographer sonographer
    phlebotomist anaesthetist anesthetist cardiologist oncologist neurologist dermatologist gynaecologist
    gynecologist obstetrician orthodontist hygienist dietitian nutritionist pathologist toxicologist paediatrician
    locksmith goldsmith silversmith gunsmith blacksmith smith mason masons miller millers wheelwright shipwright
    plasterer tiler scaffolder steeplejack
    upholsterer milliner haberdasher ironmonger fishmonger greengrocer cheesemonger brewer distiller vintner
    winemaker sommelier barman barmaid landlady publican innkeeper hotelier restaurateur caterer confectioner
    chocolatier fisherwoman ferrywoman boatbuilder shipbuilder ploughman stockman stockwoman shearer jackaroo
    jillaroo cowboy cowgirl wrangler cattleman dairyman milkman postman postwoman postie dustman binman haulier
    chauffeur signalman linesman lineman toolmaker riveter quarryman driller roughneck rigger lumberjack woodcutter
    forester arborist nurseryman groundsman greenkeeper caddie zookeeper keeper apiarist goatherd cowherd
    shepherdess actuary bookkeeper typist registrar bursar notary conveyancer warder jailer gaoler fireman firewoman
    lifeboatman coastguard playwright screenwriter lyricist songwriter composer bandleader organist choirmaster
    chorister soprano baritone bassist saxophonist trumpeter trombonist clarinettist clarinetist flautist flutist
    harpist accordionist banjoist percussionist vocalist illustrator cartoonist animator ceramicist glassblower
    engraver bookbinder calligrapher cameraman camerawoman videographer reviewer presenter newsreader announcer
    podcaster influencer choreographer ballerina acrobat magician puppeteer stuntman scholar educator mathematician
    anthropologist palaeontologist paleontologist zoologist entomologist ornithologist geographer cartographer
    astrophysicist cosmologist glaciologist oceanographer geneticist neuroscientist immunologist microbiologist
    pharmacologist linguist translator interpreter philosopher theologian childminder babysitter salesman saleswoman
    salesperson assistant landowner lodger squatter forewoman striker midfielder defender goalkeeper winger fullback
    full-back centre-back flanker scrum-half fly-half fielder catcher quarterback linebacker kicker punter
    placekicker skater gymnast hurdler marathoner canoeist kayaker yachtsman yachtswoman windsurfer horseman
    horsewoman motorcyclist racer fencer judoka chandler sharemilker rider riders walker groundskeeper tapper
    tappers hand holder holders cook cooks orchardist orchardists stagehand stagehands deckhands attendant attendants
    beautician manicurist tattooist masseur masseuse bouncer doorman concierge maid stewardess cleaner cleaners
    handyman joiner decorator docker dockers stevedore stevedores longshoreman storeman packer packers picker pickers
    mariner seafarer seafarers bosun harbourmaster lockkeeper shunter signaller shipowner organiser overseer planner
    planners programmer programmers radiologist removalist vlogger youtuber cabby operator operators developer
    developers carrier carriers pipefitter pipefitters steamfitter fitter fitters lineworker millworker native
    agronomist agronomists bureaucrat bureaucrats classer classers woolclasser
    politician politicians sophomores freshmen undergraduate
    undergraduates postgraduate postgraduates
    administrator servant servants technocrat technocrats controller examiner surveyors conservator
    colonel colonels admiral admirals brigadier
    """.split()
) | PLAYING_ROLES

#: Nouns for what a person said or wrote, whose possessor is the speaker of the quote they introduce:
#: "Lind's response was: \"...\"", "From Reyes's Facebook post: \"...\"".
UTTERANCE_NOUNS: frozenset[str] = frozenset(
    """
    response reply answer retort reaction statement post tweet message letter email note memo words remarks
    comment comments speech explanation advice verdict assessment caption argument point case pitch plea warning
    motto view
    """.split()
)

#: Role nouns that name a body, a document or a crowd, not one person: "a campaign", "the statement".
BODY_ROLES = frozenset(
    "campaign company firm group statement report agency ministry department police administration government "
    "white house pentagon source sources ad email letter memo post tweet people men women staff spokespeople "
    "prime".split()
)
#: Kinds of body whose name may follow them: 'The auction house Verlinden-Moutier', 'the company Harrow Foods', 'Local
#: pet shop Ratherby Pets', 'the spice importer Crocus Spices'.
BODY_KINDS: tuple[str, ...] = (
    "company", "firm", "auction house", "bank", "retailer", "airline", "charity", "publisher", "brewery", "chain",
    "agency", "gallery", "museum", "insurer", "lender", "startup", "start-up", "manufacturer", "supermarket",
    "broadcaster", "band", "label", "shop", "store", "bakery", "restaurant", "cafe", "café", "pub", "hotel",
    "distillery", "winery", "importer", "exporter", "supplier", "distributor", "wholesaler", "carrier")
#: Nouns that stand for a company named just before: 'the company' after 'Acme Corp cut its outlook.'
COMPANY_NOUNS: frozenset[str] = frozenset(
    "company firm group bank carrier airline retailer manufacturer automaker insurer lender operator developer "
    "shop store bakery restaurant brewery distillery winery supermarket chain".split())
#: Nouns that stand for any body quoted or reported speaking just before: 'the ministry' after 'The Ministry of
#: Health has confirmed', 'the company' after '"...," Boeing said.'
BODY_NOUNS: frozenset[str] = COMPANY_NOUNS | frozenset("union agency ministry department".split())
#: Nouns that stand for a body only when its name holds them: 'the trust' after 'Leeds Teaching Hospitals NHS Trust
#: said' (not after 'Boeing said').
NAMED_BODY_NOUNS: frozenset[str] = frozenset(
    "trust council club charity board authority commission hospital university school court regulator federation "
    "association foundation institute party diocese church league committee force alliance coalition".split())
#: Role nouns that only a person holds: "a former labor leader", "Lind's longtime adviser".
PERSON_ROLES: frozenset[str] = frozenset(w for w in ROLE_NOUNS if not (w.endswith(("s", "'s")) and not w.endswith("ss"))
                                         and w not in BODY_ROLES)  # ('witness' is one person, 'voters' many)

#: Third-person pronouns and what they tell of their referent.
PRONOUN_GENDER: dict[str, str] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "they": "plural",
    "them": "plural",
    "it": "neuter",
}

#: The subject pronoun of an object one, for the person it stands for: 'him' in 'according to him' -> 'he'.
SUBJECT_PRONOUNS: dict[str, str] = {"him": "he", "her": "she"}

#: First names that tell a person's gender, for pronoun agreement ("Hillary Clinton" ... "she").
FEMALE_TITLES: frozenset[str] = frozenset({"mrs", "ms", "miss", "madam", "madame", "lady", "queen", "dame", "sister",
                                           "woizero", "weizero", "weizerit", "adi"})
MALE_TITLES: frozenset[str] = frozenset({"mr", "sir", "lord", "king", "prince", "brother", "father", "ato", "ratu"})
FEMALE_ROLES: frozenset[str] = frozenset(
    {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "woman", "mother", "wife", "daughter",
     "sister", "actress", "queen", "princess", "grandmother", "girl", "widow", "headmistress", "councilwoman",
     "alderwoman", "assemblywoman", "selectwoman", "kuia"}
)
MALE_ROLES: frozenset[str] = frozenset(
    {"spokesman", "chairman", "congressman", "businessman", "man", "father", "husband", "son", "brother",
     "actor", "king", "prince", "grandfather", "boy", "widower", "headmaster", "councilman", "alderman",
     "assemblyman", "selectman"}
)

#: How a speaker sounded, in a short sentence before a quote that stands alone: 'Lind was blunt. "..."'.
STANCE_ADJECTIVES: frozenset[str] = frozenset(
    """
    blunt blunter cautious defiant unapologetic emphatic adamant optimistic pessimistic skeptical sceptical direct
    frank candid succinct terse philosophical upbeat circumspect sanguine unrepentant unmoved unequivocal
    categorical diplomatic dismissive realistic hopeful confident measured guarded forthright unimpressed
    defensive scathing withering effusive gracious magnanimous contrite apologetic incredulous indignant furious
    livid bullish bearish unconvinced unfazed undeterred unbowed resolute firm downbeat gloomy cheerful wistful clear
    quiet silent
    """.split()
)
#: Words that open the other stance phrases ('struck a defiant tone', 'did not mince words', 'was quick to add
#: that', 'made clear', 'wanted to know', 'pushed back', 'doubled down'): a stretch holding none has no stance.
STANCE_KEYS: frozenset[str] = STANCE_ADJECTIVES | frozenset(
    "tone note mince minced quick careful eager keen clear know back down sure convinced certain ended ends closed "
    "closes concluded concludes signed signs".split())

#: Verbs that speak with a particle after them: "broke in", "called out", "called after him", "tried again" (a
#: question put once more).
PHRASAL_SPEECH: dict[str, tuple[str, ...]] = {
    "broke": ("in",), "cut": ("in",), "butted": ("in",), "jumped": ("in",), "called": ("out", "after"),
    "calls": ("out", "after"),
    "piped": ("up",), "spoke": ("up",), "tried": ("again",), "tries": ("again",),
    "followed": ("up",), "follows": ("up",)}
