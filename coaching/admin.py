from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.admin_read_only import ReadOnlyAdmin

from . import services
from .models import CoachingProfile, MatchingRound, Pair


@admin.register(MatchingRound)
class MatchingRoundAdmin(ReadOnlyAdmin):
    list_display = [
        "__str__",
        "status",
        "started_by",
        "created_at",
        "started_at",
        "finished_at",
        "attempts",
        "pool_size",
        "pairs_proposed",
    ]
    list_filter = ["status"]
    list_select_related = ["started_by"]
    # The people left waiting are ids only: the pairs page shows who was paired.
    fields = [
        "status",
        "started_by",
        "created_at",
        "started_at",
        "claimed_until",
        "finished_at",
        "attempts",
        "pool_size",
        "pairs_proposed",
        "error",
    ]
    readonly_fields = fields
    actions = ["rerun"]

    def has_rerun_permission(self, request):
        return request.user.has_perm("coaching.change_matchinground")

    @admin.action(description=_("Re-run the selected failed rounds"), permissions=["rerun"])
    def rerun(self, request, queryset):
        queued, refusals = 0, set()
        for matching_round in queryset:
            try:
                services.round_rerun(round=matching_round, acting_user=request.user)
            except services.CoachingError as error:
                refusals.add(str(error))
                continue
            self.log_change(request, matching_round, _("Queued to run again."))
            queued += 1
        if queued:
            self.message_user(
                request,
                ngettext(
                    "%d round will run again within a minute.", "%d rounds will run again within a minute.", queued
                )
                % queued,
                messages.SUCCESS,
            )
        for refusal in sorted(refusals):
            self.message_user(request, refusal, messages.WARNING)


@admin.register(Pair)
class PairAdmin(ReadOnlyAdmin):
    # Never the private notes, the carry-on answers or the agreed rhythm: those stay between the two people.
    list_display = [
        "person_a",
        "person_b",
        "round",
        "state",
        "created_at",
        "a_accepted_at",
        "b_accepted_at",
        "ended_at",
    ]
    list_filter = ["state"]
    list_select_related = ["person_a", "person_b", "round"]
    search_fields = ["person_a__display_name", "person_b__display_name"]
    fields = [
        "round",
        "person_a",
        "person_b",
        "state",
        "score",
        "created_at",
        "a_accepted_at",
        "b_accepted_at",
        "ended_at",
        "updated_at",
    ]
    readonly_fields = fields


@admin.register(CoachingProfile)
class CoachingProfileAdmin(ReadOnlyAdmin):
    # Never the do-not-pair fingerprints, nor what the person would like to reflect on.
    list_display = ["user", "grade", "field", "region", "language", "is_active", "paused_until", "rounds_waited"]
    list_filter = ["is_active", "grade", "field", "region", "language"]
    list_select_related = ["user"]
    search_fields = ["user__display_name", "user__email"]
    fields = [
        "user",
        "grade",
        "field",
        "region",
        "language",
        "modes",
        "availability",
        "frequency",
        "is_active",
        "paused_until",
        "rounds_waited",
        "opted_in_at",
        "updated_at",
    ]
    readonly_fields = fields
