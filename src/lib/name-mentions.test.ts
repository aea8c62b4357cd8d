import { describe, expect, it } from "vitest";
import { mentionsIn } from "./name-mentions.ts";

const museum = [
  { name: "Museum of the Liberation of Paris – General Leclerc Museum – Jean Moulin Museum", key: "mlp" },
  { name: "Museum of the Liberation of Paris", key: "mlp" },
  { name: "Shoah Memorial", key: "shoah" },
  { name: "Shoah Memorial – Drancy", key: "drancy" },
];

describe("mentions of known names in a text", () => {
  it("cuts the text at the first mention of a place, whatever its case, once per place", () => {
    expect(mentionsIn("Under today's museum of the Liberation of Paris; the Museum of the Liberation of Paris again.", museum)).toEqual([
      { text: "Under today's " },
      { text: "museum of the Liberation of Paris", key: "mlp" },
      { text: "; the Museum of the Liberation of Paris again." },
    ]);
  });

  it("prefers the longest name and counts whole words only", () => {
    expect(mentionsIn("At the Shoah Memorial – Drancy, not the Shoah Memorials.", museum)).toEqual([
      { text: "At the " }, { text: "Shoah Memorial – Drancy", key: "drancy" }, { text: ", not the Shoah Memorials." },
    ]);
  });

  it("leaves a text without a known name whole", () => {
    expect(mentionsIn("Nothing here.", museum)).toEqual([{ text: "Nothing here." }]);
    expect(mentionsIn("", museum)).toEqual([{ text: "" }]);
  });
});
