import { describe, expect, it } from 'vitest';
import { decodeMermaidText, escapeLineText, escapeTaskTitle } from './mermaid-text.js';

describe('escapeTaskTitle', () => {
  it('turns the characters Mermaid reserves into entities', () => {
    expect(escapeTaskTitle('Fase 1: start; #2 op 50%')).toBe('Fase 1#58; start#59; #35;2 op 50#37;');
    expect(escapeTaskTitle('a <b> c')).toBe('a #60;b> c');
  });

  it('hides a keyword at the start behind an entity', () => {
    expect(escapeTaskTitle('Title review')).toBe('#84;itle review');
    expect(escapeTaskTitle('call center')).toBe('#99;all center');
    expect(escapeTaskTitle('2026-01-05 kick-off')).toBe('#50;026-01-05 kick-off');
    expect(escapeTaskTitle('Titles nalopen')).toBe('#84;itles nalopen');
    expect(escapeTaskTitle('Ontwerp')).toBe('Ontwerp');
  });

  it('makes one line', () => {
    expect(escapeTaskTitle('  twee\nregels  ')).toBe('twee regels');
  });
});

describe('escapeLineText', () => {
  it('keeps colons, except near "style"', () => {
    expect(escapeLineText('FASE 1: FUNDAMENT')).toBe('FASE 1: FUNDAMENT');
    expect(escapeLineText('Lifestyle: #1')).toBe('Lifestyle#58; #35;1');
  });
});

describe('decodeMermaidText', () => {
  it('reverses Mermaid\'s entity placeholders', () => {
    expect(decodeMermaidText('Fase 1\uFB02\u00B0\u00B058\u00B6\u00DF start ')).toBe('Fase 1: start');
    expect(decodeMermaidText('Vis \uFB02\u00B0amp\u00B6\u00DF friet')).toBe('Vis & friet');
    expect(decodeMermaidText('\uFB02\u00B0unknown\u00B6\u00DF')).toBe('&unknown;');
  });
});
