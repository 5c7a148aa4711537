"""The soak's figures as Markdown tables, ready for docs/SOAK.md."""

import math
from collections import Counter, defaultdict

from .browser import Sample

# The order the tables list request kinds in; anything else follows alphabetically.
KINDS = ["sign_in", "page", "static", "join", "leave", "rsvp", "withdraw", "clip_update", "feed_public", "feed_private"]


def percentile(sorted_values: list[float], share: float) -> float:
    """Nearest-rank percentile of values already sorted."""
    return sorted_values[max(0, math.ceil(share * len(sorted_values)) - 1)]


def latency_table(samples: list[Sample], problems: list[tuple[str, str]]) -> str:
    by_kind: dict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        by_kind[sample.kind].append(sample)
    errors = Counter(kind for kind, _text in problems)
    kinds = [k for k in KINDS if k in by_kind or k in errors]
    kinds += sorted((set(by_kind) | set(errors)) - set(kinds))
    rows = ["| kind | requests | errors | p50 ms | p95 ms | max ms | answers |", "|---|---:|---:|---:|---:|---:|---|"]
    for kind in kinds + ["all"]:
        chosen = samples if kind == "all" else by_kind.get(kind, [])
        error_count = sum(errors.values()) if kind == "all" else errors[kind]
        if not chosen:
            rows.append(f"| {kind} | 0 | {error_count} | | | | |")
            continue
        seconds = sorted(s.seconds for s in chosen)
        statuses = ", ".join(
            f"{status or 'no answer'} ×{n}" for status, n in sorted(Counter(s.status for s in chosen).items())
        )
        rows.append(
            f"| {'**all**' if kind == 'all' else kind} | {len(chosen)} | {error_count} | "
            f"{percentile(seconds, 0.50) * 1000:.0f} | {percentile(seconds, 0.95) * 1000:.0f} | "
            f"{seconds[-1] * 1000:.0f} | {statuses} |"
        )
    return "\n".join(rows)


def _mib(kib: int | None) -> str:
    return "gone" if kib is None else f"{kib / 1024:.1f}"


def memory_table(memory) -> str:
    rows = [
        "| process (resident memory, MiB) | pid | at start | after warm-up (baseline) | peak | at end "
        "| end − baseline |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, pid in memory.pids.items():
        start = memory.at.get("at start", {}).get(name)
        baseline = memory.at.get("after warm-up", {}).get(name)
        end = memory.at.get("at end", {}).get(name)
        change = f"{(end - baseline) / 1024:+.1f}" if end is not None and baseline is not None else ""
        rows.append(
            f"| {name} | {pid} | {_mib(start)} | {_mib(baseline) if baseline is not None else ''} | "
            f"{_mib(memory.peak.get(name))} | {_mib(end)} | {change} |"
        )
    return "\n".join(rows)


def outbox_table(figures: dict[str, int], *, emails_written: int | None) -> str:
    rows = ["| outbox, emails the soak's changes queued | count |", "|---|---:|"]
    rows += [f"| {label} | {count} |" for label, count in figures.items()]
    if emails_written is not None:
        rows.append(f"| emails the worker wrote to the file backend (any, during the soak) | {emails_written} |")
    return "\n".join(rows)
