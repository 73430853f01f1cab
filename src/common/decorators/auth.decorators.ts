import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'auth:public';
export const FOUNDER_ONLY = 'auth:founder-only';

/** No token needed (health probes). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/** Founder tokens only, even for reads (founder panel, audit). */
export const FounderOnly = () => SetMetadata(FOUNDER_ONLY, true);
