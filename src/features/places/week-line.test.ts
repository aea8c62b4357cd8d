import { describe, expect, it } from "vitest";
import { weekLine, type WeeklyHours } from "./week-line.ts";

const days = (weekdays: number[], opens: string, closes: string): WeeklyHours[] => weekdays.map((weekday) => ({ weekday, opens, closes }));
const ON = "2026-11-24";

describe("the week in one line", () => {
  it("writes Tuesday to Sunday and the closed Monday, in English and French", () => {
    const hours = days([2, 3, 4, 5, 6, 7], "10:00:00", "18:00:00");
    expect(weekLine("en", hours, ON)).toBe("Tue–Sun 10:00–18:00 · closed Mondays");
    expect(weekLine("fr", hours, ON)).toBe("mar.–dim. 10:00–18:00 · fermé le lundi");
  });

  it("says every day when all seven share their hours", () => {
    expect(weekLine("en", days([1, 2, 3, 4, 5, 6, 7], "09:00", "17:00"), ON)).toBe("Every day 09:00–17:00");
    expect(weekLine("fr", days([1, 2, 3, 4, 5, 6, 7], "09:00", "17:00"), ON)).toBe("Tous les jours 09:00–17:00");
  });

  it("splits the week where the hours change, and lists short runs and several closed days", () => {
    const hours = [...days([1, 2, 4, 5], "10:00", "18:00"), ...days([6, 7], "10:00", "19:00")];
    expect(weekLine("en", hours, ON)).toBe("Mon, Tue, Thu, Fri 10:00–18:00 · Sat, Sun 10:00–19:00 · closed Wednesdays");
    const split = [...days([1, 2, 3], "10:00", "18:00"), ...days([5], "14:00", "20:00")];
    expect(weekLine("fr", split, ON)).toBe("lun.–mer. 10:00–18:00 · ven. 14:00–20:00 · fermé le jeudi, le samedi et le dimanche");
  });

  it("joins several ranges of a day, in order", () => {
    const hours = [...days([2, 3, 4, 5, 6], "14:00", "18:00"), ...days([2, 3, 4, 5, 6], "09:30", "12:30")];
    expect(weekLine("en", hours, ON)).toBe("Tue–Sat 09:30–12:30, 14:00–18:00 · closed Mondays and Sundays");
  });

  it("shows nothing when no hours are known, or none is valid on the day", () => {
    expect(weekLine("en", [], ON)).toBeUndefined();
    expect(weekLine("fr", [{ weekday: 2, opens: "10:00", closes: "18:00", validUntil: "2026-09-30" }], ON)).toBeUndefined();
  });

  it("uses the hours valid on the day when seasons differ", () => {
    const hours: WeeklyHours[] = [
      { weekday: 1, opens: "10:00", closes: "19:00", validFrom: "2026-04-01", validUntil: "2026-09-30" },
      { weekday: 1, opens: "10:00", closes: "17:00", validFrom: "2026-10-01", validUntil: "2027-03-31" },
    ];
    expect(weekLine("en", hours, ON)).toBe("Mon 10:00–17:00 · closed Tuesdays, Wednesdays, Thursdays, Fridays, Saturdays and Sundays");
  });
});
