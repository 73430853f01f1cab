import { SetMetadata } from '@nestjs/common';

export const ALLOW_DURING_MAINTENANCE = 'maintenance:allow';

/** Writes to this controller or route still work in maintenance mode (the founder panel). */
export const AllowDuringMaintenance = () => SetMetadata(ALLOW_DURING_MAINTENANCE, true);
