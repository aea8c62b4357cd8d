/** The list of records of a kind (filters, badges, paging) and the delete confirmation. */
import { formatInstant } from "../../web/i18n/format.ts";
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import { AdminLayout, CsrfField, adminUrl } from "../../web/admin/admin-layout.tsx";
import type { Choice } from "../../web/admin/forms/form-types.ts";
import type { Actor } from "../../web/app-env.ts";
import { editingText } from "./editing.admin-text.ts";
import type { DeletionConsequence, PublicationStatus, RecordKind, RecordSummary, StoredRecord } from "./editing.types.ts";
import { plural } from "../../web/i18n/plural.ts";
import { adminPagePaths, adminPaths } from "../../web/admin/admin-paths.ts";

/** A text in the editor's language, else the other one (marked with its language), else the fallback. */
export function LocalText(props: { text: LocalizedText | undefined; locale: Locale; fallback: string }) {
  const own = props.text?.[props.locale];
  if (own !== undefined) return <>{own}</>;
  const other = props.locale === "fr" ? "en" : "fr";
  const theirs = props.text?.[other];
  return theirs !== undefined ? <span lang={other}>{theirs}</span> : <>{props.fallback}</>;
}

export const titleIn = (text: LocalizedText | undefined, locale: Locale, fallback: string) =>
  text?.[locale] ?? text?.[locale === "fr" ? "en" : "fr"] ?? fallback;

export function StatusBadge(props: { status: PublicationStatus; locale: Locale }) {
  const w = editingText(props.locale);
  return <span class={props.status === "draft" ? "badge warning" : "badge"}>{props.status === "draft" ? w.draft : w.published}</span>;
}

export function MissingBadge(props: { count: number; locale: Locale }) {
  if (props.count === 0) return null;
  return <span class="badge warning">{editingText(props.locale).missingTranslations(props.count)}</span>;
}

