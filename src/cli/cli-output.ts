import { Injectable } from '@nestjs/common';

/** Where commands write; tests read `lines` and `exitCode` instead of the real streams. */
@Injectable()
export class CliOutput {
  exitCode = 0;

  line(text = ''): void {
    process.stdout.write(`${text}\n`);
  }

  /** An error message on stderr; the process will exit with 1. */
  fail(text: string): void {
    process.stderr.write(`${text}\n`);
    this.exitCode = 1;
  }
}
