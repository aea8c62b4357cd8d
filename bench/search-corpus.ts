/**
 * A deterministic synthetic collection for the search bench: items about the Second World War as museums
 * hold them, each with an English and a French title, summary (20–40 words) and description (40–80 words)
 * saying the same thing. Words come from bench/search-words.ts, each list drawn with a Zipf-like weight
 * (rank^-1.07), so a few words are in most items and most words in few (see that file for which words
 * are very common, medium and rare; the bench measures their document frequency after loading).
 */
import {
  ADJECTIVES, FAMOUS, GIVEN_NAMES, GROUPS, ITEM_TYPES, MONTHS, NOUNS, RARE_WORDS, RELATIVES, SURNAMES, TOWNS, VERBS, YEARS,
  type Adjective, type Noun, type Pair,
} from "./search-words.ts";

export const ZIPF_EXPONENT = 1.07;

export interface CorpusItem {
  slug: string;
  /** Which of the bench's places holds it (0-based). */
  holder: number;
  /** A value of the object_type enum. */
  type: string;
  title: Pair;
  summary: Pair;
  description: Pair;
  inventoryNumber: string;
}

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same collection. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws an index in [0, size) with probability proportional to (index + 1)^-exponent. */
export function zipfSampler(size: number, exponent = ZIPF_EXPONENT): (random: () => number) => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 1; rank <= size; rank++) cumulative[rank - 1] = total += rank ** -exponent;
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

function zipfList<T>(list: readonly T[]): (random: () => number) => T {
  const draw = zipfSampler(list.length);
  return (random) => list[draw(random)]!;
}

const pick = {
  noun: zipfList(NOUNS), adjective: zipfList(ADJECTIVES), verb: zipfList(VERBS), town: zipfList(TOWNS), year: zipfList(YEARS),
  famous: zipfList(FAMOUS), given: zipfList(GIVEN_NAMES), surname: zipfList(SURNAMES), relative: zipfList(RELATIVES),
  group: zipfList(GROUPS), rare: zipfList(RARE_WORDS), type: zipfList(ITEM_TYPES),
};

const startsWithVowel = (word: string) => /^[aeiouyhâàéèêëîïôœù]/i.test(word);
/** "la gare", "le train", "l'hôpital". */
const theFr = ([, fr, gender]: Noun) => (startsWithVowel(fr) ? `l'${fr}` : gender === "f" ? `la ${fr}` : `le ${fr}`);
/** "de la gare", "du train", "de l'hôpital". */
const ofTheFr = (noun: Noun) => {
  const the = theFr(noun);
  return the.startsWith("le ") ? `du ${the.slice(3)}` : `de ${the}`;
};
const deFr = (name: string) => (startsWithVowel(name) ? `d'${name}` : `de ${name}`);
const adjFr = (adjective: Adjective, gender: "m" | "f") => (gender === "f" ? adjective[2] : adjective[1]);
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Person { name: string; gender: "m" | "f" }

function person(random: () => number): Person {
  if (random() < 0.35) {
    const [name, gender] = pick.famous(random);
    return { name, gender };
  }
  const [given, gender] = pick.given(random);
  return { name: `${given} ${pick.surname(random)}`, gender };
}

function when(random: () => number): Pair {
  const [monthEn, monthFr] = MONTHS[Math.floor(random() * MONTHS.length)]!;
  const year = pick.year(random);
  return [`${monthEn} ${year}`, `${monthFr} ${year}`];
}

