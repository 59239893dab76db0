"""Given names from the 1990 US Census lists of first names, with the sex that clearly bears them.

>>> CENSUS_GIVEN_NAMES["sonja"], CENSUS_GIVEN_NAMES["gilberto"], "summer" in CENSUS_GIVEN_NAMES
('female', 'male', False)

The Census Bureau's frequency lists (``dist.male.first``, 1,219 names, and ``dist.female.first``, 4,275; public
domain, as the MIT-licensed ``names`` package on PyPI bundles them) give each name its share of each sex. Kept here
are the names one sex bears at least five times as often as the other (a name missing from a list counted at that
list's last share), that ``people.GIVEN_NAMES`` does not list already, and that are none of: a lower-case English
word (``Hope``, ``Major``: the ``wamerican`` word list), one of the 5,000 commonest surnames of the Census list of
surnames (``Harris``, ``Jarvis``), a place the gazetteer knows (``Denver``), a word the people lexicon calls not a
person's, a name of two letters, or a name given to both sexes today or abroad (``Avery``, ``Lindsey``, ``Jean``,
``Ola``), an abbreviation (``Robt``) or a name better known as a thing or a surname (``Mac``, ``Truman``).
``people.GIVEN_NAMES`` reads them under its own lists, and counts them as names given to both sexes
(``SHARED_GIVEN_NAMES``): what they tell of a person's gender gives way to the pronouns an article uses.
"""

_MALE = """
abram adalberto adolfo adolph agustin alden aldo alfonzo alfredo alphonse alphonso alvaro amado anibal anton antone
antwan armand armando arnulfo arron benito benny bernardo bradly branden brenton bret bryon charley christoper
collin damien damion danial dannie dante daren darin darrel darrick darrin deandre delmar delmer demarcus demetrius
deon derick dino dominick donn donnie donny donte dwain edgardo edwardo efrain efren eliseo elmo elvin elvis enoch
erich erick errol eugenio everette faustino fermin fidel florencio freddy fredric galen garry genaro geraldo
gilberto gino gregorio heriberto hilario hipolito horacio humberto ira isaiah isaias isiah isidro ismael issac
jamaal jamar jamel jayson jefferey jeffry jerald jermaine jerold jerrod jerrold jess jesus joesph johnathan
johnathon jonathon josef josue judson kelvin kennith kenton keven kieth kip kory kristopher kurtis lanny lawerence
lazaro lenard lenny leonel leopoldo linwood louie lucien lucio marcelino marcos margarito marlon mathew maximo
merlin mervin mikel moises napoleon nickolas norberto normand octavio odis olen olin omer oren pasquale porfirio
quintin ramiro randal randell raphael raymundo reinaldo reynaldo rickey rickie rigoberto rodger rodolfo rodrick
rogelio rolando rolland ronny rosendo russel sammy scottie scotty shawn stephan teddy teodoro theron timmy tomas
tyrell tyron vito wilbert wilford wilfredo willy wilmer winfred zachariah zachery
"""

_FEMALE = """
addie adriana aida aimee alisa alisha angelica bessie bettie blanca bonita brandi brittney caitlin cara cassie
cecelia cheri cherie debora deloris desiree dianna dina dixie dorthy elisa elsa elva ernestine essie etta fannie
faye francine goldie jacquelyn jana janelle janette janie janine janis jeannette jenifer jennie jillian johanna
josefina katrina kelli kellie kendra kerri kristi kristie kristine krystal latasha latonya latoya lela lenora lorene
lottie lynda mable maribel marissa marla maryann meghan mindy mollie myrna nichole patrica patrice rachael reba
rebekah rena robyn rochelle rosemarie rosie shanna shari shawna shelia sheri sherri sherrie sonja sonya stacie
stefanie susanne tami tamika tammie teri therese traci tracie vickie vicky
"""

#: Given names of the 1990 Census lists, to the sex that bears them (``"sonja"`` -> ``"female"``).
CENSUS_GIVEN_NAMES: dict[str, str] = {
    **{name: "male" for name in _MALE.split()},
    **{name: "female" for name in _FEMALE.split()},
}
