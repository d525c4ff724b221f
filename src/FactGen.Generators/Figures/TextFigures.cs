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
    private static readonly char[] s_braces = { '{', '}' };

    /// <summary>
    /// The figures of <paramref name="text"/> worth a report: every figure written as readers write figures (grouped,
    /// a percentage, money, scaled), and bare digits only where a fact holds them and they are no year or small
    /// number. Number words and decades are never reported. The facts are asked only about bare digits, so that a text
    /// whose figures go nowhere a reader sees does not have them collected.
    /// </summary>
    public static IReadOnlyList<TextFigure> Read(string text, FigureOptions options, Lazy<KnownFacts> facts)
    {
        var items = FormatItems(text);
        if (!HasDigitOutside(text, items))
        {
            return Array.Empty<TextFigure>();
        }

        var figures = new List<TextFigure>();
        foreach (var mention in FigureMentions.Find(text))
        {
            if (mention.End <= mention.Start || (mention.Forms & (FigureForms.Words | FigureForms.Decade)) != 0
                || IsInFormatItem(mention, items))
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

    /// <summary>
    /// Whether a digit of <paramref name="text"/> stands outside its format items. Every figure the rules read has a
    /// digit, and most strings have none but their format items'.
    /// </summary>
    private static bool HasDigitOutside(string text, IReadOnlyList<(int Start, int End)> items)
    {
        for (int index = 0, item = 0; index < text.Length; index++)
        {
            if (item < items.Count && index == items[item].Start)
            {
                index = items[item++].End - 1;
            }
            else if (text[index] is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The composite format items of a text, <c>{0}</c> or <c>{1,-10:N2}</c> (an index, an alignment, a format), in
    /// order: their digits are a place in a message, never a figure. <c>{{</c> is a brace written out.
    /// </summary>
    internal static IReadOnlyList<(int Start, int End)> FormatItems(string text)
    {
        var start = text.IndexOf('{');
        if (start < 0)
        {
            return Array.Empty<(int, int)>();
        }

        var items = new List<(int Start, int End)>();
        for (; start >= 0; start = text.IndexOf('{', start + 1))
        {
            if (start + 1 < text.Length && text[start + 1] == '{')
            {
                // "{{" writes a brace out: what follows is text.
                start++;
                continue;
            }

            var index = start + 1;
            var digitsFrom = index;
            index = SkipDigits(text, index);
            if (index == digitsFrom)
            {
                continue;
            }

            index = SkipSpaces(text, index);
            if (index < text.Length && text[index] == ',')
            {
                index = SkipSpaces(text, index + 1);
                index = index < text.Length && text[index] == '-' ? index + 1 : index;
                var alignmentFrom = index;
                index = SkipSpaces(text, SkipDigits(text, index));
                if (index == alignmentFrom)
                {
                    continue;
                }
            }

            if (index < text.Length && text[index] == ':')
            {
                index = text.IndexOfAny(s_braces, index + 1) is var brace and >= 0 ? brace : text.Length;
            }

            if (index < text.Length && text[index] == '}')
            {
                items.Add((start, index + 1));
                start = index;
            }
        }

        return items;

        static int SkipDigits(string text, int index)
        {
            while (index < text.Length && text[index] is >= '0' and <= '9')
            {
                index++;
            }

            return index;
        }

        static int SkipSpaces(string text, int index)
        {
            while (index < text.Length && text[index] == ' ')
            {
                index++;
            }

            return index;
        }
    }

    private static bool IsInFormatItem(FigureMention mention, IReadOnlyList<(int Start, int End)> items)
    {
        foreach (var (start, end) in items)
        {
            if (mention.Start < end && mention.End > start)
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
