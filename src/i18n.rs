//! Every word the documents print that is not the user's, and the Danish formats for numbers
//! and dates.
//!
//! Templates never spell out a label: they look it up in the table here, so that a second
//! language is a second column and not a hunt through templates.

use std::collections::BTreeMap;

use crate::date::Date;
use crate::plan::{
    BenefitKind, Certainty, DeliverableStatus, Lang, MeasurementKind, MeasurementStatus,
};

/// The label table: key, Danish text.
const DA: &[(&str, &str)] = &[
    ("document_title", "Gevinstrealiseringsplan"),
    ("contents", "Indhold"),
    ("page", "Side"),
    ("of", "af"),
    ("version", "Version"),
    ("date", "Dato"),
    ("period", "Periode"),
    ("organisation", "Organisation"),
    ("unit", "Enhed"),
    ("purpose", "Formål"),
    ("roles", "Roller"),
    ("project_manager", "Projektleder"),
    (
        "project_manager_note",
        "midlertidig: ansvar for projektets leverancer",
    ),
    ("benefit_owner", "Gevinstejer"),
    (
        "benefit_owner_note",
        "varig: beslutter om den samlede gevinst",
    ),
    ("change_leader", "Forandringsleder"),
    (
        "change_leader_note",
        "varig: skaber gevinsterne gennem forandring",
    ),
    ("summary", "Sammenfatning"),
    ("overview", "Overblik"),
    ("count_goals", "Overordnede mål"),
    ("count_deliverables", "Leverancer"),
    ("count_changes", "Organisatoriske forandringer"),
    ("count_benefits", "Gevinster"),
    ("count_negative", "heraf negative gevinster"),
    ("goals", "Overordnede mål"),
    ("goal", "Mål"),
    ("served_by", "Understøttes af"),
    ("realisation_plan", "Gevinstrealiseringsplan"),
    (
        "realisation_plan_intro",
        "Én række pr. gevinst. Nødvendige forandringer og leverancer følger af gevinstkortets sammenhænge; leverancerne er beskrevet under Leverancer.",
    ),
    ("col_title", "Gevinst"),
    ("col_description", "Beskrivelse"),
    ("col_unit", "Måleenhed"),
    ("col_target", "Gevinst\u{AD}størrelse"),
    ("col_baseline", "Nuværende niveau"),
    ("col_method", "Målemetode"),
    ("col_owner", "Gevinstejer"),
    ("col_experienced_by", "Hvem oplever gevinsten?"),
    ("col_changes", "Nødvendige forandringer og aktiviteter"),
    ("col_start", "Start\u{AD}dato for realisering"),
    ("col_end", "Slut\u{AD}dato for realisering"),
    ("col_certainty", "Hvor sikker er gevinsten?"),
    ("col_deliverables", "Nødvendige leverancer"),
    ("col_prerequisites", "Øvrige forudsætninger"),
    ("col_value", "Værdi"),
    ("benefits", "Gevinster"),
    ("benefits_intro", "Gevinsterne med begrundelse og ansvar."),
    ("col_justification", "Begrundelse"),
    ("col_responsible", "Ansvar"),
    ("col_leads_to", "Fører til"),
    ("col_goals", "Mål"),
    ("changes", "Organisatoriske forandringer"),
    (
        "changes_intro",
        "De forandringer i den daglige drift, der skal ske, for at gevinsterne kommer hjem, med deres aktiviteter.",
    ),
    ("col_change", "Forandring"),
    ("col_activity", "Aktivitet (to do)"),
    ("col_when", "Dato"),
    ("col_who", "Ansvarlig"),
    ("col_needs", "Kræver leverancer"),
    ("col_enables", "Giver gevinster"),
    ("deliverables", "Leverancer"),
    (
        "deliverables_intro",
        "Det, projektet selv leverer, med begrundelse, ansvar, aktiviteter, tidsplan og status.",
    ),
    ("col_deliverable", "Leverance"),
    ("col_activities", "Aktiviteter"),
    ("col_schedule", "Tidsplan"),
    ("col_status", "Status"),
    ("follow_up", "Opfølgning på gevinster"),
    (
        "follow_up_intro",
        "Målingerne pr. gevinst: baseline, midtvejsmåling og slutmåling.",
    ),
    ("col_measurements", "Målinger"),
    ("col_measurement_status", "Status for måling"),
    ("none_given", "–"),
    ("no_activities", "Ingen aktiviteter angivet."),
    ("negative", "negativ"),
    ("negative_benefit", "Negativ gevinst"),
    ("immediate", "Umiddelbar gevinst"),
    ("main", "Hovedgevinst"),
    ("no_changes", "Ingen forandringer angivet."),
    ("no_deliverables", "Ingen leverancer angivet."),
    ("no_benefits", "Ingen gevinster angivet."),
    ("no_goals", "Ingen mål angivet."),
    ("to", "–"),
    ("benefit_map", "Gevinstkort"),
    ("map_deliverables", "Leverancer"),
    ("map_changes", "Organisatoriske forandringer"),
    ("map_immediate", "Umiddelbare gevinster"),
    ("map_main", "Hovedgevinster"),
    ("map_benefits", "Gevinster"),
    ("map_goals", "Overordnede mål"),
    ("map_deliverable", "Leverance"),
    ("map_change", "Organisatorisk forandring"),
    ("map_benefit", "Gevinst"),
    ("map_goal", "Overordnet mål"),
    ("map_arrow", "muliggør / fører til / understøtter"),
    ("map_groups", "Medarbejdergrupper, der kan noget nyt"),
    ("map_tasks", "Opgaver, der udføres på en ny måde"),
    ("map_purpose", "Projektets formål"),
    ("map_purpose_goals", "Projektets formål og mål"),
    ("map_technical", "Teknisk leverance"),
    ("map_change_deliverable", "Forandringsleverance"),
    ("map_group", "Medarbejdergruppe"),
    ("map_task", "Opgave"),
    (
        "map_not_drawn",
        "Sammenhænge mellem gevinster i samme kolonne (vist som tekst, ikke pil):",
    ),
    ("map_links", "Pile"),
    ("timeline", "Overordnet gevinstplan"),
    (
        "timeline_intro",
        "Leverancer, organisatoriske forandringer og gevinsternes realiseringsperioder måned for måned over planens periode; målingerne er vist som symboler.",
    ),
    (
        "timeline_summary",
        "Tidslinje med én række pr. leverance, forandring og gevinst. Hver række nævner sine datoer og viser perioden som en søjle på en månedsskala; gevinsternes målinger er symboler, og deres datoer står under Opfølgning på gevinster.",
    ),
    ("timeline_item", "Leverance, forandring eller gevinst"),
    ("timeline_months", "Måned"),
    ("timeline_project_responsibility", "Projektledelsens ansvar"),
    ("timeline_line_responsibility", "Linjeledelsens ansvar"),
    ("timeline_no_dates", "ingen datoer"),
    ("timeline_from", "fra"),
    ("timeline_until", "til"),
    ("timeline_cut", "fortsætter uden for perioden"),
    ("timeline_realisation", "Gevinstens realiseringsperiode"),
    ("timeline_legend", "Signaturforklaring"),
    ("today", "I dag"),
    ("business_case", "Business case"),
    ("bc_title", "Business case"),
    (
        "bc_intro",
        "Bilag: gevinster og omkostninger år for år, tilbagebetaling, nutidsværdi og følsomhed.",
    ),
    ("bc_amounts_in", "Beløb i"),
    ("bc_price_level", "Prisniveau"),
    ("bc_price_level_in_text", "prisniveau"),
    (
        "bc_legend_positive",
        "Fortegn: gevinster og omkostninger vises som positive beløb; balancen er gevinster minus omkostninger, så en negativ balance er et underskud.",
    ),
    (
        "bc_legend_negative",
        "Fortegn: negative beløb er besparelser og gevinster, positive beløb er udgifter; balancen er omkostninger minus gevinster, så en negativ balance er et overskud.",
    ),
    (
        "bc_separate_note",
        "Budgetmæssige besparelser (penge, der tages ud af et budget) og frigjort tid værdisat i kr. (effektivisering, der først bliver penge, når et budget reduceres) står i hver sin række. Rater pr. person og pr. time er i hele kr. Totaler er summeret af uafrundede tal og afrundet én gang, så de kan afvige fra summen af de viste tal.",
    ),
    ("bc_unit_kr", "kr."),
    ("bc_unit_tkr", "1.000 kr."),
    ("bc_unit_people", "antal"),
    ("bc_unit_minutes", "min./dag"),
    ("bc_unit_days", "dage"),
    ("bc_unit_hours", "timer"),
    ("bc_drivers", "Forudsætninger"),
    ("bc_target_group", "Personer i målgruppen"),
    ("bc_new_people", "Nye personer i året"),
    (
        "bc_minutes_total",
        "Minutter sparet pr. dag pr. person i alt",
    ),
    ("bc_days_per_year", "Dage pr. år"),
    ("bc_hours_per_person", "Timer pr. person pr. år"),
    ("bc_hours_all", "Timer, alle personer"),
    ("bc_hourly_wage", "Timeløn inkl. pension"),
    ("bc_effective_share", "Effektiv tid af løntid"),
    ("bc_kr_per_effective_hour", "Kr. pr. effektiv time"),
    ("bc_gain_per_person", "Gevinst pr. person"),
    ("bc_freed_time_of", "Frigjort tid"),
    ("bc_gains", "Gevinster"),
    ("bc_category_budget", "budgetmæssig besparelse"),
    ("bc_category_freed", "frigjort tid værdisat i kr."),
    ("bc_budget_savings", "Budgetmæssige besparelser i alt"),
    (
        "bc_freed_time",
        "Frigjort tid værdisat i kr. i alt (ikke en budgetreduktion)",
    ),
    ("bc_gains_nothing", "Gevinster i alt (ingen gevinstlinjer)"),
    (
        "bc_gains_budget",
        "Gevinster i alt: budgetmæssige besparelser",
    ),
    (
        "bc_gains_freed",
        "Gevinster i alt: frigjort tid værdisat i kr. (ikke en budgetreduktion)",
    ),
    (
        "bc_gains_both",
        "Gevinster i alt: budgetmæssige besparelser + frigjort tid værdisat i kr.",
    ),
    ("bc_costs", "Omkostninger"),
    ("bc_kind_investment", "Investeringer"),
    ("bc_kind_operation", "Drift og vedligehold"),
    ("bc_kind_project", "Projektudgifter"),
    ("bc_kind_other", "Øvrige omkostninger"),
    ("bc_per_new_person", "pr. ny person"),
    ("bc_per_person", "pr. person i målgruppen"),
    ("bc_price_total", "Pris i alt"),
    ("bc_in_all", "i alt"),
    ("bc_total_costs", "Omkostninger i alt"),
    ("bc_result", "Resultat"),
    ("bc_balance_positive", "Balance (gevinster − omkostninger)"),
    ("bc_balance_negative", "Balance (omkostninger − gevinster)"),
    ("bc_cumulative", "Akkumuleret balance"),
    ("bc_key_figures", "Nøgletal"),
    ("bc_payback", "Tilbagebetaling"),
    ("bc_payback_into_year", "år inde i året"),
    ("bc_payback_at_start", "fra periodens start"),
    ("bc_no_payback", "Ingen inden for perioden"),
    (
        "bc_payback_note",
        "Året, hvor den akkumulerede balance bliver og forbliver positiv for projektet; årets balance antages at falde jævnt over året.",
    ),
    ("bc_npv", "Nettonutidsværdi ved"),
    ("bc_npv_note_before", "Første år,"),
    (
        "bc_npv_note_after",
        "er år 0 og diskonteres ikke; hvert følgende år diskonteres et år mere.",
    ),
    ("bc_per_year", "p.a."),
    ("bc_year_table", "Gevinster og omkostninger år for år"),
    ("bc_item", "Post"),
    ("bc_unit", "Enhed"),
    ("bc_total", "I alt"),
    ("bc_charts", "Diagrammer"),
    ("bc_year", "År"),
    ("bc_chart_costs_title", "Omkostninger og gevinster pr. år"),
    (
        "bc_chart_costs_note",
        "Gevinster og omkostninger vises begge som positive beløb.",
    ),
    ("bc_chart_cumulative_title", "Akkumuleret balance"),
    (
        "bc_chart_cumulative_series",
        "Akkumuleret balance ved årets udgang",
    ),
    (
        "bc_chart_cumulative_note",
        "Linjen starter i 0 ved periodens start; trekanten markerer tilbagebetalingstidspunktet.",
    ),
    ("bc_alt_costs_chart", "Søjlediagram:"),
    ("bc_alt_line_chart", "Kurvediagram:"),
    ("bc_alt_gains", "gevinster"),
    ("bc_alt_costs", "omkostninger"),
    ("bc_sensitivity", "Følsomhedsanalyse"),
    (
        "bc_sensitivity_intro",
        "Gevinsterne realiseret med 50, 75 og 100 %, og omkostningerne 20 % højere end planlagt; gevinster og omkostninger skaleres år for år.",
    ),
    ("bc_scenario", "Scenarie"),
    ("bc_scenario_gains", "Gevinster realiseret"),
    ("bc_scenario_costs", "Omkostninger"),
    ("bc_col_gains", "Gevinster i alt"),
    ("bc_col_costs", "Omkostninger i alt"),
    ("bc_col_net", "Balance"),
    ("bc_gains_are", "Gevinster"),
    ("bc_assumptions", "Forudsætninger og kilder"),
    ("bc_assumption", "Forudsætning"),
    ("bc_value", "Værdi"),
    ("bc_source", "Kilde"),
    ("bc_discount_rate", "Diskonteringsrente"),
    (
        "bc_rate_default_source",
        "Finansministeriets diskonteringsrente for år 0–35 (standardværdi)",
    ),
    ("bc_in_year", "i"),
    ("bc_indexed", "fremskrevet"),
    ("bc_non_economic", "Ikke-økonomiske gevinster"),
    (
        "bc_non_economic_intro",
        "Gevinster, der ikke er opgjort i kroner og ikke indgår i beløbene ovenfor.",
    ),
];

