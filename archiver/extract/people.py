"""People named in an article's text, with the role the article gives them, both in the nominative.

A name is a first name followed by a surname ("Łukasz Walkusz", "Ewa Banaszczyk-Kisiel"), an
initial and a surname ("radny J. Nowak"), or two first names sharing a plural surname ("Jan i Maria
Kowalscy"). Morfeusz 2 (``archiver.extract.morphology``) knows first names and many surnames with
their case, number and gender: the first name and the surname must agree, which tells "Pawła
Kowalskiego" (Paweł, genitive) from "Pawła Nowak" (Pawła, a woman). A surname the dictionary does
not know is put in the nominative by the rules below (``surname_nominative``).

Roles are the phrases Polish news wraps around a name: "Łukasz Walkusz, przewodniczący Rady
Miasta", "prezydent Gdańska Paweł Adamowicz", "dyrektor Biura Metropolii – Maja Lewandowska-Robak",
"radnej KO Anny Nowak", "przewodniczący Rady Miasta, Jan Nowak", "została wybrana
wiceprzewodniczącą". A role comes back in the nominative singular ("burmistrzem Chełmży" →
"burmistrz Chełmży", "rzeczniczką prasową" → "rzeczniczka prasowa"), its complement as written.

In one text, "Adam Zakrzewski", "A. Zakrzewski" and "Zakrzewski" are one person with three forms.
A name after a street, a school, an award or a monument ("rondo prof. Anny Nowak", "Nagroda im.
Jana Kowalskiego") is a patron, not a person the article speaks of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from archiver.extract.morphology import CASES, Reading, adjective_form, is_surname, may_name_someone, noun_form, readings

UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
LOWER = "a-ząćęłńóśźżéöüäëáíúčřšžýňťď"
CAPITALISED = re.compile(rf"^[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*$")
SHOUTED = re.compile(rf"^[{UPPER}]{{3,}}(?:-[{UPPER}]{{3,}})*$")  # "NOWAK" in a byline
ACRONYM = re.compile(rf"^[{UPPER}][{UPPER}a-z]{{1,5}}$|^(?=[{UPPER}]{{2}})[{UPPER}][{UPPER}a-z]{{6,9}}$")  # KO, MZK, PiS, UMT, GZOKSiT: inside a role phrase
INFLECTED_ACRONYM = re.compile(rf"^[{UPPER}]{{2,6}}-(?:u|em|owi|ie|y|a|ach|ów|ze|[{UPPER}]{{1,4}})$")  # "GOK-u", "ZUS-ie", "ZS-P"
ABBREVIATIONS = (r"prof|dr|hab|mgr|inż|ks|ul|al|pl|os|im|gen|św|ds|mec|red|nr|bp|abp|o|ok|m\.in|tzw|ws|p\.w|p|"
                 r"płk|ppłk|mjr|kpt|por|ppor|insp|nadinsp|kom|nadkom|podkom|podinsp|asp|mł|st|kard|bł|marsz|pos|sen|min|wicemin|"
                 r"dyr|kier|przew|zast|woj|pow|gm|dh|pw|bryg|nadbryg|sierż|szt|chor|kmdr|med|kan|prał|doc|kol|b|par")  # fmt: skip
# A region's short form in a town's name: "Gorzów Wlkp.", "Mińsk Maz.", "Strzelce Kraj.", "Drawsko Pom."
PLACE_ABBREVIATIONS = r"Wlkp|Maz|Kraj|Pom|Lub|Śl|Kuj|Odrz|Tryb"
# A dot belongs to a token only for abbreviations and initials; elsewhere it ends a sentence. An en dash
# joins a word only after an adjective's "-o" part ("Psychologiczno–Pedagogicznej"); elsewhere it separates.
# A programme's "+" stays with its word ("Klub Senior+"); an ordinal's dot with its number ("2. Pułku Saperów").
TOKEN = re.compile(
    rf"(?i:p\.\s?o\.)(?=\s)|S\.A\.|\b\d{{1,2}}\.(?=\s[{UPPER}][{LOWER}]+(?:ego|iej|ej)\s)|(?:(?i:{ABBREVIATIONS})|{PLACE_ABBREVIATIONS}|[{UPPER}]|St|Sz|Cz|Ch|Dz|Rz|Wł)\.(?![{LOWER}])|[{UPPER}{LOWER}0-9]+(?:[-'][{UPPER}{LOWER}]+|(?<=o)–[{UPPER}{LOWER}]+)*(?:\+(?!\w))?|[–—\-(),;:.!?\"„”“]"
)
INITIAL = re.compile(rf"^(?:[{UPPER}]|St|Sz|Cz|Ch|Dz|Rz|Wł)\.$")  # "St. Pikulik": Stanisław, written with two letters
CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—", "\"", "„", "”", "“"})
RELATIVE = re.compile(r"^któr", re.IGNORECASE)
AND = frozenset({"i", "oraz", "a"})

# Role nouns, as lemmas (masculine and feminine); "wice-", "pod-" and "p.o." forms are found by prefix.
ROLE_NOUNS = frozenset("""
powieściopisarz powieściopisarka pedagog pedagożka logopeda psycholożka socjolożka katecheta katechetka dietetyk
dietetyczka prelegent prelegentka wykładowca wykładowczyni mentor mentorka
konferansjer konferansjerka bosman prokurent prokurentka syndyk adiunkt przełożona przełożony informatyk informatyczka
moderator moderatorka przeorysza kustoszka notariusz notariuszka komornik weterynarz audytor audytorka geodeta ławnik
ławniczka nadzorca zarządca administrator administratorka dyspozytor dyspozytorka bramkarz organista organistka
chórmistrz chórmistrzyni solista solistka scenograf scenografka choreograf choreografka pianista pianistka skrzypek
skrzypaczka wokalista wokalistka
reprezentant reprezentantka twórca twórczyni rzeźbiarz rzeźbiarka odlewnik archiwista archiwistka polonista
polonistka fotografik fotograficzka współorganizator współorganizatorka nadleśniczy leśniczy kleryk publicysta
publicystka regionalista regionalistka
przewodniczący przewodnicząca prezydent prezydentka zastępca zastępczyni dyrektor dyrektorka radny radna
burmistrz burmistrzyni wójt wójtka starosta marszałek marszałkini wojewoda poseł posłanka senator senatorka
minister premier prezes prezeska kierownik kierowniczka naczelnik naczelniczka rzecznik rzeczniczka
sekretarz skarbnik komendant komendantka rektor prorektor dziekan prodziekan proboszcz biskup arcybiskup
ksiądz członek członkini pełnomocnik pełnomocniczka koordynator koordynatorka inspektor inspektorka sołtys
szef szefowa przedstawiciel przedstawicielka ambasador ambasadorka konsul architekt architektka opiekun opiekunka
trener trenerka kurator kuratorka doradca doradczyni ekspert ekspertka autor autorka kustosz historyk historyczka
przewodnik przewodniczka laureat laureatka organizator organizatorka mieszkaniec mieszkanka radca radczyni
redaktor redaktorka kandydat kandydatka dziennikarz dziennikarka prokurator prokuratorka sędzia komisarz
nadkomisarz podkomisarz aspirant inspektor profesor profesorka lekarz lekarka nauczyciel nauczycielka
dyrygent artysta artystka aktor aktorka reżyser reżyserka pisarz pisarka poeta poetka lider liderka
założyciel założycielka inicjator inicjatorka właściciel właścicielka specjalista specjalistka asystent asystentka
kapitan pułkownik generał major mer komendant strażak policjant policjantka wolontariusz wolontariuszka
cesarz cesarzowa car caryca hetman prałat starościna kapelmistrz dramaturg szkoleniowiec medalista medalistka
ordynariusz oficjał dowódca funkcjonariusz funkcjonariuszka dzielnicowy kapelan gimnazjalista gimnazjalistka maturzysta
maturzystka pracownik pracowniczka wychowawca wychowawczyni
prymas metropolita papież król królowa książę księżna rabin pastor proboszcz wikariusz zakonnik siostra
prawnik prawniczka misjonarz misjonarka adwokat adwokatka urzędnik urzędniczka działacz działaczka społecznik społeczniczka włodarz
fundator fundatorka współwłaściciel współwłaścicielka współzałożyciel współzałożycielka muzyk śpiewak śpiewaczka
malarz malarka fotograf fotografka fotoreporter fotoreporterka zawodnik zawodniczka sportowiec himalaista
himalaistka przedsiębiorca rolnik rolniczka uczeń uczennica student studentka absolwent absolwentka emeryt emerytka
harcerz harcerka żołnierz weteran kombatant badacz badaczka naukowiec pielęgniarka ratownik ratowniczka strażnik
kierowca motorniczy sekretarka bibliotekarz bibliotekarka animator animatorka instruktor instruktorka menedżer
urbanista urbanistka konserwator konserwatorka plastyk plastyczka projektant projektantka rzecznik wolontariusz
oficer chorąży kanclerz przeor wikary kanonik lekkoatleta lekkoatletka koszykarz koszykarka piłkarz piłkarka siatkarz
siatkarka pływak pływaczka biegacz biegaczka kolarz kolarka szachista szachistka mistrz mistrzyni referent referentka
prepozyt gwardian przeor juror jurorka protokolant protokolantka dokumentalista dokumentalistka wykonawca dyżurny dyżurna
wioślarz wioślarka kajakarz kajakarka tenisista tenisistka bokser bokserka zapaśnik zapaśniczka judoka rękodzielnik
rękodzielniczka muzykolog socjolog psycholog archeolog politolog ekonomista ekonomistka wizytator wizytatorka komtur
kardiolog chirurg pediatra stomatolog ilustrator ilustratorka rysownik rysowniczka grafik graficzka wędkarz wędkarka
trębacz muzealnik muzealniczka neurobiolog anglista anglistka polonista polonistka matematyk matematyczka prozaik satyryk
podróżnik podróżniczka kronikarz kronikarka etnograf etnografka popularyzator popularyzatorka drużynowy drużynowa
producent producentka montażysta montażystka sołtyska przywódca przywódczyni skarbniczka konsulka kompozytor
kompozytorka dyrygentka tancerz tancerka wydawca diakon doktorant doktorantka stypendysta stypendystka olimpijczyk olimpijka
pomysłodawca pomysłodawczyni hufcowy hufcowa pszczelarz nuncjusz archiprezbiter duszpasterz
gospodarz gospodyni pasjonat pasjonatka siódmoklasista siódmoklasistka ósmoklasista ósmoklasistka goniec woźny woźna
sponsor napastnik pomocnik uczestnik uczestniczka wizażysta wizażystka stylista stylistka kuratus dworzanin modelka
etnolog etnolożka biolog biolożka farmaceuta farmaceutka przyrodnik przyrodniczka łowczy operator operatorka felietonista
felietonistka reporterka krytyk krytyczka etnomuzykolog komandor parlamentarzysta parlamentarzystka darczyńca darczyni sopranistka sopranista saksofonista
saksofonistka gitarzysta gitarzystka perkusista perkusistka akordeonista akordeonistka flecista flecistka wiolonczelista
wiolonczelistka dyplomata prezenter prezenterka akompaniator akompaniatorka chórzysta chórzystka
polityk polityczka piosenkarz piosenkarka biznesmen filantrop filantropka księgowy księgowa leśnik położna
""".split())  # fmt: skip
ROLE_PREFIXES = ("wice", "pod", "p.o.", "euro")
VICE_APART = frozenset({"wice", "vice", "v-ce", "w-ce"})  # "Wice Wojewoda", "v-ce Prezes", "w-ce prezydent": the prefix written apart
# What may stand between a name's comma and its role: "były", "nowego", "dotychczasowym", "obecnie", "od niedawna".
TIME_WORDS = frozenset("""
były była byłego byłej byłemu byłym obecny obecna obecnego obecnej obecnym obecnie nowy nowa nowego nowej nowym
dotychczasowy dotychczasowa dotychczasowego dotychczasowej dotychczasowym wieloletni wieloletnia wieloletniego
wieloletniej wieloletnim długoletni długoletnia długoletniego długoletniej długoletnim ówczesny ówczesna ówczesnego
ówczesnej ówczesnym od niedawna wcześniej poprzednio nowo b.
pierwszy pierwsza pierwszego pierwszej pierwszemu pierwszym drugi druga drugiego drugiej drugim
""".split())  # fmt: skip
TITLES = frozenset({"prof.", "dr", "dr.", "hab.", "mgr", "inż.", "ks.", "o.", "mec.", "red.", "abp", "bp", "gen.", "płk",
                    "kpt.", "insp.", "nadkom.", "podinsp.", "mł.", "st.", "kard.", "bł.", "abp.", "bp.", "płk.", "ppłk",
                    "ppłk.", "mjr", "mjr.", "por.", "ppor.", "nadinsp.", "kom.", "podkom.", "asp.", "abpa", "bpa", "abpa.",
                    "bryg.", "nadbryg.", "st.bryg.", "mł.bryg.", "sierż.", "szt.", "kmdr", "kmdr.", "asp.szt.", "med.", "min.", "kol.",
                    # how a priest, a friar or a volunteer firefighter is addressed: a title, not his function
                    "ksiądz", "księdza", "księdzu", "księdzem", "ojciec", "ojca", "ojcu", "ojcem", "druh", "druha",
                    "druhowi", "druhem", "dh", "dh.", "prałat", "prałata", "prałatowi", "prałatem", "kanonik", "kanonika",
                    "infułat", "infułata", "infułatowi", "infułatem", "kan.", "prał.", "doc.", "kan", "prał", "inf.",
                    # "prof." and "dr" written out
                    "profesor", "profesora", "profesorowi", "profesorem", "profesorze", "doktor", "doktora", "doktorowi",
                    "doktorem", "doktorze", "dra", "drowi", "drem"})  # fmt: skip
# A police or army rank before a name is a title when a function stands before it: "Komendant
# Wojewódzki Policji inspektor Jan Nowak" is the commander, "komisarz Anna Lis, oficer prasowa" the officer.
RANKS = frozenset({"inspektor", "nadinspektor", "podinspektor", "komisarz", "nadkomisarz", "podkomisarz", "aspirant",
                   "młodszy", "starszy", "pułkownik", "podpułkownik", "major", "kapitan", "porucznik", "generał",
                   "sztabowy", "brygadier", "nadbrygadier", "kapral", "sierżant", "chorąży",
                   "harcmistrz", "podharcmistrz"})  # fmt: skip  # a scout instructor's degree, not his function
HONORIFICS = frozenset({"p.", "pan", "pani", "pana", "panu", "panem", "panią", "panie", "państwo",
                        # "Prezes Zarządu, kolega Jan Lis", "Kol. Jan Lis": a club's members address each other so
                        "kolega", "kolegi", "koledze", "kolegę", "kolegą", "kol.", "kol", "koleżanka", "koleżanki", "koleżance", "koleżankę",
                        "koleżanką"})  # fmt: skip
# Words that may continue a role phrase: "dyrektor Wydziału Strategii i Projektów Rozwojowych".
CONNECTORS = frozenset({"i", "ds.", "w", "we", "z", "ze", "do", "na", "oraz", "nr", "im.", "ds", "spraw", "d/s", "-", "pw.", "św.",
                        "dla", "gm.", "woj.", "pow.", "siedzibą", "p.w.", "p/w", "par."})  # fmt: skip
ROLE_COMPLEMENTS = frozenset("""
miasto prezydent wydział biuro rada komisja urząd gmina powiat województwo spółka szkoła zarząd sejmik samorząd
departament referat centrum ośrodek zespół dzielnica osiedle klub fundacja stowarzyszenie muzeum teatr instytut
uniwersytet parafia policja straż sprawa młodzież senior kultura sport oświata zdrowie promocja budżet finanse
infrastruktura inwestycja metropolia miejski rozwój turystyka strategia projekt komunikacja społeczny
gospodarka komunalny organizacyjny prawny kadra edukacja polityka senioralny młodzieżowy obywatelski
prasowy wojewódzki powiatowy gminny marszałkowski sejm senat rząd kancelaria ministerstwo regionalny starostwo
królewski
""".split())  # fmt: skip
# "Przewodniczącym komisji jest Jan Nowak", "Jan Nowak został wybrany przewodniczącym".
LINKING_VERBS = frozenset({"jest", "był", "była", "będzie", "został", "została", "zostanie", "pozostaje", "zostaje",
                           "są", "byli", "były", "będą", "zostali", "zostały", "wybrano", "mianowano", "powołano",
                           "objęli", "objęły", "objął", "objęła", "pozostanie", "pozostał", "pozostała", "pozostaną",
                           "zaproponowano", "zgłoszono", "wskazano", "to", "pełni", "pełnią", "pełnił", "pełniła",
                           "pełnili", "pełniły", "sprawuje", "sprawują", "zostać", "pozostać", "pełnić", "sprawować",
                           "objąć"})  # fmt: skip
# "zostali wybrani", "została powołana": the participle after the linking verb
PARTICIPLES = frozenset({"wybrany", "wybrana", "wybrani", "wybrane", "powołany", "powołana", "powołani", "mianowany",
                         "mianowana", "mianowani", "wybrano", "ponownie", "jednogłośnie", "zapewne", "najpewniej",
                         "prawdopodobnie", "również", "też", "także"})  # fmt: skip
# Between a role and its linking verb: "Przewodniczącym ponownie wybrano …", "Skarbnikiem ma pozostać …".
BEFORE_THE_VERB = frozenset({"ponownie", "jednogłośnie", "dopiero", "też", "także", "ma", "mają", "miał", "miała", "może",
                             "mogą", "nadal", "tam"})  # fmt: skip
# What a body did to the person: the role it gave is the news, whatever the name's apposition says
# ("Szefem klubu został Jan Lis, radny elekt"), where "był", "jest" only describe ("Gościem był Jan Lis, burmistrz").
BECOMING = frozenset({"został", "została", "zostanie", "zostali", "zostały", "zostaje", "wybrano", "mianowano", "powołano", "zostać",
                      "zaproponowano", "zgłoszono", "wskazano",
                      "objęli", "objęły", "objął", "objęła", "wchodzą"})  # fmt: skip
# "W skład Rady Sołeckiej wchodzą: …", "Komisja w składzie: …": each name is a member.
MEMBERSHIP_VERBS = frozenset({"wchodzą", "wchodzi", "wchodzili", "wchodziły", "weszli", "weszły", "weszła", "wszedł", "wejdą"})
AGE = re.compile(r"^\d+-letni(?:a|ego|ej|emu|m|ą)?$")  # "został 35-letni Jan Nowak"
# Short forms of role nouns that the dictionary does not know: "Z-ca Wójta", "zast. dyrektora".
ROLE_ABBREVIATIONS = frozenset({"z-ca", "z-cy", "z-cę", "z-cą", "d-ca", "d-cy", "d-cę", "d-cą", "zast.", "dyr.", "przew.", "kier.", "wiceprzew.", "p.o.", "p. o."})
APPOINTED = frozenset({"wybrany", "wybrana", "wybrano", "wybranego", "wybranej", "wybranemu", "wybranym", "wybraną",
                       "mianowany", "mianowana", "powołany", "powołana", "na", "nowym",
                       "nową", "nowy", "nowa", "ponownie", "jednogłośnie", "jego", "jej", "stanowisko", "funkcję", "funkcje",
                       "został", "została", "jest", "była", "był", "zostanie", "będzie", "zgłoszony", "zgłoszona",
                       "zaproponowany", "zaproponowana", "jednak", "stanowisku", "znów", "znowu", "objął", "objęła",
                       "pełni", "pełnił", "pełniła", "sprawuje", "sprawował", "sprawowała",
                       # a list of names, then its predicate: "Jan Lis i Anna Kos zostali wybrani wiceprzewodniczącymi"
                       "zostali", "zostały", "wybrani", "wybrane", "powołani", "powołane", "mianowani", "mianowane", "zostaną", "są",
                       "byli", "będą"})  # fmt: skip
# What a patron's name follows: a street, a square, a school, an award, a monument. Compared by lemma.
# ("na sali Anny Lis", "w domu Jana Lisa": a room and a home are named after someone only with "im.")
PATRON_OF = frozenset("""
ulica aleja plac skwer rondo most wiadukt bulwar park osiedle pomnik popiersie tablica szkoła liceum
gimnazjum przedszkole technikum uniwersytet akademia politechnika instytut fundacja stowarzyszenie nagroda medal
laur order odznaka stypendium konkurs festiwal memoriał turniej muzeum teatr szpital stadion biblioteka kościół
parafia kaplica imię im. im ul. al. pl. os. św. bazylika katedra sanktuarium nazwa obelisk kopiec pw. p.w.
świętego świętej świętych błogosławionego błogosławionej najświętszej najświętszego statuetka puchar
""".split())  # fmt: skip
CHURCHES = frozenset({"parafia", "kościół", "kaplica", "bazylika", "katedra", "sanktuarium"})
PRIESTS_TITLES = frozenset({"ks.", "ks", "kan.", "prał.", "o.", "bp", "bp.", "abp", "abp.", "proboszcz", "proboszcza"})
NAMED_PLACES = frozenset({"ulica", "aleja", "plac", "skwer", "rondo", "most", "nazwa", "imię", "patron"})
# "dyrektora szkoły Jana Lisa": a school written in lower case is his; a theatre, a university, a parish
# or a foundation is often named after someone without "im." ("teatru Wilama Horzycy")
INSTITUTIONS = frozenset({"szkoła", "przedszkole"})
HEADS_OF = frozenset("""
dyrektor dyrektorka kierownik kierowniczka prezes prezeska rektor prorektor dziekan proboszcz kustosz ordynator
przewodniczący przewodnicząca szef szefowa
""".split())  # fmt: skip
QUOTES = frozenset({"„", "”", "“", "\"", "«", "»"})  # "“Puszcza Kozienicka”": an English opening mark too
QUOTE_SPACING = re.compile(r'([„“"«])\s*([^„”“"«»]*?)\s*([”"»])')  # "„ Gazety Polskiej ”" → "„Gazety Polskiej”"
# Words before a patron's name that TITLES does not hold already: "im. mjra …", "króla …".
RANKS_OF_PATRONS = frozenset({"mjra", "gen", "kpt", "hetmana", "króla", "królowej", "św", "dra", "kardynała", "prymasa", "papieża",
                              "rotmistrza", "pułkownika", "generała", "majora", "porucznika", "kapitana", "marszałka"})  # fmt: skip
# What an office holder gives in person, so that "nagroda prezydenta Jana Nowaka" names the president.
FUNDED_BY = frozenset({"nagroda", "stypendium", "list", "dyplom", "podziękowanie"})
NOT_SURNAMES = frozenset({"Rady", "Rada", "Radzie", "Radę", "Rynku", "Rynek", "Polski", "Polska", "Polsce", "Wisły", "Wisła",
                          "Kardynał", "Kardynała", "Kardynałowi", "Prymasa", "Prymas", "Biskupa", "Księdza"})  # fmt: skip


@dataclass
class Person:
    name: str
    role: str | None
    forms: list[str] = field(default_factory=list)


@dataclass
class _Mention:
    start: int
    end: int
    first: str | None  # nominative first name(s); None for "J. Nowak"
    surname: str
    female: bool | None
    initials: str = ""  # "J." for "J. Nowak"
    cases: frozenset[str] = frozenset()  # the cases the name can be in; empty when unknown

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first or self.initials, self.surname) if part)


# --- surnames the dictionary does not know -----------------------------------------------------
_SOFT = [("ni", "ń"), ("si", "ś"), ("ci", "ć"), ("zi", "ź"), ("dzi", "dź")]
_VOWELS = set("aąeęioóuy")


def _restore_stem(stem: str) -> str:
    """Undo what declension does to a stem: soft consonants (Pietrucieni → Pietrucień), mobile e (Głuszk → Głuszek)."""
    for written, nominative in _SOFT:
        if stem.endswith(written) and len(stem) > 3:
            return stem[: -len(written)] + nominative
    if len(stem) > 3 and stem[-1] in "kc" and stem[-2].lower() not in _VOWELS and (stem[-2] not in "sz" or stem[-3:-1] in ("sz", "cz", "rz")):
        return stem[:-1] + "e" + stem[-1]  # "Domaszka" → Domaszek too, but no "-sek" from "-ska"
    if len(stem) > 3 and stem.endswith("ł") and stem[-2].lower() not in _VOWELS:
        return stem[:-1] + "eł"
    if len(stem) > 3 and stem[-1] == "r" and stem[-2] in "tdkgbp":
        return stem[:-1] + "er"  # "Flejtra" → Flejter, "Zubra" → Zuber: no surname ends in "-tr", "-br"
    if len(stem) > 3 and stem[-1] == "l" and stem[-2] in "bpfwkgtd":
        return stem[:-1] + "el"  # "Swerpla" → Swerpel, "Wróbla" → Wróbel
    return stem


# A man's locative softens the stem's last consonant: Lerchenfeld → Lerchenfeldzie, Walent → Walencie.
_LOCATIVE_SOFTENED = [("dzie", "d"), ("cie", "t"), ("rze", "r"), ("le", "ł"), ("nie", "n"), ("sie", "s"), ("zie", "z"),
                      ("mie", "m"), ("wie", "w"), ("bie", "b"), ("pie", "p"), ("fie", "f")]
_ADJECTIVAL_MALE = re.compile(r"(s|c|dz)(?:kiego|kiemu|kim)$")
_ADJECTIVAL_FEMALE = re.compile(r"(s|c|dz)(?:kiej|ką)$")
_CASE_ENDING = {"gen": "a", "acc": "a", "dat": "owi", "inst": "em", "loc": "u", "voc": "u"}


def surname_nominative(surname: str, *, female: bool, case_ending: str) -> str:
    """A surname the dictionary does not know, in the case its first name shows (``case_ending``:
    what that case adds to a masculine name, "" in the nominative)."""
    return "-".join(_surname_part(part, female=female, case_ending=case_ending) for part in surname.split("-"))


def _surname_part(part: str, *, female: bool, case_ending: str) -> str:
    # an adjectival surname in any case, also declined by mistake beside a nominative first name ("Patrycja Smykowską")
    adjectival, nominative = (_ADJECTIVAL_FEMALE, r"\1ka") if female else (_ADJECTIVAL_MALE, r"\1ki")
    if adjectival.search(part):
        return adjectival.sub(nominative, part)
    if not case_ending:
        return part
    if female:
        if re.search(r"(ow|n)(?:ej|ą)$", part):
            return re.sub(r"(?:ej|ą)$", "a", part)
        if re.search(r"[^aeiouyąęó][ęą]$", part) or (case_ending == "a" and re.search(r"[^aeiouyąęókg]y$|(?:(?<![scz])k|g|[lj])i$", part)):
            return part[:-1] + "a"  # a woman's surname in -a declines: "Annę Nowak-Wilę", "Anny Bały", "Anny Wysgi", "Heleny Rysuli"
        return part  # a woman's surname ending in a consonant does not decline: "Anny Głuszek"
    if case_ending in ("owi", "u") and re.search(r"[^aeiouyąęó]ce$", part):
        return part[:-2] + "ka"  # "Tadeuszowi Trziszce", "po Arturze Szałabawce" → Trziszka, Szałabawka
    if re.search(r"[kg]iem$", part):
        return _restore_stem(part[:-3])  # "Kowallkiem" → Kowallek
    if case_ending == "u":
        for written, nominative in _LOCATIVE_SOFTENED:
            if part.endswith(written) and len(part) - len(written) >= 3:
                return part[: -len(written)] + nominative  # "o Tadeuszu Lerchenfeldzie" → Lerchenfeld
    if case_ending in ("owi", "u") and part.endswith("a") and not part.endswith("owa"):
        return part  # "Tomaszowi Siwula": a surname in -a declines to "-li", "-ie" there, so this one was left as written
    if case_ending in ("a", "em") and re.search(r"[^aeiouyąęó][yąę]$|(?:(?<![scz])k|g)i$", part) and len(part) > 4:
        return part[:-1] + "a"  # "Jana Zaręby", "Janem Zarębą", "Jana Zarębę", "Piotra Wysgi" → Zaręba, Wysga
    for ending in sorted({case_ending, "owi", "em", "a", "u"}, key=len, reverse=True):
        if part.endswith(ending) and len(part) - len(ending) >= 3:
            return _restore_stem(part[: -len(ending)])
    return part


def _declines_as(part: str, female: bool, cases: frozenset[str]) -> bool:
    """Whether an unknown surname can be in ``cases`` beside a first name of that gender."""
    if female:
        if cases <= {"nom", "voc"} and part.endswith(("ę", "ą")):
            return False  # "Stanisława Watrobę": a man in the accusative, not a woman in the nominative
        return not re.search(r"(?:ski|cki|dzki|skiego|ckiego)$", part)
    if "nom" in cases or "voc" in cases:
        return not re.search(r"(?:ska|cka|dzka|skiej|ckiej|ską|cką)$", part)
    if re.search(r"(?:ska|cka|dzka|skiej|ckiej|ską|cką)$", part):
        return False  # a woman's adjectival surname
    # a man's surname declines; one in "-o" often stays as written ("Wojciechowi Wojdyło", "Józefem Ryłko")
    return bool(re.search(r"(?:a|u|owi|em|iem|ego|emu|im|ie|y|ą|ę|e|(?:(?<![scz])k|g)i|[^aeiouy]o)$", part))


# --- names ---------------------------------------------------------------------------------------
# First names that are far more often a hall: "w Sali Mieszczańskiej", "Hala Sportowa".
NOT_FIRST_NAMES = frozenset({"Sala", "Hala", "Aula"})


def _first_name_readings(token: str) -> list[Reading]:
    if token.lower() in ROLE_PREFIXES:
        return []  # "Wice Wojewoda": the prefix written apart, not "Wika"
    return [r for r in readings(token) if r.pos == "subst" and "imię" in r.labels and "sg" in r.numbers and r.lemma[:1].isupper()
            and r.lemma not in NOT_FIRST_NAMES]  # fmt: skip


def _surname_readings(part: str) -> list[Reading]:
    # "Jagiellończyka": a byname (SGJP's "przydomek") stands where a surname does
    return [r for r in readings(part) if r.pos in ("subst", "depr") and ("nazwisko" in r.labels or "przydomek" in r.labels)]


# A surname made from a place ("Szwabski", "Tuchlińskiego"): the dictionary may know it only as an adjective.
ADJECTIVAL_SURNAME = re.compile(r"(?:s|c|dz)k(?:i|a|iego|iej|iemu|im|ą|ie)$")


def _can_be_surname(token: str) -> bool:
    if not CAPITALISED.match(token) or token in NOT_SURNAMES:
        return False
    parts = token.split("-")
    if len(parts) == 2 and any(ADJECTIVAL_SURNAME.search(part) or _surname_readings(part) for part in parts) and (
            parts[0][:1].isupper() and parts[1][:1].isupper()):
        return True  # "Grzeszna-Kozikowska", "Ulatowska-Letko": beside a surname of its own, a common word is a surname too
    return all(may_name_someone(part) or _adjectival_surname(part) or _only_a_verb(part) for part in parts)


VERB_FORMS = frozenset({"fin", "praet", "impt", "inf", "imps", "pcon", "pant", "bedzie"})


def _may_end_a_name(tokens: list[str], index: int) -> bool:
    """A capitalised word after a first name that may be its surname though the dictionary knows it as a common word:
    no first name or role itself, and no capitalised word or number after it (a name of an institution goes on)."""
    token = tokens[index]
    if not CAPITALISED.match(token) or "-" in token or token in NOT_SURNAMES or _first_name_readings(token) or _is_role_word(token):
        return False
    return not (index + 1 < len(tokens) and (CAPITALISED.match(tokens[index + 1]) or tokens[index + 1][:1].isdigit()))


def _common_word_surname(tokens: list[str], index: int) -> bool:
    """A capitalised common word that can stand as a surname after a first name: no first name, role,
    title or place, and no capitalised word after it (a name of an institution goes on)."""
    if not _may_end_a_name(tokens, index):
        return False
    token = tokens[index]
    found = readings(token)
    # "Mirosław Gatka": a village's name too, in the nominative like the first name before it
    return bool(found) and all(r.pos in ("subst", "adj", "depr") and ("nazwa_geograficzna" not in r.labels or "nom" in r.cases) for r in found)


def _declined_common_word_surname(first_names: list[Reading], surname: str) -> tuple[Reading, str] | None:
    """ "Jacka Stryka" → Jacek Stryk: a man's surname the dictionary knows only as a common noun, declined
    in his first name's case (a woman's stays undeclined, so hers is in the nominative rule)."""
    for first in sorted(first_names, key=_likelier_first_name, reverse=True):
        if first.female or "nom" in first.cases:
            continue
        noun = next((r for r in readings(surname.lower()) if r.pos == "subst" and "sg" in r.numbers and r.cases & first.cases
                     and r.genders & {"m1", "m2", "m3"}), None)
        if noun is not None:
            return first, noun.lemma[:1].upper() + noun.lemma[1:]
    return None


SAINTS_EPITHETS = frozenset({"święty", "błogosławiony", "wniebowzięty", "najświętszy"})  # "Józefa Świętego": a saint, no surname


# An adjectival surname's oblique endings and its nominative, and whether it is a woman's: "Amerskiego" → "Amerski".
ADJECTIVAL_ENDINGS = (("kiego", "ki", False), ("kiemu", "ki", False), ("kim", "ki", False), ("kiej", "ka", True), ("ką", "ka", True))


def _adjectival_in_nominative(surname: str) -> tuple[str, bool] | None:
    """The nominative of an adjectival surname the dictionary does not know, from its ending (after an initial,
    the only clue to its case): "Amerskiego" → ("Amerski", False), "Zawadzkiej" → ("Zawadzka", True)."""
    for ending, nominative, female in ADJECTIVAL_ENDINGS:
        if surname.endswith(ending) and re.search(r"(?:s|c|dz)k$", surname[: -len(ending) + 1]):
            return surname[: -len(ending)] + nominative, female
    return None


def _adjective_surname(first_names: list[Reading], tokens: list[str], end: int) -> tuple[Reading, str] | None:
    """ "Józefę Podskalną" → Józefa Podskalna: a capitalised adjective agreeing with the first name before it in case,
    number and gender is the surname, in the nominative of that gender (no capitalised word after it: an institution's)."""
    if not _may_end_a_name(tokens, end):
        return None
    token = tokens[end]
    for first in first_names:
        gender = "f" if first.female else "m1"
        adjective = next((r for r in readings(token.lower()) if r.pos == "adj" and r.agrees(first) and gender in r.genders
                          and r.lemma not in SAINTS_EPITHETS), None)
        form = adjective_form(adjective.lemma, gender) if adjective else None
        if form:
            return first, form.capitalize()
    return None


def _only_a_verb(part: str) -> bool:
    """ "Wila" in "Anna Nowak-Wila": a verb form to the dictionary, but a verb is never capitalised after a name."""
    found = readings(part)
    return bool(found) and all(r.pos in VERB_FORMS for r in found)


def _adjectival_surname(part: str) -> bool:
    # "Kowalska", and "Rząska", which the dictionary knows only as a village of that name
    return bool(ADJECTIVAL_SURNAME.search(part)) and all(
        r.pos == "adj" or (r.pos == "subst" and r.labels == {"nazwa_geograficzna"}) for r in readings(part.lower()))


OBLIQUE_ONLY = re.compile(r"(?:ego|emu|ą|iej|em|owi)$")  # endings no surname has in the nominative


def _with_surname(first: Reading, surname: str) -> tuple[int, str] | None:
    """How well a surname agrees with a first-name reading (known parts that agree), and its nominative."""
    score, parts = 0, []
    written = surname.split("-")
    for position, part in enumerate(written):
        agreeing = [r for r in _surname_readings(part) if r.agrees(first)]
        if position < len(written) - 1 and any(r.lemma == part and "nom" in r.cases for r in _surname_readings(part)):
            score += 2 * bool(agreeing)
            parts.append(part)  # "Janusza Ostoja-Zagórskiego": the first part of a double surname often stays as written
        elif agreeing:
            score += 2
            # "Kusiem": Kuś before Kusio, as "Jacka" is Jacek before Jack
            parts.append(min(agreeing, key=lambda r: (not r.lemma[:1].isupper(), r.lemma.endswith("o"))).lemma)
        elif first.cases == {"nom"} and OBLIQUE_ONLY.search(part) and (
                declined := [r for r in _surname_readings(part) if r.genders & first.genders and r.numbers & first.numbers]):
            parts.append(declined[0].lemma)  # "księdza Piotr Ściegiennego", "z Patrycja Smykowską": a first name left undeclined
        elif not _declines_as(part, first.female, first.cases):
            return None  # a surname that cannot stand in this case beside this first name
        else:
            ending = "" if "nom" in first.cases else _CASE_ENDING.get(min(first.cases - {"nom"}, default="gen"), "a")
            parts.append(_surname_part(part, female=first.female, case_ending=ending))
    return score, "-".join(parts)


def _resolve(first_token: str, surname: str, context: frozenset[str] = frozenset(), middle: bool = False,
             female: bool | None = None) -> tuple[Reading, str] | None:
    """The reading of the first name that the surname agrees with, and the surname's nominative;
    ``context``, the cases the role or courtesy word before the name can be in, decides between
    readings alike ("europosła Sławomira Nitrasa": Sławomir, not a woman named Sławomira). With
    ``middle`` names between, the surname must agree ("z Karpia Krystynę Safaryn": a village first).
    ``female``, what a title before the name says ("o ks. Józefie Potyrale": a man), decides before the case does."""
    best = None
    # "Pawła Szefernakera": an unknown surname in -a after a consonant is a man's genitive more often than a
    # woman's nominative, whose first name would then be a rare one ("Pawła")
    mans_genitive = bool(re.search(r"(?:[^aeiouyąęó]a|[^aeiouyąęó]u|owi|[^aeiouyąęó]i?em)$", surname)
                         and not re.search(r"(?:ówna|owa|anka|[iy]na)$", surname)) and all(
        r.pos == "ign" for r in readings(surname))  # "Antonina Panasówna": a woman's name by its suffix; "Józefie Balwirczaku": a man's
    for first in _first_name_readings(first_token):
        agreed = _with_surname(first, surname)
        if agreed is None:
            continue
        preferred = first.female is False if mans_genitive else "nom" in first.cases
        # a title says whose the name is before any surname does ("od pana Przemysława Dłubała": not a woman's "Dłubała")
        rank = (female is not None and first.female is female, agreed[0], bool(first.cases & context), preferred,
                *_likelier_first_name(first))  # fmt: skip
        if best is None or rank > best[0]:
            best = (rank, first, agreed[1])
    if best is None and not middle and _undeclined(surname):
        # "Prezesa MKS Tomasza Knitter": a foreign surname a journalist left undeclined beside a man's first name,
        # in the case of the role before it
        first = next((r for r in _first_name_readings(first_token) if r.female is False and r.cases & context - {"nom"}), None)
        return (first, surname) if first else None
    return (best[1], best[2]) if best else None


def _likelier_first_name(first: Reading) -> tuple[bool, int]:
    """Between readings alike, the likelier first name: Jacka is Jacek before Jack, Roberta Robert before Roberto
    (a man's first name in -o is rare in Polish)."""
    return bool(first.female) or not first.lemma.endswith("o"), len(first.lemma)


# Titles that only a man or only a woman bears, whatever their case: they decide a first name alike for both ("Józefie").
MENS_TITLES = frozenset({"ks.", "ksiądz", "księdza", "księdzu", "księdzem", "o.", "ojciec", "ojca", "ojcu", "ojcem", "pan", "pana",
                         "panu", "panem", "brat", "brata", "bratu", "bratem", "dh", "dh.", "druh", "druha", "druhowi", "druhem"})
WOMENS_TITLES = frozenset({"pani", "panią", "s.", "siostra", "siostry", "siostrze", "siostrą", "druhna", "druhny", "druhnie", "druhną", "dhna"})


def _gender_of_title(tokens: list[str], index: int) -> bool | None:
    """Whether the titles right before a name say it is a woman's (True) or a man's (False); None when they say nothing."""
    before = index - 1
    while before >= 0 and before >= index - 4 and (_is_title(tokens[before]) or tokens[before].lower() in MENS_TITLES | WOMENS_TITLES):
        if tokens[before].lower() in MENS_TITLES:
            return False
        if tokens[before].lower() in WOMENS_TITLES:
            return True
        before -= 1
    return None


def _undeclined(surname: str) -> bool:
    """A surname the dictionary knows as written in every case (a woman's "Knitter", "Fiałek")."""
    known = _surname_readings(surname) if "-" not in surname else []
    return any(r.lemma == surname and len(r.cases) == len(CASES) for r in known)


def _cases_before(tokens: list[str], start: int, mentions: list[_Mention] = ()) -> frozenset[str]:
    """The cases the name starting at ``start`` is likely in: those of the role or courtesy word before
    it (titles and the role's complement skipped: "Biskupa Płockiego Wiesława Śmigla"), or of the
    name before it in one list ("Dariusza Chojnackiego i Wojciecha Elszyna")."""
    if mentions and mentions[-1].cases and mentions[-1].end == start - 1 and tokens[start - 1] in ("i", "oraz", ","):
        return mentions[-1].cases
    index = start - 1
    while index >= 0 and tokens[index].lower() in TITLES:
        index -= 1
    apposed = index > 0 and (tokens[index] == "," or tokens[index] in DASHES)  # "kapelana strażaków – ks. Władysława Kuliga"
    if apposed and (_is_role_word(tokens[index - 1]) or (
            index > 1 and _continues_role(tokens[index - 1], tokens[index - 2]) and _is_role_word(tokens[index - 2]))):
        index -= 1  # "architekta teatralnego, Józefa Chmiela": an apposition, in the case of the role before the comma
    complement = 0
    while index >= 0 and complement < 4 and tokens[index] not in CLAUSE_END and not _is_role_word(tokens[index]) \
            and tokens[index].lower() not in HONORIFICS and _continues_role(tokens[index], tokens[index - 1] if index else ""):
        index -= 1
        complement += 1
    if start > 0 and any(r.pos == "imps" for r in readings(tokens[start - 1].lower())):
        return frozenset({"acc", "gen", "dat", "inst"})  # "powołano Konrada Grochala": an impersonal verb's object, never "Konrada"
    if index < 0 or not (tokens[index].lower() in HONORIFICS or _is_role_word(tokens[index])):
        return frozenset()
    honorific = tokens[index].lower() in HONORIFICS
    # the role noun's own readings ("architekta": architekt's genitive, not a noun "architekta")
    return frozenset().union(*(r.cases for r in readings(tokens[index].lower()) if r.pos in ("subst", "adj", "ppas")
                               and (honorific or r.pos != "subst" or _is_role_lemma(r.lemma))))


def _patron(tokens: list[str], start: int, named: int | None = None) -> bool:
    """A name right after a street, a school, an award…, titles and ranks between ("rondo prof. Anny Nowak");
    ``named`` is where the name asked about starts, when ``start`` is an earlier name of its list."""
    named = start if named is None else named
    index = start - 1
    # "ul. gen. Augusta Emila Fieldorfa", "nazwę Premiera Leopolda Skulskiego", nazwę „Ks. Jerzego Popiełuszki”,
    # "im. mjra Henryka Dobrzańskiego": titles, ranks, functions, quotes and further first names may stand between
    function = False
    while index >= 0 and (tokens[index].lower() in TITLES or _is_role_word(tokens[index]) or tokens[index] in QUOTES
                          or tokens[index].lower() in RANKS_OF_PATRONS
                          or (tokens[index].isupper() and ACRONYM.match(tokens[index]) and index > 0 and _is_role_word(tokens[index - 1]))  # "prezydenta RP"
                          or (CAPITALISED.match(tokens[index]) and _first_name_readings(tokens[index]))):
        function = function or (tokens[index].lower() not in TITLES and _role_reading(tokens[index]) is not None)
        index -= 1  # fmt: skip
    if index > 0 and tokens[index] == ":" and {r.lemma for r in readings(tokens[index - 1].lower())} & NAMED_PLACES:
        index -= 1  # "nazwy ulic: Adama Rapackiego, …", but "Organizatorki konkursu: M. Lis" name the organisers
    if index < 0:
        return False
    if index > 0 and tokens[index].lower() in ("i", "oraz", ","):
        # "ulic Wincentego Witosa i Ludwika Waryńskiego": the next patron of one list
        previous = index - 1
        while previous > 0 and (CAPITALISED.match(tokens[previous]) or tokens[previous] in QUOTES) and start - previous < 10:
            previous -= 1  # "nazwy „Kardynała Stefana Wyszyńskiego” oraz „Marszałka …”": quoted names too
        return previous < index - 1 and _patron(tokens, previous + 1, named)
    lemmas = {tokens[index].lower()} | {r.lemma.lower() for r in readings(tokens[index]) if r.pos == "subst"}
    if lemmas & CHURCHES and any(t.lower() in PRIESTS_TITLES for t in tokens[index + 1 : named]):
        # "proboszcza parafii ks. kan. Mariana Jarosa", "proboszcza parafii Solec oraz ks. Jana Kosa": a priest; a church's patron is a saint
        return False
    if lemmas & CHURCHES and _parish_priest_before(tokens, index) and index + 1 < len(tokens) and not (
            INITIAL.match(tokens[index + 1]) or tokens[index + 1].lower() in HONORIFICS):  # "parafii M.M. Kolbego", "Pana Jezusa": its patron
        return False  # "proboszcza jabłonkowskiej parafii Janusza Kosa": the parish's priest, named after his post
    if function and lemmas & FUNDED_BY:
        return False  # "stypendia burmistrza Waldemara Jaksona": the mayor in office gives them
    if "imię" in lemmas and index > 0 and tokens[index - 1].lower() == "w":
        return False  # "w imieniu premiera Donalda Tuska": on his behalf
    head = _role_reading(tokens[index - 1]) if index > 0 and tokens[index].islower() else None
    if head is not None and head.lemma.lower().removeprefix("wice") in HEADS_OF and lemmas & INSTITUTIONS:
        return False  # "dyrektora szkoły Krzysztofa Wilka": who heads it, named after his post
    # "ogłoszono Rokiem Jana Kasprowicza": a year named after someone is capitalised, unlike "w roku …"
    return bool(lemmas & PATRON_OF) or (tokens[index][:1].isupper() and "rok" in lemmas)


PARISH_PRIESTS = frozenset({"proboszcz", "wikariusz", "wikary", "administrator"})


def _parish_priest_before(tokens: list[str], church: int) -> bool:
    before = church - 1
    while before > 0 and any(r.pos == "adj" for r in readings(tokens[before].lower())):
        before -= 1
    return before >= 0 and any(r.lemma in PARISH_PRIESTS for r in readings(tokens[before].lower()))


def _names_in(tokens: list[str]) -> list[_Mention]:
    mentions: list[_Mention] = []
    index = 0
    while index < len(tokens) - 1:
        token = tokens[index]
        if token == "P." and _first_name_readings(tokens[index + 1]):
            index += 1  # "P. Marta Nowak": "Pani", not an initial
            continue
        if INITIAL.match(token) and INITIAL.match(tokens[index + 1]) and index + 2 < len(tokens) and _can_be_surname(tokens[index + 2]) and not (
                _first_name_readings(tokens[index + 2]) and index + 3 < len(tokens) and _can_be_surname(tokens[index + 3])):
            # "J. G. Treppmachera", "im. K. K. Baczyńskiego": two initials
            if not _patron(tokens, index):
                known = _surname_readings(tokens[index + 2])
                lemma, female = _nominative_surname(known) if known else (tokens[index + 2], None)
                mentions.append(_Mention(index, index + 3, None, lemma, female, initials=f"{token} {tokens[index + 1]}"))
            index += 3
            continue
        after_role = index > 0 and (_is_role_word(tokens[index - 1]) or tokens[index - 1].lower() in HONORIFICS)
        # "radny J. Szafarek": after a role any capitalised word may be the surname, not only one the dictionary allows
        # (not "S.A. Dorota Lis": a first name with its surname after the initial is the next person)
        if INITIAL.match(token) and (_can_be_surname(tokens[index + 1]) or (after_role and CAPITALISED.match(tokens[index + 1])
                                     and tokens[index + 1] not in NOT_SURNAMES)) and not _patron(tokens, index) and not (
                _first_name_readings(tokens[index + 1]) and index + 2 < len(tokens) and _can_be_surname(tokens[index + 2])):  # fmt: skip
            surname = tokens[index + 1]
            known = _surname_readings(surname.split("-")[0])
            unknown = all(r.pos == "ign" for r in readings(surname.split("-")[0]))
            if known or unknown or after_role:
                lemma = next((r.lemma for r in known if "nom" in r.cases), None) or (known[0].lemma if known else surname)
                female = known[0].female if known and len({r.female for r in known}) == 1 else None
                if not known and "-" not in surname:
                    lemma, female = _adjectival_in_nominative(surname) or (lemma, female)  # "autorstwa A. Amerskiego" → A. Amerski
                cases = frozenset().union(*(r.cases for r in known)) if known and "-" not in surname else frozenset()
                mentions.append(_Mention(index, index + 2, None, lemma if "-" not in surname else surname, female, initials=token, cases=cases))
                index += 2
                continue
        if token.lower() in HONORIFICS:  # "Pan Jan Kowalski", "Panią Katarzynę Sekułę": not a first name
            index += 1
            continue
        reversed_ = _surname_first(tokens, index)
        if reversed_ is not None:
            mentions.append(reversed_)
            index = reversed_.end
            continue
        alone = _first_name_only(tokens, index)
        if alone is not None:
            mentions.append(alone)
            index = alone.end
            continue
        if _unknown_first_name(tokens, index):
            # "burmistrz Vidmantas Blužas": a first name no dictionary knows, after a role or a title
            mentions.append(_Mention(index, index + 2, token, *_known_surname(tokens[index + 1])))
            index += 2
            continue
        if not CAPITALISED.match(token) or "-" in token or not _first_name_readings(token):
            index += 1
            continue
        # "Jan i Maria Kowalscy", "Annę i Artura Bukowskich": two first names, one plural surname
        placed = index > 0 and tokens[index - 1].lower() in ("z", "ze", "w", "we")  # "z Klimek i Radosław Nowicki": a village
        if index + 3 < len(tokens) and tokens[index + 1] in AND and _first_name_readings(tokens[index + 2]) and not placed:
            if _patron(tokens, index):
                index += 3  # "pw. Świętego Piotra i Pawła": a church's saints, not a family
                continue
            family = _family(tokens, index)
            if family:
                mentions.extend(family)
                index += 4
                continue
        noble = _with_particle(tokens, index, _cases_before(tokens, index, mentions))
        if noble is not None:
            if not _patron(tokens, index):  # "ulica Ludwiga van Beethovena": a patron
                mentions.append(noble)
            index = noble.end
            continue
        end = index + 1
        middle = []
        # a second first name or an initial: "Anna Maria Nowak", "Jan A. Nowak"
        if end < len(tokens) - 1 and _can_be_surname(tokens[end + 1]) and not _function_after(tokens, end + 1):
            second = CAPITALISED.match(tokens[end]) and (_first_name_readings(tokens[end]) or (
                # "Wolfganga Amadeusa Mozarta": a second first name no dictionary knows, before a surname it does
                all(r.pos == "ign" for r in readings(tokens[end])) and _surname_readings(tokens[end + 1])
                and not ADJECTIVAL_SURNAME.search(tokens[end]) and not _is_role_word(tokens[end + 1])))
            # "Gustawem Markiem Brzezinem": a second first name that is also a surname, when a surname follows
            if (second and (not _surname_readings(tokens[end]) or _resolve(token, tokens[end + 1]))) or INITIAL.match(tokens[end]):
                middle = [tokens[end]]
                end += 1
        surname = tokens[end]
        if INITIAL.match(surname) and not middle and (end + 1 == len(tokens) or not _can_be_surname(tokens[end + 1])):
            # "zatrzymało Adama A.": a suspect or a witness, named by first name and initial
            first = _first_name_alone(token, _cases_before(tokens, index, mentions))
            mentions.append(_Mention(index, end + 1, first.lemma, surname, first.female))
            index = end + 1
            continue
        if SHOUTED.match(surname):
            surname = "-".join(part.capitalize() for part in surname.split("-"))
        numbered = _numbered_ruler(tokens, index)
        if numbered is not None:
            if not _patron(tokens, index):  # "al. Jana Pawła II", "szkoła im. Jana Pawła II": a patron
                mentions.append(numbered)
            index = numbered.end
            continue
        resolved = _resolve(token, surname, _cases_before(tokens, index, mentions), bool(middle),
                            _gender_of_title(tokens, index)) if _can_be_surname(surname) else None
        first_names = _first_name_readings(token)
        if resolved is None and not middle and all(r.cases == {"nom"} for r in first_names) and _common_word_surname(tokens, end) and (
                not _patron(tokens, index)):
            # "Ryszard Szufel", "Gizela Klaryska": a surname the dictionary knows only as a common word, after a first
            # name that can only be in the nominative ("Mirosława" may be a man's genitive), so it needs no declining
            resolved = (first_names[0], surname)
        if resolved is None and not middle and _common_word_surname(tokens, end) and not _patron(tokens, index):
            resolved = _declined_common_word_surname(first_names, surname)
        if resolved is None and not middle and not _patron(tokens, index):
            resolved = _adjective_surname(first_names, tokens, end)
        if resolved is None and not middle and end + 1 < len(tokens) and _can_be_surname(tokens[end + 1]):
            index += 1  # "Marii Magdaleny Nowak": the next first name starts the name
            continue
        # a patron's name is in the genitive ("szkoła Jana Kochanowskiego"), not "dyrektorowi szkoły Dariuszowi Słapkowi"
        # in a list of patrons a first name may also read as a woman's nominative ("ulic: Adama Lisa, Bolesława Kosa"),
        # where after a head's post it is hers ("dyrektor biblioteki Renata Gość")
        listed = index > 0 and tokens[index - 1] in (",", "i", "oraz")
        genitive = resolved is not None and any("gen" in r.cases for r in (resolved[0], *(_first_name_readings(token) if listed else ())))
        named_after = index > 0 and tokens[index - 1].lower() in ("im.", "im", "imienia")  # "Książnica im. Łukasz Górnickiego": a writer's slip
        if resolved is None or ((genitive or named_after) and _patron(tokens, index)) or _place_after_its_office(tokens, index, resolved[0].cases):
            index += 1
            continue
        first, surname_nominative_ = resolved
        middle_names = [m if INITIAL.match(m) else _nominative_first_name(m, first) if _first_name_readings(m) else _without_case_ending(m, first)
                        for m in middle]
        second = _second_surname_after_dash(tokens, end + 1)
        if second:  # "Aleksandra Zielińska – Duda": a double surname written with a dash (spaced as written at the end)
            surname_nominative_, end = f"{surname_nominative_} {tokens[end + 1]} {second}", end + 2
        elif end + 2 < len(tokens) and tokens[end + 1] == "vel" and CAPITALISED.match(tokens[end + 2]):
            # "Szymona Szynkowskiego vel Sęk": the alias after "vel" is part of the surname, written as it is
            surname_nominative_, end = f"{surname_nominative_} vel {tokens[end + 2]}", end + 2
        elif _second_surname_spaced(tokens, end + 1, first):
            # "dyrektor Ewy Rozen Bieńkowskiej", "pani Anna Kroplewska Gajewska": a double surname without its hyphen
            ending = "" if "nom" in first.cases else _CASE_ENDING.get(min(first.cases - {"nom"}, default="gen"), "a")
            surname_nominative_ = f"{surname_nominative_} {_surname_part(tokens[end + 1], female=first.female, case_ending=ending)}"
            end += 1
        mentions.append(_Mention(index, end + 1, " ".join([first.lemma, *middle_names]), surname_nominative_, first.female,
                                 cases=first.cases))
        index = end + 1
    return mentions


NAME_PARTICLES = frozenset({"von", "van", "de", "der", "du", "da", "di", "zu", "la", "le"})


def _function_after(tokens: list[str], index: int) -> bool:
    """ "Dominik Serafin Sołtys Sołectwa Smykówko": a role word with its complement after a name, no third part of it."""
    return index + 1 < len(tokens) and _is_role_word(tokens[index]) and bool(CAPITALISED.match(tokens[index + 1])) and any(
        "gen" in r.cases for r in readings(tokens[index + 1].lower()) if r.pos in ("subst", "adj"))


def _with_particle(tokens: list[str], index: int, context: frozenset[str]) -> _Mention | None:
    """ "komtura Konrada von Sacka" → Konrad von Sack, "Mikołaj de Roder": a first name, a particle and
    the surname, declined with the first name."""
    if index + 2 >= len(tokens) or tokens[index + 1] not in NAME_PARTICLES:
        return None
    end = index + 2
    if tokens[end] in NAME_PARTICLES and end + 1 < len(tokens):
        end += 1  # "van der", "von der"
    surname = tokens[end]
    if not CAPITALISED.match(surname) or _first_name_readings(surname) and not _surname_readings(surname):
        return None
    readings_ = _first_name_readings(tokens[index])
    if not readings_:
        return None
    # the surname is foreign ("Sacka" is no woman's "-cka"): the first name's case, from the role before, declines it
    first = max(readings_, key=lambda r: (bool(r.cases & context), "nom" in r.cases))
    agreed = _with_surname(first, surname)
    nominative = agreed[1] if agreed else _without_case_ending(surname, first)
    return _Mention(index, end + 1, first.lemma, " ".join([*tokens[index + 1 : end], nominative]), first.female, cases=first.cases)


PLACE_OFFICES = frozenset({"sołtys", "sołtyska", "wójt", "burmistrz", "burmistrzyni", "starosta", "proboszcz"})


def _place_after_its_office(tokens: list[str], index: int, cases: frozenset[str]) -> bool:
    """ "sołtys Dąbrówki Leśnej", "wójtowi Woli Kopcowej": after the office of a village or a town, words
    the dictionary knows as a place, in another case than the office, name the place; a name in the
    office's case is its holder ("sołtysa Jana Lisa")."""
    if index == 0 or not any("nazwa_geograficzna" in r.labels and r.cases & cases for r in readings(tokens[index])):
        return False  # "Zastępca Burmistrza Rafał Kubacki": "Rafały" is a village, but not in the name's case
    # a woman's "sołtys" does not decline, so its case says nothing
    office = [r for r in readings(tokens[index - 1].lower()) if r.lemma in PLACE_OFFICES and len(r.cases) < len(CASES)]
    if not office or any(r.cases & cases for r in office) or index + 1 >= len(tokens):
        return False
    # a village's second word is an adjective or a place ("Leśnej", "Wielkie"), not a surname ("sołtys Annę Dreier",
    # "sołtys Anny Nowak", though "Nowaki" is a village too)
    after = readings(tokens[index + 1])
    if any("imię" in r.labels for r in readings(tokens[index])) and any("nazwisko" in r.labels and r.cases & cases for r in after) and (
            not any(r.pos == "adj" for r in after)):
        return False
    return any(r.pos == "adj" or "nazwa_geograficzna" in r.labels for r in after)


def _second_surname_after_dash(tokens: list[str], dash: int) -> str | None:
    """The nominative of a second surname joined by a spaced dash at ``dash`` ("Zielińska – Duda", "Ostoja – Lniski"),
    when what follows the dash is a surname alone: not a role ("Jan Lis – Prezes …"), not the next person."""
    if dash + 1 >= len(tokens) or tokens[dash] not in DASHES:
        return None
    second, following = tokens[dash + 1], tokens[dash + 2] if dash + 2 < len(tokens) else ""
    first_name_only = _first_name_readings(second) and not is_surname(second)  # "Mosiek" is both
    if not CAPITALISED.match(second) or not _can_be_surname(second) or first_name_only or _is_role_word(second):
        return None
    if following and not (following in CLAUSE_END or following in AND or following in ("z", "ze", "w", "we") or (
            following[:1].islower() and _is_role_word(following) and not _is_title(following)) or (
            following in DASHES and dash + 3 < len(tokens) and _is_role_word(tokens[dash + 3]) and not _is_title(tokens[dash + 3]))):
        return None  # "Wygrał Jan Lis – Nowak był drugi": the next sentence's subject (not "… – Siepierska bibliotekarz", "… - Kos - Sekretarz")
    return _known_surname(second)[0]


def _second_surname_spaced(tokens: list[str], index: int, first: Reading) -> bool:
    """An adjectival surname right after a surname, ending the name, in its case: a second surname."""
    ending = r"(?:sk|ck|dzk)(?:a|iej|ą)$" if first.female else r"(?:sk|ck|dzk)(?:i|iego|iemu|im)$"  # "Łukasz Lubicz Łapiński" too
    if index >= len(tokens) or not CAPITALISED.match(tokens[index]) or not re.search(ending, tokens[index]):
        return False
    if index + 1 < len(tokens) and (CAPITALISED.match(tokens[index + 1]) or tokens[index + 1][:1].isdigit()):
        return False  # "Anna Lis Lisewska Fundacja": an institution's name goes on
    return not _first_name_readings(tokens[index]) and any(r.pos == "adj" or "nazwisko" in r.labels or r.pos == "ign"
                                                           for r in readings(tokens[index])) and not _is_role_word(tokens[index])


ROMAN = re.compile(r"^[IVX]{1,4}$")


def _numbered_ruler(tokens: list[str], index: int) -> _Mention | None:
    """A king, a pope, a prince: first names and a number, maybe a byname ("króla Kazimierza III
    Wielkiego" → Kazimierz III Wielki, "papieżowi Janowi Pawłowi II" → Jan Paweł II)."""
    names = [tokens[index]]
    while len(names) < 3 and index + len(names) < len(tokens) and _first_name_readings(tokens[index + len(names)]):
        names.append(tokens[index + len(names)])
    end = index + len(names)
    ruler = next((r for r in _first_name_readings(tokens[index]) if end < len(tokens) and len(names) == 1 and _byname(tokens, end, r)), None)
    if ruler is not None:
        # "koronacji Bolesława Chrobrego": a ruler by a byname alone, an adjective no surname is made of
        byname = next(r for r in readings(tokens[end].lower()) if r.pos == "adj" and r.agrees(ruler))
        return _Mention(index, end + 1, ruler.lemma, _same_capital(tokens[end], adjective_form(byname.lemma, "m1") or tokens[end]),
                        False, cases=ruler.cases)
    if end >= len(tokens) or not ROMAN.match(tokens[end]):
        return None
    first = _first_name_alone(tokens[index], _cases_before(tokens, index))
    words = [first.lemma, *(_nominative_first_name(n, first) for n in names[1:]), tokens[end]]
    end += 1
    if end < len(tokens) and CAPITALISED.match(tokens[end]):
        byname = next((r for r in readings(tokens[end].lower()) if r.pos == "adj" and r.agrees(first)), None)
        known = [r for r in _surname_readings(tokens[end]) if r.agrees(first)]
        nominative = (adjective_form(byname.lemma, "m1") if byname else None) or (known[0].lemma if known else None)
        if nominative:
            words.append(_same_capital(tokens[end], nominative))
            end += 1
    return _Mention(index, end, " ".join(words[:-1]), words[-1], first.female, cases=first.cases)


def _byname(tokens: list[str], index: int, first: Reading) -> bool:
    """ "Chrobrego" after "Bolesława": a capitalised adjective in the first name's case, not a surname's ending, ending the name."""
    token = tokens[index]
    if first.female or not CAPITALISED.match(token) or ADJECTIVAL_SURNAME.search(token) or _surname_readings(token):
        return False
    if index + 1 < len(tokens) and CAPITALISED.match(tokens[index + 1]):
        return False  # "Jana Nowego Targu": a place's name goes on
    return any(r.pos == "adj" and r.agrees(first) for r in readings(token.lower())) and all(r.pos == "adj" for r in readings(token.lower()))


# Who is named by first name alone: "ks. Albin", "siostry Faustyny", "Pani Basi", "Księdzu Proboszczowi Jerzemu".
BY_FIRST_NAME = frozenset({"ks.", "ksiądz", "księdza", "księdzu", "siostra", "siostry", "siostrze", "siostrą", "brat", "brata",
                           "bratu", "proboszcz", "proboszcza", "proboszczowi", "s."})  # fmt: skip


def _first_name_only(tokens: list[str], index: int) -> _Mention | None:
    """A person named by first name alone after a courtesy word or a priest's or nun's title, when no
    surname follows ("ks. Albin złożył życzenia", "Pani Basi gratulujemy"); the name in the nominative."""
    token = tokens[index]
    before = tokens[index - 1].lower() if index else ""
    if not (before in HONORIFICS or before in BY_FIRST_NAME) or not CAPITALISED.match(token) or not _first_name_readings(token):
        return None
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    if CAPITALISED.match(following) or INITIAL.match(following) or SHOUTED.match(following) or following in AND:
        return None  # a surname follows ("Pan Jan Kowalski", "Państwo Alicja i Paweł Bukowscy"): read as usual
    first = _first_name_alone(token, _cases_before(tokens, index))
    return _Mention(index, index + 1, first.lemma, "", first.female, cases=first.cases)


def _first_name_alone(token: str, context: frozenset[str]) -> Reading:
    """With no surname to agree with, the reading the role before suggests, then the nominative, then a man's."""
    return max(_first_name_readings(token), key=lambda r: (bool(r.cases & context), "nom" in r.cases, not r.female))


def _unknown_first_name(tokens: list[str], index: int) -> bool:
    token, before = tokens[index], tokens[index - 1] if index else ""
    if ((before.lower() in HONORIFICS or before.lower() in TITLES) and CAPITALISED.match(token) and not _first_name_readings(token)
            and not _surname_readings(token) and not _is_role_word(token) and index + 1 < len(tokens) and _surname_readings(tokens[index + 1])):
        return True  # "p. Marzanna Grzyb", "o. Ekspedyt Osiadacz": a first name the dictionary knows only as a word
    if _named_with_function(tokens, index):
        return True  # "opowiada Mike Taylor, trener reprezentacji": a foreign first name, the function after it
    if not (CAPITALISED.match(token) and "-" not in token and all(r.pos == "ign" for r in readings(token))):
        return False
    surname = tokens[index + 1]
    if _first_name_readings(surname) and index + 2 < len(tokens) and _can_be_surname(tokens[index + 2]):
        return False  # "Burmistrz Krasnorodu Kazimierz Misztal": a place's name, then the first name and surname
    if _can_be_surname(surname) and any("nom" in r.cases for r in _surname_readings(surname.split("-")[0])):
        return True  # "Vanessa Kosecka": a first name no dictionary knows, before a surname it knows, in the nominative
    if not (before.lower() in HONORIFICS or before.lower() in TITLES or (before[:1].islower() and _is_role_word(before))):
        return False
    return _can_be_surname(surname) and all(r.pos == "ign" for r in readings(surname.split("-")[0]))


def _named_with_function(tokens: list[str], index: int) -> bool:
    """A capitalised word no dictionary knows as a first name nor a common word, then a surname, then
    a comma or dash and a function ("Mike Taylor, trener …"): a person whose first name is foreign."""
    token = tokens[index]
    if index + 3 >= len(tokens) or tokens[index + 2] not in (",", "–", "—") or not CAPITALISED.match(token) or "-" in token:
        return False
    if _first_name_readings(token):
        return False
    if any(r.pos != "ign" and "nazwisko" not in r.labels for r in readings(token)):
        return False
    surname = tokens[index + 1]
    return (CAPITALISED.match(surname) is not None and (bool(_surname_readings(surname)) or all(r.pos == "ign" for r in readings(surname)))
            and tokens[index + 3][:1].islower() and _is_role_word(tokens[index + 3]))


def _surname_first(tokens: list[str], index: int) -> _Mention | None:
    """ "radny Skonieczny Marek": a protocol's order, the surname before the first name, after a role in
    lower case; the surname one the dictionary knows only as a surname, the first name in the nominative."""
    if index == 0 or index + 1 >= len(tokens) or not CAPITALISED.match(tokens[index]):
        return None
    token, following = tokens[index], tokens[index + 1]
    # "…, Galibarczyk Marcin – Dyrektor Departamentu": a list of guests with their functions after a dash
    function_after = index + 3 < len(tokens) and tokens[index + 2] in DASHES and _is_role_word(tokens[index + 3]) and (tokens[index - 1] in (",", ":") or tokens[index - 1] in AND)
    # "I miejsce zajął Bednarz Mikołaj, a II Smoleń Barbara": a list of results, each name ending where the list goes on
    # ("Święty Mikołaj," is no Mikołaj Święty: a word that is also an adjective stays the epithet before a name)
    listed = (index + 2 == len(tokens) or tokens[index + 2] in (",", ".", ";", ")") or tokens[index + 2] in AND) and not (
        CAPITALISED.match(tokens[index - 1]) or any(r.pos == "adj" for r in readings(token.lower())))
    if not (function_after or listed or (tokens[index - 1].islower() and _is_role_word(tokens[index - 1]))) or _first_name_readings(token) or not (
            _surname_readings(token) or ((function_after or listed) and all(r.pos == "ign" for r in readings(token)))):
        return None
    first = next((r for r in _first_name_readings(following) if "nom" in r.cases), None)
    if first is None or (index + 2 < len(tokens) and _can_be_surname(tokens[index + 2])):
        return None
    return _Mention(index, index + 2, first.lemma, _known_surname(token)[0], first.female, cases=first.cases)


def _known_surname(surname: str) -> tuple[str, bool | None]:
    """A surname the dictionary knows in the nominative, and whether a woman's; else as written."""
    known = _surname_readings(surname) if "-" not in surname else []
    return _nominative_surname(known) if known else (surname, None)


def _nominative_surname(known: list[Reading]) -> tuple[str, bool]:
    """The nominative of a surname from its dictionary readings, and whether it is a woman's."""
    female = all(r.genders == {"f"} for r in known)
    lemma = next((r.lemma for r in known if "nom" in r.cases), known[0].lemma)
    return (_womans(lemma) if female else lemma), female


def _womans(surname: str) -> str:
    """A man's adjectival surname in a woman's form: Kowalski → Kowalska (others are alike for both)."""
    return re.sub(r"(s|c|dz)ki$", r"\1ka", surname)


def _without_case_ending(word: str, like: Reading) -> str:
    """A foreign name the dictionary does not know, in the nominative its first name's case shows ("Amadeusa" → "Amadeus")."""
    ending = "" if "nom" in like.cases or like.female else _CASE_ENDING.get(min(like.cases - {"nom"}), "a")
    return word[: -len(ending)] if ending and word.endswith(ending) else word


def _nominative_first_name(token: str, like: Reading) -> str:
    agreeing = [r for r in _first_name_readings(token) if r.agrees(like)]
    return (agreeing or _first_name_readings(token))[0].lemma


def _family(tokens: list[str], index: int) -> list[_Mention] | None:
    surname = tokens[index + 3]
    if not _can_be_surname(surname):
        return None
    if _first_name_readings(surname) and index + 4 < len(tokens) and _can_be_surname(tokens[index + 4]):
        return None  # "… Piotra i Pawła Marcin Kluczyński": the next person's first name, not the family's surname
    plural = [r for r in _surname_readings(surname) if "pl" in r.numbers and "m1" in r.genders]
    if plural:
        masculine, cases = plural[0].lemma, plural[0].cases
    else:  # a family name the dictionary does not know: "Rzenieccy", "Komoszyńskich", "Zającowie", "Kućko"
        masculine, cases = _family_nominative(surname), frozenset(CASES_OF_FIRST_NAMES)
    mentions = []
    for position in (index, index + 2):
        first = max((r for r in _first_name_readings(tokens[position]) if r.cases & cases), key=_likelier_first_name, default=None)
        if first is None:
            return None  # "Jana i Jacka Kobylińskich": Jacek before Jack
        own = _womans(masculine) if first.female else masculine
        mentions.append(_Mention(position, index + 4 if position == index + 2 else position + 1, first.lemma, own, first.female))
    return mentions


CASES_OF_FIRST_NAMES = ("nom", "gen", "dat", "acc", "inst", "loc")
_FAMILY_ENDINGS = [(re.compile(r"(s|c|dz)cy$"), r"\1ki"), (re.compile(r"(s|c|dz)k(?:ich|im|imi)$"), r"\1ki"),
                   (re.compile(r"(?<=[^aeiouyąęó])owie$"), "")]  # fmt: skip


def _family_nominative(surname: str) -> str:
    """The man's nominative of a plural family name by its ending; a name that does not decline stays."""
    for ending, replacement in _FAMILY_ENDINGS:
        if ending.search(surname):
            return ending.sub(replacement, surname)
    return surname


# --- roles ---------------------------------------------------------------------------------------
@lru_cache(maxsize=65536)  # asked of every word near every name: a page's words are few, its names many
def _role_reading(token: str) -> Reading | None:
    """The reading of a role noun ("radnej" → radna, genitive), preferring nouns to adjectives."""
    lower = token.lower()
    if lower.startswith("vice") and len(lower) > 6:  # "viceburmistrza": the prefix spelt the Latin way
        reading = _role_reading("wice" + lower[4:])
        return replace(reading, lemma="vice" + reading.lemma[4:]) if reading else None
    found = readings(lower)
    other_noun = any(r.pos == "subst" and not _is_role_lemma(r.lemma) for r in found)
    # "muzyki" is music's genitive, not the musicians' depreciative plural
    candidates = [r for r in found if r.pos in ("subst", "adj", "depr") and _is_role_lemma(r.lemma) and not (r.pos == "depr" and other_noun)]
    # "komendant" is also a woman's title that never declines: the declining reading says more
    candidates.sort(key=lambda r: (r.pos != "subst", len(r.cases) == len(CASES)))
    return candidates[0] if candidates else None


def _is_role_lemma(lemma: str) -> bool:
    lemma = lemma.lower()
    if lemma in ROLE_NOUNS:
        return True
    return any(lemma.startswith(prefix) and lemma[len(prefix):] in ROLE_NOUNS for prefix in ROLE_PREFIXES)


def starts_with_role(text: str) -> bool:
    """ "rzecznik prasowy prezydenta", "Przewodniczący Rady Miasta": a phrase that names a function."""
    first = text.split()[0] if text.split() else ""
    return first[:1].isalpha() and _role_reading(first) is not None


def names_a_post(text: str) -> bool:
    """ "Starosta Lisewski", "Wójt Gminy": a function in the nominative singular, as a signer's post reads
    ("Kandydaci na prezydenta …" and "Premiera tomu …" are headings)."""
    first = text.split()[0].lower() if text.split() else ""
    return first[:1].isalpha() and any(
        r.pos in ("subst", "adj") and _is_role_lemma(r.lemma) and "nom" in r.cases and "sg" in r.numbers for r in readings(first))


@lru_cache(maxsize=65536)
def _is_title(token: str) -> bool:
    lower = token.lower()
    return lower in TITLES or lower in RANKS or any(r.lemma in RANKS for r in readings(lower) if r.pos == "subst")


@lru_cache(maxsize=65536)
def _is_role_word(token: str) -> bool:
    if not token:
        return False
    lower = token.lower()
    if lower in TITLES or lower in ROLE_ABBREVIATIONS or lower in RANKS:
        return True
    return lower[:1].isalpha() and _role_reading(token) is not None


def _acting(participle: str, duty: str) -> bool:
    """ "pełniący funkcję", "pełniącej obowiązki": acting in an office, which the genitive after it names."""
    return participle.lower().startswith("pełniąc") and duty.lower() in ("funkcję", "obowiązki")


# A teacher's grades (stopnie awansu zawodowego) in the forms they take beside "nauczyciel(ka)", and their nominative.
TEACHER_GRADES = {f"{stem}{ending}": stem + ("a" if ending in ("a", "ą", "ej") else "y")
                  for stem in ("mianowan", "dyplomowan", "kontraktow") for ending in ("y", "ym", "ego", "emu", "a", "ą", "ej")}
TEACHER_GRADES |= {form: "stażysta" for form in ("stażysta", "stażystą", "stażysty", "stażyście", "stażystę")}


CHURCH_RANKS = frozenset({"biskup", "arcybiskup", "kardynał"})


def _church_rank(token: str) -> bool:
    """ "biskup", "Arcybiskupa": a bishop's rank, which right before his name after his function is a title
    ("ordynariusz diecezji ks. Biskup Jan Lis", "Nuncjusz Apostolski arcybiskup Jan Lis")."""
    return any(r.lemma in CHURCH_RANKS for r in readings(token.lower()) if r.pos == "subst")


ELDEST = frozenset({"senior", "seniorka"})


def _continues_role(token: str, previous: str = "") -> bool:
    if token == "S.A." or (token.endswith(".") and re.fullmatch(PLACE_ABBREVIATIONS, token[:-1])):
        return True  # "Prezes Zarządu PLO S.A.", "prezydent Gorzowa Wlkp."
    if token.lower() in TEACHER_GRADES and previous.lower().startswith("nauczyciel"):
        return True  # "nauczyciel mianowany", "nauczyciel stażysta": a teacher's grade is part of the post
    if previous.lower().startswith("radn") and any(r.lemma in ELDEST for r in readings(token.lower())):
        return True  # "radna seniorka": the eldest councillor, who opens the first session
    if re.match(r"(?:wybran|powołan|mianowan|wskazan)[aeyi]", token.lower()):
        return False  # "na przewodniczącego wybrany jednogłośnie": how he came to it, not the role
    if token.islower() and token not in CONNECTORS and any(r.pos in VERB_FORMS for r in readings(token)) and not any(
            r.pos == "subst" and "gen" in r.cases for r in readings(token)):
        return False  # "Nagrodę wójta dostali Jan Lis …": the verb ends the phrase ("autorka ośmiu powieści" goes on)
    if INITIAL.match(token) and (previous.lower() == "im." or INITIAL.match(previous)):
        return True  # "dyrektor Szkoły Podstawowej nr 2 im. I. J. Paderewskiego": the patron's initials
    if re.fullmatch(r"\d{1,2}\.", token):
        return True  # "dowódca 2. Hrubieszowskiego Pułku"
    if ROMAN.match(token) and token != "I":
        return True  # "dyrektor V LO", "Sejmu II RP"
    if INFLECTED_ACRONYM.match(token):
        return True  # "dyrektor GOK-u"
    if CAPITALISED.match(token) or ACRONYM.match(token):
        # "Prezydenta RP Złotym Krzyżem Zasługi": a name in the instrumental or dative is not the role's
        # complement, unless a preposition or a capitalised word of one name leads to it ("w Kamiennej Górze")
        known = [r for r in readings(token.lower()) if r.pos in ("subst", "adj")]
        led = previous.lower() in CONNECTORS or previous == "nad" or bool(CAPITALISED.match(previous))
        place = previous.islower() and any("nazwa_geograficzna" in r.labels and "nom" in r.cases for r in readings(token))  # "gminy Świecie"
        return not known or led or place or any(r.cases & {"nom", "gen", "acc"} for r in known)
    if (token.isdigit() and (previous.lower() == "nr" or ACRONYM.match(previous))) or token.lower() in CONNECTORS or token.lower() in TITLES:
        return True
    if token.islower() and any(r.pos == "num" for r in readings(token)):
        return True  # "sołtysi trzech miejscowości": a numeral inside the complement
    if token == "nad" and CAPITALISED.match(previous):
        return True  # "Burmistrza Nakła nad Notecią": a town's name by its river
    # "starosta powiatowy", "rzecznik prasowy", "rektor uczelni": adjectives and genitive complements
    return any(r.pos == "adj" or "gen" in r.cases or r.lemma.lower() in ROLE_COMPLEMENTS
               for r in readings(token.lower()) if r.pos in ("subst", "adj"))  # fmt: skip


MAX_ROLE_WORDS = 14  # "kierownik Referatu Ochrony Środowiska i Promocji w Urzędzie Gminy Stawiguda"


def _role_before(tokens: list[str], start: int, floor: int, roles_lead: bool = False) -> tuple[list[str], str] | None:
    """A role phrase ending right before the name, after the previous name: "prezydent Gdańska",
    "dyrektor Biura Metropolii –", "przewodniczący Rady Miasta,", "Przewodniczącym komisji jest"
    (then also the verb it reached the name through, "" for none)."""
    end = start
    while end > floor and (tokens[end - 1].lower() in HONORIFICS or AGE.match(tokens[end - 1])):
        end -= 1
    # "Prezydentem Miasta jest dr hab. Jan Nowak", "Kandydatami są m.in. Jan Nowak", "… był kapitan Jan Lis", "Przewodniczącym
    # komisji został radny Jan Lis": past a title, or the one word of the office he holds after the verb that makes him
    # something else, to the verb and the post it gives
    probe = end
    while probe > floor and tokens[probe - 1].lower() not in LINKING_VERBS and (
            _is_title(tokens[probe - 1]) or tokens[probe - 1].lower() in ("m.in.", "m.in") or tokens[probe - 1].lower() in PARTICIPLES
            or (probe == end and probe - 1 > floor and _role_in(tokens[probe - 1], "nom") and not _is_title(tokens[probe - 1])
                and tokens[probe - 2].lower() in BECOMING | PARTICIPLES)):
        probe -= 1  # fmt: skip
    if probe < end and probe > floor and tokens[probe - 1].lower() in LINKING_VERBS:
        if _role_in(tokens[end - 1], "nom") and not _is_title(tokens[end - 1]):
            # "Przewodniczącym komisji został radny Jan Lis": the post the verb gives him; with none ("Obecny był też
            # radny Jan Lis"), the office he holds
            return _role_before(tokens, probe, floor, roles_lead) or ([tokens[end - 1]], "")
        end = probe
    if end - 1 > floor and tokens[end - 1] == ":" and tokens[end - 2].lower() in LINKING_VERBS | MEMBERSHIP_VERBS:
        end -= 1  # "Funkcje wiceprzewodniczących objęli: Anna Nowak, …"
    membership = _membership(tokens, end, floor)
    if membership:
        return membership, "wchodzą"
    as_role = _role_after_jako(tokens, end, floor)
    if as_role:
        return as_role, "jako"
    if end - 1 > floor and _appointing(tokens[end - 1]):
        # "który na protokolanta wyznaczył Marzenę Nowak": the post "na" names, before the verb that gives it
        at = next((i for i in range(end - 2, max(floor, end - 2 - MAX_ROLE_WORDS), -1) if tokens[i] in CLAUSE_END or tokens[i].lower() == "na"), None)
        if at is not None and tokens[at].lower() == "na" and at + 1 < end - 1:
            if tokens[at + 1].lower() in ("stanowisko", "funkcję") and at + 2 < end - 1 and _role_in(tokens[at + 2], "gen"):
                return tokens[at + 2 : end - 1], tokens[end - 1].lower()  # "na stanowisko skarbnika gminy powołał …"
            if _role_in(tokens[at + 1], "acc"):
                return tokens[at + 1 : end - 1], tokens[end - 1].lower()
    entrusted = _post_entrusted(tokens, end, floor)
    if entrusted:
        return entrusted, "powierzono"
    through_verb = tokens[end - 1].lower() if end > floor and tokens[end - 1].lower() in LINKING_VERBS else ""
    if through_verb:
        end -= 1
        while end - 1 > floor and (tokens[end - 1].lower() in BEFORE_THE_VERB or tokens[end - 1].lower() in PARTICIPLES):
            end -= 1  # "Przewodniczącym Rady ponownie wybrano Jacka Ossowskiego", "Skarbnikiem ma pozostać …", "… wybrany został …"
        end = _before_how_long(tokens, end, floor)
        if end - 1 > floor and tokens[end - 1] == ",":
            end = _before_relative_clause(tokens, end - 1, floor)  # "Radnym seniorem, który otworzył sesję, był Jan Lis"
        if end - 2 > floor and tokens[end - 1].lower() in ("którym", "którą", "którymi") and tokens[end - 2] == ",":
            # "Powiat ma nowego starostę, którym wybrano Jana Lisa": the role the relative pronoun stands for
            named = _role_before(tokens, end - 1, floor)
            return (named[0], through_verb) if named else None
    if end > floor and tokens[end - 1] in ("–", "—", "-", ":", ","):
        end -= 1
    elif not through_verb and end > floor and tokens[end - 1] in AND:
        return None  # "nowi radni oraz Krzysztof Kukucki": the role was the others'
    index = end - 1
    role_start = None
    while index >= floor and end - index <= MAX_ROLE_WORDS:
        token = tokens[index]
        opening = _quote_opening(tokens, index, floor)
        if opening is not None:  # "redaktor naczelny „Kurka” Andrzej Olszewski"
            index = opening - 1
            continue
        if token.lower() in HONORIFICS and role_start is not None and all(_is_title(t) for t in tokens[role_start:end]):
            index -= 1  # "Rektorem Politechniki, Panem prof. dr. Janem Lisem": past the courtesy word too
            continue
        if token in (",", "–", "—", "-", ":") and role_start is not None and all(_is_title(t) for t in tokens[role_start:end]):
            index -= 1  # "Komendant Wojewódzki Policji, nadinspektor Jan Lis", "kapelan strażaków – ks. Jan Lis"
            continue
        if token == "," and role_start is None and index > floor and _enumerated_fields(tokens, index) > index:
            index -= 1  # "naczelnik Wydziału Kultury, Promocji i Komunikacji Społecznej Anna Lis"
            continue
        if _compound_dash(tokens, index):
            index -= 2  # and the compound's first part, which never declines ("kujawsko - pomorski")
            continue
        if token.lower() in AT_THE_SAME_TIME and role_start is not None and index - 1 > floor and tokens[index - 1].lower() in ("i", "a"):
            index -= 3 if tokens[index - 2] == "," else 2  # "sekretarz gminy i zarazem radny powiatu", "burmistrz, a jednocześnie prezes": one person's
            continue
        if token in CLAUSE_END:
            break
        if _is_role_word(token):
            role_start = index  # titles and role words stack: "prof. dr hab.", "wiceprzewodnicząca Rady … radna"
        elif not _continues_role(token, tokens[index - 1] if index else ""):
            break
        index -= 1
    if role_start is not None and tokens[role_start] == ",":
        role_start += 1
    if (role_start is not None and role_start > floor and tokens[role_start - 1].lower() == "przez" and ":" in tokens[role_start:start]
            and not _plural_role(tokens[role_start:end], frozenset())):
        # "osoby nagradzane przez starostę: Panią Ewę Lis": who gave the awards, not the role of those listed
        # (but "prowadzoną przez uczniów klasy VII: Hannę Lis i …" lists the pupils)
        return None
    if role_start is not None and floor and role_start == floor + 1 and (tokens[floor] == "," or tokens[floor] in DASHES) and (
            tokens[end] == "," or tokens[floor] in DASHES and "," in tokens[role_start:end]) and not (roles_lead and tokens[floor] == ","):
        # "z Janem Lisem, wiceprezydentem, Adamem Kosem", "Jan Lis – dowódca, Adam Kos", "Anna Lis – dyrektor
        # archiwum, ks. Jan Kos": the previous name's apposition (unless the list puts each role first: "wójt Jan Lis,
        # przewodniczący rady, Adam Kos")
        return None
    if role_start is None:
        return _role_across_adverbials(tokens, end, floor, through_verb) if through_verb else None
    # right after the previous name or the mark that ends it, or itself the last of a list ("… oraz pełnomocnik rządu oraz starosta")
    apposed_to_previous = (floor and role_start <= floor + 1) or (role_start > floor and tokens[role_start - 1] in AND)
    for later in range(role_start + 1, end):
        if tokens[later - 1] in AND and _is_role_word(tokens[later]) and not _is_role_word(tokens[later - 2]) and (
                apposed_to_previous or not _one_holder(tokens[role_start], tokens[later]) or _unknown_word(tokens[later - 2])):
            role_start = later  # "Jan Lis, prezes klubu i radna Anna Kos", "wójt i radna Anna Kos": the first role is complete, and another's
            continue
        if _is_title(tokens[later]) or tokens[later - 1] in AND:
            continue
        heads = _role_nouns(tokens[later])
        nouns = [r for r in readings(tokens[later].lower()) if r.pos == "subst"]
        if heads and all("gen" not in r.cases for r in nouns) and not (later == end - 1 and _church_rank(tokens[later])) and not (
                _apposed(tokens[later - 1], tokens[later])) and tokens[later - 1].lower() not in AT_THE_SAME_TIME:
            role_start = later  # "przekonywał dziennikarzy poseł Platformy": the role noun beside the name, not a complement
    if role_start - 2 >= floor and _acting(tokens[role_start - 2], tokens[role_start - 1]):
        role_start -= 2  # "z pełniącym funkcję burmistrza Janem Lisem": acting for the office, not holding it
    if role_start > floor and _qualifies_office(tokens[role_start - 1], tokens[role_start], tokens[role_start - 2] if role_start > 1 else "",
                                                 tokens[role_start - 3] if role_start > 2 else ""):
        role_start -= 1  # "była zastępczyni prezydenta Barbara Lis", "pierwszy zastępca prezydenta Jan Kos"
    while role_start > floor and _regional(tokens[role_start - 1], tokens[role_start]):
        role_start -= 1  # "nakielskiego burmistrza Piotra Centałę"
    if role_start > floor and tokens[role_start - 1].lower() in VICE_APART:
        role_start -= 1  # "Wice Wojewoda Pomorski": the prefix written apart
    owner_at = role_start - 2 if role_start - 2 >= floor and tokens[role_start - 1].lower() == "po" else role_start - 1
    head_cases = {c for word in tokens[role_start:end] for r in _role_nouns(word) for c in r.cases}
    if owner_at >= floor and of_someone_else(tokens[owner_at]) and start < len(tokens) and not head_cases & _name_cases(tokens[start]):
        # "żona Prezydenta Polski Anna Komorowska", "nagrodę Pomorskiego Kuratora Oświaty pani Anna Lis": a relative's
        # post, or whose award (but "syn króla Zygmunta III Wazy": the king is the one named, in the role's case)
        return None
    words = tokens[role_start:end]
    if any(not _is_title(w) and _role_reading(w) for w in words):
        while words and (_is_title(words[-1]) or (len(words) > 1 and ACRONYM.fullmatch(words[-1]) and _is_title(words[-2])) or (
                _church_rank(words[-1]) and any(not _is_title(w) and not _church_rank(w) and _role_reading(w) for w in words[:-1]))):
            words.pop()  # "rektor uczelni prof. Jan Nowak", "komendant placówki mjr SG Jan Lis": a title (and its service) is no function
    while words and (words[-1].lower() in CONNECTORS or words[-1] in AND or words[-1] in (",", "–", "—", "-", ":") or words[-1].lower() in HONORIFICS):
        words.pop()  # "Burmistrz gminy partnerskiej, Pan dr Jan Lis": the courtesy word is no part of the role
    if through_verb and words:
        words = _without_place(words)
    return (words, through_verb) if words else None


APPOINTING = frozenset({"wybrać", "wyznaczyć", "powołać", "mianować", "desygnować", "zaproponować", "zgłosić", "wskazać"})


def _appointing(token: str) -> bool:
    """ "wyznaczył", "wybrała", "powołali": a verb by which someone is given a post."""
    return token.islower() and any(r.pos in ("praet", "fin") and r.lemma in APPOINTING for r in readings(token))


# Nouns naming a calling that another role noun right after them specifies: "artysta plastyk", "artystka malarka"
# (not "nauczyciel plastyka", whose genitive names the subject taught).
APPOSING_HEADS = frozenset({"artysta", "artystka"})


def _apposed(head: str, word: str) -> bool:
    """ "artysty rzeźbiarza", "artyści plastycy": a role noun in apposition to a calling's noun before it, in
    its case and number (not a genitive complement: "zastępcy dyrektora")."""
    heads = [r for r in readings(head.lower()) if r.pos == "subst" and r.lemma in APPOSING_HEADS]
    others = [r for r in readings(word.lower()) if r.pos == "subst" and _is_role_lemma(r.lemma) and r.lemma not in APPOSING_HEADS]
    return word.islower() and any(h.cases & o.cases and h.numbers & o.numbers for h in heads for o in others)


def _compound_dash(tokens: list[str], index: int) -> bool:
    """ "Kujawsko – Pomorski", "kujawsko - pomorski": a dash written with spaces inside a compound adjective, not between phrases."""
    if not (tokens[index] in DASHES and 0 < index < len(tokens) - 1 and tokens[index - 1].endswith("o")):
        return False
    first, second = tokens[index - 1], tokens[index + 1]
    if first.islower():
        return second.islower() and any(r.pos == "adj" for r in readings(second))
    return first[:1].isupper() and second[:1].isupper() and _first_name_readings(second) == []


MAX_FIELDS_LISTED = 24  # tokens: a department's name lists a few fields, never a page of them


def _enumerated_fields(tokens: list[str], comma: int) -> int:
    """Where a list of fields in a body's name ends, when the comma at ``comma`` is inside one ("Wydziału
    Kultury, Promocji i Komunikacji Społecznej", "komisji oświaty, kultury i sportu"): nouns in the
    genitive, the last after "i"; ``comma`` itself when the comma ends the phrase."""
    def field(token: str) -> bool:
        return bool(CAPITALISED.match(token) or token.isalpha() and token.islower()) and not _first_name_readings(token) and not (
            _is_role_word(token)) and any("gen" in r.cases for r in readings(token.lower()) if r.pos in ("subst", "adj"))
    if comma < 1 or not field(tokens[comma - 1]):
        return comma
    index, joined = comma + 1, False
    while index < min(len(tokens), comma + MAX_FIELDS_LISTED) and field(tokens[index]):
        index += 1
        while index < len(tokens) and field(tokens[index]):
            index += 1  # "Komunikacji Społecznej"
        if joined:
            return index
        if index + 1 < len(tokens) and tokens[index] in ("i", "oraz") and field(tokens[index + 1]):
            joined = True
        elif index + 1 >= len(tokens) or tokens[index] != ",":
            return comma
        index += 1
    return comma


def _place_name(word: str) -> bool:
    """ "Gdyni", "Rudzach": a place, not also a common noun written with a capital ("Radzie", "Miasta")."""
    return any("nazwa_geograficzna" in r.labels for r in readings(word)) and not any(
        "nazwa_pospolita" in r.labels for r in readings(word.lower()))


def _without_place(words: list[str]) -> list[str]:
    """ "Przewodniczącym rady w Gdyni został …", "Laureatkami konkursu w pierwszej kategorii zostały …":
    before the verb, where or in what it happened is the sentence's, not the role's; an institution
    stays ("Szefem klubu w Radzie Miasta został …")."""
    place = next((i for i in range(len(words) - 1, 0, -1) if words[i].lower() in ("w", "we")), None)
    if place is None or place + 1 >= len(words):
        return words
    tail = words[place + 1 :]
    geographic = all(w.islower() or _place_name(w) for w in tail)
    named = place > 1 and words[place - 1][:1].isupper()  # "Przewodniczącym Rady Miejskiej w Lipnie": the council's name
    when = any(w.lower() in ("kadencji", "latach", "roku") for w in tail)  # "… Rady Powiatu w nowej kadencji został": the term, not the office
    return words[:place] if (geographic and not named) or when else words


def _before_relative_clause(tokens: list[str], comma: int, floor: int) -> int:
    """Where a relative clause closed by the comma at ``comma`` opens ("…, który otworzył sesję,");
    the comma itself when no such clause closes there."""
    for opening in range(comma - 2, max(floor, comma - 12) - 1, -1):
        if tokens[opening] in CLAUSE_END:
            return opening if tokens[opening] == "," and RELATIVE.match(tokens[opening + 1]) else comma + 1
    return comma + 1


def _role_after_jako(tokens: list[str], end: int, floor: int) -> list[str] | None:
    """ "w prezydium jako wiceprzewodniczący zasiedli Jan Lis i …": the role "jako" gives, before the verb."""
    if end - 1 <= floor or not any(r.pos in ("fin", "praet") for r in readings(tokens[end - 1].lower())):
        return None
    for index in range(end - 2, max(floor, end - 8) - 1, -1):
        if tokens[index] in CLAUSE_END:
            return None
        if tokens[index].lower() == "jako" and index + 1 < end - 1 and _is_role_word(tokens[index + 1]):
            return tokens[index + 1 : end - 1]
    return None


HOW_LONG = frozenset({"lat", "roku", "r.", "wielu", "kilku", "kilkunastu", "kilkudziesięciu", "ponad", "dawna", "niedawna", "zawsze"})


def _before_how_long(tokens: list[str], end: int, floor: int) -> int:
    """Where the role ends before "od lat", "od ponad 36 lat", "od 2010 roku" that says how long he has held it."""
    start = end
    while start - 1 > floor and (tokens[start - 1].lower() in HOW_LONG or tokens[start - 1].isdigit()):
        start -= 1
    return start - 1 if start < end and start - 1 > floor and tokens[start - 1].lower() == "od" else end


def _role_across_adverbials(tokens: list[str], end: int, floor: int, verb: str) -> tuple[list[str], str] | None:
    """ "Wiceprzewodniczącą po tajnym głosowaniu wybrano Annę Lis", "Sołtysem na kolejną kadencję
    została …": the role in the instrumental, then words that say when or how, then the verb."""
    for index in range(end - 1, max(floor, end - 9) - 1, -1):
        if tokens[index] in CLAUSE_END:
            return None
        if _role_in(tokens[index], "inst"):
            words = [tokens[index]]
            for token in tokens[index + 1 : end]:
                if token.lower() in CONNECTORS or not _continues_role(token, words[-1]):
                    break
                words.append(token)
            return _without_trailing_links(words), verb  # "prezesem od ponad 36 lat jest …"
    return None


def _without_trailing_links(words: list[str]) -> list[str]:
    """A role phrase without the conjunction or preposition that led past its end."""
    while words and (words[-1].lower() in CONNECTORS or words[-1] in AND or (
            words[-1].islower() and any(r.pos == "prep" for r in readings(words[-1])))):
        words = words[:-1]
    return words


def _membership(tokens: list[str], end: int, floor: int) -> list[str] | None:
    """ "W skład Rady Sołeckiej wchodzą", "Komisja w składzie:": the names that follow are its members."""
    if end > floor and tokens[end - 1].lower() in MEMBERSHIP_VERBS:
        for index in range(end - 2, max(floor, end - 9) - 1, -1):
            if tokens[index] in CLAUSE_END:
                return None
            if tokens[index].lower() == "skład" and index > floor and tokens[index - 1].lower() in ("w", "we"):
                complement = tokens[index + 1 : end - 1]
                return ["członek", *complement] if complement else None
        return None
    if end - 3 >= floor and tokens[end - 1] == ":" and [t.lower() for t in tokens[end - 3 : end - 1]] == ["w", "składzie"]:
        body = next((r.lemma for r in readings(tokens[end - 4].lower()) if r.pos == "subst"), None) if end - 4 >= floor else None
        if body and _is_role_lemma(body):
            return [body]  # "grono jurorów w składzie: …": each one of them a juror
        genitive = noun_form(body, "gen") if body else None
        return ["członek", genitive] if genitive else None
    return None


def _role_after(tokens: list[str], end: int) -> list[str] | None:
    """A role phrase after "Name, ", "Name (" or "Name – ", or after a verb: "Name została wybrana
    wiceprzewodniczącą", "Name jest nowym dyrektorem"."""
    index = _past_affiliation(tokens, _past_lifespan(tokens, end))  # "Franciszek Fengler (1874–1960) – prezes"
    if index + 1 < len(tokens) and tokens[index] == "," and RELATIVE.match(tokens[index + 1]):
        return _role_in_relative_clause(tokens, index + 2)
    if index < len(tokens) and tokens[index] in (",", "(", "–", "—", "-"):
        index += 1
        if index + 1 < len(tokens) and tokens[index].lower() == "jako":
            index += 1  # "Jan Lis, jako przewodniczący rady, chciałby …"
    elif index < len(tokens) and not _is_title(tokens[index]) and (_is_role_word(tokens[index]) or (
            index + 1 < len(tokens) and (_ordinal(tokens[index]) or (tokens[index].islower() and _describes(tokens[index], tokens[index + 1])))
            and _is_role_word(tokens[index + 1]))):
        pass  # "Marek Lis prezydent Włocławka, Jan Kos marszałek województwa", "Jan Lis Burmistrz Chełmży": no comma
    elif index + 1 < len(tokens) and tokens[index].lower() in RANKS and _is_role_word(tokens[index]) and tokens[index + 1].lower() in ("z", "ze", "ds."):
        pass  # "Izabela Lis inspektor z Wydziału Organizacyjnego": a rank's word with its office is her post
    elif index + 1 < len(tokens) and tokens[index].lower() == "jako":
        index += 1  # "reprezentuje ją Jan Lis jako jej wiceprzewodniczący"
        if index + 1 < len(tokens) and tokens[index].lower() in POSSESSIVES:
            index += 1
    else:
        skipped = 0
        while index < len(tokens) and skipped < 5 and (tokens[index].lower() in APPOINTED or _once_more(tokens, index)):
            index += 3 if _once_more(tokens, index) else 1
            skipped += 1
        post = skipped == 1 and index < len(tokens) and tokens[index - 1].lower() == "na" and _role_in(tokens[index], "acc")  # "ślubowanie Jana Lisa na prezydenta"
        if not skipped:
            return _post_held_by_subject(tokens, end)
        if not (post or any(t.lower() in LINKING_VERBS or t.lower() in APPOINTED - {"na"} for t in tokens[end:index])):
            return None
    skipped = 0  # "Jan Nowak, były starosta", "…, dotychczasowym przewodniczącym rady", "…, wybrany na stanowisko prezesa"
    while index < len(tokens) and skipped < 4 and (tokens[index].lower() in TIME_WORDS or tokens[index].lower() in APPOINTED):
        index += 1
        skipped += 1
    if not skipped and index + 1 < len(tokens) and tokens[index - 1] in DASHES and tokens[index].lower() in HONORIFICS and (
            _is_role_word(tokens[index + 1]) and not _is_title(tokens[index + 1])):
        index += 1  # "Anna Lis - Pani Sołtys sołectwa Zagrody": the courtesy word before her post
    regional = not skipped and index + 1 < len(tokens) and not _is_role_word(tokens[index]) and _is_role_word(tokens[index + 1]) and (
        _regional(tokens[index], tokens[index + 1]) or ((tokens[index - 1] in (*DASHES, ",") or index == end) and _describes(tokens[index], tokens[index + 1])))
    # "Maria Lis, kujawsko-pomorski wicekurator oświaty", "Jan Kos – komisaryczny burmistrz Orłowej"
    # "Janusz Lis – v-ce prezes Centrum", "Anna Kos, I zastępca Komendanta": a prefix written apart, an ordinal of the deputy
    prefixed = not skipped and not regional and index + 1 < len(tokens) and _is_role_word(tokens[index + 1]) and (
        tokens[index].lower() in VICE_APART or (_ordinal(tokens[index]) and _qualifies_office(tokens[index], tokens[index + 1], tokens[index - 1])))
    regional = regional or prefixed
    index += regional
    acting = not skipped and index + 2 < len(tokens) and _acting(tokens[index], tokens[index + 1]) and _is_role_word(tokens[index + 2])
    index += 2 if acting else 0  # "Anna Lis, pełniąca obowiązki Szefa Kancelarii"
    if index >= len(tokens) or not _is_role_word(tokens[index]):
        return None
    qualified = (skipped and _qualifies_office(tokens[index - 1], tokens[index], tokens[index - 2])) or regional
    words = tokens[index - 2 : index + 1] if acting else [tokens[index - 1], tokens[index]] if qualified else [tokens[index]]
    index += 1
    patron = False
    while index < len(tokens) and len(words) < MAX_ROLE_WORDS:
        token = tokens[index]
        quoted = _quoted_name(tokens, index)
        if quoted:  # "przewodnicząca Klubu „Gazety Polskiej”"
            words.extend(tokens[index:quoted])
            index = quoted
            continue
        if token == "," and _enumerated_fields(tokens, index) > index:
            last = _enumerated_fields(tokens, index)
            words.extend(tokens[index:last])  # "naczelnik Wydziału Edukacji, Sportu i Zdrowia oraz …"
            index = last
            continue
        if _compound_dash(tokens, index):
            words.append(token)
            index += 1
            continue
        if token == "(" and index + 2 < len(tokens) and tokens[index + 2] == ")" and ACRONYM.match(tokens[index + 1]) and index + 3 < len(tokens) and (
                tokens[index + 3].lower() in CONNECTORS):
            words.extend(tokens[index : index + 3])  # "Dyrektor Oddziału GDDKiA (GDDKiA) w Krakowie": the short name, then the rest
            index += 3
            continue
        if token in CLAUSE_END or RELATIVE.match(token):
            break
        if all(_is_title(w) for w in words) and _is_role_word(token) and not _is_title(token):
            words.append(token)  # "starszy archiwista": the rank's word is the role noun's adjective
            index += 1
            continue
        if tokens[index - 1] in AND and token.lower() in AT_THE_SAME_TIME and index + 1 < len(tokens) and (
                _is_role_word(tokens[index + 1]) and not _is_title(tokens[index + 1])):
            words.extend(tokens[index : index + 2])  # "członek Zarządu i jednocześnie prezes Stowarzyszenia": a second function of his
            index += 2
            continue
        if all(_is_title(w) for w in words) and _first_name_readings(token) and not _is_role_word(token):
            return None  # "…, Prof. Marię i Jana Kosów": the next one's title
        if tokens[index - 1] in AND and (token.lower() in HONORIFICS or _is_title(token) or _surname_first(tokens, index)):
            break  # "… w Szwecji oraz Pana prof. Jana Kosa", "… oraz Baczewski Piotr – Pełnomocnik": the next person
        if tokens[index - 1] in AND and _is_role_word(token) and not _is_title(token):
            head = next((w for w in words if _role_reading(w)), words[0])  # "były senator i prezes …": past the qualifier
            if not _coordinated_role(tokens, index, head) or (
                    any(not (_is_role_word(w) or w in AND) for w in words[1:]) and _leads_to_a_name(tokens, index)):
                break  # "prezes klubu i radny gminy Anna Kos": the next person's
        elif token.lower() in HONORIFICS and index + 1 < len(tokens) and _first_name_readings(tokens[index + 1]) and not _the_lord(tokens, index):
            return None  # "Zofią Lis, malarką Panią Ewą Kos", "…, Starosta Bydgoski pan Jan Kos": the next person's role
        elif not _continues_role(token, tokens[index - 1]):
            break
        named_after = tokens[index - 1].lower() in ("im.", "imienia", "św.", "pw.", "p.w.", "p/w", "wezwaniem") or (  # "Teatru im. Stefana Żeromskiego"
            _the_lord(tokens, index) or _the_lord(tokens, index - 1)) or (  # "wikariusz parafii Pana Jezusa Dobrego Pasterza"
            patron and CAPITALISED.match(token))  # "II LO im. Krzysztofa Kamila Baczyńskiego": the patron's second name too
        resolved = _resolve(token, tokens[index + 1]) if index + 1 < len(tokens) and _first_name_readings(token) else None
        if resolved and _place_after_its_office(tokens, index, resolved[0].cases):
            named_after = True  # "sołtys Dąbrówki Leśnej": the village
        if resolved and "gen" in resolved[0].cases and _governs_genitive(tokens[index - 1]):
            named_after = True  # "prezes fundacji Huberta Wagnera", "autor biografii Mikołaja Kopernika": whose the thing is
        if _first_name_readings(token) and index + 1 < len(tokens) and _can_be_surname(tokens[index + 1]) and not named_after:
            if tokens[index - 1] in AND or tokens[index - 1].lower() in CONNECTORS:
                break  # the next person's name
            return None  # "Mikołaj Lis, prezydent Ryszard Kos", "…, burmistrz miasta Ryszard Kos": the role of the name it stands right before
        patron = named_after
        words.append(token)
        index += 1
    words = _without_trailing_links(words)
    if all(_is_title(w) for w in words):
        return None  # "Jan Lis, prof. Adam Kos": the next one's title
    if index < len(tokens) and tokens[index].lower() in ENTRUSTING:
        return None  # "Jan Lis, funkcję Wicestarosty obejmie Adam Kos": the post the next clause entrusts
    if qualified and index + 1 < len(tokens) and tokens[index] == "," and tokens[index + 1].lower() == "obecnie":
        return _role_after(tokens, index) or words  # "Jan Lis, były starosta, obecnie radny": the office he holds
    return words


ORDINALS = frozenset({"pierwszy", "drugi", "trzeci", "I", "II", "III"})


def _the_lord(tokens: list[str], index: int) -> bool:
    """ "Pana Jezusa", "Pana Boga": a church's dedication, no courtesy before a person's name."""
    return index + 1 < len(tokens) and tokens[index].lower() in ("pana", "pan") and tokens[index + 1].lower() in ("jezusa", "jezus", "boga", "chrystusa")


def _ordinal(word: str) -> bool:
    """ "I", "drugi", "drugiemu": an ordinal, which says which deputy is meant."""
    return word in ORDINALS or any(r.lemma in ORDINALS for r in readings(word.lower()) if r.pos == "adj")


def _qualifies_office(qualifier: str, role: str, previous: str = "", before: str = "") -> bool:
    """ "były starosta", "pierwszy zastępca", "I sekretarz": words that change which office is meant,
    kept with the role (where "obecny", "nowy", "dotychczasowy" only say when). "była", "byli" are the
    verb too: an adjective only after a verb, a comma or a conjunction ("jest była radna", "odczytał
    były burmistrz", not "nieobecni byli radni")."""
    head = _role_reading(role)
    if head is None:
        return False
    if qualifier.lower() == "b.":
        return True  # "klub b. prezydenta Jana Lisa": "były" cut short
    found = readings(qualifier.lower())
    lemmas = {r.lemma for r in found if r.pos == "adj"} | {qualifier}
    after_verb = previous.lower() in LINKING_VERBS or any(r.pos == "praet" for r in readings(previous.lower()))
    # "kibicował też były włodarz": after a verb and a particle, "były" is the adjective too
    particle = previous.lower() in ("też", "także", "również", "nawet") and any(r.pos == "praet" for r in readings(before.lower()))
    if any(r.pos == "praet" for r in found) and previous and not (particle or after_verb or previous in CLAUSE_END or previous in AND or previous in DASHES):
        return False
    heads = [r for r in readings(role.lower()) if _is_role_lemma(r.lemma)]
    if not any(r.numbers & h.numbers and r.genders & h.genders for r in found if r.pos == "adj" for h in heads) and qualifier not in ORDINALS:
        return False  # "byli prezes Jan Lis": a plural "byli" is the verb before a singular office, no adjective of it
    # "starszy wizytator", "młodszy nauczyciel": a grade of the post
    return "były" in lemmas or bool(lemmas & {"starszy", "młodszy"}) or bool(lemmas & ORDINALS and head.lemma.lower().startswith(("zastęp", "sekretarz", "wice", "vice")))


REGIONAL_ADJECTIVE = re.compile(r"(?:s|c|dz)ki$")
TIER_ADJECTIVES = frozenset({"powiatowy", "gminny", "osiedlowy"})  # "powiatowi radni": which council they sit on, like "miejscy"


def _role_nouns(word: str) -> list[Reading]:
    """The readings of ``word`` as a role noun ("burmistrza" → burmistrz in the genitive, the accusative)."""
    return [r for r in readings(word.lower()) if r.pos in ("subst", "depr") and _is_role_lemma(r.lemma)]


# A relative or an award: "żona Prezydenta Polski Anna Lis", "nagrodę Kuratora Oświaty pani Anna Lis".
SOMEONE_ELSES = frozenset({"nagroda", "wyróżnienie", "puchar", "statuetka", "stypendium",
                           "żona", "mąż", "małżonka", "małżonek", "syn", "córka", "wdowa", "wdowiec", "brat", "siostra", "ojciec", "matka",
                           "wnuk", "wnuczka", "prawnuk", "prawnuczka", "bratanek", "bratanica", "siostrzeniec", "siostrzenica",
                           "szwagier", "szwagierka", "teść", "teściowa", "zięć", "synowa", "narzeczona", "narzeczony", "potomek",
                           "potomkini", "krewny", "krewna", "kuzyn", "kuzynka", "stryj", "wuj", "ciotka"})  # fmt: skip


def _name_cases(token: str) -> set[str]:
    """The cases a name's first word can be in, as a first name where it is one ("Jan" is no genitive)."""
    return {c for r in _first_name_readings(token) or readings(token) for c in r.cases}


def of_someone_else(token: str) -> bool:
    """ "żona", "syna", "wdowie", "nagrodę": a relative or an award, the genitive after which names someone else's post."""
    return token.islower() and any(r.pos == "subst" and r.lemma in SOMEONE_ELSES for r in readings(token))


def _unknown_word(token: str) -> bool:
    """ "Kułeba": a word no dictionary knows, a foreign name the finder missed rather than part of a role."""
    return token[:1].isupper() and all(r.pos == "ign" for r in readings(token))


def _one_holder(first: str, second: str) -> bool:
    """ "radna sejmiku i przewodnicząca komisji", "proboszcza parafii i dziekana": two roles in the same gender, number and
    case, which one person holds (the annotated convention keeps both in one role)."""
    def held(word: str) -> list[Reading]:
        return [r for r in readings(word.lower()) if r.pos in ("subst", "adj", "depr") and _is_role_lemma(r.lemma)]

    return any(a.genders & b.genders and a.numbers & b.numbers and a.cases & b.cases for a in held(first) for b in held(second))


def _describes(adjective: str, role: str) -> bool:
    """ "komisaryczny burmistrz", "ceniona animatorka": an adjective (no participle) agreeing with the role noun after it."""
    heads = _role_nouns(role)
    return any(r.pos == "adj" and r.agrees(head) for r in readings(adjective.lower()) for head in heads)


def _regional(adjective: str, role: str) -> bool:
    """ "łódzki poseł Jan Lis", "nakielskiego burmistrza Piotra Lisa": before the role noun, an adjective
    of the place agreeing with it says which office, like a complement after it ("poseł z Łodzi"); so does an
    office's adjective ("diecezjalny moderator", "główny specjalista"), a council's tier only of a councillor."""
    titled = adjective[:1].isupper() and role[:1].isupper()  # "Okręgowy Inspektor Pracy": an office's title, capitalised
    heads = _role_nouns(role) if adjective.islower() or titled else []
    # "opolska kurator oświaty", "mazowiecką kurator": a woman's adjective beside an office's masculine name agrees in case only
    return any(r.pos == "adj" and (REGIONAL_ADJECTIVE.search(r.lemma) or (r.lemma in TIER_ADJECTIVES and head.lemma.startswith("radn"))
                                   or (r.lemma in OFFICE_ADJECTIVES and (titled or r.lemma not in TIER_ADJECTIVES)))
               and (r.agrees(head) or (r.genders == {"f"} and "m1" in head.genders and r.numbers & head.numbers
                                       and (r.cases & head.cases or role.lower() == head.lemma)))  # undeclined for her
               for r in readings(adjective.lower()) for head in heads)


def _coordinated_role(tokens: list[str], index: int, head: str) -> bool:
    """ "prezes i szkoleniowiec klubu": a second role noun joined to the first, in its case, and not the
    next person's role ("prezes klubu i radny Anna Kos")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    if CAPITALISED.match(following) and _first_name_readings(following):
        return False
    first, second = _role_reading(head), _role_reading(tokens[index])
    if first and second and first.lemma.lower() in SAME_FOR_WOMEN and second.genders == {"f"} and first.cases & second.cases:
        return True  # "sołtys sołectwa Sitno i radna gminy": a woman's office that does not change, then one that does
    return bool(first and second and first.agrees(second))


def _leads_to_a_name(tokens: list[str], index: int) -> bool:
    """Whether the role phrase starting at ``index`` runs into a person's name or title (it is that person's role),
    rather than ending its clause ("proboszcz parafii i wicedziekan sandomierski, a kazanie …")."""
    following = index + 1
    while following < len(tokens) and tokens[following] not in CLAUSE_END and not RELATIVE.match(tokens[following]):
        token = tokens[following]
        if token in AND and following + 2 < len(tokens) and _first_name_readings(tokens[following + 1]) and _can_be_surname(tokens[following + 2]):
            return False  # "…, starosta i przewodniczący konwentu oraz Jan Kos": the next person is listed apart
        if token.lower() in HONORIFICS or _is_title(token) or (
                _first_name_readings(token) and following + 1 < len(tokens) and _can_be_surname(tokens[following + 1])):
            return True
        if not _continues_role(token, tokens[following - 1]):
            return not token.islower() and token not in AND
        following += 1
    return False


def _past_affiliation(tokens: list[str], index: int) -> int:
    """Past "(SLD)" or "ze Wspólnoty Samorządowej Powiatu" standing between a name and the verb that gives
    the role ("…, a rada wybrała Jana Lisa (SLD) na przewodniczącego", "Jan Lis z PSL został starostą");
    ``index`` itself when what follows is not a verb or an appointment."""
    after = index
    if after + 2 < len(tokens) and tokens[after] == "(" and ACRONYM.match(tokens[after + 1]) and tokens[after + 2] == ")":
        after += 3
    elif after + 1 < len(tokens) and ACRONYM.match(tokens[after]) and (
            tokens[after + 1].lower() in APPOINTED | LINKING_VERBS or tokens[after + 1] in ("(", ",", *DASHES)):
        after += 1  # "ks. Jan Lis SAC został mianowany rektorem", "abp Jan Lis SAC (biskup …)": his order's initials
    elif after + 1 < len(tokens) and tokens[after].lower() in ("z", "ze") and (CAPITALISED.match(tokens[after + 1]) or ACRONYM.match(tokens[after + 1])):
        after += 1
        while after < len(tokens) and after - index < 8 and (CAPITALISED.match(tokens[after]) or ACRONYM.match(tokens[after])):
            after += 1
    if after == index or after >= len(tokens):
        return index
    apposition = tokens[after] in (",", "(", *DASHES) and after + 1 < len(tokens) and (
        tokens[after + 1].lower() in TIME_WORDS or _is_role_word(tokens[after + 1]))  # "Beata Lis z PO, dotychczasowa przewodnicząca"
    return after if apposition or tokens[after].lower() in APPOINTED | LINKING_VERBS else index


def _once_more(tokens: list[str], index: int) -> bool:
    """ "po raz kolejny", "po raz drugi": how many times, between the name and the verb that gives the role."""
    return tokens[index : index + 2] == ["po", "raz"] and index + 2 < len(tokens) and tokens[index + 2].lower() in ORDINAL_TIMES


ORDINAL_TIMES = frozenset({"kolejny", "pierwszy", "drugi", "trzeci", "czwarty", "piąty", "szósty", "siódmy", "ósmy", "dziewiąty", "dziesiąty"})


def _past_lifespan(tokens: list[str], index: int) -> int:
    """Past "(1874–1960)" or "(ur. 1950)" opening at ``index``; ``index`` itself when no such bracket opens there."""
    if index >= len(tokens) or tokens[index] != "(":
        return index
    close = next((i for i in range(index + 1, min(index + 6, len(tokens))) if tokens[i] == ")"), None)
    inside = tokens[index + 1 : close] if close else []
    lifespan = inside and all(t.isdigit() or t in DASHES or t.lower() in ("ur.", "ur", "zm.", "zm") for t in inside)
    return close + 1 if lifespan else index


def _role_in_relative_clause(tokens: list[str], index: int) -> list[str] | None:
    """ "…, która została Przewodniczącą Rady", "…, który pozostanie zastępcą prezydenta": the role in
    the instrumental after the clause's linking verb."""
    verb = next((i for i in range(index, min(index + 4, len(tokens))) if tokens[i].lower() in LINKING_VERBS), None)
    if verb is None or any(t in CLAUSE_END for t in tokens[index:verb]):
        return _role_held_in_clause(tokens, index)
    start = verb + 1
    while start < len(tokens) and tokens[start].lower() in TIME_WORDS:
        start += 1  # "…, który był pierwszym starostą inowrocławskim"
    found = _role_after(tokens, start)
    if not found:
        return _role_held_in_clause(tokens, index)  # "…, która pełni funkcję sołtysa"
    position = next((i for i in range(verb + 1, len(tokens)) if tokens[i] == found[0]), None)
    # "został wybrany na Przewodniczącego Rady", "pełni funkcję sołtysa": the post named in another case
    post = position is not None and (tokens[position - 1].lower() == "na" or tokens[position - 1].lower() in POST_WORDS)
    return found if post or _role_in(found[0], "inst") else None


