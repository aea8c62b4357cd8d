/** Configuration, read once from the environment and validated at start-up. */
import { join, resolve } from "node:path";
import { z } from "zod";
import { parseRate, type LimitRule } from "./rates.ts";
import { MIN_SECRET_KEY_LENGTH } from "./secret-key.ts";

const databaseUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL, e.g. postgres://user@127.0.0.1:5432/remembrance" })
  .optional();

/** "name@domain" or "Display name <name@domain>". */
const MAIL_ADDRESS = /^(?:[^<>@\s]+@[^<>@\s]+|[^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>)$/;
/** "memorial.example.org,www.memorial.example.org:8443": host names (or addresses), each with an optional port. */
const HOST_LIST = /^\s*[A-Za-z0-9.-]+(:\d{1,5})?\s*(,\s*[A-Za-z0-9.-]+(:\d{1,5})?\s*)*$/;
const DEFAULT_MAIL_FROM = "Remembrance <no-reply@localhost>";

/** An on/off setting: true/false, 1/0, yes/no, on/off (any case); unset or empty is `fallback`. */
const booleanFlag = (fallback: boolean) => z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toLowerCase()) : v),
  z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { error: "must be true or false" }).optional(),
).transform((v) => (v === undefined ? fallback : ["true", "1", "yes", "on"].includes(v)));

/** A limit of the abuse limits: "30/1h" (hits per window, in s, m, h or d), or "off". */
const rateSetting = (fallback: string) => z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : fallback),
  z.string().refine((v) => v === "off" || parseRate(v) !== undefined, "must be a number of requests per window, e.g. 30/1h (s, m, h or d), or off"));
/** After how many hits of its window a limit asks for a proof of work: a whole number (0: always), or "off". */
const proofSetting = (fallback: number) => z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : String(fallback)),
  z.string().regex(/^(\d{1,7}|off)$/, "must be a whole number of requests (0: always), or off"));

/** The abuse limits' defaults (README, "Running in production"): a family booking is never slowed. */
const LIMIT_DEFAULTS = {
  bookingsPerAddress: { env: "BOOKINGS_PER_ADDRESS", rate: "30/1h", proofAfter: 6 },
  bookingsPerEmail: { env: "BOOKINGS_PER_EMAIL", rate: "10/1d", proofAfter: 3 },
  bookingsPerVisitDay: { env: "BOOKINGS_PER_VISIT_DAY", rate: "600/10m", proofAfter: 60 },
  signInsPerAddress: { env: "SIGN_INS_PER_ADDRESS", rate: "30/10m", proofAfter: undefined },
  cancelsPerAddress: { env: "CANCELS_PER_ADDRESS", rate: "30/1h", proofAfter: undefined },
} as const;
export type LimitName = keyof typeof LIMIT_DEFAULTS;
/** Each public write's limit; null where the operator turned it off. */
export type LimitSettings = Record<LimitName, LimitRule | null>;

const limitVariables = Object.fromEntries(Object.values(LIMIT_DEFAULTS).flatMap(({ env, rate, proofAfter }) => [
  [`LIMIT_${env}`, rateSetting(rate)],
  ...(proofAfter === undefined ? [] : [[`PROOF_AFTER_${env}`, proofSetting(proofAfter)]]),
])) as Record<string, z.ZodType<string>>;

function limitSettingsOf(values: Record<string, unknown>): LimitSettings {
  const rule = ({ env, proofAfter }: { env: string; proofAfter?: number }): LimitRule | null => {
    const rate = parseRate(String(values[`LIMIT_${env}`]));
    if (!rate) return null;
    const proof = proofAfter === undefined ? "off" : String(values[`PROOF_AFTER_${env}`]);
    return proof === "off" ? rate : { ...rate, proofAfter: Number(proof) };
  };
  return Object.fromEntries(Object.entries(LIMIT_DEFAULTS).map(([name, d]) => [name, rule(d)])) as LimitSettings;
}
const MAKE_A_KEY = "make one with: openssl rand -base64 48";
const secretKey = z.string()
  .min(MIN_SECRET_KEY_LENGTH, `must have at least ${MIN_SECRET_KEY_LENGTH} characters; ${MAKE_A_KEY}`)
  .regex(/^[^,\s]+$/, `must be one word without commas or spaces; ${MAKE_A_KEY}`);

