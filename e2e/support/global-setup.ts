/** Once per e2e run: the system Chromium must exist, and the web app is (re)built when stale. */
import { existsSync } from 'node:fs';
import { ensureBuild } from './build';
import { CHROMIUM_PATH } from './browser';

export default function setup(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser journeys need Chromium at ${CHROMIUM_PATH} (e.g. apt-get install chromium).`);
  }
  ensureBuild();
}
