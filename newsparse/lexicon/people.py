"""What tells a person's name from other capitalised words: given names with their usual gender,
and the words that mark a name as an organisation or a place.

>>> GIVEN_NAMES["hillary"], GIVEN_NAMES["bernie"], "university" in NON_PERSON_WORDS
('female', 'male', True)
"""

from __future__ import annotations

from ..pattern_cache import longest_first
from .census_names import CENSUS_GIVEN_NAMES

_MALE = """
rahul dev darnell chidi amit raj sanjay vikram arjun ravi anil sunil deepak rohit ajay vijay suresh ramesh mohamed
ahmad hussein khalid mustafa ibrahim yusuf jamal tariq karim samir rashid hiroshi takeshi kenji akira haruto kwame
kofi chinedu emeka oluwaseun tunde femi diego alejandro santiago dmitri sergei igor jacques francois jean-pierre klaus
jurgen wolfgang helmut giuseppe giovanni luca matteo sven lars deshawn tyrone jaylen malik mason hunter chandler
aaron abdul abe abraham adam adrian ahmed al alan albert alec alex alexander alfred ali allen alvin amir
andre andrew andy angus anthony antonio archie arnold arthur ash ashton austin barack barry bart ben
benjamin bennie bernard bernie bert bill billy bob bobby boris brad bradley brandon brendan brent brett
brian bruce bryan bud burt byron cal calvin carl carlos cary casey cecil chad charles charlie chester
chip chris christian christopher chuck clarence clark claude clay clayton cliff clifford clint
cody colin conor connor corey cory craig curt curtis dale dallas dan daniel danny darius darrell darren
dave david dean dennis denis derek devin dick dirk dominic don donald doug douglas duane duncan dustin
dwight earl ed eddie edgar edward edwin eli elijah elliot elliott emanuel emmanuel eric erik ernest
ernie ethan eugene evan everett felix fernando floyd francis francisco frank franklin fred freddie
frederick gabriel gareth garrett gary gavin gene geoffrey george gerald gerard gilbert glen glenn
gordon graham grant greg gregory gus guy hal hamid hank hans harold harry harvey hassan hector henry
herbert herman howard hugh hugo ian isaac ivan jack jackson jacob jaime jake james jamie jared jason
javier jay jeb jeff jefferson jeffrey jeremy jerome jerry jesse jim jimmy joe joel joey john johnny
jon jonathan jorge jose joseph josh joshua juan julian justin kareem karl keith ken kenneth kevin kirk
kurt kyle lamar lance larry lawrence lee leo leon leonard leroy lester lewis lloyd logan lou
louis luis luke lyndon malcolm manny manuel marc marco marcus mario mark marshall martin marty marvin matt matthew
maurice max michael micah mick mickey miguel mike mitch mitchell mitt mohammed muhammad morgan murray
nathan nathaniel neal ned neil nelson newt nicholas nick nigel noah norm norman oliver omar orrin oscar
otis owen pablo patrick paul pedro pete peter phil philip phillip pierre preston rafael ralph ramon
rand randall randy raul ray raymond reggie reginald reince rex ricardo richard rick ricky rob robby
robert roberto rocky rod rodney roger roland ron ronald ronnie ross roy ruben rudolph rudy rush russ
russell ryan sam samuel scott sean sergio seth shane shaun sheldon sherrod sid simon stan stanley
stephen steve steven stewart stuart tad ted terrence terry thad theodore thomas tim timothy toby todd tom
tommy tony travis trent trey troy tyler vernon victor vince vincent vladimir wade wallace walt walter
warren wayne wes wesley will william willie wilson xavier zach zachary zeke
alberto alessandro angelo carlo cesar césar dario emilio enrico enrique ernesto fabio fabrizio federico felipe
filippo francesco franco giorgio guillermo gustavo ignacio joaquín joaquin josé julio leonardo lorenzo luigi
marcelo massimo mauricio mauro nicolás nicolas paolo raúl rodrigo silvio stefano tomás tommaso vicente andrés
andres arturo gerardo gonzalo hernán hernan jair luiz nuno joão joao rui paulo sebastián sebastian emiliano
antônio antónio andré sérgio fábio márcio flávio cláudio júlio mário jérôme søren øystein józef łukasz
mateo alain antoine bruno christophe didier étienne etienne françois frédéric frederic gérard guillaume henri
hervé herve jean-claude jean-luc jean-marc jean-yves julien laurent lionel marcel mathieu olivier pascal
philippe rené sébastien sebastien thierry yves édouard edouard dieter florian friedrich gerhard günter gunter
heinz horst jens jürgen manfred markus matthias olaf rainer ralf reinhard rolf rüdiger ulrich uwe werner joachim
hendrik pieter willem björn bjorn henrik magnus nils stig anders mats jonas niklas lukas maximilian tobias
aleksandr alexei alexey andrei andriy anatoly dmitry evgeny konstantin maxim mikhail nikolai oleg pavel petro
sergey vadim valery viktor vitali vitaly volodymyr vyacheslav yevgeny yuri zbigniew andrzej jarosław jaroslaw
mateusz piotr tomasz wojciech witold aleksandar dragan goran zoran vladislav ramzan yanis yannis kostas
konstantinos nikos giorgos dimitris recep ahmet mehmet kemal emre murat ekrem binali abdullah abdel amr anwar
ayman bashar faisal farid hamad hosni ismail khaled mahmoud mohammad nabil nasser osama rami saad saeed salman
sami tarek walid yasser yousef youssef hamza hasan moshe yair yitzhak naftali ehud shimon gideon itamar javad
mohsen ebrahim reza majid imran nawaz narendra rajesh rajiv manmohan mukesh gautam sandeep shehbaz asif bilawal
amitabh sachin virat shinzo fumio yoshihide taro koji junichiro shigeru cyril thabo olusegun goodluck muhammadu
bola uhuru yoweri abiy emmerson raila jomo keir rishi liam seamus eamon niall ciaran declan enda micheal
alistair hamish rhys dafydd owain
callum alfie theo rory finlay kieran cian oisin eoin padraig ruairi fergus ewan euan struan aidan fraser calum
rhodri dylan ieuan aled gethin iwan giannis dimitri stavros spyros andreas christos vasilis petros pavlos
panagiotis iñaki íñigo álvaro ángel jesús héctor óscar adrián martín ramón rubén julián agus budi joko bambang
wahyu hendra rizky kwabena kojo kwaku yaw akwasi chukwuemeka obinna ikenna nnamdi uchenna ifeanyi babatunde
olumide adebayo sipho themba mandla bongani tendai tinashe kagiso lwazi idris bilal zaid rohan aditya karan
nikhil siddharth varun pranav ishaan
rupert ignatius dariusz abel alasdair alastair ambrose amos anselm archibald augustus barnaby bartholomew benedict
bertram cedric cornelius cyrus damian desmond donovan dorian edmund elias ephraim erasmus esteban ezra ferdinand
fintan godfrey gregor gustav horace humphrey ivor jasper jeremiah jethro josiah jude julius lachlan lambert laurence
lazarus leander leopold lorcan lucas lucian marius milo mordecai murdo neville norbert oswald otto percival phineas
quentin roderick rufus septimus silas stanislaw sylvester tadeusz thaddeus torsten valentin wendell wilfred winston
zoltan krzysztof grzegorz pawel marek jakub bartosz lukasz jerzy bogdan milos nikola stefan vasily arkady oleksandr
oleksiy taras bohdan gennady yaroslav yuto sota daiki shinji tetsuya masato ryota kazuki naoki satoshi jun-ho min-
jun seo-jun ji-hoon hyun-woo sung-min dong-hyun jae-won chen-wei zhiwei manoj ashok prakash mahesh naveen karthik
venkat srinivas farhan usman zubair ziad kwesi fiifi ebo uche oluwafemi segun yemi gbenga dele kayode jide musa
abubakar aliyu sani garba bello tafadzwa farai tatenda otieno ochieng kipchoge kamau mwangi njoroge odhiambo
matias agustín facundo leandro gonçalo tiago duarte afonso henrique vinícius thiago caio salvatore vincenzo riccardo
mikael jukka mikko antti pekka jarmo
seán pádraig germán víctor iván fabián zolani jomar rodel nkosinathi siyabonga bheki tshepo
mohd mohamad muhamad ridzuan azman faizal hafiz shafiq khairul zulkifli rosli najib
leland ogden
caleb wyatt landon colton brody trevor dwayne lowell eduardo osvaldo sal jonah gunnar rajat arindam manish
pradeep rakesh kunal abhishek brantley bryce emmett rhett ryder maddox lyle bennett
clifton herb woodrow gerry
homer barney willard garth woody marquis terrell virgil clyde elmer herschel hiram abner cletus darryl daryl
terrance terence roscoe dewayne merle ervin myron orville wilbur burl chet colby denny eldon hoyt jarrod judd lonnie
mort ollie stu vern zane jace rocco
conrad royce percy ulysses dexter harlan monty orson reuben seymour solomon weldon wiley asa buford delbert elbert
elton emory ezekiel forrest grover hershel hubert irvin jed kermit lyman merrill odell orval thurman verne wilton
eldridge lothar alaric augustin cuthbert caspian tiberius cosmo crispin dashiell evander isidore jubal lucius
nehemiah octavius rollo thelonious zebulon horatio ansel aurelio casimir dietrich emil gunther lemuel
ossie ugo jaroslav
bas joost sjoerd wouter maarten jeroen bram thijs niels ruud koen stijn sander
sibusiso sizwe vusi sifiso thulani mthunzi sandile mxolisi wiremu rawiri tamati mikaere
salim khamis saif mubarak obaid humaid khalfan
"""

