"""The starting list of public bodies, and the coordinators' permission to keep it (a migration of its own: on
PostgreSQL, rows deleted in a reverse cannot share a transaction with dropping their table)."""

from django.conf import settings
from django.db import migrations

# A starting list, written by the developers from each body's published addresses; coordinators correct and add to
# it in the admin site. (English name, Welsh name, email domains.)
PUBLIC_BODIES = [
    ("Welsh Government", "Llywodraeth Cymru", ["gov.wales", "llyw.cymru"]),
    ("Welsh Parliament", "Senedd Cymru", ["senedd.wales", "senedd.cymru"]),
    ("NHS Wales", "GIG Cymru", ["wales.nhs.uk"]),
    ("Natural Resources Wales", "Cyfoeth Naturiol Cymru", ["naturalresources.wales", "cyfoethnaturiol.cymru"]),
    ("Audit Wales", "Archwilio Cymru", ["audit.wales", "archwilio.cymru"]),
    ("Welsh Revenue Authority", "Awdurdod Cyllid Cymru", ["wra.gov.wales", "acc.llyw.cymru"]),
    ("Estyn", "Estyn", ["estyn.gov.wales"]),
    ("Transport for Wales", "Trafnidiaeth Cymru", ["tfw.wales", "trc.cymru"]),
    ("Careers Wales", "Gyrfa Cymru", ["careerswales.gov.wales"]),
    ("Qualifications Wales", "Cymwysterau Cymru", ["qualifications.wales", "cymwysterau.cymru"]),
    ("Social Care Wales", "Gofal Cymdeithasol Cymru", ["socialcare.wales", "gofalcymdeithasol.cymru"]),
    ("Arts Council of Wales", "Cyngor Celfyddydau Cymru", ["arts.wales", "celf.cymru"]),
    ("Sport Wales", "Chwaraeon Cymru", ["sport.wales", "chwaraeon.cymru"]),
    ("National Library of Wales", "Llyfrgell Genedlaethol Cymru", ["library.wales", "llyfrgell.cymru"]),
    ("Amgueddfa Cymru – Museum Wales", "Amgueddfa Cymru", ["museum.wales", "amgueddfa.cymru"]),
    ("Public Services Ombudsman for Wales", "Ombwdsmon Gwasanaethau Cyhoeddus Cymru", ["ombudsman.wales"]),
    (
        "Future Generations Commissioner for Wales",
        "Comisiynydd Cenedlaethau’r Dyfodol Cymru",
        ["futuregenerations.wales", "cenedlaethaurdyfodol.cymru"],
    ),
    ("Welsh Language Commissioner", "Comisiynydd y Gymraeg", ["cyg-wlc.wales"]),
    ("Medr", "Medr", ["medr.cymru"]),
    ("Cardiff Council", "Cyngor Caerdydd", ["cardiff.gov.uk", "caerdydd.gov.uk"]),
    ("City and County of Swansea", "Dinas a Sir Abertawe", ["swansea.gov.uk", "abertawe.gov.uk"]),
    ("Gwynedd Council", "Cyngor Gwynedd", ["gwynedd.llyw.cymru"]),
    ("Newport City Council", "Cyngor Dinas Casnewydd", ["newport.gov.uk"]),
    ("Carmarthenshire County Council", "Cyngor Sir Gâr", ["sirgar.gov.uk", "carmarthenshire.gov.uk"]),
    ("Pembrokeshire County Council", "Cyngor Sir Penfro", ["pembrokeshire.gov.uk"]),
    ("Conwy County Borough Council", "Cyngor Bwrdeistref Sirol Conwy", ["conwy.gov.uk"]),
    ("Powys County Council", "Cyngor Sir Powys", ["powys.gov.uk"]),
]
# Coordinators keep the list in the admin site.
COORDINATORS_MAY = {
    # A body is not deleted by hand (as departments are not); a wrong domain is, through the body's page.
    "publicbody": ["add", "change", "view"],
    "publicbodydomain": ["add", "change", "delete", "view"],
}


def public_bodies_seed(apps, schema_editor):
    PublicBody = apps.get_model("accounts", "PublicBody")
    PublicBodyDomain = apps.get_model("accounts", "PublicBodyDomain")
    # What a coordinator kept through a reverse of this migration stays as they left it.
    for name, name_cy, domains in PUBLIC_BODIES:
        body, _created = PublicBody.objects.get_or_create(name=name, defaults={"name_cy": name_cy})
        for domain in domains:
            PublicBodyDomain.objects.get_or_create(domain=domain, defaults={"body": body})


def public_bodies_unseed(apps, schema_editor):
    """Removes the seeded domains, and the seeded bodies left with none (a body a coordinator gave another domain
    stays, with that domain)."""
    PublicBody = apps.get_model("accounts", "PublicBody")
    PublicBodyDomain = apps.get_model("accounts", "PublicBodyDomain")
    seeded_domains = [domain for _name, _name_cy, domains in PUBLIC_BODIES for domain in domains]
    PublicBodyDomain.objects.filter(domain__in=seeded_domains).delete()
    seeded_names = [name for name, _name_cy, _domains in PUBLIC_BODIES]
    PublicBody.objects.filter(name__in=seeded_names, domains__isnull=True).delete()


def coordinators_may_keep_the_list(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("accounts")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators, _created = Group.objects.get_or_create(name=settings.COORDINATORS_GROUP)
    coordinators.permissions.add(*_list_permissions(Permission))


def coordinators_may_not_keep_the_list(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for coordinators in Group.objects.filter(name=settings.COORDINATORS_GROUP):
        coordinators.permissions.remove(*_list_permissions(Permission))


def _list_permissions(Permission):
    return [
        permission
        for model, actions in COORDINATORS_MAY.items()
        for permission in Permission.objects.filter(
            content_type__app_label="accounts",
            content_type__model=model,
            codename__in=[f"{action}_{model}" for action in actions],
        )
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_public_bodies"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(public_bodies_seed, public_bodies_unseed),
        migrations.RunPython(coordinators_may_keep_the_list, coordinators_may_not_keep_the_list),
    ]
