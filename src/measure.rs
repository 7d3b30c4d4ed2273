//! Text measurement with the embedded fonts, for boxes that must be sized before Typst
//! lays them out (the benefit map's boxes).
//!
//! The measure is deliberately conservative: glyph advances are summed without kerning or
//! ligatures (both only ever make Typst's text narrower), a missing glyph counts as a full
//! em, and every width is widened by [`SAFETY`]. The wrap is greedy at word boundaries, as
//! Typst's `linebreaks: "simple"` with `hyphenate: false` is, so the line count computed
//! here is never below the one Typst produces.

use typst::layout::Abs;
use typst::text::{FontInstance, FontStyle, FontVariations, FontWeight};

use crate::world;

/// Factor by which every measured width is widened.
pub const SAFETY: f64 = 1.06;

/// One face of Source Sans 3, ready to measure text.
pub struct Measure {
    font: FontInstance,
}

impl Measure {
    /// Source Sans 3, upright, at `weight` (400 regular, 600 semibold, 700 bold).
    ///
    /// The fonts are embedded in the binary, so a missing face is a build error in gevinst;
    /// the regular face is used if the weight is not shipped.
    pub fn sans(weight: u16) -> Measure {
        let faces = || {
            world::fonts().iter().filter(|f| {
                f.info().family == "Source Sans 3" && f.info().variant.style == FontStyle::Normal
            })
        };
        let font = faces()
            .find(|f| f.info().variant.weight == FontWeight::from_number(weight))
            .or_else(|| faces().find(|f| f.info().variant.weight == FontWeight::REGULAR))
            .cloned()
            .expect("Source Sans 3 is embedded");
        // Source Sans 3 is not a variable font, so the instance does not depend on the size.
        let variant = font.info().variant;
        let font = font.instantiate(variant, Abs::pt(10.0), &FontVariations::default());
        Measure { font }
    }

    /// The width of `text` set at `size` points, widened by [`SAFETY`].
    pub fn width(&self, text: &str, size: f64) -> f64 {
        let face = self.font.ttf();
        let em = f64::from(face.units_per_em());
        let units: f64 = text
            .chars()
            .map(|c| {
                face.glyph_index(c)
                    .and_then(|g| face.glyph_hor_advance(g))
                    .map_or(em, f64::from)
            })
            .sum();
        units / em * size * SAFETY
    }

    /// The height of a capital letter at `size` points (the height of one line of text
    /// with Typst's default `top-edge: "cap-height"` and `bottom-edge: "baseline"`).
    pub fn cap_height(&self, size: f64) -> f64 {
        let face = self.font.ttf();
        let cap = face
            .capital_height()
            .map_or(0.7 * f64::from(face.units_per_em()), f64::from);
        cap / f64::from(face.units_per_em()) * size
    }

    /// The widest single word of `text` at `size` points.
    pub fn widest_word(&self, text: &str, size: f64) -> f64 {
        text.split_whitespace()
            .map(|w| self.width(w, size))
            .fold(0.0, f64::max)
    }

    /// The number of lines `text` takes at `size` points in a line `max_width` wide,
    /// wrapped greedily at spaces after an unbreakable `lead` (e.g. a badge) of that width
    /// (0 for none). A word wider than the line gets a line of its own.
    pub fn lines(&self, lead: f64, text: &str, size: f64, max_width: f64) -> usize {
        let space = self.width(" ", size);
        let mut lines = 1;
        let mut line = lead;
        for word in text.split_whitespace() {
            let w = self.width(word, size);
            if line == 0.0 {
                line = w;
            } else if line + space + w <= max_width {
                line += space + w;
            } else {
                lines += 1;
                line = w;
            }
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_grow_with_text_and_size() {
        let m = Measure::sans(400);
        let a = m.width("Gevinst", 10.0);
        assert!(a > 20.0 && a < 50.0, "{a}");
        assert!((m.width("Gevinst", 20.0) - 2.0 * a).abs() < 1e-9);
        assert!(m.width("Gevinster", 10.0) > a);
        assert!(Measure::sans(600).width("Gevinst", 10.0) > a);
    }

    #[test]
    fn wrapping_counts_lines() {
        let m = Measure::sans(400);
        assert_eq!(m.lines(0.0, "", 10.0, 100.0), 1);
        assert_eq!(m.lines(0.0, "Kort", 10.0, 100.0), 1);
        let long = "Medarbejderne forflytter og vender beboere korrekt og skånsomt med teknologi";
        let narrow = m.lines(0.0, long, 10.0, 80.0);
        let wide = m.lines(0.0, long, 10.0, 200.0);
        assert!(narrow > wide && wide >= 2, "{narrow} {wide}");
        // A lead as wide as the line pushes the text to the next line.
        assert_eq!(m.lines(100.0, "Kort", 10.0, 100.0), 2);
    }

    /// The measure is conservative: never fewer lines than a plain estimate that gives
    /// every character 0.45 em (Source Sans 3's average advance in Danish text is about
    /// 0.43 em) and fills every line to the last point.
    #[test]
    fn long_title_is_measured_conservatively() {
        let m = Measure::sans(400);
        let title = "Lederne omlægger den frigjorte tid til socialpædagogisk støtte og \
                     ressourcetilpasning på alle botilbud i Københavns Kommune";
        for (size, width) in [(7.0, 90.0), (9.0, 120.0), (10.0, 150.0)] {
            let chars = title.chars().count() as f64;
            let estimate = (chars * 0.45 * size / width).ceil() as usize;
            let measured = m.lines(0.0, title, size, width);
            assert!(
                measured >= estimate,
                "{size}pt in {width}pt: {measured} < {estimate}"
            );
        }
    }
}