_FEMALE = """
abby abigail ada adele adrienne agnes aileen alexandra alexis alice alicia alison allison alma amanda
amber amelia amy ana andrea angela angelina angie anita ann anna anne annette annie antoinette april
ashley audrey barbara beatrice becky belinda beth betsy betty beverly bonnie brenda bridget brittany
brooke camila candace candice carla carly carmen carol carole caroline carolyn carrie cassandra
catherine cathy cecilia celia charlotte chelsea cheryl chloe christina christine cindy claire clara
claudia colleen connie constance courtney crystal cynthia daisy dana danielle daphne darlene dawn debbie
deborah debra denise diana diane dianne dolores donna doris dorothy edith eileen elaine eleanor elena
elisabeth eliza elizabeth ella ellen emily emma erica erika erin esther ethel eva evelyn faith fiona
florence frances gabrielle gail gayle geraldine gina gladys gloria grace gretchen gwen hannah harriet
hazel heather heidi helen helena hilary hillary holly hope huma ida ileana irene iris isabel isabella
ivanka jackie jacqueline jan jane janet janice jasmine jeanne billie jolene tamsin jennifer jenny jessica jill joan
joanna joanne jodi jody josephine joy joyce judith judy julia julie june karen karin kate katharine
katherine kathleen kathryn kathy katie katy kay kayleigh kelly kellyanne kim kimberly kirsten kristen
kristin laura lauren laurie leah leslie lily linda lisa liz loretta lori lorraine louise lucia lucy
lydia lynn madeleine madison maggie mandy marcia margaret maria marian marie marilyn marion marjorie
marsha martha mary maureen maxine megan megyn melania melanie melinda melissa meredith mia michele
michelle mildred miranda molly monica nadia nancy naomi natalie nicole nikki nina nora norma olivia
paige pam pamela patricia patty paula pauline peggy penny phyllis priscilla rachel rebecca regina
renee rhonda rita roberta robin rosa rosalind rose rosemary ruth sabrina sally samantha sandra sara
sarah sharon sheila shirley sonia sophia sophie stacey stacy stella stephanie sue susan susana suzanne
sylvia tammy tamara tanya tara teresa terri theresa tiffany tina tracy trish tulsi ursula valerie vanessa
vera veronica vicki victoria virginia wanda wendy whitney yolanda yvonne zoe
priya fatima aisha layla leila yasmin amina zainab mariam sakura ngozi adaeze sofia valentina gabriela daniela
marta pilar olga natasha svetlana irina tatiana yulia francesca giulia chiara ingrid astrid lakisha keisha shanice
imani aaliyah
giorgia giovanna giuliana alessandra paola silvia simona luisa lourdes mercedes rocío rocio ximena cristina
dilma beatriz inés ines marina ségolène segolene brigitte élisabeth hélène helene isabelle nathalie valérie
véronique veronique sandrine aurélie amélie amelie céline celine chantal sylvie françoise francoise martine
annalena ilse heike ulrike sahra katarina kristina katja petra birgit sabine annegret mette magdalena margrethe
sanna jacinda kaja kersti olena oksana tatyana ludmila lyudmila natalia nadezhda galina larisa beata agnieszka
małgorzata malgorzata ewa dorota zuzana ivana zeynep ayşe ayse emine merve nasrin zahra maryam shirin farah hoda
rania reem noor nour huda samira salma hanan soraya benazir indira priyanka mamata sushma nirmala smriti hasina
khaleda fatma yuriko sanae tomoko keiko yoko akiko winnie graça graca samia leymah
isla ava poppy freya evie imogen niamh siobhan aoife ciara orla roisin saoirse caoimhe sinead mairead eilidh
morag iona catriona kirsty marguerite genevieve bernadette colette lucía maría sofía verónica mónica begoña lola
lúcia fátima conceição inês chloé renée zoë åsa agnès élodie cécile
nadine amira khadija chiamaka chioma amaka ifeoma funmilayo yetunde folake thandiwe nomvula lerato zanele ananya
aishwarya deepika kavya lakshmi meera pooja shreya sunita
margarethe lucille beatrix nia agatha althea annabel antonia arabella ariadne bernice blanche camilla cecily celeste
clarissa clementine cordelia cressida delia dorothea drusilla edna elinor eloise elsie enid eudora eugenia eunice
evangeline felicity fenella flora frederica georgina gertrude gwendolyn hattie henrietta hermione hilda imelda
isadora isobel jemima juliet lavinia leonora letitia lilian lillian lorna lucinda mabel marcella margery marianne
matilda maude mavis millicent minerva miriam muriel myrtle nerys octavia ophelia penelope perpetua philippa rosamund
rowena sybil tabitha theodora vivian winifred zelda katarzyna grażyna grazyna elzbieta ekaterina yekaterina
anastasia hiroko yumiko naoko sachiko mariko emiko haruka yui aiko misaki ji-woo seo-yeon min-ji su-bin ha-eun ji-
yeon xiaoying anjali divya neha nisha ritu rekha shalini swati aarti geeta nandini radha savita usha vandana ayesha
hana abena akosua adwoa ama efua esi afua akua yaa nneka chinwe chidinma folasade titilayo bukola funke kemi hauwa
nomsa thandi palesa nokuthula wanjiku akinyi atieno njeri wambui nyambura isabela luciana florencia agustina
milagros guadalupe federica elisabetta raffaella ingeborg gudrun annika sigrid solveig liv marit kerstin
siobhán máire thandeka nosipho lindiwe zodwa ángela bárbara raquel nuria corazon maricel rosario
marisol marisela maricela
siti nurul aishah zarina rosnah noraini salmah
philomena
kayla felicia camille leonie anneliese esperanza consuelo graciela kavita deepa aditi madhuri clodagh britta greta
liesl monique yvette odette mireille zoya alina daria kseniya georgette winnifred
krista kristy christa paulette misty tracey trisha toni lora jeannie bobbie
polly della inez trina velma tricia alyssa deanna roxanne madeline nell adeline arlene bernadine bertha beulah
charlene corinne darla delores dottie elvira erma estella glenda ilene jeanette jenna joann juanita justine karla
laverne leona lois luella lynette margie marlene mattie melba minnie myra nellie nettie noreen patsy rhoda rosalie
sadie shana shauna sheryl tasha thelma tonya trudy twila verna wilma
margo lil lillie lula opal viola cora dora effie eula freda imogene irma iva josie lettie louella mae mamie millie
nola rosetta sallie susie tillie delphine
marisabel severine honoria sidonie griselda coralie hetty leontyne verena seraphina zenobia araminta eugenie
georgiana ottilie persephone petronella roxana sabina violetta wilhelmina zuleika fionnuala
wanjiru wairimu achieng
femke anouk marieke lotte sanne fleur maaike inge mirjam
aroha ngaire miriama anahera hinewai busisiwe nompumelelo ntombi zinhle dineo refilwe sibongile nonhlanhla
noora shamsa hessa latifa piper
"""

