"""A person's own data: the download holds everything about them and nothing about anyone else; deleting the
account leaves no row pointing at them except the CLIP's public record, which keeps its words without a name."""

import json
from datetime import date, timedelta

import pytest
from django.apps import apps
from django.conf import settings
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clip_tracker import services as clip_services
from clip_tracker.models import Action, ClipEmailKind, Plan, ProgressUpdate, ReportingPeriod, StatusChange, Theme
from coaching import services as coaching_services
from coaching.models import CoachingProfile, MatchingRound, Pair, PairMeeting, PairState, PrivateNote
from communities import services as community_services
from communities.models import CommunitySuggestion, Membership
from notifications import services as outbox
from notifications.models import EmailKind, OutboundEmail
from portal import personal_data
from sessions import services as session_services
from sessions.models import LONDON, CalendarFeedToken, Rsvp, RsvpStatus, SessionEmailKind
from tests.factories import coaching_opt_in, make_community, make_person, make_series


def pair_of(first, second, state=PairState.ACTIVE):
    a, b = sorted([first, second], key=lambda person: person.pk)
    return Pair.objects.create(round=MatchingRound.objects.create(), person_a=a, person_b=b, score=10, state=state)


@pytest.fixture
def host(db):
    return make_person("dafydd@example.org", name="Dafydd Owen")


@pytest.fixture
def world(member, outsider, host, coordinator):
    """Siân (member) and Alex (outsider) share a community, a full session, a co-coaching pair and a CLIP action;
    each has their own notes, updates, suggestions and emails."""
    community = make_community(
        name="Shambolic Warriors", slug="shambolic", hosts=[host], acting_user=host, join_policy="request"
    )
    for person in (member, outsider):
        membership = community_services.community_join(community=community, user=person)
        community_services.membership_request_decide(membership=membership, approve=True, acting_user=host)
        community_services.suggestion_submit(
            suggested_by=person,
            name=f"Idea of {person.display_name}",
            description=f"Described by {person.display_name}",
            preferred_cadence="",
            willing_to_host=False,
        )
    start = (timezone.now() + timedelta(days=7)).astimezone(LONDON).replace(hour=10, minute=0, second=0, microsecond=0)
    series = make_series(community, first_start=start, host=host, capacity=1)
    occurrence = series.occurrences.get()
    session_services.rsvp_set(occurrence=occurrence, user=member, going=True)
    session_services.rsvp_set(occurrence=occurrence, user=outsider, going=True)  # waiting list
    session_services.feed_token_rotate(user=member)
    session_services.feed_token_rotate(user=outsider)

    coaching_services.profile_save(
        profile=CoachingProfile(
            user=member, grade=4, field="policy", modes=["video"], region="south_east", availability=["TU-am"]
        ),
        topics=[],
        do_not_pair_emails=[host.email],
    )
    coaching_opt_in(outsider)
    pair = pair_of(member, outsider)
    MatchingRound.objects.create(waiting=[member.pk, outsider.pk])
    PairMeeting.objects.create(pair=pair, held_on=timezone.localdate(), recorded_by=outsider)
    coaching_services.note_add(pair=pair, user=member, text="Siân's own thought")
    coaching_services.note_add(pair=pair, user=outsider, text="Alex's private thought")

    plan = Plan.objects.create(title="CLIP", starts_on=date(2023, 2, 1), ends_on=date(2025, 2, 28), is_published=True)
    period = ReportingPeriod.objects.create(
        plan=plan,
        is_current=True,
        label="Year one",
        starts_on=date(2023, 2, 1),
        ends_on=date(2024, 2, 29),
        update_deadline=date(2024, 2, 15),
    )
    theme = Theme.objects.create(plan=plan, number=2, title="Theme 2")
    action = Action.objects.create(plan=plan, theme=theme, number="2.10", title="Learning together")
    action.holders.set([member, outsider])
    clip_services.action_update_record(action=action, period=period, narrative="Siân's progress words", author=member)
    clip_services.action_update_record(action=action, period=period, narrative="Alex's progress words", author=outsider)
    clip_services.action_follow_toggle(action=action, user=member)
    clip_services.action_status_change(
        action=action,
        to_status="in_progress",
        reason="Under way",
        acting_user=coordinator,
        expected_version=action.version,
    )

    outbox.settings_for(member)
    for person in (member, outsider):
        OutboundEmail.objects.create(
            recipient=person,
            kind=EmailKind.DIGEST,
            dedupe_key="old",
            template_prefix="x",
            due_at=timezone.now(),
            sent_at=timezone.now(),
            subject=f"Digest for {person.display_name}",
            unsubscribe_token_hash="a" * 64,
        )
    return {"community": community, "occurrence": occurrence, "pair": pair, "action": action}


