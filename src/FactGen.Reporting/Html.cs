using System.Globalization;
using System.Net;
using System.Text;

namespace FactGen.Reporting;

/// <summary>Encodes text for HTML and SVG, and formats coordinates.</summary>
internal static class Html
{
    /// <summary>
    /// The text with markup characters encoded, and with control and format characters (bidirectional overrides and
    /// isolates among them) written as character references, which <see cref="WebUtility.HtmlEncode(string)"/> leaves
    /// raw: a fact string cannot turn the page's text around unseen in its source.
    /// </summary>
    public static string Encode(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        StringBuilder? builder = null;
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var hidden = (category == UnicodeCategory.Control && c != '\n') || category == UnicodeCategory.Format;
            if (hidden)
            {
                builder ??= new StringBuilder(encoded, 0, i, encoded.Length + 16);
                builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? encoded;
    }

    /// <summary>A coordinate with at most two decimals, in the invariant culture: <c>120.5</c>.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
