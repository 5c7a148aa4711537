"""The sessions list and the month on a phone (375 px), in English and Welsh: day headings, a count, page
numbers, a repeating series shown once, filters folded away, and a month that is a list of named days with
previous and next links that name the months."""

import re
from datetime import date

import pytest
from django.utils import timezone

from sessions.models import LONDON

from .conftest import SCREENSHOTS, save_screenshot, sign_in

PHONE = {"width": 375, "height": 800}
WORDS = {
    "en": {
        "weekday": r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} \w+",
        "count": re.compile(r"\d+ sessions? from today"),
        "filter": "Filter",
        "apply": "Apply filters",
        "breathing": "Breathing Space",
        "every_weekday": "Every weekday, Monday to Friday",
        "page_of": "Page 1 of",
        "previous_month": "Previous month",
        "next_month": "Next month",
        "months": [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
    },
    "cy": {
        "weekday": r"^Dydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul) \d{1,2} \w+",
        # New strings: Welsh once the lead merges var/tr-sessions.json into the catalogue.
        "count": re.compile(r"\d+ sesiwn o heddiw ymlaen"),
        "filter": "Hidlo",
        "apply": "Hidlo",
        "breathing": "Lle i Anadlu",
        "every_weekday": "Pob diwrnod gwaith, dydd Llun i ddydd Gwener",
        "page_of": "Tudalen 1 o",
        "previous_month": "Y mis blaenorol",
        "next_month": "Y mis nesaf",
        "months": [
            "Ionawr",
            "Chwefror",
            "Mawrth",
            "Ebrill",
            "Mai",
            "Mehefin",
            "Gorffennaf",
            "Awst",
            "Medi",
            "Hydref",
            "Tachwedd",
            "Rhagfyr",
        ],
    },
}


def _no_sideways_scroll(page):
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_sessions_list_on_a_phone(page, demo, language):
    words = WORDS[language]
    prefix = "/cy" if language == "cy" else ""
    page.set_viewport_size(PHONE)
    sign_in(page, demo, "member@cylch.example", language=language)
    page.goto(f"{demo}{prefix}/sessions/")
    main = page.locator("main")
    # Day headings, each a weekday and a date.
    headings = main.locator("h2.cylch-day-heading").all_inner_texts()
    assert headings and all(re.match(words["weekday"], heading.strip()) for heading in headings), headings
    assert len(headings) == len(set(headings))
    # The filters are folded away behind "Filter", so the sessions come first.
    details = main.locator("details.cylch-filters")
    assert details.locator("summary").inner_text().strip() == words["filter"]
    assert details.get_attribute("open") is None
    assert not main.get_by_role("button", name=words["apply"]).is_visible()
    # The daily series is shown once, with its rule, and not followed by the community's same name.
    series_lines = main.locator(".cylch-series-line").all_inner_texts()
    assert sum(words["every_weekday"] in line for line in series_lines) == 1, series_lines
    assert f"{words['breathing']} · {words['breathing']}" not in main.inner_text()
    _no_sideways_scroll(page)
    if language == "en":
        page.screenshot(path=str(SCREENSHOTS / "sessions-phone-after.png"), full_page=True)
    # Every session, numbered pages.
    page.goto(f"{demo}{prefix}/sessions/?group=0")
    assert main.locator(".govuk-pagination__list").is_visible()
    # On a phone GOV.UK's pagination shows the current, first and last page numbers.
    assert main.locator(".govuk-pagination__item--current").inner_text().strip() == "1"
    last = main.locator(".govuk-pagination__item").last
    assert last.is_visible() and int(last.inner_text().strip()) >= 2
    assert words["page_of"] in main.inner_text()
    _no_sideways_scroll(page)
    # On a wide screen the filters are an open sidebar, with no "Filter" toggle.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{demo}{prefix}/sessions/")
    assert main.get_by_role("button", name=words["apply"]).is_visible()
    assert not main.locator("details.cylch-filters > summary").is_visible()
    # The count is a new string: Welsh after the merge.
    assert words["count"].search(main.locator("#sessions-count").inner_text()), main.locator(
        "#sessions-count"
    ).inner_text()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_month_on_a_phone_is_a_list_of_named_days(page, demo, language):
    words = WORDS[language]
    prefix = "/cy" if language == "cy" else ""
    today = timezone.now().astimezone(LONDON).date()
    page.set_viewport_size(PHONE)
    page.goto(f"{demo}{prefix}/sessions/calendar/{today.year}/{today.month}/")
    main = page.locator("main")
    assert not main.locator("table.cylch-month__table").is_visible()
    days = main.locator(".cylch-month-days h2").all_inner_texts()
    assert days and all(re.match(words["weekday"], day.strip()) for day in days), days
    previous = date(today.year - 1, 12, 1) if today.month == 1 else date(today.year, today.month - 1, 1)
    following = date(today.year + 1, 1, 1) if today.month == 12 else date(today.year, today.month + 1, 1)
    prev_link = main.locator(".govuk-pagination__prev a")
    next_link = main.locator(".govuk-pagination__next a")
    assert words["previous_month"] in prev_link.inner_text()
    assert f"{words['months'][previous.month - 1]} {previous.year}" in prev_link.inner_text()
    assert words["next_month"] in next_link.inner_text()
    assert f"{words['months'][following.month - 1]} {following.year}" in next_link.inner_text()
    _no_sideways_scroll(page)
    if language == "en":
        save_screenshot(page, "sessions-month-phone-after")


@pytest.mark.parametrize("width", [320, 640])
def test_host_pages_do_not_scroll_sideways(page, demo, width):
    from sessions.models import Occurrence

    occurrence = (
        Occurrence.objects.filter(series__community__slug="governance-and-scrutiny", start__gte=timezone.now())
        .order_by("start")
        .first()
    )
    page.set_viewport_size({"width": width, "height": 800})
    sign_in(page, demo, "host@cylch.example")
    for path in (
        f"/sessions/{occurrence.pk}/attendees/",
        f"/sessions/{occurrence.pk}/series/",
        f"/sessions/{occurrence.pk}/change/",
        f"/sessions/{occurrence.pk}/cancel/",
        "/sessions/new/governance-and-scrutiny/",
        f"/cy/sessions/{occurrence.pk}/series/",
    ):
        page.goto(f"{demo}{path}")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), (path, width)
