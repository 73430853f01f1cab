import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** What a token may do: the founder everything, a viewer read public content. */
export type Role = 'founder' | 'viewer';

export interface Principal {
  role: Role;
  /** Which token (never the token itself): `env`, or the stored token's id. */
  tokenId: string;
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => ctx.switchToHttp().getRequest<{ principal: Principal }>().principal,
);

/** The actor name written to event rows for a request. */
export const actorOf = (principal?: Principal) => (principal ? `${principal.role}:${principal.tokenId}` : 'system');
