/**
 * What editors do to a whole record: publish, unpublish, delete (after a confirmation listing what
 * else goes), preview the public page of a draft, and order an exhibition's rooms. Each write
 * carries the version the editor saw; a stale one changes nothing and says so (409).
 */
import { Hono, type Context } from "hono";
import type { Locale } from "../../lib/locales.ts";
import { notFound } from "../../lib/errors.ts";
import { AdminLayout } from "../../web/admin/admin-layout.tsx";
import type { AppDeps, AppEnv } from "../../web/app-env.ts";
import { commandContextOf } from "../../web/request-origin.ts";
import { authorize, requireActor } from "../staff/staff.guard.ts";
import type { Action } from "../staff/staff.policies.ts";
import { editingText } from "./editing.admin-text.ts";
import { changeRecordStatus, moveRoom, removeRecord, type RoomMove } from "./editing.commands.ts";
import { KIND, kindOf, target } from "./editing.pages.tsx";
import { consequencesOfDeleting, readRecord, renderPreview, scopeOfRecord } from "./editing.service.ts";
import { DeletionRefusedError, VersionConflictError, type RecordKind, type StoredRecord } from "./editing.types.ts";
import { DeletePage, titleIn } from "./editing.views.tsx";
import { adminPagePaths, adminPaths } from "../../web/admin/admin-paths.ts";

const titleOf = (record: StoredRecord, locale: Locale) => {
  const doc = record.document as { title?: Record<string, string>; name?: unknown };
  const text = typeof doc.name === "string" ? { en: doc.name } : (doc.title ?? (doc.name as Record<string, string> | undefined));
  return titleIn(text, locale, record.slug);
};

/** Inserts the preview banner right after <body ...>. */
export function withPreviewBanner(html: string, banner: string): string {
  return html.replace(/<body\b[^>]*>/, (body) => `${body}<div class="preview-banner" role="note">${banner}</div>`);
}

export function recordActionPages(deps: AppDeps, locale: Locale) {
  const { db } = deps;
  const w = editingText(locale);
  const app = new Hono<AppEnv>();

  /** The record at this address, after checking the actor may do `action` to it (404 when there is none). */
  async function authorized(c: Context<AppEnv>, action: Action, kind: RecordKind, slug: string) {
    requireActor(c, locale);
    const scope = await scopeOfRecord(db, kind, slug);
    if (scope === undefined) throw notFound(kind, slug);
    await authorize(c, deps, locale, action, { placeId: scope }, target(kind, slug));
    return scope;
  }

  const conflictPage = (c: Context<AppEnv>, kind: RecordKind, slug: string) => {
    const { actor, session } = requireActor(c, locale);
    return c.html(
      <AdminLayout locale={locale} path={adminPagePaths.record(kind, slug)} title={w.conflictTitle} actor={actor} csrfToken={session.csrfToken}>
        <h1>{w.conflictTitle}</h1>
        <div class="error-summary" role="alert"><p>{w.conflictAction}</p></div>
        <p><a href={adminPaths.record(locale, kind, slug)}>{w.openCurrent}</a></p>
      </AdminLayout>, 409,
    );
  };

  const versionOf = async (c: Context<AppEnv>) => Number((await c.req.formData()).get("_version"));

  for (const status of ["published", "draft"] as const) {
    const verb = status === "published" ? "publish" : "unpublish";
    app.post(`/content/${KIND}/:slug/${verb}`, async (c) => {
      const kind = kindOf(c);
      const slug = c.req.param("slug");
      const version = await versionOf(c);
      await authorized(c, "content.publish", kind, slug);
      try {
        await changeRecordStatus(requireActor(c, locale).actor, { kind, slug, status, version }, commandContextOf(c, deps));
      } catch (error) {
        if (error instanceof VersionConflictError) return conflictPage(c, kind, slug);
        throw error;
      }
      return c.redirect(`${adminPaths.record(locale, kind, slug)}?flash=${verb}ed`, 303);
    });
  }

  /** The confirmation page: what else goes, or (409 after a refused delete) why the record cannot go. */
  const deletePage = async (c: Context<AppEnv>, kind: RecordKind, slug: string, status: 200 | 409 = 200) => {
    const { actor, session } = requireActor(c, locale);
    const [record, consequences] = await Promise.all([readRecord(db, kind, slug), consequencesOfDeleting(db, kind, slug)]);
    if (!record) throw notFound(kind, slug);
    return c.html(<DeletePage locale={locale} actor={actor} csrfToken={session.csrfToken} record={record} title={titleOf(record, locale)} consequences={consequences} />, status);
  };

  app.get(`/content/${KIND}/:slug/delete`, async (c) => {
    const kind = kindOf(c);
    const slug = c.req.param("slug");
    await authorized(c, "content.delete", kind, slug);
    return deletePage(c, kind, slug);
  });

  app.post(`/content/${KIND}/:slug/delete`, async (c) => {
    const kind = kindOf(c);
    const slug = c.req.param("slug");
    const version = await versionOf(c);
    await authorized(c, "content.delete", kind, slug);
    try {
      await removeRecord(requireActor(c, locale).actor, { kind, slug, version }, commandContextOf(c, deps));
    } catch (error) {
      if (error instanceof VersionConflictError) return conflictPage(c, kind, slug);
      if (error instanceof DeletionRefusedError) return deletePage(c, kind, slug, 409);
      throw error;
    }
    return c.redirect(`${adminPaths.records(locale, kind)}?flash=deleted`, 303);
  });

  app.get(`/content/${KIND}/:slug/preview`, async (c) => {
    const kind = kindOf(c);
    const slug = c.req.param("slug");
    await authorized(c, "content.read_draft", kind, slug);
    if (!deps.renderPublicPage) throw new Error("Preview needs deps.renderPublicPage (set by the app's createApp).");
    const html = await renderPreview(deps, kind, slug, locale, deps.renderPublicPage);
    if (html === undefined) throw notFound(kind, slug);
    const banner = `<a href="${adminPaths.record(locale, kind, slug)}">${w.previewBanner}</a>`;
    return c.html(withPreviewBanner(html, banner), 200, { "X-Robots-Tag": "noindex, nofollow" });
  });

  app.post("/content/exhibition/:slug/rooms-order", async (c) => {
    const slug = c.req.param("slug");
    const form = await c.req.formData();
    const version = Number(form.get("_version"));
    await authorized(c, "content.edit", "exhibition", slug);
    const move = String(form.get("move") ?? "").match(/^(up|down):([a-z0-9-]+)$/);
    try {
      await moveRoom(requireActor(c, locale).actor, { exhibition: slug, move: move ? { direction: move[1] as RoomMove["direction"], room: move[2]! } : undefined, version }, commandContextOf(c, deps));
    } catch (error) {
      if (error instanceof VersionConflictError) return conflictPage(c, "exhibition", slug);
      throw error;
    }
    return c.redirect(`${adminPaths.record(locale, "exhibition", slug)}?flash=reordered#rooms-heading`, 303);
  });

  return app;
}
