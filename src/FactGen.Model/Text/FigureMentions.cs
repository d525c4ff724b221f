using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FactGen.Model.Parsing;

namespace FactGen.Model.Text;

/// <summary>How a figure is written; the forms a reader takes for a figure rather than for any number.</summary>
[Flags]
public enum FigureForms
{
    /// <summary>Plain digits: <c>400</c>, <c>2.5</c>.</summary>
    Plain = 0,

    /// <summary>Thousands separators: <c>100,000</c>, <c>100 000</c>.</summary>
    Grouped = 1,

    /// <summary>A percent sign or word: <c>13%</c>, <c>10 percent</c>.</summary>
    Percent = 2,

    /// <summary>A currency sign or code: <c>$30</c>, <c>USD 30</c>.</summary>
    Currency = 4,

    /// <summary>A scale word or suffix: <c>1 million</c>, <c>100k</c>, <c>5bn</c>.</summary>
    Scaled = 8,

    /// <summary>Words: <c>three</c>, <c>a million</c>, <c>a third</c>.</summary>
    Words = 16,

    /// <summary>A decade: <c>his 20s</c>, <c>the 1990s</c>.</summary>
    Decade = 32,

    /// <summary>One end of a range: <c>70,000-100,000</c>.</summary>
    RangeEnd = 64,
}

/// <summary>
/// A figure written in running text: the number it states (or, for a decade such as "his 20s", the span it covers),
/// where it is, and how it is written, so the words just before it can be read for "about" or "more than" and a
/// tool can tell "13%" from a page number.
/// </summary>
/// <param name="Low">The number, or the first year of a decade. A percentage in percent units: 13 for 13%.</param>
/// <param name="High">The number again, or the last year of a decade.</param>
/// <param name="Start">The offset of the figure's first character (its minus or currency sign, if any).</param>
/// <param name="End">The offset just past the figure, its scale and percent sign included.</param>
/// <param name="Forms">How it is written.</param>
/// <param name="Currency">The ISO 4217 code its sign or code stands for, when it is money.</param>
public readonly record struct FigureMention(decimal Low, decimal High, int Start, int End, FigureForms Forms, string? Currency)
{
    /// <summary>Whether the text states <paramref name="value"/> here.</summary>
    public bool States(decimal value) => value >= Low && value <= High;

    /// <summary>Whether it is written as readers write figures (grouped, a percentage, money or scaled), not bare digits or words.</summary>
    public bool IsFormatted => (Forms & (FigureForms.Grouped | FigureForms.Percent | FigureForms.Currency | FigureForms.Scaled)) != 0;
}

