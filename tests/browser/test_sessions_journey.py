import re
from datetime import timedelta

import pytest
from django.utils import timezone

from sessions.models import LONDON, Occurrence, Rsvp, RsvpStatus, SessionSeries

from .conftest import sign_in

WORDS = {
    "en": {
        "schedule": "Schedule a session",
        "title": "Title (English)",
        "date": "Date of the first session",
        "starts": "Starts (UK time)",
        "ends": "Ends (UK time)",
        "monthly": "Monthly on a weekday, e.g. the last Friday",
        "which": "Which one in the month (monthly on a weekday)",
        "last": "Last",
        "link": "Online joining link",
        "submit": "Schedule",
        "cancel_link": "Cancel this session",
        "reason": "Reason",
        "cancel_button": "Cancel the session",
        "cancelled": "This session has been cancelled.",
        "rule": "Last Friday of every month, 12:00–13:00",
    },
    "cy": {
        "schedule": "Trefnu sesiwn",
        "title": "Teitl (Saesneg)",
        "date": "Dyddiad y sesiwn gyntaf",
        "starts": "Yn dechrau (amser y DU)",
        "ends": "Yn gorffen (amser y DU)",
        "monthly": "Yn fisol ar ddiwrnod o’r wythnos, e.e. y dydd Gwener olaf",
        "which": "Pa un yn y mis (yn fisol ar ddiwrnod o’r wythnos)",
        "last": "Olaf",
        "link": "Dolen ymuno ar-lein",
        "submit": "Trefnu",
        "cancel_link": "Canslo’r sesiwn hon",
        "reason": "Rheswm",
        "cancel_button": "Canslo’r sesiwn",
        "cancelled": "Mae’r sesiwn hon wedi’i chanslo.",
        "rule": "Dydd Gwener olaf bob mis, 12:00–13:00",
    },
}


def next_last_friday():
    day = timezone.now().astimezone(LONDON).date() + timedelta(days=1)
    while not (day.weekday() == 4 and (day + timedelta(days=7)).month != day.month):
        day += timedelta(days=1)
    return day


@pytest.mark.parametrize("language", ["en", "cy"])
def test_host_schedules_last_friday_and_cancels_one(page, demo, language):
    words = WORDS[language]
    prefix = "/cy" if language == "cy" else ""
    sign_in(page, demo, "host@cylch.example", language=language)
    page.goto(f"{demo}{prefix}/communities/governance-and-scrutiny/")
    page.get_by_role("link", name=words["schedule"]).click()
    page.get_by_label(words["title"]).fill("Last Friday lunch")
    page.get_by_label(words["date"]).fill(next_last_friday().isoformat())
    page.get_by_label(words["starts"]).fill("12:00")
    page.get_by_label(words["ends"]).fill("13:00")
    page.get_by_label(words["monthly"]).check()
    page.get_by_label(words["which"]).select_option(label=words["last"])
    page.get_by_label(words["link"]).fill("https://teams.example/last-friday")
    page.get_by_role("button", name=words["submit"], exact=True).click()
    page.get_by_text(words["rule"]).wait_for()
    series = SessionSeries.objects.get(title="Last Friday lunch")
    assert series.rrule == "FREQ=MONTHLY;BYDAY=-1FR"

    second = series.occurrences.order_by("start")[1]
    page.goto(f"{demo}{prefix}/sessions/{second.pk}/")
    page.get_by_role("link", name=words["cancel_link"]).click()
    page.get_by_label(words["reason"]).fill("Bank holiday week")
    page.get_by_role("button", name=words["cancel_button"]).click()
    page.get_by_text(words["cancelled"]).first.wait_for()
    second.refresh_from_db()
    assert second.is_cancelled and second.cancel_reason == "Bank holiday week"
    assert series.occurrences.filter(cancelled_at__isnull=False).count() == 1


def test_member_finds_the_next_session_rsvps_downloads_it_and_copies_the_private_link(page, demo):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    sign_in(page, demo, "member@cylch.example", language="en")
    page.goto(demo + "/communities/breathing-space/")
    page.locator("#sessions ~ ul .cylch-session a", has_text="Breathing Space").first.click()
    page.get_by_role("button", name="I’m going").click()
    page.get_by_text("You are going. It is in your calendar feed.").wait_for()
    occurrence_id = int(re.search(r"/sessions/(\d+)/", page.url).group(1))
    assert Rsvp.objects.get(occurrence_id=occurrence_id, user__email="member@cylch.example").status == RsvpStatus.GOING

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add this session to your calendar (.ics)").click()
    body = open(download_info.value.path(), "rb").read()
    assert b"BEGIN:VEVENT" in body and b"URL:https://zoom.example/j/breathing-space" in body

    page.goto(demo + "/sessions/my-calendar/")
    page.get_by_role("button", name="Create my private calendar address").click()
    page.get_by_role("button", name="Copy the address").click()
    page.get_by_text("Copied").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert re.fullmatch(r"http://127\.0\.0\.1:8000/calendar/[\w-]{43}\.ics", copied)
    token_path = copied.split("8000", 1)[1]
    feed = page.request.get(demo + token_path)
    assert feed.status == 200 and b"BEGIN:VCALENDAR" in feed.body()
    assert Occurrence.objects.filter(pk=occurrence_id).exists()
