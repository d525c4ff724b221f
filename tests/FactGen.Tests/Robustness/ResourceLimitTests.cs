using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using FactGen.Model.Yaml;
using FactGen.Tests.Infrastructure;
using FactGen.Tests.Verifiers;
using Xunit;

namespace FactGen.Tests.Robustness;

/// <summary>
/// Files made to exhaust the compiler end in bounded work, with a diagnostic where the limit was crossed. Bounds are
/// asserted as counts (nodes built, characters read), never as times.
/// </summary>
public class ResourceLimitTests
{
    private const string Source = "sources:\n  s: { publisher: P }\n";

    /// <summary>Ten levels of ten aliases each: 10^10 nodes if expanded, a few hundred characters written.</summary>
    private static readonly string s_billionLaughs = Source + "bomb:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        + string.Concat(Enumerable.Range(1, 9).Select(level => $"  a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n"))
        + "facts: *a9\n";

    [Fact]
    public void An_alias_bomb_stops_at_the_alias_that_crosses_the_limit()
    {
        var file = FactFileParser.Parse("/project/facts/bomb.yaml", s_billionLaughs);
        var read = YamlTreeReader.Read(s_billionLaughs);

        var diagnostic = Assert.Single(file.Diagnostics, diagnostic => diagnostic.RuleId == "FG0005");
        // a4 is the first anchor whose aliases repeat more than 100,000 nodes (ten of a3's 11,111).
        Assert.Equal("*a3", s_billionLaughs.Substring(diagnostic.Range.Start, diagnostic.Range.Length));
        Assert.StartsWith("  a4:", s_billionLaughs.Split('\n')[diagnostic.Range.StartLine], StringComparison.Ordinal);
        Assert.Contains("100,000", diagnostic.Message, StringComparison.Ordinal);

        // The tree shares aliased nodes: it holds no more nodes than the text writes.
        Assert.True(DistinctNodes(read.Root) <= s_billionLaughs.Length, $"{DistinctNodes(read.Root)} nodes from {s_billionLaughs.Length} characters");
        Assert.Equal(FactRules.AliasExpansionTooLarge, read.ExceededLimit!.Rule);
    }

