//! Charts drawn with plotters as SVG, for documents to place with Typst's `image`.
//!
//! The charts are sized for the full text width of an A4 page (174 mm): at that width one SVG
//! pixel is about 0.55 pt, so the smallest text (18 px) prints at about 10 pt. Text is set in
//! "Source Sans 3", which the Typst world embeds. Series differ in lightness and in pattern or
//! marker, not only in hue, so that a greyscale print keeps them apart, and each has a
//! legend entry. Numbers on the axes come formatted by the caller (Danish format).

use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The SVG's width in pixels.
const WIDTH: u32 = 900;
/// The SVG's height in pixels.
const HEIGHT: u32 = 500;
/// The font every text in a chart is set in, quoted: plotters writes the family into the SVG
/// as given, and unquoted a CSS family name may not contain a word that starts with a digit,
/// so Typst's SVG reader would drop "Source Sans 3" and fall back to the surrounding font.
const FONT: &str = "'Source Sans 3'";
/// Plotters writes a font size of `size / 1.24` into the SVG; these are chosen so that the
/// SVG says 18 px for labels and 22 px for the title.
const LABEL_SIZE: f64 = 18.0 * 1.24;
/// The title's size, see [`LABEL_SIZE`].
const TITLE_SIZE: f64 = 22.0 * 1.24;

/// Near-black for text, axes and outlines.
const INK: RGBColor = RGBColor(0x20, 0x20, 0x20);
/// Dark blue: costs, and the cumulative balance line.
const DARK: RGBColor = RGBColor(0x1c, 0x45, 0x87);
/// Light blue: gains, drawn with a dark outline and stripes.
const LIGHT: RGBColor = RGBColor(0xb4, 0xd2, 0xee);
/// Light grey for grid lines.
const GRID: RGBColor = RGBColor(0xd0, 0xd0, 0xd0);

/// The words of a chart: its title, the axes' descriptions and the series' names.
#[derive(Debug, Clone)]
pub struct Labels {
    /// The chart's title, drawn at the top.
    pub title: String,
    /// What the x axis shows, e.g. "År".
    pub x_axis: String,
    /// What the y axis shows, with its unit, e.g. "kr." or "1.000 kr.".
    pub y_axis: String,
    /// The names of the series, in the order the chart function documents.
    pub series: Vec<String>,
}

/// Yearly gains against costs as grouped bars: per year a light, striped gains bar and a
/// dark costs bar. `series` names the gains first, then the costs.
pub fn costs_and_gains(
    labels: &Labels,
    years: &[i32],
    gains: &[f64],
    costs: &[f64],
    number: &dyn Fn(f64) -> String,
) -> String {
    let mut svg = String::new();
    draw_costs_and_gains(&mut svg, labels, years, gains, costs, number)
        .expect("drawing into a string does not fail");
    svg
}

