from django.db import migrations, models


def weekly_series_skip(apps, schema_editor):
    # On for existing weekday and weekly series, as the form now suggests; monthly series keep every date.
    SessionSeries = apps.get_model("scheduling", "SessionSeries")
    SessionSeries.objects.filter(rrule__contains="FREQ=WEEKLY").update(skip_bank_holidays=True)


class Migration(migrations.Migration):
    dependencies = [
        ("scheduling", "0002_session_change"),
    ]

    operations = [
        migrations.AddField(
            model_name="sessionseries",
            name="skip_bank_holidays",
            field=models.BooleanField(default=False, verbose_name="no sessions on bank holidays"),
        ),
        migrations.RunPython(weekly_series_skip, migrations.RunPython.noop),
    ]
