//! Every word the documents print that is not the user's, and each language's formats for
//! numbers and dates.
//!
//! Templates never spell out a label: they look it up in the table here, so that a second
//! language is a second column and not a hunt through templates.

use std::collections::BTreeMap;

use crate::date::Date;
use crate::plan::{
    BenefitKind, Certainty, DeliverableStatus, Effort, Lang, MeasurementKind, MeasurementStatus,
};

/// The label table: key, Danish text. Every key must also be in [`EN`] (a test checks).
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
    ("assessment_title", "Vurderingskort"),
    (
        "assessment_intro",
        "Tidlig vurdering af potentialet: skal idéen blive til et projekt?",
    ),
    ("assessment_problem", "Hvad er problemet eller muligheden?"),
    ("assessment_today", "Situationen i dag"),
    ("assessment_tomorrow", "Situationen i morgen"),
    ("assessment_benefits", "Potentielle gevinster (og negative)"),
    (
        "assessment_requirements",
        "Krav og forudsætninger til løsningen",
    ),
    ("assessment_none", "Ikke udfyldt"),
    ("assessment_more", "flere"),
    ("logo", "Logo"),
    ("map_continued", "fortsat"),
    ("map_continues", "Kortet fortsætter på næste side"),
    ("map_part", "del"),
    (
        "map_continued_alt",
        "Gevinstkortet, fortsat fra forrige side; hele kortet er beskrevet på dets første side.",
    ),
    (
        "map_alt_cut",
        "(beskrivelsen er forkortet; gevinstrealiseringsplanen nævner alle sammenhænge)",
    ),
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
    ("keywords", "gevinstrealisering"),
    ("status_proposed", "Foreslået"),
    ("status_started", "Påbegyndt"),
    ("status_done", "Færdig"),
    ("certainty_low", "Lav"),
    ("certainty_medium", "Middel"),
    ("certainty_high", "Høj"),
    ("measurement_baseline", "Baseline"),
    ("measurement_midway", "Midtvejsmåling"),
    ("measurement_final", "Slutmåling"),
    ("measurement_prepared", "Forberedt"),
    ("measurement_in_development", "Under udvikling"),
    ("measurement_running", "I gang"),
    // --- slides labels ---
    ("slides", "Præsentation til styregruppen"),
    ("slides_purpose_goals", "Formål og mål"),
    ("slides_no_purpose", "Planen har endnu intet formål."),
    (
        "slides_map_reduced",
        "Kortet er vist formindsket; se gevinstkortet i planen.",
    ),
    ("slides_key_benefits", "Centrale gevinster"),
    ("slides_business_case", "Business case"),
    ("slides_investment", "Investering"),
    ("slides_net", "Netto over perioden"),
    ("slides_timeline", "Tidsplan: leverancer og gevinster"),
    ("slides_status", "Status"),
    ("slides_deliverables_status", "Leverancer"),
    ("slides_benefits_status", "Gevinsternes målestatus"),
    ("slides_status_not_given", "ikke angivet"),
    ("slides_decision", "Beslutning"),
    ("slides_decision_asked", "Styregruppen bedes beslutte:"),
    (
        "slides_no_decision",
        "Planen beder ikke styregruppen om en beslutning.",
    ),
    ("slides_more", "flere"),
    ("slides_owner", "Gevinstejer"),
    // --- end slides labels ---
    // --- follow-up labels ---
    ("fu_status_green", "I plan"),
    ("fu_status_amber", "Bagud"),
    ("fu_status_red", "Kritisk"),
    ("fu_no_status", "Ingen status endnu"),
    ("fu_as_of", "Status pr."),
    (
        "fu_bands",
        "Status sammenligner den seneste måling med det planlagte forløb: en ret linje fra baseline ved realiseringens start til målet ved dens slutning. Opnået er den andel af vejen fra baseline til mål, målingen er nået.",
    ),
    (
        "fu_band_green",
        "højst {green} procentpoint bagud for forløbet",
    ),
    (
        "fu_band_amber",
        "mere end {green} og højst {amber} procentpoint bagud",
    ),
    ("fu_band_red", "mere end {amber} procentpoint bagud"),
    (
        "fu_band_negative",
        "For en negativ gevinst er det en større forværring end planlagt, der tæller som bagud.",
    ),
    ("fu_col_date", "Dato"),
    ("fu_col_kind", "Måling"),
    ("fu_col_value", "Målt"),
    ("fu_col_planned", "Planlagt forløb"),
    ("fu_col_achievement", "Opnået"),
    ("fu_col_comment", "Bemærkning"),
    ("fu_realisation", "Realisering"),
    ("fu_latest", "Seneste måling"),
    ("fu_achievement", "Opnået af vejen til målet"),
    ("fu_planned_share", "Planlagt på datoen"),
    ("fu_chart_title", "målt mod planlagt forløb"),
    ("fu_chart_path", "Planlagt forløb"),
    ("fu_chart_measured", "Målt"),
    ("fu_chart_time", "Måned"),
    ("fu_chart_today", "I dag"),
    ("fu_alt_chart", "Kurvediagram:"),
    ("fu_alt_to", "til"),
    (
        "fu_no_chart_levels",
        "Intet diagram: baseline og gevinststørrelse er ikke begge tal.",
    ),
    (
        "fu_no_chart_dates",
        "Intet diagram: gevinsten mangler en start- eller slutdato for realisering.",
    ),
    ("fu_no_measurements", "Ingen målinger angivet."),
    ("fu_overdue", "Overskredne frister"),
    (
        "fu_overdue_intro",
        "Leverancer, der ikke er færdige, og forandringernes aktiviteter, der ikke er markeret som udført, med en frist før {today}.",
    ),
    ("fu_no_overdue", "Ingen frister er overskredet pr. {today}."),
    ("fu_col_item", "Leverance eller aktivitet"),
    ("fu_col_due", "Frist"),
    ("fu_col_days", "Dage over fristen"),
    ("fu_kind_deliverable", "Leverance"),
    ("fu_kind_activity", "Aktivitet i"),
    ("fu_operations", "Opfølgning i drift"),
    (
        "fu_operations_intro",
        "Sådan følges målene fra gevinstkortet, også når projektet er slut.",
    ),
    ("fu_col_goal", "Mål fra gevinstkortet"),
    ("fu_col_who", "Hvem følger målet?"),
    ("fu_col_how", "Hvordan måles eller følges det?"),
    ("fu_col_frequency", "Hvor ofte?"),
    ("fu_col_until", "Hvor længe?"),
    ("fu_col_effort", "Hvor ressource\u{AD}krævende?"),
    ("fu_col_requires", "Hvad kræves der?"),
    ("fu_effort_low", "Lav"),
    ("fu_effort_medium", "Mellem"),
    ("fu_effort_high", "Høj"),
    (
        "fu_no_operations",
        "Ingen mål har en opfølgning i drift angivet.",
    ),
    // --- end follow-up labels ---
    // --- one-pager labels ---
    ("op_kicker", "Til godkendelse i styregruppen"),
    ("op_decision", "Styregruppen bedes tage stilling til"),
    ("op_benefits", "De vigtigste gevinster"),
    ("op_col_owner", "Gevinstejer"),
    ("op_col_target", "Mål"),
    ("op_col_status", "Status for måling"),
    ("op_no_status", "Ikke angivet"),
    ("op_business_case", "Business case"),
    ("op_risks", "Væsentligste risici"),
    ("op_prerequisites", "Forudsætninger"),
    ("op_none", "Ikke angivet"),
    ("op_more", "flere"),
    (
        "op_benefits_order",
        "Hovedgevinster først, derefter umiddelbare og negative gevinster; inden for hver efter værdi i kroner og sikkerhed.",
    ),
    // --- end one-pager labels ---
];

