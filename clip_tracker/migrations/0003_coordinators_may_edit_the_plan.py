from django.conf import settings
from django.db import migrations

EDITABLE = ["plan", "reportingperiod", "theme", "themeperiodnote", "action"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after migrating; make them now so the group can be given them.
    app_config = apps.get_app_config("clip_tracker")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators, _created = Group.objects.get_or_create(name=settings.COORDINATORS_GROUP)
    permissions = Permission.objects.filter(
        content_type__app_label="clip_tracker", content_type__model__in=EDITABLE,
        codename__regex=r"^(add|change|view)_",
    )
    coordinators.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("clip_tracker", "0002_actionfollower"), ("accounts", "0002_coordinators_group")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
