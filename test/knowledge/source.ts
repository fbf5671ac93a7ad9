import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The Chinese edition of GB.343/PFA/14, kept in the repository beside the knowledge base built
 * from it: every figure and quotation of the knowledge base must come from it.
 */
export const SOURCE_PATH = fileURLToPath(
  new URL("../../data/source/hr-strategy-2022-2025.zh.txt", import.meta.url),
);

export const sourceText = readFileSync(SOURCE_PATH, "utf8");

/**
 * Text without any whitespace: the source breaks lines mid-sentence and spaces numbers
 * ("2021 年", "劳 工 组 织"), the knowledge base spaces them its own way. Private-use
 * characters go too: the PDF extraction left a bullet glyph (U+F075) before each heading.
 */
export function squash(text: string): string {
  return text.replace(/[\s\p{Co}]+/gu, "");
}

/** The four footnote call-outs of the body text ("情况。 1 理事会", "65 岁 3 法定离职年龄"). */
const FOOTNOTE_MARKER = /(?<=[。，岁]) [1-4](?= )/g;

export const footnoteMarkerCount = sourceText.match(FOOTNOTE_MARKER)?.length ?? 0;

/** The whole source, squashed, with the footnote call-outs taken out of the sentences they interrupt. */
export const squashedSource = squash(sourceText.replace(FOOTNOTE_MARKER, ""));

/** The text strictly between the first `start` and the next `end` after it (both squashed). */
export function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`"${start}" is not in the text`);
  const to = text.indexOf(end, from + start.length);
  if (to < 0) throw new Error(`"${end}" does not follow "${start}"`);
  return text.slice(from + start.length, to);
}

/** The appendix table of the source, squashed: "附录" up to the end. */
export const squashedAppendix = squashedSource.slice(squashedSource.lastIndexOf("附录"));
