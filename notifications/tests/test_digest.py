from datetime import UTC, datetime

import pytest
import time_machine
from django.core import mail
from django.test import Client

from communities import services as community_services
from notifications import digest, services
from notifications.models import DigestFrequency, EmailKind, OutboundEmail
from sessions.recurrence import Recurrence
from tests.factories import london, make_community, make_person, make_series

UTC = UTC


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Winter: 08:00 in Wales is 08:00 UTC. (Monday's weekly digest can still catch up until then.)
        (datetime(2026, 12, 1, 7, 59, tzinfo=UTC), ["weekly:2026-W49"]),
        (datetime(2026, 12, 1, 8, 0, tzinfo=UTC), ["monthly:2026-12"]),
        (datetime(2027, 4, 1, 6, 59, tzinfo=UTC), []),  # summer: 08:00 in Wales is 07:00 UTC
        (datetime(2027, 4, 1, 7, 0, tzinfo=UTC), ["monthly:2027-04"]),
        (datetime(2026, 12, 7, 8, 30, tzinfo=UTC), ["weekly:2026-W50"]),  # a Monday
        (datetime(2026, 12, 20, 8, 0, tzinfo=UTC), []),  # too late to catch up this month's digest
    ],
)
def test_digests_fall_due_at_eight_in_the_morning_wales_time(now, expected):
    assert [f"{p.frequency}:{p.key}" for p in digest.current_periods(now=now)] == expected


@pytest.fixture
def december(db):
    with time_machine.travel(datetime(2026, 12, 1, 8, 5, tzinfo=UTC), tick=False) as clock:
        yield clock


@pytest.fixture
def busy_community(december, member):
    host = make_person("host@example.org", name="Dafydd Owen")
    community = make_community(name="Shambolic Warriors", name_cy="Rhyfelwyr Blêr", slug="shambolic", hosts=[host])
    community_services.community_join(community=community, user=member)
    make_series(
        community,
        first_start=london(2026, 12, 25, 12, 0),
        host=host,
        title="Lunch",
        title_cy="Cinio",
        recurrence=Recurrence(kind="monthly_nth", nth=-1),
    )
    return community


def monthly():
    return digest.current_periods(now=datetime.now(tz=UTC))[0]


def test_a_digest_goes_once_in_the_persons_language_and_an_empty_one_not_at_all(busy_community, member, outsider):
    # The outsider belongs to nothing and has already heard about every new community: nothing to say.
    outsider_settings = services.settings_for(outsider)
    outsider_settings.last_digest_at = datetime.now(tz=UTC)
    outsider_settings.save()
    assert digest.digests_prepare(period=monthly()) == 2  # Siân and the host
    assert not OutboundEmail.objects.filter(recipient=outsider).exists()
    assert digest.digests_prepare(period=monthly()) == 0  # a re-run queues nothing new
    services.outbox_send_due()
    services.outbox_send_due()
    welsh = next(m for m in mail.outbox if m.to == [member.email])
    assert welsh.subject == "Beth sydd ymlaen yn eich cymunedau"
    assert "Cinio" in welsh.body and "Rhyfelwyr Blêr" in welsh.body
    html = welsh.alternatives[0][0]
    assert '<html lang="cy">' in html
    assert welsh.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert welsh.extra_headers["List-Unsubscribe"].startswith("<http://127.0.0.1:8000/notifications/unsubscribe/")
    assert len([m for m in mail.outbox if m.to == [member.email]]) == 1


def test_new_communities_appear_for_people_not_yet_in_them(december, outsider):
    make_community(name="Data ethics circle", slug="data-ethics")
    digest.digests_prepare(period=monthly())
    services.outbox_send_due()
    assert "Data ethics circle" in mail.outbox[0].body


def test_people_who_chose_never_or_weekly_get_no_monthly_digest(busy_community, member):
    settings = services.settings_for(member)
    settings.digest = DigestFrequency.NEVER
    settings.save()
    digest.digests_prepare(period=monthly())
    assert not OutboundEmail.objects.filter(recipient=member).exists()


