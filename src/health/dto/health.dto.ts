/** `GET /health`: the process answers. */
export class LivenessDto {
  status: string;
  uptime_s: number;
}

/** `GET /health/ready`: terminus's report, one entry per indicator (database, llm). */
export class ReadinessDto {
  /** `ok` (a 503 with the error body otherwise). */
  status: string;
  /** The indicators that are up. */
  info?: Record<string, unknown> | null;
  /** The indicators that are down. */
  error?: Record<string, unknown> | null;
  details: Record<string, unknown>;
}
