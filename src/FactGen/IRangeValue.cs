namespace FactGen;

/// <summary>The ends of a <see cref="Range{T}"/>, boxed, for code that does not know <c>T</c> (a chart that draws a range).</summary>
public interface IRangeValue
{
    /// <summary>The low end, boxed.</summary>
    object LowValue { get; }

    /// <summary>The high end, boxed.</summary>
    object HighValue { get; }
}
