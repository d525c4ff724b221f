using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Generators.Figures;

/// <summary>Where the figure rules look for figures.</summary>
internal enum FigureScope
{
    /// <summary>Only where a figure reaches a reader: interpolations, output calls, concatenation, <c>[Figure]</c>.</summary>
    Output,

    /// <summary>Every literal and string in the code, save the places that never hold a figure.</summary>
    All,

    /// <summary>Nowhere: the rules are off.</summary>
    None,
}

/// <summary>
/// The <c>.editorconfig</c> options of the figure rules, read per file: <c>factgen_figures_scope</c>
/// (<c>output</c>, <c>all</c> or <c>none</c>) and <c>factgen_figures_min</c> (integers below it are no figure; 10).
/// </summary>
internal readonly record struct FigureOptions(FigureScope Scope, decimal Minimum)
{
    /// <summary>The option that sets <see cref="Scope"/>.</summary>
    public const string ScopeKey = "factgen_figures_scope";

    /// <summary>The option that sets <see cref="Minimum"/>.</summary>
    public const string MinimumKey = "factgen_figures_min";

    /// <summary>The options where nothing is set.</summary>
    public static FigureOptions Default => new(FigureScope.Output, 10);

    /// <summary>Reads the options; a value that cannot be read keeps its default.</summary>
    public static FigureOptions Read(AnalyzerConfigOptions options)
    {
        var result = Default;
        if (options.TryGetValue(ScopeKey, out var scope) && Enum.TryParse<FigureScope>(scope.Trim(), ignoreCase: true, out var parsedScope)
            && Enum.IsDefined(typeof(FigureScope), parsedScope))
        {
            result = result with { Scope = parsedScope };
        }

        if (options.TryGetValue(MinimumKey, out var minimum)
            && decimal.TryParse(minimum.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsedMinimum))
        {
            result = result with { Minimum = Math.Abs(parsedMinimum) };
        }

        return result;
    }

    /// <summary>
    /// Whether a bare number (a literal, or plain digits in a text) is too small to be taken for a figure: 0, 1 and -1,
    /// and integers below <see cref="Minimum"/>.
    /// </summary>
    public bool IsTooSmall(decimal number)
        => number == decimal.Truncate(number) && (Math.Abs(number) <= 1 || Math.Abs(number) < Minimum);
}
