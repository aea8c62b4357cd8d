/** The widget's files are served by this site, cached for a year under their fingerprint, with an ETag. */
import { describe, expect, it } from "vitest";
import { proofOfWorkAssetPath, proofOfWorkAssetRoutes } from "./proof-of-work.assets.ts";
import { ProofOfWorkField } from "./proof-of-work.views.tsx";

const app = proofOfWorkAssetRoutes();

describe("the proof-of-work widget's files", () => {
  it.each([
    ["proof-of-work.js", "text/javascript"],
    ["altcha.css", "text/css"],
  ] as const)("serves %s with an ETag and a year of caching, and 304 when unchanged", async (name, type) => {
    const path = proofOfWorkAssetPath(name);
    expect(path).toMatch(new RegExp(`^/assets/altcha/[A-Za-z0-9_-]{12}/${name.replace(".", "\\.")}$`));
    const first = await app.request(path);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toContain(type);
    expect(first.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect((await app.request(path, { headers: { "If-None-Match": etag } })).status).toBe(304);
  });

  it("starts the widget with its worker file beside it and our words in English and French", async () => {
    const script = await (await app.request(proofOfWorkAssetPath("proof-of-work.js"))).text();
    expect(script).toContain('import "./altcha.js";');
    expect(script).toContain('new Worker(new URL("./pbkdf2.js", import.meta.url))');
    expect(script).toContain('"label":"Je ne suis pas un robot"');
    expect(script).toContain('"label":"I am not a robot"');
    const base = proofOfWorkAssetPath("proof-of-work.js").replace(/proof-of-work\.js$/, "");
    for (const file of ["altcha.js", "pbkdf2.js"]) {
      const answer = await app.request(`${base}${file}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toContain("text/javascript");
    }
  });
});

describe("ProofOfWorkField", () => {
  it("renders the widget posting the altcha field, its files, and the notice without JavaScript in the page's language", async () => {
    const html = String(await ProofOfWorkField({ locale: "fr" }));
    expect(html).toContain('<altcha-widget challenge="/api/proof-of-work/challenge" name="altcha" language="fr"');
    expect(html).toContain(`<script type="module" src="${proofOfWorkAssetPath("proof-of-work.js")}"></script>`);
    expect(html).toContain(`<link rel="stylesheet" href="${proofOfWorkAssetPath("altcha.css")}"/>`);
    expect(html).toMatch(/<noscript><p class="proof-of-work-noscript">Pour protéger ce formulaire .* Activez JavaScript pour ce site, ou réessayez plus tard\.<\/p><\/noscript>/);
  });
});
