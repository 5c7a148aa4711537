from pathlib import Path

import polib
from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "cy" / "LC_MESSAGES" / "django.po"


def live_entries():
    return [entry for entry in polib.pofile(str(CATALOGUE)) if not entry.obsolete]


def test_every_welsh_message_is_translated():
    untranslated = [entry.msgid for entry in live_entries() if not entry.translated()]
    assert untranslated == []


def test_no_welsh_message_is_fuzzy():
    fuzzy = [entry.msgid for entry in live_entries() if "fuzzy" in entry.flags]
    assert fuzzy == []


def test_placeholders_survive_translation():
    import re

    placeholder = re.compile(r"%\([a-z_]+\)[sd]|\{\{ *[a-z_]+ *\}\}")
    broken = []
    for entry in live_entries():
        if not entry.msgid_plural:
            if sorted(placeholder.findall(entry.msgid)) != sorted(placeholder.findall(entry.msgstr)):
                broken.append(entry.msgid)
            continue
        # A plural form may leave out the number (Welsh "bob mis" for one month) but never invent a placeholder.
        allowed = set(placeholder.findall(entry.msgid)) | set(placeholder.findall(entry.msgid_plural))
        for text in entry.msgstr_plural.values():
            if not set(placeholder.findall(text)) <= allowed:
                broken.append(entry.msgid)
    assert broken == []


def test_the_compiled_catalogue_is_current():
    compiled = CATALOGUE.with_suffix(".mo")
    assert compiled.exists(), "run `python manage.py compile_translations`"
    assert compiled.stat().st_mtime >= CATALOGUE.stat().st_mtime
