import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { aTicket } from "../../../test/tickets.ts";
import { bookingCancelledMessage, bookingConfirmedMessage } from "./booking-messages.ts";

const confirmed = { cancelled: false, changedAt: new Date("2026-03-20T08:00:00Z") };
const cancelled = { cancelled: true, changedAt: new Date("2026-03-21T08:00:00Z") };

const french = aTicket({
  lang: "fr",
  offerTitle: "Visite du poste de commandement du colonel Rol-Tanguy",
  localDateText: "samedi 28 mars 2026",
  requirements: ["100 marches à descendre et à remonter.", "À partir de 12\u00a0ans."],
  ticketUrl: "https://memorial.example.org/fr/bookings/K7QM3XPD?secret=abc",
  cancelUrl: "https://memorial.example.org/fr/bookings/K7QM3XPD/cancel?secret=abc",
});

describe("the confirmation message", () => {
  it("tells the visitor, in English, when and where to come, with their code, the links and the .ics", () => {
    const m = bookingConfirmedMessage(aTicket(), "ada@example.org", confirmed);
    expect(m.kind).toBe("booking_confirmed");
    expect(m.toAddress).toBe("ada@example.org");
    expect(m.subject).toBe("Booking confirmed: Guided tour of the command post of Colonel Rol-Tanguy, 26 metres underground, Saturday 28 March 2026 at 10:00");
    expect(m.textBody).toContain("Hello Ada Lovelace,");
    expect(m.textBody).toContain("When: Saturday 28 March 2026 at 10:00");
    expect(m.textBody).toContain("Party: 3 people");
    expect(m.textBody).toContain("Booking code: K7QM-3XPD");
    expect(m.textBody).toContain("- Not step-free (no wheelchair access).");
    expect(m.textBody).toContain("Cancel the booking: https://memorial.example.org/en/bookings/K7QM3XPD/cancel?secret=abc");
    expect(m.htmlBody).toContain('<a href="https://memorial.example.org/en/bookings/K7QM3XPD/cancel?secret=abc">Cancel the booking</a>');
    expect(m.attachments).toHaveLength(1);
    expect(m.attachments![0]).toMatchObject({ filename: "visit-K7QM-3XPD.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH" });
    expect(m.attachments![0]!.content).toContain("DTSTART;TZID=Europe/Paris:20260328T100000");
  });

  it("is in French for a booking made in French, with French typography", () => {
    const m = bookingConfirmedMessage(french, "ada@example.org", confirmed);
    expect(m.subject).toBe("Réservation confirmée\u00a0: Visite du poste de commandement du colonel Rol-Tanguy, samedi 28 mars 2026 à 10:00");
    expect(m.textBody).toContain("Bonjour Ada Lovelace,");
    expect(m.textBody).toContain("Votre réservation est confirmée.");
    expect(m.textBody).toContain("Groupe\u00a0: 3\u00a0personnes");
    expect(m.textBody).toContain("Avant de venir\u00a0:\n- 100 marches à descendre et à remonter.");
    expect(m.textBody).not.toMatch(/\b(Hello|Booking|Cancel|Party|When)\b/);
    expect(m.htmlBody).toContain('<html lang="fr">');
    expect(m.htmlBody).toContain("Annuler la réservation");
    expect(m.attachments![0]!.content).toContain("Code de réservation\u00a0: K7QM-3XPD");
  });

  it("escapes what the visitor typed in the HTML part and loads nothing from elsewhere", () => {
    const m = bookingConfirmedMessage(aTicket({ name: `<script>alert("x")</script> & <img src=x onerror=alert(1)>` }), "ada@example.org", confirmed);
    expect(m.htmlBody).not.toContain("<script>");
    expect(m.htmlBody).not.toContain("<img");
    expect(m.htmlBody).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
    expect(m.textBody).toContain(`Hello <script>alert("x")</script>`);
    expect(bookingConfirmedMessage(aTicket(), "ada@example.org", confirmed).htmlBody).not.toMatch(/<(img|link|script|iframe|object)\b|\ssrc=|url\(/);
  });

  it("leaves out the requirements heading when there is nothing to know", () => {
    const m = bookingConfirmedMessage(aTicket({ requirements: [] }), "ada@example.org", confirmed);
    expect(m.textBody).not.toContain("Before you come");
    expect(m.htmlBody).not.toContain("Before you come");
  });
});

describe("the cancellation message", () => {
  it("says the booking is cancelled, in the booking's language, without links to a booking that is over", () => {
    const en = bookingCancelledMessage(aTicket(), "ada@example.org", cancelled);
    expect(en.kind).toBe("booking_cancelled");
    expect(en.subject).toBe("Booking cancelled: Guided tour of the command post of Colonel Rol-Tanguy, 26 metres underground, Saturday 28 March 2026 at 10:00");
    expect(en.textBody).toContain("Your booking has been cancelled.");
    const fr = bookingCancelledMessage(french, "ada@example.org", cancelled);
    expect(fr.subject).toMatch(/^Réservation annulée\u00a0: /);
    expect(fr.textBody).toContain("Votre réservation a été annulée.");
    for (const m of [en, fr]) {
      expect(`${m.textBody}${m.htmlBody}${m.attachments![0]!.content}`).not.toContain("http");
    }
  });
});

describe("the cancellation's calendar part", () => {
  it("cancels the confirmation's event: METHOD:CANCEL, the same UID, STATUS CANCELLED and a higher SEQUENCE", () => {
    const event = (ics: string) => {
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const vevent = calendar.getFirstSubcomponent("vevent")!;
      return { method: calendar.getFirstPropertyValue("method"), uid: vevent.getFirstPropertyValue("uid"), status: vevent.getFirstPropertyValue("status"), sequence: Number(vevent.getFirstPropertyValue("sequence")) };
    };
    const confirmation = bookingConfirmedMessage(aTicket(), "ada@example.org", confirmed).attachments![0]!;
    const cancellation = bookingCancelledMessage(aTicket(), "ada@example.org", cancelled).attachments![0]!;
    expect(cancellation).toMatchObject({ filename: "visit-K7QM-3XPD.ics", contentType: "text/calendar; charset=utf-8; method=CANCEL" });
    const before = event(confirmation.content as string);
    const after = event(cancellation.content as string);
    expect(before).toMatchObject({ method: "PUBLISH", status: "CONFIRMED", sequence: 0 });
    expect(after).toMatchObject({ method: "CANCEL", uid: before.uid, status: "CANCELLED" });
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });
});
