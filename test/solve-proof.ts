/**
 * Solves a proof-of-work challenge as an API client does: fetches one from the app (in process, or a
 * server by its address), solves it with altcha-lib, and returns the payload to send as the
 * `Altcha` header (or the `altcha` form field).
 */
import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { PROOF_CHALLENGE_PATH } from "../src/features/limits/proof-of-work.ts";

/** An app (`app.request(path)`) or a server's base URL, e.g. http://127.0.0.1:40123. */
export type ProofSource = string | { request: (path: string) => Response | Promise<Response> };

export async function solveProof(source: ProofSource): Promise<string> {
  const response = typeof source === "string" ? await fetch(new URL(PROOF_CHALLENGE_PATH, source)) : await source.request(PROOF_CHALLENGE_PATH);
  if (response.status !== 200) throw new Error(`${PROOF_CHALLENGE_PATH} answered ${response.status}: ${await response.text()}`);
  const challenge = await response.json() as Challenge;
  return solvedPayload(challenge);
}

/** The payload of `challenge` solved: base64 of {challenge, solution}, as the widget submits it. */
export async function solvedPayload(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("The proof-of-work challenge could not be solved in time.");
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}
