/**
 * The role matrix: every back office route × every role × a record of the actor's own institution,
 * of another one, and of the network, asserting exactly who may do what. Writes are sent with a
 * stale version or an incomplete form, so an allowed request ends in 400/409 (checked after the
 * permission) and changes nothing, while a refused one is 403. A route added to the back office
 * without a line here fails the first test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { aPerson, aPlace, aRoom, aTheme, anEvent, anExhibition, anObject, storeBooking, storeRecords } from "../../../test/factories.ts";
import { storeOffer } from "../../../test/booking-offers.ts";
import { getAs, postFormAs, signedInStaff, type SignedIn } from "../../../test/staff.ts";
import { readContentRevision } from "../../db/content-revision.ts";
import { rowsOf } from "../../db/database.ts";

type Who = "anonymous" | "administrator" | "editor" | "moderator" | "front_desk";
type Target = "own" | "other" | "network";
type Outcome = "allowed" | "refused" | "sign-in";

const OWN = "matrix-own-museum";
const OTHER = "matrix-other-museum";
const slugOf = (kind: string, target: Target) => `matrix-${kind}-${target}`;

/** Routes anyone may use (signing in), and routes for the signed-in person's own account. */
const PUBLIC_ROUTES = new Set([
  "GET /sign-in", "POST /sign-in", "GET /sign-in/second-factor", "POST /sign-in/second-factor", "GET /set-password", "POST /set-password",
]);
const SELF_ROUTES = new Set([
  "GET /:home{.{0}}", "GET /account", "POST /account/profile", "POST /account/password", "POST /account/totp/start",
  "POST /account/totp/confirm", "POST /account/totp/disable", "POST /account/recovery-codes", "POST /account/sign-out-everywhere",
  "POST /sign-out",
]);
const ADMIN_ROUTES: Record<string, { method: "GET" | "POST"; path: (accountId: number) => string }> = {
  "GET /accounts": { method: "GET", path: () => "/accounts" },
  "GET /accounts/new": { method: "GET", path: () => "/accounts/new" },
  "POST /accounts/new": { method: "POST", path: () => "/accounts/new" },
  "GET /accounts/:id{[0-9]{1,9}}": { method: "GET", path: (id) => `/accounts/${id}` },
  "POST /accounts/:id{[0-9]{1,9}}": { method: "POST", path: (id) => `/accounts/${id}` },
  "GET /accounts/:id{[0-9]{1,9}}/disable": { method: "GET", path: (id) => `/accounts/${id}/disable` },
  "POST /accounts/:id{[0-9]{1,9}}/disable": { method: "POST", path: (id) => `/accounts/${id}/disable` },
  "POST /accounts/:id{[0-9]{1,9}}/enable": { method: "POST", path: (id) => `/accounts/${id}/enable` },
  "POST /accounts/:id{[0-9]{1,9}}/link": { method: "POST", path: (id) => `/accounts/${id}/link` },
  "GET /audit": { method: "GET", path: () => "/audit" },
  "GET /audit/entries.csv": { method: "GET", path: () => "/audit/entries.csv" },
  "GET /data": { method: "GET", path: () => "/data" },
  "GET /data/export.json": { method: "GET", path: () => "/data/export.json" },
  "GET /data/collection.csv": { method: "GET", path: () => "/data/collection.csv" },
  "POST /data/import": { method: "POST", path: () => "/data/import" },
};
const KIND = ":kind{(?:place|exhibition|room|object|person|event|theme)}";
/** Routes on one record: what they need, and the form that reaches the permission check without changing anything. */
const RECORD_ROUTES: Record<string, { method: "GET" | "POST"; suffix: string; fields?: Record<string, string>; exhibitionOnly?: boolean }> = {
  [`GET /content/${KIND}/:slug`]: { method: "GET", suffix: "" },
  [`POST /content/${KIND}/:slug`]: { method: "POST", suffix: "", fields: { _version: "0" } },
  [`POST /content/${KIND}/:slug/publish`]: { method: "POST", suffix: "/publish", fields: { _version: "0" } },
  [`POST /content/${KIND}/:slug/unpublish`]: { method: "POST", suffix: "/unpublish", fields: { _version: "0" } },
  [`GET /content/${KIND}/:slug/delete`]: { method: "GET", suffix: "/delete" },
  [`POST /content/${KIND}/:slug/delete`]: { method: "POST", suffix: "/delete", fields: { _version: "0" } },
  [`GET /content/${KIND}/:slug/preview`]: { method: "GET", suffix: "/preview" },
  ["POST /content/exhibition/:slug/rooms-order"]: { method: "POST", suffix: "/rooms-order", fields: { _version: "0" }, exhibitionOnly: true },
};
const LIST_ROUTES = new Set([`GET /content/${KIND}`, `GET /content/${KIND}/new`, `POST /content/${KIND}/new`]);
/**
 * Front desk routes, on a place's desk and on one of its bookings. The booking is a cancelled one,
 * so an allowed write ends in 400/409 and changes nothing (check in, no-show and cancel refuse it).
 */