export interface ListFilters {
  status?: PublicationStatus;
  missing: boolean;
  place?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export interface RecordListProps {
  locale: Locale;
  actor: Actor;
  csrfToken: string;
  kind: RecordKind;
  items: RecordSummary[];
  total: number;
  filters: ListFilters;
  /** Places offered in the place filter (absent: no place filter). */
  placeChoices?: Choice[];
  mayCreate: boolean;
  flash?: string;
}

export function RecordListPage(p: RecordListProps) {
  const { locale, kind, filters } = p;
  const w = editingText(locale);
  const path = adminPagePaths.records(kind);
  const last = Math.max(1, Math.ceil(p.total / filters.pageSize));
  const pageLink = (page: number) => {
    const q = new URLSearchParams();
    if (filters.status) q.set("status", filters.status);
    if (filters.missing) q.set("missing", "1");
    if (filters.place) q.set("place", filters.place);
    if (filters.q) q.set("q", filters.q);
    q.set("page", String(page));
    return `${adminUrl(locale, path)}?${q}`;
  };
  return (
    <AdminLayout locale={locale} path={path} title={w.kindPlural[kind]} actor={p.actor} csrfToken={p.csrfToken} flash={p.flash}>
      <h1>{w.kindPlural[kind]}</h1>
      {p.mayCreate && kind !== "room" ? <p><a class="button" href={adminPaths.newRecord(locale, kind)}>{w.newRecord[kind]}</a></p> : null}
      <form method="get" action={adminUrl(locale, path)} class="filters" role="search">
        <h2>{w.filters}</h2>
        <div class="field">
          <label for="filter-status">{w.status}</label>
          <select id="filter-status" name="status">
            <option value="">{w.anyStatus}</option>
            <option value="draft" selected={filters.status === "draft"}>{w.draft}</option>
            <option value="published" selected={filters.status === "published"}>{w.published}</option>
          </select>
        </div>
        {p.placeChoices ? (
          <div class="field">
            <label for="filter-place">{w.place}</label>
            <select id="filter-place" name="place">
              <option value="">{w.anyPlace}</option>
              {p.placeChoices.map((c) => <option value={c.value} selected={filters.place === c.value}>{c.label[locale]}</option>)}
            </select>
          </div>
        ) : null}
        <div class="field">
          <label for="filter-q">{w.search}</label>
          <input type="search" id="filter-q" name="q" value={filters.q ?? ""} />
        </div>
        <div class="field checkbox-field">
          <input type="checkbox" id="filter-missing" name="missing" value="1" checked={filters.missing} />
          <label for="filter-missing">{w.onlyMissing}</label>
        </div>
        <div class="actions"><button type="submit" class="secondary">{w.apply}</button></div>
      </form>
      {p.items.length === 0 ? <p>{w.noRecords}</p> : (
        <table class="admin-table">
          <thead><tr><th scope="col">{w.title}</th><th scope="col">{w.slug}</th><th scope="col">{w.place}</th><th scope="col">{w.status}</th><th scope="col">{w.updatedAt}</th></tr></thead>
          <tbody>
            {p.items.map((r) => (
              <tr>
                <td><a href={adminPaths.record(locale, kind, r.slug)}><LocalText text={r.title} locale={locale} fallback={r.slug} /></a></td>
                <td><code>{r.slug}</code></td>
                <td>{r.placeSlug ?? "—"}</td>
                <td><StatusBadge status={r.status} locale={locale} /> <MissingBadge count={r.missingTranslations} locale={locale} /></td>
                <td>{formatInstant(locale, r.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="actions" aria-label={w.pageOf(filters.page, last, p.total)}>
        <span>{w.pageOf(filters.page, last, p.total)}</span>
        {filters.page > 1 ? <a href={pageLink(filters.page - 1)} rel="prev">{w.previous}</a> : null}
        {filters.page < last ? <a href={pageLink(filters.page + 1)} rel="next">{w.next}</a> : null}
      </nav>
    </AdminLayout>
  );
}

export interface DeletePageProps {
  locale: Locale;
  actor: Actor;
  csrfToken: string;
  record: StoredRecord;
  title: string;
  consequences: DeletionConsequence[];
}

export function DeletePage(p: DeletePageProps) {
  const { locale, record } = p;
  const w = editingText(locale);
  const path = adminPagePaths.record(record.kind, record.slug);
  const blocking = p.consequences.filter((c) => c.effect === "blocks").reduce((sum, c) => sum + c.count, 0);
  const consequences = p.consequences.filter((c) => c.effect !== "blocks");
  return (
    <AdminLayout locale={locale} path={`${path}/delete`} title={w.deleteTitle(p.title)} actor={p.actor} csrfToken={p.csrfToken}>
      <h1>{w.deleteTitle(p.title)}</h1>
      <p>{w.deleteIntro(w.kindOne[record.kind])}</p>
      {blocking > 0 ? <div class="error-summary" role="alert"><p>{w.deleteBlocked(blocking)}</p></div> : null}
      {consequences.length === 0 ? <p>{w.deleteNothingElse}</p> : (
        <ul class="consequences">
          {consequences.map((c) => {
            const [one, many] = w.consequenceKinds[c.kind] ?? [c.kind, c.kind];
            const names = c.titles.map((t) => titleIn(t, locale, "?"));
            return <li>{w.consequence(c.count, plural(locale, c.count, { one, other: many }), c.effect as "deleted" | "detached")}{names.length > 0 ? `: ${names.join(", ")}${names.length < c.count ? "…" : ""}` : ""}</li>;
          })}
        </ul>
      )}
      <form method="post" action={`${adminPaths.record(locale, record.kind, record.slug)}/delete`} class="actions">
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="_version" value={String(record.version)} />
        {blocking > 0 ? null : <button type="submit" class="danger">{w.deleteConfirm}</button>}
        <a href={adminUrl(locale, path)}>{w.cancel}</a>
      </form>
    </AdminLayout>
  );
}
