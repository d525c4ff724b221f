using System;

namespace FactGen;

/// <summary>
/// When a fact holds: a single <see cref="PartialDate"/> (<c>2022</c>, <c>2022-12</c>, <c>2022-12-31</c>) or a span
/// <c>start/end</c> of two of them (<c>2022-02/2023-08</c>).
/// </summary>
public readonly struct Period : IEquatable<Period>
{
    private readonly PartialDate _start;
    private readonly PartialDate? _end;

    /// <summary>Creates a period.</summary>
    /// <param name="start">The date, or the start of the span.</param>
    /// <param name="end">The end of the span, or null for a single date.</param>
    /// <exception cref="ArgumentException">The end's earliest day falls before the start's earliest day.</exception>
    public Period(PartialDate start, PartialDate? end = null)
    {
        if (end is PartialDate e && e.EarliestDayKey < start.EarliestDayKey)
        {
            throw new ArgumentException($"The end of a period ({e}) cannot be before its start ({start}).", nameof(end));
        }

        _start = start;
        _end = end;
    }

    /// <summary>The date, or the start of the span.</summary>
    public PartialDate Start => _start;

    /// <summary>The end of the span, or null when the period is a single date.</summary>
    public PartialDate? End => _end;

    /// <summary>Whether the period is a span with an end.</summary>
    public bool IsSpan => _end.HasValue;

    /// <summary>Parses <c>2022</c>, <c>2022-12</c>, <c>2022-12-31</c> or a span <c>start/end</c> of two such dates.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a period, or its end is before its start.</exception>
    public static Period Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return TryParse(text, out var period)
            ? period
            : throw new FormatException($"'{text}' is not a period: expected a date (YYYY, YYYY-MM, YYYY-MM-DD) or start/end, end not before start.");
    }

    /// <summary>Parses <c>2022</c>, <c>2022-12</c>, <c>2022-12-31</c> or a span <c>start/end</c> of two such dates.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="period">The period when parsing succeeded, else <c>default</c>.</param>
    /// <returns>Whether the text is a valid period whose end is not before its start.</returns>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (text is null)
        {
            return false;
        }

        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!PartialDate.TryParse(text, out var date))
            {
                return false;
            }

            period = new Period(date);
            return true;
        }

        if (!PartialDate.TryParse(text.Substring(0, slash), out var start)
            || !PartialDate.TryParse(text.Substring(slash + 1), out var end)
            || end.EarliestDayKey < start.EarliestDayKey)
        {
            return false;
        }

        period = new Period(start, end);
        return true;
    }

    /// <summary>The ISO 8601 text: <c>2022</c>, or <c>2022-02/2023-08</c> for a span.</summary>
    /// <returns>The ISO text.</returns>
    public override string ToString() => _end is PartialDate e ? _start + "/" + e : _start.ToString();

    /// <summary>English text for readers: <c>2022</c>, <c>August 2023</c>, or <c>2022–August 2023</c> (en dash) for a span.</summary>
    /// <returns>The display text.</returns>
    public string ToDisplayString() =>
        _end is PartialDate e ? _start.ToDisplayString() + "\u2013" + e.ToDisplayString() : _start.ToDisplayString();

    /// <inheritdoc/>
    public bool Equals(Period other) => _start == other._start && _end == other._end;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Period other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashHelper.Combine(_start.GetHashCode(), _end.HasValue ? _end.Value.GetHashCode() : -1);

    /// <summary>Whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when start and end are equal.</returns>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when start or end differ.</returns>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);
}
