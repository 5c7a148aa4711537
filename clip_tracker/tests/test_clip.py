from datetime import date

import pytest
from django.utils import timezone

from clip_tracker import selectors, services
from clip_tracker.models import Action, ProgressUpdate, StatusChange
from tests.factories import make_actions, make_period, make_person


@pytest.fixture
def holder(db):
    return make_person("holder@example.org", name="Holder Person")


def test_report_lists_every_action_once_in_number_order_with_its_narrative_of_record(plan, period, holder, coordinator):
    numbers = ["1.10", "1.2", "2.1", "1.9", "1.1"]
    actions = {a.number: a for a in make_actions(plan, numbers, holders=[holder])}
    services.action_update_record(action=actions["1.9"], period=period, narrative="First go.", author=holder)
    services.action_update_record(action=actions["1.9"], period=period, narrative="Addendum.", author=holder)
    record = services.action_narrative_compose(
        action=actions["1.9"], period=period, narrative="First go, and the addendum.", acting_user=coordinator
    )
    report = selectors.report_for(period=period)
    listed = [(t.number, [e.lead.number for e in t.report_entries]) for t in report["themes"]]
    assert listed == [(1, ["1.1", "1.2", "1.9", "1.10"]), (2, ["2.1"])]
    nine = report["themes"][0].report_entries[2]
    assert nine.narrative == record  # the composed account, not whichever update came last


def test_three_status_changes_make_three_audit_entries_with_authors(plan, coordinator):
    action = make_actions(plan, ["3.1"])[0]
    for status, reason in [("in_progress", "Started"), ("at_risk", "Staff changes"), ("completed", "Done")]:
        action = services.action_status_change(
            action=action, to_status=status, reason=reason, acting_user=coordinator, expected_version=action.version
        )
    changes = list(StatusChange.objects.filter(action=action).order_by("created_at", "pk"))
    assert [(c.from_status, c.to_status, c.changed_by) for c in changes] == [
        ("not_started", "in_progress", coordinator),
        ("in_progress", "at_risk", coordinator),
        ("at_risk", "completed", coordinator),
    ]


def test_two_coordinators_saving_at_once_lose_nothing(plan, coordinator):
    action = make_actions(plan, ["4.2"])[0]
    opened_version = action.version
    services.action_status_change(
        action=action, to_status="on_track", reason="First", acting_user=coordinator, expected_version=opened_version
    )
    with pytest.raises(services.ClipError, match="changed this action since you opened it"):
        services.action_status_change(
            action=action, to_status="paused", reason="Second", acting_user=coordinator, expected_version=opened_version
        )
    action.refresh_from_db()
    assert action.status == "on_track" and StatusChange.objects.count() == 1


def test_updates_are_never_lost_and_corrections_point_back(plan, period, holder):
    action = make_actions(plan, ["5.1"], holders=[holder])[0]
    first = services.action_update_record(action=action, period=period, narrative="Wrong figure: 12.", author=holder)
    services.action_update_record(
        action=action, period=period, narrative="The figure is 21.", author=holder, corrects=first
    )
    assert ProgressUpdate.objects.filter(action=action).count() == 2
    assert ProgressUpdate.objects.get(pk=first.pk).narrative == "Wrong figure: 12."


def test_a_published_report_stays_byte_for_byte_the_same(client, plan, period, holder, coordinator):
    action = make_actions(plan, ["6.1"], holders=[holder])[0]
    services.action_narrative_compose(
        action=action, period=period, narrative="Published words.", acting_user=coordinator
    )
    services.period_publish(period=period, acting_user=coordinator)
    before = {
        url: client.get(url).content
        for url in [
            f"/clip/report/{period.pk}/",
            f"/cy/clip/report/{period.pk}/",
            f"/clip/report/{period.pk}.csv",
            f"/clip/report/{period.pk}.json",
        ]
    }
    following = make_period(
        plan, label="Next", starts_on=date(2024, 3, 1), ends_on=date(2025, 2, 28), update_deadline=date(2025, 3, 1)
    )
    services.period_make_current(period=following)
    services.action_update_record(action=action, period=following, narrative="Later words.", author=holder)
    services.action_status_change(
        action=action, to_status="completed", reason="Later", acting_user=coordinator, expected_version=action.version
    )
    Action.objects.filter(pk=action.pk).update(title="Renamed later")
    for url, content in before.items():
        assert client.get(url).content == content, url
    assert "Published words." in before[f"/clip/report/{period.pk}/"].decode()
    client.force_login(holder)
    assert "Later words." in client.get("/clip/actions/6.1/").content.decode()


