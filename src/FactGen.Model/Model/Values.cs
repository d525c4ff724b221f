using System;

namespace FactGen.Model;

/// <summary>What kind of thing a value is; it decides the C# type generated for it.</summary>
public enum ValueKind
{
    /// <summary>A whole number: <c>long</c>.</summary>
    Integer,

    /// <summary>A number with a fraction, kept exact: <c>decimal</c>.</summary>
    Decimal,

    /// <summary>A percentage: <c>FactGen.Percentage</c>.</summary>
    Percentage,

    /// <summary>An amount of money in a currency: <c>FactGen.Money</c>.</summary>
    Money,

    /// <summary>A calendar year: <c>int</c>.</summary>
    Year,

    /// <summary>Plain text (dataset cells only): <c>string</c>.</summary>
    Text,

    /// <summary>A date, full or partial (dataset cells only): <c>FactGen.PartialDate</c>.</summary>
    Date,

    /// <summary>Yes or no (dataset cells only): <c>bool</c>.</summary>
    Boolean,
}

/// <summary>How the text qualifies a figure. Mirrors <c>FactGen.Precision</c> of the runtime library.</summary>
public enum Precision
{
    /// <summary>The figure alone.</summary>
    Exact,

    /// <summary>About, around, roughly.</summary>
    About,

    /// <summary>An estimated figure.</summary>
    Estimated,

    /// <summary>At least.</summary>
    AtLeast,

    /// <summary>More than.</summary>
    MoreThan,

    /// <summary>As many as.</summary>
    AsManyAs,

    /// <summary>Up to.</summary>
    UpTo,

    /// <summary>Less than.</summary>
    LessThan,
}

/// <summary>How far a fact is to be trusted against others of the same claim.</summary>
public enum Rank
{
    /// <summary>An ordinary fact.</summary>
    Normal,

    /// <summary>The best figure for its claim.</summary>
    Preferred,

    /// <summary>A figure kept for the record but no longer to be used.</summary>
    Deprecated,
}

/// <summary>How a quote is compared with its source's archived text (<c>match:</c>).</summary>
public enum QuoteMatch
{
    /// <summary>Character for character.</summary>
    Exact,

    /// <summary>
    /// Runs of white space (no-break spaces and line breaks included), curly and straight quotes and apostrophes, and
    /// dash variants compare equal; nothing else does.
    /// </summary>
    Normalized,
}

/// <summary>A value's type: its kind and whether it is a range of that kind.</summary>
public readonly record struct TypeSpec(ValueKind Kind, bool IsRange)
{
    /// <summary>The type with its article, for messages: "an integer", "a percentage", "a range&lt;money&gt;".</summary>
    public string WithArticle => Kind == ValueKind.Integer && !IsRange ? "an integer" : "a " + ToString();

    /// <summary>The type as written in YAML: <c>integer</c>, <c>range&lt;percentage&gt;</c>.</summary>
    public override string ToString() => IsRange ? $"range<{KindNames.Of(Kind)}>" : KindNames.Of(Kind);
}

/// <summary>
/// A figure: one number or a range of two, of one kind, read from the text exactly (never through binary floating point).
/// </summary>
/// <param name="Kind">What the number is.</param>
/// <param name="Low">The number, or the low end of a range. For a percentage, the percent (13 for 13%).</param>
/// <param name="High">The high end of a range, or null for a single number.</param>
/// <param name="Currency">The ISO 4217 code of money, else null.</param>
/// <param name="Written">The value as the YAML wrote it, for messages and docs.</param>
public sealed record FigureValue(ValueKind Kind, decimal Low, decimal? High, string? Currency, string Written)
{
    /// <summary>Whether the figure is a range.</summary>
    public bool IsRange => High.HasValue;

    /// <summary>The figure's type.</summary>
    public TypeSpec Type => new(Kind, IsRange);
}

