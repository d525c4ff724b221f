using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static FactGen.Tests.Infrastructure.FigureHarness;

namespace FactGen.Tests.Analyzers;

/// <summary>
/// FG1001 and FG1002 where a figure's value travels to the reader: through locals, fields, properties, returns and the
/// program's own output methods; reported at the figure, with the place it reaches in the message.
/// </summary>
public class FigureFlowTests
{
    /// <summary>A stand-in for a console UI library: a table and markup writer the analyzer knows nothing of.</summary>
    private const string ConsoleLibrary = """
        namespace Spectre.Console
        {
            public sealed class Table
            {
                public Table AddRow(params string[] cells) => this;
                public Table AddColumn(string header) => this;
            }

            public static class AnsiConsole
            {
                public static void MarkupLine(string markup) { }
                public static void Write(Table table) { }
            }
        }
        """;

    private static async Task<(string Id, string Covered, string Message)[]> Found(string code, IReadOnlyDictionary<string, string>? editorconfig = null, string? otherCode = null)
        => (await AnalyzeAsync(code, editorconfig: editorconfig, otherCode: otherCode))
            .Select(diagnostic => (diagnostic.Id, Covered(diagnostic, code), diagnostic.GetMessage(CultureInfo.InvariantCulture)))
            .ToArray();

    private static string Unsourced(string figure, string where)
        => $"'{figure}' {where} with no fact behind it. Put the figure in a fact file with its source and quote and use the fact, or pass it through Figure.Unsourced(value, \"why\") when it needs no source.";

    [Fact]
    public async Task A_method_that_returns_prose_is_reported_at_the_figure_when_a_call_is_written()
    {
        var code = """
            using System;

            static class Headlines
            {
                public static string Headline() => "About 5,000 people left last spring";
            }

            static class Program
            {
                static void Main() => Console.WriteLine(Headlines.Headline());
            }
            """;

        Assert.Equal(
            new[] { ("FG1002", "5,000", Unsourced("5,000", "reaches Console.WriteLine in Program.Main")) },
            await Found(code));
    }

    [Fact]
    public async Task A_field_or_property_initialised_with_prose_is_reported_once_where_it_is_written()
    {
        var code = """
            using System;
            using System.IO;

            sealed class Report
            {
                private static readonly string Lead = "Some 1.5 million people left";
                public string Summary { get; } = "Only 42% came back";
                private string _note;

                public Report() => _note = "Rents rose by $300 a month";

                public void Print(TextWriter writer)
                {
                    writer.Write(Lead);
                    writer.WriteLine(Lead);
                    writer.WriteLine(Summary.ToUpperInvariant());
                    Console.Write(_note);
                }
            }
            """;

        Assert.Equal(
            new[] { ("FG1002", "1.5 million"), ("FG1002", "42%"), ("FG1002", "$300") },
            (await Found(code)).Select(found => (found.Id, found.Covered)));
    }

    [Fact]
    public async Task Locals_concatenation_conditionals_and_property_getters_carry_a_number_to_the_reader()
    {
        var code = """
            using System;

            static class Stats
            {
                public static int Count => 4_200;
                public static int Unshown => 5_300;
            }

            static class Program
            {
                static void Main(string[] args)
                {
                    var total = 12345;
                    var line = "Total: " + total;
                    Console.WriteLine(line);
                    var pick = args.Length > 0 ? 2_500 : 3_500;
                    Console.WriteLine($"{pick.ToString()} moved");
                    Console.WriteLine($"{Stats.Count} people");
                    var width = 80_000;
                    var padded = "x".PadLeft(width);
                    var sum = Stats.Unshown + 1;
                }
            }
            """;

        var found = await Found(code);

        Assert.Equal(
            new[] { ("FG1002", "4_200"), ("FG1002", "12345"), ("FG1002", "2_500"), ("FG1002", "3_500") },
            found.Select(item => (item.Id, item.Covered)));
        Assert.Equal(Unsourced("4_200", "reaches Console.WriteLine in Program.Main"), found[0].Message);
    }