# Verbs by which a post passes to or from the name after them, its post named before them as a complement
# ("Nominację na stanowisko komendanta otrzymał …", "obowiązki Komendanta Wojewódzkiego zdał …").
ENTRUSTING = frozenset({"powierzono", "powierzył", "powierzyła", "powierzyli", "powierzyło", "powierzy", "otrzymał", "otrzymała",
                        "odebrał", "odebrała", "przejął", "przejęła", "zdał", "zdała", "straci", "przejmie", "obejmie", "objął",
                        "objęła", "pełni", "sprawuje", "sprawować", "pełnić", "obejmą"})  # fmt: skip
DUTIES = frozenset({"obowiązki", "obowiązków"})
AT_THE_SAME_TIME = frozenset({"jednocześnie", "zarazem", "równocześnie"})
POSSESSIVES = frozenset({"swojego", "swojej", "swego", "swej", "jego", "jej", "ich"})


def _post_entrusted(tokens: list[str], end: int, floor: int) -> list[str] | None:
    """ "Funkcję skarbnika powierzono Annie Lis", "stanowisko swojego zastępcy ponownie powierzył Iwonie
    Kos": the post entrusted to the name after the verb (the verb's subject keeps its own role)."""
    verb = end - 1
    while verb > floor and (tokens[verb].lower() in BEFORE_THE_VERB or _is_title(tokens[verb])):
        verb -= 1  # "powierzył ponownie Annie Lis", "otrzymał mł. bryg. Jan Lis"
    if verb <= floor or tokens[verb].lower() not in ENTRUSTING:
        return None
    for position in range(verb - 1, max(floor, verb - 10) - 1, -1):
        if tokens[position] in CLAUSE_END:
            return None
        if tokens[position].lower() in POST_WORDS | DUTIES:
            start = position + 1 + (tokens[position + 1].lower() in POSSESSIVES)
            words = [t for t in tokens[start:verb] if t.lower() not in BEFORE_THE_VERB]
            while words and words[0].lower() in TIME_WORDS and not _qualifies_office(words[0], words[1] if len(words) > 1 else ""):
                words = words[1:]  # "na stanowisko nowego Zastępcy Komendanta": the office, not when
            return _without_adverbs(words) if words and _is_role_word(words[0]) else None
    return None


