// One change at a time: read-modify-write steps on one stored item, run in the order they were asked, so two that
// overlap (two options pages saving at once, a check ending beside a "forget") never lose each other's change.

/** A queue: each call's step starts when the previous one has ended (failed or not); resolves with the step's answer. */
export function inTurn(): <T>(step: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const run = tail.then(step);
    tail = run.catch(() => undefined);
    return run;
  };
}
