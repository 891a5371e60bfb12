"""Labelled sentences: the people each names, in the nominative, with the role it gives them (in the
nominative singular, its complement as written).

Shared by tests/test_people.py and bench/quality.py. Declensions are written out by hand.
"""

MENTIONS = [
    ("Inicjatorem wydarzenia był Łukasz Walkusz, Przewodniczący Rady Miasta Torunia.",
     [("Łukasz Walkusz", "Przewodniczący Rady Miasta Torunia")]),
    ("Obrady otworzył Przewodniczący Rady Miasta Torunia Łukasz Walkusz, który podkreślił wagę współpracy.",
     [("Łukasz Walkusz", "Przewodniczący Rady Miasta Torunia")]),
    ("Sesję zwołał prezydent Torunia Paweł Gulewski.", [("Paweł Gulewski", "prezydent Torunia")]),
    ("Wiedzę uczestników wspierała dyrektor Biura Metropolii – Maja Lewandowska-Robak.",
     [("Maja Lewandowska-Robak", "dyrektor Biura Metropolii")]),
    ("Anna Głuszek, dyrektor Wydziału Strategii i Projektów Rozwojowych,",
     [("Anna Głuszek", "dyrektor Wydziału Strategii i Projektów Rozwojowych")]),
    ("Ważnym głosem był Rafał Pietrucień, zastępca Prezydenta Torunia, który wskazał na znaczenie integracji.",
     [("Rafał Pietrucień", "zastępca Prezydenta Torunia")]),
    ("Projekt uchwały przedstawił radny Tomasz Mazur.", [("Tomasz Mazur", "radny")]),
    ("Głos zabrała wiceprzewodnicząca Rady Miasta Torunia Katarzyna Zielińska.",
     [("Katarzyna Zielińska", "wiceprzewodnicząca Rady Miasta Torunia")]),
    ("Wykład wygłosił prof. Andrzej Tretyn.", [("Andrzej Tretyn", None)]),
    ("Podziękowania złożono na ręce Łukasza Walkusza, przewodniczącego Rady Miasta Torunia.",
     [("Łukasz Walkusz", "przewodniczący Rady Miasta Torunia")]),
    ("Z Anną Kowalską rozmawiał Piotr Nowak.", [("Anna Kowalska", None), ("Piotr Nowak", None)]),
    ("Gratulacje dla Marcina Kowallka i Ewy Banaszczyk-Kisiel.",
     [("Marcin Kowallek", None), ("Ewa Banaszczyk-Kisiel", None)]),
    ("Rozmowa z Rafałem Pietrucieniem, zastępcą prezydenta Torunia.",
     [("Rafał Pietrucień", "zastępca prezydenta Torunia")]),
    ("Nagrodę otrzymała Maria Zaręba, dyrektor Szkoły Podstawowej nr 5, która podziękowała.",
     [("Maria Zaręba", "dyrektor Szkoły Podstawowej nr 5")]),
    ("Wystawę otworzyła dyrektor Muzeum Okręgowego Anna Kroplewska-Gajewska.",
     [("Anna Kroplewska-Gajewska", "dyrektor Muzeum Okręgowego")]),
    ("W spotkaniu udział wzięła marszałek województwa Elżbieta Piniewska.",
     [("Elżbieta Piniewska", "marszałek województwa")]),
    ("Pytania zadawali radni: Jan Kowalski i Michał Wiśniewski.", [("Jan Kowalski", "radny"), ("Michał Wiśniewski", "radny")]),
    ("List od Jacka Nowaka odczytała sekretarz miasta Joanna Mazur.",
     [("Jacek Nowak", None), ("Joanna Mazur", "sekretarz miasta")]),
    ("Spotkanie z Pawłem Gulewskim odbyło się w ratuszu.", [("Paweł Gulewski", None)]),
    ("Do Katarzyny Zielińskiej trafiły podziękowania.", [("Katarzyna Zielińska", None)]),
    ("Dyrektor Wydziału Kultury Zbigniew Derkowski zapowiedział nowe wydarzenia.",
     [("Zbigniew Derkowski", "Dyrektor Wydziału Kultury")]),
    ("Jak powiedziała Magdalena Nowak, rzeczniczka prezydenta, decyzja zapadnie w marcu.",
     [("Magdalena Nowak", "rzeczniczka prezydenta")]),
    ("Uroczystość prowadził dr hab. Piotr Zieliński, prof. UMK.", [("Piotr Zieliński", "prof. UMK")]),
    ("Nagrodę im. Mikołaja Kopernika wręczono w Dworze Artusa.", []),
    ("Spotkanie odbyło się przy ul. Józefa Piłsudskiego.", []),
    ("Msza w intencji Jana Pawła II zgromadziła wiernych.", [("Jan Paweł II", None)]),
    ("Rada Miasta Torunia przyjęła budżet na 2025 rok.", []),
    ("Mieszkańcy Rubinkowa spotkali się z radnymi w Szkole Podstawowej nr 24.", []),
    ("Z przewodniczącym Łukaszem Walkuszem spotkali się mieszkańcy.", [("Łukasz Walkusz", "przewodniczący")]),
    # first names the old lexicon lacked: less common, foreign, diminutive
    ("Koncert poprowadziła Jessica Wróblewska.", [("Jessica Wróblewska", None)]),
    ("Złoty medal zdobył Kuba Nowacki z klubu wioślarskiego.", [("Kuba Nowacki", None)]),
    ("Gościem był Hans Müller, burmistrz Getyngi.", [("Hans Müller", "burmistrz Getyngi")]),
    # a woman's nominative that is also a man's genitive: the surname decides
    ("Podpis Jana Wiśniewskiego widnieje pod wnioskiem.", [("Jan Wiśniewski", None)]),
    ("Daniela Kowalczyk odebrała dyplom, a Daniela Kowalczyka zabrakło.", [("Daniela Kowalczyk", None), ("Daniel Kowalczyk", None)]),
    ("Wniosek Kamila Nowaka poparli sąsiedzi.", [("Kamil Nowak", None)]),
    ("Kamila Nowak przemawiała jako pierwsza.", [("Kamila Nowak", None)]),
    # surnames with a mobile e, women's surnames in -a, plural family names
    ("Podziękowania przekazano Jerzemu Mazurkowi.", [("Jerzy Mazurek", None)]),
    ("Wśród nagrodzonych znalazł się Adam Kwiatek, a obok Adama Kwiatka stanął jego syn.", [("Adam Kwiatek", None)]),
    ("Na przewodniczącą zespołu wybrano Annę Nowak-Wilę.", [("Anna Nowak-Wila", "przewodnicząca zespołu")]),
    ("Jubileusz obchodzili Jan i Maria Kowalscy.", [("Jan Kowalski", None), ("Maria Kowalska", None)]),
    # an initial and a surname
    ("Wniosek złożył radny J. Nowak.", [("J. Nowak", "radny")]),
    ("O zdanie zapytano p. M. Kowalskiego.", [("M. Kowalski", None)]),
    # places, awards and monuments named after someone are not people of the article; the people are
    ("Remont obejmie rondo prof. Anny Nowak.", []),
    ("Kierowcy stoją w korku na wiadukcie Jana Kowalskiego.", []),
    ("Kwiaty złożono pod pomnikiem króla Jana III.", []),
    ("Laur Jana Wiśniewskiego trafił do chóru.", []),
    ("Mikołaj Kopernik urodził się w kamienicy przy ul. Kopernika.", [("Mikołaj Kopernik", None)]),
    # roles: a comma after the role, acronyms, nouns the old list lacked, mobile e, predicates
    ("Obrady prowadził przewodniczący Rady Miasta, Jan Nowak.", [("Jan Nowak", "przewodniczący Rady Miasta")]),
    ("Wniosek radnej KO Anny Nowak poparło dziewięć osób.", [("Anna Nowak", "radna KO")]),
    ("Trasy omówił dyrektor MZK Jan Wiśniewski.", [("Jan Wiśniewski", "dyrektor MZK")]),
    ("Spotkanie z kandydatem na prezydenta Adamem Nowickim odbyło się w auli.",
     [("Adam Nowicki", "kandydat na prezydenta")]),
    ("Interpelację złożyła dziennikarka Ewa Lis, a odpowiedział jej wicewojewoda Jan Mróz.",
     [("Ewa Lis", "dziennikarka"), ("Jan Mróz", "wicewojewoda")]),
    ("List posła Tomasza Lenza odczytano na sesji.", [("Tomasz Lenz", "poseł")]),
    ("Głos zabrał członek zarządu Marek Wójcik.", [("Marek Wójcik", "członek zarządu")]),
    ("Wniosek członka zarządu Marka Wójcika przyjęto.", [("Marek Wójcik", "członek zarządu")]),
    ("Gości powitali przewodniczący Jan Nowak oraz prezydent Adam Kowalski.",
     [("Jan Nowak", "przewodniczący"), ("Adam Kowalski", "prezydent")]),
    ("Anna Wiśniewska została wybrana wiceprzewodniczącą rady.", [("Anna Wiśniewska", "wiceprzewodnicząca rady")]),
    ("Przewodniczącym komisji jest Jan Wiśniewski.", [("Jan Wiśniewski", "Przewodniczący komisji")]),
    ("Z rzeczniczką prasową urzędu Anną Kowalczyk rozmawiali dziennikarze.",
     [("Anna Kowalczyk", "rzeczniczka prasowa urzędu")]),
    ("Gratulacje złożył starosta toruński Marek Olszewski, a potem starostą toruńskim Markiem Olszewskim zajęli się goście.",
     [("Marek Olszewski", "starosta toruński")]),
    ("Wykład otworzył prof. Jan Kowalczyk, rektor uczelni.", [("Jan Kowalczyk", "rektor uczelni")]),
    ("Remont ulicy A. Mickiewicza potrwa do maja.", []),
    ("Laury wręczył rektor uczelni prof. Jan Kowalczyk.", [("Jan Kowalczyk", "rektor uczelni")]),
    ("Delegację z Litwy prowadził mer Vidmantas Blužas.", [("Vidmantas Blužas", "mer")]),
    # "Pan", "Pani" before a name are courtesy, not a first name
    ("Sesję otworzył Przewodniczący Rady Pan Tomasz Wiśniewski.", [("Tomasz Wiśniewski", "Przewodniczący Rady")]),
    ("Kwiaty wręczono Pani Elżbiecie Kamińskiej.", [("Elżbieta Kamińska", None)]),
    # a surname alone after a role, in the role's case
    ("Wniosek radnego Kwiatkowskiego poparła radna Szczepańska.", [("Kwiatkowski", "radny"), ("Szczepańska", "radna")]),
    # a surname that is also an adjective, alone after a role in lower case; an office's adjective is no surname
    ("Wniosek radnego Wiśniewskiego poparli inni.", [("Wiśniewski", "radny")]),
    ("Medale wręczył Starosta Lidzbarski.", []),
    ("Wniosek złożył radny Miejski.", []),
    ("Prezydent Tomasz Zielonka otworzył sesję, a potem prezydent Zielonka podziękował radnym.",
     [("Tomasz Zielonka", "Prezydent")]),
    ("Gratulacje przekazano staroście Grabkowskiemu.", [("Grabkowski", "starosta")]),
    ("Starosta toruński i prezydent Torunia podpisali umowę.", []),
    # families whose name the dictionary does not know
    ("Medale otrzymali Irena i Zbigniew Rzenieccy oraz Janina i Jan Koktysz.",
     [("Irena Rzeniecka", None), ("Zbigniew Rzeniecki", None), ("Janina Koktysz", None), ("Jan Koktysz", None)]),
    ("Dyplom trafił do Haliny i Cecyliana Komoszyńskich.", [("Halina Komoszyńska", None), ("Cecylian Komoszyński", None)]),
    # a role shared by a list that a predicate gives, with parties between the names
    ("Wiceprzewodniczącymi są Marek Zając z PiS, Ewa Kurek z KO oraz Jan Sowa (Lewica).",
     [("Marek Zając", "Wiceprzewodniczący"), ("Ewa Kurek", "Wiceprzewodnicząca"), ("Jan Sowa", "Wiceprzewodniczący")]),
    ("Funkcje zastępców objęli: Adam Lis i Beata Kos.", [("Adam Lis", "zastępca"), ("Beata Kos", "zastępca")]),
    ("Przewodniczącym Rady Gminy ponownie wybrano Jacka Mazura.", [("Jacek Mazur", "Przewodniczący Rady Gminy")]),
    # a dash gives each name its own role, whatever stands before it
    ("Obecni byli Piotr Kos – dyrektor szpitala, Adam Lis – dyrektor poradni.",
     [("Piotr Kos", "dyrektor szpitala"), ("Adam Lis", "dyrektor poradni")]),
    ("Medal otrzymał Zdzisław Szmyd - Starosta Brzozowski.", [("Zdzisław Szmyd", "Starosta Brzozowski")]),
    # a capitalised adjective of the role, in the role's case
    ("Przybył Komendanta Powiatowego Policji w Olecku Rafała Klauzę.", [("Rafał Klauza", "Komendant Powiatowy Policji w Olecku")]),
    ("Spotkał się z dyrektorem Świętokrzyskiego Centrum Onkologii Janem Lisem.",
     [("Jan Lis", "dyrektor Świętokrzyskiego Centrum Onkologii")]),
    # an apposition without a comma; a role in brackets belongs to its own name only
    ("W ratuszu byli Marek Lis prezydent Włocławka i Jan Kos marszałek województwa.",
     [("Marek Lis", "prezydent Włocławka"), ("Jan Kos", "marszałek województwa")]),
    ("Kandydują Ewa Lis (nauczycielka), Adam Kos (radny) oraz Piotr Sowa (muzyk).",
     [("Ewa Lis", "nauczycielka"), ("Adam Kos", "radny"), ("Piotr Sowa", "muzyk")]),
    ("Kandydują Ewa Lis (nauczycielka) oraz Piotr Sowa (Lewica).", [("Ewa Lis", "nauczycielka"), ("Piotr Sowa", None)]),
    # a title or "m.in." between the verb and the name; a woman's role in the predicate
    ("Rektorem uczelni jest prof. Jan Lis.", [("Jan Lis", "Rektor uczelni")]),
    ("Kandydatami na burmistrza są m.in. Adam Kos i Ewa Lis.", [("Adam Kos", "Kandydat na burmistrza"), ("Ewa Lis", "Kandydatka na burmistrza")]),
    ("Przewodniczącym Rady Gminy jest pani Barbara Sowa.", [("Barbara Sowa", "Przewodnicząca Rady Gminy")]),
    # the role or courtesy word before a name decides between readings alike
    ("Pracował w biurze europosła Sławomira Nitrasa.", [("Sławomir Nitras", "europoseł")]),
    ("Podziękowano Starosty Nysy Pana Czesława Biłobrana.", [("Czesław Biłobran", "Starosta Nysy")]),
    # only a name in the genitive is a school's patron
    ("Sztandar przekazano dyrektorowi szkoły Dariuszowi Słapkowi.", [("Dariusz Słapek", "dyrektor szkoły")]),
    ("Uczniowie szkoły Jana Kochanowskiego zwiedzili muzeum.", []),
    # a man's surname in -ka, in the dative or locative
    ("Insygnia przekazano profesorowi Tadeuszowi Trziszce.", [("Tadeusz Trziszka", None)]),
    # a time word between the comma and the role; a conjunction before a name starts a new item
    ("Miejsce Jana Lisa, nowego prezydenta miasta, zajął Adam Kos.", [("Jan Lis", "prezydent miasta"), ("Adam Kos", None)]),
    ("Głos zabrał Piotr Sowa, od niedawna wicemarszałek województwa.", [("Piotr Sowa", "wicemarszałek województwa")]),
    ("Kadencję rozpoczynają nowi radni oraz Marek Zając, prezydent miasta.", [("Marek Zając", "prezydent miasta")]),
    # of two role nouns side by side, the one beside the name
    ("Przekonywał dziennikarzy poseł Platformy Obywatelskiej Jan Lis.", [("Jan Lis", "poseł Platformy Obywatelskiej")]),
    # a surname made from a place, known to the dictionary only as an adjective
    ("Radny Stanisław Szwabski otworzył obrady, a Przemysława Tuchlińskiego pożegnano.",
     [("Stanisław Szwabski", "Radny"), ("Przemysław Tuchliński", None)]),
    ("Dworzec Gdański i Uniwersytet Toruński", []),
    # a first name no dictionary knows, before a surname it knows in the nominative
    ("Nagrodę odebrała Vanessa Kosecka.", [("Vanessa Kosecka", None)]),
    # Roberta: Robert, not Roberto
    ("Miejsce Roberta Szewczyka w radzie zajął Marek Fabianowicz.", [("Robert Szewczyk", None), ("Marek Fabianowicz", None)]),
    # a police or army rank between a function and the name is a title, and like any title alone no role
    ("Nagrody wręczył Komendant Miejski Policji młodszy inspektor Adam Kos.", [("Adam Kos", "Komendant Miejski Policji")]),
    ("Apel odczytał Komendant Garnizonu ppłk Marek Lis.", [("Marek Lis", "Komendant Garnizonu")]),
    ("Mówi komisarz Ewa Sowa, rzeczniczka prasowa policji.", [("Ewa Sowa", "rzeczniczka prasowa policji")]),
    # members: "w skład … wchodzą", "komisja w składzie:"
    ("W skład Rady Osiedla wchodzą Jan Lis, Ewa Sowa i Adam Kos.",
     [("Jan Lis", "członek Rady Osiedla"), ("Ewa Sowa", "członek Rady Osiedla"), ("Adam Kos", "członek Rady Osiedla")]),
    ("Prace oceniło jury w składzie: Marek Zając i Anna Lis.", [("Marek Zając", "członek jury"), ("Anna Lis", "członek jury")]),
    # the role in the instrumental, words of when or how, then the verb; an age before the name
    ("Wiceprzewodniczącą w drugim głosowaniu wybrano Annę Lis.", [("Anna Lis", "Wiceprzewodnicząca")]),
    ("Sołtysem na kolejną kadencję został Piotr Sowa.", [("Piotr Sowa", "Sołtys")]),
    ("Naczelnikiem wydziału został 40-letni Adam Kos.", [("Adam Kos", "Naczelnik wydziału")]),
    # a relative clause that gives the role
    ("Głosowano nad kandydaturą Ewy Lis, która została przewodniczącą komisji.", [("Ewa Lis", "przewodnicząca komisji")]),
    ("Mandat objął Jan Kos, który pozostanie zastępcą burmistrza.", [("Jan Kos", "zastępca burmistrza")]),
    # a short form of a role noun; a declining reading before a woman's indeclinable title
    ("Z-ca Burmistrza, Pan Adam Lis, otworzył sesję.", [("Adam Lis", "Z-ca Burmistrza")]),
    ("Wystąpił Komendant Wojewódzkiej Straży Pożarnej Jan Sowa.", [("Jan Sowa", "Komendant Wojewódzkiej Straży Pożarnej")]),
    # an award in the instrumental ends the role; premier, not a theatre's premiere
    ("Odznaczył go Jan Lis – Prezydent RP Srebrnym Krzyżem Zasługi.", [("Jan Lis", "Prezydent RP")]),
    ("Przeczytano list od premiera Adama Sowy.", [("Adam Sowa", "premier")]),
    # a first name and an initial: how police news names a suspect
    ("Policjanci zatrzymali 30-letniego Adama K., mieszkańca Torunia.", [("Adam K.", "mieszkaniec Torunia")]),
    # a man's surname in -a, in the accusative
    ("Sołtysem wybrano pana Stanisława Zarębę.", [("Stanisław Zaręba", "Sołtys")]),
    # what an office holder gives in person names the holder, not a patron
    ("Stypendia burmistrza Adama Lisa otrzyma piętnaścioro uczniów.", [("Adam Lis", "burmistrz")]),
    # a role after the comma in another case than the name starts the next clause
    ("Przewodniczącą została Anna Lis, zastępcą będzie Jan Kos.", [("Anna Lis", "Przewodnicząca"), ("Jan Kos", "zastępca")]),
    ("Kandydatkę zgłoszoną przez Ewę Sowę, radna Maria Wrona poparła.", [("Ewa Sowa", None), ("Maria Wrona", "radna")]),
    # a role noun in another case than the name is someone else's: the name's own is the one that agrees
    ("Rozmawiał z zastępcą prezydenta Torunia Jana Lisa.", [("Jan Lis", "prezydent Torunia")]),
    # a role a body gave ("został", "wybrano") is the news, whatever the apposition; "był" only describes
    ("Szefem klubu radnych został Jan Lis, radny z okręgu nr 4.", [("Jan Lis", "Szef klubu radnych")]),
    # a ruler by first names and number, a byname too; not when a street or a school bears the name
    ("Przywilej nadał miastu król Kazimierz III Wielki.", [("Kazimierz III Wielki", "król")]),
    ("Zgodę wydał król Władysław IV Waza.", [("Władysław IV Waza", "król")]),
    ("Remont al. Jana Pawła II potrwa do jesieni.", []),
    # a hall, not a woman: "w Sali Mieszczańskiej"
    ("Sesja odbyła się w Sali Mieszczańskiej Ratusza Staromiejskiego.", []),
    # after a role, an initial and any capitalised surname
    ("Nieobecni byli radny J. Szafarek i radna M. Taciak.", [("J. Szafarek", "radny"), ("M. Taciak", "radna")]),
    # patrons in quotes, after a rank, in a list of streets, after "im" without its dot
    ("Rondu nadano nazwę „ks. prałata Jana Lisa”.", []),
    ("Szkoła im. mjra Adama Sowy obchodzi jubileusz.", []),
    ("Rondo na skrzyżowaniu ulic Jana Sowy i Piotra Kosa nazwano inaczej.", []),
    ("Wygrała uczennica szkoły im Marii Wrony.", []),
    # "w imieniu": on someone's behalf, not a patron
    ("Nominację wręczył w imieniu premiera Jana Lisa minister.", [("Jan Lis", "premier")]),
    # the case of the role before, past its complement, or of the name before in one list, picks the reading
    ("Mszę odprawiono pod przewodnictwem Biskupa Toruńskiego Wiesława Śmigla.", [("Wiesław Śmigiel", "Biskup Toruński")]),
    ("Spośród zgłoszonych Dariusza Lisa i Wojciecha Elszyna radni wybrali pierwszego.",
     [("Dariusz Lis", None), ("Wojciech Elszyn", None)]),
    # "zostali wybrani", an adverb before the name; "na" + the post, then the verb
    ("Wiceprzewodniczącymi rady zostali wybrani Anna Lis (KO) i Jan Kos (PiS).",
     [("Anna Lis", "Wiceprzewodnicząca rady"), ("Jan Kos", "Wiceprzewodniczący rady")]),
    ("Wicestarostą zostanie zapewne Piotr Sowa.", [("Piotr Sowa", "Wicestarosta")]),
    ("Na przewodniczącego zaproponowano Marka Zająca.", [("Marek Zając", "przewodniczący")]),
    # a function, a comma, then the rank before the name; a quoted name inside a role
    ("Pożegnał się Komendant Miejski Policji, nadinspektor Adam Kos.", [("Adam Kos", "Komendant Miejski Policji")]),
    ("Głos zabrał prezes Stowarzyszenia „Nasza Wieś” Jan Wrona.", [("Jan Wrona", "prezes Stowarzyszenia „Nasza Wieś”")]),
    ("Nagrodę dostała Ewa Sowa (przewodnicząca Klubu „Gazety Lokalnej”).", [("Ewa Sowa", "przewodnicząca Klubu „Gazety Lokalnej”")]),
    # a title after a comma is the next one's; an ordinal or "wybrany na stanowisko" after the comma
    ("Przyszli Jan Lis, prof. Adam Kos.", [("Jan Lis", None), ("Adam Kos", None)]),
    ("Medal otrzymał Jan Wrona, pierwszy prezydent miasta po 1989 roku.", [("Jan Wrona", "prezydent miasta")]),
    ("Gratulacje odebrał Adam Lis, wybrany na stanowisko prezesa klubu.", [("Adam Lis", "prezes klubu")]),
    # a capitalised role without a comma; a joined role; the role in the person's gender
    ("Podziękował Jan Sowa Prezes Koła Niewidomych.", [("Jan Sowa", "Prezes Koła Niewidomych")]),
    ("Rozmawiał z rektorem-komendantem Akademii Janem Lisem.", [("Jan Lis", "rektor-komendant Akademii")]),
    ("Przewodniczącą komisji został Piotr Kos.", [("Piotr Kos", "Przewodniczący komisji")]),
    ("Nagrody otrzymali nasi uczniowie: Anna Lis i Jan Kos.", [("Anna Lis", "uczennica"), ("Jan Kos", "uczeń")]),
    # of a plural role and a singular one, the one beside the name and in its number
    ("Klucz wręczono reprezentującemu mieszkańców sołectwa radnemu Janowi Sowie.", [("Jan Sowa", "radny")]),
    # a surname alone after a title or a courtesy word, when the dictionary knows it only as a surname
    ("Wspomniano nauczycielkę liceum, prof. Myszczyńską.", [("Myszczyńska", "nauczycielka liceum")]),
    ("Obrady otworzył Radny Senior p. Jurczak.", [("Jurczak", "Radny Senior")]),
    ("Sesję otworzył p. Jurczak.", [("Jurczak", None)]),
    # "P." before a first name is a courtesy; two initials before a surname; not a patron's
    ("Drugie miejsce zajęła P. Marta Wrona.", [("Marta Wrona", None)]),
    ("Pałac wzniósł J. G. Kowalski.", [("J. G. Kowalski", None)]),
    ("Uczniowie Szkoły im. K. K. Baczyńskiego zwiedzili muzeum.", []),
    # fire brigade and police ranks written short; coordinated role nouns
    ("Medale wręczył Komendant Miejski Państwowej Straży Pożarnej st. bryg. Adam Lis.",
     [("Adam Lis", "Komendant Miejski Państwowej Straży Pożarnej")]),
    ("Zakupy dowiózł dzielnicowy st. sierż. Jan Kos.", [("Jan Kos", "dzielnicowy")]),
    ("Jak przekazał aspirant sztabowy Jan Sowa, oficer prasowy komendy, sprawca uciekł.", [("Jan Sowa", "oficer prasowy komendy")]),
    ("Teatr współpracuje z dramaturgiem i reżyserem Adamem Lisem.", [("Adam Lis", "dramaturg i reżyser")]),
    # the function before a comma and a courtesy word with titles; a joined role's later part
    ("Gości reprezentował Burmistrz gminy partnerskiej, Pan dr Adam Lis.", [("Adam Lis", "Burmistrz gminy partnerskiej")]),
    ("Rozmawiano z Rektorem Politechniki, Panem prof. dr. hab. Janem Sową.", [("Jan Sowa", "Rektor Politechniki")]),
    ("Prezydentowi-elektowi Janowi Kosowi życzono powodzenia.", [("Jan Kos", "Prezydent-elekt")]),
    # a woman who is a sołtys is a sołtys
    ("Sołtysem została Anna Lis.", [("Anna Lis", "Sołtys")]),
    # a surname in capitals after a first name, a family's too
    ("Medale otrzymali Maria i Jan KOWALSCY.", [("Maria Kowalska", None), ("Jan Kowalski", None)]),
    # a priest, a nun or someone addressed with courtesy, named by first name alone
    ("Życzenia złożył ks. Albin.", [("Albin", None)]),
    ("Dekoracje przygotowała siostra Faustyna.", [("Faustyna", "siostra")]),
    ("Pani Basi gratulujemy.", [("Basia", None)]),
    ("Delegację prowadzili Państwo Alicja i Paweł Zającowie.", [("Alicja Zając", None), ("Paweł Zając", None)]),
    # a lifespan between the name and its role; a patron's name inside a role; "wybrany na" the post
    ("Założyli je Jan Lis (1874–1960) – prezes, Adam Kos (1889–1977) – komendant.", [("Jan Lis", "prezes"), ("Adam Kos", "komendant")]),
    ("Rozmawiamy z Janem Sową, dyrektorem Teatru im. Stefana Żeromskiego.", [("Jan Sowa", "dyrektor Teatru im. Stefana Żeromskiego")]),
    ("Zgłoszono Annę Lis, która została wybrana na Przewodniczącą Rady Gminy.", [("Anna Lis", "Przewodnicząca Rady Gminy")]),
    # a role in brackets after the name; an affiliation or party between the name and the verb
    ("Prace oceniało jury w składzie: Ewa Wrona (nauczycielka plastyki) i Adam Lis.",
     [("Ewa Wrona", "nauczycielka plastyki"), ("Adam Lis", "członek jury")]),
    ("Jan Sowa z Porozumienia Mieszkańców został ponownie przewodniczącym Rady Gminy.", [("Jan Sowa", "przewodniczący Rady Gminy")]),
    ("Radni wybrali Annę Kos (PSL) na funkcję wiceprzewodniczącej rady.", [("Anna Kos", "wiceprzewodnicząca rady")]),
    # the role a relative pronoun stands for; a role in a relative clause after "był"
    ("Gmina ma nowego skarbnika, którym został Piotr Wrona.", [("Piotr Wrona", "skarbnik")]),
    ("Medal wręczono Adamowi Sowie, który był pierwszym wójtem gminy po 1990 roku.", [("Adam Sowa", "wójt gminy")]),
    # coordinated role nouns sharing a complement; a complete role before "i" is another's
    ("Nagrodę odebrał Marek Lis, trener i prezes klubu sportowego.", [("Marek Lis", "trener i prezes klubu sportowego")]),
    ("Na sali byli Jan Kos, prezes spółdzielni i radna Ewa Wrona.", [("Jan Kos", "prezes spółdzielni"), ("Ewa Wrona", "radna")]),
    # "były" and an ordinal before "zastępca" say which office; "nowy", "dotychczasowy" only when
    ("List odczytał były burmistrz Adam Kos.", [("Adam Kos", "były burmistrz")]),
    ("Podziękowano Janowi Wronie – byłemu dyrektorowi szkoły.", [("Jan Wrona", "były dyrektor szkoły")]),
    ("Głos zabrał pierwszy zastępca burmistrza Piotr Lis.", [("Piotr Lis", "pierwszy zastępca burmistrza")]),
    ("Przyszedł Marek Sowa, dotychczasowy drugi zastępca wójta.", [("Marek Sowa", "drugi zastępca wójta")]),
    ("Na sesji nieobecni byli radni Adam Lis i Ewa Kos.", [("Adam Lis", "radny"), ("Ewa Kos", "radna")]),
    ("Dyplom otrzymała Ewa Lis, była dyrektorka szkoły, obecnie radna gminy.", [("Ewa Lis", "radna gminy")]),
    # a candidate put forward; an affiliation before the apposition; the post a clause or "na" names
    ("Adam Wrona został jednak zgłoszony na wiceprzewodniczącego komisji.", [("Adam Wrona", "wiceprzewodniczący komisji")]),
    ("Ewa Sowa z Lewicy, dotychczasowa przewodnicząca komisji, odeszła na emeryturę.", [("Ewa Sowa", "przewodnicząca komisji")]),
    ("Gratulacje złożono Janowi Kosowi, który rozpoczął kadencję na stanowisku burmistrza Chełmży.", [("Jan Kos", "burmistrz Chełmży")]),
    ("Wniosek podpisała Maria Lis, która pełni funkcję sołtysa wsi Rudak.", [("Maria Lis", "sołtys wsi Rudak")]),
    ("Transmitowano ślubowanie Marka Sowy na burmistrza miasta.", [("Marek Sowa", "burmistrz miasta")]),
    ("Zaprosiliśmy Jana Nowaka na spotkanie.", [("Jan Nowak", None)]),
    # a relative clause between the role and its verb; a noun in apposition to the role
    ("Radnym seniorem, który prowadził obrady, był Adam Kos.", [("Adam Kos", "Radny senior")]),
    # a priest, a friar and a volunteer firefighter addressed by title; the function before it is the role
    ("Wóz poświęcił proboszcz parafii w Rudaku ksiądz Adam Wrona.", [("Adam Wrona", "proboszcz parafii w Rudaku")]),
    ("List odczytał kanclerz kurii, ksiądz Jan Sowa.", [("Jan Sowa", "kanclerz kurii")]),
    ("Kluczyki odebrał naczelnik OSP w Lisewie druh Marek Kos.", [("Marek Kos", "naczelnik OSP w Lisewie")]),
    ("Mszę odprawił ojciec Piotr Lis.", [("Piotr Lis", None)]),
    # a short "gm." inside a role; "Z-ca" declined; "wybrano ponownie"; "to" as the verb; "I sekretarz"
    ("Głos zabrał wójt gm. Lisewo Adam Kos.", [("Adam Kos", "wójt gm. Lisewo")]),
    ("Zaproszono Z-cę Wójta Gminy Lisewo Pana Jana Sowę.", [("Jan Sowa", "Z-ca Wójta Gminy Lisewo")]),
    ("Na Przewodniczącego Rady wybrano ponownie Pana Adama Lisa.", [("Adam Lis", "Przewodniczący Rady")]),
    ("Redaktor naczelny to Ewa Wrona.", [("Ewa Wrona", "Redaktor naczelny")]),
    ("Przemawiał I sekretarz komitetu Jan Kos.", [("Jan Kos", "I sekretarz komitetu")]),
    ("Nagrody wręczyła Anna Lis – polonistka, a rzeźbę wykonał Jan Kos – rzeźbiarz z Lisewa.",
     [("Anna Lis", "polonistka"), ("Jan Kos", "rzeźbiarz z Lisewa")]),
    # appositions in a list belong to the name before them; a function before a dash and a title
    ("Rozmawiamy z Janem Lisem, burmistrzem Lisewa, Adamem Kosem, członkiem zarządu powiatu, Ewą Sową, wójt gminy Rudak.",
     [("Jan Lis", "burmistrz Lisewa"), ("Adam Kos", "członek zarządu powiatu"), ("Ewa Sowa", "wójt gminy Rudak")]),
    ("Przewodniczący Rady Gminy, Adam Wrona, otworzył sesję.", [("Adam Wrona", "Przewodniczący Rady Gminy")]),
    ("Wóz poświęcił kapelan strażaków powiatu – ks. prałat Jan Kos.", [("Jan Kos", "kapelan strażaków powiatu")]),
    ("Mówiła też dr Ewa Lis, starszy archiwista w Archiwum Państwowym.", [("Ewa Lis", "starszy archiwista w Archiwum Państwowym")]),
    # where a role given before the verb was taken is the sentence's; titles alone are no role
    ("Przewodniczącym rady w Lisewie został Adam Sowa.", [("Adam Sowa", "Przewodniczący rady")]),
    ("Przewodniczącym Rady Miejskiej w Lisewie został Marek Kos.", [("Marek Kos", "Przewodniczący Rady Miejskiej w Lisewie")]),
    # a village after its office is no person, whatever first name its words look like
    ("Gości powitała Ewa Sowa sołtys Dąbrówki Leśnej.", [("Ewa Sowa", "sołtys Dąbrówki Leśnej")]),
    ("Rozmawiał z sołtysem Woli Kopcowej Janem Lisem.", [("Jan Lis", "sołtys Woli Kopcowej")]),
    ("Gości powitał sołtysa Jana Wronę.", [("Jan Wrona", "sołtys")]),
    ("Gminę reprezentował Zastępca Burmistrza Rafał Sowa.", [("Rafał Sowa", "Zastępca Burmistrza")]),
    ("Marek Wrona, jako przewodniczący Rady Gminy, podpisał uchwałę.", [("Marek Wrona", "przewodniczący Rady Gminy")]),
    ("Ewa Kos, jako pierwsza, zabrała głos.", [("Ewa Kos", None)]),
    # the post entrusted to someone, or which someone is to hold
    ("Funkcję skarbnika gminy powierzono Marii Wronie.", [("Maria Wrona", "skarbnik gminy")]),
    ("Wójt oznajmił, że stanowisko swojego zastępcy ponownie powierzył Adamowi Sowie.", [("Adam Sowa", "zastępca")]),
    ("Starosta powierzył Ewie Lis przygotowanie dożynek.", [("Ewa Lis", None)]),
    ("Stanowisko sołtysa ma nadal sprawować Anna Wrona.", [("Anna Wrona", "sołtys")]),
    # a foreign surname left undeclined beside a man's first name after his role; a foreign first name before a function
    ("Nagrody wręczył z rąk Prezesa Klubu Tomasza Knitter.", [("Tomasz Knitter", "Prezes Klubu")]),
    ("O sezonie opowiada Mike Taylor, trener drużyny.", [("Mike Taylor", "trener drużyny")]),
    ("Mszę odprawił gwardian o. Ekspedyt Osiadacz.", [("Ekspedyt Osiadacz", "gwardian")]),
    ("Powitał Panią Sołtys z Karpia Krystynę Safaryn.", [("Krystyna Safaryn", "Sołtys z Karpia")]),
    ("Nominację na stanowisko nowego Zastępcy Komendanta Miejskiego PSP otrzymał mł. bryg. Adam Sowa.",
     [("Adam Sowa", "Zastępca Komendanta Miejskiego PSP")]),
    ("Obowiązki Komendanta Powiatowego Policji 3 marca oficjalnie zdał insp. Marek Lis.", [("Marek Lis", "Komendant Powiatowy Policji")]),
    ("Stanowisko prezydenta skrytykował Jan Wrona.", [("Jan Wrona", None)]),
    ("Nagrodę otrzymała Ewa Sowa.", [("Ewa Sowa", None)]),
    # a dative plural is whom the subject thanked; a singular agent after "przez" is none of the listed's roles
    ("Za pracę podziękowali sołtysom Jan Wrona, burmistrz Lisewa, i Adam Sowa, przewodniczący rady.",
     [("Jan Wrona", "burmistrz Lisewa"), ("Adam Sowa", "przewodniczący rady")]),
    ("Powitał osoby nagrodzone przez starostę: Panią Ewę Lis i Panią Annę Kos.", [("Ewa Lis", None), ("Anna Kos", None)]),
    ("Część prowadzoną przez uczniów klasy VII: Ewę Sowę i Marka Wronę otworzyła dyrektor.",
     [("Ewa Sowa", "uczennica klasy VII"), ("Marek Wrona", "uczeń klasy VII")]),
    ("Przemawiała Anna Kos, kujawsko-pomorski wicekurator oświaty.", [("Anna Kos", "kujawsko-pomorski wicekurator oświaty")]),
    ("Przewodnicząca powitała Radcę Prawnego Urzędu Panią Ewę Sowę.", [("Ewa Sowa", "Radca Prawny Urzędu")]),
    # patrons: of streets listed after a colon, of roundabouts in quotes, named by "imieniem", after "im. dra"
    ("Radni zmienią nazwy ulic: Adama Lisa, Bolesława Kosa i Marka Wrony.", []),
    ('Radni nadali rondom nazwy "Kardynała Jana Lisa" oraz "Marszałka Adama Kosa".', []),
    ("Za nazwanie skweru imieniem rotmistrza Marka Wrony dziękował radny Jan Sowa.", [("Jan Sowa", "radny")]),
    ("Uczniowie Szkoły Podstawowej nr 3 im. dra Adama Lisa malowali.", []),
    ("Konkurs przygotowały organizatorki konkursu: M. Lis i E. Kos.", [("M. Lis", "organizatorka konkursu"), ("E. Kos", "organizatorka konkursu")]),
    ("Chleb przekazała pani sołtys Annę Dreier wójtowi.", [("Anna Dreier", "sołtys")]),
    ("Podziękowała Dyrektorowi Gimnazjum Panu Jerzemu Fiałek za współpracę.", [("Jerzy Fiałek", "Dyrektor Gimnazjum")]),
    # "profesor" and "doktor" written out are titles too: no role alone, dropped after a function
    ("Wrażeniami dzieli się muzykolog profesor Marek Sowa.", [("Marek Sowa", "muzykolog")]),
    ("Wykład wygłosił Jan Lis, profesor UMK.", [("Jan Lis", "profesor UMK")]),
    ("Prelekcję wygłosił doktor Marek Sowa, kardiolog.", [("Marek Sowa", "kardiolog")]),
    ("Festyn zorganizował ks. Adam Lis, proboszcz parafii pw. Jezusa Miłosiernego w Lisewie.",
     [("Adam Lis", "proboszcz parafii pw. Jezusa Miłosiernego w Lisewie")]),
    ("Wyjaśnia Ewa Kos, sekretarz gminy Świecie.", [("Ewa Kos", "sekretarz gminy Świecie")]),
    ("Biurem kierują p.o. dyrektora Adam Sowa oraz zastępca dyrektora Ewa Lis.", [("Adam Sowa", "p.o. dyrektora"), ("Ewa Lis", "zastępca dyrektora")]),
    ("Hejnał odgrywa trębacz Marek Wrona.", [("Marek Wrona", "trębacz")]),
    # an unknown surname in -a after a consonant: a man's genitive; a prefix written apart; initials of a company
    ("Krzyż wręczył Sekretarz Stanu w Ministerstwie Pawła Szefernakera.", [("Paweł Szefernaker", "Sekretarz Stanu w Ministerstwie")]),
    ("Głos zabrał Wice Wojewoda Pomorski Michał Owczarczak.", [("Michał Owczarczak", "Wice Wojewoda Pomorski")]),
    ("Kwiaty złożyła Prezes Zarządu PLO S.A. Dorota Arciszewska-Mielewczyk.", [("Dorota Arciszewska-Mielewczyk", "Prezes Zarządu PLO S.A.")]),
    ("Rok 2020 ogłoszono Rokiem Jana Kasprowicza.", []),
    ("Powołał prof. dra hab. Pawła Machcewicza.", [("Paweł Machcewicz", None)]),
    # a list of names, then the predicate that gives them all their role
    ("Jan Lis i Anna Kos zostali wybrani wiceprzewodniczącymi rady.", [("Jan Lis", "wiceprzewodniczący rady"), ("Anna Kos", "wiceprzewodnicząca rady")]),
    ("Ewa Sowa (KO), Marek Wrona (PiS) i Adam Kos (PSL) zostali wybrani wiceprzewodniczącymi rady miasta.",
     [("Ewa Sowa", "wiceprzewodnicząca rady miasta"), ("Marek Wrona", "wiceprzewodniczący rady miasta"), ("Adam Kos", "wiceprzewodniczący rady miasta")]),
    ("Jan Lis i Anna Kos są radnymi.", [("Jan Lis", "radny"), ("Anna Kos", "radna")]),
    ("Jan Lis i Anna Kos byli w szoku.", [("Jan Lis", None), ("Anna Kos", None)]),
    ("Marek Wrona i Ewa Sowa pełnią funkcje wiceprzewodniczących.", [("Marek Wrona", "wiceprzewodniczący"), ("Ewa Sowa", "wiceprzewodnicząca")]),
    # a protocol's order; a head of a library named in the nominative; a verb ends a role; a courtesy word starts the next person
    ("Do komisji powołano: radny Skonieczny Marek, radny Nowakowski Stanisław.", [("Marek Skonieczny", "radny"), ("Stanisław Nowakowski", "radny")]),
    ("Wszystkich powitała dyrektor biblioteki Renata Gość.", [("Renata Gość", "dyrektor biblioteki")]),
    ("Nagrodę wójta dostali Ewa Sowa i Jan Lis.", [("Ewa Sowa", None), ("Jan Lis", None)]),
    ("Wspominano spotkania z poetkami: Ewą Sową, Anną Kos, malarką Panią Marią Lis.", [("Ewa Sowa", "poetka"), ("Anna Kos", "poetka"), ("Maria Lis", "malarka")]),
    ("Oddała pamiątki po ojcu – Józefie Balwirczaku.", [("Józef Balwirczak", None)]),
    # a surname the dictionary knows only as a common word, after a first name that is only nominative
    ("Przewodniczącym rady został Ryszard Szufel.", [("Ryszard Szufel", "Przewodniczący rady")]),
    ("Wnętrze kościoła zdobi Gizela Klaryska, artystka z Lisewa.", [("Gizela Klaryska", "artystka z Lisewa")]),
    ("Proboszcz parafii pw. św. Jan Chrzciciela w Lisewie.", []),
    # a name with a particle, its foreign surname declined with the first name; a patron's is no mention
    ("Zamek zbudowano z inicjatywy komtura Konrada von Sacka.", [("Konrad von Sack", "komtur")]),
    ("Zagrali arie z oper Wolfganga Amadeusa Mozarta.", [("Wolfgang Amadeus Mozart", None)]),
    ("Zaprasza Piotr Całbecki Marszałek Województwa.", [("Piotr Całbecki", "Marszałek Województwa")]),
    ("Pierwszą kierowniczką była Antonina Panasówna.", [("Antonina Panasówna", "kierowniczka")]),
    ("Na koncercie zagrał Jan van der Berg.", [("Jan van der Berg", None)]),
    ("Szkoła przy ulicy Ludwiga van Beethovena.", []),
    ("Laureatkami konkursu w drugiej kategorii zostały Ewa Lis i Anna Kos.", [("Ewa Lis", "Laureatka konkursu"), ("Anna Kos", "Laureatka konkursu")]),
    ("Zgodę wyraził brat ks. prałata Jana Wrony.", [("Jan Wrona", None)]),
    ("Obowiązki powierzono I Zastępcy Komendanta Policji z siedzibą w Lisewie insp. Adamowi Kosowi.",
     [("Adam Kos", "I Zastępca Komendanta Policji z siedzibą w Lisewie")]),
    # "funkcję … pełnią"; a later "radnego Lisa" gives the full name its role
    ("Funkcję wiceprzewodniczących pełnią Adam Kos oraz Ewa Lis.", [("Adam Kos", "wiceprzewodniczący"), ("Ewa Lis", "wiceprzewodnicząca")]),
    ("Kandydaturę Jana Kuchcińskiego zgłoszono, podkreślając doświadczenie radnego Kuchcińskiego.", [("Jan Kuchciński", "radny")]),
    ("Radnymi zostali Jan Lis, nauczyciel, oraz Anna Kos.", [("Jan Lis", "Radny"), ("Anna Kos", "Radna")]),
    # a role complement that is a role noun too; hyphenated and town-name adjectives; a noun in the genitive
    ("Sekretarzem obrad został Zastępca Przewodniczącego Rady p. Jan Lis.", [("Jan Lis", "Zastępca Przewodniczącego Rady")]),
    ("Odznaczenia wręczył Wojewoda Warmińsko-Mazurski Adam Kos.", [("Adam Kos", "Wojewoda Warmińsko-Mazurski")]),
    ("Żegnamy Pana Jana Sowę, byłego Burmistrza Nowego Warpna.", [("Jan Sowa", "były Burmistrz Nowego Warpna")]),
    ("Tytuł otrzymał Adam Lis – właściciel firmy LISBUD.", [("Adam Lis", "właściciel firmy LISBUD")]),
    ("Chórem dyrygował nauczyciel muzyki p. Jan Kos.", [("Jan Kos", "nauczyciel muzyki")]),
    # "znów objął stanowisko"; a full rank; "p.w."; a Roman numeral; a trailing preposition
    ("Adam Wrona znów objął stanowisko przewodniczącego Rady Miejskiej.", [("Adam Wrona", "przewodniczący Rady Miejskiej")]),
    ("Przybył komendant wojewódzki nadbrygadier Jan Lis.", [("Jan Lis", "komendant wojewódzki")]),
    ("Mszy przewodniczył proboszcz parafii p.w. św. Jana w Lisewie - ks. Adam Kos.", [("Adam Kos", "proboszcz parafii p.w. św. Jana w Lisewie")]),
    ("Mówi Ewa Lis, dyrektor V LO, której szkoła świętuje.", [("Ewa Lis", "dyrektor V LO")]),
    ("Parafią kieruje ks. Jan Sowa (proboszcz od 2005 r.).", [("Jan Sowa", "proboszcz")]),
    # a room or a home is named after someone only with "im."; a church's saints after "pw."
    ("Prezydent zwrócił się do obecnej na sali Anny Wrony, dyrektorki szkoły.", [("Anna Wrona", "dyrektorka szkoły")]),
    ("Spotkanie odbyło się w domu Jana Lisa.", [("Jan Lis", None)]),
    ("Koncert odbył się w Sali im. Jana Lisa.", []),
    # a surname the dictionary spells with a capital inside, one it knows only as a verb form
    ("Nagrody wręczył burmistrz Waldemar Stupałkowski.", [("Waldemar Stupałkowski", "burmistrz")]),
    ("Medal otrzymała Anna Nowak-Wila.", [("Anna Nowak-Wila", None)]),
    ("Kwiaty złożono na grobie Heleny Wrzuli.", [("Helena Wrzula", None)]),
    # "jako" before the verb; "pełniła funkcję" after the name; more role nouns
    ("W prezydium jako wiceprzewodniczący zasiedli Adam Lis i Jan Kos.", [("Adam Lis", "wiceprzewodniczący"), ("Jan Kos", "wiceprzewodniczący")]),
    ("Jako pierwszy przemówił Jan Lis.", [("Jan Lis", None)]),
    ("Do 2009 roku Ewa Sowa pełniła funkcję dyrektora szkoły.", [("Ewa Sowa", "dyrektor szkoły")]),
    ("Krzyż otrzymał Adam Kos – nadleśniczy Nadleśnictwa Lisewo.", [("Adam Kos", "nadleśniczy Nadleśnictwa Lisewo")]),
    # a department's name listing its fields; a town by its river; the post held, past when
    ("Przemawiała naczelnik Wydziału Sportu, Turystyki i Promocji Zdrowia Ewa Wrona.",
     [("Ewa Wrona", "naczelnik Wydziału Sportu, Turystyki i Promocji Zdrowia")]),
    ("Był też Adam Kos kierownik Referatu Dróg, Mostów i Zieleni oraz Jan Lis.",
     [("Adam Kos", "kierownik Referatu Dróg, Mostów i Zieleni"), ("Jan Lis", None)]),
    ("Umowę podpisał z burmistrzem Ciężkowic nad Białą Markiem Sową.", [("Marek Sowa", "burmistrz Ciężkowic nad Białą")]),
    ("Anna Kos przez dwie kadencje sprawowała funkcję wójta gminy Lisewo.", [("Anna Kos", "wójt gminy Lisewo")]),
    ("Jan Lis skrytykował kandydata na stanowisko prezesa.", [("Jan Lis", None)]),
    # a place's adjective before the role noun says which office; a plural role after a list is everyone's
    ("List odczytał brodnicki starosta Piotr Wrona.", [("Piotr Wrona", "brodnicki starosta")]),
    ("Rozmawiamy z chełmińską radną Ewą Sową.", [("Ewa Sowa", "chełmińska radna")]),
    ("Nagrody odebrali Ewa Kos i Marek Lis, założyciele fundacji.",
     [("Ewa Kos", "założycielka fundacji"), ("Marek Lis", "założyciel fundacji")]),
    ("Wieniec nieśli Państwo Ewa i Adam Wronowie – właściciele piekarni.",
     [("Ewa Wrona", "właścicielka piekarni"), ("Adam Wrona", "właściciel piekarni")]),
    ("Nagrodę odebrała Ewa Kos, a wręczył ją Jan Lis, prezesi.", [("Ewa Kos", None), ("Jan Lis", "prezes")]),
    ("Festyn przygotowały nauczycielki: Pani Ewa Lis i Pani Anna Kos.",
     [("Ewa Lis", "nauczycielka"), ("Anna Kos", "nauczycielka")]),
    # a school in lower case after its head is his; an unknown surname in -ga; a first name known only as a word
    ("Pożegnano dyrektora szkoły księdza Adama Wilka.", [("Adam Wilk", "dyrektor szkoły")]),
    ("Pożegnano dyrektora teatru Wilama Horzycy.", []),
    ("Kwiaty złożono z inicjatywy kapelana ks. Piotra Wysgi.", [("Piotr Wysga", "kapelan")]),
    ("Nagrodę wręczyła p. Marzanna Grzyb.", [("Marzanna Grzyb", None)]),
    ("Wniosek poparła przewodnicząca komisji oświaty, kultury i sportu Ewa Sowa.",
     [("Ewa Sowa", "przewodnicząca komisji oświaty, kultury i sportu")]),
    ("Był Jan Lis, dyrektor muzeum, historyk i regionalista.", [("Jan Lis", "dyrektor muzeum")]),
    ("Kandydatami na radnych zostali Ewa Sowa i ponownie Jan Lis.",
     [("Ewa Sowa", "Kandydatka na radnych"), ("Jan Lis", "Kandydat na radnych")]),
    # a short role's genitive complement; a role after a modal and an infinitive; "nowo wybrany"; an acronym declined;
    # a courtesy word after "oraz" starts the next person; more titles written short
    ("Obecna była Pani Ewa Sowa Z-ca Wójta.", [("Ewa Sowa", "Z-ca Wójta")]),
    ("Sekretarzem gminy ma pozostać Marek Lis.", [("Marek Lis", "Sekretarz gminy")]),
    ("Gratulacje złożono Ewie Sowie, nowo wybranej sołtys wsi Lisewo.", [("Ewa Sowa", "sołtys wsi Lisewo")]),
    ("Mówi Jan Lis, dyrektor MOK-u w Lisewie.", [("Jan Lis", "dyrektor MOK-u w Lisewie")]),
    ("Powitano Pana Jana Lisa – prezesa klubu oraz Pana prof. Adama Kosa – rektora uczelni.",
     [("Jan Lis", "prezes klubu"), ("Adam Kos", "rektor uczelni")]),
    ("Mszę odprawił proboszcz parafii ks. kan. Marek Sowa.", [("Marek Sowa", "proboszcz parafii")]),
    ("Wśród gości byli ks. prał. Adam Wrona i inni.", [("Adam Wrona", None)]),
    # a surname the dictionary knows only as a village's name
    ("Nagrody wręczyła Justyna Rząska.", [("Justyna Rząska", None)]),
    # a church's saints before the priest's name are no family
    ("Przemawiał proboszcz parafii pw. Świętego Piotra i Pawła Adam Wrona.",
     [("Adam Wrona", "proboszcz parafii pw. Świętego Piotra i Pawła")]),
    # a role standing right before the next full name is that name's; a complete role before "oraz" is one function;
    # a plural role in brackets after a list; an acronym after a role's adjective
    ("Kwiaty złożyli Marek Sowa, prezydent Ryszard Wrona i starosta Jan Kos.",
     [("Marek Sowa", None), ("Ryszard Wrona", "prezydent"), ("Jan Kos", "starosta")]),
    ("Przyszła Ewa Lis - Członek Zarządu Powiatu oraz Radna Gminy.", [("Ewa Lis", "Członek Zarządu Powiatu")]),
    ("Oceniały Ewa Sowa i Anna Kos (przedstawicielki Koła Gospodyń).",
     [("Ewa Sowa", "przedstawicielka Koła Gospodyń"), ("Anna Kos", "przedstawicielka Koła Gospodyń")]),
    ("Meldunek złożono Komendantowi Powiatowemu PSP w Lisewie, st. bryg. Janowi Wronie.",
     [("Jan Wrona", "Komendant Powiatowy PSP w Lisewie")]),
    # a double surname written with a spaced dash, as written; a role glued to the surname by a hyphen
    ("Gości powitała dyrektor szkoły Ewa Sowa – Wrona, a medal odebrał Jan Lis.",
     [("Ewa Sowa – Wrona", "dyrektor szkoły"), ("Jan Lis", None)]),
    ("Chór prowadziła Pani Maria Kos – Lisowska.", [("Maria Kos – Lisowska", None)]),
    ("Wygrał Jan Lis – Nowak był drugi.", [("Jan Lis", None)]),
    ("W studiu byli Jan Wrona-burmistrz Lisewa i Adam Sowa-wójt Kosowa.",
     [("Jan Wrona", "burmistrz Lisewa"), ("Adam Sowa", "wójt Kosowa")]),
    # a plural role shared past titles, a singular one not; a role heading before titles and the names
    ("Mszę odprawili wikariusze – ks. Adam Wrona i ks. Jan Kos.", [("Adam Wrona", "wikariusz"), ("Jan Kos", "wikariusz")]),
    ("Mszę odprawili ks. Dziekan Adam Wrona oraz ks. Jan Kos.", [("Adam Wrona", "Dziekan"), ("Jan Kos", None)]),
    ("Przyszli radni: dr Jan Lis i prof. Anna Kos.", [("Jan Lis", "radny"), ("Anna Kos", "radna")]),
    # a full name in capitals; awards and dedications named after someone
    ("Gościem jest KS. JAN WRONA – proboszcz parafii w Lisewie.", [("Jan Wrona", "proboszcz parafii w Lisewie")]),
    ("Statuetki Stanisława Moniuszki trafiły do laureatów.", []),
    ("Śpiewał chór parafii Wniebowzięcia Najświętszej Maryi Panny.", []),
    # "były" after a verb and a particle is the adjective; more role nouns
    ("Kibicował też były wójt Lisewa – Jan Wrona.", [("Jan Wrona", "były wójt Lisewa")]),
    ("Nieobecni byli radny J. Lis i radna A. Kos.", [("J. Lis", "radny"), ("A. Kos", "radna")]),
    ("Nagrodę odebrał wioślarz Adam Sowa.", [("Adam Sowa", "wioślarz")]),
    # a man's unknown surname in the locative; an acronym joined by a hyphen in a role; more role nouns
    ("Pamiątki po komendancie wojskowym Lisewa por. Tadeuszu Lerchenfeldzie.", [("Tadeusz Lerchenfeld", "komendant wojskowy Lisewa")]),
    ("Medal otrzymała Ewa Sowa – wicedyrektor ZS-P nr 4 w Lisewie.", [("Ewa Sowa", "wicedyrektor ZS-P nr 4 w Lisewie")]),
    ("Wśród gości była Anna Kos - wizytator Kuratorium Oświaty.", [("Anna Kos", "wizytator Kuratorium Oświaty")]),
    # a role after a comma that stands right before the next name is that name's, with or without "pan"
    ("Głos zabrali radni Jan Lis i Adam Kos, przewodniczący komisji Marek Wrona oraz goście.",
     [("Jan Lis", "radny"), ("Adam Kos", "radny"), ("Marek Wrona", "przewodniczący komisji")]),
    ("Patronat objęli Wojewoda Lisewski pan Jan Lis, Starosta Powiatu pan Adam Kos.",
     [("Jan Lis", "Wojewoda Lisewski"), ("Adam Kos", "Starosta Powiatu")]),
    # a compound adjective written with spaced or en dashes; a plural qualifier; "vice-"; more role nouns
    ("List odczytał Wojewoda Kujawsko – Pomorski Jan Lis.", [("Jan Lis", "Wojewoda Kujawsko – Pomorski")]),
    ("Wręczono listy Marszałka Województwa Warmińsko - Mazurskiego Adama Kosa.", [("Adam Kos", "Marszałek Województwa Warmińsko - Mazurskiego")]),
    ("Nagrodę dostała Ewa Sowa – dyrektor Poradni Psychologiczno–Pedagogicznej w Lisewie.",
     [("Ewa Sowa", "dyrektor Poradni Psychologiczno–Pedagogicznej w Lisewie")]),
    ("Przyszli byli wójtowie gminy: Adam Kos i Jan Lis.", [("Adam Kos", "były wójt gminy"), ("Jan Lis", "były wójt gminy")]),
    ("Kwiaty złożył vicestarosta Marek Wrona.", [("Marek Wrona", "vicestarosta")]),
    ("Imprezę prowadzili konferansjerzy: Jan Lis i Adam Kos.", [("Jan Lis", "konferansjer"), ("Adam Kos", "konferansjer")]),
    ("Umowę podpisał Marek Wrona, prokurent spółki Lisbud.", [("Marek Wrona", "prokurent spółki Lisbud")]),
    # a double surname's dash as written; a grave's occupant is a person; a patron past "prezydenta RP"
    ("Wygrały Ewa Lis–Kos i Anna Sowa- Wrona.", [("Ewa Lis–Kos", None), ("Anna Sowa- Wrona", None)]),
    ("Kwiaty złożono na grobie generała Adama Kosa.", [("Adam Kos", None)]),
    ("Skwer otrzymał imię prezydenta RP Jana Lisa.", []),
    ("Łańcuch przekazał sekretarz gminy Mirosław Gatka.", [("Mirosław Gatka", "sekretarz gminy")]),
    ("Gości przywitał Pana Zenona Flejtra i Pana Jana Rydra.", [("Zenon Flejter", None), ("Jan Ryder", None)]),
    # a surname in -a left undeclined beside a dative first name; a parish's priest is no patron; a role with its
    # complement after a name is no third part of it; a guest list in protocol order, each with a function after a dash
    ("Medal wręczono dh Tomaszowi Siwula.", [("Tomasz Siwula", None)]),
    ("Dziękujemy proboszczowi parafii ks. kan. Adamowi Kosowi.", [("Adam Kos", "proboszcz parafii")]),
    ("Tytuł otrzymał Jan Marek Sołtys Sołectwa Lisewo.", [("Jan Marek", "Sołtys Sołectwa Lisewo")]),
    # an office's capitalised adjective before its title; a priest's "Ksiądz" before his function; an adjective of the
    # complement stays in its case
    ("Na galę przybył Marek Wrona – Okręgowy Inspektor Pracy.", [("Marek Wrona", "Okręgowy Inspektor Pracy")]),
    ("Życzenia od Warmińsko-Mazurskiego Kuratora Oświaty Jana Lisa.", [("Jan Lis", "Warmińsko-Mazurski Kurator Oświaty")]),
    ("Przybył Ksiądz Proboszcz – Adam Kos.", [("Adam Kos", "Proboszcz")]),
    ("Spotkał się z kierownikiem gminnego ośrodka pomocy Janem Lisem.", [("Jan Lis", "kierownik gminnego ośrodka pomocy")]),
    # a man's surname in "-o" left as written; an initial of two letters; a common word in a double surname
    ("Medale wręczono dh Wojciechowi Wojdyło i Józefem Ryłko.", [("Wojciech Wojdyło", None), ("Józef Ryłko", None)]),
    ("Nieobecny był radny St. Lis.", [("St. Lis", "radny")]),
    ("Akt oskarżenia skierowano przeciwko 63-letniej Ewie Cz.", [("Ewa Cz.", None)]),
    ("Insygnia otrzymał z rąk prof. Janusza Ostoja-Lisa.", [("Janusz Ostoja-Lis", None)]),
    # a woman's second surname without its hyphen
    ("Podziękowano dyrektor Ewie Rozen Kowalskiej z Biblioteki.", [("Ewa Rozen Kowalska", "dyrektor")]),
    ("Oprowadzi pani Anna Lis Wrońska.", [("Anna Lis Wrońska", None)]),
    ("Tak wyjaśnia Anna Grzeszna-Kos, historyk z muzeum.", [("Anna Grzeszna-Kos", "historyk z muzeum")]),
    # a long office's name; a title written short without its dot; more professions
    ("Nad piknikiem czuwał Pan Jan Lis-kierownik Referatu Rolnictwa i Ochrony Środowiska w Urzędzie Gminy Lisewo.",
     [("Jan Lis", "kierownik Referatu Rolnictwa i Ochrony Środowiska w Urzędzie Gminy Lisewo")]),
    ("Mszy przewodniczył ks. kan Adam Kos.", [("Adam Kos", None)]),
    ("Gościem była lokalna powieściopisarka Ewa Sowa.", [("Ewa Sowa", "powieściopisarka")]),
    # a grade of the post; a woman's adjective beside a man's role noun; a short name in brackets inside an office's name
    ("Obecny był starszy wizytator Kuratorium Oświaty Jan Lis.", [("Jan Lis", "starszy wizytator Kuratorium Oświaty")]),
    ("Doceniono Ewę Sowę, redaktor naczelną miesięcznika.", [("Ewa Sowa", "redaktor naczelna miesięcznika")]),
    ("Budowę oglądał Jan Lis, dyrektor Oddziału Generalnej Dyrekcji Dróg Krajowych i Autostrad (GDDKiA) w Lisewie.",
     [("Jan Lis", "dyrektor Oddziału Generalnej Dyrekcji Dróg Krajowych i Autostrad (GDDKiA) w Lisewie")]),
    # an apposition after a comma takes the case of the role before it ("Józefa" a man's genitive, not a woman's name)
    ("Projekt był autorstwa architekta teatralnego, Józefa Chmiela.", [("Józef Chmiel", "architekt teatralny")]),
    # a post the next clause entrusts is no apposition; a name after a dash takes the role's case; an impersonal verb's object
    ("Starostą nadal będzie Jan Lis, funkcję Wicestarosty obejmie Adam Kos.", [("Jan Lis", "Starosta"), ("Adam Kos", "Wicestarosta")]),
    ("Mszę odprawiono w koncelebrze kapelana strażaków – ks. bryg. Władysława Kuliga.", [("Władysław Kulig", "kapelan strażaków")]),
    ("Na protokolanta powołano Konrada Grochala.", [("Konrad Grochal", "protokolant")]),
    # a numeral inside a role's complement; a village after "z" is no first name of a family
    ("Opowiedzieli sołtysi dwóch wsi: Jan Lis z Klimek i Adam Kos z Łazów.",
     [("Jan Lis", "sołtys dwóch wsi"), ("Adam Kos", "sołtys dwóch wsi")]),
    # a man's second surname without its hyphen; a patron after "im." with the first name left undeclined
    ("Oprowadził Dyrektor Łukasz Lubicz Wroński.", [("Łukasz Lubicz Wroński", "Dyrektor")]),
    ("Przyjęła nas Biblioteka im. Łukasz Górnickiego.", []),
    # an apposition after a dash ends at the comma: the role is the name's before it, not the next one's
    ("W poczcie byli dh Jan Lis – dowódca, Adam Kos – asysta.", [("Jan Lis", "dowódca"), ("Adam Kos", None)]),
    ("Jan Lis został na przewodniczącego wybrany jednogłośnie.", [("Jan Lis", "przewodniczący")]),
    # a ruler by a byname alone, an adjective or SGJP's "przydomek"
    ("Przypomniano rocznicę koronacji Bolesława Chrobrego.", [("Bolesław Chrobry", None)]),
    ("Był to dar króla Kazimierza Jagiellończyka.", [("Kazimierz Jagiellończyk", "król")]),
    ("Uczniowie Szkoły im. Bolesława Chrobrego.", []),
    ("Przybyli: Wrona Marek – Dyrektor Departamentu Sportu oraz Kos Anna – Pełnomocnik Wojewody.",
     [("Marek Wrona", "Dyrektor Departamentu Sportu"), ("Anna Kos", "Pełnomocnik Wojewody")]),
    # role nouns the list lacked, a long-serving one, and a woman who is "sołtys" by her office's name
    ("Gośćmi byli Ewa Wrona, sołtyska sołectwa Lisewo, i Adam Kos, sołtys sołectwa Kosowo.",
     [("Ewa Wrona", "sołtyska sołectwa Lisewo"), ("Adam Kos", "sołtys sołectwa Kosowo")]),
    ("W tym roku sołtysami zostali Anna Lis i Marek Sowa.", [("Anna Lis", "sołtys"), ("Marek Sowa", "sołtys")]),
    ("Zmarł Jan Kos, długoletni dyrektor szkoły w Lisewie.", [("Jan Kos", "dyrektor szkoły w Lisewie")]),
    ("Na ścianie zawisł portret Wojciecha Lisa – przywódcy powstania.", [("Wojciech Lis", "przywódca powstania")]),
    # an ordinal before a deputy's office says which deputy; a rank and its service, or "min.", are titles
    ("Adam Kos został drugim wiceprezydentem Lisewa.", [("Adam Kos", "drugi wiceprezydent Lisewa")]),
    ("Przybył II Wicewojewoda Pomorski Marek Sowa.", [("Marek Sowa", "II Wicewojewoda Pomorski")]),
    ("Zaprasza Komendant Placówki Straży Granicznej w Lisewie mjr SG Jan Wrona.",
     [("Jan Wrona", "Komendant Placówki Straży Granicznej w Lisewie")]),
    ("Medale wręczył szef Urzędu ds. Kombatantów min. Jan Kos.", [("Jan Kos", "szef Urzędu ds. Kombatantów")]),
    ("Żegnaliśmy Adama Kosa, burmistrza Lisewa i byłego przewodniczącego Rady Powiatu Lisewskiego.",
     [("Adam Kos", "burmistrz Lisewa i były przewodniczący Rady Powiatu Lisewskiego")]),
    # a surname the dictionary knows only as an adjective, agreeing with the first name before it
    ("Krzyżem odznaczono Józefę Podskalną i Jana Białego.", [("Józefa Podskalna", None), ("Jan Biały", None)]),
    ("Msza ku czci Maryi Wniebowziętej.", []),
    # a region's short form in a town's name is no sentence's end
    ("Gościem był prezydent Gorzowa Wlkp. Jan Lis, a potem burmistrz Strzelec Kraj. - Anna Kos.",
     [("Jan Lis", "prezydent Gorzowa Wlkp."), ("Anna Kos", "burmistrz Strzelec Kraj.")]),
    # a second function after the first one's complement is his too, unless it runs into the next person's name
    ("Mówił ks. Adam Kos, proboszcz parafii i wicedziekan lisewski, a kazanie wygłosił ks. Jan Lis.",
     [("Adam Kos", "proboszcz parafii i wicedziekan lisewski"), ("Jan Lis", None)]),
    ("Rozmawiał z ks. Adamem Kosem, proboszczem parafii i wicedziekanem lisewskim, o odpuście.",
     [("Adam Kos", "proboszcz parafii i wicedziekan lisewski")]),
    ("Obrady otworzyli Marek Sowa, starosta lisewski i przewodniczący konwentu, oraz Jan Lis.",
     [("Marek Sowa", "starosta lisewski i przewodniczący konwentu"), ("Jan Lis", None)]),
    ("Przybyli Jan Lis, prezes klubu i radna gminy pani Anna Kos.", [("Jan Lis", "prezes klubu"), ("Anna Kos", "radna gminy")]),
    # two roles of one person before the name, unless the first ends a list of the previous person's
    ("Przemawiała radna sejmiku i przewodnicząca komisji oświaty Anna Kos.", [("Anna Kos", "radna sejmiku i przewodnicząca komisji oświaty")]),
    ("Mszy przewodniczył proboszcz parafii i dziekan dekanatu ks. Jan Lis.", [("Jan Lis", "proboszcz parafii i dziekan dekanatu")]),
    ("Zaproszono sekretarza gminy i zarazem radnego powiatu pana Jana Lisa.", [("Jan Lis", "sekretarz gminy i zarazem radny powiatu")]),
    # a relative's post is not one's own, unless the name is in its case; "swój" says whose the post is, not what
    ("Uroczystość odwiedziła żona prezydenta miasta Anna Kos.", [("Anna Kos", None)]),
    ("Wspomnienia spisała wdowa po prezesie klubu Ewa Sowa.", [("Ewa Sowa", None)]),
    ("Biskup Karol Lis był synem króla polskiego Zygmunta III Wazy.", [("Karol Lis", "Biskup"), ("Zygmunt III Waza", "król polski")]),
    ("Życzenia złożył burmistrz także w imieniu Marka Lisa, swojego zastępcy.", [("Marek Lis", "zastępca")]),
    ("Nagrodę wójta otrzymał Jan Lis, a nagrodę Kujawskiego Kuratora Oświaty pani Ewa Sowa.", [("Jan Lis", None), ("Ewa Sowa", None)]),
    ("Honorowe Obywatelstwo m.st. Warszawy nadano Annie Kos.", [("Anna Kos", None)]),
    # a colleague's address between the role and the name, as a courtesy word; a surname alone given its role later
    ("Pomysł zgłosił prezes zarządu, kolega Jan Lis, i zyskał poparcie.", [("Jan Lis", "prezes zarządu")]),
    ("Mistrzem koła został Kol. Adam Kos.", [("Adam Kos", "Mistrz koła")]),
    ("Gościem był dr Marek Sowa z UMK, a wykład wygłosił dr Sowa, kierownik zakładu.", [("Marek Sowa", "kierownik zakładu")]),
    ("Sukces docenił Jan Lis, nauczyciel w II LO im. Krzysztofa Kamila Baczyńskiego.",
     [("Jan Lis", "nauczyciel w II LO im. Krzysztofa Kamila Baczyńskiego")]),
    ("Czytał gość w osobie pana Adama Kosa, radnego i zarazem sołtysa wsi, a spotkanie prowadziła pani Ewa Sowa.",
     [("Adam Kos", "radny i zarazem sołtys wsi"), ("Ewa Sowa", None)]),
    # the eldest councillor, who opens a new council's first session, in any case
    ("Sesję otworzyła radna seniorka Anna Kos.", [("Anna Kos", "radna seniorka")]),
    ("Prowadzenie obrad powierzono radnej seniorce – pani Ewie Sowie.", [("Ewa Sowa", "radna seniorka")]),
    ("Posiedzenie otworzył przez chwilę radny senior, Jan Lis.", [("Jan Lis", "radny senior")]),
    ("Sesja została otwarta przez radnego seniora, Adama Kosa.", [("Adam Kos", "radny senior")]),
    # an initial's surname tells its case: the role after it in another case is the next person's
    ("Meldunek złożył naczelnik OSP dh R. Zieliński prezesowi zarządu gminnego dh A. Kosowskiemu.",
     [("R. Zieliński", "naczelnik OSP"), ("A. Kosowski", "prezes zarządu gminnego")]),
    ("Wśród gości była burmistrz Lisewa, a jednocześnie prezes OSP dh Anna Kos.", [("Anna Kos", "burmistrz Lisewa, a jednocześnie prezes OSP")]),
    ("Przybyli Jan Lis – sekretarz stanu oraz pełnomocnik rządu ds. sportu oraz starosta ostrowski Adam Kos.",
     [("Jan Lis", "sekretarz stanu oraz pełnomocnik rządu ds. sportu"), ("Adam Kos", "starosta ostrowski")]),
    # a bishop's rank right before his name is a title beside the function the sentence gives him
    ("Parafię odwiedził ordynariusz Diecezji Lisewskiej ks. Biskup Jan Lis, którego powitał proboszcz.",
     [("Jan Lis", "ordynariusz Diecezji Lisewskiej")]),
    ("Decyzję ogłosił Nuncjusz Apostolski w Polsce arcybiskup Adam Kos.", [("Adam Kos", "Nuncjusz Apostolski w Polsce")]),
    ("Wóz poświęcił ksiądz biskup Marek Sowa, biskup pomocniczy diecezji lisewskiej.",
     [("Marek Sowa", "biskup pomocniczy diecezji lisewskiej")]),
    ("Mszę odprawił biskup Jan Wrona.", [("Jan Wrona", "biskup")]),
    # acting in an office: the participle and the duty stay in the role
    ("Sołtysi spotkali się z pełniącym funkcję burmistrza Janem Lisem.", [("Jan Lis", "pełniący funkcję burmistrza")]),
    ("Akty wręczyła pełniąca obowiązki Komendanta Powiatowego Policji insp. Anna Kos.",
     [("Anna Kos", "pełniąca obowiązki Komendanta Powiatowego Policji")]),
    ("Przemawiał Adam Kos, pełniący obowiązki dyrektora szkoły.", [("Adam Kos", "pełniący obowiązki dyrektora szkoły")]),
    ("Przyszli byli dyrektorzy szkoły: Adam Lis i Ewa Kos.", [("Adam Lis", "były dyrektor szkoły"), ("Ewa Kos", "były dyrektor szkoły")]),
    ("Gości przywitali prezesi Stowarzyszenia – Anna Wrona i Jan Kos.", [("Anna Wrona", "prezes Stowarzyszenia"), ("Jan Kos", "prezes Stowarzyszenia")]),
    # a woman's adjective beside an office's masculine name, which does not decline for her
    ("Nagrody wręczyła opolska kurator oświaty Anna Lis.", [("Anna Lis", "opolska kurator oświaty")]),
    ("Występ zachwycił mazowiecką kurator oświaty Ewę Kos.", [("Ewa Kos", "mazowiecka kurator oświaty")]),
    ("Rozmawiał z byłą dyrektor szkoły Anną Wroną.", [("Anna Wrona", "była dyrektor szkoły")]),
    # an adjectival surname the dictionary does not know, after an initial: its ending gives its case
    ("Podziękowania dla J. Zawadzkiej i M. Lisickiemu.", [("J. Zawadzka", None), ("M. Lisicki", None)]),
    # an alias after "vel" is part of the surname, written as it is
    ("Ministra reprezentował Szymona Lisa vel Kos.", [("Szymon Lis vel Kos", None)]),
    ("Przewodniczącym Rady Powiatu Lisewskiego w nowej kadencji został Jan Lis.", [("Jan Lis", "Przewodniczący Rady Powiatu Lisewskiego")]),
    # "byli" before a singular office is the verb, not "former"
    ("Pierwszymi władzami OSP, założonej w 1926 roku, byli prezes Jan Lis i naczelnik Adam Kos.",
     [("Jan Lis", "prezes"), ("Adam Kos", "naczelnik")]),
    ("Mszy przewodniczył biskup Jan Wrona – Krajowy Duszpasterz Rolników.", [("Jan Wrona", "Krajowy Duszpasterz Rolników")]),
    # "Józefie" is Józef's locative and Józefa's dative alike: a priest's or a lady's title decides
    ("Parafia pamięta o ks. Józefie Potyrale.", [("Józef Potyrała", None)]),
    ("Dziękujemy pani Józefie Potyrale.", [("Józefa Potyrała", None)]),
    # "v-ce", "w-ce" written apart before the office; "kol." is a title; "sędzia" declines like a woman's noun, his is a man's
    ("Gościem był w-ce prezydent Lisewa Jan Lis, a obrady otworzył V-ce Prezes Zarządu kol. Adam Kos.",
     [("Jan Lis", "w-ce prezydent Lisewa"), ("Adam Kos", "V-ce Prezes Zarządu")]),
    ("Sędzią Głównym zawodów był druh Marek Sowa.", [("Marek Sowa", "Sędzia Główny zawodów")]),
    # a teacher's grade is part of the post
    ("Pracowali: Anna Lis - nauczyciel mianowany, Ewa Kos - nauczyciel stażysta.",
     [("Anna Lis", "nauczyciel mianowany"), ("Ewa Kos", "nauczyciel stażysta")]),
    ("Spotkał się z Janem Lisem, nauczycielem dyplomowanym.", [("Jan Lis", "nauczyciel dyplomowany")]),
    # a singular office is shared by no one after ", a", nor by the next courtesy word's person
    ("Akt odczytał Wójt Gminy Lisewo Jan Lis, a Pan Adam Kos odczytał list.",
     [("Jan Lis", "Wójt Gminy Lisewo"), ("Adam Kos", None)]),
    ("Oceniała komisja: p. dyrektor Teresa Lis, p. Renata Kos i p. Ewa Sowa.",
     [("Teresa Lis", "dyrektor"), ("Renata Kos", None), ("Ewa Sowa", None)]),
    ("Dyplomy odebrały panie bibliotekarki: p. Anna Lis i p. Ewa Kos.",
     [("Anna Lis", "bibliotekarka"), ("Ewa Kos", "bibliotekarka")]),
    # a title alone, or a dash's apposition up to a comma, is no one's role after it
    ("Szkoła uhonorowała Prof. Stanisława Szczura, Prof. Marię i Jana Bruzdów.",
     [("Stanisław Szczur", None), ("Maria Bruzda", None), ("Jan Bruzda", None)]),
    ("Medale odebrali Anna Lis - Dyrektorka Archiwum Miejskiego, Ks. Infułat Jan Kos i Ewa Sowa.",
     [("Anna Lis", "Dyrektorka Archiwum Miejskiego"), ("Jan Kos", None), ("Ewa Sowa", None)]),
    # a preposition that led past the role's end is dropped; "sędzia" with a man's adjective for a woman; a council's tier
    ("Jego prezesem od ponad 30 lat jest pan Marek Sowa.", [("Marek Sowa", "prezes")]),
    ("Sędzią głównym zawodów była Pani Ewa Lis.", [("Ewa Lis", "Sędzia główny zawodów")]),
    ("Kibicowali powiatowi radni: Jan Lis i Anna Kos.", [("Jan Lis", "powiatowy radny"), ("Anna Kos", "powiatowa radna")]),
    # an order's initials, "po raz kolejny" and "jako jej …" between the name and the role it is given
    ("Ks. Jan Lis SAC został mianowany rektorem.", [("Jan Lis", "rektor")]),
    ("Pani Ewa Lis po raz kolejny została wybrana na stanowisko Przewodniczącej Koła Gospodyń.",
     [("Ewa Lis", "Przewodnicząca Koła Gospodyń")]),
    ("W komisji powiat reprezentuje Jan Lis jako jej wiceprzewodniczący.", [("Jan Lis", "wiceprzewodniczący")]),
    # a genitive noun that is also a verb's form continues the complement
    ("Gościła ją Anna Lis – autorka ośmiu powieści.", [("Anna Lis", "autorka ośmiu powieści")]),
    ("Gości przywitała dyrektor placówki gospodarzy Ewa Kos.", [("Ewa Kos", "dyrektor placówki gospodarzy")]),
    # a unit's or school's number after its short name
    ("Gośćmi byli dowódca JRG 4 Jan Lis i prezes Adam Kos.", [("Jan Lis", "dowódca JRG 4"), ("Adam Kos", "prezes")]),
    # "i jednocześnie": a second function of the same person
    ("Podziękowano Janowi Lisowi, członkowi Zarządu i jednocześnie prezesowi klubu.",
     [("Jan Lis", "członek Zarządu i jednocześnie prezes klubu")]),
    ("Opowiadał Jan Lis, kapelmistrz orkiestry i zarazem organizator festiwalu.",
     [("Jan Lis", "kapelmistrz orkiestry i zarazem organizator festiwalu")]),
    # a man's surname known only as a common noun, declined like his first name; a priest listed after a parish's name
    ("Powitał prezydenta miasta Jacka Stryka wraz z asystentką.", [("Jacek Stryk", "prezydent miasta")]),
    ("W asyście ks. Jana Lisa, proboszcza parafii Solec oraz ks. Adama Kosa, proboszcza parafii Lipno.",
     [("Jan Lis", "proboszcz parafii Solec"), ("Adam Kos", "proboszcz parafii Lipno")]),
    # a register's order, the surname first, in a list of results; an epithet before a name is no surname
    ("I miejsce zajął Bednarz Mikołaj, a II miejsce Smoleń Barbara.", [("Mikołaj Bednarz", None), ("Barbara Smoleń", None)]),
    ("Były to panie Anna Lis, Boligłowa Zdzisława oraz Janina Kos.",
     [("Anna Lis", None), ("Zdzisława Boligłowa", None), ("Janina Kos", None)]),
    ("Dzieci odwiedził Święty Mikołaj, a potem Matka Teresa.", []),
    # more role nouns: hosts, enthusiasts, sponsors, pupils by grade, models (a woman in a plural office keeps its name)
    ("Chleb przekazali gospodarze tegorocznego Święta Plonów – Anna Lis i Jan Kos.",
     [("Anna Lis", "gospodarz tegorocznego Święta Plonów"), ("Jan Kos", "gospodarz tegorocznego Święta Plonów")]),
    ("Turniej zorganizowano z inicjatywy pasjonatów futbolu Jerzego Lisa i Adama Kosa.",
     [("Jerzy Lis", "pasjonat futbolu"), ("Adam Kos", "pasjonat futbolu")]),
    ("Urząd wykupił Jan Lis – dworzanin Królewski.", [("Jan Lis", "dworzanin Królewski")]),
    # a scout instructor's degree is a rank, no function
    ("Przemawiał harcmistrz Jan Lis, komendant hufca.", [("Jan Lis", "komendant hufca")]),
    # "b." is "były" cut short, kept with the office like it
    ("Głos zabrał Jan Lis, b. wójt gminy, a klub b. prezydenta Adama Kosa milczał.",
     [("Jan Lis", "b. wójt gminy"), ("Adam Kos", "b. prezydent")]),
    # a compound adjective spaced round its dash, in lower case too
    ("Kwiaty złożyli wojewoda kujawsko - pomorski Jan Lis i prezydent Adam Kos.",
     [("Jan Lis", "wojewoda kujawsko - pomorski"), ("Adam Kos", "prezydent")]),
    # the post "na" names before the verb that gives it
    ("Przewodniczący na protokolanta wyznaczył Marzenę Nowak.", [("Marzena Nowak", "protokolant")]),
    ("Wójt na stanowisko skarbnika gminy powołał Annę Kos.", [("Anna Kos", "skarbnik gminy")]),
    ("Dyrektor szkoły wybrał Jana Lisa.", [("Jan Lis", None)]),
    ("Projekt przedstawiła Anna Lis inspektor z Wydziału Organizacyjnego.", [("Anna Lis", "inspektor z Wydziału Organizacyjnego")]),
    # a calling's noun, then the role noun in apposition to it, in its case ("artysty rzeźbiarza")
    ("Urzędnicy odrzucili projekt artysty rzeźbiarza Jana Lisa.", [("Jan Lis", "artysta rzeźbiarz")]),
    ("Prace oceniał Jan Kos, artysta fotografik z Muzeum Kultury.", [("Jan Kos", "artysta fotografik z Muzeum Kultury")]),
    ("Ozdoby wykonano pod kierunkiem nauczyciela plastyka - Ewy Sowy.", [("Ewa Sowa", "nauczyciel plastyka")]),
    ("Medal dostał Pan Jan Lis – Wójta Gminy Lisewo i Prezesa ZOG ZOSP RP.",
     [("Jan Lis", "Wójt Gminy Lisewo i Prezes ZOG ZOSP RP")]),
    # a first name a journalist left undeclined beside a surname in an oblique case only
    ("Złożono kwiaty przy grobie księdza Piotr Ściegiennego.", [("Piotr Ściegienny", None)]),
    ("Był wójt wraz z przewodniczącą rady Patrycja Smykowską.", [("Patrycja Smykowska", "przewodnicząca rady")]),
    ("W klasach 1-3 wygrała Aleksandra Bałko z SP2.", [("Aleksandra Bałko", None)]),
    # a body named by its members' role: each of them holds it
    ("Rywalizację oceniało grono jurorów w składzie: Jan Lis oraz Adam Kos.", [("Jan Lis", "juror"), ("Adam Kos", "juror")]),
    # "par." is "parafii" cut short; a plural role in another case names whom the text speaks to
    ("Mszy przewodniczył ks. Jan Lis, Proboszcz par. Matki Bożej Bolesnej w Lisewie.",
     [("Jan Lis", "Proboszcz par. Matki Bożej Bolesnej w Lisewie")]),
    ("Na wydarzenie zaprasza wszystkich mieszkańców Maria Lis, przewodnicząca Rady Seniorów.",
     [("Maria Lis", "przewodnicząca Rady Seniorów")]),
    # a surname alone after a title: no role
    ("Uczelnia uczciła profesora Lisowskiego, który założył wydział.", [("Lisowski", None)]),
    # an office's adjective before the role noun after a dash; a church's dedication inside the role; a prefix and an ordinal apart
    ("Kazanie wygłosił ks. Piotr Lis – diecezjalny duszpasterz młodzieży.", [("Piotr Lis", "diecezjalny duszpasterz młodzieży")]),
    ("Obok stanął ks. Adam Kos – proboszcz parafii Pana Jezusa Miłosiernego w Lisewie.",
     [("Adam Kos", "proboszcz parafii Pana Jezusa Miłosiernego w Lisewie")]),
    ("Gości przywitał Marek Sowa – v-ce prezes Towarzystwa Przyjaciół Lisewa.", [("Marek Sowa", "v-ce prezes Towarzystwa Przyjaciół Lisewa")]),
    ("Życzenia złożyła Ewa Lis, I zastępca Burmistrza Lisewa.", [("Ewa Lis", "I zastępca Burmistrza Lisewa")]),
    ("Palmy oceniała Zofia Kos – etnolog z Muzeum Regionalnego.", [("Zofia Kos", "etnolog z Muzeum Regionalnego")]),
    ("Komandorem rajdu był Tomasz Sowa.", [("Tomasz Sowa", "Komandor rajdu")]),
    # a name in the genitive completing a common noun: the thing's, inside the role of whoever holds it, no role of its own
    ("Spotkanie poprowadził Marek Sowa, autor biografii Jana Kochanowskiego.",
     [("Marek Sowa", "autor biografii Jana Kochanowskiego"), ("Jan Kochanowski", None)]),
    ("Głos zabrał Adam Kos, prezes fundacji Piotra Kowalczyka.", [("Adam Kos", "prezes fundacji Piotra Kowalczyka")]),  # the foundation is named after him: no person
    ("Gratulacje przekazano dla dyrektora szkoły Jana Lisa.", [("Jan Lis", "dyrektor szkoły")]),
    # the post a sentence makes someone take, over the one word of the office he holds beside his name
    ("Przewodniczącym komisji został radny Jan Lis.", [("Jan Lis", "Przewodniczący komisji")]),
    ("Na Wiceprzewodniczącego Rady Gminy został wybrany Radny Pan Adam Kos.", [("Adam Kos", "Wiceprzewodniczący Rady Gminy")]),
    ("W głosowaniu radna Anna Lis została wybrana na przewodniczącą Rady Miejskiej.", [("Anna Lis", "przewodnicząca Rady Miejskiej")]),
    ("Obecny był radny Jan Lis.", [("Jan Lis", "radny")]),
    ("Wśród gości byli radni Anna Kos i Jan Lis.", [("Anna Kos", "radna"), ("Jan Lis", "radny")]),
    # an adjective before the role noun in an apposition; a courtesy word inside it; parliamentarians, donors, musicians
    ("Na zdjęciu jest Jan Kos – komisaryczny burmistrz Lisewa.", [("Jan Kos", "komisaryczny burmistrz Lisewa")]),
    ("Przybyła Anna Lis - Pani Sołtys sołectwa Zagrody.", [("Anna Lis", "Sołtys sołectwa Zagrody")]),
    ("Pojawili się parlamentarzyści: Anna Lis i Jan Kos.", [("Anna Lis", "parlamentarzystka"), ("Jan Kos", "parlamentarzysta")]),
    ("Nagrody ufundował Marek Sowa - darczyńca.", [("Marek Sowa", "darczyńca")]),
    # a second surname after a spaced dash, then her post (with or without its own dash)
    ("Okładkę przygotowała Anna Lis – Kowalska bibliotekarz.", [("Anna Lis – Kowalska", "bibliotekarz")]),
    ("Gości powitała Panią Ewę Kos - Nowak - Sekretarza Gminy Lisewo.", [("Ewa Kos - Nowak", "Sekretarz Gminy Lisewo")]),
    # a place's name no dictionary knows before a first name and a surname is no first name
    ("Przybył Burmistrz Lisówka Kazimierz Misztal.", [("Kazimierz Misztal", "Burmistrz Lisówka")]),
    # a double surname whose second part is a common word beside a surname of its own
    ("Nad apelem czuwała p. Joanna Kowalska-Letko.", [("Joanna Kowalska-Letko", None)]),
    # the participle before the verb; "d-ca" for "dowódca"; reporters and critics
    ("Na Przewodniczącego Zebrania wybrany został dh Jan Lis.", [("Jan Lis", "Przewodniczący Zebrania")]),
    ("Plan omówił d-ca Grupy Rekonstrukcyjnej Adam Kos.", [("Adam Kos", "d-ca Grupy Rekonstrukcyjnej")]),
    ("Relację przygotowała reporterka Anna Lis z TVP Lisewo.", [("Anna Lis", "reporterka")]),
    ("Filmy wprowadzał krytyk filmowy z Warszawy – Jan Kos.", [("Jan Kos", "krytyk filmowy z Warszawy")]),
    # a role glued before the name by a hyphen; an ordinal's declined form; a party's or an order's initials before the apposition
    ("Koło ma zarząd w składzie: przewodnicząca-Anna Lis, skarbnik-Ewa Kos.", [("Anna Lis", "przewodnicząca"), ("Ewa Kos", "skarbnik")]),
    ("Prowadzenie obrad przekazał Janowi Kosowi drugiemu Wiceprzewodniczącemu Rady Powiatu.",
     [("Jan Kos", "drugi Wiceprzewodniczący Rady Powiatu")]),
    ("Obywatelstwo otrzymał ks. abp Jan Lis SAC (biskup lisewski).", [("Jan Lis", "biskup lisewski")]),
    ("Głos zabrał Adam Kos PSL, radny powiatowy.", [("Adam Kos", "radny powiatowy")]),
    ("W uroczystości uczestniczył Jan Kos etatowy członek Zarządu Powiatu.", [("Jan Kos", "etatowy członek Zarządu Powiatu")]),
    # a list whose first name follows its role: each role, then the name it belongs to
    ("Gościli wójt gminy Jan Lis, przewodniczący Rady Gminy, Adam Kos, kierownik Ośrodka Pomocy Społecznej, Ewa Sowa.",
     [("Jan Lis", "wójt gminy"), ("Adam Kos", "przewodniczący Rady Gminy"), ("Ewa Sowa", "kierownik Ośrodka Pomocy Społecznej")]),
    ("Rozmawiano z Janem Lisem, wiceprezydentem, Adamem Kosem i Ewą Sową.", [("Jan Lis", "wiceprezydent"), ("Adam Kos", None), ("Ewa Sowa", None)]),
    # a long short name with small letters inside; an adjective after a head in the nominative is its complement's
    ("Gości powitała pani dyrektor GZOKSiT Anna Lis.", [("Anna Lis", "dyrektor GZOKSiT")]),
    ("Życzenia złożyła dyrektor lisewskiej Delegatury Kuratorium Oświaty Ewa Kos.", [("Ewa Kos", "dyrektor lisewskiej Delegatury Kuratorium Oświaty")]),
    # an office after "był też" is the person's own when no post in the instrumental stands before the verb
    ("Na festynie obecny był też wicestarosta Adam Kos.", [("Adam Kos", "wicestarosta")]),
    ("Obecna była również radna powiatu Ewa Sowa.", [("Ewa Sowa", "radna powiatu")]),
    # "ks" without its dot, and a rank's "w st. spocz.", are no part of the role
    ("Modlitwę poprowadził kapelan strażaków ks Marek Wrona.", [("Marek Wrona", "kapelan strażaków")]),
    ("Meldunek przyjął komendant gminny bryg. w st. spocz. Jan Lis.", [("Jan Lis", "komendant gminny")]),
    # a woman's "sołtys" before her name in the genitive; a programme's "+"
    ("Festyn odbył się dzięki pomocy sołtys Ewy Nowak.", [("Ewa Nowak", "sołtys")]),
    ("Gości przywitała kierowniczka Klubu Senior+ Anna Wrona.", [("Anna Wrona", "kierowniczka Klubu Senior+")]),
    # a plural role after a name and its comma heads the next list; a role in the dative is whom the subject addressed
    ("W pierwszym rzędzie zasiedli radni gminy – Jan Lis i Adam Kos, sołtysi – Ewa Sowa i Marek Wrona.",
     [("Jan Lis", "radny gminy"), ("Adam Kos", "radny gminy"), ("Ewa Sowa", "sołtys"), ("Marek Wrona", "sołtys")]),
    ("Historię wsi opowiedziała autorce Anna Wrona.", [("Anna Wrona", None)]),
    # an English opening quotation mark, an ordinal's dot and a patron's initials inside a role
    ("Warsztaty prowadził pracownik Stowarzyszenia “Dolina Lisa” Adam Kos.", [("Adam Kos", "pracownik Stowarzyszenia “Dolina Lisa”")]),
    ("Awanse wręczył dowódca 3. Lisewskiego Batalionu Saperów ppłk Adam Kos.", [("Adam Kos", "dowódca 3. Lisewskiego Batalionu Saperów")]),
    ("Gości powitał Marek Wrona, dyrektor Szkoły Podstawowej nr 1 im. M. J. Lisa.", [("Marek Wrona", "dyrektor Szkoły Podstawowej nr 1 im. M. J. Lisa")]),
    # a second role joined by "i" with its own adjective, each in the nominative
    ("Na zdjęciu współzałożyciel i pierwszy prezes Towarzystwa Marek Lis.", [("Marek Lis", "współzałożyciel i pierwszy prezes Towarzystwa")]),
    ("Wspominamy współzałożyciela i pierwszego prezesa Towarzystwa Marka Lisa.", [("Marek Lis", "współzałożyciel i pierwszy prezes Towarzystwa")]),
    # "ś.p." and "pod dyr." are no roles; a missionary; the same role after the name says which
    ("Pielgrzymkę prowadził proboszcz ś.p. ks. Adam Kos.", [("Adam Kos", "proboszcz")]),
    ("Zaśpiewał chór pod dyr. Ewy Sowy.", [("Ewa Sowa", None)]),
    ("Mszę odprawił ks. Jan Lis – misjonarz w Peru.", [("Jan Lis", "misjonarz w Peru")]),
    ("Puchar wręczył prezes Adam Kos, prezes Okręgowego Związku Piłki Nożnej.", [("Adam Kos", "prezes Okręgowego Związku Piłki Nożnej")]),
    # a parish's priest named after his post, not its patron
    ("Mszę odprawił proboszcz lisewskiej parafii Marek Wrona.", [("Marek Wrona", "proboszcz lisewskiej parafii")]),
    ("Nie zabrakło błogosławieństwa proboszcza parafii Marka Wrony.", [("Marek Wrona", "proboszcz parafii")]),
    # a man's title decides before a surname that could be a woman's ("Dłubała"); a mobile e before "l"
    ("Wniosek wpłynął od pana Przemysława Dłubała z Lisewa.", [("Przemysław Dłubał", None)]),
    ("Na obóz pojechali z trenerem Tadeuszem Swerplem.", [("Tadeusz Swerpel", "trener")]),
    # a depreciative plural is no role beside a common noun ("muzyki": music's); "od lat" says how long; "J.E." is a title
    ("Zaśpiewała legenda polskiej muzyki rozrywkowej Anna Wrona.", [("Anna Wrona", None)]),
    ("Orkiestrą dyryguje ktoś inny, a jej kapelmistrzem od lat jest Marek Wrona.", [("Marek Wrona", "kapelmistrz")]),
    ("Mszę odprawił Wikariusz Generalny Diecezji Lisewskiej J.E. ks. biskup Adam Kos.", [("Adam Kos", "Wikariusz Generalny Diecezji Lisewskiej")]),
    # a second role after a qualified first, or after ", a zarazem", each in the nominative
    ("Głos zabrał Marek Wrona, były senator i prezes Stowarzyszenia Sołtysów.", [("Marek Wrona", "były senator i prezes Stowarzyszenia Sołtysów")]),
    ("Nagrody wręczył kierownik wydziału oświaty, a zarazem przewodniczący komisji, Adam Kos.",
     [("Adam Kos", "kierownik wydziału oświaty, a zarazem przewodniczący komisji")]),
    ("Jego założycielem i jednocześnie redaktorem naczelnym jest Jan Lis.", [("Jan Lis", "założyciel i jednocześnie redaktor naczelny")]),
    # a double surname with a spaced dash whose second part is a first name too ("Mosiek", "Loda")
    ("Gości przywitała Ewa Sowa – Mosiek, dyrektor szkoły.", [("Ewa Sowa – Mosiek", "dyrektor szkoły")]),
    # roles the list lacked: a politician, a singer, an accountant
    ("Przyszedł Marek Lis - polityk. Była też główna księgowa Anna Kos.", [("Marek Lis", "polityk"), ("Anna Kos", "główna księgowa")]),
    # a role written in one person's gender is not the next one's, if the list has the other's form or it is a priest's
    ("Nagrody odebrali proboszcz ks. Jan Lis oraz Anna Kos.", [("Jan Lis", "proboszcz"), ("Anna Kos", None)]),
    ("Oceniali przewodniczący – Marek Wrona oraz Ewa Sowa i Adam Kos.", [("Marek Wrona", "przewodniczący"), ("Ewa Sowa", None), ("Adam Kos", None)]),
    ("Gratulacje przyjęły panie dyrektor Ewa Sowa i Anna Kos.", [("Ewa Sowa", "dyrektor"), ("Anna Kos", "dyrektor")]),
    # a family's first names read as the likelier ones ("Jacka": Jacek, not Jack)
    ("Figurę ufundowali przez Jana i Jacka Kobylińskich.", [("Jan Kobyliński", None), ("Jacek Kobyliński", None)]),
    # a woman's office that keeps its form, then one that takes hers, after her name
    ("Była Anna Kos – sołtys sołectwa Lisewo i radna gminy.", [("Anna Kos", "sołtys sołectwa Lisewo i radna gminy")]),
    # of two surnames the dictionary reads alike, the likelier ("Kusiem": Kuś, not Kusio)
    ("Życzenia złożył wraz z wicestarostą Jackiem Kusiem.", [("Jacek Kuś", "wicestarosta")]),
]
