using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading;

namespace FactGen.Model.Verification;

/// <summary>Where a quote stands in an archive, or the passage closest to it when it is not there.</summary>
/// <param name="Found">The offsets in the archive's text where the quote starts, in order; empty when it is not there.</param>
/// <param name="Closest">The passage closest to the quote (or to the first part of an elided quote that is not there), or null.</param>
/// <param name="Piece">The quote, or the part of it, that <paramref name="Closest"/> is closest to.</param>
/// <param name="PartsOutOfOrder">Whether every part of an elided quote is there, only not in order within one paragraph.</param>
internal sealed record QuoteLocation(IReadOnlyList<int> Found, ClosestMatch? Closest, string Piece, bool PartsOutOfOrder = false);

/// <summary>
/// Finds a quote in an archive: the whole quote, or, for a quote elided with … (or ...), each part in order within
/// one paragraph.
/// </summary>
internal static class QuoteLocator
{
    /// <summary>How many places of one quote are considered: a locator agrees with any of them.</summary>
    private const int MostPlaces = 16;

    /// <summary>How many places of an elided quote's first part are tried as its start.</summary>
    private const int MostElidedStarts = 64;

    private static readonly Regex s_ellipsis = new(@"\s*\[?(?:…|\.\.\.)\]?\s*", RegexOptions.CultureInvariant);

    public static QuoteLocation Locate(Archive archive, string quote, QuoteMatch match, CancellationToken cancellationToken)
    {
        var view = archive.View(match);
        var text = match == QuoteMatch.Exact ? quote.Trim() : QuoteFolding.Fold(quote);
        var found = view.Occurrences(text, 0, MostPlaces);
        if (found.Count > 0 || text.Length == 0)
        {
            return new QuoteLocation(found.ConvertAll(view.ToArchive), null, text);
        }

        var pieces = new List<string>();
        foreach (var piece in s_ellipsis.Split(text))
        {
            if (piece.Length > 0)
            {
                pieces.Add(piece);
            }
        }

        var failing = text;
        if (pieces.Count > 1 || (pieces.Count == 1 && pieces[0].Length != text.Length))
        {
            foreach (var start in view.Occurrences(pieces[0], 0, MostElidedStarts))
            {
                if (FollowsInParagraph(archive, view, pieces, start))
                {
                    return new QuoteLocation(new[] { view.ToArchive(start) }, null, text);
                }
            }

            failing = pieces.Find(piece => view.Occurrences(piece, 0, 1).Count == 0);
            if (failing is null)
            {
                return new QuoteLocation(new int[0], null, text, PartsOutOfOrder: true);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new QuoteLocation(new int[0], ClosestPassage.Find(archive, view, failing, cancellationToken), failing);
    }

    private static bool FollowsInParagraph(Archive archive, ArchiveView view, List<string> pieces, int start)
    {
        var paragraph = archive.ParagraphOf(view.ToArchive(start));
        var next = start + pieces[0].Length;
        for (var i = 1; i < pieces.Count; i++)
        {
            var at = view.Occurrences(pieces[i], next, 1);
            if (at.Count == 0 || archive.ParagraphOf(view.ToArchive(at[0] + pieces[i].Length - 1)) != paragraph)
            {
                return false;
            }

            next = at[0] + pieces[i].Length;
        }

        return true;
    }
}
