"""Labelled credit lines: each line with every credit it must yield (an empty list: not a credit).

Shared by tests/test_credits.py (exact, case by case) and bench/quality.py (precision and recall).
Names are examples; the forms are those the city uses.
"""

BY_NC_4 = ("CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/")
UMT = "Urząd Miasta Torunia"


def credit(role, person=None, organisation=None, holder=None, year=None, licence=(None, None), source_kind=None):
    return {"role": role, "person": person, "organisation": organisation, "copyright_holder": holder, "year": year,
            "license": licence[0], "license_url": licence[1], "source_kind": source_kind}  # fmt: skip


def cc(kind: str, version: str) -> tuple[str, str]:
    return f"CC-{kind}-{version}", f"https://creativecommons.org/licenses/{kind.lower()}/{version}/"


CREDIT_LINES = [
    # text credits
    ("Tekst: Anna Grzybowska, Biuro Rady Miasta.", [credit("text", "Anna Grzybowska", "Biuro Rady Miasta")]),
    ("Tekst: Jan Nowak", [credit("text", "Jan Nowak")]),
    ("tekst: Piotr Zieliński, Wydział Komunikacji Społecznej UMT",
     [credit("text", "Piotr Zieliński", "Wydział Komunikacji Społecznej UMT")]),
    ("Tekst: Biuro Prasowe UMT", [credit("text", organisation="Biuro Prasowe UMT")]),
    ("Tekst: Anna Grzybowska (Biuro Rady Miasta)", [credit("text", "Anna Grzybowska", "Biuro Rady Miasta")]),
    ("Autor tekstu: Marta Wiśniewska", [credit("text", "Marta Wiśniewska")]),
    # the city's photo credit with copyright and licence, in every licence it may name
    ("Fot. © UMT 2025, autor: Magdalena Dębczyńska-Wróblewska, licencja: CC BY-NC 4.0",
     [credit("photo", "Magdalena Dębczyńska-Wróblewska", holder=UMT, year=2025, licence=BY_NC_4)]),
    ("Fot. © UMT 2024, autorka: Anna Kowalska, licencja: CC BY-NC 4.0",
     [credit("photo", "Anna Kowalska", holder=UMT, year=2024, licence=BY_NC_4)]),
    ("Fot. © UMT 2024, autorka: Anna Kowalska, licencja CC BY-NC 4.0",
     [credit("photo", "Anna Kowalska", holder=UMT, year=2024, licence=BY_NC_4)]),
    ("Fot. © UMT 2023, autor: Jan Nowak, licencja: CC BY 4.0", [credit("photo", "Jan Nowak", holder=UMT, year=2023, licence=cc("BY", "4.0"))]),
    ("Fot. © UMT 2023, autor: Jan Nowak, licencja: CC BY-SA 4.0", [credit("photo", "Jan Nowak", holder=UMT, year=2023, licence=cc("BY-SA", "4.0"))]),
    ("Fot. © UMT 2023, autor: Jan Nowak, licencja: CC BY-ND 4.0", [credit("photo", "Jan Nowak", holder=UMT, year=2023, licence=cc("BY-ND", "4.0"))]),
    ("Fot. © UMT 2023, autor: Jan Nowak, licencja: CC BY-NC-SA 4.0", [credit("photo", "Jan Nowak", holder=UMT, year=2023, licence=cc("BY-NC-SA", "4.0"))]),
    ("Fot. © UMT 2023, autor: Jan Nowak, licencja: CC BY-NC-ND 4.0", [credit("photo", "Jan Nowak", holder=UMT, year=2023, licence=cc("BY-NC-ND", "4.0"))]),
    ("Fot. © UMT 2022, autor: Jan Nowak, licencja: CC BY-NC 3.0", [credit("photo", "Jan Nowak", holder=UMT, year=2022, licence=cc("BY-NC", "3.0"))]),
    ("Fot. © UMT 2022, autor: Jan Nowak, licencja: CC BY-SA 3.0", [credit("photo", "Jan Nowak", holder=UMT, year=2022, licence=cc("BY-SA", "3.0"))]),
    ("Fot. © UMT 2022, autor: Jan Nowak, licencja CC BY 3.0", [credit("photo", "Jan Nowak", holder=UMT, year=2022, licence=cc("BY", "3.0"))]),
    ("Fot. © UMT 2021, autor: Jan Nowak, licencja: CC0",
     [credit("photo", "Jan Nowak", holder=UMT, year=2021, licence=("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"))]),
    ("Fot. © UMT 2025, autor: Jan Nowak, licencja: CC-BY-NC 4.0", [credit("photo", "Jan Nowak", holder=UMT, year=2025, licence=BY_NC_4)]),
    ("Fot. Jan Nowak, wszelkie prawa zastrzeżone", [credit("photo", "Jan Nowak", licence=("LicenseRef-All-Rights-Reserved", None))]),
    # the photographer holds the copyright: credited as the photographer too
    ("Fot. © Jan Nowak, wszelkie prawa zastrzeżone",
     [credit("photo", "Jan Nowak", holder="Jan Nowak", licence=("LicenseRef-All-Rights-Reserved", None))]),
    # plain photo credits
    ("Fot. Adam Zakrzewski", [credit("photo", "Adam Zakrzewski")]),
    ("fot. A. Zakrzewski", [credit("photo", "A. Zakrzewski")]),
    ("/ fot. Paula Gałązka", [credit("photo", "Paula Gałązka")]),
    ("fot. Małgorzata Litwin, torun.pl", [credit("photo", "Małgorzata Litwin", "torun.pl")]),
    ("Fot. Jan Nowak, Anna Kowalska", [credit("photo", "Jan Nowak"), credit("photo", "Anna Kowalska")]),
    ("Fot. Jan Nowak i Anna Kowalska", [credit("photo", "Jan Nowak"), credit("photo", "Anna Kowalska")]),
    ("Fot.: Sławomir Kowalski", [credit("photo", "Sławomir Kowalski")]),
    ("Foto: Wojtek Szabelski", [credit("photo", "Wojtek Szabelski")]),
    ("Zdjęcia: Jan Nowak", [credit("photo", "Jan Nowak")]),
    ("Zdjęcie: Jan Nowak", [credit("photo", "Jan Nowak")]),
    ("Autor zdjęć: Jan Nowak", [credit("photo", "Jan Nowak")]),
    ("Fot. Jan Nowak (UMT)", [credit("photo", "Jan Nowak", UMT)]),
    ("Fot. UMT", [credit("photo", organisation=UMT)]),
    # an institution's archive or press materials: the organisation is the institution, the kind of source kept apart
    ("Fot. archiwum UMT", [credit("photo", organisation=UMT, source_kind="archive")]),
    ("Fot. materiały prasowe Muzeum Okręgowego w Toruniu",
     [credit("photo", organisation="Muzeum Okręgowe w Toruniu", source_kind="press materials")]),
    ("Fot. materiały prasowe organizatora", [credit("photo", organisation="organizator", source_kind="press materials")]),
    ("Fot. nadesłane", [credit("photo", source_kind="submitted")]),
    # two roles
    ("Tekst i fot.: Jan Nowak", [credit("text", "Jan Nowak"), credit("photo", "Jan Nowak")]),
    ("Tekst i zdjęcia: Anna Kowalska", [credit("text", "Anna Kowalska"), credit("photo", "Anna Kowalska")]),
    ("Tekst: Jan Nowak; fot. Anna Kowalska", [credit("text", "Jan Nowak"), credit("photo", "Anna Kowalska")]),
    ("Tekst: Jan Nowak, fot. Anna Kowalska", [credit("text", "Jan Nowak"), credit("photo", "Anna Kowalska")]),
    ("Tekst: Jan Nowak / fot. Anna Kowalska", [credit("text", "Jan Nowak"), credit("photo", "Anna Kowalska")]),
    # other roles
    ("Film: Jan Nowak", [credit("video", "Jan Nowak")]),
    ("Wideo: Tomasz Mazur", [credit("video", "Tomasz Mazur")]),
    ("Realizacja: Tomasz Mazur", [credit("video", "Tomasz Mazur")]),
    ("Grafika: Jan Nowak", [credit("graphics", "Jan Nowak")]),
    ("Infografika: Wydział Komunikacji Społecznej UMT", [credit("graphics", organisation="Wydział Komunikacji Społecznej UMT")]),
    ("Opracowanie: Biuro Rady Miasta", [credit("editing", organisation="Biuro Rady Miasta")]),
    ("Oprac. Jan Nowak", [credit("editing", "Jan Nowak")]),
    ("Oprac.: Jan Nowak", [credit("editing", "Jan Nowak")]),
    ("Redakcja: Anna Kowalska", [credit("editing", "Anna Kowalska")]),
    ("Źródło: Wydział Komunikacji Społecznej UMT", [credit("source", organisation="Wydział Komunikacji Społecznej UMT")]),
    ("Źródło: PAP", [credit("source", organisation="PAP")]),
    ("Źródło: www.torun.pl", [credit("source", organisation="www.torun.pl")]),
    ("Źródło: Miejski Zarząd Dróg", [credit("source", organisation="Miejski Zarząd Dróg")]),
    # a slash after the name: the person, then the agency or site that published the photo
    ("Fot. Michał Zawadzki / gdansk.pl", [credit("photo", "Michał Zawadzki", "gdansk.pl")]),
    ("Fot. Tomasz KRÓL/Agencja Wyborcza.pl", [credit("photo", "Tomasz Król", "Agencja Wyborcza.pl")]),
    ("fot. Ewa Sikorska/UM Lublin", [credit("photo", "Ewa Sikorska", "UM Lublin")]),
    ("Fot. Paweł Lis / East News", [credit("photo", "Paweł Lis", "East News")]),
    ("Zdjęcia: Karolina MAJEWSKA-BARAN / UMT", [credit("photo", "Karolina Majewska-Baran", UMT)]),
    ("Fot. Jakub Wrona | www.poznan.pl", [credit("photo", "Jakub Wrona", "www.poznan.pl")]),
    ("Fot. Jakub WRONA", [credit("photo", "Jakub Wrona")]),
    ("Fot. J.Wrona/PAP", [credit("photo", "J. Wrona", "PAP")]),
    ("Fot. Jakub Wrona, Anna Lis / Reporter", [credit("photo", "Jakub Wrona", "Reporter"), credit("photo", "Anna Lis", "Reporter")]),
    ("Źródło: www.poznan.pl/mim/info", [credit("source", organisation="www.poznan.pl/mim/info")]),
    ("Tekst/fot.: Jakub Wrona", [credit("text", "Jakub Wrona"), credit("photo", "Jakub Wrona")]),
    ("Tekst: Jan Nowak/fot. Anna Kowalska", [credit("text", "Jan Nowak"), credit("photo", "Anna Kowalska")]),
    ("Bilety kosztują 20 zł / 15 zł (ulgowy).", []),
    ("Fot. Jan Nowak / zdjęcie ilustracyjne wykonane podczas próby", []),
    # roles worded otherwise, and prefixes misspelt or doubled
    ("Autor: Bartosz Górski", [credit("text", "Bartosz Górski")]),
    ("Autorka: Natalia Wróbel, Biuro Prasowe UMT", [credit("text", "Natalia Wróbel", "Biuro Prasowe UMT")]),
    ("Autorzy: Jan Nowak i Anna Kowalska", [credit("text", "Jan Nowak"), credit("text", "Anna Kowalska")]),
    ("Zdjęcie: UMT", [credit("photo", organisation=UMT)]),
    ("Źródło zdjęć: Pixabay", [credit("photo", organisation="Pixabay")]),
    ("Źródło zdjęcia: Miejski Ośrodek Sportu", [credit("photo", organisation="Miejski Ośrodek Sportu")]),
    ("Tekst i foto: Marek Szulc", [credit("text", "Marek Szulc"), credit("photo", "Marek Szulc")]),
    ("Foto: UMT", [credit("photo", organisation=UMT)]),
    ("Fotografie: Igor Pawlak", [credit("photo", "Igor Pawlak")]),
    ("Autorka zdjęć: Olga Michalska", [credit("photo", "Olga Michalska")]),
    ("Autor zdjęcia: Olga Michalska", [credit("photo", "Olga Michalska")]),
    ("(fot. Dawid Kubiak)", [credit("photo", "Dawid Kubiak")]),
    ("[Zdjęcia: Dawid Kubiak]", [credit("photo", "Dawid Kubiak")]),
    ("Fot. fot. Dawid Kubiak", [credit("photo", "Dawid Kubiak")]),
    ("Fot.: Fot. Dawid Kubiak", [credit("photo", "Dawid Kubiak")]),
    ("Fot: Iwona Pietrzak", [credit("photo", "Iwona Pietrzak")]),
    ("fot, Iwona Pietrzak", [credit("photo", "Iwona Pietrzak")]),
    ("Fot Iwona Pietrzak", [credit("photo", "Iwona Pietrzak")]),
    ("Foto Iwona Pietrzak", [credit("photo", "Iwona Pietrzak")]),
    ("Żródło: Urząd Marszałkowski", [credit("source", organisation="Urząd Marszałkowski")]),
    ("Zrodlo: PAP", [credit("source", organisation="PAP")]),
    ("Zdj. Iwona Pietrzak", [credit("photo", "Iwona Pietrzak")]),
    ("Tekst : Iwona Pietrzak", [credit("text", "Iwona Pietrzak")]),
    ("Zdjęcia z wydarzenia można obejrzeć w galerii.", []),
    ("Autor projektu przedstawił radnym trzy warianty przebudowy.", []),
    ("Foto-relacja z festynu ukaże się w poniedziałek.", []),
    ("Tekst uchwały jest dostępny w Biuletynie Informacji Publicznej.", []),
    ("Autorka książki, Anna Kowalska, spotka się z czytelnikami.", []),
    ("Zdjęcie przedstawia pomnik na rynku.", []),
    ("Foto Kraków zaprasza na wystawę.", []),
    ("Fot Jan", []),
    ("Autor: to on zaprojektował nowy most.", []),
    # " i " inside an organisation's name is part of the name
    ("Fot. Wydział Promocji i Turystyki UMT", [credit("photo", organisation="Wydział Promocji i Turystyki UMT")]),
    ("Źródło: Centrum Kultury i Sztuki", [credit("source", organisation="Centrum Kultury i Sztuki")]),
    ("Tekst: Biuro Sportu i Rekreacji UMT", [credit("text", organisation="Biuro Sportu i Rekreacji UMT")]),
    ("Tekst: Anna Kowalska, Wydział Sportu i Rekreacji UMT", [credit("text", "Anna Kowalska", "Wydział Sportu i Rekreacji UMT")]),
    ("Fot. Muzeum Etnograficzne i Teatr Baj Pomorski",
     [credit("photo", organisation="Muzeum Etnograficzne"), credit("photo", organisation="Teatr Baj Pomorski")]),
    ("Fot. Jan Nowak oraz Anna Kowalska", [credit("photo", "Jan Nowak"), credit("photo", "Anna Kowalska")]),
    # a word the dictionary knows as no name does not start a person, whatever follows it
    ("Tekst: Jan Nowak, Wydział Promocji i Turystyki UMG", [credit("text", "Jan Nowak", "Wydział Promocji i Turystyki UMG")]),
    ("Fot. Gazeta Pomorska", [credit("photo", organisation="Gazeta Pomorska")]),
    ("Fot. Kronika Miasta GŁOS", [credit("photo", organisation="Kronika Miasta GŁOS")]),
    # the role on a line of its own, the names on the next
    ("Projekt okładki:\nBronisław Zygfryd Nowicki", [credit("graphics", "Bronisław Zygfryd Nowicki")]),
    ("Zdjęcia\nHanna Łozowska", [credit("photo", "Hanna Łozowska")]),
    ("REDAKTOR TECHNICZNY\nStanisław Jakubowski", [credit("editing", "Stanisław Jakubowski")]),
    ("Tekst i foto:\nGrzegorz", [credit("text", "Grzegorz"), credit("photo", "Grzegorz")]),  # a first name alone
    # more wordings of a role
    ("Autor filmu: Łukasz Węglewski", [credit("video", "Łukasz Węglewski")]),
    ("Autorka edycji: Joanna Chajdas", [credit("editing", "Joanna Chajdas")]),
    ("Zdjęcia i reprodukcje: Bernard Woźniewski, Henryk Zieliński",
     [credit("photo", "Bernard Woźniewski"), credit("photo", "Henryk Zieliński")]),
    ("/tekst B. Hibner/", [credit("text", "B. Hibner")]),
    ("2022-09-15, 17:25 Autor: Monika Matuszkiewicz", [credit("text", "Monika Matuszkiewicz")]),  # the date before a byline
    ("Fot. Kamila Kozioł [Radio Szczecin]", [credit("photo", "Kamila Kozioł", "Radio Szczecin")]),
    # journalists' signatures: the author, then (after a slash) the editor
    ("(af)", [credit("text", "af")]),
    ("(mak), (jw)", [credit("text", "mak"), credit("text", "jw")]),
    ("(lew/bsc)", [credit("text", "lew"), credit("editing", "bsc")]),
    ("(opr. mo)", [credit("editing", "mo")]),
    ("(ak), fot. UMiG Kowalewo Pomorskie", [credit("text", "ak"), credit("photo", organisation="UMiG Kowalewo Pomorskie")]),
    ("pk, zdj. Piotr Korczak", [credit("text", "pk"), credit("photo", "Piotr Korczak")]),
    ("(tak jak w zeszłym roku)", []),
    # an institution's archive in the genitive: the institution named in the nominative
    ("Fot. archiwum Wojewódzkiego Ośrodka Kultury w Lublinie",
     [credit("photo", organisation="Wojewódzki Ośrodek Kultury w Lublinie", source_kind="archive")]),
    ("Fot. ze zbiorów Biblioteki Uniwersyteckiej", [credit("photo", organisation="Biblioteka Uniwersytecka", source_kind="collection")]),
    # a person's own archive or collection: the person, in the nominative
    ("Fot. ze zbioru Zbigniewa Bąka", [credit("photo", "Zbigniew Bąk", source_kind="collection")]),
    ("Fot. z archiwum Anny Nowak", [credit("photo", "Anna Nowak", source_kind="archive")]),
    # the page's own dates under its credits are neither
    ("Źródło: Radio Łódź\nData utworzenia: 26 stycznia 2021, 18:26", [credit("source", organisation="Radio Łódź")]),
    ("Tekst: Aneta Gieroń\nDodano: 25.02.2013", [credit("text", "Aneta Gieroń")]),
    # names with letters from beyond Polish
    ("Fot. Vidmantas Blužas", [credit("photo", "Vidmantas Blužas")]),
    ("Tekst: Jiří Dvořák / ČTK", [credit("text", "Jiří Dvořák", "ČTK")]),
    # two credit lines in one paragraph, split by a <br> (passed as "\n")
    ("Tekst: Jan Nowak\nFot. Anna Kowalska", [credit("text", "Jan Nowak"), credit("photo", "Anna Kowalska")]),
    ("Tekst: Marta Zając, Biuro Prasowe UMT\nZdjęcia: Oskar Lewandowski",
     [credit("text", "Marta Zając", "Biuro Prasowe UMT"), credit("photo", "Oskar Lewandowski")]),
    ("Oprac.: Wydział Kultury\n\nŹródło: PAP", [credit("editing", organisation="Wydział Kultury"), credit("source", organisation="PAP")]),
    ("Tekst: Jan Nowak\nAutor zdjęć: Anna Kowalska", [credit("text", "Jan Nowak"), credit("photo", "Anna Kowalska")]),
    ("Fot. © UMT 2024,\nautor: Jan Nowak, licencja: CC BY-NC 4.0", [credit("photo", "Jan Nowak", holder=UMT, year=2024, licence=BY_NC_4)]),
    ("Tekst: Jan Nowak Fot. Anna Kowalska", [credit("text", "Jan Nowak"), credit("photo", "Anna Kowalska")]),
    ("Więcej informacji na stronie miasta.\nFot. Jan Nowak", []),
    ("Fot. Jan Nowak\nZdjęcia z wydarzenia można obejrzeć w galerii.", []),
    # more archives, press materials, collections and submitted photos
    ("Źródło: materiały prasowe organizatora", [credit("source", organisation="organizator", source_kind="press materials")]),
    ("Fot. ze zbiorów Archiwum Państwowego", [credit("photo", organisation="Archiwum Państwowe", source_kind="collection")]),
    ("fot. arch. UMT", [credit("photo", organisation=UMT, source_kind="archive")]),
    ("Fot. z archiwum Miejskiego Ośrodka Sportu", [credit("photo", organisation="Miejski Ośrodek Sportu", source_kind="archive")]),
    ("Fot. mat. prasowe", [credit("photo", source_kind="press materials")]),
    ("Fot. Jan Nowak, archiwum UMT", [credit("photo", "Jan Nowak", UMT, source_kind="archive")]),
    ("Źródło zdjęć: materiały prasowe UMT", [credit("photo", organisation=UMT, source_kind="press materials")]),
    ("Fot. Archiwum UMT", [credit("photo", organisation=UMT, source_kind="archive")]),
    ("Fot. archiwum autora", [credit("photo", source_kind="archive")]),
    ("Fot. nadesłane przez organizatorów", [credit("photo", organisation="organizatorzy", source_kind="submitted")]),
    ("Fot. Archiwum Państwowe w Toruniu", [credit("photo", organisation="Archiwum Państwowe w Toruniu")]),
    ("Materiały prasowe można pobrać ze strony organizatora.", []),
    ("Fot. archiwum zostało zdigitalizowane w ubiegłym roku", []),
    ("Archiwum miejskie otwiera nową czytelnię.", []),
    # an agency's signature, a copyright notice alone, a platform named in lower case
    ("(PAP)", [credit("text", organisation="PAP")]),
    ("© Teatr Baj Pomorski 2024", [credit("source", organisation="Teatr Baj Pomorski", holder="Teatr Baj Pomorski", year=2024)]),
    ("Copyright © Nowa Gazeta sp. z o.o.", [credit("source", organisation="Nowa Gazeta sp. z o.o.", holder="Nowa Gazeta sp. z o.o.")]),
    ("Źródło: youtube / Radio Kraków", [credit("source", organisation="youtube"), credit("source", organisation="Radio Kraków")]),
    # more wordings of the roles: authors of photos, photo stories, who prepared or wrote it, camera and editing
    ("Autorzy zdjęć: Jan Wrona, Anna Lis", [credit("photo", "Jan Wrona"), credit("photo", "Anna Lis")]),
    ("Autor fotografii: Piotr Sowa", [credit("photo", "Piotr Sowa")]),
    ("Fotorelacja: Ewa Kos", [credit("photo", "Ewa Kos")]),
    ("Zdjęcie ilustracyjne: pixabay.com", [credit("photo", organisation="pixabay.com")]),
    ("Opracowała: Anna Lis", [credit("editing", "Anna Lis")]),
    ("Przygotował: Marek Zając", [credit("editing", "Marek Zając")]),
    ("Napisała: Maria Wrona", [credit("text", "Maria Wrona")]),
    ("Kamera i montaż: Tomasz Lis", [credit("video", "Tomasz Lis")]),
    ("Plakat: Ewa Sowa", [credit("graphics", "Ewa Sowa")]),
    # a press release as the source, with no role word before it
    ("Inf. prasowa UMT", [credit("source", organisation=UMT, source_kind="press materials")]),
    ("Informacja prasowa: Biuro Prasowe Teatru Baj Pomorski",
     [credit("source", organisation="Biuro Prasowe Teatru Baj Pomorski", source_kind="press materials")]),
    # a spaced dash between the person and where they work; a name in capitals
    ("Fot. Anna Lis — UMT", [credit("photo", "Anna Lis", UMT)]),
    ("FOT. ANNA KOWALSKA", [credit("photo", "Anna Kowalska")]),
    ("Informacja prasowa zostanie opublikowana jutro.", []),
    ("Montaż instalacji potrwa do maja.", []),
    ("Kamera monitoringu nagrała sprawcę.", []),
    # titles and ranks before a credited name; photo numbers; "(-)" for a signature; a private archive
    ("Tekst: ppor. Jan Kubiak", [credit("text", "Jan Kubiak")]),
    ("Zdjęcia: mł. asp. Adam Lis (1-2), st. sierż. Ewa Kos (3-4)", [credit("photo", "Adam Lis"), credit("photo", "Ewa Kos")]),
    ("Opracowała:\n(-)Maria Wrona", [credit("editing", "Maria Wrona")]),
    ("Fot. z archiwum prywatnego Anny Sowy", [credit("photo", "Anna Sowa", source_kind="archive")]),
    # more wordings: the main photo's source, "Foto z:", what the minutes and a public record say
    ("Źródło zdjęcia głównego: Shutterstock", [credit("photo", organisation="Shutterstock")]),
    ("Foto z: Bayerische Staatsbibliothek", [credit("photo", organisation="Bayerische Staatsbibliothek")]),
    ("Fot. Getty Images", [credit("photo", organisation="Getty Images")]),
    ("Wytworzył:\nAnna Lis\nUdostępnił:\nJan Kos", [credit("text", "Anna Lis"), credit("editing", "Jan Kos")]),
    ("Redakcja naukowa: Ewa Sowa", [credit("editing", "Ewa Sowa")]),
    # signatures split by a slash: the author, then the editor; a time and date before a signature
    ("Autor: MAK/gp", [credit("text", "MAK"), credit("editing", "gp")]),
    ("18:56, 17.01.2022 | PB, fot. Marek Lis/pixabay.com", [credit("text", "PB"), credit("photo", "Marek Lis", "pixabay.com")]),
    # the city's photo credit written short ("aut.", "lic."), or with slashes between its parts
    ("fot. © UMT, aut. Lech Kamiński, lic. CC BY-NC 4.0", [credit("photo", "Lech Kamiński", holder=UMT, licence=BY_NC_4)]),
    ("Zdjęcia © UMT 2025 / autor: Jan Nowak / licencja CC BY-NC 4.0",
     [credit("photo", "Jan Nowak", holder=UMT, year=2025, licence=BY_NC_4)]),
    # the person's function after the name is no organisation
    ("Tekst: Jan Nowak, rzecznik prasowy prezydenta miasta", [credit("text", "Jan Nowak")]),
    ("Autor: Anna Lis, Przewodnicząca Rady Miasta", [credit("text", "Anna Lis")]),
    # a photo prefix without its colon; a photographer who holds the copyright
    ("Zdjęcia Jan Nowak", [credit("photo", "Jan Nowak")]),
    ("Zdjęcia Jana Nowaka zdobyły nagrodę.", []),
    ("Fot. © Adam Lis 2024", [credit("photo", "Adam Lis", holder="Adam Lis", year=2024)]),
    # the page's date and time after a byline; a caption after the role word is no organisation
    ("Autor: Jan Wrona 2014-11-28 08:35:34", [credit("text", "Jan Wrona")]),
    ("Fot. Nagrodzeni Nagrodą Starosty w 2022 roku", []),
    # a headline about a person after "Źródło:" is no source
    ("Źródło: Jan Klata nowym dyrektorem Teatru Narodowego", []),
    # signs with no holder; a headline after a byline's name is the caption it credits
    ("©℗", []),
    ("Autor: Jan Nowak Na co narzekają mieszkańcy?", [credit("text", "Jan Nowak")]),
    ("fot. Ewa Kos Tegoroczne dożynki trwały dwa dni.", [credit("photo", "Ewa Kos")]),
    ("Fot. Jan Nowak Urząd Gminy Lisewo", [credit("photo", "Jan Nowak", "Urząd Gminy Lisewo")]),
    ("fot. Anna Lis fot. Ewa Kos fot. Anna Lis", [credit("photo", "Anna Lis"), credit("photo", "Ewa Kos")]),
    ("Tekst i Foto: Adam Wrona", [credit("text", "Adam Wrona"), credit("photo", "Adam Wrona")]),
    # sentences that begin like credits but are not
    ("Tekst porozumienia jest dostępny na stronie BIP.", []),
    ("Fotografie z wystawy można oglądać do końca miesiąca.", []),
    ("Zdjęcia z sesji można obejrzeć w galerii.", []),
    ("Film: premiera odbędzie się w sobotę w kinie Orzeł o godzinie 18.", []),
    ("Tekst jednolity statutu miasta przyjęto w 2019 roku.", []),
    ("Źródłem finansowania jest budżet miasta.", []),
    ("Fotograf Jan Nowak pokazał swoje prace w Dworze Artusa.", []),
    ("Opracowanie projektu potrwa do końca roku, a jego koszt wyniesie 2 mln zł.", []),
    ("Autor zdjęć zdobył nagrodę w konkursie fotograficznym.", []),
    ("Grafika: konkurs dla uczniów szkół podstawowych rozpocznie się w marcu i potrwa do maja.", []),
    # lower-case initials with dots; signatures split by a slash on a line of their own; who took the minutes
    ("oprac. k.m.\nfot. Jan Sowa", [credit("editing", "k.m."), credit("photo", "Jan Sowa")]),
    ("ab/cd", [credit("text", "ab"), credit("editing", "cd")]),
    ("kos/ lis/", [credit("text", "kos"), credit("editing", "lis")]),
    ("Protokołowały:\nAnna Lis, Ewa Kos", [credit("text", "Anna Lis"), credit("text", "Ewa Kos")]),
    # the office written right after the person is his own; a contact address is no credit
    ("Fot. Jan Nowak, Adam Lis KMP Gniezno", [credit("photo", "Jan Nowak"), credit("photo", "Adam Lis", "KMP Gniezno")]),
    ("Grafika :: Ewa Sowa :: ewa.sowa@example.com", [credit("graphics", "Ewa Sowa")]),
    ("Fot. z zasobów Archiwum Państwowego", [credit("photo", organisation="Archiwum Państwowe", source_kind="collection")]),
    ("Fot. Anna Maria NOWAK", [credit("photo", "Anna Maria Nowak")]),
    ("Tekst: Ewa Kos Dyrektor MOK Lisewo", [credit("text", "Ewa Kos", "MOK Lisewo")]),
    ("Tekst: Adam Wrona kierownik referatu", [credit("text", "Adam Wrona")]),
    # two capitals are initials; the page's date, an illustrative photo's remark, a company's own dot
    ("Autor: KW, PB", [credit("text", "KW"), credit("text", "PB")]),
    ("autor: Ewa Lis, data: 2021-03-04", [credit("text", "Ewa Lis")]),
    ("Zdjęcie: Straż Miejska (zdj. ilustracyjne)", [credit("photo", organisation="Straż Miejska")]),
    ("Źródło: Lisbud Sp.z o.o.", [credit("source", organisation="Lisbud Sp.z o.o.")]),
    ("Foto: tvn24", [credit("photo", organisation="tvn24")]),
    # the role after the name, or after a spaced dash; a heading above a credit line; drawings
    ("Jan Lis – tekst\nEwa Kos – fotografie", [credit("text", "Jan Lis"), credit("photo", "Ewa Kos")]),
    ("Wystawa – fotografie", []),
    ("Projekt graficzny - Adam Sowa", [credit("graphics", "Adam Sowa")]),
    ("ILUSTRACJE\nZdjęcia: Anna Lis, Piotr Kos", [credit("photo", "Anna Lis"), credit("photo", "Piotr Kos")]),
    ("Rysunki: Marek Wrona", [credit("graphics", "Marek Wrona")]),
    # what a photo shows is no credit
    ("Zdjęcie: Otwarcie nowej świetlicy w Rudaku", []),
    # "(red.)" is the desk; an agency in capitals, a journalist's signature in lower case
    ("(red.)", [credit("text", organisation="red.")]),
    ("(ap)", [credit("text", "ap")]),
    ("(AP)", [credit("text", organisation="AP")]),
    ("Foto: źr. Dziennik Bałtycki", [credit("photo", organisation="Dziennik Bałtycki")]),
    ("Video: lisewo.pl Policjanci na ulicy miasta", [credit("video", organisation="lisewo.pl")]),
    ("Źródło: https://lisewo.pl/", [credit("source", organisation="https://lisewo.pl/")]),
    ("Redakcja naukowa Ewa Sowa", [credit("editing", "Ewa Sowa")]),
    # more role words; roles joined by a comma; a two-letter first name; a year after the name
    ("Korekta językowa – Adam Lis", [credit("editing", "Adam Lis")]),
    ("Opracowanie graficzne: Ewa Kos", [credit("graphics", "Ewa Kos")]),
    ("Graficznie opracował\nJan Wrona", [credit("graphics", "Jan Wrona")]),
    ("Tekst, fot.: Marek Sowa", [credit("text", "Marek Sowa"), credit("photo", "Marek Sowa")]),
    ("fot. Wł. Lis", [credit("photo", "Wł. Lis")]),
    ("fot. S. Kos – 1969", [credit("photo", "S. Kos")]),
    ("© 2000 - 2025 Lisbud Sp. z o.o.", [credit("source", organisation="Lisbud Sp. z o.o.", holder="Lisbud Sp. z o.o.", year=2000)]),
    # editing worded otherwise; a source, then a remark; the page's "Dodano:"; the person's function and all after it
    ("Wybór fotografii: Ewa Lis i Adam Kos", [credit("editing", "Ewa Lis"), credit("editing", "Adam Kos")]),
    ("Komitet redakcyjny\nJan Sowa, Anna Wrona", [credit("editing", "Jan Sowa"), credit("editing", "Anna Wrona")]),
    ("Źródło: Facebook. Strona kawiarni na rynku.", [credit("source", organisation="Facebook")]),
    ("Autor: Andrzej Dodano: 2013-11-01 19:12:05", [credit("text", "Andrzej")]),
    ("Opr. Jan Lis, organizator konkursu (nauczyciel historii, wos i HiT).", [credit("editing", "Jan Lis")]),
    # a photo credited by where it is kept
    ("Z kolekcji Jana Sowy", [credit("photo", "Jan Sowa", source_kind="collection")]),
    ("Z archiwum wydobyto stare dokumenty.", []),
]


