"""Labelled credit lines: each line with every credit it must yield (an empty list: not a credit).

Shared by tests/test_credits.py (exact, case by case) and bench/quality.py (precision and recall).
Names are examples; the forms are those the city uses.
"""

BY_NC_4 = ("CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/")
UMT = "Urząd Miasta Torunia"


def credit(role, person=None, organisation=None, holder=None, year=None, licence=(None, None)):
    return {"role": role, "person": person, "organisation": organisation, "copyright_holder": holder, "year": year,
            "license": licence[0], "license_url": licence[1]}  # fmt: skip


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
    ("Fot. © Jan Nowak, wszelkie prawa zastrzeżone",
     [credit("photo", holder="Jan Nowak", licence=("LicenseRef-All-Rights-Reserved", None))]),
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
    ("Fot. archiwum UMT", [credit("photo", organisation="archiwum UMT")]),
    ("Fot. materiały prasowe Muzeum Okręgowego w Toruniu", [credit("photo", organisation="materiały prasowe Muzeum Okręgowego w Toruniu")]),
    ("Fot. materiały prasowe organizatora", [credit("photo", organisation="materiały prasowe organizatora")]),
    ("Fot. nadesłane", [credit("photo", organisation="nadesłane")]),
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
]
