using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace FactGen.CodeFixes;

/// <summary>
/// Writes a stub fact into the text of a fact file, keeping everything else as it is: the stub goes at the end of the
/// top-level <c>facts:</c> list, indented like its other items, or under a new <c>facts:</c> key. Writes a value as a
/// YAML scalar that reads back as the same text.
/// </summary>
internal static class FactFileEdits
{
    private static readonly Regex s_factsKey = new(@"^facts:[ \t]*(#.*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex s_listItem = new(@"^(?<indent>[ \t]*)- ", RegexOptions.CultureInvariant);
    // Plain words YAML 1.1 readers take for null or a boolean.
    private static readonly HashSet<string> s_plainWords = new(StringComparer.OrdinalIgnoreCase) { "null", "true", "false", "yes", "no", "on", "off", "~" };
    private static readonly Regex s_plainSafe = new(@"^[A-Za-z0-9$€£₽¥][^#:\r\n]*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The fact file <paramref name="yaml"/> with a stub fact: its id, claim and value, and empty <c>source</c> and
    /// <c>quote</c> for the author to fill in (until they are, the fact file rules report them). Null when the file
    /// writes its facts in a form this edit does not handle (<c>facts: [ … ]</c>).
    /// </summary>
    public static string? AddStubFact(string yaml, string id, string claim, string value)
    {
        var newline = yaml.Contains("\r\n") ? "\r\n" : "\n";
        var lines = yaml.Length == 0 ? new List<string>() : yaml.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var stub = new[] { "id: " + id, "claim: " + Scalar(claim), "value: " + Scalar(value), "source:", "quote:" };
        var keyLine = lines.FindIndex(line => line.StartsWith("facts:", StringComparison.Ordinal));
        if (keyLine < 0)
        {
            while (lines.Count > 0 && lines[lines.Count - 1].Trim().Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            if (lines.Count > 0)
            {
                lines.Add("");
            }

            lines.Add("facts:");
            lines.AddRange(Item("  ", stub));
            return string.Join(newline, lines) + newline;
        }

        if (!s_factsKey.IsMatch(lines[keyLine]))
        {
            return null;
        }

        // The list ends at the next line that starts a top-level key; blank and comment lines before it stay after the stub.
        var end = keyLine + 1;
        while (end < lines.Count && (lines[end].Length == 0 || lines[end][0] is ' ' or '\t' or '#' || lines[end].StartsWith("- ", StringComparison.Ordinal)))
        {
            end++;
        }

        var insertAt = end;
        while (insertAt > keyLine + 1 && (lines[insertAt - 1].Trim().Length == 0 || lines[insertAt - 1].TrimStart().StartsWith("#", StringComparison.Ordinal)))
        {
            insertAt--;
        }

        var indent = lines.Skip(keyLine + 1).Take(end - keyLine - 1).Select(line => s_listItem.Match(line)).FirstOrDefault(match => match.Success)?.Groups["indent"].Value ?? "  ";
        lines.InsertRange(insertAt, Item(indent, stub));
        return string.Join(newline, lines) + newline;
    }

    /// <summary>An id for a fact of <paramref name="value"/> that none of <paramref name="taken"/> has: <c>figure-13-percent</c>.</summary>
    public static string NewId(string value, ISet<string> taken)
    {
        var words = new StringBuilder("figure");
        foreach (var part in Regex.Split(value.Replace("%", " percent").ToLowerInvariant(), "[^a-z0-9]+").Where(part => part.Length > 0))
        {
            words.Append('-').Append(part);
        }

        var id = words.ToString();
        for (var suffix = 2; taken.Contains(id); suffix++)
        {
            id = words + "-" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }

    private static IEnumerable<string> Item(string indent, IReadOnlyList<string> keys)
        => keys.Select((key, index) => indent + (index == 0 ? "- " : "  ") + key);

    /// <summary>A YAML scalar for <paramref name="text"/>: plain where YAML reads it back as the same text, else double-quoted.</summary>
    public static string Scalar(string text)
    {
        if (s_plainSafe.IsMatch(text) && text == text.Trim() && !s_plainWords.Contains(text))
        {
            return text;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
