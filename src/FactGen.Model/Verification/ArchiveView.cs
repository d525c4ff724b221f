using System.Collections.Generic;

namespace FactGen.Model.Verification;

/// <summary>
/// A text to find quotes in (the archive as written, or folded for <c>match: normalized</c>), with an index of the
/// first <see cref="KeyLength"/> characters of every word: built in one pass over the text, it finds a quote by one of
/// its own words, so that checking many quotes against one archive costs about the length of the quotes, not the
/// length of the archive once per quote. Hand-written: no library indexes text this way on netstandard2.0.
/// </summary>
internal sealed class ArchiveView
{
    /// <summary>How many characters from a word's start make its key.</summary>
    internal const int KeyLength = 8;

    /// <summary>How many of a piece's first words are weighed to find its rarest key.</summary>
    private const int WordsWeighed = 8;

    private readonly int[]? _origins;
    private readonly int[] _buckets;
    private readonly int[] _bucketSizes;
    private readonly int[] _next;
    private readonly int[] _positions;

    /// <summary>A view of <paramref name="text"/>; <paramref name="origins"/> maps its offsets into the archive's text, or null for the same offsets.</summary>
    public ArchiveView(string text, int[]? origins)
    {
        Text = text;
        _origins = origins;
        var starts = new List<int>();
        for (var i = 0; i + KeyLength <= text.Length; i++)
        {
            if (IsWordStart(text, i))
            {
                starts.Add(i);
            }
        }

        var size = 16;
        while (size < starts.Count)
        {
            size <<= 1;
        }

        _buckets = new int[size];
        _bucketSizes = new int[size];
        _next = new int[starts.Count];
        _positions = starts.ToArray();
        for (var i = 0; i < size; i++)
        {
            _buckets[i] = -1;
        }

        // Inserted from the end, so that each bucket lists its positions in text order.
        for (var i = starts.Count - 1; i >= 0; i--)
        {
            var bucket = Hash(text, starts[i]) & (size - 1);
            _next[i] = _buckets[bucket];
            _buckets[bucket] = i;
            _bucketSizes[bucket]++;
        }
    }

    /// <summary>The text searched.</summary>
    public string Text { get; }

    /// <summary>The view of <paramref name="text"/> folded by <see cref="QuoteFolding"/>.</summary>
    public static ArchiveView Folded(string text)
    {
        var origins = new List<int>(text.Length + 1);
        return new ArchiveView(QuoteFolding.Fold(text, origins), origins.ToArray());
    }

    /// <summary>The offset in the archive's text of the view's offset <paramref name="index"/>.</summary>
    public int ToArchive(int index) => _origins is null ? index : _origins[index];

    /// <summary>Whether a word starts at <paramref name="index"/>: a letter or digit after anything else.</summary>
    internal static bool IsWordStart(string text, int index)
        => char.IsLetterOrDigit(text[index]) && (index == 0 || !char.IsLetterOrDigit(text[index - 1]));

    /// <summary>Where <paramref name="piece"/> occurs, in order, from <paramref name="from"/> on; at most <paramref name="most"/>.</summary>
    public List<int> Occurrences(string piece, int from, int most)
    {
        var found = new List<int>();
        if (piece.Length == 0)
        {
            return found;
        }

        var word = RarestWord(piece);
        if (word < 0)
        {
            // No whole word of KeyLength characters inside the piece to look it up by: search the text.
            for (var at = Text.IndexOf(piece, from, System.StringComparison.Ordinal); at >= 0 && found.Count < most; at = at + 1 < Text.Length ? Text.IndexOf(piece, at + 1, System.StringComparison.Ordinal) : -1)
            {
                found.Add(at);
            }

            return found;
        }

        foreach (var position in KeyPositions(piece, word))
        {
            var start = position - word;
            if (start >= from && start + piece.Length <= Text.Length && string.CompareOrdinal(Text, start, piece, 0, piece.Length) == 0)
            {
                found.Add(start);
                if (found.Count == most)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The positions of the text's words that start with the key at <paramref name="offset"/> of <paramref name="piece"/>, in text order.</summary>
    public IEnumerable<int> KeyPositions(string piece, int offset)
    {
        for (var i = _buckets[Hash(piece, offset) & (_buckets.Length - 1)]; i >= 0; i = _next[i])
        {
            if (string.CompareOrdinal(Text, _positions[i], piece, offset, KeyLength) == 0)
            {
                yield return _positions[i];
            }
        }
    }

    /// <summary>
    /// The offset of the word of <paramref name="piece"/>, among its first few whole words of <see cref="KeyLength"/>
    /// characters or more, whose key the text has least often; -1 when it has none. The piece's first character is
    /// not taken as a word start: in the text the piece may start inside a word.
    /// </summary>
    private int RarestWord(string piece)
    {
        var best = -1;
        var bestSize = int.MaxValue;
        var weighed = 0;
        for (var i = 1; i + KeyLength <= piece.Length && weighed < WordsWeighed; i++)
        {
            if (!IsWordStart(piece, i))
            {
                continue;
            }

            weighed++;
            var size = _bucketSizes[Hash(piece, i) & (_buckets.Length - 1)];
            if (size < bestSize)
            {
                (best, bestSize) = (i, size);
            }
        }

        return best;
    }

    /// <summary>FNV-1a of the <see cref="KeyLength"/> characters at <paramref name="offset"/>.</summary>
    internal static int Hash(string text, int offset)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = offset; i < offset + KeyLength; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            return hash & int.MaxValue;
        }
    }
}
