/** Cross-record rules of a dataset that one record's schema cannot see: unique slugs, references that resolve. */
import type { Dataset } from "./dataset.schemas.ts";

export interface DatasetIssue {
  /** Where in the dataset, e.g. ["places", 0, "partners", 2, "place"]. */
  path: (string | number)[];
  message: string;
}

function duplicates(kind: string, slugs: string[], issues: DatasetIssue[], section: string) {
  const seen = new Set<string>();
  slugs.forEach((s, i) => {
    if (seen.has(s)) issues.push({ path: [section, i, "slug"], message: `${kind} slug "${s}" is used twice; slugs are unique per kind` });
    seen.add(s);
  });
}

/** Returns every broken rule; an empty list means the dataset can be loaded. */
export function findReferenceIssues(data: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const rooms = data.exhibitions.flatMap((e) => e.rooms);
  const mediaSlugs = [
    ...data.places.flatMap((p) => p.media), ...data.exhibitions.flatMap((e) => e.media),
    ...rooms.flatMap((r) => [...r.media, ...r.sections.flatMap((s) => s.media)]),
    ...data.objects.flatMap((o) => o.media), ...data.people.flatMap((p) => p.media), ...data.events.flatMap((e) => e.media),
  ].map((m) => m.slug);

  duplicates("theme", data.themes.map((t) => t.slug), issues, "themes");
  duplicates("person", data.people.map((p) => p.slug), issues, "people");
  duplicates("event", data.events.map((e) => e.slug), issues, "events");
  duplicates("place", data.places.map((p) => p.slug), issues, "places");
  duplicates("exhibition", data.exhibitions.map((e) => e.slug), issues, "exhibitions");
  duplicates("object", data.objects.map((o) => o.slug), issues, "objects");
  const roomSeen = new Set<string>();
  data.exhibitions.forEach((e, i) => e.rooms.forEach((r, j) => {
    if (roomSeen.has(r.slug)) issues.push({ path: ["exhibitions", i, "rooms", j, "slug"], message: `room slug "${r.slug}" is used twice; slugs are unique per kind` });
    roomSeen.add(r.slug);
  }));
  duplicates("medium", mediaSlugs, issues, "media");

  const known = {
    theme: new Set(data.themes.map((t) => t.slug)),
    person: new Set(data.people.map((p) => p.slug)),
    event: new Set(data.events.map((e) => e.slug)),
    place: new Set(data.places.map((p) => p.slug)),
    object: new Set(data.objects.map((o) => o.slug)),
  };
  const check = (kind: keyof typeof known, value: string | undefined, path: (string | number)[]) => {
    if (value !== undefined && !known[kind].has(value)) issues.push({ path, message: `no ${kind} has the slug "${value}"` });
  };
  const checkThemes = (slugs: string[], path: (string | number)[]) =>
    slugs.forEach((s, i) => check("theme", s, [...path, "themes", i]));

  data.places.forEach((p, i) => {
    const at = ["places", i];
    const ownExhibitions = data.exhibitions.filter((e) => e.place === p.slug);
    const ownRooms = new Set(ownExhibitions.flatMap((e) => e.rooms.map((r) => r.slug)));
    p.partners.forEach((x, j) => {
      check("place", x.place, [...at, "partners", j, "place"]);
      if (x.place === p.slug) issues.push({ path: [...at, "partners", j, "place"], message: "a place cannot be its own partner" });
    });
    p.suggestions.forEach((x, j) => check("place", x.place, [...at, "suggestions", j, "place"]));
    p.admission.forEach((x, j) => {
      if (x.exhibition !== undefined && !ownExhibitions.some((e) => e.slug === x.exhibition)) {
        issues.push({ path: [...at, "admission", j, "exhibition"], message: `"${x.exhibition}" is not an exhibition of ${p.slug}` });
      }
    });
    p.accessibility.forEach((x, j) => {
      if (x.room !== undefined && !ownRooms.has(x.room)) {
        issues.push({ path: [...at, "accessibility", j, "room"], message: `"${x.room}" is not a room of ${p.slug}` });
      }
    });
    checkThemes(p.themes, at);
  });
  data.exhibitions.forEach((e, i) => {
    check("place", e.place, ["exhibitions", i, "place"]);
    checkThemes(e.themes, ["exhibitions", i]);
    e.rooms.forEach((r, j) => {
      r.objects.forEach((o, k) => check("object", o, ["exhibitions", i, "rooms", j, "objects", k]));
      r.events.forEach((x, k) => check("event", x, ["exhibitions", i, "rooms", j, "events", k]));
      checkThemes(r.themes, ["exhibitions", i, "rooms", j]);
    });
  });
  data.objects.forEach((o, i) => {
    const at = ["objects", i];
    check("place", o.holder, [...at, "holder"]);
    check("object", o.partOf, [...at, "partOf"]);
    if (o.partOf === o.slug) issues.push({ path: [...at, "partOf"], message: "an object cannot be part of itself" });
    o.people.forEach((x, j) => check("person", x.person, [...at, "people", j, "person"]));
    o.events.forEach((x, j) => check("event", x, [...at, "events", j]));
    o.places.forEach((x, j) => check("place", x, [...at, "places", j]));
    checkThemes(o.themes, at);
  });
  data.people.forEach((p, i) => {
    check("place", p.owner, ["people", i, "owner"]);
    p.roles.forEach((r, j) => check("place", r.place, ["people", i, "roles", j, "place"]));
  });
  data.events.forEach((e, i) => {
    check("place", e.owner, ["events", i, "owner"]);
    check("place", e.location?.place, ["events", i, "location", "place"]);
    e.people.forEach((x, j) => check("person", x.person, ["events", i, "people", j, "person"]));
    checkThemes(e.themes, ["events", i]);
  });
  return issues;
}