#: Given names and the gender they usually tell ("Hillary Clinton" ... "she").
GIVEN_NAMES: dict[str, str] = {
    **CENSUS_GIVEN_NAMES,  # (under the lists above)
    **{name: "male" for name in _MALE.split()},
    **{name: "female" for name in _FEMALE.split()},
}

#: Given names often given to both sexes: the gender in ``GIVEN_NAMES`` is only the likelier one ("Robin Gatlin"
#: ... "he wrote"), so it counts for little against the pronouns an article uses for the person; so too for the
#: names only the Census lists give ("Sonja Rasmuson").
SHARED_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    alex billie bobbie casey chris dale dana gerry jackie jamie jan jesse jody kelly kim lee leslie lynn marion
    morgan robin sam stacy terry tracy ollie oluwaseun yemi tendai tinashe tatenda farai tafadzwa
    """.split()
).union(CENSUS_GIVEN_NAMES)

#: Words that end a company's name, as written: "Acme Corp", "Brightwater Foods Inc.", "Harbor Oil", "Siemens AG".
#: The legal forms that end a company's name and no person's: 'Trevail Mercantile Co.', 'Elbtal Kohle AG'.
LEGAL_FORMS: frozenset[str] = frozenset({"Corp", "Inc", "Ltd", "PLC", "plc", "Co", "LLC", "AG", "NV", "GmbH"})
COMPANY_SUFFIXES: tuple[str, ...] = (
    "Corp", "Corporation", "Inc", "Ltd", "PLC", "plc", "Co", "Group", "Holdings", "LLC", "AG", "SA", "NV", "GmbH",
    "Airlines", "Airways", "Foods", "Motors", "Bank", "Energy", "Oil", "Technologies", "Systems", "Industries",
    "Pharmaceuticals", "Mining", "Telecom", "Limited", "Incorporated")

#: Nationalities, peoples and faiths, whose plurals ("Latinos", "Filipinos", "Muslims") name groups, never a person.
NATIONALITY_WORDS: frozenset[str] = frozenset(
    """
    afghan african albanian algerian arab argentine armenian asian australian austrian bangladeshi belgian
    bolivian bosnian brazilian british bulgarian burmese cambodian canadian chilean chinese colombian croatian
    czech danish ecuadorian egyptian emirati estonian ethiopian european filipino finnish georgian
    ghanaian greek guatemalan haitian hungarian indian indonesian iranian iraqi israeli italian jamaican
    japanese jordanian kenyan korean kurdish kuwaiti latvian lebanese libyan lithuanian malaysian mexican
    moroccan nigerian norwegian pakistani palestinian peruvian polish portuguese qatari romanian russian
    rwandan scottish serbian singaporean slovak somali spanish sudanese swedish swiss syrian taiwanese thai
    tunisian turkish ugandan ukrainian venezuelan vietnamese yemeni zimbabwean latino hispanic muslim jewish
    """.split()
)

#: Words that make a capitalised run the name of an organisation, a place, a work, an event, a
#: nationality or a news agency, not of a person: "Democratic Party", "New York University", "World
#: Trade Center", "Major Japanese automakers", "Xinhua".
#: Words of newspapers' names, alone or joined by a hyphen: 'The Elm Grove Sentinel-Courier' names no one.
NEWSPAPER_WORDS: frozenset[str] = frozenset(
    "sentinel courier gazette herald chronicle inquirer dispatch examiner bulletin ledger register journal times "
    "tribune post press news mirror echo clarion argus advertiser standard".split())

NON_PERSON_WORDS: frozenset[str] = frozenset(
    """
    philharmonic orchestra symphony choir quartet ensemble opera ballet chorus
    diner cafe café restaurant grill tavern pub bakery shop mall motel hotel inn stadium library clinic legion order
    cathedral chapel mosque temple synagogue parish abbey minster scoil gaelscoil coláiste colaiste lib dem dems tory
    tories
    legislature tribunal hurricane storm typhoon cyclone tornado wildfire
    arena coliseum ballpark pavilion auditorium gymnasium theater theatre
    academy administration agency airport alliance america american americans army association assembly
    avenue bank board bureau cabinet campaign capitol caucus center chamber centre church city coalition college
    commission committee company congress corp corporation council county court cup democrats department
    district embassy federation force forces foundation fund group hall hospital house inc institute
    international island islands journal kingdom league ltd magazine media ministry movement museum nation
    national nations navy network news office organization organisation parliament party pentagon police
    post press project republic republicans reserve river road school senate service society square state
    states station street studio studios supreme times tower township tribune union united university
    valley village war week world act hill beach park bay heights hills springs lives airlines bridge trust
    drive boulevard parkway terrace highway expressway freeway turnpike crescent
    partners holdings capital securities agency initiative alliance command club shoal sea ocean
    fleet corps guard council coast gulf peninsula strait canal desert mountains community exchange market creek
    canyon security medicare medicaid t-shirt t-shirts jersey jerseys jacket cap hat
    markets brothers
    gas motor petroleum electric chemicals communications logistics resources semiconductor semiconductors therapeutics
    biosciences shipping railways ventures properties realty stores bancorp investments entertainment
    authority authorities club regulator athletic rovers wanderers fc diocese elementary primary secondary preschool
    kindergarten charity tech polytechnic research politics analytics labs radio television shire borough
    observatory observatories laboratory laboratories planetarium aquarium zoo
    cooperative cooperatives co-operative co-op collective syndicate guild forum minerals metals enterprises solutions
    monitor tracker index barometer digest survey census dashboard database report review
    development developments construction engineering consulting
    clube atlético atletico deportivo sporting olympique calcio
    reuters xinhua kyodo yonhap interfax
    day eve live parenthood
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december
    """.split()
) | NATIONALITY_WORDS | NEWSPAPER_WORDS | frozenset(suffix.lower() for suffix in COMPANY_SUFFIXES if len(suffix) > 2)

#: Role nouns that are common surnames too, a name's last word more often than a role's after a capitalised word
#: that is none: 'Rachid Smith', 'Pasang Sherpa', 'Ama Baker' (not 'Head Porter', a role's modifier before it).
OCCUPATIONAL_SURNAMES: frozenset[str] = frozenset("""
    baker barber brewer carpenter chandler cook dancer drummer farmer fisher forester gardener glazier hunter mason
    miller painter piper plumber porter potter shepherd sherpa singer smith steward tailor thatcher walker weaver
    """.split())
#: Capital letters a name opens with, as a regular expression's range: accented ones too, of Latin-1 and of Central
#: European alphabets ('Šołta', 'Łukasz', 'Ćosić', 'Émile').
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(letter for letter in map(chr, range(0x100, 0x180)) if letter.isupper())
#: Lower-case words inside a person's name: "van der" in "Pieter van der Linden", "de la" in "Lucía de la Torre".
NAME_PARTICLES: frozenset[str] = frozenset(
    "de del della der den di da dos das du van von bin bint binti ibn al el la le los las ter ten ap".split())
#: Particles between a given name and the father's name: 'Amran bin Jaafar' is called Amran, and his son 'Ikhwan
#: Amran' (Malay, Arabic).
PATRONYMIC_PARTICLES: frozenset[str] = frozenset({"bin", "binti", "bint", "ibn"})
#: Balinese birth-order names, after which a capital "I" (a man's) opens a name, no pronoun: "I Wayan Sudarma".
BALINESE_BIRTH_NAMES: frozenset[str] = frozenset("wayan made nyoman ketut putu gede kadek komang nengah".split())
#: The same as a regex alternation, longest first ("della|binti|...|de"), for the patterns that read names.
NAME_PARTICLE_PATTERN = "|".join(sorted(NAME_PARTICLES, key=longest_first))

#: First words of place names that look like people's: "New Hampshire", "Des Moines", "San Bernardino".
PLACE_PREFIXES: frozenset[str] = frozenset(
    """
    new north south east west san los las santa fort port lake mount st des el la little palm middle
    saudi hong sri costa puerto upper lower central latin northern southern eastern western greater
    ivory sierra burkina papua czech dominican solomon cape trinidad bosnia equatorial
    """.split()
)

#: Participles of being asked that open a sentence's lead-in, before its subject: 'Pressed on whether the House
#: would return, the Speaker was blunt:', 'Reached by phone, Lind said' (never a name's first word).
QUESTIONED_LEAD_INS: frozenset[str] = frozenset(
    "asked pressed questioned challenged confronted reached contacted interviewed quizzed grilled told".split()
)

#: Capitalised words that open a sentence or a clause but are never a name's first word.
NOT_NAME_START: frozenset[str] = frozenset(
    """
    a about after again also although an and another any as asked at because before being both but by
    during each earlier either even every few for from given having he her here his how however i if in
    instead it its just last later like many meanwhile more most much my neither next no nor not now of
    on once one only or other our over per perhaps since so some speaking still such than that the their
    likewise meanwhile however instead indeed moreover furthermore nevertheless nonetheless wait well
    besides finally overall separately similarly additionally ultimately back alongside amid despite
    following according even already others all several nobody everybody everyone someone somebody anyone
    anybody none nothing something everything outside inside across beyond throughout behind near along onto
    toward towards afterward afterwards eventually recently lately sometimes nearby
    does did is are has have had could should would
    them then there these they this those though through thus to too under unlike until up upon us was
    we were what when where whether which while who whose why with within without yes yet you your she
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december yesterday today tonight tomorrow
    tests results records documents studies data polls surveys photos images emails filings findings analyses
    """.split()
) | QUESTIONED_LEAD_INS
