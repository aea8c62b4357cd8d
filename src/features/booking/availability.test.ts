import { describe, expect, it } from "vitest";
import { availabilityOf } from "./availability.ts";
import { displayCode, newBookingCode, normalizeCode } from "./booking-code.ts";

describe("availability", () => {
  it("says sold out at zero, few left near the end, available otherwise", () => {
    expect(availabilityOf(20, 0)).toBe("sold_out");
    expect(availabilityOf(20, 4)).toBe("few_left");
    expect(availabilityOf(20, 5)).toBe("available");
    expect(availabilityOf(12, 3)).toBe("few_left");
    expect(availabilityOf(12, 12)).toBe("available");
  });

  it("never calls a small slot with every place free 'few left'", () => {
    expect(availabilityOf(1, 1)).toBe("available");
    expect(availabilityOf(2, 2)).toBe("available");
    expect(availabilityOf(3, 2)).toBe("few_left");
  });
});

describe("booking codes", () => {
  it("are read back whatever the case, spaces or dash, and refuse look-alikes", () => {
    const code = newBookingCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(normalizeCode(displayCode(code).toLowerCase())).toBe(code);
    expect(normalizeCode(` ${code.slice(0, 4)} ${code.slice(4)} `)).toBe(code);
    expect(normalizeCode("K7QM-3XP0")).toBeUndefined();
    expect(normalizeCode("K7QM3XP")).toBeUndefined();
  });
});
