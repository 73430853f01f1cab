import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { AuthService } from './auth/auth.service';
import { CliModule } from './cli/cli.module';
import { CliOutput } from './cli/cli-output';
import { InvalidEnvironmentError, readRawEnvironment, validateEnvironment } from './config/environment';

/** `node dist/src/cli.js <seed [--reset] | token ... | events ...>`; exits 0 on success, 1 on any failure. */
async function main(): Promise<number> {
  let env;
  try {
    env = validateEnvironment(readRawEnvironment());
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  // Seeding happens only when asked for (`seed`), never as a side effect of another command.
  env.app.SEED_ON_START = false;

  let failed = false;
  const app = await CommandFactory.createWithoutRunning(CliModule.forRoot(env), {
    logger: ['error', 'warn'],
    serviceErrorHandler: (error) => {
      process.stderr.write(`${error.message}\n`);
      failed = true;
    },
  });
  try {
    const generated = process.argv.includes('--rotate') ? null : await app.get(AuthService).claimGeneratedFounderToken();
    if (generated) {
      // Opening the database generated the first founder token: this is the only chance to see it.
      process.stdout.write(`No founder token existed, so one was generated (shown once):\n${generated}\n`);
    }
    await CommandFactory.runApplication(app);
    return failed ? 1 : app.get(CliOutput).exitCode;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
