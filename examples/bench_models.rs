//! Benchmarks of the pure models, printed (no timing assertions).
//!
//! Run with `cargo run --release --example bench_models`. Prints the median of
//! several runs of the margin-call Monte Carlo at 10,000 paths × 250 days, the
//! time of one full recompute of every model (what a slider move can trigger),
//! and the scenario presets so the figures can be eyeballed.

use std::hint::black_box;
use std::time::Instant;

use two_economies::model::{ai, futures, gap, margin, valuation};

/// Median wall time in milliseconds of `runs` calls of `f` (after one warm-up).
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Every model once, as the page would recompute them after a change.
fn recompute_all() {
    let m = valuation::TwoStage::DAMODARAN_EXAMPLE;
    let pe = valuation::justified_pe_two_stage(&m);
    black_box(valuation::justified_forward_pe(&m));
    black_box(valuation::implied_growth(104.0, &m).ok());
    black_box(valuation::implied_growth_forward(104.0, &m).ok());
    let flows: Vec<f64> = (1..=10).map(|t| 12.08 * 1.3f64.powi(t)).collect();
    black_box(valuation::implied_return(1258.89, &flows, 0.04));
    black_box(valuation::years_to_pe(104.0, 0.3, 30.0));
    black_box(pe.and_then(|pe| valuation::peg(pe, 18.0)));
    black_box(margin::price_fall_to_line(1.0, margin::LIQUIDATION_LINE));
    black_box(margin::simulate_margin_calls(&margin::MarginSim::default()));
    black_box(margin::MarginSim::default().hit_probability());
    black_box(ai::training_cost_usd(
        ai::DEEPSEEK_V3_GPU_HOURS,
        ai::DEEPSEEK_V3_USD_PER_GPU_HOUR,
    ));
    for b in gap::BASKETS {
        black_box(b.upside_to(0.10));
    }
    black_box(futures::simulate(&futures::FuturesParams::default()));
}

fn main() {
    let sim = margin::MarginSim {
        paths: 10_000,
        days: 250,
        ..margin::MarginSim::default()
    };
    let mc = median_ms(15, || {
        black_box(margin::simulate_margin_calls(black_box(&sim)));
    });
    let mc_share = median_ms(15, || {
        black_box(margin::hit_share(black_box(&sim)));
    });
    // Worst case for speed: no path is stopped early (line far below).
    let no_hits = margin::MarginSim { line: 0.05, ..sim };
    let mc_full = median_ms(9, || {
        black_box(margin::hit_share(black_box(&no_hits)));
    });
    // The computed probability the prose states (margin::hit_probability),
    // per call: the defaults (corrected formula), a barrier within a day's
    // move (0.97, the near-barrier recursion, its slowest day counts), and
    // four days (exact recursion).
    let est = |drift: f64, vol: f64, b: f64, days: u32, runs: usize| {
        median_ms(15, || {
            for i in 0..runs {
                black_box(margin::hit_probability(
                    black_box(drift),
                    black_box(vol + 1e-12 * i as f64),
                    black_box(b),
                    black_box(days),
                ));
            }
        }) * 1e3
            / runs as f64
    };
    let est_default = est(0.0, 0.35, 0.65, 60, 10_000);
    let est_near = [16, 17, 39, 40, 250].map(|d| est(0.0, 0.35, 0.97, d, 1_000));
    let est_few = est(0.0, 0.35, 0.65, 4, 1_000);
    // As the page once ran it: 2,000 paths, 8 drawn, from the kept draws of
    // a path bank, against drawing them again. The page now keeps only the
    // 8 drawn paths (charts::margin::PATHS).
    let page = margin::MarginSim {
        paths: 2_000,
        sample_paths: 8,
        ..sim
    };
    let bank_built = median_ms(5, || {
        black_box(margin::PathBank::new(page.seed, 2_000, 250));
    });
    let bank = margin::PathBank::new(page.seed, 2_000, 250).expect("bank");
    let page_direct = median_ms(15, || {
        black_box(margin::simulate_margin_calls(black_box(&page)));
    });
    let page_bank = median_ms(51, || {
        black_box(bank.simulate(black_box(&page)));
    });
    let all = median_ms(15, recompute_all);
    let fut = median_ms(201, || {
        black_box(futures::simulate(black_box(
            &futures::FuturesParams::default(),
        )));
    }) * 1e3;
    let ig = median_ms(201, || {
        black_box(valuation::implied_growth(
            black_box(104.0),
            &valuation::TwoStage::DAMODARAN_EXAMPLE,
        ))
        .ok();
    }) * 1e3;

    let r = margin::simulate_margin_calls(&sim).unwrap();
    println!("bench_models (release profile of this crate)");
    println!(
        "margin Monte Carlo 10,000 paths x 250 days, full result: median {mc:.2} ms \
         (share hit {:.1}%, sigma {:.0}%, margin {:.0}%, line {:.0}%)",
        100.0 * r.hit_share,
        100.0 * sim.volatility,
        100.0 * sim.margin_ratio,
        100.0 * sim.line
    );
    println!("margin Monte Carlo, hit share only:                 median {mc_share:.2} ms");
    println!("margin Monte Carlo, no early exits (2.5M steps):     median {mc_full:.2} ms");
    println!(
        "margin Monte Carlo as the page runs it (2,000 x 250): drawn again {page_direct:.2} ms, \
         from the path bank {page_bank:.2} ms (the bank is drawn once: {bank_built:.2} ms)"
    );
    println!(
        "margin::hit_probability (per call): defaults {est_default:.2} us ({:.3}%), \
         barrier 0.97 at 16/17/39/40/250 days {:.1}/{:.1}/{:.1}/{:.1}/{:.1} us, 4 days {est_few:.1} us",
        100.0 * margin::hit_probability(0.0, 0.35, 0.65, 60).unwrap_or(f64::NAN),
        est_near[0],
        est_near[1],
        est_near[2],
        est_near[3],
        est_near[4]
    );
    println!("one full recompute of every model:                   median {all:.2} ms");
    println!("futures::simulate:                                   median {fut:.2} us");
    println!("valuation::implied_growth:                           median {ig:.2} us");
    println!();
    println!("futures presets (GDP growth %, new / old index in 2035, consumption share 2035):");
    let cases = [("Default", futures::FuturesParams::default())]
        .into_iter()
        .chain(futures::Preset::ALL.map(|p| (p.label(), p.params())));
    for (name, p) in cases {
        let path = futures::simulate(&p);
        let g: Vec<String> = path
            .years
            .iter()
            .map(|y| format!("{:.1}", 100.0 * y.gdp_growth))
            .collect();
        let last = path.last();
        println!(
            "  {name:<24} {}  new {:.0} old {:.0} C/Y {:.1}% avg {:.2}%",
            g.join(" "),
            last.new_index,
            last.old_index,
            100.0 * last.consumption_share,
            100.0 * path.average_growth()
        );
    }
}