/// Danish month names, January first.
const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

/// The labels and formats of one language.
#[derive(Debug, Clone, Copy)]
pub struct Texts {
    lang: Lang,
}

impl Texts {
    /// The texts for `lang`.
    pub fn new(lang: Lang) -> Texts {
        Texts { lang }
    }

    /// The language code for the PDF's metadata and Typst's hyphenation.
    pub fn code(self) -> &'static str {
        match self.lang {
            Lang::Da => "da",
        }
    }

    /// The whole label table, for templates.
    pub fn labels(self) -> BTreeMap<&'static str, &'static str> {
        match self.lang {
            Lang::Da => DA.iter().copied().collect(),
        }
    }

    /// One label. Unknown keys are a programming error caught by the tests.
    pub fn label(self, key: &str) -> &'static str {
        DA.iter().find(|(k, _)| *k == key).map_or("?", |(_, v)| v)
    }

    /// A date as Danes write it: "4. april 2017", or "april 2017" for a month.
    pub fn date(self, date: Date) -> String {
        let month = MONTHS_DA[usize::from(date.month - 1)];
        match date.day {
            Some(day) => format!("{day}. {month} {}", date.year),
            None => format!("{month} {}", date.year),
        }
    }

    /// The month names of the language, January first.
    fn months(self) -> &'static [&'static str; 12] {
        match self.lang {
            Lang::Da => &MONTHS_DA,
        }
    }

    /// A month's initial, capitalised, for a timeline's axis: "M" for marts.
    pub fn month_letter(self, month: u8) -> String {
        let name = self.months()[usize::from(month.clamp(1, 12) - 1)];
        name.chars().next().map_or_else(String::new, |c| c.to_uppercase().collect())
    }

    /// A month on a timeline's axis as the seed writes it: initial and two-digit year,
    /// "M-17" for March 2017.
    pub fn month_mark(self, year: i32, month: u8) -> String {
        format!("{}-{:02}", self.month_letter(month), year.rem_euclid(100))
    }

    /// A number with Danish separators: 1.052.890 and 85,17. `decimals` is the most
    /// decimals shown; trailing zeros are dropped.
    pub fn number(self, value: f64, decimals: usize) -> String {
        format_number(value, decimals)
    }

    /// A deliverable's status word.
    pub fn deliverable_status(self, status: DeliverableStatus) -> &'static str {
        match status {
            DeliverableStatus::Proposed => "Foreslået",
            DeliverableStatus::Started => "Påbegyndt",
            DeliverableStatus::Done => "Færdig",
        }
    }

    /// How certain a benefit is, in words.
    pub fn certainty(self, certainty: Certainty) -> &'static str {
        match certainty {
            Certainty::Low => "Lav",
            Certainty::Medium => "Middel",
            Certainty::High => "Høj",
        }
    }

    /// Immediate or main benefit.
    pub fn benefit_kind(self, kind: BenefitKind) -> &'static str {
        match kind {
            BenefitKind::Immediate => self.label("immediate"),
            BenefitKind::Main => self.label("main"),
        }
    }

    /// The name of a measurement.
    pub fn measurement_kind(self, kind: MeasurementKind) -> &'static str {
        match kind {
            MeasurementKind::Baseline => "Baseline",
            MeasurementKind::Midway => "Midtvejsmåling",
            MeasurementKind::Final => "Slutmåling",
        }
    }

    /// Where a benefit's measuring stands.
    pub fn measurement_status(self, status: MeasurementStatus) -> &'static str {
        match status {
            MeasurementStatus::Prepared => "Forberedt",
            MeasurementStatus::InDevelopment => "Under udvikling",
            MeasurementStatus::Running => "I gang",
        }
    }
}

