import { z } from "zod";

/** Stable public identifier of a record, unique per kind. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens, e.g. musee-liberation-paris");
