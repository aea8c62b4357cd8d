/**
 * The page creating or editing one record: status and actions (preview, publish, delete), the
 * form with Save first (so Enter saves rather than pressing a list button), an exhibition's rooms
 * in order, and after a conflicting save what differs between the current version and the editor's.
 */
import type { Locale } from "../../lib/locales.ts";
import { AdminLayout, CsrfField } from "../../web/admin/admin-layout.tsx";
import { errorAnchors } from "../../web/admin/forms/form-anchors.ts";
import { renderForm } from "../../web/admin/forms/form-render.tsx";
import type { FieldErrors, FormDescription, FormValues } from "../../web/admin/forms/form-types.ts";
import type { Actor } from "../../web/app-env.ts";
import { editingText } from "./editing.admin-text.ts";
import type { RecordKind, RecordSummary, StoredRecord } from "./editing.types.ts";
import { formatInstant } from "../../web/i18n/format.ts";
import { LocalText, MissingBadge, StatusBadge } from "./editing.views.tsx";
import { paths } from "../../web/paths.ts";
import { adminPagePaths, adminPaths } from "../../web/admin/admin-paths.ts";

export const publicPathOf = (locale: Locale, kind: RecordKind, slug: string) => paths.record(locale, kind, slug);

export interface VersionConflict {
  /** The record as it is now (absent: deleted meanwhile). */
  current?: StoredRecord;
  /** Who saved it last, as the audit log says (if it says). */
  by?: string;
}

export interface RecordFormPageProps {
  locale: Locale;
  actor: Actor;
  csrfToken: string;
  kind: RecordKind;
  title: string;
  form: FormDescription;
  values: FormValues;
  errors: FieldErrors;
  /** Absent when creating. */
  record?: StoredRecord;
  /** The version the form was opened at (sent back on save). */
  version?: number;
  /** Where the form posts (the new-record address keeps `?exhibition=` for rooms). */
  action: string;
  flash?: string;
  conflict?: VersionConflict;
  /** An exhibition's rooms, in order. */
  rooms?: RecordSummary[];
  may: { publish: boolean; delete: boolean };
}

export function RecordFormPage(p: RecordFormPageProps) {
  const { locale, record } = p;
  const w = editingText(locale);
  const path = record ? adminPagePaths.record(p.kind, record.slug) : adminPagePaths.newRecord(p.kind);
  const heading = record ? w.editTitle(w.kindOne[p.kind], p.title) : w.newRecord[p.kind];
  const missing = record ? errorAnchors(p.form, record.document as FormValues, record.missingTranslations, locale) : new Map();
  return (
    <AdminLayout locale={locale} path={path} title={heading} actor={p.actor} csrfToken={p.csrfToken} flash={p.flash}>
      <h1>{heading}</h1>
      {p.conflict ? <ConflictNotice {...p} conflict={p.conflict} /> : null}
      {record ? (
        <>
          <p>
            <StatusBadge status={record.status} locale={locale} /> <MissingBadge count={record.missingTranslations.length} locale={locale} />
            {" "}<span class="muted">{`${w.updatedAt}${locale === "fr" ? " : " : ": "}${formatInstant(locale, record.updatedAt)}`}</span>
          </p>
          {record.missingTranslations.length > 0 ? (
            <p class="hint">{w.missingTranslationsOf} {record.missingTranslations.map((m) => missing.get(m)?.label ?? m).join(", ")}</p>
          ) : null}
          <RecordActions {...p} record={record} />
        </>
      ) : null}
      <form method="post" action={p.action} novalidate>
        <CsrfField token={p.csrfToken} />
        {p.version !== undefined ? <input type="hidden" name="_version" value={String(p.version)} /> : null}
        <div class="actions"><button type="submit">{record ? w.save : w.create}</button></div>
        {renderForm(p.form, p.values, p.errors, locale)}
        <div class="actions"><button type="submit">{record ? w.save : w.create}</button></div>
      </form>
      {p.kind === "exhibition" && record ? <RoomsInOrder {...p} record={record} /> : null}
      {p.kind === "room" && typeof p.values.exhibition === "string" ? (
        <p><a href={adminPaths.record(locale, "exhibition", p.values.exhibition)}>{w.backToExhibition}</a></p>
      ) : null}
    </AdminLayout>
  );
}

