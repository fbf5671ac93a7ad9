import type { Locale } from "../i18n/locale.ts";
import { matchForm, toSimplified } from "../i18n/text.ts";
import { anyLanguage, everyLanguage } from "../i18n/words.ts";
import { PLAUSIBLY, SURELY } from "../knowledge/confidence.ts";
import { type IndicatorMention, indexLang, type Knowledge } from "../knowledge/knowledge.ts";
import { localized } from "../knowledge/schema.ts";
import type { SubjectMention } from "../knowledge/subjects.ts";
import type { Example } from "./classifier.ts";
import { yearAsked } from "./clause.ts";
import {
  asksLaterPeriod,
  asksPreviousStrategyFigures,
  detectFacets,
  detectFocusArea,
  detectOutcome,
  detectRequestId,
  detectRequestNumber,
  mentionsOwnRequest,
  yearsOutsideStrategy,
  yearsWithoutFigures,
} from "./entities.ts";
import { namesOwnSubject } from "./follow-up.ts";
import { answerLanguage, detectLanguage } from "./language.ts";
import { localesNamed } from "./language-names.ts";
import type { LogisticClassifier } from "./logistic.ts";
import { type CacheReport, cachedClassifier } from "./model-cache.ts";
import { moodOf } from "./mood.ts";
import { asksAboutOwnRecord } from "./personal.ts";
import { detectPopulations, onlyPopulationWords } from "./population.ts";
import type { Understanding } from "./understanding.ts";

