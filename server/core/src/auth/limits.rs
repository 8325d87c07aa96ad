//! Rate limits on sign-in and sign-up, per account and per client address. The
//! counters live in the database, so several instances share them. A limit keyed
//! by the attempted email applies whether or not that account exists, so it never
//! tells which accounts do.

use time::OffsetDateTime;

use crate::db::{Store, StoreError};

#[derive(Clone, Copy, Debug)]
pub struct Limit {
    prefix: &'static str,
    max: i64,
    window_secs: i64,
}

/// Failed sign-ins for one email: 10 per 15 minutes.
pub const SIGN_IN_PER_ACCOUNT: Limit = Limit {
    prefix: "sign_in:account:",
    max: 10,
    window_secs: 15 * 60,
};

/// Failed sign-ins from one address: 50 per 15 minutes.
pub const SIGN_IN_PER_ADDRESS: Limit = Limit {
    prefix: "sign_in:address:",
    max: 50,
    window_secs: 15 * 60,
};

/// Sign-ups from one address: `per_hour` per hour (`JOBFORGE_SIGNUPS_PER_HOUR`).
pub fn sign_up_per_address(per_hour: u32) -> Limit {
    Limit {
        prefix: "sign_up:address:",
        max: i64::from(per_hour),
        window_secs: 60 * 60,
    }
}

/// Verification mails resent to one account: 3 per hour.
pub const RESEND_PER_ACCOUNT: Limit = Limit {
    prefix: "resend:account:",
    max: 3,
    window_secs: 60 * 60,
};

/// Reset mails to one address: 3 per hour. Past the limit the page still says a
/// mail is on its way (it says so for unknown addresses too); none is sent.
pub const RESET_PER_ACCOUNT: Limit = Limit {
    prefix: "reset:account:",
    max: 3,
    window_secs: 60 * 60,
};

/// Reset requests from one client address: 10 per hour.
pub const RESET_PER_ADDRESS: Limit = Limit {
    prefix: "reset:address:",
    max: 10,
    window_secs: 60 * 60,
};

fn now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

impl Limit {
    fn key(&self, subject: &str) -> String {
        format!("{}{}", self.prefix, subject)
    }

    /// The whole minutes to wait when `subject` has used up this limit.
    pub async fn exceeded(
        &self,
        store: &dyn Store,
        subject: &str,
    ) -> Result<Option<u32>, StoreError> {
        let hits = store
            .throttle_hits(&self.key(subject), now(), self.window_secs)
            .await?;
        Ok((hits >= self.max).then(|| u32::try_from(self.window_secs / 60).unwrap_or(u32::MAX)))
    }

    /// Counts one attempt by `subject`.
    pub async fn hit(&self, store: &dyn Store, subject: &str) -> Result<(), StoreError> {
        store
            .throttle_hit(&self.key(subject), now(), self.window_secs)
            .await
            .map(|_| ())
    }

    /// Forgets `subject`'s attempts (after a success).
    pub async fn clear(&self, store: &dyn Store, subject: &str) -> Result<(), StoreError> {
        store.throttle_clear(&self.key(subject)).await
    }
}
