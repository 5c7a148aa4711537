"""Issue 17, everyday use of co-coaching: errors beside their fields, meeting dates that make sense, and the second
person to accept told the pair has started."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from coaching import services
from coaching.models import PairMeeting
from tests.factories import coaching_round_run


@pytest.fixture
def pair(siân_and_tom, coordinator):
    coaching_round_run(coordinator)
    sian, tom = siân_and_tom
    from coaching.models import Pair

    return Pair.objects.get()


@pytest.fixture
def trying_pair(pair, siân_and_tom):
    sian, tom = siân_and_tom
    services.pair_accept(pair=pair, user=sian)
    return services.pair_accept(pair=pair, user=tom)


def _beside(page: str, field_id: str) -> str:
    """The error message written beside a field (its id-error paragraph)."""
    match = re.search(rf'id="{field_id}-error">(.*?)</p>', page, re.S)
    return re.sub(r"<[^>]+>", "", match.group(1)).replace("Error:", "").strip() if match else ""


def _summary(page: str) -> str:
    start = page.find("govuk-error-summary__list")
    return page[start : page.find("</ul>", start)] if start >= 0 else ""


def test_a_meeting_before_the_pair_existed_is_refused_beside_the_date(client, trying_pair, siân_and_tom):
    sian, _tom = siân_and_tom
    client.force_login(sian)
    made = timezone.localtime(trying_pair.created_at).date()
    response = client.post(
        f"/co-coaching/pairs/{trying_pair.pk}/meeting/", {"held_on": (made - timedelta(days=3)).isoformat()}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert _beside(page, "id_held_on").startswith("The meeting date must be on or after")
    assert f"{made.day} " in _beside(page, "id_held_on")
    assert "The meeting date must be on or after" in _summary(page)
    assert "govuk-notification-banner" not in page
    assert not PairMeeting.objects.exists()


def test_a_meeting_in_the_future_is_refused_beside_the_date(client, trying_pair, siân_and_tom):
    sian, _tom = siân_and_tom
    client.force_login(sian)
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = client.post(f"/co-coaching/pairs/{trying_pair.pk}/meeting/", {"held_on": tomorrow.isoformat()})
    assert response.status_code == 400
    assert "must be today or earlier" in _beside(response.content.decode(), "id_held_on")
    assert not PairMeeting.objects.exists()


@pytest.mark.parametrize(
    ("value", "message"),
    [("", "Enter the date of the meeting"), ("not a date", "Enter the date of the meeting as a real date")],
)
def test_a_missing_or_mistyped_meeting_date_is_named_beside_the_field(
    client, trying_pair, siân_and_tom, value, message
):
    client.force_login(siân_and_tom[0])
    response = client.post(f"/co-coaching/pairs/{trying_pair.pk}/meeting/", {"held_on": value})
    assert response.status_code == 400
    assert _beside(response.content.decode(), "id_held_on").startswith(message)


def test_a_meeting_today_is_recorded(client, trying_pair, siân_and_tom):
    client.force_login(siân_and_tom[0])
    response = client.post(
        f"/co-coaching/pairs/{trying_pair.pk}/meeting/", {"held_on": timezone.localdate().isoformat()}
    )
    assert response.status_code == 302
    assert PairMeeting.objects.filter(pair=trying_pair, held_on=timezone.localdate()).exists()


def test_an_empty_rhythm_is_named_beside_its_field_not_in_a_banner(client, trying_pair, siân_and_tom):
    client.force_login(siân_and_tom[0])
    response = client.post(f"/co-coaching/pairs/{trying_pair.pk}/rhythm/", {"rhythm": "  "})
    assert response.status_code == 400
    page = response.content.decode()
    assert _beside(page, "id_rhythm").startswith("Enter your agreed rhythm in a few words")
    assert "Describe your rhythm in a few words." not in page


def test_a_slot_without_its_time_says_which_part_is_missing(client, trying_pair, siân_and_tom):
    client.force_login(siân_and_tom[0])
    response = client.post(
        f"/co-coaching/pairs/{trying_pair.pk}/rhythm/", {"rhythm": "Tuesdays", "slot_day": "TU", "slot_every": ""}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Enter the start time as well" in _beside(page, "id_slot_time")
    assert 'value="Tuesdays"' in page  # what was typed is kept


def test_an_over_long_rhythm_keeps_the_text_and_states_the_limit(client, trying_pair, siân_and_tom):
    client.force_login(siân_and_tom[0])
    text = "r" * 250
    response = client.post(f"/co-coaching/pairs/{trying_pair.pk}/rhythm/", {"rhythm": text})
    page = response.content.decode()
    assert response.status_code == 400
    assert _beside(page, "id_rhythm") == ("Your agreed rhythm must be 200 characters or fewer (you have written 250).")
    assert text in page


def test_an_over_long_note_keeps_the_text_and_states_the_limit(client, trying_pair, siân_and_tom):
    client.force_login(siân_and_tom[0])
    text = "n" * 4321
    response = client.post(f"/co-coaching/pairs/{trying_pair.pk}/note/", {"text": text})
    page = response.content.decode()
    assert response.status_code == 400
    assert _beside(page, "id_text") == "Your private note must be 4,000 characters or fewer (you have written 4,321)."
    assert text in page


def test_the_first_to_accept_waits_and_the_second_hears_the_pair_has_started(client, pair, siân_and_tom):
    sian, tom = siân_and_tom
    client.force_login(sian)
    first = client.post(f"/co-coaching/pairs/{pair.pk}/accept/", follow=True).content.decode()
    assert "When your partner accepts too" in first
    client.force_login(tom)
    second = client.post(f"/co-coaching/pairs/{pair.pk}/accept/", follow=True).content.decode()
    assert "You have both accepted, so your pair has started." in second
    assert "When your partner accepts too" not in second


def test_the_profile_form_names_each_missing_answer(client, siân_and_tom):
    client.force_login(siân_and_tom[0])
    response = client.post("/co-coaching/profile/", {})
    page = response.content.decode()
    for message in (
        "Select your grade or level",
        "Select your profession or field",
        "Select at least one way you could meet",
        "Select where you are based",
        "Select at least one time when you are usually free",
    ):
        assert message in _summary(page), message
    assert "This field is required." not in page


def test_the_coordinate_page_costs_the_same_queries_with_more_rounds(
    client, coordinator, siân_and_tom, django_assert_max_num_queries
):
    client.force_login(coordinator)
    coaching_round_run(coordinator)
    with django_assert_max_num_queries(18):
        assert client.get("/co-coaching/coordinate/").status_code == 200
    for _ in range(3):
        coaching_round_run(coordinator)
    with django_assert_max_num_queries(18):
        page = client.get("/co-coaching/coordinate/").content.decode()
    assert 'data-label="Pairs proposed"' in page


def test_topics_on_the_welsh_profile_page_are_named_in_welsh(client, siân_and_tom):
    from tests.factories import make_topic

    make_topic()
    client.force_login(siân_and_tom[0])
    welsh = client.get("/cy/co-coaching/profile/").content.decode()
    assert ">Hinsawdd</label>" in welsh
    assert ">Climate</label>" not in welsh
