// Benchmark of the steering engine: the full status of a synthetic portfolio.
// 50 programmes × 40 KPIs × 5 years of monthly measurements (120,000 measurements), plus progress,
// checks, decisions, risks and budget records. Target: all 50 statuses in under 100 ms.
// Run standalone with `node bench/status.bench.js`, or through bench/run.js, which calls run().
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const BUDGET_MS = 100;
const YEARS = 5;
const MONTHS = YEARS * 12;
const KPIS = 40;
const BENEFITS = 10;
const EFFORTS = 30;
const AS_OF = '2030-06-15';

/** The engine, bundled from its TypeScript source in memory. */
async function loadSteer() {
  const entry = fileURLToPath(new URL('../src/steer/index.ts', import.meta.url));
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const pad = (n) => String(n).padStart(2, '0');
/** Last day of programme month `m` for a programme starting January 2026. */
const monthEnd = (m) => {
  const y = 2026 + Math.floor(m / 12);
  const month = (m % 12) + 1;
  return new Date(Date.UTC(y, month - 1 + 1, 0)).toISOString().slice(0, 10);
};
const monthStart = (m) => `${2026 + Math.floor((m - 1) / 12)}-${pad(((m - 1) % 12) + 1)}-01`;

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function syntheticProgramme(n) {
  const kpis = Array.from({ length: KPIS }, (_, k) => {
    const higher = k % 3 !== 0;
    const baseline = higher ? 40 : 20;
    const goal = higher ? 90 : 8;
    const targets = Array.from({ length: MONTHS / 6 }, (_, i) => {
      const month = (i + 1) * 6;
      return { moment: `M${month}`, month, value: baseline + ((goal - baseline) * month) / MONTHS, label: undefined, measured: true };
    });
    return {
      id: `k${k}`, name: `KPI ${k}`, domain: 'd', unit: { kind: 'percentage' }, direction: higher ? 'higher' : 'lower',
      baseline: { value: baseline, label: undefined, measured: true }, targets, goal: { value: goal, label: undefined },
      deadline: MONTHS, tolerances: undefined, source: undefined, illustrative: false,
    };
  });
  const bands = [...Array(4).fill('basis'), ...Array(8).fill('groei'), ...Array(4).fill('target'), ...Array(4).fill('borging')];
  const benefits = Array.from({ length: BENEFITS }, (_, b) => ({
    id: `B${b}`, name: `Baat ${b}`, description: undefined, owner: 'pm', sectors: ['PO'], priority: 'hoog',
    indicators: [0, 1, 2, 3].map((i) => `k${b * 4 + i}`), baseline: { level: '', source: '', date: '2025-12-31' },
    target: { level: '', deadline: monthEnd(MONTHS - 1) }, capabilities: [], efforts: [`E${b}`],
    risks: [{ description: 'risico', likelihood: 'H', impact: 'M', mitigation: '' }], moments: [6, 12],
    dependsOn: b % 2 ? [{ benefit: `B${b - 1}`, kind: 'inhoudelijk', threshold: 0.3, note: undefined }] : [],
    roadmap: bands.map((band, q) => (q < b % 3 ? undefined : band)), illustrative: false,
  }));
  const efforts = Array.from({ length: EFFORTS }, (_, e) => {
    const from = 1 + ((e * 2) % (MONTHS - 6));
    return {
      id: `E${e}`, name: `Inspanning ${e}`, label: `E${e}`, domain: 'd', start: monthStart(from), end: monthEnd(from + 5), mode: 'projectmatig',
      owner: 'pm', dependsOn: e ? [`E${e - 1}`] : [], serves: [], management: false, illustrative: false,
    };
  });
  const milestones = Array.from({ length: MONTHS / 6 }, (_, i) => {
    const month = (i + 1) * 6;
    const id = `M${month}`;
    return {
      id, name: `Mijlpaal ${month}`, description: undefined, month, date: monthEnd(month - 1), gate: true,
      criteria: [
        { id: `${id}.1`, text: 'inspanning klaar', needs: [{ kind: 'effort-finished', effort: `E${(i * 3) % EFFORTS}` }] },
        { id: `${id}.2`, text: 'KPI gehaald', needs: [{ kind: 'kpi-reaches', kpi: `k${i % KPIS}`, value: 60 }] },
        { id: `${id}.3`, text: 'handmatig', needs: [] },
      ],
    };
  });
  const rules = [
    { kind: 'benefit-behind', id: 'achter', text: 'Baat loopt achter', threshold: 0.2 },
    { kind: 'commitment', id: 'commitment', text: 'Commitment' },
    { kind: 'external-factor', id: 'extern', text: 'Externe factor' },
    { kind: 'benefit-conflict', id: 'conflict', text: 'Conflict' },
    { kind: 'gate-at-risk', id: 'gate', text: 'Gate in gevaar', weeks: 6 },
  ];
  return {
    id: `p${n}`, name: `Programma ${n}`, organisation: 'Bench', start: '2026-01', horizon: MONTHS, startDate: '2026-01-01', endDate: monthEnd(MONTHS - 1),
    version: '1', vision: '', goals: [], roles: [{ id: 'pm', name: 'PM' }, { id: 'sponsor', name: 'Sponsor' }], domains: [{ id: 'd', name: 'D', title: 'D' }],
    phases: [{ id: 'f', name: 'Fase', from: 1, to: MONTHS, milestone: `M${MONTHS}`, focus: [], deliverables: [], successFactors: [], risks: [] }],
    milestones, efforts, capabilities: [], kpis, benefits, cycles: [],
    steering: ['doeltreffendheid', 'tempo', 'haalbaarheid', 'wendbaarheid', 'efficientie'].map((id) => ({ id, norm: 'groen', description: id })),
    escalation: { to: 'sponsor', rules }, cadence: [], tolerances: { green: 0.9, amber: 0.8 }, benefitReporting: 'maandelijks',
  };
}

export function syntheticRecords(programme, seed) {
  const rnd = random(seed);
  const measurements = [];
  for (const k of programme.kpis) {
    const slope = (k.goal.value - k.baseline.value) / MONTHS;
    for (let m = 0; m < MONTHS; m++) {
      measurements.push({ kpi: k.id, date: monthEnd(m), value: k.baseline.value + slope * (m + 1) * (0.7 + rnd() * 0.5), source: undefined, note: undefined, recordedBy: undefined });
    }
  }
  // Unsorted input, as files and forms deliver it.
  for (let i = measurements.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [measurements[i], measurements[j]] = [measurements[j], measurements[i]];
  }
  const progress = programme.efforts.flatMap((e, i) => Array.from({ length: 6 }, (_, m) => ({
    effort: e.id, date: monthEnd(((i * 2) % (MONTHS - 6)) + m), percentComplete: Math.min(100, Math.round((m + 1) * (14 + rnd() * 6))),
    actualStart: e.start, actualEnd: undefined, note: undefined, recordedBy: undefined,
  })));
  const checks = programme.milestones.map((m) => ({ criterion: `${m.id}.3`, date: m.date, met: rnd() > 0.3, evidence: 'verslag', recordedBy: undefined }));
  const decisions = programme.milestones.slice(0, 6).map((m) => ({ milestone: m.id, date: m.date, outcome: 'go', conditions: undefined, decidedBy: 'sg', note: undefined }));
  const risks = Array.from({ length: 20 }, (_, i) => ({ id: `R${i}`, subject: programme.id, description: 'risico', likelihood: 'M', impact: i % 5 ? 'M' : 'H', mitigation: '', status: i % 4 ? 'open' : 'closed', date: monthEnd(i), recordedBy: undefined }));
  const budget = Array.from({ length: MONTHS }, (_, m) => ({ date: monthEnd(m), planned: 100_000 * (m + 1), spent: 100_000 * (m + 1) * (0.9 + rnd() * 0.2) }));
  const signals = [{ rule: 'commitment', subject: 'B1', date: '2029-01-15', note: 'capaciteit', recordedBy: undefined }];
  return { measurements, progress, decisions, checks, risks, overrides: [], signals, acknowledgements: [], budget };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Times the full status of `count` programmes; the median of several rounds. */
function timePortfolio(steer, portfolio, count, rounds) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < count; i++) steer.programmeStatus(portfolio[i].programme, portfolio[i].records, AS_OF);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Runs the benchmark and returns its Markdown section. */
export async function run() {
  const steer = await loadSteer();
  const portfolio = Array.from({ length: 50 }, (_, n) => {
    const programme = syntheticProgramme(n);
    return { programme, records: syntheticRecords(programme, n + 1) };
  });
  const measurements = portfolio.reduce((sum, p) => sum + p.records.measurements.length, 0);
  timePortfolio(steer, portfolio, 50, 5); // warm up the JIT

  const sizes = [10, 25, 50].map((count) => ({ count, ms: timePortfolio(steer, portfolio, count, 15) }));
  const full = sizes[sizes.length - 1];
  const sample = steer.programmeStatus(portfolio[0].programme, portfolio[0].records, AS_OF);
  const lines = [
    '## Steering engine: `programmeStatus`',
    '',
    `Synthetic portfolio: ${portfolio.length} programmes × ${KPIS} KPIs × ${YEARS} years of monthly measurements (${measurements.toLocaleString('en-GB')} measurements, shuffled), `
      + `${BENEFITS} benefits, ${EFFORTS} efforts and ${MONTHS / 6} gates per programme, with progress, checks, decisions, risks and budget records; status on ${AS_OF}, `
      + `median of 15 rounds after a warm-up. Each status includes the escalations' "since" search (${sample.escalations.length} escalations in programme 0).`,
    '',
    '| programmes | total (ms) | per programme (ms) |',
    '|---:|---:|---:|',
    ...sizes.map((s) => `| ${s.count} | ${s.ms.toFixed(1)} | ${(s.ms / s.count).toFixed(2)} |`),
    '',
    `Budget: all 50 under ${BUDGET_MS} ms — **${full.ms < BUDGET_MS ? 'met' : 'NOT met'}** (${full.ms.toFixed(1)} ms). `
      + `Time per programme stays flat as the portfolio grows (${sizes.map((s) => (s.ms / s.count).toFixed(2)).join(' / ')} ms), so the total grows linearly.`,
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${await run()}\n`);
}
