//! The starter plans `gevinst new` writes: one YAML file per method, with every field present
//! and a short Danish comment on each, so that a planner fills in a form instead of reading
//! the format's documentation first.
//!
//! Each starter is a file in `templates/new/`, embedded at build time. A starter must check
//! without errors or warnings and render (the tests do both), so it also shows a complete,
//! consistent plan.

/// The method a new plan follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Starter {
    /// The Peak model Københavns Kommune uses: deliverables → changes → benefits → goals.
    Peak,
    /// The Implement model: deliveries → employee groups → tasks done anew → benefits.
    Implement,
    /// The assessment card (vurderingskort) for an early benefit clarification.
    Vurderingskort,
}

impl Starter {
    /// Every starter, for the tests.
    pub const ALL: [Starter; 3] = [Starter::Peak, Starter::Implement, Starter::Vurderingskort];

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Starter::Peak => "peak",
            Starter::Implement => "implement",
            Starter::Vurderingskort => "vurderingskort",
        }
    }

    /// The starter plan's text.
    pub fn text(self) -> &'static str {
        match self {
            Starter::Peak => include_str!("../templates/new/peak.yaml"),
            Starter::Implement => include_str!("../templates/new/implement.yaml"),
            Starter::Vurderingskort => include_str!("../templates/new/vurderingskort.yaml"),
        }
    }
}
