import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, parseConfig, platformsConfigured, teamsMode } from "../src/config.ts";

const APP = { MicrosoftAppId: "0f9c5b2e-4f3a-4d8e-9b1c-2a3b4c5d6e7f", MicrosoftAppPassword: "secret" };

function refusal(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("accepted");
}

describe("NODE_ENV", () => {
  it("accepts development, test and production, development by default", () => {
    expect(parseConfig({}).NODE_ENV).toBe("development");
    for (const value of ["development", "test", "production"])
      expect(parseConfig({ NODE_ENV: value }).NODE_ENV).toBe(value);
  });

  it("refuses anything else with a message naming it and the allowed values", () => {
    expect(refusal({ NODE_ENV: "prod" })).toContain(
      'NODE_ENV: "prod" is not allowed: use one of development, test, production',
    );
  });
});

describe("Teams settings", () => {
  it("serve Teams only with an app id or TEAMS_LOCAL_UNAUTHENTICATED=true", () => {
    expect(teamsMode(parseConfig({}))).toBeUndefined();
    expect(teamsMode(parseConfig({ TEAMS_LOCAL_UNAUTHENTICATED: "false" }))).toBeUndefined();
    expect(teamsMode(parseConfig(APP))).toBe("authenticated");
    expect(teamsMode(parseConfig({ TEAMS_LOCAL_UNAUTHENTICATED: "true" }))).toBe("local-unauthenticated");
    expect(platformsConfigured(parseConfig({ TEAMS_LOCAL_UNAUTHENTICATED: "true" }))).toEqual({
      slack: false,
      teams: true,
    });
    expect(platformsConfigured(parseConfig({}))).toEqual({ slack: false, teams: false });
  });

  it("refuse TEAMS_LOCAL_UNAUTHENTICATED in production, with an app id, or as anything but true/false", () => {
    expect(refusal({ NODE_ENV: "production", TEAMS_LOCAL_UNAUTHENTICATED: "true" })).toContain(
      "TEAMS_LOCAL_UNAUTHENTICATED: refused with NODE_ENV=production",
    );
    expect(refusal({ ...APP, TEAMS_LOCAL_UNAUTHENTICATED: "true" })).toContain(
      "TEAMS_LOCAL_UNAUTHENTICATED: set either",
    );
    expect(refusal({ TEAMS_LOCAL_UNAUTHENTICATED: "yes" })).toContain(
      'TEAMS_LOCAL_UNAUTHENTICATED: either "true" or "false"',
    );
  });

  it("read TEAMS_TRUSTED_SERVICE_URLS as comma-separated origins, refusing paths and other schemes", () => {
    expect(
      parseConfig({ TEAMS_TRUSTED_SERVICE_URLS: "http://localhost:56150/, http://127.0.0.1:3979" })
        .TEAMS_TRUSTED_SERVICE_URLS,
    ).toEqual(["http://localhost:56150", "http://127.0.0.1:3979"]);
    expect(parseConfig({}).TEAMS_TRUSTED_SERVICE_URLS).toEqual([]);
    for (const value of ["localhost:56150", "ftp://localhost", "http://localhost:56150/v3", "nope"]) {
      expect(refusal({ TEAMS_TRUSTED_SERVICE_URLS: value })).toContain("TEAMS_TRUSTED_SERVICE_URLS");
    }
  });
});

describe("npm start", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "hr-start-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("starts the server, not the console, with TEAMS_LOCAL_UNAUTHENTICATED=true, and warns", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: path.resolve(import.meta.dirname, ".."),
      env: {
        ...process.env,
        NODE_ENV: "development",
        DATA_DIR: dataDir,
        LOG_LEVEL: "info",
        PORT: "0",
        HOST: "127.0.0.1",
        TEAMS_LOCAL_UNAUTHENTICATED: "true",
        SLACK_BOT_TOKEN: "",
        MicrosoftAppId: "",
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      const deadline = Date.now() + 30_000;
      while (!stderr.includes('"msg":"server listening"')) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no server: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const lines = stderr
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toContainEqual(
        expect.objectContaining({
          level: 40,
          platform: "teams",
          msg: expect.stringContaining("UNAUTHENTICATED"),
        }),
      );
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
  }, 40_000);
});

describe("TEAMS_LOCAL_UNAUTHENTICATED", () => {
  it("listens on loopback by default and refuses any other address", () => {
    expect(parseConfig({ TEAMS_LOCAL_UNAUTHENTICATED: "true" }).HOST).toBe("127.0.0.1");
    expect(parseConfig({ TEAMS_LOCAL_UNAUTHENTICATED: "true", HOST: "::1" }).HOST).toBe("::1");
    expect(refusal({ TEAMS_LOCAL_UNAUTHENTICATED: "true", HOST: "0.0.0.0" })).toMatch(
      /HOST: "0.0.0.0" is not a loopback address/,
    );
    expect(parseConfig({}).HOST).toBe("0.0.0.0");
  });
});

describe("MODEL_CACHE_DIR", () => {
  it("keeps the trained classifier in npm's cache folder by default, in a folder given, or nowhere when off", () => {
    expect(parseConfig({}).MODEL_CACHE_DIR).toMatch(/node_modules[/\\]\.cache[/\\]hr-strategy-assistant$/);
    expect(parseConfig({ MODEL_CACHE_DIR: "/srv/cache" }).MODEL_CACHE_DIR).toBe("/srv/cache");
    expect(parseConfig({ MODEL_CACHE_DIR: "off" }).MODEL_CACHE_DIR).toBeUndefined();
  });
});
