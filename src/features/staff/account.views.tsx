/** The account page: profile, password, second factor and recovery codes, sessions. */
import { renderSVG } from "uqr";
import { formatInstant } from "../../web/i18n/format.ts";
import type { Locale } from "../../lib/locales.ts";
import type { Actor } from "../../web/app-env.ts";
import { AdminLayout, adminUrl, CsrfField } from "../../web/admin/admin-layout.tsx";
import { ErrorSummary, InputField, type FormErrors } from "./staff-form.views.tsx";
import { PASSWORD_MAX_LENGTH } from "./passwords.ts";
import { staffText } from "./staff.page-text.ts";
import { formatTotpSecret } from "./totp.ts";

export interface SessionListItem {
  id: number;
  createdAt: Date;
  lastSeenAt: Date;
  address: string | null;
  userAgent: string | null;
}

export interface AccountPageProps {
  locale: Locale;
  actor: Actor;
  csrfToken: string;
  currentSessionId: number;
  totpOn: boolean;
  /** While setting up: the secret to show and its otpauth:// address for the QR code. */
  totpSetup?: { secret: string; uri: string };
  recoveryCodesLeft: number;
  sessions: SessionListItem[];
  flash?: string;
  totpRequired?: boolean;
  /** Shown once, right after they are made. */
  newRecoveryCodes?: string[];
  errors?: FormErrors;
  /** The profile as typed, when it is shown again with an error. */
  profile?: { name: string; locale: Locale };
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", fr: "Français" };


export function AccountPage(p: AccountPageProps) {
  const m = staffText(p.locale);
  const errors = p.errors ?? {};
  const action = (path: string) => adminUrl(p.locale, `/account${path}`);
  const profile = p.profile ?? { name: p.actor.name, locale: p.actor.locale };
  return (
    <AdminLayout locale={p.locale} path="/account" title={m.accountTitle} actor={p.actor} csrfToken={p.csrfToken} flash={p.flash}>
      <h1>{m.accountTitle}</h1>
      {p.totpRequired && !p.totpOn ? <p class="error-summary" role="alert">{m.totpRequired}</p> : null}
      <ErrorSummary locale={p.locale} errors={errors} />
      {p.newRecoveryCodes ? <RecoveryCodesShownOnce locale={p.locale} codes={p.newRecoveryCodes} /> : null}

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{m.profile}</h2>
        <form method="post" action={action("/profile")} novalidate>
          <CsrfField token={p.csrfToken} />
          <InputField id="name" name="name" label={m.name} value={profile.name} error={errors.name} autocomplete="name" required maxlength={200} />
          <div class="field">
            <label for="locale">{m.language}</label>
            <select id="locale" name="locale">
              {(["en", "fr"] as const).map((l) => <option value={l} selected={profile.locale === l} lang={l}>{LANGUAGE_NAMES[l]}</option>)}
            </select>
          </div>
          <div class="actions"><button type="submit">{m.save}</button></div>
        </form>
      </section>

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{m.changePassword}</h2>
        <form method="post" action={action("/password")} novalidate>
          <CsrfField token={p.csrfToken} />
          <InputField id="current-password" name="currentPassword" type="password" label={m.currentPassword} error={errors["current-password"]} autocomplete="current-password" required />
          <InputField id="new-password" name="newPassword" type="password" label={m.newPassword} hint={m.newPasswordHint} error={errors["new-password"]} autocomplete="new-password" required maxlength={PASSWORD_MAX_LENGTH * 4} />
          <InputField id="new-password-again" name="newPasswordAgain" type="password" label={m.newPasswordAgain} error={errors["new-password-again"]} autocomplete="new-password" required maxlength={PASSWORD_MAX_LENGTH * 4} />
          <div class="actions"><button type="submit">{m.changePassword}</button></div>
        </form>
      </section>

      <SecondFactorSection {...p} errors={errors} />

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{m.sessions}</h2>
        <table class="admin-table">
          <thead>
            <tr><th scope="col">{m.sessionStarted}</th><th scope="col">{m.sessionLastSeen}</th><th scope="col">{m.sessionAddress}</th><th scope="col">{m.sessionBrowser}</th></tr>
          </thead>
          <tbody>
            {p.sessions.map((s) => (
              <tr>
                <td>{formatInstant(p.locale, s.createdAt)}{s.id === p.currentSessionId ? <> <span class="badge">{m.thisBrowser}</span></> : null}</td>
                <td>{formatInstant(p.locale, s.lastSeenAt)}</td>
                <td>{s.address ?? m.unknown}</td>
                <td>{s.userAgent ?? m.unknown}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action={action("/sign-out-everywhere")}>
          <CsrfField token={p.csrfToken} />
          <p class="hint" id="everywhere-hint">{m.signOutEverywhereHint}</p>
          <div class="actions"><button type="submit" class="secondary" aria-describedby="everywhere-hint">{m.signOutEverywhere}</button></div>
        </form>
      </section>
    </AdminLayout>
  );
}

function SecondFactorSection(p: AccountPageProps & { errors: FormErrors }) {
  const m = staffText(p.locale);
  const action = (path: string) => adminUrl(p.locale, `/account${path}`);
  return (
    <section aria-labelledby="totp-heading">
      <h2 id="totp-heading">{m.secondFactor}</h2>
      <p>{p.totpOn ? m.totpOn : m.totpOff}</p>
      {!p.totpOn && p.totpSetup ? (
        <form method="post" action={action("/totp/confirm")} novalidate>
          <CsrfField token={p.csrfToken} />
          <p>{m.totpScan}</p>
          <p><img src={`data:image/svg+xml;base64,${Buffer.from(renderSVG(p.totpSetup.uri, { border: 4, pixelSize: 6 })).toString("base64")}`} alt={m.totpQrLabel} width="240" height="240" class="qr-code" /></p>
          <p>{m.totpKey}: <code>{formatTotpSecret(p.totpSetup.secret)}</code></p>
          <InputField id="totp-code" name="code" label={m.totpCode} error={p.errors["totp-code"]} autocomplete="one-time-code" inputmode="numeric" required maxlength={10} />
          <div class="actions"><button type="submit">{m.totpEnable}</button></div>
        </form>
      ) : null}
      {!p.totpOn && !p.totpSetup ? (
        <form method="post" action={action("/totp/start")}>
          <CsrfField token={p.csrfToken} />
          <div class="actions"><button type="submit">{m.totpStart}</button></div>
        </form>
      ) : null}
      {p.totpOn ? (
        <>
          <h3>{m.recoveryCodes}</h3>
          <p>{m.recoveryCodesLeft(p.recoveryCodesLeft)}</p>
          <form method="post" action={action("/recovery-codes")}>
            <CsrfField token={p.csrfToken} />
            <p class="hint" id="regenerate-hint">{m.recoveryCodesRegenerateHint}</p>
            <div class="actions"><button type="submit" class="secondary" aria-describedby="regenerate-hint">{m.recoveryCodesRegenerate}</button></div>
          </form>
          <h3>{m.totpDisable}</h3>
          <form method="post" action={action("/totp/disable")} novalidate>
            <CsrfField token={p.csrfToken} />
            <p>{m.totpDisableIntro}</p>
            <InputField id="disable-password" name="password" type="password" label={m.password} error={p.errors["disable-password"]} autocomplete="current-password" required />
            <InputField id="disable-code" name="code" label={m.totpCode} error={p.errors["disable-code"]} autocomplete="one-time-code" inputmode="numeric" required maxlength={10} />
            <div class="actions"><button type="submit" class="danger">{m.totpDisable}</button></div>
          </form>
        </>
      ) : null}
    </section>
  );
}

function RecoveryCodesShownOnce(p: { locale: Locale; codes: string[] }) {
  const m = staffText(p.locale);
  return (
    <section class="flash" aria-labelledby="new-codes-heading">
      <h2 id="new-codes-heading">{m.recoveryCodes}</h2>
      <p>{m.recoveryCodesShownOnce}</p>
      <ul class="recovery-codes">{p.codes.map((code) => <li><code>{code}</code></li>)}</ul>
    </section>
  );
}
