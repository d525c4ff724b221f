using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactGen.Reporting;

/// <summary>How a <see cref="CitedChart"/> draws its marks.</summary>
public enum ChartForm
{
    /// <summary>A horizontal bar from zero to the value; a range is a bar from its low end to its high end.</summary>
    Bars,

    /// <summary>A dot at the value on a line from zero; a range is a segment between two dots.</summary>
    Dots,
}

/// <summary>
/// A chart of cited figures on one axis from zero, drawn by <see cref="HtmlReport.Chart(CitedChart)"/> as inline SVG
/// with a table of the same figures. Every mark shows its value and footnote number and holds the quote and the
/// source in its <c>&lt;title&gt;</c>.
/// </summary>
public sealed class CitedChart
{
    private const double MinimumWidth = 640;

    // SVG text does not wrap: a long label widens the chart, at a generous 7 px per character of 13 px text.
    private const double LabelCharacterWidth = 7;
    private const double PlotLeft = 8;
    private const double PlotWidth = 420;
    private const double Top = 8;
    private const double RowHeight = 44;
    private const double MarkTop = 20;
    private const double MarkHeight = 16;

    private readonly AxisValue[] _values;

    private CitedChart(ChartForm form, string title, IEnumerable<ChartMark> marks)
    {
        Form = form;
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Marks = (marks ?? throw new ArgumentNullException(nameof(marks))).ToArray();
        if (Marks.Count == 0)
        {
            throw new ArgumentException($"The chart \"{title}\" has no marks: give it at least one figure.", nameof(marks));
        }

        _values = Marks.Select(m => AxisValue.Of(m ?? throw new ArgumentNullException(nameof(marks)))).ToArray();
        for (var i = 1; i < _values.Length; i++)
        {
            if (!_values[i].SharesAxisWith(_values[0]))
            {
                throw new ArgumentException(
                    $"The marks of the chart \"{title}\" share one axis, so they must be of one kind and unit: \"{Marks[0].Label}\" "
                    + $"is {_values[0].Describe()}, but \"{Marks[i].Label}\" is {_values[i].Describe()}. Draw them in separate charts.",
                    nameof(marks));
            }
        }
    }

    /// <summary>How the marks are drawn.</summary>
    public ChartForm Form { get; }

    /// <summary>The title, written above the chart.</summary>
    public string Title { get; }

    /// <summary>The marks, top to bottom.</summary>
    public IReadOnlyList<ChartMark> Marks { get; }

    /// <summary>What the axis measures: <c>a number of people</c>.</summary>
    public string Axis => _values[0].Describe();

    /// <summary>A bar chart of the figures.</summary>
    /// <param name="title">The title.</param>
    /// <param name="marks">The figures, top to bottom.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">
    /// There are no marks, the marks differ in kind (number, percentage, currency) or unit, or a figure is a year or negative.
    /// </exception>
    public static CitedChart Bars(string title, params ChartMark[] marks) => new(ChartForm.Bars, title, marks);

    /// <summary>A dot plot of the figures, where a range is a segment between its ends.</summary>
    /// <param name="title">The title.</param>
    /// <param name="marks">The figures, top to bottom.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">
    /// There are no marks, the marks differ in kind (number, percentage, currency) or unit, or a figure is a year or negative.
    /// </exception>
    public static CitedChart Dots(string title, params ChartMark[] marks) => new(ChartForm.Dots, title, marks);

    /// <summary>Writes the chart as a <c>&lt;figure&gt;</c>: its caption, the SVG and the table of its figures.</summary>
    internal void WriteHtml(StringBuilder html, CitationLinks links, string id)
    {
        html.Append("<figure class=\"chart\" id=\"").Append(id).Append("\">\n<figcaption>").Append(Html.Encode(Title)).Append("</figcaption>\n");
        WriteSvg(html, links, id);
        WriteTable(html, links);
        html.Append("</figure>\n");
    }

