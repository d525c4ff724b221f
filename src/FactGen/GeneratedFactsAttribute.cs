using System;

namespace FactGen;

/// <summary>
/// Lists the facts of a generated fact class, so that analyzers and tools find facts and their values through
/// symbols, without running code, in this compilation and in referenced assemblies. A fact file's index may take
/// several attributes, each a run of its facts in order, and files of the same name share their class: a reader takes
/// the facts of every attribute on the class.
/// </summary>
/// <remarks>
/// <see cref="Index"/> holds one line per fact (lines end with <c>\n</c>), each line's fields separated by <c>|</c>: the
/// property name, the fact id, the canonical value (as <see cref="FactValue.Canonical"/> writes it), the claim and the
/// short reference of the source. The generator writes no separator inside a field: it replaces them with spaces.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class GeneratedFactsAttribute : Attribute
{
    /// <summary>Separates the entries of <see cref="Index"/>.</summary>
    public const char EntrySeparator = RecordFormat.IndexEntrySeparator;

    /// <summary>Separates the fields of an entry.</summary>
    public const char FieldSeparator = RecordFormat.IndexFieldSeparator;

    /// <summary>Creates the attribute.</summary>
    /// <param name="index">The facts of the class, in the format of <see cref="Index"/>.</param>
    public GeneratedFactsAttribute(string index) => Index = index;

    /// <summary>The facts of the class: see <see cref="GeneratedFactsAttribute"/> for the format.</summary>
    public string Index { get; }
}
