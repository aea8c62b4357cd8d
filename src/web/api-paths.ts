/** API addresses of records that several features link to (an object names its people and events; a person their events). */
export const personUrl = (slug: string) => `/api/people/${slug}`;
export const eventUrl = (slug: string) => `/api/events/${slug}`;
