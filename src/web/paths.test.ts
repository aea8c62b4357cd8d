import { describe, expect, it } from "vitest";
import { adminPagePaths, adminPaths, adminUrl, splitAdminPath } from "./admin/admin-paths.ts";
import { apiPaths, pagePaths, paths } from "./paths.ts";

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

  it("builds the pages' addresses within a language, and the full ones from them", () => {
    expect(pagePaths.home()).toBe("/");
    expect(pagePaths.place("musee-liberation-paris")).toBe("/places/musee-liberation-paris");
    expect(pagePaths.places("museum")).toBe("/places?kind=museum");
    expect(pagePaths.visit("p", "v")).toBe("/places/p/visits/v");
    expect(pagePaths.record("event", "liberation")).toBe("/events/liberation");
    expect(pagePaths.bookingForm({ slot: 12, party: 3 })).toBe("/bookings/new?slot=12&party=3");
    expect(pagePaths.booking("AB12CD34", "s/e cret")).toBe("/bookings/AB12CD34?secret=s%2Fe%20cret");
    expect(pagePaths.bookingCancel("AB12CD34")).toBe("/bookings/AB12CD34/cancel");
    expect(pagePaths.person("a/b c")).toBe("/people/a%2Fb%20c");
    expect(paths.home("fr")).toBe("/fr" + pagePaths.home());
    expect(paths.place("fr", "l'atelier")).toBe("/fr" + pagePaths.place("l'atelier"));
    expect(paths.record("en", "theme", "resistance")).toBe("/en" + pagePaths.record("theme", "resistance"));
    expect(paths.bookingCancel("en", "AB12CD34", "x")).toBe("/en" + pagePaths.bookingCancel("AB12CD34", "x"));
    expect(paths.bookingForm("fr", { slot: 1, party: 2 })).toBe("/fr" + pagePaths.bookingForm({ slot: 1, party: 2 }));
    expect(apiPaths.bookingCalendar("AB12CD34", "x")).toBe("/api/bookings/AB12CD34/calendar.ics?secret=x");
  });

  it("builds back office pages' addresses within a language, and the full ones from them", () => {
    expect(adminPagePaths.account(7)).toBe("/accounts/7");
    expect(adminPagePaths.accountAction(7, "disable")).toBe("/accounts/7/disable");
    expect(adminPagePaths.record("room", "salle d'armes")).toBe("/content/room/salle%20d'armes");
    expect(adminPagePaths.newRecord("place")).toBe("/content/place/new");
    expect(adminPagePaths.desk("musee", "2026-05-08")).toBe("/desk/musee?date=2026-05-08");
    expect(adminPagePaths.deskFind("musee", "dupont & co")).toBe("/desk/musee/find?q=dupont%20%26%20co");
    expect(adminPagePaths.deskFind("musee", "")).toBe("/desk/musee/find");
    expect(adminPagePaths.deskBooking("a b", "AB12CD34")).toBe("/desk/a%20b/bookings/AB12CD34");
    expect(adminPaths.record("fr", "theme", "resistance")).toBe(adminUrl("fr", adminPagePaths.record("theme", "resistance")));
    expect(adminPaths.account("en", 7)).toBe("/admin/en" + adminPagePaths.account(7));
    expect(adminPaths.deskBookingCancel("fr", "musee", "AB12CD34")).toBe("/admin/fr" + adminPagePaths.deskBookingCancel("musee", "AB12CD34"));
    expect(adminPaths.desk("fr", "musee", "/book")).toBe("/admin/fr" + adminPagePaths.deskBook("musee"));
    expect(adminPagePaths.deskBook("musee", { slot: 4, date: "2026-05-08" })).toBe("/desk/musee/book?slot=4&date=2026-05-08");
    expect(adminPaths.deskDay("en", "musee", "2026-05-08")).toBe("/admin/en" + adminPagePaths.desk("musee", "2026-05-08"));
    expect(adminPaths.deskBookingNoShow("en", "musee", "AB12CD34")).toBe("/admin/en/desk/musee/bookings/AB12CD34/no-show");
  });
});
