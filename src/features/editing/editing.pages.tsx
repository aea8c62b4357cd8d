/**
 * The content editing pages of the back office, in one language: the list of each kind, creating a
 * record (as a draft) and editing one. Every handler authorises first (the refusal is audited),
 * bad input comes back as the form with its errors (400), a stale save as a conflict (409), and a
 * change is written with its audit entry in one transaction. Publishing, deleting, previewing and
 * ordering rooms are in record-actions.pages.tsx.
 */
import { Hono, type Context } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { notFound } from "../../lib/errors.ts";
import { issuesToFieldErrors } from "../../web/admin/forms/form-errors.ts";
import { applyFormAction, controlCharacterIssues, parseForm, readFormAction } from "../../web/admin/forms/form-parse.ts";
import type { FormValues } from "../../web/admin/forms/form-types.ts";
import type { Actor, AppDeps, AppEnv } from "../../web/app-env.ts";
import { commandContextOf } from "../../web/request-origin.ts";
import { authorize, requireActor } from "../staff/staff.guard.ts";
import { placesWhere } from "../staff/staff.policies.ts";
import { editingText } from "./editing.admin-text.ts";
import { choiceOf, ownPlaces } from "./editing.choices.ts";
import { addRecord, editRecord } from "./editing.commands.ts";
import { listRecords, readRecord, scopeOfDocument, scopeOfRecord, validateDocument } from "./editing.service.ts";
import { VersionConflictError, type RecordKind } from "./editing.types.ts";
import { RecordListPage, type ListFilters } from "./editing.views.tsx";
import { formOfPage, lastEditorOf, recordPage, SCOPE_FIELD, type RecordPageInput } from "./record-page.tsx";
import { adminPaths } from "../../web/admin/admin-paths.ts";

/** The kinds in addresses: /content/place, /content/exhibition... */
// The alternation is grouped: ungrouped, Hono's router lets "place|...|theme" match any longer path.
export const KIND = ":kind{(?:place|exhibition|room|object|person|event|theme)}";
const PAGE_SIZE = 25;
const NETWORK_KINDS: RecordKind[] = ["place", "theme"];

export const kindOf = (c: Context) => c.req.param("kind") as RecordKind;
export const flashOf = (c: Context, locale: Locale) => editingText(locale).flash[c.req.query("flash") ?? ""];
export const target = (kind: RecordKind, slug: string) => ({ entityKind: kind, entityKey: slug });

/** Only administrators create places and themes; others create in a place of theirs. */
function mayCreate(actor: Actor, kind: RecordKind): boolean {
  if (actor.isAdministrator) return true;
  if (NETWORK_KINDS.includes(kind)) return false;
  const places = placesWhere(actor, "content.create");
  return places === "all" || places.length > 0;
}

