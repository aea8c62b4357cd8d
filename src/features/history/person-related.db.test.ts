import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, anEvent, anObject, storeRecords } from "../../../test/factories.ts";
import { visibleText } from "../../../test/page-html.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    people: [aPerson({ slug: "moulin", name: "Jean Moulin" }), aPerson({ slug: "sasse", name: "Antoinette Sasse" }),
      aPerson({ slug: "delestraint", name: "Charles Delestraint" }), aPerson({ slug: "hidden", name: "Hidden Person", status: "draft" }),
      aPerson({ slug: "alone", name: "Alone" })],
    events: [
      anEvent({ slug: "arrest", title: { en: "Arrest at Caluire", fr: "Arrestation de Caluire" }, people: [{ person: "moulin" }, { person: "delestraint" }, { person: "hidden" }] }),
      anEvent({ slug: "founding", title: { en: "Founding of the CNR", fr: "Fondation du CNR" } }),
      anEvent({ slug: "draft-event", status: "draft", people: [{ person: "moulin" }, { person: "alone" }] }),
    ],
    places: [aPlace({ slug: "museum" })],
    objects: [
      anObject("museum", { slug: "hat", title: { en: "The hat", fr: "Le chapeau" }, people: [{ person: "moulin" }, { person: "sasse" }], events: ["founding"] }),
      anObject("museum", { slug: "report", title: { en: "Police report", fr: "Rapport de police" }, type: "document", events: ["arrest"] }),
      anObject("museum", { slug: "draft-object", status: "draft", events: ["arrest"] }),
    ],
  });
});
afterAll(() => t.handle.close());

async function relatedOf(path: string) {
  const { status, html } = await t.getHtml(path);
  expect(status).toBe(200);
  const start = html.indexOf('id="related"');
  if (start < 0) return undefined;
  const section = html.slice(start, html.indexOf("</section>", start));
  return [...section.matchAll(/<li><a href="([^"]+)"[^>]*>([^<]*)<\/a>([\s\S]*?)<ul class="shares">([\s\S]*?)<\/ul>/g)].map((m) =>
    `${m[1]} ${visibleText(m[3]!).trim()} ${[...m[4]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((s) => visibleText(s[1]!).trim()).join("; ")}`);
}

describe("Related on a person page", () => {
  it("lists the objects, events and other people that share an event or an object with them", async () => {
    // Objects, then events, then people (each sharing one thing), by label.
    expect(await relatedOf("/en/people/moulin")).toEqual([
      "/en/objects/report (Document) Same event: Arrest at Caluire",
      "/en/events/founding (Event) Same object: The hat",
      "/en/people/sasse (Person) Same object: The hat",
      "/en/people/delestraint (Person) Same event: Arrest at Caluire",
    ]);
  });

  it("speaks French at /fr", async () => {
    expect(await relatedOf("/fr/people/sasse")).toEqual([
      "/fr/events/founding (Événement) Même objet : Le chapeau",
      "/fr/people/moulin (Personne) Même objet : Le chapeau",
    ]);
  });

  it("leaves out unpublished records and has no section when nothing is shared", async () => {
    const all = (await relatedOf("/en/people/moulin"))!.join("\n");
    expect(all).not.toContain("hidden");
    expect(all).not.toContain("draft-object");
    expect(all).not.toContain("/en/people/alone");
    expect(await relatedOf("/en/people/alone")).toBeUndefined();
  });
});
