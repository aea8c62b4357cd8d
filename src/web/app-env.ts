/** What every feature's routes receive: the database, the clock, the logger. */
import type { Database } from "../db/database.ts";
import type { Locale } from "../lib/locales.ts";
import type { LimitSettings } from "../lib/config.ts";
import type { Logger } from "../lib/logger.ts";
import type { SecretKeyring } from "../lib/secret-key.ts";
import type { PageCache } from "./page-cache.ts";

export interface AppDeps {
  db: Database;
  /** True when the database answers (for /health). */
  ping: () => Promise<boolean>;
  logger: Logger;
  now: () => Date;
  /** The site's origin (no trailing slash): every absolute address is built on it, never on a request's Host. */
  publicUrl: string;
  /** Host names requests may carry (see ALLOWED_HOSTS); others are answered 421. Any when unset. */
  allowedHosts?: readonly string[];
  /** The current content revision (see DatabaseHandle.contentRevision). */
  contentRevision: () => Promise<number>;
  /** Rendered pages of this process (see page-cache.ts). */
  pageCache: PageCache;
  /**
   * The abuse limits of public writes (features/limits), set by the composition root from the
   * configuration; absent only in tests that are not about limits (then nothing is limited).
   */
  limits?: AbuseLimits;
  /** Seals what is kept secret at rest (TOTP secrets, waiting messages, idempotent replies); see lib/secret-key.ts. */
  secrets: SecretKeyring;
  /** Back-office security settings (see lib/config.ts); defaults suit tests and local use. */
  security?: SecuritySettings;
  /**
   * Renders the public page at `path` with other deps (the back office's preview passes its
   * transaction). Set by the composition root, which alone knows the public page routers.
   */
  renderPublicPage?: (deps: AppDeps, path: string) => Promise<Response>;
  // A capability may add its own settings here by declaration merging (the booking path's seam: BookingSettings).
}

export interface AbuseLimits {
  settings: LimitSettings;
  /** True when `payload` (the form's `altcha` field, the API's `Altcha` header) is a proof of work not spent before. */
  proofIsValid: (payload: string | undefined) => Promise<boolean>;
}

export interface SecuritySettings {
  /** Administrators must have a second factor (TOTP) before they may do anything else. */
  requireAdminTotp: boolean;
  /** Take the client address from the first X-Forwarded-For entry (only behind a trusted proxy). */
  trustProxy: boolean;
}

export type PlaceRole = "editor" | "moderator" | "front_desk";

/** A role held for one place. */
export interface RoleGrant {
  placeId: number;
  role: PlaceRole;
}

/** The signed-in member of staff a request acts for (set by the staff capability's session middleware). */
export interface Actor {
  accountId: number;
  email: string;
  name: string;
  isAdministrator: boolean;
  locale: Locale;
  grants: readonly RoleGrant[];
  /** True when the account has a second factor enabled. */
  hasTotp: boolean;
}

/** The back-office session of a request: its id and the CSRF token every form of it must carry. */
export interface StaffSession {
  id: number;
  csrfToken: string;
}

export interface AppEnv {
  Variables: { requestId: string; actor?: Actor; session?: StaffSession };
}
