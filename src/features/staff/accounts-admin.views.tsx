/** The staff account pages: the list, the invitation and edit forms, the one-time link, the disable confirmation. */
import { DateTime } from "luxon";
import type { Locale, LocalizedText } from "../../lib/locales.ts";
import { adminUrl, CsrfField } from "../../web/admin/admin-layout.tsx";
import { adminText } from "../../web/admin/admin-text.ts";
import { grantKey, PLACE_ROLES, type AccountField, type AccountFormValues, type AccountProblem } from "./accounts-admin.form.ts";
import { accountsText, type AccountRefusal } from "./accounts-admin.page-text.ts";
import type { AccountRecord } from "./accounts-admin.repository.ts";
import { adminPaths } from "../../web/admin/admin-paths.ts";

export interface PlaceChoice {
  id: number;
  slug: string;
  name: LocalizedText;
}

const nameIn = (t: LocalizedText, locale: Locale, fallback: string) => t[locale] ?? t.en ?? t.fr ?? fallback;

/** An instant as staff read it: in Paris time, written in their language. */
export const parisTime = (at: Date, locale: Locale) =>
  `${DateTime.fromJSDate(at).setZone("Europe/Paris").setLocale(locale).toLocaleString(DateTime.DATETIME_MED)} (${locale === "fr" ? "heure de Paris" : "Paris time"})`;

