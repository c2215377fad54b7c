/**
 * A figure as text: Braille dots (2 × 4 to a character, so any UTF-8 terminal shows it, over SSH too) or,
 * without UTF-8, ASCII (1 × 2 to a character). Both draw the same shapes on a square grid of dots.
 */
import { figureShapes, type Pose, type Shape } from '../core/pose/model.js';
import { terminalSafe, wrapText } from './text.js';

type Dots = boolean[][];

/**
 * Marks the dot for (x, y). Columns split at the grid's centre line, so a mirrored pose lands on exactly the
 * mirrored cells (plain rounding breaks ties the same way on both sides); a point on the centre line itself
 * marks the two cells beside it. No arrays are made here: a chart plots tens of thousands of points.
 */
function plot(dots: Dots, x: number, y: number): void {
  const size = dots.length;
  const row = Math.round(y);
  if (row < 0 || row >= size) return;
  const line = dots[row]!;
  const half = size / 2;
  const d = Math.round((x - (size - 1) / 2) * 1e9) / 1e9;
  if (d === 0) {
    line[half - 1] = true;
    line[half] = true;
    return;
  }
  const col = d > 0 ? half + Math.floor(d) : half - 1 - Math.floor(-d);
  if (col >= 0 && col < size) line[col] = true;
}

/** Rasterises the shapes (in a 100 × 100 box) onto a size × size grid of dots. */
export function rasterise(shapes: readonly Shape[], size: number): Dots {
  const dots: Dots = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const scale = (size - 1) / 100;
  for (const shape of shapes) {
    if (shape.kind === 'line') {
      const [x0, y0] = [shape.from[0] * scale, shape.from[1] * scale];
      const [x1, y1] = [shape.to[0] * scale, shape.to[1] * scale];
      const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
      for (let i = 0; i <= steps; i++) plot(dots, x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps);
    } else {
      const r = shape.r * scale;
      // An even count of points, so the circle's points mirror onto each other.
      const steps = 2 * Math.max(4, Math.ceil(Math.PI * r));
      for (let i = 0; i < steps; i++) {
        const angle = (2 * Math.PI * i) / steps;
        plot(dots, shape.at[0] * scale + r * Math.cos(angle), shape.at[1] * scale + r * Math.sin(angle));
      }
    }
  }
  return dots;
}

// Braille dot numbering: bit for (column, row) within a 2 × 4 cell.
const brailleBits = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
];

/** Lines of Braille characters: size/2 wide, size/4 tall (size a multiple of 4). */
export function brailleLines(dots: Dots): string[] {
  const lines: string[] = [];
  for (let row = 0; row < dots.length; row += 4) {
    let line = '';
    for (let col = 0; col < dots.length; col += 2) {
      let bits = 0;
      for (let dy = 0; dy < 4; dy++) for (let dx = 0; dx < 2; dx++) if (dots[row + dy]?.[col + dx]) bits |= brailleBits[dy]![dx]!;
      line += String.fromCharCode(0x2800 + bits);
    }
    lines.push(line);
  }
  return lines;
}

/** Lines of ASCII: one character per column of dots, two rows of dots per line ("'", ".", ":"). */
export function asciiLines(dots: Dots): string[] {
  const lines: string[] = [];
  for (let row = 0; row < dots.length; row += 2) {
    let line = '';
    for (let col = 0; col < dots.length; col++) {
      const [top, bottom] = [dots[row]![col], dots[row + 1]?.[col]];
      line += top && bottom ? ':' : top ? "'" : bottom ? '.' : ' ';
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export type FigureCharset = 'braille' | 'ascii';

/** Every character set a figure is drawn in, as the build draws them. */
export const figureCharsets: readonly FigureCharset[] = ['braille', 'ascii'];

/**
 * Drawings made when limber is built, for every shipped pose and its mirror image, looked up by what a drawing
 * depends on (`figureKey`): drawing fifteen figures in a cold process costs a chart a twentieth of its start.
 */
export type PrerenderedFigures = (key: string) => Readonly<Record<FigureCharset, readonly string[]>> | undefined;

/** What a pose's drawing depends on: its joints, its props and its side. Names and ids do not count. */
export const figureKey = (pose: Pose): string => JSON.stringify([pose.joints, pose.props, pose.mirrored === true]);

/** A pose as lines of text: Braille 16 × 8 characters, or ASCII 24 × 12; the prerendered drawing when there is one. */
export function figureLines(pose: Pose, charset: FigureCharset, prerendered?: PrerenderedFigures): readonly string[] {
  const drawn = prerendered?.(figureKey(pose))?.[charset];
  if (drawn) return drawn;
  const { props, body } = figureShapes(pose);
  return charset === 'braille' ? brailleLines(rasterise([...props, ...body], 32)) : asciiLines(rasterise([...props, ...body], 24));
}

const blank = /^[\s\u2800]*$/;

/**
 * The first line with ink in any of these poses: a technique's figures are cropped to it together, so the
 * empty sky above a floor exercise goes, and the figure does not jump as it moves.
 */
export const firstInkedLine = (drawings: readonly (readonly string[])[]): number =>
  Math.min(
    ...drawings.map((lines) =>
      Math.max(
        0,
        lines.findIndex((line) => !blank.test(line)),
      ),
    ),
  );

/**
 * Poses side by side, each with its name wrapped underneath, as many to a row as fit in `columns`: for
 * `limber show` and the Markdown chart.
 */
export function figuresSideBySide(poses: readonly Pose[], charset: FigureCharset, columns: number, prerendered?: PrerenderedFigures): string[] {
  const full = poses.map((pose) => figureLines(pose, charset, prerendered));
  const top = firstInkedLine(full);
  const drawn = full.map((lines) => lines.slice(top));
  const width = Math.max(...drawn.map((lines) => Math.max(...lines.map((l) => [...l].length))));
  const perRow = Math.max(1, Math.floor((columns + 2) / (width + 2)));
  const out: string[] = [];
  for (let start = 0; start < poses.length; start += perRow) {
    const row = drawn.slice(start, start + perRow);
    const captions = poses.slice(start, start + perRow).map((pose) => wrapText(terminalSafe(pose.name), width).split('\n'));
    const height = Math.max(...row.map((lines) => lines.length));
    const captionHeight = Math.max(...captions.map((lines) => lines.length));
    for (let i = 0; i < height + captionHeight; i++) {
      const cells = row.map((lines, k) => (i < height ? (lines[i] ?? '') : (captions[k]![i - height] ?? '')).padEnd(width));
      out.push(cells.join('  ').trimEnd());
    }
    out.push('');
  }
  return out.slice(0, -1);
}
