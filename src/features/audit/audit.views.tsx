/** The audit log page: the filter form (GET: reading changes nothing) and one page of entries. */
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import { adminUrl } from "../../web/admin/admin-layout.tsx";
import { adminText } from "../../web/admin/admin-text.ts";
import { changedFields, showValue } from "./audit.diff.ts";
import { filterQuery, formatUtc, OUTCOME_GROUPS, shortUserAgent, type AuditFilterInput, type ParsedFilters } from "./audit.filters.ts";
import { auditText, type AuditMessages } from "./audit.page-text.ts";
import type { AuditPage, AuditRow } from "./audit.repository.ts";

export interface PlaceLabel {
  id: number;
  slug: string;
  name: LocalizedText;
}

export interface AuditPageProps {
  locale: Locale;
  filters: ParsedFilters;
  page: AuditPage;
  actions: string[];
  kinds: string[];
  places: PlaceLabel[];
}

const placeName = (p: PlaceLabel, locale: Locale) => p.name[locale] ?? p.name.en ?? p.name.fr ?? p.slug;

function FilterField(props: { name: keyof AuditFilterInput; label: string; hint?: string; error?: string; children: (describedBy: string | undefined) => unknown }) {
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  const errorId = props.error ? `${props.name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div class={props.error ? "field has-error" : "field"}>
      <label for={`filter-${props.name}`}>{props.label}</label>
      {props.hint ? <span class="hint" id={hintId}>{props.hint}</span> : null}
      {props.error ? <span class="error" id={errorId}>{props.error}</span> : null}
      {props.children(describedBy) as never}
    </div>
  );
}

function FilterForm({ locale, filters, actions, kinds, places }: AuditPageProps) {
  const m = auditText(locale);
  const input = filters.input;
  const error = (f: keyof AuditFilterInput) => (filters.problems[f] ? m.problems[filters.problems[f]!] : undefined);
  const text = (name: keyof AuditFilterInput, label: string, hint?: string, type = "text") => (
    <FilterField name={name} label={label} hint={hint} error={error(name)}>
      {(describedBy) => <input type={type} id={`filter-${name}`} name={name} value={input[name]} aria-describedby={describedBy} aria-invalid={error(name) ? "true" : undefined} />}
    </FilterField>
  );
  const select = (name: keyof AuditFilterInput, label: string, options: { value: string; label: string }[]) => (
    <FilterField name={name} label={label} error={error(name)}>
      {(describedBy) => (
        <select id={`filter-${name}`} name={name} aria-describedby={describedBy} aria-invalid={error(name) ? "true" : undefined}>
          <option value="">{m.any}</option>
          {options.map((o) => <option value={o.value} selected={o.value === input[name]}>{o.label}</option>)}
        </select>
      )}
    </FilterField>
  );
  return (
    <form method="get" action={adminUrl(locale, "/audit")}>
      <fieldset>
        <legend>{m.filters}</legend>
        {text("actor", m.actor, undefined, "search")}
        {select("action", m.action, actions.map((a) => ({ value: a, label: a })))}
        {select("kind", m.kind, kinds.map((k) => ({ value: k, label: k })))}
        {text("key", m.key, m.keyHint)}
        {select("place", m.place, places.map((p) => ({ value: String(p.id), label: `${placeName(p, locale)} (${p.slug})` })))}
        {text("from", m.from, m.dateHint, "date")}
        {text("to", m.to, m.dateHint, "date")}
        {select("group", m.group, OUTCOME_GROUPS.map((g) => ({ value: g, label: m.groups[g] })))}
        <div class="actions">
          <button type="submit">{m.apply}</button>
          <a href={adminUrl(locale, "/audit")}>{m.reset}</a>
          <a href={`${adminUrl(locale, "/audit/entries.csv")}${filterQuery(input)}`} download>{m.downloadCsv}</a>
        </div>
      </fieldset>
    </form>
  );
}

function Changes({ entry, m }: { entry: AuditRow; m: AuditMessages }) {
  const hasValues = entry.before !== null || entry.after !== null;
  if (!hasValues && entry.detail === null) return null;
  const changes = hasValues ? changedFields(entry.before, entry.after) : [];
  return (
    <>
      {hasValues && changes.length === 0 ? <p>{m.noChange}</p> : null}
      {changes.length > 0 ? (
        <ul class="audit-changes">
          {changes.map((ch) => (
            <li>
              <code>{ch.path || m.wholeValue}</code>{": "}
              <del>{showValue(ch.before)}</del>{" → "}<ins>{showValue(ch.after)}</ins>
            </li>
          ))}
        </ul>
      ) : null}
      <details>
        <summary>{hasValues ? m.fullValues : m.detail}</summary>
        {hasValues ? (
          <>
            <p>{m.before}</p>
            <pre>{JSON.stringify(entry.before, null, 2)}</pre>
            <p>{m.after}</p>
            <pre>{JSON.stringify(entry.after, null, 2)}</pre>
          </>
        ) : null}
        {entry.detail !== null ? <pre>{JSON.stringify(entry.detail, null, 2)}</pre> : null}
      </details>
    </>
  );
}

function Entry({ entry, m, placeById, locale }: { entry: AuditRow; m: AuditMessages; placeById: Map<number, PlaceLabel>; locale: Locale }) {
  const place = entry.placeId !== null ? placeById.get(entry.placeId) : undefined;
  return (
    <tr id={`entry-${entry.id}`}>
      <td><time datetime={entry.at.toISOString()}>{formatUtc(entry.at)}</time></td>
      <td>{entry.actorEmail ?? m.nobody}</td>
      <td><code>{entry.action}</code></td>
      <td>
        {entry.entityKind ? <>{entry.entityKind} </> : null}
        {entry.entityKey ? <code>{entry.entityKey}</code> : null}
        {place ? <><br /><span class="muted">{placeName(place, locale)}</span></> : null}
      </td>
      <td>
        {entry.address === "command line" ? m.commandLine : entry.address ?? m.unknownAddress}
        {entry.userAgent ? <><br /><span class="muted" title={entry.userAgent}>{shortUserAgent(entry.userAgent)}</span></> : null}
      </td>
      <td><Changes entry={entry} m={m} /></td>
    </tr>
  );
}

export function AuditLogPage(props: AuditPageProps) {
  const { locale, page, filters } = props;
  const m = auditText(locale);
  const placeById = new Map(props.places.map((p) => [p.id, p]));
  const problems = Object.entries(filters.problems) as [keyof AuditFilterInput, NonNullable<ParsedFilters["problems"][keyof AuditFilterInput]>][];
  const paging = (page.newerFrom !== undefined || page.olderFrom !== undefined) ? (
    <nav aria-label={m.paging} class="actions">
      {page.newerFrom !== undefined ? <a href={`${adminUrl(locale, "/audit")}${filterQuery(filters.input, { newer: page.newerFrom })}`} rel="prev">{m.newer}</a> : null}
      {page.olderFrom !== undefined ? <a href={`${adminUrl(locale, "/audit")}${filterQuery(filters.input, { older: page.olderFrom })}`} rel="next">{m.older}</a> : null}
    </nav>
  ) : null;
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {problems.length > 0 ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{adminText(locale).errorSummaryTitle}</h2>
          <ul>{problems.map(([field, problem]) => <li><a href={`#filter-${field}`}>{m.problems[problem]}</a></li>)}</ul>
        </div>
      ) : null}
      <FilterForm {...props} />
      {page.entries.length === 0 ? <p>{m.none}</p> : (
        <>
          <p role="status">{m.count(page.entries.length)}</p>
          {paging}
          <table class="admin-table audit-table">
            <caption class="visually-hidden">{m.title}</caption>
            <thead>
              <tr><th scope="col">{m.when}</th><th scope="col">{m.who}</th><th scope="col">{m.what}</th><th scope="col">{m.record}</th><th scope="col">{m.fromWhere}</th><th scope="col">{m.changes}</th></tr>
            </thead>
            <tbody>{page.entries.map((entry) => <Entry entry={entry} m={m} placeById={placeById} locale={locale} />)}</tbody>
          </table>
          {paging}
        </>
      )}
    </>
  );
}
