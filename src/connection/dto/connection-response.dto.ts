import { DeletedDto } from '../../common/dto/offset-page.dto';

export class ConnectionDto {
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

export class ConnectionListDto {
  connections: ConnectionDto[];
  total: number;
}

export class ConnectionDeletedDto extends DeletedDto {
  id: number;
}

export class ConnectionCheckDto {
  check: string;
  ok: boolean;
  /** Never contains a credential value. */
  detail: string;
}

/** `POST /connections/:id/test`: `success` is whether every check passed. */
export class ConnectionTestDto {
  success: boolean;
  connection: ConnectionDto;
  checks: ConnectionCheckDto[];
}

export class ToolFieldDto {
  name: string;
  description: string;
  format: string;
}

export class ToolDto {
  tool_name: string;
  display_name: string;
  category: string;
  description: string;
  required_fields: ToolFieldDto[];
  optional_fields: ToolFieldDto[];
  /** Whether the test also makes a network request. */
  live_check: boolean;
}

export class ToolListDto {
  tools: ToolDto[];
  total: number;
}
