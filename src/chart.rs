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
    fn the_range_holds_zero() {
        assert_eq!(value_range([1.0, 2.0].iter()).0, 0.0);
        assert!(value_range([-5.0].iter()).0 < -5.0);
        assert!(value_range([-5.0].iter()).1 > 0.0);
    }
}
