/** Whole screens pinned with inline snapshots, where a substring would say too little. Colour off. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { isDeskFriendly } from '../src/core/catalog/filter.js';
import { buildChart } from '../src/core/chart/model.js';
import { figureAt } from '../src/core/pose/animate.js';
import { planTechnique } from '../src/core/session/plan.js';
import { chartMarkdown } from '../src/view/chart.js';
import { figureLines, firstInkedLine } from '../src/view/figure-text.js';
import { catalogTable } from '../src/view/list.js';
import { liveBlock } from '../src/view/session.js';
import { techniqueText } from '../src/view/show.js';
import { builtIn, builtInPoses, technique } from './helpers/catalog.js';

const plain = new Chalk({ level: 0 });

describe('screens', () => {
  it('limber list --desk', () => {
    const desk = builtIn().techniques.filter(isDeskFriendly);
    expect(catalogTable(desk, [], plain).join('\n')).toMatchInlineSnapshot(`
      "ID                  NAME                         TIME  POSITION  EQUIPMENT
      chair-twist         Seated twist on a chair      1:09  chair     none
      seated-cat-cow      Seated cat-cow               1:20  chair     none
      wall-angel          Wall angel                   1:19  standing  none
      shoulder-shrugs     Shoulder shrugs              1:18  chair     none
      shoulder-rolls      Shoulder rolls               0:49  chair     none
      arm-raises          Overhead arm raises          0:57  chair     none
      neck-rolls          Neck half-rolls              0:53  chair     none
      cross-body-stretch  Cross-body shoulder stretch  0:52  chair     none
      wall-lean           Wall lean                    1:05  standing  none"
    `);
  });

  it('limber show in a 48-column terminal: each item wraps under its own text', () => {
    const narrow = techniqueText(technique('cat-cow'), plain, 48).join('\n').split('\n');
    // Only a link, which no break can shorten, is longer.
    expect(narrow.filter((line) => line.length > 48)).toEqual([expect.stringMatching(/^ {4}https:\/\/\S+$/)]);
    expect(narrow.slice(7, 22).join('\n')).toMatchInlineSnapshot(`
      "Setup
        1. Hands and knees, hands under shoulders
           (6 s)
           A four-point position on the floor: hands
           below your shoulders, knees below your
           hips, back flat like a table.
        2. Draw your belly in lightly (3 s)
           Tighten your stomach muscles a little to
           support your lower back.

      Movement: 3 sets · 15 s rest between sets
        5 reps, each:
          a. Cow: lift your head, let the back dip
             (3 s)
             Slowly raise your head and let your"
    `);
  });

  it('limber show shoulder-shrugs', () => {
    expect(techniqueText(technique('shoulder-shrugs'), plain).join('\n')).toMatchInlineSnapshot(`
      "Shoulder shrugs (shoulder-shrugs)
      Lift your shoulders toward your ears, hold a moment, let them drop.

      Position: chair · Equipment: none · Areas: shoulders, neck, upper-back
      Time: 1:18

      Setup
        1. Sit or stand tall, arms hanging loose (4 s)
           Let your arms hang by your sides and your jaw relax.

      Movement: 2 sets · 5 s rest between sets
        8 reps, each:
          a. Shoulders up toward your ears (2 s)
             Lift both shoulders straight up, breathing in.
          b. Let them drop, breathe out (2 s)
             Let the shoulders fall back down and feel the neck lengthen.

      Breathing: In on the way up, a long breath out as you let go.

      Cautions
        - Keep the head still and the movement easy.

      Gentler variant: Small shrugs, half as high, one set. (0:33)
        Movement: 1 set
          6 reps, each:
            a. Shoulders up a little, breathe in (2 s)
               Lift both shoulders only halfway toward your ears.
            b. Let them drop, breathe out (2 s)
               Let the shoulders settle back down without pushing them.

      Sources
        - Source guide: daily stretching routine (shoulder shrugs):
          https://www.drberg.com/blog/best-stretches-for-upper-back-tension

      Before trying it, 'limber run shoulder-shrugs' asks a few safety questions and
      guides you with timed cues.
      With pain, tingling or numbness, run 'limber check' first. General information,
      not medical advice."
    `);
  });

  it('the live block with its figure: beside the cue when wide, above it at 60 columns, ASCII without UTF-8', () => {
    const plan = planTechnique(technique('cat-cow'));
    const index = plan.cues.findIndex((c) => c.pose === 'cow');
    const poses = builtInPoses();
    const pose = figureAt(plan, index, 3000, 1000, poses)!;
    // Cropped as the player crops: one top line for all of the technique's poses.
    const drawn = (charset: 'braille' | 'ascii') => {
      const top = firstInkedLine(['all-fours', 'cow', 'cat'].map((id) => figureLines(poses.get(id)!, charset)));
      return figureLines(pose, charset).slice(top);
    };
    const state = {
      cue: plan.cues[index]!,
      techniqueName: 'Cat-cow',
      next: plan.cues[index + 1],
      step: index + 1,
      steps: plan.cues.length - 1,
      remainingInCueMs: 1000,
      remainingInSessionMs: 120_000,
      elapsedFraction: 0.1,
      paused: false,
      unitMs: 1000,
      columns: 100,
      figure: drawn('braille'),
    };
    expect(liveBlock(state, plain)).toMatchInlineSnapshot(`
      "⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⣀⡀⠀⠀   Cat-cow · set 1/3 · rep 1/5
        ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⣇⡸⠀⠀
        ⠀⠀⠀⠀⠀⢠⢄⡀⠀⢀⠔⡟⠀⠀⠀⠀     COW: LIFT YOUR HEAD, LET THE BACK DIP
        ⠀⠀⠀⠀⠀⢸⠀⠈⠉⠁⠀⡇⠀⠀⠀⠀     1 s
        ⠀⠀⠀⠀⠀⢸⠀⠀⠀⠀⠀⡇⠀⠀⠀⠀
        ⠒⠒⠒⠒⠒⠚⠒⠒⠒⠒⠒⠓⠒⠒⠒⠒   Next: Cat: round your back, head down
                           ███░░░░░░░░░░░░░░░░░░░░░░░░░░░ step 4 of 35 · 2:00 left
                           space pause · n next · b back · d details · h this hurts · q quit"
    `);
    expect(liveBlock({ ...state, columns: 60 }, plain)).toMatchInlineSnapshot(`
      "⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⣀⡀⠀⠀
        ⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⣇⡸⠀⠀
        ⠀⠀⠀⠀⠀⢠⢄⡀⠀⢀⠔⡟⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⢸⠀⠈⠉⠁⠀⡇⠀⠀⠀⠀
        ⠀⠀⠀⠀⠀⢸⠀⠀⠀⠀⠀⡇⠀⠀⠀⠀
        ⠒⠒⠒⠒⠒⠚⠒⠒⠒⠒⠒⠓⠒⠒⠒⠒
        Cat-cow · set 1/3 · rep 1/5

          COW: LIFT YOUR HEAD, LET THE BACK DIP
          1 s

        Next: Cat: round your back, head down
        ██░░░░░░░░░░░░░░░░░░░░░░ step 4 of 35 · 2:00 left
        space pause · n next · b back · d details · h this hu…"
    `);
    expect(liveBlock({ ...state, columns: 80, figure: drawn('ascii') }, plain)).toMatchInlineSnapshot(`
      "                  :'.
                         ':.'
                .      .::
                :'''.'' :
                :       :
                :       :
           .....:       :
        ''''''''''''''''''''''''
        Cat-cow · set 1/3 · rep 1/5

          COW: LIFT YOUR HEAD, LET THE BACK DIP
          1 s

        Next: Cat: round your back, head down
        ███░░░░░░░░░░░░░░░░░░░░░░░░░░░ step 4 of 35 · 2:00 left
        space pause · n next · b back · d details · h this hurts · q quit"
    `);
  });

  it('the live block at a get-ready, with its caution, and with details open', () => {
    const plan = planTechnique(technique('wall-angel'));
    const state = {
      cue: plan.cues[0]!,
      techniqueName: 'Wall angel',
      next: plan.cues[1],
      step: 1,
      steps: plan.cues.length - 1,
      remainingInCueMs: 4200,
      remainingInSessionMs: 75_000,
      elapsedFraction: 0.05,
      paused: false,
      unitMs: 1000,
      columns: 80,
    };
    expect(liveBlock(state, plain)).toMatchInlineSnapshot(`
      "Wall angel

        GET READY: WALL ANGEL
        5 s
        Caution: Stop if your shoulder pinches or your arms tingle.

      Next: Back to a wall, feet 15-30 cm out
      ██░░░░░░░░░░░░░░░░░░░░░░░░░░░░ step 1 of 24 · 1:15 left
      space pause · n next · b back · d details · h this hurts · q quit"
    `);
    expect(
      liveBlock(
        { ...state, cue: plan.cues[1]!, paused: true, details: ['Stand with your back against a wall.', 'Caution: Stop if your arms tingle.'] },
        plain,
      ),
    ).toMatchInlineSnapshot(`
      "Wall angel

        BACK TO A WALL, FEET 15-30 CM OUT
        PAUSED · press space to go on
        Stand with your back against a wall.
        Caution: Stop if your arms tingle.

      Next: Back to a wall, feet 15-30 cm out
      ██░░░░░░░░░░░░░░░░░░░░░░░░░░░░ step 1 of 24 · 1:15 left
      space pause · n next · b back · d hide details · h this hurts · q quit"
    `);
  });

  it('the Markdown chart of one technique, with the warning-signs box', () => {
    const chart = buildChart(
      'Arm raises',
      'One move.',
      [{ technique: technique('arm-raises'), gentle: true }],
      {
        warningSigns: ['Chest pain with sweating', 'Numbness in both legs'],
        stopRule: 'Stop at once if you feel dizzy.',
      },
      builtInPoses(),
    );
    expect(chartMarkdown(chart)).toMatchInlineSnapshot(`
      "# Arm raises

      One move. Total time: 0:45.

      > **Stop and get help.** Stop at once if you feel dizzy. Call your emergency number for any of these:
      >
      > - Chest pain with sweating
      > - Numbness in both legs

      ## 1. Overhead arm raises (gentle) (0:45)

      Position: chair · Equipment: none

      \`\`\`text
      ⠀⠀⠀⠀⠀⢀⡠⡀⠀⠀⠀⠀⠀⠀⠀⠀  ⠀⠀⠀⠀⠀⢀⡠⡀⠀⠀⠀⠀⠀⠀⠀⠀
      ⠀⠀⠀⠀⠀⠘⡤⠎⠀⠀⠀⠀⠀⠀⠀⠀  ⠀⠀⠀⠀⠀⠘⡤⠎⠀⠀⠀⠀⠀⠀⠀⠀
      ⠀⠀⠀⠀⢰⠀⡇⠀⠀⠀⠀⠀⠀⠀⠀⠀  ⠀⠀⠀⠀⢰⠀⡏⠉⠉⠉⠉⠀⠀⠀⠀⠀
      ⠀⠀⠀⠀⢸⠀⡇⠀⠀⠀⠀⠀⠀⠀⠀⠀  ⠀⠀⠀⠀⢸⠀⡇⠀⠀⠀⠀⠀⠀⠀⠀⠀
      ⠀⠀⠀⠀⢸⣠⣧⣤⣄⡀⠀⠀⠀⠀⠀⠀  ⠀⠀⠀⠀⢸⣠⣧⣤⣄⡀⠀⠀⠀⠀⠀⠀
      ⠀⠀⠀⠀⠀⡇⠀⠀⡇⡇⠀⠀⠀⠀⠀⠀  ⠀⠀⠀⠀⠀⡇⠀⠀⡇⡇⠀⠀⠀⠀⠀⠀
      ⠀⠀⠀⠀⠀⡇⠀⠀⡇⡇⠀⠀⠀⠀⠀⠀  ⠀⠀⠀⠀⠀⡇⠀⠀⡇⡇⠀⠀⠀⠀⠀⠀
      ⠒⠒⠒⠒⠒⠓⠒⠒⠓⠚⠒⠒⠒⠒⠒⠒  ⠒⠒⠒⠒⠒⠓⠒⠒⠓⠚⠒⠒⠒⠒⠒⠒
      Sitting tall,     Both arms
      arms by your      forward at
      sides             shoulder height
      \`\`\`

      **Set up**

      - Sit tall, arms by your sides

      **Move**

      - 6 reps: Raise both arms forward to shoulder height (3 s) → Lower them slowly (3 s)

      **Cautions**

      - Stop below any pinch at the top of the shoulder.

      Sources: Source guide: daily stretching routine (arm raises) <https://www.drberg.com/blog/best-stretches-for-upper-back-tension>

      ---

      limber gives general information, not medical advice. It cannot examine you and can miss problems. If something feels wrong, stop and ask a doctor or physiotherapist. In an emergency, call your local emergency number.
      "
    `);
  });
});