# A signature of names alone where an article or caption ends, the page's dates around it dropped:
# each line with the authors it names (an empty list: a list of names or a sentence, not a byline).
BYLINES = [
    ("Jan Kowalczyk", [credit("text", "Jan Kowalczyk")]),
    ("Anna Lis, Piotr Sowa", [credit("text", "Anna Lis"), credit("text", "Piotr Sowa")]),
    ("M.Zając", [credit("text", "M. Zając")]),
    ("2024-05-02, 10:15  Ewa Kos/Redakcja", [credit("text", "Ewa Kos"), credit("text", organisation="Redakcja")]),
    ("2024-05-02, 10:15  Polska Agencja Prasowa/Redakcja", [credit("text", organisation="Polska Agencja Prasowa"), credit("text", organisation="Redakcja")]),
    ("(Anna Wrona/ew)", [credit("text", "Anna Wrona"), credit("editing", "ew")]),
    ("Gazeta Lokalna\n25/06/2019 13:00", [credit("text", organisation="Gazeta Lokalna")]),
    ("lisewo.pl\n07/10/2018 20:28", [credit("text", organisation="lisewo.pl")]),
    ("Marek Lis | Dodano: 12.03.2021, 08:00", [credit("text", "Marek Lis")]),
    ("Tomasz Wrona\nData publikacji: 3 lutego 2023", [credit("text", "Tomasz Wrona")]),
    ("Roman Wrona\n(zamieszczone 23.09.2022)", [credit("text", "Roman Wrona")]),
    ("Andrzej C. Lis\n\nwrzesień 2010 r.", [credit("text", "Andrzej C. Lis")]),
    ("Wydarzenia 22 kwi 2017 | Marek Lis", [credit("text", "Marek Lis")]),
    ("Piotr Sowa 8 grudnia 2025 2 minut czytania", [credit("text", "Piotr Sowa")]),
    # an office signs with the time of publishing beside it
    ("Redakcja 14:09, 31.12.2025 Aktualizacja: 14:10, 31.12.2025", [credit("text", organisation="Redakcja")]),
    ("Urząd Gminy Lisewo wt., 4 listopada 2025 07:00", [credit("text", organisation="Urząd Gminy Lisewo")]),
    ("Urząd Miasta zaprasza 12.05.2024 10:00", []),
    ("Sesja Rady Miasta 12 maja 2024", []),
    ("Zapraszamy wszystkich mieszkańców.", []),
    ("Gazeta Lokalna", []),
    ("Urząd Gminy Lisewo", []),
    ("Jan Kowalczyk\nAnna Lis", []),  # a list of names, not a signature
    # a statement signed with the signer's function under the name, after a closing formula
    ("Ewa Sowa\nrzecznik prasowy Urzędu Gminy\n10 czerwca 2022 r.", [credit("text", "Ewa Sowa")]),
    ("Z poważaniem\nMarek Wrona\nWójt Gminy Lisewo", [credit("text", "Marek Wrona")]),
    ("Ks. Adam Kos – proboszcz", [credit("text", "Adam Kos")]),
    ("Jan Kowalczyk\nAnna Lis\nradna", []),
    # a CMS's "przez", initials in capitals among the page's metadata, the workplace under the name,
    # an office written short with a date
    ("Dodane przez Ewa Lis -", [credit("text", "Ewa Lis")]),
    ("Opublikowano 15 stycznia 2019 | przez Adam Kos", [credit("text", "Adam Kos")]),
    ("15:31, 14.02.2020 | Z.B", [credit("text", "Z.B")]),
    ("Jan Sowa\n\nTowarzystwo Miłośników Lisewa", [credit("text", "Jan Sowa", "Towarzystwo Miłośników Lisewa")]),
    ("02.11.2007 r., UG Lisewo", [credit("text", organisation="UG Lisewo")]),
    ("12.05.2021 10:00 | 5 komentarzy | kos", [credit("text", "kos")]),
    ("Ewa Lis, (pk) | Dodano: 12.03.2021, 08:00", [credit("text", "Ewa Lis"), credit("editing", "pk")]),
]