def test_the_public_report_needs_no_sign_in_but_drafts_are_for_coordinators(client, plan, period, coordinator):
    make_actions(plan, ["1.1"])
    assert client.get(f"/clip/report/{period.pk}/").status_code == 404
    client.force_login(coordinator)
    assert client.get(f"/clip/report/{period.pk}/").status_code == 200
    services.period_publish(period=period, acting_user=coordinator)
    client.logout()
    assert client.get(f"/clip/report/{period.pk}/").status_code == 200
    assert client.get(f"/clip/report/{period.pk}.xml").status_code == 404


def test_permissions(client, plan, period, holder, member, coordinator):
    make_actions(plan, ["2.3"], holders=[holder])
    make_actions(plan, ["2.4"], holders=[member])
    public = client.get("/clip/").content.decode()  # signed out: the public landing, not the dashboard
    assert "Sign in to follow the actions" in public and "Actions by theme and status" not in public
    assert client.get("/clip/actions/2.3/").status_code == 302
    client.force_login(holder)
    assert client.post("/clip/actions/2.4/update/", {"narrative": "Not mine", "period": period.pk}).status_code == 403
    assert (
        client.post("/clip/actions/2.3/status/", {"status": "completed", "reason": "x", "version": 1}).status_code
        == 403
    )
    assert client.post(f"/clip/report/{period.pk}/publish/").status_code == 403
    assert not ProgressUpdate.objects.exists() and not StatusChange.objects.exists()
    client.post("/clip/actions/2.3/update/", {"narrative": "Mine", "proposed_status": "on_track", "period": period.pk})
    update = ProgressUpdate.objects.get()
    assert update.proposed_status == "on_track"
    assert Action.objects.get(number="2.3").status == "not_started"  # a proposal, not a change


def test_bad_status_input_changes_nothing(client, plan, coordinator):
    make_actions(plan, ["1.1"])
    client.force_login(coordinator)
    response = client.post(
        "/clip/actions/1.1/status/", {"status": "finished-ish", "reason": "x", "version": 1}, follow=True
    )
    assert response.status_code == 400
    assert 'id="id_status-error"' in response.content.decode()
    assert "Select the new status from the list" in response.content.decode()
    response = client.post(
        "/clip/actions/1.1/status/",
        {"status": "merged", "reason": "x", "version": 1, "merged_into": "9.9"},
        follow=True,
    )
    assert "Say which action this one has been merged into." in response.content.decode()
    assert Action.objects.get(number="1.1").status == "not_started"


@pytest.mark.parametrize("size", [10, 500])
def test_dashboard_and_report_cost_the_same_queries_at_10_and_500_actions(
    client, plan, period, holder, coordinator, size, django_assert_max_num_queries
):
    numbers = [f"{1 + n // 100}.{n % 100 + 1}" for n in range(size)]
    for action in make_actions(plan, numbers, holders=[holder]):
        ProgressUpdate.objects.create(
            action=action, period=period, status="in_progress", narrative="Progress.", author=holder
        )
    client.force_login(coordinator)
    with django_assert_max_num_queries(14):
        client.get("/clip/")
    with django_assert_max_num_queries(12):
        response = client.get(f"/clip/report/{period.pk}/")
    assert response.content.decode().count("cylch-report-action") == size


def test_export_then_import_changes_nothing_and_a_dry_run_saves_nothing(client, plan, coordinator):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from clip_tracker import importing

    make_actions(plan, ["1.1", "1.2", "2.1"])
    client.force_login(coordinator)
    exported = client.get("/clip/actions.csv").content.decode("utf-8-sig")
    assert exported.splitlines()[0] == ",".join(importing.COLUMNS)
    result = importing.actions_import(plan=plan, text=exported, acting_user=coordinator, dry_run=False)
    assert (result.errors, result.created, result.updated, result.saved) == ([], {}, {}, False)

    changed = exported.replace("Action 1.2", "Renamed 1.2") + "2.2,2,New action,,,,,,in_progress\n"
    response = client.post("/clip/import/", {"mode": "dry-run", "file": SimpleUploadedFile("a.csv", changed.encode())})
    page = response.content.decode()
    assert "A dry run: nothing has been saved yet." in page and "Action 2.2 (new)" in page
    assert "Title (English): ‘Action 1.2’ → ‘Renamed 1.2’" in page
    assert not Action.objects.filter(number="2.2").exists()
    client.post("/clip/import/", {"mode": "save", "file": SimpleUploadedFile("a.csv", changed.encode())})
    assert Action.objects.get(number="2.2").status == "in_progress"
    assert Action.objects.get(number="1.2").title == "Renamed 1.2"


