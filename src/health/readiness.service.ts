import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult } from '@nestjs/terminus';

type Check = () => Promise<HealthIndicatorResult>;

/** Other modules (the LLM) register extra readiness checks here without the health module knowing them. */
@Injectable()
export class ReadinessService {
  private readonly checks: Check[] = [];

  register(check: Check): void {
    this.checks.push(check);
  }

  extraChecks(): Check[] {
    return [...this.checks];
  }
}
