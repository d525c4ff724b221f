using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Model;
using FactGen.Model.Parsing;

namespace FactGen.Cli.Extract;

/// <summary>A figure found in a text: its value as a fact file writes it, how the text qualifies it, and its sentence.</summary>
/// <param name="Value">The value for <c>value:</c>, such as <c>70,000-100,000</c>, <c>$30 billion</c> or <c>3</c> for "three".</param>
/// <param name="Figure">The value as the Model's <see cref="FigureReader"/> reads it.</param>
/// <param name="Precision">"about", "more than" and the like before the figure.</param>
/// <param name="Type">The type to declare, <c>year</c> or <c>range&lt;year&gt;</c>, when the figure looks like a year; else null.</param>
/// <param name="Sentence">The sentence the figure is in, verbatim.</param>
internal sealed record Candidate(string Value, FigureValue Figure, Precision Precision, string? Type, string Sentence);

/// <summary>
/// Finds the figures in plain text: numbers with thousands separators or decimals, number words ("three",
/// "twenty-five"), "million" and "billion", "%" and "percent", currency symbols, codes and words, ranges
/// ("70,000-100,000", "10 to 15", "between 5 and 10"), decades ("his 20s", "early 30s") and the words that qualify a
/// figure ("about", "more than", "as many as", "up to"). Each figure is read by the Model's <see cref="FigureReader"/>,
/// so a candidate holds exactly what a fact file can. Parts of dates ("2022-04-01", the 28 of "September 28") are not figures.
/// </summary>
internal static class ClaimExtractor
{
    private static readonly string[] s_units = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };

    private static readonly string[] s_teens = { "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };

    private static readonly string[] s_tens = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    private static readonly Dictionary<string, Precision> s_qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["about"] = Precision.About,
        ["around"] = Precision.About,
        ["roughly"] = Precision.About,
        ["approximately"] = Precision.About,
        ["some"] = Precision.About,
        ["nearly"] = Precision.About,
        ["almost"] = Precision.About,
        ["an estimated"] = Precision.Estimated,
        ["estimated"] = Precision.Estimated,
        ["at least"] = Precision.AtLeast,
        ["more than"] = Precision.MoreThan,
        ["over"] = Precision.MoreThan,
        ["older than"] = Precision.MoreThan,
        ["as many as"] = Precision.AsManyAs,
        ["up to"] = Precision.UpTo,
        ["less than"] = Precision.LessThan,
        ["fewer than"] = Precision.LessThan,
        ["under"] = Precision.LessThan,
        ["younger than"] = Precision.LessThan,
    };

    private static readonly Dictionary<string, string> s_currencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollars"] = "USD",
        ["euros"] = "EUR",
        ["rubles"] = "RUB",
        ["roubles"] = "RUB",
    };

    private static readonly string s_numberWord =
        $@"(?:(?:{string.Join("|", s_tens)})(?:[-‐](?:{string.Join("|", s_units.Skip(1))}))?|{string.Join("|", s_teens)}|{string.Join("|", s_units.Skip(1))})";

    private static readonly string s_currencySymbol = string.Join("|", Currencies.Symbols.Select(symbol => Regex.Escape(symbol.Key)));

    /// <summary>One figure, with named parts: currency before, number, scale word, percent, currency after.</summary>
    private static readonly string s_single =
        $@"(?:(?<symbol>{s_currencySymbol})\s?|(?-i:(?<code>[A-Z]{{3}}))\s)?"
        + $@"(?<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{s_numberWord})"
        + @"(?:\s?(?<scale>thousand|million|billion|trillion|bn|mln)\b)?"
        + @"(?:\s?(?<percent>%)|\s(?<percent>percent|per\scent)\b)?"
        + $@"(?:\s(?<word>{string.Join("|", s_currencyWords.Keys)})\b)?";

    private static readonly Regex s_figure = new($"^{s_single}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A figure with no named parts, to be matched twice in a range.</summary>
    private static readonly string s_unnamedFigure = Regex.Replace(s_single, @"\(\?<\w+>", "(?:");

    private static readonly Regex s_claim = new(
        // Parts of dates and times come first so that their digits are not taken for figures.
        @"(?<skip>\d{4}-\d{2}(?:-\d{2})?(?!\d)|\d{1,2}:\d{2}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b(?!\d))"
        + @"|(?<![\p{L}\p{N}_.,'’]|[\p{L}\p{N}][-‐]|\bno\s)"
        + $@"(?:(?<qualifier>{string.Join("|", s_qualifiers.Keys.OrderByDescending(key => key.Length)).Replace(" ", @"\s+")})\s+)?"
        + "(?:"
        + @"(?:(?<part>early|mid|late)[\s-]+)?(?<decade>\d{1,3}0)s\b"
        + $@"|between\s+(?<first>{s_unnamedFigure})\s+and\s+(?<second>{s_unnamedFigure})"
        + $@"|(?<first>{s_unnamedFigure})(?:\s*(?:[-–—]|\bto\b)\s*(?<second>{s_unnamedFigure}))?"
        + @")(?![\p{L}\p{N}]|[.,]\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The figures of <paramref name="text"/>, in the order they are written.</summary>
    public static IEnumerable<Candidate> Extract(string text)
    {
        foreach (var sentence in Sentences.Of(text))
        {
            foreach (Match match in s_claim.Matches(sentence))
            {
                if (match.Groups["skip"].Success)
                {
                    continue;
                }

                var precision = match.Groups["qualifier"].Success
                    ? s_qualifiers[Regex.Replace(match.Groups["qualifier"].Value, @"\s+", " ")]
                    : Precision.Exact;
                var value = match.Groups["decade"].Success ? Decade(match) : Figure(match);
                if (match.Groups["part"].Success)
                {
                    // "early 30s" is about 30-33: the text does not say which years.
                    precision = Precision.About;
                }

                if (FigureReader.Read(value).Value is { } figure)
                {
                    yield return new Candidate(value, figure, precision, YearType(figure, value, precision), sentence);
                }
            }
        }
    }

    /// <summary>"20s" is 20-29; "early 30s" 30-33, "mid 30s" 34-36, "late 30s" 37-39.</summary>
    private static string Decade(Match match)
    {
        var start = int.Parse(match.Groups["decade"].Value, CultureInfo.InvariantCulture);
        var (low, high) = match.Groups["part"].Value.ToLowerInvariant() switch
        {
            "early" => (0, 3),
            "mid" => (4, 6),
            "late" => (7, 9),
            _ => (0, 9),
        };
        return $"{start + low}-{start + high}";
    }

    private static string Figure(Match match)
    {
        var first = Normalize(match.Groups["first"].Value);
        return match.Groups["second"].Success ? $"{first}-{Normalize(match.Groups["second"].Value)}" : first;
    }

    /// <summary>One figure as a fact file writes it: number words as digits, currency words as ISO codes, single spaces.</summary>
    private static string Normalize(string written)
    {
        var parts = s_figure.Match(written);
        var number = parts.Groups["number"].Value;
        var text = parts.Groups["symbol"].Value
            + (parts.Groups["code"].Success ? parts.Groups["code"].Value + " " : string.Empty)
            + (char.IsDigit(number[0]) ? number : NumberWordValue(number).ToString(CultureInfo.InvariantCulture));
        if (parts.Groups["scale"].Success)
        {
            text += " " + parts.Groups["scale"].Value.ToLowerInvariant();
        }

        if (parts.Groups["percent"].Success)
        {
            text += parts.Groups["percent"].Value == "%" ? "%" : " percent";
        }

        if (parts.Groups["word"].Success)
        {
            text += " " + s_currencyWords[parts.Groups["word"].Value];
        }

        return text;
    }

    private static int NumberWordValue(string word)
    {
        var lower = word.ToLowerInvariant();
        var hyphen = lower.IndexOfAny(new[] { '-', '‐' });
        if (hyphen > 0)
        {
            return NumberWordValue(lower.Substring(0, hyphen)) + NumberWordValue(lower.Substring(hyphen + 1));
        }

        var unit = Array.IndexOf(s_units, lower);
        var teen = Array.IndexOf(s_teens, lower);
        return unit >= 0 ? unit : teen >= 0 ? 10 + teen : 20 + (10 * Array.IndexOf(s_tens, lower));
    }

    /// <summary>A bare four-digit whole number from 1000 to 2100, unqualified, is most likely a year: "in 2019".</summary>
    private static string? YearType(FigureValue figure, string value, Precision precision)
    {
        static bool IsYear(decimal number) => number is >= 1000 and <= 2100 && decimal.Truncate(number) == number;
        var looksLikeYear = figure.Kind == ValueKind.Integer && precision == Precision.Exact && !value.Contains(',')
            && IsYear(figure.Low) && (figure.High is null || IsYear(figure.High.Value));
        return !looksLikeYear ? null : figure.IsRange ? "range<year>" : "year";
    }
}
