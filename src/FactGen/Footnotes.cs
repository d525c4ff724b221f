using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactGen;

/// <summary>
/// Numbers the facts a report cites and lists their provenance. Cite facts while writing the text, then append
/// <see cref="FormatFootnotes"/> and <see cref="FormatBibliography"/>.
/// </summary>
/// <remarks>
/// The one mutable type of the library: each <see cref="Cite(ICitedFigure)"/> may add a footnote. It is not
/// thread-safe. Equal facts (see <see cref="Fact{T}.Equals(Fact{T})"/>) share a footnote.
/// </remarks>
public sealed class Footnotes
{
    private readonly List<IFact> _cited = new();
    private readonly Dictionary<IFact, int> _numbers = new();
    private readonly List<string> _notes = new();
    private readonly HashSet<string> _noteSet = new(StringComparer.Ordinal);

    /// <summary>The cited facts, in footnote order (footnote n is at index n - 1); a read-only view that grows with <see cref="Cite(ICitedFigure)"/>.</summary>
    public IReadOnlyList<IFact> Cited => _cited.AsReadOnly();

    /// <summary>
    /// The distinct sources of exactly the cited facts, ordered by <see cref="Source.ShortReference"/> and then by
    /// <see cref="Source.Id"/> (both ordinal).
    /// </summary>
    public IReadOnlyList<Source> Bibliography =>
        _cited
            .Select(f => f.Citation.Source)
            .Distinct()
            .OrderBy(s => s.ShortReference, StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// The fact's formatted value followed by its footnote mark: <c>about 1 million people[1]</c>. A fact cited again
    /// keeps its number; numbers follow the order of first citation.
    /// </summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The text to put in the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    public string Cite(IFact fact) => Cite((ICitedFigure)fact);

    /// <summary>
    /// The figure's formatted value followed by a footnote mark per fact it stands on (<see cref="ICitedFigure.Facts"/>),
    /// in ascending order: <c>about 10% of the Russians who left[1][2]</c>. Each fact keeps the number it has or gets
    /// the next one, in the order of <see cref="ICitedFigure.Facts"/>, as with <see cref="Cite(IFact)"/>. A figure with
    /// a <see cref="ICitedFigure.Note"/> (a <see cref="DerivedFigure"/>) adds a line after the footnotes, once, that says
    /// how it was computed.
    /// </summary>
    /// <param name="figure">A fact, or a figure derived from facts.</param>
    /// <returns>The text to put in the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="figure"/> stands on no fact.</exception>
    public string Cite(ICitedFigure figure)
    {
        if (figure is null)
        {
            throw new ArgumentNullException(nameof(figure));
        }

        var marks = new StringBuilder();
        foreach (var number in figure.Facts.Select(Number).OrderBy(number => number))
        {
            marks.Append('[').Append(number.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        if (marks.Length == 0)
        {
            throw new ArgumentException("A cited figure must stand on at least one fact.", nameof(figure));
        }

        var text = figure.FormatValue();
        if (figure.Note is { } note)
        {
            var line = marks + " " + text + ": " + note + ".";
            if (_noteSet.Add(line))
            {
                _notes.Add(line);
            }
        }

        return text + marks;
    }

    /// <summary>
    /// The figure on which a measure's facts agree, the most precise fact's (<see cref="Measure.Figure"/>), followed by a
    /// footnote mark per fact in ascending order: <c>100,000 IT specialists[2][7]</c>.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The text to put in the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// The facts of the measure do not agree (<see cref="Measure.Agreement"/> is null): a report must not present them as one figure.
    /// </exception>
    public string Cite(Measure measure)
    {
        if (measure is null)
        {
            throw new ArgumentNullException(nameof(measure));
        }

        return measure.Agreement.HasValue
            ? Cite((ICitedFigure)measure)
            : throw new InvalidOperationException($"The facts of the measure '{measure.Id}' do not agree, or cannot be compared; cite them one by one.");
    }

    /// <summary>
    /// One line per footnote, each ending in <c>\n</c>:
    /// <c>[1] “quote” — attributed to. ShortReference, locator.</c>, leaving out the attribution and locator when unknown;
    /// then a line per cited derived figure, in the order of first citation, with its marks, its value and how it was
    /// computed: <c>[1][2] about 10%: 100,000 of 1 million.</c>
    /// </summary>
    /// <returns>The footnotes; empty when nothing was cited.</returns>
    public string FormatFootnotes()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < _cited.Count; i++)
        {
            var citation = _cited[i].Citation;
            builder.Append('[').Append(i + 1).Append("] \u201C").Append(citation.Quote).Append('\u201D');
            if (citation.AttributedTo is not null)
            {
                builder.Append(" \u2014 ").Append(citation.AttributedTo);
            }

            builder.Append(". ").Append(citation.Source.ShortReference);
            if (citation.Locator is not null)
            {
                builder.Append(", ").Append(citation.Locator);
            }

            builder.Append(".\n");
        }

        foreach (var note in _notes)
        {
            builder.Append(note).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>One <see cref="Source.ToBibliographyEntry"/> per line, each ending in <c>\n</c>, in <see cref="Bibliography"/> order.</summary>
    /// <returns>The bibliography; empty when nothing was cited.</returns>
    public string FormatBibliography()
    {
        var builder = new StringBuilder();
        foreach (var source in Bibliography)
        {
            builder.Append(source.ToBibliographyEntry()).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The footnote number of <paramref name="fact"/>, given when it is cited for the first time.</summary>
    private int Number(IFact fact)
    {
        if (!_numbers.TryGetValue(fact, out var number))
        {
            _cited.Add(fact);
            number = _cited.Count;
            _numbers.Add(fact, number);
        }

        return number;
    }
}
