using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FactGen.Tests.Verifiers;

/// <summary>
/// Diagnostics in the compiler's one-line form, <c>path(line,col): severity id: message</c>, as the build, the CLI
/// and the rule pages print them, read back as expected results for the testing framework.
/// </summary>
public static partial class PrintedDiagnostics
{
    [GeneratedRegex(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info|hidden) (?<id>[A-Z]+\d+): (?<message>.*)$", RegexOptions.Singleline)]
    private static partial Regex Line();

    /// <summary>
    /// The expected diagnostic that <paramref name="line"/> prints, its path under <paramref name="folder"/>: id,
    /// severity, start and message; the places a diagnostic points to beside its own are not printed, so not checked.
    /// </summary>
    public static DiagnosticResult Parse(string line, string folder)
    {
        var match = Line().Match(line);
        if (!match.Success)
        {
            throw new FormatException($"Not a diagnostic in the compiler's form: {line}");
        }

        var severity = Enum.Parse<DiagnosticSeverity>(match.Groups["severity"].Value, ignoreCase: true);
        var path = match.Groups["path"].Value;
        return new DiagnosticResult(match.Groups["id"].Value, severity)
            .WithLocation(path.StartsWith('/') ? path : folder + "/" + path, Number(match, "line"), Number(match, "column"))
            .WithMessage(match.Groups["message"].Value)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
