using System;
using System.Linq;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Text;
using Xunit;

namespace FactGen.Tests.Model;

/// <summary>Builds small fact files and checks where diagnostics point.</summary>
internal static class TestYaml
{
    /// <summary>
    /// A file with one declared source 'src' and one valid fact 'good' (lines 0-7); what a test appends starts on
    /// line <see cref="NextLine"/>.
    /// </summary>
    public const string GoodFactHeader =
        "sources:\n" +
        "  src:\n" +
        "facts:\n" +
        "  - id: good\n" +
        "    claim: Good\n" +
        "    value: 1\n" +
        "    source: src\n" +
        "    quote: One.\n";

    /// <summary><see cref="GoodFactHeader"/> with <paramref name="keys"/> (each line indented by four spaces) on its source <c>src</c>.</summary>
    public static string WithSourceKeys(string keys) => "sources:\n  src:\n" + keys + GoodFactHeader.Substring("sources:\n  src:\n".Length);

    /// <summary>The first line after <see cref="GoodFactHeader"/>.</summary>
    public const int NextLine = 8;

    /// <summary>Joins lines with LF and ends the text with one.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>
    /// <see cref="GoodFactHeader"/> followed by a fact 'bad' whose id is on line 8, claim on 9, value on 10 (column 11),
    /// source on 11 and quote on 12 (stating the value), then <paramref name="extraKeys"/> from line 13 on (each indented four spaces).
    /// </summary>
    public static string WithBadFact(string value, params string[] extraKeys)
        => GoodFactHeader
            + Lines(new[] { "  - id: bad", "    claim: Bad", "    value: " + value, "    source: src", "    quote: It was " + value + "." }
                .Concat(extraKeys.Select(key => "    " + key)).ToArray());

    /// <summary>Parses <paramref name="text"/> as facts/test.yaml.</summary>
    public static FactFile Parse(string text) => FactFileParser.Parse("facts/test.yaml", text);

    /// <summary>The range of <paramref name="length"/> characters at a zero-based line and column of <paramref name="text"/>.</summary>
    public static TextRange Range(string text, int line, int column, int length)
    {
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
            Assert.True(offset > 0, $"The text has no line {line}.");
        }

        offset += column;
        return new TextRange(offset, offset + length, line, column, line, column + length);
    }

    /// <summary>Asserts that <paramref name="range"/> starts at a zero-based line and column.</summary>
    public static void StartsAt(TextRange range, int line, int column)
        => Assert.Equal((line, column), (range.StartLine, range.StartColumn));

    /// <summary>Asserts that <paramref name="range"/> covers one line from <paramref name="column"/> for <paramref name="length"/> characters.</summary>
    public static void Covers(TextRange range, int line, int column, int length)
        => Assert.Equal((line, column, line, column + length, length), (range.StartLine, range.StartColumn, range.EndLine, range.EndColumn, range.Length));

    /// <summary>The only diagnostic of the file, which must break <paramref name="ruleId"/>.</summary>
    public static FactDiagnostic Only(FactFile file, string ruleId)
    {
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(ruleId, diagnostic.RuleId);
        Assert.Equal(file.Path, diagnostic.Path);
        return diagnostic;
    }

    /// <summary>The ids of the facts in the file, in order.</summary>
    public static string[] FactIds(FactFile file) => file.Facts.Select(fact => fact.Id).ToArray();

    /// <summary>The rule ids of the file's diagnostics, in order.</summary>
    public static string[] RuleIds(FactFile file) => file.Diagnostics.Select(diagnostic => diagnostic.RuleId).ToArray();

    /// <summary>Asserts that a message has no unfilled placeholder and ends as a sentence.</summary>
    public static void ReadsAsSentence(string message)
    {
        Assert.DoesNotContain("{", message, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", message, StringComparison.Ordinal);
        Assert.EndsWith(".", message, StringComparison.Ordinal);
    }
}
