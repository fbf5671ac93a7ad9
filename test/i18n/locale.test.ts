import { describe, expect, it } from "vitest";
import { isLocale, localeFromTag, negotiateLocale } from "../../src/i18n/locale.ts";

describe("locale negotiation", () => {
  it("reads platform locale strings", () => {
    expect(localeFromTag("fr-FR")).toBe("fr");
    expect(localeFromTag("es_419")).toBe("es");
    expect(localeFromTag("zh-Hant-TW")).toBe("zh");
    expect(localeFromTag("EN-us")).toBe("en");
    expect(localeFromTag("de-DE")).toBeUndefined();
    expect(localeFromTag("")).toBeUndefined();
    expect(localeFromTag(undefined)).toBeUndefined();
  });

  it("prefers the message's language, then the remembered choice, then the platform, then the default", () => {
    expect(negotiateLocale({ message: "es", remembered: "fr", platform: "zh-CN", fallback: "en" })).toBe(
      "es",
    );
    expect(negotiateLocale({ remembered: "fr", platform: "zh-CN", fallback: "en" })).toBe("fr");
    expect(negotiateLocale({ platform: "zh-CN", fallback: "es" })).toBe("zh");
    expect(negotiateLocale({ platform: "de-DE", fallback: "es" })).toBe("es");
    expect(negotiateLocale({})).toBe("en");
  });

  it("knows its locales and nothing else", () => {
    expect(isLocale("fr")).toBe(true);
    expect(isLocale("de")).toBe(false);
    expect(isLocale(3)).toBe(false);
  });
});
