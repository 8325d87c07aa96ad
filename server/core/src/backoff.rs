//! Exponential backoff with jitter, shared by job retries and model-call retries.

use std::time::Duration;

/// `base` doubled for each attempt after the first, at most `cap`, then scaled by
/// a random factor between `spread.0` and `spread.1`, so that failures do not all
/// come back at once. Without randomness from the system the factor is the low end.
pub fn exponential(attempt: u32, base: Duration, cap: Duration, spread: (f64, f64)) -> Duration {
    let doublings = attempt.saturating_sub(1).min(31);
    let plain = base.saturating_mul(2u32.saturating_pow(doublings)).min(cap);
    let mut random = [0u8; 2];
    let _ = getrandom::fill(&mut random);
    let unit = f64::from(u16::from_le_bytes(random)) / f64::from(u16::MAX);
    plain.mul_f64(spread.0 + (spread.1 - spread.0) * unit)
}
