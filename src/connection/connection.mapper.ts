import { credentialFields } from './credentials-cipher';
import { Connection } from './entities/connection.entity';
import { iso } from '../common/utils/iso';
import type { ConnectionDto } from './dto/connection-response.dto';


export type ConnectionResponse = ConnectionDto;

export function toConnectionResponse(row: Connection): ConnectionResponse {
  return {
    id: row.id,
    tool_name: row.toolName,
    display_name: row.displayName,
    status: row.status,
    has_credentials: Boolean(row.credentialsEncrypted),
    credential_fields: credentialFields(row.credentialsEncrypted),
    settings: row.settings,
    last_checked: iso(row.lastChecked),
    last_error: row.lastError,
    created_at: iso(row.createdAt)!,
    updated_at: iso(row.updatedAt)!,
  };
}
