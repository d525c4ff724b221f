using System;
using System.Collections.Generic;

namespace FactGen;

/// <summary>
/// Arithmetic on cited figures (facts and figures derived from them) that yields a <see cref="DerivedFigure"/>: it keeps
/// every fact it came from, a precision that follows from its inputs, a unit that makes sense, and a note on how it was
/// computed. Values are <see cref="decimal"/>, never binary floating point; a range stays a range (interval
/// arithmetic). A mix with no meaning (money in two currencies, a count plus a percentage, a bound plus an estimate)
/// is refused with an <see cref="InvalidOperationException"/> that says why.
/// </summary>
/// <remarks>
/// <para>
/// Precision: each input enters the result as it is when the result grows with it (an addend, a numerator, a factor
/// above zero) and turned around when the result shrinks as it grows (subtracted, a denominator, a factor below zero),
/// where "more than" becomes "less than", "at least" becomes "up to", and "up to" or "as many as" becomes "at least".
/// Then exact with anything gives the other; two approximate figures give "about" ("an estimated" only when both are
/// estimated); two bounds on one side stay a bound on that side, strict when either is. An approximate figure with a
/// bound, or bounds on opposite sides, leave the result with no honest precision and are refused.
/// </para>
/// <para>The period is the one all inputs share, else null. docs/derived-figures.md has the full tables.</para>
/// </remarks>
public static class FigureArithmetic
{
    /// <summary>
    /// The sum of two figures of one kind: counts, numbers, percentages (in points) or money in one currency. The unit
    /// is <paramref name="figure"/>'s; the note reads <c>100,000 plus 70,000</c>.
    /// </summary>
    /// <param name="figure">The first addend.</param>
    /// <param name="other">The second addend.</param>
    /// <returns>The derived figure.</returns>
    /// <exception cref="ArgumentNullException">A figure is null.</exception>
    /// <exception cref="InvalidOperationException">The kinds or currencies differ, or the precisions do not combine.</exception>
    public static DerivedFigure Plus(this ICitedFigure figure, ICitedFigure other)
    {
        var (a, b) = Like(figure, other, "add");
        var precision = DerivedPrecision.Combine(figure.Precision, other.Precision, figure.FormatValue(), other.FormatValue());
        return Derive(a.WithEnds(a.Low + b.Low, a.High + b.High, a.IsRange || b.IsRange), figure.Unit, precision, figure, other, " plus ");
    }

    /// <summary>
    /// The difference of two figures of one kind: counts, numbers, percentages (in points) or money in one currency.
    /// The unit is <paramref name="figure"/>'s; the note reads <c>1 million minus 100,000</c>.
    /// </summary>
    /// <param name="figure">The figure to subtract from.</param>
    /// <param name="other">The figure subtracted.</param>
    /// <returns>The derived figure.</returns>
    /// <exception cref="ArgumentNullException">A figure is null.</exception>
    /// <exception cref="InvalidOperationException">The kinds or currencies differ, or the precisions do not combine.</exception>
    public static DerivedFigure Minus(this ICitedFigure figure, ICitedFigure other)
    {
        var (a, b) = Like(figure, other, "subtract");
        var precision = DerivedPrecision.Combine(
            figure.Precision, DerivedPrecision.Oriented(other.Precision, -1, other.FormatValue()), figure.FormatValue(), other.FormatValue());
        return Derive(a.WithEnds(a.Low - b.High, a.High - b.Low, a.IsRange || b.IsRange), figure.Unit, precision, figure, other, " minus ");
    }

    /// <summary>
    /// The share <paramref name="part"/> is of <paramref name="whole"/>, as a <see cref="Percentage"/>: two counts, two
    /// numbers, two percentages or two sums in one currency. The note reads <c>100,000 of 1 million</c>.
    /// </summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole.</param>
    /// <param name="unit">What the share is of, printed after it (<c>of the Russians who left</c>), or null.</param>
    /// <returns>The derived figure.</returns>
    /// <exception cref="ArgumentNullException">A figure is null.</exception>
    /// <exception cref="InvalidOperationException">The kinds or currencies differ, or the precisions do not combine.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="whole"/> is zero or a range that includes zero.</exception>
    public static DerivedFigure Over(this ICitedFigure part, ICitedFigure whole, string? unit = null)
    {
        var (a, b) = Like(part, whole, "take a share of");
        if (b.Sign is null or 0)
        {
            throw new DivideByZeroException($"Cannot take a share of '{whole.FormatValue()}': it is zero or a range that includes zero.");
        }

        // The share grows with the part where the whole is positive, and shrinks as the whole grows where the part is.
        var precision = DerivedPrecision.Combine(
            DerivedPrecision.Oriented(part.Precision, b.Sign, part.FormatValue()),
            DerivedPrecision.Oriented(whole.Precision, -a.Sign, whole.FormatValue()),
            part.FormatValue(),
            whole.FormatValue());
        var (low, high) = Extremes(a, b, (x, y) => x * 100m / y);
        var share = new Quantity(QuantityKind.Percentage, null, low, high, a.IsRange || b.IsRange);
        return Derive(share, unit, precision, part, whole, " of ");
    }

