using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FactGen.Model.Parsing;

namespace FactGen.Model.Verification;

/// <summary>
/// An archived source text as the build was given it, read once per text version: its text with LF line endings and
/// no BOM, the SHA-256 of that text as UTF-8, where its lines and paragraphs start, and an index for finding quotes.
/// Two archives are equal when their path, hash and problem are: the hash stands for the text.
/// </summary>
public sealed class Archive : IEquatable<Archive>
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly int[] _lineStarts;
    private readonly int[] _paragraphOfLine;
    private ArchiveView? _exact;
    private ArchiveView? _normalized;

    private Archive(string path, string text, string sha256, string? problem, string? remedy)
    {
        Path = path;
        Text = text;
        Sha256 = sha256;
        Problem = problem;
        Remedy = remedy;
        (_lineStarts, _paragraphOfLine) = problem is null ? IndexLines(text) : (new[] { 0 }, new[] { 0 });
    }

    /// <summary>The path the build gave.</summary>
    public string Path { get; }

    /// <summary>The file name of <see cref="Path"/>.</summary>
    public string FileName => Names.FileNameOf(Path);

    /// <summary>The text, with LF line endings and no BOM; empty when <see cref="Problem"/> is set.</summary>
    public string Text { get; }

    /// <summary>The SHA-256 of <see cref="Text"/> as UTF-8, in lower-case hexadecimal; empty when <see cref="Problem"/> is set.</summary>
    public string Sha256 { get; }

    /// <summary>Why the archive cannot be used ("it is empty"), or null when it can.</summary>
    public string? Problem { get; }

    /// <summary>What to do about <see cref="Problem"/>.</summary>
    public string? Remedy { get; }

    /// <summary>
    /// Reads the archive at <paramref name="path"/> from its decoded <paramref name="text"/>;
    /// <paramref name="decodedAsUnicode"/> is false when the bytes were not valid UTF-8 (or UTF-16 with a BOM) and were
    /// decoded some other way. A text over <paramref name="maxSize"/> characters is not read.
    /// </summary>
    public static Archive Read(string path, string text, bool decodedAsUnicode, int maxSize)
    {
        const string SaveAsText = "Save it as UTF-8 plain text ('factgen archive' makes one from a saved web page)";
        if (text.Length > maxSize)
        {
            return TooLarge(path, text.Length, maxSize);
        }

        if (!decodedAsUnicode)
        {
            return Unusable(path, "it is not UTF-8 text", SaveAsText);
        }

        if (IsBinary(text))
        {
            return Unusable(path, "it holds binary data, not text", SaveAsText);
        }

        var normalized = NormalizeLineEndings(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
        if (normalized.Trim().Length == 0)
        {
            return Unusable(path, "it is empty", "Archive the text of the source in it");
        }

        return new Archive(path, normalized, HashOf(normalized), null, null);
    }

    /// <summary>The archive at <paramref name="path"/> of <paramref name="length"/> characters, over <paramref name="maxSize"/>: not read.</summary>
    public static Archive TooLarge(string path, int length, int maxSize)
        => Unusable(
            path,
            $"it has {length.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the limit of {maxSize.ToString("N0", CultureInfo.InvariantCulture)}",
            "Archive only the part of the source that is quoted, or raise the limit with <FactGenMaxFileSize> in the project file");

    /// <summary>Reads the archive at <paramref name="path"/> from its bytes, which must be UTF-8 (with or without a BOM).</summary>
    public static Archive FromBytes(string path, byte[] bytes, int maxSize)
    {
        try
        {
            return Read(path, s_strictUtf8.GetString(bytes), decodedAsUnicode: true, maxSize);
        }
        catch (DecoderFallbackException)
        {
            return Read(path, string.Empty, decodedAsUnicode: false, maxSize);
        }
    }

    /// <summary>The SHA-256 of <paramref name="text"/> as UTF-8, in lower-case hexadecimal.</summary>
    public static string HashOf(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>The one-based line of <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>
    /// The one-based paragraph of <paramref name="offset"/>: paragraphs are runs of lines that are not blank, counted
    /// from the top of the text.
    /// </summary>
    public int ParagraphOf(int offset) => _paragraphOfLine[LineOf(offset) - 1];

    /// <summary>Where <paramref name="offset"/> is, as a locator: <c>paragraph 3, line 12</c>.</summary>
    public string PlaceOf(int offset) => Locators.Place(ParagraphOf(offset), LineOf(offset));

    /// <summary>The searchable view of the text for <paramref name="match"/>, built on first use.</summary>
    internal ArchiveView View(QuoteMatch match)
        => match == QuoteMatch.Exact
            ? _exact ??= new ArchiveView(Text, null)
            : _normalized ??= ArchiveView.Folded(Text);

    /// <inheritdoc/>
    public bool Equals(Archive? other)
        => other is not null && Path == other.Path && Sha256 == other.Sha256 && Problem == other.Problem;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Archive);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ StringComparer.Ordinal.GetHashCode(Sha256);

    private static Archive Unusable(string path, string problem, string remedy) => new(path, string.Empty, string.Empty, problem, remedy);

    private static bool IsBinary(string text)
    {
        // A NUL, or more control characters than a text has (tabs, line and page breaks aside), in the first 8,000.
        var controls = 0;
        var length = Math.Min(text.Length, 8_000);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        return controls * 100 > length;
    }

    private static string NormalizeLineEndings(string text)
        => text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static (int[] LineStarts, int[] ParagraphOfLine) IndexLines(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        var paragraphs = new int[starts.Count];
        var paragraph = 0;
        var inParagraph = false;
        for (var line = 0; line < starts.Count; line++)
        {
            var end = line + 1 < starts.Count ? starts[line + 1] - 1 : text.Length;
            var blank = true;
            for (var i = starts[line]; i < end && blank; i++)
            {
                blank = char.IsWhiteSpace(text[i]);
            }

            if (!blank && !inParagraph)
            {
                paragraph++;
            }

            inParagraph = !blank;
            paragraphs[line] = Math.Max(paragraph, 1);
        }

        return (starts.ToArray(), paragraphs);
    }
}
