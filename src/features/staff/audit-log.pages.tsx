/**
 * Browsing the audit log (administrators only; the log itself is the audit capability's, the right to read it staff's): /admin/{lang}/audit, filtered and paged by id, and
 * the same entries as CSV. There is deliberately no route that changes or removes an entry.
 */
import { Hono } from "hono";
import { spreadsheetCsv } from "../../lib/spreadsheet-csv.ts";
import type { Locale } from "../../lib/locales.ts";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { AdminLayout } from "../../web/admin/admin-layout.tsx";
import { htmlDocument } from "../../web/site.tsx";
import { authorize, requireActor } from "./staff.guard.ts";
import { AUDIT_PAGE_SIZE, formatUtc, parseAuditFilters } from "../audit/audit.filters.ts";
import { auditText } from "../audit/audit.page-text.ts";
import { listPlaceLabels } from "../places/place-lookup.service.ts";
import { readAuditEntries, readAuditPage, readAuditVocabulary, type AuditRow } from "../audit/audit.service.ts";
import { AuditLogPage } from "../audit/audit.views.tsx";

/** The most entries one CSV download holds (newest first); narrow the filters for older ones. */
export const AUDIT_CSV_LIMIT = 50_000;

const CSV_COLUMNS = ["id", "at_utc", "actor_email", "actor_id", "action", "entity_kind", "entity_key", "place_id", "address", "user_agent", "before", "after", "detail"];

const json = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));

function csvRow(e: AuditRow): string[] {
  return [
    String(e.id), formatUtc(e.at), e.actorEmail ?? "", e.actorId === null ? "" : String(e.actorId), e.action, e.entityKind ?? "",
    e.entityKey ?? "", e.placeId === null ? "" : String(e.placeId), e.address ?? "", e.userAgent ?? "", json(e.before), json(e.after), json(e.detail),
  ];
}

export function auditPages(deps: AppDeps, locale: Locale) {
  const m = auditText(locale);
  return new Hono<AppEnv>()
    .get("/audit", async (c) => {
      await authorize(c, deps, locale, "audit.read", { placeId: null }, { entityKind: "audit_log" });
      const { actor, session } = requireActor(c, locale);
      const filters = parseAuditFilters(c.req.query());
      const invalid = Object.keys(filters.problems).length > 0;
      const [page, vocabulary, places] = await Promise.all([
        invalid ? Promise.resolve({ entries: [] }) : readAuditPage(deps.db, filters.criteria, filters.cursor, AUDIT_PAGE_SIZE),
        readAuditVocabulary(deps.db),
        listPlaceLabels(deps.db),
      ]);
      const html = await htmlDocument(
        <AdminLayout locale={locale} path="/audit" title={m.title} actor={actor} csrfToken={session.csrfToken}>
          <AuditLogPage locale={locale} filters={filters} page={page} actions={vocabulary.actions} kinds={vocabulary.kinds} places={places} />
        </AdminLayout>,
      );
      return c.html(html, invalid ? 400 : 200);
    })
    .get("/audit/entries.csv", async (c) => {
      await authorize(c, deps, locale, "audit.read", { placeId: null }, { entityKind: "audit_log" });
      const filters = parseAuditFilters(c.req.query());
      const problems = Object.values(filters.problems);
      if (problems.length > 0) return c.text(problems.map((p) => m.problems[p]).join("\n"), 400);
      const entries = await readAuditEntries(deps.db, filters.criteria, AUDIT_CSV_LIMIT);
      const body = spreadsheetCsv(CSV_COLUMNS, entries.map(csvRow));
      const day = deps.now().toISOString().slice(0, 10);
      return c.body(body, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="remembrance-audit-${day}.csv"`,
      });
    });
}
