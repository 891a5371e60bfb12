"""The credit-line grammar: "Tekst: …", "Fot. © UMT 2025, autor: …, licencja: CC BY-NC 4.0", ….

A credit line is a short line that starts with a role keyword followed by ':' or an abbreviation
dot, and whose remainder is a list of names, organisations, a copyright notice and a licence.
Anything else — notably a body sentence that merely starts with "Tekst" or "Fotografie" — is not
a credit, so it stays in the article text.

A paragraph may hold several credit lines, one a line ("\\n" where the page had a <br>), and one
line several credits ("Tekst: X; fot. Y"). Within a credit, "Jan Nowak / PAP" is a person and the
agency that published the photo, and "archiwum UMT" / "materiały prasowe X" name an institution
plus the kind of source it was (``Credit.source_kind``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from archiver.extract.morphology import is_first_name, is_surname, may_name_someone, nominative_of_genitive, readings
from archiver.extract.people import HONORIFICS, PLACE_ABBREVIATIONS, names_a_post, of_someone_else, people_in_text, starts_with_role

_UPPER = "A-ZĄĆĘŁŃÓŚŹŻÄÖÜÉŠŽČŘ"
_LOWER = "a-ząćęłńóśźżéüöäšžčřėųįūāēīõåøæßñçèêëáàâíîïóôûùúÿýőű"

# --- Role prefixes -------------------------------------------------------------------------------

# Each keyword must be followed by ':' or be an abbreviation ending in '.', which is what tells a
# credit ("Fot. Jan Nowak", "Tekst: …") from a sentence ("Tekst porozumienia jest dostępny…").
# The misspellings press offices really write are listed too: "Żródło:", "Zrodlo:", "Zdj.", and the
# English labels of themes made abroad: "Author:", "Photo by", "Source:".
_PHOTOS = r"zdj(?:ęć|ęci[ae]|ec|eci[ae])"
_AUTHORS = r"autor(?:ka|zy|ki)?"
# "Zdjęcia archiwalne:", "fot. ilustracyjne / …": what the photos are, written after the role word
_DESCRIBED = r"(?:archiwaln|ilustracyjn)[ea]"
_ROLE_WORDS = [
    ("text", rf"tekst[y]?|art|opis|{_AUTHORS}\s+(?:tekstu|artykułu|reportażu|wywiadu|audycji)|dziennikar(?:z|ka|ze|ki)|reporter(?:ka)?|txt|zamieścił[a]?|rozmawiał[a]?|rozmawiali|protokolant(?:ka)?(?:\s+(?:sesji|posiedzenia|obrad|zebrania))?|(?:wysłan|dodan|przygotowan)[eya]\s+przez|zaproponował[a]?|tłumaczenie|tłum|przekład|(?:post\s+)?author|text|(?:written|posted)\s+by|(?:wpisan|napisan)[yae]\s+przez|wpisał[a]?|napisał[a]?|relacja|współpraca|(?:informację|informacje|tekst|artykuł)\s+przygotował[a]?|wytworzył[a]?|protokołowa(?:ł[ay]?|li)|protokół\s+sporządził[a]?"
             # a BIP page's register: "Informację wytworzył:", "Sporządził:", "Osoba odpowiedzialna za treść:"
             r"|(?:informację\s+)?(?:wytworzył[a]?|sporządził[a]?|sporz)|(?:osoba\s+)?odpowiedzialn[ya]\s+za\s+treść"),
    ("photo", rf"fot(?:o|ografi[ae])?|fografi[ae]|fto|zdj(?:ęci[ae]|ecia|ecie)?(?:\s+i\s+reprodukcje)?|{_AUTHORS}\s+(?:{_PHOTOS}|fotografii)"
              rf"|[źżz]r[óo]d[łl]o\s+{_PHOTOS}(?:\s+(?:głównego|tytułowego))?|foto(?:relacja|reportaż)|zdj(?:ęcie|ęcia)\s+ilustracyjne"
              r"|fotografował[a]?|fotograf(?:ka)?|fot(?:o)?\s+z|(?:zdjęcie|fot\.?|foto)\s+na\s+okładce|screen|zrzut\s+ekranu"
              rf"|(?:zdjęci[ae]|fotografi[ae]|fot\.?|foto)\s+{_DESCRIBED}|photos?(?:\s+by)?|photograph(?:s|y)?|{_AUTHORS}\s+galerii"),
    ("video", rf"materiał\s+(?:wideo|video|filmowy)|film|wideo|video|audio|nagrani[ae]|realizacja(?:\s+filmu)?|{_AUTHORS}\s+(?:filmu|nagrania|wideo)|kamera|montaż(?:\s+(?:wideo|video|filmu))?"
              r"|operator(?:ka)?(?:\s+kamery)?|zdjęcia\s+filmowe"),
    ("graphics", r"map[ay]|grafik[ai]|graf|infografika|oprac\.\s*graf(?:iczne|\.)?|opracowanie\s+graficzne\s+i\s+skład|skład\s+i\s+oprac\.\s*graf|sklad(?:\s+i\s+oprac\.\s*graf)?|ilustracj[ae](?:\s+na\s+okładce)?|wizualizacj[ae]|il|rys|rysun(?:ek|ki)|projekt\s+okładki|okładka|plakat|graphic(?:\s+design)?|design|projekt\s+graficzny"
                 r"|opracowanie\s+(?:graficzne|typograficzne)(?:\s+okładki)?|wykonanie|graficznie\s+opracował[a]?|skład(?:\s+i\s+łamanie)?|łamanie|projekt"
                 rf"|projekt\s+(?:logo(?:typu)?|plakatu|znaku)(?:\s+[a-ząćęłńóśźż]+)?|oprawa\s+(?:plastyczna|graficzna)"
                 rf"|{_AUTHORS}\s+(?:rysunków|ilustracji|grafik|logo)(?:\s+[a-ząćęłńóśźż]+)?"),
    ("editing", rf"(?:opracowanie|oprac\.?|opr\.)\s*(?:tekstu|www|internetowe)|opracowanie|oprac|opr|opracował[a]?|opracowali|ułożył[a]?|przygotował[a]?|przygotowali|udostępnił[a]?|redakcja(?:\s+naukowa)?|red\.\s*nacz|red"
                rf"|redaktor(?:ka)?(?:\s+(?:techniczn[ya]|wydania"
                rf"|prowadząc[ya](?:\s+numeru)?|naczeln[ya]))?|{_AUTHORS}\s+edycji|edycja(?:\s+tekstu)?|redagują|redagował[a]?|korekta(?:\s+językowa)?|proofreading"
                r"|wybór\s+(?:fotografii|zdjęć)|komitet\s+redakcyjny|zespół\s+redakcyjny|kolegium\s+redakcyjne|skład\s+redakcji|sekretarz\s+redakcji|zastępca\s+redaktora?\s+naczeln(?:ego|ej)|publikacja|publ|(?:informację\s+)?(?:opublikował[a]?|wprowadził[a]?|dodał[a]?)(?:\s+informację)?|redaguje|opracowanie\s+redakcyjne|redakcja\s+(?:historyczna|kartograficzna|techniczna|językowa)"),
    ("source", r"[źżz]r[óo]d[łl][oa](?:\s+informacji)?|[źżz]r|ź|nadesłan[eay]\s+przez|nadesłał[a]?|materiał[y]?|informacj[ae]|info|mat|wydawca|source|podmiot\s+udostępniający\s+informację"),
]
PHOTO_DESCRIBED = re.compile(rf"^{_DESCRIBED}\b\s*[:/–-]?\s*", re.IGNORECASE)
ORIGINAL_ARTICLE = re.compile(r"^materiał\s+oryginalny\s*:.*\s[-–—]\s+(?P<medium>[^-–—]+?)\s*$", re.IGNORECASE)
# "na podstawie materiałów i zdjęć nadesłanych przez KPP Lisewo": the source, and the photos' too; "oprac. na podst. …" the same
BASED_ON = re.compile(r"^(?:(?:oprac(?:owano|owanie)?\.?|opr\.|tekst)\s+)?(?:na\s+podstawie|na\s+podst\.)\s+(?:(?:informacji|inf\.|materiałów|danych|komunikatu|relacji|wspomnień)(?P<photos>\s+i\s+(?:zdjęć|fotografii))?"
                      r"(?:\s+prasow(?:ej|ych))?\s+(?:(?:nadesłan|przesłan|przekazan|udostępnion|dostarczon|zebran)\w+\s+przez\s+)?)?", re.IGNORECASE)
COMES_FROM = re.compile(r"^(?:wiadomość|informacja|informacje|tekst|artykuł|materiał)\s+pochodz[ąi]\s+ze?\s+(?:(?:oficjaln\w+\s+)?"
                        r"(?:stron\w*|serwisu|portalu|profilu|biuletynu)(?:\s+internetow\w+)?\s+)?", re.IGNORECASE)
# "Autor: Jan Nowak" is a byline only where a line starts: inside a photo credit
# ("Fot. © UMT 2025, autor: …") the same word names the photographer, so it never starts a segment.
_BYLINE = r"autor(?:ka|zy|ki)?(?:\s*\(źródło\))?"  # "Autor (źródło): Jan Lis": a theme's label
_ROLE_BY_WORD = [(role, re.compile(rf"(?:{words})$", re.IGNORECASE)) for role, words in _ROLE_WORDS]
_ROLE_BY_WORD.append(("text", re.compile(rf"{_BYLINE}$", re.IGNORECASE)))
# "zdjęć", "fotografii": the photos only as a second role joined to a first ("Autor tekstu i zdjęć:"); alone they end
# a sentence ("Więcej zdjęć: www…")
_JOINED_ONLY = r"zdjęć|fotografii"
_ROLE_BY_WORD.append(("photo", re.compile(rf"(?:{_JOINED_ONLY})$", re.IGNORECASE)))
_ANY_ROLE = "|".join(words for _, words in _ROLE_WORDS)
_LINE_ROLE = f"{_ANY_ROLE}|{_BYLINE}"
_ROLE_END = r"(?:\s*:|\.)"
# Two roles of one person: "Tekst i fot.", "Tekst/fot.".
_ROLE_JOINER = r"(?:\.?\s+(?:i|oraz|&)\s+|\.?\s*/\s*|\.?\s*,\s*)"
ROLE_JOINER = re.compile(_ROLE_JOINER)
# "Fot." / "fot.:" / "Tekst:" / "Tekst i fot.:" — the role words, then the punctuation that ends them.
ROLE_PREFIX = re.compile(
    rf"^(?P<words>(?:{_LINE_ROLE})(?:{_ROLE_JOINER}(?:{_LINE_ROLE}|{_JOINED_ONLY}))*)"
    r"(?:\s*\([\w\s.,]{1,20}\)\s*:|\s*:|\.\s*:?|\s+[–—/|-](?=\s)|(?=\s+©)|(?:(?<=\sby)|(?<=\sprzez))(?=\s))\s*(?P<rest>.*)$",  # "Photo by Jan Lis", "Napisane przez Jan Lis": no colon; "Zdjęcie na okładce (tył):"
    re.IGNORECASE | re.DOTALL,
)
# "Fot Jan Nowak", "fot, Jan Nowak": a photo prefix with its dot missing or mistyped. Without the
# dot nothing tells it from a sentence, so two capitalised words must follow and the segment must
# name a person or an office by its short name ("Foto Kraków zaprasza…" does not; "Tekst i zdjęcia GOK w Lisewie" does).
BARE_PREFIX = re.compile(
    rf"^(?P<words>(?i:(?:fot|foto|zdj|zdjęci[ae]|fotografi[ae]|tekst|oprac\.|sporz\.|autor(?:ka)?\s+zdjęć|autor(?:ka|zy)?|napisał[a]?|napisali|dziennikar(?:z|ka))(?:\.?(?:\s+i|\s*,)\s+(?:fot\.?|foto|zdjęcia|zdj\.?|tekst))?|redakcja(?:\s+naukowa)?|korekta|realizacja"
    r"|opracowanie(?:\s+(?:graficzne|typograficzne)(?:\s+i\s+(?:skład|korekta))?)?|opracował[a]?|opracowali|ułożył[a]?|projekt(?:\s+graficzny|\s+okładki)?|skład))"
    rf"(?:\s*,\s*|\s+)(?P<rest>(?:(?:p|ks|dr|mgr|prof)\.\s+)?[{_UPPER}]\S*\s+[{_UPPER}].*|[{_UPPER}]{{2,}}\w*(?:\s+(?:we?\s+)?[{_UPPER}]\S*)?"
    rf"|(?:[{_UPPER}]\.\s?){{2,3}}|[{_UPPER}]\.\s?[{_UPPER}][{_LOWER}]{{2,}})$", re.DOTALL
)
# A role word that credits only a person: "Projekt: Jan Lis", but "Projekt: budowa drogi".
PERSONS_ONLY = re.compile(r"projekt|art", re.IGNORECASE)  # "Art. Jan Lis", never "art. 18 ustawy"
# A photo credited by where it is kept, without a role word or after one with no colon: "Z kolekcji Jana Lisa".
_KEPT_IN = r"(?:z\s+archiwum|ze\s+zbior(?:ów|u)|z\s+kolekcji|z\s+zasobów)\s"
_PHOTO_WORD = r"(?:zdjęci[ae]|fotografi[ae]|fot\.?|foto)"
KEPT_IN = re.compile(rf"^(?:{_PHOTO_WORD}\s+(?:pochodz[ąi]\s+)?)?(?={_KEPT_IN})", re.IGNORECASE)  # "Zdjęcia pochodzą ze zbiorów …"
# "Jan Lis – tekst", "Anna Kos – fotografie": the role after the names.
ROLE_AFTER_NAME = re.compile(rf"^(?P<names>[^–—:]+?)\s+[–—-]\s+(?P<role>(?:{_ANY_ROLE})(?:{_ROLE_JOINER}(?:{_ANY_ROLE}))*)\.?$", re.IGNORECASE)
# "Autorzy: Jan Lis (tekst), Ewa Kos (zdjęcia)": each name with its role in brackets after it
_ROLE_IN_BRACKETS = rf"\((?:{_ANY_ROLE})(?:{_ROLE_JOINER}(?:{_ANY_ROLE}|{_JOINED_ONLY}))*\.?\)"
NAME_THEN_ROLE = re.compile(r"\s*(?P<name>[^,;()]+?)\s*\((?P<role>[^()]+?)\.?\)\s*(?:[,;]|$)")
ROLES_IN_BRACKETS = re.compile(rf"^(?:(?P<byline>{_BYLINE})\s*:\s*)?(?P<pairs>(?:[^,;()]+?\s*{_ROLE_IN_BRACKETS}\s*(?:[,;]\s*|$))+)$", re.IGNORECASE)
# A prefix with nothing after it yet: a break right after it ("Tekst/fot.:", "Fot.: Fot. …") is no break.
ROLE_WORDS_ONLY = re.compile(rf"(?:{_LINE_ROLE})(?:{_ROLE_JOINER}(?:{_LINE_ROLE}|{_JOINED_ONLY}))*(?:\s*\([\w\s.,]{{1,20}}\))?(?:\s*:|\.\s*:?)?", re.IGNORECASE)

MAX_CREDIT_LENGTH = 240  # a longer line is never a credit
MAX_PARAGRAPH_LENGTH = 4 * MAX_CREDIT_LENGTH
# Where one credit line holds several: "Tekst: X; fot. Y", "Tekst: X / fot. Y", "Tekst: X, fot. Y".
# A slash or bar starts a new credit only before a role word; otherwise it joins a name to its agency.
# A capitalised role word inside a line starts a new credit too: "Tekst: Jan Nowak Fot. Anna Kowalska"
# is what a <br> between two credits becomes when the caller collapsed it into a space.
# "… im. Poli Negrifot. Jan Lis", "eOstroleka.plfot. eOstroleka.pl": two elements' texts run together
GLUED_DATE = re.compile(r"(?<=[a-ząćęłńóśźż])(?=\d{1,2}([.-])\d{1,2}\1\d{4}\b)")  # "Jan Lis29.10.2023, 18:45": a theme's byline, then its date
GLUED_TO_SENTENCE = re.compile(r"(?<=[a-ząćęłńóśźż]{2}[.!?])(?=(?i:źródło\s*:|fot\.\s|foto\s*:|photo\s))")  # "… nie ustalono.źródło: Daily Mail"
GLUED_PHOTO_CREDIT = re.compile(r"(?<=[a-ząćęłńóśźż])(?=fot\.\s)|(?<=[a-ząćęłńóśźż])(?=(?:Data\s+publikacji|Opublikowano|Dodano|Autor)\s*:)")
# "korekta: Iwona Walusiakprojekt okładki: …", "Andrzej Wójcikautorzy: …": a surname, then the next label run together
GLUED_LABEL = re.compile(r"\b((?!Współ)[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{2,}?|[A-ZĄĆĘŁŃÓŚŹŻ]{2,})(?=(?:autorzy|autor\s*/\s*źródło|autor|projekt\s+okładki|korekta|redakcja|zdjęcia|tekst)\s*:)")
SEGMENT_BREAK = re.compile(
    rf"\s*[;•·]\s*|\s*[/|]\s*(?=(?:{_ANY_ROLE}){_ROLE_END})|\s*,\s*(?=(?:{_ANY_ROLE}){_ROLE_END})"
    rf"|\s+(?=(?-i:[{_UPPER}]))(?=(?:{_ANY_ROLE}){_ROLE_END}\s)|\s+(?=(?-i:fot)\.\s)"  # "fot. Jan Lis fot. Ewa Kos": each photo's own
    r"|\s*,?\s+(?=na\s+podst(?:awie|\.)\s)"  # "Oprac. Anna Kos na podst. PAP"
    # "Opracowanie Jan Lis. Zdjęcia Adam Kos": the next role, without its colon, after the name's full stop
    rf"|(?<=[{_LOWER}]\.)\s+(?=(?-i:Zdjęcia|Zdjęcie|Fot|Foto|Fotografie|Tekst|Opracowanie|Opracował[a]?|Redakcja|Korekta)\s+(?-i:[{_UPPER}]))"
    # "Zdjęcia Jan Lis, tekst Anna Kos, ułożył Adam Sowa": the next role, without its colon, after a comma
    rf"|\s*,\s+(?=(?:zdjęcia|tekst|opracowanie|opracował[a]?|ułożył[a]?)\s+(?-i:[{_UPPER}]))"
    r"|(?<!copyright)(?<!©)(?<!^(?:19|20)\d\d)\s+(?=(?:copyright|©)\s)"  # "Copyright by Urząd Gminy Copyright by Jan Lis": a notice each; "2014 © Lis": its year
    r"|\s+(?=(?:druk|nakład|isbn|issn)\b\s*:?)",  # "Opracowanie graficzne: Jan Lis Druk: Lisdruk": the printer, no credit
    re.IGNORECASE,
)
PARENTHESISED = re.compile(r"\s*[(\[]([^()\[\]]+)[)\]]")  # "Jan Nowak (UMT)", "Jan Nowak [Radio Szczecin]"
WRAPPED = re.compile(r"^[(\[/]([^()\[\]/]*(?:/[^()\[\]/]*)?)[)\]/]$")  # "(fot. Jan Nowak)", "/tekst B. Hibner/" as a whole line

# A journalist's signature, as Polish papers sign an article: "(af)", "(lew/bsc)", "oprac. d.o.".
SIGNATURE = re.compile(r"^(?:[a-ząćęłńóśźż]{2,6}|(?:[a-ząćęłńóśźż]\.){1,3})$")
FIRST_NAME_AND_INITIAL = re.compile(rf"^[{_UPPER}][{_LOWER}]+\s[{_UPPER}]\.$")  # "Ewelina B.": her surname's initial only
INITIAL_GLUED_TO_SURNAME = re.compile(rf"^[{_UPPER}][{_UPPER}][{_LOWER}]{{2,}}$")  # "MGaweł", "PSiejka": a journalist's handle
CAPITAL_INITIALS = re.compile(rf"^[{_UPPER}]\.\s?[{_UPPER}]\.?(?:\s?[{_UPPER}]\.)?$")  # "Z.B", "Z. B.", "L.E.M."
DOTTED_INITIALS = re.compile(r"^(?:[a-ząćęłńóśźż]\.){2,3}$|^(?:[A-ZĄĆĘŁŃÓŚŹŻ]\.\s?){1,2}[A-ZĄĆĘŁŃÓŚŹŻ]\.$")  # "d.o.", "Ł.R.": the last dot is the initial's own
# A news agency signs the articles it wrote the same way: "(PAP)", "(IAR)".
NEWS_AGENCIES = frozenset({"PAP", "IAR", "KAI", "AFP", "AP", "DPA", "REUTERS", "ISBNEWS", "PAP/IAR"})
INITIALS_SIGNATURE = re.compile(r"^(?:[a-ząćęłńóśźż]{2,5}|[A-ZĄĆĘŁŃÓŚŹŻ]{2,4})$")
# A line of signatures alone: "(af)", "(mak), (OQL)", "(lew/bsc)": the author, then (after a slash) the editor.
SIGNATURES_LINE = re.compile(r"^\((?P<first>(?!(?i:fot|foto|zdj|tekst|oprac|opr|źr|rys|graf)\.)(?=[^()\s]*[^\W\d_])[^()\s]{2,12}|[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż]|[a-ząćęłńóśźż]{2,6},\s*(?:PAP|IAR|KAI))\)(?:\s*,\s*\([^()\s]{2,12}\))*$")  # "(K)", "(k)" too
SIGNATURE_GROUP = re.compile(r"\(((?!(?i:fot|foto|zdj|tekst|oprac|opr|źr|rys|graf)\.)(?=[^()\s]*[^\W\d_])[^()\s]{2,12}|[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż]|[a-ząćęłńóśźż]{2,6},\s*(?:PAP|IAR|KAI))\)")
SIGNATURE_TAIL = re.compile(
    r"(?<=[.!?…\"”])\s*\((?:[a-ząćęłńóśźż]{2,6}(?:/[a-ząćęłńóśźż]{2,6}|\s*[,/]\s*(?:PAP|IAR|KAI))?|red\.|PAP|IAR|KAI|[A-ZĄĆĘŁŃÓŚŹŻ]{1,4})\)\s*$"
    r"|\s+\((?:[a-ząćęłńóśźż]{2,6}(?:/[a-ząćęłńóśźż]{2,6})?|red\.)\)\.\s*$"  # "… w grudniu (red.).": before the last dot
    r"|(?<=[.!?…\"”])\s*/(?:[a-ząćęłńóśźż]{2,6}|[A-ZĄĆĘŁŃÓŚŹŻ]{2,4})/\s*$"  # "… z pomocą. /AK/": between slashes
    rf"|(?<=[.!?…\"”\]])\s+(?!(?:{_LINE_ROLE})\s*$)(?:[a-ząćęłńóśźż]{{2,3}}|[A-ZĄĆĘŁŃÓŚŹŻ]{{2,3}}|(?:[A-ZĄĆĘŁŃÓŚŹŻ]\.){{2,3}})\s*$"  # "… [tutaj]. ml", "… skończyła. RB", "… jednogłośnie. E.B."
)
# "ma/ar", "twi/ godl/": the author's and the editor's signatures on a line of their own
SLASHED_SIGNATURES = re.compile(r"^[a-ząćęłńóśźż]{2,5}\s*/\s*[a-ząćęłńóśźż]{2,5}$|^[A-ZĄĆĘŁŃÓŚŹŻ]{2,3}/[A-ZĄĆĘŁŃÓŚŹŻ]{2,3}$")  # "BM/DW" too
# A signature before the credits of a line: "(ak), fot. UMiG", "pk, zdj. Piotr Korczak".
HANDLE_IN_MIXED_CASE = re.compile(rf"^[{_UPPER}][{_LOWER}]{{1,3}}[{_UPPER}][{_LOWER}]{{0,2}}$")  # "RyK", "PaSe": a radio's journalist (not "UMiG")
LEADING_SIGNATURE = re.compile(
    rf"^(?:\((?!(?:{_LINE_ROLE})\W)(?P<bracketed>[a-ząćęłńóśźż]{{2,6}}|[{_UPPER}]{{2,4}})\)\s*,?|(?!(?:{_LINE_ROLE})\W)(?P<signature>[a-ząćęłńóśźż]{{2,6}}|[{_UPPER}]{{2,4}})\s*,)"
    rf"\s*(?=(?:{_LINE_ROLE}){_ROLE_END})", re.IGNORECASE
)
_MONTHS = r"(?:stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|paźdz|listop|grud)\w*"  # "stycznia", "kwi", "wrzesień"
_WEEKDAYS = r"(?:poniedzia[łl]ek|wtorek|[śs]roda|czwartek|pi[ąa]tek|sobota|niedziela)"  # "Poniedzialek": a theme without diacritics
# What a page prints after its date: "1.03.2021, 07:56, akt. 20:10", "01 maja 2022 10:00, 74 odsłon".
_DATE_AFTERWORDS = (r"(?:,?\s+(?:akt\.|aktualizacja:?|zaktualizowano:?)\s*[\d.:,\s]*\d)?"
                    r"(?:,?\s*\(?\d+\s+(?:odsłon|wyświetle|odczyt)\w*\)?)?")
# A page's own dates under its credits: "Data utworzenia: 26 stycznia 2021, 18:26", "Dodano: 25.02.2013", "27.11.2014 03:00".
DATE_LINE = re.compile(
    r"^(?!.*\b(?:autor|tekst|fot|foto|zdjęcia|źródło|oprac|red)\w*\.?\s*:)"  # "Opublikowano: … Autor: Jan Lis" is a byline
    r"\(?(?:data(?:\s+(?:utworzenia|publikacji|opublikowania|dodania|modyfikacji))?|dodano|dodane|utworzono|zmodyfikowano|opublikowano"
    r"|opublikowane|zamieszczono|zamieszczone|aktualizacja|zaktualizowano|artykuł\s+opublikowany)\s*:?\s*"
    rf"(?:{_WEEKDAYS},?\s+)?(?:dnia\s+)?(?=\d|{_MONTHS}|przez)[\w\s.,:/-]*\d[\w\s.,:/-]*\)?$|^publikacja\s*:?\s*\d[\d\s.,:/-]*$"  # not "Aktualizacja nr 1: uzupełniono …"
    rf"|^(?:{_WEEKDAYS},?\s+)?(?:\d{{1,2}}\s+)?{_MONTHS}\s+\d{{4}}(?:\s*r\.?)?"
    rf"(?:(?:,|\s[-–])?\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_DATE_AFTERWORDS}$"  # "27 marca 2024 - 17:11"
    rf"|^(?:{_WEEKDAYS},?\s+)?(?:\d{{1,2}}:\d{{2}},?\s+)?"
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|\d{{4}}(?:-\d{{2}}-|/\d{{2}}/)\d{{2}})(?:,|\s[-–])?(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_DATE_AFTERWORDS}$"
    r"|^(?:\d+|kilka|kilkana\w+)\s+(?:sekund|minut|godzin|dni|dzień|tygod|miesi|lat|rok)\w*\s+temu$|^(?:wczoraj|przedwczoraj|dzisiaj|dziś)(?:,?\s+\d{1,2}:\d{2})?$"
    r"|^\d+\s+min(?:ut)?\.?\s+czytania\b.*$"
    r"|^(?:godz\.\s*)?\d{1,2}:\d{2}(?::\d{2})?$"  # the time, on a line of its own under the date
    rf"|^[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][{_LOWER}]+)?,\s+(?:dnia\s+)?\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}(?:\s*r(?:oku|\.)?)?\.?$",  # "Warszawa, 10 lipca 2024 roku"
    re.IGNORECASE,
)
PAGE_TOOLS = re.compile(rf"^(?:narzędzia|typografia|drukuj|udostępnij|share|(?:(?:img|dsc|dscn)[\s_-]?\d{{3,}}\s*)+|nr\.?\s*\d+(?:\s*\(\d+\))?\s+{_MONTHS}\s+(?:19|20)\d\d)$", re.IGNORECASE)
# The page's date and time after a byline: "Autor: Jan Nowak 2014-11-28 08:35:34".
# "… data: 2024-05-02", "… dnia 15.1.2009 11:39:56 (4511 odsłon)": when it was posted, and how often read
TRAILING_STAMP = re.compile(
    r"(?:\s*\(\d+\s+(?i:odsłon|wyświetleń|odczytów)\w*\)|(?:\s+|(?<=[a-ząćęłńóśźż]))\d+\s+(?i:odsłon|wyświetle|odczyt)\w*)?\s*$|\s*[•|·]?\s+\d+\s+(?i:min(?:ut[ay]?)?\.?)\s+(?i:czytania)\s*$"  # "… 5 min. czytania"
    r"|(?:(?:,?\s*(?i:data|dodano|opublikowano)\s*:|\s+(?i:w\s+dniu|dnia))?\s+\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:\s+(?i:dnia))?\s+\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?:\s*\(\d+\s+(?i:odsłon|wyświetleń|odczytów)\w*\))?\s*$"
    # "Autor: admin o poniedziałek 14. sierpnia 2017", "Dziennikarz Jan Lis, 11 września 2023", "red. dodany 17 marca 2024": a date in words
    rf"|,?\s+(?:(?i:o|dnia|dodan[yaoe]|opublikowan[yaoe])\s+)?(?:(?i:{_WEEKDAYS}),?\s+)?\d{{1,2}}\.?\s+(?i:{_MONTHS})\s+\d{{4}}"
    r"(?:\s*r\.)?(?:,?\s+(?:(?i:godz)\.\s*)?\d{1,2}:\d{2})?\s*$")
# "Napisane przez Jan Lis Opublikowano w Lisewo czwartek, 28 maj 2015": the section a theme files the article in
PUBLISHED_IN = re.compile(r"\s+(?:opublikowano|published)\s+(?:w|in)\s+\S.*$", re.IGNORECASE)
WORK_TITLE = re.compile(r"^tytuł\s+(?P<work>zdjęcia|fotografii|nagrania|filmu)\s*[:|]", re.IGNORECASE)
AUTHOR_AVATAR = re.compile(r"^((?:autor|autorka)\s*:\s*)zdjęcie\s+autora\s+", re.IGNORECASE)
THEME_META_BY = re.compile(r"^(?:(?:/?\s*in\s+[^/]+?\s+)?/\s*)?by\s*:?\s+(?=\S)", re.IGNORECASE)
# A full name alone after a caption's or a paragraph's last sentence: "… Grudziądza. Piotr Lis"; after a headline's
# "ZDJĘCIA" or "[WIDEO]" too ("… najpiękniejsze [ZDJĘCIA] Halina Lis", "… - zobacz zdjęcia Ewa Lis").
NAME_AFTER_CAPTION = re.compile(rf"(?:(?<=[.!?”\"])|(?<=(?i:zdjęcia))|(?<=(?i:zdjęcia)\])|(?<=(?i:wideo))|(?<=(?i:wideo)\]))\s+(?P<name>[{_UPPER}][{_LOWER}]+\s+[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)$")
MIN_CAPTION_WORDS = 3
# A newspaper's photographer in capitals, in brackets, ending a caption: "… Krzysztof Kopka (MIECZYSŁAW MICHALAK)".
CAPITALS_PHOTOGRAPHER = re.compile(r"\s*\(([A-ZĄĆĘŁŃÓŚŹŻ]{2,}(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ]{2,}){1,2})\)\s*$")
# The page's date after a byline's name: "Redakcja 14:09, 31.12.2025 Aktualizacja: …", "Urząd Gminy wt., 4 listopada 2025 07:00".
TRAILING_DATE = re.compile(
    rf",?\s+(?:(?i:dnia|w\s+dniu)\s+)?(?:(?:wczoraj|dzisiaj|dziś|przedwczoraj),?\s+)?(?:(?:{_WEEKDAYS}|pon|wt|śr|czw|pt|sob|niedz)\b\.?,?\s+)?(?:\d{{1,2}}:\d{{2}},?\s+)?"
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}})\b.*$", re.IGNORECASE)
# Parts of a page's byline that are no names: "22 kwi 2017", "3 komentarze", "5 minut czytania".
PAGE_METADATA = re.compile(rf"^(?![{_UPPER}][{_LOWER}]+\s+[{_UPPER}][{_LOWER}]+,?\s)\S*(?:\s+\S+){{0,3}}\s+(?:19|20)\d\d$|^\d+\s+(?:komentarz|minut|min\.|wyświetle)\w*", re.IGNORECASE)
# A date and time before a byline: "2022-09-15, 17:25 Autor: Jan Nowak".
LEADING_STAMP = re.compile(
    r"^(?:(?i:opublikowano|data\s+publikacji|dodano|publikacja|aktualizacja|zaktualizowano)\s*:\s*)?(?:\d{1,4}[-./]\d{1,2}[-./]\d{2,4}(?:,?\s+(?i:g\.|godz\.)?\s*\d{1,2}:\d{2})?|\d{1,2}:\d{2},?\s+\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    rf"|(?i:{_WEEKDAYS},?\s+)?\d{{1,2}}\s+(?i:{_MONTHS})\s+\d{{4}}(?:,?\s+\d{{1,2}}:\d{{2}})?(?=\s*[,|/–-]|\s*r\.\s))"
    r"(?:\s*r\.)?\s*[,|/–-]?\s*")  # "piątek, 18 marca 2022 12:49 / Autor: …"

# --- Licences and copyright ----------------------------------------------------------------------

LICENCE_WORDS = re.compile(r"\b(?:licencj[aię]|lic\.)\s*:?\s*", re.IGNORECASE)
CC_LICENCE = re.compile(
    r"\bCC[\s-]?(?P<kind>0|BY(?:[\s-]+(?:NC|SA|ND)){0,2})(?:[\s-]*(?P<version>[1-4]\.[05]))?(?:\s+PL\b)?",
    re.IGNORECASE,
)
# A Creative Commons licence by its name, Polish or English: "Uznanie autorstwa – Na tych samych warunkach 3.0 Polska",
# "Attribution-NonCommercial 4.0 International".
_CC_TERMS = {"NC": r"użycie\s+niekomercyjne|non-?commercial", "SA": r"na\s+tych\s+samych\s+warunkach|share-?\s?alike",
             "ND": r"bez\s+utworów\s+zależnych|no-?\s?deriv(?:s|atives)"}  # fmt: skip
CC_NAMED = re.compile(
    rf"\b(?:uznanie\s+autorstwa|attribution)(?P<terms>(?:\s*[-–—,]?\s*(?:{'|'.join(_CC_TERMS.values())}))*)"
    r"(?:\s*(?P<version>[1-4]\.[05]))?(?:\s+(?:polska|międzynarodow[ea]|international|unported|poland|pl)\b)?",
    re.IGNORECASE,
)
ALL_RIGHTS_RESERVED = re.compile(r"\b(?:wszelkie|wszystkie)\s+prawa\s+(?:autorskie\s+)?zastrze[żz]one\b|\ball\s+rights?\s+reserved\b", re.IGNORECASE)
PUBLIC_DOMAIN = re.compile(r"\bdomena\s+publiczna\b|\bpublic\s+domain\b", re.IGNORECASE)
RE_USE_NOTE = re.compile(r"\((?:ponowne\s+użycie\s+tego\s+pliku|re-?use\s+this\s+file)\)", re.IGNORECASE)  # Wikimedia's file page
COPYRIGHT = re.compile(
    r"(?:(?P<year_ahead>(?:19|20)\d\d)\s+(?=©))?(?:(?:copyright\s*)?(?:©|\(c\))(?:\s*c?opyright\b)?|copyright)\s*:?\s*(?:by\s+)?(?:(?P<year_before>(?:19|20)\d\d)(?:\s*[-–]\s*(?:(?:19|20)\d\d)?)?\s+(?:by\s+)?)?(?P<holder>[^,;©]*?)"
    r"(?:,?\s*(?P<year>(?:19|20)\d\d)\.?)?\s*(?=[,;]|$)",  # "© Lisewo.pl 2016. Wszelkie prawa zastrzeżone."
    re.IGNORECASE,
)
COPYRIGHT_BEFORE_ROLE = re.compile(rf"^(©|\(c\))\s*((?:{_LINE_ROLE})(?:\.\s*:?|\s*:))\s*", re.IGNORECASE)
# a dot that is the name's own: a company's form, a region's short form in a town's name ("KW PSP Gorzów Wlkp.")
COMPANY_END = re.compile(rf"\b(?:sp\.\s?z\s?o\.o\.|S\.A\.|sp\.j\.|s\.c\.|(?-i:{PLACE_ABBREVIATIONS})\.)\s*$", re.IGNORECASE)
_PRESS_MATERIALS = r"materiały\s+prasowe\b|mat\.\s*(?:prasowe\b|pras\.|pr\.)"  # "mat. pras.", "mat. pr."
PRESS_RELEASE = re.compile(rf"^(?:{_PRESS_MATERIALS}|inf(?:ormacja|\.)?\s*prasowa\b)", re.IGNORECASE)
RESERVED_BEFORE_HOLDER = re.compile(
    rf"^(?:copyright\s*/?\s*)?(?P<reserved>{ALL_RIGHTS_RESERVED.pattern})\s*[-–:©.]*\s*(?:copyright\s*)?(?:©\s*)?(?:(?P<year>(?:19|20)\d\d)\s+)?(?P<holder>[{_UPPER}].{{2,100}})$",
    re.IGNORECASE)
COPYRIGHT_LINE = re.compile(r"^(?:(?:19|20)\d\d\s+(?=©))?(?:copyright\s*)?(?:©|\(c\))|^copyright\s+(?:by\s|(?:19|20)\d\d\b)|^copyright\s*:?\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])", re.IGNORECASE)
AUTHOR = re.compile(r"\b(?:autor(?:ka|zy|ki)?\s*:|aut\.:?)\s*(?P<names>[^,;]+(?:\s+i\s+[^,;]+)?)", re.IGNORECASE)
# "© UMT 2025 / autor: … / licencja …": slashes between the parts of one photo credit
PART_SLASH = re.compile(r"\s+/\s+(?=(?:autor(?:ka)?\s*:|aut\.|licencj|lic\.|CC[\s-]))", re.IGNORECASE)

ALL_RIGHTS_RESERVED_ID = "LicenseRef-All-Rights-Reserved"
PUBLIC_DOMAIN_ID = "LicenseRef-Public-Domain"

# --- Names ---------------------------------------------------------------------------------------

NAME_WORD = re.compile(rf"^(?:[{_UPPER}][{_LOWER}]+(?:[-–][{_UPPER}][{_LOWER}]+)*|[{_UPPER}][{_LOWER}]?\.(?:-[{_UPPER}]\.)?)$")  # "Wł." too
# Press agencies write the surname in capitals: "Jan NOWAK", "Anna KOWALSKA-NOWAK".
USERNAME = re.compile(rf"^(?=\S*(?:\d|_|[{_LOWER}][{_UPPER}]))[\w.-]{{3,30}}$")  # "KWPrzecznik2", "ma_ja_", "jKowalski"
MEDIA_NAME = re.compile(r"^[a-z]{2,}\d{1,3}$")
TWO_CAPITALS = re.compile(rf"^[{_UPPER}]{{2}}$")
ROMAN_NUMERAL = re.compile(r"^(?=[IVXLC])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
# "GOKiP", "MOSiR", "ZGKiM": an institution's short name, its capitals joined by a lower-case "i" or "w"
INSTITUTION_ACRONYM = re.compile(rf"[{_UPPER}]{{2,}}(?:[iw][{_UPPER}]+)+")
CAPITALS_WORD = re.compile(rf"^[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})*$")
# Lower-case particles that may sit inside a name ("Jan de Vries", "Anna van der Berg").
NAME_PARTICLES = frozenset({"de", "van", "der", "von", "da", "di", "du", "la", "le", "y"})
# The words an organisation's name starts with, also in the genitive that "archiwum …",
# "materiały prasowe …", "ze zbiorów …" put it in ("archiwum Miejskiego Ośrodka Sportu").
ORGANISATION_START = re.compile(
    r"^(?:archiwum|materiał(?:y|ów)|biur[oa]|wydział(?:u)?|dział(?:u)?|urząd|urzędu|centrum|muzeum|fundacj[ai]|"
    r"stowarzyszeni[ea]|teatr(?:u)?|uniwersytet(?:u)?|szkoł[ay]|przedszkol[ea]|zesp(?:ół|ołu)|instytut(?:u)?|agencj[ai]|"
    r"spółk[ai]|miejsk(?:i|a|ie|iego|iej)|rad[ay]|kancelari[ai]|redakcj[ai]|referat(?:u)?|departament(?:u)?|"
    r"ośrod(?:ek|ka)|dom(?:u)?|galeri[ai]|bibliotek[ai]|klub(?:u)?|związ(?:ek|ku)|policj[ai]|straż[y]?|"
    r"komend[ay]|szpital(?:a)?|zakład(?:u)?|przedsiębiorstw[oa]|towarzystw[oa]|orkiestr[ay]|filharmoni[ai]|"
    r"gmin[ya]|starostw[oa]|nadesłane|organizator(?:zy)?|pixabay|unsplash|freepik|gazet[ay]|radi[oa]|tygodnik(?:a)?|dziennik(?:a)?|portal(?:u)?|telewizj[ai]|"
    r"shutterstock|adobe\s+stock|wikimedia|pap|kujawsko|youtube|facebook|instagram|twitter|tiktok|flickr|kurier(?:a)?|informator(?:a)?"
    r"|biuletyn(?:u)?|magazyn(?:u)?|foto|sekretariat(?:u)?|książnic[ay]|świetlic[ay]|parafi[ai]|sołectw[oa]|żłob(?:ek|ka)|koł[oa])\b",
    re.IGNORECASE,
)
# The words of foreign institutions' names that no dictionary of Polish knows.
FOREIGN_ORGANISATION_WORD = re.compile(
    r"(?i)^(?:images?|photos?|press|news|media|agency|stock|library|museum|archives?|studio|group|foundation|gallery|"
    r"collection|university|institute|society|pictures?|\w*(?:bibliothek|archiv|museum|stiftung|verlag|zeitung))$")
QUOTED_TITLE = re.compile(rf"[„\"][{_UPPER}][^„”\"]*[”\"]")
DOMAIN = re.compile(r"\b[\w-]+\.(?:pl|com|eu|org|net|gov\.pl|info|lt|de|cz|sk|ua|uk|tv|fm|io)\b", re.IGNORECASE)
ACRONYM = re.compile(rf"^[{_UPPER}]{{2,}}\b")
NUMBERED_UNIT = re.compile(rf"^\d{{1,3}}\.?\s+(?:[{_UPPER}]{{2,6}}|[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][{_LOWER}]+){{1,3}})$")
GLUED_INITIAL = re.compile(rf"\b([{_UPPER}]\.)(?=[{_UPPER}][{_LOWER}])")  # "J.Nowak" → "J. Nowak"
# Titles and ranks before a credited name ("ppor. W. Kubiak", "mł. asp. Jan Lis", "ks. Marek Lis"), and the
# "(-)" that stands for a signature on a scanned document.
NAME_TITLES = re.compile(
    r"^(?:(?!(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]{2,})\s)(?:prof|dr|hab|mgr|inż|ks|o|red|ppor|por|kpt|mjr|ppłk|płk|gen|bryg|insp|nadinsp|podinsp|kom|nadkom|podkom|asp|"
    r"sierż|chor|szer|kpr|plut|ogn|bosm|mł|st|szt|sztab|post|kmdr|kdt|abp|bp|dh|druh|inf|kan|prał|hm|phm|pwd|kanonik|prałat|infułat)(?:\.\s*|\s+)|(?-i:p)\.\s*)+"
    r"(?=(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))", re.IGNORECASE)  # "p. Jan Lis", "p.Joanna Lis", not "P. Lis"; a scout's degree ("hm.", "pwd.") too
MARKS_IN_NAMES = re.compile(r"\(-\)\s*|\s*\((?:\d{1,2}(?:\s*[-–,]\s*\d{1,2})*|[x×]\s?\d{1,2}|\d{1,2}\s?[x×])\)|\s+[–—-]\s+(?:19|20)\d\d$")
# "(-)Jan Lis", "Jan Lis (1-2)", "Jan Lis (x2)", "Jan Lis – 1969"
# "Jan Nowak i Anna Kowalska" lists two people, "Wydział Promocji i Turystyki" is one name.
CONJUNCTION = re.compile(r"\s+(?:i|oraz|&)\s+")
CONJUNCTION_IN_CAPITALS = re.compile(r"\s+(?:i|I|oraz|ORAZ|&)\s+")
# A web address keeps its slashes ("www.poznan.pl/mim/info"); only other slashes separate names.
SENTENCE_AFTER_SOURCE = re.compile(rf"(?<=[{_LOWER}]{{3}})(?<!pras)\.\s+(?=[{_UPPER}])")  # "mat. pras. UM Lisewo": an abbreviation
# "Źródło: Gazeta Lisewska nr 4/2020", "„Na przykład” 1997 nr 46": the periodical, not its issue
PERIODICAL_ISSUE = re.compile(r"(?<![A-ZĄĆĘŁŃÓŚŹŻ]{2})(?:,?\s+(?:19|20)\d\d)?,?\s+(?i:nr)\.?\s*\d+(?:/\d+)*\.?\s*$")  # not "SP nr 1"
# "Informacja ogłoszona dnia 2017-01-20 11:06:48 przez Jan Lis, informacja należąca do archiwum", "Ogłoszono: 2008-08-19
# 08:52:08 przez Jan Lis": who posted it
CHANGED_BY = re.compile(r"^(?:informacja\s+)?(?P<what>zmieniono|zmodyfikowano|utworzono|dodano|wprowadzono|opublikowano|ogłoszon[aoy]|wytworzon[aoy])"
                        r"\s*:?\s+(?:dnia\s*:?\s+)?(?:[\d.:-]+\s+){1,3}przez\s*:?\s+(?P<who>[^,]+?)(?:,\s+informacja\b.*)?$", re.IGNORECASE)
# A periodical and its date or issue, under a clipping or a reproduction: "Gazeta Lisewska, 2.10.1903 r.",
# "Tygodnik Ilustrowany, 57 (1917), 7, s. 81".
PERIODICAL_LINE = re.compile(
    rf"^(?:\w+\s+z\s+)?(?P<title>(?:Gazet[ay]|Tygodnik|Kurier|Dziennik|Głos|Przegląd|Echo|Słowo|Wiadomości|Nowiny|Ilustrowany|Czas|Nowości)"
    rf"(?:\s+[{_UPPER}][\w-]*){{0,3}}),\s*(?:nr\s*)?(?:\d{{1,2}}\s+{_MONTHS}\s+)?\d[\d\s./()-]*(?:r\.|roku)?(?:,\s*(?:nr\s*)?\d+)*(?:,\s*s\.\s*\d+(?:-\d+)?)?\.?$")
SOURCE_MARK = re.compile(r"^(?:źr\.|źródło:)\s*", re.IGNORECASE)
ILLUSTRATIVE = re.compile(r"\s*\((?:zdj\.?|zdjęcie|fot\.?|foto)\s+ilustracyjne\)", re.IGNORECASE)  # "Policja (zdj. ilustracyjne)"
PHONE = re.compile(r",?\s*(?:(?:tel|tel\.\s*kom|kom|fax)\.?\s*:?\s*)?(?:\+48\s*)?\(?\d{2,3}\)?(?:[\s-]\d{2,3}){2,4}\b")  # "…, tel. 83 341 61 44", "690 890 580"
OWN_INITIALS = re.compile(r"(?<=\w)\s+\([a-ząćęłńóśźż]{1,4}\)(?=\s*(?:,|$))")  # "Andrzej Lis (al), …": the signature he signs his texts with
POSTAL_ADDRESS = re.compile(r",\s*(?:ul\.|al\.|pl\.|os\.)\s*[^,]+|,?\s*\b\d{2}-\d{3}\s+[^,]+")  # "Studio, ul. Polna 3, 86-300 Lisewo"
EMAIL = re.compile(r"\s*(?:(?i:e-?mail)\s*:?\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s+(?:&#160;)?protected\])")  # Cloudflare hides an address as "[email protected]"
WEB_ADDRESS = re.compile(rf"(?:https?://|www\.)\S+|[\w.-]+\.[a-z]{{2,6}}/(?![{_UPPER}][{_LOWER}]+\s+[{_UPPER}])\S*")  # not "wilnoteka.lt/Jan Lis"
FOR_CLIENT = re.compile(r"\s+dla\s+\S.*$")
# A site where its users publish photos: a single word before it is the user's name ("fot. Margoz/Wikimedia").
USERS_PLATFORM = re.compile(r"^(?:wikimedia(?:\s+commons)?|commons(?:\s+wikimedia)?|wikipedia|instagram|youtube|(?:flickr|pixabay|unsplash|pexels|morguefile|freepik)(?:\.com)?)$", re.IGNORECASE)
# Wikimedia Commons' own attribution of a file: "By Jan Lis - Own work, CC BY-SA 4.0, https://commons.wikimedia.org/…",
# "Autorstwa Jan Lis - Praca własna, CC BY-SA 4.0, Link" (a line's "By" has become "Written by" when it is read here)
COMMONS_ATTRIBUTION = re.compile(r"^(?P<copyright>©\s*)?(?:(?:written\s+)?by|autorstwa)\s+(?P<author>[^,]+?)\s+[-–—]\s+(?P<work>[^,]+?),\s*(?P<licence>[^,]+?)"
                                 r"(?:,\s*(?P<link>https?://\S+|link))?\.?$", re.IGNORECASE)
COMMONS_AFTER_CAPTION = re.compile(r"(?<=[.!?…])\s+((?:©\s*)?(?:By|Autorstwa)\s+[^.]+?\s[-–—]\s.+)$")
VIA_PLATFORM = re.compile(r",?\s+via\s+(?P<platform>[^,/]+?)\s*$", re.IGNORECASE)  # "Jan Lis, CC BY-SA 4.0, via Wikimedia Commons"
PLATFORM_PAGE = re.compile(r"\b(?:Facebook|FB|YouTube|Instagram|Twitter|TikTok)/(?=\w)", re.IGNORECASE)
NAME_SLASH = re.compile(r"\s*[/|]\s*|\s+[–—-]\s+")  # "Jan Nowak / UMT", "Jan Nowak — UMT"

# --- Kinds of source: an institution's archive, press materials, collection; photos sent in -----

# The phrase, then (usually) the institution whose archive or materials these are.
# "Foto: strona internetowa UM w Brodnicy": the office whose website it is
# "strona internetowa gminy.pl", "Informacja z serwisu lisewo.pl", "materiał z portalu …": the site itself
WEBSITE_OF = re.compile(r"^(?:(?:informacj[ae]|materiał(?:y)?|wiadomość|wiadomości)\s+)?(?:ze?\s+)?(?:stron[ayę]\s+internetow(?:a|ej|ą)|serwisu|portalu)\s+",
                        re.IGNORECASE)
SOURCE_KINDS = [
    ("archive", re.compile(r"^(?:z\s+)?(?:(?:prywatnego|rodzinnego|domowego|własnego)\s+)?(?:archiwum|arch\.?)"
                           r"(?:\s+(?:prywatnego|rodzinnego|domowego)(?=\s))?(?=\s|$)\s*", re.IGNORECASE)),
    ("press materials", re.compile(r"^(?:(?:materiały|mat\.?)(?:\s+(?:prasowe|pras\.?|pr\.?))?|inf(?:ormacja|\.)?\s*pras(?:owa|\.))(?=[\s:]|$)(?!\s+nadesłan)\s*:?\s*",
                                   re.IGNORECASE)),
    ("collection", re.compile(r"^(?:ze\s+zbior(?:ów|u)|zbiory|z\s+kolekcji|kolekcja|z\s+zasobów)(?=\s|$)\s*", re.IGNORECASE)),
    ("submitted", re.compile(r"^(?:materiał[y]?\s+)?(?:nadesłan[eay]|nadesłano)(?:\s+przez)?(?=\s|$)\s*", re.IGNORECASE)),
    ("courtesy", re.compile(r"^(?:dzięki\s+uprzejmości|za\s+(?:uprzejmą\s+)?zgodą)\s+", re.IGNORECASE)),  # "dzięki uprzejmości Muzeum Okręgowego"
]
_UNNAMED_GROUP = (r"(?:uczniowie|uczennice|uczestnicy|uczestniczki|wychowankowie|przedszkolaki|dzieci|członkowie|członkinie|pracownicy|"
                  r"wolontariusze|harcerze|słuchacze|czytelnicy|mieszkańcy|rodzice)\b")
UNNAMED_GROUP = re.compile(_UNNAMED_GROUP)  # in lower case: "Fot. Uczestnicy projektu" names the group as its author
# "Zdjęcia: uczniowie klasy 7b i Jan Lis", "Fot. Jan Lis i uczestnicy warsztatów": the group beside a name
UNNAMED_GROUP_BESIDE = re.compile(rf"^{_UNNAMED_GROUP}[^,;()]*?\s+(?:i|oraz)\s+(?=[{_UPPER}])|\s+(?:i|oraz)\s+{_UNNAMED_GROUP}[^,;()]*$")
NAME_THEN_CAPTION = re.compile(r"^(?P<name>[^:,;()/]{3,40}?)\s*:\s+(?=\S)")
PHOTO_COUNT = re.compile(r"\s*\(\d{1,3}\)(?=\s*(?:[,;]|$))")
PUPILS_CLASS = re.compile(r",?\s+(?:kl\.|klasa)\s*(?:[IVX]+|\d)\s*[a-h]?\b\.?\s*$", re.IGNORECASE)  # "Oprac. Iga Lis, kl. 8a": her class
OWN_WORK = re.compile(r"własn[eaoy]|własnym", re.IGNORECASE)
# "archiwum autora", "archiwum prywatne": the kind of source, but no institution to name.
NOBODY_NAMED = re.compile(r"^(?:(?:autora|autorki|autorów|prywatne|własne|rodzinne)\b\s*)+", re.IGNORECASE)
# The few common nouns these phrases name in the genitive, given back in the nominative.
NOMINATIVE = {"organizatora": "organizator", "organizatorów": "organizatorzy"}


@dataclass(frozen=True)
class Credit:
    role: str
    person: str | None = None
    organisation: str | None = None
    copyright_holder: str | None = None
    year: int | None = None
    license: str | None = None
    license_url: str | None = None
    raw: str = ""
    image_url: str | None = None
    source_kind: str | None = None  # "archive", "press materials", "collection", "submitted"

    def as_dict(self) -> dict:
        return dict(self.__dict__)


NO_ABBREVIATIONS: Mapping[str, str] = {}


def expand_organisation(name: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> str:
    """A site's abbreviation (``UMT``) → the full name; only a whole item is expanded."""
    return abbreviations.get(name.strip(), name.strip())


