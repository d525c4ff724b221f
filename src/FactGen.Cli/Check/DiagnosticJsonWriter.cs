using System.Collections.Generic;
using System.IO;
using FactGen.Model;

namespace FactGen.Cli.Check;

/// <summary>
/// Diagnostics as a JSON array for scripts: path, one-based line and column of both ends (the end column is the one
/// after the last character, as in SARIF), severity, id, message and the rule's page.
/// </summary>
internal static class DiagnosticJsonWriter
{
    /// <summary>Writes <paramref name="diagnostics"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<FactDiagnostic> diagnostics, TextWriter output)
        => JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", diagnostic.Path);
                json.WriteNumber("line", diagnostic.Range.StartLine + 1);
                json.WriteNumber("column", diagnostic.Range.StartColumn + 1);
                json.WriteNumber("endLine", diagnostic.Range.EndLine + 1);
                json.WriteNumber("endColumn", diagnostic.Range.EndColumn + 1);
                json.WriteString("severity", diagnostic.Rule.Severity.ToString().ToLowerInvariant());
                json.WriteString("id", diagnostic.RuleId);
                json.WriteString("message", diagnostic.Message);
                json.WriteString("helpUri", diagnostic.Rule.HelpLink);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
}
