/**
 * The search page: the form, then what the search found: a count, the corrected words, results by
 * kind as links, the ranked list with each result's kind, place and highlighted passage, and pages.
 */
import type { Locale } from "../../lib/locales.ts";
import { formatList } from "../../web/i18n/format.ts";
import { ErrorSummary, hasFilters, searchHref, SearchForm, type SearchErrors, type SearchValues } from "./search-form.views.tsx";
import { searchText, type SearchText } from "./search.page-text.ts";
import type { SearchAnswer, SearchHit } from "./search.types.ts";
import { paths } from "../../web/paths.ts";

export interface SearchPageData {
  values: SearchValues;
  errors: SearchErrors;
  options: SearchAnswer["options"];
  /** Absent when nothing was asked (no words, no filter) or the input was refused. */
  answer?: SearchAnswer;
}

function Result(props: { hit: SearchHit; locale: Locale; w: SearchText }) {
  const { hit, locale, w } = props;
  return (
    <li class="result">
      <p class="kicker result-kind">{w.kinds[hit.kind]}</p>
      <h3><a href={hit.path}>{hit.title}</a></h3>
      {hit.place ? <p class="result-place">{w.atPlace}{w.colon}<a href={paths.place(locale, hit.place.slug)}>{hit.place.name}</a></p> : null}
      {/* The service escapes the record's text and adds only <mark>: the one place HTML is written as is. */}
      {hit.snippetHtml ? <p class="snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} /> : null}
    </li>
  );
}

function KindLinks(props: { answer: SearchAnswer; values: SearchValues; locale: Locale; w: SearchText }) {
  const { answer, values, locale, w } = props;
  if (answer.kinds.length < 2 && !values.kind) return null;
  const all = answer.kinds.reduce((n, k) => n + k.count, 0);
  return (
    <nav class="filters kind-links" aria-label={w.byKind}>
      <ul>
        <li><a href={searchHref(locale, { ...values, kind: undefined })} aria-current={values.kind ? undefined : "page"}>{w.kindCount(w.allKinds, all)}</a></li>
        {answer.kinds.map((k) => (
          <li><a href={searchHref(locale, { ...values, kind: k.kind })} aria-current={values.kind === k.kind ? "page" : undefined}>
            {w.kindCount(w.kindsPlural[k.kind], k.count)}
          </a></li>
        ))}
      </ul>
    </nav>
  );
}

/** Page numbers shown: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pages: number): (number | "gap")[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? ["gap" as const, n] : [n]));
}

function Pagination(props: { answer: SearchAnswer; values: SearchValues; locale: Locale; w: SearchText }) {
  const { answer, values, locale, w } = props;
  if (answer.pages < 2) return null;
  const { page, pages } = answer;
  const href = (n: number) => searchHref(locale, values, n);
  return (
    <nav class="pagination" aria-label={w.pagination}>
      <ul>
        {page > 1 ? <li><a href={href(page - 1)} rel="prev">{w.previous}</a></li> : null}
        {pageWindow(page, pages).map((n) => n === "gap"
          ? <li aria-hidden="true">…</li>
          : <li><a href={href(n)} aria-label={w.pageNumber(n)} aria-current={n === page ? "page" : undefined}>{n}</a></li>)}
        {page < pages ? <li><a href={href(page + 1)} rel="next">{w.next}</a></li> : null}
      </ul>
    </nav>
  );
}

function NoResults(props: { answer: SearchAnswer; values: SearchValues; locale: Locale; w: SearchText }) {
  const { answer, values, locale, w } = props;
  return (
    <div class="panel no-results">
      <p>{w.tryInstead}</p>
      <ul>
        {answer.q ? <li>{w.checkSpelling}</li> : null}
        {hasFilters(values) ? <li><a href={searchHref(locale, { q: values.q })}>{w.removeFilters}</a></li> : null}
        <li><a href={paths.themes(locale)}>{w.browseThemes}</a></li>
        <li><a href={paths.places(locale)}>{w.browseNetwork}</a></li>
      </ul>
    </div>
  );
}

function Corrections(props: { answer: SearchAnswer; w: SearchText; locale: Locale }) {
  const { answer, w, locale } = props;
  if (answer.corrections.length === 0) return null;
  const words = answer.corrections.map((c) => new Intl.ListFormat(locale, { type: "disjunction" }).format(c.closest));
  return (
    <p class="correction">
      {w.showingFor} <strong>{formatList(locale, words)}</strong> <span class="muted">{w.insteadOf(answer.q)}</span>
    </p>
  );
}

function Results(props: { answer: SearchAnswer; values: SearchValues; locale: Locale }) {
  const { answer, values, locale } = props;
  const w = searchText(locale);
  if (answer.notice) {
    return <p class="notice panel" role="status">{answer.notice === "too_short" ? w.tooShort : w.noWords}</p>;
  }
  const heading = answer.total === 0 ? w.noResults(answer.q) : w.results(answer.total, answer.q, answer.totalIsLowerBound);
  const first = (answer.page - 1) * answer.pageSize + 1;
  return (
    <section class="search-results" aria-labelledby="results-title">
      <h2 id="results-title">
        {heading}
        {answer.pages > 1 ? <span class="muted">{`, ${w.pageOf(answer.page, answer.pages)}`}</span> : null}
      </h2>
      <Corrections answer={answer} w={w} locale={locale} />
      {answer.total === 0 ? <NoResults answer={answer} values={values} locale={locale} w={w} /> : <>
        <KindLinks answer={answer} values={values} locale={locale} w={w} />
        <ol class="result-list" start={first}>
          {answer.results.map((hit) => <Result hit={hit} locale={locale} w={w} />)}
        </ol>
        <Pagination answer={answer} values={values} locale={locale} w={w} />
      </>}
    </section>
  );
}

export function SearchPage(props: { data: SearchPageData; locale: Locale }) {
  const { data, locale } = props;
  const w = searchText(locale);
  const q = data.values.q ?? "";
  const invalid = Object.keys(data.errors).length > 0;
  return (
    <article class="search-page">
      <h1>{invalid ? w.invalidTitle : q.trim() ? w.titleFor(q) : w.title}</h1>
      <ErrorSummary errors={data.errors} locale={locale} />
      <SearchForm values={data.values} errors={data.errors} options={data.options} locale={locale} unfolded={!data.answer} />
      {data.answer ? <Results answer={data.answer} values={data.values} locale={locale} /> : invalid ? null : (
        <div class="search-start">
          <p>{w.startHint}</p>
          <ul>
            <li><a href={paths.themes(locale)}>{w.browseThemes}</a></li>
            <li><a href={paths.places(locale)}>{w.browseNetwork}</a></li>
          </ul>
        </div>
      )}
    </article>
  );
}
