using System;
using System.Globalization;

namespace FactGen.Model.Parsing;

/// <summary>Reads the partial ISO 8601 dates and periods of fact files: <c>2023</c>, <c>2023-08</c>, <c>2023-08-03</c>, <c>2022/2023-08</c>.</summary>
public static class DateReader
{
    /// <summary>What a date may be written as, for messages.</summary>
    public const string DateForms = "a year (2023), a month (2023-08) or a day (2023-08-03)";

    /// <summary>What a period may be written as, for messages.</summary>
    public const string PeriodForms = "a year (2022), a month (2022-12), a day (2022-12-31) or a span start/end (2022-02/2023-08)";

    /// <summary>Reads a year, a month or a day; false when the text is none of them or names a day that does not exist.</summary>
    public static bool TryReadDate(string text, out DateValue date)
    {
        date = default;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !TryReadDigits(parts[0], out var year) || year == 0)
        {
            return false;
        }

        var month = 0;
        var day = 0;
        if (parts.Length > 1 && (parts[1].Length != 2 || !TryReadDigits(parts[1], out month) || month is < 1 or > 12))
        {
            return false;
        }

        if (parts.Length > 2 && (parts[2].Length != 2 || !TryReadDigits(parts[2], out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = new DateValue(year, month, day);
        return true;
    }

    /// <summary>Reads a date, or a span of two dates with the start not after the end.</summary>
    public static bool TryReadPeriod(string text, out PeriodValue period)
    {
        period = default;
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            var ok = TryReadDate(text, out var single);
            period = new PeriodValue(single, null);
            return ok;
        }

        if (!TryReadDate(text.Substring(0, slash), out var start) || !TryReadDate(text.Substring(slash + 1), out var end) || end.CompareTo(start) < 0)
        {
            return false;
        }

        period = new PeriodValue(start, end);
        return true;
    }

    private static bool TryReadDigits(string text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
