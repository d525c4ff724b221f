using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Generators.Figures;

/// <summary>Where the figure rules look for figures.</summary>
internal enum FigureScope
{
    /// <summary>Only where a figure reaches a reader: an output call, <c>[Figure]</c>, the text of an interpolated string.</summary>
    Output,

    /// <summary>Every literal and string in the code, save the places that never hold a figure.</summary>
    All,

    /// <summary>Nowhere: the rules are off.</summary>
    None,
}

/// <summary>
/// The <c>.editorconfig</c> options of the figure rules, read per file: <c>factgen_figures_scope</c>
/// (<c>output</c>, <c>all</c> or <c>none</c>), <c>factgen_figures_min</c> (numbers below it are no figure; 10) and
/// <c>factgen_output_methods</c> (the program's own output methods, beside the built-in ones).
/// </summary>
internal sealed record FigureOptions(FigureScope Scope, decimal Minimum, ImmutableArray<Regex> OutputMethods)
{
    /// <summary>The option that sets <see cref="Scope"/>.</summary>
    public const string ScopeKey = "factgen_figures_scope";

    /// <summary>The option that sets <see cref="Minimum"/>.</summary>
    public const string MinimumKey = "factgen_figures_min";

    /// <summary>The option that sets <see cref="OutputMethods"/>.</summary>
    public const string OutputMethodsKey = "factgen_output_methods";

    /// <summary>The options where nothing is set.</summary>
    public static FigureOptions Default { get; } = new(FigureScope.Output, 10, ImmutableArray<Regex>.Empty);

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

        if (options.TryGetValue(OutputMethodsKey, out var methods))
        {
            result = result with
            {
                OutputMethods = methods.Split(',').Select(method => method.Trim()).Where(method => method.Length > 0).Select(Pattern).ToImmutableArray(),
            };
        }

        return result;
    }

    /// <summary>
    /// Whether a bare number (a literal, or plain digits in a text) is too small to be taken for a figure: 0, 1 and -1,
    /// and every number, whole or not, nearer to zero than <see cref="Minimum"/>.
    /// </summary>
    public bool IsTooSmall(decimal number) => Math.Abs(number) <= 1 || Math.Abs(number) < Minimum;

    /// <summary>
    /// Whether <paramref name="method"/> is one of <see cref="OutputMethods"/>: by its documentation id
    /// (<c>M:Spectre.Console.Table.AddRow(System.String[])</c>) or by its name with its type's
    /// (<c>Spectre.Console.Table.AddRow</c>, every overload; a constructor is <c>#ctor</c>), <c>*</c> matching any text.
    /// </summary>
    public bool IsOutputMethod(IMethodSymbol method)
    {
        if (OutputMethods.IsEmpty)
        {
            return false;
        }

        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        var name = definition.ContainingType.ToDisplayString(s_typeName) + "." + (definition.MethodKind == MethodKind.Constructor ? "#ctor" : definition.Name);
        var documentationId = definition.GetDocumentationCommentId();
        return OutputMethods.Any(pattern => pattern.IsMatch(name) || (documentationId is not null && pattern.IsMatch(documentationId)));
    }

    /// <summary>Options compare by what they say; two reads of the same text hold equal patterns.</summary>
    public bool Equals(FigureOptions? other)
        => other is not null && Scope == other.Scope && Minimum == other.Minimum
           && OutputMethods.Select(pattern => pattern.ToString()).SequenceEqual(other.OutputMethods.Select(pattern => pattern.ToString()));

    /// <inheritdoc/>
    public override int GetHashCode() => (Scope, Minimum, OutputMethods.Length).GetHashCode();

    private static readonly SymbolDisplayFormat s_typeName = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

    private static Regex Pattern(string method)
        => new("^" + Regex.Escape(method).Replace(@"\*", ".*") + "$", RegexOptions.CultureInvariant);
}
