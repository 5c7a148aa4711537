"""A pair's agreed slot comes to both partners as a calendar invitation (iMIP): a REQUEST when they agree it, an
updated REQUEST with a higher SEQUENCE when they change it, and a CANCEL when the pair ends, for one UID each."""

import json
import shutil
import subprocess
from datetime import UTC, datetime, time
from pathlib import Path

import time_machine
from django.core import mail
from icalendar import Calendar

from coaching import services
from coaching.models import Pair
from conftest import skip_or_fail
from notifications.services import outbox_send_due
from tests.factories import coaching_round_run

JS_DIR = Path(__file__).resolve().parents[2] / "tests" / "js"


def _read_with_ical_js(body: bytes, tmp_path) -> list[dict]:
    if not shutil.which("node") or not (JS_DIR / "node_modules" / "ical.js").exists():
        skip_or_fail("node and tests/js/node_modules/ical.js are needed (cd tests/js && npm ci)")
    path = tmp_path / "slot.ics"
    path.write_bytes(body)
    result = subprocess.run(
        ["node", str(JS_DIR / "expand.mjs"), str(path), "2027-03-01T00:00:00"],
        capture_output=True,
        text=True,
        check=True,
        cwd=JS_DIR,
    )
    return json.loads(result.stdout)


def _invitations_to(person, tmp_path) -> list[tuple[str, str, int, list[str]]]:
    """(METHOD, UID, SEQUENCE, ical.js's London starts) of each invitation sent to the person so far."""
    found = []
    for message in mail.outbox:
        if message.to != [person.email]:
            continue
        mime = message.message()
        if not mime.is_multipart():
            continue
        parts = mime.get_payload()
        if [part.get_content_type() for part in parts] != ["text/plain", "text/html", "text/calendar"]:
            continue
        part = parts[2]
        body = part.get_payload(decode=True)
        calendar = Calendar.from_ical(body)
        (event,) = calendar.walk("VEVENT")
        assert part.get_param("method") == str(calendar["METHOD"])
        assert part["Content-Type"].lower().count("charset") == 1
        assert {"ORGANIZER", "ATTENDEE", "UID", "SEQUENCE", "DTSTAMP", "DTSTART"} <= set(event.keys())
        assert "X-WR-CALNAME" not in calendar and "REFRESH-INTERVAL" not in calendar
        if str(calendar["METHOD"]) == "CANCEL":
            assert str(event["STATUS"]) == "CANCELLED"
        starts = [entry["start_london"] for entry in _read_with_ical_js(body, tmp_path)]
        found.append((str(calendar["METHOD"]), str(event["UID"]), int(event["SEQUENCE"]), starts))
    return found


@time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), tick=False)
def test_the_slot_is_invited_updated_and_cancelled_for_both_partners(siân_and_tom, coordinator, tmp_path):
    sian, tom = siân_and_tom
    coaching_round_run(coordinator)
    pair = Pair.objects.get()
    services.pair_accept(pair=pair, user=sian)
    services.pair_accept(pair=pair, user=tom)
    services.pair_rhythm_set(
        pair=pair, user=tom, rhythm="Tuesdays", slot_day="TU", slot_time=time(9, 30), slot_every="fortnightly"
    )
    outbox_send_due()
    services.pair_rhythm_set(
        pair=pair, user=sian, rhythm="Tuesdays", slot_day="TU", slot_time=time(10, 0), slot_every="fortnightly"
    )
    outbox_send_due()
    services.pair_end(pair=pair, user=sian)
    outbox_send_due()
    for person in (sian, tom):
        sent = _invitations_to(person, tmp_path)
        assert [method for method, *_rest in sent] == ["REQUEST", "REQUEST", "CANCEL"]
        assert len({uid for _method, uid, _sequence, _starts in sent}) == 1
        assert sent[0][1] == f"pair-invitation-{pair.pk}-{person.pk}@127.0.0.1"
        sequences = [sequence for _method, _uid, sequence, _starts in sent]
        assert sequences == sorted(set(sequences))
        assert sent[0][3][:2] == ["2026-11-24T09:30:00", "2026-12-08T09:30:00"]
        assert sent[1][3][0] == "2026-11-24T10:00:00"
