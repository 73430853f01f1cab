import { HttpStatus, INestApplication, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { ApiBearerAuth, ApiResponse, ApiResponseOptions, DECORATORS } from '@nestjs/swagger';
import { THROTTLER_SKIP } from '@nestjs/throttler/dist/throttler.constants';
import { errorResponse, ErrorStatus } from '../common/decorators/api-errors.decorator';
import { FOUNDER_ONLY, IS_PUBLIC } from '../common/decorators/auth.decorators';
import { ALLOW_DURING_MAINTENANCE } from '../common/decorators/maintenance.decorator';

// Where SwaggerModule.loadPluginMetadata() puts a class's plugin metadata (@nestjs/swagger plugin-constants).
const PLUGIN_METADATA_FACTORY = '_OPENAPI_METADATA_FACTORY';
type PluginMethodMetadata = { summary?: string; deprecated?: boolean; tags?: string[]; status?: number } & Record<string, unknown>;
const READ_METHODS = new Set([RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS]);

/** A route handler and the facts about it the guards, pipes and interceptors act on. */
interface RouteFacts {
  isPublic: boolean;
  founderOnly: boolean;
  isRead: boolean;
  throttled: boolean;
  allowedDuringMaintenance: boolean;
  hasBody: boolean;
  hasQuery: boolean;
  hasPathParams: boolean;
}

/**
 * The error statuses that follow from how the app treats every route, so that no controller has
 * to repeat them: the AuthGuard (401; 403 for viewer writes and founder-only routes), the
 * throttler (429 unless skipped), the validation pipe (400 for a body, query or path parameter),
 * unknown ids in the path (404), the body limit (413) and the maintenance interceptor (503 for
 * writes). Route-specific ones (409, a scope's 403) are declared with `@ApiErrors()`.
 */
export function derivedErrorStatuses(facts: RouteFacts): ErrorStatus[] {
  const statuses: ErrorStatus[] = [];
  if (facts.hasBody || facts.hasQuery || facts.hasPathParams) statuses.push(400);
  if (!facts.isPublic) statuses.push(401);
  if (!facts.isPublic && (facts.founderOnly || !facts.isRead)) statuses.push(403);
  if (facts.hasPathParams) statuses.push(404);
  if (facts.hasBody) statuses.push(413);
  if (facts.throttled) statuses.push(429);
  if (!facts.isRead && !facts.allowedDuringMaintenance) statuses.push(503);
  return statuses;
}

/**
 * Adds to every controller method of the app its security requirement (bearer unless `@Public()`;
 * an explicit empty one when public) and its derived error responses, leaving any response it
 * already declares as it is. Idempotent: runs each time the document is built.
 */
export function documentRouteErrors(app: INestApplication): void {
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const descriptor = Object.getOwnPropertyDescriptor(controller.prototype, name);
        const handler: unknown = descriptor?.value;
        if (!descriptor || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const facts = routeFacts(controller, name, handler);
        // A route with its own guard declares its own scheme (GET /metrics); the others get bearer or, when
        // public, `[{}]`: "no requirement" (swagger drops an empty list, which would leave the route undeclared).
        const declaresSecurity = Reflect.getMetadata(DECORATORS.API_SECURITY, handler) || Reflect.getMetadata(DECORATORS.API_SECURITY, controller);
        if (!declaresSecurity && facts.isPublic) Reflect.defineMetadata(DECORATORS.API_SECURITY, [{}], handler);
        else if (!declaresSecurity) ApiBearerAuth()(controller.prototype, name, descriptor);
        const declared = (Reflect.getMetadata(DECORATORS.API_RESPONSE, handler) ?? {}) as Record<string, unknown>;
        // Swagger's own use of the plugin's response (typed from the return type) is skipped once a
        // route declares any response, so the success response is declared here first.
        if (!Object.keys(declared).some((status) => status.startsWith('2'))) {
          const fromPlugin = pluginResponse(controller, name);
          ApiResponse({ description: 'Success.', ...fromPlugin, status: fromPlugin?.status ?? successStatus(handler) })(controller.prototype, name, descriptor);
        }
        for (const status of derivedErrorStatuses(facts)) {
          if (declared[String(status)]) continue;
          ApiResponse(errorResponse(status))(controller.prototype, name, descriptor);
        }
      }
    }
  }
}

function successStatus(handler: object): number {
  const explicit = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
  return explicit ?? (Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK);
}

/** The response the swagger plugin found for a method (type from its return type), if any. */
function pluginResponse(controller: object, name: string): ApiResponseOptions | undefined {
  const factory = (controller as Record<string, unknown>)[PLUGIN_METADATA_FACTORY] as (() => Record<string, PluginMethodMetadata>) | undefined;
  const metadata = factory?.()[name];
  if (!metadata) return undefined;
  const { summary: _summary, deprecated: _deprecated, tags: _tags, ...response } = metadata;
  return Object.keys(response).length ? (response as ApiResponseOptions) : undefined;
}

function routeFacts(controller: object, name: string, handler: object): RouteFacts {
  const flag = (key: string) => Boolean(Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller));
  const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, unknown>;
  const argTypes = Object.keys(args).map((key) => Number(key.split(':')[0]));
  return {
    isPublic: flag(IS_PUBLIC),
    founderOnly: flag(FOUNDER_ONLY),
    isRead: READ_METHODS.has(method),
    throttled: !flag(`${THROTTLER_SKIP}default`),
    allowedDuringMaintenance: flag(ALLOW_DURING_MAINTENANCE),
    hasBody: argTypes.includes(RouteParamtypes.BODY),
    hasQuery: argTypes.includes(RouteParamtypes.QUERY),
    hasPathParams: argTypes.includes(RouteParamtypes.PARAM),
  };
}