/// <summary>
/// Finds every figure a sentence states, in any of the ways a writer puts one: digits with thousands separators
/// (<c>100,000</c>, <c>100 000</c>), decimals, scale words and suffixes (<c>1 million</c>, <c>$30 billion</c>,
/// <c>100k</c>), percentages, ranges whose scale is written once (<c>$1-2 billion</c>), number words
/// (<c>three</c>, <c>twenty-five</c>, <c>a million</c>), ordinals (<c>a third language</c>) and decades (<c>his 20s</c>).
/// It reads what is there and judges nothing: which figure matters is the caller's business.
/// </summary>
public static class FigureMentions
{
    private static readonly Dictionary<string, int> s_units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["dozen"] = 12,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
    };

    private static readonly Dictionary<string, int> s_tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly string[] s_percentWords = { " percent", " per cent", "percent" };

    private static readonly Dictionary<string, decimal> s_scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["k"] = 1_000m, ["million"] = 1_000_000m, ["mln"] = 1_000_000m,
        ["billion"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    };

    /// <summary>Every figure <paramref name="text"/> states, in the order they are written.</summary>
    public static IReadOnlyList<FigureMention> Find(string text)
    {
        var mentions = new List<FigureMention>();
        var index = 0;
        while (index < text.Length)
        {
            if (char.IsDigit(text[index]) && !IsWordCharacterAt(text, index - 1))
            {
                index = ReadDigits(text, index, mentions);
            }
            else if (char.IsLetter(text[index]) && !IsWordCharacterAt(text, index - 1))
            {
                index = ReadWords(text, index, mentions);
            }
            else
            {
                index++;
            }
        }

        return mentions;
    }

    /// <summary>Reads a number written in digits, with what follows it: a scale, a decade's "s", the high end of a range.</summary>
    private static int ReadDigits(string text, int start, List<FigureMention> mentions)
    {
        var low = ReadFigure(text, start);
        if (low.Scale == 1m && low.End < text.Length && text[low.End] == 's' && !IsWordCharacterAt(text, low.End + 1) && low.Number % 10 == 0)
        {
            // "the 1990s", "in his 20s": every number of the decade is stated.
            mentions.Add(new FigureMention(low.Number, low.Number + 9, low.Start, low.End + 1, FigureForms.Decade, null));
            return low.End + 1;
        }

        if (RangeHighStart(text, low.End) is { } highStart)
        {
            // "$1-2 billion" writes the scale once, after the high end; "10-15%" writes the sign once, "$1-2" the currency.
            var high = ReadFigure(text, highStart);
            var shared = high.Forms & (FigureForms.Percent | FigureForms.Scaled);
            var lowScale = low.Scale == 1m ? high.Scale : low.Scale;
            var currency = low.Currency ?? high.Currency;
            var currencyForm = currency is null ? FigureForms.Plain : FigureForms.Currency;
            mentions.Add(new FigureMention(low.Number * lowScale, low.Number * lowScale, low.Start, low.End, low.Forms | shared | currencyForm | FigureForms.RangeEnd, currency));
            if (lowScale != low.Scale)
            {
                mentions.Add(new FigureMention(low.Number, low.Number, low.Start, low.End, low.Forms | FigureForms.RangeEnd, currency));
            }

            var highValue = high.Number * high.Scale;
            mentions.Add(new FigureMention(highValue, highValue, high.Start, high.End, high.Forms | currencyForm | FigureForms.RangeEnd, currency));
            return high.End;
        }

        var value = low.Number * low.Scale;
        mentions.Add(new FigureMention(value, value, low.Start, low.End, low.Forms, low.Currency));
        foreach (var part in low.GroupParts)
        {
            // "in 2019 400 people" reads as 2,019,400 and as its parts; stating more is harmless, missing one is not.
            mentions.Add(new FigureMention(part, part, start, start, FigureForms.Plain, null));
        }

        return low.End;
    }

    /// <summary>One number in digits with its signs: currency and minus before it, scale and percent after it.</summary>
    private static WrittenFigure ReadFigure(string text, int digitStart)
    {
        var (number, end, isGrouped, groupParts) = ReadNumber(text, digitStart);
        var forms = isGrouped ? FigureForms.Grouped : FigureForms.Plain;
        var (start, currency) = CurrencyBefore(text, digitStart);
        if (currency is not null)
        {
            forms |= FigureForms.Currency;
        }

        if (IsMinusSignAt(text, start - 1))
        {
            number = -number;
            start--;
        }

        var (scale, afterScale) = ReadScale(text, end);
        if (scale != 1m)
        {
            forms |= FigureForms.Scaled;
        }

        var afterPercent = ReadPercent(text, afterScale);
        if (afterPercent != afterScale)
        {
            forms |= FigureForms.Percent;
        }

        return new WrittenFigure(number, scale, start, afterPercent, forms, currency, groupParts);
    }

    private static int ReadPercent(string text, int index)
    {
        if (index < text.Length && text[index] == '%')
        {
            return index + 1;
        }

        foreach (var word in s_percentWords)
        {
            if (string.Compare(text, index, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && !IsWordCharacterAt(text, index + word.Length))
            {
                return index + word.Length;
            }
        }

        return index;
    }

    /// <summary>Where the high end of a range starts, when a dash or "to" and a number follow.</summary>
    private static int? RangeHighStart(string text, int index)
    {
        int afterDash;
        if (index < text.Length && text[index] is '-' or '–' or '—')
        {
            afterDash = index + 1;
        }
        else if (string.CompareOrdinal(text, index, " to ", 0, 4) == 0)
        {
            afterDash = index + 4;
        }
        else
        {
            return null;
        }

        var digits = afterDash;
        while (digits < text.Length && !char.IsDigit(text[digits]) && digits - afterDash < 3 && text[digits] is not (' ' or '-'))
        {
            digits++;
        }

        return digits < text.Length && char.IsDigit(text[digits]) && CurrencyBefore(text, digits).Start == afterDash ? digits : null;
    }

    /// <summary>
    /// Reads digits with comma groups (<c>100,000</c>), space groups (<c>100 000</c>, also with a no-break or thin
    /// space) and a decimal point. A group is exactly three digits, so "28, 2022" stays two numbers.
    /// </summary>
    private static (decimal Number, int End, bool IsGrouped, List<decimal> GroupParts) ReadNumber(string text, int start)
    {
        var digits = new StringBuilder();
        var groupParts = new List<decimal>();
        var index = ReadDigitRun(text, start, digits);
        var firstRun = digits.ToString();
        var spaceGrouped = false;
        var groups = 0;
        while (index < text.Length && IsGroupSeparator(text[index]) && IsGroupOfThree(text, index + 1))
        {
            groups++;
            spaceGrouped |= text[index] != ',';
            if (spaceGrouped)
            {
                groupParts.Add(decimal.Parse(text.Substring(index + 1, 3), CultureInfo.InvariantCulture));
            }

            digits.Append(text, index + 1, 3);
            index += 4;
        }

        if (index + 1 < text.Length && text[index] == '.' && char.IsDigit(text[index + 1]))
        {
            digits.Append('.');
            index = ReadDigitRun(text, index + 1, digits);
        }

        if (spaceGrouped)
        {
            groupParts.Insert(0, decimal.Parse(firstRun, CultureInfo.InvariantCulture));
        }
        else
        {
            groupParts.Clear();
        }

        return (ParseDecimal(digits.ToString()), index, groups > 0, groupParts);
    }

    private static int ReadDigitRun(string text, int index, StringBuilder digits)
    {
        while (index < text.Length && char.IsDigit(text[index]) && digits.Length < 28)
        {
            digits.Append(text[index]);
            index++;
        }

        while (index < text.Length && char.IsDigit(text[index]))
        {
            // Beyond decimal's 28 digits nothing a fact holds can match; skip the rest of the run.
            index++;
        }

        return index;
    }

    private static decimal ParseDecimal(string digits)
        => decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : decimal.MaxValue;

    private static bool IsGroupSeparator(char character) => character is ',' or ' ' or '\u00A0' or '\u202F' or '\u2009';

    private static bool IsGroupOfThree(string text, int index)
        => index + 3 <= text.Length
           && char.IsDigit(text[index]) && char.IsDigit(text[index + 1]) && char.IsDigit(text[index + 2])
           && (index + 3 == text.Length || !char.IsDigit(text[index + 3]));

    /// <summary>A scale after a number: "1 million", "30 billion", "100k", "5bn". A percent sign changes nothing.</summary>
    private static (decimal Scale, int End) ReadScale(string text, int index)
    {
        var wordStart = index < text.Length && text[index] == ' ' ? index + 1 : index;
        var wordEnd = wordStart;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > wordStart && s_scales.TryGetValue(text.Substring(wordStart, wordEnd - wordStart), out var scale)
            && !IsWordCharacterAt(text, wordEnd)
            ? (scale, wordEnd)
            : (1m, index);
    }

    /// <summary>Reads a number written in words: "three", "twenty-five", "a million", "two hundred thousand".</summary>
    private static int ReadWords(string text, int start, List<FigureMention> mentions)
    {
        var (word, end) = WordAt(text, start);
        decimal number;
        if (IsWordCharacterAt(text, end))
        {
            // "A4", "COVID19": a word run into digits is a name, not a number.
            while (IsWordCharacterAt(text, end))
            {
                end++;
            }

            return end;
        }

        if (s_tens.TryGetValue(word, out var tens))
        {
            number = tens;
            if (end + 1 < text.Length && text[end] == '-' && WordAt(text, end + 1) is var (unitWord, unitEnd)
                && s_units.TryGetValue(unitWord, out var unit) && unit is > 0 and < 10)
            {
                number += unit;
                end = unitEnd;
            }
        }
        else if (s_units.TryGetValue(word, out var unit))
        {
            number = unit;
        }
        else
        {
            return end;
        }

        while (end + 1 < text.Length && text[end] == ' ' && WordAt(text, end + 1) is var (scaleWord, scaleEnd)
               && scaleWord != "k" && s_scales.TryGetValue(scaleWord, out var scale))
        {
            number *= scale;
            end = scaleEnd;
        }

        mentions.Add(new FigureMention(number, number, start, end, FigureForms.Words, null));
        return end;
    }

    private static (string Word, int End) WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return (text.Substring(start, end - start), end);
    }

    /// <summary>A currency sign (<c>$</c>, <c>US$</c>, <c>€</c>) or ISO code and a space (<c>USD 30</c>) just before the digits.</summary>
    private static (int Start, string? Currency) CurrencyBefore(string text, int digitStart)
    {
        foreach (var symbol in Currencies.Symbols)
        {
            var start = digitStart - symbol.Key.Length;
            if (start >= 0 && string.CompareOrdinal(text, start, symbol.Key, 0, symbol.Key.Length) == 0)
            {
                return (start, symbol.Value);
            }
        }

        if (digitStart >= 4 && text[digitStart - 1] == ' ' && text.Substring(digitStart - 4, 3) is var code
            && Currencies.IsKnown(code) && !IsWordCharacterAt(text, digitStart - 5))
        {
            return (digitStart - 4, code);
        }

        return (digitStart, null);
    }

    private readonly record struct WrittenFigure(decimal Number, decimal Scale, int Start, int End, FigureForms Forms, string? Currency, List<decimal> GroupParts);

    /// <summary>A minus sign, not a hyphen between two words or numbers ("23-year-old", "70,000-100,000").</summary>
    private static bool IsMinusSignAt(string text, int index)
        => index >= 0 && text[index] is '-' or '−' && !IsWordCharacterAt(text, index - 1);

    private static bool IsWordCharacterAt(string text, int index)
        => index >= 0 && index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '_');
}
