using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using FactGen.PackageTests.Infrastructure;
using Xunit;

namespace FactGen.PackageTests;

/// <summary>
/// FactGen as a user meets it: <c>dotnet add package FactGen</c> in a brand-new project, a fact file under
/// <c>facts/</c>, and nothing else in the project file; and the package itself, the same bytes whenever the same
/// sources are packed.
/// </summary>
public sealed partial class PackageConsumerTests(PackageFeed feed) : IClassFixture<PackageFeed>
{
    private const string FactFile = """
        sources:
          institute-2024:
            publisher: Example Institute
            title: Engineers on the move
            published: 2024-05-01

        facts:
          - id: engineers-left
            claim: Engineers who left the country
            value: 100,000
            unit: people
            precision: about
            period: 2023
            source: institute-2024
            quote: About 100,000 engineers left in 2023
          - id: broken-share
            claim: Share of engineers who left
            value: 13 %%
            source: institute-2024
            quote: 13 %% of engineers left

        """;

    private const string Program = """
        using App.Facts;

        var left = X.EngineersLeft;
        Console.WriteLine(left.Value);
        Console.WriteLine(left);
        Console.WriteLine(left.Citation.Quote);
        Console.WriteLine($"{250} engineers came back");

        """;

    /// <summary>A resource file of the console app: a figure in a string value, another in a comment.</summary>
    private const string Resources = """
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
          <resheader name="version"><value>2.0</value></resheader>
          <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
          <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
          <data name="Headline" xml:space="preserve">
            <value>About 42% of engineers left</value>
            <comment>55% was last year's figure</comment>
          </data>
        </root>

        """;

    /// <summary>The broken fact of <see cref="FactFile"/>, where the compiler must point.</summary>
    private static readonly Place s_brokenShare = new("facts/x.yaml", 18, 12, "FG0104");

    /// <summary>
    /// The warnings the console app prints besides the broken fact's, at their places; any other fails the test:
    /// the unsourced figure on line 7 of <see cref="Program"/>, and the figure in the value of <see cref="Resources"/>
    /// (an EmbeddedResource by the SDK's default, given to the analyzers by the package with no line in the project).
    /// </summary>
    private static readonly Place[] s_otherWarnings = [new("Program.cs", 7, 22, "FG1002"), new("Strings.resx", 8, 18, "FG1003")];

    [SkippableFact]
    public void A_console_app_uses_its_facts_reports_the_broken_one_and_rebuilds_only_on_change()
    {
        var app = feed.CreateConsumer("App", "console");
        app.Write("facts/x.yaml", FactFile);
        app.Write("Program.cs", Program);
        app.Write("Strings.resx", Resources);

        // A resource file left out of the figure rules by an .editorconfig section that matches it.
        app.Write("Legal.resx", Resources);
        app.Write(".editorconfig", "root = true\n\n[Legal.resx]\nfactgen_figures_scope = none\n");

        var first = app.Build();
        first.Command.EnsureSuccess();
        AssertDiagnostics(first, warnings: [s_brokenShare, .. s_otherWarnings], errors: []);
        var fg0104 = first.Diagnostics.Single(diagnostic => diagnostic.Id == "FG0104");
        Assert.StartsWith("'13 %%' cannot be read as a figure, so its fact is left out. Write ", fg0104.Message);

        // The good fact of the file with the broken one is generated, typed, with its value and citation.
        Assert.Equal(
            ["100000", "about 100,000 people (Example Institute, 2024)", "About 100,000 engineers left in 2023", "250 engineers came back"],
            Lines(app.Run()));

        var unchanged = app.Build();
        unchanged.Command.EnsureSuccess();
        Assert.True(unchanged.SkippedCompiler, "A build with no change ran the compiler, so the generator worked again. " + unchanged.Command.Describe());

        app.Write("facts/x.yaml", FactFile.Replace("100,000", "120,000"));
        var edited = app.Build();
        edited.Command.EnsureSuccess();
        Assert.False(edited.SkippedCompiler, edited.Command.Describe());
        Assert.Equal("120000", Lines(app.Run())[0]);

        // Issue 3: the build fails only where a rule is an error, and only on that rule.
        app.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.FG0104.severity = error\n");
        var strict = app.Build();
        Assert.NotEqual(0, strict.Command.ExitCode);
        AssertDiagnostics(strict, warnings: s_otherWarnings, errors: [s_brokenShare]);
    }

