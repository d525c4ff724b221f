using System.Globalization;

namespace FactGen.Model.Measures;

/// <summary>
/// How loosely <c>about</c> and <c>estimated</c> read a figure: a tolerance of a share of the figure on each side
/// (0.1, ten percent, unless the <c>.globalconfig</c> option <c>factgen_about_tolerance</c> says otherwise).
/// </summary>
public sealed record MeasureOptions(decimal AboutTolerance)
{
    /// <summary>The <c>.globalconfig</c> option that sets <see cref="AboutTolerance"/>.</summary>
    public const string AboutToleranceKey = "factgen_about_tolerance";

    /// <summary>The options where nothing is set: a tolerance of 10%.</summary>
    public static MeasureOptions Default { get; } = new(0.1m);

    /// <summary>
    /// The options with the tolerance written as <paramref name="tolerance"/>: a share (<c>0.15</c>) or a percentage
    /// (<c>15%</c>) from 0 to 1; the default when it is null or cannot be read.
    /// </summary>
    public static MeasureOptions WithAboutTolerance(string? tolerance)
    {
        var text = tolerance?.Trim() ?? string.Empty;
        var percent = text.EndsWith("%", System.StringComparison.Ordinal);
        if (percent)
        {
            text = text.Substring(0, text.Length - 1).TrimEnd();
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return Default;
        }

        value = percent ? value / 100 : value;
        return value is >= 0 and <= 1 ? new MeasureOptions(value) : Default;
    }
}