export const configSchema = z.object({
  PORT: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be between 1 and 65535 (0 picks a free port)").max(65535, "must be between 1 and 65535 (0 picks a free port)").default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), databaseUrl),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2, "must be at least 2").max(100).default(10),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  NODE_ENV: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["development", "test", "production"]).default("development")),
  PUBLIC_URL: z.preprocess((v) => (v === "" ? undefined : v),
    z.url({ protocol: /^https?$/, error: "must be the site's public address, e.g. https://memorial.example.org" }).optional()),
  ALLOWED_HOSTS: z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v) : v),
    z.string().regex(HOST_LIST, "must be host names, with a port where it is not the default, separated by commas, e.g. memorial.example.org,www.memorial.example.org").optional()),
  REQUIRE_ADMIN_TOTP: booleanFlag(false),
  TRUST_PROXY: booleanFlag(false),
  SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v),
    z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.org:587" }).optional()),
  MAIL_FROM: z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim()) : v),
    z.string().regex(MAIL_ADDRESS, "must be an address, e.g. Memorial <bookings@memorial.example.org> or bookings@memorial.example.org").optional()),
  MAIL_DIR: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  ...limitVariables,
  // Secrets at rest (see lib/secret-key.ts).
  SECRET_KEY: z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim()) : v), secretKey.optional()),
  SECRET_KEY_PREVIOUS: z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((k) => k.trim()).filter((k) => k !== "") : v),
    z.array(secretKey).default([]),
  ),
});

export interface Config {
  /** `production` requires PUBLIC_URL. */
  environment: "development" | "test" | "production";
  /** The Host names requests may carry (lower case, with a port where one is given); any when unset. */
  allowedHosts?: string[];
  port: number;
  host: string;
  /** Absolute path of the embedded database folder (used only without databaseUrl); holds the default mail folder. */
  dataDir: string;
  databaseUrl?: string;
  poolSize: number;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  shutdownTimeoutMs: number;
  /** The site's public origin, the source of every absolute address; without it, the listening address (never a request's Host). */
  publicUrl?: string;
  security: {
    /** Administrators must set up a second factor (TOTP) before they may do anything else. */
    requireAdminTotp: boolean;
    /** Client addresses come from X-Forwarded-For (and HTTPS from X-Forwarded-Proto): only behind a trusted proxy. */
    trustProxy: boolean;
  };
  /** The abuse limits of the public writes (LIMIT_* and PROOF_AFTER_*). */
  limits: LimitSettings;
  mail: {
    /** SMTP server that sends the outbox's messages; without it they are written to `dir`. */
    smtpUrl?: string;
    /** Sender of every message, e.g. "Remembrance <no-reply@localhost>". */
    from: string;
    /** Absolute path of the folder that receives messages as .eml files when no SMTP server is set. */
    dir: string;
  };
  /** SECRET_KEY and SECRET_KEY_PREVIOUS; without `key` (never in production) the one kept in DATA_DIR/secret-key. */
  secrets: {
    key?: string;
    /** Older keys, which only open what they sealed (for a rotation). */
    previousKeys: string[];
  };
}

export class ConfigError extends Error {}

/** Validates the environment; throws ConfigError with one line naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const c = result.data;
  if (c.NODE_ENV === "production" && !c.PUBLIC_URL) {
    throw new ConfigError("Invalid configuration: PUBLIC_URL is required when NODE_ENV=production: the site's public address, e.g. https://memorial.example.org");
  }
  if (c.NODE_ENV === "production" && !c.SECRET_KEY) {
    throw new ConfigError(`Invalid configuration: SECRET_KEY is required when NODE_ENV=production: at least ${MIN_SECRET_KEY_LENGTH} characters, the same in every app process; ${MAKE_A_KEY}`);
  }
  return {
    environment: c.NODE_ENV,
    allowedHosts: c.ALLOWED_HOSTS?.split(",").map((h) => h.trim().toLowerCase()).filter((h) => h !== ""),
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    poolSize: c.DATABASE_POOL_SIZE,
    logLevel: c.LOG_LEVEL,
    shutdownTimeoutMs: c.SHUTDOWN_TIMEOUT_MS,
    publicUrl: c.PUBLIC_URL?.replace(/\/+$/, ""),
    security: { requireAdminTotp: c.REQUIRE_ADMIN_TOTP, trustProxy: c.TRUST_PROXY },
    limits: limitSettingsOf(c),
    // Beside the embedded database's own folder (DATA_DIR/pglite), never inside it.
    mail: { smtpUrl: c.SMTP_URL, from: c.MAIL_FROM ?? DEFAULT_MAIL_FROM, dir: resolve(c.MAIL_DIR ?? join(c.DATA_DIR, "outbox")) },
    secrets: { key: c.SECRET_KEY, previousKeys: c.SECRET_KEY_PREVIOUS },
  };
}
