"""The CSV import: a dry run keeps the file so saving needs no second upload, shows each change as old → new, and
matches departments against the managed list; saving goes through the same services as the action's page."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from clip_tracker import importing, services
from clip_tracker.models import Action, Department, StatusChange
from tests.factories import make_actions, make_person, second_factor_enrol

HEADER = ",".join(importing.COLUMNS)
EXPIRED = "The checked file has expired: choose it again and check it."


@pytest.fixture
def holder(db):
    return make_person("holder@example.org", name="Holder Person")


@pytest.fixture
def finance(db):
    return Department.objects.create(name="Finance", name_cy="Cyllid")


@pytest.fixture
def signed_in(client, plan, coordinator):
    make_actions(plan, ["1.1", "1.2"])
    client.force_login(coordinator)
    return client


def upload(client, text: str, *, mode: str, path="/clip/import/"):
    return client.post(path, {"mode": mode, "file": SimpleUploadedFile("actions.csv", text.encode())})


def hidden(page: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]+)"', page).group(1)


def save_checked(client, page: str):
    """What "Import and save" on a dry run's page sends: the kept file's token and the versions seen, no file."""
    return client.post(
        "/clip/import/", {"mode": "save", "kept_file": hidden(page, "kept_file"), "checked": hidden(page, "checked")}
    )


def file_field_group(page: str) -> str:
    start = page.index('<div class="govuk-form-group govuk-form-group--error">')
    return page[start : page.index('type="file"', start)]


def test_a_checked_file_is_saved_without_choosing_it_again(signed_in, finance):
    text = "\n".join(
        [
            HEADER,
            "1.1,1,Renamed 1.1,,,,Finance,,in_progress",
            "1.2,1,Action 1.2,,,,,,not_started",
            "2.1,1,New,,,,,,on_track",
        ]
    )
    page = upload(signed_in, text, mode="dry-run").content.decode()
    assert "A dry run: nothing has been saved yet." in page
    confirm = page[page.index('name="kept_file"') : page.index("</form>", page.index('name="kept_file"'))]
    assert 'value="save"' in confirm and 'type="file"' not in confirm
    assert not Action.objects.filter(number="2.1").exists()

    page = save_checked(signed_in, page).content.decode()
    assert "Saved." in page and "Nothing was saved" not in page
    one = Action.objects.get(number="1.1")
    assert (one.title, one.department, one.status) == ("Renamed 1.1", finance, "in_progress")
    assert Action.objects.get(number="2.1").status == "on_track"
    assert StatusChange.objects.get(action=one).reason == "Imported from a spreadsheet"


def test_a_kept_file_is_used_once(signed_in):
    page = upload(signed_in, "\n".join([HEADER, "1.1,1,Renamed,,,,,,not_started"]), mode="dry-run").content.decode()
    assert "Saved." in save_checked(signed_in, page).content.decode()
    Action.objects.filter(number="1.1").update(title="Changed on its page")
    assert EXPIRED in file_field_group(save_checked(signed_in, page).content.decode())
    assert Action.objects.get(number="1.1").title == "Changed on its page"


@pytest.mark.parametrize("how", ["expired", "evicted", "altered", "someone_elses"])
def test_a_kept_file_that_expired_or_is_not_yours_is_refused_and_nothing_changes(signed_in, how):
    from accounts.services import user_make_coordinator

    page = upload(signed_in, "\n".join([HEADER, "1.1,1,Renamed,,,,,,on_track"]), mode="dry-run").content.decode()
    data = {"mode": "save", "kept_file": hidden(page, "kept_file"), "checked": hidden(page, "checked")}
    if how == "evicted":
        cache.clear()
    elif how == "altered":
        data["kept_file"] = data["kept_file"][:-2] + "xx"
    elif how == "someone_elses":
        other = user_make_coordinator(user=make_person("other@example.org", name="Other Coordinator"))
        second_factor_enrol(other)
        signed_in.force_login(other)
    with time_machine.travel(timezone.now() + timedelta(minutes=31 if how == "expired" else 0), tick=False):
        response = signed_in.post("/clip/import/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert EXPIRED in file_field_group(page)
    assert "Saved." not in page
    assert sorted(Action.objects.values_list("title", "status")) == [
        ("Action 1.1", "not_started"),
        ("Action 1.2", "not_started"),
    ]
    assert not StatusChange.objects.exists()


def test_no_file_and_no_kept_file_asks_for_a_file(signed_in):
    page = signed_in.post("/clip/import/", {"mode": "save", "checked": "", "kept_file": ""}).content.decode()
    assert "Choose a CSV file to import." in file_field_group(page)


def test_the_dry_run_shows_each_change_as_old_and_new_values(signed_in, coordinator, finance):
    one = Action.objects.get(number="1.1")
    one = services.action_details_update(action=one, expected_version=one.version, title_cy="Hen deitl")
    services.action_status_change(
        action=one, to_status="in_progress", reason="Started", acting_user=coordinator, expected_version=one.version
    )
    text = "\n".join(
        [
            HEADER,
            "1.1,1,<b>Bold</b> & new,,,,finance,2025-03-31,on_track",
            "1.2,1,Action 1.2,,We will do 1.2.,,,,not_started",
            "1.3,1,<script>alert(1)</script>,Teitl newydd,,,Cyllid,,at_risk",
        ]
    )
    page = upload(signed_in, text, mode="dry-run").content.decode()
    assert "Title (English): ‘Action 1.1’ → ‘&lt;b&gt;Bold&lt;/b&gt; &amp; new’" in page
    assert "Title (Welsh): ‘Hen deitl’ → (none)" in page
    assert "Status: In progress → On track" in page
    assert "Department: (none) → Finance" in page
    assert "Target date: (none) → 31 March 2025" in page
    assert "Action 1.2" not in page.split("Actions that would change")[1]  # unchanged, so not listed
    assert "Action 1.3 (new)" in page
    assert "Title (English): ‘&lt;script&gt;alert(1)&lt;/script&gt;’" in page
    assert "Title (Welsh): ‘Teitl newydd’" in page and "Status: At risk" in page
    assert "<b>Bold</b>" not in page and "<script>alert" not in page
    assert Action.objects.get(number="1.1").title == "Action 1.1"


def test_the_dry_run_speaks_the_persons_language(client, plan, finance):
    from accounts.services import user_make_coordinator

    make_actions(plan, ["1.1"])
    welsh = user_make_coordinator(user=make_person("cydlynydd@example.org", name="Cydlynydd", language="cy"))
    second_factor_enrol(welsh)
    client.force_login(welsh)
    text = "\n".join([HEADER, "1.1,1,Action 1.1,,,,Finance,,in_progress"])
    page = upload(client, text, mode="dry-run", path="/cy/clip/import/").content.decode()
    assert "Statws: Heb ddechrau → Ar y gweill" in page
    assert "(dim) → Cyllid" in page and "Finance" not in page


def test_departments_match_by_english_or_welsh_name_whatever_the_case(signed_in, finance):
    text = "\n".join([HEADER, "1.1,1,Action 1.1,,,,  FINANCE ,,not_started", "1.2,1,Action 1.2,,,,cyllid,,not_started"])
    assert "Saved." in upload(signed_in, text, mode="save").content.decode()
    assert list(Action.objects.values_list("department", flat=True)) == [finance.pk, finance.pk]
    text = "\n".join([HEADER, "1.1,1,Action 1.1,,,,,,not_started", "1.2,1,Action 1.2,,,,Finance,,not_started"])
    upload(signed_in, text, mode="save")
    assert list(Action.objects.values_list("department", flat=True)) == [None, finance.pk]  # empty: no department


def test_an_unknown_department_is_a_row_error_and_nothing_is_saved(signed_in, finance):
    long_name = "Adran " + "x" * 60
    text = "\n".join(
        [
            HEADER,
            "1.1,1,Renamed,,,,Finance,,not_started",
            "1.2,1,Action 1.2,,,,Nowhere,,not_started",
            f"1.3,1,New,,,,{long_name},,not_started",
        ]
    )
    page = upload(signed_in, text, mode="dry-run").content.decode()
    assert "Line 3: “Nowhere” is not in the list of departments." in page
    assert f"Line 4: “{long_name[:40]}…” is not in the list of departments." in page
    assert 'name="kept_file"' not in page  # a file with errors is not kept for saving
    upload(signed_in, text, mode="save")
    assert Action.objects.get(number="1.1").title == "Action 1.1" and Action.objects.count() == 2


def test_the_export_names_the_department_and_imports_back_unchanged(signed_in, finance):
    Action.objects.filter(number="1.2").update(department=finance)
    exported = signed_in.get("/clip/actions.csv").content.decode("utf-8-sig")
    assert exported.splitlines()[0].split(",")[6] == "department"
    assert exported.splitlines()[2].split(",")[6] == "Finance"
    page = upload(signed_in, exported, mode="dry-run").content.decode()
    assert "Nothing would change." in page


def test_an_old_file_with_a_holder_team_column_is_told_the_columns(signed_in):
    old = HEADER.replace("department", "holder_team")
    page = upload(signed_in, "\n".join([old, "1.1,1,Renamed,,,,Team,,not_started"]), mode="dry-run").content.decode()
    assert (
        "The first line must be exactly these columns: number, theme, title, title_cy, commitment, commitment_cy, "
        "department, target_date, status" in page
    )


def test_an_imported_status_change_emails_followers_and_holders(client, plan, coordinator, member, holder):
    from notifications.models import OutboundEmail

    make_actions(plan, ["3.3"], holders=[holder])
    client.force_login(member)
    client.post("/clip/actions/3.3/follow/")
    client.force_login(coordinator)
    text = "\n".join([HEADER, "3.3,3,Action 3.3,,We will do 3.3.,,,,at_risk"])
    page = upload(client, text, mode="dry-run").content.decode()
    assert "Status: Not started → At risk or delayed: timescale under review" in page
    assert not OutboundEmail.objects.exists()
    save_checked(client, page)
    emails = OutboundEmail.objects.filter(template_prefix="clip_tracker/email/status_changed")
    assert sorted(emails.values_list("recipient__email", flat=True)) == sorted([member.email, holder.email])


def test_a_save_refused_because_an_action_changed_can_be_checked_again_without_the_file(signed_in, coordinator):
    page = upload(signed_in, "\n".join([HEADER, "1.1,1,Renamed,,,,,,not_started"]), mode="dry-run").content.decode()
    action = Action.objects.get(number="1.1")
    services.action_status_change(
        action=action, to_status="on_track", reason="Meanwhile", acting_user=coordinator, expected_version=1
    )
    page = save_checked(signed_in, page).content.decode()
    assert "action 1.1 has been changed by someone else since you checked this file" in page
    assert Action.objects.get(number="1.1").title == "Action 1.1"
    page = signed_in.post("/clip/import/", {"mode": "dry-run", "kept_file": hidden(page, "kept_file")}).content.decode()
    assert "Status: On track → Not started" in page
    assert "Saved." in save_checked(signed_in, page).content.decode()
    assert Action.objects.get(number="1.1").title == "Renamed"
