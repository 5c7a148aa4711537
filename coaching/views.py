from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST, require_safe

from accounts.selectors import require_coordinator, user_is_coordinator
from portal.ical import CalendarResponse

from . import phrases, selectors, services
from .forms import CoachingProfileForm, MeetingForm, NoteForm, RhythmForm
from .models import CoachingProfile, PairState


@require_GET
def index(request):
    """Anyone: what co-coaching is; signed-in people also see where they are in it."""
    context = {"is_coordinator": user_is_coordinator(user=request.user)}
    if request.user.is_authenticated:
        context.update(
            profile=selectors.profile_of(user=request.user),
            pair=selectors.pair_current_of(user=request.user),
            past_pairs=selectors.pairs_past_of(user=request.user),
        )
    return render(request, "coaching/index.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    """The signed-in person only: opt in, or change what they look for."""
    instance = selectors.profile_of(user=request.user) or CoachingProfile(user=request.user)
    # Bound on every POST, an empty one too, so nothing sent is said as nothing missing.
    form = CoachingProfileForm(request.POST if request.method == "POST" else None, instance=instance)
    if request.method == "POST" and form.is_valid():
        saved = services.profile_save(
            profile=form.save(commit=False),
            topics=form.cleaned_data["topics"],
            do_not_pair_emails=form.cleaned_data["do_not_pair_emails"],
            clear_do_not_pair=form.cleaned_data["clear_do_not_pair"],
        )
        messages.success(request, _("You are in the pool. We will email you when we propose a partner."))
        if form.cleaned_data["do_not_pair_emails"] or form.cleaned_data["clear_do_not_pair"]:
            kept = len(saved.do_not_pair_fingerprints)
            messages.success(
                request,
                ngettext(
                    "Your list of people not to be paired with now holds %(count)s address.",
                    "Your list of people not to be paired with now holds %(count)s addresses.",
                    kept,
                )
                % {"count": kept},
            )
        return redirect("coaching:index")
    return render(request, "coaching/profile.html", {"form": form})


@login_required
@require_POST
def opt_out(request):
    """The signed-in person only."""
    services.profile_opt_out(user=request.user)
    messages.success(
        request,
        " ".join(
            [
                _("You are no longer in the co-coaching pool. Your history is kept."),
                _("Your list of people not to be paired with has been cleared."),
            ]
        ),
    )
    return redirect("coaching:index")


def _pair_page(request, pair, *, meeting_form=None, rhythm_form=None, note_form=None, status=200):
    side = pair.side_of(request.user)
    return render(
        request,
        "coaching/pair.html",
        {
            "pair": pair,
            "partner": pair.partner_of(request.user),
            "reasons": phrases.pair_reasons(selectors.pair_common_ground(pair=pair)),
            "i_accepted": bool(getattr(pair, f"{side}_accepted_at")),
            "my_carry_on": getattr(pair, f"{side}_carry_on"),
            "meetings": selectors.pair_meetings(pair=pair),
            "notes": selectors.private_notes_of(pair=pair, author=request.user),
            "meeting_form": meeting_form or MeetingForm(pair=pair),
            "rhythm_form": rhythm_form
            or RhythmForm(
                initial={
                    "rhythm": pair.rhythm,
                    "slot_day": pair.slot_day,
                    "slot_time": pair.slot_time,
                    "slot_every": pair.slot_every,
                }
            ),
            "note_form": note_form or NoteForm(),
            # One error summary for the one form that was sent back.
            "form_with_errors": next((form for form in (meeting_form, rhythm_form, note_form) if form), None),
        },
        status=status,
    )


@login_required
@require_GET
def pair_detail(request, pk):
    """The two people in the pair only: anyone else, coordinators and superusers too, gets 404."""
    return _pair_page(request, selectors.access_pair(pk=pk, user=request.user))


PAIR_ACTIONS = {
    "accept": lambda pair, user, data: services.pair_accept(pair=pair, user=user),
    "decline": lambda pair, user, data: services.pair_decline(pair=pair, user=user),
    "end": lambda pair, user, data: services.pair_end(pair=pair, user=user),
    "carry-on": lambda pair, user, data: services.carry_on_answer(
        pair=pair, user=user, carry_on=data.get("answer") == "yes"
    ),
}
DONE = {
    "accept": gettext_lazy("Thank you. When your partner accepts too, you can arrange a first meeting."),
    "decline": gettext_lazy("The proposal has been declined. You are both back in the pool."),
    "end": gettext_lazy("The pair has ended. Thank you for giving each other time."),
    "carry-on": gettext_lazy("Your answer has been recorded. Only you can see it."),
}
# The pair page's forms: how to make the form, the service that saves it, the field a refusal is shown beside (None: above
# the form) and what is said once saved.
FORM_ACTIONS = {
    "meeting": (
        lambda data, pair: MeetingForm(data, pair=pair),
        lambda pair, user, data: services.meeting_record(pair=pair, user=user, held_on=data["held_on"]),
        "held_on",
        gettext_lazy("Meeting recorded."),
    ),
    "rhythm": (
        lambda data, pair: RhythmForm(data),
        lambda pair, user, data: services.pair_rhythm_set(pair=pair, user=user, **data),
        None,
        gettext_lazy("Your rhythm has been saved."),
    ),
    "note": (
        lambda data, pair: NoteForm(data),
        lambda pair, user, data: services.note_add(pair=pair, user=user, text=data["text"]),
        "text",
        gettext_lazy("Your private note has been saved."),
    ),
}
# Said to the second of the two to accept: the pair has started, so there is no one left to wait for.
BOTH_ACCEPTED = gettext_lazy(
    "Thank you. You have both accepted, so your pair has started. Contact your partner to arrange a first "
    "meeting to try it; we have emailed you both."
)


@login_required
@require_POST
def pair_action(request, pk, action):
    """The two people in the pair only (404 for anyone else). A form that cannot be saved comes back with its
    errors beside the fields and what was typed kept (status 400)."""
    pair = selectors.access_pair(pk=pk, user=request.user)
    if action in FORM_ACTIONS:
        make_form, save, error_field, done = FORM_ACTIONS[action]
        form = make_form(request.POST, pair)
        if form.is_valid():
            try:
                save(pair, request.user, form.cleaned_data)
            except services.CoachingError as error:
                form.add_error(error_field, str(error))
        if form.errors:
            return _pair_page(request, pair, status=400, **{f"{action}_form": form})
        messages.success(request, str(done))
    elif action in PAIR_ACTIONS:
        try:
            changed = PAIR_ACTIONS[action](pair, request.user, request.POST)
        except services.CoachingError as error:
            messages.error(request, str(error))
        else:
            started = action == "accept" and changed.state == PairState.TRYING
            messages.success(request, str(BOTH_ACCEPTED if started else DONE[action]))
    else:
        raise Http404
    return redirect("coaching:pair", pk=pair.pk)


@login_required
@require_http_methods(["GET", "POST"])
def coordinate(request):
    """Coordinators only (403 for others): aggregates of the pool, and running a round."""
    require_coordinator(user=request.user)
    if request.method == "POST":
        services.round_request(acting_user=request.user)
        messages.success(request, _("The round has been queued. It runs within a minute; refresh this page to see it."))
        return redirect("coaching:coordinate")
    return render(request, "coaching/coordinate.html", {"figures": selectors.pool_figures(), "states": PairState})


@login_required
@require_safe
def slot_ics(request, pk):
    """The two people in the pair only (404 for anyone else): their agreed slot as a repeating calendar event."""
    from .calendar import slot_calendar

    pair = selectors.access_pair(pk=pk, user=request.user)
    if not (pair.slot_day and pair.slot_time and pair.slot_every):
        raise Http404
    response = CalendarResponse(
        slot_calendar(pair=pair, user=request.user), filename=f"co-coaching-{pair.pk}.ics", disposition="attachment"
    )
    response["Cache-Control"] = "private, no-store"  # made for one of the two: it names their partner
    return response
