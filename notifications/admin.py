from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .models import NotificationSettings, OutboundEmail


@admin.register(OutboundEmail)
class OutboundEmailAdmin(admin.ModelAdmin):
    list_display = ["created_at", "recipient", "kind", "subject", "due_at", "sent_at", "attempts", "failed_at"]
    list_filter = ["kind", ("sent_at", admin.EmptyFieldListFilter), ("failed_at", admin.EmptyFieldListFilter)]
    search_fields = ["recipient__email", "subject", "dedupe_key", "last_error"]
    readonly_fields = [f.name for f in OutboundEmail._meta.fields]
    actions = ["retry_failed"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Retry the failed emails"))
    def retry_failed(self, request, queryset):
        count = services.outbox_retry_failed(emails=queryset)
        self.message_user(
            request,
            ngettext("%d email will be tried again.", "%d emails will be tried again.", count) % count,
            messages.SUCCESS,
        )


@admin.register(NotificationSettings)
class NotificationSettingsAdmin(admin.ModelAdmin):
    list_display = ["user", "reminders", "digest", "session_changes", "calendar_invitations", "last_digest_at"]
    list_filter = ["reminders", "digest", "session_changes"]
    search_fields = ["user__email", "user__display_name"]