def _without_adverbs(words: list[str]) -> list[str]:
    """The role phrase up to the words that say when or how it passed ("Komendanta Wojewódzkiego Policji
    14 lutego oficjalnie")."""
    for position, word in enumerate(words[1:], 1):
        if word[:1].isdigit() or (word.islower() and not _continues_role(word, words[position - 1])):
            return words[:position]
    return words


def _role_held_in_clause(tokens: list[str], index: int) -> list[str] | None:
    """ "…, który rozpoczął kadencję na stanowisku prezydenta Szczecina", "…, która pełni funkcję
    sołtysa": the post the clause says the person holds."""
    for position in range(index, min(index + 10, len(tokens) - 1)):
        if tokens[position] in CLAUSE_END:
            return None
        if tokens[position].lower() in POST_WORDS and _is_role_word(tokens[position + 1]):
            return _role_after(tokens, position + 1)
    return None


POST_WORDS = frozenset({"funkcję", "funkcje", "stanowisko", "stanowisku", "stanowiska"})  # "pełni funkcję sołtysa", "na stanowisku prezydenta"
HOLDING_VERBS = frozenset({"pełni", "pełnił", "pełniła", "sprawuje", "sprawował", "sprawowała", "piastuje", "piastował",
                           "piastowała", "zajmuje", "zajmował", "zajmowała", "objął", "objęła", "obejmie", "pełnią", "pełnili",
                           "pełniły", "sprawują", "sprawowali", "zajmują", "objęli", "objęły", "obejmą"})  # fmt: skip