    /// <summary>
    /// <paramref name="share"/> of <paramref name="whole"/>: a percentage of a count is a count, of money is money, of
    /// a percentage a percentage. The unit is <paramref name="whole"/>'s; the note reads <c>13% of 70,000</c>.
    /// </summary>
    /// <param name="share">A percentage.</param>
    /// <param name="whole">The figure it is a share of.</param>
    /// <returns>The derived figure.</returns>
    /// <exception cref="ArgumentNullException">A figure is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="share"/> is not a percentage, or the precisions do not combine.</exception>
    public static DerivedFigure Of(this ICitedFigure share, ICitedFigure whole)
    {
        var (s, w) = (Quantity.Of(share ?? throw new ArgumentNullException(nameof(share))), Quantity.Of(whole ?? throw new ArgumentNullException(nameof(whole))));
        if (s.Kind != QuantityKind.Percentage)
        {
            throw new InvalidOperationException(
                $"'{share.FormatValue()}' is {s.KindName}, not a percentage: Of takes a percentage of a figure; to divide one figure by another, use Over.");
        }

        var precision = DerivedPrecision.Combine(
            DerivedPrecision.Oriented(share.Precision, w.Sign, share.FormatValue()),
            DerivedPrecision.Oriented(whole.Precision, s.Sign, whole.FormatValue()),
            share.FormatValue(),
            whole.FormatValue());
        var (low, high) = Extremes(s, w, (x, y) => x * y / 100m);
        return Derive(w.WithEnds(low, high, s.IsRange || w.IsRange), whole.Unit, precision, share, whole, " of ");
    }

    /// <summary>
    /// <paramref name="figure"/> times a plain factor: a count stays a count, money stays money. The note reads
    /// <c>1 million times 1.5</c>. A factor below zero turns a bound around; zero makes the result exact.
    /// </summary>
    /// <param name="figure">The figure.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The derived figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="figure"/> is a year or of no kind arithmetic knows.</exception>
    public static DerivedFigure Times(this ICitedFigure figure, decimal factor)
    {
        var q = Quantity.Of(figure ?? throw new ArgumentNullException(nameof(figure)));
        var (low, high) = (q.Low * factor, q.High * factor);
        var precision = DerivedPrecision.Oriented(figure.Precision, Math.Sign(factor), figure.FormatValue());
        return new DerivedFigure(
            q.WithEnds(Math.Min(low, high), Math.Max(low, high), q.IsRange),
            figure.Unit,
            precision,
            figure.Period,
            figure.Facts,
            Operand(figure) + " times " + FigureFormatter.Format(factor));
    }

    /// <summary>
    /// <paramref name="figure"/> rounded to <paramref name="decimals"/> places (in percent units for a percentage;
    /// below zero to tens, hundreds…: -3 rounds to thousands), so that it stays true: an exact figure that changes
    /// becomes "about", a lower bound rounds down, an upper bound up, an exact range outward, anything else half away
    /// from zero. The note says so when the value changed: <c>100,000 of 3 million, rounded to 1 decimal place</c>.
    /// </summary>
    /// <param name="figure">The figure.</param>
    /// <param name="decimals">Places after the decimal point, from -18 to 28.</param>
    /// <returns>The derived figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is below -18 or above 28.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="figure"/> is a year or of no kind arithmetic knows.</exception>
    public static DerivedFigure Round(this ICitedFigure figure, int decimals)
    {
        var q = Quantity.Of(figure ?? throw new ArgumentNullException(nameof(figure)));
        if (decimals is < -18 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Round to between -18 and 28 decimal places.");
        }

        var direction = DerivedPrecision.RoundingDirection(figure.Precision);
        var outward = direction == 0 && q.IsRange && figure.Precision == Precision.Exact;
        var low = RoundTo(q.Low, decimals, outward ? -1 : direction);
        var high = RoundTo(q.High, decimals, outward ? 1 : direction);
        var changed = low != q.Low || high != q.High;
        var precision = changed && !q.IsRange && figure.Precision == Precision.Exact ? Precision.About : figure.Precision;
        var how = direction < 0 ? "rounded down" : direction > 0 ? "rounded up" : outward ? "rounded outward" : "rounded";
        var note = figure.Note ?? figure.ValueText;
        return new DerivedFigure(
            q.WithEnds(low, high, q.IsRange),
            figure.Unit,
            precision,
            figure.Period,
            figure.Facts,
            changed ? note + ", " + how + " " + Places(decimals) : note);
    }