const DESK_ROUTES: Record<string, { method: "GET" | "POST"; path: (place: string, code: string) => string; fields?: (code: string) => Record<string, string> }> = {
  "GET /desk": { method: "GET", path: () => "/desk" },
  "GET /desk/:place": { method: "GET", path: (place) => `/desk/${place}` },
  "GET /desk/:place/find": { method: "GET", path: (place) => `/desk/${place}/find?q=matrix` },
  "GET /desk/:place/book": { method: "GET", path: (place) => `/desk/${place}/book` },
  "POST /desk/:place/book": { method: "POST", path: (place) => `/desk/${place}/book`, fields: () => ({ name: "" }) },
  "GET /desk/:place/check-in": { method: "GET", path: (place) => `/desk/${place}/check-in` },
  "POST /desk/:place/check-in": { method: "POST", path: (place) => `/desk/${place}/check-in`, fields: (code) => ({ code }) },
  "GET /desk/:place/bookings/:code": { method: "GET", path: (place, code) => `/desk/${place}/bookings/${code}` },
  "GET /desk/:place/bookings/:code/ticket": { method: "GET", path: (place, code) => `/desk/${place}/bookings/${code}/ticket` },
  "POST /desk/:place/bookings/:code/check-in": { method: "POST", path: (place, code) => `/desk/${place}/bookings/${code}/check-in` },
  "POST /desk/:place/bookings/:code/no-show": { method: "POST", path: (place, code) => `/desk/${place}/bookings/${code}/no-show` },
  "GET /desk/:place/bookings/:code/cancel": { method: "GET", path: (place, code) => `/desk/${place}/bookings/${code}/cancel` },
  "POST /desk/:place/bookings/:code/cancel": { method: "POST", path: (place, code) => `/desk/${place}/bookings/${code}/cancel` },
};
/** The cancelled booking of each place's desk (codes from the booking code alphabet). */
const DESK_CODES = { own: "MATRXWNA", other: "MATRXTHR" } as const;

/** Records of each kind and where they belong. Places and themes belong to no one but the network's administrators. */
const RECORDS: { kind: string; target: Target }[] = [
  { kind: "place", target: "own" }, { kind: "place", target: "other" },
  ...(["exhibition", "room", "object", "person", "event"] as const).flatMap((kind) => [
    { kind, target: "own" as const }, { kind, target: "other" as const },
  ]),
  { kind: "person", target: "network" }, { kind: "event", target: "network" }, { kind: "theme", target: "network" },
];
const placeSlug = (target: Target) => (target === "own" ? OWN : OTHER);
const recordSlug = (kind: string, target: Target) => (kind === "place" ? placeSlug(target) : slugOf(kind, target));

/** The rule the matrix asserts: administrators everything; an editor their own place's content; the others no content at all. */
function expected(who: Who, target: Target | "admin" | "self"): Outcome {
  if (who === "anonymous") return "sign-in";
  if (who === "administrator" || target === "self") return "allowed";
  if (who === "editor" && target === "own") return "allowed";
  return "refused";
}

/** The front desk's rule: administrators everywhere; a front desk member at their own place's desk; nobody else. */
function expectedAtDesk(who: Who, target: "own" | "other"): Outcome {
  if (who === "anonymous") return "sign-in";
  if (who === "administrator" || (who === "front_desk" && target === "own")) return "allowed";
  return "refused";
}

