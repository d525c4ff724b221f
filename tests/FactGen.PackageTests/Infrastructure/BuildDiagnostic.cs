using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace FactGen.PackageTests.Infrastructure;

/// <summary>A diagnostic as MSBuild prints it: <c>path(line,column): warning FG0104: message [project]</c>.</summary>
public sealed record BuildDiagnostic(string? File, int Line, int Column, string Severity, string Id, string Message)
{
    // "1>" is MSBuild's node prefix; a help link and the project in brackets follow the message.
    private static readonly Regex s_line = new(
        @"^[ \t]*(?:\d+>)?(?:(?<file>[^\s(][^(\n]*?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\)|[^:\n]*?)[ \t]*:[ \t]*"
        + @"(?<severity>warning|error)[ \t]+(?<id>[A-Za-z]+\d+)[ \t]*:[ \t]*(?<message>[^\n]*?)"
        + @"(?:[ \t]+\(https?://[^)\s]+\))?(?:[ \t]+\[[^\]\n]+\])?[ \t]*\r?$",
        RegexOptions.Multiline);

    /// <summary>
    /// Every distinct warning and error in a build's output (MSBuild repeats them in its summary). A file under
    /// <paramref name="projectDirectory"/> is given relative to it, with '/' separators.
    /// </summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output, string projectDirectory)
    {
        var root = projectDirectory.TrimEnd('/', '\\') + "/";
        return s_line.Matches(output)
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Success ? Relative(match.Groups["file"].Value.Trim().Replace('\\', '/'), root) : null,
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) : 0,
                match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture) : 0,
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value.Trim()))
            .Distinct()
            .ToList();
    }

    /// <summary>Where and what, as the compiler prints it: <c>facts/x.yaml(14,12): warning FG0104</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";

    private static string Relative(string path, string root)
        => path.StartsWith(root, StringComparison.Ordinal) ? path.Substring(root.Length) : path;
}
