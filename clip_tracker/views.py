from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.selectors import require_coordinator, user_is_coordinator
from portal.rich_text import clean_stored_report_html
from portal.spreadsheet import csv_response, csv_text_made_safe

from . import importing, selectors, services
from .forms import ImportForm, StatusForm, UpdateForm


def _plan_or_404():
    plan = selectors.plan_current()
    if plan is None:
        raise Http404
    return plan


@require_GET
def index(request):
    """Everyone signed in: the dashboard. Signed out: what the plan is, and its published reports."""
    plan = selectors.plan_current()
    if plan is None or not request.user.is_authenticated:
        return render(request, "clip_tracker/public.html", {"plan": plan, "published": selectors.periods_published()})
    period = selectors.period_current(plan=plan)
    filters = selectors.DashboardFilters.from_query(request.GET)
    is_coordinator = user_is_coordinator(user=request.user)
    return render(
        request,
        "clip_tracker/dashboard.html",
        {
            "plan": plan,
            "period": period,
            "filters": filters,
            "board": selectors.dashboard_for(plan=plan, period=period, filters=filters),
            "holders": selectors.plan_holders(plan=plan),
            "topics": selectors.topics_for_dashboard(),
            "periods": selectors.periods_of(plan=plan),
            "is_coordinator": is_coordinator,
            "reminded": selectors.holders_reminded(period=period) if is_coordinator else [],
        },
    )


@login_required
@require_GET
def action_detail(request, number):
    """Everyone signed in reads; holders add updates; coordinators change the status."""
    plan = _plan_or_404()
    action = selectors.action_for(plan=plan, number=number)
    is_coordinator = user_is_coordinator(user=request.user)
    can_update = selectors.user_holds(action=action, user=request.user) or is_coordinator
    return render(
        request,
        "clip_tracker/action.html",
        {
            "action": action,
            "period": selectors.period_current(plan=plan),
            "timeline": selectors.action_timeline(action=action),
            "can_update": can_update,
            "is_coordinator": is_coordinator,
            "update_form": UpdateForm(earlier_updates=selectors.action_updates_recent(action=action))
            if can_update
            else None,
            "status_form": StatusForm(initial={"status": action.status, "version": action.version}),
            "following": selectors.action_followed_by(action=action, user=request.user),
        },
    )


@login_required
@require_POST
def add_update(request, number):
    """The action's holders and coordinators only (403 for others)."""
    plan = _plan_or_404()
    action = selectors.access_action_for_update(plan=plan, number=number, user=request.user)
    form = UpdateForm(request.POST, earlier_updates=selectors.action_updates_recent(action=action))
    period = selectors.period_current(plan=plan)
    if not form.is_valid() or period is None:
        messages.error(request, _("The update was not saved: write what has happened in this period."))
        return redirect(action.get_absolute_url())
    corrects = selectors.action_update_of(action=action, pk=form.cleaned_data["corrects"])
    try:
        services.action_update_record(
            action=action,
            period=period,
            narrative=form.cleaned_data["narrative"],
            narrative_cy=form.cleaned_data["narrative_cy"],
            author=request.user,
            proposed_status=form.cleaned_data["proposed_status"],
            corrects=corrects,
        )
    except services.ClipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your update has been added."))
    return redirect(action.get_absolute_url())


@login_required
@require_POST
def change_status(request, number):
    """Coordinators only (403 for others)."""
    require_coordinator(user=request.user)
    plan = _plan_or_404()
    action = selectors.action_for(plan=plan, number=number)
    form = StatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The status was not changed: choose a status and say why."))
        return redirect(action.get_absolute_url())
    merged_into = selectors.action_by_number(plan=plan, number=form.cleaned_data["merged_into"])
    try:
        services.action_status_change(
            action=action,
            to_status=form.cleaned_data["status"],
            reason=form.cleaned_data["reason"],
            acting_user=request.user,
            expected_version=form.cleaned_data["version"],
            merged_into=merged_into,
        )
    except services.ClipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The status has been changed."))
    return redirect(action.get_absolute_url())