fn draw_costs_and_gains(
    svg: &mut String,
    labels: &Labels,
    years: &[i32],
    gains: &[f64],
    costs: &[f64],
    number: &dyn Fn(f64) -> String,
) -> Result<(), Box<dyn std::error::Error>> {
    let root = SVGBackend::with_string(svg, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let name = |i: usize| labels.series.get(i).map_or("", String::as_str);
    let plot = titled_with_legend(
        &root,
        &labels.title,
        &[(Swatch::StripedBar, name(0)), (Swatch::SolidBar, name(1))],
    )?;
    let (low, high) = value_range(gains.iter().chain(costs));
    let mut chart = year_axes(&plot, labels, years, low, high, number)?;

    // Year i runs from i to i + 1 on the x axis: gains on its left, costs on its right.
    for (i, &v) in gains.iter().enumerate() {
        let (left, right) = (i as f64 + 0.12, i as f64 + 0.48);
        chart.draw_series(std::iter::once(Rectangle::new(
            [(left, 0.0), (right, v)],
            LIGHT.filled(),
        )))?;
        let stripes = (1..9).map(|k| left + (right - left) * f64::from(k) / 9.0);
        chart.draw_series(
            stripes.map(|x| PathElement::new(vec![(x, 0.0), (x, v)], DARK.stroke_width(2))),
        )?;
        chart.draw_series(std::iter::once(Rectangle::new(
            [(left, 0.0), (right, v)],
            INK.stroke_width(1),
        )))?;
    }
    for (i, &v) in costs.iter().enumerate() {
        chart.draw_series(std::iter::once(Rectangle::new(
            [(i as f64 + 0.52, 0.0), (i as f64 + 0.88, v)],
            DARK.filled(),
        )))?;
    }
    zero_line(&mut chart, years.len())?;

    root.present()?;
    Ok(())
}

/// The chart's frame: title, a y axis with Danish numbers and grid lines, and an x axis on
/// which year i runs from i to i + 1 with its label in the middle, years separated by lines.
fn year_axes<'a, DB: DrawingBackend + 'a>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    labels: &Labels,
    years: &[i32],
    low: f64,
    high: f64,
    number: &dyn Fn(f64) -> String,
) -> Result<ChartContext<'a, DB, YearCoord>, DrawingAreaErrorKind<DB::ErrorType>> {
    let count = years.len();
    let mut chart = ChartBuilder::on(root)
        .margin(14)
        .margin_top(6)
        .x_label_area_size(64)
        .y_label_area_size(124)
        .build_cartesian_2d(0.0..count as f64, low..high)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .axis_style(INK)
        .y_labels(7)
        // Asking for 2n + 1 labels makes plotters put one every half year: the year
        // boundaries get an empty tick, the middles the year.
        .x_labels(2 * count + 1)
        .x_label_formatter(&|v| {
            let i = v.floor();
            let middle = (v - i - 0.5).abs() < 1e-6;
            match years.get(i as usize) {
                Some(year) if middle && i >= 0.0 => year.to_string(),
                _ => String::new(),
            }
        })
        .y_label_formatter(&|v| number(*v))
        .x_desc(&labels.x_axis)
        .y_desc(&labels.y_axis)
        .label_style((FONT, LABEL_SIZE).into_font().color(&INK))
        .axis_desc_style((FONT, LABEL_SIZE).into_font().color(&INK))
        .draw()?;
    for i in 1..count {
        let x = i as f64;
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(x, low), (x, high)],
            GRID.stroke_width(1),
        )))?;
    }
    Ok(chart)
}

/// The coordinates of a chart over years: x in years from the start, y in the money unit.
type YearCoord = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// A solid line at zero across all years.
fn zero_line<'a, DB: DrawingBackend + 'a>(
    chart: &mut ChartContext<'a, DB, YearCoord>,
    count: usize,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(0.0, 0.0), (count as f64, 0.0)],
        INK.stroke_width(2),
    )))?;
    Ok(())
}

/// The cumulative balance at the end of each year as a line with markers, starting from zero
/// at the start of the first year, with the payback point marked by a triangle and labelled
/// with its text: `(years from the start, text, whether the balance ends above zero)`; the text
/// goes on the side of the zero line the balance leaves, so the line does not cross it.
/// `series` names the line first, then the payback point.
pub fn cumulative_balance(
    labels: &Labels,
    years: &[i32],
    cumulative: &[f64],
    payback: Option<(f64, &str, bool)>,
    number: &dyn Fn(f64) -> String,
) -> String {
    let mut svg = String::new();
    draw_cumulative_balance(&mut svg, labels, years, cumulative, payback, number)
        .expect("drawing into a string does not fail");
    svg
}

