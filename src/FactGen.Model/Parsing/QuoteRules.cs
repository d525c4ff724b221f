using System;
using System.Collections.Generic;
using FactGen.Model.Text;

namespace FactGen.Model.Parsing;

/// <summary>
/// The rules that hold a fact to its quote: the quote states the figure (FG0301), and the words the quote puts before
/// the figure agree with the fact's precision (FG0302). Both are warnings: the fact is still generated, since the
/// figure may be right and the quote merely cut short.
/// </summary>
public static class QuoteRules
{
    // What the words before a figure say about it, with every precision a careful reader could fairly write for them.
    // The first match wins, so a phrase that ends with another ("no more than", "more than") stands before it.
    private static readonly (string Phrase, Precision[] Allowed)[] s_qualifiers =
    {
        ("in excess of", new[] { Precision.MoreThan, Precision.AtLeast }),
        ("no fewer than", new[] { Precision.AtLeast }),
        ("no less than", new[] { Precision.AtLeast }),
        ("no more than", new[] { Precision.UpTo }),
        ("approximately", new[] { Precision.About }),
        ("as many as", new[] { Precision.AsManyAs, Precision.UpTo }),
        ("younger than", new[] { Precision.LessThan, Precision.UpTo }),
        ("older than", new[] { Precision.MoreThan, Precision.AtLeast }),
        ("fewer than", new[] { Precision.LessThan, Precision.UpTo }),
        ("more than", new[] { Precision.MoreThan, Precision.AtLeast }),
        ("less than", new[] { Precision.LessThan, Precision.UpTo }),
        ("estimated", new[] { Precision.Estimated, Precision.About }),
        ("at least", new[] { Precision.AtLeast }),
        ("at most", new[] { Precision.UpTo }),
        ("roughly", new[] { Precision.About }),
        ("nearly", new[] { Precision.About, Precision.LessThan, Precision.UpTo }),
        ("almost", new[] { Precision.About, Precision.LessThan, Precision.UpTo }),
        ("around", new[] { Precision.About }),
        ("about", new[] { Precision.About }),
        ("up to", new[] { Precision.UpTo, Precision.AsManyAs }),
        ("under", new[] { Precision.LessThan, Precision.UpTo }),
        ("below", new[] { Precision.LessThan, Precision.UpTo }),
        ("above", new[] { Precision.MoreThan, Precision.AtLeast }),
        ("over", new[] { Precision.MoreThan, Precision.AtLeast }),
        ("some", new[] { Precision.About }),
    };

    /// <summary>
    /// Checks <paramref name="fact"/> against its quote: the one thing wrong with it, or null. <paramref name="precisionRange"/>
    /// is where the precision is written, or the value's range when the fact leaves it out.
    /// </summary>
    public static FactDiagnostic? Check(string path, FactSpec fact, TextRange precisionRange)
    {
        // Every fact of a file passes through here: the mentions are walked by index, with no query or boxed enumerator.
        var quote = fact.Citation.Quote;
        var mentions = FigureMentions.Find(quote);
        if (!AnyStates(mentions, fact.Value.Low) || (fact.Value.High is { } high && !AnyStates(mentions, high)))
        {
            return FactDiagnostic.Create(FactRules.QuoteMissesFigure, path, fact.Citation.QuoteRange, fact.Value.Written);
        }

        (string Phrase, Precision[] Allowed)? firstQualifier = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (!mention.States(fact.Value.Low))
            {
                continue;
            }

            // The text qualifies the same figure in several places only rarely; one place that agrees is enough.
            var qualifier = QualifierBefore(quote, mention.Start);
            if (qualifier is null || Array.IndexOf(qualifier.Value.Allowed, fact.Precision) >= 0)
            {
                return null;
            }

            firstQualifier ??= qualifier;
        }

        var (phrase, allowed) = firstQualifier!.Value;
        return FactDiagnostic.Create(
            FactRules.PrecisionContradictsQuote,
            path,
            precisionRange,
            phrase,
            FactFileParser.PrecisionWords[(int)fact.Precision],
            FactFileParser.PrecisionWords[(int)allowed[0]]);
    }

    private static bool AnyStates(IReadOnlyList<FigureMention> mentions, decimal value)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].States(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The precision the words just before <paramref name="figureStart"/> say ("about" → about, "more than" →
    /// more-than), or null when no qualifier stands there. <c>factgen extract</c> reads candidates' precision with it.
    /// </summary>
    public static Precision? PrecisionBefore(string text, int figureStart) => QualifierBefore(text, figureStart)?.Allowed[0];

    private static (string Phrase, Precision[] Allowed)? QualifierBefore(string quote, int figureStart)
    {
        // Compared in place, not on a copy of the text before the figure: a quote may state a figure thousands of times.
        var end = figureStart;
        while (end > 0 && char.IsWhiteSpace(quote[end - 1]))
        {
            end--;
        }

        foreach (var qualifier in s_qualifiers)
        {
            var start = end - qualifier.Phrase.Length;
            if (start >= 0
                && string.Compare(quote, start, qualifier.Phrase, 0, qualifier.Phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (start == 0 || !char.IsLetterOrDigit(quote[start - 1])))
            {
                return qualifier;
            }
        }

        return null;
    }
}
