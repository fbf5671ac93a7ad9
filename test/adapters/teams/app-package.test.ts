import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import AdmZip from "adm-zip";
import { PNG } from "pngjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buildTeamsPackage,
  MANIFEST_PATH,
  PLACEHOLDER_ID,
  validateManifest,
} from "../../../scripts/package-teams.ts";
import { PROJECT_ROOT } from "../../../src/config.ts";

const BOT_ID = "0f9c5b2e-4f3a-4d8e-9b1c-2a3b4c5d6e7f";
const APP_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

async function manifestJson(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(MANIFEST_PATH, "utf8")) as Record<string, unknown>;
}

describe("manifest.json", () => {
  it("is valid against the official Teams manifest schema (bundled, offline)", async () => {
    const manifest = await manifestJson();
    expect(manifest.manifestVersion).toBe("1.30");
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it("is really checked: a manifest without its developer fails", async () => {
    const { developer: _developer, ...manifest } = await manifestJson();
    const errors = await validateManifest(manifest);
    expect(errors.join("\n")).toMatch(/developer/);
  });

  it("offers the bot in personal, team and group chat scopes with its commands", async () => {
    const manifest = (await manifestJson()) as {
      bots: { scopes: string[]; commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
    };
    const [bot] = manifest.bots;
    expect(bot?.scopes).toEqual(["personal", "team", "groupChat"]);
    expect(bot?.commandLists.map((list) => [list.scopes, list.commands.map((c) => c.title)])).toEqual([
      [["personal"], ["help", "mobility target", "my requests", "request flexible-work"]],
      [
        ["team", "groupChat"],
        ["help", "mobility target", "register HR channel"],
      ],
    ]);
  });
});

describe("package:teams", () => {
  let outDir: string;

  beforeEach(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), "teams-package-"));
  });

  afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("writes a zip with the manifest (ids filled in) and both icons at its root", async () => {
    const { file } = await buildTeamsPackage({
      env: { MicrosoftAppId: BOT_ID, TEAMS_APP_ID: APP_ID },
      outDir,
    });
    const zip = new AdmZip(file);
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(["color.png", "manifest.json", "outline.png"]);

    const manifest = JSON.parse(zip.readAsText("manifest.json")) as { id: string; bots: { botId: string }[] };
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);

    const color = PNG.sync.read(zip.readFile("color.png") ?? Buffer.alloc(0));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(zip.readFile("outline.png") ?? Buffer.alloc(0));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    // Teams wants the outline icon white on transparent: every pixel is one or the other.
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      expect(a === 0 || (r === 255 && g === 255 && b === 255 && a === 255)).toBe(true);
    }
  });

  it("uses the bot id as the app id when TEAMS_APP_ID is not set", async () => {
    const { file, appId } = await buildTeamsPackage({ env: { MicrosoftAppId: BOT_ID }, outDir });
    expect(appId).toBe(BOT_ID);
    expect(JSON.parse(new AdmZip(file).readAsText("manifest.json")).id).toBe(BOT_ID);
  });

  it("refuses a missing or malformed app id unless --dev", async () => {
    await expect(buildTeamsPackage({ env: {}, outDir })).rejects.toThrow(/MicrosoftAppId is not set.*--dev/);
    await expect(buildTeamsPackage({ env: { MicrosoftAppId: "my-bot" }, outDir })).rejects.toThrow(
      /MicrosoftAppId: must be a GUID/,
    );
    const { appId, file } = await buildTeamsPackage({ env: {}, dev: true, outDir });
    expect(appId).toBe(PLACEHOLDER_ID);
    expect(path.basename(file)).toMatch(/-dev\.zip$/);
  });

  it("runs as a command that explains a missing app id and fails", () => {
    const tsx = path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
    const result = spawnSync(tsx, ["scripts/package-teams.ts", "--out", outDir], {
      cwd: PROJECT_ROOT,
      // Set but empty: .env (if any) does not override it, and empty means "not set".
      env: { ...process.env, MicrosoftAppId: "", TEAMS_APP_ID: "" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("MicrosoftAppId is not set");
  });
});
