/**
 * A URL from the configuration that may carry credentials (`http://user:pass@host`, `?token=…`).
 * `href` is the one to connect with; `safe` and `scrub()` are the only forms that may reach a
 * response, an event, a log line or an error text.
 */
export class SecretUrl {
  /** Scheme, host, port and path: no userinfo, no query, no fragment. */
  readonly safe: string;
  private readonly secrets: string[];

  constructor(readonly href: string) {
    let url: URL | null = null;
    try {
      url = new URL(href);
    } catch {
      // Not a URL: nothing of it can be shown.
    }
    if (!url) {
      this.safe = '(invalid URL)';
      this.secrets = [href];
      return;
    }
    this.safe = `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
    const values = [url.password, ...[...url.searchParams.values()], url.hash.slice(1)];
    if (url.username && url.password) values.push(`${url.username}:${url.password}`);
    const secrets = new Set<string>();
    for (const value of values.filter((v) => v.length > 0)) {
      secrets.add(value);
      secrets.add(safeDecode(value));
      secrets.add(encodeURIComponent(safeDecode(value)));
    }
    // Longest first, so "user:pass" is replaced before "pass" alone.
    this.secrets = [...secrets].filter(Boolean).sort((a, b) => b.length - a.length);
  }

  /** The text with this URL in its safe form and every credential of it replaced by `***`. */
  scrub(text: string): string {
    let out = text.split(this.href).join(this.safe);
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
