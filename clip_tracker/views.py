from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.models import User
from accounts.selectors import user_is_coordinator
from communities.models import Topic
from portal.rich_text import clean_stored_report_html
from portal.spreadsheet import csv_response, csv_text_made_safe

from . import importing, selectors, services
from .forms import ImportForm, StatusForm, UpdateForm
from .models import Action, PublishedReport, ReportingPeriod


def _plan_or_404():
    plan = selectors.current_plan()
    if plan is None:
        raise Http404
    return plan


@require_GET
def index(request):
    """Everyone signed in: the dashboard. Signed out: what the plan is, and its published reports."""
    plan = selectors.current_plan()
    if plan is None or not request.user.is_authenticated:
        published = ReportingPeriod.objects.filter(published_at__isnull=False).order_by("-starts_on")
        return render(request, "clip_tracker/public.html", {"plan": plan, "published": published})
    period = selectors.current_period(plan=plan)
    filters = selectors.DashboardFilters.from_query(request.GET)
    return render(request, "clip_tracker/dashboard.html", {
        "plan": plan, "period": period, "filters": filters,
        "board": selectors.dashboard(plan=plan, period=period, filters=filters),
        "holders": User.objects.filter(clip_actions__plan=plan).distinct().order_by("display_name"),
        "topics": Topic.objects.filter(kind__in=["way", "goal"]),
        "periods": plan.periods.all(),
        "is_coordinator": user_is_coordinator(user=request.user),
        "reminded": selectors.holders_reminded(period=period) if user_is_coordinator(user=request.user) else [],
    })


@login_required
@require_GET
def action_detail(request, number):
    """Everyone signed in reads; holders add updates; coordinators change the status."""
    plan = _plan_or_404()
    action = selectors.action_for(plan=plan, number=number)
    can_update = selectors.user_holds(action=action, user=request.user) or user_is_coordinator(user=request.user)
    earlier = list(action.updates.all()[:20])
    return render(request, "clip_tracker/action.html", {
        "action": action, "period": selectors.current_period(plan=plan),
        "timeline": selectors.action_timeline(action=action),
        "can_update": can_update, "is_coordinator": user_is_coordinator(user=request.user),
        "update_form": UpdateForm(earlier_updates=earlier) if can_update else None,
        "status_form": StatusForm(initial={"status": action.status, "version": action.version}),
        "following": action.followers.filter(user=request.user).exists(),
    })


@login_required
@require_POST
def add_update(request, number):
    """The action's holders and coordinators only (403 for others)."""
    plan = _plan_or_404()
    action = selectors.access_action_for_update(plan=plan, number=number, user=request.user)
    form = UpdateForm(request.POST, earlier_updates=list(action.updates.all()[:20]))
    period = selectors.current_period(plan=plan)
    if not form.is_valid() or period is None:
        messages.error(request, _("The update was not saved: write what has happened in this period."))
        return redirect(action.get_absolute_url())
    corrects = action.updates.filter(pk=form.cleaned_data["corrects"]).first() if form.cleaned_data["corrects"] else None
    try:
        services.update_record(action=action, period=period, narrative=form.cleaned_data["narrative"],
                               narrative_cy=form.cleaned_data["narrative_cy"], author=request.user,
                               proposed_status=form.cleaned_data["proposed_status"], corrects=corrects)
    except services.ClipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your update has been added."))
    return redirect(action.get_absolute_url())


@login_required
@require_POST
def change_status(request, number):
    """Coordinators only (403 for others)."""
    if not user_is_coordinator(user=request.user):
        raise PermissionDenied
    plan = _plan_or_404()
    action = selectors.action_for(plan=plan, number=number)
    form = StatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The status was not changed: choose a status and say why."))
        return redirect(action.get_absolute_url())
    merged_into = Action.objects.filter(plan=plan, number=form.cleaned_data["merged_into"].strip()).first()
    try:
        services.status_change(action=action, to_status=form.cleaned_data["status"], reason=form.cleaned_data["reason"],
                               changed_by=request.user, expected_version=form.cleaned_data["version"],
                               merged_into=merged_into)
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
    period = selectors.current_period(plan=plan)
    return render(request, "clip_tracker/mine.html", {
        "period": period, "actions": selectors.actions_held_by(user=request.user, plan=plan, period=period)})


def _snapshot(period, fmt):
    return PublishedReport.objects.filter(period=period, language=translation.get_language(), format=fmt).first()


@require_GET
def report(request, pk):
    """Anyone for a published report (no sign-in); coordinators also see drafts; others get 404."""
    period = selectors.period_or_404(pk=pk, user=request.user)
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
    period = selectors.period_or_404(pk=pk, user=request.user)
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
    if not user_is_coordinator(user=request.user):
        raise PermissionDenied
    period = ReportingPeriod.objects.filter(pk=pk).first()
    if period is None:
        raise Http404
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
    """Coordinators only (403 for others): create or update actions from a CSV, with a dry run first."""
    if not user_is_coordinator(user=request.user):
        raise PermissionDenied
    result = None
    form = ImportForm(request.POST, request.FILES) if request.method == "POST" else ImportForm()
    if request.method == "POST" and form.is_valid():
        result = importing.actions_import(plan=_plan_or_404(), text=form.cleaned_data["file"], acting_user=request.user,
                                          dry_run=request.POST.get("mode") != "save")
    return render(request, "clip_tracker/import.html", {"result": result, "form": form})


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
    if not user_is_coordinator(user=request.user):
        raise PermissionDenied
    count = services.holder_reminders_queue(now_by=request.user)
    messages.success(request, ngettext("%(count)s reminder is on its way.", "%(count)s reminders are on their way.",
                                       count) % {"count": count})
    return redirect("clip:index")
