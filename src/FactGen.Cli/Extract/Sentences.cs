using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace FactGen.Cli.Extract;

/// <summary>
/// Splits plain text into sentences, verbatim: a line break ends one, and so do '.', '!' and '?' (with any closing
/// quote or bracket) before a space and a capital, digit or opening quote, unless the word before is an abbreviation
/// such as "Mr." or an initial.
/// </summary>
internal static class Sentences
{
    private static readonly Regex s_end = new(@"(?<=[.!?][”’""')\]]*)\s+(?=[“‘""'(\[]?[\p{Lu}\p{N}])", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> s_abbreviations = new()
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jr.", "Sr.", "Gen.", "Gov.", "Sen.", "Rep.", "Lt.", "Col.", "No.",
        "Inc.", "Ltd.", "Co.", "Corp.", "vs.", "e.g.", "i.e.", "etc.", "U.S.", "U.K.", "U.N.", "E.U.",
        "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
    };

    /// <summary>The sentences of <paramref name="text"/>, each trimmed, in order.</summary>
    public static IEnumerable<string> Of(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var start = 0;
            foreach (Match end in s_end.Matches(line))
            {
                if (EndsWithAbbreviation(line, end.Index))
                {
                    continue;
                }

                var sentence = line.Substring(start, end.Index - start).Trim();
                if (sentence.Length > 0)
                {
                    yield return sentence;
                }

                start = end.Index + end.Length;
            }

            var last = line.Substring(start).Trim();
            if (last.Length > 0)
            {
                yield return last;
            }
        }
    }

    private static bool EndsWithAbbreviation(string line, int end)
    {
        var wordStart = line.LastIndexOf(' ', end - 1) + 1;
        var word = line.Substring(wordStart, end - wordStart).TrimStart('(', '“', '"');
        return s_abbreviations.Contains(word) || (word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.');
    }
}
