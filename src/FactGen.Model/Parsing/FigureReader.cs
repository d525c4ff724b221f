using System;
using System.Globalization;
using System.Text;

namespace FactGen.Model.Parsing;

/// <summary>What reading a figure gave: the figure, or the rule it broke and the words for its message.</summary>
public readonly struct FigureReadResult
{
    private FigureReadResult(FigureValue? value, FactRule? error, string[] arguments)
    {
        Value = value;
        Error = error;
        Arguments = arguments;
    }

    /// <summary>The figure, when it could be read.</summary>
    public FigureValue? Value { get; }

    /// <summary>The rule broken, when it could not.</summary>
    public FactRule? Error { get; }

    /// <summary>The message arguments of <see cref="Error"/>.</summary>
    public string[] Arguments { get; }

    internal static FigureReadResult Success(FigureValue value) => new(value, null, Array.Empty<string>());

    internal static FigureReadResult Failure(FactRule rule, params string[] arguments) => new(null, rule, arguments);
}

/// <summary>
/// Reads a figure the way an analyst copies it from a text: <c>100,000</c>, <c>100 000</c>, <c>1 million</c>,
/// <c>13%</c>, <c>10 percent</c>, <c>$30 billion</c>, <c>USD 30 billion</c>, <c>70,000-100,000</c>, <c>10-15%</c>.
/// Numbers are read into <see cref="decimal"/> from their digits, never through binary floating point.
/// </summary>
public static class FigureReader
{
    private static readonly string[] s_rangeSeparators = { "–", "—", " to ", "-" };
    private static readonly char[] s_yearTypos = { '.', ',', ' ', '\u00A0' };

    /// <summary>Reads <paramref name="written"/>, as the kind <paramref name="declared"/> says when it is given.</summary>
    public static FigureReadResult Read(string written, TypeSpec? declared = null)
    {
        var text = written.Trim();
        if (text.Length == 0)
        {
            return FigureReadResult.Failure(FactRules.UnreadableValue, written, "a number such as 100,000, 13% or $30 billion");
        }

        var range = SplitRange(text);
        FigureValue? figure;
        if (range is var (lowText, highText))
        {
            var low = ReadSingle(lowText);
            var high = ReadSingle(highText);
            if (low.Value is not { } lowPart)
            {
                return low.Error;
            }

            if (high.Value is not { } highPart)
            {
                return high.Error;
            }

            var combined = CombineRange(lowPart, highPart, written);
            if (combined.Value is null)
            {
                return combined;
            }

            figure = combined.Value;
        }
        else
        {
            var single = ReadSingle(text);
            if (single.Value is not { } part)
            {
                return single.Error;
            }

            figure = ToFigure(part, null, written);
        }

        return declared is { } type ? Coerce(figure, type) : FigureReadResult.Success(figure);
    }

    private static (string Low, string High)? SplitRange(string text)
    {
        foreach (var separator in s_rangeSeparators)
        {
            // Start past the first character so that a leading minus sign is not taken for a separator.
            var at = text.IndexOf(separator, 1, StringComparison.Ordinal);
            if (at > 0)
            {
                return (text.Substring(0, at).Trim(), text.Substring(at + separator.Length).Trim());
            }
        }

        return null;
    }

    private static FigureReadResult CombineRange(Part low, Part high, string written)
    {
        // "10-15%" and "$1-2 billion" write the kind, scale or currency once; each end takes what the other wrote.
        var isPercent = low.IsPercent || high.IsPercent;
        var currency = low.Currency ?? high.Currency;
        if ((low.IsPercent && high.Currency is not null) || (high.IsPercent && low.Currency is not null)
            || (low.Currency is not null && high.Currency is not null && low.Currency != high.Currency))
        {
            return FigureReadResult.Failure(FactRules.UnreadableValue, written, "a range whose two ends are of one kind, such as 10-15% or $1-2 billion");
        }

        var lowScale = low.Scale == 1 ? high.Scale : low.Scale;
        decimal lowAmount;
        try
        {
            lowAmount = low.Amount * (lowScale / low.Scale);
        }
        catch (OverflowException)
        {
            return FigureReadResult.Failure(FactRules.UnreadableValue, written, "a figure small enough to count (at most 28 digits)");
        }

        var lowEnd = new Part(lowAmount, lowScale, isPercent, currency, low.HasFraction, low.Step / low.Scale * lowScale);
        var highEnd = new Part(high.Amount, high.Scale, isPercent, currency, high.HasFraction, high.Step);
        if (lowEnd.Amount > highEnd.Amount)
        {
            return FigureReadResult.Failure(FactRules.RangeReversed, written, Format(lowEnd.Amount), Format(highEnd.Amount));
        }

        return FigureReadResult.Success(ToFigure(lowEnd, highEnd, written));
    }

