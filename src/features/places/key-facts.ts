/**
 * The facts under a place's title, chosen and worded by fixed rules (pure, tested through the place page):
 * the admission in one line, the one access fact that matters most, and which facts the rest of the page
 * then leaves out so that each is said once.
 */
import type { Locale } from "../../lib/locales.ts";
import { formatPrice } from "../../web/i18n/format.ts";

interface Offer {
  covers: string; exhibition?: string; label: string; isFree: boolean; price?: { amount: number; currency: string } | null;
  isReducedRate: boolean; minAge?: number; maxAge?: number;
}

const WORDS = {
  en: {
    covers: { whole_site: "Entry", permanent_collection: "Permanent collection", temporary_exhibitions: "Temporary exhibitions", guided_visit: "Guided visits" } as Record<string, string>,
    free: (ages: string | undefined) => (ages ? `free ${ages}` : "free for all"),
    paid: "paid",
    reduced: (term: string) => `${term} (reduced rate)`,
    under: (n: number) => `under ${n}`, from: (n: number) => `from age ${n}`, between: (a: number, b: number) => `aged ${a}–${b}`,
  },
  fr: {
    covers: { whole_site: "Entrée", permanent_collection: "Collection permanente", temporary_exhibitions: "Expositions temporaires", guided_visit: "Visites guidées" } as Record<string, string>,
    free: (ages: string | undefined, plural = false) => `${plural ? "gratuites" : "gratuite"} ${ages ?? "pour tous"}`,
    paid: "payante",
    reduced: (term: string) => `${term} (tarif réduit)`,
    under: (n: number) => `pour les moins de ${n}\u00a0ans`, from: (n: number) => `dès ${n}\u00a0ans`, between: (a: number, b: number) => `de ${a} à ${b}\u00a0ans`,
  },
};
/** The French nouns of coverage that are plural (every one is feminine: entrée, collection, expositions, visites). */
const PLURAL_COVERS = new Set(["temporary_exhibitions", "guided_visit"]);

/**
 * Admission in one line: each coverage once ("Permanent collection: free for all · Temporary
 * exhibitions: paid"), its terms from the offers' structured fields (free, price, reduced rate, ages),
 * so "free" is said once per coverage whatever the labels repeat. An offer for one exhibition is named
 * by the exhibition's title (else its label). Undefined when no offer is published.
 */
export function admissionLine(locale: Locale, offers: Offer[], exhibitionTitle: (slug: string) => string | undefined): string | undefined {
  if (offers.length === 0) return undefined;
  const w = WORDS[locale];
  const groups = new Map<string, { name: string; plural: boolean; terms: string[] }>();
  for (const o of offers) {
    const key = o.covers === "exhibition" ? `exhibition:${o.exhibition ?? o.label}` : o.covers;
    const name = o.covers === "exhibition" ? (o.exhibition ? exhibitionTitle(o.exhibition) : undefined) ?? o.label : w.covers[o.covers] ?? o.label;
    const plural = PLURAL_COVERS.has(o.covers);
    const ages = o.minAge !== undefined && o.maxAge !== undefined ? w.between(o.minAge, o.maxAge)
      : o.maxAge !== undefined ? w.under(o.maxAge + 1) : o.minAge !== undefined ? w.from(o.minAge) : undefined;
    let term = o.isFree
      ? (locale === "fr" ? WORDS.fr.free(ages, plural) : WORDS.en.free(ages))
      : o.price ? [formatPrice(locale, o.price.amount, o.price.currency), ages].filter(Boolean).join(" ")
        : locale === "fr" ? `${w.paid}${plural ? "s" : ""}` : w.paid;
    if (o.isReducedRate) term = w.reduced(term);
    const group = groups.get(key) ?? { name, plural, terms: [] };
    if (!group.terms.includes(term)) group.terms.push(term);
    groups.set(key, group);
  }
  const colon = locale === "fr" ? "\u00a0: " : ": ";
  return [...groups.values()].map((g) => `${g.name}${colon}${g.terms.join(", ")}`).join(" · ");
}

interface AccessFact { feature: string; value?: number; text: string }

/**
 * The access fact that matters most to someone deciding whether they can come: steps first (the most
 * steps), then step-free access, a lift, being underground, seating; headsets, guides and "other"
 * facts are never the one. Undefined when the place has none of these.
 */
const ACCESS_PRIORITY = ["steps", "step_free", "lift", "underground", "seating"];
export function keyAccessFact<T extends AccessFact>(facts: T[]): T | undefined {
  return facts
    .filter((f) => ACCESS_PRIORITY.includes(f.feature))
    .sort((a, b) => ACCESS_PRIORITY.indexOf(a.feature) - ACCESS_PRIORITY.indexOf(b.feature) || (b.value ?? 0) - (a.value ?? 0))[0];
}

/** A figure that states an access fact's value in the same unit (99 steps, 20 m, 30 min) is that fact: the page says it once, under access. */
export const restatesAccess = (figure: { value?: number; unit?: string }, facts: { value?: number; unit?: string }[]) =>
  figure.value !== undefined && facts.some((f) => f.value === figure.value && (f.unit ?? "") === (figure.unit ?? ""));

const sentences = (text: string) => text.split(/(?<=[.!?…])\s+/).map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean);

/**
 * The description's paragraphs without those a timed visit of the place tells word for word (every
 * sentence of the paragraph is in the visit's description): the visit's own page tells them, with its
 * steps and booking advice, and the place page says those once, in its key facts and access list.
 */
export function paragraphsNotToldByVisits(description: string | undefined, visitDescriptions: (string | undefined)[]): string | undefined {
  if (!description) return undefined;
  const told = new Set(visitDescriptions.flatMap((d) => (d ? sentences(d) : [])));
  if (told.size === 0) return description;
  const kept = description.split(/\n\s*\n/).filter((p) => {
    const s = sentences(p);
    return s.length === 0 || !s.every((x) => told.has(x));
  });
  return kept.join("\n\n");
}
