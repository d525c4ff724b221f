namespace FactGen;

/// <summary>Formats the ends of a <see cref="Range{T}"/> for readers.</summary>
internal static class RangeFormatter
{
    internal const string Dash = "\u2013";

    private static readonly string[] s_scaleSuffixes = { " million", " billion", " trillion" };

    internal static string Format(object low, object high)
    {
        switch (low, high)
        {
            case (Percentage pl, Percentage ph):
                return FigureFormatter.FormatGrouped(pl.Value) + Dash + FigureFormatter.FormatGrouped(ph.Value) + "%";

            case (Money ml, Money mh) when ml.Currency == mh.Currency:
                var symbol = Money.Symbol(ml.Currency);
                if (symbol is null)
                {
                    return Join(FigureFormatter.Format(ml.Amount), FigureFormatter.Format(mh.Amount)) + " " + ml.Currency;
                }

                if (ml.Amount >= 0 && mh.Amount >= 0)
                {
                    return symbol + Join(FigureFormatter.Format(ml.Amount), FigureFormatter.Format(mh.Amount));
                }

                break;

            case (long or decimal, long or decimal):
                return Join(FigureFormatter.Format(low), FigureFormatter.Format(high));
        }

        return FigureFormatter.Format(low) + Dash + FigureFormatter.Format(high);
    }

    /// <summary>Joins two figures with an en dash, writing a scale word both share once: <c>1–2 billion</c>.</summary>
    private static string Join(string low, string high)
    {
        foreach (var suffix in s_scaleSuffixes)
        {
            if (low.EndsWith(suffix, System.StringComparison.Ordinal) && high.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return low.Substring(0, low.Length - suffix.Length) + Dash + high;
            }
        }

        return low + Dash + high;
    }
}
