using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen;

/// <summary>
/// The facts that measure one quantity (<c>measure:</c> in the fact files), across files and sources: the generator
/// builds one per measure as a member of <c>FactMeasures</c>. When they agree, they corroborate each other:
/// <see cref="Footnotes.Cite(Measure)"/> prints the figure with a footnote per fact.
/// </summary>
public sealed class Measure : ICitedFigure
{
    /// <summary>Creates a measure.</summary>
    /// <param name="id">The measure id from the fact files: <c>it-specialists-emigrated</c>.</param>
    /// <param name="facts">Its facts, the most precise first.</param>
    /// <param name="agreement">The interval all its facts admit, or null when they disagree or cannot be compared.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="facts"/> is empty or contains null.</exception>
    public Measure(string id, IEnumerable<IFact> facts, FigureInterval? agreement)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        var list = (facts ?? throw new ArgumentNullException(nameof(facts))).ToArray();
        if (list.Length == 0 || Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentException("A measure has at least one fact, and no null.", nameof(facts));
        }

        Facts = Array.AsReadOnly(list);
        Agreement = agreement;
        Sources = Array.AsReadOnly(list.Select(fact => fact.Citation.Source).Distinct().ToArray());
    }

    /// <summary>The measure id: <c>it-specialists-emigrated</c>.</summary>
    public string Id { get; }

    /// <summary>The facts of the measure, the most precise first (the narrowest interval, then exact before qualified).</summary>
    public IReadOnlyList<IFact> Facts { get; }

    /// <summary>
    /// The interval that every fact admits (see <c>docs/format.md</c>, "Measures"), or null when two of them admit
    /// nothing in common, are of different scopes, or cover periods that do not overlap.
    /// </summary>
    public FigureInterval? Agreement { get; }

    /// <summary>The distinct sources of the facts, in the order of <see cref="Facts"/>.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Whether the facts agree and come from more than one source.</summary>
    public bool IsCorroborated => Agreement.HasValue && Sources.Count > 1;

    /// <summary>The most precise fact, which stands for the measure when its facts agree.</summary>
    public IFact Figure => Facts[0];

    /// <summary>The value of <see cref="Figure"/>.</summary>
    public object Value => Figure.Value;

    /// <summary>The unit of <see cref="Figure"/>.</summary>
    public string? Unit => Figure.Unit;

    /// <summary>The precision of <see cref="Figure"/>.</summary>
    public Precision Precision => Figure.Precision;

    /// <summary>The period of <see cref="Figure"/>; the other facts' periods overlap it when the facts agree.</summary>
    public Period? Period => Figure.Period;

    /// <summary>The value of <see cref="Figure"/> as a reader sees it: <c>100,000</c>.</summary>
    public string ValueText => Figure.ValueText;

    /// <summary>Null: each fact's own footnote says where it comes from.</summary>
    string? ICitedFigure.Note => null;

    /// <summary>The figure as <see cref="Figure"/> prints it: <c>100,000 IT specialists</c>.</summary>
    /// <returns>The text.</returns>
    public string FormatValue() => Figure.FormatValue();

    /// <summary>The figure with its sources: <c>100,000 IT specialists (SVT, n.d.; ShareAmerica, 2023)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormatValue() + " (" + string.Join("; ", Sources.Select(source => source.ShortReference)) + ")";
}
