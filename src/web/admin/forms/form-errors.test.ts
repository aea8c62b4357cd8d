import { describe, expect, it } from "vitest";
import { placeSchema, personSchema } from "../../../features/dataset/dataset.schemas.ts";
import { issuesToFieldErrors, translateIssue } from "./form-errors.ts";

describe("issuesToFieldErrors", () => {
  it("puts the schemas' and Zod's messages in French under the field's dotted path", () => {
    const result = placeSchema.safeParse({
      slug: "Bad Slug", kind: "zoo", name: {}, contacts: { email: "x" },
      openingHours: [{ days: [], opens: "25:00", closes: "10:00" }], audience: [{ audience: "everyone", minAge: 1.5, text: { en: " " } }],
    });
    const errors = issuesToFieldErrors(result.error!.issues, "fr");
    expect(errors).toMatchObject({
      slug: expect.stringContaining("minuscules"),
      kind: "Choisissez l'une des options.",
      name: "Donnez le texte en anglais, en français ou dans les deux langues.",
      "contacts.email": expect.stringContaining("adresse électronique"),
      "openingHours.0.days": "Choisissez-en au moins 1.",
      "openingHours.0.opens": expect.stringContaining("HH:MM"),
      "audience.0.minAge": "Saisissez un nombre entier.",
      "audience.0.text.en": "Ne doit pas être vide.",
    });
    expect(Object.values(errors).join(" ")).not.toMatch(/Invalid|Too small|must be/);
  });

  it("translates fuzzy date messages and the record store's codes", () => {
    const birth = personSchema.safeParse({ slug: "a", name: "A", birth: "1944-13" }).error!.issues[0]!;
    expect(translateIssue(birth, "fr")).toBe("Le mois 13 n'existe pas dans « 1944-13 ».");
    expect(translateIssue({ path: ["slug"], message: "slug taken", code: "slug_taken" }, "fr")).toContain("porte déjà cet identifiant");
    expect(translateIssue({ path: ["holder"], message: 'no place has the slug "nowhere"', code: "unknown_reference", params: { kind: "place", slug: "nowhere" } }, "en")).toBe('No place has the identifier "nowhere".');
    expect(translateIssue({ path: ["people", 0, "person"], message: 'no person has the slug "x"', code: "unknown_reference", params: { kind: "person", slug: "x" } }, "fr")).toBe("Aucune personne n'a l'identifiant « x ».");
    expect(translateIssue({ path: ["accessibility", 0, "room"], message: '"r" is not a room of this place', code: "unknown_reference", params: { kind: "room", slug: "r", elsewhere: true } }, "fr")).toBe("« r » n'est pas une salle de ce lieu.");
    expect(translateIssue({ path: ["exhibition"], message: "a room stays in the exhibition it was created in", code: "slug_locked" }, "fr")).toBe("Une salle reste dans l'exposition où elle a été créée.");
  });

  it("translates the record store's own rules (date order, self references, duplicates, ranges)", () => {
    const fr = (message: string, code: string, params?: Record<string, unknown>) => translateIssue({ path: ["x"], message, code, params }, "fr");
    expect(fr("closesOn must not be before opensOn", "date_order")).toBe("La date de fermeture ne doit pas précéder la date d'ouverture.");
    expect(fr("a place cannot be its own partner", "self_reference", { kind: "place" })).toBe("Un lieu ne peut pas être son propre partenaire.");
    expect(fr('partner "musee-liberation-paris" is listed twice', "duplicate", { value: "musee-liberation-paris" })).toBe("« musee-liberation-paris » figure deux fois.");
    expect(fr("must be at most 32767", "too_big", { maximum: 32767 })).toBe("Doit valoir au plus 32767.");
  });

  it("maps an issue by its code and parameters, so rewording its English text changes nothing", () => {
    const emptyText = placeSchema.safeParse({ slug: "a", kind: "museum", name: { en: " " } }).error!.issues.find((i) => i.path.join(".") === "name.en")!;
    expect(translateIssue(emptyText, "fr")).toBe("Ne doit pas être vide.");
    expect(translateIssue({ ...emptyText, message: "text is blank" }, "fr")).toBe("Ne doit pas être vide.");
    const reworded = (issue: object) => translateIssue({ path: ["x"], message: "reworded in English", ...issue }, "fr");
    expect(reworded({ code: "too_small", origin: "number", minimum: 1, inclusive: true })).toBe("Doit valoir au moins 1.");
    expect(reworded({ code: "too_small", origin: "array", minimum: 1, inclusive: true })).toBe("Choisissez-en au moins 1.");
    expect(reworded({ code: "invalid_type", expected: "int", input: 1.5 })).toBe("Saisissez un nombre entier.");
    expect(reworded({ code: "invalid_type", expected: "number", params: { received: "undefined" } })).toBe("Ce champ est obligatoire.");
    expect(reworded({ code: "invalid_format", format: "email" })).toContain("adresse électronique");
    expect(reworded({ code: "invalid_value", values: ["a", "b"] })).toBe("Choisissez l'une des options.");
    expect(reworded({ code: "custom", params: { code: "visit_days" } })).toBe("Choisissez au moins un jour.");
    expect(reworded({ code: "custom", params: { code: "date_month", month: "13", text: "1944-13" } })).toBe("Le mois 13 n'existe pas dans « 1944-13 ».");
  });

  it("falls back to a generic sentence with the English text for unknown messages", () => {
    expect(translateIssue({ path: ["x"], message: "something odd", code: "custom" }, "fr")).toBe("Cette valeur n'est pas valide (something odd).");
    expect(translateIssue({ path: ["x"], message: "something odd" }, "en")).toBe("This value is not valid (something odd).");
  });
});
