/** The read API of the content: a paged list and a detail by slug for each kind. */
import { z } from "zod";
import { objectListQuery } from "../../features/collection/collection.schemas.ts";
import { exhibitionListQuery, roomListQuery } from "../../features/exhibitions/exhibitions.schemas.ts";
import { eventListQuery } from "../../features/history/events.schemas.ts";
import { personListQuery } from "../../features/history/people.schemas.ts";
import { mediaListQuery } from "../../features/media/media.routes.ts";
import { placeListQuery } from "../../features/places/places.schemas.ts";
import { themeListQuery } from "../../features/themes/themes.schemas.ts";
import { detailQuery } from "../validation.ts";
import {
  CollectionObject, Exhibition, ExhibitionPage, EventPage, HistoricalEvent, Medium, MediumPage, ObjectPage, Person, PersonPage, Place,
  PlacePage, Room, RoomPage, Theme, ThemePage,
} from "./content-shapes.ts";
import type { PathItem } from "./openapi-types.ts";
import { jsonResponse, queryParameters, responseRef } from "./operations.ts";

interface ContentKind {
  /** The path segment and tag, e.g. "places". */
  path: string;
  /** One record, e.g. "place". */
  one: string;
  listQuery: z.ZodObject;
  page: z.ZodType;
  detail: z.ZodType;
  listSummary: string;
  example: string;
}

const KINDS: ContentKind[] = [
  { path: "places", one: "place", listQuery: placeListQuery, page: PlacePage, detail: Place,
    listSummary: "Places of the network: museums, memorials, archives, sites", example: "musee-liberation-paris" },
  { path: "exhibitions", one: "exhibition", listQuery: exhibitionListQuery, page: ExhibitionPage, detail: Exhibition,
    listSummary: "Exhibitions, permanent and temporary", example: "musee-liberation-paris-permanent" },
  { path: "rooms", one: "room", listQuery: roomListQuery, page: RoomPage, detail: Room,
    listSummary: "Rooms of the exhibitions, in visiting order", example: "underground-shelter-of-the-resistance" },
  { path: "objects", one: "object", listQuery: objectListQuery, page: ObjectPage, detail: CollectionObject,
    listSummary: "Objects and collections", example: "general-leclerc-collection" },
  { path: "people", one: "person", listQuery: personListQuery, page: PersonPage, detail: Person,
    listSummary: "People of the network's history", example: "henri-rol-tanguy" },
  { path: "events", one: "event", listQuery: eventListQuery, page: EventPage, detail: HistoricalEvent,
    listSummary: "Historical events, in date order", example: "liberation-of-paris" },
  { path: "themes", one: "theme", listQuery: themeListQuery, page: ThemePage, detail: Theme,
    listSummary: "Themes that records are tagged with", example: "resistance" },
  { path: "media", one: "medium", listQuery: mediaListQuery, page: MediumPage, detail: Medium,
    listSummary: "Images, films and other media", example: "arromanches-360-normandys-100-days" },
];

const contentErrors = { 304: responseRef("NotModified"), 400: responseRef("InvalidInput") };

function kindPaths(k: ContentKind): Record<string, PathItem> {
  const Kind = k.one[0]!.toUpperCase() + k.one.slice(1);
  return {
    [`/api/${k.path}`]: {
      get: {
        operationId: `list${k.path[0]!.toUpperCase()}${k.path.slice(1)}`,
        summary: `${k.listSummary}, a page at a time`,
        tags: [k.path],
        parameters: queryParameters(k.listQuery),
        responses: { 200: jsonResponse(`A page of ${k.path}.`, k.page, { localized: true }), ...contentErrors },
      },
    },
    [`/api/${k.path}/{slug}`]: {
      get: {
        operationId: `get${Kind}`,
        summary: `One ${k.one}, by slug`,
        tags: [k.path],
        parameters: [
          { name: "slug", in: "path", required: true, description: `The ${k.one}'s slug.`, schema: { type: "string" }, example: k.example },
          ...queryParameters(detailQuery),
        ],
        responses: { 200: jsonResponse(`The ${k.one}.`, k.detail, { localized: true }), ...contentErrors, 404: responseRef("NotFound") },
      },
    },
  };
}

export const contentPaths = (): Record<string, PathItem> => Object.assign({}, ...KINDS.map(kindPaths));

/** The tags of the content kinds, in the order of the API index. */
export const contentTags = () => KINDS.map((k) => ({ name: k.path, description: k.listSummary + "." }));
