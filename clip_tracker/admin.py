from django.contrib import admin

from portal.admin_read_only import ReadOnlyAdmin

from . import services
from .models import (
    Action,
    ActionNarrative,
    Department,
    KeyTerm,
    Plan,
    ProgressUpdate,
    ReportErratum,
    ReportingPeriod,
    StatusChange,
    Theme,
)


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["title", "starts_on", "ends_on", "is_published"]


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "name_cy"]
    search_fields = ["name", "name_cy"]


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(ReadOnlyAdmin):
    """Coordinators open, run and publish periods on the portal's "Reporting periods" pages, which check dates,
    keep one period current and freeze a published report."""

    list_display = ["label", "plan", "starts_on", "ends_on", "update_deadline", "is_current", "published_at"]


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    """A theme's title and its standing introduction; each period's section of the report is written on the
    period's pages."""

    list_display = ["number", "title", "plan"]
    list_filter = ["plan"]


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "theme", "status", "department", "target_date", "updated_at"]
    list_filter = ["plan", "theme", "status", "department", "topics"]
    search_fields = ["number", "title", "title_cy", "commitment", "department__name", "holders__display_name"]
    filter_horizontal = ["topics", "communities"]
    # The status changes through the audited form on the action page, and holders through the holders form there.
    readonly_fields = ["status", "version", "holders_named", "lead_holder"]
    exclude = ["holders"]

    @admin.display(description="holders")
    def holders_named(self, obj):
        return ", ".join(holder.display_name for holder in obj.holders.all()) if obj.pk else ""

    def save_model(self, request, obj, form, change):
        """Through the services, as the CSV import and the action page do (version check, one write path)."""
        details = {name: getattr(obj, name) for name in services.DETAIL_FIELDS}
        if change:
            saved = Action.objects.get(pk=obj.pk)
            services.action_details_update(action=saved, expected_version=obj.version, **details)
        else:
            saved = services.action_create(plan=obj.plan, number=obj.number, **details)
            obj.pk, obj._state.adding = saved.pk, False
        obj.refresh_from_db()


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(ReadOnlyAdmin):
    list_display = ["action", "period", "status", "proposed_status", "proposal_outcome", "author", "created_at"]
    list_filter = ["period", "status", "proposal_outcome"]
    search_fields = ["action__number", "narrative"]


@admin.register(StatusChange)
class StatusChangeAdmin(ReadOnlyAdmin):
    list_display = ["action", "from_status", "to_status", "changed_by", "created_at"]
    list_filter = ["to_status"]


@admin.register(ActionNarrative)
class ActionNarrativeAdmin(ReadOnlyAdmin):
    list_display = ["action", "period", "composed_by", "composed_at"]
    list_filter = ["period"]


@admin.register(KeyTerm)
class KeyTermAdmin(ReadOnlyAdmin):
    list_display = ["term", "period", "position"]
    list_filter = ["period"]


@admin.register(ReportErratum)
class ReportErratumAdmin(ReadOnlyAdmin):
    list_display = ["period", "created_at", "created_by"]
