/**
 * fast-check settings every property test uses: one fixed seed, so a run (and a failure) replays the
 * same way, and a timeout a loaded machine meets (Vitest's default 5 s is not enough there).
 */
export const PROPERTY_SEED = 19_440_825;
export const PROPERTY_TIMEOUT = 60_000;

/** fast-check's parameters: the fixed seed and `numRuns` runs (fast-check's own default unless given). */
export const runs = (numRuns = 100) => ({ seed: PROPERTY_SEED, numRuns });
