from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from portal.admin_read_only import ReadOnlyAdmin

from .models import Occurrence, SessionChange, SessionSeries


@admin.register(SessionSeries)
class SessionSeriesAdmin(ReadOnlyAdmin):
    list_display = [
        "title",
        "community",
        "format",
        "first_start",
        "rrule",
        "generated_until",
        "stopped_from",
        "is_public",
    ]
    list_filter = ["community", ("stopped_from", admin.EmptyFieldListFilter), "format", "is_public"]
    list_select_related = ["community"]
    search_fields = ["title", "title_cy"]
    # The joining link is left out: who may see it is decided by sessions.selectors.reader_view_of alone.
    fields = [
        "community",
        "title",
        "title_cy",
        "format",
        "location",
        "capacity",
        "language",
        "is_public",
        "first_start",
        "duration",
        "rrule",
        "skip_bank_holidays",
        "generated_until",
        "stopped_from",
        "created_by",
        "created_at",
        "updated_at",
    ]
    readonly_fields = fields


@admin.register(Occurrence)
class OccurrenceAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "community", "start", "end", "cancelled_at", "sequence"]
    list_filter = [("cancelled_at", admin.EmptyFieldListFilter), "series__community"]
    list_select_related = ["series", "series__community"]
    search_fields = ["series__title", "series__title_cy"]
    fields = [
        "series",
        "original_start",
        "start",
        "end",
        "location",
        "cancelled_at",
        "cancel_reason",
        "sequence",
        "updated_at",
    ]
    readonly_fields = fields

    @admin.display(description=_("community"), ordering="series__community__name")
    def community(self, occurrence):
        return occurrence.series.community


@admin.register(SessionChange)
class SessionChangeAdmin(ReadOnlyAdmin):
    """The audit trail of sessions: who scheduled, moved, cancelled or changed what, and when."""

    list_display = ["created_at", "kind", "series", "occurrence", "acting_user"]
    list_filter = ["kind", "series__community"]
    list_select_related = ["series", "occurrence__series", "acting_user"]
    search_fields = ["series__title", "acting_user__display_name"]
    fields = [
        "series",
        "occurrence",
        "kind",
        "acting_user",
        "created_at",
        "from_start",
        "from_end",
        "to_start",
        "to_end",
        "from_place",
        "to_place",
        "reason",
        "fields_changed",
    ]
    readonly_fields = fields
