import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, aRoom, anEvent, anExhibition, anObject, storeRecords } from "../../../test/factories.ts";
import { visibleText } from "../../../test/page-html.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await storeRecords(t.handle.db, {
    people: [aPerson({ slug: "moulin", name: "Jean Moulin" }), aPerson({ slug: "sasse", name: "Antoinette Sasse" }),
      aPerson({ slug: "hidden", name: "Hidden Person", status: "draft" })],
    events: [
      anEvent({ slug: "uprising", title: { en: "Paris uprising", fr: "Insurrection parisienne" }, people: [{ person: "sasse" }] }),
      anEvent({ slug: "arrest", title: { en: "Arrest at Caluire", fr: "Arrestation de Caluire" }, people: [{ person: "moulin" }] }),
      anEvent({ slug: "draft-event", status: "draft", people: [{ person: "moulin" }] }),
    ],
    places: [aPlace({ slug: "museum" }), aPlace({ slug: "draft-place", status: "draft" })],
    exhibitions: [anExhibition("museum", { rooms: [aRoom({ slug: "shelter", title: { en: "The shelter", fr: "L'abri" }, objects: ["letter", "radio"] })] })],
    objects: [
      anObject("museum", { slug: "group", type: "collection", title: { en: "The group", fr: "L'ensemble" }, people: [{ person: "moulin" }] }),
      anObject("museum", { slug: "letter", partOf: "group", title: { en: "A letter", fr: "Une lettre" },
        people: [{ person: "moulin" }, { person: "hidden" }], events: ["uprising"] }),
      anObject("museum", { slug: "scarf", type: "uniform", title: { en: "A scarf", fr: "Une écharpe" }, people: [{ person: "moulin" }], events: ["uprising"] }),
      anObject("museum", { slug: "radio", title: { en: "A radio", fr: "Un poste de radio" } }),
      anObject("museum", { slug: "draft-object", status: "draft", people: [{ person: "moulin" }] }),
      anObject("draft-place", { slug: "object-of-draft-place", people: [{ person: "moulin" }] }),
      anObject("museum", { slug: "hidden-twin", title: { en: "Twin", fr: "Jumeau" }, people: [{ person: "hidden" }] }),
    ],
  });
});
afterAll(() => t.handle.close());

/** The "Related" section's items: the record's label and what it shares. */
async function relatedOf(path: string) {
  const { status, html } = await t.getHtml(path);
  expect(status).toBe(200);
  const start = html.indexOf('id="related"');
  if (start < 0) return undefined;
  const section = html.slice(start, html.indexOf("</section>", start));
  return [...section.matchAll(/<li><a href="([^"]+)"[^>]*>([^<]*)<\/a>[\s\S]*?<ul class="shares">([\s\S]*?)<\/ul>/g)].map((m) => ({
    href: m[1], label: m[2], shares: [...m[3]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((s) => visibleText(s[1]!).trim()),
  }));
}

describe("Related on an object page", () => {
  it("lists the objects, events and people that share a person, an event or a room with it, with the reason", async () => {
    expect(await relatedOf("/en/objects/letter")).toEqual([
      { href: "/en/objects/scarf", label: "A scarf", shares: ["Same person: Jean Moulin", "Same event: Paris uprising"] },
      { href: "/en/objects/radio", label: "A radio", shares: ["Same room: The shelter"] },
      { href: "/en/events/arrest", label: "Arrest at Caluire", shares: ["Same person: Jean Moulin"] },
      { href: "/en/people/sasse", label: "Antoinette Sasse", shares: ["Same event: Paris uprising"] },
    ]);
  });

  it("says it in French", async () => {
    const related = await relatedOf("/fr/objects/letter");
    expect(related?.[0]).toEqual({ href: "/fr/objects/scarf", label: "Une écharpe", shares: ["Même personne : Jean Moulin", "Même événement : Insurrection parisienne"] });
  });

  it("never lists what the public does not see, nor the object's own group", async () => {
    const hrefs = (await relatedOf("/en/objects/letter"))!.map((r) => r.href);
    for (const hidden of ["/en/objects/draft-object", "/en/objects/object-of-draft-place", "/en/objects/hidden-twin", "/en/events/draft-event", "/en/objects/group"]) {
      expect(hrefs).not.toContain(hidden);
    }
  });

  it("has no Related section when nothing is shared", async () => {
    expect(await relatedOf("/en/objects/hidden-twin")).toBeUndefined();
  });
});
