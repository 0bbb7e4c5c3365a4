import { describe, expect, it } from '@jest/globals';
import { emlFileName, escapeHtml, isMessageFileName, renderInbox } from './mail-sink.js';

describe('mail sink naming and rendering', () => {
  it('names files by UTC arrival time and sequence, so sorting by name is arrival order', () => {
    const name = emlFileName(new Date('2026-03-31T07:05:09.042Z'), 7);
    expect(name).toBe('20260331T070509042Z-000007.eml');
    const names = [
      emlFileName(new Date('2026-03-31T07:05:09.042Z'), 12),
      emlFileName(new Date('2026-03-31T07:05:09.042Z'), 9),
      emlFileName(new Date('2025-12-31T23:59:59.999Z'), 100),
    ];
    expect([...names].sort()).toEqual([names[2], names[1], names[0]]);
  });

  it('accepts its own file names and refuses paths', () => {
    expect(isMessageFileName('20260331T070509042Z-000007.eml')).toBe(true);
    expect(isMessageFileName('../secret.eml')).toBe(false);
    expect(isMessageFileName('a/b.eml')).toBe(false);
    expect(isMessageFileName('.20260331T070509042Z-000007.eml.partial')).toBe(false);
    expect(isMessageFileName('..eml')).toBe(false);
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('renders subjects and recipients escaped, with links to the message files', () => {
    const html = renderInbox([
      {
        file: '20260331T070509042Z-000001.eml',
        date: '2026-03-31T07:05:09.000Z',
        from: 'a',
        to: '<b>x</b>',
        subject: '',
        text: '',
        html: null,
      },
    ]);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('href="/messages/20260331T070509042Z-000001.eml">(no subject)</a>');
  });
});
