import { credentialFields } from './credentials-cipher';
import { Connection } from './entities/connection.entity';
import { iso } from '../common/utils/iso';


export interface ConnectionResponse {
  id: number;
  tool_name: string;
  display_name: string | null;
  /** configured (stored, not yet tested) | connected (last test passed) | error (last test failed) | disconnected (no credentials) */
  status: string;
  has_credentials: boolean;
  /** Names only: values are never returned. */
  credential_fields: string[];
  settings: Record<string, unknown>;
  last_checked: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

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
