import { LOCK_KEYS, runMigrations } from "../db/migrate.ts";
import { createAccount } from "../features/staff/create-account.service.ts";
import { passwordProblem, passwordProblemText } from "../features/staff/passwords.ts";
import { UsageError, withDatabase, type Command } from "./cli-support.ts";
import { parseOptions } from "./parse-options.ts";

const ROLES = ["admin", "editor", "moderator", "front_desk"] as const;
type Role = (typeof ROLES)[number];

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads one line from the terminal without showing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    process.stderr.write(question);
    let typed = "";
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003") return done(new UsageError("user: cancelled"));
        if (ch === "\u007f" || ch === "\b") typed = [...typed].slice(0, -1).join("");
        else if (ch >= " ") typed += ch;
      }
    };
    stdin.on("data", onData);
  });
}

/** The password to set: typed twice at a terminal, else the first line of standard input; undefined when none is given. */
async function readPassword(): Promise<string | undefined> {
  if (process.stdin.isTTY) {
    const first = await promptHidden("Password (empty for a one-time link instead): ");
    if (first === "") return undefined;
    if ((await promptHidden("Password again: ")) !== first) throw new UsageError("user: the two passwords differ");
    return first;
  }
  const line = (await readAll(process.stdin)).split(/\r?\n/)[0] ?? "";
  return line === "" ? undefined : line;
}

const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) && s.length <= 320;

export const userCommand: Command = {
  name: "user",
  summary: "create a staff account (the first administrator, for instance)",
  help: `Usage: remembrance user create --email E --role admin [--name N] [--locale en|fr] [--link]
       remembrance user create --email E --role editor|moderator|front_desk --place SLUG [--place SLUG...]

Creates a back office account. The password is read from standard input (one line), or typed
twice at a terminal without being shown; it must have 12 to 128 characters and not be a common
one. With --link, or when no password is given, a one-time link valid 72 hours is printed instead:
open it to choose the password. There is no default password.
  --email E     the person's e-mail address (their sign-in name)
  --role R      admin (everything), or editor, moderator or front_desk of the --place given
  --place SLUG  a place the role applies to (repeat for several)
  --name N      the name shown in the back office (default: the part of the e-mail before @)
  --locale L    the back office language of the person: en (default) or fr
  --link        do not read a password; print a one-time link to choose it`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions("user", args, {
      email: { type: "string" },
      role: { type: "string" },
      place: { type: "string", multiple: true },
      name: { type: "string" },
      locale: { type: "string", default: "en" },
      link: { type: "boolean", default: false },
    }, 1);
    if (positionals[0] !== "create") throw new UsageError(`user: what to do? Usage: remembrance user create --email E --role admin`);
    const email = values.email?.trim().toLowerCase();
    if (!email || !looksLikeEmail(email)) throw new UsageError("user create: --email must be an e-mail address, e.g. --email ana@example.org");
    const role = values.role as Role | undefined;
    if (!role || !ROLES.includes(role)) throw new UsageError(`user create: --role must be one of ${ROLES.join(", ")}`);
    const places = [...new Set(values.place ?? [])];
    if (role === "admin" && places.length > 0) throw new UsageError("user create: an administrator may do everything everywhere; --place is for the other roles");
    if (role !== "admin" && places.length === 0) throw new UsageError(`user create: --role ${role} needs at least one --place SLUG`);
    const locale = values.locale;
    if (locale !== "en" && locale !== "fr") throw new UsageError("user create: --locale must be en or fr");
    const name = values.name?.trim() || email.split("@")[0]!;

    const password = values.link ? undefined : await readPassword();
    if (password !== undefined) {
      const problem = passwordProblem(password);
      if (problem) {
        ctx.err(`remembrance: user create: the password is refused: ${passwordProblemText(problem, "en")}.`);
        return 1;
      }
    }
    const outcome = await withDatabase(ctx, async (handle) => {
      await handle.withExclusiveLock(LOCK_KEYS.migrateAndSeed, () => runMigrations(handle));
      return createAccount(handle.db, { email, name, locale, role, places, password, now: new Date() });
    });
    if (outcome.kind === "email_taken") {
      ctx.err(`remembrance: user create: an account with the e-mail ${email} already exists; nothing was changed.`);
      return 1;
    }
    if (outcome.kind === "unknown_places") {
      ctx.err(`remembrance: user create: no place has the slug ${outcome.slugs.map((s) => `"${s}"`).join(", ")}; nothing was changed.` +
        " (A new database holds no places until the server has started once, or `remembrance seed` has run.)");
      return 1;
    }
    const what = role === "admin" ? "administrator" : `${role.replace("_", " ")} of ${places.join(", ")}`;
    ctx.out(`Created the account ${email} (${what}).`);
    if (outcome.link) {
      const base = ctx.config.publicUrl ?? `http://localhost:${ctx.config.port}`;
      ctx.out(`To choose the password, open this link once before ${outcome.link.expiresAt.toISOString()}:`);
      ctx.out(`${base}/admin/${locale}/set-password?token=${outcome.link.token}`);
    } else {
      ctx.out(`Sign in at ${ctx.config.publicUrl ?? `http://localhost:${ctx.config.port}`}/admin/${locale}/sign-in`);
    }
    return 0;
  },
};