fn draw_cumulative_balance(
    svg: &mut String,
    labels: &Labels,
    years: &[i32],
    cumulative: &[f64],
    payback: Option<(f64, &str, bool)>,
    number: &dyn Fn(f64) -> String,
) -> Result<(), Box<dyn std::error::Error>> {
    let root = SVGBackend::with_string(svg, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let name = |i: usize| labels.series.get(i).map_or("", String::as_str);
    let mut entries = vec![(Swatch::LineWithDot, name(0))];
    if payback.is_some() {
        entries.push((Swatch::Triangle, name(1)));
    }
    let plot = titled_with_legend(&root, &labels.title, &entries)?;
    let (low, high) = value_range(cumulative.iter());
    let count = years.len();
    let end = count as f64;
    let mut chart = year_axes(&plot, labels, years, low, high, number)?;
    zero_line(&mut chart, count)?;

    let points: Vec<(f64, f64)> = std::iter::once((0.0, 0.0))
        .chain(
            cumulative
                .iter()
                .enumerate()
                .map(|(i, &v)| (i as f64 + 1.0, v)),
        )
        .collect();
    chart.draw_series(LineSeries::new(points.clone(), DARK.stroke_width(3)))?;
    chart.draw_series(
        points
            .iter()
            .skip(1)
            .map(|&p| Circle::new(p, 6, DARK.filled())),
    )?;
    // Each year's value to the upper left of its marker when at or above zero, to the lower
    // left below zero: the side the line does not come from, so that it stays readable.
    chart.draw_series(points.iter().skip(1).map(|&(x, y)| {
        let (v, dy) = if y >= 0.0 {
            (VPos::Bottom, -8)
        } else {
            (VPos::Top, 8)
        };
        EmptyElement::at((x, y))
            + Text::new(
                number(y),
                (-10, dy),
                (FONT, LABEL_SIZE)
                    .into_font()
                    .color(&INK)
                    .pos(Pos::new(HPos::Right, v)),
            )
    }))?;
    if let Some((at, text, ends_above)) = payback {
        let right_half = at > end / 2.0;
        let h = if right_half { HPos::Right } else { HPos::Left };
        let (v, dy) = if ends_above {
            (VPos::Top, 12)
        } else {
            (VPos::Bottom, -12)
        };
        let anchor = Pos::new(h, v);
        chart.draw_series(std::iter::once(
            EmptyElement::at((at, 0.0))
                + TriangleMarker::new((0, 0), 11, INK.filled())
                + Text::new(
                    text.to_string(),
                    (if right_half { -14 } else { 14 }, dy),
                    (FONT, LABEL_SIZE)
                        .into_font()
                        .style(FontStyle::Bold)
                        .color(&INK)
                        .pos(anchor),
                ),
        ))?;
    }
    root.present()?;
    Ok(())
}

/// The width of a follow-up chart in pixels: printed 100 mm wide, one pixel is about
/// 0.51 pt, so the 18 px labels print at about 9 pt.
const SMALL_WIDTH: u32 = 560;
/// The height of a follow-up chart in pixels.
const SMALL_HEIGHT: u32 = 340;
/// Mid grey for the planned path, dashed so it differs from the measured line in shape too.
const PATH: RGBColor = RGBColor(0x70, 0x70, 0x70);

/// The data of a follow-up chart: a benefit's planned path and its measured values, with x
/// in months (a month index plus the share of the month gone, see the caller).
pub struct PathData<'a> {
    /// The planned path's corners, in x order: baseline at the start, target at the end,
    /// flat before and after.
    pub path: &'a [(f64, f64)],
    /// The measured values, in x order.
    pub measured: &'a [(f64, f64)],
    /// The x axis's span.
    pub x_range: (f64, f64),
    /// Where today is on the x axis, drawn as a dotted line when inside the span.
    pub today: Option<f64>,
    /// The text of the today line.
    pub today_label: &'a str,
}

/// A benefit's measurements against its planned path: the path as a dashed grey line, the
/// measurements as a dark line with round markers. `series` names the path first, then the
/// measurements; `x_label` writes an x value that falls on a month's start (an integer),
/// `number` a y value.
pub fn measurements_against_path(
    labels: &Labels,
    data: &PathData,
    x_label: &dyn Fn(f64) -> String,
    number: &dyn Fn(f64) -> String,
) -> String {
    let mut svg = String::new();
    draw_measurements_against_path(&mut svg, labels, data, x_label, number)
        .expect("drawing into a string does not fail");
    svg
}

