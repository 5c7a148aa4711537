"""The dashboard's bar chart of actions by theme and status. Its geometry is presentation, so it is worked out
here from the counts ``selectors.dashboard`` gives; the table beside the chart holds the same numbers."""

from django import template

register = template.Library()


@register.inclusion_tag("clip_tracker/_status_chart.html")
def status_chart(rows: list[dict], statuses: list[tuple[str, str]]) -> dict:
    """One bar per theme and a segment per status in it, in percent of the widest theme's bar."""
    widest = max((row["total"] for row in rows), default=0) or 1
    bars = []
    for row in rows:
        x, segments = 0.0, []
        for (status, label), count in zip(statuses, row["counts"], strict=True):
            if count:
                width = 100 * count / widest
                segments.append(
                    {
                        "status": status,
                        "x": round(x, 2),
                        "width": round(width, 2),
                        "middle": round(x + width / 2, 2),
                        "count": count,
                        "label": label,
                    }
                )
                x += width
        bars.append({"theme": row["theme"], "segments": segments, "total": row["total"]})
    return {"bars": bars, "statuses": statuses}


@register.simple_tag
def status_counts_by_status(rows: list[dict], statuses: list[tuple[str, str]]) -> list[dict]:
    """The same counts turned round: one row per status, one number per theme, and the status's total; the
    table then needs only one narrow column per theme, so it fits the page."""
    table = []
    for index, (status, label) in enumerate(statuses):
        counts = [row["counts"][index] for row in rows]
        table.append({"status": status, "label": label, "counts": counts, "total": sum(counts)})
    return table
