using System;

namespace FactGen;

/// <summary>
/// Says in code that a figure deliberately has no fact behind it, so the unsourced-figure rule (FG1002) passes it
/// by and the reason stays next to the number for the next reader.
/// </summary>
public static class Figure
{
    /// <summary>Returns <paramref name="value"/> unchanged; FG1001 and FG1002 do not report a literal passed here.</summary>
    /// <typeparam name="T">The type of the figure.</typeparam>
    /// <param name="value">The figure.</param>
    /// <param name="reason">Why it needs no source: <c>"a test fixture"</c>, <c>"the page size of the API"</c>.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static T Unsourced<T>(T value, string reason) => value;
}

/// <summary>
/// Marks a parameter, property or field whose value reaches a reader as a figure, such as the amount of a chart bar
/// or the number in a headline. FG1002 reports a literal written into it without a fact behind it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class FigureAttribute : Attribute
{
}