    private static FigureValue ToFigure(Part low, Part? high, string written)
    {
        var kind = low.IsPercent ? ValueKind.Percentage
            : low.Currency is not null ? ValueKind.Money
            : low.IsWholeNumber && (high is not { } h || h.IsWholeNumber) ? ValueKind.Integer
            : ValueKind.Decimal;
        return new FigureValue(kind, Normalize(low.Amount), high is { } end ? Normalize(end.Amount) : null, low.Currency, written.Trim());
    }

    private static FigureReadResult Coerce(FigureValue figure, TypeSpec declared)
    {
        if (declared.IsRange != figure.IsRange)
        {
            return FigureReadResult.Failure(
                FactRules.UnreadableValue,
                figure.Written,
                declared.IsRange ? $"a range such as 70,000-100,000 (the type is {declared})" : $"a single {declared} (ranges need type range<{declared}>)");
        }

        var wholeNumbers = IsWhole(figure.Low) && (figure.High is null || IsWhole(figure.High.Value));
        switch (declared.Kind)
        {
            case ValueKind.Integer or ValueKind.Year when figure.Kind is ValueKind.Integer or ValueKind.Decimal && wholeNumbers:
            case ValueKind.Decimal when figure.Kind is ValueKind.Integer or ValueKind.Decimal:
            case ValueKind.Percentage when figure.Kind is ValueKind.Integer or ValueKind.Decimal or ValueKind.Percentage:
                // A year is written as plain digits: "2.0" or "2,022" is a typo, not the year 2 or 2022.
                if (declared.Kind == ValueKind.Year
                    && (figure.Low < 1 || figure.Low > 9999 || figure.High > 9999 || figure.Written.IndexOfAny(s_yearTypos) >= 0))
                {
                    return FigureReadResult.Failure(FactRules.UnreadableValue, figure.Written, "a year from 1 to 9999 in plain digits, such as 2022");
                }

                return FigureReadResult.Success(figure with { Kind = declared.Kind });
            case ValueKind.Money when figure.Kind == ValueKind.Money:
                return FigureReadResult.Success(figure);
            case ValueKind.Money:
                return FigureReadResult.Failure(FactRules.UnreadableValue, figure.Written, "an amount with its currency, such as $30 billion or USD 30 billion");
            default:
                return FigureReadResult.Failure(FactRules.UnreadableValue, figure.Written, $"a value of type {declared}");
        }
    }

