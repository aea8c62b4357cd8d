/**
 * What every front desk handler shares: the place of the address and the actor's right to its
 * bookings (checked before anything is read or changed), the page shell and the confirmation after
 * an action. The changes themselves are desk.commands.ts.
 */
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { Locale } from "../../lib/locales.ts";
import { notFound } from "../../lib/errors.ts";
import type { Actor, AppDeps, AppEnv, StaffSession } from "../../web/app-env.ts";
import { AdminLayout } from "../../web/admin/admin-layout.tsx";
import { htmlDocument } from "../../web/site.tsx";
import { displayCode, normalizeCode } from "../booking/booking-code.ts";
import { authorize, requireActor } from "../staff/staff.guard.ts";
import { deskText, type DeskDone } from "./desk.page-text.ts";
import { findDeskPlace, type DeskPlace } from "./desk.repository.ts";

export type C = Context<AppEnv>;

export interface DeskRequest {
  actor: Actor;
  session: StaffSession;
  place: DeskPlace;
}

/**
 * The signed-in actor (else to sign in), the place named in the address (else 404) and their right
 * to manage its bookings (else 403, audited). `code` names the booking the request is about (by default, the address's).
 */
export async function deskGate(c: C, deps: AppDeps, locale: Locale, code = c.req.param("code")): Promise<DeskRequest> {
  const { actor, session } = requireActor(c, locale);
  const slug = c.req.param("place") ?? "";
  const place = await findDeskPlace(deps.db, slug);
  if (!place) throw notFound("place", slug);
  await authorize(c, deps, locale, "bookings.manage", { placeId: place.id }, { entityKind: "booking", entityKey: code });
  return { actor, session, place };
}

/** The booking code of the address, or 404. */
export function codeParam(c: C): string {
  const code = normalizeCode(c.req.param("code") ?? "");
  if (!code) throw notFound("booking", c.req.param("code") ?? "");
  return code;
}

export async function renderDesk(c: C, locale: Locale, who: DeskRequest | { actor: Actor; session: StaffSession }, o: {
  path: string; title: string; status?: 200 | 400 | 404 | 409; flash?: string; body: Child;
}) {
  const html = await htmlDocument(
    <AdminLayout locale={locale} path={o.path} title={o.title} actor={who.actor} csrfToken={who.session.csrfToken} flash={o.flash}>{o.body}</AdminLayout>,
  );
  return c.html(html, o.status ?? 200);
}

const DONE = new Set<DeskDone>(["booked", "checked_in", "no_show", "cancelled"]);

/** The confirmation of the action just done (`?done=…&code=…`), if any. */
export function flashOf(c: C, locale: Locale): string | undefined {
  const done = c.req.query("done") as DeskDone | undefined;
  const code = normalizeCode(c.req.query("code") ?? "");
  return done && DONE.has(done) && code ? deskText(locale).done[done](displayCode(code)) : undefined;
}
