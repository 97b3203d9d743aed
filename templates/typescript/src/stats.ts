export interface Summary {
  count: number;
  mean: number;
  min: number;
  max: number;
}

/** The count, mean and range of `values`. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) {
    throw new RangeError('no values to summarize');
  }
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { count: values.length, mean: sum / values.length, min, max };
}