export function AccountsList({ locale, accounts }: { locale: Locale; accounts: AccountRecord[] }) {
  const m = accountsText(locale);
  return (
    <>
      <h1>{m.title}</h1>
      <p class="actions"><a class="button" href={adminUrl(locale, "/accounts/new")}>{m.invite}</a></p>
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">{m.name}</th><th scope="col">{m.email}</th><th scope="col">{m.administrator}</th>
            <th scope="col">{m.roles}</th><th scope="col">{m.secondFactor}</th><th scope="col">{m.status}</th><th scope="col">{m.lastSignIn}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr>
              <td><a href={adminPaths.account(locale, a.id)} aria-label={m.edit(a.name)}>{a.name}</a></td>
              <td>{a.email}</td>
              <td>{a.isAdministrator ? m.yes : m.no}</td>
              <td>
                {a.isAdministrator ? m.allPlaces : a.grants.length === 0 ? m.noRoles : (
                  <ul class="plain-list">{a.grants.map((g) => <li>{`${nameIn(g.placeName, locale, g.placeSlug)}: ${m.roleNames[g.role]}`}</li>)}</ul>
                )}
              </td>
              <td>{a.hasTotp ? m.on : m.off}</td>
              <td>
                {a.disabledAt ? <span class="badge warning">{m.disabled}</span> : <span class="badge">{m.active}</span>}
                {!a.hasPassword && !a.disabledAt ? <><br /><span class="muted">{m.waitingForPassword}</span></> : null}
              </td>
              <td>{a.lastSignInAt ? parisTime(a.lastSignInAt, locale) : m.never}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

type Problems = Partial<Record<AccountField, AccountProblem>>;

function ErrorSummary({ locale, problems }: { locale: Locale; problems: Problems }) {
  const entries = Object.entries(problems) as [AccountField, AccountProblem][];
  if (entries.length === 0) return null;
  const m = accountsText(locale);
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{adminText(locale).errorSummaryTitle}</h2>
      <ul>{entries.map(([field, problem]) => <li><a href={`#account-${field}`}>{m.problems[problem]}</a></li>)}</ul>
    </div>
  );
}

function TextField(props: { locale: Locale; field: "email" | "name"; type: string; label: string; hint?: string; value: string; problem?: AccountProblem }) {
  const id = `account-${props.field}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.problem ? `${id}-error` : undefined;
  return (
    <div class={props.problem ? "field has-error" : "field"}>
      <label for={id}>{props.label} <span class="muted">({adminText(props.locale).required})</span></label>
      {props.hint ? <span class="hint" id={hintId}>{props.hint}</span> : null}
      {props.problem ? <span class="error" id={errorId}>{accountsText(props.locale).problems[props.problem]}</span> : null}
      <input type={props.type} id={id} name={props.field} value={props.value} required autocomplete="off"
        aria-invalid={props.problem ? "true" : undefined} aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} />
    </div>
  );
}

export interface AccountFormProps {
  locale: Locale;
  mode: "invite" | "edit";
  action: string;
  csrfToken: string;
  values: AccountFormValues;
  problems: Problems;
  places: PlaceChoice[];
}

export function AccountForm(props: AccountFormProps) {
  const { locale, values, problems } = props;
  const m = accountsText(locale);
  const ticked = new Set(values.grants);
  const grantsErrorId = problems.grants ? "account-grants-error" : undefined;
  return (
    <form method="post" action={props.action} novalidate>
      <CsrfField token={props.csrfToken} />
      <ErrorSummary locale={locale} problems={problems} />
      {props.mode === "invite" ? <TextField locale={locale} field="email" type="email" label={m.email} hint={m.emailHint} value={values.email} problem={problems.email} /> : null}
      <TextField locale={locale} field="name" type="text" label={m.name} value={values.name} problem={problems.name} />
      <div class={problems.locale ? "field has-error" : "field"}>
        <label for="account-locale">{m.language}</label>
        {problems.locale ? <span class="error" id="account-locale-error">{m.problems[problems.locale]}</span> : null}
        <select id="account-locale" name="locale" aria-invalid={problems.locale ? "true" : undefined} aria-describedby={problems.locale ? "account-locale-error" : undefined}>
          {(["en", "fr"] as const).map((l) => <option value={l} selected={values.locale === l} lang={l}>{m.languages[l]}</option>)}
        </select>
      </div>
      <div class="field">
        <input type="checkbox" id="account-isAdministrator" name="isAdministrator" checked={values.isAdministrator} aria-describedby="account-isAdministrator-hint" />
        {" "}<label for="account-isAdministrator" class="inline-label">{m.administrator}</label>
        <span class="hint" id="account-isAdministrator-hint">{m.administratorHint}</span>
      </div>
      <fieldset id="account-grants" class={problems.grants ? "field has-error" : "field"} aria-describedby={["account-grants-hint", grantsErrorId].filter(Boolean).join(" ")}>
        <legend>{m.roles}</legend>
        <span class="hint" id="account-grants-hint">{m.rolesHint}</span>
        {problems.grants ? <span class="error" id={grantsErrorId}>{m.problems[problems.grants]}</span> : null}
        {props.places.length === 0 ? <p>{m.noPlaces}</p> : (
          <table class="admin-table">
            <thead><tr><th scope="col">{m.institution}</th>{PLACE_ROLES.map((r) => <th scope="col">{m.roleNames[r]}</th>)}</tr></thead>
            <tbody>
              {props.places.map((p) => (
                <tr>
                  <th scope="row" id={`place-${p.slug}`}>{nameIn(p.name, locale, p.slug)}</th>
                  {PLACE_ROLES.map((r) => {
                    const id = `grant-${p.slug}-${r}`;
                    return (
                      <td>
                        <input type="checkbox" id={id} name="grants" value={grantKey(p.slug, r)} checked={ticked.has(grantKey(p.slug, r))} />
                        <label for={id} class="visually-hidden">{`${nameIn(p.name, locale, p.slug)}: ${m.roleNames[r]}`}</label>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </fieldset>
      <div class="actions">
        <button type="submit">{props.mode === "invite" ? m.createAccount : m.save}</button>
        <a href={adminUrl(locale, "/accounts")}>{m.cancel}</a>
      </div>
    </form>
  );
}

export function AccountEditPage(props: AccountFormProps & { account: AccountRecord; refusal?: AccountRefusal }) {
  const { locale, account } = props;
  const m = accountsText(locale);
  return (
    <>
      <h1>{m.editTitle(account.name)}</h1>
      <p>
        {account.email}{" — "}
        {account.disabledAt ? <span class="badge warning">{m.disabled}</span> : <span class="badge">{m.active}</span>}
        {" — "}{m.secondFactor}: {account.hasTotp ? m.on : m.off}
      </p>
      {props.refusal ? <div class="error-summary" role="alert"><p>{m.refusals[props.refusal]}</p></div> : null}
      <AccountForm {...props} />
      <h2>{m.linkLabel}</h2>
      {account.disabledAt ? <p>{m.refusals.disabled_account}</p> : (
        <form method="post" action={adminPaths.accountAction(locale, account.id, "link")}>
          <CsrfField token={props.csrfToken} />
          <p class="hint" id="new-link-hint">{m.newLinkHint}</p>
          <button type="submit" class="secondary" aria-describedby="new-link-hint">{m.newLink}</button>
        </form>
      )}
      <h2>{m.status}</h2>
      {account.disabledAt ? (
        <form method="post" action={adminPaths.accountAction(locale, account.id, "enable")}>
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="secondary">{m.enable}</button>
        </form>
      ) : (
        <p><a class="button secondary" href={adminPaths.accountAction(locale, account.id, "disable")}>{m.disable}</a></p>
      )}
    </>
  );
}

export function DisableConfirmPage({ locale, account, csrfToken, refusal }: { locale: Locale; account: AccountRecord; csrfToken: string; refusal?: AccountRefusal }) {
  const m = accountsText(locale);
  return (
    <>
      <h1>{m.disableTitle(account.name)}</h1>
      {refusal ? <div class="error-summary" role="alert"><p>{m.refusals[refusal]}</p></div> : null}
      <p>{m.disableText}</p>
      <form method="post" action={adminPaths.accountAction(locale, account.id, "disable")} class="actions">
        <CsrfField token={csrfToken} />
        <button type="submit" class="danger">{m.confirmDisable}</button>
        <a href={adminPaths.account(locale, account.id)}>{m.cancel}</a>
      </form>
    </>
  );
}

export function OneTimeLinkPage({ locale, account, link, expiresAt, created }: { locale: Locale; account: AccountRecord; link: string; expiresAt: Date; created: boolean }) {
  const m = accountsText(locale);
  return (
    <>
      <h1>{created ? m.createdTitle(account.name) : m.linkTitle(account.name)}</h1>
      <p>{m.linkIntro(account.email, parisTime(expiresAt, locale))}</p>
      <p class="flash" role="status">{m.linkMailed}</p>
      <div class="field">
        <label for="one-time-link">{m.linkLabel}</label>
        <input type="text" id="one-time-link" value={link} readonly />
      </div>
      <p class="actions">
        <a href={adminPaths.account(locale, account.id)}>{m.editTitle(account.name)}</a>
        <a href={adminUrl(locale, "/accounts")}>{m.cancel}</a>
      </p>
    </>
  );
}