# Credits written as prose: each sentence with the credits it gives (the sentence stays in the text).
PROSE_CREDITS = [
    ("Nocny Toruń w obiektywie Anny Zając.", [credit("photo", "Anna Zając")]),
    ("Zobaczcie fotorelację Piotra Sowy.", [credit("photo", "Piotr Sowa")]),
    ("Autorem zdjęć jest Marek Lis.", [credit("photo", "Marek Lis")]),
    ("Autorką ilustracji jest Ewa Kos, studentka ASP.", [credit("graphics", "Ewa Kos")]),
    ("Jan Wrona przekazał nam trzy zdjęcia z archiwum rodziny.", [credit("photo", "Jan Wrona")]),
    ("Z Adamem Kosem rozmawia Maria Lis.", [credit("text", "Maria Lis")]),
    ("Protokół sporządziła Anna Lis.", [credit("text", "Anna Lis")]),
    ("O budżecie rozmawiali Jan Lis i Anna Sowa.", []),
    ("O planach z wójtem gminy mgr inż. Adamem Lisem rozmawia Ewa Kos.", [credit("text", "Ewa Kos")]),
    ("Spotkał się z mieszkańcami, z którymi rozmawiał Jan Lis.", []),
    ("Relacja Anny Wrony.", [credit("text", "Anna Wrona")]),
    ("Adam Sowa przesłał nam trzy fotografie z archiwum rodziny.", [credit("photo", "Adam Sowa")]),
    ("Relacja z sesji rady gminy.", []),
    ("Wystawa pokazuje miasto w obiektywie mieszkańców.", []),
    ("Fotograf Jan Nowak pokazał swoje prace.", []),
    ("Więcej zdjęć autorstwa Marka Sowy znajdziecie w galerii.", [credit("photo", "Marek Sowa")]),
]
