"""The do-not-pair list becomes fingerprints of addresses (issue 12: it must never reveal who has an account)."""

from django.db import migrations, models
from django.utils.crypto import salted_hmac


def fingerprint(email):
    # Frozen copy of coaching.models.do_not_pair_fingerprint, as migrations must not import app code.
    return salted_hmac("cylch.coaching.do-not-pair", email.strip().lower(), algorithm="sha256").hexdigest()


def lists_to_fingerprints(apps, schema_editor):
    CoachingProfile = apps.get_model("coaching", "CoachingProfile")
    for profile in CoachingProfile.objects.prefetch_related("do_not_pair"):
        emails = [person.email for person in profile.do_not_pair.all()]
        if emails:
            profile.do_not_pair_fingerprints = sorted({fingerprint(email) for email in emails})
            profile.save(update_fields=["do_not_pair_fingerprints"])


class Migration(migrations.Migration):
    dependencies = [
        ("coaching", "0002_pair_slot_day_pair_slot_every_pair_slot_time"),
    ]

    operations = [
        migrations.AddField(
            model_name="coachingprofile",
            name="do_not_pair_fingerprints",
            field=models.JSONField(blank=True, default=list, verbose_name="people not to be paired with"),
        ),
        migrations.RunPython(lists_to_fingerprints, migrations.RunPython.noop),
        migrations.RemoveField(model_name="coachingprofile", name="do_not_pair"),
    ]
