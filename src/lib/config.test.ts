import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

const A_KEY = "Jq3x0vWm9ZkTq1yR7bN4cF8hL2sD6gP0aE5uI3oY7tR1wQ9zX";

describe("loadConfig", () => {
  it("defaults to port 3000 and the ./data folder", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.dataDir).toBe(`${process.cwd()}/data`);
    expect(c.databaseUrl).toBeUndefined();
  });

  it("reads PORT, DATA_DIR and DATABASE_URL", () => {
    const c = loadConfig({ PORT: "8080", DATA_DIR: "/srv/rm", DATABASE_URL: "postgres://u@db:5432/rm" });
    expect([c.port, c.dataDir, c.databaseUrl]).toEqual([8080, "/srv/rm", "postgres://u@db:5432/rm"]);
  });

  it("leaves the back office's TOTP requirement and proxy trust off unless set", () => {
    expect(loadConfig({}).security).toEqual({ requireAdminTotp: false, trustProxy: false });
    expect(loadConfig({ REQUIRE_ADMIN_TOTP: "true", TRUST_PROXY: "1" }).security).toEqual({ requireAdminTotp: true, trustProxy: true });
    expect(loadConfig({ REQUIRE_ADMIN_TOTP: "FALSE", TRUST_PROXY: "" }).security).toEqual({ requireAdminTotp: false, trustProxy: false });
  });

  it("writes messages to a folder beside the embedded database when no SMTP server is set", () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: undefined, from: "Remembrance <no-reply@localhost>", dir: `${process.cwd()}/data/outbox` });
    expect(loadConfig({ DATA_DIR: "/srv/rm" }).mail.dir).toBe("/srv/rm/outbox");
    expect(loadConfig({ DATA_DIR: "/srv/rm", MAIL_DIR: "/var/mail/rm", SMTP_URL: "" }).mail).toMatchObject({ smtpUrl: undefined, dir: "/var/mail/rm" });
  });

  it("reads SMTP_URL and MAIL_FROM", () => {
    const c = loadConfig({ SMTP_URL: "smtps://bookings:s3cret@mail.example.org:465", MAIL_FROM: " Mémorial <bookings@memorial.example.org> " });
    expect(c.mail).toMatchObject({ smtpUrl: "smtps://bookings:s3cret@mail.example.org:465", from: "Mémorial <bookings@memorial.example.org>" });
    expect(loadConfig({ MAIL_FROM: "bookings@memorial.example.org" }).mail.from).toBe("bookings@memorial.example.org");
  });

  it.each([
    [{ SMTP_URL: "http://mail.example.org" }, "SMTP_URL must be an smtp:// or smtps:// URL"],
    [{ SMTP_URL: "mail.example.org:587" }, "SMTP_URL must be an smtp:// or smtps:// URL"],
    [{ MAIL_FROM: "Memorial" }, "MAIL_FROM must be an address"],
    [{ MAIL_FROM: "Memorial <bookings@memorial.example.org" }, "MAIL_FROM must be an address"],
    [{ REQUIRE_ADMIN_TOTP: "sometimes" }, "REQUIRE_ADMIN_TOTP must be true or false"],
    [{ PORT: "http" }, "PORT must be a whole number"],
    [{ PORT: "70000" }, "PORT must be between 1 and 65535"],
    [{ DATABASE_URL: "mysql://u@db/rm" }, "DATABASE_URL must be a postgres:// or postgresql:// URL"],
    [{ DATABASE_URL: "not a url" }, "DATABASE_URL must be a postgres:// or postgresql:// URL"],
  ])("refuses %j in one line naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});

describe("one trusted origin", () => {
  it("refuses to start in production without PUBLIC_URL, in one line that says what to set", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/^Invalid configuration: PUBLIC_URL is required when NODE_ENV=production: the site's public address, e\.g\. https:\/\/memorial\.example\.org$/);
    expect(loadConfig({ NODE_ENV: "production", PUBLIC_URL: "https://memorial.example.org/", SECRET_KEY: A_KEY }).publicUrl).toBe("https://memorial.example.org");
    expect(loadConfig({}).environment).toBe("development");
  });

  it("reads ALLOWED_HOSTS as lower-case names with their ports, and refuses what is not a host list", () => {
    expect(loadConfig({ ALLOWED_HOSTS: "Memorial.example.org, www.memorial.example.org:8443" }).allowedHosts).toEqual(["memorial.example.org", "www.memorial.example.org:8443"]);
    expect(loadConfig({ ALLOWED_HOSTS: "" }).allowedHosts).toBeUndefined();
    expect(() => loadConfig({ ALLOWED_HOSTS: "https://memorial.example.org" })).toThrow(/ALLOWED_HOSTS must be host names/);
  });
});

describe("SECRET_KEY", () => {
  const production = { NODE_ENV: "production", PUBLIC_URL: "https://memorial.example.org" };

  it("is required in production, refused in one line that says how to make one", () => {
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(/^Invalid configuration: SECRET_KEY is required when NODE_ENV=production: at least 32 characters, the same in every app process; make one with: openssl rand -base64 48$/);
    expect(loadConfig({ ...production, SECRET_KEY: A_KEY }).secrets).toEqual({ key: A_KEY, previousKeys: [] });
  });

  it("refuses a short key, or one holding a comma, in one line naming the variable", () => {
    for (const bad of [{ SECRET_KEY: "short" }, { SECRET_KEY: `${A_KEY},${A_KEY}` }, { SECRET_KEY: A_KEY, SECRET_KEY_PREVIOUS: `${A_KEY},tooshort` }]) {
      let message = "";
      try {
        loadConfig({ ...production, ...bad });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Invalid configuration: SECRET_KEY(_PREVIOUS\.1)? must (have at least 32 characters|be one word without commas or spaces); make one with: openssl rand -base64 48$/);
    }
  });

  it("is optional outside production (the key kept in DATA_DIR is used), and reads older keys for a rotation", () => {
    expect(loadConfig({}).secrets).toEqual({ key: undefined, previousKeys: [] });
    const older = "an-older-key-of-more-than-thirty-two-characters";
    expect(loadConfig({ SECRET_KEY: ` ${A_KEY}\n`, SECRET_KEY_PREVIOUS: ` ${older} , ${A_KEY.slice(1)}, ` }).secrets)
      .toEqual({ key: A_KEY, previousKeys: [older, A_KEY.slice(1)] });
  });
});
