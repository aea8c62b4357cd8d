/**
 * A tiny site for the proof-of-work browser test: the app's security headers, shell assets and
 * layout, the widget's files and challenge route, and one form with the proof-of-work field whose
 * POST answers the verdict of `verifyProof` on what the browser sent.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { PGlite } from "@electric-sql/pglite";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { pgliteHandle, type DatabaseHandle } from "../src/db/database.ts";
import { runMigrations } from "../src/db/migrate.ts";
import { PGLITE_EXTENSIONS } from "../src/db/pglite-extensions.ts";
import { proofOfWorkAssetRoutes } from "../src/features/limits/proof-of-work.assets.ts";
import { proofOfWorkRoutes } from "../src/features/limits/proof-of-work.routes.ts";
import { PROOF_FIELD, verifyProof, type ProofVerdict } from "../src/features/limits/proof-of-work.ts";
import { ProofOfWorkField } from "../src/features/limits/proof-of-work.views.tsx";
import { LOCALES, type Locale } from "../src/lib/locales.ts";
import type { AppEnv } from "../src/web/app-env.ts";
import { securityHeaders } from "../src/web/security-headers.ts";
import { htmlDocument, siteShellRoutes } from "../src/web/site.tsx";
import { Layout } from "../src/web/views/layout.tsx";

const SECRET = "proof-of-work browser test";

export interface ProofSite {
  url: string;
  /** The verdicts of the forms posted, in order, with the payload each carried. */
  posted: { verdict: ProofVerdict; payload: string | undefined }[];
  stop(): Promise<void>;
}

export async function startProofSite(): Promise<ProofSite> {
  const handle: DatabaseHandle = pgliteHandle(await PGlite.create({ extensions: PGLITE_EXTENSIONS }), "memory");
  await runMigrations(handle);
  const posted: ProofSite["posted"] = [];
  const app = new Hono<AppEnv>();
  app.use(securityHeaders());
  app.route("/", siteShellRoutes());
  app.route("/", proofOfWorkAssetRoutes());
  app.route("/api/proof-of-work", proofOfWorkRoutes({ now: () => new Date() }, () => SECRET));
  for (const locale of LOCALES) {
    app.get(`/${locale}/proof`, async (c) => c.html(await htmlDocument(<ProofPage locale={locale} siteUrl={new URL(c.req.url).origin} />)));
    app.post(`/${locale}/proof`, async (c) => {
      const form = await c.req.parseBody();
      const payload = typeof form[PROOF_FIELD] === "string" ? form[PROOF_FIELD] : undefined;
      const verdict = await verifyProof(handle.db, SECRET, payload, new Date());
      posted.push({ verdict, payload });
      return c.html(await htmlDocument(<Layout locale={locale} path="/proof" siteUrl={new URL(c.req.url).origin} title="Sent" noindex><p id="verdict">{verdict}</p></Layout>));
    });
  }
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
    s.once("listening", () => resolve(s));
    s.once("error", reject);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posted,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handle.close();
    },
  };
}

function ProofPage({ locale, siteUrl }: { locale: Locale; siteUrl: string }) {
  return (
    <Layout locale={locale} path="/proof" siteUrl={siteUrl} title="Proof of work" noindex>
      <h1>Proof of work</h1>
      <form method="post" action={`/${locale}/proof`}>
        <ProofOfWorkField locale={locale} />
        <button type="submit">Send</button>
      </form>
    </Layout>
  );
}
