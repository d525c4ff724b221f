using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace FactGen.Model.Verification;

/// <summary>The passage of an archive closest to a quote that is not in it, and how the two differ.</summary>
/// <param name="Place">Where the passage starts: <c>paragraph 3, line 12</c>.</param>
/// <param name="Passage">The passage as the archive writes it, shortened around the first difference when long.</param>
/// <param name="Difference">The first difference: "the archive writes ’ where the quote writes '".</param>
/// <param name="Wording">The whole passage as the archive writes it: what the quote would read in its place.</param>
/// <param name="Differences">How many characters differ, counted up to the first few differences.</param>
/// <param name="IsComplete">Whether the passage follows the quote to its end, so that <paramref name="Differences"/> counts them all.</param>
internal sealed record ClosestMatch(string Place, string Passage, string Difference, string Wording, int Differences, bool IsComplete);

/// <summary>
/// Finds the passage of an archive closest to a quote, only for a quote that is not found, and within bounds whatever
/// the lengths: the quote's words (at most <see cref="MostSamples"/>) vote through the archive's index for where the
/// quote would start; the quote is then walked along the archive from there, and each difference is got past by the
/// nearest point where the two agree again, looked for at most <see cref="Reach"/> characters ahead on either side.
/// </summary>
internal static class ClosestPassage
{
    private const int MostSamples = 64;
    private const int MostPositionsPerSample = 256;
    private const int Reach = 64;
    private const int AgreementLength = 8;
    private const int MostDifferences = 16;
    private const int ShownPassage = 160;
    private const int ShownPiece = 60;

    /// <summary>The passage of <paramref name="archive"/> closest to <paramref name="piece"/> (in the form of <paramref name="view"/>), or null when none is close.</summary>
    public static ClosestMatch? Find(Archive archive, ArchiveView view, string piece, CancellationToken cancellationToken)
    {
        if (Start(view, piece) is not { } start)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var text = view.Text;
        var (a, b) = (Math.Max(start, 0), Math.Max(-start, 0));
        var hunks = new List<(int A, int LengthA, int B, int LengthB)>();
        if (b > 0)
        {
            hunks.Add((a, 0, 0, b));
        }

        var complete = true;
        while (true)
        {
            while (b < piece.Length && a < text.Length && text[a] == piece[b])
            {
                a++;
                b++;
            }

            if (b == piece.Length)
            {
                break;
            }

            if (hunks.Count == MostDifferences || Resume(text, a, piece, b) is not { } step)
            {
                hunks.Add((a, Math.Min(text.Length - a, piece.Length - b), b, piece.Length - b));
                complete = false;
                a = Math.Min(text.Length, a + (piece.Length - b));
                break;
            }

            hunks.Add((a, step.A, b, step.B));
            a += step.A;
            b += step.B;
        }

        var from = view.ToArchive(Math.Max(start, 0));
        var to = view.ToArchive(a);
        var first = hunks.Count > 0 ? hunks[0] : (A: a, LengthA: 0, B: b, LengthB: 0);
        var differences = 0;
        foreach (var hunk in hunks)
        {
            differences += Math.Max(hunk.LengthA, hunk.LengthB);
        }

        var wording = archive.Text.Substring(from, to - from);
        return new ClosestMatch(
            archive.PlaceOf(from),
            Shorten(archive.Text, from, to, view.ToArchive(first.A)),
            Describe(archive.Text, view, first, piece),
            wording,
            differences,
            complete);
    }

    /// <summary>
    /// Where in the view the piece would start: the start that most of its sampled words agree on, moved back to the
    /// earliest sample that agrees with it within reach, so that a word the quote leaves out is found after the start.
    /// </summary>
    private static int? Start(ArchiveView view, string piece)
    {
        var samples = new List<int>();
        for (var i = 0; i + ArchiveView.KeyLength <= piece.Length; i++)
        {
            if (ArchiveView.IsWordStart(piece, i))
            {
                samples.Add(i);
            }
        }

        var stride = Math.Max(1, (samples.Count + MostSamples - 1) / MostSamples);
        var votes = new Dictionary<int, int>();
        var firstVote = new Dictionary<int, int>();
        for (var s = 0; s < samples.Count; s += stride)
        {
            var taken = 0;
            foreach (var position in view.KeyPositions(piece, samples[s]))
            {
                if (++taken > MostPositionsPerSample)
                {
                    break;
                }

                var start = position - samples[s];
                votes.TryGetValue(start, out var count);
                votes[start] = count + 1;
                if (!firstVote.ContainsKey(start))
                {
                    firstVote[start] = samples[s];
                }
            }
        }

        if (votes.Count == 0)
        {
            return null;
        }

        var best = 0;
        var bestVotes = 0;
        foreach (var vote in votes)
        {
            if (vote.Value > bestVotes || (vote.Value == bestVotes && vote.Key < best))
            {
                (best, bestVotes) = (vote.Key, vote.Value);
            }
        }

        // The start of the earliest sample near the best: a start after it means the quote leaves words out.
        var chosen = best;
        var earliest = firstVote[best];
        foreach (var vote in firstVote)
        {
            if (vote.Value < earliest && Math.Abs(vote.Key - best) <= Reach * 4)
            {
                (chosen, earliest) = (vote.Key, vote.Value);
            }
        }

        return chosen;
    }

