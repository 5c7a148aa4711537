from django.contrib import admin

from portal.admin_read_only import ReadOnlyAdmin

from . import services
from .models import Community, CommunitySuggestion, Membership, MembershipEvent, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "name_cy", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "name_cy", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class MembershipInline(admin.TabularInline):
    """Shown, not edited: joining, approving, hosting and removal go through the members page, whose services
    record the history, tell the person and end a former member's answers to sessions."""

    model = Membership
    extra = 0
    fields = ["user", "role", "state", "joined_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Community)
class CommunityAdmin(admin.ModelAdmin):
    list_display = ["name", "platform", "meeting_language", "join_policy", "visibility", "status", "updated_at"]
    list_filter = ["status", "visibility", "join_policy", "platform", "meeting_language", "topics"]
    search_fields = ["name", "name_cy", "summary", "summary_cy", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["topics"]
    inlines = [MembershipInline]

    def save_model(self, request, obj, form, change):
        services.community_save(community=obj)  # the topics follow in save_related

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.community_search_text_refresh(community=form.instance)


class MembershipEventInline(admin.TabularInline):
    model = MembershipEvent
    extra = 0
    can_delete = False
    readonly_fields = ["kind", "acting_user", "created_at"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Membership)
class MembershipAdmin(ReadOnlyAdmin):
    """Read-only, for the same reason as ``MembershipInline``."""

    list_display = ["user", "community", "role", "state", "joined_at", "updated_at"]
    list_filter = ["state", "role", "community"]
    search_fields = ["user__email", "user__display_name", "community__name"]
    list_select_related = ["user", "community"]
    inlines = [MembershipEventInline]


@admin.register(CommunitySuggestion)
class CommunitySuggestionAdmin(admin.ModelAdmin):
    list_display = ["name", "suggested_by", "willing_to_host", "status", "created_at"]
    list_filter = ["status", "willing_to_host"]
    search_fields = ["name", "description", "suggested_by__email"]
