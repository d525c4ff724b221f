using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.Generators.Diagnostics;
using FactGen.Model;
using FactGen.Tests.Infrastructure;
using Xunit;

namespace FactGen.Tests.Model;

/// <summary>
/// The analyzer release files (src/FactGen.Generators/AnalyzerReleases.*.md) list every rule of the table once, with
/// the category and severity its descriptor has. Microsoft.CodeAnalysis.Analyzers checks the files' format, but it
/// cannot see descriptors made from the table, so this test holds the files and the table together.
/// </summary>
public sealed class AnalyzerReleaseTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "src", "FactGen.Generators");

    [Fact]
    public void Every_rule_is_listed_once_in_a_release_with_its_category_and_severity()
    {
        var listed = Rows("AnalyzerReleases.Shipped.md").Concat(Rows("AnalyzerReleases.Unshipped.md")).ToList();

        Assert.Equal(listed.Select(row => row.Id).Distinct().Count(), listed.Count);
        Assert.Equal(
            FactDescriptors.All.Select(descriptor => $"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity}").OrderBy(row => row, StringComparer.Ordinal),
            listed.Select(row => $"{row.Id} | {row.Category} | {row.Severity}").OrderBy(row => row, StringComparer.Ordinal));
    }

    [Fact]
    public void Each_row_names_the_analyzer_that_reports_the_rule()
    {
        foreach (var row in Rows("AnalyzerReleases.Shipped.md").Concat(Rows("AnalyzerReleases.Unshipped.md")))
        {
            Assert.Equal(FactRules.Get(row.Id).IsCodeRule ? "FigureAnalyzer" : "FactFileAnalyzer", row.Notes);
        }
    }

    /// <summary>The rows of the "New Rules" tables of a release file.</summary>
    private static IEnumerable<(string Id, string Category, string Severity, string Notes)> Rows(string fileName)
        => File.ReadAllLines(Path.Combine(Folder, fileName))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length == 4 && cells[0].StartsWith("FG", StringComparison.Ordinal))
            .Select(cells => (cells[0], cells[1], cells[2], cells[3]));
}
