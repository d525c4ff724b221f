using System.Globalization;

namespace FactGen;

/// <summary>
/// The text that generated code hands the runtime: the shape of a <c>FactTable</c>'s records and of a
/// <c>GeneratedFactsAttribute</c>'s index, and the text of values. One source, compiled into the runtime and
/// into the generator (FactGen.Generators links this file), since the compiler-loaded generator cannot reference the
/// runtime: the two sides cannot drift apart.
/// </summary>
/// <remarks>
/// Inside a record's field, <see cref="Escape"/> stands before a <see cref="FieldSeparator"/> or itself, and
/// <c>\uXXXX</c> is a character a line could not show, as in a C# string literal.
/// </remarks>
internal static class RecordFormat
{
    /// <summary>How many records a block of a fact table holds; the last block may hold fewer.</summary>
    public const int BlockSize = 32;

    /// <summary>Ends each record of a block or of a dataset's rows; a block starts with one.</summary>
    public const char RecordSeparator = '\n';

    /// <summary>Separates the fields of a record.</summary>
    public const char FieldSeparator = '|';

    /// <summary>Stands before a separator or itself in a field's text, or before <c>uXXXX</c>.</summary>
    public const char Escape = '\\';

    /// <summary>Separates the entries of a <c>GeneratedFactsAttribute</c> index.</summary>
    public const char IndexEntrySeparator = '\n';

    /// <summary>Separates the fields of an index entry.</summary>
    public const char IndexFieldSeparator = '|';

    /// <summary>A boolean field that holds (a citation verified against its archive, a yes/no cell).</summary>
    public const string True = "true";

    /// <summary>A boolean field that does not hold.</summary>
    public const string False = "false";

    /// <summary>Joins the ends of a range: <c>70000..100000</c> (never <c>-</c>, which a negative end would make ambiguous).</summary>
    public const string RangeSeparator = "..";

    /// <summary>Follows the number of a percentage: <c>13%</c>.</summary>
    public const string PercentSign = "%";

    /// <summary>Between the currency and the amount of money: <c>USD 30000000000</c>.</summary>
    public const string CurrencySeparator = " ";

    /// <summary>
    /// The canonical text of a number: invariant digits with a <c>-</c> sign, no grouping, trailing fractional zeros and
    /// a then bare point dropped, zero as <c>0</c>: <c>2.5</c> (from <c>2.50</c>), <c>13</c> (from <c>13.0</c>).
    /// </summary>
    public static string CanonicalNumber(decimal value)
    {
        if (value == 0m)
        {
            return "0";
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.IndexOf('.') < 0 ? text : text.TrimEnd('0').TrimEnd('.');
    }
}
