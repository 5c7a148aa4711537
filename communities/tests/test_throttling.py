"""Nobody can flood hosts or coordinators with email by repeating an action."""

import threading

import pytest
import time_machine
from django.core import mail
from django.db import connection

from communities import services
from communities.models import CommunitySuggestion, MembershipState
from tests.factories import make_person


def test_asking_and_withdrawing_five_times_emails_each_host_once_a_day(
    client, member, request_community, host, deliver
):
    client.force_login(member)
    with time_machine.travel("2026-12-02 09:00:00+00:00", tick=False) as clock:
        for _ in range(5):
            client.post(f"/communities/{request_community.slug}/join/")
            client.post(f"/communities/{request_community.slug}/leave/")
        client.post(f"/communities/{request_community.slug}/join/")
        assert request_community.memberships.get(user=member).state == MembershipState.PENDING
        assert [m.to for m in deliver()] == [[host.email]]
        clock.move_to("2026-12-03 09:00:00+00:00")
        client.post(f"/communities/{request_community.slug}/leave/")
        client.post(f"/communities/{request_community.slug}/join/")
        assert len(deliver()) == 2  # a new day, a new email


def test_a_fourth_suggestion_in_a_day_is_refused_and_kept_in_the_form(client, member, coordinator, deliver):
    client.force_login(member)
    for n in range(3):
        response = client.post("/communities/suggest/", {"name": f"Idea {n}", "description": "Why it helps."})
        assert response.status_code == 302
    response = client.post("/communities/suggest/", {"name": "Idea four", "description": "Keep these words."})
    page = response.content.decode()
    assert response.status_code == 200
    assert "as many as we take in a day" in page and "Keep these words." in page
    assert CommunitySuggestion.objects.count() == 3
    assert len(deliver()) == 3
    assert not mail.outbox[3:]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_suggestions_sent_at_the_same_moment_are_counted_one_after_another():
    person = make_person("eager@example.org", name="Eager")
    barrier = threading.Barrier(8)
    outcomes = []

    def suggest(n):
        barrier.wait()
        try:
            services.suggestion_submit(
                suggested_by=person, name=f"Idea {n}", description="Why.", preferred_cadence="", willing_to_host=False
            )
            outcomes.append("saved")
        except services.MembershipError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=suggest, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["refused"] * 5 + ["saved"] * 3
    assert CommunitySuggestion.objects.count() == 3
