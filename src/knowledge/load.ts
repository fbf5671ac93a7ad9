import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { matchForm } from "../i18n/text.ts";
import { parseSubjectId, subjectId, subjectNames } from "./names.ts";
import { KnowledgeBase } from "./schema.ts";

export const DEFAULT_KNOWLEDGE_PATH = fileURLToPath(new URL("../../data/strategy.json", import.meta.url));

export class KnowledgeBaseError extends Error {
  override name = "KnowledgeBaseError";
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 10)
    .map((issue) => `  - at ${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`)
    .join("\n");
}

/** Rules the schema cannot state alone: unique ids, known sections, aliases naming one indicator. */
function checkConsistency(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const sectionIds = new Set(kb.sections.map((s) => s.id));
  const seen = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const before = seen.get(id);
    if (before) problems.push(`duplicate id "${id}" at ${where} (first at ${before})`);
    else seen.set(id, where);
  };
  const sectionSeen = new Set<string>();
  kb.sections.forEach((s, i) => {
    if (sectionSeen.has(s.id)) problems.push(`duplicate section id "${s.id}" at sections.${i}`);
    sectionSeen.add(s.id);
    if (s.parent && !sectionIds.has(s.parent))
      problems.push(`sections.${i}.parent: unknown section "${s.parent}"`);
  });
  const located: [string, { id: string; section: string }[]][] = [
    ["facts", kb.facts],
    ["lessons", kb.lessons],
    ["outcomes", kb.outcomes],
    ["focusAreas", kb.focusAreas],
    ["indicators", kb.indicators],
    ["partnerships", kb.partnerships],
    ["assumptions", kb.assumptions],
    ["risks", kb.risks],
    ["passages", kb.passages],
    ["systems", kb.systems],
  ];
  for (const [key, items] of located) {
    items.forEach((item, i) => {
      claim(item.id, `${key}.${i}`);
      if (!sectionIds.has(item.section))
        problems.push(`${key}.${i}.section: unknown section "${item.section}"`);
    });
  }
  kb.focusAreas.forEach((f, i) => {
    f.deliverables.forEach((d, j) => {
      claim(d.id, `focusAreas.${i}.deliverables.${j}`);
    });
  });
  const indicatorIds = new Set(kb.indicators.map((i) => i.id));
  const aliasOwner = new Map<string, string>();
  const ownAlias = (alias: string, owner: string) => {
    const form = matchForm(alias);
    const before = aliasOwner.get(form);
    if (before && before !== owner) problems.push(`alias "${alias}" names both ${before} and ${owner}`);
    aliasOwner.set(form, owner);
  };
  for (const i of kb.indicators) for (const a of Object.values(i.aliases).flat()) ownAlias(a, i.id);
  kb.indicatorGroups.forEach((g, i) => {
    claim(g.id, `indicatorGroups.${i}`);
    for (const a of Object.values(g.aliases).flat()) ownAlias(a, g.id);
    for (const member of g.indicators) {
      if (!indicatorIds.has(member)) problems.push(`indicatorGroups.${i}: unknown indicator "${member}"`);
    }
  });
  kb.indicators.forEach((indicator, i) => {
    if (indicator.focusArea && !kb.focusAreas.some((f) => f.id === indicator.focusArea))
      problems.push(`indicators.${i}.focusArea: unknown focus area "${indicator.focusArea}"`);
  });
  problems.push(...checkUnsetTopics(kb, sectionIds, claim), ...checkNames(kb));
  for (const key of ["paper", "decision", "riskRegister"] as const) {
    if (!sectionIds.has(kb[key].section))
      problems.push(`${key}.section: unknown section "${kb[key].section}"`);
  }
  return problems;
}

/** Unset topics: known sections, known subjects to point to, and no figure of their own. */
function checkUnsetTopics(
  kb: KnowledgeBase,
  sectionIds: ReadonlySet<string>,
  claim: (id: string, where: string) => void,
): string[] {
  const problems: string[] = [];
  const known = new Set(subjectNames(kb).map((n) => subjectId(n.subject)));
  kb.unsetTopics.forEach((topic, i) => {
    claim(topic.id, `unsetTopics.${i}`);
    if (topic.mentioned && topic.mentions.length === 0)
      problems.push(`unsetTopics.${i}: "${topic.id}" is mentioned, but no mention is given`);
    if (!topic.mentioned && !topic.note)
      problems.push(`unsetTopics.${i}: "${topic.id}" is not mentioned, so it needs a note saying so`);
    topic.mentions.forEach((m, j) => {
      if (!sectionIds.has(m.section))
        problems.push(`unsetTopics.${i}.mentions.${j}.section: unknown section "${m.section}"`);
    });
    for (const id of topic.seeAlso) {
      if (!parseSubjectId(id) || !known.has(id))
        problems.push(`unsetTopics.${i}.seeAlso: unknown subject "${id}"`);
    }
  });
  return problems;
}

/** Every name (alias, abbreviation, title) names one subject only; a shared word is a declared group. */
function checkNames(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const name of subjectNames(kb)) {
    const form = matchForm(name.text);
    if (form.length === 0) continue;
    const id = subjectId(name.subject);
    const before = owner.get(form);
    if (before && before !== id) problems.push(`name "${name.text}" names both ${before} and ${id}`);
    else owner.set(form, id);
  }
  return problems;
}

/** Validates a parsed knowledge base; throws a KnowledgeBaseError naming each bad path. */
export function parseKnowledgeBase(raw: unknown, source = "knowledge base"): KnowledgeBase {
  const result = KnowledgeBase.safeParse(raw);
  if (!result.success) {
    throw new KnowledgeBaseError(`${source} is invalid:\n${describeIssues(result.error.issues)}`);
  }
  const problems = checkConsistency(result.data);
  if (problems.length > 0) {
    throw new KnowledgeBaseError(`${source} is inconsistent:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  return result.data;
}

export function loadKnowledgeBase(path = DEFAULT_KNOWLEDGE_PATH): KnowledgeBase {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new KnowledgeBaseError(`cannot read the knowledge base ${path}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new KnowledgeBaseError(`the knowledge base ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseKnowledgeBase(raw, `the knowledge base ${path}`);
}
