using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Model.Text;

namespace FactGen.Generators.Figures;

/// <summary>A figure written in a text that the figure rules report: where it is in the text, as written, and the value a fact must have to hold it.</summary>
internal readonly record struct TextFigure(FigureMention Mention, string Written, FigureKey Key);

/// <summary>
/// Which figures of a reader-facing text the rules report, wherever the text is: a C# string, a resource value, Razor
/// markup. One reading for all of them, so that a figure is a figure in the same way in each.
/// </summary>
internal static class TextFigures
{
    /// <summary>
    /// The figures of <paramref name="text"/> worth a report: every figure written as readers write figures (grouped,
    /// a percentage, money, scaled), and bare digits only where a fact holds them and they are no year or small
    /// number. Number words and decades are never reported. The facts are asked only about bare digits, so that a text
    /// whose figures go nowhere a reader sees does not have them collected.
    /// </summary>
    public static IReadOnlyList<TextFigure> Read(string text, FigureOptions options, Lazy<KnownFacts> facts)
    {
        if (!HasDigit(text))
        {
            return Array.Empty<TextFigure>();
        }

        var figures = new List<TextFigure>();
        foreach (var mention in FigureMentions.Find(text))
        {
            if (mention.End <= mention.Start || (mention.Forms & (FigureForms.Words | FigureForms.Decade)) != 0)
            {
                continue;
            }

            var key = KeyOf(mention);
            var written = text.Substring(mention.Start, mention.End - mention.Start);
            if (!mention.IsFormatted && (options.IsTooSmall(mention.Low) || IsYear(written) || facts.Value.Find(key).Count == 0))
            {
                // Bare digits in a text are page numbers, codes and years far more often than figures: only a value
                // that a fact holds is worth a word.
                continue;
            }

            figures.Add(new TextFigure(mention, written, key));
        }

        return figures;
    }

    /// <summary>The value a fact must have to hold <paramref name="mention"/>: a percentage, an amount of money or a number.</summary>
    public static FigureKey KeyOf(FigureMention mention)
        => (mention.Forms & FigureForms.Percent) != 0 ? new FigureKey(FigureKind.Percent, mention.Low, null)
            : mention.Currency is { } currency ? new FigureKey(FigureKind.Money, mention.Low, currency)
            : new FigureKey(FigureKind.Number, mention.Low, null);

    /// <summary>
    /// Where the figure <paramref name="mention"/> of <paramref name="value"/> is written in <paramref name="source"/>,
    /// the text as the file writes it (with its escapes or entities); null when they hide it.
    /// </summary>
    public static int? OffsetInSource(string source, string value, FigureMention mention)
    {
        var figure = value.Substring(mention.Start, mention.End - mention.Start);
        var occurrence = 0;
        for (var index = value.IndexOf(figure, StringComparison.Ordinal); index >= 0 && index < mention.Start; index = value.IndexOf(figure, index + 1, StringComparison.Ordinal))
        {
            occurrence++;
        }

        var position = source.IndexOf(figure, StringComparison.Ordinal);
        for (var i = 0; i < occurrence && position >= 0; i++)
        {
            position = source.IndexOf(figure, position + 1, StringComparison.Ordinal);
        }

        return position < 0 ? null : position;
    }

    /// <summary>Every figure the rules read in a text has a digit; most strings have none.</summary>
    private static bool HasDigit(string text)
    {
        foreach (var character in text)
        {
            if (character is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How FG1001 and FG1003 name the facts that hold a figure: "the fact 'x'" or "the facts 'x' and 'y'".</summary>
    public static string NameFacts(IReadOnlyList<KnownFact> facts)
    {
        var names = facts.Select(fact => $"'{fact.Id}'").ToList();
        return names.Count == 1
            ? "the fact " + names[0]
            : "the facts " + string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
    }

    private static bool IsYear(string written)
        => written.Length == 4 && written[0] is '1' or '2' && written.All(char.IsDigit);
}
