from django.conf import settings
from django.db import migrations

EDITABLE = ["department"]
VIEWABLE = ["actionnarrative", "keyterm", "reporterratum"]


def grant(apps, schema_editor):
    """Coordinators keep the managed list of departments in the admin site, and may look at (not change) what the
    portal's period pages write."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("clip_tracker")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators, _created = Group.objects.get_or_create(name=settings.COORDINATORS_GROUP)
    coordinators.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="clip_tracker",
            content_type__model__in=EDITABLE,
            codename__regex=r"^(add|change|view)_",
        ),
        *Permission.objects.filter(
            content_type__app_label="clip_tracker", content_type__model__in=VIEWABLE, codename__startswith="view_"
        ),
    )


class Migration(migrations.Migration):
    dependencies = [("clip_tracker", "0005_period_workflow_and_report_content")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