/// The label table in English: the same keys as [`DA`], in the same order (a test checks).
const EN: &[(&str, &str)] = &[
    ("document_title", "Benefits realisation plan"),
    ("contents", "Contents"),
    ("page", "Page"),
    ("of", "of"),
    ("version", "Version"),
    ("date", "Date"),
    ("period", "Period"),
    ("organisation", "Organisation"),
    ("unit", "Unit"),
    ("purpose", "Purpose"),
    ("roles", "Roles"),
    ("project_manager", "Project manager"),
    (
        "project_manager_note",
        "temporary: responsible for the project's deliverables",
    ),
    ("benefit_owner", "Benefit owner"),
    (
        "benefit_owner_note",
        "permanent: decides on the total benefit",
    ),
    ("change_leader", "Change leader"),
    (
        "change_leader_note",
        "permanent: creates the benefits through change",
    ),
    ("summary", "Summary"),
    ("overview", "Overview"),
    ("count_goals", "Overall goals"),
    ("count_deliverables", "Deliverables"),
    ("count_changes", "Organisational changes"),
    ("count_benefits", "Benefits"),
    ("count_negative", "of which negative benefits"),
    ("goals", "Overall goals"),
    ("goal", "Goal"),
    ("served_by", "Served by"),
    ("realisation_plan", "Benefits realisation plan"),
    (
        "realisation_plan_intro",
        "One row per benefit. The changes and deliverables needed follow from the links of the benefit map; the deliverables are described under Deliverables.",
    ),
    ("col_title", "Benefit"),
    ("col_description", "Description"),
    ("col_unit", "Unit of measure"),
    ("col_target", "Target"),
    ("col_baseline", "Current level"),
    ("col_method", "Measurement method"),
    ("col_owner", "Benefit owner"),
    ("col_experienced_by", "Who experiences the benefit?"),
    ("col_changes", "Changes and activities needed"),
    ("col_start", "Start of realisation"),
    ("col_end", "End of realisation"),
    ("col_certainty", "How certain is the benefit?"),
    ("col_deliverables", "Deliverables needed"),
    ("col_prerequisites", "Other prerequisites"),
    ("col_value", "Value"),
    ("benefits", "Benefits"),
    (
        "benefits_intro",
        "The benefits with their justification and ownership.",
    ),
    ("col_justification", "Justification"),
    ("col_responsible", "Responsible"),
    ("col_leads_to", "Leads to"),
    ("col_goals", "Goals"),
    ("changes", "Organisational changes"),
    (
        "changes_intro",
        "The changes in daily operations that must happen for the benefits to be realised, with their activities.",
    ),
    ("col_change", "Change"),
    ("col_activity", "Activity (to do)"),
    ("col_when", "Date"),
    ("col_who", "Responsible"),
    ("col_needs", "Needs deliverables"),
    ("col_enables", "Enables benefits"),
    ("deliverables", "Deliverables"),
    (
        "deliverables_intro",
        "What the project itself delivers, with justification, responsibility, activities, schedule and status.",
    ),
    ("col_deliverable", "Deliverable"),
    ("col_activities", "Activities"),
    ("col_schedule", "Schedule"),
    ("col_status", "Status"),
    ("follow_up", "Benefits follow-up"),
    (
        "follow_up_intro",
        "The measurements of each benefit: baseline, midway and final measurement.",
    ),
    ("col_measurements", "Measurements"),
    ("col_measurement_status", "Measurement status"),
    ("none_given", "–"),
    ("no_activities", "No activities given."),
    ("negative", "negative"),
    ("assessment_title", "Assessment card"),
    (
        "assessment_intro",
        "An early look at the potential: should the idea become a project?",
    ),
    ("assessment_problem", "What is the problem or opportunity?"),
    ("assessment_today", "The situation today"),
    ("assessment_tomorrow", "The situation tomorrow"),
    (
        "assessment_benefits",
        "Potential benefits (and negative ones)",
    ),
    ("assessment_requirements", "Requirements and prerequisites"),
    ("assessment_none", "Not filled in"),
    ("assessment_more", "more"),
    ("logo", "Logo"),
    ("map_continued", "continued"),
    ("map_continues", "The map continues on the next page"),
    ("map_part", "part"),
    (
        "map_continued_alt",
        "The benefit map, continued from the previous page; the whole map is described on its first page.",
    ),
    (
        "map_alt_cut",
        "(the description is shortened; the realisation plan names every link)",
    ),
    ("negative_benefit", "Negative benefit"),
    ("immediate", "Immediate benefit"),
    ("main", "Main benefit"),
    ("no_changes", "No changes given."),
    ("no_deliverables", "No deliverables given."),
    ("no_benefits", "No benefits given."),
    ("no_goals", "No goals given."),
    ("to", "–"),
    ("benefit_map", "Benefit map"),
    ("map_deliverables", "Deliverables"),
    ("map_changes", "Organisational changes"),
    ("map_immediate", "Immediate benefits"),
    ("map_main", "Main benefits"),
    ("map_benefits", "Benefits"),
    ("map_goals", "Overall goals"),
    ("map_deliverable", "Deliverable"),
    ("map_change", "Organisational change"),
    ("map_benefit", "Benefit"),
    ("map_goal", "Overall goal"),
    ("map_arrow", "enables / leads to / serves"),
    (
        "map_not_drawn",
        "Links between benefits in the same column (shown as text, not as arrows):",
    ),
    ("map_links", "Arrows"),
    ("map_groups", "Employee groups who can do something new"),
    ("map_tasks", "Tasks performed in a new way"),
    ("map_purpose", "The project's purpose"),
    ("map_purpose_goals", "The project's purpose and goals"),
    ("map_technical", "Technical deliverable"),
    ("map_change_deliverable", "Change deliverable"),
    ("map_group", "Employee group"),
    ("map_task", "Task"),
    ("timeline", "Overall benefits plan"),
    (
        "timeline_intro",
        "Deliverables, organisational changes and the benefits' realisation periods month by month over the plan's period; the measurements are shown as symbols.",
    ),
    (
        "timeline_summary",
        "Timeline with one row per deliverable, change and benefit. Each row gives its dates and shows the period as a bar on a month scale; the benefits' measurements are symbols, and their dates are listed under Benefits follow-up.",
    ),
    ("timeline_item", "Deliverable, change or benefit"),
    ("timeline_months", "Month"),
    (
        "timeline_project_responsibility",
        "Project management's responsibility",
    ),
    (
        "timeline_line_responsibility",
        "Line management's responsibility",
    ),
    ("timeline_no_dates", "no dates"),
    ("timeline_from", "from"),
    ("timeline_until", "until"),
    ("timeline_cut", "continues outside the period"),
    ("timeline_realisation", "The benefit's realisation period"),
    ("timeline_legend", "Legend"),
    ("today", "Today"),
    ("business_case", "Business case"),
    ("bc_title", "Business case"),
    (
        "bc_intro",
        "Appendix: benefits and costs year by year, payback, net present value and sensitivity.",
    ),
    ("bc_amounts_in", "Amounts in"),
    ("bc_price_level", "Price level"),
    ("bc_price_level_in_text", "price level"),
    (
        "bc_legend_positive",
        "Signs: benefits and costs are shown as positive amounts; the balance is benefits minus costs, so a negative balance is a deficit.",
    ),
    (
        "bc_legend_negative",
        "Signs: negative amounts are savings and benefits, positive amounts are expenses; the balance is costs minus benefits, so a negative balance is a surplus.",
    ),
    (
        "bc_separate_note",
        "Budget savings (money taken out of a budget) and freed time valued in DKK (efficiency that becomes money only when a budget is reduced) are on separate rows. Rates per person and per hour are in whole DKK. Totals are summed from unrounded figures and rounded once, so they can differ from the sum of the figures shown.",
    ),
    ("bc_unit_kr", "DKK"),
    ("bc_unit_tkr", "DKK 1,000"),
    ("bc_unit_people", "number"),
    ("bc_unit_minutes", "min./day"),
    ("bc_unit_days", "days"),
    ("bc_unit_hours", "hours"),
    ("bc_drivers", "Drivers"),
    ("bc_target_group", "People in the target group"),
    ("bc_new_people", "New people in the year"),
    (
        "bc_minutes_total",
        "Minutes saved per day per person in total",
    ),
    ("bc_days_per_year", "Days per year"),
    ("bc_hours_per_person", "Hours per person per year"),
    ("bc_hours_all", "Hours, all people"),
    ("bc_hourly_wage", "Hourly wage incl. pension"),
    ("bc_effective_share", "Effective share of paid time"),
    ("bc_kr_per_effective_hour", "DKK per effective hour"),
    ("bc_gain_per_person", "Benefit per person"),
    ("bc_freed_time_of", "Freed time"),
    ("bc_gains", "Benefits"),
    ("bc_category_budget", "budget saving"),
    ("bc_category_freed", "freed time valued in DKK"),
    ("bc_budget_savings", "Budget savings in total"),
    (
        "bc_freed_time",
        "Freed time valued in DKK in total (not a budget reduction)",
    ),
    ("bc_gains_nothing", "Benefits in total (no benefit lines)"),
    ("bc_gains_budget", "Benefits in total: budget savings"),
    (
        "bc_gains_freed",
        "Benefits in total: freed time valued in DKK (not a budget reduction)",
    ),
    (
        "bc_gains_both",
        "Benefits in total: budget savings + freed time valued in DKK",
    ),
    ("bc_costs", "Costs"),
    ("bc_kind_investment", "Investments"),
    ("bc_kind_operation", "Operation and maintenance"),
    ("bc_kind_project", "Project expenses"),
    ("bc_kind_other", "Other costs"),
    ("bc_per_new_person", "per new person"),
    ("bc_per_person", "per person in the target group"),
    ("bc_price_total", "Price in total"),
    ("bc_in_all", "in total"),
    ("bc_total_costs", "Costs in total"),
    ("bc_result", "Result"),
    ("bc_balance_positive", "Balance (benefits − costs)"),
    ("bc_balance_negative", "Balance (costs − benefits)"),
    ("bc_cumulative", "Cumulative balance"),
    ("bc_key_figures", "Key figures"),
    ("bc_payback", "Payback"),
    ("bc_payback_into_year", "years into the year"),
    ("bc_payback_at_start", "from the start of the period"),
    ("bc_no_payback", "None within the period"),
    (
        "bc_payback_note",
        "The year in which the cumulative balance becomes and stays positive for the project; each year's balance is assumed to accrue evenly over the year.",
    ),
    ("bc_npv", "Net present value at"),
    ("bc_npv_note_before", "The first year,"),
    (
        "bc_npv_note_after",
        "is year 0 and is not discounted; each following year is discounted one more year.",
    ),
    ("bc_per_year", "p.a."),
    ("bc_year_table", "Benefits and costs year by year"),
    ("bc_item", "Item"),
    ("bc_unit", "Unit"),
    ("bc_total", "Total"),
    ("bc_charts", "Charts"),
    ("bc_year", "Year"),
    ("bc_chart_costs_title", "Costs and benefits per year"),
    (
        "bc_chart_costs_note",
        "Benefits and costs are both shown as positive amounts.",
    ),
    ("bc_chart_cumulative_title", "Cumulative balance"),
    (
        "bc_chart_cumulative_series",
        "Cumulative balance at the end of the year",
    ),
    (
        "bc_chart_cumulative_note",
        "The line starts at 0 at the start of the period; the triangle marks the payback point.",
    ),
    ("bc_alt_costs_chart", "Bar chart:"),
    ("bc_alt_line_chart", "Line chart:"),
    ("bc_alt_gains", "benefits"),
    ("bc_alt_costs", "costs"),
    ("bc_sensitivity", "Sensitivity analysis"),
    (
        "bc_sensitivity_intro",
        "The benefits realised at 50, 75 and 100%, and the costs 20% higher than planned; benefits and costs are scaled year by year.",
    ),
    ("bc_scenario", "Scenario"),
    ("bc_scenario_gains", "Benefits realised"),
    ("bc_scenario_costs", "Costs"),
    ("bc_col_gains", "Benefits in total"),
    ("bc_col_costs", "Costs in total"),
    ("bc_col_net", "Balance"),
    ("bc_gains_are", "Benefits"),
    ("bc_assumptions", "Assumptions and sources"),
    ("bc_assumption", "Assumption"),
    ("bc_value", "Value"),
    ("bc_source", "Source"),
    ("bc_discount_rate", "Discount rate"),
    (
        "bc_rate_default_source",
        "The Danish Ministry of Finance's discount rate for years 0–35 (default)",
    ),
    ("bc_in_year", "in"),
    ("bc_indexed", "indexed"),
    ("bc_non_economic", "Non-economic benefits"),
    (
        "bc_non_economic_intro",
        "Benefits that are not stated in DKK and are not included in the amounts above.",
    ),
    ("keywords", "benefits realisation"),
    ("status_proposed", "Proposed"),
    ("status_started", "Started"),
    ("status_done", "Done"),
    ("certainty_low", "Low"),
    ("certainty_medium", "Medium"),
    ("certainty_high", "High"),
    ("measurement_baseline", "Baseline"),
    ("measurement_midway", "Midway measurement"),
    ("measurement_final", "Final measurement"),
    ("measurement_prepared", "Prepared"),
    ("measurement_in_development", "In development"),
    ("measurement_running", "Running"),
    // --- slides labels ---
    ("slides", "Presentation for the steering group"),
    ("slides_purpose_goals", "Purpose and goals"),
    ("slides_no_purpose", "The plan states no purpose yet."),
    (
        "slides_map_reduced",
        "The map is shown reduced; see the benefit map in the plan.",
    ),
    ("slides_key_benefits", "Key benefits"),
    ("slides_business_case", "Business case"),
    ("slides_investment", "Investment"),
    ("slides_net", "Net over the period"),
    ("slides_timeline", "Timeline: deliverables and benefits"),
    ("slides_status", "Status"),
    ("slides_deliverables_status", "Deliverables"),
    ("slides_benefits_status", "Benefits' measurement status"),
    ("slides_status_not_given", "not given"),
    ("slides_decision", "Decision"),
    (
        "slides_decision_asked",
        "The steering group is asked to decide:",
    ),
    (
        "slides_no_decision",
        "The plan asks the steering group for no decision.",
    ),
    ("slides_more", "more"),
    ("slides_owner", "Benefit owner"),
    // --- end slides labels ---
    // --- follow-up labels ---
    ("fu_status_green", "On track"),
    ("fu_status_amber", "Behind"),
    ("fu_status_red", "Critical"),
    ("fu_no_status", "No status yet"),
    ("fu_as_of", "Status as of"),
    (
        "fu_bands",
        "The status compares the latest measurement with the planned path: a straight line from the baseline at the start of realisation to the target at its end. Achieved is the share of the way from baseline to target the measurement has come.",
    ),
    (
        "fu_band_green",
        "at most {green} percentage points behind the path",
    ),
    (
        "fu_band_amber",
        "more than {green} and at most {amber} percentage points behind",
    ),
    ("fu_band_red", "more than {amber} percentage points behind"),
    (
        "fu_band_negative",
        "For a negative benefit, a worsening larger than planned counts as behind.",
    ),
    ("fu_col_date", "Date"),
    ("fu_col_kind", "Measurement"),
    ("fu_col_value", "Measured"),
    ("fu_col_planned", "Planned path"),
    ("fu_col_achievement", "Achieved"),
    ("fu_col_comment", "Comment"),
    ("fu_realisation", "Realisation"),
    ("fu_latest", "Latest measurement"),
    ("fu_achievement", "Share of the way to the target"),
    ("fu_planned_share", "Planned at that date"),
    ("fu_chart_title", "measured against the planned path"),
    ("fu_chart_path", "Planned path"),
    ("fu_chart_measured", "Measured"),
    ("fu_chart_time", "Month"),
    ("fu_chart_today", "Today"),
    ("fu_alt_chart", "Line chart:"),
    ("fu_alt_to", "to"),
    (
        "fu_no_chart_levels",
        "No chart: the baseline and the target are not both numbers.",
    ),
    (
        "fu_no_chart_dates",
        "No chart: the benefit lacks a start or end date of realisation.",
    ),
    ("fu_no_measurements", "No measurements given."),
    ("fu_overdue", "Overdue"),
    (
        "fu_overdue_intro",
        "Deliverables that are not done, and the changes' activities not marked as done, due before {today}.",
    ),
    ("fu_no_overdue", "Nothing is overdue as of {today}."),
    ("fu_col_item", "Deliverable or activity"),
    ("fu_col_due", "Due"),
    ("fu_col_days", "Days overdue"),
    ("fu_kind_deliverable", "Deliverable"),
    ("fu_kind_activity", "Activity of"),
    ("fu_operations", "Follow-up in operations"),
    (
        "fu_operations_intro",
        "How the goals of the benefit map are followed, also once the project has ended.",
    ),
    ("fu_col_goal", "Goal from the benefit map"),
    ("fu_col_who", "Who follows the goal?"),
    ("fu_col_how", "How is it measured or followed?"),
    ("fu_col_frequency", "How often?"),
    ("fu_col_until", "Until when?"),
    ("fu_col_effort", "How resource-demanding?"),
    ("fu_col_requires", "What does it require?"),
    ("fu_effort_low", "Low"),
    ("fu_effort_medium", "Medium"),
    ("fu_effort_high", "High"),
    ("fu_no_operations", "No goal has a follow-up in operations."),
    // --- end follow-up labels ---
    // --- one-pager labels ---
    ("op_kicker", "For approval by the steering group"),
    ("op_decision", "The steering group is asked to decide"),
    ("op_benefits", "Key benefits"),
    ("op_col_owner", "Benefit owner"),
    ("op_col_target", "Target"),
    ("op_col_status", "Measurement status"),
    ("op_no_status", "Not stated"),
    ("op_business_case", "Business case"),
    ("op_risks", "Key risks"),
    ("op_prerequisites", "Prerequisites"),
    ("op_none", "None stated"),
    ("op_more", "more"),
    (
        "op_benefits_order",
        "Main benefits first, then immediate and negative benefits; within each by value in DKK and certainty.",
    ),
    // --- end one-pager labels ---
];

