import { describe, expect, it } from "vitest";
import { filterQuery, formatUtc, parseAuditFilters, shortUserAgent } from "./audit.filters.ts";

describe("parseAuditFilters", () => {
  it("turns Paris calendar days into UTC bounds (summer: UTC+2, winter: UTC+1)", () => {
    const summer = parseAuditFilters({ from: "2026-07-01", to: "2026-07-01" });
    expect(summer.criteria.fromUtc?.toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(summer.criteria.untilUtc?.toISOString()).toBe("2026-07-01T22:00:00.000Z");
    const winter = parseAuditFilters({ from: "2026-11-21" });
    expect(winter.criteria.fromUtc?.toISOString()).toBe("2026-11-20T23:00:00.000Z");
    expect(winter.problems).toEqual({});
  });

  it("the day the clocks go forward lasts 23 hours", () => {
    const { criteria } = parseAuditFilters({ from: "2026-03-29", to: "2026-03-29" });
    expect((criteria.untilUtc!.getTime() - criteria.fromUtc!.getTime()) / 3600_000).toBe(23);
  });

  it("reports bad dates, a reversed range, an unknown group and a bad place", () => {
    expect(parseAuditFilters({ from: "2026-02-30" }).problems).toEqual({ from: "date" });
    expect(parseAuditFilters({ from: "21/11/2026" }).problems).toEqual({ from: "date" });
    expect(parseAuditFilters({ from: "2026-11-21", to: "2026-11-20" }).problems).toEqual({ to: "range" });
    expect(parseAuditFilters({ group: "everything" }).problems).toEqual({ group: "group" });
    expect(parseAuditFilters({ place: "1 or 1=1" }).problems).toEqual({ place: "place" });
  });

  it("reads the other filters and the cursor", () => {
    const parsed = parseAuditFilters({ actor: " Alice@Example.org ", action: "place.update", kind: "place", key: "musee", place: "3", group: "changes", older: "120" });
    expect(parsed.criteria).toEqual({ actorContains: "alice@example.org", action: "place.update", entityKind: "place", entityKey: "musee", placeId: 3, group: "changes" });
    expect(parsed.cursor).toEqual({ older: 120 });
    expect(parseAuditFilters({ newer: "7" }).cursor).toEqual({ newer: 7 });
    expect(parseAuditFilters({ older: "x" }).cursor).toEqual({ newest: true });
  });
});

describe("filterQuery", () => {
  it("keeps the filters given and adds the cursor", () => {
    const { input } = parseAuditFilters({ action: "sign_in", from: "2026-01-01" });
    expect(filterQuery(input)).toBe("?action=sign_in&from=2026-01-01");
    expect(filterQuery(input, { older: 5 })).toBe("?action=sign_in&from=2026-01-01&older=5");
    expect(filterQuery(parseAuditFilters({}).input)).toBe("");
  });
});

describe("formatting", () => {
  it("writes instants in UTC with the zone", () => {
    expect(formatUtc(new Date("2026-11-21T08:15:03.456Z"))).toBe("2026-11-21 08:15:03 UTC");
  });
  it("shortens user agents", () => {
    expect(shortUserAgent("a".repeat(100), 10)).toBe(`${"a".repeat(9)}…`);
    expect(shortUserAgent(null)).toBe("");
  });
});