fn draw_measurements_against_path(
    svg: &mut String,
    labels: &Labels,
    data: &PathData,
    x_label: &dyn Fn(f64) -> String,
    number: &dyn Fn(f64) -> String,
) -> Result<(), Box<dyn std::error::Error>> {
    let root = SVGBackend::with_string(svg, (SMALL_WIDTH, SMALL_HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let name = |i: usize| labels.series.get(i).map_or("", String::as_str);
    let plot = titled_with_legend(
        &root,
        &labels.title,
        &[(Swatch::Dashed, name(0)), (Swatch::LineWithDot, name(1))],
    )?;
    let (low, high) = span_range(data.path.iter().chain(data.measured).map(|p| p.1));
    let (left, right) = data.x_range;
    let months = (right - left).max(1.0);
    // About five labels, on whole months: every 1, 2, 3, 6 or 12 months.
    let step = [1.0, 2.0, 3.0, 6.0, 12.0]
        .into_iter()
        .find(|s| months / s <= 6.0)
        .unwrap_or(12.0);
    let mut chart = ChartBuilder::on(&plot)
        .margin(10)
        .margin_top(4)
        .x_label_area_size(56)
        .y_label_area_size(88)
        .build_cartesian_2d(left..right, low..high)?;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .axis_style(INK)
        .y_labels(5)
        .x_labels((months * 4.0) as usize + 2)
        .x_label_formatter(&|v| {
            let whole = v.round();
            let on_month = (v - whole).abs() < 1e-6;
            if on_month && whole.rem_euclid(step) == 0.0 {
                x_label(whole)
            } else {
                String::new()
            }
        })
        .y_label_formatter(&|v| number(*v))
        .x_desc(&labels.x_axis)
        .y_desc(&labels.y_axis)
        .label_style((FONT, LABEL_SIZE).into_font().color(&INK))
        .axis_desc_style((FONT, LABEL_SIZE).into_font().color(&INK))
        .draw()?;
    if let Some(today) = data.today.filter(|t| (left..=right).contains(t)) {
        chart.draw_series(DashedLineSeries::new(
            vec![(today, low), (today, high)],
            2,
            5,
            INK.stroke_width(1),
        ))?;
        chart.draw_series(std::iter::once(
            EmptyElement::at((today, high))
                + Text::new(
                    data.today_label.to_string(),
                    (6, 2),
                    (FONT, LABEL_SIZE)
                        .into_font()
                        .color(&INK)
                        .pos(Pos::new(HPos::Left, VPos::Top)),
                ),
        ))?;
    }
    chart.draw_series(DashedLineSeries::new(
        data.path.to_vec(),
        10,
        6,
        PATH.stroke_width(3),
    ))?;
    chart.draw_series(LineSeries::new(
        data.measured.to_vec(),
        DARK.stroke_width(3),
    ))?;
    chart.draw_series(
        data.measured
            .iter()
            .map(|&p| Circle::new(p, 6, DARK.filled())),
    )?;
    root.present()?;
    Ok(())
}

/// The y range for a follow-up chart: the values' span with room above and below, not
/// forced to include zero (a scale of 1–5 reads better from 1); a flat span gets a tenth
/// of its value (at least 1) as height.
fn span_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (min, max) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if !min.is_finite() || !max.is_finite() {
        return (0.0, 1.0);
    }
    let span = (max - min).max(max.abs().max(1.0) * 0.1);
    let pad = span * 0.15;
    // Room below too, so that a path along the lowest value is not hidden by the axis.
    (min - pad, max + pad)
}

/// How a legend entry shows its series.
#[derive(Clone, Copy)]
enum Swatch {
    /// A light bar with dark stripes (gains).
    StripedBar,
    /// A dark bar (costs).
    SolidBar,
    /// A dark line through a dot (the cumulative balance).
    LineWithDot,
    /// A black triangle (the payback point).
    Triangle,
    /// A dashed grey line (a planned path).
    Dashed,
}

/// The height of one legend entry in pixels.
const LEGEND_ROW: i32 = 28;
/// Where the legend starts from the left, in line with the plot.
const LEGEND_LEFT: i32 = 140;

/// Draws the title and, under it, the legend with one entry per line, and returns the area
/// left for the plot, so that the legend never covers data.
fn titled_with_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    title: &str,
    entries: &[(Swatch, &str)],
) -> Result<DrawingArea<DB, plotters::coord::Shift>, DrawingAreaErrorKind<DB::ErrorType>> {
    let body = root.titled(title, (FONT, TITLE_SIZE).into_font().color(&INK))?;
    let height = LEGEND_ROW * entries.len() as i32 + 8;
    let (legend, plot) = body.split_vertically(height);
    for (k, (swatch, text)) in entries.iter().enumerate() {
        let y = 4 + LEGEND_ROW * k as i32 + LEGEND_ROW / 2;
        let x = LEGEND_LEFT;
        let at = EmptyElement::at((x, y));
        match swatch {
            Swatch::StripedBar => legend.draw(
                &(at + Rectangle::new([(0, -9), (24, 9)], LIGHT.filled())
                    + PathElement::new(vec![(6, -9), (6, 9)], DARK.stroke_width(2))
                    + PathElement::new(vec![(12, -9), (12, 9)], DARK.stroke_width(2))
                    + PathElement::new(vec![(18, -9), (18, 9)], DARK.stroke_width(2))
                    + Rectangle::new([(0, -9), (24, 9)], INK.stroke_width(1))),
            )?,
            Swatch::SolidBar => {
                legend.draw(&(at + Rectangle::new([(0, -9), (24, 9)], DARK.filled())))?
            }
            Swatch::LineWithDot => legend.draw(
                &(at + PathElement::new(vec![(0, 0), (24, 0)], DARK.stroke_width(3))
                    + Circle::new((12, 0), 6, DARK.filled())),
            )?,
            Swatch::Triangle => {
                legend.draw(&(at + TriangleMarker::new((12, 0), 10, INK.filled())))?
            }
            Swatch::Dashed => legend.draw(
                &(at + PathElement::new(vec![(0, 0), (10, 0)], PATH.stroke_width(3))
                    + PathElement::new(vec![(16, 0), (26, 0)], PATH.stroke_width(3))),
            )?,
        }
        legend.draw(&Text::new(
            text.to_string(),
            (x + 34, y),
            (FONT, LABEL_SIZE)
                .into_font()
                .color(&INK)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(plot)
}

/// The y range for `values`: always including zero, with room above and below for labels.
fn value_range<'a>(values: impl Iterator<Item = &'a f64>) -> (f64, f64) {
    let (min, max) = values.fold((0.0_f64, 0.0_f64), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    let span = (max - min).max(1.0);
    let pad = span * 0.14;
    (
        if min < 0.0 { min - pad } else { 0.0 },
        if max > 0.0 { max + pad } else { pad },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Labels {
        Labels {
            title: "Titel & <test>".into(),
            x_axis: "År".into(),
            y_axis: "kr.".into(),
            series: vec!["Gevinster".into(), "Omkostninger".into()],
        }
    }

    #[test]
    fn bars_are_svg_in_the_house_font() {
        let svg = costs_and_gains(
            &labels(),
            &[2015, 2016],
            &[511_000.0, 777_998.0],
            &[693_600.0, 319_400.0],
            &|v| format!("{v:.0}"),
        );
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(
            svg.contains("font-family=\"&apos;Source Sans 3&apos;\""),
            "{svg}"
        );
        assert!(svg.contains("Titel &amp; &lt;test&gt;"));
        assert!(svg.contains("2016\n"));
        assert!(svg.contains("Omkostninger"));
    }

    #[test]
    fn cumulative_marks_the_payback_point() {
        let svg = cumulative_balance(
            &labels(),
            &[2015, 2016],
            &[-182_600.0, 275_998.0],
            Some((1.4, "Tilbagebetalt 2016", true)),
            &|v| format!("{v:.0}"),
        );
        assert!(svg.contains("Tilbagebetalt 2016"));
        assert!(svg.contains("-182600\n"));
    }

    #[test]
    fn a_path_chart_has_its_title_legend_and_today() {
        let labels = Labels {
            title: "G1, målt mod planlagt forløb".into(),
            x_axis: "Måned".into(),
            y_axis: "timer".into(),
            series: vec!["Planlagt forløb".into(), "Målt".into()],
        };
        let data = PathData {
            path: &[(0.0, 0.0), (1.0, 0.0), (13.0, 2433.0), (14.0, 2433.0)],
            measured: &[(7.6, 1050.5)],
            x_range: (0.0, 14.0),
            today: Some(8.5),
            today_label: "I dag",
        };
        let svg =
            measurements_against_path(&labels, &data, &|x| format!("m{x}"), &|v| format!("{v:.0}"));
        for text in [
            "G1, målt mod planlagt forløb",
            "Planlagt forløb",
            "Målt",
            "I dag",
            "timer",
        ] {
            assert!(svg.contains(text), "{text} missing");
        }
        // Labels only on whole months, every 3 months for a 14-month span.
        assert!(svg.contains("m3\n"), "{svg}");
        assert!(!svg.contains("m1\n"));
        // The measured point is a circle.
        assert!(svg.contains("<circle"));
    }

    #[test]
    fn a_flat_span_still_has_height() {
        let (low, high) = span_range([0.0, 0.0].into_iter());
        // Span max(0, 1 × 0,1) = 0,1, padded by 15 %: −0,015 to 0,015.
        assert!((low + 0.015).abs() < 1e-12 && (high - 0.015).abs() < 1e-12);
        let (low, high) = span_range([2.4, 3.4].into_iter());
        assert!((low - 2.25).abs() < 1e-12 && (high - 3.55).abs() < 1e-12);
    }

    #[test]
    fn the_range_holds_zero() {
        assert_eq!(value_range([1.0, 2.0].iter()).0, 0.0);
        assert!(value_range([-5.0].iter()).0 < -5.0);
        assert!(value_range([-5.0].iter()).1 > 0.0);
    }
}
