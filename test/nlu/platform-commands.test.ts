import { describe, expect, it } from "vitest";
import { slashRequest } from "../../src/nlu/platform-commands.ts";

describe("a slash command asking for a request's form", () => {
  it.each([
    ["request flexible-work", "flexible-work"],
    ["request", ""],
    ["demande de télétravail", "de télétravail"],
    ["Solicitud de teletrabajo", "de teletrabajo"],
    ["申请 弹性工作", "弹性工作"],
    ["  request   learning  ", "learning"],
  ])("%s → the type's words “%s”", (text, typeText) => {
    expect(slashRequest(text)).toEqual({ typeText });
  });

  it.each([
    "requests",
    "what is the mobility target?",
    "my request FWA-2026-0001",
    "demandes en attente",
    "申请弹性工作",
    "",
  ])("%s is not one: it goes to the bot as typed", (text) => {
    expect(slashRequest(text)).toBeUndefined();
  });
});
