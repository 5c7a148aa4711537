from django.contrib import admin


class ReadOnlyAdmin(admin.ModelAdmin):
    """An admin page that shows rows and changes nothing by hand, for data that only its services write (they
    record the history, move reminders and tell the people concerned)."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
