import { describe, expect, it } from 'vitest';
import { pdfText } from './text.js';

describe('pdfText', () => {
  it('keeps Dutch and WinAnsi characters and replaces the rest', () => {
    expect(pdfText('cliënt één € 1.234,56 – “ok” …')).toBe('cliënt één € 1.234,56 – “ok” …');
    expect(pdfText('ë')).toBe('ë');
    expect(pdfText('a\tb\r\nc\u0000d\u200be')).toBe('a b\ncde');
    expect(pdfText('★ → ≤ − 😀')).toBe('* -> <= – ?');
    expect(pdfText(undefined)).toBe('');
  });
});
