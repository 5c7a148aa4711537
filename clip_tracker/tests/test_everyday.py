"""Issue 17, everyday use of the CLIP: errors beside their fields with what was written kept, the chart's numbers,
tables that fit a phone, Welsh period names and import reasons, and list pages that cost the same however long."""

import re
from datetime import date

import pytest

from clip_tracker import services
from clip_tracker.models import IMPORTED_REASON, ProgressUpdate, ReportingPeriod, StatusChange
from tests.factories import make_actions, make_period, make_person


@pytest.fixture
def holder(db):
    return make_person("holder@example.org", name="Hal Holder")


def _beside(page: str, field_id: str) -> str:
    match = re.search(rf'id="{field_id}-error">(.*?)</p>', page, re.S)
    return re.sub(r"<[^>]+>", "", match.group(1)).replace("Error:", "").strip() if match else ""


def _summary(page: str) -> str:
    start = page.find("govuk-error-summary__list")
    return page[start : page.find("</ul>", start)] if start >= 0 else ""


def test_an_update_over_6000_characters_is_kept_with_the_limit_beside_the_field(client, plan, period, holder):
    make_actions(plan, ["1.1"], holders=[holder])
    client.force_login(holder)
    text = "Progress. " * 641  # 6,409 characters once the last space is stripped
    response = client.post("/clip/actions/1.1/update/", {"narrative": text, "period": period.pk})
    page = response.content.decode()
    assert response.status_code == 400
    message = "Progress this period (English) must be 6,000 characters or fewer (you have written 6,409)."
    assert _beside(page, "id_narrative") == message
    assert message in _summary(page)
    assert text.strip() in page  # kept in the box
    assert "Write what has happened" not in page
    assert not ProgressUpdate.objects.exists()


def test_an_over_long_welsh_update_is_named_as_the_welsh_one(client, plan, period, holder):
    make_actions(plan, ["1.1"], holders=[holder])
    client.force_login(holder)
    response = client.post(
        "/clip/actions/1.1/update/", {"narrative": "Fine.", "narrative_cy": "a" * 6001, "period": period.pk}
    )
    assert _beside(response.content.decode(), "id_narrative_cy") == (
        "Progress this period (Welsh) must be 6,000 characters or fewer (you have written 6,001)."
    )


def test_an_empty_update_says_what_to_write_beside_the_field(client, plan, period, holder):
    make_actions(plan, ["1.1"], holders=[holder])
    client.force_login(holder)
    response = client.post("/clip/actions/1.1/update/", {"narrative": "", "period": period.pk})
    assert response.status_code == 400
    assert _beside(response.content.decode(), "id_narrative").startswith("Enter the progress this period in English")


def test_a_status_change_without_a_reason_is_refused_beside_the_reason(client, plan, coordinator):
    make_actions(plan, ["1.1"])
    client.force_login(coordinator)
    response = client.post("/clip/actions/1.1/status/", {"status": "on_track", "reason": "", "version": 1})
    page = response.content.decode()
    assert response.status_code == 400
    assert _beside(page, "id_reason") == "Enter why the status is changing"
    assert "govuk-notification-banner" not in page
    assert StatusChange.objects.count() == 0


def test_a_lead_that_is_not_an_address_is_refused_beside_the_lead(client, plan, coordinator):
    make_actions(plan, ["1.1"])
    client.force_login(coordinator)
    response = client.post("/clip/actions/1.1/holders/", {"holders": "", "lead": "not-an-address", "version": 1})
    assert response.status_code == 400
    assert _beside(response.content.decode(), "id_lead").startswith("Enter the lead holder’s email address")


def test_an_over_long_narrative_is_kept_with_the_limit(client, plan, period, coordinator):
    make_actions(plan, ["1.1"])
    client.force_login(coordinator)
    text = "n" * 12_345
    response = client.post(f"/clip/periods/{period.pk}/actions/1.1/narrative/", {"narrative": text})
    page = response.content.decode()
    assert response.status_code == 400
    assert (
        _beside(page, "id_narrative")
        == "Progress (English) must be 12,000 characters or fewer (you have written 12,345)."
    )
    assert text in page


def test_a_period_opened_without_names_is_named_from_its_dates_in_each_language(client, plan, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/clip/periods/new/",
        {
            "label": "",
            "label_cy": "",
            "starts_on": "2026-04-01",
            "ends_on": "2027-03-31",
            "update_deadline": "2027-03-14",
        },
    )
    assert response.status_code == 302
    client.get(response.url)  # the confirmation, shown once
    period = ReportingPeriod.objects.get()
    assert (period.label, period.label_cy) == ("April 2026 – March 2027", "Ebrill 2026 – Mawrth 2027")
    welsh = client.get("/cy/clip/periods/").content.decode()
    assert "Ebrill 2026 – Mawrth 2027" in welsh
    assert "April 2026" not in welsh


def test_a_welsh_name_given_is_kept(plan):
    period = services.period_open(
        plan=plan,
        label="Year one",
        label_cy="Blwyddyn un",
        starts_on=date(2026, 4, 1),
        ends_on=date(2027, 3, 31),
        update_deadline=date(2027, 3, 14),
    )
    assert (period.label, period.label_cy) == ("Year one", "Blwyddyn un")


