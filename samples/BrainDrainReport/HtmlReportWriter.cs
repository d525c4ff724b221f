using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen;
using FactGen.Reporting;

namespace BrainDrainReport;

/// <summary>Writes the report as one self-contained HTML page (<c>--html report.html</c>).</summary>
internal sealed class HtmlReportWriter(string path, Footnotes notes) : IReportWriter
{
    private HtmlReport? _report;

    private HtmlReport Report => _report ?? throw new InvalidOperationException("Write the title first.");

    public void Title(string title) => _report = new HtmlReport(title, notes);

    public void Paragraph(params FormattableString[] parts) => Report.Paragraph(parts);

    public void NumberedList(IEnumerable<string> items) => Report.NumberedList(items.Select(item => (FormattableString)$"{item}"));

    public void Chart(CitedChart chart) => Report.Chart(chart);

    public void End()
    {
        File.WriteAllText(path, Report.ToHtml());
        Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
    }
}
