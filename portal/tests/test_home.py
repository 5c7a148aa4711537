"""The personal home page (issue 17): what a signed-in person sees at ``/``, and the landing page for others."""

import re
from datetime import date, time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.dates import LONDON
from tests.factories import (
    coaching_opt_in,
    coaching_round_run,
    make_actions,
    make_community,
    make_period,
    make_person,
    make_plan,
    make_series,
    second_factor_enrol,
)


def _soon(days: int, hour: int = 12):
    moment = (timezone.now() + timedelta(days=days)).astimezone(LONDON)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def _session(community, *, days, title, host, **fields):
    series = make_series(community, first_start=_soon(days), title=title, host=host, **fields)
    return series.occurrences.get()


def _home(client, person, language="en"):
    client.force_login(person)
    prefix = "/cy" if language == "cy" else ""
    response = client.get(f"{prefix}/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def host(db):
    return make_person("host@example.org", name="Huw Host")


def test_signed_out_visitors_see_the_landing_page(client, db):
    page = client.get("/").content.decode()
    assert "Create an account" in page
    assert "in UK time" in page
    assert "London time" not in page
    assert "What waits for you" not in page


def test_member_sees_sessions_going_waiting_and_unanswered(client, member, host, outsider):
    from communities.services import community_join
    from sessions.services import rsvp_set

    community = make_community(hosts=[host], name="Data people")
    community_join(community=community, user=member)
    community_join(community=community, user=outsider)
    going = _session(community, days=3, title="Going one", host=host)
    full = _session(community, days=4, title="Full one", host=host, capacity=1)
    _session(community, days=5, title="Not answered one", host=host)
    rsvp_set(occurrence=going, user=member, going=True)
    rsvp_set(occurrence=full, user=outsider, going=True)
    assert rsvp_set(occurrence=full, user=member, going=True).status == "waiting"

    page = _home(client, member)

    going_part = page.split('id="going-heading"')[1].split('id="unanswered-heading"')[0]
    assert "Going one" in going_part and "Full one" in going_part
    assert "On the waiting list" in going_part
    assert "Not answered one" not in going_part
    unanswered_part = page.split('id="unanswered-heading"')[1]
    assert "Not answered one" in unanswered_part and "Going one" not in unanswered_part
    assert going.get_absolute_url() in going_part
    assert "Times are UK time." in page
    assert "Welcome back, Siân Evans." in page


def test_a_weekly_series_shows_once_under_coming_up_and_its_name_is_not_repeated(client, member, host):
    from communities.services import community_join
    from sessions.recurrence import Recurrence

    community = make_community(hosts=[host], name="Breathing Space")
    community_join(community=community, user=member)
    make_series(
        community,
        first_start=_soon(1, hour=8),
        title="Breathing Space",
        host=host,
        recurrence=Recurrence(kind="weekly"),
    )
    _session(community, days=20, title="Annual gathering", host=host)

    unanswered_part = _home(client, member).split('id="unanswered-heading"')[1]

    titles = re.findall(r'href="/sessions/\d+/">([^<]+)<', unanswered_part)
    assert titles == ["Breathing Space", "Annual gathering"]
    assert "</a> · Breathing Space" in unanswered_part  # after "Annual gathering" only
    assert unanswered_part.count("· Breathing Space") == 1


def test_host_sees_requests_to_join_with_a_link_to_decide(client, host, member, outsider):
    from communities.services import community_join

    community = make_community(hosts=[host], name="Scrutiny circle", join_policy="request")
    community_join(community=community, user=member)
    community_join(community=community, user=outsider)

    page = _home(client, host)

    assert "2 requests to join Scrutiny circle wait for a host." in page
    assert reverse("communities:members", args=[community.slug]) in page
    # Someone who does not host it is not asked.
    assert "requests to join" not in _home(client, member)


def test_holder_sees_the_updates_due_with_the_period_deadline(client, member):
    plan = make_plan()
    make_period(plan, update_deadline=date(2024, 2, 15))
    action, done = make_actions(plan, ["1.1", "1.2"], holders=[member])
    done.status = "completed"
    done.save()

    page = _home(client, member)

    assert "A CLIP update was due by 15 February 2024" in page
    assert reverse("clip:action", args=["1.1"]) + "#add-update" in page
    assert reverse("clip:action", args=["1.2"]) not in page  # finished: nothing to report


def test_a_co_coaching_proposal_waits_for_an_answer(client, member, outsider, coordinator):
    coaching_opt_in(member)
    coaching_opt_in(outsider)
    coaching_round_run(coordinator)
    from coaching.models import Pair

    pair = Pair.objects.get()

    page = _home(client, member)

    assert "Answer the co-coaching proposal" in page
    assert reverse("coaching:pair", args=[pair.pk]) in page
    assert "Alex Outsider" in page


def test_a_trying_pair_is_asked_whether_they_met(client, member, outsider, coordinator):
    from coaching.models import Pair
    from coaching.services import pair_accept

    coaching_opt_in(member)
    coaching_opt_in(outsider)
    coaching_round_run(coordinator)
    pair = Pair.objects.get()
    pair_accept(pair=pair, user=member)
    pair_accept(pair=Pair.objects.get(), user=outsider)

    assert "Record your first meeting" in _home(client, member)


def test_coordinators_see_their_to_dos_and_others_do_not(client, coordinator, member, outsider):
    from communities.services import suggestion_submit

    suggestion_submit(
        suggested_by=member, name="Tea and maps", description="Maps.", preferred_cadence="", willing_to_host=True
    )
    plan = make_plan()
    make_period(plan)
    make_actions(plan, ["2.1"])  # nobody holds it
    coaching_opt_in(member)
    coaching_opt_in(outsider)

    page = _home(client, coordinator)

    assert "1 suggestion for a new community waits for a coordinator." in page
    assert reverse("communities:suggestions") in page
    assert reverse("clip:action", args=["2.1"]) + "#holders" in page
    assert "2 people in the co-coaching pool are waiting for a partner." in page
    assert reverse("coaching:coordinate") in page

    other = _home(client, member)
    assert reverse("communities:suggestions") not in other
    assert reverse("coaching:coordinate") not in other


def test_someone_new_is_told_what_to_do_next(client, outsider):
    page = _home(client, outsider)
    assert "Nothing waits for you at the moment." in page
    assert "You have not joined a community yet." in page
    assert f'href="{reverse("communities:index")}"' in page
    assert f'href="{reverse("sessions:index")}"' in page


def test_the_welsh_home_is_in_welsh(client, member, host):
    from communities.services import community_join
    from sessions.services import rsvp_set

    community = make_community(hosts=[host], name="Data people", name_cy="Pobl data")
    community_join(community=community, user=member)
    rsvp_set(occurrence=_session(community, days=3, title="Going one", host=host), user=member, going=True)

    page = _home(client, member, language="cy")

    assert 'lang="cy"' in page
    assert "Croeso’n ôl, Siân Evans." in page
    assert "Pobl data" in page


def _world(*, size: int, person, host, coordinator):
    """``size`` of everything the home lists: sessions, communities with requests, actions."""
    from communities.services import community_join
    from sessions.services import rsvp_set

    plan = make_plan()
    make_period(plan)
    make_actions(plan, [f"{n}.1" for n in range(1, size + 1)], holders=[person])
    make_actions(plan, [f"{n}.2" for n in range(1, size + 1)])
    for n in range(size):
        community = make_community(hosts=[person], name=f"Community {n}", join_policy="request")
        asker = make_person(f"asker{n}@example.org", name=f"Asker {n}")
        community_join(community=community, user=asker)
        other = make_community(hosts=[host], name=f"Other {n}")
        community_join(community=other, user=person)
        rsvp_set(occurrence=_session(other, days=n + 2, title=f"Going {n}", host=host), user=person, going=True)
        _session(other, days=n + 2, title=f"Open {n}", host=host)


@pytest.mark.parametrize("size", [1, 8])
def test_the_home_page_queries_do_not_grow_with_rows(client, django_assert_max_num_queries, coordinator, host, size):
    from accounts.services import user_make_coordinator

    person = user_make_coordinator(user=make_person("busy@example.org", name="Busy Person"))
    second_factor_enrol(person)
    _world(size=size, person=person, host=host, coordinator=coordinator)
    client.force_login(person)
    with django_assert_max_num_queries(18):
        response = client.get("/")
    page = response.content.decode()
    assert f"Going {size - 1}" in page or size > 5  # at most five sessions are listed
    assert "Going 0" in page and "Open 0" in page
    assert reverse("clip:action", args=["1.1"]) + "#add-update" in page


def test_times_on_the_home_page_are_uk_time(client, member, host):
    from communities.services import community_join
    from sessions.services import rsvp_set

    community = make_community(hosts=[host])
    community_join(community=community, user=member)
    start = _soon(3, hour=9)
    series = make_series(community, first_start=start, end_time=time(10, 0), title="Morning", host=host)
    rsvp_set(occurrence=series.occurrences.get(), user=member, going=True)

    assert f"{start:%-d} " in _home(client, member) and ", 09:00</time>–10:00" in _home(client, member)


def test_a_deadline_still_to_come_is_due_not_overdue(client, member):
    plan = make_plan()
    deadline = timezone.localdate() + timedelta(days=20)
    make_period(plan, update_deadline=deadline)
    make_actions(plan, ["3.1", "3.2"], holders=[member])

    page = _home(client, member)

    assert f"CLIP updates are due by {deadline.day} " in page
    assert "for 2 actions you hold" in page


def test_every_link_under_what_waits_opens_for_the_person(client, coordinator, member, outsider):
    import re

    from communities.services import community_join, suggestion_submit

    community = make_community(hosts=[coordinator], name="Scrutiny circle", join_policy="request")
    community_join(community=community, user=member)
    suggestion_submit(
        suggested_by=member, name="Tea and maps", description="Maps.", preferred_cadence="", willing_to_host=True
    )
    plan = make_plan()
    make_period(plan)
    make_actions(plan, ["1.1"], holders=[coordinator])
    make_actions(plan, ["2.1"])
    coaching_opt_in(member)
    coaching_opt_in(outsider)

    page = _home(client, coordinator)
    waiting = page.split('id="waiting"')[1].split("</section>")[0]
    links = re.findall(r'href="([^"#]+)', waiting)
    assert len(links) >= 5
    for link in links:
        assert client.get(link).status_code == 200, link
