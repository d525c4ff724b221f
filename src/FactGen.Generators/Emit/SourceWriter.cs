using System.Collections.Generic;
using System.Text;

namespace FactGen.Generators.Emit;

/// <summary>A small indenting writer for generated C#: four spaces a level, LF line ends, whatever the platform.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>Writes one line at the current indentation; an empty line stays empty.</summary>
    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public SourceWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Outdents and writes <c>}</c> (with <paramref name="suffix"/>).</summary>
    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Indents the lines written until <see cref="Outdent"/>.</summary>
    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    /// <summary>Ends an <see cref="Indent"/>.</summary>
    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>
    /// Writes a static method <paramref name="signature"/> (private unless <paramref name="access"/> says) whose body is a switch on <paramref name="on"/>:
    /// <paramref name="cases"/>, then a default that throws for <paramref name="parameter"/>.
    /// </summary>
    public SourceWriter Switch(string signature, string on, IEnumerable<string> cases, string parameter, string access = "private")
    {
        Line($"{access} static {signature}");
        Open();
        Line($"switch ({on})");
        Open();
        foreach (var line in cases)
        {
            Line(line);
        }

        Line($"default: throw new global::System.ArgumentOutOfRangeException(nameof({parameter}));");
        Close();
        return Close();
    }

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();
}
