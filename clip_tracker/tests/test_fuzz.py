"""The CLIP's forms, import and dashboard filters, driven through the real views with hostile input (issue 12):
never a 500, and a refused submission or import saves nothing."""

import csv
import io
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import event, given
from hypothesis import strategies as st

from clip_tracker import importing
from clip_tracker.forms import StatusForm, UpdateForm
from clip_tracker.models import Action, ProgressUpdate, StatusChange
from tests.factories import make_actions, make_person
from tests.hostile import FUZZ, SPECIAL, dates, every_special_value, form_data, numbers, query, rows, text

STATUSES = ["not_started", "in_progress", "on_track", "at_risk", "paused", "completed", "closed", "merged"]


def choice(*good):
    return st.one_of(st.sampled_from(good), text)


@pytest.fixture
def holder(db):
    return make_person("holder@example.org", name="Holder Person")


@pytest.fixture
def actions(plan, period, holder):
    return make_actions(plan, ["1.1", "1.2", "2.1"], holders=[holder])


@FUZZ
@given(
    data=form_data(
        {"narrative": "We met the team.", "narrative_cy": "", "proposed_status": "", "corrects": ""},
        {"narrative": text, "narrative_cy": text, "proposed_status": choice("", *STATUSES), "corrects": numbers},
    )
)
def test_adding_an_update_never_fails_and_a_refusal_saves_nothing(client, holder, period, actions, data):
    data = {**data, "period": str(period.pk)}
    client.force_login(holder)
    before = ProgressUpdate.objects.count()
    response = client.post("/clip/actions/1.1/update/", data)
    assert response.status_code < 500
    form = UpdateForm(data, earlier_updates=list(actions[0].updates.all()[:20]))
    valid = form.is_valid()
    event(f"form valid: {valid}")
    if not valid:
        assert ProgressUpdate.objects.count() == before


@FUZZ
@given(
    data=form_data(
        {"status": "in_progress", "reason": "Work has begun.", "merged_into": "", "version": "1"},
        {
            "status": choice(*STATUSES),
            "reason": text,
            "merged_into": st.one_of(st.just("1.2"), text),
            "version": numbers,
        },
    )
)
def test_changing_a_status_never_fails_and_a_refusal_changes_nothing(client, coordinator, actions, data):
    client.force_login(coordinator)
    before = rows(Action.objects.all()), StatusChange.objects.count()
    response = client.post("/clip/actions/1.1/status/", data)
    assert response.status_code < 500
    valid = StatusForm(data).is_valid()
    event(f"form valid: {valid}")
    if not valid:
        assert (rows(Action.objects.all()), StatusChange.objects.count()) == before


cell = st.one_of(text, numbers, dates, st.sampled_from(["1.1", "1.3", "1", "2", "on_track", "2025-03-31", ""]))
good_row = st.tuples(
    st.sampled_from(["1.1", "1.3", "2.4"]),
    st.sampled_from(["1", "2"]),
    st.just("A title"),
    st.just(""),
    st.just(""),
    st.just(""),
    st.just(""),
    st.just(""),
    st.sampled_from(STATUSES),
)
hostile_row = st.lists(cell, min_size=0, max_size=11)


def as_csv(table) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(table)
    return buffer.getvalue()


csv_files = st.one_of(
    st.lists(st.one_of(good_row, hostile_row), max_size=8).map(lambda table: as_csv([importing.COLUMNS, *table])),
    st.lists(st.lists(cell, max_size=10).map(",".join), max_size=6).map(
        lambda lines: "\n".join([",".join(importing.COLUMNS), *lines])
    ),
    text,
)


@FUZZ
@given(content=csv_files, save=st.booleans(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_importing_any_file_never_fails_and_a_refused_file_saves_nothing(
    client, coordinator, actions, content, save, encoding
):
    client.force_login(coordinator)
    before = rows(Action.objects.all()), StatusChange.objects.count()
    body = content.encode(encoding, errors="replace")
    response = client.post(
        "/clip/import/", {"mode": "save" if save else "dry-run", "file": SimpleUploadedFile("actions.csv", body)}
    )
    assert response.status_code == 200
    page = response.content.decode()
    refused = "Nothing was saved" in page or "govuk-error-message" in page
    event(f"refused: {refused}")
    if refused or not save:
        assert (rows(Action.objects.all()), StatusChange.objects.count()) == before
    assert len(response.content) < 200_000


def test_every_known_troublemaker_in_every_import_column(client, coordinator, actions):
    """One file, one hostile cell per row: every column meets every known troublemaker in a single request."""
    good = ["1.1", "1", "A title", "", "", "", "", "2025-03-31", "on_track"]
    table = [good[:column] + [value] + good[column + 1 :] for column in range(len(good)) for value in SPECIAL]
    assert len(table) <= importing.MAX_ROWS
    client.force_login(coordinator)
    before = rows(Action.objects.all())
    response = client.post(
        "/clip/import/",
        {"mode": "save", "file": SimpleUploadedFile("actions.csv", as_csv([importing.COLUMNS, *table]).encode())},
    )
    assert response.status_code == 200
    assert "Nothing was saved" in response.content.decode()
    assert rows(Action.objects.all()) == before
    assert len(response.content) < 200_000


@FUZZ
@given(params=query({"theme": ["1", "2"], "status": STATUSES, "holder": ["1"], "topic": ["involvement"]}))
def test_the_dashboard_filters_never_fail(client, coordinator, actions, params):
    client.force_login(coordinator)
    assert client.get("/clip/", params).status_code == 200


def test_every_known_troublemaker_in_every_dashboard_filter(client, coordinator, actions):
    client.force_login(coordinator)
    for params in every_special_value(["theme", "status", "holder", "topic"]):
        assert client.get("/clip/", params).status_code == 200, params


@FUZZ
@given(number=st.one_of(text, numbers), suffix=st.sampled_from(["/", "/update/", "/status/", "/follow/"]))
def test_action_addresses_with_any_number_never_fail(client, coordinator, actions, number, suffix):
    client.force_login(coordinator)
    path = f"/clip/actions/{quote(number, safe='')}{suffix}"
    response = client.get(path) if suffix == "/" else client.post(path, {})
    assert response.status_code < 500


@FUZZ
@given(pk=st.integers(0, 10**25), fmt=st.one_of(st.sampled_from(["csv", "json"]), text))
def test_report_addresses_with_any_number_never_fail(client, coordinator, period, pk, fmt):
    client.force_login(coordinator)
    assert client.get(f"/clip/report/{pk}/").status_code < 500
    assert client.get(f"/clip/report/{pk}.{quote(fmt, safe='')}").status_code < 500
