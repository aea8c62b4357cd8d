/** Builds the create/edit page of a record: its form (with choices for this actor), rooms, rights, title. */
import type { Context } from "hono";
import type { Queryable } from "../../db/database.ts";
import type { Locale } from "../../lib/locales.ts";
import { adminPaths } from "../../web/admin/admin-paths.ts";
import type { FieldErrors, FormDescription, FormValues } from "../../web/admin/forms/form-types.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { lastChangeOf } from "../audit/audit.service.ts";
import { requireActor } from "../staff/staff.guard.ts";
import { can } from "../staff/staff.policies.ts";
import { editingText } from "./editing.admin-text.ts";
import { formChoicesFor, ownPlaces } from "./editing.choices.ts";
import { formFor } from "./editing.forms.ts";
import { listRecords } from "./editing.service.ts";
import type { RecordKind, RecordSummary, StoredRecord } from "./editing.types.ts";
import { RecordFormPage, type VersionConflict } from "./record-form.views.tsx";
import { titleIn } from "./editing.views.tsx";

/** The field naming the place a new record belongs to, for the kinds that have one. */
export const SCOPE_FIELD: Partial<Record<RecordKind, string>> = { exhibition: "place", object: "holder", person: "owner", event: "owner" };

export interface RecordPageInput {
  kind: RecordKind;
  /** Absent when creating. */
  record?: StoredRecord;
  values: FormValues;
  errors: FieldErrors;
  /** The place the record belongs to (for the choices of its form). */
  placeId: number | null;
  /** The version the editor's form carries (else the record's). */
  version?: number;
  description?: FormDescription;
  flash?: string;
  conflict?: VersionConflict;
}

/** The form of a record's page, with the choices this actor is offered. */
export async function formOfPage(c: Context<AppEnv>, deps: AppDeps, input: { kind: RecordKind; record?: StoredRecord; placeId: number | null }): Promise<FormDescription> {
  const { actor } = requireActor(c, "en");
  const choices = await formChoicesFor(deps.db, actor, input.kind, input.placeId);
  return formFor(input.kind, { choices, creating: input.record === undefined });
}

/** An exhibition's rooms in its order (the store gives the order; the list gives titles and status). */
async function roomsOf(db: Queryable, record: StoredRecord): Promise<RecordSummary[]> {
  const order = record.rooms ?? [];
  if (order.length === 0 || record.placeId === null) return [];
  const { items } = await listRecords(db, "room", { placeIds: [record.placeId], page: 1, pageSize: 1000 });
  const bySlug = new Map(items.map((r) => [r.slug, r]));
  return order.map((slug) => bySlug.get(slug) ?? {
    kind: "room", slug, title: {}, status: "draft", version: 0, updatedAt: record.updatedAt, placeId: record.placeId, placeSlug: null, missingTranslations: 0,
  });
}

export async function recordPage(c: Context<AppEnv>, deps: AppDeps, locale: Locale, input: RecordPageInput) {
  const { actor, session } = requireActor(c, locale);
  const { kind, record } = input;
  const description = input.description ?? await formOfPage(c, deps, input);
  const values = { ...input.values };
  const scopeField = SCOPE_FIELD[kind];
  if (!record && scopeField && values[scopeField] === undefined && Object.keys(input.errors).length === 0) {
    // A new record starts in the editor's first place (administrators keep people and events for the network).
    const first = (await ownPlaces(deps.db, actor))[0];
    if (first && (!actor.isAdministrator || kind === "exhibition" || kind === "object")) values[scopeField] = first.slug;
  }
  const scope = { placeId: record?.placeId ?? input.placeId };
  const doc = (record?.document ?? {}) as { title?: Record<string, string>; name?: unknown };
  const titleText = typeof doc.name === "string" ? { en: doc.name } : (doc.title ?? (doc.name as Record<string, string> | undefined));
  return (
    <RecordFormPage locale={locale} actor={actor} csrfToken={session.csrfToken} kind={kind}
      title={record ? titleIn(titleText, locale, record.slug) : editingText(locale).newRecord[kind]}
      form={description} values={values} errors={input.errors} record={record}
      version={input.version ?? record?.version}
      action={record ? adminPaths.record(locale, kind, record.slug) : adminPaths.newRecord(locale, kind)}
      flash={input.flash} conflict={input.conflict}
      rooms={kind === "exhibition" && record ? await roomsOf(deps.db, record) : undefined}
      may={{ publish: can(actor, "content.publish", scope), delete: can(actor, "content.delete", scope) }} />
  );
}

/** Who saved the record last, as the audit log tells ("name@example.org at 21 Nov 2026, 08:15" is shown by the page). */
export async function lastEditorOf(db: Queryable, kind: RecordKind, slug: string): Promise<string | undefined> {
  return (await lastChangeOf(db, kind, slug))?.actorEmail ?? undefined;
}
