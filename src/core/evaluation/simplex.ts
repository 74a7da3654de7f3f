/**
 * Least squares over the probability simplex: min ½‖y − Xw‖² subject to w ≥ 0 and Σw = 1, the weight
 * problem of the synthetic control. Solved by accelerated projected gradient (FISTA with restarts,
 * step 1/L where L is the largest eigenvalue of XᵀX), then polished on the active set: the equality-
 * constrained least squares on the support, solved exactly through its KKT system, is kept when it
 * is feasible and satisfies the optimality conditions. `kkt` reports how far a solution is from
 * optimal, so callers and tests can check it.
 */

/** Columns of X: one series (length T) per donor. */
export type Columns = number[][];

/** Euclidean projection of v onto the simplex {w ≥ 0, Σw = 1} (sort-based, exact). */
export function projectSimplex(v: number[]): number[] {
  const u = [...v].sort((a, b) => b - a);
  let sum = 0;
  let theta = 0;
  for (let j = 0; j < u.length; j++) {
    sum += u[j]!;
    const t = (sum - 1) / (j + 1);
    if (u[j]! - t > 0) theta = t;
  }
  return v.map((x) => Math.max(x - theta, 0));
}

function apply(X: Columns, w: number[], T: number): number[] {
  const out = new Array<number>(T).fill(0);
  for (let j = 0; j < X.length; j++) {
    const wj = w[j]!;
    if (wj === 0) continue;
    const col = X[j]!;
    for (let t = 0; t < T; t++) out[t]! += wj * col[t]!;
  }
  return out;
}

/** The gradient Xᵀ(Xw − y). */
function gradient(X: Columns, y: number[], w: number[]): number[] {
  const r = apply(X, w, y.length).map((v, t) => v - y[t]!);
  return X.map((col) => col.reduce((s, c, t) => s + c * r[t]!, 0));
}

function objective(X: Columns, y: number[], w: number[]): number {
  const fit = apply(X, w, y.length);
  return 0.5 * fit.reduce((s, v, t) => s + (v - y[t]!) ** 2, 0);
}

/** Largest eigenvalue of XᵀX by power iteration (an upper bound is kept for safety). */
function lipschitz(X: Columns, T: number): number {
  const J = X.length;
  let v = new Array<number>(J).fill(1 / Math.sqrt(J));
  let lambda = 0;
  for (let k = 0; k < 200; k++) {
    const xv = apply(X, v, T);
    const next = X.map((col) => col.reduce((s, c, t) => s + c * xv[t]!, 0));
    const norm = Math.sqrt(next.reduce((s, x) => s + x * x, 0));
    if (norm === 0) return 1;
    const prev = lambda;
    lambda = norm;
    v = next.map((x) => x / norm);
    if (Math.abs(lambda - prev) <= 1e-12 * lambda) break;
  }
  return lambda * 1.0001 + 1e-12;
}

