"""Issue 16: a pair's monthly slot is fixed when agreed, the same for both partners; a change raises SEQUENCE; the
rhythm form shows its saved time so it saves unchanged."""

import re
from datetime import UTC, datetime, time

import time_machine
from icalendar import Calendar

from coaching import services
from coaching.models import Pair
from portal.dates import LONDON
from tests.factories import coaching_round_run


def _agreed_pair(siân_and_tom, coordinator):
    sian, tom = siân_and_tom
    coaching_round_run(coordinator)
    pair = Pair.objects.get()
    services.pair_accept(pair=pair, user=sian)
    services.pair_accept(pair=pair, user=tom)
    return pair


def _event(client, pair):
    return next(iter(Calendar.from_ical(client.get(f"/co-coaching/pairs/{pair.pk}/slot.ics").content).walk("VEVENT")))


def test_a_monthly_slot_is_the_same_for_both_partners_whenever_they_download(siân_and_tom, coordinator, client):
    sian, tom = siân_and_tom
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), tick=False) as clock:
        pair = _agreed_pair(siân_and_tom, coordinator)
        services.pair_rhythm_set(pair=pair, user=sian, rhythm="Monthly", slot_day="TU", slot_time=None, slot_every="")
        services.pair_rhythm_set(
            pair=pair, user=sian, rhythm="Monthly", slot_day="TU", slot_time=time(9, 30), slot_every="monthly"
        )
        client.force_login(sian)
        hers = _event(client, pair)
        clock.move_to(datetime(2026, 12, 3, 9, 0, tzinfo=UTC))  # Tom downloads a fortnight later
        client.force_login(tom)
        his = _event(client, pair)
    assert hers["DTSTART"].dt == his["DTSTART"].dt == datetime(2026, 11, 24, 9, 30, tzinfo=LONDON)
    assert hers["RRULE"] == his["RRULE"]
    assert hers["RRULE"]["BYDAY"] == ["4TU"]
    assert hers["SEQUENCE"] == his["SEQUENCE"]


def test_changing_the_slot_raises_its_sequence_and_rewording_does_not(siân_and_tom, coordinator, client):
    sian, _tom = siân_and_tom
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), tick=False):
        pair = _agreed_pair(siân_and_tom, coordinator)
        slot = {"slot_day": "TU", "slot_time": time(9, 30), "slot_every": "weekly"}
        services.pair_rhythm_set(pair=pair, user=sian, rhythm="Tuesdays", **slot)
        client.force_login(sian)
        first = _event(client, pair)["SEQUENCE"]
        services.pair_rhythm_set(pair=pair, user=sian, rhythm="Tuesday mornings", **slot)
        assert _event(client, pair)["SEQUENCE"] == first
        services.pair_rhythm_set(pair=pair, user=sian, rhythm="Wednesdays", **{**slot, "slot_day": "WE"})
        event = _event(client, pair)
    assert event["SEQUENCE"] == first + 1
    assert event["DTSTART"].dt == datetime(2026, 11, 25, 9, 30, tzinfo=LONDON)


def test_the_rhythm_form_shows_its_saved_time_and_saves_unchanged_in_welsh(siân_and_tom, coordinator, client):
    sian, _tom = siân_and_tom
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), tick=False):
        pair = _agreed_pair(siân_and_tom, coordinator)
        services.pair_rhythm_set(
            pair=pair, user=sian, rhythm="Tuesdays", slot_day="TU", slot_time=time(9, 0), slot_every="weekly"
        )
        client.force_login(sian)
        page = client.get(f"/cy/co-coaching/pairs/{pair.pk}/").content.decode()
        shown = re.search(r'name="slot_time"[^>]*value="([^"]*)"', page).group(1)
        assert shown == "09:00"
        client.post(
            f"/cy/co-coaching/pairs/{pair.pk}/rhythm/",
            {"rhythm": "Tuesdays", "slot_day": "TU", "slot_time": shown, "slot_every": "weekly"},
        )
    pair.refresh_from_db()
    assert pair.slot_time == time(9, 0) and pair.slot_sequence == 1
