using System;
using System.Globalization;
using System.Text;

namespace FactGen.Benchmarks;

/// <summary>
/// Fact files for the benchmarks, written from the index alone so that every run measures the same text: facts of
/// every value kind, with and without periods, precisions, attributions and locators, and a dataset of cited rows.
/// </summary>
public static class SyntheticFacts
{
    /// <summary>How many sources a file declares; facts cite them in turn.</summary>
    private const int SourcesPerFile = 10;

    /// <summary>
    /// A fact file with <paramref name="factCount"/> facts whose ids start with <paramref name="prefix"/>; with
    /// <paramref name="measures"/>, every fact names a measure shared by four facts of its kind (of which those
    /// without a period are compared with each other, and mostly contradict).
    /// </summary>
    public static string FactFile(int factCount, string prefix = "fact", bool measures = false) => Build(factCount, 0, prefix, measures);

    /// <summary>A fact file with one dataset of <paramref name="rowCount"/> rows and no facts.</summary>
    public static string DatasetFile(int rowCount) => Build(0, rowCount, "dataset", measures: false);

    /// <summary>The path of a synthetic fact file, as a project would have it.</summary>
    public static string PathOf(string name) => $"/project/facts/{name}.yaml";

    private static string Build(int factCount, int rowCount, string prefix, bool measures)
    {
        var yaml = new StringBuilder(factCount * 260 + rowCount * 200 + 2_000);
        yaml.Append("sources:\n");
        for (var s = 0; s < SourcesPerFile; s++)
        {
            yaml.Append(Invariant($"  {prefix}-source-{s}:\n"))
                .Append(Invariant($"    publisher: Publisher {s}\n"))
                .Append(Invariant($"    title: \"Report {s}: figures & trends\"\n"))
                .Append(Invariant($"    published: {2015 + s}-0{1 + (s % 9)}-1{s % 10}\n"))
                .Append(Invariant($"    url: https://example.org/{prefix}/{s}\n"));
        }

        if (factCount > 0)
        {
            yaml.Append("\nfacts:\n");
            for (var i = 0; i < factCount; i++)
            {
                AppendFact(yaml, prefix, i, measures);
            }
        }

        if (rowCount > 0)
        {
            yaml.Append("\ndatasets:\n")
                .Append(Invariant($"  - id: {prefix}-rows\n"))
                .Append("    claim: Specialists interviewed\n")
                .Append("    columns:\n      name: text\n      age: integer\n      share: percentage\n      since: date\n      salary: range<money>\n")
                .Append("    rows:\n");
            for (var r = 0; r < rowCount; r++)
            {
                yaml.Append(Invariant($"      - name: Person {r}\n"))
                    .Append(Invariant($"        age: {20 + (r % 45)}\n"))
                    .Append(Invariant($"        share: {r % 100}%\n"))
                    .Append(Invariant($"        since: {2000 + (r % 24)}-0{1 + (r % 9)}\n"))
                    .Append(Invariant($"        salary: ${1_000 + r:N0}-{2_000 + r:N0}\n"))
                    .Append(Invariant($"        source: {prefix}-source-{r % SourcesPerFile}\n"))
                    .Append(Invariant($"        quote: Person {r}, an engineer interviewed in {2000 + (r % 24)}, earns between ${1_000 + r:N0} and ${2_000 + r:N0}\n"));
            }
        }

        return yaml.ToString();
    }

    private static void AppendFact(StringBuilder yaml, string prefix, int i, bool measures)
    {
        var (value, unit, words) = (i % 6) switch
        {
            0 => (Invariant($"\"{10_000 + i:N0}\""), "people", Invariant($"about {10_000 + i:N0} people")),
            1 => (Invariant($"{i % 100}%"), "of IT workers", Invariant($"{i % 100}% of IT workers")),
            2 => (Invariant($"${1 + (i % 50)} billion"), (string?)null, Invariant($"${1 + (i % 50)} billion")),
            3 => (Invariant($"{1_000 + i:N0}-{2_000 + i:N0}"), "specialists", Invariant($"{1_000 + i:N0} to {2_000 + i:N0} specialists")),
            4 => (Invariant($"{i % 10}.{i % 7}"), "percentage points", Invariant($"{i % 10}.{i % 7} points")),
            _ => (Invariant($"{1990 + (i % 35)}"), (string?)null, Invariant($"in {1990 + (i % 35)}")),
        };
        yaml.Append(Invariant($"  - id: {prefix}-{i}\n"))
            .Append(Invariant($"    claim: Measured figure number {i} of the synthetic report\n"))
            .Append(Invariant($"    value: {value}\n"));
        if (i % 6 == 5)
        {
            yaml.Append("    type: year\n");
        }

        if (unit is not null)
        {
            yaml.Append(Invariant($"    unit: {unit}\n"));
        }

        if (i % 3 == 0)
        {
            yaml.Append("    precision: about\n");
        }

        if (i % 2 == 0)
        {
            yaml.Append(Invariant($"    period: {2000 + (i % 24)}\n"));
        }

        if (measures)
        {
            // The facts i, i + 6, i + 12 and i + 18 of each block of 24 are of one kind.
            yaml.Append(Invariant($"    measure: {prefix}-measure-{i / 24}-{i % 6}\n"));
        }

        yaml.Append(Invariant($"    source: {prefix}-source-{i % SourcesPerFile}\n"))
            .Append(Invariant($"    quote: \"The report counts {words}, according to the figures gathered for item {i}\"\n"));
        if (i % 4 == 0)
        {
            yaml.Append(Invariant($"    attributed_to: Analyst {i % 17}\n"));
        }

        if (i % 5 == 0)
        {
            yaml.Append(Invariant($"    locator: p. {1 + (i % 300)}\n"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