def test_export_contains_the_persons_data_and_nobody_elses(world, member, outsider):
    data = personal_data.personal_data_export(user=member)
    text = json.dumps(data, default=str, ensure_ascii=False)

    assert data["profile"]["email"] == member.email and data["profile"]["display_name"] == "Siân Evans"
    assert [m["community"] for m in data["communities"]["memberships"]] == ["Shambolic Warriors"]
    assert [e["event"] for e in data["communities"]["memberships"][0]["history"]] == ["requested", "approved"]
    assert [e["by_you"] for e in data["communities"]["memberships"][0]["history"]] == [True, False]
    assert [s["name"] for s in data["communities"]["suggestions"]] == ["Idea of Siân Evans"]
    assert [a["answer"] for a in data["sessions"]["answers"]] == [RsvpStatus.GOING]
    assert len(data["sessions"]["calendar_feed_addresses"]) == 1
    assert data["co_coaching"]["profile"]["do_not_pair_addresses_kept"] == 1  # kept only as a fingerprint
    [pair] = data["co_coaching"]["pairs"]
    assert pair["partner"] == "Alex Outsider"
    assert [n["text"] for n in pair["your_private_notes"]] == ["Siân's own thought"]
    assert [m["recorded_by_you"] for m in pair["meetings"]] == [False]
    assert [u["narrative"] for u in data["clip"]["progress_updates_written"]] == ["Siân's progress words"]
    assert [f["action"] for f in data["clip"]["actions_followed"]] == ["2.10 Learning together"]
    assert data["clip"]["actions_held"] == ["2.10 Learning together"]
    assert data["notifications"]["settings"]["digest"] == "monthly"
    assert "Digest for Siân Evans" in [e["subject"] for e in data["notifications"]["emails"]]

    # Nothing of Alex's but his name as her partner; no secrets at all.
    for theirs in [
        "Alex's private thought",
        "Alex's progress words",
        "Idea of Alex Outsider",
        outsider.email,
        "Digest for Alex Outsider",
        "Dafydd Owen",
        "Catrin Rowlands",
        "coordinator@example.org",
        "a" * 64,
        "token",
        "password",
        "pbkdf2",
        "md5$",
    ]:
        assert theirs not in text
    assert text.count("Alex Outsider") == 1, text
    token = CalendarFeedToken.objects.get(user=member)
    assert token.token not in text and token.token_hash not in text and token.salt not in text


