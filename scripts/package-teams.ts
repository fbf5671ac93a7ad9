/**
 * Builds the Microsoft Teams app package (the zip uploaded to Teams): manifest.json with the bot
 * and app ids filled in, color.png and outline.png, all at the zip's root. The manifest is
 * validated offline against the official schema bundled in @microsoft/app-manifest.
 *
 *   npm run package:teams                    ids from MicrosoftAppId (and TEAMS_APP_ID) in the environment or .env
 *   npm run package:teams -- --dev           a placeholder id when none is set (local testing only)
 *   npm run package:teams -- --draw-icons    redraw appPackage/color.png and outline.png
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AppManifestUtils } from "@microsoft/app-manifest";
import AdmZip from "adm-zip";
import { Command } from "commander";
import { config as loadDotenv } from "dotenv";
import { PNG } from "pngjs";
import { z } from "zod";
import { PROJECT_ROOT } from "../src/config.ts";

export const MANIFEST_PATH = path.join(PROJECT_ROOT, "manifest.json");
export const ICONS_DIR = path.join(PROJECT_ROOT, "appPackage");
export const PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000000";

/** The sizes Teams requires of the two icons. */
export const ICONS = { "color.png": 192, "outline.png": 32 } as const;
type IconName = keyof typeof ICONS;

export class PackageError extends Error {
  override name = "PackageError";
}

// ------------------------------------------------------------------------------------- icons

const ILO_BLUE = [0x1e, 0x2d, 0xbe, 0xff] as const;
const LIGHT = [0xf4, 0xf6, 0xff, 0xff] as const;
const WHITE = [0xff, 0xff, 0xff, 0xff] as const;
const CLEAR = [0, 0, 0, 0] as const;
type Rgba = readonly [number, number, number, number];

/** "HR" in a 5×7 pixel font. */
const GLYPHS = [
  ["#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
  ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
];

function draw(size: number, background: Rgba, ink: Rgba, scale: number, frame: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const paint = (x: number, y: number, colour: Rgba) => png.data.set(colour, (y * size + x) * 4);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) paint(x, y, background);
  if (frame) {
    for (let i = 1; i < size - 1; i++) {
      paint(i, 1, ink);
      paint(i, size - 2, ink);
      paint(1, i, ink);
      paint(size - 2, i, ink);
    }
  }
  const gap = scale * 2;
  const width = GLYPHS.length * 5 * scale + (GLYPHS.length - 1) * gap;
  const left = Math.floor((size - width) / 2);
  const top = Math.floor((size - 7 * scale) / 2);
  GLYPHS.forEach((glyph, g) => {
    glyph.forEach((row, r) => {
      [...row].forEach((cell, c) => {
        if (cell !== "#") return;
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++)
            paint(left + g * (5 * scale + gap) + c * scale + dx, top + r * scale + dy, ink);
      });
    });
  });
  return PNG.sync.write(png);
}

/** The icons, drawn the same way every time: a light "HR" on ILO blue, and white on transparent. */
export function drawIcons(): Record<IconName, Buffer> {
  return {
    "color.png": draw(ICONS["color.png"], ILO_BLUE, LIGHT, 10, false),
    "outline.png": draw(ICONS["outline.png"], CLEAR, WHITE, 2, true),
  };
}

async function readIcon(name: IconName, dir: string): Promise<Buffer> {
  const file = path.join(dir, name);
  const bytes = await readFile(file).catch(() => {
    throw new PackageError(`${file} is missing: run "npm run package:teams -- --draw-icons" to draw it`);
  });
  const { width, height } = PNG.sync.read(bytes);
  const size = ICONS[name];
  if (width !== size || height !== size) {
    throw new PackageError(`${file} is ${width}×${height}; Teams requires ${size}×${size}`);
  }
  return bytes;
}

// ---------------------------------------------------------------------------------- manifest

/** The JSON schema a manifest's $schema names, from the copy bundled in @microsoft/app-manifest. */
function offlineSchema(schemaUrl: unknown): unknown {
  const version = /\/json-schemas\/teams\/(v[\w.]+)\/MicrosoftTeams\.schema\.json$/.exec(
    String(schemaUrl),
  )?.[1];
  if (!version)
    throw new PackageError(`manifest $schema is not a Teams manifest schema: ${String(schemaUrl)}`);
  const root = path.dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest"));
  const file = path.join(root, "json-schemas", "teams", version, "MicrosoftTeams.schema.json");
  if (!existsSync(file)) {
    throw new PackageError(`the ${version} manifest schema is not bundled with @microsoft/app-manifest`);
  }
  return JSON.parse(readFileSync(file, "utf8"));
}

