"""A reporting period as coordinators run it: opened with checked dates, one current period, holders' updates,
proposals answered, narratives composed, a checklist before publishing, and a closed period afterwards."""

import threading
from datetime import date

import pytest
from django.db import IntegrityError, connection, transaction

from clip_tracker import selectors, services
from clip_tracker.models import (
    Action,
    ActionNarrative,
    Department,
    ProgressUpdate,
    ProposalOutcome,
    ReportErratum,
    ReportingPeriod,
    StatusChange,
)
from notifications.models import OutboundEmail
from tests.factories import make_actions, make_period, make_person, make_plan

pytestmark = pytest.mark.django_db

TODAY = date(2026, 12, 2)


@pytest.fixture
def holder(db):
    return make_person("holder@example.org", name="Huw Holder")


@pytest.fixture
def ended_period(plan):
    """A period that has ended and is current: ready to be reported on."""
    return make_period(
        plan,
        label="December 2025 – November 2026",
        label_cy="Rhagfyr 2025 – Tachwedd 2026",
        starts_on=date(2025, 12, 1),
        ends_on=date(2026, 11, 30),
        update_deadline=date(2026, 12, 15),
    )


def open_form(client, **fields):
    data = {
        "label": "December 2026 – November 2027",
        "label_cy": "Rhagfyr 2026 – Tachwedd 2027",
        "starts_on": "2026-12-01",
        "ends_on": "2027-11-30",
        "update_deadline": "2027-12-10",
        **fields,
    }
    return client.post("/clip/periods/new/", data)


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"ends_on": "2026-11-01"}, "ends_on", "The period must end after it starts."),
        ({"update_deadline": "2026-11-01"}, "update_deadline", "Updates cannot be due before the period starts."),
        ({"update_deadline": "2028-06-01"}, "update_deadline", "Updates must be due within three months"),
        ({"starts_on": "2026-11-01"}, "starts_on", "These dates overlap the period December 2025 – November 2026."),
        ({"starts_on": "31/31/2026"}, "starts_on", "Enter the date the period starts as a real date"),
        ({"starts_on": ""}, "starts_on", "Enter the date the period starts, for example"),
        (
            {"label": "x" * 101},
            "label",
            "The period’s name in English must be 100 characters or fewer (you have written 101).",
        ),
        (
            {"starts_on": "9999-12-01", "ends_on": "9999-12-31", "update_deadline": "9999-12-15"},
            "starts_on",
            "Enter a date between 2000 and 2100.",
        ),
    ],
)
def test_a_period_with_bad_dates_is_refused_beside_the_field(
    client, plan, ended_period, coordinator, fields, field, message
):
    client.force_login(coordinator)
    response = open_form(client, **fields)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert response.context["form"].errors[field]
    assert ReportingPeriod.objects.count() == 1