    [Fact]
    public async Task Returns_are_followed_through_three_members_and_no_further()
    {
        var code = """
            using System;

            static class Chain
            {
                static int Near() => 4_200;
                static int Far() => 5_300;
                static int NearOne() => Near();
                static int NearTwo() => NearOne();
                static int FarOne() => Far();
                static int FarTwo() => FarOne();
                static int FarThree() => FarTwo();

                static void Main()
                {
                    Console.WriteLine(NearTwo());
                    Console.WriteLine(FarThree());
                }
            }
            """;

        Assert.Equal(new[] { ("FG1002", "4_200") }, (await Found(code)).Select(found => (found.Id, found.Covered)));
    }

    [Fact]
    public async Task A_text_figure_is_followed_into_the_programs_own_methods_a_number_is_not()
    {
        var code = """
            using System;

            static class Program
            {
                static void Row(string cell) => Console.WriteLine("| " + cell);
                static void Pause(int milliseconds) => Console.WriteLine(milliseconds);

                static void Main()
                {
                    Row("$1,332,539,889");
                    Pause(4_200);
                }
            }
            """;

        Assert.Equal(
            new[] { ("FG1002", "$1,332,539,889", Unsourced("$1,332,539,889", "reaches Console.WriteLine in Program.Row")) },
            await Found(code));
    }

    [Fact]
    public async Task Text_that_never_reaches_a_reader_is_not_reported()
    {
        var code = """
            using System.Collections.Generic;

            static class Keys
            {
                static string Key() => "5,000 items";
                private static readonly string Css = "width: 90%";

                static bool Has(Dictionary<string, int> map) => map.ContainsKey(Key()) && Css.Length > 3;
            }
            """;

        Assert.Empty(await Found(code));
    }

    [Fact]
    public async Task A_default_argument_is_never_reported_at_a_call()
    {
        var code = """
            using System;

            static class Program
            {
                const int K = 250;

                static int V(int d = K) => d;
                static int W(int d = 4_200) => d;

                static void Main()
                {
                    Console.WriteLine($"{V()}");
                    Console.WriteLine(W());
                }
            }
            """;

        Assert.Empty(await Found(code));
        Assert.Empty(await Found(code, new Dictionary<string, string> { [FigureOptions.ScopeKey] = "all" }));
    }

    [Fact]
    public async Task The_minimum_holds_for_every_number_in_every_scope()
    {
        var code = """
            using System;

            static class Colors
            {
                static double Luma(byte r, byte g, byte b) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

                static void Main()
                {
                    Console.WriteLine($"{2.5} and {-7.25}");
                    Console.WriteLine(Luma(1, 2, 3));
                }
            }
            """;

        Assert.Empty(await Found(code));
        Assert.Empty(await Found(code, new Dictionary<string, string> { [FigureOptions.ScopeKey] = "all" }));

        // Lowered, the minimum lets a small value through, and one that a fact holds is matched.
        var lowered = await Found(code, new Dictionary<string, string> { [FigureOptions.MinimumKey] = "0" });
        Assert.Equal(new[] { ("FG1001", "2.5"), ("FG1002", "-7.25") }, lowered.Select(found => (found.Id, found.Covered)));
    }

    [Theory]
    [InlineData("Spectre.Console.Table.AddRow, Spectre.Console.AnsiConsole.MarkupLine", "$2,068,223,624", "[bold]$1.3 billion[/]")]
    [InlineData("M:Spectre.Console.Table.AddRow(System.String[])", "$2,068,223,624", null)]
    [InlineData("Spectre.Console.AnsiConsole.*", null, "[bold]$1.3 billion[/]")]
    [InlineData("Spectre.Console.*.Markup*", null, "[bold]$1.3 billion[/]")]
    public async Task The_programs_own_output_methods_come_from_editorconfig(string methods, string? row, string? markup)
    {
        var code = """
            using Spectre.Console;

            static class BoxOffice
            {
                static void Main()
                {
                    var table = new Table().AddColumn("Film").AddColumn("Gross");
                    table.AddRow("Star Wars: The Force Awakens", "$2,068,223,624");
                    AnsiConsole.Write(table);
                    AnsiConsole.MarkupLine("[bold]$1.3 billion[/] in the first year");
                }
            }
            """;

        Assert.Empty(await Found(code, otherCode: ConsoleLibrary));
        var found = await Found(code, new Dictionary<string, string> { [FigureOptions.OutputMethodsKey] = methods }, ConsoleLibrary);

        var expected = new List<string>();
        if (row is not null)
        {
            expected.Add(Unsourced("$2,068,223,624", "reaches Table.AddRow in BoxOffice.Main"));
        }

        if (markup is not null)
        {
            expected.Add(Unsourced("$1.3 billion", "reaches AnsiConsole.MarkupLine in BoxOffice.Main"));
        }

        Assert.Equal(expected, found.Select(item => item.Message));
    }

