using System.Globalization;
using FactGen.Model;

namespace FactGen.Generators.Emit;

/// <summary>The C# of values: their types, the expressions that build them, and their canonical text for records and analyzers.</summary>
internal static class ValueCode
{
    /// <summary>The C# type of a value of <paramref name="type"/>.</summary>
    public static string TypeName(TypeSpec type)
    {
        var single = type.Kind switch
        {
            ValueKind.Integer => "long",
            ValueKind.Decimal => "decimal",
            ValueKind.Year => "int",
            ValueKind.Percentage => "global::FactGen.Percentage",
            ValueKind.Money => "global::FactGen.Money",
            ValueKind.Date => "global::FactGen.PartialDate",
            ValueKind.Boolean => "bool",
            _ => "string",
        };
        return type.IsRange ? $"global::FactGen.Range<{single}>" : single;
    }

    /// <summary>
    /// The canonical text of a figure, the one spelling per value that <c>FactGen.FactValue.Canonical</c> writes and
    /// a <c>[GeneratedFacts]</c> index holds: invariant digits, <c>2.5</c> (from <c>2.50</c>), <c>13%</c>,
    /// <c>USD 30000000000</c>, <c>70000..100000</c>.
    /// </summary>
    public static string Canonical(FigureValue figure) => Text(figure, RecordFormat.CanonicalNumber);

    /// <summary>
    /// The value of a figure in a record, as the runtime reads it back: the canonical text, but a decimal keeps the
    /// zeros it was written with (<c>2.50</c>), as a <see cref="decimal"/> parsed from it does.
    /// </summary>
    public static string RecordValue(FigureValue figure) => Text(figure, static number => number.ToString(CultureInfo.InvariantCulture));

    /// <summary>An expression that builds a <c>FactGen.PartialDate</c>.</summary>
    public static string Date(DateValue date)
    {
        var parts = date.Month == 0 ? $"{date.Year}" : date.Day == 0 ? $"{date.Year}, {date.Month}" : $"{date.Year}, {date.Month}, {date.Day}";
        return $"new global::FactGen.PartialDate({parts})";
    }

    private static string Text(FigureValue figure, System.Func<decimal, string> digitsOf)
    {
        var low = Single(figure, figure.Low, digitsOf);
        return figure.High is { } high ? low + RecordFormat.RangeSeparator + Single(figure, high, digitsOf) : low;
    }

    private static string Single(FigureValue figure, decimal number, System.Func<decimal, string> digitsOf)
    {
        // Integers and years are whole, but a decimal read from "1.5 million" keeps a scale: 1500000.0.
        var digits = figure.Kind is ValueKind.Integer or ValueKind.Year
            ? decimal.ToInt64(number).ToString(CultureInfo.InvariantCulture)
            : digitsOf(number);
        return figure.Kind switch
        {
            ValueKind.Percentage => digits + RecordFormat.PercentSign,
            ValueKind.Money => figure.Currency + RecordFormat.CurrencySeparator + digits,
            _ => digits,
        };
    }
}
