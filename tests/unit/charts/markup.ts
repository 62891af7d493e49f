/**
 * Chart markup for snapshots a reviewer can read: one element per line,
 * indented by depth, and coordinates rounded to 0.1 px (Plot writes scale
 * output such as 248.46153846153845, whose last digits no reader sees and a
 * scale tweak changes on every line). Texts and every other attribute are
 * kept exactly, so a changed label, colour or description still shows.
 */

/** Attributes that hold positions and sizes in px; their numbers are rounded. */
const GEOMETRY = new Set([
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'dx',
  'dy',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'viewBox',
]);

const DECIMAL = /-?\d*\.\d+(?:e[-+]?\d+)?/gi;

/** 248.46153846153845 -> 248.5; -0.04 -> 0. */
function round(number: string): string {
  const r = Math.round(Number(number) * 10) / 10;
  return String(r === 0 ? 0 : r);
}

function attributes(el: Element): string {
  return [...el.attributes]
    .map((a) => {
      const value = GEOMETRY.has(a.name) ? a.value.replace(DECIMAL, round) : a.value;
      return ` ${a.name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    })
    .join('');
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function lines(node: Node, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  if (node.nodeType === node.TEXT_NODE) {
    const text = node.textContent ?? '';
    if (text.trim() !== '') out.push(pad + escapeText(text));
    return;
  }
  if (node.nodeType !== node.ELEMENT_NODE) return;
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  const open = `<${tag}${attributes(el)}`;
  const children = [...el.childNodes];
  if (children.length === 0) {
    out.push(`${pad}${open} />`);
  } else if (children.length === 1 && children[0]!.nodeType === node.TEXT_NODE) {
    out.push(`${pad}${open}>${escapeText(el.textContent ?? '')}</${tag}>`);
  } else {
    out.push(`${pad}${open}>`);
    for (const child of children) lines(child, depth + 1, out);
    out.push(`${pad}</${tag}>`);
  }
}

/** The element's markup, one element per line, coordinates rounded to 0.1. */
export function chartMarkup(el: Element): string {
  const out: string[] = [];
  lines(el, 0, out);
  return out.join('\n');
}
