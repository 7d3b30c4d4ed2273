//! The assessment card (vurderingskort): an idea on one landscape page, in the seed's five
//! columns: the problem or opportunity, the situation today, the situation tomorrow, the
//! potential benefits (and negative ones), and the requirements for a solution.
//!
//! The card is always one page. Its text is measured here with the embedded font (see
//! [`crate::measure`]), the largest type size from [`SIZES`] at which every column fits is
//! chosen, and only when even the smallest does not fit are a column's last points left out,
//! visibly ("+3 flere") and with a warning.

use serde_json::{Value, json};

use crate::documents::View;
use crate::measure::Measure;
use crate::model::Model;
use crate::plan::Assessment;

/// The body sizes tried, largest first, in points. The smallest is the house minimum for
/// running text on a printed page.
pub const SIZES: [f64; 6] = [12.0, 11.0, 10.0, 9.5, 9.0, 8.5];

/// Leading between lines, in em, as `templates/assessment.typ` sets it.
const LEADING: f64 = 0.5;
/// Space between two points of a column, in em, as the template sets it.
const GAP: f64 = 0.7;
/// Width of a column's text, in points: A4 landscape (841.9 pt) less 2 × 15 mm margins,
/// four 8 pt gutters between the five columns and 2 × 7 pt inset inside each.
const COLUMN_WIDTH: f64 = (841.89 - 2.0 * 42.52 - 4.0 * 8.0) / 5.0 - 14.0;
/// Height a column's points may fill, in points: the page (595.3 pt) less the top and bottom
/// margins (22 + 20 mm), the title block (66 pt: the 16 pt heading of at most two lines and
/// its space, one line naming the organisation, the introduction), the gap above the
/// columns (8 pt), the column heading (34 pt) and the column's insets (2 × 7 pt).
const COLUMN_HEIGHT: f64 = 595.28 - 62.36 - 56.69 - 66.0 - 8.0 - 34.0 - 14.0;
/// Width of the page's text, in points: A4 landscape less 2 × 15 mm margins.
const TEXT_WIDTH: f64 = 841.89 - 2.0 * 42.52;
/// Room kept beside the title for the logo (40 mm wide) and a gap, in points.
const LOGO_ROOM: f64 = 130.0;
/// Width of a point's bullet and its gap, in em.
const BULLET: f64 = 1.0;

/// A break opportunity Typst takes and the reader does not see.
const BREAK: char = '\u{200B}';

/// One column of the card, before it is laid out.
struct Column {
    key: &'static str,
    /// The points, each with whether it is a negative benefit: the benefits column holds
    /// the negative benefits after the others.
    points: Vec<(String, bool)>,
}

impl Column {
    /// The `n` points shown when the column is cut to `n`: its first `n`, except that a cut
    /// benefits column keeps its negative benefits in proportion, at least one, so the
    /// idea's costs never vanish from the card.
    fn pick(&self, n: usize) -> Vec<&(String, bool)> {
        let negatives = self.points.iter().filter(|(_, negative)| *negative).count();
        let positives = self.points.len() - negatives;
        if n >= self.points.len() || negatives == 0 || positives == 0 {
            return self.points.iter().take(n).collect();
        }
        let keep = ((n * negatives) as f64 / self.points.len() as f64).round() as usize;
        let keep = keep.clamp(1, negatives).min(n);
        // The others, and more negative ones if there are too few others.
        let others = (n - keep).min(positives);
        self.points[..others]
            .iter()
            .chain(self.points[positives..].iter().take(n - others))
            .collect()
    }
}

