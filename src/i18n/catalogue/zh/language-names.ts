import type { LanguageNames } from "../../words-type.ts";

/** The four languages' names in Chinese, found inside a run of characters. */
export const NAMES_IN_RUN: LanguageNames = {
  en: ["英文", "英语", "英語"],
  zh: ["中文", "汉语", "华语", "普通话"],
  fr: ["法文", "法语"],
  es: ["西班牙文", "西班牙语", "西语", "西文"],
};
