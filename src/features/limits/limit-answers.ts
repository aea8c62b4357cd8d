/** What the API answers when a limit stops a write: 429 with Retry-After, and how to go on. */
import { TooManyRequests } from "../../lib/errors.ts";
import { minutesOf, retryAfterSeconds, type LimitVerdict } from "./limit-rules.ts";
import { PROOF_CHALLENGE_PATH, PROOF_HEADER, PROOF_REQUIRED_CODE } from "./proof-of-work.ts";

const inMinutes = (ms: number) => `${minutesOf(ms)} minute${minutesOf(ms) === 1 ? "" : "s"}`;

/** The 429 for a verdict that stops the write (`what`: "bookings", "sign-in attempts"…), else undefined. */
export function limitRefusalOf(verdict: LimitVerdict, what: string): TooManyRequests | undefined {
  if (verdict.kind === "refused") {
    return new TooManyRequests("too_many_requests", `Too many ${what} from this address, for this e-mail or for this day: try again in ${inMinutes(verdict.retryAfterMs)} (Retry-After gives the seconds).`, retryAfterSeconds(verdict.retryAfterMs));
  }
  if (verdict.kind === "proof_required") {
    return new TooManyRequests(PROOF_REQUIRED_CODE,
      `Many ${what} came from here recently. To go on now, fetch a challenge from ${PROOF_CHALLENGE_PATH}, solve it (ALTCHA) and send the request again with its solution in the ${PROOF_HEADER} header; or wait ${inMinutes(verdict.retryAfterMs)}.`,
      retryAfterSeconds(verdict.retryAfterMs), { challengeUrl: PROOF_CHALLENGE_PATH });
  }
  return undefined;
}
