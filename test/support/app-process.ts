/**
 * The real server as a child process (`tsx src/main.ts`, embedded database in a data dir of the test's own), for
 * what only a separate process can show: signals, SIGKILL, restarts on the same data dir, the operator scripts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { APP_ROOT } from '../../src/platform/paths';
import { PID_FILE } from '../../src/platform/db/backup';

const TSX = path.join(APP_ROOT, 'node_modules/.bin/tsx');

/** A port that was free a moment ago (the public URL, checked against Origin, needs it before the server starts). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The environment of a child: this one's, without the test runner's and without any database or mail server. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VITEST|TEST_|DATABASE_URL$|SMTP_URL$|SESSION_SECRET$|NODE_ENV$|NODE_OPTIONS$|PUBLIC_URL$|PORT$)/.test(k))
      continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export interface AppProcess {
  url: string;
  dataDir: string;
  /** The server's own pid (tsx runs it in a child of the process we spawned), from its pid file. */
  pid: number;
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  /** Resolves when the spawned process has exited. */
  exited: Promise<void>;
  /** SIGTERM (a clean shutdown), waiting for the exit; SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
  /** Kills the process group at once (afterAll: never leave a server behind). */
  kill(): void;
}

/** Starts the server on `dataDir` (created when missing; demo data on the first start) and waits for /api/health. */
export async function startAppProcess(dataDir: string, timeoutMs = 90_000): Promise<AppProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(TSX, ['src/main.ts'], {
    cwd: APP_ROOT,
    env: childEnv({
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      EDIHUB_DATA_DIR: dataDir,
      EDIHUB_DEMO_DATA: 'true',
    }),
    // Its own process group: kill() reaches tsx's child too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let gone = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      gone = true;
      resolve();
    }),
  );
  const kill = () => {
    if (gone || !child.pid) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };

  const until = Date.now() + timeoutMs;
  for (;;) {
    if (gone) throw new Error(`The server exited before it was healthy:\n${out}`);
    if (Date.now() > until) {
      kill();
      throw new Error(`The server was not healthy within ${timeoutMs / 1000} s:\n${out}`);
    }
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const pidFile = path.join(dataDir, PID_FILE);
  if (!existsSync(pidFile)) {
    kill();
    throw new Error(`The healthy server wrote no ${pidFile}:\n${out}`);
  }
  const pid = Number(readFileSync(pidFile, 'utf8').trim());

  return {
    url,
    dataDir,
    pid,
    output: () => out,
    exited,
    kill,
    async stop(stopTimeoutMs = 20_000) {
      if (gone) return;
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(kill, stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs an operator script (`scripts/<name>.ts`, as `npm run <name>` does) and returns its exit code and output. */
export async function runScript(
  name: 'backup' | 'restore',
  args: string[],
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<{ code: number | null; out: string }> {
  const child = spawn(TSX, [`scripts/${name}.ts`, ...args], {
    cwd: APP_ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  // A script that hangs must not outlive the test.
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, out };
}

/** Signs in through the real endpoint and returns the session's `cookie` header. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
