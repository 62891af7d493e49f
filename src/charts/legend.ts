/**
 * A small legend as HTML with inline SVG swatches. Plot's own swatch legend
 * injects a <style> element, which the app's CSP (style-src 'self') blocks;
 * SVG fill attributes are not styles, so these swatches survive it.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface LegendItem {
  label: string;
  color: string;
  symbol: 'circle' | 'square';
}

export function legendElement(doc: Document, items: LegendItem[]): HTMLElement {
  const list = doc.createElement('ul');
  list.className = 'mk-chart-legend';
  for (const item of items) {
    const li = doc.createElement('li');
    const svg = doc.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('width', '12');
    svg.setAttribute('height', '12');
    svg.setAttribute('viewBox', '0 0 12 12');
    // The label next to it says everything; the swatch is decoration.
    svg.setAttribute('aria-hidden', 'true');
    const shape =
      item.symbol === 'circle' ? doc.createElementNS(SVG_NS, 'circle') : doc.createElementNS(SVG_NS, 'rect');
    if (item.symbol === 'circle') {
      shape.setAttribute('cx', '6');
      shape.setAttribute('cy', '6');
      shape.setAttribute('r', '5');
    } else {
      shape.setAttribute('x', '1');
      shape.setAttribute('y', '1');
      shape.setAttribute('width', '10');
      shape.setAttribute('height', '10');
    }
    shape.setAttribute('fill', item.color);
    svg.append(shape);
    li.append(svg, doc.createTextNode(` ${item.label}`));
    list.append(li);
  }
  return list;
}
