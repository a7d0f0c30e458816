/** Months from the programme start to the end of `date`, at day precision. */
export function monthPosition(start: string, date: string): number {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return (y - sy) * 12 + (m - sm) + d / days;
}
