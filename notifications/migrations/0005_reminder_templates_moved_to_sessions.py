"""Session reminders' templates moved from notifications/email/ to the sessions app (scheduling/email/), with the
reminder rules themselves (sessions/reminders.py). Reminders already queued, and not yet sent, are pointed at the
new place so they still render when they fall due."""

from django.db import migrations

OLD = "notifications/email/reminder"
NEW = "scheduling/email/reminder"


def point_unsent_reminders(old, new):
    def forwards(apps, schema_editor):
        OutboundEmail = apps.get_model("notifications", "OutboundEmail")
        OutboundEmail.objects.filter(template_prefix=old, sent_at=None).update(template_prefix=new)

    return forwards


class Migration(migrations.Migration):

    dependencies = [
        ("notifications", "0004_kind_choices_from_registry"),
    ]

    operations = [
        migrations.RunPython(point_unsent_reminders(OLD, NEW), point_unsent_reminders(NEW, OLD)),
    ]
