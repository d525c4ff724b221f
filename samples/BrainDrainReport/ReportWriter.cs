using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FactGen;
using FactGen.Reporting;

namespace BrainDrainReport;

/// <summary>Writes the report as plain text: a title, wrapped paragraphs, numbered items, charts as lists, notes and sources.</summary>
internal sealed class ReportWriter(TextWriter output, Footnotes notes) : IReportWriter
{
    private const int Width = 88;

    public void Title(string title)
    {
        output.WriteLine(title);
        output.WriteLine(new string('=', title.Length));
        output.WriteLine();
    }

    public void Paragraph(params FormattableString[] parts)
    {
        var line = string.Empty;
        foreach (var word in string.Concat(parts.Select(Cited)).Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Width)
            {
                output.WriteLine(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        output.WriteLine(line);
        output.WriteLine();
    }

    public void NumberedList(IEnumerable<string> items)
    {
        var number = 0;
        foreach (var item in items)
        {
            output.WriteLine($"  {++number}. {item}");
        }
    }

    /// <summary>A chart in plain text is the list of its figures, as the HTML page's table gives them.</summary>
    public void Chart(CitedChart chart)
    {
        Section(chart.Title);
        foreach (var mark in chart.Marks)
        {
            output.WriteLine($"  {mark.Label}: {notes.Cite(mark.Figure)}");
        }
    }

    public void End()
    {
        Section("Notes");
        output.Write(notes.FormatFootnotes());
        Section("Sources");
        output.Write(notes.FormatBibliography());
    }

    /// <summary>The text with each <see cref="ICitedFigure"/> written as <see cref="Footnotes.Cite(ICitedFigure)"/> writes it.</summary>
    private string Cited(FormattableString text) =>
        string.Format(
            CultureInfo.InvariantCulture,
            text.Format,
            text.GetArguments().Select(argument => argument is ICitedFigure figure ? notes.Cite(figure) : argument).ToArray());

    private void Section(string heading)
    {
        output.WriteLine();
        output.WriteLine(heading);
        output.WriteLine(new string('-', heading.Length));
    }
}
