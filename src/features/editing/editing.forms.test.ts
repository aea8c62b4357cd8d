import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT } from "../../../test/property.ts";
import { z } from "zod";
import { aPlace, aVisit } from "../../../test/factories.ts";
import { expectRoundTrip, formHtml } from "../../../test/form-round-trip.ts";
import { formFields } from "../../../test/form-fields.ts";
import { parseForm } from "../../web/admin/forms/form-parse.ts";
import { fullRecords } from "../../../test/full-records.ts";
import { noChoices, type FormChoices } from "./editing.form-fields.ts";
import { formFor } from "./editing.forms.ts";
import { DOCUMENT_SCHEMAS } from "./editing.schemas.ts";
import { datasetSchema, placeSchema } from "../dataset/dataset.schemas.ts";
import { RECORD_KINDS, type RecordKind } from "./editing.types.ts";

const SCHEMAS: Record<RecordKind, z.ZodType> = DOCUMENT_SCHEMAS;

const someChoices: FormChoices = {
  ...noChoices(),
  ownPlaces: [{ value: "caen", label: { en: "Caen", fr: "Caen" } }],
  themes: [{ value: "resistance", label: { en: "Resistance", fr: "Résistance" } }, { value: "liberation", label: { en: "Liberation", fr: "Libération" } }],
  events: [{ value: "liberation-of-paris", label: { en: "Liberation of Paris", fr: "Libération de Paris" } }],
};

describe("the form of every kind", () => {
  for (const kind of RECORD_KINDS) {
    it(`round-trips any values a ${kind} form can hold`, async () => {
      await expectRoundTrip(formFor(kind, { choices: someChoices, creating: false }), 25);
    }, PROPERTY_TIMEOUT);
  }

  it("gives back records of every kind with every optional fact exactly, once validated", async () => {
    const dataset = datasetSchema.parse(fullRecords());
    const documents: [RecordKind, Record<string, unknown>][] = [
      ...dataset.places.map((d) => ["place", d] as [RecordKind, Record<string, unknown>]),
      ...dataset.exhibitions.map(({ rooms: _rooms, ...d }) => ["exhibition", d] as [RecordKind, Record<string, unknown>]),
      ...dataset.exhibitions.flatMap((e) => e.rooms.map((r) => ["room", { ...r, exhibition: e.slug }] as [RecordKind, Record<string, unknown>])),
      ...dataset.objects.map((d) => ["object", d] as [RecordKind, Record<string, unknown>]),
      ...dataset.people.map((d) => ["person", d] as [RecordKind, Record<string, unknown>]),
      ...dataset.events.map((d) => ["event", d] as [RecordKind, Record<string, unknown>]),
      ...dataset.themes.map((d) => ["theme", d] as [RecordKind, Record<string, unknown>]),
    ];
    expect(new Set(documents.map(([k]) => k))).toEqual(new Set(RECORD_KINDS));
    for (const [kind, doc] of documents) {
      const form = formFor(kind, { choices: noChoices(), creating: false });
      const parsed = parseForm(form, formFields(await formHtml(form, doc)));
      // Publication is not edited in the form: the pages keep the record's status.
      const again = SCHEMAS[kind].parse({ ...parsed, status: doc.status });
      expect([kind, doc.slug, again]).toEqual([kind, doc.slug, doc]);
    }
  });

  it("gives back a place's timed visits exactly: free, priced or price not stated, requirements, several weekly patterns", async () => {
    const place = placeSchema.parse(aPlace({
      slug: "museum",
      visits: [
        aVisit({ slug: "free-tour", price: "free", languages: ["de", "fr"], channels: ["online", "onsite"], description: { en: "A tour", fr: "Une visite" } }),
        aVisit({
          slug: "paid-tour", price: { amountCents: 850 }, partySize: { min: 2, max: 4 }, capacity: 8, bookingHorizonDays: 30, factsSource: "The museum",
          requirements: { steps: 12, minimumAge: 8, headset: true, notes: { en: "Warm clothes", fr: "Vêtements chauds" } },
          schedule: [{ days: ["sat", "sun"], times: ["10:00", "15:30"], validFrom: "2026-04-01", validUntil: "2026-09-30" }, { days: ["wed"], times: ["14:00"] }],
        }),
        aVisit({ slug: "desk-tour", languages: [], channels: ["onsite"], requirements: { stepFree: true } }),
      ],
    }));
    const form = formFor("place", { choices: noChoices(), creating: false });
    const again = SCHEMAS.place.parse({ ...parseForm(form, formFields(await formHtml(form, place))), status: place.status });
    expect(again).toEqual(place);
    expect((again as typeof place).visits.map((v) => v.price)).toEqual([{ free: true }, { amountCents: 850 }, undefined]);
  });
});
