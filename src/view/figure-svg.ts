/** A figure as inline SVG for the printable chart: the same shapes as the terminal's, drawn as lines. */
import { figureShapes, type Pose, type Shape } from '../core/pose/model.js';

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const n = (value: number) => String(Math.round(value * 10) / 10);

/** One pose as an SVG element, `size` CSS pixels square; props are drawn lighter than the body. */
export function figureSvg(pose: Pose, size = 96): string {
  const { props, body } = figureShapes(pose);
  const draw = (shape: Shape, cls: string) =>
    shape.kind === 'line'
      ? `<line${cls} x1="${n(shape.from[0])}" y1="${n(shape.from[1])}" x2="${n(shape.to[0])}" y2="${n(shape.to[1])}"/>`
      : `<circle${cls} cx="${n(shape.at[0])}" cy="${n(shape.at[1])}" r="${n(shape.r)}"/>`;
  const shapes = [...props.map((shape) => draw(shape, ' class="prop"')), ...body.map((shape) => draw(shape, ''))];
  const name = escapeXml(pose.name);
  return `<svg class="figure" viewBox="-4 -4 108 108" width="${size}" height="${size}" role="img" aria-label="${name}"><title>${name}</title><g fill="none" stroke="currentColor" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round">${shapes.join('')}</g></svg>`;
}
