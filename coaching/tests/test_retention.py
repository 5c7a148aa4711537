from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from coaching import services
from coaching.models import CoachingProfile, MatchingRound, Pair, PairState, PrivateNote, do_not_pair_fingerprint
from coaching.tasks import purge_old_private_notes
from tests.factories import coaching_opt_in


def pair_of(first, second, *, state):
    a, b = sorted([first, second], key=lambda person: person.pk)
    return Pair.objects.create(round=MatchingRound.objects.create(), person_a=a, person_b=b, score=1, state=state)


def test_private_notes_go_a_year_after_the_pair_ended_and_recent_ones_stay(member, outsider, coordinator):
    long_ago = pair_of(member, outsider, state=PairState.ENDED)
    recently = pair_of(member, coordinator, state=PairState.ENDED)
    current = pair_of(outsider, coordinator, state=PairState.ACTIVE)
    for pair in (long_ago, recently, current):
        for person in (pair.person_a, pair.person_b):
            services.note_add(pair=pair, user=person, text=f"Note on {pair.pk}")
    Pair.objects.filter(pk=long_ago.pk).update(ended_at=timezone.now() - timedelta(days=366))
    Pair.objects.filter(pk=recently.pk).update(ended_at=timezone.now() - timedelta(days=300))
    Pair.objects.filter(pk=current.pk).update(updated_at=timezone.now() - timedelta(days=800))

    assert purge_old_private_notes() == 2
    assert purge_old_private_notes() == 0  # running twice is harmless
    assert set(PrivateNote.objects.values_list("pair_id", flat=True)) == {recently.pk, current.pk}
    assert Pair.objects.count() == 3  # only the notes go; the pairs' dates stay


def test_private_notes_of_a_declined_pair_go_a_year_after_it_was_declined(member, outsider):
    coaching_opt_in(member)
    coaching_opt_in(outsider)
    pair = pair_of(member, outsider, state=PairState.PROPOSED)
    services.note_add(pair=pair, user=member, text="Before I said no")
    services.pair_decline(pair=pair, user=member)
    pair.refresh_from_db()
    assert pair.ended_at is not None
    assert services.private_notes_purge(now=timezone.now() + timedelta(days=364)) == 0
    assert services.private_notes_purge(now=timezone.now() + timedelta(days=366)) == 1


def test_private_notes_of_a_pair_declined_before_ended_at_was_kept_go_by_its_last_change(member, outsider):
    pair = pair_of(member, outsider, state=PairState.DECLINED)
    services.note_add(pair=pair, user=member, text="Old")
    Pair.objects.filter(pk=pair.pk).update(ended_at=None, updated_at=timezone.now() - timedelta(days=400))
    assert services.private_notes_purge() == 1


def test_leaving_co_coaching_clears_the_do_not_pair_list(member, outsider, coordinator):
    coaching_opt_in(member, do_not_pair=[outsider, coordinator])
    coaching_opt_in(outsider, do_not_pair=[member])
    services.profile_opt_out(user=member)
    assert CoachingProfile.objects.get(user=member).do_not_pair_fingerprints == []
    # Others' lists stay.
    assert CoachingProfile.objects.get(user=outsider).do_not_pair_fingerprints == [
        do_not_pair_fingerprint(member.email)
    ]


def test_leaving_co_coaching_page_says_the_list_was_cleared(client, member, outsider):
    coaching_opt_in(member, do_not_pair=[outsider])
    client.force_login(member)
    page = client.post("/co-coaching/opt-out/", follow=True).content.decode()
    assert "Your list of people not to be paired with has been cleared." in page
    assert CoachingProfile.objects.get(user=member).do_not_pair_fingerprints == []


def test_forgetting_a_person_removes_them_from_rounds_waiting_lists(member, outsider):
    coaching_opt_in(member)
    other = MatchingRound.objects.create(waiting=[outsider.pk])
    theirs = MatchingRound.objects.create(waiting=[member.pk, outsider.pk])
    services.coaching_forget_person(user=member)
    theirs.refresh_from_db()
    other.refresh_from_db()
    assert (theirs.waiting, other.waiting) == ([outsider.pk], [outsider.pk])
    assert not CoachingProfile.objects.filter(user=member).exists()


def test_retention_tasks_are_on_the_beat_schedule():
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {"coaching.tasks.purge_old_private_notes", "notifications.tasks.purge_sent_mail_log"} <= tasks
