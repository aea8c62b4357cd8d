/**
 * Which source files one request runs through: `npx tsx bench/request-path.ts`.
 * Builds the app in process on an in-memory embedded database with the default dataset and one
 * online offer, sends each request once to warm it, then again under V8's precise coverage (reset
 * just before), and lists the files under src/ in which a function ran for that second request.
 * Two requests: a place page read (rendered, not from the page cache) and a booking write.
 */
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { relative } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteHandle } from "../src/db/database.ts";
import { PGLITE_EXTENSIONS } from "../src/db/pglite-extensions.ts";
import { runMigrations } from "../src/db/migrate.ts";
import { seedIfEmpty } from "../src/features/dataset/dataset.service.ts";
import { silentLogger } from "../src/lib/logger.ts";
import { storeOffer } from "../test/booking-offers.ts";
import { buildApp } from "./request-path-app.ts";

interface Coverage { result: { url: string; functions: { ranges: { count: number }[] }[] }[] }

const root = fileURLToPath(new URL("..", import.meta.url));
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: false });

const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
const handle = pgliteHandle(client, "memory");
await runMigrations(handle);
await seedIfEmpty(handle);
const { offer } = await storeOffer(handle.db, { placeSlug: "musee-liberation-paris" });
const app = buildApp(handle, silentLogger);

async function filesRunBy(send: (n: number) => Response | Promise<Response>): Promise<string[]> {
  const warm = await send(1);
  if (warm.status >= 400) throw new Error(`warm-up answered ${warm.status}: ${await warm.text()}`);
  await session.post("Profiler.takePreciseCoverage"); // resets the counters
  const res = await send(2);
  if (res.status >= 400) throw new Error(`request answered ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
  const { result } = (await session.post("Profiler.takePreciseCoverage")) as Coverage;
  return result
    .filter((s) => s.url.startsWith("file://") && s.functions.some((f) => (f.ranges[0]?.count ?? 0) > 0))
    .map((s) => relative(root, fileURLToPath(s.url.split("?")[0]!)))
    .filter((f) => f.startsWith("src/"))
    .sort();
}

const slots = (await (await app.request(`/api/offers/${offer.id}/slots`)).json()) as { items: { id: number }[] };
const paths = {
  "GET /en/places/musee-liberation-paris (rendered)": (n: number) => app.request(`/en/places/musee-liberation-paris?nocache=${n}`),
  "POST /api/bookings": (n: number) => app.request("/api/bookings", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ slotId: slots.items[n]!.id, partySize: 2, name: "Ada Lovelace", email: "ada@example.org", lang: "en" }),
  }),
};
for (const [name, send] of Object.entries(paths)) {
  const files = await filesRunBy(send);
  console.log(`${name}: ${files.length} files`);
  for (const f of files) console.log(`  ${f}`);
}
await client.close();
