import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown (Markdown sanitising)', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('# Plan\n\n- **ship** it\n- `code`\n\n```ts\nconst a = 1;\n```');
    expect(html).toContain('<h1>Plan</h1>');
    expect(html).toContain('<strong>ship</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('const a = 1;');
  });

  it('never keeps script, event handlers, javascript: links or embedded content', () => {
    const html = renderMarkdown(
      [
        '<script>window.pwned = 1</script>',
        '<img src=x onerror="window.pwned = 2">',
        '[click](javascript:window.pwned=3)',
        '<a href="#" onclick="window.pwned=4">x</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<svg><script>1</script></svg>',
        '<div style="position:fixed">overlay</div>',
        '<form action="https://evil.example"><input name=a></form>',
      ].join('\n\n'),
    );
    const host = document.createElement('div');
    host.innerHTML = html;
    expect(host.querySelectorAll('script, img, iframe, svg, form, input, [style]')).toHaveLength(0);
    const attributes = [...host.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
    expect(attributes.filter((a) => /^on/i.test(a) || /javascript:/i.test(a))).toEqual([]);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('opens links in a new tab without opener access', () => {
    const html = renderMarkdown('[docs](https://example.com/docs)');
    expect(html).toContain('href="https://example.com/docs"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain('target="_blank"');
  });

  it('shows raw HTML from the model as text', () => {
    const html = renderMarkdown('say <b>hi</b> <img src=x onerror=alert(1)>');
    expect(html).toContain('&lt;b&gt;hi&lt;/b&gt;');
    expect(html).not.toMatch(/<b>|<img/);
  });

  it('escapes text that only looks like markup in code', () => {
    expect(renderMarkdown('`<b>not bold</b>`')).toContain('&lt;b&gt;not bold&lt;/b&gt;');
  });
});
