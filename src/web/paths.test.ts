import { describe, expect, it } from "vitest";
import { adminPaths, adminUrl, splitAdminPath } from "./admin/admin-paths.ts";
import { apiPaths, paths } from "./paths.ts";

describe("paths", () => {
  it("builds the public pages' addresses in both languages", () => {
    expect(paths.home("en")).toBe("/en/");
    expect(paths.place("fr", "musee-liberation-paris")).toBe("/fr/places/musee-liberation-paris");
    expect(paths.room("en", "salle-1")).toBe("/en/rooms/salle-1");
    expect(paths.visit("fr", "p", "v")).toBe("/fr/places/p/visits/v");
    expect(paths.places("en", "museum")).toBe("/en/places?kind=museum");
    expect(paths.places("fr")).toBe("/fr/places");
    expect(paths.record("fr", "person", "jean-moulin")).toBe("/fr/people/jean-moulin");
    expect(paths.timelineEvent("en", "liberation")).toBe("/en/timeline#event-liberation");
  });

  it("encodes a data segment holding an apostrophe, a space or a slash", () => {
    expect(paths.place("fr", "l'atelier de Paris")).toBe("/fr/places/l'atelier%20de%20Paris");
    expect(paths.person("en", "a/b c")).toBe("/en/people/a%2Fb%20c");
    expect(paths.bookingCancel("fr", "AB CD")).toBe("/fr/bookings/AB%20CD/cancel");
    expect(apiPaths.place("l'atelier de Paris")).toBe("/api/places/l'atelier%20de%20Paris");
    expect(apiPaths.record("event", "a b")).toBe("/api/events/a%20b");
    expect(adminPaths.record("en", "room", "salle d'armes")).toBe("/admin/en/content/room/salle%20d'armes");
    expect(adminPaths.desk("fr", "a b", "/bookings")).toBe("/admin/fr/desk/a%20b/bookings");
  });

  it("builds back office addresses that read back to their language and page", () => {
    expect(adminUrl("fr", "/")).toBe("/admin/fr/");
    expect(adminPaths.records("en", "place")).toBe("/admin/en/content/place");
    expect(adminPaths.accountAction("fr", 7, "disable")).toBe("/admin/fr/accounts/7/disable");
    expect(splitAdminPath(adminPaths.record("fr", "theme", "resistance"))).toEqual(["fr", "/content/theme/resistance"]);
  });
});