def _post_held_by_subject(tokens: list[str], end: int) -> list[str] | None:
    """ "Jan Lis w latach 1989–1991 pełnił funkcję wicewojewody": the post the name's verb says he held,
    past words that say when."""
    for position in range(end, min(end + 8, len(tokens) - 2)):
        token = tokens[position]
        if token in CLAUSE_END and not (token in DASHES and tokens[position - 1][:1].isdigit()):
            return None
        if token.lower() in HOLDING_VERBS and tokens[position + 1].lower() in POST_WORDS and _is_role_word(tokens[position + 2]):
            return _role_after(tokens, position + 2)
    return None


def _role_in(token: str, case: str) -> bool:
    """A role noun in that case: "Wiceprzewodniczącą" (inst), "na prezydenta" (acc)."""
    return any(case in r.cases for r in readings(token.lower()) if _is_role_lemma(r.lemma))


def _quote_opening(tokens: list[str], index: int, floor: int) -> int | None:
    """Where the quoted name that ends at ``index`` opens, reading backwards; None if none ends there."""
    if tokens[index] not in QUOTES:
        return None
    for opening in range(index - 1, max(floor, index - 6) - 1, -1):
        if tokens[opening] in QUOTES:
            return opening if _quoted_name(tokens, opening) == index + 1 else None
        if tokens[opening] in CLAUSE_END:
            return None
    return None


