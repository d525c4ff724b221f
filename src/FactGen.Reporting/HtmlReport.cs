using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace FactGen.Reporting;

/// <summary>
/// A cited report as one self-contained HTML page: a title, headings, paragraphs whose figures link to their footnotes,
/// charts, then the footnotes (each linking back to every place that cites it) and the bibliography.
/// </summary>
/// <remarks>
/// The page has no script and loads nothing (its Content-Security-Policy forbids both), and the same report gives
/// the same bytes on every run. Every piece of text is HTML-encoded. Not thread-safe, like <see cref="FactGen.Footnotes"/>.
/// </remarks>
public sealed class HtmlReport
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}"
        + "sup.note-marks a{text-decoration:none}figure.chart{margin:1.5rem 0}figcaption{font-weight:600}"
        + "svg{max-width:100%;height:auto}svg text{font-size:13px;fill:#1b1b1b}svg .shape{fill:#2f6db5;stroke:#2f6db5;stroke-width:4}"
        + "svg .range rect.shape{fill:#9dbde3;stroke-width:1}svg .guide{stroke:#c8c8c8;stroke-width:1}svg .dot{fill:#2f6db5}"
        + "svg .axis line{stroke:#555}svg .note-mark{fill:#2f6db5}table{border-collapse:collapse;margin-top:.5rem}"
        + "th,td{text-align:left;padding:.2rem .6rem;border-bottom:1px solid #ddd}caption{text-align:left;font-style:italic}"
        + ".back{text-decoration:none;margin-left:.3rem}";

    private readonly string _title;
    private readonly StringBuilder _body = new();
    private readonly CitationLinks _links;
    private int _charts;

    /// <summary>Creates an empty report.</summary>
    /// <param name="title">The title of the page and its first heading.</param>
    /// <param name="footnotes">The footnotes to number the figures with; a new one when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public HtmlReport(string title, Footnotes? footnotes = null)
    {
        _title = title ?? throw new ArgumentNullException(nameof(title));
        _links = new CitationLinks(footnotes ?? new Footnotes());
    }

    /// <summary>The footnotes the report's figures are numbered with.</summary>
    public Footnotes Footnotes => _links.Footnotes;

    /// <summary>Adds a section heading.</summary>
    /// <param name="text">The heading.</param>
    public void Heading(string text) => _body.Append("<h2>").Append(Html.Encode(text)).Append("</h2>\n");

    /// <summary>
    /// Adds a paragraph of the parts one after another: <c>report.Paragraph($"Since 2022, {Facts.RussiansLeftSince2022} have left.")</c>. Each
    /// <see cref="ICitedFigure"/> in a hole is written as <see cref="ICitedFigure.FormatValue"/> followed by links to
    /// its footnotes; any other value as its invariant-culture text (with the hole's format, if any; alignment is ignored).
    /// </summary>
    /// <param name="parts">The paragraph, as interpolated strings (which <c>+</c> would turn into plain strings).</param>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or one of them is null.</exception>
    public void Paragraph(params FormattableString[] parts)
    {
        if (parts is null)
        {
            throw new ArgumentNullException(nameof(parts));
        }

        _body.Append("<p>");
        foreach (var part in parts)
        {
            AppendInterpolated(part ?? throw new ArgumentNullException(nameof(parts)));
        }

        _body.Append("</p>\n");
    }

    /// <summary>Adds a numbered list.</summary>
    /// <param name="items">The items, in order; each is written as <see cref="Paragraph(FormattableString[])"/> writes text.</param>
    public void NumberedList(IEnumerable<FormattableString> items)
    {
        _body.Append("<ol>\n");
        foreach (var item in items)
        {
            _body.Append("<li>");
            AppendInterpolated(item);
            _body.Append("</li>\n");
        }

        _body.Append("</ol>\n");
    }

    /// <summary>Adds a chart with the table of its figures; its marks are numbered with the report's footnotes.</summary>
    /// <param name="chart">The chart.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    public void Chart(CitedChart chart)
    {
        if (chart is null)
        {
            throw new ArgumentNullException(nameof(chart));
        }

        chart.WriteHtml(_body, _links, "chart-" + (++_charts).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The whole page: the body so far, the footnotes and the bibliography.</summary>
    /// <returns>The HTML document.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(Html.Encode(_title))
            .Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n<h1>").Append(Html.Encode(_title))
            .Append("</h1>\n").Append(_body);
        AppendNotes(html);
        AppendSources(html);
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Writes <see cref="ToHtml"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteTo(TextWriter writer) => writer.Write(ToHtml());

    private void AppendNotes(StringBuilder html)
    {
        var cited = Footnotes.Cited;
        html.Append("<section class=\"notes\">\n<h2>Notes</h2>\n<ol>\n");
        for (var i = 0; i < cited.Count; i++)
        {
            var number = i + 1;
            var citation = cited[i].Citation;
            html.Append("<li id=\"").Append(CitationLinks.NoteId(number)).Append("\"><bdi>").Append(Html.Encode("\u201C" + citation.Quote + "\u201D"))
                .Append("</bdi>");
            if (citation.AttributedTo is { } who)
            {
                html.Append(" \u2014 <bdi>").Append(Html.Encode(who)).Append("</bdi>");
            }

            html.Append(". ").Append(Html.Encode(citation.Source.ShortReference + (citation.Locator is { } at ? ", " + at : "") + "."));
            for (var place = 1; place <= _links.Places(number); place++)
            {
                html.Append(" <a class=\"back\" href=\"#").Append(CitationLinks.PlaceId(number, place))
                    .Append("\" aria-label=\"Back to citation ").Append(place.ToString(CultureInfo.InvariantCulture)).Append("\">\u21A9</a>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
        if (_links.DerivedNotes.Count > 0)
        {
            html.Append("<ul class=\"derived\">\n");
            foreach (var note in _links.DerivedNotes)
            {
                html.Append("<li>").Append(note).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private void AppendSources(StringBuilder html)
    {
        html.Append("<section class=\"sources\">\n<h2>Sources</h2>\n<ul>\n");
        foreach (var source in Footnotes.Bibliography)
        {
            html.Append("<li>").Append(Html.Encode(source.ToBibliographyEntry())).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    /// <summary>Writes the literal parts encoded and each hole as a cited figure or invariant text.</summary>
    private void AppendInterpolated(FormattableString text)
    {
        var format = text.Format;
        var arguments = text.GetArguments();
        var literal = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var close = format.IndexOf('}', i);
                var hole = format.Substring(i + 1, close - i - 1);
                i = close;
                _body.Append(Html.Encode(literal.ToString()));
                literal.Clear();
                var formatAt = hole.IndexOf(':');
                var indexEnd = hole.IndexOfAny(new[] { ',', ':' });
                var index = int.Parse(indexEnd < 0 ? hole : hole.Substring(0, indexEnd), NumberStyles.None, CultureInfo.InvariantCulture);
                AppendHole(arguments[index], formatAt < 0 ? null : hole.Substring(formatAt + 1));
            }
            else
            {
                literal.Append(c);
            }
        }

        _body.Append(Html.Encode(literal.ToString()));
    }

    private void AppendHole(object? argument, string? format)
    {
        if (argument is ICitedFigure figure)
        {
            _body.Append("<span class=\"figure\">").Append(Html.Encode(figure.FormatValue())).Append("</span>").Append(_links.HtmlMarks(figure));
        }
        else
        {
            var text = argument is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : argument?.ToString();
            _body.Append(Html.Encode(text ?? ""));
        }
    }
}
