/** Timed visits in the dataset format: what is refused and where, what is normalised, the rows they become, and the shelter visit shipped. */
import { describe, expect, it } from "vitest";
import { aPlace, aVisit } from "../../../test/factories.ts";
import type { bookingOffers } from "../../db/schema/bookings.ts";
import { issuesToFieldErrors } from "../../web/admin/forms/form-errors.ts";
import { generateSlots } from "../booking/slot-rules.ts";
import { visitDocument } from "./dataset-documents.ts";
import { visitRow } from "./dataset-rows.ts";
import { DatasetError, loadDatasetFolder } from "./dataset.loader.ts";
import { placeSchema, visitSchema } from "./dataset.schemas.ts";
import { DEFAULT_DATASET_DIR, parseDatasetJson } from "./dataset.service.ts";

/** The problems an import of one place with these visits reports, as "path: message". */
function importProblems(visits: unknown[]): string[] {
  try {
    parseDatasetJson(JSON.stringify({ places: [aPlace({ slug: "museum", visits: visits as never })] }), "file.json");
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("a visit that cannot be stored is refused with the path of its field", () => {
  it("a party larger than a slot", () => {
    expect(importProblems([aVisit({ capacity: 4, partySize: { max: 6 } })])).toEqual([
      "places.0.visits.0.partySize.max: the largest party must not be larger than the capacity of a slot",
    ]);
    expect(importProblems([aVisit({ partySize: { min: 5, max: 2 } })])).toEqual([
      "places.0.visits.0.partySize.min: the smallest party must not be larger than the largest",
    ]);
  });

  it("a start time given twice, and a pattern that ends before it starts", () => {
    const schedule = [{ days: ["sat"], times: ["10:00", "10:30", "10:30"], validFrom: "2026-06-01", validUntil: "2026-05-01" }];
    expect(importProblems([aVisit({ schedule: schedule as never })])).toEqual([
      'places.0.visits.0.schedule.0.times.2: start time "10:30" is listed twice',
      "places.0.visits.0.schedule.0.validUntil: validUntil must not be before validFrom",
    ]);
  });

  it("an unknown channel, no channel at all, and a time or language written wrong", () => {
    expect(importProblems([aVisit({ channels: ["online", "phone"] as never })])).toEqual([
      expect.stringMatching(/^places\.0\.visits\.0\.channels\.1: Invalid option: expected one of "online"\|"onsite"/),
    ]);
    expect(importProblems([aVisit({ channels: [] })])).toEqual(["places.0.visits.0.channels: choose at least one channel: online or onsite"]);
    expect(importProblems([aVisit({ languages: ["french"], schedule: [{ days: ["sun"], times: ["9h30"] }] })])).toEqual([
      "places.0.visits.0.languages.0: must be a two-letter language code, e.g. fr",
      "places.0.visits.0.schedule.0.times.0: must be a time written HH:MM, e.g. 10:00",
    ]);
  });

  it("two visits of a place with one slug, and a price that is both free and paid", () => {
    expect(importProblems([aVisit({ slug: "tour" }), aVisit({ slug: "tour" })])).toEqual(['places.0.visits.1.slug: visit "tour" is listed twice']);
    expect(importProblems([aVisit({ price: { free: true, amountCents: 500 } })])).toEqual(["places.0.visits.0.price.amountCents: a free visit has no price"]);
    expect(importProblems([aVisit({ durationMinutes: 0, bookingHorizonDays: 400 })]).map((p) => p.split(":")[0])).toEqual([
      "places.0.visits.0.durationMinutes", "places.0.visits.0.bookingHorizonDays",
    ]);
  });

  it("shows the editor each of these in French beside the field", () => {
    const result = placeSchema.safeParse(aPlace({ slug: "museum", visits: [aVisit({ capacity: 4, partySize: { max: 6 } })] }));
    expect(result.success).toBe(false);
    expect(issuesToFieldErrors(result.error!.issues, "fr")).toEqual({
      "visits.0.partySize.max": "Le groupe maximum ne doit pas dépasser le nombre de places par créneau.",
    });
  });
});

describe("a visit as written and as stored", () => {
  it("reads the shorthands and keeps sets in one order: price free, languages sorted, days in week order", () => {
    const visit = visitSchema.parse(aVisit({
      price: "free", languages: ["fr", "en", "fr"], channels: ["onsite", "online"], schedule: [{ days: ["sun", "tue"], times: ["14:00", "10:00"] }],
    }));
    expect(visit).toMatchObject({
      price: { free: true }, languages: ["en", "fr"], channels: ["online", "onsite"], schedule: [{ days: ["tue", "sun"], times: ["14:00", "10:00"] }],
      partySize: { min: 1, max: 10 }, requirements: { stepFree: false, headset: false }, bookingHorizonDays: 60,
    });
  });

  it("becomes an offer row with weekly patterns numbered Monday = 1, and comes back from it unchanged", () => {
    const visits = [
      aVisit({ price: { amountCents: 850 }, requirements: { steps: 12, minimumAge: 8, headset: true, notes: { en: "Warm clothes", fr: "Vêtements chauds" } } }),
      aVisit({ price: "free", description: { fr: "Une visite" }, factsSource: "Set by the museum",
        schedule: [{ days: ["mon", "sun"], times: ["09:15"], validFrom: "2026-04-01", validUntil: "2026-09-30" }] }),
      aVisit({ languages: [], channels: ["onsite"] }),
    ].map((v) => visitSchema.parse(v));
    for (const [position, visit] of visits.entries()) {
      const row = { id: 1, archivedAt: null, ...visitRow(visit, 7, position) } as typeof bookingOffers.$inferSelect;
      expect(visitSchema.parse(visitDocument(row))).toEqual(visit);
    }
    const stored = visitRow(visits[1]!, 7, 1);
    expect(stored).toMatchObject({ placeId: 7, position: 1, isFree: true, priceCents: null, patterns: [{ weekdays: [1, 7], startTimes: ["09:15"], validFrom: "2026-04-01", validUntil: "2026-09-30" }] });
    expect(visitRow(visits[0]!, 7, 0)).toMatchObject({ isFree: false, priceCents: 850, requirements: { steps: 12, stepFree: false, minimumAge: 8, headset: true } });
    expect(visitRow(visits[2]!, 7, 2)).toMatchObject({ isFree: false, priceCents: null, description: null });
  });
});

describe("the shipped dataset", () => {
  it("offers the underground shelter visit of the Musée de la Libération: 30 minutes, booked at the museum only, 99 steps, headsets", async () => {
    const dataset = await loadDatasetFolder(DEFAULT_DATASET_DIR);
    const museum = dataset.places.find((p) => p.slug === "musee-liberation-paris")!;
    expect(museum.visits.map((v) => v.slug)).toEqual(["underground-shelter-visit"]);
    const shelter = museum.visits[0]!;
    expect(shelter.title).toEqual({ en: "The underground shelter of the resistance", fr: "L'abri souterrain de la Résistance" });
    expect(shelter).toMatchObject({ durationMinutes: 30, channels: ["onsite"], requirements: { steps: 99, stepFree: false, headset: true } });
    expect(shelter.price).toBeUndefined();
    expect(shelter.requirements.minimumAge).toBeUndefined();
    expect(shelter.description?.en).toContain("sign up for a visit as soon as you arrive at the museum");
    expect(shelter.description?.fr).toContain("inscrivez-vous pour une visite dès votre arrivée au musée");
    expect(shelter.factsSource).toMatch(/project's operational defaults, not from the seed/);
    // No other place is bookable: the seed pages describe no other timed visit.
    expect(dataset.places.filter((p) => p.visits.length > 0).map((p) => p.slug)).toEqual(["musee-liberation-paris"]);
  });

  it("starts the shelter visit every half hour from 10:00, the last at 17:30 ending at closing time", async () => {
    const dataset = await loadDatasetFolder(DEFAULT_DATASET_DIR);
    const museum = dataset.places.find((p) => p.slug === "musee-liberation-paris")!;
    const row = { id: 1, archivedAt: null, ...visitRow(museum.visits[0]!, 1, 0) } as typeof bookingOffers.$inferSelect;
    const hours = museum.openingHours.flatMap((h) => h.days.map((d) => ({
      weekday: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(d) + 1, opens: h.opens, closes: h.closes,
    })));
    const week = generateSlots({ schedule: { timeZone: museum.timeZone, weekly: hours, exceptions: [] }, patterns: row.patterns, durationMinutes: row.durationMinutes },
      "2026-11-23", "2026-11-29");
    expect(week).toHaveLength(6 * 16);
    const tuesday = week.filter((s) => s.date === "2026-11-24");
    expect([tuesday[0]!.time, tuesday.at(-1)!.time, tuesday.at(-1)!.endIso]).toEqual(["10:00", "17:30", "2026-11-24T18:00:00+01:00"]);
  });
});
