"""www.torun.pl, the City of Toruń: the only file that names the city.

When the live markup changes, this is the file to edit: `archiver check` fetches each section's
live listing and its newest article and reports which selectors still find something. The first
selector of each field is the markup reconstructed in the site model (Drupal 8+, theme "torun");
the shared Drupal ones follow (``archiver/sites/drupal.py``); meta tags, JSON-LD and a generic
trafilatura extraction are the last resort, in ``archiver.extract.article``.
"""

from __future__ import annotations

import re

from archiver.sites import Section, Site
from archiver.sites import drupal

SITE = Site(
    name="torun",
    origin="https://www.torun.pl",
    hosts=frozenset({"www.torun.pl", "torun.pl"}),
    timezone="Europe/Warsaw",
    selectors=drupal.theme_first(
        drupal.SELECTORS,
        teaser_link=(".teaser__title a[href]",),
        teaser_date=(".teaser__date",),
    ),
    sections=(
        # Seen on the live site (public copies): the archive's core.
        Section("rada-miasta", "/pl/rada-miasta/aktualnosci", "Aktualności Rady Miasta", verified=True),
        # Reconstructed, of the same Drupal shape, not yet checked against the live site (run `archiver check`).
        Section("aktualnosci", "/pl/aktualnosci", "Aktualności"),
        Section("prezydent", "/pl/prezydent/aktualnosci", "Aktualności Prezydenta Miasta"),
    ),
    # Drupal page titles end with the site name: "Title | www.torun.pl".
    title_suffix=re.compile(r"\s*[|–-]\s*(www\.)?torun\.pl\s*$", re.IGNORECASE),
    non_article_path=re.compile(drupal.NON_ARTICLE_PATH + r"|^/(?:[a-z]{2}/)?(?:galerie-zdjec|rada-miasta/(?:sklad-rady|sesje))/?$",
                                re.IGNORECASE),  # fmt: skip
    node_path=drupal.NODE_PATH,
    page_url=drupal.page_url,
    page_number=drupal.page_number,
    # As credit lines write the City Hall.
    abbreviations={
        "UMT": "Urząd Miasta Torunia",
        "UM Toruń": "Urząd Miasta Torunia",
        "UM w Toruniu": "Urząd Miasta Torunia",
    },
)
