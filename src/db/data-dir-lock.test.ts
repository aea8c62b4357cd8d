import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, LOCK_FILE, lockDataDir } from "./data-dir-lock.ts";

const freshDir = () => join(mkdtempSync(join(tmpdir(), "rm-lock-")), "nested", "data");

describe("lockDataDir", () => {
  it("creates the folder with its parents and releases the lock", () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a second opener while the first holds it, naming the owner", async () => {
    const dir = freshDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    await new Promise((r) => holder.once("spawn", r));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: holder.pid, host: hostname(), startedAt: "" }));
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(`in use by process ${holder.pid}`);
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("takes over a lock left by a process that died (kill -9)", async () => {
    const dir = freshDir();
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => dead.once("exit", r));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: dead.pid, host: hostname(), startedAt: "" }));
    const lock = lockDataDir(dir);
    lock.release();
  });

  it("refuses a second open of the same folder inside one process", () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    } finally {
      lock.release();
    }
    lockDataDir(dir).release();
  });

  it("takes over a lock naming this pid that an earlier run left (pid reuse after a restart)", () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: "" }));
    const lock = lockDataDir(dir);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    lock.release();
  });
});
