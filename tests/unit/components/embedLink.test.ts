import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, fullAppUrl } from '../../../src/components/embedLink';

describe('embed links', () => {
  it('the embed shows the view of the app URL, without the presentation step', () => {
    expect(embedUrl('https://kaart.example.nl/?prog=compass&country=NGA&scene=3')).toBe(
      'https://kaart.example.nl/embed.html?prog=compass&country=NGA',
    );
    expect(embedUrl('https://kaart.example.nl/')).toBe('https://kaart.example.nl/embed.html');
  });

  it('works under a sub-path, both ways', () => {
    expect(embedUrl('https://example.nl/migratie/?lang=en')).toBe('https://example.nl/migratie/embed.html?lang=en');
    expect(fullAppUrl('https://example.nl/migratie/embed.html?lang=en&country=MAR')).toBe(
      'https://example.nl/migratie/?lang=en&country=MAR',
    );
  });

  it('the full app link keeps the view, camera included', () => {
    expect(fullAppUrl('http://127.0.0.1:8080/embed.html?year=2022&goal=reception-in-region&c=10,5,3')).toBe(
      'http://127.0.0.1:8080/?year=2022&goal=reception-in-region&c=10,5,3',
    );
  });

  it('the snippet is a plain iframe with escaped attributes', () => {
    const snippet = embedSnippet('https://kaart.example.nl/?prog=compass&country=NGA', 'Kaart "A" <b>');
    expect(snippet).toBe(
      '<iframe src="https://kaart.example.nl/embed.html?prog=compass&amp;country=NGA" title="Kaart &quot;A&quot; &lt;b&gt;" width="100%" height="520" style="border:0" loading="lazy"></iframe>',
    );
  });
});
