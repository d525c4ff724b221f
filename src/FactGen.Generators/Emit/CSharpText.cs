using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Generators.Emit;

/// <summary>
/// Writes YAML text into generated C# safely: string literals in which no character can end the string or the line,
/// XML doc text in which no character can end the comment or break the XML, and identifiers that are never keywords.
/// </summary>
internal static class CSharpText
{
    /// <summary>A regular string literal. Every character that is not plainly printable is written as <c>\uXXXX</c>.</summary>
    public static string Literal(string value)
        => AppendEscaped(new StringBuilder(value.Length + 2).Append('"'), value, "\"\\").Append('"').ToString();

    /// <summary>
    /// Appends a verbatim string literal of what <paramref name="write"/> appends, which must hold nothing
    /// <see cref="AppendEscaped"/> would escape but line feeds: its lines stay lines in the generated file.
    /// </summary>
    public static StringBuilder AppendVerbatim(StringBuilder builder, Action<StringBuilder> write)
    {
        builder.Append("@\"");
        var start = builder.Length;
        write(builder);
        return builder.Replace("\"", "\"\"", start, builder.Length - start).Append('"');
    }

    /// <summary>
    /// Appends <paramref name="value"/> with a backslash before each of <paramref name="specials"/>, and every
    /// character that is not plainly printable (controls, line and paragraph separators, bidirectional marks and
    /// overrides, lone surrogates) written as <c>\uXXXX</c>, so that no character can end a string or line, or hide
    /// what the text says.
    /// </summary>
    public static StringBuilder AppendEscaped(StringBuilder builder, string value, string specials)
    {
        if (IsPlain(value, specials))
        {
            return builder.Append(value);
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsOneOf(c, specials))
            {
                builder.Append('\\').Append(c);
            }
            else if (IsPaired(value, i))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder;
    }

    /// <summary>A string literal, or <c>null</c>.</summary>
    public static string LiteralOrNull(string? value) => value is null ? "null" : Literal(value);

    /// <summary>
    /// Text for an XML doc comment on one line: markup characters escaped, and line breaks, control characters,
    /// bidirectional overrides and lone surrogates shown as <c>[U+XXXX]</c> so they can neither break the comment
    /// nor hide what the file says.
    /// </summary>
    public static string XmlText(string value) => AppendXmlText(new StringBuilder(value.Length), value).ToString();

    /// <summary>Appends <see cref="XmlText"/> of <paramref name="value"/>.</summary>
    public static StringBuilder AppendXmlText(StringBuilder builder, string value)
    {
        if (IsPlain(value, "&<>"))
        {
            return builder.Append(value);
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\n':
                case '\r' when i + 1 >= value.Length || value[i + 1] != '\n':
                    builder.Append(' ');
                    break;
                case '\r':
                    break;
                default:
                    if (IsPaired(value, i))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c) && c != '\t')
                    {
                        builder.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder;
    }

    /// <summary>An identifier, with <c>@</c> before a keyword.</summary>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>A name with its first letter lower case, for fields and parameters.</summary>
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>
    /// True when <paramref name="value"/> holds none of <paramref name="specials"/> and nothing to escape, as most text
    /// does: it is appended whole, several times faster than a character at a time.
    /// </summary>
    private static bool IsPlain(string value, string specials)
    {
        foreach (var c in value)
        {
            // Printable ASCII, what nearly every character is, needs only the specials checked.
            if (c is >= ' ' and <= '~' ? IsOneOf(c, specials) : NeedsEscape(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="c"/> is one of the few <paramref name="chars"/>: compared one by one, which for a
    /// handful is several times faster than <see cref="string.IndexOf(char)"/>, called for every character written.
    /// </summary>
    private static bool IsOneOf(char c, string chars)
    {
        foreach (var candidate in chars)
        {
            if (candidate == c)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPaired(string value, int i)
        => char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);

    private static bool NeedsEscape(char c)
        => c < ' ' || (c >= '\u007F' && c <= '\u009F')
            || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\uFEFF'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
            || char.IsSurrogate(c);
}