/// English month names, January first.
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
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
            Lang::En => "en",
        }
    }

    /// The label table of this language.
    fn table(self) -> &'static [(&'static str, &'static str)] {
        match self.lang {
            Lang::Da => DA,
            Lang::En => EN,
        }
    }

    /// The whole label table, for templates.
    pub fn labels(self) -> BTreeMap<&'static str, &'static str> {
        self.table().iter().copied().collect()
    }

    /// One label. Unknown keys are a programming error caught by the tests.
    pub fn label(self, key: &str) -> &'static str {
        self.table()
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("?", |(_, v)| v)
    }

    /// A date as the language writes it: "4. april 2017" or "4 April 2017", and
    /// "april 2017" or "April 2017" for a month.
    pub fn date(self, date: Date) -> String {
        let index = usize::from(date.month - 1);
        let (month, day_mark) = match self.lang {
            Lang::Da => (MONTHS_DA[index], "."),
            Lang::En => (MONTHS_EN[index], ""),
        };
        match date.day {
            Some(day) => format!("{day}{day_mark} {month} {}", date.year),
            None => format!("{month} {}", date.year),
        }
    }

    /// The month names of the language, January first.
    fn months(self) -> &'static [&'static str; 12] {
        match self.lang {
            Lang::Da => &MONTHS_DA,
            Lang::En => &MONTHS_EN,
        }
    }

    /// A month's initial, capitalised, for a timeline's axis: "M" for marts.
    pub fn month_letter(self, month: u8) -> String {
        let name = self.months()[usize::from(month.clamp(1, 12) - 1)];
        name.chars()
            .next()
            .map_or_else(String::new, |c| c.to_uppercase().collect())
    }

    /// A month on a timeline's axis as the seed writes it: initial and two-digit year,
    /// "M-17" for March 2017.
    pub fn month_mark(self, year: i32, month: u8) -> String {
        format!("{}-{:02}", self.month_letter(month), year.rem_euclid(100))
    }

    /// A month on a chart's axis, where labels a few months apart must not repeat: the
    /// name's first three letters and the two-digit year, "jan. 18" or "Jan 18".
    pub fn month_short(self, year: i32, month: u8) -> String {
        let name = self.months()[usize::from(month.clamp(1, 12) - 1)];
        let short: String = name.chars().take(3).collect();
        let dot = if self.lang == Lang::Da && name.chars().count() > 3 {
            "."
        } else {
            ""
        };
        format!("{short}{dot} {:02}", year.rem_euclid(100))
    }

    /// A number with the language's separators: 1.052.890 and 85,17 in Danish, 1,052,890
    /// and 85.17 in English. `decimals` is the most decimals shown; trailing zeros are
    /// dropped.
    pub fn number(self, value: f64, decimals: usize) -> String {
        let (thousands, decimal) = self.separators();
        format_number(value, decimals, thousands, decimal)
    }

    /// The decimal mark: ',' in Danish, '.' in English.
    pub fn decimal_mark(self) -> char {
        self.separators().1
    }

    /// A percentage of a number already formatted: "60 %" in Danish, "60%" in English.
    pub fn percent(self, number: &str) -> String {
        match self.lang {
            Lang::Da => format!("{number} %"),
            Lang::En => format!("{number}%"),
        }
    }

    /// The thousands separator and the decimal mark.
    fn separators(self) -> (char, char) {
        match self.lang {
            Lang::Da => ('.', ','),
            Lang::En => (',', '.'),
        }
    }

    /// A deliverable's status word.
    pub fn deliverable_status(self, status: DeliverableStatus) -> &'static str {
        self.label(match status {
            DeliverableStatus::Proposed => "status_proposed",
            DeliverableStatus::Started => "status_started",
            DeliverableStatus::Done => "status_done",
        })
    }

    /// How certain a benefit is, in words.
    pub fn certainty(self, certainty: Certainty) -> &'static str {
        self.label(match certainty {
            Certainty::Low => "certainty_low",
            Certainty::Medium => "certainty_medium",
            Certainty::High => "certainty_high",
        })
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
        self.label(match kind {
            MeasurementKind::Baseline => "measurement_baseline",
            MeasurementKind::Midway => "measurement_midway",
            MeasurementKind::Final => "measurement_final",
        })
    }

    /// How resource-demanding a goal's follow-up in operations is: lav, mellem, høj.
    pub fn effort(self, effort: Effort) -> &'static str {
        self.label(match effort {
            Effort::Low => "fu_effort_low",
            Effort::Medium => "fu_effort_medium",
            Effort::High => "fu_effort_high",
        })
    }

    /// Where a benefit's measuring stands.
    pub fn measurement_status(self, status: MeasurementStatus) -> &'static str {
        self.label(match status {
            MeasurementStatus::Prepared => "measurement_prepared",
            MeasurementStatus::InDevelopment => "measurement_in_development",
            MeasurementStatus::Running => "measurement_running",
        })
    }
}

