using System;
using System.Linq;

namespace FactGen.Cli.Export;

/// <summary>
/// A person's name split into given and family names, as reference managers store authors; only where the split is
/// not a guess: "Family, Given" (its writer has split it), or capitalized given names (initials among them) followed by one family name, such
/// as "Michael Laff" or "Mary J. Smith". A name with particles ("Ludwig van Beethoven"), two family names
/// ("Gabriel García Márquez" reads the same as "Mary Ann Smith"), an organization or anything else stays literal.
/// </summary>
internal sealed record PersonName(string Given, string Family)
{
    /// <summary>The name in <paramref name="author"/> when it splits cleanly, else null.</summary>
    public static PersonName? TrySplit(string author)
    {
        var comma = author.Split(',');
        if (comma.Length == 2)
        {
            var family = comma[0].Trim();
            var given = comma[1].Trim();
            return family.Split(' ').All(IsNameWord) && given.Split(' ').All(IsNameWord) ? new PersonName(given, family) : null;
        }

        var words = author.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (comma.Length != 1 || words.Length < 2 || !words.All(IsNameWord))
        {
            return null;
        }

        // Only the last word may be a family name: every other one must be the single given name or an initial.
        var initialsBetween = words[1..^1].All(IsInitial);
        return !IsInitial(words[^1]) && initialsBetween ? new PersonName(string.Join(' ', words[..^1]), words[^1]) : null;
    }

    /// <summary>A capitalized word of letters, with the apostrophes, hyphens and periods of names such as O'Neil, Smith-Jones or J.</summary>
    private static bool IsNameWord(string word)
        => word.Length > 0 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '\'' or '’' or '-' or '.');

    /// <summary>"J." or "J.R.": a given name written as initials.</summary>
    private static bool IsInitial(string word) => word.EndsWith('.') && word.Split('.', StringSplitOptions.RemoveEmptyEntries).All(part => part.Length == 1);
}
