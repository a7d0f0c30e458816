import { describe, expect, it } from 'vitest';
import { koersIdsFromComments, mermaidIds } from './mermaid-ids.js';

const ids = (efforts: string[], milestones: string[] = []) => mermaidIds({ efforts: efforts.map((id) => ({ id })), milestones: milestones.map((id) => ({ id })) } as never);

describe('mermaidIds', () => {
  it('keeps ids Mermaid can refer to', () => {
    expect([...ids(['PRJ-01', 'a_b', 'M3']).efforts.values()]).toEqual(['PRJ-01', 'a_b', 'M3']);
  });

  it('renames dots and tag words, uniquely across efforts and milestones, and records the change', () => {
    const result = ids(['PRJ.01', 'PRJ_01', 'done'], ['PRJ-01', 'PRJ.01']);
    expect([...result.efforts.values()]).toEqual(['PRJ_01', 'PRJ_01_2', 'done_']);
    expect([...result.milestones.values()]).toEqual(['PRJ-01', 'PRJ_01_3']);
    expect([...result.changed]).toEqual([['PRJ_01', 'PRJ.01'], ['PRJ_01_2', 'PRJ_01'], ['done_', 'done'], ['PRJ_01_3', 'PRJ.01']]);
  });
});

describe('koersIdsFromComments', () => {
  it('reads the comments the writer leaves', () => {
    expect(koersIdsFromComments([{ text: 'koers-id PRJ_01 PRJ.01' }, { text: 'something else' }])).toEqual(new Map([['PRJ_01', 'PRJ.01']]));
  });
});