def _quoted_name(tokens: list[str], index: int) -> int:
    """Where a quoted name that starts at ``index`` ends ("„Gazety Polskiej”", "\"Euroregion Niemen\""); 0 if none."""
    if tokens[index] not in QUOTES or index + 1 >= len(tokens) or not (CAPITALISED.match(tokens[index + 1]) or ACRONYM.match(tokens[index + 1])):
        return 0
    for close in range(index + 2, min(index + 7, len(tokens))):
        if tokens[close] in QUOTES:
            return close + 1
        if tokens[close] in CLAUSE_END:
            return 0
    return 0


# Adjectives that qualify a function, never the office after it: "Radcę Prawnego Urzędu" → "Radca Prawny Urzędu".
OF_THE_ROLE = frozenset({"prawny", "prasowy", "generalny", "naczelny"})
# Adjectives before a role noun that name which office it is: "Okręgowy Inspektor Pracy", "powiatowy lekarz weterynarii".
OFFICE_ADJECTIVES = frozenset({"okręgowy", "powiatowy", "wojewódzki", "miejski", "gminny", "główny", "naczelny", "krajowy",
                               "regionalny", "państwowy", "generalny", "diecezjalny", "apostolski", "honorowy"})


def _last_part(word: str) -> tuple[str | None, str | None, str]:
    """ "Warmińsko-Mazurskiego" → ("Warmińsko", "-", "Mazurskiego"): only a compound's last part declines."""
    return re.match(r"(?:(.*)([-–]))?(.*)$", word).groups()