    private static bool IsWhole(decimal value) => decimal.Truncate(value) == value && value >= long.MinValue && value <= long.MaxValue;

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads one figure: an optional currency, a number, an optional scale word, an optional % or code.</summary>
    private static PartResult ReadSingle(string text)
    {
        var rest = text;
        string? currency = null;
        foreach (var symbol in Currencies.Symbols)
        {
            if (rest.StartsWith(symbol.Key, StringComparison.Ordinal))
            {
                currency = symbol.Value;
                rest = rest.Substring(symbol.Key.Length).TrimStart();
                break;
            }
        }

        if (currency is null && rest.Length > 4 && IsCurrencyCode(rest, 0) && rest[3] == ' ')
        {
            currency = rest.Substring(0, 3);
            rest = rest.Substring(4).TrimStart();
        }

        if (currency is null && rest.Length > 4 && IsCurrencyCode(rest, rest.Length - 3) && rest[rest.Length - 4] == ' ')
        {
            currency = rest.Substring(rest.Length - 3);
            rest = rest.Substring(0, rest.Length - 4).TrimEnd();
        }

        if (currency is not null && !Currencies.IsKnown(currency))
        {
            return PartResult.Fail(FigureReadResult.Failure(FactRules.UnknownCurrency, currency));
        }

        var isPercent = false;
        foreach (var suffix in new[] { "%", " percent", " per cent" })
        {
            if (rest.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                isPercent = true;
                rest = rest.Substring(0, rest.Length - suffix.Length).TrimEnd();
                break;
            }
        }

        if (isPercent && currency is not null)
        {
            return PartResult.Fail(FigureReadResult.Failure(FactRules.UnreadableValue, text, "either a percentage (13%) or an amount of money ($30 billion), not both"));
        }

        var numberEnd = 0;
        while (numberEnd < rest.Length && (char.IsDigit(rest[numberEnd]) || rest[numberEnd] is ',' or '.' or '-' or '−' or '+' || IsGroupSpace(rest, numberEnd)))
        {
            numberEnd++;
        }

        var numberText = rest.Substring(0, numberEnd).TrimEnd();
        var word = rest.Substring(numberEnd).Trim();
        if (!TryReadNumber(numberText, out var amount, out var hasFraction, out var step))
        {
            return PartResult.Fail(FigureReadResult.Failure(FactRules.UnreadableValue, text, Suggest(text)));
        }

        decimal scale = 1;
        if (word.Length > 0)
        {
            var known = ScaleOf(word);
            if (known is null)
            {
                return PartResult.Fail(FigureReadResult.Failure(FactRules.UnreadableValue, text, Suggest(text)));
            }

            scale = known.Value;
        }

        try
        {
            return PartResult.Ok(new Part(amount * scale, scale, isPercent, currency, hasFraction, step * scale));
        }
        catch (OverflowException)
        {
            return PartResult.Fail(FigureReadResult.Failure(FactRules.UnreadableValue, text, "a figure small enough to count (at most 28 digits)"));
        }
    }

    /// <summary>A space inside a number groups thousands ("100 000") only when three digits follow it.</summary>
    private static bool IsGroupSpace(string text, int index)
        => text[index] is ' ' or '\u00A0' or '\u202F' or '\u2009'
            && index > 0 && char.IsDigit(text[index - 1])
            && HasThreeDigitsAt(text, index + 1);

    private static bool HasThreeDigitsAt(string text, int start)
        => start + 3 <= text.Length && char.IsDigit(text[start]) && char.IsDigit(text[start + 1]) && char.IsDigit(text[start + 2])
            && (start + 3 == text.Length || !char.IsDigit(text[start + 3]));

    private static bool IsCurrencyCode(string text, int start)
        => start >= 0 && start + 3 <= text.Length && char.IsUpper(text[start]) && char.IsUpper(text[start + 1]) && char.IsUpper(text[start + 2])
            && text[start] < 128 && text[start + 1] < 128 && text[start + 2] < 128;