/// Formats with `thousands` between groups of three digits and `decimal` before decimals,
/// rounding half away from zero.
fn format_number(value: f64, decimals: usize, thousands: char, decimal: char) -> String {
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
            grouped.push(thousands);
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
        format!("{sign}{grouped}{decimal}{fraction}")
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
    fn english_numbers_and_dates() {
        let t = Texts::new(Lang::En);
        assert_eq!(t.number(1_052_890.5, 2), "1,052,890.5");
        assert_eq!(t.number(-182_600.0, 0), "-182,600");
        assert_eq!(t.date(Date::parse("2017-04-04").unwrap()), "4 April 2017");
        assert_eq!(t.date(Date::parse("2018-06").unwrap()), "June 2018");
        assert_eq!(t.percent("3.5"), "3.5%");
        assert_eq!(Texts::new(Lang::Da).percent("3,5"), "3,5 %");
    }

    /// A label missing in one language fails here, not as a "?" in a document.
    #[test]
    fn every_language_has_every_label() {
        let da: Vec<&str> = DA.iter().map(|(k, _)| *k).collect();
        let en: Vec<&str> = EN.iter().map(|(k, _)| *k).collect();
        let missing_en: Vec<&&str> = da.iter().filter(|k| !en.contains(k)).collect();
        let missing_da: Vec<&&str> = en.iter().filter(|k| !da.contains(k)).collect();
        assert!(
            missing_en.is_empty() && missing_da.is_empty(),
            "labels without an English text: {missing_en:?}; without a Danish text: {missing_da:?}"
        );
        assert_eq!(da.len(), en.len(), "a key is listed twice in one table");
    }

    #[test]
    fn labels_are_unique() {
        for table in [DA, EN] {
            let mut keys: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
            keys.sort_unstable();
            let count = keys.len();
            keys.dedup();
            assert_eq!(keys.len(), count);
        }
    }
}
