// Reads an .ics file and prints each event as JSON: UID, summary, status, sequence, and start/end both in UTC
// and as Europe/London wall-clock time, expanding any RRULE up to the given date.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const [file, until] = process.argv.slice(2);
const component = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
for (const vtimezone of component.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
}
const london = ICAL.TimezoneService.get("Europe/London");
const limit = ICAL.Time.fromDateTimeString(until);
const out = [];
for (const vevent of component.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(vevent);
  const iterator = event.iterator();
  for (let next = iterator.next(); next && next.compare(limit) < 0; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    const start = details.startDate;
    out.push({
      uid: event.uid,
      summary: event.summary,
      status: vevent.getFirstPropertyValue("status"),
      sequence: event.sequence,
      start_utc: start.toUnixTime(),
      start_london: start.convertToZone(london).toString(),
      end_london: details.endDate.convertToZone(london).toString(),
    });
    if (!event.isRecurring()) break;
  }
}
console.log(JSON.stringify(out));
