import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

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

  it.each([
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