/** Solves A x = b (n×n) by Gaussian elimination with partial pivoting; null when (near) singular. */
export function solveLinear(A: number[][], b: number[]): number[] | null {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  const scale = Math.max(1e-300, ...A.flat().map(Math.abs));
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    if (Math.abs(M[p]![c]!) < 1e-11 * scale) return null;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

/**
 * Distance from optimality of w: the largest violation of the KKT conditions, relative to the scale of
 * the gradient (0 at the exact optimum). With g = Xᵀ(Xw − y) and λ = min over the support of g:
 * every g_j on the support equals λ and every g_j off it is at least λ.
 */
export function kkt(X: Columns, y: number[], w: number[]): number {
  const g = gradient(X, y, w);
  const support = w.map((x, j) => (x > 1e-10 ? j : -1)).filter((j) => j >= 0);
  const lambda = Math.min(...support.map((j) => g[j]!));
  const scale = Math.max(1, ...g.map(Math.abs));
  let worst = 0;
  g.forEach((gj, j) => {
    worst = Math.max(worst, support.includes(j) ? Math.abs(gj - lambda) : Math.max(0, lambda - gj));
  });
  const sum = Math.abs(w.reduce((s, x) => s + x, 0) - 1);
  return Math.max(worst / scale, sum, ...w.map((x) => Math.max(0, -x)));
}

/** The exact minimiser on a support with Σw = 1 (KKT system), or null if singular. */
function onSupport(X: Columns, y: number[], support: number[]): number[] | null {
  const k = support.length;
  const A: number[][] = [];
  const b: number[] = [];
  for (let a = 0; a < k; a++) {
    const ca = X[support[a]!]!;
    const row: number[] = [];
    for (let c = 0; c < k; c++) {
      const cc = X[support[c]!]!;
      row.push(ca.reduce((s, v, t) => s + v * cc[t]!, 0));
    }
    row.push(1);
    A.push(row);
    b.push(ca.reduce((s, v, t) => s + v * y[t]!, 0));
  }
  A.push([...new Array<number>(k).fill(1), 0]);
  b.push(1);
  const x = solveLinear(A, b);
  if (!x) return null;
  const w = new Array<number>(X.length).fill(0);
  support.forEach((j, a) => (w[j] = x[a]!));
  return w;
}

export interface SimplexFit {
  weights: number[];
  /** ½‖y − Xw‖². */
  objective: number;
  iterations: number;
  /** The KKT residual of the answer (see kkt()). */
  kkt: number;
  /** Whether the active-set polish gave the answer. */
  polished: boolean;
}

/** Minimises ½‖y − Xw‖² over the simplex. X holds one column (length y.length) per donor. */
export function simplexLeastSquares(X: Columns, y: number[], opts: { maxIterations?: number; tolerance?: number } = {}): SimplexFit {
  const J = X.length;
  const T = y.length;
  if (J === 0) throw new Error('no donors');
  if (J === 1) return { weights: [1], objective: objective(X, y, [1]), iterations: 0, kkt: 0, polished: true };
  const maxIt = opts.maxIterations ?? 20_000;
  const tol = opts.tolerance ?? 1e-13;
  const L = lipschitz(X, T);
  let w = new Array<number>(J).fill(1 / J);
  let z = [...w];
  let tk = 1;
  let fPrev = objective(X, y, w);
  let it = 0;
  for (; it < maxIt; it++) {
    const g = gradient(X, y, z);
    const next = projectSimplex(z.map((v, j) => v - g[j]! / L));
    const f = objective(X, y, next);
    if (f > fPrev) {
      // restart the momentum when the objective goes up (O'Donoghue & Candès)
      tk = 1;
      z = [...w];
      continue;
    }
    const tNext = (1 + Math.sqrt(1 + 4 * tk * tk)) / 2;
    z = next.map((v, j) => v + ((tk - 1) / tNext) * (v - w[j]!));
    const step = Math.sqrt(next.reduce((s, v, j) => s + (v - w[j]!) ** 2, 0));
    w = next;
    tk = tNext;
    const done = step < tol || Math.abs(fPrev - f) <= tol * Math.max(1, f);
    fPrev = f;
    if (done && kkt(X, y, w) < 1e-7) break;
    // Once the iterates have found the support, the exact solution on it is optimal: try it now and
    // then rather than crawling to the tolerance (on the Proposition 99 panel this cuts the
    // iterations from the 20,000 cap to a few hundred; see prop99.test.ts).
    if ((it + 1) % POLISH_EVERY === 0) {
      const early = polish(X, y, w);
      if (early && early.kkt < POLISH_KKT) return { weights: early.weights, objective: objective(X, y, early.weights), iterations: it + 1, kkt: early.kkt, polished: true };
    }
  }
  let best = w;
  let polished = false;
  const exact = polish(X, y, w);
  if (exact && exact.kkt <= kkt(X, y, w) + 1e-12 && objective(X, y, exact.weights) <= objective(X, y, w) + 1e-12) {
    best = exact.weights;
    polished = true;
  }
  return { weights: best, objective: objective(X, y, best), iterations: it, kkt: kkt(X, y, best), polished };
}

const POLISH_EVERY = 50;
/** A polished answer is accepted early when its KKT residual is below this (relative, see kkt()). */
const POLISH_KKT = 1e-10;

/** The exact minimiser on the support of w, when it is feasible, with its KKT residual. */
function polish(X: Columns, y: number[], w: number[]): { weights: number[]; kkt: number } | null {
  const support = w.map((x, j) => (x > 1e-8 ? j : -1)).filter((j) => j >= 0);
  const exact = onSupport(X, y, support);
  if (!exact || exact.some((x) => x < -1e-12)) return null;
  const clean = exact.map((x) => Math.max(0, x));
  return { weights: clean, kkt: kkt(X, y, clean) };
}