    /// <summary>
    /// The fewest characters to skip in the archive (A) and the quote (B) after a difference for the two to agree
    /// again for <see cref="AgreementLength"/> characters (or to the quote's end); equal skips first when it is a tie.
    /// </summary>
    private static (int A, int B)? Resume(string text, int a, string piece, int b)
    {
        for (var total = 1; total <= 2 * Reach; total++)
        {
            for (var imbalance = total % 2; imbalance <= total; imbalance += 2)
            {
                var larger = (total + imbalance) / 2;
                var smaller = (total - imbalance) / 2;
                if (larger > Reach)
                {
                    continue;
                }

                if (Agree(text, a + smaller, piece, b + larger, equalSkips: smaller == larger))
                {
                    return (smaller, larger);
                }

                if (imbalance > 0 && Agree(text, a + larger, piece, b + smaller, equalSkips: false))
                {
                    return (larger, smaller);
                }
            }
        }

        return null;
    }

    private static bool Agree(string text, int a, string piece, int b, bool equalSkips)
    {
        if (b > piece.Length || a > text.Length)
        {
            return false;
        }

        var length = Math.Min(AgreementLength, piece.Length - b);
        if (length == 0)
        {
            // At the quote's end the two agree only after the same number of characters: a different last word is
            // a word written differently, not one added.
            return equalSkips;
        }

        if (a + length > text.Length || string.CompareOrdinal(text, a, piece, b, length) != 0)
        {
            return false;
        }

        // Agreeing on the quote's last few characters counts only where the archive's word ends there too: "specialits"
        // agrees with "specialists" after one skipped "s", not with "specialis" after a skipped "t".
        var end = a + length;
        return length == AgreementLength || end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(piece[piece.Length - 1]);
    }

    private static string Describe(string archiveText, ArchiveView view, (int A, int LengthA, int B, int LengthB) hunk, string piece)
    {
        var archived = archiveText.Substring(view.ToArchive(hunk.A), view.ToArchive(hunk.A + hunk.LengthA) - view.ToArchive(hunk.A));
        var quoted = piece.Substring(hunk.B, hunk.LengthB);
        if (archived.Length > 0 && quoted.Length == 0)
        {
            var context = WordsAfter(archiveText, view.ToArchive(hunk.A), view.ToArchive(hunk.A + hunk.LengthA), 3);
            return $"the archive reads '{Clip(context)}'; the quote leaves out {Show(archived)}";
        }

        if (archived.Length == 0)
        {
            return $"the quote adds {Show(quoted)}, which the archive does not have there";
        }

        return $"the archive writes {Show(archived)} where the quote writes {Show(quoted)}";
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> and the next <paramref name="words"/> words, on one line.</summary>
    private static string WordsAfter(string text, int start, int end, int words)
    {
        var stop = end;
        for (var seen = 0; stop < text.Length && text[stop] != '\n' && seen <= words; stop++)
        {
            if (char.IsWhiteSpace(text[stop]) && stop > end && !char.IsWhiteSpace(text[stop - 1]))
            {
                seen++;
                if (seen == words)
                {
                    break;
                }
            }
        }

        return text.Substring(start, stop - start).Trim();
    }

    /// <summary>A single character by name when it is not plainly visible, else a text in single quotes.</summary>
    internal static string Show(string text)
    {
        if (text.Length == 1)
        {
            return text[0] switch
            {
                ' ' => "a space",
                '\u00A0' => "a no-break space (U+00A0)",
                '\n' => "a line break",
                var c when char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format => $"U+{(int)c:X4}",
                var c => c.ToString(),
            };
        }

        var trimmed = text.Trim();
        return trimmed.Length == 0 ? $"'{text}'" : $"'{Clip(trimmed)}'";
    }

    private static string Clip(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= ShownPiece ? line : line.Substring(0, ShownPiece) + "…";
    }

    /// <summary>The passage from <paramref name="from"/> to <paramref name="to"/>, on one line, shortened around <paramref name="focus"/> when long.</summary>
    private static string Shorten(string text, int from, int to, int focus)
    {
        var start = to - from <= ShownPassage ? from : Math.Max(from, focus - (ShownPassage / 3));
        var end = Math.Min(to, start + ShownPassage);
        return (start > from ? "…" : string.Empty) + text.Substring(start, end - start).Replace('\n', ' ') + (end < to ? "…" : string.Empty);
    }
}
