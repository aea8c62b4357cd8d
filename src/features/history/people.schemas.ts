import { z } from "zod";
import { listQuery } from "../../web/validation.ts";

export const personListQuery = listQuery({
  alias: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").optional(),
});
export type PersonListQuery = z.infer<typeof personListQuery>;
