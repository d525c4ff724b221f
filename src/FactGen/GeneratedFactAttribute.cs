using System;

namespace FactGen;

/// <summary>
/// Marks a generated member that holds a fact. The FactGen generator puts it on every fact property so that analyzers
/// and tools can find facts, and their values, through symbols without running code.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class GeneratedFactAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="id">The fact id from the fact file.</param>
    /// <param name="value">The canonical text of the value, as <see cref="FactValue.Canonical"/> writes it.</param>
    public GeneratedFactAttribute(string id, string value)
    {
        Id = id;
        Value = value;
    }

    /// <summary>The fact id from the fact file: <c>russians-left-since-2022</c>.</summary>
    public string Id { get; }

    /// <summary>
    /// The canonical, culture-invariant text of the value, as <see cref="FactValue.Canonical"/> writes it:
    /// <c>100000</c>, <c>2.5</c>, <c>13%</c>, <c>USD 30000000000</c>, <c>70000..100000</c>.
    /// </summary>
    public string Value { get; }

    /// <summary>What the figure measures, for tools that name the fact to a person: <c>Russians who have left Russia since 2022</c>.</summary>
    public string? Claim { get; set; }

    /// <summary>The short reference of the fact's source: <c>ShareAmerica, 2023</c>.</summary>
    public string? Source { get; set; }
}