def licence_from_text(text: str) -> tuple[str | None, str | None]:
    """The SPDX id and canonical URL of the licence a credit names, if any."""
    if ALL_RIGHTS_RESERVED.search(text):
        return ALL_RIGHTS_RESERVED_ID, None
    match = CC_LICENCE.search(text)
    if PUBLIC_DOMAIN.search(text) and not (match and match.group("kind") == "0"):
        return PUBLIC_DOMAIN_ID, None  # "CC0 domena publiczna": the dedication that puts it there is the licence
    named = CC_NAMED.search(text) if not match else None
    if named:
        kind = "-".join(["BY", *(term for term, words in _CC_TERMS.items() if re.search(words, named.group("terms"), re.IGNORECASE))])
    elif match:
        kind = re.sub(r"[\s-]+", "-", match.group("kind").upper())
    else:
        return None, None
    version = (named or match).group("version")
    if kind == "0":
        return "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"
    if not version:
        return f"LicenseRef-CC-{kind}", None
    return f"CC-{kind}-{version}", _cc_url(kind, version)


def _cc_url(kind: str, version: str) -> str:
    return f"https://creativecommons.org/licenses/{kind.lower()}/{version}/"


def _without_licence(text: str) -> str:
    """The text with every licence it names, and the word "licencja", taken out."""
    return CC_NAMED.sub("", CC_LICENCE.sub("", LICENCE_WORDS.sub("", ALL_RIGHTS_RESERVED.sub("", PUBLIC_DOMAIN.sub("", text)))))


