using System.Collections.Generic;
using FactGen.Model.Text;

namespace FactGen.Model.Yaml;

/// <summary>
/// A node of a fact file's YAML with its place in the text. Only the parser builds these; they never leave a parse,
/// so they need no value equality.
/// </summary>
public abstract class YamlNode
{
    private protected YamlNode(TextRange range) => Range = range;

    /// <summary>Where the node is written.</summary>
    public TextRange Range { get; }

    /// <summary>True when a syntax error cut the node short: it is kept for the children it completed.</summary>
    public bool IsIncomplete { get; internal set; }

    /// <summary>The node's kind in words, for messages ("a text", "a list", "a mapping").</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar: the text of a plain or quoted value.</summary>
public sealed class YamlScalar : YamlNode
{
    internal YamlScalar(string value, bool isPlain, TextRange range)
        : base(range)
    {
        Value = value;
        IsPlain = isPlain;
    }

    /// <summary>The scalar's value after YAML unescaping.</summary>
    public string Value { get; }

    /// <summary>True for an unquoted scalar, where <c>~</c>, <c>null</c> and an empty value mean "no value".</summary>
    public bool IsPlain { get; }

    /// <summary>True for a plain null: <c>~</c>, <c>null</c> or nothing.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <inheritdoc/>
    public override string KindName => IsNull ? "nothing" : "a text";
}

/// <summary>A mapping of keys to values, in the order written.</summary>
public sealed class YamlMapping : YamlNode
{
    internal YamlMapping(TextRange range)
        : base(range)
    {
    }

    /// <summary>The entries in the order written. Keys that are not scalars are kept so they can be reported.</summary>
    public List<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = new();

    /// <inheritdoc/>
    public override string KindName => "a mapping";
}

/// <summary>A sequence of items.</summary>
public sealed class YamlSequence : YamlNode
{
    internal YamlSequence(TextRange range)
        : base(range)
    {
    }

    /// <summary>The items in order.</summary>
    public List<YamlNode> Items { get; } = new();

    /// <inheritdoc/>
    public override string KindName => "a list";
}