let t: TestApp;
const staff = {} as Record<Exclude<Who, "anonymous">, SignedIn>;
let subjectAccountId: number;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.handle.db;
  const records = (target: "own" | "other") => {
    const place = placeSlug(target);
    return {
      exhibitions: [anExhibition(place, { slug: slugOf("exhibition", target), status: "draft", rooms: [aRoom({ slug: slugOf("room", target), status: "draft" })] })],
      objects: [anObject(place, { slug: slugOf("object", target), status: "draft" })],
      people: [aPerson({ slug: slugOf("person", target), owner: place, status: "draft" })],
      events: [anEvent({ slug: slugOf("event", target), owner: place, status: "draft" })],
    };
  };
  const own = records("own");
  const other = records("other");
  await storeRecords(db, {
    places: [aPlace({ slug: OWN }), aPlace({ slug: OTHER })],
    themes: [aTheme({ slug: slugOf("theme", "network"), status: "draft" })],
    people: [...own.people, ...other.people, aPerson({ slug: slugOf("person", "network"), status: "draft" })],
    events: [...own.events, ...other.events, anEvent({ slug: slugOf("event", "network"), status: "draft" })],
    exhibitions: [...own.exhibitions, ...other.exhibitions],
    objects: [...own.objects, ...other.objects],
  });
  for (const target of ["own", "other"] as const) {
    const { offer } = await storeOffer(db, { placeSlug: placeSlug(target) });
    await storeBooking(db, placeSlug(target), offer.slug, { startsAt: new Date(Date.now() + 7 * 86_400_000), status: "cancelled", code: DESK_CODES[target] });
  }
  staff.administrator = await signedInStaff(db, { isAdministrator: true });
  staff.editor = await signedInStaff(db, { grants: [{ place: OWN, role: "editor" }] });
  staff.moderator = await signedInStaff(db, { grants: [{ place: OWN, role: "moderator" }] });
  staff.front_desk = await signedInStaff(db, { grants: [{ place: OWN, role: "front_desk" }] });
  // The account the account-management routes are tried on: someone else, never the one asking.
  subjectAccountId = (await signedInStaff(db, { grants: [{ place: OTHER, role: "editor" }] })).accountId;
});
afterAll(() => t.handle.close());

const WHO: Who[] = ["anonymous", "administrator", "editor", "moderator", "front_desk"];

async function outcomeOf(who: Who, method: "GET" | "POST", path: string, fields: Record<string, string> = {}): Promise<{ outcome: Outcome | "other"; status: number }> {
  const as = who === "anonymous" ? undefined : staff[who];
  const url = `/admin/en${path}`;
  const response = method === "GET" ? await getAs(t.app, as, url) : await postFormAs(t.app, as, url, fields);
  const status = response.status;
  const location = response.headers.get("location") ?? "";
  if ((status === 302 || status === 303) && location.startsWith("/admin/en/sign-in")) return { outcome: "sign-in", status };
  // Without a session a POST is refused by the CSRF check before anything else: as good as being sent to sign in.
  if (who === "anonymous" && method === "POST" && status === 403) return { outcome: "sign-in", status };
  if (status === 403) return { outcome: "refused", status };
  if (status < 500 && status !== 404) return { outcome: "allowed", status };
  return { outcome: "other", status };
}

