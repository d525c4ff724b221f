using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Model;
using FactGen.Tests.Infrastructure;
using Xunit;

namespace FactGen.Cli.Tests;

/// <summary><c>factgen export</c> of the curated facts/: each format parses, and holds what the fact files say, no more.</summary>
public sealed class ExportTests : IDisposable
{
    private const string Tricky = """
        sources:
          tricky:
            title: "50% of {braces} & $money #1_a\\b ~ ^"
            author: "O'Brien, \"Pat\""
            url: https://example.org/a?b=1&c=2
            published: 2024-05
        facts:
          - id: tricky-fact
            claim: A claim, with "quotes" and a comma
            value: 13%
            source: tricky
            quote: "Line one, \"quoted\"\nline two"
        """;

    private static readonly FactFile[] s_curated = Repository.ParseFactFiles();

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Csl_json_has_one_item_per_source_with_exactly_the_known_fields()
    {
        var run = CliRun.Of("export", TestPaths.FactsDirectory, "--format", "csl-json");

        using var json = JsonDocument.Parse(run.Output);
        var items = json.RootElement.EnumerateArray().ToDictionary(item => item.GetProperty("id").GetString()!);
        var sources = s_curated.SelectMany(file => file.Sources).ToList();
        Assert.Equal(sources.Select(source => source.Id).Order(StringComparer.Ordinal), items.Keys.Order(StringComparer.Ordinal));
        foreach (var source in sources)
        {
            var item = items[source.Id];
            // Without a title, author or publisher, a source is titled by its archive file: the one thing that names it.
            Assert.Equal(source.Title ?? (source.Author is null && source.Publisher is null ? source.Archive?.Name : null), Text(item, "title"));
            Assert.Equal(source.Archive?.Name, Text(item, "archive"));
            Assert.Equal(source.Archive is { } archive ? $"Archived copy: {archive.Name}" : null, Text(item, "note"));
            Assert.Equal(source.Publisher, Text(item, "publisher"));
            Assert.Equal(source.Publisher, Text(item, "container-title"));
            Assert.Equal(source.Url, Text(item, "URL"));
            Assert.Equal(source.Author, item.TryGetProperty("author", out var authors) ? AuthorAsWritten(authors.EnumerateArray().Single()) : null);
            Assert.Equal(DateParts(source.Published), item.TryGetProperty("issued", out var issued) ? string.Join("-", issued.GetProperty("date-parts")[0].EnumerateArray().Select(part => part.GetInt32())) : null);
        }

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Output_option_writes_the_same_text_to_a_file()
    {
        var file = Path.Combine(_directory.Path, "sources.json");

        var run = CliRun.Of("export", TestPaths.FactsDirectory, "--format", "csl-json", "--output", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal(CliRun.Of("export", TestPaths.FactsDirectory, "--format", "csl-json").Output, File.ReadAllText(file).Replace(Environment.NewLine, "\n"));
    }

    [Fact]
    public void Bibtex_has_a_well_formed_entry_per_source()
    {
        var run = CliRun.Of("export", TestPaths.FactsDirectory, "--format", "bibtex");

        var entries = BibTex.Parse(run.Output);
        Assert.Equal(s_curated.SelectMany(file => file.Sources).Select(source => source.Id).Order(StringComparer.Ordinal), entries.Keys);
        var shareAmerica = entries["shareamerica-2023"];
        Assert.Equal("{Laff, Michael}", shareAmerica["author"]);
        Assert.Equal("{2023}", shareAmerica["year"]);
        Assert.Equal("aug", shareAmerica["month"]);
    }

    [Fact]
    public void Bibtex_escapes_braces_and_the_other_tex_specials()
    {
        var path = _directory.Write("tricky.yaml", Tricky);

        var entry = BibTex.Parse(CliRun.Of("export", path, "--format", "bibtex").Output)["tricky"];

        Assert.Equal(@"{50\% of \{braces\} \& \$money \#1\_a\textbackslash{}b \textasciitilde{} \textasciicircum{}}", entry["title"]);
        Assert.Equal("{https://example.org/a?b=1&c=2}", entry["url"]);
        Assert.Equal("may", entry["month"]);
        Assert.Equal("{{O'Brien, \"Pat\"}}", entry["author"]);
    }

    [Fact]
    public void Csl_json_gives_an_author_family_and_given_names_where_the_name_splits_cleanly_and_a_literal_name_where_it_does_not()
    {
        var path = _directory.Write("authors.yaml", """
            sources:
              person: { publisher: P, author: Michael Laff }
              organization: { publisher: P, author: "Reuters staff" }
            facts: []
            """);

        using var json = JsonDocument.Parse(CliRun.Of("export", path, "--format", "csl-json").Output);

        var authors = json.RootElement.EnumerateArray().ToDictionary(item => item.GetProperty("id").GetString()!, item => item.GetProperty("author").EnumerateArray().Single());
        Assert.Equal("Laff", authors["person"].GetProperty("family").GetString());
        Assert.Equal("Michael", authors["person"].GetProperty("given").GetString());
        Assert.False(authors["person"].TryGetProperty("literal", out _));
        Assert.Equal("Reuters staff", authors["organization"].GetProperty("literal").GetString());
        Assert.False(authors["organization"].TryGetProperty("family", out _));
    }

    [Fact]
    public void An_archived_source_exports_its_archives_name_and_hash_in_csl_json_and_bibtex()
    {
        var path = _directory.Write("archived.yaml", """
            sources:
              named: { publisher: The Daily Example, archive: daily_article.txt }
              bare: { archive: bare-notes.md }
              unsupplied: { publisher: Elsewhere, archive: missing.txt }
            facts: []
            """);
        _directory.Write("daily_article.txt", "The text.\r\n");
        _directory.Write("bare-notes.md", "Notes.\n");

        using var csl = JsonDocument.Parse(CliRun.Of("export", _directory.Path, "--format", "csl-json").Output);
        var bibtex = BibTex.Parse(CliRun.Of("export", _directory.Path, "--format", "bibtex").Output);

        var items = csl.RootElement.EnumerateArray().ToDictionary(item => item.GetProperty("id").GetString()!);
        var named = $"Archived copy: daily_article.txt, SHA-256 {Sha256("The text.\n")}";
        Assert.Equal("daily_article.txt", Text(items["named"], "archive"));
        Assert.Equal(named, Text(items["named"], "note"));
        Assert.Null(Text(items["named"], "title"));
        Assert.Equal("{" + named.Replace("_", "\\_", StringComparison.Ordinal) + "}", bibtex["named"]["note"]);
        Assert.Equal("bare-notes.md", Text(items["bare"], "title"));
        Assert.Equal("{bare-notes.md}", bibtex["bare"]["title"]);
        Assert.Equal($"Archived copy: bare-notes.md, SHA-256 {Sha256("Notes.\n")}", Text(items["bare"], "note"));
        Assert.Equal("Archived copy: missing.txt", Text(items["unsupplied"], "note"));
        Assert.Equal("factgen export: no usable source text for missing.txt, so its entry carries no SHA-256. Give the archives with --sources.\n", CliRun.Of("export", _directory.Path, "--format", "csl-json").Error);
        Assert.Equal("{Archived copy: missing.txt}", bibtex["unsupplied"]["note"]);
        Assert.False(items["unsupplied"].TryGetProperty("title", out _));
    }

    [SkippableFact]
    public void Every_curated_source_exports_with_its_article_as_archive_and_no_entry_is_empty()
    {
        var articles = TestPaths.RequireShared("articles");

        using var json = JsonDocument.Parse(CliRun.Of("export", TestPaths.FactsDirectory, "--sources", articles, "--format", "csl-json").Output);

        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(s_curated.Sum(file => file.Sources.Count), items.Count);
        foreach (var item in items)
        {
            var archive = Text(item, "archive")!;
            Assert.Equal($"Archived copy: {archive}, SHA-256 {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(articles, archive))))}", Text(item, "note"));
            Assert.True(Text(item, "title") is not null || Text(item, "container-title") is not null, $"{item.GetProperty("id")} has nothing to be cited by.");
        }
    }

    [Theory]
    [InlineData("Michael Laff", "Michael", "Laff")]
    [InlineData("Laff, Michael", "Michael", "Laff")]
    [InlineData("Mary J. Smith", "Mary J.", "Smith")]
    [InlineData("J. R. R. Tolkien", "J. R. R.", "Tolkien")]
    [InlineData("Anne-Marie O’Neil", "Anne-Marie", "O’Neil")]
    [InlineData("García Márquez, Gabriel", "Gabriel", "García Márquez")]
    [InlineData("Maksut Shadayev", "Maksut", "Shadayev")]
    public void A_name_splits_where_its_order_is_not_a_guess(string author, string given, string family)
        => Assert.Equal(new FactGen.Cli.Export.PersonName(given, family), FactGen.Cli.Export.PersonName.TrySplit(author));

    [Theory]
    [InlineData("Gabriel García Márquez")]
    [InlineData("Ludwig van Beethoven")]
    [InlineData("Mary Ann Smith")]
    [InlineData("Reuters staff")]
    [InlineData("Reuters")]
    [InlineData("The Moscow Times")]
    [InlineData("Smith, Jr., John")]
    [InlineData("O'Brien, \"Pat\"")]
    [InlineData("Michael Laff and Anna Smith")]
    [InlineData("Smith J.")]
    public void A_name_that_would_split_only_by_guessing_stays_whole(string author)
        => Assert.Null(FactGen.Cli.Export.PersonName.TrySplit(author));

    [Fact]
    public void Csv_has_a_row_per_fact_and_a_file_per_dataset_each_with_as_many_fields_as_its_header()
    {
        var output = Path.Combine(_directory.Path, "csv");

        var run = CliRun.Of("export", TestPaths.FactsDirectory, "--format", "csv", "--output", output);

        Assert.Equal(0, run.ExitCode);
        var facts = Csv.Parse(File.ReadAllText(Path.Combine(output, "facts.csv")));
        Assert.Equal(s_curated.Sum(file => file.Facts.Count) + 1, facts.Count);
        Assert.All(facts, record => Assert.Equal(facts[0].Count, record.Count));
        var measures = facts.Skip(1).ToDictionary(record => record[0], record => record[facts[0].IndexOf("measure")]);
        Assert.Equal("it-specialists-emigrated", measures["it-specialists-left-2022"]);
        Assert.Equal("it-specialists-emigrated", measures["it-specialists-left-since-2022"]);
        Assert.Equal(string.Empty, measures["sasha-age"]);
        var datasets = s_curated.SelectMany(file => file.Datasets.Select(dataset => (File: Path.GetFileNameWithoutExtension(file.Path), Dataset: dataset))).ToList();
        Assert.Equal(datasets.Count + 1, Directory.GetFiles(output, "*.csv").Length);
        foreach (var (file, dataset) in datasets)
        {
            var rows = Csv.Parse(File.ReadAllText(Path.Combine(output, $"{file}.{dataset.Id}.csv")));
            Assert.Equal(dataset.Columns.Select(column => column.Name).Concat(new[] { "source", "quote", "attributed_to", "locator" }), rows[0]);
            Assert.Equal(dataset.Rows.Count + 1, rows.Count);
            Assert.All(rows, record => Assert.Equal(rows[0].Count, record.Count));
        }
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_line_breaks_so_they_read_back()
    {
        var path = _directory.Write("tricky.yaml", Tricky);
        var output = Path.Combine(_directory.Path, "csv");

        CliRun.Of("export", path, "--format", "csv", "--output", output);

        var records = Csv.Parse(File.ReadAllText(Path.Combine(output, "facts.csv")));
        var row = records[0].Zip(records[1]).ToDictionary(pair => pair.First, pair => pair.Second);
        Assert.Equal("A claim, with \"quotes\" and a comma", row["claim"]);
        Assert.Equal("Line one, \"quoted\"\nline two", row["quote"]);
        Assert.Equal("percentage", row["kind"]);
        Assert.Equal("13", row["low"]);
        Assert.Equal(string.Empty, row["period"]);
    }

    [Fact]
    public void Leaves_out_a_fact_with_a_problem_and_says_so()
    {
        var path = _directory.Write("tricky.yaml", Tricky.Replace("value: 13%", "value: 13 %%", StringComparison.Ordinal));

        var run = CliRun.Of("export", path, "--format", "markdown");

        Assert.DoesNotContain("tricky-fact", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("A claim", run.Output, StringComparison.Ordinal);
        Assert.Contains("Line one", CliRun.Of("export", _directory.Write("tricky.yaml", Tricky), "--format", "markdown").Output, StringComparison.Ordinal);
        Assert.Equal("factgen export: 1 problem in the fact files; what they concern is left out. Run factgen check to see them.\n", run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_a_usage_error()
    {
        var target = Path.Combine(_directory.Path, "no-such-folder", "sources.bib");

        var run = CliRun.Of("export", TestPaths.FactsDirectory, "--format", "bibtex", "--output", target);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("factgen export: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(target, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_cites_every_fact_and_dataset_row_in_a_footnote()
    {
        var run = CliRun.Of("export", TestPaths.FactsDirectory, "--format", "markdown");

        var citations = s_curated.Sum(file => file.Facts.Count + file.Datasets.Sum(dataset => dataset.Rows.Count));
        var references = Regex.Matches(run.Output, @"(?<!^)\[\^(\d+)\](?!:)", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToList();
        var definitions = Regex.Matches(run.Output, @"^\[\^(\d+)\]: ", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(Enumerable.Range(1, citations).Select(number => number.ToString(System.Globalization.CultureInfo.InvariantCulture)), references);
        Assert.Equal(references, definitions);
        Assert.Contains("- **Russians who have left Russia since 2022**: about 1 million people (2022/2023-08)[^", run.Output, StringComparison.Ordinal);
    }

    private static string? Text(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static string? DateParts(DateValue? date)
        => date is not { } known ? null : string.Join("-", new[] { known.Year, known.Month, known.Day }.TakeWhile(part => part != 0));

    /// <summary>A strict reader of the BibTeX this tool writes: entries of <c>name = {value},</c> or <c>name = macro,</c> lines.</summary>
    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A CSL name as the fact file wrote it: the literal, or "Given Family".</summary>
    private static string AuthorAsWritten(JsonElement name)
        => name.TryGetProperty("literal", out var literal) ? literal.GetString()! : $"{name.GetProperty("given").GetString()} {name.GetProperty("family").GetString()}";

    private static class BibTex
    {
        public static SortedDictionary<string, Dictionary<string, string>> Parse(string text)
        {
            var entries = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var block in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                var lines = block.Trim('\n').Split('\n');
                var head = Regex.Match(lines[0], @"^@misc\{([A-Za-z0-9][A-Za-z0-9_.-]*),$");
                Assert.True(head.Success, $"Not an entry head: {lines[0]}");
                Assert.Equal("}", lines[^1]);
                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var line in lines[1..^1])
                {
                    var field = Regex.Match(line, @"^  ([a-z]+) = (\{.*\}|[a-z]+),$");
                    Assert.True(field.Success, $"Not a field: {line}");
                    Assert.True(!field.Groups[2].Value.StartsWith('{') || BracesBalance(field.Groups[2].Value), $"Unbalanced braces: {line}");
                    fields.Add(field.Groups[1].Value, field.Groups[2].Value);
                }

                entries.Add(head.Groups[1].Value, fields);
            }

            return entries;
        }

        /// <summary>Whether the braces of a braced value pair up, the outer ones enclosing it all, escaped ones aside.</summary>
        private static bool BracesBalance(string value)
        {
            var depth = 0;
            for (var index = 0; index < value.Length; index++)
            {
                if (value[index] == '\\')
                {
                    index++;
                    continue;
                }

                depth += value[index] switch { '{' => 1, '}' => -1, _ => 0 };
                if (depth < 0 || (depth == 0 && index < value.Length - 1))
                {
                    return false;
                }
            }

            return depth == 0;
        }
    }

    /// <summary>An RFC 4180 reader: records end in CRLF; a quoted field may hold commas, doubled quotes and line breaks.</summary>
    private static class Csv
    {
        public static List<List<string>> Parse(string text)
        {
            var records = new List<List<string>>();
            var record = new List<string>();
            var field = new StringBuilder();
            var index = 0;
            while (index < text.Length)
            {
                if (text[index] == '"')
                {
                    for (index++; !(text[index] == '"' && (index + 1 == text.Length || text[index + 1] != '"')); index++)
                    {
                        field.Append(text[index]);
                        index += text[index] == '"' ? 1 : 0;
                    }

                    index++;
                }
                else if (text[index] == ',')
                {
                    record.Add(field.ToString());
                    field.Clear();
                    index++;
                }
                else if (text[index] == '\r')
                {
                    Assert.Equal('\n', text[index + 1]);
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = new List<string>();
                    index += 2;
                }
                else
                {
                    Assert.NotEqual('\n', text[index]);
                    field.Append(text[index++]);
                }
            }

            Assert.Empty(record);
            return records;
        }
    }
}