    private void WriteSvg(StringBuilder html, CitationLinks links, string id)
    {
        var max = _values.Max(v => v.High);
        var scale = max > 0 ? PlotWidth / max : 0;
        var height = Top + (Marks.Count * RowHeight) + 28;
        var width = Math.Max(MinimumWidth, PlotLeft + (Marks.Max(m => m.Label.Length) * LabelCharacterWidth));
        html.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-").Append(Form == ChartForm.Bars ? "bars" : "dots")
            .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title\" width=\"").Append(Html.Number(width))
            .Append("\" height=\"").Append(Html.Number(height)).Append("\" viewBox=\"0 0 ").Append(Html.Number(width)).Append(' ')
            .Append(Html.Number(height)).Append("\">\n<title id=\"").Append(id).Append("-title\">")
            .Append(Html.Encode(Title + " (" + Axis + "); the table below gives the same figures.")).Append("</title>\n");
        for (var i = 0; i < Marks.Count; i++)
        {
            var mark = Marks[i];
            var value = _values[i];
            var rowTop = Top + (i * RowHeight);
            var markTop = rowTop + MarkTop;
            var middle = markTop + (MarkHeight / 2);
            var low = PlotLeft + (value.Low * scale);
            var high = PlotLeft + (value.High * scale);
            html.Append("<g class=\"mark").Append(value.IsRange ? " range" : "").Append("\" data-facts=\"")
                .Append(Html.Encode(string.Join(" ", mark.Figure.Facts.Select(f => f.Id)))).Append("\" data-low=\"")
                .Append(Html.Number(value.Low)).Append("\" data-high=\"").Append(Html.Number(value.High)).Append("\">\n<title>")
                .Append(Html.Encode(Provenance(mark.Figure))).Append("</title>\n");
            html.Append("<text class=\"label\" x=\"").Append(Html.Number(PlotLeft)).Append("\" y=\"").Append(Html.Number(rowTop + 14))
                .Append("\">").Append(Html.Encode(mark.Label)).Append("</text>\n");
            if (Form == ChartForm.Bars)
            {
                var start = value.IsRange ? low : PlotLeft;
                html.Append("<rect class=\"shape\" x=\"").Append(Html.Number(start)).Append("\" y=\"").Append(Html.Number(markTop))
                    .Append("\" width=\"").Append(Html.Number(high - start)).Append("\" height=\"").Append(Html.Number(MarkHeight)).Append("\"/>\n");
            }
            else
            {
                html.Append("<line class=\"guide\" x1=\"").Append(Html.Number(PlotLeft)).Append("\" x2=\"").Append(Html.Number(high))
                    .Append("\" y1=\"").Append(Html.Number(middle)).Append("\" y2=\"").Append(Html.Number(middle)).Append("\"/>\n");
                if (value.IsRange)
                {
                    html.Append("<line class=\"shape\" x1=\"").Append(Html.Number(low)).Append("\" x2=\"").Append(Html.Number(high))
                        .Append("\" y1=\"").Append(Html.Number(middle)).Append("\" y2=\"").Append(Html.Number(middle)).Append("\"/>\n");
                    AppendDot(html, low, middle);
                }

                AppendDot(html, high, middle);
            }

            html.Append("<text class=\"value\" x=\"").Append(Html.Number(high + 10)).Append("\" y=\"").Append(Html.Number(markTop + 12))
                .Append("\">").Append(Html.Encode(ValueLabel(mark.Figure)));
            foreach (var (number, placeId) in links.Cite(mark.Figure))
            {
                html.Append(" <a href=\"#").Append(CitationLinks.NoteId(number)).Append("\" id=\"").Append(placeId).Append("\"><tspan class=\"note-mark\">[")
                    .Append(number.ToString(CultureInfo.InvariantCulture)).Append("]</tspan></a>");
            }

            html.Append("</text>\n</g>\n");
        }

        var axisY = Top + (Marks.Count * RowHeight) + 4;
        html.Append("<g class=\"axis\">\n<line x1=\"").Append(Html.Number(PlotLeft)).Append("\" x2=\"").Append(Html.Number(PlotLeft + PlotWidth))
            .Append("\" y1=\"").Append(Html.Number(axisY)).Append("\" y2=\"").Append(Html.Number(axisY)).Append("\"/>\n<text x=\"")
            .Append(Html.Number(PlotLeft)).Append("\" y=\"").Append(Html.Number(axisY + 18)).Append("\">0</text>\n<text x=\"")
            .Append(Html.Number(PlotLeft + PlotWidth)).Append("\" y=\"").Append(Html.Number(axisY + 18)).Append("\" text-anchor=\"end\">")
            .Append(Html.Encode(FigureFormatter.Format((decimal)max) + (_values[0].Unit is { } unit ? " " + unit : ""))).Append("</text>\n</g>\n</svg>\n");
    }

    private void WriteTable(StringBuilder html, CitationLinks links)
    {
        html.Append("<table class=\"chart-figures\">\n<caption>The figures of the chart</caption>\n<thead><tr><th scope=\"col\">Figure</th>")
            .Append("<th scope=\"col\">Value</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        foreach (var mark in Marks)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.Encode(mark.Label)).Append("</th><td>")
                .Append(Html.Encode(mark.Figure.FormatValue())).Append(links.HtmlMarks(mark.Figure)).Append("</td><td>")
                .Append(Html.Encode(string.Join("; ", mark.Figure.Facts.Select(f => f.Citation.Source.ShortReference).Distinct())))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendDot(StringBuilder html, double x, double y) =>
        html.Append("<circle class=\"dot\" cx=\"").Append(Html.Number(x)).Append("\" cy=\"").Append(Html.Number(y)).Append("\" r=\"6\"/>\n");

    /// <summary>The precision phrase and the value, without the unit, which the axis gives: <c>about 1 million</c>.</summary>
    private static string ValueLabel(ICitedFigure figure)
    {
        var phrase = figure.Precision.ToPhrase();
        return phrase.Length == 0 ? figure.ValueText : phrase + " " + figure.ValueText;
    }

    /// <summary>What the mark's tooltip says: how a derived figure was computed, then each fact's claim, quote and source.</summary>
    private static string Provenance(ICitedFigure figure)
    {
        var lines = new List<string>();
        if (figure.Note is { } note)
        {
            lines.Add(figure.FormatValue() + ": " + note + ".");
        }

        foreach (var fact in figure.Facts)
        {
            var locator = fact.Citation.Locator is { } at ? ", " + at : "";
            lines.Add(fact.Claim + ": " + fact.Citation + locator + ".");
        }

        return string.Join("\n", lines);
    }
}