def nominative_role(words: list[str], female: bool | None) -> str:
    """A role phrase in the nominative singular: the role noun and the adjectives agreeing with it
    ("rzeczniczką prasową Urzędu" → "rzeczniczka prasowa Urzędu"); complements stay as written."""
    words = list(words)
    if len(words) > 2 and _acting(words[0], words[1]):  # "pełniącym obowiązki komendanta" → "pełniący obowiązki komendanta"
        return " ".join([_same_capital(words[0], "pełniąca" if female else "pełniący"), *words[1:]])
    if len(words) > 1 and any(r.lemma == "ksiądz" for r in readings(words[0].lower())) and (_is_role_word(words[1]) or words[1][:1].isupper()):
        words = words[1:]  # "Ksiądz Proboszcz", "Księdza Seniora parafii": the priest's title before his function
    if len(words) > 1 and any(r.lemma == "swój" for r in readings(words[0].lower())):
        words = words[1:]  # "w imieniu Marka Lisa, swojego zastępcy": the post, not whose it is
    if words and words[0].lower() in ROLE_ABBREVIATIONS:
        if words[0].lower().startswith("z-c"):
            words[0] = words[0][:3] + "a"  # "Z-cę Przewodniczącego" → "Z-ca Przewodniczącego"
        return " ".join(words)  # "Z-ca Wójta": what follows the short form is its complement
    heads = ((i, _role_reading(word)) for i, word in enumerate(words) if word.lower() not in TITLES)
    position, head = next(((i, reading) for i, reading in heads if reading), (None, None))
    if head is not None and female is not None:
        # "Sędzią Głównym … był Kazimierz": "sędzia" declines like a woman's noun, but his reading is the man's;
        # "sędzią głównym zawodów była Pani Ewa": the adjective beside it agrees with the man's, written for her too
        adjectives = [r for r in readings(words[position + 1].lower()) if r.pos == "adj"] if female and position + 1 < len(words) else []
        alike = [r for r in readings(words[position].lower()) if r.lemma == head.lemma and r.cases & head.cases and r.numbers & head.numbers]
        head = max([head, *alike], key=lambda r: (any(a.agrees(r) for a in adjectives), ("f" in r.genders) == female))
    if head is not None:  # the first role noun is the head; a later one is a complement ("zastępca Prezydenta")
        word = words[position]
        lemma, gender = head.lemma, "f" if head.genders == {"f"} else "m1"
        if ("sg" not in head.numbers or "nom" not in head.cases) and female and lemma.endswith("y"):
            # "radni: Anna Nowak i …" → radna; "Przewodniczącym Rady jest pani Anna Nowak" → przewodnicząca
            lemma, gender = lemma[:-1] + "a", "f"
        elif "sg" not in head.numbers and female and _womans_role(lemma):
            lemma, gender = _womans_role(lemma), "f"  # "Kandydatami są Adam Kos i Ewa Lis" → kandydatka
        elif female is False and head.genders == {"f"} and lemma.endswith("a") and lemma[:-1] + "y" in ROLE_NOUNS:
            lemma, gender = lemma[:-1] + "y", "m1"  # "przewodniczącą komisji został Piotr Kos" → przewodniczący
        # "rektora-komendanta" → "rektor-komendant": each part of a joined role in the nominative
        parts = [_part_nominative(part, head) for part in word.split("-")[1:]]
        words[position] = "-".join([_same_capital(word, lemma), *parts])
        for before in range(position):  # "byłemu staroście" → "były starosta"; "starszy archiwista" stays
            prefix, joiner, last = _last_part(words[before])
            adjective = next((r for r in readings(last.lower()) if r.pos == "adj" and r.agrees(head)), None)
            hers = adjective is None and female is True and "f" not in head.genders  # "mazowiecką kurator": her adjective, the noun undeclined
            if hers:
                adjective = next((r for r in readings(last.lower()) if r.pos == "adj" and r.genders == {"f"} and "sg" in r.numbers), None)
            if adjective is not None and (not {"nom"} <= adjective.cases or "sg" not in adjective.numbers):  # "byli dyrektorzy" → "były dyrektor"
                words[before] = (prefix + joiner if prefix else "") + _same_capital(last, adjective_form(adjective.lemma, "f" if hers else gender) or last)
        following = position + 1
        while following < len(words):
            if following + 2 < len(words) and words[following + 1] in DASHES and words[following].endswith("o") and words[following][:1].isupper():
                following += 2  # "Kujawsko - Pomorskiego": the compound's first part never declines
            if words[following].lower() in TEACHER_GRADES:
                words[following] = TEACHER_GRADES[words[following].lower()]  # "nauczycielem mianowanym" → "nauczyciel mianowany"
                following += 1
                continue
            prefix, joiner, last = _last_part(words[following])
            adjective = next((r for r in readings(last.lower()) if r.pos == "adj" and r.agrees(head)), None)
            womans = adjective is None and female is True and "f" not in head.genders  # "redaktor naczelną": a woman's adjective beside a man's noun
            if womans:
                adjective = next((r for r in readings(last.lower()) if r.pos == "adj" and "f" in r.genders and "sg" in r.numbers), None)
            if adjective is None or _role_reading(words[following]) or (
                    adjective.lemma not in OF_THE_ROLE and _modifies_next(last, words[following + 1 : following + 2])
                    and (words[following][:1].isupper() or words[following + 1][:1].islower() or (
                        word.lower() == head.lemma.lower() and "nom" not in adjective.cases))):
                # "twórcy naszego hymnu", "kierownika gminnego ośrodka"; "dyrektor wadowickiej Delegatury": beside a head written
                # in the nominative, an adjective in another case is the next noun's
                break  # "dyrektora Świętokrzyskiego Centrum", "Nowego Warpna": the next noun's; "Zastępcę Przewodniczącego": a complement
            form = adjective_form(adjective.lemma, "f" if womans else gender) or last
            words[following] = (prefix + joiner if prefix else "") + _same_capital(last, form)
            following += 1
        if following < len(words) and _apposed(word, words[following]):
            words[following] = _role_reading(words[following]).lemma  # "artysty rzeźbiarza" → "artysta rzeźbiarz"
            following += 1
        elif following < len(words) and (eldest := next((r for r in readings(words[following].lower())
                                                         if r.lemma in ELDEST and r.numbers & head.numbers), None)):
            words[following] = _same_capital(words[following], eldest.lemma)  # "radnego seniora", "radnej seniorce" → "radny senior", "radna seniorka"
        elif following < len(words) and words[following].islower() and "gen" not in head.cases:
            # "radnym seniorem" → "radny senior": a noun in the head's case is in apposition; a genitive is a complement
            nouns = [r for r in readings(words[following]) if r.pos == "subst"]
            apposed = [r for r in nouns if r.cases & head.cases and r.numbers & head.numbers]
            if apposed and not any("gen" in r.cases for r in nouns):
                words[following] = apposed[0].lemma
        if following + 1 < len(words) and words[following] in AND:  # "dramaturgiem i reżyserem" → "dramaturg i reżyser"
            second = following + 2 if words[following + 1].lower() in AT_THE_SAME_TIME and following + 2 < len(words) else following + 1
            other = _role_reading(words[second])  # "radnego i zarazem sołtysa" → "radny i zarazem sołtys"
            qualified = _role_reading(words[second + 1]) if other is None and second + 1 < len(words) else None
            if other is not None and other.cases & head.cases:
                words = [*words[:second], *nominative_role(words[second:], female).split()]  # "… i redaktorem naczelnym" too
            elif qualified is not None and qualified.cases & head.cases and any(r.pos == "adj" for r in readings(words[second].lower())):
                words = [*words[:second], *nominative_role(words[second:], female).split()]  # "… i pierwszego rektora" → "… i pierwszy rektor"
        second = _second_role_after_complement(words, following + 1, head)
        if second is not None:  # "burmistrza Lędzin i byłego przewodniczącego Rady" → "… i były przewodniczący Rady"
            words = [*words[: second], *nominative_role(words[second:], female).split()]
    return QUOTE_SPACING.sub(lambda m: m.group(1) + m.group(2).strip() + m.group(3), " ".join(words).replace(" ,", ",").replace("( ", "(").replace(" )", ")"))