/// `text` with a [`BREAK`] inside every word too wide for a column at the largest size,
/// so that Typst can wrap it instead of letting it run into the next column.
fn breakable(measure: &Measure, text: &str) -> String {
    let size = SIZES[0];
    let width = COLUMN_WIDTH - BULLET * size;
    text.split(' ')
        .map(|word| {
            if measure.width(word, size) <= width {
                return word.to_string();
            }
            let mut out = String::new();
            let mut chunk = String::new();
            for c in word.chars() {
                chunk.push(c);
                if measure.width(&chunk, size) > width * 0.9 {
                    out.push_str(&chunk);
                    out.push(BREAK);
                    chunk.clear();
                }
            }
            out.push_str(&chunk);
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The card's columns in the seed's order, without blank points.
fn columns(assessment: &Assessment) -> Vec<Column> {
    let measure = Measure::sans(400);
    let plain = |points: &[String], negative: bool| -> Vec<(String, bool)> {
        points
            .iter()
            .filter(|p| !p.trim().is_empty())
            .map(|p| (breakable(&measure, p.trim()), negative))
            .collect()
    };
    let mut benefits = plain(&assessment.benefits, false);
    benefits.extend(plain(&assessment.negative_benefits, true));
    vec![
        Column {
            key: "assessment_problem",
            points: plain(std::slice::from_ref(&assessment.problem), false),
        },
        Column {
            key: "assessment_today",
            points: plain(&assessment.today, false),
        },
        Column {
            key: "assessment_tomorrow",
            points: plain(&assessment.tomorrow, false),
        },
        Column {
            key: "assessment_benefits",
            points: benefits,
        },
        Column {
            key: "assessment_requirements",
            points: plain(&assessment.requirements, false),
        },
    ]
}

/// The height in points of a column's points at `size`: each line a capital's height (as
/// Typst measures a line) and the leading between lines, the gap between points.
fn height(measure: &Measure, points: &[&(String, bool)], size: f64, negative_mark: f64) -> f64 {
    points
        .iter()
        .map(|(text, negative)| {
            let lead = if *negative { negative_mark } else { 0.0 };
            let text = text.replace(BREAK, " ");
            let lines = measure.lines(lead, &text, size, COLUMN_WIDTH - BULLET * size) as f64;
            lines * measure.cap_height(size) + (lines - 1.0) * LEADING * size + GAP * size
        })
        .sum()
}

/// How the card is laid out: the type size and how many points of each column are shown.
#[derive(Debug, PartialEq)]
struct Fit {
    size: f64,
    shown: Vec<usize>,
}

/// The largest size at which every column fits; at the smallest size, as many points of
/// each column as fit (at least one, cut to what fits if it is alone too long).
fn fit(columns: &[Column], negative_word: &str) -> Fit {
    let measure = Measure::sans(400);
    let mark = |size: f64| measure.width(negative_word, size) + 0.6 * size;
    for size in SIZES {
        if columns
            .iter()
            .all(|c| height(&measure, &c.pick(c.points.len()), size, mark(size)) <= COLUMN_HEIGHT)
        {
            return Fit {
                size,
                shown: columns.iter().map(|c| c.points.len()).collect(),
            };
        }
    }
    let size = SIZES[SIZES.len() - 1];
    // Room for the "+N" line that replaces the points left out.
    let room = COLUMN_HEIGHT - 1.5 * size;
    let shown = columns
        .iter()
        .map(|c| {
            if height(&measure, &c.pick(c.points.len()), size, mark(size)) <= COLUMN_HEIGHT {
                return c.points.len();
            }
            (1..=c.points.len())
                .take_while(|&n| height(&measure, &c.pick(n), size, mark(size)) <= room)
                .last()
                .unwrap_or(1)
        })
        .collect();
    Fit { size, shown }
}

/// The lines a single point may fill at `size`: what fills a column alone.
fn column_lines(size: f64) -> usize {
    let measure = Measure::sans(400);
    (COLUMN_HEIGHT / (measure.cap_height(size) + LEADING * size)).floor() as usize - 2
}

/// `text` as it fits in `max_lines` lines of `width` at `size` in `measure`'s face: whole, or
/// cut after a word and ended with an ellipsis.
fn clamp(measure: &Measure, text: &str, size: f64, width: f64, max_lines: usize) -> String {
    if measure.lines(0.0, &text.replace(BREAK, " "), size, width) <= max_lines {
        return text.to_string();
    }
    // A break inside a word is a place to cut too; it is kept without a space after it.
    let spaced = text.replace(BREAK, &format!("{BREAK} "));
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // The longest prefix of words that fits with the ellipsis, found by bisection.
    let fits = |n: usize| {
        let candidate = format!("{} …", words[..n].join(" "));
        measure.lines(0.0, &candidate, size, width) <= max_lines
    };
    let (mut lo, mut hi) = (1, words.len());
    while lo + 1 < hi {
        let mid = (lo + hi) / 2;
        if fits(mid) { lo = mid } else { hi = mid }
    }
    format!("{} …", words[..lo].join(" ")).replace(&format!("{BREAK} "), &BREAK.to_string())
}

/// The assessment card's view; the warnings say what was left out to keep it on one page.
pub fn view(model: &Model) -> View {
    let Some(assessment) = &model.plan.assessment else {
        return json!(null).into();
    };
    let t = model.texts;
    let columns = columns(assessment);
    let fit = fit(&columns, t.label("negative"));
    let mut warnings = Vec::new();
    let data: Vec<Value> = columns
        .iter()
        .zip(&fit.shown)
        .map(|(column, &shown)| {
            let left_out = column.points.len() - shown;
            if left_out > 0 {
                warnings.push(format!(
                    "W702: the assessment card's column \"{}\" does not fit on its page: {left_out} of its points are left out (shorten them)",
                    t.label(column.key)
                ));
            }
            let points: Vec<Value> = column
                .pick(shown)
                .into_iter()
                .map(|(text, negative)| {
                    let text = if left_out > 0 || shown == 1 {
                        clamp(
                            &Measure::sans(400),
                            text,
                            fit.size,
                            COLUMN_WIDTH - BULLET * fit.size,
                            column_lines(fit.size),
                        )
                    } else {
                        text.to_string()
                    };
                    if text.ends_with(" …") && left_out == 0 {
                        warnings.push(format!(
                            "W702: the assessment card's column \"{}\" does not fit on its page: its text is cut short (shorten it)",
                            t.label(column.key)
                        ));
                    }
                    json!({ "text": text, "negative": negative })
                })
                .collect();
            json!({
                "title": t.label(column.key),
                // The problem is prose, the other columns lists of points.
                "bullets": column.key != "assessment_problem",
                "kind": if column.key == "assessment_benefits" { "benefit" } else { "plain" },
                "points": points,
                "more": (left_out > 0).then(|| format!("+{left_out} {}", t.label("assessment_more"))),
            })
        })
        .collect();
    // The title block keeps to the two lines of heading and one line below it the columns'
    // height allows for.
    let project = &model.plan.project;
    let logo_room = if model.logo.is_some() { LOGO_ROOM } else { 0.0 };
    let title = clamp(
        &Measure::sans(600),
        &format!("{}: {}", t.label("assessment_title"), project.title),
        16.0,
        TEXT_WIDTH - logo_room,
        2,
    );
    let about: Vec<String> = [&project.subtitle, &project.organisation, &project.unit]
        .into_iter()
        .flatten()
        .cloned()
        .chain(project.date.map(|d| t.date(d)))
        .collect();
    let about = clamp(
        &Measure::sans(400),
        &about.join(" · "),
        10.0,
        TEXT_WIDTH - logo_room,
        1,
    );
    if title.ends_with(" …") || about.ends_with(" …") {
        warnings.push(
            "W702: the assessment card's title or the line under it does not fit: it is cut short (shorten the project's title or subtitle)".into(),
        );
    }
    View {
        data: json!({
            "heading": title,
            "logo": super::logo_path(model),
            "logo_alt": super::logo_alt(model),
            "logo_room": logo_room,
            "about": (!about.is_empty()).then_some(about),
            "size": fit.size,
            "leading": LEADING,
            "gap": GAP,
            "columns": data,
        }),
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(points: usize, words: usize) -> Assessment {
        let point = vec!["ord"; words].join(" ");
        Assessment {
            problem: "Borgerne glemmer deres aftaler.".into(),
            today: vec![point.clone(); points],
            tomorrow: vec!["Færre udeblivelser".into()],
            benefits: vec!["Sparet kørsel".into()],
            negative_benefits: vec!["Tid til at sende beskeder".into()],
            requirements: vec![],
        }
    }

    #[test]
    fn a_cut_benefits_column_keeps_its_negative_benefits_in_proportion() {
        let column = Column {
            key: "assessment_benefits",
            points: (0..15)
                .map(|i| (format!("G{i}"), false))
                .chain((0..10).map(|i| (format!("NG{i}"), true)))
                .collect(),
        };
        let names = |n| {
            column
                .pick(n)
                .iter()
                .map(|p| p.0.clone())
                .collect::<Vec<_>>()
        };
        // 10 of 25: 10 × 10 / 25 = 4 negative, 6 others.
        assert_eq!(
            names(10),
            [
                "G0", "G1", "G2", "G3", "G4", "G5", "NG0", "NG1", "NG2", "NG3"
            ]
        );
        // 2 of 25: 0,8 rounds to 1, and at least one negative is always kept.
        assert_eq!(names(2), ["G0", "NG0"]);
        assert_eq!(column.pick(25).len(), 25);
    }

    #[test]
    fn blank_points_are_dropped_and_long_words_get_breaks() {
        let assessment = Assessment {
            problem: "  ".into(),
            today: vec!["".into(), "Et_meget_langt_ord_uden_mellemrum_".repeat(8)],
            tomorrow: vec![],
            benefits: vec![],
            negative_benefits: vec![],
            requirements: vec![],
        };
        let columns = columns(&assessment);
        assert!(columns[0].points.is_empty());
        assert_eq!(columns[1].points.len(), 1);
        let point = &columns[1].points[0].0;
        assert!(point.contains(BREAK));
        assert_eq!(
            point.replace(BREAK, ""),
            "Et_meget_langt_ord_uden_mellemrum_".repeat(8)
        );
        // Every piece between breaks fits a column at the largest size.
        let measure = Measure::sans(400);
        for piece in point.split(BREAK) {
            assert!(measure.width(piece, SIZES[0]) <= COLUMN_WIDTH - BULLET * SIZES[0]);
        }
    }

    #[test]
    fn a_short_card_gets_the_largest_type_and_every_point() {
        let assessment = card(3, 4);
        let fit = fit(&columns(&assessment), "negativ");
        assert_eq!(fit.size, SIZES[0]);
        assert_eq!(fit.shown, vec![1, 3, 1, 2, 0]);
    }

    #[test]
    fn a_longer_card_gets_smaller_type_before_anything_is_left_out() {
        // Six points of 30 words: "ord" is about 1.44 em wide, so at 12 pt a column line of
        // 118 pt holds five, each point takes six lines, and the 36 lines of about 14 pt (cap
        // height and leading) are some 500 pt, more than the column's 354 pt. At 8.5 pt a
        // line holds eight: 24 lines of about 10 pt fit.
        let assessment = card(6, 30);
        let fit = fit(&columns(&assessment), "negativ");
        assert!(fit.size < SIZES[0], "size {}", fit.size);
        assert_eq!(fit.shown[1], 6);
    }

    #[test]
    fn a_card_too_long_for_the_smallest_type_leaves_points_out() {
        let assessment = card(80, 12);
        let fit = fit(&columns(&assessment), "negativ");
        assert_eq!(fit.size, SIZES[SIZES.len() - 1]);
        assert!(fit.shown[1] < 80 && fit.shown[1] > 5, "{:?}", fit.shown);
        assert_eq!(fit.shown[2..], [1, 2, 0]);
    }

    #[test]
    fn a_text_longer_than_its_lines_is_cut_after_a_word_with_an_ellipsis() {
        let measure = Measure::sans(400);
        // A line exactly as wide as three words and the ellipsis holds those and no more.
        let width = measure.width("ord ord ord …", 10.0);
        let long = vec!["ord"; 2000].join(" ");
        assert_eq!(clamp(&measure, &long, 10.0, width, 1), "ord ord ord …");
        // Two such lines hold three words, then three more and the ellipsis: a fourth word
        // does not fit on the first line, as "ord" is wider than "…".
        assert!(measure.width("ord", 10.0) > measure.width("…", 10.0));
        assert_eq!(
            clamp(&measure, &long, 10.0, width, 2),
            "ord ord ord ord ord ord …"
        );
        assert_eq!(clamp(&measure, "Kort", 8.5, width, 1), "Kort");
    }
}
