import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT, runs } from "../../test/property.ts";
import { compareFuzzyDates, formatFuzzyDate, FuzzyDateError, parseFuzzyDate } from "./fuzzy-date.ts";

describe("parseFuzzyDate", () => {
  it.each([
    ["1943-11-06", "day", "1943-11-06", "1943-11-06"],
    ["1945-01", "month", "1945-01-01", "1945-01-31"],
    ["1944-02", "month", "1944-02-01", "1944-02-29"],
    ["1670", "year", "1670-01-01", "1670-12-31"],
    ["1940s", "decade", "1940-01-01", "1949-12-31"],
    ["mid 1945-04", "month", "1945-04-11", "1945-04-20"],
    ["early 1943", "year", "1943-01-01", "1943-04-30"],
    ["late 1942", "year", "1942-09-01", "1942-12-31"],
    ["summer 1944", "season", "1944-06-01", "1944-08-31"],
    ["winter 1943", "season", "1943-12-01", "1944-02-29"],
    ["1940/1944", "range", "1940-01-01", "1944-12-31"],
    ["late 1942/early 1943", "range", "1942-09-01", "1943-04-30"],
  ])("reads %s as a %s from %s to %s", (text, precision, start, end) => {
    expect(parseFuzzyDate(text)).toEqual({ text, precision, start, end });
  });

  it("keeps open ends open for 'before' and 'after'", () => {
    expect(parseFuzzyDate("before 1945")).toMatchObject({ start: null, end: "1944-12-31" });
    expect(parseFuzzyDate("after 1944-08")).toMatchObject({ start: "1944-09-01", end: null });
  });

  it.each(["1945-13", "1943-02-30", "August 1944", "1944/1943", "1940/1942/1944", ""])("refuses %j with a message saying what to write", (text) => {
    expect(() => parseFuzzyDate(text)).toThrow(FuzzyDateError);
  });
});

describe("formatFuzzyDate", () => {
  it.each([
    ["1943-11-06", "6 November 1943", "6 novembre 1943"],
    ["1945-01", "January 1945", "janvier 1945"],
    ["mid 1945-04", "mid-April 1945", "mi-avril 1945"],
    ["early 1943", "early 1943", "début 1943"],
    ["summer 1944", "summer 1944", "été 1944"],
    ["winter 1943", "winter 1943–1944", "hiver 1943–1944"],
    ["1940/1944", "1940–1944", "1940–1944"],
    ["before 1945", "before 1945", "avant 1945"],
    ["1940s", "1940s", "années 1940"],
  ])("writes %s as %j in English and %j in French", (text, en, fr) => {
    expect(formatFuzzyDate(text, "en")).toBe(en);
    expect(formatFuzzyDate(text, "fr")).toBe(fr);
  });
});

describe("ordering", () => {
  it("sorts vague dates among precise ones as a reader expects", () => {
    const texts = ["1945-05-09", "mid 1945-04", "1945-01", "1944-09-07", "1943-11-06", "1945-04-25", "1945-04-05", "summer 1944"];
    const sorted = texts.map(parseFuzzyDate).sort(compareFuzzyDates).map((d) => d.text);
    expect(sorted).toEqual(["1943-11-06", "summer 1944", "1944-09-07", "1945-01", "1945-04-05", "mid 1945-04", "1945-04-25", "1945-05-09"]);
  });

  const day = fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const notation = fc.oneof(
    day,
    day.map((d) => d.slice(0, 7)),
    day.map((d) => d.slice(0, 4)),
    fc.tuple(fc.constantFrom("early", "mid", "late"), day).map(([p, d]) => `${p} ${d.slice(0, 7)}`),
    fc.tuple(fc.constantFrom("spring", "summer", "autumn", "winter"), day).map(([s, d]) => `${s} ${d.slice(0, 4)}`),
  );

  it("every date's range holds its precise day and starts before it ends (property)", () => {
    fc.assert(fc.property(day, (d) => {
      for (const text of [d, d.slice(0, 7), d.slice(0, 4), `${d.slice(0, 3)}0s`]) {
        const parsed = parseFuzzyDate(text);
        expect(parsed.start! <= d && d <= parsed.end!).toBe(true);
      }
    }), runs());
    fc.assert(fc.property(notation, (text) => {
      const parsed = parseFuzzyDate(text);
      expect(parsed.start! <= parsed.end!).toBe(true);
      expect(formatFuzzyDate(text, "en").length).toBeGreaterThan(0);
      expect(formatFuzzyDate(text, "fr").length).toBeGreaterThan(0);
    }), runs());
  }, PROPERTY_TIMEOUT);

  it("orders consistently: a total order on any list of dates (property)", () => {
    fc.assert(fc.property(fc.array(notation, { maxLength: 20 }), (texts) => {
      const dates = texts.map(parseFuzzyDate);
      const once = [...dates].sort(compareFuzzyDates);
      const twice = [...once].reverse().sort(compareFuzzyDates);
      expect(twice.map((d) => [d.start, d.end])).toEqual(once.map((d) => [d.start, d.end]));
      for (let i = 1; i < once.length; i++) expect(compareFuzzyDates(once[i - 1]!, once[i]!)).toBeLessThanOrEqual(0);
    }), runs());
  }, PROPERTY_TIMEOUT);
});