def test_a_bad_import_reports_each_row_and_saves_nothing(client, plan, coordinator, member):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from clip_tracker import importing

    make_actions(plan, ["1.1"])
    header = ",".join(importing.COLUMNS)
    bad = "\n".join([header, "1.1,1,Changed,,,,,,on_track", "1.1,1,Again,,,,,,on_track", "x.y,9,,,,,,soon,done-ish"])
    client.force_login(coordinator)
    page = client.post(
        "/clip/import/", {"mode": "save", "file": SimpleUploadedFile("b.csv", bad.encode())}
    ).content.decode()
    assert "Line 3: action 1.1 is also on line 2." in page
    assert "Line 4:" in page and "is not an action number like 2.3" in page and "there is no theme" in page
    assert Action.objects.get(number="1.1").title == "Action 1.1"
    page = client.post(
        "/clip/import/", {"mode": "save", "file": SimpleUploadedFile("c.csv", b"number,title\n1.1,x")}
    ).content.decode()
    assert "The first line must be exactly these columns" in page
    client.force_login(member)
    assert client.get("/clip/import/").status_code == 403
    assert (
        client.post("/clip/import/", {"mode": "save", "file": SimpleUploadedFile("a.csv", bad.encode())}).status_code
        == 403
    )


def test_followers_and_holders_hear_of_status_changes(client, plan, coordinator, member, holder, deliver):
    action = make_actions(plan, ["3.3"], holders=[holder])[0]
    client.force_login(member)
    client.post("/clip/actions/3.3/follow/")
    services.action_status_change(
        action=action,
        to_status="at_risk",
        reason="Budget not yet known",
        acting_user=coordinator,
        expected_version=action.version,
    )
    sent = deliver()
    assert sorted(m.to[0] for m in sent) == sorted([member.email, holder.email])
    welsh = next(m for m in sent if m.to == [member.email])
    assert welsh.subject.startswith("Mae gan gam gweithredu 3.3 statws newydd")
    client.post("/clip/actions/3.3/follow/")
    assert not action.followers.exists()


def test_holders_are_reminded_when_the_window_opens_and_a_week_before_the_deadline(
    client, plan, period, holder, coordinator
):
    from datetime import date

    from notifications.models import OutboundEmail

    updated, waiting = make_actions(plan, ["1.1", "1.2"], holders=[holder])
    services.action_update_record(action=updated, period=period, narrative="Done.", author=holder)
    assert services.holder_reminders_queue(today=date(2023, 2, 2)) == 1
    assert services.holder_reminders_queue(today=date(2023, 2, 3)) == 1  # same reminder: still one email
    assert services.holder_reminders_queue(today=date(2023, 6, 1)) == 0  # nothing mid-period
    assert services.holder_reminders_queue(today=date(2024, 2, 10)) == 1
    assert OutboundEmail.objects.filter(recipient=holder).count() == 2
    client.force_login(coordinator)
    assert "Who has been reminded" in client.get("/clip/").content.decode()


def test_a_coordinator_reminds_holders_now_and_others_cannot(client, plan, period, holder, coordinator, member):
    from notifications.models import OutboundEmail

    make_actions(plan, ["1.1"], holders=[holder])
    client.force_login(member)
    assert client.post("/clip/remind/").status_code == 403
    client.force_login(coordinator)
    response = client.post("/clip/remind/", follow=True)
    assert "1 reminder is on its way." in response.content.decode()
    client.post("/clip/remind/")  # the same day again: no second email
    assert OutboundEmail.objects.filter(recipient=holder).count() == 1


def test_coordinators_may_edit_the_plan_in_the_admin(client, coordinator, plan):
    coordinator.is_staff = True
    coordinator.save()
    client.force_login(coordinator)
    assert client.get("/admin/clip_tracker/action/").status_code == 200
    assert client.get("/admin/clip_tracker/plan/add/").status_code == 200
    assert client.get("/admin/accounts/user/").status_code == 403


def test_a_draft_plan_stays_out_of_sight_until_it_is_published(client, plan, member):
    from datetime import date

    from clip_tracker.models import Plan

    Plan.objects.create(title="Secret draft plan 2026–2028", starts_on=date(2026, 2, 1), ends_on=date(2028, 2, 28))
    client.force_login(member)
    for path in ["/clip/", "/cy/clip/"]:
        page = client.get(path).content.decode()
        assert "Secret draft plan" not in page and plan.title in page
    client.logout()
    assert "Secret draft plan" not in client.get("/clip/").content.decode()