def _licence_words_only(line: str) -> bool:
    """Whether a line says nothing but a licence or the word for one ("Licencja: CC BY 4.0", "Uznanie
    autorstwa 4.0", "Licencja"): lines that give the licence of the credits above them."""
    return not re.search(r"\w", _without_licence(RE_USE_NOTE.sub("", line)))


def _surname_in_capitals(word: str, abbreviations: Mapping[str, str]) -> bool:
    return bool(CAPITALS_WORD.match(word)) and word not in abbreviations


PLACE_WORDS_SHORT = frozenset({"gm.", "pow.", "woj.", "ul.", "al.", "pl.", "os.", "św.", "im."})


def _reads_as_person(words: list[str], abbreviations: Mapping[str, str]) -> bool:
    """A first name, then name words ("Jan Nowak", "A. Zakrzewski", "Jan NOWAK", "Jan de Vries")."""
    if not 2 <= len(words) <= 4 or not NAME_WORD.match(words[0]) or words[0].lower() in PLACE_WORDS_SHORT:
        return False  # "Gm. Cewice", "Pow. Lisewski": an office's place, not an initial
    if not words[0].endswith(".") and not all(may_name_someone(part) for part in words[0].split("-")):
        return False  # "Turystyki UMT", "Gazeta Pomorska": the dictionary knows the word as no name
    if not (words[0].endswith(".") or is_first_name(words[0])) and not all(may_name_someone(word) for word in words[1:]):
        return False  # "Wojewódzki Ośrodek Kultury": with no first name before it, a common noun is no surname
    if any(FOREIGN_ORGANISATION_WORD.search(w) for w in words):
        return False  # "Bayerische Staatsbibliothek", "Getty Images": words of an institution, not of a name
    if not (NAME_WORD.match(words[-1]) or _surname_in_capitals(words[-1], abbreviations)):
        return False
    return all(
        NAME_WORD.match(w) or w in NAME_PARTICLES or _surname_in_capitals(w, abbreviations) for w in words[1:]
    )


