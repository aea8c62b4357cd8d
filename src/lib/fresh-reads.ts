/**
 * Shares one read among concurrent callers without ever handing a caller a value read before it
 * asked. A caller joins the read that will start next (or starts one when none is running), never
 * the one already under way: that one may have begun before a write the caller must see. Under
 * load, one read then serves every request that arrived while the previous read ran.
 */
export function freshReads<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let queued: Promise<T> | undefined;

  const start = (): Promise<T> => {
    const current = read();
    running = current;
    const done = () => {
      if (running === current) running = undefined;
    };
    current.then(done, done);
    return current;
  };

  return () => {
    if (queued) return queued;
    if (!running) return start();
    queued = running.then(() => undefined, () => undefined).then(() => {
      queued = undefined;
      return start();
    });
    return queued;
  };
}