/** Markup that chat platforms and HTML put around text: tags, Slack mentions and links. */
const MARKUP = /<[^<>]{0,500}>/g;
/** Terminal escape sequences pasted from a console ("\u001b[31m"). */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[ -/]*[@-~]`, "g");

/** The indicators a mention names: one, or a group's members. */
function indicatorIds(m: IndicatorMention): readonly string[] {
  return m.target.kind === "indicator" ? [m.target.indicator.id] : m.target.group.indicators;
}

/**
 * The text without the names its indicators were found by: "women P5+ in Africa" leaves "in
 * Africa". Where the subject finder found one of them, its span goes too, however it was spelt
 * ("parite hommes femmes" for "parité hommes-femmes" names the gender indicators, no part of the staff).
 */
function withoutAliases(
  text: string,
  mentions: readonly IndicatorMention[],
  subjects: readonly SubjectMention[],
  membersOf: (group: string) => readonly string[],
): string {
  const named = new Set(mentions.flatMap(indicatorIds));
  const spans = subjects
    .filter(({ subject: s }) =>
      s.kind === "indicator"
        ? named.has(s.id)
        : s.kind === "indicatorGroup" && membersOf(s.id).some((id) => named.has(id)),
    )
    .flatMap((s) => (s.span ? [s.span] : []))
    .sort((a, b) => b[0] - a[0]);
  let rest = text;
  for (const [start, end] of spans)
    rest = `${rest.slice(0, start)}${" ".repeat(end - start)}${rest.slice(end)}`;
  rest = rest.toLowerCase();
  for (const m of mentions) if (m.alias) rest = rest.split(m.alias.toLowerCase()).join(" ");
  return rest;
}

/** "the JD indicator", "KPI": a thing called an indicator. */
const CALLED_AN_INDICATOR = anyLanguage((w) => w.routing.namesAnIndicator, "i");

/** Kinds of subject that, named, leave no room for an indicator described in other words. */
const NAMED_ITEMS = new Set(["fact", "system", "lesson", "deliverable", "unsetTopic", "decision", "partner"]);

/**
 * Homophones a keyboard offers for the words requests turn on ("申情" for 申请, apply; the words
 * files' `commonTypos`): typed for them so often that reading them as such guesses nothing.
 */
const COMMON_TYPOS: readonly [RegExp, string][] = everyLanguage((w) => w.commonTypos).map(([typo, word]) => [
  new RegExp(typo.source, "g"),
  word,
]);

function withoutCommonTypos(text: string): string {
  return COMMON_TYPOS.reduce((t, [typo, word]) => t.replace(typo, word), text);
}

/** Turns a message's text into an Understanding: language, intent scores and entities. */
export class Nlu {
  private readonly classifier: LogisticClassifier;
  private readonly examples: readonly Example[];
  private readonly requestTypeNames: readonly RegExp[];
  private readonly requestIdPrefixes: readonly string[];
  /** Whether the classifier was read from the model cache or trained, and how long it took. */
  readonly modelReport: CacheReport;

  /**
   * `modelCache`: a directory where the trained classifier is kept between starts.
   * `requestTypes`: the words that name each kind of request ("telework", "培训"), so that
   * "the training one" refers to the user's own request, and its ids' prefix ("FWA"), so that
   * "fwa 1" names a request by its number.
   */
  constructor(
    private readonly knowledge: Knowledge,
    examples: readonly Example[],
    requestTypes: readonly { names: RegExp; prefix: string }[] = [],
    modelCache?: string,
  ) {
    this.requestTypeNames = requestTypes.map((t) => t.names);
    this.requestIdPrefixes = requestTypes.map((t) => t.prefix);
    this.examples = examples;
    const { classifier, report } = cachedClassifier(examples, modelCache);
    this.classifier = classifier;
    this.modelReport = report;
  }

  /** About `count` of the training examples, evenly spread over intents and languages. */
  sampleExamples(count: number): string[] {
    const step = Math.max(1, Math.floor(this.examples.length / count));
    return this.examples.filter((_, i) => i % step === 0).map((e) => e.text);
  }

  get exampleCount(): number {
    return this.classifier.size;
  }

  /** The classifier's best intent for a text, without the rest of understanding. */
  classify(text: string): { intent: string; score: number } {
    const { intent, score } = this.classifier.classify(toSimplified(text));
    return { intent, score };
  }

  /** `remembered`: the language the user chose, which answers a message whose words show none. */
  understand(rawText: string, localeHint?: string, remembered?: Locale): Understanding {
    const text = withoutCommonTypos(toSimplified(rawText.replace(ANSI, " ").replace(MARKUP, " ").trim()));
    const lang = detectLanguage(text, localeHint);
    const classified = this.classifier.classify(text);
    const outcome = detectOutcome(text);
    const focusArea = detectFocusArea(text);
    const requestId = detectRequestId(text);
    const numbered = detectRequestNumber(text, this.requestIdPrefixes);
    const requestNumber = numbered?.number;
    const answerLang = answerLanguage(lang, text, localeHint, remembered);
    // the knowledge base is indexed in English and Chinese: a French question is matched in English
    const kbLang = indexLang(answerLang);
    const subjects = this.knowledge.subjectMentions(text, kbLang);
    // An indicator's alias inside a longer name of another item ("rotation" in "taux de rotation",
    // a fact; "formation" in "budget de formation") names that item, as the subject finder reads it.
    // Said elsewhere too, outside that name ("training budget … a training KPI"), it names the indicator.
    const items = subjects
      .filter((s) => s.confidence >= SURELY && NAMED_ITEMS.has(s.subject.kind))
      .map((s) => matchForm(s.alias));
    const form = matchForm(text);
    const onlyInsideItems = (alias: string): boolean => {
      const own = matchForm(alias);
      const longer = items.filter((name) => name !== own && name.includes(own));
      if (longer.length === 0) return false;
      const rest = longer.reduce((left, name) => left.split(name).join(" "), form);
      return !rest.includes(own);
    };
    const mentions = this.knowledge
      .indicatorMentions(text)
      // A typo of an indicator's alias yields to an item named as written: "rotación del
      // personal" (turnover) is no typo of "rotation" (mobility).
      .filter((m) => !onlyInsideItems(m.alias) && !(m.confidence < SURELY && items.length > 0))
      .map((m): IndicatorMention => {
        if (m.target.kind !== "group") return m;
        const member = this.knowledge.groupMember(m.target.group, text, kbLang);
        return member ? { ...m, target: { kind: "indicator", indicator: member } } : m;
      });
    // An indicator the alias matcher missed but the subject finder names ("JD target", "L&D"):
    // named first, or anywhere when the message calls it an indicator ("does the JD indicator
    // cover local staff like me?", where "local staff" names a fact first).
    const first = subjects[0];
    const calledIndicator = CALLED_AN_INDICATOR.test(text)
      ? subjects.find((s) => s.subject.kind === "indicator" && s.confidence >= SURELY)
      : undefined;
    const top = first?.subject.kind === "indicator" ? first : (calledIndicator ?? first);
    const byName =
      mentions.length === 0 && top?.subject.kind === "indicator" && top.confidence >= PLAUSIBLY
        ? this.knowledge.indicator(top.subject.id)
        : undefined;
    if (byName)
      mentions.push({
        target: { kind: "indicator", indicator: byName },
        alias: top?.alias ?? "",
        confidence: top?.confidence ?? 1,
      });
    // "training target for women": "women" names the gender indicators, but here it qualifies the
    // training indicator, so a mention made of population words yields to one that is not.
    // "gender parity in senior positions" names one family twice, and keeps both.
    const subjectsNamed = mentions.filter((m) => !onlyPopulationWords(m.alias));
    const named = new Set(subjectsNamed.flatMap(indicatorIds));
    const qualifiers = mentions.filter(
      (m) => onlyPopulationWords(m.alias) && !indicatorIds(m).some((id) => named.has(id)),
    );
    if (subjectsNamed.length > 0 && qualifiers.length > 0)
      mentions.splice(0, mentions.length, ...mentions.filter((m) => !qualifiers.includes(m)));
    // A question naming an item of the paper by its own name ("taux de rotation", "budget de
    // formation": facts) is about that item, not an indicator its other words describe.
    // Named at all (a typo of its name counts): a description is a weaker reading than a name.
    const namesItem = subjects.some((s) => s.confidence >= PLAUSIBLY && NAMED_ITEMS.has(s.subject.kind));
    const described =
      mentions.length > 0 || namesItem ? undefined : this.knowledge.describedIndicator(text, kbLang);
    const [organisation] = this.knowledge.organisationsNamed(text);
    const byTitle = focusArea ? undefined : this.knowledge.focusAreaByTitle(text, kbLang)?.number;
    return {
      text,
      lang,
      answerLang,
      classified: { intent: classified.intent, score: classified.score, ranking: classified.ranking },
      indicators: mentions.length > 0 ? mentions : described ? [described] : [],
      facets: detectFacets(text),
      populations: detectPopulations(
        withoutAliases(
          text,
          mentions,
          subjects,
          (group) => this.knowledge.kb.indicatorGroups.find((g) => g.id === group)?.indicators ?? [],
        ),
        text,
      ),
      ...(outcome !== undefined ? { outcome } : {}),
      ...(focusArea !== undefined ? { focusArea } : {}),
      ...(byTitle !== undefined ? { focusAreaByTitle: byTitle } : {}),
      yearsOutside: yearsOutsideStrategy(text).filter((year) => yearAsked(text, year)),
      yearsUnset: yearsWithoutFigures(text),
      previousStrategy: asksPreviousStrategyFigures(text),
      laterPeriod: asksLaterPeriod(text),
      ...(requestId !== undefined ? { requestId } : {}),
      ownRequest:
        requestId === undefined &&
        (requestNumber !== undefined || mentionsOwnRequest(text, this.requestTypeNames)),
      ...(requestId === undefined && requestNumber !== undefined ? { requestNumber } : {}),
      ...(requestId === undefined && numbered?.prefix !== undefined
        ? { requestPrefix: numbered.prefix }
        : {}),
      partnerNamed:
        this.knowledge.partnersNamed(text).length > 0 ||
        subjects.some((s) => s.subject.kind === "partner" && s.confidence >= SURELY),
      unmentionedTopic:
        subjects[0] !== undefined &&
        subjects[0].confidence >= SURELY &&
        this.knowledge.isUnmentionedTopic(subjects[0].subject),
      coverage: this.knowledge.vocabularyCoverage(text, kbLang),
      personal: asksAboutOwnRecord(text),
      mood: moodOf(text),
      subjects,
      ...(organisation
        ? { organisation: { id: organisation.id, name: localized(organisation.name, answerLang) } }
        : {}),
      ownSubject: namesOwnSubject(text),
      languagesNamed: localesNamed(text),
    };
  }
}
