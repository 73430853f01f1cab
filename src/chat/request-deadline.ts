/** The abort reason of a request past LLM_REQUEST_DEADLINE_MS, so it is told apart from a stop or a shutdown. */
export class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded';

  constructor(readonly ms: number) {
    super(`the request passed its deadline of ${ms} ms (LLM_REQUEST_DEADLINE_MS)`);
  }
}

/**
 * Aborts `controller` once `ms` have passed: one bound for a whole request (a department's notes and
 * synthesis, a council round and its synthesis), however many generations it runs. Returns the disarm.
 */
export function armDeadline(controller: AbortController, ms: number): () => void {
  const timer = setTimeout(() => controller.abort(new DeadlineExceeded(ms)), ms);
  return () => clearTimeout(timer);
}