    private static (Quantity Left, Quantity Right) Like(ICitedFigure figure, ICitedFigure other, string verb)
    {
        var a = Quantity.Of(figure ?? throw new ArgumentNullException(nameof(figure)));
        var b = Quantity.Of(other ?? throw new ArgumentNullException(nameof(other)));
        if (a.IsLike(b))
        {
            return (a, b);
        }

        throw new InvalidOperationException(a.Kind == QuantityKind.Money && b.Kind == QuantityKind.Money
            ? $"Cannot {verb} money in {a.Currency} ('{figure.FormatValue()}') and money in {b.Currency} ('{other.FormatValue()}'): convert one into the other's currency first, at a cited rate."
            : $"Cannot {verb} {a.KindName} ('{figure.FormatValue()}') and {b.KindName} ('{other.FormatValue()}'): both must be counts, numbers, percentages, or money in one currency.");
    }

    /// <summary>The smallest and the largest of <paramref name="operation"/> over the ends of two intervals.</summary>
    private static (decimal Low, decimal High) Extremes(Quantity a, Quantity b, Func<decimal, decimal, decimal> operation)
    {
        var values = new[] { operation(a.Low, b.Low), operation(a.Low, b.High), operation(a.High, b.Low), operation(a.High, b.High) };
        decimal low = values[0], high = values[0];
        foreach (var value in values)
        {
            low = Math.Min(low, value);
            high = Math.Max(high, value);
        }

        return (low, high);
    }

    private static DerivedFigure Derive(Quantity quantity, string? unit, Precision precision, ICitedFigure left, ICitedFigure right, string operation)
    {
        var facts = new List<IFact>(left.Facts);
        var seen = new HashSet<IFact>(facts);
        foreach (var fact in right.Facts)
        {
            if (seen.Add(fact))
            {
                facts.Add(fact);
            }
        }

        // Inputs of different periods keep no common period, and the note says which period each input covers.
        var samePeriod = left.Period == right.Period;
        var note = Operand(left, !samePeriod) + operation + Operand(right, !samePeriod);
        return new DerivedFigure(quantity, unit, precision, samePeriod ? left.Period : null, facts.AsReadOnly(), note);
    }

    /// <summary>
    /// An input as the note names it: a fact by its value, a derived figure by its own note in parentheses; with its
    /// period after it (<c>100,000 in 2022</c>) when <paramref name="withPeriod"/> and it has one.
    /// </summary>
    private static string Operand(ICitedFigure figure, bool withPeriod = false)
    {
        var text = figure.Note is { } note ? "(" + note + ")" : figure.ValueText;
        return withPeriod && figure.Period is { } period ? text + " in " + period.ToDisplayString() : text;
    }

    /// <summary>Rounds half away from zero, then one step down (<paramref name="direction"/> -1) or up (1) where that passed the value.</summary>
    private static decimal RoundTo(decimal value, int decimals, int direction)
    {
        var step = Step(decimals);
        var rounded = decimals >= 0
            ? Math.Round(value, decimals, MidpointRounding.AwayFromZero)
            : Math.Round(value / step, 0, MidpointRounding.AwayFromZero) * step;
        return direction < 0 && rounded > value ? rounded - step
            : direction > 0 && rounded < value ? rounded + step
            : rounded;
    }

    private static string Places(int decimals) => decimals switch
    {
        0 => "to a whole number",
        1 => "to 1 decimal place",
        > 1 => "to " + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture) + " decimal places",
        _ => "to the nearest " + FigureFormatter.Format(Step(decimals)),
    };

    /// <summary>The smallest change at <paramref name="decimals"/> places: 0.1 at 1, 1,000 at -3.</summary>
    private static decimal Step(int decimals)
    {
        var step = 1m;
        for (var i = 0; i < Math.Abs(decimals); i++)
        {
            step = decimals > 0 ? step / 10m : step * 10m;
        }

        return step;
    }
}