describe("the role matrix", () => {
  it("covers every back office route", () => {
    const routes = new Set(t.app.routes.filter((r) => r.path.startsWith("/admin/en/") && r.method !== "ALL")
      .map((r) => `${r.method} ${r.path.slice("/admin/en".length)}`));
    const known = new Set([...PUBLIC_ROUTES, ...SELF_ROUTES, ...Object.keys(ADMIN_ROUTES), ...Object.keys(RECORD_ROUTES), ...LIST_ROUTES, ...Object.keys(DESK_ROUTES)]);
    expect([...routes].filter((r) => !known.has(r))).toEqual([]);
    expect([...known].filter((r) => !routes.has(r))).toEqual([]);
  });

  it("lets only administrators manage accounts, read the audit log and move whole datasets", async () => {
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const [route, { method, path }] of Object.entries(ADMIN_ROUTES)) {
      for (const who of WHO) {
        // The administrator's writes get an incomplete form (400), so no account or dataset changes.
        const { outcome, status } = await outcomeOf(who, method, path(subjectAccountId), method === "POST" ? { email: "" } : {});
        seen.push(`${who} ${route}: ${outcome} (${status})`);
        wanted.push(`${who} ${route}: ${expected(who, "admin")} (${status})`);
      }
    }
    expect(seen).toEqual(wanted);
  });

  it("lets an editor read drafts of, change, publish and delete only their own institution's records", async () => {
    const revisionBefore = await readContentRevision(t.handle.db);
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const [route, r] of Object.entries(RECORD_ROUTES)) {
      for (const { kind, target } of RECORDS) {
        if (r.exhibitionOnly && kind !== "exhibition") continue;
        const path = `/content/${kind}/${recordSlug(kind, target)}${r.suffix}`;
        for (const who of WHO) {
          const { outcome, status } = await outcomeOf(who, r.method, path, r.fields);
          seen.push(`${who} ${route.replace(KIND, kind)} [${target}]: ${outcome} (${status})`);
          wanted.push(`${who} ${route.replace(KIND, kind)} [${target}]: ${expected(who, target)} (${status})`);
        }
      }
    }
    expect(seen).toEqual(wanted);
    // Every allowed write was stale or incomplete: nothing changed.
    expect(await readContentRevision(t.handle.db)).toBe(revisionBefore);
  });

  it("lets an editor create content only in their own institution, and only administrators create places and themes", async () => {
    const seen: string[] = [];
    const wanted: string[] = [];
    const cases: { kind: string; target: Target; query?: string; fields: Record<string, string> }[] = [
      { kind: "place", target: "network", fields: { slug: "matrix-new-place" } },
      { kind: "theme", target: "network", fields: { slug: "matrix-new-theme" } },
      ...(["own", "other"] as const).flatMap((target): { kind: string; target: Target; query?: string; fields: Record<string, string> }[] => [
        { kind: "exhibition", target, fields: { slug: `matrix-new-exhibition-${target}`, place: placeSlug(target) } },
        { kind: "object", target, fields: { slug: `matrix-new-object-${target}`, holder: placeSlug(target) } },
        { kind: "person", target, fields: { slug: `matrix-new-person-${target}`, owner: placeSlug(target) } },
        { kind: "event", target, fields: { slug: `matrix-new-event-${target}`, owner: placeSlug(target) } },
        { kind: "room", target, query: `?exhibition=${slugOf("exhibition", target)}`, fields: { slug: `matrix-new-room-${target}`, exhibition: slugOf("exhibition", target) } },
      ]),
    ];
    for (const { kind, target, query, fields } of cases) {
      for (const who of WHO) {
        const create = await outcomeOf(who, "POST", `/content/${kind}/new${query ?? ""}`, fields);
        seen.push(`${who} create ${kind} [${target}]: ${create.outcome} (${create.status})`);
        wanted.push(`${who} create ${kind} [${target}]: ${expected(who, target)} (${create.status})`);
        // The form to create a room belongs to its exhibition's place; the others are the same form for every place.
        const formTarget: Target = kind === "room" || target === "network" ? target : "own";
        const form = await outcomeOf(who, "GET", `/content/${kind}/new${query ?? ""}`);
        seen.push(`${who} new ${kind} form [${target}]: ${form.outcome} (${form.status})`);
        wanted.push(`${who} new ${kind} form [${target}]: ${expected(who, formTarget)} (${form.status})`);
      }
    }
    expect(seen).toEqual(wanted);
    const created = await t.handle.db.execute(sql`select count(*)::int as n from exhibitions where slug like 'matrix-new-%'`);
    expect(rowsOf<{ n: number }>(created)[0]!.n).toBe(0);
  });

  it("lets a front desk member look after only their own place's bookings", async () => {
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const [route, r] of Object.entries(DESK_ROUTES)) {
      for (const target of ["own", "other"] as const) {
        // "/desk" names no place: it is the front desk member's own desk (or the administrator's list).
        if (route === "GET /desk" && target === "other") continue;
        const code = DESK_CODES[target];
        for (const who of WHO) {
          const { outcome, status } = await outcomeOf(who, r.method, r.path(placeSlug(target), code), r.fields?.(code));
          seen.push(`${who} ${route} [${target}]: ${outcome} (${status})`);
          wanted.push(`${who} ${route} [${target}]: ${expectedAtDesk(who, target)} (${status})`);
        }
      }
    }
    expect(seen).toEqual(wanted);
    // Every allowed write met an incomplete form or a cancelled booking: nothing was booked or changed.
    const result = await t.handle.db.execute(sql`select count(*)::int as n, count(*) filter (where status = 'cancelled')::int as cancelled from bookings`);
    const [counts] = rowsOf<{ n: number; cancelled: number }>(result);
    expect(counts).toEqual({ n: 2, cancelled: 2 });
  });

  it("lists to each person only the records they may edit", async () => {
    for (const who of ["administrator", "editor", "moderator", "front_desk"] as const) {
      const html = await (await getAs(t.app, staff[who], "/admin/en/content/exhibition")).text();
      expect(html.includes(slugOf("exhibition", "own")), `${who} sees own`).toBe(who === "administrator" || who === "editor");
      expect(html.includes(slugOf("exhibition", "other")), `${who} sees other`).toBe(who === "administrator");
    }
  });

  it("records every refusal in the audit log", async () => {
    await outcomeOf("editor", "POST", `/content/exhibition/${slugOf("exhibition", "other")}/publish`, { _version: "0" });
    const result = await t.handle.db.execute(sql`select count(*)::int as n from audit_log
      where action = 'permission_denied' and actor_id = ${staff.editor.accountId} and entity_key = ${slugOf("exhibition", "other")}`);
    const rows = rowsOf<{ n: number }>(result);
    expect(rows[0]!.n).toBeGreaterThanOrEqual(1);
  });
});
