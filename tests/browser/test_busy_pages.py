"""Issue 18 in a real browser, English and Welsh, phone and desktop: a host finds one person among a big
community's members, and a busy day in the month calendar leads to the whole day's list."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from communities.models import Membership, MembershipState
from portal.dates import LONDON
from tests.factories import london, make_person, make_series

from .conftest import axe_violations, sign_in

MEMBERS = "/communities/governance-and-scrutiny/members/"
SIZES = {"phone": {"width": 375, "height": 667}, "desktop": {"width": 1280, "height": 900}}
WORDS = {
    "en": {"find": "Find", "label": "Find a member by name", "all": "Show every member", "next": "Next"},
    "cy": {"find": "Chwilio", "label": "Dod o hyd i aelod yn ôl enw", "all": "Dangos pob aelod", "next": "Nesaf"},
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_host_pages_through_a_big_community_and_finds_one_member(page, demo, language, size):
    from communities.models import Community

    community = Community.objects.get(slug="governance-and-scrutiny")
    people = [make_person(f"colleague{n:03}@example.org", name=f"Colleague {n:03}") for n in range(120)]
    Membership.objects.bulk_create(
        [Membership(community=community, user=person, state=MembershipState.ACTIVE) for person in people]
    )
    words, prefix = WORDS[language], "/cy" if language == "cy" else ""
    page.set_viewport_size(SIZES[size])
    sign_in(page, demo, "host@cylch.example", language=language)
    page.goto(f"{demo}{prefix}{MEMBERS}")
    members = page.locator("main table").last  # a host sees the requests to join first
    assert members.locator("[role=rowheader]").count() == 100
    page.locator("main .govuk-pagination").get_by_role("link", name=re.compile(words["next"])).click()
    page.wait_for_url(re.compile(r"page=2"))
    assert "Colleague 119" in page.locator("main table").last.inner_text()

    page.get_by_label(words["label"]).fill("league 07")
    page.get_by_role("button", name=words["find"], exact=True).click()
    page.wait_for_url(re.compile(r"name=league\+07"))
    names = page.locator("main table").last.locator("[role=rowheader]").all_inner_texts()
    assert names == [f"Colleague {n:03}" for n in range(70, 80)]
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]
    assert axe_violations(page) == []
    page.get_by_role("link", name=words["all"]).click()
    page.wait_for_url(re.compile(r"/members/$"))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_busy_day_in_the_month_leads_to_the_whole_days_list(page, demo, language, size):
    from accounts.models import User
    from communities.models import Community
    from sessions.selectors import MONTH_DAY_SHOWN, month_days

    when = (timezone.now() + timezone.timedelta(days=10)).astimezone(LONDON)
    community = Community.objects.get(slug="breathing-space")
    host = User.objects.get(email="host@cylch.example")
    for hour in range(9, 16):
        make_series(
            community, first_start=london(when.year, when.month, when.day, hour, 30), host=host, title=f"Drop-in {hour}"
        )
    now = when
    busy = [day for day in month_days(user=AnonymousUser(), year=now.year, month=now.month) if day.day == when.date()]
    day = busy[0]
    prefix = "/cy" if language == "cy" else ""
    page.set_viewport_size(SIZES[size])
    page.goto(f"{demo}{prefix}/sessions/calendar/{now.year}/{now.month}/")
    link = page.locator(f"a[href*='date_from={day.day.isoformat()}']:visible").first
    assert link.inner_text().startswith(f"{day.more} ")
    assert axe_violations(page) == []
    link.click()
    page.wait_for_url(re.compile(rf"date_from={day.day.isoformat()}"))
    # Every session of that day, not only the four the calendar had room for.
    assert page.locator("main li.cylch-session").count() == min(day.count, 25) > MONTH_DAY_SHOWN
    assert axe_violations(page) == []
