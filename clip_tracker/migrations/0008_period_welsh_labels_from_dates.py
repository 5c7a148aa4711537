"""Periods opened without a Welsh name get one made from their dates ("Ebrill 2026 – Mawrth 2027"), as new
periods now do, so Welsh pages stop showing English period names. Names someone typed are left alone."""

from django.db import migrations

WELSH_MONTHS = (
    "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
    "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
)  # fmt: skip


def fill_welsh_labels(apps, schema_editor):
    ReportingPeriod = apps.get_model("clip_tracker", "ReportingPeriod")
    for period in ReportingPeriod.objects.filter(label_cy="").exclude(published_at__isnull=False):
        period.label_cy = (
            f"{WELSH_MONTHS[period.starts_on.month - 1]} {period.starts_on.year} – "
            f"{WELSH_MONTHS[period.ends_on.month - 1]} {period.ends_on.year}"
        )
        period.save(update_fields=["label_cy"])


class Migration(migrations.Migration):
    dependencies = [("clip_tracker", "0007_report_pdfs")]

    operations = [migrations.RunPython(fill_welsh_labels, migrations.RunPython.noop)]