def upload(client, text: str, **data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post("/clip/import/", {**data, "file": SimpleUploadedFile("actions.csv", text.encode())})


def test_an_import_that_changes_a_status_is_recorded_and_emailed_as_the_form_does(
    client, plan, coordinator, member, holder, deliver
):
    action = make_actions(plan, ["3.3"], holders=[holder])[0]
    client.force_login(member)
    client.post("/clip/actions/3.3/follow/")
    client.force_login(coordinator)
    exported = client.get("/clip/actions.csv").content.decode("utf-8-sig")
    upload(client, exported.replace(",not_started", ",at_risk"), mode="save")
    change = StatusChange.objects.get(action=action)
    assert (change.from_status, change.to_status, change.changed_by) == ("not_started", "at_risk", coordinator)
    assert change.reason == "Imported from a spreadsheet"
    action.refresh_from_db()
    assert action.status == "at_risk" and action.version == 2
    sent = deliver()
    assert sorted(m.to[0] for m in sent) == sorted([member.email, holder.email])
    welsh = next(m for m in sent if m.to == [member.email])
    assert welsh.subject.startswith("Mae gan gam gweithredu 3.3 statws newydd")
    client.force_login(member)
    assert "Imported from a spreadsheet" in client.get("/clip/actions/3.3/").content.decode()


def test_a_change_made_between_the_dry_run_and_the_save_is_a_row_error_and_nothing_is_saved(client, plan, coordinator):
    import re

    make_actions(plan, ["1.1", "1.2"])
    client.force_login(coordinator)
    changed = client.get("/clip/actions.csv").content.decode("utf-8-sig").replace("Action 1", "Renamed 1")
    page = upload(client, changed, mode="dry-run").content.decode()
    checked = re.search(r'name="checked" value="([^"]+)"', page).group(1)
    action = Action.objects.get(number="1.2")
    services.action_status_change(
        action=action,
        to_status="on_track",
        reason="Meanwhile",
        acting_user=coordinator,
        expected_version=action.version,
    )
    page = upload(client, changed, mode="save", checked=checked).content.decode()
    assert "Nothing was saved" in page
    assert "Line 3: action 1.2 has been changed by someone else since you checked this file." in page
    assert "Line 2:" not in page
    assert sorted(Action.objects.values_list("title", "status")) == [
        ("Action 1.1", "not_started"),
        ("Action 1.2", "on_track"),
    ]
    assert StatusChange.objects.count() == 1
    # Checked again, the same file saves (and puts back the status the file holds, as a recorded change).
    page = upload(client, changed, mode="dry-run").content.decode()
    checked = re.search(r'name="checked" value="([^"]+)"', page).group(1)
    assert "Saved." in upload(client, changed, mode="save", checked=checked).content.decode()
    assert sorted(Action.objects.values_list("title", "status")) == [
        ("Renamed 1.1", "not_started"),
        ("Renamed 1.2", "not_started"),
    ]


def test_the_importer_checks_versions_in_the_saving_transaction(plan, coordinator):
    from clip_tracker import importing

    make_actions(plan, ["1.1"])
    text = "\n".join([",".join(importing.COLUMNS), "1.1,1,Renamed 1.1,,,,,,not_started"])
    dry = importing.actions_import(plan=plan, text=text, acting_user=coordinator, dry_run=True)
    assert dry.versions == {"1.1": 1} and not dry.saved
    Action.objects.filter(number="1.1").update(version=2)  # someone else saved in between
    result = importing.actions_import(
        plan=plan,
        text=text,
        acting_user=coordinator,
        dry_run=False,
        versions_seen=importing.versions_unsigned(importing.versions_signed(dry.versions)),
    )
    assert not result.saved and "action 1.1 has been changed by someone else" in result.errors[0]
    assert Action.objects.get(number="1.1").title == "Action 1.1"


def test_an_import_cannot_mark_an_action_merged_without_saying_into_what(client, plan, coordinator):
    make_actions(plan, ["1.1"])
    client.force_login(coordinator)
    page = upload(
        client,
        client.get("/clip/actions.csv").content.decode("utf-8-sig").replace("not_started", "merged"),
        mode="dry-run",
    ).content.decode()
    assert "mark an action merged on its own page" in page
    assert Action.objects.get(number="1.1").status == "not_started"


def test_coordinators_see_who_published_a_report_and_others_do_not(client, plan, period, coordinator, member):
    make_actions(plan, ["1.1"])
    client.force_login(coordinator)
    client.post(f"/clip/report/{period.pk}/publish/", {"confirm": "on"})
    period.refresh_from_db()
    assert period.published_by == coordinator
    when = f"{timezone.localtime(period.published_at):%-d %b %Y}"
    assert f"Published by Catrin Rowlands, {when}" in client.get(f"/clip/report/{period.pk}/").content.decode()
    assert client.get(f"/cy/clip/report/{period.pk}/").status_code == 200
    client.force_login(member)
    assert "Catrin Rowlands" not in client.get(f"/clip/report/{period.pk}/").content.decode()
    client.logout()
    page = client.get(f"/clip/report/{period.pk}/").content.decode()
    assert "Published by" not in page and "Catrin Rowlands" not in page
