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
    form = CoachingProfileForm(request.POST or None, instance=instance)
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


@login_required
@require_GET
def pair_detail(request, pk):
    """The two people in the pair only: anyone else, coordinators and superusers too, gets 404."""
    pair = selectors.access_pair(pk=pk, user=request.user)
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
            "meeting_form": MeetingForm(),
            "rhythm_form": RhythmForm(
                initial={
                    "rhythm": pair.rhythm,
                    "slot_day": pair.slot_day,
                    "slot_time": pair.slot_time,
                    "slot_every": pair.slot_every,
                }
            ),
            "note_form": NoteForm(),
        },
    )


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


@login_required
@require_POST
def pair_action(request, pk, action):
    """The two people in the pair only (404 for anyone else)."""
    pair = selectors.access_pair(pk=pk, user=request.user)
    try:
        if action in PAIR_ACTIONS:
            PAIR_ACTIONS[action](pair, request.user, request.POST)
            messages.success(request, str(DONE[action]))
        elif action == "meeting":
            form = MeetingForm(request.POST)
            if not form.is_valid():
                raise services.CoachingError(_("Enter the date of the meeting, for example 27/11/2026."))
            services.meeting_record(pair=pair, user=request.user, held_on=form.cleaned_data["held_on"])
            messages.success(request, _("Meeting recorded."))
        elif action == "rhythm":
            form = RhythmForm(request.POST)
            if not form.is_valid():
                raise services.CoachingError(
                    " ".join(str(e) for e in form.non_field_errors()) or _("Describe your rhythm in a few words.")
                )
            services.pair_rhythm_set(pair=pair, user=request.user, **form.cleaned_data)
            messages.success(request, _("Your rhythm has been saved."))
        elif action == "note":
            form = NoteForm(request.POST)
            if not form.is_valid():
                raise services.CoachingError(_("Write a note of up to 4,000 characters."))
            services.note_add(pair=pair, user=request.user, text=form.cleaned_data["text"])
            messages.success(request, _("Your private note has been saved."))
        else:
            raise Http404
    except services.CoachingError as error:
        messages.error(request, str(error))
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
