import { describe, expect, it } from 'vitest';
import { contentDisposition } from './download.js';

describe('contentDisposition', () => {
  it('names the file for old and new browsers', () => {
    expect(contentDisposition('attachment', 'dashboard-demo.csv')).toBe(`attachment; filename="dashboard-demo.csv"; filename*=UTF-8''dashboard-demo.csv`);
  });

  it('keeps quotes and non-ASCII out of the plain name, and in the encoded one', () => {
    const header = contentDisposition('inline', 'raadsrapportage "één".pdf');
    expect(header).toContain('filename="raadsrapportage ___n_.pdf"');
    expect(header).toContain(`filename*=UTF-8''${encodeURIComponent('raadsrapportage "één".pdf')}`);
  });
});