def _unsubscribe_link(member):
    digest.digests_prepare(period=monthly())
    services.outbox_send_due()
    message = next(m for m in mail.outbox if m.to == [member.email])
    return message.extra_headers["List-Unsubscribe"].strip("<>").split("8000", 1)[1]


def test_one_click_unsubscribe_by_post_works_without_cookies(busy_community, member):
    path = _unsubscribe_link(member)
    client = Client(enforce_csrf_checks=True)  # a mail client: no cookies, no CSRF token
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert services.settings_for(member).digest == DigestFrequency.NEVER


def test_get_only_asks_and_changes_nothing(busy_community, member):
    path = _unsubscribe_link(member)
    response = Client().get(path)
    assert response.status_code == 200 and "Stop digest emails" in response.content.decode()
    assert services.settings_for(member).digest == DigestFrequency.MONTHLY


def test_a_reused_or_wrong_link_changes_nothing(busy_community, member):
    path = _unsubscribe_link(member)
    client = Client()
    client.post(path, {"choice": "stop"})
    settings = services.settings_for(member)
    settings.digest = DigestFrequency.WEEKLY
    settings.save()
    reused = client.post(path, {"choice": "stop"})
    assert reused.status_code == 410 and "already been used" in reused.content.decode()
    assert services.settings_for(member).digest == DigestFrequency.WEEKLY
    wrong = client.post("/notifications/unsubscribe/not-a-token/", {"choice": "stop"})
    assert wrong.status_code == 404 and "not valid" in wrong.content.decode()


def test_less_often_turns_weekly_into_monthly(busy_community, member):
    settings = services.settings_for(member)
    settings.digest = DigestFrequency.WEEKLY
    settings.save()
    with time_machine.travel(datetime(2026, 12, 7, 8, 30, tzinfo=UTC), tick=False):
        weekly = digest.current_periods(now=datetime.now(tz=UTC))[0]
        digest.digests_prepare(period=weekly)
        services.outbox_send_due()
    path = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>").split("8000", 1)[1]
    Client().post(path, {"choice": "less"})
    assert services.settings_for(member).digest == DigestFrequency.MONTHLY


def test_digest_queries_grow_with_batches_not_people(december, django_assert_max_num_queries):
    host = make_person("host@example.org", name="Host")
    community = make_community(name="Circle", slug="circle", hosts=[host])
    make_series(community, first_start=london(2026, 12, 10, 12, 0), host=host)
    people = [make_person(f"d{n}@example.org", name=f"D{n}") for n in range(120)]
    for person in people:
        community_services.community_join(community=community, user=person)
    # 3 batches of 50: a dozen queries per batch, however many people are in it. Here 11: the people; each
    # registered section's own (sessions 1, new communities 2, co-coaching 1, CLIP 1 with no plan published);
    # the savepoint, the digests, the settings rows, last_digest_at and the release. Then the empty last page.
    with django_assert_max_num_queries(3 * 12 + 2):
        assert digest.digests_prepare(period=monthly(), batch_size=50) == 121


def test_preview_shows_the_digest_and_sends_it_once(client, busy_community, member):
    client.force_login(member)
    page = client.get("/cy/notifications/digest/").content.decode()
    assert "Cinio" in page
    client.post("/notifications/digest/send/")
    client.post("/notifications/digest/send/")
    assert OutboundEmail.objects.filter(recipient=member, kind=EmailKind.DIGEST).count() == 1
    digest.digests_prepare(period=monthly())
    assert OutboundEmail.objects.filter(recipient=member, kind=EmailKind.DIGEST).count() == 1


def test_preview_needs_sign_in(client, db):
    assert client.get("/notifications/digest/").status_code == 302
    assert client.post("/notifications/digest/send/").status_code == 302


