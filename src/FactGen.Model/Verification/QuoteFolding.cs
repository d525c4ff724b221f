using System.Text;

namespace FactGen.Model.Verification;

/// <summary>
/// The one definition of what <c>match: normalized</c> treats as equal: a run of white space (spaces, tabs, no-break
/// spaces, line breaks) is one space; curly, low and prime quotes are straight ones; the dashes are a hyphen-minus.
/// Nothing else is changed: not case, not letters, not other punctuation.
/// </summary>
public static class QuoteFolding
{
    /// <summary>The single quotes and apostrophes that compare as <c>'</c>: ‘ ’ ‚ ‛ ′.</summary>
    public const string SingleQuotes = "\u2018\u2019\u201A\u201B\u2032";

    /// <summary>The double quotes that compare as <c>"</c>: “ ” „ ‟ ″.</summary>
    public const string DoubleQuotes = "\u201C\u201D\u201E\u201F\u2033";

    /// <summary>The dashes that compare as <c>-</c>: hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.</summary>
    public const string Dashes = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

    /// <summary>The character <paramref name="c"/> compares as (white space aside, which folds as a run).</summary>
    public static char Fold(char c)
        => SingleQuotes.IndexOf(c) >= 0 ? '\''
        : DoubleQuotes.IndexOf(c) >= 0 ? '"'
        : Dashes.IndexOf(c) >= 0 ? '-'
        : c;

    /// <summary><paramref name="text"/> folded, its white space at either end left out.</summary>
    public static string Fold(string text) => Fold(text, null).Trim();

    /// <summary>
    /// <paramref name="text"/> folded; when <paramref name="origins"/> is given, it receives for each folded character
    /// the offset of the character it comes from, and one more entry, the text's length.
    /// </summary>
    internal static string Fold(string text, System.Collections.Generic.List<int>? origins)
    {
        var folded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            origins?.Add(i);
            if (char.IsWhiteSpace(text[i]))
            {
                folded.Append(' ');
                while (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
                {
                    i++;
                }
            }
            else
            {
                folded.Append(Fold(text[i]));
            }
        }

        origins?.Add(text.Length);
        return folded.ToString();
    }
}
