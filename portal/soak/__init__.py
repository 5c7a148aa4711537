"""A bounded soak on loopback: the portal under gunicorn, Celery worker and beat on PostgreSQL and Redis, driven
for a few minutes by concurrent browsers, with latency, errors, memory and the outbox reported at the end.
``python manage.py soak`` runs it; docs/SOAK.md has the figures."""

import email
import email.policy
import shutil
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.db import close_old_connections
from django.db.models import Count
from django.utils import timezone

from notifications.models import OutboundEmail

from .browser import Browser, Recorder
from .clients import DEMO_PEOPLE, Person, Visitor, run_client
from .report import latency_table, memory_table, outbox_table
from .stack import Stack, resident_kib


@dataclass
class MemoryLog:
    """Resident memory of each process at named moments, plus the peak seen by the sampler."""

    pids: dict[str, int] = field(default_factory=dict)
    at: dict[str, dict[str, int | None]] = field(default_factory=dict)
    peak: dict[str, int] = field(default_factory=dict)

    def take(self, moment: str | None, pids: dict[str, int]) -> None:
        self.pids = self.pids or pids
        reading = {name: resident_kib(pid) for name, pid in self.pids.items()}
        for name, kib in reading.items():
            if kib is not None:
                self.peak[name] = max(self.peak.get(name, 0), kib)
        if moment:
            self.at[moment] = reading


def outbox_figures(*, since: datetime, due_by: datetime) -> dict[str, int]:
    """What the soak's changes put in the outbox, and what became of it."""
    close_old_connections()
    emails = OutboundEmail.objects.filter(created_at__gte=since)
    not_needed = emails.filter(failed_at__isnull=False, last_error__startswith="Not sent")
    return {
        "queued": emails.count(),
        "due by the end": emails.filter(due_at__lte=due_by).count(),
        "sent": emails.filter(sent_at__isnull=False).count(),
        "dropped as no longer needed": not_needed.count(),
        "failed": emails.filter(failed_at__isnull=False).exclude(pk__in=not_needed).count(),
        "due but not sent": emails.filter(due_at__lte=due_by, sent_at=None, failed_at=None).count(),
        "not yet due (reminders)": emails.filter(due_at__gt=due_by, sent_at=None, failed_at=None).count(),
    }


def _wait_for_outbox(*, since: datetime, due_by: datetime, seconds: float, say) -> dict[str, int]:
    """Beat sweeps the outbox every minute: give what was due by the end of the load one sweep to go out."""
    deadline = time.monotonic() + seconds
    figures = outbox_figures(since=since, due_by=due_by)
    if figures["due but not sent"]:
        say(f"Waiting up to {seconds:.0f} s for {figures['due but not sent']} due emails to be sent…")
    while figures["due but not sent"] and time.monotonic() < deadline:
        time.sleep(5)
        figures = outbox_figures(since=since, due_by=due_by)
    return figures


