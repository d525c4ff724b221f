namespace FactGen;

/// <summary>
/// A cited figure from a fact file, whatever the type of its value; see <see cref="Fact{T}"/>. Its value, unit,
/// precision, period and text are those of <see cref="ICitedFigure"/>; it stands on itself.
/// </summary>
public interface IFact : ICitedFigure
{
    /// <summary>The fact id from the fact file, unique in the compilation: <c>russians-left-since-2022</c>.</summary>
    string Id { get; }

    /// <summary>What the figure measures: <c>Russians who have left Russia since 2022</c>.</summary>
    string Claim { get; }

    /// <summary>Where the figure comes from.</summary>
    Citation Citation { get; }

    /// <summary>The formatted value with the source's short reference: <c>about 1 million people (ShareAmerica, 2023)</c>.</summary>
    /// <returns>The text.</returns>
    string ToString();
}
