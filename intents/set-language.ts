import type { IntentSpec } from "../src/bot/intent.ts";
import { languageChosenIn, languageCommand } from "../src/bot/language-command.ts";
import type { Suggestion } from "../src/bot/messages.ts";
import { makeReply, paragraph } from "../src/bot/reply.ts";
import { valueReadingRule } from "../src/bot/route-predicates.ts";
import { STAGES } from "../src/bot/routing.ts";
import { LOCALES, type Locale } from "../src/i18n/locale.ts";
import { t } from "../src/i18n/messages.ts";
import { asksAboutSpeaking } from "../src/nlu/language-names.ts";

/** The four languages as buttons, each named in its own language ("language Français"). */
function options(lang: Locale): Suggestion[] {
  return LOCALES.map((code) => {
    const name = t(code, "language.endonym");
    return { label: name, message: t(lang, "language.command", { language: name }) };
  });
}

/**
 * The language the user is answered in from now on: a preference with no side effect on any
 * record, so it is done at once, unconfirmed. Remembered per platform and user (the store's
 * key-value space), and read for every message whose own words show no language.
 */
export const setLanguageIntent: IntentSpec = {
  id: "set_language",
  description: { en: "Choose the language I answer in", zh: "选择回答所用的语言" },
  routing: {
    group: "smalltalk",
    // Read from no message that names no language: its vote is set aside, the rest renormalised.
    needs: "language",
    rules: [
      {
        priority: STAGES.smallTalk + 2,
        why: "the user chooses the language of the answers, in a message of its own (a question about languages is none)",
        when: (u) => languageCommand(u.text) !== undefined,
      },
      valueReadingRule(
        STAGES.smallTalk + 1,
        "the classifier reads a language chosen in other words, and the message names one language",
        // "¿hablas francés?" asks what the assistant can do, and chooses nothing.
        (u) => u.languagesNamed.length === 1 && !asksAboutSpeaking(u.text),
      ),
    ],
  },
  examples: { en: [], zh: [] },
  // Its English examples only test its words: trained, their "in", "to", "you" tilted long English
  // questions towards out_of_scope (blind set, English: 79% → 73%).
  trainsIn: ["zh", "fr", "es"],
  async handle({ understanding, message, languages }) {
    const command = languageChosenIn(understanding.text);
    const lang = understanding.answerLang;
    if (command?.kind === "choose") {
      await languages.set(message.platform, message.user.id, command.locale);
      // The other languages offered at once: a choice read wrongly is one tap from undone.
      return makeReply("set_language", command.locale, [paragraph(t(command.locale, "language.chosen"))], {
        outcome: "done",
        suggestions: options(command.locale),
      });
    }
    if (command?.kind === "show") {
      const chosen = await languages.get(message.platform, message.user.id);
      const text = chosen
        ? t(lang, "language.current", { name: t(lang, "language.name", { language: chosen }) })
        : t(lang, "language.notChosen", { name: t(lang, "language.name", { language: lang }) });
      return makeReply("set_language", lang, [paragraph(text)], { suggestions: options(lang) });
    }
    return makeReply("set_language", lang, [paragraph(t(lang, "language.unknown"))], {
      suggestions: options(lang),
    });
  },
};