def test_settings_are_saved_from_their_own_profile_page(client, member):
    client.force_login(member)
    assert "Emails and reminders" in client.get("/accounts/profile/").content.decode()  # the profile's sub-nav
    assert 'name="notify-digest"' in client.get("/notifications/settings/").content.decode()
    response = client.post("/notifications/settings/", {"notify-reminders": "both", "notify-digest": "weekly"})
    assert response.status_code == 302 and response["Location"] == "/notifications/settings/"
    assert "Your email settings have been saved." in client.get(response["Location"]).content.decode()
    settings = services.settings_for(member)
    assert (settings.reminders, settings.digest, settings.session_changes) == ("both", "weekly", False)
    response = client.post("/notifications/settings/", {"notify-reminders": "often", "notify-digest": "weekly"})
    # Shown again beside the field and in the summary, never as a banner.
    assert response.status_code == 200
    page = response.content.decode()
    assert "govuk-error-summary" in page and "govuk-notification-banner" not in page
    assert page.count("Select one of the reminder options") == 2
    assert services.settings_for(member).reminders == "both"


def test_the_digest_mentions_a_co_coaching_proposal_and_clip_actions_due(december, outsider):
    from datetime import date

    from clip_tracker.models import Action, Plan, ReportingPeriod, Theme
    from coaching.models import MatchingRound, Pair

    other = make_person("other@example.org", name="Other Person")
    first, second = sorted([outsider, other], key=lambda person: person.pk)
    Pair.objects.create(round=MatchingRound.objects.create(), person_a=first, person_b=second, score=10)
    plan = Plan.objects.create(title="CLIP", starts_on=date(2026, 2, 1), ends_on=date(2027, 2, 28), is_published=True)
    ReportingPeriod.objects.create(
        plan=plan,
        is_current=True,
        label="2026–27",
        starts_on=date(2026, 2, 1),
        ends_on=date(2027, 2, 28),
        update_deadline=date(2027, 2, 14),
    )
    action = Action.objects.create(
        plan=plan,
        theme=Theme.objects.create(plan=plan, number=1, title="Theme"),
        number="1.1",
        title="Publish the annual report",
    )
    action.holders.add(outsider)
    settings = services.settings_for(outsider)
    settings.last_digest_at = datetime.now(tz=UTC)
    settings.save()
    digest.digests_prepare(period=monthly())
    services.outbox_send_due()
    body = next(m for m in mail.outbox if m.to == [outsider.email]).body
    assert "Your co-coaching: Proposed" in body
    assert "1.1 Publish the annual report" in body


def test_sending_it_late_on_the_last_evening_of_a_summer_month_counts_for_the_next_month_as_in_wales(client, member):
    # 23:30 UTC on 31 August is 00:30 on 1 September in Wales, and the monthly run says "2026-09" at 08:00: a digest
    # sent at midnight must be September's, or the person gets a second one that morning.
    with time_machine.travel(datetime(2026, 8, 31, 23, 30, tzinfo=UTC), tick=False) as clock:
        make_community(name="Data ethics circle", slug="data-ethics")
        client.force_login(member)
        client.post("/notifications/digest/send/")
        assert OutboundEmail.objects.get(recipient=member, kind=EmailKind.DIGEST).dedupe_key == "monthly:2026-09"
        assert client.get("/notifications/digest/").context["sent"] is not None  # the preview says it went
        clock.move_to(datetime(2026, 9, 1, 7, 5, tzinfo=UTC))  # 08:05 in Wales
        assert [period.dedupe_key for period in digest.current_periods(now=datetime.now(tz=UTC))] == ["monthly:2026-09"]
        digest.digests_prepare(period=monthly())
    assert OutboundEmail.objects.filter(recipient=member, kind=EmailKind.DIGEST).count() == 1


def test_an_unsubscribe_link_is_claimed_once_by_the_service(busy_community, member):
    token = _unsubscribe_link(member).rstrip("/").rsplit("/", 1)[1]
    assert services.digest_unsubscribe(token=token, less_often=False) == "stopped"
    assert services.digest_unsubscribe(token=token, less_often=False) == "used"
    assert services.digest_unsubscribe(token="not-a-token", less_often=False) == "unknown"
    assert services.settings_for(member).digest == DigestFrequency.NEVER