    [SkippableFact]
    public void A_new_project_with_an_archived_article_gets_the_quote_rule_at_the_misquote_and_keeps_the_file_s_other_facts()
    {
        const string Article = "Engineers on the move\r\n\r\nAbout 100,000 engineers left in 2023, the institute says. About 250 of them came back.\r\n";
        var app = feed.CreateConsumer("Archived", "console");
        app.Write("facts/article.txt", Article);
        app.Write("facts/x.yaml", """
            sources:
              institute-2024:
                publisher: Example Institute
                archive: article.txt

            facts:
              - id: engineers-left
                claim: Engineers who left the country
                value: 100,000
                precision: about
                source: institute-2024
                quote: About 100,000 engineers left in 2023
              - id: engineers-back
                claim: Engineers who came back
                value: 250
                precision: about
                source: institute-2024
                quote: About 250 engineers came back

            """);
        app.Write("Program.cs", """
            using Archived.Facts;

            var left = X.EngineersLeft;
            Console.WriteLine(left.Citation.IsVerified);
            Console.WriteLine(left.Citation.Locator);
            Console.WriteLine(left.Citation.Source.Archive);
            Console.WriteLine(left.Citation.Source.ArchiveSha256);
            Console.WriteLine(X.EngineersBack.Value);
            Console.WriteLine(X.EngineersBack.Citation.IsVerified);
            foreach (var fact in AllFacts.Registry.Unverified())
            {
                Console.WriteLine(fact.Id);
            }

            """);

        var build = app.Build();

        build.Command.EnsureSuccess();
        AssertDiagnostics(build, warnings: [new("facts/x.yaml", 18, 12, "FG0501")], errors: []);
        Assert.Equal(
            "The quote is not in article.txt: the closest passage, at paragraph 2, line 3, reads 'About 250 of them came back'; the archive writes 'of them' where the quote writes 'engineers'. Write the words as the archive does.",
            build.Diagnostics.Single().Message);
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Article.Replace("\r\n", "\n")))).ToLowerInvariant();
        Assert.Equal(["True", "paragraph 2, line 3", "article.txt", hash, "250", "False", "engineers-back"], Lines(app.Run()));
    }

    [SkippableFact]
    public void A_net8_console_with_its_own_settings_and_a_netstandard2_0_library_with_other_additional_files_build_with_no_warnings()
    {
        var library = feed.CreateConsumer("Lib", "classlib", "--framework", "netstandard2.0");
        library.Write("facts/budget.yaml", """
            sources:
              ministry-2023: { publisher: Ministry of Finance, published: 2023 }
            facts:
              - { id: research-budget, claim: Research budget, value: $30 billion, source: ministry-2023, quote: a budget of $30 billion }
              - { id: share, claim: Share of the budget spent on IT, value: 13%, source: ministry-2023, quote: 13% went to IT }
            """);

        // The library already lists its fact file and an unrelated YAML file as AdditionalFiles: the fact file stays
        // one item, now marked, and the other file is left as it was, so it is not read as facts (that would be FG0101).
        library.Write("config/settings.yaml", "theme: dark\n");
        library.AddToProjectFile("""
              <ItemGroup>
                <AdditionalFiles Include="facts/budget.yaml" />
                <AdditionalFiles Include="config/settings.yaml" />
              </ItemGroup>
            """);
        Assert.Equal(
            [("config/settings.yaml", ""), ("facts/budget.yaml", "true")],
            library.AdditionalFiles().Select(file => (file.Path, file.FactGenFactFile)).OrderBy(file => file.Path));

        var console = feed.CreateConsumer("App8", "console");
        console.Retarget("net8.0");
        DotNetCli.Run(console.Directory, "add", "reference", "../Lib/Lib.csproj").EnsureSuccess();
        // The settings of the package's README, in the project file after the package's props have been imported.
        console.AddToProjectFile("""
              <PropertyGroup>
                <FactGenNamespace>Survey.Figures</FactGenNamespace>
                <FactGenEnableDefaultFactFiles>false</FactGenEnableDefaultFactFiles>
              </PropertyGroup>
              <ItemGroup>
                <FactFile Include="data/*.yaml" />
              </ItemGroup>
            """);
        console.Write("data/team.yaml", """
            sources:
              survey-2022: { publisher: Survey Group, published: 2022-03 }
            facts:
              - { id: team-size, claim: People in the team, value: 70-100, unit: people, source: survey-2022, quote: a team of 70-100 people }
            """);
        console.Write("facts/not-read.yaml", "facts: [ { id: broken, value: 13 %% } ]\n");
        console.Write("Program.cs", """
            Console.WriteLine(Survey.Figures.Team.TeamSize);
            Console.WriteLine(Lib.Facts.Budget.Share.Value);
            Console.WriteLine(Lib.Facts.AllFacts.Registry.Count);

            """);

        var build = console.Build();
        build.Command.EnsureSuccess();
        AssertDiagnostics(build, warnings: [], errors: []);
    }

    [SkippableFact]
    public void An_app_that_gets_FactGen_through_a_library_generates_its_own_facts_and_checks_its_figures_against_the_library_s()
    {
        var library = feed.CreateConsumer("Survey", "classlib");
        library.Write("facts/budget.yaml", """
            sources:
              ministry-2023: { publisher: Ministry of Finance, published: 2023 }
            facts:
              - { id: share, claim: Share of the budget spent on IT, value: 13%, source: ministry-2023, quote: 13% went to IT }
            """);

        // The app references the library only: FactGen's build props and targets (buildTransitive), its generator and
        // its analyzers reach it through the library's package reference.
        var app = feed.CreateProject("Report", "console");
        DotNetCli.Run(app.Directory, "add", "reference", "../Survey/Survey.csproj").EnsureSuccess();
        app.Write("facts/team.yaml", """
            sources:
              survey-2022: { publisher: Survey Group, published: 2022-03 }
            facts:
              - { id: team-size, claim: People in the team, value: 70-100, unit: people, source: survey-2022, quote: a team of 70-100 people }
            """);
        app.Write("Program.cs", """
            Console.WriteLine(Survey.Facts.Budget.Share);
            Console.WriteLine(Report.Facts.Team.TeamSize);
            Console.WriteLine("13% of the budget");

            """);

        var build = app.Build();
        build.Command.EnsureSuccess();
        AssertDiagnostics(build, warnings: [new("Program.cs", 3, 20, "FG1001")], errors: []);

        // The app does not import the library's facts namespace, so the message names the fact with it.
        Assert.Contains("write {Survey.Facts.Budget.Share.ValueText} in an interpolated string", build.Command.Output, StringComparison.Ordinal);
        Assert.Equal(["13% (Ministry of Finance, 2023)", "70–100 people (Survey Group, 2022)", "13% of the budget"], Lines(app.Run()));
    }

    [SkippableFact]
    public void Prose_returned_by_a_method_or_held_in_a_field_is_reported_once_at_its_figure_when_the_program_prints_it()
    {
        var app = feed.CreateConsumer("Prose", "console");
        app.Write("Program.cs", """
            Console.WriteLine(Headlines.Headline());
            Console.Write(Headlines.Lead);

            static class Headlines
            {
                public static string Headline() => "About 5,000 people left last spring";
                public static readonly string Lead = "Some 1.5 million people have moved since";
            }

            """);

        var build = app.Build();
        build.Command.EnsureSuccess();
        AssertDiagnostics(build, warnings: [new("Program.cs", 6, 47, "FG1002"), new("Program.cs", 7, 48, "FG1002")], errors: []);
        Assert.Contains("'5,000' reaches Console.WriteLine in Program.Main with no fact behind it", build.Command.Output, StringComparison.Ordinal);
        Assert.Contains("'1.5 million' reaches Console.Write in Program.Main with no fact behind it", build.Command.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_Razor_library_gets_one_report_at_each_unsourced_figure_of_its_component_and_page()
    {
        var library = feed.CreateConsumer("Web", "classlib");
        library.UseSdk("Microsoft.NET.Sdk.Razor");
        library.AddToProjectFile("""
              <PropertyGroup>
                <AddRazorSupportForMvc>true</AddRazorSupportForMvc>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
              </ItemGroup>
            """);
        library.Write("facts/brain-drain.yaml", """
            sources:
              institute-2024: { publisher: Example Institute, published: 2024 }
            facts:
              - { id: share, claim: Share of engineers who left, value: 13%, source: institute-2024, quote: 13% of engineers left }
            """);

        // The markup's figure is reported, the one written through a fact is not, and neither is the CSS width, the
        // comment or the C# of the @code block; in the page, the written expression's figure.
        library.Write("Report.razor", """
            @using Web.Facts
            <h1 style="width: 90%">Brain drain</h1>
            <p>@BrainDrain.Share.ValueText of engineers left; about 42% of them came back.</p>
            @* 55% in a comment *@
            @code {
                [Parameter] public string Note { get; set; } = "About 42% of them";
            }

            """);
        library.Write("Pages/Index.cshtml", """
            @page
            <p>@(4_200) engineers moved.</p>

            """);

        var build = library.Build();
        build.Command.EnsureSuccess();
        AssertDiagnostics(build, warnings: [new("Report.razor", 3, 57, "FG1002"), new("Pages/Index.cshtml", 2, 6, "FG1002")], errors: []);
    }

    [SkippableFact]
    public void The_same_sources_packed_again_from_a_clean_build_give_the_same_bytes()
    {
        var again = feed.PackAgainFromCleanBuild();

        foreach (var name in new[] { $"FactGen.{feed.Version}.nupkg", $"FactGen.{feed.Version}.snupkg" })
        {
            var first = Path.Combine(feed.FeedDirectory, name);
            var second = Path.Combine(again, name);
            Assert.True(
                File.ReadAllBytes(first).AsSpan().SequenceEqual(File.ReadAllBytes(second)),
                $"{name} differs when packed again; its entries that differ: {string.Join(", ", DifferentEntries(first, second))}.");
        }
    }

    /// <summary>The entries of two packages that differ in content or time, or are in one only.</summary>
    private static IEnumerable<string> DifferentEntries(string firstPackage, string secondPackage)
    {
        using var first = ZipFile.OpenRead(firstPackage);
        using var second = ZipFile.OpenRead(secondPackage);
        var secondEntries = second.Entries.ToDictionary(entry => entry.FullName, StringComparer.Ordinal);
        foreach (var entry in first.Entries)
        {
            if (!secondEntries.Remove(entry.FullName, out var other))
            {
                yield return entry.FullName + " (first only)";
            }
            else if (entry.LastWriteTime != other.LastWriteTime)
            {
                yield return $"{entry.FullName} (time {entry.LastWriteTime:O} vs {other.LastWriteTime:O})";
            }
            else if (!Content(entry).AsSpan().SequenceEqual(Content(other)))
            {
                yield return entry.FullName + " (content)";
            }
        }

        foreach (var name in secondEntries.Keys)
        {
            yield return name + " (second only)";
        }
    }

    private static byte[] Content(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The build printed exactly these warnings and errors, at these places, and nothing else.</summary>
    private static void AssertDiagnostics(BuildResult build, Place[] warnings, Place[] errors)
    {
        var expected = warnings.Select(place => place.ToString("warning")).Concat(errors.Select(place => place.ToString("error"))).OrderBy(line => line);
        var printed = build.Diagnostics.Select(diagnostic => new Place(diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Id).ToString(diagnostic.Severity)).OrderBy(line => line);
        Assert.True(
            expected.SequenceEqual(printed),
            $"Expected [{string.Join(", ", expected)}], but the build printed [{string.Join(" | ", build.Diagnostics)}]. {build.Command.Describe()}");
    }

    private static string[] Lines(string output)
        => output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();

    /// <summary>A diagnostic's id at its place in a consumer project.</summary>
    private sealed record Place(string? File, int Line, int Column, string Id)
    {
        public string ToString(string severity) => $"{File}({Line},{Column}): {severity} {Id}";
    }
}