type Validate = typeof AppManifestUtils.validateAgainstSchema;

/** Schema errors of a Teams manifest (none when valid), checked without network access. */
export function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = offlineSchema(manifest.$schema) as Parameters<Validate>[1];
  return AppManifestUtils.validateAgainstSchema(manifest as Parameters<Validate>[0], schema);
}

const Guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a GUID");

const PackageEnv = z.object({
  /** The Azure Bot's Microsoft App ID: the manifest's bot id. */
  MicrosoftAppId: Guid.optional(),
  /** The Teams app id, when it is not the bot's id. */
  TEAMS_APP_ID: Guid.optional(),
});

const Manifest = z.looseObject({
  $schema: z.string(),
  version: z.string(),
  bots: z.array(z.looseObject({ botId: z.string() })).length(1),
});

export interface PackageOptions {
  env: Record<string, string | undefined>;
  /** Allows a missing MicrosoftAppId, using a placeholder id. */
  dev?: boolean;
  outDir?: string;
  manifestPath?: string;
  iconsDir?: string;
}

function idsFrom(options: PackageOptions): { botId: string; appId: string } {
  const present = Object.fromEntries(
    Object.entries(options.env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = PackageEnv.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new PackageError(`invalid configuration:\n${lines.join("\n")}`);
  }
  const botId = parsed.data.MicrosoftAppId ?? (options.dev ? PLACEHOLDER_ID : undefined);
  if (!botId) {
    throw new PackageError(
      "MicrosoftAppId is not set: the Teams package needs the Azure Bot's Microsoft App ID (in the environment or .env). For a local test package, run with --dev.",
    );
  }
  return { botId, appId: parsed.data.TEAMS_APP_ID ?? botId };
}

/** Writes the app package zip and returns where. */
export async function buildTeamsPackage(options: PackageOptions): Promise<{ file: string; appId: string }> {
  const { botId, appId } = idsFrom(options);
  const manifestPath = options.manifestPath ?? MANIFEST_PATH;
  const parsed = Manifest.safeParse(JSON.parse(await readFile(manifestPath, "utf8")));
  if (!parsed.success) throw new PackageError(`${manifestPath} is not a Teams manifest with one bot`);
  const manifest = {
    ...parsed.data,
    id: appId,
    bots: parsed.data.bots.map((bot) => ({ ...bot, botId })),
  };
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    throw new PackageError(
      `manifest does not match its schema:\n${errors.map((e) => `  - ${e}`).join("\n")}`,
    );
  }

  const zip = new AdmZip();
  zip.addFile("manifest.json", Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8"));
  for (const name of Object.keys(ICONS) as IconName[]) {
    zip.addFile(name, await readIcon(name, options.iconsDir ?? ICONS_DIR));
  }
  const outDir = options.outDir ?? path.join(PROJECT_ROOT, "dist");
  await mkdir(outDir, { recursive: true });
  const file = path.join(
    outDir,
    `hr-strategy-assistant-teams-${manifest.version}${options.dev ? "-dev" : ""}.zip`,
  );
  await zip.writeZipPromise(file);
  return { file, appId };
}

// --------------------------------------------------------------------------------------- CLI

async function main(): Promise<void> {
  const flags = new Command()
    .name("package-teams")
    .description("Build the Microsoft Teams app package (manifest.json + icons) into dist/")
    .option("--dev", "use a placeholder id when MicrosoftAppId is not set (local testing only)", false)
    .option("--out <dir>", "where to write the zip", path.join(PROJECT_ROOT, "dist"))
    .option("--draw-icons", "redraw appPackage/color.png and outline.png, then package", false)
    .parse()
    .opts<{ dev: boolean; out: string; drawIcons: boolean }>();

  loadDotenv({ path: path.join(PROJECT_ROOT, ".env"), quiet: true });
  if (flags.drawIcons) {
    await mkdir(ICONS_DIR, { recursive: true });
    for (const [name, bytes] of Object.entries(drawIcons()))
      await writeFile(path.join(ICONS_DIR, name), bytes);
  }
  const { file, appId } = await buildTeamsPackage({ env: process.env, dev: flags.dev, outDir: flags.out });
  process.stdout.write(`Teams app package: ${path.relative(process.cwd(), file)} (app id ${appId})\n`);
  if (appId === PLACEHOLDER_ID) {
    process.stdout.write("Placeholder id: for local testing only; set MicrosoftAppId for a real package.\n");
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`package-teams: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
