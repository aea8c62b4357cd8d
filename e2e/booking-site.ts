/**
 * A site whose Musée de la Libération also offers a visit booked online (the default dataset's only
 * visit, the shelter, is booked at the museum): the default dataset copied, that visit added, seeded
 * with the real CLI before the server starts. Also reads a visit's slots and books through the API.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { DEFAULT_DATASET_DIR } from "../src/features/dataset/dataset.service.ts";
import { aVisit } from "../test/factories.ts";
import { runCli } from "../test/server-process.ts";
import type { Site } from "./harness.ts";

export const PLACE = "musee-liberation-paris";
export const ONLINE_VISIT = "command-post-tour";
export const ONLINE_VISIT_TITLE = { en: "Guided tour of the command post", fr: "Visite guidée du poste de commandement" };

/** `prepare` for startSite: seeds the default dataset plus an online visit with steps (the form then asks to acknowledge them). */
export async function seedWithOnlineVisit(env: Record<string, string>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "rm-dataset-"));
  try {
    cpSync(DEFAULT_DATASET_DIR, folder, { recursive: true });
    const file = join(folder, "places", `${PLACE}.yaml`);
    const place = parse(readFileSync(file, "utf8")) as { visits?: unknown[] };
    place.visits = [...(place.visits ?? []), aVisit({
      slug: ONLINE_VISIT, title: ONLINE_VISIT_TITLE, durationMinutes: 45, capacity: 15, partySize: { min: 1, max: 6 },
      requirements: { steps: 99, stepFree: false, headset: false }, price: { free: true },
    })];
    writeFileSync(file, stringify(place));
    const run = await runCli(["seed", "--dataset", folder], env);
    if (run.code !== 0) throw new Error(`remembrance seed exited with ${run.code}:\n${run.stderr}${run.stdout}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function getJson(site: Site, path: string): Promise<any> {
  const response = await fetch(new URL(path, site.url), { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.json();
}

/** The first time of the online visit with room for `party`, over the next two weeks. */
export async function firstOpenSlot(site: Site, party = 2): Promise<{ id: number; start: string }> {
  const offers = await getJson(site, `/api/offers?place=${PLACE}`);
  const offer = offers.items.find((o: { slug: string }) => o.slug === ONLINE_VISIT);
  const slots = await getJson(site, `/api/offers/${offer.id}/slots`);
  const slot = slots.items.find((s: { remaining: number }) => s.remaining >= party);
  if (!slot) throw new Error("the online visit has no time with room in the next two weeks");
  return slot;
}

/** Books through the API; resolves to the ticket's and cancellation's paths (without the language). */
export async function bookThroughApi(site: Site, slotId: number): Promise<{ ticket: string; cancel: string }> {
  const response = await fetch(new URL("/api/bookings", site.url), {
    method: "POST", headers: { "content-type": "application/json" }, signal: AbortSignal.timeout(30_000),
    body: JSON.stringify({ slotId, partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "en" }),
  });
  if (response.status !== 201) throw new Error(`POST /api/bookings: ${response.status} ${await response.text()}`);
  const { links } = await response.json() as { links: { ticket: string; cancel: string } };
  const withoutLang = (url: string) => { const u = new URL(url); return `${u.pathname.replace(/^\/en/, "")}${u.search}`; };
  return { ticket: withoutLang(links.ticket), cancel: withoutLang(links.cancel) };
}
