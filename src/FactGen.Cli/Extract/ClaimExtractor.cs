using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Text;

namespace FactGen.Cli.Extract;

/// <summary>A figure found in a text: its value as a fact file writes it, how the text qualifies it, and its sentence.</summary>
/// <param name="Value">The value for <c>value:</c>, such as <c>70,000-100,000</c>, <c>$30 billion</c> or <c>3</c> for "three".</param>
/// <param name="Figure">The value as the Model's <see cref="FigureReader"/> reads it.</param>
/// <param name="Precision">"about", "more than" and the like before the figure.</param>
/// <param name="Type">The type to declare, <c>year</c> or <c>range&lt;year&gt;</c>, when the figure looks like a year; else null.</param>
/// <param name="Sentence">The sentence the figure is in, verbatim.</param>
internal sealed record Candidate(string Value, FigureValue Figure, Precision Precision, string? Type, string Sentence);

/// <summary>
/// Finds the figures of plain text as candidate facts. The Model does the reading: <see cref="FigureMentions"/> finds
/// the figures of each sentence (digits, thousands separators, scale words, percentages, currencies, ranges, number
/// words, ordinals, decades), <see cref="QuoteRules.PrecisionBefore"/> reads "about" or "more than" before one, and
/// <see cref="FigureReader"/> turns each into the value a fact file holds. What is added here is the judgement a
/// reader makes: the 28 of "September 28", the 1 of "1MB" and the "a" of "a plane" are not figures.
/// </summary>
internal static class ClaimExtractor
{
    /// <summary>Dates and times, whose numbers are parts of a date rather than figures ("2022-04-01", "September 28", "10:30").</summary>
    private static readonly Regex s_dateParts = new(
        @"\d{4}-\d{2}(?:-\d{2})?(?!\d)|\d{1,2}:\d{2}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b(?!\d)",
        RegexOptions.CultureInvariant);

    /// <summary>The words that narrow a decade: "early 30s" is 30-33, "mid 30s" 34-36, "late 30s" 37-39.</summary>
    private static readonly Regex s_decadePart = new(@"\b(early|mid|late)[\s-]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The figures of <paramref name="text"/>, in the order they are written.</summary>
    public static IEnumerable<Candidate> Extract(string text)
    {
        foreach (var sentence in Sentences.Of(text))
        {
            var dateParts = s_dateParts.Matches(sentence).Select(match => (Start: match.Index, End: match.Index + match.Length)).ToList();
            var mentions = FigureMentions.Find(sentence);
            for (var index = 0; index < mentions.Count; index++)
            {
                var mention = mentions[index];
                var end = mention.End;
                if (mention.Forms.HasFlag(FigureForms.RangeEnd))
                {
                    // A range is two or three mentions: the low end (again unscaled when the scale is written once), the high end.
                    while (index + 1 < mentions.Count && mentions[index + 1].Start == mention.Start)
                    {
                        index++;
                    }

                    end = index + 1 < mentions.Count ? mentions[++index].End : end;
                }

                if (IsFigure(sentence, mention, end, dateParts) && Read(sentence, mention, end) is { } candidate)
                {
                    yield return candidate;
                }
            }
        }
    }

    private static bool IsFigure(string sentence, FigureMention mention, int end, List<(int Start, int End)> dateParts)
    {
        var written = sentence.Substring(mention.Start, end - mention.Start);
        return end > mention.Start
            && !dateParts.Any(part => mention.Start >= part.Start && mention.Start < part.End)
            && !(end < sentence.Length && char.IsLetter(sentence[end]))
            && !(mention.Start >= 2 && sentence[mention.Start - 1] == '-' && char.IsLetter(sentence[mention.Start - 2]))
            && !(mention.Forms == FigureForms.Words && (written.Equals("a", StringComparison.OrdinalIgnoreCase) || written.Equals("an", StringComparison.OrdinalIgnoreCase)))
            && !(mention.Forms == FigureForms.Words && sentence.Substring(0, mention.Start).EndsWith("no ", StringComparison.OrdinalIgnoreCase));
    }

    private static Candidate? Read(string sentence, FigureMention mention, int end)
    {
        var precision = QuoteRules.PrecisionBefore(sentence, mention.Start) ?? Precision.Exact;
        string value;
        if (mention.Forms.HasFlag(FigureForms.Decade))
        {
            value = Decade(sentence, mention, ref precision);
        }
        else if (mention.Forms.HasFlag(FigureForms.Words))
        {
            // FigureReader reads figures as an analyst copies them, in digits: "three" is written 3.
            value = mention.Low.ToString("#,0.############################", CultureInfo.InvariantCulture);
        }
        else
        {
            value = Regex.Replace(sentence.Substring(mention.Start, end - mention.Start), @"\s+", " ");
        }

        return FigureReader.Read(value).Value is { } figure
            ? new Candidate(value, figure, precision, YearType(figure, mention, precision), sentence)
            : null;
    }

    private static string Decade(string sentence, FigureMention mention, ref Precision precision)
    {
        var part = s_decadePart.Match(sentence.Substring(0, mention.Start));
        if (!part.Success)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{mention.Low}-{mention.High}");
        }

        // "early 30s" is about 30-33: the text does not say which years.
        precision = Precision.About;
        var (low, high) = part.Groups[1].Value.ToLowerInvariant() switch
        {
            "early" => (0, 3),
            "mid" => (4, 6),
            _ => (7, 9),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{mention.Low + low}-{mention.Low + high}");
    }

    /// <summary>A bare four-digit whole number from 1000 to 2100, unqualified, is most likely a year: "in 2019".</summary>
    private static string? YearType(FigureValue figure, FigureMention mention, Precision precision)
    {
        static bool IsYear(decimal number) => number is >= 1000 and <= 2100 && decimal.Truncate(number) == number;
        var looksLikeYear = figure.Kind == ValueKind.Integer && precision == Precision.Exact
            && (mention.Forms & ~(FigureForms.RangeEnd | FigureForms.Decade)) == FigureForms.Plain
            && IsYear(figure.Low) && (figure.High is null || IsYear(figure.High.Value));
        return !looksLikeYear ? null : figure.IsRange ? "range<year>" : "year";
    }
}
