using System.Collections.Generic;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using FactGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

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

    /// <summary>
    /// Checks the figures <paramref name="code"/> marks, with <paramref name="expected"/> for those it marks by number,
    /// the options of <paramref name="codeOptions"/> and <paramref name="otherCode"/> beside it.
    /// </summary>
    private static Task VerifyAsync(string code, DiagnosticResult[]? expected = null, Dictionary<string, string>? codeOptions = null, string? otherCode = null)
    {
        var test = new FigureAnalyzerTest { TestCode = code };
        test.ExpectedDiagnostics.AddRange(expected ?? []);
        foreach (var (key, value) in codeOptions ?? [])
        {
            test.Project.CodeOptions[key] = value;
        }

        if (otherCode is not null)
        {
            test.TestState.Sources.Add(otherCode);
        }

        return test.RunAsync();
    }

    /// <summary>FG1002 at the markup location <paramref name="markupKey"/>, its message saying that <paramref name="figure"/> <paramref name="where"/>.</summary>
    private static DiagnosticResult Unsourced(int markupKey, string figure, string where)
        => new DiagnosticResult("FG1002", DiagnosticSeverity.Warning).WithLocation(markupKey).WithMessage(
            $"'{figure}' {where} with no fact behind it. Put the figure in a fact file with its source and quote and use the fact, or pass it through Figure.Unsourced(value, \"why\") when it needs no source.");

    /// <summary>The code a diagnostic covers.</summary>
    private static string Covered(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    [Fact]
    public Task A_method_that_returns_prose_is_reported_at_the_figure_when_a_call_is_written()
        => VerifyAsync(
            """
            using System;

            static class Headlines
            {
                public static string Headline() => "About {|#0:5,000|} people left last spring";
            }

            static class Program
            {
                static void Main() => Console.WriteLine(Headlines.Headline());
            }
            """,
            [Unsourced(0, "5,000", "reaches Console.WriteLine in Program.Main")]);

    [Fact]
    public Task A_field_or_property_initialised_with_prose_is_reported_once_where_it_is_written()
        => VerifyAsync("""
            using System;
            using System.IO;

            sealed class Report
            {
                private static readonly string Lead = "Some {|FG1002:1.5 million|} people left";
                public string Summary { get; } = "Only {|FG1002:42%|} came back";
                private string _note;

                public Report() => _note = "Rents rose by {|FG1002:$300|} a month";

                public void Print(TextWriter writer)
                {
                    writer.Write(Lead);
                    writer.WriteLine(Lead);
                    writer.WriteLine(Summary.ToUpperInvariant());
                    Console.Write(_note);
                }
            }
            """);

    [Fact]
    public Task Locals_concatenation_conditionals_and_property_getters_carry_a_number_to_the_reader()
        => VerifyAsync(
            """
            using System;

            static class Stats
            {
                public static int Count => {|#0:4_200|};
                public static int Unshown => 5_300;
            }

            static class Program
            {
                static void Main(string[] args)
                {
                    var total = {|FG1002:12345|};
                    var line = "Total: " + total;
                    Console.WriteLine(line);
                    var pick = args.Length > 0 ? {|FG1002:2_500|} : {|FG1002:3_500|};
                    Console.WriteLine($"{pick.ToString()} moved");
                    Console.WriteLine($"{Stats.Count} people");
                    var width = 80_000;
                    var padded = "x".PadLeft(width);
                    var sum = Stats.Unshown + 1;
                }
            }
            """,
            [Unsourced(0, "4_200", "reaches Console.WriteLine in Program.Main")]);

    [Fact]
    public Task Returns_are_followed_through_three_members_and_no_further()
        => VerifyAsync("""
            using System;

            static class Chain
            {
                static int Near() => {|FG1002:4_200|};
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
            """);

    [Fact]
    public Task A_text_figure_is_followed_into_the_programs_own_methods_a_number_is_not()
        => VerifyAsync(
            """
            using System;

            static class Program
            {
                static void Row(string cell) => Console.WriteLine("| " + cell);
                static void Pause(int milliseconds) => Console.WriteLine(milliseconds);

                static void Main()
                {
                    Row("{|#0:$1,332,539,889|}");
                    Pause(4_200);
                }
            }
            """,
            [Unsourced(0, "$1,332,539,889", "reaches Console.WriteLine in Program.Row")]);

    [Fact]
    public Task Text_that_never_reaches_a_reader_is_not_reported()
        => VerifyAsync("""
            using System.Collections.Generic;

            static class Keys
            {
                static string Key() => "5,000 items";
                private static readonly string Css = "width: 90%";

                static bool Has(Dictionary<string, int> map) => map.ContainsKey(Key()) && Css.Length > 3;
            }
            """);

    // The output scope drops such a number by its syntax before binding it; the all scope still reports it where it is.
    [Theory]
    [InlineData(null, "5_000", "-2_500")]
    [InlineData("all", "{|FG1002:5_000|}", "{|FG1002:-2_500|}")]
    public Task A_number_used_up_in_arithmetic_or_a_comparison_never_reaches_the_reader_itself(string? scope, string product, string bound)
        => VerifyAsync(
            $$"""
            using System;

            static class Prices
            {
                static void Print(int price)
                {
                    Console.WriteLine(price * {{product}});
                    Console.WriteLine(price > ({{bound}}) ? "high" : "low");
                }
            }
            """,
            codeOptions: scope is null ? null : new() { [FigureOptions.ScopeKey] = scope });

    // After total -= 5_000 the total printed is no figure written in the code, as after total = total - 5_000; text
    // appended with += is printed as written.
    [Theory]
    [InlineData(null, "5_000", "1_200", "2_500")]
    [InlineData("all", "{|FG1002:5_000|}", "{|FG1002:1_200|}", "{|FG1002:2_500|}")]
    public Task A_number_combined_by_a_compound_assignment_never_reaches_the_reader_itself(string? scope, string subtracted, string multiplied, string added)
        => VerifyAsync(
            $$"""
            using System;

            static class Prices
            {
                static int s_total;

                static void Print(int price)
                {
                    price -= {{subtracted}};
                    price *= {{multiplied}};
                    s_total += {{added}};
                    var note = "";
                    note += "{|#0:5,000|} people";
                    string? label = null;
                    label ??= "{|#1:$45 billion|}";
                    Console.WriteLine(price);
                    Console.WriteLine(s_total);
                    Console.WriteLine(note);
                    Console.WriteLine(label);
                }
            }
            """,
            [Unsourced(0, "5,000", "reaches Console.WriteLine in Prices.Print"), Unsourced(1, "$45 billion", "reaches Console.WriteLine in Prices.Print")],
            codeOptions: scope is null ? null : new() { [FigureOptions.ScopeKey] = scope });

    // A number given to a call by another name than a built-in writer's is dropped before binding, unless some call
    // may still write it: a parameter marked [Figure] (here a delegate's, called through a parameter by its own name),
    // in the code or in a reference built with FactGen, one marked [Localizable(true)], or a configured output method.
    [Theory]
    [InlineData("figure")]
    [InlineData("figure in a reference")]
    [InlineData("figure in a constructor")]
    [InlineData("localizable")]
    [InlineData("option")]
    public async Task A_number_given_to_a_call_that_may_write_it_is_followed_whatever_its_name(string writer)
    {
        var parameter = writer switch
        {
            "figure" or "figure in a reference" => "[FactGen.Figure] long amount",
            "localizable" => "[System.ComponentModel.Localizable(true)] object amount",
            _ => "object amount",
        };
        var declaration = $"public delegate void Show({parameter});";
        var test = new FigureAnalyzerTest(facts: null)
        {
            TestCode = writer == "figure in a constructor"
                ? """
                    public sealed class Label
                    {
                        public Label([FactGen.Figure] long amount) { }

                        public static Label Make() => new({|FG1002:12_345|});
                    }
                    """
                : $$"""
                    {{(writer == "figure in a reference" ? "" : declaration)}}

                    public static class Report
                    {
                        public static void Main(Show show) => show({|FG1002:12_345|});
                    }
                    """,
        };
        if (writer == "figure in a reference")
        {
            var library = Infrastructure.Compilations.Create([declaration], assemblyName: "Library");
            var image = new System.IO.MemoryStream();
            Assert.True(library.Emit(image).Success);
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));
        }

        if (writer == "option")
        {
            test.Project.CodeOptions[FigureOptions.OutputMethodsKey] = "Show.Invoke";
        }

        await test.RunAsync();
    }

    [Fact]
    public Task A_constant_given_to_calls_that_cannot_write_it_is_reported_where_it_is_printed()
        => VerifyAsync("""
            using System;

            static class Limits
            {
                const int Limit = {|#0:9_000|};
                static readonly int? Depth = 6_400;

                static int Clamp(int price) => Math.Min(price, Limit) + Math.Max(5_000, Math.Abs(-Limit)) + new string(' ', Depth ?? Limit).Length;

                static void Print() => Console.WriteLine((long)Limit);
            }
            """,
            [Unsourced(0, "9_000", "reaches Console.WriteLine in Limits.Print")]);

    [Fact]
    public Task A_constant_used_as_a_size_an_index_a_ref_argument_or_in_a_sum_is_reported_only_where_it_is_printed_as_written()
        => VerifyAsync("""
            using System;
            using System.Threading;

            static class Buffers
            {
                const int Size = {|#0:4_096|};
                static int s_size = {|#1:8_192|};
                static int s_total = 16_384;

                static void Fill(int[] table, char[] line)
                {
                    var buffer = new byte[Size];
                    Span<int> stack = stackalloc int[s_size];
                    table[Size] = table[s_size];
                    Volatile.Write(ref s_size, 1);
                    Interlocked.Exchange(ref s_total, 2);
                    Console.WriteLine(Size + 1);
                    Console.WriteLine(1 + s_total);
                    Console.Out.Write(line, 0, s_size + 2);
                }

                static void Print()
                {
                    Console.WriteLine("size: " + Size + 1);
                    Console.WriteLine(s_size + "" + 2);
                }
            }
            """,
            [
                Unsourced(0, "4_096", "reaches Console.WriteLine in Buffers.Print"),
                Unsourced(1, "8_192", "reaches Console.WriteLine in Buffers.Print"),
            ]);

    [Fact]
    public Task A_constant_added_to_a_declared_number_is_used_up_and_one_added_to_text_or_an_unknown_type_is_followed()
        => VerifyAsync("""
            using System;

            static class Totals
            {
                const int Counted = 7_500;
                const int Appended = {|#0:8_500|};
                const int Shadowed = {|#1:9_500|};
                const int Untyped = {|#2:6_500|};

                static void Sum(int count, long[] values)
                {
                    {
                        int text = 0;
                        text += Counted;
                        Console.WriteLine(text);
                    }
                    {
                        string text = "total: ";
                        text += Appended;
                        Console.WriteLine(text);
                    }

                    long? big = 1;
                    big += Counted;
                    Console.WriteLine(count + Counted);
                    Console.WriteLine((double)count + (Counted));
                    foreach (short value in values) { Console.WriteLine(value + Counted); }
                    for (int i = 0; i < 2; i++) { Console.WriteLine(Counted + i); }
                    Action<string> show = count => Console.WriteLine(count + Shadowed);
                    var label = "";
                    Console.WriteLine(label + Untyped);
                }
            }
            """,
            [
                Unsourced(0, "8_500", "reaches Console.WriteLine in Totals.Sum"),
                Unsourced(1, "9_500", "reaches Console.WriteLine in Totals.Sum"),
                Unsourced(2, "6_500", "reaches Console.WriteLine in Totals.Sum"),
            ]);

    [Fact]
    public Task A_number_added_to_a_declared_number_is_not_reported_over_output_and_one_appended_to_text_is()
        => VerifyAsync("""
            using System;

            static class Totals
            {
                static void Sum(int count)
                {
                    int sum = 0;
                    sum += 7_500;
                    Console.WriteLine(count + 8_500);
                    string text = "total: ";
                    text += {|#0:9_500|};
                    Console.WriteLine(text);
                }
            }
            """,
            [Unsourced(0, "9_500", "reaches Console.WriteLine in Totals.Sum")]);

    [Fact]
    public Task A_constant_compared_and_printed_is_reported_once_for_the_print()
        => VerifyAsync("""
            using System;

            static class Limits
            {
                const int Limit = {|#0:9_000|};

                static void Check(int price)
                {
                    Limit.CompareTo(price);
                    switch (Limit)
                    {
                        default:
                            break;
                    }

                    if (price > Limit && Limit * 2 > price)
                    {
                        Console.WriteLine(Limit);
                    }
                }
            }
            """,
            [Unsourced(0, "9_000", "reaches Console.WriteLine in Limits.Check")]);

    [Fact]
    public Task A_use_is_found_by_its_name_whole_and_not_in_comments_strings_or_longer_names()
        => VerifyAsync("""
            using System;

            static class Report
            {
                static string Line() => "{|#0:5,000|} people left";
                static int LineCount() => 2;

                static void Main()
                {
                    // Line() is written below, once.
                    var label = "Line()" + LineCount();
                    Console.WriteLine(@Line());
                }
            }
            """,
            [Unsourced(0, "5,000", "reaches Console.WriteLine in Report.Main")]);

    // Found on Newtonsoft.Json: the digit count of a number, returned by a helper, reached TextWriter.Write as its count.
    [Fact]
    public Task A_number_that_places_or_repeats_the_text_a_writer_writes_is_not_written()
        => VerifyAsync("""
            using System;
            using System.IO;
            using System.Text;

            static class Writer
            {
                static int DigitCount(ulong value) => value < 10_000_000_000UL ? 10 : 20;

                static void Write(TextWriter writer, char[] buffer, StringBuilder text, ulong value)
                {
                    writer.Write(buffer, 0, DigitCount(value));
                    text.Append('-', 40).Insert(12, "x").Append(buffer, 0, 16);
                    text.Insert(0, {|#0:2_500|});
                    Console.Write({|#1:4_200|});
                }
            }
            """,
            [Unsourced(0, "2_500", "reaches StringBuilder.Insert in Writer.Write"), Unsourced(1, "4_200", "reaches Console.Write in Writer.Write")]);

    [Theory]
    [InlineData(null)]
    [InlineData("all")]
    public Task A_default_argument_is_never_reported_at_a_call(string? scope)
        => VerifyAsync(
            """
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
            """,
            codeOptions: scope is null ? null : new() { [FigureOptions.ScopeKey] = scope });

    [Theory]
    [InlineData(null, null, "2.5", "-7.25")]
    [InlineData("all", null, "2.5", "-7.25")]

    // Lowered, the minimum lets a small value through, and one that a fact holds is matched.
    [InlineData(null, "0", "{|FG1001:2.5|}", "{|FG1002:-7.25|}")]
    public Task The_minimum_holds_for_every_number_in_every_scope(string? scope, string? minimum, string small, string negative)
    {
        var options = new Dictionary<string, string>();
        if (scope is not null)
        {
            options[FigureOptions.ScopeKey] = scope;
        }

        if (minimum is not null)
        {
            options[FigureOptions.MinimumKey] = minimum;
        }

        return VerifyAsync(
            $$"""
            using System;

            static class Colors
            {
                static double Luma(byte r, byte g, byte b) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

                static void Main()
                {
                    Console.WriteLine($"{{{small}}} and {{{negative}}}");
                    Console.WriteLine(Luma(1, 2, 3));
                }
            }
            """,
            codeOptions: options);
    }

    [Theory]
    [InlineData("Spectre.Console.Table.AddRow, Spectre.Console.AnsiConsole.MarkupLine", true, true)]
    [InlineData("M:Spectre.Console.Table.AddRow(System.String[])", true, false)]
    [InlineData("Spectre.Console.AnsiConsole.*", false, true)]
    [InlineData("Spectre.Console.*.Markup*", false, true)]
    public async Task The_programs_own_output_methods_come_from_editorconfig(string methods, bool row, bool markup)
    {
        const string code = """
            using Spectre.Console;

            static class BoxOffice
            {
                static void Main()
                {
                    var table = new Table().AddColumn("Film").AddColumn("Gross");
                    table.AddRow("Star Wars: The Force Awakens", "{{row}}");
                    AnsiConsole.Write(table);
                    AnsiConsole.MarkupLine("[bold]{{markup}}[/] in the first year");
                }
            }
            """;

        await VerifyAsync(code.Replace("{{row}}", "$2,068,223,624").Replace("{{markup}}", "$1.3 billion"), otherCode: ConsoleLibrary);

        var expected = new List<DiagnosticResult>();
        if (row)
        {
            expected.Add(Unsourced(0, "$2,068,223,624", "reaches Table.AddRow in BoxOffice.Main"));
        }

        if (markup)
        {
            expected.Add(Unsourced(1, "$1.3 billion", "reaches AnsiConsole.MarkupLine in BoxOffice.Main"));
        }

        await VerifyAsync(
            code.Replace("{{row}}", row ? "{|#0:$2,068,223,624|}" : "$2,068,223,624").Replace("{{markup}}", markup ? "{|#1:$1.3 billion|}" : "$1.3 billion"),
            [.. expected],
            new() { [FigureOptions.OutputMethodsKey] = methods },
            ConsoleLibrary);
    }

    [Fact]
    public async Task Text_given_to_a_library_is_shown_by_it_a_number_is_not()
    {
        var library = Infrastructure.Compilations.Create([ConsoleLibrary]);
        var image = new System.IO.MemoryStream();
        Assert.True(library.Emit(image).Success);
        var test = new FigureAnalyzerTest(facts: null)
        {
            TestCode = """
                using Spectre.Console;

                static class BoxOffice
                {
                    static void Main()
                    {
                        var table = new Table().AddColumn("Gross");
                        table.AddRow("Star Wars: The Force Awakens", "{|#0:$2,068,223,624|}");
                        AnsiConsole.MarkupLine("[bold]" + 4_200 + "[/]");
                        System.Diagnostics.Debug.WriteLine("13% of asserts");
                        var pattern = System.Text.RegularExpressions.Regex.Escape("12,000 left");
                        var share = int.Parse("1,000");
                        var same = "12,000 left".Equals("x");
                    }
                }
                """,
            ExpectedDiagnostics = { Unsourced(0, "$2,068,223,624", "reaches Table.AddRow in BoxOffice.Main") },
        };
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));

        await test.RunAsync();
    }

    [Fact]
    public Task Members_of_one_name_in_two_classes_are_followed_each_to_its_own_uses()
        => VerifyAsync(
            """
            public class Reader { public int MaxDepth { get; set; } = {|#0:4_096|}; }
            public class Writer { public int MaxDepth { get; set; } = 8_192; }
            """,
            [Unsourced(0, "4_096", "reaches Console.WriteLine in Program.Main")],
            otherCode: """
                using System;

                public static class Program
                {
                    public static void Main()
                    {
                        var reader = new Reader();
                        var writer = new Writer();
                        var depth = writer.MaxDepth;
                        Console.WriteLine(reader.MaxDepth);
                        if (depth > reader.MaxDepth) { Console.WriteLine("deeper"); }
                    }
                }
                """);

    [Fact]
    public Task A_parameter_or_property_marked_Localizable_true_is_output()
        => VerifyAsync(
            """
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
                    var label = new Label { Caption = "{|FG1002:42%|} left", Key = "17% key" };
                    Say({|#0:4_200|});
                    Log(5_300);
                }
            }
            """,
            [Unsourced(0, "4_200", "reaches Label.Say in Label.Main")]);

    [Fact]
    public Task A_number_in_a_hole_is_read_with_the_percent_sign_after_it_or_the_currency_before_it()
        => new FigureAnalyzerTest
        {
            TestCode = """
                using System;

                static class Program
                {
                    static void Main(string name)
                    {
                        Console.WriteLine($"{|#0:{13}%|} of IT workers");
                        Console.WriteLine($"{name}: {|FG1001:${30} billion|} left");
                        Console.WriteLine($"{|FG1002:{42}%|} of {name}");
                        Console.WriteLine($"{{|FG1002:13|}} IT workers, {{|FG1002:13|}:N0}%");
                    }
                }
                """,
            ExpectedDiagnostics =
            {
                new DiagnosticResult("FG1001", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                    "'13%' is the value of the fact 'it-share'. Use the fact instead of the bare figure, so that the figure keeps its source: write {Sample.Facts.Facts.ItShare.ValueText} in an interpolated string."),
            },
            DiagnosticVerifier = (diagnostic, _, _) =>
            {
                if (Covered(diagnostic) == "{42}%")
                {
                    Assert.Equal(FigureProperties.HoleKind, diagnostic.Properties[FigureProperties.Kind]);
                    Assert.Equal("42%", diagnostic.Properties[FigureProperties.Value]);
                }
            },
        }.RunAsync();

    [Fact]
    public Task Assignments_between_fields_are_followed_and_a_cycle_ends_the_search()
        => VerifyAsync(
            """
            using System;

            sealed class Loop
            {
                private string _a = "{|#0:12,000|} left";
                private string _b = "";

                void Swap()
                {
                    var t = _a;
                    _a = _b;
                    _b = t;
                    Console.WriteLine(_b);
                }
            }
            """,
            [Unsourced(0, "12,000", "reaches Console.WriteLine in Loop.Swap")]);
}
