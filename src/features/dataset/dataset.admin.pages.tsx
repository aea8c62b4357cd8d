/**
 * Import and export in the back office (administrators only): /admin/{lang}/data, the whole dataset
 * as JSON, the collection as CSV, and the import of a JSON file that replaces all content, in one
 * transaction that also keeps staff roles and records the import in the audit log.
 */
import type { Context } from "hono";
import { Hono } from "hono";
import type { Child } from "hono/jsx";
import { DateTime } from "luxon";
import type { Locale } from "../../lib/locales.ts";
import type { Actor, AppDeps, AppEnv, StaffSession } from "../../web/app-env.ts";
import { AdminLayout } from "../../web/admin/admin-layout.tsx";
import { htmlDocument } from "../../web/site.tsx";
import { commandContextOf } from "../../web/request-origin.ts";
import { authorize, requireActor } from "../staff/staff.guard.ts";
import { collectionCsv } from "./collection-csv.ts";
import { countContent } from "./dataset.admin.repository.ts";
import { exportDatasetFile, importDatasetFile } from "./dataset.commands.ts";
import { datasetAdminText, type ImportProblem } from "./dataset.admin.page-text.ts";
import { DataPage, ImportDonePage, MAX_IMPORT_MB, PROBLEMS_SHOWN, type DataPageProps, type FileProblem } from "./dataset.admin.views.tsx";
import { DatasetError } from "./dataset.loader.ts";
import { parseDatasetJson } from "./dataset.service.ts";

type C = Context<AppEnv>;
type Who = { actor: Actor; session: StaffSession };

export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;
/** Room for the multipart envelope and the other fields around the file. */
const MULTIPART_ALLOWANCE = 64 * 1024;


/** A database refusal caused by the file's content (a constraint the format checks do not cover), not by us. */
function dataRefusal(error: unknown): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^2[23]/.test(code)) return e.message;
  }
  return undefined;
}

export function datasetAdminPages(deps: AppDeps, locale: Locale) {
  const m = datasetAdminText(locale);
  const { db } = deps;
  const gate = async (c: C): Promise<Who> => {
    await authorize(c, deps, locale, "dataset.transfer", { placeId: null }, { entityKind: "dataset" });
    return requireActor(c, locale);
  };
  const render = async (c: C, who: Who, body: Child, status: 200 | 400 | 413 = 200, title = m.title) => c.html(await htmlDocument(
    <AdminLayout locale={locale} path="/data" title={title} actor={who.actor} csrfToken={who.session.csrfToken}>{body}</AdminLayout>,
  ), status);
  const dataPage = async (c: C, who: Who, o: Omit<DataPageProps, "locale" | "csrfToken" | "counts"> = {}, status: 200 | 400 | 413 = 200) =>
    render(c, who, <DataPage locale={locale} csrfToken={who.session.csrfToken} counts={await countContent(db)} {...o} />, status);
  const today = () => DateTime.fromJSDate(deps.now()).setZone("Europe/Paris").toISODate()!;
  const download = (c: C, body: string, type: string, filename: string) => c.body(body, 200, {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${filename}"`,
  });

  return new Hono<AppEnv>()
    .get("/data", async (c) => dataPage(c, await gate(c)))
    .get("/data/export.json", async (c) => {
      const { actor } = await gate(c);
      const filename = `remembrance-${today()}.json`;
      const dataset = await exportDatasetFile(actor, { format: "json", filename }, commandContextOf(c, deps));
      return download(c, `${JSON.stringify(dataset, null, 2)}\n`, "application/json; charset=utf-8", filename);
    })
    .get("/data/collection.csv", async (c) => {
      const { actor } = await gate(c);
      const filename = `remembrance-collection-${today()}.csv`;
      const dataset = await exportDatasetFile(actor, { format: "csv", filename }, commandContextOf(c, deps));
      return download(c, collectionCsv(dataset), "text/csv; charset=utf-8", filename);
    })
    .post("/data/import", async (c) => {
      const who = await gate(c);
      // Refused before reading the body when the browser says how big it is.
      const declared = Number(c.req.header("content-length") ?? "0");
      if (declared > MAX_IMPORT_BYTES + MULTIPART_ALLOWANCE) return dataPage(c, who, { problems: { file: "file_too_large" } }, 413);
      const body = await c.req.parseBody();
      const file = body.file;
      const problems: Partial<Record<"file" | "confirm", ImportProblem>> = {};
      // A form sent without a chosen file carries an empty, nameless part.
      if (!(file instanceof File) || (file.size === 0 && file.name === "")) problems.file = "file_missing";
      else if (file.size > MAX_IMPORT_BYTES) problems.file = "file_too_large";
      if (body.confirm !== "replace") problems.confirm = "confirm_missing";
      if (Object.keys(problems).length > 0 || !(file instanceof File)) {
        return dataPage(c, who, { problems }, problems.file === "file_too_large" ? 413 : 400);
      }
      const fileName = (file.name || "upload.json").slice(0, 200);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const refused = (list: FileProblem[]) => dataPage(c, who, { fileProblems: { shown: list.slice(0, PROBLEMS_SHOWN), total: list.length, file: fileName } }, 400);
      let dataset;
      try {
        dataset = parseDatasetJson(new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, ""), fileName);
      } catch (error) {
        if (error instanceof DatasetError) return refused(error.problems.map((p) => ({ path: p.path, message: p.message })));
        throw error;
      }
      let outcome;
      try {
        outcome = await importDatasetFile(who.actor, {
          dataset, fileName, bytes, source: `back office: ${fileName}`, replace: true, keepRoles: true,
        }, commandContextOf(c, deps));
      } catch (error) {
        // E.g. a place left out whose visits hold bookings: the file's problem, said like the others.
        if (error instanceof DatasetError) return refused(error.problems.map((p) => ({ path: p.path, message: p.message })));
        const message = dataRefusal(error);
        if (message === undefined) throw error;
        return refused([{ path: "", message }]);
      }
      return render(c, who, <ImportDonePage locale={locale} file={fileName} counts={outcome.stored} restored={outcome.restored} dropped={outcome.dropped} />, 200, m.importedTitle);
    });
}
