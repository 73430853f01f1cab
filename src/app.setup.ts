import { INestApplication, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter';
import { httpLogMiddleware } from './common/logging/http-log.middleware';
import { ROOT_LOGGER } from './common/logging/logging.module';
import { answerClientErrors } from './common/client-errors';
import { BodylessRouteInterceptor } from './common/interceptors/bodyless-route.interceptor';
import { expressRouteLookup, inputGuardMiddleware, jsonBodiesOnlyMiddleware, verifyUtf8Body } from './common/middleware/input-guard.middleware';
import { requestIdMiddleware } from './common/middleware/request-id.middleware';
import { securityHeaders } from './common/middleware/security-headers.middleware';
import { trailingSlashMiddleware } from './common/middleware/trailing-slash.middleware';
import { createValidationPipe } from './common/validation';
import { AllConfig } from './config/configuration';
import { createClusterAdapter } from './events/cluster-adapter';
import { EventsIoAdapter } from './events/events-io.adapter';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { MetricsRegistry } from './metrics/metrics-registry';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { webAppMiddleware } from './web/web-app.middleware';

export const API_PREFIX = 'api/v1';

/** NestFactory options: the JSON parser is registered in configureApp (no form parser: the API is JSON only). */
export const NEST_APP_OPTIONS = { bodyParser: false } as const;

/** Everything main.ts and the e2e tests share: one app, configured one way. */
export async function configureApp(app: INestApplication): Promise<INestApplication> {
  const expressApp = app as NestExpressApplication;
  const config = app.get(ConfigService<AllConfig, true>).get('app', { infer: true });
  expressApp.disable('x-powered-by');
  answerClientErrors(expressApp.getHttpServer());
  expressApp.use(requestIdMiddleware);
  // Before the trailing-slash rewrite: /ui/ and /ui/dashboard/ are page paths, not API paths.
  expressApp.use(webAppMiddleware());
  expressApp.use(trailingSlashMiddleware);
  // Access lines only at 'log' and below (a measurable cost on the ingest path); request ids on every line.
  expressApp.use(httpLogMiddleware(app.get(ROOT_LOGGER), { accessLines: !['error', 'warn'].includes(config.logLevel) }));
  expressApp.use(httpMetricsMiddleware(app.get(MetricsRegistry)));
  expressApp.use(securityHeaders({ contentSecurityPolicy: false }));
  expressApp.use(jsonBodiesOnlyMiddleware(expressRouteLookup(expressApp.getHttpAdapter().getInstance())));
  expressApp.useBodyParser('json', { limit: config.bodyLimitBytes, verify: verifyUtf8Body });
  expressApp.use(inputGuardMiddleware);
  expressApp.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
  });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      // Where Prometheus scrapers look by default.
      { path: 'metrics', method: RequestMethod.GET },
      // The original's clients call /api/v1/health: the health controller declares that path itself.
      { path: `${API_PREFIX}/health`, method: RequestMethod.GET },
      { path: `${API_PREFIX}/health/ready`, method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new BodylessRouteInterceptor());
  app.useGlobalFilters(new AllExceptionsFilter());
  const cluster = createClusterAdapter(app.get(ConfigService<AllConfig, true>).get('database', { infer: true }), config.redisUrl);
  app.useWebSocketAdapter(new EventsIoAdapter(app, config.corsOrigins, cluster));
  // No enableShutdownHooks(): main.ts installs a bounded graceful shutdown (src/common/shutdown.ts).
  if (config.swaggerEnabled) {
    // The same document as the committed openapi.json (test/api-contract.e2e-spec.ts compares them).
    SwaggerModule.setup('docs', app, await buildOpenApiDocument(app));
  }
  return app;
}
