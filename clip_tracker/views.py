from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.selectors import require_coordinator, user_is_coordinator
from portal.spreadsheet import csv_response, csv_text_made_safe

from . import importing, pdf, selectors, services
from .forms import (
    ErratumForm,
    HoldersForm,
    ImportForm,
    KeyTermFormSet,
    NarrativeForm,
    PeriodDetailsForm,
    PeriodOpenForm,
    ProposalAnswerForm,
    PublishForm,
    StatusForm,
    ThemeNoteForm,
    UpdateForm,
)


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
    current, for_updates = selectors.periods_current_and_for_updates(plan=plan)
    period = for_updates or current
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


def _action_page(request, *, plan, action, update_form=None, holders_form=None, status_form=None, status=200):
    is_coordinator = user_is_coordinator(user=request.user)
    if is_coordinator and holders_form is None:
        holders_form = HoldersForm(initial=selectors.holders_initial(action=action))
    can_update = selectors.user_holds(action=action, user=request.user) or is_coordinator
    current, for_updates = selectors.periods_current_and_for_updates(plan=plan)
    if update_form is None and can_update and for_updates is not None:
        update_form = UpdateForm(
            initial={"period": for_updates.pk}, earlier_updates=selectors.action_updates_recent(action=action)
        )
    return render(
        request,
        "clip_tracker/action.html",
        {
            "action": action,
            "period": current,
            "period_for_updates": for_updates,
            "timeline": selectors.action_timeline(action=action),
            "can_update": can_update,
            "is_coordinator": is_coordinator,
            "update_form": update_form if can_update else None,
            "status_form": status_form or StatusForm(initial={"status": action.status, "version": action.version}),
            "following": selectors.action_followed_by(action=action, user=request.user),
            "holders_form": holders_form if is_coordinator else None,
        },
        status=status,
    )


@login_required
@require_GET
def action_detail(request, number):
    """Everyone signed in reads; holders add updates; coordinators change the status."""
    plan = _plan_or_404()
    return _action_page(request, plan=plan, action=selectors.action_for(plan=plan, number=number))


@login_required
@require_POST
def add_update(request, number):
    """The action's holders and coordinators only (403 for others). Refused, with the text kept on the page, when the
    period it was written for has closed."""
    plan = _plan_or_404()
    action = selectors.access_action_for_update(plan=plan, number=number, user=request.user)
    form = UpdateForm(request.POST, earlier_updates=selectors.action_updates_recent(action=action))
    if not form.is_valid():
        return _action_page(request, plan=plan, action=action, update_form=form, status=400)
    period = selectors.period_of_plan(plan=plan, pk=form.cleaned_data["period"])
    try:
        services.action_update_record(
            action=action,
            period=period,
            narrative=form.cleaned_data["narrative"],
            narrative_cy=form.cleaned_data["narrative_cy"],
            author=request.user,
            proposed_status=form.cleaned_data["proposed_status"],
            corrects=selectors.action_update_of(action=action, pk=form.cleaned_data["corrects"]),
        )
    except services.ClipError as error:
        next_period = selectors.period_for_updates(plan=plan)
        if next_period is not None and next_period.pk != period.pk:
            # Offered again for the period it would now go to, with the text as written.
            data = request.POST.copy()
            data["period"] = next_period.pk
            form = UpdateForm(data, earlier_updates=selectors.action_updates_recent(action=action))
            form.is_valid()
        form.add_error(None, str(error))
        return _action_page(request, plan=plan, action=action, update_form=form, status=409)
    messages.success(
        request,
        _("Your update has been added to %(label)s.") % {"label": services.period_label(period)},
    )
    return redirect(action.get_absolute_url())


@login_required
@require_POST
def action_holders(request, number):
    """Coordinators only (403 for others): who holds the action, who leads, and its department."""
    require_coordinator(user=request.user)
    plan = _plan_or_404()
    action = selectors.action_for(plan=plan, number=number)
    form = HoldersForm(request.POST)
    if form.is_valid():
        try:
            services.action_holders_set(
                action=action,
                holders=form.cleaned_data["holders"],
                lead=form.cleaned_data["lead"],
                department=form.cleaned_data["department"],
                expected_version=form.cleaned_data["version"],
                acting_user=request.user,
            )
        except services.ClipError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The holders have been saved."))
            return redirect(action.get_absolute_url())
    return _action_page(request, plan=plan, action=action, holders_form=form, status=400)


