using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

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

    /// <summary>
    /// Starts a line at the current indentation and returns the builder to write it into, piece by piece, for the
    /// lines written once per fact: building each as a string first would copy the whole file a few times over.
    /// </summary>
    public StringBuilder StartLine() => _builder.Append(' ', _indent * 4);

    /// <summary>Ends a line begun with <see cref="StartLine"/>.</summary>
    public SourceWriter EndLine()
    {
        _builder.Append('\n');
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

    /// <summary>
    /// The text written, as UTF-8 source for the compiler. It is read from the builder's pieces, never made one string:
    /// a large file as one string lands on the large object heap, whose allocations cost the compiler's process full
    /// garbage collections.
    /// </summary>
    public SourceText ToSourceText() => SourceText.From(new BuilderReader(_builder), _builder.Length, Encoding.UTF8);

    /// <summary>Reads a builder's text from its start, a block at a time.</summary>
    private sealed class BuilderReader : TextReader
    {
        private readonly StringBuilder _builder;
        private int _position;

        public BuilderReader(StringBuilder builder) => _builder = builder;

        public override int Peek() => _position < _builder.Length ? _builder[_position] : -1;

        public override int Read() => _position < _builder.Length ? _builder[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var read = System.Math.Min(count, _builder.Length - _position);
            _builder.CopyTo(_position, buffer, index, read);
            _position += read;
            return read;
        }
    }
}
