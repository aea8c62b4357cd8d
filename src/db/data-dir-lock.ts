/**
 * An exclusive lock on the embedded database folder. PGlite does not lock its folder, and two
 * processes writing one folder corrupt it, so the second opener must refuse before touching it.
 * The lock is a file holding the owner's pid; a lock whose process is gone (after kill -9) is stale
 * and taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

export const LOCK_FILE = "remembrance.lock";

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly ownerPid: number) {
    super(`The data folder ${dataDir} is already in use by process ${ownerPid}. Stop that process first, or set DATA_DIR to another folder. Nothing was changed.`);
  }
}

interface LockOwner { pid: number; host: string; startedAt: string }

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockOwner;
  } catch {
    return undefined;
  }
}

export interface DataDirLock { path: string; release(): void }

/** Lock files this process holds: a lock naming our own pid that is not here is from an earlier run (pid reuse, e.g. pid 1 in a container). */
const heldHere = new Set<string>();

/** Takes the lock or throws DataDirLockedError. Creates the folder (and parents) if needed. */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      heldHere.add(path);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          heldHere.delete(path);
          if (readOwner(path)?.pid === process.pid) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(path);
      // A lock written by a live process on this host is held; a half-written or orphaned one is stale.
      if (heldHere.has(path)) throw new DataDirLockedError(dataDir, process.pid);
      if (owner && owner.host === me.host && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new DataDirLockedError(dataDir, owner.pid);
      }
      if (owner && owner.host !== me.host) throw new DataDirLockedError(dataDir, owner.pid);
      try {
        unlinkSync(path);
      } catch (unlinkError) {
        if ((unlinkError as NodeJS.ErrnoException).code !== "ENOENT") throw unlinkError;
      }
    }
  }
  throw new Error(`Could not take the lock ${path}: another process keeps taking it.`);
}
