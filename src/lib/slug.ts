import { z } from "zod";

/** Lowercase letters and digits in words joined by single hyphens; also read by form-errors to recognise its issue. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stable public identifier of a record, unique per kind. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, "must be lowercase letters, digits and single hyphens, e.g. musee-liberation-paris");

/** A name or address segment as a slug writes it: "Général_Leclerc" → "general-leclerc". */
export const slugify = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