@login_required
@require_POST
def change_status(request, number):
    """Coordinators only (403 for others). A change that cannot be made comes back on the action's page (400) with
    its errors beside the fields and what was typed kept."""
    require_coordinator(user=request.user)
    plan = _plan_or_404()
    action = selectors.action_for(plan=plan, number=number)
    form = StatusForm(request.POST)
    if form.is_valid():
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
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The status has been changed."))
            return redirect(action.get_absolute_url())
    # Refused: said beside the fields and in the summary, with what was typed kept.
    return _action_page(request, plan=plan, action=action, status_form=form, status=400)


@login_required
@require_GET
def my_actions(request):
    """Action holders: their actions and whether this period's update is in."""
    plan = _plan_or_404()
    current, for_updates = selectors.periods_current_and_for_updates(plan=plan)
    period = for_updates or current
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
    body = selectors.report_body_published(period=period, language=translation.get_language())
    context = {
        "period": period,
        "body": body,
        "is_coordinator": user_is_coordinator(user=request.user),
        "errata": selectors.report_errata(period=period) if period.is_closed else [],
    }
    if body is None:
        context.update(selectors.report_for(period=period))
    return render(request, "clip_tracker/report.html", context)


@require_GET
def report_pdf(request, pk):
    """The report as an A4 PDF, for whoever may read it (a draft only for coordinators, drawn as it stands). A
    published report's PDF is kept once drawn; while it is being drawn, others are asked to try again shortly."""
    period = selectors.access_period_for_report(pk=pk, user=request.user)
    language = translation.get_language()
    if period.is_closed:
        content = pdf.published_pdf(period=period, language=language)
        if content is None:
            response = render(request, "clip_tracker/pdf_wait.html", {"period": period}, status=503)
            response["Retry-After"] = "30"
            return response
    else:
        content = pdf.draft_pdf(period=period, language=language)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="clip-report-{period.pk}-{language}.pdf"'
    return response


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
@require_GET
def actions_export(request):
    """Everyone signed in: every action of the plan as CSV (open data)."""
    return csv_response(importing.actions_csv(plan=_plan_or_404()), filename="clip-actions.csv")


@login_required
@require_http_methods(["GET", "POST"])
def actions_import(request):
    """Coordinators only (403 for others): create or update actions from a CSV, with a dry run first. The dry run
    keeps the file for a while, so saving it needs no second upload; a save after a dry run stops at any action
    someone changed in between."""
    require_coordinator(user=request.user)
    result, checked, kept_file = None, "", ""
    form = (
        ImportForm(request.POST, request.FILES, user=request.user)
        if request.method == "POST"
        else ImportForm(user=request.user)
    )
    if request.method == "POST" and form.is_valid():
        dry_run = request.POST.get("mode") != "save"
        text = form.cleaned_data["file"]
        result = importing.actions_import(
            plan=_plan_or_404(),
            text=text,
            acting_user=request.user,
            dry_run=dry_run,
            versions_seen=None if dry_run else form.cleaned_data["checked"],
        )
        used = form.cleaned_data["kept_file"] if form.cleaned_data["from_kept_file"] else ""
        if dry_run and not result.errors and (result.created or result.updated):
            checked = importing.versions_signed(result.versions)
            kept_file = importing.checked_file_keep(text=text, user=request.user)
        elif not dry_run and result.errors and used:
            kept_file = used  # refused, say because an action changed since the check: it can be checked again
        if used and used != kept_file:
            importing.checked_file_forget(token=used, user=request.user)
    context = {
        "result": result,
        "form": form,
        "checked": checked,
        "kept_file": kept_file,
        "kept_minutes": importing.CHECKED_FILE_SECONDS // 60,
    }
    return render(request, "clip_tracker/import.html", context)


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
    period = selectors.period_current(plan=_plan_or_404())
    return redirect("clip:period", period.pk) if period else redirect("clip:index")


# The reporting period, as a coordinator runs it: open, watch, answer proposals, compose, check, publish.


