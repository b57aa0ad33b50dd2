//! Small hand-made model values for the core's unit tests. Test-only; pure core.
//!
//! Dataset layer: may use `json` and `text`; must not import `geo`, `page` or `export`.

use crate::dataset::model::{FollowupEntry, Promise, Target};

/// A target with the given id, value, unit and label.
pub(crate) fn target(id: &str, value: u32, unit: &str, label: &str) -> Target {
    Target {
        id: id.to_string(),
        value: Some(value),
        kind: None,
        rate: None,
        unit: unit.to_string(),
        label: label.to_string(),
    }
}

/// A 2019 police promise about traffic with the given targets and follow-up entries.
pub(crate) fn promise(targets: Vec<Target>, followups: Vec<FollowupEntry>) -> Promise {
    Promise {
        translations: Default::default(),
        id: "p".to_string(),
        period: "2019".to_string(),
        group: None,
        source_url: None,
        sub_promises: vec![],
        parties: vec!["polisen".to_string()],
        title: "T".to_string(),
        text: "T".to_string(),
        themes: vec!["trafik".to_string()],
        districts: vec![],
        targets,
        followups,
    }
}
