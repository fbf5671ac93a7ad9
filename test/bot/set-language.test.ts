import { describe, expect, it } from "vitest";
import { INTENTS } from "../../intents/index.ts";
import { languageChosenIn, languageCommand } from "../../src/bot/language-command.ts";
import { Router } from "../../src/bot/routing.ts";
import { localesNamed } from "../../src/nlu/language-names.ts";
import { assistant } from "../support/assistant.ts";

/**
 * Choosing the language of the answers is understood like every other intent: its own words
 * (a command, a request alone in its message) or the classifier's reading with the one language
 * the message names; questions about languages, language courses and the paper's multilingualism
 * are not taken for a choice.
 */

const router = new Router(INTENTS);
const route = (text: string) => router.route(assistant().bot.nlu.understand(text));

describe("set_language: routing", () => {
  it("routes each of its examples, at least 45 a language, to itself", () => {
    const intent = INTENTS.find((i) => i.id === "set_language");
    const misses: string[] = [];
    for (const lang of ["en", "zh", "fr", "es"] as const) {
      const examples = intent?.examples[lang] ?? [];
      expect(examples.length, lang).toBeGreaterThanOrEqual(45);
      for (const text of examples)
        if (route(text) !== "set_language") misses.push(`${text} (${route(text)})`);
    }
    expect(misses).toEqual([]);
  });

  it("takes no question about languages, no language course, no strategy question for a choice", () => {
    for (const text of [
      "is the strategy paper available in French?",
      "what languages can you answer in?",
      "I want to take a Spanish course",
      "what does the strategy say about multilingualism?",
      "这份文件有英文版吗",
      "我想报名西班牙语课程",
      "la version anglaise du document",
      "tu parles quelles langues ?",
      "je voudrais suivre un cours de chinois",
      "¿existe la estrategia en inglés?",
      "solicitud de clases de francés",
      "lessons learnt en français svp",
      "translate to French: good morning",
    ])
      expect(route(text), text).not.toBe("set_language");
  });
});

describe("set_language: the language chosen", () => {
  it("reads the command, the request alone and the one language other wordings name", () => {
    expect(languageCommand("/hr language es")).toEqual({ kind: "choose", locale: "es" });
    expect(languageCommand("language")).toEqual({ kind: "show" });
    expect(languageCommand("language de")).toEqual({ kind: "unknown" });
    expect(languageCommand("tu peux passer au chinois ?")).toEqual({ kind: "choose", locale: "zh" });
    expect(languageCommand("能不能用英语和我交流")).toEqual({ kind: "choose", locale: "en" });
    expect(languageCommand("de ahora en adelante en castellano")).toEqual({ kind: "choose", locale: "es" });
    expect(languageCommand("passe à l'anglais")).toEqual({ kind: "choose", locale: "en" });
    // A bare code is no choice outside the command; a word that names no language is none either.
    expect(languageCommand("es")).toBeUndefined();
    expect(languageCommand("answer in detail please")).toBeUndefined();
    expect(languageCommand("is it available in english")).toBeUndefined();
    expect(languageChosenIn("I'd rather have the answers in Spanish")).toEqual({
      kind: "choose",
      locale: "es",
    });
    expect(languageChosenIn("switch from English to French")).toBeUndefined();
  });

  it("names languages in four languages, adjectives and one-letter typos, not look-alike words", () => {
    expect(localesNamed("la version anglaise")).toEqual(["en"]);
    expect(localesNamed("responde en frnaces")).toEqual(["fr"]);
    expect(localesNamed("answer in chineese")).toEqual(["zh"]);
    expect(localesNamed("用西语回答")).toEqual(["es"]);
    expect(localesNamed("staff in France and Spain")).toEqual([]);
    expect(localesNamed("外国语学院")).toEqual([]);
  });
});

describe("set_language: a question about a language chooses nothing", () => {
  it.each(["¿hablas francés?", "tu parles anglais ?", "parles-tu espagnol ?", "do you speak Spanish?"])(
    "%s",
    (text) => {
      expect(route(text)).not.toBe("set_language");
    },
  );
});

describe("set_language: a choice is one tap from undone", () => {
  it("the confirmation offers the other languages", async () => {
    const reply = await assistant().bot.handle({
      platform: "console",
      user: { id: "chooser" },
      conversation: { id: "c-chooser" },
      text: "réponds en français à partir de maintenant",
    });
    expect(reply.intent).toBe("set_language");
    expect(reply.suggestions.length).toBeGreaterThan(1);
  });
});
