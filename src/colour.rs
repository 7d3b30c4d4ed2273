//! Colours of the benefit map's theme: the planner's hex values, the line and text colours
//! derived from a fill, and whether black text stays readable on that fill.
//!
//! A plan may replace the seed's box fills with its own (`map.colours`). The boxes' text is
//! black and their id badges use a dark ink of the same hue, so a fill must stay light: the
//! check uses the WCAG contrast ratio, which also predicts how the fill prints in greyscale.

/// The smallest contrast between a fill and black text that [`too_dark`] accepts: WCAG's
/// level AA for normal text, as the map's box text is 7–12 pt.
pub const MIN_CONTRAST: f64 = 4.5;

/// An sRGB colour, 8 bits a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Black, the colour of the boxes' text.
pub const BLACK: Rgb = Rgb(0, 0, 0);

impl Rgb {
    /// `#rrggbb` or `#rgb`, case-insensitive; anything else is `None`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let digits = text.strip_prefix('#')?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match digits.len() {
            6 => Some(Rgb(
                channel(&digits[0..2])?,
                channel(&digits[2..4])?,
                channel(&digits[4..6])?,
            )),
            3 => {
                let short = |i: usize| channel(&digits[i..=i]).map(|v| v * 17);
                Some(Rgb(short(0)?, short(1)?, short(2)?))
            }
            _ => None,
        }
    }

    /// The colour as `#rrggbb`, which Typst's `rgb()` reads.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance, 0 for black to 1 for white.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// WCAG contrast ratio between two colours, 1 (none) to 21 (black on white).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// The colour mixed with black: `amount` 0 keeps it, 1 gives black. Used for a box's
    /// border (a darker line of the fill's hue) and its badge's text.
    pub fn darken(self, amount: f64) -> Rgb {
        let keep = (1.0 - amount).clamp(0.0, 1.0);
        let mix = |c: u8| (f64::from(c) * keep).round() as u8;
        Rgb(mix(self.0), mix(self.1), mix(self.2))
    }
}

/// Whether black text on `fill` falls below [`MIN_CONTRAST`].
pub fn too_dark(fill: Rgb) -> bool {
    fill.contrast(BLACK) < MIN_CONTRAST
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_long_and_short_hex_only() {
        assert_eq!(Rgb::parse("#d9EAd3"), Some(Rgb(0xd9, 0xea, 0xd3)));
        assert_eq!(Rgb::parse("#fa0"), Some(Rgb(255, 170, 0)));
        for bad in [
            "d9ead3", "#12345g", "#12345", "#", "green", "#+1+2+3", "#ææ",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert_eq!(Rgb(0xd9, 0xea, 0xd3).hex(), "#d9ead3");
    }

    #[test]
    fn contrast_follows_wcag() {
        // By definition: (1 + 0.05) / (0 + 0.05) = 21.
        assert!((Rgb(255, 255, 255).contrast(BLACK) - 21.0).abs() < 1e-9);
        // #777777: 119/255 = 0.46667, ((0.46667 + 0.055) / 1.055)^2.4 = 0.18447,
        // (0.18447 + 0.05) / 0.05 = 4.69: readable. #666666: 0.4 → 0.13287 → 3.66: too dark.
        assert!((Rgb(0x77, 0x77, 0x77).contrast(BLACK) - 4.69).abs() < 0.01);
        assert!(!too_dark(Rgb(0x77, 0x77, 0x77)));
        assert!(too_dark(Rgb(0x66, 0x66, 0x66)));
        // Saturated red, the seed's change line colour, is too dark for a fill.
        assert!(too_dark(Rgb(0xcc, 0, 0)));
        // The seed's light fills are fine.
        assert!(!too_dark(Rgb::parse("#f4cccc").unwrap()));
    }

    #[test]
    fn darken_mixes_with_black() {
        assert_eq!(Rgb(200, 100, 0).darken(0.5), Rgb(100, 50, 0));
        assert_eq!(Rgb(200, 100, 0).darken(1.0), BLACK);
        assert_eq!(Rgb(200, 100, 0).darken(0.0), Rgb(200, 100, 0));
    }
}