/// Formats with '.' between thousands and ',' before decimals, rounding half away from zero.
fn format_number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let scale = 10f64.powi(decimals as i32);
    let scaled = (value.abs() * scale).round();
    let whole = (scaled / scale).trunc();
    let mut fraction = format!(
        "{:0width$}",
        (scaled - whole * scale).round() as u64,
        width = decimals
    );
    while fraction.ends_with('0') {
        fraction.pop();
    }
    let digits = format!("{whole:.0}");
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    let sign = if value < 0.0 && scaled != 0.0 {
        "-"
    } else {
        ""
    };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_numbers() {
        let t = Texts::new(Lang::Da);
        assert_eq!(t.number(1_052_890.0, 0), "1.052.890");
        assert_eq!(t.number(-182_600.0, 0), "-182.600");
        assert_eq!(t.number(85.1666, 2), "85,17");
        assert_eq!(t.number(2.5, 2), "2,5");
        assert_eq!(t.number(999.5, 0), "1.000");
        assert_eq!(t.number(-0.2, 0), "0");
        assert_eq!(t.number(100.0, 0), "100");
    }

    #[test]
    fn danish_dates() {
        let t = Texts::new(Lang::Da);
        assert_eq!(t.date(Date::parse("2017-04-04").unwrap()), "4. april 2017");
        assert_eq!(t.date(Date::parse("2018-06").unwrap()), "juni 2018");
        assert_eq!(t.month_mark(2017, 3), "M-17");
        assert_eq!(t.month_mark(2018, 1), "J-18");
        assert_eq!(t.month_mark(2009, 12), "D-09");
    }

    #[test]
    fn labels_are_unique() {
        let mut keys: Vec<&str> = DA.iter().map(|(k, _)| *k).collect();
        keys.sort_unstable();
        let count = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), count);
    }
}