def _second_role_after_complement(words: list[str], start: int, head: Reading) -> int | None:
    """Where a second function joined by "i" after the first one's complement starts, in the first one's case
    ("burmistrza Lędzin i byłego przewodniczącego Rady"), not a name's "i" ("Wydziału Promocji i Turystyki")."""
    joined = next((i for i in range(start, len(words) - 1) if words[i] in AND), None)
    if joined is None or not (words[joined + 1][:1].islower() or _role_reading(words[joined + 1])):
        return None  # "Wójta Gminy Osiek i Prezesa ZOG": a role noun capitalised too
    role_at = joined + 2 if (words[joined + 1].lower() in TIME_WORDS | AT_THE_SAME_TIME) and joined + 2 < len(words) else joined + 1
    other = _role_reading(words[role_at])
    if other is None or not other.cases & head.cases or {"nom"} <= other.cases:
        return None
    # "byłego przewodniczącego" declines from the qualifier on; "i jednocześnie prezesowi": the adverb stays as written
    return role_at if words[joined + 1].lower() in AT_THE_SAME_TIME else joined + 1


def _part_nominative(part: str, head: Reading) -> str:
    """The nominative of a joined role's later part: "-komendanta" → "komendant", "-elektowi" → "elekt"."""
    reading = _role_reading(part) or next((r for r in readings(part.lower()) if r.pos == "subst" and r.cases & head.cases), None)
    return _same_capital(part, reading.lemma) if reading else part


# Offices a woman holds under the masculine name in official use ("pani sołtys", "pani dyrektor"): a plural
# ("byli dyrektorzy: Anna Lis, …") gives her that name, not "dyrektorka" (a page's own word when it writes one).
SAME_FOR_WOMEN = frozenset({"sołtys", "dyrektor", "wicedyrektor", "prezes", "wiceprezes", "kierownik", "reżyser", "sekretarz",
                            "skarbnik", "inspektor", "komendant", "prokurator", "minister", "kurator", "naczelnik", "rektor", "dziekan",
                            "burmistrz", "wójt", "poseł"})


def _womans_role(lemma: str) -> str | None:
    """ "kandydat" → "kandydatka", "artysta" → "artystka", "uczeń" → "uczennica", "radny" → "radna", when the list knows the form."""
    if lemma.lower() in SAME_FOR_WOMEN:
        return None
    adjectival = (lemma[:-1] + "a",) if lemma.endswith("y") else ()
    for form in (*adjectival, lemma + "ka", lemma[:-1] + "ka", lemma[:-2] + "ennica", lemma + "ini"):
        if form.lower() in ROLE_NOUNS:
            return form
    return None


def _modifies_next(word: str, following: list[str]) -> bool:
    """ "Świętokrzyskiego Centrum", "Nowego Warpna": the adjective agrees with the noun after it, or that
    word is a capitalised one the dictionary does not know (a small town's name)."""
    if not following:
        return False
    adjectives = [r for r in readings(word.lower()) if r.pos == "adj"]
    nouns = [r for r in readings(following[0].lower()) if r.pos == "subst"]
    unknown_name = bool(CAPITALISED.match(following[0])) and all(r.pos == "ign" for r in readings(following[0]))
    return unknown_name or any(n.agrees(a) for n in nouns for a in adjectives)


