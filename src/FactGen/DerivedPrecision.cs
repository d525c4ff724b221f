using System;

namespace FactGen;

/// <summary>
/// The precision of a figure computed from others: the table in docs/derived-figures.md. Each input enters the result
/// either as it is (an addend, a numerator, a positive factor) or turned around (subtracted, a denominator, a negative
/// factor), where a lower bound becomes an upper bound; then the inputs combine.
/// </summary>
internal static class DerivedPrecision
{
    /// <summary>Where the true value may lie, seen from the figure.</summary>
    private enum Side
    {
        Exact,
        Approximate,
        Above,
        Below,
    }

    /// <summary>
    /// <paramref name="precision"/> as it acts on the result when the result moves with the input in the direction of
    /// <paramref name="sign"/>: 1 as it is, -1 turned around, 0 (the input does not move the result) exact; null (the
    /// direction changes inside a range) keeps an exact or approximate figure and refuses a bound.
    /// </summary>
    public static Precision Oriented(Precision precision, int? sign, string figure) => sign switch
    {
        1 => precision,
        -1 => Mirror(precision),
        0 => Precision.Exact,
        _ when SideOf(precision) is Side.Exact or Side.Approximate => precision,
        _ => throw new InvalidOperationException(
            $"'{figure}' is a bound, and the figure it is combined with spans zero: the result is bounded on neither side."),
    };

    /// <summary>
    /// The precision of a result from two inputs already <see cref="Oriented"/>: exact takes the other's; two
    /// approximations give about (an estimated figure stays estimated only with estimated or exact ones); two bounds
    /// on one side stay a bound on that side, strict when either is (more than, less than), else at least or up to
    /// (as many as only when both say it).
    /// </summary>
    /// <exception cref="InvalidOperationException">The inputs bound the result on different sides, or one is approximate and the other a bound.</exception>
    public static Precision Combine(Precision left, Precision right, string leftFigure, string rightFigure)
    {
        if (left == Precision.Exact || left == right)
        {
            return right;
        }

        if (right == Precision.Exact)
        {
            return left;
        }

        var side = SideOf(left);
        if (side != SideOf(right))
        {
            throw new InvalidOperationException(
                $"'{leftFigure}' and '{rightFigure}' cannot be combined: {Describe(side)} and {Describe(SideOf(right))} leave the result with no precision a reader could trust.");
        }

        return side switch
        {
            Side.Approximate => Precision.About,
            Side.Above => Precision.MoreThan,
            _ => left == Precision.LessThan || right == Precision.LessThan ? Precision.LessThan : Precision.UpTo,
        };
    }

    /// <summary>How a rounded value of this precision moves: a lower bound rounds down and an upper bound up, so that each stays true.</summary>
    public static int RoundingDirection(Precision precision) => SideOf(precision) switch
    {
        Side.Above => -1,
        Side.Below => 1,
        _ => 0,
    };

    private static Precision Mirror(Precision precision) => precision switch
    {
        Precision.AtLeast => Precision.UpTo,
        Precision.MoreThan => Precision.LessThan,
        Precision.UpTo or Precision.AsManyAs => Precision.AtLeast,
        Precision.LessThan => Precision.MoreThan,
        _ => precision,
    };

    private static Side SideOf(Precision precision) => precision switch
    {
        Precision.Exact => Side.Exact,
        Precision.About or Precision.Estimated => Side.Approximate,
        Precision.AtLeast or Precision.MoreThan => Side.Above,
        _ => Side.Below,
    };

    private static string Describe(Side side) => side switch
    {
        Side.Approximate => "an approximate figure",
        Side.Above => "a lower bound",
        _ => "an upper bound",
    };
}