/// <summary>A date as precise as the text gives it: a year, a month, or a day. Zero stands for an unknown part.</summary>
public readonly record struct DateValue(int Year, int Month, int Day) : IComparable<DateValue>
{
    /// <inheritdoc/>
    public int CompareTo(DateValue other)
    {
        // A partial date compares as its first day, which is what "retrieved before published" needs.
        var year = Year.CompareTo(other.Year);
        if (year != 0)
        {
            return year;
        }

        var month = Math.Max(Month, 1).CompareTo(Math.Max(other.Month, 1));
        return month != 0 ? month : Math.Max(Day, 1).CompareTo(Math.Max(other.Day, 1));
    }

    /// <summary>The first day the date may be: 2022-01-01 for <c>2022</c>.</summary>
    public DateTime FirstDay => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    /// <summary>The last day the date may be: 2022-12-31 for <c>2022</c>.</summary>
    public DateTime LastDay
        => Day != 0 ? FirstDay : Month != 0 ? FirstDay.AddMonths(1).AddDays(-1) : FirstDay.AddYears(1).AddDays(-1);

    /// <summary>The ISO 8601 text: <c>2023</c>, <c>2023-08</c> or <c>2023-08-03</c>.</summary>
    public override string ToString()
        => Month == 0 ? Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)
        : Day == 0 ? $"{Year:0000}-{Month:00}"
        : $"{Year:0000}-{Month:00}-{Day:00}";
}

/// <summary>The period a figure covers: one date, month or year, or a span between two of them.</summary>
public readonly record struct PeriodValue(DateValue Start, DateValue? End)
{
    /// <summary>
    /// Whether two figures over these periods speak of the same stretch of time: the days the periods share are at
    /// least half the days of each. <c>2022</c> and <c>2022/2023-08</c> overlap (365 of 365 and of 608 days);
    /// <c>2022-02/2022-04-01</c> ("since the invasion, by April 2022") and <c>2022/2023-08</c> do not (60 of 608), nor
    /// do two periods that share no day. A figure for a short stretch says little about a long one that holds it.
    /// </summary>
    public bool Overlaps(PeriodValue other)
    {
        var first = Start.FirstDay > other.Start.FirstDay ? Start.FirstDay : other.Start.FirstDay;
        var last = LastDay < other.LastDay ? LastDay : other.LastDay;
        var shared = (last - first).Days + 1;
        return shared > 0 && shared * 2 >= Days && shared * 2 >= other.Days;
    }

    /// <summary>The last day the period may end on.</summary>
    private DateTime LastDay => (End ?? Start).LastDay;

    /// <summary>How many days the period spans, from its first possible day to its last.</summary>
    private int Days => (LastDay - Start.FirstDay).Days + 1;

    /// <summary>The ISO text: <c>2022</c> or <c>2022-02/2023-08</c>.</summary>
    public override string ToString() => End is { } end ? $"{Start}/{end}" : Start.ToString();
}

/// <summary>A dataset cell: a figure, a text, a date or a yes/no, as its column's type says.</summary>
public sealed record CellValue(ValueKind Kind, FigureValue? Figure, string? Text, DateValue? Date, bool Boolean);

/// <summary>The YAML names of the value kinds.</summary>
public static class KindNames
{
    /// <summary>The YAML name of <paramref name="kind"/>.</summary>
    public static string Of(ValueKind kind) => kind switch
    {
        ValueKind.Integer => "integer",
        ValueKind.Decimal => "decimal",
        ValueKind.Percentage => "percentage",
        ValueKind.Money => "money",
        ValueKind.Year => "year",
        ValueKind.Text => "text",
        ValueKind.Date => "date",
        _ => "boolean",
    };
}

/// <summary>The words a precision prints as.</summary>
public static class PrecisionPhrases
{
    /// <summary>The phrase before the figure: "about", "more than"; empty for <see cref="Precision.Exact"/>.</summary>
    public static string Of(Precision precision) => precision switch
    {
        Precision.About => "about",
        Precision.Estimated => "an estimated",
        Precision.AtLeast => "at least",
        Precision.MoreThan => "more than",
        Precision.AsManyAs => "as many as",
        Precision.UpTo => "up to",
        Precision.LessThan => "less than",
        _ => string.Empty,
    };
}
