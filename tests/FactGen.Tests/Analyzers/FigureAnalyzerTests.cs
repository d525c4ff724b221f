using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static FactGen.Tests.Infrastructure.FigureHarness;

namespace FactGen.Tests.Analyzers;

/// <summary>FG1001 and FG1002 through CompilationWithAnalyzers, with the facts generated into the same compilation.</summary>
public class FigureAnalyzerTests
{
    private static string Program(string body) => $$"""
        using System;
        using System.Text;
        using FactGen;

        public static class Report
        {
            public static void Print(StringBuilder builder, System.IO.TextWriter writer, string name)
            {
                {{body}}
            }
        }
        """;

    private static async Task<(string Id, string Covered)[]> Found(string code, IReadOnlyDictionary<string, string>? editorconfig = null)
        => (await AnalyzeAsync(code, editorconfig: editorconfig)).Select(diagnostic => (diagnostic.Id, Covered(diagnostic, code))).ToArray();

    [Fact]
    public async Task FG1001_a_literal_in_an_interpolation_that_a_fact_holds()
    {
        var code = Program("""Console.WriteLine($"{100_000} IT specialists left");""");

        var diagnostic = Assert.Single(await AnalyzeAsync(code));

        Assert.Equal("FG1001", diagnostic.Id);
        Assert.Equal("100_000", Covered(diagnostic, code));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(
            "'100_000' is the value of the fact 'it-specialists-left'. Use the fact instead of the bare figure, so that the figure keeps its source: write Sample.Facts.Facts.ItSpecialistsLeft.Value.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(FigureProperties.NumberKind, diagnostic.Properties[FigureProperties.Kind]);
        var choice = Assert.Single(FigureProperties.DecodeFacts(diagnostic.Properties[FigureProperties.Facts]));
        Assert.Equal("global::Sample.Facts.Facts.ItSpecialistsLeft", choice.Member);
        Assert.Equal("https://github.com/factgen/factgen/blob/main/docs/rules/FG1001.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Theory]
    [InlineData("""Console.WriteLine("About 13% of IT workers left");""", "13%")]
    [InlineData("""Console.WriteLine("the number reached 100,000");""", "100,000")]
    [InlineData("""Console.WriteLine("the number reached 100000 people");""", "100000")]
    [InlineData("""writer.Write("capital flight of more than $30 billion");""", "$30 billion")]
    [InlineData("""builder.Append($"{name}: USD 30 billion left");""", "USD 30 billion")]
    [InlineData("""Console.WriteLine($"A ratio of {2.5}");""", "2.5")]
    [InlineData("""Console.WriteLine("Left: " + 100000L);""", "100000L")]
    public async Task FG1001_a_figure_that_a_fact_holds_in_every_written_form(string body, string covered)
        => Assert.Equal(new[] { ("FG1001", covered) }, await Found(Program(body)));

    [Theory]
    [InlineData("""Console.WriteLine($"{4_200} people");""", "4_200")]
    [InlineData("""Console.WriteLine("Left: " + 12345);""", "12345")]
    [InlineData("""Console.WriteLine(string.Format("{0} people", 350));""", "350")]
    [InlineData("""Console.WriteLine("{0} {1} {2} {3}", name, name, name, 350);""", "350")]
    [InlineData("""builder.Append(250).AppendLine();""", "250")]
    [InlineData("""writer.WriteLine(-250);""", "-250")]
    [InlineData("""Console.WriteLine("Some 1.5 million people left");""", "1.5 million")]
    [InlineData("""Console.WriteLine($"{name}: 42% left");""", "42%")]
    [InlineData("""var text = "Left: "; text += 12345; Console.WriteLine(text);""", "12345")]
    public async Task FG1002_an_unsourced_figure_that_reaches_a_reader(string body, string covered)
        => Assert.Equal(new[] { ("FG1002", covered) }, await Found(Program(body)));

    [Fact]
    public async Task FG1002_message_and_properties_for_the_extract_fix()
    {
        var code = Program("""Console.WriteLine("About 42% of IT workers left");""");

        var diagnostic = Assert.Single(await AnalyzeAsync(code));

        Assert.Equal(
            "'42%' reaches the reader with no fact behind it. Put the figure in a fact file with its source and quote and use the fact, or pass it through Figure.Unsourced(value, \"why\") when it needs no source.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(FigureProperties.TextKind, diagnostic.Properties[FigureProperties.Kind]);
        Assert.Equal("42%", diagnostic.Properties[FigureProperties.Value]);
        Assert.Equal("Sample.Facts", diagnostic.Properties[FigureProperties.Namespace]);
    }

    [Theory]
    [InlineData("""Console.WriteLine($"{0} {1} {-1} {5} {9}");""")]
    [InlineData("""Console.WriteLine("It began in 2022, on page 400 of 1999");""")]
    [InlineData("""Console.WriteLine("three days, one week, a million thanks, in his 20s");""")]
    [InlineData("""Console.WriteLine(Figure.Unsourced(350, "the page size of the API"));""")]
    [InlineData("""Console.WriteLine($"{Figure.Unsourced(100_000, "a test fixture")}");""")]
    [InlineData("""var numbers = new int[350]; Console.WriteLine(numbers[250]);""")]
    [InlineData("""var list = new System.Collections.Generic.List<int>(); Console.WriteLine(list[250]);""")]
    [InlineData("""var count = 12345; var share = "42% of"; System.Diagnostics.Debug.Assert(count > 0, share);""")]
    [InlineData("""switch (name.Length) { case 250: Console.WriteLine(name); break; }""")]
    public async Task Noise_is_not_reported(string body)
        => Assert.Empty(await Found(Program(body)));

    [Fact]
    public async Task A_constant_is_judged_where_it_reaches_the_reader_not_where_it_is_declared()
    {
        var code = """
            using System;

            public static class Report
            {
                private const long Left = 100_000;
                private static readonly int Staff = 12345;
                private const string Headline = "About 42% left";

                public static void Print()
                {
                    const int local = 4_200;
                    Console.WriteLine(Left);
                    Console.WriteLine(Staff);
                    Console.WriteLine(Headline);
                    Console.WriteLine(local);
                    var unused = Left + Staff;
                }
            }
            """;

        var found = await Found(code);

        Assert.Equal(new[] { ("FG1001", "Left"), ("FG1002", "Staff"), ("FG1002", "Headline"), ("FG1002", "local") }, found);
    }

    [Fact]
    public async Task Attribute_arguments_enum_members_and_default_values_are_not_figures()
    {
        var code = """
            using System;

            public enum Size { Large = 100000 }

            public static class Report
            {
                [Obsolete("Gone since 42% of users left")]
                public static void Print(int pageSize = 250) => Console.WriteLine(Size.Large);
            }
            """;

        Assert.Empty(await Found(code));
    }

    [Fact]
    public async Task A_parameter_property_or_field_marked_Figure_reaches_the_reader()
    {
        var code = """
            using FactGen;

            public sealed class Bar
            {
                [Figure] public long Height { get; set; }
                [Figure] public decimal Width;
                public long Other { get; set; }

                public static void Show([Figure] long amount) { }

                public static Bar Make()
                {
                    Show(12345);
                    var bar = new Bar { Height = 4_200, Other = 9_999 };
                    bar.Width = 2.75m;
                    return bar;
                }
            }
            """;

        Assert.Equal(new[] { ("FG1002", "12345"), ("FG1002", "4_200"), ("FG1002", "2.75m") }, await Found(code));
    }

    [Theory]
    [InlineData("output")]
    [InlineData("all")]
    public async Task A_derived_figure_is_sourced_and_its_factor_is_neither_a_figure_nor_a_fact(string scope)
    {
        // 2.5 is the value of the fact 'ratio': as the factor of a derivation it is part of the derived figure, whose
        // note shows it, not the fact.
        var code = """
            using System;
            using FactGen;
            using Sample.Facts;

            public static class Report
            {
                public static void Show([Figure] object amount) { }

                public static void Print(Footnotes notes)
                {
                    var share = Facts.ItShare.Of(Facts.ItSpecialistsLeft);
                    Console.WriteLine(notes.Cite(share));
                    Console.WriteLine($"{share.Value} of {share} ({share.ValueText})");
                    Console.WriteLine(notes.Cite(Facts.ItSpecialistsLeft.Times(2.5m).Round(-3)));
                    Console.WriteLine("Left: " + Facts.ItSpecialistsLeft.Minus(share).FormatValue());
                    Show(Facts.CapitalFlight.Times(12_000).Value);
                }
            }
            """;

        Assert.Empty(await Found(code, new Dictionary<string, string> { [FigureOptions.ScopeKey] = scope }));
    }

    [Fact]
    public async Task A_figure_in_the_unit_of_a_derived_figure_is_still_judged()
    {
        var code = Program("""var share = Sample.Facts.Facts.ItSpecialistsLeft.Over(Sample.Facts.Facts.ItSpecialistsLeft, "of the 42% who stayed");""");

        Assert.Equal(
            new[] { ("FG1002", "42%") },
            await Found(code, new Dictionary<string, string> { [FigureOptions.ScopeKey] = "all" }));
    }

    [Fact]
    public async Task Generated_code_is_not_analyzed()
        => Assert.Empty(await Found("// <auto-generated/>\n" + Program("""Console.WriteLine($"{4_200} people");""")));

    [Fact]
    public async Task Outside_output_only_the_all_scope_reports()
    {
        var code = Program("""var count = 12345; var share = "42% of"; long left = 100000; int narrow = 100000;""");

        Assert.Empty(await Found(code));
        var all = await AnalyzeAsync(code, editorconfig: new Dictionary<string, string> { [FigureOptions.ScopeKey] = "all" });
        Assert.Equal(
            new[] { ("FG1002", "12345"), ("FG1002", "42%"), ("FG1001", "100000"), ("FG1001", "100000") },
            all.Select(diagnostic => (diagnostic.Id, Covered(diagnostic, code))));

        // A long fact fits a long, not an int: only the first gets a fix.
        Assert.Single(FigureProperties.DecodeFacts(all[2].Properties[FigureProperties.Facts]));
        Assert.Empty(FigureProperties.DecodeFacts(all[3].Properties[FigureProperties.Facts]));
    }

    [Fact]
    public async Task The_minimum_and_the_none_scope_come_from_editorconfig()
    {
        var code = Program("""Console.WriteLine($"{500} and {5000}");""");

        Assert.Equal(new[] { ("FG1002", "500"), ("FG1002", "5000") }, await Found(code));
        Assert.Equal(new[] { ("FG1002", "5000") }, await Found(code, new Dictionary<string, string> { [FigureOptions.MinimumKey] = "1000" }));
        Assert.Empty(await Found(code, new Dictionary<string, string> { [FigureOptions.ScopeKey] = "none" }));
        Assert.Equal(2, (await Found(code, new Dictionary<string, string> { [FigureOptions.ScopeKey] = "sideways", [FigureOptions.MinimumKey] = "lots" })).Length);
    }

    [Fact]
    public async Task Years_and_ranges_are_no_known_facts_to_replace()
        => Assert.Equal(
            new[] { ("FG1002", "2022"), ("FG1002", "70_000") },
            await Found(Program("""Console.WriteLine($"{2022}: {70_000}");""")));

    [Fact]
    public async Task Several_facts_with_one_value_are_all_named_and_all_offered()
    {
        var code = Program("""Console.WriteLine($"{100000}");""");

        var diagnostic = Assert.Single(await AnalyzeAsync(code, FactsWithTwoOfOneValue));

        Assert.Contains("the facts 'it-specialists-left' and 'it-specialists-left-again'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal(2, FigureProperties.DecodeFacts(diagnostic.Properties[FigureProperties.Facts]).Count);
    }

    [Fact]
    public async Task FG1001_names_the_fact_by_its_class_alone_where_that_name_finds_the_class()
    {
        // The class is called Facts: in scope through the using, and hidden again by a type of the same name.
        var imported = "using Sample.Facts;\n" + Program("""Console.WriteLine($"{100_000} IT specialists left");""");
        var hidden = "using Sample.Facts;\nnamespace Other { class Facts { } static class Use { static void Print() => System.Console.WriteLine($\"{100_000} left\"); } }\n";

        Assert.EndsWith("write Facts.ItSpecialistsLeft.Value.", Assert.Single(await AnalyzeAsync(imported)).GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.EndsWith("write Sample.Facts.Facts.ItSpecialistsLeft.Value.", Assert.Single(await AnalyzeAsync(hidden)).GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_of_a_referenced_assembly_count()
    {
        var library = GeneratorHarness.Run([new TestFactFile("/lib/facts/facts.yaml", FigureHarness.Facts)], ["public static class Marker { }"]).Output;
        var image = new System.IO.MemoryStream();
        Assert.True(library.Emit(image).Success);
        var code = Program("""Console.WriteLine($"{100_000}");""");
        var consumer = Compilations.Create([code]).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        var analyzers = consumer.WithAnalyzers([new FigureAnalyzer()]);
        var diagnostic = Assert.Single(await analyzers.GetAnalyzerDiagnosticsAsync());

        Assert.Equal("FG1001", diagnostic.Id);
        Assert.Equal("global::Sample.Facts.Facts.ItSpecialistsLeft", Assert.Single(FigureProperties.DecodeFacts(diagnostic.Properties[FigureProperties.Facts])).Member);
    }

    [Fact]
    public async Task Facts_of_every_file_of_a_shared_class_in_a_referenced_assembly_count()
    {
        const string second = """
            sources:
              other-news: { publisher: Other News, published: 2024 }
            facts:
              - id: engineers-abroad
                claim: Engineers abroad
                value: 4,321
                source: other-news
                quote: some 4,321 engineers
            """;
        var library = GeneratorHarness.Run(
            [new TestFactFile("/lib/facts/a/facts.yaml", FigureHarness.Facts), new TestFactFile("/lib/facts/b/facts.yaml", second)],
            ["public static class Marker { }"]).Output;
        var image = new System.IO.MemoryStream();
        Assert.True(library.Emit(image).Success);
        var code = Program("""Console.WriteLine($"{100_000} and {4_321}");""");
        var consumer = Compilations.Create([code]).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        var diagnostics = await consumer.WithAnalyzers([new FigureAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(
            ["global::Sample.Facts.Facts.EngineersAbroad", "global::Sample.Facts.Facts.ItSpecialistsLeft"],
            diagnostics.Select(diagnostic => Assert.Single(FigureProperties.DecodeFacts(diagnostic.Properties[FigureProperties.Facts])).Member).OrderBy(member => member, System.StringComparer.Ordinal));
        Assert.All(diagnostics, diagnostic => Assert.Equal("FG1001", diagnostic.Id));
    }

    [Fact]
    public async Task Facts_of_every_attribute_of_a_long_index_count()
    {
        // 400 facts with long claims: an index of some 60,000 characters, which the generator splits.
        var facts = new System.Text.StringBuilder("sources:\n  news: { publisher: News, published: 2024 }\nfacts:\n");
        for (var i = 0; i < 400; i++)
        {
            facts.Append($"  - id: figure-{i}\n    claim: Specialists counted in survey number {i}, a claim long enough to fill the index quickly\n")
                .Append($"    value: {100_000 + i}\n    source: news\n    quote: some {100_000 + i} specialists\n");
        }

        var run = GeneratorHarness.Run([new TestFactFile("/project/facts/facts.yaml", facts.ToString())], ["public static class Marker { }"]);
        var attributes = run.Output.GetTypeByMetadataName("Sample.Facts.Facts")!.GetAttributes().Count(attribute => attribute.AttributeClass?.Name == "GeneratedFactsAttribute");
        var code = Program("""Console.WriteLine($"{100_000} and {100_399}");""");
        var diagnostics = await AnalyzeAsync(code, facts.ToString());

        Assert.True(attributes > 1, $"{attributes} attribute(s)");
        Assert.Equal(
            ["global::Sample.Facts.Facts.Figure0", "global::Sample.Facts.Facts.Figure399"],
            diagnostics.Select(diagnostic => Assert.Single(FigureProperties.DecodeFacts(diagnostic.Properties[FigureProperties.Facts])).Member));
    }

    [Fact]
    public async Task Without_the_FactGen_runtime_nothing_is_reported()
    {
        var compilation = CSharpCompilation.Create(
            "NoRuntime",
            [CSharpSyntaxTree.ParseText("""public static class P { public static string S() => $"{12345}"; }""")],
            Compilations.References.Where(reference => !reference.Display!.EndsWith("FactGen.dll", System.StringComparison.Ordinal)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.Empty(await compilation.WithAnalyzers([new FigureAnalyzer()]).GetAnalyzerDiagnosticsAsync());
    }
}
