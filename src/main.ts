import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp, NEST_APP_OPTIONS } from './app.setup';
import { AppLogger } from './common/logging/nest-logger';
import { createRootLogger, routeConsoleThrough } from './common/logging/root-logger';
import { enableGracefulShutdown } from './common/shutdown';
import { AuthService } from './auth/auth.service';
import { toConfiguration } from './config/configuration';
import { InvalidEnvironmentError, readRawEnvironment, validateEnvironment } from './config/environment';

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

async function bootstrap(): Promise<void> {
  const env = loadEnvironmentOrExit();
  const { app: appConfig } = toConfiguration(env);
  const rootLogger = createRootLogger(appConfig);
  routeConsoleThrough(rootLogger);
  const logger = new AppLogger(rootLogger);
  const app = await NestFactory.create(AppModule.forRoot(env, { logger: rootLogger }), { ...NEST_APP_OPTIONS, logger });
  await configureApp(app);
  await app.listen(appConfig.port, appConfig.host);
  enableGracefulShutdown(app, { timeoutMs: appConfig.shutdownTimeoutMs, logger });
  const token = app.get(AuthService).generatedFounderToken;
  if (token) {
    // Printed once, on stdout only (never through the logger): only its hash is stored.
    const hint = 'Use it as "Authorization: Bearer <token>". Lost it? npm run cli -- token --rotate';
    process.stdout.write(
      appConfig.logFormat === 'json'
        ? // One JSON line like every other, so that log collectors can still parse stdout.
          `${JSON.stringify({ level: 'log', pid: process.pid, timestamp: Date.now(), message: `Founder token (shown once, keep it safe). ${hint}`, context: 'Bootstrap', founder_token: token })}\n`
        : `\n  Founder token (shown once, keep it safe):\n\n    ${token}\n\n  ${hint}\n\n`,
    );
  }
  logger.log(`Daena listening on http://${appConfig.host}:${appConfig.port} (API /api/v1, docs /docs)`, 'Bootstrap');
}

void bootstrap();
