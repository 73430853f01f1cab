import { InitialSchema1795500935260 } from './postgres/1795500935260-InitialSchema';
import { InitialSchema1795500931039 } from './sqlite/1795500931039-InitialSchema';

// Listed explicitly (not globbed) so that the compiled app, ts tests and the CLI agree.
export const SQLITE_MIGRATIONS: Function[] = [InitialSchema1795500931039];
export const POSTGRES_MIGRATIONS: Function[] = [InitialSchema1795500935260];
