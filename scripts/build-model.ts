/**
 * npm install runs this (the `prepare` script): trains the intent classifier once and keeps it in
 * the model cache, so that the first `npm start`, `npm run serve` or `npm test` after an install
 * starts in well under a second instead of training for two to four. It never fails an install:
 * without a usable cache folder the assistant simply trains at start-up, as before.
 */
import { createAssistant } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";

try {
  const config = loadConfig();
  const dir = config.MODEL_CACHE_DIR;
  if (dir === undefined) {
    console.log("model cache off (MODEL_CACHE_DIR=off): the classifier trains at every start");
  } else {
    const { bot } = createAssistant({ knowledgePath: config.KNOWLEDGE_PATH, modelCache: dir });
    const report = bot.nlu.modelReport;
    const what =
      report.outcome === "loaded"
        ? "already cached"
        : report.written === false
          ? `trained, but ${dir} is not writable: it will be trained at start-up`
          : "trained and cached";
    console.log(`intent classifier ${what} (${Math.round(report.ms)} ms, ${bot.nlu.exampleCount} examples)`);
  }
} catch (error) {
  console.warn(`the classifier was not cached (${String(error)}); it will be trained at start-up`);
}
