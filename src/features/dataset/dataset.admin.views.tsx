/** The import and export page of the back office, and the page shown after an import. */
import type { Locale } from "../../lib/locales.ts";
import { adminUrl, CsrfField } from "../../web/admin/admin-layout.tsx";
import { adminText } from "../../web/admin/admin-text.ts";
import { formatNumber } from "../../web/i18n/format.ts";
import { datasetAdminText, type ImportProblem } from "./dataset.admin.page-text.ts";
import { CONTENT_KINDS, type ContentKind, type GrantBySlug } from "./dataset.admin.repository.ts";

/** The most problems of a refused file listed on the page (the total is always given). */
export const PROBLEMS_SHOWN = 200;
export const MAX_IMPORT_MB = 20;

export interface FileProblem {
  path: string;
  message: string;
}

function Counts({ locale, counts }: { locale: Locale; counts: Record<ContentKind, number> }) {
  const m = datasetAdminText(locale);
  return <ul>{CONTENT_KINDS.map((k) => <li>{`${formatNumber(locale, counts[k])} ${m.kinds[k]}`}</li>)}</ul>;
}

export interface DataPageProps {
  locale: Locale;
  csrfToken: string;
  counts: Record<ContentKind, number>;
  problems?: Partial<Record<"file" | "confirm", ImportProblem>>;
  /** The problems of a refused file, at most PROBLEMS_SHOWN of them, and how many there are. */
  fileProblems?: { shown: FileProblem[]; total: number; file: string };
}

function FileProblems({ locale, fileProblems }: { locale: Locale; fileProblems: NonNullable<DataPageProps["fileProblems"]> }) {
  const m = datasetAdminText(locale);
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="file-problems">
      <h2>{m.fileErrorsTitle(fileProblems.total)}</h2>
      <p><code>{fileProblems.file}</code>{fileProblems.total > fileProblems.shown.length ? <>{" — "}{m.fileErrorsShown(fileProblems.shown.length, fileProblems.total)}</> : null}</p>
      <table class="admin-table">
        <thead><tr><th scope="col">{m.where}</th><th scope="col">{m.problem}</th></tr></thead>
        <tbody>{fileProblems.shown.map((p) => <tr><td><code>{p.path || m.wholeFile}</code></td><td>{p.message}</td></tr>)}</tbody>
      </table>
    </div>
  );
}

export function DataPage({ locale, csrfToken, counts, problems = {}, fileProblems }: DataPageProps) {
  const m = datasetAdminText(locale);
  const entries = Object.entries(problems) as ["file" | "confirm", ImportProblem][];
  const describe = (name: "file" | "confirm", hint?: string) => [hint, problems[name] ? `import-${name}-error` : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <>
      <h1>{m.title}</h1>
      {entries.length > 0 ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{adminText(locale).errorSummaryTitle}</h2>
          <ul>{entries.map(([name, problem]) => <li><a href={`#import-${name}`}>{m.problems[problem]}</a></li>)}</ul>
        </div>
      ) : null}
      {fileProblems ? <FileProblems locale={locale} fileProblems={fileProblems} /> : null}
      <h2>{m.exportHeading}</h2>
      <p>{m.exportIntro}</p>
      <p class="actions">
        <a class="button" href={adminUrl(locale, "/data/export.json")} download>{m.downloadJson}</a>
        <a class="button secondary" href={adminUrl(locale, "/data/collection.csv")} download>{m.downloadCsv}</a>
      </p>
      <h2>{m.importHeading}</h2>
      <p><strong>{m.importWarning}</strong></p>
      <p>{m.importCheck}</p>
      <h3>{m.currentCounts}</h3>
      <Counts locale={locale} counts={counts} />
      {/* The CSRF field comes first: the check reads the form's fields before the file. */}
      <form method="post" action={adminUrl(locale, "/data/import")} enctype="multipart/form-data" novalidate>
        <CsrfField token={csrfToken} />
        <div class={problems.file ? "field has-error" : "field"}>
          <label for="import-file">{m.file}</label>
          <span class="hint" id="import-file-hint">{m.fileHint(MAX_IMPORT_MB)}</span>
          {problems.file ? <span class="error" id="import-file-error">{m.problems[problems.file]}</span> : null}
          <input type="file" id="import-file" name="file" accept="application/json,.json" required
            aria-invalid={problems.file ? "true" : undefined} aria-describedby={describe("file", "import-file-hint")} />
        </div>
        <div class={problems.confirm ? "field has-error" : "field"}>
          {problems.confirm ? <span class="error" id="import-confirm-error">{m.problems[problems.confirm]}</span> : null}
          <input type="checkbox" id="import-confirm" name="confirm" value="replace" required
            aria-invalid={problems.confirm ? "true" : undefined} aria-describedby={describe("confirm")} />
          {" "}<label for="import-confirm" class="inline-label">{m.confirm}</label>
        </div>
        <div class="actions"><button type="submit" class="danger">{m.importButton}</button></div>
      </form>
    </>
  );
}

export function ImportDonePage({ locale, file, counts, restored, dropped }: { locale: Locale; file: string; counts: Record<ContentKind, number>; restored: GrantBySlug[]; dropped: GrantBySlug[] }) {
  const m = datasetAdminText(locale);
  return (
    <>
      <h1>{m.importedTitle}</h1>
      <p role="status">{m.imported(file)}</p>
      <Counts locale={locale} counts={counts} />
      {restored.length > 0 ? <p>{m.rolesKept(restored.length)}</p> : null}
      {dropped.length > 0 ? <p>{m.rolesDropped(dropped.length, [...new Set(dropped.map((g) => g.placeSlug))].join(", "))}</p> : null}
      <p><a href={adminUrl(locale, "/data")}>{m.backToData}</a></p>
    </>
  );
}
