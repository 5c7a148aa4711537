"""Actions as CSV: the export's columns are exactly what the import takes, so export → import changes nothing."""

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from .models import Action, Plan, Status, StatusChange, Theme

COLUMNS = ["number", "theme", "title", "title_cy", "commitment", "commitment_cy", "holder_team", "target_date",
           "status"]
NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}$")


def actions_csv(*, plan: Plan) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for action in Action.objects.filter(plan=plan).select_related("theme").order_by("number_major", "number_minor"):
        writer.writerow({
            "number": action.number, "theme": action.theme.number, "title": action.title, "title_cy": action.title_cy,
            "commitment": action.commitment, "commitment_cy": action.commitment_cy, "holder_team": action.holder_team,
            "target_date": action.target_date.isoformat() if action.target_date else "", "status": action.status,
        })
    return buffer.getvalue()


@dataclass
class ImportResult:
    errors: list[str] = field(default_factory=list)  # "Line 4: ..." messages
    created: list[str] = field(default_factory=list)
    updated: dict[str, list[str]] = field(default_factory=dict)  # number -> changed columns
    saved: bool = False


def actions_import(*, plan: Plan, text: str, acting_user, dry_run: bool) -> ImportResult:
    """Creates or updates actions by number. Any invalid row means nothing is saved; a dry run saves nothing."""
    result = ImportResult()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    if reader.fieldnames is None or [name.strip() for name in reader.fieldnames] != COLUMNS:
        result.errors.append(_("The first line must be exactly these columns: %(columns)s") % {"columns": ", ".join(COLUMNS)})
        return result
    themes = {theme.number: theme for theme in Theme.objects.filter(plan=plan)}
    existing = {action.number: action for action in Action.objects.filter(plan=plan).select_related("theme")}
    seen: dict[str, int] = {}
    planned = []
    for line, row in enumerate(reader, start=2):
        row = {key: (value or "").strip() for key, value in row.items() if key}
        number = row["number"]
        problems = []
        if not NUMBER.match(number):
            problems.append(_("“%(number)s” is not an action number like 2.3") % {"number": number})
        elif number in seen:
            problems.append(_("action %(number)s is also on line %(line)s") % {"number": number, "line": seen[number]})
        seen.setdefault(number, line)
        theme = themes.get(int(row["theme"])) if row["theme"].isdigit() else None
        if theme is None:
            problems.append(_("there is no theme “%(theme)s”") % {"theme": row["theme"]})
        if row["status"] not in Status.values:
            problems.append(_("“%(status)s” is not a status") % {"status": row["status"]})
        if not row["title"]:
            problems.append(_("the title is empty"))
        target = None
        if row["target_date"]:
            try:
                target = date.fromisoformat(row["target_date"])
            except ValueError:
                problems.append(_("“%(date)s” is not a date like 2025-03-31") % {"date": row["target_date"]})
        if problems:
            result.errors.append(_("Line %(line)s: %(problems)s.") % {"line": line, "problems": "; ".join(problems)})
            continue
        planned.append((number, theme, row, target))
    if result.errors:
        return result
    changes = []
    for number, theme, row, target in planned:
        values = {"theme": theme, "title": row["title"], "title_cy": row["title_cy"], "commitment": row["commitment"],
                  "commitment_cy": row["commitment_cy"], "holder_team": row["holder_team"], "target_date": target,
                  "status": row["status"]}
        action = existing.get(number)
        if action is None:
            result.created.append(number)
            changes.append((None, number, values))
            continue
        changed = [name for name, value in values.items() if getattr(action, name) != value]
        if changed:
            result.updated[number] = changed
            changes.append((action, number, values))
    if dry_run or not changes:
        return result
    with transaction.atomic():
        for action, number, values in changes:
            if action is None:
                Action.objects.create(plan=plan, number=number, **values)
                continue
            if action.status != values["status"]:
                StatusChange.objects.create(action=action, from_status=action.status, to_status=values["status"],
                                            reason=_("Imported from a spreadsheet"), changed_by=acting_user)
            for name, value in values.items():
                setattr(action, name, value)
            action.version += 1
            action.save()
    result.saved = True
    return result
