using System;
using System.Collections.Generic;
using FactGen.Reporting;

namespace BrainDrainReport;

/// <summary>Writes the report in one format; the report's text is written once, in Program.cs, for every format.</summary>
internal interface IReportWriter
{
    void Title(string title);

    /// <summary>A paragraph of the parts one after another; their <see cref="FactGen.ICitedFigure"/> holes are cited with footnotes.</summary>
    void Paragraph(params FormattableString[] parts);

    void NumberedList(IEnumerable<string> items);

    void Chart(CitedChart chart);

    /// <summary>Writes the footnotes and the sources, and finishes the output.</summary>
    void End();
}
