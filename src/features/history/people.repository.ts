/** Reading people and what links to them. Published records only, in lists and in links. */
import { and, asc, eq, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Queryable } from "../../db/database.ts";
import { eventDateOrder, isVisibleObject } from "../../db/public-content.ts";
import { folded } from "../../db/sort-key.ts";
import { collectionObjects, objectPeople } from "../../db/schema/collection.ts";
import { eventPeople, events, people, personAliases, personRoles } from "../../db/schema/history.ts";
import { places } from "../../db/schema/places.ts";
import { media } from "../../db/schema/themes-media.ts";
import { offsetOf, type PageRequest } from "../../web/paging.ts";
import type { PersonListQuery } from "./people.schemas.ts";

export type PersonRow = typeof people.$inferSelect;

type PersonFilters = Omit<PersonListQuery, "lang" | "page" | "pageSize">;

const published = eq(people.status, "published");

function filtersOf(f: PersonFilters): SQL | undefined {
  return and(
    published,
    // "Colonel Rol" finds Henri Rol-Tanguy: the name or any alias, whole, in any case.
    f.alias
      ? or(
        sql`${folded(people.name)} = ${folded(sql`${f.alias}`)}`,
        sql`${people.id} in (select ${personAliases.personId} from ${personAliases} where ${folded(personAliases.name)} = ${folded(sql`${f.alias}`)})`,
      )
      : undefined,
  );
}

/** A page of people by family name (or full name when there is none), then name. */
export async function findPeople(db: Queryable, filters: PersonFilters, page: PageRequest) {
  const where = filtersOf(filters);
  const [rows, total] = await Promise.all([
    db.select().from(people).where(where)
      .orderBy(folded(sql`coalesce(${people.familyName}, ${people.name})`), folded(people.name), asc(people.id))
      .limit(page.pageSize).offset(offsetOf(page)),
    db.$count(people, where),
  ]);
  return { rows, total };
}

/** Every published person, in the index's order (as the API's list, unpaged: a network has hundreds at most). */
export async function findAllPeople(db: Queryable) {
  return db.select().from(people).where(published)
    .orderBy(folded(sql`coalesce(${people.familyName}, ${people.name})`), folded(people.name), asc(people.id));
}

export async function findPersonBySlug(db: Queryable, slug: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(and(published, eq(people.slug, slug)));
  return row;
}

/** Aliases, roles, events, objects and media of one (published) person. */
export async function findPersonDetails(db: Queryable, personId: number) {
  const [aliases, roles, personEvents, objects, personMedia] = await Promise.all([
    db.select().from(personAliases).where(eq(personAliases.personId, personId)).orderBy(asc(personAliases.position)),
    db.select({ role: personRoles, place: { slug: places.slug, name: places.name } }).from(personRoles)
      .leftJoin(places, and(eq(places.id, personRoles.placeId), eq(places.status, "published")))
      .where(eq(personRoles.personId, personId)).orderBy(asc(personRoles.position)),
    db.select({
      slug: events.slug, title: events.title, role: eventPeople.role,
      dateText: events.dateText, dateStart: events.dateStart, dateEnd: events.dateEnd, datePrecision: events.datePrecision,
    }).from(eventPeople).innerJoin(events, eq(events.id, eventPeople.eventId))
      .where(and(eq(eventPeople.personId, personId), eq(events.status, "published"))).orderBy(...eventDateOrder),
    db.select({ slug: collectionObjects.slug, title: collectionObjects.title, type: collectionObjects.type, role: objectPeople.role })
      .from(objectPeople).innerJoin(collectionObjects, eq(collectionObjects.id, objectPeople.objectId))
      .where(and(eq(objectPeople.personId, personId), isVisibleObject(collectionObjects.id))).orderBy(asc(collectionObjects.id)),
    db.select().from(media).where(and(eq(media.personId, personId), eq(media.status, "published"))).orderBy(asc(media.position), asc(media.id)),
  ]);
  return { aliases, roles, events: personEvents, objects, media: personMedia };
}
export type PersonDetails = Awaited<ReturnType<typeof findPersonDetails>>;

/**
 * A name as it reads in an address, the way slugs are written: lower case, accents folded,
 * anything else between letters and digits turned into one "-" ("Colonel Rol" → "colonel-rol").
 */
const slugOfName = (name: AnyColumn) => sql`trim(both '-' from regexp_replace(${folded(name)}, '[^a-z0-9]+', '-', 'g'))`;

/**
 * The slug of the published person whose name or one of whose aliases reads as `nameSlug` in an
 * address, so /people/general-leclerc can lead to Philippe Leclerc de Hauteclocque; the earliest
 * entered person wins if two share a name.
 */
export async function findPersonSlugByName(db: Queryable, nameSlug: string): Promise<string | undefined> {
  const [row] = await db.select({ slug: people.slug }).from(people)
    .where(and(published, or(
      sql`${slugOfName(people.name)} = ${nameSlug}`,
      sql`${people.id} in (select ${personAliases.personId} from ${personAliases} where ${slugOfName(personAliases.name)} = ${nameSlug})`,
    )))
    .orderBy(asc(people.id)).limit(1);
  return row?.slug;
}
