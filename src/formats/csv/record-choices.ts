import type { DecisionOutcome, Level, Rag } from '../../model/index.js';
import { choice } from './field-types.js';

/** GO / GO met voorwaarden / NO-GO / aangehouden, and their English and shorthand variants. */
export const outcomeChoice = () =>
  choice<DecisionOutcome>([
    { value: 'go', nl: 'GO', en: 'GO', aliases: ['akkoord'] },
    { value: 'go-met-voorwaarden', nl: 'GO met voorwaarden', en: 'GO with conditions', aliases: ['go mv', 'go onder voorwaarden', 'voorwaardelijke go', 'conditional go', 'go conditions'] },
    { value: 'no-go', nl: 'NO-GO', en: 'NO-GO', aliases: ['nogo', 'niet go', 'geen go'] },
    { value: 'aangehouden', nl: 'aangehouden', en: 'on hold', aliases: ['aanhouden', 'uitgesteld', 'hold', 'postponed', 'deferred'] },
  ]);

export const yesNoChoice = () =>
  choice<boolean>([
    { value: true, nl: 'ja', en: 'yes', aliases: ['j', 'y', 'true', 'waar', '1', 'x', 'voldaan', 'ok'] },
    { value: false, nl: 'nee', en: 'no', aliases: ['n', 'false', 'onwaar', '0', 'niet voldaan'] },
  ]);

export const levelChoice = () =>
  choice<Level>([
    { value: 'L', nl: 'L', en: 'L', aliases: ['laag', 'low'] },
    { value: 'M', nl: 'M', en: 'M', aliases: ['midden', 'middel', 'gemiddeld', 'medium'] },
    { value: 'H', nl: 'H', en: 'H', aliases: ['hoog', 'high'] },
  ]);

export const riskStatusChoice = () =>
  choice<'open' | 'closed'>([
    { value: 'open', nl: 'open', en: 'open', aliases: ['lopend', 'actief', 'active'] },
    { value: 'closed', nl: 'gesloten', en: 'closed', aliases: ['afgesloten', 'dicht', 'vervallen'] },
  ]);

export const ragChoice = () =>
  choice<Rag>([
    { value: 'groen', nl: 'groen', en: 'green', aliases: ['g'] },
    { value: 'geel', nl: 'geel', en: 'amber', aliases: ['oranje', 'yellow', 'orange'] },
    { value: 'rood', nl: 'rood', en: 'red', aliases: ['r'] },
  ]);
