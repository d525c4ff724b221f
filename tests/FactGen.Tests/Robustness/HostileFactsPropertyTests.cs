using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace FactGen.Tests.Robustness;

/// <summary>
/// Random valid fact files full of hostile text and odd ids: the generator throws nothing, the output compiles without
/// a warning, and every text and value read back from the loaded assembly is exactly what the YAML says.
/// </summary>
public class HostileFactsPropertyTests(ITestOutputHelper output)
{
    // Each case is one compilation of two files; many facts per compilation keep CI fast.
    private const int DefaultCases = 4;
    private const int FilesPerCase = 2;
    private const int FactsPerFile = 24;

    [Fact]
    public void Hostile_texts_and_ids_compile_cleanly_and_read_back_exactly()
    {
        var run = FuzzRun.Start(output, DefaultCases);
        var factsChecked = 0;
        for (var index = 0; index < run.Cases; index++)
        {
            // Half the cases at the oldest language version the generated code supports: no records, no nullable.
            var random = run.RandomFor(index);
            var languageVersion = random.Next(2) == 0 ? LanguageVersion.Latest : LanguageVersion.CSharp7_3;
            var files = new HostileFactFiles(random).Files(FilesPerCase, FactsPerFile);
            try
            {
                factsChecked += Check(files, languageVersion);
            }
            catch (Exception exception)
            {
                throw new InvalidOperationException($"Case {index} at C# {languageVersion} failed ({run.Replay(index)}):\n{string.Join("\n", files.Select(file => Visible(file.File.Text)))}", exception);
            }
        }

        output.WriteLine($"{run.Cases} compilations, {factsChecked} facts and rows read back");
    }

    [Fact]
    public void Ids_that_would_hide_an_inherited_member_are_reported_and_the_rest_compiles()
    {
        var facts = string.Concat(HostileFactFiles.ObjectMemberIds.Select(id => $"  - {{ id: {id}, claim: c, value: 1, source: s, quote: q }}\n"));
        var dataset = "datasets:\n  - id: rows\n    columns: { equality-contract: text, print-members: text, to-string: text }\n    rows: []\n";
        var file = new TestFactFile("/project/facts/inherited.yaml", "sources:\n  s: { publisher: P }\n  to-string: { publisher: P }\nfacts:\n" + facts + dataset);

        var set = FactSetValidator.Validate([FactFileParser.Parse(file.Path, file.Text)]);
        var generated = GeneratorHarness.Run([file]);

        Assert.Equal(HostileFactFiles.ObjectMemberIds.Count + 4, set.Diagnostics.Count(diagnostic => diagnostic.RuleId == "FG0204"));
        Assert.All(set.Diagnostics, diagnostic => Assert.True(diagnostic.Range.Length > 0, diagnostic.ToString()));
        Assert.Empty(Compilations.Problems(generated.Output));
    }

    /// <summary>Checks one compilation of <paramref name="files"/>; returns how many facts and rows it read back.</summary>
    private static int Check(IReadOnlyList<ExpectedFile> files, LanguageVersion languageVersion)
    {
        // The files are valid: the rules find nothing in them.
        var parsed = files.Select(file => FactFileParser.Parse(file.File.Path, file.File.Text)).ToList();
        var diagnostics = parsed.SelectMany(file => file.Diagnostics).Concat(FactSetValidator.Validate(parsed).Diagnostics).ToList();
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Select(diagnostic => Visible(diagnostic.ToString()))));

        var generated = GeneratorHarness.Run(files.Select(file => file.File), languageVersion: languageVersion);
        Assert.Empty(generated.GeneratorDiagnostics);
        var problems = Compilations.Problems(generated.Output);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(Visible)));

        var context = new AssemblyLoadContext("hostile-facts", isCollectible: true);
        try
        {
            using var image = new MemoryStream();
            Assert.True(generated.Output.Emit(image).Success);
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var registry = (FactRegistry)Read(assembly.GetType("Sample.Facts.AllFacts")!, "Registry");
            var count = 0;
            foreach (var file in files)
            {
                var type = assembly.GetType("Sample.Facts." + file.ClassName) ?? throw new InvalidOperationException($"No class {file.ClassName}.");
                foreach (var expected in file.Facts)
                {
                    var fact = (IFact)Read(type, Names.ToPascalCase(expected.Id));
                    CheckFact(expected, fact);
                    Assert.Same(fact, registry[expected.Id]);
                    count++;
                }

                foreach (var dataset in file.Datasets)
                {
                    var rows = ((IEnumerable)Read(type, Names.ToPascalCase(dataset.Id))).Cast<object>().ToList();
                    Assert.Equal(dataset.Rows.Count, rows.Count);
                    foreach (var (expected, row) in dataset.Rows.Zip(rows))
                    {
                        Same(expected.Words, (string)Get(row, "Words"), "row words");
                        Assert.Equal(expected.Count, (long)Get(row, "Count"));
                        var citation = (Citation)Get(row, "Citation");
                        Same(expected.Quote, citation.Quote, "row quote");
                        CheckSource(expected.Source, citation.Source);
                        count++;
                    }
                }
            }

            Assert.Equal(files.Sum(file => file.Facts.Count), registry.Count);
            return count;
        }
        finally
        {
            context.Unload();
        }
    }

    private static void CheckFact(ExpectedFact expected, IFact fact)
    {
        Same(expected.Id, fact.Id, "id");
        Same(expected.Claim, fact.Claim, "claim");
        Assert.Equal(expected.Value, fact.Value);
        Same(expected.Unit, fact.Unit, "unit");
        Assert.Equal(expected.Precision, fact.Precision);
        Assert.Equal(expected.Period, fact.Period);
        Same(expected.Quote, fact.Citation.Quote, "quote");
        Same(expected.AttributedTo, fact.Citation.AttributedTo, "attributed_to");
        Same(expected.Locator, fact.Citation.Locator, "locator");
        CheckSource(expected.Source, fact.Citation.Source);
    }

    private static void CheckSource(ExpectedSource expected, Source source)
    {
        Same(expected.Id, source.Id, "source id");
        Same(expected.Publisher, source.Publisher, "publisher");
        Same(expected.Title, source.Title, "title");
        Same(expected.Author, source.Author, "author");
    }

    /// <summary>Ordinal equality, with both texts shown escaped when they differ.</summary>
    private static void Same(string expected, string? actual, string what)
        => Assert.True(string.Equals(expected, actual, StringComparison.Ordinal), $"{what}: expected {Visible(expected)}, read back {Visible(actual ?? "null")}");

    private static object Read(Type type, string property)
        => (type.GetProperty(property, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException($"No property {type.Name}.{property}.")).GetValue(null)!;

    private static object Get(object instance, string property) => instance.GetType().GetProperty(property)!.GetValue(instance)!;

    /// <summary>Text with every character outside printable ASCII written as \uXXXX, so that a failure message shows it.</summary>
    private static string Visible(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and <= '~' || c == '\n' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }
}
