import { describe, expect, it } from "vitest";
import { parseDate, parseDateRange } from "../../src/requests/parse/dates.ts";
import { findDays, parseDays } from "../../src/requests/parse/days.ts";

const today = new Date("2026-12-01T00:00:00Z"); // a Tuesday

describe("French and Spanish dates", () => {
  it.each([
    ["1er mars 2027", "2027-03-01"],
    ["le 15 août", "2027-08-15"],
    ["le 15 aout 2027", "2027-08-15"],
    ["15 de septiembre de 2027", "2027-09-15"],
    ["3 de enero", "2027-01-03"],
    ["lundi prochain", "2026-12-07"],
    ["el próximo lunes", "2026-12-07"],
    ["el lunes que viene", "2026-12-07"],
    ["ce vendredi", "2026-12-04"],
    ["demain", "2026-12-02"],
    ["mañana", "2026-12-02"],
    ["aujourd'hui", "2026-12-01"],
    ["dans deux semaines", "2026-12-15"],
    ["dentro de 3 días", "2026-12-04"],
    ["la semaine prochaine", "2026-12-07"],
    ["el mes que viene", "2027-01-01"],
  ])("reads %s", (text, iso) => {
    expect(parseDate(text, { today })).toBe(iso);
  });

  it.each([
    ["du 1er mars au 31 août 2027", "2027-03-01", "2027-08-31"],
    ["del 1 al 31 de agosto", "2027-08-01", "2027-08-31"],
    ["del 1 de marzo al 31 de agosto de 2027", "2027-03-01", "2027-08-31"],
    ["desde el 1 de marzo hasta el 31 de agosto", "2027-03-01", "2027-08-31"],
    ["du 3 au 14 mai 2027", "2027-05-03", "2027-05-14"],
    ["du 1er décembre 2026 jusqu'au 31 mars 2027", "2026-12-01", "2027-03-31"],
  ])("reads the range %s", (text, start, end) => {
    expect(parseDateRange(text, { today })).toEqual({ start, end });
  });

  it("refuses a day that does not exist", () => {
    expect(parseDate("31 avril 2027", { today })).toBeUndefined();
    expect(parseDate("30 de febrero", { today })).toBeUndefined();
  });

  it("does not read the morning as tomorrow", () => {
    expect(parseDate("por la mañana", { today })).toBeUndefined();
  });
});

describe("French and Spanish weekdays", () => {
  it.each([
    ["les lundis et vendredis", "Monday, Friday"],
    ["los lunes", "Monday"],
    ["lundi, mercredi et vendredi", "Monday, Wednesday, Friday"],
    ["de lunes a jueves", "Monday, Tuesday, Wednesday, Thursday"],
    ["du lundi au jeudi", "Monday, Tuesday, Wednesday, Thursday"],
    ["los martes y jueves", "Tuesday, Thursday"],
  ])("reads %s", (text, days) => {
    expect(parseDays(text, "en")).toBe(days);
  });

  it("finds the days inside a longer request, and no day in a name or a word", () => {
    expect(findDays("Je voudrais télétravailler les mardis et jeudis à partir du 1er mars", "en")).toBe(
      "Tuesday, Thursday",
    );
    expect(findDays("Sam veut un jeu de données sur la vie au travail", "en")).toBeUndefined();
  });
});