@login_required
@require_GET
def my_actions(request):
    """Action holders: their actions and whether this period's update is in."""
    plan = _plan_or_404()
    period = selectors.period_current(plan=plan)
    return render(
        request,
        "clip_tracker/mine.html",
        {"period": period, "actions": selectors.actions_held_by(user=request.user, plan=plan, period=period)},
    )


def _snapshot(period, fmt):
    return selectors.report_snapshot(period=period, language=translation.get_language(), format=fmt)


@require_GET
def report(request, pk):
    """Anyone for a published report (no sign-in); coordinators also see drafts, and who published a report and
    when; others get 404."""
    period = selectors.access_period_for_report(pk=pk, user=request.user)
    snapshot = _snapshot(period, "html")
    body = clean_stored_report_html(snapshot.content) if snapshot else None
    context = {"period": period, "body": body, "is_coordinator": user_is_coordinator(user=request.user)}
    if body is None:
        context.update(selectors.report_for(period=period))
    return render(request, "clip_tracker/report.html", context)


@require_GET
def report_data(request, pk, fmt):
    """The same data as the report, as open data (CSV or JSON)."""
    if fmt not in ("csv", "json"):
        raise Http404
    period = selectors.access_period_for_report(pk=pk, user=request.user)
    snapshot = _snapshot(period, fmt)
    if snapshot:
        content = csv_text_made_safe(snapshot.content) if fmt == "csv" else snapshot.content
    else:
        data = selectors.report_for(period=period)
        content = services.report_csv(data) if fmt == "csv" else services.report_json(data)
    if fmt == "csv":
        return csv_response(content, filename=f"clip-report-{period.pk}.csv")
    response = HttpResponse(content, content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="clip-report-{period.pk}.json"'
    return response


@login_required
@require_POST
def publish(request, pk):
    """Coordinators only (403 for others)."""
    require_coordinator(user=request.user)
    period = selectors.period_for_publishing(pk=pk)
    try:
        services.period_publish(period=period, acting_user=request.user)
    except services.ClipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The report has been published. It will not change from now on."))
    return redirect(period.get_absolute_url())


@login_required
@require_GET
def actions_export(request):
    """Everyone signed in: every action of the plan as CSV (open data)."""
    return csv_response(importing.actions_csv(plan=_plan_or_404()), filename="clip-actions.csv")


@login_required
@require_http_methods(["GET", "POST"])
def actions_import(request):
    """Coordinators only (403 for others): create or update actions from a CSV, with a dry run first; a save after
    a dry run stops at any action someone changed in between."""
    require_coordinator(user=request.user)
    result, checked = None, ""
    form = ImportForm(request.POST, request.FILES) if request.method == "POST" else ImportForm()
    if request.method == "POST" and form.is_valid():
        dry_run = request.POST.get("mode") != "save"
        result = importing.actions_import(
            plan=_plan_or_404(),
            text=form.cleaned_data["file"],
            acting_user=request.user,
            dry_run=dry_run,
            versions_seen=None if dry_run else form.cleaned_data["checked"],
        )
        if dry_run and not result.errors:
            checked = importing.versions_signed(result.versions)
    return render(request, "clip_tracker/import.html", {"result": result, "form": form, "checked": checked})


@login_required
@require_POST
def follow(request, number):
    """Everyone signed in: follow an action to hear when its status changes."""
    action = selectors.action_for(plan=_plan_or_404(), number=number)
    if services.action_follow_toggle(action=action, user=request.user):
        messages.success(request, _("You are following this action. We will email you when its status changes."))
    else:
        messages.success(request, _("You are no longer following this action."))
    return redirect(action.get_absolute_url())


@login_required
@require_POST
def remind(request):
    """Coordinators only (403 for others): remind every holder whose action has no update for this period."""
    require_coordinator(user=request.user)
    count = services.holder_reminders_queue(now_by=request.user)
    messages.success(
        request,
        ngettext("%(count)s reminder is on its way.", "%(count)s reminders are on their way.", count)
        % {"count": count},
    )
    return redirect("clip:index")
