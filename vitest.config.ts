import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts", "intents/**/*.test.ts"],
    testTimeout: 20_000,
    // One real PostgreSQL server for the run; each test file that needs it clones a database.
    globalSetup: ["test/support/postgres-setup.ts"],
  },
});
