/** Lists of records of one kind for the back office: filtered, counted and paged in SQL (collections get large). */
import { and, asc, eq, getTableColumns, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Queryable } from "../../db/database.ts";
import type { LocalizedText } from "../../lib/locales.ts";
import { exhibitions, rooms } from "../../db/schema/exhibitions.ts";
import { places } from "../../db/schema/places.ts";
import { CHILD_TABLES } from "../dataset/dataset-rows.ts";
import type { PublicationStatus, RecordKind, RecordSummary } from "./editing.types.ts";
import { RECORD_TABLES } from "./record-lookup.repository.ts";

export interface RecordFilter {
  /** Records of these places only; "all" also lists the network's records (themes, ownerless people and events). */
  placeIds: "all" | number[];
  status?: PublicationStatus;
  /** Only records with at least one text in one language only. */
  missingTranslations?: boolean;
  /** Slug or title (either language) contains this, ignoring case. */
  q?: string;
  /** 1-based. */
  page: number;
  pageSize: number;
}

type AnyRoot = typeof places;

/** The id of the place a record belongs to, as SQL over its root table. */
function scopeOf(kind: RecordKind): SQL {
  switch (kind) {
    case "place": return sql`${places.id}`;
    case "exhibition": return sql`${exhibitions.placeId}`;
    case "room": return sql`(select ${exhibitions.placeId} from ${exhibitions} where ${exhibitions.id} = ${rooms.exhibitionId})`;
    case "object": return sql`${RECORD_TABLES.object.holderId}`;
    case "person": return sql`${RECORD_TABLES.person.ownerPlaceId}`;
    case "event": return sql`${RECORD_TABLES.event.ownerPlaceId}`;
    case "theme": return sql`null::int`;
  }
}

function titleOf(kind: RecordKind): SQL {
  switch (kind) {
    case "place": case "theme": return sql`${RECORD_TABLES[kind].name}`;
    case "person": return sql`jsonb_build_object('en', ${RECORD_TABLES.person.name}, 'fr', ${RECORD_TABLES.person.name})`;
    default: return sql`${(RECORD_TABLES[kind] as unknown as typeof exhibitions).title}`;
  }
}

/** 1 for a localized text given in one language only, else 0. */
const halfTranslated = (column: PgColumn) =>
  sql`(case when ${column} is not null and (${column}->>'en' is null) <> (${column}->>'fr' is null) then 1 else 0 end)`;
const localizedColumns = (table: Parameters<typeof getTableColumns>[0]) =>
  Object.values(getTableColumns(table)).filter((c) => c.columnType === "PgJsonb") as PgColumn[];

/** How many texts of the record (its own columns and its rows') lack a language; sections' media are not counted. */
function missingCountOf(kind: RecordKind): SQL {
  const root = RECORD_TABLES[kind] as AnyRoot;
  const parts: SQL[] = localizedColumns(root).map(halfTranslated);
  if (kind !== "theme") {
    for (const { table, owner } of Object.values(CHILD_TABLES[kind])) {
      const columns = localizedColumns(table);
      if (columns.length === 0) continue;
      const sum = sql.join(columns.map(halfTranslated), sql` + `);
      parts.push(sql`(select coalesce(sum(${sum}), 0) from ${table} where ${owner} = ${root.id})`);
    }
  }
  return sql`(${sql.join(parts, sql` + `)})::int`;
}

export async function findRecordSummaries(db: Queryable, kind: RecordKind, filter: RecordFilter): Promise<{ items: RecordSummary[]; total: number }> {
  const root = RECORD_TABLES[kind] as AnyRoot;
  const scope = scopeOf(kind);
  const title = titleOf(kind);
  const missing = missingCountOf(kind);
  const conditions: (SQL | undefined)[] = [];
  if (filter.placeIds !== "all") {
    if (filter.placeIds.length === 0 || kind === "theme") return { items: [], total: 0 };
    conditions.push(sql`${scope} in (${sql.join(filter.placeIds.map((id) => sql`${id}`), sql`, `)})`);
  }
  if (filter.status) conditions.push(eq(root.status, filter.status));
  if (filter.missingTranslations) conditions.push(sql`${missing} > 0`);
  if (filter.q?.trim()) {
    const like = `%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(sql`${root.slug} ilike ${like}`, sql`${title}->>'en' ilike ${like}`, sql`${title}->>'fr' ilike ${like}`));
  }
  const where = and(...conditions);
  const placeSlug = kind === "place" ? sql<string>`${places.slug}` : sql<string | null>`(select p.slug from places p where p.id = ${scope})`;
  const [rows, [counted]] = await Promise.all([
    db.select({
      slug: root.slug, title: sql<LocalizedText>`${title}`, status: root.status, version: root.version, updatedAt: root.updatedAt,
      placeId: sql<number | null>`${scope}`, placeSlug, missingTranslations: missing.mapWith(Number),
    }).from(root).where(where).orderBy(asc(root.slug))
      .limit(filter.pageSize).offset((Math.max(filter.page, 1) - 1) * filter.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(root).where(where),
  ]);
  const items = rows.map((r) => ({
    kind, ...r, placeId: r.placeId === null ? null : Number(r.placeId), updatedAt: new Date(r.updatedAt),
  }));
  return { items, total: Number(counted?.total ?? 0) };
}

/** Per place among `placeIds`: how many records of `kind` are drafts and how many miss a translation (one grouped query). */
export async function countRecordsByPlace(db: Queryable, kind: RecordKind, placeIds: number[]): Promise<Map<number, { drafts: number; missing: number }>> {
  if (placeIds.length === 0 || kind === "theme") return new Map();
  const root = RECORD_TABLES[kind] as AnyRoot;
  const scope = scopeOf(kind);
  const rows = await db.select({
    placeId: sql<number>`${scope}`.mapWith(Number),
    drafts: sql<number>`count(*) filter (where ${root.status} = 'draft')`.mapWith(Number),
    missing: sql<number>`count(*) filter (where ${missingCountOf(kind)} > 0)`.mapWith(Number),
  }).from(root)
    .where(sql`${scope} in (${sql.join(placeIds.map((id) => sql`${id}`), sql`, `)})`)
    .groupBy(sql`1`);
  return new Map(rows.map((r) => [r.placeId, { drafts: r.drafts, missing: r.missing }]));
}
