"""Actions as CSV: the export's columns are exactly what the import takes, so export → import changes nothing."""

import csv
import io
import re
import secrets
from dataclasses import dataclass, field
from datetime import date

from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.utils import formats
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from portal.bilingual import localised
from portal.spreadsheet import csv_text, spreadsheet_unescape

from . import services
from .models import IMPORTED_REASON, Action, Department, Plan, Status, Theme
from .services import ClipError

COLUMNS = [
    "number",
    "theme",
    "title",
    "title_cy",
    "commitment",
    "commitment_cy",
    "department",
    "target_date",
    "status",
]
NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}$", re.ASCII)  # ASCII digits only: "١.٢" is not an action number
# One request stays small and quick: a bigger file is refused before it is read, and the page lists only the
# first errors of a bad one.
MAX_BYTES = 1024 * 1024
MAX_ROWS = 1000
ERRORS_SHOWN = 50
TARGET_YEARS = (2000, 2100)
SHOWN_CHARACTERS = 40  # of a bad value, quoted back in an error
VALUE_CHARACTERS = 200  # of a value in a dry run's list of changes, so a page of long commitments stays readable
VERSIONS_SALT = "clip_tracker.importing.versions"
CHECKED_FILE_SALT = "clip_tracker.importing.checked_file"
CHECKED_FILE_SECONDS = 30 * 60


def rows_in(text: str) -> int:
    """How many actions (non-blank rows after the header) a CSV text holds; unreadable rows count as rows."""
    count = 0
    lines = io.StringIO(text.lstrip("\ufeff"))
    reader = csv.reader(lines)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            row = ["?"]
        count += bool(row)
    return max(count - 1, 0)


def _shown(value: str, *, longest: int = SHOWN_CHARACTERS) -> str:
    return value if len(value) <= longest else value[:longest] + "…"


def _small_number(value: str, *, largest: int) -> int | None:
    """An ASCII whole number from 1 to ``largest``, or None: "²" and "٣" pass isdigit() but are not numbers here."""
    if not (value.isascii() and value.isdecimal()) or len(value) > len(str(largest)):
        return None
    number = int(value)
    return number if 1 <= number <= largest else None


def _length_limits() -> dict[str, int]:
    return {name: Action._meta.get_field(name).max_length for name in ("title", "title_cy")}


def _departments_by_name() -> dict[str, Department]:
    """The managed list by each English and Welsh name, trimmed and case-folded; an English name wins a clash."""
    departments = list(Department.objects.all())
    by_name = {department.name_cy.strip().casefold(): department for department in departments if department.name_cy}
    by_name.update({department.name.strip().casefold(): department for department in departments})
    return by_name


def actions_csv(*, plan: Plan) -> str:
    actions = (
        Action.objects.filter(plan=plan).select_related("theme", "department").order_by("number_major", "number_minor")
    )
    return csv_text(
        header=COLUMNS,
        rows=(
            [
                action.number,
                action.theme.number,
                action.title,
                action.title_cy,
                action.commitment,
                action.commitment_cy,
                action.department.name if action.department else "",
                action.target_date.isoformat() if action.target_date else "",
                action.status,
            ]
            for action in actions
        ),
    )


@dataclass(frozen=True)
class FieldChange:
    """One field of an action as a dry run shows it, in the active language: ``old`` is "" for a new action."""

    label: str  # "Status"
    old: str  # "In progress", "‘Old title’", "(none)"
    new: str


@dataclass
class ImportResult:
    errors: list[str] = field(default_factory=list)  # "Line 4: ..." messages
    created: dict[str, list[FieldChange]] = field(default_factory=dict)  # number -> its values
    updated: dict[str, list[FieldChange]] = field(default_factory=dict)  # number -> its changed fields
    saved: bool = False
    more_errors: int = 0  # errors found beyond the first ERRORS_SHOWN, counted but not listed
    versions: dict[str, int] = field(default_factory=dict)  # number -> version read (0: not there yet)

    def add_error(self, message: str, *, first: bool = False) -> None:
        if first:  # about the whole file: always shown, above the rows
            self.errors.insert(0, message)
        elif len(self.errors) < ERRORS_SHOWN:
            self.errors.append(message)
        else:
            self.more_errors += 1


def _records(reader: csv.DictReader, result: ImportResult):
    """The data rows with their numbers; a row the csv module cannot read, or one past MAX_ROWS, ends the file
    with an error instead of a crash."""
    line = 1
    while True:
        line += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            result.add_error(
                _("Line %(line)s could not be read: a cell is too long or a quote is not closed.") % {"line": line}
            )
            return
        if line > MAX_ROWS + 1:
            result.add_error(
                _("The file has more than %(count)s actions. Import at most %(count)s at a time.")
                % {"count": formats.number_format(MAX_ROWS, force_grouping=True)},
                first=True,
            )
            return
        yield line, row


