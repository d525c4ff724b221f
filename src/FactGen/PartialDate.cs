using System;
using System.Globalization;

namespace FactGen;

/// <summary>
/// A date known to the year, the month or the day, as a source states it: <c>2023</c>, <c>2023-08</c> or
/// <c>2023-08-03</c>. Dates order by year, then month, then day, a less precise date first
/// (<c>2023</c> &lt; <c>2023-01</c> &lt; <c>2023-01-01</c>).
/// </summary>
/// <remarks><c>default(PartialDate)</c> has year 0, which the constructor never accepts; treat it as unset.</remarks>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private static readonly string[] s_monthNames =
    {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    /// <summary>Creates a date known to the year, month or day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12, or null when only the year is known.</param>
    /// <param name="day">The day of the month (leap years included), or null; a day requires a month.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range, or a day is given without a month.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year < 1 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be from 1 to 9999.");
        }

        if (month is int m && (m < 1 || m > 12))
        {
            throw new ArgumentOutOfRangeException(nameof(month), m, "The month must be from 1 to 12.");
        }

        if (day is int d)
        {
            if (month is null)
            {
                throw new ArgumentOutOfRangeException(nameof(day), d, "A day requires a month.");
            }

            var days = DateTime.DaysInMonth(year, month.Value);
            if (d < 1 || d > days)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(day), d, string.Format(CultureInfo.InvariantCulture, "The day must be from 1 to {0} for {1:D4}-{2:D2}.", days, year, month.Value));
            }
        }

        _year = (short)year;
        _month = (byte)(month ?? 0);
        _day = (byte)(day ?? 0);
    }

    /// <summary>The year.</summary>
    public int Year => _year;

    /// <summary>The month (1 to 12), or null when only the year is known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or null when it is not known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>The first day the date can mean, as <c>yyyymmdd</c>; orders periods.</summary>
    internal int EarliestDayKey => (_year * 10000) + ((_month == 0 ? 1 : _month) * 100) + (_day == 0 ? 1 : _day);

    /// <summary>Parses strict ISO 8601 text: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, with a four-digit year.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not such a date.</exception>
    public static PartialDate Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD.");
    }

    /// <summary>Parses strict ISO 8601 text: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, with a four-digit year.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="date">The date when parsing succeeded, else <c>default</c>.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year))
        {
            return false;
        }

        int? month = null;
        int? day = null;
        if (text.Length >= 7)
        {
            if (text[4] != '-' || !TryDigits(text, 5, 2, out var m))
            {
                return false;
            }

            month = m;
        }

        if (text.Length == 10)
        {
            if (text[7] != '-' || !TryDigits(text, 8, 2, out var d))
            {
                return false;
            }

            day = d;
        }

        if (year < 1
            || (month is int mm && (mm < 1 || mm > 12))
            || (day is int dd && (dd < 1 || dd > DateTime.DaysInMonth(year, month!.Value))))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The ISO 8601 text: <c>2023</c>, <c>2023-08</c> or <c>2023-08-03</c>.</summary>
    /// <returns>The ISO text.</returns>
    public override string ToString()
    {
        if (_month == 0)
        {
            return _year.ToString("D4", CultureInfo.InvariantCulture);
        }

        return _day == 0
            ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", _year, _month)
            : string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", _year, _month, _day);
    }

    /// <summary>English text for readers: <c>2023</c>, <c>August 2023</c> or <c>August 3, 2023</c>.</summary>
    /// <returns>The display text.</returns>
    public string ToDisplayString()
    {
        var year = _year.ToString(CultureInfo.InvariantCulture);
        if (_month == 0)
        {
            return year;
        }

        var month = s_monthNames[_month - 1];
        return _day == 0
            ? month + " " + year
            : month + " " + _day.ToString(CultureInfo.InvariantCulture) + ", " + year;
    }

    /// <inheritdoc/>
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_year << 16) | (_month << 8) | _day;

    /// <summary>Orders by year, then month, then day; an unknown month or day sorts before any known one.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive as this date sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(PartialDate other)
    {
        var c = _year.CompareTo(other._year);
        if (c != 0)
        {
            return c;
        }

        c = _month.CompareTo(other._month);
        return c != 0 ? c : _day.CompareTo(other._day);
    }

    /// <summary>Whether two dates are equal.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when year, month and day are all equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Whether two dates differ.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when any component differs.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