def test_export_is_an_attachment_that_is_never_cached(client, world, member):
    client.force_login(member)
    response = client.get(reverse("personal_data_download"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="cylch-your-data-')
    assert "no-store" in response["Cache-Control"]
    assert json.loads(response.content)["profile"]["email"] == member.email


def queries_for_export(user) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        personal_data.personal_data_export(user=user)
    return [query["sql"] for query in queries]


def test_export_costs_the_same_queries_with_one_or_many_records(world, member):
    baseline = queries_for_export(member)
    # More of everything: another community, suggestion, pair, notes, updates and emails.
    make_community(name="Another", slug="another", acting_user=member, hosts=[member])
    community_services.suggestion_submit(
        suggested_by=member, name="Second idea", description="More", preferred_cadence="", willing_to_host=True
    )
    pair = pair_of(member, make_person("third@example.org", name="Third"), state=PairState.ENDED)
    period = ReportingPeriod.objects.get()
    for number in range(3):
        coaching_services.note_add(pair=pair, user=member, text=f"Note {number}")
        clip_services.action_update_record(
            action=world["action"], period=period, narrative=f"Update {number}", author=member
        )
        outbox.email_enqueue(
            recipient=member, kind=ClipEmailKind.CLIP, dedupe_key=f"more-{number}", template_prefix="x", context={}
        )
    more = queries_for_export(member)
    assert len(more) == len(baseline), "\n".join(more)


def rows_pointing_at(user_pk: int) -> dict[str, int]:
    """Every row of every model with a foreign key (or one-to-one) to the user model that points at ``user_pk``."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = {}
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.get_fields():
            if field.concrete and (field.many_to_one or field.one_to_one) and field.related_model is user_model:
                count = model._default_manager.filter(**{field.attname: user_pk}).count()
                if count:
                    found[f"{model._meta.label}.{field.name}"] = count
    return found


def test_deletion_leaves_no_row_pointing_at_the_person(world, member, outsider):
    pk = member.pk
    assert rows_pointing_at(pk)  # the check can see her before
    personal_data.account_delete(user=member)

    assert rows_pointing_at(pk) == {}
    assert all(pk not in matching_round.waiting for matching_round in MatchingRound.objects.all())
    # The record keeps her words, with no author; Alex's things are untouched apart from the pair they shared.
    update = ProgressUpdate.objects.get(narrative="Siân's progress words")
    assert update.author is None
    assert ProgressUpdate.objects.get(narrative="Alex's progress words").author == outsider
    assert StatusChange.objects.filter(action=world["action"]).count() == 1
    assert Membership.objects.filter(user=outsider).count() == 1
    assert CommunitySuggestion.objects.filter(suggested_by=outsider).count() == 1
    assert not Pair.objects.exists() and not PrivateNote.objects.exists()
    assert CoachingProfile.objects.filter(user=outsider).exists()


def test_deletion_tells_the_current_partner_once_kindly(world, member, outsider, deliver):
    personal_data.account_delete(user=member)
    deliver()
    deliver()  # a second sweep sends nothing more
    told = [message for message in mail.outbox if message.subject == "Your co-coaching pair has ended"]
    assert [message.to for message in told] == [[outsider.email]]
    assert "This is not about you" in told[0].body
    assert "Siân" not in told[0].body  # her name is not kept in the outbox once she has gone
    assert CoachingProfile.objects.get(user=outsider).rounds_waited == 1


def test_deletion_tells_no_partner_of_a_pair_that_had_already_ended(member, outsider, deliver):
    pair_of(member, outsider, state=PairState.ENDED)
    personal_data.account_delete(user=member)
    assert not [message for message in deliver() if message.to == [outsider.email]]


def test_deletion_drops_emails_waiting_for_the_person(world, member, outsider):
    waiting = outbox.email_enqueue(
        recipient=member,
        kind=ClipEmailKind.CLIP,
        dedupe_key="later",
        template_prefix="clip_tracker/email/update_due",
        context={},
        due_at=timezone.now() + timedelta(days=2),
    )
    pk = member.pk
    personal_data.account_delete(user=member)
    assert not OutboundEmail.objects.filter(pk=waiting.pk).exists()
    assert not OutboundEmail.objects.filter(recipient_id=pk).exists()
    assert OutboundEmail.objects.filter(recipient=outsider, subject="Digest for Alex Outsider").exists()


def test_deletion_gives_a_held_place_to_the_person_waiting(world, member, outsider):
    occurrence = world["occurrence"]
    personal_data.account_delete(user=member)
    assert Rsvp.objects.get(occurrence=occurrence, user=outsider).status == RsvpStatus.GOING
    # Told once: by the calendar invitation for the place (or, with invitations off, by a notice).
    told = OutboundEmail.objects.filter(
        recipient=outsider, kind__in=[SessionEmailKind.PROMOTION, SessionEmailKind.INVITATION]
    )
    assert told.count() == 1


def test_deletion_shows_clip_updates_as_by_a_former_action_holder(client, world, member, outsider):
    personal_data.account_delete(user=member)
    client.force_login(outsider)
    page = client.get(world["action"].get_absolute_url()).content.decode()
    assert "Siân Evans" not in page
    assert "by a former action holder" in page
    assert "Siân's progress words" in page
    assert "by Alex Outsider" in page


def test_deletion_by_the_only_host_of_a_community_is_refused(world, host):
    with pytest.raises(personal_data.AccountDeletionRefused, match="Shambolic Warriors"):
        personal_data.account_delete(user=host)
    assert Membership.objects.filter(user=host).exists()


def test_deletion_by_the_only_host_of_an_archived_community_goes_ahead(world, host):
    world["community"].status = "archived"
    world["community"].save()
    personal_data.account_delete(user=host)
    assert not apps.get_model(settings.AUTH_USER_MODEL).objects.filter(pk=host.pk).exists()


def test_deletion_page_for_the_only_host_explains_and_offers_no_button(client, world, host):
    client.force_login(host)
    page = client.get(reverse("account_delete")).content.decode()
    assert "Your account cannot be deleted yet" in page
    assert "Shambolic Warriors" in page
    assert "govuk-button--warning" not in page
    response = client.post(reverse("account_delete"), {"email": host.email})
    assert response.status_code == 200
    assert apps.get_model(settings.AUTH_USER_MODEL).objects.filter(pk=host.pk).exists()


def test_deletion_through_the_page_signs_out_and_confirms_on_the_home_page(client, world, member):
    client.force_login(member)
    response = client.post(reverse("account_delete"), {"email": " SIAN@example.org "}, follow=True)
    assert response.redirect_chain == [("/", 302)]
    assert "Your account and your data have been deleted." in response.content.decode()
    assert not response.context["user"].is_authenticated
    assert not apps.get_model(settings.AUTH_USER_MODEL).objects.filter(email=member.email).exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_hosts_deleting_their_accounts_at_once_never_leave_a_community_without_a_host():
    import threading

    first = make_person("first-host@example.org", name="First Host")
    second = make_person("second-host@example.org", name="Second Host")
    community = make_community(name="Two hosts", slug="two-hosts", hosts=[first, second], acting_user=first)
    barrier = threading.Barrier(2)
    outcomes = []

    def delete(person):
        barrier.wait()
        try:
            personal_data.account_delete(user=person)
            outcomes.append("deleted")
        except personal_data.AccountDeletionRefused:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=delete, args=(person,)) for person in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["deleted", "refused"]
    assert Membership.objects.filter(community=community, role="host", state="active").count() == 1
