namespace FactGen;

/// <summary>A cited figure, whatever the type of its value; see <see cref="Fact{T}"/>.</summary>
public interface IFact
{
    /// <summary>The fact id from the fact file, unique in the compilation: <c>russians-left-since-2022</c>.</summary>
    string Id { get; }

    /// <summary>What the figure measures: <c>Russians who have left Russia since 2022</c>.</summary>
    string Claim { get; }

    /// <summary>The value, boxed: a <see cref="long"/>, <see cref="decimal"/>, <see cref="int"/> (a year), <see cref="Percentage"/>, <see cref="Money"/> or <see cref="Range{T}"/>.</summary>
    object Value { get; }

    /// <summary>What is counted, printed after the value (<c>people</c>), or null.</summary>
    string? Unit { get; }

    /// <summary>How the source qualifies the figure.</summary>
    Precision Precision { get; }

    /// <summary>When the figure holds, or null when the source does not say.</summary>
    Period? Period { get; }

    /// <summary>Where the figure comes from.</summary>
    Citation Citation { get; }

    /// <summary>
    /// The value alone as a reader sees it, without precision or unit: <c>100,000</c>, <c>1 million</c>, <c>13%</c>,
    /// <c>$30 billion</c>. The FG1001 code fix puts it where a string wrote the figure by hand.
    /// </summary>
    string ValueText { get; }

    /// <summary>
    /// The precision phrase, the formatted value and the unit, each separated by a space when present:
    /// <c>about 1 million people</c>, <c>13% of IT workers</c>.
    /// </summary>
    /// <returns>The text.</returns>
    string FormatValue();

    /// <summary>The formatted value with the source's short reference: <c>about 1 million people (ShareAmerica, 2023)</c>.</summary>
    /// <returns>The text.</returns>
    string ToString();
}