def _same_capital(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


# --- the text ------------------------------------------------------------------------------------
# "z proboszczem ś.p. ks. Janem Lisem": of blessed memory; "J.E. ks. biskup": His Excellency
DECEASED = re.compile(r"\b(?:ś\.\s?p\.|śp\.)\s*|\bJ\.\s?E\.\s*(?=(?i:ks|bp|abp|kard|biskup|arcybiskup))", re.IGNORECASE)
UNDER_DIRECTION = re.compile(r"\bpod\s+dyr\.\s+", re.IGNORECASE)  # "chór pod dyr. Anny Lis": a conductor's direction, not a director
RETIRED = re.compile(r"\s+w\s+st(?:\.|anie)\s*spocz(?:\.|ynku)(?=\s)", re.IGNORECASE)  # "bryg. w st. spocz. Jan Lis": a rank's, not a role's
PRIEST_WITHOUT_DOT = {"ks": "ks.", "Ks": "Ks."}  # "prymas Polski ks abp Jan Lis" ("KS Lisewo" is a club)


def _tokens(line: str) -> list[str]:
    """A line's words and marks, without the words that only honour a name or a rank ("ś.p.", "J.E.", "w st. spocz."),
    a conductor's "pod dyr." written out, and a priest's "ks" given its dot."""
    line = UNDER_DIRECTION.sub("pod dyrekcją ", RETIRED.sub("", DECEASED.sub("", line)))
    return _surnames_in_capitals_titled(_roles_glued_apart([PRIEST_WITHOUT_DOT.get(t, t) for t in TOKEN.findall(line)]))


def people_in_text(text: str) -> list[Person]:
    """Every person the text names, once each, with the first role it gives them, and every form seen."""
    found: dict[str, Person] = {}
    mentions_by_line = []
    for line in text.split("\n"):
        tokens = _tokens(line)
        mentions = _names_in(tokens)
        mentions_by_line.append((tokens, mentions))
    full_names = [m for _, mentions in mentions_by_line for m in mentions if m.first]
    for tokens, mentions in mentions_by_line:
        previous_end, previous_role, previous_courteous, listed, roles_lead = 0, None, False, [], False
        for mention in mentions:
            name = _full_name_of(mention, full_names)
            in_list = bool(previous_end) and _in_one_list(tokens[previous_end : mention.start])
            listed_on = bool(previous_end) and previous_end < mention.start and tokens[previous_end] == ","  # "…, przewodniczący rady, Adam Kos"
            found_before = _role_before(tokens, mention.start, previous_end, roles_lead and listed_on)
            after = _role_after(tokens, mention.end)
            if after and not _apposition_agrees(tokens, mention, after):
                after = None  # "zgłoszona przez Ewę Romik, radna Anna Lis…": the next clause's subject, not her role
            before, through_verb = found_before or (None, "")
            if before and (all(_is_title(w) for w in before) or (
                    all(w.endswith(".") for w in before if _is_title(w)) and not any(_is_role_word(w) and not _is_title(w) for w in before))):
                before = None  # "prof. Jan Nowak", "ks. Adam Lis", "m.st. Warszawy Oldze Lis": a title, not a function
            if before and after and all(_is_title(w) or _church_rank(w) for w in before) and any(_role_reading(w) for w in after):
                before = None  # "ksiądz biskup Jan Lis, biskup pomocniczy diecezji": the function the apposition names
            membership = before if through_verb == "wchodzą" else None
            being = through_verb and through_verb not in BECOMING and not _appointing(through_verb)
            if before and after and being and any(not _is_title(w) and _role_reading(w) for w in after):
                # "Inicjatorem był Jan Nowak, przewodniczący rady": the function beside the name, not what the sentence says he was
                before = None
            beside = _past_lifespan(tokens, mention.end)
            if after and beside < len(tokens) and (tokens[beside] in DASHES or tokens[beside] in ("(", after[0])):
                # "Anna Nowak – dyrektor szkoły", "Anna Nowak (pracownik Urzędu Gminy)", "Marek Lis prezydent
                # Włocławka, …": her own role, whatever stands before
                before = None
            if before and after and not through_verb and len(before) == 1 and beside < len(tokens) and tokens[beside].lower() in BECOMING:
                before = None  # "radny Jan Lis został wybrany na przewodniczącego": the post the sentence makes him take
            if before and after and len(before) == 1 and len(after) > 1 and _same_role(before[0], after[0]) and not any(
                    mention.end < other.start <= mention.end + 1 + len(after) for other in mentions):
                before = None  # "prezes Jan Lis, prezes Związku Piłki Nożnej": the apposition says which
            if before and not through_verb:
                before = _role_in_names_case(before, mention)
            role_words, shared = before or after, bool(before)
            if not listed_on:  # "wójt gminy Jan Lis, przewodniczący rady, Adam Kos": a list whose first name follows its role
                roles_lead = bool(before) and not through_verb and mention.start > 0 and tokens[mention.start - 1] not in CLAUSE_END
            titled = mention.start > 0 and _is_title(tokens[mention.start - 1])
            contrasted = "a" in tokens[previous_end : mention.start]  # "wręczył wójt Jan Lis, a Pan Adam Kos odczytał": not his office
            courteous = mention.start > 0 and tokens[mention.start - 1].lower() in HONORIFICS
            if role_words is None and previous_role and in_list and not contrasted and (
                    not (titled or courteous and previous_courteous) or _plural_role(previous_role, frozenset())) and not (
                    _anothers_gender(previous_role, mention)):
                # "radni: Jan Kowalski i Michał Wiśniewski": one role for both; past a title only a plural one
                # ("wikariusze – ks. Jan Lis i ks. Adam Kos", not "ks. Dziekan Jan Lis oraz ks. Adam Kos")
                role_words, shared = previous_role, True
            listed = [*listed, mention] if in_list else [mention]
            if after and role_words is after and _plural_role(after, mention.cases):
                for member in listed[:-1]:  # "Jan Lis i Anna Kos, właściciele sklepu": the plural is both of theirs
                    earlier = found.get(_full_name_of(member, full_names))
                    if earlier is not None and earlier.role is None:
                        earlier.role = nominative_role(after, member.female)
            # only a role that stood before a name can be shared by the next one ("radni: Jan Kowalski i …")
            # a body's membership holds for the whole list, whatever role one member's brackets add
            previous_end, previous_role = mention.end, role_words if shared else membership
            # "p. dyrektor Teresa Lis, p. Renata Kos": each courtesy word opens a person of her own
            previous_courteous = bool(before) and _courtesy_before(tokens, mention.start, before)
            role = nominative_role(role_words, mention.female) if role_words else None
            person = found.setdefault(name, Person(name, role))
            if person.role is None:
                person.role = role
            form = " ".join(tokens[mention.start : mention.end])
            if form not in person.forms:
                person.forms.append(form)
        _add_surname_forms(tokens, mentions, found)
    for tokens, mentions in mentions_by_line:
        _add_surnames_after_roles(tokens, mentions, found)
    for person in found.values():
        person.name = _dash_as_written(person.name, text)
    return list(found.values())


def _same_role(one: str, other: str) -> bool:
    lemmas = {r.lemma for r in readings(one.lower()) if _is_role_lemma(r.lemma)}
    return bool(lemmas & {r.lemma for r in readings(other.lower()) if _is_role_lemma(r.lemma)})


def _anothers_gender(role: list[str], mention: _Mention) -> bool:
    """ "proboszcz ks. Jan Lis oraz Anna Kos", "wicemarszałek Jan Lis, Anna Kos – …": a role written in one person's gender
    only, which a name of the other gender after it does not share."""
    if mention.female is None or _plural_role(role, frozenset()):
        return False
    head = next((r for word in role if not _is_title(word) for r in [_role_reading(word)] if r), None)
    if head is None or "pl" in head.numbers:
        return False
    if head.genders == {"f"}:
        return not mention.female  # a woman's form is never a man's
    # a man's form is a woman's too ("pań dyrektor", "członek"), unless the list has hers ("przewodnicząca") or it is a priest's
    return head.genders == {"m1"} and bool(mention.female) and bool(_womans_role(head.lemma) or head.lemma in PARISH_PRIESTS)


def _courtesy_before(tokens: list[str], start: int, role: list[str]) -> bool:
    """The role standing before the name at ``start`` follows one person's courtesy word ("p. dyrektor Teresa Lis")."""
    for index in range(start - len(role), -1, -1):
        if tokens[index : index + len(role)] == role:
            return index > 0 and tokens[index - 1].lower() in HONORIFICS - {"panie", "państwo"}  # "panie bibliotekarki: …" are all of them
    return False


NAME_DASH = re.compile(r" ([–—-]) ")


def _dash_as_written(name: str, text: str) -> str:
    """ "Anna Walczak–Caban", "Ewa Lis- Kos": a double surname's dash spaced as the text spaces it
    (the tokens keep no spaces)."""
    dash = NAME_DASH.search(name)
    if not dash:
        return name
    before, after = name[: dash.start()].split()[-1], name[dash.end() :].split()[0]
    written = re.search(rf"{re.escape(before[:3])}\w*(\s*){re.escape(dash.group(1))}(\s*){re.escape(after[:3])}", text)
    return f"{name[: dash.start()]}{written.group(1)}{dash.group(1)}{written.group(2)}{name[dash.end() :]}" if written else name


def _plural_role(words: list[str], cases: frozenset[str]) -> bool:
    """ "właściciele sklepu", "(przedstawicielki Kół Gospodyń)": a role noun in the plural, in the case of the
    name it stands after when that is known (a woman's genitive singular looks the same)."""
    head = next((w for w in words if not _is_title(w) and _role_reading(w)), None)
    heads = [r for r in readings(head.lower()) if _is_role_lemma(r.lemma)] if head else []
    if cases:
        heads = [r for r in heads if r.cases & cases] or heads
    return bool(heads) and all("sg" not in r.numbers for r in heads)


def _role_in_names_case(words: list[str], mention: _Mention) -> list[str]:
    """ "zastępcą prezydenta Szczecina Piotra Krzystka": a role noun in another case than the name is
    someone else's; the name's own is the later one that agrees with it ("prezydenta Szczecina")."""
    if not mention.cases or words[0].lower() in ROLE_ABBREVIATIONS:
        return words  # "Z-cę Przewodniczącego Komisji Jana Lisa": the short form does not decline
    plural_only, heads = True, False
    for position, word in enumerate(words):
        if _is_title(word):
            continue
        # "mieszkańców sołectwa radnego Jana Lisa": a plural is the others', the singular beside him his own
        cases = frozenset().union(*(r.cases for r in readings(word.lower()) if _is_role_lemma(r.lemma) and "sg" in r.numbers))
        plurals = frozenset().union(*(r.cases for r in readings(word.lower()) if _is_role_lemma(r.lemma) and "pl" in r.numbers))
        # only a dative plural ("sołtysom"): an instrumental one is what a list became ("a jego zastępcami Jan Lis, …")
        plural_only = plural_only and not cases and bool(plurals) and plurals <= {"dat", "loc", "gen", "acc"} and not plurals & mention.cases
        if not cases:
            continue
        heads = True
        if cases & mention.cases or len(cases) == len(CASES):
            while position and (_qualifies_office(words[position - 1], word, words[position - 2] if position > 1 else "")
                                or _regional(words[position - 1], word) or words[position - 1].lower() in VICE_APART):
                position -= 1  # "pierwszy zastępca prezydenta Jan Kos", "łódzki poseł": the words that say which office stay
            return words[position:] if position else words
    # "podziękowali sołtysom Jan Lis, burmistrz …": a plural in another case names whom he thanked
    if plural_only:
        return []
    if heads and mention.cases == {"nom"} and all(_role_cases_oblique(word) for word in words if not _is_title(word)):
        return []  # "opowiedziała autorce Irena Lis": whom she told, in the dative; she is the subject
    # "autorem biografii Mikołaja Kopernika": the name completes the noun before it, whose author is someone else
    return [] if heads and _governs_genitive(words[-1]) and "gen" in mention.cases and mention.cases <= {"gen", "acc"} else words


def _role_cases_oblique(word: str) -> bool:
    """A role noun only in the dative or locative ("autorce", "dyrektorowi"), or no role noun (an instrumental is a
    predicate whose verb is left out: "…, a sekretarzem Anna Lis")."""
    cases = frozenset().union(*(r.cases for r in readings(word.lower()) if _is_role_lemma(r.lemma)))
    return cases <= {"dat", "loc"}


def _governs_genitive(word: str) -> bool:
    """ "biografii", "wystawy": a common noun (no role's, no office's name) in the genitive, whose complement a name after it is."""
    found = readings(word.lower())
    return word[:1].islower() and any(r.pos == "subst" and "gen" in r.cases for r in found) and not any(
        _is_role_lemma(r.lemma) for r in found)


def _apposition_agrees(tokens: list[str], mention: _Mention, role: list[str]) -> bool:
    """A role after the name's comma stands in the name's case ("Jana Lisa, prezydenta"); one in
    another case starts the next clause ("Annę Lis, zastępcą będzie …"), and without a comma one in
    the plural too ("wybrali Jana Lisa radni …")."""
    if not mention.cases or mention.end + 1 >= len(tokens):
        return True
    bare = tokens[mention.end] == role[0]  # "Marek Lis prezydent Włocławka": an apposition without a comma
    if not bare and (tokens[mention.end] != "," or RELATIVE.match(tokens[mention.end + 1])):
        return True  # "…, która została przewodniczącą": the clause's own predicate
    if not bare and tokens[mention.end + 1].lower() in APPOINTED - TIME_WORDS:
        return True  # "…, wybrany na stanowisko prezesa": the case is the preposition's
    head = next((w for w in role if not _is_title(w) and _role_reading(w)), None)
    if head is None or role[0].lower() in ROLE_ABBREVIATIONS:
        return True  # "Janina Lis Z-ca Wójta": the short form does not decline, its complement is in the genitive
    if len(role) > 2 and _acting(role[0], role[1]):  # "Jana Lisa, pełniącego obowiązki dyrektora": the participle agrees
        return any(r.cases & mention.cases for r in readings(role[0].lower()))
    following = mention.end + (0 if bare else 1) + len(role)
    if following < len(tokens) and (tokens[following] in DASHES or tokens[following] == ":") and all(
            "sg" not in r.numbers for r in readings(head.lower()) if _is_role_lemma(r.lemma)):
        return False  # "Jerzy Lis, sołtysi – Anna Kos i …": the next list's heading, in the plural
    heads = [r for r in readings(head.lower()) if _is_role_lemma(r.lemma) and (not bare or "sg" in r.numbers)
             and not (mention.female is False and r.genders == {"f"})]  # "minister" is a woman's too, undeclined
    cases = frozenset().union(*(r.cases for r in heads))
    return bool(cases & mention.cases) or len(cases) == len(CASES)


GLUED_ROLE = re.compile(rf"^([{UPPER}][{LOWER}]+)-([{LOWER}]{{3,}})$")
ROLE_GLUED_BEFORE = re.compile(rf"^([{LOWER}]{{3,}})-([{UPPER}][{LOWER}]+)$")


def _roles_glued_apart(tokens: list[str]) -> list[str]:
    """ "Jan Woźniak-burmistrz Otmuchowa", "skarbnik-Barbara Lis": a role glued to the name by a hyphen, apart."""
    parted = []
    for token in tokens:
        glued = GLUED_ROLE.match(token)
        before = ROLE_GLUED_BEFORE.match(token)
        if glued and _is_role_word(glued[2]):
            parted.extend([glued[1], "-", glued[2]])
        elif before and _is_role_word(before[1]) and _first_name_readings(before[2]):
            parted.extend([before[1], "-", before[2]])
        else:
            parted.append(token)
    return parted


def _surnames_in_capitals_titled(tokens: list[str]) -> list[str]:
    """ "Maryla i Jan KUŹMIŃSCY", "Marcin KOWAL", "KS. JERZY SERWIN": a surname in capitals after a first name,
    and a first name in capitals before one, in title case."""
    def titled(token: str) -> str:
        return "-".join(part.capitalize() for part in token.split("-"))

    tokens = [titled(t) if SHOUTED.match(t) and i + 1 < len(tokens) and SHOUTED.match(tokens[i + 1]) and _first_name_readings(titled(t))
              else t for i, t in enumerate(tokens)]  # fmt: skip
    return [(titled(t) if i and SHOUTED.match(t) and not ROMAN.match(t) and _first_name_readings(tokens[i - 1]) else t)
            for i, t in enumerate(tokens)]  # fmt: skip


def _surname_after_role(tokens: list[str], index: int) -> tuple[str, bool] | None:
    """ "radny Kuchciński", "prezydent Zdanowskiej", "Staroście Grabkowskiemu": a surname the
    dictionary knows, alone after a role noun, in the role's case; its nominative and whether a woman's."""
    role, surname = _role_reading(tokens[index]), tokens[index + 1]
    courtesy = tokens[index].lower() in HONORIFICS or tokens[index].lower() in TITLES  # "prof. Myszczyńskiej", "p. Jurczak"
    if (role is None and not courtesy) or not CAPITALISED.match(surname) or "-" in surname or _first_name_readings(surname):
        return None
    if index + 2 < len(tokens) and CAPITALISED.match(tokens[index + 2]) and tokens[index + 2] not in NOT_SURNAMES:
        return None  # "prezydent Jan …", "radny Rady Miejskiej": not a surname alone
    if not _can_be_surname(surname) or _patron(tokens, index + 1):
        return None
    roles = [r for r in readings(tokens[index].lower()) if _is_role_lemma(r.lemma)]  # "prezydent Zdanowskiej": hers
    known = [r for r in _surname_readings(surname) if courtesy or any(r.cases & c.cases and r.numbers & c.numbers for c in roles)]
    # with no first name to confirm it, only a word known as nothing but a surname: not "Krakowa"; after a role
    # written in lower case also one that is otherwise an adjective ("prezydent Zaleski", not "Starosta Lidzbarski")
    other = [r for r in readings(surname) if "nazwisko" not in r.labels]
    if not known or not all(r.pos == "adj" and tokens[index][:1].islower() and r.lemma not in ROLE_COMPLEMENTS for r in other):
        return None
    return _nominative_surname(known)


def _add_surnames_after_roles(tokens: list[str], mentions: list[_Mention], found: dict[str, Person]) -> None:
    """A person the text names by role and surname only; one it also names in full is that person."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for index in range(len(tokens) - 1):
        if index in covered or index + 1 in covered:
            continue
        bare = _surname_after_role(tokens, index)
        if bare is None:
            continue
        surname, female = bare
        full = [p for p in found.values() if p.name.rsplit(" ", 1)[-1] == surname and p.name != surname]
        floor = max((m.end for m in mentions if m.end <= index), default=0)
        before = _role_before(tokens, index + 1, floor)  # "Radny Senior p. Jurczak", "prezydent Zdanowskiej"
        # "uczciła profesora Ossowskiego": a title alone is no role
        role = nominative_role(before[0], female) if before and not all(_is_title(w) for w in before[0]) else None
        person = full[0] if len(full) == 1 else found.setdefault(surname, Person(surname, role))
        if person.role is None and role:
            person.role = role  # "Kandydaturę Jana Lisa zgłoszono, podkreślając doświadczenie radnego Lisa"
        if tokens[index + 1] not in person.forms:
            person.forms.append(tokens[index + 1])


DASHES = frozenset({"–", "—", "-"})
LIST_SEPARATORS = ([","], ["i"], ["oraz"], [",", "a"], [",", "i"], [",", "oraz"])


def _in_one_list(gap: list[str]) -> bool:
    """What stands between two names of one list: "," or "i", maybe after the first one's party or
    club ("Anna Nowak (KO), Jan Kowalski", "Marcin Stępniewski z PiS, Anna …")."""
    if gap[:1] == [","] and "," in gap[1:]:  # "…, wieloletni urzędnik, i Anna Kos": past the first one's apposition
        inner = gap[1 : gap.index(",", 1)]
        if 1 <= len(inner) <= 6 and all(t not in CLAUSE_END and t[:1].islower() for t in inner):
            gap = gap[gap.index(",", 1) :]
    if gap[:1] == ["("] and ")" in gap:
        gap = gap[gap.index(")") + 1 :]
    elif gap[:1] in (["z"], ["ze"]):
        rest = 1
        while rest < len(gap) and rest <= 4 and (CAPITALISED.match(gap[rest]) or ACRONYM.match(gap[rest]) or gap[rest] == "dla"):
            rest += 1
        gap = gap[rest:]
    while gap and (gap[-1].lower() in HONORIFICS or _is_title(gap[-1]) or gap[-1].lower() == "ponownie"):
        gap = gap[:-1]  # "nauczycielki: Pani Ewa Lis i Pani Anna Kos", "… Bartosz Cichy i ponownie Henryk Kowalski"
    return gap in LIST_SEPARATORS


def _full_name_of(mention: _Mention, full_names: list[_Mention]) -> str:
    """'A. Zakrzewski' is 'Adam Zakrzewski' when the text names exactly one such person."""
    if mention.first:
        return mention.name
    matching = {m.name for m in full_names if m.surname == mention.surname and m.first.startswith(mention.initials[0])}
    return matching.pop() if len(matching) == 1 else f"{mention.initials} {mention.surname}"


def _add_surname_forms(tokens: list[str], mentions: list[_Mention], found: dict[str, Person]) -> None:
    """A surname alone ("Zakrzewski podkreślił…") is a form of the one person of that surname, if one."""
    by_surname: dict[str, set[str]] = {}
    for person in found.values():
        by_surname.setdefault(person.name.rsplit(" ", 1)[-1], set()).add(person.name)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for index, token in enumerate(tokens):
        if index in covered or not CAPITALISED.match(token):
            continue
        lemmas = {token} | {r.lemma for r in _surname_readings(token)}
        names = set().union(*(by_surname.get(lemma, set()) for lemma in lemmas))
        if len(names) == 1:
            person = found[names.pop()]
            if token not in person.forms:
                person.forms.append(token)
            after = _role_after(tokens, index + 1) if person.role is None and index + 1 < len(tokens) and tokens[index + 1] == "," else None
            if after:  # "… i dr Jan Lis z UMK, a wykład wygłosił dr Lis, kierownik zakładu": the role his surname is given later
                person.role = nominative_role(after, None)
