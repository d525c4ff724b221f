using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;

namespace FactGen.Cli.Export;

/// <summary>
/// Facts as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted):
/// <c>facts.csv</c> with one row per fact, and <c>&lt;file&gt;.&lt;dataset id&gt;.csv</c> per dataset with its
/// columns and each row's citation. Numbers are written in invariant culture.
/// </summary>
internal static class CsvExporter
{
    /// <summary>The columns of <c>facts.csv</c>.</summary>
    public static readonly IReadOnlyList<string> FactColumns = new[]
    {
        "id", "claim", "value", "kind", "low", "high", "currency", "unit", "precision", "period", "measure", "scope", "source", "quote", "attributed_to", "locator", "file",
    };

    private static readonly string[] s_citationColumns = { "source", "quote", "attributed_to", "locator" };

    /// <summary>Writes the files of <paramref name="set"/> into the folder <paramref name="directory"/>, creating it.</summary>
    public static void Write(FactSet set, string directory)
    {
        Directory.CreateDirectory(directory);
        WriteFile(Path.Combine(directory, "facts.csv"), FactColumns, set.Files.SelectMany(file => file.Facts.Select(fact => FactRow(fact.Fact, file.Path))));
        foreach (var file in set.Files)
        {
            foreach (var dataset in file.Datasets)
            {
                // Dataset ids are unique in their class, and a class is named after its file: the pair names one dataset.
                var name = $"{Path.GetFileNameWithoutExtension(file.Path)}.{dataset.Id}.csv";
                var header = dataset.Columns.Select(column => column.Name).Concat(s_citationColumns).ToList();
                WriteFile(Path.Combine(directory, name), header, dataset.Rows.Select(row => row.Cells.Select(CellText.Of).Concat(CitationFields(row.Citation))));
            }
        }
    }

    private static IEnumerable<string?> FactRow(FactSpec fact, string path)
    {
        var value = fact.Value;
        var figure = new[]
        {
            fact.Id,
            fact.Claim,
            value.Written,
            value.Type.ToString(),
            value.Low.ToString(CultureInfo.InvariantCulture),
            value.High?.ToString(CultureInfo.InvariantCulture),
            value.Currency,
            fact.Unit,
            FactFileParser.PrecisionWords[(int)fact.Precision],
            fact.Period?.ToString(),
            fact.Measure?.Id,
            fact.Measure?.Scope,
        };
        return figure.Concat(CitationFields(fact.Citation)).Append(path.Replace('\\', '/'));
    }

    private static IEnumerable<string?> CitationFields(CitationSpec citation)
        => new[] { citation.SourceId, citation.Quote, citation.AttributedTo, citation.Locator };

    private static void WriteFile(string path, IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var text = new StringBuilder();
        AppendRecord(text, header);
        foreach (var row in rows)
        {
            AppendRecord(text, row);
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static void AppendRecord(StringBuilder text, IEnumerable<string?> fields)
    {
        text.Append(string.Join(",", fields.Select(Quote))).Append("\r\n");
    }

    /// <summary>A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote or line break.</summary>
    public static string Quote(string? field)
        => field is null ? string.Empty
        : field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? field
        : "\"" + field.Replace("\"", "\"\"") + "\"";
}
