import { describe, expect, it } from 'vitest';
import { documentTitle, escapeHtml, renderHead, serializeState } from './head';

describe('document head and state', () => {
  it('titles pages "<page> · EDIHub"', () => {
    expect(documentTitle('Вход')).toBe('Вход · EDIHub');
    expect(documentTitle('')).toBe('EDIHub');
  });

  it('escapes text placed in the head', () => {
    expect(escapeHtml('<b>"x" & \'y\'</b>')).toBe('&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;');
    const head = renderHead({ title: '</title><script>', description: 'a"b' }, 'en');
    expect(head).not.toContain('<script>');
    expect(head).toContain('content="a&quot;b"');
    expect(head).toContain('en_GB');
  });

  it('serialises state so it cannot close its script element', () => {
    const json = serializeState({ name: '</script><script>alert(1)</script>', sep: '\u2028' });
    expect(json).not.toContain('</script>');
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>', sep: '\u2028' });
  });
});
