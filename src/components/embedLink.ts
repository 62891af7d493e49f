/**
 * The embed's addresses, both ways: the app's current view as an embed URL
 * and an <iframe> snippet, and the embed's view back as a link into the full
 * app. Views live in the query string (src/state/urlCodec.ts), so both pages
 * read the same parameters; paths are relative, so a copy under a sub-path works.
 */

/** Query parameters with no meaning in an embed: the presentation's step. */
const NOT_EMBEDDED = ['scene'];

/** The embed page (embed.html, next to index.html) showing the view at `href`. */
export function embedUrl(href: string): string {
  const app = new URL(href);
  const url = new URL('embed.html', app);
  const params = new URLSearchParams(app.search);
  for (const name of NOT_EMBEDDED) params.delete(name);
  url.search = params.toString();
  return url.href;
}

/** The full app (index.html, next to embed.html) at the view the embed at `href` shows. */
export function fullAppUrl(href: string): string {
  const embed = new URL(href);
  const url = new URL('./', embed);
  url.search = embed.search;
  return url.href;
}

const attribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML another site pastes: a plain iframe, no script. */
export function embedSnippet(href: string, title: string): string {
  return `<iframe src="${attribute(embedUrl(href))}" title="${attribute(title)}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
}
