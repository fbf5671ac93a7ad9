import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith(".ts") ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [
    ...text.matchAll(/(?:import|export)\s[^"']*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => (m[1] ?? m[2]) as string);
}

const PLATFORM_SDK = /^(@slack\/|botbuilder|botframework-)/;

describe("architecture boundaries", () => {
  const core = [...sources(path.join(root, "src")), ...sources(path.join(root, "intents"))].filter(
    (f) => !f.includes(`${path.sep}adapters${path.sep}`),
  );

  it("keeps platform SDKs inside src/adapters", () => {
    const offenders = core.flatMap((file) =>
      imports(file)
        .filter((spec) => PLATFORM_SDK.test(spec))
        .map((spec) => `${path.relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("never lets handlers, the bot or the NLU import an adapter", () => {
    const logic = core.filter((f) => !f.includes(`${path.sep}server${path.sep}`) && !f.endsWith("main.ts"));
    const offenders = logic.flatMap((file) =>
      imports(file)
        .filter((spec) => spec.includes("adapters/"))
        .map((spec) => `${path.relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps the store port and its stores the bottom layer: src/storage imports nothing above it", () => {
    const offenders = sources(path.join(root, "src", "storage")).flatMap((file) =>
      imports(file)
        .filter((spec) => /\/(requests|notify|bot|adapters|server|nlu|knowledge|intents)\//.test(`/${spec}/`))
        .map((spec) => `${path.relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps Teams' botbuilder inside its own adapter folder", () => {
    const slack = sources(path.join(root, "src", "adapters")).filter(
      (f) => !f.includes(`${path.sep}teams${path.sep}`),
    );
    const offenders = slack.flatMap((file) => imports(file).filter((spec) => /^botbuilder/.test(spec)));
    expect(offenders).toEqual([]);
  });
});
