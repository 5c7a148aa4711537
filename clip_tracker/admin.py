from django.contrib import admin

from . import services
from .models import Action, Plan, ProgressUpdate, ReportingPeriod, StatusChange, Theme, ThemePeriodNote


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["title", "starts_on", "ends_on", "is_published"]


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(admin.ModelAdmin):
    list_display = ["label", "plan", "starts_on", "ends_on", "update_deadline", "published_at", "published_by"]
    readonly_fields = ["published_at", "published_by"]


class ThemePeriodNoteInline(admin.StackedInline):
    model = ThemePeriodNote
    extra = 0


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "plan"]
    list_filter = ["plan"]
    inlines = [ThemePeriodNoteInline]


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "theme", "status", "target_date", "updated_at"]
    list_filter = ["plan", "theme", "status", "topics"]
    search_fields = ["number", "title", "title_cy", "commitment", "holder_team", "holders__display_name"]
    filter_horizontal = ["holders", "topics", "communities"]
    readonly_fields = ["status", "version"]  # status changes go through the audited form on the action page

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


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(ReadOnlyAdmin):
    list_display = ["action", "period", "status", "author", "created_at"]
    list_filter = ["period", "status"]
    search_fields = ["action__number", "narrative"]


@admin.register(StatusChange)
class StatusChangeAdmin(ReadOnlyAdmin):
    list_display = ["action", "from_status", "to_status", "changed_by", "created_at"]
    list_filter = ["to_status"]
