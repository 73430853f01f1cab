import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorBody } from '../common/dto/error-body.dto';
import pluginMetadata from './plugin-metadata';
import { documentRouteErrors } from './route-errors';

export const OPENAPI_TITLE = 'Daena API';

/**
 * The API contract, built from the running app's controllers and DTOs. The types of DTO fields,
 * return types and doc comments come from `plugin-metadata.ts`, which `npm run api:generate`
 * writes with the @nestjs/swagger compiler plugin's visitor: jest (swc) and `npm run build` (tsc)
 * never run the plugin themselves, so loading its output here makes the document the same
 * whichever compiler built the code.
 */
export async function buildOpenApiDocument(app: INestApplication): Promise<OpenAPIObject> {
  await SwaggerModule.loadPluginMetadata(pluginMetadata);
  documentRouteErrors(app);
  const config = new DocumentBuilder()
    .setTitle(OPENAPI_TITLE)
    .setDescription(
      'The Daena backend: Daena (the AI vice-president), departments, agents, councils, chat history, ' +
        'the event log and the founder panel. JSON in snake_case; every error has the one ErrorBody shape.',
    )
    .setVersion('1')
    .addServer('/', 'The server that serves this document (routes carry their /api/v1 prefix)')
    // addBearerAuth() would add `bearerFormat: JWT`: these tokens are opaque.
    .addSecurity('bearer', {
      type: 'http',
      scheme: 'bearer',
      description: 'An opaque founder or viewer token (not a JWT): `Authorization: Bearer <token>`.',
    })
    .addSecurity('metrics', {
      type: 'http',
      scheme: 'bearer',
      description: 'GET /metrics only: the founder token or METRICS_TOKEN (which no other route accepts).',
    })
    .build();
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorBody],
    operationIdFactory: (controller, method) => `${lowerFirst(controller.replace(/Controller$/, ''))}${upperFirst(aliasFree(method))}`,
  });
}

/** `live[0]`, `live[1]`: swagger's keys for one method served under several paths -> `live`, `liveAlias1`. */
const aliasFree = (method: string) => method.replace(/\[(\d+)\]$/, (_match, index: string) => (index === '0' ? '' : `Alias${index}`));
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
