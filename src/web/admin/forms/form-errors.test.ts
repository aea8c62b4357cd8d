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
    expect(translateIssue({ path: ["holder"], message: 'no place has the slug "nowhere"', code: "unknown_reference" }, "en")).toBe('No place has the identifier "nowhere".');
    expect(translateIssue({ path: ["people", 0, "person"], message: 'no person has the slug "x"', code: "unknown_reference" }, "fr")).toBe("Aucune personne n'a l'identifiant « x ».");
    expect(translateIssue({ path: ["accessibility", 0, "room"], message: '"r" is not a room of this place', code: "unknown_reference" }, "fr")).toBe("« r » n'est pas une salle de ce lieu.");
    expect(translateIssue({ path: ["exhibition"], message: "a room stays in the exhibition it was created in", code: "slug_locked" }, "fr")).toBe("Une salle reste dans l'exposition où elle a été créée.");
  });

  it("translates the record store's own rules (date order, self references, duplicates, ranges)", () => {
    const fr = (message: string, code: string) => translateIssue({ path: ["x"], message, code }, "fr");
    expect(fr("closesOn must not be before opensOn", "date_order")).toBe("La date de fermeture ne doit pas précéder la date d'ouverture.");
    expect(fr("a place cannot be its own partner", "self_reference")).toBe("Un lieu ne peut pas être son propre partenaire.");
    expect(fr('partner "musee-liberation-paris" is listed twice', "duplicate")).toBe("« musee-liberation-paris » figure deux fois.");
    expect(fr("must be at most 32767", "too_big")).toBe("Doit valoir au plus 32767.");
  });

  it("falls back to a generic sentence with the English text for unknown messages", () => {
    expect(translateIssue({ path: ["x"], message: "something odd", code: "custom" }, "fr")).toBe("Cette valeur n'est pas valide (something odd).");
    expect(translateIssue({ path: ["x"], message: "something odd" }, "en")).toBe("This value is not valid (something odd).");
  });
});
