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
    /// The canonical text of a figure, as <c>FactGen.FactValue.Canonical</c> writes it: invariant digits, <c>13%</c>,
    /// <c>USD 30000000000</c>, <c>70000..100000</c>; a decimal keeps the zeros it was written with (<c>2.50</c>), which
    /// its value, read back, keeps too.
    /// </summary>
    public static string Canonical(FigureValue figure)
    {
        var low = CanonicalSingle(figure, figure.Low);
        return figure.High is { } high ? $"{low}..{CanonicalSingle(figure, high)}" : low;
    }

    /// <summary>An expression that builds a <c>FactGen.PartialDate</c>.</summary>
    public static string Date(DateValue date)
    {
        var parts = date.Month == 0 ? $"{date.Year}" : date.Day == 0 ? $"{date.Year}, {date.Month}" : $"{date.Year}, {date.Month}, {date.Day}";
        return $"new global::FactGen.PartialDate({parts})";
    }

    private static string CanonicalSingle(FigureValue figure, decimal number)
    {
        // Integers and years are whole, but a decimal read from "1.5 million" keeps a scale: 1500000.0.
        var digits = figure.Kind is ValueKind.Integer or ValueKind.Year
            ? decimal.ToInt64(number).ToString(CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);
        return figure.Kind switch
        {
            ValueKind.Percentage => digits + "%",
            ValueKind.Money => $"{figure.Currency} {digits}",
            _ => digits,
        };
    }
}
