/** The pages before one is signed in: sign-in, second factor, choosing a password, and the refused-form page. */
import type { Locale } from "../../lib/locales.ts";
import type { Actor } from "../../web/app-env.ts";
import { AdminLayout, adminUrl, CsrfField } from "../../web/admin/admin-layout.tsx";
import { ErrorSummary, InputField, type FormErrors } from "./staff-form.views.tsx";
import { PASSWORD_MAX_LENGTH } from "./passwords.ts";
import { staffText } from "./staff.page-text.ts";

export interface SignInProps {
  locale: Locale;
  csrfToken: string;
  email?: string;
  next?: string;
  errors?: FormErrors;
  flash?: string;
}

const withNext = (path: string, next: string | undefined) => (next ? `${path}?next=${encodeURIComponent(next)}` : path);

export function SignInPage(p: SignInProps) {
  const m = staffText(p.locale);
  return (
    <AdminLayout locale={p.locale} path="/sign-in" title={m.signInTitle} flash={p.flash}>
      <h1>{m.signInTitle}</h1>
      <ErrorSummary locale={p.locale} errors={p.errors ?? {}} />
      <form method="post" action={withNext(adminUrl(p.locale, "/sign-in"), p.next)} novalidate>
        <CsrfField token={p.csrfToken} />
        <InputField id="email" name="email" type="email" label={m.email} value={p.email} error={p.errors?.email} autocomplete="username" required />
        <InputField id="password" name="password" type="password" label={m.password} error={p.errors?.password} autocomplete="current-password" required maxlength={1000} />
        <div class="actions"><button type="submit">{m.signIn}</button></div>
      </form>
    </AdminLayout>
  );
}

export function SecondFactorPage(p: { locale: Locale; csrfToken: string; next?: string; error?: string }) {
  const m = staffText(p.locale);
  const errors: FormErrors = p.error ? { code: p.error } : {};
  return (
    <AdminLayout locale={p.locale} path="/sign-in/second-factor" title={m.secondFactorTitle}>
      <h1>{m.secondFactorTitle}</h1>
      <ErrorSummary locale={p.locale} errors={errors} />
      <p id="code-intro">{m.secondFactorIntro}</p>
      <form method="post" action={withNext(adminUrl(p.locale, "/sign-in/second-factor"), p.next)} novalidate>
        <CsrfField token={p.csrfToken} />
        <InputField id="code" name="code" label={m.code} error={errors.code} autocomplete="one-time-code" required maxlength={40} />
        <div class="actions"><button type="submit">{m.continue}</button></div>
      </form>
    </AdminLayout>
  );
}

export function SetPasswordPage(p: { locale: Locale; csrfToken: string; token: string; email: string; errors?: FormErrors }) {
  const m = staffText(p.locale);
  return (
    <AdminLayout locale={p.locale} path="/set-password" title={m.setPasswordTitle}>
      <h1>{m.setPasswordTitle}</h1>
      <ErrorSummary locale={p.locale} errors={p.errors ?? {}} />
      <p>{m.setPasswordFor(p.email)}</p>
      <form method="post" action={`${adminUrl(p.locale, "/set-password")}?token=${encodeURIComponent(p.token)}`} novalidate>
        <CsrfField token={p.csrfToken} />
        <InputField id="new-password" name="newPassword" type="password" label={m.newPassword} hint={m.newPasswordHint} error={p.errors?.["new-password"]} autocomplete="new-password" required maxlength={PASSWORD_MAX_LENGTH * 4} />
        <InputField id="new-password-again" name="newPasswordAgain" type="password" label={m.newPasswordAgain} error={p.errors?.["new-password-again"]} autocomplete="new-password" required maxlength={PASSWORD_MAX_LENGTH * 4} />
        <div class="actions"><button type="submit">{m.savePassword}</button></div>
      </form>
    </AdminLayout>
  );
}

export function LinkInvalidPage(p: { locale: Locale }) {
  const m = staffText(p.locale);
  return (
    <AdminLayout locale={p.locale} path="/set-password" title={m.linkInvalidTitle}>
      <h1>{m.linkInvalidTitle}</h1>
      <p>{m.linkInvalidText}</p>
      <p><a href={adminUrl(p.locale, "/sign-in")}>{m.goToSignIn}</a></p>
    </AdminLayout>
  );
}

export function CsrfFailedPage(p: { locale: Locale; actor?: Actor; csrfToken?: string; path: string }) {
  const m = staffText(p.locale);
  return (
    <AdminLayout locale={p.locale} path={p.path} title={m.csrfTitle} actor={p.actor} csrfToken={p.csrfToken}>
      <h1>{m.csrfTitle}</h1>
      <p>{m.csrfText}</p>
      <p class="muted">csrf_failed</p>
    </AdminLayout>
  );
}
