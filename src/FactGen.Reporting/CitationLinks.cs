using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactGen.Reporting;

/// <summary>
/// Cites figures through a <see cref="Footnotes"/> and remembers each place that cites a footnote, so the footnote can
/// link back to all of them.
/// </summary>
internal sealed class CitationLinks(Footnotes footnotes)
{
    private readonly List<int> _places = new();
    private readonly List<string> _derivedNotes = new();

    public Footnotes Footnotes => footnotes;

    /// <summary>How each derived figure was computed, once per text, in the order of first citation (HTML).</summary>
    public IReadOnlyList<string> DerivedNotes => _derivedNotes;

    /// <summary>The footnote numbers of the figure, in ascending order, each with the id of this new place that cites it.</summary>
    public IReadOnlyList<(int Number, string PlaceId)> Cite(ICitedFigure figure)
    {
        footnotes.Cite(figure);
        var links = figure.Facts.Select(NumberOf).Distinct().OrderBy(n => n).Select(NewPlace).ToArray();
        if (figure.Note is { } note)
        {
            var line = Marks(links.Select(l => l.Number), withPlaceIds: null) + " " + Html.Encode(figure.FormatValue() + ": " + note + ".");
            if (!_derivedNotes.Contains(line))
            {
                _derivedNotes.Add(line);
            }
        }

        return links;
    }

    /// <summary>How many places cite footnote <paramref name="number"/>; their ids are <c>ref-number-1</c> and up.</summary>
    public int Places(int number) => number <= _places.Count ? _places[number - 1] : 0;

    /// <summary>Cites the figure and writes its footnote marks as HTML links: <c>[1][2]</c>.</summary>
    public string HtmlMarks(ICitedFigure figure)
    {
        var links = Cite(figure);
        return Marks(links.Select(l => l.Number), links.Select(l => l.PlaceId).ToArray());
    }

    /// <summary>The id of footnote <paramref name="number"/>'s entry.</summary>
    public static string NoteId(int number) => "fn-" + number.ToString(CultureInfo.InvariantCulture);

    private static string Marks(IEnumerable<int> numbers, string[]? withPlaceIds)
    {
        var html = new StringBuilder("<sup class=\"note-marks\">");
        var i = 0;
        foreach (var number in numbers)
        {
            html.Append("<a href=\"#").Append(NoteId(number)).Append('"');
            if (withPlaceIds is not null)
            {
                html.Append(" id=\"").Append(withPlaceIds[i++]).Append('"');
            }

            html.Append(">[").Append(number.ToString(CultureInfo.InvariantCulture)).Append("]</a>");
        }

        return html.Append("</sup>").ToString();
    }

    private (int Number, string PlaceId) NewPlace(int number)
    {
        while (_places.Count < number)
        {
            _places.Add(0);
        }

        _places[number - 1]++;
        return (number, PlaceId(number, _places[number - 1]));
    }

    public static string PlaceId(int number, int place) =>
        "ref-" + number.ToString(CultureInfo.InvariantCulture) + "-" + place.ToString(CultureInfo.InvariantCulture);

    private int NumberOf(IFact fact)
    {
        var cited = footnotes.Cited;
        for (var i = 0; i < cited.Count; i++)
        {
            if (cited[i].Equals(fact))
            {
                return i + 1;
            }
        }

        // Footnotes.Cite has just numbered every fact of the figure.
        throw new System.InvalidOperationException($"The fact '{fact.Id}' was cited but has no footnote.");
    }
}
