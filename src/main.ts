import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp, NEST_APP_OPTIONS } from './app.setup';
import { AuthService } from './auth/auth.service';
import { bannerLines, bannerRecords } from './boot/banner';
import { describeBootFailure } from './boot/boot-failure';
import { BANNER_PROBE_HEADER } from './common/logging/http-log.middleware';
import { AppLogger } from './common/logging/nest-logger';
import { createRootLogger, routeConsoleThrough } from './common/logging/root-logger';
import { enableGracefulShutdown } from './common/shutdown';
import { AllConfig, toConfiguration } from './config/configuration';
import { InvalidEnvironmentError, readRawEnvironment, validateEnvironment } from './config/environment';
import { DepartmentService } from './department/department.service';
import { OllamaHealthService } from './llm/ollama-health.service';

function loadEnvironmentOrExit() {
  try {
    return validateEnvironment(readRawEnvironment());
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Whether the dashboard is served (it exists only once `npm run build` built it). */
async function servesDashboard(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/ui/`, { headers: { [BANNER_PROBE_HEADER]: '1' }, signal: AbortSignal.timeout(2000) });
    await res.body?.cancel();
    return res.ok && (res.headers.get('content-type') ?? '').startsWith('text/html');
  } catch {
    return false;
  }
}

/** The banner, and the founder token once: stored only now that the server listens (AuthService). */
async function announce(app: INestApplication, config: AllConfig): Promise<void> {
  const url = `http://${config.app.host.includes(':') ? `[${config.app.host}]` : config.app.host}:${config.app.port}`;
  const departments = app.get(DepartmentService);
  const [llm, visible, all, dashboard] = await Promise.all([
    app.get(OllamaHealthService).current(),
    departments.count(),
    departments.count({ includeHidden: true }),
    servesDashboard(url),
  ]);
  const founderToken = await app.get(AuthService).claimGeneratedFounderToken();
  const facts = { url, dashboard, llm, departments: { visible, hidden: all - visible }, founderToken };
  // Written to stdout directly, never through the logger: the token must not reach log storage via
  // redaction rules or transports, and the banner is for the person at the terminal.
  process.stdout.write(
    config.app.logFormat === 'json'
      ? bannerRecords(facts, config).map((record) => `${JSON.stringify(record)}\n`).join('')
      : `${bannerLines(facts, config).join('\n')}\n`,
  );
}

async function bootstrap(): Promise<void> {
  const env = loadEnvironmentOrExit();
  const config = toConfiguration(env);
  const rootLogger = createRootLogger(config.app);
  routeConsoleThrough(rootLogger);
  const logger = new AppLogger(rootLogger);
  let app: INestApplication | undefined;
  logger.reportsBootFailures = true;
  try {
    app = await NestFactory.create(AppModule.forRoot(env, { logger: rootLogger }), { ...NEST_APP_OPTIONS, logger, abortOnError: false });
    await configureApp(app);
    await app.listen(config.app.port, config.app.host);
  } catch (error) {
    // The setting or path to fix, not a stack trace (unknown failures keep theirs: they are bugs).
    const { message, stack } = describeBootFailure(error, config);
    logger.error(message, ...(stack ? [stack] : []), 'Bootstrap');
    await app?.close().catch(() => undefined);
    process.exit(1);
  }
  logger.reportsBootFailures = false;
  enableGracefulShutdown(app, { timeoutMs: config.app.shutdownTimeoutMs, logger });
  await announce(app, config);
}

void bootstrap();
