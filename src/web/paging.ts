/** The envelope every list endpoint answers with. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  links: { self: string; next: string | null; prev: string | null };
}

export interface PageRequest { page: number; pageSize: number }

export const offsetOf = ({ page, pageSize }: PageRequest) => (page - 1) * pageSize;

/** Builds the page envelope; links keep the request's other parameters. */
export function pageOf<T>(items: T[], total: number, request: PageRequest, url: string): Page<T> {
  const link = (page: number) => {
    const u = new URL(url);
    u.searchParams.set("page", String(page));
    u.searchParams.set("pageSize", String(request.pageSize));
    return `${u.pathname}${u.search}`;
  };
  const last = Math.max(1, Math.ceil(total / request.pageSize));
  return {
    items,
    page: request.page,
    pageSize: request.pageSize,
    total,
    links: {
      self: link(request.page),
      next: request.page < last ? link(request.page + 1) : null,
      prev: request.page > 1 ? link(Math.min(request.page - 1, last)) : null,
    },
  };
}
