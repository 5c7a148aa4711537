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


JOURNEY_WORDS = {
    "en": {
        "schedule": "Schedule a session",
        "title": "Title (English)",
        "date": "Date of the first session",
        "starts": "Starts (UK time)",
        "ends": "Ends (UK time)",
        "weekly": "Every week, or every few weeks, on chosen days",
        "link": "Online joining link",
        "check": "Check the dates",
        "submit": "Schedule",
        "scheduled": "The session has been scheduled.",
        "monday": "Monday",
        "change_link": "Change the time or place",
        "save_change": "Save the change",
        "nothing_changed": "Nothing was changed",
        "going": "I’m going",
        "you_are_going": "You are going. It is in your calendar feed.",
        "invitations": "Send calendar invitations for sessions I’m going to",
        "save_settings": "Save email settings",
    },
    "cy": {
        "schedule": "Trefnu sesiwn",
        "title": "Teitl (Saesneg)",
        "date": "Dyddiad y sesiwn gyntaf",
        "starts": "Yn dechrau (amser y DU)",
        "ends": "Yn gorffen (amser y DU)",
        "weekly": "Bob wythnos, neu bob ychydig wythnosau, ar ddiwrnodau penodol",
        "link": "Dolen ymuno ar-lein",
        "check": "Gwirio’r dyddiadau",
        "submit": "Trefnu",
        "scheduled": "Mae’r sesiwn wedi’i threfnu.",
        "monday": "dydd Llun",
        "change_link": "Newid yr amser neu’r lle",
        "save_change": "Cadw’r newid",
        "nothing_changed": "Ni newidiwyd dim",
        "going": "Rwy’n mynd",
        "you_are_going": "Rydych yn mynd. Mae’r sesiwn yn ffrwd eich calendr.",
        "invitations": "Anfon gwahoddiadau calendr ar gyfer sesiynau rwy’n mynd iddynt",
        "save_settings": "Cadw’r gosodiadau e-bost",
    },
}


def monday_two_weeks_ahead():
    from sessions import bank_holidays

    day = timezone.now().astimezone(LONDON).date() + timedelta(days=14)
    while day.weekday() != 0 or bank_holidays.is_bank_holiday(day):
        day += timedelta(days=1)
    return day


def calendar_methods(message) -> list[str]:
    """The METHOD lines of every text/calendar part of a sent email."""
    methods = []
    for part in message.message().walk():
        if part.get_content_type() == "text/calendar":
            body = part.get_payload(decode=True).decode()
            methods += re.findall(r"^METHOD:(\w+)", body, flags=re.MULTILINE)
    return methods


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_host_checks_the_dates_and_a_member_gets_a_calendar_invitation(page, demo, language, settings):
    from django.core import mail

    from communities.models import Membership, MembershipState
    from notifications.models import OutboundEmail
    from notifications.selectors import notification_settings_for
    from notifications.services import outbox_send_due

    from .conftest import axe_violations

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    words = JOURNEY_WORDS[language]
    prefix = "/cy" if language == "cy" else ""
    slug = "breathing-space"
    member = Membership.objects.get(
        community__slug=slug, user__email="member@cylch.example", state=MembershipState.ACTIVE
    ).user
    title = f"Monday check-in ({language})"

    # 1. The host fills a weekly series, checks its dates (nothing saved), then schedules it.
    sign_in(page, demo, "host@cylch.example", language=language)
    page.goto(f"{demo}{prefix}/communities/{slug}/")
    page.get_by_role("link", name=words["schedule"]).click()
    assert page.url.endswith(f"{prefix}/sessions/new/{slug}/")
    page.get_by_label(words["title"]).fill(title)
    page.get_by_label(words["date"]).fill(monday_two_weeks_ahead().isoformat())
    page.get_by_label(words["starts"]).fill("18:00")
    page.get_by_label(words["ends"]).fill("19:00")
    page.get_by_label(words["weekly"]).check()
    page.locator("input[name=weekdays][value=MO]").check()
    page.get_by_label(words["link"]).fill("https://zoom.example/j/monday-check-in")
    series_before = SessionSeries.objects.count()
    page.get_by_role("button", name=words["check"]).click()
    dates = page.locator("#dates-preview li")
    dates.first.wait_for()
    assert dates.count() == 5
    for text in dates.all_inner_texts():
        assert words["monday"].lower() in text.lower(), text
    assert SessionSeries.objects.count() == series_before
    assert page.locator(".govuk-error-summary").count() == 0
    assert axe_violations(page) == []
    page.get_by_role("button", name=words["submit"], exact=True).click()
    page.get_by_text(words["scheduled"]).wait_for()
    assert re.search(r"/sessions/\d+/$", page.url)
    assert SessionSeries.objects.count() == series_before + 1
    series = SessionSeries.objects.get(title=title)
    occurrence_id = int(re.search(r"/sessions/(\d+)/", page.url).group(1))
    assert occurrence_id == series.occurrences.order_by("start").first().pk

    # 2. The host opens the change form and saves it as it is.
    page.get_by_role("link", name=words["change_link"]).click()
    page.get_by_role("button", name=words["save_change"]).click()
    page.get_by_text(words["nothing_changed"]).wait_for()
    assert page.locator(".govuk-error-summary").count() == 0
    assert re.search(rf"/sessions/{occurrence_id}/$", page.url)

    # 3. A member of the community says they are going and is sent a calendar invitation.
    page.context.clear_cookies()
    sign_in(page, demo, member.email, language=language)
    page.goto(f"{demo}{prefix}/sessions/{occurrence_id}/")
    page.get_by_role("button", name=words["going"]).click()
    page.get_by_text(words["you_are_going"]).wait_for()
    assert Rsvp.objects.get(occurrence_id=occurrence_id, user=member).status == RsvpStatus.GOING
    assert OutboundEmail.objects.filter(recipient=member, template_prefix="scheduling/email/invitation").exists()
    mail.outbox = []
    outbox_send_due(now=timezone.now() + timedelta(minutes=1))
    invitations = [m for m in mail.outbox if member.email in m.to and calendar_methods(m)]
    assert invitations, [m.subject for m in mail.outbox]
    assert "REQUEST" in calendar_methods(invitations[0])

    # 4. The member turns calendar invitations off on their profile.
    page.goto(f"{demo}{prefix}/notifications/settings/")
    setting = page.get_by_label(words["invitations"])
    assert setting.is_checked()
    setting.uncheck()
    page.get_by_role("button", name=words["save_settings"]).click()
    page.wait_for_load_state()
    assert notification_settings_for(user=member).calendar_invitations is False
