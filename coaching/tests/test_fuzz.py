"""The co-coaching forms, driven through the real views with hostile input (issue 12): never a 500, and a refused
submission saves nothing."""

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from coaching import services
from coaching.forms import CoachingProfileForm, MeetingForm, NoteForm, RhythmForm
from coaching.models import CoachingProfile, Pair, PairMeeting, PairState, PrivateNote
from coaching.tasks import run_queued_rounds
from tests.factories import coaching_opt_in, make_person
from tests.hostile import FUZZ, dates, form_data, many, numbers, rows, text, times

PROFILE = {
    "grade": "4",
    "field": "policy",
    "reflect_on": "",
    "modes": ["video"],
    "region": "south_east",
    "language": "either",
    "availability": ["TU-am"],
    "frequency": "fortnightly",
    "topics": [],
    "paused_until": "",
    "do_not_pair_emails": "",
}


def choice(*good):
    return st.one_of(st.sampled_from(good), text)


PROFILE_FIELDS = {
    "grade": st.one_of(st.sampled_from(["1", "7"]), numbers),
    "field": choice("policy", "other"),
    "reflect_on": text,
    "modes": st.one_of(many, st.lists(st.sampled_from(["video", "phone", "telepathy"]))),
    "region": choice("north", "outside"),
    "language": choice("en", "cy", "either"),
    "availability": st.one_of(many, st.lists(st.sampled_from(["MO-am", "FR-pm", "SU-am", "TU-noon"]))),
    "frequency": choice("weekly", "monthly"),
    "topics": st.one_of(many, st.lists(numbers, max_size=3)),
    "paused_until": dates,
    "do_not_pair_emails": st.one_of(text, st.just("sian@example.org\n\x00@x")),
}


@pytest.fixture
def pair(db, coordinator):
    sian = make_person("sian@example.org", name="Siân Evans", language="cy", organisation="NRW")
    tom = make_person("tom@example.org", name="Tom Hughes", organisation="PHW")
    coaching_opt_in(sian)
    coaching_opt_in(tom)
    services.round_request(acting_user=coordinator)
    run_queued_rounds()
    pair = Pair.objects.get()
    services.pair_accept(pair=pair, user=sian)
    services.pair_accept(pair=pair, user=tom)
    pair.refresh_from_db()
    assert pair.state == PairState.TRYING
    return pair


@FUZZ
@given(data=form_data(PROFILE, PROFILE_FIELDS))
def test_opting_in_never_fails_and_a_refusal_saves_nothing(client, member, data):
    client.force_login(member)
    before = rows(CoachingProfile.objects.all())
    response = client.post("/co-coaching/profile/", data)
    event(f"status {response.status_code}")
    assert response.status_code < 500
    instance = CoachingProfile.objects.filter(user=member).first() or CoachingProfile(user=member)
    if response.status_code == 200 or not CoachingProfileForm(data, instance=instance).is_valid():
        assert rows(CoachingProfile.objects.all()) == before


@FUZZ
@given(
    action=st.sampled_from(["meeting", "rhythm", "note"]),
    meeting=form_data({"held_on": "today"}, {"held_on": dates}),
    rhythm=form_data(
        {"rhythm": "Tuesdays", "slot_day": "TU", "slot_time": "09:30", "slot_every": "weekly"},
        {
            "rhythm": text,
            "slot_day": choice("", "MO", "SU"),
            "slot_time": times,
            "slot_every": choice("", "weekly", "monthly", "yearly"),
        },
    ),
    note=form_data({"text": "A thought."}, {"text": text}),
)
def test_pair_forms_never_fail_and_a_refusal_saves_nothing(client, pair, action, meeting, rhythm, note):
    from django.utils import timezone

    if meeting["held_on"] == "today":
        meeting = {"held_on": timezone.localdate().isoformat()}
    data, form_class = {"meeting": (meeting, MeetingForm), "rhythm": (rhythm, RhythmForm), "note": (note, NoteForm)}[
        action
    ]
    client.force_login(pair.person_a)
    before = rows(Pair.objects.all()), rows(PairMeeting.objects.all()), rows(PrivateNote.objects.all())
    response = client.post(f"/co-coaching/pairs/{pair.pk}/{action}/", data)
    # Saved and sent back to the page, or refused with the form shown again (errors beside the fields).
    assert response.status_code in (302, 400)
    valid = (form_class(data, pair=pair) if form_class is MeetingForm else form_class(data)).is_valid()
    event(f"{action} valid: {valid}")
    if not valid:
        assert (rows(Pair.objects.all()), rows(PairMeeting.objects.all()), rows(PrivateNote.objects.all())) == before
    assert client.get(f"/co-coaching/pairs/{pair.pk}/").status_code == 200
    assert client.get(f"/co-coaching/pairs/{pair.pk}/slot.ics").status_code in (200, 404)


@FUZZ
@given(pk=st.integers(0, 10**25), action=st.one_of(st.sampled_from(["accept", "end", "carry-on", "meeting"]), text))
def test_pair_addresses_with_any_number_never_fail(client, pair, pk, action):
    from urllib.parse import quote

    client.force_login(pair.person_b)
    assert client.get(f"/co-coaching/pairs/{pk}/").status_code < 500
    assert client.post(f"/co-coaching/pairs/{pk}/{quote(action, safe='')}/", {"answer": "yes"}).status_code < 500
