using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Model;
using FactGen.Model.Validation;

namespace FactGen.Cli.Export;

/// <summary>
/// A fact sheet in Markdown: a section per fact file with each fact as "claim: about 1 million people (period)" and a
/// footnote that cites it (quote, who said it, source, where in the source), then a table per dataset, then the
/// sources. Footnotes are numbered in order; user text is escaped so it prints as written.
/// </summary>
internal static class MarkdownExporter
{
    /// <summary>Writes the fact sheet of <paramref name="set"/> to <paramref name="output"/>.</summary>
    public static void Write(FactSet set, TextWriter output)
    {
        var sources = set.Sources.ToDictionary(source => source.Id, source => source);
        var footnotes = new List<string>();
        output.WriteLine("# Fact sheet");
        foreach (var file in set.Files.Where(file => file.Facts.Count > 0 || file.Datasets.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"## {Escape(file.ClassName)}");
            output.WriteLine();
            output.WriteLine($"From {Escape(file.Path.Replace('\\', '/'))}.");
            if (file.Facts.Count > 0)
            {
                output.WriteLine();
            }

            foreach (var fact in file.Facts.Select(emitted => emitted.Fact))
            {
                var period = fact.Period is { } known ? $" ({known})" : string.Empty;
                output.WriteLine($"- **{Escape(fact.Claim)}**: {Escape(Figure(fact))}{period}{Cite(fact.Citation, sources, footnotes)}");
            }

            foreach (var dataset in file.Datasets)
            {
                output.WriteLine();
                output.WriteLine($"### {Escape(dataset.Claim ?? dataset.Id)}");
                output.WriteLine();
                output.WriteLine("| " + string.Join(" | ", dataset.Columns.Select(column => Escape(column.Name))) + " | |");
                output.WriteLine("|" + string.Concat(Enumerable.Repeat(" --- |", dataset.Columns.Count + 1)));
                foreach (var row in dataset.Rows)
                {
                    output.WriteLine("| " + string.Join(" | ", row.Cells.Select(cell => Escape(CellText.Of(cell)))) + $" | {Cite(row.Citation, sources, footnotes)} |");
                }
            }
        }

        output.WriteLine();
        output.WriteLine("## Sources");
        output.WriteLine();
        foreach (var source in set.Sources)
        {
            var url = source.Url is { } link ? $" <{link}>" : string.Empty;
            var author = source.Author is { } name ? $"{Escape(name)}: " : string.Empty;
            output.WriteLine($"- {author}{Escape(FactSetValidator.LongReference(source))}.{url}");
        }

        if (footnotes.Count > 0)
        {
            output.WriteLine();
        }

        for (var index = 0; index < footnotes.Count; index++)
        {
            output.WriteLine($"[^{index + 1}]: {footnotes[index]}");
        }
    }

    /// <summary>"about 1 million people": the precision's phrase, the value as written, the unit.</summary>
    private static string Figure(FactSpec fact)
        => string.Join(" ", new[] { PrecisionPhrases.Of(fact.Precision), fact.Value.Written, fact.Unit ?? string.Empty }.Where(part => part.Length > 0));

    /// <summary>Adds the footnote of <paramref name="citation"/> and returns its reference, "[^3]".</summary>
    private static string Cite(CitationSpec citation, Dictionary<string, SourceSpec> sources, List<string> footnotes)
    {
        var text = new StringBuilder($"“{Escape(citation.Quote)}”");
        if (citation.AttributedTo is { } speaker)
        {
            text.Append($" ({Escape(speaker)})");
        }

        text.Append($" — {Escape(FactSetValidator.LongReference(sources[citation.SourceId]))}");
        if (citation.Locator is { } locator)
        {
            text.Append($", {Escape(locator)}");
        }

        footnotes.Add(text.Append('.').ToString());
        return $"[^{footnotes.Count}]";
    }

    /// <summary>Escapes the characters Markdown reads as markup, and line breaks, which would end a list item or table row.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