/** One sentence in both languages; each uses 2–4 nouns. */
const SENTENCES: ((random: () => number, typeFr: string) => Pair)[] = [
  (r) => {
    const p = person(r).name, v = pick.verb(r), n = pick.noun(r), a = pick.adjective(r), t = pick.town(r), [wEn, wFr] = when(r);
    return [`${p} ${v[0]} the ${a[0]} ${n[0]} near ${t} in ${wEn}.`, `${p} ${v[1]} ${theFr(n)} ${adjFr(a, n[2])} près ${deFr(t)} en ${wFr}.`];
  },
  (r, typeFr) => {
    const n = pick.noun(r), t = pick.town(r), p = person(r);
    return [`It comes from the ${n[0]} of ${t}, where ${p.name} was hiding.`,
      `${capitalize(typeFr)} provient ${ofTheFr(n)} de ${t}, où ${p.name} se cachait.`];
  },
  (r) => {
    const n1 = pick.noun(r), n2 = pick.noun(r), n3 = pick.noun(r);
    return [`It recalls the ${n1[0]} and the ${n2[0]} during the ${n3[0]}.`, `Il évoque ${theFr(n1)} et ${theFr(n2)} pendant ${theFr(n3)}.`];
  },
  (r) => {
    const p = person(r), g = pick.group(r), v = pick.verb(r), n = pick.noun(r);
    return [`${p.name} served in ${g[0]} and ${v[0]} the ${n[0]}.`, `${p.name} a servi dans ${g[1]} et ${v[1]} ${theFr(n)}.`];
  },
  (r) => {
    const n = pick.noun(r), a = pick.adjective(r), n2 = pick.noun(r), t = pick.town(r), n3 = pick.noun(r);
    const possessive = n[2] === "f" && !startsWithVowel(n[1]) ? "sa" : "son";
    return [`Its ${a[0]} ${n[0]} shows the ${n2[0]} of ${t} before the ${n3[0]}.`,
      `${capitalize(possessive)} ${n[1]} ${adjFr(a, n[2])} montre ${theFr(n2)} de ${t} avant ${theFr(n3)}.`];
  },
  (r) => {
    const [wEn, wFr] = when(r), n = pick.noun(r), t = pick.town(r), n2 = pick.noun(r);
    return [`In ${wEn}, the ${n[0]} of ${t} became a ${n2[0]} for the ${pick.noun(r)[0]}.`,
      `En ${wFr}, ${theFr(n)} de ${t} est devenu un lieu de ${n2[1]}.`];
  },
  (r) => {
    const p = person(r), year = 1946 + Math.floor(r() * 75);
    return [`Donated by the family of ${p.name} in ${year}.`, `Don de la famille ${deFr(p.name)} en ${year}.`];
  },
];

/** Found with the item: one specialised word (RARE_WORDS), in about a third of the items. */
function rareSentence(random: () => number): Pair {
  const [en, fr] = pick.rare(random), n = pick.noun(random), t = pick.town(random);
  return [`Found with it: a ${en}, in the ${n[0]} of ${t}.`, `Retrouvé avec : ${fr}, dans ${theFr(n)} de ${t}.`];
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Sentences until the English text has at least `minWords` words, stopping before it passes `maxWords`. */
function paragraph(random: () => number, typeFr: string, minWords: number, maxWords: number, first?: Pair): Pair {
  const en: string[] = first ? [first[0]] : [];
  const fr: string[] = first ? [first[1]] : [];
  const target = minWords + Math.floor(random() * (maxWords - minWords + 1));
  let words = en.reduce((sum, s) => sum + wordCount(s), 0);
  for (let tries = 0; words < target && tries < 20; tries++) {
    const [sEn, sFr] = SENTENCES[Math.floor(random() * SENTENCES.length)]!(random, typeFr);
    const count = wordCount(sEn);
    if (words + count > maxWords && words >= minWords) break;
    en.push(sEn);
    fr.push(sFr);
    words += count;
  }
  return [en.join(" "), fr.join(" ")];
}

function title(random: () => number, type: (typeof ITEM_TYPES)[number]): Pair {
  const [, en, fr] = type;
  const p = person(random), year = pick.year(random), form = random();
  if (form < 0.4 && (type[0] === "letter" || type[0] === "archive")) {
    const [relEn, relFr] = pick.relative(random);
    const his = p.gender === "f" ? "her" : "his";
    return [`${en} from ${p.name} to ${his} ${relEn}, ${year}`, `${fr} ${deFr(p.name)} à ${relFr}, ${year}`];
  }
  if (form < 0.75) {
    const n = pick.noun(random), t = pick.town(random), [wEn, wFr] = when(random);
    return [`${en} of the ${n[0]} of ${t}, ${wEn}`, `${fr} ${ofTheFr(n)} de ${t}, ${wFr}`];
  }
  const g = pick.group(random);
  return [`${en} of ${p.name}, ${g[0]}, ${year}`, `${fr} ${deFr(p.name)}, ${g[1]}, ${year}`];
}

/** Items of a collection generated with `seed`, held by `places` places; call with indexes 0, 1, 2 ... in order. */
export function corpusItems(seed: number, places: number): (index: number) => CorpusItem {
  const random = seededRandom(seed);
  return (index) => {
    const type = pick.type(random);
    const typeFr = `${type[3] === "f" ? "cette" : startsWithVowel(type[2]) ? "cet" : "ce"} ${type[2].toLowerCase()}`;
    const summary = paragraph(random, typeFr, 20, 40);
    const description = paragraph(random, typeFr, 40, 80, random() < 0.33 ? rareSentence(random) : undefined);
    return {
      slug: `bench-object-${index}`,
      holder: Math.floor(random() * places),
      type: type[0],
      title: title(random, type),
      summary,
      description,
      inventoryNumber: `${1946 + Math.floor(random() * 78)}.${index}`,
    };
  };
}
