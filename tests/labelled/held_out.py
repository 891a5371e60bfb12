"""Held-out cases, written once and never tuned against: bench/quality.py reports how the
extractor does on them, the tests do not require them to pass. Add new forms to the main labelled
sets when you fix them, and write fresh held-out cases."""

from tests.labelled.credit_lines import credit

HELD_OUT_CREDIT_LINES = [
    ("Fot. © UMT 2025, autorka: Joanna Nowicka-Pałka, licencja: CC BY-NC 4.0",
     [credit("photo", "Joanna Nowicka-Pałka", holder="Urząd Miasta Torunia", year=2025,
             licence=("CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/"))]),
    ("Zdjęcia: Wojciech Szabelski / UMT", [credit("photo", "Wojciech Szabelski", "Urząd Miasta Torunia")]),
    ("fot. Szymon Zdziebło, tarantoga.pl", [credit("photo", "Szymon Zdziebło", "tarantoga.pl")]),
    ("Tekst: Magdalena Krajewska, rzeczniczka prezydenta", [credit("text", "Magdalena Krajewska", "rzeczniczka prezydenta")]),
    ("Fot. Andrzej Kamiński, Toruńska Agenda Kulturalna", [credit("photo", "Andrzej Kamiński", "Toruńska Agenda Kulturalna")]),
    ("Źródło: Centrum Kultury Dwór Artusa", [credit("source", organisation="Centrum Kultury Dwór Artusa")]),
    ("fot. Lech Kamiński/UMT", [credit("photo", "Lech Kamiński", "Urząd Miasta Torunia")]),
    ("Opracowanie: Wydział Gospodarki Komunalnej UMT", [credit("editing", organisation="Wydział Gospodarki Komunalnej UMT")]),
    ("Fot. Małgorzata Litwin i Sławomir Kowalski, torun.pl",
     [credit("photo", "Małgorzata Litwin", "torun.pl"), credit("photo", "Sławomir Kowalski", "torun.pl")]),
    ("Fot. ze zbiorów Archiwum Państwowego w Toruniu", [credit("photo", organisation="ze zbiorów Archiwum Państwowego w Toruniu")]),
    ("Tekst o historii ratusza przygotowali uczniowie.", []),
    ("Zdjęcia wykonane dronem pokazują skalę inwestycji.", []),
]

HELD_OUT_MENTIONS = [
    ("Wniosek poparła przewodnicząca Komisji Rewizyjnej Agnieszka Jankowska.",
     [("Agnieszka Jankowska", "przewodnicząca Komisji Rewizyjnej")]),
    ("Z burmistrzem Chełmży Jerzym Czerwińskim rozmawiał prezydent Torunia Paweł Gulewski.",
     [("Jerzy Czerwiński", "burmistrz Chełmży"), ("Paweł Gulewski", "prezydent Torunia")]),
    ("– To ważny dzień dla miasta – powiedział Michał Jakubaszek, wiceprzewodniczący Rady Miasta Torunia.",
     [("Michał Jakubaszek", "wiceprzewodniczący Rady Miasta Torunia")]),
    ("Nagrody wręczyła Beata Wiśniewska z Wydziału Edukacji UMT.", [("Beata Wiśniewska", None)]),
    ("O projekcie opowiadał architekt Piotr Kowalczyk.", [("Piotr Kowalczyk", "architekt")]),
    ("Spotkanie poprowadziła rzeczniczka prasowa Urzędu Miasta Torunia Anna Kulińska.",
     [("Anna Kulińska", "rzeczniczka prasowa Urzędu Miasta Torunia")]),
    ("Gośćmi byli wojewoda Michał Sztybel oraz starosta toruński Marek Olszewski.",
     [("Michał Sztybel", "wojewoda"), ("Marek Olszewski", "starosta toruński")]),
    ("Jak zaznaczyła dr Ewa Dąbrowska, badania potrwają dwa lata.", [("Ewa Dąbrowska", "dr")]),
    ("Odznaczenie otrzymał Henryk Miłoszewski.", [("Henryk Miłoszewski", None)]),
    ("Koncert poświęcono pamięci Grzegorza Ciechowskiego.", [("Grzegorz Ciechowski", None)]),
    ("Na skwerze im. Bartłomieja Kowalskiego posadzono drzewa.", []),
    ("Uchwałę w sprawie budżetu obywatelskiego przyjęła Rada Miasta Torunia.", []),
]
