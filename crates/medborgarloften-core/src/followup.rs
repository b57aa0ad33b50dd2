//! Follow-up rules: a promise's current status is derived from its latest published entry, never stored twice.
//!
//! Pure core: no UI dependency.

use crate::model::{FollowupEntry, Promise};
use crate::status::Status;

/// The latest published follow-up entry of a promise, if any.
pub fn latest_entry(promise: &Promise) -> Option<&FollowupEntry> {
    promise.followups.iter().max_by_key(|entry| entry.date)
}

/// The promise's current status: that of its latest entry, or "no follow-up published".
pub fn current_status(promise: &Promise) -> Status {
    latest_entry(promise).map_or(Status::NotFollowedUp, |entry| entry.status)
}
