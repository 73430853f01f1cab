import { InitialSchema1795500935260 } from './postgres/1795500935260-InitialSchema';
import { SearchIndex1795600000000 as PostgresSearchIndex } from './postgres/1795600000000-SearchIndex';
import { SocketIoAttachments1795700000000 } from './postgres/1795700000000-SocketIoAttachments';
import { SessionOpeningKey1795800000000 as PostgresSessionOpeningKey } from './postgres/1795800000000-SessionOpeningKey';
import { InitialSchema1795500931039 } from './sqlite/1795500931039-InitialSchema';
import { SearchIndex1795600000000 as SqliteSearchIndex } from './sqlite/1795600000000-SearchIndex';
import { SearchPrefixIndex1795600000001 } from './sqlite/1795600000001-SearchPrefixIndex';
import { SessionOpeningKey1795800000000 as SqliteSessionOpeningKey } from './sqlite/1795800000000-SessionOpeningKey';

// Listed explicitly (not globbed) so that the compiled app, ts tests and the CLI agree.
export const SQLITE_MIGRATIONS: Function[] = [InitialSchema1795500931039, SqliteSearchIndex, SearchPrefixIndex1795600000001, SqliteSessionOpeningKey];
export const POSTGRES_MIGRATIONS: Function[] = [InitialSchema1795500935260, PostgresSearchIndex, SocketIoAttachments1795700000000, PostgresSessionOpeningKey];
