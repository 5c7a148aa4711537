from django import template

from notifications.forms import NotificationSettingsForm
from notifications.services import settings_for

register = template.Library()


@register.inclusion_tag("notifications/_settings_form.html", takes_context=True)
def notification_settings_form(context):
    """The email settings part of the profile page, without accounts importing notifications."""
    user = context["request"].user
    return {
        "form": NotificationSettingsForm(instance=settings_for(user), prefix="notify"),
        "request": context["request"],
    }