function RecordActions(p: RecordFormPageProps & { record: StoredRecord }) {
  const { locale, record } = p;
  const w = editingText(locale);
  const base = adminPaths.record(locale, p.kind, record.slug);
  const publishing = record.status === "draft";
  return (
    <div class="actions">
      <a href={`${base}/preview`}>{w.preview}</a>
      {record.status === "published" ? <a href={publicPathOf(locale, p.kind, record.slug)}>{w.viewPublic}</a> : null}
      {p.may.publish ? (
        <form method="post" action={`${base}/${publishing ? "publish" : "unpublish"}`} class="inline-form">
          <CsrfField token={p.csrfToken} />
          <input type="hidden" name="_version" value={String(record.version)} />
          <button type="submit" class={publishing ? undefined : "secondary"}>{publishing ? w.publish : w.unpublish}</button>
        </form>
      ) : null}
      {p.may.delete ? <a href={`${base}/delete`}>{w.delete}</a> : null}
    </div>
  );
}

function RoomsInOrder(p: RecordFormPageProps & { record: StoredRecord }) {
  const { locale, record } = p;
  const w = editingText(locale);
  const rooms = p.rooms ?? [];
  return (
    <section aria-labelledby="rooms-heading">
      <h2 id="rooms-heading">{w.rooms}</h2>
      {rooms.length === 0 ? <p>{w.noRooms}</p> : (
        <form method="post" action={adminPaths.roomsOrder(locale, record.slug)}>
          <CsrfField token={p.csrfToken} />
          <input type="hidden" name="_version" value={String(record.version)} />
          <ol class="room-order">
            {rooms.map((r, i) => (
              <li>
                <a href={adminPaths.record(locale, "room", r.slug)}><LocalText text={r.title} locale={locale} fallback={r.slug} /></a>
                {" "}<StatusBadge status={r.status} locale={locale} />
                {i > 0 ? <button type="submit" class="secondary" name="move" value={`up:${r.slug}`}>{w.moveUp}<span class="visually-hidden">{` — ${r.slug}`}</span></button> : null}
                {i < rooms.length - 1 ? <button type="submit" class="secondary" name="move" value={`down:${r.slug}`}>{w.moveDown}<span class="visually-hidden">{` — ${r.slug}`}</span></button> : null}
              </li>
            ))}
          </ol>
        </form>
      )}
      <p><a class="button secondary" href={`${adminPaths.newRecord(locale, "room")}?exhibition=${encodeURIComponent(record.slug)}`}>{w.addRoom}</a></p>
    </section>
  );
}

/** Every leaf of a document by dotted path, for comparing two versions. */
export function flatten(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== undefined) out.set(prefix, String(value));
  return out;
}

function ConflictNotice(p: RecordFormPageProps & { conflict: VersionConflict }) {
  const { locale, conflict } = p;
  const w = editingText(locale);
  const current = conflict.current;
  if (!current) return <div class="error-summary" role="alert"><h2>{w.conflictTitle}</h2><p>{w.conflictGone}</p></div>;
  const theirs = flatten(current.document);
  const mine = flatten(p.values);
  const paths = [...new Set([...theirs.keys(), ...mine.keys()])].filter((k) => k !== "status" && theirs.get(k) !== mine.get(k));
  const labels = errorAnchors(p.form, p.values, paths, locale);
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{w.conflictTitle}</h2>
      <p>{w.conflictText(conflict.by, formatInstant(locale, current.updatedAt))}</p>
      <p><a href={adminPaths.record(locale, p.kind, current.slug)}>{w.reloadCurrent}</a></p>
      {paths.length > 0 ? (
        <table class="admin-table">
          <caption>{w.conflictDiff}</caption>
          <thead><tr><th scope="col">{w.field}</th><th scope="col">{w.currentValue}</th><th scope="col">{w.yourValue}</th></tr></thead>
          <tbody>
            {paths.map((k) => <tr><th scope="row">{labels.get(k)?.label ?? k}</th><td>{theirs.get(k) ?? "—"}</td><td>{mine.get(k) ?? "—"}</td></tr>)}
          </tbody>
        </table>
      ) : null}
      <p>{w.conflictForm}</p>
    </div>
  );
}
