/**
 * Small cells: a count of cases under the threshold (1 to 9 with the default of 10) can point at a
 * person in a small municipality. Screens show such cells flagged; exports suppress them. A zero is
 * shown (it says nobody, which identifies nobody).
 */

export const SMALL_CELL_THRESHOLD = 10;

/** Whether a count of cases is a small cell. Null (no count given) is not. */
export function isSmallCell(count: number | null | undefined, threshold = SMALL_CELL_THRESHOLD): boolean {
  return count !== null && count !== undefined && count > 0 && count < threshold;
}

/** The value as an export may show it: blank when its cell is small. */
export function suppressed(value: number | null, count: number | null | undefined, threshold = SMALL_CELL_THRESHOLD): number | null {
  return isSmallCell(count, threshold) ? null : value;
}