function listFilters(c: Context): ListFilters {
  const status = c.req.query("status");
  const page = Number(c.req.query("page") ?? "1");
  return {
    status: status === "draft" || status === "published" ? status : undefined,
    missing: c.req.query("missing") === "1",
    place: c.req.query("place") || undefined,
    q: c.req.query("q")?.trim() || undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}

export function editingPages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  app.get(`/content/${KIND}`, async (c) => {
    const kind = kindOf(c);
    const { actor, session } = requireActor(c, locale);
    const own = placesWhere(actor, "content.edit");
    if (kind === "theme") await authorize(c, deps, locale, "content.edit", { placeId: null });
    const filters = listFilters(c);
    let placeIds: "all" | number[] = own;
    if (filters.place) {
      const id = await scopeOfRecord(db, "place", filters.place);
      placeIds = typeof id === "number" && (own === "all" || own.includes(id)) ? [id] : [];
    }
    const [list, places] = await Promise.all([
      listRecords(db, kind, { placeIds, status: filters.status, missingTranslations: filters.missing || undefined, q: filters.q, page: filters.page, pageSize: PAGE_SIZE }),
      own === "all" || own.length > 1 ? ownPlaces(db, actor) : Promise.resolve(undefined),
    ]);
    return c.html(
      <RecordListPage locale={locale} actor={actor} csrfToken={session.csrfToken} kind={kind} items={list.items} total={list.total}
        filters={filters} placeChoices={places?.map(choiceOf)} mayCreate={mayCreate(actor, kind)} flash={flashOf(c, locale)} />,
    );
  });

  // Creating: the scope is the new document's (the place of an exhibition, the holder of an object...).
  app.get(`/content/${KIND}/new`, async (c) => {
    const kind = kindOf(c);
    const { actor } = requireActor(c, locale);
    const values: FormValues = {};
    let placeId: number | null = null;
    if (kind === "room") {
      const exhibition = c.req.query("exhibition") ?? "";
      const scope = await scopeOfRecord(db, "exhibition", exhibition);
      if (scope === undefined) throw notFound("exhibition", exhibition);
      await authorize(c, deps, locale, "content.create", { placeId: scope }, { entityKind: kind });
      placeId = scope;
      values.exhibition = exhibition;
    } else if (!mayCreate(actor, kind)) {
      await authorize(c, deps, locale, "content.create", { placeId: null }, { entityKind: kind });
    }
    return c.html(await recordPage(c, deps, locale, { kind, values, errors: {}, placeId }));
  });

  app.post(`/content/${KIND}/new`, async (c) => {
    const kind = kindOf(c);
    const form = await c.req.formData();
    const { actor } = requireActor(c, locale);
    if (!mayCreate(actor, kind)) await authorize(c, deps, locale, "content.create", { placeId: null }, { entityKind: kind });
    const page = (input: Omit<RecordPageInput, "kind">, status?: 200 | 400) => recordPage(c, deps, locale, { kind, ...input }).then((html) => c.html(html, status));
    const description = await formOfPage(c, deps, { kind, placeId: null });
    const base = { kind, placeId: null, errors: {}, description };
    const action = readFormAction(form.get("_action"));
    if (action) return page({ ...base, values: applyFormAction(parseForm(description, form, { keepEmptyRows: true }), action) });
    const values = parseForm(description, form);
    const control = controlCharacterIssues(description, values);
    if (control.length > 0) return page({ ...base, values, errors: issuesToFieldErrors(control, locale) }, 400);
    const doc = { ...values, status: "draft" };
    const scope = NETWORK_KINDS.includes(kind) ? null : await scopeOfDocument(db, kind, doc);
    if (scope === null && !actor.isAdministrator && SCOPE_FIELD[kind] && mayCreate(actor, kind)) {
      return page({ ...base, values, errors: { [SCOPE_FIELD[kind]!]: editingText(locale).chooseYourPlace } }, 400);
    }
    await authorize(c, deps, locale, "content.create", { placeId: scope }, target(kind, String(values.slug ?? "")));
    const result = await validateDocument(db, kind, doc);
    if (!result.ok) return page({ ...base, placeId: scope, values, errors: issuesToFieldErrors(result.issues, locale) }, 400);
    const created = await addRecord(actor, { kind, doc: result.doc }, commandContextOf(c, deps));
    return c.redirect(`${adminPaths.record(locale, kind, created.slug)}?flash=created`, 303);
  });

  app.get(`/content/${KIND}/:slug`, async (c) => {
    const kind = kindOf(c);
    const slug = c.req.param("slug");
    requireActor(c, locale);
    const scope = await scopeOfRecord(db, kind, slug);
    if (scope === undefined) throw notFound(kind, slug);
    await authorize(c, deps, locale, "content.edit", { placeId: scope }, target(kind, slug));
    const record = await readRecord(db, kind, slug);
    if (!record) throw notFound(kind, slug);
    return c.html(await recordPage(c, deps, locale, { kind, record, values: record.document as FormValues, errors: {}, placeId: scope, flash: flashOf(c, locale) }));
  });

  app.post(`/content/${KIND}/:slug`, async (c) => {
    const kind = kindOf(c);
    const slug = c.req.param("slug");
    const form = await c.req.formData();
    const { actor } = requireActor(c, locale);
    const scope = await scopeOfRecord(db, kind, slug);
    if (scope === undefined) throw notFound(kind, slug);
    await authorize(c, deps, locale, "content.edit", { placeId: scope }, target(kind, slug));
    const stored = await readRecord(db, kind, slug);
    if (!stored) throw notFound(kind, slug);
    const version = Number(form.get("_version"));
    const description = await formOfPage(c, deps, { kind, record: stored, placeId: scope });
    const base = { kind, record: stored, placeId: scope, errors: {}, version, description };
    const page = (input: Omit<RecordPageInput, "kind">, status?: 200 | 400 | 409) => recordPage(c, deps, locale, { kind, ...input }).then((html) => c.html(html, status));
    const action = readFormAction(form.get("_action"));
    if (action) return page({ ...base, values: applyFormAction(parseForm(description, form, { keepEmptyRows: true }), action) });
    const values = parseForm(description, form);
    const control = controlCharacterIssues(description, values);
    if (control.length > 0) return page({ ...base, values, errors: issuesToFieldErrors(control, locale) }, 400);
    // The slug, the publication and a room's exhibition are not changed by this form.
    const doc: FormValues = { ...values, slug, status: stored.status };
    if (kind === "room") doc.exhibition = (stored.document as { exhibition: string }).exhibition;
    const newScope = NETWORK_KINDS.includes(kind) ? scope : await scopeOfDocument(db, kind, doc);
    if (newScope !== scope) {
      if (newScope === null && !actor.isAdministrator && SCOPE_FIELD[kind]) {
        return page({ ...base, values, errors: { [SCOPE_FIELD[kind]!]: editingText(locale).chooseYourPlace } }, 400);
      }
      // Moving a record to another place takes the right to edit there too.
      await authorize(c, deps, locale, "content.edit", { placeId: newScope }, target(kind, slug));
    }
    const result = await validateDocument(db, kind, doc, { editing: slug });
    if (!result.ok) return page({ ...base, values, errors: issuesToFieldErrors(result.issues, locale) }, 400);
    try {
      await editRecord(actor, { kind, slug, doc: result.doc, version }, commandContextOf(c, deps));
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      const current = error.current;
      const conflict = { current, by: current ? await lastEditorOf(db, kind, slug) : undefined };
      return page({ ...base, record: current ?? stored, version: current?.version ?? version, values, conflict }, 409);
    }
    return c.redirect(`${adminPaths.record(locale, kind, slug)}?flash=saved`, 303);
  });

  return app;
}
