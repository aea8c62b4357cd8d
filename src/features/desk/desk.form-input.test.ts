import { describe, expect, it } from "vitest";
import { readDeskBooking } from "./desk.form.ts";

const form = (fields: Record<string, string>) => (name: string) => fields[name];

describe("readDeskBooking and control characters", () => {
  it("refuses a NUL or a line break in the visitor's name or address, naming the field", () => {
    const read = readDeskBooking(form({ slotId: "12", partySize: "2", name: "Ada\u0000Lovelace", email: "ada@exa\nmple.org", lang: "fr" }));
    expect(read.valid).toBeUndefined();
    expect(read.problems).toEqual({ name: "control_characters", email: "control_characters" });
  });
});
