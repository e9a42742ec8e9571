// Whether a stated percentage is an honest rendering of an exact quotient at the digits it is
// written with: rounded (half up) or truncated. 41.2% written 42% (rounded up, ceiling) or
// 41.6% written 40% is not; 41.67% written 41% (truncated) or 42% (rounded) is.

export function honestPercent(exact: number, stated: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  // A hair of slack for binary fractions (1/3 · 100 · 10 = 333.333…, 29/100 · 100 = 28.999…).
  const x = exact * scale;
  const s = Math.round(stated * scale);
  const eps = 1e-7 * Math.max(1, Math.abs(x));
  const down = Math.floor(x + eps);
  const nearest = Math.floor(x + 0.5 + eps);
  return s === down || s === nearest;
}
