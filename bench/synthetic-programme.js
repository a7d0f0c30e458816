// Synthetic programmes for benchmarks: the example's shape, scaled to any number of efforts.

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n) => String(n).padStart(2, '0');

/** `[year, month]` of programme month `index` (1-based) from `start` ('YYYY-MM'). */
function monthOf(start, index) {
  const first = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + index - 1;
  return [Math.floor(first / 12), (first % 12) + 1];
}

function lastDay(year, month) {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS[month - 1];
}

/** A deterministic pseudo-random number in [0, 1) for `i` (no state, so runs are repeatable). */
function noise(i, salt) {
  const x = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

/**
 * A programme like `base` with `efforts` efforts over `horizon` months in `domains` domains, with a
 * milestone every quarter and three phases. Starts fall on the 1st or the 15th; about one in seven
 * efforts is doorlopend. Built as a model object, so it skips YAML and validation.
 */
export function syntheticProgramme(base, { efforts, horizon = 36, domains = 10 }) {
  const domainList = Array.from({ length: domains }, (_, d) => ({ id: `d${d + 1}`, name: `Domein ${d + 1}`, title: `DOMEIN ${d + 1}: ${['PROJECTEN', 'PROCES', 'MENS', 'SYSTEEM', 'CULTUUR'][d % 5]}` }));
  const [endYear, endMonth] = monthOf(base.start, horizon);
  const effortList = Array.from({ length: efforts }, (_, i) => {
    const startMonth = 1 + Math.floor(noise(i, 1) * (horizon - 1));
    const length = 1 + Math.floor(noise(i, 2) * Math.min(12, horizon - startMonth));
    const [sy, sm] = monthOf(base.start, startMonth);
    const [ey, em] = monthOf(base.start, startMonth + length - 1);
    const mid = i % 3 === 0;
    return {
      id: `E-${String(i + 1).padStart(5, '0')}`,
      name: `Inspanning ${i + 1} ${['klantreis', 'procesontwerp', 'training', 'CRM-koppeling', 'communicatie'][i % 5]}${i % 11 === 0 ? ' met een lange omschrijving die de kolom te breed zou maken' : ''}`,
      label: `Inspanning ${i + 1}`,
      domain: domainList[i % domains].id,
      start: `${sy}-${pad(sm)}-${mid ? '15' : '01'}`,
      end: `${ey}-${pad(em)}-${mid ? '14' : pad(lastDay(ey, em))}`,
      mode: i % 7 === 0 ? 'doorlopend' : 'projectmatig',
      owner: undefined,
      dependsOn: i > 0 && i % 5 === 0 ? [`E-${String(i).padStart(5, '0')}`] : [],
      serves: [],
      management: false,
      illustrative: false,
    };
  });
  const milestones = Array.from({ length: Math.floor(horizon / 3) }, (_, q) => {
    const month = (q + 1) * 3;
    const [y, m] = monthOf(base.start, month);
    return { id: `M${month}`, name: q % 4 === 3 ? `Jaarreview ${y}` : `Kwartaalbesluit ${q + 1}`, description: undefined, month, date: `${y}-${pad(m)}-${pad(lastDay(y, m))}`, gate: true, criteria: [] };
  });
  const third = Math.floor(horizon / 3);
  const phases = [[1, third], [third + 1, 2 * third], [2 * third + 1, horizon]].map(([from, to], i) => ({
    ...base.phases[i % base.phases.length], id: `fase-${i + 1}`, from, to, milestone: `M${to - (to % 3)}`,
  }));
  return {
    ...base,
    id: `synthetisch-${efforts}`,
    name: `Synthetisch programma (${efforts} inspanningen)`,
    horizon,
    endDate: `${endYear}-${pad(endMonth)}-${pad(lastDay(endYear, endMonth))}`,
    domains: domainList,
    efforts: effortList,
    milestones,
    phases,
  };
}
