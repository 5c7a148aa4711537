from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Compiles every .po catalogue under LOCALE_PATHS into .mo files with polib, "
        "so setup needs no GNU gettext tools."
    )

    def handle(self, *args, **options):
        catalogues = [po for root in settings.LOCALE_PATHS for po in Path(root).glob("*/LC_MESSAGES/*.po")]
        if not catalogues:
            raise CommandError("No .po catalogues found under LOCALE_PATHS.")
        for po_path in catalogues:
            catalogue = polib.pofile(str(po_path))
            catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
            self.stdout.write(f"{po_path}: {catalogue.percent_translated()}% translated")