def test_an_imported_status_change_reads_in_welsh_on_the_welsh_page(client, plan, coordinator):
    (action,) = make_actions(plan, ["1.1"])
    services.action_status_change(
        action=action, to_status="on_track", reason=IMPORTED_REASON, acting_user=coordinator, expected_version=1
    )
    client.force_login(coordinator)
    assert "Imported from a spreadsheet" in client.get("/clip/actions/1.1/").content.decode()
    welsh = client.get("/cy/clip/actions/1.1/").content.decode()
    assert "Imported from a spreadsheet" not in welsh
    assert "Wedi’i fewnforio o daenlen" in welsh


def test_the_chart_labels_each_bar_with_its_numbers_and_words(client, plan, period, coordinator):
    actions = make_actions(plan, ["1.1", "1.2", "1.3", "2.1"])
    for action in actions[:3]:
        services.action_status_change(
            action=action, to_status="on_track", reason="Going well", acting_user=coordinator, expected_version=1
        )
    client.force_login(coordinator)
    page = client.get("/clip/").content.decode()
    chart = page[page.index('class="cylch-chart"') : page.index("cylch-chart__legend")]
    assert re.search(r'<text class="cylch-chart__number"[^>]*>3</text>', chart)
    assert "<strong>3</strong> On track" in chart
    assert "<strong>1</strong> Not started" in chart


def test_the_counts_table_scrolls_in_a_named_focusable_region_and_lists_themes_as_columns(client, plan, coordinator):
    make_actions(plan, ["1.1", "2.1"])
    client.force_login(coordinator)
    page = client.get("/clip/").content.decode()
    region = re.search(r'<div class="cylch-table-scroll"([^>]*)>', page).group(1)
    assert 'tabindex="0"' in region and 'role="region"' in region
    assert 'aria-label="Number of actions in each status, by theme"' in region
    assert ">Theme 1</a></th>" in page and ">Theme 2</a></th>" in page


@pytest.mark.parametrize("count", [1, 4])
def test_the_periods_list_costs_the_same_however_many_periods(
    client, plan, coordinator, django_assert_max_num_queries, count
):
    for year in range(count):
        make_period(
            plan,
            label=f"Year {year}",
            starts_on=date(2030 + year, 1, 1),
            ends_on=date(2030 + year, 12, 31),
            update_deadline=date(2030 + year, 12, 15),
        )
    client.force_login(coordinator)
    with django_assert_max_num_queries(8):
        page = client.get("/clip/periods/").content.decode()
    assert page.count('data-label="Dates"') == count


@pytest.mark.parametrize("count", [1, 12])
def test_the_period_page_costs_the_same_however_many_actions(
    client, plan, period, holder, coordinator, django_assert_max_num_queries, count
):
    make_actions(plan, [f"1.{n}" for n in range(1, count + 1)], holders=[holder])
    client.force_login(coordinator)
    with django_assert_max_num_queries(20):
        page = client.get(f"/clip/periods/{period.pk}/").content.decode()
    assert page.count('data-label="Held by"') == count


def test_a_publication_date_before_the_period_ends_is_refused_beside_the_field(client, plan, coordinator):
    period = make_period(plan)
    client.force_login(coordinator)
    data = {
        "label": period.label,
        "label_cy": period.label_cy,
        "starts_on": "2023-02-01",
        "ends_on": "2024-02-29",
        "update_deadline": "2024-02-15",
        "publication_date": "2023-06-01",
    }
    response = client.post(f"/clip/periods/{period.pk}/edit/", data)
    assert response.status_code == 400
    assert _beside(response.content.decode(), "id_publication_date") == (
        "The publication date must be on or after the day the period ends, 29 February 2024."
    )
    period.refresh_from_db()
    assert period.publication_date is None


def test_an_over_long_reply_to_a_proposal_is_kept_beside_its_box(client, plan, period, holder, coordinator):
    (action,) = make_actions(plan, ["2.1"], holders=[holder])
    proposal = services.action_update_record(
        action=action, period=period, narrative="Done", author=holder, proposed_status="completed"
    )
    client.force_login(coordinator)
    reply = "r" * 2100
    response = client.post(f"/clip/proposals/{proposal.pk}/reject/", {"reply": reply})
    page = response.content.decode()
    assert response.status_code == 400
    assert _beside(page, f"reply-{proposal.pk}") == (
        "Reply to the holder must be 2,000 characters or fewer (you have written 2,100)."
    )
    assert reply in page


def test_an_import_reason_saved_in_welsh_reads_in_english_on_the_english_page(plan, coordinator):
    from django.utils import translation

    (action,) = make_actions(plan, ["1.1"])
    services.action_status_change(
        action=action,
        to_status="on_track",
        reason="Wedi’i fewnforio o daenlen",
        acting_user=coordinator,
        expected_version=1,
    )
    change = StatusChange.objects.get()
    with translation.override("en"):
        assert change.reason_shown == "Imported from a spreadsheet"
    with translation.override("cy"):
        assert change.reason_shown == "Wedi’i fewnforio o daenlen"
    change.reason = "Agreed at the board"
    assert change.reason_shown == "Agreed at the board"


def test_departments_in_the_holders_form_are_named_in_welsh_on_welsh_pages(client, plan, coordinator):
    from clip_tracker.models import Department

    Department.objects.create(name="Climate Change Division", name_cy="Is-adran Newid Hinsawdd")
    make_actions(plan, ["1.1"])
    client.force_login(coordinator)
    welsh = client.get("/cy/clip/actions/1.1/").content.decode()
    assert ">Is-adran Newid Hinsawdd</option>" in welsh
    assert "Climate Change Division" not in welsh
