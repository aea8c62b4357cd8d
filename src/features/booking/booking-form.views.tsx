/**
 * The booking form of one time: the visit and what it requires again, then number of people, name,
 * e-mail and (for visits with steps) an acknowledgement. Errors are listed at the top, linking to
 * their fields, and written beside each field; what was typed is kept.
 */
import { ProofOfWorkField } from "../limits/proof-of-work.views.tsx";
import type { Locale } from "../../lib/locales.ts";
import { fallbackLang } from "../../web/views/text.tsx";
import { bookingText } from "./booking.page-text.ts";
import { offerPath, type VisitSummary } from "./booking-pages.presenter.ts";
import type { SlotView } from "./booking.service.ts";
import { BookingRules, NextTimes, Requirements, VisitBreadcrumb, VisitFacts } from "./booking.views.tsx";
import { fieldErrorOf } from "../../web/views/field-error.tsx";
import { paths } from "../../web/paths.ts";

export type FormField = "party" | "name" | "email" | "acknowledge";
export type FormErrors = Partial<Record<FormField, string>>;

export interface FormValues {
  party: number;
  name: string;
  email: string;
  acknowledge: boolean;
}

export interface BookingFormData {
  visit: VisitSummary;
  slot: { id: number; dayText: string; time: string };
  /** Party sizes the form offers (up to what is left). */
  partySizes: number[];
  values: FormValues;
  errors: FormErrors;
  /** Why the time cannot take the party (full, or just filled up), with the next times that fit. */
  full?: { message: string; next: SlotView[]; party: number };
  /** A message above the form (e.g. the form was sent twice with other details). */
  notice?: string;
  /** True when the abuse limits ask for a proof of work: the form carries the widget that does it. */
  proof: boolean;
  /** False when the time has no room left: only the next times are offered. */
  showForm: boolean;
  csrfToken: string;
  /** One key per form shown: sending it twice books once. */
  formKey: string;
}

const FIELD_ORDER: FormField[] = ["party", "name", "email", "acknowledge"];
const fieldId = (field: FormField) => `booking-${field}`;

function ErrorSummary(props: { errors: FormErrors; labels: Record<FormField, string>; locale: Locale }) {
  const fields = FIELD_ORDER.filter((f) => props.errors[f] !== undefined);
  if (fields.length === 0) return null;
  const w = bookingText(props.locale);
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{w.errorSummaryTitle}</h2>
      <p>{w.errorSummaryIntro(fields.length)}</p>
      <ul>{fields.map((f) => <li><a href={`#${fieldId(f)}`}>{`${props.labels[f]}${w.colon}${props.errors[f]}`}</a></li>)}</ul>
    </div>
  );
}

const errorOf = (errors: FormErrors, field: FormField, hint?: boolean) => fieldErrorOf(errors[field], fieldId(field), hint);

function Form(props: { data: BookingFormData; locale: Locale }) {
  const { data, locale } = props;
  const { values, errors, visit } = data;
  const w = bookingText(locale);
  const party = errorOf(errors, "party");
  const name = errorOf(errors, "name", true);
  const email = errorOf(errors, "email", true);
  const ack = errorOf(errors, "acknowledge");
  const required = <span class="muted"> ({w.required})</span>;
  return (
    <form method="post" action={paths.bookings(locale)} class="booking-form" novalidate>
      <input type="hidden" name="_csrf" value={data.csrfToken} />
      <input type="hidden" name="_key" value={data.formKey} />
      <input type="hidden" name="slot" value={String(data.slot.id)} />
      <div class={party.cls}>
        <label for={fieldId("party")}>{w.partyLabel}</label>
        {party.text}
        <select id={fieldId("party")} name="party" {...party.aria}>
          {data.partySizes.map((n) => <option value={String(n)} selected={n === values.party}>{n}</option>)}
        </select>
      </div>
      <fieldset>
        <legend>{w.yourDetails}</legend>
        <div class={name.cls}>
          <label for={fieldId("name")}>{w.nameLabel}{required}</label>
          <span class="hint" id={`${fieldId("name")}-hint`}>{w.nameHint}</span>
          {name.text}
          <input type="text" id={fieldId("name")} name="name" value={values.name} autocomplete="name" maxlength={200} {...name.aria} />
        </div>
        <div class={email.cls}>
          <label for={fieldId("email")}>{w.emailLabel}{required}</label>
          <span class="hint" id={`${fieldId("email")}-hint`}>{w.emailHint}</span>
          {email.text}
          <input type="email" id={fieldId("email")} name="email" value={values.email} autocomplete="email" spellcheck={false} {...email.aria} />
        </div>
      </fieldset>
      {visit.needsAcknowledgement ? (
        <div class={`${ack.cls} checkbox-field`}>
          {ack.text}
          <input type="checkbox" id={fieldId("acknowledge")} name="acknowledge" value="yes" checked={values.acknowledge} {...ack.aria} />
          <label for={fieldId("acknowledge")}>{w.acknowledge}{required}</label>
        </div>
      ) : null}
      {data.proof ? <ProofOfWorkField locale={locale} /> : null}
      <p><button type="submit" class="button">{w.confirm}</button></p>
    </form>
  );
}

export function BookingFormPage(props: { data: BookingFormData; locale: Locale }) {
  const { data, locale } = props;
  const { visit } = data;
  const w = bookingText(locale);
  const labels: Record<FormField, string> = { party: w.partyLabel, name: w.nameLabel, email: w.emailLabel, acknowledge: w.acknowledgement };
  return (
    <article>
      <VisitBreadcrumb visit={visit} locale={locale} current={w.bookTitle} />
      <h1>{w.bookTitle}</h1>
      <ErrorSummary errors={data.errors} labels={labels} locale={locale} />
      {data.notice ? <p class="notice" role="status">{data.notice}</p> : null}
      <dl class="facts">
        <dt>{w.visit}</dt><dd lang={fallbackLang(visit, "title")}>{visit.title}</dd>
        <dt>{w.place}</dt><dd lang={fallbackLang(visit, "placeName")}>{visit.placeName}</dd>
        {visit.address ? <><dt>{w.address}</dt><dd>{visit.address}</dd></> : null}
        <dt>{w.when}</dt><dd>{w.at(data.slot.dayText, data.slot.time)}</dd>
      </dl>
      <VisitFacts visit={visit} w={w} />
      <BookingRules visit={visit} w={w} />
      <Requirements lines={visit.requirements} title={w.beforeYouBook} id="before-booking" w={w} />
      {data.full ? (
        <section aria-labelledby="full" class="panel notice">
          <h2 id="full">{data.full.message}</h2>
          <NextTimes next={data.full.next} party={data.full.party} locale={locale} />
          {data.showForm ? <p>{w.chooseAnother}</p> : null}
        </section>
      ) : null}
      {data.showForm ? <Form data={data} locale={locale} /> : null}
      <p><a href={offerPath(locale, visit)}>{w.allTimes}</a></p>
    </article>
  );
}

/** A time that cannot be booked for a reason the visitor cannot fix on the form (started, not yet open, museum only). */
export function BookingRefusedPage(props: { visit: VisitSummary; title: string; message: string; locale: Locale }) {
  const { visit, locale } = props;
  const w = bookingText(locale);
  return (
    <article>
      <VisitBreadcrumb visit={visit} locale={locale} current={w.bookTitle} />
      <h1>{props.title}</h1>
      <p class="prose">{props.message}</p>
      <p><a href={offerPath(locale, visit)}>{w.allTimes}</a></p>
    </article>
  );
}
