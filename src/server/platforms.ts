import type { Assistant } from "../app.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { Mount } from "./http.ts";

export interface PlatformDeps {
  assistant: Assistant;
  config: Config;
  logger: Logger;
}

/** The platform endpoints the server hosts; each adapter contributes its own mount. */
export function platformMounts(_deps: PlatformDeps): Mount[] {
  const mounts: Mount[] = [];
  return mounts;
}
