// The core's long computations (parse, report model, lint) are generators that pause between
// steps, so that the editor's time-sliced lint can answer other requests in between; everyone
// else wants the result at once.

/** Runs `steps` to the end without pausing and returns its result. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