@login_required
@require_GET
def periods(request):
    """Coordinators only (403 for others): the plan's periods, which one is current, and what to do next."""
    require_coordinator(user=request.user)
    plan = _plan_or_404()
    return render(
        request,
        "clip_tracker/periods.html",
        {"plan": plan, "periods": selectors.periods_of(plan=plan), "current": selectors.period_current(plan=plan)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def period_open(request):
    """Coordinators only (403 for others): open the next reporting period."""
    require_coordinator(user=request.user)
    plan = _plan_or_404()
    form = PeriodOpenForm(request.POST if request.method == "POST" else None, plan=plan)
    if request.method == "POST" and form.is_valid():
        period = services.period_open(plan=plan, acting_user=request.user, **form.cleaned_data)
        messages.success(request, _("The period %(label)s is open.") % {"label": services.period_label(period)})
        return redirect("clip:period", period.pk)
    return render(
        request, "clip_tracker/period_open.html", {"form": form, "plan": plan}, status=400 if form.errors else 200
    )


@login_required
@require_POST
def period_make_current(request, pk):
    """Coordinators only (403 for others): holders' updates go to this period from now on."""
    require_coordinator(user=request.user)
    period = selectors.period_of_plan(plan=_plan_or_404(), pk=pk)
    try:
        services.period_make_current(period=period, acting_user=request.user)
    except services.ClipError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("%(label)s is now the current period: holders’ updates go to it.")
            % {"label": services.period_label(period)},
        )
    return redirect("clip:periods")


@login_required
@require_GET
def period_detail(request, pk):
    """Coordinators only (403 for others): who has updated, proposals to answer, narratives to compose."""
    require_coordinator(user=request.user)
    plan = _plan_or_404()
    return _period_page(request, plan=plan, period=selectors.period_of_plan(plan=plan, pk=pk))


def _period_page(request, *, plan, period, refused=None, status=200):
    """``refused``: the proposal whose answer was refused, with the reason and the reply as typed, shown beside
    that proposal's reply box."""
    return render(
        request,
        "clip_tracker/period.html",
        {
            "plan": plan,
            "progress": selectors.period_progress(period=period),
            "period": period,
            "themes": selectors.themes_of(plan=plan),
            "reminded": selectors.holders_reminded(period=period),
            "answer_form": ProposalAnswerForm(),
            "refused": refused,
        },
        status=status,
    )


def _refused_if_closed(request, period):
    if period.is_closed:
        messages.error(request, str(services.PERIOD_CLOSED % {"label": services.period_label(period)}))
        return redirect(period.get_absolute_url())
    return None


@login_required
@require_http_methods(["GET", "POST"])
def period_edit(request, pk):
    """Coordinators only (403 for others): an open period's dates and the report's own text."""
    require_coordinator(user=request.user)
    period = selectors.period_of_plan(plan=_plan_or_404(), pk=pk)
    if refused := _refused_if_closed(request, period):
        return refused
    form = PeriodDetailsForm(
        request.POST if request.method == "POST" else None, instance=selectors.period_of_plan(plan=period.plan, pk=pk)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.period_details_update(period=period, acting_user=request.user, **form.cleaned_data)
        except services.ClipError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The report’s text has been saved."))
            return redirect("clip:period", period.pk)
    return render(
        request, "clip_tracker/period_edit.html", {"form": form, "period": period}, status=400 if form.errors else 200
    )


@login_required
@require_http_methods(["GET", "POST"])
def theme_note_edit(request, pk, theme_number):
    """Coordinators only (403 for others): a theme's section of an open period's report."""
    require_coordinator(user=request.user)
    plan = _plan_or_404()
    period = selectors.period_of_plan(plan=plan, pk=pk)
    theme = selectors.theme_of(plan=plan, number=theme_number)
    if refused := _refused_if_closed(request, period):
        return refused
    form = ThemeNoteForm(
        request.POST if request.method == "POST" else None, instance=selectors.theme_note_of(theme=theme, period=period)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.theme_note_update(period=period, theme=theme, acting_user=request.user, **form.cleaned_data)
        except services.ClipError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The theme’s section has been saved."))
            return redirect("clip:period", period.pk)
    return render(
        request,
        "clip_tracker/theme_note_edit.html",
        {"form": form, "period": period, "theme": theme},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def key_terms_edit(request, pk):
    """Coordinators only (403 for others): the key terms an open period's report explains."""
    require_coordinator(user=request.user)
    period = selectors.period_of_plan(plan=_plan_or_404(), pk=pk)
    if refused := _refused_if_closed(request, period):
        return refused
    refusal = ""
    if request.method == "POST":
        formset = KeyTermFormSet(request.POST, prefix="terms")
        if formset.is_valid():
            try:
                services.key_terms_replace(period=period, terms=formset.terms(), acting_user=request.user)
            except services.ClipError as error:
                refusal = str(error)
            else:
                messages.success(request, _("The key terms have been saved."))
                return redirect("clip:period", period.pk)
    else:
        formset = KeyTermFormSet(initial=selectors.key_terms_initial(period=period), prefix="terms")
    return render(
        request,
        "clip_tracker/key_terms_edit.html",
        {"formset": formset, "period": period, "refusal": refusal},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def narrative_compose(request, pk, number):
    """Coordinators only (403 for others): what an open period's report says about one action, written from the
    holders' updates."""
    require_coordinator(user=request.user)
    plan = _plan_or_404()
    period = selectors.period_of_plan(plan=plan, pk=pk)
    action = selectors.action_for(plan=plan, number=number)
    if refused := _refused_if_closed(request, period):
        return refused
    updates = selectors.action_updates_in(action=action, period=period)
    if request.method == "POST":
        form = NarrativeForm(request.POST)
        if form.is_valid():
            try:
                services.action_narrative_compose(
                    action=action, period=period, acting_user=request.user, **form.cleaned_data
                )
            except services.ClipError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request, _("The report’s account of action %(number)s has been saved.") % {"number": action.number}
                )
                return redirect("clip:period", period.pk)
    else:
        form = NarrativeForm(initial=selectors.narrative_initial(action=action, period=period, updates=updates))
    return render(
        request,
        "clip_tracker/narrative_compose.html",
        {"form": form, "period": period, "action": action, "updates": updates},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def proposal_answer(request, pk, answer):
    """Coordinators only (403 for others): accept or reject a status a holder proposed. A refused answer comes back
    on the period's page (400) with the reason beside that proposal's reply box and the reply kept."""
    require_coordinator(user=request.user)
    if answer not in ("accept", "reject"):
        raise Http404
    plan = _plan_or_404()
    update = selectors.proposal_pending(plan=plan, pk=pk)
    form = ProposalAnswerForm(request.POST)
    try:
        if not form.is_valid():
            raise services.ClipError(" ".join(form.errors["reply"]))
        reply = form.cleaned_data["reply"]
        if answer == "accept":
            services.proposal_accept(update=update, acting_user=request.user, reason=reply)
        else:
            services.proposal_reject(update=update, acting_user=request.user, reply=reply)
    except services.ClipError as error:
        # Said beside that proposal's reply box, with the reply as typed.
        refused = {"pk": update.pk, "message": str(error), "reply": request.POST.get("reply", "")}
        return _period_page(request, plan=plan, period=update.period, refused=refused, status=400)
    else:
        messages.success(
            request,
            (
                _("Action %(number)s is now “%(status)s”.")
                if answer == "accept"
                else _("The proposal for action %(number)s was not accepted; the holder will be told why.")
            )
            % {"number": update.action.number, "status": update.get_proposed_status_display()},
        )
    return redirect(f"{reverse('clip:period', args=[update.period_id])}#proposals")


@login_required
@require_http_methods(["GET", "POST"])
def publish(request, pk):
    """Coordinators only (403 for others): the checklist of what is missing, then publishing once confirmed."""
    require_coordinator(user=request.user)
    period = selectors.period_of_plan(plan=_plan_or_404(), pk=pk)
    if period.is_closed:
        messages.info(request, _("This report has already been published."))
        return redirect(period.get_absolute_url())
    form = PublishForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.period_publish(period=period, acting_user=request.user)
        except services.ClipError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The report has been published. It will not change from now on."))
            return redirect(period.get_absolute_url())
    return render(
        request,
        "clip_tracker/publish.html",
        {"form": form, "period": period, "checklist": selectors.publish_checklist(period=period)},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def erratum_add(request, pk):
    """Coordinators only (403 for others): a dated correction shown with a published report."""
    require_coordinator(user=request.user)
    period = selectors.period_of_plan(plan=_plan_or_404(), pk=pk)
    form = ErratumForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The correction was not added: write the correction in English."))
    else:
        try:
            services.erratum_add(period=period, acting_user=request.user, **form.cleaned_data)
        except services.ClipError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The correction has been added to the report, with today’s date."))
    return redirect(period.get_absolute_url())