def classify_name(item: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> str | None:
    """'person', 'organisation', or None when the item reads like a sentence, not a name."""
    item = item.strip()
    if not item or re.search(r"[?!]", item):
        return None  # "Autor: Jan Nowak Na co narzekają mieszkańcy?": a headline follows, not a name
    if QUOTED_TITLE.fullmatch(item):
        return "organisation"  # "„Na przykład”": a periodical by its title
    if item in abbreviations or DOMAIN.search(item) or ORGANISATION_START.search(item) or USERS_PLATFORM.match(item):
        return "organisation"  # "Commons Wikimedia": two words no dictionary knows, yet no one's name
    words = item.split()
    if CAPITAL_INITIALS.match(item) or INITIAL_GLUED_TO_SURNAME.match(item) or _reads_as_person(words, abbreviations) or (
            FIRST_NAME_AND_INITIAL.match(item) and is_first_name(words[0])) or (
            len(words) == 1 and (is_first_name(item) or _only_a_surname(item))):
        return "person"
    titled = person_name(item).split()  # "ELIZA MIETZ - SUSZYŃSKA", "FOT. ANNA KOWALSKA": names in capitals too
    if len(words) == 4 and words[2] in ("-", "–", "—") and _reads_as_person(titled[:2], abbreviations) and _second_surname(titled[3], " ".join(titled[:2])):
        return "person"  # "Małgorzata Omachel - Kwidzińska"
    if item.isupper() and 2 <= len(words) <= 3 and _reads_as_person(titled, abbreviations) and is_first_name(titled[0]):
        return "person"  # a known first name in capitals
    if len(words) > 8 or re.search(r"\b(?:19|20)\d\d\s+(?:roku|r\.?)(?:\s|$)", item):
        return None  # "Nagrodzeni Nagrodą Starosty w 2022 roku": a caption, not a name
    if len(words) > 2 and is_first_name(words[0]) and _reads_as_person(words[:2], abbreviations) and any(w.islower() for w in words):
        return None  # "Jan Klata nowym dyrektorem teatru": a headline about a person, not a name
    if len(words) == 1 and MEDIA_NAME.match(item):
        return "organisation"  # "tvn24", "wp24"
    if NUMBERED_UNIT.match(item) or (len(words) == 2 and item.islower() and _adjective(words[0]) and ORGANISATION_START.match(words[1])):
        return "organisation"  # "17 BZ", "12 Pułk Łączności": a unit by its number; "lubińska policja": an office named in lower case
    if any(r.pos == "ger" for r in readings(words[0].lower())) and not ORGANISATION_START.match(item):
        return None  # "Przekazanie nowego samochodu dla OSP": what a photo shows, not who made it
    if len(words) == 1 and _to_the_reader(item):
        return None  # "Oryginalne źródło: ZOBACZ": a link's label, no source
    lower_words = [w for w in words if w[:1].islower() and len(w) > 3]
    if (item[:1].isupper() or ACRONYM.match(item)) and len(lower_words) <= 2:
        return "organisation"
    return None


def _only_a_surname(word: str) -> bool:
    """ "Jankowska", "Ratajczyk": a capitalised word the dictionary knows as a surname and nothing else, a
    person named by the surname alone ("Radny", "Wiadomości" are other things too)."""
    found = readings(word)
    return word[:1].isupper() and not word.isupper() and bool(found) and all("nazwisko" in r.labels for r in found)


def _adjective(word: str) -> bool:
    return any(r.pos == "adj" for r in readings(word))


SURNAME_WORD = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?")  # "Brych", "Nowak-Lis": no initial


def person_name(name: str) -> str:
    """A surname written in capitals in title case: "Jan NOWAK" → "Jan Nowak"; a register's order, the
    surname first, turned round: "Brych Anna" → "Anna Brych" (not an epithet, "Święty Mikołaj", nor a title
    the dictionary knows only as a common noun, "Księżniczka Anna")."""
    words = ["-".join(part.capitalize() for part in w.split("-")) if CAPITALS_WORD.match(w) and not ROMAN_NUMERAL.match(w) else w
             for w in name.split()]  # "Jan Paweł II" keeps its numeral
    if len(words) == 2 and SURNAME_WORD.fullmatch(words[0]) and not is_first_name(words[0]) and not _adjective(words[0].lower()) and (
            is_surname(words[0]) or all(r.pos == "ign" for r in readings(words[0]))) and any(
            r.pos == "subst" and "imię" in r.labels and "nom" in r.cases and "sg" in r.numbers for r in readings(words[1])):
        words.reverse()
    return " ".join(words)


def _stands_alone(name: str, abbreviations: Mapping[str, str]) -> bool:
    """A whole person or a whole organisation, as either side of " i " in a list of names must be."""
    name = name.strip(" .")
    return (
        name in abbreviations
        or bool(ORGANISATION_START.match(name) or DOMAIN.search(name))
        or classify_name(name, abbreviations) == "person"
    )


FAMILY = re.compile(rf"[{_UPPER}][{_LOWER}]+\s+(?:i|oraz)\s+[{_UPPER}][{_LOWER}]+\s+[{_UPPER}][\w-]*(?:scy|ccy|dzcy|owie)")


def _split_names(text: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> list[str]:
    """Names separated by commas or ' i ' ("Jan Nowak i Anna Kowalska").

    ' i ' lists names only when every side is a name of its own: in "Wydział Promocji i Turystyki"
    it is part of one organisation's name.
    """
    names = []
    if re.fullmatch(r"(?:https?://|www\.)\S+", text.strip()):
        return [text.strip()]  # "https://gmina.pl/aktualnosci,123,sesja.html": one address, its commas its own
    parts = re.split(r"\s*(?:;|(?<!\d),|,(?!\d))\s*", text)  # "Radio Bogoria 94,5 FM": a decimal comma
    for place in range(len(parts) - 1, 0, -1):  # "Referat Oświaty, Kultury i Sportu": one office's name, its fields listed
        if parts[place] and parts[place - 1] and ORGANISATION_START.match(parts[place - 1]) and _genitives_joined(parts[place - 1], parts[place]):
            parts[place - 1 : place + 1] = [f"{parts[place - 1]}, {parts[place]}"]
    for part in parts:
        if FAMILY.fullmatch(part.strip()):
            family = [person.name for person in people_in_text(part.strip())]
            if len(family) == 2:  # "Agnieszka i Robert Żurawscy": two people of one family, each in the nominative
                names.extend(family)
                continue
        pieces = (CONJUNCTION_IN_CAPITALS if part.isupper() else CONJUNCTION).split(part)  # "FOT. JAN LIS I EWA KOS"
        if len(pieces) > 1 and all(_stands_alone(p, abbreviations) for p in pieces) and not any(
                _genitives_joined(left, right) for left, right in zip(pieces, pieces[1:])):
            names.extend(pieces)
        else:
            names.extend(_side_by_side(part))
    names = [NAME_TITLES.sub("", n.strip()) for n in names]
    names = [n.strip() if DOTTED_INITIALS.match(n.strip()) or COMPANY_END.search(n) or n.strip().lower() == "red." or FIRST_NAME_AND_INITIAL.match(n.strip())
             else n.strip(" .") for n in names]
    return [GLUED_INITIAL.sub(r"\1 ", n) for n in names if n]


def _genitives_joined(left: str, right: str) -> bool:
    """ "Urząd Miasta i Gminy Mrocza": two genitives of one office's name, the second no name of its own
    (no nominative singular, unlike "UM Lisewo i Gmina Lisewo")."""
    last, first = left.split()[-1:], right.split()[:1]
    if not last or not first or not last[0][:1].isupper() or not first[0][:1].isupper():
        return False
    return _genitive_only(first[0]) and any("gen" in r.cases and "nazwa_pospolita" in r.labels for r in readings(last[0].lower()))


def _genitive_only(word: str) -> bool:
    """ "Gminy", "Rekreacji": a noun in the genitive that names nothing by itself (no nominative singular, no
    first name or surname: "Katja Niklas & Ula Lis")."""
    nouns = [r for r in readings(word) if r.pos == "subst"]
    return bool(nouns) and any("gen" in r.cases for r in nouns) and not any(
        ("nom" in r.cases and "sg" in r.numbers) or r.labels & {"imię", "nazwisko"} for r in nouns)


def _only_a_place(item: str) -> bool:
    """ "Lisewo", "Nowe Miasto": a town the dictionary knows, and nothing but names it knows the words as."""
    words = item.split()
    found = [readings(word) for word in words]
    return 1 <= len(words) <= 2 and all(word[:1].isupper() for word in words) and all(
        any("nazwa_geograficzna" in r.labels for r in known) and all(r.labels & {"nazwa_geograficzna", "nazwisko"} for r in known)
        for known in found) and not (  # "Natalia Gromek": a first name and a surname, though both name places too
        len(words) == 2 and any("imię" in r.labels for r in found[0]) and any("nazwisko" in r.labels for r in found[1]))


def _written_once(name: str) -> str:
    """ "Radio Łódź Radio Łódź": a name the page repeats in two elements, once."""
    words = name.split()
    half = len(words) // 2
    if len(name) > 5 and len(name) % 2 == 0 and name[: len(name) // 2] == name[len(name) // 2 :]:
        return name[: len(name) // 2]  # "Alicja KarłowskaAlicja Karłowska": the two elements glued
    return " ".join(words[:half]) if half > 1 and len(words) % 2 == 0 and words[:half] == words[half:] else name


def _side_by_side(name: str) -> list[str]:
    """ "Janusz Iwański Jacek Czarnecki": two signatures side by side, their columns' spaces lost."""
    words = name.split()
    if len(words) == 4 and is_first_name(words[0]) and is_first_name(words[2]) and not is_first_name(words[1]) and is_surname(words[3]):
        return [" ".join(words[:2]), " ".join(words[2:])]
    return [name]


COMPOUND_ADJECTIVE_START = re.compile(rf"\b[{_UPPER}][{_LOWER}]+(?:sk|ck|dzk|ni)o$")  # "Kujawsko", "Warmińsko", "Zachodnio"
COMPOUND_ADJECTIVE_END = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:sk|ck|dzk|n)(?:i|a|ie|iego|iej|im|ą)$")  # "Pomorski", "Mazurska", "Niemieckie"


def _split_on_slashes(text: str) -> list[str]:
    """ "Jan Nowak / gdansk.pl" → ["Jan Nowak", "gdansk.pl"]; a web address's own slashes stay, and a
    platform's page is one name ("Facebook/Ultramaraton Nowe Granice")."""
    masked = PLATFORM_PAGE.sub(lambda m: "x" * len(m.group()), WEB_ADDRESS.sub(lambda m: "x" * len(m.group()), text))
    parts, start = [], 0
    for slash in NAME_SLASH.finditer(masked):
        after = text[slash.end() :].split(maxsplit=1)
        if "/" not in slash.group() and "|" not in slash.group() and after and _second_surname(after[0], text[start : slash.start()]):
            continue  # "Małgorzata Omachel - Kwidzińska": a double surname written with a spaced dash
        if "/" not in slash.group() and "|" not in slash.group() and after and COMPOUND_ADJECTIVE_START.search(text[start : slash.start()]) and (
                COMPOUND_ADJECTIVE_END.match(after[0])):
            continue  # "Kujawsko - Pomorski Urząd Wojewódzki": one adjective written with a spaced dash
        parts.append(text[start : slash.start()])
        start = slash.end()
    parts.append(text[start:])
    return parts


def _second_surname(word: str, before: str) -> bool:
    """A surname alone after a person's name and a spaced dash ("Omachel - Kwidzińska"), not an office."""
    words = person_name(before).split()
    word = person_name(word) if word.isupper() and before.isupper() else word  # "ELIZA MIETZ - SUSZYŃSKA"
    return (len(words) == 2 and is_first_name(words[0]) and NAME_WORD.match(word) is not None and not ORGANISATION_START.match(word)
            and (is_surname(word) or bool(re.search(r"(?:sk|ck|dzk)[aiy]$", word)) or may_name_someone(word)))  # "Czajkowska - Neupauer"


ON_STOCK_PLATFORM = re.compile(r"^(?P<what>obraz|zdjęcie|grafika|wektor|ilustracja|image|photo)\s+(?:autorstwa|by)\s+(?P<author>\S+)\s+(?:na|on)\s+"
                               r"(?P<platform>freepik|pixabay|unsplash|pexels)(?:\.com)?\.?$", re.IGNORECASE)
USER_ON_PLATFORM = re.compile(r"(?P<platform>[\w.]+)\s*/\s*(?P<user>[A-Za-z0-9][\w.-]{2,30})")
HANDLE = re.compile(r"[a-z0-9][a-z0-9_.-]{2,30}")
# "mzawila", "jan.lis@radio.pl": a user's name on the site, or his address
LOGIN = re.compile(r"[a-ząćęłńóśźż]{7,30}|[a-z\d][\w.+-]*@[a-z\d-]+(?:\.[a-z\d-]+)+")


def _login(item: str) -> bool:
    """ "Autor: spstroza", "autor: mzawila": a login in lower case that is no word the dictionary knows."""
    return bool(LOGIN.fullmatch(item)) and ("@" in item or all(r.pos == "ign" for r in readings(item)))


PERSON_AND_TITLE = re.compile(r"^(?P<name>[^„\"]+?)\s+[„\"](?P<title>[^„\"”]+)[”\"]$")
ASCII_QUOTES = re.compile(r",,([A-ZĄĆĘŁŃÓŚŹŻ][^,„”]*?)(?:’’|''|”)")


def _person_and_office(item: str, abbreviations: Mapping[str, str]) -> tuple[str, str | None] | None:
    """ "W. Chrostowski KMP Gniezno" → the person, and the office his acronym and what follows it name;
    "Anna Lis Dyrektor GOK Lisewo" → the person, and the office her function's acronym names."""
    quoted = PERSON_AND_TITLE.match(item)
    if quoted and classify_name(quoted["name"], abbreviations) == "person":
        return quoted["name"], quoted["title"]  # "Antoni Kustusz "Wieści Gminne"": the periodical he writes for
    words = item.split()
    for length in (2, 3):
        if len(words) <= length or not _reads_as_person(words[:length], abbreviations):
            continue
        person, following = " ".join(words[:length]), words[length]
        if is_first_name(words[0]) and ORGANISATION_START.match(following):
            return person, " ".join(words[length:])  # "Jan Lis Urząd Gminy Lisewo"
        # "Jan Lis Burmistrz Brus": a post, whose word is a surname too ("Anna Starosta") unless it ends the name
        if is_first_name(words[0]) and _post_starts(words[length:]) and (not is_surname(following) or len(words) > length + 1):
            acronym = next((i for i in range(length + 1, len(words)) if CAPITALS_WORD.match(words[i])), None)
            return person, " ".join(words[acronym:]) if acronym else None
        if not CAPITALS_WORD.match(following) or len(following) > 6:
            continue
        if CAPITALS_WORD.match(words[length - 1]) or is_surname(following.capitalize()):
            continue  # "Jan NOWAK", "Anna Maria NOWAK": a surname in capitals, not an office
        return person, " ".join(words[length:])
    return None


def _office_then_person(item: str, abbreviations: Mapping[str, str]) -> tuple[str, str] | None:
    """ "UM Hajnówka Dorota Bondaruk", "FB Jarosław Muchowski": an office's short name or a platform, then the person."""
    words = item.split()
    if len(words) < 3 or not (ACRONYM.match(words[0]) or USERS_PLATFORM.match(words[0]) or words[0].lower() == "fb"):
        return None
    person = " ".join(words[-2:])
    if not _a_persons_name(person, abbreviations) or any(is_first_name(w) for w in words[:-2]) or words[-3].lower() in ("im.", "imienia"):
        return None  # "SP Nr 3 im. Józefa Piłsudskiego": the school's patron, not a person after the office
    return person, " ".join(words[:-2])


HONORIFIC_BEFORE_NAME = re.compile(rf"^(?:pani|pan)\s+(?=[{_UPPER}])", re.IGNORECASE)


def _post_then_person(item: str, abbreviations: Mapping[str, str]) -> str | None:
    """ "Sołtys Jan Lis", "Komendant Gminny OSP Lisewo Jan Lis": a post, then the name of who holds it."""
    words = item.split()
    if len(words) < 3 or not starts_with_role(item) or roles_of(words[0]):
        return None
    person = " ".join(words[-2:])
    return person if _a_persons_name(person, abbreviations) and not any(is_first_name(w) for w in words[:-2]) else None


def _post_starts(words: list[str]) -> bool:
    """ "Dyrektor GOK", "Główny Specjalista": a function, or a capitalised adjective and then one, after a signer's name
    ("Jan Lis nowym dyrektorem" is a headline)."""
    if starts_with_role(words[0]):
        return True
    adjective = words[0][:1].isupper() and _adjective(words[0].lower())
    return adjective and len(words) > 1 and starts_with_role(words[1])


def _initials(item: str, abbreviations: Mapping[str, str]) -> bool:
    """ "Autor: KZ": two capitals are a person's initials, unless the site or the agencies use them."""
    return bool(TWO_CAPITALS.match(item)) and item not in abbreviations and item not in NEWS_AGENCIES


def _signs_alone(word: str, abbreviations: Mapping[str, str]) -> bool:
    """ "Autor: Okrent", "autor: Administrator", "Autor: Dev": a surname, the site's user or a nickname alone signs a text
    (not a place, an office by its first word, a platform, an agency or an acronym)."""
    if not (word.isalpha() and word[:1].isupper() and not word.isupper()) or word in abbreviations or (
            ORGANISATION_START.match(word) or USERS_PLATFORM.match(word)):
        return False
    if word.lower() in CMS_USERS:
        return True
    found = readings(word)
    return not any("nazwa_geograficzna" in r.labels for r in found) and (
        any("nazwisko" in r.labels for r in found) or all(r.pos == "ign" for r in found))


def _name_before_caption(item: str, abbreviations: Mapping[str, str]) -> str | None:
    """ "Ewa Kos Tegoroczne Winobranie trwało…" → "Ewa Kos": a first name and surname, then a word the
    dictionary knows as no name, starting the caption or headline they credit."""
    words = item.split()
    sentence_ends = len(words) > 2 and words[1].endswith(".")  # "Jan Lis. Tczew jako wzór": the headline is a sentence of its own
    if sentence_ends:
        words[1] = words[1][:-1]
    if len(words) < 4 or not is_first_name(words[0]) or not _reads_as_person(words[:2], abbreviations):
        return None
    following = words[2]
    if not following[:1].isupper() or ((may_name_someone(following.strip(".,")) or ORGANISATION_START.match(following)) and not sentence_ends):
        return None
    return " ".join(words[:2])


def source_kind_of(item: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> tuple[str | None, str]:
    """ "archiwum UMT" → ("archive", "UMT"); an item naming no kind of source comes back unchanged."""
    for kind, phrase in SOURCE_KINDS:
        match = phrase.match(item)
        if not match:
            continue
        named = NOBODY_NAMED.sub("", item[match.end() :].strip())
        named = re.sub(r"^(?i:p\.|pana|pani)\s+(?=\S)", "", named) if kind == "courtesy" else named  # "dzięki uprzejmości P. Jana Lisa"
        named = NOMINATIVE.get(named.lower(), named)
        people = people_in_text(named) if named.split() and is_first_name(named.split()[0]) and not ACRONYM.match(named) else []
        if kind == "submitted" and len(people) == 1 and len(people[0].name.split()) == len(named.split()):
            named = people[0].name  # "nadesłane przez Annę Kos": who sent them, in the nominative
        elif kind != "submitted" and not ACRONYM.match(named):  # "archiwum Miejskiego Ośrodka Sportu": the genitive
            # "ze zbioru Zbigniewa Bąka": a person's own collection, the person in the nominative
            named = people[0].name if len(people) == 1 else " ".join(nominative_of_genitive(named.split()))
        # "Archiwum Państwowe" is an institution's own name, not somebody's archive.
        if item[:1].isupper() and named and not (_stands_alone(named, abbreviations) or ACRONYM.match(named)):
            return None, item
        return kind, named
    return None, item


INFORMATION = re.compile(r"informacj[ae]$", re.IGNORECASE)


def _person_named_after(phrase: str, named: str) -> str | None:
    """The one person ``named`` names at the end of ``phrase`` ("… przez Witolda Lisa"), in the nominative; None for anything else."""
    found = people_in_text(phrase) if named[:1].isupper() else []
    return found[0].name if len(found) == 1 and len(found[0].name.split()) == len(named.split()) else None


def roles_of(words: str) -> list[str]:
    roles = []
    joined = ROLE_JOINER.split(words.strip())
    for word in joined:
        word = word.strip().rstrip(".")
        if len(joined) > 1 and INFORMATION.match(word):
            roles.append("text")  # "Informacja i zdjęcia: GOK", "Inf. i fot.": who wrote the news, beside who took its photos
            continue
        for role, pattern in _ROLE_BY_WORD:
            if pattern.match(word):
                if role not in roles:
                    roles.append(role)
                break
    return roles


def _role_prefix(segment: str) -> tuple[list[str], str, bool] | None:
    """The roles a segment credits, the text after them, and whether the prefix lacked its dot."""
    if COPYRIGHT_LINE.match(segment) or PRESS_RELEASE.match(segment):
        # "© Wyborcza sp. z o.o.", "Inf. prasowa UMT": where the work comes from, with no role word before it
        return ["source"], segment, False
    kept = KEPT_IN.match(segment)
    if kept:  # "Z kolekcji Jana Lisa", "Zdjęcie z archiwum Anny Kos": where the photo is kept
        return ["photo"], segment[kept.end() :], False
    original = ORIGINAL_ARTICLE.match(segment)
    if original:  # "Materiał oryginalny: Tytuł artykułu - Dziennik Bałtycki": the medium it was first published in
        return ["source"], original["medium"], False
    # "Na podstawie informacji KPP Lisewo", "na podst. PAP", "Wiadomość pochodzi z oficjalnej strony UM Opole": the source, in the genitive
    named_source = BASED_ON.match(segment) or COMES_FROM.match(segment)
    if named_source:
        named = segment[named_source.end() :].strip().rstrip(".")
        roles = ["source", "photo"] if named_source.re is BASED_ON and named_source["photos"] else ["source"]
        by = re.search(r"\sprzez\s*$", named_source.group())  # "przesłanych przez KPP Lisewo": named in the accusative, as written
        person = _person_named_after(segment.rstrip("."), named)  # "… przez Witolda Lisa", "relacji Ewy Kos": the person, in the nominative
        return roles, person or (named if by or ACRONYM.match(named) or DOMAIN.search(named) else " ".join(nominative_of_genitive(named.split()))), False
    match = ROLE_PREFIX.match(segment)
    if match and re.match(r"i\s+(?:fot|foto|zdjęcia|zdj|tekst)\s", match.group("rest"), re.IGNORECASE) and BARE_PREFIX.match(segment):
        match = None  # "Sporz. i foto Jan Lis": the second role word without its dot, the first with it
    bare = match is None
    if bare:
        match = BARE_PREFIX.match(segment)
        if match is None:
            return None
    roles = roles_of(match.group("words"))
    rest = re.sub(r"^\((?:źródło|source)\)\s*:?\s*", "", match.group("rest").strip(), flags=re.IGNORECASE)  # "Fot. (Źródło): lisewo.pl"
    bare = bare or bool(PERSONS_ONLY.fullmatch(match.group("words")))  # "Projekt: Budowa drogi" is no credit
    # "Fot. fot. Jan Nowak", "Fot.: Fot. Jan Nowak": the prefix written twice.
    again = ROLE_PREFIX.match(rest)
    while again and again.group("rest").strip() and roles and (set(roles_of(again.group("words"))) <= set(roles) or (
            not SEGMENT_BREAK.search(again.group("rest")) and classify_name(again.group("rest").strip(" ."), NO_ABBREVIATIONS) == "person")):
        roles += [role for role in roles_of(again.group("words")) if role not in roles]  # "Opr. Fot. Anna Lis": both hers
        rest = again.group("rest").strip()
        again = ROLE_PREFIX.match(rest)
    return roles, rest, bare


def _parse_segment(segment: str, raw: str, abbreviations: Mapping[str, str]) -> list[Credit] | None:
    prefix = _role_prefix(segment.strip())
    if prefix is None:
        return None
    roles, rest, bare = prefix
    inner = _role_prefix(rest.strip()) if roles == ["source"] and not bare else None
    if inner and inner[0] == ["photo"] and not inner[2]:
        return _parse_segment(rest, raw, abbreviations)  # "Źródło: Fot. Powiat Limanowski": whose photo, doubly labelled
    rest = re.sub(r"^/\s*([^/]+?)\s*/?$", r"\1", rest)  # "Autor: /L.E.M./": a signature between slashes
    rest = re.sub(r"^(?:foto|fot\.?|zdj\.?)\s+(?=\S)", "", rest, flags=re.IGNORECASE) if roles == ["photo"] else rest  # "Zdjęcie: foto Jan Lis"
    rest = re.sub(r"^(?:zespół\s+)?w\s+składzie\s*:?\s*", "", rest, flags=re.IGNORECASE)  # "Redakcja: zespół w składzie: Jan Lis, …"
    described = PHOTO_DESCRIBED.match(rest) if roles == ["photo"] else None
    rest = rest[described.end() :] if described else rest  # "fot. archiwalne: …", "fot. ilustracyjne / pixabay"
    if described and "ilustracyjn" in described.group().lower() and not rest.strip(" .,:;/"):
        return []  # "Tekst: Jan Lis / Fot.: ilustracyjna": a stock picture, credited to no one, beside a credit that stands
    head = segment.strip()[: len(segment.strip()) - len(rest)]
    if re.search(r"\sprzez\s*:?\s*$", head, re.IGNORECASE):
        rest = _person_named_after(f"przez {rest.strip()}", rest.strip()) or rest  # "Fot. nadesłane przez Annę Kos": she, in the nominative
    pieces = re.split(r"\s*[,;]\s*", rest)
    if len(pieces) > 1 and len(PHOTO_COUNT.findall(rest)) == len(pieces):
        # "Zdjęcia: Jan Lis (2), Starostwo Powiatowe (1)": each with how many photos are theirs, none another's agency
        each = [_parse_segment(head + PHOTO_COUNT.sub("", piece), raw, abbreviations) for piece in pieces]
        return None if None in each else [credit for credits in each for credit in credits]
    if len(pieces) > 1 and ROLE_PREFIX.match(head + pieces[0]) and any(len(_split_on_slashes(p)) > 1 for p in pieces[:-1]):
        # "Fot. Jan Lis/UMT, Anna Kos/PAP": each name with its own agency
        each = [_parse_segment(head + piece, raw, abbreviations) for piece in pieces]
        return None if None in each else [credit for credits in each for credit in credits]
    # "Design :: Jan Lis :: jan@example.com", "Redaktor naczelny: Jan Lis (jl), tel. 600 100 200": an address is no credit,
    # unless it is all the line names ("Autor: jan.lis@radio.pl": the author known by his address)
    addressed = EMAIL.sub("", rest)
    rest = addressed if re.search(r"\w", addressed) else rest
    rest = ILLUSTRATIVE.sub("", POSTAL_ADDRESS.sub("", PHONE.sub("", PUPILS_CLASS.sub("", UNNAMED_GROUP_BESIDE.sub("", rest.strip()))))).strip(" :,–—-")
    rest = RELIGIOUS_ORDER.sub("", PHOTO_COUNT.sub("", rest))  # "Jan Lis (2), Ewa Kos (1)": how many photos each took; "ks. Jan Lis SDB"
    captioned = NAME_THEN_CAPTION.match(rest)
    if captioned and _a_persons_name(captioned["name"], abbreviations):
        rest = captioned["name"]  # "fot. E. Lis: koniec karnawału, …": the photographer, then what the photo shows
    rest = rest[:-1].rstrip(" :,") if rest.endswith(")") and rest.count(")") > rest.count("(") else rest  # "Zdjęcia (foto. UG Lisewo):"
    rest = OWN_INITIALS.sub("", rest) if set(roles) <= {"editing"} else rest
    licence, licence_url = licence_from_text(rest)
    rest = SOURCE_MARK.sub("", rest) if roles != ["source"] else PERIODICAL_ISSUE.sub("", SENTENCE_AFTER_SOURCE.split(rest, maxsplit=1)[0])
    # "Foto: źr. Dziennik Polski": the photo's source; "Źródło: Facebook. Strona kawiarni.": the source, then a remark
    own_dot = COMPANY_END.search(rest) or DOTTED_INITIALS.match(rest.strip()) or re.search(r"(?:^|\s)red\.$", rest.strip(), re.IGNORECASE) or (
        FIRST_NAME_AND_INITIAL.match(rest.strip()) and is_first_name(rest.split()[0]))  # "Ewelina B."
    rest = rest.strip() if own_dot else rest.rstrip(".").strip()  # "oprac. red.": the desk written as the page writes it
    rest = MARKS_IN_NAMES.sub("", PART_SLASH.sub(", ", rest))
    if not roles or not rest:
        return None
    if OWN_WORK.fullmatch(rest.strip()):
        return [Credit(role, raw=raw) for role in roles]  # "oprac. własne": the publisher's own, no one named

    rest = re.sub(r"\(\W*\)|\[\W*\]", "", _without_licence(rest))  # "Jan Lis (CC BY 4.0)": no empty brackets left

    holder = year = None
    copyright_match = COPYRIGHT.search(rest)
    if copyright_match:
        holder = copyright_match.group("holder").strip().lstrip("–—- ")  # "© 2024 - Radio Gdańsk"
        site, slash, author = re.sub(r"\s\|\s", " / ", holder).partition(" / ")  # "© Polska Press Grupa | Jan Lis" too
        taken_by = slash and classify_name(person_name(author), abbreviations) == "person"
        holder = site if taken_by else holder  # "Fot. © terazJaslo.pl / DAMIAN PALAR": the site holds the copyright, he took the photo
        holder = expand_organisation(holder if COMPANY_END.search(holder) else holder.rstrip(". –—-"), abbreviations) or None
        holder = holder if holder and re.search(r"\w", holder) else None  # "©℗": signs, no holder
        year_text = copyright_match.group("year") or copyright_match.group("year_before") or copyright_match.group("year_ahead")
        year = int(year_text) if year_text else None
        rest = rest[: copyright_match.start()] + (f"{author} / {site}" if taken_by else "") + rest[copyright_match.end() :]

    people: list[str] = []
    author_match = AUTHOR.search(rest)
    if author_match:
        for name in _split_names(author_match.group("names"), abbreviations):
            people.append(person_name(name) if classify_name(name, abbreviations) == "person" else name)
        rest = rest[: author_match.start()] + rest[author_match.end() :]

    organisations: list[str] = []
    signed_by: list[str] = []
    offices: dict[str, str] = {}  # a person's own office, named right after him
    source_kind = "archive" if "archiwaln" in head.lower() else None  # "Zdjęcia archiwalne: …", "fot. archiwalne …"
    # "Anna Grzybowska (Biuro Rady Miasta)": the bracket names where the person works.
    rest = PARENTHESISED.sub(lambda m: f", {m.group(1)}", rest)
    # "Jan Nowak / PAP": what follows a slash is the agency or site that published the work.
    first, *after_slash = _split_on_slashes(rest)
    if after_slash and not people and all(INITIALS_SIGNATURE.match(part.strip()) for part in [first, *after_slash]):
        # "Autor: MAK/gp": signatures, the author's and then the editor's, as in "(lew/bsc)"
        shared = dict(copyright_holder=holder, year=year, license=licence, license_url=licence_url, raw=raw)
        return [*(Credit(role, person=first.strip(), **shared) for role in roles),
                *(Credit("editing", person=part.strip(), **shared) for part in after_slash)]
    items = [(FOR_CLIENT.sub("", name) if classify_name(FOR_CLIENT.sub("", name), abbreviations) == "person" else name, False)
             for name in _split_names(first, abbreviations)]  # "fot. Jan Lis dla Teatru Horzycy": the photographer, not his client
    user = first.strip(" ,")
    platform_first = USER_ON_PLATFORM.fullmatch(rest.strip())
    if platform_first and USERS_PLATFORM.match(platform_first["platform"]):
        people.append(platform_first["user"])  # "fot. pixabay.com / hadevora", "fot. morguefile.com/xandert": the platform, then its user
        items, after_slash = [(platform_first["platform"], True)], []
    elif after_slash and USERS_PLATFORM.match(after_slash[0].strip()) and re.fullmatch(r"[\w.-]{3,30}", user) and not CAPITALS_WORD.match(user):
        people.append(user)
        items = []
    # "Jan Lis/tarantoga.pl dla UMWKP": the agency, not whom it worked for
    items += [(FOR_CLIENT.sub("", name), True) for part in after_slash for name in _split_names(part, abbreviations)]
    for item, is_agency in items:
        if OWN_SOURCE.fullmatch(item.strip()):
            organisations.append(item.strip())  # "Zdjęcia: Jan Lis, źródło własne": the publisher's own material
            continue
        if item.strip(" .") in ("NN", "N.N", "nn") or UNNAMED_GROUP.match(item.strip()):
            continue  # "Autor NN": nomen nescio, an unknown author; "Zdjęcia: uczniowie klasy 7b i Jan Lis": nobody named
        # "Fot. za: lisewo.pl": taken from the site
        kind, item = source_kind_of(WEBSITE_OF.sub("", re.sub(r"^(?i:za)\s*:?\s+(?!(?i:zgodą|uprzejmą)\s)(?=\S)", "", _written_once(item))), abbreviations)
        source_kind = source_kind or kind
        if not item:
            continue
        if people and starts_with_role(item):
            break  # "Tekst: Jan Nowak, rzecznik prasowy prezydenta (…)": the person's function and what follows, not who published it
        item = HONORIFIC_BEFORE_NAME.sub("", item.strip())  # "Opracowała Pani E. Lis": she, without the courtesy
        signer = _post_then_person(item, abbreviations)
        if signer:  # "Sporz. Sołtys Jan Lis", "tekst: Komendant Gminny OSP Lisewo Jan Lis": the post, then who holds it
            people.append(person_name(signer))
            continue
        with_office = _person_and_office(item, abbreviations) or _office_then_person(item, abbreviations)
        if with_office:
            people.append(person_name(with_office[0]))
            if with_office[1]:
                offices[people[-1]] = expand_organisation(with_office[1], abbreviations)
            continue
        if DATE_LINE.match(item):
            continue  # "autor: Jan Lis, data: 2019-01-30": the page's date
        words = item.split()
        if len(words) > 3 and DOMAIN.fullmatch(words[0]) and words[1][:1].isupper():
            item = words[0]  # "Video: lisewo.pl Policjanci na ulicy miasta": the site, then the caption it credits
        if EDITORIAL_DESK.match(item):
            organisations.append(item)  # "oprac. red.": the desk
            continue
        if people and _only_a_place(item):
            continue  # "Wiesław Lis (Lisewo) – redaktor naczelny": where he is from, not whom he works for
        name, _, site = item.strip().rpartition(" ")
        if name and DOMAIN.fullmatch(site) and not DOMAIN.search(name) and classify_name(name, abbreviations) == "person":
            people.append(person_name(name))  # "fot. J. Lis lisewo24.pl": the photographer, then the site he took it for
            organisations.append(site)
            continue
        username = (USERNAME.match(item) or _login(item)) and not MEDIA_NAME.match(item) and set(roles) <= {"text", "editing"}  # "Autor: KWPrzecznik2": a CMS user
        # "tekst i fot. karolina lis": a name typed in lower case, after a role word that says it is one
        lower_case_name = item.islower() and ((2 <= len(item.split()) <= 3 and _a_persons_name(item.title(), abbreviations)) or (
            " " not in item and is_first_name(item.capitalize()) and set(roles) <= {"text"}))  # "Autor: krystian": his first name alone
        # "archiwum UM": whose archive, no initials; "Źródło: WP": a source is an outlet, not a journalist's initials
        signed = (SIGNATURE.match(item) or _initials(item, abbreviations)) and kind in (None, "courtesy") and not (roles == ["source"] and CAPITALS_WORD.match(item))
        lone_author = roles == ["text"] and _signs_alone(item.strip(), abbreviations)
        what = "person" if signed or username or lower_case_name or lone_author else classify_name(item, abbreviations)
        if what is None and is_agency and HANDLE.fullmatch(item) and (people or (organisations and re.search(r"[-.\d]", item))):
            what = "organisation"  # "Fot. Grzegorz Wajda/wajdafoto": his studio's handle after the slash; "Press Focus/x-news": a second agency
        if what is None and not people and not organisations:
            # "fot. Ewa Kos Tegoroczne Winobranie trwało…": the name, then the caption it credits
            captioned = _name_before_caption(item, abbreviations)
            if captioned:
                people.append(person_name(captioned))
                break
        if what is None:
            return None
        if is_agency and SIGNATURE.match(item.strip()) and ((organisations and not people) or (
                people and set(roles) <= {"text"} and item.strip().upper() not in NEWS_AGENCIES)):
            # "informacja: Starostwo Powiatowe/ii", "Autor: Joanna Lis /rs/": the editor's signature after the source or the author
            signed_by.append(item.strip())
        elif what == "person" and not (is_agency and people and not _named_in_nominative(item, abbreviations)):  # "Jan Lis / Anna Kos": both
            people.append(item if _initials(item, abbreviations) else person_name(item))
        else:
            organisations.append(expand_organisation(item, abbreviations))

    if bare and not people and not re.match(rf"[{_UPPER}]{{2}}", rest):
        return None  # "Fot Kraków zaprasza": no credit; "Foto UMiG Lisewo": the office by its short name
    if not people and not organisations and not holder and not source_kind:
        return None
    if PRESS_RELEASE.match(segment.strip()) and source_kind is None:
        return None  # "Materiały prasowe można pobrać…": a sentence about them
    if roles == ["source"] and holder and not people and not organisations and not _named_in_nominative(holder, abbreviations):
        organisations = [holder]
    if holder and not people and not organisations and classify_name(holder, abbreviations) == "person":
        # "Fot. © Jan Nowak 2024": the photographer holds the copyright; "© 2019 Jan Nowak": the page's author does
        people = [person_name(holder)]
    shared = dict(copyright_holder=holder, year=year, license=licence, license_url=licence_url, raw=raw,
                  source_kind=source_kind)  # fmt: skip
    if len(people) == 1 and len(organisations) > 1 and len(organisations) == len(after_slash):
        organisations = [" / ".join(organisations)]  # "Fot. Jan Lis / Reporter / East News": the agency and who distributes it
    if "source" in roles and people and re.search(r"(?i)\b(?:materiał|info)\b", head):
        # "Materiał: Monika Lis", "Foto, info: Jan Lis": her text; "Materiał: UM Lisewo", "info. UM Koszalin": the office it came from
        roles = list(dict.fromkeys("text" if role == "source" else role for role in roles))
    if roles == ["source"] and author_match and people and organisations:
        # "źródło: Urząd Miejski w Lisewie/ autor: Jan Lis": the office the text comes from, and who wrote it
        return [*(Credit("source", organisation=o, **shared) for o in organisations), *(Credit("text", person=p, raw=raw) for p in people)]
    credits = []
    for role in roles:
        if people:
            organisation = organisations[0] if len(organisations) == 1 else None
            credits.extend(Credit(role, person=p, organisation=offices.get(p, organisation), **shared) for p in people)
            if len(organisations) > 1 or (organisations and all(p in offices for p in people)):  # "UM Lisewo Ewa Sowa, Lisewski Ośrodek Kultury"
                credits.extend(Credit(role, organisation=o, **shared) for o in organisations)
        elif organisations:
            credits.extend(Credit(role, organisation=o, **shared) for o in organisations)
        else:
            credits.append(Credit(role, **shared))
    return credits + [Credit("editing", person=editor, raw=raw) for editor in signed_by]


CONTACT_LABEL = re.compile(r"\s+(?:adres(?:\s+redakcji)?|kontakt|tel\.?(?:/fa(?:ks|x))?|telefon|e-?mail)\s*:.*$", re.IGNORECASE)
OWN_SOURCE = re.compile(r"(?:źródło|zdjęcia|materiały|archiwum|zbiory)\s+własne", re.IGNORECASE)
PAGE_LABEL = re.compile(r"^(?:kategori[ae]|dział|tagi|odsłon\w*|wyświetle\w*|komentarz\w*|ocena)\s*:", re.IGNORECASE)
SITE_BEFORE_COPYRIGHT = re.compile(r"^(?P<site>[^©|:]{1,30}?)\s+[-–]\s+(?=©|\(c\)|copyright\b)", re.IGNORECASE)
COPYRIGHT_SIGN_ALONE = re.compile(r"^(?:copyright\s*)?(?:©|\(c\))$|^copyright$", re.IGNORECASE)
# "(tekst: Wychowawczynie klas I) (zdjęcia: Anna Lis)": two credits in brackets side by side
BRACKETED_CREDITS_APART = re.compile(rf"(?<=\))\s*(?=\((?:{_LINE_ROLE})\s*[.:])", re.IGNORECASE)
PRINTING = re.compile(r"^(?:druk|nakład|isbn|issn)\b", re.IGNORECASE)
OTHER_LABEL = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:\s+[{_LOWER}]+)?\s*:\s")  # "Prezes: Anna Lis" under "Redakcja"


def _credit_lines(text: str) -> list[str] | None:
    """The lines of a paragraph, each to be a credit line; None when it is too long to be credits.

    A line break ends a credit unless the line before ends with a comma ("Fot. © UMT 2024,<br>autor: …").
    """
    if len(text) > MAX_PARAGRAPH_LENGTH:
        return None
    lines: list[str] = []
    listed = False  # names listed line by line under a role heading ("Zdjęcia\nJan Lis\nEwa Kos")
    work = None  # "Tytuł zdjęcia: Rynek\nAutor: Jan Lis": the work a title names, whose author follows
    for line in BRACKETED_CREDITS_APART.sub("\n", GLUED_LABEL.sub("\\1\n", GLUED_PHOTO_CREDIT.sub("\n", text))).splitlines():
        titled = WORK_TITLE.match(line.strip())
        if titled:
            work = titled["work"]
            continue
        if work:
            line = re.sub(rf"^\s*({_AUTHORS})\s*(?=[:|])", rf"\1 {work}", line, flags=re.IGNORECASE)
        # "Opublikowano: 12 marca 2024 | Autor: Jan Lis | Kategoria: Aktualności", "… | Autor: Jan Lis | Aktualności | Brak
        # komentarzy": the page's date, labels, section and counters beside the byline
        parts = re.split(r"\s+\|\s+|\s+/\s+(?=(?:kategori[ae]|dział|tagi)\s*:)", line, flags=re.IGNORECASE)  # "Autor: Jan Lis / Kategoria: …"
        if len(parts) > 1:
            line = " | ".join(part for part in parts if not (DATE_LINE.match(part.strip()) or PAGE_LABEL.match(part.strip())
                                                             or NO_NAME_LINE.match(part.strip()) or _section(part.strip())))
        line = re.sub(r"([(\[])\s+|\s+([)\]])", r"\1\2", " ".join(line.split())).strip(" |–—-*_•·")  # "( Red.)" → "(Red.)"
        if not SIGNATURES_LINE.match(line):
            wrapped = WRAPPED.match(line)
            line = wrapped.group(1).strip() if wrapped else line.lstrip("/ ") if WEB_ADDRESS.search(line) else line.strip("/ ")
        line = re.sub(r"^((?i:źródło|fot\.?|foto))\s+(?=www\.|https?://)", r"\1: ", line)  # "źródło www.opera.pl": a site, no colon
        line = re.sub(r"^((?i:zdjęcia|zdjęcie|fot\.?|foto|fotografie))\s+(?=(?i:dzięki\s+uprzejmości)\s)", r"\1: ", line)  # "Zdjęcia dzięki uprzejmości JW"
        line = re.sub(r"^(?i:inf)\.\s*(?=(?i:i|oraz)\s+(?i:fot|zdj))", "Informacja ", line)  # "Inf. i fot. GOK Lubicz"
        # "Materiał nadesłany", "Materiał nadesłany: Rada Osiedla", no colon after the role word
        line = re.sub(r"^((?i:materiał[y]?|informacj[ae]))\s+((?i:nadesłan)\w*)\s*(?::\s*|(?=$|przez\s))", r"\1: \2 ", line).rstrip()
        line = re.sub(r"\s*\(((?i:na\s+podst(?:awie|\.))\s[^()]+)\)\s*$", r"; \1", line)  # "Tekst: Jan Lis (na podstawie relacji Ewy Kos)"
        on_platform = ON_STOCK_PLATFORM.match(line)
        if on_platform:  # "Obraz autorstwa jan_lis na Freepik": the stock site's own attribution
            line = f"{'Grafika' if on_platform['what'].lower() in ('grafika', 'wektor', 'ilustracja') else 'Fot.'} {on_platform['author']} / {on_platform['platform']}"
        line = COPYRIGHT_BEFORE_ROLE.sub(r"\2 \1 ", line)  # "© Fot. Jan Lis" → "Fot. © Jan Lis": he holds the copyright
        labelled = SITE_BEFORE_COPYRIGHT.match(line)
        if labelled and not ROLE_PREFIX.match(labelled["site"]) and classify_name(labelled["site"]) != "person":
            line = line[labelled.end() :]  # "Portal gminy - (C)opyright by Netkom": the site's name, then who holds its copyright
        line = re.sub(r"(?<=ł)\(a\)", "", line)  # "Opublikował(a): Anna Lis": a form's label for either gender
        line = re.sub(r",\s*(?i:zdjęcia|zdjęcie|foto)\s+(?=(?i:autor(?:ka|a|ki)?)\.?$)", ", zdj. ", line)  # "AW, zdjęcia autor": the author's own photos
        line = re.sub(r"^(?i:więcej\s*(?:na)?\s*:)\s*(?=(?:https?://|www\.)?[\w-]+\.[a-z]{2,6}\b\S*$)", "Źródło: ", line)  # "Więcej: lisewo.pl"
        line = ASCII_QUOTES.sub(r"„\1”", line)  # ",,Wieści Gminne’’": quotation marks typed with commas and apostrophes
        reserved = RESERVED_BEFORE_HOLDER.match(line)
        if reserved and classify_name(re.sub(r"\s*(?:19|20)\d\d\W*$", "", reserved["holder"])):
            line = f"© {reserved['year'] or ''} {reserved['holder']}, {reserved['reserved']}"  # "Wszelkie prawa zastrzeżone © Fundacja Lis": who holds them
        if (DATE_LINE.match(line) and not (PERIODICAL_LINE.match(line) or CHANGED_BY.match(line))) or PAGE_TOOLS.match(line) or (
                NO_NAME_LINE.match(line) or _to_the_reader(line)):
            continue  # the page's dates, tools, counters, ratings and contacts ("Drukuj", "NR 7 (137) LIPIEC 2016"), not a credit nor a sentence
        if not PERIODICAL_LINE.match(line):  # "Głos Wielkopolski, 17 października 2014": the periodical's issue, read below
            line = TRAILING_STAMP.sub("", PUBLISHED_IN.sub("", line))
        line = CONTACT_LABEL.sub("", line)  # "Sekretarz redakcji: Anna Kos Adres redakcji: Lisewo, …": the contacts after the credits
        line = THEME_META_BY.sub("Written by ", line)  # "/in Naszym piórem /by maciek": a theme's section, then its author
        avatar = AUTHOR_AVATAR.match(line)  # "Autor: Zdjęcie autora rs": the author's picture's text before the name
        if avatar:
            line = line[avatar.end() :] if ROLE_PREFIX.match(line[avatar.end() :]) else avatar.group(1) + line[avatar.end() :]
        stamped = LEADING_STAMP.match(line)
        if stamped and (ROLE_PREFIX.match(line[stamped.end() :]) or LEADING_SIGNATURE.match(line[stamped.end() :])):
            line = line[stamped.end() :]
        if not line:
            continue
        if lines and (lines[-1].endswith(",") or COPYRIGHT_SIGN_ALONE.match(lines[-1])):
            lines[-1] += " " + line  # "Fot. © UMT 2024,<br>autor: …", "Copyright ©<br>Biblioteka Publiczna"
        elif lines and ROLE_WORDS_ONLY.fullmatch(lines[-1]) and (ROLE_PREFIX.match(line) or _names_then_role(line)):
            lines[-1] = line  # "ILUSTRACJE" above "Zdjęcia: …", "Zespół redakcyjny:" above "Jan Lis – tekst": a heading, the next line names its own role
        elif lines and ROLE_WORDS_ONLY.fullmatch(lines[-1]) and not OTHER_LABEL.match(line):
            # "Projekt okładki:" or "Zdjęcia" on a line of its own, the names on the next one (not "Prezes: …", a label of its own)
            lines[-1] += (" " if lines[-1].endswith((":", ".")) else ": ") + line
            listed = classify_name(line) == "person"
        elif listed and classify_name(line) == "person":
            lines[-1] += ", " + line
        elif lines and ROLE_PREFIX.match(lines[-1]) and "," not in lines[-1] and not ROLE_PREFIX.match(line) and (
                _workplace_or_function(line, lines[-1])):
            lines[-1] += ", " + line  # "Opracowała: Anna Lis\nPubliczne Przedszkole w Lisewie", "Opracował: Jan Lis\nprzewodnik beskidzki"
        elif lines and WEB_ADDRESS.fullmatch(line) and _names_a_source(lines[-1]):
            continue  # "Źródło: Izba Rolnicza\nhttp://www.izba.pl/": the source's address under its name
        elif lines and _byline_of_the_name_above(line, lines[-1]):
            lines[-1] = line  # "Łukasz Lis\nautor / źródło: Łukasz Lis": a theme prints the author's name, then labels it
        else:
            lines.append(line)
            listed = False
    if any(len(line) > MAX_CREDIT_LENGTH for line in lines):
        return None
    return lines


def _names_a_source(line: str) -> bool:
    prefix = _role_prefix(line)
    return prefix is not None and prefix[0] == ["source"] and bool(prefix[1].strip()) and not COPYRIGHT_LINE.match(line)


def _byline_of_the_name_above(line: str, above: str) -> bool:
    prefix = _role_prefix(line)
    return prefix is not None and "text" in prefix[0] and prefix[1].strip() == above.strip() and _role_prefix(above) is None


def _workplace_or_function(line: str, credit_line: str) -> bool:
    """The line under ``credit_line`` names where its author works, or (under a text's or an editor's credit; under
    "Fot." it is a caption) the author's function."""
    if any(ORGANISATION_START.match(word) for word in line.split()[:3]) and classify_name(line) == "organisation":
        return not _with_a_verb(line)  # "Gazeta ocenia kondycję spółek.": the lead of the next text, not where he works
    prefix = _role_prefix(credit_line)
    return _a_function(line) and prefix is not None and set(prefix[0]) <= {"text", "editing"}


def _a_function(line: str) -> bool:
    """ "przewodnik beskidzki", "Starosta Radziejowski": a post alone, no verb ("Dyrektor wręcza nagrody." is a caption)."""
    words = line.split()
    return 0 < len(words) <= 8 and ":" not in line and not SENTENCE_END.search(line) and starts_with_role(line) and not any(
        r.pos in ("fin", "praet", "impt", "bedzie") for word in words[1:] if not word[:1].isupper() for r in readings(word.lower()))  # not "Stara"


def _names_then_role(line: str) -> bool:
    """ "Jan Lis – tekst", "Anna Kos, Ewa Sowa - zdjęcia": people's names, then the role they had."""
    named_first = ROLE_AFTER_NAME.match(line)
    return bool(named_first) and all(classify_name(name) == "person" for name in _split_names(named_first["names"]))


def _segments(line: str) -> list[str]:
    """One line's credits: "Tekst: X; fot. Y" → two; the slash of "Tekst/fot.: X" joins roles instead."""
    segments, start = [], 0
    for match in SEGMENT_BREAK.finditer(line):
        before = line[start : match.start()].strip()
        if ROLE_WORDS_ONLY.fullmatch(before) or re.search(r"(?:^|\s)(?:i|oraz|&)$|/$", before, re.IGNORECASE):
            continue  # "Tekst/fot.: X", "Tekst i Foto: X": the roles joined, not two credits
        segments.append(line[start : match.start()])
        start = match.end()
    segments.append(line[start:])
    return segments


def parse_credit_line(line: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> list[Credit]:
    """Every credit in one line (or one paragraph of lines) of text; an empty list when it is not credits.

    ``Tekst: X; fot. Y`` gives two credits; ``Tekst i fot.: X`` gives one person two roles;
    ``Tekst: X\\nFot. Y`` (a <br> between them) gives two credits.
    ``abbreviations`` are the site's short names of organisations, expanded in the credits.
    """
    raw = " ".join(line.split())
    lines = _credit_lines(line)
    if not lines:
        return []
    credits: list[Credit] = []
    for position, text in enumerate(lines):
        if SIGNATURES_LINE.match(text) or SLASHED_SIGNATURES.match(text) or (position and bare_signature(text)):
            credits.extend(_signatures(text, raw))  # "(PAP)\ngn/": the agency, then the journalist's signature
            continue
        via = VIA_PLATFORM.search(text)
        if via and USERS_PLATFORM.match(via["platform"]) and not SENTENCE_AFTER_SOURCE.search(text[: via.start()]):
            # Wikimedia's attribution of a file: its author, licence and the site, which needs no role word
            licensed = licence_from_text(text)[0] and not starts_with_role(text)
            text = f"{'Fot. ' if licensed else ''}{text[: via.start()]} / {via['platform']}"
        attributed = COMMONS_ATTRIBUTION.match(text)
        if attributed and licence_from_text(attributed["licence"])[0]:
            # the author and the licence; the site only in its link, which names no organisation
            found = parse_credit_line(f"Fot. {attributed['author']}, {attributed['licence']}", abbreviations)
            credits.extend(replace(c, copyright_holder=attributed["author"] if attributed["copyright"] and c.person else c.copyright_holder, raw=raw)
                           for c in found)  # "© By Jan Lis - …": he holds the copyright he licenses
            continue
        changed = CHANGED_BY.match(text)
        if changed:  # a BIP page's register: "zmieniono 2023-06-23 10:33 przez Anna Lis"
            role = "editing" if changed["what"].lower() in ("zmieniono", "zmodyfikowano", "opublikowano") else "text"
            credits.extend(Credit(role, person=person_name(name), raw=raw) for name in _split_names(changed["who"], abbreviations)
                           if classify_name(name, abbreviations) == "person")
            continue
        periodical = PERIODICAL_LINE.match(text)
        if periodical:
            credits.append(Credit("source", organisation=periodical["title"], raw=raw))
            continue
        bracketed = ROLES_IN_BRACKETS.match(text) if "(" in text else None
        if bracketed:
            pairs = NAME_THEN_ROLE.findall(bracketed["pairs"])
            if (bracketed["byline"] or len(pairs) > 1) and all(classify_name(name, abbreviations) == "person" for name, _ in pairs):
                text = "; ".join(f"{role}: {name}" for name, role in pairs)
        named_first = ROLE_AFTER_NAME.match(text)
        named = _split_names(named_first["names"], abbreviations) if named_first else []
        if named_first and (all(classify_name(n, abbreviations) == "person" for n in named) or (
                len(named) == 1 and office_signature(named[0], abbreviations))):
            # "Jan Lis – tekst", "Gmina Lisewo - foto": the role after the name
            text = f"{named_first['role']}: {named_first['names']}"
        signed = LEADING_SIGNATURE.match(text)
        if signed:
            credits.append(Credit("text", person=signed["signature"] or signed["bracketed"], raw=raw))
            text = text[signed.end() :]
        for position, segment in enumerate(_segments(text)):
            if DATE_LINE.match(segment.strip()) or (position and PRINTING.match(segment.strip())):
                continue  # "• Data: 10-04-2024 • Autor: …": the page's date between credits; "Druk: …", "ISBN …" after them
            parsed = _parse_segment(segment, raw, abbreviations)
            beside = position == 0 and re.search(r"\s\|\s|/", text[len(segment) : len(segment) + 3])
            if parsed is None and beside and (_a_persons_name(segment.strip(), abbreviations) or SIGNATURE.match(segment.strip())
                                               or HANDLE_IN_MIXED_CASE.match(segment.strip())):
                # "Jan Lis | fot. nadesłane", "Jan Lis / info. lisewo.pl / fot. …", "dark/fot. Adam Lis", "RyK / opr. WM": the byline beside
                parsed = [Credit("text", person=person_name(segment.strip()), raw=raw)]
            if parsed is None and beside:
                parsed = office_signature(segment.strip(), abbreviations) or None  # "Referat Promocji UG Lisewo / fot. Jan Lis"
            if parsed is None and beside and CAPITALS_SIGNATURE.match(segment.strip()) and not _named_body(segment.strip(), abbreviations):
                parsed = [Credit("text", person=segment.strip(), raw=raw)]  # "ER/FOT. MATERIAŁY ORGANIZATORA": the journalist's initials
            if parsed is None:
                return []
            credits.extend(parsed)
    return list(dict.fromkeys(credits))  # "fot. Jan Lis fot. Ewa Kos fot. Jan Lis": one credit each


NAMED_BODY_LABELS = frozenset({"nazwa_organizacji", "nazwa_instytucji", "nazwa_firmy"})


def _named_body(capitals: str, abbreviations: Mapping[str, str]) -> bool:
    """ "KPP", "PAP", "UMT": an acronym the site, the agencies or the dictionary know as an institution's, not initials."""
    return capitals in abbreviations or capitals in NEWS_AGENCIES or any(
        r.labels & NAMED_BODY_LABELS and r.lemma == capitals for r in readings(capitals.lower()))


# Short words that end a text and are no one's signature: "cdn" (to be continued), "itd.", a file's type, a comment form's "guest".
NOT_SIGNATURES = frozenset({"cdn", "itd", "itp", "jw", "bdb", "lol", "guest", "pdf", "jpg", "png", "doc", "docx", "xls", "ppt", "zip"})


# The site's own account signing what it posts: "Admin", "Administrator".
CMS_USERS = frozenset({"admin", "administrator", "webmaster"})


def bare_signature(line: str) -> bool:
    """ "pd", "gn": a journalist's signature with no brackets, no word of Polish (nor "tak", "ok", "cdn"); "Admin", the site's account.
    The dictionary's abbreviations and acronyms are no words of prose: "ab" (Abdiasz), "ak" (AK), "ew" (Ewa)."""
    return line.lower() in CMS_USERS or (
        bool(SIGNATURE.match(line)) and "." not in line and line.lower() not in NOT_SIGNATURES
        and all(r.pos in ("ign", "brev") or (r.pos == "subst" and r.lemma[:1].isupper()) for r in readings(line)))


def _signatures(line: str, raw: str) -> list[Credit]:
    """ "(af)", "(mak), (OQL)", "ml", "(PAP)": each an author; "(lew/bsc)", "ma/ar": the author, then the editor;
    "(mag/PAP)", "(jk, PAP)": the author, then the agency."""
    credits = []
    for group in SIGNATURE_GROUP.findall(line) or [re.sub(r"^/(.+)/$", r"\1", line.strip())]:
        if USERS_PLATFORM.match(group):
            credits.append(Credit("source", organisation=group, raw=raw))  # "(Wikipedia)": where the text comes from
            continue
        if group in NEWS_AGENCIES or EDITORIAL_DESK.match(group):
            # "(PAP)": the agency wrote it (in lower case, "(ap)" is a journalist); "(red.)": the desk, not a person
            credits.append(Credit("text", organisation=group, raw=raw))
            continue
        author, *others = (part.strip() for part in re.split(r"[/,]", group))
        credits.append(Credit("text", person=author, raw=raw))
        # "(mag/PAP)", "(jk, PAP)": the journalist and the agency the text came through; "(lew/bsc)": the editor
        credits.extend(Credit("text", organisation=other, raw=raw) if other in NEWS_AGENCIES else Credit("editing", person=other, raw=raw)
                       for other in others if other)
    return credits


# "… trzeba zwiedzićŹródło: Hachette", "(druga od prawej)Fot. …": a capitalised role word glued to the caption;
# "… w kościele (foto F.Krystian)": in a bracket that closes the caption the role word needs no dot
CAPTION_CREDIT_START = re.compile(
    rf"(?:^|(?<=[\s,;/|–—(\[-])|(?<=[{_LOWER})\].])(?=(?-i:[{_UPPER}])))(?=(?:{_ANY_ROLE})(?:{_ROLE_JOINER}(?:{_ANY_ROLE}))*{_ROLE_END})"
    rf"|(?<=\()(?=(?:foto|fot|zdj)\s+(?-i:[{_UPPER}])[^()]*\)\s*$)"
    rf"|(?<=\s[–—-]\s)(?=(?:opracował[a]?|napisał[a]?|tekst|zdjęcia)\s+(?-i:[{_UPPER}]))"  # "Historia Lisewa - opracował Jan Lis"
    rf"|(?<=[.!?]\s)(?=(?-i:Autor(?:ka)?)\s*:\s*(?-i:[{_UPPER}]))",  # "… przy centrum. Autor: Jan Lis.": a byline after the last sentence
    re.IGNORECASE,
)
# Role words written short, whose dot is their own: "… Obiegowej. Fot. M. Lewiński".
SHORT_ROLE_WORD = re.compile(r"(?:^|\W)(?:fot|foto|zdj|oprac|opr|red|il|rys|graf|txt|[źżz]r|mat|inf)$", re.IGNORECASE)
CLOSING_BRACKETS = {")": "(", "]": "["}
CAPTION_KEPT_IN = re.compile(
    rf"(?<=[.!?])\s+{_PHOTO_WORD}\s+({_KEPT_IN}[^.!?]+)\.?$",
    re.IGNORECASE)
BARE_CAPTION_CREDIT = re.compile(rf"\s(?:Fot|Foto|fot|foto)\s+(?P<name>[{_UPPER}][{_LOWER}]+\s+[{_UPPER}][\w-]+)\s*$")
PRESS_AFTER_SENTENCE = re.compile(rf"(?<=[.!?])\s+((?:{_PRESS_MATERIALS})(?:\s+[^.!?]+)?\.?)$", re.IGNORECASE)
SOURCE_IN_BRACKETS = re.compile(rf"(?<=[.!?…”])\s*\(((?:{_PRESS_MATERIALS}|inf(?:ormacja|\.)?\s*prasowa\b)[^()]*|[A-Za-z]+(?:\s+Commons)?"
                                rf"|(?-i:[{_UPPER}]{{2,4}}(?:\s+(?:we?\s+)?[{_UPPER}][{_LOWER}-]+){{1,2}})|©[^()]+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:pl|eu|com|org|net|info))\)\.?$",
                                re.IGNORECASE)  # "… słowami „tak mi dopomóż Bóg”. (UG Lisewo)", "(© Jan Lis)"
PHOTOGRAPHER_WITH_AGENCY = re.compile(
    rf"[.!?]\s+(?P<person>[{_UPPER}][{_LOWER}]+\s+[{_UPPER}][\w-]+)\s*/\s*(?P<agency>[{_UPPER}][\w-]{{1,15}}|(?i:foto)\s+[{_UPPER}][\w-]{{1,15}})\s*$")
PHOTOGRAPHER_AND_MEDIUM = re.compile(r"\s/\s(?P<person>[^/]{5,40}?)\s/\s(?P<medium>[^/]{2,40}?)\s*$")
# A photo agency or stock library after a slash ends a caption: "Widok na Wisłę / Shutterstock".
# "Forum" and "Reporter" are words too, so their slash stands apart; a news agency after a slash may be the text's source.
STOCK_AFTER_SLASH = re.compile(
    r"/\s*(?P<agency>Shutterstock(?:\.com)?|Getty\s+Images|iStock(?:photo)?|Adobe\s+Stock|Depositphotos|123RF|Freepik"
    r"|Pixabay|Unsplash|Pexels|East\s+News)\s*$|(?:^|\s)/\s*(?P<word>Forum|Reporter)\s*$")
KEPT_AFTER_SLASH = re.compile(r"\s*/\s*((?:materiały|mat\.|archiwum|z\s+archiwum|ze\s+zbiorów|z\s+kolekcji)\s[^/]+)$", re.IGNORECASE)


def _signature_ending(text: str, abbreviations: Mapping[str, str]) -> re.Match | None:
    """The journalist's signature ending a text ("… do maja. (tos)", "… skończyła. RB"); not an office's short
    name ("… w ratuszu. UMT") nor the name after a role word written short ("opr. WM")."""
    signed = SIGNATURE_TAIL.search(text)
    if signed and (signed.group(0).strip(" ()") in abbreviations or SHORT_ROLE_WORD.search(text[: signed.start()].rstrip(". "))
                   or re.fullmatch(r"[IVXL]+", signed.group(0).strip())):
        return None  # "cz. II", "… w roku. IV": a Roman numeral
    return signed


COPYRIGHT_AFTER_CAPTION = re.compile(rf"(?<=\S)\s+(©\s*(?:(?:19|20)\d\d\s+)?[{_UPPER}][^©]{{2,80}})$")


# The full stop after a credited name, then a caption's sentence of three words or more: "Fot. Jan Lis. Występ zespołu w Lisewie."
CAPTION_RESUMES = re.compile(rf"(?<=[{_LOWER}]{{2}})\.\s+(?=[{_UPPER}][{_LOWER}]+(?:\s+\S+){{2,}})")


def split_caption_credit(text: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS, *,
                         under_image: bool = False) -> tuple[str, str | None, list[Credit]]:
    """Separate "Caption text, fot. Jan Nowak" into caption, credit text and its credits (the credit
    starting earliest that runs to the end: "Relacja. Tekst i fot.: Jan Nowak" credits both roles).
    A full name alone after the last sentence ("… Grudziądza. Piotr Lis") took the photo ``under_image``
    (a figure's caption) and signs the text in a paragraph."""
    text = " ".join(text.split())
    signed = _signature_ending(text, abbreviations)
    for match in CAPTION_CREDIT_START.finditer(text):
        tail = text[match.start() :].rstrip()
        prefixed = ROLE_PREFIX.match(tail)
        if prefixed and tail[len(prefixed["words"]) :].startswith(".") and not SHORT_ROLE_WORD.search(prefixed["words"]):
            continue  # "Zobacz zdjęcia. Galeria Sztuki", "… pokażemy zdjęcia. (K)": a sentence's last word, not a role
        tail = re.sub(r"([)\]])[\s.|]+$", r"\1", re.sub(r"\[\d{1,3}\]$", "", tail))  # "… (fot. Jan Nowak).", "(fot. X) |", "fot. X[1]"
        # "Opis (fot. Jan Nowak)", "Opis [fot. Jan Nowak]": the bracket the credit closes, not its own "(UMT)"
        while tail[-1:] in CLOSING_BRACKETS and tail.count(CLOSING_BRACKETS[tail[-1]]) < tail.count(tail[-1]):
            tail = tail[:-1].rstrip()
        resumed = CAPTION_RESUMES.search(tail, prefixed.start("rest") if prefixed else 0)
        resumed = resumed if resumed and not is_first_name(tail[resumed.end() :].split()[0]) else None  # a sentence, not the next name
        credited = parse_credit_line(tail[: resumed.start() + 1], abbreviations) if resumed else []
        if credited and all(c.person for c in credited) and not parse_credit_line(tail[resumed.end() :], abbreviations):
            # "… w bibliotece. Fot. M. Malec. Występ zespołu „Lisewianki”.": the credit of the photo above, then the next one's caption
            return f"{text[: match.start()].rstrip()} {tail[resumed.end() :]}", tail[: resumed.start() + 1], credited
        credits = parse_credit_line(tail, abbreviations)
        if credits:
            caption = text[: match.start()].rstrip(" ,;/|–—([-")
            stop = re.search(r"[)\]]\s*([.!?])$", text)
            if stop and text[: match.start()].rstrip().endswith(("(", "[")) and caption[-1:] not in ".!?…":
                caption += stop.group(1)  # "… w muzeum (zdj. Jan Lis).": the sentence keeps its full stop
            signed_caption = _signature_ending(caption, abbreviations)
            if signed_caption:  # "Nagrody wręczał wójt. (ak); foto: Jan Lis": the journalist's signature, then the photo's credit
                signature = signed_caption.group(0).strip()
                return caption[: signed_caption.start()].rstrip(), tail, [*_signatures(signature, signature), *credits]
            return caption, tail, credits
    notice = COPYRIGHT_AFTER_CAPTION.search(text)
    credits = parse_credit_line(notice.group(1), abbreviations) if notice else []
    if credits:  # "Jubileusz koła © Jan Lis": who holds the photo's copyright
        return text[: notice.start()].rstrip(" ,;/|–—-"), notice.group(1), credits
    via = VIA_PLATFORM.search(text)
    sentences = list(re.finditer(r"[.!?…]\s+(?=\S)", text[: via.start()])) if via else []
    if sentences:  # "Zamek w Golubiu. Jan Lis, CC BY-SA 4.0, via Wikimedia Commons": the file's attribution after the caption
        tail = text[sentences[-1].end() :]
        credits = parse_credit_line(tail, abbreviations)
        if credits:
            return text[: sentences[-1].start() + 1], tail, credits
    attribution = COMMONS_AFTER_CAPTION.search(text)
    credits = parse_credit_line(attribution.group(1), abbreviations) if attribution else []
    if credits:  # "Kościół w Lisewie. Autorstwa Jan Lis - Praca własna, CC BY-SA 4.0, Link": the file's attribution after the caption
        return text[: attribution.start()].rstrip(), attribution.group(1), credits
    press = PRESS_AFTER_SENTENCE.search(text)
    credits = parse_credit_line(press.group(1), abbreviations) if press else []
    if credits:  # "Wyspa Młyńska z bulwarami. mat. pr.": press materials credit the caption's photo
        return text[: press.start()], press.group(1), credits
    bracketed = SOURCE_IN_BRACKETS.search(text)
    if bracketed and text[: bracketed.start()].strip():
        # "… wyróżniono dwóch mieszkańców. (inf. prasowa)", "… w XIII w. (Wikipedia)": where the text comes from
        inside, tail = bracketed.group(1), bracketed.group(0).strip()
        credits = ([Credit("source", organisation=inside, raw=tail)] if USERS_PLATFORM.match(inside) or (DOMAIN.search(inside) and " " not in inside) else
                   [Credit("text", organisation=expand_organisation(inside, abbreviations), raw=tail)] if OFFICE_BY_ACRONYM.match(inside) or (
                       INSTITUTION_ACRONYM.fullmatch(inside)) else
                   parse_credit_line(inside, abbreviations))
        if credits:
            return text[: bracketed.start()].rstrip(), tail, credits
    agency = PHOTOGRAPHER_WITH_AGENCY.search(text)
    if agency and classify_name(agency["person"], abbreviations) == "person" and (
            agency["agency"] in abbreviations or CAPITALS_WORD.match(agency["agency"]) or PHOTO_AGENCY.match(agency["agency"])):
        # "… w Muzeum Etnograficznym. Andrzej Goiński/UMWKP": the photographer and his office, after the caption's last sentence
        tail = text[agency.start("person") :].strip()
        return text[: agency.start() + 1], tail, [Credit("photo", person=person_name(agency["person"]),
                                                         organisation=expand_organisation(agency["agency"], abbreviations), raw=tail)]
    slashed = PHOTOGRAPHER_AND_MEDIUM.search(text)
    if slashed and text[: slashed.start()].strip() and classify_name(slashed["person"], abbreviations) == "person" and (
            classify_name(slashed["medium"], abbreviations) == "organisation"):
        # "Urna wyborcza w Kielcach / Jarosław Kubalski / Radio Kielce": the photographer, then the medium
        tail = slashed.group(0).strip()
        return text[: slashed.start()].rstrip(), tail, [Credit("photo", person=person_name(slashed["person"]),
                                                               organisation=expand_organisation(slashed["medium"], abbreviations), raw=tail)]
    bare = BARE_CAPTION_CREDIT.search(text)
    if bare and text[: bare.start()].strip() and classify_name(bare["name"], abbreviations) == "person":
        # "Zaprzysiężona rada wraz z prezydent  Fot  Dominik Lis": the role word without its dot, a full name after it
        tail = bare.group(0).strip()
        return text[: bare.start()].rstrip(), tail, [Credit("photo", person=person_name(bare["name"]), raw=tail)]
    stock = STOCK_AFTER_SLASH.search(text)
    if stock:
        tail = stock.group(0).strip()
        return text[: stock.start()].rstrip(), tail, [Credit("photo", organisation=stock["agency"] or stock["word"], raw=tail)]
    kept = KEPT_AFTER_SLASH.search(text) or CAPTION_KEPT_IN.search(text)
    credits = parse_credit_line("fot. " + kept.group(1), abbreviations) if kept else []
    if credits and text[: kept.start()].strip():
        # "Koncert finałowy/Materiały filharmonii", "Na korcie w Inowrocławiu. Zdjęcie z archiwum Jana Lisa"
        tail = kept.group(0).strip()
        return text[: kept.start()].rstrip(), tail, [replace(c, raw=tail) for c in credits]
    if signed:  # "… do połowy przyszłego roku. (tos)": the journalist's signature ends the last sentence
        tail = signed.group(0).strip()
        return text[: signed.start()].rstrip(), tail, _signatures(tail, tail)
    shouted = CAPITALS_PHOTOGRAPHER.search(text)
    if shouted and classify_name(shouted.group(1), abbreviations) == "person" and text[: shouted.start()].strip():
        tail = shouted.group(0).strip()
        return text[: shouted.start()].rstrip(), tail, [Credit("photo", person=person_name(shouted.group(1)), raw=tail)]
    named = NAME_AFTER_CAPTION.search(text)
    if named and MIN_CAPTION_WORDS <= len(text[: named.start()].split()) and named.start() <= MAX_CREDIT_LENGTH and _sentence_ends(text[: named.start()]) and (
            _named_in_nominative(named["name"], abbreviations)) and not _role_label_after_a_name(text[: named.start()]):
        # "Pogrzeb byłego radnego Grudziądza. Piotr Lis", "Uczniowie długo będą wspominać ten dzień. Anna Kos": who took the
        # photo, or who wrote the text, after its last sentence (a caption's length: not a long paragraph's last words)
        role = "photo" if under_image else "text"
        return text[: named.start()].rstrip(), named["name"], [Credit(role, person=named["name"], raw=named["name"])]
    headline = NAME_AFTER_CAPTION_UNENDED.search(text)
    if headline and MIN_HEADLINE_WORDS <= len(text[: headline.start()].split()) and headline.start() <= MAX_CREDIT_LENGTH and (
            _written_in_nominative(headline["name"]) and _names_nothing_after(headline["word"]) and not prose_credits(text)):
        # "Kto pokieruje teatrem? Upłynął czas na zgłaszanie kandydatur Anna Lis": a teaser's byline after its unended
        # headline (not "W finale wystąpi Anna Lis": the name a verb governs, nor "uczennica Anna Lis": her role)
        role = "photo" if under_image else "text"
        return text[: headline.start()].rstrip(), headline["name"], [Credit(role, person=headline["name"], raw=headline["name"])]
    return text, None, []


# A full name right after a caption's or headline's last word, with no full stop between them.
NAME_AFTER_CAPTION_UNENDED = re.compile(
    rf"(?<=\S)\s(?P<word>[{_LOWER}][{_LOWER}\d-]*)\s+(?P<name>[{_UPPER}][{_LOWER}]+\s+[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)$")
MIN_HEADLINE_WORDS = 5
NOUN_LIKE = frozenset({"subst", "adj", "ger", "num", "depr"})


def _names_nothing_after(word: str) -> bool:
    """A noun or adjective that cannot govern or describe the name after it: no verb, preposition, conjunction, courtesy
    word, relative, role or credit's role ("korekta Anna Lis")."""
    found = readings(word)
    return bool(found) and all(r.pos in NOUN_LIKE for r in found) and not (
        starts_with_role(word) or of_someone_else(word) or word in HONORIFICS or ROLE_WORDS_ONLY.fullmatch(word))


def _written_in_nominative(name: str) -> bool:
    """ "Anna Lis", not "Bożeny Ciesielskiej": the name as written is already its nominative."""
    found = people_in_text(name)
    return len(found) == 1 and found[0].name == name


def _role_label_after_a_name(text: str) -> bool:
    """ "Okładka Jan Lis Zdjęcia": a credit's label without its colon after the previous credit's name, not a headline's
    "ZDJĘCIA" or "zobacz zdjęcia"."""
    words = text.split()
    return len(words) > 1 and words[-1].istitle() and words[-1].lower() in ("zdjęcia", "wideo") and words[-2].istitle()


def _sentence_ends(text: str) -> bool:
    """The text ends a sentence, not an abbreviation's dot ("ks.", "im.", "aut.") nor a list's number ("2.")."""
    last = text.split()[-1] if text.split() else ""
    word = last.rstrip(".!?")
    return last[-1:] in "!?”\"" or (len(word) > 3 and not (word.isdigit() and len(word) < 4) and not NAME_TITLES.match(last + " X"))


# --- A byline of names alone: "Jan Nowak", "Anna Lis, Jan Kos", "2022-01-15, 20:05 Jan Nowak/Redakcja" ---

MAX_BYLINE_PEOPLE = 3
CLOSING = re.compile(r"^(?:(?:pozdrawiam(?:y)?\s+)?z\s+(?:wyrazami\s+szacunku|poważaniem|(?:serdecznymi\s+)?pozdrowieniami|(?:kapłańskim\s+)?błogosławieństwem"
                     r"|modlitwą)|(?:serdecznie\s+)?pozdrawiam(?:y)?|łączę\s+wyrazy\s+szacunku|szczęść\s+boże)\b[\s,.!]*$", re.IGNORECASE)
BY_WHOM = re.compile(r"^(?:\d{4}-\d{2}-\d{2}(?:,?\s+\d{1,2}:\d{2})?\s+)?(?:(?:dodan[eya]|napisan[eya]|opublikowan[eya]|przesłan[eya])\s+)?przez\s+", re.IGNORECASE)  # "2018-05-07 12:25 przez Anna Lis"
CAPITALS_SIGNATURE = re.compile(rf"^[{_UPPER}]{{2,4}}$")  # "… po zabawie.\nRB": the journalist's initials on a line of their own
OFFICE_BY_ACRONYM = re.compile(rf"^[{_UPPER}]{{2,4}}(?:\s+(?:we?\s+)?[{_UPPER}][{_LOWER}-]+){{1,2}}$")  # "UG Lisewo", "UM w Golczewie"
# Lines under a byline that name nobody: a view counter, a link to write to the author, contacts, the page's own
# furniture ("Data dodania:", "Kategoria: Kultura", "Komentarze (0)", "image_printDrukuj", "Galeria zdjęć", "przeczytanie zajmie
# 7 min", a file's name "Plakat_Piknik2024").
NO_NAME_LINE = re.compile(
    r"^(?:\d+|\d+\s+(?:minut\w*|min\.?)(?:\s+czytania)?|(?:zdjęcie\s*:?\s*)?\d+\s+z\s+\d+|(?:\S+\.(?:jpe?g|png|gif|webp)\s*)+"
    rf"|{_MONTHS}\s*[-–]\s*{_MONTHS}\s+\d{{4}}(?:\s*r\.)?|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|napisz\s+do\s+autora.*|średnia\s+ocena\b.*"
    r"|ocen[aiy]?\s*:.*|zobacz\s+(?:wszystkie\s+)?(?:posty|artykuły|wpisy)(?:\s+autora)?|(?:tel|fax|e-?mail)\b.*"
    r"|idź\s+do\s+oryginalnego\s+materiału|czytaj\s+(?:więcej|dalej|też|także|całość)|przejdź\s+do\s+(?:artykułu|źródła)"
    r"|(?:read\s+)?(?:previous|next)(?:\s+(?:post|article))?|(?:poprzedni|następny|kolejny)\s+(?:wpis|artykuł|post)|\.{3}|…"  # a theme's links between posts
    r"|[<«‹]\s*(?:poprzedni|poprzednia|wstecz)(?:\s+(?:następny|następna|dalej)\s*[>»›])?|(?:następny|następna|dalej)\s*[>»›]"  # "< Poprzedni Następny >"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|data\s+(?:dodania|publikacji|modyfikacji|aktualizacji|wprowadzenia|emisji)\b.*|(?:kategori[ae]|nazwa\s+audycji)\s*:.*"
    r"|komentarz[ey]?\s*(?:\(\d+\))?|(?:brak|\d+)\s+komentarz\w*|(?:najnowsze|ostatnie)\s+komentarze|(?:pliki\s+)?do\s+pobrania\s*:?|załącznik[i]?\s*:?|\(?\d{1,2}:\d{2}(?::\d{2})?\s*min\.?\)?|(?:(?:liczba|ilość)\s+)?(?:odsłon|wyświetle|odczyt)\w*\s*:\s*\d[\d\s.]*|(?:-+>|«|<+)?\s*(?:wstecz|powrót|wróć)(?:\s+do\s+(?:\w+\s+){0,3}\w+)?\s*»?|(?:image_print)?drukuj|galeria(?:\s+zd\w+)?(?:\s*:?\s*\d+\s+zdj\w*)?|przeczytanie\s+zajmie\s+\d+\s*min\.?|\w+_\w+"
    r"|(?:poprawion[ya]|zmodyfikowan[ya]|zaktualizowan[ya]|aktualizacja|ostatnia\s+aktualizacja|last\s+(?:modified|updated)|published|posted(?:\s+on)?)\s*[:(].*"
    r"|wszystkie\s+(?:treści|materiały|teksty)\b.*\bchronion\w*\b.*"  # "Wszystkie treści są chronione …"
    r"|.*\bbez\s+(?:pisemnej\s+)?zgody\b.*\b(?:zabronione|praw\s+autorskich|prawa\s+autorskiego)\b.*)$", re.IGNORECASE)  # "Kopiowanie … bez zgody autora …"
# The page's last line, a label with nothing after it or the heading of a gallery or list cut off below it:
# "Wprowadził:", "Fotorelacja z pikniku:".
HEADING_OF_WHAT_FOLLOWS = re.compile(r"^(?:\S+\s+){0,5}\S+\s*:$")
INVITATION = re.compile(r"^(?:zapraszam(?:y)?|więcej\s+zdjęć|powrót\s+(?:na\s+górę|do\s+góry)|co\s+(?:sądzisz|myślisz)|fotogaleria$|tagi\s*:)",
                        re.IGNORECASE)


def page_furniture(line: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> bool:
    """ "zdjęcie 1 z 8", "kwiecień - lipiec 2007 r.", "Więcej zdjęć w Galerii.", "www.lisewo.pl", "Opublikowano:
    01.08.2025 | Odsłon: 87": a line of the page around the text (a date, a counter, a link, a word to the reader),
    no sentence of it and no credit."""
    parts = [part.strip() for part in re.split(r"\s+\|\s+", line)]
    return all(_page_date(part, abbreviations) or _page_date(part.strip("()[]"), abbreviations) or NO_NAME_LINE.match(part) or _to_the_reader(part) or WEB_ADDRESS.fullmatch(part)
               or PAGE_TOOLS.match(part) or (len(parts) > 1 and PAGE_LABEL.match(part)) for part in parts)


def _to_the_reader(line: str) -> bool:
    """ "Dodaj komentarz", "ZAPRASZAMY DO FOTOGALERII:", "Więcej zdjęć w Galerii.", "Powrót na górę strony", "Co sądzisz
    na ten temat?": the page speaks to its reader (an imperative, an invitation, a link), a short line that names nobody."""
    words = line.split()
    if not 1 <= len(words) <= 6:
        return False
    first = [r.pos for r in readings(words[0].lower().strip(":,."))]
    # "Zobacz galerię", "Dodaj komentarz": a link; "Posłuchaj rozmowy w naszym serwisie.": a sentence of the text
    a_sentence = line.rstrip().endswith(".") and len(words) > 3
    return bool(INVITATION.match(line)) or (bool(first) and all(pos == "impt" for pos in first) and not a_sentence)


OFFICIAL_SIGNATURE = re.compile(r"\s*(?:/-/|\(-\))\s*")  # "/-/ Jan Lis", "(-) Jan Lis": a signed document's copy
EDITORIAL_DESK = re.compile(r"^(?:redakcja|red\.?)$", re.IGNORECASE)
EDITOR_SIGNATURE = re.compile(r",?\s*\(([a-ząćęłńóśźż]{2,5})\)\s*$")  # "Anna Lis, (kg)": the editor's signature after the author


PHOTO_AGENCY = re.compile(r"^(?:foto|fot\.|photo)", re.IGNORECASE)


def _section(part: str) -> bool:
    """ "Aktualności", "Sport": a theme's section named beside the byline, one common noun."""
    return re.fullmatch(rf"[{_UPPER}][{_LOWER}]+", part) is not None and not ROLE_WORDS_ONLY.fullmatch(part) and all(
        r.pos == "subst" and r.lemma[:1].islower() for r in readings(part.lower())) and bool(readings(part.lower()))


def _with_a_verb(line: str) -> bool:
    """A sentence, not a name: a verb among its lower-case words ("… rozpoczęło dziesiąty rok działalności")."""
    return any(r.pos in ("fin", "praet") for word in line.split()[1:] if word.islower() for r in readings(word.strip(".,;:")))


def _title_in_capitals(line: str) -> bool:
    """ "POCZET BURMISTRZÓW LISEWA", "PROMESA": a headline in capitals; "UMWP" and "OSP" are names' short forms."""
    return line.isupper() and (len(line.split()) > 1 or (
        len(line) >= 6 and any(r.pos in ("subst", "adj") and r.lemma[:1].islower() for r in readings(line.lower()))))  # not "OSP" (ospa), "MOPS"


RELIGIOUS_ORDER = re.compile(r"(?<=\w)\s+(?:SchP|OFM(?:Conv|Cap)?|SJ|OP|SDB|SVD|CSsR|OCD|OSB|OMI|SAC|SChr|OSPPE|MIC|CMF|SDS)\.?$")


def _leads_an_organisation(line: str) -> bool:
    """ "Biblioteka Publiczna w Lisewie", "Gminna Biblioteka Publiczna …", "Miejski Ośrodek Kultury": an institution's
    name, its noun first or after an adjective or two."""
    words = line.split()
    return any(ORGANISATION_START.match(" ".join(words[k:])) and all(any(r.pos == "adj" and "nom" in r.cases for r in readings(w.lower())) for w in words[:k])
               for k in range(min(3, len(words))))


PRESS_OFFICER = re.compile(r"^(?:(?:p\.\s*o\.\s*)?rzeczni(?:k|czka)|oficer)\s+prasow\w+\s", re.IGNORECASE)


def _workplace_in_post(line: str, abbreviations: Mapping[str, str]) -> str | None:
    """ "oficer prasowy KMP w Lisewie" → "KMP w Lisewie": the office a press officer speaks for, written short after
    the post ("Dyrektor ZSP nr 1", "Poseł na Sejm RP": what one heads or sits in, no workplace signing)."""
    words = line.split()
    if not PRESS_OFFICER.match(line):
        return None
    for k in range(1, min(4, len(words))):
        rest = " ".join(words[k:])
        if ACRONYM.match(words[k]) and words[k] not in NEWS_AGENCIES and classify_name(rest, abbreviations) == "organisation":
            return expand_organisation(rest, abbreviations)
    return None


def _stamps_apart(part: str, abbreviations: Mapping[str, str]) -> list[str]:
    """ "Publikacja: 23.10.2018 g.13:17 Aktualizacja: 23.10.2018 g.13:28 Jan Lis": the page's dates, then the name
    after them, as parts of their own."""
    stamps, rest = [], part
    while (stamped := LEADING_STAMP.match(rest)) and stamped.end() and len(stamps) < MAX_PEELED:
        stamps.append(rest[: stamped.end()].strip(" ,|/–-"))
        rest = rest[stamped.end() :].strip()
    return [*stamps, rest] if stamps and rest and _a_persons_name(rest, abbreviations) else [part]


def _a_stamp_only(part: str) -> bool:
    stamped = LEADING_STAMP.match(part + " ")
    return bool(stamped) and stamped.end() > len(part)


def byline_credits(text: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> list[Credit]:
    """The authors a line of names alone signs, with the page's dates around them dropped; what follows
    a slash is where they work. Empty unless every name is a person's ("Jan Nowak", "J. Nowak")."""
    if len(text) > MAX_CREDIT_LENGTH * 2:
        return []
    raw = " ".join(text.split())
    parts = [" ".join(p.split()) for line in text.splitlines() for p in re.split(r"\s+\|\s+", re.sub(r"^/(?!-/)\s*(?=[^/]*$)", "", line.strip(" |•·"))) if p.strip()]
    parts = [_written_once(part) for i, part in enumerate(parts) if i == 0 or part != parts[i - 1]]  # an author box: the name in its image and its caption
    parts = [apart for part in parts for apart in _stamps_apart(part, abbreviations)]
    in_rows = {" ".join(p.split()) for line in text.splitlines() if " | " in line for p in line.split(" | ")}  # "Drukuj | Wyślij znajomym | …"
    names_part = [p for p in parts if not (_page_date(p, abbreviations) or PAGE_METADATA.search(p) or CLOSING.match(p) or NO_NAME_LINE.match(p)
                                           or PAGE_TOOLS.match(p) or (p in in_rows and _to_the_reader(p)) or _a_stamp_only(p))]  # "Drukuj | Wyślij znajomym | …"
    if len(names_part) == 2 and len(parts) > 2 and re.fullmatch(rf"[{_UPPER}][{_LOWER}]+", names_part[1]) and not is_first_name(names_part[1]):
        names_part = names_part[:1]  # "Kamil Lis | Fakty | 4 marca 2014 18:40": the theme's section between the byline and its date
    workplace = None
    if 2 <= len(names_part) <= MAX_SIGNER_LINES and not any(CREDIT_LABEL.match(p) for p in names_part[1:]) and _a_persons_name(NAME_TITLES.sub("", OFFICIAL_SIGNATURE.sub(" ", names_part[0]).strip().rstrip(",")), abbreviations):
        # "Jan Lis\nRzecznik Prasowy", "Jan Lis\nTowarzystwo Naukowe Płockie", "Jan Lis\noficer prasowy\nKMP w Lisewie":
        # a statement signed with the signer's function, workplace or both; "Jan Lis\nKomendant Miejski\nPaństwowej Straży
        # Pożarnej\nw Lisewie", "Jan Lis\nPoseł na Sejm RP\nWiceminister Finansów": a post or two written over several lines
        under = names_part[1:]
        def workplace_first(lines: list[str]) -> bool:  # not a headline in capitals ("POCZET BURMISTRZÓW LISEWA")
            return bool(lines) and bool(_leads_an_organisation(lines[0]) or ACRONYM.match(lines[0])) and (
                classify_name(lines[0], abbreviations) == "organisation") and not _title_in_capitals(lines[0]) and not (
                _with_a_verb(lines[0]))  # "Stowarzyszenie Kobiet Wiejskich rozpoczęło dziesiąty rok": the text's first sentence

        post_of = _workplace_in_post(under[0], abbreviations) if len(under) == 1 else None
        if post_of:  # "Jan Lis\nrzecznik prasowy KM PSP w Lisewie": the post, then where he holds it, on one line
            workplace, under = post_of, []
        elif starts_with_role(under[0]):
            under = under[1:] if workplace_first(under[1:]) or not all(_post_continues(line) for line in under[1:]) else []
        if workplace_first(under):
            workplace, under = under[0], under[1:]
        if under and all(_title_in_capitals(line) for line in under):
            under = []  # "Jan Lis\nPOCZET BURMISTRZÓW LISEWA", "Jan Lis\nPROMESA": the author above his text's title
        if not under:
            names_part = names_part[:1]
    if len(names_part) != 1 or len(names_part[0]) > MAX_CREDIT_LENGTH // 2:
        return []
    by_whom = BY_WHOM.match(names_part[0])
    line = names_part[0][by_whom.end() if by_whom else 0 :].strip(" -–")  # "Dodane przez Jan Lis -", "… | przez Ewa Kos"
    line = RELIGIOUS_ORDER.sub("", line)  # "o. Piotr Lis SchP": the order he belongs to
    line = PUPILS_CLASS.sub("", line).rstrip("*")  # "Iga Lis, klasa 1e": her class; "Jan Lis*": a footnote's mark
    line = line[:-1] if len(names_part) < len(parts) and line.endswith(",") else line  # "Anna Lis,\nwychowawczyni": her post below
    signed = [_signers_name(part.strip(), abbreviations) for part in OFFICIAL_SIGNATURE.split(line)] if OFFICIAL_SIGNATURE.search(line) else None
    line = ", ".join(part for part in signed if part) if signed else EMAIL.sub("", line)  # "/-/ Zofia Lis /-/ Anna Kos": signed documents
    wrapped = re.fullmatch(r"\((.+)\)|\[(.+)\]|/([^/]+)/", line)
    line = next(group for group in wrapped.groups() if group).strip() if wrapped else line  # "(Joanna Lis/ew)", "[Anna Lis]", "/Anna Lis/"
    if (len(parts) > 1 or by_whom) and line.lower() not in NOT_SIGNATURES and (SIGNATURE.match(line) or CAPITAL_INITIALS.match(line) or line.lower() in CMS_USERS):
        return [Credit("text", person=line, raw=raw)]  # "27.11.2014 03:00 | 3 komentarze | żet": a signature among the page's metadata
    if len(parts) == 1 and line not in abbreviations and line not in NEWS_AGENCIES and line.lower() not in NOT_SIGNATURES and (
            CAPITALS_SIGNATURE.match(line) or CAPITAL_INITIALS.match(line.rstrip(".") + ".")):
        return [Credit("text", person=re.sub(r"\.+$", ".", line), raw=raw)]  # "RB", "J. M.." alone
    stamped = LEADING_STAMP.match(line) or TRAILING_DATE.search(line)
    line = (line[stamped.end() :] if stamped.start() == 0 else line[: stamped.start()]).strip() if stamped else line
    edited = EDITOR_SIGNATURE.search(line)
    editors = [Credit("editing", person=edited.group(1), raw=raw)] if edited else []
    line = line[: edited.start()] if edited else line
    first, *after = (part.strip() for part in _split_on_slashes(MARKS_IN_NAMES.sub("", line)))
    if SIGNATURE.match(first) and "." not in first and len(after) == 1 and classify_name(after[0], abbreviations) == "organisation" and not (
            EDITORIAL_DESK.match(after[0])):
        # "erka/OSP Więckowice": the journalist's signature, then where she works
        return [Credit("text", person=first, organisation=expand_organisation(after[0], abbreviations), raw=raw), *editors]
    # "Ewa Kos/Redakcja": the desk signs beside her; "Joanna Lis/ew": the editor's signature
    desk = [Credit("text", organisation=part, raw=raw) for part in after if EDITORIAL_DESK.match(part)]
    editors += [Credit("editing", person=part, raw=raw) for part in after if SIGNATURE.match(part)]
    after = [part for part in after if not (EDITORIAL_DESK.match(part) or SIGNATURE.match(part))]
    if EDITORIAL_DESK.match(first) and after and all(DOMAIN.search(part) for part in after):
        # "Redakcja/Gdynia.pl": the desk of the site that published it
        return [Credit("text", organisation=first, raw=raw), *(Credit("text", organisation=part, raw=raw) for part in after)]
    # "Karolina Lis Dziennikarka": the signer's post after her name, on the same line
    names = [with_post[0] if (with_post := _person_and_office(name, abbreviations)) and with_post[1] is None else name
             for name in _split_names(first, abbreviations)]
    if not 1 <= len(names) <= MAX_BYLINE_PEOPLE + bool(stamped):  # a dated byline may name a fourth author
        return []
    if len(names) == 2 and not after and _a_persons_name(names[1], abbreviations) and _periodical(names[0], abbreviations):
        # "Wiadomości Krajeńskie, Robert Środecki": the paper, then its journalist
        return [Credit("text", person=person_name(names[1]), organisation=names[0], raw=raw), *desk, *editors]
    if not all(_a_persons_name(name, abbreviations) for name in names):
        # "Redakcja 14:09, 31.12.2025", "Urząd Gminy Lisewo wt., 4 listopada 2025 07:00", "Gazeta Lokalna\n25/06/2019
        # 13:00": an office's byline, known by the time of publishing beside it
        timed = any(re.search(r"\d{1,2}:\d{2}", part) for part in [stamped.group() if stamped else "", *parts] if part != names_part[0])
        proper = all(w[:1].isupper() or len(w) <= 2 for w in names[0].split())  # "Urząd Gminy Lisewo", not "Urząd zaprasza"
        office = ORGANISATION_START.match(names[0]) or DOMAIN.search(names[0]) or (desk and classify_name(names[0], abbreviations))
        short = OFFICE_BY_ACRONYM.match(names[0])  # "UG Lisewo", "SP Rudak": an office that signs with no time beside it
        if (timed or short) and len(names) == 1 and not after and (proper or DOMAIN.search(names[0])) and (office or short):
            issued = expand_organisation(names[0], abbreviations)
            signers = [replace(editor, role="text") for editor in editors if SIGNATURE.match(editor.person or "")]
            if signers and not desk:  # "(KWP w Opolu / pz)": the office the news came from, and the journalist who wrote it
                return [Credit("source", organisation=issued, raw=raw), *signers]
            return [Credit("text", organisation=issued, raw=raw), *desk]
        return []
    # "Ks. Adam Lis – proboszcz": his function; "Anna Lis – Dyrektor GOK Lisewo": the office his function names by its acronym
    offices = [_office_in_function(part) for part in after if starts_with_role(part)]
    after = [part for part in after if not starts_with_role(part)]
    organisations = [n for part in after for n in _split_names(part, abbreviations)] + [o for o in offices if o and not workplace]
    if any(classify_name(o, abbreviations) != "organisation" for o in organisations):
        return []
    organisations += [workplace] if workplace else []
    organisation = expand_organisation(organisations[0], abbreviations) if len(organisations) == 1 else None
    role = "photo" if organisation and PHOTO_AGENCY.match(organisation) else "text"  # "Anna Lis /Foto Gość": a photo agency's photographer
    return [*(Credit(role, person=person_name(name), organisation=organisation, raw=raw) for name in names), *desk, *editors]


PERIODICAL_WORDS = frozenset({"wiadomości", "gazeta", "kurier", "tygodnik", "dziennik", "głos", "echo", "express", "ekspres", "nowości",
                              "informator", "biuletyn", "magazyn", "przegląd", "wieści", "kronika", "goniec", "nowiny", "radio"})


MAX_SIGNER_LINES = 5  # the name, then a post written over up to four lines


def _post_continues(line: str) -> bool:
    """ "Państwowej Straży Pożarnej", "w Lisewie", "Wiceminister Finansów": a line that goes on with the post above it."""
    return len(line) <= MAX_CREDIT_LENGTH // 2 and (starts_with_role(line) or bool(re.match(rf"(?:w|we|na|i|oraz|ds\.)\s+\S|[{_UPPER}]", line)))


def _periodical(name: str, abbreviations: Mapping[str, str]) -> bool:
    """ "Wiadomości Krajeńskie", "Gazeta Lisewska", "Radio Lisewo": a periodical or a broadcaster, by its first word."""
    words = name.split()
    return 2 <= len(words) <= 4 and words[0].lower() in PERIODICAL_WORDS and all(w[:1].isupper() for w in words)


def _office_in_function(function: str) -> str | None:
    """ "Dyrektor GOK Końskowola" → "GOK Końskowola": the office a function names by its short name."""
    words = function.split()
    start = next((i for i, word in enumerate(words) if i and CAPITALS_WORD.match(word) and len(word) >= 2), None)
    return " ".join(words[start:]) if start is not None else None


def _signers_name(signed: str, abbreviations: Mapping[str, str]) -> str:
    """ "/-/ Wójt Jan Lis": who signed a document, after his function."""
    signed = EMAIL.sub("", signed).strip(" ,")
    words = signed.split()
    if starts_with_role(signed):
        for size in (3, 2):  # "… Gminy Jan Maria Lis": a second first name
            if len(words) > size and _a_persons_name(" ".join(words[-size:]), abbreviations):
                return " ".join(words[-size:])
    return signed


SENTENCE_END = re.compile(r"[.!?…”\")]$")


# "„Polska – to taka kraina …”", "…o godności człowieka.„": a quotation whole, or a fragment of one (the closing mark mistyped)
QUOTATION = re.compile(r"^(?:[„\"«“]|…|\.\.\.).*[”\"»“„][.!?…]?$", re.DOTALL)


def _quotation_above(lines: list[str], at: int) -> bool:
    """The paragraph right above line ``at`` is a quotation, whole ("„Polska – to taka kraina,\nktóra się w sercu
    zaczyna.”") or a fragment of one: the name under it is who said it."""
    end = at
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and lines[start - 1].strip():
        start -= 1
    return is_quotation("\n".join(lines[start:end]))


def is_quotation(paragraph: str) -> bool:
    """ "„Dzieci rodzą się ze skrzydłami. …”": a paragraph that quotes someone, whose name may stand under it."""
    quoted = paragraph.strip()
    return bool(QUOTATION.match(quoted)) and len(quoted.split()) >= 4  # a sentence, not a title ("“World”\nWritten by …")


def ends_a_text(line: str) -> bool:
    """ "… za współpracę.", "Z poważaniem": the last sentence or a closing formula, under which an office may sign."""
    return bool(SENTENCE_END.search(line) or CLOSING.match(line))


# The offices and desks that sign what they issue, named in the nominative: "Urząd Miejski w Lisewie",
# "Zakład Karny w Lisewie", "Redakcja Kuriera Lisewskiego", "Zespół redakcyjny".
SIGNING_OFFICE = re.compile(
    r"^(?:urząd|biuro|wydział|zakład|uniwersytet|towarzystwo|redakcja|starostwo|stowarzyszenie|fundacja|komenda|kancelaria"
    r"|referat|departament|ośrodek|centrum|muzeum|biblioteka|szkoła|przedszkole|sekretariat|parafia|zarząd|dyrekcja|zespół|samorząd|gmina|powiat|sołectwo|gminny|miejski|powiatowy"
    r"|dom|klub|koło|galeria|świetlica)"  # "Dom Kultury w Łapach", "Klub Seniora", "Koło Gospodyń Wiejskich"
    r"(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w.-]*|[a-ząćęłńóśźż]{1,12}\.?|\d+|im\.)){1,11}$|^redakcja$|^dyrekcja$", re.IGNORECASE)
# "Referat Gospodarki Komunalnej i Ochrony Środowiska Urzędu Miasta i Gminy Stary Bór": an office's full name, twelve words
MAX_OFFICE_WORDS = 12


DATED_SIGNATURE = re.compile(rf",\s*\d{{1,2}}(?:\s+{_MONTHS}\s+|\.\d{{1,2}}\.)\d{{4}}(?:\s*r\.?)?\s*$", re.IGNORECASE)


def office_signature(line: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> list[Credit]:
    """ "Urząd Gminy w Lisewie", "Dyrekcja szkoły", "Sekretarz Gminy" alone under a text: the office, or
    the post, that issued it, as its author."""
    line = line.strip()
    if EDITORIAL_DESK.match(line):
        return [Credit("text", organisation=line, raw=line)]  # "… w sobotę.\nred": the desk signs it, in whatever case
    line = DATED_SIGNATURE.sub("", line).rstrip(".")  # "Zamojski Dom Kultury, 2 grudnia 2023 r.": the office, and when it signed
    words = line.split()
    if "\n" in line or not line[:1].isupper() or len(words) > MAX_OFFICE_WORDS or _with_a_verb(line):
        return []  # "Redakcja portalu nie ponosi odpowiedzialności …": a sentence, no signature
    named = _leads_an_organisation(line) and not ORGANISATION_START.match(line) and all(  # "Miejski Ośrodek Kultury w Lisewie"
        w[:1].isupper() or w in ("w", "we", "i", "im.", "nr") for w in words)
    office = named or SIGNING_OFFICE.match(line) and (len(words) == 1 or words[1][:1].isupper() or words[1].lower() in ("pw.", "p.w.", "pod", "im.") or (
        words[0].lower() in ("dyrekcja", "zarząd", "zespół") and len(words) <= 3))  # "Dyrekcja szkoły", "Zespół redakcyjny"
    post = len(words) >= 2 and starts_with_role(line) and all(w[:1].isupper() or w in ("w", "we", "i", "ds.") for w in words[1:]) and not any(
        is_first_name(w) for w in words[1:]) and not roles_of(words[0])  # "Wójt Gminy Lisewo", not "Radny Jan Lis" nor "Autor NN"
    return [Credit("text", organisation=expand_organisation(line, abbreviations), raw=line)] if office or post else []


POST_THEN_NAME = re.compile(r"^(?P<post>[^–—-]{3,120}?)\s*[–—-]\s+(?P<name>\S+(?:\s+\S+){1,2})$")


def post_then_signer(line: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> list[Credit]:
    """ "Dyrektor PSP nr 1 w Lisewie – Ewa Sowa" under a text: the signer after her function, which names her office
    by its short name."""
    line = " ".join(line.split()).rstrip(".")
    signed = POST_THEN_NAME.match(line)
    if not signed:  # "Burmistrz Andrzej Lipiński", "Dyrektor Szkoły Jan Lis": the function, then the name, no dash between
        words = line.split()
        yours = bool(words) and words[0].lower() in YOUR
        words = words[1:] if yours else words  # "Wasz Proboszcz Ks. Jan Lis": the parish's own priest
        while len(words) > 3 and PRIESTS_TITLE.fullmatch(words[0]):
            words = words[1:]  # "ks. proboszcz Jan Lis": the title before the function
        name = " ".join(words[-2:])
        post = words[:-2]
        while post and PRIESTS_TITLE.fullmatch(post[-1]):
            post.pop()  # "proboszcz ks. Jan Lis": the title between the function and the name
        if not post and yours and _named_in_nominative(name, abbreviations):
            return [Credit("text", person=person_name(name), raw=line)]  # "Wasz Ks. Jan Lis": the priest signs his letter
        office_words = all(w[:1].isupper() or w in ("w", "we", "ds.", "nr") or w.isdigit() for w in post) or len(post) == 1
        if any(":" in w for w in post) or any(w.endswith(",") for w in post[:-1]):
            return []  # "Organizatorzy: Anna Lis, Ewa Kos, Jan Wrona": a list under its label, not a post and its signer
        if not (post and len(words) <= 8 and office_words and starts_with_role(" ".join(post)) and _named_in_nominative(name, abbreviations)):
            return []
        return [Credit("text", person=person_name(name), raw=line)]
    if not starts_with_role(signed["post"]) or not _named_in_nominative(signed["name"], abbreviations):
        return []
    office = _office_in_function(signed["post"])
    return [Credit("text", person=person_name(signed["name"]), organisation=office and expand_organisation(office, abbreviations), raw=line)]


YOUR = frozenset({"wasz", "wasza", "wasi"})
PRIESTS_TITLE = re.compile(r"(?i:ks\.?|o\.|bp|abp|kan\.|prał\.|kanonik|prałat|infułat|dh\.?|druh)")
# "Ks. Jan Lis, proboszcz", "ks. Jan Lis MS, proboszcz", "Jan Lis, wójt": the signer, then his post after a comma
SIGNER_THEN_POST = re.compile(r"^(?P<name>[^,]{3,60}?)(?:\s+[A-Z]{2,4})?,\s+(?P<post>[^,]{3,80})$")


def signer_then_post(line: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> list[Credit]:
    """ "Ks. Witold Lis, proboszcz" under wishes: the signer, then his function (a priest's order after his name dropped)."""
    signed = SIGNER_THEN_POST.match(" ".join(line.split()).rstrip("."))
    if not signed or not starts_with_role(signed["post"]) or len(signed["post"].split()) > 6:
        return []
    name = NAME_TITLES.sub("", signed["name"]).strip()
    return [Credit("text", person=person_name(name), raw=line)] if _named_in_nominative(name, abbreviations) else []


def _named_in_nominative(name: str, abbreviations: Mapping[str, str]) -> bool:
    """ "Tomasz Milewski", "M. Łuczak": a person's name, its first name in the nominative ("Kazimierza Mała" is a town)."""
    first = name.split()[0] if name.split() else ""
    return _a_persons_name(name, abbreviations) and (bool(re.fullmatch(rf"[{_UPPER}]\.", first)) or any(
        "nom" in r.cases and "imię" in r.labels for r in readings(first)))


def _page_date(line: str, abbreviations: Mapping[str, str]) -> bool:
    """A date the page prints ("Lisewo, 3 maja 2020", "12.05.2024 10:00"); "Jan Lis, 3 maja 2020" is a byline with its date."""
    # "Opublikowano: 23.10.2018, 13:28 Jan Lis": the date, then who posted it
    return bool(DATE_LINE.match(line)) and not _a_persons_name(line.split(",")[0], abbreviations) and len(_stamps_apart(line, abbreviations)) == 1


def _a_persons_name(name: str, abbreviations: Mapping[str, str]) -> bool:
    """A first name the dictionary knows or an initial, then a surname: nothing else passes for a byline
    (a first name alone is a comment's author or a list of name days: "Emilii, Iwony, Leontyny"), or the two
    the other way round, as a register writes them ("Widomski Tadeusz")."""
    if len(name.split()) < 2:
        return False
    name = person_name(name)
    first = name.split()[0]
    return classify_name(name, abbreviations) == "person" and (
        bool(re.fullmatch(rf"[{_UPPER}][{_LOWER}]?\.", first)) or is_first_name(first) or _unknown_first_name(name))  # "Sz. Lis" too


def _unknown_first_name(name: str) -> bool:
    """ "Marita Cwojdzińska": a woman's first name the dictionary lacks, before a surname it knows."""
    words = name.split()
    if len(words) != 2 or not re.fullmatch(rf"[{_UPPER}][{_LOWER}]{{2,}}a", words[0]):
        return False
    return is_surname(words[1]) and all(r.pos == "ign" for r in readings(words[0]))


# --- Credits in prose: "Zimowe widoki w obiektywie Jana Nowaka", "Autorem zdjęć jest Jan Nowak" --------

# The phrase, then the people it credits, in whichever case it puts them; PROSE_BEFORE is the one
# phrase whose person stands before it ("Jan Nowak przekazał nam zdjęcia").
_NAMES_AFTER = [
    (("photo",), r"\b(?:fotoreportażu|zdjęciach|fotografiach|obiektywie)\s+utrwali(?:ł[aoy]?|li)|\bw\s+obiektywie|\bokiem\s+(?:fotoreporter(?:a|ki)|fotograf(?:a|ki))?|\b(?:foto)?relacj[aęi]\s+(?:zdjęciow|fotograficzn)\w*"
              r"|\bfotorelacj[aęi]|\bfotoreportaż(?:u|em)?|\b(?:zdjęci[ae]|fotografi[eę])\s+(?:wykonał[a]?|zrobił[a]?)|\b(?:zdjęcia|fotografie)\s+dzięki\s+uprzejmości|\b(?:zdjęci[ae]|fotografi[ae])\s+(?:udostępnion[ey]|przekazan[ey]|nadesłan[ey])\s+przez|\b(?:zdj[eę]cia|fotografie)\s+(?:wykonane|zrobione)\s+(?:\S+\s+){0,4}?przez|\b(?:zdjęci[ae]|zdjęć|fotografi[aei]|fot(?:k[aię]|ek))\s+autorstwa|\bzdjęcia\s+(?:(?!przez\b)\w+\s+){0,3}?(?:nadesłał[a]?|przekazał[a]?)"
              rf"|\bautor(?:em|ką|ami|kami)\s+(?:\w+\s+)?(?:{_PHOTOS}|fotografii|fotoreportażu|fotorelacji)\s+(?:jest|są|był[aoy]?|byli)"),
    (("graphics",), r"\bautor(?:em|ką|ami|kami)\s+(?:grafik|ilustracj|rysunk|projektu\s+okładki)\w*\s+(?:jest|są|był[aoy]?|byli)"),
    (("video",), r"\bautor(?:em|ką|ami|kami)\s+(?:filmu|nagrania|materiału\s+wideo)\s+(?:jest|są|był[aoy]?|byli)"),
    (("editing",), r"\bpod\s+redakcją(?:\s+naukową)?|\bopracowan[aey]\s+przez"),  # "… pod redakcją Anny Lis", "Kronika opracowana przez …"
    # an interview's byline: "Z Janem Kosem rozmawia Anna Lis", "Rozmawiała: Anna Lis"
    (("text", "photo"), rf"\bautor(?:em|ką|ami|kami)\s+tekstu\s+i\s+(?:{_PHOTOS}|fotografii)\s+(?:jest|są|był[aoy]?|byli)"),  # "Autorem tekstu i zdjęć jest …"
    (("text",), r"\bautor(?:em|ką|ami|kami)\s+tekstu\s+(?:jest|są|był[aoy]?|byli)|(?:^|\s)z\s+(?:(?!któr)[^.!?]|\b(?:inż|mgr|dr|prof|hab|ks|red|im|św)\.)*?\brozmawia(?:ł|ła|li|ły)?\b"
             r"|^(?:rozmowa|relacja|wywiad)(?=\s+\S+\s+\S+\.?$)"
             r"|^protokół\s+(?:spisał[a]?|sporządził[a]?|sporządzili)|(?:^|(?<=[.!?]\s))(?:materiał|tekst|artykuł|relacj[aęe])(?:\s+(?!przez\b)\w+){0,3}?\s+(?:(?:przygotowan|opracowan)[aey]\s+przez|przygotował[a]?|opracował[a]?)"
             r"|\brozmawia(?:ł|ła|li|ły)(?=\s*:)|\brozmawia(?:ł|ła|li|ły)\s+z\s+(?:nim|nią|nimi)\b"  # "Rozmawiał z nim Jan Lis."
             r"|(?:^|(?<=[.!?]\s))(?-i:R)ozmawia(?:ł|ła|li|ły)(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])\S*\s+\S+\.?$)"  # "… wójt gminy. Rozmawiała Ewa Kos"
             # "… o filmie, rozmawiał Jan Lis.", "… niedosycie - rozmawiają Jan Lis i Anna Kos": a teaser's interviewers
             r"|(?<=[,–—-])\s*rozmawia(?:ł|ła|li|ły|ją)(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])\S*\s+\S+(?:\s+i\s+\S+\s+\S+)?\.?$)"
             # "Relacja MARII GIEDZ z pielgrzymki", "reportaż Michała Lisa": a work, then its author's name
             r"|\b(?:relacj[aęi]|reportaż|felieton|materiał|komentarz)(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))"),
]
PROSE_AFTER = [(roles, re.compile(rf"(?:{phrase})\s*[:–—-]?\s*", re.IGNORECASE)) for roles, phrase in _NAMES_AFTER]
COURTESY = re.compile(r"^(?:pan(?:a|u|em|i|ią)?|państw(?:o|a)|p\.)\s+", re.IGNORECASE)  # "dzięki uprzejmości Pana Jana Lisa", "P. Jana Lisa"
PROSE_BEFORE = re.compile(rf"\s+(?:przekazał[a]?|przesłał[a]?|udostępnił[a]?|nadesłał[a]?)\s+(?:nam\s+)?(?:\w+\s+)?(?:{_PHOTOS}|zdjęcie|fotografi[eęi]|fotografię)\b", re.IGNORECASE)
THANKS_FOR_PHOTOS = re.compile(r"\s+za\s+(?:zdjęcia|zdjęcie|fotografie|fotorelację|fotoreportaż)\s*[.!]?$", re.IGNORECASE)
MAX_PROSE_CREDITS = 4
# A social-media post embedded in the page: "Opublikowany przez Gmina Lisewo Wtorek, 20 października 2020".
EMBEDDED_POST = re.compile(
    rf"^opublikowan[ya]\s+przez\s+(?P<who>.+?)\s+{_WEEKDAYS},?"
    rf"\s+\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}$", re.IGNORECASE)


def embedded_post_credits(line: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> list[Credit]:
    """ "Opublikowany przez Gmina Lisewo Wtorek, 20 października 2020": the publisher of a social-media
    post embedded in the page, as its source."""
    post = EMBEDDED_POST.match(" ".join(line.split()))
    what = classify_name(post["who"], abbreviations) if post else None
    if not what:
        return []
    named = {"person": person_name(post["who"])} if what == "person" else {"organisation": expand_organisation(post["who"], abbreviations)}
    return [Credit("source", raw=post.group(), **named)]


SENTENCE_END_NOT_INITIAL = re.compile(rf"(?<!(?<!\w)[{_UPPER}p])(?<!\bks)(?<!\bdr)(?<!\bmgr)(?<!\binż)(?<!\bprof)(?<!\bdh)[.!?;](?:\s|$)")  # "… autorstwa A. Lisa.", "wykonała p. Anna Lis": an initial's or a title's dot goes on


def prose_credits(text: str) -> list[Credit]:
    """The people a sentence credits in words rather than with a credit line: "w obiektywie Jana
    Nowaka", "relacja zdjęciowa Anny Lis", "Autorem zdjęć jest Jan Nowak", "Jan Nowak przekazał nam
    zdjęcia", "Z Janem Kosem rozmawia Anna Lis". The sentence itself stays in the text."""
    text = " ".join(text.split())
    if len(text) > MAX_CREDIT_LENGTH * 2:
        return []
    raw = text
    for roles, phrase in PROSE_AFTER:
        for match in phrase.finditer(text):
            after = text[match.end() :]
            people = people_in_text(SENTENCE_END_NOT_INITIAL.split(after, maxsplit=1)[0])
            if not people:
                continue
            named = NAME_TITLES.sub("", COURTESY.sub("", after.lstrip(' "„'))).lower()
            post = people[0].role if people[0].role and named.startswith(f"{people[0].role.lower()}, ") else None
            named = named[len(post) + 2 :] if post else named  # "… przygotował rzecznik KP PSP w Lisewie, Jan Lis": he, in his post
            if named.startswith(people[0].forms[0].split()[0].lower()):
                office = _office_in_function(post) if post else None
                return [Credit(role, person=p.name, organisation=office if p is people[0] else None, raw=raw)
                        for p in people[:MAX_PROSE_CREDITS] for role in roles]
    thanked = THANKS_FOR_PHOTOS.search(text)
    if thanked:  # "Dziękuję koleżance Leokadii Skowronek za zdjęcia", "… Mirosławowi Stempie za fotorelację."
        people = people_in_text(text[: thanked.start()])
        if people and text[: thanked.start()].rstrip().endswith(people[-1].forms[-1]):
            return [Credit("photo", person=people[-1].name, raw=raw)]
    before = PROSE_BEFORE.search(text)
    if before:
        sentence = re.split(r"(?<=[.!?])\s+", text[: before.start()])[-1]
        people = people_in_text(sentence)
        if len(people) == 1 and sentence.rstrip().endswith(people[0].forms[-1]):
            return [Credit("photo", person=people[0].name, raw=raw)]
    return []


def credits_at_end(text: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> tuple[str, list[Credit]]:
    """The credits a block of text (lines split by "\n") ends with, and the text before them: the
    whole block, its last lines, or the end of its last line ("Tramwaj na Obiegowej. Fot. M. Lewiński");
    with a dated byline the block starts with ("2019-05-03, 17:19 Autor: Jan Lis" above the headline)."""
    lines = GLUED_DATE.sub("\n", GLUED_PHOTO_CREDIT.sub("\n", GLUED_TO_SENTENCE.sub(" ", text))).splitlines()
    top = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if top < len(lines) - 1 and LEADING_STAMP.match(lines[top].strip()) and not parse_credit_line(text, abbreviations):
        leading = parse_credit_line(lines[top], abbreviations) or byline_credits(lines[top], abbreviations)
        if leading:
            before, found = _credits_ending(lines[top + 1 :], abbreviations)
            return _without_closing(before) if found else before, _once_each([*leading, *found])
    before, found = _credits_ending(lines, abbreviations)
    before = _without_closing(_without_signers_post(before, found)) if found else before
    last_sentence = next((line for line in reversed(before.splitlines()) if line.strip()), "") if found else ""
    if last_sentence and not any(c.raw == " ".join(last_sentence.split()) for c in found):
        # "Materiał przygotował Jan Lis.\n\nred.: ak", "Zobaczcie fotorelację Piotra Wrony.\n\nMarek Lis": a credit
        # in prose above the credit lines or the signature (the sentence stays in the text)
        found = [*prose_credits(last_sentence), *found]
    return before, _once_each(_the_author_named(_photographer_under_byline(text, found, abbreviations)))


def _photographer_under_byline(text: str, found: list[Credit], abbreviations: Mapping[str, str]) -> list[Credit]:
    """ "Headline\n(aga)\nCaption of the main photo. Anna Kos": a news page's headline, its author's byline, then the
    caption of its photo, which ends in the photographer's name; the byline is the text's, the name the photo's."""
    filled = [line.strip() for line in text.splitlines() if line.strip()]
    named = found[-1].person if found and found[-1].role == "text" else None
    caption = filled[-1][: -len(named)].rstrip() if named and filled[-1].endswith(named) else ""
    if len(filled) < 3 or len(caption.split()) < 4 or not re.search(r"[.!?]$", caption):
        return found  # "ks. Jan Lis": a title, no caption
    byline = parse_credit_line(filled[-2], abbreviations) if SIGNATURES_LINE.match(filled[-2]) else byline_credits(filled[-2], abbreviations)
    if not byline or any(c.role != "text" for c in byline):
        return found
    return [*byline, *found[:-1], replace(found[-1], role="photo")]


AUTHORITY = re.compile(r"^(?:z\s+)?(?:up\.|upoważnienia)\s+\S+", re.IGNORECASE)  # "z up. Wójta": signed by authority of


def _without_signers_post(text: str, found: list[Credit]) -> str:
    """ "… na okres 7 dni.\nWójt Gminy Lisewo\n/-/ Jan Lis", "… obwieszczenia.\nz up. Wójta\nAnna Kos\nZastępca Wójta": the
    post or the authority a signed document's signer writes above the name is the signature's, not the text's."""
    lines = text.rstrip().splitlines()
    filled = [line.strip() for line in lines if line.strip()]
    if len(filled) < 2 or not any(c.role == "text" and c.person for c in found) or not ends_a_text(filled[-2]):
        return text
    last = filled[-1]
    if AUTHORITY.match(last) or (_a_function(last) and names_a_post(last)):
        return "\n".join(lines[:-1]).rstrip()
    return text


BLESSING = re.compile(r"^szczęść\s+boże", re.IGNORECASE)


def _without_closing(text: str) -> str:
    """ "… o cierpliwość.\n\nZ poważaniem": the closing formula above the signature is the signature's, not the text's."""
    lines = text.rstrip().splitlines()
    last = lines[-1].strip() if lines else ""
    # "Szczęść Boże!": a blessing the text ends with, not a letter's closing formula
    return "\n".join(lines[:-1]).rstrip() if len(lines) > 1 and CLOSING.match(last) and not BLESSING.match(last) else text


THE_AUTHOR = frozenset({"autor", "autorka"})


def _the_author_named(credits: list[Credit]) -> list[Credit]:
    """ "Jan Lis\nzdj. autor": the photos are the byline's author's, whom the credit names by his role."""
    authors = {c.person for c in credits if c.role == "text" and c.person and c.person.lower() not in THE_AUTHOR}
    return [replace(c, person=next(iter(authors)) if len(authors) == 1 else None) if (c.person or "").lower() in THE_AUTHOR
            else c for c in credits]


def _once_each(credits: list[Credit]) -> list[Credit]:
    """ "Autor: Jan Lis\nRadio Plus\nJan Lis": a page that prints its byline twice credits its author once."""
    once, seen = [], set()
    for credit in credits:
        if replace(credit, raw="") not in seen:
            seen.add(replace(credit, raw=""))
            once.append(credit)
    return once


MAX_PEELED = 3  # a licence or a date under the credits, at most this deep: never a recursion a page can grow
MAX_CREDIT_RUN_LINES = 24  # the most lines (blank ones too) a text's closing credits take: never more tries, whatever a page holds


def _credits_ending(lines: list[str], abbreviations: Mapping[str, str], peeled: int = 0) -> tuple[str, list[Credit]]:
    whole = parse_credit_line("\n".join(lines), abbreviations)
    if whole:
        return "", whole
    licensed = len(lines)
    while licensed > 0 and (not lines[licensed - 1].strip() or _licence_words_only(lines[licensed - 1])):
        licensed -= 1
    if peeled < MAX_PEELED and 0 < licensed < len(lines) and licence_from_text(" ".join(lines[licensed:]))[0]:
        # "Fot. Jan Lis\nLicencja: CC BY 4.0": the licence of the credits above it
        before, found = _credits_ending(lines[:licensed], abbreviations, peeled + 1)
        licence, licence_url = licence_from_text(" ".join(lines[licensed:]))
        if found:
            return before, [c if c.license else replace(c, license=licence, license_url=licence_url) for c in found]
    content = len(lines)
    while content > 0 and (not lines[content - 1].strip() or page_furniture(lines[content - 1].strip(), abbreviations)
                           or (content == len(lines) and HEADING_OF_WHAT_FOLLOWS.match(lines[content - 1].strip()))):
        content -= 1  # "zdjęcie 1 z 8", "kwiecień - lipiec 2007 r.", "Więcej zdjęć w Galerii.", "www.lisewo.pl": a gallery's counter, a period, a link
    if peeled < MAX_PEELED and 0 < content < len(lines) and lines[-1].strip():
        # "… do gmin. (jaz)\n\nData: 08.08.2012": the page's date under the text, then nothing; read what is above it
        before, found = _credits_ending(lines[:content], abbreviations, peeled + 1)
        if found:
            return before, found
    officials = _officials_signing(lines, abbreviations)
    if officials:  # "Z wyrazami szacunku\nStarosta Jan Lis    Wójt Anna Kos": the officials who sign the wishes
        return "\n".join(lines[: officials[0]]).rstrip(), officials[1]
    text = "\n".join(lines)
    # credits are short: only the lines that fit in one credit paragraph are tried, and text above them is kept
    tail, length = len(lines), 0
    while tail > len(lines) - MAX_CREDIT_RUN_LINES and tail > 0 and length + len(lines[tail - 1]) + 1 <= MAX_PARAGRAPH_LENGTH:
        length += len(lines[tail - 1]) + 1
        tail -= 1
    for start in range(max(1, tail), len(lines)):  # the longest run of last lines that is credits
        first_line = next((line for line in lines[start:] if line.strip()), "")
        above = next((line for line in reversed(lines[:start]) if line.strip()), "")
        if starts_with_role(first_line.strip()) and not CREDIT_LABEL.match(first_line.strip()) and above and byline_credits(above, abbreviations):
            continue  # "Ewa Lis\nRedaktor naczelny\nKurier Lisewski": the signer's post, not a credit line
        if _quotation_above(lines, start) and not starts_with_role(first_line.strip()):
            continue  # "„Biblioteka jest instytucją…”\nJan Paweł II": who said it, not who wrote the page
        found = parse_credit_line("\n".join(lines[start:]), abbreviations)
        if found:
            signature = _signature_paragraph_above(lines, start, abbreviations) or _signer_with_post_above(lines, start, abbreviations)
            if signature:  # "Marta Lis\n\nŹródło: Gazeta Lisewska": the article's signature, then its credits
                return "\n".join(lines[: signature[0]]).rstrip(), [*signature[1], *found]
            above_line = lines[start - 1].strip()
            if OFFICE_BY_ACRONYM.match(above_line) and (start == 1 or not lines[start - 2].strip()):
                # "UM Płock\nfot. Jan Lis": the office signs the text, a paragraph of its own above the credit lines
                return "\n".join(lines[: start - 1]).rstrip(), [Credit("text", organisation=expand_organisation(above_line, abbreviations),
                                                                      raw=above_line), *found]
            own_byline = byline_credits(above_line, abbreviations) if any(c.person == person_name(above_line) for c in found) else []
            if own_byline:  # "Katarzyna Hołuj\nFot. Katarzyna Hołuj": her byline above her photo credit, not whom the photo shows
                return "\n".join(lines[: start - 1]).rstrip(), [*own_byline, *found]
            before = "\n".join(lines[:start])
            signed = _signature_ending(before.rstrip(), abbreviations)
            if signed:  # "… ponad 80 tys. zł. (rwi)\n\nRysunek: …": the journalist's signature ends the text above its credits
                tail = signed.group(0).strip()
                return before.rstrip()[: signed.start()].rstrip(), [*_signatures(tail, tail), *found]
            above_lines = before.rstrip().splitlines()
            caption, _, captioned = split_caption_credit(above_lines[-1], abbreviations) if above_lines else ("", None, [])
            if captioned and caption:  # "Husarze na rynku. Fot. Jan Lis\n\nFoto: UM Lisewo": the caption's own credit above
                return "\n".join([*above_lines[:-1], caption]), [*captioned, *found]
            return before, found
    caption, _, found = split_caption_credit(lines[-1] if lines else "", abbreviations)
    credited, captions, above = len(lines) - 1, [caption], []
    while found and credited > 0 and lines[credited - 1].strip():
        # "Tekst: Anna Lis\n- Otwarcie wystawy, fot. A. Lis": whole credit lines right above the caption's;
        # "Jan Lis [fot. Ewa Kos]\nAnna Wrona [fot. Piotr Lis]": a caption of its own credited on each line
        whole = parse_credit_line(lines[credited - 1], abbreviations)
        own_caption, _, own = ("", None, []) if whole else split_caption_credit(lines[credited - 1], abbreviations)
        if not (whole or own):
            break
        credited -= 1
        above[:0] = whole or own
        if own:
            captions.insert(0, own_caption)
    if credited < len(lines) - 1:
        return "\n".join([*lines[:credited], *captions]), [*above, *found]
    if found and all(c.role == "editing" for c in found):
        author = byline_credits(caption, abbreviations)
        if author:  # "Piotr Wrona (oprac. WK)": the author, then who edited the text
            return "\n".join(lines[:-1]), [*author, *found]
    if found:
        return "\n".join([*lines[:-1], caption]), found
    posted = embedded_post_credits(lines[-1], abbreviations) if lines else []
    if posted:
        return "\n".join(lines[:-1]), posted
    listed = _signers_listed(lines, abbreviations)
    if listed:  # "Gratulujemy uczestnikom.\n\nAnna Lis\nEwa Kos": the teachers who wrote it sign one under another
        return "\n".join(lines[: listed[0]]).rstrip(), listed[1]
    # a signature of names alone, unless the line above is names too (a list) or announces it ("Laureat:")
    signed = [line for line in lines if line.strip() and not _page_date(line.strip(), abbreviations)]
    # the signer's function or workplace may stand on the line under the name ("Jan Lis\nRzecznik Prasowy")
    # ("Jan Lis\nRzecznik Prasowy\nUrząd Gminy Lisewo")
    first = next((len(signed) - size for size in range(MAX_SIGNER_LINES, 1, -1)  # the closing formula above stays the text's
                  if len(signed) >= size and not CLOSING.match(signed[-size].strip()) and byline_credits("\n".join(signed[-size:]), abbreviations)),
                 len(signed) - 1)
    if first >= 0 and not (first > 0 and (signed[first - 1].rstrip().endswith(":") or byline_credits(signed[first - 1], abbreviations))) and (
            not _quotation_above(lines, lines.index(signed[first]))):
        at = lines.index(signed[first])
        found = byline_credits("\n".join(lines[at:]), abbreviations)  # with the dates under it
        label = lines[at - 1].strip() if found and at > 0 else ""
        if label and ROLE_WORDS_ONLY.fullmatch(label) and roles_of(label.rstrip(":.")):
            # "Opr.\nJan Lis\nGOPS Lisewo": the role its label gives, on the line above the signature
            return "\n".join(lines[: at - 1]).rstrip(), [replace(c, role=role) for role in roles_of(label.rstrip(":.")) for c in found]
        if found:
            # "Fot. Anna Kos\nJan Lis": credit lines above the signature
            above = _whole_credits("\n".join(lines[:at]), abbreviations)
            if above:
                return "", [*above, *found]
            credited = _credit_lines_ending(lines[:at], abbreviations)
            if credited:  # "Dzień Śląski w szkole\nzdjęcia: Damian Lis\nEwa Kos": the caption, its credit, then the byline
                return "\n".join(lines[: credited[0]]).rstrip(), [*credited[1], *found]
            if first > 0 and first == len(signed) - 1 and lines[at - 1].strip():
                # "Premiera monografii w Muzeum\nTomasz Walczak / BAM": right under a caption (not a paragraph of its own,
                # a byline's), the photographer and his agency
                found = photographer_under_caption(signed[first], lines[at - 1], abbreviations) or found
            return "\n".join(lines[: _signers_post_above(lines, at)]).rstrip(), found
    filled = [line.strip() for line in lines if line.strip()]
    above_last = "\n".join(lines[: max((i for i, line in enumerate(lines) if line.strip()), default=0)]).rstrip()
    if len(filled) > 1 and SENTENCE_END.search(filled[-2]) and DOTTED_INITIALS.match(filled[-1]) and filled[-1].islower():
        return above_last, [Credit("text", person=filled[-1], raw=filled[-1])]  # "… wypito kawę.\n\nm.n.": dotted initials
    between = re.fullmatch(r"/\s*([^/\s]+)\s*/", filled[-1]) if filled else None  # "/AK/", "/PSiejka/"
    signed = between.group(1) if between else filled[-1].rstrip("/ ") if filled else ""
    slashed = filled and filled[-1].endswith("/") and (
        (SIGNATURE.match(signed) and "." not in signed and signed.lower() not in NOT_SIGNATURES)
        or (between and (CAPITALS_SIGNATURE.match(signed) or INITIAL_GLUED_TO_SURNAME.match(signed))))
    if filled and (len(filled) == 1 or SENTENCE_END.search(filled[-2])) and (slashed or (len(filled) > 1 and bare_signature(signed))):
        # "… w sali narad urzędu.\npd", "mp/", "/AK/": the journalist's signature on a line of its own (the slash is the editor's mark)
        return above_last, [Credit("text", person=signed, raw=filled[-1])]
    # an office alone where a text ends, after its last sentence or a closing formula, or the whole of what is left
    signs = filled and (len(filled) == 1 or ends_a_text(filled[-2]) or EDITORIAL_DESK.match(filled[-1]) or (
        filled[-1].split()[0].lower() in YOUR))  # "Wasz Proboszcz Ks. Jan Lis": a letter's signature, whatever stands above
    office = (office_signature(filled[-1], abbreviations) or (
        post_then_signer(filled[-1], abbreviations) or signer_then_post(filled[-1], abbreviations) if len(filled) > 1 else [])) if signs else []
    if office:  # "… za współpracę.\n\nUrząd Miejski w Lisewie": the office that issued the text signs it
        return above_last, office
    broken = _office_over_two_lines(lines, abbreviations)
    if broken:
        return broken
    in_prose = prose_credits(lines[-1]) if lines else []
    if in_prose and len(lines) > 1:
        # "Autorka edycji: Anna Lis\nRelacja Jana Kosa.": credit lines above the credit in prose
        above = _whole_credits("\n".join(lines[:-1]), abbreviations)
        if above:
            return lines[-1], [*above, *in_prose]
    if not in_prose and len(filled) > 1:
        leading = credit_above_caption(filled, abbreviations)
        if leading:  # "Fot. Jan Lis\nRynek nocą.": the credit stands above the caption it credits
            return "\n".join(filled[1:]), leading
    return text, in_prose


def _office_over_two_lines(lines: list[str], abbreviations: Mapping[str, str]) -> tuple[str, list[Credit]] | None:
    """ "… za współpracę.\n\nBiuro Prasowe\nUrzędu Gminy Lisewo": the office signing the text, its name broken
    over the last two lines of a paragraph of their own."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2 or filled[-2] != filled[-1] - 1 or (len(filled) > 2 and (filled[-3] == filled[-2] - 1 or not ends_a_text(lines[filled[-3]]))):
        return None
    first, second = lines[filled[-2]].strip(), lines[filled[-1]].strip()
    if re.search(r"[.,;:!?]$", first) or not second[:1].isupper() or not _genitive_only(second.split()[0].lower()):
        return None  # "Wydział Promocji\nUrząd Gminy Lisewo": two names, the second no continuation of the first
    office = office_signature(f"{first} {second}", abbreviations)
    return ("\n".join(lines[: filled[-2]]).rstrip(), office) if office else None


MAX_CAPTION_UNDER_CREDIT = 240


def _signers_post_above(lines: list[str], at: int) -> int:
    """Where the signature starting at line ``at`` starts with the signer's post above the name, under the
    text's last sentence ("… za pomoc.\n\nStarosta Lisewski\n\nJan Lis"): that line, or ``at``."""
    filled = [i for i in range(at) if lines[i].strip()]
    if len(filled) < 2:
        return at
    for start in (len(filled) - 2, len(filled) - 1):  # "Przewodniczący Komisji\nRady Miasta Lisewa": a post over two lines
        if start < 1 or (start == len(filled) - 2 and filled[start + 1] != filled[start] + 1):
            continue
        post, above = " ".join(lines[i].strip() for i in filled[start:]), lines[filled[start - 1]].strip()
        if _a_function(post) and names_a_post(post) and ends_a_text(above):
            return filled[start]
    return at


MAX_SIGNERS = 4


def _signers_listed(lines: list[str], abbreviations: Mapping[str, str]) -> tuple[int, list[Credit]] | None:
    """Where two to four lines of a person's name alone end a text after its last sentence, and their credits; a list
    announced by a colon ("Skład komisji:") names no authors."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    # the last lines without their titles, from the bottom up: "ks. Jan Lis\nks. Adam Kos", a parish's priests
    untitled = [NAME_TITLES.sub("", lines[i].strip().removesuffix(",")) for i in reversed(filled[-(MAX_SIGNERS + 1) :])]  # "Jan Lis,\nAnna Kos"
    count = 0
    while count < len(untitled) and _a_persons_name(untitled[count], abbreviations):
        count += 1
    if not 2 <= count <= MAX_SIGNERS or count == len(filled) or _quotation_above(lines, filled[-count]):
        return None  # names alone, with nothing above them, may be the tail of a list whose heading is out of sight
    # "ks. prałat Jan Lis\nproboszcz katedry\n\nks. Adam Kos\nks. Ewa Sowa": the first signer with his post above them
    ended = ends_a_text(lines[filled[-1 - count]].strip())
    first = None if ended else _signer_with_post_above(lines, filled[-count], abbreviations)
    if first is None and not ended:
        return None
    names = list(dict.fromkeys(person_name(" ".join(name.split())) for name in reversed(untitled[:count])))
    if len(names) < 2:
        return None  # "Jan Lis\nJan Lis": an author box, the name in its image's text and in its caption
    return (first[0] if first else filled[-count]), [*(first[1] if first else []), *(Credit("text", person=name, raw=name) for name in names)]


# Where wishes or a letter are signed by officials: a heading of whom the wishes come from, or a word between signers.
GREETERS_HEADING = re.compile(r"\b(?:życz[ąy]|życze\w*|składają|udzielają|przesyłają)\b", re.IGNORECASE)
BETWEEN_SIGNERS = re.compile(r"^(?:oraz|i|a\s+także)$", re.IGNORECASE)
MAX_SIGNING_LINES = 8


CREDIT_LABEL = re.compile(rf"(?:{_LINE_ROLE})\s*:", re.IGNORECASE)  # "Autor zdjęć:": a credit's label, though "autor" names a function too


def _officials_signing(lines: list[str], abbreviations: Mapping[str, str]) -> tuple[int, list[Credit]] | None:
    """Where two to four officials sign under a text, each with a post ("Wójt Gminy Lisewo\nmgr inż. Jan Lis\n
    Przewodniczący Rady Gminy\nAnna Kos", "Starosta Jan Lis      Wójt Anna Kos", "Jan Lis Wójt Gminy Lisewo Anna Kos
    Przewodnicząca Rady Gminy Lisewo"), and their credits: below the text's last sentence, a closing formula or a
    heading that gives wishes ("Życzą", "Życzenia składają:"); a list announced by a colon ("Zarząd:") names no authors."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for first in range(max(0, len(filled) - MAX_SIGNING_LINES), len(filled)):
        above = lines[filled[first - 1]].strip() if first else ""
        if above and not (ends_a_text(above) or GREETERS_HEADING.search(above)):
            continue
        block = [lines[i].strip() for i in filled[first:]]
        if any(len(line) > MAX_CREDIT_LENGTH for line in block):
            continue  # a paragraph of text among them: no signatures
        rows = [re.split(r"\s{3,}", line) for line in block]
        if any(len(cells) == 1 and _listed_with_post(cells[0]) for cells in rows):
            continue  # "Prezes – Jan Lis\nSkarbnik – Anna Kos": a board listed with its posts, not signatures side by side
        if any(CREDIT_LABEL.match(line) for line in block):
            continue  # "Autor tekstu: Anna Lis\n\nAutor zdjęć: Ewa Kos": credit lines, whose labels are no posts
        signers = _signers_with_posts([cell for cells in rows for cell in cells], abbreviations)
        if signers:
            return filled[first], [Credit("text", person=name, raw=name) for name in signers]
    return None


def _listed_with_post(cell: str) -> bool:
    """ "Prezes – Jan Lis", "Jan Lis – skarbnik": a member of a board listed with a post, where a signature would write
    "Jan Lis - Starosta Lisewski" (the office's title capitalised after the name)."""
    parts = re.split(r"\s[–—-]\s", cell, maxsplit=1)
    return len(parts) == 2 and not (parts[1][:1].isupper() and starts_with_role(parts[1]) and not starts_with_role(parts[0]))


def _signer_at(words: list[str], at: int, size: int, abbreviations: Mapping[str, str]) -> bool:
    """A person's name of ``size`` words starts at ``at``, in the nominative ("PIOTR DRĄŻEK" too), its first name first
    ("Starosta Andrzej" is no "Andrzej Starosta"), two first names before the surname in three words."""
    chosen = words[at : at + size]
    if len(chosen) < size or "\n" in chosen or "," in chosen:
        return False
    name = person_name(" ".join(chosen))
    return name.split()[0].lower() == chosen[0].lower() and _named_in_nominative(name, abbreviations) and (
        size == 2 or is_first_name(name.split()[1]))


def _signers_with_posts(cells: list[str], abbreviations: Mapping[str, str]) -> list[str]:
    """The names in ``cells`` when every other word of them is a post beside a name (or a title, or "oraz"), at least
    two names, each next to a post of its own; none otherwise."""
    words = [word for cell in cells for word in [*OFFICIAL_SIGNATURE.sub(" ", cell).replace(",", " , ").split(), "\n"]]
    names: list[str] = []
    pieces: list[list[str]] = [[]]  # the words between names, where the posts stand
    at = 0
    while at < len(words):
        size = next((size for size in (3, 2) if _signer_at(words, at, size, abbreviations)), 0)  # "Józef Bogdan Lis": two first names
        if size:
            names.append(person_name(" ".join(words[at : at + size])))
            pieces.append([])
            at += size
            continue
        pieces[-1].append(words[at])
        at += 1
    if not 2 <= len(names) <= MAX_SIGNERS or len(set(names)) < len(names):
        return []
    posts = []
    for piece in pieces:
        lines = [" ".join(line.split()).strip(" –—-,") for line in " ".join(piece).split("\n")]
        lines = [part.strip() for line in lines for part in line.split(" , ")]  # "Jan Lis, Wójt Gminy": the comma between
        lines = [NAME_TITLES.sub("", line + " X")[:-2].strip() for line in lines if line]  # "mgr inż." before the name
        lines = [line for line in lines if line and not BETWEEN_SIGNERS.match(line)]
        if any(not starts_with_role(line) or len(line.split()) > 8 for line in lines):
            return []  # a sentence or a caption between the names: no officials signing
        posts.append(bool(lines))
    # each name has a post on one side of it: the names and posts alternate
    if not all(posts[i] or posts[i + 1] for i in range(len(names))) or sum(posts) < len(names):
        return []
    return names


def credit_above_caption(filled: list[str], abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> list[Credit]:
    """The credits of a first line with its role word ("Fot. …", "Z archiwum …") above a short caption
    (``filled``: the block's lines that are not empty)."""
    if sum(len(line) for line in filled[1:]) > MAX_CAPTION_UNDER_CREDIT or not (ROLE_PREFIX.match(filled[0]) or KEPT_IN.match(filled[0])):
        return []
    if any(ROLE_PREFIX.match(line) or parse_credit_line(line, abbreviations) for line in filled[1:]):
        return []  # credit lines under it are read from the end, or they were not credits
    return parse_credit_line(filled[0], abbreviations)


def photographer_under_caption(line: str, above: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> list[Credit]:
    """ "Tomasz Walczak / BAM", "Grzegorz Mehring/www.gdansk.pl" on the line under ``above``, a caption with no full
    stop (under a sentence it is a byline): a person and an agency or site after a slash, no date (a byline's),
    so the photographer."""
    if SENTENCE_END.search(above.strip()):
        return []
    if "/" not in line or LEADING_STAMP.match(line.strip()) or TRAILING_DATE.search(line) or re.search(r"\d{1,2}:\d{2}", line):
        return []
    found = byline_credits(line, abbreviations)
    if len(found) != 1 or found[0].person is None or found[0].organisation is None or EDITORIAL_DESK.match(found[0].organisation):
        return []
    return [replace(found[0], role="photo")]


def _signature_paragraph_above(lines: list[str], start: int, abbreviations: Mapping[str, str]) -> tuple[int, list[Credit]] | None:
    """Where a paragraph of a name alone stands above the credit lines starting at ``start``, a blank
    line between (a name right above "fot. …" is who the photo shows), and that name's credit."""
    first_credit, above = start, start
    while first_credit < len(lines) and not lines[first_credit].strip():
        first_credit += 1
    while above > 0 and not lines[above - 1].strip():
        above -= 1
    if first_credit == above or above == 0 or (above > 1 and lines[above - 2].strip()):
        return None
    named = lines[above - 1].strip().removesuffix(",")  # "Kamil Lis,\n\nzdj. KPP w Lisewie": the comma his workplace would follow
    if re.search(r"[,/|–—]|\s-\s", named):
        return None  # "Roman Lis – członkowie zarządu": who the photo shows, named with what they are
    announcing = next((line.strip() for line in reversed(lines[: above - 1]) if line.strip()), "")
    if announcing.endswith(":"):
        return None  # "Nagrodę otrzymał:\n\nJan Lis\n\nFot. Ewa Kos": the name the heading announces
    signed = byline_credits(named, abbreviations)
    return (above - 1, signed) if signed else None


def _signer_with_post_above(lines: list[str], start: int, abbreviations: Mapping[str, str]) -> tuple[int, list[Credit]] | None:
    """Where a signer with a post ("Jan Lis\nStarosta Lisewski", "Wójt\nJan Lis", "Wójt Gminy Jan Lis"), or a name alone
    under a sentence, stands under the text's last sentence right above the credit lines starting at ``start``, and the
    signer's credit."""
    filled = [i for i in range(start) if lines[i].strip()]
    for size in (2, 1):
        if len(filled) <= size or not ends_a_text(lines[filled[-size - 1]].strip()):
            continue  # "Nauczyciel Jan Lis\nFot. …" alone: a caption, who the photo shows
        block = [" ".join(lines[i].split()) for i in filled[-size:]]
        untitled = [NAME_TITLES.sub("", line) for line in block]  # "ks. prałat Jan Lis\nproboszcz katedry"
        if size == 2 and _a_function(block[0]) and _named_in_nominative(untitled[1], abbreviations):
            return filled[-2], [Credit("text", person=person_name(untitled[1]), raw=" ".join(block))]
        if size == 2 and _a_function(block[1]) and _named_in_nominative(untitled[0], abbreviations):
            return filled[-2], [Credit("text", person=person_name(untitled[0]), raw=" ".join(block))]
        signed = post_then_signer(block[0], abbreviations) if size == 1 else []
        if signed:
            return filled[-1], signed
        if size == 1 and SENTENCE_END.search(lines[filled[-2]].strip()) and _named_in_nominative(block[0], abbreviations) and (
                len(block[0].split()) <= 3):
            # "… zbieranie śmieci.\nAnna Lis\nzdj. Ewa Kos": under a sentence the name signs the text (under a caption
            # with no full stop, it is who the photo shows)
            return filled[-1], [Credit("text", person=person_name(block[0]), raw=block[0])]
        if size == 1 and "," in block[0] and SENTENCE_END.search(lines[filled[-2]].strip()):
            signed = [c for c in signer_then_post(block[0], abbreviations) or byline_credits(block[0], abbreviations) if c.role == "text" and c.person]
            if signed:  # "… ofiarodawcom!\nks. Jan Lis, proboszcz\nZdjęcia: …": the signer with his post, then the credits
                return filled[-1], signed
    return None


def _credit_lines_ending(lines: list[str], abbreviations: Mapping[str, str]) -> tuple[int, list[Credit]] | None:
    """Where the longest run of whole credit lines (each with its role word) ending ``lines`` starts, and their credits."""
    for start in range(max(0, len(lines) - MAX_PEELED), len(lines)):
        # "(fot. Anna Kos)": a credit line in brackets, as a paragraph of its own
        if lines[start].strip() and all(ROLE_PREFIX.match(line.strip().lstrip("([")) for line in lines[start:] if line.strip()):
            found = parse_credit_line("\n".join(lines[start:]), abbreviations)
            if found:
                return start, found
    return None


def _whole_credits(text: str, abbreviations: Mapping[str, str]) -> list[Credit]:
    """The credits of ``text`` when all of it is credit lines; none otherwise."""
    return parse_credit_line(text, abbreviations) if text.strip() else []