def versions_signed(versions: dict[str, int]) -> str:
    """What a dry run saw (each row's action number and version, 0 for an action not there yet), for the page to
    send back with the save."""
    return signing.dumps(versions, salt=VERSIONS_SALT, compress=True)


def versions_unsigned(token: str) -> dict[str, int] | None:
    """The versions a dry run saw, or None if there was no dry run or the value was not one of ours."""
    try:
        versions = signing.loads(token, salt=VERSIONS_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(versions, dict):
        return None
    return {str(number): version for number, version in versions.items() if isinstance(version, int)}


def checked_file_keep(*, text: str, user) -> str:
    """Keeps a checked file's text for ``CHECKED_FILE_SECONDS`` so that saving it needs no second upload; returns
    a signed token for the page to send back, which only ``user`` can redeem."""
    key = f"clip-import:{user.pk}:{secrets.token_urlsafe(16)}"
    cache.set(key, text, timeout=CHECKED_FILE_SECONDS)
    return signing.dumps({"key": key, "user": user.pk}, salt=CHECKED_FILE_SALT)


def _checked_file_key(*, token: str, user) -> str | None:
    try:
        kept = signing.loads(token, salt=CHECKED_FILE_SALT, max_age=CHECKED_FILE_SECONDS)
    except signing.BadSignature:  # expired, altered or not ours
        return None
    if not isinstance(kept, dict) or kept.get("user") != user.pk:
        return None
    key = kept.get("key")
    return key if isinstance(key, str) and key.startswith(f"clip-import:{user.pk}:") else None


def checked_file_text(*, token: str, user) -> str | None:
    """The text kept under ``token``, or None if it has expired, the token was altered or is someone else's."""
    key = _checked_file_key(token=token, user=user)
    text = cache.get(key) if key else None
    return text if isinstance(text, str) else None


def checked_file_forget(*, token: str, user) -> None:
    """Drops the text kept under ``token`` (saved, or checked again under a new token); harmless if it is gone."""
    key = _checked_file_key(token=token, user=user)
    if key:
        cache.delete(key)


def actions_import(
    *, plan: Plan, text: str, acting_user, dry_run: bool, versions_seen: dict[str, int] | None = None
) -> ImportResult:
    """Creates or updates actions by number, each through the same services as the action's own page (a status
    change is recorded as the importing coordinator's and emailed to the action's followers and holders).

    The plan's themes and actions are read in the transaction that saves, locked, so each row is compared with what
    is saved; ``versions_seen`` (from a dry run) makes a row whose action someone changed since then an error. Any
    invalid row means nothing is saved; a dry run saves nothing."""
    result = ImportResult()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [name.strip() for name in reader.fieldnames or []]
    except csv.Error:
        header = []
    if header != COLUMNS:
        result.add_error(
            _("The first line must be exactly these columns: %(columns)s") % {"columns": ", ".join(COLUMNS)}
        )
        return result
    reader.fieldnames = header  # stripped, so " number" in the file still finds row["number"]
    with transaction.atomic():
        actions = Action.objects.filter(plan=plan).select_related("theme", "department").order_by("pk")
        if not dry_run:
            # Locked until the import commits: a status change on an action's page waits rather than interleaves.
            actions = actions.select_for_update(of=("self",))
        existing = {action.number: action for action in actions}
        themes = {theme.number: theme for theme in Theme.objects.filter(plan=plan)}
        _import_rows(
            reader,
            result,
            plan=plan,
            themes=themes,
            departments=_departments_by_name(),
            existing=existing,
            acting_user=acting_user,
            dry_run=dry_run,
            versions_seen=versions_seen or {},
        )
    return result


def _import_rows(
    reader, result: ImportResult, *, plan, themes, departments, existing, acting_user, dry_run, versions_seen
) -> None:
    limits = _length_limits()
    seen: dict[str, int] = {}
    planned = []
    for line, row in _records(reader, result):
        row = {key: spreadsheet_unescape((value or "").strip()) for key, value in row.items() if key}
        number = row["number"]
        problems = []
        if not NUMBER.match(number):
            problems.append(_("“%(number)s” is not an action number like 2.3") % {"number": _shown(number)})
        elif number in seen:
            problems.append(_("action %(number)s is also on line %(line)s") % {"number": number, "line": seen[number]})
        seen.setdefault(number, line)
        theme_number = _small_number(row["theme"], largest=32767)
        theme = themes.get(theme_number) if theme_number else None
        if theme is None:
            problems.append(_("there is no theme “%(theme)s”") % {"theme": _shown(row["theme"])})
        department = None
        if row["department"]:
            department = departments.get(row["department"].casefold())
            if department is None:
                problems.append(
                    _("“%(department)s” is not in the list of departments") % {"department": _shown(row["department"])}
                )
        if row["status"] not in Status.values:
            problems.append(_("“%(status)s” is not a status") % {"status": _shown(row["status"])})
        elif row["status"] == Status.MERGED and existing.get(number) and existing[number].status != Status.MERGED:
            problems.append(_("mark an action merged on its own page, where you say which action it was merged into"))
        for name, longest in limits.items():
            if len(row[name]) > longest:
                problems.append(
                    _("the %(column)s column has more than %(count)s characters") % {"column": name, "count": longest}
                )
        if any("\x00" in value for value in row.values()):
            problems.append(_("it contains a null character, which cannot be saved"))
        if not row["title"]:
            problems.append(_("the title is empty"))
        target = None
        if row["target_date"]:
            try:
                target = date.fromisoformat(row["target_date"])
            except ValueError:
                problems.append(_("“%(date)s” is not a date like 2025-03-31") % {"date": _shown(row["target_date"])})
            else:
                if not TARGET_YEARS[0] <= target.year <= TARGET_YEARS[1]:
                    problems.append(
                        _("the target date %(date)s is not between %(first)s and %(last)s")
                        % {"date": row["target_date"], "first": TARGET_YEARS[0], "last": TARGET_YEARS[1]}
                    )
        if problems:
            result.add_error(_("Line %(line)s: %(problems)s.") % {"line": line, "problems": "; ".join(problems)})
            continue
        planned.append((line, number, theme, department, row, target))
    if result.errors:
        return
    changes = []
    for line, number, theme, department, row, target in planned:
        values = {
            "theme": theme,
            "title": row["title"],
            "title_cy": row["title_cy"],
            "commitment": row["commitment"],
            "commitment_cy": row["commitment_cy"],
            "department": department,
            "target_date": target,
            "status": row["status"],
        }
        action = existing.get(number)
        result.versions[number] = action.version if action else 0
        changed = [name for name, value in values.items() if getattr(action, name) != value] if action else []
        if (action is None or changed) and versions_seen.get(number, result.versions[number]) != result.versions[
            number
        ]:
            result.add_error(
                _(
                    "Line %(line)s: action %(number)s has been changed by someone else since you checked "
                    "this file. Check it again, then save."
                )
                % {"line": line, "number": number}
            )
        elif action is None:
            result.created[number] = [
                FieldChange(label=_label(name), old="", new=_shown_value(name, value))
                for name, value in values.items()
                if value or name == "status"
            ]
            changes.append((line, None, number, values))
        elif changed:
            result.updated[number] = [
                FieldChange(
                    label=_label(name),
                    old=_shown_value(name, getattr(action, name)),
                    new=_shown_value(name, values[name]),
                )
                for name in changed
            ]
            changes.append((line, action, number, values))
    if result.errors or dry_run or not changes:
        return
    with transaction.atomic():  # a savepoint: a row the services refuse undoes every row saved before it
        for line, action, number, values in changes:
            try:
                _row_save(plan=plan, action=action, number=number, values=values, acting_user=acting_user)
            except ClipError as error:
                result.add_error(_("Line %(line)s: %(message)s") % {"line": line, "message": error})
        if result.errors:
            transaction.set_rollback(True)
            return
    result.saved = True


def _label(name: str) -> str:
    return capfirst(Action._meta.get_field(name).verbose_name)


def _shown_value(name: str, value) -> str:
    """A field's value as a person reads it in a dry run: statuses, themes and departments in their language,
    what people wrote in quotes (escaped by the template like any other text)."""
    if value in (None, ""):
        # Translators: a field with no value in the list of what an import would change ("Target date: (none) → …").
        return _("(none)")
    if name == "status":
        return str(Status(value).label)
    if name == "theme":
        return f"{value.number}. {localised(value, 'title').text}"
    if name == "department":
        return localised(value, "name").text
    if name == "target_date":
        return formats.date_format(value, "j F Y")  # as the portal writes dates everywhere: "31 March 2025"
    return f"‘{_shown(value, longest=VALUE_CHARACTERS)}’"


def _row_save(*, plan: Plan, action: Action | None, number: str, values: dict, acting_user) -> None:
    """One row, through the services: its details with the version read in this transaction, then its status."""
    status = values.pop("status")
    if action is None:
        services.action_create(plan=plan, number=number, status=status, **values)
        return
    action = services.action_details_update(action=action, expected_version=action.version, **values)
    if action.status != status:
        services.action_status_change(
            action=action,
            to_status=status,
            reason=IMPORTED_REASON,  # kept in English, translated where it is shown (StatusChange.reason_shown)
            acting_user=acting_user,
            expected_version=action.version,
        )
