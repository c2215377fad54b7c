import type { Phase, Technique } from '../catalog/model.js';
import { planTechnique } from '../session/plan.js';

/** A chart is plain data first; the Markdown and HTML renderers only format it. */
export interface ChartTechnique {
  name: string;
  id: string;
  seconds: number;
  position: string;
  equipment: string;
  setup: string[];
  movement: string[];
  cautions: string[];
  sources: { title: string; url: string }[];
}

export interface Chart {
  title: string;
  summary: string;
  totalSeconds: number;
  techniques: ChartTechnique[];
}

function phaseLine(phase: Phase, sides: boolean): string {
  const side = sides ? ', each side' : '';
  if (phase.type === 'hold') {
    const range = phase.upTo ? `${phase.seconds}-${phase.upTo} s` : `${phase.seconds} s`;
    return `Hold ${range}${phase.breaths ? ` (about ${phase.breaths} breaths)` : ''}${side}: ${phase.cue}`;
  }
  const count = phase.upTo ? `${phase.count}-${phase.upTo}` : `${phase.count}`;
  return `${count} reps${side}: ${phase.steps.map((s) => `${s.cue} (${s.seconds} s)`).join(' → ')}`;
}

export function chartTechnique(t: Technique): ChartTechnique {
  const m = t.movement;
  const sets = m.sets > 1 ? [`${m.sets} sets${m.restSeconds > 0 ? `, ${m.restSeconds} s rest between` : ''}`] : [];
  return {
    name: t.name,
    id: t.id,
    seconds: planTechnique(t).durationSeconds,
    position: t.position,
    equipment: t.equipment.length ? t.equipment.join(', ') : 'none',
    setup: t.setup.map((s) => s.cue),
    movement: [...sets, ...m.phases.map((p) => phaseLine(p, m.sides === 'left-right'))],
    cautions: t.cautions,
    sources: t.sources,
  };
}

export function buildChart(title: string, summary: string, techniques: readonly Technique[]): Chart {
  const items = techniques.map(chartTechnique);
  return { title, summary, totalSeconds: items.reduce((sum, t) => sum + t.seconds, 0), techniques: items };
}
