import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.ts";

describe("HR_USERS", () => {
  it("reads platform names in any case, keeping the ids as written", () => {
    expect(parseConfig({ HR_USERS: "Console:Alice, SLACK:U024BE7LH teams:abc-123" }).HR_USERS).toEqual([
      "console:Alice",
      "slack:U024BE7LH",
      "teams:abc-123",
    ]);
  });

  it("names the bad entry, what is wrong and how to write it", () => {
    const error = (() => {
      try {
        parseConfig({ HR_USERS: "console:alice,Skype:bob,carol" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = String((error as Error).message);
    expect(message).toContain(
      'HR_USERS: "Skype:bob": the platform "Skype" is not one of slack, teams, console.',
    );
    expect(message).toContain('"carol": no platform; each HR user is written platform:id.');
    expect(message).toContain("e.g. HR_USERS=slack:U024BE7LH,console:alice");
  });
});