    [Fact]
    public async Task Text_given_to_a_library_is_shown_by_it_a_number_is_not()
    {
        var library = Infrastructure.Compilations.Create([ConsoleLibrary]);
        var image = new System.IO.MemoryStream();
        Assert.True(library.Emit(image).Success);
        var code = """
            using Spectre.Console;

            static class BoxOffice
            {
                static void Main()
                {
                    var table = new Table().AddColumn("Gross");
                    table.AddRow("Star Wars: The Force Awakens", "$2,068,223,624");
                    AnsiConsole.MarkupLine("[bold]" + 4_200 + "[/]");
                    System.Diagnostics.Debug.WriteLine("13% of asserts");
                    var share = int.Parse("1,000");
                    var same = "12,000 left".Equals("x");
                }
            }
            """;
        var consumer = Infrastructure.Compilations.Create([code]).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        var diagnostics = await consumer.WithAnalyzers([new FigureAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("$2,068,223,624", Covered(diagnostic, code));
        Assert.Equal(Unsourced("$2,068,223,624", "reaches Table.AddRow in BoxOffice.Main"), diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_parameter_or_property_marked_Localizable_true_is_output()
    {
        var code = """
            using System;
            using System.ComponentModel;

            sealed class Label
            {
                [Localizable(true)] public string Caption { get; set; } = "";
                [Localizable(false)] public string Key { get; set; } = "";

                public static void Say([Localizable(true)] object text) { }
                public static void Log([Localizable(false)] object text) { }

                static void Main()
                {
                    var label = new Label { Caption = "42% left", Key = "17% key" };
                    Say(4_200);
                    Log(5_300);
                }
            }
            """;

        var found = await Found(code);

        Assert.Equal(new[] { ("FG1002", "42%"), ("FG1002", "4_200") }, found.Select(item => (item.Id, item.Covered)));
        Assert.Equal(Unsourced("4_200", "reaches Label.Say in Label.Main"), found[1].Message);
    }

    [Fact]
    public async Task A_number_in_a_hole_is_read_with_the_percent_sign_after_it_or_the_currency_before_it()
    {
        var code = """
            using System;

            static class Program
            {
                static void Main(string name)
                {
                    Console.WriteLine($"{13}% of IT workers");
                    Console.WriteLine($"{name}: ${30} billion left");
                    Console.WriteLine($"{42}% of {name}");
                    Console.WriteLine($"{13} IT workers, {13:N0}%");
                }
            }
            """;

        var diagnostics = await AnalyzeAsync(code);

        Assert.Equal(
            new[] { ("FG1001", "{13}%"), ("FG1001", "${30} billion"), ("FG1002", "{42}%"), ("FG1002", "13"), ("FG1002", "13") },
            diagnostics.Select(diagnostic => (diagnostic.Id, Covered(diagnostic, code))));
        Assert.Equal(
            "'13%' is the value of the fact 'it-share'. Use the fact instead of the bare figure, so that the figure keeps its source: write {Sample.Facts.Facts.ItShare.ValueText} in an interpolated string.",
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(FigureProperties.HoleKind, diagnostics[2].Properties[FigureProperties.Kind]);
        Assert.Equal("42%", diagnostics[2].Properties[FigureProperties.Value]);
    }

    [Fact]
    public async Task Assignments_between_fields_are_followed_and_a_cycle_ends_the_search()
    {
        var code = """
            using System;

            sealed class Loop
            {
                private string _a = "12,000 left";
                private string _b = "";

                void Swap()
                {
                    var t = _a;
                    _a = _b;
                    _b = t;
                    Console.WriteLine(_b);
                }
            }
            """;

        Assert.Equal(new[] { ("FG1002", "12,000", Unsourced("12,000", "reaches Console.WriteLine in Loop.Swap")) }, await Found(code));
    }
}