    [Fact]
    public void An_alias_bomb_reaches_neither_the_generator_output_nor_a_warning()
    {
        var run = GeneratorHarness.Run([new TestFactFile("/project/facts/bomb.yaml", s_billionLaughs)]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(Compilations.Problems(run.Output));
    }

    [Fact]
    public void A_source_repeated_by_alias_a_few_times_is_fine()
    {
        var text = "sources:\n  s: &s { publisher: P }\n  t: *s\n  u: *s\nfacts:\n"
            + "  - &fact { id: a, claim: c, value: 1, source: s, quote: \"1\" }\n";

        var file = FactFileParser.Parse("/project/facts/aliases.yaml", text);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(["s", "t", "u"], file.Sources.Select(source => source.Id));
    }

    [Theory]
    [InlineData("flow", 100_000)]
    [InlineData("block", 1_000)]
    public void Deep_nesting_stops_at_the_level_that_crosses_the_limit(string style, int depth)
    {
        var text = style == "flow"
            ? Source + "facts: " + new string('[', depth) + new string(']', depth) + "\n"
            : Source + "facts:\n" + string.Concat(Enumerable.Range(1, depth).Select(level => new string(' ', level * 2) + "-\n"));

        var file = FactFileParser.Parse("/project/facts/deep.yaml", text);
        var read = YamlTreeReader.Read(text);

        var diagnostic = Assert.Single(file.Diagnostics, diagnostic => diagnostic.RuleId == "FG0007");
        Assert.Contains("64 levels", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(style == "flow" ? "[" : "-", text.Substring(diagnostic.Range.Start, diagnostic.Range.Length));
        Assert.Equal(FactFileLimits.Default.MaxDepth, Depth(read.Root));
        Assert.True(DistinctNodes(read.Root) <= 2 * FactFileLimits.Default.MaxDepth, $"{DistinctNodes(read.Root)} nodes kept of {depth} levels written");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read_and_is_reported_on_its_first_line()
    {
        var text = Source + "facts:\n" + new string('#', FactFileLimits.Default.MaxFileSize);

        var file = FactFileParser.Parse("/project/facts/huge.yaml", text);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("FG0006", diagnostic.RuleId);
        Assert.Equal("sources:", text.Substring(diagnostic.Range.Start, diagnostic.Range.Length));
        Assert.Contains($"{text.Length:N0} characters, more than the limit of 4,000,000", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(file.Sources);
    }

    [Fact]
    public async Task The_size_limit_is_the_FactGenMaxFileSize_property_for_the_generator_and_the_analyzer()
    {
        var fact = Source + "facts:\n  - { id: a, claim: c, value: 1, source: s, quote: \"1\" }\n";
        var file = new TestFactFile("/project/facts/small.yaml", fact);
        var limited = new Dictionary<string, string>(GeneratorHarness.DefaultOptions) { ["build_property.FactGenMaxFileSize"] = (fact.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var unreadable = new Dictionary<string, string>(GeneratorHarness.DefaultOptions) { ["build_property.FactGenMaxFileSize"] = "four megabytes" };

        Assert.Empty(FactMembers(GeneratorHarness.Run([file], options: limited)));
        Assert.Single(FactMembers(GeneratorHarness.Run([file], options: unreadable)));

        var tooLarge = FactFileAnalyzerTest.Of(FactGenProject.FactFile("small.yaml"), "{|FG0006:sources:|}" + fact["sources:".Length..]);
        tooLarge.Project.BuildProperties["FactGenMaxFileSize"] = (fact.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await tooLarge.RunAsync();
        var read = FactFileAnalyzerTest.Of(FactGenProject.FactFile("small.yaml"), fact);
        read.Project.BuildProperties["FactGenMaxFileSize"] = "four megabytes";
        await read.RunAsync();
    }

    [Theory]
    [InlineData("quoted")]
    [InlineData("plain")]
    public void A_line_of_a_million_characters_reads_back_whole(string style)
    {
        // Every "a" states the figure 1, so the quote rules look at 80,000 places before each of them.
        var quote = string.Concat(Enumerable.Repeat("a long quote ", 80_000));
        var written = style == "quoted" ? "\"" + quote + "\"" : quote.TrimEnd();
        var text = Source + "facts:\n  - { id: a, claim: c, value: 1, source: s, quote: " + written + " }\n";

        var file = FactFileParser.Parse("/project/facts/long.yaml", text);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(style == "quoted" ? quote : quote.TrimEnd(), Assert.Single(file.Facts).Citation.Quote);
    }

    [Fact]
    public void A_hundred_thousand_facts_are_over_the_default_size_and_read_in_full_under_a_raised_one()
    {
        var text = new StringBuilder(Source).Append("facts:\n");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("  - { id: fact-").Append(i).Append(", claim: Claim ").Append(i).Append(", value: ").Append(i).Append(", source: s, quote: \"").Append(i).Append("\" }\n");
        }

        var path = "/project/facts/many.yaml";
        var defaultLimits = FactFileParser.Parse(path, text.ToString());
        var raised = FactFileParser.Parse(path, text.ToString(), FactFileLimits.WithMaxFileSize("10000000"));
        var set = FactSetValidator.Validate([raised]);

        Assert.Equal(["FG0006"], defaultLimits.Diagnostics.Select(diagnostic => diagnostic.RuleId));
        Assert.Empty(raised.Diagnostics);
        Assert.Empty(set.Diagnostics);
        Assert.Equal(100_000, set.RegistryEntries.Count);
    }

    /// <summary>The fact properties generated for small.yaml.</summary>
    private static IEnumerable<Microsoft.CodeAnalysis.ISymbol> FactMembers(GeneratorRun run)
        => run.Output.GetTypeByMetadataName("Sample.Facts.Small")?.GetMembers("A") ?? [];

    /// <summary>The nodes of a tree, each aliased node once.</summary>
    private static int DistinctNodes(YamlNode? root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (seen.Add(node))
            {
                foreach (var child in Children(node))
                {
                    pending.Push(child);
                }
            }
        }

        return seen.Count;
    }

    /// <summary>The most lists and mappings inside one another.</summary>
    private static int Depth(YamlNode? node)
        => node is null or YamlScalar ? 0 : 1 + Children(node).Select(Depth).DefaultIfEmpty(0).Max();

    private static IEnumerable<YamlNode> Children(YamlNode node) => node switch
    {
        YamlMapping mapping => mapping.Entries.SelectMany(entry => new[] { entry.Key, entry.Value }),
        YamlSequence sequence => sequence.Items,
        _ => [],
    };
}
