using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.Tests.Generator;
using FactGen.Tests.Infrastructure;
using Xunit;

namespace FactGen.Tests.Robustness;

/// <summary>
/// The same fact files give byte-identical generated sources whatever the order of the AdditionalFiles, the line
/// endings, or a byte order mark.
/// </summary>
public class DeterminismTests
{
    public static TheoryData<string> Variants => new() { "reversed", "shuffled", "CRLF", "CR", "BOM", "BOM and CRLF, reversed" };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Generated_sources_are_byte_identical(string variant)
    {
        var files = Directory.GetFiles(TestPaths.FactsDirectory, "*.yaml")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new TestFactFile(path, File.ReadAllText(path)))
            .Append(GeneratorTestData.Load("odd-ids.yaml"))
            .Append(GeneratorTestData.Load("all-kinds.yaml"))
            .ToList();

        var expected = Sources(files);
        var changed = Variant(files, variant);

        Assert.Equal(expected.Keys, Sources(changed).Keys);
        foreach (var (hintName, text) in Sources(changed))
        {
            Assert.True(string.Equals(expected[hintName], text, StringComparison.Ordinal), $"{hintName} differs for {variant}.");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public void A_byte_order_mark_is_not_content_and_diagnostics_still_point_at_their_text(string start)
    {
        var text = start + "sources:\n  s: { publisher: P }\nfacts:\n  - { id: a, claim: c, value: \"13 %%\", source: s, quote: q }\n";

        var file = FactGen.Model.Parsing.FactFileParser.Parse("/project/facts/bom.yaml", text);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("\"13 %%\"", text.Substring(diagnostic.Range.Start, diagnostic.Range.Length));
        Assert.Equal(["s"], file.Sources.Select(source => source.Id));
    }

    private static IReadOnlyList<TestFactFile> Variant(IReadOnlyList<TestFactFile> files, string variant)
    {
        IEnumerable<TestFactFile> changed = files;
        if (variant.Contains("reversed", StringComparison.Ordinal))
        {
            changed = changed.Reverse();
        }

        if (variant == "shuffled")
        {
            var random = new Random(7);
            changed = changed.OrderBy(_ => random.Next());
        }

        if (variant.Contains("CRLF", StringComparison.Ordinal))
        {
            changed = changed.Select(file => file with { Text = file.Text.Replace("\n", "\r\n", StringComparison.Ordinal) });
        }
        else if (variant == "CR")
        {
            changed = changed.Select(file => file with { Text = file.Text.Replace("\n", "\r", StringComparison.Ordinal) });
        }

        if (variant.Contains("BOM", StringComparison.Ordinal))
        {
            changed = changed.Select(file => file with { Text = "\uFEFF" + file.Text });
        }

        return changed.ToList();
    }

    private static SortedDictionary<string, string> Sources(IReadOnlyList<TestFactFile> files)
    {
        var run = GeneratorHarness.Run(files);
        return new SortedDictionary<string, string>(
            run.Result.Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString()),
            StringComparer.Ordinal);
    }
}