    /// <summary>Reads digits with optional sign, thousands groups (comma or space) and a decimal point.</summary>
    private static bool TryReadNumber(string text, out decimal value, out bool hasFraction, out decimal step)
    {
        value = 0;
        hasFraction = false;
        step = 1;
        var digits = new StringBuilder(text.Length);
        var index = 0;
        if (index < text.Length && text[index] is '-' or '−' or '+')
        {
            if (text[index] != '+')
            {
                digits.Append('-');
            }

            index++;
        }

        var integerStart = index;
        var groupLength = -1;
        var lastSeparator = -1;
        for (; index < text.Length && text[index] != '.'; index++)
        {
            var c = text[index];
            if (char.IsDigit(c) && c < 128)
            {
                digits.Append(c);
                if (groupLength >= 0)
                {
                    groupLength++;
                }

                continue;
            }

            if (c is not (',' or ' ' or '\u00A0' or '\u202F' or '\u2009'))
            {
                return false;
            }

            // Each group after a separator holds exactly three digits; the first holds one to three.
            var firstGroup = lastSeparator < 0 ? index - integerStart : groupLength;
            if (firstGroup < 1 || (lastSeparator < 0 ? firstGroup > 3 : groupLength != 3))
            {
                return false;
            }

            lastSeparator = index;
            groupLength = 0;
        }

        if (index == integerStart || (lastSeparator >= 0 && groupLength != 3))
        {
            return false;
        }

        if (index < text.Length)
        {
            digits.Append('.');
            index++;
            var fractionStart = index;
            for (; index < text.Length; index++)
            {
                if (!(char.IsDigit(text[index]) && text[index] < 128))
                {
                    return false;
                }

                digits.Append(text[index]);
            }

            if (index == fractionStart)
            {
                return false;
            }

            hasFraction = true;
            step = Pow10(-(index - fractionStart));
        }
        else
        {
            // Trailing zeros of a whole number are not significant: "100,000" is rounded to its one significant digit.
            var zeros = 0;
            for (var i = digits.Length - 1; i > 0 && digits[i] == '0'; i--)
            {
                zeros++;
            }

            step = Pow10(zeros);
        }

        return decimal.TryParse(digits.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        for (var i = 0; i > exponent; i--)
        {
            result /= 10;
        }

        return result;
    }

    /// <summary>
    /// The place value of the last significant digit of each end of <paramref name="figure"/> as written, scale
    /// included: 100,000 for <c>100,000</c> (trailing zeros of a whole number are not significant), 10 for
    /// <c>10%</c>, 1 for <c>13%</c> and <c>23</c>, 0.1 billion for <c>2.5 billion</c>. Null when the text cannot
    /// be read again (a figure not made by <see cref="Read"/>).
    /// </summary>
    public static (decimal Low, decimal? High)? SignificantSteps(FigureValue figure)
    {
        var text = figure.Written.Trim();
        if (SplitRange(text) is var (lowText, highText))
        {
            if (ReadSingle(lowText).Value is not { } low || ReadSingle(highText).Value is not { } high || !figure.IsRange)
            {
                return null;
            }

            var lowScale = low.Scale == 1 ? high.Scale : low.Scale;
            return (low.Step / low.Scale * lowScale, high.Step);
        }

        return ReadSingle(text).Value is { } single && !figure.IsRange ? (single.Step, null) : null;
    }

    private static decimal? ScaleOf(string word) => word.ToLowerInvariant() switch
    {
        "thousand" or "k" => 1_000m,
        "million" or "mln" or "mn" or "m" => 1_000_000m,
        "billion" or "bln" or "bn" or "b" => 1_000_000_000m,
        "trillion" or "tn" => 1_000_000_000_000m,
        _ => null,
    };

    private static readonly string[] s_words = { "thousand", "million", "billion", "trillion", "percent" };

    private static string Suggest(string text)
    {
        foreach (var token in text.Split(' '))
        {
            if (token.Length > 3 && EditDistance.Closest(token.ToLowerInvariant(), s_words) is { } word && !string.Equals(token, word, StringComparison.OrdinalIgnoreCase))
            {
                return $"'{text.Replace(token, word)}'";
            }
        }

        return "a number such as 100,000, 1 million, 13%, 10 percent, $30 billion or 70,000-100,000";
    }

    private readonly struct Part
    {
        public Part(decimal amount, decimal scale, bool isPercent, string? currency, bool hasFraction, decimal step)
        {
            Amount = amount;
            Scale = scale;
            IsPercent = isPercent;
            Currency = currency;
            HasFraction = hasFraction;
            Step = step;
        }

        public decimal Amount { get; }

        public decimal Scale { get; }

        public bool IsPercent { get; }

        public string? Currency { get; }

        public bool HasFraction { get; }

        /// <summary>The place value of the last significant digit as written, scale included: 10,000 for "70,000", 100 million for "2.5 billion".</summary>
        public decimal Step { get; }

        /// <summary>"2.5" and "2.0" are decimals as written, but "2.5 million" is a whole number once scaled.</summary>
        public bool IsWholeNumber => (!HasFraction || Scale != 1) && IsWhole(Amount);
    }

    private readonly struct PartResult
    {
        private PartResult(Part? value, FigureReadResult error)
        {
            Value = value;
            Error = error;
        }

        public Part? Value { get; }

        public FigureReadResult Error { get; }

        public static PartResult Ok(Part part) => new(part, default);

        public static PartResult Fail(FigureReadResult error) => new(null, error);
    }
}
