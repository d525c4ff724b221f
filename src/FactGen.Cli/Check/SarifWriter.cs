using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactGen.Model;

namespace FactGen.Cli.Check;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log: one run whose tool lists every rule of the table, and one result per
/// diagnostic with its region in one-based lines and columns (the end column is the one after the last character).
/// </summary>
internal static class SarifWriter
{
    /// <summary>Writes the log of <paramref name="diagnostics"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<FactDiagnostic> diagnostics, TextWriter output)
    {
        // The fact file rules: the FG1xxx rules are about C# code, which the command line does not read.
        var rules = FactRules.All.Where(rule => !rule.IsCodeRule).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(entry => entry.Id, entry => entry.index);
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                WriteResult(json, diagnostic, ruleIndex[diagnostic.RuleId]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter json, List<FactRule> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "factgen");
        json.WriteString("informationUri", "https://github.com/factgen/factgen");
        json.WriteString("semanticVersion", typeof(SarifWriter).Assembly.GetName().Version!.ToString(3));
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLink);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, FactDiagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Rule.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        WriteLocation(json, new FileRange(diagnostic.Path, diagnostic.Range));
        json.WriteEndArray();
        if (diagnostic.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            foreach (var related in diagnostic.Related)
            {
                WriteLocation(json, related);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, FileRange place)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", FileUri.Of(place.Path));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", place.Range.StartLine + 1);
        json.WriteNumber("startColumn", place.Range.StartColumn + 1);
        json.WriteNumber("endLine", place.Range.EndLine + 1);
        json.WriteNumber("endColumn", place.Range.EndColumn + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(FactSeverity severity) => severity switch
    {
        FactSeverity.Error => "error",
        FactSeverity.Warning => "warning",
        _ => "note",
    };
}
