import type { Phase, Technique } from '../catalog/model.js';
import { vocabularyLabel } from '../catalog/vocabulary.js';
import { t, tn } from '../i18n/translate.js';
import type { PoseLibrary } from '../pose/animate.js';
import { keyPoseIds } from '../pose/key-poses.js';
import type { Pose } from '../pose/model.js';
import { effectiveTechnique, type PlanItem, techniqueSeconds } from '../session/plan.js';
import { holdTime, repCount } from '../wording.js';

/** A chart is plain data first; the Markdown and HTML renderers only format it. */
interface ChartTechnique {
  name: string;
  id: string;
  seconds: number;
  position: string;
  equipment: string;
  setup: string[];
  movement: string[];
  cautions: string[];
  sources: { title: string; url: string }[];
  /** The key poses, drawn beside the steps. */
  figures: Pose[];
}

/** The box every chart carries: when to stop and get help. */
export interface ChartSafety {
  warningSigns: string[];
  stopRule: string;
}

export interface Chart {
  title: string;
  summary: string;
  totalSeconds: number;
  techniques: ChartTechnique[];
  safety: ChartSafety;
  /** For `--for-me`: what the health profile changed. */
  personalNote?: string;
}

function phaseLine(phase: Phase, sides: boolean): string {
  const side = sides ? `, ${t('each side')}` : '';
  if (phase.type === 'hold') {
    return `${t('Hold {time}', { time: holdTime(phase) })}${phase.breaths ? ` (${t('about {breaths} breaths', { breaths: phase.breaths })})` : ''}${side}: ${phase.cue}`;
  }
  return `${t('{range} reps', { range: repCount(phase) })}${side}: ${phase.steps.map((s) => `${s.cue} (${t('{seconds} s', { seconds: s.seconds })})`).join(' → ')}`;
}

function chartTechnique(technique: Technique, poses: PoseLibrary, gentle = false): ChartTechnique {
  const done = effectiveTechnique(technique, gentle);
  const m = done.movement;
  const sets =
    m.sets > 1
      ? [`${tn(m.sets, '{count} set', '{count} sets')}${m.restSeconds > 0 ? `, ${t('{seconds} s rest between', { seconds: m.restSeconds })}` : ''}`]
      : [];
  return {
    name: gentle && technique.gentle ? t('{name} (gentle)', { name: technique.name }) : technique.name,
    id: technique.id,
    // Counted, not planned: building every cue of every technique only to add up their seconds cost a chart 1M instructions.
    seconds: techniqueSeconds(technique, gentle),
    position: vocabularyLabel(technique.position),
    equipment: technique.equipment.length ? technique.equipment.map(vocabularyLabel).join(', ') : t('none'),
    setup: done.setup.map((s) => s.cue),
    movement: [...sets, ...m.phases.map((p) => phaseLine(p, m.sides === 'left-right'))],
    cautions: technique.cautions,
    sources: technique.sources,
    figures: keyPoseIds(done.setup, m).flatMap((id) => poses.get(id) ?? []),
  };
}

export function buildChart(
  title: string,
  summary: string,
  items: readonly PlanItem[],
  safety: ChartSafety,
  poses: PoseLibrary,
  personalNote?: string,
): Chart {
  const techniques = items.map((i) => chartTechnique(i.technique, poses, i.gentle));
  return {
    title,
    summary,
    totalSeconds: techniques.reduce((sum, t) => sum + t.seconds, 0),
    techniques,
    safety,
    ...(personalNote ? { personalNote } : {}),
  };
}
