import { INestApplication, ParseIntPipe, PipeTransform, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common/enums/request-method.enum';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';
import { FOUNDER_ONLY, IS_PUBLIC } from '../../src/common/decorators/auth.decorators';

/**
 * Every HTTP route of the running app, read from two sources that must agree: Nest's controller
 * metadata (which gives the DTO classes, path parameters and auth decorators) and the Express router
 * (what is really served). A route that exists in one and not the other is reported, so a generated
 * test cannot silently skip a new route.
 */

export interface PathParam {
  name: string;
  /** Parsed by ParseIntPipe (or another numeric pipe). */
  numeric: boolean;
}

export interface RouteInfo {
  /** `POST /api/v1/agents/:cell_id` */
  key: string;
  method: string;
  path: string;
  controller: Type<unknown>;
  handlerName: string;
  handler: (...args: unknown[]) => unknown;
  params: PathParam[];
  /** The @Body() DTO class; `undefined` when the route takes no body. */
  body?: Type<unknown>;
  /** The @Query() DTO class; `undefined` when the route reads no query. */
  query?: Type<unknown>;
  /** Inputs the generator cannot derive cases from (an untyped @Body(), a single @Query('key')...). */
  untypedInputs: string[];
  founderOnly: boolean;
  isPublic: boolean;
}

interface RouteArg {
  index: number;
  data?: unknown;
  pipes?: Array<PipeTransform | Type<PipeTransform>>;
}

const VERBS: Record<number, string> = Object.fromEntries(
  Object.entries(RequestMethod)
    .filter(([, v]) => typeof v === 'number')
    .map(([k, v]) => [v as number, k]),
);

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : [value ?? '']).map(String);
const joinPath = (...parts: string[]) => '/' + parts.map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');

/** True when class-validator knows the class (a DTO), i.e. fields can be generated from it. */
export function isDtoClass(type: unknown): type is Type<unknown> {
  if (typeof type !== 'function' || [Object, String, Number, Boolean, Array].includes(type as never)) return false;
  return getMetadataStorage().getTargetValidationMetadatas(type as Type<unknown>, '', true, false).length > 0;
}

/** `METHOD path` pairs the Express router serves (Nest registers one layer per handler). */
export function expressRoutes(app: INestApplication): Array<{ method: string; path: string }> {
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } })
    .router;
  return router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) =>
      Object.keys(layer.route!.methods)
        .filter((m) => layer.route!.methods[m])
        .map((m) => ({ method: m === '_all' ? 'ALL' : m.toUpperCase(), path: layer.route!.path })),
    );
}

/**
 * Nest's view of the routes, each resolved to the path Express serves it under (with or without the
 * global prefix). `unmatched` lists the routes only one side knows: a healthy app has none.
 */
export function discoverRoutes(app: INestApplication, globalPrefix: string): { routes: RouteInfo[]; unmatched: string[] } {
  const served = expressRoutes(app);
  const servedKeys = new Set(served.map((r) => `${r.method} ${r.path}`));
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  const unmatched: string[] = [];
  const seenControllers = new Set<unknown>();
  const pending: Array<{ paths: string[]; method: string; build: (path: string) => RouteInfo }> = [];

  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | null;
      if (!controller || seenControllers.has(controller)) continue;
      seenControllers.add(controller);
      const prototype = controller.prototype as Record<string, (...args: unknown[]) => unknown>;
      for (const handlerName of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[handlerName];
        const verb = Reflect.getMetadata(METHOD_METADATA, handler) as number | undefined;
        const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as unknown;
        if (verb === undefined || methodPaths === undefined) continue;
        const method = VERBS[verb];
        for (const ctrlPath of asList(Reflect.getMetadata(PATH_METADATA, controller))) {
          for (const methodPath of asList(methodPaths)) {
            const candidates = [joinPath(globalPrefix, ctrlPath, methodPath), joinPath(ctrlPath, methodPath)];
            const paths = candidates.filter((p) => servedKeys.has(`${method} ${p}`));
            if (!paths.length) {
              unmatched.push(`${method} ${candidates[0]} (${controller.name}.${handlerName}: not served by Express)`);
              continue;
            }
            pending.push({ paths, build: (path) => describeRoute(controller, handlerName, handler, method, path), method });
          }
        }
      }
    }
  }
  // A route served both with and without the prefix is two declarations (e.g. `health` excluded from
  // the prefix, and `api/v1/health`): the unambiguous ones claim their path first, the others take what is left.
  const claimed = new Set<string>();
  pending.sort((a, b) => a.paths.length - b.paths.length);
  for (const entry of pending) {
    const path = entry.paths.find((p) => !claimed.has(`${entry.method} ${p}`)) ?? entry.paths[0];
    claimed.add(`${entry.method} ${path}`);
    routes.push(entry.build(path));
  }
  const known = new Set(routes.map((r) => r.key));
  for (const r of served) {
    const key = `${r.method} ${r.path}`;
    if (!known.has(key)) unmatched.push(`${key} (served by Express, unknown to Nest's controllers)`);
  }
  return { routes, unmatched };
}

function describeRoute(
  controller: Type<unknown>,
  handlerName: string,
  handler: (...args: unknown[]) => unknown,
  method: string,
  path: string,
): RouteInfo {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handlerName) ?? {}) as Record<string, RouteArg>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, handlerName) ?? []) as unknown[];
  const info: RouteInfo = {
    key: `${method} ${path}`,
    method,
    path,
    controller,
    handlerName,
    handler,
    params: [],
    untypedInputs: [],
    founderOnly: Boolean(Reflect.getMetadata(FOUNDER_ONLY, handler) ?? Reflect.getMetadata(FOUNDER_ONLY, controller)),
    isPublic: Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller)),
  };
  const pathNames = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const numericParams = new Set<string>();
  for (const [key, arg] of Object.entries(args)) {
    const paramtype = Number(key.split(':')[0]);
    const type = types[arg.index];
    if (paramtype === RouteParamtypes.BODY) {
      if (arg.data === undefined && isDtoClass(type)) info.body = type;
      else info.untypedInputs.push(`@Body(${arg.data === undefined ? '' : String(arg.data)})`);
    } else if (paramtype === RouteParamtypes.QUERY) {
      if (arg.data === undefined && isDtoClass(type)) info.query = type;
      else info.untypedInputs.push(`@Query(${arg.data === undefined ? '' : String(arg.data)})`);
    } else if (paramtype === RouteParamtypes.PARAM) {
      if (arg.data === undefined) info.untypedInputs.push('@Param()');
      else if ((arg.pipes ?? []).some((p) => p === ParseIntPipe || p instanceof ParseIntPipe) || type === Number) numericParams.add(String(arg.data));
    }
  }
  info.params = pathNames.map((name) => ({ name, numeric: numericParams.has(name) }));
  return info;
}
