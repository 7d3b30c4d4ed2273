//! The JSON Schema of the plan format, generated from the types in [`crate::plan`] and
//! [`crate::business_case`], so that it cannot drift from what `gevinst` reads.
//!
//! Editors with a YAML language server use it to complete keys, show each field's doc
//! comment and flag a misspelt key as the planner types. A copy is committed as
//! `docs/gevinst.schema.json`; a test keeps it equal to this output.

use crate::plan::Plan;

/// The schema as pretty-printed JSON, without a final line break.
pub fn plan_schema() -> String {
    let mut schema = schemars::schema_for!(Plan);
    schema.insert("title".into(), "gevinst plan".into());
    serde_json::to_string_pretty(&schema).expect("a schema is plain JSON")
}
