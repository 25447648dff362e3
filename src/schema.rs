//! The JSON document of `--format json` and its JSON Schema, generated from the same types.

use crate::model::Summary;
use schemars::JsonSchema;
use serde::Serialize;

/// The schema version written in every JSON document.
pub const SCHEMA_VERSION: u32 = 1;

/// One input that could not be summarised.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Failure {
    pub path: String,
    pub error: String,
}

/// The whole `--format json` document.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Document {
    pub schema_version: u32,
    pub debates: Vec<Summary>,
    pub failures: Vec<Failure>,
    /// Present with `--rollup`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rollup: Option<crate::rollup::Rollup>,
}

/// The JSON Schema of [`Document`], pretty-printed.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Document);
    serde_json::to_string_pretty(&schema).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