def test_the_database_refuses_a_period_ending_before_it_starts_and_two_current_periods(plan, ended_period):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_period(plan, starts_on=date(2030, 2, 1), ends_on=date(2030, 1, 1), update_deadline=date(2030, 2, 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        make_period(
            plan,
            starts_on=date(2031, 1, 1),
            ends_on=date(2031, 12, 31),
            update_deadline=date(2031, 12, 1),
            is_current=True,
        )


def test_a_new_period_becomes_current_only_when_chosen(client, plan, ended_period, coordinator):
    client.force_login(coordinator)
    response = open_form(client)
    assert response.status_code == 302
    new = ReportingPeriod.objects.get(label="December 2026 – November 2027")
    assert selectors.period_current(plan=plan) == ended_period and not new.is_current
    assert client.post(f"/clip/periods/{new.pk}/current/").status_code == 302
    assert selectors.period_current(plan=plan) == new
    assert list(ReportingPeriod.objects.filter(is_current=True)) == [new]


def test_coordinators_alone_run_periods(client, plan, ended_period, member):
    client.force_login(member)
    for url in ("/clip/periods/", "/clip/periods/new/", f"/clip/periods/{ended_period.pk}/"):
        assert client.get(url).status_code == 403
    assert open_form(client).status_code == 403
    assert client.post(f"/clip/report/{ended_period.pk}/publish/", {"confirm": "on"}).status_code == 403
    assert ReportingPeriod.objects.count() == 1 and not ended_period.published_at


def test_a_holders_updates_proposal_and_the_coordinators_answer(client, plan, ended_period, holder, coordinator):
    (action,) = make_actions(plan, ["1.7"], holders=[holder])
    client.force_login(holder)
    for narrative, proposed in (
        ("- met the board\n- wrote [guidance](https://example.org/g)", ""),
        ("More.", "on_track"),
    ):
        response = client.post(
            "/clip/actions/1.7/update/",
            {"narrative": narrative, "proposed_status": proposed, "period": ended_period.pk},
        )
        assert response.status_code == 302
    proposal = ProgressUpdate.objects.get(proposed_status="on_track")
    assert proposal.proposal_outcome == ProposalOutcome.PENDING
    client.force_login(coordinator)
    page = client.get(f"/clip/periods/{ended_period.pk}/").content.decode()
    assert "Accept “On track”" in page
    client.post(f"/clip/proposals/{proposal.pk}/accept/", {"reply": ""})
    action.refresh_from_db()
    proposal.refresh_from_db()
    assert action.status == "on_track" and proposal.proposal_outcome == ProposalOutcome.ACCEPTED
    assert StatusChange.objects.get(action=action).changed_by == coordinator
    assert OutboundEmail.objects.filter(recipient=holder, dedupe_key=f"proposal-answered:{proposal.pk}").exists()
    # Answered once: a second answer is a 404 (it no longer waits).
    assert client.post(f"/clip/proposals/{proposal.pk}/reject/", {"reply": "No"}).status_code == 404


def test_a_rejection_needs_a_reason_and_keeps_the_status(client, plan, ended_period, holder, coordinator):
    (action,) = make_actions(plan, ["2.1"], holders=[holder])
    proposal = services.action_update_record(
        action=action, period=ended_period, narrative="Done", author=holder, proposed_status="completed"
    )
    client.force_login(coordinator)
    response = client.post(f"/clip/proposals/{proposal.pk}/reject/", {"reply": ""}, follow=True)
    assert response.status_code == 400
    page = response.content.decode()
    # Beside that proposal's reply box, and in the summary, never a banner.
    assert f'id="reply-{proposal.pk}-error"' in page
    assert page.count("Say why the proposed status is not being accepted.") == 2
    proposal.refresh_from_db()
    assert proposal.proposal_outcome == ProposalOutcome.PENDING
    client.post(f"/clip/proposals/{proposal.pk}/reject/", {"reply": "The guidance is not out yet."})
    proposal.refresh_from_db()
    action.refresh_from_db()
    assert proposal.proposal_outcome == ProposalOutcome.REJECTED and action.status == "not_started"


def test_the_narrative_starts_from_the_updates_and_is_what_the_report_prints(
    client, plan, ended_period, holder, coordinator
):
    (action,) = make_actions(plan, ["3.2"], holders=[holder])
    services.action_update_record(action=action, period=ended_period, narrative="First part.", author=holder)
    services.action_update_record(action=action, period=ended_period, narrative="Quarterly addendum.", author=holder)
    client.force_login(coordinator)
    form = client.get(f"/clip/periods/{ended_period.pk}/actions/3.2/narrative/").context["form"]
    assert form.initial["narrative"] == "First part.\n\nQuarterly addendum."
    bad = client.post(f"/clip/periods/{ended_period.pk}/actions/3.2/narrative/", {"narrative": " "})
    assert bad.status_code == 400 and not ActionNarrative.objects.exists()
    client.post(
        f"/clip/periods/{ended_period.pk}/actions/3.2/narrative/",
        {"narrative": "Both parts, composed.", "narrative_cy": "Y ddwy ran."},
    )
    report = selectors.report_for(period=ended_period)
    (entry,) = report["themes"][0].report_entries
    assert entry.narrative.narrative == "Both parts, composed."


def test_publishing_needs_the_checklist_confirmed_and_the_period_ended(client, plan, ended_period, coordinator):
    make_actions(plan, ["1.1", "1.2"])
    client.force_login(coordinator)
    page = client.get(f"/clip/report/{ended_period.pk}/publish/").content.decode()
    assert "2 actions have nothing composed for the report" in page
    assert "2 actions have no holder" in page
    response = client.post(f"/clip/report/{ended_period.pk}/publish/", {})
    assert response.status_code == 400 and "Tick the box" in response.content.decode()
    ended_period.refresh_from_db()
    assert ended_period.published_at is None
    assert client.post(f"/clip/report/{ended_period.pk}/publish/", {"confirm": "on"}).status_code == 302
    ended_period.refresh_from_db()
    assert ended_period.is_closed and ended_period.published_by == coordinator
    assert ended_period.publication_date is not None


def test_a_period_that_has_not_ended_cannot_be_published(plan, coordinator):
    running = make_period(plan, starts_on=date(2026, 6, 1), ends_on=date(2027, 5, 31), update_deadline=date(2027, 6, 1))
    with pytest.raises(services.ClipError, match="publish its report after it has ended"):
        services.period_publish(period=running, acting_user=coordinator, today=TODAY)
    assert not ReportingPeriod.objects.get(pk=running.pk).published_at


def test_after_publishing_an_update_is_refused_with_the_text_kept(client, plan, ended_period, holder, coordinator):
    make_actions(plan, ["4.1"], holders=[holder])
    client.force_login(holder)
    form_period = client.get("/clip/actions/4.1/").context["update_form"]["period"].value()
    assert form_period == ended_period.pk
    services.period_publish(period=ended_period, acting_user=coordinator, today=TODAY)
    response = client.post(
        "/clip/actions/4.1/update/", {"narrative": "Written before I knew.", "period": ended_period.pk}
    )
    page = response.content.decode()
    assert response.status_code == 409
    assert "has been published, so that period is closed" in page
    assert "Written before I knew." in page  # nothing the holder wrote is lost
    assert not ProgressUpdate.objects.exists()


def test_after_publishing_updates_go_to_the_next_period_once_it_is_open(
    client, plan, ended_period, holder, coordinator
):
    make_actions(plan, ["4.1"], holders=[holder])
    services.period_publish(period=ended_period, acting_user=coordinator, today=TODAY)
    client.force_login(holder)
    page = client.get("/clip/actions/4.1/").content.decode()
    assert "You can add updates again when the coordinators open the next period." in page
    following = services.period_open(
        plan=plan,
        label="Next year",
        starts_on=date(2026, 12, 1),
        ends_on=date(2027, 11, 30),
        update_deadline=date(2027, 12, 10),
    )
    page = client.get("/clip/actions/4.1/").content.decode()
    assert "Your update will go to the next period, Next year." in page
    response = client.post("/clip/actions/4.1/update/", {"narrative": "New year.", "period": following.pk})
    assert response.status_code == 302
    assert ProgressUpdate.objects.get().period == following


def test_nothing_of_a_published_period_can_change(client, plan, ended_period, holder, coordinator):
    (action,) = make_actions(plan, ["5.1"], holders=[holder])
    services.action_narrative_compose(action=action, period=ended_period, narrative="Said.", acting_user=coordinator)
    services.period_publish(period=ended_period, acting_user=coordinator, today=TODAY)
    theme = action.theme
    refused = [
        lambda: services.action_narrative_compose(
            action=action, period=ended_period, narrative="Changed.", acting_user=coordinator
        ),
        lambda: services.period_details_update(period=ended_period, introduction="Changed."),
        lambda: services.theme_note_update(period=ended_period, theme=theme, learning="Changed."),
        lambda: services.key_terms_replace(period=ended_period, terms=[]),
        lambda: services.action_update_record(action=action, period=ended_period, narrative="Late.", author=holder),
        lambda: services.period_make_current(period=ended_period),
    ]
    for change in refused:
        with pytest.raises(services.ClipError):
            change()
    assert ActionNarrative.objects.get().narrative == "Said."
    client.force_login(coordinator)
    for url in (
        f"/clip/periods/{ended_period.pk}/edit/",
        f"/clip/periods/{ended_period.pk}/key-terms/",
        f"/clip/periods/{ended_period.pk}/actions/5.1/narrative/",
        f"/clip/periods/{ended_period.pk}/themes/5/",
    ):
        assert client.post(url, {"narrative": "x", "introduction": "x"}).status_code == 302
    assert ActionNarrative.objects.get().narrative == "Said."


def test_a_correction_is_dated_and_shown_with_the_unchanged_report(client, plan, ended_period, coordinator, member):
    make_actions(plan, ["6.1"])
    services.period_publish(period=ended_period, acting_user=coordinator, today=TODAY)
    before = client.get(f"/clip/report/{ended_period.pk}/").context["body"]
    client.force_login(member)
    assert client.post(f"/clip/report/{ended_period.pk}/corrections/", {"text": "x"}).status_code == 403
    client.force_login(coordinator)
    client.post(f"/clip/report/{ended_period.pk}/corrections/", {"text": "Action 6.1 started in May, not March."})
    assert ReportErratum.objects.get().created_by == coordinator
    client.logout()
    response = client.get(f"/clip/report/{ended_period.pk}/")
    assert response.context["body"] == before
    assert "Action 6.1 started in May, not March." in response.content.decode()


def test_holders_lead_and_department_are_set_by_email(client, plan, ended_period, coordinator, holder, member):
    (action,) = make_actions(plan, ["2.2"])
    department = Department.objects.create(name="Sustainable Futures", name_cy="Dyfodol Cynaliadwy")
    client.force_login(coordinator)
    url = "/clip/actions/2.2/holders/"
    response = client.post(url, {"holders": "nobody@example.org\nnot an address", "version": action.version})
    assert response.status_code == 400
    assert "These are not email addresses: not an address" in response.content.decode()
    response = client.post(
        url, {"holders": "HOLDER@example.org", "lead": "member@example.org", "version": action.version}
    )
    assert response.status_code == 400 and "The lead must be one of the holders" in response.content.decode()
    response = client.post(
        url,
        {
            "holders": f"{holder.email}\n{member.email}",
            "lead": member.email,
            "department": department.pk,
            "version": action.version,
        },
    )
    assert response.status_code == 302
    action = Action.objects.get(pk=action.pk)
    assert set(action.holders.all()) == {holder, member}
    assert action.lead_holder == member and action.department == department
    # A form opened before that save is stale.
    stale = client.post(url, {"holders": holder.email, "version": 1})
    assert stale.status_code == 400 and "Someone else changed this action" in stale.content.decode()


def test_the_welsh_pages_use_the_welsh_period_label(client, plan, ended_period, coordinator):
    make_actions(plan, ["1.1"])
    client.force_login(coordinator)
    page = client.get("/cy/clip/").content.decode()
    assert "Rhagfyr 2025 – Tachwedd 2026" in page and "December 2025 – November 2026" not in page
    checklist = client.get(f"/cy/clip/report/{ended_period.pk}/publish/").content.decode()
    assert "Rhagfyr 2025 – Tachwedd 2026" in checklist


@pytest.mark.parametrize("size", [10, 200])
def test_the_period_page_and_checklist_cost_the_same_queries_at_any_size(
    client, plan, ended_period, coordinator, holder, django_assert_max_num_queries, size
):
    actions = make_actions(plan, [f"{1 + n // 50}.{n % 50 + 1}" for n in range(size)], holders=[holder])
    for action in actions[::3]:
        services.action_update_record(
            action=action, period=ended_period, narrative="x", author=holder, proposed_status="on_track"
        )
    client.force_login(coordinator)
    with django_assert_max_num_queries(20):
        assert client.get(f"/clip/periods/{ended_period.pk}/").status_code == 200
    with django_assert_max_num_queries(24):
        assert client.get(f"/clip/report/{ended_period.pk}/publish/").status_code == 200


def key_terms_post(rows):
    data = {"terms-TOTAL_FORMS": str(len(rows)), "terms-INITIAL_FORMS": "0"}
    for index, row in enumerate(rows):
        data.update({f"terms-{index}-{name}": value for name, value in row.items()})
    return data


def test_key_terms_are_saved_in_order_and_a_term_without_a_definition_is_refused(
    client, plan, ended_period, coordinator
):
    client.force_login(coordinator)
    url = f"/clip/periods/{ended_period.pk}/key-terms/"
    bad = client.post(url, key_terms_post([{"term": "Foresight", "definition": ""}]))
    assert bad.status_code == 400 and "Enter what the term means in English" in bad.content.decode()
    assert not ended_period.key_terms.exists()
    rows = [
        {
            "term": "Foresight",
            "term_cy": "Rhagwelediad",
            "definition": "Looking ahead.",
            "definition_cy": "Edrych ymlaen.",
        },
        {"term": "Mapping", "definition": "A picture of a system."},
        {"term": "", "definition": ""},  # an empty row adds nothing
        {"term": "Prototype", "definition": "A test.", "DELETE": "on"},
    ]
    assert client.post(url, key_terms_post(rows)).status_code == 302
    assert [term.term for term in ended_period.key_terms.all()] == ["Foresight", "Mapping"]
    # The form offers them back in that order.
    formset = client.get(url).context["formset"]
    assert [form.initial["term"] for form in formset.initial_forms] == ["Foresight", "Mapping"]


def test_a_themes_section_is_written_per_period(client, plan, ended_period, coordinator):
    make_actions(plan, ["1.1"])
    client.force_login(coordinator)
    response = client.post(
        f"/clip/periods/{ended_period.pk}/themes/1/",
        {
            "introduction": "This year's introduction.",
            "learning": "We learnt.",
            "top_tips": "- [A tip](https://example.org)",
        },
    )
    assert response.status_code == 302
    (theme,) = selectors.report_for(period=ended_period)["themes"]
    assert theme.note.introduction == "This year's introduction." and theme.note.top_tips.startswith("- [A tip]")
    assert client.get(f"/clip/periods/{ended_period.pk}/themes/9/").status_code == 404


def test_an_update_goes_only_to_the_period_being_written_for(client, plan, ended_period, holder):
    """Not to a period opened ahead of time, nor to an old one that was never published."""
    make_actions(plan, ["1.1"], holders=[holder])
    ahead = services.period_open(
        plan=plan,
        label="Ahead",
        starts_on=date(2026, 12, 1),
        ends_on=date(2027, 11, 30),
        update_deadline=date(2027, 12, 1),
    )
    old = make_period(
        plan, label="Old", starts_on=date(2024, 1, 1), ends_on=date(2024, 12, 31), update_deadline=date(2025, 1, 15)
    )
    client.force_login(holder)
    for period in (ahead, old):
        response = client.post(
            "/clip/actions/1.1/update/",
            {"narrative": "Sneaked in.", "period": period.pk, "proposed_status": "completed"},
        )
        assert response.status_code == 409
        assert "is not the period updates are being written for" in response.content.decode()
        assert "Sneaked in." in response.content.decode()
    assert not ProgressUpdate.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_coordinators_choosing_the_current_period_at_once_leave_exactly_one():
    """The plan is locked while the current period changes: the second choice waits for the first, then wins,
    rather than breaking the one-current-period constraint (a 500)."""
    plan = make_plan()
    first_period, second_period = (
        make_period(
            plan,
            label=label,
            starts_on=date(year, 1, 1),
            ends_on=date(year, 12, 31),
            update_deadline=date(year, 12, 31),
            is_current=False,
        )
        for label, year in (("A", 2023), ("B", 2024))
    )
    first_done, release = threading.Event(), threading.Event()

    def first():
        try:
            with transaction.atomic():
                services.period_make_current(period=first_period)
                first_done.set()
                release.wait(5)
        finally:
            connection.close()

    thread = threading.Thread(target=first)
    thread.start()
    assert first_done.wait(5)
    threading.Timer(0.5, release.set).start()
    try:
        services.period_make_current(period=second_period)
    finally:
        thread.join()
    assert list(ReportingPeriod.objects.filter(is_current=True)) == [second_period]
