/** schema.org types shared by several pages' JSON-LD. */

const PLACE_TYPE: Record<string, string> = {
  museum: "Museum", memorial: "LandmarksOrHistoricalBuildings", archive: "ArchiveOrganization", historic_site: "LandmarksOrHistoricalBuildings",
  cinema: "MovieTheater", library: "Library", research_centre: "ResearchOrganization", monument: "LandmarksOrHistoricalBuildings",
};

/** The schema.org type of a kind of place (a place page, a theme page listing places). */
export const placeSchemaType = (kind: string) => PLACE_TYPE[kind] ?? "Place";