def run(
    *,
    url: str,
    minutes: float,
    warmup_seconds: float,
    visitors: int,
    think_seconds: float,
    drain_seconds: float,
    keep_logs: bool,
    say,
    instances: int = 1,
) -> tuple[str, list[str]]:
    """Runs the soak; returns the report (Markdown) and every problem found (empty when all went as expected).

    With ``instances=2`` it starts two gunicorns on two ports and two Celery workers (one beat), and the clients
    take turns between the two ports, as a round-robin load balancer would send them."""
    folder = Path(tempfile.mkdtemp(prefix="cylch-soak-"))
    stack = None if url else Stack(folder=folder, instances=instances)
    problems: list[str] = []
    finished = False
    try:
        if stack:
            say(
                f"Starting {stack.instances} × (gunicorn with {stack.web_workers} workers and a Celery worker) and "
                f"one beat; logs in {folder}"
            )
            stack.start()
            stack.wait_until_ready()
        base_urls = [url] if url else stack.base_urls
        memory = MemoryLog()
        if stack:
            memory.take("at start", stack.pids())
        since = timezone.now()
        recorder = Recorder()
        clients = [
            Person(
                browser=Browser(base_url=base_urls[n % len(base_urls)], recorder=recorder, accept_language=language),
                seed=n,
                email=email,
                changes_memberships=changes_memberships,
                writes_clip=writes_clip,
            )
            for n, (email, language, changes_memberships, writes_clip) in enumerate(DEMO_PEOPLE)
        ] + [
            Visitor(
                browser=Browser(base_url=base_urls[(len(DEMO_PEOPLE) + n) % len(base_urls)], recorder=recorder),
                seed=100 + n,
            )
            for n in range(visitors)
        ]
        stop = threading.Event()
        threads = [
            threading.Thread(
                target=run_client,
                args=(client,),
                name=f"soak {client!r}",
                daemon=True,
                kwargs={"stop": stop, "think_seconds": think_seconds},
            )
            for client in clients
        ]
        say(
            f"{len(clients)} clients against {', '.join(base_urls)} for {minutes:g} min "
            f"(warm-up {warmup_seconds:.0f} s)"
        )
        began = time.monotonic()
        for thread in threads:
            thread.start()
        _watch(
            began=began,
            seconds=minutes * 60,
            warmup_seconds=warmup_seconds,
            memory=memory,
            stack=stack,
            recorder=recorder,
            say=say,
        )
        stop.set()
        for thread in threads:
            thread.join(60)
        load_seconds = time.monotonic() - began
        if stack:
            memory.take("at end", stack.pids())
            problems += _process_changes(memory=memory, now=stack.pids())
        due_by = timezone.now()
        outbox = _wait_for_outbox(since=since, due_by=due_by, seconds=drain_seconds, say=say)
        if stack:
            stack.stop()
            problems += stack.log_problems()
        problems = [f"{kind}: {text}" for kind, text in recorder.problems] + problems
        if outbox["failed"]:
            problems.append(f"outbox: {outbox['failed']} emails queued during the soak failed (see the sent-mail log)")
        if outbox["due but not sent"]:
            problems.append(
                f"outbox: {outbox['due but not sent']} emails due by the end were not sent "
                f"within {drain_seconds:.0f} s (is a worker and beat running?)"
            )
        mail_files = _messages_written(stack.mail_folder) if stack and stack.mail_folder else None
        doubled = _doubled_emails(since=since, mail_folder=stack.mail_folder if stack else None)
        problems += doubled
        report = "\n\n".join(
            part
            for part in [
                f"{len(recorder.samples)} requests in {load_seconds:.0f} s ({len(recorder.samples) / load_seconds:.1f}/s) "
                f"from {len(clients)} clients against {len(base_urls)} web instance(s)"
                + (f" and {stack.instances} Celery worker(s), one beat" if stack else "")
                + f"; {len(problems)} problems; {'no email sent twice' if not doubled else 'EMAILS SENT TWICE'}.",
                latency_table(recorder.samples, recorder.problems),
                memory_table(memory)
                if stack
                else "Memory: not measured (--url: the processes are not the soak's own).",
                outbox_table(outbox, emails_written=mail_files),
            ]
            if part
        )
        finished = True
        return report, problems
    finally:
        if stack:
            stack.stop()
        if keep_logs or problems or not finished:
            say(f"Logs kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def _mail_file_messages(folder: Path) -> list[str]:
    """Each email in the file backend's files (it appends each message followed by a line of 79 dashes)."""
    separator = "-" * 79
    messages = []
    for path in sorted(folder.glob("*.log")):
        current: list[str] = []
        for line in path.read_text(errors="replace").splitlines():
            if line == separator:
                messages.append("\n".join(current))
                current = []
            else:
                current.append(line)
    return messages


def _doubled_emails(*, since: datetime, mail_folder: Path | None) -> list[str]:
    """Emails sent twice: an outbox purpose (recipient, kind, dedupe_key) with two sent rows (the unique constraint
    should make that impossible), or, with the file backend, more messages to a recipient with a subject than the
    outbox rows sent to them with it since the soak began (the same row sent by two workers)."""
    close_old_connections()
    sent = OutboundEmail.objects.filter(sent_at__gte=since)
    problems = [
        f"outbox: {row['n']} sent rows for one purpose {row['recipient__email']} {row['kind']} {row['dedupe_key']}"
        for row in sent.values("recipient__email", "kind", "dedupe_key").annotate(n=Count("id")).filter(n__gt=1)
    ]
    if mail_folder is None:
        return problems
    written = Counter()
    for text in _mail_file_messages(mail_folder):
        message = email.message_from_string(text, policy=email.policy.default)
        written[(str(message["To"] or ""), " ".join(str(message["Subject"] or "").split()))] += 1
    recorded = Counter(
        (address, " ".join(subject.split())) for address, subject in sent.values_list("recipient__email", "subject")
    )
    problems += [
        f"mail files: {count} emails to {to} «{subject}», {recorded[(to, subject)]} sent in the outbox"
        for (to, subject), count in written.items()
        if count > recorded[(to, subject)]
    ]
    return problems


def _messages_written(folder: Path) -> int:
    """Emails in the file backend's files: it appends each message followed by a line of 79 dashes."""
    separator = "-" * 79
    return sum(
        line == separator for path in folder.glob("*.log") for line in path.read_text(errors="replace").splitlines()
    )


def _watch(*, began, seconds, warmup_seconds, memory, stack, recorder, say) -> None:
    """Samples memory every 5 s (the baseline after the warm-up) and says how it is going every minute."""
    warmed = stack is None
    next_progress = began + 60
    while (now := time.monotonic()) < began + seconds:
        time.sleep(min(5.0, began + seconds - now))
        now = time.monotonic()
        if stack:
            memory.take(None, stack.pids())
            if not warmed and now - began >= warmup_seconds:
                memory.take("after warm-up", stack.pids())
                warmed = True
        if now >= next_progress:
            requests, problems = recorder.counts()
            resident = [
                f"{name} {kib / 1024:.1f}"
                for name, pid in memory.pids.items()
                if ("worker" in name or "child" in name) and (kib := resident_kib(pid)) is not None
            ]
            say(
                f"  {now - began:4.0f} s: {requests} requests, {problems} problems"
                + (f"; MiB: {', '.join(resident)}" if resident else "")
            )
            next_progress += 60


def _process_changes(*, memory: MemoryLog, now: dict[str, int]) -> list[str]:
    """A gunicorn worker or Celery child replaced during the soak (crashed, timed out, killed for memory)."""
    problems = []
    if set(memory.pids.values()) != set(now.values()):
        problems.append(f"processes changed during the soak: {memory.pids} at start, {now} at the end")
    for name, kib in memory.at.get("at end", {}).items():
        if kib is None:
            problems.append(f"{name} (pid {memory.pids[name]}) had gone by the end")
    return problems
