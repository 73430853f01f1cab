import type { ToolDto } from './dto/connection-response.dto';

/** One credential field of a known tool. `pattern` is checked by `POST /connections/:id/test`. */
export interface ToolField {
  name: string;
  description: string;
  pattern: RegExp;
  format: string;
}

export interface ToolDefinition {
  toolName: string;
  displayName: string;
  category: string;
  description: string;
  required: ToolField[];
  optional: ToolField[];
  /** Whether the test also makes a network request (only http_webhook). */
  liveCheck: boolean;
}

const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** The known tools. Other tool names are accepted with free-form credentials (no required fields). */
export const TOOL_REGISTRY: readonly ToolDefinition[] = [
  {
    toolName: 'gmail',
    displayName: 'Gmail',
    category: 'email',
    description: 'Send and read mail through a Google account (IMAP/SMTP with an app password)',
    required: [
      { name: 'email', description: 'Google account address', pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, format: 'an email address' },
      { name: 'app_password', description: 'Google app password', pattern: /^([a-z]{4} ?){3}[a-z]{4}$/i, format: '16 letters' },
    ],
    optional: [],
    liveCheck: false,
  },
  {
    toolName: 'slack',
    displayName: 'Slack',
    category: 'messaging',
    description: 'Post to channels as a Slack bot',
    required: [{ name: 'bot_token', description: 'Bot user OAuth token', pattern: /^xox[abp]-[A-Za-z0-9-]{10,}$/, format: 'xoxb-…' }],
    optional: [{ name: 'signing_secret', description: 'Request signing secret', pattern: /^[0-9a-f]{32}$/i, format: '32 hex characters' }],
    liveCheck: false,
  },
  {
    toolName: 'github',
    displayName: 'GitHub',
    category: 'development',
    description: 'Issues, pull requests and repositories',
    required: [
      {
        name: 'token',
        description: 'Personal access token',
        pattern: /^(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})$/,
        format: 'ghp_… or github_pat_…',
      },
    ],
    optional: [],
    liveCheck: false,
  },
  {
    toolName: 'notion',
    displayName: 'Notion',
    category: 'knowledge',
    description: 'Pages and databases of a Notion workspace',
    required: [{ name: 'api_key', description: 'Internal integration secret', pattern: /^(secret_|ntn_)[A-Za-z0-9]{20,}$/, format: 'secret_… or ntn_…' }],
    optional: [],
    liveCheck: false,
  },
  {
    toolName: 'http_webhook',
    displayName: 'HTTP webhook',
    category: 'integration',
    description: 'Calls an HTTP endpoint (the URL often embeds a token, so it is a credential)',
    required: [{ name: 'url', description: 'Endpoint URL', pattern: HTTP_URL, format: 'an http(s) URL' }],
    optional: [{ name: 'secret', description: 'Shared secret sent with each call', pattern: /^.{8,}$/, format: 'at least 8 characters' }],
    liveCheck: true,
  },
];

export const findTool = (toolName: string) => TOOL_REGISTRY.find((t) => t.toolName === toolName);

export function toToolResponse(tool: ToolDefinition): ToolDto {
  const field = (f: ToolField) => ({ name: f.name, description: f.description, format: f.format });
  return {
    tool_name: tool.toolName,
    display_name: tool.displayName,
    category: tool.category,
    description: tool.description,
    required_fields: tool.required.map(field),
    optional_fields: tool.optional.map(field),
    live_check: tool.liveCheck,
  };
}
