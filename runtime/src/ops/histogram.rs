//! perf_hooks histograms: HdrHistogram, as Node keeps them (the hdrhistogram crate implements
//! the same buckets, equivalent values and percentile iteration as Node's C library).

use hdrhistogram::Histogram;

use super::handles::Handles;

/// A histogram and the count of values above its range (Node's `exceeds`).
struct Recorder {
    histogram: Histogram<u64>,
    exceeds: u64,
}

thread_local! {
    static HISTOGRAMS: Handles<Recorder> = const { Handles::new() };
}

fn id_arg(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments) -> u32 {
    args.get(0).uint32_value(scope).unwrap_or(0)
}

/// `histogramNew(lowest, highest, figures)`: the number of a new histogram, or undefined when
/// the bounds are not ones HdrHistogram accepts.
pub fn op_histogram_new(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let lowest = args.get(0).number_value(scope).unwrap_or(1.0) as u64;
    let highest = args.get(1).number_value(scope).unwrap_or(0.0) as u64;
    let figures = args.get(2).uint32_value(scope).unwrap_or(3) as u8;
    if let Ok(histogram) = Histogram::new_with_bounds(lowest.max(1), highest, figures) {
        let id = HISTOGRAMS.with(|h| {
            h.insert(Recorder {
                histogram,
                exceeds: 0,
            })
        });
        rv.set(v8::Integer::new_from_unsigned(scope, id).into());
    }
}

/// `histogramRecord(id, value)`: a value (above the range it counts in `exceeds`).
pub fn op_histogram_record(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let value = args.get(1).number_value(scope).unwrap_or(0.0).max(0.0) as u64;
    HISTOGRAMS.with(|h| {
        h.with(id, |r| {
            if r.histogram.record(value).is_err() {
                r.exceeds += 1;
            }
        })
    });
}

/// `histogramStats(id)`: `[min, max, mean, stddev, count, exceeds]` as Node reports them (an
/// empty histogram: min 2^63 - 1, max 0, mean and stddev NaN).
pub fn op_histogram_stats(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let Some(stats) = HISTOGRAMS.with(|h| {
        h.with(id, |r| {
            let h = &r.histogram;
            let empty = h.is_empty();
            [
                if empty {
                    i64::MAX as f64
                } else {
                    h.min() as f64
                },
                if empty { 0.0 } else { h.max() as f64 },
                if empty { f64::NAN } else { mean(h) },
                if empty { f64::NAN } else { h.stdev() },
                h.len() as f64,
                r.exceeds as f64,
            ]
        })
    }) else {
        return;
    };
    let items: Vec<v8::Local<v8::Value>> = stats
        .iter()
        .map(|n| v8::Number::new(scope, *n).into())
        .collect();
    rv.set(v8::Array::new_with_elements(scope, &items).into());
}

/// The mean as HdrHistogram's C library computes it: an integer total of each bucket's median
/// value times its count, divided once (the crate's own mean sums floats and rounds otherwise).
fn mean(h: &Histogram<u64>) -> f64 {
    let total: u128 = h
        .iter_recorded()
        .map(|v| {
            u128::from(v.count_at_value()) * u128::from(h.median_equivalent(v.value_iterated_to()))
        })
        .sum();
    total as f64 / h.len() as f64
}

/// `histogramPercentile(id, percentile)`: the value at a percentile (0 < p <= 100).
pub fn op_histogram_percentile(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let percentile = args.get(1).number_value(scope).unwrap_or(0.0);
    if let Some(value) =
        HISTOGRAMS.with(|h| h.with(id, |r| r.histogram.value_at_quantile(percentile / 100.0)))
    {
        rv.set(v8::Number::new(scope, value as f64).into());
    }
}

/// `histogramPercentiles(id)`: `[percentile, value, ...]` as Node's map lists them (HdrHistogram's
/// percentile iteration, one tick per half distance, each bucket by its lowest value).
pub fn op_histogram_percentiles(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let Some(pairs) = HISTOGRAMS.with(|h| {
        h.with(id, |r| {
            let h = &r.histogram;
            if h.is_empty() {
                return vec![(100.0, 0.0)];
            }
            h.iter_quantiles(1)
                .map(|step| {
                    (
                        step.quantile_iterated_to() * 100.0,
                        h.lowest_equivalent(step.value_iterated_to()) as f64,
                    )
                })
                .collect::<Vec<_>>()
        })
    }) else {
        return;
    };
    let mut items: Vec<v8::Local<v8::Value>> = Vec::with_capacity(pairs.len() * 2);
    for (percentile, value) in pairs {
        items.push(v8::Number::new(scope, percentile).into());
        items.push(v8::Number::new(scope, value).into());
    }
    rv.set(v8::Array::new_with_elements(scope, &items).into());
}

/// `histogramReset(id)`.
pub fn op_histogram_reset(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    HISTOGRAMS.with(|h| {
        h.with(id, |r| {
            r.histogram.reset();
            r.exceeds = 0;
        })
    });
}

/// `histogramAdd(id, otherId)`: adds another histogram's values; false if they do not fit.
pub fn op_histogram_add(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    mut rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    let other = args.get(1).uint32_value(scope).unwrap_or(0);
    let copy = HISTOGRAMS.with(|h| h.with(other, |r| (r.histogram.clone(), r.exceeds)));
    let added = copy.is_some_and(|(histogram, exceeds)| {
        HISTOGRAMS
            .with(|h| {
                h.with(id, |r| {
                    r.exceeds += exceeds;
                    r.histogram.add(&histogram).is_ok()
                })
            })
            .unwrap_or(false)
    });
    rv.set(v8::Boolean::new(scope, added).into());
}

/// `histogramDrop(id)`: forgets a histogram whose object was collected.
pub fn op_histogram_drop(
    scope: &mut v8::PinScope,
    args: v8::FunctionCallbackArguments,
    _rv: v8::ReturnValue<v8::Value>,
) {
    let id = id_arg(scope, &args);
    HISTOGRAMS.with(|h| h.remove(id));
}
