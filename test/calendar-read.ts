/** A calendar file as a calendar app reads it: ical.js, with the file's own VTIMEZONE registered. */
import ICAL from "ical.js";

export function readCalendarEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  ICAL.TimezoneService.reset();
  return {
    method: calendar.getFirstPropertyValue("method"), uid: event.uid, start: event.startDate, end: event.endDate,
    status: vevent.getFirstPropertyValue("status"), sequence: event.sequence, description: event.description,
    stamp: (vevent.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate().toISOString(),
  };
}
