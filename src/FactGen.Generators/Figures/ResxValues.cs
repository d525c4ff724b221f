using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Xml;

namespace FactGen.Generators.Figures;

/// <summary>
/// A string resource of a <c>.resx</c> file: its name, its value, and where the value is written in the file
/// (<see cref="Start"/> to <see cref="End"/>, the text between <c>&lt;value&gt;</c> and <c>&lt;/value&gt;</c>).
/// </summary>
internal readonly record struct ResxValue(string Name, string Value, int Start, int End);

/// <summary>
/// Reads the string resources of a <c>.resx</c> file with an <see cref="XmlReader"/>, keeping where each value is.
/// Comments, file references and every resource with a <c>type</c> or <c>mimetype</c> (images, sizes, serialized
/// objects) are left out, and so are the designer's <c>&gt;&gt;</c> entries (a control's name and type).
/// </summary>
internal static class ResxValues
{
    /// <summary>
    /// The string resources of <paramref name="text"/>, in file order. A file that is not well-formed XML is read up
    /// to its first error: the build's resource step reports the error itself.
    /// </summary>
    public static IReadOnlyList<ResxValue> Read(string text, CancellationToken cancellationToken)
    {
        var values = new List<ResxValue>();
        var lineStarts = XmlLineStarts(text);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            var lines = (IXmlLineInfo)reader;
            string? resource = null;
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == "data")
                {
                    resource = IsStringResource(reader) ? reader.GetAttribute("name") : null;
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.Depth == 2 && reader.LocalName == "value" && resource is not null && !reader.IsEmptyElement)
                {
                    var start = EndOfStartTag(text, OffsetOf(lineStarts, lines));
                    var value = new StringBuilder();
                    while (reader.Read() && reader.NodeType != XmlNodeType.EndElement)
                    {
                        // Text, CDATA and white space; an element inside a value is no string resource's text.
                        value.Append(reader.NodeType == XmlNodeType.Element ? "" : reader.Value);
                    }

                    // An end tag's position is its name's, just past "</".
                    var end = OffsetOf(lineStarts, lines) - 2;
                    if (start >= 0 && end >= start && end <= text.Length)
                    {
                        values.Add(new ResxValue(resource, value.ToString(), start, end));
                    }
                }
            }
        }

        catch (XmlException)
        {
            // Not well-formed: what was read before the error stands.
        }

        return values;
    }

    /// <summary>A <c>&lt;data&gt;</c> element of text a reader sees: no type, no MIME type, no designer entry.</summary>
    private static bool IsStringResource(XmlReader data)
        => data.GetAttribute("type") is null && data.GetAttribute("mimetype") is null
           && data.GetAttribute("name") is { } name && !name.StartsWith(">>", StringComparison.Ordinal);

    /// <summary>The offset just past the <c>&gt;</c> that ends the start tag whose name starts at <paramref name="nameStart"/>.</summary>
    private static int EndOfStartTag(string text, int nameStart)
    {
        char? quote = null;
        for (var index = Math.Max(nameStart, 0); index < text.Length; index++)
        {
            var character = text[index];
            if (quote is not null)
            {
                quote = character == quote ? null : quote;
            }
            else if (character is '"' or '\'')
            {
                quote = character;
            }
            else if (character == '>')
            {
                return index + 1;
            }
        }

        return -1;
    }

    /// <summary>The offset of the reader's line and column, counted as XML counts lines (CR, LF, CRLF).</summary>
    private static int OffsetOf(List<int> lineStarts, IXmlLineInfo position)
        => position.LineNumber >= 1 && position.LineNumber <= lineStarts.Count
            ? lineStarts[position.LineNumber - 1] + position.LinePosition - 1
            : -1;

    private static List<int> XmlLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\n' || (text[index] == '\r' && (index + 1 == text.Length || text[index + 1] != '\n')))
            {
                starts.Add(index + 1);
            }
        }

        return starts;
    }
}
